"""The serve/watch session around the pipeline."""

import io

from generator.analyse import mentions as entities
from generator.config import load_config
from generator.live.session import Session
from tests.helpers import make_site

ARTICLE = """---
title: Talks in Geneva
date: 2016-12-09
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.
"""


def test_warm_up_loads_the_model_a_cached_start_up_never_needed(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE})
    out = io.StringIO()
    Session(lambda: load_config(root=tmp_path), None, out=out, err=out).rebuild()  # fills the cache

    entities.load_model.cache_clear()
    session = Session(lambda: load_config(root=tmp_path), None, out=out, err=out)
    assert session.rebuild()
    assert entities.load_model.cache_info().currsize == 0  # everything came from the cache
    session.warm_up().join(timeout=120)
    assert entities.load_model.cache_info().currsize == 1


def test_stop_waits_for_the_warm_up(tmp_path):
    # Exiting while the model loads on the warm-up thread aborted the process (libblis).
    make_site(tmp_path, {"a.md": ARTICLE})
    out = io.StringIO()
    session = Session(lambda: load_config(root=tmp_path), None, out=out, err=out)
    entities.load_model.cache_clear()
    warming = session.warm_up()
    session.stop()
    assert not warming.is_alive()
