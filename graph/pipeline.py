"""The main job: articles in, graph files out."""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .errors import DealgraphError, InputError, InputWarning
from .model import Article, Corpus, Extraction

GRAPH_FILE, HTML_FILE, FACTS_FILE = "graph.ttl", "graph.html", "facts.jsonl"


@dataclass
class BuildResult:
    """What a build made. ``corpus`` is the data model of the output files, or of what a build without files
    read; a first build into a store without files holds none in memory (None): ``load_corpus(store)`` reads it."""

    corpus: Corpus | None
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)
    store_update: object | None = None  # a graph.store.StoreUpdate when building into a store


def sample_paths() -> list[Path]:
    """The sample articles shipped inside the package."""
    from .resources import samples_dir

    return sorted(samples_dir().glob("*.txt"))


Progress = Callable[[int, int], None]  # (articles done, articles in all)


def read_corpus(paths: Iterable[str | Path], nlp=None, progress: Progress | None = None,
                errors: list[InputError] | None = None, jobs: int = 1, scheduler=None) -> Corpus:
    """Read, extract and resolve: the data model of everything in ``paths``."""
    from .ingest import read_articles
    from .resolution import resolve

    errors = errors if errors is not None else []
    articles = list(read_articles(paths, errors))
    return resolve(extract_all(articles, nlp=nlp, jobs=jobs, progress=progress, scheduler=scheduler, errors=errors))


CHUNK = 16  # articles per task when extracting in several processes
ChunkMap = Callable[[Callable, list], Iterable]  # map(fn, chunks): fn of each chunk, in order


@dataclass
class Runner:
    """Where chunked work runs: ``map`` in this process, in forked processes or on a Dask cluster."""

    map: ChunkMap
    local: bool  # in this process: live objects (a loaded nlp) can be passed as they are


SCHEDULER_TIMEOUT = "30s"  # to connect to a Dask scheduler


@contextmanager
def runner(jobs: int = 1, scheduler=None) -> Iterator[Runner]:
    """This process, ``jobs`` forked processes (sharing the model loaded here), or the Dask cluster
    at ``scheduler`` (an address or a Client; every worker needs dealgraph and its model)."""
    if scheduler is not None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise DealgraphError("--scheduler needs Dask: pip install 'dealgraph[distributed]'") from exc
        try:
            client = scheduler if isinstance(scheduler, Client) else Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, ValueError) as exc:  # ValueError: not an address ('missing port number')
            raise DealgraphError(f"scheduler {scheduler}: cannot connect: {exc}") from None
        try:
            ahead = max(64, 4 * sum(client.nthreads().values()))  # workers may join later
            yield Runner(partial(_map_ahead, partial(client.submit, pure=False), ahead=ahead), local=False)
        finally:
            if client is not scheduler:
                client.close()
    elif jobs > 1:
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        from .nlp import load_pipeline
        from .procs import tie_to_parent

        load_pipeline()  # loaded once here; forked workers share it
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                 initializer=tie_to_parent, initargs=(os.getpid(),)) as pool:
            yield Runner(partial(_map_ahead, pool.submit, ahead=16 * jobs), local=False)
    else:
        yield Runner(map, local=True)


def _map_ahead(submit: Callable, fn: Callable, chunks: list, ahead: int) -> Iterator:
    """``map(fn, chunks)`` through ``submit`` (a pool's or a Dask client's), in order, but never more
    than ``ahead`` chunks submitted and not yet consumed: results wait in memory only as long as a
    slow consumer needs, and a Dask scheduler is not handed a whole corpus at once (``map`` of
    either submits everything)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(fn, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_all(articles: list[Article], nlp=None, jobs: int = 1, progress: Progress | None = None,
                scheduler: str | None = None, errors: list[InputError] | None = None) -> list[Extraction]:
    """Extract every article, in ``jobs`` processes or on the Dask cluster at ``scheduler``;
    the result is the same as the serial run, in input order."""
    with runner(jobs if len(articles) > CHUNK else 1, scheduler) as run:
        return extract_on(run, articles, nlp=nlp, progress=progress, errors=errors)


def extract_on(run: Runner, articles: list[Article], nlp=None, progress: Progress | None = None,
               errors: list[InputError] | None = None) -> list[Extraction]:
    """Extract ``articles`` chunk by chunk where ``run`` runs them (``nlp`` is used in this process only).

    An article whose extraction failed is left out and reported in ``errors`` (raised without it);
    one read only in part is kept, and reported there as an :class:`InputWarning`."""
    return list(iter_extract(run, articles, nlp=nlp, progress=progress, errors=errors))


def iter_extract(run: Runner, articles: list[Article], nlp=None, progress: Progress | None = None,
                 errors: list[InputError] | None = None) -> Iterator[Extraction]:
    """:func:`extract_on`, each extraction given as soon as its chunk is done: a consumer that keeps only
    what it needs of each holds no corpus of extractions."""
    work = partial(_extract_chunk, nlp=nlp) if run.local else _extract_chunk
    done = 0
    for part in run.map(work, (articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK))):
        for ex in part:
            if errors is not None:
                errors.extend(InputWarning(ex.article.source or ex.article.id, w) for w in ex.warnings)
            if ex.error is None:
                yield ex
                continue
            failure = InputError(ex.article.source or ex.article.id, ex.error)
            if errors is None:
                raise failure
            errors.append(failure)
        done += len(part)
        if progress:
            progress(done, len(articles))


def _extract_chunk(articles: list[Article], nlp=None) -> list[Extraction]:
    from .extraction import extract

    return list(extract(articles, nlp=nlp))


def build(paths: Iterable[str | Path] | None = None, out_dir: str | Path | None = None, *, nlp=None,
          progress: Progress | None = None, title: str | None = None, store: str | Path | None = None,
          jobs: int = 1, scheduler=None) -> BuildResult:
    """Build the graph of ``paths`` (the shipped samples when None). With ``out_dir``, write
    graph.ttl, graph.html and facts.jsonl there; with ``store``, bring that Oxigraph store
    up to date (incrementally, see :mod:`graph.store`). Unreadable inputs are collected in ``errors``."""
    from .export import generate, make_folder, write_set
    from .ingest import read_articles
    from .store import store_lock, update_store

    started = time.perf_counter()
    for folder in (out_dir, Path(store).parent if store is not None else None):
        if folder is not None:
            make_folder(folder)  # before the long part: an output that cannot be written fails at once
    paths = list(paths) if paths else sample_paths()
    errors: list[InputError] = []
    # a store is locked from the first read to the last: a second build of it stops at once
    with store_lock(store) if store is not None else nullcontext():
        articles = list(read_articles(paths, errors))
        if not articles:
            raise DealgraphError("no article could be read" + (": " + "; ".join(str(e) for e in errors) if errors else ""))
        update = None
        if store is not None:
            with runner(jobs, scheduler) as run:
                update = update_store(store, articles, lambda todo: iter_extract(run, todo, nlp=nlp, progress=progress,
                                                                                 errors=errors), run.map)
            # the files show the whole store; without them, what this build read is enough
            corpus = load_corpus(store) if out_dir is not None else update.corpus
        else:
            from .resolution import resolve

            corpus = resolve(extract_all(articles, nlp=nlp, jobs=jobs, progress=progress, scheduler=scheduler,
                                         errors=errors))
    result = BuildResult(corpus, errors, store_update=update)
    if out_dir is not None:
        from .network import build_graph
        from .view import render_html

        label = title or f"dealgraph: {len(corpus.articles)} articles"
        source = "the sample articles" if paths == sample_paths() else ", ".join(Path(str(p)).name for p in paths[:3]) + (
            f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        network = build_graph(corpus)
        subtitle = (f"{network.number_of_nodes()} nodes, {network.number_of_edges()} edges from {source}; "
                    f"built {built_at()}")
        # one set: a failure leaves the previous graph.ttl, graph.html and facts.jsonl, or none
        result.written = write_set(out_dir, {GRAPH_FILE: generate(corpus, "turtle"),
                                             HTML_FILE: render_html(network, title=label, subtitle=subtitle),
                                             FACTS_FILE: generate(corpus, "facts")})
    result.seconds = time.perf_counter() - started
    return result


def built_at() -> str:
    """Now, in UTC to the minute; SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes it."""
    import os
    from datetime import datetime, timezone

    seconds = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def load_corpus(graph_path: str | Path) -> Corpus:
    """The data model of a saved graph file."""
    from .store import GraphStore, is_store

    if is_store(graph_path):
        store = GraphStore(graph_path, read_only=True)
        return store.corpus()
    from .export import read_graph
    from .rdf import corpus_from_rdf

    return corpus_from_rdf(read_graph(graph_path))
