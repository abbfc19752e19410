"""The build pipeline, read top to bottom: load → clean → analyse → link → render → write.

`digest build` runs a new `Pipeline` once; `digest serve` and `digest watch` keep one and
run it again after every save. Each stage is an object that keeps what it needs between
runs and redoes only what changed since its last one (see docs/architecture.md):

* load reads again only the content files whose size or modification time changed;
* clean keeps each article's cleaned form while the corpus's boilerplate stays the same;
* analyse keeps each analysis by the article's digest, then asks the on-disk cache, then
  the NLP;
* link runs over the whole corpus (entity decisions are corpus-wide), reusing each
  unchanged article's and entity's part (across processes too: `generator.link.saved`),
  and gives every entry and entity a `version`;
* stories groups the articles about one event into stories, regrouping only what the
  changed articles reach, and gives every story a `version` (`generator.stories`);
* render renders the pages whose versions changed;
* write writes the whole site once, swapped in atomically, then only changed files;
* search indexes the article pages again when one was written or removed (`serve` on a
  thread, after the reload).

A new pipeline starts from the state the last build of the same site saved on disk
(`generator.build_state`), if it can be trusted, else cold; `digest build` saves the state
after its run, `serve` and `watch` when they stop. `digest build` runs its pipeline once
(`once=True`): each stage that keeps memory only for a next run (the analyses, the link
stage's per-article and per-group work, the stories stage's vectors and links) hands over
its part of the state to save as soon as it has run and is let go of, so that the stages
after it run in that memory. A run that finds no content file,
template or setting changed since the last one does nothing. Nothing is written until a run
has succeeded up to the write stage.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import jinja2

from generator.analyse.stage import Analyser
from generator.analyse.workers import WarmProcess
from generator.articles import Article
from generator.build import BuildResult
from generator.build_state import (
    BuildState,
    OutputChanges,
    StateChanges,
    StateError,
    StoredRun,
)
from generator.clean import Cleaner
from generator.collector import Collector
from generator.config import CONFIG_NAME, Config
from generator.link import Linker, forget_reference_data
from generator.load import ContentFile, Loaded, Loader
from generator.problems import BuildFailed, Problem
from generator.render import Renderer
from generator.render.errors import template_problem
from generator.search import Indexer
from generator.search.pagefind import BUNDLE
from generator.stamps import templates_stamp
from generator.stories.stage import StoriesStage
from generator.stories.weights import forget_word_lists
from generator.text.plural import counted
from generator.write import SPARE, OutputError, Writer, check_output_dir


class Pipeline:
    """A site's build: the stages, run in order, each keeping its state between runs.

    `strict` fails a run that found any problem, before anything is written. `watching`
    (serve and watch mode) fails a run in which a file changed since the last good run no
    longer publishes an article, and saves the state only when `save` is called.
    `use_cache=False` neither reads nor writes the analysis cache or the saved state.
    `resident`: the process keeps the pipeline for more runs (the warm build process of
    `generator.warm`) and settles the garbage between them itself, as serve's session does.
    `once`: the pipeline runs once (`digest build` in its own process), and lets go of what
    a stage keeps for the next run as soon as the stage has run (see the module's text).
    """

    def __init__(
        self,
        config: Config,
        *,
        strict: bool = False,
        use_cache: bool = True,
        watching: bool = False,
        progress: Callable[[int, int], None] | None = None,
        jobs: int | None = None,
        scheduler: str | None = None,
        state: BuildState | None = None,
        resident: bool = False,
        once: bool = False,
        warm_analysis: WarmProcess | None = None,
    ) -> None:
        """`warm_analysis`: the models' process `generator.analyse.stage.start_warm_process`
        started for this pipeline's arguments (the pipeline stops it)."""
        self.config = config
        self.strict = strict
        self.once = once and not (resident or watching)
        self._link_cache = config.cache_dir if use_cache else None
        self.loader = Loader(config, strict=strict)
        self.cleaner = Cleaner(config, keep_publishing=watching)
        self.analyser = Analyser(
            config,
            use_cache=use_cache,
            progress=progress,
            jobs=jobs,
            scheduler=scheduler,
            warm=warm_analysis,
        )
        self.linker = Linker(self._link_cache)
        self.stories = StoriesStage(config)
        self.renderer = Renderer(config, once=self.once, cache=self._link_cache)
        self.watching = watching
        self.resident = resident or watching
        # The tree an edit's swap retires is kept for the next edit in the cache folder
        # (see `generator.write`): deleting it and linking every file anew cost more than
        # the rest of the write stage.
        self._spare = config.cache_dir / SPARE if use_cache else None
        self.writer = self._new_writer()
        self.indexer = Indexer(config)
        # The saved state to start from: `build`'s, which it has read already, else the cache
        # folder's.
        if state is None and use_cache:
            state = BuildState(config.cache_dir, config, strict=strict)
        self.state = state
        self.note: str | None = None  # why the saved state was not used
        self._started = False  # whether a run has started (the state is read by the first)
        # A one-shot run writes the link and stories stages' parts of the state as soon as
        # each has run: whether that save (begun, not committed) writes all of the state,
        # and why it failed.
        self._early_afresh: bool | None = None
        self._early_error: str | None = None
        self._last: BuildResult | None = None  # of the last run that wrote the site
        self._loaded: Loaded | None = None  # of the last run
        self._site_problems: tuple[Problem, ...] = ()  # of the last run's site
        self._unsaved: set[str] = set()  # content files changed since the state was saved
        self._runs_unsaved = 0
        self._succeeded = False  # whether the last run succeeded
        self._saved_afresh = False  # whether the state on disk can be updated by difference
        self._boilerplate_saved = ""
        # The output files written or deleted since the state was read or saved (None: the
        # whole output), so that the save looks at those only (`BuildState.save`).
        self._output_paths: set[str] | None = set()

    def run(self, hints: Iterable[str] | None = None) -> BuildResult:
        """Bring the output folder up to date; raises `BuildFailed`, leaving it as it was.

        `hints` are the absolute paths a watcher saw change since the last run, if known;
        they spare listing the content folder."""
        return self._run(hints, complete=False)

    def prepare(self) -> BuildResult:
        """Bring every stage's memory up to the site, so that the next change redoes only
        what it changed; `digest serve` and `digest watch` call it on a thread after
        start-up. Raises `BuildFailed` as `run` does.

        A run that starts from the saved state and finds nothing changed stops after the
        load stage, leaving the rest of the state to the first change: the analyses, the
        link stage's corpus-wide work, the related articles of every article, each group's
        signature; and the models a new text needs. This runs every stage over the content
        as the last run read it, then loads the models. It writes only what differs from the output,
        which is nothing while the saved state holds.
        """
        try:
            # Empty hints (the folder is listed again only if it changed): a file saved in
            # place since the last run is the next run's, which its watcher event asks for;
            # read here, it could be caught half-written.
            return self._run((), complete=True)
        finally:
            self.analyser.load()
            self.stories.load()

    def _run(self, hints: Iterable[str] | None, complete: bool) -> BuildResult:
        # Serve's session and the warm build process settle the garbage after each run
        # (`generator.collector.settle_garbage`).
        with Collector(keep_frozen=self.resident) as collector:
            try:
                return self._run_stages(hints, complete, collector)
            except BaseException:
                # A one-shot run's save begun early (`_write_early`) keeps nothing of it.
                if self.state is not None:
                    self.state.abandon()
                raise

    def _run_stages(
        self, hints: Iterable[str] | None, complete: bool, collector: Collector
    ) -> BuildResult:
        started = time.perf_counter()
        clock = _Stopwatch()
        config = self.config
        if self.once and self._started:
            raise RuntimeError("a pipeline made with once=True runs once")
        # Until this run succeeds, the stages' memory is ahead of the site on disk.
        self._succeeded = False
        self._check_folders()
        if not self._started:
            self._started = True
            if self.state is not None:
                unchanged = self._restore()
                if unchanged is not None and not complete:
                    return self._same_again(unchanged, started)

        with collector.reading():
            loaded = self.loader.load(hints)
        clock.lap("load")
        if (
            not complete
            and not loaded.changed
            and self._last is not None
            and self.writer.started
            and not self.renderer.templates_changed(self.renderer.stamp)
        ):
            return self._same_again(self._last, started)
        cleaned = self.cleaner.clean(loaded)
        problems = list(cleaned.problems)
        clock.lap("clean")
        analysed = self.analyser.analyse(cleaned.articles)
        for article, analysis in zip(cleaned.articles, analysed.analyses, strict=True):
            problems += [Problem(article.path, warning) for warning in analysis.warnings]
        clock.lap("analyse")
        site = self.linker.link(cleaned.articles, analysed.analyses, config, problems)
        if self.once:
            # The analyses' mentions are the link stage's input only (the entries hold the
            # summaries), and the linker's memory is for the next run's.
            self._write_early(lambda state, afresh: state.save_link(self.linker.stored(afresh)))
            self.linker = Linker(self._link_cache)
            forget_reference_data()
            self.analyser.forget()
            analysed = dataclasses.replace(analysed, analyses=())
        clock.lap("link")
        site = self.stories.run(site)
        if self.once:
            self._write_early(
                lambda state, afresh: state.save_stories(*self.stories.stored(afresh))
            )
            self.stories = StoriesStage(config)
            forget_word_lists()
            _forget_texts(cleaned.articles)
        clock.lap("stories")
        if self.strict and site.problems:
            raise BuildFailed(
                f"{counted(len(site.problems), 'problem')} with --strict; "
                "previous site left as it was",
                site.problems,
            )

        if not self.writer.started:
            # A first run, or someone removed the output folder: the whole site again.
            self.renderer = Renderer(config, once=self.once, cache=self._link_cache)
            self.writer = self._new_writer()
        rendered = self.renderer.render(site)
        clock.lap("plan")
        collector.model_made()
        try:
            # The pages are rendered as they are written (see `Rendered`); `digest build`
            # indexes the staged tree before it is swapped in, serve the output after it.
            indexed: list[Path] = []

            def index_staged(tree: Path) -> None:
                self.indexer.index(site, rendered, tree)
                indexed.append(tree)

            written = self.writer.write(rendered, before_swap=index_staged)
        except jinja2.TemplateError as exc:
            problem = template_problem(exc)
            raise BuildFailed(f"template error: {problem}", location=problem.location) from None
        except OutputError as exc:
            # Written in place (serve), some files may be new already.
            self._output_paths = None
            raise BuildFailed(str(exc)) from None
        self.renderer.commit(rendered)
        if written.paths is None:
            self._output_paths = None
        elif self._output_paths is not None:
            self._output_paths |= written.paths
        if not indexed and (self.watching or not self.indexer.has_index()):
            # In place (serve, watch): the output's index follows its pages. Nothing swapped
            # in (every page's bytes as they were): an index only if the output has none.
            self.indexer.index(site, rendered)
        clock.lap("render+write+search")
        self.cleaner.done()
        self._loaded, self._site_problems = loaded, site.problems
        self._unsaved |= loaded.changed
        if loaded.changed or rendered.regrouped or written.written or written.removed:
            # A run that changed nothing (`prepare`, as a rule) leaves the state on disk
            # true, and the next save by difference still knows what to write.
            self._runs_unsaved += 1
        result = BuildResult(
            articles=len(site.entries),
            pages=rendered.html_pages,
            entities=len(site.entities),
            # The cache's problems are this run's only: a run that finds nothing changed
            # repeats the site's, not these.
            problems=(*site.problems, *analysed.problems),
            seconds=time.perf_counter() - started,
            analysed=analysed.analysed - analysed.from_cache,
            from_cache=analysed.from_cache,
            rendered=rendered.rendered,
            written=written.written,
            removed=written.removed,
            stages=tuple(clock.laps),
            note=self.note,
        )
        self._last = result
        self._succeeded = True
        if self.state is not None and not self.watching:
            try:
                self.save()
            except (OSError, sqlite3.Error, StateError) as exc:
                # The site is built; only the next build's head start is lost.
                note = f"the build state was not saved ({exc}): the next build starts cold"
                result = dataclasses.replace(result, note=note)
        return result

    def save(self) -> None:
        """Save the pipeline's state for the next process (`generator.build_state`); not
        after a failed run (the stages' memory is then ahead of the site written)."""
        # The state promises a site whose search index is current.
        self.indexer.wait()
        if (
            self.state is None
            or self._loaded is None
            or self._runs_unsaved == 0
            or not self._succeeded
        ):
            return
        loaded, cleaner, renderer = self._loaded, self.cleaner, self.renderer
        boilerplate = cleaner.boilerplate
        early, self._early_afresh = self._early_afresh, None
        error, self._early_error = self._early_error, None
        if error is not None:
            raise StateError(error)
        if early is not None:
            # The link and stories parts are in the save begun (`_write_early`).
            afresh, link, stories, stories_gone = early, None, {}, ()
        else:
            afresh = self._afresh()
            link = self.linker.stored(everything=afresh)
            stories, stories_gone = self.stories.stored(everything=afresh)
        files = loaded.files.keys() if afresh else self._unsaved & loaded.files.keys()
        groups, groups_gone = renderer.stored(everything=afresh)
        last = self._last
        changes = StateChanges(
            afresh=afresh,
            files={rel: cleaner.stored(rel, loaded.files[rel]) for rel in files},
            gone=self._unsaved - loaded.files.keys(),
            boilerplate=boilerplate,
            groups=groups,
            groups_gone=groups_gone,
            templates=renderer.stamp,
            other=self.writer.stored(),
            link=link,
            run=StoredRun(last.articles, last.pages, last.entities, self._site_problems),
            stamps={rel: found.stamp for rel, found in loaded.files.items()},
            stories=stories,
            stories_gone=stories_gone,
            related=renderer.stored_related(everything=afresh),
            parts_written=early is not None,
            outputs=(
                None
                if self._output_paths is None
                else OutputChanges(frozenset(self._output_paths), self.writer.volatile)
            ),
        )
        self.state.save(changes)
        if early is None:
            self.linker.saved()
        self._unsaved, self._runs_unsaved = set(), 0
        self._output_paths = set()
        self._saved_afresh, self._boilerplate_saved = True, boilerplate

    def _write_early(self, write: Callable[[BuildState, bool], None]) -> None:
        """Write a stage's part of the state into the save of a one-shot run, begun by the
        first part (`BuildState.begin`: kept aside until `save` moves it into the state
        once the site is written; a failed run forgets it). `write` is given the state and
        whether the save writes all of it. A part that cannot be written ends the early
        save; the save at the end then reports why."""
        state = self.state
        if state is None or self._early_error is not None:
            return
        try:
            if self._early_afresh is None:
                afresh = self._afresh()
                state.begin()
                self._early_afresh = afresh
            write(state, self._early_afresh)
        except (OSError, sqlite3.Error, StateError) as exc:
            state.abandon()
            self._early_error = str(exc)

    def _afresh(self) -> bool:
        """Whether the next save writes the whole state, not the difference: after several
        runs, or when every article was cleaned again."""
        return (
            not self._saved_afresh
            or self._runs_unsaved > 1
            or self.cleaner.boilerplate != self._boilerplate_saved
        )

    def close(self) -> None:
        """Let go of the saved state's file (the pipeline may run again: it reopens it) and
        stop indexing."""
        self.indexer.close()
        self.analyser.close()
        if self.state is not None:
            self.state.close()

    def _restore(self) -> BuildResult | None:
        """Start the stages from the saved state, if it can be trusted; the last run's
        result when nothing changed since (no content file, template or setting)."""
        assert self.state is not None
        try:
            restored = self.state.load()
        except StateError as exc:
            if self.state.path.is_file():
                self.note = f"the saved build state was not used: {exc}"
            return None
        # `digest build` only (serve loads the models in its own process at start-up).
        stamps = None if self.watching else self.loader.stamps()
        last = BuildResult.repeated(restored.run)
        if stamps is not None and restored.unchanged(stamps, templates_stamp(self.config)):
            # No content file, template or setting changed (`digest build`): nothing
            # more to read; the rule `generator.build` applies before this is imported.
            return last
        if stamps is not None and restored.content_changed(stamps):
            # Changed articles will want the models: they load on another core while the
            # rest of the state is read.
            self.analyser.warm_up()
        try:
            contents = self.state.load_contents()
        except StateError as exc:
            self.note = f"the saved build state was not used: {exc}"
            return None
        if contents.groups is not None and contents.other is not None:
            # The output holds the saved run's site (`Restored.site`).
            self.renderer.restore(contents.groups, restored.templates)
            self.writer.restore(contents.other)
            self._last = last
        else:
            self.note = (
                "the output folder is not the site the last build wrote: "
                "every page is rendered again"
            )
        self.loader.restore(
            {rel: ContentFile(f.stamp, f.raw, f.problems) for rel, f in contents.files.items()}
        )
        self.cleaner.restore(contents.files, restored.boilerplate)
        try:
            link = self.state.load_link()
        except StateError as exc:
            # Linked from scratch: the rest of the state still holds.
            self.note = f"the saved link state was not used: {exc}"
        else:
            if link is not None:
                self.linker.restore(link, self.state.link_word_counts)
        self.stories.restore(_stories_reader(self.state))
        if contents.related is not None:
            self.renderer.restore_related(contents.related)
        self._saved_afresh, self._boilerplate_saved = True, restored.boilerplate
        return None

    def _same_again(self, last: BuildResult, started: float) -> BuildResult:
        """The result of a run that found nothing changed since `last`."""
        result = last.again(strict=self.strict, started=started, note=self.note)
        self._last, self._succeeded = last, True
        return result

    def _new_writer(self) -> Writer:
        # A one-shot build's process ends with its report: a tree its swap retires and
        # does not keep is deleted by a process that outlives it (serve keeps a thread).
        # The search index is the folder the pages' `before_swap` changes.
        return Writer(
            self.config.output_dir,
            in_place=self.watching,
            detach=not self.watching,
            volatile=(BUNDLE,),
            spare=self._spare,
        )

    def _check_folders(self) -> None:
        config = self.config
        try:
            check_output_dir(config.output_dir, protected_paths(config))
        except OutputError as exc:
            # Written in place (serve), some files may be new already.
            self._output_paths = None
            raise BuildFailed(str(exc)) from None
        if not config.content_dir.is_dir():
            raise BuildFailed(f"content folder {config.content_dir} does not exist")


def _stories_reader(state: BuildState) -> Callable[[], Mapping[str, bytes]]:
    """The stories stage's saved rows, read when the stage asks (none when they cannot
    be read: it then groups every article again, to the same stories)."""

    def read() -> Mapping[str, bytes]:
        try:
            return state.load_stories()
        except StateError:
            return {}

    return read


def _forget_texts(articles: Iterable[Article]) -> None:
    """Let go of each article's joined text (`Article.text`, made once and cached on it):
    the link and stories stages read it, the render stage reads the paragraphs. It is
    made again if asked for."""
    for article in articles:
        vars(article).pop("text", None)


def protected_paths(config: Config) -> list[Path]:
    """What an output folder may never be or contain: the site's folder, its configuration
    file (even before it exists: a site written there would stop every later build from
    reading it), its content and its templates."""
    return [config.root, config.root / CONFIG_NAME, config.content_dir, config.templates_dir]


class _Stopwatch:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps.append((name, now - self._last))
        self._last = now
