"""The summary marks' word-by-word search without a compiled expression finds exactly what
the expression finds (`marks._patterns(sentence)[0]`), on random paragraphs full of the
cases that expression treats specially: tags, entities, quotes, glued words, words in
attributes, punctuation after the last word, letters that IGNORECASE folds."""

import random
import re

import pytest

from generator.render import marks

TEXT_WORDS = [
    *["talks", "Talks", "TALKS", "broke", "down", "the", "The", "SThe", "on", "Friday", "x"],
    *["2016", "a_b", "US", "u", "s", "Kiev", "i", "\u0130", "\u0131", "\u017f", "\u212a", "é"],
]
BETWEEN = [
    *[" ", " ", " ", " ", " ", "  ", "\n", "\u00a0", ",", ".", "!", "?", "…", "...", ";", "-", ")"],
    *["'", "‘", '"', "“", "«", "’", "”", "»"],
    *["<em>", "</em>", '<a href="/x">', "</a>", '<a title="the talks broke down">', "<br>"],
    *["</p><p>", "&amp;", "&#39;", "&quot;", "&", "<", ">"],
]
WORDS = ["talks", "broke", "down", "the", "on", "friday", "x", "us", "i", "s", "kiev", "a_b"]


def oracle(markup, sentence, at_block, at_char):
    """The first pattern's search, as `marks._find` ran it before the fast path."""
    pattern = marks._patterns(sentence)[0]
    for index in range(at_block, len(markup)):
        text = markup[index]
        start = at_char if index == at_block else 0
        for match in pattern.finditer(text, start):
            if not marks._in_tag(text, match.start()):
                return index, match.start(), match.end()
    return None


def random_case(rng: random.Random):
    blocks = [
        "".join(
            rng.choice(TEXT_WORDS if n % 2 else BETWEEN) * (1 + (rng.random() < 0.1))
            for n in range(rng.randint(0, 40))
        )
        for _ in range(3)
    ]
    # The words a reader sees (not those of tags and entities), of one block.
    words = marks._WORD.findall(re.sub(r"<[^>]*>|&#?\w+;", " ", rng.choice(blocks)))
    if words and rng.random() < 0.7:
        # Words of the text in order, so that a match is likely.
        at = rng.randrange(len(words))
        chosen = words[at : at + rng.randint(2, 6)]
    else:
        chosen = [rng.choice(WORDS) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.3:
        chosen = [w.upper() if rng.random() < 0.5 else w.lower() for w in chosen]
    sentence = rng.choice(["", "“"]) + " ".join(chosen) + rng.choice(["", ".", "!”", " ..."])
    at_block = rng.randrange(len(blocks))
    at_char = rng.randint(0, len(blocks[at_block]))
    return blocks, sentence, at_block, at_char


@pytest.mark.parametrize("seed", range(6))
def test_the_walk_finds_what_the_expression_finds(seed):
    rng = random.Random(seed)
    found = 0
    for _ in range(600):
        blocks, sentence, at_block, at_char = random_case(rng)
        words = marks._WORD.findall(sentence)
        if len(words) < 2 or not all(map(str.isascii, words)):
            continue
        expected = oracle(blocks, sentence, at_block, at_char)
        assert marks._find_words(blocks, words, at_block, at_char) == expected, (
            blocks,
            sentence,
            at_block,
            at_char,
        )
        found += expected is not None
    assert found > 50  # the cases exercise matches, not only misses


@pytest.mark.parametrize(
    ("text", "sentence", "marked"),
    [
        # An opening quote and the stops and closing quote after the last word.
        (
            "<p>He said “the talks broke down.” Then</p>",
            "The talks broke down.",
            "“the talks broke down.”",
        ),
        # A glued drop cap, tags and an entity between words.
        (
            "<p>SThe <em>talks</em> &amp; down</p>",
            "The talks down",
            "The <em>talks</em> &amp; down",
        ),
        # Letters IGNORECASE folds: a long s and a Kelvin sign.
        ("<p>the ta\u017f\u212a</p>", "the task", "the ta\u017f\u212a"),
    ],
)
def test_marks_found_by_the_walk(text, sentence, marked):
    found = marks._find_words([text], marks._WORD.findall(sentence), 0, 0)
    assert found is not None
    assert text[found[1] : found[2]] == marked
    assert found == oracle([text], sentence, 0, 0)


def test_a_match_inside_an_attribute_is_passed_over_as_the_expression_does():
    text = '<p><a title="the talks broke">the talks</a> broke</p>'
    found = marks._find_words([text], ["the", "talks", "broke"], 0, 0)
    assert found == oracle([text], "the talks broke", 0, 0)
    assert found is not None and not marks._in_tag(text, found[1])
    # The expression's search goes on after the end of the match it passed over, which
    # here took the first word of the only match outside the tag: none is found.
    text = '<p><a title="talks">talks talks</a></p>'
    assert oracle([text], "talks talks", 0, 0) is None
    assert marks._find_words([text], ["talks", "talks"], 0, 0) is None


def test_the_first_expression_is_compiled_only_for_sentences_the_walk_cannot_take(monkeypatch):
    compiled = []
    real = re.compile

    def counting(pattern, flags=0):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(marks.re, "compile", counting)
    text = "<p>The talks broke down on Friday in Kiev.</p>"
    assert marks._find([text], "The talks broke down on Friday in Kiev.", 0, 0) is not None
    assert all(marks._GAP not in pattern for pattern in compiled)
    # Not ASCII: the expressions, as before.
    assert marks._find(["<p>The talks in Kyïv.</p>"], "The talks in Kyïv.", 0, 0) is not None
    assert any(marks._GAP in pattern for pattern in compiled)
