"""Access to the data files shipped inside the package and the ontology."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files("graph") / "data" / name))


@lru_cache(maxsize=None)
def load_json(name: str):
    with data_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def load_jsonl(name: str) -> list[dict]:
    with data_path(name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("//")]


def ontology_path(name: str = "dealgraph.ttl") -> Path:
    """The ontology file: inside the installed package, or beside it in a source checkout."""
    installed = Path(str(resources.files("graph") / "ontology" / name))
    if installed.exists():
        return installed
    return Path(__file__).resolve().parent.parent / "ontology" / name


def queries_dir() -> Path:
    return Path(str(resources.files("graph") / "queries"))


def samples_dir() -> Path:
    return Path(str(resources.files("graph") / "samples"))
