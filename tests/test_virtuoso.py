"""A second real triple store: Virtuoso Open Source (Debian's virtuoso-opensource), started once for this module
on loopback ports. ``push`` loads a store with a login, and every named query gives the local store's rows."""
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

import graph
from graph.cli import cli
from graph.pipeline import sample_paths
from graph.query import named_queries
from graph.server import free_port

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="Virtuoso is not installed: apt-get install "
                                                           "virtuoso-opensource (.ci/run installs it)")
ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "dba"  # the password of a new Virtuoso database's dba account
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 2000
MaxDirtyBuffers = 1500
DirsAllowed = {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
"""


def start_virtuoso(folder: Path) -> tuple[subprocess.Popen, str]:
    """A new Virtuoso database in ``folder``, answering at the returned URL once it does."""
    http = free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=free_port(), http=http))
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/sparql?query=ASK%7B%7D", timeout=2) as answer:
                answer.read()
            return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                log = folder / "virtuoso.log"
                pytest.fail("Virtuoso did not start: " + (log.read_text(errors="replace")[-2000:] if log.exists() else ""))
            time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    process, url = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield url
    stop(process)


@pytest.fixture(scope="module")
def deals_store(tmp_path_factory, nlp):
    """The shipped samples and synthetic deal news (scripts/gen_corpus.py): hubs with more than 25 paths of three
    links between them, rounds of the same amount, and links told by several articles."""
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "scripts" / "gen_corpus.py")
    gen_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen_corpus)
    folder = tmp_path_factory.mktemp("deals")
    with open(folder / "synthetic.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(record) + "\n" for record in gen_corpus.generate(80))
    store = folder / "store"
    graph.build([*sample_paths(), folder / "synthetic.jsonl"], store=store, nlp=nlp)
    return store


@pytest.fixture(scope="module")
def pushed(runner, virtuoso, deals_store):
    result = runner.invoke(cli, ["push", str(deals_store), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
                                 "--user", "dba", "--password-env", "VT_TEST_PASSWORD"],
                           env={"VT_TEST_PASSWORD": PASSWORD})
    assert result.exit_code == 0, result.output
    assert "pushed 91 graphs" in result.output  # 10 samples, 80 synthetic articles, the entities
    return deals_store


def parameter_sets(store) -> list[tuple[str, dict[str, str]]]:
    """Every named query with its defaults, and with the busiest names of the store (hubs, long lists, ties)."""
    from graph.store import GraphStore

    db = GraphStore(store, read_only=True)

    def busiest(pattern: str, n: int = 2) -> list[str]:
        rows = db.query(f"SELECT ?n (COUNT(*) AS ?k) WHERE {{ {pattern} ?x rdfs:label ?n }} "
                        f"GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT {n}")
        return [str(row[0]) for row in rows]

    investors, companies = busiest("?x dg:investedIn ?c .", 3), busiest("?i dg:investedIn ?x .")
    article = str(next(iter(db.query("SELECT ?id WHERE { ?a dg:articleId ?id } ORDER BY DESC(?id) LIMIT 1")))[0])
    given = {"company": companies + busiest("?x dg:acquired ?t ."), "investor": investors, "entity": companies,
             "organization": busiest("?p dg:executiveOf ?x ."), "article": [article], "limit": ["3", "40"]}
    runs = []
    for name, q in named_queries().items():
        runs.append((name, {}))
        if name == "path":
            runs += [(name, {"from": a, "to": b}) for a in investors for b in investors + companies if a != b]
        for key in q.params:
            runs += [(name, {key: value}) for value in given.get(key, [])]
    return runs


def test_every_named_query_gives_the_local_rows_on_virtuoso(runner, virtuoso, pushed):
    runs = parameter_sets(pushed)
    assert len(runs) > 30
    for name, params in runs:
        args = ["--named", name, "--format", "json"] + [f"-p{k}={v}" for k, v in params.items()]
        local = runner.invoke(cli, ["query", str(pushed), *args])
        remote = runner.invoke(cli, ["query", "--endpoint", f"{virtuoso}/sparql", *args])
        assert local.exit_code == 0 and remote.exit_code == 0, (local.output, remote.output)
        assert json.loads(remote.output) == json.loads(local.output), (name, params)


def test_a_link_told_by_two_articles_is_one_path(runner, virtuoso, pushed):
    """Virtuoso's default graph is the union of the graphs, where a link told by two articles is there twice."""
    from graph.store import GraphStore

    told_twice = ("SELECT ?a ?b WHERE { { SELECT ?s ?o WHERE { GRAPH ?g { ?s dg:investedIn ?o } } GROUP BY ?s ?o "
                  "HAVING (COUNT(?g) > 1) ORDER BY ?s ?o LIMIT 1 } ?s rdfs:label ?a . ?o rdfs:label ?b }")
    first, second = next(iter(GraphStore(pushed, read_only=True).query(told_twice)))
    path = runner.invoke(cli, ["query", "--endpoint", f"{virtuoso}/sparql", "--named", "path", "-p", f"from={first}",
                               "-p", f"to={second}", "--format", "csv"])
    assert path.exit_code == 0, path.output
    assert [row for row in path.output.splitlines() if row.startswith("1,")] == ["1,,"]


def test_authenticated_query_endpoint(runner, virtuoso, pushed):
    result = runner.invoke(cli, ["query", "--endpoint", f"{virtuoso}/sparql-auth", "--named", "people", "--user", "dba",
                                 "--password-env", "VT_TEST_PASSWORD", "--format", "csv"],
                           env={"VT_TEST_PASSWORD": PASSWORD})
    assert result.exit_code == 0, result.output
    assert "Jerry Liao Jieyuan,founder,WeDoctor" in result.output
    anonymous = runner.invoke(cli, ["query", "--endpoint", f"{virtuoso}/sparql-auth", "ASK { ?s ?p ?o }"])
    assert anonymous.exit_code == 1 and "401" in anonymous.output and "--password-env" in anonymous.output


def test_a_wrong_password_is_refused_without_showing_it(runner, virtuoso, sample_graph):
    secret = "not-the-password-4711"
    for command in (["push", sample_graph, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth"],
                    ["query", "--endpoint", f"{virtuoso}/sparql-auth", "ASK { ?s ?p ?o }"]):
        result = runner.invoke(cli, [*command, "--user", "dba", "--password-env", "VT_TEST_PASSWORD"],
                               env={"VT_TEST_PASSWORD": secret})
        assert result.exit_code == 1 and "401" in result.output and "check --user and its password" in result.output
        assert secret not in result.output and "Traceback" not in result.output


def test_a_password_variable_that_is_not_set_is_a_clear_error(runner, virtuoso, sample_graph):
    result = runner.invoke(cli, ["push", sample_graph, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
                                 "--user", "dba", "--password-env", "VT_TEST_UNSET"], env={"VT_TEST_UNSET": None})
    assert result.exit_code == 1
    assert "Error: --password-env VT_TEST_UNSET: the environment variable VT_TEST_UNSET is not set" in result.output
    alone = runner.invoke(cli, ["push", sample_graph, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
                                "--user", "dba"])
    assert alone.exit_code == 2 and "--user and --password-env go together" in alone.output
