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

The word-by-word search is one regular expression per sentence (`_patterns`), but
compiling it costs more than rendering the page (a millisecond or more per sentence): for
a sentence of ASCII words `_find_words` walks the text instead and finds the very match
that expression would, and the expressions are compiled only for other sentences and for
the second search.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.articles import Block
from generator.text.words import is_word_char

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


def block_markup(block: Block) -> str:
    """A paragraph's HTML on the page: its own, or, for a plain format's paragraph (None) and
    a rich one that is its text in one `<p>` ("", see `load.readers.blocks.rich_block`),
    the text escaped in a `<p>`."""
    return block.html if block.html else f"<p>{html.escape(block.text, quote=False)}</p>"


def mark_summary(blocks: Sequence[Block], summary: Sequence[str]) -> MarkedText:
    """The paragraphs of an article as HTML (`<p>` for plain text, the sanitised HTML of
    rich formats), with each sentence of `summary` marked where it is found, in order."""
    markup = list(map(block_markup, blocks))
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
    """The word-by-word search, then the second one (`_anchored`)."""
    words = _escaped(sentence)
    if len(words) < 2:
        return []
    whole = re.compile(_START + _GAP.join(words) + r"\b" + _END, re.IGNORECASE)
    return [whole, *_anchored(sentence)]


def _anchored(sentence: str) -> list[re.Pattern]:
    """The second search: the first and last `ANCHOR` words, at most `SLACK` characters
    more than the sentence apart (none for a short sentence)."""
    words = _escaped(sentence)
    if len(words) < 2 * ANCHOR:
        return []
    head, tail = _GAP.join(words[:ANCHOR]), _GAP.join(words[-ANCHOR:])
    span = len(html.escape(sentence, quote=False)) + SLACK
    return [
        re.compile(
            rf"{_START}{head}(?:(?!</?p\b).){{0,{span}}}?{tail}\b{_END}",
            re.IGNORECASE | re.DOTALL,
        )
    ]


def _escaped(sentence: str) -> list[str]:
    return [re.escape(html.escape(w, quote=False)) for w in _WORD.findall(sentence)]


def _find(markup: list[str], sentence: str, at_block: int, at_char: int):
    words = _WORD.findall(sentence)
    if len(words) >= 2 and all(map(str.isascii, words)):
        found = _find_words(markup, words, at_block, at_char)
        if found is not None:
            return found
        # The first expression would have found nothing either: only the second is left.
        patterns = _anchored(sentence)
    else:
        patterns = _patterns(sentence)
    for pattern in patterns:
        for index in range(at_block, len(markup)):
            text = markup[index]
            start = at_char if index == at_block else 0
            for match in pattern.finditer(text, start):
                if not _in_tag(text, match.start()):
                    return index, match.start(), match.end()
    return None


_QUOTES = "'‘\"“«"  # as in `_START`
_STOPS = ".!?…"  # as in `_END`
_CLOSERS = "'’\"”»)"
_ENTITY = re.compile(r"&#?\w+;")
# Characters that `[A-Z]` matches under IGNORECASE besides the ASCII letters.
_CASED_LIKE_ASCII = "\u0130\u0131\u017f\u212a"
# Characters equal to an ASCII letter under IGNORECASE although `lower()` differs.
_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def _find_words(markup: list[str], words: list[str], at_block: int, at_char: int):
    """Where the first of `_patterns(sentence)` matches first (block, start, end), for a
    sentence of ASCII `words`, without compiling it: the words must follow each other
    with only gaps between them (`_GAP`: anything but a word character outside tags and
    character entities), which leaves one way to match from each start."""
    lowered = [word.lower() for word in words]
    # Small and shared by every sentence that starts with the word: `re` caches it.
    starts = re.compile(f"(?={re.escape(words[0])})", re.IGNORECASE)
    for index in range(at_block, len(markup)):
        text = markup[index]
        resume = at_char if index == at_block else 0
        for match in starts.finditer(text, resume):
            at = match.start()
            if at < resume or not _may_start(text, at):
                continue
            end = _follow(text, at, lowered)
            if end is None:
                continue
            start = _opening(text, at, resume)
            if _in_tag(text, start):
                # The expression's search goes on after the match it found in a tag.
                resume = end
                continue
            return index, start, end
    return None


def _may_start(text: str, at: int) -> bool:
    """`_START`'s word boundary, or a word glued to a letter before it."""
    if at == 0 or not is_word_char(text[at - 1]):
        return True
    before, char = text[at - 1], text[at]
    glued = before.isalnum() and not before.isdecimal()  # [^\W\d_]
    return glued and ((char.isascii() and char.isalpha()) or char in _CASED_LIKE_ASCII)


def _opening(text: str, at: int, bound: int) -> int:
    """Where the match of a first word at `at` starts: at an opening quotation mark
    before it (and a space between), not before `bound`."""
    if at - 1 >= bound and text[at - 1] in _QUOTES:
        return at - 1
    if at - 2 >= bound and text[at - 1].isspace() and text[at - 2] in _QUOTES:
        return at - 2
    return at


def _follow(text: str, at: int, lowered: list[str]) -> int | None:
    """The end of the words matched from `at` on, gaps between them and `_END` after the
    last, or None."""
    size = len(text)
    position = at
    for number, word in enumerate(lowered):
        if number:
            after = _gap_end(text, position)
            if after == position:
                return None
            position = after
        if not _same(text[position : position + len(word)], word):
            return None
        position += len(word)
        # A word is whole: a gap or the end follows (`\b` after the last one).
        if position < size and is_word_char(text[position]):
            return None
    stops = position
    while stops < size and text[stops] in _STOPS:
        stops += 1
    if stops == position:
        return position
    while stops < size and text[stops] in _CLOSERS:
        stops += 1
    return stops


def _gap_end(text: str, position: int) -> int:
    """The end of the gap (`_GAP`, greedy) from `position`; `position` when there is none."""
    size = len(text)
    while position < size:
        char = text[position]
        if char == "<":
            close = text.find(">", position + 1)
            if close < 0:
                break
            position = close + 1
        elif char == "&":
            entity = _ENTITY.match(text, position)
            if entity is None:
                break
            position = entity.end()
        elif is_word_char(char):
            break
        else:
            position += 1
    return position


def _same(piece: str, lowered: str) -> bool:
    """Whether `piece` of the text equals the lower-case ASCII word as IGNORECASE has it."""
    if len(piece) != len(lowered):
        return False
    if piece.lower() == lowered:
        return True
    if piece.isascii():
        return False
    return all(
        char.lower() == want or _FOLDS.get(char) == want
        for char, want in zip(piece, lowered, strict=True)
    )


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
