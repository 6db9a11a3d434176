"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDFS, Graph, Namespace

from .resources import ontology_path

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str  # the node's name (rdfs:label) or IRI
    path: str | None
    value: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value and self.value != self.focus else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def validate(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Check ``data`` against the dealgraph SHACL shapes (or ``shapes``)."""
    from pyshacl import validate as shacl_validate

    if shapes is None:
        shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    flat = Graph()
    for s, p, o, *_ in (data.quads((None, None, None, None)) if hasattr(data, "quads") else data):
        flat.add((s, p, o))
    conforms, results, _text = shacl_validate(flat, shacl_graph=shapes, inference="none", allow_warnings=True)
    violations = []
    for result in results.objects(None, SH.result):  # not the sh:detail of a nested shape
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        violations.append(Violation(
            focus=_name(flat, focus), path=_short(flat, path) if path is not None else None,
            value=_name(flat, value) if value is not None else None,
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
            severity=_short(flat, results.value(result, SH.resultSeverity)).split(":")[-1].split("#")[-1]))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), violations)


def _name(g: Graph, node) -> str:
    label = g.value(node, RDFS.label)
    return f"{label} <{node}>" if label is not None else str(node)


def _short(g: Graph, node) -> str:
    try:
        return g.namespace_manager.normalizeUri(node)
    except Exception:  # not an IRI rdflib can shorten
        return str(node)
