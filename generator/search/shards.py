"""Which shard of the search index an article page belongs to.

The article pages are indexed in `count` shards, each by a Pagefind run of its own, so that
Pagefind holds one shard's index in memory at a time and an edit re-indexes only the shards
of the pages it rendered or removed. `count` is the smallest power of two that puts at most
`[search] shard_pages` pages in a shard on average; a page's shard is a stable hash of its
path (relative to the output, "articles/<slug>/index.html") modulo `count`. The same pages
are in the same shards in every build, cold or warm, on every machine; doubling the count
splits each shard in two (a page of shard i goes to i or i + count).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def shard_count(pages: int, shard_pages: int) -> int:
    """The smallest power of two `count` with `pages / count <= shard_pages` (1 for none)."""
    count = 1
    while pages > count * shard_pages:
        count *= 2
    return count


def shard_of(rel: str, count: int) -> int:
    """The shard of the page at `rel` (a '/'-path relative to the output) among `count`."""
    digest = hashlib.blake2b(rel.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def assign(rels: Iterable[str], count: int) -> dict[int, list[str]]:
    """The pages of each non-empty shard, sorted, by shard number (in order)."""
    shards: dict[int, list[str]] = {}
    for rel in sorted(rels):
        shards.setdefault(shard_of(rel, count), []).append(rel)
    return dict(sorted(shards.items()))
