"""The named analyst queries, each checked for its answer on the graph of the sample articles."""
import pytest

from graph.cli import cli
from graph.errors import QueryError
from graph.export import read_graph
from graph.query import named_queries, named_query, run_query


@pytest.fixture(scope="module")
def sample_rdf(sample_graph):
    return read_graph(sample_graph)


def answer(g, name, **params):
    return [tuple(str(v) if v is not None else None for v in row) for row in run_query(g, named_query(name).render(**params))]


def test_investors_of_a_company(sample_rdf):
    rows = {(r[0], r[1]) for r in answer(sample_rdf, "investors-of", company="wedoctor")}
    assert rows == {("AIA Group", "lead"), ("NWS Holdings", "lead"), ("Tencent Holdings", "participant")}


def test_co_investors(sample_rdf):
    rows = {r[0] for r in answer(sample_rdf, "co-investors", investor="Tencent")}  # an alias works too
    assert {"Country Garden Holdings", "Sequoia Capital", "AIA Group"} <= rows
    assert "Tencent Holdings" not in rows


def test_rounds_by_size(sample_rdf):
    rows = answer(sample_rdf, "rounds-by-size")
    usd = [float(r[4]) for r in rows]
    assert usd == sorted(usd, reverse=True)
    assert rows[0][:2] == ("Ping An Good Doctor", "ipo")
    assert ("Doctolib", "EUR") in {(r[0], r[3]) for r in rows}
    assert answer(sample_rdf, "rounds-by-size", limit="3") == rows[:3]
    with pytest.raises(QueryError, match="whole number"):
        named_query("rounds-by-size").render(limit="3 } ; DROP ALL")


def test_the_largest_rounds_are_the_largest_whatever_the_limit(sample_rdf):
    """The floor is found from the top bands down: for any limit, the amounts listed are the largest
    of all rounds, as a plain sort of every round gives them."""
    every = sorted((float(r[0]) for r in run_query(sample_rdf, "SELECT ?u WHERE { ?r dg:amountUSD ?u }")), reverse=True)
    assert len(every) > 8
    for limit in (1, 2, 3, 5, 8, len(every), len(every) + 5):
        listed = [float(r[4]) for r in answer(sample_rdf, "rounds-by-size", limit=str(limit))]
        assert listed == every[:limit], limit


def test_amount_bands():
    from decimal import Decimal

    from graph.rdf import AMOUNT_BANDS, amount_band

    assert [amount_band(Decimal(v)) for v in ("100000000", "125000000", "126000000", "99999999")] == [80, 80, 81, 79]
    assert amount_band(Decimal(0)) == 0 and amount_band(Decimal("0.5")) == 0
    assert amount_band(Decimal("1e20")) == AMOUNT_BANDS


def test_total_disclosed_funding_per_company(sample_rdf):
    ranked = answer(sample_rdf, "total-funding")
    rows = {r[0]: (float(r[1]), int(r[2])) for r in ranked}
    assert rows["JD Health"] == (1.83e9, 2)
    assert rows["Doctolib"][0] == pytest.approx(500e6 * 1.08)
    assert [float(r[1]) for r in ranked] == sorted((float(r[1]) for r in ranked), reverse=True)
    assert [r[0] for r in answer(sample_rdf, "total-funding", limit="2")] == [r[0] for r in ranked[:2]]


def test_acquisitions_by_or_of_a_company(sample_rdf):
    assert {(r[0], r[1]) for r in answer(sample_rdf, "acquisitions", company="amazon")} == {("Amazon", "PillPack")}
    assert {(r[0], r[1]) for r in answer(sample_rdf, "acquisitions", company="Best Doctors")} == {("Teladoc", "Best Doctors")}


def test_portfolio_of_an_investor(sample_rdf):
    rows = {r[0] for r in answer(sample_rdf, "portfolio", investor="Sequoia Capital")}
    assert rows == {"Tencent Trusted Doctors"}


def test_people_of_an_organization(sample_rdf):
    assert ("Anthony Tan", "founder", "Grab") in set(answer(sample_rdf, "people", organization="Grab"))
    rows = set(answer(sample_rdf, "people", organization="wedoctor"))
    assert ("Jerry Liao Jieyuan", "founder", "WeDoctor") in rows and all(r[2] == "WeDoctor" for r in rows)


def test_path_between_two_organizations(sample_rdf):
    direct = answer(sample_rdf, "path", **{"from": "Tencent Holdings", "to": "WeDoctor"})
    assert direct[0][0] == "1"
    via = answer(sample_rdf, "path", **{"from": "AIA Group", "to": "Tencent Holdings"})
    assert ("2", "WeDoctor", None) in via


def test_facts_read_from_an_article(sample_rdf):
    assert answer(sample_rdf, "article-facts", article="wedoctor-strategic") == []  # ids are matched whole
    rows = answer(sample_rdf, "article-facts", article="wedoctor-strategic-2018")
    assert ("AIA Group", "ledRound", "WeDoctor") in {r[:3] for r in rows}
    assert all(r[3] for r in rows)  # every fact has its sentence
    assert [int(r[4]) for r in rows] == sorted(int(r[4]) for r in rows)


def test_where_did_we_read_it(sample_rdf):
    rows = answer(sample_rdf, "sources", entity="WeDoctor")
    assert rows and all(r[4] == "wedoctor-strategic-2018" for r in rows if r[0] == "AIA Group")


def test_every_named_query_runs_with_its_defaults(sample_rdf):
    for name, q in named_queries().items():
        assert q.title and q.title != name
        assert run_query(sample_rdf, q.render()) is not None, name


def test_hostile_parameters_stay_literals(sample_rdf):
    assert answer(sample_rdf, "investors-of", company='x" } ; DROP ALL ; SELECT * { "') == []


def test_cli_list_and_named(runner, sample_graph):
    listed = runner.invoke(cli, ["query", "--list"])
    assert listed.exit_code == 0
    for name in named_queries():
        assert name in listed.output
    result = runner.invoke(cli, ["query", sample_graph, "--named", "investors-of", "-p", "company=WeDoctor",
                                 "--format", "csv"])
    assert result.exit_code == 0 and "AIA Group,lead" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["--named", "no-such-query"], 1, "no named query"),
    (["--named", "investors-of", "-p", "colour=red"], 1, "has no parameter colour"),
    (["--named", "investors-of", "-p", "company"], 2, "KEY=VALUE"),
    (["SELECT * {}", "-p", "a=b"], 2, "goes with --named"),
])
def test_cli_named_query_mistakes(runner, sample_graph, args, code, message):
    result = runner.invoke(cli, ["query", sample_graph, *args])
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output
