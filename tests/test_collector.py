"""The cycle collector during a pipeline run (`generator.collector`)."""

from __future__ import annotations

import gc

import pytest

from generator.collector import ModelWithoutCollector
from tests.helpers import SITE, build_dir, make_site


@pytest.fixture(autouse=True)
def _collector_as_it_was():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_the_collector_is_off_until_the_model_is_made_then_frozen_objects_are_let_go():
    gc.enable()
    gc.unfreeze()
    with ModelWithoutCollector(keep_frozen=False) as collector:
        assert not gc.isenabled()
        kept = [[] for _ in range(100)]
        collector.model_made()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_serve_keeps_the_frozen_objects_for_its_session_to_settle():
    gc.enable()
    gc.unfreeze()
    with ModelWithoutCollector(keep_frozen=True) as collector:
        collector.model_made()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_a_failed_run_turns_the_collector_back_on():
    gc.enable()
    with pytest.raises(RuntimeError), ModelWithoutCollector(keep_frozen=False):
        raise RuntimeError("a stage failed")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    with ModelWithoutCollector(keep_frozen=False) as collector:
        collector.model_made()
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_build_leaves_the_collector_on_and_nothing_frozen(tmp_path):
    gc.enable()
    gc.unfreeze()
    make_site(tmp_path, SITE)
    result = build_dir(tmp_path)
    assert result.articles == len([name for name in SITE if name.endswith(".md")])
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
