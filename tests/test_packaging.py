"""The installed package carries the default theme, so pip users can build without a checkout."""

import subprocess
import sys
import zipfile

from tests.helpers import REPO


def test_wheel_ships_the_theme(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("news_digest-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = sorted(
        p.relative_to(REPO / "templates").as_posix()
        for p in (REPO / "templates").rglob("*")
        if p.is_file()
    )
    assert theme, "templates/ is empty"
    missing = [name for name in theme if f"generator/render/theme/{name}" not in names]
    assert missing == []
    assert "generator/load/readers/text.py" in names
    assert "generator/live/reload.js" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "digest = generator.cli:run" in zipfile.ZipFile(wheel).read(entry_points).decode()
