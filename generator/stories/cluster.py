"""Average-linkage agglomerative clustering over a sparse graph, redone after a change by
replaying the last run on the part of the corpus the change reaches.

Start with each group of copies as one cluster and every other article alone; repeatedly
join the two *linked* clusters with the highest average similarity between their
articles, while it is at least the threshold. Two clusters are linked when some pair of
their articles is (see `group`: compared and at least the threshold). The average counts
every pair of the two clusters, linked or not (`Links.totals` works out the exact integer
sum on demand), so bounding the links bounds the work without lowering any average. Ties
go to the pair whose clusters' smallest keys come first.

Every merge has an `order`: (−average, first key, second key). Plain average linkage makes
merges in increasing order (it is reducible). Here a merge can link two clusters that
were not linked before, whose average can then beat the merge that linked them; such an
offer is ordered right after that merge instead (its order is the forming merge's, with
its own keys appended). So orders always increase: sorted by order, a run's merges are
the order it made them in, and "before the last merge" has a meaning.

After a change most of the last run's merges still happen. A cluster is "clean" while it
holds no changed article and has only made the merges the last run made; clean clusters
keep no totals and follow the last run's record, which stays right for them because
nothing they are made of changed. Clusters holding a changed article, and any clean
cluster whose next recorded merge can no longer happen, are "dirty": their totals with
the clusters they are linked to are worked out, and each keeps its best possible merge
(the least order among its pairs that reach the threshold), the dirty clusters' bests in a
heap. At each step the better of the next recorded merge and the heap's best is made.

Keeping one best per cluster rather than every pair's offer (the "generic" algorithm of
Müllner 2011) keeps the heap to one entry per change of a cluster's best: after a merge
the joined cluster's pairs are looked over once, and a neighbour's pairs only if its best
was a pair with one of the two joined clusters, and then only when that lost best reaches
the front of the heap (its other pairs come no earlier than it did; by then the neighbour
may have merged itself, or lost its best to several merges). A heap of every pair's offer
held mostly stale ones, one per pair each time either side merged.

The run starts with the stories of the changed articles and takes in other stories only
when a dirty cluster gets linked to one of their articles (`expand`); a story taken in
late has its recorded merges made up to the last merge at once, since until then nothing
dirty could reach it. Stories never reached keep their clusters. A cold run is the same
with every article in the first part, no record and every cluster dirty.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from generator.stories.similarity import QUANTUM

Order = tuple  # (−average, first, second), or a forming merge's order with (first, second)


@dataclass(frozen=True)
class Merge:
    """One merge of a run: clusters known by their smallest key, `first` < `second`."""

    order: Order
    sizes: tuple[int, int]

    @property
    def first(self) -> str:
        return self.order[-2]

    @property
    def second(self) -> str:
        return self.order[-1]


@dataclass(frozen=True)
class Part:
    """Articles taken into a run: their groups of copies (each starts as one cluster)
    and the merges the last run made among them."""

    members: Sequence[str]
    copy_groups: Iterable[Sequence[str]]
    record: Iterable[Merge]


class Links(Protocol):
    """The similarities a run needs."""

    def neighbours(self, key: str) -> Iterable[str]:
        """The articles linked to `key`."""

    def totals(self, members: Sequence[str], groups: Sequence[Sequence[str]]) -> list[int]:
        """For each group, the sum of the quantised similarities of its articles with
        `members` (every pair, linked or not)."""

    def totals_of(
        self, asked: Sequence[tuple[Sequence[str], Sequence[Sequence[str]]]]
    ) -> list[list[int]]:
        """`totals(members, groups)` for each of several (members, groups), at once."""


def cluster(
    links: Links,
    threshold: float,
    start: Part,
    changed: Collection[str],
    expand: Callable[[str], Part],
) -> tuple[list[list[str]], list[Merge]]:
    """Clusters (each sorted, by first key) of `start` and of every part `expand` gave for
    an article the run reached outside them, and the merges made.

    `start.record` is the last run's merges among its members, complete for every member
    not in `changed` (on a cold run, none). `expand(key)` is called once for an article of
    no part yet and returns its part (its story: the members of a story stay together
    unless the run reaches them)."""
    run = _Run(links, threshold, expand)
    run.take(start)
    dirty = {run.cluster_of[key] for key in changed if key in run.cluster_of}
    if not run.record and len(dirty) == len(run.inside):
        run.make_all_dirty()  # a cold run, in short
    else:
        for cluster in sorted(dirty):
            run.make_dirty(cluster)
    run.replay()
    clusters = sorted(sorted(keys) for keys in run.inside.values())
    return clusters, run.merges


class _Run:
    """The state of one clustering run."""

    def __init__(self, links: Links, threshold: float, expand: Callable[[str], Part]) -> None:
        self.links = links
        self.threshold = threshold
        self.expand = expand
        self.cluster_of: dict[str, str] = {}
        self.inside: dict[str, list[str]] = {}
        self.formed: dict[str, Order] = {}  # a cluster's forming merge's order
        self.version: dict[str, int] = {}
        self.dirty: set[str] = set()
        self.rows: dict[str, dict[str, int]] = {}  # dirty cluster → linked cluster → total
        self.watchers: dict[str, set[str]] = {}  # clean cluster → dirty clusters linked to it
        # dirty cluster → the least order of its pairs that reach the threshold (None: none)
        self.best: dict[str, Order | None] = {}
        self.queue: list[tuple[Order, str]] = []  # (best, dirty cluster); stale once replaced
        # Dirty clusters whose best pair is gone: their `best` is only a bound on their
        # pairs' orders, worked out again when it reaches the front of the queue.
        self.stale: set[str] = set()
        # dirty cluster → the orders of its pairs that reach the threshold (few of them)
        self.above: dict[str, dict[str, Order]] = {}
        self.record: list[tuple[Order, Merge]] = []  # the last run's merges still to come
        self.merges: list[Merge] = []
        self.last: Order | None = None  # the order of the last merge made

    def take(self, part: Part) -> None:
        """Add a part's articles; make its recorded merges that come before the last."""
        for key in part.members:
            self.cluster_of[key] = key
            self.inside[key] = [key]
            self.version[key] = 0
        for group in part.copy_groups:
            first = min(group)
            for key in group:
                if key != first:
                    del self.inside[key], self.version[key]
                    self.cluster_of[key] = first
            self.inside[first] = sorted(group)
        for merge in sorted(part.record, key=_ORDER):
            if self.last is not None and merge.order < self.last:
                # Nothing dirty could reach it before: it happened as recorded.
                self._move(merge)
                self.merges.append(merge)
            else:
                heapq.heappush(self.record, (merge.order, merge))

    def replay(self) -> None:
        """Make merges until none is left that reaches the threshold."""
        while True:
            recorded = None
            while self.record:
                merge = self.record[0][1]
                if self._valid(merge):
                    recorded = merge
                    break
                heapq.heappop(self.record)
                # The merge can no longer happen: whichever of its clusters is still clean
                # goes its own way from here.
                for cluster in (merge.first, merge.second):
                    if cluster in self.inside and cluster not in self.dirty:
                        self.make_dirty(cluster)
            offered = self._best_offer()
            if recorded is not None and (offered is None or recorded.order <= offered):
                heapq.heappop(self.record)
                self._join(recorded)
            elif offered is not None:
                first, second = offered[-2], offered[-1]
                self._join(Merge(offered, (len(self.inside[first]), len(self.inside[second]))))
            else:
                return

    def make_dirty(self, cluster: str) -> None:
        """Work out a cluster's totals with the clusters it is linked to, and offer its
        merges; take in the stories of linked articles the run has not reached yet."""
        if cluster in self.dirty:
            return
        self.dirty.add(cluster)
        linked: set[str] = set()
        for key in self.inside[cluster]:
            for other in self.links.neighbours(key):
                target = self.cluster_of.get(other)
                if target is None:
                    self.take(self.expand(other))
                    target = self.cluster_of[other]
                if target != cluster:
                    linked.add(target)
        # (Here and below the order clusters are visited in changes nothing: totals are
        # exact, and each step makes the one merge of least order.)
        row: dict[str, int] = {}
        missing = []
        rows = self.rows
        for other in linked:
            # A dirty neighbour holds its total with the cluster (and has weighed the pair).
            total = rows[other].get(cluster) if other in rows else None
            if total is None:
                missing.append(other)
            else:
                row[other] = total
        groups = [self.inside[other] for other in missing]
        for other, total in zip(
            missing, self.links.totals(self.inside[cluster], groups), strict=True
        ):
            row[other] = total
        rows[cluster] = row
        # It watches no one now.
        self.watchers.pop(cluster, None)
        for other in missing:
            if other in self.dirty:
                rows[other][cluster] = row[other]
                self._improve(other, cluster)
            else:
                self.watchers.setdefault(other, set()).add(cluster)
        self._rescan(cluster)

    def make_all_dirty(self) -> None:
        """`make_dirty` for every cluster, when none has a record to follow: a lone
        article linked only to lone articles has its links for totals."""
        grouped = {key for keys in self.inside.values() if len(keys) > 1 for key in keys}
        known = self.cluster_of.keys()
        alone, rest = [], []
        for cluster, keys in self.inside.items():
            links = self.links.neighbours(keys[0]) if len(keys) == 1 else None
            if isinstance(links, Mapping) and grouped.isdisjoint(links) and links.keys() <= known:
                self.dirty.add(cluster)
                self.rows[cluster] = dict(links)
                self.above[cluster] = {}
                alone.append(cluster)
            else:
                rest.append(cluster)
        # The others find their totals with the lone ones in the lone ones' rows.
        for cluster in rest:
            self.make_dirty(cluster)
        for cluster in alone:
            self._rescan(cluster)

    def _valid(self, merge: Merge) -> bool:
        first, second = merge.first, merge.second
        return (
            first in self.inside
            and second in self.inside
            and first not in self.dirty
            and second not in self.dirty
            # A clean cluster is the same set as last time; the sizes are a second check.
            and (len(self.inside[first]), len(self.inside[second])) == merge.sizes
        )

    def _order(self, a: str, b: str, total: int) -> Order | None:
        """The order of the pair's merge, or None if its average is under the threshold."""
        inside = self.inside
        average = total / QUANTUM / (len(inside[a]) * len(inside[b]))
        if average < self.threshold:
            return None
        first, second = (a, b) if a < b else (b, a)
        order: Order = (-average, first, second)
        formed = max(self.formed.get(a, ()), self.formed.get(b, ()))
        if order < formed:
            order = (*formed, first, second)  # never before the merge that linked them
        return order

    def _rescan(self, cluster: str) -> None:
        """Work out a dirty cluster's pairs that reach the threshold, and its best."""
        inside, threshold = self.inside, self.threshold
        size = len(inside[cluster])
        above = self.above[cluster] = {}
        for other, total in self.rows[cluster].items():
            # Most pairs are under the threshold: `_order`'s test, without its call.
            if total / QUANTUM / (size * len(inside[other])) >= threshold:
                order = self._order(cluster, other, total)
                if order is not None:
                    above[other] = order
        self._set_best(cluster, min(above.values(), default=None))

    def _improve(self, cluster: str, other: str) -> None:
        """A dirty cluster's pair with `other` is new or changed: it may be its best."""
        order = self._order(cluster, other, self.rows[cluster][other])
        above = self.above[cluster]
        if order is None:
            above.pop(other, None)
        else:
            above[other] = order
            best = self.best.get(cluster)
            if best is None or order < best:
                self._set_best(cluster, order)

    def _forget(self, cluster: str, other: str) -> None:
        """A dirty cluster's pair with `other` is gone (`other` joined another cluster)."""
        self.rows[cluster].pop(other, None)
        self.above[cluster].pop(other, None)

    def _set_best(self, cluster: str, best: Order | None) -> None:
        self.best[cluster] = best
        self.stale.discard(cluster)
        if best is not None:
            heapq.heappush(self.queue, (best, cluster))

    def _after_join(self, cluster: str, first: str, second: str) -> None:
        """A dirty cluster's pairs with `first` and `second` became one with `first`."""
        best = self.best.get(cluster)
        if best is not None and (best[-2] in (first, second) or best[-1] in (first, second)):
            # Its best pair is gone; the rest are no better than it was, so it stays a
            # bound until it comes up (when the cluster may have merged, or lost more).
            self.stale.add(cluster)
        self._improve(cluster, first)

    def _best_offer(self) -> Order | None:
        """The best merge of any dirty cluster, or None."""
        queue, best, stale = self.queue, self.best, self.stale
        while queue:
            order, cluster = queue[0]
            if best.get(cluster) is order:
                if cluster not in stale:
                    return order
                # Its pairs that reach the threshold are known: the best of them, if any.
                self._set_best(cluster, min(self.above[cluster].values(), default=None))
                continue
            heapq.heappop(queue)
        return None

    def _join(self, merge: Merge) -> None:
        first, second = merge.first, merge.second
        if first in self.dirty or second in self.dirty:
            # Both need their totals before they become one.
            self.make_dirty(first)
            self.make_dirty(second)
            self._join_dirty(merge)
        else:
            self._join_clean(merge)
        self.merges.append(merge)
        self.last = merge.order

    def _move(self, merge: Merge) -> None:
        """The second cluster's articles join the first; the joined cluster keeps `first`."""
        first, second = merge.first, merge.second
        moved = self.inside.pop(second)
        for key in moved:
            self.cluster_of[key] = first
        self.inside[first].extend(moved)
        del self.version[second]
        self.version[first] += 1
        self.formed.pop(second, None)
        self.formed[first] = merge.order

    def _join_dirty(self, merge: Merge) -> None:
        first, second = merge.first, merge.second
        row = self.rows[first]
        other_row = self.rows.pop(second)
        row.pop(second, None)
        other_row.pop(first, None)
        # A cluster linked to one side only: its total with the other side is new work.
        only_first = [key for key in row if key not in other_row]
        only_second = [key for key in other_row if key not in row]
        inside = self.inside
        add_second, add_first = self.links.totals_of(
            [
                (inside[second], [inside[k] for k in only_first]),
                (inside[first], [inside[k] for k in only_second]),
            ]
        )
        for key, total in other_row.items():
            row[key] = row.get(key, 0) + total
        for key, total in zip(only_first, add_second, strict=True):
            row[key] += total
        for key, total in zip(only_second, add_first, strict=True):
            row[key] += total
        self.dirty.discard(second)
        del self.best[second], self.above[second]
        self.stale.discard(second)
        self._move(merge)
        self._rescan(first)
        for other in row:
            if other in self.dirty:
                self._forget(other, second)
                self.rows[other][first] = row[other]
                self._after_join(other, first, second)
            else:
                watching = self.watchers.setdefault(other, set())
                watching.discard(second)
                watching.add(first)

    def _join_clean(self, merge: Merge) -> None:
        first, second = merge.first, merge.second
        # Most clean merges have no dirty neighbour: nothing to work out for them.
        watching = self.watchers.pop(first, set()) | self.watchers.pop(second, set())
        totals = {}
        asked, askers = [], []
        for other in sorted(watching):
            row, above = self.rows[other], self.above[other]
            totals[other] = 0
            for side in (first, second):
                above.pop(side, None)
                total = row.pop(side, None)
                if total is None:
                    asked.append((self.inside[other], [self.inside[side]]))
                    askers.append(other)
                else:
                    totals[other] += total
        for other, (total,) in zip(askers, self.links.totals_of(asked), strict=True):
            totals[other] += total
        self._move(merge)
        if watching:
            self.watchers[first] = watching
        for other, total in totals.items():
            self.rows[other][first] = total
            self._after_join(other, first, second)


def _ORDER(merge: Merge) -> Order:
    return merge.order
