"""Pagefind, the search index of a static site: run its binary over the article pages, one
shard at a time (`shards`), and bring `pagefind/` of the output folder up to date with
what it made.

The binary is the `extended` build shipped in the `pagefind-bin-extended` wheel (a
dependency of `pagefind[extended]`, pinned in pyproject.toml); nothing is downloaded.
Each shard is a Pagefind bundle of its own, `pagefind/<shard>/`, made from a temporary
folder of hard links to the shard's pages at their paths (so the results' URLs are those of
the site), and `pagefind/shards.json` lists the shards and their indexes for the search
page, which merges them (`templates/static/search.js`). Pagefind never removes files from
the folder it writes to, so it writes into a fresh staging folder beside the output, its
filter indexes are put in a canonical order (`canonical`), and `sync` moves over only the
files that changed, then deletes those the new index no longer has: unchanged files keep
their times, and the output holds exactly the files a cold build would make.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from generator.search.canonical import canonical_filters
from generator.search.shards import assign, shard_count, shard_of

# The pages the index is made of. Their template marks the indexed part
# (`data-pagefind-body`), the metadata shown with a result and the filters.
GLOB = "articles/**/*.html"
BUNDLE = "pagefind"
# Pagefind's pointer to the rest of a shard's index: written last, so that a browser
# searching while the index changes reads either the old index or the new one.
ENTRY = "pagefind-entry.json"
# The shards and their indexes (`pagefind/shards.json`), written after every shard: what
# the search page reads first, and what tells a build that the output has an index.
MANIFEST = "shards.json"
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


@dataclass(frozen=True)
class Indexed:
    """What a run did: the shard count, and the shards it indexed (or found empty)."""

    count: int
    shards: tuple[int, ...]


class Run:
    """One indexing of an output folder's article pages, shard by shard; `cancel()` from
    another thread stops it.

    `touched` are the article pages ('/'-paths) rendered or removed since the index was
    last made: only their shards are indexed again, unless the shard count changed or the
    index is missing or inconsistent; None indexes every shard."""

    def __init__(
        self,
        output: Path,
        language: str,
        keep_index_url: bool,
        shard_pages: int,
        nice: bool = False,
        tree: Path | None = None,
        touched: set[str] | None = None,
    ):
        self.output = output
        # The folder indexed: the output, or the write stage's staged tree that replaces it.
        self.tree = output if tree is None else tree
        self.language = language
        self.keep_index_url = keep_index_url
        self.shard_pages = shard_pages
        self.nice = nice
        self.touched = touched
        self._process: subprocess.Popen | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop the binary if it runs; `index` then raises `Cancelled`."""
        self._cancelled.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def index(self) -> Indexed:
        """Index the article pages of the tree into its `pagefind/` folder, one shard after
        the other (at most one Pagefind process at a time), then write the manifest."""
        bundle = self.tree / BUNDLE
        pages = article_pages(self.tree)
        count = shard_count(len(pages), self.shard_pages)
        shards = assign(pages, count)
        redo = self._plan(bundle, count, shards)
        for shard in sorted(redo):
            if self._cancelled.is_set():
                raise Cancelled
            if shard in shards:
                self._index_shard(shards[shard], bundle / str(shard))
            else:
                shutil.rmtree(bundle / str(shard), ignore_errors=True)
        _remove_others(bundle, {str(shard) for shard in shards} | {MANIFEST})
        _write_if_changed(bundle / MANIFEST, manifest(bundle, count, shards))
        return Indexed(count, tuple(sorted(redo)))

    def _plan(self, bundle: Path, count: int, shards: dict[int, list[str]]) -> set[int]:
        """The shards to index again (or remove): all, unless the manifest in `bundle`
        has this count and every shard of it is as listed."""
        everything = set(range(count))
        previous = read_manifest(bundle)
        if self.touched is None or previous is None or previous.get("count") != count:
            return everything
        listed = {entry["shard"]: entry["index"] for entry in previous["shards"]}
        redo = {shard_of(rel, count) for rel in self.touched}
        for shard in everything:
            # A shard that gained or lost its last page, or whose bundle is not the one
            # listed (a run stopped before the manifest was written).
            if shard in listed:
                stale = shard not in shards or _bundle_version(bundle / str(shard)) != listed[shard]
            else:
                stale = shard in shards
            if stale:
                redo.add(shard)
        return redo

    def _index_shard(self, pages: list[str], target: Path) -> None:
        if self.tree == self.output:
            staging = Path(
                tempfile.mkdtemp(prefix=f".{self.output.name}.pagefind-", dir=self.output.parent)
            )
        else:
            # Inside the staged tree, so a killed build's leftovers go with it.
            staging = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=self.tree))
        try:
            site, out = staging / "site", staging / "out"
            link_pages(self.tree, pages, site)
            self._run(site, out)
            if self._cancelled.is_set():
                raise Cancelled
            try:
                canonical_filters(out)
            except (OSError, EOFError, ValueError, KeyError, IndexError, TypeError) as exc:
                # Pagefind 1.5 exits with 0 when it could not write its files (a full
                # disk leaves an empty `pagefind-entry.json`): what it wrote cannot be read.
                raise SearchError(
                    f"Pagefind's output cannot be read ({type(exc).__name__}: {exc}); "
                    "is the disk full?"
                ) from None
            sync(out, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def command(self, site: Path, staging: Path) -> list[str]:
        """The command that indexes the pages below `site` into `staging`."""
        command = [
            str(binary()),
            "--site",
            str(site),
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
        return command

    def _run(self, site: Path, staging: Path) -> None:
        command = self.command(site, staging)
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


def article_pages(tree: Path) -> list[str]:
    """The article pages of `tree` ('/'-paths matching `GLOB`), sorted (a walk of the
    folder: twenty times faster than `Path.glob` over 10,000 pages)."""
    top = GLOB.split("/")[0]
    pages = []
    for folder, _, names in os.walk(tree / top):
        rel = Path(folder).relative_to(tree).as_posix()
        pages += [f"{rel}/{name}" for name in names if name.endswith(".html")]
    return sorted(pages)


def link_pages(tree: Path, pages: list[str], site: Path) -> None:
    """A folder `site` holding `pages` of `tree` at the same paths: hard links (one system
    call a page), copies where the file system has none."""
    for rel in pages:
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(tree / rel, target)
        except OSError:
            shutil.copyfile(tree / rel, target)


def manifest(bundle: Path, count: int, shards: dict[int, list[str]]) -> bytes:
    """The manifest of the shards' bundles in `bundle`: the shard count, each non-empty
    shard's folder and index, and a version naming them all."""
    listed = [
        {"shard": shard, "path": f"{shard}/", "index": _bundle_version(bundle / str(shard))}
        for shard in shards
    ]
    named = ";".join(f"{entry['shard']}:{entry['index']}" for entry in listed)
    version = hashlib.sha1(f"{count};{named}".encode()).hexdigest()[:16]
    data = {"version": version, "count": count, "shards": listed}
    return (json.dumps(data, separators=(",", ":")) + "\n").encode("utf-8")


def read_manifest(bundle: Path) -> dict | None:
    """The manifest in `bundle` (`pagefind/`), None without a readable one."""
    try:
        data = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("shards"), list):
            return None
        for entry in data["shards"]:
            if not isinstance(entry.get("shard"), int) or not isinstance(entry.get("index"), str):
                return None
        return data
    except (OSError, ValueError, AttributeError):
        return None


def index_version(output: Path) -> str:
    """What names the index in `output` (its manifest's version), "" without one: the
    search page compares it with the index it loaded (`templates/static/search.js`)."""
    data = read_manifest(output / BUNDLE)
    return str(data.get("version", "")) if data is not None else ""


def _bundle_version(folder: Path) -> str:
    """The languages' metadata hashes of the Pagefind bundle in `folder`, "" without one."""
    try:
        entry = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    languages = entry.get("languages", {})
    return ",".join(languages[name]["hash"] for name in sorted(languages))


def _remove_others(bundle: Path, keep: set[str]) -> None:
    """Remove what `bundle` holds besides `keep` (another shard count's folders, an index
    of an earlier layout)."""
    if not bundle.is_dir():
        return
    for path in sorted(bundle.iterdir()):
        if path.name in keep:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.new")
    temp.write_bytes(data)
    os.chmod(temp, 0o644)
    os.replace(temp, path)


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
