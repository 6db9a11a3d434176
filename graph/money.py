"""Money amounts, round types and dates in deal news.

>>> [(m.amount, m.currency) for m in find_money("raised US$30M and RMB 400 million, then 400 million yuan")]
[(30000000.0, 'USD'), (400000000.0, 'CNY'), (400000000.0, 'CNY')]
>>> [(m.amount, m.currency) for m in find_money("a deal worth Rs 4,546 crore, or $1.1bn")]
[(45460000000.0, 'INR'), (1100000000.0, 'USD')]
>>> [m.amount for m in find_money("raised $185-million")]  # the hyphen of Canadian outlets
[185000000.0]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_json

_MONTHS = ("January February March April May June July August September October November December").split()
_DATE = re.compile(r"\b(?:(?P<month>" + "|".join(_MONTHS) + r"|" + "|".join(m[:3] for m in _MONTHS)
                   + r")\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: float
    currency: str
    qualifier: str | None = None  # "over", "up to", ...


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict, dict, dict]:
    data = load_json("currencies.json")
    prefix, suffix = data["prefix"], data["suffix"]
    scales = dict(data["scales"])
    for word, factor in data["scales"].items():  # '$3 Million', 'USD 2 BILLION', '$65.7 Mn', 'INR 536.5 Cr'
        if len(word) >= 2:
            scales.setdefault(word.title(), factor)
        if len(word) > 2:
            scales.setdefault(word.upper(), factor)

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:" + alt(scales) + r")\b"
    qualifier = r"(?:(?P<q>" + alt(data["qualifiers"]) + r")\s*)?"
    upper = r"\s?[-–]\s?(?:" + number + r")"  # a range's upper end: '$5-6 billion' is $5 billion
    pre = (qualifier + r"(?P<cur>" + alt(prefix) + r")\s?(?P<num>" + number + r")(?:" + upper + r"(?=\s?" + scale
           + r"))?(?:[\s-]?(?P<scale>" + scale + r"))?")
    post = (qualifier + r"(?P<num2>" + number + r")(?:(?<!\b(?:19|20)\d\d)" + upper + r")?\s?(?:(?P<scale2>" + scale + r")\s?)?(?P<cur2>"
            + alt(suffix) + r")\b")
    # A prefix marker made of letters needs a word boundary before it ("RMB", not "...RMB").
    pattern = re.compile(r"(?<![\w$])(?:" + pre + r"|" + post.replace("?P<q>", "?P<q2>") + r")")
    return pattern, prefix, suffix, scales


def find_money(text: str, locale: dict[str, str | None] | None = None) -> list[Money]:
    """Every money amount in ``text`` with its ISO 4217 currency; amounts are in units.

    A marker whose currency depends on the outlet ('$', '¥', 'Rs', 'pesos', ...) takes it from
    ``locale`` (see :func:`currency_locale`), else its default ('$' is USD)."""
    pattern, prefix, suffix, scales = _pattern()
    by_locale = _by_locale()
    found = []
    for m in pattern.finditer(text):
        marker = m.group("cur") or m.group("cur2")
        if m.group("cur"):
            cur, num, scale, q = prefix[marker], m.group("num"), m.group("scale"), m.group("q")
        else:
            cur, num, scale, q = suffix[marker], m.group("num2"), m.group("scale2"), m.group("q2")
            if not scale and marker in {"USD", "EUR", "INR", "IDR", "HKD", "SGD", "CNY", "RMB"} and "," not in num:
                continue  # "2020 USD" is too weak a signal without a scale
        if marker in by_locale and m.group("cur") and _US_AFTER.match(text, m.end()):
            cur = "USD"  # '$207 million USD': the amount says which dollar it is
        elif marker in by_locale:
            cur = (locale or {}).get(marker, by_locale[marker]["default"])
            if cur is None:
                continue  # 'R' is rand only where the article is South African
        value = float(num.replace(",", "")) * (scales[scale] if scale else 1)
        if value <= 0 or (not scale and value < 1000 and cur not in {"USD", "EUR", "GBP"}):
            continue
        found.append(Money(m.start(), m.end(), value, cur, q.lower() if q else None))
    return found


@lru_cache(maxsize=1)
def _by_locale() -> dict[str, dict]:
    return load_json("currencies.json")["by_locale"]


@lru_cache(maxsize=1)
def _locale_cues() -> dict[str, re.Pattern]:
    return {cur: re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
                            + r")(?![\w$])") for cur, cues in load_json("currencies.json")["locales"].items()}


_US_AFTER = re.compile(r"\s?(?:USD\b|US dollars\b|U\.S\. dollars\b)")
_US_MARKER = re.compile(r"US\s?\$|\$\s?US\b|\bUSD\b|\bU\.S\. dollars")


@lru_cache(maxsize=None)
def _own_marker(currency: str) -> re.Pattern:
    """The prefixes that write ``currency`` itself ('A$', 'AU$', '$A' for AUD)."""
    signs = [m for m, cur in load_json("currencies.json")["prefix"].items() if cur == currency and "$" in m]
    if not signs:
        return re.compile(r"(?!)")  # a currency with no dollar sign of its own
    return re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(m) for m in sorted(signs, key=len, reverse=True)) + r")\s?\d")


_EXCHANGES = {"ASX": "AUD", "NZX": "NZD", "TSX": "CAD", "SGX": "SGD", "HKEX": "HKD"}
_LOCAL_EXCHANGE = re.compile(r"\b(?:" + "|".join(_EXCHANGES) + r")\b")


def _listed_on(text: str) -> set[str]:
    """The currencies of the stock exchanges a story names ('lists on the NZX': NZD)."""
    return {_EXCHANGES[m.group(0)] for m in _LOCAL_EXCHANGE.finditer(text)}


def currency_locale(text: str) -> dict[str, str | None]:
    """Which currency this article's ambiguous markers mean, from the places it names.

    A bare '$' is the local dollar in an Australian, Canadian, Singaporean, Hong Kong or New
    Zealand story that writes US dollars as 'US$' (or that names the place far more than the US,
    unless it writes the local dollar with its own sign, 'A$');
    '¥' is yen where Japan outweighs China, 'pesos' Colombian where Colombia is named, and so on.

    >>> currency_locale("Sydney's Gridloom raised $40 million (US$26 million).")["$"]
    'AUD'
    """
    cues = _locale_cues()
    counts = {cur: len(pattern.findall(text)) for cur, pattern in cues.items()}
    out: dict[str, str | None] = {}
    for marker, rule in _by_locale().items():
        choices = [c for c in rule["choices"] if counts.get(c)]
        best = max(choices, key=lambda c: (counts[c], -rule["choices"].index(c)), default=None)
        default = rule["default"]
        if best is None:
            continue
        if rule.get("needs_us_marker"):
            us = counts.get("USD", 0)
            if _US_MARKER.search(text):
                out[marker] = best
            elif _own_marker(best).search(text):
                continue  # 'A$75.7 million ($48.81 million)': the local dollar has its own sign
            elif counts[best] >= 3 and counts[best] > 2 * us and best in rule.get("told_by_mentions", ()) \
                    or us == 0 and best in _listed_on(text):
                out[marker] = best  # the place named far more than the US, or a listing on its exchange; a
                # Singapore or Hong Kong story's bare '$' is the US dollar unless it writes 'US$' beside it
        elif default is None or counts[best] > counts.get(default, 0):
            out[marker] = best
    return out


@lru_cache(maxsize=1)
def round_kinds() -> frozenset[str]:
    """The round types a graph may hold: the ``sh:in`` list of ``dg:roundType`` in the SHACL shapes,
    the one list that extraction's lexicon is checked against and validation enforces."""
    from rdflib import Graph, Namespace
    from rdflib.collection import Collection

    from .resources import ontology_path

    sh, dg = Namespace("http://www.w3.org/ns/shacl#"), Namespace("https://w3id.org/dealgraph/ontology#")
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    for prop in shapes.subjects(sh.path, dg.roundType):
        listed = shapes.value(prop, sh["in"])
        if listed is not None:
            return frozenset(str(v) for v in Collection(shapes, listed))
    raise ValueError("ontology/shapes.ttl lists no round types (sh:in of dg:roundType)")


@lru_cache(maxsize=1)
def _round_types() -> list[tuple[re.Pattern, str]]:
    """The lexicon's round patterns, each label checked against :func:`round_kinds` on load."""
    kinds = round_kinds()
    out = []
    for pattern, label in load_json("lexicon.json")["round_types"]:
        regex = re.compile(pattern, re.I)
        labels = {label.format(c) for c in "abcdefgh"} if regex.groups else {label}
        if not labels <= kinds:
            raise ValueError(f"lexicon.json round type {label!r} is not one of the kinds in ontology/shapes.ttl")
        out.append((regex, label))
    return out


def round_type(text: str) -> str | None:
    """The round type named in ``text`` ('series-d', 'seed', 'ipo', ...), or None.

    >>> round_type("USD 100 million in Series D funding"), round_type("a pre-IPO round")
    ('series-d', 'pre-ipo')
    """
    best: tuple[int, str] | None = None
    for pattern, label in _round_types():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            value = label.format(*(g.lower() for g in m.groups())) if m.groups() else label
            best = (m.start(), value)
    return best[1] if best else None


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, 'YYYY' or 'YYYY-MM') for each month-year or year mentioned."""
    out = []
    for m in _DATE.finditer(text):
        year, month = m.group("year"), m.group("month")
        if month:
            idx = next(i for i, name in enumerate(_MONTHS) if name.startswith(month[:3]))
            out.append((m.start(), f"{year}-{idx + 1:02d}"))
        else:
            out.append((m.start(), year))
    return out
