"""Evaluation commands: `python -m generator.evaluate summaries|entities [PATH]`.

Each evaluation is a module with `add_arguments(parser)` and `run(args) -> int`; they
measure exactly what the build does, on JSON Lines files anyone can point them at.

Without PATH they read the third-party evaluation set the project reports its figures on.
Those sets are not in the repository: they live in `../shared/data` beside a checkout, and
when that is absent the command says so and what to pass instead.
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


# Beside the checkout: generator/evaluate/__init__.py → generator → checkout → its folder.
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def missing_default_set(path: Path, kind: str, shape: str, fixture: str) -> str:
    """The message for an evaluation run without PATH whose default set is not there."""
    return (
        f"error: no evaluation set given, and the default one is not here: {path}\n"
        "The evaluation sets are not in the repository (the project keeps them in "
        "../shared/data beside the checkout). Pass a JSON Lines file of "
        f"{shape} lines, for example the small one the tests use:\n"
        f"  python -m generator.evaluate {kind} {fixture}"
    )
