"""The load stage: find content files and read each into articles, reporting what cannot be read.

`Loader.load` lists the content folder (or, given the paths a watcher saw change, only
those files while the last listing holds) and reads again only the files whose size or
modification time changed since its last call.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from stat import S_ISREG

from generator.articles import RawArticle
from generator.config import Config
from generator.load.decode import DecodeError, decode
from generator.load.readers import ReadError, Source, has_reader, reader_for
from generator.problems import Problem, Problems
from generator.stamps import file_stamp


def content_files(
    content_dir: Path, problems: Problems | None = None
) -> Iterator[tuple[Path, str]]:
    """Every visible file below `content_dir`, sorted, as (path, '/'-separated relative path).

    Hidden files and folders are skipped, and so are symlinks that lead outside the folder.
    Each folder's files come before its subfolders'. A folder that cannot be listed is
    reported to `problems` and skipped.
    """
    for path, rel in content_paths(content_dir, problems):
        yield Path(path), rel


def content_paths(content_dir: Path, problems: Problems | None = None) -> Iterator[tuple[str, str]]:
    """`content_files` with the paths as strings.

    `digest serve` lists the folder after every save, so this uses `os.scandir`, whose
    entries know their type without a system call each, and makes no `Path` per file (at
    10,000 files those were most of the listing's time).
    """
    root = content_dir.resolve()
    unlisted: list[Problem] = []
    for path, rel, _ in _walk(root, [], unlisted):
        yield path, rel
    if problems is not None:
        problems.items.extend(unlisted)


@dataclass(frozen=True)
class ContentListing:
    """The content folder's files as `content_paths` lists them, with what it takes to tell
    later whether the list still holds: the identity and modification time of each folder
    listed (a file added, removed or renamed in a folder changes the time; a folder deleted
    and restored from a copy is another folder)."""

    files: tuple[tuple[str, str], ...]
    folders: tuple[tuple[str, tuple[int, int]], ...]
    # Symlinked files: their targets can change without an event in the content folder.
    linked: tuple[tuple[str, str], ...]
    rels: dict[str, str]  # path → relative path, of `files`
    root: str
    problems: tuple[Problem, ...] = ()  # folders that could not be listed

    def stamps(self) -> dict[str, tuple[int, int]]:
        """Every listed file's (modification time, size), without reading any: what a
        saved run's files are checked against."""
        return {rel: file_stamp(path) for path, rel in self.files}

    def holds(self) -> bool:
        """Whether no folder listed has changed since (never, while one could not be listed:
        being given permission changes no folder's time)."""
        return not self.problems and all(_folder_stamp(f) == stamp for f, stamp in self.folders)

    def named(self, paths: Iterable[str]) -> list[tuple[str, str]] | None:
        """The listed files among `paths`, and the symlinked files; None when a path inside
        the content folder is not listed (the listing is out of date)."""
        found = dict(self.linked)
        inside = self.root + os.sep
        for path in paths:
            rel = self.rels.get(path)
            if rel is not None:
                found[path] = rel
            elif path.startswith(inside):
                return None
        return list(found.items())


def list_content(content_dir: Path) -> ContentListing:
    """The files below `content_dir`, as `content_paths` gives them, in a `ContentListing`."""
    root = content_dir.resolve()
    folders: list[tuple[str, tuple[int, int]]] = []
    unlisted: list[Problem] = []
    files, linked = [], []
    for path, rel, link in _walk(root, folders, unlisted):
        files.append((path, rel))
        if link:
            linked.append((path, rel))
    return ContentListing(
        tuple(files), tuple(folders), tuple(linked), dict(files), str(root), tuple(unlisted)
    )


def _folder_stamp(folder: str) -> tuple[int, int]:
    try:
        st = os.stat(folder)
    except OSError:
        return (-1, -1)
    return (st.st_ino, st.st_mtime_ns)


def _walk(
    root: Path, folders: list[tuple[str, tuple[int, int]]], unlisted: list[Problem]
) -> Iterator[tuple[str, str, bool]]:
    """(path, relative path, whether it is a symlink) of the files below `root`; each
    folder listed goes to `folders` with its `_folder_stamp` from before the listing, each
    folder that cannot be listed to `unlisted`.

    Depth first, with a list of folders still to list rather than recursion, so that no
    depth of folders is too deep.
    """
    todo = [(str(root), "")]
    while todo:
        folder, prefix = todo.pop()
        folders.append((folder, _folder_stamp(folder)))
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            where = prefix or str(root)
            unlisted.append(
                Problem(where, f"folder skipped: cannot list it ({exc.strerror or exc})")
            )
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                subfolders.append((entry.path, f"{prefix}{name}/"))
                continue
            if name.endswith("~"):
                continue
            link = entry.is_symlink()
            if link and (_leads_to_folder(Path(entry.path)) or not _inside(Path(entry.path), root)):
                continue
            yield entry.path, prefix + name, link
        todo.extend(reversed(subfolders))


def _leads_to_folder(link: Path) -> bool:
    # os.walk(followlinks=False) lists a symlink to a folder among the folders, unvisited.
    try:
        return link.is_dir()
    except OSError:
        return False


def _inside(link: Path, root: Path) -> bool:
    try:
        return link.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        # A symlink loop: kept, so that reading it reports the loop instead of hiding the file.
        return True


def load_articles(
    content_dir: Path, problems: Problems, *, max_file_size: int, strict: bool = False
) -> list[RawArticle]:
    """Read every content file with the reader for its extension.

    A file that cannot be read is reported (path, line where known, reason) and skipped; the
    others still load. Files of unknown types are ignored, and reported only when `strict`.
    """
    articles: list[RawArticle] = []
    for path, rel in content_files(content_dir, problems):
        articles.extend(
            read_content_file(path, rel, problems, max_file_size=max_file_size, strict=strict)
        )
    return articles


def read_content_file(
    path: Path, rel: str, problems: Problems, *, max_file_size: int, strict: bool = False
) -> list[RawArticle]:
    """The articles in one content file (none when it cannot be read; the reason goes to
    `problems`). `rel` is its '/'-separated path relative to the content folder."""
    if not has_reader(rel):
        if strict:
            problems.warn(rel, "no reader for this file type; file ignored")
        return []
    try:
        stat = path.stat()
        if not S_ISREG(stat.st_mode):
            # A FIFO or device would block or never end; only plain files are content.
            raise ReadError("not a regular file")
        if stat.st_size > max_file_size:
            raise ReadError(
                f"file is larger than the {max_file_size:,}-byte limit ({stat.st_size:,} bytes)"
            )
        data = path.read_bytes()
    except ReadError as exc:
        problems.warn(rel, f"skipped: {exc.message}", exc.line)
        return []
    except OSError as exc:
        problems.warn(rel, f"skipped: cannot read file ({exc.strerror or exc})")
        return []
    return read_content(rel, data, stat.st_mtime, problems)


def read_content(rel: str, data: bytes, mtime: float, problems: Problems) -> list[RawArticle]:
    """The articles in the bytes of a content file named `rel` (a type with a reader).

    Whatever is wrong with the bytes goes to `problems` with `rel` (and the line where known):
    a reader's `ReadError` skips the file, its `source.warn` reports a skipped part.
    """
    try:
        if not data:
            raise ReadError("empty file")
        decoded = decode(data)
        if decoded.fallback:
            problems.warn(rel, f"not UTF-8; read as {decoded.encoding}")
        found = reader_for(rel)(Source(rel, decoded.text, mtime, partial(problems.warn, rel)))
        if not found:
            raise ReadError("no article found in file")
        return list(found)
    except ReadError as exc:
        problems.warn(rel, f"skipped: {exc.message}", exc.line)
    except DecodeError as exc:
        problems.warn(rel, f"skipped: {exc}")
    return []


@dataclass(frozen=True)
class ContentFile:
    """One content file as last read: its (modification time, size), its articles and what
    was wrong with it."""

    stamp: tuple[int, int]
    raw: tuple[RawArticle, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Loaded:
    """What one call of the load stage found."""

    files: Mapping[str, ContentFile]  # by '/'-separated path relative to the content folder
    order: Sequence[str]  # those paths, sorted
    changed: frozenset[str]  # paths read again, added or gone since the last call
    problems: tuple[Problem, ...]  # the files' problems, in order


class Loader:
    """Loads a site's content folder again and again, reading only the files that changed."""

    def __init__(self, config: Config, *, strict: bool = False) -> None:
        self.content_path = config.paths.content  # as the user wrote it, for messages
        self.content_dir = config.content_dir
        self.max_file_size = config.build.max_file_size
        self.strict = strict  # report files of unknown types too
        self._files: dict[str, ContentFile] = {}
        self._listing: ContentListing | None = None
        self._just_listed = False  # `stamps` listed the folder: `load` need not again
        self._order: list[str] | None = None

    def stamps(self) -> dict[str, tuple[int, int]]:
        """Every content file's (modification time, size), without reading any: what a saved
        run's files are checked against. The listing is kept for the next `load`."""
        self._listing, self._just_listed = list_content(self.content_dir), True
        return self._listing.stamps()

    def restore(self, files: Mapping[str, ContentFile]) -> None:
        """Start from files as a saved run left them (`generator.build_state`): the next
        `load` reads again only those whose stamp changed."""
        self._files = dict(files)
        self._order = None

    def load(self, hints: Iterable[str] | None = None) -> Loaded:
        """Read new and changed content files, forget deleted ones.

        With `hints` (the absolute paths a watcher saw change) and last time's listing still
        holding, only the hinted files are looked at: listing and checking 10,000 files
        took 50–70 ms of every save. Anything the listing does not explain (a folder
        changed, a hinted file it does not know) lists the folder again.
        """
        listing = self._listing
        named = listing.named(hints) if listing is not None and hints is not None else None
        listed = named is None or not listing.holds()
        if self._just_listed:
            named, listed, self._just_listed = listing.files, True, False
        elif listed:
            listing = self._listing = list_content(self.content_dir)
            named = listing.files
        files = self._files
        changed: set[str] = set()
        for path, rel in named:
            stamp = file_stamp(path)
            old = files.get(rel)
            if old is not None and old.stamp == stamp:
                continue
            if not changed:
                files = dict(files)
            problems = Problems()
            raw = read_content_file(
                Path(path), rel, problems, max_file_size=self.max_file_size, strict=self.strict
            )
            files[rel] = ContentFile(stamp, tuple(raw), tuple(problems.items))
            changed.add(rel)
        gone = files.keys() - listing.rels.values() if listed else set()
        if gone:
            files = {rel: found for rel, found in files.items() if rel not in gone}
            changed |= gone
        if files.keys() != self._files.keys():
            self._order = None
        self._files = files
        if self._order is None:
            self._order = sorted(files)
        problems = [*listing.problems, *(p for rel in self._order for p in files[rel].problems)]
        if not any(found.raw for found in files.values()):
            problems.append(Problem(self.content_path, "no articles found"))
        return Loaded(files, self._order, frozenset(changed), tuple(problems))
