"""The Schwartz–Hearst match of an abbreviation to the words it abbreviates.

Schwartz and Hearst, "A simple algorithm for identifying abbreviation definitions in
biomedical text" (2003): the short form's letters and digits are found in the long form in
order, read right to left, the first one opening a word. Used to tell a name with its
abbreviation in brackets ("Australian Maritime Safety Authority (Amsa)") and to find the
abbreviations an article defines (`generator.link.definitions`).
"""

from __future__ import annotations


def best_long_form(short: str, long: str) -> str | None:
    """The end of `long` that `short` abbreviates (Schwartz–Hearst), or None.

    Every letter or digit of `short` must appear in `long`, in order, read right to left,
    and its first character must open a word of `long`.
    """
    s, position = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].casefold()
        if not char.isalnum():
            s -= 1
            continue
        while position >= 0 and (
            long[position].casefold() != char
            or (s == 0 and position > 0 and long[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = long.rfind(" ", 0, position + 1) + 1
    return long[start:]
