"""RDF view of the graph (rdflib), and back.

The knowledge model (``ontology/dealgraph.ttl``) says every fact twice, always
consistently:

* a **direct edge** for easy queries: ``<investor> dg:investedIn <company>``,
  ``<company> dg:raised <round>``, ``<buyer> dg:acquired <target>``, ...;
* a **deal event** for detail: a ``dg:FundingRound`` (or ``dg:IPO``) with its
  company, amount, currency, amount in USD, round type, date, lead investors,
  investors and post-money valuation; a ``dg:Acquisition``; a ``dg:Merger``.

**Provenance.** Each article is a named graph (its IRI is the article's IRI)
holding the article's title, url and date and everything read from it. Each
fact is also a ``dg:Fact`` node, an ``rdf:Statement`` about its direct edge
(standard RDF reification) that is a ``prov:Entity`` derived from the article
(``prov:wasDerivedFrom``) with the evidence sentence, its character offsets and
a confidence. Reification rather than RDF-star because it is plain RDF 1.1: it
survives every format we export (Turtle, N-Triples, RDF/XML, JSON-LD, TriG,
N-Quads), every SPARQL 1.1 store, and rdflib, which does not parse RDF-star.
Named graphs alone could not carry a sentence and offsets per fact.

Entities (type, label, aliases, ``owl:sameAs`` Wikidata) are shared by all
articles and live in the default graph, with the funding totals of companies
(``dg:totalFundingUSD``, ``dg:fundedRounds``), summed here so that ranking them
needs no pass over every round.

Both shapes come from one builder of triples per article and per entity: an
rdflib Dataset for exports (:func:`to_rdf`), or N-Quads in chunks for stores
(:func:`to_nquads`), which never holds the whole dataset in memory. A store lays
the same triples out its own way (entities in a graph of their own, the union of
all graphs as its default graph; see :mod:`graph.store`).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache, partial
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from .names import name_key
from .model import MONEY_RELATIONS, Article, Corpus, Entity, Fact
from .network import money_label
from .resources import load_json, load_jsonl

BASE = "https://w3id.org/dealgraph/"
DG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

PROPERTY = {
    "invested_in": DG.investedIn, "led_round": DG.ledRound, "acquired": DG.acquired,
    "merged_with": DG.mergedWith, "founded_by": DG.foundedBy, "executive_of": DG.executiveOf,
    "subsidiary_of": DG.subsidiaryOf, "headquartered_in": DG.headquarteredIn, "partner_of": DG.partnerOf,
    "raised": DG.raised, "valued_at": DG.valuedAt,
}
RELATION = {v: k for k, v in PROPERTY.items()}
CLASS = {"Organization": DG.Organization, "Person": DG.Person, "Place": DG.Place}
TYPE_OF_CLASS = {v: k for k, v in CLASS.items()}
PREFIXES = {"dg": DG, "id": ID, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "prov": PROV, "dct": DCT, "wd": WD,
            "schema": SCHEMA, "skos": SKOS}
SPARQL_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}  # for engines other than rdflib


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def _slug(text: str, fold: bool = True) -> str:
    """An IRI-safe, stable path segment for any text (unicode, quotes, angle brackets...). Texts that
    differ only in case share it when ``fold``, and never otherwise."""
    readable = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]
    if readable and readable.replace("-", " ") == (text.casefold().strip() if fold else text):
        return readable
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}" if readable else digest


def _hash(*parts) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)  # the same names come back in every fact
def entity_iri(name: str) -> URIRef:
    """IRI of an entity: from its normalized name, so the same entity keeps it across runs."""
    return ID["entity/" + _slug(name_key(name) or name)]


ENTITIES_GRAPH = URIRef(BASE + "id/graph/entities")  # where a store keeps the entities; see graph.store


def article_iri(article_id: str) -> URIRef:
    """IRI of an article, which is also the name of the graph of what was read from it: one per id
    ('Report' and 'report' are two articles)."""
    return ID["article/" + quote(_slug(article_id, fold=False), safe="")]


def _fact_iri(f: Fact) -> URIRef:
    return ID["fact/" + _hash(f.article, f.relation, f.subject, f.object, f.amount, f.currency, f.start)]


@lru_cache(maxsize=1)
def usd_rates() -> dict[str, Decimal]:
    """USD per unit of each currency, from the documented table ``graph/data/usd_rates.json``."""
    return {code: Decimal(str(rate)) for code, rate in load_json("usd_rates.json")["usd_per_unit"].items()}


@lru_cache(maxsize=1)
def wikidata_ids() -> dict[str, str]:
    """Entity name key -> Wikidata Q-id, from the curated table ``graph/data/wikidata.jsonl``."""
    out = {}
    for entry in load_jsonl("wikidata.jsonl"):
        for name in [entry["name"], *entry.get("aliases", [])]:
            out[name_key(name)] = entry["qid"]
    return out


def wikidata_id(name: str, aliases: Iterable[str] = ()) -> str | None:
    """The Wikidata Q-id of an entity known by ``name`` (or one of its ``aliases``), from the curated table."""
    ids = wikidata_ids()
    return next((ids[k] for k in [name_key(name)] + sorted(name_key(a) for a in aliases) if k in ids), None)


def in_usd(amount: float | None, currency: str | None) -> Decimal | None:
    rate = usd_rates().get(currency or "")
    if amount is None or rate is None:
        return None
    return (Decimal(str(amount)) * rate).quantize(Decimal("0.01"))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


AMOUNT_BANDS = 140  # bands 0..140: under $1.26 to $10^14 and more


def amount_band(usd: Decimal) -> int:
    """⌊10·log10(usd)⌋ within 0..AMOUNT_BANDS: ten bands a decade, so that the largest rounds are
    found from the top band down by a few index lookups instead of a pass over every round."""
    return min(AMOUNT_BANDS, max(0, math.floor(10 * math.log10(usd)))) if usd > 0 else 0


def _text(value: str) -> Literal:
    """A string literal every RDF format can carry (RDF/XML cannot hold control characters)."""
    return Literal(_NOT_XML.sub("", value))


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


# ---------------------------------------------------------------------------
Triple = tuple  # (subject, predicate, object) of rdflib terms


class _Triples(dict):
    """An ordered set of triples (dict keys keep the order they were first said in)."""

    def add(self, triple: Triple) -> None:
        self[triple] = None


def to_rdf(corpus: Corpus, *, hashes: dict[str, str] | None = None, only: set[str] | None = None) -> Dataset:
    """The corpus as an rdflib Dataset: entities in the default graph, one named graph per article.

    ``hashes`` (article id -> hash of its text) are recorded for incremental stores;
    ``only`` limits the named graphs to those articles.
    """
    ds = Dataset()
    bind_prefixes(ds)
    default = ds.default_context
    for triple in entities_triples(corpus):
        default.add(triple)
    for article, facts in articles_with_facts(corpus, only):
        g = ds.graph(article_iri(article.id))
        for triple in article_triples(article, facts, (hashes or {}).get(article.id)):
            g.add(triple)
    return ds


def articles_with_facts(corpus: Corpus, only: set[str] | None = None) -> list[tuple[Article, list[Fact]]]:
    """Each article (but those not in ``only``) with the facts read from it, by article id."""
    articles = {a.id: a for a in corpus.articles}
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in corpus.facts:
        by_article[f.article].append(f)
    return [(articles.get(aid) or Article(aid, ""), by_article.get(aid, []))
            for aid in sorted(set(articles) | set(by_article)) if only is None or aid in only]


def entities_triples(corpus: Corpus) -> Iterator[Triple]:
    """The default graph: every entity, and the funding totals of the companies that raised money."""
    totals = funding_totals(corpus)
    for e in sorted(corpus.entities.values(), key=lambda e: e.name):
        yield from entity_triples(e, totals.get(e.name))


def entity_triples(e: Entity, funding: tuple[Decimal, int] | None = None) -> list[Triple]:
    """What the default graph says of one entity (``funding``: its total in USD and the rounds summed)."""
    g = _Triples()
    _add_entity(g, e)
    if funding:
        g.add((entity_iri(e.name), DG.totalFundingUSD, Literal(funding[0], datatype=XSD.decimal)))
        g.add((entity_iri(e.name), DG.fundedRounds, Literal(funding[1])))
    return list(g)


def funding_totals(corpus: Corpus) -> dict[str, tuple[Decimal, int]]:
    """Company -> (total disclosed funding in USD, rounds summed), summed once here so that ranking
    companies needs no pass over every round. Debt is not funding; each distinct amount of a company
    counts once, so a round told by several articles is not counted twice."""
    amounts: dict[str, set[Decimal]] = defaultdict(set)
    for f in corpus.facts:
        usd = in_usd(f.amount, f.currency) if f.relation == "raised" and f.round != "debt" else None
        if usd is not None:
            amounts[f.subject].add(usd)
    return {company: (sum(usd), len(usd)) for company, usd in amounts.items()}


def article_triples(article: Article, facts: list[Fact], content_hash: str | None = None) -> list[Triple]:
    """The named graph of one article: its metadata and everything read from it."""
    g = _Triples()
    _add_article(g, article)
    if content_hash:
        g.add((article_iri(article.id), DG.contentHash, Literal(content_hash)))
    _ArticleGraph(g, article, facts).add()
    return list(g)


def to_nquads(corpus: Corpus, *, hashes: dict[str, str] | None = None, map_chunks=map, chunk: int = 64,
              store_layout: bool = False) -> Iterator[bytes]:
    """The dataset of :func:`to_rdf` as N-Quads, in parts: the entities, then the articles ``chunk`` at
    a time through ``map_chunks`` (``map``, or a pool's map to write them in several processes).
    Never the whole dataset in memory at once: this is how big stores are written.

    ``store_layout`` writes it as a store keeps it (see :mod:`graph.store`): the entities in
    :data:`ENTITIES_GRAPH`, and every triple once more in the default graph."""
    yield nquads(entities_triples(corpus), ENTITIES_GRAPH if store_layout else None, copy_to_default=store_layout)
    items = [(replace(article, text=""), facts, (hashes or {}).get(article.id))  # the text is not needed
             for article, facts in articles_with_facts(corpus)]
    write = partial(articles_nquads, copy_to_default=store_layout)
    yield from map_chunks(write, [items[i:i + chunk] for i in range(0, len(items), chunk)])


def articles_nquads(items: list[tuple[Article, list[Fact], str | None]], copy_to_default: bool = False) -> bytes:
    """The named graphs of (article, its facts, its text's hash) ``items`` as N-Quads."""
    return b"".join(nquads(article_triples(*item), article_iri(item[0].id), copy_to_default=copy_to_default)
                    for item in items)


def nquads(triples: Iterable[Triple], graph: URIRef | None = None, *, copy_to_default: bool = False) -> bytes:
    """``triples`` as N-Quads in ``graph`` (N-Triples when None), and in the default graph as well with
    ``copy_to_default``. Written as text, term by term: a store of 20,000 articles is 4 million quads,
    and making an Oxigraph or rdflib object of each took most of the time of writing them."""
    tails = [f" {_nt_iri(str(graph))} .\n"] if graph is not None else [" .\n"]
    if copy_to_default and graph is not None:
        tails.append(" .\n")
    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)}{tail}" for s, p, o in triples for tail in tails).encode("utf-8")


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
                             **{chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if chr(c) not in "\n\r\t\b\f"}})
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@lru_cache(maxsize=65536)  # properties, classes and entities recur in every article
def _nt_iri(iri: str) -> str:
    if _NOT_IN_IRI.search(iri):
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def _nt(term) -> str:
    """A term in N-Triples syntax (which SPARQL's INSERT DATA reads too)."""
    if isinstance(term, URIRef):
        return _nt_iri(str(term))
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_NT_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^{_nt_iri(str(term.datatype))}" if term.datatype and term.datatype != XSD.string else text
    raise TypeError(f"no blank nodes in dealgraph RDF: {term!r}")


def flatten(ds: Graph) -> Graph:
    """All triples of a Dataset in one Graph (for formats without named graphs)."""
    flat = bind_prefixes(Graph())
    for s, p, o, _graph in ds.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def _add_entity(g: _Triples, e: Entity) -> None:
    node = entity_iri(e.name)
    g.add((node, RDF.type, CLASS[e.type]))
    g.add((node, RDFS.label, _text(e.name)))
    g.add((node, DG.entityType, _text(e.type)))
    for alias in sorted(e.aliases):
        g.add((node, DG.alias, _text(alias)))
    for key in sorted({n.lower() for n in [e.name, *e.aliases]}):  # exact, indexed lookups by any name in queries
        g.add((node, DG.nameKey, _text(key)))
    qid = wikidata_id(e.name, e.aliases)
    if qid:
        g.add((node, OWL.sameAs, WD[qid]))


def _add_article(g: _Triples, a: Article) -> None:
    node = article_iri(a.id)
    g.add((node, RDF.type, DG.Article))
    g.add((node, DG.articleId, _text(a.id)))
    if a.title:
        g.add((node, DCT.title, _text(a.title)))
    if a.url:
        g.add((node, DG.url, Literal(_NOT_XML.sub("", a.url), datatype=XSD.anyURI)))
    if a.date:
        g.add((node, DCT.date, _text(a.date)))


class _ArticleGraph:
    """Direct edges, deal events and fact provenance read from one article, in its named graph."""

    def __init__(self, g: _Triples, article: Article | None, facts: list[Fact]):
        self.g = g
        self.article = article_iri(facts[0].article) if facts else None
        self.date = article.date if article else None
        self.facts = sorted(facts, key=lambda f: (f.start, f.relation, f.subject, f.object or "", f.amount or 0))
        self.rounds: dict[str, list[tuple[Fact, URIRef]]] = defaultdict(list)  # company -> its rounds here
        self.valuations: dict[str, URIRef] = {}

    def add(self) -> None:
        for f in self.facts:  # money first: investors attach to the rounds
            if f.relation in MONEY_RELATIONS:
                self._money(f)
        for company, rounds in self.rounds.items():
            if company in self.valuations:
                for _, node in rounds:
                    self.g.add((node, DG.postMoneyValuation, self.valuations[company]))
        for f in self.facts:
            if f.relation not in MONEY_RELATIONS:
                self._relation(f)

    # -- events ----------------------------------------------------------------
    def _money(self, f: Fact) -> None:
        g, company = self.g, entity_iri(f.subject)
        kind = "valuation" if f.relation == "valued_at" else "round"
        node = ID[f"{kind}/" + _hash(f.article, f.relation, f.subject, f.currency, f.amount)]
        if f.relation == "valued_at":
            g.add((node, RDF.type, DG.Valuation))
            g.add((node, DG.valuedCompany, company))
            self.valuations.setdefault(f.subject, node)
        else:
            g.add((node, RDF.type, DG.FundingRound))  # an IPO is typed both, so queries need no inference
            if f.round == "ipo":
                g.add((node, RDF.type, DG.IPO))
            g.add((node, DG.fundedCompany, company))
            g.add((node, DG.roundType, _text(f.round or "unspecified")))
            self.rounds[f.subject].append((f, node))
            if f.date or self.date:
                g.add((node, DG.announcementDate, _text(f.date or self.date)))
        g.add((node, RDFS.label, _text(money_label(f))))
        g.add((node, DG.amount, _decimal(f.amount or 0)))
        g.add((node, DG.currency, _text(f.currency or "")))
        usd = in_usd(f.amount, f.currency)
        if usd is not None:  # a property of its own for valuations, so ranking rounds by size reads rounds only
            g.add((node, DG.valuationUSD if f.relation == "valued_at" else DG.amountUSD, Literal(usd, datatype=XSD.decimal)))
            if f.relation != "valued_at":
                g.add((node, DG.amountBand, Literal(amount_band(usd))))
        g.add((company, PROPERTY[f.relation], node))
        self._provenance(f, company, PROPERTY[f.relation], node, node)

    def _round_for(self, f: Fact) -> URIRef:
        """The round an investor took part in: the one told in the same sentence, else the
        article's first round of that company, else an undisclosed round."""
        rounds = self.rounds.get(f.object or "")
        if rounds:
            return next((node for r, node in rounds if r.start == f.start), rounds[0][1])
        node = ID["round/" + _hash(f.article, "undisclosed", f.object)]
        company = entity_iri(f.object or "")
        if (node, RDF.type, DG.FundingRound) not in self.g:
            self.g.add((node, RDF.type, DG.FundingRound))
            self.g.add((node, DG.fundedCompany, company))
            self.g.add((node, DG.roundType, Literal("unspecified")))
            self.g.add((node, RDFS.label, _text(f"undisclosed investment in {f.object}")))
            self.g.add((company, DG.raised, node))
            if self.date:
                self.g.add((node, DG.announcementDate, _text(self.date)))
        return node

    def _relation(self, f: Fact) -> None:
        g = self.g
        subject, obj, prop = entity_iri(f.subject), entity_iri(f.object or ""), PROPERTY[f.relation]
        event = None
        if f.relation in ("invested_in", "led_round"):
            event = self._round_for(f)
            g.add((event, DG.investor, subject))
            g.add((subject, DG.investedIn, obj))
            if f.relation == "led_round":
                g.add((event, DG.leadInvestor, subject))
        elif f.relation == "acquired":
            event = ID["acquisition/" + _hash(f.article, f.subject, f.object)]
            g.add((event, RDF.type, DG.Acquisition))
            g.add((event, DG.acquirer, subject))
            g.add((event, DG.target, obj))
            g.add((event, RDFS.label, _text(f"{f.subject} acquires {f.object}")))
            if self.date:
                g.add((event, DG.announcementDate, _text(self.date)))
        elif f.relation == "merged_with":
            a, b = sorted([f.subject, f.object or ""])
            event = ID["merger/" + _hash(f.article, a, b)]
            g.add((event, RDF.type, DG.Merger))
            g.add((event, DG.party, subject))
            g.add((event, DG.party, obj))
            g.add((event, RDFS.label, _text(f"merger of {a} and {b}")))
            if self.date:
                g.add((event, DG.announcementDate, _text(self.date)))
        g.add((subject, prop, obj))
        if f.relation != "headquartered_in":  # one property for every deal or company link, either way
            g.add((subject, DG.linkedTo, obj))
            g.add((obj, DG.linkedTo, subject))
        self._provenance(f, subject, prop, obj, event)

    def _provenance(self, f: Fact, subject: URIRef, prop: URIRef, obj: URIRef, event: URIRef | None) -> None:
        g, node = self.g, _fact_iri(f)
        g.add((node, RDF.type, DG.Fact))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, prop))
        g.add((node, RDF.object, obj))
        if event is not None:
            g.add((node, DG.event, event))
        g.add((node, PROV.wasDerivedFrom, article_iri(f.article)))
        g.add((node, DG.evidence, _text(f.evidence)))
        g.add((node, DG.startOffset, Literal(f.start)))
        g.add((node, DG.endOffset, Literal(f.end)))
        g.add((node, DG.confidence, Literal(Decimal(str(round(f.confidence, 3))), datatype=XSD.decimal)))


# ---------------------------------------------------------------------------
def own_date(announced: str | None, article_date: str | None) -> str | None:
    """A round's own date read back: to_rdf fills dg:announcementDate with the article's date
    when the sentence gave none, so that date is not the round's own."""
    return announced if announced != article_date else None


def corpus_from_rdf(g: Graph) -> Corpus:
    """Read a graph written by :func:`to_rdf` back into the data model (for views and exports of a saved graph)."""
    def text(node, prop) -> str | None:
        value = g.value(node, prop)
        return str(value) if value is not None else None

    articles = {}
    for node in sorted(set(g.subjects(RDF.type, DG.Article))):
        aid = text(node, DG.articleId) or str(node).rsplit("/", 1)[-1]
        articles[node] = Article(id=aid, text="", title=text(node, DCT.title), url=text(node, DG.url),
                                 date=text(node, DCT.date))
    entities: dict[str, Entity] = {}
    names: dict = {}
    for cls, type_name in TYPE_OF_CLASS.items():
        for node in set(g.subjects(RDF.type, cls)):
            label = text(node, RDFS.label) or str(node)
            names[node] = label
            aliases = {str(a) for a in g.objects(node, DG.alias)}
            entities[label] = Entity(label, type_name, aliases, set())
    facts = []
    for node in set(g.subjects(RDF.type, DG.Fact)):
        prop, s, o = g.value(node, RDF.predicate), g.value(node, RDF.subject), g.value(node, RDF.object)
        relation = RELATION.get(prop)
        if relation is None or s not in names:
            continue
        article_node = g.value(node, PROV.wasDerivedFrom)
        article = articles[article_node].id if article_node in articles else str(article_node)
        common = dict(article=article, subject=names[s], subject_type=entities[names[s]].type, relation=relation,
                      evidence=text(node, DG.evidence) or "", start=int(g.value(node, DG.startOffset) or 0),
                      end=int(g.value(node, DG.endOffset) or 0), confidence=float(g.value(node, DG.confidence) or 1.0))
        if relation in MONEY_RELATIONS:
            article_date = articles[article_node].date if article_node in articles else None
            facts.append(Fact(**common, amount=float(g.value(o, DG.amount) or 0), currency=text(o, DG.currency),
                              round=text(o, DG.roundType), date=own_date(text(o, DG.announcementDate), article_date)))
        elif o in names:
            facts.append(Fact(**common, object=names[o], object_type=entities[names[o]].type))
        else:
            continue
        entities[names[s]].articles.add(article)
        if o in names:
            entities[names[o]].articles.add(article)
    facts.sort(key=lambda f: (f.article, f.start, f.relation, f.subject, f.object or ""))
    return Corpus(list(articles.values()), entities, facts)
