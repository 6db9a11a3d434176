"""Mentions of one article grouped into clusters: one cluster per entity.

A press release's defined short name ('Yunshu' of 'Beijing Yunshu Technology Co.,
Ltd. ("Yunshu")') is that organization's; a name the NER tagged once counts
wherever it occurs; a person's surname, an organization's first word ('Kaia' of
'Kaia Health'), an acronym ('IFC') and a name in brackets join the full name they
stand for; a first word two names share ('Harbor' of 'Harbor Health' and 'Harbor
Capital') names neither.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import alternation, lexicon
from .names import gazetteer_keys, initials, name_key

_DEFINED_NAME = re.compile(r"\s*\(\s*(?:hereinafter(?: referred to as)?\s+|the\s+)?[\"“](?P<short>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})[\"”]")


def clean_name(text: str, honorifics: frozenset[str]) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[’']s?$", "", text).strip()
    first, _, rest = text.partition(" ")
    if rest and first in honorifics:
        text = rest
    last = text.rsplit(" ", 1)[-1]
    if rest and re.fullmatch(r"[A-Z][a-z]{2,}\.", last) and last not in lexicon().legal_suffixes:
        text = text[:-1]  # 'Lei Jun.' where the sentence ends, but 'Acme Inc.'
    return text


@dataclass
class Sentence:
    start: int
    text: str
    mentions: list[tuple[int, int, str, str]]  # (start, end, kind, text), offsets in sentence


@dataclass
class Cluster:
    id: int
    key: str
    names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    first: int = 0
    mentions: int = 0
    role_votes: Counter = field(default_factory=Counter)

    @property
    def kind(self) -> str:
        """The kind the NER gave most often ('O', 'P' or 'G'); roles can overrule it later."""
        return self.labels.most_common(1)[0][0]

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), not n.isupper(), self.names[n], -len(n)))  # not a dateline's BEIJING


def cluster_mentions(sentences: list[Sentence]) -> tuple[dict[int, Cluster], dict[tuple[int, int], int]]:
    """The clusters of an article's mentions by id, and each mention's cluster by (sentence, mention index).

    Adds to ``sentences`` the mentions the NER missed: defined short names and repeated names."""
    clustering = _Clustering(sentences)
    clustering.add_defined_names()
    clustering.add_repeated_mentions()
    clustering.cluster()
    return clustering.by_id, clustering.mention_cluster


class _Clustering:
    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.lex = lexicon()
        self.clusters: list[Cluster] = []
        self.mention_cluster: dict[tuple[int, int], int] = {}
        self.by_id: dict[int, Cluster] = {}

    def add_defined_names(self) -> None:
        """'Beijing Yunshu Technology Co., Ltd. ("Yunshu" or "the Company")': the short name a press
        release defines is that organization's wherever it comes, whatever the NER took it for."""
        defined = set()
        for sent in self.sentences:
            for _start, end, kind, _text in list(sent.mentions):
                m = _DEFINED_NAME.match(sent.text, end) if kind == "O" else None
                if m and not any(s < m.end("short") and m.start("short") < e for s, e, _k, _t in sent.mentions):
                    sent.mentions.append((m.start("short"), m.end("short"), "O", m.group("short")))
                    defined.add(m.group("short"))
            sent.mentions.sort()
        if defined:
            for sent in self.sentences:
                sent.mentions[:] = [(s, e, "O" if t in defined else k, t) for s, e, k, t in sent.mentions]

    def add_repeated_mentions(self) -> None:
        """One name, one entity per article: where the NER tagged a name once, its other
        occurrences are mentions too ('Fitbit co-founder ...'), and so is a person's surname
        alone once the full name was given ('Soelistyo will lead ...')."""
        names: dict[str, str] = {}
        short: dict[str, set[str]] = defaultdict(set)  # 'Kaia' -> {'Kaia Health'}
        for sent in self.sentences:
            for _s, _e, kind, text in sent.mentions:
                name = clean_name(text, self.lex.honorifics)
                words = name.split()
                if len(name) >= 3 and name[:1].isupper():
                    names.setdefault(name, kind)
                if kind == "P" and len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper() and len(words[-1]) >= 3:
                    names.setdefault(words[-1], "P")
                if kind == "O" and len(words) >= 2 and self._short_form(words):  # 'Kaia chief executive ...'
                    short[words[0]].add(name)
        short_names = {first for first, full in short.items() if len(full) == 1 and first not in names}
        names.update(dict.fromkeys(short_names, "O"))  # 'Summit' of 'Summit Growth' and 'Summit Investments': neither
        if not names:
            return
        pattern = re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])")
        for sent in self.sentences:
            added = [(m.start(), m.end(), names[m.group()], m.group()) for m in pattern.finditer(sent.text)
                     if not any(s < m.end() and m.start() < e for s, e, _k, _t in sent.mentions)
                     and not (m.group() in short_names and re.match(r"\s+[A-Z]", sent.text[m.end():]))]
            if added:
                sent.mentions[:] = sorted(sent.mentions + added)

    def _short_form(self, words: list[str]) -> bool:
        """Whether an organization's first word alone names it: 'Kaia' for 'Kaia Health', where
        the rest is an organization word and the first is no known name of its own ('Alibaba')."""
        first = words[0]
        return (first.isalpha() and first[:1].isupper() and len(first) >= 4 and first not in self.lex.not_name_starts
                and all(w in self.lex.org_suffixes for w in words[1:]) and name_key(first) not in gazetteer_keys()
                and first not in self.lex.places)

    def cluster(self) -> None:
        by_key: dict[str, int] = {}
        order = []
        for si, sent in enumerate(self.sentences):
            for mi, (start, _end, kind, text) in enumerate(sent.mentions):
                name = clean_name(text, self.lex.honorifics)
                key = name_key(name)
                if not key:
                    continue
                if key not in by_key:
                    by_key[key] = len(self.clusters)
                    self.clusters.append(Cluster(len(self.clusters), key, first=sent.start + start))
                c = self.clusters[by_key[key]]
                c.names[name] += 1
                c.labels[kind] += 1
                c.mentions += 1
                self.mention_cluster[(si, mi)] = c.id
                order.append((si, mi))
        parent = list(range(len(self.clusters)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(short: int, full: int) -> None:
            a, b = find(short), find(full)
            if a != b:
                parent[a] = b

        tokens = {c.id: c.key.split() for c in self.clusters}
        known = gazetteer_keys()
        ambiguous: set[int] = set()
        self._merge_parenthetical_aliases(union)
        for c in self.clusters:
            longer = [d for d in self.clusters if d.id != c.id and len(tokens[d.id]) > len(tokens[c.id])]
            if not longer or find(c.id) != c.id:
                continue  # 'United Overseas Bank (UOB)': a defined alias is that name's, not 'UOB Ventures''
            if c.labels.get("P") or c.labels.get("O") and len(tokens[c.id]) == 1 and not c.name.isupper():
                # a surname the NER took for an organization joins its person, not a brand in capitals ('BYJU')
                people = [d for d in longer if d.labels.get("P", 0) >= d.labels.get("O", 0)
                          and set(tokens[c.id]) <= set(tokens[d.id])]
                if len({find(d.id) for d in people}) == 1:
                    union(c.id, people[0].id)
                    continue
            if len(tokens[c.id]) == 1 and c.labels.most_common(1)[0][0] != "O":  # "Jiahe's chairman" after "Jiahe Health"
                owners = [d for d in longer if d.labels.get("O") and tokens[d.id][0] == tokens[c.id][0]
                          and all(w in self.lex.key_suffixes or w.title() in self.lex.org_suffixes for w in tokens[d.id][1:])]
                if len({find(d.id) for d in owners}) == 1:
                    union(c.id, owners[0].id)
                continue
            if c.labels.most_common(1)[0][0] != "O" or c.key in known or any(len(n.split()) > len(tokens[c.id]) for n in c.names):
                continue
            prefix = [d for d in longer if d.first < c.first and d.labels.get("O")
                      and (tokens[d.id][: len(tokens[c.id])] == tokens[c.id]
                           or (tokens[d.id][: len(tokens[c.id]) - 1] == tokens[c.id][:-1]
                               and len(tokens[c.id][-1]) >= 3 and tokens[d.id][len(tokens[c.id]) - 1].startswith(tokens[c.id][-1])))]
            if len({find(d.id) for d in prefix}) == 1 and not self._owns(c):
                union(c.id, prefix[0].id)
                continue
            if len(tokens[c.id]) == 1 and len({find(d.id) for d in prefix}) > 1:
                ambiguous.add(c.id)  # 'Harbor' after 'Harbor Health' and 'Harbor Capital' names neither
                continue
            name = c.name
            if name.isupper() and 2 <= len(name) <= 6:
                acronym = [d for d in longer if d.first < c.first and initials(d.name) == name]
                if len({find(d.id) for d in acronym}) == 1:
                    union(c.id, acronym[0].id)
        self.mention_cluster = {k: v for k, v in self.mention_cluster.items() if v not in ambiguous}
        merged: dict[int, Cluster] = {}
        remap = {}
        for c in self.clusters:
            root = find(c.id)
            remap[c.id] = root
            if root == c.id and root not in ambiguous:
                merged[root] = c
        for c in self.clusters:
            root = remap[c.id]
            if root != c.id and root in merged:
                r = merged[root]
                r.names.update(c.names)
                r.labels.update(c.labels)
                r.mentions += c.mentions
                r.first = min(r.first, c.first)
        self.mention_cluster = {k: remap[v] for k, v in self.mention_cluster.items() if remap[v] in merged}
        self.by_id = merged

    def _owns(self, c: Cluster) -> bool:
        """Whether the article names ``c`` as an owner ('Japan Post's corporate venture capital unit', 'the
        venture arm of shipping group Maersk'): then 'Japan Post Capital' is its arm, not its full name."""
        names = "|".join(re.escape(n) for n in c.names)
        owned = r"(?:arm|unit|subsidiary|division|affiliate|vehicle|fund)"
        owner = re.compile(rf"(?<![\w-])(?:{names})[’']s\s+(?:[\w-]+\s+){{0,4}}?{owned}\b"
                           rf"|\b{owned}\s+of\s+(?:[\w-]+\s+){{0,4}}?(?:{names})(?![\w-])")
        return any(owner.search(sent.text) for sent in self.sentences)

    def _merge_parenthetical_aliases(self, union) -> None:
        """'International Finance Corporation (IFC)', 'CPP Investments (aka the Canada Pension Plan ...)'."""
        for si, sent in enumerate(self.sentences):
            for mi in range(len(sent.mentions) - 1):
                (start1, end1, _, _), (start2, end2, _, _) = sent.mentions[mi], sent.mentions[mi + 1]
                between, after = sent.text[end1:start2], sent.text[end2:end2 + 3]
                quoted = _DEFINED_NAME.match(sent.text, end1)  # '("Yunshu" or "the Company")'
                bracketed = re.fullmatch(r"\s*\(\s*(?P<said>aka,?|a\.k\.a\.,?|also known as|formerly(?: known as)?|or)?"
                                         r"\s*(?:the\s+)?", between)
                if (quoted and quoted.start("short") == start2) or (
                        bracketed and after.lstrip().startswith(")")
                        # a bare bracket holds a shorter name; 'Zip (Disrupt Africa)' cites a source
                        and (bracketed.group("said") or end2 - start2 < end1 - start1)):
                    a, b = self.mention_cluster.get((si, mi)), self.mention_cluster.get((si, mi + 1))
                    if a is not None and b is not None:
                        union(b, a)
