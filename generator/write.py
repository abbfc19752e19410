"""The write stage: put the rendered files on disk, replacing the previous site atomically.

A whole site is written into a fresh folder beside the output folder and swapped in with
two renames, so a build that fails or is interrupted before the swap leaves the previous
site exactly as it was. `Writer` (the stage as the pipeline runs it) writes the whole site
once, then only the files that changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from generator.render import Rendered


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


def write_site(files: Mapping[str, bytes] | Iterable[tuple[str, bytes]], output: Path) -> None:
    """Write `files` (relative '/'-paths → bytes, or such pairs as they come: a site can be
    written as it is rendered) as the new contents of `output`."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    pairs = sorted(files.items()) if isinstance(files, Mapping) else files
    try:
        for rel, data in pairs:
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


@dataclass(frozen=True)
class Written:
    """What one call of the write stage changed on disk."""

    written: int
    removed: int


class Writer:
    """Writes a site's output folder again and again: the whole site first, swapped in
    atomically (`write_site`), then only the files whose bytes changed (`update_site`)."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self._other: dict[str, bytes] | None = None  # last files that are not pages
        self._digests: dict[str, bytes] = {}  # or their digests, from a saved run

    def restore(self, digests: Mapping[str, bytes]) -> None:
        """Start from the site a saved run wrote (`generator.build_state`), whose files that
        are not pages had these digests: the next call writes only what changed."""
        self._other, self._digests = {}, dict(digests)

    @property
    def started(self) -> bool:
        """Whether this writer has written the site and its output folder is still there."""
        return self._other is not None and self.output.is_dir()

    def write(self, rendered: Rendered) -> Written:
        """Put `rendered` on disk: everything on the first call, the changes after that."""
        if self._other is None:
            write_site(chain(rendered.pages, rendered.other.items()), self.output)
            self._other = rendered.other
            return Written(rendered.rendered + len(rendered.other), 0)
        # A page rendered again may show what it showed: its file is left as it is (the
        # bytes compared with the file's), so unchanged files keep their times for hosts
        # and deploys. The other files (the API, static files) are made on every call and
        # compared with last call's bytes.
        # Every page is rendered before anything is written: a template error leaves the
        # site as it was.
        changes = {rel: data for rel, data in rendered.pages if _on_disk(self.output / rel) != data}
        last, digests = self._other, self._digests
        for rel, data in rendered.other.items():
            before = last.get(rel)
            if before is None and rel in digests:
                if digests[rel] != file_digest(data):
                    changes[rel] = data
            elif before != data:
                changes[rel] = data
        gone = (last.keys() | digests.keys()) - rendered.other.keys()
        removed = [*rendered.removed, *gone]
        update_site(changes, removed, self.output)
        self._other, self._digests = rendered.other, {}
        return Written(len(changes), len(removed))

    def stored(self) -> dict[str, bytes]:
        """The digests of the files that are not pages, as `generator.build_state` keeps
        them."""
        return {rel: file_digest(data) for rel, data in (self._other or {}).items()}


def file_digest(data: bytes) -> bytes:
    """16 bytes that stand for a file's content."""
    return hashlib.blake2b(data, digest_size=16).digest()


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
