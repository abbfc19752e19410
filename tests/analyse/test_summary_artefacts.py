"""What real pages leave in the text that a summary must never show: photo captions and
credits, datelines, doubled drop caps and subheads glued to the next sentence. Each class
has its counter-example: the ordinary sentence that looks like it and stays."""

from __future__ import annotations

import pytest

from generator.analyse.summaries import Length, filters, summarize
from generator.analyse.summaries.sentences import mend
from generator.analyse.summaries.tidy import tidy

LEAD = "The finance ministry said on Monday that inflation would fall below two percent."
NEXT = "Economists at the central bank expect interest rates to stay where they are."
LAST = "The government will publish its full budget for next year in March."


def summary(*paragraphs: str) -> tuple[str, ...]:
    return summarize(paragraphs, "english", "news", Length(sentences=3))


@pytest.mark.parametrize(
    "caption",
    [
        "Finance minister Jane Roe is pictured in Brussels at a meeting last month.",
        "The couple are pictured at their wedding in Paris in 2010.",
        "the couple are pictured at their wedding in paris in 2010 .",
    ],
)
def test_a_sentence_whose_verb_is_pictured_is_a_caption(caption):
    assert filters.rejects(caption, cased=caption[0].isupper()) == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was pictured leaving court on Tuesday with his lawyers beside him.",
        "Police released footage of the man pictured near the station on Friday.",
    ],
)
def test_a_sentence_about_a_picture_is_not_a_caption(sentence):
    assert filters.rejects(sentence) is None


@pytest.mark.parametrize(
    "credit",
    [
        "Credit John Kolesidis/Reuters",
        "EPA/CHRISTOPHE PETIT TESSON",
        "Photograph: Jane Roe for the Guardian.",
        "(AP Photo/Jane Roe, File)",
        "Photo by John Smith/Getty Images.",
        "©2015 The Hollywood Reporter.",
    ],
)
def test_photo_credits(credit):
    assert filters.is_credit(credit)
    assert filters.rejects(credit) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks ended without an agreement, Reuters reported on Friday evening.",
        "He said the AP/NORC poll showed support for the plan falling sharply.",
    ],
)
def test_sentences_naming_an_agency_are_not_credits(sentence):
    assert not filters.is_credit(sentence)
    assert filters.rejects(sentence) is None


def test_a_caption_with_its_credit_is_left_out_whole():
    # The caption's first sentence looks like news; its credit gives the paragraph away.
    caption = "Voters queue outside a polling station in Athens on Sunday. Credit Jane Roe/Reuters"
    assert summary(caption, f"{LEAD} {NEXT} {LAST}") == (LEAD, NEXT, LAST)
    # A long paragraph of prose that credits a photo at its end keeps its sentences.
    prose = f"{LEAD} {NEXT} {LAST} A photo of the ministry was taken by Jane Roe/Reuters."
    assert summary(prose)[0] == LEAD


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BARCELONA, Feb 1 (Wire) - The shares rose.", "The shares rose."),
        ("Nov. 11 (Bloomberg) -- Growth slowed.", "Growth slowed."),
        ("Mannheim, Germany (Sports Network) - Klitschko won.", "Klitschko won."),
        ("(Reuters) - Cyprus will relax its rules.", "Cyprus will relax its rules."),
        ("PARIS — Shortly after 9:45 p.m., it began.", "Shortly after 9:45 p.m., it began."),
        ("PARIS—Seven people were held.", "Seven people were held."),
        ("ST.-DENIS, France — The assault began.", "The assault began."),
        ("WASHINGTON, March 3 (AP) — The Senate voted.", "The Senate voted."),
        ("barcelona , feb 1 -lrb- wire -rrb- - the shares rose .", "The shares rose ."),
        ("The talks (AP Photo/Jane Roe) ended on Friday.", "The talks ended on Friday."),
        ("Smoke rose over the city (Photo: Getty Images).", "Smoke rose over the city."),
    ],
)
def test_datelines_and_bracketed_credits_are_tidied_away(sentence, expected):
    assert tidy(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple (AAPL) - Shares rose on Monday.",
        "NATO — the alliance said — will meet again.",
        "ISIS claimed responsibility for the attacks.",
        "He said on Feb 1 (a Monday) - and then left.",
        "She inspired artists (as well as having her image used on posters) for decades.",
    ],
)
def test_what_only_looks_like_a_dateline_or_a_credit_stays(sentence):
    assert tidy(sentence) == sentence


def test_a_doubled_drop_cap_goes():
    assert mend(["SThe ministry said prices rose.", "TThe talks ended."]) == [
        "The ministry said prices rose.",
        "TThe talks ended.",  # only a paragraph's first letter is a drop cap
    ]
    assert summary(f"S{LEAD} {NEXT}")[0] == LEAD


@pytest.mark.parametrize(
    "sentence",
    [
        "ILife's new version of Garageband adds HD video.",
        "MPs voted on Tuesday to approve the budget.",
        "SA police said on Monday that they would act.",
    ],
)
def test_capitals_that_are_no_drop_cap_stay(sentence):
    assert mend([sentence]) == [sentence]


def test_a_glued_subhead_is_split_off_and_dropped():
    glued = f"Prices rose sharply{LEAD}"
    assert mend([glued]) == ["Prices rose sharply", LEAD]
    assert summary(f"{glued} {NEXT} {LAST}") == (LEAD, NEXT, LAST)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to his LinkedIn page, he worked as a manager.",
        "ChatOn is available in more than 120 countries.",
        "He uploaded the video to YouTube on Monday.",
        "Seth MacFarlane hosted the show last year.",
    ],
)
def test_names_written_in_one_word_are_not_glued_subheads(sentence):
    assert mend([sentence]) == [sentence]
