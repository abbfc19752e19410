"""What the page planners make: pages, with the signature of what they show, in sections.

A page's `signature` holds the versions (`generator.link.site`) and plain values its
template context was made of: equal signatures, equal pages, as long as the templates and
settings are the same. A `Section` plans its pages in groups (an entry's page; an entity's
pages and feed; a page of the front page) and gives each group a key and a signature of its
own, so that the render stage can pass over an unchanged group without planning it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from generator.render.urls import page_url


@dataclass(frozen=True)
class Page:
    """One page: its site URL, its template, its template context and the signature of
    that context."""

    url: str  # site URL, e.g. "tags/geneva/"
    template: str
    context: dict[str, Any]
    signature: tuple


@dataclass(frozen=True)
class Section:
    """Groups of pages planned alike: group `i` has key `keys[i]` (its first page's URL)
    and signature `signatures[i]`, and `plan(i)` makes its pages. While a group's signature
    equals the one it had last time, its pages are what they were."""

    keys: Sequence[str]
    signatures: Sequence[object]
    plan: Callable[[int], list[Page]]


def single(page: Page) -> Section:
    """A section of one group of one page."""
    return Section((page.url,), (page.signature,), lambda _: [page])


@dataclass(frozen=True)
class Pagination:
    """One page of a paginated list: its number, the number of pages, its items and the
    URL of the list's first page."""

    number: int
    count: int
    items: tuple
    prefix: str

    @property
    def previous(self) -> str | None:
        return page_url(self.prefix, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.prefix, self.number + 1) if self.number < self.count else None


def paginate(items: tuple, per_page: int, prefix: str) -> list[Pagination]:
    """Split items into pages of `per_page` (always at least one page)."""
    size = max(per_page, 1)
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [()]
    return [Pagination(n, len(chunks), chunk, prefix) for n, chunk in enumerate(chunks, start=1)]


def versions(entries: Sequence) -> tuple[bytes, ...]:
    """The versions of entries (or entities), in order."""
    return tuple([entry.version for entry in entries])
