"""The write stage: put the rendered files on disk, replacing the previous site atomically.

Everything is written into a fresh folder beside the output folder and swapped in with two
renames, so a build that fails or is interrupted before the swap leaves the previous site
exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path


class OutputError(Exception):
    """The output folder cannot be used (it would overwrite something that is not a site)."""


def check_output_dir(output: Path, protected: list[Path]) -> None:
    """Refuse an output folder that is, or contains, the site root, content or templates."""
    output = output.resolve()
    for path in protected:
        path = path.resolve()
        if output == path or path.is_relative_to(output):
            raise OutputError(
                f"output folder {output} would replace {path}; choose another output folder"
            )


def write_site(files: Mapping[str, bytes], output: Path) -> None:
    """Write `files` (relative '/'-paths → bytes) as the new contents of `output`."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    try:
        for rel, data in sorted(files.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        os.chmod(staging, 0o755)
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, output: Path) -> None:
    if not output.exists():
        staging.rename(output)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    retired.rmdir()
    output.rename(retired)
    try:
        staging.rename(output)
    except BaseException:
        retired.rename(output)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def update_site(changes: Mapping[str, bytes], removed: Iterable[str], output: Path) -> None:
    """Rewrite only `changes` and delete `removed` files in an existing output folder.

    For serve and watch mode, called only after a rebuild fully succeeded. Each file is
    written beside its target and renamed over it, so a request never reads half a file.
    """
    output = output.resolve()
    for rel, data in sorted(changes.items()):
        target = output / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    folders = set()
    for rel in removed:
        target = output / rel
        target.unlink(missing_ok=True)
        folders.add(target.parent)
    # Folders left empty (a deleted article's articles/<slug>/) go too, deepest first.
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != output and folder.is_relative_to(output):
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent
