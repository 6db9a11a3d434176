"""Read articles from files, folders, JSON Lines and stdin.

Problems with one input (unreadable, binary, empty, not UTF-8) are reported as
:class:`~graph.errors.InputError` records so the rest can still be read.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Article

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_articles(paths: Iterable[str | Path], errors: list[InputError] | None = None) -> Iterator[Article]:
    """Yield the articles found in ``paths`` (files, folders read recursively, or ``-`` for stdin).

    Inputs that cannot be read are appended to ``errors``; when ``errors`` is
    None the first problem is raised instead.
    """
    for path in paths:
        for item in _read_one(str(path)):
            if isinstance(item, InputError):
                if errors is None:
                    raise item
                errors.append(item)
            else:
                yield item


def _read_one(path: str) -> Iterator[Article | InputError]:
    if path == "-":
        yield from _from_stdin()
        return
    p = Path(path)
    if p.is_dir():
        # skip hidden files and dealgraph's own output folders (they hold a graph.ttl), so that
        # 'dealgraph build news/ -o news/out' run twice does not read its own output back
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                       and not any(part.startswith(".") for part in f.relative_to(p).parts)
                       and not (f.parent / "graph.ttl").is_file())
        if not files:
            yield InputError(path, "folder holds no .txt, .html or .jsonl files")
        for f in files:
            yield from _read_file(f)
    elif p.exists():
        yield from _read_file(p)
    else:
        yield InputError(path, "no such file or folder")


def _from_stdin() -> Iterator[Article | InputError]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    text = _decode("<stdin>", data)
    if isinstance(text, InputError):
        yield text
    elif _looks_like_jsonl(text):
        yield from _from_jsonl("<stdin>", "stdin", text)
    else:
        yield Article(id="stdin", text=text, source="<stdin>")


def _read_file(p: Path) -> Iterator[Article | InputError]:
    source = str(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")
        return
    text = _decode(source, data)
    if isinstance(text, InputError):
        yield text
        return
    suffix = p.suffix.lower()
    article_id = p.name[: -len(p.suffix)] if p.suffix else p.name
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(source, article_id, text)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))):
        yield _from_html(source, article_id, text)
    else:
        yield Article(id=article_id, text=text, source=source)


def _decode(source: str, data: bytes) -> str | InputError:
    if b"\x00" in data[:8192]:
        return InputError(source, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    if not text.strip():
        return InputError(source, "empty file")
    return text


def _from_html(source: str, article_id: str, html: str) -> Article | InputError:
    import trafilatura  # heavy: imported only when HTML is read

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, with_metadata=False)
    if not text or not text.strip():
        return InputError(source, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return Article(id=article_id, text=text, title=title, url=url, date=date, source=source)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    if first != "{":
        return False
    try:
        json.loads(text.lstrip().splitlines()[0])
    except ValueError:
        return False
    return True


def _from_jsonl(source: str, default_id: str, text: str) -> Iterator[Article | InputError]:
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield InputError(where, f"not a JSON object: {exc}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield InputError(where, "a JSON Lines article needs a non-empty \"text\" string")
            continue
        yield Article(
            id=str(record.get("id") or f"{default_id}-{line_no}"),
            text=record["text"],
            title=_opt_str(record.get("title")),
            url=_opt_str(record.get("url")),
            date=_opt_str(record.get("date")),
            source=where,
        )


def _opt_str(value) -> str | None:
    return str(value) if value not in (None, "") else None
