"""The search stage with the real Pagefind binary: what it writes into the output, when it
runs, which shards it indexes, and that the same pages always give the same index files."""

from __future__ import annotations

import gzip
import json
import shutil

import html5lib
import pytest

from generator.build import build
from generator.config import load_config
from generator.pipeline import Pipeline
from generator.search import canonical
from generator.search.pagefind import (
    BUNDLE,
    ENTRY,
    MANIFEST,
    UNUSED,
    Run,
    article_pages,
    index_version,
    link_pages,
)
from generator.search.shards import assign, shard_count, shard_of
from tests.helpers import SITE, article, make_site, snapshot


def pagefind_files(site) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(site).items() if k.startswith(f"{BUNDLE}/")}


def test_a_build_indexes_the_article_pages_and_publishes_only_what_the_page_loads(tmp_path):
    make_site(tmp_path, SITE)
    result = build(load_config(root=tmp_path))
    bundle = tmp_path / "site" / BUNDLE
    # Three articles: one shard.
    assert sorted(p.name for p in bundle.iterdir()) == ["0", MANIFEST]
    names = {p.name for p in (bundle / "0").rglob("*") if p.is_file()}
    assert {ENTRY, "pagefind.js", "wasm.en.pagefind"} <= names
    assert not names & UNUSED
    assert '"page_count":3' in (bundle / "0" / ENTRY).read_text()  # the articles, nothing else
    assert [name for name, _ in result.stages][-1] == "render+write+search"
    manifest = json.loads((bundle / MANIFEST).read_text())
    assert manifest["count"] == 1
    assert [(s["shard"], s["path"]) for s in manifest["shards"]] == [(0, "0/")]
    assert manifest["shards"][0]["index"].startswith("en_")
    assert index_version(tmp_path / "site") == manifest["version"]
    # No staging folder is left beside the output.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_pagefind_alone_is_not_repeatable_and_the_canonical_index_is(tmp_path):
    # Pagefind orders filter values by a randomly seeded hash map: over a few runs the
    # bytes differ, unless put in order.
    make_site(tmp_path, SITE)
    build(load_config(root=tmp_path))
    raw, tidy = set(), set()
    site = tmp_path / "pages"
    link_pages(tmp_path / "site", article_pages(tmp_path / "site"), site)
    for i in range(6):
        out = tmp_path / f"run{i}"
        run = Run(tmp_path / "site", "en", keep_index_url=True, shard_pages=2000)
        run._run(site, out)
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
    assert len([k for k in after if k.startswith("pagefind/0/fragment/")]) == 3
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
    assert (tmp_path / "site" / BUNDLE / MANIFEST).is_file()


def test_pagefind_output_it_could_not_write_fails_the_build_in_one_line(tmp_path, monkeypatch):
    # Pagefind exits with 0 on a full disk, leaving an empty entry file: the build fails
    # with a reason, not a traceback, and the previous site stays.
    from generator.problems import BuildFailed

    make_site(tmp_path, SITE)
    build(load_config(root=tmp_path))
    before = snapshot(tmp_path / "site")
    real_run = Run._run

    def truncated(self, site, staging):
        real_run(self, site, staging)
        (staging / ENTRY).write_text("")

    monkeypatch.setattr(Run, "_run", truncated)
    (tmp_path / "content" / "new.md").write_text(article("Convoys leave", "2016-12-12"))
    with pytest.raises(BuildFailed, match="search index not made: Pagefind's output cannot be"):
        build(load_config(root=tmp_path))
    assert snapshot(tmp_path / "site") == before


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
    assert (site / BUNDLE / MANIFEST).is_file()
    assert (site / "search/index.html").is_file()
    home = html5lib.parse((site / "index.html").read_text(), namespaceHTMLElements=False)
    assert home.find(".//form[@role='search']") is not None
    # And off again: a build from the saved state drops the index it had.
    (tmp_path / "digest.toml").write_text("[search]\nenabled = false\n")
    build(load_config(root=tmp_path))
    assert not (site / BUNDLE).exists()


def test_pages_go_to_shards_by_a_stable_hash_of_their_path():
    assert [shard_count(n, 2000) for n in (0, 1, 2000, 2001, 4000, 4001, 10_000)] == [
        1,
        1,
        1,
        2,
        2,
        4,
        8,
    ]
    assert shard_count(3, 1) == 4
    # The hash is part of every site's index: another one would move every page.
    assert [shard_of("articles/talks-in-geneva/index.html", n) for n in (1, 2, 8, 64)] == [
        0,
        1,
        7,
        47,
    ]
    pages = [f"articles/report-{n}/index.html" for n in range(10_000)]
    shards = assign(reversed(pages), 8)
    assert sorted(shards) == list(range(8))
    assert all(abs(len(of) - 1250) < 125 for of in shards.values())
    assert shards == assign(pages, 8)  # in any order: the same shards, each sorted
    assert all(of == sorted(of) for of in shards.values())
    # Twice the shards: each splits in two.
    for page in pages[:500]:
        assert shard_of(page, 16) % 8 == shard_of(page, 8)


SHARDED = "[search]\nshard_pages = 2\n"
EIGHT = {f"r{n}.md": article(f"Report {n}", f"2016-12-{n + 10}") for n in range(8)}


def shard_folders(site) -> list[str]:
    return sorted(p.name for p in (site / BUNDLE).iterdir() if p.is_dir())


def cold_build(tmp_path, root, name: str) -> dict[str, bytes]:
    cold = tmp_path / name
    shutil.copytree(root / "content", cold / "content")
    shutil.copy(root / "digest.toml", cold / "digest.toml")
    build(load_config(root=cold))
    return snapshot(cold / "site")


def record_shards(monkeypatch) -> list[str]:
    """The shard folders each indexing wrote, in order."""
    indexed: list[str] = []
    real = Run._index_shard

    def index_shard(self, pages, target):
        indexed.append(target.name)
        return real(self, pages, target)

    monkeypatch.setattr(Run, "_index_shard", index_shard)
    return indexed


def test_an_edit_indexes_only_the_shard_of_its_page_again(tmp_path, monkeypatch):
    root = make_site(tmp_path / "warm", EIGHT, SHARDED)
    build(load_config(root=root))
    site = root / "site"
    manifest = json.loads((site / BUNDLE / MANIFEST).read_text())
    assert manifest["count"] == 4
    assert [s["shard"] for s in manifest["shards"]] == [int(n) for n in shard_folders(site)]
    assert (
        sum(
            json.loads((site / BUNDLE / s["path"] / ENTRY).read_text())["languages"]["en"][
                "page_count"
            ]
            for s in manifest["shards"]
        )
        == 8
    )
    files = pagefind_files(site)
    before = {rel: (site / rel).stat().st_mtime_ns for rel in files}
    indexed = record_shards(monkeypatch)
    (root / "content/r3.md").write_text(
        article("Report 3", "2016-12-13", body="Delegates met in Montreux instead.")
    )
    build(load_config(root=root))
    page = "articles/report-3/index.html"
    assert indexed == [str(shard_of(page, 4))]
    # The other shards' files were not written again; the manifest names the new index.
    edited = f"{BUNDLE}/{indexed[0]}/"
    untouched = [rel for rel in before if not rel.startswith(edited) and MANIFEST not in rel]
    assert untouched and all((site / rel).stat().st_mtime_ns == before[rel] for rel in untouched)
    after = pagefind_files(site)
    assert {k: v for k, v in after.items() if k.startswith(edited)} != {
        k: v for k, v in files.items() if k.startswith(edited)
    }
    assert index_version(site) != manifest["version"]
    monkeypatch.undo()
    assert snapshot(site) == cold_build(tmp_path, root, "cold")
    # No change, no index.
    indexed = record_shards(monkeypatch)
    build(load_config(root=root))
    assert indexed == []


def test_another_shard_count_indexes_every_shard_again(tmp_path, monkeypatch):
    four = {name: text for name, text in EIGHT.items() if name < "r4"}
    root = make_site(tmp_path / "warm", four, SHARDED)
    build(load_config(root=root))
    site = root / "site"
    assert json.loads((site / BUNDLE / MANIFEST).read_text())["count"] == 2
    indexed = record_shards(monkeypatch)
    (root / "content/r4.md").write_text(EIGHT["r4.md"])  # five pages: four shards
    build(load_config(root=root))
    manifest = json.loads((site / BUNDLE / MANIFEST).read_text())
    assert manifest["count"] == 4
    assert indexed == shard_folders(site) == [str(s["shard"]) for s in manifest["shards"]]
    assert snapshot(site) == cold_build(tmp_path, root, "cold5")
    # And back to two: the folders of the shards that are gone go too.
    (root / "content/r4.md").unlink()
    build(load_config(root=root))
    assert json.loads((site / BUNDLE / MANIFEST).read_text())["count"] == 2
    monkeypatch.undo()
    assert snapshot(site) == cold_build(tmp_path, root, "cold4")


def test_an_index_of_another_layout_or_out_of_step_with_its_manifest_is_made_again(tmp_path):
    root = make_site(tmp_path, EIGHT, SHARDED)
    build(load_config(root=root))
    site = root / "site"
    cold = pagefind_files(site)
    # One bundle of the earlier layout, at the top of pagefind/, and no manifest.
    shutil.copytree(site / BUNDLE / "0", site / BUNDLE, dirs_exist_ok=True)
    (site / BUNDLE / MANIFEST).unlink()
    run = Run(site, "en", True, shard_pages=2, touched=set())
    assert run.index().shards == (0, 1, 2, 3)
    assert pagefind_files(site) == cold
    # A shard whose bundle is not the one the manifest lists is indexed again, even when
    # none of its pages changed.
    shard = shard_folders(site)[0]
    shutil.rmtree(site / BUNDLE / shard / "fragment")
    (site / BUNDLE / shard / ENTRY).write_text('{"version":"1.5.2","languages":{}}')
    assert Run(site, "en", True, shard_pages=2, touched=set()).index().shards == (int(shard),)
    assert pagefind_files(site) == cold
