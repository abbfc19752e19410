"""`digest deploy` to a local folder (file:///path), and what every deploy does first:
build, refuse a failed build, honour --no-build, --dry-run and the delete guard."""

from pathlib import Path

from tests.deploy.sites import ALPHA_EDITED, deploy, differences, files_of, make_deploy_site


def site_with_folder(tmp_path: Path, extra: str = "") -> tuple[Path, Path]:
    mirror = tmp_path / "www"
    root = make_deploy_site(
        tmp_path / "site",
        f'[deploy]\ndefault = "www"\n[deploy.www]\nurl = "{mirror.as_uri()}"\n{extra}',
        site_toml='cname = "news.example.org"',
    )
    return root, mirror


def test_folder_mirror_builds_and_copies_the_site(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    code, out, _ = deploy(capsys, root)
    assert code == 0, out
    assert files_of(mirror) == files_of(root / "site")
    # Host files are part of every build.
    assert (mirror / ".nojekyll").read_bytes() == b""
    assert (mirror / "CNAME").read_text() == "news.example.org\n"
    for name in ("404.html", "sitemap.xml", "robots.txt"):
        assert (mirror / name).is_file()
    assert "Sitemap: " in (mirror / "robots.txt").read_text()

    code, out, _ = deploy(capsys, root)
    assert code == 0 and "0 new, 0 changed, 0 deleted" in out and "up to date" in out


def test_folder_deploy_after_edit_touches_only_changed_files(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    assert deploy(capsys, root)[0] == 0
    before = files_of(mirror)
    times = {p: (mirror / p).stat().st_mtime_ns for p in before}
    (mirror / "stale.html").write_text("left over")
    (root / "content/alpha.md").write_text(ALPHA_EDITED)
    (root / "content/beta.md").unlink()

    code, _, _ = deploy(capsys, root)
    assert code == 0
    after = files_of(mirror)
    assert after == files_of(root / "site")
    changed = differences(before, after)
    assert "index.html" in changed and "stale.html" not in after
    assert not any(p.startswith("articles/talks-resume-in-geneva") for p in after)
    # Files whose content did not change were not rewritten.
    for p in set(before) - changed:
        assert (mirror / p).stat().st_mtime_ns == times[p], p


def test_dry_run_lists_the_changes_and_changes_nothing(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0
    assert not mirror.exists()
    assert "upload  index.html" in out and "dry run:" in out

    assert deploy(capsys, root)[0] == 0
    before = files_of(mirror)
    (root / "content/beta.md").unlink()
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0
    assert "delete  articles/talks-resume-in-geneva/index.html" in out
    assert "change  index.html" in out
    assert files_of(mirror) == before


def test_delete_guard_stops_a_mass_delete_until_yes(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path, "max_deletes = 2")
    assert deploy(capsys, root)[0] == 0
    before = files_of(mirror)
    for n in range(3):
        (mirror / f"old-{n}.html").write_text("old")
    guarded = files_of(mirror)

    code, _, err = deploy(capsys, root)
    assert code == 1
    assert "refusing to delete 3 files" in err and "--yes" in err
    assert files_of(mirror) == guarded

    code, _, _ = deploy(capsys, root, "--yes")
    assert code == 0
    assert files_of(mirror) == before


def test_a_failed_build_is_never_deployed(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    assert deploy(capsys, root)[0] == 0
    before = files_of(mirror)
    (root / "content/undated.txt").write_text("Title: No date\n\nA line of text.\n")
    code, _, err = deploy(capsys, root, "--strict")
    assert code == 1 and "nothing was deployed" in err
    assert files_of(mirror) == before

    (root / "templates").mkdir(exist_ok=True)
    (root / "templates/index.html").write_text("{% if %}")
    code, _, err = deploy(capsys, root)
    assert code == 1 and "template error" in err
    assert files_of(mirror) == before


def test_no_build_publishes_the_output_folder_as_it_is(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    code, _, err = deploy(capsys, root, "--no-build")
    assert code == 1 and "no built site" in err
    assert not mirror.exists()

    assert deploy(capsys, root)[0] == 0
    (root / "site/extra.txt").write_text("added after the build")
    (root / "content/beta.md").unlink()  # not rebuilt, so not deployed
    code, out, _ = deploy(capsys, root, "--no-build")
    assert code == 0 and "1 new, 0 changed, 0 deleted" in out
    assert files_of(mirror) == files_of(root / "site")


def test_folder_holding_the_sources_is_refused(tmp_path, capsys):
    root, _ = site_with_folder(tmp_path)
    code, _, err = deploy(capsys, root, tmp_path.as_uri())
    assert code == 1 and "would delete" in err
    assert (root / "content/alpha.md").is_file()
