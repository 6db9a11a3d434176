"""Separate an article's body from page furniture.

Texts copied from a browser carry menus, bylines, teasers and footers. The
body is kept as paragraphs with their offsets in the original text, so the
evidence of every fact can point back into the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .names import known_places
from .resources import load_json

_TERMINAL = tuple(".!?\"”’)…")
_BULLET = re.compile(r"[-–•*▪●·]\s+")
_LIST_ITEM = re.compile(r"[ \t]*[-–•*▪●·][ \t]+(?=\S)")
_LIST_ITEM_WORDS = 8  # '- Orrin Capital (lead)': a name, not a sentence
# a bullet item that tells a deal in a sentence ('- Vantix, a clinic app, raised $8 million'), not a heading
# ('• Vantix Health (Jakarta) — $8m Series A') or a menu entry
_TOLD_DEAL = re.compile(r"\b(?:raised|raises|secured|secures|closed|closes|got|gets|bagged|bags|landed|lands|received|"
                        r"receives|acquired|acquires|bought|buys|invested|invests|led|leads|merged|announced)\b")

# a subheading inside the body that tells a deal with its amount ('Zentrix closes $20 million round'): it opens
# the section about that deal, and names its company where the paragraphs below only say 'the company'
_SUBHEADING_DEAL = re.compile(r"(?![A-Za-z ]{0,20}:)(?=.*?(?:[$€£¥₹]|\d))[^:]*?" + _TOLD_DEAL.pattern, re.I)


@dataclass
class Body:
    title: str | None
    date: str | None
    paragraphs: list[tuple[int, str]] = field(default_factory=list)  # (offset, text)


@dataclass(frozen=True)
class _Rules:
    tail: tuple[re.Pattern, ...]
    drop: tuple[re.Pattern, ...]
    date_line: re.Pattern
    dateline: re.Pattern
    wire_dateline: re.Pattern  # 'SAN DIEGO, Calif.--(BUSINESS WIRE)--', 'LONDON, May 2, 2025 /PRNewswire/ --'
    outlet_dateline: re.Pattern  # 'NEW YORK (The Deal) --': a dateline only where a known city opens it
    headline_max_words: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_json("furniture.json")
    return _Rules(
        tail=tuple(re.compile(p, re.I) for p in data["tail_markers"]),
        drop=tuple(re.compile(p, re.I) for p in data["drop_lines"]),
        date_line=re.compile(data["date_line"], re.I),
        dateline=re.compile(data["dateline"]),
        wire_dateline=re.compile(data["wire_dateline"]),
        outlet_dateline=re.compile(data["outlet_dateline"]),
        headline_max_words=int(data["headline_max_words"]),
    )


def split_body(text: str) -> Body:
    """Return the title, date and body paragraphs of an article's text.

    >>> body = split_body("Acme raises $5m\\n\\nWritten by A. Writer\\n\\nAcme raised $5m from Beta.\\n\\n© 2024 News")
    >>> body.title, [p for _, p in body.paragraphs]
    ('Acme raises $5m', ['Acme raised $5m from Beta.'])
    """
    rules = _rules()
    body = Body(title=None, date=None)
    for start, raw_line, listed in _unwrapped_lines(text):
        line = raw_line.strip()
        if not line:
            continue
        start += raw_line.index(line[0])
        if body.date is None and not body.paragraphs:
            m = rules.date_line.match(line)
            if m:
                body.date = m.group(1)
                start, line = start + m.end(), line[m.end():]
        m = rules.dateline.match(line)
        if m and (_place_dateline(m.group(0)) or not body.paragraphs and not _NAMES_LISTED.match(m.group(0))):
            start, line = start + m.end(), line[m.end():]
        m = rules.wire_dateline.match(line)
        if m is None and (outlet := rules.outlet_dateline.match(line)) and _place_dateline(outlet.group(0)):
            m = outlet
        if m:  # a wire service's dateline opens the release's first paragraph, whatever came before
            start, line = start + m.end(), line[m.end():]
        if not line:
            continue
        if any(p.search(line) for p in rules.tail):
            if any(_A_SENTENCE.search(para) for _, para in body.paragraphs):
                break  # the story told, its page's furniture follows
            continue  # 'Share this article' under a release's headline, before its story
        if any(p.search(line) for p in rules.drop):
            continue
        bullet = _BULLET.match(line)
        if bullet and _TOLD_DEAL.search(line):
            start, line = start + bullet.end(), line[bullet.end():]
        elif not line.endswith(_TERMINAL) and len(line.split()) <= rules.headline_max_words and not listed \
                and not (body.paragraphs and _SUBHEADING_DEAL.match(line)):
            if not body.paragraphs and len(line.split()) >= 3 and (
                    body.title is None or body.title.endswith(" " + line)):
                body.title = line  # 'Home Health Care Acme raises $5m' then 'Acme raises $5m': a menu's words went first
            continue
        body.paragraphs.extend(_flattened_items(start, line))
    return body


_FLAT_BULLET = re.compile(r";\s+[-–•▪●]\s+(?=\S)")  # '...; - PegBio raised ...; - Symbow closed ...'


def _flattened_items(start: int, line: str) -> list[tuple[int, str]]:
    """A bulleted list the page ran into one line, its items joined by '; - ', as paragraphs of their own
    (offsets kept): each item tells its own deal. A line with one such joint is left whole."""
    joints = list(_FLAT_BULLET.finditer(line))
    if len(joints) < 2:
        return [(start, line)]
    items, at = [], 0
    for m in joints:
        items.append((start + at, line[at:m.start() + 1]))
        at = m.end()
    items.append((start + at, line[at:]))
    return [(offset, item) for offset, item in items if item.strip()]


def _place_dateline(dateline: str) -> bool:
    """'HONG KONG –' opening a roundup's later item: a known city in capitals, as a dateline names it."""
    city = re.split(r"\s*[,:(—–]|\s+-", dateline)[0].strip()
    return city.isupper() and city.title() in known_places()


# 'KKR, TPG — two buyout firms — agreed ...': capitalized names in a list, not 'SEOUL, AJU -'
_NAMES_LISTED = re.compile(r"[A-Z][A-Z.&]*,\s+[A-Z][A-Z.&]*\s+[—–-]\s")


_A_SENTENCE = re.compile(r"(?:\S+\s+){7}\S*[.!?\"”’)…]\s*$")  # eight words or more, then a full stop


def _hard_wrapped(text: str) -> bool:
    """Text wrapped at a fixed width, as some wires send it: most lines are of a line's width and most stop
    mid-sentence. Its lines join whatever case the next one starts with ('... Co' / '(CPC), a unit of')."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 6:
        return False
    full = [line for line in lines if 40 <= len(line) <= 90]
    cut = [line for line in full if not line.endswith(_TERMINAL)]
    return len(full) > 0.6 * len(lines) and len(cut) > 0.4 * len(lines)


def _unwrapped_lines(text: str) -> list[tuple[int, str, bool]]:
    """The text's lines with their offsets, hard-wrapped lines joined: a line that stops mid-sentence and a
    next line that goes on in lower case ('... round of' / 'financing led by X.') are one line, the line
    break read as a space so that offsets stay those of the text. A line that ends with a colon and the
    short bullet items under it ('Investors include:' / '- Orrin Capital' / '- Harbor Ventures') are one
    line too, each break and bullet read as a comma; the flag tells such a list line. In a hard-wrapped text
    a line that stops mid-sentence joins the next whatever its case."""
    lines: list[list] = []  # [offset, text, listed]
    offset = 0
    wrapped = _hard_wrapped(text)
    for raw in text.splitlines(keepends=True):
        prev = lines[-1][1].rstrip() if lines else ""
        head = raw.lstrip()[:1]
        item = _LIST_ITEM.match(raw)
        if prev and item and len(raw.split()) <= _LIST_ITEM_WORDS and not _TOLD_DEAL.search(raw) and (
                prev.endswith(":") or lines[-1][2] and not prev.endswith(_TERMINAL)):
            body = lines[-1][1].rstrip("\r\n")
            gap = len(lines[-1][1]) - len(body) + item.end()  # the line break and the bullet
            lines[-1][1] = body + (" " if prev.endswith(":") else ",").ljust(gap) + raw[item.end():]
            lines[-1][2] = True
        elif prev and not prev.endswith(_TERMINAL) and (head.islower() or wrapped and head and not item):
            lines[-1][1] += raw
        else:
            lines.append([offset, raw, False])
        offset += len(raw)
    return [(start, re.sub(r"[\r\n]+(?=.)", lambda m: " " * len(m.group()), raw), listed) for start, raw, listed in lines]
