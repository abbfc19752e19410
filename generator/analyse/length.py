"""How long a summary may be (a setting of the analysis, read before any summariser is)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Length:
    """How long a summary may be: a sentence count and, optionally, a word budget."""

    sentences: int = 3
    words: int = 0
