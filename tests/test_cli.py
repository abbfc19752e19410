"""The first hour with `digest`, run as a real command: help, mistakes, a busy port, Ctrl-C.

Every test runs the installed `digest` script in a subprocess and checks its exit status
and exactly what it printed: no traceback may reach the user on any of these paths.
"""

import io
import os
import pty
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from generator import cli
from generator.build import site_counts
from generator.problems import Problem
from generator.write import MARKER, MARKER_TEXT
from tests.helpers import DIGEST, DIGEST_ENV, make_site
from tests.helpers import run_digest as digest

ARTICLE = """---
title: Talks in Geneva
date: 2016-12-09
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.
"""

BUILD_USAGE = (
    "usage: digest build [-h] [--config CONFIG] [--content CONTENT]\n"
    "                    [--output OUTPUT] [--strict] [--quiet] [--timings]\n"
    "                    [--keep-warm MINUTES] [--no-cache] [--jobs N]\n"
    "                    [--scheduler ADDRESS]\n"
)
SERVE_USAGE = (
    "usage: digest serve [-h] [--config CONFIG] [--content CONTENT]\n"
    "                    [--output OUTPUT] [--host HOST] [--port PORT] [--open]\n"
    "                    [--poll] [--timings] [--no-cache] [--jobs N]\n"
    "                    [--scheduler ADDRESS]\n"
)


def test_bare_digest_prints_the_help():
    result = digest()
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith(
        "usage: digest [-h] [--version] COMMAND ...\n\n"
        "Build a news digest website from a folder of articles.\n"
    )
    assert "    build     build content/ into the output folder\n" in result.stdout
    assert result.stdout.endswith(
        "Run 'digest COMMAND --help' for a command's options. Start a new site with\n"
        "'digest init my-digest'.\n"
    )


def test_a_mistyped_option_prints_the_usage_of_its_command_and_the_closest_option():
    result = digest("build", "--qiet")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        BUILD_USAGE
        + "digest build: error: unrecognized arguments: --qiet; did you mean `--quiet`?\n"
    )


def test_a_mistyped_command_suggests_the_closest_command():
    result = digest("biuld")
    assert result.returncode == 2
    assert result.stderr == (
        "usage: digest [-h] [--version] COMMAND ...\n"
        "digest: error: unknown command 'biuld'; did you mean `build`? "
        "commands: build, deploy, serve, watch, entities, edition, init\n"
    )


def test_an_unknown_configuration_key_suggests_the_closest_allowed_key(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE}, config="[site]\ntitel = 'Desk'\n")
    result = digest("build", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: {tmp_path / 'digest.toml'}: site.titel: unknown key; did you mean `title`? "
        "allowed: title, description, base_url, language, articles_per_page, directory_urls, "
        "cname\n"
    )


def test_serve_refuses_a_port_out_of_range_before_building(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE})
    result = digest("serve", "--port", "99999", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        SERVE_USAGE + "digest serve: error: argument --port: '99999' is not a port number: "
        "use 1-65535, or 0 for any free port\n"
    )
    assert not (tmp_path / "site").exists()


def test_serve_reports_a_busy_port_before_building(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE})
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = digest("serve", "--port", str(port), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"digest: cannot listen on 127.0.0.1:{port}: Address already in use; "
        "choose another port with --port, or --port 0 for any free one\n"
    )
    assert not (tmp_path / "site").exists()


def test_counts_are_pluralised():
    warning = Problem("a.md", "no date in metadata; using the file's modification time")
    assert site_counts(1, 1, 1, (warning,)) == "1 article, 1 page, 1 tag page, 1 warning"
    assert site_counts(0, 2, 0, ()) == "0 articles, 2 pages, 0 tag pages, 0 warnings"


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_while_analysing(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run `digest` with stderr on a terminal (so it shows its progress bar), press Ctrl-C
    once the bar appears, and return the exit status and everything it printed there."""
    terminal, child_end = pty.openpty()
    proc = subprocess.Popen(
        [str(DIGEST), *args],
        cwd=cwd,
        env=DIGEST_ENV,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=child_end,
        # As from a terminal: a test run started in a shell's background inherits SIGINT
        # ignored, and Python then leaves it ignored.
        preexec_fn=_sigint_default,
    )
    os.close(child_end)
    shown = b""
    try:
        while b"analysing [" not in shown:
            chunk = os.read(terminal, 1000)
            assert chunk, shown
            shown += chunk
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
        while True:
            try:
                chunk = os.read(terminal, 1000)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(terminal)
    return proc.returncode, shown.decode().replace("\r\n", "\n")


@pytest.fixture
def forty_articles(tmp_path):
    # Long enough (sixty paragraphs each, none repeated: no boilerplate) that the analysis
    # lasts seconds: the Ctrl-C must land in it on a loaded machine too.
    body = "".join(
        f"\nOfficials from Russia met envoys in Geneva on day {{i}}, session {k}, for a truce.\n"
        for k in range(60)
    )
    make_site(
        tmp_path,
        {
            f"a{i}.md": ARTICLE.replace("Talks in Geneva", f"Talks in Geneva, round {i}")
            + body.format(i=i)
            for i in range(40)
        },
    )
    (tmp_path / "site").mkdir()
    (tmp_path / "site/index.html").write_text("the previous site")
    (tmp_path / "site" / MARKER).write_bytes(MARKER_TEXT)  # an output digest wrote
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "last_line"),
    [
        (["build"], "interrupted; the previous site was left as it was"),
        (
            ["deploy", "file:///{root}/published"],
            "interrupted; the previous site was left as it was; nothing was deployed",
        ),
    ],
    ids=["build", "deploy"],
)
def test_ctrl_c_while_analysing_prints_one_line_and_exits_130(forty_articles, args, last_line):
    root = forty_articles
    args = [a.format(root=root) for a in args]
    code, shown = interrupt_while_analysing([*args, "--no-cache"], root)
    assert code == 130, shown
    *progress, last = [line for line in shown.splitlines() if line]
    assert last == last_line
    assert all(line.startswith("analysing [") for line in progress), shown
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []
    assert (root / "site/index.html").read_text() == "the previous site"
    assert not (root / "published").exists()


# What the test makes happen is what Python reports as an exception it could not raise.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_that_a_finalizer_swallowed_ends_the_build_at_the_next_progress_step():
    # A KeyboardInterrupt raised while a generator is closed as it is freed is dropped by
    # Python ("Exception ignored in: <generator ...>"); the bar raises it again.
    progress = cli.Progress(stream=io.StringIO())

    def closed_while_interrupted():
        try:
            yield
        finally:
            progress.interrupt(signal.SIGINT, None)

    started = closed_while_interrupted()
    next(started)
    del started  # the interrupt is raised in the generator's `finally`, and dropped
    assert progress.interrupted
    with pytest.raises(KeyboardInterrupt):
        progress(1, 40)
    assert "analysing" not in progress.stream.getvalue()


@pytest.mark.parametrize("on_path", [True, False], ids=["venv-activated", "venv-not-activated"])
def test_init_says_what_to_run_next_as_this_shell_can_run_it(tmp_path, on_path):
    path = os.pathsep.join(([str(DIGEST.parent)] if on_path else []) + ["/usr/bin", "/bin"])
    result = subprocess.run(
        [str(DIGEST), "init", "my-digest"],
        cwd=tmp_path,
        env={**DIGEST_ENV, "PATH": path},
        capture_output=True,
        text=True,
        timeout=60,
    )
    command = "digest" if on_path else str(DIGEST.resolve())
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        "created a new site in my-digest: digest.toml, content/, templates/, .gitignore\n"
        f"next: cd my-digest && {command} serve (a preview that follows your edits), "
        f"or {command} build\n"
    )
    assert (tmp_path / "my-digest/content/welcome.md").is_file()


def test_ctrl_c_in_any_other_command_is_one_line_and_130(tmp_path, monkeypatch, capsys):
    def interrupted(directory):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "scaffold", interrupted)
    assert cli.main(["init", str(tmp_path / "new")]) == 130
    assert capsys.readouterr() == ("", "interrupted\n")


def test_a_build_ends_its_process_with_its_report_and_leaves_no_helper_files(tmp_path):
    # `digest` skips the interpreter's teardown (`cli.run`): the report is still printed
    # whole, the exit status kept, and the exit handlers still remove what the processes
    # that analysed the edit left in the temporary folder.
    root = make_site(tmp_path / "site", {"a.md": ARTICLE})
    # A short path: multiprocessing's fork server puts a socket there (see the end).
    temp = Path(tempfile.mkdtemp(prefix="dg-", dir="/tmp"))
    env = {**DIGEST_ENV, "TMPDIR": str(temp)}

    def build() -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(DIGEST), "build"], cwd=root, env=env, capture_output=True, text=True, timeout=300
        )

    first = build()
    assert first.returncode == 0 and first.stdout.startswith("1 article, "), first.stderr
    (root / "content" / "a.md").write_text(ARTICLE + "\nThe talks resumed on Monday.\n")
    edit = build()  # a warm process analyses the edit (see `analyse.workers`)
    assert edit.returncode == 0 and edit.stdout.startswith("1 article, "), edit.stderr
    assert sorted(p.name for p in temp.iterdir()) == []
    (root / "content" / "b.md").write_text("---\ntitle: [\n---\nBroken front matter.\n")
    strict = subprocess.run(
        [str(DIGEST), "build", "--strict"], cwd=root, env=env, capture_output=True, text=True
    )
    assert strict.returncode == 1 and "b.md" in strict.stderr
    # Under a profiler the process ends as usual: the profile is written.
    (root / "content" / "b.md").unlink()
    profile = tmp_path / "build.prof"
    profiled = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "generator", "build"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert profiled.returncode == 0 and profile.stat().st_size > 0, profiled.stderr
    temp.rmdir()
    # A temporary folder too deep for a socket's path: no warm process, the same build.
    env["TMPDIR"] = str(tmp_path / ("deep" * 30))
    Path(env["TMPDIR"]).mkdir()
    (root / "content" / "a.md").write_text(ARTICLE + "\nThe talks resumed on Tuesday.\n")
    deep = build()
    assert deep.returncode == 0 and deep.stdout.startswith("1 article, "), deep.stderr
    assert deep.stderr == first.stderr  # the base_url warning, nothing more


def test_a_build_that_finds_nothing_changed_imports_none_of_the_pipeline(tmp_path):
    # Importing the stages was most of a no-change build's time (`generator.build`).
    root = make_site(tmp_path / "site", {"a.md": ARTICLE})
    heavy = ("generator.pipeline", "generator.link", "generator.render", "jinja2", "spacy")
    code = (
        "import sys; from generator.cli import main; code = main(['build']); "
        f"print(code, *(m in sys.modules for m in {heavy!r}))"
    )

    def build() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=DIGEST_ENV, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    cold = build()
    assert cold[0].startswith("1 article, ") and cold[1] == "0 True True True True True"
    same = build()
    assert same[0].split(" in ")[0] == cold[0].split(" in ")[0]  # the same report
    assert same[1] == "0 False False False False False"
    # A template, a content file or the output changed: the pipeline runs.
    (root / "templates").mkdir()
    (root / "templates" / "extra.html").write_text("<p>unused</p>")
    assert build()[1].startswith("0 True")
    assert build()[1] == "0 False False False False False"
    (root / "content" / "a.md").write_text(ARTICLE + "\nThe talks resumed on Monday.\n")
    assert build()[1].startswith("0 True")
    (root / "site" / "index.html").write_text("edited by hand")
    assert build()[1].startswith("0 True")
    assert (root / "site" / "index.html").read_text() != "edited by hand"
    assert build()[1] == "0 False False False False False"
