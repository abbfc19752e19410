"""JSON Lines dumps from scrapers: one article per line, each a JSON object.

Fields: `title`, `text` (one paragraph per line) or `html`, `url`, `date`, `source`,
`author`, `lang`, and the other metadata keys Markdown front matter takes. A bad line is
reported with its number and skipped; the good lines are still read.
"""

from __future__ import annotations

import json

from generator.articles import Block, RawArticle
from generator.load.readers import ReadError, Source, reader
from generator.load.readers.blocks import html_blocks
from generator.load.readers.meta import metadata_from_mapping


@reader(".jsonl")
def read_jsonl(source: Source) -> list[RawArticle]:
    """One article per non-blank line; bad lines go to `source.warn` with their line number."""
    articles = []
    # Only "\n" ends a line: str.splitlines() would also split at U+2028 inside a JSON string.
    for number, line in enumerate(source.text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_article(source, line, number))
        except ReadError as exc:
            source.warn(f"line skipped: {exc.message}", number)
    return articles


def _article(source: Source, line: str, number: int) -> RawArticle:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ReadError("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise ReadError(f"a line must be a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if text not in (None, "") and not isinstance(text, str):
        raise ReadError(f"'text' must be a string, got {type(text).__name__}")
    if html not in (None, "") and not isinstance(html, str):
        raise ReadError(f"'html' must be a string, got {type(html).__name__}")
    if text:
        blocks = tuple(Block(" ".join(p.split())) for p in text.splitlines() if p.strip())
    elif html:
        blocks = html_blocks(html)
    else:
        raise ReadError("no 'text' or 'html'")
    if not blocks:
        raise ReadError("the article text is empty")
    meta = metadata_from_mapping(record)
    return RawArticle(source.path, meta, blocks, source.mtime, part=f"line {number}")
