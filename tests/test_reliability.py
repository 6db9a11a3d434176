"""One bad article never costs the others, and every built graph conforms to the shapes."""
import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import graph
from graph.cli import cli
from graph.extraction import extract
from graph.model import Article
from graph.money import round_kinds, round_type

# names of odd shapes: lower-case first letters, capitals, digits, dots, hyphens, ampersands,
# apostrophes, non-Latin letters
ODD_NAMES = ["uBank Corp.", "eZone", "iFast Ltd", "ACME", "3Dmon Inc.", "A.I. Labs", "Half-Moon Bio",
             "Smith & Sons", "O'Reilly Health", "Nestlé Santé", "腾讯", "Ω-Labs", "x.ai", "Co.", "AB&C Co., Ltd.",
             "bigBank", "Eye-Q", "Z", "99 Ventures", "The Company"]
NAME = st.one_of(st.sampled_from(ODD_NAMES), st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=".-&'’ "), min_size=1, max_size=20)
    .map(str.strip).filter(bool))
TEMPLATES = [
    "Seoul-listed fintech firm {a} said it led a consortium of partners.",
    "{a} has raised $12 million in a Series A round led by {b}, with {c} joining.",
    "Shenzhen-based {a}, a unit of {b}, agreed to acquire {c} for US$40 million.",
    "{a} and {b} will merge, and {c} co-founder and CEO {d} will run the combined firm.",
    "{a}'s venture arm {b} invested in {c} alongside {d}.",
    "Investors in the bridge round include {a}, {b}; and {c}. It values {d} at RMB 2 billion.",
    "{a}: The startup bagged $5 million from {b} and {c}.",
]


SENTENCE = st.tuples(st.sampled_from(TEMPLATES), st.lists(NAME, min_size=4, max_size=4)).map(
    lambda t: t[0].format(a=t[1][0], b=t[1][1], c=t[1][2], d=t[1][3]))
ARTICLE = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)


def test_a_lower_case_name_after_a_listed_firm_is_one_organization(nlp):
    [ex] = extract([Article("t", "Seoul-listed fintech firm uBank Corp. said it led a consortium of partners.")], nlp=nlp)
    assert ex.error is None
    doc = nlp("Tokyo-listed games maker eZone Inc. said it bought a studio.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "ORG"] == [("eZone Inc.", "ORG")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARTICLE)
def test_names_of_any_shape_never_break_extraction(nlp, text):
    [ex] = extract([Article("t", text)], nlp=nlp)
    assert ex.error is None, ex.error
    spans = [(e.start, e.end) for e in nlp(text).ents]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@Language.component("explode_on_marker")
def _explode_on_marker(doc):
    if "EXPLODE" in doc.text:
        raise ValueError("a component failed on purpose")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp():
    """Sentences and dealgraph's rules, plus a component that fails on one article's text."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dealgraph_entities")
    nlp.add_pipe("explode_on_marker")
    return nlp


def write_articles(folder):
    folder.mkdir()
    (folder / "good.txt").write_text("Orion Robotics has raised $20 million in a round led by Index Ventures.",
                                     encoding="utf-8")
    (folder / "bad.txt").write_text("Keel Labs raised $3 million from EXPLODE Capital.", encoding="utf-8")
    (folder / "also-good.txt").write_text("Vela Health has raised $8 million from Accel Partners.", encoding="utf-8")
    return folder


def test_an_article_whose_extraction_fails_is_reported_and_the_rest_is_built(tmp_path, fragile_nlp):
    news = write_articles(tmp_path / "news")
    result = graph.build([news], tmp_path / "out", nlp=fragile_nlp)
    assert [e.source for e in result.errors] == [str(news / "bad.txt")]
    assert "extraction failed: ValueError: a component failed on purpose" in str(result.errors[0])
    assert {a.id for a in result.corpus.articles} == {"good", "also-good"}
    assert {"Index Ventures", "Accel Partners"} <= {f.subject for f in result.corpus.facts}


def test_extract_and_build_name_the_failed_article_and_exit_1(tmp_path, fragile_nlp, runner, monkeypatch):
    import graph.nlp

    monkeypatch.setattr(graph.nlp, "load_pipeline", lambda *a, **k: fragile_nlp)
    news = write_articles(tmp_path / "news")
    extracted = runner.invoke(cli, ["extract", str(news), "--format", "facts"])
    assert extracted.exit_code == 1
    assert f"Error: {news / 'bad.txt'}: extraction failed" in extracted.stderr and "Traceback" not in extracted.output
    assert {json.loads(line)["article"] for line in extracted.stdout.splitlines()} == {"good", "also-good"}
    built = runner.invoke(cli, ["build", str(news), "--store", str(tmp_path / "store")])
    assert built.exit_code == 1 and "2 articles added" in built.stdout
    assert f"Error: {news / 'bad.txt'}: extraction failed" in built.stderr
    (news / "bad.txt").write_text("Keel Labs raised $3 million from Pine Capital.", encoding="utf-8")
    again = runner.invoke(cli, ["build", str(news), "--store", str(tmp_path / "store")])
    assert again.exit_code == 0 and "1 articles added" in again.stdout  # the failed one was not stored


def test_every_round_type_extraction_can_name_is_one_the_shapes_accept():
    assert round_type("a bridge round") == "bridge" and round_type("growth equity") == "growth"
    assert {round_type(t) for t in ["Series C", "seed", "pre-IPO", "venture debt", "bridge", "strategic"]} <= round_kinds()


def test_a_place_taken_for_a_company_in_one_article_leaves_no_fact_the_shapes_reject(tmp_path, nlp):
    news = tmp_path / "news"
    news.mkdir()
    for i in range(3):
        (news / f"place{i}.txt").write_text(f"Shenzhen-based Lumo{i} Robotics has raised $5 million from Qiming "
                                            f"Venture Partners.", encoding="utf-8")
    (news / "odd.txt").write_text("Shenzhen raised $9 million in a Series B round led by Hillhouse Capital.",
                                  encoding="utf-8")
    graph.build([news], tmp_path / "out", nlp=nlp)
    report = graph.validate(graph.read_graph(tmp_path / "out" / "graph.ttl"))
    assert report.conforms, [str(v) for v in report.violations]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_whatever_the_articles_the_built_graph_conforms(nlp, texts):
    from graph.pipeline import extract_all
    from graph.rdf import to_rdf
    from graph.resolution import resolve

    corpus = resolve(extract_all([Article(f"a{i}", t) for i, t in enumerate(texts)], nlp=nlp))
    report = graph.validate(to_rdf(corpus))
    assert report.conforms, [str(v) for v in report.violations]
