"""Column memos: results of the last call, reused in the next one for what did not change.

`digest serve` runs the link stage over the whole corpus after every save, yet most of its
work belongs to single articles or entities whose inputs did not change. These helpers keep
the last call's results (bounded by the corpus, never more) and give back the very same
objects for unchanged inputs, so that the link stage can tell "unchanged" by identity in C
loops and report what changed to the render stage. Every helper returns exactly what a
fresh computation would; the tests compare both.

Each memo is an object that the link stage's `Linker` (or its `Resolver`) owns: a new
linker starts cold by construction, and two linkers share nothing. State is replaced, never
changed, at the end of each call.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import compress, filterfalse, islice, repeat
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Given = TypeVar("Given")
Result = TypeVar("Result")

_ABSENT = object()


class Alignment:
    """This call's ids matched to last call's (each a sequence of distinct ids): where
    each id was, found once for every sequence kept by those ids, in C loops."""

    def __init__(self, last_ids: Sequence[Hashable], ids: Sequence[Hashable]):
        self.ids = ids
        self.same = ids is last_ids or ids == last_ids
        self._last_ids = last_ids
        self._index: list[int] = []
        if not self.same:
            position = dict(zip(last_ids, range(len(last_ids)), strict=True))
            # A new id points one past the end of last call's values, at `_ABSENT`.
            self._index = list(map(position.get, ids, repeat(len(last_ids))))

    def olds(self, last_values: Sequence, missing: object = _ABSENT) -> Sequence:
        """`last_values` (one per last call's id) in this call's order, `missing` for new
        ids."""
        if self.same:
            return last_values
        padded = [*last_values, missing]
        return list(map(padded.__getitem__, self._index))

    def changed(self, last_values: Sequence, values: Sequence) -> list[int]:
        """The positions in `values` whose value is not last call's object for the same
        id, new ids included."""
        flags = map(operator.is_not, values, self.olds(last_values))
        return list(compress(range(len(values)), flags))

    def gone(self) -> list[Hashable]:
        """Last call's ids that are not this call's, in order."""
        if self.same:
            return []
        return list(filterfalse(set(self.ids).__contains__, self._last_ids))


class ById(Generic[Result]):
    """One call's values, one per id (an article's number, an entity's key), kept to find
    the next call's changes.

    `changed` compares by identity in C loops (`map`, `compress`), so a memo over all 10,000
    articles of a corpus finds the one that changed without a Python loop over the others.
    The ids are kept as given, not copied (an unchanged list of ids is then found unchanged
    by identity): a caller must not change a sequence of ids it has passed to a memo.
    """

    def __init__(self, ids: Sequence[Hashable] = (), values: Sequence[Result] = ()):
        self.ids, self.values = ids, values
        self._position: dict[Hashable, int] | None = None
        self._aligned: Alignment | None = None

    def align(self, ids: Sequence[Hashable]) -> Alignment:
        """This call's ids matched to `ids` (worked out once for the same `ids` object: a
        call asks about the same list of article numbers several times)."""
        found = self._aligned
        if found is None or found.ids is not ids:
            found = self._aligned = Alignment(self.ids, ids)
        return found

    def get(self, id_: Hashable) -> Result | None:
        """The value of `id_`, or `None` when it had none."""
        if self._position is None:
            self._position = dict(zip(self.ids, range(len(self.ids)), strict=True))
        at = self._position.get(id_)
        return None if at is None else self.values[at]

    def changed(self, ids: Sequence[Hashable], values: Sequence[Result]) -> list[int]:
        """The positions in `values` (one per id in `ids`) whose value is not this call's
        object for the same id, new ids included."""
        return self.align(ids).changed(self.values, values)

    def at(self, ids: Sequence[Hashable]) -> list:
        """This call's values of `ids` (`None` for new ids)."""
        return list(self.align(ids).olds(self.values, None))

    def olds(self, ids: Sequence[Hashable], positions: Iterable[int]) -> list:
        """This call's values of the ids at `positions` in `ids` (`None` for new ids)."""
        return list(map(self.align(ids).olds(self.values, None).__getitem__, positions))

    def gone(self, ids: Sequence[Hashable]) -> list[Hashable]:
        """This call's ids that are not in `ids`, in order."""
        return self.align(ids).gone()


class PerId(Generic[Key, Given, Result]):
    """A pure function of one item, remembered per id (an article's number, an entity's
    key): an id whose item is last call's very object gets last call's result.

    Unlike `Remembered`, which looks every item up by a Python loop, the unchanged items are
    found in C loops (`Alignment.changed`), so a call over 10,000 articles of which one
    changed costs about a millisecond. With `parts` above one, the items are given as that
    many sequences (columns) and each item is the tuple of its parts, compared part by part.
    `given` and `given_key` are as for `Remembered`; `redo` names positions to compute
    again although their item is unchanged.
    """

    def __init__(self, compute: Callable[[Key, Given], Result], parts: int = 1):
        self._compute = compute
        self._parts = parts
        self._given_key: Hashable = _ABSENT
        self._ids: Sequence[Hashable] = ()
        self._columns: tuple[list, ...] = ()
        self._results: list[Result] = []

    def seed(
        self,
        ids: Sequence[Hashable],
        items: Sequence[Key] | Sequence[Sequence],
        results: Sequence[Result],
        given_key: Hashable,
    ) -> None:
        """Start as if the last call had been over `ids` and `items` (columns, when `parts`
        is above one) with `given_key`, and had given `results`: a new process restores what
        an earlier one worked out (`generator.link.saved`), and the next call computes only
        the items that are not these very objects."""
        columns = tuple(items) if self._parts > 1 else (items,)
        self._given_key, self._ids, self._results = given_key, list(ids), list(results)
        self._columns = tuple(list(column) for column in columns)

    def __call__(
        self,
        ids: Sequence[Hashable],
        items: Sequence[Key] | Sequence[Sequence],
        given: Given,
        given_key: Hashable,
        redo: Iterable[int] = (),
    ) -> list[Result]:
        """`compute(item, given)` for each item, `ids` naming them."""
        columns = tuple(items) if self._parts > 1 else (items,)
        compute = self._compute
        if given_key != self._given_key or not self._columns:
            whole = zip(*columns, strict=True) if self._parts > 1 else items
            results = list(map(compute, whole, repeat(given)))
        else:
            matched = Alignment(self._ids, ids)
            results = list(matched.olds(self._results))
            todo = set(redo)
            for column, last in zip(columns, self._columns, strict=True):
                todo.update(matched.changed(last, column))
            for i in todo:
                item = tuple([column[i] for column in columns]) if self._parts > 1 else items[i]
                results[i] = compute(item, given)
        self._given_key, self._ids, self._results = given_key, ids, results
        self._columns = tuple(list(column) for column in columns)
        return results


class Unchanged(Generic[Given, Result]):
    """A function of whole sequences (one value per id), whose last result is given back
    while every value is last call's object for the same id and `given_key` is equal.

    For the steps that read every group of the corpus at once (which names are given
    names, which surnames join which full names): a save that changes no article's names
    leaves their inputs as they were, and then costs a few C loops.
    """

    def __init__(
        self, compute: Callable[[Sequence[Hashable], tuple[Sequence, ...], Given], Result]
    ):
        self._compute = compute
        # ids, columns, given key, result
        self._last: tuple[Sequence[Hashable], tuple[list, ...], Hashable, Result] | None = None

    def __call__(
        self,
        ids: Sequence[Hashable],
        columns: tuple[Sequence, ...],
        given: Given,
        given_key: Hashable,
    ) -> Result:
        """`compute(ids, columns, given)`, or last call's result. Callers must not change it."""
        last = self._last
        if last is not None and last[2] == given_key:
            matched = Alignment(last[0], ids)
            if not matched.gone() and not any(map(matched.changed, last[1], columns)):
                return last[3]
        result = self._compute(ids, columns, given)
        self._last = (ids, tuple(list(column) for column in columns), given_key, result)
        return result


class Stable(Generic[Key]):
    """Values made afresh on every call, replaced by last call's equal value of the same id
    (an article's number, an entity's key), so that unchanged values keep their identity
    from call to call.

    Only the values that are not last call's objects are compared (by `==`); those are
    found in C loops (`ById.changed`).
    """

    def __init__(self) -> None:
        self._last: ById[Key] = ById()

    def __call__(self, ids: Sequence[Hashable], values: Sequence[Key]) -> list[Key]:
        last = self._last
        out = list(values)
        changed = last.changed(ids, values)
        for i, old in zip(changed, last.olds(ids, changed), strict=True):
            if old is not None and old == values[i]:
                out[i] = old
        self._last = ById(ids, out)
        return out


class Numbering:
    """Increasing numbers for a sequence of keys (article paths), each key keeping its
    number from call to call.

    State kept by position is lost for every article after one that is added or deleted;
    state kept by these numbers is not. Numbers increase along the sequence, so ordering by
    number is ordering by position: a cold start numbers 0, 1, 2 ..., and an article added
    between two others gets a number between theirs. When the kept numbers no longer
    increase (the sequence was reordered) or no number fits between two, every key is
    numbered afresh, which costs what a cold start does.
    """

    def __init__(self) -> None:
        self._keys: list[Hashable] = []
        self._numbers: list[float] = []
        self._by_key: dict[Hashable, float] = {}

    def __call__(self, keys: Sequence[Hashable]) -> list[float]:
        if keys == self._keys:
            return self._numbers
        numbers = _numbers_between(list(map(self._by_key.get, keys)))
        if numbers is None:
            numbers = list(range(len(keys)))
        self._keys, self._numbers = list(keys), numbers
        self._by_key = dict(zip(keys, numbers, strict=True))
        return numbers


def _numbers_between(known: list[float | None]) -> list[float] | None:
    """`known` with each run of `None` numbered between the numbers around it, or `None`
    when the known numbers do not increase or leave no room."""
    kept = [n for n in known if n is not None]
    if not kept or not _increasing(kept):
        return None
    numbers: list = known
    new = list(compress(range(len(known)), map(operator.is_, known, repeat(None))))
    while new:
        start = new[0]
        run = 1
        while run < len(new) and new[run] == start + run:
            run += 1
        del new[:run]
        end = start + run
        low = numbers[start - 1] if start else None
        high = numbers[end] if end < len(numbers) else None
        if low is None:
            numbers[start:end] = [high - run + j for j in range(run)]
        elif high is None:
            numbers[start:end] = [low + 1 + j for j in range(run)]
        else:
            step = (high - low) / (run + 1)
            numbers[start:end] = [low + step * (j + 1) for j in range(run)]
        # Halving the gap between two numbers runs out of floating-point precision after
        # about forty additions at one place.
        if not _increasing(numbers[max(start - 1, 0) : end + 1]):
            return None
    return numbers


def _increasing(numbers: Sequence[float]) -> bool:
    return all(map(operator.lt, numbers, islice(numbers, 1, None)))


class Inverted(Generic[Key, Result]):
    """Maps per id (id → {key: value}) turned into maps per key (key → {id: value}, ids in
    increasing order), kept between calls and corrected by difference.

    The ids are the articles' numbers (`Numbering`), or positions. Only the ids whose map
    is not last call's very object are read again, and only the keys they hold get a new
    dict; every other key keeps last call's dict object, so later stages can tell
    unchanged keys by identity. When many maps changed (the rules did), the maps are
    inverted afresh.
    """

    def __init__(self) -> None:
        self._last: ById[Mapping[Key, Result]] = ById()
        self._by_key: dict[Key, dict[Hashable, Result]] = {}

    def __call__(
        self, maps: Sequence[Mapping[Key, Result]], ids: Sequence[Hashable] | None = None
    ) -> dict[Key, dict[Hashable, Result]]:
        """The maps inverted; `ids` (increasing) number them, positions by default."""
        ids = range(len(maps)) if ids is None else ids
        last = self._last
        changed = last.changed(ids, maps)
        gone = last.gone(ids)
        if 4 * (len(changed) + len(gone)) > len(maps):
            by_key = self._afresh(maps, ids)
        else:
            by_key = dict(self._by_key)
            touched: dict[Key, dict[Hashable, Result]] = {}
            for id_ in gone:
                for key in last.get(id_):
                    if key not in touched:
                        touched[key] = dict(by_key[key])
                    del touched[key][id_]
            for i, before in zip(changed, last.olds(ids, changed), strict=True):
                id_, after, before = ids[i], maps[i], before or _NONE
                # A key whose value is the same object is not touched: its dict stays.
                for key in before.keys() - after.keys():
                    if key not in touched:
                        touched[key] = dict(by_key[key])
                    del touched[key][id_]
                for key, value in after.items():
                    if before.get(key, _ABSENT) is not value:
                        if key not in touched:
                            touched[key] = dict(by_key.get(key, {}))
                        touched[key][id_] = value
            for key, found in touched.items():
                if found:
                    by_key[key] = dict(sorted(found.items()))
                else:
                    del by_key[key]
        self._last, self._by_key = ById(ids, list(maps)), by_key
        return by_key

    def _afresh(
        self, maps: Sequence[Mapping[Key, Result]], ids: Sequence[Hashable]
    ) -> dict[Key, dict[Hashable, Result]]:
        by_key: dict[Key, dict[Hashable, Result]] = {}
        for id_, found in zip(ids, maps, strict=True):
            for key, value in found.items():
                by_key.setdefault(key, {})[id_] = value
        # Equal dicts keep last call's object, as the corrected path would.
        last = self._by_key
        for key, found in by_key.items():
            old = last.get(key)
            if old is not None and old == found:
                by_key[key] = old
        return by_key


_NONE: Mapping = {}
