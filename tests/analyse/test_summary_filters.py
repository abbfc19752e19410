"""The news summariser's sentence filters, redundancy rule and sentence tidying."""

from __future__ import annotations

import pytest

from generator.analyse.summaries import filters
from generator.analyse.summaries.captions import split_glued
from generator.analyse.summaries.redundancy import is_redundant, overlap
from generator.analyse.summaries.sentences import mend
from generator.analyse.summaries.tidy import tidy
from generator.text.tokenize import tokenizer_for

GOOD = "The council approved the new budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    "sentence",
    [
        "PUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 14:22 EST, 3 April 2015",
        "Last updated at 5:33 PM on 6th January 2012.",
        "12 March 2015.",
    ],
)
def test_dateline(sentence):
    assert filters.is_dateline(sentence)
    assert filters.rejects(sentence) == "dateline"


def test_dateline_keeps_sentences_with_dates():
    assert not filters.is_dateline(
        "The bridge reopened on 12 March 2015 after two years of repairs."
    )


@pytest.mark.parametrize(
    "sentence", ["By . John Smith .", "By Sarah Jones and Tom Brown", "By Daily Mail Reporter"]
)
def test_byline(sentence):
    assert filters.is_byline(sentence)
    assert filters.rejects(sentence) == "byline"


def test_byline_keeps_sentences_starting_with_by():
    assert not filters.is_byline("By the end of the week the river had risen by two metres.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Scroll down for video The mayor opened the new library on Monday morning.",
        "Click here to see the full gallery of the winning photographs.",
    ],
)
def test_prompt(sentence):
    assert filters.is_prompt(sentence)
    assert filters.rejects(sentence) == "prompt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Short and sweet: the actress revealed her new haircut at the premiere.",
        "The minister arriving in Geneva on Friday for the talks",
        "Photo: the flooded high street in the early morning, seen from the bridge.",
        # Captions run together by a scraper: one "sentence" far longer than any real one.
        " ".join(["The crowd cheered as the parade passed the town hall"] * 7) + ".",
    ],
)
def test_caption(sentence):
    assert filters.is_caption(sentence)
    assert filters.rejects(sentence) == "caption"


def test_caption_keeps_reported_speech_with_a_colon():
    assert not filters.is_caption("The mayor said: 'We will rebuild the bridge by the summer.'")
    assert not filters.is_caption(GOOD)


@pytest.mark.parametrize(
    "sentence", ["But will the plan work?", "Who pays for the repairs, and when?'"]
)
def test_question(sentence):
    assert filters.is_question(sentence)
    assert filters.rejects(sentence) == "question"


@pytest.mark.parametrize(
    "sentence",
    ["He was 88.", "It is a fantastic opportunity.", "and then the rain came down hard."],
)
def test_fragment(sentence):
    assert filters.is_fragment(sentence)
    assert filters.rejects(sentence) == "fragment"


def test_quote_without_speaker_is_rejected():
    sentence = "'We are ready to pay our obligations on time and in full.'"
    assert filters.is_bare_quote(sentence)
    assert filters.rejects(sentence) == "quote"


def test_quote_with_speaker_is_kept():
    sentence = "'We are ready to pay on time,' the deputy finance minister said on Monday."
    assert not filters.is_bare_quote(sentence)
    assert filters.rejects(sentence) is None


def test_quotation_running_over_sentences():
    sentences = [
        "The coach said: 'I had a taste of management at my last club and enjoyed it.",
        "I am fortunate to have been put into this position at a great club.",
        "It is about the players and nobody else in the end.'",
        "The club will confirm the appointment on Friday morning.",
    ]
    assert filters.quote_states(sentences) == [False, True, True, False]
    states = filters.quote_states(sentences)
    verdicts = [filters.rejects(s, q) for s, q in zip(sentences, states, strict=True)]
    assert verdicts == [None, "quote", "quote", None]


def test_apostrophes_do_not_open_quotations():
    sentences = ["The players' union met the club's owners on Monday evening.", GOOD]
    assert filters.quote_states(sentences) == [False, False]


def test_ordinary_sentence_passes_every_filter():
    assert filters.rejects(GOOD) is None


def test_redundancy_rule():
    chosen = [{"council", "approv", "budget", "tuesday"}]
    assert overlap({"council", "approv", "budget", "debat"}, chosen) == 0.75
    assert is_redundant({"council", "approv", "budget", "debat"}, chosen)
    assert not is_redundant({"council", "river", "flood", "bridg"}, chosen)
    # Exactly half is not "more than half".
    assert not is_redundant({"council", "budget", "river", "flood"}, chosen)
    assert is_redundant(set(), chosen)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("LONDON, England (CNN) -- The talks ended.", "The talks ended."),
        ("(CNN)The talks ended.", "The talks ended."),
        ("The minister (pictured) resigned.", "The minister resigned."),
        ("The minister, pictured left, resigned.", "The minister resigned."),
        # PTB-tokenised, and lower-cased as a whole.
        ("LONDON , England -LRB- CNN -RRB- -- The talks ended .", "The talks ended ."),
        ("WASHINGTON ( CNN ) -- The talks ended .", "The talks ended ."),
        ("london , england -lrb- cnn -rrb- -- the talks ended .", "The talks ended ."),
        ("The minister -LRB- pictured left -RRB- resigned .", "The minister resigned ."),
        ("The minister ( pictured ) resigned .", "The minister resigned ."),
        ("The minister , pictured , resigned .", "The minister resigned ."),
        ("the minister -lrb- pictured -rrb- resigned .", "The minister resigned ."),
        (GOOD, GOOD),
    ],
)
def test_tidy(sentence, expected):
    assert tidy(sentence) == expected


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(
    "header",
    [
        "By . Daily Mail Reporter . PUBLISHED : . 12:34 EST , 2 April 2013 . | . "
        "UPDATED : . 13:45 EST , 2 April 2013 .",
        "By . John Smith and Jane Doe . Last updated at 5:45 PM on 3rd May 2011 .",
        "By . Associated Press . PUBLISHED : . 04:01 EST , 12 June 2013 .",
    ],
)
def test_tokenised_header_debris_is_never_summary_material(header, lower):
    # Written in the shape of a PTB-tokenised DailyMail header; Punkt cuts it at every " .".
    text = header.lower() if lower else header
    pieces = tokenizer_for("english").to_sentences(text)
    assert len(pieces) > 2
    assert all(filters.rejects(piece, cased=not lower) for piece in pieces), pieces


def test_glued_caption_is_split_off_the_sentence_after_it():
    glued = (
        "Accused: Dr John Smith, 38, has denied four counts of assault "
        "A senior doctor is accused of groping a nurse during a night shift."
    )
    caption, sentence = split_glued(glued)
    assert caption == "Accused: Dr John Smith, 38, has denied four counts of assault"
    assert sentence == "A senior doctor is accused of groping a nurse during a night shift."
    assert filters.rejects(caption) == "caption"
    assert filters.rejects(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "He told The Times that the talks would go on until Friday.",
        "The man was only named as Mr Zhang when he was hit by a car.",
        "The court heard he offered to help Nurse A with her training.",
        GOOD,
    ],
)
def test_sentences_without_a_caption_stay_whole(sentence):
    assert split_glued(sentence) == [sentence]


def test_lower_cased_text_is_not_all_fragments():
    texts = ["the council approved the budget on tuesday after a long debate ."] * 3
    assert not filters.is_cased(texts)
    assert filters.rejects(texts[0], cased=False) is None
    assert filters.rejects(texts[0], cased=True) == "fragment"
    assert filters.is_cased([GOOD, "and a continuation with lower case here.", GOOD])


def test_clitics_decades_and_tokenised_quotes():
    tokenised = [
        "Chelsea 's interest in the striker is not new , the club said .",
        "The '90s were the band 's best years on the road , it 's said .",
        "'The record is a holy grail for cyclists , ' Wiggins said on Monday .",
        "He will try to break it in June at the velodrome in London .",
    ]
    assert filters.quote_states(tokenised) == [False, False, False, False]
    assert not filters.opens_quote(tokenised[1][4:])
    assert [filters.rejects(s) for s in tokenised] == [None] * 4


def test_tokenised_closing_quotes_after_a_word_end_the_quotation():
    # PTB-tokenised news puts a space before a closing mark: "'eccentric '". Taken for
    # an open quotation, it made every later sentence of the paragraph "quoted speech".
    tokenised = [
        "Emmanuel Adebayor is sometimes branded 'eccentric ' by pundits , writers and fans .",
        "After the forward posted a video of himself in Paris , it is not hard to see why .",
        "He called the deal `` the dumbest thing '' he has done in recent years .",
        "The club will decide on his future at the end of the season .",
    ]
    assert filters.quote_states(tokenised) == [False, False, False, False]
    assert [filters.rejects(s) for s in tokenised] == [None] * 4


def test_tokenised_opening_quotes():
    assert filters.opens_quote("`` We know where to look for the evidence , now . ''")
    assert filters.rejects("`` We know where to look for the evidence , now . ''") == "quote"
    said = "`` We know where to look for the evidence , '' the scientist said ."
    assert filters.rejects(said) is None
    running = [
        "The coach said : `` I had a taste of it at my last club .",
        "It is a holy grail . ''",
    ]
    assert filters.quote_states(running) == [False, True]


def test_speaker_between_two_quotations_counts():
    # The speaker stands between the quotation and a quoted title after it.
    sentence = (
        "'The approach of many Republicans is my way or the highway,' adviser Dan Pfeiffer "
        "told 'Fox News Sunday.'"
    )
    assert not filters.is_bare_quote(sentence)
    assert filters.is_bare_quote("'It is my way or the highway,' and 'Fox News Sunday.'")
    assert not filters.is_bare_quote(
        "'I will sue this place, sweetheart,' McHenry can be heard saying in the video."
    )


def test_mend_joins_a_split_after_initials_to_the_name():
    split = ["(CNN)Blues legend B.B.", "King was in hospital for two days last week."]
    assert mend(split) == ["(CNN)Blues legend B.B. King was in hospital for two days last week."]
    # A sentence that starts with a word that starts sentences is a real new sentence.
    real = ["The awards were held in Washington, D.C.", "The event mixes music and politics."]
    assert mend(real) == real


def test_mend_splits_sentences_glued_without_a_space():
    glued = "The toddler died of her injuries, a court has heard.Shocking details emerged."
    assert mend([glued]) == [
        "The toddler died of her injuries, a court has heard.",
        "Shocking details emerged.",
    ]
    # Abbreviations and domain names are not sentence ends.
    for sentence in ("He joined the U.S.Army in 1990.", "She shops at Amazon.com every day."):
        assert mend([sentence]) == [sentence]
