"""Merges by spelling (part of step 5, see `merge`): near spellings, middle names, and one
word of a person's name used alone.

- the same letters spaced differently ("Abdulrahman"/"Abdul Rahman"), or "St" for "Saint",
  "Jnr" for "Jr";
- near spellings (`rapidfuzz`, optimal string alignment): names of the same type with the
  same number of words, each word that differs five letters or more and one edit apart (two
  for words of seven letters or more),
  at least 80 % alike, not two places the gazetteer knows apart ("Iran"/"Iraq" are also too
  short). Two such spellings of people in one article are two people unless their first
  words agree, or are two transliterations of one given name ("John Smith" and "Joan Smith"
  stay apart; "Mohamed Abdeslam" and "Mohamed Adbeslam", "Mohamed Abrini" and "Mohammad
  Abrini" are one); in different articles they must share context: some entity mentioned
  beside both;
- middle names and initials: "Vladimir V. Putin" is the one "Vladimir Putin";
- a pet name beside the full given name and the surname in one article ("Barry Obama",
  "Barack Obama");
- a middle name alone in the articles of its one person, no one's first name or surname
  ("Terrell" beside "Tony Terrell Robinson Jr.");
- one word of a person's name alone: the first word, in the articles that name the person
  ("Hishammuddin" beside "Hishammuddin Hussein", whatever the model typed it), or, typed a
  person, of the corpus's one person of that first name with context shared, a surname
  one edit off ("Abbaoud" for Abaaoud), and a surname that ends one person only once the
  other merges are made ("Papandreou" once "George A. Papandreou" is "George Papandreou");
  a surname of several words alone ("Boone Isaacs") is the one person whose name it ends.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from generator.analyse.mentions.cues import REGNAL, RELATIVE
from generator.analyse.mentions.labels import KINDS, kind_of_label
from generator.link.countries import country_of, is_demonym
from generator.link.gazetteer import Place, place_strength
from generator.link.groups import GroupView
from generator.link.name_lists import (
    GENERATIONS,
    is_given_name,
    is_nickname,
    is_surname,
    legal_stem,
)
from generator.link.records import PERSON_COMPATIBLE_CUES, no_kind_cue
from generator.link.voting import body_of_the_lists
from generator.text.names import CONNECTORS

_MIN_LENGTH = 6
_MIN_SIMILARITY = 0.85
# Near spellings are looked for among names this alike: two edits in a surname of eight
# letters ("Zara Phillips"/"Zara Philipps", "Muammar Gaddaffi"/"Moammar Gadhafi") are less
# alike than `_MIN_SIMILARITY` as a whole, and `_near` judges each word.
_NEAR_SIMILARITY = 0.80
_MIN_WORD = 5
_LONG_WORD = 7
# Entities named beside both a surname alone and the one person whose surname it is one edit
# off, in different articles, for the surname to be that person's misspelt.
_NEAR_SURNAME_CONTEXT = 2
_SAINT = re.compile(r"\b(?:st|saint)\b")
# "Mt Cook" is "Mount Cook", "Ft Lauderdale" "Fort Lauderdale"; a word of the name must
# follow, as "FT" alone is the Financial Times.
_MOUNT_OR_FORT = {"mt": "mount", "ft": "fort"}
# "Jnr" and "Snr", as British papers write "Jr" and "Sr".
_GENERATION = re.compile(r"\b(j|s)n?r$")


class Unions:
    """Disjoint sets of keys, with the reason each key joined its set, and the keys that
    joined it as one part of a person's name (`person_parts`)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self.reason: dict[str, str] = {}
        # The merged entity is then that person, whatever the part's labels say ("Brahim",
        # which the model calls an organisation twice, beside "Brahim Abdeslam").
        self.person_parts: set[str] = set()

    def find(self, key: str) -> str:
        """The key that stands for `key`'s set."""
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def union(self, a: str, b: str, reason: str, person_part: bool = False) -> None:
        """Put `a` and `b` in one set; the first reason given for each key stays, and
        `person_part` says whether that reason files a part of a person's name under the
        person."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[rb] = ra
            for key in (a, b):
                if key not in self.reason:
                    self.reason[key] = reason
                    if person_part:
                        self.person_parts.add(key)

    def joined(self) -> set[str]:
        """The keys of every set of two keys or more."""
        return {self.find(k) for k in self.reason} | set(self.reason)

    def sets(self) -> list[list[str]]:
        """The sets of two keys or more, each sorted, in a fixed order."""
        found: dict[str, list[str]] = defaultdict(list)
        for key in set(self._parent) | set(self._parent.values()):
            found[self.find(key)].append(key)
        return sorted(sorted(members) for members in found.values() if len(members) > 1)


def shared_context(
    a: str, b: str, groups, by_article, at_least: int = 1, found: Unions | None = None
) -> bool:
    """Whether the articles of `a` and `b` mention other entities beside both (`at_least`
    of them); with `found`, names already joined count as one entity ("US" beside one,
    "U.S." beside the other)."""
    articles_a, articles_b = set(groups[a].group), set(groups[b].group)
    beside_a = {k for n in articles_a for k in by_article[n]} - {a, b}
    beside_b = {k for n in articles_b for k in by_article[n]} - {a, b}
    if found is not None:
        beside_a = {found.find(k) for k in beside_a}
        beside_b = {found.find(k) for k in beside_b}
    return len(beside_a & beside_b) >= at_least


def reigns_by(group: GroupView) -> bool:
    """Whether half the group's articles or more write its name after a monarch's or a
    pope's title ("Pope Francis", "King Salman"): a given name, no surname."""
    regnal = sum(1 for rec in group.records if rec.cues[REGNAL])
    return regnal > 0 and regnal * 2 >= len(group.records)


def used_apart(word: GroupView, person: GroupView) -> bool:
    """Whether a one-word name is used apart from the one person it could name: in three
    articles or more that do not name the person and where the model calls it no person,
    more than twice as many as name him ("the West" in 11 reports beside Kanye West's 3;
    "Trump" alone twice beside one "Donald Trump" may be his)."""
    apart = sum(
        1
        for article, rec in word.group.items()
        if article not in person.group
        and not any(kind_of_label(label) == "person" for label in rec.labels)
    )
    return apart >= 3 and apart > 2 * len(person.group)


def near_spellings(groups, kinds, by_article, found: Unions) -> None:
    """Spaced differently, "St" for "Saint", and near spellings (see the module)."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    squashed: dict[tuple[str, str], list[str]] = defaultdict(list)
    blocks: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for key in groups:
        if kinds[key] not in KINDS:
            continue
        # "Tall Grass Distribution Limited" is "TallGrass Distribution Ltd": an
        # organisation's legal form is left out, as `merge` leaves it out of its stem.
        stem = legal_stem(key) if kinds[key] == "organisation" else key
        stem = _GENERATION.sub(r"\1r", _SAINT.sub("saint", _mount_or_fort(stem)))
        squashed[(kinds[key], stem.replace(" ", ""))].append(key)
        if len(key.replace(" ", "")) >= _MIN_LENGTH:
            blocks[(kinds[key], len(key.split()), key[0])].append(key)
    for keys in squashed.values():
        for key in keys[1:]:
            found.union(keys[0], key, "the same name spaced or abbreviated differently")
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        for key in keys:
            for other, _, _ in extract(
                key, keys, scorer=OSA.normalized_similarity, score_cutoff=_NEAR_SIMILARITY
            ):
                if other > key and _near(key, other, kinds[key], groups, by_article, found):
                    found.union(key, other, "a near spelling")
    # The blocks keep apart names of other first letters, so a given name without its
    # opening vowel ("Brahim Abdeslam", "Ibrahim Abdeslam") is looked for on its own.
    for key in groups:
        other = key[1:]
        if (
            kinds[key] == "person"
            and key[0] in "aeiou"
            and " " in other
            and other in groups
            and kinds[other] == "person"
            and len(other.replace(" ", "")) >= _MIN_LENGTH
            and _near(key, other, "person", groups, by_article, found)
        ):
            found.union(other, key, "a near spelling")
    _first_letters_transliterated(groups, kinds, by_article, found)


def _mount_or_fort(key: str) -> str:
    words = key.split()
    return " ".join([_MOUNT_OR_FORT.get(w, w) for w in words[:-1]] + words[-1:])


# First letters that transliterations of one given name swap: "Catherine"/"Katherine",
# "Giannis"/"Yiannis", "Elias"/"Ilias", "Yusuf"/"Jusuf".
_SWAPPED_FIRST_LETTERS = frozenset(map(frozenset, ("ck", "gy", "ei", "iy", "jy")))
# And those of surnames: "Gaddafi"/"Qaddafi"/"Kadhafi".
_SWAPPED = _SWAPPED_FIRST_LETTERS | frozenset(map(frozenset, ("gq", "kq")))


def _first_letters_transliterated(groups, kinds, by_article, found: Unions) -> None:
    # "Carolos Papoulias" in one report and "Karolos Papoulias" in another, which the
    # blocks by first letter keep apart: a given name of five letters or more with only its
    # first letter swapped as transliterations swap it, the same surname, in articles that
    # share the story's other names (two of them, as a near spelling of a surname needs).
    # Named in one article, they are two people.
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 2 and len(words[0]) >= _MIN_WORD:
            by_rest[(words[0][1:], *words[1:])].append(key)
    for keys in by_rest.values():
        for a, b in combinations(keys, 2):
            if frozenset((a[0], b[0])) in _SWAPPED_FIRST_LETTERS and _one_story_apart(
                a, b, groups, by_article, found
            ):
                found.union(a, b, "a given name transliterated with another first letter")


def reordered_names(groups, kinds, by_article, found: Unions) -> None:
    """A person's name with the same words in another order ("Hadfi Bilal" for "Bilal
    Hadfi", "Omar Ismail Mostefai" for "Ismael Omar Mostefai", a given name transliterated
    as `same_given_name` allows), in articles that share context. Two such names in one
    article are two people ("Ali Hassan" and "Hassan Ali") unless only the given names
    change places before one surname ("Ismael Omar Mostefai", "Omar Ismail Mostefai")."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 2:
            by_words[tuple(sorted(map(_spelling_class, words)))].append(key)
    for keys in by_words.values():
        for key in keys[1:]:
            other = keys[0]
            if set(groups[key].group) & set(groups[other].group):
                same = len(key.split()) >= 3 and key.split()[-1] == other.split()[-1]
            else:
                same = shared_context(key, other, groups, by_article)
            if same:
                found.union(other, key, "the same name in another order")


# Words of at least this many of a body's or a place's own (not "of", "the") for the same
# words in another order to be its name: "Justice Department" and "Department of Justice"
# are `merge`'s, by their kind word.
_OWN_WORDS_REORDERED = 3


def reordered_bodies(groups, kinds, by_article, found: Unions) -> None:
    """An organisation's or a place's name of three words or more of its own in another
    order ("Medical Association of the State of Alabama" and "State of Alabama Medical
    Association", "Central Mat-Su Fire Department" and "Mat-Su Central Fire Department",
    "Party of People's Freedom" and "People's Freedom Party"), named in one article or
    beside some entity named beside both: a body has one set of words, and another body
    of the same words in another order is not a name news writes twice."""
    by_words: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key in groups:
        own = [w for w in key.split() if w not in CONNECTORS]
        if kinds[key] in ("organisation", "place") and len(own) >= _OWN_WORDS_REORDERED:
            by_words[(kinds[key], tuple(sorted(own)))].append(key)
    for keys in by_words.values():
        for key in keys[1:]:
            if named_together(keys[0], key, groups, by_article, found):
                found.union(keys[0], key, "the same name in another order")


_COMPASS_ADJECTIVES = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
}


def compass_adjectives(groups, kinds, by_article, found: Unions) -> None:
    """A place's name opening with "Southern" for "South" ("Southern Kordofan" and "South
    Kordofan", "Eastern China" and "East China"), named in one article or beside some
    entity named beside both. Not where the gazetteer knows either name: "South Africa"
    is a country and "Southern Africa" the region around it, "West Virginia" a state and
    "Western Virginia" part of another."""
    for key in groups:
        first, _, rest = key.partition(" ")
        if not rest or first not in _COMPASS_ADJECTIVES:
            continue
        other = f"{_COMPASS_ADJECTIVES[first]} {rest}"
        if (
            kinds[key] == "place"
            and kinds.get(other) == "place"
            and not any(place_strength(n) is not Place.NONE or country_of(n) for n in (key, other))
            and named_together(key, other, groups, by_article, found)
        ):
            found.union(other, key, "the same place with a point of the compass as an adjective")


def pet_names(groups, kinds, by_article, found: Unions) -> None:
    """A pet form of a given name beside the full given name and the same surname in one
    article ("Barry Obama" beside "Barack Obama", "Andy Luger" beside "Andrew M Luger",
    "Joe Biden" beside "Joseph Biden"), or in another report of the same story ("Phil
    Stirling", "Phillip Stirling").

    English makes a pet name of a given name's first syllable and "-y" or "-ie", the
    syllable's last consonant often doubled ("Barry" of "Barack", "Danny" of "Daniel"); a
    sibling's name is rarely so made of another's ("Malia" and "Malik", "Sasha" and
    "Sarah" keep other endings). The full name must be the article's one person of that
    surname whose given name the pet name shortens."""
    by_surname: dict[tuple[float, str], list[str]] = defaultdict(list)
    for article, keys in by_article.items():
        for key in keys:
            if kinds[key] == "person" and " " in key:
                by_surname[(article, key.rsplit(" ", 1)[1])].append(key)
    for (article, _), keys in by_surname.items():
        if len(keys) < 2:
            # The article's one person of that surname has no full given name beside it.
            continue
        for key in keys:
            pet = key.split()[0]
            full = [k for k in keys if is_pet_name(pet, k.split()[0])]
            if (
                not full
                and pet not in by_article[article]
                and pet not in groups[key].group[article].keys
            ):
                # A nickname of the `nicknames` table ("Joe" of "Joseph", "Johnny" of
                # "John"), where the article never names anyone by it alone: "Michael
                # Schumacher's son Mick" is another person, whom it calls "Mick".
                full = [k for k in keys if is_nickname(pet, k.split()[0])]
            # "Barack Obama" and "Barack Hussein Obama" are one given name, one person.
            if len({k.split()[0] for k in full}) == 1:
                found.union(min(full, key=len), key, "a pet name of the given name")
    # "Phil Stirling" in one report, "Phillip Stirling" in another of the same story: in
    # other articles, the corpus's one person of the surname and the full given name, with
    # the story's other names beside both (as a near spelling of a surname needs). Named
    # apart in one article, they are two people ("Michael Schumacher's son Mick").
    people: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) == 2:
            people[words[1]].append(key)
    for keys in people.values():
        for key in keys:
            pet = key.split()[0]
            full = [
                k for k in keys if is_pet_name(pet, k.split()[0]) or is_nickname(pet, k.split()[0])
            ]
            if len(full) == 1 and _one_story_apart(key, full[0], groups, by_article, found):
                found.union(full[0], key, "a pet name of the given name of the same story's person")


_THIRD_OR_LATER = frozenset({"iii", "iv"})


def generations(groups, kinds, by_article, found: Unions) -> None:
    """A person's name and the same name with "III" or "IV" after it ("Anthony LaCalamita
    III" in some reports of a shooting, "Anthony LaCalamita" in the others, ECB+; "L.
    Patrick Gray III" beside "L. Patrick Gray"): the corpus's one name with a generation
    after it, never in an article with the name without it and with the story's other
    names beside both, is the same person. Not "Jr": a father and his son are named in
    reports of one story ("Jesse Jackson" and "Jesse Jackson Jr", dev; "Jerry Falwell Jr",
    CNN 8-f), where the son is "Jr" and the father goes without; nor "II", a pope's and a
    monarch's. Beside "Frasier Robinson III" and "Frasier Robinson Jr" (dev) which one the
    name without a generation is stays open."""
    with_one: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 3 and words[-1] in GENERATIONS:
            with_one[" ".join(words[:-1])].append(key)
    for base, keys in with_one.items():
        if (
            len(keys) == 1
            and keys[0].rsplit(" ", 1)[1] in _THIRD_OR_LATER
            and kinds.get(base) == "person"
            and _one_story_apart(base, keys[0], groups, by_article, found)
        ):
            found.union(keys[0], base, "the same name without its generation, in the same story")


def _surnames_of_several_words(groups, kinds, by_article, by_first, found: Unions) -> None:
    # "Boone Isaacs" for Cheryl Boone Isaacs, "Lo Presti" for Gaetano Lo Presti: a surname
    # of two words or more, alone in an article, is the corpus's one person whose name it
    # ends, where some entity is named beside both (or in the same article), as a one-word
    # surname is. Its first word must be no one's first name in the corpus, nor a given name
    # only ("Ann Smith" beside "Mary Ann Smith" may be two people); "Jesse Jackson Jr" ends
    # in his generation, no surname.
    tails: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 3 and words[-1] not in GENERATIONS:
            for start in range(1, len(words) - 1):
                tails[" ".join(words[start:])].append(key)
    for key in groups:
        first = key.split()[0]
        if kinds[key] != "person" or key not in tails or set(by_first.get(first, ())) - {key}:
            continue
        if is_given_name(first) and not is_surname(first):
            continue
        people = {found.find(k) for k in tails[key]}
        if len(people) == 1 and found.find(key) not in people:
            longer = tails[key][0]
            if named_together(key, longer, groups, by_article, found):
                found.union(
                    people.pop(),
                    key,
                    "the surname of several words of the one person of that name",
                    person_part=True,
                )


def _one_story_apart(a: str, b: str, groups, by_article, found: Unions) -> bool:
    # Names of one person in other reports of one story: never both in one article (there
    # they are two people), and the story's other names beside both.
    return not set(groups[a].group) & set(groups[b].group) and one_story(
        a, b, groups, by_article, found
    )


def named_together(a: str, b: str, groups, by_article, found: Unions | None = None) -> bool:
    """Whether one article names both `a` and `b`, or some entity is mentioned beside both
    (`shared_context`)."""
    return bool(set(groups[a].group) & set(groups[b].group)) or shared_context(
        a, b, groups, by_article, found=found
    )


def one_article_or_story(a: str, b: str, groups, by_article, found: Unions) -> bool:
    """Whether one article names both `a` and `b`, or reports of one story do (`one_story`)."""
    return bool(set(groups[a].group) & set(groups[b].group)) or one_story(
        a, b, groups, by_article, found
    )


def one_story(a: str, b: str, groups, by_article, found: Unions) -> bool:
    """Whether `a` and `b` are named in reports of one story: the story's other names are
    beside both (two of them, as a near spelling of a surname needs), names joined so far
    counted as one."""
    return shared_context(a, b, groups, by_article, at_least=_NEAR_SURNAME_CONTEXT, found=found)


def is_pet_name(short: str, long: str) -> bool:
    """Whether `short` is an English pet form of the given name `long` (name keys): its
    first three letters or more, the last of them perhaps doubled, and "y" or "ie"
    ("barry"/"barack", "andy"/"andrew", "danny"/"daniel"; not "malia"/"malik")."""
    if short == long or len(short) >= len(long):
        return False
    for end in ("y", "ie"):
        stem = short.removesuffix(end)
        if stem == short:
            continue
        for cut in (stem, stem[:-1] if len(stem) > 1 and stem[-1] == stem[-2] else ""):
            if len(cut) >= 3 and long.startswith(cut):
                return True
    return False


def _spelling_class(word: str) -> str:
    # What `same_given_name` compares of a word of five letters or more.
    if len(word) < _MIN_WORD:
        return word
    return word[0] + _skeleton(word) + word[-1]


def alike(a: str, b: str) -> bool:
    """Whether two spellings are as alike as near spellings must be (optimal string
    alignment)."""
    from rapidfuzz.distance import OSA

    return OSA.normalized_similarity(a, b) >= _MIN_SIMILARITY


def _near(a: str, b: str, kind: str, groups, by_article, found: Unions | None = None) -> bool:
    from rapidfuzz.distance import OSA

    words_a, words_b = a.split(), b.split()
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        if x == y + "s" or y == x + "s" or _plural_in_ies(x, y) or _plural_in_ies(y, x):
            if kind != "person" and len(words_a) > 1:
                # "in Rues Bichat" beside "Rue Bichat", "Universities of Sheffield" beside
                # "University of Sheffield" (dev7): a word and its plural in a place's or a
                # body's name of two words or more are one word ("Place G"/"Place H" are
                # two).
                continue
            if len(words_a) == 1 and any(
                place_strength(w) is Place.REGION or country_of(w) for w in (x, y)
            ):
                # A country's, a continent's or a US state's name and its plural are two
                # places: "the Americas" and "America".
                return False
        # A short word one letter off is another word ("Place G"/"Place H", "Iran"/"Iraq"),
        # but in a person's name with the same surname, vowels alone may differ as
        # transliterations write them: "Nouri"/"Nuri al-Maliki", "Abdo Rabbo"/"Abdu Rabbu
        # Mansour Hadi" (CNN 8-f).
        if min(len(x), len(y)) < _MIN_WORD:
            if kind == "person" and words_a[-1] == words_b[-1] and _vowels_apart(x, y):
                continue
            return False
        # A point of the compass for another is another name: "Northeastern University" and
        # "Northwestern University" (CNN 8-f), "Southwest" and "Southeast".
        if _COMPASS.sub("", x) == _COMPASS.sub("", y) and _COMPASS.search(x):
            return False
        # A person's name misspelt keeps its first letter, but as transliterations swap it
        # ("Gaddafi"/"Qaddafi"): "John Kerry" and "John Terry" are two people. A letter or
        # two more or fewer at the start is a near spelling ("Ibrahim"/"Brahim").
        if (
            kind == "person"
            and len(x) == len(y)
            and x[0] != y[0]
            and frozenset((x[0], y[0])) not in _SWAPPED
        ):
            return False
        if OSA.distance(x, y) > (2 if min(len(x), len(y)) >= _LONG_WORD else 1):
            return False
        if (
            kind == "person"
            and len(words_a) == 1
            and is_given_name(x)
            and is_given_name(y)
            and not same_given_name(x, y)
        ):
            # A person named by one word: two given names of the lists are two names unless
            # one transliterates the other ("Willian", the footballer, is no "William").
            return False
    if place_strength(a) is not Place.NONE and place_strength(b) is not Place.NONE:
        return False
    if set(groups[a].group) & set(groups[b].group):
        return kind != "person" or same_given_name(words_a[0], words_b[0])
    # "US Secretary of State Hilary Clinton" beside "U.S." in its article, "Hillary
    # Clinton" beside "U.S." in others: the country's two spellings, joined already, are
    # the context the articles share.
    return shared_context(a, b, groups, by_article, found=found)


_COMPASS = re.compile(r"north|south|east|west")


def _plural_in_ies(plural: str, word: str) -> bool:
    # "universities" of "university", "companies" of "company".
    return plural.endswith("ies") and len(word) > 3 and word == plural[:-3] + "y"


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def same_given_name(a: str, b: str) -> bool:
    """Whether two first names (name keys) are one name: the same, or two transliterations
    of it ("mohamed"/"mohammad", "hussein"/"husain", "yusuf"/"yousef": five letters or
    more, the same consonants in the same order once doubled letters count once, and the
    same first and last letter), or one of them without the other's opening vowel
    ("ibrahim"/"brahim", "ismail"/"smail": Maghrebi spellings drop it), or misspelt by two
    letters swapped ("makrus"/"markus"). "john"/"joan" (other consonants) and
    "daniel"/"daniela" (another last letter) are two names."""
    if a == b or _swapped_letters(a, b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= _MIN_WORD and long[0] in "aeiou" and long[1:] == short:
        return True
    if min(len(a), len(b)) < _MIN_WORD or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return _skeleton(a) == _skeleton(b)


def _swapped_letters(a: str, b: str) -> bool:
    # Two neighbouring letters inside a word of five or more, swapped: a typist's slip.
    if len(a) != len(b) or len(a) < _MIN_WORD or a[0] != b[0] or a[-1] != b[-1]:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def _a_relative_of_another_family(key: str, group, people: Sequence[str], by_article) -> bool:
    # "his wife Amanda" (dev7, a man moving to Hong Kong) beside a CNN reporter Amanda
    # Barnett of another report: a given name that each of its articles gives as someone's
    # relative (`cues.RELATIVE`) is of the family that article is about, no person of
    # another article, unless the article names that person's surname ("Obama's
    # half-sister Auma" and "Auma Obama").
    if not all(rec.cues.get(RELATIVE) for rec in group.group.values()):
        return False
    surnames = {_surname(person) for person in people}
    return not any(
        other != key and other.rsplit(" ", 1)[-1] in surnames
        for article in group.group
        for other in by_article[article]
    )


def _surname(key: str) -> str:
    # A person's surname: the name's last word before a generation ("jesse jackson jr").
    words = key.split()
    return words[-2] if words[-1] in GENERATIONS else words[-1]


def _skeleton(word: str) -> str:
    return _VOWELS.sub("", _DOUBLED.sub(r"\1", word))


def _vowels_apart(a: str, b: str) -> bool:
    # Two words of a name with the same first letter and the same consonants, three
    # letters or more each, that are not two given names of the lists ("Dana"/"Dina",
    # "Jamie"/"Jim" are two names): one word transliterated two ways.
    return (
        min(len(a), len(b)) >= 3
        and a[0] == b[0]
        and len(_skeleton(a)) >= 2
        and _skeleton(a) == _skeleton(b)
        and not (is_given_name(a) and is_given_name(b))
    )


def people_by_parts(groups, kinds, by_article, found: Unions) -> None:
    """Middle names and initials, and one word of a person's name used alone."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    by_middle: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 2:
            # "Tony Terrell Robinson Jr": "Terrell" is his middle name; "Robinson", his
            # surname, is no middle name.
            for word in words[1 : -2 if words[-1] in GENERATIONS else -1]:
                by_middle[word].append(key)
            by_ends[(_given_name(words), words[-1])].append(key)
            if not is_demonym(words[0]):
                # "Ethiopian" in "Ethiopian Hebrew" is a nationality, no first name.
                by_first[words[0]].append(key)
            by_last[words[-1]].append(key)
    for keys in by_ends.values():
        two = [k for k in keys if len(k.split()) == 2]
        if len(two) == 1:
            for key in keys:
                if key != two[0]:
                    found.union(
                        two[0], key, "the same name with a middle name or initial", person_part=True
                    )
    for key in groups:
        # "A. Lazez" for "Abraimi Lazez": an initial and a surname are the corpus's one person
        # of that surname whose first name starts so, where some entity is mentioned beside
        # both (two such people, "John Smith" and "Jane Smith", keep "J. Smith" apart).
        words = key.split()
        if kinds[key] != "person" or len(words) != 2 or len(words[0]) != 1:
            continue
        full = {
            k
            for k in by_last.get(words[1], ())
            if len(k.split()) == 2 and len(k.split()[0]) > 1 and k[0] == words[0]
        }
        if len(full) == 1 and shared_context(key, next(iter(full)), groups, by_article):
            found.union(full.pop(), key, "an initial for the first name", person_part=True)
    _earlier_surnames(groups, kinds, found)
    surnames = sorted(by_last)
    parts = sorted({*by_last, *by_first})
    for key, group in groups.items():
        middle = {found.find(k) for k in by_middle.get(key, ())}
        if (
            " " not in key
            and key not in by_first
            and len(middle) == 1
            and (kinds[key] != "place" or place_strength(key) is Place.NONE)
            and key not in by_last
            and all(any(n in groups[k].group for k in by_middle[key]) for n in group.group)
        ):
            # "Family knew him by his middle name, Terrell" beside "Tony Terrell Robinson
            # Jr.": a middle name alone, in the articles of its one person, is that person
            # when no one's first name or surname in the corpus is that word ("Robinson" of
            # "Michelle LaVaughn Robinson Obama" is her father's and brother's surname). A
            # town of that name the vote made no place is the name too ("Terrell", Texas).
            found.union(
                middle.pop(),
                key,
                "the middle name of a person in the same article",
                person_part=True,
            )
            continue
        # A word the gazetteer knows as a place is one of a person's names only where the
        # vote made it a person ("Marian", a town, for Marian Robinson: "her mother, Marian").
        if " " in key or (place_strength(key) is not Place.NONE and kinds[key] != "person"):
            continue
        articles = set(group.group)
        people = {found.find(k) for k in by_first.get(key, ())}
        if len(people) == 1 and all(
            any(n in groups[k].group for k in by_first[key]) for n in articles
        ):
            found.union(
                people.pop(),
                key,
                "the first name of a person in the same article",
                person_part=True,
            )
            continue
        if (
            len(people) == 1
            and kinds[key] == "person"
            and key not in by_last
            and shared_context(key, next(iter(people)), groups, by_article)
            and not _a_relative_of_another_family(key, group, by_first[key], by_article)
        ):
            # "Husband Barack, 47" in an article that calls him "Obama" otherwise: the first
            # name of the corpus's one person of that name, when some entity is mentioned
            # beside both. A word that is also someone's surname stays apart.
            found.union(
                people.pop(),
                key,
                "the first name of the corpus's one person so named",
                person_part=True,
            )
            continue
        if len(people) > 1 and kinds[key] == "person" and key not in by_last:
            # "Michelle" in articles that name Michelle Obama and Michelle Robinson.
            person = _most_present(key, by_first[key], groups, found) or _of_the_family_named(
                key, by_first[key], (groups, kinds), by_article, found
            )
            if person:
                found.union(
                    person,
                    key,
                    "the first name of the person so named most beside it",
                    person_part=True,
                )
                continue
        # A given name of the corpus's people ("Mohamed") is no misspelt surname, nor is a
        # nationality ("Indian", of "the Indian Ocean", one letter off India Allen's name).
        if len(key) < _MIN_LENGTH or key in by_last or key in by_first or is_demonym(key):
            continue
        if kinds[key] == "person":
            near = [
                last
                for last, _, _ in extract(
                    key, surnames, scorer=OSA.distance, score_cutoff=1, limit=None
                )
            ]
            people = {found.find(k) for last in near for k in by_last[last]}
            if len(people) == 1:
                person = people.pop()
                # In another article, one entity named beside both is too thin: "Braley" of
                # a rugby team sheet and the football manager Bob Bradley share only "Paul
                # Williams", whom the team sheet's "Williams" joined. A misspelling of the
                # same person's surname shares the story's other names ("Abaaoud").
                # Elsewhere, a given name alone that is no surname of the lists names
                # someone by that name ("his children Anton and Zhanna" beside a writer
                # Jason Hanna; the poet "Virgil" beside Polydore Vergil).
                if articles & set(groups[person].group) or (
                    not (is_given_name(key) and not is_surname(key))
                    and shared_context(
                        key, person, groups, by_article, at_least=_NEAR_SURNAME_CONTEXT
                    )
                ):
                    found.union(
                        person, key, "a near spelling of a person's surname", person_part=True
                    )
            continue
        # "Abdelsam" beside Salah Abdeslam, "Hishamuddin" beside Hishammuddin Hussein: a
        # misspelt name gets the model's labels wrong too. One edit off the surname or the
        # first name of one person named in each of its articles, it is that person. Not
        # the name with an "s": a family or a firm named after its founder ("Lloyds" beside
        # Jane Lloyd; `merge._plurals` tells which).
        near = [
            k
            for word, _, _ in extract(key, parts, scorer=OSA.distance, score_cutoff=1, limit=None)
            if key != word + "s"
            for k in (*by_last.get(word, ()), *by_first.get(word, ()))
        ]
        if len({found.find(k) for k in near}) == 1 and articles <= {
            article for k in near for article in groups[k].group
        }:
            found.union(
                near[0],
                key,
                "a near spelling of the name of a person in the article",
                person_part=True,
            )
    # Surnames that end one person only now that the other merges are made; not a name
    # after a pope's or a monarch's title (CNN 8-f: the pope's "Francis" of 6 reports had
    # joined the one Tony Francis).
    for key in groups:
        if " " in key or key not in by_last or reigns_by(groups[key]):
            continue
        if kinds[key] != "person" and not _a_family_s_name(key, by_last[key], groups, found):
            continue
        people = {found.find(k) for k in by_last[key]}
        if len(people) == 1 and found.find(key) != next(iter(people)):
            found.union(
                people.pop(), key, "the surname of the one person of that name", person_part=True
            )
        elif len(people) > 1 and found.find(key) == key:
            person = _most_present(key, by_last[key], groups, found)
            if person:
                found.union(
                    person,
                    key,
                    "the surname of the person of that name most named beside it",
                    person_part=True,
                )
    _surnames_of_several_words(groups, kinds, by_article, by_first, found)
    _first_names_of_families_named(groups, kinds, by_article, by_first, by_last, found)
    # "Abdelsam" where the articles name Salah, Brahim and Mohamed Abdeslam and "Abdeslam"
    # alone went to Salah: a misspelt surname goes where the surname went.
    alone = [k for k in by_last if k in groups and found.find(k) != k]
    for key, group in groups.items():
        if (
            " " in key
            or found.find(key) != key
            or len(key) < _MIN_LENGTH
            or key in by_first
            or place_strength(key) is not Place.NONE
            or kinds[key] not in KINDS
        ):
            continue
        near = [
            k
            for k, _, _ in extract(key, alone, scorer=OSA.distance, score_cutoff=1, limit=None)
            if key not in (k + "s", k + "es")  # "the Obamas" is a family, no misspelling
        ]
        person = found.find(near[0]) if near else ""
        if len({found.find(k) for k in near}) == 1 and set(group.group) <= {
            *groups[near[0]].group,
            *(groups[person].group if person in groups else ()),
        }:
            found.union(near[0], key, "a near spelling of a surname used alone", person_part=True)


def _first_names_of_families_named(groups, kinds, by_article, by_first, by_last, found) -> None:
    # "Hillary and Bill are busy updating their enemies lists" in an article that names
    # neither in full: "Hillary" joined Hillary Clinton above (the corpus's one Hillary),
    # so the article names the Clintons, and "Bill" (Bill Clinton and Bill Ayers in other
    # articles) is the one of its people whose surname the article names so; the same
    # guards as `_of_the_family_named`, now that the other names alone have joined.
    surnames_of: dict[str, set[str]] = defaultdict(set)
    for name in groups:
        if " " in name and kinds[name] == "person":
            surnames_of[found.find(name)].add(name.rsplit(" ", 1)[-1])
    for key in groups:
        if (
            " " in key
            or kinds[key] != "person"
            or found.find(key) != key
            or key in by_last
            or len({found.find(k) for k in by_first.get(key, ())}) < 2
        ):
            continue
        person = _of_the_family_named(
            key, by_first[key], (groups, kinds), by_article, found, surnames_of
        )
        if person:
            found.union(
                person,
                key,
                "the first name of the person of the family its article names",
                person_part=True,
            )


def _given_name(words: Sequence[str]) -> str:
    # "J. Edgar Hoover", "L. Patrick Gray": initials before two names or more are given
    # names the text mostly leaves out, so "Edgar Hoover" is the same person's name.
    initials = 0
    while initials < len(words) - 2 and len(words[initials]) == 1:
        initials += 1
    return words[initials]


def _earlier_surnames(groups, kinds, found: Unions) -> None:
    # "Michelle Robinson" and "Michelle LaVaughn Robinson Obama", "Verdelle Robinson" and
    # "Verdelle Robinson Funnye": a first name and a surname that stand inside the one
    # longer name of the corpus with that first name are the same person under a name
    # before a later one (a maiden name). "Jesse Jackson Jr" is his father's son.
    inner: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "person" and len(words) >= 3 and words[-1] not in GENERATIONS:
            for word in words[1:-1]:
                inner[(words[0], word)].append(key)
    for key in groups:
        words = key.split()
        if kinds[key] != "person" or len(words) != 2:
            continue
        longer = inner.get((words[0], words[1]), [])
        if len({found.find(k) for k in longer}) == 1:
            found.union(
                longer[0], key, "the same person under an earlier surname", person_part=True
            )


def _of_the_family_named(
    key: str,
    full_names: Sequence[str],
    groups_and_kinds,
    by_article,
    found: Unions,
    surnames_of: Mapping[str, set[str]] | None = None,
) -> str | None:
    # "her older brother, Craig" in an article that names Frasier Robinson, "Hillary and
    # Bill" beside "Hillary Rodham Clinton", "his wife Michelle" beside "Obama": a first name
    # alone that several of the corpus's people have is the one whose surname each of its
    # articles names (as a person's name or alone), when that is one person and the same
    # in all of them. Two people of that first name and surname, or two such surnames in
    # an article, keep it apart.
    groups, kinds = groups_and_kinds
    chosen: set[str] = set()
    for article in groups[key].group:
        surnames = {
            k.rsplit(" ", 1)[-1] for k in by_article[article] if k != key and kinds[k] == "person"
        }
        if surnames_of is not None:
            # A name alone that joined a person names that person's surname too.
            surnames |= {
                last
                for k in by_article[article]
                if k != key and kinds[k] == "person"
                for last in surnames_of.get(found.find(k), ())
            }
        named = {found.find(n) for n in full_names if n.rsplit(" ", 1)[-1] in surnames}
        if len(named) != 1:
            return None
        chosen |= named
    return chosen.pop() if len(chosen) == 1 else None


def _a_family_s_name(key: str, full_names: Sequence[str], groups, found: Unions) -> bool:
    # "The Winehouse family" beside Amy and Mitch Winehouse, "Schilling's teenage daughter"
    # beside Curt and Gabby Schilling: a word typed an organisation or a place that is the
    # surname of a person in each of its articles, and of two people or more in one, is
    # their family's name, which the model, unsure which of them is meant, reads so. One
    # person of the name is not enough (a firm is named after its founder: "Dyson" beside
    # James Dyson), nor is a place the gazetteer knows or a body of the lists ("Ford" beside
    # Henry and Edsel Ford is the firm).
    if place_strength(key) is not Place.NONE or country_of(key) is not None:
        return False
    if any(body_of_the_lists(form) for rec in groups[key].records for form in rec.forms):
        return False
    # A cue of a kind where it is written keeps it apart ("while Dunham was there", a place,
    # beside Ann and Madelyn Dunham).
    if not all(no_kind_cue(rec, PERSON_COMPATIBLE_CUES) for rec in groups[key].records):
        return False
    named = [
        len({found.find(n) for n in full_names if article in groups[n].counts})
        for article in groups[key].group
    ]
    return min(named) >= 1 and max(named) >= 2


def _most_present(key: str, full_names: Sequence[str], groups, found: Unions) -> str | None:
    # "Obama" in articles that name Barack Obama and Michelle Obama: a surname (or a first
    # name) alone stands for the one of them named in most of its articles (then most often
    # there), when that is half of its articles or more. Two people named equally keep it
    # apart.
    articles = set(groups[key].group)
    shared: dict[str, set[float]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    for name in full_names:
        person = found.find(name)
        for article, count in groups[name].counts.items():
            if article in articles:
                shared[person].add(article)
                mentions[person] += count
    ranked = sorted(
        ((len(shared[p]), mentions[p], p) for p in {found.find(n) for n in full_names}),
        reverse=True,
    )
    best, second = ranked[0], ranked[1]
    return best[2] if best[:2] > second[:2] and best[0] * 2 >= len(articles) else None
