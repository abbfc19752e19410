"""Results of the last call, reused in the next one for what did not change.

`digest serve` runs the link and render stages over the whole corpus after every save, yet
most of their work belongs to single articles, entities or pages whose inputs did not
change. These helpers keep the last call's results (bounded by the corpus, never more)
and give back the very same objects for unchanged inputs, so that later stages can tell
"unchanged" by identity. Every helper returns exactly what a fresh computation would; the
tests compare both.

State is replaced, never changed, at the end of each call, so a call running beside another
(two builds in threads) sees a consistent previous state and at worst recomputes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Given = TypeVar("Given")
Result = TypeVar("Result")


class Remembered(Generic[Key, Given, Result]):
    """A pure function of one item (an article's mentions, a group's records), remembered
    for the items of the last call.

    `compute(item, given)` also depends on `given`, common to the corpus (the editor's
    rules), which `given_key` stands for: when that differs from the last call's, nothing is
    reused. Results are shared between calls, so callers must not change them.

    `by_identity` finds an item only when it is the very object of the last call (an
    unchanged article's analysis is), without hashing its contents; an equal copy is
    computed again. `key_of` finds items by another key, such as the identities of their
    parts. Each item is kept beside its result, so no id in a key can be
    reused by another object while the result is remembered.
    """

    def __init__(
        self,
        compute: Callable[[Key, Given], Result],
        by_identity: bool = False,
        key_of: Callable[[Key], Hashable] | None = None,
    ):
        self._compute = compute
        self._key_of = id if by_identity else key_of
        self._last: tuple[Hashable, dict[Hashable, tuple[Key, Result]]] = (None, {})

    def __call__(self, inputs: Sequence[Key], given: Given, given_key: Hashable) -> list[Result]:
        last_key, last = self._last
        known = last if given_key == last_key else {}
        keys = inputs if self._key_of is None else map(self._key_of, inputs)
        results: dict[Hashable, tuple[Key, Result]] = {}
        out = []
        # One pass, with the lookups bound to locals: `digest serve` runs a dozen of these
        # over all 10,000 articles of a corpus on every save.
        get, get_known, append, compute = results.get, known.get, out.append, self._compute
        for key, item in zip(keys, inputs, strict=True):
            found = get(key)
            if found is None:
                found = get_known(key)
                if found is None:
                    found = (item, compute(item, given))
                results[key] = found
            append(found[1])
        self._last = (given_key, results)
        return out

    def clear(self) -> None:
        self._last = (None, {})


def clear() -> None:
    """Forget every remembered result (benchmarks and tests compare with a cold start)."""
    for forget in _registered_clear:
        forget()


def on_clear(forget: Callable[[], None]) -> None:
    """Have `clear` call `forget` too (for state kept elsewhere)."""
    _registered_clear.append(forget)


_registered_clear: list[Callable[[], None]] = []


def remember(
    compute: Callable[[Key, Given], Result],
    by_identity: bool = False,
    key_of: Callable[[Key], Hashable] | None = None,
) -> Remembered[Key, Given, Result]:
    """A `Remembered` memo of `compute`, forgotten by `clear`."""
    memo = Remembered(compute, by_identity, key_of)
    on_clear(memo.clear)
    return memo


class Stable(Generic[Key]):
    """Values made afresh on every call, replaced by last call's equal value of the same
    owner, so that unchanged values keep their identity from call to call.

    Owners are compared by identity (an article object), or by value with `by_value` (an
    entity's key); the values by `==`.
    """

    def __init__(self, by_value: bool = False) -> None:
        self._by_value = by_value
        self._last: dict[Hashable, tuple[object, Key]] = {}

    def __call__(self, owners: Sequence[object], values: Sequence[Key]) -> list[Key]:
        last = self._last
        kept: dict[Hashable, tuple[object, Key]] = {}
        out = []
        by_value = self._by_value
        for owner, value in zip(owners, values, strict=True):
            slot = owner if by_value else id(owner)
            old = last.get(slot)
            if old is not None and (by_value or old[0] is owner) and old[1] == value:
                value = old[1]
            kept[slot] = (owner, value)
            out.append(value)
        self._last = kept
        return out

    def clear(self) -> None:
        self._last = {}


def stable(by_value: bool = False) -> Stable:
    """A `Stable`, forgotten by `clear`."""
    made: Stable = Stable(by_value)
    on_clear(made.clear)
    return made


_ABSENT = object()


class Inverted(Generic[Key, Result]):
    """Per-position maps (position → {key: value}) turned into per-key maps (key →
    {position: value}, positions in order), kept between calls and corrected by difference.

    Only the positions whose map is not last call's very object are read again, and only
    the keys they hold get a new dict; every other key keeps last call's dict object, so
    later stages can tell unchanged keys by identity. When many positions changed (an
    article inserted near the start shifts all after it), the maps are inverted afresh.
    """

    def __init__(self) -> None:
        self._maps: list[Mapping[Key, Result]] = []
        self._by_key: dict[Key, dict[int, Result]] = {}

    def __call__(self, maps: Sequence[Mapping[Key, Result]]) -> dict[Key, dict[int, Result]]:
        last = self._maps
        changed = [
            i
            for i in range(max(len(maps), len(last)))
            if i >= len(maps) or i >= len(last) or maps[i] is not last[i]
        ]
        if 4 * len(changed) > len(maps):
            by_key = self._afresh(maps)
        else:
            by_key = dict(self._by_key)
            touched: dict[Key, dict[int, Result]] = {}
            for i in changed:
                before = last[i] if i < len(last) else {}
                after = maps[i] if i < len(maps) else {}
                # A key whose value is the same object is not touched: its dict stays.
                for key in before.keys() - after.keys():
                    if key not in touched:
                        touched[key] = dict(by_key[key])
                    del touched[key][i]
                for key, value in after.items():
                    if before.get(key, _ABSENT) is not value:
                        if key not in touched:
                            touched[key] = dict(by_key.get(key, {}))
                        touched[key][i] = value
            for key, positions in touched.items():
                if positions:
                    by_key[key] = dict(sorted(positions.items()))
                else:
                    del by_key[key]
        self._maps, self._by_key = list(maps), by_key
        return by_key

    def _afresh(self, maps: Sequence[Mapping[Key, Result]]) -> dict[Key, dict[int, Result]]:
        by_key: dict[Key, dict[int, Result]] = {}
        for i, found in enumerate(maps):
            for key, value in found.items():
                by_key.setdefault(key, {})[i] = value
        # Equal dicts keep last call's object, as the corrected path would.
        last = self._by_key
        for key, positions in by_key.items():
            old = last.get(key)
            if old is not None and old == positions:
                by_key[key] = old
        return by_key

    def clear(self) -> None:
        self._maps, self._by_key = [], {}


def inverted() -> Inverted:
    """An `Inverted`, forgotten by `clear`."""
    made: Inverted = Inverted()
    on_clear(made.clear)
    return made
