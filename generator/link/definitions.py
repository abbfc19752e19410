"""Names an article defines as one: abbreviations and "also known as".

"the Federal Aviation Administration (FAA)" and "FAA (Federal Aviation Administration)"
define an abbreviation, found with the Schwartz–Hearst algorithm (Schwartz and Hearst,
"A simple algorithm for identifying abbreviation definitions in biomedical text", 2003):
a short form in brackets, two to ten characters, at most two words, whose characters are
found in order, right to left, in the words just before the brackets, its first character
opening a word. "Mumbai, also known as Bombay", "Kyiv (formerly Kiev)", "Saigon, known
locally as Ho Chi Minh City", "Olivier Corel, nicknamed the White Emir", "the Islamic
State, which is also known as ISIS or ISIL" define other names, and so does a gloss in
square brackets after a name ("DAESH [ISIS]") or a gloss after a quotation on the name it
quoted ("“... by Daesh, against France,” Mr. Hollande said, using an Arabic name for
Islamic State"). A town, a comma and a US state's abbreviation in the news agencies'
style ("Birmingham, Ala.", "Boulder, Colo.") define the state's name, and a town with
initials after a comma that GeoNames spells as one city's name ("Washington, D.C.") the
town's. "the former Michelle Robinson" and "Michelle Obama (born Michelle Robinson)" define
a person's name before marriage, and "Trimaan "Harry" Dhillon" a nickname of the person
whose surname follows it.

What an article defines holds across the corpus: the link stage files both names under
one entity wherever they occur (`generator.link.merge`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from generator.analyse.mentions.boundaries import function_words
from generator.analyse.mentions.cues import ORGANISATION_WORDS
from generator.link.countries import country_of
from generator.link.gazetteer import (
    Place,
    geonames,
    is_city_named_with,
    is_us_state,
    place_strength,
)
from generator.link.name_lists import is_given_name
from generator.link.voting import technical_term
from generator.text.abbreviations import best_long_form
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import clean_name, name_key

# How a name before marriage or at birth is defined: it joins only a person (`merge`).
BIRTH_NAME = "a name before marriage or at birth"
NICKNAME = "a nickname in quotation marks inside a person's name"

# "(FAA)", "(Federal Aviation Administration)": what brackets hold, on one line.
_BRACKETS = re.compile(r"\(([^()\n]{1,120})\)")
_WORD = re.compile(r"\S+")
# Capitalised words, with the connectors names have ("Bank of England", "Abu Bakr al-Baghdadi").
_NAME = r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|the|de|du|al|el|la|le|von|van|and)\s+)*[A-Z][\w'’.&-]*)*"
_NAME_AT_END = re.compile(rf"{_NAME}$")
_NAME_AT_START = re.compile(_NAME)
# What stands between two names of one thing: ", also known as", " (formerly", ", aka",
# "nicknamed", "dubbed"; a person's age may come first ("Olivier Corel, 69, nicknamed the
# White Emir"), and a dash may open the clause as a comma does ("Amarmandakh Sukhbaatar -
# who is known as Amraa"). ", also called" needs its comma and its "also": "Obama also
# called Putin" is a telephone call.
_ANOTHER_NAME = re.compile(
    r"(?:\s*,\s*\d{1,3}(?=\s*,))?(?:"
    r"\s*(?:[,(]|\s[-–—])?\s*(?:(?:which|who)\s+(?:is|are|was|were)\s+)?"
    r"(?:(?:also|locally|formerly|previously|once|otherwise|widely|popularly|better)"
    r"\s+)?(?:known|called|named)\s+(?:locally\s+)?as\s+(?:the\s+)?(?=[A-Z])"
    r"|\s*[,(]\s*(?:formerly|previously|once|aka|a\.k\.a\.)\s+(?:the\s+)?(?=[A-Z])"
    r"|\s*[,(]\s*(?:(?:which|who)\s+(?:is|are|was|were)\s+)?also\s+(?:called|named)\s+"
    r"(?:the\s+)?(?=[A-Z])"
    r"|\s*[,(]?\s*(?:nicknamed|dubbed)\s+(?:the\s+)?(?=[A-Z]))"
)
# Every way through `_ANOTHER_NAME` has one of these words ("nicknamed" has "named"): a text
# without them is not searched. The pattern opens with optional spaces and punctuation, so
# the engine tries its branches at every position of the text.
_ANOTHER_NAME_WORDS = tuple("known called named formerly previously once aka a.k.a. dubbed".split())
_SENTENCE_END = re.compile(r"(?<=\w\w)\.\s+")
# "also known as ISIS or ISIL": each name of the list is another name.
_OR_ANOTHER = re.compile(r",?\s+or\s+(?:the\s+)?(?=[A-Z])")


def _is_short_form(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(text) <= 10
        and len(words) <= 2
        and text[0].isalnum()
        and any(c.isalpha() for c in text)
        and any(c.isupper() for c in text)
    )


# "the centrist Democratic Party (DIKO)", "such Boeing (BA)": capitals in brackets after a
# name that abbreviate it in another language, or a stock ticker, whose letters are not all
# in the name (Schwartz–Hearst finds no long form).
_CODE = re.compile(r"[A-Z]{2,6}")


# A dateline before an agency's code in brackets: names apart by commas, alone from the
# line's start ("Havana, Cuba (CNN)", "Chao Hu, Anhui, China (CNN)"); its letters may
# spell the code, by chance ("Chao Hu, Anhui, China" holds C, N, N in order).
_PLACE_WORDS = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_DATELINE = re.compile(rf"{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})+")


def _coded_name(text: str, line_start: int, end: int) -> str | None:
    # The name just before the brackets, from its first word that opens with the code's
    # first letter ("the centrist Democratic Party (DIKO)": "Democratic Party"), when no
    # other letter says what the code is: the first letter must be the name's. A name that
    # opens its line is a dateline's town ("Cuba (CNN) -- "), not the code's name.
    code_letter = text[end + 1]
    start = max(line_start, end - 100)
    name = _NAME_AT_END.search(text[start:end].rstrip())
    if not name or not text[line_start : start + name.start()].strip():
        return None
    words = _SENTENCE_END.split(name.group())[-1].split()
    for i, word in enumerate(words):
        if word[0] == code_letter:
            return " ".join(words[i:])
    return None


def abbreviations(text: str) -> list[tuple[str, str]]:
    """(long form, short form) for each abbreviation the text defines in brackets."""
    found = []
    for match in _BRACKETS.finditer(text):
        inner = match.group(1).strip()
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].rstrip()
        if _DATELINE.fullmatch(before.strip()):
            continue
        if _is_short_form(inner):
            # "long form (SF)": the long form is at most min(|SF| + 5, 2|SF|) words long.
            limit = min(len(inner) + 5, 2 * len(inner))
            words = [w.group() for w in _WORD.finditer(before)][-limit:]
            long = best_long_form(inner, " ".join(words))
            if long and len(long) > len(inner) and " " in long:
                found.append((long, inner))
            elif _CODE.fullmatch(inner):
                long = _coded_name(text, line_start, match.start())
                if long:
                    found.append((long, inner))
        else:
            # "SF (long form)": the short form is the word before the brackets.
            words = before.split()
            if words and _is_short_form(words[-1]) and words[-1].isupper():
                long = best_long_form(words[-1], inner)
                if long and len(long.split()) <= len(words[-1]) + 5:
                    found.append((long, words[-1]))
    return found


def other_names(text: str) -> list[tuple[str, str]]:
    """(name, other name) for each "also known as", "known locally as", "formerly",
    "nicknamed", "dubbed"."""
    found = []
    if not any(word in text for word in _ANOTHER_NAME_WORDS):
        return found
    for match in _ANOTHER_NAME.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = _NAME_AT_END.search(text[max(line_start, match.start() - 100) : match.start()])
        after = _NAME_AT_START.match(text, match.end())
        if before and after and not _before_a_noun(text, after.end()):
            # A name does not run across the end of a sentence ("Director-General. Mumbai").
            name = _SENTENCE_END.split(before.group())[-1]
            if _of_a_noun_before(text, match, line_start, match.start() - len(name)):
                continue
            found.append((name, after.group()))
            more = _OR_ANOTHER.match(text, after.end())
            while more and (after := _NAME_AT_START.match(text, more.end())):
                if not _before_a_noun(text, after.end()):
                    found.append((name, after.group()))
                more = _OR_ANOTHER.match(text, after.end())
    return found


# A lower-case word, then where it is, right before a name.
_IN_A_PLACE = re.compile(r"\b[a-z]{3,}\s+(?:in|near|outside|from)\s+(?:the\s+)?$")


def _of_a_noun_before(text: str, cue: re.Match, line_start: int, name_start: int) -> bool:
    # "the powerful Shia militia in Iraq known as Hashid Shaabi", "a town near Mosul known
    # as": a common noun, then where it is, then the cue with no comma or bracket: the
    # other name is the noun's, not the place's. With a comma it may be the place's ("grew
    # up in Kolkata, formerly known as Calcutta"), and a capitalised word before "in" is a
    # name ("Mumbai in Maharashtra and Khambhat (also known as Cambay)").
    if any(c in cue.group() for c in ",(-–—"):
        return False
    return bool(_IN_A_PLACE.search(text, max(line_start, name_start - 40), name_start))


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_VERBS_OF_SAYING = frozenset({"said", "says", "told"})


def _before_a_noun(text: str, end: int) -> bool:
    # "Mark Felt, who was known as Watergate scandal informant", "the blaze, known as the
    # Rock House fire": a name before a lower-case word that is no function word ("is",
    # "in", "said") describes that word, which is what the other name is about. A body's
    # word names the body still: "the Church of Jesus Christ of Latter-day Saints, also
    # known as the Mormon church".
    after = _WORD_AFTER.match(text, end)
    return after is not None and not (
        after.group(1) in function_words()
        or after.group(1) in _VERBS_OF_SAYING
        or after.group(1) in ORGANISATION_WORDS
    )


# "an act committed by a terrorist army, DAESH [ISIS], against": the writer's or an editor's
# gloss in square brackets, right after a name, that is a name itself.
# "He [Obama] said": a pronoun's gloss says who it is, not another name of a name.
_PRONOUNS = frozenset("he she it they we i you this that these those his her their".split())
_GLOSS = re.compile(rf"\s*\[\s*(?:the\s+)?({_NAME})\s*\]")


def glosses(text: str) -> list[tuple[str, str]]:
    """(name, name in square brackets after it) for each gloss: "DAESH [ISIS]"."""
    found = []
    if "[" not in text:
        return found
    for match in _GLOSS.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = _NAME_AT_END.search(text[max(line_start, match.start() - 100) : match.start()])
        name = _SENTENCE_END.split(before.group())[-1] if before else ""
        if name and name.casefold() not in _PRONOUNS and not _where(match.group(1)):
            found.append((name, match.group(1)))
    return found


def _where(gloss: str) -> bool:
    # "we'll be racing in Sepang [Malaysia]": a country or a US state (the country table
    # holds both) in brackets after a town's or a venue's name says where it is.
    return country_of(gloss) is not None


# "“... a jihadist army, by Daesh, against France,” Mr. Hollande said, using an Arabic name
# for Islamic State": the writer glosses a name the speaker used. The gloss follows the
# speaker's clause in the same sentence, after a closing quotation mark.
_QUOTE_GLOSS = re.compile(
    r",\s+using\s+(?:an?|the|another|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:name|acronym|term|word|nickname|abbreviation)\s+for\s+(?:the\s+)?({_NAME})"
    # ... the name itself, not a word qualifying a noun ("an alternate acronym for the
    # Islamist terror group": a description, no name of the group).
    r"(?![\w'’.&-]|\s+(?!(?:in|on|at|of|and|or|to|from|with|by|as|since|after|before|when|while|"
    r"who|which|that|is|was|are|were|has|had|have)\b)[a-z])"
)
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”\"]")
_OPENING_QUOTES = '“"'
# A sentence ends in the speaker's clause ("Mr." is a title, no end).
_CLAUSE_END = re.compile(r"(?<=[a-z]{3})[.!?]\s")
_SPEAKER_CLAUSE = 120  # characters between the quotation's end and the gloss, at most


def _dictionary_word(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return (
        word.casefold() in _PRONOUNS
        or is_common_word(word)
        or is_proper_word(word)
        or is_proper_word(singular)
    )


def quoted_names(text: str) -> list[tuple[str, str]]:
    """(name, glossed name) for a gloss after a quotation: "“... by Daesh, against France,”
    Mr. Hollande said, using an Arabic name for Islamic State"."""
    found = []
    for match in _QUOTE_GLOSS.finditer(text):
        clause_start = max(0, match.start() - _SPEAKER_CLAUSE)
        closing = list(_CLOSING_QUOTE.finditer(text, clause_start, match.start()))
        if not closing:
            continue
        end = closing[-1].start()
        clause = text[closing[-1].end() : match.start()]
        if any(c in clause for c in _OPENING_QUOTES + "\n") or _CLAUSE_END.search(clause):
            continue
        start = max(text.rfind(q, 0, end) for q in _OPENING_QUOTES)
        if start < 0 or "\n" in text[start:end]:
            continue
        # Which name of the quotation the gloss is of: the one that is no place the
        # gazetteer knows ("France" is itself) and no word of the dictionary ("It", a
        # sentence's first word; "Islamists", a people); none or several, and the gloss
        # says nothing.
        glossed = match.group(1).rstrip(".")
        names = [
            name
            # "Daesh and Boko Haram" are two names here.
            for found_name in _NAME_AT_START.finditer(text, start + 1, end)
            if not text[found_name.start() - 1].isalnum()  # not "Phone" of "iPhone"
            for name in found_name.group().split(" and ")
            if name_key(name) != name_key(glossed)
            and place_strength(name) is Place.NONE
            and not (" " not in name and _dictionary_word(name))
        ]
        if len(names) == 1:
            found.append((names[0], glossed))
    return found


# "the former Michelle Robinson", "his bride, the former Priscilla Beaulieu", "Michelle Obama
# (born Michelle Robinson)", "née": a person's name before marriage or at birth. "First-born"
# and "Australian-born" are no such cue.
_BIRTH_NAME = re.compile(
    r"(?:\b[Tt]he\s+former|\bn[ée]e|(?<![\w-])born)\s+((?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][\w’'-]+)\b"
)
_BIRTH_NAME_WORDS = ("former", "born", "née", "nee")
# A given name and one or two capitalised words: the full names a text writes.
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+((?:[A-Z][a-z’'-]+\s+)?[A-Z][\w’'-]+)")


def birth_names(text: str) -> list[tuple[str, str]]:
    """(name, name before marriage or at birth) for each "the former", "born" or "née" before
    a full name whose first word is a given name: of the name just before it in brackets
    ("Michelle Obama (born Michelle Robinson)"), else of the one full name the text writes
    with the same given name and another surname ("Priscilla Presley will ... his bride, the
    former Priscilla Beaulieu"). Several such names, or none, and the cue says nothing."""
    found: list[tuple[str, str]] = []
    if not any(word in text for word in _BIRTH_NAME_WORDS):
        return found
    others: dict[str, set[str]] | None = None
    for match in _BIRTH_NAME.finditer(text):
        birth = match.group(1)
        given, surname = birth.split()[0], birth.split()[-1]
        if not is_given_name(given) or is_common_word(surname):
            continue
        before = text[max(0, match.start() - 100) : match.start()].rstrip()
        if before.endswith("("):
            name = _NAME_AT_END.search(before[:-1].rstrip())
            if name and " " in name.group():
                found.append((_SENTENCE_END.split(name.group())[-1], birth))
            continue
        if others is None:
            others = defaultdict(set)
            for full in _FULL_NAME.finditer(text):
                others[full.group(1)].add(full.group())
        current = {name for name in others.get(given, ()) if name.split()[-1] != surname}
        if len({name.split()[-1] for name in current}) == 1:
            found.append((min(current, key=len), birth))
    return found


# "Lance Corporal Trimaan "Harry" Dhillon", "Mike 'Sugar Bear' Thompson", "Kimani (Kiki)
# Gray": a nickname in quotation marks or brackets between a given name and a surname.
_QUOTED_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+)\s+([\"“'‘(])([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})[\"”'’)]\s+"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def quoted_nicknames(text: str) -> list[tuple[str, str]]:
    """(nickname, surname) and (full name, nickname) for each nickname the text writes in
    quotation marks or brackets inside a person's name ("Trimaan "Harry" Dhillon ...
    Dhillon, 26, denied murder", "Kimani (Kiki) Gray"): the model tags the three words
    apart, and the surname alone is the person the nickname names. The given name or the
    nickname must be a given name of the lists, and the nickname no country or city: a
    driver's country in brackets between his name and his team's ("Hamilton (Britain)
    Mercedes") is none. The surname must be no common word ("the Bobby "Boots" Black
    shop"), unless the text writes it again after a nickname in brackets ("Kimani (Kiki)
    Gray ... Gray, 16,"): a quoted title may stand there ("Mark "Deep Throat" Felt",
    where the film's title would take the person's page with it)."""
    found: list[tuple[str, str]] = []
    if not any(q in text for q in "\"“‘'("):
        return found
    for match in _QUOTED_NICKNAME.finditer(text):
        given, mark, nickname, surname = match.groups()
        if (
            (
                is_common_word(surname)
                and not (mark == "(" and _written_again(surname, text, match.end()))
            )
            or not (is_given_name(given) or is_given_name(nickname.split()[0]))
            or place_strength(nickname) >= Place.CITY
            or country_of(nickname)
        ):
            continue
        if " " not in nickname:
            # A nickname of two words or more is no one's by a surname alone: "Mike 'Sugar
            # Bear' Thompson" and "Lee 'Uncle Poodle' Thompson" are brothers.
            found.append((nickname, surname))
        found.append((f"{given} {surname}", nickname))
    return found


def _written_again(word: str, text: str, after: int) -> bool:
    # Whether the text writes the capitalised `word` after the name it closes.
    return re.search(rf"\b{re.escape(word)}\b", text[after:]) is not None


# "Birmingham, Ala., to Chicago", "near Boulder, Colo.": a town, a comma and a US state's
# abbreviation in the news agencies' style, three letters or more and a dot.
_STATE_AFTER_TOWN = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s([A-Z][a-z]{2,4})\.")


@lru_cache(maxsize=1)
def _state_names() -> tuple[str, ...]:
    return tuple(sorted(state["name"] for state in geonames("us_states").values()))


def _spelt_within(short: str, long: str) -> bool:
    # "fla" in "florida": the same first letter, then the others in order.
    if not long.startswith(short[0]):
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def state_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, US state) for each state the text writes after a town in the news
    agencies' style ("Birmingham, Ala.", "Boulder, Colo.", "Miami, Fla."): its letters
    are the start of the state's name, or its first letter and others in order, and of
    no other state's name unless the text names that state in full ("Ala." is Alabama's or
    Alaska's: "near the Alabama border" says which)."""
    found = []
    if ", " not in text:
        return found
    for match in _STATE_AFTER_TOWN.finditer(text):
        short = match.group(1).casefold()
        if len(short) >= 4 and is_us_state(short):
            continue  # "Austin, Texas": the state's own name
        of = [s for s in _state_names() if _spelt_within(short, s.casefold().replace(" ", ""))]
        if len(of) > 1:
            of = [s for s in of if re.search(rf"\b{s}\b", text)]
        if len(of) == 1:
            found.append((match.group(1), of[0]))
    return found


# "Washington, D.C.", "Washington , DC", "Washington, D.C" (the dot lost at a sentence's
# end): a town, a comma and two or three capitals with or without dots.
_INITIALS_AFTER_TOWN = re.compile(
    r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s?,\s((?:[A-Z]\.){1,2}[A-Z]\.?|[A-Z]{2,3})(?![\w-])"
)


def city_initials(text: str) -> list[tuple[str, str]]:
    """(initials, town) for each town the text writes with initials after a comma that
    GeoNames gives as a part of the one city's name ("Washington, D.C.": "D.C." is
    Washington); and (town and initials, town), for the model may tag them as one name.
    "Austin, TX" and "Boulder, CO" define nothing: GeoNames spells no city so."""
    found = []
    if ", " not in text:
        return found
    for match in _INITIALS_AFTER_TOWN.finditer(text):
        words, initials = match.group(1).split(), match.group(2)
        # The capitalised words before the comma may open with others ("Visit Washington,
        # D.C."): the longest run of their last words that GeoNames spells so.
        for n in range(len(words)):
            town = " ".join(words[n:])
            if is_city_named_with(town, initials):
                found.append((initials, town))
                found.append((f"{town} {initials}", town))
                break
    return found


# Words a number follows to make a name ("Interstate 95", "Route 66", "Ligue 1", "Terminal
# 5"): the model often stops before the number, and what it keeps names nothing. Not
# "Flight": "Malaysia Airlines Flight" is the airline's (`merge`).
_NUMBERED = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+){0,3}(?:Route|Highway|Interstate|Freeway|Ligue|Terminal|Channel))"
    r"\s+\d{1,4}[A-Z]?\b(?![-–:.,]\d)"
)
NUMBERED = "a name cut before its number ('Interstate 95', 'Ligue 1')"


def numbered_names(text: str) -> list[str]:
    """The names cut before their number in `text`: for "North Dakota Highway 1806", the
    words before the number that end with the numbering word ("North Dakota Highway",
    "Dakota Highway", "Highway")."""
    found: list[str] = []
    for match in _NUMBERED.finditer(text):
        words = match.group(1).split()
        while words[0].casefold() in function_words():
            # "The Ligue 1 side": the sentence's first word is no part of the name.
            words = words[1:]
        found.extend(" ".join(words[i:]) for i in range(len(words)))
    return found


def defined_pairs(text: str, _: None = None) -> tuple[tuple[str, str, str], ...]:
    """The name-key pairs an article defines as one entity, with how:
    (key, key, "abbreviation" | "also known as"); and (key, "", why) for an abbreviation
    the article defines by common words, and for a name cut before its number, which are no
    names."""
    pairs = []
    for how, found in (
        ("abbreviation", abbreviations(text)),
        ("also known as", other_names(text)),
        ("a gloss in square brackets", glosses(text)),
        ("a gloss after a quotation", quoted_names(text)),
        ("a US state's abbreviation", state_abbreviations(text)),
        ("a city's initials after its name", city_initials(text)),
        (BIRTH_NAME, birth_names(text)),
        (NICKNAME, quoted_nicknames(text)),
    ):
        for first, second in found:
            if how == "abbreviation" and first.islower():
                # "a micro control unit (MCU)": an abbreviation of common words is a term.
                pairs.append((name_key(second), "", "an abbreviation of common words"))
                continue
            if how == "abbreviation" and technical_term(first):
                # "Multi Format Codec (MFC)": the abbreviation of a technical term is one.
                pairs.append((name_key(second), "", "an abbreviation of a technical term"))
                continue
            a, b = _key(first), _key(second)
            if a and b and a != b:
                pairs.append((a, b, how))
    pairs.extend((name_key(name), "", NUMBERED) for name in dict.fromkeys(numbered_names(text)))
    return tuple(pairs)


def _key(text: str) -> str:
    cleaned = clean_name(text, "ORG")
    return name_key(cleaned[0]) if cleaned else ""
