"""Fragments: a name the model cut out of a longer name in the same article; which of an
article's people sharing a surname it names first; and a given name the model cut from the
surname after it.

"Gulf" out of "Gulf Cooperation Council", "Defence Force" out of "Australian Defence Force":
when every place the article's text writes the shorter name is inside the longer one, the
shorter is no entity there. So is a name the model cut at "of" from a longer name it did
not tag ("Merit" of "the Order of Merit", "African Player" of "African Player of the
Year"), a word for one of a people counted like a noun ("a 40-year-old Muscovite,") and a
capitalised adjective before a noun ("a Gothic basilica"). The link stage drops that
article's record of it (step 5, `merge`); elsewhere the same spelling may still be a name
("the Gulf").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.analyse.mentions.boundaries import function_words
from generator.analyse.mentions.cues import CLUB
from generator.analyse.mentions.labels import kind_of_label
from generator.link.countries import is_demonym
from generator.link.gazetteer import Place, is_big_city, place_strength
from generator.link.name_lists import is_given_name, is_surname
from generator.link.records import Record, no_kind_cue, person_leaning
from generator.link.voting import PLACE_WORDS
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import PERSON_TITLES, name_key
from generator.text.words import stands_alone

REASON = "a fragment of a longer name in the same article"
COUNTED = "a word for one of a people, counted ('a 40-year-old Muscovite')"
ADJECTIVE = "an adjective of a people or a style before a noun ('a Gothic basilica')"
FIRST_NAMED = "the first person of that surname the article names"
CUT_GIVEN_NAME = "a given name the model cut from the surname after it"
NAMED_BEFORE = "the person of that name the article names last before each use of it"


def fragments(item: tuple[str, Mapping[str, Record]], _: None) -> tuple[tuple[str, str, str], ...]:
    """(key, "", why) for each key of an article's records that its text writes only inside
    a longer name of the same article."""
    text, records = item
    # Each run of words inside a longer key of the article, with the keys it is inside.
    inside_of: dict[tuple[str, ...], list[str]] = {}
    for other in records:
        words = other.split()
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                inside_of.setdefault(tuple(words[start : start + size]), []).append(other)
    found = []
    for key, rec in records.items():
        longer = inside_of.get(tuple(key.split()))
        if not longer:
            continue
        inside = _spans([f for other in longer for f in records[other].forms], text)
        alone = _spans(list(rec.forms), text)
        if alone and all(any(s >= a and e <= b for a, b in inside) for s, e in alone):
            found.append((key, "", REASON))
    found.extend((key, "", REASON) for key, rec in records.items() if _cut_at_of(rec, text))
    found.extend((key, "", REASON) for key, rec in records.items() if _cut_after_a_run(rec, text))
    found.extend((key, "", COUNTED) for key, rec in records.items() if _counted(rec, text))
    found.extend((key, "", ADJECTIVE) for key, rec in records.items() if _adjective(rec, text))
    return tuple(found)


# "One Briton - Nick Alexander - has been confirmed", "Elena, a 40-year-old Muscovite,
# spreads": one, a or an (and an age) before the word, and its phrase ending after it.
_COUNT_BEFORE = re.compile(r"(?<!\w)(?:[Oo]ne|[Aa]n?)\s+(?:[\w-]+-year-old\s+)?$")
# "The 23-year-old Briton will start 19th": "the", an age, and a verb after the word; a
# surname is written so too ("the 29-year-old Hamilton will start"), so not one.
_THE_AGED = re.compile(r"(?<!\w)[Tt]he\s+[\w-]+-year-old\s+$")
_VERB_AFTER = re.compile(r"\s+(?:will|would|was|is|has|had|can|could|may|must)\b")
# Not a comma before a capital: "a Southington, Ohio, mansion" is a town's.
_PHRASE_END = re.compile(r"\s*(?:[.;:!?)–—]|,(?!\s*[A-Z])|-\s|$)")


def _counted(record: Record, text: str) -> bool:
    # A word for one of a people counted like a noun ("a Muscovite", "one Briton", "the
    # 23-year-old Briton will"), which the country table does not derive (a city's
    # people, an old name's): one word, no given name and no place the gazetteer knows,
    # with a count before every use and nothing after it in its phrase. A name goes on
    # after the count ("a Paris court", "one Samsung spokesman").
    forms = _capitalised_forms(record)
    if not forms or any(" " in form or not form.isalpha() for form in forms):
        return False
    if is_given_name(forms[0]) or place_strength(forms[0]) is not Place.NONE:
        return False
    uses = _uses(forms, text)
    surname = is_surname(forms[0])
    return bool(uses) and all(
        (
            _COUNT_BEFORE.search(text, max(0, start - 40), start) is not None
            and _PHRASE_END.match(text, end) is not None
        )
        or (
            not surname
            and _THE_AGED.search(text, max(0, start - 40), start) is not None
            and _VERB_AFTER.match(text, end) is not None
        )
        for start, end in uses
    )


# "the Order of Merit", "the UN Office for the Co-ordination of Humanitarian Affairs": a
# capitalised word and "of" right before a use.
_OF_BEFORE = re.compile(r"([A-Z][\w’'-]*)\s+of\s+(?:the\s+)?$")
# An office "of" a body names the body ("Director of England Cricket").
_OFFICES = frozenset(
    "director secretary minister president head chief chairman governor mayor commissioner "
    "dean".split()
)
# "The four-time African Player of the Year", "PFA Team of the Year": an award by its
# period after the name.
_OF_THE_PERIOD = re.compile(r"\s+of\s+the\s+(?:Year|Month|Season|Decade|Tournament)\b")


def _cut_at_of(record: Record, text: str) -> bool:
    # A name the model cut at "of" out of a longer name it did not tag ("Merit" of "Order
    # of Merit", "Humanitarian Affairs", "African Player" of "African Player of the
    # Year"): every use of it in the article has a word of the dictionary and "of" before
    # it, or an award's period after it. Before "of" the name must end in a word of the
    # dictionary that is no surname ("the Friends of Dan Rose"), not open with a given name,
    # and not be a place the gazetteer knows ("the Bank of England") nor one the model
    # calls a place in every use: a region's name after a title or a word for a place ("the
    # Three Kings of Orient", Newsroom).
    forms = _capitalised_forms(record)
    if not forms or place_strength(forms[0]) is not Place.NONE:
        return False
    if record.labels and all(kind_of_label(label) == "place" for label in record.labels):
        return False
    words = forms[0].split()
    common = (
        words[-1].isalpha()
        and is_common_word(words[-1])
        and not is_surname(words[-1])
        and not is_given_name(words[0])
    )
    uses = _uses(forms, text)
    return bool(uses) and all(
        (common and _after_a_word_of(text, start)) or _OF_THE_PERIOD.match(text, end) is not None
        for start, end in uses
    )


# "partners Under Armour,", "unlike the HTC One Max,", "the Wings Over Scotland blog": one
# to three capitalised words right before a use, on its line, the run of a longer name
# that the model cut at a capitalised function word ("Under", "One", "Over"), where the
# widening of its span stops (`boundaries._name_word`).
_RUN_BEFORE = re.compile(r"(?<![\w’'&-])((?:[A-Z][\w’'&-]* ){1,3})$")
# Mid-sentence: a lower-case word, a digit or a comma before the run, so no sentence or
# heading opens with it ("South Africa But Stewart made clear", a full stop left out).
_MID_SENTENCE = re.compile(r"[a-z0-9,;] $")
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_WORDS = frozenset(word for title in PERSON_TITLES for word in name_key(title).split())


def _cut_after_a_run(record: Record, text: str) -> bool:
    # A one-word name that the article writes, in every use, after the same run of
    # capitalised words holding a function word ("Under Armour", "HTC One Max", "Wings
    # Over Scotland"), twice at least and once mid-sentence: the model tagged the end of
    # a longer name, no entity of its own there. A run that ends in an article ("In The
    # Times") leaves the name whole; a run with a given name or a surname ("Will Smith",
    # "Per" is in no list, but "Mertesacker" is written alone too) is a person's.
    forms = _capitalised_forms(record)
    if not forms or any(" " in form for form in forms):
        return False
    uses = _uses(forms, text)
    if len(uses) < 2:
        return False
    runs = set()
    mid_sentence = False
    for start, _ in uses:
        found = _RUN_BEFORE.search(text, max(0, start - 60), start)
        if found is None:
            return False
        runs.add(found.group(1))
        mid_sentence = mid_sentence or bool(
            _MID_SENTENCE.search(text, max(0, found.start() - 2), found.start())
        )
    if len(runs) != 1 or not mid_sentence:
        return False
    run = runs.pop().split()
    words = [word.casefold() for word in run]
    if words[0] in _ARTICLES:
        run, words = run[1:], words[1:]
    return (
        bool(words)
        and words[-1] not in _ARTICLES
        # A function word written as one ("Under", not the country's "US"); an article
        # opening the run is none ("The New York Times" is widened whole).
        and any(word.istitle() and word.casefold() in function_words() for word in run)
        # A title's word ("First Lady Michelle", "First Minister") is a person's.
        and not any(word in _TITLE_WORDS for word in words)
        and not any(is_given_name(word) or is_surname(word) for word in words)
    )


def _after_a_word_of(text: str, start: int) -> bool:
    # "Order of", "Co-ordination of": a word of the dictionary (its last part after a
    # hyphen) and "of" right before `start`; not a person's surname ("John Malachy McGurk
    # of Oakland Crescent", "Dr Richard Carlson of the Carnegie Institution for Science")
    # nor an office.
    match = _OF_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return False
    word = match.group(1).rsplit("-", 1)[-1]
    return is_common_word(word) and word.casefold() not in _OFFICES


def first_named(
    item: tuple[str, Mapping[str, Record]], _: None
) -> tuple[tuple[str, str, str], ...]:
    """(surname key, full name key, `FIRST_NAMED`) for each one-word key of an article's
    records that ends two or more of its longer names: the one its text writes first.

    News names an article's subject in full before a relative or a namesake ("Alessandra
    Mussolini ... her grandfather Benito Mussolini", "Bob Woolmer ... His father Clarence
    Woolmer"); the merges (`merge`) file the surname alone under that one.
    """
    text, records = item
    ends: dict[str, list[str]] = {}
    for key in records:
        words = key.split()
        if len(words) > 1:
            ends.setdefault(words[-1], []).append(key)
    found = []
    for key in records:
        owners = ends.get(key, []) if " " not in key else []
        if len(owners) < 2:
            continue
        first = {owner: _first_at(list(records[owner].forms), text) for owner in owners}
        ranked = sorted(owners, key=first.__getitem__)
        if first[ranked[0]] < first[ranked[1]]:
            found.append((key, ranked[0], FIRST_NAMED))
    found.extend(_cut_given_names(text, records))
    found.extend(_named_before(text, records))
    return tuple(found)


def _named_before(text: str, records: Mapping[str, Record]) -> list[tuple[str, str, str]]:
    # "Vladimir Frolov's parents took out two loans ... And now Vladimir has defaulted", in
    # an article that named President Vladimir Putin before him; "Benjamin Canet ... Canet
    # once was Secretary General" before his father Jacques Canet: a one-word name that
    # opens or ends two or more of the article's longer names stands, where the text writes
    # it alone, for the one of them written last before it, when that is one and the same
    # at each such place (`merge` joins it only where the model called it no person).
    owners: dict[str, list[str]] = {}
    for key in records:
        words = key.split()
        if len(words) > 1:
            for word in {words[0], words[-1]}:
                owners.setdefault(word, []).append(key)
    found = []
    for key, rec in records.items():
        if " " in key or len(owners.get(key, ())) < 2:
            continue
        spans = {owner: _spans(list(records[owner].forms), text) for owner in owners[key]}
        inside = [span for found_spans in spans.values() for span in found_spans]
        before = set()
        for start, end in _spans(list(rec.forms), text):
            if any(a <= start and end <= b for a, b in inside):
                continue
            last = max(
                (
                    (e, owner)
                    for owner, found_spans in spans.items()
                    for _, e in found_spans
                    if e <= start
                ),
                default=None,
            )
            before.add(last[1] if last else None)
        if len(before) == 1 and None not in before:
            found.append((key, before.pop(), NAMED_BEFORE))
    return found


def _cut_given_names(text: str, records: Mapping[str, Record]) -> list[tuple[str, str, str]]:
    # "chased down Adrian Teklinski", "after Alisher Usmanov increased his share": the
    # model calls the given name a place (or a nationality, an organisation) and the surname
    # alone a person. A one-word name the model calls no person, with no cue of a kind,
    # that is a given name of the lists or a word no list knows (`_given_name_or_unknown`)
    # but no country, state or big city ("Jordan Henderson", "Paris Hilton"), and that the
    # text writes only right before one surname alone of the article's people, is that
    # person's given name (`merge` joins them where all its articles say so).
    surnames = {
        key: rec.forms for key, rec in records.items() if " " not in key and person_leaning(rec)
    }
    # "Alfred Dreyfus and Lucie Eugénie Hadamard": the model's organisation "Lucie" before
    # its person "Eugénie Hadamard", who has a second given name: the first one was cut.
    surnames.update(
        (key, rec.forms)
        for key, rec in records.items()
        if " " in key
        and person_leaning(rec)
        and all(is_given_name(form.split()[0]) for form in rec.forms)
    )
    found = []
    for key, rec in records.items():
        if (
            " " in key
            or not surnames
            or person_leaning(rec)
            or not no_kind_cue(rec)
            or not all(_given_name_or_unknown(form) for form in rec.forms)
            or place_strength(key) is Place.REGION
            or is_big_city(key)
        ):
            continue
        after = set()
        for _start, end in _spans(list(rec.forms), text):
            rest = text[end : end + 60]
            after.add(
                next(
                    (
                        other
                        for other, forms in surnames.items()
                        if other != key and any(_starts_with_word(rest, f" {f}") for f in forms)
                    ),
                    None,
                )
            )
        owner = after.pop() if len(after) == 1 else None
        if owner is not None and (
            " " not in owner or all(is_given_name(form) for form in rec.forms)
        ):
            # Before a full name, a given name of the lists only: "Scientologist John
            # Travolta" is a word no list knows, and no name of his.
            found.append((key, owner, CUT_GIVEN_NAME))
    return found


def _given_name_or_unknown(form: str) -> bool:
    # A given name of the lists, or a word no list knows ("Alisher" is in none): not a
    # nationality ("French" is a given name too), a place the gazetteer knows or a word of
    # the dictionary.
    if is_demonym(form):
        return False
    return is_given_name(form) or (place_strength(form) is Place.NONE and not is_common_word(form))


def _capitalised_forms(record: Record) -> list[str]:
    """The spellings of a record that open with a capital, as the article writes them."""
    return [form for form in record.forms if form[:1].isupper()]


def _uses(forms: list[str], text: str) -> list[tuple[int, int]]:
    """Where `text` writes each of `forms` as a whole word, as `re.finditer` of
    `(?<!\\w)form(?!\\w)` finds them, form by form; without a pattern per form, which
    the regular-expression module would compile for each name of each article."""
    found = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if stands_alone(text, start, end):
                found.append((start, end))
                start = text.find(form, end)
            else:
                start = text.find(form, start + 1)
    return found


def _first_at(forms: list[str], text: str) -> int:
    # Where the text first writes one of the forms (its length if nowhere): as whole words,
    # or with a nickname in quotation marks after the first word, as a text introduces a
    # person ("Vincent "The Chin" Gigante", whose surname alone later is his, not his
    # brother Louis Gigante's, named further down).
    found = min((start for start, _ in _spans(forms, text)), default=len(text))
    if found < len(text) or not any(q in text for q in "\"“‘'"):
        return found
    for form in forms:
        first, _, rest = form.partition(" ")
        if rest:
            nicknamed = re.search(
                rf"(?<!\w){re.escape(first)}\s+[\"“‘'][^\"”’'\n]{{1,40}}[\"”’']\s+"
                rf"{re.escape(rest)}(?!\w)",
                text,
                re.IGNORECASE,
            )
            if nicknamed:
                found = min(found, nicknamed.start())
    return found


def _spans(forms: list[str], text: str) -> list[tuple[int, int]]:
    # Where the text writes each form as whole words, in any case: a dateline writes
    # "LONDON" for the name "London". Searched in the lower-cased text, not by a pattern
    # compiled per name (every record of every article asks); a text whose lower case
    # changes its length ("İ"), or a form not in ASCII, is searched by the pattern.
    spans = []
    lowered = text.lower()
    for form in forms:
        if form.isascii() and len(lowered) == len(text):
            spans.extend(_whole_word_spans(form.lower(), lowered))
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE):
            spans.append(match.span())
    return spans


def _whole_word_spans(needle: str, text: str) -> list[tuple[int, int]]:
    # What `re.finditer(r"(?<!\w)needle(?!\w)", text)` finds (no overlaps, left to right);
    # a word character is what `\w` is, a letter, a digit or "_".
    found = []
    at = text.find(needle)
    while at >= 0 and needle:
        end = at + len(needle)
        if not _word_char(text, at - 1) and not _word_char(text, end):
            found.append((at, end))
            at = text.find(needle, end)
        else:
            at = text.find(needle, at + 1)
    return found


def _starts_with_word(text: str, words: str) -> bool:
    # `re.match(r"words(?!\w)", text)`, without a pattern per name.
    return text.startswith(words) and not _word_char(text, len(words))


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


# "the Sumatran quake", "a Gothic basilica", "the Swadeshi (self-reliance) movement": a
# lower-case word after the name (a bracket between), that is no word that links or
# ends a phrase ("former club Celtic because he is").
_WORD_AFTER = re.compile(r"[ \t]+(?:\([^)]*\)\s+)?([a-z]+)\b")
_FUNCTION_WORDS = frozenset(
    "of and or nor but in on at to for from by with into over under about against after "
    "before since until than as so if when while because though although that who which "
    "whose where is was were are be been being has have had will would can could may might "
    "must shall should do does did not also then said says told".split()
)
# A place's noun after the word: "the Atlantic coast", "the Caribbean island of", "the
# Baltic states", "the Balkan route" name a sea or a region, which the labels count.
_PLACE_NOUNS_AFTER = PLACE_WORDS | frozenset(
    "coast coastline coasts shore shores waters seas states countries nations route border "
    "borders basin seaboard rim".split()
)
# The endings of English adjectives of peoples, places and styles: Sumatr-an, Goth-ic,
# Swadesh-i, Wel-sh, Nord-ic, Bibl-ical, Japan-ese, Muscov-ite. Not "-al" alone: "the
# Bengal region" is a place's.
_ADJECTIVE_END = re.compile(r"(?:an|ic|ical|sh|ese|i|ite)$", re.IGNORECASE)


def _adjective(record: Record, text: str) -> bool:
    # An adjective the dictionary capitalises (of a people, a place or a style) that the
    # model takes for a name: one word that Webster's Second lists capitalised, with an
    # adjective's ending, no given name, surname or place the gazetteer knows, and a
    # lower-case noun after every use ("a Gothic basilica", "the Sumatran quake"). Names
    # of places and firms are written before nouns too ("the Benelux countries", "the
    # Bengal region"), but do not end so; a sea's or a region's adjective before a place's
    # noun names it ("the Atlantic coast").
    forms = _capitalised_forms(record)
    if not forms or any(" " in form or not form.isalpha() for form in forms):
        return False
    # A club's cue says a name: "Celtic fans", "Celtic striker", written before a noun as
    # an adjective is. (Other cues do not: "the Swadeshi movement" has an organisation's.)
    if record.cues.get(CLUB):
        return False
    word = forms[0]
    if (
        _ADJECTIVE_END.search(word) is None
        or not is_proper_word(word)
        or is_given_name(word)
        or is_surname(word)
        or place_strength(word) is not Place.NONE
    ):
        return False
    uses = [end for _, end in _uses(forms, text)]
    return bool(uses) and all(
        (after := _WORD_AFTER.match(text, end)) is not None
        and after.group(1) not in _FUNCTION_WORDS
        and after.group(1) not in _PLACE_NOUNS_AFTER
        for end in uses
    )
