import pytest

from graph.money import find_dates, find_money, round_type


@pytest.mark.parametrize("text, amount, currency", [
    ("raised USD 250 million", 250e6, "USD"), ("a $1.1bn listing", 1.1e9, "USD"), ("US$30M", 30e6, "USD"),
    ("RMB 400 million", 400e6, "CNY"), ("400 million yuan", 400e6, "CNY"), ("€20M", 20e6, "EUR"),
    ("£5m", 5e6, "GBP"), ("Rs 100 crore", 1e9, "INR"), ("IDR 2 trillion", 2e12, "IDR"),
    ("HK$3.2bn", 3.2e9, "HKD"), ("S$3.4 billion", 3.4e9, "SGD"), ("USD323 million", 323e6, "USD"),
])
def test_amounts_and_iso_codes(text, amount, currency):
    [m] = find_money(text)
    assert (m.amount, m.currency) == (pytest.approx(amount), currency)


def test_qualifiers_keep_the_number():
    [over, nearly] = find_money("over USD 100 million and nearly $2bn")
    assert (over.amount, over.qualifier) == (100e6, "over")
    assert (nearly.amount, nearly.qualifier) == (2e9, "nearly")


def test_years_and_plain_numbers_are_not_money():
    assert find_money("in 2020 the firm had 1,200 staff and 27 million users") == []


@pytest.mark.parametrize("text, kind", [
    ("in Series D funding", "series-d"), ("a pre-IPO round", "pre-ipo"), ("its seed round", "seed"),
    ("through a Hong Kong listing", "ipo"), ("in strategic funding", "strategic"), ("a pre-A round", "pre-a"),
    ("a venture debt facility", "debt"), ("a new round", None),
])
def test_round_types(text, kind):
    assert round_type(text) == kind


def test_dates():
    assert find_dates("In July 2019 it raised money, and again in 2021.") == [(3, "2019-07"), (43, "2021")]
