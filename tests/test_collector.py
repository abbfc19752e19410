"""The cycle collector during a pipeline run (`generator.collector`)."""

from __future__ import annotations

import gc

import pytest

from generator.collector import Collector
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
    with Collector(keep_frozen=False) as collector:
        assert not gc.isenabled()
        kept = [[] for _ in range(100)]
        collector.model_made()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_collector_runs_while_files_are_read_over_the_objects_made_then():
    gc.enable()
    gc.unfreeze()
    with Collector(keep_frozen=False) as collector:
        restored = [[] for _ in range(100)]
        with collector.reading():
            assert gc.isenabled()
            # What existed before (a restored state) is not looked at again.
            assert gc.get_freeze_count() >= len(restored)
            young = gc.get_count()[0]
            garbage_in_cycles = [[] for _ in range(2000)]
            for item in garbage_in_cycles:
                item.append(item)
            del garbage_in_cycles, item
            assert gc.get_count()[0] < young + 2000  # collected on the way
        assert not gc.isenabled()
        collector.model_made()
    assert gc.isenabled()


def test_serve_keeps_the_frozen_objects_for_its_session_to_settle():
    gc.enable()
    gc.unfreeze()
    with Collector(keep_frozen=True) as collector:
        collector.model_made()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_a_failed_run_turns_the_collector_back_on():
    gc.enable()
    with pytest.raises(RuntimeError), Collector(keep_frozen=False):
        raise RuntimeError("a stage failed")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    with Collector(keep_frozen=False) as collector:
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
