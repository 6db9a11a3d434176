"""The Oxigraph store: incremental builds, atomic updates, and every command reading a store."""
import gc
import multiprocessing
import os
import shutil
import subprocess
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait

import pyoxigraph
import pytest

import graph
from graph import store as store_module
from graph.cli import cli
from graph.pipeline import read_corpus, sample_paths
from graph.pipeline import runner as chunk_runner
from graph.rdf import to_nquads
from graph.store import GraphStore, is_store
from graph.store_index import INDEX_GRAPH


def dump(path) -> set:
    s = GraphStore(path, read_only=True)
    try:
        return set(s.db.quads_for_pattern(None, None, None, None))
    finally:
        del s.db


def assert_default_graph_is_the_union(path) -> None:
    """A store's default graph holds every triple of its named graphs but the index, and nothing else."""
    quads = dump(path)
    index = pyoxigraph.NamedNode(str(INDEX_GRAPH))
    default = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name == pyoxigraph.DefaultGraph()}
    named = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name not in (pyoxigraph.DefaultGraph(), index)}
    assert default == named


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for p in sample_paths()[:4]:
        shutil.copy(p, folder / p.name)
    return folder


def test_incremental_builds(news, tmp_path, nlp):
    store = tmp_path / "store"
    built = graph.build([news], store=store, nlp=nlp)
    first = built.store_update
    assert is_store(store) and len(first.added) == 4
    assert built.corpus is None  # a first build holds no corpus in memory: the store has it
    assert_default_graph_is_the_union(store)
    before = dump(store)
    [[tencent]] = GraphStore(store, read_only=True).query(
        'SELECT DISTINCT ?l WHERE { ?e a dg:Organization ; rdfs:label ?l ; rdfs:label|dg:alias "Tencent" }')

    again = graph.build([news], store=store, nlp=nlp).store_update
    assert again.added == again.replaced == [] and len(again.unchanged) == 4
    assert dump(store) == before  # the same articles again change nothing

    (news / "medlinker.txt").write_text("Medlinker lands funding\n\nChengdu-based Medlinker has raised $50 million in "
                                        "a Series C round led by Tencent. Sequoia Capital China also joined.",
                                        encoding="utf-8")
    built = graph.build([news], store=store, nlp=nlp)
    added = built.store_update
    assert added.added == ["medlinker"] and len(added.unchanged) == 4
    assert {f.subject for f in built.corpus.facts if f.relation == "raised"} == {"Medlinker"}  # what it read
    rows = {tuple(str(v) for v in r) for r in GraphStore(store, read_only=True).query(
        'SELECT ?who WHERE { ?i dg:ledRound ?c . ?c rdfs:label "Medlinker" . ?i rdfs:label ?who }')}
    assert rows == {(str(tencent),)}  # "Tencent" resolved onto the stored entity
    assert_default_graph_is_the_union(store)

    (news / "medlinker.txt").write_text("Medlinker lands funding\n\nChengdu-based Medlinker has raised $80 million in "
                                        "a Series D round led by Hillhouse Capital.", encoding="utf-8")
    replaced = graph.build([news], store=store, nlp=nlp).store_update
    assert replaced.replaced == ["medlinker"]
    s = GraphStore(store, read_only=True)
    leads = {str(r[0]) for r in s.query('SELECT ?who WHERE { ?i dg:ledRound ?c . ?c rdfs:label "Medlinker" . '
                                        '?i rdfs:label ?who }')}
    assert leads == {"Hillhouse Capital"}  # the old facts of the article are gone
    assert graph.validate(s.dataset()).conforms
    assert_default_graph_is_the_union(store)


def test_a_fact_told_twice_is_one_fact_until_both_articles_change(tmp_path, nlp):
    news, store = tmp_path / "news", tmp_path / "store"
    news.mkdir()
    told = "Medlinker lands funding\n\nChengdu-based Medlinker has raised $50 million in a Series C round led by {}."
    for name in ("one.txt", "two.txt"):
        (news / name).write_text(told.format("Tencent"), encoding="utf-8")
    leads = 'SELECT ?who WHERE { ?i dg:ledRound ?c . ?c rdfs:label "Medlinker" . ?i rdfs:label ?who } ORDER BY ?who'

    def answer() -> list[str]:
        s = GraphStore(store, read_only=True)
        try:
            return [str(row[0]) for row in s.query(leads)]
        finally:
            del s.db

    graph.build([news], store=store, nlp=nlp)
    assert answer() == ["Tencent"]  # once, though two articles say it
    (news / "one.txt").write_text(told.format("Hillhouse Capital"), encoding="utf-8")
    graph.build([news], store=store, nlp=nlp)
    assert answer() == ["Hillhouse Capital", "Tencent"]  # the other article still says Tencent led
    assert_default_graph_is_the_union(store)
    (news / "two.txt").write_text(told.format("Hillhouse Capital"), encoding="utf-8")
    graph.build([news], store=store, nlp=nlp)
    assert answer() == ["Hillhouse Capital"]
    assert_default_graph_is_the_union(store)


def test_a_store_of_another_format_is_refused(runner, news, tmp_path):
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(news), "--store", str(store)]).exit_code == 0
    (store / "dealgraph-store.json").write_text('{"format": 1}', encoding="utf-8")
    for args in (["query", str(store), "ASK {}"], ["build", str(news), "--store", str(store)]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1 and "format 1" in result.output and "Traceback" not in result.output


def test_a_new_store_holds_the_database_and_its_marker_only(news, tmp_path, nlp):
    """What a first build spills to disk while it reads is gone, and a store opened to read closes."""
    store = tmp_path / "store"
    graph.build([news], store=store, nlp=nlp)
    assert sorted(p.name for p in store.iterdir()) == ["dealgraph-store.json", "oxigraph"]
    opened = GraphStore(store, read_only=True)
    assert all(opened.stored_hash(p.stem) for p in news.iterdir())
    opened.close()


def test_a_failed_update_leaves_the_store_as_it_was(news, tmp_path, nlp, monkeypatch):
    store = tmp_path / "store"
    graph.build([news], store=store, nlp=nlp)
    before = dump(store)
    (news / "extra.txt").write_text("Acme Health has raised $5 million from Tembo Capital.", encoding="utf-8")
    real = store_module._update_text
    monkeypatch.setattr(store_module, "_update_text", lambda *a, **k: real(*a, **k) + " ;\nTHIS IS NOT SPARQL")
    with pytest.raises(SyntaxError):
        graph.build([news], store=store, nlp=nlp)
    assert dump(store) == before


def test_a_failed_first_build_leaves_no_store(news, tmp_path, nlp, monkeypatch):
    store = tmp_path / "store"

    class Killed(BaseException):
        pass

    def crash(*args, **kwargs):
        raise Killed

    monkeypatch.setattr(pyoxigraph.Store, "bulk_load", crash)
    with pytest.raises(Killed):
        graph.build([news], store=store, nlp=nlp)
    assert not is_store(store)
    monkeypatch.undo()
    graph.build([news], store=store, nlp=nlp)  # and the next build works
    assert is_store(store)


def test_commands_read_a_store(runner, news, tmp_path):
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(news), "--store", str(store)]).exit_code == 0
    assert not (tmp_path / "out").exists()
    query = runner.invoke(cli, ["query", str(store), "--named", "people", "-p", "organization=PillPack", "--format", "csv"])
    assert query.exit_code == 0 and "founder" in query.output
    assert runner.invoke(cli, ["validate", str(store)]).exit_code == 0
    assert runner.invoke(cli, ["export", str(store), "--format", "trig", "-o", str(tmp_path / "g.trig")]).exit_code == 0
    assert runner.invoke(cli, ["view", str(store), "-o", str(tmp_path / "g.html")]).exit_code == 0
    refused = runner.invoke(cli, ["query", str(store), "DELETE WHERE { ?s ?p ?o }"])
    assert refused.exit_code == 1 and "not allowed" in refused.output
    not_a_store = runner.invoke(cli, ["build", str(news), "--store", str(news)])
    assert not_a_store.exit_code == 1 and "not a dealgraph store" in not_a_store.output


@pytest.fixture()
def many(tmp_path):
    """The samples four times over: enough articles for several extraction tasks."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(4):
        for p in sample_paths():
            shutil.copy(p, folder / f"{i}-{p.name}")
    return folder


def test_jobs_give_the_same_output(many, nlp):
    serial = read_corpus([many], nlp=nlp)
    parallel = read_corpus([many], nlp=nlp, jobs=2)
    assert parallel.facts == serial.facts and parallel.entities == serial.entities


@pytest.fixture()
def collected():
    """Garbage of earlier tests collected here: pyoxigraph results must be freed on the thread
    that made them, and the in-process Dask cluster runs the collector on its own threads."""
    gc.collect()


def test_a_dask_cluster_gives_the_same_output(many, nlp, collected):
    distributed = pytest.importorskip("distributed")
    serial = read_corpus([many], nlp=nlp)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_cluster = read_corpus([many], scheduler=client)
    assert on_cluster.facts == serial.facts and on_cluster.entities == serial.entities


def test_a_dask_cluster_is_handed_chunks_a_few_at_a_time(collected):
    distributed = pytest.importorskip("distributed")
    chunks = [[i] for i in range(300)]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client, chunk_runner(scheduler=client) as run:
        results = run.map(sum, chunks)
        first = next(results)
        held = len(client.futures)  # submitted and not yet consumed
        assert [first, *results] == list(range(300))
    assert 0 < held <= 64


def test_build_on_a_scheduler_address(runner, news, tmp_path, collected):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = runner.invoke(cli, ["build", str(news), "--scheduler", cluster.scheduler_address, "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "graph.ttl").is_file()


def _quads(nquads: bytes) -> set:
    return set(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS))


def test_nquads_in_chunks_are_the_dataset(nlp):
    corpus = read_corpus(sample_paths(), nlp=nlp)
    hashes = {a.id: store_module.content_hash(a.id) for a in corpus.articles}
    whole = _quads(graph.to_rdf(corpus, hashes=hashes).serialize(format="nquads", encoding="utf-8"))
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        parts = list(to_nquads(corpus, hashes=hashes, map_chunks=pool.map, chunk=3))
    assert len(parts) == 1 + 4  # the entities, then 10 articles 3 at a time
    assert _quads(b"".join(parts)) == whole


def test_a_store_built_by_two_jobs_is_the_serial_store(many, tmp_path, nlp):
    graph.build([many], store=tmp_path / "serial", nlp=nlp)
    graph.build([many], store=tmp_path / "parallel", jobs=2)
    serial = dump(tmp_path / "serial")
    assert dump(tmp_path / "parallel") == serial
    graphs = {q.graph_name for q in serial if isinstance(q.graph_name, pyoxigraph.NamedNode)}
    assert len(graphs) == 4 * len(sample_paths()) + 2  # the articles, the entities and the index


def test_named_queries_answer_alike_on_a_store_and_a_graph_file(sample_graph, tmp_path, nlp):
    """Oxigraph and rdflib, the same articles: every named query gives the same rows, row for row (a fact told
    by several articles sits in several named graphs; it must not come back twice)."""
    from graph.export import read_graph
    from graph.query import named_queries, run_query

    def value(term):  # 5E8 and 500000000.00 are one decimal, whichever way an engine writes it
        return term.toPython() if term is not None else None

    graph.build(None, tmp_path / "out", store=tmp_path / "store", nlp=nlp)
    store, rdf = GraphStore(tmp_path / "store", read_only=True), read_graph(sample_graph)
    for name, q in named_queries().items():
        on_store = [tuple(map(value, row)) for row in store.query(q.render())]
        on_file = [tuple(map(value, row)) for row in run_query(rdf, q.render())]
        assert on_store == on_file, name
        assert on_store, name  # the defaults name things in the samples, so there are rows to compare


def test_a_store_gives_back_the_dataset_of_its_articles(tmp_path, nlp):
    """Entities in the default graph and one graph per article, as a graph file has them; the store's
    own default graph (the union) is not given back a second time."""
    from rdflib import Dataset, Literal

    from graph.rdf import DG, ENTITIES_GRAPH, to_rdf

    graph.build(None, store=tmp_path / "store", nlp=nlp)
    back = GraphStore(tmp_path / "store", read_only=True).dataset()
    made = to_rdf(graph.build(None, nlp=nlp).corpus)  # the samples' graph, built without a store

    def quads(ds: Dataset) -> set:  # Oxigraph writes 5E8 where rdflib kept 500000000.00: compare values
        return {(s, p, o.toPython() if isinstance(o, Literal) else o, g)
                for s, p, o, g in ds.quads((None, None, None, None)) if p != DG.contentHash}

    assert quads(back) == quads(made)
    assert ENTITIES_GRAPH not in {g.identifier for g in back.graphs()}


def test_a_store_built_step_by_step_is_the_store_built_at_once(tmp_path, nlp):
    """Adding articles, then changing one, gives the store that one build of the final articles gives:
    the entities graph is patched, not rewritten, so what it lost and gained must be right."""
    news = tmp_path / "news"
    news.mkdir()
    paths = sample_paths()
    for p in paths[: len(paths) // 2]:
        shutil.copy(p, news / p.name)
    step = tmp_path / "step"
    graph.build([news], store=step, nlp=nlp)
    for p in paths:
        shutil.copy(p, news / p.name)
    graph.build([news], store=step, nlp=nlp)
    changed = news / paths[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("million", "billion"), encoding="utf-8")
    assert graph.build([news], store=step, nlp=nlp).store_update.replaced == [paths[0].stem]
    graph.build([news], store=tmp_path / "once", nlp=nlp)

    assert dump(step) == dump(tmp_path / "once")  # every quad, the index too
    assert_default_graph_is_the_union(step)


def test_entities_the_store_already_has_are_not_written_again(tmp_path, nlp):
    """The entities graph is patched by what changed; the store writes 5E8 for 500000000.00, and that
    is no change (else every funding total would be deleted and written again on every build). A copy
    of a stored article names only stored entities and adds no amount: the entities stay as they are."""
    from dataclasses import replace

    from graph.extraction import extract
    from graph.rdf import ENTITIES_GRAPH
    from graph.store_index import StoreIndex

    graph.build(None, store=tmp_path / "store", nlp=nlp)
    [ex] = extract(list(graph.read_articles(sample_paths()[:1])), nlp=nlp)
    copy = replace(ex, article=replace(ex.article, id="copy"), facts=[replace(f, article="copy") for f in ex.facts])
    store = GraphStore(tmp_path / "store", read_only=True)
    update = store_module._update_text(StoreIndex(store.db), [copy], {"copy": "0"}, store_module.StoreUpdate())
    assert "GRAPH <https://w3id.org/dealgraph/id/article/copy>" in update and f"<{ENTITIES_GRAPH}>" not in update


# ---------------------------------------------------------------------------
# one build at a time, and ids that stay one article's

DEALGRAPH = [sys.executable, "-m", "graph.cli"]
BUSY = "another dealgraph build is writing this store; run this one again when it has finished"


def test_two_builds_into_one_new_store_one_wins_and_the_other_stops_with_an_error(tmp_path):
    """Two processes build into one new store. A build takes the store's lock before it reads its input
    (stdin here, which the test holds open), so the build that did not get the lock is the only one
    that can exit, and the winner goes on once it has: exactly one succeeds, whatever the timing."""
    store = tmp_path / "store"
    command = [*DEALGRAPH, "build", "-", "--store", str(store)]
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    with subprocess.Popen(command, **pipes) as one, subprocess.Popen(command, **pipes) as two, \
            ThreadPoolExecutor(2) as pool:
        try:
            exits = {pool.submit(b.wait): b for b in (one, two)}
            done, _ = wait(exits, timeout=60, return_when=FIRST_COMPLETED)
            assert len(done) == 1, "without a lock, both builds wait for their input"
            loser = exits[done.pop()]
            winner = two if loser is one else one
            out, err = winner.communicate("Orbit Labs raises $5 million\n\nBerlin-based Orbit Labs has raised $5 "
                                          "million in a seed round led by Kestrel Ventures.", timeout=300)
            lost = loser.communicate()[1]
        finally:
            for b in (one, two):
                if b.poll() is None:
                    b.kill()
    assert (winner.returncode, err) == (0, ""), err
    assert out.startswith(f"store {store}: 1 articles added")
    assert (loser.returncode, lost) == (1, f"Error: {store}: {BUSY}\n")
    assert GraphStore(store, read_only=True).query("ASK { ?a dg:articleId 'stdin' }").askAnswer
    assert os.listdir(tmp_path) == ["store"]  # no lock file, no partial folder left


def holding_the_lock(store):
    """Another process that holds the lock of ``store`` until its stdin closes."""
    code = "import sys\nfrom graph.store import store_lock\nwith store_lock(sys.argv[1]):\n" \
           "    print('held', flush=True)\n    sys.stdin.read()"
    return subprocess.Popen([sys.executable, "-c", code, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)


def test_a_build_stops_at_once_while_another_holds_the_store(runner, news, tmp_path, nlp):
    store = tmp_path / "store"
    with holding_the_lock(store) as holder:
        assert holder.stdout.readline() == "held\n"
        result = runner.invoke(cli, ["build", str(news), "--store", str(store)])
        holder.communicate("")
    assert result.exit_code == 1 and result.stderr == f"Error: {store}: {BUSY}\n"
    assert not store.exists()
    graph.build([news], store=store, nlp=nlp)  # free again once the holder has gone
    before = dump(store)
    (news / "extra.txt").write_text("Acme Health has raised $5 million from Tembo Capital.", encoding="utf-8")
    with holding_the_lock(store) as holder:
        assert holder.stdout.readline() == "held\n"
        result = runner.invoke(cli, ["build", str(news), "--store", str(store)])
        holder.communicate("")
    assert result.exit_code == 1 and BUSY in result.stderr and "Traceback" not in result.output
    assert dump(store) == before


def test_a_first_build_leaves_a_folder_beside_the_store_alone(news, tmp_path, nlp):
    mine = tmp_path / "store.partial"
    mine.mkdir()
    (mine / "notes.txt").write_text("not dealgraph's", encoding="utf-8")
    graph.build([news], store=tmp_path / "store", nlp=nlp)
    assert is_store(tmp_path / "store") and (mine / "notes.txt").read_text(encoding="utf-8") == "not dealgraph's"
    assert sorted(os.listdir(tmp_path)) == ["news", "store", "store.partial"]


ROUND = "Orbit Labs raises money\n\nBerlin-based Orbit Labs has raised ${} million in a seed round led by {}."


def amounts(store) -> dict[str, float]:
    rows = GraphStore(store, read_only=True).query(
        "SELECT ?id ?usd WHERE { GRAPH ?g { ?r dg:fundedCompany ?c ; dg:amountUSD ?usd . "
        "?a dg:articleId ?id } }")
    return {str(i): float(u) for i, u in rows}


def test_files_of_one_name_in_two_folders_are_two_articles(tmp_path, nlp):
    news, store = tmp_path / "news", tmp_path / "store"
    for year, amount in (("2023", 5), ("2024", 7)):
        (news / year).mkdir(parents=True)
        (news / year / "report.txt").write_text(ROUND.format(amount, "Kestrel Ventures"), encoding="utf-8")
    assert graph.build([news], store=store, nlp=nlp).store_update.added == ["2023/report", "2024/report"]
    (news / "2024" / "report.txt").write_text(ROUND.format(9, "Kestrel Ventures"), encoding="utf-8")
    update = graph.build([news], store=store, nlp=nlp).store_update
    assert (update.replaced, update.unchanged) == (["2024/report"], ["2023/report"])
    assert amounts(store) == {"2023/report": 5e6, "2024/report": 9e6}


def test_ids_that_differ_in_case_are_two_articles(tmp_path, nlp):
    news, store = tmp_path / "news", tmp_path / "store"
    news.mkdir()
    (news / "Report.txt").write_text(ROUND.format(5, "Kestrel Ventures"), encoding="utf-8")
    (news / "report.txt").write_text(ROUND.format(7, "Heron Capital"), encoding="utf-8")
    graph.build([news], store=store, nlp=nlp)
    again = graph.build([news], store=store, nlp=nlp).store_update
    assert (again.added, again.unchanged) == ([], ["Report", "report"])
    assert amounts(store) == {"Report": 5e6, "report": 7e6}
    assert_default_graph_is_the_union(store)
