"""A real `digest serve` on 127.0.0.1: a new article appears in today's edition."""

import http.client
import re
import signal
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers import make_site
from tests.live.test_server import digest_session

ARTICLE = """---
title: {title}
date: {date}
source: {source}
---

{title}: officials in Geneva said on the day that talks would go on next week.
"""


# Stopping waits for a search index under way and for the NLP's warm-up thread (up to a
# minute on a busy machine, by design: see `generator.live.session.Session.stop`).
STOP_WAIT = 90


def get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


@pytest.mark.slow
def test_a_new_article_appears_in_todays_edition_while_serving(tmp_path):
    now = datetime.now(UTC).replace(microsecond=0)
    earlier = now - timedelta(minutes=1)
    today = earlier.date().isoformat()
    make_site(
        tmp_path,
        {"a.md": ARTICLE.format(title="Morning talks", date=earlier.isoformat(), source="Wire")},
        # Without stories: the two articles share one template text (they would be copies).
        '[site]\nbase_url = "https://news.example.org/"\n[stories]\nenabled = false\n',
    )
    with digest_session(tmp_path, ["serve", "--port", "0"]) as (proc, started):
        port = int(re.search(r"127\.0\.0\.1:(\d+)", started).group(1))
        status, page = get(port, f"/editions/{today}/")
        assert status == 200 and "Morning talks" in page and "Evening talks" not in page

        (tmp_path / "content/b.md").write_text(
            ARTICLE.format(title="Evening talks", date=earlier.isoformat(), source="Daily")
        )
        rebuilt = proc.stdout.readline().decode()
        assert rebuilt.startswith("2 articles, "), rebuilt
        status, page = get(port, f"/editions/{today}/")
        assert status == 200
        assert "<span>2 articles</span>" in page
        assert page.count("Evening talks</a></h2>") == 1
        assert page.count("Morning talks</a></h2>") == 1
        status, mail = get(port, f"/editions/{today}/email.txt")
        assert status == 200 and "Evening talks" in mail
        assert "https://news.example.org/articles/evening-talks/" in mail
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=STOP_WAIT) == 0
