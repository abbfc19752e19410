"""URL slugs: Unicode-aware, path-safe, bounded in length."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_LENGTH = 80

# Names Windows refuses as file names, whatever the extension.
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


# Every rebuild in `digest serve` slugs every title and entity name again.
@lru_cache(maxsize=100_000)
def slugify(text: str, max_length: int = MAX_LENGTH) -> str:
    """A lower-case slug keeping letters of any script: "Abdulkafi al-Hamdo" → "abdulkafi-al-hamdo".

    Accents on Latin letters are dropped ("Zürich" → "zurich"); other scripts are kept
    ("Москва" → "москва"). Never empty, never "." or "..", never a reserved device name.
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text)
    slug = re.sub(r"[\W_]+", "-", text, flags=re.UNICODE).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    if not slug or slug in _RESERVED:
        slug = f"item-{slug}" if slug else "item"
    return slug


def unique_slugs(wanted: list[str]) -> list[str]:
    """Make slugs unique in order: the second "x" becomes "x-2", the third "x-3"."""
    taken: set[str] = set()
    result = []
    for slug in wanted:
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
