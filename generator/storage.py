"""SQLite files a build can do without (the analysis cache, build state), opened so that no
fault in them stops a build or destroys one.

`open_database` gives a `Database` whose connection is None when the file cannot be used;
`Database.run` runs an operation and turns any SQLite failure into a warning and a
database that is no longer used. What each fault becomes:

* locked by another process: the opening waits up to `wait` seconds (saying so once on
  stderr); an operation waits as long (SQLite's busy timeout); then a warning, and the run
  goes on without the file. The file is left alone.
* corrupt (`PRAGMA quick_check` when opening; an error saying so at any time, confirmed by
  `quick_check`): the file (with its `-wal` and `-shm`) is moved aside to
  `NAME.corrupt-YYYYMMDDTHHMMSS` with a warning naming it, and opening starts a new one.
  Nothing else ever replaces a file.
* disk full, read-only file or folder, a path that is a folder, a parent that is a file, a
  folder that cannot be read or created, tables of another program: a warning, the file
  left as it is, and the run goes on without it.

Warnings go to `warn(path, message)`, once per fault; the drivers add them to the build's
problems, so they are reported like any other warning.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
Warn = Callable[[str, str], None]

# How long opening waits for another process's lock, and an operation for SQLite's.
WAIT = 10.0
# The connection keeps no fsync per commit: a cache or a build state can be rebuilt, and
# write-ahead logging keeps the file consistent whatever happens to the process.
DEFAULT_PRAGMAS = ("journal_mode=WAL", "synchronous=NORMAL")

_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _stderr(path: str, message: str) -> None:
    print(f"warning: {path}: {message}", file=sys.stderr, flush=True)


class Database:
    """An SQLite file opened by `open_database`; `connection` is None once it is not used."""

    def __init__(self, path: Path, what: str, warn: Warn, wait: float) -> None:
        self.path = path
        self.what = what
        self.warn = warn
        self.wait = wait
        self.connection: sqlite3.Connection | None = None

    @property
    def usable(self) -> bool:
        return self.connection is not None

    def run(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        """`operation(connection)`, or `default` when the database is not (or no longer)
        usable: a SQLite failure is reported once and the database is closed (and moved
        aside when it proves corrupt)."""
        connection = self.connection
        if connection is None:
            return default
        try:
            return operation(connection)
        except sqlite3.Error as exc:
            self._failed(exc, "not used for the rest of this run")
            return default

    def close(self) -> None:
        """Close the connection (once; later `run`s return their default)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def confirm_intact(self) -> bool:
        """Run the check `open_database(check=False)` left out; a corrupt file is closed and
        moved aside (a warning says where), and False is returned."""
        connection = self.connection
        if connection is None or not _corrupt(connection):
            return connection is not None
        self.close()
        self._move_aside("PRAGMA quick_check found damage")
        return False

    def _failed(self, exc: sqlite3.Error, consequence: str) -> None:
        name = _error_name(exc)
        connection = self.connection
        if name.startswith(_CORRUPT) and connection is not None and _corrupt(connection):
            self.close()
            self._move_aside(str(exc))
            return
        self.close()
        self.warn(str(self.path), f"{self.what} {describe(exc, self.wait)}; {consequence}")

    def _move_aside(self, detail: str) -> bool:
        """Move the corrupt file aside (a warning says where); False if it could not be."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, f"{aside}{suffix}")
        except OSError as exc:
            self.warn(
                str(self.path),
                f"{self.what} is corrupt ({detail}) and cannot be moved aside "
                f"({exc.strerror or exc}); building without it",
            )
            return False
        self.warn(
            str(self.path),
            f"{self.what} was corrupt ({detail}); moved aside to {aside.name}, starting anew",
        )
        return True


def open_database(
    path: Path,
    tables: Mapping[str, str],
    *,
    what: str,
    warn: Warn | None = None,
    wait: float = WAIT,
    check: bool = True,
    setup: Callable[[sqlite3.Connection], None] | None = None,
    pragmas: Sequence[str] = DEFAULT_PRAGMAS,
) -> Database:
    """Open (or create) the SQLite file `path` holding `tables` (name → column definitions).

    `what` names the file in messages ("analysis cache"). The tables are created when
    missing; a file with other tables, or these with other columns, belongs to someone
    else and is left alone. `check` runs `PRAGMA quick_check` (a read of the whole file) to
    find corruption before it is used. `setup(connection)` runs last, inside the same
    waiting for locks (the analysis cache drops rows of other code versions there). Faults
    are described in the module's docstring; the result's `connection` is None after one.
    """
    database = Database(path, what, _stderr if warn is None else warn, wait)
    problem = _unusable_path(path)
    if problem is not None:
        database.warn(str(path), f"{what} {problem}; building without it")
        return database
    deadline = time.monotonic() + wait
    told = False
    moved = False
    while True:
        try:
            database.connection = _connect(path, tables, check, setup, pragmas)
            database.connection.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
            return database
        except Foreign as exc:
            database.warn(str(path), f"{what} {exc}; left as it is, building without it")
            return database
        except Corrupt as exc:
            if moved or not database._move_aside(str(exc)):
                return database
            moved = True
        except sqlite3.Error as exc:
            name = _error_name(exc)
            if name.startswith(_LOCKED) and time.monotonic() < deadline:
                if not told:
                    print(
                        f"waiting for {path}: locked by another process (up to {wait:.0f} s)",
                        file=sys.stderr,
                        flush=True,
                    )
                    told = True
                time.sleep(0.1)
                continue
            if name.startswith(_CORRUPT) and not moved:
                if not database._move_aside(str(exc)):
                    return database
                moved = True
                continue
            database.warn(str(path), f"{what} {describe(exc, wait)}; building without it")
            return database


class Foreign(Exception):
    """The file is an SQLite database of another program."""


class Corrupt(Exception):
    """`PRAGMA quick_check` found damage."""


def _unusable_path(path: Path) -> str | None:
    """Why `path` cannot hold the database before SQLite is even asked, or None."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"cannot be created: {path.parent} is a file, not a folder"
    except OSError as exc:
        return f"cannot be created in {path.parent}: {exc.strerror or exc}"
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    return None


def _connect(
    path: Path,
    tables: Mapping[str, str],
    check: bool,
    setup: Callable[[sqlite3.Connection], None] | None,
    pragmas: Sequence[str],
) -> sqlite3.Connection:
    # No busy timeout while opening: `open_database` waits itself, saying so.
    connection = sqlite3.connect(path, timeout=0, check_same_thread=False)
    try:
        # Reading the schema reads the file's first page: a file that is no database fails here.
        found = {
            name: _columns(connection, name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        wanted = {name: _declared_columns(name, columns) for name, columns in tables.items()}
        strange = sorted(name for name in found if found[name] != wanted.get(name))
        if strange:
            raise Foreign(
                f"is not a file of this program (tables {', '.join(strange)} are not its own)"
            )
        if check:
            result = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                raise Corrupt("; ".join(result))
        for pragma in pragmas:
            connection.execute(f"PRAGMA {pragma}")
        with connection:
            for name, columns in tables.items():
                if name not in found:
                    connection.execute(f"CREATE TABLE {name} ({columns})")
            if setup is not None:
                setup(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _columns(connection: sqlite3.Connection, table: str) -> list[tuple]:
    # (name, type, not null, primary key) of each column, as SQLite reports them.
    quoted = table.replace('"', '""')
    return [(r[1], r[2], r[3], r[5]) for r in connection.execute(f'PRAGMA table_info("{quoted}")')]


def _declared_columns(table: str, columns: str) -> list[tuple]:
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.execute(f"CREATE TABLE {table} ({columns})")
        return _columns(scratch, table)
    finally:
        scratch.close()


def _corrupt(connection: sqlite3.Connection) -> bool:
    """Whether `quick_check` confirms damage (an error saying so mid-run could be passing)."""
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check(5)")] != ["ok"]
    except sqlite3.Error as exc:
        return _error_name(exc).startswith(_CORRUPT)


def _error_name(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", None) or ""


def describe(exc: sqlite3.Error, wait: float) -> str:
    """What an SQLite failure means, in words (the rest of a warning's sentence)."""
    name = _error_name(exc)
    if name.startswith(_LOCKED):
        return f"is locked by another process (waited {wait:.0f} s)"
    if name.startswith("SQLITE_FULL"):
        return "cannot be written: the disk is full"
    if name.startswith("SQLITE_READONLY"):
        return f"is read-only ({exc})"
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return f"cannot be opened ({exc})"
    if name.startswith("SQLITE_IOERR"):
        return f"cannot be read or written ({exc})"
    return f"failed ({exc})"
