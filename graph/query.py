"""SPARQL 1.1 queries over a saved graph (read-only)."""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def run_query(graph, query: str, *, allow_service: bool = False):
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over an rdflib graph or a
    :class:`~graph.store.GraphStore`; updates are refused, and so are SERVICE and FROM outside
    the graph unless ``allow_service`` (see :func:`check_query_allowed`)."""
    from rdflib import Dataset
    from rdflib.plugins.sparql import prepareQuery

    from .rdf import SPARQL_PREFIXES

    if not isinstance(graph, Graph):  # a store runs SPARQL itself
        return graph.query(query, allow_service=allow_service)
    prefixes = dict(graph.namespaces()) | SPARQL_PREFIXES
    try:
        prepared = prepareQuery(query, initNs=prefixes)
    except Exception as exc:
        check_read_only(query)
        raise QueryError(f"malformed SPARQL query: {_first_line(exc)}") from None
    in_data = (lambda iri: len(graph.get_context(URIRef(iri))) > 0) if isinstance(graph, Dataset) else None
    check_query_allowed(query, allow_service=allow_service, has_graph=in_data, prefixes=prefixes)
    try:
        return graph.query(prepared)
    except Exception as exc:
        raise QueryError(f"query failed: {_first_line(exc)}") from None


def answer_text(path: str, query: str, fmt: str = "table", timeout: float | None = None,
                allow_service: bool = False) -> str:
    """The formatted answer of ``query`` over a saved graph file or store. It runs in a child process,
    stopped after ``timeout`` seconds (:class:`~graph.errors.TimedOut`) or on Ctrl-C: a query inside
    Oxigraph or rdflib cannot be interrupted otherwise."""
    from .procs import run_stoppable

    return run_stoppable(_answer_text, path, query, fmt, allow_service, timeout=timeout, what="query")


def _answer_text(path: str, query: str, fmt: str, allow_service: bool) -> str:
    from .export import read_graph
    from .store import GraphStore, is_store

    source = GraphStore(path, read_only=True) if is_store(path) else read_graph(path)
    return format_result(run_query(source, query, allow_service=allow_service), fmt)


def parse_answer(body: bytes, json_results: bool):
    """An rdflib Result from a SPARQL answer: W3C JSON results, or N-Triples for CONSTRUCT/DESCRIBE."""
    from rdflib.query import Result

    if json_results:
        return Result.parse(io.BytesIO(body), format="json")
    result = Result("CONSTRUCT")
    result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    return result


# rdflib's SPARQL grammar (pyparsing) keeps state while it parses: two threads parsing at once (the endpoint
# checks queries in worker threads) break each other's parse ('postParse2() missing ... tokenList').
_PARSING = threading.Lock()


def check_read_only(query: str) -> None:
    """Refuse SPARQL updates, with a message that says so."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _PARSING:
        try:
            parseQuery(query)
            return
        except Exception:  # not a query; an update?
            pass
        try:
            parseUpdate(query)
        except Exception:
            return  # neither: the engine reports the syntax error
    raise QueryError("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, ...) are not allowed: queries are read-only")


# A query that names none of these words cannot make the engine fetch anything (parsing costs 10-100 ms,
# more than most queries take on a store, so only the queries that might are parsed).
_MAY_FETCH = re.compile("service|from|using|load", re.IGNORECASE)


def check_query_allowed(text: str, *, allow_service: bool = False, update: bool = False,
                        has_graph: Callable[[str], bool] | None = None, prefixes: dict[str, str] | None = None) -> None:
    """Refuse a query (or, with ``update``, an update) that would make the engine send a request or read a
    file: ``SERVICE``, ``LOAD``, and ``FROM`` / ``FROM NAMED`` / ``USING`` a graph that is not in the data
    (``has_graph(iri)`` says which are; rdflib fetches the others, and Oxigraph fetches SERVICE and LOAD).
    The decision is made on the parsed query, so a comment or a string that says SERVICE is fine."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, expandUnicodeEscapes_re

    if allow_service:
        return
    # rdflib reads \u escapes before parsing; Oxigraph reads them only inside strings and IRIs, where a neutral
    # character in their place keeps every token where it was. Both readings are checked.
    readings = dict.fromkeys([expandUnicodeEscapes(text), expandUnicodeEscapes_re.sub("_", text)])
    if not any(_MAY_FETCH.search(reading) for reading in readings):
        return
    for reading in readings:
        for kind, iri in _fetches(reading, update, tuple(sorted((prefixes or {}).items()))):
            if kind != "SERVICE" and kind != "LOAD" and has_graph is not None and iri is not None and has_graph(iri):
                continue
            what = f"{kind} {iri.n3() if iri is not None else '?variable'}"
            why = ("it makes the server send a request to that address" if kind in ("SERVICE", "LOAD")
                   else "that is not a graph of this data, and the engine would fetch it")
            raise QueryError(f"{what} is not allowed: {why}; pass --allow-service to allow it")


def check_request_allowed(target: str, content_type: str | None, body: bytes | None, *, allow_service: bool = False,
                          has_graph: Callable[[str], bool] | None = None) -> None:
    """:func:`check_query_allowed` for an HTTP request to ``/query`` or ``/update`` (the SPARQL 1.1 protocol):
    every query and update in the URL (``target``: path and query string), a form body or a direct body."""
    from urllib.parse import parse_qs, urlsplit

    url = urlsplit(target)
    if allow_service or url.path not in ("/query", "/update"):
        return
    fields = parse_qs(url.query, keep_blank_values=True)
    media = (content_type or "").split(";")[0].strip().lower()
    if body and media == "application/x-www-form-urlencoded":
        for key, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
            fields.setdefault(key, []).extend(values)
    elif body and media in ("application/sparql-query", "application/sparql-update"):
        fields.setdefault(media.rsplit("-", 1)[1], []).append(body.decode("utf-8", "replace"))
    elif body:
        raise QueryError(f"a SPARQL request body must be application/x-www-form-urlencoded, application/sparql-query "
                         f"or application/sparql-update, not {media or 'untyped'}")
    for text in fields.get("query", []):
        check_query_allowed(text, has_graph=has_graph)
    for text in fields.get("update", []):
        check_query_allowed(text, update=True, has_graph=has_graph)


@functools.lru_cache(maxsize=256)  # a parse takes 10-100 ms; endpoints and benchmarks see the same texts again
def _fetches(text: str, update: bool, prefixes: tuple[tuple[str, str], ...]) -> tuple[tuple[str, URIRef | None], ...]:
    """(keyword, IRI) of every SERVICE, LOAD, FROM, FROM NAMED, USING and USING NAMED in a query or update."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql import parser
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    from .rdf import SPARQL_PREFIXES

    namespaces = dict(prefixes) or SPARQL_PREFIXES
    try:  # the grammar itself: parseQuery and parseUpdate would expand \u escapes again
        with _PARSING:
            tree = (parser.UpdateUnit if update else parser.QueryUnit).parse_string(text, parse_all=True)
            algebra = (translateUpdate(tree[0], initNs=namespaces).algebra if update
                       else translateQuery(tree, initNs=namespaces).algebra)
    except Exception as exc:  # a syntax error, an unknown prefix, ...
        raise QueryError(f"malformed SPARQL {'update' if update else 'query'}: {_first_line(exc)}") from None
    found, stack = [], [algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":  # attributes of a CompValue are None when absent
                found.append(("SERVICE", node.term if isinstance(node.term, URIRef) else None))
            elif node.name == "Load":
                found.append(("LOAD", node.iri))
            elif node.name in ("DatasetClause", "UsingClause"):
                keyword = "FROM" if node.name == "DatasetClause" else "USING"
                found.append((f"{keyword} NAMED", node.named) if node.named is not None else (keyword, node.default))
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return tuple(found)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def format_result(result, fmt: str = "table") -> str:
    """Text for a query result: a table, CSV, TSV or the W3C SPARQL results JSON; Turtle for graphs."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        return g.serialize(format="json-ld" if fmt == "json" else "nt" if fmt in ("csv", "tsv") else "turtle")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars]
    rows = [[row[i] for i in range(len(names))] for row in result]
    if fmt == "json":
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "tsv":
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join(t.n3() if t is not None else "" for t in row) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        from .export import spreadsheet_safe

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([[spreadsheet_safe(t) for t in row] for row in rows])
        return out.getvalue()
    return _table(names, [["" if t is None else _short(t) for t in row] for row in rows])


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
    return out


def _short(term) -> str:
    text = str(term)
    if isinstance(term, URIRef) and "/id/entity/" in text:
        return "<" + text.rsplit("/", 1)[-1] + ">"
    return text.replace("\n", " ")


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    clip = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(clip(c, w).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# named queries: graph/queries/NAME.rq, with a header of '# title:' and '# param: NAME = DEFAULT | help' lines
@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    params: dict[str, tuple[str, str]]  # name -> (default, help)
    text: str

    def render(self, **values: str) -> str:
        """The query with each ``{{param}}`` replaced by a SPARQL string literal (defaults fill the rest)."""
        unknown = set(values) - set(self.params)
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))}; "
                             f"it takes: {', '.join(self.params) or 'none'}")
        merged = {k: values.get(k, default) for k, (default, _help) in self.params.items()}

        def literal(m: re.Match) -> str:
            """{{name}}: a string; {{lower:name}}: lower-cased (to match dg:nameKey); {{int:name}}: a whole number."""
            kind, name = m.group(1), m.group(2)
            value = merged[name]
            if kind == "int:":
                if not value.strip().isdigit():
                    raise QueryError(f"query {self.name!r}: {name} must be a whole number, not {value!r}")
                return str(int(value))
            return _sparql_string(value.lower() if kind else value)

        return re.sub(r"\{\{(lower:|int:)?(\w+)\}\}", literal, self.text)


def named_queries() -> dict[str, NamedQuery]:
    """The library of analyst queries shipped in ``graph/queries``."""
    from .resources import queries_dir

    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title, params = path.stem, {}
        for line in text.splitlines():
            if m := re.match(r"#\s*title:\s*(.+)", line):
                title = m.group(1).strip()
            elif m := re.match(r"#\s*param:\s*(\w+)\s*=\s*([^|]*)\|\s*(.*)", line):
                params[m.group(1)] = (m.group(2).strip(), m.group(3).strip())
        out[path.stem] = NamedQuery(path.stem, title, params, text)
    return out


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; see 'dealgraph query --list' ({', '.join(queries)})")
    return queries[name]


def _sparql_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'
