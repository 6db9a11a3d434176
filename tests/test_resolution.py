"""Entity resolution across articles, on short articles written for this test."""
import itertools


from graph.extraction import extract
from graph.model import Article, Entity, Extraction
from graph.resolution import resolve

ARTICLES = [
    Article("a1", "Chengdu-based Medlinker has raised $50 million in a Series C round led by Tencent Holdings Ltd. "
                  "Sequoia Capital China also joined."),
    Article("a2", "Yidu Cloud raised $100 million from Tencent and Sequoia Capital. Sequoia Capital China, a unit of "
                  "Sequoia Capital, led the round."),
    Article("a3", "WeDoctor raised $250 million from Tencent Holdings and Hillhouse Capital Group. Hillhouse "
                  "previously backed the firm in 2018."),
]


def test_one_node_per_organization_with_its_aliases(nlp):
    corpus = resolve(list(extract(ARTICLES, nlp=nlp)))
    tencent = [name for name in corpus.entities if name.startswith("Tencent")]
    assert tencent == ["Tencent Holdings"]
    assert {"Tencent", "Tencent Holdings Ltd."} <= corpus.entities["Tencent Holdings"].aliases
    assert corpus.entities["Tencent Holdings"].articles == {"a1", "a2", "a3"}
    funded = {f.object for f in corpus.facts if f.subject == "Tencent Holdings" and f.relation in ("invested_in", "led_round")}
    assert funded == {"Medlinker", "Yidu Cloud", "WeDoctor"}


def test_a_regional_arm_stays_its_own_node_linked_to_its_parent(nlp):
    corpus = resolve(list(extract(ARTICLES, nlp=nlp)))
    assert "Sequoia Capital China" in corpus.entities and "Sequoia Capital" in corpus.entities
    assert any(f.subject == "Sequoia Capital China" and f.relation == "subsidiary_of" and f.object == "Sequoia Capital"
               for f in corpus.facts)
    assert {f.object for f in corpus.facts if f.subject == "Sequoia Capital China"} >= {"Medlinker", "Yidu Cloud"}


def told(article: str, *entities: tuple) -> Extraction:
    """An article's extraction of ``entities``, each (name, type, other names)."""
    return Extraction(Article(article, ""), [Entity(n, t, set(aliases)) for n, t, *aliases in entities], [])


def test_the_order_of_articles_does_not_matter():
    """One article told of "Lotus Capital", one of "Lotus Capital Partners", and a third called one by
    the other's name too: one firm (the third article says so), whichever article is read first."""
    articles = [told("a", ("Lotus Capital", "Organization")), told("b", ("Lotus Capital Partners", "Organization")),
                told("c", ("Lotus Capital", "Organization", "Lotus Capital Partners")),
                told("d", ("Lotus Capital Partners", "Organization"))]
    results = {repr(sorted((e.name, e.type, sorted(e.aliases), sorted(e.articles)) for e in resolve(order).entities.values()))
               for order in itertools.permutations(articles)}
    assert results == {repr([("Lotus Capital Partners", "Organization", ["Lotus Capital"], ["a", "b", "c", "d"])])}


def test_a_short_name_first_and_the_full_name_later_are_one_entity():
    corpus = resolve([told("day1", ("Acme", "Organization")),
                      told("day2", ("Acme Robotics", "Organization", "Acme")),
                      told("day3", ("Acme Robotics", "Organization"))])
    assert {n: sorted(e.aliases) for n, e in corpus.entities.items()} == {"Acme Robotics": ["Acme"]}


def test_the_name_every_article_calls_a_company_by_names_it():
    """One article gives the long form with the short one, the other the short one alone: the label is the
    name both know, so each article's facts name the company as the article does."""
    corpus = resolve([told("a", ("Kudora Technologies", "Organization", "Kudora")), told("b", ("Kudora", "Organization"))])
    assert {n: sorted(e.aliases) for n, e in corpus.entities.items()} == {"Kudora": ["Kudora Technologies"]}


def test_another_name_no_article_goes_by_joins_nothing():
    """'Mehta', given as the short name of two people, does not make them one; an article that names
    someone 'Mehta' alone cannot tell which, so it joins them all (as it would in any order)."""
    two = [told("a", ("Anand Mehta", "Person", "Mehta")), told("b", ("Arjun Mehta", "Person", "Mehta"))]
    assert sorted(resolve(two).entities) == ["Anand Mehta", "Arjun Mehta"]
    assert len(resolve([*two, told("c", ("Mehta", "Person"))]).entities) == 1


def test_a_tie_of_types_is_broken_the_same_way_in_any_order():
    articles = [told("a", ("Shenzhen", "Place")), told("b", ("Shenzhen", "Organization"))]
    assert {resolve(order).entities["Shenzhen"].type for order in (articles, articles[::-1])} == {"Organization"}


def test_another_name_joins_only_an_entity_of_its_type():
    """A company the NER gave the other name 'Chile' is not the country an article names."""
    corpus = resolve([told("a", ("Cobrex", "Organization", "Chile")), told("b", ("Chile", "Place"))])
    assert {n: e.type for n, e in corpus.entities.items()} == {"Cobrex": "Organization", "Chile": "Place"}


def test_the_initials_of_a_legal_form_are_dropped_from_the_key():
    from graph.names import name_key
    assert name_key("Showa Denko K. K.") == name_key("Showa Denko") == "showa denko"
    assert name_key("J. P. Morgan") == "j p morgan"  # initials that open a name stay
