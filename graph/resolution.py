"""Entity resolution across articles.

Every mention of a name in an article is one *form*: the name, the other names the article gives it, and
its type. Forms that share a key are one entity: a name's key (case, accents, punctuation and legal
suffixes folded: "Tencent", "Tencent Holdings", "Tencent Holdings Ltd."), or the gazetteer entry a
form's names are listed under. So "Acme" told alone in one article and "Acme Robotics (Acme)" in
another are one entity, whichever article came first. "Sequoia Capital China" keeps its own node: its
key differs.

The entity is decided by the forms it gathered and by nothing else, so the articles' order does not
matter, and the forms can be summed a few at a time (:class:`Mentions`): a store adds a day's articles
to what it keeps of each entity and gets what resolving every article again would give. The
canonical label is the gazetteer's name when the corpus uses it, else the name the most articles call
it by ("Kudipay" where one article says "Kudipay Technologies (Kudipay)" and another "Kudipay"), then the
one most of them give as its name, then the longer, then the first in order. An entity has one type, the one most of its mentions have
(Organization, then Person, then Place, on a tie); a fact that type does not fit ("Shenzhen" a company
that raised money in one article, a place in the others) is dropped, so a built graph always
conforms to the shapes.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .model import Corpus, Entity, Extraction, Fact
from .names import gazetteer_keys, name_key

Form = tuple[str, tuple[str, ...], str]  # (name, its other names in the article, sorted, type): one mention


def form_keys(form: Form) -> tuple[str, list[str]]:
    """A form's own key (its name's), and the others it may join an entity by: the gazetteer entry its
    names are listed under (the first listed, the name's own first), as ``gazetteer:NAME``, which no
    name's key can be, and its other names' keys."""
    name, aliases, _ = form
    own = name_key(name)
    others = list(dict.fromkeys(k for k in (name_key(n) for n in aliases) if k != own))
    gazetteer = gazetteer_keys()
    listed = next((gazetteer[k] for k in [own, *others] if k in gazetteer), None)
    return own, [f"gazetteer:{listed}", *others] if listed else others


@dataclass
class Mentions:
    """What the mentions of one entity add up to: enough to name and type it and total its funding,
    and to be summed with more mentions without reading their articles again."""

    forms: Counter = field(default_factory=Counter)  # Form -> mentions
    articles: set[str] = field(default_factory=set)
    raised: set[tuple[str, str, str]] = field(default_factory=set)  # (USD amount, subject, subject type) of rounds

    def add(self, other: Mentions) -> None:
        self.forms.update(other.forms)
        self.articles |= other.articles
        self.raised |= other.raised

    def keys(self) -> set[str]:
        """Every key of the entity's forms: where an index of entities finds it."""
        return {k for form in self.forms for own, others in [form_keys(form)] for k in [own, *others]}

    def own_keys(self) -> set[str]:
        return {form_keys(form)[0] for form in self.forms}

    def named(self) -> set[tuple[str, str]]:
        """(key, type) of each name a mention goes by."""
        return {(form_keys(form)[0], form[2]) for form in self.forms}

    def links(self, named: set[tuple[str, str]]) -> list[str]:
        """The keys that join these mentions to others: their names', their gazetteer entries, and the
        keys of their other names that some mention of the same type goes by (``named``). An other
        name no mention goes by ('Mehta', given as another name of 'Anand Mehta' and of 'Arjun Mehta')
        joins nothing, nor does one only a place goes by ('Chile', a bad other name of a company);
        once an article names the company 'Acme' alone, 'Acme Robotics (Acme)' is that Acme."""
        out = set()
        for (name, aliases, type_) in self.forms:
            own, others = form_keys((name, aliases, type_))
            out.add(own)
            out.update(k for k in others if (k, type_) in named or k.startswith("gazetteer:"))
        return sorted(out)

    def entity(self) -> Entity:
        used: Counter = Counter()  # name -> the articles that give it as the entity's name
        told: Counter = Counter()  # name -> the articles that call the entity so, as its name or another
        types: Counter = Counter()
        for (name, aliases, type_), count in self.forms.items():
            used[name] += count
            types[type_] += count
            for n in {name, *aliases}:
                told[n] += count
        listed = sorted(k.split(":", 1)[1] for k in self.keys() if k.startswith("gazetteer:"))
        label = next((n for n in listed if n in told), None) or max(sorted(told), key=lambda n: (told[n], used[n], len(n)))
        return Entity(label, max(sorted(types), key=types.__getitem__), set(told) - {label}, set(self.articles))

    def funding(self, entity: Entity) -> tuple[Decimal, int] | None:
        """The entity's total disclosed funding in USD and the distinct amounts summed, as
        :func:`graph.rdf.funding_totals` gives them from the resolved facts."""
        amounts = {Decimal(usd) for usd, subject, subject_type in self.raised
                   if _kept(Fact("", subject, subject_type, "raised"), entity, None) is not None}
        return (sum(amounts), len(amounts)) if amounts else None


def mentions_of(ex: Extraction) -> list[Mentions]:
    """One :class:`Mentions` per entity of an extraction, in its order: its form, and the disclosed
    (not debt) rounds it raised, from which its funding total is summed."""
    from .rdf import in_usd

    raised: dict[str, set] = {}
    for f in ex.facts:
        if f.relation == "raised" and f.round != "debt" and (usd := in_usd(f.amount, f.currency)) is not None:
            raised.setdefault(f.subject, set()).add((str(usd), f.subject, f.subject_type))
    return [Mentions(Counter({(e.name, tuple(sorted(e.aliases)), e.type): 1}), {ex.article.id}, raised.get(e.name, set()))
            for e in ex.entities]


def connect(parts: Iterable[Mentions]) -> list[Mentions]:
    """The parts joined into entities: parts linked by a key (see :meth:`Mentions.links`), directly or
    through others, are one."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    alike: dict[Form, Mentions] = {}  # the mentions of one form, summed first: a city has thousands
    several: list[Mentions] = []
    for p in parts:
        if len(p.forms) == 1:
            alike.setdefault(next(iter(p.forms)), Mentions()).add(p)
        else:
            several.append(p)
    parts = [*alike.values(), *several]
    named = {n for p in parts for n in p.named()}
    keys = [p.links(named) for p in parts]
    for ks in keys:
        for k in ks[1:]:
            a, b = find(ks[0]), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, Mentions] = {}
    for p, ks in zip(parts, keys):
        groups.setdefault(find(ks[0]), Mentions()).add(p)
    return list(groups.values())


class Resolved:
    """Entities, and the entity each name (by its key) is."""

    def __init__(self, groups: Iterable[Mentions]):
        self.groups = list(groups)
        self.entities: list[Entity] = [g.entity() for g in self.groups]
        self.by_key: dict[str, Entity] = {k: e for g, e in zip(self.groups, self.entities) for k in g.own_keys()}

    def entity_of(self, name: str) -> Entity:
        return self.by_key[name_key(name)]

    def corpus(self, extractions: list[Extraction]) -> Corpus:
        """The corpus of ``extractions``, whose names these entities resolve."""
        facts = [f for ex in extractions for f in canonical_facts(ex, self.entity_of)]
        return Corpus([ex.article for ex in extractions], {e.name: e for e in sorted(self.entities, key=lambda e: e.name)},
                      facts)


def canonical_facts(ex: Extraction, entity_of: Callable[[str], Entity]) -> list[Fact]:
    """An article's facts with their names and types made those of the entities they name
    (``entity_of(name)``); facts the entities' types do not fit are dropped, and two names of one
    entity in one sentence ('Tencent', 'Tencent Holdings') make one statement."""
    facts: dict[tuple, Fact] = {}
    for f in ex.facts:
        kept = _kept(f, entity_of(f.subject), entity_of(f.object) if f.object else None)
        if kept is None:
            continue
        same = (kept.relation, kept.subject, kept.object, kept.amount, kept.currency, kept.start)
        if same not in facts or kept.confidence > facts[same].confidence:
            facts[same] = kept
    return list(facts.values())


def _kept(f: Fact, subject: Entity, obj: Entity | None) -> Fact | None:
    s, s_type = subject.name, subject.type
    o, o_type = (obj.name, obj.type) if obj else (None, None)
    if o is not None and o == s:
        return None  # 'Facebook parent company Meta': two names of one company relate it to nothing
    if (f.subject, f.subject_type, f.object, f.object_type) == (s, s_type, o, o_type):  # most keep theirs
        return f
    f = replace(f, subject=s, subject_type=s_type, object=o, object_type=o_type)
    return f if f.types_fit() else None  # 'Shenzhen' a place in most articles, a company in one: it raised nothing


def resolve(extractions: Iterable[Extraction]) -> Corpus:
    """Merge per-article entities into one set of canonical entities and rename facts to match."""
    extractions = list(extractions)
    return Resolved(connect(m for ex in extractions for m in mentions_of(ex))).corpus(extractions)
