"""Size limits (graph/limits.py): a huge or pathological article is read in part, in bounded time,
with a warning naming it, and never costs the others."""
import json
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

import graph.nlp  # noqa: F401 - registers dealgraph's spaCy components
from graph import limits
from graph.cli import cli
from graph.clusters import _occurrences
from graph.extraction import extract, read_articles
from graph.model import Article
from graph.relation_scorer import candidates

DEAL = ("Keel Labs has raised $12 million in a Series A round led by Harbor Capital, with Sable Ventures joining. "
        "The Lisbon-based startup will use the money to hire engineers. ")


def names(n):
    return [f"Firm{k} {['Capital', 'Ventures', 'Partners'][k % 3]}" for k in range(n)]


def test_a_paragraph_over_a_million_characters_is_read_in_part_beside_a_good_article(tmp_path, runner, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 20_000)  # the reading of 500,000 takes too long for a test
    news = tmp_path / "news"
    news.mkdir()
    big = news / "big.txt"
    big.write_text(DEAL * (1_000_001 // len(DEAL) + 1), encoding="utf-8")  # one paragraph, no line break
    (news / "good.txt").write_text("Vela Health has raised $8 million in a seed round led by Accel Partners.\n",
                                   encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(news), "--format", "facts"])
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert {f["article"] for f in facts} == {"big", "good"}
    assert ("Accel Partners", "led_round", "Vela Health") in {(f["subject"], f["relation"], f.get("object")) for f in facts}
    assert max(f["end"] for f in facts if f["article"] == "big") <= 20_000
    size = len(big.read_text(encoding="utf-8"))
    assert result.stderr == (f"Warning: {big}: read in part: only its first 20,000 of {size:,} characters were read; "
                             "1 paragraph over 10,000 characters read in pieces\n")
    assert result.exit_code == 1  # as for any input not read whole


def test_the_model_never_sees_more_than_its_maximum_length():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dealgraph_entities")
    nlp.max_length = 3_000
    [ex] = extract([Article("long", DEAL * 100)], nlp=nlp)  # 17,000 characters in one paragraph
    assert ex.error is None and {f.subject for f in ex.facts} >= {"Harbor Capital", "Keel Labs"}
    assert ex.warnings == ["read in part: 1 paragraph over 10,000 characters read in pieces"]
    [reader] = read_articles([Article("long", DEAL * 100)], nlp)
    assert len(reader.sentences) == 200  # every sentence still read


def test_pieces_end_at_sentence_ends_and_keep_their_offsets():
    text = DEAL * 10_000  # 1.7 million characters
    notes = limits.Notes()
    parts = limits.pieces(text, limits.MAX_PIECE_CHARS, notes)
    assert notes.counts["paragraph"] == 1
    assert all(len(p) <= limits.MAX_PIECE_CHARS and text[at:at + len(p)] == p for at, p in parts)
    assert all(p.endswith((".", "engineers.")) for _at, p in parts)
    assert "".join(p + " " for _at, p in parts) == text
    spaceless = "x" * 25_000
    assert [(at, len(p)) for at, p in limits.pieces(spaceless, 10_000, notes)] == [(0, 10_000), (10_000, 10_000),
                                                                                    (20_000, 5_000)]


def test_a_sentence_of_thousands_of_names_is_read_in_pieces_of_a_few_names():
    nlp = spacy.blank("en")
    text = "The round drew " + ", ".join(names(3_000)) + "."
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 2, label="ORG") for t in doc if t.text.startswith("Firm")]
    notes = limits.Notes()
    parts = list(limits.sentence_pieces(doc[:], notes))
    assert notes.counts["crowded"] == 1
    assert all(len(p.ents) <= limits.PIECE_NAMES and len(p.text) <= limits.MAX_SENTENCE_CHARS for p in parts)
    assert [e for p in parts for e in p.ents] == list(doc.ents)  # no name cut or lost
    assert [t.i for p in parts for t in p] == list(range(len(doc)))
    assert all(p[-1].text == "," for p in parts[1:-1])  # cut after the separators


def test_a_sentence_of_many_names_costs_a_few_pairs_per_name(nlp):
    text = "Keel Labs said its round drew " + ", ".join(names(600)) + "."
    [reader] = read_articles([Article("names", text)], nlp)
    assert max(len(s.mentions) for s in reader.sentences) <= limits.MAX_SENTENCE_NAMES
    assert len(candidates(reader)) < 20 * 600  # pairs within a piece: linear in the names, not quadratic
    [ex] = extract([Article("names", text)], nlp=nlp)
    assert "sentence naming over 30 entities read in pieces of 8 names" in ex.warnings[0]


def test_a_sentence_of_ordinary_length_is_one_piece():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(DEAL)
    notes = limits.Notes()
    assert [p.text for s in doc.sents for p in limits.sentence_pieces(s, notes)] == [s.text for s in doc.sents]
    assert notes.message() is None


NAME = st.from_regex(r"[A-Z][a-z]{0,3}(?:[ .&-][A-Za-z]{1,3}){0,2}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=6), st.lists(st.one_of(NAME, st.sampled_from([" ", "-", ", ", "x", "’s "])),
                                                        max_size=30))
def test_names_are_found_as_a_regex_alternation_finds_them(found, parts):
    text = "".join(parts)
    by_name = dict.fromkeys(found, "O")
    alternation = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    assert _occurrences(text, by_name) == [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("length", [400_000, 600_000])
def test_an_article_is_read_up_to_its_limit(length):
    notes = limits.Notes()
    text = ("A line of news.\n" * (length // 16 + 1))[:length]
    read = limits.head(text, notes)
    assert len(read) == min(length, limits.MAX_ARTICLE_CHARS) - (length > limits.MAX_ARTICLE_CHARS)
    assert (notes.message() is not None) == (length > limits.MAX_ARTICLE_CHARS)
