"""Readers turn one content file into articles. One module per format, registered here.

A reader is a function from a `Source` (the decoded text of one file) to a list of
`RawArticle`; it raises `ReadError` for a file it cannot use at all, and reports a bad part of
a file it otherwise reads (one line of a dump) with `source.warn`. Adding a format means adding a
module with a function decorated by `@reader(".ext", ...)` and importing it at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

READERS: dict[str, Reader] = {}


def reader(*extensions: str) -> Callable[[Reader], Reader]:
    """Register a reader for file extensions (with the dot, lower case)."""

    def register(func: Reader) -> Reader:
        for ext in extensions:
            READERS[ext] = func
        return func

    return register


def reader_for(path: str) -> Reader | None:
    """The reader for a file name, by its extension; None when no reader handles it."""
    return READERS.get(PurePosixPath(path).suffix.lower())


# Modules register themselves on import.
from generator.load.readers import feed, html, jsonl, markdown, text  # noqa: E402

__all__ = [
    "READERS",
    "ReadError",
    "Reader",
    "Source",
    "Warn",
    "feed",
    "html",
    "jsonl",
    "markdown",
    "reader",
    "reader_for",
    "text",
]
