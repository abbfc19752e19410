"""A small site as a reader meets it: built with the real NLP and Pagefind, served by a
`digest serve` session on 127.0.0.1 (the reader-facing browser tests share it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import load_config
from generator.live.session import Session
from tests.helpers import make_site

BASE_URL = "https://digest.example/"


def article(head: str, *paragraphs: str) -> str:
    """A content file: its head (front matter or header lines), then its paragraphs."""
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


GENEVA = article(
    "---\ntitle: Lavrov and Kerry end Geneva talks without a truce\n"
    "date: 2016-12-09T18:30:00Z\nsource: Wire Service\n"
    "url: https://wire.example/geneva-talks\ntags: [Ceasefire talks]\n---",
    "Russian foreign minister Sergei Lavrov and US Secretary of State John Kerry ended a day "
    "of talks in Geneva without agreeing a truce for Aleppo. Officials from both delegations "
    "said the two men would meet again next week.",
    "The talks were held at a hotel on the shore of Lake Geneva. Military experts from Russia "
    "and the United States were due to continue working on the details on Saturday.",
    "Aid agencies warned that food and medicine were running out in the eastern districts of "
    "the city.",
)

CONVOYS = article(
    "---\ntitle: Convoys leave eastern Aleppo\ndate: 2016-12-15T08:00:00Z\n"
    "source: Daily Example\n---",
    "The first convoy of buses and ambulances left the besieged eastern districts of Aleppo on "
    "Thursday, carrying wounded civilians towards the countryside. The International Committee "
    "of the Red Cross said its teams were supervising the evacuation.",
    "Robert Mardini, the regional director of the International Committee of the Red Cross, "
    "said the operation would take several days.",
)

MOSCOW = article(
    "---\ntitle: Putin says talks on Syria will move to Astana\n"
    "date: 2017-01-05T12:00:00Z\nsource: Wire Service\n---",
    "Vladimir Putin said on Thursday that Russia, Turkey and Iran would host new talks on Syria "
    "in Astana, the capital of Kazakhstan. He said Sergei Lavrov had kept in touch with John "
    "Kerry throughout the year.",
    "Putin spoke at a news conference in Moscow that lasted more than four hours.",
)

# Markup written as text (a plain-text file keeps one paragraph a line): a reader must see
# it, and no search result may run it.
HOSTILE = (
    "Title: Zanzibarite traders protest in Geneva\nDate: 2016-12-20\nSource: Daily Example\n\n"
    "Zanzibarite traders protested outside the United Nations offices in Geneva on Tuesday, "
    "carrying banners that read <img src=x onerror=\"window.__pwned=['search']\"> in large "
    "letters.\nThe traders said the new customs rules would cost them most of their income.\n"
)

ARTICLES = {"geneva.md": GENEVA, "convoys.md": CONVOYS, "moscow.md": MOSCOW, "hostile.txt": HOSTILE}
GENEVA_URL = "articles/lavrov-and-kerry-end-geneva-talks-without-a-truce/"


@dataclass(frozen=True)
class Served:
    """The site's folder, its output folder and the URL `digest serve` serves it at."""

    root: Path
    site: Path
    url: str


def _served(root: Path) -> Iterator[Served]:
    session = Session(lambda: load_config(root=root), root / "digest.toml")
    assert session.rebuild()
    # The first index is made in the background, as after every save.
    session.pipeline.indexer.wait()
    url = session.serve("127.0.0.1", 0)
    yield Served(root, root / "site", url)
    session.stop()


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory) -> Iterator[Served]:
    root = make_site(
        tmp_path_factory.mktemp("reader"), ARTICLES, f'[site]\nbase_url = "{BASE_URL}"\n'
    )
    yield from _served(root)


@pytest.fixture(scope="session")
def sharded_reader_site(tmp_path_factory) -> Iterator[Served]:
    """The same site with its search index in four shards, three of them with pages (the
    shards' numbers come from a hash of each page's path: shard 1 has none)."""
    root = make_site(
        tmp_path_factory.mktemp("sharded"),
        ARTICLES,
        f'[site]\nbase_url = "{BASE_URL}"\n[search]\nshard_pages = 1\n',
    )
    yield from _served(root)
