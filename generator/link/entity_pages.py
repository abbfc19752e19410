"""Entity pages as the link stage makes them: each entity's articles newest first and the
entities mentioned with it (co-mentions), and the site's entries newest first."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import itemgetter

from generator.link.memo import ById, PerId
from generator.link.naming import Naming
from generator.link.site import Entity, EntityRef, Entry


def _newest_members(mentions: Mapping[float, int], newest: Mapping[float, tuple]) -> tuple:
    return tuple(sorted(mentions, key=newest.__getitem__))


class Members:
    """Each entity's articles (their numbers), newest first; sorted again only for the
    entities whose articles changed, or that hold an article whose sort key changed."""

    def __init__(self) -> None:
        self._newest: ById[tuple] = ById()
        self._members_of = PerId(_newest_members)

    def __call__(
        self,
        keys: Sequence[str],
        mentions: Sequence[Mapping[float, int]],
        ids: Sequence[float],
        newest: Sequence[tuple],
    ) -> list[tuple[float, ...]]:
        last = self._newest
        changed = last.changed(ids, newest)
        olds = last.olds(ids, changed)
        moved = {ids[i] for i, old in zip(changed, olds, strict=True) if old != newest[i]}
        redo = []
        if moved:
            redo = [i for i, found in enumerate(mentions) if not found.keys().isdisjoint(moved)]
        self._newest = ById(ids, list(newest))
        return self._members_of(keys, mentions, dict(zip(ids, newest, strict=True)), None, redo)


@dataclass(frozen=True)
class _Articles:
    """What the entity pages made again read: the articles' entries and rankings by number,
    the page names, and the co-mentions that still hold, by entity key."""

    ids: Sequence[float]
    entries: Sequence[Entry]
    ranked_keys: Sequence[tuple[str, ...]]
    naming: Naming
    co_mentions: Mapping[str, tuple[tuple[EntityRef, int], ...]]

    @cached_property
    def entry_of(self) -> dict[float, Entry]:
        return dict(zip(self.ids, self.entries, strict=True))

    @cached_property
    def ranked_of(self) -> dict[float, tuple[str, ...]]:
        return dict(zip(self.ids, self.ranked_keys, strict=True))


def _entity_page(
    item: tuple[str, EntityRef, tuple[str, ...], tuple[float, ...]], articles: _Articles
) -> Entity:
    key, ref, aliases, group = item
    co_mentions = articles.co_mentions.get(key)
    if co_mentions is None:
        together = tuple(map(articles.ranked_of.__getitem__, group))
        refs, names = articles.naming.refs, articles.naming.names
        co_mentions = tuple([(refs[k], n) for k, n in _ranked_co_mentions(key, together, names)])
    entries = tuple(map(articles.entry_of.__getitem__, group))
    return Entity(ref.name, ref.kind, ref.slug, aliases, entries, co_mentions)


class EntityPages:
    """Entities made again only when their articles, their entries or what the articles
    say together may have changed; the rest are last call's objects.

    An article whose entry changed (or that is new) may have changed the page and
    co-mentions of every entity it names. An entity it no longer names, or that a deleted
    article named, has other members: a new `members` tuple. Co-mentions, the costly part
    (counted over all of an entity's articles), are worked out from the naming alone (each
    entity's articles, their rankings, the page names), so while the naming is last call's
    object (an edit that keeps its article's names) they are last call's too.
    """

    def __init__(self) -> None:
        self._entries: ById[Entry] = ById()
        self._naming: Naming | None = None
        self._made: ById[Entity] = ById()
        self._pages = PerId(_entity_page, parts=4)

    def __call__(
        self,
        naming: Naming,
        members: Sequence[tuple[float, ...]],
        ids: Sequence[float],
        entries: Sequence[Entry],
        ranked_keys: Sequence[tuple[str, ...]],
    ) -> list[Entity]:
        dirty: set[str] = set()
        for index in self._entries.changed(ids, entries):
            dirty.update(ranked_keys[index])
        keys, place = naming.keys, naming.place
        kept = {}
        if naming is self._naming:
            kept = {key: self._made.get(key).co_mentions for key in dirty if key in place}
        articles = _Articles(ids, entries, ranked_keys, naming, kept)
        columns = (keys, naming.refs_in_order, naming.aliases, members)
        redo = [place[key] for key in dirty if key in place]
        made = self._pages(keys, columns, articles, None, redo)
        self._entries, self._naming, self._made = (
            ById(ids, list(entries)),
            naming,
            ById(keys, made),
        )
        return made


def _ranked_co_mentions(
    key: str, article_keys: tuple[tuple[str, ...], ...], names: Mapping[str, str]
) -> list[tuple[str, int]]:
    """An entity's ten most co-mentioned entities, with the number of articles together;
    ties by name.

    `article_keys` are the entity keys of each of its articles. The count is the one part of linking
    that grows with the square of entities per article, so it runs in Counter's C loop, and
    is redone only for the entities of articles whose entry changed (`EntityPages`).
    """
    together = Counter(chain.from_iterable(article_keys))
    del together[key]
    ranked = together.most_common()
    if len(ranked) > 10:
        # Every key counted as often as the tenth can win the tie by name.
        tenth = ranked[9][1]
        ranked = [kn for kn in ranked if kn[1] >= tenth]
    return sorted(ranked, key=lambda kn: (-kn[1], names[kn[0]]))[:10]


def newest_first(entry: Entry, _: None) -> tuple:
    """An entry's sort key: newest first, then by title and slug."""
    return (-entry.article.date.timestamp(), entry.article.title.casefold(), entry.slug)


class NewestEntries:
    """The entries newest first (ties in article order), corrected by difference: the
    entries whose sort key changed, came or went are taken out and put back in by bisection
    instead of sorting 10,000 entries again."""

    def __init__(self) -> None:
        self._newest: ById[tuple] = ById()
        self._order: list[tuple[tuple, float]] = []  # (sort key, article number), sorted

    def __call__(
        self, ids: Sequence[float], entries: Sequence[Entry], newest: Sequence[tuple]
    ) -> tuple[Entry, ...]:
        last = self._newest
        changed = last.changed(ids, newest)
        gone = last.gone(ids)
        if 8 * (len(changed) + len(gone)) > len(ids):
            # Numbers increase along the list, so ties go to the earlier article.
            order = sorted(zip(newest, ids, strict=True))
        else:
            order = list(self._order)
            out = [*gone, *(ids[i] for i in changed)]
            for id_, before in zip(
                out, [*map(last.get, gone), *last.olds(ids, changed)], strict=True
            ):
                if before is not None:
                    del order[bisect_left(order, (before, id_))]
            for i in changed:
                insort(order, (newest[i], ids[i]))
        self._newest, self._order = ById(ids, list(newest)), order
        by_id = dict(zip(ids, entries, strict=True))
        return tuple(map(by_id.__getitem__, map(_SECOND, order)))


_SECOND = itemgetter(1)
