"""`{% cache entry %}…{% endcache %}`: a template block rendered once per entry (and key).

An article appears in the feed of every entity it mentions (thirty feeds is common), and
each feed renders its fifty newest entries. The block of one entry renders to the same text
in every feed, so it is rendered once and reused: by `digest build` across all feeds, and
by `digest serve` across rebuilds, where an edit re-renders the feeds of the edited
article's entities and each needs only that one entry rendered afresh.

The same holds for an entry's card in the lists of tag, month and home pages, whose
links are relative to the page: `{% cache entry, url(''), heading %}` adds values to the
key, here the way up to the site's root (links depend on nothing else of the page, see
`urls.relative_url`) and a macro argument.

The block is remembered per template, per place in it, per entry *version* (see
`generator.link.site`: a hash of everything about the entry) and per value of the further
keys (strings, integers, None), so a changed entry is rendered again. What the block shows
must depend only on the entry, the keys and site-wide settings (the site's title,
`absolute_url`). The memory lives with the Jinja environment, which the render stage makes
anew when a template or the configuration changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import count
from typing import ClassVar

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension

from generator.link.site import Entry

_unnamed = count()
# What may follow the entry in the tag's key: values that compare by value, exactly.
_KEYS = frozenset((str, int, type(None)))


class EntryFragments(Extension):
    """The `cache` tag (see the module's docstring)."""

    tags: ClassVar[set[str]] = {"cache"}

    def __init__(self, environment: jinja2.Environment):
        super().__init__(environment)
        # (template and line, version of the entry, further keys...) → rendered block
        self.rendered: dict[tuple, str] = {}
        self._kept = 0  # blocks left by the last trim
        environment.extend(entry_fragments=self)

    def parse(self, parser: jinja2.parser.Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        # Templates from strings have no name: each parse is a place of its own.
        name = parser.name if parser.name is not None else f"<string {next(_unnamed)}>"
        place = nodes.Const(f"{name}:{lineno}")
        entry = parser.parse_expression()
        more = []
        while parser.stream.skip_if("comma"):
            more.append(parser.parse_expression())
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        call = self.call_method("_render", [place, entry, nodes.Tuple(more, "load")])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _render(self, place: str, entry: object, more: tuple, caller: Callable[[], str]) -> str:
        if type(entry) is not Entry or any(type(value) not in _KEYS for value in more):
            return caller()  # only entries and plain values are known to be immutable
        key = (place, entry.version, *more)
        hit = self.rendered.get(key)
        if hit is None:
            hit = self.rendered[key] = caller()
        return hit

    def trim(self, entries: Sequence[Entry]) -> None:
        """`keep_only(entries)` once the blocks have doubled since the last trim: every edit
        leaves the blocks of the entry it replaced behind, and looking for them on every
        rebuild would cost more than keeping them a while."""
        if len(self.rendered) > 2 * self._kept + 64:
            self.keep_only(entries)
            self._kept = len(self.rendered)

    def keep_only(self, entries: Iterable[Entry]) -> None:
        """Forget the blocks of entries not among `entries` (those of the current site)."""
        current = {entry.version for entry in entries}
        self.rendered = {k: v for k, v in self.rendered.items() if k[1] in current}

    def clear(self) -> None:
        self.rendered = {}
        self._kept = 0
