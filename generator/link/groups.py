"""Steps 3, 4, 6 and 7 of the entity resolution (see `resolve`): the records of one entity key
across the corpus as a group, its vote on the type, its name and spellings, the corpus's
given names, surnames joined to full names, and common words the model capitalised."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from generator.analyse.mentions import most_common
from generator.analyse.mentions.labels import OTHER
from generator.link.countries import country_of
from generator.link.gazetteer import Place, place_strength
from generator.link.name_lists import is_surname
from generator.link.records import Record
from generator.link.rules import EditorRules
from generator.link.text_state import Kept
from generator.link.voting import common_abbreviation, firm_as_a_person, vote_on_evidence
from generator.text.names import CONNECTORS, name_key


@dataclass(frozen=True)
class GroupView:
    """A group of records (article number → the article's record of the entity) and what
    every step reads of it, worked out once per group object."""

    group: Mapping[float, Record]
    records: tuple[Record, ...]  # in article order
    counts: Mapping[float, int]  # article number → mentions there
    total: int

    @cached_property
    def labels(self) -> Record:
        """The labels of all its records (whether a surname may join a full name)."""
        labels: Counter[str] = Counter()
        for rec in self.records:
            labels.update(rec.labels)
        return Record(labels=labels)


def view(group: Mapping[float, Record], _: None) -> GroupView:
    """The group as every step reads it."""
    counts = {index: rec.count for index, rec in group.items()}
    return GroupView(group, tuple(group.values()), counts, sum(counts.values()))


def vote_records(records: tuple[Record, ...], given_names: frozenset[str] | None) -> str:
    """The type a group's records vote for (`voting`), knowing the corpus's given names."""
    # The name voted on is the group's most common full spelling, however many articles
    # name it by a surname alone the corpus joined to it: "Donald Trump", not "Trump" (two
    # articles saying "Trump" against one saying "Donald Trump"), so the surname's being a
    # dictionary word does not drop the person (`voting._words_for_a_person`).
    full = _add_up([rec.forms for rec in records]) or _add_up([rec.short for rec in records])
    name = most_common(full)
    if common_abbreviation(name):
        # Nor is it a common noun's abbreviation where the group has another spelling: "AI"
        # joined "Amnesty International", which a report defined so, names the body.
        spelt_out = {form: n for form, n in full.items() if not common_abbreviation(form)}
        name = most_common(spelt_out or full)
    kind, _ = vote_on_evidence(
        name,
        [rec.evidence() for rec in records],
        given_names or frozenset(),
        surname_alone=any(rec.short for rec in records),
    )
    return kind


def firm_by_records(records: tuple[Record, ...], given_names: frozenset[str]) -> bool:
    """Whether a one-word person's records say an organisation's name
    (`voting.firm_as_a_person`)."""
    full = _add_up([rec.forms for rec in records])
    return bool(full) and firm_as_a_person(
        most_common(full), [rec.evidence() for rec in records], given_names
    )


_ABBREVIATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,6}")


@dataclass(frozen=True)
class Summary:
    """What a group's records say together, apart from the type."""

    name: str  # the most common full spelling (any spelling when there is no full one)
    person_name: str  # the same, never a first name or surname alone beside a full name
    organisation_name: str  # the same, never the last word alone beside the full name
    forms: tuple[str, ...]  # every spelling (joined surnames too), most used first
    keys: frozenset[str]  # name keys of the spellings


# A possessive inside a spelling: "Italy's Serie A", "Harry Redknapp's Portsmouth".
_OWNED = re.compile(r"\w['’]s\s")


def summary(records: tuple[Record, ...], _: None) -> Summary:
    """The name and spellings of a group of records."""
    full = _add_up([rec.forms for rec in records])
    every = _add_up([rec.short for rec in records], dict(full))
    # A page is named by its most used spelling that is not an abbreviation or a code, when
    # it has one: "International Monetary Fund" with the alias "IMF".
    spelled_out = {form: n for form, n in full.items() if not _ABBREVIATION.fullmatch(form)}
    # Nor by a spelling with its owner's possessive ("Serie A", not "Italy's Serie A").
    bare = {form: n for form, n in spelled_out.items() if not _OWNED.search(form)}
    spelled_out = bare or spelled_out
    # A person is not named by a first name or a surname alone that the corpus joined to a
    # full name ("Barack Obama", not "Obama", however often the articles say "Mr Obama"), nor
    # an organisation by its last word ("Rolling Stones", not "Stones"); a place keeps its
    # short name ("Britain", not "Great Britain"), and so does an organisation its first
    # word ("Oxford" for Oxford University).
    firsts: set[str] = set()
    ending: dict[str, list[str]] = {}  # last word → the longer spellings it ends
    for form in spelled_out:
        words = form.split()
        if len(words) > 1 and CONNECTORS.isdisjoint(w.casefold() for w in words):
            firsts.add(words[0])
            ending.setdefault(words[-1], []).append(form)
    lasts = set(ending)
    # An organisation's last word alone does name it when more articles write it than any
    # longer spelling it ends: "Samsung" in nine articles beside "AF Samsung" ("In terms of
    # AF Samsung uses", a camera's term run into the name) in one; "Stones" joins "Rolling
    # Stones" only in articles that write the whole. Articles are counted only for a last
    # word written alone.
    last_words = {
        w
        for w, longer in ending.items()
        if w not in full or _articles(records, w) <= max(_articles(records, f) for f in longer)
    }
    anyway = spelled_out or full or every
    # Nor by any one word beside a full name: a surname of a Chinese name's order ("Ngai"
    # beside "Walter Ngai Kai-shu") or a hyphenated one's part ("Montes" beside "Antonio
    # Zambrano-Montes") is neither its first nor its last word.
    one_word = {f for f in spelled_out if " " not in f} if ending else set()
    # Nor is a body named by its abbreviation and a word more, which spell nothing out,
    # beside the abbreviation alone: "BBC", not "BBC TV" (CNN: a page of 8 reports named
    # by the one that wrote "BBC TV"), "HBO", not "HBO Films". Initials before a surname
    # are a person's ("AP McCoy", "B.B. King").
    with_initials = {
        f
        for f in spelled_out
        if len(words := f.split()) == 2
        and words[0] in full
        and _ABBREVIATION.fullmatch(words[0])
        and not is_surname(words[1])
    }
    return Summary(
        _page_name(anyway),
        _page_name(
            {f: n for f, n in spelled_out.items() if f not in firsts | lasts | one_word} or anyway
        ),
        _page_name(_organisation_names(spelled_out, last_words, with_initials, full) or anyway),
        tuple(sorted(every, key=lambda f: (-every[f], f))),
        frozenset().union(*(rec.keys for rec in records)),
    )


def _organisation_names(
    spelled_out: Mapping[str, int],
    last_words: set[str],
    with_initials: set[str],
    full: Mapping[str, int],
) -> dict[str, int]:
    # The spellings a body's page may be named by: its spelled-out ones, not its last word
    # alone; where those are all its abbreviation and a word more, every spelling but
    # those ("BBC" beside "BBC TV"; "ATI Technologies Inc" keeps naming the page beside
    # "ATI Technologies" and "ATI").
    names = {f: n for f, n in spelled_out.items() if f not in last_words}
    if names and names.keys() <= with_initials:
        return {f: n for f, n in full.items() if f not in with_initials}
    return names


def _articles(records: tuple[Record, ...], form: str) -> int:
    # How many articles write the spelling in full.
    return sum(form in rec.forms for rec in records)


def _page_name(counts: Mapping[str, int]) -> str:
    # The most used spelling; among equals, one the gazetteer knows ("Macedonia", not a
    # misspelt "Macadonia"), then the longer, then the alphabetically first.
    top = max(counts.values())
    tied = [form for form, n in counts.items() if n == top]
    if len(tied) > 1:
        known = [
            form for form in tied if place_strength(form) is not Place.NONE or country_of(form)
        ]
        tied = known or tied
    return min(tied, key=lambda form: (-len(form), form))


def _add_up(counts: list[Mapping[str, int]], total: dict[str, int] | None = None) -> dict[str, int]:
    # Counter.update's checks cost more than the adding for the small counts of one article;
    # a group can hold thousands of them, and its changed groups are added up on every save.
    total = {} if total is None else total
    get = total.get
    for count in counts:
        for item, n in count.items():
            total[item] = get(item, 0) + n
    return total


def first_names(
    people: Sequence[str], votes: tuple[Sequence[str]], _: None, at_least: int = 2
) -> frozenset[str]:
    """The given names learnt from the corpus: `people` are its multi-word names, `votes`
    their kinds voted without given names."""
    # A first word shared by several people, and by at least twice as many people as other
    # names, is a given name (one "Nick" the model calls an organisation keeps "Nick").
    first: dict[str, Counter[str]] = defaultdict(Counter)
    for key, kind in zip(people, votes[0], strict=True):
        words = key.split()
        if len(words) > 1 and len(words[0]) > 1:
            first[words[0]][kind] += 1
    return frozenset(
        word
        for word, seen in first.items()
        if seen["person"] >= at_least
        and seen["person"] >= 2 * (sum(seen.values()) - seen["person"])
    )


def join(pair: tuple[GroupView, GroupView], _: None) -> GroupView:
    """A full name's group with the records of the surname that joins it."""
    full, surname = pair
    group = dict(full.group)
    for index, rec in surname.group.items():
        # A new record: the article's own records are remembered for the next call.
        joined = Record()
        if index in full.group:
            joined.absorb(full.group[index], as_short=False)
        joined.absorb(rec, as_short=True)
        group[index] = joined
    return view(group, None)


def is_common_word(
    key: str,
    mentions: int,
    lower: int,
    rules: EditorRules,
    forms: Sequence[str] = (),
    voted: str = OTHER,
) -> bool:
    """Whether a group is a common word the model capitalised: a one-word key the corpus
    writes in lower case (`lower` times) at least as often as the group's `mentions`.

    Not where the key opens a longer spelling of the group (`forms`: "Derby" beside "Derby
    County"), or ends one of a group `voted` a person ("Stone" beside "Angie Stone"): the
    word is then the short name of the longer one, which it would drop with it. A body's
    or a place's last word is no such name ("State" beside "New York State", "Times"
    beside "Changing Times": the kind of thing, joined to one of its names)."""
    if " " in key or rules.is_aliased(key) or lower < mentions:
        return False
    for form in forms:
        words = name_key(form).split()
        if len(words) > 1 and (words[0] == key or (voted == "person" and words[-1] == key)):
            return False
    return True


def found_in(spans: Kept, _: None) -> dict[str, int]:
    """How many mentions of each entity the re-scan found in one article."""
    found: dict[str, int] = {}
    for _, _, owner, _ in spans:
        found[owner] = found.get(owner, 0) + 1
    return found


def with_found(
    item: tuple[Mapping[float, int], Mapping[float, int] | None], _: None
) -> Mapping[float, int]:
    """An entity's mentions per article, with the re-scan's finds added."""
    tagged, found = item
    if not found:
        return tagged
    counts = dict(tagged)
    for article, n in found.items():
        counts[article] = counts.get(article, 0) + n
    return counts
