"""The word lists and relation patterns extraction reads (``data/lexicon.json``, ``data/relations.json``),
compiled once and checked on load: a pattern that does not compile names its rule.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_json

DEFAULT_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern
    relation: str | None
    s: str | None
    o: str | None
    funded: str | None
    view: str
    confidence: float
    skip_debt: bool


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    raise_verbs: re.Pattern
    raise_before: re.Pattern
    round_after: re.Pattern
    round_before: re.Pattern
    valuation_before: re.Pattern
    valuation_after: re.Pattern
    deal_value_before: re.Pattern
    valuation_subject: re.Pattern
    total: re.Pattern
    speculative: re.Pattern
    merger: re.Pattern
    portion_after: re.Pattern
    debt: re.Pattern
    coref: re.Pattern
    coref_blockers: frozenset[str]
    investor_heads: frozenset[str]
    honorifics: frozenset[str]
    key_suffixes: frozenset[str]
    org_suffixes: frozenset[str]
    founder_titles: re.Pattern
    founder_only: frozenset[str]
    title_parts: frozenset[str]  # every word of a title: 'managing', 'partner', 'chief', ...
    legal_suffixes: frozenset[str]
    not_name_starts: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]  # 'German', 'Chinese': nationality words, no names


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Compile the lexicon and relation patterns once (validated on load)."""
    lex = load_json("lexicon.json")
    spec = load_json("relations.json")
    macros: dict[str, str] = {}
    for name, body in spec["macros"].items():  # later macros use earlier ones
        macros[name] = _expand(body, macros)
    rules = []
    for raw in spec["rules"]:
        try:
            regex = re.compile(_expand(raw["re"], macros), re.I)
        except re.error as exc:
            raise ValueError(f"relations.json rule {raw.get('id')!r}: {exc}") from exc
        rules.append(Rule(raw["id"], regex, raw.get("relation"), raw.get("s"), raw.get("o"), raw.get("funded"),
                           raw.get("view", "full"), float(raw.get("confidence", DEFAULT_CONFIDENCE)),
                           bool(raw.get("skip_debt"))))
    verbs = alternation(lex["raise_verbs"])
    rounds = alternation(lex["round_words"])
    return Lexicon(
        rules=tuple(rules),
        raise_verbs=re.compile(rf"\b(?:{verbs})\b"),
        raise_before=re.compile(rf"\b(?:{verbs})\b(?:\s+[^\s⟨]+){{0,4}}\s*$"),
        round_after=re.compile(rf"^(?:\s+[^\s⟨]+){{0,5}}?\s+(?:{rounds})\b", re.I),
        round_before=re.compile(rf"\b(?:{rounds})\b(?:\s+[^\s⟨]+){{0,3}}\s*$", re.I),
        valuation_before=re.compile(lex["valuation_before"], re.I),
        valuation_after=re.compile(lex["valuation_after"], re.I),
        deal_value_before=re.compile(lex["deal_value_before"], re.I),
        valuation_subject=re.compile(
            r"(?:⟨[OP](\d+)⟩[’']?s?\s+(?:(?!(?:at|of|in|on|for|with|by|from|to|and)\b)[\w-]+\s+){0,2}valuation"
            r"|⟨[OP](\d+)⟩\s+(?-i:[a-z]+\s+){1,5}?its\s+(?:[\w-]+\s+){0,2}?valuation"  # 'X has doubled its valuation'
            r"|valu(?:es|e|ed|ing)\s+(?:the\s+)?(?:⟨G\d+⟩-based\s+)?⟨[OP](\d+)⟩\s+at"
            r"|⟨[OP](\d+)⟩\s*[,—–]?\s*\(?(?:which is |which was |is |was |will be |would be |now |being |is now |has been )?"
            r"(?:[a-z]+ly )?(?:valued|worth))"
            r"[^⟨.;]*$"),
        total=re.compile(lex["total_cues"], re.I),
        speculative=re.compile(lex["speculative_cues"], re.I),
        merger=re.compile(lex["merger_cues"], re.I),
        portion_after=re.compile(lex["portion_after"], re.I),
        debt=re.compile(rf"\b(?:{alternation(lex['debt_cues'])})\b", re.I),  # not 'digital lender', 'lending app'
        coref=re.compile(rf"\b(?P<det>[Tt]he|[Tt]his)\s+(?P<mods>(?:[\w’'-]+,?\s+){{0,3}}?)(?P<head>{alternation(lex['coref_heads'])})\b"),
        coref_blockers=frozenset(lex["coref_blockers"]),
        investor_heads=frozenset(lex["coref_investor_heads"]),
        honorifics=frozenset(lex["honorifics"]),
        key_suffixes=frozenset(lex["name_suffixes_dropped_in_keys"]),
        org_suffixes=frozenset(lex["org_suffix_words"]),
        founder_titles=re.compile(rf"\b(?:{alternation(lex['founder_titles'])})\b", re.I),
        founder_only=frozenset(t.lower() for t in lex["founder_only_titles"]),
        title_parts=frozenset(w for t in lex["titles"] for w in t.lower().split()),
        legal_suffixes=frozenset(lex["legal_suffixes"]),
        not_name_starts=frozenset(lex["not_name_starts"]),
        places=frozenset(lex["possessive_places"]),
        demonyms=frozenset(lex["demonyms"]),
    )


def _expand(text: str, macros: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        return macros[m.group(1)] if m.group(1) in macros else m.group(0)

    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\{([A-Z]+)\}", sub, text)
    return text
