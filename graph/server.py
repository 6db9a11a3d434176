"""SPARQL over HTTP: serve a store with the Oxigraph server, push a graph to any
SPARQL 1.1 store, and query a remote endpoint.

``serve`` runs the ``oxigraph`` server (from the ``oxigraph`` package) on a private
loopback port and puts a small proxy in front of it. The proxy serves a query page
of our own at ``/`` (the server's page loads its editor from a CDN, so it is blank
offline) and forwards ``/query`` (and ``/update`` and ``/store`` when updates are
allowed) as the Oxigraph server lays them out.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from .errors import DealgraphError, QueryError

FORWARDED_HEADERS = ("Content-Type", "Accept")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise DealgraphError("the oxigraph server is not installed: pip install oxigraph")
    return found


def start_oxigraph(location: str | Path, port: int, *, allow_updates: bool = False,
                   union_default_graph: bool = False) -> subprocess.Popen:
    """Start the Oxigraph server on 127.0.0.1:port and wait until it answers. A dealgraph store's default
    graph holds all graphs already; ``union_default_graph`` is for a plain database that a graph was
    pushed to, where the default graph holds only the entities."""
    command = [oxigraph_binary(), "serve" if allow_updates else "serve-read-only", "--location", str(location),
               "--bind", f"127.0.0.1:{port}"] + (["--union-default-graph"] if union_default_graph else [])
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise DealgraphError(f"the oxigraph server stopped: {process.stderr.read().decode(errors='replace').strip()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1) as answer:
                answer.read()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise DealgraphError("the oxigraph server did not start within 30 s")


def make_proxy(host: str, port: int, backend: int, *, allow_updates: bool,
               allow_service: bool = False) -> ThreadingHTTPServer:
    from .query import check_request_allowed

    page = (resources.files("graph") / "viewer" / "query.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet; errors still reach the client
            pass

        def do_GET(self):
            path = urllib.parse.urlsplit(self.path).path
            if path in ("/", "/index.html"):
                return self._send(200, "text/html; charset=utf-8", page)
            if path == "/query" or (allow_updates and path == "/store"):
                return self._forward()
            return self._send(404, "text/plain", b"not found: the SPARQL endpoint is /query\n")

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            if path == "/query" or (allow_updates and path in ("/update", "/store")):
                return self._forward()
            if path in ("/update", "/store"):
                return self._send(403, "text/plain", b"read-only: start dealgraph serve with --allow-updates\n")
            return self._send(404, "text/plain", b"not found\n")

        do_PUT = do_DELETE = do_POST

        def _forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            try:  # SERVICE, LOAD and FROM outside the store would make the server request any address
                check_request_allowed(self.path, self.headers.get("Content-Type"), body, allow_service=allow_service,
                                      has_graph=lambda iri: remote_query(f"http://127.0.0.1:{backend}/query",
                                                                         f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}").askAnswer)
            except QueryError as exc:
                return self._send(400, "text/plain; charset=utf-8", f"{exc}\n".encode())
            headers = {h: self.headers[h] for h in FORWARDED_HEADERS if self.headers.get(h)}
            request = urllib.request.Request(f"http://127.0.0.1:{backend}{self.path}", data=body, headers=headers,
                                             method=self.command)
            try:
                with urllib.request.urlopen(request, timeout=300) as answer:
                    return self._send(answer.status, answer.headers.get("Content-Type", "text/plain"), answer.read())
            except urllib.error.HTTPError as err:
                return self._send(err.code, err.headers.get("Content-Type", "text/plain"), err.read())

        def _send(self, status: int, content_type: str, body: bytes):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return ThreadingHTTPServer((host, port), Handler)


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878, *, allow_updates: bool = False,
          allow_service: bool = False, ready=None) -> None:
    """Serve ``store`` until interrupted; ``ready(url)`` is called once it answers."""
    from .store import DB, check_store

    check_store(Path(store))

    def stop(signum, frame):  # SIGTERM stops the server the same way as Ctrl-C, so the oxigraph child stops too
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    backend = free_port()
    process = start_oxigraph(Path(store) / DB, backend, allow_updates=allow_updates)
    try:
        httpd = make_proxy(host, port, backend, allow_updates=allow_updates, allow_service=allow_service)
        if ready:
            ready(f"http://{host}:{httpd.server_address[1]}/")
        try:
            httpd.serve_forever()
        finally:
            httpd.server_close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()


# ---------------------------------------------------------------------------
def check_endpoint(url: str) -> None:
    """DealgraphError unless ``url`` is an http(s) URL with a host (urllib would also open file: URLs)."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number from 0 to 65535
    except ValueError as exc:
        raise DealgraphError(f"{url}: not a valid endpoint URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DealgraphError(f"{url}: not an endpoint URL: give one that starts with http:// or https://")


def password_from_env(variable: str) -> str:
    """The password held by the environment variable ``variable`` (so it is in no command line and no log)."""
    password = os.environ.get(variable)
    if password is None:
        raise DealgraphError(f"--password-env {variable}: the environment variable {variable} is not set: "
                             f"export it with the password first")
    return password


def _opener(endpoint: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    """An opener that answers the endpoint's Basic or Digest challenge (Fuseki, GraphDB: Basic; Virtuoso: Digest)
    with ``user`` and ``password``. The password is sent only when the server asks for it."""
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, endpoint, user, password or "")
    return urllib.request.build_opener(_Closing401Basic(passwords), _Closing401Digest(passwords))


class _Closing401:
    """urllib answers a 401 challenge with a new request but leaves the challenge's connection open."""

    def http_error_401(self, req, fp, code, msg, headers):
        fp.close()
        return super().http_error_401(req, fp, code, msg, headers)


class _Closing401Basic(_Closing401, urllib.request.HTTPBasicAuthHandler):
    pass


class _Closing401Digest(_Closing401, urllib.request.HTTPDigestAuthHandler):
    pass


def _http_error(err: urllib.error.HTTPError, user: str | None, *, says: bool = False) -> str:
    """An HTTP error status, with what the server says about it (``says``) or a hint about credentials."""
    with err:
        said = err.read().decode(errors="replace").strip()[:300] if says else ""
    if err.code == 401:
        return f"401 {err.reason}: " + ("check --user and its password" if user else
                                       "the endpoint asks for credentials: give --user and --password-env")
    return f"{err.code} {said or err.reason}"


def push(dataset, endpoint: str, *, user: str | None = None, password: str | None = None) -> int:
    """Put every graph of ``dataset`` into a SPARQL 1.1 Graph Store Protocol endpoint
    (``.../store`` on Oxigraph, ``.../data`` on Fuseki, ``.../sparql-graph-crud-auth`` on Virtuoso), one
    named graph per article and the entities (the dataset's default graph) in :data:`~graph.rdf.ENTITIES_GRAPH`,
    as in a store: some stores (Virtuoso) have no default graph to write. Returns the number of graphs written."""
    from .rdf import ENTITIES_GRAPH

    check_endpoint(endpoint)
    opener = _opener(endpoint, user, password)
    count = 0
    for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(g):
            continue
        name = ENTITIES_GRAPH if g.identifier == dataset.default_context.identifier else g.identifier
        target = f"{endpoint}{'&' if '?' in endpoint else '?'}graph=" + urllib.parse.quote(str(name), safe="")
        body = g.serialize(format="nt").encode("utf-8")
        request = urllib.request.Request(target, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
        try:
            with opener.open(request, timeout=300) as answer:
                answer.read()
        except urllib.error.HTTPError as err:
            raise DealgraphError(f"{endpoint}: the store refused graph {name}: {_http_error(err, user)}") from None
        except OSError as err:
            raise DealgraphError(f"{endpoint}: cannot reach the store: {err}") from None
        count += 1
    return count


def remote_query(endpoint: str, query: str, *, user: str | None = None, password: str | None = None):
    """Run a query on a SPARQL 1.1 endpoint; the answer as an rdflib Result."""
    from .query import check_read_only, parse_answer
    from .rdf import SPARQL_PREFIXES

    check_endpoint(endpoint)
    check_read_only(query)
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in SPARQL_PREFIXES.items())
    data = urllib.parse.urlencode({"query": prologue + query}).encode()
    request = urllib.request.Request(endpoint, data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    try:
        with _opener(endpoint, user, password).open(request, timeout=300) as answer:
            kind, body = answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as err:
        raise QueryError(f"{endpoint}: {_http_error(err, user, says=True)}") from None
    except OSError as err:
        raise QueryError(f"{endpoint}: cannot reach the endpoint: {err}") from None
    return parse_answer(body, json_results="json" in kind)
