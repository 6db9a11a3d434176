import json
import re
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import EXPORT_FORMATS, cli
from graph.rdf import flatten

from .conftest import read

INVESTORS = "SELECT ?name WHERE { ?i dg:investedIn|dg:ledRound ?c . ?c rdfs:label \"WeDoctor\" . ?i rdfs:label ?name } ORDER BY ?name"


def test_build_with_no_path_uses_the_shipped_samples(runner, tmp_path):
    result = runner.invoke(cli, ["build", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert re.match(r"\d+ articles, \d+ entities, \d+ facts in [\d.]+ s", result.output)
    for name in ("graph.ttl", "graph.html", "facts.jsonl"):
        assert (tmp_path / name).stat().st_size > 0
    n_articles = int(result.output.split()[0])
    assert n_articles >= 8
    relations = {json.loads(line)["relation"] for line in read(tmp_path, "facts.jsonl").splitlines()}
    assert relations >= {"invested_in", "led_round", "acquired", "merged_with", "founded_by", "executive_of",
                         "subsidiary_of", "headquartered_in", "partner_of", "raised", "valued_at"}


def test_build_reports_bad_inputs_and_still_builds(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Orion Robotics has raised $20 million in a round led by Index Ventures.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x00\x01")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "1 articles" in result.stdout
    for name, reason in (("binary.txt", "binary file"), ("empty.txt", "empty file"), ("latin.txt", "not UTF-8")):
        assert f"Error: {tmp_path / name}: {reason}" in result.stderr
    assert "Traceback" not in result.output
    assert "Index Ventures" in read(out, "facts.jsonl")


def test_build_with_nothing_readable_fails_cleanly(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no article could be read" in result.stderr and "Traceback" not in result.output


def test_extract_facts_and_table(runner, tmp_path):
    path = tmp_path / "deal.txt"
    path.write_text("Hangzhou-based Mintleaf Health has raised USD 45 million in a Series C round led by Hillhouse Capital.", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--format", "facts"])
    assert result.exit_code == 0
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    raised = next(f for f in facts if f["relation"] == "raised")
    assert raised == {**raised, "article": "deal", "subject": "Mintleaf Health", "amount": 45000000, "currency": "USD", "round": "series-c"}
    assert {"evidence", "start", "end", "confidence"} <= set(raised)
    table = runner.invoke(cli, ["extract", str(path), "--format", "table"])
    assert "deal\tHillhouse Capital\tled_round\tMintleaf Health" in table.stdout


def test_query_formats(runner, sample_graph):
    table = runner.invoke(cli, ["query", sample_graph, INVESTORS])
    assert table.exit_code == 0 and "AIA Group" in table.stdout and "NWS Holdings" in table.stdout
    as_json = json.loads(runner.invoke(cli, ["query", sample_graph, INVESTORS, "--format", "json"]).stdout)
    names = {b["name"]["value"] for b in as_json["results"]["bindings"]}
    assert as_json["head"]["vars"] == ["name"] and {"AIA Group", "NWS Holdings", "Tencent Holdings"} <= names
    csv_out = runner.invoke(cli, ["query", sample_graph, INVESTORS, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0] == "name" and "AIA Group" in csv_out
    tsv_out = runner.invoke(cli, ["query", sample_graph, INVESTORS, "--format", "tsv"]).stdout
    assert tsv_out.splitlines()[0] == "?name" and '"AIA Group"' in tsv_out
    ask = runner.invoke(cli, ["query", sample_graph, "ASK { ?x dg:mergedWith ?y }", "--format", "json"])
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    construct = runner.invoke(cli, ["query", sample_graph, "CONSTRUCT { ?a dg:acquired ?b } WHERE { ?a dg:acquired ?b }"])
    assert len(Graph().parse(data=construct.stdout, format="turtle")) >= 2


def test_query_from_file_and_describe(runner, sample_graph, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("DESCRIBE ?c WHERE { ?c rdfs:label \"Doctolib\" }", encoding="utf-8")
    result = runner.invoke(cli, ["query", sample_graph, "-f", str(rq)])
    assert result.exit_code == 0 and "Doctolib" in result.stdout


def test_query_errors_have_no_traceback(runner, sample_graph):
    bad = runner.invoke(cli, ["query", sample_graph, "SELECT ?x WHERE { ?x ?y }"])
    assert bad.exit_code == 1 and "malformed SPARQL query" in bad.stderr and "Traceback" not in bad.output
    update = runner.invoke(cli, ["query", sample_graph, "DELETE WHERE { ?s ?p ?o }"])
    assert update.exit_code == 1 and "updates" in update.stderr and "not allowed" in update.stderr
    missing = runner.invoke(cli, ["query", "nope.ttl", "ASK {}"])
    assert missing.exit_code == 1 and "nope.ttl" in missing.stderr
    usage = runner.invoke(cli, ["query", sample_graph])
    assert usage.exit_code == 2


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_every_format(runner, sample_graph, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(cli, ["export", sample_graph, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    original = Graph().parse(sample_graph, format="turtle")
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset

        dataset = Dataset().parse(data=text, format=fmt)
        named = [g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_context.identifier]
        assert len(named) == 10  # one graph per sample article
        assert isomorphic(flatten(dataset), original)
    elif fmt in ("turtle", "nt", "jsonld", "xml"):
        parsed = Graph().parse(data=text, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}[fmt])
        assert isomorphic(parsed, original)
    elif fmt == "graphml":
        import networkx as nx

        g = nx.read_graphml(str(out))
        assert g.has_node("WeDoctor") and g.nodes["WeDoctor"]["type"] == "Organization"
    elif fmt == "facts":
        facts = [json.loads(line) for line in text.splitlines()]
        assert {"subject": "AIA Group", "relation": "led_round", "object": "WeDoctor"}.items() <= \
            next(f for f in facts if f["subject"] == "AIA Group").items()
    else:
        header = text.splitlines()[0].split(",")
        assert header[:4] == ["article", "subject", "subject_type", "relation"] and "AIA Group" in text


def test_view_is_offline_and_escapes_article_text(runner, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text('Mosaic Capital led a $5 million round in <img src=x onerror=alert(1)> Labs, '
                       'and Quill Health has raised $3 million from Mosaic Capital "</script><script>alert(2)</script>".',
                       encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(hostile), "-o", str(out)]).exit_code == 0
    html_file = tmp_path / "view.html"
    result = runner.invoke(cli, ["view", str(out / "graph.ttl"), "-o", str(html_file)])
    assert result.exit_code == 0
    page = html_file.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"?https?:", page)
    assert "vis.Network" in page and "Organization" in page
    assert "<img src=x" not in page and "</script><script>alert(2)" not in page


def test_version_and_help_with_examples(runner):
    assert runner.invoke(cli, ["--version"]).output.startswith("dealgraph, version ")
    for command in ["build", "extract", "query", "export", "view", "validate"]:
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, command


def test_every_command_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for command in cli.commands:
        assert f"dealgraph {command}" in readme


def test_importing_the_cli_does_not_load_spacy():
    code = "import sys, graph.cli; print('spacy' in sys.modules, 'rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_view_trims_to_a_neighbourhood_relations_or_degree(runner, sample_graph, tmp_path):
    def counts(*args):
        out = tmp_path / "v.html"
        result = runner.invoke(cli, ["view", sample_graph, "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        nodes, edges = re.search(r"\((\d+) nodes, (\d+) edges\)", result.output).groups()
        return int(nodes), int(edges), out.read_text(encoding="utf-8")

    all_nodes, all_edges, _ = counts()
    near, _, page = counts("--focus", "tencent", "--depth", "1")  # an alias, any case
    assert 2 < near < all_nodes and "Tencent Holdings" in page and "PillPack" not in page
    wider, _, _ = counts("--focus", "Tencent Holdings", "--depth", "2")
    assert near < wider
    _, led, page = counts("--relation", "led_round")
    assert 0 < led < all_edges and '"relation": "acquired"' not in page
    hubs, _, _ = counts("--min-degree", "3")
    assert hubs < all_nodes
    missing = runner.invoke(cli, ["view", sample_graph, "-o", str(tmp_path / "x.html"), "--focus", "Nobody Inc"])
    assert missing.exit_code == 1 and "no entity named 'Nobody Inc'" in missing.output
    bad = runner.invoke(cli, ["view", sample_graph, "-o", str(tmp_path / "x.html"), "--relation", "likes"])
    assert bad.exit_code == 1 and "unknown relation likes" in bad.output


def test_csv_cells_that_would_start_a_formula_are_neutralised(runner, tmp_path):
    from graph.export import generate_csv
    from graph.model import Fact

    fact = Fact(article="=HYPERLINK(\"http://evil.example\")", subject="@SUM(A1)", subject_type="Organization",
                relation="raised", amount=5.0, currency="USD", round="+seed", date="-1", evidence="\tcmd|' /C calc'!A0")
    rows = list(__import__("csv").DictReader(generate_csv([fact]).splitlines()))
    assert rows[0]["article"] == "'=HYPERLINK(\"http://evil.example\")" and rows[0]["subject"] == "'@SUM(A1)"
    assert rows[0]["round"] == "'+seed" and rows[0]["date"] == "'-1" and rows[0]["evidence"].startswith("'\t")
    assert rows[0]["amount"] == "5" and rows[0]["relation"] == "raised"  # other cells as they were
    labels = tmp_path / "labels.ttl"
    labels.write_text('<urn:a> <http://www.w3.org/2000/01/rdf-schema#label> "=1+1", "plain" .\n', encoding="utf-8")
    out = runner.invoke(cli, ["query", str(labels), "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l", "--format", "csv"])
    assert out.output.splitlines() == ["l", "'=1+1", "plain"]
