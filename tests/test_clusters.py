"""Grouping an article's mentions into entities, on hand-made sentences (no model needed)."""
from graph.clusters import Sentence, cluster_mentions


def sentence(text, *names):
    """A sentence whose mentions are ``names`` as (surface, kind), at their first occurrence."""
    mentions = []
    for surface, kind in names:
        start = text.index(surface)
        mentions.append((start, start + len(surface), kind, surface))
    return Sentence(0, text, sorted(mentions))


def entities(sentences, headline=()):
    offset = 0
    for sent in sentences:  # one after the other in the article
        sent.start, offset = offset, offset + len(sent.text) + 1
    by_id, mention_cluster = cluster_mentions(sentences, headline)
    named = {}
    for (si, mi), cid in mention_cluster.items():
        named.setdefault(by_id[cid].name, set()).add(sentences[si].mentions[mi][3])
    return named


def test_short_names_surnames_acronyms_and_defined_names_join_their_full_name():
    got = entities([
        sentence('Beijing Yunshu Technology Co., Ltd. ("Yunshu") and Kaia Health signed a deal with the '
                 'Asia Medical Ventures.', ("Beijing Yunshu Technology Co., Ltd.", "O"),
                 ("Kaia Health", "O"), ("Asia Medical Ventures", "O")),
        sentence("Yunshu and AMV said Kaia chief executive Omar Haddad agreed; Haddad spoke.",
                 ("Yunshu", "P"), ("AMV", "O"), ("Omar Haddad", "P")),
    ])
    assert got["Beijing Yunshu Technology Co., Ltd."] == {"Beijing Yunshu Technology Co., Ltd.", "Yunshu"}
    assert got["Asia Medical Ventures"] == {"Asia Medical Ventures", "AMV"}
    assert got["Kaia Health"] == {"Kaia Health", "Kaia"}
    assert got["Omar Haddad"] == {"Omar Haddad", "Haddad"}


def test_a_first_word_two_names_share_names_neither():
    got = entities([
        sentence("Harbor Health raised $5 million from Harbor Capital.", ("Harbor Health", "O"), ("Harbor Capital", "O")),
        sentence("Harbor chief executive Jin Park spoke.", ("Harbor", "O"), ("Jin Park", "P")),
    ])
    assert set(got) == {"Harbor Health", "Harbor Capital", "Jin Park"}


def test_a_brand_in_capitals_does_not_join_the_person_it_is_named_after():
    got = entities([
        sentence("Edtech firm ZORVI raised $122 million.", ("ZORVI", "O")),
        sentence("Its founder Zorvi Raman said the money will fund hiring.", ("Zorvi Raman", "P")),
    ])
    assert set(got) == {"ZORVI", "Zorvi Raman"}


def test_a_source_cited_in_brackets_is_no_alias():
    got = entities([
        sentence("Payments firm Quill bought Tamber (Fintech Weekly).", ("Quill", "O"), ("Tamber", "O"),
                 ("Fintech Weekly", "O")),
        sentence("The Kallang Savings Bank (KSB) backed Tamber.", ("Kallang Savings Bank", "O"), ("KSB", "O"),
                 ("Tamber", "O")),
    ])
    assert got["Tamber"] == {"Tamber"} and "Fintech Weekly" in got
    assert got["Kallang Savings Bank"] == {"Kallang Savings Bank", "KSB"}


def test_an_organization_the_headline_names_is_a_mention_wherever_the_body_names_it():
    body = [
        sentence("Quvanta – based in Rockville – said Thursday it had closed its round.", ("Rockville", "G")),
        sentence("Pearl River Fund led it, and Quvanta will hire.", ("Pearl River Fund", "O")),
    ]
    assert entities(body, headline=["Quvanta"]) == {"Quvanta": {"Quvanta"}, "Rockville": {"Rockville"},
                                                     "Pearl River Fund": {"Pearl River Fund"}}
    body = [sentence("Quvanta said it had closed its round.")]
    assert entities(body) == {}
