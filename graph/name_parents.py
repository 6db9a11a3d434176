"""Parents named in their units' names: 'Lazada Philippines' is a unit of 'Lazada', 'Sequoia Capital India'
of 'Sequoia Capital', 'Diageo Kenya Ltd' of 'Diageo PLC'.

An article that names both an organization and a longer name made of all its words (its legal and group
words aside) and then a country or region tells of a company and its branch there. Other words after a
name are too often the same company's full name ('Blackbird Ventures' for 'Blackbird', 'F-star
Therapeutics' for 'F-star') to tell a unit by. The stage runs after the patterns and the scorer, and adds
nothing where they read another tie between the two."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon
from .names import known_places

CONFIDENCE = 0.6
# words that end a company's name without naming it: 'Diageo PLC', 'CITIC Group', 'Jio Platforms Limited'
_MORE_TAIL = frozenset({"company", "se", "kk", "pcl", "jsc", "asa", "ab", "spa"})  # beyond the name keys' suffixes
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "du", "la", "the"})


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name.replace("’s", "").replace("'s", "")) if w]


@lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    return lexicon().key_suffixes | _MORE_TAIL


def _core(name: str) -> list[str]:
    """The name's words less the legal and group words at its end ('Diageo PLC' -> ['Diageo'])."""
    words = _words(name)
    tail = _tail_words()
    while len(words) > 1 and words[-1].lower().rstrip(".") in tail:
        words = words[:-1]
    return words


def name_parent(unit: str, parent: str) -> bool:
    """Whether ``parent`` (its legal words aside) opens ``unit``'s name, which goes on to a place."""
    owner, words = _core(parent), _core(unit)
    if len(words) <= len(owner) or [w.lower() for w in words[:len(owner)]] != [w.lower() for w in owner]:
        return False
    if words[len(owner)].lower() in _CONNECTORS:
        return False  # 'Bank of America' is no unit of a 'Bank'
    if len(owner) == 1 and (len(owner[0]) < 3 or owner[0].islower() or owner[0] in known_places()):
        return False  # 'China Merchants Bank' is no unit of 'China'
    extra = words[len(owner):]
    return any(" ".join(extra[k:]) in known_places() for k in range(len(extra)))  # '... Japan', '... Southeast Asia'


def add_name_parents(reader) -> None:
    """Add to ``reader.facts`` 'unit subsidiary_of parent' for the organizations whose names say so."""
    from .extraction import _RawFact

    tied = {frozenset((f.subject, f.object)) for f in reader.facts if f.object is not None}
    orgs = [c for c in reader.by_id.values() if c.kind == "O" and c.id not in reader.media]
    first = _first_sentences(reader)
    for unit in orgs:
        for parent in orgs:
            if unit.id == parent.id or frozenset((unit.id, parent.id)) in tied:
                continue
            if name_parent(unit.name, parent.name) and unit.id in first:
                reader.facts.append(_RawFact("subsidiary_of", unit.id, parent.id, first[unit.id], CONFIDENCE,
                                             rule="name_parent"))


def _first_sentences(reader) -> dict[int, int]:
    """Each cluster's first sentence (the fact's evidence)."""
    first: dict[int, int] = {}
    for si, ctx in enumerate(reader.contexts):
        for item in ctx.masked.items:
            if item.cluster is not None and not item.coref:
                first.setdefault(item.cluster, si)
    return first
