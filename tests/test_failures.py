"""User mistakes and environment failures: a clean 'Error: <what>: <why>' and exit 1, never a
traceback; and a build's output folder replaced as one set, or left as it was."""
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import graph
from graph import pipeline
from graph.cli import cli
from graph.errors import OutputError
from graph.export import write_set
from graph.ingest import read_articles

DEALGRAPH = str(Path(sys.executable).with_name("dealgraph"))

ARTICLE = "Acme Robotics raised USD 5 million in a Series A round led by Foo Capital."
OTHER = "Brightline Labs raised EUR 12 million in a Series B round led by Northstar Ventures."
PAGE = """<!DOCTYPE html><html><head><title>Kestrel raises money</title></head><body>
<nav><a href="/">Home</a> Subscribe now</nav>
<article><h1>Kestrel raises money</h1><p>{body}</p>
<p>The company builds warehouse robots for retailers across Europe and plans to double its staff.</p></article>
<footer>Copyright 2024 Example Media. Cookie settings.</footer></body></html>""".format(
    body=" ".join(["Kestrel Robotics, a Munich-based startup, has raised EUR 40 million in a Series B round led by "
                   "Northzone." for _ in range(3)]))


def failed_cleanly(result, *parts: str) -> None:
    """A CliRunner result that is one 'Error: ...' line naming ``parts``, exit 1, and no exception escaped."""
    assert isinstance(result.exception, SystemExit), result.exception  # anything else would be a traceback
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert errors and all(p in "\n".join(errors) for p in parts), result.output


def run(args: list[str], before: str = "") -> subprocess.CompletedProcess:
    """``dealgraph args`` in a new process, after the Python statements ``before`` (a limit set, a
    stream closed) have run in it: a launcher, not preexec_fn, which is unsafe beside threads."""
    launcher = f"import os, resource, sys\n{before}\nos.execv(sys.argv[1], sys.argv[1:])"
    return subprocess.run([sys.executable, "-c", launcher, DEALGRAPH, *args], capture_output=True, text=True,
                          timeout=300, check=False)


def failed_cleanly_in_a_process(process: subprocess.CompletedProcess, *parts: str) -> None:
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr and process.stderr.startswith("Error: "), process.stderr
    assert all(p in process.stderr for p in parts), process.stderr


@pytest.fixture()
def permissions_apply(tmp_path_factory) -> None:
    """Skips a test where file permissions do not bind (root): the same error paths are tested
    with places that fail for root too."""
    probe = tmp_path_factory.mktemp("probe")
    probe.chmod(0o555)
    try:
        (probe / "x").touch()
    except PermissionError:
        return
    finally:
        probe.chmod(0o755)
    pytest.skip("file permissions do not bind here (root)")


@pytest.fixture()
def article(tmp_path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture()
def afile(tmp_path) -> Path:
    """A regular file: nothing can be written under it, not even by root."""
    path = tmp_path / "afile"
    path.write_text("not a folder", encoding="utf-8")
    return path


# -- item 4: the output folder is one set -------------------------------------------------------
def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_a_folder_in_the_way_leaves_the_previous_outputs(tmp_path, article, nlp):
    out = tmp_path / "out"
    graph.build([article], out, nlp=nlp)
    (out / "graph.html").unlink()
    (out / "graph.html").mkdir()  # a folder where graph.html should be
    before = outputs(out)
    assert set(before) == {"graph.ttl", "facts.jsonl"}
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    with pytest.raises(OutputError, match="graph.html: cannot write"):
        graph.build([other], out, nlp=nlp)
    assert outputs(out) == before  # no new graph.ttl beside the old facts.jsonl
    assert sorted(p.name for p in out.iterdir()) == ["facts.jsonl", "graph.html", "graph.ttl"]  # no temporary files


def test_a_full_disk_leaves_the_previous_outputs(tmp_path, article, nlp):
    out = tmp_path / "out"
    graph.build([article], out, nlp=nlp)
    before = outputs(out)
    assert len(before["graph.ttl"]) < 50_000 < len(before["graph.html"])
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    # no file may grow past 50 kB: graph.ttl fits, graph.html does not (EFBIG, as a full disk fails)
    process = run(["build", str(other), "-o", str(out)], "resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))")
    failed_cleanly_in_a_process(process, "graph.html: cannot write: File too large")
    assert outputs(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["facts.jsonl", "graph.html", "graph.ttl"]


def test_a_rename_that_fails_leaves_none_of_the_set_rather_than_a_mix(tmp_path, monkeypatch):
    for name in ("a.ttl", "b.jsonl"):
        (tmp_path / name).write_text("old", encoding="utf-8")
    real_replace = os.replace
    calls = []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr("graph.export.os.replace", second_fails)
    with pytest.raises(OutputError, match="b.jsonl: cannot write: Input/output error"):
        write_set(tmp_path, {"a.ttl": "new", "b.jsonl": "new"})
    assert list(tmp_path.iterdir()) == []


def test_a_set_replaces_the_previous_one(tmp_path):
    (tmp_path / "a.ttl").write_text("old", encoding="utf-8")
    assert write_set(tmp_path / "out", {"a.ttl": "x"}) == [tmp_path / "out" / "a.ttl"]
    write_set(tmp_path, {"a.ttl": "new", "b.jsonl": "new"})
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if p.is_file()} == {
        "a.ttl": "new", "b.jsonl": "new"}


# -- item 13: outputs and stores that cannot be written -------------------------------------------
def test_outputs_under_a_regular_file(runner, article, afile, sample_graph):
    failed_cleanly(runner.invoke(cli, ["build", str(article), "-o", str(afile / "sub")]),
                   f"{afile / 'sub'}: cannot write: Not a directory")
    failed_cleanly(runner.invoke(cli, ["export", sample_graph, "--format", "nt", "-o", str(afile / "x.nt")]),
                   f"{afile}: cannot write: exists and is not a folder")
    failed_cleanly(runner.invoke(cli, ["view", sample_graph, "-o", str(afile / "x.html")]), f"{afile}: cannot write")
    failed_cleanly(runner.invoke(cli, ["build", str(article), "--store", str(afile / "store")]),
                   f"{afile}: cannot write")


def test_outputs_in_a_place_nobody_can_write(runner, article, sample_graph):
    """/proc takes no new files, not even from root: the path that a folder without write permission takes."""
    failed_cleanly(runner.invoke(cli, ["build", str(article), "-o", "/proc/dealgraph-out"]),
                   "/proc/dealgraph-out: cannot write: ")
    failed_cleanly(runner.invoke(cli, ["export", sample_graph, "--format", "nt", "-o", "/proc/dealgraph.nt"]),
                   "/proc/dealgraph.nt: cannot write")


def test_a_store_in_a_place_nobody_can_write(runner, article, nlp):
    # its lock, beside it, is the first thing written there
    failed_cleanly(runner.invoke(cli, ["build", str(article), "--store", "/proc/dealgraph-store"]),
                   "/proc/dealgraph-store")


def test_folders_without_write_permission(runner, article, tmp_path, sample_graph, permissions_apply):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        failed_cleanly(runner.invoke(cli, ["build", str(article), "-o", str(locked / "out")]),
                       f"{locked / 'out'}: cannot write: Permission denied")
        failed_cleanly(runner.invoke(cli, ["export", sample_graph, "--format", "nt", "-o", str(locked / "x.nt")]),
                       f"{locked / 'x.nt'}: cannot write: Permission denied")
        failed_cleanly(runner.invoke(cli, ["build", str(article), "--store", str(locked / "store")]),
                       "Permission denied")
    finally:
        locked.chmod(0o755)


# -- damaged stores ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_store(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("small")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = folder / "store"
    graph.build([folder / "a.txt"], store=store, nlp=nlp)
    return store


def truncate_a_table(db: Path) -> None:
    table = min(db.glob("*.sst"))
    table.write_bytes(table.read_bytes()[:100])


def empty_current(db: Path) -> None:
    (db / "CURRENT").write_bytes(b"")


@pytest.mark.parametrize("damage", [truncate_a_table, empty_current])
def test_a_damaged_store_is_a_clean_error(runner, small_store, tmp_path, article, damage):
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    damage(store / "oxigraph")
    for args in (["query", str(store), "ASK { ?s ?p ?o }"], ["export", str(store), "--format", "nt"],
                 ["build", str(article), "--store", str(store)]):
        failed_cleanly(runner.invoke(cli, args), f"{store}: the store is damaged", "Corruption")


# -- inputs -----------------------------------------------------------------------------------------
def test_a_query_file_that_is_not_utf8(runner, sample_graph, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_bytes("SELECT ?s WHERE { ?s rdfs:label \"Caf\xe9\" }".encode("latin-1"))
    failed_cleanly(runner.invoke(cli, ["query", sample_graph, "-f", str(rq)]), f"{rq}: not UTF-8 text")
    failed_cleanly(runner.invoke(cli, ["query", sample_graph, "-f", str(tmp_path / "nope.rq")]),
                   "nope.rq: cannot be read: No such file")


def test_stdin_closed():
    process = run(["extract", "-"], "os.close(0)")
    failed_cleanly_in_a_process(process, "<stdin>: standard input is closed")


def test_devices_and_pipes_are_refused_not_read(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    # reading /dev/zero to its end would take all memory: with 2 GB, that fails fast instead
    process = run(["extract", "/dev/zero", str(fifo)], "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))")
    failed_cleanly_in_a_process(process, "/dev/zero: not a regular file but a character device",
                                f"{fifo}: not a regular file but a named pipe")


def deep_folder(top: Path) -> Path:
    """A subfolder of ``top`` whose path is longer than the system takes (PATH_MAX): it cannot be listed,
    by root either, as a folder without read permission cannot."""
    here = os.open(top, os.O_RDONLY)
    depth = 0
    while depth * 251 < 4200:
        os.mkdir("d" * 250, dir_fd=here)
        below = os.open("d" * 250, os.O_RDONLY, dir_fd=here)
        os.close(here)
        here, depth = below, depth + 1
    os.close(here)
    return top / "/".join(["d" * 250] * depth)


def test_a_subfolder_that_cannot_be_listed_is_reported(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    deep = deep_folder(tmp_path)
    errors = []
    assert [a.id for a in read_articles([tmp_path], errors)] == ["a"]
    assert [(e.source, e.reason) for e in errors] == [(str(deep), "folder cannot be read: File name too long")]
    shutil.rmtree(tmp_path / ("d" * 250))


def test_a_subfolder_without_read_permission_is_reported(runner, tmp_path, permissions_apply):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(OTHER, encoding="utf-8")
    locked.chmod(0)
    try:
        result = runner.invoke(cli, ["extract", str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1 and f"Error: {locked}: folder cannot be read: Permission denied" in result.output


def test_html_on_stdin_is_read_as_html(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    [article] = read_articles(["-"], [])
    assert article.title == "Kestrel raises money" and article.source == "<stdin>"
    assert "Series B round led by Northzone" in article.text
    assert "<" not in article.text and "Cookie settings" not in article.text


# -- endpoints and schedulers ------------------------------------------------------------------------
@pytest.mark.parametrize("endpoint", ["not-a-url", "file:///etc/passwd", "ftp://example.org/sparql",
                                      "http://[::1/query", "http://localhost:99999/query"])
def test_endpoints_that_are_not_http_urls(runner, sample_graph, endpoint):
    queried = runner.invoke(cli, ["query", "--endpoint", endpoint, "ASK { ?s ?p ?o }"])
    failed_cleanly(queried, f"{endpoint}: not a")
    assert "root:" not in queried.output  # file: URLs are not opened
    failed_cleanly(runner.invoke(cli, ["push", sample_graph, "--endpoint", endpoint]), f"{endpoint}: not a")


@pytest.mark.parametrize("address, why", [("tcp://127.0.0.1:1", "Timed out"), ("notanaddress", "missing port")])
def test_a_scheduler_that_does_not_answer(runner, article, tmp_path, monkeypatch, address, why):
    pytest.importorskip("distributed")
    monkeypatch.setattr(pipeline, "SCHEDULER_TIMEOUT", "1s")
    failed_cleanly(runner.invoke(cli, ["build", str(article), "--scheduler", address, "-o", str(tmp_path / "out")]),
                   f"scheduler {address}: cannot connect: {why}")
