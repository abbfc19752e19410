"""Article metadata from the key/value pairs every format carries in its own way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.articles import Metadata
from generator.load.dates import DateError, read_date, shown
from generator.load.readers import ReadError

_TEXT_KEYS = ("title", "source", "url", "author", "lang", "summary", "slug", "description")
_ALIASES = {
    "link": "url",
    "language": "lang",
    "published": "date",
    "outlet": "source",
    "sitename": "source",
}
# Browsers ignore tabs, newlines and leading spaces in a URL scheme ("java\tscript:"), so the
# check is on the address as a browser would read it.
_WEB_ADDRESS = re.compile(r"\Ahttps?://[^\s/]", re.IGNORECASE)


def metadata_from_mapping(values: Mapping[str, Any]) -> Metadata:
    """Build `Metadata` from a mapping with case-insensitive keys; unknown keys are ignored.

    Raises `ReadError` for an unparseable date or a value of the wrong kind.
    """
    data = {
        _ALIASES.get(str(k).strip().lower(), str(k).strip().lower()): v for k, v in values.items()
    }
    fields: dict[str, Any] = {}
    for key in _TEXT_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, list) and key == "summary":
            if not all(isinstance(v, str | int | float) for v in value):
                raise ReadError("'summary' must be text or a list of lines")
            value = " ".join(str(v) for v in value)
        if not isinstance(value, str | int | float):
            raise ReadError(f"'{key}' must be text, got {type(value).__name__}")
        fields[key] = " ".join(str(value).split()) if key != "summary" else str(value).strip()
    if "url" in fields and not is_web_address(fields["url"]):
        # The address becomes a link on the article page: a javascript: URL would run there.
        raise ReadError(f"'url' must be an http:// or https:// address, got {fields['url']!r}")
    if data.get("date") not in (None, ""):
        try:
            found = read_date(data["date"])
        except DateError as exc:
            raise ReadError(str(exc)) from None
        fields["date"] = found.value
        if found.note:
            fields["date_note"] = found.note
    tags = data.get("tags")
    if tags:
        if isinstance(tags, str):
            tags = tags.split(",")
        if not isinstance(tags, list):
            raise ReadError(f"'tags' must be a list or a comma-separated string, got {shown(tags)}")
        if not all(isinstance(t, str | int | float) for t in tags):
            # A nested list would become a tag named after its Python repr.
            raise ReadError("'tags' must be a list of names, not of lists or mappings")
        fields["tags"] = tuple(t for t in (" ".join(str(x).split()) for x in tags) if t)
    draft = data.get("draft", False)
    if isinstance(draft, str):
        draft = draft.strip().lower() in ("true", "yes", "1")
    fields["draft"] = bool(draft)
    for key in ("summary_sentences", "summary_words"):
        if data.get(key) is not None:
            value = data[key]
            if (
                isinstance(value, bool)
                or not isinstance(value, int | str)
                or not str(value).isdigit()
            ):
                raise ReadError(f"'{key}' must be a whole number, got {shown(value)}")
            fields[key] = int(value)
    return Metadata(**fields)


def is_web_address(url: str) -> bool:
    """True for an absolute http(s) address, the only kind an article page links to."""
    return bool(_WEB_ADDRESS.match(" ".join(url.split())))
