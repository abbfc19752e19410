"""The e-mail of an edition: a real HTML parser's check, nothing a mail program would
refuse or fetch, absolute links only; `digest edition` in every format, its exit codes and
its errors; the `.eml` parsed back with the standard library."""

import re
from email import policy
from email.parser import BytesParser

import html5lib
import pytest

from generator.build import build
from generator.config import load_config
from tests.editions.test_edition_pages import BASE, make
from tests.helpers import run_digest


@pytest.fixture(scope="module")
def root(tmp_path_factory, cache):
    root = make(tmp_path_factory.mktemp("mail"), cache)
    build(load_config(root=root))
    return root


def emails(root):
    found = sorted((root / "site/editions").glob("*/email.html"))
    assert len(found) == 5  # three days, two weeks
    return found


def test_the_email_html_is_valid_self_contained_and_at_most_640_px_wide(root):
    for path in emails(root):
        source = path.read_text(encoding="utf-8")
        # A strict parser raises on any parse error of the HTML standard.
        tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(source)
        tags = {el.tag for el in tree.iter() if isinstance(el.tag, str)}
        assert not tags & {"script", "link", "style", "iframe", "object", "embed", "form"}
        for el in tree.iter():
            assert not any(name.startswith("on") for name in el.attrib), (path, el.tag)
            assert el.get("src") is None or el.get("src").startswith(BASE)
            style = el.get("style") or ""
            assert "url(" not in style and "@import" not in style
            for width in re.findall(r"(?:^|;)\s*(?:max-)?width:\s*(\d+)px", style):
                assert int(width) <= 640
            if el.get("width", "").isdigit():
                assert int(el.get("width")) <= 640
        links = [a.get("href") for a in tree.iter("a")]
        assert links and all(href.startswith(BASE) for href in links), path
        assert "font-face" not in source and "javascript:" not in source.lower()


def test_the_text_alternative_says_what_the_html_says(root):
    text = (root / "site/editions/2016-12-09/email.txt").read_text(encoding="utf-8")
    order = [text.index(h) for h in ("Convoys wait", "Geneva talks end", "Red Cross appeals")]
    assert order == sorted(order)
    assert f"   {BASE}articles/convoys-wait-outside-aleppo/\n" in text
    assert "ALSO THIS DAY" in text and "Rouble steady in Moscow trading" in text
    assert "<" not in text
    assert max(len(line) for line in text.splitlines() if "://" not in line) <= 76


def test_digest_edition_prints_html_and_text_and_writes_a_mime_message(root, tmp_path):
    html = run_digest("edition", "2016-12-09", cwd=root)
    assert (html.returncode, html.stderr) == (0, "")
    assert html.stdout == (root / "site/editions/2016-12-09/email.html").read_text()
    text = run_digest("edition", "2016-12-09", "--format", "text", "--no-build", cwd=root)
    assert text.stdout == (root / "site/editions/2016-12-09/email.txt").read_text()
    # Without a DATE, the newest edition; --week, the week of the DATE.
    newest = run_digest("edition", "--format", "text", "--no-build", cwd=root)
    assert "Friday 16 December 2016" in newest.stdout
    week = run_digest("edition", "2016-12-07", "--week", "--format", "text", "--no-build", cwd=root)
    assert week.returncode == 0 and "Week 49, 2016" in week.stdout
    out = tmp_path / "edition.eml"
    made = run_digest(
        "edition", "2016-12-09", "--format", "eml", "--write", str(out),
        "--from", "Desk <desk@example.org>", "--to", "list@example.org", cwd=root,
    )  # fmt: skip
    assert (made.returncode, made.stdout, made.stderr) == (0, "", "")
    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "News Digest · Friday 9 December 2016"
    assert (message["From"], message["To"]) == ("Desk <desk@example.org>", "list@example.org")
    assert message["Message-ID"].endswith("@news.example.org>")
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    plain = message.get_body(preferencelist=("plain",)).get_content()
    rich = message.get_body(preferencelist=("html",)).get_content()
    assert plain == (root / "site/editions/2016-12-09/email.txt").read_text()
    assert rich == (root / "site/editions/2016-12-09/email.html").read_text()


def test_digest_edition_errors_and_exit_codes(root, cache, tmp_path):
    missing = run_digest("edition", "2016-12-25", "--no-build", cwd=root)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == (
        "digest: no edition for 2016-12-25: no article was published then (days in +02:00); "
        "editions run from 2016-12-09 to 2016-12-16\n"
    )
    bad = run_digest("edition", "2016-12-32", cwd=root)
    assert (bad.returncode, bad.stderr) == (2, "digest: DATE: '2016-12-32' is not a date\n")
    fmt = run_digest("edition", "--format", "pdf", cwd=root)
    assert fmt.returncode == 2 and "invalid choice: 'pdf'" in fmt.stderr
    # A relative base_url: edition pages, but no e-mail, and a clear error before any build.
    relative = make(tmp_path, cache, base="/digest/")
    result = run_digest("edition", "2016-12-09", cwd=relative)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "digest: an e-mail needs absolute links, so [site] base_url must be a full URL such "
        "as \"https://example.org/digest/\" (it is '/digest/')\n"
    )
    assert not (relative / "site").exists()
    build(load_config(root=relative))
    assert (relative / "site/editions/2016-12-09/index.html").is_file()
    assert not (relative / "site/editions/2016-12-09/email.html").exists()
    off = tmp_path / "off"
    make(off, cache, extra="weekly = false\n")
    weekly = run_digest("edition", "2016-W49", cwd=off)
    assert (weekly.returncode, weekly.stderr) == (
        1,
        "digest: weekly editions are off: set weekly = true in [editions]\n",
    )
