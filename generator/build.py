"""The build pipeline: load → clean → analyse → link → render → write, in one function."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.analyse import AnalysisSettings
from generator.analyse.cache import analyse_with_cache, open_cache
from generator.analyse.mentions import ModelNotFound
from generator.clean import prepare_articles
from generator.config import CONFIG_NAME, Config
from generator.link import link_site
from generator.load import load_articles
from generator.problems import Problem, Problems
from generator.render import render_site
from generator.write import OutputError, check_output_dir, write_site


@dataclass(frozen=True)
class BuildResult:
    articles: int
    pages: int
    entities: int
    problems: tuple[Problem, ...]
    seconds: float
    written: bool

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]

    def summary_line(self, output: str) -> str:
        state = f"→ {output}" if self.written else "— nothing written"
        counts = site_counts(self.articles, self.pages, self.entities, self.problems)
        return f"{counts} in {self.seconds:.1f} s {state}"


def site_counts(articles: int, pages: int, entities: int, problems: tuple[Problem, ...]) -> str:
    """The start of every build report: "6 articles, 54 pages, 42 tag pages, 0 warnings"."""
    w = sum(1 for p in problems if p.level == "warning")
    return (
        f"{articles} articles, {pages} pages, {entities} tag pages, "
        f"{w} warning{'s' if w != 1 else ''}"
    )


class BuildFailed(Exception):
    """The build stopped; the previous output was left untouched."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()):
        super().__init__(message)
        self.problems = problems


def build(
    config: Config,
    *,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    use_cache: bool = True,
) -> BuildResult:
    """Build the site described by `config` into its output folder.

    Problems with single files are collected and the rest is built. Raises `BuildFailed`
    (without touching the previous output) when nothing can be published or when `strict`
    and there were warnings. Analyses come from the cache in `config.cache_dir` when they
    are there (`use_cache=False` ignores it and writes none).
    """
    started = time.perf_counter()
    try:
        check_output_dir(config.output_dir, protected_paths(config))
    except OutputError as exc:
        raise BuildFailed(str(exc)) from None
    if not config.content_dir.is_dir():
        raise BuildFailed(f"content folder {config.content_dir} does not exist")
    problems = Problems()

    raw = load_articles(
        config.content_dir, problems, max_file_size=config.build.max_file_size, strict=strict
    )
    if not raw:
        problems.warn(config.paths.content, "no articles found")
    articles = prepare_articles(raw, config.site.language, problems)
    settings = AnalysisSettings.from_config(config)
    total = len(articles)
    cache = open_cache(config.cache_dir, settings, problems.warn) if use_cache else None
    try:
        analyses = analyse_with_cache(
            articles, settings, cache, (lambda done: progress(done, total)) if progress else None
        )
    except ModelNotFound as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        if cache is not None:
            cache.close()
    for article, analysis in zip(articles, analyses, strict=True):
        for warning in analysis.warnings:
            problems.warn(article.path, warning)
    site = link_site(articles, analyses, config, problems.items)
    try:
        files = render_site(site, config)
    except jinja2.TemplateError as exc:
        raise BuildFailed(f"template error: {describe_template_error(exc)}") from None

    if strict and problems.items:
        raise BuildFailed(
            f"{len(problems.items)} problem(s) with --strict; previous site left as it was",
            tuple(problems.items),
        )
    try:
        write_site(files, config.output_dir)
    except OutputError as exc:
        raise BuildFailed(str(exc)) from None
    return BuildResult(
        articles=len(site.entries),
        pages=sum(1 for f in files if f.endswith(".html")),
        entities=len(site.entities),
        problems=tuple(problems.items),
        seconds=time.perf_counter() - started,
        written=True,
    )


def protected_paths(config: Config) -> list[Path]:
    """What an output folder may never be or contain: the site's folder, its configuration
    file (even before it exists: a site written there would stop every later build from
    reading it), its content and its templates."""
    return [config.root, config.root / CONFIG_NAME, config.content_dir, config.templates_dir]


def describe_template_error(exc: jinja2.TemplateError) -> str:
    """'file:line: message' for template syntax errors, the message for the rest."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template not found: {exc.name}"
    return str(exc)
