"""spaCy component ``dealgraph_lists``: names in coordinated lists.

Deal news names investors in lists ("Sturgeon Capital, 500 Global, Evolution VC,
Rayn Capital and Khyber Venture Partners"), and the statistical NER handles them
badly: it runs one span across commas ("IFC, Prosus, Mouro Capital"), skips
members of odd shape ("500 Global", "Box") and types some as people ("Evolution
VC", "Surge"). This stage, after ``dealgraph_entities``, works on the list as a
whole:

1. an organization span that runs across commas is cut into its name-shaped parts;
2. entities joined only by separators (",", "and", ";", "as well as") form a list;
3. a name-shaped chunk between separators next to a list of organizations is one
   more member, and a one-word or organization-shaped "person" in such a list is
   an organization.

Rule-only, so it runs (and is tested) on ``spacy.blank("en")``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .resources import load_json

SEPARATORS = ({",", ";"}, {"and", "&", "or"})  # alone, or a comma/semicolon then 'and'
MAX_NAME_TOKENS = 5
_CONNECTORS = {"of", "de", "du", "la", "van", "von", "&", "-", "’s", "'s", "."}
_LIST_OPENERS = {"including", "include", "includes", "included", "from", "by", "like", "as", "are", "were", "drew",
                 "with", "and", "namely", "among", "featuring", "alongside", "joined"}
_FUNCTION_WORDS = {"in", "on", "at", "by", "for", "with", "the", "a", "an", "after", "before", "since", "last", "this",
                   "that", "its", "their", "our", "his", "her", "it", "they", "we", "but", "as", "from", "to", "of",
                   "during", "under", "while", "when", "both", "other", "others", "all", "some"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december"}


@Language.factory("dealgraph_lists")
def make_list_repair(nlp: Language, name: str) -> "ListRepair":
    return ListRepair()


class ListRepair:
    def __init__(self) -> None:
        lex = load_json("lexicon.json")
        self.org_suffixes = set(lex["org_suffix_words"])
        self.legal = set(lex["legal_suffixes"])  # 'Co., Ltd.' is one name, not two
        self.stop_words = {w.lower() for w in lex["not_entities"]} | {w.lower() for w in lex["not_name_starts"]} | _DAYS
        # a word that is no name alone can still end one: 'Rocket Internet', 'Sun Life AI'
        self.inner_stop_words = {w.lower() for w in lex["not_name_starts"]} | _DAYS
        self.titles = {t.lower() for t in lex["titles"]}

    def __call__(self, doc: Doc) -> Doc:
        spans = self._cut_runs(list(doc.ents))
        spans = self._complete(doc, spans)
        doc.ents = spans
        return doc

    # -- 1. spans across commas -------------------------------------------------
    def _cut_runs(self, spans: list[Span]) -> list[Span]:
        out = []
        for span in spans:
            commas = [t.i for t in span if t.text == ","]
            if span.label_ != "ORG" or not commas:
                out.append(span)
                continue
            parts, start = [], span.start
            for cut in commas + [span.end]:
                part = span.doc[start:cut]
                if len(part) and part[0].lower_ == "and":
                    part = span.doc[part.start + 1:part.end]
                parts.append(part)
                start = cut + 1
            if all(len(p) and self._name_shaped(p) and not all(t.text in self.legal for t in p) for p in parts):
                out.extend(Span(span.doc, p.start, p.end, label="ORG") for p in parts)
            else:
                out.append(span)
        return out

    # -- 2 and 3. lists -------------------------------------------------------------
    def _complete(self, doc: Doc, spans: list[Span]) -> list[Span]:
        spans = sorted(spans, key=lambda s: s.start)
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        index = {(s.start, s.end): k for k, s in enumerate(spans)}
        for run in self._runs(doc, spans):
            orgs = sum(s.label_ == "ORG" for s in run)
            if orgs < 2 or orgs < sum(s.label_ == "PERSON" for s in run):
                continue  # a list of people ('co-founders A, B and C') or of places
            for span in run:
                if span.label_ == "PERSON" and not self._person_shaped(span):
                    out[index[(span.start, span.end)]] = Span(doc, span.start, span.end, label="ORG")
            for start, end in self._neighbours(doc, run, taken):
                out.append(Span(doc, start, end, label="ORG"))
                taken.update(range(start, end))
        return sorted(out, key=lambda s: s.start)

    def _runs(self, doc: Doc, spans: list[Span]) -> list[list[Span]]:
        """Organizations and people joined by separators, or by a separator, a name-shaped chunk and
        a separator ('Sturgeon Capital, 500 Global, Evolution VC')."""
        runs: list[list[Span]] = []
        for span in spans:
            if span.label_ not in {"ORG", "PERSON"}:
                continue
            if runs and (self._separated(doc, runs[-1][-1].end, span.start)
                         or any(True for _ in self._chunks_between(doc, runs[-1][-1].end, span.start, set()))):
                runs[-1].append(span)
            else:
                runs.append([span])
        return runs

    @staticmethod
    def _separated(doc: Doc, end: int, start: int) -> bool:
        """Whether tokens ``end``..``start`` are a list separator alone."""
        between = [t.lower_ for t in doc[end:start]]
        if not between or len(between) > 3:
            return between == ["as", "well", "as"]
        if len(between) == 1:
            return between[0] in SEPARATORS[0] | SEPARATORS[1]
        return (len(between) == 2 and between[0] in SEPARATORS[0] and between[1] in SEPARATORS[1]) or \
            between == ["as", "well", "as"]

    def _neighbours(self, doc: Doc, run: list[Span], taken: set[int]):
        """Name-shaped chunks joined to the run by separators: in its gaps and right after it."""
        bounds = [(run[k].end, run[k + 1].start) for k in range(len(run) - 1)]
        last = run[-1].end
        for gap_start, gap_end in bounds:
            yield from self._chunks_between(doc, gap_start, gap_end, taken)
        # before the list: 'including Airbnb, Alibaba and Box' (one chunk, after a word that opens lists)
        first = run[0].start
        if first >= 2 and doc[first - 1].text == ",":
            i = first - 2
            while i > first - 1 - MAX_NAME_TOKENS and i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].text[:1].isdigit()
                                                                 or doc[i - 1].text in _CONNECTORS):
                i -= 1
            end = first - 1
            if self._name_end(doc, i) == end and (i == 0 or doc[i].is_sent_start or doc[i - 1].lower_ in _LIST_OPENERS
                                                   or doc[i - 1].text in {":", "(", "—", "–"}) \
                    and not any(k in taken for k in range(i, end)):
                yield (i, end)
        # after the list: ', 500 Global and Kube VC.' (stops at the first chunk that is no name)
        i = last
        while i < len(doc):
            j = self._skip_separator(doc, i)
            if j == i:
                break
            end = self._name_end(doc, j)
            if end == j or not self._chunk_closes(doc, end) or any(k in taken for k in range(j, end)):
                break
            yield (j, end)
            i = end

    def _chunks_between(self, doc: Doc, start: int, end: int, taken: set[int]):
        """'Sturgeon Capital, 500 Global, Evolution VC': the gap between two members holds one more."""
        j = self._skip_separator(doc, start)
        if j == start:
            return
        k = self._name_end(doc, j)
        if k > j and self._skip_separator(doc, k) == end and not any(x in taken for x in range(j, k)):
            yield (j, k)

    @staticmethod
    def _skip_separator(doc: Doc, i: int) -> int:
        if i < len(doc) and doc[i].text in SEPARATORS[0]:
            i += 1
            if i < len(doc) and doc[i].lower_ in SEPARATORS[1]:
                i += 1
            return i
        if i < len(doc) and doc[i].lower_ in SEPARATORS[1]:
            return i + 1
        return i

    def _name_end(self, doc: Doc, i: int) -> int:
        """End of a name-shaped chunk starting at ``i`` (== i when there is none)."""
        if i < len(doc) and (doc[i].lower_ in _FUNCTION_WORDS or doc[i].like_num and len(doc[i].text) == 4):
            return i  # 'In 2021, Sequoia and Accel ...': no name
        j = i
        while j < len(doc) and j - i < MAX_NAME_TOKENS:
            t = doc[j]
            if j > i and t.text in _CONNECTORS:
                j += 1
                continue
            first = t.text[:1]
            stops = self.stop_words if j == i else self.inner_stop_words
            if not (first.isupper() or first.isdigit()) or t.lower_ in stops or t.lower_ in self.titles:
                break
            if "\n" in t.whitespace_:
                j += 1
                break
            j += 1
        while j > i and doc[j - 1].text in _CONNECTORS:
            j -= 1
        if j > i and doc[i].text[:1].isdigit() and j - i == 1:
            return i  # a number alone ('2021') is no name
        return j

    @staticmethod
    def _chunk_closes(doc: Doc, end: int) -> bool:
        return end >= len(doc) or doc[end].text in {",", ";", ".", ")", "and", "—", "–"} or doc[end].lower_ == "and"

    def _person_shaped(self, span: Span) -> bool:
        """'Shadi Abdulhadi', not 'Evolution VC', 'Surge' or 'Peak XV'."""
        return len(span) >= 2 and span[-1].text not in self.org_suffixes and all(
            t.is_alpha and t.text[:1].isupper() and (len(t.text) == 1 or t.text[1:].islower()) for t in span)

    def _name_shaped(self, span: Span) -> bool:
        first = span[0].text[:1]
        return (first.isupper() or first.isdigit()) and span[0].lower_ not in self.stop_words \
            and all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text in _CONNECTORS for t in span)
