"""SPARQL 1.1 queries over a saved graph (read-only)."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def run_query(graph, query: str):
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over an rdflib graph or a
    :class:`~graph.store.GraphStore`; updates are refused."""
    from rdflib.plugins.sparql import prepareQuery

    from .rdf import SPARQL_PREFIXES

    if not isinstance(graph, Graph):  # a store runs SPARQL itself
        return graph.query(query)
    try:
        prepared = prepareQuery(query, initNs=dict(graph.namespaces()) | SPARQL_PREFIXES)
    except Exception as exc:
        check_read_only(query)
        raise QueryError(f"malformed SPARQL query: {_first_line(exc)}") from None
    try:
        return graph.query(prepared)
    except Exception as exc:
        raise QueryError(f"query failed: {_first_line(exc)}") from None


def answer_text(path: str, query: str, fmt: str = "table", timeout: float | None = None) -> str:
    """The formatted answer of ``query`` over a saved graph file or store. It runs in a child process,
    stopped after ``timeout`` seconds (:class:`~graph.errors.TimedOut`) or on Ctrl-C: a query inside
    Oxigraph or rdflib cannot be interrupted otherwise."""
    from .procs import run_stoppable

    return run_stoppable(_answer_text, path, query, fmt, timeout=timeout, what="query")


def _answer_text(path: str, query: str, fmt: str) -> str:
    from .export import read_graph
    from .store import GraphStore, is_store

    source = GraphStore(path, read_only=True) if is_store(path) else read_graph(path)
    return format_result(run_query(source, query), fmt)


def parse_answer(body: bytes, json_results: bool):
    """An rdflib Result from a SPARQL answer: W3C JSON results, or N-Triples for CONSTRUCT/DESCRIBE."""
    from rdflib.query import Result

    if json_results:
        return Result.parse(io.BytesIO(body), format="json")
    result = Result("CONSTRUCT")
    result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    return result


def check_read_only(query: str) -> None:
    """Refuse SPARQL updates, with a message that says so."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

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
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if t is None else str(t) for t in row] for row in rows])
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
