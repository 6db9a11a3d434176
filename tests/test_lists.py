"""The list stage on hand-set entities (spacy.blank: no model needed)."""
import pytest
import spacy

from graph.lists import ListRepair


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def repaired(blank, text, ents):
    """``ents``: (surface text, label) as the statistical NER would have set them."""
    doc = blank(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return [(e.text, e.label_) for e in ListRepair()(doc).ents]


def test_a_span_run_across_commas_is_cut_into_its_names(blank):
    text = "The round was joined by IFC, Prosus, Mouro Capital and Quona Capital."
    assert repaired(blank, text, [("IFC, Prosus, Mouro Capital", "ORG"), ("Quona Capital", "ORG")]) == [
        ("IFC", "ORG"), ("Prosus", "ORG"), ("Mouro Capital", "ORG"), ("Quona Capital", "ORG")]


def test_a_legal_suffix_after_a_comma_stays_part_of_the_name(blank):
    text = "Hangzhou Qingmu Medical Technology Co., Ltd. raised 200 million yuan."
    ents = [("Hangzhou Qingmu Medical Technology Co., Ltd.", "ORG")]
    assert repaired(blank, text, ents) == ents


def test_members_of_odd_shape_join_the_list(blank):
    text = "Backers include Sturgeon Capital, 500 Global, Evolution VC, Rayn Capital and Khyber Partners."
    ents = [("Sturgeon Capital", "ORG"), ("Evolution VC", "PERSON"), ("Rayn Capital", "ORG"), ("Khyber Partners", "ORG")]
    assert repaired(blank, text, ents) == [("Sturgeon Capital", "ORG"), ("500 Global", "ORG"), ("Evolution VC", "ORG"),
                                           ("Rayn Capital", "ORG"), ("Khyber Partners", "ORG")]


def test_the_first_and_last_members_and_a_one_word_person(blank):
    text = "It has backed companies such as Airbnb, Alibaba, Ant Financial, Surge and Box, among others."
    ents = [("Alibaba", "ORG"), ("Ant Financial", "ORG"), ("Surge", "PERSON")]
    assert repaired(blank, text, ents) == [("Airbnb", "ORG"), ("Alibaba", "ORG"), ("Ant Financial", "ORG"),
                                           ("Surge", "ORG"), ("Box", "ORG")]


def test_people_in_a_list_of_funds_and_lists_of_people_stay_people(blank):
    text = "The round was led by Tiger Global, with Ribbit Capital, Y Combinator and Shadi Abdulhadi joining."
    ents = [("Tiger Global", "ORG"), ("Ribbit Capital", "ORG"), ("Y Combinator", "ORG"), ("Shadi Abdulhadi", "PERSON")]
    assert repaired(blank, text, ents) == ents
    text = "Co-founders Ana Cruz, Li Wei and Tom Park started the firm."
    ents = [("Ana Cruz", "PERSON"), ("Li Wei", "PERSON"), ("Tom Park", "PERSON")]
    assert repaired(blank, text, ents) == ents


def test_words_before_a_list_that_are_no_name_stay_out(blank):
    text = "In 2021, Sequoia Capital and Accel led the round."
    ents = [("Sequoia Capital", "ORG"), ("Accel", "ORG")]
    assert repaired(blank, text, ents) == ents
    text = "On Monday, Alibaba and Tencent said they agreed."
    assert repaired(blank, text, [("Alibaba", "ORG"), ("Tencent", "ORG")]) == [("Alibaba", "ORG"), ("Tencent", "ORG")]
