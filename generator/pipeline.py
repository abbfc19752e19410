"""The build pipeline, read top to bottom: load → clean → analyse → link → render → write.

`digest build` runs a new `Pipeline` once; `digest serve` and `digest watch` keep one and
run it again after every save. Each stage is an object that keeps what it needs between
runs and redoes only what changed since its last one (see docs/architecture.md):

* load reads again only the content files whose size or modification time changed;
* clean keeps each article's cleaned form while the corpus's boilerplate stays the same;
* analyse keeps each analysis by the article's digest, then asks the on-disk cache, then
  the NLP;
* link runs over the whole corpus (entity decisions are corpus-wide), reusing each
  unchanged article's and entity's part, and gives every entry and entity a `version`;
* render renders the pages whose versions changed;
* write writes the whole site once, swapped in atomically, then only changed files.

A new pipeline starts cold by construction. Nothing is written until a run has succeeded
up to the write stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import jinja2

from generator.analyse.stage import Analyser
from generator.clean import Cleaner
from generator.config import Config
from generator.link import Linker
from generator.load import Loader
from generator.problems import BuildFailed, Problem
from generator.render import Renderer
from generator.write import OutputError, Writer, check_output_dir


@dataclass(frozen=True)
class BuildResult:
    """What one run of the pipeline did."""

    articles: int
    pages: int  # HTML pages of the site
    entities: int  # tag pages
    problems: tuple[Problem, ...]
    seconds: float
    analysed: int  # articles analysed by the NLP
    from_cache: int  # analyses read from the on-disk cache
    rendered: int  # pages rendered
    written: int  # files written
    removed: int  # files deleted
    stages: tuple[tuple[str, float], ...] = ()  # seconds per stage

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]

    def summary_line(self, output: str) -> str:
        """The report of `digest build`: "6 articles, 54 pages, 42 tag pages, 0 warnings in
        1.5 s → site"."""
        return f"{self._counts()} in {self.seconds:.1f} s → {output}"

    def rebuild_line(self) -> str:
        """The report of a rebuild in `digest serve` and `digest watch`."""
        return (
            f"{self._counts()}; {self.analysed} analysed, {self.from_cache} from the cache, "
            f"{self.rendered} rendered, {self.written} written, {self.removed} removed "
            f"in {self.seconds:.2f} s"
        )

    def stages_line(self) -> str:
        """Where the time went: 'load 0.01 s, clean 0.00 s, ...'."""
        return ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.stages)

    def _counts(self) -> str:
        w = len(self.warnings)
        return (
            f"{self.articles} articles, {self.pages} pages, {self.entities} tag pages, "
            f"{w} warning{'s' if w != 1 else ''}"
        )


class Pipeline:
    """A site's build: the stages, run in order, each keeping its state between runs.

    `strict` fails a run that found any problem, before anything is written. `watching`
    (serve and watch mode) fails a run in which a file changed since the last good run no
    longer publishes an article.
    """

    def __init__(
        self,
        config: Config,
        *,
        strict: bool = False,
        use_cache: bool = True,
        watching: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.config = config
        self.strict = strict
        self.loader = Loader(config, strict=strict)
        self.cleaner = Cleaner(config, keep_publishing=watching)
        self.analyser = Analyser(config, use_cache=use_cache, progress=progress)
        self.linker = Linker()
        self.renderer = Renderer(config)
        self.writer = Writer(config.output_dir)

    def run(self, hints: Iterable[str] | None = None) -> BuildResult:
        """Bring the output folder up to date; raises `BuildFailed`, leaving it as it was.

        `hints` are the absolute paths a watcher saw change since the last run, if known;
        they spare listing the content folder."""
        started = time.perf_counter()
        clock = _Stopwatch()
        config = self.config
        self._check_folders()

        loaded = self.loader.load(hints)
        clock.lap("load")
        cleaned = self.cleaner.clean(loaded)
        problems = list(cleaned.problems)
        clock.lap("clean")
        analysed = self.analyser.analyse(cleaned.articles)
        for article, analysis in zip(cleaned.articles, analysed.analyses, strict=True):
            problems += [Problem(article.path, warning) for warning in analysis.warnings]
        clock.lap("analyse")
        site = self.linker.link(cleaned.articles, analysed.analyses, config, problems)
        clock.lap("link")
        if self.strict and site.problems:
            raise BuildFailed(
                f"{len(site.problems)} problem(s) with --strict; previous site left as it was",
                site.problems,
            )

        if not self.writer.started:
            # A first run, or someone removed the output folder: the whole site again.
            self.renderer, self.writer = Renderer(config), Writer(config.output_dir)
        try:
            rendered = self.renderer.render(site)
        except jinja2.TemplateError as exc:
            raise BuildFailed(f"template error: {describe_template_error(exc)}") from None
        clock.lap("render")
        written = self.writer.write(rendered)
        clock.lap("write")
        self.cleaner.done()
        return BuildResult(
            articles=len(site.entries),
            pages=rendered.html_pages,
            entities=len(site.entities),
            problems=site.problems,
            seconds=time.perf_counter() - started,
            analysed=analysed.analysed - analysed.from_cache,
            from_cache=analysed.from_cache,
            rendered=rendered.rendered,
            written=written.written,
            removed=written.removed,
            stages=tuple(clock.laps),
        )

    def _check_folders(self) -> None:
        config = self.config
        try:
            check_output_dir(
                config.output_dir, [config.root, config.content_dir, config.templates_dir]
            )
        except OutputError as exc:
            raise BuildFailed(str(exc)) from None
        if not config.content_dir.is_dir():
            raise BuildFailed(f"content folder {config.content_dir} does not exist")


def build(
    config: Config,
    *,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    use_cache: bool = True,
) -> BuildResult:
    """Build the site described by `config` into its output folder: one run of a new
    pipeline (see `Pipeline`)."""
    return Pipeline(config, strict=strict, use_cache=use_cache, progress=progress).run()


def describe_template_error(exc: jinja2.TemplateError) -> str:
    """'file:line: message' for template syntax errors, the message for the rest."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template not found: {exc.name}"
    return str(exc)


class _Stopwatch:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps.append((name, now - self._last))
        self._last = now
