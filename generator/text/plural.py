"""Counts in messages: "1 article", "2 articles"."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """The count and the noun, plural unless the count is 1: "1 article", "0 articles".

    `noun` is a singular that takes "s" (article, page, tag page, warning, problem).
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
