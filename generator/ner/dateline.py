"""The dateline: the place a news story was filed from, in capitals at the top of the story.

Wire copy opens its first paragraph with one: "MOSCOW, Dec 6 (Reuters) - ...", "WASHINGTON
(AP) — ...", "DURBAN, South Africa 1996-12-06", "APPLETON, Wis." with the date on the next
line. The small model often misses it (a name in capitals beside a date) or calls it an
organisation, yet it is always a place. Headlines in capitals ("SOCCER - LEEDS WIN") are not
datelines: after a dateline's dash the story goes on in mixed case.
"""

from __future__ import annotations

import re

_LINES = 5  # a dateline comes after the headline and a byline, if any
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
)
_DATE = rf"(?:\d{{4}}-\d\d-\d\d|{_MONTH})"
_PLACE = r"[A-Z][A-Z'’.-]*[A-Z.](?:\s+[A-Z][A-Z'’.-]*[A-Z.]){0,3}"
_REGION = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\.)?"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:\s*,\s*{_REGION})?\s*"
    rf"(?:,?\s*{_DATE}\b|\((?:[A-Z][\w.]*\s*)+\)|[-–—]+\s+(?=.*[a-z])|(?P<alone>$))"
)
_DATE_LINE = re.compile(rf"\s*{_DATE}")


def dateline(text: str) -> tuple[int, int] | None:
    """The (start, end) of the dateline's place name in `text`, or None if it has none."""
    offset = 0
    lines = text.split("\n", _LINES)
    for number, line in enumerate(lines[:_LINES]):
        found = _DATELINE.match(line)
        if found and (found.group("alone") is None or _dated(lines, number)):
            return offset + found.start("place"), offset + found.end("place")
        offset += len(line) + 1
    return None


def _dated(lines: list[str], number: int) -> bool:
    # A place alone on its line is a dateline only if the date follows on the next line.
    return number + 1 < len(lines) and bool(_DATE_LINE.match(lines[number + 1]))
