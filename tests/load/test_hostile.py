"""Hostile content: alias bombs, pathological Markdown, folder trees too deep to recurse into,
folders that cannot be listed. Each is one reported problem for its file or folder; the rest
of the content still loads."""

import gc
import json
import os
import resource
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from markdown import inlinepatterns

from generator.load import content_files, load_articles, read_content
from generator.load.readers import markdown
from generator.problems import Problems
from tests.helpers import REPO, without_root_powers

GOOD = "---\ntitle: Talks in Geneva\n---\n\nOfficials met in **Geneva** on Friday.\n"

# 391 bytes in the probe that found it; nine levels of this exhausted 5.8 GB.
BOMB = textwrap.dedent(
    """\
    ---
    title: Lots of tags
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    tags: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    ---

    Text.
    """
)


def read(name: str, text: str) -> tuple[list, list[str]]:
    problems = Problems()
    found = read_content(name, text.encode(), 0.0, problems)
    return found, [str(p) for p in problems.items]


def test_a_yaml_alias_bomb_is_refused_without_expanding_it():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    found, problems = read("bomb.md", BOMB)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert found == []
    assert problems == [
        "warning: bomb.md:2: skipped: front matter expands to more than 10,000 values or "
        "1,000,000 characters (YAML aliases repeating anchors?)"
    ]
    assert grown < 100_000  # kilobytes: nothing near the gigabytes it expands to


def test_anchors_that_expand_a_little_are_fine():
    text = "---\ntitle: Q&A\nx: &t [Geneva, Aleppo]\ntags: *t\n---\n\nText.\n"
    (article,), problems = read("small.md", text)
    assert article.meta.tags == ("Geneva", "Aleppo") and problems == []


def test_quadratic_markdown_costs_at_most_the_files_time_budget():
    # Python-Markdown up to 3.11.3 took 17 s over these brackets (quadratic); 3.11.4
    # converts them in a fraction of a second. Either way the file costs no more than its
    # budget: cut off with a warning, or converted in time.
    body = "[" * 10_000 + "]" * 10_000
    budget = markdown.BUDGET_SECONDS + len(body) / markdown.BUDGET_CHARS_PER_SECOND
    started = time.thread_time()  # the budget is CPU time: a busy machine does not spend it
    found, problems = read("brackets.md", "---\ntitle: x\n---\n\n" + body)
    took = time.thread_time() - started
    assert took < budget + 1.0
    assert (found, problems) == ([], [too_slow("brackets.md", budget)]) or (
        len(found) == 1 and problems == []
    )


def test_markdown_over_the_files_time_budget_is_cut_off(monkeypatch):
    # A budget far under what the conversion needs, whatever Python-Markdown's speed.
    monkeypatch.setattr(markdown, "BUDGET_SECONDS", 0.0)
    monkeypatch.setattr(markdown, "BUDGET_CHARS_PER_SECOND", 10**9)
    body = "[" * 10_000 + "]" * 10_000
    budget = len(body) / 10**9
    started = time.thread_time()
    found, problems = read("brackets.md", "---\ntitle: x\n---\n\n" + body)
    assert time.thread_time() - started < 1.0
    assert found == []
    assert problems == [too_slow("brackets.md", budget)]
    # The converter interrupted midway is not reused: the next file converts as it should.
    monkeypatch.undo()
    (article,), problems = read("good.md", GOOD)
    assert article.blocks[0].html == "<p>Officials met in <strong>Geneva</strong> on Friday.</p>"


def too_slow(name: str, budget: float) -> str:
    return (
        f"warning: {name}: skipped: Markdown too slow to convert (over {budget:.1f} s; "
        "thousands of nested brackets?)"
    )


def test_the_budget_holds_when_the_garbage_collector_runs_other_code_meanwhile(monkeypatch):
    # What is raised inside code the collector runs (a generator being finalised) is
    # swallowed, and CPython then drops the hook that raised it: the budget must not be
    # spent there, or the conversion goes on without a limit (17 s for these brackets).
    monkeypatch.setattr(markdown, "BUDGET_SECONDS", 0.2)
    real = inlinepatterns.LinkInlineProcessor.getText
    started = []

    def pending():
        try:
            yield
        finally:
            pass

    def get_text(self, data, index):
        if not started:
            started.append(time.thread_time())
            generator = pending()
            next(generator)
            cycle = [generator, None]
            cycle[1] = cycle  # freed only by the collector
            del generator, cycle
            while time.thread_time() < started[0] + 0.4:
                pass  # the budget runs out meanwhile ...
            gc.collect()  # ... and the first Python code to run after it is a finaliser
        return real(self, data, index)

    monkeypatch.setattr(inlinepatterns.LinkInlineProcessor, "getText", get_text)
    found, problems = read("brackets.md", "---\ntitle: x\n---\n\n" + "[" * 10_000 + "]" * 10_000)
    assert found == [] and "Markdown too slow to convert" in problems[0]
    assert time.thread_time() - started[0] < 3


def test_lists_and_quotes_nested_thousands_deep_are_refused_at_once():
    deep_list = "\n".join("\t" * i + "- item" for i in range(3000))
    deep_quote = ">" * 3000 + " quoted"
    for name, body, what, line in [
        ("list.md", deep_list, "list", 56),
        ("quote.md", deep_quote, "quote", 5),
    ]:
        started = time.perf_counter()
        found, problems = read(name, "---\ntitle: x\n---\n\n" + body)
        assert time.perf_counter() - started < 2
        assert found == []
        assert problems == [
            f"warning: {name}:{line}: skipped: Markdown {what} nested more than 50 levels deep"
        ]
    # Nesting a real article uses is fine.
    (article,), problems = read("ok.md", "\n".join("    " * i + "- item" for i in range(10)))
    assert problems == [] and "item" in article.blocks[0].text


def test_a_content_tree_deeper_than_the_recursion_limit_is_walked(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    # Made one level at a time from an open folder (Path.mkdir(parents=True) would recurse
    # as deep, and every full path is longer than the last).
    fd = os.open(content, os.O_RDONLY)
    for _ in range(1500):
        os.mkdir("d", dir_fd=fd)
        fd, parent = os.open("d", os.O_RDONLY, dir_fd=fd), fd
        os.close(parent)
    os.close(fd)
    deep = content.joinpath(*["d"] * 1500)
    (deep / "bottom.md").write_text(GOOD)
    (content / "top.md").write_text(GOOD.replace("Talks", "More talks"))
    try:
        assert sys.getrecursionlimit() < 1500
        rels = [rel for _, rel in content_files(content)]
        assert rels == ["top.md", "d/" * 1500 + "bottom.md"]
        problems = Problems()
        articles = load_articles(content, problems, max_file_size=10**6)
        assert [a.meta.title for a in articles] == ["More talks in Geneva", "Talks in Geneva"]
        assert problems.items == []
    finally:
        # pytest's clean-up of old temporary folders (shutil.rmtree) recurses too.
        (deep / "bottom.md").unlink()
        while deep != content:
            deep.rmdir()
            deep = deep.parent


LOAD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from generator.load import load_articles
    from generator.problems import Problems
    problems = Problems()
    articles = load_articles(Path(sys.argv[1]), problems, max_file_size=10**6)
    print(sorted(a.path for a in articles))
    for problem in problems.items:
        print(problem)
    """
)


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_loads(tmp_path):
    content = tmp_path / "content"
    (content / "private").mkdir(parents=True)
    (content / "private/hidden.md").write_text(GOOD)
    (content / "open.md").write_text(GOOD)
    (content / "private").chmod(0o000)
    try:
        done = subprocess.run(
            [*without_root_powers(), sys.executable, "-c", LOAD, str(content)],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )
    finally:
        (content / "private").chmod(0o755)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "['open.md']",
        "warning: private/: folder skipped: cannot list it (Permission denied)",
    ]


def test_the_watchers_incremental_listing_reports_it_too(tmp_path):
    # list_content (serve and watch) gives the same problem and never trusts its listing
    # while a folder could not be listed.
    from generator.load import list_content

    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(GOOD)
    listing = list_content(content)
    assert listing.problems == () and listing.holds()
    assert Path(listing.files[0][0]).name == "a.md"
    script = (
        "import sys; from pathlib import Path; from generator.load import list_content; "
        "l = list_content(Path(sys.argv[1])); print([str(p) for p in l.problems], l.holds())"
    )
    (content / "sub").mkdir()
    (content / "sub").chmod(0o000)
    try:
        done = subprocess.run(
            [*without_root_powers(), sys.executable, "-c", script, str(content)],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        )
    finally:
        (content / "sub").chmod(0o755)
    assert done.stdout.strip() == (
        "['warning: sub/: folder skipped: cannot list it (Permission denied)'] False"
    )


def test_html_nested_thousands_deep_is_refused_before_it_is_sanitised():
    # nh3's parser takes quadratic time on nested blocks: 100,000 <div>s ran for minutes.
    deep = "<div>" * 100_000 + "text" + "</div>" * 100_000
    feed = (
        "<rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Deep</title><pubDate>Fri, 09 Dec 2016 08:00:00 GMT</pubDate>"
        f"<description>{deep.replace('<', '&lt;').replace('>', '&gt;')}</description></item>"
        "<item><title>Fine</title><pubDate>Fri, 09 Dec 2016 09:00:00 GMT</pubDate>"
        "<description>Talks resumed in Geneva.</description></item></channel></rss>"
    )
    dump = json.dumps({"title": "Deep", "date": "2016-12-09", "html": deep}) + "\n"
    started = time.perf_counter()
    (entry,), problems = read("feed.rss", feed)
    assert entry.meta.title == "Fine"
    assert problems == [
        "warning: feed.rss: entry 1 skipped: HTML nested more than 1,000 elements deep"
    ]
    found, problems = read("dump.jsonl", dump)
    assert found == [] and problems[0] == (
        "warning: dump.jsonl:1: line skipped: HTML nested more than 1,000 elements deep"
    )
    assert time.perf_counter() - started < 60  # minutes before; a loaded machine took 14 s
    # Long flat HTML, and the nesting real articles have, are fine.
    flat = "<p>one</p>" * 2_000 + "<ul>" + "<li>item" * 2_000 + "</ul>"
    (article,), problems = read(
        "flat.jsonl", f'{{"title": "Flat", "date": "2016-12-09", "html": "{flat}"}}\n'
    )
    assert problems == [] and len(article.blocks) > 2_000


def test_front_matter_nested_deep_is_a_problem_not_a_crash():
    for key, value, reason in [
        ("tags", "[" * 999 + "]" * 999, "'tags' must be a list of names, not of lists or mappings"),
        (
            "tags",
            "{a: " * 999 + "1" + "}" * 999,
            "'tags' must be a list or a comma-separated string, got (a dict)",
        ),
        ("summary", "[" * 999 + "]" * 999, "'summary' must be text or a list of lines"),
        (
            "date",
            "[" * 999 + "]" * 999,
            "unparseable date (a list); use ISO 8601 such as 2026-11-24 or 2026-11-24T08:30:00Z",
        ),
        (
            "summary_words",
            "[" * 999 + "]" * 999,
            "'summary_words' must be a whole number, got (a list)",
        ),
    ]:
        found, problems = read("deep.md", f"---\n{key}: {value}\n---\n\nText.\n")
        assert found == [] and problems == [f"warning: deep.md: skipped: {reason}"], key


def test_yaml_tags_whose_values_do_not_fit_are_malformed_front_matter():
    # make fuzz found these: the constructor raised ValueError past the YAML error handling.
    for value, reason in [
        ("!!int x", "invalid literal for int() with base 10: 'x'"),
        ("!!timestamp 2016-13-45", "month must be in 1..12"),
        ("!!float zz", "could not convert string to float: 'zz'"),
    ]:
        found, problems = read("tagged.md", f"---\ntitle: {value}\n---\n\nText.\n")
        assert found == []
        assert problems == [f"warning: tagged.md:2: skipped: malformed YAML front matter: {reason}"]
