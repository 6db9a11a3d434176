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
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import lexicon
from .name_parents import fund_tail
from .names import gazetteer_keys, initials, known_places, name_key

_PLACE_AFTER = re.compile(r"\s*[-–]\s*(?:based|headquartered)\b|,\s+(?:a\s+)?(?:city|province|state|island|region)(?![\w-])")
# 'in Bali' is a place's context; 'invested in X', 'a stake in X', 'participated in X's round' are not
_PLACE_BEFORE = re.compile(r"(?<!invested )(?<!invests )(?<!stake )(?<!stakes )(?<!participated )(?<!investment )"
                           r"(?<!interest )(?<!round )(?<!funding )(?<!financing )(?<!shares )(?<!investments )"
                           r"\b(?:in|based in|headquartered in|across|near)\s+$")
# three-letter words that open names without naming them alone ('New Horizon Capital', 'Sun Pharma')
_COMMON_WORDS = {"the", "new", "big", "one", "all", "our", "red", "air", "sea", "sun", "top", "key", "pay", "web", "net",
                 "bio", "app", "car", "old", "far", "art", "ace", "pro", "max", "neo", "eco", "gen", "med", "fin", "gas",
                 "oil", "tea", "ice", "sky", "joy", "two", "six", "ten", "bay", "fox", "lab"}
_DEFINED_NAME = re.compile(r"\s*\(\s*(?:hereinafter(?: referred to as)?\s+|the\s+)?[\"“](?P<short>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})[\"”]")


_OWNED = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:arm|unit|subsidiary|division|affiliate|vehicle|fund|business|brand)\b")
_OWNED_OF = re.compile(r"\b(?:(?:arms?|units?|subsidiary|subsidiaries|divisions?|affiliates?|vehicles?|fund|business|brand)\s+of"
                       r"|(?:arm|vehicle)\s+for)\s+")  # '... of X', 'vehicle for X', 'subsidiaries of firms A, B and C'
_WORD_CHAR = re.compile(r"[\w-]")
_WORD_START = re.compile(r"(?<![\w-])\w")


_ABBREVIATIONS = frozenset({"Jr.", "Sr.", "St.", "No.", "Bros.", "Mfg.", "Intl.", "Assn.", "Dept.", "Univ.", "Mt.", "Bhd.", "Sdn.",
                            "Pty.", "Tbk.", "Cos.", "Ltda.", "Cia.", "Cie.", "Plc.", "Grp."})  # a name may end on these


def clean_name(text: str, honorifics: frozenset[str]) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[’']s?$", "", text).strip()
    first, _, rest = text.partition(" ")
    if rest and first in honorifics:
        text = rest
    last = text.rsplit(" ", 1)[-1]
    if re.fullmatch(r"[A-Za-z0-9&-]*[A-Za-z0-9]{2}\.", last) and last not in lexicon().legal_suffixes \
            and last not in _ABBREVIATIONS:
        text = text[:-1]  # 'Lei Jun.' and 'SB 10X.' where the sentence ends, but 'Acme Inc.' and 'U.S.'
    return text


@dataclass
class Sentence:
    start: int
    text: str
    mentions: list[tuple[int, int, str, str]]  # (start, end, kind, text), offsets in sentence


_PART_OF_PLACE = re.compile(r"(?:Francophone|Anglophone|Lusophone|Sub-Saharan|Northern|Southern|Eastern|Western|Central|"
                            r"Mainland|Greater)\s+(.+)")


@dataclass
class Cluster:
    id: int
    key: str
    names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    first: int = 0
    mentions: int = 0
    role_votes: Counter = field(default_factory=Counter)
    place_cues: int = 0  # mentions in a place's context: 'X-based', 'in X', 'based in X'
    owner: bool = False  # the article names it as an owner: "X's venture arm", 'a unit of X'

    @property
    def kind(self) -> str:
        """The kind the NER gave most often ('O', 'P' or 'G'); roles can overrule it later. A name the NER
        took for a place but somewhere for an organization, that is no known place and never stands where a
        place does ('in X', 'X-based'), is an organization ('Laiye, which just raised')."""
        kind = max(self.labels, key=self.labels.__getitem__)  # most_common(1)'s answer, in a fraction of its time
        if kind == "G" and self.labels.get("O") and not self.place_cues and not self.names.keys() & known_places():
            return "O"
        if kind == "O" and self.labels.get("G") and self.place_cues and self.name in known_places():
            return "G"  # 'startups in Africa raised ...': a known place, read as one somewhere and standing where one does
        if kind != "G" and (part := _PART_OF_PLACE.fullmatch(self.name)) and part.group(1) in known_places():
            return "G"  # 'expanded to Francophone Africa'
        if kind == "P" and self.labels.get("O") == self.labels["P"] and all(len(n.split()) == 1 for n in self.names):
            return "O"  # one word read as often for a person as for a company ('Logivan'): a person is named in full
        return kind

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), not n.isupper(), self.names[n], -len(n)))  # not a dateline's BEIJING


def cluster_mentions(sentences: list[Sentence], headline: list[str] = ()) -> tuple[dict[int, Cluster], dict[tuple[int, int], int]]:
    """The clusters of an article's mentions by id, and each mention's cluster by (sentence, mention index).

    Adds to ``sentences`` the mentions the NER missed: defined short names, repeated names, and the
    organizations ``headline`` names (the headline's NER reading: 'Acme closes $5m round' names Acme where
    the body's sentences only hide it in asides)."""
    clustering = _Clustering(sentences)
    clustering.add_defined_names()
    clustering.add_repeated_mentions(headline)
    clustering.cluster()
    return clustering.by_id, clustering.mention_cluster


class _Clustering:
    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.lex = lexicon()
        self.clusters: list[Cluster] = []
        self.mention_cluster: dict[tuple[int, int], int] = {}
        self.by_id: dict[int, Cluster] = {}
        self._owners: set[str] | None = None  # texts right before "'s ... unit" (see _owns)
        self._owner_tails: list[str] = []  # texts right after "arm of" (see _owns)

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

    def add_repeated_mentions(self, headline: list[str] = ()) -> None:
        """One name, one entity per article: where the NER tagged a name once (or the headline named an
        organization), its other occurrences are mentions too ('Fitbit co-founder ...'), and so is a
        person's surname alone once the full name was given ('Soelistyo will lead ...')."""
        names: dict[str, str] = {}
        surnames: set[str] = set()
        short: dict[str, set[str]] = defaultdict(set)  # 'Kaia' -> {'Kaia Health'}
        for sent in self.sentences:
            for _s, _e, kind, text in sent.mentions:
                name = clean_name(text, self.lex.honorifics)
                words = name.split()
                if len(name) >= 3 and name[:1].isupper():
                    names.setdefault(name, kind)
                if kind == "P" and len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper() and len(words[-1]) >= 3:
                    names.setdefault(words[-1], "P")
                    surnames.add(words[-1])
                if kind == "O" and len(words) >= 2 and self._short_form(words):  # 'Kaia chief executive ...'
                    short[words[0]].add(name)
        for text in headline:
            name = clean_name(text, self.lex.honorifics)
            if len(name) >= 3 and name[:1].isupper():
                names.setdefault(name, "O")
        short_names = {first for first, full in short.items() if len(full) == 1 and first not in names}
        names.update(dict.fromkeys(short_names, "O"))  # 'Summit' of 'Summit Growth' and 'Summit Investments': neither
        if not names:
            return
        for sent in self.sentences:
            _join_split_names(sent, names)
            added = [self._kin(sent.text, start, end, name) if name in surnames and name not in short_names
                     else (start, end, names[name], name) for start, end, name in _occurrences(sent.text, names)
                     if not any(s < end and start < e for s, e, _k, _t in sent.mentions)
                     and not (name in short_names and re.match(r"\s+[A-Z]", sent.text[end:]))]
            added = [m for m in added if not any(s < m[1] and m[0] < e for s, e, _k, _t in sent.mentions)]
            if added:
                sent.mentions[:] = sorted(sent.mentions + added)

    def _kin(self, text: str, start: int, end: int, surname: str) -> tuple[int, int, str, str]:
        """A surname alone is the person named before, but given names before it make another person of
        the family the NER missed: 'Puneet Singh Jaggi' beside 'Anmol Singh Jaggi'."""
        m = _GIVEN_NAMES.search(text, 0, start)
        if m and not any(w.lower() in self.lex.title_parts or w.lower() in self.lex.not_name_starts
                         or w in self.lex.places or w in self.lex.honorifics for w in m.group(0).split()):
            return m.start(), end, "P", text[m.start():end]
        return start, end, "P", surname

    def _short_form(self, words: list[str]) -> bool:
        """Whether an organization's first word alone names it: 'Kaia' for 'Kaia Health', 'Veo' for 'Veo Robotics', where
        the rest is an organization word and the first is no known name of its own ('Alibaba')."""
        first = words[0]
        long_enough = len(first) >= 4 or len(first) == 3 and first[1:].islower() and first.lower() not in _COMMON_WORDS
        return (first.isalpha() and first[:1].isupper() and long_enough and first not in self.lex.not_name_starts
                and all(w in self.lex.org_suffixes for w in words[1:]) and name_key(first) not in gazetteer_keys()
                and first not in self.lex.places)

    def cluster(self) -> None:
        by_key: dict[str, int] = {}
        order = []
        for si, sent in enumerate(self.sentences):
            for mi, (start, end, kind, text) in enumerate(sent.mentions):
                name = clean_name(text, self.lex.honorifics)
                key = name_key(name)
                if not key:
                    continue
                if key not in by_key:
                    by_key[key] = len(self.clusters)
                    self.clusters.append(Cluster(len(self.clusters), key, first=sent.start + start))
                c = self.clusters[by_key[key]]
                c.names[name] += 1
                c.labels[kind] += 0.9 if start == 0 else 1  # a tie goes to the reading of a mention inside a sentence,
                # where capitals tell the NER more than at the start ('Nidhi Verma runs X', 'Fjordmed, backed by')
                c.place_cues += bool(_PLACE_AFTER.match(sent.text, end)
                                     or _PLACE_BEFORE.search(sent.text, max(0, start - 12), start))
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
        short_of_org: set[int] = set()
        surname_of_person: set[int] = set()
        index = _Index(self.clusters, tokens)
        self._merge_parenthetical_aliases(union)
        for c in self.clusters:
            if index.most_tokens <= len(tokens[c.id]) or find(c.id) != c.id:
                continue  # no longer name it could stand for; 'United Overseas Bank (UOB)': an alias is that name's
            longer = index.longer(c)
            if c.labels.get("P") or c.labels.get("O") and len(tokens[c.id]) == 1 and not c.name.isupper():
                # a surname the NER took for an organization joins its person, not a brand in capitals ('BYJU')
                people = [d for d in longer(index.with_tokens(tokens[c.id])) if d.labels.get("P", 0) >= d.labels.get("O", 0)
                          and set(tokens[c.id]) <= set(tokens[d.id])]
                if len({find(d.id) for d in people}) == 1:
                    union(c.id, people[0].id)
                    full = tokens[people[0].id]
                    if len(tokens[c.id]) < len(full) and full[-len(tokens[c.id]):] == tokens[c.id]:
                        surname_of_person.add(c.id)  # 'Stone has announced' after 'Biz Stone': a person's mention
                    continue
            if len(tokens[c.id]) == 1 and c.labels.most_common(1)[0][0] != "O":  # "Jiahe's chairman" after "Jiahe Health"
                no_place = not c.names.keys() & known_places()  # 'in Imanis' after 'Imanis Data Inc.' is no place either, 'Basel-based' before 'Basel Kantonalbank' is
                owners = [d for d in longer(index.by_first.get(tokens[c.id][0], [])) if d.labels.get("O")
                          and (no_place and c.labels.most_common(1)[0][0] == "G" and d.first < c.first
                               or (no_place or c.labels.most_common(1)[0][0] != "G")  # 'China' is no short 'China Growth Fund'
                               and all(w in self.lex.key_suffixes or w.title() in self.lex.org_suffixes for w in tokens[d.id][1:]))]
                if len({find(d.id) for d in owners}) == 1:
                    union(c.id, owners[0].id)
                    if not c.names.keys() & known_places():
                        short_of_org.add(c.id)  # 'the Theseus board' after 'Theseus Pharmaceuticals': no place
                continue
            if c.labels.most_common(1)[0][0] != "O" or c.key in known or any(len(n.split()) > len(tokens[c.id]) for n in c.names):
                continue
            n = len(tokens[c.id])
            ending = [d for d in longer(index.with_tokens(tokens[c.id])) if n >= 2 and d.first < c.first
                      and d.labels.get("O") and tokens[d.id][-n:] == tokens[c.id]]
            if len({find(d.id) for d in ending}) == 1 and not self._owns(c):
                union(c.id, ending[0].id)  # 'Good Doctor' after 'Ping An Good Doctor', not 'Good Doctors Guide'
                continue
            prefix = [d for d in longer(index.key_starts(c.key)) if d.first < c.first and d.labels.get("O")
                      and (tokens[d.id][: len(tokens[c.id])] == tokens[c.id]
                           or (tokens[d.id][: len(tokens[c.id]) - 1] == tokens[c.id][:-1]
                               and len(tokens[c.id][-1]) >= 3 and tokens[d.id][len(tokens[c.id]) - 1].startswith(tokens[c.id][-1])))
                      and not fund_tail(tokens[d.id][len(tokens[c.id]):])  # 'Sony' is no short name of 'Sony Innovation Fund'
                      and not _manager_of_fund(tokens[c.id], tokens[d.id])]
            if len({find(d.id) for d in prefix}) == 1 and not self._owns(c):
                union(c.id, prefix[0].id)
                continue
            if len(tokens[c.id]) == 1 and len(roots := {find(d.id) for d in prefix}) > 1:
                weight = {r: sum(x.mentions for x in self.clusters if find(x.id) == r) for r in roots}
                top = max(sorted(weight), key=weight.get)
                if weight[top] >= 3 and all(weight[top] >= 2 * w for r, w in weight.items() if r != top):
                    union(c.id, top)  # 'Reliance' in a story about Reliance Industries that names one of its units once
                    continue
                ambiguous.add(c.id)  # 'Harbor' after 'Harbor Health' and 'Harbor Capital' names neither
                continue
            name = c.name
            if name.isupper() and 2 <= len(name) <= 6:
                acronym = [d for d in longer(index.by_initials.get(name, [])) if d.first < c.first]
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
                r.place_cues += c.place_cues
                r.names.update(c.names)
                r.labels.update({"O": c.labels.total()} if c.id in short_of_org
                                else {"P": c.labels.total()} if c.id in surname_of_person else c.labels)
                r.mentions += c.mentions
                r.first = min(r.first, c.first)
        self.mention_cluster = {k: remap[v] for k, v in self.mention_cluster.items() if remap[v] in merged}
        self.by_id = merged
        for c in merged.values():
            c.owner = self._owns(c)

    def _owns(self, c: Cluster) -> bool:
        """Whether the article names ``c`` as an owner ('Japan Post's corporate venture capital unit', 'the
        venture arm of shipping group Maersk'): then 'Japan Post Capital' is its arm, not its full name."""
        if self._owners is None:  # every text that could name an owner, once per article
            longest = max((len(n) for d in self.clusters for n in d.names), default=0)
            self._owners, self._owner_tails = set(), []
            for sent in self.sentences:
                for m in _OWNED.finditer(sent.text):
                    if m.group(0).endswith(("business", "brand")) and any(w in known_places() for w in m.group(0)[2:].split()):
                        continue  # "X's India business" is a branch's name, no arm's
                    end = m.start()
                    self._owners.update(sent.text[b:end] for b in range(max(0, end - longest), end)
                                        if b == 0 or not _WORD_CHAR.match(sent.text, b - 1))
                self._owner_tails.extend(sent.text[m.end():m.end() + longest + 120] for m in _OWNED_OF.finditer(sent.text))
        if any(n in self._owners for n in c.names):
            return True
        if not self._owner_tails:
            return False  # no 'arm of' in the article: no pattern to build
        of_owner = re.compile(rf"(?:[\w-]+\s+){{0,4}}?(?:[A-Z0-9][\w&.’'-]*(?:\s+[A-Z0-9&][\w&.’'-]*){{0,3}}(?:,\s+|\s+(?=and\s))){{0,6}}(?:and\s+)?"
                              rf"(?:{'|'.join(re.escape(n) for n in c.names)})(?![\w-]|\s+[A-Z])")  # a list's member too;
        # not the opening words of a longer name ('Huaxin' of 'a subsidiary of Huaxin Energy Technology')
        return any(of_owner.match(tail) for tail in self._owner_tails)

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
                        and (bracketed.group("said") or end2 - start2 < end1 - start1
                             and sent.text[start2:end2] not in known_places())):  # 'Sojitz Corp. (Japan)': its country
                    a, b = self.mention_cluster.get((si, mi)), self.mention_cluster.get((si, mi + 1))
                    if a is not None and b is not None:
                        union(b, a)


_GIVEN_NAMES = re.compile(r"(?<![\w.’'-])(?:[A-Z][a-z]+\s){1,2}$")  # 'Puneet Singh ' right before a surname


_MANAGER_WORDS = frozenset({"partners", "capital", "ventures", "investments", "management", "advisors", "equity"})


def _manager_of_fund(short: list[str], full: list[str]) -> bool:
    """'Orrin Partners' names the firm that manages 'Orrin Partners Communications Infrastructure Fund',
    not the fund."""
    ending = full[-2:] if len(full) > 1 and re.fullmatch(r"[ivx]+|\d+", full[-1]) else full[-1:]
    return short[-1] in _MANAGER_WORDS and ending[0] == "fund" and len(full) > len(short)


def _join_split_names(sent, names: dict[str, str]) -> None:
    """Where the NER split an organization's name it read whole elsewhere in the article at a small word
    ('Boots' and 'Amber' of 'Boots of Amber', 'Amber' alone), the whole name replaces the pieces."""
    for start, end, name in _occurrences(sent.text, names):
        if names[name] != "O" or not re.search(r"\s(?:of|for|and|&|de|du|la|the)\s", name):
            continue
        inside = [m for m in sent.mentions if start <= m[0] and m[1] <= end]
        if not inside or any(m[0] < end and start < m[1] and m not in inside for m in sent.mentions):
            continue
        sent.mentions[:] = sorted([m for m in sent.mentions if m not in inside] + [(start, end, "O", name)])


def _occurrences(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where ``names`` (each starting with a capital) occur in ``text`` as whole words, left to right, the
    longest at each place: what a regex alternation of them finds, but by dict lookups, so that an
    article of thousands of names stays linear."""
    lengths = sorted({len(n) for n in names}, reverse=True)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in _WORD_START.finditer(text):
        start = m.start()
        if start < pos or not text[start].isupper():
            continue
        for size in lengths:
            end = start + size
            if end <= len(text) and text[start:end] in names and not _WORD_CHAR.match(text, end):
                out.append((start, end, text[start:end]))
                pos = end
                break
    return out


class _Index:
    """The clusters of an article by token, first token, initials and key, so that finding the longer
    names a short one may stand for takes dict lookups, not a pass over every cluster."""

    def __init__(self, clusters: list[Cluster], tokens: dict[int, list[str]]):
        self.tokens = tokens
        self.most_tokens = max((len(t) for t in tokens.values()), default=0)
        self.by_token: dict[str, list[Cluster]] = defaultdict(list)
        self.by_first: dict[str, list[Cluster]] = defaultdict(list)
        self.by_initials: dict[str, list[Cluster]] = defaultdict(list)
        for c in clusters:
            for w in dict.fromkeys(tokens[c.id]):
                self.by_token[w].append(c)
            self.by_first[tokens[c.id][0]].append(c)
            self.by_initials[initials(c.name)].append(c)
        self.keys = sorted((c.key, c) for c in clusters)  # keys are unique in an article

    def longer(self, c: Cluster):
        """A filter: of some clusters, those with more tokens than ``c``, in cluster order."""
        size = len(self.tokens[c.id])
        return lambda found: sorted((d for d in found if len(self.tokens[d.id]) > size), key=lambda d: d.id)

    def with_tokens(self, words: list[str]) -> list[Cluster]:
        """Clusters having the rarest of ``words`` (a superset of those having all of them)."""
        return min((self.by_token.get(w, []) for w in words), key=len)

    def key_starts(self, key: str) -> list[Cluster]:
        """Clusters whose key starts with ``key`` (as a string: 'harbor' finds 'harbor capital' and 'harborview')."""
        out = []
        for k in range(bisect_left(self.keys, (key,)), len(self.keys)):
            if not self.keys[k][0].startswith(key):
                break
            out.append(self.keys[k][1])
        return out
