"""Named entities with spaCy: what one article says about the names in it.

Only the NER pipe is loaded (it carries its own tok2vec, so the entities are the same as
with the full pipeline at twice the speed). For each name the article uses, a `Mention`
records its spellings, the model's labels and the context cues around it; deciding names
and types across the corpus is the link stage's job, so editor rules never need the model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from generator.analyse.mentions import boundaries
from generator.analyse.mentions.cues import (
    ANY_CAPITAL,
    CLUB,
    COMPETITION,
    DISEASE,
    FURNITURE,
    LISTED,
    NAMED_PRODUCT,
    ORGANISATION_AFTER,
    PAIRED,
    PRODUCT,
    REGNAL,
    SEEN,
    SIDE_FACED,
    SIDES_AROUND,
    TEAM,
    WEAK_PLACE,
    after_regnal_title,
    capital_says_nothing,
    coloured_thing,
    context_cues,
    feature_after,
    in_quoted_title,
    listed_as_features,
    listed_kinds,
    listed_with_versions,
    measured_in_sentence,
    model_variants,
    numbered_terms,
    paired_with_an_organisation,
    shared_first_words,
    sides_listed,
    spelled_out_in_lower_case,
    written_as_a_common_noun,
)
from generator.analyse.mentions.dateline import byline, contributors, dateline
from generator.analyse.mentions.labels import LABEL_KINDS, kind_of_label
from generator.analyse.mentions.tables import (
    lineups,
    missed_teams,
    specification_rows,
    squad_lists,
)
from generator.articles import Mention
from generator.text.lexicon import is_common_word
from generator.text.names import CONNECTORS, canonical_forms, name_key, title_key
from generator.text.words import stands_alone

# Labels kept as evidence although they are not tags themselves: the model calls Aleppo
# NORP and a party a PRODUCT; the link stage weighs them with everything else. Numbers,
# dates and amounts are never names.
EVIDENCE_LABELS = frozenset(LABEL_KINDS) | {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}

# Everything but the NER pipe; none of these changes what NER predicts.
_UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_CONTEXT = 40  # characters either side of a span that the cues look at
# The labels of a one-word name in a colour that make it a thing (`coloured_thing`).
_COLOURED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# "on Valentine's Day", "St Patrick's Day parade", "New Year's Eve": the name before is the
# feast's, no mention of the saint, the mother or the year.
_FEAST_AFTER = re.compile(r"['’]s (?:Day|Eve)\b")
# A word in lower case right after a name: "Smart stay" (`cues.shared_first_words`).
_LOWER_WORD_AFTER = re.compile(r" [a-z]")


class ModelNotFound(Exception):
    """The configured spaCy pipeline is not installed."""


@dataclass(frozen=True)
class Span:
    """One canonical name the model found: where (character offsets), as what."""

    start: int
    end: int
    name: str
    label: str
    cues: tuple[str, ...]


@lru_cache(maxsize=4)
def load_model(name: str):
    """Load an installed spaCy pipeline with only its NER component."""
    import spacy

    try:
        return spacy.load(name, exclude=_UNUSED_PIPES)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed ({exc}); install it with pip or set "
            "[entities] model in digest.toml to an installed pipeline"
        ) from None


def _credited(text: str, start: int, credited: Sequence[tuple[int, int]]) -> bool:
    # A name in a report's credit of its reporters, not a place one of them filed from.
    return any(a <= start < b for a, b in credited) and not text.endswith("in ", 0, start)


def doc_spans(text: str, ents: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Canonical names for the model's (start, end, label) spans over `text`.

    The story's dateline ("MOSCOW, Dec 6 (Reuters) -") is a place and its byline a person,
    whatever the model says.
    Spans the model cut short are first widened to the whole capitalised name
    (`boundaries.complete`). A span can yield several names (split at a line break) or none
    (junk); offsets are narrowed to the name where it occurs verbatim in the span.
    """
    kept = [
        (start, end, label)
        for start, end, label in ents
        if label in EVIDENCE_LABELS
        and not _ends_title(text[max(0, start - _CONTEXT) : start], text[start:end], label)
    ]
    kept += missed_teams(text, kept)
    spans = []
    place, reporter = dateline(text), byline(text)
    if place is not None:
        # The model's reading of the dateline gives way; its name is written as a name.
        kept = [(s, e, label) for s, e, label in kept if e <= place[0] or s >= place[1]]
        spans.append(Span(*place, text[slice(*place)].title(), "GPE", ("place",)))
    if reporter is not None:
        kept = [(s, e, label) for s, e, label in kept if e <= reporter[0] or s >= reporter[1]]
        spans.append(Span(*reporter, text[slice(*reporter)], "PERSON", ("person",)))
    players = lineups(text)
    specifications = specification_rows(text)
    completed = boundaries.complete(text, kept, boundaries.lowercase_words(text))
    # A span run over a quotation's end, a list's comma, a sentence's end or brackets is
    # cut there (after the widening, which stops at such marks).
    completed = boundaries.cut_runs(text, completed)
    # A sentence's first word run into the name before it ("Disney World However").
    completed = boundaries.without_sentence_openers(text, completed)
    # A site's label of the kind of piece before a related link's headline ("Analysis Isis").
    completed = boundaries.without_section_labels(text, completed)
    # A nickname in quotation marks inside a person's name ("Mike 'Sugar Bear' Thompson").
    completed = boundaries.with_nicknames(text, completed)
    # A list's last names joined by its "and" ("between Caley Thistle and Motherwell").
    completed = boundaries.cut_lists(text, completed)
    # A person's role glued to the body they serve ("BBC Business Reporter Rebecca Marston").
    completed = boundaries.without_roles(text, completed)
    # A body's span run on over an officer's title and name ("Army Spc Caleb Barnes").
    completed = boundaries.people_after_titles(text, completed)
    # A saint's possessive before the place named after the saint ("St James' Park").
    completed = boundaries.saints_places(text, completed)
    # A person's possessive before what they own ("Émile Zola’s Rougon-Macquart cycle").
    completed = boundaries.cut_possessives(text, completed)
    # An outlet told something run into the clause's subject ("told the Telegraph Hadfi").
    completed = boundaries.cut_outlets_told(text, completed)
    # A person's title before a name the model took for a body's ("Dr Fan" of Pengfei Fan).
    completed = boundaries.titled_people(text, completed)
    # A compound noun's first half glued to a name ("the Adidas Smart watch").
    completed = boundaries.without_compound_halves(text, completed)
    # After the widening, which would take the portfolio back.
    completed = [_after_portfolio(text, *span) for span in completed]
    # A list of surnames beside the article's people named in full is a squad: its names are
    # players too (`tables.squad_lists`).
    players += squad_lists(text, completed)
    if players:
        completed = _players_apart(text, completed, players)
    credited = contributors(text)
    variants = model_variants(text)
    numbered = numbered_terms(text)
    shared = shared_first_words(text)
    common_nouns: dict[str, bool] = {}  # each name looked up once per article
    for start, end, label in completed:
        raw = text[start:end]
        for name, titled in canonical_forms(raw, label):
            offset = raw.find(name)
            s, e = (start + offset, start + offset + len(name)) if offset >= 0 else (start, end)
            if _FEAST_AFTER.match(text, e):
                continue
            cues = context_cues(text[max(0, s - _CONTEXT) : s], text[e : e + _CONTEXT], name)
            if label != "NORP" and "place" not in cues and feature_after(text[e : e + _CONTEXT]):
                cues = (*cues, "place")
            if capital_says_nothing(text, s, e):
                cues = (*cues, ANY_CAPITAL)
            if titled or any(a <= s < b for a, b in players) or _credited(text, s, credited):
                cues = (*cues, "person")
            if label == "PERSON" and " " not in name and after_regnal_title(text, s):
                cues = (*cues, REGNAL)
            # A quoted headline's or book's words are a work's title; a person the model
            # sees in one is the person ("CNN's “Larry King Live”").
            if label != "PERSON" and in_quoted_title(text, s, e):
                cues = (*cues, PRODUCT)
            # An abbreviation its article spells out in lower case is a common noun's
            # ("credit default swaps" for "CDS"): no one entity, counted like a product.
            if spelled_out_in_lower_case(text, name):
                cues = (*cues, PRODUCT)
            # A name of common words its article also writes in lower case as a common
            # noun ("accurate white balance") is a setting's or a feature's: counted like a
            # product. A person's name is left alone ("Rich Hill" may be written "rich hill").
            if label != "PERSON" and PRODUCT not in cues:
                if name not in common_nouns:
                    common_nouns[name] = written_as_a_common_noun(text, name)
                if common_nouns[name]:
                    cues = (*cues, PRODUCT)
            # An abbreviation in a sentence that measures a device ("GPU goes from 450 MHz
            # to 578 MHz") is a part's or a feature's: counted like a product.
            if PRODUCT not in cues and measured_in_sentence(text, s, e):
                cues = (*cues, PRODUCT)
            # An item of a list beside two versions of standards ("Bluetooth 4.0 + LE,
            # DLNA, USB OTG, MHL 2.0 and WiFi Direct") is a device's specification.
            if label != "PERSON" and PRODUCT not in cues and listed_with_versions(text, s, e):
                cues = (*cues, PRODUCT)
            # A one-word name in a colour, its phrase ending after it ("a black Clio with
            # Belgian number plates"), that the model calls a person or a place is a
            # model's or a figure's; a maker's name so written is the model's organisation.
            if label in _COLOURED_LABELS and PRODUCT not in cues and coloured_thing(text, s, e):
                cues = (*cues, PRODUCT)
            # A word the article writes after a model code as a variant's name ("the S5
            # Active"), alone ("than the Active"), is the device: counted like a product.
            if name in variants and label != "PERSON" and PRODUCT not in cues:
                cues = (*cues, PRODUCT)
            # An abbreviation the article writes before two different numbers ("ISO 320",
            # "ISO 1250") is a setting's or a scale's name in each of its mentions.
            if name in numbered and PRODUCT not in cues:
                cues = (*cues, PRODUCT)
            # The shared first word of features listed in sentence case ("Smart stay,
            # Smart pause, Smart scroll"), tagged alone before a word in lower case, is
            # part of a feature's name: counted like a product.
            if name in shared and PRODUCT not in cues and _LOWER_WORD_AFTER.match(text, e):
                cues = (*cues, PRODUCT)
            # A list of names sharing a feature's noun ("Eraser, Drama and Best photo
            # modes") is a list of features: counted like a product.
            if PRODUCT not in cues and listed_as_features(text, s, e):
                cues = (*cues, PRODUCT)
            # A cell of a specification table is no mention in prose: a name found only
            # there is no tag, like one found only in page furniture.
            if any(a <= s < b for a, b in specifications):
                cues = (*cues, FURNITURE)
            spans.append(Span(s, e, name, label, cues))
    spans = _without_opening_words(text, spans)
    spans = _with_countries(text, _with_employers(text, _with_lists(text, spans)))
    spans = _with_places_around(text, spans)
    return _with_untagged_uses(text, _with_sides_around(text, spans), numbered)


def _without_opening_words(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each that a capitalised function word opens before a full name its
    article tags on its own named by that name: a sentence's first word the model took in
    ("\"Until Elinor Barker joined the team" beside "Elinor Barker", dev5; "First Premier
    League season begins" beside "Premier League", dev2). The rest must be two words or
    more: "Will Stevens" beside "Stevens" is a given name ("will" is a stop word).

    So is a side's or a town's name the article tags on its own as an organisation or a
    place, opening the name of a person the article tags on its own: "Team news West Brom
    Craig Dawson is set to return" beside "West Brom" and "Craig Dawson" (a preview's
    heading run into its first sentence), "their Premier League tie with Burnley Olivier
    Giroud selected Coldplay" beside "Burnley" and "Olivier Giroud"
    (`_side_before_a_person`)."""
    names = {span.name for span in spans}
    sides = {span.name for span in spans if kind_of_label(span.label) in _SIDE_KINDS}
    # People named in full, and surnames written alone as a person's (a title, a squad).
    people = {span.name for span in spans if span.label == "PERSON" and " " in span.name}
    people |= {span.name for span in spans if " " not in span.name and "person" in span.cues}
    result = list(spans)
    for n, span in enumerate(spans):
        first, _, rest = span.name.partition(" ")
        if (
            " " in rest
            and rest in names
            and first[1:].islower()
            and first[:1].isupper()
            and boundaries.is_function_word(first)
        ) or (rest := _side_before_a_person(span, sides, people)):
            at = text.rfind(rest, span.start, span.end)
            result[n] = replace(span, start=span.start if at < 0 else at, name=rest)
    return result


_SIDE_KINDS = frozenset({"organisation", "place"})


def _side_before_a_person(span: Span, sides: set[str], people: set[str]) -> str:
    # The model's person whose opening one or two words are a name it tags elsewhere in the
    # article as an organisation or a place, and whose rest is the full name of a person it
    # tags elsewhere ("West Brom Craig Dawson" beside "Craig Dawson"), or two words ending
    # in a surname it writes alone as a person's ("Gloucester Josh Hohneck" beside a team
    # sheet's "Hohneck"): the rest. A rest the article does not name so is the name's own
    # ("Sydney Harbour Waves", a sentence run into a place; "Abdurahman Yasin Daud", whose
    # given name the model tags alone as a firm elsewhere); a person named after a place
    # is two words ("Paris Hilton").
    if span.label != "PERSON" or not sides:
        return ""
    words = span.name.split()
    for cut in (1, 2):
        rest = " ".join(words[cut:])
        if (
            " " in rest
            and (rest in people or (len(words) - cut == 2 and words[-1] in people))
            and " ".join(words[:cut]) in sides
        ):
            return rest
    return ""


# Two sides named so in an article, and one name in ten of its organisations and places,
# make it a report of a sport (a match, a transfer, a table); a news story that mentions
# two clubs among fifty other names is none.
_SIDES_OF_A_REPORT = 2
_SIDES_SHARE = 0.1
# A cue that says what the name is, or that it is no name of ours, leaves it as it is. Not
# the organisation's note after a name (`cues.ORGANISATION_AFTER`): in a report of a sport a
# town's possessive before a player's name is the side's ("Detroit's Ben Wallace").
_SAYS_WHAT = frozenset(
    {*set(LABEL_KINDS.values()), WEAK_PLACE, FURNITURE, PRODUCT, COMPETITION, DISEASE}
)
# "CSKA Moscow" (the model's "Moscow" alone), "Juventus (Turin)": a town that ends a longer
# name or stands in brackets after one is the club's town, not the club; "Murdock, from
# Brooklyn, was arrested", "Ms Rose, of Newham,": where someone comes from.
_TOWN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+|\(\s*|,\s+(?:from|of)\s+)$")
# "beat Chile at the Emirates on Sunday", "his community work on Merseyside": a ground or a
# region where sides play, not a side, in every use the article makes of it.
_GROUND_BEFORE = re.compile(r"\b(?:at\s+the|on)\s+$")
# "whose side visit Everton", "against Levante", "Real host Getafe": the other side of a
# fixture (`cues.SIDE_FACED`).
_FIXTURE_BEFORE = re.compile(r"\b(?:against|visit|visits|host|hosts)\s+$")


def _with_sides_around(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each of an article where two other names or more are sides by their own
    cues (`cues.CLUB`, `cues.TEAM`: "beat Chelsea", "Swansea manager", a results row) noting
    `cues.SIDES_AROUND` where nothing around it says what it is: "Manchester United gave
    Leeds in 2002", "the table with Newcastle and West Brom at the top". Only the model's
    organisations and places count as sides ("Parisians were", "Obama beat Romney" make
    no report of a sport), and a tenth of them at least must be; only they get the note;
    "born in Leeds" has a cue of its own, and a name the article puts after "at the" or "on"
    once ("at the Emirates", "on Merseyside") is a ground or a region in all its uses. The
    organisation's note after a name (`cues.ORGANISATION_AFTER`) does not stop it: in a
    report of a sport a town's or a state's possessive before a player's name is the side's
    ("Detroit's Ben Wallace and Indiana's Brad Miller"), and the link stage counts that
    note for names the gazetteer does not know only."""
    ours = [s for s in spans if kind_of_label(s.label) in ("organisation", "place")]
    # "Les Ferdinand ... staff Ferdinand (centre)": a town's name that ends a longer name in
    # the article is that name's last word there (a surname, "Greater Manchester"), whatever
    # the model calls the longer name.
    ends = {s.name.split()[-1] for s in spans if " " in s.name}
    names = {s.name for s in ours}
    sides = {s.name for s in ours if {CLUB, TEAM} & set(s.cues)}
    if len(sides) < max(_SIDES_OF_A_REPORT, _SIDES_SHARE * len(names)):
        return list(spans)
    grounds = {
        s.name
        for s in ours
        if _GROUND_BEFORE.search(text, max(0, s.start - _CONTEXT), s.start) is not None
    }
    return [
        replace(span, cues=(*span.cues, SIDES_AROUND, *_faced(text, span)))
        if (kind_of_label(span.label) in ("organisation", "place") or _one_word_person(span))
        and span.name not in sides | ends | grounds
        and not _SAYS_WHAT & set(span.cues)
        and not _TOWN_BEFORE.search(text, max(0, span.start - _CONTEXT), span.start)
        else span
        for span in spans
    ]


def _faced(text: str, span: Span) -> tuple[str, ...]:
    # The model's one-word person after "against", "visit" or "host" in a report of a sport
    # is the other side of a fixture as often as a player (`cues.SIDE_FACED`).
    if _one_word_person(span) and _FIXTURE_BEFORE.search(
        text, max(0, span.start - _CONTEXT), span.start
    ):
        return (SIDE_FACED,)
    return ()


def _one_word_person(span: Span) -> bool:
    # "I know Norwich and Burnley have done it": the model reads a town named bare as a
    # person as often as a place; the link stage counts the note only for a town whose
    # person label it reads as the place's (`voting`: no role, age or full name there).
    return kind_of_label(span.label) == "person" and " " not in span.name


_POSSESSIVE = re.compile(r"['’]s\s+")


def _with_employers(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each written with a possessive before a person's full name noting that
    what follows it may make it an organisation (`cues.ORGANISATION_AFTER`): "Vogue's Anna
    Wintour", "the BBC's Mark Lowen", "New Democracy's Antonis Samaras" name an employer,
    a broadcaster, a party. The link stage counts it only for names the gazetteer does
    not know: "Egypt's President Sisi", "Chicago's Richard Daley" keep their places."""
    return _cue_on_neighbours(
        spans,
        ORGANISATION_AFTER,
        lambda owner, person: (
            person.label == "PERSON"
            and " " in person.name
            and _POSSESSIVE.fullmatch(text, owner.end, person.start) is not None
        ),
    )


# "Christchurch, New Zealand, last month", "Durban, South Africa.": a town, then the country
# or the state it is in; not "Ryanair, Ireland's biggest airline" (a possessive), nor a
# list going on ("Everton, Chelsea, Arsenal and Spurs": the model calls clubs GPE too;
# "Scientology, Hollywood, and the Prison of Belief").
_IN_COUNTRY_AFTER = re.compile(
    r",(?=\s+(?!and\b|or\b)[a-z\d])|[.;:)\n]|\s+(?:on|in|last|this|where|when)\b|$"
)


def _with_countries(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each written right before ", " and a name the model calls a country,
    state or city (GPE) noting that it is a place: the model's organisation or place, not its
    person ("Greg Norman, Australia 68" is a player of a results list)."""
    return _cue_on_neighbours(
        spans,
        "place",
        lambda town, country: (
            country.label == "GPE"
            and town.label != "PERSON"
            and text[town.end : country.start] == ", "
            and _IN_COUNTRY_AFTER.match(text, country.end) is not None
        ),
    )


# "Dr Ram Manohar, 38, of Barnston, Wirral, has denied", "in Knowsley, Merseyside, 3.4 per
# cent": after "in", "of", "from" or "near" and a place the model names, a comma and a name
# closed as `_IN_COUNTRY_AFTER` says is the bigger place the first lies in (a county, a
# city, a state), whatever the model calls it. Not a list going on ("in Manchester,
# Liverpool and London" are places anyway; "Everton, Chelsea, Arsenal" has no preposition).
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|near)\s+(?:the\s+)?$")
_TOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _with_places_around(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each written right after a place the model names, ", " and a preposition
    before that place, noting that it is a place (`_PLACE_PREPOSITION_BEFORE`)."""
    return _cue_on_neighbours(
        spans,
        "place",
        lambda town, span: (
            span.label not in ("PERSON", "NORP")
            and town.label in _TOWN_LABELS
            and text[town.end : span.start] == ", "
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, town.start - 12), town.start)
            is not None
            and _IN_COUNTRY_AFTER.match(text, span.end) is not None
        ),
        second=True,
    )


def _cue_on_neighbours(
    spans: Sequence[Span],
    cue: str,
    applies: Callable[[Span, Span], bool],
    second: bool = False,
) -> list[Span]:
    """The spans, each pair of neighbours in the text that `applies` to noting `cue` (once)
    on the first of the two, or on the second with `second`."""
    order = sorted(range(len(spans)), key=lambda n: spans[n].start)
    result = list(spans)
    for here, after in pairwise(order):
        noted = after if second else here
        span = result[noted]
        if cue not in span.cues and applies(spans[here], spans[after]):
            result[noted] = replace(span, cues=(*span.cues, cue))
    return result


def _players_apart(
    text: str, ents: Iterable[tuple[int, int, str]], players: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The spans, those in a line-up cut at its commas ("Dyer, Routledge": two players)."""
    result = []
    for start, end, label in ents:
        if "," not in text[start:end] or not any(a <= start < b for a, b in players):
            result.append((start, end, label))
            continue
        for part in re.finditer(r"[^,]+", text[start:end]):
            s = start + part.start() + len(part.group()) - len(part.group().lstrip())
            e = start + part.start() + len(part.group().rstrip())
            if e > s:
                result.append((s, e, label))
    return result


def _with_lists(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, each in a list of names noting what the list says of it: the kind its
    others all have where the model calls it another (`cues.LISTED`), that it is a place
    paired with an organisation (`cues.PAIRED`), and that it is a
    side when a club's name stands in the list (`cues.sides_listed`)."""
    order = sorted(range(len(spans)), key=lambda n: spans[n].start)
    ordered = [spans[n] for n in order]
    kinds = listed_kinds(text, [(s.start, s.end, s.label) for s in ordered], LABEL_KINDS)
    sides = sides_listed(text, [(s.start, s.end, s.name, s.label) for s in ordered])
    paired = paired_with_an_organisation(
        text, [(s.start, s.end, s.label) for s in ordered], LABEL_KINDS
    )
    result = list(spans)
    for index in kinds.keys() | sides | paired:
        cues = ordered[index].cues
        if index in kinds:
            cues = (*cues, LISTED + kinds[index])
        if index in paired:
            cues = (*cues, PAIRED)
        if index in sides and CLUB not in cues:
            cues = (*cues, CLUB)
        result[order[index]] = replace(ordered[index], cues=cues)
    return result


def _with_untagged_uses(text: str, spans: Sequence[Span], numbered: frozenset[str]) -> list[Span]:
    """The spans, the first of each name noting how often the article writes the name where
    the model tagged nothing (`cues.SEEN`) and how often it is used as a product (named so
    plainly, too: `cues.NAMED_PRODUCT`), a competition or a disease there, or has a
    person's or an organisation's cue there: "TouchWiz, their own UI layer," or "Android 5.0
    Lollipop" may be the one mention the model missed, "Brazilian forward Robinho" the one
    it did not call an organisation, "Southwest spokesperson" the one it did not call a
    person. `numbered`
    holds the article's `cues.numbered_terms`, products wherever used."""
    first: dict[str, int] = {}
    for n, span in enumerate(spans):
        if len(span.name) >= 3 and span.name[:1].isalnum() and span.name[-1:].isalnum():
            first.setdefault(span.name, n)
    if not first:
        return list(spans)
    taken = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in taken]
    extra: dict[str, list[str]] = defaultdict(list)
    for s, e in _whole_words(text, first):
        at = bisect_right(starts, s) - 1
        if (at >= 0 and taken[at][1] > s) or (at + 1 < len(taken) and taken[at + 1][0] < e):
            continue  # inside or across a span the model tagged
        name = text[s:e]
        extra[name].append(SEEN)
        cues = context_cues(text[max(0, s - _CONTEXT) : s], text[e : e + _CONTEXT], name)
        if PRODUCT not in cues and (name in numbered or measured_in_sentence(text, s, e)):
            cues = (*cues, PRODUCT)
        extra[name].extend(
            cue
            for cue in (PRODUCT, NAMED_PRODUCT, COMPETITION, DISEASE, "person", "organisation")
            if cue in cues
        )
    result = list(spans)
    for name, cues in extra.items():
        span = result[first[name]]
        result[first[name]] = replace(span, cues=(*span.cues, *cues))
    return _with_plural_uses(text, result)


# An abbreviation in capitals, the plural of which a common noun's is: "OEMs", "ATMs".
_CAPITALS = re.compile(r"[A-Z]{2,5}")


def _with_plural_uses(text: str, spans: list[Span]) -> list[Span]:
    # "top-tier OEMs", "Chinese OEMs are finding", "GPs, nurses and therapists": an
    # abbreviation written in the plural is a common noun's, a kind of thing or of people,
    # no one body; each plural use is noted on the name's first span as a use the model did
    # not tag and a product's (a technical term's), which the link stage weighs against all
    # the name's uses ("Yale banned the SAEs" beside ten mentions of the fraternity SAE).
    first: dict[str, int] = {}
    for n, span in enumerate(spans):
        if _CAPITALS.fullmatch(span.name):
            first.setdefault(span.name, n)
    plurals = Counter(text[s : e - 1] for s, e in _whole_words(text, [n + "s" for n in first]))
    for name, uses in plurals.items():
        n = first[name]
        spans[n] = replace(spans[n], cues=(*spans[n].cues, *(SEEN, PRODUCT) * uses))
    return spans


def _whole_words(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    r"""Where `text` writes one of `names` as whole words, left to right, the longest name
    where several start at one place, none overlapping: what a regular expression of the
    names as alternatives, longest first, between `(?<!\w)` and `(?!\w)` finds, without
    compiling one per article (the compilation cost more than the search)."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if stands_alone(text, at, end):
                found.append((at, -end))
            at = text.find(name, at + 1)
    found.sort()
    result, free = [], 0
    for start, end in found:
        if start >= free:
            result.append((start, -end))
            free = -end
    return result


def _ends_title(before: str, raw: str, label: str = "ORG") -> bool:
    # "State" in "Secretary of State", "General" in "Attorney General": part of a title.
    words = before.split()[-3:]
    if any(title_key(" ".join([*words[i:], raw])) for i in range(len(words))):
        return True
    # "Associate Dean of Student Services", "Minister of Citizen Protection": an office's
    # portfolio in capitalised common words is no organisation (nor a place: the model's
    # "the United States" in "Vice President of the United States" is kept).
    return (
        label in ("ORG", "PERSON")
        and _OFFICE_OF.search(before) is not None
        and all(is_common_word(w) or w in CONNECTORS for w in raw.split())
    )


def _after_portfolio(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    # "Deputy Minister of Citizen Protection Nikos Toskas", "Speaker of the House Nancy
    # Pelosi": a person's span the model began inside the office's portfolio starts after
    # its capitalised common words, two words or more of the name left ("Secretary of
    # State John Kerry" keeps "John Kerry", "John" being a dictionary word too).
    # The model's organisation is trimmed only to a name of no common word ("House Nancy
    # Pelosi"; "the House Intelligence Committee" is a body), which holds the office.
    if label not in ("PERSON", "ORG") or not _OFFICE_OF_THE.search(
        text, max(0, start - _CONTEXT), start
    ):
        return start, end, label
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = 0
    while len(words) - cut > 2 and is_common_word(words[cut].group()):
        cut += 1
    rest = [w.group() for w in words[cut:]]
    # "Vice President of the United States of America": no name starts with "of".
    if cut and rest[0][:1].isupper() and (label == "PERSON" or not any(map(is_common_word, rest))):
        return start + words[cut].start(), end, "PERSON"
    return start, end, label


# An office and its portfolio with no "the" ("director of the Institute of Air and Space
# Law" heads a body, which has one).
_OFFICES = r"minister|secretary|dean|commissioner|undersecretary|vice[ -]president"
_OFFICE_OF = re.compile(rf"\b(?i:{_OFFICES})\s+of\s+$")
# ... and one whose portfolio may have a "the" ("Speaker of the House").
_OFFICE_OF_THE = re.compile(rf"\b(?i:{_OFFICES}|speaker)\s+of\s+(?:the\s+)?$")


def mentions_from_spans(spans: Iterable[Span]) -> tuple[Mention, ...]:
    """Group one article's spans into mentions, one per name key, in key order."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    for span in spans:
        key = name_key(span.name)
        forms[key][span.name] += 1
        labels[key][span.label] += 1
        cues[key].update(span.cues)
    mentions = []
    for key in sorted(forms):
        kinds: Counter[str] = Counter()
        for label, n in labels[key].items():
            kinds[kind_of_label(label)] += n
        name = most_common(forms[key])
        mentions.append(
            Mention(
                name=name,
                kind=most_common(kinds),
                count=sum(forms[key].values()),
                aliases=tuple(sorted(f for f in forms[key] if f != name)),
                forms=_pairs(forms[key]),
                labels=_pairs(labels[key]),
                cues=_pairs(cues[key]),
            )
        )
    return tuple(mentions)


def most_common(counter: Counter[str]) -> str:
    """The most frequent item; ties go to the longer, then alphabetically first one."""
    return min(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def _pairs(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items()))


# spaCy needs memory in proportion to the length of what it is given at once (a batch of
# 32 texts; docs/reliability.md has the figures) and refuses texts over 1,000,000
# characters (E088), so longer texts go through the model in pieces of at most this many
# characters, cut after a line or else a space; their entities are put back at their places
# in the whole text. Shorter texts (nearly all articles) are one piece, as before.
PIECE = 10_000


def extract_spans(texts: Iterable[str], model: str) -> Iterator[list[Span]]:
    """Canonical spans for each text, in order, using spaCy's batched pipe."""
    nlp = load_model(model)
    pieces = (
        (piece, (text, offset, last))
        for text in texts
        for offset, piece, last in text_pieces(text, PIECE)
    )
    ents: list[tuple[int, int, str]] = []
    for doc, (text, offset, last) in nlp.pipe(pieces, batch_size=32, as_tuples=True):
        ents.extend((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
        if last:
            yield doc_spans(text, ents)
            ents = []


def text_pieces(text: str, size: int) -> Iterator[tuple[int, str, bool]]:
    """(offset, piece, whether it is the last) of `text` cut into pieces of at most `size`
    characters, each ending after a line break or else a space where there is one."""
    start = 0
    while True:
        end = start + size
        if end >= len(text):
            yield start, text[start:], True
            return
        cut = text.rfind("\n", start, end)
        if cut <= start:
            cut = text.rfind(" ", start, end)
        if cut > start:
            end = cut + 1
        yield start, text[start:end], False
        start = end


def extract_mentions(texts: Iterable[str], model: str) -> Iterator[tuple[Mention, ...]]:
    """Mentions for each text, in order."""
    for spans in extract_spans(texts, model):
        yield mentions_from_spans(spans)
