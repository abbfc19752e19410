"""Teams in results tables that the model missed are added; a golf leaderboard's names are
not teams. The cells of a specification table are no prose."""

import pytest

from generator.analyse.mentions import doc_spans
from generator.analyse.mentions.cues import FURNITURE
from generator.analyse.mentions.tables import missed_teams, specification_rows, squad_lists

STANDINGS = """Scottish premier division standings:
Rangers 15 11 3 1 36 11 36
Hibernian 15 5 3 7 16 25 18
Aberdeen 15 6 5 4 25 18 23
Rangers 4 ( Ferguson 34 ) Hibernian 3
"""


def tagged(text, name, label):
    start = text.index(name)
    return (start, start + len(name), label)


def test_row_names_of_a_table_of_teams_are_added_as_organisations():
    ents = [tagged(STANDINGS, "Rangers", "ORG"), tagged(STANDINGS, "Aberdeen", "GPE")]
    found = [(STANDINGS[s:e], label) for s, e, label in missed_teams(STANDINGS, ents)]
    assert found == [("Hibernian", "ORG"), ("Rangers", "ORG"), ("Hibernian", "ORG")]


def test_a_leaderboard_of_people_adds_nothing():
    text = (
        "Nick Price ( Zimbabwe ) 68 68 71\nAndrew Pitts ( U.S. ) 69 67 76\nMark Murless 71 67 73\n"
    )
    ents = [tagged(text, "Nick Price", "PERSON"), tagged(text, "Andrew Pitts", "PERSON")]
    assert missed_teams(text, ents) == []


def test_two_rows_are_no_table():
    text = "Port Loading Waiting\nVancouver 5 7 9\nPrince Rupert 1 3 4\n"
    assert missed_teams(text, [tagged(text, "Vancouver", "GPE")]) == []


# A phone's data box as the loader gives it: one row a line, the cells' tabs made spaces.
SPECIFICATIONS = """The phone in numbers.
Network Technology
GSM / HSPA
Body Dimensions 142 x 72.5 x 8.1 mm
Weight 145 g (5.11 oz)
Memory Card slot microSD, up to 128 GB
- Fingerprint sensor (PayPal certified)
Display Type Super AMOLED, 16M colors
Messaging SMS, MMS, Email, Push Mail, IM
Misc Colors Charcoal Black, Shimmery White
SAR US 1.03 W/kg (head)
Samsung said the phone sells in April.
"""


def test_the_rows_of_a_specification_table_are_found():
    rows = [SPECIFICATIONS[s:e] for s, e in specification_rows(SPECIFICATIONS)]
    assert rows[:3] == ["Network Technology", "GSM / HSPA", "Body Dimensions 142 x 72.5 x 8.1 mm"]
    assert "Misc Colors Charcoal Black, Shimmery White" in rows
    assert len(rows) == 9
    # A note of the table is no row, and nor is the prose around it.
    assert not any("PayPal" in row or "Samsung" in row or "phone" in row for row in rows)


def test_a_name_in_a_specification_row_is_noted_as_furniture():
    start = SPECIFICATIONS.index("Push Mail")
    paypal = SPECIFICATIONS.index("PayPal")
    spans = doc_spans(SPECIFICATIONS, [(start, start + 9, "ORG"), (paypal, paypal + 6, "ORG")])
    cues = {span.name: span.cues for span in spans}
    assert FURNITURE in cues["Push Mail"]
    assert FURNITURE not in cues["PayPal"]


@pytest.mark.parametrize(
    "text",
    [
        # A timeline: each row opens with a day.
        "Monday: Met UK Prime Minister David Cameron in Paris\n"
        "Tuesday: In Washington to meet US President Barack Obama\n"
        "Wednesday: Meets German Chancellor Angela Merkel in Paris for 2 hours\n"
        "Thursday: Goes to Moscow to meet Russian President Vladimir Putin for 3 hours\n"
        "Sunday: Meets China's President Xi Jinping in Paris\n",
        # Designers and their shows: counts, not measurements.
        "Marc Jacobs\nNotable for: being Marc Jacobs\nThis Week: 4 black models\n"
        "September: 3 black models\nJason Wu\nNotable for: Michelle Obama's inaugural gown\n"
        "This Week: 4 black models\nSeptember: 1 black model\n",
        # A results table: its rows open with the teams.
        "Hibernian 15 5 3 7 16 25 18\nRangers 15 11 3 1 36 11 36\nAberdeen 15 6 5 4 25 18 23\n"
        "Celtic 15 9 4 2 30 14 31\nMotherwell 15 4 4 7 18 24 16\n",
        # An interview: sentences.
        "WSJ: What do you like least?\nMichelle Obama: Nothing at 10 am.\n"
        "WSJ: And your daughters?\nMichelle Obama: They are 6 and 9.\nWSJ: Thank you.\n",
        # Four rows are no table.
        "Size: 5.6 x 2.8 inches\nWeight: 5.1 ounces\nMemory: 2GB\nBattery: 2800 mAh\n",
    ],
)
def test_a_timeline_a_list_results_an_interview_or_four_rows_are_no_specification(text):
    assert specification_rows(text) == []


# A Daily Mail preview (CNN/DailyMail): a squad by surnames, two of them the surnames of
# players the article names in full.
PREVIEW = (
    "Craig Dawson is set to return. Gareth McAuley was sent off. "
    "Provisional squad: Myhill, Rose, Lescott, Dawson, Olsson, McAuley, Fletcher, Yacob."
)


def _people(text, *names):
    return [tagged(text, name, "PERSON") for name in names]


def test_a_list_of_the_article_s_players_surnames_is_a_squad():
    ents = _people(PREVIEW, "Craig Dawson", "Gareth McAuley")
    found = [PREVIEW[slice(*name)] for name in squad_lists(PREVIEW, ents)]
    assert found == "Myhill Rose Lescott Dawson Olsson McAuley Fletcher Yacob".split()
    # Its names get a person's cue, whatever the model calls them.
    at = PREVIEW.index("Lescott")
    spans = doc_spans(PREVIEW, [*ents, (at, at + len("Lescott"), "GPE")])
    (lescott,) = [span for span in spans if span.name == "Lescott"]
    assert "person" in lescott.cues


def test_a_team_sheet_with_semicolons_and_a_captain_is_a_squad():
    text = (
        "Alex Cuthbert and Steven Shingler scored. Cardiff Blues: Morgan; Cuthbert, Lee-Lo, "
        "Shingler, Scully; Jenkins (capt), Dacey, Filise, Earle, Hoeata."
    )
    found = [text[slice(*name)] for name in squad_lists(text, _people(text, *TRY_SCORERS))]
    assert (
        found == "Morgan Cuthbert Lee-Lo Shingler Scully Jenkins Dacey Filise Earle Hoeata".split()
    )


TRY_SCORERS = ("Alex Cuthbert", "Steven Shingler")


def test_a_squad_s_birthplaces_in_brackets_are_no_names_of_it():
    # dev2: a club's squad by where its players were born.
    text = (
        "Pablo Zabaleta and Kolo Toure signed. In full: Adebayor (Togo), Barry (Hastings, UK), "
        "Robinho (Brazil), Santa Cruz (Paraguay), Toure (Ivory Coast), Zabaleta (Argentina)."
    )
    found = [
        text[slice(*name)]
        for name in squad_lists(text, _people(text, "Pablo Zabaleta", "Kolo Toure"))
    ]
    assert found == ["Adebayor", "Barry", "Robinho", "Santa Cruz", "Toure", "Zabaleta"]
    at = text.index("Hastings")
    people = _people(text, "Pablo Zabaleta", "Kolo Toure")
    spans = doc_spans(text, [(at, at + len("Hastings"), "GPE"), *people])
    (hastings,) = [span for span in spans if span.name == "Hastings"]
    assert "person" not in hastings.cues


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # One surname of the article's people in the list: towns in a report of a sport.
        ("Ian Derby said so. Leeds, Burnley, Norwich and Derby went down.", ["Ian Derby"]),
        # Three names only.
        (
            "Craig Dawson and Gareth McAuley played. Squad: Rose, Dawson, McAuley.",
            ["Craig Dawson", "Gareth McAuley"],
        ),
        # No people named in full.
        ("Provisional squad: Myhill, Rose, Lescott, Dawson, Olsson, McAuley.", []),
    ],
)
def test_lists_that_name_no_squad(text, people):
    assert squad_lists(text, _people(text, *people)) == []
