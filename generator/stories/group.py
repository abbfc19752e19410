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
from generator.stories.similarity import Scratch, Table, TimeFade, pairs, quantised
from generator.stories.state import NAMES, GrouperState
from generator.stories.vectors import ArticleVector, Vectorizer

# Articles whose candidates are compared in one go: enough that the fixed cost of the array
# operations is shared, few enough that their dense matrix (their features × themselves)
# stays small.
_COMPARED_AT_ONCE = 32


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
        self._table = Table()  # the vectors' features, concatenated (see `similarity`)
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
        # How many names of each list (`state.NAMES`) the last saved state held.
        self.names_saved = dict.fromkeys(NAMES, 0)

    @property
    def state(self) -> GrouperState:
        """What a build saves of the grouper and restores in the next process."""
        return GrouperState(self)

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
        self._table.compact()
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
            self._table.rows(list(self._vectors), self._vectors)  # all at once
        asked: list[tuple[str, list[str]]] = []
        for key in sorted(upserts):
            others = [k for k in index.candidates(key) if k not in upserts or k > key]
            asked.append((key, sorted(others)))
            if len(asked) == _COMPARED_AT_ONCE:
                self._compare_many(asked)
                asked = []
        self._compare_many(asked)
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
        self._table.discard(key)
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
        return self._compare_many([(key, others)])[0]

    def _compare_many(self, asked: Sequence[tuple[str, Sequence[str]]]) -> list[list[str]]:
        """`_compare` for each (key, others), in that order, their similarities worked out
        all at once."""
        vectors, table = self._vectors, self._table
        counts = [len(others) for _, others in asked]
        if not any(counts):
            return [[] for _ in asked]
        rows = table.rows(
            [key for key, _ in asked] + [k for _, others in asked for k in others], vectors
        )
        values, word_cosines = pairs(
            table,
            np.repeat(rows[: len(asked)], counts),
            rows[len(asked) :],
            self._scratch,
            self._fade,
        )
        links, threshold = self._links, self._threshold
        gate = word_cosines >= WORD_COSINE_GATE
        # Only the pairs that may tie: at least the threshold, or alike enough to be copies.
        kept = np.flatnonzero(gate | (values >= threshold)).tolist()
        may_copy, kept_values = gate[kept].tolist(), values[kept].tolist()
        found: list[list[str]] = []
        at = start = 0
        for (key, others), count in zip(asked, counts, strict=True):
            tied = []
            end = start + count
            while at < len(kept) and kept[at] < end:
                other, value = others[kept[at] - start], kept_values[at]
                copy = may_copy[at] and are_copies(self._shingle(key), self._shingle(other))
                if copy:
                    self._copies[key].add(other)
                    self._copies[other].add(key)
                if copy or value >= threshold:
                    links[key][other] = links[other][key] = value
                    tied.append(other)
                at += 1
            if tied:
                self._touched.add(key)
                self._touched.update(tied)
            found.append(tied)
            start = end
        return found

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
        return self.totals_of([(members, groups)])[0]

    def totals_of(
        self, asked: Sequence[tuple[Sequence[str], Sequence[Sequence[str]]]]
    ) -> list[list[int]]:
        """`totals` of several (members, groups) at once: one block of similarities, every
        asked members against every asked group, of which the asked parts are summed."""
        found: list[list[int] | None] = []
        rest = []
        for members, groups in asked:
            if not groups:
                found.append([])
                continue
            if len(members) == 1 and all(len(g) == 1 for g in groups):
                # One article against single ones: the linked pairs' values are known.
                row = self._links[members[0]]
                if all(g[0] in row for g in groups):
                    found.append([row[g[0]] for g in groups])
                    continue
            found.append(None)
            rest.append((len(found) - 1, members, groups))
        if not rest:
            return found  # type: ignore[return-value]
        grouper = self._grouper
        vectors, table = grouper._vectors, grouper._table
        lefts, rights, sizes = [], [], []
        for _, members, groups in rest:
            others = [key for group in groups for key in group]
            rows = table.rows([*members, *others], vectors)
            # Every member with every other: the fewer articles on the left (see `pairs`).
            mine, theirs = rows[: len(members)], rows[len(members) :]
            if len(mine) > len(theirs):
                lefts.append(np.repeat(theirs, len(mine)))
                rights.append(np.tile(mine, len(theirs)))
            else:
                lefts.append(np.tile(mine, len(theirs)))
                rights.append(np.repeat(theirs, len(mine)))
            sizes.append((len(mine), len(theirs)))
        values, _ = pairs(
            table, np.concatenate(lefts), np.concatenate(rights), grouper._scratch, grouper._fade
        )
        start = 0
        for (at, _, groups), (members, others) in zip(rest, sizes, strict=True):
            end = start + members * others
            # Laid out other by other, each against every member.
            sums = values[start:end].reshape(others, members).sum(axis=1)
            starts = np.cumsum([0, *(len(group) for group in groups[:-1])])
            found[at] = np.add.reduceat(sums, starts).tolist()
            start = end
        return found  # type: ignore[return-value]


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
