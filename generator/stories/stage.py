"""The stories stage, between link and render: the site's entries become stories.

Each run turns the `Site`'s entries into the grouper's inputs (title, text, date, source
and the link stage's canonical entities with their mention counts), regroups what changed
(`StoryGrouper`), and makes the stories as the site shows them (`SiteStory`: headline,
summary, timeline, outlets, main entities, a version), handed to the render stage as
`Site.stories`. Like the other stages it keeps its state between runs, and what did not
change comes back as the same objects: an entry that is the last run's object keeps its
input, a story whose grouping and entries are unchanged keeps its `SiteStory`.

An article without a date in its metadata (the build dates it by its file's modification
time) is grouped as undated: the file's time says when it was saved, not when the event
happened, and an unknown date puts no bound on the story's time span (see docs/stories.md).

`digest build` saves the grouper's state and the stories' summaries, headlines and main
entities with the rest of the build state (`generator.build_state`), so that a new process
regroups only what changed and makes those again only for the stories whose texts changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

import msgspec

from generator.config import Config
from generator.link.site import EntityRef, Entry, Site, version_of
from generator.render.front_items import FrontItem
from generator.render.urls import article_url, story_url
from generator.stories.model import Story, StoryInput
from generator.stories.settings import StorySettings
from generator.stories.site import SiteStory, StoryIndex, StoryLine
from generator.stories.summary import StorySummarizer
from generator.text.names import name_key

if TYPE_CHECKING:
    from generator.stories.group import StoryGrouper

TOP_ENTITIES = 5  # entities a front item shows
PER_KIND = 4  # a story's main entities of each kind
_SUMMARY_ROW = "\1"  # the saved summaries' rows: this, then the story's slug
# A story as last shown: the grouping's story, its entries, the site's story, its sort key.
_View = tuple[Story, tuple[Entry, ...], SiteStory, tuple[float, str]]


def story_settings(config: Config) -> StorySettings:
    """The grouping settings of a site (`[stories]`, and the site's language)."""
    section = config.stories
    return StorySettings(
        enabled=section.enabled,
        window_days=section.window_days,
        threshold=section.threshold,
        min_articles=section.min_articles,
        language=config.site.language,
    )


class _Shown(msgspec.Struct, array_like=True):
    """What a story shows that takes work to make, kept with the build state so that a new
    process makes it again only for the stories whose texts changed."""

    fingerprint: bytes  # of the texts (versions and mention counts) it was made from
    lines: list[tuple[str, str]]  # the summary: (sentence, article slug)
    headline: str
    entities: list[tuple[str, str, str]]  # the main entities: (name, kind, slug)


class StoriesStage:
    """Groups the site's articles into stories, run after run."""

    def __init__(self, config: Config) -> None:
        self.settings = story_settings(config)
        self._language = config.site.language
        self._made: StoryGrouper | None = None
        self._summarizer = StorySummarizer(config.site.language, config.summary.sentences)
        self._seen: dict[str, tuple[Entry, StoryInput, bytes]] = {}  # slug → its input
        self._restored: dict[str, bytes] | None = None  # saved fingerprints, until used
        self._read: Callable[[], Mapping[str, bytes]] | None = None  # the saved rows' reader
        self._views: dict[str, _View] = {}  # by story key
        self._by_article: dict[str, SiteStory] = {}
        self._summaries: dict[str, _Shown] = {}  # by story slug
        self._summaries_touched: set[str] = set()
        self._items: dict[int, tuple[SiteStory, tuple[FrontItem, ...]]] = {}
        self._last: tuple[tuple[Entry, ...], StoryIndex] | None = None

    @property
    def _grouper(self) -> StoryGrouper:
        # Made on first use: the grouping loads numpy, which a build that finds nothing
        # changed never needs.
        if self._made is None:
            from generator.stories.group import StoryGrouper

            self._made = StoryGrouper(self.settings)
        return self._made

    def restore(self, read: Callable[[], Mapping[str, bytes]]) -> None:
        """Start from what a saved run kept (`stored`), read by `read` when the stage first
        needs it: decoded, the rows take about three times the memory of their bytes, and
        a one-shot build's link stage, which runs first and reaches the build's highest
        memory, has no use for them. Rows that cannot be used leave the stage cold, which
        is slower but gives the same stories."""
        if self.settings.enabled:
            self._read = read

    def _decode_rows(self) -> None:
        read, self._read = self._read, None
        rows = read() if read is not None else None
        if not rows:
            return
        from generator.stories.state import StateError

        grouped = {k: v for k, v in rows.items() if not k.startswith(_SUMMARY_ROW)}
        try:
            self._restored = self._grouper.state.restore(grouped)
            self._summaries = {
                key[1:]: msgspec.json.decode(data, type=_Shown)
                for key, data in rows.items()
                if key.startswith(_SUMMARY_ROW)
            }
        except (StateError, msgspec.ValidationError, msgspec.DecodeError):
            self._made = None
            self._restored, self._summaries = None, {}

    def load(self) -> None:
        """Load what grouping a new or edited article needs (the word lists), so that the
        first one after a restore does not wait for them."""
        if self.settings.enabled:
            self._grouper.load()

    def stored(self, everything: bool = False) -> tuple[Mapping[str, bytes], set[str]]:
        """The rows changed since the last call (`everything`: all of them) and the keys of
        the rows gone, as `generator.build_state` keeps them (a `SavedRows`: to be written
        before the next run)."""
        if not self.settings.enabled:
            return {}, set()
        self._decode_rows()
        fingerprints = {slug: seen[2] for slug, seen in self._seen.items()}
        rows, gone = self._grouper.state.saved(fingerprints, everything)
        stories = {view[2].slug for view in self._views.values()}
        keep = self._summaries.keys() & stories
        touched = keep if everything else self._summaries_touched & keep
        for slug in touched:
            rows.add(_SUMMARY_ROW + slug, msgspec.json.encode(self._summaries[slug]))
        gone |= {_SUMMARY_ROW + slug for slug in self._summaries.keys() - stories}
        self._summaries = {slug: self._summaries[slug] for slug in keep}
        self._summaries_touched = set()
        return rows, gone

    def run(self, site: Site) -> Site:
        """The site with its stories (`Site.stories`); the site as it is when stories are
        off."""
        if not self.settings.enabled:
            return site
        last = self._last
        if last is not None and last[0] is site.entries:
            return dataclasses.replace(site, stories=last[1])
        self._decode_rows()
        inputs = self._inputs(site.entries)
        grouper = self._grouper
        restored = self._restored
        if restored is not None:
            # The first run after a restore: only articles whose input changed since the
            # saved run are grouped again.
            self._restored = None
            same = [i for slug, (_, i, fp) in self._seen.items() if restored.get(slug) == fp]
            grouper.resume(same)
            known = {i.key for i in same}
            grouper.update(
                [i for i in inputs if i.key not in known],
                [slug for slug in restored if slug not in self._seen],
            )
        else:
            grouper.group(inputs)
        index = self._index(site)
        self._last = (site.entries, index)
        return dataclasses.replace(site, stories=index)

    def _inputs(self, entries: Sequence[Entry]) -> list[StoryInput]:
        """The grouper's input of every entry, the last run's object where the entry is."""
        seen = self._seen
        restored = self._restored or {}
        now: dict[str, tuple[Entry, StoryInput, bytes]] = {}
        for entry in entries:
            found = seen.get(entry.slug)
            if found is None or found[0] is not entry:
                made = self._input(entry)
                if found is not None and found[1] == made:
                    made = found[1]
                fingerprint = version_of((entry.version, entry.mentions))
                before = found[2] if found is not None else restored.get(entry.slug)
                if before != fingerprint:
                    self._grouper.state.touched([entry.slug])
                found = (entry, made, fingerprint)
            now[entry.slug] = found
        self._seen = now
        return [found[1] for found in now.values()]

    def _input(self, entry: Entry) -> StoryInput:
        article = entry.article
        meta = article.meta
        counts = entry.mentions or (1,) * len(entry.entities)
        entities = sorted(
            (name_key(ref.name), ref.kind, count)
            for ref, count in zip(entry.entities, counts, strict=True)
        )
        return StoryInput(
            key=entry.slug,
            title=article.title,
            text=article.text,
            date=meta.date,  # None when undated: see the module's docstring
            source=meta.source,
            entities=tuple(entities),
            lang=meta.lang if meta.lang and meta.lang != self._language else None,
        )

    def _index(self, site: Site) -> StoryIndex:
        seen = self._seen  # this run's entries, by slug (`_inputs`)
        views: dict[str, _View] = {}
        made: list[_View] = []
        for story in self._grouper.stories().stories:
            members = tuple([seen[key][0] for key in story.members])
            view = self._views.get(story.key)
            if (
                view is None
                or view[0] is not story
                or any(a is not b for a, b in zip(view[1], members, strict=True))
            ):
                site_story = self._site_story(story, members)
                view = (story, members, site_story, _newest(site_story))
                made.append(view)
            views[story.key] = view
        # Articles whose story is unchanged keep their place in the map: only the stories
        # made again, and those gone, are looked at.
        by_article = dict(self._by_article)
        for key, view in self._views.items():
            if views.get(key) is not view:
                for entry in view[1]:
                    if by_article.get(entry.slug) is view[2]:
                        del by_article[entry.slug]
        for view in made:
            for entry in view[1]:
                by_article[entry.slug] = view[2]
        self._views, self._by_article = views, by_article
        stories = [v[2] for v in sorted(views.values(), key=itemgetter(3))]
        return StoryIndex(tuple(stories), by_article, self._front_items(stories))

    def _site_story(self, story: Story, entries: tuple[Entry, ...]) -> SiteStory:
        copies = {slug for group in story.copies for slug in group[1:]}
        texts = [entry for entry in entries if entry.slug not in copies]
        dated = [e.article.date for e in entries if e.article.meta.date is not None]
        dates = dated or [e.article.date for e in entries]
        outlets: list[str] = []
        for entry in entries:
            source = entry.article.meta.source
            if source and source not in outlets:
                outlets.append(source)
        shown = self._shown(story, texts)
        by_slug = {entry.slug: entry for entry in texts}
        return SiteStory(
            slug=story.key,
            title=shown.headline,
            summary=tuple(StoryLine(text, by_slug[article]) for text, article in shown.lines),
            entries=entries,
            copies=story.copies,
            outlets=tuple(outlets),
            entities=tuple(EntityRef(*ref) for ref in shown.entities),
            first_seen=min(dates),
            last_seen=max(dates),
            page=story.sources >= self.settings.min_articles,
        )

    def _shown(self, story: Story, texts: list[Entry]) -> _Shown:
        """The story's summary, headline and main entities, made again only when its texts
        changed (in this process or since the saved run). They are made from the texts
        alone (a group of copies stands as its first article, which the headline and the
        entities also read), and a text's version and mention counts are all of it that
        they read."""
        fingerprint = version_of(tuple((entry.version, entry.mentions) for entry in texts))
        slug = story.key
        kept = self._summaries.get(slug)
        if kept is None or kept.fingerprint != fingerprint:
            lines = [(text, entry.slug) for text, entry in self._summarizer(texts)]
            entities = [(ref.name, ref.kind, ref.slug) for ref in _main_entities(texts)]
            headline = self._grouper.headline(story)
            kept = self._summaries[slug] = _Shown(fingerprint, lines, headline, entities)
            self._summaries_touched.add(slug)
        return kept

    def _front_items(self, stories: list[SiteStory]) -> tuple[FrontItem, ...]:
        items: list[FrontItem] = []
        made: dict[int, tuple[SiteStory, tuple[FrontItem, ...]]] = {}
        for story in stories:
            found = self._items.get(id(story))
            if found is None or found[0] is not story:
                found = (story, front_items_of(story))
            made[id(story)] = found
            items += found[1]
        self._items = made
        items.sort(key=lambda item: (-item.date.timestamp(), item.url))
        return tuple(items)


def front_items_of(story: SiteStory) -> tuple[FrontItem, ...]:
    """A story's items on the front page: itself when it has a page, else each of its
    articles standing alone, a group of copies as its first article with every outlet
    that ran it."""
    first = story.entries[0]
    if story.page:
        item = FrontItem(
            url=story_url(story.slug),
            headline=story.title,
            date=story.last_seen,
            source=first.article.meta.source,
            summary=tuple(line.text for line in story.summary),
            entities=story.entities[:TOP_ENTITIES],
            version=version_of(("story", story.version)),
            articles=len(story.entries),
            outlets=story.outlets,
            story=True,
        )
        return (item,)
    by_slug = {entry.slug: entry for entry in story.entries}
    copies = {slug for group in story.copies for slug in group[1:]}
    items = []
    for entry in story.entries:
        if entry.slug in copies:
            continue
        same = [by_slug[slug] for slug in story.copies_of(entry.slug)]
        outlets = _outlets([entry, *same])
        items.append(
            FrontItem(
                url=article_url(entry),
                headline=entry.article.title,
                # A group of copies is as new as its newest copy.
                date=max(e.article.date for e in (entry, *same)),
                source=entry.article.meta.source,
                summary=entry.summary,
                entities=entry.entities,
                # An article alone has its own version, as without stories; a group of
                # copies shows their count and newest date too.
                version=entry.version
                if not same
                else version_of((entry.version, outlets, tuple(e.version for e in same))),
                articles=1 + len(same),
                outlets=outlets if same else (),
            )
        )
    return tuple(items)


def _outlets(entries: Sequence[Entry]) -> tuple[str, ...]:
    found: list[str] = []
    for entry in entries:
        source = entry.article.meta.source
        if source and source not in found:
            found.append(source)
    return tuple(found)


def _main_entities(texts: Sequence[Entry]) -> tuple[EntityRef, ...]:
    """The entities most of the story's texts name (then the most mentioned), at most
    `PER_KIND` of each kind, most covered first."""
    texts_naming: dict[EntityRef, int] = {}
    mentions: dict[EntityRef, int] = {}
    for entry in texts:
        counts = entry.mentions or (1,) * len(entry.entities)
        for ref, count in zip(entry.entities, counts, strict=True):
            texts_naming[ref] = texts_naming.get(ref, 0) + 1
            mentions[ref] = mentions.get(ref, 0) + count
    ranked = sorted(
        texts_naming, key=lambda r: (-texts_naming[r], -mentions[r], r.name.casefold(), r.slug)
    )
    per_kind: dict[str, int] = {}
    chosen = []
    for ref in ranked:
        if per_kind.get(ref.kind, 0) < PER_KIND:
            per_kind[ref.kind] = per_kind.get(ref.kind, 0) + 1
            chosen.append(ref)
    return tuple(chosen)


def _newest(story: SiteStory) -> tuple[float, str]:
    """The stories' order: newest activity first, ties by slug."""
    return (-story.last_seen.timestamp(), story.slug)
