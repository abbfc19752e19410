"""Where the NLP runs: in this process, in a pool of processes over every core, or on the
workers of a Dask cluster.

Each runner takes the articles the cache lacks and yields their analyses in chunks, as the
chunks finish (in any order), so that the analyse stage stores each chunk in the cache at
once and counts finished articles. The analysis of an article does not depend on which
chunk, process or machine made it, so every runner gives the same analyses. Articles and
analyses travel as JSON (msgspec), and each process loads the spaCy model once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import UTC, datetime

import msgspec

from generator import analyse
from generator.analyse import AnalysisSettings
from generator.articles import Analysis, Article, Block, Metadata

# Articles per chunk sent to a process: large enough that sending them costs little next
# to analysing them, small enough that the progress bar moves and the work spreads evenly.
CHUNK = 32

Done = tuple[list[int], list[Analysis]]  # positions in the articles given, their analyses
# What runs the NLP over articles, yielding chunks as they finish.
Runner = Callable[[Sequence[Article], AnalysisSettings], Iterator[Done]]


def run_here(articles: Sequence[Article], settings: AnalysisSettings) -> Iterator[Done]:
    """Analyse in this process, a chunk at a time."""
    for start in range(0, len(articles), CHUNK * 8):
        chunk = list(range(start, min(start + CHUNK * 8, len(articles))))
        yield chunk, analyse.analyse_articles([articles[i] for i in chunk], settings)


def run_in_processes(
    articles: Sequence[Article], settings: AnalysisSettings, jobs: int, chunk: int = CHUNK
) -> Iterator[Done]:
    """Analyse in `jobs` processes of this machine, `chunk` articles at a time (fewer than
    two chunks stay in this process: starting a process and its model costs more)."""
    if jobs <= 1 or len(articles) < 2 * chunk:
        yield from run_here(articles, settings)
        return
    # A fresh interpreter per worker: forking a process that runs threads (`digest serve`)
    # or has loaded the model can hang or crash it.
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        futures = {
            pool.submit(analyse_chunk, payload, settings): positions
            for positions, payload in _chunks(articles, chunk)
        }
        yield from _gather(futures)
    finally:
        # Interrupted (Ctrl-C, a failed chunk): the chunks not started are dropped.
        pool.shutdown(wait=True, cancel_futures=True)


class WarmProcess:
    """One process that loads the models at once and then analyses the few articles it is
    given, started by a new `digest build` that finds content changed since the saved
    state: importing spaCy and loading the model, a second or more, then overlaps with
    reading the saved state on another core, instead of waiting for the analyse stage.

    `run` is a `Runner` for fewer articles than a pool is started for; any failure there
    (a missing model, a crash) is left to the caller to meet again in its own process, so
    that it is reported as it would be without this process.
    """

    def __init__(self, settings: AnalysisSettings) -> None:
        context = multiprocessing.get_context("forkserver")
        self._settings = settings
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=_warm_worker, args=(theirs, settings), daemon=True)
        self._process.start()
        theirs.close()

    def run(self, articles: Sequence[Article], settings: AnalysisSettings) -> Iterator[Done]:
        """Analyse `articles` in the process in one chunk; raises `WarmFailed` if it could
        not (the process is then stopped)."""
        if settings != self._settings:
            raise WarmFailed("the process loaded other settings")
        try:
            self._connection.send_bytes(msgspec.json.encode(list(articles)))
            answer = self._connection.recv_bytes()
        except (EOFError, OSError) as exc:
            self.stop()
            raise WarmFailed(f"the process ended ({exc})") from None
        if not answer:
            self.stop()
            raise WarmFailed("the process could not analyse")
        yield list(range(len(articles))), _decoded(answer)

    def stop(self) -> None:
        """End the process, whatever it is doing (it holds nothing to save)."""
        self._connection.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


class WarmFailed(Exception):
    """The warm process could not analyse: the caller analyses in its own process."""


def load_models(settings: AnalysisSettings) -> bool:
    """Load the models into this process by analysing a one-sentence article; False if
    they are missing or broken (left to the analysis that needs them to report)."""
    warm = Article("", "", "", datetime.now(UTC), Metadata(), (Block("Warm-up."),))
    try:
        analyse.analyse_articles([warm], settings)
    except Exception:
        return False
    return True


def _warm_worker(connection, settings: AnalysisSettings) -> None:
    """The warm process: load the models, then answer each chunk of articles with their
    analyses, or with nothing if it fails; until the connection closes."""
    if not load_models(settings):
        # Each request is answered with nothing: the build meets the error again in its
        # own process.
        settings = None
    while True:
        try:
            payload = connection.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            answer = analyse_chunk(payload, settings) if settings is not None else b""
        except Exception:
            answer = b""
        connection.send_bytes(answer)


def run_on_dask(
    articles: Sequence[Article], settings: AnalysisSettings, scheduler: str, chunk: int = CHUNK
) -> Iterator[Done]:
    """Analyse on the workers of the Dask scheduler at `scheduler` (tcp://host:8786),
    `chunk` articles a task."""
    try:
        from distributed import Client, as_completed  # an optional extra: imported when used
    except ImportError:
        raise DaskMissing(
            f"analysing on {scheduler} needs Dask: pip install 'news-digest[dask]'"
        ) from None
    with Client(scheduler, set_as_default=False, timeout="20s") as client:
        futures = {
            client.submit(analyse_chunk, payload, settings, pure=False): positions
            for positions, payload in _chunks(articles, chunk)
        }
        # The client is not the process-wide default (a library must not set that), so the
        # iterator is given its event loop.
        for future in as_completed(futures, loop=client.loop):
            yield futures[future], _decoded(future.result())


class DaskMissing(Exception):
    """A scheduler was given, but Dask is not installed."""


def analyse_chunk(payload: bytes, settings: AnalysisSettings) -> bytes:
    """Analyse a chunk of articles sent as JSON; the analyses as JSON (in a worker)."""
    articles = msgspec.json.decode(payload, type=list[Article])
    return msgspec.json.encode(analyse.analyse_articles(articles, settings))


def default_jobs() -> int:
    """One process per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _chunks(articles: Sequence[Article], size: int) -> Iterator[tuple[list[int], bytes]]:
    for start in range(0, len(articles), size):
        positions = list(range(start, min(start + size, len(articles))))
        yield positions, msgspec.json.encode([articles[i] for i in positions])


def _gather(futures: dict[Future, list[int]]) -> Iterator[Done]:
    pending = set(futures)
    while pending:
        finished, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            yield futures[future], _decoded(future.result())


def _decoded(data: bytes) -> list[Analysis]:
    return msgspec.json.decode(data, type=list[Analysis])
