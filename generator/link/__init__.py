"""The link stage: articles and their analyses become a `Site` of entries and entity pages.

Entity decisions that span articles are made here, from the mentions the analyse stage
recorded and the editor's rules (`generator.link.resolve`): which spellings are one entity,
its type and page name. Nothing here runs the model, so changing the rules in digest.toml
takes effect on the next build without re-analysing. Front-matter tags join the entity of
the same name or become topics.

`digest serve` links after every save, so every step keeps last call's results and redoes
only what the changed articles touch (see `generator.link.memo`); a cold start gives the same
site, which the tests check after random edits.
"""

from __future__ import annotations

import dataclasses
import operator
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from operator import attrgetter
from pathlib import Path

from generator.articles import Analysis, Article
from generator.config import CONFIG_NAME, Config
from generator.link import gazetteer, name_lists
from generator.link.entity_pages import EntityPages, Members, NewestEntries, newest_first
from generator.link.memo import Numbering, PerId, Stable
from generator.link.naming import LastNaming, Namer
from generator.link.resolve import Resolution, Resolver
from generator.link.rules import EditorRules, editor_rules
from generator.link.saved import LinkChanges, SavedArticle, SavedLink, SavedWords, seed
from generator.link.site import Entry, Site
from generator.link.text_state import word_counts
from generator.problems import Problem
from generator.text import lexicon

# Reads saved lower-case word counts by article digest (`generator.build_state`).
WordCounts = Callable[[Collection[str]], Mapping[str, Mapping[str, int]]]


def link_site(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    config: Config,
    problems: Sequence[Problem] = (),
) -> Site:
    """`Linker().link(...)`: the site model from a cold start."""
    return Linker().link(articles, analyses, config, problems)


def forget_reference_data() -> None:
    """Let go of the reference data the link stage reads (the gazetteer, the lexicon and
    the name lists: tens of megabytes, kept for the process's life otherwise); a later link
    reads it again from the cache folder. A one-shot build calls this once it has linked."""
    gazetteer.forget()
    lexicon.forget()
    name_lists.forget()


class Linker:
    """The link stage, run again and again: each step keeps last call's results and redoes
    only what the changed articles touch (`generator.link.memo`), and what did not change
    comes back as last call's objects."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        # The gazetteer's and the lexicon's data, worked out from packages once and kept
        # in the cache folder for the next process (see `reference`).
        gazetteer.keep_in(cache_dir)
        lexicon.keep_in(cache_dir)
        name_lists.keep_in(cache_dir)
        self._resolver = Resolver()
        self._numbers = Numbering()
        # An unchanged article's text is the same string object from call to call, so it
        # keeps its hash and the re-scan finds its remembered spans by identity, without
        # joining it again.
        self._texts = PerId(_text)
        self._naming = LastNaming(Namer())
        # What did not change keeps last call's objects, found by identity: each article's
        # ranking and entry, each entity's members and page. So a save that changes one
        # article redoes the work of that article and of the entities it names.
        self._stable_keys: Stable = Stable()
        # An unchanged article keeps its article, summary and ranking objects (see
        # `_stable_keys`), and its entry is made again only when an entity's name, kind or
        # page changed.
        self._entries = PerId(_entry, parts=4)
        self._stable_entries: Stable = Stable()
        self._newest = PerId(newest_first)
        self._members = Members()
        self._entity_pages = EntityPages()
        self._stable_entities: Stable = Stable()
        self._newest_entries = NewestEntries()
        # The last call's resolution: what `digest entities` reports beside the site.
        self.resolution = Resolution(())
        # the articles, analyses and settings of the last call, and its site
        self._last: tuple[list[Article], list[Analysis], Config, Site] | None = None
        # Per-article parts saved by another process, for the first call (`restore`).
        self._saved: SavedLink | None = None
        # The parts the state file holds (by digest), so that a save writes only the
        # difference; and the parts of the last `stored`, which hold once it is saved.
        self._on_disk: Mapping[str, SavedArticle] = {}
        self._storing: Mapping[str, SavedArticle] = {}
        # Reads saved lower-case word counts by digest, for the first call (`restore`).
        self._word_counts: WordCounts | None = None

    def restore(self, saved: SavedLink, word_counts: WordCounts | None = None) -> None:
        """Start the next call from the per-article parts an earlier process saved
        (`generator.link.saved`; only trustworthy with the same code and settings, which
        the caller checks). `word_counts` reads the saved lower-case word counts of
        articles by digest (those it cannot read left out); without it, or when it lacks
        one, every article is counted again."""
        self._saved = saved
        self._on_disk = saved.articles
        self._word_counts = word_counts

    def stored(self, everything: bool = True) -> LinkChanges | None:
        """The last call's per-article parts to save for another process: all of them, or
        (`everything=False`) those the state file does not hold as they are; None before a
        call with texts. Call `saved` once they are."""
        if self._last is None:
            return None
        parts = self._resolver.saved_parts()
        if parts is None:
            return None
        index, per_article = parts
        digests = list(map(_DIGEST, self._last[0]))
        now = dict(zip(digests, per_article, strict=True))
        self._storing = now
        on_disk = {} if everything else self._on_disk
        # An unchanged article's part is the very object on disk (seeded, then kept): the
        # comparison stops at identity.
        changed = {digest: part for digest, part in now.items() if on_disk.get(digest) != part}
        votes = self._resolver.saved_votes(digests)
        # An article's word counts are saved with its digest's first part (parts and counts
        # are kept and deleted together), counted again as the save writes them: a digest
        # new to the state is an article added or edited since, and a whole corpus's
        # counts held at once would be the largest thing a cold build holds.
        texts = dict(zip(digests, map(_TEXT, self._last[0]), strict=True))
        counts = (
            (digest, dict(word_counts(text)))
            for digest, text in texts.items()
            if digest not in on_disk
        )
        words = SavedWords(dict(self._resolver.lowercase_total()), tuple(digests))
        return LinkChanges(index, changed, on_disk.keys() - now.keys(), votes, words, counts)

    def saved(self) -> None:
        """The parts of the last `stored` are now the state file's."""
        self._on_disk = self._storing

    def link(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        config: Config,
        problems: Sequence[Problem] = (),
    ) -> Site:
        """Build the site model: entries newest first, entity pages sorted by kind and
        name."""
        rules, conflicts = editor_rules(config.entities)
        problems = (*problems, *(Problem(CONFIG_NAME, message) for message in conflicts))
        last = self._last
        if (
            last is not None
            and last[2] == config
            and _same_objects(last[0], articles)
            and _same_objects(last[1], analyses)
        ):
            # Nothing to link again (a template or CSS edit): last call's site holds.
            return dataclasses.replace(last[3], problems=problems)
        site = self._link(articles, analyses, config, rules, problems)
        self._last = (list(articles), list(analyses), config, site)
        return site

    def _link(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        config: Config,
        rules: EditorRules,
        problems: tuple[Problem, ...],
    ) -> Site:
        # State kept between calls is kept by article number, not position, so that adding
        # or deleting an article leaves the others' state where it was.
        ids = self._numbers(_article_keys(articles))
        texts = self._texts(ids, articles, None, None)
        if self._saved is not None:
            digests = list(map(_DIGEST, articles))
            self._resolver.seed(seed(self._saved, digests))
            self._seed_words(self._saved.words, digests, ids, texts)
            self._saved = None
        resolution = self._resolver.resolve(list(map(_MENTIONS, analyses)), rules, texts, ids)
        self.resolution = resolution
        naming = self._naming(resolution, list(map(_TAGS, articles)), rules, config, ids)
        keys, refs = naming.keys, naming.refs
        ranked_keys = self._stable_keys(ids, naming.rankings)
        made = self._entries(
            ids,
            (articles, list(map(_SUMMARY, analyses)), ranked_keys, naming.counts),
            refs,
            (tuple(refs), tuple(refs.values())),
        )
        entries = self._stable_entries(ids, made)

        newest = self._newest(ids, entries, None, None)
        members = self._members(keys, naming.mentions, ids, newest)
        entities = self._entity_pages(naming, members, ids, entries, ranked_keys)
        entities = self._stable_entities(keys, entities)
        return Site(self._newest_entries(ids, entries, newest), tuple(entities), problems)

    def _seed_words(
        self,
        saved: SavedWords | None,
        digests: Sequence[str],
        ids: Sequence[float],
        texts: Sequence[str],
    ) -> None:
        """Start the lower-case word count from the saved one: the saved articles that are
        still here keep their part of it, the counts of the others (gone, or an edited
        article's last version) are taken out, and the first call counts the rest."""
        read, self._word_counts = self._word_counts, None
        if saved is None or read is None:
            return
        left = Counter(saved.digests)
        kept = []
        for position, digest in enumerate(digests):
            if left[digest] > 0:
                left[digest] -= 1
                kept.append(position)
        gone = +left
        counts = read(gone.keys())
        if gone.keys() - counts.keys():
            # Not all there (only time is lost): every article is counted again.
            return
        total = Counter(saved.total)
        for digest, times in gone.items():
            for word, n in counts[digest].items():
                left_over = total[word] - n * times
                if left_over:
                    total[word] = left_over
                else:
                    del total[word]
        self._resolver.seed_words([ids[i] for i in kept], [texts[i] for i in kept], total)


def _entry(
    item: tuple[Article, tuple[str, ...], tuple[str, ...], Mapping[str, int]], refs: Mapping
) -> Entry:
    article, summary, keys, counts = item
    return Entry(article, summary, tuple([refs[k] for k in keys]), tuple([counts[k] for k in keys]))


_MENTIONS = attrgetter("mentions")
_SUMMARY = attrgetter("summary")
_TAGS = attrgetter("meta.tags")
_PATH = attrgetter("path")
_DIGEST = attrgetter("digest")
_TEXT = attrgetter("text")


def _same_objects(last: Sequence[object], now: Sequence[object]) -> bool:
    return len(last) == len(now) and all(map(operator.is_, last, now))


def _text(article: Article, _: None) -> str:
    return article.text


def _article_keys(articles: Sequence[Article]) -> list[str] | list[tuple[str, int]]:
    """What numbers an article from call to call: its file's path, and its place in the
    file when the file holds several articles (a feed, JSON Lines)."""
    paths = list(map(_PATH, articles))
    if len(set(paths)) == len(paths):
        return paths
    seen: Counter[str] = Counter()
    keys = []
    for path in paths:
        keys.append((path, seen[path]))
        seen[path] += 1
    return keys
