"""Daily builds into a store give the store that one build of the same articles gives, quad for quad.

The extractions are written by hand here (no model), so each case of resolution is certain to happen:
a short name told first and the full name later, an entity renamed and retyped by later articles,
a short name shared by two people, gazetteer names, a changed article that took the link between
two names away, and one that took an entity away.
"""
import pyoxigraph
import pytest

from graph.model import Article, Entity, Extraction, Fact
from graph.rdf import ENTITIES_GRAPH, article_iri, entity_iri
from graph.store import GraphStore, update_store
from graph.store_index import INDEX_GRAPH
from tests.test_store import dump

ORG, PERSON, PLACE = "Organization", "Person", "Place"


def article(aid: str, *entities: tuple, facts: tuple = ()) -> tuple[Article, Extraction]:
    """An article and what is read from it: ``entities`` as (name, type, other names...), ``facts`` as
    (subject, relation, object or amount in USD)."""
    ents = [Entity(n, t, set(aliases)) for n, t, *aliases in entities]
    types = {e.name: e.type for e in ents}
    read = []
    for i, (s, relation, o) in enumerate(facts):
        where = dict(article=aid, subject=s, subject_type=types[s], relation=relation, evidence=f"{s} {relation} {o}.",
                     start=10 * i, end=10 * i + 9, confidence=0.9)
        if isinstance(o, int):
            read.append(Fact(**where, amount=float(o), currency="USD", round="seed"))
        else:
            read.append(Fact(**where, object=o, object_type=types[o]))
    told = Article(aid, repr((entities, facts)), title=f"title of {aid}", date="2024-05-01")  # a new text: a new hash
    return told, Extraction(told, ents, read)


DAY1 = [
    article("a1", ("Acme", ORG), ("Kestrel Ventures", ORG), ("Shenzhen", PLACE), ("Alihealth", ORG),
            facts=[("Acme", "raised", 5_000_000), ("Kestrel Ventures", "led_round", "Acme"),
                   ("Acme", "headquartered_in", "Shenzhen"), ("Alihealth", "invested_in", "Acme")]),
    article("a2", ("Acme", ORG), ("Anand Mehta", PERSON, "Mehta"),
            facts=[("Acme", "founded_by", "Anand Mehta"), ("Acme", "raised", 5_000_000)]),
]
DAY2 = [
    # the full name, with the short one: Acme becomes Acme Robotics (three articles call it so, as many as
    # call it Acme, and more of them give it as the name)
    article("a3", ("Acme Robotics", ORG, "Acme"), ("Kestrel", ORG),
            facts=[("Acme Robotics", "raised", 9_000_000), ("Kestrel", "invested_in", "Acme Robotics")]),
    article("a4", ("Acme Robotics", ORG), ("Arjun Mehta", PERSON, "Mehta"), ("Zed Capital", ORG),
            facts=[("Arjun Mehta", "executive_of", "Acme Robotics"), ("Zed Capital", "invested_in", "Acme Robotics")]),
    # Shenzhen a company that raised money: a tie of types, which Organization wins, so a1's fact goes
    article("a5", ("Shenzhen", ORG), ("Alibaba Health Information Technology", ORG), ("Acme Robotics", ORG),
            facts=[("Shenzhen", "raised", 1_000_000), ("Alibaba Health Information Technology", "invested_in", "Shenzhen"),
                   ("Alibaba Health Information Technology", "invested_in", "Acme Robotics")]),
]
DAY3 = [
    # a3 told again without the short name: nothing links Acme to Acme Robotics any more
    article("a3", ("Acme Robotics", ORG), ("Kestrel Ventures", ORG, "Kestrel"),
            facts=[("Acme Robotics", "raised", 9_000_000), ("Kestrel Ventures", "led_round", "Acme Robotics")]),
    # a4 told again without Zed Capital, which no other article names
    article("a4", ("Acme Robotics", ORG), ("Arjun Mehta", PERSON, "Mehta"),
            facts=[("Arjun Mehta", "executive_of", "Acme Robotics")]),
    article("a6", ("Shenzhen", PLACE), ("Mehta", PERSON), ("Alibaba Health", ORG), ("Volta", ORG),
            facts=[("Volta", "headquartered_in", "Shenzhen"), ("Mehta", "executive_of", "Volta"),
                   ("Alibaba Health", "acquired", "Volta")]),
]


def build(path, *days) -> list:
    """Each day's articles into the store at ``path``, as a build would; the reports."""
    reports = []
    for day in days:
        extractions = {(ex.article.id, a.text): ex for a, ex in day}
        reports.append(update_store(path, [a for a, _ in day],
                                    lambda todo: [extractions[(a.id, a.text)] for a in todo]))
    return reports


def final(*days) -> list:
    latest = {a.id: (a, ex) for day in days for a, ex in day}
    return list(latest.values())


def labels(path) -> dict[str, str]:
    store = GraphStore(path, read_only=True)
    try:
        return {str(r[0]): str(r[1]) for r in store.query(
            "SELECT ?l ?t WHERE { GRAPH ?g { ?e a ?type ; rdfs:label ?l ; dg:entityType ?t } }")}
    finally:
        del store.db


def said_in(path, article_id: str) -> set[str]:
    """The entities an article's graph names."""
    store = GraphStore(path, read_only=True)
    try:
        return {str(r[0]) for r in store.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{article_iri(article_id)}> "
                                               f"{{ ?f rdf:subject|rdf:object ?e }} FILTER(isIRI(?e)) }}")
                if "/entity/" in str(r[0])}
    finally:
        del store.db


def test_three_days_of_builds_are_one_build_of_their_articles(tmp_path):
    step, once = tmp_path / "step", tmp_path / "once"
    day1, day2, day3 = build(step, DAY1, DAY2, DAY3)

    build(once, final(DAY1, DAY2, DAY3))
    assert dump(step) == dump(once)  # every quad: articles, entities, default graph and index
    build(tmp_path / "reversed", final(DAY1, DAY2, DAY3)[::-1])
    assert dump(tmp_path / "reversed") == dump(once)


def test_each_day_is_what_one_build_of_the_articles_so_far_gives(tmp_path):
    """Day by day, against one build of the same articles, and what each day changed."""
    step = tmp_path / "step"
    days = [DAY1, DAY2, DAY3]
    names = []
    for n, day in enumerate(days, 1):
        [report] = build(step, day)
        build(tmp_path / f"once{n}", final(*days[:n]))
        assert dump(step) == dump(tmp_path / f"once{n}"), f"day {n}"
        names.append(labels(step))
        if n == 2:
            # Acme is now Acme Robotics, and Shenzhen a company: the stored articles naming them are written again
            assert report.rewritten == ["a1", "a2"]
            assert str(entity_iri("Acme Robotics")) in said_in(step, "a1")
            assert str(entity_iri("Shenzhen")) not in said_in(step, "a1")  # a company cannot be a headquarters
        if n == 3:
            assert report.replaced == ["a3", "a4"]
            assert said_in(step, "a1") >= {str(entity_iri("Acme")), str(entity_iri("Shenzhen"))}
    assert names[0] == {"Acme": ORG, "Kestrel Ventures": ORG, "Shenzhen": PLACE, "Alihealth": ORG,
                        "Anand Mehta": PERSON}
    assert names[1]["Acme Robotics"] == ORG and "Acme" not in names[1] and names[1]["Shenzhen"] == ORG
    # two names the gazetteer lists for Alibaba Health: one entity, named by the gazetteer once an article uses its name
    assert {"Alihealth", "Alibaba Health Information Technology"} & set(names[1]) == {"Alibaba Health Information Technology"}
    assert {"Anand Mehta", "Arjun Mehta"} <= set(names[1])  # a short name shared is no link
    assert {"Acme", "Acme Robotics", "Alibaba Health", "Shenzhen"} <= set(names[2]) and "Alihealth" not in names[2] and names[2]["Shenzhen"] == PLACE
    assert "Zed Capital" not in names[2] and "Kestrel" not in names[2]
    # 'Mehta' alone joins them all, and the one name the three articles share names them
    assert {"Anand Mehta", "Arjun Mehta", "Mehta"} & set(names[2]) == {"Mehta"}


def test_the_index_is_kept_apart_from_the_data(tmp_path):
    build(tmp_path / "store", DAY1)
    quads = dump(tmp_path / "store")
    index = pyoxigraph.NamedNode(str(INDEX_GRAPH))
    assert {q.graph_name for q in quads} >= {index, pyoxigraph.NamedNode(str(ENTITIES_GRAPH))}
    in_index = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name == index}
    elsewhere = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name != index}
    assert in_index and not in_index & elsewhere
    store = GraphStore(tmp_path / "store", read_only=True)
    assert INDEX_GRAPH not in {g.identifier for g in store.dataset().graphs()}


@pytest.mark.parametrize("cut", [1, 3, 5])
def test_any_split_into_days_gives_the_same_store(tmp_path, cut):
    articles = final(DAY1, DAY2, DAY3)
    build(tmp_path / "step", articles[:cut], articles[cut:])
    build(tmp_path / "once", articles)
    assert dump(tmp_path / "step") == dump(tmp_path / "once")


def test_a_day_reads_only_the_entities_it_names(tmp_path, monkeypatch):
    """A new article about stored entities that keep their names reads those entities from the index,
    without the ids of their articles, and no stored article: the cost of a day does not grow with the store."""
    from graph.store_index import StoreIndex

    store = tmp_path / "store"
    build(store, DAY1, DAY2)
    reads = []
    group, read = StoreIndex.group, StoreIndex.read
    monkeypatch.setattr(StoreIndex, "group", lambda self, iri, articles=True: reads.append((iri, articles))
                        or group(self, iri, articles))
    monkeypatch.setattr(StoreIndex, "read", lambda self, aid: reads.append(aid) or read(self, aid))
    new = article("a7", ("Acme Robotics", ORG), ("Kestrel Ventures", ORG),
                  facts=[("Kestrel Ventures", "invested_in", "Acme Robotics")])
    [report] = build(store, [new])
    assert (report.added, report.rewritten) == (["a7"], [])
    assert sorted(reads) == [(str(entity_iri("Acme Robotics")), False), (str(entity_iri("Kestrel Ventures")), False)]
    monkeypatch.undo()
    build(tmp_path / "once", final(DAY1, DAY2, [new]))
    assert dump(store) == dump(tmp_path / "once")
