"""Units named after their parent and a place ('Lazada Philippines' of 'Lazada')."""
import pytest

from graph.extraction import extract
from graph.model import Article
from graph.name_parents import name_parent


@pytest.mark.parametrize("unit, parent, expected", [
    ("Lazada Philippines", "Lazada", True),
    ("Diageo Kenya Ltd", "Diageo PLC", True),  # legal words aside
    ("Sequoia Capital India", "Sequoia Capital", True),
    ("Harbor Ventures Southeast Asia", "Harbor", True),  # a region of two words
    ("Blackbird Ventures", "Blackbird", False),  # the same firm's full name
    ("Bank of America", "Bank", False),
    ("China Merchants Bank", "China", False),  # a place is no parent
    ("Lazada", "Lazada Philippines", False),
    ("Tencent Music", "Tencent Holdings", False),  # no place: the tie must be told
])
def test_a_unit_is_its_parents_name_and_a_place(unit, parent, expected):
    assert name_parent(unit, parent) is expected


def test_extraction_adds_the_unit_unless_another_tie_is_told(nlp):
    text = ("Lazada opened a hub in Cebu. Lazada Philippines will run it.\n\n"
            "Orrin Group bought 40% of Orrin Group Kenya from its founders.")
    [ex] = extract([Article("units", text)], nlp=nlp)
    facts = {(f.subject, f.relation, f.object) for f in ex.facts}
    assert ("Lazada Philippines", "subsidiary_of", "Lazada") in facts
    assert not any(f[1] == "subsidiary_of" and f[0] == "Orrin Group Kenya" for f in facts)
