"""Watching a site's sources with watchdog and turning bursts of events into single rebuilds.

What is watched: the content folder, the site's templates folder, the packaged theme and the
configuration file. Editor temp and swap files, hidden files, the output folder and the
cache never trigger a rebuild. Events are coalesced: a rebuild starts once the folders have
been quiet for `quiet` seconds (`settled` seconds when the last event finished a file: it
was closed after writing or renamed into place), or `longest` seconds after the first event
of a burst that never settles, so an atomic save, a `git checkout` or a folder copied in is
one rebuild.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch
from watchdog.observers.polling import PollingObserver

from generator.config import Config
from generator.render.theme import theme_dir

# vim's .swp/.swo/.swx and its 4913 write probe, emacs's .#lock and #autosave#, backup~,
# JetBrains' safe-write files, and the usual partial-download and temp suffixes.
_IGNORED_NAME = re.compile(
    r"""^(?:
        \..*                          # hidden files: .#lock, .file.swp, .DS_Store
        |\#.*\#                       # emacs autosave
        |4913
        |.*~
        |.*\.(?:sw[a-z]|tmp|temp|bak|part|crdownload)
        |.*___jb_(?:tmp|old|bak)___
    )$""",
    re.VERBOSE,
)

_CHANGE_EVENTS = (
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirDeletedEvent,
    DirMovedEvent,
)


def is_ignored_name(name: str) -> bool:
    """An editor's temp, swap or backup file name (or a hidden file)."""
    return bool(_IGNORED_NAME.match(name))


@dataclass(frozen=True)
class WatchSpec:
    """What to watch: recursive folders, single files, and folders whose events never count."""

    folders: tuple[Path, ...]
    files: tuple[Path, ...] = ()
    excluded: tuple[Path, ...] = ()

    def relevant(self, path: str) -> bool:
        """Whether a change at `path` should trigger a rebuild."""
        p = Path(path)
        if any(p == e or p.is_relative_to(e) for e in self.excluded):
            return False
        if p in self.files:
            return True
        for folder in self.folders:
            if p.is_relative_to(folder):
                parts = p.relative_to(folder).parts
                return bool(parts) and not any(is_ignored_name(part) for part in parts)
        return False


class Debouncer:
    """Calls `action(paths)` once per burst of `add` calls, from its own thread.

    The burst ends after `quiet` seconds without an event, or `settled` seconds when the
    last event finished a file (closed after writing, or renamed into place): the rest of
    an editor's save or a checkout follows within milliseconds, while a file still being
    written may pause longer.
    """

    def __init__(
        self,
        action: Callable[[set[str]], None],
        quiet: float = 0.05,
        longest: float = 1.0,
        settled: float | None = None,
    ):
        self.action = action
        self.quiet = quiet
        self.longest = longest
        self.settled = quiet if settled is None else min(settled, quiet)
        self._finished = False
        self._lock = threading.Condition()
        self._paths: set[str] = set()
        self._first = 0.0
        self._last = 0.0
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="digest-debounce", daemon=True)
        self._thread.start()

    def add(self, paths: Iterable[str], finished: bool = False) -> None:
        """Paths that changed; `finished` when the event completed a file."""
        with self._lock:
            now = time.monotonic()
            if not self._paths:
                self._first = now
            self._paths.update(paths)
            self._last = now
            self._finished = finished
            self._lock.notify()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._paths and not self._stopping:
                    self._lock.wait()
                if self._stopping:
                    return
                now = time.monotonic()
                wait = self.settled if self._finished else self.quiet
                due = min(self._last + wait, self._first + self.longest)
                if now < due:
                    self._lock.wait(due - now)
                    continue
                paths, self._paths = self._paths, set()
            self.action(paths)

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify()
        self._thread.join(timeout=10)


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: Watcher):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [str(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if isinstance(event, DirCreatedEvent | DirMovedEvent | DirDeletedEvent):
            # A watched folder that appeared (a site's first templates/ folder), went away
            # (`rm -rf content`) or came back (restored from a copy): its watch is set up
            # again for what is there now, and the site rebuilt.
            for path in paths:
                if Path(path) in self.watcher.spec.folders:
                    self.watcher.rearm(Path(path))
                    self.watcher.debouncer.add([path])
        if not isinstance(event, _CHANGE_EVENTS):
            return
        relevant = [p for p in paths if self.watcher.spec.relevant(p)]
        if relevant:
            finished = isinstance(event, FileClosedEvent | FileMovedEvent)
            self.watcher.debouncer.add(relevant, finished)


class Watcher:
    """A running watchdog observer feeding a debouncer; `stop()` ends both threads.

    Each folder of the spec is also watched for from its parent folder: one that does not
    exist yet is added when it appears, and one that is deleted or moved away is watched
    again when it comes back (watchdog ends the watch of a folder that disappears).
    """

    def __init__(
        self,
        spec: WatchSpec,
        action: Callable[[set[str]], None],
        *,
        poll: bool = False,
        quiet: float = 0.05,
        longest: float = 1.0,
        settled: float | None = None,
        poll_interval: float = 0.5,
    ):
        self.spec = spec
        self.debouncer = Debouncer(action, quiet, longest, settled)
        self.observer = PollingObserver(timeout=poll_interval) if poll else Observer()
        self.handler = _Handler(self)
        self.missing: set[Path] = set()
        self.watches: dict[Path, ObservedWatch] = {}
        self._lock = threading.Lock()
        parents = {f.parent for f in spec.files} | {f.parent for f in spec.folders}
        for folder in spec.folders:
            self.rearm(folder)
        for parent in sorted(p for p in parents if p.is_dir()):
            self.observer.schedule(self.handler, str(parent), recursive=False)
        self.observer.start()

    def rearm(self, folder: Path) -> None:
        """Watch `folder` and everything below it afresh if it is there, else wait for it.

        The old watch goes first: an emitter that ended when its folder disappeared would
        otherwise stay registered, and scheduling the same path again would do nothing.
        """
        with self._lock:
            old = self.watches.pop(folder, None)
            if old is not None:
                with contextlib.suppress(KeyError):
                    self.observer.unschedule(old)
            if folder.is_dir():
                self.missing.discard(folder)
                self.watches[folder] = self.observer.schedule(
                    self.handler, str(folder), recursive=True
                )
            else:
                self.missing.add(folder)

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join(timeout=10)
        self.debouncer.stop()


def site_watch_spec(config: Config, config_file: Path | None) -> WatchSpec:
    """Content, the site's templates, the packaged theme and the config file of a site."""
    folders = tuple(
        dict.fromkeys(p.resolve() for p in (config.content_dir, config.templates_dir, theme_dir()))
    )
    files = (config_file.resolve(),) if config_file else ()
    return WatchSpec(folders, files, (config.output_dir, config.cache_dir))
