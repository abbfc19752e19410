"""The search stage: after the write stage, a Pagefind index of the article pages in
`pagefind/` of the output folder, in shards (`pagefind.py`, `shards.py`), for the theme's
search page (`search/`).

`Indexer.index` runs with every write: `digest build` indexes the staged tree before the
write stage swaps it in (a site on disk always has the index of its pages). It indexes
again only the shards of the article pages the run rendered or removed, or every shard
when the tree has no index (a first build) or the shard count changes; a site without
articles has no index. `digest serve` calls `in_background`: a save's rebuild then only
asks for an index, a thread makes it once the browser has reloaded (one at a time; saves
during a run ask for one more run, not one each, of the shards they touched), and the
callback tells the session, which reloads the search pages.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator.config import Config
from generator.link.site import Site
from generator.problems import BuildFailed
from generator.render import Rendered
from generator.search.pagefind import BUNDLE, MANIFEST, Cancelled, Run, SearchError

# Told when a background index is ready: its seconds, or the error that stopped it.
Ready = Callable[[float, str | None], None]


class Indexer:
    """Keeps the output's search index up to date with its article pages."""

    def __init__(self, config: Config) -> None:
        self.output = config.output_dir
        self.enabled = config.search.enabled
        self.language = config.site.language
        # Result URLs like the site's own links: ".../index.html" unless directory URLs.
        self.keep_index_url = not config.site.directory_urls
        self.shard_pages = config.search.shard_pages
        self.seconds: float | None = None  # how long the last index took
        self._ready: Ready | None = None
        self._wanted = threading.Condition()
        self._pending = False  # an index was asked for and not yet started
        # The article pages rendered or removed since the index was last made (None: the
        # whole index is to be made again).
        self._touched: set[str] | None = set()
        self._running: Run | None = None
        self._closed = False
        self._stale = False  # a cancelled index left the output's index behind its pages
        self._thread: threading.Thread | None = None

    def in_background(self, ready: Ready) -> None:
        """Index on a thread of its own from now on, and call `ready` after each index."""
        self._ready = ready

    def has_index(self) -> bool:
        """Whether the output holds a search index."""
        return (self.output / BUNDLE / MANIFEST).is_file()

    def index(self, site: Site, rendered: Rendered, tree: Path | None = None) -> None:
        """Bring the index up to date after a run that wrote `rendered`: in the output, or,
        given `tree`, in the write stage's staged tree before it replaces the output (in the
        foreground), so that a site swapped in always has its index.

        Raises `BuildFailed` when indexing in the foreground fails."""
        bundle = (self.output if tree is None else tree) / BUNDLE
        if not site.entries or not self.enabled:
            # In a staged tree the bundle's files are links to the previous site's: only
            # the links go.
            shutil.rmtree(bundle, ignore_errors=True)
            return
        touched = {
            path
            for path in (*rendered.files, *rendered.removed)
            if path.startswith("articles/") and path.endswith(".html")
        }
        if not touched and not self._stale and (bundle / MANIFEST).is_file():
            return
        if self._ready is None or tree is not None:
            try:
                self._index(nice=False, tree=tree, touched=None if self._stale else touched)
            except SearchError as exc:
                self._stale = True
                where = (
                    "the previous site was left as it was"
                    if tree is not None
                    else "the pages were written, their search is out of date"
                )
                raise BuildFailed(f"search index not made: {exc}; {where}") from None
            self._stale = False
            return
        with self._wanted:
            if self._stale or self._touched is None:
                self._touched = None
            else:
                self._touched |= touched
            self._stale = False
            self._pending = True
            self._wanted.notify_all()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="digest-search-index", daemon=True
                )
                self._thread.start()

    def wait(self) -> None:
        """Return once no index is asked for or being made (at once in the foreground)."""
        with self._wanted:
            self._wanted.wait_for(
                lambda: self._closed or (not self._pending and self._running is None)
            )

    def close(self) -> None:
        """Stop indexing: a running index is cancelled and its files discarded; the next
        `index` makes the whole index again."""
        with self._wanted:
            self._closed = True
            running = self._running
            self._stale = self._stale or self._pending or running is not None
            self._wanted.notify_all()
        if running is not None:
            running.cancel()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self._thread, self._running, self._pending, self._closed = None, None, False, False

    def _run(self, nice: bool, tree: Path | None = None, touched: set[str] | None = None) -> Run:
        return Run(
            self.output,
            self.language,
            self.keep_index_url,
            self.shard_pages,
            nice=nice,
            tree=tree,
            touched=touched,
        )

    def _index(self, nice: bool, tree: Path | None = None, touched: set[str] | None = None) -> None:
        started = time.perf_counter()
        self._run(nice, tree, touched).index()
        self.seconds = time.perf_counter() - started

    def _work(self) -> None:
        while True:
            with self._wanted:
                self._wanted.wait_for(lambda: self._pending or self._closed)
                if self._closed:
                    return
                self._pending = False
                touched, self._touched = self._touched, set()
                run = self._running = self._run(True, touched=touched)
            started = time.perf_counter()
            error = None
            try:
                run.index()
            except Cancelled:
                return
            except (SearchError, OSError) as exc:
                error = str(exc)
            seconds = time.perf_counter() - started
            with self._wanted:
                self._running = None
                again = self._pending
                self._stale = self._stale or error is not None
                self._wanted.notify_all()
            if error is None:
                self.seconds = seconds
            # A save during the run asked for another: tell when the index is current.
            if (error is not None or not again) and self._ready is not None:
                self._ready(seconds, error)
