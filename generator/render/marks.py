"""An article's summary marked inside its text, so the article page need not print the
summary sentences twice (once as a summary, once in the body).

Summary sentences are extracted from the text, usually its opening sentences, so each is
found in the paragraphs and wrapped in `<mark class="summary-mark">`. The summariser tidies
a sentence before showing it ("(pictured)" and wire datelines go, see
`generator.analyse.summaries.tidy`), so a sentence is looked for word by word with only
spaces, punctuation and tags between its words; failing that, by its first and last words
with at most `SLACK` characters more than the sentence between them. Sentences not found
(a summary written by hand, a sentence the tidying changed too much) are returned apart,
for the page to show as a summary of its own.

Marks go around text only: inside an HTML paragraph, a sentence that spans a link or an
emphasis is marked piece by piece between the tags, so the markup stays well nested.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.articles import Block

_WORD = re.compile(r"\w+", re.UNICODE)
# Between two words of a sentence in HTML: anything but a word character, a tag, a
# character entity.
_GAP = r"(?:[^\w<&]|<[^>]*>|&#?\w+;)+"
_TAG = re.compile(r"<[^>]*>")
# What ends a sentence after its last word: its full stop, closing quotes and brackets.
_END = r"(?:[.!?…]+['’\"”»)]*)?"
# And before its first word: an opening quotation mark. The word may also be glued to the
# letter before it, where the summariser cut a doubled drop cap ("SThe talks") or a
# subhead ("rose sharplyThe Ministry") off the sentence.
_START = r"(?:['‘\"“«]\s?)?(?:\b|(?<=[^\W\d_])(?=[A-Z]))"
# How many characters more than the sentence itself its first and last words may span.
SLACK = 80
ANCHOR = 3  # words at either end in the second search


@dataclass(frozen=True)
class MarkedText:
    """An article's paragraphs as HTML, its summary sentences marked."""

    blocks: tuple[Markup, ...]
    unmarked: tuple[str, ...]  # summary sentences not found in the text, in summary order

    @property
    def marked(self) -> bool:
        """Whether any summary sentence is marked in the text."""
        return any("summary-mark" in block for block in self.blocks)


def mark_summary(blocks: Sequence[Block], summary: Sequence[str]) -> MarkedText:
    """The paragraphs of an article as HTML (`<p>` for plain text, the sanitised HTML of
    rich formats), with each sentence of `summary` marked where it is found, in order."""
    markup = [b.html if b.html else f"<p>{html.escape(b.text, quote=False)}</p>" for b in blocks]
    unmarked = []
    at_block, at_char = 0, 0
    for sentence in summary:
        found = _find(markup, sentence, at_block, at_char)
        if found is None:
            unmarked.append(sentence)
            continue
        index, start, end = found
        before = markup[index]
        markup[index] = _wrap(before, start, end)
        # Later sentences are looked for after this one: a summary keeps article order.
        at_block, at_char = index, end + len(markup[index]) - len(before)
    return MarkedText(tuple(Markup(m) for m in markup), tuple(unmarked))


def _patterns(sentence: str) -> list[re.Pattern]:
    words = [re.escape(html.escape(w, quote=False)) for w in _WORD.findall(sentence)]
    if len(words) < 2:
        return []
    found = [re.compile(_START + _GAP.join(words) + r"\b" + _END, re.IGNORECASE)]
    if len(words) >= 2 * ANCHOR:
        head, tail = _GAP.join(words[:ANCHOR]), _GAP.join(words[-ANCHOR:])
        span = len(html.escape(sentence, quote=False)) + SLACK
        found.append(
            re.compile(
                rf"{_START}{head}(?:(?!</?p\b).){{0,{span}}}?{tail}\b{_END}",
                re.IGNORECASE | re.DOTALL,
            )
        )
    return found


def _find(markup: list[str], sentence: str, at_block: int, at_char: int):
    for pattern in _patterns(sentence):
        for index in range(at_block, len(markup)):
            text = markup[index]
            start = at_char if index == at_block else 0
            for match in pattern.finditer(text, start):
                if not _in_tag(text, match.start()):
                    return index, match.start(), match.end()
    return None


def _in_tag(text: str, position: int) -> bool:
    """Whether `position` lies inside a tag (an attribute's value, say)."""
    return text.rfind("<", 0, position) > text.rfind(">", 0, position)


def _wrap(text: str, start: int, end: int) -> str:
    """`text` with every run of text between `start` and `end` in a mark."""
    pieces, position = [], start
    for tag in _TAG.finditer(text, start, end):
        pieces.append(_mark(text[position : tag.start()]))
        pieces.append(tag.group())
        position = tag.end()
    pieces.append(_mark(text[position:end]))
    return text[:start] + "".join(pieces) + text[end:]


def _mark(text: str) -> str:
    return f'<mark class="summary-mark">{text}</mark>' if text.strip() else text
