"""The cues' prefilters (`cues.EndsIn`) skip a pattern only where it cannot match.

Each pattern wrapped in `EndsIn` gets strings that match it (ASCII, so that the prefilter,
not its fallback, decides), and its prefilter must let every one through: a way through a
pattern whose ending is missing from its `ends` fails here. The strings are generated from
the pattern at random, and made of every pair of the pattern's own words.
"""

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse.mentions import cues
from generator.analyse.mentions.cues import EndsIn

PREFILTERED = sorted(name for name, value in vars(cues).items() if isinstance(value, EndsIn))
EXAMPLES = settings(
    max_examples=100,
    deadline=None,
    database=None,  # no .hypothesis folder left in the checkout
    suppress_health_check=list(HealthCheck),
)


def test_the_patterns_before_a_name_are_prefiltered():
    assert {"_PLACE_BEFORE", "_CLUB_BEFORE", "_ROLE_BEFORE", "_LINE_START"} <= set(PREFILTERED)


@pytest.mark.parametrize("name", PREFILTERED)
def test_prefilter_lets_every_match_through(name):
    wrapped = getattr(cues, name)

    @EXAMPLES
    @given(st.from_regex(wrapped.pattern, alphabet=st.characters(codec="ascii")))
    def check(text):
        if wrapped.pattern.search(text):
            assert wrapped.may_match(text)
            assert wrapped.search(text).span() == wrapped.pattern.search(text).span()

    check()


# Besides the pattern's own words: a year, a name, small words and the marks the patterns
# end in.
_EXTRA_WORDS = ("2015", "Smith", "and", "the", ",", '"', "(", ")", "/", ":", "@", ".")


@pytest.mark.parametrize("name", PREFILTERED)
def test_prefilter_lets_every_pair_of_the_patterns_words_through(name):
    wrapped = getattr(cues, name)
    source = re.sub(r"\\[a-zA-Z]|\(\?[a-zA-Z]+[:)]", " ", wrapped.pattern.pattern)
    words = sorted(set(re.findall(r"[A-Za-z][A-Za-z'-]*", source)) | set(_EXTRA_WORDS))
    for first, second in itertools.product(["", *words], words):
        for end in (" ", "\n", ""):
            text = f"x {first} {second}{end}"
            if wrapped.pattern.search(text):
                assert wrapped.may_match(text), text


def test_ending_word_decides():
    wrapped = EndsIn(re.compile(r"\b(?:born|living)\s+in\s+$"), "in")
    assert wrapped.search("she was born in ")
    assert wrapped.search("she was born In \n") is None  # "In" passes, the pattern decides
    assert wrapped.may_match("she was born In \n")
    # Counter-example: no "in" at the end, the pattern is not run.
    assert not wrapped.may_match("she was born at ")
    assert not wrapped.may_match("in the city ")


def test_without_its_ending_a_way_through_the_pattern_is_lost():
    # What the generated matches guard against: "thrashed" is a way through `_CLUB_BEFORE`.
    pattern = cues._CLUB_BEFORE.pattern
    assert pattern.search("Leeds thrashed ")
    assert cues._CLUB_BEFORE.search("Leeds thrashed ")
    assert not EndsIn(pattern, "to over against").may_match("Leeds thrashed ")


def test_case_is_compared_as_the_engine_compares_it():
    wrapped = EndsIn(re.compile(r"\bin\s+$", re.IGNORECASE), "in")
    assert wrapped.search("born IN ")
    # The engine pairs "İ" with "i" without case; `str.lower` makes two characters of it,
    # so a tail that is not ASCII is left to the pattern.
    assert wrapped.search("born \u0130N ")
    assert wrapped.search("born \u0131n ")


def test_line_start_and_contains():
    line = EndsIn(re.compile(r"(?:^|\n)[ \t]*$"), line_start=True)
    assert line.search("Photos\n  ") and line.search("") and line.search(" \t")
    assert not line.may_match("a line ")
    building = EndsIn(re.compile(r"\b(?i:temple)s?\s+of\s+$"), contains=("temple",))
    assert building.search("the Temples of ")
    assert not building.may_match("the ruins of ")
