"""Which target a `digest deploy` goes to, and handing the built site to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import Config, DeployTarget
from generator.deploy.folder import deploy_folder
from generator.deploy.git_branch import deploy_git
from generator.deploy.plan import DeployError, Plan
from generator.deploy.rsync import deploy_rsync
from generator.deploy.s3 import deploy_s3
from generator.deploy.url import FolderUrl, GitUrl, RsyncUrl, S3Url, parse_url


class TargetError(Exception):
    """The target named on the command line does not exist or is not a valid URL."""


@dataclass(frozen=True)
class Target:
    name: str  # the [deploy.<name>] table, or "" for a URL given on the command line
    options: DeployTarget


def choose_target(config: Config, given: str | None) -> Target:
    """The target named `given` (a [deploy.<name>] or a URL), or the configured default."""
    targets = config.deploy.targets
    if given is None:
        if config.deploy.default:
            return Target(config.deploy.default, targets[config.deploy.default])
        if len(targets) == 1:
            ((name, options),) = targets.items()
            return Target(name, options)
        raise TargetError(
            "no target given and no [deploy] default"
            + (
                f"; targets: {', '.join(targets)}"
                if targets
                else "; give a URL, or add a [deploy.<name>] table with a url to digest.toml"
            )
        )
    if given in targets:
        return Target(given, targets[given])
    try:
        parse_url(given)
    except ValueError as exc:
        known = f" (and no [deploy.{given}] table; targets: {', '.join(targets) or 'none'})"
        raise TargetError(f"{exc}{known}") from None
    return Target("", DeployTarget(url=given))


def publish(
    site: Path, target: Target, config: Config, *, dry_run: bool, allow_deletes: bool
) -> Plan:
    """Deploy the built `site` to `target`; the plan of what was (or, dry, would be) done."""
    if not (site / "index.html").is_file():
        raise DeployError(f"{site} holds no built site (no index.html); run digest build first")
    options = target.options
    url = parse_url(options.url)
    if isinstance(url, GitUrl):
        return deploy_git(site, url, options.branch, config.root, dry_run=dry_run)
    guard = {"max_deletes": options.max_deletes, "dry_run": dry_run, "allow_deletes": allow_deletes}
    if isinstance(url, RsyncUrl):
        return deploy_rsync(site, url.destination, **guard)
    if isinstance(url, S3Url):
        return deploy_s3(site, url, options, dry_run=dry_run, allow_deletes=allow_deletes)
    assert isinstance(url, FolderUrl)
    protected = [config.root, config.content_dir, config.templates_dir]
    return deploy_folder(site, url.path, protected=protected, **guard)
