"""SHACL validation: built graphs conform; broken ones are reported node by node."""
from rdflib import OWL, RDF, XSD, Graph, Literal, URIRef

from graph.cli import cli
from graph.rdf import DG, ID, entity_iri
from graph.shacl import validate


def test_the_sample_graph_conforms(runner, sample_graph):
    result = runner.invoke(cli, ["validate", sample_graph])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violations_are_named_and_fail_the_command(runner, sample_graph, tmp_path):
    g = Graph().parse(sample_graph, format="turtle")
    fact = next(g.subjects(RDF.type, DG.Fact))
    g.remove((fact, DG.evidence, None))
    merger = ID["merger/broken"]
    g.add((merger, RDF.type, DG.Merger))
    g.add((merger, DG.party, entity_iri("WeDoctor")))
    g.add((entity_iri("WeDoctor"), DG.foundedBy, entity_iri("Tencent Holdings")))
    g.add((entity_iri("WeDoctor"), DG.entityType, Literal("Organization")))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")

    report = validate(Graph().parse(broken, format="turtle"))
    assert not report.conforms
    messages = [str(v) for v in report.violations]
    assert any("keeps the sentence" in m for m in messages)
    assert any("at least two organizations" in m for m in messages)
    assert any("founders and executives are people" in m and "Tencent Holdings" in m for m in messages)

    result = runner.invoke(cli, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "Violation: " in result.stdout and "violation(s)" in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_graph_file_is_a_clean_error(runner, tmp_path):
    result = runner.invoke(cli, ["validate", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 1 and "no such graph file" in result.output


def test_a_built_graph_with_an_address_and_dates_conforms_and_bad_ones_do_not(runner, nlp, tmp_path):
    import json

    import graph
    from graph.rdf import DCT, article_iri

    text = "Quillfern, a maker of garden sensors, raised $12 million in a Series A round led by Orchard Ventures in May 2021."
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "quillfern", "text": text, "url": "https://news.example.com/quillfern",
                                "date": "2021-05-31"}) + "\n", encoding="utf-8")
    graph.build([str(news)], tmp_path / "out", nlp=nlp)
    built = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert set(built.objects(None, DG.announcementDate)) and set(built.objects(None, DG.url))
    assert validate(built).conforms, [str(v) for v in validate(built).violations]

    article = article_iri("quillfern")
    for prop, bad in [(DG.url, Literal("javascript:alert(1)", datatype=XSD.anyURI)), (DCT.date, Literal("yesterday")),
                      (DCT.date, Literal("yesterday", datatype=XSD.date)), (DCT.date, Literal("2021-02-30")),
                      (DCT.date, Literal("2021-13"))]:
        g = Graph() + built
        g.set((article, prop, bad))
        messages = [str(v) for v in validate(g).violations]
        assert any(("http or https" if prop == DG.url else "a date is") in m for m in messages), (bad, messages)
    g = Graph() + built
    g.add((entity_iri("Quillfern"), OWL.sameAs, URIRef("javascript:alert(1)")))
    assert any("Wikidata" in str(v) for v in validate(g).violations)
    for good in (Literal("2021"), Literal("2021-05"), Literal("2020-02-29"), Literal("2021-05-31", datatype=XSD.date)):
        g = Graph() + built
        g.set((article, DCT.date, good))
        assert validate(g).conforms, good
