"""The on-disk analysis cache: one SQLite file of JSON analyses, keyed by content hash.

A key is the SHA-256 of everything that can change what `analyse_article` returns: what it
reads of the article (`analysis_input`: text, language, summary settings), the
`AnalysisSettings`, and a fingerprint of the code and models — news-digest's version, the
source of the analysis modules (`generator.analyse` and what it imports, the article-side
types of `generator.articles` among them; not the link or render stages), and the
versions of sumy, spaCy, wordfreq and the spaCy model. A cache written by other code or
other models therefore never matches: it is a miss, and the stale rows are dropped when the
file is opened. Values are JSON (never pickle), decoded by msgspec into the dataclass types, so a
schema change is a miss, never a crash.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import sqlite3
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgspec

import generator
from generator import __version__
from generator.analyse import AnalysisSettings, analysis_input, workers
from generator.analyse.workers import Runner
from generator.articles import Analysis, Article, Mention
from generator.storage import WAIT, Warn, open_database

CACHE_FILE = "analysis.sqlite"


def encode(value: Any) -> bytes:
    """A value of the article-side types (dataclasses of strings, numbers, tuples and
    datetimes) as JSON."""
    return msgspec.json.encode(value)


class DecodeMismatch(Exception):
    """Stored JSON does not fit the type it should become (the schema moved on)."""


def decode(hint: Any, data: bytes | str) -> Any:
    """The inverse of `encode`, typed by `hint` and made in C (a warm build decodes every
    article's analysis); raises `DecodeMismatch`. Fields the type does not have are
    ignored; a missing field or a value of another type is a mismatch."""
    try:
        return msgspec.json.decode(data, type=hint)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise DecodeMismatch(str(exc)) from None


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
    # wordfreq's list tells a compound noun's halves (`mentions.boundaries`).
    for name in ("sumy", "spacy", "wordfreq", model_name):
        digest.update(f"{name} {_package_version(name)}\n".encode())
    package = Path(generator.__file__).resolve().parent
    for path in analysis_modules():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article, settings: AnalysisSettings, fingerprint: str) -> str:
    """The cache key of one article's analysis: what the analysis reads of it
    (`analyse.analysis_input`), the settings and the code's fingerprint."""
    payload = repr((fingerprint, settings, analysis_input(article)))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


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
        canon: dict = {}  # one object per equal value among the analyses read (`shared`)
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(
                f"SELECT key, value FROM analysis WHERE key IN ({marks})", chunk
            ).fetchall()
            for key, value in rows:
                try:
                    found[key] = shared(decode(Analysis, value), canon)
                except (DecodeMismatch, RecursionError):
                    # Not JSON of an analysis (another schema, a damaged row, JSON nested
                    # deeper than the parser goes): a miss.
                    continue
        return found

    def put_many(self, items: dict[str, Analysis]) -> None:
        rows = [(k, encode(v).decode()) for k, v in items.items()]

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
    return analyse_cached(articles, settings, cache, progress)[0]


def analyse_cached(
    articles: Sequence[Article],
    settings: AnalysisSettings,
    cache: AnalysisCache | None,
    progress: Callable[[int], None] | None = None,
    runner: Runner | None = None,
) -> tuple[list[Analysis], int]:
    """`analyse_with_cache` with the NLP run by `runner` (see `workers`; this process by
    default), and how many of the analyses came from the cache. Each chunk the runner
    finishes is stored at once, so an interrupted cold build keeps what it analysed."""
    keys = (
        [article_key(a, settings, cache.fingerprint) for a in articles] if cache is not None else []
    )
    found = cache.get_many(keys) if cache is not None else {}
    missing = [i for i in range(len(articles)) if not keys or keys[i] not in found]
    done = hits = len(articles) - len(missing)
    if progress:
        progress(done)
    results: dict[int, Analysis] = {}
    run = runner or workers.run_here
    for chunk, computed in run([articles[i] for i in missing], settings):
        made = {missing[j]: analysis for j, analysis in zip(chunk, computed, strict=True)}
        if cache is not None:
            cache.put_many({keys[i]: analysis for i, analysis in made.items()})
        results.update(made)
        done += len(chunk)
        if progress:
            progress(done)
    return [results[i] if i in results else found[keys[i]] for i in range(len(articles))], hits


def shared(analysis: Analysis, canon: dict) -> Analysis:
    """`analysis` with one object per equal name, kind, list of aliases, spellings, labels
    and cues among the analyses passed the same `canon`. Decoded, each mention has copies of
    its own, and a corpus names the same entities with the same labels and cues in thousands
    of articles: at 10,000 articles the decoded analyses held about 100 MB more than these,
    for a fifth of a second more to read them (docs/performance.md)."""
    same = canon.setdefault
    mentions = tuple(
        [
            Mention(
                same(m.name, m.name),
                same(m.kind, m.kind),
                m.count,
                same(m.aliases, m.aliases),
                same(m.forms, m.forms),
                same(m.labels, m.labels),
                same(m.cues, m.cues),
            )
            for m in analysis.mentions
        ]
    )
    return Analysis(analysis.summary, mentions, analysis.warnings)
