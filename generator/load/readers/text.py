"""Plain text: scraped articles, one paragraph per line, with optional `Key: value` headers."""

from __future__ import annotations

import re

from generator.articles import Block, RawArticle
from generator.load.readers import Source, reader
from generator.load.readers.meta import metadata_from_mapping

HEADER_KEYS = (
    "title",
    "date",
    "source",
    "url",
    "author",
    "lang",
    "slug",
    "tags",
    "summary",
    "draft",
)
_HEADER = re.compile(r"^({})\s*:\s*(.*)$".format("|".join(HEADER_KEYS)), re.IGNORECASE)


@reader(".txt")
def read_text(source: Source) -> list[RawArticle]:
    """One article. Header lines count only when every line before the first blank one is one."""
    lines = source.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header: dict[str, str] = {}
    if "" in lines:
        head = lines[: lines.index("")]
        matches = [_HEADER.match(line.strip()) for line in head]
        if head and all(matches):
            header = {m.group(1): m.group(2).strip() for m in matches if m}
            lines = lines[len(head) + 1 :]
    meta = metadata_from_mapping(header)
    blocks = tuple(Block(" ".join(line.split())) for line in lines if line.strip())
    return [RawArticle(source.path, meta, blocks, source.mtime)]
