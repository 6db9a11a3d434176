"""Queries cannot make dealgraph request other addresses or read local files: SERVICE, LOAD and FROM/USING
outside the data are refused in the CLI and the endpoint unless --allow-service. A canary HTTP server on
loopback records every request it gets."""
import json
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import graph
from graph.cli import cli
from graph.errors import QueryError
from graph.pipeline import sample_paths
from graph.query import check_query_allowed, check_request_allowed
from graph.server import free_port

ANSWER = json.dumps({"head": {"vars": ["x"]},
                     "results": {"bindings": [{"x": {"type": "literal", "value": "from the canary"}}]}}).encode()


@pytest.fixture()
def canary():
    """A SPARQL endpoint on loopback that answers one row and records every request it gets."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, fmt, *args):
            pass

        def do_GET(self):
            seen.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(ANSWER)))
            self.end_headers()
            self.wfile.write(ANSWER)

        do_POST = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    server.shutdown()
    server.server_close()


def service_query(url: str) -> str:
    return f"SELECT ?x WHERE {{ service <{url}> {{ ?x ?p ?o }} }}"  # lower case: keywords are case-insensitive


@pytest.fixture(scope="module")
def small_store(tmp_path_factory, nlp):
    store = tmp_path_factory.mktemp("safety") / "store"
    graph.build(sample_paths()[:2], store=store, nlp=nlp)
    return store


@contextmanager
def serving(store: Path, *options: str):
    port = free_port()
    exe = Path(sys.executable).with_name("dealgraph")
    process = subprocess.Popen([str(exe), "serve", str(store), "--port", str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert f"127.0.0.1:{port}" in process.stderr.readline().decode()  # printed once the endpoint answers
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
        process.stderr.close()


def ask(url: str, **kwargs) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, **kwargs), timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.read()


# ---------------------------------------------------------------------------- the decision
@pytest.mark.parametrize("text", [
    "# SERVICE <http://127.0.0.1:1/>\nSELECT ?s WHERE { ?s rdfs:label \"SERVICE <http://127.0.0.1:1/> FROM <file:///etc>\" }",
    "SELECT ?f WHERE { ?f prov:wasDerivedFrom ?a ; dg:evidence \"caf\\u00e9\" }",  # 'From' in a name, a \\u escape
    "SELECT ?s WHERE { ?s ?p ?o }",
])
def test_words_in_comments_strings_and_names_are_not_refused(text):
    check_query_allowed(text)


@pytest.mark.parametrize("text, update, refused", [
    ("select * where { service <http://127.0.0.1:1/> { ?s ?p ?o } }", False, "SERVICE <http://127.0.0.1:1/>"),
    ("SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }", False, "SERVICE ?variable"),
    ("SELECT * WHERE { FILTER EXISTS { { SELECT ?s WHERE { SERVICE SILENT dg:x { ?s ?p ?o } } } } }", False,
     "SERVICE <https://w3id.org/dealgraph/ontology#x>"),
    ("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", False, "SERVICE"),  # rdflib reads \\u first
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", False, "FROM <file:///etc/passwd>"),
    ("SELECT * FROM NAMED <http://127.0.0.1:1/g> WHERE { ?s ?p ?o }", False, "FROM NAMED <http://127.0.0.1:1/g>"),
    ("LOAD <http://127.0.0.1:1/data.ttl>", True, "LOAD <http://127.0.0.1:1/data.ttl>"),
    ("INSERT { ?s ?p ?o } USING <file:///etc/passwd> WHERE { ?s ?p ?o }", True, "USING <file:///etc/passwd>"),
    ("CLEAR SILENT GRAPH <a:b> ; INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", True,
     "SERVICE <http://127.0.0.1:1/>"),
])
def test_service_load_and_outside_graphs_are_refused(text, update, refused):
    with pytest.raises(QueryError, match="is not allowed") as exc:
        check_query_allowed(text, update=update)
    assert str(exc.value).startswith(refused) and "--allow-service" in str(exc.value)
    check_query_allowed(text, update=update, allow_service=True)


def test_a_query_oxigraph_reads_differently_is_refused():
    # Oxigraph reads \u0022 as a quote inside the string, so SERVICE is outside it; rdflib's reading differs
    text = 'SELECT * WHERE { BIND("x\\u0022" AS ?y) SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }'
    with pytest.raises(QueryError):
        check_query_allowed(text)


@pytest.mark.parametrize("content_type, body, target", [
    (None, None, "/query?query=" + urllib.parse.quote(service_query("http://127.0.0.1:1/"))),
    ("application/x-www-form-urlencoded", urllib.parse.urlencode({"query": service_query("http://127.0.0.1:1/")}),
     "/query"),
    ("application/sparql-query; charset=utf-8", service_query("http://127.0.0.1:1/"), "/query"),
    ("application/sparql-update", "LOAD <http://127.0.0.1:1/x>", "/update"),
    ("application/x-www-form-urlencoded", "update=" + urllib.parse.quote("LOAD <http://127.0.0.1:1/x>"), "/update"),
    ("text/plain", "ASK {}", "/query"),
])
def test_every_way_of_sending_a_query_is_checked(content_type, body, target):
    with pytest.raises(QueryError):
        check_request_allowed(target, content_type, body.encode() if body else None)
    check_request_allowed("/store?default", "text/turtle", b"<a:b> <c:d> <e:f> .")  # data, not SPARQL


# ---------------------------------------------------------------------------- the canary
def test_cli_query_on_a_graph_file_makes_no_request(runner, sample_graph, canary):
    url, seen = canary
    refused = runner.invoke(cli, ["query", sample_graph, service_query(url)])
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert f"Error: SERVICE <{url}> is not allowed" in refused.output
    assert seen == []
    allowed = runner.invoke(cli, ["query", sample_graph, service_query(url), "--allow-service"])
    assert allowed.exit_code == 0, allowed.output
    assert "from the canary" in allowed.output and len(seen) == 1  # so the refusal above is what kept it quiet


def test_cli_query_on_a_store_makes_no_request(runner, small_store, canary):
    url, seen = canary
    refused = runner.invoke(cli, ["query", str(small_store), service_query(url)])
    assert refused.exit_code == 1 and f"Error: SERVICE <{url}> is not allowed" in refused.output
    assert seen == []
    allowed = runner.invoke(cli, ["query", str(small_store), service_query(url), "--allow-service"])
    assert allowed.exit_code == 0 and "from the canary" in allowed.output and len(seen) == 1


def test_the_endpoint_makes_no_request(small_store, canary):
    url, seen = canary
    with serving(small_store) as endpoint:
        get = ask(f"{endpoint}query?" + urllib.parse.urlencode({"query": service_query(url)}))
        form = ask(f"{endpoint}query", data=urllib.parse.urlencode({"query": service_query(url)}).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
        direct = ask(f"{endpoint}query", data=service_query(url).encode(),
                     headers={"Content-Type": "application/sparql-query"})
        for status, body in (get, form, direct):
            assert status == 400 and f"SERVICE <{url}> is not allowed" in body.decode()
        assert ask(f"{endpoint}query?query=ASK%7B%7D")[0] == 200  # other queries still answer
        own = "ASK FROM <https://w3id.org/dealgraph/id/graph/entities> { ?s ?p ?o }"  # a graph of the store
        assert ask(f"{endpoint}query?" + urllib.parse.urlencode({"query": own}))[0] == 200
        outside = "ASK FROM <https://w3id.org/dealgraph/id/graph/other> { ?s ?p ?o }"
        assert ask(f"{endpoint}query?" + urllib.parse.urlencode({"query": outside}))[0] == 400
    assert seen == []
    with serving(small_store, "--allow-service") as endpoint:
        status, body = ask(f"{endpoint}query?" + urllib.parse.urlencode({"query": service_query(url)}),
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and b"from the canary" in body and len(seen) == 1


def test_updates_to_the_endpoint_make_no_request(small_store, canary, tmp_path):
    import shutil

    url, seen = canary
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    with serving(store, "--allow-updates") as endpoint:
        for update in (f"LOAD <{url}>", f"INSERT {{ ?x a ?x }} WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}"):
            status, body = ask(f"{endpoint}update", data=update.encode(),
                               headers={"Content-Type": "application/sparql-update"})
            assert status == 400 and "is not allowed" in body.decode()
    assert seen == []


def test_from_reads_no_local_file_but_the_graphs_own_named_graphs_work(runner, sample_graph, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:a> <urn:b> "the secret" .\n', encoding="utf-8")
    trig = tmp_path / "graph.trig"
    assert runner.invoke(cli, ["export", sample_graph, "--format", "trig", "-o", str(trig)]).exit_code == 0
    steal = f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"
    refused = runner.invoke(cli, ["query", str(trig), steal])
    assert refused.exit_code == 1 and f"Error: FROM <{secret.as_uri()}> is not allowed" in refused.output
    assert "the secret" in runner.invoke(cli, ["query", str(trig), steal, "--allow-service"]).output  # rdflib reads it
    article = runner.invoke(cli, ["query", str(trig), "SELECT ?g WHERE { GRAPH ?g { ?a a dg:Article } } LIMIT 1",
                                  "--format", "csv"]).output.splitlines()[1]
    own = runner.invoke(cli, ["query", str(trig), f"SELECT (COUNT(*) AS ?n) FROM <{article}> WHERE {{ ?a a dg:Article }}",
                              "--format", "csv"])
    assert own.exit_code == 0 and own.output.splitlines()[1] == "1", own.output


def test_queries_checked_in_many_threads_at_once_are_read_right():
    # the endpoint checks queries in worker threads; rdflib's parser breaks when two threads parse at once
    import concurrent.futures

    texts = [f"SELECT ?s FROM <http://example.org/graph/{i}> WHERE {{ ?s ?p ?o }}" for i in range(200)]

    def error(text):
        try:
            check_query_allowed(text, has_graph=lambda iri: True)
        except QueryError as exc:
            return str(exc)
        return None

    with concurrent.futures.ThreadPoolExecutor(32) as pool:
        assert [e for e in pool.map(error, texts) if e] == []
