"""End to end: build seeds/ into a temporary folder and check the site as a reader sees it."""

import gzip
import json
from pathlib import Path

import html5lib
import pytest

from generator.build import build
from generator.config import Config
from tests.helpers import SEED, SEEDS, broken_links, parse, text_of

FOOTERS = ("Không có nhận xét nào", "Đăng nhận xét")


def build_seeds(root: Path, base_url: str = "/") -> Path:
    config = Config(root=root)
    config = config.with_overrides(content=str(SEEDS), output=str(root / "site"))
    if base_url != "/":
        import dataclasses

        config = dataclasses.replace(
            config, site=dataclasses.replace(config.site, base_url=base_url)
        )
    build(config)
    return root / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_seeds(tmp_path_factory.mktemp("seed"))


def seed_page(site: Path) -> Path:
    (entry,) = json.loads((site / "api/articles.json").read_text(encoding="utf-8"))
    return site / "articles" / entry["slug"] / "index.html"


def test_seed_article_page_has_its_source(site):
    tree = parse(seed_page(site))
    sources = [text_of(el) for el in tree.iter() if "source" in (el.get("class") or "").split()]
    assert sources == ["Irish Independent"]
    body = next(el for el in tree.iter() if el.get("class") == "body")
    assert "Irish Independent" not in text_of(body)


def test_no_footer_line_anywhere_in_the_site(site):
    for path in site.rglob("*"):
        if not path.is_file() or path.name.startswith("wasm."):  # the search's own code
            continue
        data = path.read_bytes()
        # The search index's files are compressed, some hold binary data between texts.
        data = gzip.decompress(data) if path.suffix.startswith(".pf_") else data
        for footer in FOOTERS:
            assert footer.encode("utf-8") not in data, f"{footer!r} in {path}"


def test_summary_sentences_are_sentences_of_the_article(site):
    article = " ".join(SEED.read_text(encoding="utf-8").split())
    (entry,) = json.loads((site / "api/articles.json").read_text(encoding="utf-8"))
    assert len(entry["summary"]) == 3
    for sentence in entry["summary"]:
        assert " ".join(sentence.split()) in article
    # The article page marks them in its text rather than printing them twice.
    page = parse(seed_page(site))
    body = next(el for el in page.iter() if el.get("class") == "body")
    marks = [text_of(el) for el in body.iter("mark") if el.get("class") == "summary-mark"]
    assert marks == entry["summary"]
    assert not [el for el in page.iter() if el.get("class") == "summary-box"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sergei Lavrov", "People"),
        ("John Kerry", "People"),
        ("Rami Abdel Rahman", "People"),
        ("Geneva", "Places"),
    ],
)
def test_tag_pages_exist_and_the_index_links_to_them(site, name, kind):
    slug = name.lower().replace(" ", "-")
    page = site / "tags" / slug / "index.html"
    assert page.is_file()
    heading = next(parse(page).iter("h1"))
    assert text_of(heading) == name
    index = parse(site / "tags/index.html")
    links = {a.get("href"): text_of(a) for a in index.iter("a")}
    assert links.get(f"../tags/{slug}/index.html") == name
    groups = {text_of(s.find("h2")).split(" ")[0]: s for s in index.iter("section")}
    assert name in [text_of(a) for a in groups[kind].iter("a")]


def test_every_internal_link_resolves(site):
    assert broken_links(site) == []


def test_every_internal_link_resolves_under_a_sub_path(tmp_path):
    site = build_seeds(tmp_path, base_url="/digest/")
    assert broken_links(site, "/digest/") == []
    robots = (site / "robots.txt").read_text()
    assert "Sitemap: /digest/sitemap.xml" in robots
    not_found = (site / "404.html").read_text()
    assert 'href="/digest/static/style.css"' in not_found


def test_pages_are_valid_html5_with_a_language(site):
    parser = html5lib.HTMLParser(strict=True)
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parser.parse(page.read_bytes())
        assert parse(page).get("lang") == "en"


def test_feeds_sitemap_and_api(site):
    import xml.etree.ElementTree as ET

    feed = ET.parse(site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(feed.findall("a:entry", ns)) == 1
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    locs = [el.text for el in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "/tags/geneva/" in locs
    entities = json.loads((site / "api/entities.json").read_text(encoding="utf-8"))
    geneva = next(e for e in entities if e["slug"] == "geneva")
    assert geneva["type"] == "place" and geneva["articles"] == 1
    (entry,) = json.loads((site / "api/articles.json").read_text(encoding="utf-8"))
    assert entry["source"] == "Irish Independent"
    assert {"name": "Geneva", "type": "place", "slug": "geneva", "url": "/tags/geneva/"} in entry[
        "entities"
    ]


def test_build_is_deterministic(site, tmp_path):
    again = build_seeds(tmp_path)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second
