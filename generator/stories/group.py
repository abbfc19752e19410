"""Grouping articles into stories, cold or after a change, with the same result either way.

`StoryGrouper` keeps, between calls, each article's vector, the candidate index, the
similarities of compared pairs (those at least `FLOOR`) and the last clustering's merges.
After articles are added, edited, renamed or deleted it compares only those articles with
their candidates and clusters again only the connected groups they touch, replaying the
recorded merges that the change leaves valid (see `cluster`); everything else keeps its
stories. Because a pair's similarity depends on the pair alone (see `vectors`,
`candidates`) and the clustering of a connected group depends on that group alone, the
result is exactly what grouping every article from scratch gives, in any input order.

Two articles can only end up in one story through a chain of pairs each at least the
threshold (an average is never above its largest term), or of copies; so the graph of those
pairs splits the articles into independent groups.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping

from generator.stories.candidates import CandidateIndex
from generator.stories.cluster import Merge, average_linkage, quantised
from generator.stories.copies import WORD_COSINE_GATE, are_copies, shingles
from generator.stories.headline import central_title
from generator.stories.model import Stories, Story, StoryInput
from generator.stories.settings import StorySettings
from generator.stories.similarity import Scratch, combine, cosines, time_factor
from generator.stories.vectors import ArticleVector, Vectorizer

# Pairs less similar than this are not kept: they would only lower averages a little.
FLOOR = 0.05


def group_stories(articles: Iterable[StoryInput], settings: StorySettings) -> Stories:
    """Group the articles into stories from scratch (see `StoryGrouper` to regroup cheaply)."""
    return StoryGrouper(settings).group(articles)


class StoryGrouper:
    """Groups articles into stories and keeps what it needs to regroup after a change."""

    def __init__(self, settings: StorySettings) -> None:
        self.settings = settings
        self._floor = min(FLOOR, settings.threshold)
        self._vectorizer = Vectorizer(settings.language)
        self._index = CandidateIndex(settings.window_days)
        self._scratch = Scratch()
        self._inputs: dict[str, StoryInput] = {}
        self._vectors: dict[str, ArticleVector] = {}
        self._shingles: dict[str, frozenset[int]] = {}
        self._edges: dict[str, dict[str, int]] = {}  # quantised similarity ≥ floor, both ways
        self._strong: dict[str, set[str]] = {}  # similarity ≥ threshold, or copies
        self._copies: dict[str, set[str]] = {}
        self._merges: dict[str, Merge] = {}  # the last clustering's merges, by joining cluster
        self._story_of: dict[str, Story] = {}
        self._keys: list[str] = []  # story keys, sorted
        self._stories: dict[str, Story] = {}

    def group(self, articles: Iterable[StoryInput]) -> Stories:
        """The stories of exactly these articles; only what changed since the last call
        (articles added, changed, or gone, by key) is worked out again."""
        wanted: dict[str, StoryInput] = {}
        for article in articles:
            if article.key in wanted:
                raise ValueError(f"two articles have the key {article.key!r}")
            wanted[article.key] = article
        old = self._inputs
        gone = [key for key in old if key not in wanted]
        changed = [a for key, a in wanted.items() if (b := old.get(key)) is not a and b != a]
        return self.update(changed, gone)

    def update(self, upserts: Iterable[StoryInput], removals: Iterable[str] = ()) -> Stories:
        """Add or replace `upserts` (by key) and remove the articles keyed `removals`."""
        upserts = {a.key: a for a in upserts}
        removed = {key for key in removals if key in self._inputs and key not in upserts}
        # Articles whose copies change: their groups start differently this time.
        changed = self._copy_reach(removed | upserts.keys())
        for key in sorted(removed | (upserts.keys() & self._inputs.keys())):
            self._forget(key)
        seeds: set[str] = set()
        for key in sorted(upserts):
            vector = self._vectorizer.vector(upserts[key])
            self._inputs[key] = upserts[key]
            self._vectors[key] = vector
            self._edges[key], self._strong[key], self._copies[key] = {}, set(), set()
            self._index.add(vector)
        for key in sorted(upserts):
            self._compare(key, upserts)
            seeds |= self._strong[key]
        seeds = (seeds | upserts.keys()) - removed
        changed = (changed | self._copy_reach(upserts.keys())) - removed
        self._regroup(seeds, removed, changed)
        return self.stories()

    def stories(self) -> Stories:
        """The current stories, sorted by key."""
        return Stories(tuple(map(self._stories.__getitem__, self._keys)))

    def headline(self, story: Story) -> str:
        """The story's headline: its most central article's own headline (see `headline`)."""
        return central_title(
            [self._inputs[key].title for key in story.members],
            [self._vectors[key] for key in story.members],
            story.copies,
            story.members,
        )

    def _forget(self, key: str) -> None:
        """Drop an article's vector and pairs (its story is dropped by `_regroup`)."""
        self._index.remove(self._vectors.pop(key))
        del self._inputs[key]
        self._shingles.pop(key, None)
        for other in self._edges.pop(key):
            del self._edges[other][key]
        for other in self._strong.pop(key):
            self._strong[other].discard(key)
        for other in self._copies.pop(key):
            self._copies[other].discard(key)

    def _compare(self, key: str, batch: Mapping[str, StoryInput]) -> None:
        """Compare one article with its candidates (those in `batch` only once a pair)."""
        vector = self._vectors[key]
        others = sorted(k for k in self._index.candidates(vector) if k not in batch or k > key)
        if not others:
            return
        other_vectors = [self._vectors[k] for k in others]
        numbers = self._vectorizer
        self._scratch.fit(len(numbers.word_numbers), len(numbers.entity_numbers))
        words, entities = cosines(vector, other_vectors, self._scratch)
        has_entities = len(vector.entity_ids) > 0
        threshold, floor, window = self.settings.threshold, self._floor, self.settings.window_days
        for other, other_vector, w, e in zip(
            others, other_vectors, words.tolist(), entities.tolist(), strict=True
        ):
            fade = time_factor(vector.day, other_vector.day, window)
            if fade == 0.0:
                continue
            both = has_entities and len(other_vector.entity_ids) > 0
            similarity = fade * combine(w, e, both)
            if similarity >= floor:
                self._edges[key][other] = self._edges[other][key] = quantised(similarity)
            copy = w >= WORD_COSINE_GATE and are_copies(self._shingle(key), self._shingle(other))
            if copy:
                self._copies[key].add(other)
                self._copies[other].add(key)
            if copy or similarity >= threshold:
                self._strong[key].add(other)
                self._strong[other].add(key)

    def _copy_reach(self, keys: Iterable[str]) -> set[str]:
        """The keys and every article joined to one of them through copies."""
        found = {key for key in keys if key in self._copies}
        stack = list(found)
        while stack:
            for other in self._copies[stack.pop()]:
                if other not in found:
                    found.add(other)
                    stack.append(other)
        return found | set(keys)

    def _shingle(self, key: str) -> frozenset[int]:
        found = self._shingles.get(key)
        if found is None:
            article = self._inputs[key]
            found = self._shingles[key] = shingles(article.title, article.text)
        return found

    def _regroup(self, seeds: set[str], removed: set[str], changed: set[str]) -> None:
        """Cluster again every connected group holding a seed, replaying the last run's
        merges for what did not change; replace the stories that came out different."""
        region: set[str] = set()
        stack = sorted(seeds)
        dropped: list[Story] = []
        for key in removed:
            story = self._story_of.get(key)
            if story is not None:
                dropped.append(story)
        while stack or dropped:
            while stack:
                key = stack.pop()
                if key in region:
                    continue
                region.add(key)
                story = self._story_of.get(key)
                if story is not None:
                    dropped.append(story)
                stack.extend(self._strong[key] - region)
            # A dropped story's other articles are clustered again too: an edit or a deletion
            # may have cut them off from the changed article's connected group.
            for story in dropped:
                stack.extend(k for k in story.members if k in self._inputs and k not in region)
            dropped = []
        record = [m for key in region | removed if (m := self._merges.pop(key, None))]
        members = sorted(region)
        copy_groups = _copy_groups(members, self._copies)
        clusters, merges = average_linkage(
            members, self._edges, copy_groups, self.settings.threshold, record, changed
        )
        for merge in merges:
            self._merges[merge.second] = merge
        old = {story for key in region | removed if (story := self._story_of.get(key))}
        kept, made = set(), []
        for cluster in clusters:
            # Same articles, none changed: the same story (dates and copies unchanged too).
            before = self._story_of.get(cluster[0])
            if (
                before is not None
                and len(before.members) == len(cluster)
                and changed.isdisjoint(cluster)
                and set(before.members) == set(cluster)
            ):
                kept.add(before)
            else:
                made.append(cluster)
        for story in old - kept:
            self._drop(story)
        for story in self._stories_of(made, copy_groups):
            self._add(story)

    def _stories_of(self, clusters: list[list[str]], copy_groups: list[list[str]]) -> list[Story]:
        group_of = {group[0]: group for group in copy_groups}
        stories = []
        for cluster in clusters:
            ordered = sorted(cluster, key=self._time_order)
            place = {key: i for i, key in enumerate(ordered)}
            groups = sorted(
                (sorted(group_of[k], key=place.__getitem__) for k in cluster if k in group_of),
                key=lambda g: place[g[0]],
            )
            stories.append(Story(ordered[0], tuple(ordered), tuple(map(tuple, groups))))
        return stories

    def _time_order(self, key: str) -> tuple:
        day = self._vectors[key].day
        return (day is None, day or 0.0, key)

    def _add(self, story: Story) -> None:
        self._stories[story.key] = story
        insort(self._keys, story.key)
        for key in story.members:
            self._story_of[key] = story

    def _drop(self, story: Story) -> None:
        if self._stories.get(story.key) is story:
            del self._stories[story.key]
            del self._keys[bisect_left(self._keys, story.key)]
        for key in story.members:
            if self._story_of.get(key) is story:
                del self._story_of[key]


def _copy_groups(members: list[str], copies: Mapping[str, set[str]]) -> list[list[str]]:
    """The groups of copies among `members` (each sorted, at least two), by first key."""
    seen: set[str] = set()
    groups = []
    for key in members:
        if key in seen or not copies.get(key):
            continue
        group, stack = {key}, [key]
        while stack:
            for other in copies[stack.pop()]:
                if other not in group:
                    group.add(other)
                    stack.append(other)
        seen |= group
        groups.append(sorted(group))
    return groups
