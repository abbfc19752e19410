"""What a pipeline keeps between runs, kept on disk between processes.

`digest build` in a new process starts from the state the last run of the same site left
in `.digest-cache/build.sqlite`: each content file as read and cleaned (so only changed
files are read again), the link stage's per-article work (`generator.link.saved`, so only
changed articles are linked again), each group of pages with the signature it was rendered
from (so only pages whose versions changed are rendered again), and the stories stage's
grouping (so only the stories an edit reaches are grouped again). The state is written in one
SQLite transaction after a run has written the site, and updated by difference (the files
and page groups that changed). It is ignored, with a note in the report, when the code,
the configuration or the output folder that made it differ, or when it cannot be read;
then the run starts cold and writes a new one. Its pages are ignored when the output
folder no longer holds the site that run wrote: the state records every output file's
modification time and size, and any file added, removed or changed since (by a run killed
before it saved the state, a `digest serve` that never stopped cleanly, or a person) sends
every page through the render stage again, written out whole. Values are JSON decoded by msgspec
into the stages' own types — never pickle.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import secrets
import sqlite3
import stat
import threading
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

import generator
from generator import __version__, reference
from generator.articles import Block, Metadata, RawArticle
from generator.config import Config
from generator.problems import Problem
from generator.stamps import output_stamps
from generator.storage import Database, open_database

if TYPE_CHECKING:
    from generator.link.saved import LinkChanges, SavedLink

STATE_FILE = "build.sqlite"


@dataclass(frozen=True)
class KeptArticle:
    """A cleaned article as kept beside the raw article it came from: what cleaning decided,
    and its paragraphs as the positions of the raw paragraphs they equal (a paragraph that
    cleaning rewrote is kept whole). Kept this way, a restored state holds each paragraph's
    text once, as a cold load does, instead of once for the raw and once for the cleaned
    article."""

    slug: str
    title: str
    date: datetime
    meta: Metadata | None  # None: the raw article's
    blocks: tuple[int | Block, ...]


@dataclass(frozen=True)
class CleanedArticle:
    """One published raw article after cleaning, as kept: the article (or none, when
    nothing was left of it), its digest and the problems found."""

    article: KeptArticle | None
    digest: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class StoredFile:
    """One content file as the load and clean stages left it."""

    stamp: tuple[int, int]
    raw: tuple[RawArticle, ...]
    problems: tuple[Problem, ...]
    lines: tuple[tuple[str, ...], ...]  # boilerplate candidates of each published article
    cleaned: tuple[CleanedArticle, ...]  # one per published article, for `boilerplate`


@dataclass(frozen=True)
class StoredGroup:
    """One group of pages as the render stage left it: the digest of its signature, and
    each page's URL with the digest of its signature."""

    signature: bytes
    pages: tuple[tuple[str, bytes], ...]
    html: int


@dataclass(frozen=True)
class StoredRelated:
    """What the render stage's related articles (`generator.render.related`) keep for a
    later process: the ceiling their answers were made under, the entities that could
    relate articles (slug → version), and answers (entry slug → (entry version, related
    slugs)); when saving, only those made since the last save, with the slugs of the
    entries no longer answered."""

    common: int
    rare: Mapping[str, bytes]
    answers: Mapping[str, tuple[bytes, tuple[str, ...]]]
    gone: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredRun:
    """What the last run reported, for a run that finds nothing changed."""

    articles: int
    pages: int
    entities: int
    problems: tuple[Problem, ...]


class StateError(Exception):
    """The saved state cannot be used; the message says why (for the report)."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the generator's source and of the versions of the packages its reference
    data comes from: state saved by other code or data is never trusted."""
    package = Path(generator.__file__).resolve().parent
    digest = hashlib.sha256(f"news-digest {__version__} msgspec {msgspec.__version__}".encode())
    digest.update(repr(reference.versions()).encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def config_fingerprint(config: Config) -> str:
    """A hash of the configuration (its repr is the same in every process), but for the
    settings of how a build runs, which change nothing it makes (`[build] jobs`,
    `scheduler` and `keep_warm`: `--jobs 2` builds what `--jobs 1` does)."""
    how = dataclasses.replace(config.build, jobs=0, scheduler="", keep_warm=0.0)
    what = dataclasses.replace(config, build=how)
    return hashlib.sha256(repr(what).encode("utf-8", "surrogatepass")).hexdigest()


class BuildState:
    """The state file of one site: read once when a pipeline starts, then updated after
    each successful run."""

    def __init__(self, folder: Path, config: Config, *, strict: bool = False) -> None:
        self.path = folder / STATE_FILE
        self.output = config.output_dir
        self.meta = {
            "code": code_fingerprint(),
            "config": config_fingerprint(config),
            "output": str(config.output_dir),
            # `--strict` reports more problems (files of unknown types).
            "strict": "strict" if strict else "",
        }
        self._database: Database | None = None  # open, with its connection
        self._intact = False  # whether quick_check passed on the open file
        self._notes: list[str] = []  # what opening the file found wrong with it
        self._restored: Restored | None = None  # what `load` read, until the next save
        # The output's stamps as the last `load` found them (equal to the saved ones) or
        # the last save wrote them; None when unknown.
        self._outputs: dict[str, tuple[int, int]] | None = None
        # The last `load`'s look at the output folder (which `_outputs` holds once it is
        # known to be the saved site's), until the next save.
        self._check: OutputCheck | None = None
        # What the last `load` read or `save` wrote as `Restored.saved`: a warm build
        # process (`generator.warm`) trusts its memory only while the file still says it.
        self.saved_token = ""
        self._early: _EarlyParts | None = None  # a save begun (`begin`), until done

    def last_run_if_unchanged(
        self, stamps: Mapping[str, tuple[int, int]], templates: tuple
    ) -> StoredRun | None:
        """What the last run reported, when the state can be used and says that no content
        file (`stamps`), template (`templates`), setting or output file changed since it;
        else None."""
        try:
            restored = self.load()
        except StateError:
            return None
        return restored.run if restored.unchanged(stamps, templates) else None

    def content_changed(self, stamps: Mapping[str, tuple[int, int]]) -> bool:
        """Whether the saved state can be used and a content file changed since its run
        (`stamps`: every content file's now), without waiting for the look at the output
        folder."""
        try:
            return self.load().content_changed(stamps)
        except StateError:
            return False

    def load(self) -> Restored:
        """What the saved state says of the last run (not yet its contents: see
        `load_contents`); raises `StateError` saying why it cannot be used. Read once:
        a second call, before the next save, answers the same."""
        if self._restored is None:
            self._restored = self._load()
        return self._restored

    def _load(self) -> Restored:
        if not self.path.is_file():
            raise StateError("no saved state")
        try:
            db = self._connect(checked=False)
            saved = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if not saved:
                raise StateError("; ".join(self._notes) or "the saved state is empty")
            for key, value in self.meta.items():
                if saved.get(key) != value:
                    what = {
                        "code": "the code",
                        "config": "the configuration",
                        "output": "the output folder",
                        "strict": "--strict",
                    }[key]
                    raise StateError(f"{what} changed since the last build")
            # The pages saved are trusted only while the output folder holds the site of
            # the run that saved them, file for file: looked at on a thread (`OutputCheck`).
            check = OutputCheck(self.output, _decode(dict[str, tuple[int, int]], saved["outputs"]))
            self._outputs, self._check = None, check
            restored = Restored(
                _decode(dict[str, tuple[int, int]], saved["stamps"]),
                saved["boilerplate"],
                check,
                _decode(tuple[tuple[str, int, int], ...], saved["templates"]),
                _decode(StoredRun, saved["run"]),
                saved.get("saved", ""),
            )
            self.saved_token = restored.saved
            return restored
        except (sqlite3.Error, KeyError, msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StateError(f"the saved state cannot be read ({exc})") from None

    def load_contents(self) -> Contents:
        """The stages' saved contents, after `load` found the state usable: read apart
        because a build that finds no file changed needs none of them. The pages' parts
        only when the output holds the saved run's site (`Restored.site`, asked once the
        rest is read, which gives the look at the output folder that time). Raises
        `StateError` saying why they cannot be used."""
        try:
            db = self._connect()
            files = {
                rel: _decode(StoredFile, data)
                for rel, data in db.execute("SELECT rel, data FROM files")
            }
            related = None
            kept = db.execute("SELECT value FROM meta WHERE key = 'related'").fetchone()
            if kept is not None:
                common, rare = _decode(tuple[int, dict[str, bytes]], kept[0])
                answers = {
                    slug: _decode(tuple[bytes, tuple[str, ...]], data)
                    for slug, data in db.execute("SELECT slug, data FROM related")
                }
                related = StoredRelated(common, rare, answers)
            groups, other = None, None
            if self.load().site:
                groups = {
                    key: _decode(StoredGroup, data)
                    for key, data in db.execute("SELECT key, data FROM groups")
                }
                other = dict(db.execute("SELECT rel, digest FROM other").fetchall())
        except (sqlite3.Error, msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StateError(f"the saved state cannot be read ({exc})") from None
        return Contents(files, groups, other, related)

    def load_stories(self) -> dict[str, bytes]:
        """The stories stage's saved rows, read when the stage first needs them rather than
        with the rest (a one-shot build's link stage, its highest memory, has no use for
        them). Raises `StateError` when they cannot be read, or when the state was saved
        again since `load` (by another build of the site): its rows would not fit what was
        read then."""
        try:
            db = self._connect()
            # One read transaction: the token and the rows are of one save.
            db.execute("BEGIN")
            try:
                saved = db.execute("SELECT value FROM meta WHERE key = 'saved'").fetchone()
                if saved is None or saved[0] != self.saved_token:
                    raise StateError("the build state was saved again since it was read")
                return dict(db.execute("SELECT key, data FROM stories").fetchall())
            finally:
                db.commit()
        except sqlite3.Error as exc:
            raise StateError(f"the saved state cannot be read ({exc})") from None

    def load_link(self) -> SavedLink | None:
        """The link stage's saved parts (`generator.link.saved`), if any, after `load` found
        the state usable; read apart because a build that finds nothing changed does not
        link. Raises `StateError` saying why they cannot be used."""
        # Imported here: a build that finds nothing changed imports none of the link stage.
        from generator.link.saved import (
            SavedArticle,
            SavedLink,
            SavedVotes,
            SavedWords,
            StoredIndex,
            shared,
        )

        try:
            db = self._connect()
            saved = dict(
                db.execute("SELECT key, value FROM meta WHERE key IN ('link', 'votes', 'words')")
            )
            if "link" not in saved:
                return None
            canon: dict = {}
            return SavedLink(
                _decode(StoredIndex, saved["link"]),
                {
                    digest: shared(_decode(SavedArticle, data), canon)
                    for digest, data in db.execute("SELECT digest, data FROM link")
                },
                _decode(SavedVotes, saved["votes"]) if "votes" in saved else None,
                _decode(SavedWords, saved["words"]) if "words" in saved else None,
            )
        except (sqlite3.Error, msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StateError(f"the saved state cannot be read ({exc})") from None

    def link_word_counts(self, digests: Collection[str]) -> dict[str, dict[str, int]]:
        """The saved lower-case word counts of the articles of `digests` (`load_link`'s
        `SavedWords`); those that cannot be read are left out."""
        found = {}
        try:
            db = self._connect()
            for digest in digests:
                row = db.execute(
                    "SELECT data FROM link_words WHERE digest = ?", (digest,)
                ).fetchone()
                if row is not None:
                    found[digest] = _decode(dict[str, int], row[0])
        except (StateError, sqlite3.Error, msgspec.ValidationError, msgspec.DecodeError):
            pass
        return found

    def begin(self) -> None:
        """Begin a save whose link and stories parts come first (`save_link`,
        `save_stories`), before the run has written the site: they go into temporary
        tables of this connection (a file of SQLite's own, gone with the connection, a
        killed process's too), and `save` moves them into the state in its one
        transaction. A one-shot build writes each part as soon as its stage has run, so
        that it does not hold it in memory until then, nor the state's lock while it
        renders (another build of the site saves meanwhile as before)."""
        db = self._connect_to_write()
        # On disk, not in this process's memory, whatever SQLite was built to default to.
        db.execute("PRAGMA temp_store = FILE")
        for table, columns in _EARLY_TABLES.items():
            db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns})")
            db.execute(f"DELETE FROM temp.{table}")
        db.commit()
        self._early = _EarlyParts()

    def abandon(self) -> None:
        """Forget a save begun and not done (its temporary tables emptied)."""
        early, self._early = self._early, None
        if early is None or self._database is None or self._database.connection is None:
            return
        db = self._database.connection
        try:
            if db.in_transaction:
                db.rollback()
            for table in _EARLY_TABLES:
                db.execute(f"DELETE FROM temp.{table}")
            db.commit()
        except sqlite3.Error:
            pass  # they go with the connection

    def save_link(self, link: LinkChanges | None) -> None:
        """The link stage's part of the save begun (None: no link state to keep)."""
        early, db = self._early_save()
        early.link = link is not None
        if link is None:
            return
        early.link_gone = tuple(link.gone)
        _insert_link(db, link, "temp.early_")
        db.commit()

    def save_stories(self, rows: Mapping[str, bytes], gone: Iterable[str]) -> None:
        """The stories stage's part of the save begun: its rows, and the keys of those gone."""
        early, db = self._early_save()
        early.stories, early.stories_gone = True, tuple(gone)
        db.executemany("INSERT OR REPLACE INTO temp.early_stories VALUES (?, ?)", rows.items())
        db.commit()

    def save(self, changes: StateChanges) -> None:
        """Write what a run changed, in one transaction: with the parts written since
        `begin` when `changes.parts_written`."""
        self._restored = None
        outputs = self._output_stamps(changes.outputs)
        self._outputs, self._check = None, None
        early = self._early
        if changes.parts_written and (early is None or early.link is None or not early.stories):
            raise StateError("the save begun lacks the link or the stories stage's part")
        db = self._connect_to_write()
        try:
            with db:
                if changes.afresh:
                    for table in TABLES:
                        db.execute(f"DELETE FROM {table}")
                if early is not None and changes.parts_written:
                    _move_early_parts(db, early)
                else:
                    _write_stories(db, changes.stories.items(), changes.stories_gone)
                    _write_link(db, changes.link)
                self._write_rest(db, changes, outputs)
        finally:
            self.abandon()

    def _connect_to_write(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except StateError:
            # The file was found damaged and moved aside: the state goes into a new one.
            return self._connect()

    def _early_save(self) -> tuple[_EarlyParts, sqlite3.Connection]:
        if self._early is None:
            raise StateError("no save was begun")
        return self._early, self._connect()

    def _write_rest(
        self, db: sqlite3.Connection, changes: StateChanges, outputs: dict[str, tuple[int, int]]
    ) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO files VALUES (?, ?)",
            ((rel, _encode(found)) for rel, found in changes.files.items()),
        )
        db.executemany("DELETE FROM files WHERE rel = ?", ((rel,) for rel in changes.gone))
        db.executemany(
            "INSERT OR REPLACE INTO groups VALUES (?, ?)",
            ((key, _encode(group)) for key, group in changes.groups.items()),
        )
        db.executemany("DELETE FROM groups WHERE key = ?", ((key,) for key in changes.groups_gone))
        related = changes.related
        if related is None:
            db.execute("DELETE FROM related")
        else:
            db.executemany("DELETE FROM related WHERE slug = ?", ((slug,) for slug in related.gone))
            db.executemany(
                "INSERT OR REPLACE INTO related VALUES (?, ?)",
                ((slug, _encode(answer)) for slug, answer in related.answers.items()),
            )
        db.execute("DELETE FROM other")
        db.executemany("INSERT INTO other VALUES (?, ?)", changes.other.items())
        meta = {
            **self.meta,
            "outputs": _encode(outputs),
            "run": _encode(changes.run),
            "stamps": _encode(changes.stamps),
            "templates": _encode(changes.templates),
            "boilerplate": changes.boilerplate,
            "saved": secrets.token_hex(8),
        }
        if related is not None:
            meta["related"] = _encode((related.common, related.rare))
        else:
            db.execute("DELETE FROM meta WHERE key = 'related'")
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        self._outputs = outputs
        self.saved_token = meta["saved"]

    def _output_stamps(self, changed: OutputChanges | None) -> dict[str, tuple[int, int]]:
        """The output's stamps now: those it had when it was loaded or saved, with the files
        a run may have changed since looked at again, when both are known; else every file
        of the output (tens of thousands of folders at 10,000 articles: as long as the rest
        of an edit's save)."""
        stamps = self._outputs
        if stamps is None and self._check is not None:
            stamps = self._check.stamps()
        if stamps is None or changed is None:
            return output_stamps(self.output)
        stamps = dict(stamps)
        for rel in changed.paths:
            try:
                found = os.stat(os.path.join(self.output, rel), follow_symlinks=False)
            except FileNotFoundError:
                stamps.pop(rel, None)
                continue
            except OSError:
                return output_stamps(self.output)
            if not stat.S_ISREG(found.st_mode):
                # A folder where a file was: the files below it are not known here.
                return output_stamps(self.output)
            stamps[rel] = (found.st_mtime_ns, found.st_size)
        for folder in changed.volatile:
            prefix = folder + "/"
            stamps = {rel: stamp for rel, stamp in stamps.items() if not rel.startswith(prefix)}
            below = output_stamps(self.output / folder)
            stamps.update((prefix + rel, stamp) for rel, stamp in below.items())
        return stamps

    def close(self) -> None:
        self.abandon()
        if self._database is not None:
            self._database.close()
            self._database = None

    def _connect(self, checked: bool = True) -> sqlite3.Connection:
        """The state's connection; `checked`: once `PRAGMA quick_check` found it intact.

        The check reads the whole file (2.5 GB at 100,000 articles), so it waits for the
        first read of the state's contents or write: a build that finds nothing changed
        reads only the meta table, and a damaged meta table fails to read like any other.
        A file found damaged is moved aside: reading raises `StateError`, writing starts a
        new file."""
        database = self._database
        if database is None:
            # Opened through `storage`: a locked, corrupt (moved aside), read-only or foreign
            # file, or a full disk, is a note in the report, never a failed build.
            database = open_database(
                self.path,
                TABLES,
                what="build state",
                warn=lambda _, message: self._notes.append(message),
                check=False,
            )
            if database.connection is None:
                raise StateError("; ".join(self._notes) or "the build state cannot be opened")
            self._database, self._intact = database, False
        if checked and not self._intact:
            if not database.confirm_intact():
                self._database = None
                raise StateError("; ".join(self._notes) or "the build state is damaged")
            self._intact = True
        assert database.connection is not None
        return database.connection


# The state's tables (name → columns): a file with other tables is someone else's.
TABLES = {
    "meta": "key TEXT PRIMARY KEY, value",
    "files": "rel TEXT PRIMARY KEY, data BLOB",
    "groups": "key TEXT PRIMARY KEY, data BLOB",
    "other": "rel TEXT PRIMARY KEY, digest BLOB",
    "link": "digest TEXT PRIMARY KEY, data BLOB",
    # Each article's lower-case word counts (`generator.link.saved.SavedWords`), by digest.
    "link_words": "digest TEXT PRIMARY KEY, data BLOB",
    # The stories stage's rows (`generator.stories.stage`), JSON it decodes.
    "stories": "key TEXT PRIMARY KEY, data BLOB",
    # Each article's related articles (`generator.render.related`).
    "related": "slug TEXT PRIMARY KEY, data BLOB",
}


# The temporary tables of a save begun early (`BuildState.begin`).
_EARLY_TABLES = {
    "early_link": "digest TEXT PRIMARY KEY, data BLOB",
    "early_link_words": "digest TEXT PRIMARY KEY, data BLOB",
    "early_meta": "key TEXT PRIMARY KEY, value",
    "early_stories": "key TEXT PRIMARY KEY, data BLOB",
}


@dataclass
class _EarlyParts:
    """What a save begun early holds besides its temporary tables: whether the link part
    was written (None: not yet; False: there is no link state to keep) and the stories
    part, and the keys each found gone."""

    link: bool | None = None
    link_gone: tuple[str, ...] = ()
    stories: bool = False
    stories_gone: tuple[str, ...] = ()


def _insert_link(db: sqlite3.Connection, link: LinkChanges, prefix: str = "") -> None:
    """Insert the link stage's part into the state's tables, or (`prefix` "temp.early_")
    into those of a save begun early."""
    db.executemany(
        f"INSERT OR REPLACE INTO {prefix}link VALUES (?, ?)",
        ((digest, _encode(part)) for digest, part in link.parts.items()),
    )
    db.executemany(
        f"INSERT OR REPLACE INTO {prefix}link_words VALUES (?, ?)",
        ((digest, _encode(counts)) for digest, counts in link.word_counts),
    )
    meta = [("link", _encode(link.index))]
    if link.votes is not None:
        meta.append(("votes", _encode(link.votes)))
    if link.words is not None:
        meta.append(("words", _encode(link.words)))
    db.executemany(f"INSERT OR REPLACE INTO {prefix}meta VALUES (?, ?)", meta)


def _write_link(db: sqlite3.Connection, link: LinkChanges | None) -> None:
    if link is None:
        _drop_link(db)
        return
    # Written with the index in the same transaction: the parts hold with it.
    _delete_link_parts(db, link.gone)
    _insert_link(db, link)


def _delete_link_parts(db: sqlite3.Connection, digests: Iterable[str]) -> None:
    for table in ("link", "link_words"):
        db.executemany(f"DELETE FROM {table} WHERE digest = ?", ((d,) for d in digests))


def _drop_link(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM link")
    db.execute("DELETE FROM link_words")
    db.execute("DELETE FROM meta WHERE key IN ('link', 'votes', 'words')")


def _write_stories(
    db: sqlite3.Connection, rows: Iterable[tuple[str, bytes]], gone: Iterable[str]
) -> None:
    # Inserted, then those gone deleted, as `_move_early_parts` does.
    db.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?)", rows)
    db.executemany("DELETE FROM stories WHERE key = ?", ((key,) for key in gone))


def _move_early_parts(db: sqlite3.Connection, early: _EarlyParts) -> None:
    """Move the parts of a save begun early from its temporary tables into the state (in
    the save's transaction), as `_write_link` and `_write_stories` would write them."""
    if early.link:
        _delete_link_parts(db, early.link_gone)
        db.execute("INSERT OR REPLACE INTO link SELECT digest, data FROM temp.early_link")
        db.execute(
            "INSERT OR REPLACE INTO link_words SELECT digest, data FROM temp.early_link_words"
        )
        db.execute("INSERT OR REPLACE INTO meta SELECT key, value FROM temp.early_meta")
    else:
        _drop_link(db)
    db.execute("INSERT OR REPLACE INTO stories SELECT key, data FROM temp.early_stories")
    db.executemany("DELETE FROM stories WHERE key = ?", ((key,) for key in early.stories_gone))


class OutputCheck:
    """Whether the output folder holds the site a saved run wrote, file for file: its
    stamps against the saved ones, taken on a thread from the moment the state is read.

    At 10,000 articles the output is tens of thousands of folders, and listing them is
    mostly waiting on the file system (which lets other threads run): a build that finds
    content changed starts the models' process (`generator.analyse.workers.WarmProcess`)
    and reads the rest of the state meanwhile, and asks for the answer only before it
    relies on the pages it saved."""

    def __init__(self, output: Path, saved: Mapping[str, tuple[int, int]]) -> None:
        self._saved: Mapping[str, tuple[int, int]] | None = saved  # until compared
        self._found: dict[str, tuple[int, int]] | None = None
        self._thread = threading.Thread(
            target=self._look, args=(output,), name="output-stamps", daemon=True
        )
        self._thread.start()

    def _look(self, output: Path) -> None:
        self._found = output_stamps(output)

    def stamps(self) -> dict[str, tuple[int, int]] | None:
        """The output's stamps when they are the saved ones, else None (waits for the look
        to finish; a look that failed counts as a changed output)."""
        self._thread.join()
        if self._saved is not None:
            # Compared once; the saved copy (as large as the stamps) is let go.
            if self._found != self._saved:
                self._found = None
            self._saved = None
        return self._found


@dataclass(frozen=True)
class Restored:
    """What the saved state says of the last run: enough to tell that nothing changed."""

    stamps: Mapping[str, tuple[int, int]]  # every content file's (modification time, size)
    boilerplate: str  # digest of the boilerplate set the articles were cleaned with
    outputs: OutputCheck  # whether the output folder holds the site the saved run wrote
    templates: tuple[tuple[str, int, int], ...]  # the templates' stamp
    run: StoredRun
    saved: str = ""  # a token new with every save: which save this is

    @property
    def site(self) -> bool:
        """Whether the output folder holds the site the saved run wrote (waits for the
        look at it: `OutputCheck`)."""
        return self.outputs.stamps() is not None

    def content_changed(self, stamps: Mapping[str, tuple[int, int]]) -> bool:
        """Whether a content file changed since the saved run (`stamps`: every content
        file's now): the articles it holds may need the models."""
        return stamps != self.stamps

    def unchanged(self, stamps: Mapping[str, tuple[int, int]], templates: tuple) -> bool:
        """Whether the output folder holds the saved run's site and no content file
        (`stamps`) or template (`templates`) changed since (the output, the slowest to
        look at, last)."""
        return not self.content_changed(stamps) and templates == self.templates and self.site


@dataclass(frozen=True)
class Contents:
    """The stages' saved contents, decoded."""

    files: Mapping[str, StoredFile]
    # None when the output folder is not the site the saved run wrote:
    groups: Mapping[str, StoredGroup] | None
    other: Mapping[str, bytes] | None  # digest of every file that is no page
    related: StoredRelated | None = None  # the render stage's related articles


@dataclass(frozen=True)
class StateChanges:
    """What one run changed in the state (`afresh`: all of it)."""

    afresh: bool
    files: Mapping[str, StoredFile]
    gone: Iterable[str]
    boilerplate: str
    groups: Mapping[str, StoredGroup]
    groups_gone: Iterable[str]
    templates: tuple[tuple[str, int, int], ...]
    other: Mapping[str, bytes]
    run: StoredRun
    stamps: Mapping[str, tuple[int, int]]  # every content file's, as loaded
    link: LinkChanges | None = None  # None: no link state to keep
    stories: Mapping[str, bytes] = field(default_factory=dict)
    stories_gone: Iterable[str] = ()
    # The link and stories parts were written into the save begun (`BuildState.begin`).
    parts_written: bool = False
    related: StoredRelated | None = None  # None: no related articles to keep
    outputs: OutputChanges | None = None  # None: any output file may have changed


@dataclass(frozen=True)
class OutputChanges:
    """The output files the runs since the state was loaded or saved wrote or deleted (a
    swap's marker included), and the folders another tool rewrites as a whole (the search
    index): what may differ from the output's saved stamps."""

    paths: frozenset[str]
    volatile: tuple[str, ...] = ()


def _encode(value: Any) -> bytes:
    return msgspec.json.encode(value)


def _decode(hint: Any, data: bytes | str) -> Any:
    return msgspec.json.decode(data, type=hint)
