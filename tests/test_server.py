"""The SPARQL endpoint (dealgraph serve), pushing to a store over HTTP, and remote queries; all on loopback."""
import json
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import graph
from graph.cli import cli
from graph.pipeline import sample_paths
from graph.server import free_port, start_oxigraph


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp):
    store = tmp_path_factory.mktemp("store") / "store"
    graph.build(sample_paths()[:5], store=store, nlp=nlp)
    return store


def get(url: str, **kwargs) -> bytes:
    with urllib.request.urlopen(urllib.request.Request(url, **kwargs), timeout=20) as answer:
        return answer.read()


@pytest.fixture()
def served(sample_store):
    port = free_port()
    exe = Path(sys.executable).with_name("dealgraph")
    process = subprocess.Popen([str(exe), "serve", str(sample_store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            get(url)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "dealgraph serve did not start"
            time.sleep(0.2)
    yield url, process
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)
    process.stdout.close()
    process.stderr.close()


def test_serve_answers_sparql_and_serves_an_offline_page(served):
    url, process = served
    page = get(url).decode()
    assert "<textarea" in page and not re.search(r"<(script|link)[^>]+(src|href)=\"?https?:", page)
    query = urllib.parse.urlencode({"query": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                                             "SELECT ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l LIMIT 3"})
    answer = get(f"{url}query?{query}", headers={"Accept": "application/sparql-results+json"})
    assert len(json.loads(answer)["results"]["bindings"]) == 3
    with pytest.raises(urllib.error.HTTPError) as refused:
        get(f"{url}update", data=b"update=CLEAR%20ALL", method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert refused.value.code == 403
    refused.value.close()


def test_serve_stops_its_oxigraph_server(sample_store):
    port = free_port()
    exe = Path(sys.executable).with_name("dealgraph")
    process = subprocess.Popen([str(exe), "serve", str(sample_store), "--port", str(port)], stderr=subprocess.PIPE)
    line = process.stderr.readline().decode()
    assert f"127.0.0.1:{port}" in line
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)
    process.stderr.close()
    out = subprocess.run(["pgrep", "-f", f"oxigraph serve-read-only --location {sample_store}"], capture_output=True)
    assert out.stdout == b""


def test_push_then_query_the_endpoint(runner, sample_store, sample_graph, tmp_path):
    server = start_oxigraph(tmp_path / "remote", allow_updates=True, union_default_graph=True)
    port = server.port
    try:
        pushed = runner.invoke(cli, ["push", str(sample_store), "--endpoint", f"http://127.0.0.1:{port}/store"])
        assert pushed.exit_code == 0, pushed.output
        assert "pushed 6 graphs" in pushed.output  # 5 articles and the entities
        remote = runner.invoke(cli, ["query", "--endpoint", f"http://127.0.0.1:{port}/query", "--named", "investors-of",
                                     "-p", "company=DXY", "--format", "csv"])
        local = runner.invoke(cli, ["query", str(sample_store), "--named", "investors-of", "-p", "company=DXY",
                                    "--format", "csv"])
        assert remote.exit_code == 0 and remote.output == local.output and "Tencent" in remote.output
        again = runner.invoke(cli, ["push", sample_graph, "--endpoint", f"http://127.0.0.1:{port}/store"])
        assert again.exit_code == 0 and "pushed 11 graphs" in again.output  # a .ttl file: graphs made again
    finally:
        server.stop()


def test_unreachable_endpoints_are_clean_errors(runner, sample_graph):
    port = free_port()
    pushed = runner.invoke(cli, ["push", sample_graph, "--endpoint", f"http://127.0.0.1:{port}/store"])
    assert pushed.exit_code == 1 and "cannot reach" in pushed.output and "Traceback" not in pushed.output
    queried = runner.invoke(cli, ["query", "--endpoint", f"http://127.0.0.1:{port}/query", "ASK { ?s ?p ?o }"])
    assert queried.exit_code == 1 and "cannot reach" in queried.output
