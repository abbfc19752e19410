"""Average-linkage agglomerative clustering, redone after a change by replaying the last run.

Start with each group of copies as one cluster and every other article alone; repeatedly
join the two clusters with the highest average similarity between their articles, while it
is at least the threshold. Pairs that were not compared, or whose similarity is below the
floor, count as 0. Average linkage rather than single linkage (connected components): one
strong link no longer chains two events together; a cluster must be close to the other on
average. Ties go to the pair whose clusters' smallest keys come first, so the result
depends on nothing but the articles.

Similarities are summed as integers (`QUANTUM` is 1.0), so a cluster pair's total, and so
its average, is the same bits whatever order it was added up in.

After a change most of the last run's merges still happen. A cluster is "clean" while it
holds no changed article and has only made the merges the last run made; clean clusters
keep no link totals and follow the last run's list of merges, which stays right for them
because nothing they are made of changed. Clusters holding a changed article, and any
clean cluster whose next recorded merge can no longer happen, are "dirty": their totals are
worked out from the pairs, and their candidate merges are kept in a heap. At each step the
better of the next recorded merge and the heap's best is made (recorded merges are the best
among clean pairs, since clean pairs' averages are unchanged). A cold run is the same with
no record and every cluster dirty. Average linkage never merges at a height above an
earlier merge's (it is reducible), so the record, sorted by height, is the order merges
were made in.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

QUANTUM = 1 << 32  # fixed-point unit of a similarity in the totals


@dataclass(frozen=True)
class Merge:
    """One merge of a run: clusters known by their smallest key, `first` < `second`."""

    order: tuple[float, str, str]  # (-average, first, second): the order merges are made in
    sizes: tuple[int, int]

    @property
    def first(self) -> str:
        return self.order[1]

    @property
    def second(self) -> str:
        return self.order[2]


_ORDER = attrgetter("order")  # sorting by the tuple compares in C, not with Merge.__lt__


def quantised(similarity: float) -> int:
    """A similarity as the integer the totals add up."""
    return round(similarity * QUANTUM)


class _Run:
    """The state of one clustering run over a set of articles."""

    def __init__(
        self,
        members: Sequence[str],
        edges: Mapping[str, Mapping[str, int]],
        copy_groups: Iterable[Sequence[str]],
        threshold: float,
    ) -> None:
        self.edges = edges
        self.threshold = threshold
        self.cluster_of: dict[str, str] = {key: key for key in members}
        self.inside: dict[str, list[str]] = {key: [key] for key in members}
        for group in copy_groups:
            first = min(group)
            for key in group:
                if key != first:
                    del self.inside[key]
                    self.cluster_of[key] = first
            self.inside[first] = sorted(group)
        self.dirty: set[str] = set()
        self.links: dict[str, dict[str, int]] = {}  # dirty cluster → neighbour → total
        self.watchers: dict[str, set[str]] = {}  # clean cluster → dirty clusters linked to it
        self.version: dict[str, int] = dict.fromkeys(self.inside, 0)
        self.heap: list[tuple[float, str, str, int, int]] = []
        self.merges: list[Merge] = []

    def make_dirty(self, cluster: str) -> None:
        """Work out a cluster's totals with its neighbours and offer its merges."""
        if cluster in self.dirty:
            return
        self.dirty.add(cluster)
        totals: dict[str, int] = {}
        cluster_of, edges = self.cluster_of, self.edges
        for key in self.inside[cluster]:
            for other, q in edges.get(key, {}).items():
                target = cluster_of.get(other)
                if target is not None and target != cluster:
                    totals[target] = totals.get(target, 0) + q
        self.links[cluster] = totals
        # Dirty neighbours hold their totals with it already; it watches no one's now.
        self.watchers.pop(cluster, None)
        for other in sorted(totals):
            if other not in self.dirty:
                self.watchers.setdefault(other, set()).add(cluster)
            self.offer(cluster, other)

    def offer(self, a: str, b: str) -> None:
        """Push the pair's merge if its average reaches the threshold."""
        total = self.links[a][b] if a in self.dirty else self.links[b][a]
        average = total / QUANTUM / (len(self.inside[a]) * len(self.inside[b]))
        if average >= self.threshold:
            lo, hi = (a, b) if a < b else (b, a)
            heapq.heappush(self.heap, (-average, lo, hi, self.version[lo], self.version[hi]))

    def best_offer(self) -> tuple[float, str, str] | None:
        """The heap's best pair still current, or None."""
        heap, version = self.heap, self.version
        while heap:
            neg, lo, hi, vlo, vhi = heap[0]
            if version.get(lo) == vlo and version.get(hi) == vhi:
                return (neg, lo, hi)
            heapq.heappop(heap)
        return None

    def join(self, merge: Merge) -> None:
        """Make a merge; the joined cluster keeps `first` (the smaller key)."""
        self.merges.append(merge)
        first, second = merge.first, merge.second
        dirty = first in self.dirty or second in self.dirty
        if dirty:
            # Both need their totals before they become one.
            self.make_dirty(first)
            self.make_dirty(second)
        moved = self.inside.pop(second)
        for key in moved:
            self.cluster_of[key] = first
        self.inside[first].extend(moved)
        del self.version[second]
        self.version[first] += 1
        if dirty:
            self._join_dirty(first, second)
        else:
            self._join_clean(first, second)

    def _join_dirty(self, first: str, second: str) -> None:
        links_first = self.links[first]
        links_second = self.links.pop(second)
        self.dirty.discard(second)
        links_first.pop(second, None)
        links_second.pop(first, None)
        for other, total in links_second.items():
            links_first[other] = links_first.get(other, 0) + total
        for other in sorted(links_first):
            if other in self.dirty:
                row = self.links[other]
                row.pop(second, None)
                row[first] = links_first[other]
            else:
                watching = self.watchers.setdefault(other, set())
                watching.discard(second)
                watching.add(first)
            self.offer(first, other)

    def _join_clean(self, first: str, second: str) -> None:
        # Most clean merges have no dirty neighbour: nothing to allocate for them.
        watching_first = self.watchers.pop(first, None)
        watching_second = self.watchers.pop(second, None)
        if not watching_first and not watching_second:
            return
        watching = (watching_first or set()) | (watching_second or set())
        self.watchers[first] = watching
        for other in sorted(watching):
            row = self.links[other]
            row[first] = row.pop(first, 0) + row.pop(second, 0)
            self.offer(other, first)


def average_linkage(
    members: Sequence[str],
    edges: Mapping[str, Mapping[str, int]],
    copy_groups: Iterable[Sequence[str]],
    threshold: float,
    record: Iterable[Merge],
    changed: Collection[str],
) -> tuple[list[list[str]], list[Merge]]:
    """Clusters of `members` (each sorted, by first key) and the merges made, in order.

    `edges[a][b]` is the `quantised` similarity of a and b (both ways; only members count).
    `copy_groups` are disjoint groups of members, each starting as one cluster. `record` is
    the last run's merges among these articles, complete for every member not in `changed`:
    the new ones and those whose pairs or copies changed since (on a cold run, all).
    """
    run = _Run(members, edges, copy_groups, threshold)
    for cluster in sorted({run.cluster_of[key] for key in changed if key in run.cluster_of}):
        run.make_dirty(cluster)
    replay = sorted(record, key=_ORDER)
    position = 0
    while True:
        recorded = None
        while position < len(replay):
            merge = replay[position]
            a, b = merge.first, merge.second
            if (
                a in run.inside
                and b in run.inside
                and a not in run.dirty
                and b not in run.dirty
                # A clean cluster is the same set as last time; the sizes also catch a
                # record whose equal-height merges sorted in another order than made.
                and (len(run.inside[a]), len(run.inside[b])) == merge.sizes
            ):
                recorded = merge
                break
            # The merge can no longer happen: whichever of its clusters is still clean
            # goes its own way from here.
            for cluster in (a, b):
                if cluster in run.inside and cluster not in run.dirty:
                    run.make_dirty(cluster)
            position += 1
        offered = run.best_offer()
        if recorded is not None and (offered is None or recorded.order <= offered):
            position += 1
            run.join(recorded)
        elif offered is not None:
            _, lo, hi = offered
            heapq.heappop(run.heap)
            run.join(Merge(offered, (len(run.inside[lo]), len(run.inside[hi]))))
        else:
            break
    clusters = [sorted(keys) for keys in run.inside.values()]
    clusters.sort()
    return clusters, run.merges
