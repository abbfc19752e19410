"""Python's cycle collector during a pipeline run.

A run's stages make millions of objects (at 10,000 articles: every article, analysis,
record, group, story and page plan) that live until the next run replaces them or the
process ends, and leave few cycles of garbage. Python's collector is started by allocations
and, each time the objects that survived grew by a quarter, goes through all of them again:
that was a third of a one-article `digest build` at 10,000 articles (docs/performance.md).
So a run works out its site model with the collector off, then exempts every object that
exists from later collections (`gc.freeze`) and turns it back on for rendering, whose
templates leave cycles of garbage behind. The load stage makes garbage in cycles too:
Python-Markdown's raw-HTML postprocessor leaves, for every text it converts, a closure that
refers to itself and holds what it worked on (a whole build of 10,000 articles held about
200 MB more at its peak without the collector there), so the collector runs while files
are read, over the objects made meanwhile only.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType


class Collector:
    """`with Collector(keep_frozen) as collector: ...; collector.model_made()`.

    The collector is off from the start of the block to `model_made`, which freezes what
    exists and turns it back on, except inside `collector.reading()`. At the end of the
    block the frozen objects become ordinary again unless `keep_frozen` (`digest serve`,
    whose session settles the garbage after each rebuild itself), so that what a later run
    drops is collected as usual.
    """

    def __init__(self, keep_frozen: bool) -> None:
        self._keep_frozen = keep_frozen
        self._enabled = gc.isenabled()

    def __enter__(self) -> Collector:
        self._enabled = gc.isenabled()
        gc.disable()
        return self

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Collect in the block, over the objects it makes: what exists is frozen first."""
        gc.freeze()
        if self._enabled:
            gc.enable()
        try:
            yield
        finally:
            gc.disable()

    def model_made(self) -> None:
        """Exempt every object made so far from collections, and collect again."""
        gc.freeze()
        if self._enabled:
            gc.enable()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._keep_frozen:
            gc.unfreeze()
        if self._enabled:
            gc.enable()


# Every this many rebuilds the garbage collector looks at everything again (see below).
FULL_COLLECTION_EVERY = 100


def settle_garbage(full: bool) -> None:
    """Exempt the objects that survived this rebuild from later garbage collections, after
    a collection of the young generation, or of everything when `full`.

    A full collection over a long-lived process's objects (serve's session, the warm build
    process: the spaCy model, the site) is long; left to Python, it lands inside a later
    rebuild (in serve, while the event stream should be telling browsers to reload), so it
    is run between rebuilds. Freezing after a young-generation collection costs nothing;
    what it can hold back (cycles among old objects that die later: tens per rebuild,
    measured) is collected by the full collection of every `FULL_COLLECTION_EVERY`-th
    rebuild, the first included.
    """
    if full:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
    gc.freeze()
