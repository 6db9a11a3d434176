"""Names: the keys that decide two names are one entity, and the lists of known names.

Used by extraction (clusters in an article), resolution (entities across
articles), RDF (entity IRIs), stores and evaluation, so it sits apart from all of them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .resources import load_json, load_jsonl


@lru_cache(maxsize=1)
def key_suffixes() -> frozenset[str]:
    """Words dropped from the end of a name for its key: legal forms ('Ltd', 'GmbH') and 'Holdings', 'Group'."""
    return frozenset(load_json("lexicon.json")["name_suffixes_dropped_in_keys"])


def name_key(name: str, suffixes: Iterable[str] | None = None) -> str:
    """Normalized form used to decide that two names are the same entity.

    >>> name_key("Tencent Holdings Ltd."), name_key("the Tencent"), name_key("Nestlé’s")
    ('tencent', 'tencent', 'nestle')
    """
    return _name_key(name, key_suffixes() if suffixes is None else frozenset(suffixes))


@lru_cache(maxsize=1 << 16)  # resolving a big corpus asks for the same few thousand names over and over
def _name_key(name: str, drop: frozenset[str]) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`]s\b", "", text)
    words = re.sub(r"[^\w\s]", " ", text).split()
    if len(words) > 2 and len(words[-1]) == len(words[-2]) == 1 and words[-2] + words[-1] in drop:
        words = words[:-2] + [words[-2] + words[-1]]  # 'Showa Denko K. K.', 'Grupo X S. A.': a legal form's initials
    while words and words[-1] in drop:
        words.pop()
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1)
def gazetteer_keys() -> dict[str, str]:
    """Key of every gazetteer name and alias -> the gazetteer's canonical name."""
    out: dict[str, str] = {}
    for entry in load_jsonl("gazetteer.jsonl"):
        for name in [entry["name"], *entry.get("aliases", [])]:
            out.setdefault(name_key(name), entry["name"])
    return out


@lru_cache(maxsize=1)
def media_keys() -> frozenset[str]:
    """Keys of the news outlets the gazetteer lists (role "media")."""
    return frozenset(name_key(n) for e in load_jsonl("gazetteer.jsonl") if e.get("role") == "media"
                     for n in [e["name"], *e.get("aliases", [])])


def initials(name: str) -> str:
    """'International Finance Corporation' -> 'IFC' (for acronyms that stand for a name)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in {"of", "and", "the", "for"}).upper()


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Names of places that stay places beside a company named after them ('London' and 'London & Partners')."""
    return frozenset(load_json("places.json")["places"]) | frozenset(load_json("lexicon.json")["possessive_places"])


# a degree written after a person's name ('Nina Park, Ph.D.'): no part of the name, no job title
DEGREE = r"(?:Ph\.\s?D\.?|PhD|M\.\s?D\.?|MD|MBA|M\.B\.A\.?|CFA|CPA|M\.P\.H\.?|MPH|D\.?Phil\.?|Esq\.?|Pharm\.?D\.?)"
