"""The HTTP front of ``dealgraph serve``: an aiohttp server before an Oxigraph server process.

aiohttp parses the requests (a malformed one gets 400, a body past :data:`MAX_BODY` 413,
chunked bodies are read), keeps connections alive and queues up to :data:`BACKLOG`
connections. The proxy serves our query page at ``/`` and forwards the SPARQL protocol
to Oxigraph, at most :data:`BACKEND_SLOTS` requests at once.

Oxigraph cannot stop one query. A query that runs past the timeout, or whose client has
gone, is stopped by replacing its server process: a new one is started on the same store,
new requests go to it, and the old one is killed once the requests it is still answering
are done (each within the timeout). A read-write store can be opened by one process only:
there the old server is killed first, after its other requests, and requests wait for the
new one. The same replacement picks up a build into a read-only served store.
"""
from __future__ import annotations

import asyncio
import logging
import sys
import urllib.parse
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import aiohttp
from aiohttp import web

from .errors import DealgraphError, QueryError
from .query import check_query_allowed
from .server import READY_QUERY, START_SECONDS, Oxigraph, remote_query
from .store import DB, MARKER

MAX_BODY = 16 << 20  # bytes in a request body; more is refused with 413
BACKLOG = 1024  # connections waiting to be accepted
BACKEND_SLOTS = 32  # requests forwarded to Oxigraph at once; the others wait their turn, within their timeout
STREAM_AFTER = 1 << 20  # answers up to this size are sent whole (a failure can still be told); longer ones stream
STORE_POLL = 1.0  # seconds between looks at the store's marker, which a build rewrites when it changed the store
FORWARDED_HEADERS = ("Content-Type", "Accept")


class Backend:
    """An Oxigraph server and the requests forwarded to it whose clients still wait."""

    def __init__(self, server: Oxigraph):
        self.server = server
        self.running = 0
        self.idle = asyncio.Event()
        self.idle.set()

    def enter(self) -> None:
        self.running += 1
        self.idle.clear()

    def leave(self) -> None:
        self.running -= 1
        if not self.running:
            self.idle.set()


class Proxy:
    def __init__(self, store: Path, session: aiohttp.ClientSession, *, allow_updates: bool, timeout: float,
                 stop: asyncio.Event, allow_service: bool = False):
        self.store = store
        self.session = session
        self.allow_updates = allow_updates
        self.allow_service = allow_service
        self.timeout = timeout
        self.stop = stop  # set to end serving (also when a read-write server cannot be started again)
        self.page = (resources.files("graph") / "viewer" / "query.html").read_bytes()
        self.slots = asyncio.Semaphore(BACKEND_SLOTS)
        self.backend: Backend | None = None
        self.ready = asyncio.Event()  # there is a backend
        self.replacing: asyncio.Task | None = None

    # -- Oxigraph server processes -------------------------------------------
    async def start_backend(self) -> Backend:
        server = Oxigraph.spawn(self.store / DB, allow_updates=self.allow_updates)
        deadline = asyncio.get_running_loop().time() + START_SECONDS
        while True:
            try:
                server.check_running()
                async with self.session.get(server.url + READY_QUERY, timeout=aiohttp.ClientTimeout(total=1)) as answer:
                    await answer.read()
                return Backend(server)
            except (aiohttp.ClientError, TimeoutError):
                if asyncio.get_running_loop().time() > deadline:
                    server.stop()
                    raise DealgraphError(f"the oxigraph server did not start within {START_SECONDS} s") from None
                await asyncio.sleep(0.1)
            except DealgraphError:
                server.stop()
                raise

    async def open(self) -> None:
        self.backend = await self.start_backend()
        self.ready.set()

    async def close(self) -> None:
        if self.replacing:
            self.replacing.cancel()
            await asyncio.gather(self.replacing, return_exceptions=True)
        if self.backend:
            self.backend.server.stop()

    def replace(self, backend: Backend) -> None:
        """Start replacing ``backend`` with a new server on the same store, unless that is under way."""
        if backend is self.backend and self.replacing is None:
            self.replacing = asyncio.create_task(self._replace(backend))

    async def _replace(self, old: Backend) -> None:
        try:
            if self.allow_updates:  # one process at a time may open a writable store: requests wait
                self.ready.clear()
                self.backend = None
            else:
                self.backend = await self.start_backend()
            try:
                await old.idle.wait()
            finally:
                old.server.stop()
            if self.backend is None:
                self.backend = await self.start_backend()
        except DealgraphError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            if self.backend is None:  # nothing left to answer with
                self.stop.set()
        finally:
            self.ready.set()
            self.replacing = None

    async def watch_store(self) -> None:
        """Replace the server when a build has changed the store (it rewrites the marker at the end)."""
        seen = _stamp(self.store)
        while True:
            await asyncio.sleep(STORE_POLL)
            now = _stamp(self.store)
            if now != seen and self.replacing is None and self.backend is not None:
                seen = now
                self.replace(self.backend)

    # -- HTTP ------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        path, method = request.path, request.method
        if method == "GET" and path in ("/", "/index.html"):
            return web.Response(body=self.page, content_type="text/html", charset="utf-8")
        if path == "/query" and method in ("GET", "POST") or self.allow_updates and (
                path == "/update" and method == "POST" or path == "/store"):
            body = await request.read()  # 413 past MAX_BODY
            text = sparql_text(request, body)
            if text is None and path != "/store":
                return web.Response(status=400, text="no SPARQL in the request, or more than one: send one query= "
                                                     "(in the URL or a form), update= (a form) or an "
                                                     "application/sparql-query body\n")
            if text is not None and not self.allow_service:  # every query and update forwarded is ``text``
                try:  # SERVICE, LOAD and FROM outside the store would make the server request any address
                    await asyncio.to_thread(check_query_allowed, text, update=path == "/update",
                                            has_graph=self.has_graph)
                except QueryError as exc:
                    return web.Response(status=400, text=f"{exc}\n")
            return await self.forward(request, body)
        if path in ("/update", "/store"):
            return web.Response(status=403, text="read-only: start dealgraph serve with --allow-updates\n")
        return web.Response(status=404, text="not found: the SPARQL endpoint is /query\n")

    def has_graph(self, iri: str) -> bool:
        """Whether the store holds a graph named ``iri`` (asked of the backend, from a worker thread)."""
        backend = self.backend
        if backend is None:
            return False
        answer = remote_query(backend.server.url + "/query", f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}",
                              timeout=self.timeout)
        return bool(answer.askAnswer)

    async def forward(self, request: web.Request, body: bytes) -> web.StreamResponse:
        """``request`` as Oxigraph answers it, within the timeout; a query left running (time up, client
        gone) gets its server replaced."""
        headers = {h: request.headers[h] for h in FORWARDED_HEADERS if h in request.headers}
        backend: Backend | None = None
        response: web.StreamResponse | None = None
        try:
            async with asyncio.timeout(self.timeout):
                async with self.slots:
                    await self.ready.wait()
                    if self.backend is None:
                        return web.Response(status=503, text="the oxigraph server could not be started again\n")
                    backend = self.backend
                    backend.enter()
                    try:
                        async with self.session.request(request.method, backend.server.url + request.rel_url.raw_path_qs,
                                                        data=body or None, headers=headers) as answer:
                            kind = {"Content-Type": answer.headers.get("Content-Type", "text/plain")}
                            head, size = [], 0
                            async for chunk in answer.content.iter_any():
                                head.append(chunk)
                                size += len(chunk)
                                if size > STREAM_AFTER:
                                    break
                            else:
                                return web.Response(status=answer.status, body=b"".join(head), headers=kind)
                            response = web.StreamResponse(status=answer.status, headers=kind)
                            await response.prepare(request)
                            for chunk in head:
                                await response.write(chunk)
                            async for chunk in answer.content.iter_any():
                                await response.write(chunk)
                            await response.write_eof()
                            return response
                    finally:
                        backend.leave()
        except TimeoutError:
            if backend is not None:
                self.replace(backend)
            if response is not None:  # half sent: cut it, so the client sees a broken answer, not a short one
                request.transport.close()
                return response
            return web.Response(status=503, text=f"query timed out after {self.timeout:g} s\n")
        except (asyncio.CancelledError, ConnectionResetError):  # the client has gone
            if backend is not None:
                self.replace(backend)
            raise
        except aiohttp.ClientError as exc:
            if backend is not None and backend.server.process.poll() is not None:  # it died: start another
                self.replace(backend)
            return web.Response(status=502, text=f"the oxigraph server failed: {exc}\n")


def sparql_text(request: web.Request, body: bytes) -> str | None:
    """The query or update of a SPARQL protocol request: ``query=`` (``update=`` at /update) in the URL
    or in a POSTed form, or an application/sparql-query or sparql-update body. None when there is
    none, or more than one: what is forwarded is exactly what this returns."""
    key = "update" if request.path == "/update" else "query"
    values = request.query.getall(key, [])
    if request.method == "POST":
        if request.content_type == "application/x-www-form-urlencoded":
            values += urllib.parse.parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True).get(key, [])
        elif request.content_type in ("application/sparql-query", "application/sparql-update"):
            values.append(body.decode("utf-8", errors="replace"))
    return values[0] if len(values) == 1 else None


class _BadRequests(logging.Filter):
    """Malformed requests get their 400 from aiohttp; they need no traceback on our console too."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], aiohttp.http_exceptions.HttpProcessingError))


def _stamp(store: Path) -> tuple[int, int] | None:
    try:
        info = (store / MARKER).stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns


async def run(store: Path, host: str, port: int, *, allow_updates: bool, timeout: float,
              allow_service: bool = False, ready: Callable[[str], None] | None = None) -> None:
    """Serve until SIGINT or SIGTERM."""
    import signal

    logging.getLogger("aiohttp.server").addFilter(_BadRequests())
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=BACKEND_SLOTS),
                                     timeout=aiohttp.ClientTimeout(total=None)) as session:  # ours is the timeout
        proxy = Proxy(store, session, allow_updates=allow_updates, timeout=timeout, stop=stop,
                      allow_service=allow_service)
        await proxy.open()
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_route("*", "/{path:.*}", proxy.handle)
        runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        try:
            await runner.setup()
            await web.TCPSite(runner, host, port, backlog=BACKLOG).start()
            watcher = None if allow_updates else asyncio.create_task(proxy.watch_store())
            if ready:
                ready(f"http://{host}:{runner.addresses[0][1]}/")
            await stop.wait()
            if watcher:
                watcher.cancel()
        finally:
            await runner.cleanup()
            await proxy.close()
