"""bench/lookalike_pages.py: the pairs of tag pages it gives a reader to judge."""

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "bench" / "lookalike_pages.py"
_SPEC = importlib.util.spec_from_file_location("lookalike_pages", _PATH)
lookalike_pages = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(lookalike_pages)


def page(name, kind="organisation", articles=1):
    return {"name": name, "kind": kind, "aliases": [], "articles": articles}


def test_a_short_name_inside_a_longer_one_a_near_spelling_and_a_person_s_shape_are_listed():
    pages = [
        page("Angels", articles=16),
        page("Los Angeles Angels", articles=5),
        page("Karolos Papoulias", "person"),
        page("Carolos Papoulias", "person"),
        page("Harry Winston", "organisation", 12),
    ]
    lines = list(lookalike_pages.lookalikes(pages))
    assert "inside | Angels (organisation, 16) | Los Angeles Angels (organisation, 5)" in lines
    assert any(
        line.startswith("near | Karolos Papoulias (person, 1) | Carolos Papoulias")
        for line in lines
    )
    assert "shape | Harry Winston (organisation, 12)" in lines


def test_unlike_pages_and_people_s_own_names_are_not_listed():
    pages = [page("Iran", "place"), page("Iraq", "place"), page("Barack Obama", "person")]
    assert list(lookalike_pages.lookalikes(pages)) == []
