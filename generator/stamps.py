"""Stamps: what tells a build that a file changed without reading it.

A file's stamp is its modification time and size. The saved build state
(`generator.build_state`) keeps the stamps of every content file, template and output file
of the run that saved it, and a `digest build` that finds them all the same has nothing to do
(`generator.build`). They are kept apart from the stages that also use them so that this check
imports none of the pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.config import Config

# The default theme shipped inside the package (`generator.render.theme`).
THEME_DIR = Path(__file__).resolve().parent / "render" / "theme"


def file_stamp(path: str) -> tuple[int, int]:
    """A file's (modification time, size); (-1, -1) when it cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


def templates_stamp(config: Config) -> tuple:
    """Every file of the site's templates and of the theme, with its modification time and
    size: when this changes, every page is rendered again."""
    found = []
    for root in (config.templates_dir, THEME_DIR):
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                try:
                    st = path.stat()
                except OSError:
                    continue
                found.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(found)


def output_stamps(output: Path) -> dict[str, tuple[int, int]]:
    """Every file below `output` (relative '/'-path) with its modification time and size."""
    found: dict[str, tuple[int, int]] = {}
    folders = [(str(output), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
                    else:
                        st = entry.stat(follow_symlinks=False)
                        found[prefix + entry.name] = (st.st_mtime_ns, st.st_size)
        except OSError:
            continue
    return found
