"""Tag-page precision on real news: every page the build publishes against hand labels.

`python -m generator.evaluate tagpages LABELS --data ARTICLES` builds the labelled sample of
articles exactly as `digest build` does (the articles are written to a content folder as a
JSON Lines dump and go through load, clean, analyse and link with the default settings),
one corpus per part of the sample ("dev" to "dev8", and "held"), and scores each
tag page:

- *right*: its name is labelled an entity of the page's type, and no bigger page is the same
  entity;
- *duplicate*: another page of the same part is the same entity and has more articles;
- *mistyped*: an entity of another type;
- *not an entity*: labelled as no person, organisation or place (chrome, a credit line, a
  nationality, a product, a headline fragment...);
- *merged*: its aliases hold a name labelled as a different entity;
- *unlabelled*: its name is not in the labels; listed so that labelling them is quick.

Labels (JSON Lines): `{"article": ID, "part": "dev"|...|"dev8"|"held"}` names the sample;
`{"name": N, "type": "person"|"organisation"|"place"}` is an entity, with `"same_as": M`
when it is the entity named M; `{"name": N, "type": null}` is no entity. Names are matched
by `name_key` (case, accents and punctuation ignored). A name label with `"part": P` holds
in part P only, before any label of that name without one: a later part is labelled so
without changing how the earlier parts are scored, and a name ("Liverpool", "Thomas") can
be one entity in one part and another in the next.

`--data` may be given more than once: a part can draw its articles from several data sets
(dev5 is BBC and CNN articles of the summary evaluation sets). A row is `{"id", "title",
"text"}` or, as in those sets, `{"id", "article"}` with no title.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config, EntitiesSection, PathsSection
from generator.evaluate import json_lines
from generator.link import Linker
from generator.link.report import link_only, review_order
from generator.link.site import Entity, Site
from generator.text.names import name_key

VERDICTS = ("right", "duplicate", "mistyped", "not an entity", "merged", "unlabelled")
PARTS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "held")
# The sample has no dates; one fixed date keeps the build free of warnings about them.
_DATE = "2016-01-01"


@dataclass(frozen=True)
class Label:
    """A hand label: what a name is (`kind` None for no entity) and which entity."""

    name: str
    kind: str | None
    same_as: str

    @property
    def entity(self) -> str:
        return name_key(self.same_as)


@dataclass(frozen=True)
class Labels:
    """The sample's article ids by part and the hand labels by name key."""

    parts: Mapping[str, tuple[str, ...]]  # part → article ids
    names: Mapping[str, Label]  # name key → label
    # part → name key → label holding in that part only
    part_names: Mapping[str, Mapping[str, Label]] = field(default_factory=dict)

    def of_part(self, part: str) -> Mapping[str, Label]:
        """The labels that hold in `part`: its own, then those of every part."""
        return {**self.names, **self.part_names.get(part, {})}


def read_labels(path: Path) -> Labels:
    """The sample's article ids by part and the labels by name key."""
    parts: dict[str, list[str]] = defaultdict(list)
    names: dict[str, Label] = {}
    part_names: dict[str, dict[str, Label]] = defaultdict(dict)
    for number, row in json_lines(path, ()):
        if "article" in row:
            if row.get("part") not in PARTS:
                raise ValueError(f"line {number}: part must be one of {', '.join(PARTS)}")
            parts[row["part"]].append(row["article"])
        elif "name" in row and "type" in row:
            name = row["name"]
            part = row.get("part")
            if part is not None and part not in PARTS:
                raise ValueError(f"line {number}: part must be one of {', '.join(PARTS)}")
            into = names if part is None else part_names[part]
            into[name_key(name)] = Label(name, row["type"], row.get("same_as") or name)
        else:
            raise ValueError(f'line {number}: needs "article" and "part", or "name" and "type"')
    return Labels(
        {part: tuple(ids) for part, ids in parts.items()}, names, dict(part_names.items())
    )


def build_entities(rows: Sequence[Mapping], root: Path, cache: Path | None) -> tuple[Entity, ...]:
    """The tag pages `digest build` makes of these articles (`{"id","title","text"}`).

    A row may have `article` instead of `text` and no title, as the summary sets have.
    """
    return build_site(rows, root, cache)[0].entities


def build_site(
    rows: Sequence[Mapping], root: Path, cache: Path | None, min_articles: int = 1
) -> tuple[Site, Linker]:
    """The site model `digest build` makes of these articles (as `build_entities`) with
    `[entities] min_articles`, and the linker that made it."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    with (content / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            record = {"text": row["text"] if "text" in row else row["article"], "date": _DATE}
            if "title" in row:
                record["title"] = row["title"]
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    paths = PathsSection(cache=str(cache)) if cache else PathsSection()
    # The stages of `digest build` up to the link stage: rendering adds no tag page.
    config = Config(root=root, paths=paths, entities=EntitiesSection(min_articles=min_articles))
    return link_only(config, use_cache=cache is not None)


def score(entities: Sequence[Entity], labels: Mapping[str, Label]) -> list[tuple[Entity, str]]:
    """Each page with its verdict (one of `VERDICTS`, "duplicate of X" for duplicates)."""
    biggest: dict[str, Entity] = {}
    for entity in entities:
        label = labels.get(name_key(entity.name))
        if label is None or label.kind is None:
            continue
        best = biggest.get(label.entity)
        if best is None or len(entity.entries) > len(best.entries):
            biggest[label.entity] = entity
    verdicts = []
    for entity in entities:
        label = labels.get(name_key(entity.name))
        if label is None:
            verdict = "unlabelled"
        elif label.kind is None:
            verdict = "not an entity"
        elif biggest[label.entity] is not entity:
            verdict = f"duplicate of {biggest[label.entity].name}"
        elif label.kind != entity.kind:
            verdict = f"mistyped (is {label.kind})"
        elif _merged(entity, label, labels):
            verdict = "merged"
        else:
            verdict = "right"
        verdicts.append((entity, verdict))
    return verdicts


def _merged(entity: Entity, label: Label, labels: Mapping[str, Label]) -> bool:
    others = (labels.get(name_key(alias)) for alias in entity.aliases)
    return any(o is not None and o.kind is not None and o.entity != label.entity for o in others)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m generator.evaluate tagpages`."""
    parser.add_argument("labels", type=Path, help="JSON Lines of the sample and its labels")
    parser.add_argument(
        "--data",
        type=Path,
        required=True,
        action="append",
        help='JSON Lines of {"id","title","text"} or {"id","article"} articles (repeatable)',
    )
    parser.add_argument("--part", choices=PARTS, action="append", help="only this part")
    parser.add_argument("--cache", type=Path, help="keep analyses in this folder between runs")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--list", action="store_true", help="list every page with its verdict")
    shown.add_argument(
        "--summary",
        action="store_true",
        help="print each part's counts only, not its wrong pages (score a held-back part so)",
    )
    parser.add_argument(
        "--min-articles",
        type=int,
        default=1,
        metavar="N",
        help="build with [entities] min_articles = N (pages of fewer articles are not made)",
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help="also score `digest entities --review`'s order: the wrong pages it puts first",
    )


def run(args: argparse.Namespace) -> int:
    """Build each part of the sample and print its page precision and its wrong pages."""
    try:
        labels = read_labels(args.labels)
        rows = {row["id"]: row for path in args.data for row in _articles(path)}
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for part in args.part or [p for p in PARTS if p in labels.parts]:
        ids = labels.parts.get(part, ())
        missing = [i for i in ids if i not in rows]
        if missing:
            data = ", ".join(map(str, args.data))
            print(f"error: {data}: no article {missing[0]!r}", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="digest-tagpages-") as tmp:
            site, linker = build_site(
                [rows[i] for i in ids], Path(tmp), args.cache, args.min_articles
            )
        verdicts = score(site.entities, labels.of_part(part))
        shown = "all" if args.list else "none" if args.summary else "wrong"
        _report(part, len(ids), verdicts, shown)
        if args.review:
            verdict_of = {(page.name, page.kind): verdict for page, verdict in verdicts}
            order = [
                verdict_of[r.page.name, r.page.kind] for r in review_order(site, linker.resolution)
            ]
            print(f"  review: {review_line([v for v in order if v != 'unlabelled'])}")
    return 0


def review_line(verdicts: Sequence[str], shares: Sequence[float] = (0.1, 0.2, 0.3)) -> str:
    """How good an order of checking pages is, from their verdicts in that order: the wrong
    pages found in its first tenth, fifth and third, and how many pages an editor checks
    (fixing each wrong one) before 95 % of the pages are right. `run` leaves the
    unlabelled pages out; an editor checks those too, so its count is a floor."""
    wrong = [v != "right" for v in verdicts]
    total = sum(wrong)
    found = ", ".join(
        f"{sum(wrong[: round(share * len(wrong))])} in the first {share:.0%}" for share in shares
    )
    left, checked = total, 0
    while left > 0.05 * len(wrong):
        left -= wrong[checked]
        checked += 1
    checked_share = checked / len(wrong) if wrong else 0.0
    return (
        f"of {total} wrong pages, {found}; {checked} pages ({checked_share:.0%}) "
        "checked bring the part to 95% right"
    )


def _articles(path: Path) -> Iterator[dict]:
    """The rows of one data set, each with an id and either a title and a text or an article."""
    for number, row in json_lines(path, ("id",)):
        if not ({"title", "text"} <= row.keys() or "article" in row):
            raise ValueError(f'{path}: line {number}: needs "title" and "text", or "article"')
        yield row


def rows_matching(match: str | None) -> Callable[[Mapping], bool]:
    """A test of data rows for the benches' `--match FIELD=REGEX`: whether the row's FIELD
    matches REGEX whole (`re.fullmatch`); every row passes without one."""
    if not match:
        return lambda row: True
    field, _, pattern = match.partition("=")
    regex = re.compile(pattern)
    return lambda row: regex.fullmatch(str(row.get(field, ""))) is not None


def _report(part: str, articles: int, verdicts: list[tuple[Entity, str]], shown: str) -> None:
    """Print a part's counts, then its pages: `shown` "all", the "wrong" ones, or "none"."""
    kinds = Counter(v.split(" (")[0].split(" of ")[0] for _, v in verdicts)
    labelled = len(verdicts) - kinds["unlabelled"]
    right = kinds["right"]
    precision = right / labelled if labelled else 0.0
    print(
        f"{part}: {articles} articles, {len(verdicts)} tag pages, {labelled} labelled: "
        f"{right} right ({precision:.1%})"
        + "".join(f", {kinds[k]} {k}" for k in VERDICTS[1:] if kinds[k])
    )
    if shown == "none":
        return
    for entity, verdict in verdicts:
        if shown == "all" or verdict != "right":
            aliases = f" [{'; '.join(entity.aliases)}]" if entity.aliases else ""
            print(f"  {verdict}: {entity.name} ({entity.kind}, {len(entity.entries)}){aliases}")
