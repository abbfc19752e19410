"""Bytes to text: strict UTF-8 (with or without BOM) first, then UTF-16 by BOM, then cp1252.

Detector libraries misread short cp1252 text (see the project's dependency notes), so the
order is fixed and a fallback is reported.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    fallback: bool  # True when the text was not UTF-8


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(data: bytes) -> Decoded:
    """Decode file contents; raises `DecodeError` for binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), "utf-16", True)
        except UnicodeDecodeError:
            raise DecodeError("invalid UTF-16 text") from None
    try:
        return _checked(data.decode("utf-8-sig"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"), "cp1252", True)
    except UnicodeDecodeError:
        raise DecodeError("not text: neither UTF-8, UTF-16 nor cp1252") from None


def _checked(text: str, encoding: str, fallback: bool) -> Decoded:
    if "\x00" in text:
        raise DecodeError("binary file (contains NUL bytes)")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(text) // 100):
        raise DecodeError("binary file (control characters)")
    # The few that real text carries (form feeds, stray escapes) are invalid in XML 1.0 and
    # would make the Atom feed unreadable; they carry no meaning in an article.
    return Decoded(text.translate(_STRIP), encoding, fallback)


# Those Python counts as whitespace (vertical tab, form feed, separators) become spaces.
_STRIP = {c: (" " if chr(c).isspace() else None) for c in range(32) if chr(c) not in "\t\n\r"}
