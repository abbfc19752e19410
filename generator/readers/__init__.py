"""Readers turn one content file into articles. One module per format, registered here.

A reader is a function from a `Source` (the decoded text of one file) to a list of
`RawArticle`; it raises `ReadError` for input it cannot use. Adding a format means adding a
module with a function decorated by `@reader(".ext", ...)` and importing it at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.model import RawArticle


@dataclass(frozen=True)
class Source:
    """One content file, decoded."""

    path: str  # relative to the content folder, '/'-separated
    text: str
    mtime: float


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


from generator.readers import markdown, text  # noqa: E402  (modules register themselves)

__all__ = ["READERS", "ReadError", "Reader", "Source", "markdown", "reader", "reader_for", "text"]
