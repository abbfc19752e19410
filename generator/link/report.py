"""`digest entities`: the entity table the build will publish, and why.

Every tag page with its type, article count and aliases, each merge of two names with its
reason, and every name that got no page with the reason (a rule of the link stage, the
editor's blocklist, the tag types or `min_articles` of digest.toml), so that an editor can
fix the rest with `[entities]` aliases, types and the blocklist.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.analyse.mentions.labels import KINDS
from generator.config import Config
from generator.link import Linker
from generator.link.doubt import Doubt, doubt, longer_pages
from generator.link.records import Record
from generator.link.resolve import Resolution, ResolvedEntity
from generator.link.site import Entity, Site
from generator.link.spellings import alike
from generator.link.voting import junk_reason, lone_word
from generator.pipeline import Pipeline
from generator.problems import BuildFailed
from generator.text.names import name_key


def link_only(config: Config, use_cache: bool = True) -> tuple[Site, Linker]:
    """The site model `digest build` would render (load, clean, analyse and link, nothing
    written), and the linker that made it."""
    pipeline = Pipeline(config, use_cache=use_cache)
    if not config.content_dir.is_dir():
        raise BuildFailed(f"content folder {config.content_dir} does not exist")
    cleaned = pipeline.cleaner.clean(pipeline.loader.load())
    analysed = pipeline.analyser.analyse(cleaned.articles)
    return pipeline.linker.link(cleaned.articles, analysed.analyses, config), pipeline.linker


def report_lines(site: Site, resolution: Resolution, config: Config) -> Iterator[str]:
    """The report, line by line."""
    published = {(e.name, e.kind) for e in site.entities}
    yield f"{len(site.entities)} tag pages (name, type, articles, aliases):"
    for _, entity, page in _published(site, resolution):
        if entity.kind not in KINDS:
            continue
        aliases = f"  [{'; '.join(page.aliases)}]" if page.aliases else ""
        yield f"  {page.name} | {page.kind} | {len(page.entries)}{aliases}"
        yield from _merges(entity, resolution)
    dropped = [
        (entity, reason)
        for n, entity in enumerate(resolution.entities)
        if (entity.name, entity.kind) not in published
        for reason in [_why_not(n, entity, resolution, config)]
    ]
    yield f"{len(dropped)} names with no page (name, articles: why):"
    for entity, reason in sorted(dropped, key=lambda d: d[0].name.casefold()):
        yield f"  {entity.name}, {len(entity.articles)}: {reason}"
        yield from _merges(entity, resolution)
    if config.entities.blocklist:
        yield f"blocklist of digest.toml: {'; '.join(config.entities.blocklist)}"


def _published(site: Site, resolution: Resolution) -> Iterator[tuple[int, ResolvedEntity, Entity]]:
    # Each entity of the link stage that got a page, with its index (`records_of`) and its
    # page; the topics of the articles' own tags are no entity of it.
    pages = {(e.name, e.kind): e for e in site.entities}
    for n, entity in enumerate(resolution.entities):
        page = pages.get((entity.name, entity.kind))
        if page is not None:
            yield n, entity, page


@dataclass(frozen=True)
class Reviewed:
    """A tag page in the order of review: its doubt, and what the model labelled it."""

    page: Entity
    doubt: Doubt
    labels: str  # "GPE 2, ORG 1"


def review_order(site: Site, resolution: Resolution) -> list[Reviewed]:
    """The tag pages the link stage made, each with its doubt (`doubt`), the weakest
    evidence first: the order to check them in. The topics of the articles' own tags are
    the authors' word, not checked."""
    found = list(_published(site, resolution))
    longer = longer_pages(
        [(page.name, (len(page.entries), sum(e.articles.values()))) for _, e, page in found]
    )
    order = []
    for n, _, page in found:
        records = list(resolution.records_of(n).values())
        evidence = [rec.evidence() for rec in records]
        page_doubt = doubt(page.name, len(page.entries), evidence, longer.get(page.name))
        order.append(Reviewed(page, page_doubt, _said(records)))
    return sorted(order, key=lambda r: (-r.doubt.points, r.page.name))


def review_lines(site: Site, resolution: Resolution) -> Iterator[str]:
    """`review_order`, line by line, with why each page is in doubt and the model's labels
    of its mentions (what its type was voted from, with the cues); then `unlike_aliases`,
    the merges to check."""
    order = review_order(site, resolution)
    yield (
        f"{len(order)} tag pages of names found in the text, the most doubtful first "
        "(name | type | articles: why in doubt; the model's labels):"
    )
    for r in order:
        reasons = ", ".join(r.doubt.reasons) or "-"
        yield f"  {r.page.name} | {r.page.kind} | {len(r.page.entries)}: {reasons}; {r.labels}"
    unlike = unlike_aliases(site, resolution)
    yield (
        f"{len(unlike)} pages with an alias that shares no word with the page's name, the "
        "biggest first (name | type | articles: alias (why it joined)):"
    )
    for page, aliases in unlike:
        joined = "; ".join(f"{alias} ({reason})" for alias, reason in aliases)
        yield f"  {page.name} | {page.kind} | {len(page.entries)}: {joined}"


def unlike_aliases(
    site: Site, resolution: Resolution
) -> list[tuple[Entity, list[tuple[str, str]]]]:
    """The pages with aliases that share no word with the page's name, are not its initials
    and are no near spelling of it, each with those aliases and why they joined, the pages
    of most articles first. A wrong merge shows there however sure the page is: the CNN
    page of 313 articles once took its name from "Havana, Cuba (CNN)", a dateline read as
    "Cuba" abbreviated; the doubt ranks such a page last."""
    found = []
    for _, entity, page in _published(site, resolution):
        reasons = {
            name_key(_spelling(entity, member)): reason
            for member, reason in resolution.merges.get(entity.key, ())
        }
        unlike = [
            (alias, reasons.get(name_key(alias), "joined in its article"))
            for alias in page.aliases
            if _unlike(page.name, alias)
        ]
        if unlike:
            found.append((page, unlike))
    return sorted(found, key=lambda item: (-len(item[0].entries), item[0].name))


def _unlike(name: str, alias: str) -> bool:
    words = _words(name)
    key = name_key(alias)
    # A word in common, a near spelling of the name or of one of its words ("Leiberman" of
    # Avigdor Lieberman), or the start of one of its words not in capitals ("Calif" of
    # California, "Ben" of Benjamin David Banky; "VA" is no start of the Vatican's).
    if (
        words & _words(alias)
        or any(alike(w, key) for w in (name_key(name), *words))
        or (not alias.isupper() and " " not in key and any(w.startswith(key) for w in words))
    ):
        return False
    letters = "".join(c for c in alias if c.isalpha())
    if letters.isupper():
        # Its initials: "FAA" of the Federal Aviation Administration, "UN" of the "U.N.",
        # "USGS" of the "U.S. Geological Survey".
        initials = "".join(
            "".join(c for c in w if c.isalpha()) if "." in w or w.isupper() else w[0]
            for w in re.split(r"[\s-]+", name)
            if w[:1].isupper()
        )
        return letters != initials
    return True


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", name)}


def _said(records: Sequence[Record]) -> str:
    """The model's labels of the records' mentions, added up: "ORG 14, PERSON 2"."""
    labels: Counter[str] = Counter()
    for rec in records:
        labels.update(rec.labels)
    return ", ".join(f"{label} {count}" for label, count in sorted(labels.items())) or "none"


def _merges(entity: ResolvedEntity, resolution: Resolution) -> Iterator[str]:
    """A line for each name merged into the entity: the spelling that joined, and why."""
    for member, reason in resolution.merges.get(entity.key, ()):
        spelling = _spelling(entity, member)
        if spelling == entity.name:
            # The page is named by the merged name: show the name it joined.
            spelling = _spelling(entity, entity.key)
        yield f"      + {spelling}: {reason}"


def _spelling(entity: ResolvedEntity, key: str) -> str:
    return next((form for form in entity.forms if name_key(form) == key), key)


def _why_not(n: int, entity: ResolvedEntity, resolution: Resolution, config: Config) -> str:
    if entity.kind in KINDS:
        if entity.kind not in config.entities.tag_types:
            return f"a {entity.kind}, not among tag_types"
        return f"in fewer than min_articles ({config.entities.min_articles}) articles"
    if entity.key in resolution.dropped:
        return resolution.dropped[entity.key]
    types = {name_key(name): kind for name, kind in config.entities.types.items()}
    if any(name_key(form) in types for form in entity.forms):
        return "typed so by [entities] types"
    records = list(resolution.records_of(n).values())
    evidence = [rec.evidence() for rec in records]
    reason = junk_reason(entity.name, evidence)
    if reason:
        return reason
    if lone_word(entity.name, lambda: evidence) and sum(entity.articles.values()) == 1:
        return "a dictionary word named once, with nothing to say it is a name"
    return f"a common word, or the model's labels and the cues vote for none ({_said(records)})"


def print_report(config: Config, use_cache: bool = True, review: bool = False) -> int:
    """Print the report of the site `config` describes (with `review`, its pages by doubt
    instead); returns the exit code."""
    import sys

    try:
        site, linker = link_only(config, use_cache)
    except BuildFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for problem in site.problems:
        print(problem, file=sys.stderr)
    lines = (
        review_lines(site, linker.resolution)
        if review
        else report_lines(site, linker.resolution, config)
    )
    for line in lines:
        print(line)
    return 0
