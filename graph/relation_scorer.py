"""The learned relation scorer: which relation, if any, a sentence states between two of its mentions.

The relation patterns (``data/relations.json``) read the phrasings they were
written for precisely, and say nothing about the others. The scorer reads every
pair of mentions of every sentence, from evidence that holds across phrasings:

* the words between the two mentions and around them, with the other mentions
  and amounts as their kind ('<O>', '<M>');
* the list each mention stands in ('led by A, B and C' reads the same for C as
  for A): the words around the whole list, and between the two lists;
* the sentence's trigger words (led, acquired, valued, co-founded, ...);
* what the article knows of each mention: the company whose round the sentence
  tells of (even when the sentence does not name it: 'BYD and Geely also joined'),
  the article's main company, investors, news outlets, organization words
  ('Capital', 'Ventures');
* which relation patterns fired for the pair.

A multinomial logistic regression per kind of pair (two mentions, or a mention
and an amount) turns them into probabilities. Its weights are trained by
``scripts/train_model.py`` on the annotated articles of ``corpus/`` and the
shared dev articles, and shipped as ``data/relation_scorer.json``. The patterns'
facts are kept, but an amount the scorer all but rules out (``MONEY_VETO``); the
scorer adds the facts it is at least ``ADD_THRESHOLD`` sure of, where no pattern's
reading of the sentence contradicts them. A list shares its role: where the
patterns or the scorer are sure that one member of 'A, B and C' invested in a
company, the others need only ``LIST_THRESHOLD``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial

from .extraction import (DEAL_RELATIONS, PAST_ROLE, ROUND_WORDS, employer_mentions, money_cues, not_a_round,
                         round_owners)
from .lexicon import DEFAULT_CONFIDENCE, lexicon
from .resources import data_path, load_json

SCORER_FILE = "relation_scorer.json"
ADD_THRESHOLD = 0.45
LIST_THRESHOLD = 0.2  # enough for a member of a list whose other member the scorer is sure of
MONEY_VETO = 0.2  # a pattern's amount the scorer gives less than this is dropped
REL_LABELS = ("none", "invested_in", "led_round", "acquired", "merged_with", "subsidiary_of", "partner_of",
              "founded_by", "executive_of", "headquartered_in")
MONEY_LABELS = ("none", "raised", "valued_at")
_LIST_ROLES = (REL_LABELS.index("invested_in"), REL_LABELS.index("led_round"))
MAX_PAIR_TOKENS = 80  # pairs farther apart in a sentence are not read: a list of 1,000 names stays cheap

_TOKEN = re.compile(r"⟨[OPGM]\d+⟩|[’']s\b|\w+(?:[-.&’']\w+)*|[^\w\s]")
_PLACEHOLDER = re.compile(r"⟨([OPGM])(\d+)⟩")
_TRIGGERS = re.compile(r"^(?:lead|led|leads|leading|co-led|co-lead|invest\w*|back\w*|fund\w*|financ\w*|rais\w*|round|"
                       r"acqui\w*|buy|buys|bought|purchas\w*|merg\w*|combin\w*|found\w*|co-found\w*|ceo|chief|"
                       r"president|chair\w*|partner\w*|director|head\w*|stake|unit|arm|subsidiar\w*|parent|owned|"
                       r"based|headquarter\w*|valu\w*|worth|particip\w*|join\w*|includ\w*|among|alongside|"
                       r"sold|sell\w*|spin\w*|venture|cooperat\w*|collaborat\w*|alliance|joint|deal|agreement)$")
_COARSE = {"O": "E", "P": "E", "G": "G"}
_PAST = {"former", "formerly", "ex", "previously", "previous", "onetime", "one-time", "erstwhile", "retired", "late",
         "outgoing", "then"}
_LIST_BREAKS = {"by", "from", "led", "in", "into", "to", "with", "at", "of", "for", "which", "who", "that", "said",
                "says", "invested", "acquired", "raised", "including", "include", "includes", "among", "while",
                "after", "before", "alongside", "also", "its", "their", "the", "is", "was", "were", "are", "has",
                "have", "had", "will", "<M>", "(", ")", ":", "—", "–", "-"}


@dataclass
class Candidate:
    """A pair the scorer reads: two clusters (``y``), or a cluster and an amount (``money``, the
    amount's item in the sentence's masked text)."""

    sentence: int
    x: int
    y: int | None = None
    money: int | None = None
    features: list[str] = field(default_factory=list)
    listed: int | None = None  # where x stands in a list of two or more ('A, B and C'): the list's first token

    @property
    def is_money(self) -> bool:
        return self.money is not None

    @property
    def implicit(self) -> bool:
        """A pair with the company whose round the sentence tells of, where the sentence does not name it."""
        return bool(self.features) and self.features[0] in ("implicit", "implicit_rev")


# ---------------------------------------------------------------------------
# candidates and their features
def candidates(reader) -> list[Candidate]:
    """Every candidate pair of every sentence of a read article (``extraction._ArticleReader``)."""
    rule_votes: dict[tuple, set[str]] = {}
    for f in reader.facts:
        other = f.object if f.object is not None else _amount_key(f.money)
        rule_votes.setdefault((f.sentence, f.subject, other), set()).update({f"rule:{f.relation}", f"rid:{f.rule}"})
    out: list[Candidate] = []
    for si, ctx in enumerate(reader.contexts):
        out.extend(_sentence_candidates(reader, si, ctx, rule_votes))
    return out


def _amount_key(money) -> tuple:
    return ("M", round(money.amount) if money else 0)


def _sentence_candidates(reader, si: int, ctx, rule_votes: dict) -> list[Candidate]:
    masked = ctx.masked
    tokens = _TOKEN.findall(masked.full)
    words = [f"<{m.group(1)}>" if (m := _PLACEHOLDER.fullmatch(t)) else t.lower() for t in tokens]
    mentions = [(ti, int(m.group(2))) for ti, t in enumerate(tokens) if (m := _PLACEHOLDER.fullmatch(t))]
    mentions = [(ti, masked.items[k], k) for ti, k in mentions if k < len(masked.items)]
    names = [(ti, item) for ti, item, _k in mentions if item.kind in "OPG" and item.cluster is not None]
    amounts = [(ti, item, k) for ti, item, k in mentions if item.kind == "M"]
    triggers = [f"t:{w}" for w in sorted({w for w in words if _TRIGGERS.match(w)})]
    here = {item.cluster for _ti, item in names}
    runs = _runs(words, [ti for ti, item in names if item.kind in "OP"])
    # the same sentence with appositions and participial clauses taken out ('X, the investment company owned
    # by billionaire P, has announced plans to acquire Y' -> 'X has announced plans to acquire Y')
    short = [f"<{m.group(1)}>" if (m := _PLACEHOLDER.fullmatch(t)) else t.lower() for t in _TOKEN.findall(masked.collapsed)]
    short_at = {int(m.group(2)): ti for ti, t in enumerate(_TOKEN.findall(masked.collapsed))
                if (m := _PLACEHOLDER.fullmatch(t))}
    out: list[Candidate] = []
    item_of = {id(item): k for _ti, item, k in mentions}
    for ta, a in names:
        if a.kind == "G":
            continue  # a place is never a subject
        for tb, b in names:
            if b.cluster == a.cluster or abs(ta - tb) > MAX_PAIR_TOKENS:
                continue
            kinds = _COARSE[a.kind] + _COARSE[b.kind]  # the NER takes some companies for people: O and P alike
            feats = (_pair_features(words, ta, tb, kinds) + _list_features(words, runs, ta, tb, kinds) + [f"kk:{a.kind}{b.kind}"]
                     + _cluster_features(reader, a, "x", ctx) + _cluster_features(reader, b, "y", ctx)
                     + [f"{kinds}|{t}" for t in triggers] + sorted(rule_votes.get((si, a.cluster, b.cluster), ()))
                     + _short_features(short, short_at.get(item_of[id(a)]), short_at.get(item_of[id(b)]), kinds))
            out.append(Candidate(si, a.cluster, b.cluster, features=feats, listed=_list_of(runs, ta, tb)))
    # the company whose round the sentence tells of, where the sentence does not name it
    company = ctx.funded if ctx.funded is not None and ctx.funded not in here else None
    if company is not None:
        for ta, a in names:
            if a.kind == "G":
                continue
            around = _window_features(words, ta, "w") + triggers + _list_features(words, runs, ta, None, _COARSE[a.kind] + "R")
            feats = ["implicit", f"k:{a.kind}R", *around, *_cluster_features(reader, a, "x", ctx),
                     *sorted(rule_votes.get((si, a.cluster, company), ()))]
            out.append(Candidate(si, a.cluster, company, features=feats, listed=_list_of(runs, ta, None)))
            feats = ["implicit_rev", f"k:R{a.kind}", *around, *_cluster_features(reader, a, "y", ctx),
                     *sorted(rule_votes.get((si, company, a.cluster), ()))]
            out.append(Candidate(si, company, a.cluster, features=feats))
    for tm, m, k in amounts:
        key = _amount_key(m.money)
        at = masked.full.index(f"⟨M{k}⟩")
        around = _window_features(words, tm, "m") + triggers + money_cues(masked.full[:at], masked.full[at:].split("⟩", 1)[1])
        if m.money and m.money.qualifier:
            around.append(f"mq:{m.money.qualifier}")
        for ta, a in names:
            if a.kind == "G":
                continue
            feats = (_pair_features(words, ta, tm, _COARSE[a.kind] + "M") + around + _cluster_features(reader, a, "x", ctx)
                     + sorted(rule_votes.get((si, a.cluster, key), ())))
            out.append(Candidate(si, a.cluster, money=k, features=feats))
        if company is not None:
            feats = ["implicit", *around, *_cluster_features(reader, reader.by_id[company], "x", ctx, cluster=True),
                     *sorted(rule_votes.get((si, company, key), ()))]
            out.append(Candidate(si, company, money=k, features=feats))
    return out


def _cluster_features(reader, item, role: str, ctx, cluster: bool = False) -> list[str]:
    """What the article knows of a mention (``item``, or with ``cluster`` a cluster itself)."""
    c = item if cluster else reader.by_id[item.cluster]
    cid = c.id
    out = [f"{role}k:{c.kind}"]
    if not cluster and item.coref:
        out.append(f"{role}:coref")
    if cid in reader.investors:
        out.append(f"{role}:investor")
    if cid == reader.focus:
        out.append(f"{role}:focus")
    if cid == ctx.funded:
        out.append(f"{role}:funded" + ("" if ctx.explicit else "_inherited"))
    if cid in reader.media:
        out.append(f"{role}:media")
    words = c.name.split()
    if words and words[-1].lower() in _suffix_words():
        out.append(f"{role}s:{words[-1].lower()}")
    return out


@lru_cache(maxsize=1)
def _suffix_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("lexicon.json")["org_suffix_words"])


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (3, "2-3"), (6, "4-6"), (10, "7-10"), (20, "11-20")):
        if n <= limit:
            return name
    return "21+"


def _pair_features(words: list[str], tx: int, ty: int, kinds: str) -> list[str]:
    d = "f" if tx < ty else "b"
    lo, hi = sorted((tx, ty))
    between = words[lo + 1:hi]
    out = [f"k:{kinds}", f"d:{d}", f"{kinds}{d}", f"dist:{_bucket(len(between))}",
           f"nm:{_bucket(sum(1 for w in between if w in ('<O>', '<P>')))}"]
    # 'P, the former chief executive of X', 'former X partner P'; not 'X named former Y partner P' (P's past is Y)
    if any(w in _PAST and "<O>" not in between[i + 1:] for i, w in enumerate(between)) \
            or _PAST.intersection(words[max(0, lo - 4):lo]):
        out.append(f"{kinds}:past")
    for w in set(between):
        out += [f"b:{w}", f"{kinds}{d}b:{w}"]
    out += [f"bb:{w1}_{w2}" for w1, w2 in set(zip(between, between[1:]))]
    if len(between) <= 6:
        out.append(f"{kinds}{d}bs:{' '.join(between)}")
    for k in (1, 2):
        if lo - k >= 0:
            out.append(f"l{k}:{words[lo - k]}")
        if hi + k < len(words):
            out.append(f"r{k}:{words[hi + k]}")
    if between:
        out += [f"b1:{between[0]}", f"bn:{between[-1]}"]
    return out


def _short_features(short: list[str], sx: int | None, sy: int | None, kinds: str) -> list[str]:
    """The words between the pair once appositions are taken out, where both are still there."""
    if sx is None or sy is None:
        return ["short:gone"]
    d = "f" if sx < sy else "b"
    lo, hi = sorted((sx, sy))
    between = short[lo + 1:hi]
    out = [f"{kinds}{d}sw:{w}" for w in set(between)]
    if len(between) <= 6:
        out.append(f"{kinds}{d}ss:{' '.join(between)}")
    return out


def _window_features(words: list[str], i: int, tag: str) -> list[str]:
    return _around(words, i, i, tag, width=3, right_pair=True)


def _around(words: list[str], first: int, last: int, tag: str, width: int, right_pair: bool) -> list[str]:
    """The words before ``first`` and after ``last`` (one by one, and the two nearest as a pair)."""
    out = []
    for k in range(1, width + 1):
        if first - k >= 0:
            out.append(f"{tag}l{k}:{words[first - k]}")
        if last + k < len(words):
            out.append(f"{tag}r{k}:{words[last + k]}")
    if first - 2 >= 0:
        out.append(f"{tag}l12:{words[first - 2]}_{words[first - 1]}")
    if right_pair and last + 2 < len(words):
        out.append(f"{tag}r12:{words[last + 1]}_{words[last + 2]}")
    return out


def _runs(words: list[str], positions: list[int]) -> dict[int, tuple[int, int]]:
    """Each mention's list: the run of mentions joined by separators ('A, B and C', 'A; B, a fund; and C'),
    as (first token, last token) of the run. A mention alone is a run of one."""
    groups: list[list[int]] = []
    titles = lexicon().title_parts
    for p in positions:
        between = words[groups[-1][-1] + 1:p] if groups else []
        titled = words[p + 1:p + 2] == [","] and any(w in titles and w != "head" for w in words[p + 2:p + 4])
        if groups and any(w in (",", ";", "and", "&") for w in between) and len(between) <= 8 \
                and not any(w in _LIST_BREAKS for w in between) and not titled:
            groups[-1].append(p)
        else:
            groups.append([p])  # 'A, P, managing partner at B, said': P, with a title, is no member of A's list
    return {p: (group[0], group[-1]) for group in groups for p in group}


def _list_of(runs: dict, tx: int, ty: int | None) -> int | None:
    """The list x stands in, where it has other members and y is not one of them."""
    run = runs.get(tx)
    if run is None or run[0] == run[1] or (ty is not None and runs.get(ty) == run):
        return None
    return run[0]


def _list_features(words: list[str], runs: dict, tx: int, ty: int | None, kinds: str) -> list[str]:
    """Where x stands in a list: the words around the whole list and, for a pair, between the two
    lists (so 'led by A, B and C' reads the same for A, B and C)."""
    if tx not in runs:
        return []
    run = runs[tx]
    first, last = run
    out = []
    if sum(1 for r in runs.values() if r == run) > 1:
        out += ["inlist", f"lpos:{'first' if tx == first else 'last' if tx == last else 'mid'}"]
    out += _around(words, first, last, f"{kinds}l", width=2, right_pair=False)
    if ty is not None:
        other = runs.get(ty, (ty, ty))
        if other == run:
            out.append("samelist")
        else:
            d = "f" if tx < ty else "b"
            lo, hi = (last, other[0]) if tx < ty else (other[1], first)
            between = words[lo + 1:hi]
            if len(between) <= 8:
                out.append(f"{kinds}{d}lb:{' '.join(between)}")
            out += [f"{kinds}{d}lbw:{w}" for w in set(between)]
    return out


# ---------------------------------------------------------------------------
# the model
class LinearModel:
    """A multinomial logistic regression over binary features: a weight row per feature, a column per label."""

    def __init__(self, labels, weights: dict[str, list[float]], bias: list[float]):
        import numpy as np

        self.labels = tuple(labels)
        self.weights, self.bias = weights, bias
        self._row = {f: k for k, f in enumerate(weights)}
        self._matrix = np.array(list(weights.values()) or [[0.0] * len(self.labels)], dtype=np.float64)
        self._bias = np.array(bias, dtype=np.float64)

    def probabilities(self, features: list[str]) -> list[float]:
        import numpy as np

        rows = sorted({self._row[f] for f in features if f in self._row})  # sorted: the same sum every run
        scores = self._bias + (self._matrix[rows].sum(axis=0) if rows else 0.0)
        scores = np.exp(scores - scores.max())
        return (scores / scores.sum()).tolist()

    def to_dict(self) -> dict:
        return {"labels": list(self.labels), "bias": self.bias, "weights": self.weights}


@dataclass
class Scorer:
    relation: LinearModel  # two mentions: REL_LABELS
    money: LinearModel  # a mention and an amount: MONEY_LABELS

    def model_for(self, cand: Candidate) -> LinearModel:
        return self.money if cand.is_money else self.relation


@lru_cache(maxsize=1)
def load_scorer() -> Scorer | None:
    """The shipped scorer, or None where the package has none (the patterns then work alone)."""
    path = data_path(SCORER_FILE)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    models = {name: LinearModel(m["labels"], m["weights"], m["bias"]) for name, m in data.items()}
    if models["relation"].labels != REL_LABELS or models["money"].labels != MONEY_LABELS:
        raise ValueError(f"{path}: labels differ from the scorer's; train it again (scripts/train_model.py)")
    return Scorer(models["relation"], models["money"])


def add_scored_facts(reader, scorer: Scorer | None = None) -> None:
    """Add to ``reader.facts`` (the patterns') the facts the scorer is at least ADD_THRESHOLD sure of."""
    scorer = scorer or load_scorer()
    if scorer is None:
        return
    from .extraction import DEFAULT_CONFIDENCE, _RawFact, _round_kind

    added: list[tuple[float, object]] = []
    belief: dict[tuple, float] = {}  # (sentence, subject, object or amount, relation) -> the scorer's probability
    stated: dict[int, set[str]] = {}  # sentence -> the relations it has a word of
    scored = [(cand, scorer.model_for(cand).probabilities(cand.features)) for cand in candidates(reader)]
    backs: dict[tuple, set] = {}  # (sentence, investor) -> the companies a pattern read it backing there
    buys: dict[tuple, set] = {}  # (sentence, buyer) -> the targets a pattern read it buying there
    employs: dict[tuple, set] = {}  # (sentence, person) -> the organizations a pattern gave them a title at
    holds: dict[tuple, set] = {}  # the same where the title is said of the organization ('CEO of X') ...
    held: dict[tuple, set] = {}  # ... and (sentence, organization) -> the people holding such a title there
    titled: dict[tuple, set] = {}  # (sentence, person) -> where a pattern read the title next to the name
    parents: dict[int, dict] = {}  # sentence -> {unit: its parents} as a pattern read them there
    leads: dict[int, set] = {}  # sentence -> the investors a pattern read leading a round there
    homes: dict[tuple, set] = {}  # (sentence, organization) -> the places a pattern read it based in there
    founds: dict[tuple, set] = {}  # (sentence, person) -> the organizations a pattern read them founding there
    founders: dict[tuple, set] = {}  # (sentence, person) -> the same, by any founding pattern
    with_title: set[tuple] = set()  # (sentence, person) a pattern read a title of there
    for f in reader.facts:
        if f.relation == "founded_by" and _founder_named(reader, f):
            founders.setdefault((f.sentence, f.object), set()).add(f.subject)
        elif f.relation == "executive_of":
            with_title.add((f.sentence, f.subject))
        if f.relation == "headquartered_in":
            homes.setdefault((f.sentence, f.subject), set()).add(f.object)
        if f.relation == "led_round":
            leads.setdefault(f.sentence, set()).add(f.subject)
        if f.relation == "subsidiary_of":
            parents.setdefault(f.sentence, {}).setdefault(f.subject, set()).add(f.object)
        if f.relation in ("invested_in", "led_round"):
            backs.setdefault((f.sentence, f.subject), set()).add(f.object)
        elif f.relation == "acquired":
            buys.setdefault((f.sentence, f.subject), set()).add(f.object)
        elif f.relation in ("executive_of", "founded_by"):
            person, org = (f.object, f.subject) if f.relation == "founded_by" else (f.subject, f.object)
            if any(item.cluster == org and not item.coref for item in reader.contexts[f.sentence].masked.items):
                employs.setdefault((f.sentence, person), set()).add(org)  # only an employer the sentence names
                if f.relation == "founded_by" and f.rule in _CO_FOUNDED_ELSEWHERE and reader.by_id[org].kind == "O":
                    founds.setdefault((f.sentence, person), set()).add(org)
            if f.relation == "executive_of" and f.rule in _TITLE_OF_RULES:
                holds.setdefault((f.sentence, person), set()).add(org)
                held.setdefault((f.sentence, org), set()).add(person)
            if f.relation == "executive_of" and f.rule in _NAMED_TITLE_RULES and reader.by_id[org].kind == "O":
                titled.setdefault((f.sentence, person), set()).add(org)
    title_holders = lru_cache(maxsize=None)(partial(_title_holders, reader))  # once per sentence
    owners = lru_cache(maxsize=None)(partial(_round_owners, reader))
    # a list shares its role: where one member is surely an investor of y, the others need less evidence
    shared: dict[tuple, float] = {}
    member_of = {(c.sentence, c.x): c.listed for c, _p in scored if c.listed is not None}
    for f in reader.facts:  # the patterns' reading counts as sure
        if f.relation in ("invested_in", "led_round") and (f.sentence, f.subject) in member_of:
            shared[(f.sentence, member_of[(f.sentence, f.subject)], f.object, REL_LABELS.index(f.relation))] = 1.0
    for cand, probs in scored:
        if cand.listed is not None and not cand.is_money:
            for k in _LIST_ROLES:
                key = (cand.sentence, cand.listed, cand.y, k)
                shared[key] = max(shared.get(key, 0.0), probs[k])
    for cand, probs in scored:
        model = scorer.model_for(cand)
        if cand.listed is not None and not cand.is_money:
            probs = list(probs)
            for k in _LIST_ROLES:
                if shared[(cand.sentence, cand.listed, cand.y, k)] >= ADD_THRESHOLD and probs[k] >= LIST_THRESHOLD:
                    probs[k] = max(probs[k], ADD_THRESHOLD)
        other = _amount_key(reader.contexts[cand.sentence].masked.items[cand.money].money) if cand.is_money else cand.y
        for k in range(1, len(probs)):
            key = (cand.sentence, cand.x, other, model.labels[k])
            belief[key] = max(belief.get(key, 0.0), probs[k])
        if cand.sentence not in stated:  # once per sentence, not per pair: a long list stays cheap
            sentence = reader.sentences[cand.sentence].text.lower()
            stated[cand.sentence] = {label for label in REL_LABELS + MONEY_LABELS if _stated(label, sentence)}
        allowed = [k for k in range(1, len(probs)) if probs[k] >= ADD_THRESHOLD and model.labels[k] in stated[cand.sentence]
                   and (cand.is_money or _kinds_fit(reader, cand, model.labels[k]))]  # the cheap tests first
        best = max(allowed, key=probs.__getitem__, default=None)
        if best is None or probs[best] < ADD_THRESHOLD:
            continue
        label, confidence = model.labels[best], probs[best] * DEFAULT_CONFIDENCE
        if cand.x in reader.media or not cand.is_money and cand.y in reader.media:
            continue  # 'the union's costs will be taken over by the new company, Bloomberg reported': a bystander
        if label in ("invested_in", "led_round") and _owner_of_next(reader, cand):
            continue
        if label == "led_round" and _between(reader, cand, _CONSORTIUM):
            continue  # 'X said a consortium led by A and B would buy 12% of its arm': a buyer, no round
        if label == "led_round" and (_joined_not_led(reader, cand) or cand.x not in leads.get(cand.sentence, {cand.x})
                                     and cand.y in backs.get((cand.sentence, cand.x), ())):
            label = "invested_in"  # 'led by A, supported by B and C', 'A led the round, with money from B and C'
        if cand.is_money:
            masked = reader.contexts[cand.sentence].masked
            at = masked.full.index(f"⟨M{cand.money}⟩")
            before, after = masked.full[:at], masked.full[at + len(f"⟨M{cand.money}⟩"):]
            if label == "raised" and (not_a_round(before, after) or _WORTH_OF.match(after)
                                      or reader.lex.speculative.search(re.split(r"[,;:]\s", before)[-1])):
                continue  # '$70 million in total', 'was looking to raise', '£100m worth of trade deals': no round
            kind = _round_kind(before, after)
            added.append((probs[best], _RawFact(label, cand.x, None, cand.sentence, confidence,
                                                money=masked.items[cand.money].money,
                                                round=kind if label == "raised" else None, rule="scorer")))
        elif label in ("executive_of", "founded_by") and cand.implicit \
                and employs.get((cand.sentence, cand.y if label == "founded_by" else cand.x), set()) - {cand.x, cand.y}:
            continue  # 'said P, MD and CEO, Orbit Foods': P works where the sentence says, not at the article's company
        elif label == "executive_of" and holds.get((cand.sentence, cand.x), set()) - {cand.y} \
                and held.get((cand.sentence, cand.y), set()) - {cand.x}:
            continue  # 'A will stay CEO of X and B will remain CEO of Y': A heads X, B heads Y, not the other way
        elif label == "executive_of" and titled.get((cand.sentence, cand.x), set()) - {cand.y} \
                and not _between(reader, cand, _SECOND_ROLE):
            continue  # '"Kelvo wants expertise," ResApp CEO Tony Keating said': the title names his employer
        elif label == "executive_of" and cand.y in founders.get((cand.sentence, cand.x), ()) \
                and (cand.sentence, cand.x) not in with_title and not _titled_mention(reader, cand):
            continue  # 'X was formed by CEO A, B and C': B and C are founders, with no title the sentence gives
        elif label == "founded_by" and (founds.get((cand.sentence, cand.y), set())
                                        or founders.get((cand.sentence, cand.y), set())) - {cand.x}:
            continue  # "P, CEO of X, left to co-found Y with A and B", "Y, a fund founded by X chairman P": they founded Y, not X
        elif label == "executive_of" and founds.get((cand.sentence, cand.x), set()) - {cand.y} \
                and held.get((cand.sentence, cand.y), set()) - {cand.x}:
            continue  # ... nor hold a title at X, whose title holder the sentence names
        elif label == "headquartered_in" and homes.get((cand.sentence, cand.x), set()) - {cand.y}:
            continue  # 'San Jose, Calif.-based X': the patterns read the city; the state is no second home
        elif label == "acquired" and buys.get((cand.sentence, cand.x), set()) - {cand.y}:
            continue  # 'Unlike Kelvo, which bought Medigo, Tamsin has grown': the patterns read what the buyer bought
        elif label == "partner_of" and (_between(reader, cand, _SALE)
                                        and not _PARTNERSHIP.search(reader.contexts[cand.sentence].masked.full)
                                        or cand.y in buys.get((cand.sentence, cand.x), ())
                                        or cand.x in buys.get((cand.sentence, cand.y), ())):
            continue  # 'X entered into a sale and purchase agreement with S': a buyer and a seller, no partners
        elif label == "subsidiary_of" and _minority_between(reader, cand):
            # 'X, which is 25 percent owned by Y': Y holds a minority stake in X, X is no unit of it
            added.append((probs[best], _RawFact("invested_in", cand.y, cand.x, cand.sentence, confidence, rule="scorer")))
        elif label == "acquired" and _minority_between(reader, cand, _STAKE_SHARE):
            # 'X agreed to pay $500 million for a 28 percent stake in Y': a backer of Y, not its buyer
            added.append((probs[best], _RawFact("invested_in", cand.x, cand.y, cand.sentence, confidence, rule="scorer")))
        elif label == "acquired" and _between(reader, cand, _SOLD_TO, ordered=True):
            continue  # 'X will sell a 7% stake to a unit of Y': X sells, it buys nothing from Y
        elif label == "acquired" and _between(reader, cand, _SOLD_PART):
            continue  # 'Y would sell its lawn-care business to X': X buys that business, not Y
        elif label in ("merged_with", "subsidiary_of", "acquired") and _between(reader, cand, _MADE_BY_MERGER):
            continue  # 'X, created by the merger of A and B': A merged with B, neither with X
        elif label in ("acquired", "merged_with") and _between(reader, cand, reader.lex.speculative):
            continue  # 'X is fighting to gain control of Y', 'X is in talks to merge with Y': no deal yet
        elif label == "executive_of" and _between(reader, cand, _ROLE_ENDED):
            continue  # 'P, who stepped down as CEO of X': a role no more
        elif label in ("invested_in", "led_round") and (cand.x in title_holders(cand.sentence)
                                                       or _plan_elsewhere(reader, cand)
                                                       or _aside_company(reader, cand, backs)
                                                       or _parent_of_backed(cand, backs, parents)
                                                       or _between(reader, cand, _BID)
                                                       or _between(reader, cand, _HOPED_RAISE)
                                                       or _people_of(reader, cand)
                                                       or cand.x in owners(cand.sentence)):
            continue
        else:
            added.append((probs[best], _RawFact(label, cand.x, cand.y, cand.sentence, confidence, rule="scorer")))
    # an amount a pattern gave to a company the scorer all but rules out ('startups raised $210 million
    # across 23 deals', read against the article's company) is dropped
    kept = [f for f in reader.facts if f.money is None or f.rule == "respectively"  # amounts paired in order
            or belief.get((f.sentence, f.subject, _amount_key(f.money), f.relation), 1.0) >= MONEY_VETO]
    reader.facts = kept + _one_owner_each(kept, added)


def _plan_elsewhere(reader, cand: Candidate) -> bool:
    """A company the sentence does not name, in a sentence that tells only of a plan ('Separately, investor
    Qamar Holdings plans a new fund'): nothing there says the investor backs it."""
    masked = reader.contexts[cand.sentence].masked
    return cand.y not in {item.cluster for item in masked.items} and "⟨M" not in masked.full \
        and not ROUND_WORDS.search(masked.full) and _PLAN.search(masked.full) is not None


_ROLE_ENDED = re.compile(PAST_ROLE.pattern + r"|\b(?:stepped down|steps down|resigned|left|quit|departed|until)\b", re.I)


def _first_mentions(masked) -> dict[int, re.Match]:
    """Each organization's or person's first placeholder in the sentence."""
    at: dict[int, re.Match] = {}
    for m in re.finditer(r"⟨[OP](\d+)⟩", masked.full):
        at.setdefault(masked.items[int(m.group(1))].cluster, m)
    return at


_OWNS_NEXT = re.compile(r"(?:’s|'s)?\s+(?:(?:wholly[- ]owned\s+)?(?:subsidiary|unit|arm|affiliate|division)\s+)?⟨O(\d+)⟩")


def _owner_of_next(reader, cand: Candidate) -> bool:
    """Whether x is named only as the owner of the name after it ('billionaire P’s TOM Group', 'Temasek
    subsidiary Heliconia Capital'): in a list of backers, the owned one is the backer."""
    masked = reader.contexts[cand.sentence].masked
    mentions = [m for m in re.finditer(r"⟨[OP](\d+)⟩", masked.full) if masked.items[int(m.group(1))].cluster == cand.x]
    owned = [_OWNS_NEXT.match(masked.full, m.end()) for m in mentions]
    return bool(mentions) and all(owned) and not any(  # 'Orrin’s Zeta Labs stake': Orrin backs Zeta
        masked.items[int(o.group(1))].cluster == cand.y for o in owned)


def _between(reader, cand: Candidate, words: re.Pattern, ordered: bool = False) -> bool:
    """``words`` between the pair's first mentions: a deal not done ('in talks to', 'fighting to'), a past role.
    ``ordered``: only where x is named first."""
    return next(_matches_between(reader, cand, words, ordered), None) is not None


def _matches_between(reader, cand: Candidate, words: re.Pattern, ordered: bool = False) -> Iterator[re.Match]:
    """The matches of ``words`` between the pair's first mentions (see :func:`_between`)."""
    masked = reader.contexts[cand.sentence].masked
    at = _first_mentions(masked)
    if cand.x not in at or cand.y not in at or ordered and at[cand.x].start() > at[cand.y].start():
        return iter(())
    first, second = sorted((at[cand.x], at[cand.y]), key=lambda m: m.start())
    return words.finditer(masked.full, first.end(), second.start())


_SHARE = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:%|percent|per cent)", re.I)


def _minority_between(reader, cand: Candidate, share: re.Pattern = _SHARE) -> bool:
    """A share under half told between the pair ('X, which is 25 percent owned by Y')."""
    shares = [float(m.group(1)) for m in _matches_between(reader, cand, share)]
    return bool(shares) and max(shares) < 50


_STAKE_SHARE = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:%|percent|per cent)\s+(?:(?:[a-z]+\s+)?(?:stake|interest|shareholding)\b|of\s+(?!the\s+market|its\s|their\s|his\s|her\s))",
                          re.I)



_TITLE_WORD = r"(?:CEO|CFO|COO|CTO|CIO|CMO|CSO|CPO|chief|president|chair\w*|director|head|partner|officer|MD|VP|manager|executive)"
_TITLE_BEFORE = re.compile(_TITLE_WORD + r"\s*$", re.I)
_TITLE_AFTER = re.compile(r"\b" + _TITLE_WORD + r"\b", re.I)


_FOUNDED_APPOSITION = re.compile(r"⟨O(\d+)⟩\s*,\s*(?:a|an|the)\s+[^,;⟨]*?\b(?:co-?)?(?:founded|formed|set up|started)\s+by\b")


def _founder_named(reader, fact) -> bool:
    """Whether a pattern's founder fact names its organization for sure: one a rule's own group holds, or the
    one an apposition describes ('Y, a fund founded by X chairman P'), not the nearest name a rule guessed."""
    masked = reader.contexts[fact.sentence].masked
    if fact.rule == "founded_by":
        return any(masked.items[int(m.group(1))].cluster == fact.subject and not masked.items[int(m.group(1))].coref
                   for m in _FOUNDED_APPOSITION.finditer(masked.full))
    return fact.confidence >= 0.75 * DEFAULT_CONFIDENCE and any(
        item.cluster == fact.subject and not item.coref for item in masked.items)


def _titled_mention(reader, cand: Candidate) -> bool:
    """Whether a title goes with the person: right before the name ('CEO P') or in what follows it up to the
    next person ('P (CEO) and Q', 'P, who remains chairman'), not only with someone else's name in the
    same list ('by CEO A, B and C')."""
    sentence = reader.sentences[cand.sentence]
    starts = sorted(start for start, _e, kind, _t in sentence.mentions if kind == "P")
    for mi, (start, end, _kind, _text) in enumerate(sentence.mentions):
        if reader.mention_cluster.get((cand.sentence, mi)) != cand.x:
            continue
        before = re.split(r"[,;()]|\band\b", sentence.text[:start])[-1]
        after = sentence.text[end:next((s for s in starts if s >= end), len(sentence.text))]
        if _TITLE_BEFORE.search(before) or _TITLE_AFTER.search(after):
            return True
        if starts and start == starts[0] and _TITLE_AFTER.search(re.split(r"[,;]", sentence.text[starts[-1]:], maxsplit=1)[-1]):
            return True  # 'P, who co-founded X with Q, will remain chief executive': the sentence's subject
    return False


def _parent_of_backed(cand: Candidate, backs: dict, parents: dict) -> bool:
    """The parent of the company a pattern read the investor backing ('X's digital unit Y raised $167
    million from A'): A backs Y, not X; and the parent of a backer a pattern read is no backer itself."""
    units = parents.get(cand.sentence, {})
    if any(cand.y in units.get(company, ()) for company in backs.get((cand.sentence, cand.x), ())):
        return True
    # 'led by X, which is wholly owned by Y': X backs the company; Y, named as X's owner, does not
    return any(cand.x in owners and cand.y in backs.get((cand.sentence, unit), ()) for unit, owners in units.items())


def _aside_company(reader, cand: Candidate, backs: dict) -> bool:
    """A company named only in an aside ('X, which competes with Y, counts A among its backers') of a
    sentence where a pattern read whom the investor backs: the aside tells nothing of A."""
    if not backs.get((cand.sentence, cand.x), set()) - {cand.y}:
        return False
    masked = reader.contexts[cand.sentence].masked
    outside = {masked.items[int(i)].cluster for i in re.findall(r"⟨[OP](\d+)⟩", masked.collapsed)}
    return cand.y not in outside


_PARTNERSHIP = re.compile(r"\b(?:partner\w*|alliance|cooperat\w*|collaborat\w*|joint venture|tie-up|supply|distribut\w*|"
                          r"licens\w*)\b", re.I)
_CONSORTIUM = re.compile(r"\bconsortium\b", re.I)
# 'X is in talks to raise from Y', 'X failed to raise $90 million from Y': no money yet
_HOPED_RAISE = re.compile(r"\b(?:in talks|talks|seeking|seeks|looking|plans|planning|aims|aiming|hopes|hoping|trying|attempting|"
                          r"failed|fails|unable|wants|wanted|intends)\b[^,;⟨]{0,30}?\bto\s+(?:raise|secure|obtain|get)\b"
                          r"(?:[^,;.⟨]|⟨M\d+⟩){0,60}?\bfrom\s+[^,;.⟨]{0,40}?$", re.I)
_BID = re.compile(r"\b(?:proposals?|bids?|offers?|non-binding)\b", re.I)  # 'a proposal from A': a bid, no investment
# patterns that read a title said of its organization ('CEO of X', 'X's chief executive')
_TITLE_OF_RULES = frozenset({"person_serves_as", "title_apposition", "title_possessive_apposition", "org_title_is_person"})
# 'left to co-found Y with A and B', 'before co-founding Y': the people founded Y, which is seldom the story's company
_CO_FOUNDED_ELSEWHERE = frozenset({"founded_with", "before_founding", "went_on_to_found"})
_SECOND_ROLE = re.compile(r"\b(?:also|chairs|heads|runs)\b", re.I)  # 'Kelvo CEO P, who also chairs Medigo'
# 'ResApp CEO P', 'P, CEO of ResApp', 'P, ResApp's CEO': the employer stands next to the title
_NAMED_TITLE_RULES = frozenset({"org_title_person", "title_apposition", "title_possessive_apposition", "title_org_apposition",
                                "title_comma_org_apposition", "title_of_org_person"})
_MADE_BY_MERGER = re.compile(r"\b(?:created|formed|born|founded|established)\s+(?:by|from|through|in|out of)\s+(?:the\s+|a\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:merger|merging|combination|amalgamation)\b", re.I)
_SOLD_TO = re.compile(r"\b(?:sell|sells|sold|selling|offload|offloads|offloaded|divest|divests|divested)\b(?:[^⟨]|⟨M\d+⟩)*\bto\b", re.I)
_SOLD_PART = re.compile(r"\b(?:sell|sells|sold|selling|offload|offloads|offloaded|divest|divests|divested|divesting)\s+"
                        r"(?:a|an|its|their|the|part of its)\s+(?:[^⟨.;]|⟨[GM]\d+⟩){0,60}?\b(?:business|businesses|unit|"
                        r"division|stake|assets|operations|arm|brand|portfolio|line|segment)\s+(?:[^⟨]|⟨M\d+⟩)*?\bto\b", re.I)
_SALE = re.compile(r"\b(?:sale|sell|sells|sold|purchase|acquire|acquisition|buy|buyout|takeover|stake)\b", re.I)
# the last cue before an investor's name says whether it leads ('led by A') or joins ('supported by B')
_ROLE_CUES = re.compile(r"\b(?:(?P<lead>(?:co-?)?led\s+by|headed\s+by|spearheaded\s+by|anchored\s+by)|(?P<join>"
                        r"(?:supported|backed|joined|funded)\s+by|participation\s+(?:from|of|by)|alongside|along\s+with|"
                        r"together\s+with|as\s+well\s+as|also\s+(?:participated|joined|took part)|followed\s+by))\b", re.I)


def _joined_not_led(reader, cand: Candidate) -> bool:
    """The investor is named after a cue of joining that comes after the cue of leading."""
    masked = reader.contexts[cand.sentence].masked
    first = _first_mentions(masked).get(cand.x)
    if first is None:
        return False
    cues = list(_ROLE_CUES.finditer(masked.full, 0, first.start()))
    return bool(cues) and cues[-1].group("join") is not None and any(c.group("lead") for c in cues)


_PLAN = re.compile(r"\b(?:plans?|planning|aims?|intends?|hopes?|seeks?|looking to)\b", re.I)
# 'angel investors including founders of iZettle, Supercell and King': the people invest, not their companies
_PEOPLE_OF = re.compile(r"\b(?:(?:co-?)?founders?|executives?|employees|alumni|veterans|staff)\s+(?:of|from|at)\s+"
                        r"(?:the\s+)?((?:⟨[OPG]\d+⟩(?:\s*,\s*|\s+and\s+|\s*&\s*)?)+)")


def _people_of(reader, cand: Candidate) -> bool:
    """The investor is named only as where some people come from, in a list of backers."""
    masked = reader.contexts[cand.sentence].masked
    named = [masked.items[int(i)].cluster for i in re.findall(r"⟨[OP](\d+)⟩", masked.full)]
    inside = [masked.items[int(i)].cluster for m in _PEOPLE_OF.finditer(masked.full)
              for i in re.findall(r"⟨[OP](\d+)⟩", m.group(1))]
    return cand.x in inside and named.count(cand.x) == inside.count(cand.x)


_WORTH_OF = re.compile(r"\s*worth of\b")  # '£100m worth of trade deals'


def _round_owners(reader, si: int) -> set[int]:
    masked = reader.contexts[si].masked
    return round_owners(masked.full, masked.items)


def _title_holders(reader, si: int) -> set[int]:
    """The organizations a sentence names only to place a person (see :func:`employer_mentions`)."""
    masked = reader.contexts[si].masked
    return {cid for _at, cid in employer_mentions(masked.full, masked.items, reader.lex.title_parts)}


def _owned(f) -> tuple | None:
    """What a fact gives its subject alone in its sentence: an amount (one company raised it), a target
    (one buyer bought it), a subsidiary (one parent owns it)."""
    if f.money is not None:
        return (f.sentence, "money", _amount_key(f.money))
    if f.relation == "acquired":
        return (f.sentence, "target", f.object)
    if f.relation == "subsidiary_of":
        return (f.sentence, "unit", f.subject)
    return None


def _owner(f) -> tuple:
    """Who holds what :func:`_owned` names, and how: an amount is one company's round or its valuation,
    not both ('$72 million in Series B funding at a $266 million valuation')."""
    if f.money is not None:
        return f.subject, f.relation
    return (f.object if f.relation == "subsidiary_of" else f.subject), None


# patterns that read an investor as taking part in a round someone else led ('led by A and featured B')
_PARTICIPANT_RULES = {"led_and_featured", "featuring", "took_part", "participated_such_as", "join_as_investors"}
_DIRECTED = {"subsidiary_of", "acquired", "invested_in", "led_round"}
_FAMILY = {"invested_in": "investment", "led_round": "investment", "acquired": "acquisition"}


# patterns that read who owns an investor from an aside ('from X, a joint venture between A and B'): X is
# owned there, and still the one that invests in the sentence's deal
_ASIDE_RULES = frozenset({"joint_venture_of"})


def _one_owner_each(pattern_facts: list, scored: list[tuple[float, object]]) -> list:
    """The scorer's facts, less those a pattern's reading of the sentence contradicts: an amount, a target
    or a subsidiary that a pattern (or a surer scored fact) gives to another ('Sehati competes with
    Tabibak, which raised $44 million'), a party in the other role of the same deal ('the purchase of
    Q by K': K, the buyer, is bought by no one there), or another kind of deal between the pair than
    a pattern that read the stake's size (a minority stake is no purchase)."""
    owner = {}
    role: dict[tuple, str] = {}  # (sentence, family, cluster) -> 'subject' or 'object'
    for f in pattern_facts:
        if (k := _owned(f)) is not None:
            owner.setdefault(k, _owner(f))
        if (family := _FAMILY.get(f.relation)) and f.rule not in _ASIDE_RULES:
            role.setdefault((f.sentence, family, f.subject), "subject")
            role.setdefault((f.sentence, family, f.object), "object")
    reverse = {(f.sentence, f.relation, f.object, f.subject) for f in pattern_facts if f.relation in _DIRECTED}
    backed = {(f.sentence, f.subject, f.object) for f in pattern_facts if f.rule in _PARTICIPANT_RULES}
    stake_rules = {r.id for r in lexicon().rules if r.relation in ("@stake", "@holding")}
    deal = {}  # (sentence, holder, company) -> the kind of deal a pattern read from the stake's size
    for f in pattern_facts:
        if f.rule in stake_rules:
            held = f.relation == "subsidiary_of"  # 'X holds 62% of Y': X owns Y, it did not buy it there
            deal[(f.sentence, f.object, f.subject) if held else (f.sentence, f.subject, f.object)] = \
                "holding" if held else _FAMILY[f.relation]
    out = []
    for _p, f in sorted(scored, key=lambda pf: -pf[0]):
        if (f.sentence, f.relation, f.subject, f.object) in reverse:
            continue  # 'X, the parent company of Y': Y is X's unit, so X is not Y's
        if f.relation == "led_round" and (f.sentence, f.subject, f.object) in backed:
            continue  # 'led by A and featured B': a pattern read B's part, and it did not lead
        if (family := _FAMILY.get(f.relation)) and deal.get((f.sentence, f.subject, f.object), family) != family:
            continue  # 'X owned 25% of Y': a pattern read the stake's size, so X did not buy Y there
        k = _owned(f)
        if k is not None and owner.setdefault(k, _owner(f)) != _owner(f):
            continue
        if (family := _FAMILY.get(f.relation)) and (role.get((f.sentence, family, f.subject)) == "object"
                                                   or role.get((f.sentence, family, f.object)) == "subject"):
            continue
        if f.relation in _DIRECTED:
            reverse.add((f.sentence, f.relation, f.object, f.subject))  # 'A will take B private': one way, the surer
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _triggers() -> dict[str, re.Pattern]:
    return {rel: re.compile(p) for rel, p in load_json("lexicon.json")["relation_triggers"].items() if rel != "_comment"}


_PAST_WORDS = PAST_ROLE.pattern + r"[\s-]+(?:[\w-]+\s+){0,3}?"  # 'former', then up to three words


def _stated(label: str, sentence: str) -> bool:
    """Whether the (lower-cased) sentence has a word of the relation: 'acquired', 'merge', 'chief', ... .
    A title held before is no word of a role now ('founded by P, the former chairman of Y')."""
    trigger = _triggers().get(label)
    if trigger is not None and label == "executive_of":
        sentence = re.sub(_PAST_WORDS + rf"(?:(?:{trigger.pattern})[\s-]*)+", " ", sentence)  # 'former chief executive'
    return trigger is None or trigger.search(sentence) is not None


def _kinds_fit(reader, cand: Candidate, label: str) -> bool:
    """A place is only where an organization is based; nothing else is a place; a regulator takes no part
    in a deal. A past role
    ('co-founder and former chief executive of X') is no executive one, as the patterns read it."""
    if label == "executive_of" and any(f.endswith(":past") for f in cand.features):
        return False
    if label in DEAL_RELATIONS and (cand.x in reader.regulators or cand.y in reader.regulators):
        return False  # regulators approve deals, they are no party to them
    x, y = reader.by_id[cand.x].kind, reader.by_id[cand.y].kind
    if label == "founded_by" and y != "P" or label == "executive_of" and x != "P" \
            or label == "subsidiary_of" and y != "O":
        return False  # the scorer makes no company a founder, an executive or a parent out of a person
    return (y == "G") == (label == "headquartered_in")
