"""Writing and reading graph files. Every file is written atomically: a
temporary file in the same folder, then a rename, so a crash never leaves a
half-written output; a set of files (a build's folder) is renamed into place only
once every file of it is complete.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import DealgraphError, GraphFileError, OutputError
from .model import Corpus, Fact

#: export format -> rdflib serializer name (None: not RDF)
FORMATS: dict[str, str | None] = {
    "turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig", "nquads": "nquads",
    "graphml": None, "csv": None, "facts": None,
}
#: formats that keep the named graph of each article; the others hold the union of all graphs
QUAD_FORMATS = {"trig", "nquads"}
_SUFFIX_FORMAT = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
                  ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".trig": "trig", ".nq": "nquads", ".n3": "n3"}
CSV_COLUMNS = ["article", "subject", "subject_type", "relation", "object", "object_type", "amount", "currency",
               "round", "date", "confidence", "start", "end", "evidence"]


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    path = Path(path)
    write_set(path.parent, {path.name: data})


def make_folder(folder: str | Path) -> Path:
    """``folder``, created with its parents when missing; OutputError when that cannot be done."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(str(folder), "cannot write: exists and is not a folder") from None
    except OSError as exc:
        raise OutputError(str(folder), f"cannot write: {exc.strerror or exc}") from None
    return folder


def write_set(folder: str | Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write ``files`` (name: data) into ``folder`` as one set, and return their paths.

    Every file is written to a temporary file in ``folder`` first, and only when all are
    complete are they renamed into place; so a failure (a full disk, a folder where a file
    should be) leaves the previous set, or none of it (when a rename itself fails), never new
    files beside old ones."""
    folder = make_folder(folder)
    staged: list[tuple[Path, Path]] = []  # (temporary file, target)
    target = folder
    try:
        for name, data in files.items():
            target = folder / name
            staged.append((_write_temp(target, data), target))
        for _, target in staged:  # checked first: the rename would fail after others were done
            if target.is_dir():
                raise IsADirectoryError(21, "a folder is in the way", str(target))
        try:
            for tmp, target in staged:
                os.replace(tmp, target)
        except OSError:
            for _, done in staged:  # none of the set, rather than new files beside old ones
                if not done.is_dir():
                    done.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [target for _, target in staged]


def _write_temp(path: Path, data: str | bytes) -> Path:
    """``data`` in a new temporary file beside ``path``, synced to disk, with the mode a new file gets."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def generate_facts(facts: Iterable[Fact]) -> str:
    """JSON Lines in the format of the shared evaluation README."""
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts)


def generate_csv(facts: Iterable[Fact]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for f in facts:
        row = f.to_dict()
        row.setdefault("object", "")
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return out.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A CSV cell that a spreadsheet shows as text: one that would start a formula gets a leading quote
    (the OWASP advice against CSV injection; article text is not ours)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def generate_graphml(corpus: Corpus) -> str:
    import networkx as nx

    from .network import build_graph

    g = build_graph(corpus)
    plain = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        plain.add_node(node, **{k: _graphml_value(v) for k, v in data.items() if v is not None})
    for u, v, k, data in g.edges(keys=True, data=True):
        plain.add_edge(u, v, key=k, **{a: _graphml_value(b) for a, b in data.items() if b is not None})
    return "\n".join(nx.generate_graphml(plain)) + "\n"


def _graphml_value(value):
    if isinstance(value, (list, set, tuple)):
        return "|".join(str(v) for v in value)
    return value


def generate(corpus: Corpus, fmt: str) -> str:
    """The corpus serialized in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise DealgraphError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "facts":
        return generate_facts(corpus.facts)
    if fmt == "csv":
        return generate_csv(corpus.facts)
    if fmt == "graphml":
        return generate_graphml(corpus)
    from .rdf import flatten, to_rdf

    dataset = to_rdf(corpus)
    if fmt in QUAD_FORMATS:
        return dataset.serialize(format=FORMATS[fmt])
    if fmt == "jsonld":
        return flatten(dataset).serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return flatten(dataset).serialize(format=FORMATS[fmt])


def jsonld_context() -> dict:
    """The published JSON-LD @context (``ontology/context.jsonld``), inlined so exports parse offline."""
    from .resources import ontology_path

    return json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))["@context"]


def rdf_format_for(path: str | Path) -> str:
    return _SUFFIX_FORMAT.get(Path(path).suffix.lower(), "turtle")


def read_graph(path: str | Path):
    """Parse a saved graph file (format from its extension; Turtle by default).

    TriG and N-Quads give an rdflib Dataset whose default graph is the union of all
    graphs, so plain patterns see everything and ``GRAPH ?article { ... }`` works too.
    """
    from rdflib import Dataset, Graph

    from .rdf import bind_prefixes

    path = Path(path)
    from .store import GraphStore, is_store

    if is_store(path):
        store = GraphStore(path, read_only=True)
        return store.dataset()
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file or store")
    fmt = rdf_format_for(path)
    g = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
    try:
        g.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphFileError(f"{path}: not a readable {fmt} graph: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    return bind_prefixes(g)
