"""Load on `dealgraph serve`: many clients at once, every answer checked against the store's own.

Builds a store from a synthetic corpus (scripts/gen_corpus.py), starts `dealgraph serve` on it,
and fires REQUESTS named queries from CLIENTS threads that start together, each request on a new
connection (a plain urllib POST, so the clients are quick and the server is what is measured).
Prints errors by kind, answers that differ from the store's (the same query run in process with
pyoxigraph, results JSON compared), throughput and latency.

    python scripts/bench_serve.py --articles 1000 --clients 200 --requests 1000
"""
from __future__ import annotations

import argparse
import collections
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import generate


def make_store(articles: int, folder: Path) -> Path:
    import graph

    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in generate(articles)), encoding="utf-8")
    store = folder / "store"
    started = time.perf_counter()
    graph.build([corpus], store=store, jobs=2)
    print(f"store of {articles} articles built in {time.perf_counter() - started:.1f} s")
    return store


def workload(store: Path) -> list[tuple[bytes, dict]]:
    """(request body, the store's own answer as results JSON): named queries about entities the store holds."""
    import pyoxigraph

    from graph.query import named_query
    from graph.rdf import SPARQL_PREFIXES
    from graph.store import DB, GraphStore

    corpus = GraphStore(store, read_only=True).corpus()
    investors = sorted({f.subject for f in corpus.facts if f.relation in ("led_round", "invested_in")})[:8]
    companies = sorted({f.object for f in corpus.facts if f.relation == "invested_in" and f.object})[:8]
    texts = [named_query("investors-of").render(company=c) for c in companies]
    texts += [named_query("portfolio").render(investor=i) for i in investors]
    texts += [named_query("rounds-by-size").render(limit="20"), named_query("total-funding").render(limit="20")]
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in SPARQL_PREFIXES.items())
    db = pyoxigraph.Store.read_only(str(store / DB))
    out = [(urllib.parse.urlencode({"query": prologue + t}).encode(),
            json.loads(db.query(prologue + t).serialize(format=pyoxigraph.QueryResultsFormat.JSON))) for t in texts]
    del db, corpus
    gc.collect()  # pyoxigraph objects must be freed in this thread, not by a collection in a client thread
    return out


def serve(store: Path) -> tuple[subprocess.Popen, str]:
    from graph.server import free_port

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", str(store), "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    if "serving" not in line:
        raise SystemExit(f"dealgraph serve did not start: {line}{process.stderr.read()}")
    return process, f"http://127.0.0.1:{port}/query"


def fire(endpoint: str, work: list[tuple[bytes, dict]], clients: int, requests: int) -> None:
    errors: collections.Counter = collections.Counter()
    wrong = 0
    latencies: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        nonlocal wrong
        start.wait()
        for i in range(number, requests, clients):
            body, expected = work[i % len(work)]
            began = time.perf_counter()
            request = urllib.request.Request(endpoint, data=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
            try:
                with urllib.request.urlopen(request, timeout=120) as answer:
                    answer = json.loads(answer.read())
            except Exception as exc:  # noqa: BLE001 -- counted by kind
                with lock:
                    errors[f"{type(exc).__name__}: {str(exc)[:80]}"] += 1
                continue
            with lock:
                latencies.append(time.perf_counter() - began)
                wrong += answer != expected

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client, n) for n in range(clients)]:
            future.result()
    seconds = time.perf_counter() - started
    print(f"{requests} requests from {clients} concurrent clients in {seconds:.1f} s "
          f"({requests / seconds:.0f} requests/s)")
    print(f"errors: {sum(errors.values())}" + "".join(f"\n  {n} x {kind}" for kind, n in errors.most_common()))
    print(f"answers different from the store's: {wrong} of {len(latencies)}")
    if latencies:
        ordered = sorted(latencies)
        print(f"latency: p50 {1000 * statistics.median(ordered):.0f} ms, "
              f"p95 {1000 * ordered[round(0.95 * (len(ordered) - 1))]:.0f} ms, max {1000 * ordered[-1]:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = make_store(args.articles, Path(folder))
        work = workload(store)
        process, endpoint = serve(store)
        try:
            fire(endpoint, work, args.clients, args.requests)
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
