"""Benchmark at scale: build throughput with 1 and 2 jobs, peak memory, store size,
and the latency of the named analyst queries on the Oxigraph store against
rdflib's default in-memory store.

    python scripts/bench_scale.py --articles 1000 20000

Corpora come from scripts/gen_corpus.py (synthetic deal news, fixed seed).
"""
from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = """
import resource, sys, time
import graph
started = time.perf_counter()
graph.build([sys.argv[1]], store=sys.argv[2], jobs=int(sys.argv[3]))
seconds = time.perf_counter() - started
# VmHWM, not RUSAGE_SELF: Linux carries ru_maxrss across exec, so RUSAGE_SELF would report the
# benchmark's own memory (the rdflib store of the last run) as this build's
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(seconds, max(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
"""


def build(corpus: Path, store: Path, jobs: int) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(store), str(jobs)],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024  # seconds, MB


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


class TooSlow(BaseException):  # not an Exception: run_query turns those into QueryError
    pass


def time_queries(run_one, queries: dict[str, str], runs: int, budget: float) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms of each query; a run longer than ``budget`` seconds counts as the budget (inf)."""
    def alarm(signum, frame):
        raise TooSlow

    signal.signal(signal.SIGALRM, alarm)
    out = {}
    for name, text in queries.items():
        samples = []
        started = time.perf_counter()
        for _ in range(runs):
            t = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, budget)
            try:
                run_one(text)
            except TooSlow:
                samples.append(float("inf"))
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            samples.append((time.perf_counter() - t) * 1000)
            if time.perf_counter() - started > budget:
                break
        out[name] = percentiles(samples)
    return out


def named_queries_for(store) -> dict[str, str]:
    """Every named query, with parameters taken from the store: the busiest investor, acquirer and
    employer, the most funded company, the first article; the rest keep their defaults."""
    from graph.query import named_queries

    def top(query: str) -> str:
        return str(next(iter(store.query(query)))[0])

    def busiest(pattern: str) -> str:
        return top(f"SELECT ?n (COUNT(*) AS ?k) WHERE {{ {pattern} ?x rdfs:label ?n }} GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT 1")

    investor = busiest("?x dg:investedIn ?c .")
    company = busiest("?i dg:investedIn ?x .")
    params = {"company": company, "investor": investor, "from": investor, "to": company, "entity": company,
              "organization": busiest("?p dg:executiveOf ?x ."),
              "article": top("SELECT ?id WHERE { ?a dg:articleId ?id } ORDER BY ?id LIMIT 1")}
    acquirer = busiest("?x dg:acquired ?t .")
    queries = {}
    for name, q in named_queries().items():
        given = params | {"company": acquirer} if name == "acquisitions" else params
        queries[name] = q.render(**{k: given[k] for k in q.params if k in given})
    return queries


def run(n: int, runs: int, workdir: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from gen_corpus import generate

    from graph.query import run_query
    from graph.rdf import SPARQL_PREFIXES
    from graph.store import GraphStore

    corpus = workdir / f"corpus-{n}.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for record in generate(n):
            fh.write(json.dumps(record) + "\n")
    result = {"articles": n}
    for jobs in (1, 2):
        store = workdir / f"store-{n}-j{jobs}"
        seconds, peak = build(corpus, store, jobs)
        result[f"jobs{jobs}"] = {"seconds": seconds, "articles_per_s": n / seconds, "peak_mb": peak}
    store = GraphStore(workdir / f"store-{n}-j2", read_only=True)
    result["store_mb"] = store.size_bytes() / 1e6
    queries = named_queries_for(store)
    result["oxigraph"] = time_queries(  # the engine itself: pyoxigraph, results iterated
        lambda q: list(store.db.query(q, prefixes=SPARQL_PREFIXES)), queries, runs, budget=20)
    started = time.perf_counter()
    dataset = store.dataset()  # rdflib's default in-memory store, union default graph, as graph files are read
    result["rdflib_load_s"] = time.perf_counter() - started
    result["triples"] = len(dataset)
    result["rdflib"] = time_queries(lambda q: list(run_query(dataset, q)), queries, runs, budget=30)
    return result


def report(r: dict) -> None:
    j1, j2 = r["jobs1"], r["jobs2"]
    print(f"\n== {r['articles']} articles ({r['triples']} triples)")
    print(f"build, 1 job : {j1['articles_per_s']:7.1f} articles/s ({j1['seconds']:.0f} s), peak memory {j1['peak_mb']:.0f} MB")
    print(f"build, 2 jobs: {j2['articles_per_s']:7.1f} articles/s ({j2['seconds']:.0f} s), peak memory {j2['peak_mb']:.0f} MB "
          f"(largest process); speed-up {j2['articles_per_s'] / j1['articles_per_s']:.2f}x")
    print(f"store size {r['store_mb']:.1f} MB; rdflib load of the same data {r['rdflib_load_s']:.1f} s")
    print(f"{'named query':16} {'oxigraph p50':>12} {'p95':>8} {'rdflib p50':>11} {'p95':>8} {'ratio':>7}")
    for name in r["oxigraph"]:
        o50, o95 = r["oxigraph"][name]
        d50, d95 = r["rdflib"][name]
        print(f"{name:16} {o50:10.1f}ms {o95:6.1f}ms {d50:9.1f}ms {d95:6.1f}ms {d50 / max(o50, 0.01):6.1f}x"
              + ("  (rdflib hit the 30 s budget)" if d95 == float("inf") else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (fewer if a query is slow)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            report(run(n, args.runs, Path(tmp)))


if __name__ == "__main__":
    main()
