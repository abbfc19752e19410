"""Evaluation commands: `python -m generator.evaluate summaries|entities PATH`.

Each evaluation is a module with `add_arguments(parser)` and `run(args) -> int`; they
measure exactly what the build does, on JSON Lines files anyone can point them at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def json_lines(path: Path, fields: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON Lines file.

    Raises ValueError naming the first line that is not JSON or lacks one of `fields`.
    """
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: not JSON: {exc}") from None
            if not isinstance(row, dict) or not set(fields) <= row.keys():
                needed = ", ".join(f'"{f}"' for f in fields)
                raise ValueError(f"line {number}: needs {needed}")
            yield number, row
