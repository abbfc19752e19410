"""`digest build`: one run of the pipeline (`generator.pipeline`), or none.

A build whose saved state (`generator.build_state`) says that no content file, template,
setting or output file changed since the last run repeats that run's report without
importing the pipeline: importing its stages (spaCy's wrappers, the entity tables and their
regular expressions, the readers' and the templates' libraries) took most of such a build's
time (docs/performance.md). The pipeline's own first run makes the same check with the same
state (`BuildState.last_run_if_unchanged`, `Restored.unchanged`), for serve and for callers
of `Pipeline`.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.build_state import BuildState, StoredRun
from generator.config import Config
from generator.load import list_content
from generator.problems import BuildFailed, Problem
from generator.stamps import templates_stamp
from generator.text.plural import counted

if TYPE_CHECKING:
    from generator.warm.client import WarmStart


def build(
    config: Config,
    *,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
    scheduler: str | None = None,
    warm: WarmStart | None = None,
) -> BuildResult:
    """Build the site described by `config` into its output folder: one run of a new
    pipeline (see `generator.pipeline.Pipeline`), unless the saved state says that nothing
    changed since the last build.

    With `warm` (`digest build --keep-warm`), the run is handed to the site's warm build
    process, started if there is none (`generator.warm`); it builds here when none can
    be had."""
    started = time.perf_counter()
    state = BuildState(config.cache_dir, config, strict=strict) if use_cache else None
    warm_analysis = None
    # Without a content folder the pipeline fails the build, even after an empty one.
    if state is not None and config.content_dir.is_dir():
        stamps = list_content(config.content_dir).stamps()
        if warm is None and state.content_changed(stamps):
            # The models' process starts now, before the pipeline is imported: loading
            # them takes longer than all that the build does before it analyses.
            from generator.analyse.stage import start_warm_process

            warm_analysis = start_warm_process(config, jobs, scheduler)
        last = state.last_run_if_unchanged(stamps, templates_stamp(config))
        if last is not None:
            state.close()
            return BuildResult.repeated(last).again(strict=strict, started=started, note=None)
    if state is not None and warm is not None:
        from generator.warm.client import hand_over

        handed = hand_over(
            config,
            state,
            warm,
            strict=strict,
            jobs=jobs,
            scheduler=scheduler,
            progress=progress,
            started=started,
        )
        if handed is not None:
            return handed
    try:
        from generator.pipeline import Pipeline

        pipeline = Pipeline(
            config,
            strict=strict,
            use_cache=use_cache,
            progress=progress,
            jobs=jobs,
            scheduler=scheduler,
            state=state,
            once=True,
            warm_analysis=warm_analysis,
        )
    except BaseException:
        if warm_analysis is not None:
            warm_analysis.stop()
        raise
    try:
        return pipeline.run()
    finally:
        pipeline.close()


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
    note: str | None = None  # why the saved state of the last build was not used

    @classmethod
    def repeated(cls, run: StoredRun) -> BuildResult:
        """The result of the saved run `run`, for a run that finds nothing changed since."""
        return cls(run.articles, run.pages, run.entities, run.problems, 0.0, 0, 0, 0, 0, 0)

    def again(self, *, strict: bool, started: float, note: str | None) -> BuildResult:
        """This result, for a run started at `started` (`time.perf_counter`) that found
        nothing changed since: it did nothing, and with `strict` it fails on the same
        problems (raises `BuildFailed`)."""
        if strict and self.problems:
            raise BuildFailed(
                f"{counted(len(self.problems), 'problem')} with --strict; "
                "previous site left as it was",
                self.problems,
            )
        return dataclasses.replace(
            self,
            seconds=time.perf_counter() - started,
            analysed=0,
            from_cache=0,
            rendered=0,
            written=0,
            removed=0,
            stages=(),
            note=note,
        )

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
        return site_counts(self.articles, self.pages, self.entities, self.problems)


def site_counts(articles: int, pages: int, entities: int, problems: tuple[Problem, ...]) -> str:
    """The start of every build report: "6 articles, 54 pages, 42 tag pages, 0 warnings"."""
    warnings = sum(1 for p in problems if p.level == "warning")
    return (
        f"{counted(articles, 'article')}, {counted(pages, 'page')}, "
        f"{counted(entities, 'tag page')}, {counted(warnings, 'warning')}"
    )
