"""Context cues: the words around a mention that say what kind of thing it is.

"the city of X", "two miles north of X" and "UK-based" point to a place; "X fighters" and
"a spokesman for X" to an organisation; a title before the name ("foreign minister X") to a
person. Cues are counted per article and weighed against the model's labels at link time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

from generator.text.lexicon import is_common_word, is_plain_word, is_proper_word
from generator.text.names import PERSON_TITLES, name_key, title_key


class EndsIn:
    """A pattern that matches at the end of the text before a name (it ends in `$`), run only
    where that text can hold a match.

    Searching the text before a name, the regular-expression engine tries the pattern at
    every start position, and most mentions end in none of the words a cue needs. Every way
    through the pattern ends in one of `ends` (lower-case endings apart by spaces, compared
    without case: "ist" stands for "leftist" and "populist") and then whitespace only, or,
    with `line_start`, at the text's start or after a line break with only whitespace after
    it; so where the text stripped of its trailing whitespace ends in none of `ends` (and no
    line starts there), the pattern cannot match and is not run. A pattern that must contain
    one of `contains` somewhere is run only where the text does. Where the characters
    compared are not all ASCII the pattern is always run: the engine's matching without case
    pairs "ſ" with "s" and "K" (Kelvin) with "k", which `str.lower` does not. The results are
    the pattern's own; a new way through a pattern needs its ending here
    (`tests/analyse/test_cue_prefilters.py` checks every ending on generated matches).
    """

    __slots__ = ("_width", "contains", "ends", "line_start", "pattern")

    def __init__(
        self,
        pattern: re.Pattern[str],
        ends: str = "",
        *,
        line_start: bool = False,
        contains: tuple[str, ...] = (),
    ) -> None:
        self.pattern = pattern
        self.ends = tuple(ends.split())
        self.contains = contains
        self.line_start = line_start
        self._width = max(map(len, self.ends), default=0)

    def may_match(self, before: str) -> bool:
        """Whether the pattern can match `before` (False only where it cannot)."""
        if self.contains:
            if not before.isascii():
                return True
            low = before.lower()
            return any(w in low for w in self.contains)
        tail = before.rstrip()
        if self.line_start and (not tail or "\n" in before[len(tail) :]):
            return True
        end = tail[-self._width :] if self._width else ""
        return bool(self.ends) and (not end.isascii() or end.lower().endswith(self.ends))

    def search(self, before: str) -> re.Match[str] | None:
        """The pattern's match in `before`, as `re.Pattern.search` gives it."""
        # The common case, `may_match`'s last line inline (a call per pattern and mention).
        if self.ends and not self.contains and not self.line_start:
            end = before.rstrip()[-self._width :]
            if end.isascii() and not end.lower().endswith(self.ends):
                return None
            return self.pattern.search(before)
        return self.pattern.search(before) if self.may_match(before) else None


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|province|region|district|county|state|capital|suburb|"
    r"outskirts|north|south|east|west|northeast|northwest|southeast|southwest|miles|"
    r"kilometres|kilometers|km|coast|coasts|shores|port|streets|neighbourhood|neighborhood|"
    r"quarter|borough|municipality|commune|island|"
    # "the Ukrainian territory of Crimea", "the annexation of Crimea" (the model's ORG in 5
    # CNN reports): a land's, taken or held.
    r"territory|territories|peninsula|annexation|"
    # A mountain's or a volcano's parts: "the crater of Shinmoedake", "the slopes of Etna"
    # ("summit of" and "peak of" are said of meetings and careers too).
    r"craters?|slopes|foothills|flanks|"
    # "on the corner of Beretania and Punahou" (dev2: the model's person): streets.
    r"corner|intersection)\s+of|\bnear(?:by)?|\bcapital)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_BEFORE = EndsIn(_PLACE_BEFORE, "of near nearby capital the")
# A street's number before its name, after "at", "on" or "from": "at 1617 S. Beretania"
# (dev2: the model's person), "from 10 Downing Street". Two digits or more, and not a
# year's four ("on 2015 Chelsea kits").
_ADDRESS_BEFORE = re.compile(r"\b(?:at|on|from)\s+(?!(?:19|20)\d\d\b)\d{2,5}\s+$")
_ADDRESS_BEFORE = EndsIn(_ADDRESS_BEFORE, "0 1 2 3 4 5 6 7 8 9")
# A street's name is written in words, not capitals: "from 1100 BC" is a date.
_STREET_SHAPED = re.compile(r"[A-Z](?:[a-z]|\.\s)")
# A building named after someone is the building: "the temples of Baal Shamin and Bel".
# Not a tomb, which is named after whom it holds: "ISIS has blown up shrines such as the
# tomb of Jonah" names the prophet.
_BUILDINGS = ("temple", "cathedral", "church", "mosque", "shrine", "monastery", "tower")
_BUILDING_OF = re.compile(
    rf"\b(?i:{'|'.join(_BUILDINGS)})s?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}?"
    r"(?:(?:and|or)\s+)?$"
)
_BUILDING_OF = EndsIn(_BUILDING_OF, contains=_BUILDINGS)
# Buildings and venues: "the Bataclan concert hall", "Le Carillon bar" (the kind word in
# lower case; capitalised, it is part of the name).
_PLACE_AFTER = re.compile(
    # "a Woodburn-area bank", "her Lawncrest neighbors", "Woodburn residents": where
    # something is or someone lives ("-born" follows nationalities as often: "East
    # Timorese-born activist").
    r"^(?:-(?:based|area)\b|\s+(?:residents|neighbors|neighbours)\b"
    r"|\s+(?:province|governorate|region|district|state|county|port)\b"
    # "Chiba prefecture", "Kyushu island", "Ichihara city", "the Crimea peninsula": a kind
    # of place in lower case after the name ("Manchester City", "Rhode Island" are names).
    r"|\s+(?:prefecture|island|islands|peninsula|archipelago|oblast|city|town|village|"
    r"municipality|suburb)\b(?!\s+(?:of|council|hall)\b)"
    r"|\s+(?:concert\s+hall|music\s+hall|theatre|theater|stadium|arena|restaurant|bar|"
    r"caf[eé]|hotel|nightclub|temple|cathedral|mosque|tower|airport|square|bridge|venue|"
    # "the Casa Nostra pizzeria", "the Fukushima Daiichi nuclear power plant".
    r"pizzeria|brasserie|bistro|supermarket|(?:nuclear\s+)?power\s+(?:plant|station)|"
    r"nuclear\s+plant|"
    # "Valdebebas training ground", "Playa Grande golf course": a club's grounds.
    r"training\s+(?:ground|complex|centre|center|facility)|racecourse|golf\s+course)\b"
    # Where in a bigger place it is: "of Newham, east London", "Bydgoszcz, northern Poland"
    # (the compass word in lower case: "Arsenal, West Ham" are two names).
    r"|,\s+(?:north|south|east|west|central|mid|north-?east|north-?west|south-?east|"
    r"south-?west|northern|southern|eastern|western)\s+[A-Z])"
)
# A church or a ground named after a saint, cut before its kind: "St Patrick's Cathedral",
# "St James' Park", "St James's Palace" ("St Patrick's Day" is none of them).
# The words that open a saint's name ("St Patrick", "Saint-Ambroise", "San Siro").
SAINT_WORDS = ("St", "St.", "Saint", "Sainte", "San", "Santa", "Santo")
_SAINT_NAME = re.compile("(?:" + "|".join(map(re.escape, SAINT_WORDS)) + r")[\s-]")
_SAINTS_BUILDING_AFTER = re.compile(
    r"^['’]s?\s+(?:Cathedral|Church|Chapel|Abbey|Basilica|Minster|Palace|Park)\b"
)


def saints_building(name: str, after: str) -> bool:
    """Whether a saint's name is cut from the building or the ground named after the saint
    that follows it ("St Patrick" of "St Patrick's Cathedral")."""
    return bool(_SAINT_NAME.match(name) and _SAINTS_BUILDING_AFTER.match(after))


# A place's own features after its name: "the Honshu coast", "the Nankai trough". A
# nationality is written so too ("the Western Australian coast"), so the caller counts it
# only where the model does not say NORP; "border" and "area" follow people and companies
# too ("the Trump border wall", "the Disney area").
_FEATURE_AFTER = re.compile(r"^\s+(?:coast|coastline|shores?|trough|basin|delta|plateau|valley)\b")


def feature_after(after: str) -> bool:
    """Whether the text after a name names a feature of a place ("the Honshu coast")."""
    return bool(_FEATURE_AFTER.match(after))


# "in Copenhagen": usually a place, but also "a stake in Salomon Brothers", "in Arabic"; so
# it is a weaker cue of its own ("the" excluded: "in the Zimbabwe Open", "in the Holocaust").
_IN_BEFORE = re.compile(r"\bin\s+$")
_IN_BEFORE = EndsIn(_IN_BEFORE, "in")
# "interest in Teixeira", "their faith in Obama", "a stake in Salomon Brothers": an interest
# or a belief is in someone or something, not somewhere.
_INTEREST_IN_BEFORE = re.compile(
    r"\b(?i:interests?|interested|faith|confidence|trust|belief|believes?|believed|stakes?)"
    r"\s+in\s+$"
)
_INTEREST_IN_BEFORE = EndsIn(_INTEREST_IN_BEFORE, "in")
# "a defeat at Wembley", "an attack at Roissy": the same, with the guards below.
_AT_BEFORE = re.compile(r"\bat\s+$")
_AT_BEFORE = EndsIn(_AT_BEFORE, "at")
# Where one studies, works or plays is an organisation: "a Rhodes scholar at Oxford", "an
# analyst at Nomura", "his spell at Chelsea", "first-team players at Kilmarnock".
_AT_MEMBER_BEFORE = re.compile(
    r"\b(?:scholar|scholars|student|students|studied|studying|professor|lecturer|fellow|"
    r"educated|graduated|graduate|degree|taught|teaching|work|works|worked|working|employed|"
    r"job|jobs|analyst|analysts|executive|executives|economist|economists|engineer|"
    r"researcher|researchers|director|manager|chief|head|official|officials|staff|employee|"
    r"employees|career|stint|spell|spells|time|played|plays|playing|player|players|coach|"
    r"boss|captain|squad|team|signed|striker|midfielder|defender|goalkeeper|footballer)"
    r"\s+at\s+$",
    re.IGNORECASE,
)
_AT_MEMBER_BEFORE = EndsIn(_AT_MEMBER_BEFORE, "at")
# Where a journey goes: "a cruise to Tahiti", "en route to Paris", "airspace over Crimea",
# "flew back to Frankfurt".
# Not "travel to" nor "a trip to" (sides travel to their opponents: "league trips to
# Leicester"), nor "a flight to" ("a supply flight to the ISS", a spacecraft's).
_JOURNEY_BEFORE = re.compile(
    r"\b(?:cruises?|journey|voyage|flew|fly|flies|flying|heading|headed|route|airspace|skies)"
    # "flew back to Frankfurt", "headed home to Lyon": where the journey goes still.
    r"(?:\s+(?:back|home|out|on|straight|directly))?"
    r"\s+(?:over\s+)?(?:to|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_JOURNEY_BEFORE = EndsIn(_JOURNEY_BEFORE, "to over the")
# Where one eats or drinks is a venue, which the labels call a place: "sipping beer at Le
# Carillon", "a decidedly unhurried lunch at La Petite Folie". A full cue, because "at" alone
# is a weak one (above) and loses to the model's one ORG label of a bar or a restaurant the
# gazetteer cannot know; a firm is not where one has lunch.
_MEAL_AT_BEFORE = re.compile(
    r"\b(?i:lunch(?:es)?|dinners?|breakfasts?|brunch|suppers?|meals?|drinks?|drinking|"
    r"beers?|pints?|coffees?|cocktails?|dined|dining|eating|ate|sipping|sipped)"
    r"\s+at\s+(?:the\s+)?$"
)
_MEAL_AT_BEFORE = EndsIn(_MEAL_AT_BEFORE, "at the")
# "at Sergio Asenjo's near post" where the model tagged "Sergio" alone: a name cut short
# before another capitalised word says nothing of where it is.
_CAPITAL_AFTER = re.compile(r"^\s+[A-Z]")
WEAK_PLACE = "place?"
# Not a kind but a note that the name is a time zone after a clock time: "at 11am IST",
# "Updated: July 2, 2013 15: 01 IST", "about 1100 hrs IST", "around 11 am (IST)". A name
# found only so is no tag; every zone's abbreviation ends in "T" (of "time").
TIME_ZONE = "time zone"
_CLOCK_BEFORE = re.compile(
    r"(?:\d{1,2}\s?[:.]\s?\d\d|\d{1,2}\s?[ap]\.?\s?m\.?|\d{3,4}\s?(?:hrs|hours))\s*\(?\s*$",
    re.IGNORECASE,
)
_CLOCK_BEFORE = EndsIn(_CLOCK_BEFORE, "0 1 2 3 4 5 6 7 8 9 m m. hrs hours (")
_ZONE = re.compile(r"[A-Z]{1,4}T")
# Not a kind but a note that the name stands in a photo credit or in the page's furniture:
# "Photo: AFP", "AFP/John Smith", "(Getty Images)" at the end of a caption, "Follow Jane
# Doe", "Share on Facebook", "@JaneDoe1". A name found only there is no tag.
FURNITURE = "furniture"
_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|[\n(|•])\s*(?:photo(?:graph)?|picture|image|credit|courtesy|source)s?\b\s*"
    r"(?:by\b|:)?|\b(?:photo(?:graph)?|picture|image|credit)s?\s*(?:by\b|:)|©|\bcopyright\b"
    r")\s*$",
    re.IGNORECASE,
)
_CREDIT_BEFORE = EndsIn(
    _CREDIT_BEFORE,
    "photo photos photograph photographs picture pictures image images credit credits courtesy "
    "courtesys source sources by : © copyright",
)
_CREDIT_AFTER = re.compile(r"^\s+(?:Photos?|Pictures?|Images)\b(?!\s+of)")
# "(AFP/Getty Images)", "John Smith/AFP" under a photo: names either side of a slash.
_SLASH_BEFORE = re.compile(r"(?<=\w)/\s*$")
_SLASH_AFTER = re.compile(r"^/\s*[A-Z]")
# What opens a credit's run of names: a line, a bracket, a separator, a sentence's end
# (a caption run into the text: "... was sworn in. Credit Kostas Tsironis/Associated
# Press", dev).
_CREDIT_OPENS = re.compile(r"[\n(|•]|[.!?][\"”’']?\s")


def _slash_credit(before: str, after: str) -> bool:
    # A credit's names stand alone on a line, in brackets or after a sentence: at most
    # three words run from the line's start, the bracket or the full stop to the name. In
    # a sentence a slash joins two names of one thing ("canceled at Dallas/Fort Worth
    # International Airport", "the Republican Party of Russia/Party of People's Freedom",
    # CNN 8-f; "at Hillhead/Jordanhill", frank).
    if not (before.endswith("/") and _SLASH_BEFORE.search(before)) and not (
        after.startswith("/") and _SLASH_AFTER.match(after)
    ):
        return False
    opened = _CREDIT_OPENS.split(before)
    if len(opened) == 1 and len(before) >= _CONTEXT_SEEN:
        return False  # the line runs on before the context seen: prose
    return len(opened[-1].replace("/", " ").split()) <= 3


# "... in Paris on Friday. (Getty Images)": a name alone in brackets that end the line.
_BRACKETS_ENDING_LINE = re.compile(r"^\)[ \t]*(?:\n|$)")
# A name that is a whole line by itself: a credit under a photo ("Getty Images"), a menu or
# share line ("Email Share"). Bylines and datelines are found before the cues.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_START = EndsIn(_LINE_START, line_start=True)
_LINE_END = re.compile(r"^[ \t]*(?:\n|$)")
# "WASHINGTON (AP) —", "RIYADH, Nov 5 (Reuters) -": the agency that filed the story.
_DATELINE_OPEN = re.compile(r"(?:^|\n)[A-Z][A-Z'’. -]+(?:,[^\n()]{0,40})?\s*\($")
_DATELINE_OPEN = EndsIn(_DATELINE_OPEN, "(")
# A handle after "@" and a hashtag right after "#" ("the hashtag #BringBackClarkson",
# "posting with #LeanInTogether", CNN/DailyMail) are social furniture, no name of an entity.
_CHROME = re.compile(
    r"(?:(?:^|[\n|•])\s*(?:Follow|Share|Email|Tweet|Like|Subscribe)\b(?:\s+(?:us|this|on|"
    r"via|to|with|at))*|@)\s*$|#$",
    re.IGNORECASE,
)
_CHROME = EndsIn(_CHROME, "follow share email tweet like subscribe us this on via to with at @ #")
# Not a kind but a note that the name stands alone in quotation marks, as titles of films,
# books and songs do: "to helm "New Moon," the sequel", "for 'New Moon,' she wrote". A
# person's or a body's name is rarely written so.
QUOTED = "quoted"
_OPENING_QUOTE = re.compile(r"(?:[\"“‘]|(?:^|\s)')\s?$")
_CLOSING_QUOTE = re.compile(r"^\s?[,.!?]?\s?(?:[\"”’]|'(?!s\b))")
# Not a kind but a note that the name stands in a headline in title case ("Okafor Appears in
# Court After Devastating Storm"), where every word is capitalised.
HEADLINE = "headline"
# Not a kind but a note that the name opens a row of a results table or a score line
# ("Barcelona ( Spain ) 9 4 5 13", "INDIANAPOLIS 37 Philadelphia 10"): a city's name there is
# its team (the link stage counts it only for names the gazetteer knows as places).
TEAM = "team"
# Not a kind but a note that the name is a side in a sport: "Newcastle manager Kevin
# Keegan", "Leeds' striker", "a 2-0 defeat to Chelsea", "beat Tottenham", "Bradford were".
# The link stage counts it for names the gazetteer knows as towns and cities (countries keep
# their type).
CLUB = "club"
# Not a kind but a note that the name stands bare (no cue) in an article where two other
# names are sides by their own cues: a report of a sport, where a town named bare is its
# club far more often than the town ("Manchester United gave Leeds in 2002", "bigger than
# Ajax"). Weaker than `CLUB`: the link stage counts it for towns of the gazetteer only.
SIDES_AROUND = "club?"
# Not a kind but a note on a one-word name the model calls a person, bare in such a report,
# after "against", "visit" or "host": the other side of a fixture ("whose side visit Everton
# on Saturday", "his strike against Lazio"). The link stage counts it only for a word no list
# of names has (`voting.firm_as_a_person`): a player is played against too ("against
# Federer"), and the lists know most players' names.
SIDE_FACED = "club vs"
_CLUB_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:manager|boss|striker|midfielder|defender|goalkeeper|winger|"
    r"captain|squad|line-up|lineup|fans|supporters|players|player"
    # A side's goal: "a Salisbury equaliser at Chester" (dev5), "a late Hereford winning
    # goal", "the Chelsea winner." (a winner with a name after it is a prize's:
    # "Oscar winner Cate Blanchett").
    r"|equali[sz]er|opener|winning\s+goal|winner(?!\s+[A-Z]))\b"
)
# "Kansas forward Danny Manning", "Memphis guard Penny Hardaway", "Georgetown center Patrick
# Ewing": a position before a player's name (a capital after it: "a Chicago center for
# the arts" is no position).
_POSITION_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:point|shooting|small|power)\s+)?(?:forward|guard|center|centre|"
    r"coach|quarterback|pitcher|full-?back|centre-?back|playmaker)\s+[A-Z]"
)
# "Bradford were hotly tipped for relegation", "Two decades ago, Burnley were languishing",
# "Liverpool have signed striker Andy Carroll": British English gives a side a plural verb,
# never its town ("Bradford is a city"). The subject opens a sentence or follows a comma
# ("Paris and London are": only the pair is plural; "if Mr. Obama were elected": a mood).
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:are|were|have)\b")
_SUBJECT_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+|,\s+)$")
_SUBJECT_BEFORE = EndsIn(_SUBJECT_BEFORE, ". ! ? \" ” ’ ' ,", line_start=True)
_CLUB_BEFORE = re.compile(
    r"\b(?:(?:defeat|defeats|win|wins|victory|draw|loss|losses)\s+(?:to|over|against|with|at)"
    r"|beat|beating|thrashed|(?:\d{1,2}-\d{1,2}\s+(?:win|defeat|draw|loss)s?\s+(?:to|over|"
    r"against|with|at))"
    # "after losing to Ross County", "Blackburn lost 1-0 to Liverpool", "if they lose to
    # Sale": a side beaten by another.
    r"|(?:lost|lose|loses|losing)\s+(?:\d{1,2}-\d{1,2}\s+)?to"
    # "City faces Barcelona", "Liverpool face Aston Villa", "could face Everton": a fixture
    # ahead; not the noun ("by the face", "her face").
    r"|(?<!the\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)(?<!your\s)(?<!my\s)(?<!a\s)"
    r"(?<!on\s)(?<!in\s)fac(?:e|es|ed|ing)"
    # "their clash at home to West Ham", "Port Vale (away to Yeovil)", "the visit of
    # Valencia": a fixture's other side; not a journey ("going away to Dublin").
    r"|at\s+home\s+to|(?<!going\s)(?<!go\s)(?<!went\s)(?<!gone\s)(?<!moved\s)(?<!far\s)away\s+to"
    r"|the\s+visit\s+of)\s+$"
)
_CLUB_BEFORE = EndsIn(
    _CLUB_BEFORE, "to over against with at beat beating thrashed face faces faced facing of"
)
# "friendlies against Bayer Leverkusen and Cologne", "his goal against Norwich", "expansion
# teams Toronto and Vancouver", "a goalkeeper signed from Utrecht", "joined Real from
# Santos", "fifth-placed Chelsea": a side by what it plays, by a player's move from one club
# to another or by its place in a table (a name and "and" may stand between: the cue is the
# pair's).
# "fifth-placed", "bottom-placed", "20th-placed": a place in a table ("a well-placed source"
# is none).
_PLACED = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|top|bottom)-placed"
)
_NAME_AND = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:and|or)\s+)?"
_SIDE_BEFORE = re.compile(
    r"\b(?:(?:friendl(?:y|ies)|match(?:es)?|games?|fixtures?|goals?|ties?)\s+against"
    r"|(?:teams|clubs|sides)|(?:signed|signing|bought|loaned|transferred)\s+from"
    r"|joined\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+from|"
    + _PLACED
    + r")\s+"
    + _NAME_AND
    + r"$"
)
_SIDE_BEFORE = EndsIn(_SIDE_BEFORE, "against teams clubs sides from placed and or")
# "Neymar has scored seven goals in 18 league appearances for Barcelona", "during his time
# playing for Barcelona", "his goals for Sunderland", "signed for Leeds", "scored twice for
# Espanyol" (dev7): a player's club. Not "pay for", "pray for", nor "played for time" (a
# capital after: a name).
_PLAYED_FOR_BEFORE = re.compile(
    r"\b(?:play|plays|played|playing|appearances?|goals|signed|signing"
    r"|scored(?:\s+(?:twice|once|again|a\s+hat-trick))?)\s+for\s+$"
)
_PLAYED_FOR_BEFORE = EndsIn(_PLAYED_FOR_BEFORE, "for")
# "the Paris Saint-Germain v Chelsea Champions League fixture" (CNN, the model's FAC),
# "Leeds vs Everton": a fixture's two sides. Not "v." with its dot, a court case's ("Texas
# v. Johnson"); where the model sees people ("Federer v Nadal"), the link stage reads no
# side into it.
_FIXTURE_AFTER = re.compile(r"^\s+(?:v|vs\.?|versus)\s+[A-Z]")
_FIXTURE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:v|vs\.?|versus)\s+$")
_FIXTURE_BEFORE = EndsIn(_FIXTURE_BEFORE, "v vs vs. versus")
# "O'Neal helped Orlando make a 20-win improvement", "helped Santos win their first league
# title": a side helped to a result by a player.
_HELPED_BEFORE = re.compile(r"\bhelped\s+$")
_HELPED_BEFORE = EndsIn(_HELPED_BEFORE, "helped")
_RESULT_AFTER = re.compile(r"^\s+(?:to\s+)?(?:win|make|reach|finish|avoid|clinch|secure)\b")
_ROW_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.=]?[ \t]+)?$")
_ROW_START = EndsIn(_ROW_START, "0 1 2 3 4 5 6 7 8 9 . =", line_start=True)
# A standings row: three numbers or more to the end of the line, after an optional country.
_STANDINGS = re.compile(
    r"^(?:[ \t]+\([^()\n]*\))?(?:[ \t]+(?:-?\d+(?:[.:]\d+)*|\.\d+)){3,}[ \t]*(?:\n|$)"
)
# "Rangers 4 ( Ferguson 34 ) Hibernian 3", "New Jersey 110 BOSTON 108 ( OT )"
_SCORE_FIRST = re.compile(
    r"^[ \t]+\d{1,3}(?:[ \t]+\([^()\n]*\))?[ \t]+[A-Z][^\n\d()]*?[ \t]\d{1,3}\b"
)
_SCORE_SECOND = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][^\n\d()]*?[ \t]\d{1,3}(?:[ \t]+\([^()\n]*\))?[ \t]+$"
)
_SCORE_SECOND = EndsIn(_SCORE_SECOND, "0 1 2 3 4 5 6 7 8 9 )")
_SCORE_END = re.compile(r"^[ \t]+\d{1,3}\b")
# Not a kind but a note that the name is used as a product, a piece of software or a
# technical term: a version or model number after it ("Android 4.4", "USB 3.0"), a
# component or software word after it ("the S Health app", "the LTE modem", "a WQHD
# screen"), or "stock X", "a version of X" before it. Companies are written so too
# ("Samsung phones"), so the link stage counts these mentions against all the others.
PRODUCT = "product"
# Not a kind but a note that the name is used as a competition: sides qualify for it, earn
# places or a spot in it, hold it, reach its semi-finals ("qualify for the Champions
# League", "a Europa League spot", "Europa League holders Chelsea", "the semi-finals of the
# 2001 Champions League"). A league is written so too, in few of its uses ("the Premier
# League" is where a side plays, is promoted to and is relegated from), so the link stage
# counts these mentions against all the others, as it counts a product's.
COMPETITION = "competition"
_COMPETITION_AFTER = re.compile(
    r"^\s+(?:finals?|holders|qualification|qualifiers|spots?|berths?|places|"
    r"(?:group|knockout)\s+stages?|(?:semi|quarter)-finals?)(?![\w-])"
    # An award or a race won or a nomination for it: "Oscar-winning actor", "three-time
    # Oscar-winner", "Pulitzer Prize-winning", "Oscar winner Cate Blanchett" (CNN; not "the
    # Chelsea winner", a goal, which no name follows).
    r"|^-(?:winning|winners?|nominated)\b|^\s+winners?\s+(?=[A-Z])"
)
_COMPETITION_BEFORE = re.compile(
    r"\b(?:qualif(?:y|ies|ied|ying|ication)\s+for|editions?\s+of|(?:(?:semi|quarter)-)?"
    r"finals?\s+of|knocked\s+out\s+of)\s+(?:the\s+)?(?:\d{4}(?:[-/]\d{2,4})?\s+)?$"
)
_COMPETITION_BEFORE = EndsIn(_COMPETITION_BEFORE, "for of the 0 1 2 3 4 5 6 7 8 9")
# Not a kind but a note that the name is used as a disease's: "the Ebola outbreak", "the
# Zika virus", "Alzheimer's disease", "infected with Ebola", "died of Aids". A place's name
# is written so too ("the Wuhan outbreak"), so the link stage counts it only for a name the
# gazetteer does not know, and in half its articles or more. Not "patients", "cases" or
# "treatment" after the name: a health service's too ("NHS patients"); nor a firm
# "contracted" by another ("the Malaysian-contracted GO Phoenix", a ship).
DISEASE = "disease"
_DISEASE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:virus(?:es)?|outbreaks?|epidemics?|pandemics?|vaccines?|infections?"
    r"|symptoms|strains?|disease)\b"
)
_DISEASE_BEFORE = re.compile(
    r"\b(?:(?:infected|diagnosed|ill|sick)\s+with|(?:died|dying|dies|recovered|recovering|"
    r"suffering|suffered|suffers)\s+(?:of|from)|tested\s+positive\s+for|(?<!-)contracted|cases\s+of"
    r"|outbreaks?\s+of)\s+$"
)
_DISEASE_BEFORE = EndsIn(_DISEASE_BEFORE, "with of from for contracted")
# A competition or a race is won, and where its phrase ends there ("Real Madrid won the
# Champions League but finished", "you can win the Champions League, you can", "won the
# Grand National in 2009"), or its titles are counted ("has won three European Champions
# League titles"). A league's title is won too ("won the Bundesliga title twice"), so a noun
# after the name is no such use; a league is won in few of its uses, and the link stage
# counts these against all of them ("win the White House" keeps its page so).
_WON_BEFORE = re.compile(
    r"\b(?:won|wins?|winning)\s+(?:the|(?P<count>two|three|four|five|six|seven|eight|nine|"
    r"ten|\d+))\s+$"
)
_WON_AFTER = re.compile(
    r"^(?:\s*[.,;:)!?]|\s*$|\s+(?:in|at|on|for|but|and|or|with|twice|again|will|would|was|"
    r"when|after|before|last|this|three|four|five|times)\b)"
)
_TITLES_AFTER = re.compile(r"^\s+(?:titles|crowns|trophies)\b")
# What an election wins, which is no competition: "Republicans won the Senate in 2014",
# "before Obama won the White House," (the model's ORG or FAC; a third of a name's uses as
# a competition drops its page).
_ELECTED = frozenset(
    "senate house congress assembly parliament council legislature presidency chamber".split()
)


def _won(before: str, after: str, name: str) -> bool:
    if "win" not in before and "won" not in before:
        return False
    if name.rpartition(" ")[2].casefold() in _ELECTED:
        return False
    found = _WON_BEFORE.search(before)
    if not found:
        return False
    return bool((_TITLES_AFTER if found["count"] else _WON_AFTER).match(after))


# An event's edition is named by its year after it: "at Rio 2016, was", "for London 2012."
# (the year ends the phrase: "London 2012 Olympian", "the Qatar 2022 World Cup" go on with a
# name of their own). A year before a name is not counted so: "the 2013 Tom Hanks and Emma
# Thompson hit", "the 2001 Toyota" (a car's model year) are no editions (CNN/DailyMail).
_EDITION_AFTER = re.compile(
    r"^\s+(?:19|20)\d\d(?=\s*[,.;:)!?](?!\d)|\s+(?:in|at|or|when|where|was|were|is|will|"
    r"with)\b|\s*$)"
)
# Not a kind but a count: the article writes the name once more where the model tagged
# nothing (its product cues there are counted too, against all its uses).
SEEN = "seen"
# Not a kind but a note that the name stands in a list of names of which the model calls
# most of the others one kind ("AT&T, Sprint, T-Mobile, Verizon Wireless, MetroPCS, and
# U.S. Cellular"): "listed:organisation".
LISTED = "listed:"
# Not a kind but a note that "the" stands right before the name: "the Beth Shalom B'nai
# Zaken Congregation", "the Louis Vuitton store", "the Georges Pompidou Centre". A person's
# name rarely follows an article directly ("the late Alfred Dreyfus" has a word between), so
# a given name opening the name says less there (`voting.given_name_and_surname`).
AFTER_THE = "the"
# The same after "a" or "an": "A Darwin woman has become", "a Zara biker coat": a town or a
# brand before a noun, rarely a person's given name (`voting`).
AFTER_A = "a"
# Not a kind but a note, beside `AFTER_A`, that the name stands between "a" or "an" and a
# lower-case word that is no function word: a brand or a firm before what it makes, sells
# or employs ("a Qualcomm quad-core 2.5 GHz Snapdragon processor", "a Coldplay fan", "was a
# Spiegel's secretary"), not an award or a name that ends its phrase ("won a Walkley in
# the Camerawork category", "A Walkley is recognition"). People are written so too ("a
# Rooney header", "a Trump voter"), so the link stage counts it only for one word that no
# list has as a given name or a surname and that ends no person's name of the corpus
# (`voting.firm_as_a_person`).
A_BRAND = "a brand"
# Not a kind but a note, beside `PRODUCT`, that the mention names the product so plainly that
# the article's other uses of the name are the product's too: its code name after a version
# ("Android 5.0 Lollipop"), or its maker's possessive before it and what it is after
# ("Samsung's Bada operating system"). A company or a place is never written so, and the
# bare uses elsewhere in that article ("a bite of Lollipop", "Bada has an application
# store") carry no cue of their own.
NAMED_PRODUCT = "named product"
# Words that go after a name ending its phrase, not a noun the name qualifies.
_FUNCTION_WORDS = (
    "is|was|are|were|be|been|being|has|had|have|will|would|can|could|may|might|must|should|"
    "shall|do|does|did|in|on|at|of|for|from|to|by|with|and|or|but|nor|that|which|who|whom|"
    "whose|as|than|so|if|when|while|where|said|says|told"
)
_BRAND_NOUN_AFTER = re.compile(rf"^(?:['’]s)?[ \t]+(?!(?:{_FUNCTION_WORDS})\b)[a-z]")
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


# Sports clubs, wherever they play: what a club's name adds to its town's ("Dundee United",
# "Wigan Athletic", "Sporting Gijon", "FC Porto").
CLUB_WORDS = frozenset("united rovers rangers athletic wanderers albion sporting fc afc cf".split())
# A club's name by its last word: a club word or "Hotspur" ("Leeds United", "Tottenham
# Hotspur"). "City", "Town" and "County" end places' names as often ("Mexico City", "the
# Melbourne, Sydney and Adelaide City stores"): two such names make a list of clubs, one of
# them at least a name the model calls no place ("Newport County and Merthyr Town", the
# model's GPE and PERSON; "Kansas City and Oklahoma City" are its GPEs).
_CLUB_ENDS = (CLUB_WORDS - {"sporting"}) | {"hotspur"}
# Words that make a name an organisation or a place wherever they stand in it (here since
# the link stage's `voting` and a cue of this module share them: a name ending in one makes
# or runs a work, see `_WORK_AFTER`).
ORGANISATION_WORDS = (
    frozenset(
        "ministry council observatory committee commission association federation union party "
        "bank university college school institute agency organisation organization company "
        "corporation corp inc ltd plc llc group foundation fund authority department office "
        "board court parliament assembly congress senate army navy police force forces front "
        "movement brigade brigades militia network airlines airways club society church trust "
        "exchange news times post journal press television radio tv hospital centre center "
        "coalition alliance league cabinet government administration crescent cross partnership "
        # Newspapers and broadcasters ("Springfield Gazette", "Miami Herald").
        "gazette herald tribune chronicle magazine newspaper broadcasting media "
        # ("The Hollywood Reporter", "Philadelphia Inquirer", "San Francisco Examiner"); not
        # "Courier" nor "Ledger", surnames too (Jim Courier, Heath Ledger).
        "reporter inquirer enquirer examiner sentinel "
        # Company legal forms across countries ("Brewpole BV", "Zywiec SA", "Volkswagen AG").
        "bv nv sa ag gmbh spa ab asa oyj kk tbk bhd berhad limited holdings industries "
        # The same words in the languages whose articles `merge` knows ("La Liga", "Ligue 1",
        # "Real Sociedad", "Parti socialiste", "Banco Santander", "Grupo Televisa").
        "liga ligue lega partido parti partito partei banco banque banca universidad "
        "université università universität universite universita universitat ministerio "
        "ministère ministero ministerium comité comitato asociación associazione groupe "
        "grupo gruppo compagnie compañía companhia société società sociedad sociedade "
        "fondation fundación fondazione stiftung zeitung "
        # Schools ("Joseph-König-Gymnasium" of Haltern, the model's person in 2 CNN reports;
        # "Lycée Henri-IV", "Liceo Manzoni").
        "gymnasium lycée lycee liceo "
        # Hospitals ("Hôpital Européen Georges-Pompidou", "Ospedale San Raffaele").
        "hôpital hopital ospedale krankenhaus klinik klinikum clinic "
        # Armed and political movements named in Arabic, Urdu or Persian ("Jabhat al-Nusra",
        # "Jaish al-Islam", "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb ut-Tahrir", "Katibat
        # al-Battar", "Kataib Hezbollah", "Jemaah Islamiyah", "Jamaat-ud-Dawa", "Jund
        # al-Aqsa"). Not "Ansar" (a given name too) nor "Liwa" (an oasis too).
        "jabhat jaish lashkar tehrik hizb harakat katibat kataib jamaat jemaah jund".split()
    )
    | CLUB_WORDS
)
CLUB_OR_PLACE_ENDS = frozenset({"city", "town", "county"})


def sides_listed(text: str, spans: list[tuple[int, int, str, str]]) -> set[int]:
    """For spans (start, end, name, label) in text order, the indexes of those that stand in
    a list of clubs' names with another name ("Leeds United, Southampton and Leicester
    City"; "Wrexham, Newport County, Colwyn Bay and Merthyr Town"): a town listed with clubs
    is its club (`CLUB`), whatever the model says of it alone."""
    found: set[int] = set()
    for run in _list_runs(text, spans):
        ends = {i: _last_word(spans[i][2]) for i in run}
        clubs = {i for i in run if ends[i] in _CLUB_ENDS}
        loose = [i for i in run if ends[i] in CLUB_OR_PLACE_ENDS]
        if len(run) >= 2 and (
            clubs
            or (len(loose) >= 2 and any(spans[i][3] in ("ORG", "PERSON", "PER") for i in loose))
        ):
            found.update(i for i in run if i not in clubs)
    return found


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].casefold() if len(words) > 1 else ""


def listed_kinds(
    text: str, spans: list[tuple[int, int, str]], kind_of: dict[str, str]
) -> dict[int, str]:
    """For spans (start, end, label) in text order, the kind that all the others of a list
    of four names or more share, by index, where a span's own label says another kind
    ("Aerosmith, Blue Oyster Cult and Stevie Wonder" is too short to tell); in a list of
    three, only where both others are organisations and the model calls the span no person
    ("AT&T, Sprint, and Verizon": firms are listed with their rivals; "CNN's Justin Lear,
    Sara Weisfeldt and AnneClaire Stapleton" are people the model calls firms twice)."""
    found: dict[int, str] = {}
    for run in _list_runs(text, spans):
        if len(run) < 3:
            continue
        for i in run:
            others = [kind_of.get(spans[j][2], "") for j in run if j != i]
            kind = max(set(others), key=lambda k: (others.count(k), k))
            if (
                kind
                and (
                    others.count(kind) >= 3
                    or (kind == "organisation" and kind_of.get(spans[i][2]) != "person")
                )
                and others.count(kind) == len(others)
                and kind_of.get(spans[i][2]) != kind
            ):
                found[i] = kind
    return found


# Not a kind but a note that the name is the second of a pair whose first the model calls
# an organisation while it calls this one a place: "Sky and BT", "PayPal and WebMoney".
# Firms are named beside their rivals; the link stage counts it for names the gazetteer
# does not know, since a firm beside the place it works in is a pair too ("Shell and
# Nigeria").
PAIRED = "paired"
_PAIR_GAP = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")


def paired_with_an_organisation(
    text: str, spans: list[tuple[int, int, str]], kind_of: dict[str, str]
) -> set[int]:
    """Indexes of spans (start, end, label), in text order, that the model calls a place
    and that follow one it calls an organisation, the two alone joined by "and" or "or"
    ("Sky and BT"). Only the second name, the order of the cases the rule was built on, to
    keep it narrow; and not a comma's pair, which is as often a place's apposition
    ("Google, Mountain View")."""
    found: set[int] = set()
    for run in _list_runs(text, spans):
        if len(run) != 2:
            continue
        first, second = run
        if (
            _PAIR_GAP.fullmatch(text, spans[first][1], spans[second][0])
            and kind_of.get(spans[first][2]) == "organisation"
            and kind_of.get(spans[second][2]) == "place"
        ):
            found.add(second)
    return found


def _list_runs(text: str, spans: Sequence[tuple]) -> Iterator[list[int]]:
    """The indexes of spans (start, end, ...) in text order, run by run: the spans that a
    comma, "and" or "or" joins into one list (a span alone is a run of one)."""
    run = [0] if spans else []
    for n in range(1, len(spans) + 1):
        if n < len(spans) and _LIST_GAP.fullmatch(text, spans[n - 1][1], spans[n][0]):
            run.append(n)
            continue
        yield run
        run = [n]


_PRODUCT_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:image|camera|video|audio|graphics|display|touch|wireless|charging)\s+)?"
    r"(?:app|apps|software|interface|layer|skin|update|updates|rollouts?|launcher|feature|"
    r"features|mode|screen|display|sensors?|chips?|chipset|processors?|cores?|modem|ports?|"
    r"preview|effect|blaster|lanes|pixels|resolution|codec|imager|browser|plug-?ins?|"
    r"firmware|drivers?|optimi[sz]ations|experience|performance|handsets|devices|setting|"
    r"settings|models|"
    # Vehicles and weapons: "a Renault Clio hatchback", "Kalashnikov-type assault rifles".
    r"hatchbacks?|sedans?|saloons?|(?:assault\s+)?rifles?|pistols?|handguns?)\b"
    r"|^-(?:type|style)\s+(?:assault\s+)?(?:rifles?|pistols?|guns?|weapons?)\b"
    # "the TouchWiz UI", "an NFC IC", "Android OS": an abbreviation for a part or software.
    r"|^\s+(?:UI|UX|OS|API|SDK|CPU|GPU|IC)\b"
    # A software assistant: "the S Voice personal assistant" (a person's assistant is
    # written after a possessive: "Obama's personal assistant").
    r"|^\s+(?:personal|voice|virtual|digital)\s+assistant\b(?!\s+[A-Z])"
    # A technical term's own nouns: "LCD screens", "a SIM slot", "UHD recording", "a
    # MIL-spec rating", "HDR shots" (no noun that follows a company's name too, such as
    # "video" or "footage": "CNN footage").
    r"|^\s+(?:screens|panels?|slots?|cards?|recording|capabilit(?:y|ies)|bus|ratings?|specs?|"
    r"shots)\b|^-(?:spec|rated|enabled|capable|compatible)\b"
    # "WQHD (2560 x 1440)": a resolution.
    r"|^\s*\(\s*\d+\s*[x×]\s*\d+"
)
# What a product is called, in apposition or after: "TouchWiz, their own UI layer,", "My
# Magazine is Samsung's version of Flipboard", "Apple's implementation, called Touch ID".
_PRODUCT_NOUNS = (
    r"(?:app|application|software|interface|layer|skin|feature|version|implementation|"
    # A piece of a program's screen: "A new menu called Overview".
    r"menu|mode|option|button|"
    r"technology|platform|operating\s+system|browser|service|store|assistant|program|"
    r"programme|tool|chip|chipset|processor|sensor|codec|game|console|phone|smartphone|"
    r"tablet|handset|device|gadget|model|"
    # A record or a substance: "the Schengen Information System (SIS), a database which",
    # "HPV, a virus that causes".
    r"database|virus|disease|drug|chemical|explosive|"
    # Vehicles: "The GO Phoenix, the first of three ships that will".
    r"ship|vessel|boat|submarine|aircraft|plane|jet|car|satellite|rocket|spacecraft|drone|"
    # Works: "Someone Else's Skin, a thriller that tackles" (dev5: a person page), "a book
    # called ...". Not "play" or "show", said of sport and of what research does.
    r"film|movie|novel|book|thriller|musical|documentary|album|song|memoir|sitcom|comedy|"
    r"drama|opera|poem)"
)
_PRODUCT_HEAD = (
    _PRODUCT_NOUNS + r"s?\b(?=\s*(?:[,.;:)–—]|\s+(?:of|that|which|for|on|in|to|with|from)\b))"
)
# In apposition any article will do ("TouchWiz, their own UI layer,"), after a bracket
# too ("(SIS), a database"); after "is" the owner must be named ("is Samsung's version
# of", "is its own app"; "is a version of the truth" is prose).
_PRODUCT_APPOSITION = re.compile(
    r"^['’\"”]?\)?\s*(?:,|\s+[-–—])\s+(?:the|a|an|its|their|his|her|our|[A-Z][\w-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    + _PRODUCT_HEAD
    + r"|^['’\"”]?\s+(?:is|was)\s+(?:its|their|his|her|our|(?:the\s+)?[A-Za-z][\w-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _PRODUCT_HEAD
)
# A character of a film, a book or a show, with the actor who plays the part: "Bella
# (Kristen Stewart) recovers from the vampire attack", "Edward (Robert Pattinson) and his
# family" (dev8: person pages), "Captain America, played by Chris Evans". Counted like a
# product's use: no one the news is about. The bracket only after one word, with the
# sentence going on after it: a line-up's "Porter (Sean Murray)," is a player and his
# substitute, and "Simon Beaufoy (Slumdog Millionaire) won" a writer and his film.
_ACTOR_AFTER = re.compile(r"^,?\s+(?:played|portrayed|voiced)\s+by\s+[A-Z]")
_ACTOR_IN_BRACKETS = re.compile(
    r"^\s*\(((?:[A-Z][a-z]+\s){1,2}([A-Z][a-z]+))\)\s+(?:[a-z]|['’]s\b)"
)


def _actor_in_brackets(after: str) -> bool:
    # ... and no club or body in the brackets: a live commentary's "Porter (Colchester
    # United) wins a free kick" is a player and his side.
    found = _ACTOR_IN_BRACKETS.match(after)
    return found is not None and found[2].casefold() not in (
        ORGANISATION_WORDS | CLUB_OR_PLACE_ENDS
    )


_PRODUCT_CALLED = re.compile(
    r"\b" + _PRODUCT_NOUNS + r"s?\s*,?\s+(?:called|named|dubbed|known\s+as)\s+['‘\"“]?$"
)
_PRODUCT_CALLED = EndsIn(_PRODUCT_CALLED, "called named dubbed as ' \" ‘ “")
# A version has a small first number and stands alone; figures in a table ("Malik 21.4 -
# 5 - 60", "Canola 4.50 4.75") and amounts ("2.5 percent") are no versions.
_VERSION_AFTER = re.compile(
    r"^\s+v?\d{1,2}(?:\.\d+)+(?![.,]?\d|\s*[-–/(]|\s+\d"
    r"|\s*(?:%|per\s*cent|percent|million|billion|bn|m\b))"
)
# A ship is named after what it is ("Australian ship Ocean Shield", "the patrol vessel
# Haixun 01", "the tanker Exxon Valdez"): a vehicle, no person, organisation or place.
_VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|warship|frigate|destroyer|submarine|tanker|freighter|trawler|ferry|"
    r"yacht|ice-?breaker)\s+(?:the\s+)?$"
)
_VESSEL_BEFORE = EndsIn(
    _VESSEL_BEFORE,
    "ship vessel frigate destroyer submarine tanker freighter trawler ferry yacht icebreaker "
    "ice-breaker the",
)
# A software version's number before its code name: "Android 4.4.2 KitKat", "stock Android
# (4.4.2 KitKat)", "Android OS, v4.4.2 (KitKat)": a family's name or a bracket before the
# number, so no figure of a table ("Malik 21.4 - 5").
_VERSION_BEFORE = re.compile(r"(?:[A-Z][\w+-]*,?\s+|\(\s*)v?\d{1,2}(?:\.\d+)+\s*\(?\s*$")
_VERSION_ENDS = frozenset("0123456789(")
# A program's feature named after a software noun: "the iPhone's video chat feature
# FaceTime" ("feature" is a verb as often, "The app also features Mary Anning", so a
# program's noun must go before it).
_FEATURE_BEFORE = re.compile(r"\b(?:chat|camera|video|voice|software|app|messaging)\s+feature\s+$")
_FEATURE_BEFORE = EndsIn(_FEATURE_BEFORE, "feature")
# One of a plural kind of product, as `_ORG_KIND_BEFORE` names one of a kind of body:
# "third-party editing apps, such as Pixlr Express or Snapseed", "the old modes, such as
# Animated Photo, Sports Shot and Sound & Shot" (dev6). Each name of the list counts,
# commas between. Names of two words or more only: a firm's one-word name stands in such
# lists as its product ("apps like Facebook and Twitter", "services like Skype"), which CNN
# tags as the firm in few of its many reports.
_PRODUCT_KIND_BEFORE = re.compile(
    r"\b(?i:apps|applications|features|modes|services|devices|phones|smartphones|handsets|"
    r"tablets|games|programs|programmes|tools|gadgets|browsers|consoles|platforms)\s*,?\s+"
    r"(?i:such\s+as|like|including)\s+"
    r"(?:[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.'’-]*){0,3}\s*,\s+){0,4}" + _NAME_AND + r"$"
)
_PRODUCT_KIND_BEFORE = EndsIn(_PRODUCT_KIND_BEFORE, "as like including and or ,")
# A line of devices its maker owns, the maker named by "its": "one million of its Wave
# smartphones", "deploying Android 5.0 for its Moto X and Moto G phones" (the owner is
# given, so the name is no body's).
_ITS_BEFORE = EndsIn(re.compile(r"\b[Ii]ts\s+$"), "its")
# The maker's possessive before a product's name: "Samsung's Bada operating system",
# "Google's Android operating system" (with `_SOFTWARE_AFTER`).
_MAKER_BEFORE = EndsIn(re.compile(r"\b[A-Z][\w.&-]*['’]s\s+$"), "s")
# What a piece of software or a device is, right after its name, its phrase going on with
# no noun after it. Not "service" or "network": "BBC Persian service" is a body.
_SOFTWARE_AFTER = re.compile(
    r"\s+(?:operating\s+system|app|application|software|browser|interface|assistant|"
    r"smartphones?|handsets?|tablets?|chipsets?|processors?|consoles?)"
    r"(?=\s*[,.;:)]|\s+(?:on|in|at|of|for|to|is|was|has|had|and|or|that|which|with)\b)"
)
_DEVICES_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})?"
    r"\s+(?:smart)?(?:phones|handsets|tablets|laptops)\b"
)
# A feature on a device named with its model code: "as loud or clear as BoomSound on the
# One M8", "Background Defocus on the Sony Xperia Z2" (a capitalised word before the code,
# so no road: "on the M6").
_ON_A_DEVICE_AFTER = re.compile(r"\s+on\s+(?:the|its|a)\s+(?:[A-Z][\w-]*\s+){1,3}[A-Z]\d{1,2}\b")
# A satellite named before its noun, the phrase going on with no noun after it: "the
# images, taken by the Thaichote satellite on 24 March" (not "the Inmarsat satellite data",
# the company's, nor "satellite radio").
_SATELLITE_AFTER = re.compile(
    r"\s+satellite(?=\s*[,.;:)]|\s+(?:on|in|at|of|was|is|has|had|which|that)\b)"
)
# A name ending in a program's abbreviation is the program: "TouchWiz UI", "Chrome OS".
_SOFTWARE_NAME_END = re.compile(r"\s(?:UI|UX|OS)$")
# A screen's technology: a common word the model tags alone before the abbreviation that
# ends the term ("a 1080p, Super AMOLED panel", "the Super AMOLED screen").
_ABBREVIATED_SCREEN_AFTER = re.compile(r"\s+[A-Z]{2,6}\s+(?:screen|display|panel|touchscreen)s?\b")


def _common_words(name: str) -> bool:
    return all(is_plain_word(word) for word in name.split(" "))


def _one_common_word(name: str) -> bool:
    return " " not in name and _common_words(name)


_PRODUCT_BEFORE = re.compile(
    r"\b(?:stock|versions?\s+of|update\s+to|upgrade\s+to|installed|downloaded)\s+$",
    re.IGNORECASE,
)
_PRODUCT_BEFORE = EndsIn(_PRODUCT_BEFORE, "stock of to installed downloaded")
# A review's score out of a scale, given for a quality of the device: "4.5 out of 5 for
# Color Rendering in bright light", "4.5 out of 5 for Exposure". Asked only of names of
# common English words, so that a player's or a party's rating ("7 out of 10 for Rooney")
# keeps its name.
_SCORE_FOR_BEFORE = re.compile(r"\b\d+(?:\.\d+)?\s+out\s+of\s+\d+\s+for\s+$")
_SCORE_FOR_BEFORE = EndsIn(_SCORE_FOR_BEFORE, "for")


# A colour in lower case before a maker's name and a model's is a car or a thing: "a black
# Seat Leon", "a gray Volkswagen Polo", "the white Galaxy S5" (a colour in a name is
# capitalised: "the Black Sea"; one word, "a black VW", is the maker's name for its car).
_COLOURS = r"(?:black|white|grey|gray|silver|red|blue|green|yellow|orange|brown|beige|gold|maroon)"
_COLOUR_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:dark|light|metallic|matte)\s+)?"
    rf"(?:{_COLOURS}(?:\s+or\s+|\s*,\s*|-))*{_COLOURS}\s+$"
)
_COLOUR_BEFORE = EndsIn(_COLOUR_BEFORE, _COLOURS[3:-1].replace("|", " "))
# A name in the plural, counted or owned, is things of that name, no one entity: "two
# BlackBerries", "our Blackberries", "several iPhones", "armed with Kalashnikovs" (a name
# ending in "ss", "us" or "is" is no plural: "our Paris", "two Columbus schools").
_PLURAL_NAME = re.compile(r"[A-Za-z][\w’'-]*[^sui\W]s")
_COUNTED_BEFORE = re.compile(
    r"(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many|"
    r"[Mm]y|[Oo]ur|[Yy]our|[Tt]heir|armed\s+with)\s+$"
)
# People counted as a group, the plural ending its phrase, are a group of people and no
# one entity: "217 Yazidis were released", "3.6 million Britons applying", "thousands of
# Scots", "a quarter of Britons coming", "most Latinos". A year is no count ("the 2016
# Olympics"), and a noun after the plural says the name qualifies it ("two Columbus
# schools", "thousands of Rangers fans": the club). Names ending in "is" count here
# ("Yazidis"), as "Paris" is never counted.
_GROUP_PLURAL = re.compile(r"[A-Z][\w’'-]*[^su\W]s")
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|scores|"
    r"many|most|some|few|several|all"
)
_GROUP_COUNT_BEFORE = re.compile(
    r"(?:^|\s)(?:(?!(?:1[89]|20)\d\d\s)\d(?:[\d,.]*\d)?(?:\s*(?:million|billion|m))?|"
    rf"(?i:{_NUMBER_WORDS})|"
    r"(?:majority|minority|quarter|third|half|number|proportion|share|thousands|millions|"
    r"hundreds|dozens|scores|most|many|some|all)\s+of)\s+$"
)
_GROUP_COUNT_BEFORE = EndsIn(
    _GROUP_COUNT_BEFORE,
    "0 1 2 3 4 5 6 7 8 9 m of two three four five six seven eight nine ten eleven twelve "
    "ty hundred thousand million billion dozen hundreds thousands millions billions dozens "
    "scores many most some few several all",
)
# A score line counts goals, not people: "Bolton 2 Wolves, Hull 1".
_SCORE_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+\d{1,2}\s+$")
_GROUP_END_AFTER = re.compile(
    r"^(?:\s*(?:[.,;:)!?]|$)|\s+(?:who|which|that|were|are|have|had|will|would|could|"
    r"can|may|might|do|did|in|from|at|on|of|for|to|and|or|with|by|as|than|living|"
    r"[a-z]+(?:ing|ed))\b)"
)
# An abbreviation used as a common noun: after a quantity ("2GB of RAM", "805 CPU"), a
# hyphenated adjective ("quad-core CPU") or a word of degree ("more RAM", "live HDR"), a
# comparative of rate or amount among them ("faster CPU, GPU", "higher ISO sensitivity"):
# a part or a setting is faster or higher, a body is not ("former CIA official", "rival
# LG": other adjectives go before bodies too, so only these comparatives count).
_ACRONYM_NAME = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,7}")
# ... or after "a" or "an", ending the phrase: "an SDK so third parties", "a B.A. in
# Sociology", "a J.D. from Harvard", "from a DSLR without edge enhancement" ("a NATO
# summit", "an FBI agent" name the body).
_ABBREVIATION_NAME = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,5}(?: [A-Z]{2,5})?")
_A_BEFORE = re.compile(r"(?:^|\s)(?:a|an|A|An)\s+$")
_A_BEFORE = EndsIn(_A_BEFORE, "a an")
# Words that open what follows a noun phrase, so that a name before them ends its phrase.
_PHRASE_WORDS = "in|from|at|on|of|for|that|which|to|and|or|is|was|with|by"
_PHRASE_END_AFTER = re.compile(
    rf"^(?:\s*[.,;:)!?]|\s+(?:{_PHRASE_WORDS}|so|without)\b"
    # A quotation closed after it: "to 'use an ATM ' before".
    r"|\s*['’\"”](?!\w))"
)
# A thing of a make, counted with "a" or "an" and ending its phrase: "driving a Renault
# Clio that", "in a Volkswagen Golf.", "rented a VW Polo car" (two words or more: "a
# Frenchman", "a Kennedy" are one; "a Paris court", "a Samsung spokesman" go on with a
# noun of their own and are no such phrase).
_VEHICLE_AFTER = re.compile(r"^\s+(?:car|cars|van|vans|truck|trucks|vehicle|vehicles)\b")
# A title is followed by what kind of work it is: "the Saturday evening Match of the Day
# programme", "The TV Watch column", "all of the Harry Potter books", "our Editors' Choice
# award", "The BBC's Price of Football survey". Only after a name of two words or more:
# "the BBC programme" and "a Gallup survey" are made or run by the name, as is a name ending
# in an organisation's word ("his New York Times column", "a Pew Research Center survey").
_WORK_AFTER = re.compile(
    r"^\s+(?:programme|program|column|books?|novels?|survey|award)\b(?!\s+(?:of|for)\b)"
)
# A title after the kind of work it is, or a song's after singing it: "Marvel's new film
# Ultron", "Judd Apatow's latest comedy Trainwreck", "the hit songs "Peggy Sue"", "started
# singing La Marseillaise". The kind in lower case right before the name (an opening
# quotation mark between): "the film's director Ridley Scott" and "the film director Ridley
# Scott" have a word between. Not "show", "play", "series", "single" or "track": verbs, or
# said of sport ("research shows Apple is", "play La Rochelle", "the series England lead").
# A possessive after the name is the work's maker: "singing Lauren Hill's Can't Take My Eyes
# Off of You" (CNN/DailyMail), "the film Spielberg's fans".
_WORK_BEFORE = re.compile(
    r"\b(?:films?|movies?|comed(?:y|ies)|dramas?|thrillers?|sitcoms?|documentar(?:y|ies)|"
    r"songs?|albums?|novels?|books?|programmes?|episodes?|musicals?|anthems?|poems?|operas?|"
    r"sequels?|sing|sings|singing|sang|sung)\s+[\"“‘]?$"
)
_WORK_BEFORE = EndsIn(
    _WORK_BEFORE,
    "film films movie movies comedy comedies drama dramas thriller thrillers sitcom sitcoms "
    "documentary documentaries song songs album albums novel novels book books programme "
    "programmes episode episodes musical musicals anthem anthems poem poems opera operas sequel "
    'sequels sing sings singing sang sung " “ ‘',
)
_OWNER_AFTER = re.compile(r"^['’]s\b")
# A thing an abbreviation names, in lower case after it: "hijack CCTV cameras", "public CCTV
# systems", "forces GPU clocks down", "camera AF systems", "the promised ISOCELL
# technology", "LTE speeds": a device, a part or a standard, no body. Not nouns that follow
# a body's abbreviation too: "VRT network", "RTL radio", "CNN footage", "FBI files", "the
# ISIS message", "the ISIS connection", "her former CCTV connections" (the broadcaster),
# "the LA VA system" (CNN/DailyMail).
_TERM_NOUNS = (
    r"(?:cameras?|systems|messaging|connectivity|speeds|clocks|technology|applications|"
    r"sensitivity)\b"
)
_TERM_NOUN_AFTER = re.compile(r"^\s+" + _TERM_NOUNS)
# The noun may follow a second term that shares it, over "and" or "or": "IoT or M2M
# applications", "faster CPU, GPU, and memory bus speeds" (two words between at most).
_TERM_NOUN_SHARED = re.compile(r"^,?\s+(?:and|or)\s+(?:[\w-]+\s+){1,2}?" + _TERM_NOUNS)
# A message or a connection is a term's when counted with "a" or "an": "via an SMS
# message", "if a Wi-Fi connection is available"; after "the" or a possessive it is a
# body's ("the ISIS message warned", "the ISIS connection", "her former CCTV connections").
_A_TERM_NOUN_AFTER = re.compile(r"^\s+(?:message|connection)\b")


def _term_noun_after(before: str, after: str, name: str) -> bool:
    """An abbreviation followed by the noun of a device, a part or a standard it names."""
    # One hyphen inside is an abbreviation's spelling too ("Wi-Fi").
    if not after[:1].isspace() and not after.startswith(","):
        return False
    if not _ACRONYM_NAME.fullmatch(name.replace("-", "", 1)):
        return False
    return bool(
        _TERM_NOUN_AFTER.match(after)
        or _TERM_NOUN_SHARED.match(after)
        or (_A_BEFORE.search(before) and _A_TERM_NOUN_AFTER.match(after))
    )


# A line of devices or chips named by an ordinary English word, counted with "a", "an" or
# "the" and followed by its model's number: "a Snapdragon 801 or 805", "the Snapdragon 600
# in the Galaxy S4", "the original Nexus 7", "a two-stage Falcon 9 rocket". A maker is
# named after a founder or by a coined word, which the dictionary does not hold ("the
# missing Boeing 777", "an Airbus 330 captain"); a body or a place named by a common word
# goes before a number without "a" or "the" ("Britain's Channel 4", "told Cayman 27",
# "give Congress 60 days", "Rangers 2, Hibs 0"). A year, an amount or a score after the
# name is no model number ("the Spring 2015 collection", "a 2-1 win").
_MODEL_COUNTED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z0-9][\w.-]*\s+){0,2}$")
_MODEL_NUMBER_AFTER = re.compile(
    r"^\s(?!(?:19|20)\d\d\b)\d{1,4}\b(?![.,:/-]?\d|\s*[%–-]|\s+(?:per\s*cent|percent|days?|"
    r"weeks?|months?|years?|hours?|minutes?|points?|goals?|runs?|votes?|seats?|people|times)\b)"
)


def _model_number_after(before: str, after: str, name: str) -> bool:
    """A common English word, alone, counted as a thing and followed by a model number."""
    return bool(
        _MODEL_NUMBER_AFTER.match(after)
        and " " not in name
        and name[:1].isupper()
        and name[1:].islower()
        and _MODEL_COUNTED_BEFORE.search(before)
        and is_common_word(name)
        and not is_proper_word(name)
    )


_TERM_BEFORE = re.compile(
    r"(?:\d[\d.,]*[A-Za-z]+\s+(?:of\s+)?|\b(?!so-)[a-z]+-[a-z]+\s+"
    r"|\b(?:more|less|much|full|live|mobile|your|my|our|faster|slower|higher|lower)\s+)$"
)
# Not a kind but a note on the name's capital letter: it stands where any word would have
# one (see `capital_says_nothing`), so it is no sign of a name.
ANY_CAPITAL = "capital?"
_ORG_BEFORE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|member|members|leader|leaders|head|chief|"
    r"chairman|fighters)\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_BEFORE = EndsIn(_ORG_BEFORE, "for of the")
# What a company, a newspaper, a band or a network is called before its name: "the band
# Aerosmith", "satirical magazine Charlie Hebdo", "analyst firm Canalys", "shares in X".
_ORG_NOUNS = frozenset(
    "magazine newspaper paper daily weekly tabloid broadcaster channel network website band "
    "group party airline carrier company firm maker manufacturer giant retailer operator "
    "startup start-up bank insurer lender agency publisher label studio chain charity "
    "conglomerate".split()
)
# A sports club too, said of what kind or whose ("French club Paris Saint-Germain", the
# model's FAC in 5 CNN reports; "Bundesliga club Bayer Leverkusen", "captained his club
# Lavey"), not after an article alone: "his unsuccessful spell with the club Bueno
# celebrates" is a caption run into the text (the Daily Mail's), no club called Bueno.
_CLUB_NOUN = "club"
_ARTICLES = frozenset("the a an this that".split())
# The same kinds in the plural right before one name of them: "a reporter for publishers
# Funke Mediengruppe", "the broadcasters Sky and BT". Not "makers" ("film-makers Joel and
# Ethan Coen" are people), nor the plural of a word that is also a person's group
# ("groups", "bands" of people are no firms' kinds here) or of a common noun of things
# ("papers", "channels", "networks", "labels", "chains", "giants").
_ORG_PLURALS = frozenset(
    "newspapers dailies weeklies tabloids broadcasters airlines carriers companies firms "
    "manufacturers retailers operators startups start-ups banks insurers lenders agencies "
    "publishers studios charities conglomerates".split()
)
# Where one studies is a school, an organisation: "his first year at Harvard Law",
# "graduated from Punahou", "a law degree from Harvard", "the Princeton and Harvard Law
# grad" (a year in a school's count, not "last year at Wimbledon"; "a graduate student
# from the Southside" says where the student comes from, so "graduate" only after the name).
_STUDIED_AT_BEFORE = re.compile(
    r"\b(?:(?:first|second|third|fourth|final|freshman|sophomore|junior|senior)\s+year\s+at"
    r"|(?:studied|studying|enrolled|educated)\s+at"
    # "30 degrees at Heathrow" is the weather's.
    r"|(?:graduated|graduating)\s+from|(?<!\d\s)degrees?\s+(?:at|from))\s+(?:the\s+)?$"
)
_STUDIED_AT_BEFORE = EndsIn(_STUDIED_AT_BEFORE, "at from the")
_GRADUATE_AFTER = re.compile(
    r"^\s+(?:grads?|graduates?|alumn(?:us|a|i|ae)|alums?"
    # "a 50-year-old Drexel professor", "a Harvard law professor", "Oxford researchers"
    # (dev7): a university's staff, as its graduates are its own.
    r"|(?:[a-z]+\s+)?(?:professors?|lecturers?)|researchers|undergraduates?)\b"
)
# "the leftist Syriza", "the more radical Syriza", "the far-right Front National": a party or
# a movement named by where it stands (a person is "the leftist leader X" or "the
# conservative X, a senator", and a person's other cues outweigh this one).
_STANCE_BEFORE = re.compile(
    r"\bthe\s+(?:more\s+|most\s+)?(?:leftist|left-wing|rightist|right-wing|far-left|far-right|"
    r"hard-left|hard-right|radical|centrist|centre-left|centre-right|center-left|center-right|"
    r"populist|nationalist|separatist|socialist|communist|conservative|liberal|"
    r"anti-austerity|anti-immigration|anti-euro|eurosceptic|euroskeptic)\s+$"
)
_STANCE_BEFORE = EndsIn(
    _STANCE_BEFORE,
    "ist wing left right radical conservative liberal austerity immigration euro sceptic skeptic",
)
# A place named by what it is, before the name or in apposition: "the hip Cambodian eatery
# Le Petit Cambodge", "Le Bourget - the site outside Paris", "Goma, a town in the east"
# ("the news site Politico" is no place).
_PLACE_NOUNS = (
    r"(?:eatery|restaurant|pizzeria|brasserie|bistro|supermarket|bar|caf[eé]|pub|nightclub|"
    r"hotel|venue|stadium|arena|theatre|"
    r"theater|town|village|city|suburb|district|neighbourhood|neighborhood|island|"
    r"square|airport|port|resort|region|province)"
)
# "the hip Cambodian eatery Le Petit Cambodge", "a Cambodian restaurant, Le Petit Cambodge".
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?" + _PLACE_NOUNS + r"(?:\s+|\s*,\s+)$"
)
_PLACE_NOUN_BEFORE = EndsIn(
    _PLACE_NOUN_BEFORE,
    "eatery restaurant pizzeria brasserie bistro supermarket bar cafe café pub nightclub hotel "
    "venue stadium arena theatre theater town village city suburb district neighbourhood "
    "neighborhood island square airport port resort region province ,",
)
_PLACE_APPOSITION = re.compile(
    r"^\s*(?:,|\s[-–—])\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _PLACE_NOUNS
    + r"\s+(?:outside|near|north|south|east|west|in|of|where)|site\s+(?:outside|near))\b"
    # "La Petite Folie, one of her favorite Hyde Park restaurants"
    r"|^\s*,\s+one\s+of\s+(?:the|her|his|its|their|our|my|your)\s+(?:[\w'’-]+\s+){0,4}?"
    + _PLACE_NOUNS
    + r"s\b"
    # "Stade de France, St Denis, just north of Paris"
    r"|^\s*,\s+(?:just\s+|about\s+|some\s+)?(?:\d[\d,.]*\s+(?:miles|km|kilometres)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?[A-Z]"
)
_STAKE = re.compile(r"\b(?:shares|stake)\s+(?:in|of)\s+$", re.IGNORECASE)
_STAKE = EndsIn(_STAKE, "in of")
# "Ryanair, the Irish airline," "Blue Origin, a rocket company"; "X, the airline's CEO," is
# a person.
_ORG_APPOSITION = re.compile(
    r"^\s*(?:,|\s[-–—])\s+(?:the|a|an|its)\s+(?:(?!(?:for|of|at|with|to|in|from|by)\b)[\w-]+\s+){0,3}?"
    r"(?:company|airline|carrier|firm|band|"
    r"newspaper|magazine|broadcaster|network|group|party|bank|maker|retailer|website|agency|"
    r"publisher|manufacturer|insurer"
    # A sports side: "to play La Rochelle - a side they met twice" (dev5: the model's
    # person). Not a team of people nor a side of something ("a team of doctors", "a side
    # effect", "the other side of").
    r"|(?:club|team|side(?!\s+(?:effects?|dish(?:es)?|door|streets?|road)\b))\b(?!\s+of\b))"
    r"\b(?!['’]s)"
    # "in the Strait of Hormuz, the agency said": a reporting clause, no apposition.
    r"(?!\s+(?:said|says|reported|reports|added|adds|told|announced|stated|wrote|quoted)\b)"
)
# ... or a gloss in brackets: "the BRI (elite police unit)", "Canalys (an analyst firm)".
_ORG_GLOSS = re.compile(
    r"^\s*\(\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:company|airline|carrier|firm|band|"
    r"newspaper|magazine|broadcaster|network|group|party|bank|maker|retailer|website|agency|"
    r"publisher|manufacturer|insurer|unit|squad|brigade|militia|ministry)\s*\)"
)
# "parties such as Ukip", "carriers including Ryanair": one of a plural kind of organisation;
# also the second of two ("brands like J. Crew and Gap", "department stores such as Le
# Printemps and Les Galeries Lafayette"). "Outfits" is the press's word for firms ("Nokia,
# Sony and even Chinese outfits like Oppo").
_ORG_KIND_BEFORE = re.compile(
    r"\b(?i:parties|companies|firms|airlines|carriers|newspapers|magazines|broadcasters|"
    r"networks|banks|bands|retailers|manufacturers|makers|insurers|publishers|brands|labels|"
    r"stores|chains|websites|sites|outlets|outfits|publications|channels)\s+"
    r"(?i:such\s+as|like|including)\s+" + _NAME_AND + r"$"
)
_ORG_KIND_BEFORE = EndsIn(_ORG_KIND_BEFORE, "as like including and or")
# Not a kind but a note that what follows the name says what an organisation is ("Essence
# magazine", "the New Democracy party") or names its leader ("Syriza chief Alexis Tsipras",
# "Ukip leader Nigel Farage"). A place is written so too ("a Paris newspaper"), so the link
# stage counts it only for names the gazetteer does not know.
ORGANISATION_AFTER = "organisation?"
# Not a kind but a note that the text says what kind of organisation the name is, by a noun
# before it or in apposition ("the satirical weekly Charlie Hebdo", "the band Aerosmith",
# "Ryanair, the Irish airline,"): the link stage takes that over the model's labels of the
# name everywhere, unless a cue somewhere calls it a person or a place.
NAMED_ORGANISATION = "organisation!"
# Not a kind but a note that the name is where a report comes from or whom someone spoke
# to: "told L’Express that", "was quoted by FierceWirelessTech as saying", "according to
# Roscosmos.", "the Guardian Australia reported". A person is written so as often ("told
# Barnes she", "according to Lucy,"), so the link stage counts it only for a name the
# gazetteer does not know and no list of given names or surnames has a word of.
SOURCE = "source"
_SOURCE_BEFORE = re.compile(
    r"\b(?:told|tells|telling|according\s+to|quoted\s+by|(?:report(?:ed)?|published|"
    r"reporting)\s+(?:by|in)|(?:wrote|writing)\s+in|interview\s+with|(?:spoke|speaking)\s+"
    r"(?:to|with))\s+(?:the\s+|The\s+)?$"
)
_SOURCE_BEFORE = EndsIn(_SOURCE_BEFORE, "told tells telling to by in with the")
# The source's name ends its phrase: "told Bild:", "according to Roscosmos.", "told
# L’Express that"; "according to Montgomery County police" names the police.
_SOURCE_ENDS = re.compile(
    r"^(?:\s*[,.:;)]|\s+(?:that|as|in|on|last|this|earlier|yesterday|today|about|of|when)\b)"
)
_REPORTED_AFTER = re.compile(r"^,?\s+(?:reported|reports|has\s+reported)\b")
# "on Broadway, DNA Info reports": a capitalised word right before is the name's own, which
# the model cut off.
_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)(?!(?:The|A|An)\s)[A-Z][\w'’.&-]*\s+$")
# Not a kind but a note that the name is whom a quotation is put to: "“We could get
# extraordinarily lucky,” Foley told reporters", "Rich said: “We put in a whole week's
# work”". A firm or a country says things too ("Russia said"), but is seldom quoted so;
# the link stage counts it only for one word the gazetteer knows as a town, whose person
# labels it keeps from the town.
SPEAKER = "speaker"
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained)\b(\s*:)?")
# Not a kind but a note that a one-word name is given as someone's relative: "his wife
# Amanda", "his brother, Mohamed,", "Obama's half-sister Auma". The relative is of the
# family the article is about, so the link stage joins such a given name to a person of
# another article only where its article names that person's surname too.
RELATIVE = "relative"
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s?)\s+(?:[\w-]+\s+)?"
    r"(?:wife|husband|brother|sister|half-brother|half-sister|son|daughter|mother|father|"
    r"partner|fianc[eé]e?|girlfriend|boyfriend|cousin|uncle|aunt|nephew|niece|grandson|"
    r"granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother)"
    r"\s*,?\s+$"
)
_RELATIVE_BEFORE = EndsIn(
    _RELATIVE_BEFORE,
    "wife husband brother sister son daughter mother father partner fiance fiancee fiancé "
    "fiancée girlfriend boyfriend cousin uncle aunt nephew niece grandson granddaughter "
    "grandmother grandfather stepson stepdaughter stepfather stepmother ,",
)
# A hospital is an organisation too, "the Georges Pompidou hospital" ("a Paris hospital"
# is a place's: the link stage's gazetteer guard).
# A shop of a firm too: "the Harry Winston store", "a Harry Winston boutique", "Harry
# Winston jewellers" (a firm named after its founder, the model's PERSON).
_ORG_NOUN_AFTER = re.compile(
    r"^\s+(?:magazine|newspaper|tabloid|broadcaster|airline|band|website|hospital|clinic|"
    r"(?:jewel(?:le)?ry\s+)?(?:store|stores|boutique|boutiques|showroom)|jewel(?:l)?ers)\b"
    r"(?!\s+of\b)"
)
# What is done on a network or a site: "posted on Twitter", "wrote on Facebook", "in Twitter
# posts", "her Instagram account" ("said on Capitol Hill" is a place; a weekday is no name).
_POSTED_ON_BEFORE = re.compile(
    r"\b(?:posted|posting|wrote|writing|shared|tweeted|published|uploaded)\s+(?:it\s+)?on\s+$"
)
_POSTED_ON_BEFORE = EndsIn(_POSTED_ON_BEFORE, "on")
_NETWORK_AFTER = re.compile(r"^\s+(?:posts|account|accounts|feed|followers|handle|page)\b")
# "the New Democracy party"; "a Halloween party" is a celebration.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THE_BEFORE = EndsIn(_THE_BEFORE, "the")
_PARTY_AFTER = re.compile(r"^\s+party\b")
_LEADER_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:chief|head|leader|boss|chairman|chairwoman|founder)\s+[A-Z]"
)
# A firm's officers and the people it trades with, after its name: "BT chief executive",
# "EDF shareholders", "JetBlue customers", "Verizon subscribers". A person's name is not
# written so, and a place is ("UK customers"), so this is the `ORGANISATION_AFTER` note,
# which the link stage counts only for names the gazetteer does not know. Not "shares" nor
# "stock" ("Putin shares his view", "McCurry stock"), nor "board" ("On board").
_FIRM_PEOPLE_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:chief\s+(?:executive|operating\s+officer|financial\s+officer)|"
    r"shareholders|subscribers|customers|executives)\b"
)
_ORG_AFTER = re.compile(
    r"^\s+(?:(?:rebel|militant|armed|jihadist|opposition|political|terrorist)\s+"
    r"(?:group|faction|movement|alliance)\b|(?:fighters|militants|jihadists|insurgents|"
    r"gunmen|militiamen|members|spokesman|spokeswoman|spokesperson)\b"
    # A league's standings: "the Bundesliga table", "last season's Bundesliga runners-up"
    # (the model's GPE in 4 CNN and 5 frank reports). Not "the top of the X": a tower's or
    # a mountain's too.
    r"|(?:table|runners-up)\b"
    # A team's drivers and players: "Massa's Williams teammate Valtteri Bottas", "Red Bull's
    # feeder team Toro Rosso", "Williams team principal Claire Williams" (CNN, Formula One
    # teams named after their founders, which the model reads as people).
    r"|team-?mates?\b|feeder\s+team\b|team\s+(?:principal|boss|owner)\b)",
    re.IGNORECASE,
)
# "his F1 debut for Toro Rosso", "who drives for Sauber", "raced for Lotus": the team a
# driver or a player starts for. Not "drive", also a noun ("a food drive for Newtown").
_DEBUT_FOR_BEFORE = re.compile(
    r"\b(?:debut|drives|drove|driving|driver|drivers|raced|racing|races)\s+for\s+$"
)
_DEBUT_FOR_BEFORE = EndsIn(_DEBUT_FOR_BEFORE, "for")
# People are introduced with a role in apposition: "its director-general, Irina Bokova,"
# or "Abdulkafi al-Hamdo, a teacher and activist".
_ROLES = (
    *PERSON_TITLES,
    "director-general",
    "director general",
    "teacher",
    "activist",
    "lawyer",
    "journalist",
    "reporter",
    "student",
    "resident",
    "analyst",
    "researcher",
    "economist",
    "author",
    "writer",
    "founder",
    "head",
    "leader",
    "chief",
    "mother",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    # Family in apposition: "her daughters, Malia and Sasha", "children Malia, 10".
    "daughters",
    "sons",
    "children",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    # The rest of the family: "his 26-year-old cousin Hasna Aitboulahcen", "her father,
    # Fraser Robinson,".
    "father",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    # Others named in the news by what happened to them or what they are to someone: "Yik-
    # Kiong Hue, an MH370 next-of-kin, said", "aid worker Peter Kassig".
    "next-of-kin",
    "relative",
    "passenger",
    "victim",
    "survivor",
    "witness",
    "spectator",
    "friend",
    "neighbour",
    "neighbor",
    "colleague",
    "pilot",
    "nurse",
    "engineer",
    "worker",
    "veteran",
    "widow",
    "widower",
    "girlfriend",
    "boyfriend",
)
_ROLE_WORDS = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES)
# It ends in a comma (`context_cues` looks for one first: searched at every start, the
# pattern was a quarter of the cues' time).
_ROLE_BEFORE = re.compile(
    rf"\b(?i:{_ROLE_WORDS})(?:\s+(?:of|for|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*"
    rf"(?:\s+[A-Z][\w'’-]*)*)?\s*,\s*$"
)
_ROLE_BEFORE = EndsIn(_ROLE_BEFORE, contains=tuple(sorted({r.split()[-1].lower() for r in _ROLES})))
# "suffered a blow to the head, Madison Police Chief Mike Koval said", "shot in the head,
# police said": the body's head, after a preposition and "the" or a possessive, is no role
# of the name after the comma.
_BODY_HEAD_BEFORE = re.compile(
    r"\b(?:to|in|on|into|over|across|above|around|through|at|from|by|behind)\s+"
    r"(?:the|his|her|their|its|my|your|our)\s+head\s*,\s*$",
    re.IGNORECASE,
)
# An occupation right before the name, in lower case: "U2 singer Bono", "journalist Jane
# Doe", "her daughter Malia" (a capitalised word there is part of a name: "Student Union").
_OCCUPATIONS = (
    *(r for r in _ROLES if r not in PERSON_TITLES),
    "singer",
    "songwriter",
    "guitarist",
    "drummer",
    "bassist",
    "rapper",
    "frontman",
    "actor",
    "actress",
    "comedian",
    "novelist",
    "poet",
    "photographer",
    "designer",
    "chef",
    "presenter",
    # Sport and the news's own people: "Brazilian forward Robinho", "Liverpool midfielder
    # Dietmar Hamann", "Fox News anchor E.D. Hill", "billionaire investor Stan Kroenke".
    "forward",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "footballer",
    "referee",
    "anchor",
    "correspondent",
    "editor",
    "columnist",
    "professor",
    "historian",
    "investor",
    "businessman",
    "businesswoman",
    "strategist",
)
_OCCUPATION_WORDS = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in _OCCUPATIONS)
# The last words of the occupations and the people's titles ("reporter", "commodore"), for
# a role phrase the model reads as a body's name (`boundaries.without_roles`).
ROLE_NOUNS = frozenset(r.split()[-1] for r in (*_OCCUPATIONS, *PERSON_TITLES))
_OCCUPATION_BEFORE = re.compile(rf"(?<![\w-])(?:{_OCCUPATION_WORDS})\s+$")
_OCCUPATION_BEFORE = EndsIn(_OCCUPATION_BEFORE, " ".join(o.split()[-1] for o in _OCCUPATIONS))
# "19-year-old Pouria Nour Mohammad Mehrdad": an age before the name (two digits at most:
# "the 150-year-old Cutty Sark" is a ship, and buildings are older still).
_AGE_BEFORE = re.compile(r"(?<![\w-])\d{1,2}-year-old\s+$")
_AGE_BEFORE = EndsIn(_AGE_BEFORE, "year-old")
_ROLE_AFTER = re.compile(
    rf"^\s*,\s+(?i:the|a|an|its|his|her|their|our|my)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:{_ROLE_WORDS}|\d{{1,3}}-year-old)\b"
    # A bare occupation between commas, as a live blog signs its posts: "Sumit
    # Paul-Choudhury, editor, newscientist.com", "Andy Coghlan, reporter".
    rf"|^\s*,\s+(?:{_OCCUPATION_WORDS})\s*(?:,|\n|$)"
    # A relative after "and": "Pascal Laloux and his brother Joel" ("and its" is a thing's).
    r"|^\s+and\s+(?:his|her|their)\s+(?:(?:elder|older|younger|twin|late)\s+)?"
    r"(?:brothers?|sisters?|wife|husband|sons?|daughters?|mother|father|parents|children|"
    r"partner|fianc[eé]e?)\b"
)
# A people-word in apposition, a nationality or a party's member, says who someone is:
# "Mehdi Nemmouche, a Frenchman who", "Ali O., 31, a Frenchman living in Molenbeek", "X, a
# Moroccan who", "X, a Democrat from Ohio" ("Nokia, a Finnish company" names a kind).
_PEOPLE_WORD_AFTER = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:[A-Z][a-z]+(?:man|woman)\b(?!\s+[a-z]+\b(?<!who))"
    r"|[A-Z][a-z]+\s+(?:who|whose|living|born|from|residing)\b)"
)
# "Boo-Keun Yoon who currently leads", "Alan Kennedy, who was": who is said of people, and
# of teams and parties ("Wigan, who", "Ukip, who"), so only after a name of two words, and
# not after one ending in a club's word, which names the team ("followed by Leeds United,
# who had player assets valued at").
_WHO_AFTER = re.compile(r"^\s*,?\s+who\b")


def _counted_group(before: str, after: str, name: str) -> bool:
    return bool(
        _GROUP_PLURAL.fullmatch(name)
        and _GROUP_COUNT_BEFORE.search(before)
        and _GROUP_END_AFTER.match(after)
        and not _SCORE_BEFORE.search(before)
    )


def _the_plural_who(before: str, after: str, name: str) -> bool:
    # "the Lib Dems, who lost 11 of their 12 MEPs", "the New York Mets, who": "who" after
    # "the" and a name of two words or more ending in a plural is said of a party, a side
    # or a band, a group that the name is; a person's name is no plural after "the".
    return (
        " " in name
        and _WHO_AFTER.match(after) is not None
        and _THE_BEFORE.search(before) is not None
        and _PLURAL_NAME.fullmatch(name.split()[-1]) is not None
    )


# A person's age or birth after the name: "Malia, 10, and Sasha, 7", "Smith, 45, said",
# "Malia (born 1999)", "daughters [Malia, 9 years old, and Sasha, 6]". A place is never
# given an age; a year ("Paris, 1968,") has four digits.
_AGE_AFTER = re.compile(
    r"^(?:,\s*\d{1,2}[ \t]*(?:,|;|\.(?!\d)|\)|\]|\n|$|\s+and\b)|\s*\((?:born|aged)\b"
    r"|,\s*\d{1,2}\s+years?\s+old\b)"
)
# "Police said that Mahesh had been remanded until 12 April", "Kent was bailed with strict
# conditions": what is done to one held by the police or a court is done to a person (a firm
# is charged, convicted or fined, not arrested, jailed or remanded), and so is dying. Only
# the subject of the verb, in the singular: not after a preposition ("a driver in India has
# been arrested", "Kevin Rebbie of Pennsylvania was arrested") nor after a capitalised word
# that may be the name's own.
_HELD_AFTER = re.compile(
    r"^\s+(?:was|is|has\s+been|had\s+been)\s+(?:arrested|jailed|remanded|detained|imprisoned|"
    r"extradited|bailed|hanged)\b"
    # "Bettie Page died Thursday", "Fred LaRue has died": a firm closes, a person dies.
    r"|^\s+(?:has\s+|had\s+)?(?:died|dies|passed\s+away)\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:of|from|in|at|near|for|by|with|to|on|into|across|outside|inside)\s+$"
)


def _held(before: str, after: str) -> bool:
    return (
        _HELD_AFTER.match(after) is not None
        and not _PREPOSITION_BEFORE.search(before)
        and not _CAPITALISED_BEFORE.search(before)
    )


def _named_product(before: str, after: str) -> bool:
    # "Android 5.0 Lollipop", "stock Android (4.4.2 KitKat)"; "Samsung's Bada operating
    # system" (`NAMED_PRODUCT`).
    return (
        before.rstrip()[-1:] in _VERSION_ENDS and _VERSION_BEFORE.search(before) is not None
    ) or (_SOFTWARE_AFTER.match(after) is not None and _MAKER_BEFORE.search(before) is not None)


def context_cues(before: str, after: str, name: str = "") -> tuple[str, ...]:
    """The kinds the text just before and just after a mention point to (may be empty).

    `before` should end where the mention starts and `after` start where it ends; a few
    words on each side are enough. `name`, the mention itself, lets an abbreviation's use
    as a common noun ("2GB of RAM") be noted.
    """
    found = []
    # "featured in Essence magazine": "in" is said of the magazine, not of a place.
    organisation_after = bool(
        _ORG_NOUN_AFTER.match(after)
        or _LEADER_AFTER.match(after)
        or _FIRM_PEOPLE_AFTER.match(after)
        or (_PARTY_AFTER.match(after) and _THE_BEFORE.search(before))
        or _POSTED_ON_BEFORE.search(before)
        or _NETWORK_AFTER.match(after)
    )
    if (
        _PLACE_BEFORE.search(before)
        or _PLACE_AFTER.match(after)
        or _PLACE_NOUN_BEFORE.search(before)
        or _PLACE_APPOSITION.match(after)
        or _BUILDING_OF.search(before)
        or _JOURNEY_BEFORE.search(before)
        or (_ADDRESS_BEFORE.search(before) and _STREET_SHAPED.match(name))
        or (_MEAL_AT_BEFORE.search(before) and not _CAPITAL_AFTER.match(after))
        or saints_building(name, after)
    ):
        found.append("place")
    elif not organisation_after and (
        # "who served in Patton's army": before an owner's possessive, "in" says where the
        # thing owned is, not the owner (a general, a firm or a town alike).
        (
            _IN_BEFORE.search(before)
            and not _OWNER_AFTER.match(after)
            and not _INTEREST_IN_BEFORE.search(before)
        )
        or (
            _AT_BEFORE.search(before)
            and not _AT_MEMBER_BEFORE.search(before)
            and not _CAPITAL_AFTER.match(after)
        )
    ):
        found.append(WEAK_PLACE)
    named_organisation = bool(
        _org_noun_before(before)
        or _org_noun_apposed(before, after, name)
        or _ORG_APPOSITION.match(after)
        or _ORG_GLOSS.match(after)
        or _cut_from_institution(before, after)
    )
    if (
        named_organisation
        or _ORG_BEFORE.search(before)
        or _ORG_AFTER.match(after)
        or _DEBUT_FOR_BEFORE.search(before)
        or _ORG_KIND_BEFORE.search(before)
        or _STANCE_BEFORE.search(before)
        or _STUDIED_AT_BEFORE.search(before)
        or _GRADUATE_AFTER.match(after)
        or _the_plural_who(before, after, name)
    ):
        found.append("organisation")
        if named_organisation:
            found.append(NAMED_ORGANISATION)
    elif organisation_after:
        found.append(ORGANISATION_AFTER)
    if (_SOURCE_BEFORE.search(before) and _SOURCE_ENDS.match(after)) or (
        _REPORTED_AFTER.match(after) and not _CAPITALISED_BEFORE.search(before)
    ):
        found.append(SOURCE)
    if (
        _title_before(before)
        or (
            before.rstrip().endswith(",")
            and _ROLE_BEFORE.search(before)
            and not _BODY_HEAD_BEFORE.search(before)
        )
        or _OCCUPATION_BEFORE.search(before)
        or _AGE_BEFORE.search(before)
        or _ROLE_AFTER.match(after)
        or _AGE_AFTER.match(after)
        or _PEOPLE_WORD_AFTER.match(after)
        or _held(before, after)
        or (
            " " in name
            and _WHO_AFTER.match(after)
            and _last_word(name) not in _CLUB_ENDS
            and not _the_plural_who(before, after, name)
        )
    ):
        found.append("person")
    if (
        _CREDIT_BEFORE.search(before)
        or _CREDIT_AFTER.match(after)
        or _slash_credit(before, after)
        or _CHROME.search(before)
        or (before.endswith("(") and _BRACKETS_ENDING_LINE.match(after))
        or (_LINE_START.search(before) and _LINE_END.match(after))
        or (_DATELINE_OPEN.search(before) and after.startswith(")"))
    ):
        found.append(FURNITURE)
    if _ZONE.fullmatch(name) and _CLOCK_BEFORE.search(before):
        found.append(TIME_ZONE)
    if " " not in name and _RELATIVE_BEFORE.search(before):
        found.append(RELATIVE)
    if _OPENING_QUOTE.search(before[-3:]) and _CLOSING_QUOTE.match(after):
        found.append(QUOTED)
    if _in_headline(before, after, name):
        found.append(HEADLINE)
    if after[:1] == " " and " " not in name:
        speech = _SPEAKER_AFTER.match(after)
        if speech and (speech[1] or before.rstrip().endswith(('"', "”"))):
            found.append(SPEAKER)
    if _THE_BEFORE.search(before):
        found.append(AFTER_THE)
    if _A_BEFORE.search(before):
        found.append(AFTER_A)
        if _BRAND_NOUN_AFTER.match(after):
            found.append(A_BRAND)
    if (
        _CLUB_AFTER.match(after)
        or _POSITION_AFTER.match(after)
        or _CLUB_BEFORE.search(before)
        or _SIDE_BEFORE.search(before)
        or _PLAYED_FOR_BEFORE.search(before)
        or _FIXTURE_AFTER.match(after)
        or _FIXTURE_BEFORE.search(before)
        or (_HELPED_BEFORE.search(before) and _RESULT_AFTER.match(after))
        or (_PLURAL_VERB_AFTER.match(after) and _SUBJECT_BEFORE.search(before))
    ):
        found.append(CLUB)
    if (
        _PRODUCT_AFTER.match(after)
        or _VERSION_AFTER.match(after)
        or _PRODUCT_BEFORE.search(before)
        or (_SCORE_FOR_BEFORE.search(before) and _common_words(name))
        or (" " in name and _COLOUR_BEFORE.search(before))
        or (_PLURAL_NAME.fullmatch(name) and _COUNTED_BEFORE.search(before))
        or _counted_group(before, after, name)
        or _PRODUCT_APPOSITION.match(after)
        or _ACTOR_AFTER.match(after)
        or (" " not in name and _actor_in_brackets(after))
        or _PRODUCT_CALLED.search(before)
        or _VESSEL_BEFORE.search(before)
        or _FEATURE_BEFORE.search(before)
        or (" " in name and _PRODUCT_KIND_BEFORE.search(before))
        or _SOFTWARE_NAME_END.search(name)
        or (_DEVICES_AFTER.match(after) and _ITS_BEFORE.search(before))
        or _ON_A_DEVICE_AFTER.match(after)
        or _SATELLITE_AFTER.match(after)
        or (_ABBREVIATED_SCREEN_AFTER.match(after) and _one_common_word(name))
        or (_ACRONYM_NAME.fullmatch(name) and _TERM_BEFORE.search(before))
        or _term_noun_after(before, after, name)
        or _model_number_after(before, after, name)
        or (
            _ABBREVIATION_NAME.fullmatch(name)
            and _A_BEFORE.search(before)
            and _PHRASE_END_AFTER.match(after)
        )
        or (
            " " in name
            and _A_BEFORE.search(before)
            and (_PHRASE_END_AFTER.match(after) or _VEHICLE_AFTER.match(after))
        )
        or (
            " " in name
            and _WORK_AFTER.match(after)
            and name.split()[-1].casefold() not in ORGANISATION_WORDS
        )
        or (_WORK_BEFORE.search(before) and not _OWNER_AFTER.match(after))
    ):
        found.append(PRODUCT)
    if _named_product(before, after):
        found.extend((PRODUCT, NAMED_PRODUCT) if PRODUCT not in found else (NAMED_PRODUCT,))
    if (
        _COMPETITION_AFTER.match(after)
        or _COMPETITION_BEFORE.search(before)
        or _EDITION_AFTER.match(after)
        or _won(before, after, name)
    ):
        found.append(COMPETITION)
    if _DISEASE_AFTER.match(after) or _DISEASE_BEFORE.search(before):
        found.append(DISEASE)
    if (_ROW_START.search(before) and (_STANDINGS.match(after) or _SCORE_FIRST.match(after))) or (
        _SCORE_SECOND.search(before) and _SCORE_END.match(after)
    ):
        found.append(TEAM)
    return tuple(found)


# Nouns of institutions that a name, often a person's, is part of: "Whitney M. Young Magnet
# High School", "Encyclopedia Britannica's website". The model sometimes tags only the
# person-like part, as a person.
_INSTITUTION_NOUNS = r"(?:School|College|University|Academy|Institute|Encyclopa?edia)"
_INSTITUTION_AFTER = re.compile(
    r"^[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}?" + _INSTITUTION_NOUNS + r"\b"
)
_INSTITUTION_BEFORE = re.compile(r"(?:^|\s)" + _INSTITUTION_NOUNS + r"[ \t]+$")
_INSTITUTION_BEFORE = EndsIn(
    _INSTITUTION_BEFORE, "school college university academy institute encyclopedia encyclopaedia"
)


def _cut_from_institution(before: str, after: str) -> bool:
    # The mention is part of an institution's name the model cut: its noun follows on the
    # same line after capitalised words only, or comes right before it.
    return bool(_INSTITUTION_AFTER.match(after) or _INSTITUTION_BEFORE.search(before))


def _org_noun_before(before: str) -> bool:
    # "the band Aerosmith", "analyst firm Canalys", "Chinese phone-maker Xiaomi", "shares in X".
    if not before[-1:].isspace():
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1].casefold()
    # A compound's head names the kind ("phone-maker", "boy-band"), but a count or a
    # frequency before "-band" makes it a radio band ("quad-band GSM/EDGE", "dual-band
    # WiFi", "5GHz-band"), not a group of musicians.
    return (
        last in _ORG_NOUNS
        or (last == _CLUB_NOUN and len(words) > 1 and words[-2].casefold() not in _ARTICLES)
        or (last.rsplit("-", 1)[-1] in _ORG_NOUNS and not _RADIO_BAND.match(last))
        or last in _ORG_PLURALS
        or bool(_STAKE.search(before))
    )


_RADIO_BAND = re.compile(r"(?:single|dual|tri|quad|penta|multi|\d[\w.]*)-band$")


# An organisation's kind and a comma before its name, set off as an apposition: "A report
# in a Serbian newspaper, Blic, said", "a rival British TV channel, Netflix or Amazon".
_ORG_NOUN_COMMA_BEFORE = re.compile(
    r"\b(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_ORG_NOUNS))
    + r")\s*,\s+$"
)
# ... but where a phrase of a preposition opens the sentence, the name after its comma is
# the sentence's subject: "According to the newspaper, Barrientos, 39," (CNN/DailyMail).
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s+)(?:According\s+to|With|For|To|By|From|At|On|In|After|During|"
    r"Before|Within|Inside|Under|Like|Unlike|As)\s+[^.!?\n]*,\s+$"
)
# The apposition closes after the name: a comma, a full stop, a bracket or "or" ("Blic,
# said", "Netflix or Amazon"); a verb there makes the name a clause's subject ("During her
# years with the group, Michelle set", dev).
_APPOSITION_CLOSES = re.compile(r"^(?:\s*(?:[,;.)]|$)|\s+or\b)")


def _org_noun_apposed(before: str, after: str, name: str) -> bool:
    # "a Serbian newspaper, Blic,": the noun before the comma says what the name is. A name
    # ending in an organisation's word says so itself, and the cue would go with it to the
    # name without the word ("his own ad agency, Freberg Ltd." beside Stan Freberg's surname
    # alone, CNN/DailyMail).
    return bool(
        before.endswith(" ")
        and "," in before[-4:]
        and _last_word(name) not in ORGANISATION_WORDS
        and _ORG_NOUN_COMMA_BEFORE.search(before)
        and _APPOSITION_CLOSES.match(after)
        and not _CLAUSE_OPENER_BEFORE.search(before)
    )


def _title_before(before: str) -> bool:
    # A title stands apart from the name: "(Col/Movistar)", a rider's country and team in a
    # results table, has no colonel in it.
    if not before[-1:].isspace():
        return False
    words = before.split()[-3:]
    return any(title_key(" ".join(words[i:])) for i in range(len(words))) and bool(
        words and name_key(words[-1])
    )


def _in_headline(before: str, after: str, name: str = "") -> bool:
    # The line around the name, as far as the context reaches: it must start in `before`.
    # The name's own words count ("McCain Defends Homes" is a heading of three words).
    if "\n" not in before and len(before) >= _CONTEXT_SEEN:
        return False
    line = before.rsplit("\n", 1)[-1] + " " + name + " " + after.split("\n", 1)[0]
    return _title_case_heading(line, 3 if name else 2)


_CONTEXT_SEEN = 40  # characters of context the extraction passes either side


def _title_case_heading(line: str, least: int = 3) -> bool:
    # "Okafor Appears in Court After Devastating Storm": a headline or a menu in title case,
    # three words or more of four letters or more, all capitalised, and no full stop at the
    # end. Its capitals say nothing either.
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return (
        len(words) >= least
        and all(w[0].isupper() for w in words)
        and not line.rstrip().endswith((".", '"', "”"))
    )


# Not a kind but a note that a monarch's or a pope's title stands right before the name:
# "Pope Francis", "King Salman", "Prince Harry". The title is stripped from the name
# (`generator.text.names.PERSON_TITLES`), and what follows it is the name the person reigns
# or is known by, a given name: it is no surname alone of another person of the corpus
# ("Francis" of a Tony Francis, "Salman" of Mohammed bin Salman; `link.resolve`).
REGNAL = "regnal"
REGNAL_TITLES = tuple("Pope King Queen Prince Princess Emperor Empress Tsar Czar".split())
_REGNAL_BEFORE = re.compile(rf"\b(?:{'|'.join(REGNAL_TITLES)})\s+$")


def after_regnal_title(text: str, start: int) -> bool:
    """Whether a monarch's or a pope's title stands right before `start` ("Pope Francis")."""
    return bool(_REGNAL_BEFORE.search(text, max(0, start - 20), start))


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands in a quoted title in title case that
    says more than the name: "a banner headline that read, “U.S. Court Bans Segregation in
    Diners and Higher Education.”", "In “American Grown: The Story of the White House
    Kitchen Garden and Gardens Across America,”". A headline or a book's title quoted in a
    sentence capitalises every word, so its capitals mark no name of their own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(q, line_start, start) for q in _OPENING_MARKS)
    closing = [at for at in (text.find(q, end, line_end) for q in _CLOSING_MARKS) if at >= 0]
    if opening < 0 or not closing:
        return False
    # A straight mark opens a quotation after an even number of them on the line; after an
    # odd number it closes one ('"Over the Rainbow" (by Harold Arlen and E.Y "Yip"').
    if text[opening] == '"' and text.count('"', line_start, opening) % 2:
        return False
    quoted = text[opening + 1 : min(closing)].rstrip(",.!?")
    if any(q in quoted for q in _OPENING_MARKS + _CLOSING_MARKS):
        return False
    words = [w for w in quoted.split() if w[:1].isalpha()]
    # Every word capitalised but a title's small words: "“This is not Iraq or
    # Afghanistan,” she said" is speech.
    if sum(w[0].isupper() for w in words) < 3 or not all(
        w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words
    ):
        return False
    outside = (text[opening + 1 : start] + " " + text[end : min(closing)]).split()
    return any(w[:1].isupper() for w in outside)


_OPENING_MARKS = ("“", '"')
_CLOSING_MARKS = ("”", '"')
# The words a title in title case leaves in lower case: articles, conjunctions and short
# prepositions.
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as vs into onto".split()
)


# "Mr. Major", "U.S. Steel": a dot after a short capitalised word ends no sentence.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z][A-Za-z]{0,2}|(?:[A-Za-z]\.)+[A-Za-z])\.$")
_CLAUSE_END = ".!?:;\"“”‘’'"


def capital_says_nothing(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is capitalised where any word would be.

    That is at the start of a line or a sentence, after a colon or a spaced dash
    ("Steers - Select"), or on a line without a lowercase letter (a headline in capitals, a
    table heading). Elsewhere a capital letter is what marks a name.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(c.islower() for c in line) or _title_case_heading(line):
        return True
    before = text[line_start:start].rstrip()
    if not before or (before[-1] in _CLAUSE_END and not _ABBREVIATION.search(before)):
        return True
    return before[-1] in "-–—" and (len(before) == 1 or before[-2].isspace())


# An abbreviation of a common noun: its article spells it out in lower case, "the financial
# contracts known as credit default swaps" (CDS), "“PNR” – or passenger names records system",
# "switching into ultra power saving mode" (UPSM). An organisation's or a place's name is
# spelt out with capitals ("the European Central Bank (ECB)"), so its initials make no such
# phrase, unless the phrase says what kind of body it is: "the nation's largest lesbian
# political action committee. The group, LPAC," (CNN/DailyMail). Three capitals or more, and
# no function word among the phrase's words: two initials, or small words, match by chance
# ("little girl" for LG, "a foiled plot" for AFP).
_ALL_CAPITALS = re.compile(r"[A-Z]{3,6}")


# A measurement of a device: a number and a unit of frequency, memory, data rate, charge,
# frame rate, resolution or brightness ("2.5GHz", "2GB", "2,800mAh", "150Mbps", "30fps",
# "30 frames per second", "12 megapixels", "1080p", "4K", "500 nits"). Units of length,
# weight, speed or money are left out: a body's news gives them too ("a 9mm pistol", "6
# inches of snow", "68p a vote").
_MEASURE = re.compile(
    r"(?<![\w$£€.,])\d+(?:[.,]\d+)*\s?(?:[GMk]Hz|[GMT]B|mAh|[GM]bps|fps|MP|megapixels?|"
    r"frames\s+per\s+second|nits|ppi)(?![\w])"
    r"|(?<![\w$£€.,])\d{3,4}p(?![\w])|(?<![\w$£€.,])\d{1,2}K(?![\w])"
)
# The sentence around a mention: from the last sentence end (or line break) before it to
# the next after it ("2.5GHz" has a full stop inside, with no space after it).
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_SENTENCE_REACH = 400  # characters looked at either side, at most
# After the abbreviation, a number is its body's standard ("IEEE 802.11", "ISO 9001"; not a
# measurement: "UHD 4K video") and a possessive its owner's ("HTC's 4MP camera").
_NUMBER_OR_POSSESSIVE_AFTER = re.compile(r"\s+\d|['’]s\b")


# Two abbreviations joined by a slash, standards named together: "quad-band GSM/EDGE",
# "GPS/GLONASS".
_JOINED_ACRONYMS = re.compile(r"[A-Z]{2,6}\+?/[A-Z]{2,7}\+?")


def measured_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the abbreviation at `text[start:end]` ("GPU", "UHD") stands in a sentence that
    gives a device's measurement ("GPU goes from 450 MHz to 578 MHz", "UHD 4K video at 30
    frames per second"): a part, a feature or a standard of a device, no body. Not before
    a number or a possessive ("supports IEEE 802.11 b/g/n Wi-Fi 2.4 GHz")."""
    name = text[start:end]
    if not _ACRONYM_NAME.fullmatch(name) and not _JOINED_ACRONYMS.fullmatch(name):
        return False
    after = _NUMBER_OR_POSSESSIVE_AFTER.match(text, end, end + 8)
    if after and not _MEASURE.match(text, after.end() - 1, end + 40):
        return False
    return _MEASURE.search(text, *_sentence_around(text, start, end)) is not None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    # Where the sentence of `text[start:end]` begins and ends, looked for at most
    # `_SENTENCE_REACH` characters either side.
    first = max(0, start - _SENTENCE_REACH)
    last = min(len(text), end + _SENTENCE_REACH)
    begin = max((m.end() for m in _SENTENCE_STOP.finditer(text, first, start)), default=first)
    stop = _SENTENCE_STOP.search(text, end, last)
    return begin, stop.start() if stop else last


# A standard's or a program's version after its name: "Bluetooth 4.0 + LE", "MHL 2.0",
# "Android 4.4". A small first number and one or two after the point, going on into no
# amount ("1.5 billion", "2.5 per cent") and no size ("5.1-inch").
_TECHNICAL_VERSION = re.compile(
    r"\b[A-Z][A-Za-z]+\+? v?\d\.\d{1,2}\b(?![.,]?\d|\s*[-–/(%]|\s+\d"
    r"|\s*(?:per\s*cent|percent|million|billion|bn|m\b|inch|in\b|mm|cm|GHz|MHz|GB|MB))"
)
# A list's item: a comma or "and" before it, a comma, "and" or the sentence's end after.
_LIST_ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$")
_LIST_ITEM_AFTER = re.compile(r"\s*(?:,|and\b|[.;](?:\s|$))")


def listed_with_versions(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is an item of a list in a sentence that gives
    two versions of standards or programs ("Bluetooth 4.0 + LE, GPS/GLONASS, DLNA, USB OTG,
    MHL 2.0 and WiFi Direct"): a device's specifications, whose items are standards and
    features, no bodies."""
    if not _LIST_ITEM_BEFORE.search(text, max(0, start - 6), start):
        return False
    if not _LIST_ITEM_AFTER.match(text, end):
        return False
    versions = _TECHNICAL_VERSION.finditer(text, *_sentence_around(text, start, end))
    return next(versions, None) is not None and next(versions, None) is not None


# After a one-word thing in a colour, its phrase ends: "a black Clio with Belgian number
# plates", "the dawn of “a black Camelot” —"; not "a white Ferguson police officer" or
# "the red Kremlin walls", where the name is a town's or a building's before a noun.
_THING_END_AFTER = re.compile(rf"\s*[.,;:)!?\"”’]|\s+(?:{_PHRASE_WORDS})\b")


def coloured_thing(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at `text[start:end]` is a thing in a colour, its phrase
    ending after it ("a black Clio with Belgian number plates", "“a black Camelot”"): a
    model or a figure of speech, no person or place. A maker's name is written so too ("a
    black VW and", "a black Seat which"), so the caller asks this of no organisation."""
    return (
        " " not in text[start:end]
        and _COLOUR_BEFORE.search(text[max(0, start - 40) : start]) is not None
        and _THING_END_AFTER.match(text, end) is not None
    )


def spelled_out_in_lower_case(text: str, name: str) -> bool:
    """Whether `name`, an abbreviation in capitals, stands in `text` for a phrase of words in
    lower case whose initials it is ("credit default swaps" for "CDS")."""
    if not _ALL_CAPITALS.fullmatch(name):
        return False
    # Here, not at the top: the link stage imports this module, and a build that analyses
    # nothing never imports spaCy.
    from spacy.lang.en.stop_words import STOP_WORDS

    return any(
        not any(word in STOP_WORDS or word in ORGANISATION_WORDS for word in found.groups())
        for found in _spelled_out(name).finditer(text)
    )


@lru_cache(maxsize=4096)
def _spelled_out(name: str) -> re.Pattern[str]:
    # One pattern per abbreviation, kept: `re`'s own cache of compiled patterns is shared
    # with the link stage's patterns of each article's names, which push these out of it.
    words = r"\s+".join(f"({letter.lower()}[a-z-]*)" for letter in name)
    # In a lookahead, so that a phrase with a small word hides no later one that overlaps it.
    return re.compile(rf"(?<![\w-])(?={words}(?![\w-]))")


# An abbreviation in capitals before a whole number of two digits or more, the number
# going on into neither a decimal, a range, a time nor a share ("ISO 320 image", "SPF 30
# suncream", "CVN 71"), nor into a score's comma or dash before a side's name ("UCLA 78,
# Kentucky 65"). A year is left out: "GOP 2016", "MWC 2014" name a body's or a fair's year.
_NUMBERED_ABBREVIATION = re.compile(
    r"(?<![\w&.-])([A-Z]{2,5}) (?!(?:19|20)\d\d\b)(\d{2,5})\b"
    r"(?![.,:/-]?\d|\s*[%–-]|\s*[,;]\s*[A-Z])"
)


def numbered_terms(text: str) -> frozenset[str]:
    """The abbreviations `text` writes before two different numbers or more: a setting's
    or a scale's values ("ISO 320" and "ISO 1250" in a camera's review, "SPF 30" and "SPF
    50" of sun creams), a common noun in every mention, no body. A body's abbreviation goes
    before one number of its own, a station's, a standard's or a tier's ("CBS 13
    reported", "IP 67", "an ATP 250 event"), which is left alone."""
    values: dict[str, set[str]] = defaultdict(set)
    for found in _NUMBERED_ABBREVIATION.finditer(text):
        values[found.group(1)].add(found.group(2))
    return frozenset(name for name, numbers in values.items() if len(numbers) > 1)


# A product line's variant is named by a common word after its model code: "the Samsung
# Galaxy S5 Active", "Sprint's exclusive Galaxy S5 Sport", "the S4 Active"; the article then
# calls it by the word alone ("the Sport lacks the convenience key", "than the Active"),
# which the model takes for a body. A code is one capital and one or two digits; a second
# capitalised word after the first makes a longer name ("T6 Fight Club"), and a body's word
# names a body ("KHOU11 News" has no such code anyway). Only a mention of the word alone is
# marked, so "O2 Arena" or "A3 Athletics", written whole, keep their names.
_VARIANT_AFTER_CODE = re.compile(r"(?<![\w-])[A-Z]\d{1,2} ([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])")


def model_variants(text: str) -> frozenset[str]:
    """The common English words `text` writes right after a model code as a variant's
    name ("Galaxy S5 Active", "S5 Sport"): "Active", "Sport"."""
    return frozenset(
        word
        for word in {found.group(1) for found in _VARIANT_AFTER_CODE.finditer(text)}
        if is_common_word(word)
        and not is_proper_word(word)
        and word.casefold() not in ORGANISATION_WORDS
    )


# A capitalised word that opens three items of a list or more, each going on in a word
# in lower case, is the shared first word of features' names written in
# sentence case ("Smart stay, Smart pause, Smart scroll"; "Smart stay, Smart scroll and
# Smart rotation"): the model tags the capitalised word alone, no body. Two items are not
# enough: "Russian soldiers, Russian military", "Brad hurts, Brad wants to play" are a
# people's adjective and a person.
_SHARED_FIRST_WORD = re.compile(
    r"(?<![\w-])([A-Z][a-z]+) [a-z]{3,}"
    r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)\1 [a-z]{3,}"
    r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)\1 [a-z]{3,}\b"
)


def shared_first_words(text: str) -> frozenset[str]:
    """The capitalised words `text` writes at the head of three list items or more, each
    followed by a word in lower case ("Smart stay, Smart pause, Smart scroll"): the first
    word of features' names, "Smart", no entity where it stands before such a word."""
    return frozenset(found.group(1) for found in _SHARED_FIRST_WORD.finditer(text))


# A name made only of common English words ("White Balance", "Heart Rate") that its article
# also writes in lower case as a common noun ("good white balance", "monitor heart rate and
# steps") is a setting's, a feature's or a measure's name in title case, no body: a body
# named by common words keeps its capitals, and where it is written in lower case it stays a
# definite thing, after "the", a possessive or a capitalised word ("the Italian coast guard",
# "the first family", "cycling's hour record", "the passport office"). A body's word
# ("department", "league") says what kind of body the phrase names, and a word Webster's
# lists capitalised may be a given name or a place's ("Rich", "Reading").
_NO_COMMON_NOUN_BEFORE = frozenset(
    "the a an this that these those its their his her our my your whose".split()
)


def written_as_a_common_noun(text: str, name: str) -> bool:
    """Whether `name`, two to four capitalised common English words ("White Balance"), is
    also written in `text` in lower case after a lower-case word other than an article or a
    possessive ("accurate white balance", "monitor heart rate"): a term, no entity."""
    words = name.split(" ")
    if not 2 <= len(words) <= 4 or not all(_TITLE_WORD.fullmatch(word) for word in words):
        return False
    if any(word.casefold() in ORGANISATION_WORDS or not is_plain_word(word) for word in words):
        return False
    phrase = name.lower()
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            before = text[max(0, at - 30) : at].split()
            word = before[-1] if before else ""
            if word.isalpha() and word.islower() and word not in _NO_COMMON_NOUN_BEFORE:
                return True
        at = text.find(phrase, end)
    return False


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "-_'’"


# A list of names that shares a feature's noun is a list of features, modes or settings:
# "Eraser, Drama and Best photo modes", "the Best Photo, Best Face, Drama Shot and Eraser
# features" after the list, "five screen modes: Professional Photo, Cinema, Dynamic, Adapt
# and Standard" before it. A name alone before such a noun is a `_PRODUCT_AFTER` cue
# already ("the Shot & More mode"); the list carries it to every name in it. Not "apps",
# "services" or "networks", which follow companies' names ("the Facebook and Twitter
# apps").
_FEATURE_NOUNS = r"(?:modes|features|settings|presets|filters)"
_LIST_ITEM = r"[A-Z][\w&'’+-]*(?:\s[A-Z&][\w&'’+-]*){0,2}"
# The last name before the noun may end in a word in lower case ("Best photo modes").
_LIST_JOIN = r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)"
_LISTED_FEATURES_AFTER = re.compile(
    rf"{_LIST_JOIN}(?:{_LIST_ITEM}{_LIST_JOIN}){{0,6}}{_LIST_ITEM}(?:\s[a-z]+)?\s{_FEATURE_NOUNS}\b"
)
_LISTED_FEATURES_BEFORE = re.compile(
    rf"\b{_FEATURE_NOUNS}(?:\sinclude)?:\s(?:{_LIST_ITEM}{_LIST_JOIN}){{0,6}}$"
)
_LIST_REACH = 120  # characters looked at either side, at most


def listed_as_features(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` stands in a list of names that a feature's,
    a mode's or a setting's noun follows or introduces ("Eraser, Drama and Best photo
    modes", "five screen modes: Professional Photo, Cinema, Dynamic"): a feature, no body."""
    if text.startswith((",", " and ", " or "), end) and _LISTED_FEATURES_AFTER.match(
        text, end, end + _LIST_REACH
    ):
        return True
    before = text[max(0, start - _LIST_REACH) : start]
    return before.rstrip().endswith((":", ",", " and", " or")) and bool(
        _LISTED_FEATURES_BEFORE.search(before)
    )
