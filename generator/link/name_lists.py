"""Given names, surnames and today's frequent English words: what the link stage's votes ask
of a name beyond the dictionary (`generator.text.lexicon`).

Given names and surnames come from the person providers of Faker's locales (MIT; the data
ships in its wheel), frequent words from wordfreq's English list. Each list is worked out
once and kept in the site's cache folder (`generator.reference`), keyed by those packages'
versions. Only the link stage reads them: kept out of the analysis's modules, a change
here does not invalidate the analysis cache. `names_by_line` reads the tables of one
entity's names that `clubs`, `landmarks`, `organisations` and `parties` keep, and
`name_keys` the lists of names of `clubs`, `outlets` and `products`.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import itertools
import pkgutil
import re
import unicodedata
from collections import Counter
from pathlib import Path

from generator.reference import Derived
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import name_key

# Given names: the first-name lists of every locale of Faker's person provider (MIT; its
# data ships in the wheel), in the Latin script, one word each ("Alfred", "Bess",
# "Jean-Pierre"), and the Cyrillic and Greek ones romanised (`_latin_spellings`). Left
# out: names of fewer than three letters ("Al", "Le", "My"), stop words of the languages
# whose articles and pronouns open names of firms and places ("Le Monde", "El Monte", "Les
# Bleus", "US Weekly": spaCy's lists for English, French, Spanish, Italian, Portuguese,
# German and Dutch), and ordinary English words unless Webster's Second also
# lists them capitalised and two locales or more list them as names: "Rose", "Hope",
# "Summer", "Council" go (not proper words), and so do "Major", "Media", "Easter", "Red",
# "Star" (one locale each); "Alan", "Peter", "Grant", "Guy", "Nick", "Mark", "Larry" stay.
_GIVEN_NAME_SHAPE = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_STOP_WORD_LANGUAGES = ("en", "fr", "es", "it", "pt", "de", "nl")
_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _faker_first_names(lists: tuple[str, ...] = _NAME_LISTS, prefix: str = "") -> Counter[str]:
    """Each first name of Faker's locales (or each name of `lists`; of the locales whose
    name opens with `prefix`), with the number of locales that list it."""
    import faker.providers.person as person  # only here: 80-odd modules, read once

    locales: Counter[str] = Counter()
    for module in pkgutil.iter_modules(person.__path__):
        if not module.name.startswith(prefix):
            continue
        provider = getattr(
            importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None
        )
        names: set[str] = set()
        for attribute in lists:
            # A list, a tuple or a dict of names and weights; some locales make one of them
            # a property of the instance, made of the others, which are read anyway.
            listed = getattr(provider, attribute, None)
            if isinstance(listed, (list, tuple, dict)):
                names.update(name.strip() for name in listed)
        locales.update(names)
    return locales


def _latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()) and any(
        c.isalpha() for c in name
    )


def _capitalised(name: str) -> bool:
    # "Alfred", "Jean-Pierre", "D'Angelo"; not "COmfort" nor "ALFRED".
    return all(
        part[:1].isupper() and part[1:] == part[1:].lower()
        for part in re.split(r"[-'’]", name)
        if len(part) > 1
    )


def _stop_words(language: str) -> set[str]:
    """spaCy's stop words of `language`, read from its `stop_words.py` (a set of string
    literals): importing `spacy.lang.xx` would import the language's tokenizer rules too,
    seconds for seven languages where spaCy is not loaded yet (the link stage)."""
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py" if spec else None
    try:
        tree = ast.parse(path.read_text(encoding="utf-8")) if path else None
    except (OSError, SyntaxError, ValueError):
        tree = None
    if tree is None:
        return set(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)
    return {
        word
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for word in node.value.split()
    }


def _make_given_names() -> frozenset[str]:
    by_language = {language: _stop_words(language) for language in _STOP_WORD_LANGUAGES}
    english_stop_words = by_language["en"]
    stop_words = set().union(*by_language.values())
    # A function word of another language is a given name where the English-speaking
    # locales list it ("Sean", "Ella", "Mia", "Sara", "Allen"); a particle that opens
    # surnames stays out ("Della", "Van", "Von" are listed by none of them).
    english = {
        name.casefold()
        for name in _faker_first_names(prefix="en_")
        if name.casefold() not in english_stop_words
    }
    stop_words -= english
    spellings: Counter[str] = Counter()
    ukrainian = set(_faker_first_names(prefix="uk_"))
    for name, locales in _faker_first_names().items():
        for spelling in _latin_spellings(name, name in ukrainian):
            spellings[spelling] = max(spellings[spelling], locales)
    return frozenset(
        name.casefold()
        for name, locales in spellings.items()
        if _GIVEN_NAME_SHAPE.fullmatch(name)
        and len(name) >= 3
        and _capitalised(name)
        and name.casefold() not in stop_words
        and (not is_common_word(name) or (is_proper_word(name) and locales >= 2))
    )


def _latin_spellings(name: str, ukrainian: bool = False) -> set[str]:
    """How English-language news writes a first name of Faker's lists: a Latin name as it
    is, a Cyrillic or Greek one in the romanisations papers use ("Алексей":
    "Aleksey", "Alexei", "Alexey"; "Дмитрий": "Dmitry", "Dmitri", "Dmitriy"; "Νίκος":
    "Nikos"; a name of Faker's Ukrainian list in Ukrainian's too: "Volodymyr"); other
    scripts not at all (a romanisation of Arabic or Chinese is no one spelling)."""
    if _latin(name):
        return {name}
    word = name.casefold()
    if all("CYRILLIC" in unicodedata.name(c, "") for c in word):
        russian = _romanised(word, _CYRILLIC)
        return russian | _romanised(word, _UKRAINIAN) if ukrainian else russian
    if all("GREEK" in unicodedata.name(c, "") for c in word):
        # Greek's accents go ("Νίκος"); Cyrillic's "й" and "ё" are letters of their own.
        return _romanised(_without_accents(word), _GREEK)
    return set()


def _romanised(word: str, table: dict[str, tuple[str, ...]]) -> set[str]:
    choices: list[tuple[str, ...]] = []
    at = 0
    while at < len(word):
        # The longest spelling the table has that starts here ("кс", a last "ий"), where
        # "^" and "$" mark the word's start and end ("Евгений" is "Yevgeny" as often as
        # "Evgeny").
        for size in (2, 1):
            piece = word[at : at + size]
            if len(piece) < size:
                continue
            start = "^" if at == 0 else ""
            end = "$" if at + size == len(word) else ""
            found = next(
                (
                    table[key]
                    for key in (start + piece + end, start + piece, piece + end, piece)
                    if key in table
                ),
                None,
            )
            if found:
                choices.append(found)
                at += size
                break
        else:
            return set()
    spellings = set()
    for parts in itertools.islice(itertools.product(*choices), _MOST_SPELLINGS):
        spelling = "".join(parts).capitalize()
        # A romanisation that is a word of the dictionary, in any case, is that word as
        # often ("Латин" is "Latin").
        if not (is_common_word(spelling) or is_proper_word(spelling)):
            spellings.add(spelling)
    return spellings


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# Romanisation tables: each letter (or letters) with the spellings English-language papers
# give it, the first BGN/PCGN's; "^" marks a start and "$" an ending. Enough spellings to
# match how a paper writes a name, few enough that a table makes no English word (the
# filters above drop any that is one).
_CYRILLIC: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",),
    "ё": ("yo", "e"), "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i"), "к": ("k",),
    "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",),
    "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",),
    "ч": ("ch",), "ш": ("sh",), "щ": ("shch",), "ъ": ("",), "ы": ("y",), "ь": ("",),
    "э": ("e",), "ю": ("yu",), "я": ("ya",),
    "^е": ("e", "ye"), "кс": ("ks", "x"), "ий$": ("iy", "y", "i"), "ей$": ("ey", "ei"),
    "ия$": ("iya", "ia"), "ья$": ("ya", "ia"), "ьо": ("yo",),
}  # fmt: skip
# Ukrainian spells "и" "y", "г" "h", and has letters of its own.
_UKRAINIAN = _CYRILLIC | {
    "и": ("y",), "г": ("h",), "і": ("i",), "ї": ("yi", "i"), "є": ("ye",), "ґ": ("g",),
    "ий$": ("yi", "iy", "y"),
}  # fmt: skip
_GREEK: dict[str, tuple[str, ...]] = {
    "α": ("a",), "β": ("v",), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",),
    "η": ("i",), "θ": ("th",), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",),
    "ν": ("n",), "ξ": ("x",), "ο": ("o",), "π": ("p",), "ρ": ("r",), "σ": ("s",),
    "ς": ("s",), "τ": ("t",), "υ": ("y", "i"), "φ": ("f",), "χ": ("ch", "h"),
    "ψ": ("ps",), "ω": ("o",),
    "ου": ("ou",), "ντ": ("nt",), "μπ": ("mp",), "γγ": ("ng",), "γκ": ("gk", "g"),
    "αι": ("ai", "e"), "ει": ("ei", "i"), "οι": ("oi", "i"), "αυ": ("av", "af"),
    "ευ": ("ev", "ef"), "γι": ("gi", "yi", "y"),
}  # fmt: skip
_MOST_SPELLINGS = 64


_GIVEN_NAMES = Derived(
    "given-names", _make_given_names, frozenset[str], ("faker", "english-words", "spacy")
)


def is_given_name(word: str) -> bool:
    """Whether `word` (one word, any case) is a given name of some language: in the
    first-name lists Faker ships for its locales (see above), "Alfred", "Bess", "Guy",
    "Fabien", "Jean-Pierre"; not "Rose", "Le" or "Al"."""
    return word.casefold() in _GIVEN_NAMES.get()


# Surnames: the last-name lists of the same locales, in the Latin script, as they are
# ("Bush", "Gates", "Rice", "Young": a surname alone may be a dictionary word). What a
# one-word "person" that is a dictionary word is asked against ("View", "Monopoly").
# "Frasier Robinson Jr", "Bob Jones III", "Carlos Sainz Jnr" (British papers' spelling): the
# name keys' words a generation after a name.
GENERATIONS = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})

_SURNAME_LISTS = ("last_names", "last_names_male", "last_names_female")


def _make_surnames() -> frozenset[str]:
    return frozenset(
        name.casefold()
        for name in _faker_first_names(_SURNAME_LISTS)
        if _GIVEN_NAME_SHAPE.fullmatch(name) and _latin(name)
    )


_SURNAMES = Derived("surnames", _make_surnames, frozenset[str], ("faker",))


def is_surname(word: str) -> bool:
    """Whether `word` (one word, any case) is a surname in some locale's list of Faker's
    ("Bush", "Gates", "Robinson"; not "View" or "Monopoly")."""
    return word.casefold() in _SURNAMES.get()


# Nicknames of English given names, from the hand-curated table of the `nicknames` package
# (Apache-2.0; its CSV ships in the wheel): "joe" of "joseph", "johnny" of "john". Only
# those that keep the given name's first letter and are shorter than it or no given name
# with nicknames of its own: the others are as often given names of their own ("Erin" is
# listed for "Aaron", "Ian" for "John", "Andrew" for "Andrea"), and two people of one
# surname in one article are siblings as often as one person twice.
def _make_nicknames() -> frozenset[str]:
    from nicknames import NickNamer  # only here: read once, then kept in the cache folder

    table = NickNamer().nickname_lookup
    return frozenset(
        f"{nickname} {name}"
        for name, nicknames in table.items()
        for nickname in nicknames
        if nickname[:1] == name[:1]
        and nickname != name
        and (len(nickname) < len(name) or nickname not in table)
    )


_NICKNAMES = Derived("nicknames", _make_nicknames, frozenset[str], ("nicknames",))


def is_nickname(short: str, long: str) -> bool:
    """Whether the given name `short` is a nickname of the given name `long` in the
    `nicknames` table, keeping its first letter (name keys: "joe"/"joseph",
    "johnny"/"john"; not "ian"/"john", nor "joseph"/"joe")."""
    return f"{short} {long}" in _NICKNAMES.get()


# Frequent words of today's English: Webster's Second (1934) lacks "app", "download",
# "online", "website"; wordfreq's English list (its data ships in the wheel) has them among
# the words used 30 times a million words or more (Zipf 4.5: about 3,000 words). Names are
# among them too ("Google", "Paris", "Obama"), so a caller asks its own questions as well.
FREQUENT_ZIPF = 4.5


def _make_frequent_words() -> frozenset[str]:
    import wordfreq  # only here: its lists take a while to load

    return frozenset(
        word
        for word in wordfreq.top_n_list("en", 10_000)
        if word.isalpha() and wordfreq.zipf_frequency(word, "en") >= FREQUENT_ZIPF
    )


_FREQUENT_WORDS = Derived("frequent-words", _make_frequent_words, frozenset[str], ("wordfreq",))


def is_frequent_word(word: str) -> bool:
    """Whether `word` (one word, any case) is among the most frequent words of English in
    wordfreq's list ("app", "download", "store"; also names: "google", "paris")."""
    return word.casefold() in _FREQUENT_WORDS.get()


# Company legal forms, normalised away ("Inc", "Ltd", "KK", "AG", "SA", "plc", "A/S", ...);
# "Co" and "Company" too, so "Tokyo Electric Power Co" is "Tokyo Electric Power Company"
# (`merge`).
LEGAL_FORMS = frozenset(
    "inc incorporated ltd limited plc llc llp corp corporation co company ag sa kk nv bv gmbh "
    "spa ab "
    "asa oyj as pty bhd berhad tbk sas srl "
    # Portugal's holding form, Luxembourg's and France's SARL, Finland's, Singapore's and
    # Malaysia's ("Pte Ltd", "Sdn Bhd"), Germany's KGaA, Latin America's "Ltda", Egypt's SAE
    # and the joint-stock forms of Russia and its neighbours ("Gazprom PJSC").
    "sgps sarl oy pte sdn kgaa ltda sae jsc ojsc pjsc cjsc".split()
)


def legal_stem(key: str) -> str:
    """A name key without the legal forms that end it ("bt group plc" → "bt group"; "maersk
    line a s", A/S once punctuation is gone, → "maersk line"); never empty."""
    words = key.split()
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-2:] == ["a", "s"]):
        del words[-2 if words[-2:] == ["a", "s"] else -1 :]
    return " ".join(words)


# Companies listed on the stock indices of Europe, the US and Japan (S&P 500, FTSE 100,
# DAX, CAC 40, Nikkei 225 and others): the names pytickersymbols ships in its wheel (MIT;
# taken from Wikipedia's lists of each index's members). News names a listed firm bare and
# once ("launched on Netflix", "Garmin's watch"), where the model's one label is as often a
# place or a person as an organisation and no cue decides. The list holds each name as the
# news writes it: without "The", the legal form and the group's words ("Netflix, Inc." is
# "Netflix", "BT Group" is "BT") and without the index list's notes ("Puma (brand)").
_GROUP_WORDS = LEGAL_FORMS | {"group", "holding", "holdings", "companies", "se", "kgaa", "&", "and"}
_INDEX_NOTE = re.compile(r"\s*\([^)]*\)")


def _listed_name(name: str) -> str:
    words = _INDEX_NOTE.sub("", name.replace("’", "'")).split()
    if words[:1] == ["The"]:
        del words[0]
    # "S.A.", "N.V.", "Co.,": the legal form's letters without their dots and commas.
    while len(words) > 1 and words[-1].strip(",").replace(".", "").casefold() in _GROUP_WORDS:
        del words[-1]
    return " ".join(words).rstrip(",")


def _make_listed_companies() -> frozenset[str]:
    # Only the data module: the package's own code fetches fresh lists over the network.
    from pytickersymbols.indices_data import INDICES

    names = {company["name"] for index in INDICES.values() for company in index["companies"]}
    return frozenset(short for short in map(_listed_name, names) if len(short) >= 2)


_LISTED_COMPANIES = Derived(
    "listed-companies", _make_listed_companies, frozenset[str], ("pytickersymbols",)
)


def is_listed_company(name: str) -> bool:
    """Whether `name`, as written, is the name of a company on one of the stock indices
    pytickersymbols lists ("Netflix", "Garmin", "BT", "Deutsche Telekom"; not "Netflix
    Inc"). Callers ask their own questions of names that are also words or places ("Apple",
    "Target", "Dover")."""
    return name.replace("’", "'") in _LISTED_COMPANIES.get()


def keep_in(folder: Path | None) -> None:
    """Keep the lists in `folder` for the next process (see `generator.reference`)."""
    _GIVEN_NAMES.keep_in(folder)
    _SURNAMES.keep_in(folder)
    _FREQUENT_WORDS.keep_in(folder)
    _NICKNAMES.keep_in(folder)
    _LISTED_COMPANIES.keep_in(folder)


def forget() -> None:
    """Let go of the lists (see `generator.link.forget_reference_data`)."""
    for derived in (_GIVEN_NAMES, _SURNAMES, _FREQUENT_WORDS, _NICKNAMES, _LISTED_COMPANIES):
        derived.forget()


def load() -> None:
    """Read the lists now rather than at first lookup."""
    _GIVEN_NAMES.get()
    _SURNAMES.get()
    _FREQUENT_WORDS.get()
    _NICKNAMES.get()
    _LISTED_COMPANIES.get()


def name_keys(names: str) -> frozenset[str]:
    """The name keys of a list of names separated by "|" ("Sky News|BT Sport")."""
    return frozenset(name_key(name) for name in names.split("|"))


def names_by_line(table: str) -> dict[str, str]:
    """A table of names, one entity a line, its name first and its other names after "|",
    separated by commas ("Camp Nou | Nou Camp"): each name's key → its line's first key.
    Initials in capitals stand for their spelling with stops too ("WHO": "W.H.O.", "W. H.
    O"). A name on two lines would name whichever came last: it is an error in the table."""
    keys: dict[str, str] = {}
    for line in table.strip().splitlines():
        first = name_key(line.split("|")[0])
        for name in map(str.strip, line.replace("|", ",").split(",")):
            dotted = (" ".join(name),) if _INITIALS.fullmatch(name) else ()
            for key in (name_key(name), *map(name_key, dotted)):
                if keys.setdefault(key, first) != first:
                    raise ValueError(f"{name!r} names two entities of the table")
    return keys


_INITIALS = re.compile(r"[A-Z]{2,6}")
