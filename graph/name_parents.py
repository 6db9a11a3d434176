"""Parents named in their units' names: 'Lazada Philippines' is a unit of 'Lazada', 'Sequoia Capital India'
of 'Sequoia Capital', 'Diageo Kenya Ltd' of 'Diageo PLC'.

An article that names both an organization and a longer name made of all its words (its legal and group
words aside) and then a country or region tells of a company and its branch there; so does one whose
longer name goes on to words that name an investing arm ('Pfizer Ventures', 'Lenovo Capital', 'Sony
Innovation Fund'), when the article keeps the two apart (its entity resolution did not read the short
name as the long one's). Other words after a name are too often the same company's full name
('F-star Therapeutics' for 'F-star') to tell a unit by, except where the article writes the longer name as the
shorter one's possession ("Tencent's Tencent Music", and by initials "Kelvo Merchants Bank's KMB International").
The stage runs after the patterns and the scorer, and adds nothing where they read another tie between the two."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .lexicon import lexicon
from .names import known_places

CONFIDENCE = 0.6
# words that end a company's name without naming it: 'Diageo PLC', 'CITIC Group', 'Jio Platforms Limited'
_MORE_TAIL = frozenset({"company", "se", "kk", "pcl", "jsc", "asa", "ab", "spa"})  # beyond the name keys' suffixes
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "du", "la", "the"})
# the words after an owner's name that make the name its investing arm's: 'Pfizer Ventures', 'Novartis
# Venture Fund', 'Lenovo Capital', 'Tencent Investment', 'Maersk Growth', 'Sony Innovation Fund'
_ARM_WORDS = frozenset({"ventures", "venture", "bioventures", "capital", "fund", "investment", "investments",
                        "innovation", "innovations", "growth", "vision", "corporate", "strategic", "digital"})
_FUND_WORDS = _ARM_WORDS - {"growth", "capital"}  # not 'Baobab Growth Fund', a firm's own name
_OWNER_PREFIXES = frozenset({"grupo", "groupe", "gruppo", "banco", "banca", "pt", "the"})
_ARM_HEADS = frozenset({"ventures", "bioventures", "capital", "fund", "investment", "investments", "growth"})


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
    seen = _sentences_of(reader)
    first = {cid: min(sentences) for cid, sentences in seen.items()}  # a fact's evidence: the unit's first sentence
    for unit in orgs:
        for parent in orgs:
            if unit.id == parent.id or frozenset((unit.id, parent.id)) in tied:
                continue
            if name_parent(unit.name, parent.name) and unit.id in first:
                reader.facts.append(_RawFact("subsidiary_of", unit.id, parent.id, first[unit.id], CONFIDENCE,
                                             rule="name_parent"))
        owners = [o for o in orgs if o.id != unit.id and (o.owner or fund_tail(_core(unit.name)[len(_core(o.name)):]))]
        found = arm_owner(unit.name, [o.name for o in owners])
        if found is None or unit.id not in first:
            continue
        owner, exact = owners[found[0]], found[1]
        if not exact and not seen[unit.id] & seen[owner.id]:
            continue  # 'Orrin Capital' and 'Orrin Foods', owner of another unit, told apart: no tie
        if frozenset((unit.id, owner.id)) not in tied:
            reader.facts.append(_RawFact("subsidiary_of", unit.id, owner.id, first[unit.id], CONFIDENCE,
                                         rule="arm_name"))
    for si, ctx in enumerate(reader.contexts):
        for m in _POSSESSED.finditer(ctx.masked.full):
            owner, unit = (ctx.masked.items[int(m.group(k))].cluster for k in (1, 2))
            if owner is None or unit is None or owner == unit or frozenset((unit, owner)) in tied \
                    or reader.by_id[owner].kind != "O" or reader.by_id[unit].kind != "O":
                continue
            if possessed_unit(reader.by_id[unit].name, reader.by_id[owner].name):
                tied.add(frozenset((unit, owner)))
                reader.facts.append(_RawFact("subsidiary_of", unit, owner, si, CONFIDENCE, rule="possessed_unit"))


_POSSESSED = re.compile(r"(?<![’'])⟨O(\d+)⟩[’']s\s+⟨O(\d+)⟩(?![’'])")


def possessed_unit(unit: str, owner: str) -> bool:
    """Whether "owner's unit" names a unit of the owner: the unit's name opens with the owner's first word
    ("Tencent's Tencent Music") or with its initials ("Kelvo Merchants Bank's KMB International", "Bank of
    Tamsin's BOT Card Services"), not a company of its own the owner backs or buys."""
    owner_words, unit_words = _core(owner), _words(unit)
    if len(unit_words) < 2 or not owner_words:
        return False
    first = unit_words[0]
    if first.lower() == owner_words[0].lower():
        return len(first) >= 3 and first not in known_places() and first.lower() not in _CONNECTORS
    initials = {"".join(w[0] for w in owner_words).upper(), "".join(w[0] for w in owner_words if w[:1].isupper())}
    return len(first) >= 2 and first.isupper() and first in initials


def fund_tail(words: list[str]) -> bool:
    """Whether words after an owner's name make it a fund of the owner's own: two arm words or more, the last
    'Fund' ('Innovation Fund', 'Venture Fund', 'Vision Fund'); 'Ventures' or 'Capital' alone end as many
    firms' own full names ('Blackbird Ventures')."""
    return len(words) >= 2 and all(w.lower() in _FUND_WORDS for w in words) and words[-1].lower() == "fund"


def _owner_words(arm: str) -> list[str]:
    """The words an investing arm's name opens with, before the arm's own ('Pfizer' of 'Pfizer Ventures',
    'Sony' of 'Sony Innovation Fund'); none for a name that is no arm's or has nothing before them."""
    words = _core(arm)
    k = len(words)
    while k > 0 and words[k - 1].lower() in _ARM_WORDS:
        k -= 1
    if k == 0 or k == len(words) or words[-1].lower() not in _ARM_HEADS:
        return []
    return words[:k]


def arm_owner(arm: str, owners: list[str]) -> tuple[int, bool] | None:
    """Which of ``owners`` (names the article gives as owners: "X's venture arm", 'subsidiaries of A and
    B'; or names the arm's own opens with before a fund's words) the arm is named after: the name made of
    the arm's first words ('Pfizer' for 'Pfizer Ventures'), else the fullest that holds them ('Zhongdian
    Charging Technology' for 'Zhongdian Capital'); itself no arm's name. With it, whether it is made of
    those words alone."""
    head = [w.lower() for w in _owner_words(arm)]
    if not head or len(head) == 1 and (len(head[0]) < 3 or head[0].title() in known_places()):
        return None
    fits = []
    for i, name in enumerate(owners):
        words = [w.lower() for w in _core(name)]
        holds = words[:len(head)] == head or words[1:1 + len(head)] == head and (
            words[0] in _OWNER_PREFIXES or words[0].title() in known_places())  # 'Grupo X', 'Zhejiang X Group'
        if holds and not _owner_words(name) and name != arm:
            fits.append((len(words), i, words == head))
    exact = [i for _, i, same in fits if same]
    if len(exact) == 1:
        return exact[0], True  # 'Sony' of 'Sony Innovation Fund', though the article names 'Sony Music' too
    fits.sort(reverse=True)
    if not fits or len(fits) > 1 and fits[0][0] == fits[1][0]:
        return None
    return fits[0][1], fits[0][2]


def _sentences_of(reader) -> defaultdict[int, set[int]]:
    """The sentences each cluster is named in."""
    seen: defaultdict[int, set[int]] = defaultdict(set)
    for si, ctx in enumerate(reader.contexts):
        for item in ctx.masked.items:
            if item.cluster is not None and not item.coref:
                seen[item.cluster].add(si)
    return seen

