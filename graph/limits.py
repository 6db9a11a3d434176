"""Size limits on what extraction reads, so that its time and memory grow with the length of the
text and no faster, whatever the input.

Real deal news stays far inside them (the longest paragraph of the corpora is 2,000 characters,
the longest sentence 565, the most names in a sentence 15); a page that does not is read in
part, and the article's :class:`Notes` say how, for a warning that names it:

* only the first ``MAX_ARTICLE_CHARS`` characters of an article are read;
* the spaCy model sees at most ``MAX_PIECE_CHARS`` at once: a longer paragraph is read in
  pieces cut at sentence ends (else between words), never one Doc over ``nlp.max_length``;
* a sentence longer than ``MAX_SENTENCE_CHARS`` is read as several, cut after a comma or a
  semicolon where one is near, never inside a name; one naming more than ``MAX_SENTENCE_NAMES``
  entities, in pieces of ``PIECE_NAMES`` names. The patterns and the relation scorer work
  sentence by sentence, and their work grows faster than the length of a sentence (every
  pair of names; lists the patterns try to read every way), so it is bounded per sentence.

Everything across an article's mentions (clusters, repeated names) uses dict lookups.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

MAX_ARTICLE_CHARS = 500_000
MAX_PIECE_CHARS = 10_000
MAX_SENTENCE_CHARS = 2_000
MAX_SENTENCE_NAMES = 30
PIECE_NAMES = 8

_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")
_SPACE = re.compile(r"\s+")
_SEPARATORS = {",", ";", ":"}


@dataclass
class Notes:
    """What of one article was read in part: counts per limit, and the article's full length."""

    length: int = 0
    counts: Counter = field(default_factory=Counter)

    def message(self) -> str | None:
        """One line for the warning, or None where everything was read whole."""
        parts = []
        if self.counts["article"]:
            parts.append(f"only its first {MAX_ARTICLE_CHARS:,} of {self.length:,} characters were read")
        if n := self.counts["paragraph"]:
            parts.append(f"{n:,} paragraph{'s' * (n > 1)} over {MAX_PIECE_CHARS:,} characters read in pieces")
        if n := self.counts["sentence"]:
            parts.append(f"{n:,} sentence{'s' * (n > 1)} over {MAX_SENTENCE_CHARS:,} characters read in pieces")
        if n := self.counts["crowded"]:
            parts.append(f"{n:,} sentence{'s' * (n > 1)} naming over {MAX_SENTENCE_NAMES} entities read in pieces "
                         f"of {PIECE_NAMES} names")
        return "read in part: " + "; ".join(parts) if parts else None


def head(text: str, notes: Notes) -> str:
    """The part of an article that is read: at most MAX_ARTICLE_CHARS, ending at a line or a
    sentence end where one is in the last half."""
    notes.length = len(text)
    if len(text) <= MAX_ARTICLE_CHARS:
        return text
    notes.counts["article"] += 1
    end = text.rfind("\n", MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS + 1)
    return text[:end if end > 0 else _cut(text, 0, MAX_ARTICLE_CHARS)]


def pieces(text: str, limit: int, notes: Notes) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pieces of at most ``limit`` characters, cut after a sentence end
    where one is in the last half of a piece, else between words, else anywhere."""
    if len(text) <= limit:
        return [(0, text)]
    notes.counts["paragraph"] += 1
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= limit else _cut(text, start, limit)
        piece = text[start:end].rstrip()
        if piece:
            out.append((start, piece))
        start = _SPACE.match(text, end).end() if _SPACE.match(text, end) else end
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """Where a piece of ``text`` from ``start`` of at most ``limit`` characters ends."""
    low, high = start + limit // 2, start + limit
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
    if ends:
        return ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(text, low, high)]
    return spaces[-1] if spaces else high


def sentence_pieces(sent, notes: Notes) -> Iterator:
    """A spaCy sentence span, or where it is longer than MAX_SENTENCE_CHARS or names more than
    MAX_SENTENCE_NAMES entities, pieces of it: of at most MAX_SENTENCE_CHARS characters, and of at
    most PIECE_NAMES names where it names too many. A piece ends after a separator (',', ';', ':')
    in its last half where there is one, else between tokens, never inside an entity (unless
    one entity is longer than a piece)."""
    crowded = len(sent.ents) > MAX_SENTENCE_NAMES
    if len(sent.text) <= MAX_SENTENCE_CHARS and not crowded:
        yield sent
        return
    notes.counts["crowded" if crowded else "sentence"] += 1
    most = PIECE_NAMES if crowded else MAX_SENTENCE_NAMES
    doc, start = sent.doc, sent.start
    while start < sent.end:
        begin = doc[start].idx
        k, names, free, separator = start, 0, None, None
        while k < sent.end:
            tok = doc[k]
            if k > start and tok.ent_iob_ != "I":  # a piece may end before this token
                free = k
                if doc[k - 1].text in _SEPARATORS and (tok.idx - begin >= MAX_SENTENCE_CHARS // 2 or names > most // 2):
                    separator = k
            if tok.idx + len(tok) - begin > MAX_SENTENCE_CHARS or (tok.ent_iob_ == "B" and names == most):
                break
            names += tok.ent_iob_ == "B"
            k += 1
        end = sent.end if k == sent.end else separator or free or max(k, start + 1)
        yield doc[start:end]
        start = end
