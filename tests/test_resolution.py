"""Entity resolution across articles, on short articles written for this test."""
import pytest

from graph.extraction import extract
from graph.model import Article
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


@pytest.mark.parametrize("name, alias", [("Lotus Capital Partners", "Lotus Capital"),
                                         ("Lotus Capital", "Lotus Capital Partners")])
def test_resolving_stored_entities_again_keeps_them_apart(name, alias):
    """One article told of "Lotus Capital", one of "Lotus Capital Partners", and a third called one
    by the other's name too. The first run keeps two firms; a store resolving its articles again
    (entities carrying every alias they gathered, articles in any order) must keep the same two."""
    from graph.model import Entity, Extraction
    from graph.store import _renamed_articles

    def told(article: str, name: str, *aliases: str) -> Extraction:
        return Extraction(Article(article, ""), [Entity(name, "Organization", set(aliases))], [])

    first = resolve([told("a", "Lotus Capital"), told("b", "Lotus Capital Partners"),
                     told("c", name, alias)])
    assert set(first.entities) == {"Lotus Capital", "Lotus Capital Partners"}
    stored = [Extraction(Article(a, ""), [e], []) for e in first.entities.values() for a in sorted(e.articles)]
    for order in (stored, stored[::-1]):
        again = resolve(order, known=first.entities.values())
        assert again.entities == first.entities
        assert _renamed_articles(first, again) == set()
