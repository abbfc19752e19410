"""Deciding an entity's type from everything the corpus says about it.

Each article that mentions the entity casts one vote, split in proportion to the model's
labels there; each article with a context cue adds a vote for the cue's kind; the name
itself adds evidence (a gazetteer place, an organisation word such as "Ministry", an
acronym). So a place the model sometimes calls a person ends up a place, and one article's
odd label cannot outvote the rest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.analyse.mentions.cues import (
    A_BRAND,
    AFTER_A,
    AFTER_THE,
    ANY_CAPITAL,
    CLUB,
    CLUB_OR_PLACE_ENDS,
    CLUB_WORDS,
    COMPETITION,
    DISEASE,
    FURNITURE,
    HEADLINE,
    LISTED,
    NAMED_ORGANISATION,
    NAMED_PRODUCT,
    ORGANISATION_AFTER,
    ORGANISATION_WORDS,
    PAIRED,
    PRODUCT,
    QUOTED,
    SAINT_WORDS,
    SEEN,
    SIDE_FACED,
    SIDES_AROUND,
    SOURCE,
    SPEAKER,
    TEAM,
    TIME_ZONE,
    WEAK_PLACE,
)
from generator.analyse.mentions.labels import KINDS, OTHER, kind_of_label
from generator.link.agencies import agency_name
from generator.link.clubs import club_called, is_team
from generator.link.countries import (
    country_of,
    is_city_people_word,
    is_country,
    is_demonym,
    is_language,
    is_nationality_word,
)
from generator.link.firms import is_known_firm
from generator.link.gazetteer import (
    Place,
    is_big_city,
    is_subdivision,
    is_us_state,
    place_strength,
)
from generator.link.landmarks import landmark_called
from generator.link.name_lists import (
    is_frequent_word,
    is_given_name,
    is_listed_company,
    is_surname,
)
from generator.link.organisations import organisation_called
from generator.link.outlets import is_outlet
from generator.link.parties import party_called
from generator.text.lexicon import is_common_word, is_plain_word, is_proper_word
from generator.text.names import CONNECTORS, NOT_NAMES, after_titles, name_key

# Streets and roads ("Byberry Road", "Pacific Coast Highway", "Boulevard Voltaire", "Thomas
# Drive": CNN 8-f, a person to the model; not "Lane" nor "Way", surnames as often: "Ron
# Lane", "Gerard Way").
ROAD_WORDS = frozenset(
    "street avenue road highway motorway freeway expressway parkway boulevard rue drive".split()
)
PLACE_WORDS = ROAD_WORDS | frozenset(
    "river lake sea ocean gulf bay strait island islands mountains mountain mount valley "
    "desert peninsula province county region district square airport "
    # Hotels, the buildings ("the Carlton Hotel"; "Hilton Hotels" is the firm).
    "hotel "
    "republic kingdom emirates "
    # Buildings and landmarks are places ("Notre Dame Cathedral", "Wembley Stadium").
    "temple cathedral tower stadium arena bridge castle mosque monument "
    "plaza museum "
    # The same in the languages whose articles `merge` knows ("Stade de France", "Musée
    # d'Orsay", "Estadio Azteca", "Piazza Navona", "Palazzo Vecchio", "Avenida Paulista").
    "stade estadio stadio stadion musée museo museu piazza platz strasse straße avenida "
    "calle praça palais palacio palazzo "
    # An island in English and French ("Isle of Wight", "Ile de France").
    "isle ile île".split()
)
# The words a firm's name ends in, in the plural or as its trade ("Gordon Advisors",
# "Shavlik Technologies", "Crosslink Capital", "Reunion Pictures"): the last word only, as
# several are words of other names first ("Partners in Health", "Systems of a Down").
FIRM_ENDS = frozenset(
    "advisors advisers partners associates consultants consulting capital ventures "
    "solutions systems technologies labs laboratories studios records pictures "
    "entertainment motors brands foods pharmaceuticals therapeutics communications "
    "networks software electronics securities insurance enterprises productions "
    "publishing publishers auctions auctioneers logistics".split()
)
# Grounds and courses a name ends in: "Melbourne Cricket Ground", "Bellerive Oval", "Aintree
# Racecourse" (the last word only: "Ground Force" is a television show).
VENUE_ENDS = frozenset(
    "ground oval racecourse velodrome speedway raceway ballpark hippodrome amphitheatre "
    "amphitheater coliseum colosseum "
    # Religious buildings other than a church, which names a congregation or a
    # denomination as often ("Trinity Baptist Church", "Church of England"):
    # "Westminster Abbey", "Sistine Chapel", "York Minster".
    "abbey basilica chapel minster "
    # Galleries, zoos and aquariums, as museums are places ("National Gallery", "Cleveland
    # Metroparks Zoo", "Georgia Aquarium"; dev7): not "Gallery App" (a phone's app, dev6).
    "gallery zoo aquarium "
    # Memorials ("Vietnam Veterans Memorial", "Martin Place War Memorial"; dev7): the last
    # word only, not "Memorial Hospital" or "Memorial Day".
    "memorial".split()
)
# A road's word abbreviated, last: "State St.", "Glenwood Rd" ("St" first is a saint's).
_ROAD_ABBREVIATIONS = frozenset("st st. rd rd. ave ave. blvd blvd.".split())
# "Saint-Ambroise Church", "St Mary's Church": a church named after its saint is the
# building (`_saints_church`).
_SAINT_OPENERS = frozenset(word.casefold() for word in SAINT_WORDS)
# "West Bank", "East Timor", "West Indies": a point of the compass opening a name.
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western northeast northwest "
    "southeast southwest".split()
)
# ... but "South African", "East Timorese", "West German" are what their people are called.
_DEMONYM_END = re.compile(r"(?:an|ese|ish|i)$", re.IGNORECASE)
_SAINT = re.compile(r"St\.?\s")
# A word in capitals alone, of two letters to five: "OPEC", "DG" (a company), "GB", "LTE".
_CAPITALS_ALONE = re.compile(r"[A-Z]{2,5}")


def _capitals_no_person(
    name: str, articles: Sequence[ArticleEvidence], given_names: Container[str]
) -> bool:
    # English writes a person by name, not by capitals: a word in capitals alone is an
    # abbreviation, of a body ("a major OPEC producer", "DG owns the lion's share") or of a
    # thing ("LTE"), whatever the model says. A person called by initials opens a full name
    # of theirs in the corpus ("AP McCoy", then "It is all down to AP now"), so the corpus's
    # given names keep it, and so does a person's cue, a surname's use or a quotation's.
    return bool(
        _CAPITALS_ALONE.fullmatch(name)
        and name.casefold() not in given_names
        and not any(a.person_cue or a.surname or a.speaker for a in articles)
    )


def _a_nationality(article: ArticleEvidence) -> bool:
    # Whether the model calls the name a nationality in the article ("the Irish airline").
    return any(label == "NORP" for label, _, _ in article.shares)


def _move_place_labels(scores: Counter[str], articles: Sequence[ArticleEvidence]) -> None:
    # The model's place labels in these articles count for an organisation instead.
    for article in articles:
        moved = sum(part for _, kind, part in article.shares if kind == "place")
        scores["place"] -= moved
        scores["organisation"] += moved


def _body_cue(article: ArticleEvidence) -> bool:
    return bool(article.club or article.team or article.sides_around or _said_a_body(article))


def _said_a_body(article: ArticleEvidence) -> bool:
    # A cue in the text that the name is an organisation's ("Essence magazine", "the band
    # Aerosmith", "told Bild", an organisation's kind word beside it).
    return bool(
        article.organisation_after
        or article.named_organisation
        or article.source
        or "organisation" in article.cue_kinds
    )


# Names ending in a city that are the city's parts or titles, not a club named after it:
# "Greater Manchester", "Northeast Washington", "City of London", "Streets of Laredo".
_PLACE_PHRASE_WORDS = COMPASS_WORDS | {"greater", "central", "downtown", "metropolitan", "of"}
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")

# "J. Smith", "S Fleming", "J. R. R. Tolkien": initials before a capitalised word.
_INITIALS = re.compile(r"(?:[A-Z]\.?\s+){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?")

# Not a cue of the text but of the link stage: a one-word name the model calls a person ends
# several people's names in the article ("Jackson" beside "Jesse Jackson" and "Santita
# Jackson"), so it is a surname there.
SURNAME = "surname"

# Weights per article mentioning the entity; the model's labels give at most 1.0 per article.
GAZETTEER_WEIGHT = {Place.NONE: 0.0, Place.ALTERNATE: 0.5, Place.CITY: 0.5, Place.REGION: 1.25}
# A context cue outweighs the model's label in one article ("Isil fighters" over PERSON).
CUE_WEIGHT = 1.25
# A cue of one article, in the entity's other articles that have none: as much as the
# model's label in one of them (`_carried_cue`, `_carried_weight`).
CARRIED_CUE_WEIGHT = 1.0
_CARRIED_OVER = frozenset({"organisation", "place"})
# "in X" (`cues.WEAK_PLACE`): enough with a gazetteer city to outvote one ORG label.
WEAK_CUE_WEIGHT = 0.6
NAME_WORD_WEIGHT = 1.25
ACRONYM_WEIGHT = 0.25
# A listed company's name (`_listed_company`), in an article where the model does not call
# it a natural feature alone: more than the model's label there (`vote_on_evidence`).
LISTED_COMPANY_WEIGHT = 1.25
PERSON_SHAPE_WEIGHT = 1.0
# A given name of some language opening a name of capitalised words ("Alfred Dreyfus",
# "Bess Truman": `given_name_and_surname`), in an article where the model calls it a person
# at least once or labels it once only: as much as the model's one label, so a lone ORG or
# GPE label ties and the tie goes to person. Where the model says ORG (or GPE) twice or
# more and never PERSON, or "the" stands right before the name, it adds nothing: a firm
# named after its founder is named again and again, and written "the Louis Vuitton store".
GIVEN_NAME_WEIGHT = 1.0
# "Atletico Madrid", "Maccabi Tel Aviv": more than the model's PERSON label in an article,
# less than that label with a title or role beside it.
NAMED_AFTER_CITY_WEIGHT = 2.0
# A court by its kind ("New Bedford District Court", "Llandudno Magistrates' Court"): the
# body that sits there, more than the model's place and an "in" before it in an article.
COURT_WEIGHT = 2.0
# A known place opening a results-table row: more than the model's label and the gazetteer's
# city evidence in that article together.
TEAM_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class ArticleEvidence:
    """What one article says about an entity, in the form the vote adds it up.

    The link stage keeps it with the article's record of the entity, so a vote after an
    edit adds up each unchanged article's evidence instead of reading its labels again
    (one per record: slots, not an instance dict).
    """

    shares: tuple[tuple[str, str, float], ...]  # (label, kind, share of the article's vote)
    cue_kinds: tuple[str, ...]  # a CUE_WEIGHT vote for each, in order
    weak_place: bool  # only "in X" says place
    person_cue: bool
    marked: bool  # some cue says person, organisation or place ("in X" too)
    unmarked_capitals: int  # mentions capitalised only where every word is
    mentions: int  # mentions the model labelled
    furniture: int = 0  # mentions in a photo credit or the page's furniture
    team: bool = False  # it opens a row of a results table or a score line
    headline: int = 0  # mentions in a headline in title case
    product: int = 0  # mentions used as a product or technical term ("Android 4.4")
    club: bool = False  # a sports cue: "X manager", "a defeat to X"
    organisation_after: bool = False  # "Essence magazine", "Syriza chief Alexis Tsipras"
    named_organisation: bool = False  # "the band Aerosmith", "Ryanair, the Irish airline,"
    seen: int = 0  # uses of the name the model did not tag (their product cues count too)
    listed: tuple[str, ...] = ()  # kinds of the other names of lists it stands in
    surname: bool = False  # it ends several people's names in the article
    after_the: int = 0  # mentions right after "the" ("the Louis Vuitton store")
    competition: int = 0  # uses as a competition ("qualify for the Europa League")
    sides_around: bool = False  # named bare in a report of a sport ("gave Leeds £30m")
    # Each of its place labels is after an organisation and "and" ("Sky and BT").
    paired: bool = False
    after_a: int = 0  # mentions right after "a" or "an" ("a Darwin woman")
    source: bool = False  # a report's source or whom someone told ("told Bild:")
    speaker: bool = False  # a quotation is put to it ("”, Foley told reporters")
    brand: bool = False  # between "a" and a word it qualifies ("a Coldplay fan")
    faced: bool = False  # after "against" or "visit" in a report of a sport ("visit Everton")
    time_zone: int = 0  # mentions after a clock time ("at 11am IST")
    quoted: int = 0  # mentions alone in quotation marks ("to helm "New Moon,"")
    disease: int = 0  # uses as a disease's name ("the Ebola outbreak", "died of Aids")


def article_evidence(labels: Mapping[str, int], cues: Mapping[str, int]) -> ArticleEvidence:
    """The evidence of one article: the model's label counts and the context-cue counts."""
    total = sum(labels.values())
    return ArticleEvidence(
        tuple(
            (label, kind_of_label(label), n / total if total else 0.0)
            for label, n in labels.items()
        ),
        tuple(kind for kind, n in cues.items() if n > 0 and kind in KINDS),
        bool(cues.get(WEAK_PLACE) and not cues.get("place")),
        bool(cues.get("person")),
        any(cues.get(kind) for kind in (*KINDS, WEAK_PLACE, ORGANISATION_AFTER)),
        cues.get(ANY_CAPITAL, 0),
        total,
        cues.get(FURNITURE, 0),
        bool(cues.get(TEAM)),
        cues.get(HEADLINE, 0),
        # A product named plainly once is the product in each of the article's uses
        # (`cues.NAMED_PRODUCT`: "Android 5.0 Lollipop", then "a bite of Lollipop").
        total + cues.get(SEEN, 0) if cues.get(NAMED_PRODUCT) else cues.get(PRODUCT, 0),
        bool(cues.get(CLUB)),
        bool(cues.get(ORGANISATION_AFTER)),
        bool(cues.get(NAMED_ORGANISATION)),
        cues.get(SEEN, 0),
        tuple(cue[len(LISTED) :] for cue, n in cues.items() if n > 0 and cue.startswith(LISTED)),
        bool(cues.get(SURNAME)),
        cues.get(AFTER_THE, 0),
        cues.get(COMPETITION, 0),
        bool(cues.get(SIDES_AROUND)),
        # Where the model calls it a place elsewhere in the article too, the pair says
        # less than those labels ("the Andaman and Nicobar islands").
        0
        < sum(n for label, n in labels.items() if kind_of_label(label) == "place")
        <= cues.get(PAIRED, 0),
        cues.get(AFTER_A, 0),
        bool(cues.get(SOURCE)),
        bool(cues.get(SPEAKER)),
        bool(cues.get(A_BRAND)),
        bool(cues.get(SIDE_FACED)),
        cues.get(TIME_ZONE, 0),
        cues.get(QUOTED, 0),
        cues.get(DISEASE, 0),
    )


def vote(
    name: str,
    article_labels: Sequence[Mapping[str, int]],
    article_cues: Iterable[Mapping[str, int]],
    given_names: Container[str] = frozenset(),
    surname_alone: bool = False,
) -> tuple[str, dict[str, float]]:
    """The kind an entity is ("other" when it is none of ours) and the scores behind it.

    `article_labels` holds the model's label counts for each article mentioning the entity,
    `article_cues` the context-cue counts for each article. Evidence from the name itself
    counts once per article, so it keeps its weight however often the model disagrees.
    `given_names` are first words of the corpus's people ("nick" from "Nick Faldo", ...);
    `surname_alone` says that the articles also call the entity by its last word alone as a
    person ("Houston" for Whitney Houston).
    """
    evidence = [
        article_evidence(labels, cues)
        for labels, cues in zip(article_labels, article_cues, strict=True)
    ]
    return vote_on_evidence(name, evidence, given_names, surname_alone)


def vote_on_evidence(
    name: str,
    articles: Sequence[ArticleEvidence],
    given_names: Container[str] = frozenset(),
    surname_alone: bool = False,
) -> tuple[str, dict[str, float]]:
    """`vote`, from each article's `article_evidence`."""
    scores: Counter[str] = Counter({k: 0.0 for k in (*KINDS, OTHER)})
    if junk_reason(name, articles):
        return OTHER, dict(scores)
    strength = place_strength(name)
    # A known city the model calls NORP ("Aleppo") is not a nationality: it is the place.
    # A one-word "person" that is a known place, joined no full name (those are voted as
    # the full name), ends no people's names in its articles ("Jackson" beside Jesse and
    # Santita Jackson) and has no title or role around it is the place, too ("Palmyra"); so
    # is a longer one that is the main name of a big city ("Ca Mau", "Kuala Lumpur").
    as_place = {"NORP"} if strength >= Place.CITY else set()
    if (
        strength >= Place.ALTERNATE
        and (len(name.split()) == 1 or is_big_city(name))
        and not any(
            article.person_cue or article.surname or article.speaker for article in articles
        )
        and not _only_a_person(name, strength, articles)
        and not _a_given_name_of_the_corpus(name, strength, given_names)
    ) or _unknown_word_where(name, strength, articles, given_names, surname_alone):
        as_place |= {"PERSON", "PER"}
    if _part_of_a_town(name):
        as_place |= {"PERSON", "PER"}
    # "St Mirren", "St Johnstone": named after a saint, a club, a church or a school (or a
    # place, which the gazetteer or the model says), not a person.
    as_organisation = {"PERSON", "PER"} if _SAINT.match(name) else set()
    # A word in capitals alone: the model's person is a body's vote where a body's cue says
    # so ("GB led 35-24", a side), else no vote for any kind of ours.
    as_nothing: set[str] = set()
    if _capitals_no_person(name, articles, given_names):
        if any(_body_cue(article) for article in articles):
            as_organisation = {"PERSON", "PER"}
        else:
            as_nothing = {"PERSON", "PER"}
    # "her mother, Marian,", "Malia, 10,": one word the gazetteer knows as a town, with a
    # role, a title or an age beside it in an article, is a person there whatever the model
    # says (it calls rare given names places). Countries, regions and big cities keep the
    # model's label ("Jordan", "the mayor of Paris, ...").
    person_there = (
        {"GPE", "LOC", "FAC"}
        if len(name.split()) == 1 and strength < Place.REGION and not is_big_city(name)
        else set()
    )
    for article in articles:
        for label, kind, share in article.shares:
            if label in as_place:
                kind = "place"
            elif label in as_organisation:
                kind = "organisation"
            elif label in as_nothing:
                kind = OTHER
            if article.person_cue and label in person_there:
                kind = "person"
            scores[kind] += share
    us_state = strength is Place.REGION and any(a.club for a in articles) and is_us_state(name)
    state_side = _state_side(name, strength, articles)
    carried = _carried_cue(articles) if strength is Place.NONE else None
    unknown_side = bool(articles) and _unknown_side(name, strength, articles)
    if carried:
        scores[carried] += _carried_weight(articles)
    if strength is Place.NONE and _listed_company(name, given_names):
        for article in articles:
            labels = {label for label, _, _ in article.shares}
            # The model's LOC is a mountain's, a river's or a sea's, which no gazetteer of
            # ours lists: "to climb Everest" (beside "Mount Everest") is not the S&P 500's
            # reinsurer. Its GPE for a name the gazetteer does not know is the firm's.
            if "LOC" not in labels or "ORG" in labels:
                scores["organisation"] += LISTED_COMPANY_WEIGHT
    elif all(kind not in KINDS for article in articles for _, kind, _ in article.shares) and (
        body_of_the_lists(name)
    ):
        # "Yonhap reported", "the Celtics", "on HuffPost": the model's nationality, product
        # or work is its reading of an unknown word; the lists know the body.
        scores["organisation"] += LISTED_COMPANY_WEIGHT * len(articles)
    source = not surname_alone and _a_source_no_person(name, strength, articles, given_names)
    sided = 0  # articles where the town is a side by a sports cue or note
    league = _league(name)
    for article in articles:
        for kind in article.cue_kinds:
            scores[kind] += CUE_WEIGHT
        if source and article.source:
            # "told L’Express that", "according to Roscosmos.": a newspaper, a broadcaster or
            # an agency, as much as any cue of an organisation.
            scores["organisation"] += CUE_WEIGHT
        if article.weak_place and not league:
            scores["place"] += WEAK_CUE_WEIGHT
        for kind in article.listed:
            # "AT&T, Sprint, T-Mobile, MetroPCS, and U.S. Cellular": a list's names are of
            # one kind, so the others' labels outweigh the model's label of this one.
            scores[kind] += CUE_WEIGHT
        if article.paired and strength is Place.NONE:
            # "Sky and BT", "PayPal and WebMoney": a name no gazetteer knows, after a firm
            # and "and", is its rival or partner, not a place. A cue of its article only,
            # not carried to the articles that name it bare: there the model's place
            # labels may be right ("Andaman and Nicobar", where the model calls "Andaman"
            # an organisation once).
            scores["organisation"] += CUE_WEIGHT
        if article.organisation_after and strength is Place.NONE and not _a_nationality(article):
            # "Essence magazine", "Syriza chief Alexis Tsipras"; not "a Paris newspaper" nor
            # "the Irish airline" (a nationality, which the model calls NORP).
            scores["organisation"] += CUE_WEIGHT
        if article.team and strength >= Place.ALTERNATE:
            # A city in a results table is its team, however the model labels it there.
            scores["organisation"] += TEAM_WEIGHT
        elif article.club and (Place.ALTERNATE <= strength < Place.REGION or us_state):
            # "Newcastle manager Kevin Keegan": a town's club; "Kansas forward Danny
            # Manning": a state's university team. A country with a manager is its national
            # side, which the corpus's tables and CoNLL call the country. A state's name
            # weighs more in the gazetteer than a town's, and the cue outweighs that too.
            scores["organisation"] += TEAM_WEIGHT + (GAZETTEER_WEIGHT[strength] if us_state else 0)
            if _has_place_word(name):
                # "Wrexham, Newport County, Colwyn Bay and Merthyr Town" (a list of clubs,
                # each a side by the list's cue): the sports cue says what the whole name
                # stands for there, which its place word ("Bay", "Forest", "Vale") alone
                # would outweigh.
                scores["organisation"] += NAME_WORD_WEIGHT
            sided += 1
        elif (
            article.sides_around
            and Place.ALTERNATE <= strength < Place.REGION
            and not article.weak_place
            and ("PERSON" in as_place or not any(k == "person" for _, k, _ in article.shares))
        ):
            # "Manchester United gave Leeds in 2002" beside "beat Chelsea" and "Swansea
            # manager": a town named bare in a report of a sport is its club, as a town with
            # a sports cue of its own is. Not a country nor a state (their national or
            # college sides are the country's and the state's names in the tables), nor a
            # name the gazetteer does not know ("the Nou Camp"; see `_unknown_side`). A town
            # the article also puts after "in" or "at" is where a match or a race is held
            # ("at Sandown on Saturday ... A Sandown spokesman said"). The model's person
            # counts so only where the vote reads it as the town's ("I know Norwich and
            # Burnley have done it"), not beside a role or a full name.
            scores["organisation"] += TEAM_WEIGHT
            sided += 1
        elif state_side:
            # "Only one of the three worst teams ... -- New Jersey, which picked Ohio State
            # guard Dennis Hopson": a US state named bare in every report of a sport that
            # names it is its side, as a state with a sports cue of its own is (its name
            # weighs more in the gazetteer than a town's, and the note outweighs that too).
            scores["organisation"] += TEAM_WEIGHT + GAZETTEER_WEIGHT[strength]
            sided += 1
        elif (
            article.club
            and strength is Place.NONE
            and all(kind == "place" for _, kind, _ in article.shares)
        ):
            # "Feyenoord striker Salomon Kalou": a side the model calls a place, as any
            # other cue's kind. Not where it says a person or a nationality: "X beat
            # Camilla Martin" in a badminton results list is a player.
            scores["organisation"] += CUE_WEIGHT
            if name.split()[-1].casefold() in CLUB_OR_PLACE_ENDS:
                # "after losing to Ross County", "Notts County manager": "County", "City"
                # and "Town" end clubs' names as often as places', and the sports cue says
                # which; it outweighs the place word "County" (`PLACE_WORDS`), which
                # alone would outweigh the cue.
                scores["organisation"] += NAME_WORD_WEIGHT
        elif (
            article.club
            and strength is Place.NONE
            and any(kind == "person" for _, kind, _ in article.shares)
            and _side_and_town(name.split())
        ):
            # "Atletico Madrid's Antoine Griezmann", "lost to Shakhtar Donetsk": a side
            # named for its town after a word of its own, which the model reads as a
            # person's given name and surname. The sports cue says which, and it must
            # outweigh the model's person there.
            scores["organisation"] += CUE_WEIGHT + NAME_WORD_WEIGHT
        elif unknown_side:
            scores["organisation"] += CUE_WEIGHT
    if (
        Place.ALTERNATE <= strength < Place.REGION
        and any(article.club for article in articles)
        and sided * 2 >= len(articles)
    ):
        # "Barcelona boss Luis Enrique", "Real Madrid and Barcelona are both fans": a town
        # that half its articles or more make a side by a sports cue of their prose is the
        # side in those of its articles that say nothing of it. The model calls a known
        # town's name a place whatever it stands for, so its place label there says no more
        # than the name; the page is one, and most of its uses are the club's. One article
        # at least must have a sports cue of the town's own (`cues.CLUB`): the note of a
        # name bare in a report (`SIDES_AROUND`) alone is too weak to carry ("Shrewsbury
        # (away to Cheltenham)" beside "Summer Robertson from Shrewsbury"). A row of a
        # results table does not count: American tables name a side by its town, which
        # their fixtures also give as where a game is played ("BALTIMORE AT CINCINNATI",
        # "games at Kansas City and Cincinnati", CoNLL++).
        _move_place_labels(
            scores,
            [a for a in articles if not (a.marked or a.team or a.club or a.sides_around)],
        )
    said_a_body = [a.organisation_after or (source and a.source) for a in articles]
    if (
        strength is Place.NONE
        and any(
            said and not _a_nationality(a) for said, a in zip(said_a_body, articles, strict=True)
        )
        and not any(a.weak_place or "place" in a.cue_kinds for a in articles)
    ):
        # "Ukip leader Nigel Farage" in one report, "Ukip" alone in three others that the
        # model calls a place (frank: a place page of 4); "told Sportsmail" in one of the
        # seven reports of the Mail's sports desk: a name no gazetteer knows, that a body's
        # cue names in one article and no place's cue anywhere, is the body in the
        # articles that name it bare too; the model's place labels there are guesses.
        _move_place_labels(
            scores, [a for said, a in zip(said_a_body, articles, strict=True) if not said]
        )
    # "American brands like J. Crew and Gap": where every article puts a cue of an
    # organisation to the name and none of a person, initials before a word say no more
    # than the model's person label, which the cue outweighs; they would double that
    # label. A given name of the corpus's people keeps its weight ("a member of Tony
    # Greig's England side", CoNLL++, is the captain's side).
    told_organisation = (
        _INITIALS.fullmatch(name) is not None
        and name.split()[0].casefold() not in given_names
        and all("organisation" in a.cue_kinds and not a.person_cue for a in articles)
    )
    person_said = any(a.person_cue for a in articles)
    for kind, weight in name_evidence(name, given_names, surname_alone, person_said).items():
        if kind == "person" and told_organisation:
            continue
        scores[kind] += weight * len(articles)
    if name.split()[0].casefold() not in given_names and given_name_and_surname(name):
        for article in articles:
            if not article.after_the and (
                article.mentions <= 1 or any(kind == "person" for _, kind, _ in article.shares)
            ):
                scores["person"] += GIVEN_NAME_WEIGHT
    if _given_name_alone(name, strength, articles):
        scores["person"] += GIVEN_NAME_WEIGHT * len(articles)
    if _surname_called_a_place(name, strength, articles):
        scores["person"] += GIVEN_NAME_WEIGHT * len(articles)
    if (
        strength <= Place.ALTERNATE
        and not _has_place_word(name)
        and any(a.named_organisation for a in articles)
        and not any(kind != "organisation" for a in articles for kind in a.cue_kinds)
        and not is_country(name)
    ):
        # "the satirical weekly Charlie Hebdo": what the text says the name is outweighs
        # the model's labels of it in every article ("Charlie Hebdo" is no person), unless
        # a cue somewhere calls it a person or a place, the gazetteer knows it (a country's
        # or a city's name stands for its team, its firms, its government) or a place word
        # is in it ("Strait of Hormuz"). Another spelling of a city is no such knowledge:
        # the gazetteer lists thousands ("Nissin" for Nisshin), and the text that says
        # "Nissin, an instant noodle manufacturer," names the firm.
        return "organisation", dict(scores)
    if (_titled_person(name) or _noble_of_a_place(name)) and all(
        kind == "person" for article in articles for kind in article.cue_kinds
    ):
        return "person", dict(scores)
    # Ties go to the first of person, place, organisation, other; to a person last where
    # the name ends in an organisation's word ("Dundee Football Club": one report's PERSON
    # and ORG halves and a person cue there made a tie).
    order = ("person", "place", "organisation", OTHER)
    if " " in name and name.rsplit(" ", 1)[1].casefold() in ORGANISATION_WORDS:
        order = ("place", "organisation", "person", OTHER)
    best = max(order, key=lambda k: (scores[k], -order.index(k)))
    if (
        best == "organisation"
        and is_country(name)
        and not any(a.team or a.club or a.sides_around for a in articles)
    ):
        # "the U.S. carriers", "the U.S. senator", "the President of the United States of
        # America": a country's name before an organisation's noun is still the country,
        # which joins its other names' page. Not where a sports cue votes organisation: a
        # country's name is a club's as well ("Monaco" in a results table).
        return "place", dict(scores)
    if best == "person" and (
        _a_thing_after_the(name, articles, given_names) or _two_run_together(name, articles)
    ):
        return OTHER, dict(scores)
    if best == "person" and (
        _words_for_a_person(name, articles, given_names) or _nationality_and_word(name, articles)
    ):
        if " " not in name and (scores["organisation"] > 0 or body_of_the_lists(name)):
            # One word: an organisation if some article says so ("Twitter", "Vogue": "posted
            # on Twitter", "Vogue's Anna Wintour") or the lists know it (dev, dev4, dev6,
            # dev7, dev8: "Twitter" a person to the model and nothing more), else nothing
            # ("Monopoly").
            return "organisation", dict(scores)
        return OTHER, dict(scores)
    return best, dict(scores)


# A league's word in the languages whose leagues the news names ("Premier League", "La
# Liga", "Ligue 1", "Lega Pro").
_LEAGUE_WORDS = frozenset({"league", "liga", "ligue", "lega"})


def _league(name: str) -> bool:
    # "won 19 out of 23 games in La Liga", "top scorer in the Premier League": a league is
    # where sides play, so "in" before its name says no more of a place than "in the
    # Champions League" does; the model calls such a name a place (FAC, GPE) as often as an
    # organisation, and the weak "in" would tip its vote against the league's word.
    return not _LEAGUE_WORDS.isdisjoint(w.casefold() for w in re.split(r"[\s-]+", name))


def _state_side(name: str, strength: Place, articles: Sequence[ArticleEvidence]) -> bool:
    """A US state that every article naming it notes bare in a report of a sport
    (`cues.SIDES_AROUND`) and puts after no "in" or "at", and that no article gives a cue
    of a kind: an NBA or a college side named by its state ("New Jersey, which picked Ohio
    State guard Dennis Hopson", "Indiana's Brad Miller": the possessive before a player's
    name is no kind's cue). A state one article names otherwise keeps the vote
    ("New York" in a story of the draft and in another of the city's politics), and a
    country or a nation of a kingdom is never so (`is_us_state`: their sides are the
    nations' names in the tables)."""
    return (
        strength is Place.REGION
        and bool(articles)
        and all(
            a.sides_around and not a.weak_place and not a.cue_kinds and not a.person_cue
            for a in articles
        )
        and is_us_state(name)
    )


def _unknown_side(name: str, strength: Place, articles: Sequence[ArticleEvidence]) -> bool:
    # "relegated to the Championship", "Germany's Bundesliga", "L.A. won the draft lottery":
    # one word the gazetteer does not know, named bare in reports of a sport
    # (`cues.SIDES_AROUND`) and called a place by the model there (a stadium or a field, its
    # guess at an unknown name), is a side or its league. In every article that names it:
    # a name one article uses otherwise keeps the vote ("Wales' exiled clubs" with no note
    # beside "England against Wales"). Not where the model calls it a person or an
    # organisation as often, or a cue a person ("Santos striker Neymar, 22,"), nor a name
    # of two words or more, which are grounds and players as often as clubs ("the Nou
    # Camp", "Ewood Park", "Yaya Toure", the model's places in match reports), but for a
    # known town and a word that names a side ("the Utah Jazz", `_town_and_nickname`).
    return (
        strength is Place.NONE
        and all(
            article.sides_around
            and not article.person_cue
            and sum(part for _, kind, part in article.shares if kind == "place") >= 0.5
            and not any(kind == "person" for _, kind, _ in article.shares)
            for article in articles
        )
        and (" " not in name or _town_and_nickname(name.split()))
        # "tests against Italy, Scotland, Ireland and Wales" (CoNLL++): a nation's side is
        # the nation, as a country's is; the gazetteer knows no nations of a kingdom.
        and not is_subdivision(name)
    )


# Words that end the names of grounds, roads and buildings, or a state university's name
# ("Michigan State"), not a side's nickname.
_NOT_A_SIDE_END = frozenset(
    "park road lane field fields garden gardens court green hall state".split()
)


def _town_and_nickname(words: Sequence[str]) -> bool:
    # "the Utah Jazz", "Miami Fusion": a known town or state and one capitalised common
    # word that is no surname, given name, place, venue or ground word, is how sides are
    # named ("Ewood Park", "Carrow Road" are grounds; "Yaya Toure" opens with no town).
    last = words[-1]
    return (
        len(words) > 1
        and last[:1].isupper()
        and is_common_word(last)
        and last.casefold() not in PLACE_WORDS | VENUE_ENDS | _NOT_A_NICKNAME | _NOT_A_SIDE_END
        and not is_surname(last)
        and not is_given_name(last)
        and place_strength(" ".join(words[:-1])) >= Place.CITY
    )


def _a_given_name_of_the_corpus(name: str, strength: Place, given_names: Container[str]) -> bool:
    # "David", "Raymond": a small town's name that opens names of the corpus's people is a
    # person's name where the model says so ("Larry David" of "Seinfeld", then "David's
    # work"). A country, a region or a big city keeps the gazetteer's word ("Jordan",
    # "Florence" beside Florence Arthaud).
    return (
        " " not in name
        and strength < Place.REGION
        and not is_big_city(name)
        and name.casefold() in given_names
    )


def _side_and_town(words: Sequence[str]) -> bool:
    # "Atletico Madrid", "Shakhtar Donetsk", "Borussia Dortmund": one word or two that are no
    # given name or surname of the lists, then a known town (the clubs that open with a
    # given name, "Real Madrid", "Inter Milan", have it as a word of their own).
    # "Dontre Hamilton", "Chiemi Miyazaki" are people whose surname is a town; a sports
    # cue beside them is rare, and the caller asks for one.
    return (
        1 < len(words) <= 3
        and Place.CITY <= place_strength(words[-1]) < Place.REGION
        and not any(is_given_name(w) or is_surname(w) for w in words[:-1])
    )


def _a_source_no_person(
    name: str, strength: Place, articles: Sequence[ArticleEvidence], given_names: Container[str]
) -> bool:
    # Whom one tells, or by whom one is quoted, is a person as often as a newspaper ("told
    # Barnes she", "according to Lucy,"): the note counts for a name the gazetteer does not
    # know, with no word a given name or a surname of the lists or a given name of the
    # corpus's people, no initials and no title or role anywhere ("told Bild:",
    # "according to Roscosmos.", "told L’Express that"); the caller leaves out a name whose
    # last word the articles use alone ("Sean Hamil, director of ...", then "according to
    # Hamil": "Sean" is a Spanish stop word, so no given name of the lists).
    if strength is not Place.NONE or not any(a.source for a in articles):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) == 1 and _ordinary_word(name):
        # A dictionary word the model takes for a person there is a name cut short or a
        # column's ("he tells Whispers", "told DNA Info"); "reported by the Pentagon", the
        # model's building and organisation, counts.
        return not all(kind == "person" for a in articles for _, kind, _ in a.shares)
    return (
        not any(a.person_cue or a.surname for a in articles)
        and not _INITIALS.fullmatch(name)
        and not any(w.casefold() in given_names or is_given_name(w) or is_surname(w) for w in words)
    )


def _given_name_alone(name: str, strength: Place, articles: Sequence[ArticleEvidence]) -> bool:
    # "Cyril", "Tess", "Jamal": one word that some language's list has as a given name and
    # none as a surname, that no dictionary has and the gazetteer does not know, with no
    # cue anywhere and no "the" before it, is a person called by the first name, which
    # the model reads as an organisation or a place as it reads any unknown capitalised
    # word. A cue ("the fashion house Chanel"), a place ("Florence"), a country's other
    # name ("America"), a common word ("Grace", "Will"), a club's word ("Albion"), or a
    # label of a nationality or a religion ("Muslim") or of none of our kinds (a product)
    # keeps what the rest of the vote says. So does a name an article writes more than
    # once: a person called so there would be a person to the model somewhere, and a
    # firm named after a given name ("Salomon") is written again where the model tags
    # nothing.
    return (
        " " not in name
        and name.isalpha()
        and name.casefold() not in ORGANISATION_WORDS  # club words among them
        and not name.isupper()
        and strength is Place.NONE
        and is_given_name(name)
        and not is_surname(name)
        and not is_common_word(name)
        and country_of(name) is None
        and not any(a.marked or a.after_the or a.mentions > 1 or a.seen for a in articles)
        and all(
            label != "NORP" and kind in KINDS
            for article in articles
            for label, kind, _ in article.shares
        )
    )


def _surname_called_a_place(
    name: str, strength: Place, articles: Sequence[ArticleEvidence]
) -> bool:
    # "his grandfather, who served in Patton's army", "Provisional squad: ..., Hammond,
    # Knockaert, Albrighton": one word that some language's list has as a surname and none
    # as a given name, that the gazetteer does not know and no dictionary has, which the
    # model calls a place and nothing else with no cue of any kind around it, is a person
    # called by the surname; the model reads unknown capitalised words as towns. A given
    # name is a small town's name as often ("going to Shannon, Ireland" in CoNLL++, a town
    # the gazetteer lacks), and a place the gazetteer lacks has a cue ("in", "near", "the
    # temple of") as often. An organisation's label is left alone: firms are named after
    # their founders ("McDonald", "Kraft").
    return (
        " " not in name
        and name.isalpha()
        and strength is Place.NONE
        and is_surname(name)
        and not is_given_name(name)
        and not is_common_word(name)
        and country_of(name) is None
        and not any(
            a.cue_kinds
            or a.weak_place
            or a.after_the
            or a.after_a
            or a.club
            or a.team
            or a.sides_around
            or a.listed
            for a in articles
        )
        and all(kind == "place" for a in articles for _, kind, _ in a.shares)
    )


def _always_a_group(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "Islamist gunmen", "a 67-year-old Parisian man", "the Thai capital": the model calls
    # the word NORP (a nationality, a religious or a political group) wherever it labels
    # it, and the cue beside it is said of the noun the word qualifies, not of the word;
    # the country table does not derive every such word ("Thai", "Parisian", "Shia"). A
    # town the gazetteer knows is the place the model mistook ("Aleppo", as the vote's
    # `as_place` says), and a longer name may be a place's ("the South Platte and Arkansas
    # rivers": NORP to the model, a compass word and a name).
    shares = [label for article in articles for label, _, _ in article.shares]
    return (
        " " not in name
        and bool(shares)
        and all(label == "NORP" for label in shares)
        and place_strength(name) < Place.CITY
        and not body_of_the_lists(name)
    )


def body_of_the_lists(name: str) -> bool:
    """Whether the lists know `name`, as written, as a body: a news outlet, a platform or
    an agency, a body by another of its names, a team or a known firm ("Yonhap",
    "Reddit", "the Celtics", "Ansa"), which is no people's word or family's name, whatever
    label the model gives it. Not a football club of the table, whose name may be a
    people's too ("Hibernian" is Irish): a sports cue makes it the club (`merge`)."""
    key = name_key(name)
    return bool(
        is_outlet(key)
        or agency_name(key)
        or organisation_called(key)
        or is_team(key)
        or is_known_firm(name)
    )


def _carried_weight(articles: Sequence[ArticleEvidence]) -> float:
    # What other articles say the name is holds where an article names it bare: as much as
    # the model's organisation and place labels there ("Le Petit Cambodge restaurant" in
    # one article, the model's ORG in another that names it bare), but each article's cue
    # outweighs one other article's label at most: one "a spokesman for the U.S." in
    # eighteen articles that call it GPE does not make the country an organisation. Not
    # against the model's person labels ("a spokesman for Kerr" says little of Kerr), nor
    # its nationalities and events ("French").
    bare = sum(
        share
        for article in articles
        if not article.cue_kinds
        for _, kind, share in article.shares
        if kind in _CARRIED_OVER
    )
    return CARRIED_CUE_WEIGHT * min(bare, sum(1 for article in articles if article.cue_kinds))


def _carried_cue(articles: Sequence[ArticleEvidence]) -> str | None:
    # The one kind the context cues of the entity's articles say, when they say one and
    # some article has none: a name names one thing across the corpus, so what one article
    # says it is ("Le Petit Cambodge restaurant", "the band Aerosmith") counts in the
    # articles that name it bare. Cues of two kinds ("Charles de Gaulle airport", the
    # aircraft carrier "Charles de Gaulle") carry nothing, and nor do a person's: a role
    # beside a name in sports news is often its club's ("Ajax Amsterdam coach"). The caller
    # carries none for a place the gazetteer knows, whose name stands for its team or its
    # government as often as for the place ("Los Angeles-based", "Los Angeles beat ...").
    kinds = {kind for article in articles for kind in article.cue_kinds}
    if len(kinds) != 1 or kinds == {"person"} or all(a.cue_kinds for a in articles):
        return None
    return next(iter(kinds))


def _a_thing_after_the(
    name: str, articles: Sequence[ArticleEvidence], given_names: Container[str]
) -> bool:
    # "the Schengen area", "the Thalys attack", "the Communard dream", "the Renault Clio",
    # "the Fukushima Daini plant": a name the model took for a person, with "the" right
    # before it in half of its mentions or more, no title or role beside it and no given
    # name in it, is a thing or a word used as one, not a person's name: a person is named
    # without "the". A person's name is written so where it qualifies a noun ("the
    # Bob Latchford hat-trick heroics", "the Obama administration", "the Silvonek home"), so
    # a given name of the lists or of the corpus anywhere in the name ("the Masters Jack
    # Nicklaus", a headline run into the name), initials, or a surname of several people of
    # the article keep the person; so do the person's mentions without "the" where the
    # share is smaller.
    mentions = sum(article.mentions for article in articles)
    if not mentions or sum(article.after_the for article in articles) * 2 < mentions:
        return False
    return (
        not any(article.person_cue or article.surname for article in articles)
        and not any(w.casefold() in given_names or is_given_name(w) for w in name.split())
        and not _INITIALS.fullmatch(name)
    )


def _words_for_a_person(
    name: str, articles: Sequence[ArticleEvidence], given_names: Container[str]
) -> bool:
    # "Easy Mode", "Smart Antenna", "Temper Trap": dictionary words the model took for a
    # person's name, with no title or role beside them, no given name of the corpus's people
    # and no word the dictionary also lists as a proper name ("Mark Cairns", "Curtly
    # Ambrose": Mark and Ambrose are).
    # One such word alone ("Monopoly", "Cortex", "Spurs", "Twitter") is no person's name
    # either, unless some language's list of surnames or given names has it (a surname alone
    # is often a dictionary word: "Bush", "Gates", "Rice", "Young") or it has three letters,
    # as short given names and nicknames the lists leave out have ("Nat", "Kit", "Ned").
    # Only where the model reads it as no place in any mention (a person, a body, or a
    # work or a product: "Twilight", the film): a place there is left to the vote, as
    # before.
    words = name.split()
    if len(words) == 1 and (
        len(name) < 4
        or is_surname(name)
        or is_given_name(name)
        or any(kind == "place" for a in articles for _, kind, _ in a.shares)
    ):
        return False
    return (
        all(_ordinary_word(w) for w in words)
        and words[0].casefold() not in given_names
        # "Tiger Woods", "Garth Brooks", "Rosemary West" (CNN 8-f, frank): two dictionary
        # words, the last a surname of the lists, capitalised inside a sentence. Not a
        # street's or a building's word, which are surnames too ("Moss Lane", "Parr Hall").
        and not (
            len(words) == 2
            and is_surname(words[1])
            and words[1].casefold() not in _PLACE_SURNAMES | PLACE_WORDS | _BUILDINGS
            and sum(a.unmarked_capitals for a in articles) < sum(a.mentions for a in articles)
        )
        and not any(a.person_cue for a in articles)
    )


# Words of streets, places and buildings that are English surnames too: "Moss Lane",
# "Forest Green", "Apple Close", "Skid Row" are no one's names.
_PLACE_SURNAMES = frozenset(
    "lane hall green hill field fields wood ford brook gate court cross close row way end "
    "park grove drive place walk yard mill moor heath".split()
)


def firm_as_a_person(
    name: str, articles: Sequence[ArticleEvidence], given_names: Container[str]
) -> bool:
    """Whether a one-word name voted a person is an organisation's: "Fugro", "Qualcomm",
    "Reuters", "Aldi", "Visa". The caller knows it ends no person's name of the corpus (a
    surname alone: "Alito", "Karamanlis", "Vermeer" beside "Johannes Vermeer")."""
    # A word that no language's list of surnames or given names has, with no title or role
    # and no given name of the corpus, that the model (or a cue) calls an organisation in
    # some mention: the model's person label in the others is its usual reading of an
    # unknown capitalised word ("Fugro will use two vessels"), not a person's name. Stage
    # names ("Rihanna") and surnames the lists lack that the model never calls anything
    # else stay people.
    if not (name.isalpha() and len(name) >= 4) or is_surname(name) or is_given_name(name):
        return False
    if name.casefold() in given_names or place_strength(name) is not Place.NONE:
        return False
    if any(a.person_cue for a in articles):
        return False
    # "a Qualcomm quad-core processor", "a Coldplay fan", "was a Spiegel's secretary": such
    # a word before what it qualifies is a brand's or a firm's, which the model calls a
    # person as it does any unknown capitalised word; a nationality's is no brand ("a
    # Slovak politician", CoNLL++).
    if country_of(name) is None and any(a.brand for a in articles):
        return True
    # "McLeish, whose side visit Everton on Saturday", "his strike against Lazio": such a
    # word as the other side of a fixture in a report of a sport is a club's name.
    if any(a.faced for a in articles):
        return True
    _, scores = vote_on_evidence(name, articles, given_names)
    return scores["organisation"] > 0


def _ordinary_word(word: str) -> bool:
    # A dictionary word that is no proper name; or, of two words or more, a frequent word of
    # today's English that Webster's lacks ("App Store", "Download Booster") and that is no
    # name of a person or a place in the lists (wordfreq's list has names too: "Paris").
    if is_common_word(word):
        return not is_proper_word(word)
    return (
        word.isalpha()
        and not word.isupper()
        and is_frequent_word(word)
        and not (is_given_name(word) or is_surname(word) or is_proper_word(word))
        and place_strength(word) is Place.NONE
    )


def _has_place_word(name: str) -> bool:
    words = {w.casefold() for w in re.split(r"[\s-]+", name)}
    return len(words) > 1 and not words.isdisjoint(PLACE_WORDS)


def _nationality_and_word(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "Ethiopian Hebrew", "Nigerian Christians": a nationality and one word the model took
    # for a person, with no title or role beside it. A person is named by a given name and a
    # surname; "Russian Igor Kolyvanov" (three words) keeps its person, and so does a given
    # name that the made-up demonyms hold ("Alan Turing": Ala-ska; "Roman Abramovich",
    # "Jordi Gomez", "Florian Huber", "Cameron Belford" were no tags in the frank and CNN
    # 8-f tables).
    words = name.split()
    return (
        len(words) == 2
        and is_demonym(words[0])
        and not is_given_name(words[0])
        and not any(a.person_cue for a in articles)
    )


# A word of letters and digits: a model number, a product code or a social handle
# ("Galaxy S5", "Cortex-A15", "S6E3FA2", "JaneDoe1"), never a person, organisation or place.
_CODE_WORD = re.compile(r"(?=[\w-]*[^\W\d_])(?=[\w-]*\d)[\w-]+")
# An address to write to ("Email CNNtips@cnn.com" under a report), page furniture.
_EMAIL = re.compile(r"\w@\w")
# Degrees and credentials, written dotted after a person's name ("Phil Smith, M.D.", the
# model's place; undotted, "MA" and "PA" may be other things).
_DEGREES = frozenset("md phd jd dds dmd rn np mba ba bs ma ms msc llb llm do cpa edd dphil".split())
# Abbreviations of common nouns: things, techniques, conditions, roles and groups of people
# that reports write in capitals ("CCTV footage", "a PDF", "LGBT rights", "the A&E
# department", "UVA and UVB rays"), general vocabulary as a dictionary of abbreviations
# keeps it. Spelt as written (the model tags them as bodies or places); two letters that are
# also a state's code ("MD", "PA", "CT") or a body's ("NFC", "PR" for Puerto Rico) are left out,
# and so are terms that are well-known bodies' initials too ("RAM", "ROM": the Royal Academy
# of Music, the Royal Ontario Museum).
_COMMON_ABBREVIATIONS = frozenset(
    # Computing, phones and screens.
    "CPU GPU PDF JPEG JPG PNG GIF SMS MMS SDK API ISP URL HTML USB HDMI LED LCD OLED AMOLED "
    "FHD HD UHD VHF UHF GPS SSD HDD DVD MP3 QR RFID WiFi Wi-Fi LTE SIM VPN DNS DDoS "
    "SQL XML CSS RSS QWERTY DSLR CMOS OIS VR AI IP CGI VFX ATM "
    # Medicine, the body and science.
    "DNA RNA IVF MRI ECG EEG ADHD PTSD OCD BMI CPR ICU UV UVA UVB SPF IQ A&E ER "
    # Money, work and everyday life.
    "GDP VAT IPO CEO CFO COO CTO MVP DIY FAQ ETA RSVP ASAP SOS SUV SUVs GCSE GCSEs HQ VIP VIPs "
    # Crime, war and weapons.
    "CCTV DUI DWI AWOL POW PoW WMD WMDs IED IEDs RPG RPGs UAV ICBM "
    # Groups of people.
    "LGBT LGBTQ LGBTI BAME MP MPs "
    # Music and the page: a genre, an interview's form.
    "R&B Q&A".split()
)
# A lower-case "i" before a capitalised word is how devices, software and services are
# named ("iPhone", "iPad", "iTunes", "iOS"), never a person or a place; the firms so named
# are few ("eBay", "eHarmony" have another letter and stay).
_I_PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")
# "Euro'92", "Italia '90": an event's edition, its year cut to two digits after an
# apostrophe ("O'Neal", "Rock'n'Roll" have letters after theirs).
_EDITION = re.compile(r"[A-Z][\w-]*\s?['’]\d\d")


# "non-EU nationals", "most non-Samsung phones", "non-Hodgkin lymphoma": the prefix in lower
# case before a name makes a word that says what a thing is not, an adjective, never a
# tag; so do the prefixes of a time or a side ("ex-England captain", "post-Brexit Britain",
# "pre-war", "mid-Atlantic", "anti-Kremlin": frank's "ex-England", "ex-Mirror", "ex-News"
# were organisations). A name opened by one in capitals is left alone ("Non-Aligned
# Movement", "Pre-Raphaelite Brotherhood").
_NOT_PREFIX = re.compile(r"(?:non|ex|post|pre|mid|anti|pro)-(?=[A-Z])")
# "the Academy Award-winning film", "U.S.-led forces", "a Trevor Hemmings-owned horse": a
# name and a participle or a noun after a hyphen make an adjective, which the model tags
# with the name.
_HYPHENED_ADJECTIVE = re.compile(
    r"-(?:winning|nominated|based|born|led|backed|owned|funded|run|style|era|bound|linked|"
    r"inspired|themed|made|controlled|held|occupied|affiliated|sponsored|allied|speaking|"
    r"trained|educated|registered|listed|focused)$",
    re.IGNORECASE,
)


# "a starting XI containing no English players", "Mulumbu's XI", "the J-League's best XI":
# a Roman numeral alone, of two letters or more of I, V and X, is a number or a team
# sheet, never a tag ("Henry VIII", "World War II" carry theirs inside a longer name; "VIX",
# "MIX", "DC" are no such numerals).
_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def product_line(key: str) -> str:
    """The words before the model number of a product code's name key ("samsung galaxy"
    for "samsung galaxy s5"; "" when it has none or no code)."""
    words = key.split()
    first = next((n for n, word in enumerate(words) if _CODE_WORD.fullmatch(word)), 0)
    return " ".join(words[:first])


def _part_of_a_town(name: str) -> bool:
    # "Leicester West", "Westminster North" (constituencies the model calls people): a
    # town of the gazetteer and a point of the compass after it name a part of it. A town
    # that is a given name must be a big city ("Kanye West", "Adam West" are people).
    town, _, last = name.rpartition(" ")
    return (
        last.casefold() in {"north", "south", "east", "west"}
        and " " not in town
        and place_strength(town) >= Place.CITY
        and (is_big_city(town) or not is_given_name(town))
    )


def _people_after_common_words(name: str) -> bool:
    # "Fellow Nigerians, I urge you": a people's plural with common words before it ("the
    # Atlantic and Pacific Oceans" are places).
    *before, people = name.split() or [""]
    return (
        bool(before)
        and people.endswith("s")
        and is_demonym(people)
        and people[:-1].casefold() not in PLACE_WORDS
        and all(is_plain_word(word) for word in before)
    )


def junk_reason(name: str, articles: Sequence[ArticleEvidence]) -> str | None:
    """Why a name is no tag whatever the model says, or None: a nationality, a product code
    or handle, an email address, a degree, a common noun's abbreviation that no report names
    as a body ("CCTV"), an adjective opened by "non-" or "ex-" or ended by "-led" or
    "-winning", a Roman numeral alone, a name found only in credits and page furniture or
    after clock times, an award by a given name ("an Oscar"), a name cut across a quoted
    nickname, a title in quotation marks, common words capitalised only where any word is
    (line starts, headlines), a language, an event, treaty or law, a tournament's group, a
    period or a style, an agreement by its town, a doctrine, a religion, its scripture or
    its followers, a people no country names, a feast or a decade, a ship, an office
    ("Illinois House Speaker") or an interjection ("Shh")."""
    if is_demonym(name) or (
        # "Scotsmen", "Frenchwomen" (frank: a place page): a nation's people by a noun.
        " " not in name
        and name_key(name).endswith(("man", "men", "woman", "women"))
        and is_nationality_word(name)
    ):
        return "a nationality"
    if is_city_people_word(name):
        return "a city's people ('Londoner', 'Berliners')"
    if _people_after_common_words(name):
        return "a people's word after common words ('Fellow Nigerians')"
    if (
        " " not in name
        and is_language(name)
        and place_strength(name) <= Place.ALTERNATE
        and not is_country(name)
    ):
        return "a language or its people ('Hindi', 'Tamil')"
    if _always_a_group(name, articles):
        return "a nationality, a religion or a creed in every mention the model labelled"
    if any(_CODE_WORD.fullmatch(word) for word in name.split()):
        return "a product code or handle (letters and digits)"
    if _EMAIL.search(name):
        return "an email address ('CNNtips@cnn.com')"
    if "." in name and name.replace(".", "").casefold() in _DEGREES:
        return "a degree after a person's name ('Phil Smith, M.D.')"
    if common_abbreviation(name) and not any(map(_named_as_a_body, articles)):
        return "a common noun's abbreviation ('CCTV', 'PDF', 'LGBT')"
    if _EDITION.fullmatch(name):
        return "an event's edition by its year ('Euro'92')"
    if _I_PRODUCT.fullmatch(name):
        return "a device, software or a service by its name's shape ('iPhone', 'iTunes')"
    if _NOT_PREFIX.match(name):
        return "an adjective opened by 'non-', 'ex-', 'post-' ('non-EU nationals', 'ex-England')"
    if _HYPHENED_ADJECTIVE.search(name):
        return "an adjective by its hyphened ending ('Academy Award-winning', 'U.S.-led')"
    if _ROMAN_NUMERAL.fullmatch(name):
        return "a Roman numeral alone ('a starting XI', 'the league's best XI')"
    if _cut_across_quotes(name):
        return "a name cut across a quoted nickname ('Mark \"Deep Throat')"
    if _interjection(name):
        return "an interjection by its shape ('Shh', 'Nooooo')"
    if _counted_given_name(name, articles):
        return "a given name counted with 'a' or 'an': an award ('won an Oscar', 'a Tony')"
    if _awards_of_a_given_name(name, articles):
        return "a given name's plural after 'the': awards ('the Oscars', 'the Tonys')"
    if _every_mention(articles, "furniture"):
        return "only in photo credits or page furniture"
    if _every_mention(articles, "time_zone"):
        return "a time zone after a clock time ('at 11am IST')"
    if _quoted_title(name, articles):
        return "a title in quotation marks (a film, a book, a song: 'to helm \"New Moon\"')"
    if _unmarked_common_words(name, articles):
        return "common words capitalised only where any word is (line starts, headlines)"
    if _product(articles) and not body_of_the_lists(name):
        # A body the lists know is none ("North Korea's state-run KCNA slammed", CNN 8-f:
        # the model's product; "Twitter's app").
        return "a product or a technical term (a version after it, an app, a screen, ...)"
    if _competition(articles):
        return "a competition or an award (sides qualify for it, hold it, win it: 'Oscar-winning')"
    if _disease(name, articles):
        return "a disease ('the Ebola outbreak', 'infected with Ebola')"
    words = name.split()
    last = words[-1].casefold()
    if technical_term(name) and not any(article.cue_kinds for article in articles):
        return "a feature, a part or a technical term by its last word ('Kids Mode', 'X Codec')"
    if _headline_fragment(words, articles):
        return "a headline's words, a name and a verb (a name nowhere else)"
    if len(words) > 2 and [w.casefold() for w in words[:2]] in _LIST_OF:
        # A link to a list in a page's margin ("List of Engineering Firms", ECB+; "List of
        # Wildlife", CNN 8-f): a title of a list names no one.
        return "a list's title ('List of Engineering Firms')"
    if _glued_to_a_person(words):
        return "a word glued to a person's given name ('GMTRichard Blake-Smith')"
    if event_name(name):
        return "an event, a treaty, a law or an award"
    if any(word in _HEADLINE_LINKS for word in words[1:-1]):
        return "a headline's or a slogan's words ('Best Photos From MWC')"
    if len(words) == 1 and last.endswith("ism") and len(last) >= 7:
        # "Judaism", "Marxism", "Catholicism" ("Prism" is too short to be one).
        return "a doctrine or a religion"
    if len(words) == 1 and last.endswith(("phobia", "phobic")) and len(last) >= 9:
        # "Islamophobia", "Islamophobic" (an organisation of two CNN reports), "Homophobia".
        return "a fear or a prejudice ('Islamophobia')"
    if _EXIT.fullmatch(name):
        return "a country's leaving a union, an event ('Brexit', 'Grexit')"
    if _TOURNAMENT_GROUP.fullmatch(name):
        return "a tournament's group ('Group C', 'Pool A')"
    key = name_key(name)
    if key in _FAITHS:
        return "a religion, its scripture or its law ('radical Islam', 'the Qur'an', 'Sharia')"
    if key in _GAMES:
        return "the Olympic Games or their adjective ('an Olympic champion')"
    if key.removeprefix("the ") in _AWARD_NICKNAMES:
        return "an award or its night by its nickname ('the Grammys', 'a Bafta')"
    if key.removeprefix("the ") in _PERIODS:
        return "a period, a style or a historic event by its name ('Renaissance', 'Holocaust')"
    if key in _AGREEMENTS:
        return "an agreement or its area by the town it was signed in ('Schengen')"
    if len(words) <= 3 and re.split(r"[\s-]+", last)[-1] in _FOLLOWERS:
        return "a faith's or a movement's followers ('Shiite Muslims', 'Neo-Nazis')"
    if len(words) == 1 and (last in _PEOPLES or last.removesuffix("s") in _PEOPLES):
        return "a people ('Latinos', 'Uyghurs')"
    if len(words) > 1 and words[0] in _VESSEL_PREFIXES:
        return "a ship"
    if len(words) == 1 and last in _RANKS:
        return "an abbreviated rank or office ('Lt', 'Dist')"
    if len(words) > 1 and last in _OFFICES and not set(map(str.casefold, words)) & CONNECTORS:
        return "a role before a person's name ('Illinois House Speaker')"
    if tuple(w.casefold() for w in words[-2:]) in _OFFICE_PAIRS:
        return "an office ('the U.S. Surgeon General', 'Associate Dean')"
    if len(words) == 1 and last in _FAMILY_WORDS:
        return "a word for a relative ('Dad', 'Grandma')"
    if _feast(name):
        return "a holiday or a feast ('Easter', 'Shabbat', 'Easter Monday')"
    if len(words) <= 2 and last in _DECADES:
        return "a decade ('the Sixties', 'the Roaring Twenties')"
    if words[0].casefold() in _SUBJECT_PRONOUNS:
        return "a sentence, a slogan or a title ('Je suis Charlie')"
    if _owned_by_the_reader(words):
        return "a feature, a title or a phrase opened by 'my', 'your' or 'our' ('My Magazine')"
    if len(words) == 2 and words[0].casefold() in _LOCAL_BODIES and last == "hall":
        # Every town has one: "100m from City Hall" names no one building of the corpus
        # ("Chicago City Hall", "Carnegie Hall" are names).
        return "a town's hall by its kind ('City Hall')"
    return None


_LOCAL_BODIES = frozenset({"city", "town", "county", "village"})


def common_abbreviation(name: str) -> bool:
    """Whether a name is a common noun's abbreviation as reports write it ("CCTV", "PDF",
    "LGBT", "A&E"): no tag unless a report names the letters as a body."""
    return name in _COMMON_ABBREVIATIONS


def _named_as_a_body(article: ArticleEvidence) -> bool:
    # "the state broadcaster CCTV", "CCTV reported", "a CCTV spokesman": the body that the
    # same letters name.
    return _said_a_body(article) or article.speaker


def _two_run_together(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "Pike and Spock", "Mark and Condon": the model's one person is two names joined by
    # "and", no one's name; a firm's or a duo's the model calls an organisation somewhere
    # ("Marks and Spencer").
    words = name.split()
    return (
        "and" in words[1:-1]
        and all(w[:1].isupper() for w in words if w != "and")
        and not any(kind == "organisation" for a in articles for _, kind, _ in a.shares)
    )


def _cut_across_quotes(name: str) -> bool:
    # W. Mark "Deep Throat" Felt, J.P. "The Big Bopper" Richardson: the model's name starts
    # or stops inside the quoted nickname, so one quotation mark is left in it, and it is
    # no one's whole name. Quotation marks in pairs are a name's own ("Joaquin "El Chapo"
    # Guzman").
    straight = name.count('"')
    return straight % 2 == 1 or name.count("“") != name.count("”")


def _every_mention(articles: Sequence[ArticleEvidence], note: str) -> bool:
    # Whether the articles' count of mentions with `note` (an `ArticleEvidence` field:
    # "furniture", "time_zone", "headline") is as many as their mentions, one at least.
    return sum(getattr(a, note) for a in articles) >= sum(a.mentions for a in articles) > 0


def _quoted_title(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # Alone in quotation marks in half its articles or more, two at least (one writer's
    # scare quotes are no title; a report quotes a title once, then writes it plainly). A
    # title that is a place's name is the place as often ("Australia", the film).
    quoted = sum(1 for a in articles if a.quoted)
    return (
        quoted >= 2
        and quoted * 2 >= len(articles)
        and place_strength(name) is Place.NONE
        and country_of(name) is None
    )


def _counted_given_name(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "he won a Tony for The Boy From Oz", "an Oscar win", "an Oscar nominee": a given name
    # that reports count with "a" or "an" names an award after someone; a person is not
    # counted so by a given name (a surname is: "a Kennedy aide"). In two articles at
    # least, as "a Tony" may be a slip once, and in a sixth of them or more: a body whose
    # name is a given name is counted so in a few of many ("an ISIS fighter", "an Isis
    # recruit": "Isis" is a given name, and CNN 8-f's page of 44 reports, 333 of the
    # model's ORG labels, went for 2 such reports; ECB+'s "Oscar" is counted in 4 of 18).
    # A name in capitals is an abbreviation, no award.
    counted = sum(1 for a in articles if a.after_a)
    return (
        " " not in name
        and not name.isupper()
        and is_given_name(name)
        and not is_surname(name)
        and place_strength(name) is Place.NONE  # "a Texas man", "an America first policy"
        and country_of(name) is None
        and counted >= 2
        and counted * _COUNTED_SHARE >= len(articles)
    )


# A given name counted with "a" or "an" in this share of its articles or more names an award.
_COUNTED_SHARE = 6


def _awards_of_a_given_name(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "the Oscars" (ECB+, 19 reports; dev5, dev8), "the Tonys", "the Emmys": the plural of
    # a given name that is no surname, after "the" in most of its mentions, names the
    # awards or their night, not a family ("the Cullens", "the Kennedys": surnames) and
    # not a place ("the Philippines").
    singular = name[:-1]
    mentions = sum(a.mentions for a in articles)
    return (
        " " not in name
        and name.endswith("s")
        and is_given_name(singular)
        and not is_surname(singular)
        and place_strength(name) is Place.NONE
        and not any(country_of(n) for n in (name, singular))  # "the Americas"
        # "the Carolinas", "the Dakotas": the US states of that name.
        and not any(is_us_state(f"{side} {singular}") for side in ("North", "South", "West"))
        and mentions > 0
        and 2 * sum(a.after_the for a in articles) >= mentions
    )


# A lower-case letter written three times or more where the word ends ("Nooooo", "Ahhh"):
# a cry drawn out in a quotation; names double a letter at most ("Mirrreybook" goes on).
_DRAWN_OUT = re.compile(r"[A-Z][a-z]*([a-z])\1\1")
# Three letters or more of the English consonants only ("Shh"); an accented letter is a
# vowel ("Jörg", "Mönch").
_NO_VOWEL = re.compile(r"[b-df-hj-np-tv-xz]{3,}", re.IGNORECASE)


def _interjection(name: str) -> bool:
    # "'Shh, be quiet'", "He went, 'Nooooo!'": a quotation's cry, capitalised where it opens
    # the quoted words, that the model takes for a person. One word of letters with no
    # vowel ("Shh", "Hmm", "Psst"; "y" counts as one: "Flynn", and so does an accented
    # letter: "Jörg") or a drawn-out last letter.
    # Capitals are a code's ("BBC", "NFL"), and "III" ends a name ("Stancil III").
    return (
        " " not in name
        and name.isalpha()
        and not name.isupper()
        and (_DRAWN_OUT.fullmatch(name) is not None or _NO_VOWEL.fullmatch(name) is not None)
    )


def _unknown_word_where(
    name: str,
    strength: Place,
    articles: Sequence[ArticleEvidence],
    given_names: Container[str],
    surname_alone: bool,
) -> bool:
    # "Spurs disappointed at Anfield", "Cardiff Blues at Scotstoun", "travelling to
    # Yorkshire ... a speech in Yorkshire": one word that no list has as a given name or a
    # surname and that the gazetteer does not know (grounds, counties, villages, venues),
    # which the model calls a person (or a place) and nothing else, with "at" or "in"
    # before it in some article and no cue of a kind anywhere, is where something
    # happens: the model reads any unknown capitalised word as a person, and a person is
    # seldom "at" or "in" someone. A word of the lists ("a dig at Townsend") or of the
    # corpus's given names, a surname of the article's people, a name whose last word the
    # corpus joins to a full name, a speaker or a source keep the model's person.
    return (
        strength is Place.NONE
        and " " not in name
        and name.isalpha()
        and not name.isupper()
        and not surname_alone
        and not is_given_name(name)
        and not is_surname(name)
        and not is_common_word(name)
        and name.casefold() not in given_names
        and country_of(name) is None
        and any(a.weak_place for a in articles)
        and all(
            not (a.cue_kinds or a.person_cue or a.surname or a.speaker or a.source or a.club)
            and all(kind in ("person", "place") for _, kind, _ in a.shares)
            for a in articles
        )
        and any(kind == "person" for a in articles for _, kind, _ in a.shares)
    )


def _only_a_person(name: str, strength: Place, articles: Sequence[ArticleEvidence]) -> bool:
    # "his partner Anna", "Rich and Anna will now compete", "on Barry": a given name of the
    # lists that the model calls a person wherever it labels it is the person, not the
    # town of that name the gazetteer knows (Anna, Illinois), unless the town is a big city
    # or the name a country or a state ("Florence", "Georgia" keep the gazetteer's say).
    # Surnames are left to the gazetteer: a town's club ("Blackburn manager", "home to
    # Bolton") is the model's person as often. Right after "the", "a" or "an" the name is
    # a town's or a brand's before a noun ("A Darwin woman", "the Shawnee leaders").
    return (
        strength < Place.REGION
        and not is_big_city(name)
        and is_given_name(name)
        and all(kind == "person" for a in articles for _, kind, _ in a.shares)
        and not any(a.after_the or a.after_a for a in articles)
    )


# "The New Republic’s Jason Zengerle", "Britain's Prince Harry": an owner's possessive
# before a name the model ran into it.
_OWNER = re.compile(r"^.+?['’]s\s+(?=[A-Z])")


# "the Duchess of Cambridge", "the Duke of Edinburgh", "the Bishop of Bountiful": a noble's,
# a monarch's or a bishop's title of a place names a person (the model's ORG, for "of
# Cambridge": an organisation page of 3 frank reports). Not of what is no place ("the King
# of Clubs", "the Queen of Everything").
NOBLE_TITLES = tuple(
    "Duke Duchess Earl Countess Marquess Marchioness Viscount Viscountess Baron Baroness "
    "Prince Princess King Queen Emir Sultan Archbishop Bishop".split()
)
_NOBLE_OF = re.compile(rf"(?:{'|'.join(NOBLE_TITLES)})\s+of\s+(?:the\s+)?(?P<place>[A-Z].*)")


def _noble_of_a_place(name: str) -> bool:
    found = _NOBLE_OF.fullmatch(name)
    if not found:
        return False
    place = found["place"]
    return (
        place_strength(place) is not Place.NONE
        or is_subdivision(place)
        or country_of(place) is not None
    )


def _titled_person(name: str) -> bool:
    # "Det Insp Marnie Rome", "Homicide Detective Dominic Mangoni", "The New Republic’s
    # Jason Zengerle": a span the model ran over a title (after a word that says which
    # officer, `after_titles`), a rank or an owner's possessive before a given name and a
    # surname, and called an organisation or a place for those words ("Rome" ends it as a
    # club's city).
    # The title or the owner says a person follows; `given_name_and_surname` keeps out
    # the names of things that open with a title ("General Motors", "Prince Edward
    # Island", "Queen Elizabeth Olympic Park") or an owner ("Harry Redknapp's Portsmouth").
    if " " not in name:
        return False
    rest = _OWNER.sub("", name) if "s " in name else name
    rest = after_titles(rest)
    return rest != name and given_name_and_surname(rest)


# "09:22 GMTRichard Blake-Smith and his partner", "other news from SuffolkJonathan Rees QC
# said": a page's text run together, the word before a person's name glued to the given
# name. The glued word is a time zone, a month or a weekday (`names.NOT_NAMES`) or a town
# the gazetteer knows, three letters or more ("DeShawn", "LaMarcus" are given names), and
# no given name itself ("AnnMarie", "MacKenzie"); what follows it is a given name and a
# surname. Brands run words together too, but not so: "HarperCollins" has no surname
# after it, "JPMorgan Chase" no known place or time before "Morgan".
_GLUED_GIVEN_NAME = re.compile(r"([A-Z]{3,}|[A-Z][a-z]{2,})([A-Z][a-z]+)")


def _glued_to_a_person(words: Sequence[str]) -> bool:
    found = _GLUED_GIVEN_NAME.fullmatch(words[0]) if len(words) > 1 else None
    if not found:
        return False
    before, given = found.groups()
    return (
        not is_given_name(before)
        and is_given_name(given)
        and (name_key(before) in NOT_NAMES or place_strength(before) >= Place.CITY)
        and given_name_and_surname(" ".join((given, *words[1:])))
    )


def _feast(name: str) -> bool:
    # "Easter", "Shabbat", "Easter Monday", "the Christmas period", "Yom Kippur", "Bank
    # Holiday Monday": a feast's name alone or with the day or the time of it.
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in _FEAST_DAYS:
        words.pop()
    return " ".join(words) in _FEASTS


_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])$")
# People a body is made of, opening its name before "of" and an event.
_MEMBERS_OF = frozenset(
    "veterans sons daughters friends mothers fathers families widows survivors children".split()
)


def event_name(name: str) -> bool:
    """Whether a name of two words or more names an event, a treaty, a law or an award by
    its kind: "Maastricht Treaty", "Treaty of Rome", "Copa America", "Mobile World
    Congress", "Champions League", "Academy Awards", "European Medal of Tolerance", "Anzac
    Day", "Hurricane Georges"."""
    words = name.split()
    if len(words) < 2:
        return False
    folded = [w.casefold() for w in words]
    if len(words) > 2 and folded[0] in _MEMBERS_OF and folded[1] == "of":
        # "Veterans of Foreign Wars", "Daughters of the American Revolution": a body of
        # the people who fought or remember it.
        return False
    return (
        folded[-1] in _EVENT_WORDS
        # "Convention on International Civil Aviation", "Treaty of Rome".
        or (
            len(words) > 2
            and (folded[0] in _EVENT_WORDS or folded[0] in _EVENT_OPENERS)
            and words[1] in ("on", "of", "for")
        )
        or any(
            w in _AWARD_WORDS and after in ("of", "for")
            for w, after in zip(folded, words[1:], strict=False)
        )
        # "April Fools' Day", "Valentine's Day": a day of someone's is a feast, whatever
        # given name opens it (Doris Day's name has no possessive before "Day").
        or (folded[-1] == "day" and _POSSESSIVE_END.search(words[-2]) is not None)
        or (
            folded[-1] in _DAY_WORDS
            and not is_given_name(words[0])
            # "Department of War", "Ministry of War": a body.
            and not ORGANISATION_WORDS.intersection(folded)
        )
        # "Copa America", "Coupe de France": a cup in another language; "Mobile World
        # Congress": a trade fair ("the Congress" alone is a body).
        or folded[0] in _CUP_WORDS
        or folded[-2:] == _WORLD_CONGRESS
        or (folded[-2], folded[-1].removesuffix("s")) in _TOURNAMENT_LEAGUES
        # A storm by its name: "Hurricane Georges", "Typhoon Haiyan", "Tropical Storm Bill".
        or folded[0] in _STORM_WORDS
        or folded[:2] == ["tropical", "storm"]
        # An uprising by its season: "Arab Spring", "Prague Spring"; not a town ("Silver
        # Spring", "Big Spring") nor a person ("Dick Spring").
        or (
            folded[-1] == "spring"
            and place_strength(name) is Place.NONE
            and not is_given_name(words[0])
        )
    )


def lone_word(name: str, evidence: Callable[[], Sequence[ArticleEvidence]]) -> bool:
    """Whether a name is a dictionary word that the model labels an organisation (or
    nothing of ours) with no cue around it ("Markdown"): a name only if the corpus's text
    names it more than once (the caller counts the re-scan's finds too). `evidence()`
    gives what each article says of it, asked for only when the name is such a word: a
    new process would otherwise work out every record's evidence of every entity."""
    if " " in name or not is_common_word(name) or place_strength(name) is not Place.NONE:
        return False
    key = name_key(name)
    if body_of_the_lists(name) or party_called(key) or landmark_called(key):
        # "Harlequins", the DUP, the Shard (CNN 8-f, frank): the lists know them.
        return False
    articles = evidence()
    return (
        not any(a.marked for a in articles)
        # The model's people and places are rarely common words ("Smith", "Alps").
        and not any(kind in ("person", "place") for a in articles for _, kind, _ in a.shares)
    )


def _inflected_common_word(word: str) -> bool:
    # "appears", "hits", "huddling", "stranded": a dictionary word with an ending.
    word = word.casefold()
    stem = next((word[: -len(end)] for end in ("ing", "ed", "es", "s") if word.endswith(end)), "")
    return bool(stem) and (is_common_word(stem) or is_common_word(stem + "e"))


def _headline_fragment(words: Sequence[str], articles: Sequence[ArticleEvidence]) -> bool:
    # "Okafor Appears", "Roof Hits", "Obama Announces Nominee": a name and the verb after
    # it (last, or second and more after it), run together because the headline
    # capitalises every word, and never written so outside headlines. Not a place's name
    # ("United States Navy").
    if len(words) < 2:
        return False
    verbs = [words[-1]] if len(words) == 2 else [words[1], words[-1]]
    if not any(_headline_verb(word) for word in verbs):
        return False
    if _headline_verb(words[1]) and place_strength(" ".join(words[:2])) is not Place.NONE:
        return False
    return _every_mention(articles, "headline")


def _headline_verb(word: str) -> bool:
    # A dictionary word with a verb's ending that names no kind of body or place.
    folded = word.casefold()
    return (
        folded not in ORGANISATION_WORDS
        and folded not in PLACE_WORDS | _BUILDINGS
        and _inflected_common_word(folded)
        and not is_proper_word(folded)
    )


# A name used as a product in this share of its mentions or more is one. Companies are
# written so too ("Samsung phones", "the BBC app"), but in few of their mentions.
PRODUCT_SHARE = 1 / 3


# A kind's cue in one article in this many (or more) keeps a name used as a product or
# a disease's.
_CUED_SHARE = 4


def _product(articles: Sequence[ArticleEvidence]) -> bool:
    # "Android 4.4", "the S Health app", "2GB of RAM": a product, a piece of software or a
    # technical term, unless a cue somewhere calls it a person, organisation or place
    # ("the band Aerosmith") in a quarter of its articles or more: one "in USB" among
    # fourteen reports of USB ports is a slip.
    if _cued(articles):
        return False
    # Every use of the name counts, also those the model did not tag ("pushing TouchWiz,
    # their own UI layer,").
    mentions = sum(article.mentions + article.seen for article in articles)
    return mentions > 0 and sum(a.product for a in articles) >= PRODUCT_SHARE * mentions


def _cued(articles: Sequence[ArticleEvidence]) -> bool:
    # Whether a cue calls the name a person, an organisation or a place in a quarter of its
    # articles or more.
    return sum(1 for article in articles if article.cue_kinds) * _CUED_SHARE >= len(articles)


def _competition(articles: Sequence[ArticleEvidence]) -> bool:
    # "qualify for the Europa League", "a Europa League spot", "Europa League holders": a
    # competition, which is no organisation (its organiser is: "Uefa"), in a third of its
    # uses or more, counting those the model did not tag; a league, where sides play
    # week by week, is written so in few of its uses ("Premier League": none of 82 in the
    # development parts), and a cue that calls the name an organisation or a place keeps
    # it. A person's cue does not: "Oscar winner Cate Blanchett" reads as a role before a
    # name, but the award is no person.
    if any(kind != "person" for article in articles for kind in article.cue_kinds):
        return False
    mentions = sum(article.mentions + article.seen for article in articles)
    return mentions > 0 and sum(a.competition for a in articles) >= PRODUCT_SHARE * mentions


def _disease(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "the Ebola outbreak", "the Zika virus" (CNN: "Ebola" a place page of 5 reports, the
    # model's GPE): a disease, no entity, where half its articles or more use it so and no
    # cue calls it a person, an organisation or a place in a quarter of them. A place the
    # gazetteer knows or a country is written so too ("the Wuhan outbreak").
    if _cued(articles):
        return False
    if place_strength(name) is not Place.NONE or country_of(name) is not None:
        return False
    return sum(1 for article in articles if article.disease) * 2 >= len(articles)


# What a feature, a part or a piece of software is called after its own name: "Kids Mode",
# "Multi Format Codec", "Display Port", "Heterogeneous Multi Processing", "S Health App". No
# person, organisation or place ends in one of these words, as the name's own last word.
TECHNICAL_WORDS = frozenset(
    "mode modes codec app apps chipset chip chips processor processors processing sensor "
    "sensors modem firmware driver drivers browser interface port plugin plug-in widget "
    "toolkit screensaver "
    # A model's or a feature's last word: "Tab Pro", "Download Booster", "Phase Detect"
    # (autofocus), "MacBook Pros", "Mac Mini" (dev8; ECB+, a person of 4 reports), "Miller
    # Lite". Not "lens" ("Refocus Lens", a camera feature): the town of Lens and its club,
    # "RC Lens", end in it; nor "air", which ends airlines' names ("Korean Air").
    "pro pros mini minis lite ultra booster detect "
    # A device's or a product's kind after its maker's or its own name, in reviews of
    # phones and of sun creams: "Smart Camera", "Duo Cam" (dev6), "Mustela Very High
    # Protection Sun Lotion" (dev7). Bodies are no cameras or lotions.
    "camera cameras cam cams lotion lotions sunscreen sunscreens toolbar toolbars".split()
)


# A standard's abbreviation and its category or class, with or without the number: "LTE
# Cat.4" (dev2), "LTE Cat 4" (dev6, the model's name stops before the number): a grade of a
# technical standard, no entity. A body's abbreviation is not written before these words in
# any set counted.
_STANDARD_CATEGORY = re.compile(r"[A-Z]{2,5}\+?\s(?:Cat|Category|Class)(?:\.?\s?\d{1,2})?")


def technical_term(name: str) -> bool:
    """Whether a name of two words or more ends in a word for a feature, a part or a piece
    of software ("Kids Mode", "Multi Format Codec"), with no organisation or place word and
    no "of" in it, and the gazetteer does not know it ("Port of Spain" and "Kids Company"
    are no such terms); or is a standard's category ("LTE Cat.4")."""
    if _STANDARD_CATEGORY.fullmatch(name):
        return True
    words = [w.casefold() for w in name.split()]
    return (
        len(words) > 1
        and words[-1] in TECHNICAL_WORDS
        and not set(words) & (ORGANISATION_WORDS | PLACE_WORDS | CONNECTORS)
        and place_strength(name) is Place.NONE
    )


# "Maastricht Treaty", "Geneva Convention", "Defense of Marriage Act", "Asian Cup", "Glastonbury
# Festival", "London Fashion Week": events, treaties and laws are no person, organisation or
# place.
# An award by its kind: "Academy Awards", "Golden Screen TV Awards", "Recording Artists'
# Coalition Award" (CNN/DailyMail), "National Defense Service Medal"; also before "of" or
# "for" inside the name ("European Medal of Tolerance", dev5; "Medal of Honor").
_AWARD_WORDS = frozenset("award awards prize prizes medal medals trophy trophies".split())
# A day or a war it names: "Anzac Day", "Australia Day", "Falklands War" (CNN/DailyMail),
# "Match of the Day" (dev4, a programme named after one). Kept out of `_EVENT_WORDS`, whose
# words no surname has: "Day" is one ("Doris Day", "Jason Day": a given name first).
# "Bank Holiday", "Christmas Eve", "New Year's Eve": a day by its kind, like "Anzac Day".
# "Orange Revolution", "Cultural Revolution": a revolution by its name, like a war.
_DAY_WORDS = frozenset({"day", "war", "wars", "holiday", "holidays", "eve", "revolution"})
# Their plurals open lists of storms ("Hurricanes Katrina and Rita": the model's
# "Hurricanes Katrina").
_STORM_WORDS = frozenset(
    {"hurricane", "typhoon", "cyclone", "superstorm", "hurricanes", "typhoons", "cyclones"}
)
_EVENT_WORDS = _AWARD_WORDS | frozenset(
    "treaty convention accord accords agreement protocol act festival summit cup olympics "
    "championship championships "
    # Their plurals: "European Cups", "League Cups", "the Edinburgh and Avignon festivals"
    # name several events, never one entity.
    "treaties conventions accords agreements protocols acts festivals summits cups "
    "tournaments marathons "
    # "Mercedes Benz Fashion Week", "NBA Draft", "Great Eastern Japan Earthquake".
    "week draft earthquake tsunami marathon expo tournament "
    # "White House Correspondents' Dinner", "Met Gala", "Opening Ceremony", "General
    # Election", "Malaysian Grand Prix", "Shell Houston Open" (CNN/DailyMail, dev7).
    "dinner gala ceremony parade election elections referendum prix open "
    # Golf's and racing's "John Deere Classic", "Arnold Palmer Invitational" (CNN); a horse
    # race's "Dante Stakes" and a show's "Eurovision Song Contest" (frank).
    "classic invitational stakes contest contests "
    # "NCAA East Regional Final", "FA Cup Final", "NBA Finals".
    "final finals semifinal semifinals".split()
)
# "Battle of Leyte Gulf", "Battle of Iuka" (CNN/DailyMail, ECB+), "Siege of Sarajevo": a
# fight by its place, only before "of" ("Kathleen Battle" is a singer, Battle a town).
# ... and a law's: "Bill of Rights" (the model's person in 2 CNN reports: "Bill" is a given
# name), "Bill of Sale"; only opening the name before "of", "on" or "for" ("Buffalo Bill"
# is a person).
_EVENT_OPENERS = frozenset({"battle", "battles", "siege", "sieges", "bill"})
_CUP_WORDS = frozenset({"copa", "coupe", "coppa", "taca", "taça"})
_WORLD_CONGRESS = ["world", "congress"]
# The tournaments that are named as leagues though no body runs under the name, as the
# Premier League or La Liga does: "the Champions League", "Europa League", "Nations League".
_TOURNAMENT_LEAGUES = frozenset(
    {("champions", "league"), ("europa", "league"), ("nations", "league"), ("conference", "league")}
)
# "Best Photos From MWC", "Rescue After Storm": a link word that a headline capitalises,
# inside the name; names that have one write it in lower case ("Bank of England") or use
# others ("Doctors Without Borders", "Campaign Against Arms Trade").
_HEADLINE_LINKS = frozenset({"From", "Into", "Onto", "After", "Before", "About", "With"})
# "Je suis Charlie", "Je Suis Paris" (or "Je" alone, the model's cut): a subject pronoun
# opens a sentence, a slogan or a title, never a name. Pronouns that are also surnames or
# name words are left out ("He", "You", "Tu" are Chinese surnames; "I" opens Balinese names;
# "Il" and "Elle" open a newspaper's and a magazine's).
_SUBJECT_PRONOUNS = frozenset({"je", "nous", "vous", "we", "they"})
# "My Magazine is Samsung's version of Flipboard" (dev3, dev6), "Our First Lady" (a
# caption), "the Knack's My Sharona", "'My God, it's going to hit'": a possessive
# determiner opens an app's or a feature's name, a title or a phrase, no person,
# organisation or place. "of", a possessive, a place's word or a building's keeps the name
# ("Our Lady of Mercy", "Our Lady's Hospital": churches, schools and hospitals). Not a
# body's word: "Magazine" ends the app's name.
_READER_POSSESSIVES = frozenset({"my", "your", "our"})


def _owned_by_the_reader(words: Sequence[str]) -> bool:
    folded = {word.casefold() for word in words}
    return (
        len(words) > 1
        and words[0].casefold() in _READER_POSSESSIVES
        and not folded & (PLACE_WORDS | CONNECTORS | _BUILDINGS | _OWNERS_BUILDINGS)
        and not any(word.endswith(("'s", "’s")) for word in words)
    )


_OWNERS_BUILDINGS = frozenset({"hospital", "school", "church", "college", "academy", "parish"})


# The calendar's named feasts and holidays, which the model labels a person, a place or an
# organisation as it does a month ("over Easter", "Shabbat dinners", "on Easter Monday"): no
# tag, like a month or a weekday ("Bank Holiday" is the British one, which "Bank" would make
# a body). A longer name that holds a feast's word ("Easter Island", "Christmas Island",
# "Lent Term") is left to the other rules.
_FEASTS = (
    frozenset(
        "easter christmas xmas thanksgiving halloween hanukkah chanukah passover pesach purim "
        "sukkot ramadan eid diwali holi shabbat sabbath lent pentecost whitsun epiphany "
        "hogmanay kwanzaa nowruz vesak ashura muharram navratri vaisakhi baisakhi songkran "
        "hajj umrah".split()
    )
    | {"yom kippur", "rosh hashanah", "mardi gras", "eid al fitr", "eid al adha"}
    | {"lunar new year", "chinese new year", "durga puja", "bank holiday"}
)
_FEAST_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend week period".split()
)
# "Brexit", "Grexit": a country's first letters run into "exit", its leaving a union (the
# model's organisation or person: "With Brexit" was a person of five reports).
_EXIT = re.compile(r"[A-Z][a-z]{0,3}exit")
# "qualified from Group C", "top of Pool A": a round of a tournament by its letter (frank:
# two organisation pages), no body.
_TOURNAMENT_GROUP = re.compile(r"(?:Group|Pool)\s[A-H]")
# The religions whose names do not end in "-ism", and the scriptures and religious law,
# which the model labels an organisation or a place ("links with radical Islam", "verses of
# the Qur’an", "Sharia law" in nine CNN reports): no body, no tag.
_FAITHS = frozenset(
    {"islam", "christianity", "shinto", "quran", "qur an", "koran", "bible", "torah", "talmud"}
    | {"sharia", "shariah", "sharia law", "hadith", "sunnah", "halakha"}
)
# The Games and their adjectives alone: "an Olympic champion", "Paralympic gold" (places
# to the model: dev5, frank, CNN 8-f), "the Olympics" (an event, as "Olympic Games" is).
_GAMES = frozenset({"olympic", "paralympic", "olympics", "paralympics"})
# Awards and their nights by the nicknames reports use (CNN 8-f: "the Grammys", a place,
# "Grammy", a person, "the Webbys", a place). A given name ("Emmy", "Tony", "Oscar") is
# a person's as often: its plural after "the" is found by `_awards_of_a_given_name`, "an
# Oscar" by `_counted_given_name`; "BAFTA" in capitals is the academy.
_AWARD_NICKNAMES = frozenset(
    "grammy grammys emmys webby webbys baftas razzie razzies espys obies goyas logies junos".split()
)
# Periods, styles and historic events called by a name of their own, no body, place or
# person (the issue's "Renaissance", "Baroque"; "the Holocaust", a place of two CNN
# reports; dev3's "Shoah"; CNN 8-f's "Middle Ages"). Doctrines in "-ism" are found by their
# ending (`junk_reason`); events named with their kind by `event_name`.
_PERIODS = frozenset(
    {"renaissance", "baroque", "rococo", "gothic", "romanesque", "neoclassical", "art deco"}
    | {"art nouveau", "enlightenment", "reformation", "counter reformation", "middle ages"}
    | {"dark ages", "bronze age", "iron age", "stone age", "jurassic", "cretaceous", "triassic"}
    | {"pleistocene", "holocene", "neolithic", "palaeolithic", "paleolithic", "mesolithic"}
    | {"holocaust", "shoah", "nakba", "holodomor", "intifada", "reconquista", "crusades"}
)
# An agreement, and the area it makes, called by the town it was signed in alone:
# "Schengen is comatose", "policy decisions on Schengen" (dev and dev6: a person to the
# model). The Maastricht, Kyoto or Dayton agreements are named with their kind ("the
# Maastricht Treaty"), their towns alone being the towns.
_AGREEMENTS = frozenset({"schengen"})
# The followers of a faith or a movement, in the plural: "Shiite Muslims" (a person to the
# model in 13 CNN reports), "Coptic Christians", "Neo-Nazis": a group, no one entity.
_FOLLOWERS = frozenset(
    "muslims christians jews catholics protestants hindus buddhists sikhs shiites sunnis "
    "mormons nazis islamists jihadists evangelicals copts yazidis salafists".split()
)
# Peoples that are no country's, which the country table's demonyms leave out (ethnic
# groups, a language's speakers): "Latinos", "Anglos" (dev2: organisations to the model),
# "Uyghurs" (CNN 8-f), "Jewry"; in the singular too. "Roma" is left out, as often the
# football club, and so are a faith's followers in the singular: "Mormon" is as often the
# church's name ("the Mormon church", which joined "Church of Jesus Christ of Latter-day
# Saints" in six ECB+ reports).
_PEOPLES = frozenset(
    "latino latina hispanic anglo uyghur uighur rohingya pashtun tamil hutu tutsi berber "
    "bedouin alawite druze maori aborigine aboriginal inuit hmong jewry".split()
)
# "in the Sixties", "the Roaring Twenties": a time, like a month.
_DECADES = frozenset(
    "twenties thirties forties fifties sixties seventies eighties nineties noughties".split()
)
# "Dad said", "Mommy, we have something to tell you": capitalised as a form of address,
# and the model's person, but a word for a relative, never one tag page for one person.
_FAMILY_WORDS = frozenset(
    "mom mommy mum mummy dad daddy grandma grandpa granny gramps grandad granddad "
    "grandmother grandfather".split()
)
# "Illinois House Speaker Michael Madigan", "the Illinois Attorney General": the model
# took the office before a name for a name. Offices that end company names ("Burger King",
# "Dollar General") are not here, nor is a name with "of" ("Ministry of Justice").
# Abbreviated ranks and offices: "Lt.", "Sgt.", "Los Angeles County Dist. Atty. Steve
# Cooley". No name is one alone.
_RANKS = frozenset("lt sgt capt cpl det insp supt cmdr dist atty".split())
# A police office or a rank before the officer's name, which the model cuts off, is one too:
# "Genesee County Sheriff Robert Pickell", "Troy Police Lt. Tom Perrin".
_OFFICES = _RANKS | frozenset(
    "speaker attorney minister secretary president senator governor mayor spokesman "
    "spokeswoman chairman chairwoman ceo commissioner prosecutor sheriff undersheriff "
    # A police or a state officer's rank after the force's or the state's name: "Texas
    # Ranger" (a person of four ECB+ reports), "State Trooper", "Chief Constable", "U.S.
    # Marshal" (CNN).
    "ranger trooper constable marshal deputy detective officer".split()
)
# Offices of two words whose last is no office alone ("Dollar General" is a shop, "James
# Dean" a person).
_OFFICE_PAIRS = frozenset(
    tuple(office.split())
    for office in (
        "attorney general",
        "surgeon general",
        "solicitor general",
        "inspector general",
        "postmaster general",
        "associate dean",
        "assistant dean",
    )
)
# "HMS Echo", "USS Nimitz": a ship.
_VESSEL_PREFIXES = frozenset({"HMS", "HMAS", "USS", "USNS", "RMS", "MV", "SS", "HMCS", "INS"})


# "White House", "Carnegie Hall", "Hyde Park": buildings and grounds named in common words.
_BUILDINGS = frozenset({"house", "hall", "palace", "park", "gardens"})


def _unmarked_common_words(name: str, articles: Sequence[ArticleEvidence]) -> bool:
    # "Attendance", "Wheat", "CRICKET", "Devastating Storm", "Most Read", "Huddling": English
    # words (with an ending too) that the corpus capitalises only where any word is
    # capitalised (line and sentence starts, headlines), and that nothing around them calls
    # a person, organisation or place, are words, not a name. A place the gazetteer knows
    # stays a name ("Phoenix", "Reading"), and so does a name ending in an organisation or
    # place word ("Queens Park Rangers").
    words = name.split()
    if place_strength(name) is not Place.NONE:
        return False
    if not all(
        is_common_word(w) or w.casefold() in CONNECTORS or _inflected_common_word(w) for w in words
    ):
        return False
    last = words[-1].casefold()
    if len(words) > 1 and (last in ORGANISATION_WORDS or last in PLACE_WORDS | _BUILDINGS):
        return False
    if any(article.marked for article in articles):
        return False
    key = name_key(name)
    if body_of_the_lists(name) or club_called(key) or party_called(key):
        # "Man City" opening a line (frank): a club, a party or a body the lists know.
        return False
    if (
        len(words) == 2
        and is_given_name(words[0])
        and is_surname(words[1])
        and all(kind == "person" for article in articles for _, kind, _ in article.shares)
    ):
        # "Martin Freeman", "Nick Brown", "Mark Miller" opening a line: a given name and a
        # surname of the lists, a person to the model in every report, is the person.
        return False
    unmarked = sum(article.unmarked_capitals for article in articles)
    return unmarked >= sum(article.mentions for article in articles)


def _listed_company(name: str, given_names: Container[str]) -> bool:
    # "Netflix", "Garmin", "BT", "Deutsche Telekom": a company of a stock index
    # (`name_lists.is_listed_company`) or another the news names bare ("SpaceX", "Ofsted":
    # `firms`), whose name alone is evidence of it. Not one
    # that is an English word ("Apple", "Target", "Next": the word says no more than the
    # model), nor one opening with a given name ("Walt Disney", "Morgan Stanley": as often
    # the person). The caller leaves out names the gazetteer knows ("Dover", "Toyota").
    if not (is_listed_company(name) or is_known_firm(name)):
        return False
    tokens = name.split()
    if len(tokens) == 1:
        return not is_common_word(tokens[0]) and not is_frequent_word(tokens[0])
    return not (tokens[0].casefold() in given_names or is_given_name(tokens[0]))


def name_evidence(
    name: str,
    given_names: Container[str] = frozenset(),
    surname_alone: bool = False,
    person_said: bool = False,
) -> dict[str, float]:
    """What the name alone suggests, per article: gazetteer places, organisation or place
    words, acronyms, people's shapes ("J. Smith", a known given name and a surname) and
    organisations named after their city ("Partizan Belgrade"; not a given name of the
    lists and a city where some article puts a person's cue to the name, `person_said`:
    "Jordan Henderson")."""
    tokens = re.split(r"[\s-]+", name)
    words = {w.casefold() for w in tokens}
    evidence: Counter[str] = Counter()
    strength = place_strength(name)
    evidence["place"] += GAZETTEER_WEIGHT[strength]
    if strength is Place.NONE and is_subdivision(name):
        # "Dorset", "KwaZulu-Natal", "Ayrshire": a county or a province, which ISO 3166-2
        # names and GeoNames' sets of ours do not, weighs as a town of the gazetteer does.
        evidence["place"] += GAZETTEER_WEIGHT[Place.CITY]
    if _river_bank(tokens):
        # "Right Bank", "Left Bank of the Seine", "South Bank": a side of a river, a place;
        # its "Bank" is no bank.
        words.discard("bank")
        evidence["place"] += NAME_WORD_WEIGHT
    saints_church = _saints_church(tokens)
    if saints_church:
        # Its "Church" is the building's kind, not a congregation's.
        words.discard("church")
    named_street = _named_street(tokens)
    if named_street:
        # "Oakland Crescent": a street's "Crescent", not the Red Crescent's.
        words.discard("crescent")
        evidence["place"] += NAME_WORD_WEIGHT
    firm_end = tokens[-1].casefold() in FIRM_ENDS
    # "Sigma Alpha Epsilon", "Kappa Delta Rho": a name of Greek letters alone is a
    # fraternity's, a sorority's or a society's ("Xi Jinping" has one letter only).
    greek = len(tokens) > 1 and words <= _GREEK_LETTERS
    last = name.split()[-1].casefold()
    body_words = words & ORGANISATION_WORDS
    if len(tokens) > 1 and last in _BODY_ENDS:
        body_words = body_words | {last}
    # "Fortune.com", "Salon.com": a site's address names the body that runs it.
    web = _WEB_ADDRESS.search(name) is not None
    if body_words or firm_end or greek or web or _for_a_cause(tokens):
        evidence["organisation"] += NAME_WORD_WEIGHT
    if len(words) > 1 and (
        saints_church
        or words & (PLACE_WORDS | _MORE_PLACE_WORDS)
        or tokens[-1].casefold() in VENUE_ENDS | _ROAD_ABBREVIATIONS
        or _compass_region(tokens, words)
        or _country_within(tokens, words)
        or _square_of(tokens)
        or _named_palace(tokens)
    ):
        evidence["place"] += NAME_WORD_WEIGHT
    if strength is Place.NONE and _ACRONYM.fullmatch(name):
        evidence["organisation"] += ACRONYM_WEIGHT
    if len(tokens) > 1 and tokens[-1].casefold() == "court" and _court_kind(tokens[-2]):
        evidence["organisation"] += COURT_WEIGHT
    if (
        len(tokens) > 1
        and not body_words
        and not words & _MORE_PLACE_WORDS
        and not firm_end
        and not web
        and not greek
        and (_INITIALS.fullmatch(name) or tokens[0].casefold() in given_names)
    ):
        evidence["person"] += PERSON_SHAPE_WEIGHT
    elif (
        _city_club(tokens, strength)
        or _team_nickname(tokens, strength)
        or (
            strength is Place.NONE
            and not surname_alone
            and not words & ORGANISATION_WORDS
            and not words & _PLACE_PHRASE_WORDS
            and not (person_said and is_given_name(tokens[0]))
            # "Jacqueline Kennedy" (Kennedy, a district of Bogota of a million people),
            # "Jack London", "Whitney Houston": a given name and a surname of the lists are a
            # person's name by their shape, whatever city the surname is.
            and not (is_surname(tokens[-1]) and given_name_and_surname(name))
            and (_ends_with_big_city(name.split()) or _brand_and_country(name.split()))
        )
    ):
        evidence["organisation"] += NAMED_AFTER_CITY_WEIGHT
    return dict(evidence)


# A list's title opens so (`junk_reason`).
_LIST_OF = (["list", "of"], ["lists", "of"])
# A site's address: "Fortune.com", "Change.org".
_WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|co\.uk|gov|edu)$", re.IGNORECASE)
# Words of bodies and of buildings that no surname is, beside the analyse stage's
# `ORGANISATION_WORDS` and `PLACE_WORDS`: a body's as the name's last word ("Christian
# Brothers Academy", "Lawrence Livermore National Laboratory", "Private Sector Housing
# Team": people to the model, CNN 8-f, 0-7, frank; not "Team Obama", a campaign, nor the
# "Academy Museum"), a building's or a road's wherever it stands ("Calvary Cemetery",
# "Bellflower Courthouse": ECB+, bodies; "Cawdor Barracks", a person; "Thomas Drive", a
# person where Thomas is a given name of the corpus).
_BODY_ENDS = frozenset("team academy laboratory".split())
_MORE_PLACE_WORDS = frozenset("cemetery courthouse jail prison penitentiary barracks drive".split())


# The kinds of court a court's name ends with; not a tennis court's ("Centre Court") nor a
# palace's or a district's ("Hampton Court", "Earls Court").
_COURT_KINDS = frozenset(
    "district crown supreme high magistrates appeals appeal circuit county superior federal "
    "family criminal juvenile municipal probate bankruptcy youth coroners coroner sheriff "
    "constitutional military".split()
)


def _court_kind(word: str) -> bool:
    return word.casefold().rstrip("'’").removesuffix("'s").removesuffix("’s") in _COURT_KINDS


def _for_a_cause(tokens: Sequence[str]) -> bool:
    # "Women for Hillary" (dev7: the model's person), "Veterans for Peace", "Doctors for
    # Obama": people in the plural for a person or a cause, a campaign's body. Not a title
    # "for" a portfolio, which is singular ("Minister for Foreign Affairs").
    return (
        len(tokens) >= 3
        and tokens[1] == "for"
        and tokens[2][:1].isupper()
        and len(tokens[0]) > 3
        and tokens[0].endswith(("s", "en"))
        and _plural_of_a_word(tokens[0])
    )


def _plural_of_a_word(word: str) -> bool:
    # "Women", "Veterans", "Doctors", "Mothers": an English plural of a dictionary word.
    folded = word.casefold()
    if folded.endswith("men"):
        return is_common_word(folded[:-3] + "man")
    return folded.endswith("s") and is_common_word(folded[:-1])


_GREEK_LETTERS = frozenset(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega".split()
)

# Words that open or end names of places named after people or saints, whatever the
# gazetteer knows: "Santa Monica", "San Francisco", "Fort William", "Port Elizabeth",
# "Mount Sinai", "George Town", "Jefferson City".
_PLACE_OPENERS = frozenset(
    "santa santo san sao são saint sainte st ste fort port mount mont lake cape".split()
)
_PLACE_ENDS = frozenset({"town", "city", "village", "ville"})


def given_name_and_surname(name: str) -> bool:
    """Whether a name is shaped as a person's by general knowledge, not the corpus's: two
    to four capitalised words, the first a given name of some language
    (`name_lists.is_given_name`: "Alfred Dreyfus", "Bess Truman", "Sven-Goran Eriksson"), no
    later word an ordinary English word ("Charlotte Bobcats", "Larry King Live"; "Nick
    Price" stays: Webster's lists Price capitalised) unless a surname of the lists after a
    given name that is no town's ("Britney Spears", not "Aston Villa"), no "&" or "of"
    ("Johnson & Johnson", "Ben & Jerry's"), no organisation, place, building or event word
    ("Trinity Baptist Church", "George Town"), no firm's last word ("Gordon Advisors"), no
    nationality first (`_nationality_first`: "Roman Empire", "German Axel Schulz", but
    "Dominic Mangoni"), no country last that is no surname ("Nazi Germany"; "Michael
    Jordan" stays), and neither the whole name nor its first word a place the gazetteer
    knows well ("Santa Monica", "Paris Hilton", "Sydney Morning Herald")."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    first = words[0]
    # A dictionary word that is also a surname of the lists ("Britney Spears", "Graeme
    # Wood", "Eddie Murphy") is a surname after a given name, unless that given name is a
    # town's too: a town and a word name a club or a place ("Aston Villa").
    surname_word_ok = place_strength(first) < Place.CITY
    folded = {w.casefold() for w in re.split(r"[\s-]+", name)}
    if (
        first.casefold() in _PLACE_OPENERS
        or _nationality_first(words)
        or folded & _NOT_A_SURNAME
        or words[-1].casefold() in FIRM_ENDS
        or not all(part and is_given_name(part) for part in first.split("-"))
    ):
        return False
    for word in words[1:]:
        if not word[:1].isupper() or any(c.isdigit() for c in word):
            return False
        if is_plain_word(word) and not (surname_word_ok and is_surname(word)):
            return False
    if place_strength(name) is not Place.NONE:
        return False
    # A country ends no person's name but for the surnames it is ("Michael Jordan"): "Nazi
    # Germany" (a given name of some language, then a country) was a person page of 3 CNN
    # reports.
    if is_country(words[-1]) and not is_surname(words[-1]):
        return False
    return place_strength(first) is not Place.REGION and not is_big_city(first)


def _nationality_first(words: Sequence[str]) -> bool:
    # "German Axel Schulz", "Roman Empire": a nationality opens the name. The country
    # table's derived forms hold given names too ("Dominic" of Dominica, "Cameron", "Alan"):
    # such a word opens a person's name when the next word is no given name and the last
    # no dictionary word ("Dominic Mangoni").
    first = words[0]
    if not is_demonym(first):
        return False
    return not (
        is_given_name(first) and not is_given_name(words[1]) and not is_common_word(words[-1])
    )


# What ends a club's name after its town's ("Leeds United", "Wigan Athletic", "Bristol
# Rovers", "Hamilton Academical", "Toronto FC"), beside "City" (`_city_club`).
_CLUB_NAME_ENDS = (CLUB_WORDS - {"sporting"}) | {"academical"}


def _city_club(tokens: Sequence[str], strength: Place) -> bool:
    # "Manchester City", "Norwich City", "Bristol City": a known town or city and "City" is
    # its club when the gazetteer knows no place of that whole name ("Mexico City", "Kansas
    # City", "Vatican City" are places). So is a town and a club's word ("Leeds United",
    # "Hamilton Academical"): the model calls such a name a person as often as not, and a
    # "who" after it reads as a person's cue ("followed by Leeds United, who had").
    return (
        len(tokens) > 1
        and (tokens[-1] == "City" or tokens[-1].casefold() in _CLUB_NAME_ENDS)
        and strength < Place.CITY
        and place_strength(" ".join(tokens[:-1])) >= Place.CITY
    )


# Plurals that name a town's parts or its land ("Hollywood Hills", "Brooklyn Heights", "Kew
# Gardens", "Niagara Falls") or what happened there ("the London Games", "the Paris
# attacks", "the Geneva talks"), not a side called after the town.
_NOT_A_NICKNAME = frozenset(
    "hills heights falls springs gardens fields woods sands docks lakes islands keys flats "
    "meadows downs plains rapids mills waters cliffs banks rivers streets towers walls "
    "games olympics paralympics attacks bombings shootings killings murders riots protests "
    "talks elections floods fires trials hearings awards".split()
)


def _team_nickname(tokens: Sequence[str], strength: Place) -> bool:
    # "Charlotte Bobcats", "Kashima Antlers", "Leicester Tigers", "New Orleans Saints": a
    # known town or state, then one capitalised plural noun of the dictionary, is how
    # sides are named (a firm too: "Railways"), when the gazetteer knows no place of that
    # whole name. A surname of the lists ends a person's name instead ("Austin Rivers"), a
    # plural of a town's parts or of events keeps what the rest says, and so does one of
    # English's most frequent words, as a verb's "-s" often is ("Wil Gets a Better Look" in
    # a caption).
    last = tokens[-1]
    return (
        len(tokens) > 1
        and strength is Place.NONE
        and last[:1].isupper()
        and last.endswith("s")
        and not last.endswith("ss")
        and last.casefold() not in _NOT_A_NICKNAME | _NOT_A_SURNAME
        and is_common_word(last)
        and not is_frequent_word(last)
        and not is_surname(last)
        and place_strength(" ".join(tokens[:-1])) >= Place.CITY
    )


# "Place de la Bastille", "Piazza del Popolo", "Praça do Comércio", "Quai d'Orsay": a square's,
# a street's or a park's word in French, Italian, Spanish or Portuguese, then "de", "del",
# ... ("Place" alone is an English word too: "Place Vendome" is left to the model).
_SQUARE_WORDS = frozenset(
    "place piazza plaza praça praca largo via calle avenida rua quai pont porte parc jardin "
    "campo".split()
)
_ROMANCE_OF = frozenset("de du des della delle dei del di da do dos das".split())


def _square_of(tokens: Sequence[str]) -> bool:
    return (
        len(tokens) > 2
        and tokens[0].casefold() in _SQUARE_WORDS
        and (tokens[1].casefold() in _ROMANCE_OF or tokens[1].casefold().startswith("d'"))
    )


def _saints_church(tokens: Sequence[str]) -> bool:
    # "Saint-Ambroise Church", "St Mary's Church": a saint's name, then "Church" and nothing
    # else after it ("Church of St Mary" is left to the rest).
    return len(tokens) > 2 and tokens[0].casefold() in _SAINT_OPENERS and tokens[-1] == "Church"


# Streets' words that end names of other things too ("Red Crescent", "via" in a sentence):
# a street only after proper names (`_named_street`).
_STREET_ENDS = frozenset({"Crescent", "Via"})


def _named_street(tokens: Sequence[str]) -> bool:
    # "Oakland Crescent", "Fira Gran Via": "Crescent" or "Via" after words no dictionary
    # has is a street ("Gran Via") or a venue on one; "Red Crescent", in a dictionary word,
    # is the relief organisation.
    return (
        len(tokens) > 1
        and tokens[-1] in _STREET_ENDS
        and not any(is_common_word(t) for t in tokens[:-1])
    )


def _named_palace(tokens: Sequence[str]) -> bool:
    # "Elysee Palace", "Buckingham Palace": a palace named by a proper name is the building;
    # "Crystal Palace", in dictionary words, is also a club and stays the model's.
    return (
        len(tokens) > 1
        and tokens[-1].casefold() == "palace"
        and not any(is_common_word(t) for t in tokens[:-1])
    )


# "Mid-Atlantic", "Mid Wales", "Mid Ulster": the middle of a place, named as its north or
# its south is. Not in `COMPASS_WORDS`, which other rules read as a side of a river or
# a word of a place's phrase.
_REGION_OPENERS = COMPASS_WORDS | frozenset({"mid"})


def _compass_region(tokens: Sequence[str], words: set[str]) -> bool:
    # A region named by a point of the compass or by "Mid" ("crashed into the
    # Mid-Atlantic", dev3, the model's ORG), unless an organisation word says otherwise
    # ("Western Union") or the last word is a nationality ("South Korean").
    return (
        tokens[0].casefold() in _REGION_OPENERS
        and not words & ORGANISATION_WORDS
        and not _DEMONYM_END.search(tokens[-1])
    )


def _country_within(tokens: Sequence[str], words: set[str]) -> bool:
    # "the Black Country", "the Basque Country", "the West Country": a region named as a
    # country within a country, by its last word. Not where an organisation's word is in
    # the name ("Country Music Association" ends otherwise), nor "Country" elsewhere in it
    # ("Global Country of World Peace", a movement).
    return tokens[-1] == "Country" and not words & ORGANISATION_WORDS


_BANK_SIDES = frozenset({"left", "right"}) | COMPASS_WORDS


def _river_bank(tokens: Sequence[str]) -> bool:
    # "Right Bank", "Left Bank of the Seine", "West Bank": a side and "Bank", alone or
    # followed by "of the" and the river.
    return (
        len(tokens) >= 2
        and tokens[0].casefold() in _BANK_SIDES
        and tokens[1] == "Bank"
        and (len(tokens) == 2 or [t.casefold() for t in tokens[2:4]] == ["of", "the"])
    )


def _ends_with_big_city(words: Sequence[str]) -> bool:
    # "Atletico Madrid", "Maccabi Tel Aviv": a city of 200,000+ people ends the name. The
    # caller has made sure the name does not start with a given name the corpus knows;
    # people whose surname is a big city ("Whitney Houston") are also told apart by a title
    # or role beside them (which outweighs this), or by being called by the surname alone.
    return any(is_big_city(" ".join(words[i:])) for i in range(1, len(words)))


def _brand_and_country(words: Sequence[str]) -> bool:
    # "Etisalat Egypt", "Telekom Austria", "Vodafone Qatar": a firm's arm in a country, named
    # by a word no dictionary, list of names or gazetteer knows and the country. "Ancient
    # Egypt", "Nazi Germany", "Soviet Russia" open with a dictionary word, a given name or a
    # people's, and "Papua New Guinea" is the country's own name. The country by its whole
    # name of one word: "Marshall" (of the Marshall Islands), "Christmas" and "Vincent" end
    # people's names ("Thurgood Marshall").
    if len(words) != 2 or not is_country(words[1]):
        return False
    country, code = country_of(words[1])
    first = words[0]
    return (
        not code
        and " " not in country
        and not is_common_word(first)
        and not is_demonym(first)
        and not is_given_name(first)
        and not is_surname(first)
        and place_strength(first) is Place.NONE
    )


# No person's name has one of these words (`given_name_and_surname`).
_NOT_A_SURNAME = (
    ORGANISATION_WORDS
    | PLACE_WORDS
    | _BUILDINGS
    | _EVENT_WORDS
    | TECHNICAL_WORDS
    | COMPASS_WORDS
    | _PLACE_ENDS
    | {"&", "and", "of"}
)
