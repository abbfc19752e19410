"""The dateline, byline and credits: where a news story was filed from and who wrote it.

The dateline is the place, in capitals at the top of the story.
Wire copy opens its first paragraph with one: "MOSCOW, Dec 6 (Reuters) - ...", "WASHINGTON
(AP) — ...", "DURBAN, South Africa 1996-12-06", "APPLETON, Wis." with the date on the next
line, "KUALA LUMPUR: The ..." on news sites. The small model often misses it (a name in
capitals beside a date) or calls it an organisation, yet it is always a place. Headlines in
capitals ("SOCCER - LEEDS WIN") are not datelines: after a dateline's dash the story goes on
in mixed case. The byline is the reporter's name on a line of its own, after "By" or just
above the dateline. At the report's end, the reporters credited with it ("CNN's Sean Morris and
Dave Alsup contributed to this report") are people too.
"""

from __future__ import annotations

import re

from generator.text.lexicon import is_common_word

_LINES = 5  # a dateline comes after the headline and a byline, if any
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
)
_DATE = rf"(?:\d{{4}}-\d\d-\d\d|{_MONTH})"
_PLACE = r"[A-Z][A-Z'’.-]*[A-Z.](?:\s+[A-Z][A-Z'’.-]*[A-Z.]){0,3}"
_REGION = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\.)?"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:\s*,\s*{_REGION})?\s*"
    rf"(?:,?\s*{_DATE}\b|\((?:[A-Z][\w.]*\s*)+\)|(?:[-–—]+|:)\s+(?=.*[a-z])|(?P<alone>$))"
)
_DATE_LINE = re.compile(rf"\s*{_DATE}")
# A line of a press release or a page's furniture in capitals before a date is no place:
# "FOR IMMEDIATE RELEASE July 13, 2009" (ECB+: a place page), "UPDATED: March 3, 2016",
# "POSTED Jan 5, 2015".
_NOT_A_PLACE = re.compile(
    r"(?:FOR|BY|TO|ON|AT|FROM|WITH|UPDATED|POSTED|PUBLISHED|RELEASED|LAST|EMBARGOED)\b"
)
# "Nadim Ladki", "Simona de Logu", "K.T. Arasu", "By Elif Kaban": two to four name words.
_NAME_WORD = r"(?:[A-Z][a-z'’-]+|(?:[A-Z]\.){1,3}|[A-Z]\.?)"
_BYLINE = re.compile(
    rf"\s*(?P<by>By\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|van|von|al|bin|da|del|la|le)\s+)?"
    rf"{_NAME_WORD}){{1,3}})\s*$"
)


def dateline(text: str) -> tuple[int, int] | None:
    """The (start, end) of the dateline's place name in `text`, or None if it has none."""
    offset = 0
    lines = text.split("\n", _LINES)
    for number, line in enumerate(lines[:_LINES]):
        found = _DATELINE.match(line)
        if (
            found
            and (found.group("alone") is None or _dated(lines, number))
            and not _NOT_A_PLACE.match(found.group("place"))
        ):
            return offset + found.start("place"), offset + found.end("place")
        offset += len(line) + 1
    return None


def _dated(lines: list[str], number: int) -> bool:
    # A place alone on its line is a dateline only if the date follows on the next line.
    return number + 1 < len(lines) and bool(_DATE_LINE.match(lines[number + 1]))


def byline(text: str) -> tuple[int, int] | None:
    """The (start, end) of the reporter's name in `text`, or None: a line of its own among
    the first lines that starts with "By", or that stands right above the dateline."""
    place = dateline(text)
    offset = 0
    for number, line in enumerate(text.split("\n", _LINES)[:_LINES]):
        end = offset + len(line)
        found = _BYLINE.match(line)
        # Not the first line: a short headline may stand right above the dateline.
        above_dateline = number > 0 and place is not None and end + 1 == _line_start(text, place[0])
        # ... but a menu or share line of a web page is made of common words ("Most Read").
        if above_dateline and found and all(is_common_word(w) for w in found["name"].split()):
            above_dateline = False
        if found and (found.group("by") or above_dateline):
            return offset + found.start("name"), offset + found.end("name")
        offset = end + 1
    return None


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


# The credit for a report's reporters at its end: "CNN's Sean Morris, AnneClaire Stapleton
# and Dave Alsup contributed to this report.", "Journalist Monica Sarkar contributed to this
# report.", "CNN meteorologists Dave Hennen and Matt Daniel contributed reporting." Only
# after an outlet's possessive or a reporter's occupation, which say the list is of people:
# "The Associated Press contributed to this report", "Reuters contributed reporting" credit
# an agency.
_CONTRIBUTED = re.compile(
    r"\s+(?:also\s+)?contributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b"
)
_CREDITED_PEOPLE = re.compile(
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s?['’\"]s"
    r"|\b(?i:journalists?|reporters?|correspondents?|producers?|meteorologists?|interns?"
    r"|photographers?|writers?))\s+(?=[A-Z])"
)
_CREDIT_SENTENCE = 240  # characters before "contributed" looked through for the opener
# Where the credit's sentence opens: after a full stop, a question or exclamation mark (a
# quotation's end after it too) or a line break.
_SENTENCE_OPEN = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n")


def contributors(text: str) -> list[tuple[int, int]]:
    """The (start, end) stretches of `text` that list the people credited with a report
    ("CNN's A, B and C contributed to this report"): a name inside one is a person's,
    unless "in" comes before it ("Shirzad Bozorgmehr in Tehran")."""
    if "contributed" not in text:
        return []
    found = []
    for credit in _CONTRIBUTED.finditer(text):
        start = max(0, credit.start() - _CREDIT_SENTENCE)
        sentence = _SENTENCE_OPEN.split(text[start : credit.start()])[-1]
        opener = _CREDITED_PEOPLE.search(sentence)
        if opener is not None:
            found.append((credit.start() - len(sentence) + opener.end(), credit.start()))
    return found
