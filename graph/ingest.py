"""Read articles from files, folders, JSON Lines and stdin.

Problems with one input (unreadable, binary, empty, not UTF-8) are reported as
:class:`~graph.errors.InputError` records so the rest can still be read.
"""
from __future__ import annotations

import json
import re
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

    Article ids are unique and stable, so a store knows an article again: a file named in ``paths``
    is its name without extension (``report``), a file found in a folder its path from that folder
    (``2024/report``), case kept; a JSON Lines record its ``id``, or FILE-LINE. An id that another
    article has already, or that holds control characters, is an error and that article is skipped.
    A file named twice is read once.
    """
    ids: dict[str, str] = {}  # id -> where it was read
    files: set[Path] = set()
    for path in paths:
        for item in _read_one(str(path), files):
            if isinstance(item, Article):
                item = _checked_id(item, ids)
            if isinstance(item, InputError):
                if errors is None:
                    raise item
                errors.append(item)
            else:
                yield item


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # RDF literals drop most of them


def _checked_id(article: Article, ids: dict[str, str]) -> Article | InputError:
    source = article.source or article.id
    if _CONTROL.search(article.id):
        return InputError(source, f"article id {article.id!r} holds control characters; rename it")
    if article.id in ids:
        return InputError(source, f"article id {article.id!r} is also the id of {ids[article.id]}")
    ids[article.id] = source
    return article


def _read_one(path: str, files: set[Path]) -> Iterator[Article | InputError]:
    if path == "-":
        yield from _from_stdin()
        return
    p = Path(path)
    if p.is_dir():
        # skip hidden files and dealgraph's own output folders (they hold a graph.ttl), so that
        # 'dealgraph build news/ -o news/out' run twice does not read its own output back
        found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                       and not any(part.startswith(".") for part in f.relative_to(p).parts)
                       and not (f.parent / "graph.ttl").is_file())
        if not found:
            yield InputError(path, "folder holds no .txt, .html or .jsonl files")
        for f in found:
            yield from _read_new_file(f, f.relative_to(p).with_suffix("").as_posix(), files)
    elif p.exists():
        yield from _read_new_file(p, p.name[: -len(p.suffix)] if p.suffix else p.name, files)
    else:
        yield InputError(path, "no such file or folder")


def _read_new_file(p: Path, article_id: str, files: set[Path]) -> Iterator[Article | InputError]:
    if (real := p.resolve()) not in files:
        files.add(real)
        yield from _read_file(p, article_id)


def _from_stdin() -> Iterator[Article | InputError]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    text = _decode("<stdin>", data)
    if isinstance(text, InputError):
        yield text
    elif _looks_like_jsonl(text):
        yield from _from_jsonl("<stdin>", "stdin", text)
    else:
        yield Article(id="stdin", text=text, source="<stdin>")


def _read_file(p: Path, article_id: str) -> Iterator[Article | InputError]:
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
