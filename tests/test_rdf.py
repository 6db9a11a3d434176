"""The RDF knowledge model: events and direct edges agree, provenance, formats, round trips."""
import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.export import QUAD_FORMATS, generate
from graph.model import Article, Corpus, Entity, Fact
from graph.query import run_query
from graph.rdf import (
    DG,
    ID,
    WD,
    article_iri,
    corpus_from_rdf,
    entity_iri,
    flatten,
    to_rdf,
)
from graph.resources import ontology_path

RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig", "nquads": "nquads"}


def corpus_with(name: str) -> Corpus:
    invested = Fact(article="a1", subject=name, subject_type="Organization", relation="invested_in", object="Target Co",
                    object_type="Organization", evidence=f"{name} invested in Target Co.", start=0, end=10)
    raised = Fact(article="a1", subject="Target Co", subject_type="Organization", relation="raised", amount=5e6,
                  currency="EUR", round="seed", evidence="Target Co raised €5m.", start=11, end=30)
    bought = Fact(article="a2", subject="Target Co", subject_type="Organization", relation="acquired", object=name,
                  object_type="Organization", evidence="Target Co bought it.", start=0, end=20, confidence=0.7)
    return Corpus([Article("a1", "", title=f"News about {name}", url="https://example.com/a1", date="2024-05-01"),
                   Article("a2", "", title="t2")],
                  {name: Entity(name, "Organization", {"Alias"}), "Target Co": Entity("Target Co", "Organization")},
                  [invested, raised, bought])


def parse(text: str, fmt: str):
    if fmt in QUAD_FORMATS:
        return Dataset().parse(data=text, format=RDF_FORMATS[fmt])
    return Graph().parse(data=text, format=RDF_FORMATS[fmt])


def same_dataset(a: Dataset, b: Dataset) -> bool:
    graphs = lambda d: {g.identifier: g for g in d.graphs() if len(g)}  # noqa: E731
    ga, gb = graphs(a), graphs(b)
    return ga.keys() == gb.keys() and all(isomorphic(ga[k], gb[k]) for k in ga)


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=300).filter(lambda s: s.strip()))
def test_every_format_round_trips_with_any_name(name):
    corpus = corpus_with(name)
    expected = to_rdf(corpus)
    for fmt in RDF_FORMATS:
        back = parse(generate(corpus, fmt), fmt)
        if fmt in QUAD_FORMATS:
            assert same_dataset(back, expected), fmt
        else:
            assert isomorphic(back, flatten(expected)), fmt
    again = corpus_from_rdf(Graph().parse(data=generate(corpus, "turtle"), format="turtle"))
    assert {(f.subject, f.relation, f.object, f.amount) for f in again.facts} == \
           {(f.subject, f.relation, f.object, f.amount) for f in corpus.facts}
    assert entity_iri(name) == entity_iri(name) and " " not in entity_iri(name)


def test_adversarial_names():
    for name in ['<img src=x onerror=alert(1)>', 'Quote "Co" \'Ltd\'', "腾讯控股", "Space Name  Inc", "a" * 2000,
                 "back\\slash\nnew line", "}{@context"]:
        test_every_format_round_trips_with_any_name.hypothesis.inner_test(name)


def test_control_characters_are_dropped_so_every_format_stays_valid():
    corpus = corpus_with("Esc\x1bape\x00 Co")
    for fmt in RDF_FORMATS:
        back = parse(generate(corpus, fmt), fmt)
        assert Literal("Escape Co") in set(back.objects(None, RDFS.label)), fmt


def test_each_article_is_a_named_graph_with_its_metadata():
    ds = to_rdf(corpus_with("Acme"))
    a1 = ds.graph(article_iri("a1"))
    node = article_iri("a1")
    assert (node, RDF.type, DG.Article) in a1
    assert str(a1.value(node, URIRef("http://purl.org/dc/terms/title"))) == "News about Acme"
    assert str(a1.value(node, DG.url)) == "https://example.com/a1"
    assert (entity_iri("Acme"), DG.investedIn, entity_iri("Target Co")) in a1
    assert (entity_iri("Target Co"), DG.acquired, entity_iri("Acme")) not in a1
    assert (entity_iri("Target Co"), DG.acquired, entity_iri("Acme")) in ds.graph(article_iri("a2"))


def test_where_did_we_read_this_is_one_query():
    g = flatten(to_rdf(corpus_with("Acme")))
    rows = list(run_query(g, """
        SELECT ?sentence ?start ?title WHERE {
          ?fact rdf:subject ?s ; rdf:predicate dg:investedIn ; rdf:object ?o ;
                dg:evidence ?sentence ; dg:startOffset ?start ; prov:wasDerivedFrom ?article .
          ?s rdfs:label "Acme" . ?o rdfs:label "Target Co" . ?article dct:title ?title }"""))
    assert [(str(r[0]), int(r[1]), str(r[2])) for r in rows] == [("Acme invested in Target Co.", 0, "News about Acme")]


def test_funding_round_event_carries_the_deal():
    g = flatten(to_rdf(corpus_with("Acme")))
    [rnd] = list(g.objects(entity_iri("Target Co"), DG.raised))
    assert (rnd, RDF.type, DG.FundingRound) in g
    assert (rnd, DG.fundedCompany, entity_iri("Target Co")) in g
    assert (rnd, DG.investor, entity_iri("Acme")) in g
    assert g.value(rnd, DG.currency) == Literal("EUR")
    assert float(g.value(rnd, DG.amountUSD)) == pytest.approx(5e6 * 1.08)
    assert str(g.value(rnd, DG.roundType)) == "seed"
    assert str(g.value(rnd, DG.announcementDate)) == "2024-05-01"


def test_valuations_and_totals_in_usd():
    corpus = corpus_with("Acme")
    valued = Fact(article="a1", subject="Target Co", subject_type="Organization", relation="valued_at", amount=2e7,
                  currency="EUR", evidence="Target Co is valued at €20m.", start=31, end=60)
    debt = replace(corpus.facts[1], round="debt", amount=9e6, start=61, end=70)
    again = replace(corpus.facts[1], article="a2")  # the same round told by another article
    g = flatten(to_rdf(replace(corpus, facts=corpus.facts + [valued, debt, again])))
    [valuation] = list(g.objects(entity_iri("Target Co"), DG.valuedAt))
    assert float(g.value(valuation, DG.valuationUSD)) == pytest.approx(2e7 * 1.08)
    assert g.value(valuation, DG.amountUSD) is None  # only rounds have an amountUSD to be ranked on
    assert float(g.value(entity_iri("Target Co"), DG.totalFundingUSD)) == pytest.approx(5e6 * 1.08)  # no debt, once
    assert int(g.value(entity_iri("Target Co"), DG.fundedRounds)) == 1
    assert g.value(entity_iri("Acme"), DG.totalFundingUSD) is None


def test_well_known_entities_link_to_wikidata():
    corpus = Corpus([Article("a", "")], {"Tencent Holdings": Entity("Tencent Holdings", "Organization", {"Tencent"}),
                                         "Beijing": Entity("Beijing", "Place")}, [])
    g = flatten(to_rdf(corpus))
    assert (entity_iri("Tencent Holdings"), OWL.sameAs, WD.Q860580) in g
    assert (entity_iri("Beijing"), OWL.sameAs, WD.Q956) in g


def assert_edges_and_events_agree(g: Graph) -> None:
    """Every direct edge has its event, and every event role has its direct edge."""
    def rows(q):
        return {tuple(r) for r in run_query(g, q)}

    checks = [
        ("SELECT ?i ?c WHERE { ?i dg:investedIn ?c }",
         "SELECT ?i ?c WHERE { ?r dg:investor ?i ; dg:fundedCompany ?c . ?c dg:raised ?r }"),
        ("SELECT ?i ?c WHERE { ?i dg:ledRound ?c }",
         "SELECT ?i ?c WHERE { ?r dg:leadInvestor ?i ; dg:fundedCompany ?c . ?r dg:investor ?i }"),
        ("SELECT ?c ?r WHERE { ?c dg:raised ?r }", "SELECT ?c ?r WHERE { ?r dg:fundedCompany ?c }"),
        ("SELECT ?c ?v WHERE { ?c dg:valuedAt ?v }", "SELECT ?c ?v WHERE { ?v dg:valuedCompany ?c }"),
        ("SELECT ?a ?t WHERE { ?a dg:acquired ?t }", "SELECT ?a ?t WHERE { ?e a dg:Acquisition ; dg:acquirer ?a ; dg:target ?t }"),
        ("SELECT ?a ?b WHERE { { ?a dg:mergedWith ?b } UNION { ?b dg:mergedWith ?a } }",
         "SELECT ?a ?b WHERE { ?e a dg:Merger ; dg:party ?a, ?b FILTER(?a != ?b) }"),
    ]
    for direct, event in checks:
        assert rows(direct) == rows(event), direct


def test_direct_edges_and_events_agree_on_the_samples(sample_build):
    g = Graph().parse(sample_build / "graph.ttl", format="turtle")
    assert len(list(g.subjects(RDF.type, DG.FundingRound))) > 5
    assert_edges_and_events_agree(g)


def test_jsonld_uses_the_published_context():
    text = generate(corpus_with("Acme"), "jsonld")
    doc = json.loads(text)
    published = json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published
    assert "investedIn" in text and "https://w3id.org/dealgraph/ontology#investedIn" not in text


def test_turtle_uses_our_prefixes():
    turtle = generate(corpus_with("Acme"), "turtle")
    assert "@prefix dg: <https://w3id.org/dealgraph/ontology#>" in turtle
    assert "ns1:" not in turtle


def test_ontology_defines_every_term_the_graphs_use(sample_build):
    onto = Graph().parse(ontology_path(), format="turtle")
    skos_definition = URIRef("http://www.w3.org/2004/02/skos/core#definition")
    g = flatten(to_rdf(corpus_with("Acme"))) + Graph().parse(sample_build / "graph.ttl", format="turtle")
    used = {p for p in g.predicates() if str(p).startswith(str(DG))} | \
           {o for o in g.objects(None, RDF.type) if str(o).startswith(str(DG))}
    for term in used:
        assert (term, RDFS.label, None) in onto and (term, skos_definition, None) in onto, term
    for term in set(onto.subjects(RDF.type, None)):
        if str(term).startswith(str(DG)):
            assert onto.value(term, RDFS.label) and onto.value(term, skos_definition), term
    assert str(ID).startswith("https://w3id.org/dealgraph/")


def test_nquads_are_written_as_oxigraph_writes_them():
    """The store's N-Quads are made as text; Oxigraph's own serializer gives the same bytes, escapes included."""
    import pyoxigraph as ox
    from rdflib import XSD, Literal, URIRef

    from graph.rdf import nquads

    s, p, g = URIRef("https://w3id.org/dealgraph/id/fact/1"), URIRef("https://w3id.org/dealgraph/ontology#evidence"), \
        URIRef("https://w3id.org/dealgraph/id/article/a")
    objects = [Literal('He said "we\\ closed it"\nthen left\r\tquietly — 融资 ✓'), Literal("Shanghai", lang="en"),
               Literal("500000000.00", datatype=XSD.decimal), Literal("2021-05", datatype=XSD.gYearMonth),
               Literal("plain", datatype=XSD.string), URIRef("http://www.wikidata.org/entity/Q860580"),
               Literal("".join(map(chr, [*range(0x20), 0x7F])) + "\u2028'")]  # every control character

    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))

    expected = ox.serialize([ox.Quad(term(s), term(p), term(o), name) for o in objects
                             for name in (ox.NamedNode(str(g)), ox.DefaultGraph())], format=ox.RdfFormat.N_QUADS)
    assert nquads([(s, p, o) for o in objects], g, copy_to_default=True) == expected
    with pytest.raises(ValueError):
        nquads([(URIRef("https://example.com/a b"), p, objects[0])])
