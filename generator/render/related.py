"""Related articles: for each article, the (at most five) others that share the most of its
entities.

Each shared entity counts 1 / log2(1 + n), where n is the number of articles that
mention it: two articles that both name a minister's aide have more in common than two
that both name a country. An entity mentioned in more than `COMMON` of the articles (at
least `MIN_COMMON`, at most `MAX_COMMON`) is left out altogether, like a stop word: it
relates everything to everything and would cost a pass over thousands of articles per
article. The ceiling is a number of articles, not a share: with a share alone, each
article's candidates grow with the corpus and ranking them all grows with its square (at
100,000 articles an entity of 2,000 articles still counted). Ties go to the newer article,
then to the slug.

Once stories exist, the rest of an article's story is what should come first; this ranks
by entities only.

`RelatedArticles` keeps each article's answer between runs (`digest serve` asks for all of
them on every save), and between processes (`stored` and `restore`, kept by
`generator.build_state`: a one-article edit in a new `digest build` ranks again only the
articles the edit reaches, not all of them). An answer is reused at once when the
article's version and the entities around it are unchanged; an article that is looked at
again finds its answer under a key made of what it depends on: the article's slug and, for
each of its entities, which articles mention it and their dates. Editing an article's text
changes none of these, so the answers stay; an article that gains or loses an entity is
looked at again, with those that share an entity with it. (Those keys are kept within a
process only: after a restore, an article looked at again is ranked again.)
"""

from __future__ import annotations

import heapq
import math

from generator.build_state import StoredRelated
from generator.link.site import Entity, Entry, Site, version_of

LIMIT = 5
COMMON = 0.02
MIN_COMMON = 50
MAX_COMMON = 200


def common_bar(articles: int) -> int:
    """The number of articles above which an entity relates no articles (see above)."""
    return min(MAX_COMMON, max(MIN_COMMON, int(COMMON * articles)))


class RelatedArticles:
    """The related articles of every entry of a site, kept between calls."""

    def __init__(self) -> None:
        self._members: dict[bytes, bytes] = {}  # entity version → digest of its members
        self._known: dict[tuple, tuple[str, ...]] = {}  # key → related slugs
        self._shown: dict[bytes, tuple] = {}  # entry version → what a list of them shows
        self._common = 0  # the last call's `common`
        # The last call's entities that could relate articles (entity slug → version), and
        # its answers (entry slug → (entry version, related slugs)).
        self._rare: dict[str, bytes] = {}
        self._answers: dict[str, tuple[bytes, tuple[str, ...]]] = {}
        # Since the last `stored`: the entries answered afresh, and those no longer answered.
        self._unsaved: set[str] = set()
        self._gone: set[str] = set()

    def restore(self, saved: StoredRelated) -> None:
        """Start from the answers a saved run gave: the next call ranks only the entries
        whose version, or the entities around them, changed since."""
        self._common, self._rare = saved.common, dict(saved.rare)
        self._answers = dict(saved.answers)
        self._unsaved, self._gone = set(), set()

    def stored(self, everything: bool = False) -> StoredRelated:
        """The answers made since the last call of `stored` (`everything`: all of them), for
        `generator.build_state`."""
        answers = self._answers
        if not everything:
            answers = {slug: answers[slug] for slug in self._unsaved if slug in answers}
        saved = StoredRelated(self._common, dict(self._rare), answers, tuple(sorted(self._gone)))
        self._unsaved, self._gone = set(), set()
        return saved

    def __call__(self, site: Site) -> list[tuple[Entry, ...]]:
        """The related entries of each of `site.entries`, in that order."""
        common = common_bar(len(site.entries))
        by_slug = {entity.slug: entity for entity in site.entities}
        entries = {entry.slug: entry for entry in site.entries}
        rare = {e.slug: e.version for e in site.entities if len(e.entries) <= common}
        # An answer still holds when its entry is the same and none of the entities that
        # relate articles changed around it: each changed (or no longer, or newly, rare)
        # entity's articles are looked at again, as is every article whose own version
        # changed (its entities are in its version). Without a last call, all of them.
        reached: set[str] | None = None
        if common == self._common:
            reached = set()
            last = self._rare
            for slug, version in rare.items():
                if last.get(slug) != version:
                    reached.update(entry.slug for entry in by_slug[slug].entries)
            for slug in last.keys() - rare.keys():
                entity = by_slug.get(slug)
                if entity is not None:
                    reached.update(entry.slug for entry in entity.entries)
        stamps: dict[str, float] = {}  # filled on the first article ranked afresh
        answers, new_answers = self._answers, {}
        members = {}
        known, found = self._known, {}
        related = []
        for entry in site.entries:
            answer = answers.get(entry.slug) if reached is not None else None
            if answer is not None and answer[0] == entry.version and entry.slug not in reached:
                new_answers[entry.slug] = answer
                related.append(tuple(entries[slug] for slug in answer[1]))
                continue
            chosen = []
            for ref in entry.entities:
                entity = by_slug.get(ref.slug)
                if entity is not None and len(entity.entries) <= common:
                    chosen.append(entity)
            digests = []
            for entity in chosen:
                digest = members.get(entity.version) or self._members.get(entity.version)
                if digest is None:
                    digest = version_of(tuple((e.slug, e.article.date) for e in entity.entries))
                members[entity.version] = digest
                digests.append(digest)
            key = (entry.slug, *digests)
            slugs = found.get(key)
            if slugs is None:
                slugs = known.get(key)
            if slugs is None:
                if not stamps:
                    stamps.update((e.slug, e.article.date.timestamp()) for e in site.entries)
                slugs = _rank(entry, chosen, stamps)
            found[key] = slugs
            new_answers[entry.slug] = (entry.version, slugs)
            self._unsaved.add(entry.slug)
            related.append(tuple(entries[slug] for slug in slugs))
        gone = answers.keys() - new_answers.keys()
        self._gone = (self._gone | gone) - new_answers.keys()
        self._unsaved &= new_answers.keys()
        self._members, self._known = members, found
        self._common, self._rare, self._answers = common, rare, new_answers
        return related

    def shown(self, related: list[tuple[Entry, ...]]) -> list[tuple]:
        """For each list of `related` entries, what the list shows of them (slug, title,
        date, source): an edit to a related article's text re-renders no page that lists it.
        """
        known, found = self._shown, {}
        lists = []
        for entries in related:
            shown = []
            for entry in entries:
                version = entry.version
                item = found.get(version) or known.get(version)
                if item is None:
                    article = entry.article
                    item = (entry.slug, article.title, article.date, article.meta.source)
                found[version] = item
                shown.append(item)
            lists.append(tuple(shown))
        self._shown = found
        return lists


def _rank(entry: Entry, entities: list[Entity], stamps: dict[str, float]) -> tuple[str, ...]:
    """The slugs of the `LIMIT` entries that share the most weight of `entities`; `stamps`
    holds every entry's date as a timestamp, by slug."""
    scores: dict[str, float] = {}
    get = scores.get
    for entity in entities:
        weight = 1.0 / math.log2(1 + len(entity.entries))
        for other in entity.entries:
            slug = other.slug
            scores[slug] = get(slug, 0.0) + weight
    scores.pop(entry.slug, None)
    candidates: list[str] | dict[str, float] = scores
    if len(scores) > LIMIT:
        # Only entries within rounding of the LIMIT-th best score can make the list: the
        # full sort key (rounded score, date, slug) is worked out for those alone.
        floor = heapq.nlargest(LIMIT, scores.values())[-1] - 1e-8
        candidates = [slug for slug, score in scores.items() if score >= floor]
    ranked = sorted(candidates, key=lambda slug: (-round(scores[slug], 9), -stamps[slug], slug))
    return tuple(ranked[:LIMIT])
