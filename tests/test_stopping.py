"""Work that must stop: queries at their deadline or on Ctrl-C, and child processes when their parent is killed."""
import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import graph
from graph.cli import cli
from graph.pipeline import sample_paths

from .conftest import alive, children, cpu_seconds, wait_until

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # hours on any graph
DEALGRAPH = str(Path(sys.executable).with_name("dealgraph"))


@pytest.fixture(scope="module")
def small_store(tmp_path_factory, nlp):
    store = tmp_path_factory.mktemp("store") / "store"
    graph.build(sample_paths()[:3], store=store, nlp=nlp)
    return store


@pytest.mark.parametrize("source", ["store", "file"])
def test_query_timeout_stops_the_query(runner, small_store, sample_graph, source):
    target = small_store if source == "store" else sample_graph
    result = runner.invoke(cli, ["query", str(target), CARTESIAN, "--timeout", "0.5"])
    assert result.exit_code == 1
    assert result.output == "Error: query: timed out after 0.5 s\n"
    quick = runner.invoke(cli, ["query", str(target), "ASK { ?s a dg:Organization }", "--timeout", "30"])
    assert quick.exit_code == 0 and quick.output == "true\n"


def test_ctrl_c_stops_a_query_on_a_store(small_store):
    process = subprocess.Popen([DEALGRAPH, "query", str(small_store), CARTESIAN], stderr=subprocess.PIPE)
    try:
        # the query runs inside Oxigraph once a process of the command holds the store open and has
        # worked a while more (parsing the query in Python takes a fraction of that)
        db = str((small_store / "oxigraph").resolve())
        tree = lambda: {process.pid} | children(process.pid)  # noqa: E731
        opened = lambda pid: any(str(p.resolve()).startswith(db) for p in Path(f"/proc/{pid}/fd").glob("*"))  # noqa: E731
        wait_until(lambda: any(opened(p) for p in tree()), 30, "the store is opened")
        work = lambda: sum(cpu_seconds(p) for p in tree())  # noqa: E731
        started = work()
        wait_until(lambda: work() > started + 1.5, 30, "the query runs")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) != 0
    finally:
        for pid in children(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.kill()
        process.wait()
        process.stderr.close()


def test_build_killed_with_sigkill_takes_its_workers_along(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for i in range(40):  # enough that the workers are still at it when the build is killed
        for path in sample_paths():
            shutil.copy(path, news / f"{i}-{path.name}")
    process = subprocess.Popen([DEALGRAPH, "build", str(news), "--store", str(tmp_path / "store"), "--jobs", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        wait_until(lambda: len(children(process.pid)) >= 2, 60, "the build forks its workers")
        workers = children(process.pid)
        process.kill()
        process.wait()
        wait_until(lambda: not any(alive(p) for p in workers), 10, "the workers die with the build")
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
            process.wait()
