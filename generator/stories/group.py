"""Grouping articles into stories, cold or after a change, with the same result either way.

`StoryGrouper` keeps, between calls, each article's vector, the candidate index, the
links (pairs of compared articles at least the threshold, with their similarity), the
copies and the last clustering's merges. After articles are added, edited, renamed or
deleted it compares only those articles with their candidates, fixes the pairs whose
comparison the change shifted (see `candidates`), and clusters again only the stories
the change reaches, replaying the recorded merges it leaves valid (see `cluster`);
everything else keeps its stories. Because a pair's similarity depends on the pair alone
(`similarity`), the compared pairs are always a cold run's and the clustering of a part of
the corpus depends on that part alone, the result is exactly what grouping every article
from scratch gives, in any input order.

Links are what a story grows along; averages count every pair, worked out on demand from
the vectors (`_Totals`), so the cap on comparisons (`candidates.CAP`) bounds the links
without lowering an average.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from generator.stories.candidates import CAP, CandidateIndex
from generator.stories.cluster import Merge, Part, cluster
from generator.stories.copies import WORD_COSINE_GATE, are_copies, shingles
from generator.stories.headline import central_title
from generator.stories.model import Stories, Story, StoryInput
from generator.stories.settings import StorySettings
from generator.stories.similarity import Batch, Scratch, TimeFade, quantised, similarities
from generator.stories.state import GrouperState
from generator.stories.vectors import ArticleVector, Vectorizer


def group_stories(
    articles: Iterable[StoryInput], settings: StorySettings, *, cap: int = CAP
) -> Stories:
    """Group the articles into stories from scratch (see `StoryGrouper` to regroup cheaply;
    `cap` is `candidates.CAP`)."""
    return StoryGrouper(settings, cap=cap).group(articles)


class StoryGrouper:
    """Groups articles into stories and keeps what it needs to regroup after a change."""

    def __init__(self, settings: StorySettings, *, cap: int = CAP) -> None:
        self.settings = settings
        self._vectorizer = Vectorizer(settings.language)
        self._fade = TimeFade(settings.window_days)
        self._index = CandidateIndex(self._fade.limit, cap)
        self._scratch = Scratch()
        # A pair whose similarity reaches the threshold has at least this quantised value.
        self._threshold = quantised(settings.threshold)
        self._touched: set[str] = set()  # articles whose saved state is out of date
        self._inputs: dict[str, StoryInput] = {}
        self._vectors: dict[str, ArticleVector] = {}
        self._shingles: dict[str, frozenset[int]] = {}
        self._links: dict[str, dict[str, int]] = {}  # quantised similarity, both ways
        self._copies: dict[str, set[str]] = {}
        self._merges: dict[str, Merge] = {}  # the last clustering's merges, by second key
        self._story_of: dict[str, Story] = {}
        self._keys: list[str] = []  # story keys, sorted
        self._stories: dict[str, Story] = {}
        self._state = GrouperState(self)

    @property
    def state(self) -> GrouperState:
        """What a build saves of the grouper and restores in the next process."""
        return self._state

    def load(self) -> None:
        """Load what vectors in the site's language need (`Vectorizer.load`), which the
        first article grouped would otherwise pay for."""
        self._vectorizer.load()

    def group(self, articles: Iterable[StoryInput]) -> Stories:
        """The stories of exactly these articles; only what changed since the last call
        (articles added, changed, or gone, by key) is worked out again."""
        wanted: dict[str, StoryInput] = {}
        for article in articles:
            if article.key in wanted:
                raise ValueError(f"two articles have the key {article.key!r}")
            wanted[article.key] = article
        old = self._inputs
        gone = [key for key in self._vectors if key not in wanted]
        changed = [a for key, a in wanted.items() if (b := old.get(key)) is not a and b != a]
        return self.update(changed, gone)

    def update(self, upserts: Iterable[StoryInput], removals: Iterable[str] = ()) -> Stories:
        """Add or replace `upserts` (by key) and remove the articles keyed `removals`."""
        upserts = {a.key: a for a in upserts}
        removed = {key for key in removals if key in self._vectors and key not in upserts}
        out = removed | (upserts.keys() & self._vectors.keys())
        # Articles whose copies change: their clusters start differently this time.
        changed = self._copy_reach(out) | upserts.keys()
        index = self._index
        closer: set[tuple[str, str]] = set()
        for key in sorted(out):
            # Pairs the article's going brings within the cap, if they were not compared.
            closer.update(
                (a, b)
                for a, b in index.closer(key)
                if a not in out and b not in out and not index.compared(a, b)
            )
            index.remove(key)
            self._take_out(key)
        lost: list[tuple[str, str]] = []
        # Into an empty index (a cold run) at once: no pair of other articles can shift.
        cold = not self._vectors
        for key in sorted(upserts):
            vector = self._vectorizer.vector(upserts[key])
            self._inputs[key] = upserts[key]
            self._vectors[key] = vector
            self._links[key], self._copies[key] = {}, set()
            if not cold:
                lost += index.add(vector)
        if cold:
            index.bulk(self._vectors.values())
        for key in sorted(upserts):
            others = [k for k in index.candidates(key) if k not in upserts or k > key]
            self._compare(key, sorted(others))
        # Pairs of other articles whose comparison the change shifted: a link that lost its
        # comparison goes, a pair newly compared may link. Both ends' clusters must look
        # again at what they are linked to.
        for a, b in lost:
            if (
                a not in upserts
                and b not in upserts
                and self._tied(a, b)
                and not index.compared(a, b)
            ):
                changed |= self._copy_reach({a, b})
                self._untie(a, b)
        by_first: dict[str, list[str]] = {}
        for a, b in sorted(closer):
            if a not in upserts and b not in upserts and index.compared(a, b):
                by_first.setdefault(a, []).append(b)
        for a, others in by_first.items():
            for b in self._compare(a, others):
                changed |= {a, b}
        changed = (changed | self._copy_reach(changed & self._copies.keys())) - removed
        self._touched |= removed
        self._regroup(changed, removed)
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

    def resume(self, inputs: Iterable[StoryInput]) -> None:
        """After `state.restore`: the inputs of the restored articles that did not change
        (those that did go through `update`)."""
        for article in inputs:
            if article.key in self._vectors:
                self._inputs[article.key] = article

    def _take_out(self, key: str) -> None:
        """Drop an article's vector, links and copies (its story is dropped by `_regroup`)."""
        del self._vectors[key]
        self._inputs.pop(key, None)
        self._shingles.pop(key, None)
        for other in self._links.pop(key):
            del self._links[other][key]
            self._touched.add(other)
        for other in self._copies.pop(key):
            self._copies[other].discard(key)
            self._touched.add(other)

    def _compare(self, key: str, others: Sequence[str]) -> list[str]:
        """Compare one article with others: link the pairs at least the threshold and
        tie the copies; the others it got tied to."""
        if not others:
            return []
        vector = self._vectors[key]
        self._fit()
        values, word_cosines = similarities(
            vector, Batch([self._vectors[k] for k in others]), self._scratch, self._fade
        )
        links, threshold = self._links, self._threshold
        tied = []
        for other, value, words in zip(others, values.tolist(), word_cosines.tolist(), strict=True):
            copy = words >= WORD_COSINE_GATE and are_copies(
                self._shingle(key), self._shingle(other)
            )
            if copy:
                self._copies[key].add(other)
                self._copies[other].add(key)
            if copy or value >= threshold:
                links[key][other] = links[other][key] = value
                tied.append(other)
        if tied:
            self._touched.add(key)
            self._touched.update(tied)
        return tied

    def _tied(self, a: str, b: str) -> bool:
        return b in self._links[a] or b in self._copies[a]

    def _untie(self, a: str, b: str) -> None:
        self._links[a].pop(b, None)
        self._links[b].pop(a, None)
        self._copies[a].discard(b)
        self._copies[b].discard(a)
        self._touched |= {a, b}

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

    def _fit(self) -> None:
        numbers = self._vectorizer
        self._scratch.fit(
            len(numbers.word_numbers), len(numbers.entity_numbers), len(numbers.blocking_numbers)
        )

    def _regroup(self, changed: set[str], removed: set[str]) -> None:
        """Cluster again the stories of the changed and removed articles, and those the
        run reaches from them; replace the stories that came out different."""
        taken: dict[str, Story] = {}
        for key in sorted(changed | removed):
            story = self._story_of.get(key)
            if story is not None:
                taken[story.key] = story
        members = {k for s in taken.values() for k in s.members if k in self._vectors}
        members |= changed
        record = self._take_record(taken.values())

        def expand(key: str) -> Part:
            story = self._story_of[key]
            taken[story.key] = story
            found = list(story.members)
            return Part(found, _copy_groups(found, self._copies), self._take_record([story]))

        ordered = sorted(members)
        start = Part(ordered, _copy_groups(ordered, self._copies), record)
        totals = _Totals(self)
        clusters, merges = cluster(totals, self.settings.threshold, start, changed, expand)
        for merge in merges:
            self._merges[merge.second] = merge
        old = set(taken.values())
        kept, made = set(), []
        for keys in clusters:
            # Same articles, none changed: the same story (dates and copies unchanged too).
            before = self._story_of.get(keys[0])
            if (
                before is not None
                and len(before.members) == len(keys)
                and changed.isdisjoint(keys)
                and set(before.members) == set(keys)
            ):
                kept.add(before)
            else:
                made.append(keys)
        for story in old - kept:
            self._drop(story)
        for story in self.stories_of(made):
            self._add(story)
        self._touched.update(k for keys in clusters for k in keys)

    def _take_record(self, stories: Iterable[Story]) -> list[Merge]:
        return [m for s in stories for key in s.members if (m := self._merges.pop(key, None))]

    def stories_of(self, clusters: Iterable[Sequence[str]]) -> list[Story]:
        """Stories of clusters of articles: members in time order, groups of copies."""
        stories = []
        for keys in clusters:
            ordered = sorted(keys, key=self._time_order)
            place = {key: i for i, key in enumerate(ordered)}
            groups = sorted(
                (sorted(g, key=place.__getitem__) for g in _copy_groups(ordered, self._copies)),
                key=lambda g: place[g[0]],
            )
            stories.append(Story(ordered[0], tuple(ordered), tuple(map(tuple, groups))))
        return stories

    def _time_order(self, key: str) -> tuple:
        minute = self._vectors[key].minute
        return (minute is None, minute or 0, key)

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


class _Totals:
    """The grouper's links and exact totals, as the clustering asks for them."""

    def __init__(self, grouper: StoryGrouper) -> None:
        self._grouper = grouper
        self._links = grouper._links

    def neighbours(self, key: str) -> Iterable[str]:
        return self._links[key]

    def totals(self, members: Sequence[str], groups: Sequence[Sequence[str]]) -> list[int]:
        if not groups:
            return []
        if len(members) == 1 and all(len(g) == 1 for g in groups):
            # One article against single ones: the linked pairs' values are known.
            row = self._links[members[0]]
            if all(g[0] in row for g in groups):
                return [row[g[0]] for g in groups]
        others = [key for group in groups for key in group]
        starts = np.cumsum([0, *map(len, groups)])
        if len(others) < len(members):
            # Similarities are symmetric to the bit: loop over the smaller side.
            sums = np.array([int(self._sums(key, members).sum()) for key in others], np.int64)
        else:
            sums = np.zeros(len(others), np.int64)
            batch = self._batch(others)
            for key in members:
                sums += self._sums(key, others, batch)
        return [int(sums[a:b].sum()) for a, b in _spans(starts)]

    def _batch(self, keys: Sequence[str]) -> Batch:
        return Batch([self._grouper._vectors[key] for key in keys])

    def _sums(self, key: str, others: Sequence[str], batch: Batch | None = None) -> np.ndarray:
        grouper = self._grouper
        grouper._fit()
        values, _ = similarities(
            grouper._vectors[key], batch or self._batch(others), grouper._scratch, grouper._fade
        )
        return values


def _spans(starts: np.ndarray) -> list[tuple[int, int]]:
    return list(zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True))


def _copy_groups(members: Iterable[str], copies: Mapping[str, set[str]]) -> list[list[str]]:
    """The groups of copies among `members` (each sorted, at least two), by first key."""
    seen: set[str] = set()
    groups = []
    for key in sorted(members):
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
