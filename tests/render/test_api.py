"""The API's records (`generator.render.api`): compact UTF-8 JSON, as Python's `json`
writes it."""

import json

from generator.render.api import ApiFiles, _json


def test_records_are_the_bytes_pythons_json_writes():
    record = {
        "title": 'Café "Ølstue" \u2028 in Zürich\x1f',
        "summary": ["A line\nand\ttabs", "\\ backslash"],
        "source": None,
        "articles": 12,
        "co_mentions": [{"name": "Ангела Меркель", "count": -3}],
        "emoji": "🗞",
    }
    assert _json(record) == json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    assert json.loads(_json(record)) == record


def test_a_one_shot_build_keeps_no_records_and_writes_the_same_files():
    from tests.render.test_reader_pages import GENEVA, PUTIN, entry, site_of

    site = site_of([entry("talks", 9, [PUTIN, GENEVA]), entry("truce", 10, [GENEVA])])
    kept, once = ApiFiles(), ApiFiles(keep=False)
    files = kept(site, "https://example.org/")
    assert once(site, "https://example.org/") == files
    assert json.loads(files["api/articles.json"])[0]["title"] == "Truce"
    # The keeping one keeps each record for the next call (`digest serve`'s).
    assert sum(map(len, kept._records.values())) == 2 + 2  # articles, entities
    assert not once._records


def test_an_empty_site_and_a_site_of_one_make_json_arrays_in_both_modes():
    from tests.render.test_reader_pages import GENEVA, entry, site_of

    for site in (site_of([]), site_of([entry("talks", 9, [GENEVA])])):
        kept = ApiFiles()(site, "https://example.org/")
        assert ApiFiles(keep=False)(site, "https://example.org/") == kept
        for data in kept.values():
            assert data.startswith(b"[") and data.endswith(b"]\n")
            assert len(json.loads(data)) == len(site.entries)
