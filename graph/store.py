"""A persistent, incremental graph store on disk, in Oxigraph (pyoxigraph).

Layout of a store folder: ``dealgraph-store.json`` (a marker) and ``oxigraph/``
(the database). Inside, each article is a named graph holding its metadata, a
hash of its text and everything read from it, as in every dealgraph dataset;
the entities are in the named graph ``id:graph/entities``, and the store's index of
its entities in ``id:graph/index`` (see :mod:`graph.store_index`). The default graph
holds the union of all graphs but the index, written out: a store is queried as is, not in
Oxigraph's union-default-graph mode. That mode looks every pattern up twice
(in the default and in the named graphs) and gives a triple said by several
articles once per article, where SPARQL (and rdflib) give it once; the union
written out answers the same queries about twice as fast, and right. It costs
about half as much disk again. :meth:`GraphStore.dataset` gives the store back
in the shape of every other dealgraph dataset (entities in the default graph).

Building into a store is incremental, at a cost that grows with the change and not with the store:

* an article already stored with the same text changes nothing;
* a new article adds its graph; an article whose text changed replaces its graph;
* the entities of new and changed articles are resolved against the store's index of
  its entities (:mod:`graph.store_index`, in a named graph of its own): only the
  entities they name are read and written, and only the stored articles that name an
  entity whose name or type changed are written again. The result is the store that
  one build of all the articles gives, quad for quad.

A first build writes a new store beside the target, in a folder of its own, and
renames it into place; later builds apply all their changes in one SPARQL update,
which Oxigraph runs as a transaction. A build killed midway leaves the store as it
was. One build at a time writes a store: see :func:`store_lock`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from .errors import GraphFileError, StoreError
from .model import MONEY_RELATIONS, Article, Corpus, Entity, Extraction, Fact
from .rdf import RELATION, SPARQL_PREFIXES, own_date

if TYPE_CHECKING:
    from .resolution import Resolved

MARKER = "dealgraph-store.json"
DB = "oxigraph"
FORMAT = 4  # 1: entities in the default graph, queried in union mode; 2: no index of entities; 3: no dg:linkedTo


def is_store(path: str | Path) -> bool:
    return (Path(path) / MARKER).is_file()


def check_store(path: Path) -> None:
    """Raise GraphFileError unless ``path`` is a store that this version of dealgraph reads."""
    if not is_store(path):
        raise GraphFileError(f"{path}: not a dealgraph store (no {MARKER}; build one with "
                             f"'dealgraph build PATH --store DIR')")
    try:
        made = json.loads((path / MARKER).read_text(encoding="utf-8")).get("format")
    except (OSError, ValueError, AttributeError) as exc:
        raise GraphFileError(f"{path / MARKER}: unreadable ({exc})") from None
    if made != FORMAT:
        raise GraphFileError(f"{path}: a store of format {made}, made by another version of dealgraph "
                             f"(this one reads format {FORMAT}); build it again into a new folder")


_held: set[Path] = set()  # the lock files this process holds


@contextmanager
def store_lock(path: str | Path) -> Iterator[None]:
    """Hold the build lock of the store at ``path`` (which need not exist yet) while the block runs.

    Another build of the same store, a first build or an update, in any process, fails at once with
    :class:`StoreError` rather than waiting. The lock is an flock on ``.NAME.dealgraph-lock`` beside
    the store, so it also covers the rename that puts a new store in place; the kernel drops it when
    its process dies, and the file is removed on release. Whoever opened the file before it was
    removed finds, once locked, that it is no longer the file at its path, and starts again.
    Re-entrant within a process (a build holds it from its first read, ``update_store`` again)."""
    import fcntl

    target = Path(path).resolve()
    lock = target.with_name(f".{target.name}.dealgraph-lock")
    if lock in _held:
        yield
        return
    while True:
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreError(f"{path}: another dealgraph build is writing this store; "
                             f"run this one again when it has finished") from None
        try:
            mine = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            mine = False
        if mine:
            break
        os.close(fd)
    _held.add(lock)
    try:
        yield
    finally:
        _held.discard(lock)
        lock.unlink(missing_ok=True)
        os.close(fd)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class StoreUpdate:
    added: list[str] = field(default_factory=list)  # article ids
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rewritten: list[str] = field(default_factory=list)  # stored articles rewritten because an entity was renamed
    corpus: Corpus | None = None  # what an update read; None for a first build, which holds no corpus in memory


class GraphStore:
    """An open store folder; see the module docstring."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        import pyoxigraph

        self.path = Path(path)
        self.read_only = read_only
        check_store(self.path)
        try:
            self.db = pyoxigraph.Store.read_only(str(self.path / DB)) if read_only else pyoxigraph.Store(str(self.path / DB))
        except OSError as exc:
            raise GraphFileError(f"{self.path}: cannot open the store ({exc}); is another process using it?") from exc
        except RuntimeError as exc:  # RocksDB's report of a damaged database: 'Corruption: ...'
            raise GraphFileError(f"{self.path}: the store is damaged and cannot be read ({exc})") from None

    # -- reading -------------------------------------------------------------
    def query(self, text: str, *, allow_service: bool = False):
        """Run SPARQL over the store (the default graph holds all graphs) and return an rdflib Result.
        SERVICE and FROM outside the store are refused unless ``allow_service``."""
        import pyoxigraph

        from .query import check_query_allowed, check_read_only, parse_answer

        check_query_allowed(text, allow_service=allow_service, has_graph=self.has_graph)
        try:
            answer = self.db.query(text, prefixes=SPARQL_PREFIXES)
        except SyntaxError as exc:  # an update, perhaps: said so (parsing takes 10-100 ms, longer than most queries)
            from .errors import QueryError

            check_read_only(text)
            raise QueryError(f"malformed SPARQL query: {exc}") from None
        if isinstance(answer, pyoxigraph.QueryTriples):
            return parse_answer(answer.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES), json_results=False)
        return _result(answer)

    def has_graph(self, iri: str) -> bool:
        import pyoxigraph

        return self.db.contains_named_graph(pyoxigraph.NamedNode(iri))

    def dataset(self):
        """The whole store as an rdflib Dataset (for exports, views and validation): the entities in
        the default graph, each article a named graph, as :func:`graph.rdf.to_rdf` makes it."""
        import pyoxigraph as ox
        from rdflib import Dataset

        from .rdf import ENTITIES_GRAPH, bind_prefixes
        from .store_index import INDEX_GRAPH

        entities = ox.NamedNode(str(ENTITIES_GRAPH))
        skip = (ox.DefaultGraph(), ox.NamedNode(str(INDEX_GRAPH)))
        quads = (q if q.graph_name != entities else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                 for q in self.db.quads_for_pattern(None, None, None, None) if q.graph_name not in skip)
        ds = Dataset(default_union=True)
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return bind_prefixes(ds)

    def stored_hash(self, article_id: str) -> str | None:
        """The hash of the text of the stored article ``article_id``; None if it is not stored."""
        import pyoxigraph as ox

        from .rdf import DG, article_iri

        node = ox.NamedNode(str(article_iri(article_id)))
        found = [q.object.value for q in self.db.quads_for_pattern(node, ox.NamedNode(str(DG.contentHash)), None, node)]
        return found[0] if found else None

    def corpus(self) -> Corpus:
        """The stored articles as the data model, read with three queries."""
        articles = {}
        for row in self.db.query(_ARTICLES, prefixes=SPARQL_PREFIXES):
            articles[row["a"].value] = Article(row["id"].value, "", title=_value(row, "title"), url=_value(row, "url"),
                                               date=_value(row, "date"))
        entities: dict[str, Entity] = {}
        names = {}
        for row in self.db.query(_ENTITIES, prefixes=SPARQL_PREFIXES):
            label = row["label"].value
            names[row["e"].value] = label
            entity = entities.setdefault(label, Entity(label, row["type"].value.rsplit("#", 1)[-1]))
            if row["alias"] is not None:
                entity.aliases.add(row["alias"].value)
        facts = []
        for row in self.db.query(_FACTS, prefixes=SPARQL_PREFIXES):
            article = articles.get(row["a"].value)
            subject = names.get(row["s"].value)
            if article is None or subject is None:
                continue
            relation = RELATION[URIRef(row["p"].value)]
            common = dict(article=article.id, subject=subject, subject_type=entities[subject].type, relation=relation,
                          evidence=row["evidence"].value, start=int(row["start"].value), end=int(row["end"].value),
                          confidence=float(row["confidence"].value))
            if relation in MONEY_RELATIONS:
                facts.append(Fact(**common, amount=float(row["amount"].value), currency=row["currency"].value,
                                  round=_value(row, "round_type"), date=own_date(_value(row, "round_date"), article.date)))
            elif row["o"].value in names:
                obj = names[row["o"].value]
                facts.append(Fact(**common, object=obj, object_type=entities[obj].type))
            else:
                continue
            entities[subject].articles.add(article.id)
            if facts[-1].object:
                entities[facts[-1].object].articles.add(article.id)
        facts.sort(key=lambda f: (f.article, f.start, f.relation, f.subject, f.object or "", f.amount or 0))
        used = {n for f in facts for n in (f.subject, f.object) if n}
        return Corpus(sorted(articles.values(), key=lambda a: a.id), {n: e for n, e in entities.items() if n in used}, facts)

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in (self.path / DB).rglob("*") if f.is_file())

    def close(self) -> None:
        if not self.read_only:  # a read-only store has nothing to flush (and pyoxigraph refuses to)
            self.db.flush()
        del self.db


# ---------------------------------------------------------------------------
def update_store(path: str | Path, articles: list[Article], extract_fn, map_chunks=map) -> StoreUpdate:
    """Bring the store at ``path`` (created when missing) up to date with ``articles``.

    ``extract_fn(articles) -> Iterable[Extraction]`` reads the articles that are new or changed (one it
    leaves out, as failed, is not stored: the next build tries it again); ``map_chunks`` (``map``, or a pool's) writes a new store's RDF, chunk by chunk.
    Holds the store's lock throughout: another build of the same store fails at once with :class:`StoreError`.
    """
    path = Path(path)
    with store_lock(path):
        return _update_store(path, articles, extract_fn, map_chunks)


def _update_store(path: Path, articles: list[Article], extract_fn, map_chunks) -> StoreUpdate:
    from .store_index import StoreIndex

    hashes = {a.id: content_hash(a.text) for a in articles}
    report = StoreUpdate()
    if not is_store(path):
        if path.exists() and any(path.iterdir()):
            raise StoreError(f"{path}: exists and is not a dealgraph store; give an empty or new folder")
        report.added = _create(path, extract_fn(articles), hashes, map_chunks)
        return report
    store = GraphStore(path)
    try:
        stored = {a.id: store.stored_hash(a.id) for a in articles}
        report.unchanged = sorted(a.id for a in articles if stored[a.id] == hashes[a.id])
        todo = [a for a in articles if stored[a.id] != hashes[a.id]]
        read = list(extract_fn(todo)) if todo else []  # one it leaves out, as failed, is not stored
        report.added = sorted(ex.article.id for ex in read if stored[ex.article.id] is None)
        report.replaced = sorted(ex.article.id for ex in read if stored[ex.article.id] is not None)
        if read:
            store.db.update(_update_text(StoreIndex(store.db), read, hashes, report))
    finally:
        store.close()
    if read:
        _write_marker(path)  # anew, once the store is closed: a running 'dealgraph serve' watches it and reloads
    return report


def _create(path: Path, read: Iterable[Extraction], hashes: dict[str, str], map_chunks=map) -> list[str]:
    """A new store of the articles ``read``; the ids of those stored. It is written beside ``path`` and
    renamed into place, so a killed build leaves nothing half-made.

    No corpus of extractions is held: each extraction, as it comes, is summed into the mentions that
    resolution needs and spilled to disk as the index keeps it; once the entities are
    resolved, the articles are read back a chunk at a time, written as N-Quads (through ``map_chunks``)
    and given to Oxigraph's bulk loader."""
    import pyoxigraph

    from .resolution import Resolved, connect, mentions_of

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=path.name + ".partial-", dir=path.parent))  # its own: never another's
    spill = partial / "read.jsonl"  # what was read from each article, one line each (see store_index.extraction_json)
    try:
        ids: list[str] = []
        with open(spill, "w", encoding="utf-8", newline="\n") as out:
            def spilled() -> Iterator:
                from .store_index import extraction_json

                for ex in read:
                    out.write(extraction_json(ex, hashes.get(ex.article.id)) + "\n")
                    ids.append(ex.article.id)
                    yield from mentions_of(ex)

            resolved = Resolved(connect(spilled()))
        db = pyoxigraph.Store(str(partial / DB))
        _bulk_load(db, _store_nquads(resolved, spill, map_chunks))
        db.flush()
        db.optimize()  # many bulk loads leave many small files: compacted, the named queries run 2-3x faster
        del db
        spill.unlink()
        _write_marker(partial)
        os.replace(partial, path)  # onto an empty folder (checked above) too
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return sorted(ids)


def _store_nquads(resolved: Resolved, spill: Path, map_chunks, chunk: int = 64) -> Iterator[bytes]:
    """A new store's N-Quads (the layout of :func:`graph.rdf.to_nquads` with ``store_layout``, and the
    index of :mod:`graph.store_index`), in parts: the entities, then the articles spilled in ``spill``,
    ``chunk`` at a time."""
    from .rdf import ENTITIES_GRAPH, entity_triples, nquads
    from .resolution import canonical_facts
    from .store_index import INDEX_GRAPH, group_triples, parse_extraction, stored_extraction_triple

    pairs = sorted(zip(resolved.entities, resolved.groups), key=lambda p: p[0].name)
    for i in range(0, len(pairs), 1000):
        part = pairs[i:i + 1000]
        yield nquads((t for e, g in part for t in entity_triples(e, g.funding(e))), ENTITIES_GRAPH, copy_to_default=True)
        yield nquads((t for e, g in part for t in group_triples(g, e)), INDEX_GRAPH)

    def articles() -> Iterator[list]:
        with open(spill, encoding="utf-8", newline="\n") as lines:
            while batch := [line for _, line in zip(range(chunk), lines)]:
                items, index = [], []
                for line in batch:
                    ex, content_hash = parse_extraction(line)
                    items.append((ex.article, canonical_facts(ex, resolved.entity_of), content_hash))
                    index.append(stored_extraction_triple(ex.article.id, line.rstrip("\n")))
                yield items, index

    for data in map_chunks(_chunk_nquads, articles()):
        yield data


def _chunk_nquads(part: tuple[list, list]) -> bytes:
    from .rdf import articles_nquads, nquads
    from .store_index import INDEX_GRAPH

    items, index = part
    return articles_nquads(items, copy_to_default=True) + nquads(index, INDEX_GRAPH)


def _write_marker(path: Path) -> None:
    from .export import write_atomic

    write_atomic(path / MARKER, json.dumps({"format": FORMAT, "created_by": "dealgraph"}) + "\n")


LOAD_BYTES = 8 << 20  # N-Quads per bulk load: Oxigraph's loader holds a load in memory, sorted for each index


def _bulk_load(db, parts: Iterable[bytes]) -> None:
    """Load N-Quads ``parts`` as they come, in loads of about LOAD_BYTES, so memory stays flat (one
    load of 2 million quads takes 1.5 GB). Small loads are also quicker: 190 MB went in 3.6-3.9 s in
    loads of 4-8 MB and in 5.0 s in loads of 48 MB. ``lenient`` skips checks that the writer of the
    parts (:func:`graph.rdf.nquads`: IRIs checked, literals escaped) has made already."""
    import pyoxigraph

    def load(batch: list[bytes]) -> None:
        db.bulk_load(b"".join(batch), format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)

    batch: list[bytes] = []
    size = 0
    for part in parts:
        batch.append(part)
        size += len(part)
        if size >= LOAD_BYTES:
            load(batch)
            batch, size = [], 0
    if batch:
        load(batch)


@dataclass
class _Resolution:
    """The entities of a build resolved with the stored ones they touch (see :func:`_resolve_with`)."""

    resolved: Resolved  # the entities the build changes, or may
    stored: dict  # IRI -> Mentions of each stored entity that shares a key with them
    loaded: set[str]  # the stored entities whose article ids were read: those resolved again or changed
    changed: set[str]  # the stored entities renamed, retyped or gone


def _resolve_with(index, read: list[Extraction], replaced: list[str]) -> _Resolution:
    """Resolve the entities of the articles ``read`` with the stored entities that share a key with them.
    An entity that a ``replaced`` article named is resolved again from the stored extractions of its
    other articles: without that article, it may fall apart."""
    from .resolution import Resolved, connect, mentions_of

    added = [m for ex in read for m in mentions_of(ex)]
    removed = [m for aid in replaced for m in mentions_of(index.read(aid)[0])]
    found = index.entities_with({k for m in added + removed for k in m.keys()})
    touched = set().union(*found.values())
    again = {iri for m in removed for k in m.own_keys() for iri in found[k]}
    # the ids of an entity's articles (thousands, for a city) are read only where they are needed: to
    # resolve it again, or to write again the articles of an entity renamed or retyped
    stored = {iri: index.group(iri, articles=iri in again) for iri in touched}
    known = []
    if again:
        own = {k for iri in again for k in stored[iri].own_keys()}
        for aid in sorted(set().union(*(stored[iri].articles for iri in again)) - set(replaced)):
            known += [m for m in mentions_of(index.read(aid)[0]) if m.own_keys() <= own]

    def resolve() -> Resolved:
        return Resolved(connect([*(stored[iri] for iri in sorted(touched - again)), *known, *added]))

    resolved = resolve()
    changed = set()
    for iri, group in stored.items():
        before = group.entity()
        now = [resolved.by_key.get(k) for k in group.own_keys()]
        if any(e is None or (e.name, e.type) != (before.name, before.type) for e in now):
            changed.add(iri)
    if changed - again:
        stored.update((iri, index.group(iri)) for iri in changed - again)
        resolved = resolve()  # the same entities, with the ids of those articles
    return _Resolution(resolved, stored, again | changed, changed)


def _update_text(index, read: list[Extraction], hashes: dict[str, str], report: StoreUpdate) -> str:
    """One SPARQL update that adds the articles ``read`` to the store of ``index`` (a
    :class:`graph.store_index.StoreIndex`), replacing the stored ones of ``report.replaced``.

    The entities graph and the index change by what they lost and gained; the graphs of the articles
    read are written, and those of stored articles that name an entity whose name or type changed
    (``report.rewritten``). The default graph (the union of all graphs but the index) is kept so:
    what a graph no longer says leaves it unless another graph says it too. Fills
    ``report.rewritten`` and ``report.corpus``."""
    from .names import name_key
    from .rdf import ENTITIES_GRAPH, article_iri, article_triples, entity_iri, entity_triples, nquads
    from .resolution import canonical_facts
    from .store_index import INDEX_GRAPH, IX, extraction_triple, group_triples, mentioned_in

    r = _resolve_with(index, read, report.replaced)
    resolved, stored = r.resolved, r.stored
    written = {ex.article.id: (ex, hashes.get(ex.article.id)) for ex in read}
    report.rewritten = sorted(set().union(*(stored[iri].articles for iri in r.changed)) - set(written))
    written.update((aid, index.read(aid)) for aid in report.rewritten)

    others: dict[str, Entity] = {}  # stored entities this build does not change, by key

    def entity_of(name: str) -> Entity:
        key = name_key(name)
        if key in resolved.by_key:
            return resolved.by_key[key]
        if key not in others:
            [iri] = index.entities_with([key])[key]
            others[key] = index.group(iri, articles=False).entity()
        return others[key]

    facts = {aid: canonical_facts(ex, entity_of) for aid, (ex, _) in written.items()}
    graphs = [(article_iri(aid), nquads(article_triples(ex.article, facts[aid], h)).decode("utf-8"))
              for aid, (ex, h) in sorted(written.items())]
    update = []
    for iri, _ in graphs:
        update.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
                      f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(!sameTerm(?other, <{iri}>)) }} }}")
        update.append(f"DROP SILENT GRAPH <{iri}>")

    entities = _as_stored(t for g, e in zip(resolved.groups, resolved.entities) for t in entity_triples(e, g.funding(e)))
    stored_entities = set(index.triples_of(stored, ENTITIES_GRAPH))
    if lost := stored_entities - entities:
        rows = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in sorted(lost, key=str))
        update.append(f"DELETE DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {_n_triples(lost)} }} }}")
        update.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
                      f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}")
    if gained := entities - stored_entities:
        graphs.insert(0, (ENTITIES_GRAPH, _n_triples(gained)))

    pairs = list(zip(resolved.groups, resolved.entities))
    indexed = _as_stored([*(t for g, e in pairs for t in group_triples(g, e, articles=False)),
                          *(extraction_triple(ex, hashes.get(ex.article.id)) for ex in read)])
    stored_index = set(index.triples_of(stored, INDEX_GRAPH, IX.key, IX.mentions)) | set(
        index.triples_of({str(article_iri(aid)) for aid in report.replaced}, INDEX_GRAPH, IX.extraction))
    # which entity each article names: the ids read (of entities changed, and the new ones) against the ids they now have
    named = {(str(entity_iri(e.name)), a) for g, e in pairs for a in g.articles}
    were = {(iri, a) for iri in r.loaded for a in stored[iri].articles}
    lost = _as_stored(mentioned_in(iri, a) for iri, a in were - named) | (stored_index - indexed)
    gained = _as_stored(mentioned_in(iri, a) for iri, a in named - were) | (indexed - stored_index)
    if lost:
        update.append(f"DELETE DATA {{ GRAPH <{INDEX_GRAPH}> {{ {_n_triples(lost)} }} }}")
    if gained:
        update.append(f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{ {_n_triples(gained)} }} }}")
    for iri, data in graphs:
        update.append(f"INSERT DATA {{ GRAPH <{iri}> {{ {data} }} {data} }}")

    names = {entity_of(e.name).name: entity_of(e.name) for ex in read for e in ex.entities}
    report.corpus = Corpus([ex.article for ex in read], names, [f for ex in read for f in facts[ex.article.id]])
    return " ;\n".join(update)


def _as_stored(triples: Iterable[tuple]) -> set:
    """rdflib triples as pyoxigraph Triples written as a store writes them ('5E8', not '500000000.00'),
    so that they compare with stored ones."""
    import pyoxigraph as ox

    from .rdf import nquads

    canonical = ox.Store()
    canonical.bulk_load(nquads(triples), format=ox.RdfFormat.N_TRIPLES)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in canonical}


def _n_triples(triples) -> str:
    import pyoxigraph as ox

    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _result(answer):
    """An rdflib Result of an ASK or SELECT answer of pyoxigraph, made term by term and row by row:
    through SPARQL's JSON results and rdflib's rows it took 2-5 times as long as the query itself."""
    import pyoxigraph as ox
    from rdflib.query import Result

    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    return _Solutions(answer)


class _Solutions:
    """A SELECT result that reads as rdflib's (``type``, ``vars``, rows of :class:`rdflib.query.ResultRow`,
    ``bindings``), its rows made once, without the dictionaries rdflib makes for each."""

    type = "SELECT"

    def __init__(self, answer):
        from rdflib.query import ResultRow
        from rdflib.term import Variable

        self.vars = [Variable(v.value) for v in answer.variables]
        labels = {str(v): i for i, v in enumerate(self.vars)}
        width = range(len(self.vars))
        self.rows = []
        for solution in answer:
            values = tuple(None if solution[i] is None else _rdflib_term(solution[i]) for i in width)
            if any(t is not None for t in values):  # rdflib gives no row for an empty solution
                row = tuple.__new__(ResultRow, values)
                row.labels = labels
                self.rows.append(row)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def bindings(self) -> list[dict]:
        return [{v: t for v, t in zip(self.vars, row) if t is not None} for row in self.rows]


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@lru_cache(maxsize=1 << 16)  # the same entities, classes and labels come back row after row
def _rdflib_term(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=None if term.datatype.value == _XSD_STRING else URIRef(term.datatype.value))
    return Literal(str(term))  # a quoted triple (RDF-star), which dealgraph's data never holds


def _value(row, name: str) -> str | None:
    term = row[name]
    return term.value if term is not None else None


_ARTICLES = """SELECT ?a ?id ?title ?url ?date WHERE { GRAPH ?g { ?a a dg:Article ; dg:articleId ?id .
  OPTIONAL { ?a dct:title ?title } OPTIONAL { ?a dg:url ?url } OPTIONAL { ?a dct:date ?date } } }"""
_ENTITIES = """SELECT ?e ?label ?type ?alias WHERE { VALUES ?type { dg:Organization dg:Person dg:Place }
  ?e a ?type ; rdfs:label ?label . OPTIONAL { ?e dg:alias ?alias } }"""
_FACTS = """SELECT ?a ?s ?p ?o ?evidence ?start ?end ?confidence ?amount ?currency ?round_type ?round_date WHERE {
  GRAPH ?g { ?f a dg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a ;
             dg:evidence ?evidence ; dg:startOffset ?start ; dg:endOffset ?end ; dg:confidence ?confidence .
    OPTIONAL { ?o dg:amount ?amount ; dg:currency ?currency }
    OPTIONAL { ?o dg:roundType ?round_type } OPTIONAL { ?o dg:announcementDate ?round_date } } }"""
