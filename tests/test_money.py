import pytest

from graph.money import currency_locale, find_dates, find_money, round_type


@pytest.mark.parametrize("text, amount, currency", [
    ("raised USD 250 million", 250e6, "USD"), ("a $1.1bn listing", 1.1e9, "USD"), ("US$30M", 30e6, "USD"),
    ("RMB 400 million", 400e6, "CNY"), ("400 million yuan", 400e6, "CNY"), ("€20M", 20e6, "EUR"),
    ("£5m", 5e6, "GBP"), ("Rs 100 crore", 1e9, "INR"), ("Rs 4.2 lakh crore", 4.2e12, "INR"), ("IDR 2 trillion", 2e12, "IDR"),
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


@pytest.mark.parametrize("text, amount, currency", [
    ("$US80 million", 80e6, "USD"), ("SAR 1.35 billion", 1.35e9, "SAR"), ("KSh 2 billion", 2e9, "KES"),
    ("45 million reais", 45e6, "BRL"), ("300 million Egyptian pounds", 300e6, "EGP"), ("MX$ 90 million", 90e6, "MXN"),
    ("12 million Swiss francs", 12e6, "CHF"), ("NZ$14 million", 14e6, "NZD"),
])
def test_currencies_of_local_outlets(text, amount, currency):
    [m] = find_money(text)
    assert (m.amount, m.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize("text, marker, currency", [
    # a bare '$' is the local dollar where the story writes US dollars as 'US$' ...
    ("Brisbane-based Tallowood raised $12 million (US$8 million) from Melbourne investors.", "$", "AUD"),
    ("The Toronto startup took in $30 million; its US$10 million note was repaid.", "$", "CAD"),
    # ... or names the place far more than the United States
    ("Perth's Quokka Labs raised $4 million. The Australian firm will hire in Sydney and Melbourne.", "$", "AUD"),
    # ... or tells of a listing on the local exchange
    ("Harbourline Port lists on the NZX today after its public offer raised $234m.", "$", "NZD"),
    ("Osaka-based Hikari raised ¥2 billion from Japanese banks in Tokyo.", "¥", "JPY"),
    ("The Karachi lender raised Rs 900 million from Pakistani investors.", "Rs", "PKR"),
])
def test_the_outlets_place_decides_an_ambiguous_marker(text, marker, currency):
    assert currency_locale(text)[marker] == currency
    assert [m.currency for m in find_money(text, currency_locale(text))][0] == currency


def test_a_dollar_stays_usd_without_a_reason_to_read_it_otherwise():
    text = "Austin-based Prairie Bio raised $25 million; it plans to open an office in Sydney."
    assert currency_locale(text).get("$") is None
    assert [m.currency for m in find_money(text, currency_locale(text))] == ["USD"]
    assert find_money("R50 million") == []  # 'R' is rand only in a South African story


def test_a_bare_dollar_is_usd_where_the_local_dollar_has_its_own_sign():
    text = ("Adelaide-based Wattle Pay agreed to buy a Melbourne payroll firm for A$60 million ($39 million). "
            "The Australian company listed in Sydney in 2019.")
    assert [(m.amount, m.currency) for m in find_money(text, currency_locale(text))] == [(60e6, "AUD"), (39e6, "USD")]


def test_scale_words_in_capitals():
    assert [(m.amount, m.currency) for m in find_money("a $3 Million Seed round and USD 2 BILLION")] == [
        (3e6, "USD"), (2e9, "USD")]


def test_a_taiwanese_story_writes_its_own_dollar_as_nt_so_a_bare_dollar_stays_usd():
    text = "Taiwan-based Volta joined a $300 million round; its Taipei rival raised US$20 million and NT$1 billion."
    assert currency_locale(text).get("$") is None


def test_the_outlet_named_outside_the_body_sets_the_dollar(nlp):
    from graph.extraction import extract
    from graph.model import Article

    text = ("Lionport Daily Briefing | Singapore edition\n\nMarkets\n\n"
            "Lending platform Kreditly has secured $28.35m (US$20m) in a series B round from Orchard Ventures.\n")
    [ex] = list(extract([Article("t", text)], nlp))
    assert [(f.amount, f.currency) for f in ex.facts if f.relation == "raised"] == [(28350000.0, "SGD")]


def test_a_range_is_read_as_its_lower_end():
    assert [(m.amount, m.currency) for m in find_money("valued at $5-6 billion, or US$1.2-1.5bn, or Rs 100-150 crore")] \
        == [(5e9, "USD"), (1.2e9, "USD"), (1e9, "INR")]
    # a change is no range, nor is a year before an amount
    assert [m.amount for m in find_money("revenue rose from 10 to 30 million euros in 2019-20 million euros")] == [30e6, 20e6]


def test_dollars_followed_by_usd_are_us_dollars_wherever_the_story_is():
    assert [(m.amount, m.currency) for m in find_money("landed $207 million USD in a Series C", {"$": "HKD"})] \
        == [(207e6, "USD")]
    assert [m.currency for m in find_money("landed $207 million in a Series C", {"$": "HKD"})] == ["HKD"]
