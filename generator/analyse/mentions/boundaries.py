"""Completing names the model cut short: "Goetschl" in "Renate Goetschl", "Hwang Sun" in
"Hwang Sun Hong", "Maccabi Petah" in "Maccabi Petah Tikva".

The small model often tags only part of a capitalised run. A span is widened over the
capitalised words right beside it on the same line, at most two each side, unless a word is
a common one (an English stop word, or a word this article also writes in lower case), a
title or role ("President", "Minister": those are not part of the name), a month or
weekday, or already part of another entity. All-caps spans (headlines, tables) and the
model's nationality labels are left alone: there every word is capitalised or the next word
is a noun ("Italian President").
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache

from generator.analyse.mentions.cues import CLUB_WORDS, ORGANISATION_WORDS, ROLE_NOUNS
from generator.analyse.mentions.labels import LABEL_KINDS
from generator.text.abbreviations import best_long_form
from generator.text.lexicon import is_common_word, is_plain_word
from generator.text.names import (
    NOT_NAMES,
    PERSON_TITLES,
    SECTION_LABEL,
    abbreviated_in_brackets,
    after_titles,
    is_name,
    name_key,
    title_key,
)

_MAX_WORDS = 2  # per side
# The model's labels of a person, and of a place ("GPE", "LOC"; not a building's "FAC").
_PERSON_LABELS = frozenset({"PERSON", "PER"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Roles written before a name besides the person titles ("Trade Representative X").
_ROLE_WORDS = ("chief", "representative", "deputy", "vice", "head")
_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"
_NEXT_WORD = re.compile(rf" ({_WORD})(?=[\s,.;:)]|$)")
_PREVIOUS_WORD = re.compile(rf"(?:^|(?<=[\s(]))({_WORD}) $")
_POSSESSIVE_END = re.compile(r"['’`]\s?s$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r" [A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Where a sentence starts, a capitalised word is no evidence of a name.
_SENTENCE_END = ".!?\"'“”‘’"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    title_words = {w for title in (*PERSON_TITLES, *_ROLE_WORDS) for w in name_key(title).split()}
    return function_words() | NOT_NAMES | title_words


def lowercase_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case (to tell names from capitalised words)."""
    return frozenset(_LOWER_WORD.findall(text))


def complete(
    text: str, spans: Sequence[tuple[int, int, str]], common: Container[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """The model's (start, end, label) spans over `text`, in order, widened to whole names.

    `common` holds words this article writes in lower case (see `lowercase_words`).
    """
    spans = _join_halves(text, _join_particles(text, sorted(spans)))
    result = []
    runs: frozenset[str] | None = None
    for index, (start, end, label) in enumerate(spans):
        if _widenable(text[start:end], label):
            limit = spans[index + 1][0] if index + 1 < len(spans) else len(text)
            floor = result[-1][1] if result else 0
            wide_start, wide_end = _widen(text, start, end, floor, limit, common)
            before, after = text[wide_start:start], text[end:wide_end]
            own = text[start:end].split()
            left = before and (label in _PERSON_LABELS or label in _PLACE_LABELS)
            right = after.count(" ") == 2 and label in _PLACE_LABELS
            if (left or right) and _names_itself(own):
                runs = _capitalised_runs(text) if runs is None else runs
                # Two words or more the article writes elsewhere as a name of their own are
                # that name, not part of this one: before a person or a place ("West Brom
                # Craig Dawson"; "Gideon Rachman Paris attacks", a headline after its
                # author's name, which the widening takes "Rachman" of), two after a place
                # ("Paris Gideon Rachman"). A person's surnames after a given name are
                # written alone ("Aung San Suu Kyi", "Suu Kyi"), and so are the places that
                # end a club's name ("Red Bull Salzburg").
                taken = before.strip()
                if left and ((" " in taken and taken in runs) or _run_before(text, start) in runs):
                    wide_start = start
                if right and after.strip() in runs:
                    wide_end = end
            start, end = wide_start, wide_end
            if label == "ORG":
                end = _kind_of_body_after(text, end, limit, common)
                end = _office_of_a_title(text, start, end, limit)
        result.append((start, end, label))
    return result


# A run of capitalised words, as long as it goes (one space between words): "Gideon Rachman"
# on a line of its own, "West Brom" in "West Brom defender Craig Dawson".
_CAPITAL_WORD = r"[A-Z][\w'’-]*"
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_CAPITAL_WORD}(?: {_CAPITAL_WORD})*")


def _names_itself(words: list[str]) -> bool:
    """Whether the model's span is a name without the words beside it: its words (a leading
    "the" aside) open and end capitalised ("Paris", "Craig Dawson"; not "the neo-Nazi"
    before "Golden Dawn", nor "the Journal of Sexuality Research and" before "Social
    Policy")."""
    if words and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


_RUN_BEFORE = re.compile(rf"(?<![\w'’-]){_CAPITAL_WORD}(?: {_CAPITAL_WORD})+ $")


def _run_before(text: str, start: int) -> str | None:
    """The run of two capitalised words or more that ends right before `start`, on its
    line (None if there is none)."""
    line_start = text.rfind("\n", 0, start) + 1
    found = _RUN_BEFORE.search(text, max(line_start, start - 80), start)
    return found[0][:-1] if found else None


def _capitalised_runs(text: str) -> frozenset[str]:
    """Every maximal run of capitalised words the text writes (one pass over the article)."""
    return frozenset(_CAPITALISED_RUN.findall(text))


# "Ursula von der Leyen", "Schalk van der Merwe", "Charles de Gaulle": a family name's
# particle in lower case, which the model often takes for the end of the person's name
# ("Ursula" a person and "Leyen" a place).
_PARTICLES = r"(?:von|van|de|du|da|del|della|di|dos|das|bin|ibn|ter|ten|zu)"
_PARTICLE_NAME = re.compile(
    rf" {_PARTICLES}(?: (?:der|den|de|la|le|los|las|du))? ({_WORD})(?=[\s,.;:)]|$)"
)
# ... or the particle ends the model's span ("Ursula von").
_PARTICLE_END = re.compile(rf" {_PARTICLES}(?: (?:der|den|de|la|le|los|las|du))?$")


def _join_particles(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's span followed by a particle and a capitalised word is widened over them,
    and the model's span of that word, if any, goes (it is the same name)."""
    result: list[tuple[int, int, str]] = []
    index = 0
    while index < len(spans):
        start, end, label = spans[index]
        index += 1
        limit = text.find("\n", end)
        found = None
        if label in _PERSON_LABELS:
            cut = _PARTICLE_END.search(text, start, end)
            found = _PARTICLE_NAME.match(
                text, cut.start() if cut else end, len(text) if limit < 0 else limit
            )
        if found and (index == len(spans) or spans[index][0] >= found.start(1)):
            end = found.end(1)
            while index < len(spans) and spans[index][0] < end:
                end = max(end, spans[index][1])
                index += 1
        result.append((start, end, label))
    return result


# "the Maritime and Coastguard Agency", "Kapiolani Maternity and Gynecological Hospital": the
# model cuts a name with "and" in it into two organisations. The second half ends in a word
# organisations are named by (not a club's: "Arsenal and Manchester United" are two), the
# first has none ("Cornwall Council and Natural England" are two) ...
_HALF_ENDS = ORGANISATION_WORDS - CLUB_WORDS
# ... or the two halves are the long form of the abbreviation in brackets after them ("HM
# Revenue and Customs (HMRC)").
_BRACKETED_AFTER = re.compile(r" ?\(([A-Za-z]{2,8})\)")


def _join_halves(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two organisations of the model joined by "and" are one name when the second ends in
    an organisation word and the first has none, or an abbreviation in brackets right after
    them abbreviates both, and the article names the first half nowhere else alone: the
    model's two halves of "the Maritime and Coastguard Agency"."""
    result: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if result and (
            _halves(text, result[-1], (start, end, label))
            or _cut_after_and(text, result[-1], (start, end, label))
            or _person_split(text, result[-1], (start, end, label))
        ):
            result[-1] = (result[-1][0], end, label)
            continue
        result.append((start, end, label))
    return result


# The model's first half of a name that takes the name's "and" with it, the rest its next
# span right after: "Chicago's Bouchet Math and Science Academy" ("Bouchet Math and",
# "Science Academy"), "the Clarence J. Brown Dam and Reservoir". No name ends in "and", so the
# first span is cut short; the next is its rest when the words either side of the "and" are
# dictionary words (what a school, a dam or an agency is named for: "Math and Science",
# "Dam and Reservoir") and the first half names no body ("the Federal Aviation Administration
# and Department of Justice" are two; "the Cyber Berkut and Anonymous International" too).
_AND_END = re.compile(r"\s(?:and|&)$")


def _cut_after_and(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    if first[2] != second[2] or first[2] in _PERSON_LABELS or text[first[1] : second[0]] != " ":
        return False
    one, two = text[first[0] : first[1]], text[second[0] : second[1]]
    words, after = one.split()[:-1], two.split()[0]
    return (
        _AND_END.search(one) is not None
        and len(words) >= 2
        and not {w.casefold() for w in words} & ORGANISATION_WORDS
        and words[-1][:1].isupper()
        and after[:1].isupper()
        and is_common_word(words[-1])
        and is_common_word(after)
    )


def _halves(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    if first[2] != "ORG" or second[2] != "ORG" or text[first[1] : second[0]] != " and ":
        return False
    one, two = text[first[0] : first[1]], text[second[0] : second[1]]
    if not (is_name(one) and is_name(two) and one[:1].isupper() and two[:1].isupper()):
        return False
    if {w.casefold() for w in one.split()} & ORGANISATION_WORDS:
        return False
    whole = f"{one} and {two}"
    if text.count(one) != text.count(whole):
        return False
    if two.split()[-1].casefold() in _HALF_ENDS:
        return True
    short = _BRACKETED_AFTER.match(text, second[1])
    return bool(short) and best_long_form(short[1], whole) == whole


def _person_split(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    # "President Abdu Rabu Mansour Hadi": the model's two people one space apart are one
    # long name it split (CNN: "Abdu Rabu" and "Mansour Hadi", a place page of 7 reports)
    # where the article calls the person by the second's last word alone ("Hadi said") and
    # never by the first's, nor writes the first elsewhere. Two names run together are two
    # where the first is someone's own ("Joan Rivers' Fox Network": "Rivers said"), or the
    # second no one's ("Chuck Jones Looney Tunes", "Chun King Chow Mein"). Four words is as
    # long as such a name goes.
    if first[2] not in _PERSON_LABELS or second[2] not in _PERSON_LABELS:
        return False
    if text[first[1] : second[0]] != " ":
        return False
    one, two = text[first[0] : first[1]], text[second[0] : second[1]]
    words, rest = one.split(), two.split()
    return (
        len(words) <= 2
        and len(words) + len(rest) <= 4
        and all(w[:1].isupper() and w[-1:].isalpha() for w in (*words, *rest))
        and text.count(one) == 1
        and _alone(text, rest[-1]) > text.count(two)
        and _alone(text, words[-1]) == text.count(one)
    )


def _alone(text: str, word: str) -> int:
    # How often the article writes the word as a word of its own, alone or in a name.
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text))


# Marks no single name holds in the middle, the cheap test before the patterns below.
_RUN_MARKS = frozenset('"“”,.()')
# A quotation's end glued to the next sentence ("Chris Boardman\"Latham had"): a quote mark
# with no space before it and a capital after it (a nickname's quotes are spaced: Susan
# "Nunu" Bell).
_GLUED_QUOTE = re.compile(r'(?<=[^\s"“”])["“”](?=[A-Z])')
# Two names of a list ("Braley, Atkinson", "Schmeichel, Schwarzer"); not a name that lists
# its founders with "and" or "&" after its commas ("Technology, Entertainment and Design"),
# nor "Washington, D.C", "King, Jr." or "Apple, Inc." (no lower-case letter, or a suffix).
_LIST_COMMA = re.compile(r",\s+(?=[A-Z][a-z])")
_AFTER_COMMA_SUFFIXES = frozenset({"jr", "sr", "inc", "ltd", "llc", "llp", "plc", "co", "corp"})
# A sentence's end inside the span: a full stop, then a function word opening the next
# sentence ("the Nexus 5 or Moto X. I'm still"); "George A. Papandreou", "U.S. Senate" and
# "Whitney M. Young" have a name after the dot.
_SENTENCE_STOP = re.compile(r"\.\s+([A-Z][a-z]*)(?:['’][a-z]+)?(?=\s|$)")
# Brackets inside a span: a pair ("WASHINGTON (Kyodo) Kurt Campbell"), or a closing one
# glued to the next word (the dateline "(CNN)" glued to the first sentence: "CNN)Sofia
# Vergara"). A span that starts inside brackets and goes on after a space is a name an
# editor completed ("Mr (Jose) Mourinho"): one name. An opening bracket the span does not
# close is left to `names.canonical_forms` (a name and its abbreviation: "Nursing and
# Midwifery Council (NMC").
_BRACKET = re.compile(r"\s*\(\s*|\s*\)\s*")


def cut_runs(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's (start, end, label) spans, each that runs over punctuation no single name
    holds cut there: a quote mark glued between two words ("Chris Boardman\"Latham"), a comma
    between capitalised names ("Braley, Atkinson"), or brackets that abbreviate nothing
    ("WASHINGTON (Kyodo) Kurt Campbell"). Each piece keeps the label (the names among them
    are checked by `names.canonical_forms`); a piece that is one function word opens the
    sentence after the cut and goes ("CNN)An unmanned"). A span across a sentence's end
    ("Moto X. I'm") goes: the model read two sentences as one name, and its label is no
    evidence for either."""
    result = []
    for start, end, label in spans:
        raw = text[start:end]
        cuts = [] if _RUN_MARKS.isdisjoint(raw) else _run_cuts(raw)
        if cuts is None:
            continue
        if not cuts:
            result.append((start, end, label))
            continue
        at = 0
        for cut_start, cut_end in [*cuts, (len(raw), len(raw))]:
            between = raw[at:cut_start]
            piece, s = between.strip(), start + at + len(between) - len(between.lstrip())
            at = cut_end
            if any(c.isalpha() for c in piece) and piece.casefold() not in function_words():
                result.append((s, s + len(piece), label))
    return result


# Words that open a sentence and end no name: a caption or a paragraph that ends without
# its full stop runs into the next sentence, whose first word the model takes into the name
# before it ("Disney World However, the court heard", "Leeds United The club",
# "Swansea Meanwhile", "KIA Oval Using"). Determiners, pronouns, conjunctions, sentence
# adverbs and prepositions; not "A" or "I" (a letter ends "Serie A", "World War I"), "Now"
# ("Google Now"), "One" ("League One") nor any noun spaCy counts a stop word ("Front",
# "Side", "Show").
_SENTENCE_OPENERS = frozenset(
    "the this these those that he she they we his her their its our however meanwhile "
    "elsewhere but although though while whilst when despite after before since during "
    "instead also yet then there in on at for with from by as if towards using".split()
)
_OPENER_AT_END = re.compile(r"(?<=\w)\s+([A-Z][a-z]*)$")
# Prepositions and conjunctions that open sentences and that spaCy's stop words lack
# ("Unlike Punta Cana, the resort ...", "Despite Barack Obama's ...").
_PREPOSITIONS = frozenset(
    "unlike beneath amid amidst despite inside outside near underneath alongside versus like "
    "whilst till".split()
)


def is_function_word(word: str) -> bool:
    """Whether a word (any case) is a function word: one of spaCy's English stop words or
    a preposition or conjunction they lack (`_PREPOSITIONS`)."""
    folded = word.casefold()
    return folded in function_words() or folded in _PREPOSITIONS


def without_sentence_openers(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The model's spans, each that ends in a word opening the next sentence cut before it
    (`_SENTENCE_OPENERS`: "Disney World However" is "Disney World")."""
    result = []
    for start, end, label in spans:
        found = _OPENER_AT_END.search(text, start, end)
        if found and found.start() > start and found.group(1).casefold() in _SENTENCE_OPENERS:
            end = found.start()
        result.append((start, end, label))
    return result


def without_section_labels(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The model's spans, each that opens a line with a site's label of the kind of piece
    (`names.SECTION_LABEL`) cut after it: "Analysis Isis" is "Isis"."""
    result = []
    for start, end, label in spans:
        found = SECTION_LABEL.match(text, start, end)
        if found and not text[text.rfind("\n", 0, start) + 1 : start].strip():
            start = found.end()
        result.append((start, end, label))
    return result


# "Joaquin "El Chapo" Guzman", "Mike 'Sugar Bear' Thompson": a nickname in quotation marks
# between a given name and a surname.
_NICKNAMED = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([\"“‘'])"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}[\"”’'] ([A-Z][\w'’-]*[a-z])(?![\w'’-])"
)


def with_nicknames(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans, those within a name with a nickname in quotation marks between its
    given name and its surname made one person's span over the whole ("Mike 'Sugar Bear'
    Thompson", which the model splits into two organisations at the quotation marks;
    `names.clean_name` then leaves the nickname out). The model must have tagged part of
    it, and neither name may be a plain word of the dictionary or a function word: a
    title-case headline quotes a work's title between its words ("Drama 'Outcast' Lands")."""
    result = list(spans)
    for found in _NICKNAMED.finditer(text):
        first, last = found.group(1), found.group(3)
        if not (_name_like(first) and _name_like(last)):
            continue
        start, end = found.span()
        inside = [span for span in result if span[0] < end and span[1] > start]
        if not inside or any(s < start or e > end for s, e, _ in inside):
            continue
        result = [span for span in result if span not in inside]
        result.append((start, end, "PERSON"))
    return sorted(result)


def _name_like(word: str) -> bool:
    # No function word ("The"), and no dictionary word unless it is also a proper word
    # ("Mike", "Lee"; not "Drama", "Lands").
    return word.casefold() not in function_words() and not is_plain_word(word)


def _run_cuts(raw: str) -> list[tuple[int, int]] | None:
    """Where (start, end) in a span's text a run of names is cut, in order; None where the
    span runs across a sentence's end."""
    if ". " in raw:
        for found in _SENTENCE_STOP.finditer(raw):
            word = found[1].casefold()
            before = raw[: found.start()].split()
            if (
                (len(word) > 1 or found.end() > found.end(1))
                and word in function_words()
                and before
                and not title_key(before[-1])
            ):
                return None
    cuts = []
    if '"' in raw or "“" in raw or "”" in raw:
        cuts.extend(found.span() for found in _GLUED_QUOTE.finditer(raw))
    if "," in raw:
        for found in _LIST_COMMA.finditer(raw):
            rest = raw[found.end() :]
            word = rest.split(None, 1)[0].strip(".").casefold()
            if " and " not in rest and "&" not in rest and word not in _AFTER_COMMA_SUFFIXES:
                cuts.append(found.span())
    if ")" in raw and not abbreviated_in_brackets(raw):
        opened = None
        for found in _BRACKET.finditer(raw):
            if "(" in found[0]:
                opened = found.span()
            elif opened or found[0] == ")":
                cuts.extend([opened, found.span()] if opened else [found.span()])
                opened = None
    return sorted(cuts)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English function words (spaCy's stop words: "the", "until", "while", "two")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _widenable(span: str, label: str) -> bool:
    return (
        label in LABEL_KINDS
        and any(c.islower() for c in span)
        and span[:1].isalnum()
        and span[-1:].isalnum()
        and not _POSSESSIVE_END.search(span)  # "Putin's Russia" is two names
    )


def _widen(
    text: str, start: int, end: int, floor: int, limit: int, common: Container[str]
) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for _ in range(_MAX_WORDS):
        found = _NEXT_WORD.match(text, end, min(line_end, limit))
        if not found:
            break
        # A possessive ends the name, its word the name's last ("at Sergio Asenjo's near
        # post": the model's "Sergio" alone, a place), unless a capitalised word follows:
        # then it is inside a body's name ("the Bristol District Attorney's Office").
        word = found.group(1)
        owner = word[:-2] if word[-2:] in ("'s", "’s") else None
        if owner and _CAPITAL_AFTER.match(text, found.end(1)):
            break
        if not _name_word(owner or word, common):
            break
        end = found.start(1) + len(owner or word)
        if owner:
            break
    for _ in range(_MAX_WORDS):
        found = _PREVIOUS_WORD.search(text, max(line_start, floor), start)
        if not found or not _name_word(found.group(1), common):
            break
        before = text[line_start : found.start(1)].rstrip()
        if not before or before[-1] in _SENTENCE_END:
            break
        start = found.start(1)
    return start, end


# Two capitalised words after an organisation's span, the second a word for a body: "A Royal
# New Zealand Air Force Orion first spotted" (the model's "Royal New Zealand").
_TWO_WORDS = re.compile(rf" ({_WORD}) ({_WORD})(?=[\s,.;:)]|$)")


def _kind_of_body_after(text: str, end: int, limit: int, common: Container[str]) -> int:
    """The end of an organisation's span widened over a dictionary word and a word for a
    body after it ("Air Force", "Football Club"), which `_widen` stops at when the article
    writes the first in lower case ("air") or it may open a title ("Air Marshal"); a
    function word or a month is none, and one word alone ("BBC" before "News") is left as
    the model says."""
    line_end = text.find("\n", end)
    found = _TWO_WORDS.match(text, end, min(limit, len(text) if line_end < 0 else line_end))
    if (
        found is None
        or found.group(2).casefold() not in ORGANISATION_WORDS
        or found.group(1).casefold() in function_words()
        or found.group(1).casefold() in NOT_NAMES
    ):
        return end
    return found.end(2)


# A body's name ending in "of the" and a word, then a title that ends the name where no
# other name follows: "Office of the Press Secretary" on a line of its own (ECB+: the
# model's "Office of the Press"), "the Office of the Prime Minister said". A title the
# widening stops at, as it is no part of a person's name; here it is the office's. Not
# before a person's name: "the Ministry of the Interior Minister Bernard Cazeneuve".
_OF_THE_END = re.compile(r"\bof the [A-Z][\w'’-]*$")
_TITLE_AFTER = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|\s*$| [a-z])")


def _office_of_a_title(text: str, start: int, end: int, limit: int) -> int:
    """The end of an organisation's span widened over the title that ends it after "of the"
    and a word ("Office of the Press Secretary")."""
    if not _OF_THE_END.search(text, start, end):
        return end
    line_end = text.find("\n", end)
    found = _TITLE_AFTER.match(text, end, min(limit, len(text) if line_end < 0 else line_end))
    if found is None or not title_key(found.group(1)):
        return end
    return found.end(1)


def _name_word(word: str, common: Container[str]) -> bool:
    # Each part of a compound counts: "Secretary-General", "Vice-President" are titles.
    stop = _stop_words()
    return not any(
        part in stop or part in common for part in re.split(r"[-'’]", word.casefold()) if part
    )


# What opens a list of names before a span with "and" inside: "between", which pairs two
# names ("The gap between Caley Thistle and Motherwell"), or a list's comma right after
# another name the model tags ("such as the World Cup, Women’s World Cup and Champions
# League", where the model tags "the World Cup"). A name with
# "and" inside is written after neither ("at the Maritime and Coastguard Agency", "of
# Thailand's Geo-Informatics and Space Technology Development Agency"). A list of common
# words the model tags one or two of ("Calculator, ChatON, Clock, Google+, Memo and Voice
# Recorder": apps) is no list of names, and "such as" opens lists of anything (a camera's
# modes, "such as Animated Photo, Sports Shot and Sound & Shot").
_BETWEEN = re.compile(r"\b(?i:between)\s+(?:the\s+)?$")
_LIST_COMMA_BEFORE = re.compile(r",\s+(?:the\s+)?$")
_OPENER_WINDOW = 40
# A list's "and" inside the span, and its commas when it has one ("Caley Thistle, Ross County
# and Motherwell").
_LIST_JOINS = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# A span followed by another "and" of the list holds no list's last "and": "between Bosnia
# and Herzegovina and Serbia", "Tesco, Marks and Spencer and Asda".
_AND_AFTER = re.compile(r"\s*,?\s*and\s")
_THE = re.compile(r"(?:the\s+)?", re.IGNORECASE)


def cut_lists(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each that a list holds whole cut into its names: a span
    with "and" inside, after "between" or after a list's comma right after another span, and
    with no other "and" of the list after it. The model reads a list's last two names,
    joined by its "and", as one name: "The gap between Caley Thistle and Motherwell" (two
    clubs), "such as the World Cup, Women’s World Cup and Champions League" (the model's two
    names, which `complete` joins as halves of one). Each piece keeps the label; a list
    whose pieces do not all open with a capital is left whole, as are the model's places
    ("Trinidad and Tobago")."""
    result = []
    for index, (start, end, label) in enumerate(spans):
        raw = text[start:end]
        if (
            " and " not in raw
            # The model's places are left alone: "Trinidad and Tobago", "Bosnia and
            # Herzegovina" are listed so ("Jamaica, Trinidad and Tobago and Barbados").
            or label in _PLACE_LABELS
            or not _opens_list(text, start, spans[index - 1][1] if index else -1)
            or _AND_AFTER.match(text, end)
            or _portfolio(raw)
        ):
            result.append((start, end, label))
            continue
        pieces, at = [], len(_THE.match(raw)[0])
        for found in [*_LIST_JOINS.finditer(raw, at), None]:
            cut = len(raw) if found is None else found.start()
            pieces.append((start + at, start + cut))
            if not raw[at:cut][:1].isupper():
                pieces = []
                break
            at = len(raw) if found is None else found.end()
        if len(pieces) > 1:
            result.extend((s, e, label) for s, e in pieces)
        else:
            result.append((start, end, label))
    return result


# "Department of Health and Human Services", "Ministry of Trade and Industry", "Secretary of
# Health and Human Services": a body's or an office's portfolio joins dictionary words with
# "and" after its "of".
_OFFICE_HEADS = frozenset({"secretary", "minister"})
_PORTFOLIO = re.compile(
    r"^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+of\s+[A-Z][\w-]*\s+and\s+(.+)$"
)


def _portfolio(raw: str) -> bool:
    # One body's name, not two: its head says what kind of body or office it is and the
    # words after "and" are dictionary words naming no body of their own ("the Ministry of
    # Defence and the Foreign Office", "the Bank of England and Barclays" are two).
    found = _PORTFOLIO.match(raw)
    if found is None:
        return False
    head = raw[: raw.index(" of ")].split()
    rest = found.group(1).split()
    return (
        bool({w.casefold() for w in head} & (ORGANISATION_WORDS | _OFFICE_HEADS))
        and len(rest) <= 3
        and all(is_plain_word(w) for w in rest)
        and not {w.casefold() for w in rest} & ORGANISATION_WORDS
    )


def _opens_list(text: str, start: int, previous_end: int) -> bool:
    """Whether "between" or a list's comma right after the span ending at `previous_end`
    stands right before `start`."""
    window = max(0, start - _OPENER_WINDOW)
    if _BETWEEN.search(text, window, start):
        return True
    comma = _LIST_COMMA_BEFORE.search(text, max(window, previous_end), start)
    return comma is not None and comma.start() == previous_end


# A body's officers named by their office, in capitals, beside the roles of the people's
# titles and occupations: "Illinois House Speaker Michael Madigan", "EU Enlargement
# Commissioner Johannes Hahn".
_ROLE_ENDS = ROLE_NOUNS | {"speaker", "commissioner"}
# The titles only people are addressed by, which the name of a body never ends in.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "messrs"})


def without_roles(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, without the model's names of bodies or places that end
    in a person's role right before the person's name: "BBC Business Reporter Rebecca
    Marston said" (dev4), "Australian Air Commodore John McGarry said" (dev6). The words
    before the role name a desk, a service or a chamber cut short ("BBC Business",
    "Australian Air"), not a name of their own, so the span goes. A courtesy title is the
    person's, and the body's name before it is whole: "Speaking outside of the Court of
    Appeal Mr Beavis said" keeps "the Court of Appeal". A span of one word is left alone
    (a title alone, "Manager Tony Pulis", is the model's to read)."""
    result = []
    for index, (start, end, label) in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        words = text[start:end].split()
        last = words[-1].rstrip(".").casefold() if words else ""
        if (
            following is None
            or label in _PERSON_LABELS
            or following[2] not in _PERSON_LABELS
            or following[0] != end + 1
            or text[end] != " "
            or len(words) < 2
            or last not in _ROLE_ENDS
        ):
            result.append((start, end, label))
        elif last in _HONORIFICS:
            result.append((start, text.rindex(" ", start, end), label))
    return result


def people_after_titles(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each of the model's bodies or places that runs on over a
    person's title into a name of two words or more cut into the body and the person:
    "Army Spc Caleb Barnes", "Cottonwood Police Sgt Jeremy Daniels", "Navy Rear Adm.
    Sinclair Harris" (CNN) are the service and its officer. The body keeps the model's
    label, the name after the title is a person's; a title that opens the span is left to
    the model ("Prince William County"), and so is a name that ends in a body's or a place's
    word ("the Hotel President Wilson Hotel")."""
    result = []
    for start, end, label in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        cut = None
        if label not in _PERSON_LABELS and label in LABEL_KINDS and len(words) >= 4:
            cut = _officer_title(words)
        if cut is None or cut[1] > len(words) - 2:
            result.append((start, end, label))
            continue
        name = [w.group() for w in words[cut[1] :]]
        if not all(w[:1].isupper() for w in name) or any(
            w.casefold() in _BODY_OR_PLACE_ENDS for w in name
        ):
            result.append((start, end, label))
            continue
        result.append((start, start + words[cut[0] - 1].end(), label))
        result.append((start + words[cut[1]].start(), end, "PERSON"))
    return result


def _officer_title(words: Sequence[re.Match[str]]) -> tuple[int, int] | None:
    # Where the first person's title inside the span opens and the name after its titles
    # starts (words' indexes), the span's first word and its last two no title's; not a
    # title that names things ("King Power").
    for i in range(1, len(words) - 2):
        if name_key(words[i].group()) in _NAMING:
            continue
        for j in range(min(len(words) - 2, i + 3), i, -1):
            if title_key(" ".join(w.group() for w in words[i:j])):
                return i, _after_more_titles(words, j)
    return None


def _after_more_titles(words: Sequence[re.Match[str]], at: int) -> int:
    # Past the titles that follow one another ("Lt Gen", "Det. Supt."), two words of the
    # name left at least.
    while at < len(words) - 2 and title_key(words[at].group()):
        at += 1
    return at


# The words of a body's or a place's name, which no person's name has ("King Power
# Stadium", "Department of Justice Civil Rights Division").
_BODY_OR_PLACE_ENDS = ORGANISATION_WORDS | frozenset(
    "street road avenue square park hotel county city town airport station bridge stadium "
    "arena museum tower cathedral temple castle palace division unit".split()
)
# Titles that name things after a sovereign, a saint or an office ("King Power", "Queen
# Mary", "Prince Edward Island", "Department of Justice"): no officer before a name.
_NAMING = frozenset("king queen prince princess justice lord lady father pope sir dame".split())


# A person's possessive inside the model's person: "Émile Zola’s Rougon-Macquart cycle",
# "Atletico’s Croatia forward Mario Mandzukic".
_OWNER = re.compile(r"(?<=\w)['’]s\s+(?=[A-Z])")


# A saint's name and its possessive, then the kind of place or institution named after the
# saint: "St James' Park", "St Botolph's Church", "St Mary's Hospital". The possessive is
# part of the name, not an owner's: the model stops its span at it ("St James'", a person)
# or calls the whole a person, whose possessive `cut_possessives` would cut.
_SAINTS_POSSESSIVE = re.compile(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w-]*['’]s?")
_SAINTS_BUILDING = re.compile(
    r" (?P<word>Park|Palace|Church|Cathedral|Square|Chapel|Abbey|Basilica|Gate|Road|Street|"
    r"Place|Gardens|Hall|Island|Bay|Priory"
    r"|(?P<body>Hospital|Infirmary|School|College|Academy|University))\b"
)


def saints_places(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each of a saint's name and its possessive widened over
    the place or institution named after the saint that follows ("St James'" before "Park"),
    and such a name the model called a person relabelled a building ("FAC") or, for a
    hospital, a school or a college, a body ("ORG"). A span of the model's that starts at
    that word ("St James's" before "Park Tube station") joins the saint's."""
    result: list[tuple[int, int, str]] = []
    taken = 0  # the next span joined the one before
    for index, (start, end, label) in enumerate(spans):
        if index < taken:
            continue
        # The building's word right after the possessive, after the span or ending it.
        owner = _SAINTS_POSSESSIVE.match(text, start, end) if text[start] == "S" else None
        after = _SAINTS_BUILDING.match(text, owner.end()) if owner else None
        if after is None or owner.end() < end != after.end():
            result.append((start, end, label))
            continue
        if label in _PERSON_LABELS:
            label = "ORG" if after.group("body") else "FAC"
        end = max(end, after.end())
        if index + 1 < len(spans) and spans[index + 1][0] < end:
            end = max(end, spans[index + 1][1])
            taken = index + 2
        result.append((start, end, label))
    return result


def cut_possessives(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each of the model's people with a possessive inside
    cut into the owner and what is owned, each keeping the label: "Zola’s Rougon-Macquart"
    (dev3: the writer and his cycle of novels), "Atletico’s Croatia" (a club and its
    player's country). What is owned is kept only where the article tags it elsewhere
    ("Harry Redknapp’s Portsmouth" beside "Portsmouth"): the model's person label is no
    evidence for it. A title whose first word is a function word is left whole ("Someone
    Else's Skin", a novel)."""
    tagged = {text[start:end] for start, end, _ in spans}
    result = []
    for start, end, label in spans:
        raw = text[start:end]
        found = _OWNER.search(raw) if label in _PERSON_LABELS and "s " in raw else None
        if (
            found is None
            or _OWNER.search(raw, found.end()) is not None
            or raw.split()[0].casefold() in function_words()
        ):
            result.append((start, end, label))
            continue
        result.append((start, start + found.start(), label))
        if raw[found.end() :] in tagged:
            result.append((start + found.end(), end, label))
    return result


# A lower-case word after a span that makes one English word with the span's last word: "The
# American Federation of Teachers Web site" ("website"), "the Adidas Smart watch"
# ("smartwatch"). The last word is the first half of a compound noun written in two, not a
# word of the name. An event's last word names its kind and compounds freely ("the Civil War
# ship", "warship"), so events are left alone, and so are function words after the span
# ("Hyde Park in", "parkin").
_LOWER_WORD_AFTER = re.compile(r" ([a-z]{2,})\b")
COMPOUND_ZIPF = 2.5


def without_compound_halves(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each whose last word and the lower-case word after it
    make one word of English (Zipf frequency `COMPOUND_ZIPF` or more in wordfreq's list)
    cut before that last word: "The American Federation of Teachers Web site" names "The
    American Federation of Teachers", "the Adidas Smart watch" "the Adidas". What is left
    must hold a word besides an article, and end in no function word."""
    result = []
    for start, end, label in spans:
        found = _LOWER_WORD_AFTER.match(text, end) if label != "EVENT" else None
        if found is not None and found[1] not in function_words():
            head, _, last = text[start:end].rpartition(" ")
            kept = [w for w in head.split() if w.casefold() not in ("the", "a", "an")]
            if (
                kept
                and kept[-1].casefold() not in function_words()
                and last.isalpha()
                and last[:1].isupper()
                and _one_word(last + found[1])
            ):
                end = start + len(head.rstrip())
        result.append((start, end, label))
    return result


def _one_word(word: str) -> bool:
    import wordfreq  # only here: its lists take a while to load

    return wordfreq.zipf_frequency(word.casefold(), "en") >= COMPOUND_ZIPF


# Reported speech with an outlet as the one told and no "that" before the clause: "A teacher
# told the Telegraph Hadfi, 20, was an unambitious loner", "Unnamed officials told the Korea
# Herald Samsung would exit". The model reads the outlet and the clause's subject as one
# name.
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
_CLAUSE_AFTER = re.compile(r" [a-z]|, \d{1,3},")


def cut_outlets_told(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each that is not a person's, right after "told" (or
    "the" after it), written once, with a lower-case word or an age after it, and whose last
    word the article tags elsewhere alone (not as a place) or as a person's last name, cut
    into the outlet and that name, which takes the label of the article's other span: "the
    Telegraph Hadfi" (dev3, beside "Bilal Hadfi") is "the Telegraph" and the person
    "Hadfi". A newspaper's own word ("told the New York Post was like", where the article
    writes "Post" alone too) and a name written twice are left whole."""
    result: list[tuple[int, int, str]] = []
    lasts: dict[str, str] | None = None
    for start, end, label in spans:
        raw = text[start:end]
        head, _, last = raw.rpartition(" ")
        if (
            label in _PERSON_LABELS
            or not head
            or head.casefold() == "the"
            or last.casefold() in ORGANISATION_WORDS
            or not _TOLD.search(text, max(0, start - 16), start)
            or not _CLAUSE_AFTER.match(text, end)
        ):
            result.append((start, end, label))
            continue
        core = raw[4:] if raw[:4].casefold() == "the " else raw
        if lasts is None:
            lasts = _last_words(text, spans)
        other = lasts.get(last)
        if other is None or text.count(core) != 1:
            result.append((start, end, label))
            continue
        result.append((start, start + len(head), label))
        result.append((end - len(last), end, other))
    return result


def titled_people(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans, each that is not a person's but a person's title
    before a name the article gives a person of two words or more (whole, or its last word)
    labelled a person: "Dr Fan said" (the model's organisation) beside "Dr Pengfei
    Fan" (dev7) is the biologist. Only a person's title says so; "Dr Pepper" with no Pepper
    among the article's people stays what the model said."""
    people: dict[str, set[str]] | None = None
    result = []
    for start, end, label in spans:
        raw = text[start:end]
        name = after_titles(raw) if label not in _PERSON_LABELS else raw
        if name != raw:
            if people is None:
                people = _people_named(text, spans)
            # The same words the model also read as a person's are no other person's name
            # ("Queen Bee Productions", a person and an organisation in one article).
            if people.get(name, set()) - {raw}:
                label = "PERSON"
        result.append((start, end, label))
    return result


def _people_named(text: str, spans: Sequence[tuple[int, int, str]]) -> dict[str, set[str]]:
    # The article's people named by two words or more, without their titles, and their
    # last words, each with the spans that name it. The model's person of one word is too
    # weak a sign: it reads "America" of "the Captain America movie" as one.
    found: dict[str, set[str]] = {}
    for start, end, label in spans:
        raw = text[start:end]
        name = after_titles(raw)
        if label in _PERSON_LABELS and " " in name:
            for form in (name, name.split()[-1]):
                found.setdefault(form, set()).add(raw)
    return found


def _last_words(text: str, spans: Sequence[tuple[int, int, str]]) -> dict[str, str]:
    """The label of each word the spans name alone (not as a place) or end a person's name
    with."""
    found: dict[str, str] = {}
    for start, end, label in spans:
        words = text[start:end].split()
        if len(words) == 1 and label not in _PLACE_LABELS:
            found.setdefault(words[0], label)
        elif len(words) > 1 and label in _PERSON_LABELS:
            found.setdefault(words[-1], label)
    return found
