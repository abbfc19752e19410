"""Copies: a republished wire text is a copy; the same event in other words is not."""

from __future__ import annotations

from generator.stories import StoryGrouper, StorySettings
from generator.stories.copies import are_copies, shingles
from tests.fixtures.stories.articles import inputs

ARTICLES = {a.key: a for a in inputs()}


def shingles_of(key: str) -> frozenset[int]:
    return shingles(ARTICLES[key].title, ARTICLES[key].text)


def test_a_wire_text_under_another_headline_is_a_copy():
    assert are_copies(shingles_of("bridge-wire"), shingles_of("bridge-wire-herald"))


def test_a_wire_text_without_its_last_paragraph_is_a_copy():
    assert are_copies(shingles_of("bridge-wire"), shingles_of("bridge-wire-daily"))


def test_the_same_event_in_an_outlets_own_words_is_not_a_copy():
    assert not are_copies(shingles_of("bridge-wire"), shingles_of("bridge-own"))


def test_two_reports_sharing_a_sentence_are_not_copies():
    # The March and June rate stories share their last sentence word for word.
    assert not are_copies(shingles_of("rate-march"), shingles_of("rate-june"))


def test_one_paragraph_quoted_from_a_long_text_is_not_a_copy():
    paragraph = ARTICLES["bridge-wire"].text.split("\n")[0]
    assert not are_copies(shingles(paragraph, paragraph), shingles_of("bridge-wire"))


def test_identical_headlines_without_text_are_copies_and_different_ones_not():
    a = shingles("Mine rescue ends as all eleven freed", "")
    assert are_copies(a, shingles("Mine rescue ends as all eleven freed", ""))
    assert not are_copies(a, shingles("Mine rescue ends as all eleven workers freed", ""))


def test_shingles_do_not_depend_on_case_or_spacing():
    assert shingles("", "The  BRIDGE fell into the river today") == shingles(
        "", "the bridge fell into\nthe river today"
    )


def test_a_story_lists_its_copies_once_with_every_outlet():
    stories = StoryGrouper(StorySettings()).group(inputs())
    bridge = next(s for s in stories.stories if "bridge-wire" in s.members)
    assert bridge.copies == (("bridge-wire", "bridge-wire-daily", "bridge-wire-herald"),)
    outlets = {ARTICLES[k].source for k in bridge.copies[0]}
    assert outlets == {"Coastline Wire", "Veloria Daily", "Harbour Herald"}
    # Three copies count as one text.
    assert bridge.sources == len(bridge.members) - 2
