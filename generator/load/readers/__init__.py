"""Readers turn one content file into articles. One module per format, registered here.

A reader is a function from a `Source` (the decoded text of one file) to a list of
`RawArticle`; it raises `ReadError` for a file it cannot use at all, and reports a bad part of
a file it otherwise reads (one line of a dump) with `source.warn`. Adding a format means adding a
module with a function decorated by `@reader(".ext", ...)` and naming the module for its
extensions in `FORMATS`.

A format's module is imported when the first file of that format is read, not before: a
`digest build` that finds nothing changed reads no file, and the libraries behind the readers
(feedparser, trafilatura, Markdown, YAML) were a fair part of its time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import PurePosixPath

from generator.articles import RawArticle

Warn = Callable[[str, int | None], None]


def _ignore(message: str, line: int | None = None) -> None:
    """The default for `Source.warn` when nobody collects the warnings (direct calls, tests)."""


@dataclass(frozen=True)
class Source:
    """One content file, decoded."""

    path: str  # relative to the content folder, '/'-separated
    text: str
    mtime: float
    # A reader returns the articles it could read; what it skipped or had to guess on the way
    # (a bad line of a dump, a broken feed entry, a fallback extraction) goes here as
    # (reason, line), so one bad part does not cost the file's other articles.
    warn: Warn = _ignore


class ReadError(Exception):
    """A file (or one line of it) that cannot become an article."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


Reader = Callable[[Source], list[RawArticle]]

# The module of this package that reads each extension (with the dot, lower case).
FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".txt": "text",
}

# The readers of the modules imported so far, by extension.
READERS: dict[str, Reader] = {}


def reader(*extensions: str) -> Callable[[Reader], Reader]:
    """Register a reader for file extensions (with the dot, lower case)."""

    def register(func: Reader) -> Reader:
        for ext in extensions:
            READERS[ext] = func
        return func

    return register


def has_reader(path: str) -> bool:
    """Whether a reader handles a file name, by its extension (no reader is imported)."""
    return PurePosixPath(path).suffix.lower() in FORMATS


def reader_for(path: str) -> Reader | None:
    """The reader for a file name, by its extension; None when no reader handles it."""
    ext = PurePosixPath(path).suffix.lower()
    module = FORMATS.get(ext)
    if module is None:
        return None
    if ext not in READERS:
        # The module registers its reader on import.
        import_module(f"{__name__}.{module}")
    return READERS[ext]
