from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graph.model import Article, Corpus, Entity, Fact
from graph.rdf import corpus_from_rdf, entity_iri, to_rdf


def corpus_with(name: str) -> Corpus:
    fact = Fact(article="a1", subject=name, subject_type="Organization", relation="invested_in", object="Target Co",
                object_type="Organization", evidence=f"{name} invested in Target Co.", start=0, end=10)
    money = Fact(article="a1", subject="Target Co", subject_type="Organization", relation="raised", amount=5e6,
                 currency="USD", round="seed", evidence="Target Co raised $5m.", start=11, end=30)
    return Corpus([Article("a1", "", title="t")],
                  {name: Entity(name, "Organization", {"Alias"}), "Target Co": Entity("Target Co", "Organization")},
                  [fact, money])


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda s: s.strip()))
def test_any_name_gives_a_valid_stable_iri_and_round_trips(name):
    corpus = corpus_with(name)
    turtle = to_rdf(corpus).serialize(format="turtle")
    back = corpus_from_rdf(Graph().parse(data=turtle, format="turtle"))
    assert entity_iri(name) == entity_iri(name)
    assert {(f.subject, f.relation, f.object, f.amount) for f in back.facts} == \
           {(f.subject, f.relation, f.object, f.amount) for f in corpus.facts}


def test_adversarial_names():
    for name in ['<img src=x onerror=alert(1)>', 'Quote "Co" \'Ltd\'', "腾讯控股", "Space Name  Inc", "a" * 2000]:
        test_any_name_gives_a_valid_stable_iri_and_round_trips.hypothesis.inner_test(name)


def test_turtle_uses_our_prefixes():
    turtle = to_rdf(corpus_with("Acme")).serialize(format="turtle")
    assert "@prefix dg: <https://w3id.org/dealgraph/ontology#>" in turtle
    assert "ns1:" not in turtle


def test_ontology_declares_every_property_used():
    from rdflib import OWL, RDF

    from graph.rdf import PROPERTY
    from graph.resources import ontology_path

    onto = Graph().parse(ontology_path(), format="turtle")
    for prop in PROPERTY.values():
        assert (prop, RDF.type, OWL.ObjectProperty) in onto, prop
