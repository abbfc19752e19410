"""The dateline at the top of a wire story is a place, in whichever form the agency writes it."""

import pytest

from generator.analyse.mentions import doc_spans
from generator.analyse.mentions.dateline import byline, contributors, dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MOSCOW, Dec 6 (Reuters) - Russian President Vladimir Putin said", "MOSCOW"),
        ("WASHINGTON (AP) — The Senate voted on Friday.", "WASHINGTON"),
        ("WASHINGTON — The Senate voted on Friday.", "WASHINGTON"),
        ("Japan win .\nNadim Ladki\nAL-AIN , United Arab Emirates 1996-12-06\nJapan", "AL-AIN"),
        ("Man jailed .\nAPPLETON , Wis .\n1996-12-06\nA farmhand", "APPLETON"),
        ("Rates up.\nNEW YORK, March 3, 2016 - Shares rose.", "NEW YORK"),
        ("KUALA LUMPUR: The lack of any evidence raises questions.", "KUALA LUMPUR"),
    ],
)
def test_datelines_are_found(text, place):
    start, end = dateline(text)
    assert text[start:end] == place


@pytest.mark.parametrize(
    "text",
    [
        "SOCCER - LEEDS WIN AT LAST .\nLeeds won on Saturday.",  # a headline in capitals
        "PHILADELPHIA 7 11 .389\nBOSTON 5 13 .278",  # a table, not a dateline
        "LEEDS\nOn Monday the club said",  # a capital word alone, no date after it
        "Isil has advanced to within two miles of Palmyra.",
        "SOCCER: LEEDS WIN AT LAST\nLeeds won.",  # after the colon, no story in mixed case
    ],
)
def test_other_openings_are_not_datelines(text):
    assert dateline(text) is None


def test_the_dateline_is_a_place_whatever_the_model_says():
    text = "Vote called .\nDURBAN , South Africa 1996-12-06\nThe Zulu party said"
    start = text.index("DURBAN")
    (span,) = doc_spans(text, [(start, start + 6, "ORG")])
    assert (span.name, span.label, span.start) == ("Durban", "GPE", start)
    assert "place" in span.cues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Britain warns .\nEdna Fernandes\nLONDON 1996-12-06\nThe British", "Edna Fernandes"),
        ("Floods .\nSimona de Logu\nRIO DE JANEIRO 1996-12-06\nRain fell", "Simona de Logu"),
        ("Riot in Istanbul\nBy Elif Kaban\nPolice said on Monday", "Elif Kaban"),
    ],
)
def test_bylines_are_found(text, name):
    start, end = byline(text)
    assert text[start:end] == name


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: a press release's header in capitals before its date (a place page).
        "Office of the Press Secretary\nFOR IMMEDIATE RELEASE July 13, 2009\nPresident Obama",
        "UPDATED: March 3, 2016 - Shares rose.",
    ],
)
def test_a_release_or_update_line_before_a_date_is_no_dateline(text):
    assert dateline(text) is None
    # Counter-example: a city whose name opens with such letters.
    assert dateline("TORONTO, Dec 6 - Shares rose.") is not None


def test_a_short_headline_above_the_dateline_is_no_byline():
    assert byline("Putin Speaks\nMOSCOW (Reuters) - The president said") is None


def test_a_menu_line_above_the_dateline_is_no_byline():
    # Dictionary words ("Most Read") are a web page's menu; a name is a byline.
    assert byline("Email Share\nMost Read\nWASHINGTON (AP) — The agency said") is None
    text = "Email Share\nMaria Okafor\nWASHINGTON (AP) — The agency said"
    start, end = byline(text)
    assert text[start:end] == "Maria Okafor"


def test_the_byline_is_a_person_whatever_the_model_says():
    text = "Bonds fall .\nLynnley Browning\nBOSTON 1996-12-06\nBonds fell"
    start = text.index("Lynnley")
    spans = doc_spans(text, [(start, start + 16, "GPE")])
    assert [(s.name, s.label) for s in spans] == [("Boston", "GPE"), ("Lynnley Browning", "PERSON")]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # CNN: an outlet's possessive or a reporter's occupation opens the credit.
        (
            "It rained. CNN's Sean Morris, AnneClaire Stapleton and Dave Alsup contributed to "
            "this report.",
            ["Sean Morris, AnneClaire Stapleton and Dave Alsup"],
        ),
        ("Done. Journalist Monica Sarkar contributed to this report.", ["Monica Sarkar"]),
        (
            "CNN meteorologists Dave Hennen and Matt Daniel contributed reporting.",
            ["Dave Hennen and Matt Daniel"],
        ),
        # Counter-examples: an agency credited alone.
        ("It rained. The Associated Press contributed to this report.", []),
        ("It rained. Reuters contributed reporting.", []),
    ],
)
def test_the_people_credited_with_a_report_are_found(text, listed):
    assert [text[a:b] for a, b in contributors(text)] == listed


def test_a_reporter_credited_is_a_person_and_where_they_filed_from_a_place():
    # CNN 8-f: "AnneClaire Stapleton", the model's organisation in her 4 credits.
    text = (
        "It rained. CNN's Shirzad Bozorgmehr in Tehran and AnneClaire Stapleton contributed "
        "to this report."
    )
    ents = [
        (text.index(n), text.index(n) + len(n), label)
        for n, label in (("Tehran", "GPE"), ("AnneClaire Stapleton", "ORG"))
    ]
    cues = {s.name: s.cues for s in doc_spans(text, ents)}
    assert "person" in cues["AnneClaire Stapleton"]
    assert "person" not in cues["Tehran"]
