"""Stories stay correct as content changes: after random additions, edits that move an
article between events, renames and deletions of the story fixture's articles, a warm
`digest serve` pipeline and a `digest build` in a new process (from the saved build state)
each give byte for byte the site a cold build gives: stories, story pages, article pages'
story links, the front page, tag pages and the API."""

import json
import random
import shutil

from generator.build import build
from generator.config import load_config
from generator.pipeline import Pipeline
from tests.fixtures.stories.articles import content, markdown, rows
from tests.helpers import make_site, record_rendered, snapshot


def test_warm_and_saved_state_builds_equal_cold_builds_after_random_story_edits(
    tmp_path_factory,
):
    rng = random.Random(16)
    pool = rows()
    cache = tmp_path_factory.mktemp("cache")
    # Small pages, so that pagination of the front page by story is exercised.
    config_text = f'[paths]\ncache = "{cache}"\n[site]\narticles_per_page = 2\n'
    start = {f"{row['id']}.md": markdown(row) for row in rng.sample(pool, 6)}
    warm_root = make_site(tmp_path_factory.mktemp("warm"), start, config_text)
    saved_root = make_site(tmp_path_factory.mktemp("saved"), start, config_text)
    warm = Pipeline(load_config(root=warm_root), watching=True)
    warm.run()
    build(load_config(root=saved_root))
    made = 0
    seen: set[tuple[str, ...]] = set()
    for step in range(14):
        content = warm_root / "content"
        files = sorted(p.name for p in content.iterdir())
        action = rng.random()
        changes: dict[str, str | None] = {}  # file → new text (None: deleted)
        renamed: tuple[str, str] | None = None
        text = "".join((content / name).read_text() for name in files)
        # Rows not on the site now (else any row: it comes as a copy of one that is).
        absent = [row for row in pool if row["text"][:60] not in text] or pool
        if action < 0.35 or len(files) < 3:
            # Another report of a random event (its own file, its own URL).
            row = rng.choice(absent)
            made += 1
            changes[f"new{made}.md"] = markdown(
                row, url=f"https://example.org/new{made}", source=f"Outlet {made % 3}"
            )
        elif action < 0.6:
            # An article rewritten as a report of another event: it changes story.
            row = rng.choice(absent)
            changes[rng.choice(files)] = markdown(
                row, url=f"https://example.org/moved{step}", title=f"{row['title']} ({step})"
            )
        elif action < 0.8:
            renamed = (rng.choice(files), f"renamed{step}.md")
        else:
            changes[rng.choice(files)] = None
        for root in (warm_root, saved_root):
            for name, text in changes.items():
                if text is None:
                    (root / "content" / name).unlink()
                else:
                    (root / "content" / name).write_text(text)
            if renamed:
                (root / "content" / renamed[0]).rename(root / "content" / renamed[1])
        warm.run()
        build(load_config(root=saved_root))
        cold_root = tmp_path_factory.mktemp(f"cold{step}")
        shutil.copytree(content, cold_root / "content")
        (cold_root / "digest.toml").write_text(config_text)
        build(load_config(root=cold_root))
        cold = snapshot(cold_root / "site")
        assert snapshot(warm_root / "site") == cold, f"serve, step {step}"
        assert snapshot(saved_root / "site") == cold, f"build, step {step}"
        stories = json.loads((cold_root / "site/api/stories.json").read_text())
        seen |= {(s["slug"], *s["articles"]) for s in stories if len(s["articles"]) > 1}
    assert len(seen) >= 5  # stories of several articles came, grew, shrank and went


def test_an_edit_in_one_story_re_renders_none_of_another_storys_pages(tmp_path, monkeypatch):
    ids = ["bridge-wire", "bridge-own", "mine-collapse", "mine-collapse-2"]
    make_site(tmp_path, content(ids))
    builder = Pipeline(load_config(root=tmp_path), watching=True)
    builder.run()
    stories = json.loads((tmp_path / "site/api/stories.json").read_text())
    assert sorted(len(s["articles"]) for s in stories) == [2, 2]
    mine = next(s for s in stories if "miners" in s["slug"])
    bridge = next(s for s in stories if s is not mine)
    rendered = record_rendered(monkeypatch)
    edited = tmp_path / "content/mine-collapse-2.md"
    edited.write_text(edited.read_text() + "\nThe company said drilling would go on overnight.\n")
    builder.run()
    assert f"stories/{mine['slug']}/" in rendered
    assert f"stories/{bridge['slug']}/" not in rendered
    assert f"stories/{bridge['slug']}/feed.xml" not in rendered
    assert not any(
        url.startswith("articles/") and url[9:-1] in bridge["articles"] for url in rendered
    )
