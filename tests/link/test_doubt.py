"""`digest entities --review`: a page's doubt grows with each kind of evidence it lacks."""

from dataclasses import replace

import pytest

from generator.link.doubt import doubt, longer_pages
from generator.link.voting import ArticleEvidence

BARE = ArticleEvidence(
    shares=(("ORG", "organisation", 1.0),),
    cue_kinds=(),
    weak_place=False,
    person_cue=False,
    marked=False,
    unmarked_capitals=0,
    mentions=1,
)


def test_a_page_of_one_article_with_nothing_to_back_it_says_why_it_is_in_doubt():
    assert doubt("Zorvex", 1, [BARE]).reasons == (
        "one article",
        "no cue in the text",
        "no quote, place or personal name",
        "one word",
    )


def test_a_country_gazetteer_strength_does_not_cover_is_a_place_to_back_it():
    # "Britain" is a country (pycountry's names) but no GeoNames name of one.
    assert "no quote, place or personal name" not in doubt("Britain", 1, [BARE]).reasons


@pytest.mark.parametrize(
    ("name", "articles", "evidence"),
    [
        ("Zorvex", 3, [BARE] * 3),
        ("Zorvex", 1, [replace(BARE, cue_kinds=("organisation",))]),
        ("Zorvex", 1, [replace(BARE, marked=True)]),
        ("Zorvex", 1, [replace(BARE, speaker=True)]),
        ("Kazakhstan", 1, [BARE]),
        ("Aleppo", 1, [BARE]),
        ("Maria Zorvex", 1, [BARE]),
        ("Zorvex Robinson", 1, [BARE]),
    ],
    ids=[
        "more articles",
        "a cue of a kind",
        "a cue such as 'in X'",
        "quoted",
        "a country",
        "a city",
        "a given name",
        "a surname",
    ],
)
def test_each_kind_of_evidence_lowers_the_doubt(name, articles, evidence):
    assert doubt(name, articles, evidence).points < doubt("Zorvex", 1, [BARE]).points


def test_dictionary_words_raise_the_doubt():
    # "Smart Camera" (a phone's mode) against a made-up two-word name.
    headline = doubt("Smart Camera", 1, [BARE])
    assert headline.points > doubt("Zorvex Quillan", 1, [BARE]).points
    assert "dictionary words" in headline.reasons


def test_a_given_name_is_no_dictionary_word():
    # "Grace" is in the dictionary; as the first of two names it is a given name.
    assert "dictionary words" not in doubt("Grace Zorvex", 1, [BARE]).reasons


def test_a_short_form_names_the_longer_page_it_may_be_with_no_points():
    pages = [
        ("Angels", (1, 1)),
        ("Los Angeles Angels", (3, 5)),
        ("Angels Flight", (1, 9)),
        ("Los Angeles", (9, 20)),
        ("Durst", (1, 14)),
        ("Kathleen McCormack Durst", (1, 1)),
        ("Robert Durst", (1, 27)),
    ]
    # The longer page of most articles, then of most mentions; "Los Angeles" has two
    # words, all in the club's name.
    assert longer_pages(pages) == {
        "Angels": "Los Angeles Angels",
        "Los Angeles": "Los Angeles Angels",
        "Durst": "Robert Durst",
    }
    short = doubt("Angels", 1, [BARE], longer="Los Angeles Angels")
    assert short.reasons[-1] == "its words are in 'Los Angeles Angels'"
    assert short.points == doubt("Angels", 1, [BARE]).points
