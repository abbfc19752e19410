"""The [deploy] configuration, target URLs and choosing a target (no site is built here)."""

from pathlib import Path

import pytest

from generator.cli import main
from generator.config import Config, ConfigError, DeployTarget, load_config
from generator.deploy.publish import TargetError, choose_target
from generator.deploy.url import FolderUrl, GitUrl, RsyncUrl, S3Url, parse_url, redact, shown
from generator.render.files import host_files


def load(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "digest.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    message = str(info.value)
    assert str(tmp_path / "digest.toml") in message
    return message


def test_deploy_section_is_read_with_defaults(tmp_path):
    config = load(
        tmp_path,
        '[deploy]\ndefault = "cdn"\n'
        '[deploy.pages]\nurl = "git+origin"\n'
        '[deploy.cdn]\nurl = "s3://bucket/site"\nendpoint_url = "https://s3.example.org"\n'
        'region = "auto"\nmax_deletes = 10\ncache_control = { html = "no-cache" }\n',
    )
    assert config.deploy.default == "cdn"
    assert set(config.deploy.targets) == {"pages", "cdn"}
    assert config.deploy.targets["pages"] == DeployTarget(url="git+origin")
    assert config.deploy.targets["pages"].branch == "gh-pages"
    assert config.deploy.targets["pages"].max_deletes == 256
    cdn = config.deploy.targets["cdn"]
    assert (cdn.endpoint_url, cdn.region, cdn.max_deletes) == ("https://s3.example.org", "auto", 10)
    assert dict(cdn.cache_control) == {"html": "no-cache"}
    assert load(tmp_path, "").deploy.targets == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[deploy.pages]\nurl = "git+origin"\nbrnch = "x"\n', "deploy.pages.brnch: unknown key"),
        ('[deploy.pages]\nbranch = "x"\n', "deploy.pages.url: required"),
        ('[deploy.pages]\nurl = "ftp://host/x"\n', "git+<remote-or-path>#<branch>, rsync://"),
        ('[deploy.pages]\nurl = "git+origin"\nmax_deletes = "all"\n', "must be an integer"),
        ('[deploy]\npages = "git+origin"\n', "or a [deploy.<name>] table"),
        ('[deploy]\ndefault = "web"\n[deploy.pages]\nurl = "git+o"\n', "defined: pages"),
    ],
)
def test_deploy_config_errors_name_file_key_and_what_is_allowed(tmp_path, text, expected):
    assert expected in error(tmp_path, text)


def test_unknown_key_lists_the_allowed_ones(tmp_path):
    message = error(tmp_path, '[deploy.x]\nurl = "file:///srv/www"\nregoin = "eu"\n')
    assert "allowed: url, branch, endpoint_url, region, max_deletes, cache_control" in message


@pytest.mark.parametrize(
    ("url", "parsed"),
    [
        ("git+origin", GitUrl("origin", "")),
        ("git+git@github.com:me/news.git#pages", GitUrl("git@github.com:me/news.git", "pages")),
        ("git+/srv/pages.git", GitUrl("/srv/pages.git", "")),
        ("rsync://host/module/www", RsyncUrl("rsync://host/module/www")),
        ("me@web.example.org:/var/www", RsyncUrl("me@web.example.org:/var/www")),
        ("s3://bucket", S3Url("bucket", "")),
        ("s3://bucket/news/site/", S3Url("bucket", "news/site/")),
        ("file:///srv/www%20site", FolderUrl(Path("/srv/www site"))),
    ],
)
def test_target_urls(url, parsed):
    assert parse_url(url) == parsed


@pytest.mark.parametrize("url", ["/srv/www", "https://x.org/", "s3://", "file://x/y", "git+"])
def test_bad_target_urls_are_refused(url):
    with pytest.raises(ValueError, match="url = "):
        parse_url(url)


def test_credentials_in_urls_are_never_shown():
    assert (
        shown("git+https://me:tok3n@github.com/me/x.git") == "git+https://***@github.com/me/x.git"
    )
    assert shown("https://tok3n@github.com/me/x.git") == "https://***@github.com/me/x.git"
    assert shown("ssh://git@github.com/me/x.git") == "ssh://git@github.com/me/x.git"
    assert "tok3n" not in redact("fatal: could not read from https://me:tok3n@host/x: 403")


def test_choosing_a_target(tmp_path):
    config = load(tmp_path, '[deploy.web]\nurl = "me@host:www"\n[deploy.box]\nurl = "file:///w"\n')
    assert choose_target(config, "box").name == "box"
    assert choose_target(config, "s3://b/p").options == DeployTarget(url="s3://b/p")
    with pytest.raises(TargetError, match="targets: web, box"):
        choose_target(config, None)
    with pytest.raises(TargetError, match=r"no \[deploy.wbe\] table; targets: web, box"):
        choose_target(config, "wbe")
    single = load(tmp_path, '[deploy.web]\nurl = "me@host:www"\n')
    assert choose_target(single, None).name == "web"


def test_unknown_target_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "digest.toml").write_text('[deploy.web]\nurl = "me@host:www"\n')
    code = main(["deploy", "wbe", "--config", str(tmp_path / "digest.toml")])
    assert code == 2 and "targets: web" in capsys.readouterr().err


def test_host_files(tmp_path):
    assert host_files(load(tmp_path, "")) == {".nojekyll": b""}
    files = host_files(load(tmp_path, '[site]\ncname = "news.example.org"\n'))
    assert files == {".nojekyll": b"", "CNAME": b"news.example.org\n"}
