"""Measure extraction against gold annotations.

A gold file ``NAME.gold.json`` sits beside the article ``NAME.txt`` and lists the
article's entities (a name, a type, other names as aliases) and the facts it
states; ``optional`` facts are defensible but not required, so they are neither
rewarded nor punished. The format is described in the README ("Measuring
extraction"). A predicted fact matches a gold one when its relation is the same
and its names, normalized (case, accents, punctuation, a possessive 's and legal
suffixes folded), are the gold entities' names or aliases; an amount matches
within 2% in the same currency. A ``led_round`` implies the ``invested_in`` of
the same pair, on both sides.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import DealgraphError
from .model import FACT_TYPES, MONEY_RELATIONS, RELATIONS, SYMMETRIC_RELATIONS, Fact
from .names import name_key

GOLD_SUFFIXES = frozenset({"inc", "ltd", "limited", "llc", "co", "corp", "corporation", "plc", "holdings",
                           "holding", "group", "the"})
MONEY_TOLERANCE = 0.02
ENTITY_TYPES = ("Organization", "Person", "Place")


class GoldFileError(DealgraphError):
    """A gold file does not parse or does not follow the format."""


def gold_key(name: str) -> str:
    """How evaluation compares names: :func:`graph.names.name_key` with the gold format's suffixes."""
    return name_key(name, GOLD_SUFFIXES)


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldFact:
    s: str
    r: str
    o: str | None = None
    amounts: tuple[tuple[float, str], ...] = ()  # (amount, currency): the stated one, then its 'alt' forms

    def __str__(self) -> str:
        if self.r in MONEY_RELATIONS:
            amount, currency = self.amounts[0]
            return f"{self.s} {self.r} {amount:,.0f} {currency}"
        return f"{self.s} {self.r} {self.o}"


@dataclass
class GoldArticle:
    id: str
    entities: dict[str, GoldEntity]
    facts: list[GoldFact]
    optional: list[GoldFact]
    source: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # gold key -> entity name

    def __post_init__(self) -> None:
        for entity in self.entities.values():
            for surface in (entity.name, *entity.aliases):
                if key := gold_key(surface):
                    self.aliases.setdefault(key, entity.name)
        self.facts = _with_implied(self.facts)
        self.optional = _with_implied(self.optional)

    def resolve(self, name: str | None) -> str | None:
        """The gold entity a predicted name stands for, if any."""
        return self.aliases.get(gold_key(name)) if name else None

    def required_entities(self) -> set[str]:
        """Organizations and people that take part in a required fact and are not marked optional."""
        in_facts = {n for f in self.facts for n in (f.s, f.o) if n}
        return {e.name for e in self.entities.values()
                if e.type != "Place" and not e.optional and e.name in in_facts}


def _with_implied(facts: list[GoldFact]) -> list[GoldFact]:
    out = list(facts)
    for f in facts:
        implied = GoldFact(f.s, "invested_in", f.o)
        if f.r == "led_round" and not any(_same_pair(implied, g) for g in out):
            out.append(implied)
    return out


def _same_pair(a: GoldFact, b: GoldFact) -> bool:
    if a.r != b.r or a.r in MONEY_RELATIONS:
        return False
    return (a.s, a.o) == (b.s, b.o) or (a.r in SYMMETRIC_RELATIONS and (a.s, a.o) == (b.o, b.s))


# ---------------------------------------------------------------------------
# reading gold files
def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``*.gold.json`` files of ``paths`` (files, or folders searched recursively), sorted."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(path.rglob("*.gold.json")))
        elif path.is_file():
            out.append(path)
        else:
            raise GoldFileError(f"{path}: no such file or folder")
    return out


def load_gold(paths: Iterable[str | Path]) -> dict[str, GoldArticle]:
    """Every gold file of ``paths`` by article id; an id given twice is an error naming both files."""
    out: dict[str, GoldArticle] = {}
    where: dict[str, Path] = {}
    for path in gold_files(paths):
        gold = read_gold(path)
        if gold.id in out:
            raise GoldFileError(f"{path}: article id {gold.id!r} is also the id of {where[gold.id]}")
        out[gold.id], where[gold.id] = gold, path
    if not out:
        raise GoldFileError(f"no *.gold.json files in {', '.join(map(str, paths))}")
    return out


def read_gold(path: str | Path) -> GoldArticle:
    """One gold file, checked field by field; problems raise :class:`GoldFileError` naming file and field."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldFileError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, dict):
        raise GoldFileError(f"{path}: the top level is not a JSON object")

    def fail(where: str, problem: str):
        raise GoldFileError(f"{path}: {where}: {problem}")

    stem = path.name[: -len(".gold.json")] if path.name.endswith(".gold.json") else path.stem
    article_id = data.get("id", stem)
    if not isinstance(article_id, str) or not article_id:
        fail("id", "must be a non-empty string")
    entities: dict[str, GoldEntity] = {}
    raw_entities = data.get("entities", [])
    if not isinstance(raw_entities, list):
        fail("entities", "must be a list")
    for i, raw in enumerate(raw_entities):
        where = f"entities[{i}]"
        if not isinstance(raw, dict):
            fail(where, "must be an object")
        name, kind, aliases = raw.get("name"), raw.get("type"), raw.get("aliases", [])
        if not isinstance(name, str) or not name.strip():
            fail(f"{where}.name", "must be a non-empty string")
        if kind not in ENTITY_TYPES:
            fail(f"{where}.type", f"must be one of {', '.join(ENTITY_TYPES)}, not {kind!r}")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            fail(f"{where}.aliases", "must be a list of strings")
        if name in entities:
            fail(f"{where}.name", f"{name!r} is listed twice")
        entities[name] = GoldEntity(name, kind, tuple(aliases), bool(raw.get("optional", False)))
    facts = [_read_fact(raw, f"facts[{i}]", entities, fail) for i, raw in enumerate(_list(data, "facts", fail))]
    optional = [_read_fact(raw, f"optional[{i}]", entities, fail) for i, raw in enumerate(_list(data, "optional", fail))]
    return GoldArticle(article_id, entities, facts, optional, source=str(data.get("source", "")))


def _list(data: dict, key: str, fail) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        fail(key, "must be a list")
    return value


def _read_fact(raw, where: str, entities: dict[str, GoldEntity], fail) -> GoldFact:
    if not isinstance(raw, dict):
        fail(where, "must be an object")
    relation = raw.get("r")
    if relation not in RELATIONS:
        fail(f"{where}.r", f"unknown relation {relation!r} (one of {', '.join(sorted(RELATIONS))})")
    subjects, objects = FACT_TYPES[relation]
    s = raw.get("s")
    if s not in entities:
        fail(f"{where}.s", f"{s!r} is not the name of an entity of the file")
    if entities[s].type not in subjects:
        fail(f"{where}.s", f"{s!r} is a {entities[s].type}; {relation} needs a {' or '.join(sorted(subjects))}")
    if relation in MONEY_RELATIONS:
        amounts = [_amount(raw, where, fail)]
        alts = raw.get("alt", [])
        if not isinstance(alts, list):
            fail(f"{where}.alt", "must be a list")
        amounts += [_amount(alt, f"{where}.alt[{k}]", fail) for k, alt in enumerate(alts)]
        return GoldFact(s, relation, None, tuple(amounts))
    o = raw.get("o")
    if o not in entities:
        fail(f"{where}.o", f"{o!r} is not the name of an entity of the file")
    if entities[o].type not in (objects or ()):
        fail(f"{where}.o", f"{o!r} is a {entities[o].type}; {relation} needs a {' or '.join(sorted(objects or ()))}")
    return GoldFact(s, relation, o)


def _amount(raw, where: str, fail) -> tuple[float, str]:
    if not isinstance(raw, dict):
        fail(where, "must be an object")
    amount, currency = raw.get("amount"), raw.get("currency")
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
        fail(f"{where}.amount", f"must be a positive number in units, not {amount!r}")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper()):
        fail(f"{where}.currency", f"must be an ISO 4217 code such as USD, not {currency!r}")
    return float(amount), currency


# ---------------------------------------------------------------------------
# scoring
@dataclass
class Score:
    """Counts per relation, entity counts, and what was missed or wrongly read."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)  # tp, fp, fn
    misses: list[tuple[str, GoldFact]] = field(default_factory=list)
    false_positives: list[tuple[str, Fact]] = field(default_factory=list)
    articles: int = 0

    def relation(self, name: str | None = None) -> tuple[int, int, int, float, float, float]:
        """tp, fp, fn, precision, recall, F1 of one relation, or of all when ``name`` is None."""
        if name is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[name], self.fp[name], self.fn[name]
        return (tp, fp, fn, *prf(tp, fp, fn))

    def entity(self) -> tuple[int, int, int, float, float, float]:
        tp, fp, fn = self.entities["tp"], self.entities["fp"], self.entities["fn"]
        return (tp, fp, fn, *prf(tp, fp, fn))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class _Predicted:
    fact: Fact
    s: str  # the gold name, or '?name' for a name the gold does not know
    o: str | None
    counted: bool = False


def evaluate(facts: Iterable[Fact], gold: dict[str, GoldArticle]) -> Score:
    """Score ``facts`` against ``gold``; only articles with a gold file count."""
    by_article: dict[str, list[Fact]] = {}
    for f in facts:  # an article read from a folder, 'asia/NAME', is the gold file's NAME
        by_article.setdefault(f.article if f.article in gold else f.article.rsplit("/", 1)[-1], []).append(f)
    score = Score(articles=len(gold))
    for article_id, art in gold.items():
        seen, unknown = set(), set()
        predicted = []
        for f in by_article.get(article_id, []):
            for name, kind in ((f.subject, f.subject_type), (f.object, f.object_type)):
                if name and kind != "Place":
                    resolved = art.resolve(name)
                    seen.add(resolved) if resolved else unknown.add(gold_key(name))
            if f.relation in RELATIONS:
                predicted.append(_Predicted(f, art.resolve(f.subject) or f"?{f.subject}",
                                            None if f.object is None else art.resolve(f.object) or f"?{f.object}"))
        required = art.required_entities()
        score.entities.update(tp=len(seen & required), fn=len(required - seen), fp=len(unknown))
        _match(article_id, art, _with_implied_predictions(predicted), score)
    return score


def _with_implied_predictions(predicted: list[_Predicted]) -> list[_Predicted]:
    out = list(predicted)
    for p in predicted:
        if p.fact.relation == "led_round" and not any(
                q.fact.relation == "invested_in" and (q.s, q.o) == (p.s, p.o) for q in out):
            out.append(_Predicted(replace(p.fact, relation="invested_in"), p.s, p.o))
    return out


def _matches(p: _Predicted, g: GoldFact) -> bool:
    if p.fact.relation != g.r:
        return False
    if g.r in MONEY_RELATIONS:
        return p.s == g.s and p.fact.amount is not None and any(
            cur == (p.fact.currency or "").upper() and abs(p.fact.amount - amount) <= MONEY_TOLERANCE * amount
            for amount, cur in g.amounts)
    return (p.s, p.o) == (g.s, g.o) or (g.r in SYMMETRIC_RELATIONS and (p.s, p.o) == (g.o, g.s))


def _match(article_id: str, art: GoldArticle, predicted: list[_Predicted], score: Score) -> None:
    """Each gold fact is matched once; a prediction repeating a matched or counted one is neither
    rewarded nor punished, and one matching an optional fact is ignored."""
    matched: set[int] = set()
    for p in predicted:
        hits = [i for i, g in enumerate(art.facts) if _matches(p, g)]
        if hits:
            fresh = [i for i in hits if i not in matched]
            if fresh:
                matched.add(fresh[0])
                score.tp[p.fact.relation] += 1
            continue
        if any(_matches(p, g) for g in art.optional):
            continue
        if any(q.counted and q.fact.relation == p.fact.relation and (q.s, q.o) == (p.s, p.o)
               and q.fact.relation not in MONEY_RELATIONS for q in predicted):
            continue
        p.counted = True
        score.fp[p.fact.relation] += 1
        score.false_positives.append((article_id, p.fact))
    for i, g in enumerate(art.facts):
        if i not in matched:
            score.fn[g.r] += 1
            score.misses.append((article_id, g))


# ---------------------------------------------------------------------------
# reports
def score_to_dict(score: Score) -> dict:
    def figures(tp, fp, fn, p, r, f):
        return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    relations = sorted(set(score.tp) | set(score.fp) | set(score.fn))
    return {"articles": score.articles, "facts": figures(*score.relation()), "entities": figures(*score.entity()),
            "relations": {r: figures(*score.relation(r)) for r in relations}}


def format_score(score: Score, fmt: str = "table", verbose: bool = False) -> str:
    """The score as a table (per relation, then all facts and entities) or as JSON; ``verbose``
    adds every miss and every false positive with its sentence."""
    if fmt == "json":
        data = score_to_dict(score)
        if verbose:
            data["misses"] = [{"article": a, "fact": str(g)} for a, g in score.misses]
            data["false_positives"] = [{"article": a, "fact": _describe(f), "evidence": f.evidence}
                                       for a, f in score.false_positives]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = [f"articles scored: {score.articles}",
             f"{'relation':<18}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [(r, score.relation(r)) for r in sorted(set(score.tp) | set(score.fp) | set(score.fn))]
    rows += [("ALL FACTS", score.relation()), ("ENTITIES", score.entity())]
    for label, (tp, fp, fn, p, r, f) in rows:
        lines.append(f"{label:<18}{tp:>5}{fp:>5}{fn:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if verbose:
        lines += [f"MISS  {a}: {g}" for a, g in score.misses]
        lines += [f"FALSE {a}: {_describe(f)}  | {f.evidence}" for a, f in score.false_positives]
    lines.append(f"facts F1 {score.relation()[5]:.3f}  entity F1 {score.entity()[5]:.3f}")
    return "\n".join(lines) + "\n"


def _describe(f: Fact) -> str:
    if f.relation in MONEY_RELATIONS:
        return f"{f.subject} {f.relation} {f.amount or 0:,.0f} {f.currency}"
    return f"{f.subject} {f.relation} {f.object}"
