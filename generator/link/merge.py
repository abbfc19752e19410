"""Step 5 of the entity resolution (see `resolve`): names of one entity that do not share a
name key become one entity, each merge with its reason.

- what an article defines: "the Federal Aviation Administration (FAA)", "Mumbai, also known
  as Bombay" (`definitions`), across the corpus; an abbreviation also joins the start of
  its long form that the model tagged in that article ("Joint Agency Co-ordination");
- initials: an acronym and the one longer name in the same article whose initials it is
  ("IMF" beside "International Monetary Fund"), or of three letters or more (two with dots)
  the corpus's only such name with context shared ("AFP", "Agence France-Presse", "E.U.");
  a news agency's initials and its name ("AP", "Associated Press": `agencies`);
- countries and US states under every name (`countries`): "US", "U.S.", "USA", "United
  States"; a bare two-letter code only beside another name of the same country;
- cities: two names GeoNames gives the one same city ("Kiev", "Kyiv");
- legal forms: "Maersk Line A/S" is "Maersk Line";
- a name and the same name with an organisation or building word ("Harvard" and "Harvard
  University", "Notre Dame" and "Notre Dame Cathedral"), when that is the only such name
  or, in an article that names both, the whole of several ("Punahou Street", not "Punahou
  School"; "NBC Sports Group", not "NBC Sports Network");
- a long organisation's name with its kind word swapped for another of one first letter
  ("Australian Transport Safety Board" for the "... Bureau"), with context shared;
- a name and the same name with its owner's possessive or its sponsor's name ("Italy's Serie
  A", "Barclays Premier League"), when that is the only such name;
- a town and its club's full name ("Leicester" beside "Leicester City", "Milan" beside "AC
  Milan"), one club; a club's nickname in a report that names the club ("the Foxes",
  "Atleti": `clubs`); two names of one ground, landmark, league, club, party or body ("Camp
  Nou", "Nou Camp"; "EPL", "Premier League"; "Inverness CT", "Caley Thistle"; "GOP",
  "Republican Party"; "Isil", "Islamic State": `landmarks`, `clubs`, `parties`,
  `organisations`);
- a name with a word clipped ("West Brom", "Man City") and the corpus's one longer name it
  opens ("West Bromwich Albion", "Manchester City"), in one article or with context shared;
- a place's name and the same name with its city before it in one article ("Charles de
  Gaulle" beside "Paris Charles de Gaulle" and "Roissy Charles de Gaulle");
- the start of an organisation's name beside the full name in an article ("Samsung",
  "Samsung Electronics"), a place without its "of ..." or "City of", the last word of a
  band's or a team's name ("the Stones", "the Rolling Stones");
- an organisation written once with a sentence's first words before it ("Older Samsung
  features like"), and the name the corpus writes alone in more articles;
- spellings (`spellings`): spaced differently, near spellings, middle names, a person's
  first name or misspelt surname alone;
- a surname alone that two people of each of its articles share: the person each article
  names first (`fragments.first_named`);
- a given name the model cut from the surname after it in each of its articles ("Adrian" of
  "Adrian Teklinski"): that person (`fragments.first_named`).

In the articles that define an abbreviation by common words ("a micro control unit (MCU)")
or write a name only inside a longer one ("Gulf" in "Gulf Cooperation Council",
`fragments`), that name is none. A name made of two others of the corpus joined by "and"
("New Democracy and Pasok") is no entity, nor is the plural of a surname of the corpus's
people ("the Obamas") or of a nationality the model names ("Greeks", "Frenchman"), nor a
name of a product line the corpus names with model numbers ("Samsung Galaxy Alpha" beside
"Samsung Galaxy S5"), nor an organisation of the corpus and words after it that the model
calls a person or a place ("Samsung Hub": its product or part), nor an organisation's
possessive before dictionary words ("Samsung’s Gear line"), nor a person written once with
a sentence's first words before a surname of the corpus ("Citing Obama's"), nor a product
of the list ("Tizen", "Siri": `products`). A club's own name, a team, a news outlet, a
party and a body under another of its names are organisations and a ground or a landmark is
a place whatever the vote says (`clubs`, `outlets`, `parties`, `organisations`,
`landmarks`). A merged group's type
is voted again over all its records; a part of a person's name that joined the person makes
it that person.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator.analyse.mentions.cues import (
    AFTER_THE,
    ANY_CAPITAL,
    CLUB,
    CLUB_OR_PLACE_ENDS,
    CLUB_WORDS,
    ORGANISATION_WORDS,
)
from generator.analyse.mentions.labels import KINDS, OTHER
from generator.link.agencies import agency_name
from generator.link.clubs import (
    club_called,
    clubs_of_nickname,
    is_team,
    league_called,
)
from generator.link.countries import country_of, is_country, is_people_word
from generator.link.definitions import BIRTH_NAME, NICKNAME
from generator.link.firms import is_known_firm
from generator.link.fragments import CUT_GIVEN_NAME, FIRST_NAMED, NAMED_BEFORE
from generator.link.gazetteer import Place, city_of, is_big_city, is_subdivision, place_strength
from generator.link.groups import GroupView, view, vote_records
from generator.link.landmarks import landmark_called
from generator.link.name_lists import (
    GENERATIONS,
    LEGAL_FORMS,
    is_given_name,
    is_listed_company,
    is_surname,
    legal_stem,
)
from generator.link.organisations import organisation_called
from generator.link.outlets import is_outlet
from generator.link.parties import party_called
from generator.link.products import is_product
from generator.link.records import (
    PERSON_COMPATIBLE_CUES,
    Record,
    no_kind_cue,
    person_leaning,
    shaped_as_a_person,
    surname_written_kindless,
)
from generator.link.spellings import (
    Unions,
    alike,
    compass_adjectives,
    generations,
    named_together,
    near_spellings,
    one_article_or_story,
    one_story,
    people_by_parts,
    pet_names,
    reordered_bodies,
    reordered_names,
    shared_context,
)
from generator.link.voting import (
    COMPASS_WORDS,
    PLACE_WORDS,
    ROAD_WORDS,
    ArticleEvidence,
    body_of_the_lists,
    product_line,
)
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import CONNECTORS, name_key

# Words that name the organisation or the building rather than another thing.
# A broadcaster's news division is a page of its own ("ABC" and "ABC News", "NBC" and "NBC
# News"), so "news" is not one of them.
_KIND_WORDS = (ORGANISATION_WORDS | PLACE_WORDS | {"magazine", "school"}) - LEGAL_FORMS - {"news"}
# "City of Chicago", "State of Illinois": the place under its own name.
_PLACE_OF = frozenset({"city", "town", "state", "republic", "kingdom", "province"})
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,6}")

Merges = Mapping[str, tuple[tuple[str, str], ...]]  # entity key → (merged key, reason)


class Merger:
    """`merge_groups` again and again, remembering what it read of each group (its
    spellings) and each merged group with its vote while their groups are last call's
    objects: a save that changes one article's names redoes the merges of the corpus, but
    reads and merges again only the groups that changed."""

    def __init__(self) -> None:
        self._last = _Memo({}, {})

    def __call__(self, keys, columns, given):
        """`merge_groups(keys, columns, given)`."""
        memo = _Memo({}, {}, self._last)
        result = merge_groups(keys, columns, given, memo)
        self._last = memo
        return result


class _Memo:
    """This call's spellings and merged groups, reusing the last call's for the same
    objects."""

    def __init__(self, forms: dict, merged: dict, last: _Memo | None = None) -> None:
        self._forms_of: dict[str, tuple[GroupView, frozenset[str]]] = forms
        self._merged_of: dict[str, tuple[tuple[GroupView, ...], frozenset[str], GroupView, str]]
        self._merged_of = merged
        self._owned_of: dict[str, tuple[GroupView, frozenset[tuple[str, str]]]] = {}
        self._last = last

    def forms(self, key: str, group: GroupView) -> frozenset[str]:
        """Every spelling of a group."""
        old = self._last._forms_of.get(key) if self._last else None
        found = old[1] if old and old[0] is group else frozenset(_forms(group))
        self._forms_of[key] = (group, found)
        return found

    def owned(self, key: str, group: GroupView) -> frozenset[tuple[str, str]]:
        """The names a group's spellings may be with an owner or a sponsor before them
        (see `_owned_forms`)."""
        old = self._last._owned_of.get(key) if self._last else None
        if old and old[0] is group:
            found = old[1]
        else:
            found = frozenset(filter(None, map(_owned_name, self.forms(key, group))))
        self._owned_of[key] = (group, found)
        return found

    def merged(
        self, target: str, views: tuple[GroupView, ...], given_names: frozenset[str]
    ) -> tuple[GroupView, str]:
        """The merged group of `views` and its vote."""
        old = self._last._merged_of.get(target) if self._last else None
        if (
            old
            and len(old[0]) == len(views)
            and all(map(operator.is_, old[0], views))
            and old[1] == given_names
        ):
            made = old[2], old[3]
        else:
            merged = _merged_view(views)
            made = merged, vote_records(merged.records, given_names)
        self._merged_of[target] = (views, given_names, *made)
        return made


def merge_groups(
    keys: Sequence[str],
    columns: tuple[Sequence[GroupView], Sequence[str]],
    given: tuple[tuple[tuple[float, str, str, str], ...], frozenset[str]],
    memo: _Memo | None = None,
) -> tuple[dict[str, GroupView], dict[str, str], Merges, dict[str, str]]:
    """The groups and kinds after the merges, the merges by entity key, and the keys found
    to be no entity with why."""
    memo = memo or _Memo({}, {})
    views, voted = columns
    defined, given_names = given
    groups = dict(zip(keys, views, strict=True))
    kinds = dict(zip(keys, voted, strict=True))
    # "Aston Villa", "Paris Saint-Germain", "Tottenham Hotspur": a person or a place to the
    # model in a line of a report, the club wherever it stands (no product of "Tottenham").
    own_clubs = {
        key
        for key in keys
        if kinds[key] in KINDS
        and _a_club_s_own_name(key)
        # One word a report calls a person is that person ("the Brazilian forward Everton").
        and not (" " not in key and _called_a_person(groups[key]))
    }
    # "Hibernian" (a people's word, the model's NORP at each mention) is the club where a
    # report of it has a sports cue ("Hibernian manager", "a defeat to Hibernian").
    own_clubs |= {
        key
        for key in keys
        if kinds[key] == OTHER and club_called(key) == key and _a_side_in_a_report(groups[key])
    }
    # "Brentford" (frank: a person to the model in three reports of sport) is the club where
    # a report names it as a side, also bare ("as do Brentford"), and none as a person (the
    # Brazilian forward "Everton"). A town the vote makes a place is left so: its page holds
    # the town's reports and the club's ("Barcelona").
    own_clubs |= {
        key
        for key in keys
        if kinds[key] == "person"
        and club_called(key) == key
        and _a_side_in_a_report(groups[key], bare=True)
        and not _called_a_person(groups[key])
    }
    # "Spurs": a nickname of one club of the list that the vote leaves a place or a person
    # is the side where a report of it is a report of sport ("gave Spurs the lead"). One of
    # several clubs ("Blues") is left as it is: as a body it would take in "Cardiff Blues".
    own_clubs |= {
        key
        for key in keys
        if kinds[key] in ("place", "person")
        and len(clubs_of_nickname(key)) == 1
        and _a_side_in_a_report(groups[key], bare=True)
    }
    kinds.update(dict.fromkeys(own_clubs, "organisation"))
    # "told France Info", "Yonhap reported": a news outlet (`outlets`), whatever its words;
    # "Isil", "Daesh", "MI6": a body under another of its names (`organisations`); "Les
    # Bleus", "Sauber", "Saracens": a team (`clubs`);
    # "the Lib Dems", "Liberal Democrats" (the model's NORP): a party (`parties`), even where
    # the vote dropped it.
    known_bodies = {
        key
        for key in keys
        if kinds[key] in KINDS and (is_outlet(key) or organisation_called(key) or is_team(key))
    }
    known_bodies |= {key for key in keys if party_called(key)}
    kinds.update(dict.fromkeys(known_bodies, "organisation"))
    # "Old Trafford", "Pittodrie", "Vicente Calderon", "Big Ben": a ground or a landmark
    # (`landmarks`), whatever the model makes of the district or the person it is named after.
    landmarks = {key for key in keys if kinds[key] in KINDS and landmark_called(key)}
    kinds.update(dict.fromkeys(landmarks, "place"))
    # "Tizen", "Siri", "an Xbox": a product (`products`), whatever the model makes of it,
    # left out before any rule joins it to a body's name.
    products = {key for key in keys if kinds[key] in KINDS and is_product(key)}
    kinds.update(dict.fromkeys(products, OTHER))
    # Two names run together join nothing: the person in them is a page of its own.
    opened = _opening_words(groups, kinds)
    glued = (
        _glued_names(groups, kinds)
        | _bodies_before_surnames(groups, kinds)
        | _names_before_surnames(groups, kinds)
        | _names_before_sentence_words(groups)
        | _listed_names(groups, kinds)
        | _owned_things(groups, kinds)
    )
    # A person is named by its surname alone in many articles, and the page of a spelling
    # joined to it would be named by the spelling ("Citing Obama"): the spelling goes.
    glued |= {
        key: f"a sentence's first words before the person '{name}'"
        for key, name in opened.items()
        if kinds[key] == "person"
    }
    glued_groups = {key: groups.pop(key) for key in glued}
    for key in glued:
        del kinds[key]
    found = Unions()
    by_article: dict[float, list[str]] = defaultdict(list)
    for key, group in groups.items():
        for article in group.group:
            by_article[article].append(key)

    firsts: dict[str, set[str]] = defaultdict(set)  # surname → the first named in each article
    cut: dict[str, dict[float, str]] = defaultdict(dict)  # given name → its surname by article
    before: dict[str, dict[float, str]] = defaultdict(dict)  # name alone → its person by article
    for article, a, b, how in defined:
        if how == FIRST_NAMED:
            if a in groups and b in groups:
                firsts[a].add(b)
                before[a].setdefault(article, b)
            continue
        if how == CUT_GIVEN_NAME:
            if a in groups and b in groups:
                cut[a][article] = b
            continue
        if how == NAMED_BEFORE:
            # The person written last before each use outranks the one named first.
            if a in groups and b in groups:
                before[a][article] = b
            continue
        if how == "abbreviation" and a not in groups:
            a = _cut_short(a, b, article, groups)
            if a not in groups:
                a = _with_words_before(a, by_article.get(article, ()))
        elif how == "also known as" and a not in groups:
            a = _last_of_two(a, article, groups)
        if how == BIRTH_NAME and not (kinds.get(a) == kinds.get(b) == "person"):
            # "the former Yugoslav Republic": a birth name is a person's, and so is its
            # bearer's name now.
            continue
        if how == NICKNAME and any(kinds.get(k) == OTHER and is_people_word(k) for k in (a, b)):
            # A nickname that is a people's word ("Vincent "The Chin" Gigante": "Chin" is a
            # people of Myanmar) would name the person's page where it is the most common
            # spelling, and drop it with it as a nationality.
            continue
        if a in groups and b in groups and b:
            found.union(a, b, f"defined in the text ({how})")
    _initials(groups, kinds, by_article, found, memo)
    _dotted_initials(groups, kinds, found)
    _tail_initials(groups, kinds, by_article, found)
    _head_initials(groups, kinds, by_article, found)
    _countries(groups, kinds, found, memo)
    _cities(groups, kinds, found)
    _heads_spelt_two_ways(groups, kinds, found)
    # Given names and surnames of the corpus's people: no name of a body cut short.
    people_names = given_names | {
        key.rsplit(" ", 1)[-1] for key, kind in kinds.items() if kind == "person" and " " in key
    }
    cut_firms = _suffixes(groups, kinds, found, people_names)
    _articles(groups, kinds, found)
    _flights(groups, kinds, found)
    sides = _short_forms(groups, kinds, by_article, found)
    _other_kind_words(groups, kinds, by_article, found)
    _kind_word_first(groups, kinds, by_article, found)
    _a_word_left_out(groups, kinds, by_article, found)
    # Names whose merged entity is an organisation whatever its vote says.
    bodies = (
        own_clubs
        | known_bodies
        | _club_towns(groups, kinds, found)
        | _nicknames(groups, kinds, by_article, found)
    )
    _names_of_one(groups, kinds, landmark_called, found, "two names of one place")
    bodies |= _names_of_one(groups, kinds, league_called, found, "two names of one league")
    _names_of_one(groups, kinds, party_called, found, "two names of one party")
    # "Inverness CT" and "Caley Thistle", "Man Utd" and "Manchester United": a club's own
    # names (`_a_club_s_own_name`; no town's: `_club_towns` joins those where they are the
    # club's).
    bodies |= _names_of_one(groups, kinds, _own_club_name, found, "two names of one club")
    _names_of_one(groups, kinds, organisation_called, found, "two names of one body")
    # A name both rules join, to two other names, is the generic name of several bodies
    # and joins neither ("District Court", of the U.S. District Court in one report and of
    # Moscow's Basmanny District Court in another, CNN).
    national = _national_forms(groups, kinds, by_article, memo)
    owned = _owned_forms(groups, kinds, by_article, memo)
    for rest, (key, reason) in national.items():
        if owned.get(rest, (key,))[0] == key:
            found.union(key, rest, reason)
    for rest, (key, reason) in owned.items():
        if national.get(rest, (key,))[0] == key:
            found.union(rest, key, reason)
    for key, name in opened.items():
        if key in groups and name in groups and kinds[key] == "organisation":
            found.union(key, name, "a sentence's first words before the name")
    _last_words(groups, kinds, found)
    _site_addresses(groups, kinds, found)
    _place_words_dropped(groups, kinds, found)
    served = _cities_before(groups, kinds, found)
    clipped = (
        _clipped_words(groups, kinds, by_article, found)
        | sides
        | cut_firms
        | _clipped_one_word(groups, kinds, found, people_names)
    )
    near_spellings(groups, kinds, by_article, found)
    reordered_names(groups, kinds, by_article, found)
    reordered_bodies(groups, kinds, by_article, found)
    compass_adjectives(groups, kinds, by_article, found)
    pet_names(groups, kinds, by_article, found)
    generations(groups, kinds, by_article, found)
    people_by_parts(groups, kinds, by_article, found)
    _surnames_of_the_first_named(groups, kinds, by_article, firsts, found)
    _given_names_cut_from_surnames(groups, kinds, cut, found)
    _names_of_the_one_named_before(groups, kinds, before, found)

    merged_groups = dict(groups)
    merges: dict[str, tuple[tuple[str, str], ...]] = {}
    for members in found.sets():
        target = max(members, key=lambda k: (len(groups[k].group), groups[k].total, k))
        merged, kind = memo.merged(target, tuple(groups[k] for k in members), given_names)
        if any(map(party_called, members)) or (
            kind not in KINDS and known_bodies.intersection(members)
        ):
            # "Lib Dems" joined "Liberal Democrats": the party, though the model's people's
            # word and person labels vote for none; so is a body of the lists ("Broncos",
            # the model's product, joined "Denver Broncos", ECB+).
            kind = "organisation"
        elif (
            kind in KINDS
            and any(k in found.person_parts and kinds[k] == "person" for k in members)
            and not any(ORGANISATION_WORDS.intersection(k.split()) for k in members)
        ):
            # A part of a person's name joined the person: the entity is that person (unless
            # an organisation's name joined too: "Panutan Group").
            kind = "person"
        elif kind in KINDS and landmarks & set(members) and not bodies & set(members):
            # "Nou Camp" joined "Camp Nou": a place, whatever the two votes make of them.
            kind = "place"
        elif (
            kind in KINDS
            and bodies & set(members)
            and not any(PLACE_WORDS.intersection(k.split()) for k in set(members) - bodies)
        ):
            # A town that joined its club's full name names the club ("Leicester" beside
            # "Leicester City"), whatever the town's labels say, as an outlet's name does
            # its outlet and a league's other name its league ("Primera Division"); the
            # club's name that joined its ground's is the ground ("Cardiff City Stadium").
            kind = "organisation"
        elif kind in KINDS and clipped.keys() & set(members):
            # "West Brom" (a place to the vote) joined "West Bromwich Albion", "Atletico"
            # (a person to it) "Atletico Madrid": the full name says what the entity is.
            kind = kinds[clipped[min(clipped.keys() & set(members))]]
        elif kind in KINDS and served & set(members):
            # "Charles de Gaulle" (a person's name to the model) joined "Paris Charles de
            # Gaulle", a place: the entity is the place. An organisation's name keeps the
            # vote ("Reclaim Australia" beside "the Brisbane Reclaim Australia event").
            kind = "place"
        for key in members:
            if key != target:
                del merged_groups[key], kinds[key]
        merged_groups[target], kinds[target] = merged, kind
        merges[target] = tuple((k, found.reason[k]) for k in sorted(members) if k != target)
    dropped = {}
    for key, group in glued_groups.items():
        merged_groups[key], kinds[key] = group, OTHER
        dropped[key] = glued[key]
    terms: dict[str, set[float]] = defaultdict(set)
    why: dict[str, str] = {}
    for article, key, empty, reason in defined:
        if not empty and key in merged_groups and key not in merges:
            terms[key].add(article)
            why.setdefault(key, reason)
    for key, articles in terms.items():
        # "a micro control unit (MCU)", "Gulf" in "Gulf Cooperation Council": no name in the
        # articles that say so; elsewhere the spelling may still name something.
        rest = {n: rec for n, rec in merged_groups[key].group.items() if n not in articles}
        if rest:
            merged_groups[key] = view(rest, None)
            kinds[key] = vote_records(merged_groups[key].records, given_names)
        else:
            kinds[key] = OTHER
            dropped[key] = why[key]
    for key in merged_groups:
        parts = key.split(" and ")
        if len(parts) == 2 and all(p in kinds and kinds[p] in KINDS for p in parts):
            kinds[key] = OTHER
            dropped[key] = "two names of the corpus joined by 'and'"
    for key, reason in _plurals(merged_groups, kinds).items():
        kinds[key] = OTHER
        dropped[key] = reason
    for key in _of_product_lines(merged_groups, kinds):
        kinds[key] = OTHER
        dropped[key] = "a product of a line the corpus names with model numbers"
    for key, maker in _of_makers(merged_groups, kinds, given_names).items():
        kinds[key] = OTHER
        dropped[key] = f"a product or a part of the organisation '{maker}' ('Samsung Hub')"
    for key in products & merged_groups.keys():
        dropped[key] = "a product of the list ('Tizen', 'Siri')"
    return merged_groups, kinds, merges, dropped


# Words after an organisation's name that make another organisation or a place of it
# ("Samsung Electronics" aside, which the model calls an organisation): its branch in a
# country or a region ("Amazon Germany", "Google North America") is left as the model says.
_NOT_A_PRODUCT = ORGANISATION_WORDS | PLACE_WORDS | COMPASS_WORDS | LEGAL_FORMS | CONNECTORS


def _of_makers(
    groups: Mapping[str, GroupView], kinds: Mapping[str, str], given_names: frozenset[str]
) -> dict[str, str]:
    """Names that are an organisation of the corpus and words after it, which the model
    calls a person or a place ("Samsung Hub", "Samsung Apps", "Renault Clio", "Harvard Law"
    beside the organisations Samsung, Renault, Harvard): a product, a service or a part of
    the organisation, never a person or place of its own. The organisation must be named in
    as many articles or more; a name that opens with a given name of the corpus's people
    ("Ford Madox Ford"), has a title or role beside it, or whose added words are a place the
    gazetteer knows as a country, a region or a big city, or an organisation or place word
    ("Amazon Germany", "Amazon Basin", "Apple Valley"), or a club's ground ("Celtic Park",
    `landmarks`), stays.
    """
    found = {}
    for key, group in groups.items():
        words = key.split()
        if len(words) < 2 or kinds[key] not in ("person", "place"):
            continue
        maker = next(
            (
                " ".join(words[:n])
                for n in range(len(words) - 1, 0, -1)
                if kinds.get(" ".join(words[:n])) == "organisation"
            ),
            None,
        )
        if maker is None or len(groups[maker].group) < len(group.group):
            continue
        rest = words[len(maker.split()) :]
        if (
            words[0] in given_names
            or (kinds[key] == "person" and _a_person_s_name(words))
            or not _NOT_A_PRODUCT.isdisjoint(rest)
            or place_strength(" ".join(rest)) >= Place.REGION
            or is_big_city(" ".join(rest))
            or place_strength(key) is not Place.NONE
            or landmark_called(key)
            or any(rec.evidence().person_cue for rec in group.records)
            or (kinds[key] == "place" and _owned_by(maker, group))
        ):
            continue
        found[key] = maker
    return found


def _a_person_s_name(words: Sequence[str]) -> bool:
    # A one-word body's name and one word more that the vote made a person, read as a
    # person's name by the lists: a given name and a surname ("a toddler named Emile
    # Ouamouno ... Emile lived in a rainforest village", CNN, where the vote made "Emile" an
    # organisation), or a name no firm or club of the lists has before a surname ("Pharrell
    # Williams", CNN 8-f; not "a 1-1 draw with Everton Gomis' injury", a club and a
    # player's surname run together). The last word is no common word ("Chelsea Boots").
    if len(words) != 2:
        return False
    first, last = words
    if not last.isalpha() or len(last) < 2 or is_common_word(last):
        return False
    return is_given_name(first) or (
        is_surname(last)
        and not is_listed_company(first)
        and not is_known_firm(first)
        and not club_called(first)
    )


def _owned_by(maker: str, group: GroupView) -> bool:
    # "Barcelona’s Ciutat Esportiva training ground": a place written with the
    # organisation's possessive is a ground or a building it owns, no product of it
    # ("Samsung’s Ken Price", the model's person, is a name run into its owner's).
    return any(
        (owned := _POSSESSED.match(form)) is not None and name_key(owned[1]) == maker
        for rec in group.records
        for form in rec.forms
    )


def _of_product_lines(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> list[str]:
    # "Samsung Galaxy S5" and "Galaxy S4" make "samsung galaxy" and "galaxy" product lines
    # of the corpus, so "Samsung Galaxy Alpha" and "Galaxy Note Pro" are products too. A
    # line that is an entity itself ("Samsung" of "Samsung S5", "Airbus" of "Airbus A320")
    # is the maker, whose other names ("Samsung Electronics") stay.
    lines = {line for key in groups for line in [product_line(key)] if line}
    lines = {line for line in lines if kinds.get(line) not in KINDS}
    if not lines:
        return []
    return [
        key
        for key in groups
        if kinds[key] in KINDS
        for words in [key.split()]
        if any(" ".join(words[:n]) in lines for n in range(1, len(words)))
    ]


# "Frenchman", "Englishmen", "Dutchwoman": a nationality and a word for its people.
_PEOPLE_ENDINGS = ("man", "men", "woman", "women")


def _plurals(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> dict[str, str]:
    """One-word names that are the plural of a surname of the corpus's people ("the
    Obamas", a family), or the plural of a nationality the model names in the corpus, or
    one of its people ("Greeks", "Frenchman"), with why they are no entity."""
    # Surname → the articles of the people who have it.
    surnames: dict[str, set[float]] = defaultdict(set)
    for key in groups:
        if " " in key and kinds[key] == "person":
            surnames[key.rsplit(" ", 1)[1]].update(groups[key].group)
    found = {}
    for key in groups:
        if " " in key or kinds[key] not in KINDS or place_strength(key) is not Place.NONE:
            continue
        stems = [key[: -len(end)] for end in ("es", "s") if key.endswith(end)]
        # A surname itself ("Williams" beside "William") is no plural, nor is a company
        # named after its founder ("Lloyds", "Christies": not people) or a plural in
        # articles that name no one of that surname ("the Foxes" of Leicester). A family
        # the model calls a body is written after "the" each time ("the LaRues", "the
        # Mitchells"), which a company named so rarely is.
        if (
            (kinds[key] == "person" or _always_after_the(groups[key]))
            and key not in surnames
            and any(set(groups[key].group) & surnames.get(stem, set()) for stem in stems)
        ):
            found[key] = "a family: a surname of the corpus in the plural ('the Obamas')"
            continue
        stems += [key[: -len(end)] for end in _PEOPLE_ENDINGS if key.endswith(end)]
        if any(stem in groups and _nationality(groups[stem]) for stem in stems):
            found[key] = "a nationality's people ('Greeks', 'Frenchman')"
    return found


def _always_after_the(group: GroupView) -> bool:
    return sum(rec.cues[AFTER_THE] for rec in group.records) >= group.total


def _surnames_of_the_first_named(
    groups, kinds, by_article, firsts: Mapping[str, set[str]], found: Unions
) -> None:
    # "Abaaoud" beside Abdelhamid Abaaoud and, later in the text, his father Omar Abaaoud,
    # each named as often: a surname alone that joined no one (`spellings.people_by_parts`
    # keeps it apart when neither is named more) where each of its articles names two
    # people of it is the one the article names first, its subject, when that is one
    # person in all its articles. Its page would be that person's second page; the page
    # does not call itself by the surname (`naming`: two people named together share it).
    joined = found.joined()
    for key in sorted(firsts):
        if key in joined or kinds[key] != "person":
            continue
        articles = groups[key].group
        people = {found.find(k) for k in firsts[key]}
        if len(people) == 1 and all(
            len(
                {
                    found.find(k)
                    for k in by_article[article]
                    if " " in k and kinds[k] == "person" and k.rsplit(" ", 1)[1] == key
                }
            )
            > 1
            for article in articles
        ):
            found.union(
                people.pop(),
                key,
                "the surname of the first person of that name its articles name",
                person_part=True,
            )


def _names_of_the_one_named_before(
    groups, kinds, before: Mapping[str, Mapping[float, str]], found: Unions
) -> None:
    # "Canet once was Secretary General" (the model's organisation) right after "Benjamin
    # Canet", before his father Jacques Canet is named; "while Dunham was there" (its place)
    # after "Ann Dunham", before her mother Madelyn Dunham; "And now Vladimir has defaulted"
    # (a city to the vote, a person to the model) after "Vladimir Frolov's parents", in an
    # article that named President Vladimir Putin first. A one-word name the model or the
    # vote made no person, beside two people or more who have it, is a part of the name of
    # the one the text wrote last before each of its uses (`fragments._named_before`; where
    # those differ, "the younger Canet" after his father, the one named first,
    # `fragments.first_named`), when that is one person in all its articles, written with
    # no cue of a kind, no country, continent or US state, and no big city the model calls
    # no person ("Paris" beside Paris Hilton and Paris Jackson), and each person it would
    # join is shaped as a person by general knowledge or the model calls the name a person.
    joined = found.joined()
    for key in sorted(before):
        by_article = before[key]
        if (
            key in joined
            or kinds[key] not in ("place", "organisation")
            or set(groups[key].group) - set(by_article)
            or not all(
                surname_written_kindless(key, rec, PERSON_COMPATIBLE_CUES)
                or (person_leaning(rec) and no_kind_cue(rec))
                for rec in groups[key].records
            )
            or place_strength(key) is Place.REGION
        ):
            continue
        people = {found.find(b) for b in by_article.values()}
        # The model's own person label on every use of the name stands in for the shape
        # ("Vladimir Frolov" opens with a city's name, as "Paris Hilton" does).
        called_a_person = all(person_leaning(rec) for rec in groups[key].records)
        if len(people) == 1 and all(
            called_a_person or shaped_as_a_person(groups[b].group[article])
            for article, b in by_article.items()
        ):
            _join_person_part(
                groups, found, people.pop(), key, "a name of the person its article names before it"
            )


def _given_names_cut_from_surnames(
    groups, kinds, cut: Mapping[str, Mapping[float, str]], found: Unions
) -> None:
    # "Adrian" (the model's place) written only right before "Teklinski" (its person) in
    # each of its articles (`fragments.first_named`) is that person's given name; where
    # another article writes it alone, or before someone else, it may be a place there.
    joined = found.joined()
    for key in sorted(cut):
        by_article = cut[key]
        if key in joined or set(groups[key].group) - set(by_article):
            continue
        people = {found.find(b) for b in by_article.values()}
        if len(people) == 1 and all(kinds[b] == "person" for b in by_article.values()):
            _join_person_part(
                groups, found, people.pop(), key, "a given name the model cut from its surname"
            )


def _join_person_part(groups, found: Unions, person: str, key: str, reason: str) -> None:
    # A name that joins a person as a part of the name joins as a surname alone joins a
    # full name (`records`): its spellings do not name the page ("Teklinski", not "Adrian",
    # a town to the gazetteer, however often each is written), and only its person labels
    # vote.
    found.union(person, key, reason, person_part=True)
    groups[key] = view(
        {
            article: Record(
                short=rec.forms + rec.short, labels=rec.labels, cues=rec.cues, keys=rec.keys
            )
            for article, rec in groups[key].group.items()
        },
        None,
    )


# A person's name ending in one of these is one name ("George Washington University").
_KIND_ENDS = ORGANISATION_WORDS | PLACE_WORDS


def _glued_names(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> dict[str, str]:
    """Names of three words or more, written once in the corpus and voted a person, that
    are a person's name and another name of the corpus run together, with why they are no
    entity.

    A page's list of related stories runs each author's name into the headline after it
    ("François Heisbourg France at a crossroads"), and a sentence runs a name into the next
    one ("under Frank Clark Forest returned"): the model tags the whole run as one person.
    The person's part comes first and is a person of the corpus or a given name and a word
    that is no dictionary word ("Frank Clark"); the rest is a place or an organisation of
    the corpus that is no dictionary word, or the last word of the corpus's organisations'
    names that is no surname ("Forest" of "Nottm Forest"). A name ending in an
    organisation's or a place's word is one name ("George Washington University"); a place
    before a person is one too ("Paris Charles de Gaulle", an airport).
    """
    organisations = [key for key, kind in kinds.items() if kind == "organisation"]
    ends = {key.rsplit(" ", 1)[1] for key in organisations if " " in key}
    found = {}
    for key, group in groups.items():
        words = key.split()
        if (
            len(words) < 3
            or kinds[key] != "person"
            or words[-1] in _KIND_ENDS
            or not _written_once(key, group)
        ):
            continue
        for cut in range(2, len(words)):
            person, other = " ".join(words[:cut]), " ".join(words[cut:])
            if words[cut - 1] in CONNECTORS:
                # "Duke of Edinburgh": a title of a place, one name.
                continue
            if (kinds.get(person) == "person" or _person_like(person)) and (
                (
                    kinds.get(other) in ("organisation", "place")
                    and min(map(len, other.split())) > 1
                    and (" " in other or not is_common_word(other))
                )
                or (" " not in other and other in ends and not is_surname(other))
            ):
                found[key] = f"two names run together ('{person}' and '{other}')"
    return found


def _bodies_before_surnames(
    groups: Mapping[str, GroupView], kinds: Mapping[str, str]
) -> dict[str, str]:
    # "Premier League Henderson", "Anfield Henderson", "Wembley Henderson" (unseen, in
    # reports that name Jordan Henderson): a team sheet or a caption runs a body's or a
    # place's name of the corpus into the surname of a person its article names in full,
    # and the model tags the run. Written once in the corpus, it is no name. Unlike
    # `_names_before_surnames`, the body need not be written alone in that article, nor the
    # surname alone for the person ("Henderson" alone was a town's page). Not where the
    # surname is a word ("Northampton North", a constituency, beside a Mr North; "Missouri
    # State" beside a player the model calls "Wichita State"), a team's number ("Germany
    # III", a bobsleigh crew, CoNLL++) or a body the lists know ("Real Madrid" beside a
    # Diego Madrid).
    surnames: dict[float, set[str]] = defaultdict(set)
    for key, group in groups.items():
        if kinds[key] == "person" and " " in key:
            for article in group.group:
                surnames[article].add(key.rsplit(" ", 1)[1])
    found = {}
    for key, group in groups.items():
        body, _, last = key.rpartition(" ")
        if (
            body
            and kinds[key] in ("organisation", "place")
            and kinds.get(body) in ("organisation", "place")
            and _written_once(key, group)
            and last in surnames[next(iter(group.group))]
            and not is_common_word(last)
            and last not in GENERATIONS
            and not (club_called(key) or body_of_the_lists(key))
        ):
            found[key] = f"two names run together ('{body}' and the surname '{last}')"
    return found


def _names_before_surnames(
    groups: Mapping[str, GroupView], kinds: Mapping[str, str]
) -> dict[str, str]:
    """Names written once in the corpus that are another name of their article and the
    surname of a person it names in full run together, with why they are no entity.

    A page's photo captions run into the text without a full stop ("Liam Treadwell rides
    at Aintree Treadwell, who ...", "the Kia Oval Pietersen was"): the model tags the place
    and the next sentence's subject, called by the surname, as one name. The first part is
    a name the same article writes alone, voted anything but a person (a place, a body, an
    event: "Grand National Tindall"; "Mary Pat Christie" beside "Chris Christie" is one of
    a family), or a city of the gazetteer or a ground (`landmarks`) that opens with no given
    name. The last word is the surname of a person of that article (a given name and
    the word) and, if it is a place the gazetteer knows, one the article also writes alone
    for that person ("Real Madrid" beside a "Diego Madrid" keeps its name).
    """
    people: dict[float, list[str]] = defaultdict(list)  # article → its people's full names
    for key, kind in kinds.items():
        if kind == "person" and " " in key and is_given_name(key.split()[0]):
            for article in groups[key].group:
                people[article].append(key)
    found = {}
    for key, group in groups.items():
        words = key.split()
        if len(words) < 2 or kinds[key] not in KINDS or not _written_once(key, group):
            continue
        (article,) = group.group
        head, surname = " ".join(words[:-1]), words[-1]
        if head in groups:
            # A people's word is no name the text writes alone: "British Museum" beside
            # "British" and a Mr Museum (CNN 8-f).
            if kinds[head] == "person" or article not in groups[head].group or is_people_word(head):
                continue
        elif is_given_name(words[0]) or not (
            place_strength(head) >= Place.CITY or landmark_called(head)
        ):
            # A town or a ground the model never tagged alone ("Aintree Treadwell"); a
            # given name first is a person's ("Paris Hilton" beside Nicky Hilton).
            continue
        # A town's name last must be the person's surname in the article, written alone
        # for the person too ("Henderson" of "Jordan Henderson", a town in Nevada besides).
        town = place_strength(surname) is not Place.NONE
        if any(
            other.endswith(" " + surname)
            and (not town or _written_alone(surname, groups[other].group[article]))
            for other in people[article]
            if other != key
        ):
            found[key] = f"a name and a person's surname run together ('{head}', '{surname}')"
    return found


def _names_before_sentence_words(groups: Mapping[str, GroupView]) -> dict[str, str]:
    """Names of one mention in the corpus whose last word opens the next sentence, with
    why they are no entity.

    A caption or a headline runs into the text without a full stop ("Strikers: Harry Kane,
    Diego Costa Clearly impressed by Kane", "in Humboldt County Captured: the", "By
    Lorraine Audric Published: 08:00"), and the model takes the next sentence's first word
    into the name. That word is an adverb in "-ly" or a participle in "-ed" of a dictionary
    word of four letters or more ("clear", "capture"; not "-eed": "Naveed", "Fareed"), no
    word that says what a body is ("Leeds United", "Tesco Limited") or how often a
    periodical comes out ("US Weekly"), and no list gives it as a surname or a given name.
    A name written again, whole or by its last word, is the name it seems ("Blake Lively
    ... Lively said").
    """
    found = {}
    for key, group in groups.items():
        words = key.split()
        if len(words) < 2 or group.total != 1:
            continue
        last = words[-1]
        if (
            _sentence_word(last)
            and last not in ORGANISATION_WORDS | CLUB_WORDS | _PERIODICALS
            and not is_surname(last)
            and not is_given_name(last)
            and not _given_name_and_one_more(words, group)
        ):
            found[key] = f"a name and the next sentence's first word ('{last}') run together"
    return found


_PERIODICALS = frozenset("hourly nightly weekly fortnightly monthly quarterly yearly".split())


def _given_name_and_one_more(words: Sequence[str], group: GroupView) -> bool:
    # "delivering Dr. Kent Brantly to Emory", "Abdallah El Said replaces Tarek Hamed"
    # (CNN 8-f, frank): a given name and one word more is a person's whole name, however its
    # surname ends ("brant" and "hame" are dictionary words). Not a word in capitals ("ISIS
    # Charged").
    forms = [form for rec in group.records for form in rec.forms]
    return (
        len(words) == 2
        and is_given_name(words[0])
        and bool(forms)
        and not any(form.split()[0].isupper() for form in forms)
    )


def _sentence_word(word: str) -> bool:
    # "clearly", "dressed", "captured": an adverb or a participle of a dictionary word.
    if word.endswith("ly"):
        stems = (word[:-2],)
    elif word.endswith("ed") and not word.endswith("eed"):
        stems = (word[:-2], word[:-1])
    else:
        return False
    return word.isalpha() and any(len(stem) >= 4 and is_common_word(stem) for stem in stems)


def _written_once(key: str, group: GroupView) -> bool:
    # In one article of the corpus, and there once by that very spelling (no surname or
    # other spelling joined to it counts).
    return (
        len(group.group) == 1
        and sum(n for rec in group.records for f, n in rec.forms.items() if name_key(f) == key) == 1
    )


def _written_alone(word: str, rec: Record) -> bool:
    # Whether an article writes the key `word` alone for the record's name.
    return any(name_key(form) == word for form in (*rec.forms, *rec.short))


def _listed_names(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> dict[str, str]:
    """Names written once in the corpus that are a list of its names joined by "and", with
    why they are no entity.

    A sentence lists names that share their kind and the model tags the list as one
    ("the Championship and League One and League Two", "North and South America"): two
    parts or more are names of the corpus of the whole's kind, or places the gazetteer
    knows, or one word that, with the last words of the part after it, is one ("North" of
    "North America"); any other part opens as one of those does ("League Two" beside
    "League One"). A name the gazetteer knows whole ("Trinidad and Tobago") or whose parts
    are of another kind than the whole ("Marks and Spencer", two surnames in a shop's name)
    is one name. Dropped before the merges, so that a list does not make a name it opens
    with ambiguous ("Manchester United and Arsenal"); the check after the merges still
    drops two names of any kind and any count so joined.
    """
    found = {}
    for key, group in groups.items():
        kind = kinds[key]
        if (
            " and " not in key
            or kind not in ("organisation", "place")
            or not _written_once(key, group)
            or place_strength(key) != Place.NONE
            or country_of(key)
        ):
            continue
        parts = [part.removeprefix("the ") for part in key.split(" and ")]
        known = [_listed_name(part, parts[i + 1 :], kind, kinds) for i, part in enumerate(parts)]
        heads = {part.split()[0] for part, is_known in zip(parts, known, strict=True) if is_known}
        # "League Two" after "Championship and League One": a part the corpus does not write
        # alone is one of the list when it opens as a part it does write.
        pairs = zip(parts, known, strict=True)
        if sum(known) >= 2 and all(
            is_known or part.split()[0] in heads for part, is_known in pairs
        ):
            found[key] = f"names listed with 'and' ({', '.join(parts)})"
    return found


def _owned_things(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> dict[str, str]:
    """Organisations written only as an organisation of the corpus, its possessive and
    common words, with why they are no entity.

    "Samsung’s Gear line of wearables", "Samsung’s Download Booster Feature", "according to
    Deloitte’s Annual Review of Football Finance": the model tags the owner and what it owns
    as one organisation, but what follows the possessive is a product, a feature or a
    report of the owner, in words of the dictionary. A name after the possessive that is an
    entity of the corpus is left to the merges ("Italy's Serie A" beside "Serie A"), and one
    that is no dictionary word ("Google's DeepMind") or holds a word for a body or a place
    ("Deloitte’s Sport Business Group") may be an organisation of its own.
    """
    found = {}
    for key, group in groups.items():
        if kinds[key] != "organisation" or "s " not in key:
            continue
        owned = [_POSSESSED.match(form) for rec in group.records for form in rec.forms]
        if not owned or not all(o is not None and _common_words(o[2]) for o in owned):
            continue
        owners = {name_key(o[1]) for o in owned}
        things = {name_key(o[2]) for o in owned}
        if (
            len(owners) == 1
            and kinds.get(owner := min(owners)) == "organisation"
            and all(kinds.get(thing) not in KINDS for thing in things)
        ):
            found[key] = f"a product or a part of the organisation '{owner}' (its possessive)"
    return found


def _common_words(name: str) -> bool:
    # "Download Booster Feature", "Annual Review of Football Finance", "Flipboard-like": words
    # of the dictionary (of a hyphenated word, its last part), a connector inside, and no
    # word for a body or a place.
    words = name.split()
    return all(
        (n > 0 and word.casefold() in CONNECTORS)
        or (is_common_word(word.rsplit("-", 1)[-1]) and word.casefold() not in _NOT_A_PRODUCT)
        for n, word in enumerate(words)
    )


def _listed_name(part: str, rest: Sequence[str], kind: str, kinds: Mapping[str, str]) -> bool:
    # A name of the corpus of the list's kind, or a place the gazetteer knows as a region or
    # a city; a lone word before a longer part is completed by that part's last words
    # ("North" and "South America" is "North America").
    def known(name: str) -> bool:
        return kinds.get(name) == kind or (kind == "place" and place_strength(name) >= Place.CITY)

    if known(part):
        return True
    if not rest or " " in part or " " not in rest[0]:
        return False
    return known(f"{part} {rest[0].split(' ', 1)[1]}")


def _person_like(name: str) -> bool:
    # "Gideon Rachman": a given name and a word that is no dictionary word.
    words = name.split()
    return len(words) == 2 and is_given_name(words[0]) and not is_common_word(words[1])


def _nationality(group: GroupView) -> bool:
    # The model calls the word a nationality (NORP) in most of its mentions.
    labels = group.labels.labels
    return labels["NORP"] * 2 > sum(labels.values())


def _cut_short(long: str, short: str, article: float, groups: Mapping[str, GroupView]) -> str:
    # "the Joint Agency Co-ordination Centre (JACC)" where the model tagged "Joint Agency
    # Co-ordination": the longest start of the defined name, two words or more, that is a
    # name of the same article. It must hold half the abbreviation's letters at least: "the
    # U.N. High Commissioner for Refugees (UNHCR)" where the model tagged "U.N." defines no
    # other name of the U.N., which is the body the agency belongs to.
    words = long.split()
    least = max(2, (len(short.replace(" ", "")) + 1) // 2)  # words, the half rounded up
    for end in range(len(words) - 1, least - 1, -1):
        start = " ".join(words[:end])
        if start in groups and article in groups[start].group:
            return start
    return long


def _with_words_before(long: str, article_keys: Sequence[str]) -> str:
    # "the Russian United Credit Bureau (UCB)": Schwartz–Hearst's long form starts at the
    # word of the abbreviation's first letter, and the name the article writes may have
    # words before it. The one name of the same article that ends in the long form.
    ending = [key for key in article_keys if key.endswith(" " + long)]
    return ending[0] if len(ending) == 1 else long


def _last_of_two(name: str, article: float, groups: Mapping[str, GroupView]) -> str:
    # "Mumbai in Maharashtra and Khambhat (also known as Cambay)": the name before the cue
    # runs over "and" to the name before it; when the whole run is no name of the corpus
    # ("Bosnia and Herzegovina" is one), the other name is the last name's, a name of the
    # same article.
    last = name.rsplit(" and ", 1)[-1]
    if last != name and last in groups and article in groups[last].group:
        return last
    return name


def _merged_view(views: Sequence[GroupView]) -> GroupView:
    group: dict[float, Record] = {}
    for member in views:
        for article, rec in member.group.items():
            # New records: the articles' own records are remembered for the next call.
            merged = group.setdefault(article, Record())
            merged.absorb(rec, as_short=False)
    return view(dict(sorted(group.items())), None)


def _forms(group: GroupView) -> set[str]:
    return {form for rec in group.records for form in (*rec.forms, *rec.short)}


def _tail_initials(groups, kinds, by_article, found: Unions) -> None:
    # "Dundee FC" and "Dundee Football Club" (dev7), "EYP MCF" and "EYP Mission Critical
    # Facilities" (dev8): one name with its last words written as their initials, in
    # capitals (two to four), after the same first words. Named in one article, or beside
    # a third entity, as near spellings must be.
    by_tail: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        if kinds[key] not in KINDS:
            continue
        # "EYP Mission Critical Facilities Inc": the legal form is no word of the name.
        words = legal_stem(key).split()
        for n in range(1, len(words) - 1):
            tail = words[n:]
            if 2 <= len(tail) <= 4 and all(w.isalpha() for w in tail):
                by_tail[(" ".join(words[:n]), "".join(w[0] for w in tail))].append(key)
    for key, group in groups.items():
        head, _, last = key.rpartition(" ")
        if not head or not 2 <= len(last) <= 4:
            continue
        written = {f.rsplit(" ", 1)[-1] for rec in group.records for f in rec.forms if " " in f}
        if last.upper() not in written:
            continue
        longer = by_tail.get((head, last), [])
        if len(longer) == 1 and named_together(key, longer[0], groups, by_article):
            found.union(longer[0], key, "the same name with its last words' initials")


def _head_initials(groups, kinds, by_article, found: Unions) -> None:
    # "LA Times" and "Los Angeles Times" (ECB+), "UN Security Council" and "United
    # Nations Security Council", "YFZ Ranch" and "Yearning for Zion Ranch" (ECB+), "AJ Pero" and
    # "Anthony Jude Pero": one name with its first words written as their initials (two to
    # four, "L. A." too), before the same last words. The corpus's one name so shortened,
    # named in one article with it or beside a third entity as near spellings must be; a
    # person's in one article or in reports of one story ("AJ Smith" is many people).
    by_head: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        if kinds[key] not in KINDS:
            continue
        words = legal_stem(key).split()
        for n in range(2, min(len(words) - 1, 5) + 1):
            head = [w for w in words[:n] if w not in CONNECTORS]
            if (
                words[n - 1] not in CONNECTORS
                and 2 <= len(head) <= 4
                and all(w.isalpha() and len(w) > 1 for w in head)
            ):
                # Initials leave out "of" and "for", or keep them ("YFZ": "Yearning for Zion").
                for initials in {"".join(w[0] for w in head), "".join(w[0] for w in words[:n])}:
                    by_head[(initials, " ".join(words[n:]))].append(key)
    for key in groups:
        if kinds[key] not in KINDS:
            continue
        words = key.split()
        letters = list(itertools.takewhile(lambda w: len(w) == 1 and w.isalpha(), words))
        if len(letters) >= 2:
            initials, rest = "".join(letters), words[len(letters) :]
        elif 2 <= len(words[0]) <= 4 and any(
            f.split()[0] == words[0].upper() for rec in groups[key].records for f in rec.forms
        ):
            initials, rest = words[0], words[1:]
        else:
            continue
        # Every name of `by_head` has words after its initials' ("LA" alone finds none).
        longer = by_head.get((initials, " ".join(rest)), [])
        if len(longer) != 1:
            continue
        if kinds[key] == "person":
            same = kinds[longer[0]] == "person" and one_article_or_story(
                key, longer[0], groups, by_article, found
            )
        else:
            same = named_together(key, longer[0], groups, by_article)
        if same:
            found.union(longer[0], key, "the same name with its first words' initials")


def _initials(groups, kinds, by_article, found: Unions, memo: _Memo) -> None:
    long_names: dict[str, list[str]] = defaultdict(list)
    # Each article's longer names of bodies and places, by their words' initials.
    of_article: dict[float, list[tuple[str, str]]] = defaultdict(list)
    for key in groups:
        words = [w for w in key.split() if w not in CONNECTORS]
        if len(words) >= 2 and kinds[key] in ("organisation", "place"):
            long_names["".join(w[0] for w in words)].append(key)
            hyphens = [p for w in re.split(r"[\s-]+", " ".join(words)) for p in [w] if p]
            long_names["".join(w[0] for w in hyphens)].append(key)
            for article in groups[key].group:
                of_article[article].append((key, "".join(w[0] for w in hyphens)))
    for key, group in groups.items():
        # A dotted acronym's key is spaced ("E.U." is "e u"); other keys with a space are
        # no acronym.
        letters = key.replace(" ", "")
        acronyms = [f for f in memo.forms(key, group) if _ACRONYM.fullmatch(f)]
        if not acronyms:
            continue
        agency = agency_name(letters)
        if agency in groups and kinds[key] == kinds[agency] == "organisation":
            # "AFP reported" in one report, "told Agence France-Presse" in another: a news
            # agency under its initials, which no report spells out (`agencies`). Bodies
            # only: "PA" is Pennsylvania too.
            found.union(agency, key, "a news agency's initials")
            continue
        # Dots say the letters are initials ("E.U."; "EU", "AI" may be words or codes).
        dotted = any("." in f for f in acronyms)
        articles = set(group.group)
        # "DC Comics" is no name of the initials D and C: its first word is the code
        # ("DC" beside it is its short form, and elsewhere Washington's).
        owners = {
            long
            for long in long_names.get(letters, ())
            if not (len(first := long.split()[0]) >= 2 and letters.startswith(first))
        }
        same_article = {long for long in owners if articles & set(groups[long].group)}
        if len(same_article) == 1 or _spellings_of_one(same_article):
            # Two spellings of one long form count as one ("Agence France-Presse" and
            # "Agence France-Press" beside "AFP"): they are near spellings of each other.
            for long in sorted(same_article):
                found.union(long, key, "initials of a name in the same article")
        elif len(owners) == 1 and (len(letters) >= 3 or dotted):
            # Three letters or more are rarer, and dots mark initials: the one such name of
            # the corpus, if some entity is mentioned beside both ("AFP" and "Agence
            # France-Presse", "E.U." and "European Union").
            long = owners.pop()
            # Three letters undotted are many bodies' initials, and a corpus naming one
            # such body in many articles shares some entity with almost any long name of
            # those letters ("BBC" beside the "Blue Bell Creameries" of one report): the
            # story's names must be beside both (`spellings.one_story`).
            # An acronym of ten reports or more none of which spells it out is a household
            # name that a report spelling out its letters would not leave alone: "BBC" in
            # 39 CNN/DailyMail reports, and the "Benavista Bowls Club" of another, which
            # share "Britain" and the EU as any report of British news does ("UCLA" of four
            # beside the "University of California Los Angeles" of a fifth joins).
            if (
                one_story(key, long, groups, by_article, found)
                if len(letters) == 3 and not dotted
                else shared_context(key, long, groups, by_article)
            ) and len(articles - set(groups[long].group)) < _HOUSEHOLD_ACRONYM:
                found.union(long, key, "initials of a name of the corpus")
        elif not owners and not dotted and len(letters) >= 4:
            # Initials of some of the words of the one longer name of its article that
            # they can be so made of, its first and its last among them ("FLDS" of the
            # "Fundamentalist Church of Jesus Christ of Latter Day Saints"). Four letters
            # at least: three are too often another body's ("NBA" beside the "National
            # Basketball Players' Association").
            chosen = {
                long
                for article in articles
                for long, initials in of_article[article]
                if long != key and _some_initials(letters, initials)
            }
            if len(chosen) == 1:
                found.union(chosen.pop(), key, "initials of some words of a name of its article")


def _dotted_initials(groups, kinds, found: Unions) -> None:
    # "U.N." and "UN": the same initials dotted and not name one body, once the undotted
    # spelling joined its long name (CNN 8-f: "U.N." a page of 13 reports beside "United
    # Nations", which "UN" had joined). Both must name a body or both a place; a country's
    # codes are `countries`'s.
    for key in groups:
        words = key.split()
        letters = "".join(words)
        if len(words) < 2 or any(len(w) > 1 for w in words) or letters not in groups:
            continue
        if kinds[key] == OTHER:
            continue
        undotted = found.find(letters)
        if undotted != found.find(key) and kinds.get(undotted) == kinds[key]:
            found.union(undotted, key, "the same initials with dots")


def _heads_spelt_two_ways(groups, kinds, found: Unions) -> None:
    # "U.N. Security Council" (6 CNN 8-f reports) and "United Nations Security Council" (3):
    # names of one kind whose opening words are two spellings of one entity the merges
    # joined, the rest of the words the same, are one name ("U.S. Army", "United States
    # Army").
    by_rest: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for key in groups:
        words = key.split()
        if kinds[key] == OTHER:
            continue
        for cut in range(1, len(words)):
            head, rest = " ".join(words[:cut]), words[cut:]
            if head not in groups or all(w in CONNECTORS for w in rest):
                continue
            root = found.find(head)
            if kinds.get(root, OTHER) != OTHER:
                by_rest[(root, " ".join(rest), kinds[key])].add(key)
    for keys in by_rest.values():
        if len({found.find(k) for k in keys}) > 1:
            first, *others = sorted(keys)
            for key in others:
                found.union(first, key, "the same name after another spelling of its first words")


# Reports an acronym is in, none spelling it out, that make it a household name.
_HOUSEHOLD_ACRONYM = 10


def _some_initials(letters: str, initials: str) -> bool:
    # Whether `letters` are `initials` with some of the middle ones left out.
    if len(letters) >= len(initials) or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in letters[1:-1])


def _spellings_of_one(names: set[str]) -> bool:
    # Long forms that differ only as a misspelling does (as alike as near spellings must
    # be; "International Monetary Fund" and "Islamic Movement Front" are not).
    first, *rest = sorted(names) or [""]
    return bool(rest) and all(alike(first, other) for other in rest)


def _countries(groups, kinds, found: Unions, memo: _Memo) -> None:
    members: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for key, group in groups.items():
        if kinds[key] != "place":
            continue
        for form in sorted(memo.forms(key, group)):
            country = country_of(form)
            bare = bool(country) and country[1] and len(form) == 2
            if bare and not is_country(form):
                # Two capitals that are no initials of the country's name are no name of
                # it in prose: "IQ" (Iraq's code) is an intelligence quotient in CNN's
                # reports, and had joined Iraq's page.
                continue
            if country:
                members[country[0]].append((key, bare))
                break
    for country, found_keys in members.items():
        # A bare two-letter code ("SC", "AI") is a country only beside its other names.
        keys = [k for k, bare in found_keys if not bare or len(found_keys) > 1]
        for key in keys[1:]:
            found.union(keys[0], key, f"a name of {country}")


def _cities(groups, kinds, found: Unions) -> None:
    # "Kiev" and "Kyiv", "Bombay" and "Mumbai": GeoNames knows both as the one city.
    by_city: dict[int, list[str]] = defaultdict(list)
    for key in groups:
        if kinds[key] == "place":
            city = city_of(key)
            if city:
                by_city[city].append(key)
    for keys in by_city.values():
        for key in keys[1:]:
            found.union(keys[0], key, "another name of the same city (GeoNames)")


def _short_forms(groups, kinds, by_article, found: Unions) -> dict[str, str]:
    # "Samsung" beside "Samsung Electronics", "South Side" beside "South Side of Chicago",
    # "Chicago" beside "City of Chicago": an organisation or place called by the start of its
    # name (or a place by its name without "City of") in the articles that name it in full,
    # when they name one such. The sides the vote made people that joined so are returned
    # with their full names, whose vote is the entity's ("Atletico", "Atletico Madrid").
    starts: dict[tuple[str, str], list[str]] = defaultdict(list)
    # A product of a line the corpus names with model numbers ("Samsung Galaxy Note Pro"
    # beside "Samsung Galaxy S5") is no organisation's full name, whatever its vote; a line
    # that is an entity itself is the maker ("Samsung" of "Samsung S5").
    lines = {
        line
        for key in groups
        for line in [product_line(key)]
        if line and kinds.get(line) not in KINDS
    }
    for key in groups:
        kind = kinds[key]
        if kind not in ("organisation", "place") or " " not in key:
            continue
        words = key.split()
        if any(" ".join(words[:n]) in lines for n in range(1, len(words))):
            continue
        for n in range(1, len(words)):
            if words[n - 1] not in CONNECTORS and (kind == "organisation" or words[n] == "of"):
                starts[(kind, " ".join(words[:n]))].append(key)
        if kind == "place" and len(words) > 2 and words[1] == "of" and words[0] in _PLACE_OF:
            starts[(kind, " ".join(words[2:]))].append(key)
    sides: dict[str, str] = {}
    for key, group in groups.items():
        side = _a_side_called_a_person(key, group, kinds[key])
        every = _one_name(starts.get(("organisation" if side else kinds[key], key), []))
        # A site counts only where it is the one longer name ("Google HQ" beside "Google").
        longer = [long for long in every if long[len(key) + 1 :] not in _SITES] or every
        if key in ORGANISATION_WORDS or len(longer) != 1:
            continue
        # A longer name whose added words name a body of its own is a part of the shorter
        # one ("United Nations Security Council", "Harvard Law School"), not its full name;
        # a club's words are its full name ("Wigan" beside "Wigan Athletic").
        added = longer[0].split()[len(key.split()) :]
        if not (ORGANISATION_WORDS - CLUB_WORDS).isdisjoint(added) or _PART_WORDS.intersection(
            added
        ):
            continue
        # A short name an article defined already as another name's ("the Associated
        # Press (AP)") is that name's, not a start of a longer one ("AP McCoy", a jockey
        # the model calls an organisation, beside "It is all down to AP now").
        if found.find(key) not in (key, found.find(longer[0])) and found.reason.get(
            key, ""
        ).startswith("defined in the text"):
            continue
        # The longer name's records may hold the short one already, joined to it in an
        # article as if it were a surname ("Chicago" beside a "City of Chicago" the model
        # called a person there): that article names both too.
        if set(group.group) & set(groups[longer[0]].group) or any(
            key in rec.keys for rec in groups[longer[0]].records
        ):
            found.union(longer[0], key, "a short form of the name in the same article")
            if side:
                sides[key] = longer[0]
    _without_their_places(groups, kinds, by_article, found)
    return sides


def _a_side_called_a_person(key: str, group, kind: str) -> bool:
    # "a 4-0 defeat by champion and city rival Atletico" beside "third-placed Atletico
    # Madrid" (CNN): one word the vote made a person, no given name or surname of the lists,
    # with a sports cue in one of its articles, is a side called by the start of its name.
    return (
        kind == "person"
        and " " not in key
        and not is_given_name(key)
        and not is_surname(key)
        and any(rec.cues[CLUB] for rec in group.records)
    )


# Words that name a part of a body after the body's name, as its own kinds of body do ("MIT
# Computer Science and Artificial Intelligence Laboratory", "BBC Monitoring Unit").
_PART_WORDS = frozenset(
    "laboratory laboratories lab labs division divisions unit units bureau faculty "
    "initiative chapter branch campus".split()
)
# A firm's site after its name is no longer name of it: "the Kraft plant" beside "Kraft
# Foods" and "Kraft" in one report of the shootings there.
_SITES = frozenset({"plant", "plants", "factory", "factories", "headquarters", "hq"})


def _one_name(keys: list[str]) -> list[str]:
    # The keys without those that are another's with an "s" ("Kraft Food", "Kraft Foods"):
    # one name, which a near spelling joins later.
    return [k for k in keys if not (k.endswith("s") and k[:-1] in keys)]


def _without_their_places(groups, kinds, by_article, found: Unions) -> None:
    # "the Angels" beside "the Los Angeles Angels", "Orioles" beside "Baltimore Orioles":
    # a body called by its name without the place that opens it, in an article that names
    # it in full or in another report of the same story (the story's other names beside
    # both: "the Mets" in one report, "the New York Mets" in another), when the corpus
    # names one such ("Post" of the Washington Post and the New York Post stays apart). A
    # body's word in the rest names a kind of body that many places have ("the Air Force"
    # is no Little Rock Air Force Base; "Police Department", "Times"); a club's does not
    # ("United" of Manchester United).
    ends: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] != "organisation" or len(words) < 2:
            continue
        for n in range(1, len(words)):
            start = " ".join(words[:n])
            if kinds.get(start) == "place" or place_strength(start) is not Place.NONE:
                ends[" ".join(words[n:])].append(key)
    for key in groups:
        longer = ends.get(key, [])
        if (
            kinds[key] == "organisation"
            and (ORGANISATION_WORDS - CLUB_WORDS).isdisjoint(key.split())
            and len(longer) == 1
            and one_article_or_story(key, longer[0], groups, by_article, found)
        ):
            found.union(longer[0], key, "the name without the place that opens it")


def _a_word_left_out(groups, kinds, by_article, found: Unions) -> None:
    # "Marfin Bank" for the "Marfin Investment Bank", "Westwood Cemetery" for "Westwood
    # Memorial Cemetery", "Democratic Party National Committee" for the "Democratic National
    # Committee": a body's or a place's name with one word of its middle left out, in one
    # article or in reports of one story. A compass word, a place or "of" left out makes
    # another name ("University of South Alabama", "Bank of North America").
    for key in groups:
        words = key.split()
        if kinds[key] not in ("organisation", "place") or len(words) < 3:
            continue
        for at in range(1, len(words) - 1):
            word = words[at]
            if (
                word in CONNECTORS
                or word in COMPASS_WORDS
                or not word.isalpha()
                or place_strength(word) is not Place.NONE
            ):
                continue
            short = " ".join(words[:at] + words[at + 1 :])
            if (
                short in groups
                and kinds[short] == kinds[key]
                and one_article_or_story(key, short, groups, by_article, found)
            ):
                found.union(key, short, "the same name with a word of its middle left out")


# How many words of its own a body's name keeps besides its kind word for `_other_kind_words`:
# "Federal Reserve Board" and "Federal Reserve Bank", "National Security Agency" and
# "National Security Council" are two bodies each.
_OWN_WORDS = 3
# How many opening letters two forms of one word share ("Oceanic", "Oceanographical").
_STEM = 5


# The words for a government's body that English puts first ("Ministry of Finance") or last
# ("Finance Ministry") in its name, and a university's ("University of Cambridge",
# "Cambridge University"; in one article or story only: "Washington University" in St.
# Louis and the "University of Washington" in Seattle are two).
_FIRST_OR_LAST = frozenset(
    {"ministry", "department", "office", "bureau", "agency", "council", "university"}
)


def _kind_word_first(groups, kinds, by_article, found: Unions) -> None:
    # "Department of Justice" and "Justice Department", "Ministry of the Interior" and
    # "Interior Ministry": one body's name with its kind word first or last. In one
    # article, or in reports of one story (two of its names beside both: every country has
    # a finance ministry, and the corpus's "Finance Ministry" and "Ministry of Finance" may
    # be two countries'). The country may open the longer name ("the U.S. Department of
    # Justice", "the United States Department of Justice").
    last = {
        key
        for key in groups
        if kinds[key] == "organisation" and " " in key and key.rsplit(" ", 1)[1] in _FIRST_OR_LAST
    }
    for key in groups:
        words = key.split()
        # The kind word before "of", first or after a country's words: the spellings are
        # read for a country only where it is not first (most keys have neither).
        at = next(
            (i for i, w in enumerate(words[:-2]) if w in _FIRST_OR_LAST and words[i + 1] == "of"),
            None,
        )
        if at is None or kinds[key] != "organisation":
            continue
        if at and _country_words(groups[key]) != at:
            continue
        words = words[at:]
        rest = words[3:] if words[2] == "the" else words[2:]
        other = " ".join([*rest, words[0]])
        if other in last and one_article_or_story(key, other, groups, by_article, found):
            found.union(other, key, "the same name with its kind word first")


def _country_words(group: GroupView) -> int:
    # How many words of the group's key a country's name opening its spellings takes ("U.S.
    # Department of Justice": two, "u s"), or 0.
    for rec in group.records:
        for form in rec.forms:
            words = form.split()
            for n in range(1, min(3, len(words) - 1) + 1):
                if is_country(" ".join(words[:n])):
                    return len(name_key(" ".join(words[:n])).split())
    return 0


def _other_kind_words(groups, kinds, by_article, found: Unions) -> None:
    # "Australian Transport Safety Board" for the "... Safety Bureau", "US National
    # Oceanographical and Atmospheric Agency" for the "... Oceanic and Atmospheric
    # Administration": a long name written from memory keeps its own words and swaps its
    # kind word for another of the same first letter. Two organisations of the corpus with
    # as many words, three or more of their own before the last, each the other's or of the
    # same opening letters, and last words of one first letter of which one is an
    # organisation's word, are one when one article names both or their articles share
    # context (as near spellings must).
    by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        own = [w for w in words[:-1] if w not in CONNECTORS]
        if kinds[key] == "organisation" and len(own) >= _OWN_WORDS:
            by_shape[(len(words), words[-1][0])].append(key)
    for keys in by_shape.values():
        for i, key in enumerate(keys):
            for other in keys[i + 1 :]:
                if _kind_word_swapped(key.split(), other.split()) and named_together(
                    key, other, groups, by_article
                ):
                    found.union(key, other, "the same name with another kind word")


def _kind_word_swapped(a: list[str], b: list[str]) -> bool:
    if a[-1] == b[-1] or not ORGANISATION_WORDS.intersection((a[-1], b[-1])):
        return False
    return all(
        x == y or (len(x) >= _STEM and len(y) >= _STEM and x[:_STEM] == y[:_STEM])
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )


# What a club's name adds to its town's, after it ("Leicester City", "Merthyr Town",
# "Newport County", "Tottenham Hotspur", "Leeds United") or before it ("AC Milan", "FC
# Porto", "Sporting Gijon"; not "Real", which is a word of other names too: "Real Madrid"
# beside "Madrid" stays two, as `_last_words` leaves a place's name).
# "City", "Town" and "County" end places' names too (`cues.CLUB_OR_PLACE_ENDS`: "Orange
# County" beside "Orange", "Adelaide City").
_CLUB_AFTER = CLUB_WORDS | CLUB_OR_PLACE_ENDS | {"hotspur"}
# German clubs' sports-club words and sponsors ("VfL Wolfsburg", "VfB Stuttgart", "TSG
# Hoffenheim", "FSV Mainz", "Bayer Leverkusen", "Borussia Dortmund"), France's "OGC Nice",
# Spain's "RCD Espanyol"; not the two-letter ones ("SV", "SC", "AS", "US"), words of other
# names too.
_CLUB_BEFORE = frozenset(
    {"fc", "afc", "ac", "sporting", "vfl", "vfb", "tsg", "fsv", "bayer", "borussia", "ogc", "rcd"}
)


def _club_towns(groups, kinds, found: Unions) -> set[str]:
    # "Leicester" beside "Leicester City", "Milan" beside "AC Milan": sports news calls a
    # club by its town, which the model and the gazetteer call a place. A town of the
    # gazetteer (no country or state: "Kansas City" is no club of Kansas) joins the one
    # name of the corpus that is the town and a club's words, when that name is no place
    # the gazetteer knows ("Mexico City", "Quezon City"), and one article names both, or
    # both are voted organisations already (the town is the club across the corpus:
    # "Norwich" and "Norwich City"). Every other article of the town must speak of the
    # club too (`_names_no_town`), because the whole group joins. The keys that joined are
    # returned: the merged entity is the club.
    longer: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if len(words) < 2 or kinds[key] not in ("organisation", "place"):
            continue
        if place_strength(key) >= Place.CITY:
            continue
        if words[-1] in _CLUB_AFTER:
            longer[" ".join(words[:-1])].append(key)
        if words[0] in _CLUB_BEFORE:
            longer[" ".join(words[1:])].append(key)
    for town in groups:
        # "Tottenham" and "Tottenham Hotspur": a club of the list (`clubs`) by its town.
        club = club_called(town)
        if club in groups and club != town and club not in longer.get(town, ()):
            longer[town].append(club)
    # A name another rule joined to a third name is that name's ("Cardiff City" beside
    # "Cardiff City Stadium"): the town does not join it.
    sets = {key: set(members) for members in found.sets() for key in members}
    joined = set()
    for town, names in longer.items():
        if len(names) != 1 or town not in groups or kinds[town] not in ("organisation", "place"):
            continue
        (club,) = names
        if not sets.get(club, {club}) | sets.get(town, {town}) <= {club, town}:
            continue
        if not Place.ALTERNATE <= place_strength(town) < Place.REGION:
            continue
        if club.split()[-1] in CLUB_OR_PLACE_ENDS and not any(
            evidence.club or evidence.team
            for evidence in map(Record.evidence, (*groups[town].records, *groups[club].records))
        ):
            # "Orange County" beside "Orange", "the Adelaide City stores" beside "Adelaide":
            # a county, a city centre; a sports cue must call one of the two a side.
            continue
        # (A town the vote makes an organisation is the club's page already, in every
        # article it names: "gave Tottenham the lead", a place to the model.)
        if kinds[town] != "organisation" and not all(
            article in groups[club].group or _names_no_town(rec.evidence())
            for article, rec in groups[town].group.items()
        ):
            continue
        both = kinds[town] == kinds[club] == "organisation"
        if both or set(groups[town].group) & set(groups[club].group):
            found.union(club, town, "a club called by its town")
            joined |= {club, town}
    return joined


def _nicknames(groups, kinds, by_article, found: Unions) -> set[str]:
    # "the Foxes" in a report that names Leicester City, "Atleti" beside "Atletico Madrid":
    # a club's nickname (`clubs`) joins the club its every article names, under each name
    # there that calls the club (`_calls_the_club`: "Spurs" joins "Tottenham" and
    # "Tottenham Hotspur"). A nickname of several clubs ("Blues") joins none where its
    # articles name two of them or different ones. The keys that joined are returned: the
    # merged entity is the club.
    joined_before = found.joined()
    joined = set()
    for nick in list(groups):
        clubs = clubs_of_nickname(nick)
        if not clubs or nick in joined_before:
            continue
        if _called_a_person(groups[nick]):
            continue  # "Mr Juve" beside Juventus: a person of that name
        named: set[frozenset[str]] = set()
        called: set[str] = set()
        for article in groups[nick].group:
            here = {
                key
                for key in by_article[article]
                if key != nick
                and club_called(key) in clubs
                and _calls_the_club(key, groups[key], kinds[key], groups[nick].group)
            }
            named.add(frozenset(map(club_called, here)))
            called |= here
        if len(named) != 1 or len(next(iter(named))) != 1:
            continue
        for key in called:
            found.union(key, nick, "a club's nickname in a report that names the club")
        joined |= {*called, nick}
    return joined


def _names_of_one(groups, kinds, called, found: Unions, reason: str) -> set[str]:
    # "Camp Nou" and "Nou Camp", "EPL" and "Premier League": the names a list gives one
    # place (`landmarks`), one league or club (`clubs`), one party (`parties`) or one body
    # (`organisations`) join, wherever they stand in the corpus. The keys that joined are
    # returned.
    by_name: dict[str, list[str]] = defaultdict(list)
    for key in sorted(groups):
        if kinds[key] in KINDS and (name := called(key)):
            by_name[name].append(key)
    joined = set()
    for first, *rest in by_name.values():
        for key in rest:
            found.union(first, key, reason)
            joined |= {first, key}
    return joined


def _own_club_name(key: str) -> str | None:
    # The club's full-name key, for a name `_a_club_s_own_name` allows.
    return club_called(key) if _a_club_s_own_name(key) else None


def _a_club_s_own_name(key: str) -> bool:
    # A club's name of the list (`clubs`) that is neither a place of the gazetteer ("West
    # Ham" is a district of London) nor a natural feature's ("River Plate" is the estuary
    # too). "Ross County" and "Derby County" name no county of today. One word is the
    # club's own where it is no region's either ("Midtjylland", "Lazio"), no given name
    # ("Everton") and no English word ("Arsenal", "Hearts"): "Feyenoord", "Galatasaray".
    words = key.split()
    if club_called(key) is None or place_strength(key) is not Place.NONE:
        return False
    if len(words) == 1:
        return not (is_subdivision(key) or is_given_name(key) or is_common_word(key))
    return PLACE_WORDS.isdisjoint(words) or words[-1] == "county"


def _called_a_person(group: GroupView) -> bool:
    # A person's cue in one of the group's reports ("the Brazilian forward Everton").
    return any(record.evidence().person_cue for record in group.records)


def _a_side_in_a_report(group: GroupView, bare: bool = False) -> bool:
    # A club's cue, a results table's row, a side faced; with `bare`, a name named bare in a
    # report of sport too ("gave Spurs the lead"), which says less of a club's own name.
    return any(
        evidence.club or evidence.team or evidence.faced or (bare and evidence.sides_around)
        for evidence in map(Record.evidence, group.records)
    )


def _calls_the_club(key: str, group: GroupView, kind: str, nick_articles) -> bool:
    # The vote's organisation, or the club's full name unless the vote calls it a place
    # ("Barcelona" of the city's reports too); a town's name calls the club where each of
    # its articles names the nickname too or speaks of the club (`_names_no_town`).
    if kind == "organisation":
        return True
    if kind == "place":
        return all(
            article in nick_articles or _names_no_town(record.evidence())
            for article, record in group.group.items()
        )
    return key == club_called(key)


def _names_no_town(evidence: ArticleEvidence) -> bool:
    # An article that writes the town's name without its club's calls the club so where a
    # sports cue says it ("Norwich were", "a goal against Norwich") or the model does not
    # read it as a place ("as do Swansea", a person to the model); a place's label there
    # with no such cue ("the 2004 Madrid bombings") is the town.
    return (evidence.club or evidence.team) or not any(
        kind == "place" for _, kind, _ in evidence.shares
    )


def _national_forms(groups, kinds, by_article, memo: _Memo) -> dict[str, tuple[str, str]]:
    # "the Australian Transport Safety Bureau" and "the Transport Safety Bureau", "the U.S.
    # State Department" and "the State Department", "Italy's Serie A" and "Serie A": an
    # organisation named with and without its country (a code, a name, its possessive or a
    # nationality) in one article, when the corpus has one such longer name. In other
    # articles "the National Assembly" may be another country's: there the name without it
    # joins only when each of its articles names that country itself (a code or a name the
    # country table knows; a nationality says less: "French" is said of a person or a wine).
    # The names that join, each with the longer name and the reason.
    longer: dict[str, set[str]] = defaultdict(set)
    country_in: dict[tuple[str, str], str] = {}  # (name, longer name) → the country named
    for key, group in groups.items():
        if kinds[key] != "organisation":
            continue
        for form in memo.forms(key, group):
            words = form.split()
            for n in (1, 2):
                if len(words) <= n:
                    break
                country = re.sub(r"['’]s$", "", " ".join(words[:n]))
                rest = name_key(" ".join(words[n:]))
                if (
                    rest in groups
                    and rest != key
                    and kinds[rest] == "organisation"
                    and (" " in rest or not is_common_word(rest))
                    and ((named := country_of(country)) or is_people_word(country))
                ):
                    longer[rest].add(key)
                    if named:
                        country_in[(rest, key)] = named[0]
    joins = {}
    for rest, keys in longer.items():
        (key,) = keys if len(keys) == 1 else (None,)
        if not key:
            continue
        if set(groups[rest].group) & set(groups[key].group):
            joins[rest] = (key, "the name without its country in the same article")
        elif (rest, key) in country_in and all(
            _names_country(country_in[(rest, key)], by_article[article], groups, memo)
            for article in groups[rest].group
        ):
            joins[rest] = (key, "the name without its country, in articles naming it")
    return joins


def _names_country(country: str, article_keys: Sequence[str], groups, memo: _Memo) -> bool:
    # Whether an article names the country under some name of the country table ("U.S.",
    # "United States", "America").
    return any(
        (found := country_of(form)) and found[0] == country
        for key in article_keys
        for form in memo.forms(key, groups[key])
    )


# "Harry Redknapp's Portsmouth", "Italy's Serie A": a name, a possessive and another name.
_POSSESSED = re.compile(r"^(.+?)\s?['’]s\s+(\S.*)$")
# A kind of body, a point of the compass or a connector opening a name is part of it, no
# sponsor ("Royal Dutch Shell", "Northern Premier League").
_NO_SPONSOR = _KIND_WORDS | COMPASS_WORDS | CONNECTORS


# A people's or a region's adjective that the country table does not know ("Scottish
# Premier League", "Catalan Parliament", "Baltic Assembly"): another body, not a sponsor.
_ADJECTIVE_OF_A_PEOPLE = re.compile(r"(?:ish|ese|ian|an|ic)$", re.IGNORECASE)


def _owned_forms(groups, kinds, by_article, memo: _Memo) -> dict[str, tuple[str, str]]:
    # "Harry Redknapp's Portsmouth" beside "Portsmouth", "Barclays Premier League" beside
    # "Premier League": an organisation or a place named with and without its owner's
    # possessive or its sponsor's name, when the corpus has one such longer name and one
    # article names both or some entity is mentioned beside both. A person is never named
    # with a possessive inside: such a "person" is the organisation or the place. A sponsor
    # opens no other name of the corpus of the same kind: "Atletico Real Madrid" is two
    # clubs run together, since "Atletico" opens "Atletico Madrid"; but a sponsor names
    # venues too ("Barclays Center", a place, beside "Barclays Premier League"), and its
    # own name alone ("Barclays", the bank) is no other name. Nor is a sponsor's other name
    # whose rest the corpus votes no entity ("Barclays Premiership" beside "Barclays Premier
    # League": "Premiership" is a word for the league, not a club's name run after another).
    # The names that join, each with the longer name and the reason.
    openers: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        first, _, tail = key.partition(" ")
        if tail:
            openers[first].add(tail)
    longer: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        kind = kinds[key]
        if kind not in KINDS:
            continue
        for rest, sponsor in memo.owned(key, group):
            if sponsor and (
                kind == "person"
                or any(
                    not other.startswith(rest)
                    and kinds.get(f"{sponsor} {other}") == kind
                    and kinds.get(other, kind) in KINDS
                    for other in openers[sponsor]
                )
            ):
                continue
            if rest not in groups and not sponsor:
                # "more than Italy’s Serie A (£0.93bn)", the model's "Italy’s Serie", beside
                # "lower than Serie A" in the article: a name cut after the owner's
                # possessive is the one name of its articles that is it and one word more.
                rest = _cut_after_possessive(rest, group, by_article, kinds)
            # A body's name before a country's is its branch there ("Oxfam Great Britain",
            # "Save the Children UK"), no sponsor of the country; and before a street's, a
            # restaurant or a hotel in it ("Cipriani Wall Street", CNN), no sponsor of it.
            if (
                rest in groups
                and rest != key
                and kinds[rest] in ("organisation", "place")
                and kind in (kinds[rest], "person")
                and not (sponsor and is_country(rest))
                and not (sponsor and rest.rsplit(" ", 1)[-1] in ROAD_WORDS)
            ):
                longer[rest].add(key)
    joins = {}
    for rest, keys in longer.items():
        (key,) = keys if len(keys) == 1 else (None,)
        if key and named_together(key, rest, groups, by_article):
            joins[rest] = (key, "the name with its owner or sponsor")
    return joins


def _cut_after_possessive(rest: str, group: GroupView, by_article, kinds) -> str:
    # The one organisation or place of the group's articles named by `rest` and one word.
    whole = {
        key
        for article in group.group
        for key in by_article[article]
        if key.startswith(rest + " ")
        and " " not in key[len(rest) + 1 :]
        and kinds[key] in ("organisation", "place")
    }
    return whole.pop() if len(whole) == 1 else rest


def _owned_name(form: str) -> tuple[str, str] | None:
    # The key of the name after an owner's possessive or a sponsor's name, and the sponsor's
    # key ("" for an owner). The owner is a name, not common words ("the People's Party",
    # "Women's Hospital"); the sponsor one word that is no common word, place, nationality
    # or kind of body ("Scottish Premier League", "Northern Premier League", "Royal Dutch
    # Shell" are other names), before two words or more ("Manchester United" is no "United").
    owned = _POSSESSED.match(form)
    if owned:
        if all(is_common_word(w) for w in owned[1].split()):
            return None
        return name_key(owned[2]), ""
    first, _, tail = form.partition(" ")
    rest, sponsor = name_key(tail), name_key(first)
    if (
        " " not in rest
        or is_common_word(first)
        or not first[:1].isupper()
        or sponsor in _NO_SPONSOR
        or place_strength(first) is not Place.NONE
        or country_of(first)
        or is_people_word(first)
        or _ADJECTIVE_OF_A_PEOPLE.search(first)
    ):
        return None
    return rest, sponsor


def _opening_words(groups: Mapping[str, GroupView], kinds: Mapping[str, str]) -> dict[str, str]:
    # "Older Samsung features like Air browse", "Overall Samsung's newly redesigned camera
    # app", "Citing Obama's exercise routine", "KOREAN ELECTRONICS CONGLOMERATE Samsung has
    # managed" (a lede's first words in capitals): the model took a sentence's first words
    # into a name the corpus writes alone in more articles. The spelling is written once,
    # where any word has a capital (`cues.ANY_CAPITAL`), and the words before the name are
    # dictionary words or their inflections that are no given name or proper word (in a
    # line of capitals, any word), nor a word for a body, a place or a direction: "Rolling
    # Stones" beside "Stones" in its one article, "Mark Atkinson", "Real Madrid" (a place's
    # name after a proper word), "Western Australia" keep their names. The spelling's key
    # with the name's.
    opened = {}
    for key, group in groups.items():
        kind = kinds[key]
        if kind not in ("person", "organisation") or " " not in key or len(group.group) != 1:
            continue
        (rec,) = group.records
        # The name alone in the same article may have joined the spelling as a surname
        # does ("Samsung" beside "Older Samsung"): that is no second spelling of it.
        if len(rec.forms) != 1 or sum(rec.forms.values()) != 1 or rec.cues[ANY_CAPITAL] < 1:
            continue
        (form,) = rec.forms
        words = form.split()
        for cut in range(1, min(len(words), 4)):
            rest = name_key(" ".join(words[cut:]))
            if (
                rest in groups
                and kinds[rest] == kind
                and len(groups[rest].group) > 1
                # "Home Retail Group said" opening a report: the last word alone is a
                # kind of body ("Group", tagged in other reports), no name the first
                # words could open a sentence before.
                and rest not in _KIND_WORDS
                and all(map(_opening_word, words[:cut]))
            ):
                opened[key] = rest
                break
    return opened


def _opening_word(word: str) -> bool:
    # A word that opens a sentence rather than a name (see `_opening_words`).
    folded = word.casefold()
    if (
        folded in _KIND_WORDS
        or folded in COMPASS_WORDS
        or folded in CONNECTORS
        or is_given_name(word)
        or not word.isalpha()
    ):
        return False
    common = _word_or_inflection(word)
    if word.isupper() and len(word) > 2:
        return common or is_proper_word(word)
    return common and not is_proper_word(word)


# Endings of an inflected dictionary word and what its stem ends with: "Citing" (cite),
# "Older" (old), "Joining" (join), "Running" (run).
_INFLECTIONS = (("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"), ("ed", ""), ("ed", "e"))


def _word_or_inflection(word: str) -> bool:
    """Whether `word` is a dictionary word (`lexicon.is_common_word`) or one inflected with
    -ing, -er or -ed, which the dictionary does not list ("Citing", "Older")."""
    if is_common_word(word):
        return True
    folded = word.casefold()
    for end, stem in _INFLECTIONS:
        if folded.endswith(end) and len(folded) > len(end) + 2:
            root = folded[: -len(end)]
            if is_common_word(root + stem) or (
                not stem and root[-1] == root[-2] and is_common_word(root[:-1])
            ):
                return True
    return False


def _last_words(groups, kinds, found: Unions) -> None:
    # "the Stones" beside "the Rolling Stones", "the Lakers" beside "the Los Angeles Lakers":
    # a band or a team called by the last word of its name in the articles that name it in
    # full, when they name one such. A kind of body ("Council", "Times") or a place
    # ("Madrid" in "Real Madrid") is no such short name.
    ends: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] == "organisation" and len(words) > 1 and words[-2] not in CONNECTORS:
            ends[words[-1]].append(key)
    for key, group in groups.items():
        longer = ends.get(key, [])
        if (
            len(longer) != 1
            or kinds[key] != "organisation"
            or key in ORGANISATION_WORDS
            or place_strength(key) is not Place.NONE
        ):
            continue
        if set(group.group) <= set(groups[longer[0]].group):
            found.union(longer[0], key, "the last word of the name in the same article")


def _no_town(name: str, group: GroupView) -> bool:
    # No place the gazetteer knows; or a town's name the text writes after "the" at each use
    # ("gathered again at the Lido" beside "the Lido Hotel"), as no town is written.
    strength = place_strength(name)
    return strength is Place.NONE or (
        strength is Place.CITY
        and all(rec.cues.get("the", 0) >= sum(rec.labels.values()) for rec in group.records)
    )


# A French square's name opens with "Place" ("Place de la République"), an English word
# that opens no English place's name; buildings and grounds end with words of their kind
# ("the Lido Hotel") that the model tags with the name.
_OPENING_PLACE_WORDS = PLACE_WORDS | {"place"}
_ENDING_PLACE_WORDS = PLACE_WORDS | {"hotel", "park", "station", "hall", "palace"}


# The endings of a site's address, as `name_key` writes them ("loudwire com").
_SITE_ENDS = (" com", " org", " net", " co uk")


def _site_addresses(groups, kinds, found: Unions) -> None:
    """A body's site by its address in one report and the body by its name in another
    ("Loudwire.com" and "Loudwire", CNN 0-7, two pages): both organisations, they are one
    (in one article, `groups` joins them as a short form already)."""
    for key in groups:
        if kinds[key] != "organisation" or not key.endswith(_SITE_ENDS):
            continue
        name = key.rsplit(" ", 2 if key.endswith(" co uk") else 1)[0]
        if name in groups and kinds[name] == "organisation":
            found.union(name, key, "the body's site by its address")


def _place_words_dropped(groups, kinds, found: Unions) -> None:
    """A place called without the words that say what kind of place it is, in an article
    that names it in full: "the Place de la République ... at the foot of République",
    "Mount Everest ... Everest", "the Pacific Ocean ... the Pacific". The short name is voted
    a place, is no place the gazetteer knows (the "Gulf of Thailand" is not Thailand, the
    "Colorado River" not Colorado, the "Strait of Malacca" not the town) and no kind word
    itself ("Emirates Stadium" beside the "Emirates"), and is what is left of one place's
    name of the corpus. A town's name is no such short name unless the text writes it after
    "the" each time ("the Lido Hotel ... gathered again at the Lido")."""
    rests: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] != "place" or len(words) < 2:
            continue
        start = 0
        while start < len(words) - 1 and (
            words[start] in _OPENING_PLACE_WORDS or (start and words[start] in CONNECTORS)
        ):
            start += 1
        end = len(words)
        while end > 1 and words[end - 1] in _ENDING_PLACE_WORDS:
            end -= 1
        for rest in {" ".join(words[start:]), " ".join(words[:end])} - {key}:
            rests[rest].append(key)
    for short, longer in rests.items():
        if (
            len(longer) != 1
            or kinds.get(short) != "place"
            or short in _KIND_WORDS
            or short.split()[0] in CONNECTORS
            or not _no_town(short, groups[short])
        ):
            continue
        (long,) = longer
        if set(groups[short].group) & set(groups[long].group):
            found.union(long, short, "the place's name without its kind word in the same article")


def _cities_before(groups, kinds, found: Unions) -> set[str]:
    # "Paris Charles de Gaulle" and "Roissy Charles de Gaulle" beside "Charles de Gaulle
    # airport": a place called with the city or town it serves before its name, in an
    # article that names it without. The city is one the gazetteer knows (no country or
    # state), and the longer name is voted a place; the name after the city is two words
    # or more, not all of them common words ("Great Falls National Park" is no "National
    # Park" of Great Falls), and no place the gazetteer knows ("Paris Texas"). Each such
    # longer name joins it (two cities of one airport). The name alone may be voted
    # anything: an airport named after a person is a person's name to the model. The names
    # alone voted a person that joined are returned: the merged entity is the place.
    longer: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        words = key.split()
        if kinds[key] != "place" or len(words) < 3:
            continue
        for n in (1, 2):
            city, rest = " ".join(words[:n]), " ".join(words[n:])
            if (
                len(rest.split()) >= 2
                and not all(map(is_common_word, rest.split()))
                and rest in groups
                and kinds[rest] in KINDS
                and Place.ALTERNATE <= place_strength(city) < Place.REGION
                and place_strength(rest) is Place.NONE
            ):
                longer[rest].add(key)
    joined = set()
    for rest, keys in longer.items():
        for key in keys:
            if set(groups[rest].group) & set(groups[key].group):
                found.union(rest, key, "the place's name with its city before it")
                if kinds[rest] == "person":
                    joined.add(rest)
    return joined


# How many letters a clipped word keeps, and how many it drops at least ("Brom" of
# "Bromwich", "Man" of "Manchester"; "York" of "Yorker" and "Korea" of "Korean" are a word
# and its derivative, not a clipping).
_CLIPPED_KEEPS = 3
_CLIPPED_DROPS = 3
# ... and a clipped name of one word, which must say more on its own ("Juve" of "Juventus").
_ONE_WORD_KEEPS = 4


def _clipped_words(groups, kinds, by_article, found: Unions) -> dict[str, str]:
    # "West Brom" beside "West Bromwich Albion", "Man City" beside "Manchester City": sports
    # news clips a word of a club's name. A name of two words or more voted an organisation
    # or a place, no place the gazetteer knows, whose words open the words of a longer name
    # of the corpus in order, each the same word or its first three letters or more with
    # three or more cut off, one at least of each, joins the corpus's one such longer name
    # (an organisation, or a place if it is one) when one article names both or their
    # articles share context. People are left out: "Chris Smith" and "Christine Smith" are two. The
    # short names that joined are returned with their longer names: the full name's vote
    # is the entity's.
    def block(words: Sequence[str]) -> tuple[str, str]:
        return words[0][:_CLIPPED_KEEPS], words[1][:_CLIPPED_KEEPS]

    by_block: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if kinds[key] in ("organisation", "place") and len(words) >= 2:
            by_block[block(words)].append(key)
    joined: dict[str, str] = {}
    for key in groups:
        words = key.split()
        if (
            kinds[key] not in ("organisation", "place")
            or len(words) < 2
            or place_strength(key) is not Place.NONE
        ):
            continue
        longer = [
            long
            for long in by_block.get(block(words), ())
            if long != key
            and _clips(words, long.split())
            # A club's full name is clipped whatever the short one's vote ("West Brom", a
            # place to the vote); a place's only by a place ("West Ham" is no "West
            # Hampstead").
            and (kinds[long] == "organisation" or kinds[long] == kinds[key])
        ]
        if len(longer) != 1:
            continue
        (long,) = longer
        if named_together(key, long, groups, by_article):
            found.union(long, key, "the name with a word clipped")
            joined[key] = long
    return joined


def _clipped_one_word(groups, kinds, found: Unions, people_names: frozenset[str]) -> dict[str, str]:
    # "Juve gets almost two thirds of its revenue" beside "Juventus" in the same article,
    # "Juve are what count": a one-word name the vote made a person or a place that is the
    # start of a one-word organisation's name (four letters kept at least, three dropped at
    # least) which an article of it also names joins that organisation, the corpus's one
    # such name, when it may name a body at all (`_may_name_a_body`). The model reads the
    # clipped name, which no list knows, as a person's or a town's.
    by_start: dict[str, list[str]] = defaultdict(list)
    for key, kind in kinds.items():
        if kind == "organisation" and " " not in key and key.isalpha():
            by_start[key[:_ONE_WORD_KEEPS]].append(key)
    joined: dict[str, str] = {}
    for key, group in groups.items():
        if (
            kinds[key] not in ("person", "place")
            or " " in key
            or not key.isalpha()
            or len(key) < _ONE_WORD_KEEPS
        ):
            continue
        longer = [
            long
            for long in by_start.get(key[:_ONE_WORD_KEEPS], ())
            if long.startswith(key)
            and len(long) - len(key) >= _CLIPPED_DROPS
            and set(groups[long].group) & set(group.group)
        ]
        if len(longer) == 1 and _may_name_a_body(key, group, people_names):
            found.union(longer[0], key, "the name clipped")
            joined[key] = longer[0]
    return joined


def _may_name_a_body(name: str, group: GroupView, people_names: frozenset[str]) -> bool:
    """Whether a one-word name the vote made a person or a place may be a body's name cut
    short ("Laiki" of "Laiki Bank", "Juve" of "Juventus"): not a dictionary word, a name a
    list of given names or surnames has ("Chris" beside "Christie's"), a given name or a
    surname of the corpus's people ("Carter" beside the "Carter Center" is the president
    as often), a place the gazetteer knows, a country's or a region's name ("Rajasthan" and
    "Rajasthan Police", "England" and an "England Commission"), nor one with a person's or
    a place's cue in an article ("Mr Laiki", "in Laiki")."""
    return not (
        is_common_word(name)
        or is_given_name(name)
        or is_surname(name)
        or name in people_names
        or place_strength(name) is not Place.NONE
        or country_of(name)
        or is_subdivision(name)
        or any(
            evidence.person_cue or evidence.weak_place or "place" in evidence.cue_kinds
            for evidence in (rec.evidence() for rec in group.records)
        )
    )


def _clips(short: Sequence[str], long: Sequence[str]) -> bool:
    # Whether each word of `short` is the word of `long` in its place or a clipping of it
    # (not a dictionary word beside another: "Arab Bank" is no "Arabian Bank"), with one of
    # each at least.
    if len(short) > len(long):
        return False
    same = clipped = False
    for word, full in zip(short, long, strict=False):
        if word == full:
            same = True
        elif (
            word.isalpha()
            and len(word) >= _CLIPPED_KEEPS
            and len(full) - len(word) >= _CLIPPED_DROPS
            and full.startswith(word)
            # Two dictionary words are two words ("Arab" and "Arabian").
            and not (is_common_word(word) and is_common_word(full))
        ):
            clipped = True
        else:
            return False
    return same and clipped


# Articles of French, Spanish, Italian, Portuguese and German that open a name as "the" does
# in English ("Le Bataclan", "Las Vegas", "Die Mannschaft"); unlike "the", they are part of
# the name ("Le Monde"), so they stay in it and only join the name without them.
_FOREIGN_ARTICLES = frozenset("le la les l el los las il lo gli der die das".split())


def _flights(groups, kinds, found: Unions) -> None:
    # "Malaysia Airlines Flight 17" (the model's name stops before the number) in three
    # reports, "Malaysia Airlines" in four: a flight's name is its airline's, named with
    # its word for a flight. The airline must be an organisation of the corpus ("Delta
    # Flight" beside the place "Delta" stays).
    for key in groups:
        stem, _, last = key.rpartition(" ")
        if (
            last in ("flight", "flights")
            and kinds[key] == "organisation"
            and kinds.get(stem) == "organisation"
        ):
            found.union(stem, key, "a flight of the airline")


def _articles(groups, kinds, found: Unions) -> None:
    # "Le Bataclan" and "Bataclan", "Las Vegas" and "Vegas": one name with and without its
    # article, of one kind, across the corpus; not two places the gazetteer knows apart
    # ("El Salvador" and "Salvador"), nor a person ("La Toya", "Toya").
    for key in groups:
        first, _, rest = key.partition(" ")
        if (
            first in _FOREIGN_ARTICLES
            and rest in groups
            and kinds[key] == kinds[rest]
            and kinds[key] in ("organisation", "place")
            and " " not in rest
            and not is_common_word(rest)
            and (place_strength(key) is Place.NONE or place_strength(rest) is Place.NONE)
        ):
            found.union(rest, key, "the name with its article")


def _firm_cut_short(
    short: str, stem: str, groups, kinds, by_stem, people_names: frozenset[str]
) -> bool:
    """Whether a one-word name the vote made a person or a place is an organisation's name
    without its organisation word, which an article of it writes whole: "Bank of Cyprus and
    Laiki" beside "from Laiki Bank" in the same article, "last year's Asiana crash" beside
    "an Asiana Airlines jet". The model calls the cut name a person or a town, as it does an
    unknown capitalised word; the whole name beside it says what it is, when the cut name
    may name a body at all (`_may_name_a_body`)."""
    long = stem if stem in groups else by_stem[stem][0]
    return (
        " " not in short
        and kinds[long] == "organisation"
        and stem.split()[-1] in ORGANISATION_WORDS
        and bool(set(groups[long].group) & set(groups[short].group))
        and _may_name_a_body(short, groups[short], people_names)
    )


def _the_whole(short: str, stem: str, groups, kinds, by_stem) -> bool:
    # Of several longer names of a short one, the one that names the same thing as a whole,
    # when an article names both: for a place, the one place ("Punahou" beside "Punahou
    # Street" and "Punahou School": "the corner of Beretania and Punahou"); for an
    # organisation, its group ("NBC Sports" beside "NBC Sports Group" and "NBC Sports
    # Network"), its other names being its bodies ("BBC Television", "BBC Radio"). A place
    # the gazetteer knows is a town of its own ("Washington" beside "Washington Square" and
    # "Washington Post"), which the caller leaves apart.
    long = stem if stem in groups else by_stem[stem][0]
    if not set(groups[long].group) & set(groups[short].group) or kinds[long] != kinds[short]:
        return False
    return kinds[short] == "place" or stem.split()[-1] == "group"


# Words after a body's name that name a building, a product or an outlet of the body,
# not the body: "CNN Center", "Microsoft Office", "Apple Store".
# A body's police is its own force ("Massachusetts Institute of Technology Police").
_THINGS_OF_A_BODY = frozenset(
    {"center", "centre", "office", "store", "tower", "building", "police"}
)


def _thing_of_a_body(short: str, word: str, kinds) -> bool:
    # "In Atlanta's CNN Center" once, beside "CNN" in 22 reports; "the New York Times
    # Magazine" beside the newspaper: a magazine of a body named by its kind ("Times",
    # "Post") is another periodical ("Time Magazine" is Time).
    return kinds[short] == "organisation" and (
        word in _THINGS_OF_A_BODY
        or (word == "magazine" and short.split()[-1] in ORGANISATION_WORDS)
    )


_PLACES_WITHIN = ROAD_WORDS | frozenset(
    "river lake bay strait bridge museum square airport stadium arena cathedral tower castle "
    "mosque monument plaza".split()
)


def _suffixes(groups, kinds, found: Unions, people_names: frozenset[str]) -> dict[str, str]:
    # The one-word names that joined their organisation's whole name (`_firm_cut_short`)
    # are returned with that name: its kind is the entity's.
    cut: dict[str, str] = {}
    by_stem: dict[str, list[str]] = defaultdict(list)
    # Stems, not spellings: "BT Group Plc" and "BT Group" are one longer name of "BT".
    longer: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        if kinds[key] == "person":
            continue
        words = legal_stem(key).split()
        by_stem[" ".join(words)].append(key)
        if len(words) > 1 and words[-1] in _KIND_WORDS:
            longer[" ".join(words[:-1])].add(" ".join(words))
    for stem, keys in by_stem.items():
        named = [k for k in keys if k != stem]
        # A place is no company's short name ("East India" and the "East India Company").
        if stem in groups and kinds[stem] == "place":
            named = [k for k in named if kinds[k] == "place"]
        if named and (stem in groups or len(named) > 1):
            for key in named:
                found.union(stem if stem in groups else named[0], key, "a legal form")
    for short, stems in longer.items():
        # A one-word dictionary word is a kind of thing, not a name ("State", "State Senate").
        if " " not in short and is_common_word(short):
            continue
        if short not in groups:
            continue
        if (
            kinds[short] in ("person", "place")
            and len(stems) == 1
            and _firm_cut_short(short, next(iter(stems)), groups, kinds, by_stem, people_names)
        ):
            (stem,) = stems
            long = stem if stem in groups else by_stem[stem][0]
            found.union(long, short, "the same name with its organisation word")
            cut[short] = long
            continue
        if kinds[short] == "person":
            continue
        if len(stems) > 1 and place_strength(short) is Place.NONE:
            stems = {s for s in stems if _the_whole(short, s, groups, kinds, by_stem)}
        if len(stems) == 1:
            (stem,) = stems
            if _thing_of_a_body(short, stem.split()[-1], kinds):
                continue
            if stem.split()[-1] in ROAD_WORDS and place_strength(short) >= Place.CITY:
                # A road named after a town or a state is no other name of it: "North
                # Dakota Highway 1806", "Pacific Coast Highway".
                continue
            long = stem if stem in groups else by_stem[stem][0]
            kinds_agree = kinds[short] == kinds[long]
            if stem.split()[-1] in _PLACES_WITHIN and place_strength(short) >= Place.CITY:
                # A state's, a country's or a city's name with a river's, a bridge's, a
                # museum's or a square's word names another place: "the Alabama River",
                # "the Brooklyn Bridge", "the Mosul Museum" ("Syntagma Square" is the square,
                # "Syntagma" no town). A county, an island or a hotel is often called by the
                # name alone ("Westchester", "Qeshm", "the Carlton").
                continue
            if kinds[short] == OTHER and is_people_word(short):
                # "Indian" beside "Indian Ocean", "Persian" beside "Persian Gulf": a people's
                # word no name of the place ("Indian" names a people in the other articles),
                # whose spelling, the most common, would drop the place's page with it.
                continue
            if kinds_agree or stem.split()[-1] in PLACE_WORDS:
                found.union(long, short, "the same name with its organisation or place word")
    return cut
