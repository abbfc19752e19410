"""Teams in results tables that the model missed are added; a golf leaderboard's names are
not teams."""

from generator.analyse.mentions.tables import missed_teams

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
