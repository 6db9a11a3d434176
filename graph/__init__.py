"""dealgraph: deal news in, a knowledge graph out.

>>> import graph
>>> result = graph.build(["article.txt"], out_dir="out")     # doctest: +SKIP
>>> graph.run_query(graph.read_graph("out/graph.ttl"), "SELECT ...")  # doctest: +SKIP

Attributes are imported lazily so that ``import graph`` (and ``dealgraph --help``)
does not load spaCy or rdflib.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "build": "pipeline", "read_corpus": "pipeline", "load_corpus": "pipeline", "sample_paths": "pipeline",
    "BuildResult": "pipeline",
    "read_articles": "ingest", "split_body": "clean", "extract": "extraction", "resolve": "resolution",
    "build_graph": "network", "to_rdf": "rdf", "corpus_from_rdf": "rdf", "entity_iri": "rdf",
    "run_query": "query", "format_result": "query", "render_html": "view",
    "generate": "export", "read_graph": "export", "write_atomic": "export", "FORMATS": "export",
    "load_pipeline": "nlp", "find_money": "money", "validate": "shacl",
    "Article": "model", "Fact": "model", "Entity": "model", "Extraction": "model", "Corpus": "model",
    "DealgraphError": "errors", "InputError": "errors", "QueryError": "errors", "GraphFileError": "errors",
}
__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str):
    if name in _API:
        return getattr(importlib.import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
