"""End to end: the tag pages a reader sees for the seed, and editor rules in digest.toml."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import SEED, broken_links, build_dir, make_site, parse, text_of

pytestmark = pytest.mark.slow  # loads the spaCy model

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def entities(site: Path) -> dict[str, dict]:
    data = json.loads((site / "api/entities.json").read_text(encoding="utf-8"))
    return {e["name"]: e for e in data}


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    root = make_site(tmp_path_factory.mktemp("seed"), {SEED.name: SEED.read_bytes()})
    build_dir(root)
    return root / "site"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Isil", "organisation"),
        ("Syrian Observatory for Human Rights", "organisation"),
        ("Palmyra", "place"),
        ("Aleppo", "place"),
        ("Homs", "place"),
        ("Geneva", "place"),
        ("Sergei Lavrov", "person"),
        ("John Kerry", "person"),
        ("Rami Abdel Rahman", "person"),
        ("Abdulkafi al-Hamdo", "person"),
        ("Yasser al Youssef", "person"),
        # "the ancient temples of Baal Shamin and Bel": the temples, places.
        ("Baal Shamin", "place"),
        ("Bel", "place"),
    ],
)
def test_seed_entities_have_one_page_with_the_right_type(seed_site, name, kind):
    found = entities(seed_site)
    assert found[name]["type"] == kind
    page = parse(seed_site / "tags" / found[name]["slug"] / "index.html")
    assert text_of(next(page.iter("h1"))) == name


def test_putin_has_one_person_page_however_he_is_named(seed_site):
    putins = [e for name, e in entities(seed_site).items() if "Putin" in name]
    assert len(putins) == 1
    assert putins[0]["type"] == "person"
    assert putins[0]["name"] in ("Putin", "Vladimir Putin")


def test_no_page_for_the_outlet_footer_or_junk(seed_site):
    names = set(entities(seed_site))
    assert "Irish Independent" not in names
    for name in names:
        assert "nhận xét" not in name
        assert any(c.isalpha() for c in name) and len(name) > 1
    assert not any(e["type"] == "person" for n, e in entities(seed_site).items() if "Isil" in n)


def test_entity_page_shows_type_dates_co_mentions_and_its_feed(seed_site):
    page = parse(seed_site / "tags/geneva/index.html")
    assert text_of(next(el for el in page.iter() if el.get("class") == "kind")) == "Places"
    facts = next(el for el in page.iter("dl") if el.get("class") == "entity-facts")
    labels = [text_of(dt) for dt in facts.iter("dt")]
    assert labels[:3] == ["Articles", "First seen", "Last seen"]
    times = [t.get("datetime") for t in facts.iter("time")]
    assert len(times) == 2 and times[0] == times[1]  # one article: first = last
    related = next(el for el in page.iter("section") if el.get("class") == "related")
    chips = [
        (text_of(a).rsplit(" ", 1)[0], int(text_of(a).rsplit(" ", 1)[1])) for a in related.iter("a")
    ]
    assert len(chips) == 10  # the ten most frequent; on one article all counts are 1
    assert chips == sorted(chips, key=lambda nc: (-nc[1], nc[0]))
    assert "Geneva" not in [n for n, _ in chips]
    feed_links = [a.get("href") for a in page.iter("a") if a.get("type") == "application/atom+xml"]
    assert feed_links == ["../../tags/geneva/feed.xml"]
    feed = ET.parse(seed_site / "tags/geneva/feed.xml").getroot()
    assert feed.find("a:title", ATOM).text.startswith("Geneva")
    assert len(feed.findall("a:entry", ATOM)) == 1


def test_api_carries_aliases_co_mentions_dates_and_feed(seed_site):
    geneva = entities(seed_site)["Geneva"]
    assert {"aliases", "co_mentions", "first_seen", "last_seen", "feed"} <= set(geneva)
    assert geneva["feed"] == "/tags/geneva/feed.xml"
    assert geneva["first_seen"] == geneva["last_seen"]


def test_seed_site_links_resolve(seed_site):
    assert broken_links(seed_site) == []


ARTICLES = {
    "a1.md": "---\ntitle: Rebels advance on Palmyra\ndate: 2016-12-01\n---\n\n"
    "Fighters of Harakat Ahrar al-Sham al-Islamiyya attacked Palmyra on Monday. Harakat Ahrar"
    " al-Sham al-Islamiyya said the desert city would fall within days.\n",
    "a2.md": "---\ntitle: Rebels pushed back\ndate: 2016-12-05\n---\n\n"
    "A statement from Ahrar al-Sham said its fighters had left Palmyra. Officials in Geneva "
    "said on Friday that Ahrar al-Sham had lost ground.\n",
    "a3.md": "---\ntitle: Geneva talks go on\ndate: 2016-12-09\n---\n\n"
    "Talks in Geneva continued on Friday. Sergei Lavrov met John Kerry in Geneva to discuss "
    "Palmyra.\n",
}
RULES = """
[entities]
blocklist = ["Geneva"]

[entities.aliases]
"Ahrar al-Sham" = ["Harakat Ahrar al-Sham al-Islamiyya"]
"""


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("rules"), ARTICLES)


def test_alias_rule_merges_two_pages_and_blocklist_removes_one(small_site):
    build_dir(small_site)
    before = entities(small_site / "site")
    # Its full name and its short name, which no report defines by the other: two pages.
    full = "Harakat Ahrar al-Sham al-Islamiyya"
    assert {full, "Ahrar al-Sham", "Geneva"} <= set(before)
    assert before[full]["articles"] == 1 and before["Ahrar al-Sham"]["articles"] == 1
    assert (small_site / "site/tags/harakat-ahrar-al-sham-al-islamiyya").is_dir()

    (small_site / "digest.toml").write_text(RULES, encoding="utf-8")
    build_dir(small_site)  # the next build: analyses come from the cache, rules still apply
    after = entities(small_site / "site")
    assert full not in after and "Geneva" not in after
    assert after["Ahrar al-Sham"]["articles"] == 2
    assert after["Ahrar al-Sham"]["aliases"] == [full]
    assert not (small_site / "site/tags/geneva").exists()
    assert not (small_site / "site/tags/harakat-ahrar-al-sham-al-islamiyya").exists()
    assert broken_links(small_site / "site") == []


def test_tag_index_groups_with_counts_in_two_orders(small_site):
    build_dir(small_site)
    site = small_site / "site"
    by_name = parse(site / "tags/index.html")
    by_count = parse(site / "tags/by-count/index.html")

    def group(tree, kind):
        section = next(s for s in tree.iter("section") if s.get("id") == kind)
        return [(text_of(li.find("a")), int(text_of(li.find("span")))) for li in section.iter("li")]

    places = group(by_name, "place")
    assert [n for n, _ in places] == sorted(n for n, _ in places)
    counted = group(by_count, "place")
    assert [c for _, c in counted] == sorted((c for _, c in counted), reverse=True)
    assert sorted(counted) == sorted(places)
    assert dict(counted)["Palmyra"] == 3
    sort_links = {text_of(a): a.get("href") for a in by_name.iter("a") if "by " in text_of(a)}
    assert sort_links == {"by number of articles": "../tags/by-count/index.html"}
    headings = [text_of(h) for h in by_name.iter("h2")]
    assert any(h.startswith("Places") for h in headings)
