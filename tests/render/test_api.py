"""The API's records (`generator.render.api`): compact UTF-8 JSON, as Python's `json`
writes it."""

import json

from generator.render.api import _json


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
