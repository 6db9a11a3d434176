from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def nlp():
    from graph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, nlp):
    """The graph of the shipped sample articles, built once through the API."""
    import graph

    out = tmp_path_factory.mktemp("samples")
    graph.build(None, out, nlp=nlp)
    return out


def read(out: Path, name: str) -> str:
    return (out / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    return str(sample_build / "graph.ttl")
