"""`digest deploy` to a local folder (file:///path), and what every deploy does first:
build, refuse a failed build, honour --no-build, --dry-run and the delete guard."""

import json
import shutil
from pathlib import Path

from generator.deploy.folder import MANIFEST
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

    code, out, _ = deploy(capsys, root)
    assert code == 0
    after = files_of(mirror)
    # A file no deploy put there is left alone, and said to be.
    assert after == files_of(root / "site") | {"stale.html": b"left over"}
    assert "1 not ours left alone (stale.html)" in out
    changed = differences(before, after)
    assert "index.html" in changed
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
    (root / "content/beta.md").unlink()  # its page, tags and feeds go
    guarded = files_of(mirror)

    code, _, err = deploy(capsys, root)
    gone = guarded.keys() - files_of(root / "site").keys()
    assert code == 1 and len(gone) > 2
    assert f"refusing to delete {len(gone)} files" in err and "--yes" in err
    assert files_of(mirror) == guarded

    # A dry run lists what would go rather than refusing.
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0
    assert {line[8:] for line in out.splitlines() if line.startswith("delete  ")} == gone
    assert "a real deploy would delete more than max_deletes = 2 files and needs --yes" in out
    assert files_of(mirror) == guarded

    code, _, _ = deploy(capsys, root, "--yes")
    assert code == 0
    assert files_of(mirror) == files_of(root / "site")


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


def test_files_no_deploy_put_there_are_never_deleted(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    theirs = {
        ".git/config": b"[core]\n",
        ".git/objects/ab/cdef": b"object",
        ".htaccess": b"Options -Indexes\n",
        "uploads/2016/photo.jpg": b"\xff\xd8 a photo",
    }
    for rel, data in theirs.items():
        (mirror / rel).parent.mkdir(parents=True, exist_ok=True)
        (mirror / rel).write_bytes(data)
    (mirror / ".digest-deploy-x1y2.part").write_bytes(b"left by a killed deploy")

    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("keep")] == [
        "keep    .git/ (2 files) (not ours, left alone)",
        "keep    .htaccess (not ours, left alone)",
        "keep    uploads/ (1 file) (not ours, left alone)",
    ]
    assert deploy(capsys, root)[0] == 0
    manifest = json.loads((mirror / MANIFEST).read_text())
    assert manifest["files"] == sorted(files_of(root / "site"))
    assert not (mirror / ".digest-deploy-x1y2.part").exists()

    # A deploy that deletes pages deletes only its own.
    (root / "content/beta.md").unlink()
    code, out, _ = deploy(capsys, root)
    assert code == 0 and "3 not ours left alone" in out
    assert files_of(mirror) == files_of(root / "site") | theirs


def test_a_symlink_in_the_target_is_never_written_through(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    assert deploy(capsys, root)[0] == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "style.css").write_text("someone else's styles")
    shutil.rmtree(mirror / "static")
    (mirror / "static").symlink_to(elsewhere)
    before = files_of(mirror)

    code, _, err = deploy(capsys, root)
    assert code == 1
    assert f"{mirror / 'static'} is a symlink (to {elsewhere})" in err
    assert "refusing to write through it" in err
    assert (elsewhere / "style.css").read_text() == "someone else's styles"
    assert files_of(mirror) == before and (mirror / "static").is_symlink()


def test_a_symlink_where_a_site_file_goes_is_replaced_not_followed(tmp_path, capsys):
    root, mirror = site_with_folder(tmp_path)
    outside = tmp_path / "outside.html"
    outside.write_text("not the site's")
    mirror.mkdir()
    (mirror / "index.html").symlink_to(outside)
    assert deploy(capsys, root)[0] == 0
    assert outside.read_text() == "not the site's"
    assert not (mirror / "index.html").is_symlink()
    assert files_of(mirror) == files_of(root / "site")
