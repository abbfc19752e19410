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
