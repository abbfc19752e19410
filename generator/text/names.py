"""One canonical spelling per name: titles, possessives, "the", numbers and fragments go.

`canonical_forms` turns the text of one model span into the names it stands for (usually
one; a span the model ran across a line break becomes one per line). `name_key` is the key
under which spelling variants meet: case (ISIL/Isil), accents, hyphens and apostrophes
(al-Hamdo/al Hamdo).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.text.abbreviations import best_long_form
from generator.text.lexicon import is_plain_word

# Lowercase words that may sit inside a name ("Bank of England", "Abdulkafi al-Hamdo").
CONNECTORS = frozenset(
    "of the for and de du des da di del della dos das von van der den le la les al el bin ibn "
    "bint ben abu y e on upon au aux zu ter ten".split()
)

# Titles and roles written before a person's name; stripped only from person spans, so
# "General Motors" and "Prince Edward Island" keep their first word.
PERSON_TITLES = (
    "president",
    "vice president",
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "finance minister",
    "minister",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "secretary",
    "chancellor",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    # A company's officers: "Malaysia Airlines CEO Ahmad Jauhari Yahya".
    "chief executive officer",
    "chief executive",
    "ceo",
    "founder",
    "co-founder",
    "director",
    "commander",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    # Other ranks of armed forces and police, and their abbreviations ("Cmdr. William
    # Marks", "Det. Supt. John Smith", "Adm. Mike Mullen").
    "commodore",
    "cmdr",
    "cdr",
    "admiral",
    "vice admiral",
    "rear admiral",
    "adm",
    "brigadier",
    "brig",
    "field marshal",
    "wing commander",
    "squadron leader",
    "corporal",
    "cpl",
    # Enlisted ranks' abbreviations ("Army Spc. Caleb Barnes", "Pfc. Bradley Manning",
    # "Union Maj. ..."), and ranks of two words; not "private" ("Private Eye").
    "spc",
    "pfc",
    "pvt",
    "ssgt",
    "msgt",
    "maj",
    "rear adm",
    "vice adm",
    "lance corporal",
    "petty officer",
    "warrant officer",
    "inspector",
    "chief inspector",
    "insp",
    "superintendent",
    "supt",
    "detective",
    "det",
    "constable",
    # Sheriffs and officers of US police, and local officials ("Sheriff Joe Arpaio",
    # "Officer Darren Wilson", "Councilman Charles Barron"; dev7's "Sheriff O'Carroll").
    "sheriff",
    "deputy sheriff",
    # A deputy or a chief alone, before a surname as US police write them ("Deputy Ortiz",
    # "Chief Russell"); both words were title words already, of "deputy sheriff" and "chief
    # executive", so the span widening reads them as before.
    "deputy",
    "chief",
    "officer",
    "trooper",
    "councilman",
    "councilwoman",
    "councillor",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "senator",
    "sen",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "imam",
    "ayatollah",
    "rev",
    "reverend",
    "father",
    "professor",
    "prof",
    "coach",
    "manager",
    "striker",
    "defender",
    "midfielder",
    "goalkeeper",
    "rep",
    "marshal",
    "air marshal",
    "air chief marshal",
    "rabbi",
    "pastor",
    "bishop",
    "archbishop",
    "cardinal",
    "treasurer",
    "comptroller",
    "clerk",
    "first lady",
    "husband",
    # Malaysian and Bruneian honorifics, conferred titles written before the name ("Prime
    # Minister Datuk Seri Najib Razak", "Tan Sri Muhyiddin Yassin"); the longer ones first.
    "datuk seri",
    "dato seri",
    "dato' seri",
    "dato sri",
    "dato' sri",
    "tan sri",
    "puan sri",
    "toh puan",
    "datuk",
    "dato'",
    "dato",
    "datin",
)
_TITLE_WORDS = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in PERSON_TITLES)
# A title in the plural before the first of two names ("Princes William and Harry",
# "Senators John McCain and Lindsey Graham") is the title of each; not "Kings" nor
# "Queens", which open other names ("Kings XI Punjab", "Queens Park Rangers").
_TITLES = re.compile(
    rf"^(?:(?:{_TITLE_WORDS}|(?!kings\b|queens\b)(?:{_TITLE_WORDS})s)\.?\s+)+(?=\w)",
    re.IGNORECASE,
)
# Only people are addressed so (not "Dr", which opens "Dr Pepper", nor "Miss": "Miss World").
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Mme|Mlle|Messrs)\.?\s+(?=[A-Z])")
_TITLE_KEYS = frozenset(" ".join(re.split(r"[\W_]+", t)) for t in PERSON_TITLES)
# A leading "the", and a capitalised "an" before a vowel, the English article opening a
# sentence ("An Indiana man", "An American tourist"; not the Irish or Arabic "An" of "An
# Post", "An Garda Síochána", "An Nahar"). A span the model opened with "an" in lower case
# is a phrase, no name ("win an Academy Award Other top selling items").
_THE = re.compile(r"^(?:[Tt][Hh][Ee]|A[Nn](?=\s+[AEIOU]))\s+")
# Dotted abbreviations keep their last dot ("U.S.", "St."), which the edge trim removes.
_DOTTED = re.compile(r"(?:\b\w\.)+\w$|\b(?:St|Mt|Ft)$")
# "Putin's", "Putin ’s", "Jesus'" and the tokenised "Putin 's" of wire copy.
_POSSESSIVE = re.compile(r"\s?['’`]\s?s$|(?<=s)['’]$", re.IGNORECASE)
_EDGE = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
# Tokens that are not part of a name at either end: numbers, scores, dates, punctuation.
_NOT_NAME_TOKEN = re.compile(r"^[\W\d_]+$", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_NON_WORD = re.compile(r"[\W_]+")
# A spaced dash or a colon joins two phrases, as in headlines ("CRICKET - SHEFFIELD ...");
# an em dash needs no spaces ("Les Bleus—French Football Federation"), and a slash joins two
# names ("AFP/John Smith", a photo credit): each part is a name of its own.
# A full stop glued to the next sentence's first word ends a name: "told the BBC.On the
# other side", "(HMRC).An offer", "(Hamilton Academical).Greg Tansey" (page text run
# together); after one capital ("U.S.Army", "St.Louis") the dot is an abbreviation's; after
# a number it ends a sentence too ("330.The", "684.Mr Earnest"). A sentence's first word
# glued to a name without the dot ("AleppoWhat", "AbujaThe APC") is no part of it either: a
# function word of three letters or more, capitalised inside a word, that no brand's name
# ends in ("LinkedIn", "WhatsApp" glue shorter or other words).
_PHRASE_BREAK = re.compile(
    r"\s[-–:|/]\s|\s*[;!?—]\s*|(?<=\w)/(?=[A-Z][a-z])"
    r"|(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=\))|(?<=\d))\.(?=[A-Z][a-z])"
    r"|(?<=[a-z]{2})(?=(?:The|What|How|Why|When|Where|Who|This|That|These|Those|They|She"
    r"|But|And|Let|Read|Watch|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # A date's month glued to the name after it, as fixtures tables run together:
    # "AprilDelhi Daredevils", "MayFinal" (a look-behind of one width per month).
    + "".join(
        rf"|(?<=\b{month})(?=[A-Z][a-z])"
        for month in "January February March April May June July August September October "
        "November December".split()
    )
)
# "Australian Maritime Safety Authority (Amsa": a name and its abbreviation in brackets.
_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<short>[^()]+?)\)?$")
# "Dzhokhar "Jahar" Tsarnaev": a nickname in quotation marks between a person's names is no
# part of the name the page takes.
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’]+[\"”’']\s+(?=\S)")
# A news site's label of the kind of piece, opening a related link's line before its
# headline: "Analysis Isis – Boots on the ground?" (dev3: a page "Analysis Isis"). Only at
# a line's start: "Opinion Research Corporation" and "Analysis Group" are names within a
# sentence.
SECTION_LABEL = re.compile(r"(?:Analysis|Opinion|Explainer|Editorial|Comment|Profile) (?=[A-Z])")
# "Follow Jane Doe" under an article, "Credit Kostas Tsironis" under a photo: the button's
# or the caption's word is not part of the name (the context cues note where it stood).
_CHROME_WORD = re.compile(r"^(?:Follow|Credit|Photo|Photograph|Picture|Image)s?:?\s+(?=[A-Z])")
# "reportThe Ministry", "saidBarack Obama": a scraper glued the word before the name to it
# (three lower-case letters or more, then a capitalised word; "iPhone", "eBay" have fewer).
_GLUED = re.compile(r"^[a-z]{3,}(?=[A-Z][a-z])")
# "the pro-Kremlin Liberal Democratic Party", "a pro-Europe stance", "anti-EU": a stance
# for or against a name is an adjective, no part of the name it comes before, nor a name
# itself (a lone "pro-Europe" is left with nothing).
_STANCE = re.compile(r"^(?:pro|anti)-\S+(?:\s+|$)")

# Words the model sometimes tags that are dates, times or bare abbreviations, never names.
NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "gmt utc bst cet cest eet est edt cst cdt mst mdt pst pdt am pm "
    "st mt ft no nos vs etc".split()
)


@lru_cache(maxsize=1 << 16)  # the link stage asks again for every spelling on every build
def name_key(name: str) -> str:
    """A key under which spelling variants of one name meet (case, accents, punctuation)."""
    if name.isascii():  # the common case, and the same result without Unicode folding
        return " ".join(_NON_WORD.sub(" ", name.lower()).split())
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", folded).split())


@lru_cache(maxsize=1 << 14)
def title_key(text: str) -> bool:
    """Whether text is a person's title or role on its own ("President", "foreign minister")."""
    return name_key(text) in _TITLE_KEYS


def after_titles(name: str) -> str:
    """The name without the person's titles and roles that open it ("Det Insp Marnie
    Rome" gives "Marnie Rome"), also after a dictionary word that says which officer
    ("Senior Trooper William Hakim" gives "William Hakim"); the name itself when none
    does."""
    stripped = _TITLES.sub("", name)
    return stripped if stripped != name else _after_kind_of_title(name)


def canonical_forms(text: str, label: str) -> list[tuple[str, bool]]:
    """The names one model span stands for, each with whether a person title was removed.

    Lines and spaced dashes split a span (the model runs across headline breaks); each part
    loses a leading "the", a possessive, a person's title (person spans only) and numbers
    or punctuation at either end. Parts that are not names are dropped: no letters, one
    letter, a lone title, a month or weekday, or a sentence fragment.
    """
    forms = []
    for number, line in enumerate(text.splitlines()):
        if number:
            # A line the span runs onto starts there: a site's label of the kind of piece
            # may open it ("Isis\n    Analysis Isis – Boots on the ground?", dev3).
            line = line.lstrip()
            opener = SECTION_LABEL.match(line)
            line = line[opener.end() :] if opener else line
        for part in (piece for phrase in _PHRASE_BREAK.split(line) for piece in _slashed(phrase)):
            for piece in _abbreviated(part, label):
                form = clean_name(piece, label)
                if form:
                    forms.append(form)
    return forms


def _slashed(part: str) -> list[str]:
    # "Washington Times/CPAC", "Lux/ Quick-Step": two names a slash joins, each of
    # capitalised words; not one name with a slash of its own ("the CDC Division of HIV/AIDS
    # Prevention", a connector on one side), nor two abbreviations, a standard or a credit
    # read whole ("GSM/EDGE": `cues.measured_in_sentence`; "the AFP/AP pool").
    left, slash, right = part.partition("/")
    if not slash or "/" in right or (left.strip().isupper() and right.strip().isupper()):
        return [part]
    words = f"{left} {right}".split()
    if all(word[:1].isupper() for word in words):
        return [left, right]
    return [part]


def _abbreviated(part: str, label: str) -> list[str]:
    # A span across brackets is a name and its abbreviation when the bracket abbreviates the
    # name (Schwartz-Hearst), or, for a body, holds initials in capitals that abbreviate it in
    # another language or with words the model cut ("Party of Industrialists and
    # Entrepreneurs (PPPT", "Midwifery Council (NMC"). Otherwise the model ran on into a
    # bracket it did not close, and its label is no evidence for either side: "Marwood
    # (Gateshead" (a player and his club), "Brumley ( Tanner Kalina" (a part and its actor),
    # "HIPAA (Health Insurance Portability" give no name.
    found = _BRACKETED.match(part.strip())
    if not found:
        return [part]
    if best_long_form(found["short"].strip(), found["name"]) or (
        label == "ORG" and _INITIALS_IN_BRACKETS.fullmatch(found["short"].strip())
    ):
        return [found["name"], found["short"]]
    return []


# Initials in capitals, with a country's code after them ("SWOP USA").
_INITIALS_IN_BRACKETS = re.compile(r"[A-Z][A-Z&]{1,5}(?:\s+[A-Z]{2,3})?")


def abbreviated_in_brackets(part: str) -> bool:
    """Whether text is a name and, in brackets after it, an abbreviation of that name
    ("Australian Maritime Safety Authority (Amsa)"; the closing bracket may be missing)."""
    found = _BRACKETED.match(part.strip())
    return bool(found and best_long_form(found["short"].strip(), found["name"]))


def clean_name(text: str, label: str) -> tuple[str, bool] | None:
    """One part of a span as a name (and whether a title was removed), or None if it is none."""
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    # An editor's square bracket the span cut in half ("[Marilyn] Tavenner", "the [East]
    # Coast"): what it holds is part of the name, the bracket is not.
    if name.count("[") != name.count("]"):
        name = name.replace("[", "").replace("]", "")
    titled = False
    for _ in range(3):  # "the President's", "Mr. Putin 's": strip until nothing changes
        before = name
        trimmed = _trim_tokens(_EDGE.sub("", name))
        dotted = name.startswith(trimmed + ".") and _DOTTED.search(trimmed)
        name = trimmed + "." if dotted else trimmed
        name = _POSSESSIVE.sub("", name)
        name = _THE.sub("", _CHROME_WORD.sub("", _GLUED.sub("", _STANCE.sub("", name))))
        if label == "PERSON":
            name = _NICKNAME.sub(" ", name)
        # "Mr Hollande", "Mr Millichip": a person's form of address is a person's, also in
        # the spans the model calls an organisation or a place.
        stripped = after_titles(name) if label == "PERSON" else _HONORIFIC.sub("", name)
        titled = titled or stripped != name
        name = stripped
        if name == before:
            break
    return (name, titled) if is_name(name) else None


def _after_kind_of_title(name: str) -> str:
    # "Senior Trooper William Hakim", "Former President Bill Clinton", "Homicide Detective
    # Dominic Mangoni": a dictionary word that says which officer, then the title, before
    # the name; the name itself when no title follows such a word ("Little Richard").
    first, _, rest = name.partition(" ")
    if not rest or not is_plain_word(first):
        return name
    after = _TITLES.sub("", rest)
    return after if after != rest else name


def _trim_tokens(name: str) -> str:
    tokens = name.split()
    # Numbers at either end go, and a connector left at the end ("Blue Oyster Cult and").
    while tokens and (_NOT_NAME_TOKEN.match(tokens[-1]) or tokens[-1] in CONNECTORS):
        tokens.pop()
    while tokens and _NOT_NAME_TOKEN.match(tokens[0]):
        tokens.pop(0)
    return " ".join(tokens)


@lru_cache(maxsize=1)
def _two_letter_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(word for word in STOP_WORDS if len(word) == 2 and word.isalpha())


def is_name(name: str) -> bool:
    """Whether text can be a tag: two letters or more, capitalised, not a fragment."""
    if len(_LETTER.findall(name)) < 2:
        return False
    words = name.split()
    if any(ch.isdigit() for ch in name) and sum(ch.isalpha() for ch in name) < 3:
        return False
    if name_key(name) in NOT_NAMES:
        return False
    if title_key(name):
        return False
    # "told Us.", "editors of Us" (Us Weekly): a two-letter English function word written
    # with a capital is no name, where its key would be a country's code's ("US", "IT").
    if len(name) == 2 and name[1].islower() and name.casefold() in _two_letter_words():
        return False
    # Runs of lone capitals are table headings or codes ("W L T GF GA"), not names.
    if sum(len(w) == 1 for w in words) >= 2:
        return False
    # Every word is capitalised (somewhere: "al-Hamdo", "iPhone") or a connector; any other
    # lowercase word makes it a sentence fragment ("Victoria at Bellerive Oval").
    capitalised = [w for w in words if any(c.isupper() for c in w)]
    if not capitalised:
        return False
    return all(w in capitalised or w.casefold() in CONNECTORS for w in words)
