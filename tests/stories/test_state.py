"""The grouper's saved state: a new grouper restored from it, then told what changed, is
exactly a cold grouper of the same articles."""

from __future__ import annotations

import dataclasses
import hashlib
import random

import msgspec
import pytest

from generator.stories import StoryGrouper, StorySettings
from generator.stories.state import StateError
from tests.fixtures.stories.articles import inputs
from tests.stories.test_incremental import edit, variants

SETTINGS = StorySettings()


def fingerprint(article) -> bytes:
    return hashlib.blake2b(repr(article).encode(), digest_size=16).digest()


def restored(rows: dict[str, bytes], current: dict, cap: int) -> StoryGrouper:
    """A new grouper from saved rows, brought up to `current` as a build would."""
    grouper = StoryGrouper(SETTINGS, cap=cap)
    saved = grouper.state.restore(rows)
    same = [a for key, a in current.items() if saved.get(key) == fingerprint(a)]
    grouper.resume(same)
    unchanged = {a.key for a in same}
    grouper.update(
        [a for key, a in current.items() if key not in unchanged],
        [key for key in saved if key not in current],
    )
    return grouper


@pytest.mark.parametrize("cap", [10, 2])
def test_a_restored_grouper_after_random_edits_equals_a_cold_one(cap):
    rng = random.Random(19)
    pool = variants()
    current = {a.key: a for a in rng.sample(pool, 30)}
    grouper = StoryGrouper(SETTINGS, cap=cap)
    grouper.group(current.values())
    rows, gone = grouper.state.saved({k: fingerprint(a) for k, a in current.items()})
    assert not gone
    for step in range(25):
        for _ in range(rng.randint(1, 3)):
            action = rng.randrange(4)
            if action == 0:
                article = rng.choice(pool)
                current[article.key] = article
            elif action == 1:
                key = rng.choice(sorted(current))
                current[key] = edit(rng, current[key], pool)
            elif action == 2:
                key = rng.choice(sorted(current))
                article = current.pop(key)
                current[key + "-renamed"] = dataclasses.replace(article, key=key + "-renamed")
            elif len(current) > 3:
                del current[rng.choice(sorted(current))]
        # A new process: the saved rows, then only what changed.
        grouper = restored(rows, current, cap)
        cold = StoryGrouper(SETTINGS, cap=cap)
        assert grouper.stories() == cold.group(current.values()), f"step {step}"
        assert grouper._links == cold._links
        assert grouper._merges == cold._merges
        # Saved by difference, as `digest build` does.
        changed, gone = grouper.state.saved({k: fingerprint(a) for k, a in current.items()})
        rows = {k: v for k, v in {**rows, **changed}.items() if k not in gone}
        assert rows.keys() - {"\0words", "\0entities", "\0blocking"} == current.keys()


def test_only_the_changed_story_is_saved_again():
    current = {a.key: a for a in inputs()}
    grouper = StoryGrouper(SETTINGS)
    grouper.group(current.values())
    grouper.state.saved({k: fingerprint(a) for k, a in current.items()})
    current["rate-june"] = dataclasses.replace(current["rate-june"], text="Rates rose again.")
    grouper.group(current.values())
    changed, gone = grouper.state.saved({k: fingerprint(a) for k, a in current.items()})
    names = {"\0words", "\0entities", "\0blocking"}  # new words were numbered
    assert {"rate-june", "rate-june-2"} <= changed.keys() <= {"rate-june", "rate-june-2", *names}
    assert not gone


def test_records_that_do_not_fit_together_are_refused():
    pool = variants()
    current = {a.key: a for a in pool[:12]}
    grouper = StoryGrouper(SETTINGS)
    grouper.group(current.values())
    rows, _ = grouper.state.saved({k: fingerprint(a) for k, a in current.items()}, True)
    linked = next(k for k in current if grouper._links[k])
    other = next(iter(grouper._links[linked]))
    broken = {k: v for k, v in rows.items() if k != other}
    with pytest.raises(StateError, match=r"both ways|not saved"):
        StoryGrouper(SETTINGS).state.restore(broken)
    with pytest.raises(StateError, match="cannot be read"):
        StoryGrouper(SETTINGS).state.restore({**rows, linked: b"[1, 2]"})
    # Plain JSON, no pickle: a record reads back as a JSON array.
    assert isinstance(msgspec.json.decode(rows[linked]), list)


def test_saved_rows_are_encoded_as_they_are_read(monkeypatch):
    # A whole corpus's records are not held encoded at once: each is encoded when the
    # state's writer reads it.
    from generator.stories import state

    current = {a.key: a for a in variants()[:12]}
    grouper = StoryGrouper(SETTINGS)
    grouper.group(current.values())
    rows, _ = grouper.state.saved({k: fingerprint(a) for k, a in current.items()}, True)
    encoded = []
    encode = state._encode
    monkeypatch.setattr(state, "_encode", lambda *args: encoded.append(args[1]) or encode(*args))
    names = {"\0words", "\0entities", "\0blocking"}
    assert set(rows) == current.keys() | names and len(rows) == len(current) + 3
    assert not encoded
    items = iter(rows.items())
    read = [next(items) for _ in range(len(names) + 1)]
    assert len(encoded) == 1 and read[-1][0] == encoded[0]
    rest = dict(items)
    assert len(encoded) == len(current)
    with pytest.raises(KeyError):
        rows["no such article"]
    rows.add("\1summary", b"[]")
    assert rows["\1summary"] == b"[]" and len(rows) == len(current) + 4
    # Restored from them, a grouper has the same stories.
    again = StoryGrouper(SETTINGS)
    again.state.restore({**dict(read), **rest})
    again.resume(current.values())
    assert again.stories() == grouper.stories()
