"""Train the relation scorer on annotated articles and write its weights into the package.

    python scripts/train_model.py --write                 # train on the default sets, write graph/data/relation_scorer.json
    python scripts/train_model.py --heldout DIR...        # train, then score on articles kept out of training
    python scripts/train_model.py --leave-one-out DIR...  # each article of DIR scored by a scorer trained without it

Training articles are NAME.txt + NAME.gold.json pairs (the gold format of the README):
by default the corpus written for the project (corpus/train and corpus/written; corpus/heldout is
kept out, to measure on) and, where ../shared exists,
the shared dev and seed articles (real news: their text stays outside the repository,
only the weights learned from them are shipped). Needs scikit-learn
(pip install 'dealgraph[train]'). Training is deterministic: the same articles give
the same weights.

How examples are labelled: a candidate pair (see graph.relation_scorer) takes the gold
relation between the entities its two mentions name; a pair the gold marks optional
is left out. A pair named together in several sentences states its relation in one or
two of them, so after a first fit only the best-scoring sentence of each fact (and any
the model already believes) stays positive, and the model is fit again.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.evaluate import GoldArticle, evaluate, format_score, gold_files, load_gold  # noqa: E402
from graph.extraction import read_articles  # noqa: E402
from graph.model import Article  # noqa: E402
from graph.relation_scorer import (MONEY_LABELS, REL_LABELS, SCORER_FILE, LinearModel, Scorer,  # noqa: E402
                                   add_scored_facts, candidates)

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_SETS = [ROOT / "corpus" / "train", ROOT / "corpus" / "written", SHARED / "dev", SHARED / "seeds"]  # not corpus/heldout
PRIORITY = ["led_round", "acquired", "merged_with", "subsidiary_of", "partner_of", "founded_by", "executive_of",
            "headquartered_in", "invested_in"]  # one label per pair: 'led' says more than 'invested'
REAL_WEIGHT = 3.0  # an example from real news counts as three from written articles
MIN_FEATURE_COUNT = 2  # a feature seen once is left out
MIN_WEIGHT = 0.02  # a feature whose weights are all smaller is left out of the file (no change in the scores)
MIL_KEEP = 0.5  # a second sentence of a fact stays positive where the first fit gives it this much


class Example:
    """One article: its reader (after the patterns), candidates and their labels (None: left out)."""

    def __init__(self, reader, gold: GoldArticle, weight: float):
        self.reader = reader
        self.pattern_facts = list(reader.facts)
        self.candidates = candidates(reader)
        self.labels = [label(gold, reader, c) for c in self.candidates]
        self.weight = weight


def gold_name(gold: GoldArticle, cluster) -> str | None:
    for name, _n in cluster.names.most_common():
        if found := gold.resolve(name):
            return found
    return None


def label(gold: GoldArticle, reader, cand) -> str | None:
    gx = gold_name(gold, reader.by_id[cand.x])
    if cand.is_money:
        money = reader.contexts[cand.sentence].masked.items[cand.money].money
        if gx is None or money is None:
            return "none"

        def stated(facts):
            return {g.r for g in facts if g.s == gx and g.o is None and any(
                cur == money.currency and abs(money.amount - a) <= 0.02 * a for a, cur in g.amounts)}
        if required := stated(gold.facts):
            return "raised" if "raised" in required else "valued_at"
        return None if stated(gold.optional) else "none"
    gy = gold_name(gold, reader.by_id[cand.y])
    if gx is None or gy is None:
        return "none"

    def related(facts):
        return {g.r for g in facts if g.o is not None and ((g.s, g.o) == (gx, gy) or (
            g.r in ("merged_with", "partner_of") and (g.s, g.o) == (gy, gx)))}
    if required := related(gold.facts):
        return next(r for r in PRIORITY if r in required)
    return None if related(gold.optional) else "none"


def read_examples(dirs: list[Path], nlp, log=print) -> list[Example]:
    started = time.perf_counter()
    gold = load_gold(dirs)
    articles = []
    for path in gold_files(dirs):
        text = path.with_name(path.name[: -len(".gold.json")] + ".txt")
        articles.append(Article(text.stem, text.read_text(encoding="utf-8"), source=str(text)))
    examples = []
    for reader in read_articles(articles, nlp):
        real = ROOT / "corpus" not in Path(reader.article.source).resolve().parents  # not written for the project
        examples.append(Example(reader, gold[reader.article.id], REAL_WEIGHT if real else 1.0))
    log(f"{len(examples)} articles, {sum(len(e.candidates) for e in examples)} candidate pairs "
        f"from {', '.join(str(d) for d in dirs)} ({time.perf_counter() - started:.0f} s)")
    return examples


def fit(examples: list[Example], c: float = 0.3, rounds: int = 2, warm: list | None = None,
        states: list | None = None) -> Scorer:
    """Fit, then keep as positive only each fact's best-scoring sentence (and those scored >= MIL_KEEP), fit
    again. ``warm`` (the ``states`` a fit on more articles collected) starts each round from that fit's
    weights in its feature space: the same optimum, reached in far fewer steps (leave-one-out)."""
    labels = [e.labels for e in examples]
    scorer = None
    for n in range(rounds):
        if n:
            labels = [_best_sentences(ex, scorer) for ex in examples]
        scorer, state = _fit_once(examples, labels, c, warm[n] if warm else None)
        if states is not None:
            states.append(state)
    return scorer


def _best_sentences(ex: Example, scorer: Scorer) -> list:
    bags: dict[tuple, list] = {}
    for k, (cand, lab) in enumerate(zip(ex.candidates, ex.labels)):
        if lab not in (None, "none"):
            model = scorer.model_for(cand)
            p = model.probabilities(cand.features)[model.labels.index(lab)]
            amount = ex.reader.contexts[cand.sentence].masked.items[cand.money].money.amount if cand.is_money else None
            bags.setdefault((cand.x, cand.y, amount, lab), []).append((p, k))
    keep = list(ex.labels)
    for bag in bags.values():
        for rank, (p, k) in enumerate(sorted(bag, reverse=True)):
            if rank > 0 and p < MIL_KEEP:
                keep[k] = None
    return keep


def _fit_once(examples: list[Example], labels: list[list], c: float, warm: dict | None = None):
    import copy

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    models, state = {}, {}
    for name, names, money in (("relation", REL_LABELS, False), ("money", MONEY_LABELS, True)):
        rows, ys, weights = [], [], []
        for ex, labs in zip(examples, labels):
            for cand, lab in zip(ex.candidates, labs):
                if cand.is_money == money and lab is not None:
                    rows.append(cand.features)
                    ys.append(lab)
                    weights.append(ex.weight)
        if warm is None:
            counts = Counter(f for feats in rows for f in set(feats))
            vectorizer = DictVectorizer()
            matrix = vectorizer.fit_transform([{f: 1 for f in feats if counts[f] >= MIN_FEATURE_COUNT} for feats in rows])
            clf = LogisticRegression(C=c, max_iter=3000)
        else:
            vectorizer, clf = warm[name][0], copy.deepcopy(warm[name][1])
            matrix = vectorizer.transform([dict.fromkeys(feats, 1) for feats in rows])
            clf.set_params(warm_start=True)
        clf.fit(matrix, ys, sample_weight=weights)
        state[name] = (vectorizer, clf)
        column = [list(clf.classes_).index(n) if n in clf.classes_ else None for n in names]
        weights_of = {}
        for j, feature in enumerate(vectorizer.get_feature_names_out()):
            row = [round(float(clf.coef_[k, j]), 3) if k is not None else 0.0 for k in column]
            if any(abs(v) >= MIN_WEIGHT for v in row):
                weights_of[str(feature)] = row
        bias = [round(float(clf.intercept_[k]), 4) if k is not None else -30.0 for k in column]
        models[name] = LinearModel(names, dict(sorted(weights_of.items())), bias)
    return Scorer(models["relation"], models["money"]), state


def extract_with(examples: list[Example], scorer: Scorer) -> list:
    facts = []
    for ex in examples:
        ex.reader.facts = list(ex.pattern_facts)
        add_scored_facts(ex.reader, scorer)
        facts.extend(ex.reader.materialize().facts)
        ex.reader.facts = list(ex.pattern_facts)
    return facts


def write(scorer: Scorer, path: Path) -> None:
    data = {"relation": scorer.relation.to_dict(), "money": scorer.money.to_dict()}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", type=Path, help="training folders (default: corpus/train, corpus/written, shared dev and seeds)")
    ap.add_argument("--heldout", nargs="+", type=Path, default=[], help="score on these, kept out of training")
    ap.add_argument("--leave-one-out", nargs="+", type=Path, default=[], dest="loo",
                    help="score each article of these with a scorer trained on everything else")
    ap.add_argument("--write", action="store_true", help=f"write graph/data/{SCORER_FILE}")
    ap.add_argument("-C", type=float, default=0.3, help="inverse regularization strength")
    args = ap.parse_args()

    from graph.nlp import load_pipeline

    nlp = load_pipeline()
    train_dirs = [d for d in (args.train or DEFAULT_SETS) if d.is_dir()]
    train = read_examples(train_dirs, nlp)
    if args.heldout:
        heldout = read_examples(args.heldout, nlp)
        print("held out:")
        print(format_score(evaluate(extract_with(heldout, fit(train, args.C)), load_gold(args.heldout))))
    if args.loo:
        loo_ids = {Path(p).name[: -len(".gold.json")] for p in gold_files(args.loo)}
        states: list = []
        fit(train, args.C, states=states)
        facts = []
        for n, ex in enumerate(e for e in train if e.reader.article.id in loo_ids):
            rest = [e for e in train if e is not ex]
            facts += extract_with([ex], fit(rest, args.C, warm=states))
            print(f"  left out {n + 1}/{len(loo_ids)}", file=sys.stderr, flush=True)
        print("leave-one-article-out:")
        print(format_score(evaluate(facts, load_gold(args.loo))))
    if args.write:
        write(fit(train, args.C), ROOT / "graph" / "data" / SCORER_FILE)


if __name__ == "__main__":
    main()
