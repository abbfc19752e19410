"""The on-disk analysis cache: one SQLite file of JSON analyses, keyed by content hash.

A key is the SHA-256 of everything that can change what `analyse_article` returns: the
article (its text and metadata), the `AnalysisSettings`, and a fingerprint of the code and
models — news-digest's version, the source of the analysis modules (`generator.analyse`
and what it imports, the article-side types of `generator.articles` among them; not the
link or render stages), and the versions of sumy, spaCy and the spaCy model. A cache
written by other code or other models therefore never matches: it is a miss, and the
stale rows are dropped when the file is opened. Values are JSON (never pickle), decoded
generically from the dataclass type hints, so a schema change is a miss, never a crash.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import importlib.metadata
import json
import sqlite3
import sys
import types
import typing
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import generator
from generator import __version__, analyse
from generator.analyse import AnalysisSettings
from generator.articles import Analysis, Article
from generator.storage import WAIT, Warn, open_database

CACHE_FILE = "analysis.sqlite"


def to_jsonable(value: Any) -> Any:
    """Dataclasses, tuples, datetimes and scalars as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


class DecodeMismatch(Exception):
    """Stored JSON does not fit the type it should become (the schema moved on)."""


def from_jsonable(hint: Any, data: Any) -> Any:
    """The inverse of `to_jsonable`, guided by the type hint; raises `DecodeMismatch`."""
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise DecodeMismatch(f"{hint.__name__}: expected an object")
        hints = _hints(hint)
        fields = {f.name for f in dataclasses.fields(hint) if f.init}
        if set(data) - fields:
            raise DecodeMismatch(f"{hint.__name__}: unknown fields {sorted(set(data) - fields)}")
        try:
            return hint(**{k: from_jsonable(hints[k], v) for k, v in data.items()})
        except TypeError as exc:
            raise DecodeMismatch(f"{hint.__name__}: {exc}") from None
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(data, list):
            raise DecodeMismatch(f"{hint}: expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], v) for v in data)
        if len(args) != len(data):
            raise DecodeMismatch(f"{hint}: expected {len(args)} items")
        return tuple(from_jsonable(a, v) for a, v in zip(args, data, strict=True))
    if origin is typing.Union or origin is types.UnionType:
        for arg in typing.get_args(hint):
            try:
                return from_jsonable(arg, data)
            except DecodeMismatch:
                continue
        raise DecodeMismatch(f"{hint}: no alternative fits {data!r}")
    if hint is type(None):
        if data is not None:
            raise DecodeMismatch("expected null")
        return None
    if hint is datetime:
        if not isinstance(data, str):
            raise DecodeMismatch("datetime: expected a string")
        return datetime.fromisoformat(data)
    if hint is Any:
        return data
    if hint in (str, int, float, bool):
        ok = isinstance(data, hint) and not (hint is not bool and isinstance(data, bool))
        if hint is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if not ok:
            raise DecodeMismatch(f"expected {hint.__name__}, got {type(data).__name__}")
        return data
    raise DecodeMismatch(f"cannot decode type {hint!r}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def analysis_modules() -> list[Path]:
    """Source files of `generator.analyse` and of every generator module it imports,
    transitively, with the packages they sit in (importing a module runs its packages'
    `__init__.py`) — but `generator.config`: settings enter the key as `AnalysisSettings`."""
    package = Path(generator.__file__).resolve().parent
    seen: dict[str, Path] = {}
    todo = ["generator.analyse"]
    while todo:
        name = todo.pop()
        if name in seen or name == "generator.config":
            continue
        relative = name.split(".")[1:]
        path = package.joinpath(*relative).with_suffix(".py")
        if not path.is_file():
            path = package.joinpath(*relative, "__init__.py")
            if not path.is_file():
                continue
        seen[name] = path
        todo.extend(".".join(name.split(".")[:n]) for n in range(1, len(relative) + 1))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("generator"):
                    todo.append(node.module)
                    todo.extend(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.startswith("generator."))
    return sorted(seen.values())


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        meta = Path(name) / "meta.json"
        if meta.is_file():
            return "path:" + hashlib.sha256(meta.read_bytes()).hexdigest()
        return "not-installed"


@lru_cache(maxsize=8)
def code_fingerprint(model_name: str) -> str:
    """A hash of everything besides the article and settings that analysis depends on."""
    digest = hashlib.sha256()
    digest.update(f"news-digest {__version__}\n".encode())
    for name in ("sumy", "spacy", model_name):
        digest.update(f"{name} {_package_version(name)}\n".encode())
    package = Path(generator.__file__).resolve().parent
    for path in analysis_modules():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article, settings: AnalysisSettings, fingerprint: str) -> str:
    """The cache key of one article's analysis. Where the file lives is not part of it."""
    material = to_jsonable(dataclasses.replace(article, path="", slug=""))
    payload = json.dumps(
        [fingerprint, to_jsonable(settings), material], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# The cache's tables; a file with other tables is someone else's and is left alone.
TABLES = {
    "meta": "key TEXT PRIMARY KEY, value TEXT",
    "analysis": "key TEXT PRIMARY KEY, value TEXT NOT NULL",
}


class AnalysisCache:
    """Analyses stored in `folder/analysis.sqlite`; only rows of the current fingerprint.

    Opened through `generator.storage`: a cache that is locked, corrupt, read-only, on a
    full disk or not a cache at all is reported through `warn` and the build goes on
    without it (`db` is then None, every lookup a miss); only a corrupt file is replaced,
    after moving it aside.
    """

    def __init__(
        self,
        folder: Path,
        fingerprint: str,
        *,
        warn: Warn | None = None,
        wait: float = WAIT,
        check: bool = True,
    ):
        self.fingerprint = fingerprint
        self.store = open_database(
            folder / CACHE_FILE,
            TABLES,
            what="analysis cache",
            warn=warn,
            wait=wait,
            check=check,
            setup=self._drop_other_versions,
        )

    @property
    def db(self) -> sqlite3.Connection | None:
        """The open connection; None when the cache is not (or no longer) used."""
        return self.store.connection

    def _drop_other_versions(self, db: sqlite3.Connection) -> None:
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is None or row[0] != self.fingerprint:
            db.execute("DELETE FROM analysis")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,))

    def get_many(self, keys: Sequence[str]) -> dict[str, Analysis]:
        """The stored analyses among `keys`; rows that no longer decode are left out."""
        return self.store.run(lambda db: self._get_many(db, keys), {})

    def _get_many(self, db: sqlite3.Connection, keys: Sequence[str]) -> dict[str, Analysis]:
        found: dict[str, Analysis] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(
                f"SELECT key, value FROM analysis WHERE key IN ({marks})", chunk
            ).fetchall()
            for key, value in rows:
                try:
                    found[key] = from_jsonable(Analysis, json.loads(value))
                except (DecodeMismatch, ValueError, TypeError, RecursionError):
                    # Not JSON of an analysis (another schema, a damaged row, JSON nested
                    # deeper than the parser goes): a miss.
                    continue
        return found

    def put_many(self, items: dict[str, Analysis]) -> None:
        rows = [(k, json.dumps(to_jsonable(v), ensure_ascii=False)) for k, v in items.items()]

        def put(db: sqlite3.Connection) -> None:
            with db:
                db.executemany("INSERT OR REPLACE INTO analysis VALUES (?, ?)", rows)

        self.store.run(put, None)

    def __len__(self) -> int:
        return self.store.run(
            lambda db: db.execute("SELECT COUNT(*) FROM analysis").fetchone()[0], 0
        )

    def close(self) -> None:
        self.store.close()


def open_cache(
    folder: Path,
    settings: AnalysisSettings,
    warn: Warn | None = None,
    *,
    check: bool = True,
) -> AnalysisCache:
    """The cache in `folder` for the installed code and models.

    Problems with the cache go to `warn(path, message)` (stderr by default) and never stop
    the build. `check` reads the whole file once to find corruption before it is used.
    """
    return AnalysisCache(folder, code_fingerprint(settings.model), warn=warn, check=check)


def analyse_with_cache(
    articles: Sequence[Article],
    settings: AnalysisSettings,
    cache: AnalysisCache | None,
    progress: Callable[[int], None] | None = None,
) -> list[Analysis]:
    """`analyse.analyse_articles`, running the NLP only for articles the cache lacks."""
    if cache is None:
        return analyse.analyse_articles(articles, settings, progress)
    keys = [article_key(a, settings, cache.fingerprint) for a in articles]
    found = cache.get_many(keys)
    missing = [i for i, k in enumerate(keys) if k not in found]
    done = len(articles) - len(missing)
    if progress:
        progress(done)
    # Stored in chunks, so an interrupted cold build keeps what it has analysed so far.
    for start in range(0, len(missing), 256):
        chunk = missing[start : start + 256]
        computed = analyse.analyse_articles(
            [articles[i] for i in chunk],
            settings,
            (lambda n, base=done: progress(base + n)) if progress else None,
        )
        new = {keys[i]: a for i, a in zip(chunk, computed, strict=True)}
        cache.put_many(new)
        found.update(new)
        done += len(chunk)
    return [found[k] for k in keys]
