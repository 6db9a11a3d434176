"""A store's index of its entities, so that a build resolves only what it adds.

It lives in the store's named graph :data:`INDEX_GRAPH`, apart from the data (not in the default graph,
not exported): for each entity (by its IRI) the keys it is found by (its names' keys and gazetteer
entries, see :func:`graph.resolution.form_keys`), what its mentions add up to (a
:class:`graph.resolution.Mentions`, as JSON) and the ids of the articles that mention it; and for each article
what was read from it, as extraction gave it (names as the article wrote them, facts before
resolution), as JSON. From these a build resolves a day's articles against the stored entities, and
writes again the articles an entity renamed or retyped touches, without reading anything else.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from rdflib import Literal, Namespace, URIRef

from .model import Article, Entity, Extraction, Fact
from .rdf import BASE, article_iri, entity_iri
from .resolution import Mentions

INDEX_GRAPH = URIRef(BASE + "id/graph/index")
IX = Namespace(BASE + "index#")


def group_triples(group: Mentions, entity: Entity, articles: bool = True) -> list[tuple]:
    """What the index says of one entity (but the ids of its articles, unless ``articles``)."""
    node = entity_iri(entity.name)
    state = {"forms": sorted([name, list(aliases), type_, n] for (name, aliases, type_), n in group.forms.items()),
             "raised": sorted(list(r) for r in group.raised)}
    return [*((node, IX.key, Literal(k)) for k in sorted(group.keys())),
            (node, IX.mentions, Literal(json.dumps(state, ensure_ascii=False, sort_keys=True))),
            *(mentioned_in(node, a) for a in sorted(group.articles) if articles)]


def mentioned_in(entity: str, article_id: str) -> tuple:
    return URIRef(entity), IX.mentionedIn, Literal(article_id)


def extraction_triple(ex: Extraction, content_hash: str | None) -> tuple:
    return stored_extraction_triple(ex.article.id, extraction_json(ex, content_hash))


def stored_extraction_triple(article_id: str, text: str) -> tuple:
    """The index's triple of what was read from an article, given as :func:`extraction_json`."""
    return article_iri(article_id), IX.extraction, Literal(text)


def extraction_json(ex: Extraction, content_hash: str | None) -> str:
    """What was read from an article (and its text's hash) as the index keeps it: one line of JSON."""
    a = ex.article
    data = {"article": {"id": a.id, "title": a.title, "url": a.url, "date": a.date}, "hash": content_hash,
            "entities": [[e.name, sorted(e.aliases), e.type] for e in ex.entities],
            "facts": [asdict(f) for f in ex.facts]}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def parse_extraction(text: str) -> tuple[Extraction, str | None]:
    """An extraction as :func:`extraction_triple` stored it, and the hash of its article's text."""
    data = json.loads(text)
    return Extraction(Article(text="", **data["article"]),
                      [Entity(name, type_, set(aliases)) for name, aliases, type_ in data["entities"]],
                      [Fact(**f) for f in data["facts"]]), data["hash"]


class StoreIndex:
    """The index of an open pyoxigraph store: lookups by key, entity and article."""

    def __init__(self, db):
        import pyoxigraph as ox

        self.ox = ox
        self.db = db
        self.graph = ox.NamedNode(str(INDEX_GRAPH))
        self.key, self.mentions, self.mentioned_in, self.extraction = (
            ox.NamedNode(str(p)) for p in (IX.key, IX.mentions, IX.mentionedIn, IX.extraction))

    def entities_with(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """Key -> IRIs of the stored entities found by it (one, unless it is a name no mention goes by)."""
        out: dict[str, set[str]] = {}
        for k in keys:
            for q in self.db.quads_for_pattern(None, self.key, self.ox.Literal(k), self.graph):
                out.setdefault(k, set()).add(q.subject.value)
        return out

    def group(self, iri: str, articles: bool = True) -> Mentions:
        """An entity's mentions, as stored (without the ids of its articles unless ``articles``)."""
        node = self.ox.NamedNode(iri)
        [state] = [q.object.value for q in self.db.quads_for_pattern(node, self.mentions, None, self.graph)]
        data = json.loads(state)
        ids = {q.object.value for q in self.db.quads_for_pattern(node, self.mentioned_in, None, self.graph)} \
            if articles else set()
        return Mentions(Counter({(name, tuple(aliases), type_): n for name, aliases, type_, n in data["forms"]}),
                        ids, {tuple(r) for r in data["raised"]})

    def read(self, article_id: str) -> tuple[Extraction, str | None] | None:
        """What was read from a stored article, and its text's hash; None if it is not stored."""
        node = self.ox.NamedNode(str(article_iri(article_id)))
        found = [q.object.value for q in self.db.quads_for_pattern(node, self.extraction, None, self.graph)]
        return parse_extraction(found[0]) if found else None

    def triples_of(self, iris: Iterable[str], graph, *predicates) -> Iterator:
        """The stored triples (pyoxigraph Triples) about ``iris`` in ``graph`` (with one of ``predicates``, if given)."""
        g = self.ox.NamedNode(str(graph))
        for iri in sorted(iris):
            for p in [self.ox.NamedNode(str(p)) for p in predicates] or [None]:
                for q in self.db.quads_for_pattern(self.ox.NamedNode(iri), p, None, g):
                    yield self.ox.Triple(q.subject, q.predicate, q.object)
