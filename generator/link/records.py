"""Steps 1 and 2 of the entity resolution (see `resolve`): what one article says about
each of its entity keys, as a `Record` — spellings, the model's labels and context cues —
with the blocklist and aliases applied and a surname joined to the one full name of the
article it ends ("Putin" beside "Vladimir Putin")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from generator.analyse.mentions.cues import (
    AFTER_THE,
    ANY_CAPITAL,
    CLUB,
    FURNITURE,
    HEADLINE,
    ORGANISATION_WORDS,
    SEEN,
    SOURCE,
    SPEAKER,
)
from generator.analyse.mentions.labels import kind_of_label
from generator.articles import Mention
from generator.link.countries import country_of, is_city_people_word, is_nationality_word
from generator.link.gazetteer import Place, is_big_city, place_strength
from generator.link.memo import ById
from generator.link.name_lists import GENERATIONS, is_given_name, is_surname
from generator.link.rules import EditorRules
from generator.link.voting import (
    PLACE_WORDS,
    SURNAME,
    ArticleEvidence,
    article_evidence,
    given_name_and_surname,
)
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import CONNECTORS as NAME_CONNECTORS
from generator.text.names import PERSON_TITLES, name_key

# An empty Counter made in C: `Counter()` runs `Counter.__init__` and `update` in Python,
# and a corpus makes four for each of its records.
_counter = partial(Counter.__new__, Counter)


# Slots: a corpus has a record per article and entity key (about 190,000 at 10,000 articles).
@dataclass(eq=False, slots=True)
class Record:
    """What one article says about one entity key (compared by identity, see `GroupView`).

    The records `article_step` makes share their counts with equal ones of other articles:
    never change them; `absorb` adds records up into a new one."""

    forms: Counter[str] = field(default_factory=_counter)
    short: Counter[str] = field(default_factory=_counter)  # joined surname spellings
    labels: Counter[str] = field(default_factory=_counter)
    cues: Counter[str] = field(default_factory=_counter)
    keys: set[str] = field(default_factory=set)  # name keys of the spellings
    _evidence: ArticleEvidence | None = None
    _count: int | None = None
    # The evidence's cell that `article_step` gives the records of one call that say the
    # same (equal labels and cues): filled by the first of them whose evidence is read.
    _shared_evidence: list[ArticleEvidence | None] | None = None

    def same(self, other: Record) -> bool:
        """Whether `other` says the same about its entity (their votes and sums agree)."""
        return (
            self.forms == other.forms
            and self.short == other.short
            and self.labels == other.labels
            and self.cues == other.cues
            and self.keys == other.keys
        )

    def absorb(self, other: Record, as_short: bool) -> None:
        (self.short if as_short else self.forms).update(other.forms)
        self.short.update(other.short)
        self.labels.update(other.labels)
        self.cues.update(other.cues)
        self.keys |= other.keys

    # A record is never changed once its groups are voted and summed up (see `article_step`
    # and `join`), so what they read of it is worked out once.

    @property
    def count(self) -> int:
        if self._count is None:
            self._count = sum(self.forms.values()) + sum(self.short.values())
        return self._count

    def evidence(self) -> ArticleEvidence:
        """The record's labels and cues, as the vote adds them up."""
        if self._evidence is None:
            cell = self._shared_evidence
            if cell is not None and cell[0] is not None:
                self._evidence = cell[0]
                return cell[0]
            labels: Mapping[str, int] = self.labels
            if self.short and not self.forms:
                # A surname alone the corpus joined to the one full name it ends ("Trump"
                # in an article that never says "Donald Trump"): what the model calls the
                # surname there is no evidence the person is an organisation or a place
                # (it often reads a surname alone as one), so only its person labels count;
                # the article's context cues still do, and its mentions still count as
                # labelled ones (for `voting.junk_reason`'s share of unmarked capitals).
                self._evidence = replace(
                    article_evidence(_person_labels(labels), self.cues),
                    mentions=sum(labels.values()),
                )
            else:
                self._evidence = article_evidence(labels, self.cues)
            if cell is not None:
                cell[0] = self._evidence
        return self._evidence


def article_step(found: tuple[Mention, ...], given: tuple[EditorRules, dict]) -> dict[str, Record]:
    """Steps 1 and 2 for one article: its records by key, surnames joined to full names.

    `given` holds the editor's rules and a dictionary that the records of one call share
    their counts through: a record's spellings, labels, cues and keys are the very objects
    of another article's record when they are equal (a corpus of 10,000 articles has
    174,000 records but 19,000 distinct spellings counts and 3,000 distinct labels). So
    the records are never changed after this (they are also remembered between calls; see
    `join`, which adds records up into new ones).
    """
    rules, shared = given
    recs = _article_records(found, rules)
    _join_surnames_in_article(recs, rules)
    _join_given_names_in_article(recs, rules)
    for rec in recs.values():
        rec.forms = shared.setdefault(("forms", *rec.forms.items()), rec.forms)
        rec.short = shared.setdefault(("short", *rec.short.items()), rec.short)
        rec.labels = shared.setdefault(("labels", *rec.labels.items()), rec.labels)
        rec.cues = shared.setdefault(("cues", *rec.cues.items()), rec.cues)
        # In their order: a set equal to another may be walked in another order.
        rec.keys = shared.setdefault(("keys", *rec.keys), rec.keys)
        # The evidence is a function of the labels, the cues and whether the record is a
        # joined surname alone, and records with equal counts share the counts' objects:
        # so equal records share one cell for their evidence, worked out once, when a vote
        # first reads one of them. A common entity's group holds thousands of records, all
        # read again when a new process votes a group an edit touched. `shared` keeps the
        # counts alive, so their ids name them for the whole call.
        key = ("evidence", bool(rec.short and not rec.forms), id(rec.labels), id(rec.cues))
        cell = shared.get(key)
        if cell is None:
            cell = shared[key] = [None]
        rec._shared_evidence = cell
    return recs


class SteadyRecords:
    """Records equal to last call's of the same article (by number) become last call's
    objects.

    Re-analysing an edited article makes new records even when the edit did not touch its
    names (most edits do not): a group holding a new record is voted and summed up again,
    and a common entity's group holds thousands of records. Records are compared by value
    per key, so only the groups whose evidence really changed are redone.
    """

    def __init__(self) -> None:
        self._last: ById[dict[str, Record]] = ById()

    def __call__(
        self, ids: Sequence[float], records: list[dict[str, Record]]
    ) -> list[dict[str, Record]]:
        last = self._last
        steady = list(records)
        changed = last.changed(ids, records)
        for index, old in zip(changed, last.olds(ids, changed), strict=True):
            recs = records[index]
            if old is not None:
                kept = {
                    key: old[key] if key in old and old[key].same(rec) else rec
                    for key, rec in recs.items()
                }
                same = len(kept) == len(old) and all(kept[k] is old.get(k) for k in kept)
                steady[index] = old if same else kept
        self._last = ById(ids, steady)
        return steady


def keys_of_article(records: dict[str, Record], _: None) -> frozenset[str]:
    """The name keys the model tagged in an article (joining surnames across the corpus
    moves records between entities but never changes an article's keys)."""
    return frozenset().union(*(rec.keys for rec in records.values()))


def _article_records(found: Sequence[Mention], rules: EditorRules) -> dict[str, Record]:
    recs: dict[str, Record] = {}
    blocked = rules.blocked
    for mention in found:
        said, on_a_network = _without_a_network(_without_a_leading_word(mention))
        forms = _without_who_they_are(said, mention.kind == "person")
        first = None  # the first surviving spelling's record
        for (tagged, _), (form, n) in zip(said, forms, strict=True):
            key = name_key(form)
            if not key or key in blocked:
                continue
            rec = recs.setdefault(rules.target(key), Record())
            rec.forms[form] += n
            rec.keys.add(key)
            if tagged != form:
                # The spelling the model tagged stays one of the name's keys in the article
                # ("Ecuadorian Felipe Caicedo" is where "Felipe Caicedo" is written).
                rec.keys.add(name_key(tagged))
            if first is None:
                first = rec
        # A mention's labels and cues go with its first surviving spelling's record.
        if first is not None:
            # Added one by one: `Counter.update` checks its argument against the `Mapping`
            # ABC, which cost more than the additions over a corpus's mentions.
            labels = first.labels
            for label, n in (
                dict(mention.labels) or {_label_of(mention.kind): mention.count}
            ).items():
                labels[label] += n
            cues = first.cues
            for cue, n in dict(mention.cues).items():
                cues[cue] += n
            cues[FURNITURE] += on_a_network
            # A nationality or an occupation before a given name and a surname says a
            # person, whatever the model's label ("Ecuadorian Felipe Caicedo" is its ORG).
            for (tagged, n), (form, _) in zip(said, forms, strict=True):
                if form != tagged:
                    cues["person"] += n
    return recs


# "Share your thoughts with Kelly Wallace on Twitter or CNN Living on Facebook": the model
# runs the name on into the social network the page's furniture points to.
_ON_A_NETWORK = re.compile(
    r"(.*\S)\s+on\s+(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|TikTok|Snapchat|Pinterest)"
)


def _without_a_network(
    forms: tuple[tuple[str, int], ...],
) -> tuple[tuple[tuple[str, int], ...], int]:
    # The name without "on Facebook", and how many of its uses were so written: those are
    # the page's furniture, and a name found only there is no tag (`voting.junk_reason`).
    kept, furniture = [], 0
    for form, n in forms:
        found = _ON_A_NETWORK.fullmatch(form)
        if found:
            form, furniture = found[1], furniture + n
        kept.append((form, n))
    return tuple(kept), furniture


def _without_a_leading_word(mention: Mention) -> tuple[tuple[str, int], ...]:
    # "Joining Michelle on the list", "Break even: Champions Chelsea could miss out": the
    # model's person opens with a participle or a plural noun where any word has a capital,
    # the start of a sentence or after a colon. Such a word is no part of a person's name
    # unless it is a given name, a surname ("Miles Davis", "Wells") or a place ("Reading").
    # And whatever the model sees, a conjunction, a preposition or an adverb that opens a
    # sentence: "While Boston", "With Brexit", "Besides Obama", "Hence Vib".
    forms = mention.forms or ((mention.name, mention.count),)
    if dict(mention.cues).get(ANY_CAPITAL, 0) < mention.count:
        return forms
    kept = []
    for form, n in forms:
        word, _, rest = form.partition(" ")
        if rest[:1].isupper() and (
            word.casefold() in _SENTENCE_OPENERS
            or (
                mention.kind == "person"
                and (word.endswith("ing") or (word.endswith("s") and is_common_word(word[:-1])))
                and word[1:].islower()
                and _no_name_word(word)
            )
        ):
            form = rest
        kept.append((form, n))
    return tuple(kept)


# Words that open a sentence and no name: conjunctions, prepositions and adverbs.
_SENTENCE_OPENERS = frozenset(
    "while whilst with without besides hence is are was were despite although though since "
    "because unlike against before after during meanwhile however thus therefore if when "
    "whenever whereas whether until unless also even then now yet but or nor".split()
)


_BODY_OR_PLACE_WORDS = ORGANISATION_WORDS | PLACE_WORDS


def _without_who_they_are(
    forms: tuple[tuple[str, int], ...], person: bool
) -> tuple[tuple[str, int], ...]:
    # "Ecuadorian Felipe Caicedo scored twice", "Englishman Mark Cairns", "Holidaymaker
    # David Meadwell", "Commissioner Adam Silver": the model takes the word that says who
    # someone is, written with a capital as tabloids and captions write it, into the
    # person's name, as a person or an organisation; and a sentence's first word too
    # ("Beneath Rick Santorum's sweater vest"). The rest must be a person's shape: a given
    # name opening two or three capitalised words, none a word for a body or a place
    # ("German Marshall Fund", "American Eagle Outfitters", "Indian Ocean" keep their
    # names). A dictionary word is cut only where the model sees a person: such words open
    # bodies' and places' names too ("United Paris St Germain", "Air France Flight").
    # Where the model sees a person, the words may be an office of several ("District
    # Attorney Phil Stirling", "Deputy District Attorney Phil Stirling"); so they may where
    # a title ends them, whatever the model sees ("Homicide Detective Dominic Mangoni", its
    # organisation).
    # A noun for someone of a nation ("Frenchman", "Briton") opens no body's or place's
    # name as its adjective does, so the name after it need not open with a given name of
    # the lists, and may be a surname alone or run to four words: "Dutchman Sjaak Rijke",
    # "Briton Ennis-Hill", "Frenchman Jonathan Dasnieres de Veigy" (CNN/DailyMail, frank).
    kept = []
    for form, n in forms:
        words = form.split()
        for cut in range(1, min(len(words) - 1, 3) + 1):
            rest = words[cut:]
            noun = cut == 1 and len(rest) <= 4 and _nationality_noun(words[0])
            if not (2 <= len(rest) <= 3 or noun):
                continue
            titled = person or words[cut - 1].casefold() in PERSON_TITLES
            if (
                (
                    (cut == 1 and (is_nationality_word(words[0]) or is_city_people_word(words[0])))
                    or (titled and all(_plain_word(w) for w in words[:cut]))
                )
                and (noun or is_given_name(rest[0]))
                and all(w[:1].isupper() or w in NAME_CONNECTORS for w in rest[1:-1])
                and rest[0][:1].isupper()
                and rest[-1][:1].isupper()
                and not (len(rest) == 1 and _plain_word(rest[0]))
                and not _BODY_OR_PLACE_WORDS.intersection(w.casefold() for w in rest)
                and place_strength(" ".join(rest)) is Place.NONE
            ):
                form = " ".join(rest)
                break
        kept.append((form, n))
    return tuple(kept)


# Nouns for someone of a nation that no ending of "man" or "woman" makes (not those that
# are given names: "Dane", "Scot", "Finn"; nor "Turk" or "Pole", which open other names).
_NATIONALITY_NOUNS = frozenset(
    "briton brit spaniard swede serb croat kiwi aussie icelander luxembourger cypriot".split()
)


def _nationality_noun(word: str) -> bool:
    # Asked of every spelling's first word: the cheap test of its ending goes first. One
    # person's noun, not the plural: "Turkmen" (of "the Turkmen Mejlis", ECB+) is a
    # people's adjective, "Turk" and "-men" only by its letters.
    folded = word.casefold()
    if folded.endswith(("man", "woman")):
        return is_nationality_word(word)
    return folded in _NATIONALITY_NOUNS


def _plain_word(word: str) -> bool:
    # A dictionary word that is no proper word, given name, surname or place: an
    # occupation ("Comedian", "Fusilier", "Substitute"), or a sentence's first word
    # ("Beneath Rick Santorum"). A surname such a word may be ("Moon Jae In", "Young",
    # "Brown") or a town ("Reading") may open a name.
    return word.isalpha() and not is_proper_word(word) and _no_name_word(word)


def _no_name_word(word: str) -> bool:
    # A dictionary word that is no given name, surname or place of the lists.
    return (
        is_common_word(word)
        and not is_given_name(word)
        and not is_surname(word)
        and place_strength(word) is Place.NONE
    )


def _label_of(kind: str) -> str:
    return {"person": "PERSON", "organisation": "ORG", "place": "GPE"}.get(kind, "OTHER")


def _person_labels(labels: Mapping[str, int]) -> dict[str, int]:
    # The model's labels of a name that say it is a person.
    return {label: n for label, n in labels.items() if kind_of_label(label) == "person"}


def person_leaning(rec: Record) -> bool:
    """Whether the model calls the name a person in half its labels, or a cue does."""
    people = sum(n for label, n in rec.labels.items() if kind_of_label(label) == "person")
    return people * 2 >= sum(rec.labels.values()) or rec.cues["person"] > 0


def may_be_surname(key: str, rec: Record) -> bool:
    """A one-word name the model or a title calls a person, or that is no known place; never
    a country's code ("UK" of "John Lewis UK")."""
    if any(is_country_code(form) for form in rec.forms):
        return False
    return (
        any(kind_of_label(label) == "person" for label in rec.labels)
        or rec.cues["person"] > 0
        or place_strength(key) is Place.NONE
    )


def is_country_code(form: str) -> bool:
    """Whether a spelling is a country's code ("UK", "U.S.")."""
    found = country_of(form)
    return found is not None and found[1]


def _join_surnames_in_article(recs: dict[str, Record], rules: EditorRules) -> None:
    # The names each key ends, after a space: a key that ends none is no one's surname,
    # and most keys end none, so the checks below are made for the others only.
    ending: dict[str, list[str]] = {}
    for k in recs:
        # "Robinson" beside "Tony Terrell Robinson Jr": a surname ends the name before its
        # generation too ("Jesse Jackson Jr" is still a Jackson).
        name, _, last = k.rpartition(" ")
        for full in (k, name) if " " in name and last in GENERATIONS else (k,):
            at = full.find(" ")
            while at >= 0:
                ending.setdefault(full[at + 1 :], []).append(k)
                at = full.find(" ", at + 1)
    for key in list(recs):
        longer = ending.get(key)
        if longer is None or rules.is_aliased(key) or key not in recs:
            continue
        lone = False
        # "O'Connor" and "Smith-Jones" are one word as written, two in their keys.
        if any(" " in form for form in recs[key].forms or recs[key].short or (key,)):
            # "O'Neal", "van Sebille", "Al Habsi", "Nour Mohammad": a surname of several
            # words (a particle, an apostrophe) the model calls a person ends the one longer
            # person name of the article ("Shaquille O'Neal") as a one-word surname does.
            if not person_leaning(recs[key]):
                continue
            claims = True
        elif may_be_surname(key, recs[key]):
            # A surname the model calls a person also claims a full name it mistyped; not
            # a country, a continent or a US state, whose person cue is its team's ("Germany
            # was playing France") and whose name ends names of other things ("Stade de
            # France"): those join only a name the model calls a person ("Michael Jordan").
            claims = person_leaning(recs[key]) and place_strength(key) is not Place.REGION
            # "Bartoli" beside "Marion Bartoli", both an organisation or a place to the
            # model: a surname written with no cue of a kind ends the one name of the
            # article shaped as a person's, as a town's name does below.
            lone = (
                not claims
                and surname_written_kindless(key, recs[key], PERSON_COMPATIBLE_CUES)
                and not any(person_leaning(recs[k]) for k in longer if k in recs)
            )
        elif _lone_name_of_a_person(key, recs[key]):
            # "Robert Downey Jr ... which Downey called": a surname alone the model calls an
            # organisation or a place that the gazetteer knows as a town ("Downey",
            # "Warburton"), with no cue of a kind where it is written, is the one person of
            # the article it ends when that is shaped as a person's name by general
            # knowledge ("Robert Downey Jr", not "Williams-Mercedes" nor the glued "Conference
            # Barnet"), whatever the model calls that name ("Kurt Campbell", an organisation
            # to it); beside two people of it, whose it is stays open.
            claims, lone = False, True
        else:
            continue
        owners = _one_person(
            _without_runs(
                [
                    k
                    for k in longer
                    if k in recs
                    and (
                        person_leaning(recs[k])
                        or (claims and could_be_person(k))
                        or (lone and _named_as_a_person(recs[k]))
                    )
                ],
                recs,
            )
        )
        if len(owners) == 1 and (not lone or _named_as_a_person(recs[owners[0]])):
            rec = recs.pop(key)
            if lone and not person_leaning(recs[owners[0]]):
                # "Campbell impressed ... Kurt Campbell, the senior U.S. State Department
                # official" (both organisations to the model): what the model calls the
                # surname alone is no evidence against the person the name's shape says.
                rec = Record(
                    forms=rec.forms,
                    short=rec.short,
                    labels=Counter(_person_labels(rec.labels)),
                    cues=rec.cues,
                    keys=rec.keys,
                )
            recs[owners[0]].absorb(rec, as_short=True)
        elif owners and claims and " " not in key:
            # "Jackson" beside "Jesse Jackson" and "Santita Jackson": whose surname it is
            # stays open, but a surname it is, not the town the gazetteer knows.
            recs[key].cues[SURNAME] += 1


# The notes on a lone name's uses that say nothing of its kind: a name with any other
# ("in Downey", "Downey's shares", "the Downey store", "Downey manager") keeps its type.
_KINDLESS_CUES = frozenset({ANY_CAPITAL, SEEN, HEADLINE})


# Notes that a person's surname alone may carry as well as a firm or a town: "the Teixeira
# sweepstakes", "attacked Mendes again" (the club's "against"), a source or a speaker.
PERSON_COMPATIBLE_CUES = _KINDLESS_CUES | {AFTER_THE, CLUB, "person", SOURCE, SPEAKER}


def _lone_name_of_a_person(key: str, rec: Record) -> bool:
    """A one-word name the model calls no person that the gazetteer knows as a town but no
    big city, country, continent or US state ("Lincoln", "Jordan", "Washington" keep their
    place), written with no cue of a place or a body (a small town's name is a surname as
    often: "Teixeira", "Mendes")."""
    return place_strength(key) in (Place.ALTERNATE, Place.CITY) and surname_written_kindless(
        key, rec, PERSON_COMPATIBLE_CUES
    )


def surname_written_kindless(
    key: str, rec: Record, allowed: frozenset[str] = _KINDLESS_CUES
) -> bool:
    """A one-word name the model calls no person that may be a surname alone: written with
    no cue of a kind (none but `allowed`), and no country, continent, US state, big city or
    country code ("Jordan" beside Michael and Eddie Jordan keeps its place)."""
    return (
        " " not in key
        and place_strength(key) is not Place.REGION
        and not is_big_city(key)
        and no_kind_cue(rec, allowed)
        and not any(is_country_code(form) for form in rec.forms)
    )


def no_kind_cue(rec: Record, allowed: frozenset[str] = _KINDLESS_CUES) -> bool:
    """Whether the article writes the name with no cue of a kind (none but `allowed`)."""
    return all(cue in allowed for cue, n in rec.cues.items() if n > 0)


def shaped_as_a_person(rec: Record) -> bool:
    """Whether the spelling an article writes most of a name is shaped as a person's
    (`voting.given_name_and_surname`)."""
    return given_name_and_surname(_most_written(rec))


def _most_written(rec: Record) -> str:
    return max(rec.forms.items(), key=lambda item: (item[1], item[0]))[0] if rec.forms else ""


def _named_as_a_person(rec: Record) -> bool:
    # "Gordon Hayward", "Scott Walker": a surname that is also an English word ("hayward",
    # "walker") keeps a name from the shape general knowledge gives a person's, but a name
    # the model calls a person that opens with a given name is a person's as surely.
    if shaped_as_a_person(rec):
        return True
    form = _most_written(rec)
    return person_leaning(rec) and " " in form and is_given_name(form.split()[0])


def _join_given_names_in_article(recs: dict[str, Record], rules: EditorRules) -> None:
    # "Michelle" beside "Michelle Obama", "Najib" beside "Najib Razak": a one-word name the
    # model calls a person, in an article with one person of that first name, is that person.
    starting: dict[str, list[str]] = {}
    for k in recs:
        first, space, _ = k.partition(" ")
        if space:
            starting.setdefault(first, []).append(k)
    for key in [k for k in recs if " " not in k]:
        longer = starting.get(key)
        if longer is None or rules.is_aliased(key) or not person_leaning(recs[key]):
            continue
        # A country, a continent or a US state opens names of bodies too ("the Alabama
        # Supreme Court", a person to the model beside its "Alabama"): it is the first name
        # only of a name with no body's word that is no known place ("Chad Littlefield").
        place = place_strength(key) is Place.REGION
        owners = _one_person(
            [k for k in longer if person_leaning(recs[k]) and (not place or could_be_person(k))]
        )
        if len(owners) == 1:
            recs[owners[0]].absorb(recs.pop(key), as_short=True)


def _without_runs(owners: list[str], recs: Mapping[str, Record]) -> list[str]:
    # "Anfield Henderson" beside "Jordan Henderson": a caption run into the next sentence
    # opens with a name the article writes alone that the model does not call a person;
    # the surname is the other name's. All of them stay when every one is such a run.
    people = [k for k in owners if not _opened_by_a_thing(k, recs)]
    return people or owners


def _opened_by_a_thing(key: str, recs: Mapping[str, Record]) -> bool:
    first = key.split()[0]
    return first in recs and not person_leaning(recs[first])


def _one_person(owners: list[str]) -> list[str]:
    # "Alice Easley Shields" and "Alice Shields" in one article: a name and the same name
    # with a middle name are one person (the merges join them later), so a first name or a
    # surname beside both has one owner, the longest.
    if len(owners) < 2:
        return owners
    longest = max(owners, key=lambda k: (len(k.split()), k))
    full = longest.split()

    def within(key: str) -> bool:
        words = key.split()
        rest = iter(full)
        return words[0] == full[0] and words[-1] == full[-1] and all(w in rest for w in words)

    return [longest] if all(within(k) for k in owners) else owners


def could_be_person(key: str) -> bool:
    """A name with no organisation word in it that is no known place."""
    return not set(key.split()) & ORGANISATION_WORDS and place_strength(key) is Place.NONE
