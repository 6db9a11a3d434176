"""Read articles from files, folders, JSON Lines and stdin.

Problems with one input (unreadable, binary, empty, not UTF-8) are reported as
:class:`~graph.errors.InputError` records so the rest can still be read.
"""
from __future__ import annotations

import json
import os
import re
import stat
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
        found, errors = _article_files(p)
        yield from errors
        if not found and not errors:
            yield InputError(path, "folder holds no .txt, .html or .jsonl files")
        for f in found:
            yield from _read_new_file(f, f.relative_to(p).with_suffix("").as_posix(), files)
    elif p.exists():
        yield from _read_new_file(p, p.name[: -len(p.suffix)] if p.suffix else p.name, files)
    else:
        yield InputError(path, "no such file or folder")


def _article_files(folder: Path) -> tuple[list[Path], list[InputError]]:
    """The article files under ``folder``, sorted, and its subfolders that cannot be listed.

    Hidden files are skipped, and so are dealgraph's own output folders (they hold a graph.ttl), so
    that 'dealgraph build news/ -o news/out' run twice does not read its own output back."""
    files: list[Path] = []
    errors: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(exc.filename or str(folder), f"folder cannot be read: {exc.strerror or exc}"))

    for top, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if not (Path(top) / "graph.ttl").is_file():
            files.extend(f for f in (Path(top, n) for n in names if not n.startswith("."))
                         if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
    return sorted(files), errors


def _read_new_file(p: Path, article_id: str, files: set[Path]) -> Iterator[Article | InputError]:
    if (real := p.resolve()) not in files:
        files.add(real)
        yield from _read_file(p, article_id)


def _from_stdin() -> Iterator[Article | InputError]:
    text = _stdin_text()
    if isinstance(text, InputError):
        yield text
    elif _looks_like_jsonl(text):
        yield from _from_jsonl("<stdin>", "stdin", text)
    elif _looks_like_html(text):
        yield _from_html("<stdin>", "stdin", text)
    else:
        yield Article(id="stdin", text=text, source="<stdin>")


def _read_file(p: Path, article_id: str) -> Iterator[Article | InputError]:
    source = str(p)
    text = _file_text(p)
    if isinstance(text, InputError):
        yield text
        return
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(source, article_id, text)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield _from_html(source, article_id, text)
    else:
        yield Article(id=article_id, text=text, source=source)


def read_text(path: str | Path) -> str:
    """The UTF-8 text of a file (a query file, say), or of standard input for ``-``; InputError if it has none."""
    text = _stdin_text() if str(path) == "-" else _file_text(Path(path))
    if isinstance(text, InputError):
        raise text
    return text


def _stdin_text() -> str | InputError:
    if sys.stdin is None:  # the process was started with its standard input closed
        return InputError("<stdin>", "standard input is closed")
    try:
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    except (OSError, ValueError) as exc:  # ValueError: read from a closed file
        return InputError("<stdin>", f"cannot be read: {getattr(exc, 'strerror', None) or exc}")
    return _decode("<stdin>", data)


_FILE_KINDS = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a character device",
               stat.S_ISBLK: "a block device", stat.S_ISSOCK: "a socket"}


def _file_text(p: Path) -> str | InputError:
    try:
        mode = p.stat().st_mode
        if not stat.S_ISREG(mode):  # a pipe or a device would block, or never end
            kind = next((name for test, name in _FILE_KINDS.items() if test(mode)), "a special file")
            return InputError(str(p), f"not a regular file but {kind}; to read a stream, give - and redirect it")
        data = p.read_bytes()
    except OSError as exc:
        return InputError(str(p), f"cannot be read: {exc.strerror or exc}")
    return _decode(str(p), data)


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


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


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
