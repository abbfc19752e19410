"""Average-linkage agglomerative clustering of one connected group of articles.

Start with each group of copies as one cluster and every other article alone; repeatedly
join the two clusters with the highest average similarity between their articles, while it
is at least the threshold. Averages count each group of copies as one text (each copy
weighs 1/size), so a wire story run by ten sites does not outvote the rest of a story.
Pairs that were not compared, or whose similarity is below the floor, count as 0.

Average linkage rather than single linkage (connected components): one strong link no
longer chains two events together; a cluster must be close to the other on average. Ties
are broken by the articles' keys, so the result depends on nothing but the articles.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence


def average_linkage(
    members: Sequence[str],
    edges: Mapping[str, Mapping[str, float]],
    copy_groups: Sequence[Sequence[str]],
    threshold: float,
) -> list[list[str]]:
    """Clusters of `members` (sorted keys), each sorted, in order of their first key.

    `edges[a][b]` is the similarity of a and b (symmetric, absent when below the floor);
    only edges between members count. `copy_groups` are disjoint groups of members.
    """
    number = {key: i for i, key in enumerate(members)}
    weight = [1.0] * len(members)
    # Every cluster is known by its smallest member number: then heap ties break by key.
    cluster = list(range(len(members)))
    for group in copy_groups:
        numbers = sorted(number[key] for key in group)
        for n in numbers:
            weight[n] = 1.0 / len(numbers)
            cluster[n] = numbers[0]
    size = [0.0] * len(members)
    inside: dict[int, list[int]] = {}
    for n, c in enumerate(cluster):
        size[c] += weight[n]
        inside.setdefault(c, []).append(n)
    links: dict[int, dict[int, float]] = {c: {} for c in set(cluster)}
    for a, key in enumerate(members):
        for other, similarity in sorted(edges.get(key, {}).items()):
            b = number.get(other)
            if b is None or b <= a or cluster[a] == cluster[b]:
                continue
            ca, cb = cluster[a], cluster[b]
            add = weight[a] * weight[b] * similarity
            links[ca][cb] = links[ca].get(cb, 0.0) + add
            links[cb][ca] = links[cb].get(ca, 0.0) + add
    version = dict.fromkeys(links, 0)
    heap = []
    for ca, row in links.items():
        for cb, total in row.items():
            if ca < cb and total / (size[ca] * size[cb]) >= threshold:
                heap.append((-total / (size[ca] * size[cb]), ca, cb, 0, 0))
    heapq.heapify(heap)
    while heap:
        _, ca, cb, va, vb = heapq.heappop(heap)
        if version.get(ca) != va or version.get(cb) != vb:
            continue  # a cluster changed or is gone since this entry was pushed
        # cb joins ca (ca < cb: the joined cluster keeps the smaller number)
        row_b = links.pop(cb)
        row_a = links[ca]
        del version[cb]
        row_a.pop(cb)
        for cc, total in row_b.items():
            if cc == ca:
                continue
            row_c = links[cc]
            row_c.pop(cb)
            joined = row_a.get(cc, 0.0) + total
            row_a[cc] = joined
            row_c[ca] = joined
        size[ca] += size[cb]
        version[ca] += 1
        for cc in sorted(row_a):
            average = row_a[cc] / (size[ca] * size[cc])
            if average >= threshold:
                lo, hi = (ca, cc) if ca < cc else (cc, ca)
                heapq.heappush(heap, (-average, lo, hi, version[lo], version[hi]))
        inside[ca].extend(inside.pop(cb))
    return [sorted(members[n] for n in inside[c]) for c in sorted(inside)]
