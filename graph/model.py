"""The records that flow through the pipeline, one way.

Article -> (extract) -> Extraction(entities, facts) -> (resolve) -> Corpus
-> (build) networkx graph -> exporters / queries.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ORGANIZATION = "Organization"
PERSON = "Person"
PLACE = "Place"
ENTITY_TYPES = (ORGANIZATION, PERSON, PLACE)

#: relation -> (subject type, object type); None = money fact, no object.
RELATIONS: dict[str, tuple[str, str | None]] = {
    "invested_in": (ORGANIZATION, ORGANIZATION),
    "led_round": (ORGANIZATION, ORGANIZATION),
    "acquired": (ORGANIZATION, ORGANIZATION),
    "merged_with": (ORGANIZATION, ORGANIZATION),
    "founded_by": (ORGANIZATION, PERSON),
    "executive_of": (PERSON, ORGANIZATION),
    "subsidiary_of": (ORGANIZATION, ORGANIZATION),
    "headquartered_in": (ORGANIZATION, PLACE),
    "partner_of": (ORGANIZATION, ORGANIZATION),
    "raised": (ORGANIZATION, None),
    "valued_at": (ORGANIZATION, None),
}
#: relation -> (subject types, object types) a fact may join, as ontology/shapes.ttl checks them:
#: investors and acquirers may be people, everything else keeps the types of RELATIONS.
FACT_TYPES: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    rel: (frozenset({s, PERSON}) if rel in {"invested_in", "led_round", "acquired"} else frozenset({s}),
          frozenset({o}) if o else None)
    for rel, (s, o) in RELATIONS.items()
}
MONEY_RELATIONS = frozenset({"raised", "valued_at"})
SYMMETRIC_RELATIONS = frozenset({"merged_with", "partner_of"})


@dataclass(frozen=True)
class Article:
    """One news article. ``text`` is plain text (HTML is reduced to its main text on reading)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None  # the file it was read from


@dataclass(frozen=True)
class Fact:
    """One statement read from one sentence of one article."""

    article: str
    subject: str
    subject_type: str
    relation: str
    object: str | None = None
    object_type: str | None = None
    amount: float | None = None
    currency: str | None = None
    round: str | None = None
    date: str | None = None
    evidence: str = ""
    start: int = 0  # character offsets of the evidence sentence in the article text
    end: int = 0
    confidence: float = 1.0

    def types_fit(self) -> bool:
        """Whether the subject's and object's types are ones the relation joins (see FACT_TYPES)."""
        subjects, objects = FACT_TYPES[self.relation]
        return self.subject_type in subjects and (objects is None or self.object_type in objects)

    def key(self) -> tuple:
        """Identity of the statement, regardless of where it was read."""
        if self.relation in MONEY_RELATIONS:
            return (self.subject, self.relation, self.currency, round(self.amount or 0, -3))
        if self.relation in SYMMETRIC_RELATIONS:
            a, b = sorted([self.subject, self.object or ""])
            return (a, self.relation, b)
        return (self.subject, self.relation, self.object)

    def to_dict(self) -> dict:
        """The fact export format of ../shared/eval/README.md, plus provenance."""
        out: dict = {"article": self.article, "subject": self.subject,
                     "subject_type": self.subject_type, "relation": self.relation}
        if self.relation in MONEY_RELATIONS:
            amount = self.amount or 0
            out["amount"] = int(amount) if float(amount).is_integer() else amount
            out["currency"] = self.currency
            if self.relation == "raised":
                out["round"] = self.round or "unspecified"
            if self.date:
                out["date"] = self.date
        else:
            out["object"] = self.object
            out["object_type"] = self.object_type
        out.update(evidence=self.evidence, start=self.start, end=self.end,
                   confidence=round(self.confidence, 3))
        return out


@dataclass
class Entity:
    """A resolved entity: one canonical name, a type and the other names it goes by."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass
class Extraction:
    """What was read from one article; ``error`` says why nothing could be (the article is then left out),
    ``warnings`` what was read only in part (see ``graph/limits.py``)."""

    article: Article
    entities: list[Entity]
    facts: list[Fact]
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    """Extractions after cross-article entity resolution: what the graph is built from."""

    articles: list[Article]
    entities: dict[str, Entity]  # canonical name -> entity
    facts: list[Fact]
