"""SHACL validation: built graphs conform; broken ones are reported node by node."""
from rdflib import RDF, Graph, Literal

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
