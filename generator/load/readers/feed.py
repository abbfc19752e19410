"""RSS and Atom files, as a feed reader saves them: one article per entry.

An entry's full content is used when the feed carries it, its description otherwise. Slugs
come from entry titles; entries of one feed that share a title are told apart by a hash of
their id, so a slug does not change when the feed gains or loses other entries.
"""

from __future__ import annotations

import hashlib
import io
import re
from calendar import timegm
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urljoin

from generator.articles import Block, Metadata, RawArticle
from generator.load.readers import ReadError, Source, reader
from generator.load.readers.blocks import html_blocks, html_text
from generator.load.readers.meta import is_web_address, metadata_from_mapping
from generator.text.slug import slugify

_XML_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@reader(".xml", ".rss", ".atom")
def read_feed(source: Source) -> list[RawArticle]:
    """One article per usable entry; broken entries go to `source.warn` and are skipped."""
    # The text is already decoded: declare it as the UTF-8 it is now. Passing a stream (never
    # a string) keeps feedparser from treating the content as a URL or a file name to open.
    data = source.text.lstrip("\ufeff")
    if _XML_ENCODING.match(data):
        data = _XML_ENCODING.sub(r"\1\2utf-8\2", data, count=1)
    elif not data.lstrip().startswith("<?xml"):
        # On the same line, so parse errors keep the file's own line numbers (feedparser
        # would otherwise add a declaration line of its own).
        data = '<?xml version="1.0" encoding="utf-8"?>' + data
    import feedparser  # imported when a feed is read (see html.py)

    parsed = feedparser.parse(io.BytesIO(data.encode("utf-8", "replace")))
    problem = parsed.get("bozo_exception")
    line = _line_of(problem)
    if not parsed.entries and parsed.bozo:
        raise ReadError(f"not a readable feed: {_reason(problem)}", line)
    if not parsed.version:
        raise ReadError("not an RSS or Atom feed")
    if not parsed.entries:
        raise ReadError("the feed has no entries")
    notes: list[tuple[str, int | None]] = []
    if parsed.bozo and not isinstance(problem, feedparser.CharacterEncodingOverride):
        notes.append((f"feed is not well-formed ({_reason(problem)}); read it leniently", line))
    channel = parsed.feed
    titles = [slugify(_title(e)) if _title(e) else None for e in parsed.entries]
    articles = []
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            meta = _metadata(entry, channel)
            if meta.title and titles.count(titles[number - 1]) > 1:
                meta = replace(meta, slug=f"{titles[number - 1]}-{_entry_hash(entry)}")
            blocks = _blocks(entry)
            if not blocks:
                raise ReadError("no content or description")
        except ReadError as exc:
            notes.append((f"entry {number} skipped: {exc.message}", exc.line))
            continue
        articles.append(RawArticle(source.path, meta, blocks, source.mtime, f"entry {number}"))
    if not articles and parsed.bozo:
        # A truncated or broken file: one clear reason rather than a line per lost entry.
        raise ReadError(f"not a readable feed: {_reason(problem)}", line)
    for message, at in notes:
        source.warn(message, at)
    return articles


def _metadata(entry, channel) -> Metadata:
    """The entry's metadata. A link that is not a web address is left out: feedparser also
    offers non-URL guids as links, and a `javascript:` link must never reach a page."""
    values: dict = {
        "title": _title(entry),
        "author": entry.get("author"),
        "source": html_text(channel.get("title", "")),
        "lang": entry.get("language") or channel.get("language"),
        "tags": [t.get("term") for t in entry.get("tags", []) if t.get("term")],
    }
    # dict.get: feedparser's own get() maps "updated" to "published" with a deprecation warning.
    parsed_date = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if parsed_date:
        values["date"] = datetime.fromtimestamp(timegm(parsed_date), UTC)
    else:
        values["date"] = dict.get(entry, "published") or dict.get(entry, "updated")
    link = urljoin(channel.get("link", ""), entry.get("link", ""))
    if is_web_address(link):
        values["url"] = link
    if entry.get("content") and entry.get("summary"):
        values["description"] = html_text(entry.summary)
    return metadata_from_mapping(values)


def _title(entry) -> str:
    return html_text(entry.get("title", ""))


def _blocks(entry) -> tuple[Block, ...]:
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in candidates:
        if not detail or not (detail.get("value") or "").strip():
            continue
        if detail.get("type") in _HTML_TYPES:
            return html_blocks(detail["value"])
        return tuple(Block(" ".join(p.split())) for p in detail["value"].splitlines() if p.strip())
    return ()


def _entry_hash(entry) -> str:
    key = entry.get("id") or entry.get("link") or entry.get("summary", "")
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:6]


def _line_of(problem) -> int | None:
    get_line = getattr(problem, "getLineNumber", None)
    return get_line() if callable(get_line) else None


def _reason(problem) -> str:
    message = getattr(problem, "getMessage", None)
    text = message() if callable(message) else str(problem or "unknown error")
    return " ".join(text.split()) or type(problem).__name__
