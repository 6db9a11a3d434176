"""The issue's done criteria on the shared seed articles (skipped where ../shared is absent)."""
import pytest

import graph

from .conftest import SHARED

SEEDS = SHARED / "corpus" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus is not on this machine")


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("seeds")
    graph.build([SEEDS], out, nlp=nlp)
    return graph.read_graph(out / "graph.ttl")


def rows(g, query):
    return {tuple(str(v) for v in row) for row in graph.run_query(g, query)}


def test_wedoctor_round_and_leads(seeds_graph):
    leads = rows(seeds_graph, 'SELECT ?who WHERE { ?i dg:ledRound ?c . ?c rdfs:label "WeDoctor" . ?i rdfs:label ?who }')
    assert leads == {("AIA Group",), ("NWS Holdings",)}
    money = rows(seeds_graph, 'SELECT ?amount ?cur WHERE { ?c rdfs:label "WeDoctor" ; dg:raised ?r . ?r dg:amount ?amount ; dg:currency ?cur }')
    assert ("500000000.0", "USD") in money or ("500000000", "USD") in money


def test_trusted_doctors_investors_and_merger(seeds_graph):
    investors = rows(seeds_graph, 'SELECT ?who WHERE { ?i dg:investedIn|dg:ledRound ?c . ?c rdfs:label "Tencent Trusted Doctors" . ?i rdfs:label ?who }')
    assert {("Tencent Holdings",), ("Country Garden Holdings",), ("Sequoia Capital",)} <= investors
    merged = rows(seeds_graph, "SELECT ?a ?b WHERE { ?x dg:mergedWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }")
    assert ("Tencent Doctorwork", "Trusted Doctors") in merged or ("Trusted Doctors", "Tencent Doctorwork") in merged


def test_page_furniture_takes_no_part_in_facts(seeds_graph):
    names = rows(seeds_graph, "SELECT DISTINCT ?n WHERE { ?f rdf:subject|rdf:object ?e . ?e rdfs:label ?n }")
    for furniture in ("Xiaomi", "Huawei", "Oppo", "Halodoc"):
        assert (furniture,) not in names


def test_graph_of_all_shared_articles_conforms_and_agrees_with_its_events(tmp_path, nlp):
    from .test_rdf import assert_edges_and_events_agree

    graph.build([SHARED / "corpus"], tmp_path, nlp=nlp)
    g = graph.read_graph(tmp_path / "graph.ttl")
    report = graph.validate(g)
    assert report.conforms, [str(v) for v in report.violations]
    assert_edges_and_events_agree(g)
