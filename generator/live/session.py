"""A `digest serve` / `digest watch` session: build, watch, rebuild, report, until Ctrl-C.

Rebuilds run one at a time on the watcher's thread. A failed rebuild is reported in the
terminal and (when serving) in the browser, the previous output stays, and the next good
save recovers. A change to the configuration file reloads it and rebuilds from scratch,
with the analysis cache still warm.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from generator.build import BuildResult
from generator.build_state import StateError
from generator.collector import FULL_COLLECTION_EVERY, settle_garbage
from generator.config import Config, ConfigError
from generator.live.server import LiveState, PreviewServer
from generator.live.watcher import Watcher, site_watch_spec
from generator.pipeline import Pipeline
from generator.problems import BuildFailed
from generator.render.urls import base_path
from generator.report import config_error_lines, failure_lines, problem_lines
from generator.search.pagefind import index_version

# After a file is closed or renamed into place, the rest of its save follows within
# milliseconds: the rebuild starts 20 ms after such an event, 50 ms after any other.
SETTLED = 0.02


class Session:
    """Keeps a site's output up to date while its sources change (and serves it)."""

    def __init__(
        self,
        load: Callable[[], Config],
        config_file: Path | None,
        *,
        use_cache: bool = True,
        timings: bool = False,
        out: TextIO = sys.stdout,
        err: TextIO = sys.stderr,
        jobs: int | None = None,
        scheduler: str | None = None,
    ):
        self.load = load
        self.config_file = config_file
        self.use_cache = use_cache
        self.jobs, self.scheduler = jobs, scheduler
        self.timings = timings
        self.out = out
        self.err = err
        self.config = load()
        self.pipeline = self._pipeline(self.config)
        self.state = LiveState()
        self.server: PreviewServer | None = None
        self.watcher: Watcher | None = None
        self._lock = threading.Lock()
        self._reported: set = set()
        self._rebuilds = 0
        self._warming: threading.Thread | None = None

    def _pipeline(self, config: Config) -> Pipeline:
        pipeline = Pipeline(
            config,
            use_cache=self.use_cache,
            watching=True,
            jobs=self.jobs,
            scheduler=self.scheduler,
        )
        # A save's reload does not wait for the search index: it is made after, on a thread,
        # and the search pages reload when it is ready.
        pipeline.indexer.in_background(self._indexed)
        return pipeline

    def _indexed(self, seconds: float, error: str | None) -> None:
        if error is not None:
            print(f"error: search index not made: {error}", file=self.err, flush=True)
            return
        if self.timings:
            print(f"search index made in {seconds:.2f} s", file=self.out, flush=True)
        self.state.publish_index(index_version(self.config.output_dir))

    def rebuild(self, paths: set[str] | None = None) -> bool:
        """Build now; report the result and tell connected browsers. True when it worked."""
        with self._lock:
            if paths and self.config_file and str(self.config_file.resolve()) in paths:
                try:
                    self.config = self.load()
                except ConfigError as exc:
                    return self._failed("\n".join(config_error_lines(exc)))
                self.pipeline.close()
                self.pipeline = self._pipeline(self.config)
            try:
                result = self.pipeline.run(paths)
            except BuildFailed as exc:
                return self._failed("\n".join(failure_lines(exc, self.config.content_dir)))
            except Exception as exc:  # a bug in one rebuild must not end the session
                return self._failed(f"error: build failed: {type(exc).__name__}: {exc}")
            self._report(result)
            self._rebuilds += 1
            settle_garbage(full=self._rebuilds % FULL_COLLECTION_EVERY == 1)
            return True

    def _report(self, result: BuildResult) -> None:
        # Each problem once per session, not again on every rebuild.
        for problem in result.problems:
            if problem not in self._reported:
                for line in problem_lines(problem, self.config.content_dir):
                    print(line, file=self.err)
        self._reported = set(result.problems)
        line = result.rebuild_line()
        if self.timings:
            line += f" ({result.stages_line()})"
        print(line, file=self.out, flush=True)
        self.state.publish(None)

    def warm_up(self) -> threading.Thread:
        """Make ready in the background, right after start-up, what the first change needs.

        A start-up from the saved state restores only what a run that finds nothing changed
        needs, and one whose analyses all come from the cache never loads spaCy: the first
        save would pay for the rest (the analyses, the link stage's corpus-wide work, the
        related articles, the models). This thread pays for it instead, while the server
        already answers (see `Pipeline.prepare`). Rebuilds wait for it (they share the lock)
        rather than running on half-restored state or loading the models a second time.
        """
        thread = threading.Thread(target=self._warm, name="digest-warm-up", daemon=True)
        thread.start()
        self._warming = thread
        return thread

    def _warm(self) -> None:
        with self._lock:
            started = time.perf_counter()
            try:
                result = self.pipeline.prepare()
            except Exception:
                # What fails here fails the next rebuild too, which reports it.
                return
            if result.written or result.removed:
                # The saved state was behind the output: the difference is now written.
                self._report(result)
            # Freezes what the restore made (most of the session's objects), so that no
            # rebuild collects it.
            settle_garbage(full=True)
            if self.timings:
                print(
                    f"ready for changes in {time.perf_counter() - started:.2f} s "
                    f"({result.stages_line()})",
                    file=self.out,
                    flush=True,
                )

    def _failed(self, message: str) -> bool:
        print(message, file=self.err, flush=True)
        self.state.publish(message)
        return False

    def serve(self, host: str, port: int) -> str:
        """Start the HTTP server; returns its URL (the site's base path included).

        Raises `OSError` when the address cannot be listened on (a port in use).
        """
        self.server = PreviewServer(
            self.config.output_dir, base_path(self.config.site.base_url), self.state, host, port
        )
        return self.server.url + base_path(self.config.site.base_url)

    def watch(self, poll: bool = False) -> None:
        """Start watching the site's sources; changes rebuild on the watcher's thread."""
        spec = site_watch_spec(self.config, self.config_file)
        self.watcher = Watcher(spec, self.rebuild, poll=poll, settled=SETTLED)

    def stop(self) -> None:
        """Stop the watcher and the server and wait for their threads."""
        if self.watcher is not None:
            self.watcher.stop()
        if self.server is not None:
            self.server.stop()
        self.state.close()
        with self._lock:
            # The next `digest build` (or session) starts from where this one ended.
            try:
                self.pipeline.save()
            except (OSError, sqlite3.Error, StateError) as exc:
                print(f"warning: the build state was not saved: {exc}", file=self.err)
            finally:
                self.pipeline.close()
        if self._warming is not None:
            # Exiting while spaCy's BLAS library runs on that thread aborts the process.
            self._warming.join(timeout=60)
