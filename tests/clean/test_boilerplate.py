"""The cleaning rules, one by one."""

from generator.articles import Block
from generator.clean.boilerplate import (
    clean_blocks,
    corpus_boilerplate,
    is_footer_phrase,
    is_junk_line,
    is_outlet_line,
    is_prose,
    split_trailing_block,
)
from tests.helpers import SEED


def blocks(*lines):
    return tuple(Block(line) for line in lines)


PROSE = "The talks ended on Friday without an agreement, officials said."


def test_blogger_footer_in_vietnamese_is_removed_and_outlet_becomes_source():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    cleaned = clean_blocks(blocks(*lines))
    texts = [b.text for b in cleaned.blocks]
    assert cleaned.source == "Irish Independent"
    assert "Irish Independent" not in texts
    assert not any("nhận xét" in t for t in texts)
    assert texts[-1].startswith("Russian foreign minister Sergei Lavrov")
    assert cleaned.removed == 3


def test_footer_phrases_in_several_languages():
    for line in ("No comments:", "Post a Comment", "Keine Kommentare:", "Publier un commentaire"):
        assert is_footer_phrase(line), line
    assert not is_footer_phrase("No comments were made by the minister on Friday.")


def test_footer_in_an_unlisted_language_goes_by_structure():
    # A label ending in ':' and a short line after the text: not prose, not an outlet.
    cleaned = clean_blocks(blocks(PROSE, "Ingen kommentar her:", "Skriv ny kommentar"))
    assert [b.text for b in cleaned.blocks] == [PROSE]
    assert cleaned.source is None


def test_share_footer_with_network_names():
    cleaned = clean_blocks(blocks(PROSE, "Share this:", "Twitter", "Facebook", "Like this:"))
    assert [b.text for b in cleaned.blocks] == [PROSE]


def test_junk_lines_anywhere():
    for line in (
        "Advertisement",
        "Share this article",
        "Read more: Full coverage of the war in Syria",
        "Scroll down for video",
        "Sign up for our daily newsletter",
        "We use cookies to improve your experience.",
        "Click here to subscribe",
        "Follow us on Twitter",
    ):
        assert is_junk_line(line), line
    assert not is_junk_line(PROSE)
    assert not is_junk_line("Read the full statement, which ran to three pages, on Monday.")


def test_junk_line_in_the_middle_is_removed():
    cleaned = clean_blocks(blocks(PROSE, "Advertisement", PROSE.replace("Friday", "Monday")))
    assert len(cleaned.blocks) == 2


def test_outlet_line_shape():
    assert is_outlet_line("Irish Independent")
    assert is_outlet_line("The Daily Telegraph")
    assert not is_outlet_line("No comments:")
    assert not is_outlet_line("officials said")
    assert not is_outlet_line("A very long line that has far too many words to be a name")


def test_prose_and_trailing_block():
    assert is_prose(PROSE)
    assert is_prose('"This is absolutely false."')
    body, tail = split_trailing_block([PROSE, "Reuters", "Tweet"])
    assert body == [PROSE] and tail == ["Reuters", "Tweet"]


def test_metadata_source_is_kept_over_outlet_line():
    cleaned = clean_blocks(blocks(PROSE, "Irish Independent"))
    assert cleaned.source == "Irish Independent"
    assert [b.text for b in cleaned.blocks] == [PROSE]


def test_lines_repeated_across_the_corpus_are_boilerplate():
    bodies = [
        [f"Story {i} began with a long sentence about talks.", "Subscribe to The Globe"]
        for i in range(5)
    ]
    found = corpus_boilerplate(bodies)
    assert found == frozenset({"subscribe to the globe"})
    cleaned = clean_blocks(
        blocks(PROSE, "Our reporters in the region", PROSE + " Again."),
        found | {"our reporters in the region"},
    )
    assert [b.text for b in cleaned.blocks] == [PROSE, PROSE + " Again."]


def test_repetition_needs_three_articles_and_spares_long_lines():
    assert corpus_boilerplate([["Same line"], ["Same line"]]) == frozenset()
    long_line = " ".join(["word"] * 50)
    assert corpus_boilerplate([[long_line]] * 5) == frozenset()


def test_syndicated_copy_is_not_mistaken_for_boilerplate():
    lines = [PROSE, PROSE + " Again.", "Subscribe to The Globe"]
    found = corpus_boilerplate([lines] * 4)
    assert set(found) == {line.casefold() for line in lines}
    cleaned = clean_blocks(blocks(*lines), found)
    assert [b.text for b in cleaned.blocks] == [PROSE, PROSE + " Again."]
