r"""Whole words found with `str.find` instead of a regular expression per word.

`(?<!\w)word(?!\w)` is the usual way to find a word alone; compiled once per name of each
article, such patterns cost more than the searches themselves (the `re` module keeps only
so many compiled). These checks say the same thing about a span found with `str.find`.
"""

from __future__ import annotations


def is_word_char(char: str) -> bool:
    """Whether `\\w` matches `char` in a str pattern: a character `str.isalnum` says is
    one, or "_"."""
    return char.isalnum() or char == "_"


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has no word character right before or right after it, as
    `(?<!\\w)` and `(?!\\w)` around it require."""
    return not (start and is_word_char(text[start - 1])) and not (
        end < len(text) and is_word_char(text[end])
    )
