"""Measuring extraction against gold files: reading them, matching, the `evaluate` command."""
import json
import subprocess
import sys

import pytest

from graph.cli import cli
from graph.evaluate import GoldFileError, evaluate, load_gold, read_gold
from graph.model import Fact

from .conftest import SHARED

ARTICLE = ("Lisbon-based Verdemar Foods has raised EUR 12 million in a Series A round led by Atlantico Partners. "
           "Kelp Ventures also took part. Verdemar was founded by Rita Sousa, its chief executive.")
GOLD = {
    "id": "verdemar",
    "entities": [
        {"name": "Verdemar Foods", "type": "Organization", "aliases": ["Verdemar"]},
        {"name": "Atlantico Partners", "type": "Organization"},
        {"name": "Kelp Ventures", "type": "Organization"},
        {"name": "Rita Sousa", "type": "Person"},
        {"name": "Lisbon", "type": "Place"},
    ],
    "facts": [
        {"s": "Atlantico Partners", "r": "led_round", "o": "Verdemar Foods"},
        {"s": "Kelp Ventures", "r": "invested_in", "o": "Verdemar Foods"},
        {"s": "Verdemar Foods", "r": "raised", "amount": 12000000, "currency": "EUR", "round": "series-a"},
        {"s": "Verdemar Foods", "r": "founded_by", "o": "Rita Sousa"},
        {"s": "Rita Sousa", "r": "executive_of", "o": "Verdemar Foods"},
        {"s": "Verdemar Foods", "r": "headquartered_in", "o": "Lisbon"},
    ],
    "optional": [{"s": "Verdemar Foods", "r": "valued_at", "amount": 50000000, "currency": "EUR"}],
}


def write_gold(folder, data=GOLD, name="verdemar"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def fact(s, r, o=None, amount=None, currency=None, s_type="Organization", o_type="Organization"):
    return Fact("verdemar", s, s_type, r, o, o_type if o else None, amount=amount, currency=currency)


def test_matching_folds_names_implies_investment_of_a_lead_and_ignores_optional_facts(tmp_path):
    gold = load_gold([write_gold(tmp_path / "g")])
    score = evaluate([
        fact("Atlantico Partners Ltd", "led_round", "Verdemar"),  # suffix and alias folded; implies invested_in
        fact("Verdemar Foods", "raised", amount=12_150_000, currency="EUR"),  # within 2%
        fact("Verdemar Foods", "valued_at", amount=50e6, currency="EUR"),  # optional: neither way
        fact("Verdemar Foods", "raised", amount=12e6, currency="USD"),  # wrong currency
        fact("Rita Sousa", "founded_by", "Verdemar Foods", s_type="Person"),  # wrong direction
        fact("Harbor Capital", "invested_in", "Verdemar Foods"),  # a name the gold does not know
    ], gold)
    assert score.relation("led_round")[:3] == (1, 0, 0)
    assert score.relation("invested_in")[:3] == (1, 1, 1)  # the implied one matched; Harbor is false; Kelp missed
    assert score.relation("raised")[:3] == (1, 1, 0)
    assert score.relation()[:3] == (3, 3, 4)
    assert score.entity()[:3] == (3, 1, 1)  # Atlantico, Verdemar, Rita Sousa found; Harbor unknown; Kelp missed
    assert {str(g) for _a, g in score.misses} == {"Kelp Ventures invested_in Verdemar Foods",
                                                   "Verdemar Foods founded_by Rita Sousa",
                                                   "Rita Sousa executive_of Verdemar Foods",
                                                   "Verdemar Foods headquartered_in Lisbon"}


@pytest.mark.parametrize("change, where", [
    (lambda g: g["entities"][0].update(type="Company"), "entities[0].type"),
    (lambda g: g["facts"][0].update(r="backed"), "facts[0].r"),
    (lambda g: g["facts"][1].update(s="Kelp"), "facts[1].s"),
    (lambda g: g["facts"][2].update(amount="12m"), "facts[2].amount"),
    (lambda g: g["facts"][2].update(currency="euro"), "facts[2].currency"),
    (lambda g: g["facts"][3].update(o="Atlantico Partners"), "facts[3].o"),
    (lambda g: g.update(optional={}), "optional"),
])
def test_a_gold_file_that_does_not_follow_the_format_names_the_file_and_the_field(tmp_path, change, where):
    data = json.loads(json.dumps(GOLD))
    change(data)
    path = write_gold(tmp_path / "g", data) / "verdemar.gold.json"
    with pytest.raises(GoldFileError) as err:
        read_gold(path)
    assert str(err.value).startswith(f"{path}: {where}: ")


def test_a_gold_file_that_is_not_json_and_an_id_given_twice(tmp_path):
    path = tmp_path / "broken.gold.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"broken\.gold\.json: not JSON"):
        read_gold(path)
    write_gold(tmp_path / "a")
    write_gold(tmp_path / "b")
    with pytest.raises(GoldFileError, match="is also the id of"):
        load_gold([tmp_path / "a", tmp_path / "b"])


def test_evaluate_command_table_json_and_verbose(runner, tmp_path):
    folder = write_gold(tmp_path / "news")
    table = runner.invoke(cli, ["evaluate", str(folder), "--gold", str(folder)])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0] == "articles scored: 1" and lines[-1].startswith("facts F1 ")
    assert any(line.startswith("led_round") for line in lines)
    report = json.loads(runner.invoke(cli, ["evaluate", str(folder), "--gold", str(folder), "--format", "json"]).stdout)
    assert report["articles"] == 1 and report["facts"]["tp"] > 0
    assert set(report["relations"]) <= set(["acquired", "executive_of", "founded_by", "headquartered_in", "invested_in",
                                             "led_round", "merged_with", "partner_of", "raised", "subsidiary_of",
                                             "valued_at"])
    verbose = runner.invoke(cli, ["evaluate", str(folder), "--gold", str(folder), "-v"])
    assert sum(1 for line in verbose.stdout.splitlines() if line.startswith(("MISS ", "FALSE "))) == \
        report["facts"]["fn"] + report["facts"]["fp"]


def test_an_article_read_from_a_subfolder_is_scored_against_its_gold_file(runner, tmp_path):
    folder = write_gold(tmp_path / "news" / "europe").parent  # read as 'europe/verdemar'; the gold id is 'verdemar'
    report = json.loads(runner.invoke(cli, ["evaluate", str(folder), "--gold", str(folder), "--format", "json"]).stdout)
    flat = json.loads(runner.invoke(cli, ["evaluate", str(folder / "europe" / "verdemar.txt"), "--gold", str(folder),
                                          "--format", "json"]).stdout)
    assert report["facts"]["tp"] > 0 and report == flat


def test_evaluate_command_reports_a_bad_gold_file_without_a_traceback(runner, tmp_path):
    data = json.loads(json.dumps(GOLD))
    data["facts"][0]["r"] = "owns"
    folder = write_gold(tmp_path / "news", data)
    result = runner.invoke(cli, ["evaluate", str(folder), "--gold", str(folder)])
    assert result.exit_code == 1
    assert f"Error: {folder / 'verdemar.gold.json'}: facts[0].r: unknown relation 'owns'" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is not on this machine")
def test_the_figures_are_those_of_the_shared_scorer(runner, tmp_path):
    dev = SHARED / "corpus" / "dev"
    facts = runner.invoke(cli, ["extract", str(dev), "--format", "facts"]).stdout
    (tmp_path / "facts.jsonl").write_text(facts, encoding="utf-8")
    shared = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(dev), "--pred",
                             str(tmp_path / "facts.jsonl"), "--json"], capture_output=True, text=True, check=True)
    ours = runner.invoke(cli, ["evaluate", str(dev), "--gold", str(dev), "--format", "json"]).stdout
    theirs, mine = json.loads(shared.stdout.split("\nfacts F1")[0]), json.loads(ours)
    assert (mine["facts"], mine["entities"], mine["relations"]) == (theirs["facts"], theirs["entities"],
                                                                    theirs["relations"])
