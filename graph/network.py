"""The in-memory knowledge graph: a networkx MultiDiGraph.

One node per resolved entity; one edge per fact. A money fact (``raised``,
``valued_at``) points from the company to a node for the funding round or the
valuation, which carries the amount.
"""
from __future__ import annotations

import hashlib

import networkx as nx

from .model import MONEY_RELATIONS, Corpus, Fact

ROUND_TYPE = "FundingRound"
VALUATION_TYPE = "Valuation"


def money_node_id(fact: Fact) -> str:
    """Stable id of the round or valuation node of a money fact."""
    raw = f"{fact.article}|{fact.relation}|{fact.subject}|{fact.currency}|{fact.amount}"
    return f"{fact.relation}:{hashlib.sha1(raw.encode()).hexdigest()[:12]}"


def money_label(fact: Fact) -> str:
    amount = fact.amount or 0
    for scale, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if amount >= scale:
            text = f"{amount / scale:.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        text = f"{amount:g}"
    kind = "valuation" if fact.relation == "valued_at" else f"{fact.round or 'unspecified'} round"
    return f"{fact.currency} {text} {kind}"


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """Build the graph from resolved facts; node and edge attributes hold everything the exporters need."""
    g = nx.MultiDiGraph(articles={a.id: {"title": a.title, "url": a.url, "date": a.date} for a in corpus.articles})
    for name in sorted(corpus.entities):
        e = corpus.entities[name]
        g.add_node(name, label=name, type=e.type, aliases=sorted(e.aliases), articles=sorted(e.articles))
    for i, f in enumerate(corpus.facts):
        attrs = {"relation": f.relation, "article": f.article, "evidence": f.evidence, "start": f.start,
                 "end": f.end, "confidence": round(f.confidence, 3)}
        if f.relation in MONEY_RELATIONS:
            node = money_node_id(f)
            g.add_node(node, label=money_label(f), type=VALUATION_TYPE if f.relation == "valued_at" else ROUND_TYPE,
                       amount=f.amount, currency=f.currency, round=f.round, date=f.date, articles=[f.article])
            attrs.update(amount=f.amount, currency=f.currency, round=f.round, date=f.date)
            g.add_edge(f.subject, node, key=i, **{k: v for k, v in attrs.items() if v is not None})
        else:
            g.add_edge(f.subject, f.object, key=i, **attrs)
    return g
