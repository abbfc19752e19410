"""Tidying a chosen sentence: what only makes sense next to the original article goes.

A summary sentence stands alone, away from the photos and the wire header of the
article, so "(pictured)", "(left)" and a leading "LONDON, England (CNN) --" are removed.
The words of the sentence are otherwise left exactly as the author wrote them.
"""

from __future__ import annotations

import re

# Brackets as written, spaced out or spelled by a PTB tokenizer: "(CNN)", "( CNN )",
# "-LRB- CNN -RRB-".
_OPEN = r"(?:\(|-LRB-)\s*"
_CLOSE = r"\s*(?:\)|-RRB-)"
# Case-insensitive, so that text lower-cased as a whole ("london , england -lrb- cnn
# -rrb- --") is tidied too.
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’ -]{0,40}(?:,\s*[A-Z][\w.'’ -]{0,30})?\s*)?"
    rf"{_OPEN}(?:CNN|AP|AFP|Reuters|UPI|EW\.com|Mashable|CNN Student News){_CLOSE}"
    r"\s*(?:--|—|–|-|:)?\s*",
    re.IGNORECASE,
)
_PHOTO_REFERENCE = re.compile(
    rf"\s*{_OPEN}(?:pictured|left|right|centre|center|above|below|top|bottom|inset|file photo)"
    rf"\b[^()]{{0,40}}?{_CLOSE}|\s*,\s*pictured(?:\s+(?:left|right|above|below|here))?\s*,(?=\s)",
    re.IGNORECASE,
)


def tidy(sentence: str) -> str:
    """`sentence` without a wire dateline at its start or references to photos."""
    text = _WIRE_DATELINE.sub("", sentence.strip(), count=1)
    text = _PHOTO_REFERENCE.sub("", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text or sentence.strip()
