"""The search stage with the real Pagefind binary: what it writes into the output, when it
runs, and that the same pages always give the same index files."""

from __future__ import annotations

import gzip
import shutil

import html5lib
import pytest

from generator.config import load_config
from generator.pipeline import Pipeline, build
from generator.search import canonical
from generator.search.pagefind import BUNDLE, ENTRY, UNUSED, Run, index_version
from tests.helpers import SITE, article, make_site, snapshot


def pagefind_files(site) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(site).items() if k.startswith(f"{BUNDLE}/")}


def test_a_build_indexes_the_article_pages_and_publishes_only_what_the_page_loads(tmp_path):
    make_site(tmp_path, SITE)
    result = build(load_config(root=tmp_path))
    bundle = tmp_path / "site" / BUNDLE
    names = {p.name for p in bundle.rglob("*") if p.is_file()}
    assert {ENTRY, "pagefind.js", "wasm.en.pagefind"} <= names
    assert not names & UNUSED
    assert '"page_count":3' in (bundle / ENTRY).read_text()  # the articles, nothing else
    assert [name for name, _ in result.stages][-1] == "render+write+search"
    assert index_version(tmp_path / "site").startswith("en_")
    # No staging folder is left beside the output.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_pagefind_alone_is_not_repeatable_and_the_canonical_index_is(tmp_path):
    # Pagefind orders filter values by a randomly seeded hash map: over a few runs the
    # bytes differ, unless put in order.
    make_site(tmp_path, SITE)
    build(load_config(root=tmp_path))
    raw, tidy = set(), set()
    for i in range(6):
        out = tmp_path / f"run{i}"
        run = Run(tmp_path / "site", "en", keep_index_url=True)
        run._run(out)
        raw.add(tuple(sorted(p.name for p in (out / "filter").iterdir())))
        canonical.canonical_filters(out)
        tidy.add(tuple(sorted((p.name, p.read_bytes()) for p in out.rglob("*") if p.is_file())))
    assert len(raw) > 1
    assert len(tidy) == 1


def test_canonical_cbor_reads_and_writes_pagefinds_files_byte_for_byte(tmp_path):
    make_site(tmp_path, SITE)
    build(load_config(root=tmp_path))
    checked = 0
    for path in (tmp_path / "site" / BUNDLE).rglob("*.pf_*"):
        if path.suffix == ".pf_fragment":  # JSON, not CBOR
            continue
        data = gzip.decompress(path.read_bytes())
        value, end = canonical.decode(data, len(canonical.MARKER))
        assert end == len(data)
        assert canonical.encode(value) == data[len(canonical.MARKER) :], path.name
        checked += 1
    assert checked >= 3  # the metadata, a word index, filters


def test_the_index_is_made_again_only_when_an_article_page_changes(tmp_path, monkeypatch):
    make_site(tmp_path, SITE)
    pipeline = Pipeline(load_config(root=tmp_path), watching=True)
    pipeline.run()
    runs = []
    real = Run.index
    monkeypatch.setattr(Run, "index", lambda self: runs.append(1) or real(self))
    before = pagefind_files(tmp_path / "site")
    draft = article("Talks in Lausanne", "2016-12-12").replace("---\n\n", "draft: true\n---\n\n")
    (tmp_path / "content/draft.md").write_text(draft)
    result = pipeline.run()
    assert result.rendered == 0 and runs == []  # a run that changed no page
    (tmp_path / "content/a.md").write_text(
        article("Talks in Geneva", "2016-12-09", body="Delegates met in Montreux instead.")
    )
    pipeline.run()
    assert runs == [1]
    after = pagefind_files(tmp_path / "site")
    assert after != before
    # The fragments of the two articles that did not change were not rewritten.
    assert len([k for k in after if k.startswith("pagefind/fragment/")]) == 3
    assert len(set(after) & set(before)) > len(after) // 2
    # The index went missing: the next run makes it again, though it changed no page.
    shutil.rmtree(tmp_path / "site" / BUNDLE)
    (tmp_path / "content/draft.md").write_text(draft.replace("Lausanne", "Bern"))
    pipeline.run()
    assert runs == [1, 1] and pagefind_files(tmp_path / "site") == after


def test_a_site_without_articles_has_no_index(tmp_path):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    for path in (tmp_path / "content").iterdir():
        path.unlink()
    build(config)
    assert not (tmp_path / "site" / BUNDLE).exists()
    assert (tmp_path / "site/search/index.html").is_file()


def test_digest_build_warns_once_when_base_url_is_not_absolute(tmp_path, capsys, monkeypatch):
    from generator.cli import main

    make_site(tmp_path, SITE)
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert err.count('warning: base_url "/" is not an absolute URL') == 1
    assert "share cards" in err
    (tmp_path / "digest.toml").write_text('[site]\nbase_url = "https://digest.example/news/"\n')
    assert main(["build", "--strict"]) == 0
    assert "base_url" not in capsys.readouterr().err
    page = (tmp_path / "site/articles/talks-in-geneva/index.html").read_text()
    assert (
        '<link rel="canonical" href="https://digest.example/news/articles/talks-in-geneva/">'
        in page
    )


def test_a_missing_binary_fails_the_build_with_a_reason(tmp_path, monkeypatch):
    import generator.search.pagefind as pagefind
    from generator.problems import BuildFailed

    def missing():
        raise pagefind.SearchError("the Pagefind binary is missing: pagefind_extended")

    monkeypatch.setattr(pagefind, "binary", missing)
    make_site(tmp_path, SITE)
    with pytest.raises(BuildFailed, match="search index not made: the Pagefind binary is missing"):
        build(load_config(root=tmp_path))
    # The build failed: no site without its index is swapped in; the next build with the
    # binary makes both.
    assert not (tmp_path / "site").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site.new")) == []
    monkeypatch.undo()
    build(load_config(root=tmp_path))
    assert (tmp_path / "site" / BUNDLE / ENTRY).is_file()


def test_search_off_makes_no_index_no_page_and_no_box_and_on_again_makes_them(tmp_path):
    make_site(tmp_path, SITE, config="[search]\nenabled = false\n")
    build(load_config(root=tmp_path))
    site = tmp_path / "site"
    assert not (site / BUNDLE).exists()
    assert not (site / "search").exists()
    home = html5lib.parse((site / "index.html").read_text(), namespaceHTMLElements=False)
    assert home.find(".//form[@role='search']") is None
    assert home.find(".//nav") is not None
    (tmp_path / "digest.toml").write_text("[search]\nenabled = true\n")
    build(load_config(root=tmp_path))
    assert (site / BUNDLE / ENTRY).is_file()
    assert (site / "search/index.html").is_file()
    home = html5lib.parse((site / "index.html").read_text(), namespaceHTMLElements=False)
    assert home.find(".//form[@role='search']") is not None
    # And off again: a build from the saved state drops the index it had.
    (tmp_path / "digest.toml").write_text("[search]\nenabled = false\n")
    build(load_config(root=tmp_path))
    assert not (site / BUNDLE).exists()
