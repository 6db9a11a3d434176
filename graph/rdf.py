"""RDF view of the graph (rdflib), and back.

Every fact is a direct triple (``<investor> dg:investedIn <company>``) plus a
``dg:Fact`` node reifying it with its evidence sentence, offsets, article and
confidence, so "where did we read this?" is one SPARQL query. Money facts
point to ``dg:FundingRound`` / ``dg:Valuation`` nodes that carry the amount.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from .network import money_label, money_node_id
from .extraction import name_key
from .model import MONEY_RELATIONS, Article, Corpus, Entity, Fact

BASE = "https://w3id.org/dealgraph/"
DG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")

PROPERTY = {
    "invested_in": DG.investedIn, "led_round": DG.ledRound, "acquired": DG.acquired,
    "merged_with": DG.mergedWith, "founded_by": DG.foundedBy, "executive_of": DG.executiveOf,
    "subsidiary_of": DG.subsidiaryOf, "headquartered_in": DG.headquarteredIn, "partner_of": DG.partnerOf,
    "raised": DG.raised, "valued_at": DG.valuedAt,
}
RELATION = {v: k for k, v in PROPERTY.items()}
CLASS = {"Organization": DG.Organization, "Person": DG.Person, "Place": DG.Place}
TYPE_OF_CLASS = {v: k for k, v in CLASS.items()}


def bind_prefixes(g: Graph) -> Graph:
    g.bind("dg", DG, replace=True)
    g.bind("id", ID, replace=True)
    g.bind("rdfs", RDFS, replace=True)
    g.bind("xsd", XSD, replace=True)
    return g


def _slug(text: str) -> str:
    """An IRI-safe, stable path segment for any text (unicode, quotes, angle brackets...)."""
    readable = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]
    if readable and readable.replace("-", " ") == text.casefold().strip():
        return readable
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}" if readable else digest


def entity_iri(name: str) -> URIRef:
    """IRI of an entity: from its normalized name, so the same entity keeps it across runs."""
    return ID["entity/" + _slug(name_key(name) or name)]


def article_iri(article_id: str) -> URIRef:
    return ID["article/" + quote(_slug(article_id), safe="")]


def _fact_iri(f: Fact) -> URIRef:
    raw = f"{f.article}|{f.relation}|{f.subject}|{f.object}|{f.amount}|{f.currency}|{f.start}"
    return ID["fact/" + hashlib.sha1(raw.encode()).hexdigest()[:16]]


def to_rdf(corpus: Corpus) -> Graph:
    """The whole corpus as an rdflib Graph with explicit prefixes."""
    g = bind_prefixes(Graph())
    for a in corpus.articles:
        node = article_iri(a.id)
        g.add((node, RDF.type, DG.Article))
        g.add((node, DG.articleId, Literal(a.id)))
        for prop, value in ((DG.title, a.title), (DG.url, a.url), (DG.date, a.date)):
            if value:
                g.add((node, prop, Literal(value)))
    for e in corpus.entities.values():
        node = entity_iri(e.name)
        g.add((node, RDF.type, CLASS[e.type]))
        g.add((node, RDFS.label, Literal(e.name)))
        g.add((node, DG.entityType, Literal(e.type)))
        for alias in sorted(e.aliases):
            g.add((node, DG.alias, Literal(alias)))
    for f in corpus.facts:
        _add_fact(g, f)
    return g


def _add_fact(g: Graph, f: Fact) -> None:
    subject = entity_iri(f.subject)
    prop = PROPERTY[f.relation]
    if f.relation in MONEY_RELATIONS:
        obj = ID[money_node_id(f).replace(":", "/")]
        g.add((obj, RDF.type, DG.Valuation if f.relation == "valued_at" else DG.FundingRound))
        g.add((obj, RDFS.label, Literal(money_label(f))))
        g.add((obj, DG.amount, Literal(Decimal(str(f.amount)), datatype=XSD.decimal)))
        g.add((obj, DG.currency, Literal(f.currency)))
        g.add((obj, DG.article, article_iri(f.article)))
        if f.relation == "raised":
            g.add((obj, DG.roundType, Literal(f.round or "unspecified")))
        if f.date:
            g.add((obj, DG.date, Literal(f.date)))
    else:
        obj = entity_iri(f.object or "")
        if f.relation == "acquired":
            event = ID["acquisition/" + _fact_iri(f).split("/")[-1]]
            g.add((event, RDF.type, DG.Acquisition))
            g.add((event, DG.acquirer, subject))
            g.add((event, DG.target, obj))
            g.add((event, DG.article, article_iri(f.article)))
        elif f.relation == "merged_with":
            event = ID["merger/" + _fact_iri(f).split("/")[-1]]
            g.add((event, RDF.type, DG.Merger))
            g.add((event, DG.party, subject))
            g.add((event, DG.party, obj))
            g.add((event, DG.article, article_iri(f.article)))
    g.add((subject, prop, obj))
    node = _fact_iri(f)
    g.add((node, RDF.type, DG.Fact))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, prop))
    g.add((node, RDF.object, obj))
    g.add((node, DG.article, article_iri(f.article)))
    g.add((node, DG.evidence, Literal(f.evidence)))
    g.add((node, DG.startOffset, Literal(f.start)))
    g.add((node, DG.endOffset, Literal(f.end)))
    g.add((node, DG.confidence, Literal(Decimal(str(round(f.confidence, 3))), datatype=XSD.decimal)))


def corpus_from_rdf(g: Graph) -> Corpus:
    """Read a graph written by :func:`to_rdf` back into the data model (for views and exports of a saved graph)."""
    def text(node, prop) -> str | None:
        value = g.value(node, prop)
        return str(value) if value is not None else None

    articles = {}
    for node in sorted(g.subjects(RDF.type, DG.Article)):
        aid = text(node, DG.articleId) or str(node).rsplit("/", 1)[-1]
        articles[node] = Article(id=aid, text="", title=text(node, DG.title), url=text(node, DG.url), date=text(node, DG.date))
    entities: dict[str, Entity] = {}
    names: dict = {}
    for cls, type_name in TYPE_OF_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            label = text(node, RDFS.label) or str(node)
            names[node] = label
            aliases = {str(a) for a in g.objects(node, DG.alias)}
            entities[label] = Entity(label, type_name, aliases, set())
    facts = []
    for node in g.subjects(RDF.type, DG.Fact):
        prop, s, o = g.value(node, RDF.predicate), g.value(node, RDF.subject), g.value(node, RDF.object)
        relation = RELATION.get(prop)
        if relation is None or s not in names:
            continue
        article_node = g.value(node, DG.article)
        article = articles[article_node].id if article_node in articles else str(article_node)
        common = dict(article=article, subject=names[s], subject_type=entities[names[s]].type, relation=relation,
                      evidence=text(node, DG.evidence) or "", start=int(g.value(node, DG.startOffset) or 0),
                      end=int(g.value(node, DG.endOffset) or 0), confidence=float(g.value(node, DG.confidence) or 1.0))
        if relation in MONEY_RELATIONS:
            facts.append(Fact(**common, amount=float(g.value(o, DG.amount) or 0), currency=text(o, DG.currency),
                              round=text(o, DG.roundType), date=text(o, DG.date)))
        elif o in names:
            facts.append(Fact(**common, object=names[o], object_type=entities[names[o]].type))
        else:
            continue
        entities[names[s]].articles.add(article)
        if o in names:
            entities[names[o]].articles.add(article)
    facts.sort(key=lambda f: (f.article, f.start, f.relation, f.subject, f.object or ""))
    return Corpus(list(articles.values()), entities, facts)
