"""A site built with base_url = "/digest/" works when served from that sub-path.

The site is served by a real http.server on 127.0.0.1 under /digest/ only (like GitHub
project pages: anything else is a 404, missing pages get the site's 404.html) and crawled
over HTTP from the home page: every link, stylesheet, script, sitemap entry and feed link
must answer 200 and stay below /digest/.
"""

import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import html5lib
import pytest

from tests.deploy.sites import make_deploy_site
from tests.helpers import build_dir

BASE = "/digest/"


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves <www>/digest/ only; folders without index.html are not listed."""

    def log_message(self, *args):
        pass

    def list_directory(self, path):
        self.send_error(404)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "digest/404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module", params=[False, True], ids=["index-links", "directory-urls"])
def server(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("subpath")
    www = tmp / "www"
    directory_urls = "true" if request.param else "false"
    root = make_deploy_site(
        tmp / "site",
        f'[paths]\noutput = "{www / "digest"}"\n',
        site_toml=f'base_url = "{BASE}"\ndirectory_urls = {directory_urls}',
    )
    assert build_dir(root).written
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(SubPathHandler, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.headers.get_content_type(), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read()


def references(page_url: str, body: bytes) -> set[str]:
    """Absolute URLs of every href and src in an HTML page, without fragments."""
    tree = html5lib.parse(body, treebuilder="etree", namespaceHTMLElements=False)
    found = set()
    for element in tree.iter():
        for attr in ("href", "src"):
            value = element.get(attr)
            if value and not value.startswith(("mailto:", "#")):
                found.add(urldefrag(urljoin(page_url, value)).url)
    return found


def crawl(origin: str, start: str) -> dict[str, int]:
    """Status of every same-origin URL reachable from `start` through HTML pages."""
    seen: dict[str, int] = {}
    queue = [start]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        status, content_type, body = fetch(url)
        seen[url] = status
        if status == 200 and content_type == "text/html":
            queue += [u for u in references(url, body) if u.startswith(origin)]
    return seen


def test_every_link_works_under_the_sub_path(server):
    statuses = crawl(server, server + BASE)
    assert len(statuses) > 10
    broken = {url: s for url, s in statuses.items() if s != 200}
    assert broken == {}
    outside = [u for u in statuses if not urlsplit(u).path.startswith(BASE)]
    assert outside == []
    paths = {urlsplit(u).path for u in statuses}
    assert BASE + "feed.xml" in paths and BASE + "static/style.css" in paths
    assert paths & {BASE + "archive/", BASE + "archive/index.html"}


def test_sitemap_robots_and_feed_point_into_the_sub_path(server):
    status, _, robots = fetch(server + BASE + "robots.txt")
    assert status == 200
    (line,) = [x for x in robots.decode().splitlines() if x.startswith("Sitemap:")]
    sitemap_url = urljoin(server + BASE, line.split(":", 1)[1].strip())
    assert urlsplit(sitemap_url).path == BASE + "sitemap.xml"
    status, _, sitemap = fetch(sitemap_url)
    assert status == 200
    locs = [el.text for el in ET.fromstring(sitemap).iter() if el.tag.endswith("loc")]
    assert len(locs) > 3
    for loc in locs:
        url = urljoin(sitemap_url, loc)
        assert urlsplit(url).path.startswith(BASE) and fetch(url)[0] == 200, loc

    status, _, feed = fetch(server + BASE + "feed.xml")
    assert status == 200
    links = [el.get("href") for el in ET.fromstring(feed).iter() if el.tag.endswith("link")]
    assert links
    for href in links:
        url = urljoin(server + BASE + "feed.xml", href)
        assert urlsplit(url).path.startswith(BASE) and fetch(url)[0] == 200, href


def test_missing_pages_get_a_404_page_whose_links_work_at_any_depth(server):
    for missing in ("nothing-here", "articles/gone/", "a/b/c/d.html"):
        status, _, body = fetch(server + BASE + missing)
        assert status == 404
        links = {u for u in references(server + BASE + missing, body) if u.startswith(server)}
        assert links
        for url in links:
            assert urlsplit(url).path.startswith(BASE) and fetch(url)[0] == 200, (missing, url)
