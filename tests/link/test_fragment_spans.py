"""Where a record's forms stand in its article (`fragments._spans`): whole words, any case,
the same places a pattern per name would find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.link.fragments import _spans, _starts_with_word


def by_pattern(forms, text):
    return [
        match.span()
        for form in forms
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)
    ]


@pytest.mark.parametrize(
    ("forms", "text"),
    [
        (["London"], "LONDON (Reuters) - London's mayor met Londoners in London."),
        (["Al"], "Al al-Assad and Al_Smith met Al."),
        (["Rue Bichat"], "rue bichat, Rue Bichatx and Rue  Bichat"),
        (["Istanbul"], "İstanbul and Istanbul"),  # lower case changes the text's length
        (["Zürich"], "ZÜRICH and Zürich"),  # a form not in ASCII
        (["aa"], "aaaa aa aaa"),
    ],
)
def test_spans_are_the_whole_words_a_pattern_finds(forms, text):
    assert _spans(forms, text) == by_pattern(forms, text)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(st.text(alphabet="aAbB _-.'", min_size=1, max_size=4), min_size=1, max_size=3),
    st.text(alphabet="aAbB _-.'é1", max_size=40),
)
def test_spans_agree_with_the_pattern_on_any_text(forms, text):
    assert _spans(forms, text) == by_pattern(forms, text)


def test_a_form_opens_the_text_as_whole_words():
    assert _starts_with_word(" Hadamard was", " Hadamard")
    assert not _starts_with_word(" Hadamards", " Hadamard")
    assert _starts_with_word(" Hadamard", " Hadamard")
