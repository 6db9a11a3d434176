"""The NER fine-tuned on deal news: how its training data is labelled, and that the package ships it."""
import importlib.util
from pathlib import Path

import spacy
from spacy.tokens import Span

ROOT = Path(__file__).resolve().parents[1]


def train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_names_are_labelled_the_base_models_dates_kept_and_unlisted_names_left_open():
    blank = spacy.blank("en")
    doc = blank("German insurer Halden Re backed Lumo Labs in March, Reuters said.")
    base = [Span(doc, 0, 1, label="NORP"), Span(doc, 8, 9, label="DATE"), Span(doc, 10, 11, label="ORG")]
    tags = train_ner().annotate(doc, [("Halden Re", "ORG"), ("Lumo Labs", "ORG"), ("German", "GPE")], base)
    assert tags == ["U-NORP", "O", "B-ORG", "L-ORG", "O", "B-ORG", "L-ORG", "O", "U-DATE", "O", "-", "O", "O"]


def test_the_pipeline_runs_the_fine_tuned_ner_shipped_in_the_package():
    from graph.nlp import NER_DIR, load_pipeline
    from graph.resources import data_path

    assert (data_path(NER_DIR) / "model").is_file()
    nlp = load_pipeline()
    doc = nlp("The round drew Sturgeon Capital, 500 Global, Evolution VC and Rayn Capital.")
    assert {"Sturgeon Capital", "500 Global", "Evolution VC", "Rayn Capital"} <= {e.text for e in doc.ents
                                                                                  if e.label_ == "ORG"}
