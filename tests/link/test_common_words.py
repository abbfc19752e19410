"""Capitalised common words ("Attendance", "Wheat", "CRICKET") are not names; given names
(from a package, not the corpus) are."""

import subprocess
import sys

import pytest

from generator.analyse.mentions import doc_spans, mentions_from_spans
from generator.analyse.mentions.cues import ANY_CAPITAL, capital_says_nothing
from generator.link.name_lists import (
    is_frequent_word,
    is_given_name,
    is_listed_company,
    is_nickname,
    is_surname,
)
from generator.link.voting import vote
from generator.text.lexicon import is_common_word, is_plain_word


def unmarked(text, word):
    start = text.index(word)
    return capital_says_nothing(text, start, start + len(word))


def test_english_words_and_their_plurals_are_common_words():
    assert is_common_word("Attendance")
    assert is_common_word("wheat")
    assert is_common_word("Extras")
    assert is_common_word("CRICKET")
    # A closed compound of two dictionary words, listed in lower case.
    assert is_common_word("Goalkeepers")
    # Plurals in "-men" ("Women's National Basketball Association" was taken for the
    # National Basketball Association with an owner's possessive before it, CNN/DailyMail).
    assert is_common_word("Women")
    assert is_common_word("firemen")
    # A name Webster's lists capitalised is no plural of a word in "-man" ("carman").
    assert not is_common_word("Carmen")


def test_a_plain_word_is_a_dictionary_word_never_written_as_a_name():
    assert is_plain_word("senior")
    assert is_plain_word("Goalkeeper")
    # Dictionary words Webster's also lists capitalised, and no words at all.
    for word in ("Price", "Empire", "Madrid"):
        assert not is_plain_word(word), word


def test_names_are_not_common_words():
    # The dictionary lists these only capitalised, or not at all.
    for name in ("Philadelphia", "Madrid", "Lavrov", "Aleppo", "Honda"):
        assert not is_common_word(name), name


def test_capitals_where_any_word_has_one():
    assert unmarked("Halftime 1-1 .\nAttendance : 24,602", "Attendance")
    assert unmarked("He left. Wheat prices rose", "Wheat")
    assert unmarked("Steers - Select and Choice", "Select")
    assert unmarked("CRICKET - LARA ENDURES ANOTHER DAY\nLara batted.", "CRICKET")
    assert unmarked('He said: "Major changes are due"', "Major")


def test_capitals_that_mark_a_name():
    assert not unmarked("Talks with Major ended", "Major")
    assert not unmarked("said Mr. Major on Friday", "Major")
    assert not unmarked("the U.S. Steel plant", "Steel")
    assert not unmarked("anti-Assad forces", "Assad")


def test_the_cue_is_recorded_per_mention():
    text = "Halftime 1-1 .\nAttendance : 24,602\nHe met Lavrov in Geneva."
    start = text.index("Attendance")
    spans = doc_spans(text, [(start, start + 10, "PERSON")])
    [mention] = mentions_from_spans(spans)
    assert dict(mention.cues) == {ANY_CAPITAL: 1}


def kind(name, labels, cues):
    return vote(name, labels, cues)[0]


def test_a_common_word_capitalised_only_where_any_word_is_is_not_a_name():
    assert (
        kind("Attendance", [{"PERSON": 1}, {"PERSON": 3}], [{ANY_CAPITAL: 1}, {ANY_CAPITAL: 3}])
        == "other"
    )
    assert kind("Wheat", [{"ORG": 1}], [{ANY_CAPITAL: 1}]) == "other"


def test_one_capital_in_mid_sentence_keeps_the_name():
    # "Major" once in mid-sentence ("talks with Major") is a name.
    assert kind("Major", [{"PERSON": 1}, {"PERSON": 2}], [{ANY_CAPITAL: 1}, {ANY_CAPITAL: 1}]) == (
        "person"
    )


def test_a_cue_or_a_known_place_keeps_the_name():
    assert kind("Major", [{"PERSON": 1}], [{ANY_CAPITAL: 1, "person": 1}]) == "person"
    # Phoenix and Reading are words, but GeoNames knows them as cities.
    assert kind("Phoenix", [{"GPE": 2}], [{ANY_CAPITAL: 2}]) == "place"
    assert kind("Reading", [{"ORG": 1}], [{ANY_CAPITAL: 1}]) == "organisation"


def test_names_that_are_not_words_stay_names_at_line_starts():
    assert kind("Philadelphia", [{"GPE": 1}], [{ANY_CAPITAL: 1}]) == "place"


def test_given_names_of_every_latin_script_locale_are_known():
    # Faker's first-name lists (English, French, German, Swedish, Arabic in Latin script,
    # ...), hyphenated ones too; any case.
    for name in ("Alfred", "Bess", "Fabien", "Hasna", "Sven", "Georges", "Jean-Pierre", "ALAN"):
        assert is_given_name(name), name


def test_given_names_that_are_articles_pronouns_or_common_words_are_left_out():
    # Stop words that open firms' and places' names ("Le Monde", "El Monte", "US Weekly"),
    # names of two letters, and dictionary words that are no proper name or that one
    # locale alone lists ("Rose", "Hope", "Council"; "Major", "Media", "Easter").
    for word in ("Le", "Les", "El", "Al", "Us", "My", "Will", "Ed"):
        assert not is_given_name(word), word
    for word in ("Rose", "Hope", "Summer", "Council", "Unknown", "Major", "Media", "Easter"):
        assert not is_given_name(word), word
    # Given names the dictionary also lists capitalised, in several locales, stay.
    for name in ("Alan", "Peter", "Grant", "Guy", "Nick", "Mark", "Larry"):
        assert is_given_name(name), name


def test_a_function_word_of_another_language_that_english_locales_list_is_a_given_name():
    # Spanish "sean", "ella", Italian "mia", Portuguese "sara": given names in English news.
    for name in ("Sean", "Ella", "Mia", "Sara", "Dan", "Ben", "Allen"):
        assert is_given_name(name), name
    # Particles that open surnames, which no English-speaking locale lists.
    for word in ("Della", "Van", "Von", "Del", "Per"):
        assert not is_given_name(word), word


def test_cyrillic_and_greek_given_names_are_known_in_the_spellings_news_gives_them():
    # Faker lists them in their own scripts ("Алексей", "Андрій", "Νίκος"); papers write
    # "Alexey Navalny" (CNN, the model's organisation), "Andriy" (dev6), "Nikos".
    for name in ("Alexey", "Alexei", "Dmitry", "Yevgeny", "Fyodor", "Nikos", "Giorgos"):
        assert is_given_name(name), name
    # Ukrainian readings of the names of Faker's Ukrainian list.
    for name in ("Volodymyr", "Oleksandr", "Andriy"):
        assert is_given_name(name), name
    # Counter-examples: a romanisation that is a dictionary word ("Латин", Bulgarian, is
    # "Latin"), a soft sign read as nothing ("Фьодор" is no "Fodor"), and a Ukrainian
    # reading of a name only the Russian list has ("Дмитрий" is no "Dmytriy").
    for word in ("Latin", "Fodor", "Dmytriy"):
        assert not is_given_name(word), word


def test_surnames_of_every_latin_script_locale_are_known_dictionary_words_too():
    # Faker's last-name lists, as they are: a surname alone is often a dictionary word.
    for name in ("Bush", "Gates", "Rice", "Robinson", "Nguyen"):
        assert is_surname(name), name
    # Counter-examples: dictionary words that are nobody's surname.
    for word in ("View", "Monopoly", "Twitter", "Grievance"):
        assert not is_surname(word), word


def test_frequent_words_of_today_s_english_that_webster_s_lacks_are_known():
    # wordfreq's most frequent English words: "app", "download", "online" (Webster's Second
    # is of 1934); names are among them, and rare words are not.
    for word in ("app", "Download", "online", "website", "store", "Google"):
        assert is_frequent_word(word), word
    for word in ("booster", "gargoyle", "Rachman", "Heisbourg"):
        assert not is_frequent_word(word), word


def test_listed_companies_are_known_by_the_names_the_news_writes():
    # pytickersymbols' index members, without "The", the legal form, the group word and the
    # list's notes: "Netflix, Inc.", "BT Group", "The Walt Disney Company", "Puma (brand)".
    for name in ("Netflix", "Garmin", "BT", "Deutsche Telekom", "Walt Disney", "Puma", "AT&T"):
        assert is_listed_company(name), name
    # Counter-examples: the index list's own spellings, other cases, and unlisted firms.
    for name in ("Netflix, Inc.", "BT Group", "Puma (brand)", "netflix", "Lytro", "Aerosmith"):
        assert not is_listed_company(name), name


def test_importing_the_name_lists_imports_no_given_names_package():
    # Faker's providers are imported only when a decision needs a given name (a build that
    # analyses and links nothing never does), and read from the cache folder after that.
    code = (
        "import sys, generator.link.name_lists, generator.link.voting, generator.pipeline; "
        "assert 'faker' not in sys.modules, 'faker imported'; "
        "assert 'wordfreq' not in sys.modules, 'wordfreq imported'; "
        "assert 'pytickersymbols' not in sys.modules, 'pytickersymbols imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_analysis_does_not_import_the_link_stages_name_lists():
    # They are no part of the analysis cache's key: changing them analyses nothing again.
    from generator.analyse.cache import analysis_modules

    names = {path.name for path in analysis_modules()}
    assert "lexicon.py" in names and "name_lists.py" not in names


@pytest.mark.parametrize(
    ("short", "long", "nickname"),
    [
        ("joe", "joseph", True),
        ("johnny", "john", True),
        ("matt", "matthew", True),
        ("joseph", "joe", False),  # the table goes from the given name to its nicknames
        ("ian", "john", False),  # listed, but another first letter: a given name of its own
        ("erin", "aaron", False),
        ("andrew", "andrea", False),  # listed, but a given name with nicknames of its own
        ("john", "john", False),
    ],
)
def test_a_nickname_keeps_the_given_names_first_letter(short, long, nickname):
    assert is_nickname(short, long) is nickname
