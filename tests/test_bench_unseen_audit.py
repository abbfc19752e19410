"""bench/unseen_audit.py: where an audit's wrong pages fall in today's order of review."""

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

_PATH = Path(__file__).resolve().parent.parent / "bench" / "unseen_audit.py"
_SPEC = importlib.util.spec_from_file_location("unseen_audit", _PATH)
unseen_audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(unseen_audit)


def test_the_audit_s_wrong_pages_are_placed_in_the_order_of_review(tmp_path):
    # Ten pages in order of review; the audit found three wrong, one of them gone since.
    order = [SimpleNamespace(page=SimpleNamespace(name=f"P{n}", kind="place")) for n in range(10)]
    verdicts = [
        {"name": "P0", "kind": "place", "verdict": "not an entity"},
        {"name": "P1", "kind": "place", "verdict": "right"},
        {"name": "P2", "kind": "place", "verdict": "duplicate"},
        {"name": "P2", "kind": "person", "verdict": "mistyped"},
        {"name": "P9", "kind": "place", "verdict": "unsure"},
        {"name": "Gone", "kind": "place", "verdict": "mistyped"},
    ]
    audit = tmp_path / "audit.jsonl"
    audit.write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
    assert unseen_audit.review_line([audit], order) == (
        "10 pages; of the audits' 2 wrong pages that today's build still has, 1 / 1 / 2 are "
        "in the first 10 / 20 / 30 % of the order of review"
    )
