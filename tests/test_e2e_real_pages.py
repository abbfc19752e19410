"""End to end: real-looking pages from several outlets (page furniture, photo credits,
wire credits, abbreviations, other names, nationalities, a glued word) give exactly the
tag pages a reader should see, and `digest entities` says why the rest got none."""

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.helpers import REPO, build_dir, make_site

pytestmark = pytest.mark.slow  # loads the spaCy model

FIXTURES = Path(__file__).parent / "fixtures" / "real_pages"

EXPECTED = {
    "Asia": "place",
    "China": "place",
    "Copenhagen": "place",
    "Iran": "place",
    "Riyadh": "place",
    "Strait of Hormuz": "place",
    "United Kingdom": "place",
    "United States": "place",
    "Washington": "place",
    "Bombay": "place",
    "Federal Aviation Administration": "organisation",
    "Gulf Cooperation Council": "organisation",
    "India Meteorological Department": "organisation",
    "Maersk Line": "organisation",
    "Ministry of Health": "organisation",
    "Red Cross": "organisation",
    "Ryanair": "organisation",
    # "a statementThe Saudi Press Agency published": the glued word is cut off the name.
    "Saudi Press Agency": "organisation",
    "Maria Okafor": "person",
    "Narendra Modi": "person",
    "Salman": "person",
    "Soren Skou": "person",
}


@pytest.fixture(scope="module")
def site_root(tmp_path_factory) -> Path:
    files = {path.name: path.read_bytes() for path in FIXTURES.iterdir()}
    root = make_site(tmp_path_factory.mktemp("real"), files)
    build_dir(root)
    return root


def test_exactly_the_right_tag_pages(site_root):
    data = json.loads((site_root / "site/api/entities.json").read_text(encoding="utf-8"))
    assert {e["name"]: e["type"] for e in data} == EXPECTED
    aliases = {e["name"]: set(e["aliases"]) for e in data}
    # One page per entity, listing its other spellings.
    assert aliases["United States"] == {"U.S."}
    assert aliases["United Kingdom"] == {"Britain"}
    assert aliases["Federal Aviation Administration"] == {"FAA"}
    assert aliases["Gulf Cooperation Council"] == {"GCC"}
    assert aliases["Bombay"] == {"Mumbai"}


def test_digest_entities_reports_each_merge_and_each_dropped_name(site_root, capsys, monkeypatch):
    monkeypatch.chdir(site_root)
    assert main(["entities"]) == 0
    out = capsys.readouterr().out
    assert "22 tag pages" in out
    assert "Federal Aviation Administration | organisation | 1  [FAA]" in out
    assert "Britain: a name of United Kingdom" in out
    assert "Mumbai: defined in the text (also known as)" in out
    assert "FAA: defined in the text (abbreviation)" in out
    assert "Nigerian, 1: a nationality" in out
    assert "Email Share, 1: only in photo credits or page furniture" in out
    assert "Reuters, 1: only in photo credits or page furniture" in out


def test_digest_entities_review_lists_every_page_the_weakest_first(site_root, capsys, monkeypatch):
    monkeypatch.chdir(site_root)
    assert main(["entities", "--review"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.startswith("22 tag pages of names found in the text, the most doubtful first")
    lines, merges = lines[:22], lines[22:]
    names = [line.strip().split(" | ")[0] for line in lines]
    assert sorted(names) == sorted(EXPECTED)
    # Then the aliases that share no word with their page's name and are not its initials,
    # the merges to check, the biggest page first ("FAA", "U.S." are initials).
    assert merges == [
        "2 pages with an alias that shares no word with the page's name, the biggest first "
        "(name | type | articles: alias (why it joined)):",
        "  Bombay | place | 1: Mumbai (defined in the text (also known as))",
        "  United Kingdom | place | 1: Britain (a name of United Kingdom)",
    ]
    # A page of one article that nothing in the text backs comes before a GeoNames city;
    # each line ends with the model's labels, added up.
    reasons, labels = lines[names.index("Strait of Hormuz")].rsplit("; ", 1)
    assert reasons.endswith(
        "one article, no cue in the text, no quote, place or personal name, dictionary words"
    )
    assert re.fullmatch(r"[A-Z_]+ \d+(, [A-Z_]+ \d+)*", labels)
    assert names.index("Strait of Hormuz") < names.index("Washington")


def test_a_reader_that_stops_early_gets_no_traceback(site_root):
    # `digest entities --review | head`: the reader is gone before the lines are written
    # (`true` reads nothing and ends at once; the model takes a second to load).
    result = subprocess.run(
        [
            "bash",
            "-o",
            "pipefail",
            "-c",
            f"{shlex.quote(sys.executable)} -m generator entities --review | true",
        ],
        cwd=site_root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.stderr == ""
    assert result.returncode == 141  # as the shell reports a process SIGPIPE ended


def test_the_starter_site_has_no_junk_tag(tmp_path):
    target = tmp_path / "new-site"
    assert main(["init", str(target)]) == 0
    build_dir(target)
    data = json.loads((target / "site/api/entities.json").read_text(encoding="utf-8"))
    assert {e["name"]: e["type"] for e in data} == {
        "Ada Lovelace": "person",
        "International Committee of the Red Cross": "organisation",
        "Geneva": "place",
        "Getting Started": "topic",
    }
