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


def time_queries(runners: dict, queries: dict[str, str], runs: int, budget: float) -> dict[str, dict]:
    """p50 and p95 in ms of each query by each of ``runners`` (name -> run one query), their runs taken
    in turn so that the load of a shared machine weighs on each alike, after one run of each to warm
    caches; a run longer than ``budget`` seconds counts as the budget (inf)."""
    def alarm(signum, frame):
        raise TooSlow

    signal.signal(signal.SIGALRM, alarm)
    out: dict[str, dict] = {name: {} for name in runners}
    for query, text in queries.items():
        samples: dict[str, list[float]] = {name: [] for name in runners}
        started = time.perf_counter()
        for i in range(runs + 1):
            for name, run_one in runners.items():
                t = time.perf_counter()
                signal.setitimer(signal.ITIMER_REAL, budget)
                try:
                    run_one(text)
                except TooSlow:
                    samples[name].append(float("inf"))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                if i:
                    samples[name].append((time.perf_counter() - t) * 1000)
            if time.perf_counter() - started > budget:
                break
        for name in runners:
            out[name][query] = percentiles(samples[name])
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


def run(n: int, runs: int, workdir: Path, jobs_list: list[int], queries_only: bool = False) -> dict:
    sys.path.insert(0, str(HERE))
    from gen_corpus import generate

    if queries_only:  # the stores a run with --keep left: only the queries are timed again
        return {"articles": n, **query_figures(workdir / f"store-{n}-j{jobs_list[-1]}", runs)}
    records = list(generate(n + NEW * DAYS))  # the last ones are the days' new articles
    corpus = workdir / f"corpus-{n}.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records[:n]), encoding="utf-8")
    result = {"articles": n}
    for jobs in jobs_list:
        store = workdir / f"store-{n}-j{jobs}"
        seconds, peak = build(corpus, store, jobs)
        result[f"jobs{jobs}"] = {"seconds": seconds, "articles_per_s": n / seconds, "peak_mb": peak}
    adds = []
    for day in range(DAYS):
        new = workdir / f"new-{n}-{day}.jsonl"
        new.write_text("".join(json.dumps(r) + "\n" for r in records[n + NEW * day:n + NEW * (day + 1)]), encoding="utf-8")
        adds.append(add(new, workdir / f"store-{n}-j{jobs_list[0]}"))
    result["add"] = {"seconds": statistics.median(s for s, _ in adds), "peak_mb": max(m for _, m in adds)}
    # not the store the days were added to, if there are two
    result.update(query_figures(workdir / f"store-{n}-j{jobs_list[-1]}", runs))
    return result


def query_figures(queried: Path, runs: int) -> dict:
    """Size of the store at ``queried`` and the times of every named query through dealgraph and bare pyoxigraph."""
    import pyoxigraph

    from graph.rdf import SPARQL_PREFIXES
    from graph.store import DB, GraphStore

    store = GraphStore(queried, read_only=True)
    result = {"store_mb": store.size_bytes() / 1e6, "quads": len(store.db)}
    queries = named_queries_for(store)
    bare = pyoxigraph.Store.read_only(str(queried / DB))  # the engine alone, results iterated
    result.update(time_queries({"dealgraph": lambda q: list(store.query(q)),
                                "oxigraph": lambda q: list(bare.query(q, prefixes=SPARQL_PREFIXES))}, queries, runs, budget=20))
    return result


def report(r: dict) -> None:
    print(f"\n== {r['articles']} articles ({r['quads']} quads)")
    for jobs in (1, 2):
        if b := r.get(f"jobs{jobs}"):
            print(f"build, {jobs} job{'s' if jobs > 1 else ' '}: {b['articles_per_s']:7.1f} articles/s ({b['seconds']:.0f} s), "
                  f"peak memory {b['peak_mb']:.0f} MB" + (" (largest process)" if jobs > 1 else ""))
    if "jobs1" in r and "jobs2" in r:
        print(f"2 jobs / 1 job: {r['jobs2']['articles_per_s'] / r['jobs1']['articles_per_s']:.2f}x")
    print(f"store size {r['store_mb']:.1f} MB")
    if add := r.get("add"):
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
    if "add" not in first:
        return
    for r in results[1:]:
        seconds, before = r["add"]["seconds"], first["add"]["seconds"]
        print(f"\nadding {NEW} articles to {r['articles']} articles: {seconds:.2f} s, {seconds / before:.2f}x the time at "
              f"{first['articles']} ({seconds - before:+.2f} s; the goal: at most 1.5x + 0.5 s = {1.5 * before + 0.5:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (fewer if a query is slow)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], choices=[1, 2],
                        help="build with these numbers of jobs (the days are added to the first store)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the corpora and stores")
    parser.add_argument("--queries-only", action="store_true",
                        help="with --keep: time the named queries again on the stores an earlier run kept there")
    args = parser.parse_args()
    if args.queries_only and not args.keep:
        parser.error("--queries-only needs --keep: the folder of the stores an earlier run kept")
    sys.stdout.reconfigure(line_buffering=True)  # each size's figures as soon as they are measured
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            workdir = args.keep or Path(tmp) / str(n)
            workdir.mkdir(parents=True, exist_ok=True)
            results.append(run(n, args.runs, workdir, sorted(args.jobs), args.queries_only))
            report(results[-1])
            if not args.keep:
                shutil.rmtree(workdir)  # a 100,000-article corpus leaves gigabytes of stores
    summary(results)


if __name__ == "__main__":
    main()
