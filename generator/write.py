"""The write stage: put the rendered files on disk without ever losing a site or a user's file.

What it guarantees, and how (docs/reliability.md has the tests that pin each one):

* Only a folder this tool wrote is ever replaced. Every output holds a marker file
  (`MARKER`); an output path that is a file, or a folder that is neither empty nor marked
  (nor a site written before markers existed), is refused with an `OutputError` naming it.
* A build never leaves half a site. `write_site` (a whole new tree) and `write_changes` (the
  previous tree plus changed files minus removed ones, unchanged files hard-linked) write
  into a hidden staging folder beside the output, `.NAME.new-XXXX`, and swap it in with one
  atomic exchange (`renameat2(RENAME_EXCHANGE)` on Linux). Where the system cannot exchange,
  two renames are used and the next write (or `check_output_dir`) puts the previous site
  back if a kill fell between them. Files can be handed over as they are rendered: nothing
  holds the whole site in memory.
* Writers of one output take turns: an exclusive `flock` on `.NAME.lock` beside it.
* An edit costs what it changed, not the site: the tree `write_changes` retires is kept
  as the output's *spare* (a folder the caller names, on the output's file system: the
  pipeline's is in the cache folder), with a journal of how it differs from the output
  that replaced it (the files written and removed, the folders `before_swap`
  may change, and the new output's marker). The next `write_changes` takes the spare as
  its staging folder and brings it up to the output by that journal (hard links of the
  output's files), instead of hard-linking every file of the output into an empty folder:
  a few dozen system calls for a one-article edit instead of two per file of the site. A
  spare whose journal is missing or whose marker is not the output's (serve rewrote the
  output in place, a whole new site was written since) is deleted instead.
* Killed builds leave nothing behind for long: the next write removes the `.NAME.new-*` and
  `.NAME.old-*` folders they left. The tree a swap retires is deleted in the background,
  so a build's report does not wait for it: by a thread that the interpreter joins before
  it exits (serve), or, with `detach` (a one-shot `digest build`, whose process should end
  with its report), by an `rm -rf` of its own that outlives the process.
* `update_site` (serve and watch) rewrites files in place, each written beside its target
  and renamed over it, so a request never reads half a file.

`Writer` is the stage as the pipeline runs it: the whole site once, then only the files
that changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from generator.render import Rendered

try:
    import fcntl
except ImportError:  # Windows: writers are not serialised there
    fcntl = None

# Written into every output; its presence is what makes a folder replaceable.
MARKER = ".digest-site"
MARKER_TEXT = (
    b"This folder is the output of news-digest (digest build); each build replaces it.\n"
    b"Files put here by hand are lost at the next build.\n"
)
# Called with a staged tree before it is swapped in.
Finish = Callable[[Path], None]
# How long a writer waits for another one holding the output's lock.
LOCK_WAIT = 600.0
# Suffix of the temporary files `update_site` writes beside their targets.
PART_SUFFIX = ".digest-part"
# The journal in a spare tree (see `StagedSite`): JSON, how it differs from the output.
JOURNAL = ".digest-spare"
# The pipeline's spare: this folder of its cache folder.
SPARE = "spare-site"
# The name of the threads deleting retired trees (`Retired`), for callers that must wait
# for them before they touch the cache folder themselves.
RETIRE_THREAD = "digest-retire"

# Top-level names of a site written before outputs were marked. A folder holding only these,
# with the home page and the JSON API among them, is taken for such a site.
_SITE_NAMES = frozenset(
    {
        "index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "robots.txt",
        ".nojekyll",
        "CNAME",
        "api",
        "articles",
        "tags",
        "archive",
        "page",
        "static",
    }
)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputError(Exception):
    """The output cannot be written, or would replace something that is not a site."""


Files = Mapping[str, bytes] | Iterable[tuple[str, bytes]]


def check_output_dir(output: Path, protected: Iterable[Path]) -> None:
    """Refuse an output that would replace anything but a previous output of this tool.

    Refused: an output that is, or contains, one of the `protected` paths (the site root,
    content, templates); a path that exists and is not a folder; a folder that is not empty
    and holds no `MARKER` (see `check_replaceable`). When a build killed in the middle of a
    two-rename swap left no output, the previous site is put back first.
    """
    output = output.resolve()
    for path in protected:
        path = path.resolve()
        if output == path or path.is_relative_to(output):
            raise OutputError(
                f"output folder {output} would replace {path}; choose another output folder"
            )
    if not os.path.lexists(output) and _leftovers(output):
        with lock_output(output):
            _restore_previous(output)
    check_replaceable(output)


def check_replaceable(output: Path) -> None:
    """Raise `OutputError` unless `output` is missing, an empty folder or a site's folder."""
    try:
        if not output.exists():
            return
        if not output.is_dir():
            raise OutputError(
                f"output {output} is a file, not a folder; the site is written into a folder "
                "of its own: choose another output"
            )
        if (output / MARKER).is_file():
            return
        names = sorted(os.listdir(output))
    except OSError as exc:
        raise OutputError(f"cannot use output folder {output}: {_reason(exc)}") from None
    if not names or _looks_like_a_site(output, names):
        return
    # Names a site never has first: they are what the user would lose.
    names.sort(key=lambda name: name in _SITE_NAMES)
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    raise OutputError(
        f"output folder {output} holds files that digest did not write ({shown}) and no "
        f"{MARKER} marker; refusing to replace it: choose an empty or new folder, or move "
        "those files away"
    )


def _looks_like_a_site(output: Path, names: list[str]) -> bool:
    # A site written before outputs were marked: its own names only, home page and API there.
    return (
        set(names) <= _SITE_NAMES
        and {"index.html", ".nojekyll", "api"} <= set(names)
        and (output / "api" / "articles.json").is_file()
    )


def write_site(
    files: Files,
    output: Path,
    before_swap: Finish | None = None,
    *,
    detach: bool = False,
    spare: Path | None = None,
    keep_spare: bool = False,
    volatile: Iterable[str] = (),
) -> Retired:
    """Make `files` (relative '/'-paths → bytes, a mapping or an iterable of pairs consumed
    as it goes) the whole new contents of `output`, swapped in atomically; `before_swap` is
    called with the staged tree once it is complete (to add files made from the others).

    With `keep_spare`, the new output is also hard-linked into `spare` for the next
    `write_changes` (`volatile` as there), before the output's lock is let go.

    Raises `OutputError` (the previous output untouched, the staging folder removed) when the
    output may not be replaced or cannot be written. Returns the deletion of the retired tree,
    running in the background (in a process of its own with `detach`, see `Retired`).
    """
    with StagedSite(output, detach=detach, spare=spare, volatile=volatile) as staged:
        for rel, data in _pairs(files):
            staged.add(rel, data)
        retired = staged.commit(before_swap)
        if keep_spare and spare is not None:
            staged.keep_output_as_spare(spare)
        return retired


def write_changes(
    changes: Files,
    removed: Iterable[str],
    output: Path,
    before_swap: Finish | None = None,
    *,
    detach: bool = False,
    volatile: Iterable[str] = (),
    spare: Path | None = None,
) -> Retired:
    """Swap in the previous output plus `changes` minus `removed`, atomically (`before_swap`
    as for `write_site`; the tree's unchanged files are then hard links: replace, never
    rewrite them; `volatile` names the folders it may change).

    The unchanged files are hard links to the previous ones (copies where the file system
    has no hard links): taken from the `spare` the last call left there, this costs about
    one system call per file changed by either call, else one per file of the site. `removed`
    is read after `changes` is exhausted, so it may be filled while `changes` is being
    produced. A killed call leaves the previous output as it was.
    """
    with StagedSite(
        output, keep_previous=True, detach=detach, volatile=volatile, spare=spare
    ) as staged:
        for rel, data in _pairs(changes):
            staged.add(rel, data)
        for rel in removed:
            staged.remove(rel)
        return staged.commit(before_swap)


def _pairs(files: Files) -> Iterable[tuple[str, bytes]]:
    if isinstance(files, Mapping):
        return sorted(files.items())
    return files


class StagedSite:
    """A new tree for `output`, written into a staging folder and swapped in by `commit`.

    Use it as a context manager: entering takes the output's lock, removes what killed
    writes left and checks that the output may be replaced; leaving without `commit` (an
    exception, a signal) removes the staging folder and leaves the output as it was. With
    `keep_previous`, the new tree holds every file of the previous output that was neither
    added nor `remove`d: the output's `spare` brought up to it, if there is one to trust,
    else hard links made by `commit`; and the tree `commit` retires becomes the spare, its
    journal naming what differs (the files added and removed, the `volatile` folders that
    `before_swap` may change, and what the previous output held that the new tree does not
    take over). Without `keep_previous`, a spare is deleted. Without `spare`, retired trees
    are all deleted.
    """

    def __init__(
        self,
        output: Path,
        *,
        keep_previous: bool = False,
        lock_wait: float = LOCK_WAIT,
        detach: bool = False,
        volatile: Iterable[str] = (),
        spare: Path | None = None,
    ) -> None:
        self.output = output.resolve()
        self.spare = spare.resolve() if spare is not None else None
        self.keep_previous = keep_previous
        self.detach = detach
        self.lock_wait = lock_wait
        self.volatile = tuple(volatile)
        self.staging: Path | None = None
        self._written: set[str] = set()
        self._removed: set[str] = set()
        self._folders: set[str] = set()
        # Files of the previous output that `_link_previous` did not take over.
        self._left_out: set[str] = set()
        self._recycled = False  # whether the staging folder is the spare brought up
        self._stack = contextlib.ExitStack()
        self._cleanup: Retired | None = None

    def __enter__(self) -> StagedSite:
        output = self.output
        with self._stack as stack:
            stack.enter_context(_terminate_as_exit())
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(f"cannot create {output.parent}: {_reason(exc)}") from None
            stack.enter_context(lock_output(output, self.lock_wait))
            spare = self.spare
            journal = _spare_journal(output, spare) if spare and self.keep_previous else None
            if spare is not None and journal is None:
                _retire_spare(spare)
            # What killed writes left goes first (it may be what filled the disk), in the
            # background while this one writes.
            self._cleanup = _clean_leftovers(output, self.detach, spare)
            check_replaceable(output)
            if spare is not None and journal is not None:
                self.staging = self._take_spare(spare, journal)
                self._recycled = self.staging is not None
            try:
                if self.staging is None:
                    self.staging = Path(
                        tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent)
                    )
            except OSError as exc:
                raise OutputError(f"cannot write beside {output}: {_reason(exc)}") from None
            self._stack = stack.pop_all()
        return self

    def __exit__(self, kind, value, traceback) -> None:
        with self._stack:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
                self.staging = None

    def add(self, rel: str, data: bytes) -> None:
        """Write one file of the new tree (`rel` is '/'-separated, relative to the output)."""
        staging = self._staging()
        _check_rel(rel)
        target = os.path.join(staging, rel)
        folder = os.path.dirname(rel)
        try:
            if self._recycled:
                # The spare's file is a hard link to the output's: never written through.
                _make_room(staging, rel)
            if folder and folder not in self._folders:
                os.makedirs(os.path.join(staging, folder), exist_ok=True)
                self._folders.add(folder)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise OutputError(
                f"cannot write the site into {self.output}: {_reason(exc)} (writing {rel})"
            ) from None
        self._written.add(rel)

    def remove(self, rel: str) -> None:
        """Leave `rel` of the previous output out of the new tree (with `keep_previous`)."""
        _check_rel(rel)
        self._removed.add(rel)
        if self._recycled and rel not in self._written:
            try:
                _clear_file(self._staging(), rel)
            except OSError as exc:
                raise OutputError(
                    f"cannot write the site into {self.output}: {_reason(exc)} (removing {rel})"
                ) from None

    def commit(self, before_swap: Finish | None = None) -> Retired:
        """Swap the staged tree in, after `before_swap(tree)` if given; returns the
        background deletion of the retired one."""
        staging = self._staging()
        output = self.output
        try:
            if self.keep_previous and output.is_dir() and not self._recycled:
                self._link_previous(staging)
        except OSError as exc:
            raise OutputError(f"cannot write the site into {output}: {_reason(exc)}") from None
        if before_swap is not None:
            before_swap(staging)
        try:
            marker = staging / MARKER
            # A new file (a spare's marker may be a link), whose identity the journal keeps.
            marker.unlink(missing_ok=True)
            marker.write_bytes(MARKER_TEXT)
            os.chmod(staging, 0o755)
        except OSError as exc:
            raise OutputError(f"cannot write the site into {output}: {_reason(exc)}") from None
        with _signals_deferred():
            retired = _swap(staging, output)
            self.staging = None
        if (
            retired is not None
            and self.spare is not None
            and self.keep_previous
            and self._keep_as_spare(
                retired, self.spare, self._written, self._removed | self._left_out
            )
        ):
            retired = None
        return Retired(
            [retired] if retired is not None else [], after=self._cleanup, detach=self.detach
        )

    def keep_output_as_spare(self, spare: Path) -> None:
        """Hard-link the output just swapped in into `spare`, with a journal saying that
        nothing differs: the first edit after a whole site then starts from it, as every
        later edit starts from the tree the one before retired, instead of hard-linking
        every file of the site itself (tens of thousands at 10,000 articles: most of that
        edit's write). Call after `commit`, inside the `with` block (under the output's
        lock). Left out, silently, if it cannot be made: it only saves time."""
        output = self.output
        tree = None
        try:
            if os.path.lexists(spare):
                return
            spare.parent.mkdir(parents=True, exist_ok=True)
            # Named as a leftover until it is complete: a killed build's half is deleted by
            # the next write.
            tree = _unused_name(spare.parent, f"{spare.name}.old-")
            folders: set[str] = set()
            for rel, source in _files_below(output):
                if _is_part(rel):
                    continue
                folder = os.path.dirname(rel)
                if folder not in folders:
                    os.makedirs(os.path.join(tree, folder), exist_ok=True)
                    folders.add(folder)
                _link_or_copy(source, os.path.join(tree, rel))
        except OSError:
            if tree is not None:
                shutil.rmtree(tree, ignore_errors=True)
            return
        if not self._keep_as_spare(tree, spare, (), ()):
            shutil.rmtree(tree, ignore_errors=True)

    def _take_spare(self, spare: Path, journal: dict) -> Path | None:
        """The spare as this write's staging folder, brought up to the output by its
        journal; None if that fails (the spare deleted, or where the output cannot be
        renamed to)."""
        output = self.output
        try:
            staging = _unused_name(output.parent, f".{output.name}.new-")
            os.rename(spare, staging)
        except OSError:
            return None
        try:
            os.unlink(staging / JOURNAL)
            # What the output lacks first, so that a file standing where the output has a
            # folder (or the other way round) is out of the way of what it has.
            for rel in journal["removed"]:
                _take_from(output, staging, rel)
            for rel in journal["written"]:
                _take_from(output, staging, rel)
            for folder in journal["volatile"]:
                _check_rel(folder)
                _clear(staging, folder)
                if os.path.isdir(output / folder):
                    for rel, _source in _files_below(output / folder):
                        _take_from(output, staging, f"{folder}/{rel}")
        except (OSError, KeyError, TypeError, ValueError):
            # Anything unexpected: hard links into an empty folder, as without a spare.
            shutil.rmtree(staging, ignore_errors=True)
            return None
        return staging

    def _keep_as_spare(
        self, tree: Path, spare: Path, written: Iterable[str], removed: Iterable[str]
    ) -> bool:
        """Keep `tree` as the output's `spare`, with its journal: the files it lacks of the
        output's (`written`) and has that the output has not (`removed`); False (it is to
        be deleted) if it cannot be."""
        journal = {
            "marker": _marker_id(self.output),
            "written": sorted(written),
            "removed": sorted(removed),
            "volatile": list(self.volatile),
        }
        try:
            (tree / JOURNAL).write_text(json.dumps(journal), encoding="utf-8")
            if os.path.lexists(spare):
                return False
            spare.parent.mkdir(parents=True, exist_ok=True)
            os.rename(tree, spare)
        except OSError:
            return False
        return True

    def _staging(self) -> Path:
        if self.staging is None:
            raise RuntimeError("StagedSite used outside its `with` block or after commit")
        return self.staging

    def _link_previous(self, staging: Path) -> None:
        skip = self._written | self._removed | {MARKER}
        left_out = self._left_out
        for rel, source in _files_below(self.output):
            if rel in skip:
                continue
            if _is_part(rel):
                left_out.add(rel)
                continue
            target = os.path.join(staging, rel)
            folder = os.path.dirname(rel)
            try:
                if folder and folder not in self._folders:
                    os.makedirs(os.path.join(staging, folder), exist_ok=True)
                    self._folders.add(folder)
                if os.path.lexists(target):
                    left_out.add(rel)
                    continue
            except (FileExistsError, NotADirectoryError):
                # A new file stands where the previous tree had a folder.
                left_out.add(rel)
                continue
            _link_or_copy(source, target)


def _link_or_copy(source: str, target: str) -> None:
    """Hard-link `source` at `target` (a copy where the file system has no hard links)."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EMLINK, errno.EXDEV, errno.ENOTSUP):
            raise
        shutil.copy2(source, target, follow_symlinks=False)


def _marker_id(output: Path) -> list[int]:
    """What tells one output from another: its marker file's device, inode and time (each
    swap brings a marker written anew)."""
    found = os.lstat(output / MARKER)
    return [found.st_dev, found.st_ino, found.st_mtime_ns]


def _spare_journal(output: Path, spare: Path) -> dict | None:
    """The journal of the output's spare, if the spare is the tree the output replaced."""
    try:
        journal = json.loads((spare / JOURNAL).read_text(encoding="utf-8"))
        return journal if journal["marker"] == _marker_id(output) else None
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _retire_spare(spare: Path) -> None:
    """Turn a spare that cannot be used into a leftover, deleted with the others."""
    if os.path.lexists(spare):
        with contextlib.suppress(OSError):
            os.rename(spare, _unused_name(spare.parent, f"{spare.name}.old-"))


def _take_from(output: Path, tree: Path, rel: str) -> None:
    """Make `tree`'s `rel` the output's: a hard link to its file, or nothing."""
    _check_rel(rel)
    source = os.path.join(output, rel)
    if not os.path.lexists(source) or os.path.isdir(source):
        _clear_file(tree, rel)
        return
    _make_room(tree, rel)
    target = os.path.join(tree, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    _link_or_copy(source, target)


def _clear(tree: Path, rel: str) -> None:
    """Remove `tree`'s `rel` (a file or a folder), then the folders that leaves empty."""
    target = os.path.join(tree, rel)
    if os.path.isdir(target) and not os.path.islink(target):
        _remove(target)
        _prune(tree, rel)
    else:
        _clear_file(tree, rel)


def _clear_file(tree: Path, rel: str) -> None:
    """Remove `tree`'s file `rel` (not a folder: one may stand there for files added since),
    then the folders that leaves empty."""
    target = os.path.join(tree, rel)
    if os.path.isdir(target) and not os.path.islink(target):
        return
    try:
        os.unlink(target)
    except (FileNotFoundError, NotADirectoryError):
        return
    _prune(tree, rel)


def _prune(tree: Path, rel: str) -> None:
    """Remove the folders of `rel` in `tree` that are empty, deepest first."""
    folder = os.path.dirname(rel)
    while folder:
        try:
            os.rmdir(os.path.join(tree, folder))
        except OSError:
            break
        folder = os.path.dirname(folder)


def _make_room(tree: Path, rel: str) -> None:
    """Clear the way for a file at `tree`'s `rel`: what stands there, and a file standing
    where one of its folders must be."""
    parts = rel.split("/")
    for end in range(1, len(parts)):
        path = os.path.join(tree, *parts[:end])
        if not os.path.lexists(path):
            break
        if os.path.islink(path) or not os.path.isdir(path):
            os.unlink(path)
            break
    target = os.path.join(tree, rel)
    if os.path.lexists(target):
        _remove(target)


def _remove(path: str) -> None:
    """Remove a folder with what it holds, or a file (a link: the link itself)."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def _is_part(rel: str) -> bool:
    # A temporary file of an `update_site` that was killed before renaming it into place.
    return rel.endswith(PART_SUFFIX) and os.path.basename(rel).startswith(".")


def _check_rel(rel: str) -> None:
    parts = rel.split("/")
    if not rel or "\\" in rel or "\0" in rel or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"not a relative site path: {rel!r}")


def _files_below(root: Path) -> Iterator[tuple[str, str]]:
    """(relative '/'-path, path) of every non-folder below `root`, without following links."""
    todo = [(str(root), "")]
    while todo:
        folder, prefix = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((entry.path, f"{prefix}{entry.name}/"))
                else:
                    yield prefix + entry.name, entry.path


def _swap(staging: Path, output: Path) -> Path | None:
    """Put `staging` at `output`; the path now holding the retired tree, if there was one."""
    try:
        if not os.path.lexists(output):
            os.rename(staging, output)
            return None
        retired = _unused_name(output.parent, f".{output.name}.old-")
        if _exchange(staging, output):
            os.rename(staging, retired)
            return retired
        os.rename(output, retired)
        try:
            os.rename(staging, output)
        except BaseException:
            os.rename(retired, output)
            raise
        return retired
    except OSError as exc:
        raise OutputError(f"cannot replace {output}: {_reason(exc)}") from None


def _unused_name(folder: Path, prefix: str) -> Path:
    # mkdtemp picks a fresh name atomically; the folder itself is not needed.
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=folder))
    path.rmdir()
    return path


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None  # a C library older than glibc 2.28, or not glibc
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap the paths `a` and `b` in one step; False (nothing done) where the system cannot."""
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False  # a file system without exchange (some network and FUSE ones)
    raise OSError(code, os.strerror(code), str(b))


def _leftovers(output: Path) -> list[os.DirEntry]:
    """The staging and retired folders that writes of `output` killed earlier left."""
    prefixes = (f".{output.name}.new-", f".{output.name}.old-")
    try:
        with os.scandir(output.parent) as entries:
            return [
                e
                for e in entries
                if e.name.startswith(prefixes) and e.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return []


def _restore_previous(output: Path) -> None:
    """Put back the newest retired site when a kill between two renames left no output."""
    if os.path.lexists(output):
        return
    kept = []
    for entry in _leftovers(output):
        if entry.name.startswith(f".{output.name}.old-"):
            with contextlib.suppress(OSError):
                kept.append((os.stat(os.path.join(entry.path, MARKER)).st_mtime_ns, entry.path))
    if kept:
        with contextlib.suppress(OSError):
            os.rename(max(kept)[1], output)


def _clean_leftovers(
    output: Path, detach: bool = False, spare: Path | None = None
) -> Retired | None:
    """Restore a lost output, then delete the other leftovers (and spares given up) in the
    background."""
    _restore_previous(output)
    found = [Path(e.path) for e in _leftovers(output)]
    if spare is not None:
        with contextlib.suppress(OSError), os.scandir(spare.parent) as entries:
            found += [
                Path(e.path)
                for e in entries
                if e.name.startswith(f"{spare.name}.old-") and e.is_dir(follow_symlinks=False)
            ]
    return Retired(found, detach=detach) if found else None


class Retired:
    """The deletion of retired trees (`paths`), and of the trees an earlier `Retired`
    (`after`) is deleting.

    The deletion runs on a thread that is not a daemon, so the interpreter waits for it
    before exiting; a process killed meanwhile leaves the rest to the next write. With
    `detach` it runs in an `rm -rf` process of its own session instead, which outlives this
    one: a one-shot build then exits with its report, however big the retired tree (tens of
    thousands of hard links at 10,000 articles). Either way each tree's marker goes first,
    here, so a half-deleted tree is never taken for a site to restore. `join()` waits for
    both.
    """

    def __init__(
        self, paths: list[Path], after: Retired | None = None, *, detach: bool = False
    ) -> None:
        self.paths = paths
        self.after = after
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen | None = None
        if paths and detach:
            try:
                self._process = _delete_trees(paths, detach=True)
            except OSError:
                detach = False  # no `rm` to run: a thread, as for serve
        if paths and not detach:
            self._thread = threading.Thread(
                target=_delete_trees, args=(paths,), name=RETIRE_THREAD, daemon=False
            )
            self._thread.start()

    def join(self) -> None:
        """Wait until the retired trees are gone."""
        if self._thread is not None:
            self._thread.join()
        if self._process is not None:
            self._process.wait()
        if self.after is not None:
            self.after.join()


def _delete_trees(paths: list[Path], detach: bool = False) -> subprocess.Popen | None:
    """Delete the trees, here or (`detach`) by a process of their own, returned."""
    for path in paths:
        # The marker first: a half-deleted tree is never taken for a site to restore.
        with contextlib.suppress(OSError):
            (path / MARKER).unlink()
    if detach:
        return subprocess.Popen(
            ["rm", "-rf", "--", *map(os.fspath, paths)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    return None


@contextlib.contextmanager
def lock_output(output: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the exclusive lock of `output` (a `flock` on `.NAME.lock` beside it).

    Waits up to `wait` seconds for another writer, saying so on stderr once, then raises
    `OutputError`. The lock file is removed on release; a waiter that locked a file removed
    meanwhile notices (its inode is no longer the path's) and locks the new one.
    """
    if fcntl is None:
        yield
        return
    lock = output.parent / f".{output.name}.lock"
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write beside {output}: {_reason(exc)}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                raise OutputError(
                    f"another digest process has been writing {output} for {wait:.0f} s "
                    f"(it holds {lock}); try again when it has finished"
                ) from None
            if not told:
                print(
                    f"waiting for another digest process writing {output} (lock {lock})",
                    file=sys.stderr,
                    flush=True,
                )
                told = True
            time.sleep(0.05)
            continue
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def update_site(
    changes: Mapping[str, bytes],
    removed: Iterable[str],
    output: Path,
    spare: Path | None = None,
) -> None:
    """Rewrite only `changes` and delete `removed` files in an existing output folder.

    For serve and watch mode, called only after a rebuild fully succeeded. Each file is
    written beside its target and renamed over it, so a request never reads half a file;
    folders left empty go too. Raises `OutputError` when a file cannot be written (the files
    already renamed into place stay: each is whole).
    """
    output = output.resolve()
    with lock_output(output):
        if spare is not None:
            # The output no longer differs from its spare by the spare's journal alone.
            with contextlib.suppress(OSError):
                os.unlink(spare / JOURNAL)
        try:
            _update_in_place(changes, removed, output)
        except OSError as exc:
            raise OutputError(f"cannot write the site into {output}: {_reason(exc)}") from None


def _update_in_place(changes: Mapping[str, bytes], removed: Iterable[str], output: Path) -> None:
    for rel, data in sorted(changes.items()):
        _check_rel(rel)
        target = output / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent
        )
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    for rel in removed:
        _check_rel(rel)
        (output / rel).unlink(missing_ok=True)
        # Folders left empty (a deleted article's articles/<slug>/) go too.
        _prune(output, rel)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While writing, SIGTERM ends the process by `SystemExit` (status 143), so the staging
    folder is removed on the way out. Only in the main thread and only where SIGTERM still
    has its default action (serve and watch handle it themselves)."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while a swap runs (a handler raising between its two
    system calls would leave nobody knowing which of them happened), then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {signum: signal.signal(signum, lambda n, f: received.append(n)) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            # None: a handler installed outside Python, which cannot be put back from here.
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        for signum in dict.fromkeys(received):
            signal.raise_signal(signum)


@dataclass(frozen=True)
class Written:
    """What one call of the write stage changed on disk."""

    written: int
    removed: int
    # The files that may differ from the output before the call (written, deleted, a
    # swap's marker), besides the volatile folders; None when the whole output is new. A
    # file the swap left out of the previous tree (a half-written file of a killed update)
    # is not named: the next build then finds the output changed and renders it again.
    paths: frozenset[str] | None = frozenset()


class Writer:
    """Writes a site's output folder again and again: the whole site first (`write_site`),
    then only the files whose bytes changed — swapped in with the rest of the previous
    site (`write_changes`), or, `in_place` (serve and watch, where a request must never
    wait for a swap), renamed one by one over the old files (`update_site`)."""

    def __init__(
        self,
        output: Path,
        *,
        in_place: bool = False,
        detach: bool = False,
        volatile: Iterable[str] = (),
        spare: Path | None = None,
    ) -> None:
        self.output = output
        self.in_place = in_place
        self.detach = detach  # retired trees deleted by a process of their own (`Retired`)
        self.volatile = tuple(volatile)  # folders `before_swap` may change
        self.spare = spare  # where the tree an edit retires is kept for the next
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

    def write(self, rendered: Rendered, before_swap: Finish | None = None) -> Written:
        """Put `rendered` on disk: everything on the first call, the changes after that;
        `before_swap(tree)` is called on a staged tree before it is swapped in (never in
        place, nor when nothing changed)."""
        if self._other is None:
            # A one-shot build's first edit then starts from a spare (serve and watch
            # write in place and keep none).
            write_site(
                chain(rendered.pages, rendered.other.items()),
                self.output,
                before_swap,
                detach=self.detach,
                spare=self.spare,
                keep_spare=not self.in_place,
                volatile=self.volatile,
            )
            self._other = rendered.other
            return Written(rendered.rendered + len(rendered.other), 0, None)
        # A page rendered again may show what it showed: its file is left as it is (the
        # bytes compared with the file's), so unchanged files keep their times for hosts
        # and deploys. Every page is rendered before anything is written: a template error
        # leaves the site as it was. The other files (the API, static files) are made on
        # every call and compared with last call's bytes.
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
        if changes or removed:
            if self.in_place:
                update_site(changes, removed, self.output, self.spare)
            else:
                write_changes(
                    changes,
                    removed,
                    self.output,
                    before_swap,
                    detach=self.detach,
                    volatile=self.volatile,
                    spare=self.spare,
                )
        self._other, self._digests = rendered.other, {}
        if not changes and not removed:
            return Written(0, 0)
        paths = {*changes, *removed}
        if not self.in_place:
            paths.add(MARKER)
        return Written(len(changes), len(removed), frozenset(paths))

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
