"""The SPARQL endpoint (dealgraph serve), pushing to a store over HTTP, and remote queries; all on loopback."""
import contextlib
import gc
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import graph
from graph.cli import cli
from graph.pipeline import sample_paths
from graph.query import format_result, named_query
from graph.server import free_port, remote_query, start_oxigraph
from graph.store import GraphStore

from .conftest import alive, children, cpu_seconds, wait_until

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # minutes on any store


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp):
    store = tmp_path_factory.mktemp("store") / "store"
    graph.build(sample_paths()[:5], store=store, nlp=nlp)
    return store


def get(url: str, **kwargs) -> bytes:
    with urllib.request.urlopen(urllib.request.Request(url, **kwargs), timeout=20) as answer:
        return answer.read()


def start_serve(store, *options: str) -> tuple[str, subprocess.Popen]:
    """``dealgraph serve STORE`` in a process of its own; its URL once it answers."""
    port = free_port()
    exe = Path(sys.executable).with_name("dealgraph")
    process = subprocess.Popen([str(exe), "serve", str(store), "--port", str(port), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            get(url)
            return url, process
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "dealgraph serve did not start"
            time.sleep(0.2)


def stop_serve(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)
    process.stdout.close()
    process.stderr.close()


@pytest.fixture()
def served(sample_store):
    url, process = start_serve(sample_store)
    yield url, process
    stop_serve(process)


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


def exchange(url: str, data: bytes) -> bytes:
    """Raw bytes to the server at ``url``; all it answers until it closes (or 10 s pass)."""
    parts = urllib.parse.urlsplit(url)
    out = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as s:
        s.sendall(data)
        try:
            while chunk := s.recv(65536):
                out += chunk
        except OSError:
            pass
    return out


def only_child(process: subprocess.Popen) -> int:
    wait_until(lambda: len(children(process.pid)) == 1, 10, "serve runs one oxigraph server")
    return next(iter(children(process.pid)))


def test_serve_answers_malformed_oversized_and_chunked_requests(served):
    url, _ = served
    status = lambda answer: int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") else None  # noqa: E731
    bad_length = exchange(url, b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n")
    assert status(bad_length) == 400
    absolute = exchange(url, f"GET {url}query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D HTTP/1.1\r\nHost: x\r\n"
                             f"Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n".encode())
    assert status(absolute) == 200 and b'"boolean":true' in absolute
    chunked = exchange(url, b"POST /query HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                            b"Content-Type: application/sparql-query\r\nAccept: application/sparql-results+json\r\n"
                            b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK { \r\na\r\n?s ?p ?o }\r\n0\r\n\r\n")
    assert status(chunked) == 200 and b'"boolean":true' in chunked
    with pytest.raises(urllib.error.HTTPError) as too_big:  # a valid query, padded past 16 MB
        get(f"{url}query", data=b"ASK {}" + b" " * (16 << 20), method="POST",
            headers={"Content-Type": "application/sparql-query"})
    assert too_big.value.code == 413
    too_big.value.close()
    for target, data, kind in [("query", b"ASK {}", "text/plain"),  # no query
                               ("query?query=ASK%7B%7D", b"ASK {}", "application/sparql-query")]:  # two
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(url + target, data=data, method="POST", headers={"Content-Type": kind})
        assert refused.value.code == 400 and b"no SPARQL" in refused.value.read()
        refused.value.close()


def test_serve_answers_200_clients_at_once_as_the_store_does(served, sample_store):
    url, _ = served
    queries = [named_query("investors-of").render(company="DXY"), named_query("rounds-by-size").render()]
    store = GraphStore(sample_store, read_only=True)
    expected = [format_result(store.query(q), "csv") for q in queries]
    del store
    gc.collect()  # here: pyoxigraph objects must not be freed by a collection in a client thread
    clients = 200
    start = threading.Barrier(clients)

    def client(i: int) -> str:
        start.wait()  # all connect at once
        return format_result(remote_query(f"{url}query", queries[i % 2]), "csv")

    with ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(client, i) for i in range(clients)]
    errors = [f.exception() for f in futures if f.exception()]
    assert errors == []
    assert [f.result() for f in futures] == [expected[i % 2] for i in range(clients)]
    assert "Tencent" in expected[0]


def test_serve_times_out_a_long_query_and_stops_it(sample_store):
    url, process = start_serve(sample_store, "--timeout", "1")
    try:
        oxigraph = only_child(process)
        with pytest.raises(urllib.error.HTTPError) as late:
            get(f"{url}query?" + urllib.parse.urlencode({"query": CARTESIAN}))
        assert late.value.code == 503 and late.value.read() == b"query timed out after 1 s\n"
        late.value.close()
        wait_until(lambda: not alive(oxigraph), 10, "the oxigraph server running the query is stopped")
        assert json.loads(get(f"{url}query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                              headers={"Accept": "application/sparql-results+json"}))["boolean"] is True
    finally:
        stop_serve(process)


def test_query_timeout_on_an_endpoint(runner, served):
    url, _ = served
    late = runner.invoke(cli, ["query", "--endpoint", f"{url}query", CARTESIAN, "--timeout", "1"])
    assert late.exit_code == 1 and late.output == "Error: query: timed out after 1 s\n"


def test_serve_stops_a_query_whose_client_has_gone(sample_store):
    url, process = start_serve(sample_store)  # the default timeout is a minute: not what stops it here
    try:
        oxigraph = only_child(process)
        used = cpu_seconds(oxigraph)
        request = f"GET /query?{urllib.parse.urlencode({'query': CARTESIAN})} HTTP/1.1\r\nHost: x\r\n\r\n"
        parts = urllib.parse.urlsplit(url)
        with socket.create_connection((parts.hostname, parts.port)) as s:
            s.sendall(request.encode())
            wait_until(lambda: cpu_seconds(oxigraph) > used + 0.5, 20, "the query runs")
        wait_until(lambda: not alive(oxigraph), 10, "the abandoned query's oxigraph server is stopped")
        assert get(f"{url}query?query=ASK%7B%7D")
        assert len(children(process.pid)) == 1
    finally:
        stop_serve(process)


def test_serve_killed_with_sigkill_takes_its_oxigraph_server_along(sample_store):
    _url, process = start_serve(sample_store)
    oxigraph = only_child(process)
    try:
        process.kill()
        process.wait(timeout=10)
        wait_until(lambda: not alive(oxigraph), 10, "the oxigraph server dies with serve")
    finally:
        if alive(oxigraph):
            with contextlib.suppress(ProcessLookupError):
                os.kill(oxigraph, signal.SIGKILL)
        process.stdout.close()
        process.stderr.close()


def test_serve_picks_up_a_build_into_its_store(tmp_path, nlp):
    store = tmp_path / "store"
    graph.build(sample_paths()[:4], store=store, nlp=nlp)
    url, process = start_serve(store)
    articles = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a dg:Article }"
    count = lambda: int(format_result(remote_query(f"{url}query", articles), "csv").split()[1])  # noqa: E731
    try:
        assert count() == 4
        graph.build(sample_paths()[:5], store=store, nlp=nlp)
        wait_until(lambda: count() == 5, 15, "serve answers with the article the build added")
    finally:
        stop_serve(process)
