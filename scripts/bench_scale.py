"""Benchmark at scale: build throughput with 1 and 2 jobs, peak memory, store size, the
time and memory of adding ten articles to the store (the whole command, `dealgraph build
ten-new.jsonl --store S`), and the latency of the named analyst queries through dealgraph
(`GraphStore.query`, as `dealgraph query` runs them) against the same SPARQL sent to a bare
pyoxigraph store of the same data: what dealgraph's layer costs over the engine.

    python scripts/bench_scale.py --articles 2000 20000 100000

Corpora come from scripts/gen_corpus.py (synthetic deal news, fixed seed).
"""
from __future__ import annotations

import argparse
import json
import shutil
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
# benchmark's own memory (the stores it has opened) as this build's
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(seconds, max(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
"""


# the whole command, as an analyst runs it; VmHWM of the process that ran it
ADD = """
import sys
from graph.cli import cli
try:
    cli(["build", sys.argv[1], "--store", sys.argv[2]], prog_name="dealgraph")
except SystemExit as exc:
    assert not exc.code, exc.code
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(hwm, file=sys.stderr)
"""
NEW = 10  # articles a day's build adds
DAYS = 3  # timed additions


def add(articles: Path, store: Path) -> tuple[float, float]:
    """Seconds and peak MB of adding ``articles`` to ``store`` with the dealgraph command."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", ADD, str(articles), str(store)], check=True, capture_output=True, text=True)
    return time.perf_counter() - started, int(done.stderr.split()[-1]) / 1024


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
    import pyoxigraph
    from gen_corpus import generate

    from graph.rdf import SPARQL_PREFIXES
    from graph.store import DB, GraphStore

    records = list(generate(n + NEW * DAYS))  # the last ones are the days' new articles
    corpus = workdir / f"corpus-{n}.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records[:n]), encoding="utf-8")
    result = {"articles": n}
    for jobs in (1, 2):
        store = workdir / f"store-{n}-j{jobs}"
        seconds, peak = build(corpus, store, jobs)
        result[f"jobs{jobs}"] = {"seconds": seconds, "articles_per_s": n / seconds, "peak_mb": peak}
    adds = []
    for day in range(DAYS):
        new = workdir / f"new-{n}-{day}.jsonl"
        new.write_text("".join(json.dumps(r) + "\n" for r in records[n + NEW * day:n + NEW * (day + 1)]), encoding="utf-8")
        adds.append(add(new, workdir / f"store-{n}-j1"))
    result["add"] = {"seconds": statistics.median(s for s, _ in adds), "peak_mb": max(m for _, m in adds)}
    store = GraphStore(workdir / f"store-{n}-j2", read_only=True)
    result["store_mb"] = store.size_bytes() / 1e6
    result["quads"] = len(store.db)
    queries = named_queries_for(store)
    result["dealgraph"] = time_queries(lambda q: list(store.query(q)), queries, runs, budget=20)
    bare = pyoxigraph.Store.read_only(str(workdir / f"store-{n}-j2" / DB))  # the engine alone, results iterated
    result["oxigraph"] = time_queries(lambda q: list(bare.query(q, prefixes=SPARQL_PREFIXES)), queries, runs, budget=20)
    return result


def report(r: dict) -> None:
    j1, j2, add = r["jobs1"], r["jobs2"], r["add"]
    print(f"\n== {r['articles']} articles ({r['quads']} quads)")
    print(f"build, 1 job : {j1['articles_per_s']:7.1f} articles/s ({j1['seconds']:.0f} s), peak memory {j1['peak_mb']:.0f} MB")
    print(f"build, 2 jobs: {j2['articles_per_s']:7.1f} articles/s ({j2['seconds']:.0f} s), peak memory {j2['peak_mb']:.0f} MB "
          f"(largest process); speed-up {j2['articles_per_s'] / j1['articles_per_s']:.2f}x")
    print(f"store size {r['store_mb']:.1f} MB")
    print(f"adding {NEW} articles (the whole command, median of {DAYS} days): {add['seconds']:.2f} s, "
          f"peak memory {add['peak_mb']:.0f} MB")
    print(f"{'named query':16} {'dealgraph p50':>13} {'p95':>8} {'pyoxigraph p50':>14} {'p95':>8} {'ratio':>6}")
    for name in r["dealgraph"]:
        d50, d95 = r["dealgraph"][name]
        o50, o95 = r["oxigraph"][name]
        print(f"{name:16} {d50:11.1f}ms {d95:6.1f}ms {o50:12.1f}ms {o95:6.1f}ms {d50 / max(o50, 0.01):5.2f}x")


def summary(results: list[dict]) -> None:
    """How the time of adding articles grows with the store, against the smallest store."""
    first = results[0]
    for r in results[1:]:
        seconds, before = r["add"]["seconds"], first["add"]["seconds"]
        print(f"\nadding {NEW} articles to {r['articles']} articles: {seconds:.2f} s, {seconds / before:.2f}x the time at "
              f"{first['articles']} ({seconds - before:+.2f} s; the goal: at most 1.5x + 0.5 s = {1.5 * before + 0.5:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (fewer if a query is slow)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            results.append(run(n, args.runs, Path(tmp)))
            report(results[-1])
            shutil.rmtree(tmp)  # a 100,000-article corpus leaves gigabytes of stores
            Path(tmp).mkdir()
    summary(results)


if __name__ == "__main__":
    main()
