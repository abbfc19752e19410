"""The analyse stage as the pipeline runs it: each article analysed once per content.

`Analyser.analyse` keeps the analyses of the articles of its last call by their digest
(`Article.digest`), so an unchanged or re-saved article is never analysed twice; the rest
come from the on-disk cache (`cache`) or, failing that, from the NLP. (The analysis
functions themselves are in the package's `__init__`: the cache's key follows their
imports, and this module is not among them.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from generator.analyse import AnalysisSettings, workers
from generator.analyse.cache import analyse_cached, open_cache
from generator.analyse.mentions import ModelNotFound
from generator.analyse.workers import Done
from generator.articles import Analysis, Article
from generator.config import Config
from generator.problems import BuildFailed, Problem, Problems


@dataclass(frozen=True)
class Analysed:
    """What one call of the analyse stage found: one analysis per article, and how many
    were worked out this time (by the NLP, or read from the cache)."""

    analyses: tuple[Analysis, ...]
    analysed: int
    from_cache: int
    problems: tuple[Problem, ...] = ()  # with the cache (locked, corrupt, on a full disk)


class Analyser:
    """Analyses articles again and again, each content once.

    The NLP runs on the Dask cluster of `scheduler` (an address, `[build] scheduler`) if
    one is given, else in `jobs` processes (`[build] jobs`; by default one per core).
    """

    def __init__(
        self,
        config: Config,
        *,
        use_cache: bool = True,
        progress: Callable[[int, int], None] | None = None,
        jobs: int | None = None,
        scheduler: str | None = None,
        warm: workers.WarmProcess | None = None,
    ) -> None:
        """`warm`: a warm process `start_warm_process` started for this analyser (it
        stops it)."""
        self.settings = AnalysisSettings.from_config(config)
        self.cache_dir = config.cache_dir if use_cache else None
        self.progress = progress
        self.jobs, self.scheduler = _where(config, jobs, scheduler)
        self.runner: workers.Runner = (
            partial(workers.run_on_dask, scheduler=self.scheduler)
            if self.scheduler
            else partial(workers.run_in_processes, jobs=self.jobs)
        )
        self._known: dict[str, Analysis] = {}  # by article digest, of the last call's articles
        # The whole cache file is checked for corruption once, when first opened (a
        # `digest serve` opens it again on every save that analyses).
        self._checked = False
        self._warm: workers.WarmProcess | None = warm

    def warm_up(self) -> None:
        """Start loading the models in a process of their own for the next call, where a
        few changed articles may need them (see `workers.WarmProcess`); not with one job
        or a cluster."""
        if self._warm is None:
            self._warm = _warm_process(self.settings, self.jobs, self.scheduler)

    def close(self) -> None:
        """Stop the warm process, if one was started and is still there."""
        if self._warm is not None:
            self._warm.stop()
            self._warm = None

    def load(self) -> None:
        """Load the models into this process, where a few articles (one save's) are
        analysed: a run whose analyses all came from the cache never loaded them, and the
        first edit would wait for them. A missing or broken model is left to the run that
        needs it to report."""
        workers.load_models(self.settings)

    def forget(self) -> None:
        """Let go of the analyses kept for the next call (it reads them from the cache
        again): a one-shot build's, once the link stage has read them."""
        self._known = {}

    def _run(self, articles: Sequence[Article], settings: AnalysisSettings) -> Iterator[Done]:
        """The runner for this call: the warm process for fewer articles than a pool is
        started for, else (or if it fails) the configured one."""
        warm = self._warm
        if warm is not None and len(articles) < 2 * workers.CHUNK:
            try:
                yield from warm.run(articles, settings)
                return
            except workers.WarmFailed:
                # Nothing was yielded: the articles are analysed here, and a real error
                # (a missing model) is met and reported as without the warm process.
                pass
        yield from self.runner(articles, settings)

    def analyse(self, articles: Sequence[Article]) -> Analysed:
        """One analysis per article, in order; raises `BuildFailed` when the configured
        model is missing."""
        try:
            return self._analyse(articles)
        finally:
            # Only the first call after a warm-up is the one it was for.
            self.close()

    def _analyse(self, articles: Sequence[Article]) -> Analysed:
        known = self._known
        todo = list({a.digest: a for a in articles if a.digest not in known}.values())
        from_cache = 0
        problems = Problems()
        if todo:
            known = dict(known)
            cache = (
                open_cache(self.cache_dir, self.settings, problems.warn, check=not self._checked)
                if self.cache_dir
                else None
            )
            self._checked = True
            total, progress = len(todo), self.progress
            try:
                results, from_cache = analyse_cached(
                    todo,
                    self.settings,
                    cache,
                    (lambda done: progress(done, total)) if progress else None,
                    self._run,
                )
            except (ModelNotFound, workers.DaskMissing) as exc:
                raise BuildFailed(str(exc)) from None
            except (OSError, TimeoutError) as exc:
                if not self.scheduler:
                    raise
                raise BuildFailed(f"cannot analyse on {self.scheduler}: {exc}") from None
            finally:
                if cache is not None:
                    cache.close()
            known.update(zip((a.digest for a in todo), results, strict=True))
        analyses = tuple(known[a.digest] for a in articles)
        if len(known) > len(articles):
            known = {a.digest: known[a.digest] for a in articles}
        self._known = known
        return Analysed(analyses, len(todo), from_cache, tuple(problems.items))


def start_warm_process(
    config: Config, jobs: int | None = None, scheduler: str | None = None
) -> workers.WarmProcess | None:
    """What `Analyser.warm_up` starts, for an `Analyser` of the same arguments made later
    (`warm=`): a `digest build` that finds content changed starts the models loading
    before it imports the rest of the pipeline, as they take longer than everything the
    build does before its analyse stage. None with one job or a cluster."""
    return _warm_process(AnalysisSettings.from_config(config), *_where(config, jobs, scheduler))


def _where(config: Config, jobs: int | None, scheduler: str | None) -> tuple[int, str]:
    """The number of processes and the cluster's address (empty: none) to analyse with:
    the arguments', else the settings'; every core when neither says."""
    scheduler = config.build.scheduler if scheduler is None else scheduler
    jobs = config.build.jobs if jobs is None else jobs
    return jobs or workers.default_jobs(), scheduler


def _warm_process(
    settings: AnalysisSettings, jobs: int, scheduler: str
) -> workers.WarmProcess | None:
    if jobs <= 1 or scheduler:
        return None
    try:
        return workers.WarmProcess(settings)
    except Exception:
        # It only saves time: whatever keeps it from starting (a temporary folder whose
        # path is too long for the socket of multiprocessing's fork server, a process
        # forked from one that started another fork server), the articles are analysed as
        # without it.
        return None
