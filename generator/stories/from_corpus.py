"""Story inputs from plain rows, made by the build's own stages (the one adapter module).

This is the only module of `generator.stories` that imports the rest of the generator: the
clean stage, the analyse stage's entity extraction (spaCy) and the link stage's resolution
into canonical entity keys. The evaluation command uses it so that it groups what the build
would group; the grouping itself never needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from generator.analyse.mentions import extract_mentions
from generator.analyse.mentions.labels import KINDS
from generator.articles import Block, Metadata, RawArticle
from generator.clean import prepare_articles
from generator.config import EntitiesSection
from generator.link.resolve import resolve
from generator.link.rules import editor_rules
from generator.load.dates import read_date
from generator.problems import Problems
from generator.stories.model import StoryInput

DEFAULT_MODEL = EntitiesSection().model
__all__ = ["DEFAULT_MODEL", "Row", "read_date", "story_inputs"]


@dataclass(frozen=True)
class Row:
    """One article as an evaluation file gives it."""

    key: str
    title: str
    text: str
    date: datetime | None
    source: str | None


def story_inputs(
    rows: Sequence[Row],
    language: str = "en",
    model: str = DEFAULT_MODEL,
    progress: Callable[[int], None] | None = None,
) -> list[StoryInput]:
    """The rows as the build would hand them to the grouping, in row order.

    Each row is cleaned by the clean stage (boilerplate counted over all rows, as over a
    content folder); entities are found in the cleaned text by the analyse stage's NER and
    resolved over all rows by the link stage, with default editor rules. A row without text
    (a headline-only feed item) has its title as its text. A row the clean stage would drop
    keeps its raw text, so that every row is scored.
    """
    raw = [
        RawArticle(
            f"{index:07d}",
            Metadata(title=row.title or None, source=row.source),
            tuple(
                Block(" ".join(line.split()))
                for line in (row.text or row.title).splitlines()
                if line.strip()
            ),
        )
        for index, row in enumerate(rows)
    ]
    cleaned = {a.path: a for a in prepare_articles(raw, language, Problems())}
    texts = []
    for item, row in zip(raw, rows, strict=True):
        article = cleaned.get(item.path)
        texts.append(article.text if article is not None else (row.text or row.title))
    mentions = []
    for done, found in enumerate(extract_mentions(texts, model), start=1):
        mentions.append(found)
        if progress is not None:
            progress(done)
    rules, _ = editor_rules(EntitiesSection())
    resolution = resolve(mentions, rules, texts)
    entities: list[list[tuple[str, str, int]]] = [[] for _ in rows]
    for entity in resolution.entities:
        if entity.kind in KINDS:
            for index, count in entity.articles.items():
                entities[int(index)].append((entity.key, entity.kind, count))
    return [
        StoryInput(
            key=row.key,
            title=row.title,
            text=text,
            date=row.date,
            source=row.source,
            entities=tuple(sorted(found)),
        )
        for row, text, found in zip(rows, texts, entities, strict=True)
    ]
