from graph.clean import split_body

PAGE = """Orbit Labs raises $12m to map soil

Written by Sam Writer Published on
Editor: Jo Editor

Orbit Labs, a Lyon-based agritech startup, has raised $12 million from Field Capital.

The company plans to hire 40 engineers.

You might like these
Some other firm raised $9m for an unrelated app.

© 2024 Example News. All rights reserved.
"""


def test_body_drops_bylines_teasers_and_footer():
    body = split_body(PAGE)
    assert body.title == "Orbit Labs raises $12m to map soil"
    texts = [t for _, t in body.paragraphs]
    assert texts == ["Orbit Labs, a Lyon-based agritech startup, has raised $12 million from Field Capital.",
                     "The company plans to hire 40 engineers."]


def test_offsets_point_into_the_original_text():
    body = split_body(PAGE)
    for offset, text in body.paragraphs:
        assert PAGE[offset:offset + len(text)] == text


def test_date_line_and_dateline_are_stripped():
    body = split_body(" date 2021-03-04 [SEOUL] Mint Bank has raised $5 million from Cedar Partners.\n")
    assert body.date == "2021-03-04"
    assert body.paragraphs[0][1] == "Mint Bank has raised $5 million from Cedar Partners."


def test_a_city_dateline_with_a_double_hyphen_is_stripped():
    body = split_body("ODESSA -- Mint Bank has raised $5 million from Cedar Partners.\n")
    assert body.paragraphs[0][1] == "Mint Bank has raised $5 million from Cedar Partners."


def test_wire_datelines_are_stripped_with_offsets_kept():
    """A wire service's dateline opens a press release; the company's name follows it."""
    for text in ("Vantix closes Series A\n\nSAN DIEGO, Calif.--(BUSINESS WIRE)--Vantix Health today announced a "
                 "$25 million Series A.\n",
                 "Vantix closes Series A\n\nLONDON, May 2, 2025 /PRNewswire/ -- Vantix Health today announced a "
                 "$25 million Series A.\n",
                 "NEW YORK, June 3, 2024 (GLOBE NEWSWIRE) -- Vantix Health today announced a $25 million Series A.\n",
                 "LAGOS/NAIROBI (Reuters) -Vantix Health today announced a $25 million Series A.\n",
                 "date 2024-06-03 OSLO & BERGEN, Norway--(BUSINESS WIRE)--Vantix Health today announced a "
                 "$25 million Series A.\n",
                 "PERTH, 9 March 2025 /Pacific PR Newswire/ -- Vantix Health today announced a $25 million Series A.\n",
                 "Jun 3 (Reuters) - Vantix Health today announced a $25 million Series A.\n",
                 "(Bloomberg) -- Vantix Health today announced a $25 million Series A.\n"):
        [(offset, paragraph)] = split_body(text).paragraphs
        assert paragraph == "Vantix Health today announced a $25 million Series A."
        assert text[offset:offset + len(paragraph)] == paragraph


def test_bullet_items_that_tell_a_deal_are_paragraphs_and_headings_are_not():
    text = ("This week's deals\n\n• Vantix Health (Jakarta) — $8m Series A\n"
            "- Vantix Health, a Jakarta clinic app, raised $8 million led by Orrin Capital\n"
            "- Brightcell got $5 million from Delta Peak\n- Sign up for our newsletter\n")
    body = split_body(text)
    assert [p for _, p in body.paragraphs] == ["Vantix Health, a Jakarta clinic app, raised $8 million led by Orrin Capital",
                                               "Brightcell got $5 million from Delta Peak"]
    assert all(text[o:o + len(p)] == p for o, p in body.paragraphs)


def test_hard_wrapped_lines_are_one_paragraph_with_offsets_kept():
    text = ("Tidewell raises $4m\n\nTidewell, a Dutch startup that turns seaweed into packaging film, said it\n"
            "closed a EUR 4m seed round of\nfunding led by Noordzee Ventures.\n\nHeadline Of Another Story\n"
            "Tidewell will hire staff.\n")
    body = split_body(text)
    texts = [t for _, t in body.paragraphs]
    assert texts == ["Tidewell, a Dutch startup that turns seaweed into packaging film, said it closed a EUR 4m seed "
                     "round of funding led by Noordzee Ventures.", "Tidewell will hire staff."]
    for offset, para in body.paragraphs:
        assert text[offset:offset + len(para)].replace("\n", " ") == para


def test_a_text_wrapped_at_a_fixed_width_joins_lines_whatever_their_case():
    text = (" date 2014-05-26 DUBAI May 26 Tarsa Building Holding Co\n(TBH), the building arm of Harlan\n"
            "Group, has agreed to take over Sfinco Glass, a Cairo\nmaker of window panes, for $190 million.\n"
            "It is the third purchase a Gulf group has made in Egypt\nthis year, and bankers expect more of them as "
            "demand\nfor building materials keeps growing across the\nregion.\n")
    body = split_body(text)
    texts = [t for _, t in body.paragraphs]
    assert texts[0] == ("Tarsa Building Holding Co (TBH), the building arm of Harlan Group, has agreed to take over Sfinco "
                        "Glass, a Cairo maker of window panes, for $190 million.")
    assert body.date == "2014-05-26"
    for offset, para in body.paragraphs:
        assert text[offset:offset + len(para)].replace("\n", " ") == para


def test_short_lines_of_a_page_are_not_joined():
    text = "Menu\nMarkets\nTech\nPolitics\nOpinion\nVideo\nAcme raises $5m\nAcme raised $5m from Beta Capital.\n"
    assert [t for _, t in split_body(text).paragraphs] == ["Acme raised $5m from Beta Capital."]


def test_bullet_items_under_a_colon_are_one_list_with_offsets_kept():
    """'Investors include:' and the names under it read as one sentence; a lone bullet stays a heading."""
    text = ("Vantix raised $40 million. Investors in the round include:\n- Orrin Capital\n- Harbor Gate\n"
            "- Quarry Bay Partners\n\nMenu\n- Home\n- Deals\n")
    body = split_body(text)
    [(offset, paragraph)] = body.paragraphs
    assert paragraph.split() == ["Vantix", "raised", "$40", "million.", "Investors", "in", "the", "round", "include:",
                                 "Orrin", "Capital,", "Harbor", "Gate,", "Quarry", "Bay", "Partners"]
    assert len(paragraph) == len(text[offset:offset + len(paragraph)])
    assert text[offset:offset + len(paragraph)].endswith("- Quarry Bay Partners")


def test_bullet_items_that_tell_deals_stay_apart_under_a_colon():
    text = ("Deals this week:\n- Vantix raised $8 million from Orrin Capital\n- Kelvo Group acquired Medigo\n")
    assert [p for _, p in split_body(text).paragraphs] == ["Vantix raised $8 million from Orrin Capital",
                                                            "Kelvo Group acquired Medigo"]


def test_a_title_after_a_menu_line_that_ends_with_it_is_the_title():
    page = ("Home Biotech Deals Quvanta closes $38M Series B round for gene drugs\n\n"
            "Quvanta closes $38M Series B round for gene drugs\n\n"
            "Quvanta, a Rockville drug developer, said it had closed the round.\n")
    body = split_body(page)
    assert body.title == "Quvanta closes $38M Series B round for gene drugs"
    assert [t for _, t in body.paragraphs] == ["Quvanta, a Rockville drug developer, said it had closed the round."]
    other = split_body("Acme raises $5m\n\nMarkets today in brief\n\nAcme raised $5m from Beta.\n")
    assert other.title == "Acme raises $5m"  # a later headline-shaped line that does not end the title stays out


def test_page_furniture_under_a_release_headline_does_not_end_the_story():
    text = ("Quorra Robotics Closes Series C Round\n\nProceeds will fund a second production line and a service hub "
            "in Europe for the robot maker\n\nNews provided by\n\nQuorra Robotics Co., Ltd.\n\nShare this article\n\n"
            "SHENZHEN, China, March 14, 2023 /PRNewswire/ -- Quorra Robotics Co., Ltd. today announced that it has "
            "closed an RMB 800 million Series C round.\n\nShare this article\n\nMore news from the same source.\n")
    texts = [t for _, t in split_body(text).paragraphs]
    assert "Quorra Robotics Co., Ltd. today announced that it has closed an RMB 800 million Series C round." in texts
    assert "More news from the same source." not in texts
