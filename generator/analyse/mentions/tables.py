"""Teams in results tables and score lines that the model did not tag.

Sports pages list standings ("Hibernian 15 5 3 7 16 25 18") and scores ("Rangers 4 Hibernian
3", "New Jersey 110 BOSTON 108"). The model tags some of the names in such rows and misses
others. In a table of three rows or more whose tagged names are mostly organisations or
places (teams, or the cities they are named after), not people (a golf leaderboard), every
row's name is a team: the names the model missed are added as organisations. The context
cues then note where they stand (`cues.TEAM`).
"""

from __future__ import annotations

import re

from generator.text.lexicon import is_common_word

_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
_STANDINGS = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}[.=]?[ \t]+)?(?P<name>{_NAME})(?:[ \t]+\([^()\n]*\))?"
    r"(?:[ \t]+(?:-?\d+(?:[.:]\d+)*|\.\d+)){3,}[ \t]*$",
    re.MULTILINE,
)
_SCORE = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})[ \t]+\d{{1,3}}(?:[ \t]+\([^()\n]*\))?[ \t]+(?P<other>{_NAME})"
    r"[ \t]+\d{1,3}\b",
    re.MULTILINE,
)
_TEAM_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
_MIN_ROWS = 3


def missed_teams(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, "ORG") for each row name of a table of teams that no model span covers."""
    rows = [m.span("name") for m in _STANDINGS.finditer(text)]
    for match in _SCORE.finditer(text):
        rows += [match.span("name"), match.span("other")]
    if len(rows) < _MIN_ROWS:
        return []
    ents = sorted(ents)
    teams = people = 0
    missed = []
    for start, end in rows:
        labels = [label for s, e, label in ents if s < end and e > start]
        if not labels:
            missed.append((start, end, "ORG"))
        elif any(label in _TEAM_LABELS for label in labels):
            teams += 1
        else:
            people += 1
    return missed if teams > people else []


# A football line-up: a team, its formation and its players, "Swansea City (4-2-3-1): Vorm;
# Rangel, Caulker, Williams, Taylor; ... (Allen, 75)". Every name after the formation's colon
# on that line is a player, whatever the model says (it calls surnames towns and clubs).
_LINEUP = re.compile(r"\(\d(?:-\d){2,4}\)\s*:[^\n]*")


def lineups(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the players' part of each line-up line of `text`."""
    if "-" not in text:
        return []
    return [(m.start(), m.end()) for m in _LINEUP.finditer(text)]


# A squad or a team sheet written in prose: "Provisional squad: Myhill, Rose, Gamboa, ...,
# Dawson, ..., McAuley, ...", "Cardiff Blues: Morgan; Cuthbert, Lee-Lo, ...; Jenkins (capt),
# Dacey, Filise, Earle, ...", "In full: Adebayor (Togo), Barry (Hastings, UK), ...". Four names
# or more of one or two capitalised words apart by commas, semicolons or "and", a note in
# brackets allowed after each ("(capt)", a birthplace); the model calls such unknown surnames
# towns and firms. It is a list of people when two of its names or more are the surnames the
# article gives its people in full ("Craig Dawson", "Gareth McAuley", the model's PERSON): a
# list of towns or clubs ("Leeds, Burnley, Norwich and Derby") ends no two people's names.
# Three names are too few ("Spielberg, Lazar and Warners", CNN/DailyMail: a firm among them).
_SQUAD_NAME = r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?"
_SQUAD_ITEM = rf"{_SQUAD_NAME}(?:[ ]\([^()\n]{{1,40}}\))?"
_SQUAD = re.compile(rf"(?<![\w'’.-]){_SQUAD_ITEM}(?:(?:[ ]?[,;][ ]?|[ ]and[ ]){_SQUAD_ITEM}){{3,}}")
_SQUAD_NAMES = re.compile(rf"({_SQUAD_NAME})(?:[ ]\([^()\n]{{1,40}}\))?")
_MIN_SQUAD_SURNAMES = 2


def squad_lists(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The (start, end) offsets of each name of each list of `text` that names people by
    their surnames: four names or more, two of them or more the last words of full names
    (two words or more) the model calls people elsewhere in the text. A bracketed note
    after a name ("Adebayor (Togo)") is no name of the list."""
    surnames = set()
    for start, end, label in ents:
        words = text[start:end].split()
        if label == "PERSON" and len(words) > 1:
            surnames.add(words[-1])
    if len(surnames) < _MIN_SQUAD_SURNAMES:
        return []
    found = []
    for run in _SQUAD.finditer(text):
        names = [m.span(1) for m in _SQUAD_NAMES.finditer(text, run.start(), run.end())]
        if sum(text[slice(*name)] in surnames for name in names) >= _MIN_SQUAD_SURNAMES:
            found += names
    return found


# A specification table: a phone's or a car's data box, one row a line, a label and its values
# ("Weight 145 g (5.11 oz)", "Display: 5.1-inch Super AMOLED, 1920 x 1080", "Misc Colors Charcoal
# Black, Shimmery White"; the loader has made the cells' tabs spaces). Its cells name formats,
# standards, features and colours ("HSPA", "Push Mail", "W/kg", "Shimmery White") that the model
# tags as names. Prose is written in sentences, and a results table's rows open with the names of
# its teams or players, followed by counts (above); a specification row is no sentence, opens
# with a label that is an English word ("Weight", "Display", "Memory") and gives a measurement, a
# number with its unit or glued to letters ("145 g", "2800 mAh", "16MP", "5.1-inch", "1080 x
# 1920"; not "4 black models"). It is a table when five lines or more that end no sentence stand
# together (list items, "- Air gestures", between them are notes, and one other line is allowed),
# half of them or more open with such a label and a third or more give a measurement (the others
# say "Yes", "No" or name the formats): a timeline ("Monday: Met UK Prime Minister David Cameron
# in Paris"), an interview ("WSJ: What do you ...?") or a rugby report's scorers ("Penalties:
# Burke (2)") is none.
_DATA_LINE = re.compile(r"(?:[^\s]+[ \t]+){0,24}[^\s]*[^\s.!?:;\"”’'][ \t]*")
_MEASUREMENT = re.compile(
    r"\d(?:[.,/]?\d)*(?:[ ]?x[ ]?\d|-?[a-zA-Zµ%]|[ ](?!(?:a|an|as|at|by|in|is|it|of|on|or|to|up)\b)"
    r"[a-zA-Zµ%][a-zA-Z/]{0,2}\b)"
)
_LABEL = re.compile(r"[ \t]*([A-Za-z][a-z-]*)\b")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–][ \t]|$)")
_MIN_SPEC_ROWS = 5


def specification_rows(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each row of a specification table in `text`."""
    tables = []
    block: list[tuple[int, int]] = []
    stray = False
    for found in re.finditer(r"[^\n]+", text):
        line = found.group()
        if _LIST_ITEM.match(line):
            continue
        if _DATA_LINE.fullmatch(line):
            block.append(found.span())
            stray = False
        elif block and not stray:
            stray = True
        else:
            tables.append(block)
            block, stray = [], False
    tables.append(block)
    return [span for block in tables if _is_specification(text, block) for span in block]


def _is_specification(text: str, rows: list[tuple[int, int]]) -> bool:
    if len(rows) < _MIN_SPEC_ROWS:
        return False
    labelled = measured = 0
    for start, end in rows:
        label = _LABEL.match(text, start, end)
        labelled += bool(label and is_common_word(label.group(1)))
        measured += bool(_MEASUREMENT.search(text, start, end))
    return 2 * labelled >= len(rows) and 3 * measured >= len(rows)
