"""Pagefind, the search index of a static site: run its binary over the article pages and
bring `pagefind/` of the output folder up to date with what it made.

The binary is the `extended` build shipped in the `pagefind-bin-extended` wheel (a
dependency of `pagefind[extended]`, pinned in pyproject.toml); nothing is downloaded.
Pagefind never removes files from the folder it writes to, so it writes into a fresh
staging folder beside the output, its filter indexes are put in a canonical order
(`canonical`), and `sync` moves over only the files that changed, then deletes those the
new index no longer has: unchanged files keep their times, and the output holds exactly
the files a cold build would make.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from generator.search.canonical import canonical_filters

# The pages the index is made of. Their template marks the indexed part
# (`data-pagefind-body`), the metadata shown with a result and the filters.
GLOB = "articles/**/*.html"
BUNDLE = "pagefind"
# Pagefind's pointer to the rest of the index: written last, so that a browser searching
# while the index changes reads either the old index or the new one.
ENTRY = "pagefind-entry.json"
# Pagefind's ready-made search interfaces; the theme's search page uses its own, on
# `pagefind.js` (see templates/static/search.js), so these are not published.
UNUSED = frozenset(
    {
        "pagefind-ui.js",
        "pagefind-ui.css",
        "pagefind-modular-ui.js",
        "pagefind-modular-ui.css",
        "pagefind-component-ui.js",
        "pagefind-component-ui.css",
        "pagefind-highlight.js",
    }
)


class SearchError(Exception):
    """The index could not be made: the binary is missing or failed."""


class Cancelled(Exception):
    """The run was cancelled (`Run.cancel`) before it finished."""


def binary() -> Path:
    """The Pagefind executable of the installed `pagefind-bin-extended` wheel."""
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        raise SearchError(
            "Pagefind is not installed: pip install 'pagefind[extended]' "
            "(a dependency of news-digest)"
        ) from None
    try:
        return get_executable()
    except FileNotFoundError as exc:
        raise SearchError(f"the Pagefind binary is missing: {exc}") from None


class Run:
    """One indexing of an output folder; `cancel()` from another thread stops it."""

    def __init__(
        self,
        output: Path,
        language: str,
        keep_index_url: bool,
        nice: bool = False,
        tree: Path | None = None,
    ):
        self.output = output
        # The folder indexed: the output, or the write stage's staged tree that replaces it.
        self.tree = output if tree is None else tree
        self.language = language
        self.keep_index_url = keep_index_url
        self.nice = nice
        self._process: subprocess.Popen | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop the binary if it runs; `index` then raises `Cancelled`."""
        self._cancelled.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def index(self) -> None:
        """Index the article pages of the output into its `pagefind/` folder."""
        if self.tree == self.output:
            staging = Path(
                tempfile.mkdtemp(prefix=f".{self.output.name}.pagefind-", dir=self.output.parent)
            )
        else:
            # Inside the staged tree, so a killed build's leftovers go with it.
            staging = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=self.tree))
        try:
            self._run(staging)
            if self._cancelled.is_set():
                raise Cancelled
            canonical_filters(staging)
            sync(staging, self.tree / BUNDLE)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _run(self, staging: Path) -> None:
        command = [
            str(binary()),
            "--site",
            str(self.tree),
            "--glob",
            GLOB,
            "--output-path",
            str(staging),
            # One index for every article whatever its language, searched from one page.
            "--force-language",
            self.language,
            "--quiet",
        ]
        if self.keep_index_url:
            command.append("--keep-index-url")
        # In the background of `digest serve`, the next rebuild comes first.
        if self.nice and shutil.which("nice"):
            command = ["nice", "-n", "10", *command]
        if self._cancelled.is_set():
            raise Cancelled
        # A session of its own: Ctrl-C in `digest serve` stops the session, which waits for
        # the index it promised rather than have it killed halfway.
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            out, _ = self._process.communicate()
        except BaseException:
            self._process.kill()
            self._process.wait()
            raise
        if self._cancelled.is_set():
            raise Cancelled
        if self._process.returncode != 0:
            lines = [line for line in out.splitlines() if line.strip()]
            raise SearchError(
                f"Pagefind failed (exit status {self._process.returncode}): " + " ".join(lines[-3:])
            )


def index_version(output: Path) -> str:
    """What names the index in `output` (its languages' metadata hashes), "" without one:
    the search page compares it with the index it loaded (`templates/static/search.js`)."""
    try:
        entry = json.loads((output / BUNDLE / ENTRY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    languages = entry.get("languages", {})
    return ",".join(languages[name]["hash"] for name in sorted(languages))


def sync(staging: Path, bundle: Path) -> tuple[int, int]:
    """Make `bundle` hold exactly the files of `staging` (less `UNUSED`), moving over only
    those whose bytes differ; returns (files written, files removed)."""
    made = {
        path.relative_to(staging).as_posix(): path
        for path in staging.rglob("*")
        if path.is_file() and path.name not in UNUSED
    }
    # The entry last: it names the rest.
    order = sorted(made, key=lambda rel: (rel == ENTRY, rel))
    written = 0
    for rel in order:
        target = bundle / rel
        if _same(made[rel], target):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(made[rel], 0o644)
        os.replace(made[rel], target)
        written += 1
    removed = 0
    if bundle.is_dir():
        for path in sorted(bundle.rglob("*"), reverse=True):
            rel = path.relative_to(bundle).as_posix()
            if path.is_dir():
                if not any(path.iterdir()):
                    path.rmdir()
            elif rel not in made:
                path.unlink()
                removed += 1
    return written, removed


def _same(path: Path, target: Path) -> bool:
    try:
        if target.stat().st_size != path.stat().st_size:
            return False
        return target.read_bytes() == path.read_bytes()
    except OSError:
        return False
