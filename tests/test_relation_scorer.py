"""The learned relation scorer: its candidates, its constraints, the shipped weights and their training."""
from pathlib import Path

import pytest

from graph.extraction import extract, read_articles
from graph.model import Article
from graph.relation_scorer import MONEY_LABELS, REL_LABELS, add_scored_facts, candidates, load_scorer

ROOT = Path(__file__).resolve().parents[1]


def reader_of(nlp, text):
    [reader] = read_articles([Article("t", text)], nlp)
    return reader


def named(reader, facts):
    return {(reader.by_id[f.subject].name, f.relation,
             reader.by_id[f.object].name if f.object is not None else f.money.amount) for f in facts}


def test_the_shipped_scorer_loads_with_the_labels_it_was_trained_for():
    scorer = load_scorer()
    assert scorer is not None
    assert scorer.relation.labels == REL_LABELS and scorer.money.labels == MONEY_LABELS
    assert len(scorer.relation.weights) > 1000
    probs = scorer.relation.probabilities(["k:OO", "d:b", "OOdbs:led by"])
    assert len(probs) == len(REL_LABELS) and sum(probs) == pytest.approx(1.0)


def test_a_sentence_that_does_not_name_the_company_is_read_against_the_company_of_the_round(nlp):
    reader = reader_of(nlp, "Halcyon Bio raised $20 million in a Series B round. Dongfeng Asset and Sunny Optical "
                            "Technology also joined.")
    halcyon = next(c.id for c in reader.by_id.values() if c.name == "Halcyon Bio")
    implicit = [c for c in candidates(reader) if c.sentence == 1 and "implicit" in c.features]
    assert {reader.by_id[c.x].name for c in implicit if c.y == halcyon} == {"Dongfeng Asset", "Sunny Optical Technology"}


def test_the_scorer_adds_what_no_pattern_reads(nlp):
    text = ("Heliotrope Robotics has gathered an aggregate of $350 million in its Series C3 round of financing, the "
            "company said on Tuesday.")
    reader = reader_of(nlp, text)
    assert named(reader, reader.facts) == set()
    add_scored_facts(reader)
    assert ("Heliotrope Robotics", "raised", 350e6) in named(reader, reader.facts)
    [ex] = extract([Article("t", text)], nlp=nlp)
    [raised] = [f for f in ex.facts if f.relation == "raised"]
    assert (raised.round, 0 < raised.confidence <= 1) == ("series-c", True)


def test_a_place_is_only_ever_where_a_company_is_based_and_a_past_role_is_no_role(nlp):
    reader = reader_of(nlp, "Norvik Care bought the Oslo clinic chain Fjordmed. Li Ming, co-founder and former chief "
                            "executive of Dingdang Health, now advises startups.")
    add_scored_facts(reader)
    for f in reader.facts:
        if f.object is not None and reader.by_id[f.object].kind == "G":
            assert f.relation == "headquartered_in"
    assert ("Li Ming", "executive_of", "Dingdang Health") not in named(reader, reader.facts)


def test_training_is_deterministic_and_gives_a_working_scorer(nlp):
    pytest.importorskip("sklearn")
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_model", ROOT / "scripts" / "train_model.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    folder = ROOT / "corpus" / "train" / "roundup"
    examples = train.read_examples([folder], nlp, log=lambda *_: None)
    assert any(lab not in (None, "none") for ex in examples for lab in ex.labels)
    first, second = train.fit(examples), train.fit(examples)
    assert first.relation.to_dict() == second.relation.to_dict() and first.money.to_dict() == second.money.to_dict()
    facts = train.extract_with(examples, first)
    assert any(f.relation == "led_round" for f in facts)


def test_an_amount_the_scorer_rules_out_is_no_round_of_the_articles_company(nlp):
    text = ("Tea brand Pomar raised $4 million in a seed round led by Andes Growth.\n\nIn the first week of April, "
            "Indian startups raised $210 million across 23 deals.")
    [ex] = extract([Article("t", text)], nlp=nlp)
    assert {f.amount for f in ex.facts if f.relation == "raised"} == {4e6}


def test_the_members_of_a_list_share_the_role_one_of_them_surely_has(nlp):
    text = ("Lending platform Tallis has secured $28 million in a Series B round.\n\nDutch development bank Kroon "
            "Finance, Vertex Ventures, Openspace Ventures, Siam Cement Group, and existing investor VinaCapital "
            "Ventures from Vietnam also participated in the funding round.")
    [reader] = read_articles([Article("t", text)], nlp)
    add_scored_facts(reader)
    investors = {s for s, r, o in named(reader, reader.facts) if r == "invested_in" and o == "Tallis"}
    assert {"Kroon Finance", "Vertex Ventures", "Openspace Ventures", "Siam Cement Group",
            "VinaCapital Ventures"} <= investors


def test_an_amount_is_a_round_or_a_valuation_not_both():
    from graph.extraction import _RawFact
    from graph.money import Money
    from graph.relation_scorer import _one_owner_each

    valuation = Money(0, 10, 266e6, "USD")
    patterns = [_RawFact("valued_at", 1, None, 0, 0.8, money=valuation, rule="valuation")]
    scored = [(0.51, _RawFact("raised", 1, None, 0, 0.4, money=valuation, rule="scorer")),
              (0.9, _RawFact("raised", 1, None, 0, 0.7, money=Money(20, 30, 72e6, "USD"), rule="scorer"))]
    kept = _one_owner_each(patterns, scored)
    assert [(f.relation, f.money.amount) for f in kept] == [("raised", 72e6)]
