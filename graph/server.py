"""SPARQL over HTTP: serve a store with the Oxigraph server, push a graph to any
SPARQL 1.1 store, and query a remote endpoint.

``serve`` runs the ``oxigraph`` server (from the ``oxigraph`` package) on a private
loopback port and puts a proxy (:mod:`graph.proxy`) in front of it. The proxy serves a
query page of our own at ``/`` (the server's page loads its editor from a CDN, so it is
blank offline) and forwards ``/query`` (and ``/update`` and ``/store`` when updates are
allowed) as the Oxigraph server lays them out.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from .errors import DealgraphError, QueryError, TimedOut
from .procs import tie_to_parent

DEFAULT_TIMEOUT = 60.0  # seconds a query may take in dealgraph serve

def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise DealgraphError("the oxigraph server is not installed: pip install oxigraph")
    return found


@dataclass
class Oxigraph:
    """An Oxigraph server process on a loopback port, killed with us (even by kill -9)."""

    process: subprocess.Popen
    port: int
    log: IO[bytes]  # its stderr, in a file: a pipe nobody reads would stall it once full

    @classmethod
    def spawn(cls, location: str | Path, *, allow_updates: bool = False,
              union_default_graph: bool = False) -> Oxigraph:
        """Start the server (without waiting for it): a dealgraph store's default graph holds all graphs
        already; ``union_default_graph`` is for a plain database that a graph was pushed to, where the
        default graph holds only the entities."""
        port = free_port()
        command = [oxigraph_binary(), "serve" if allow_updates else "serve-read-only", "--location", str(location),
                   "--bind", f"127.0.0.1:{port}"] + (["--union-default-graph"] if union_default_graph else [])
        log = tempfile.TemporaryFile()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log,
                                   preexec_fn=partial(tie_to_parent, os.getpid()))
        return cls(process, port, log)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def check_running(self) -> None:
        if self.process.poll() is not None:
            self.log.seek(0)
            raise DealgraphError(f"the oxigraph server stopped: {self.log.read().decode(errors='replace').strip()}")

    def stop(self) -> None:
        self.process.kill()  # no graceful stop: the point may be to end a query now; the store is crash-safe
        self.process.wait()
        self.log.close()


READY_QUERY = "/query?query=ASK%7B%7D"
START_SECONDS = 30


def start_oxigraph(location: str | Path, *, allow_updates: bool = False,
                   union_default_graph: bool = False) -> Oxigraph:
    """Start the Oxigraph server on a free loopback port and wait until it answers."""
    server = Oxigraph.spawn(location, allow_updates=allow_updates, union_default_graph=union_default_graph)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        server.check_running()
        try:
            with urllib.request.urlopen(server.url + READY_QUERY, timeout=1) as answer:
                answer.read()
            return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise DealgraphError(f"the oxigraph server did not start within {START_SECONDS} s")


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878, *, allow_updates: bool = False,
          allow_service: bool = False, timeout: float = DEFAULT_TIMEOUT, ready=None) -> None:
    """Serve ``store`` until SIGINT or SIGTERM; ``ready(url)`` is called once it answers."""
    import asyncio

    from .proxy import run
    from .store import check_store

    check_store(Path(store))
    asyncio.run(run(Path(store), host, port, allow_updates=allow_updates, allow_service=allow_service,
                    timeout=timeout, ready=ready))


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


def remote_query(endpoint: str, query: str, timeout: float | None = None, *, user: str | None = None,
                 password: str | None = None):
    """Run a query on a SPARQL 1.1 endpoint; the answer as an rdflib Result. ``timeout``: seconds the
    endpoint may stay silent (300 when None)."""
    from .query import check_read_only, parse_answer
    from .rdf import SPARQL_PREFIXES

    check_read_only(query)
    check_endpoint(endpoint)
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in SPARQL_PREFIXES.items())
    data = urllib.parse.urlencode({"query": prologue + query}).encode()
    request = urllib.request.Request(endpoint, data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    try:
        with _opener(endpoint, user, password).open(request, timeout=timeout or 300) as answer:
            kind, body = answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as err:
        raise QueryError(f"{endpoint}: {_http_error(err, user, says=True)}") from None
    except TimeoutError:
        raise TimedOut(f"query: timed out after {timeout or 300:g} s") from None
    except OSError as err:
        raise QueryError(f"{endpoint}: cannot reach the endpoint: {err}") from None
    return parse_answer(body, json_results="json" in kind)
