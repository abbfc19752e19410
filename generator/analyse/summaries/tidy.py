"""Tidying a chosen sentence: what only makes sense next to the original article goes.

A summary sentence stands alone, away from the photos and the wire header of the
article, so "(pictured)", "(left)", a photo credit in brackets ("(AP Photo/Jane Roe)") and
a leading dateline are removed:

- a wire dateline with a known agency: "LONDON, England (CNN) --", "(Reuters) -";
- any source in brackets after a place or a date: "BARCELONA, Feb 1 (Wire) -",
  "Nov. 11 (Bloomberg) --", "Mannheim, Germany (Sports Network) -" (a place written in
  capitals, or one with a comma, or a date before the brackets: "Apple (AAPL) - shares
  rose" keeps its words); with a date, also in lower-cased text;
- a place in capitals and a dash: "PARIS — ", "ST.-DENIS, France — ", when a capital
  letter, a digit or a quotation follows ("NATO — the alliance said" stays).

The words of the sentence are otherwise left exactly as the author wrote them.
"""

from __future__ import annotations

import re

# Brackets as written, spaced out or spelled by a PTB tokenizer: "(CNN)", "( CNN )",
# "-LRB- CNN -RRB-".
_OPEN = r"(?:\(|-LRB-)\s*"
_CLOSE = r"\s*(?:\)|-RRB-)"
_DASH = r"\s*(?:--|—|–|-|:)?\s*"
# Case-insensitive, so that text lower-cased as a whole ("london , england -lrb- cnn
# -rrb- --") is tidied too.
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’ -]{0,40}(?:,\s*[A-Z][\w.'’ -]{0,30})?\s*)?"
    rf"{_OPEN}(?:CNN|AP|AFP|Reuters|UPI|EW\.com|Mashable|CNN Student News){_CLOSE}{_DASH}",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:\s*,?\s*\d{{4}})?"
# A place: capitalised words (with St., hyphens, apostrophes); in capitals, or followed by
# a region after a comma.
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_SOURCE = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_SOURCE_DATELINE = re.compile(
    rf"^(?:{_CAPS_PLACE}(?:\s*,\s*{_PLACE})?(?:\s*,\s*{_DATE})?|{_PLACE}\s*,\s*{_PLACE}"
    rf"(?:\s*,\s*{_DATE})?|(?:{_PLACE}\s*,\s*)?{_DATE})"
    rf"\s*{_OPEN}{_SOURCE}{_CLOSE}\s*(?:--|—|–|-)\s*(?=[A-Z0-9\"“‘'])"
)
# With a date before the brackets the shape alone tells, in any case (lower-cased text).
_DATED_DATELINE = re.compile(
    rf"^(?:[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s*,\s*)?{_DATE}"
    rf"\s*{_OPEN}[\w.&'’-]+(?:\s+[\w.&'’-]+){{0,3}}{_CLOSE}\s*(?:--|—|–|-)\s*",
    re.IGNORECASE,
)
_CAPS_DATELINE = re.compile(rf"^{_CAPS_PLACE}(?:\s*,\s*{_PLACE})?\s*(?:--|—|–)\s*(?=[A-Z0-9\"“‘'])")
_PHOTO_REFERENCE = re.compile(
    rf"\s*{_OPEN}(?:pictured|left|right|centre|center|above|below|top|bottom|inset|file photo)"
    rf"\b[^()]{{0,40}}?{_CLOSE}|\s*,\s*pictured(?:\s+(?:left|right|above|below|here))?\s*,(?=\s)",
    re.IGNORECASE,
)
# A credit in brackets: "(AP Photo/Jane Roe)", "(Photo: Getty Images)", "(Reuters/John Doe)"
# ("(as well as having her image used on posters)" is prose and stays).
_CREDIT = re.compile(
    r"\s*\((?:[^()]*\b(?:Photo|Photograph|Picture|Image)s?\s*(?::|/|\bby\b|\bcredit\b)[^()]*"
    r"|[^()]*\bGetty Images\b[^()]*|(?:AP|AFP|EPA|Reuters)\s*/[^()]*)\)",
    re.IGNORECASE,
)


def tidy(sentence: str) -> str:
    """`sentence` without a dateline at its start, photo references or photo credits."""
    text = _WIRE_DATELINE.sub("", sentence.strip(), count=1)
    text = _SOURCE_DATELINE.sub("", text, count=1)
    text = _DATED_DATELINE.sub("", text, count=1)
    text = _CAPS_DATELINE.sub("", text, count=1)
    text = _PHOTO_REFERENCE.sub("", text)
    text = _CREDIT.sub("", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text or sentence.strip()
