"""The README's quick start and example output are what the project really does."""

import re
import shutil

import pytest

from tests.helpers import REPO, run_digest

README = (REPO / "README.md").read_text(encoding="utf-8")
SECONDS = re.compile(r" in \d+\.\d s ")


def test_every_make_target_the_readme_names_exists():
    named = set(re.findall(r"\bmake (\w+)", README))
    targets = set(re.findall(r"^(\w+):", (REPO / "Makefile").read_text(), re.MULTILINE))
    assert named == {"site", "serve", "test", "fuzz"}
    assert named <= targets


def code_blocks(text: str) -> list[str]:
    """The contents of the fenced code blocks of a Markdown text."""
    blocks, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append("".join(current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


@pytest.mark.slow
def test_the_example_build_report_is_what_digest_build_prints(tmp_path):
    (block,) = [b for b in code_blocks(README) if " tag pages, " in b]
    shutil.copytree(REPO / "content", tmp_path / "content")
    (tmp_path / "content/notes").mkdir()
    (tmp_path / "content/notes/draft.md").write_text(
        "---\ntitle: Aid convoys: a timeline\ndate: 2016-12-16\n---\n\nA note.\n"
    )
    result = run_digest("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert SECONDS.sub(" in N s ", result.stderr + result.stdout) == SECONDS.sub(" in N s ", block)
