"""Names an article defines as one (Schwartz–Hearst abbreviations, "also known as"), and
the shipped knowledge of countries and nationalities."""

import pytest

from generator.link.countries import country_of, is_country, is_demonym, is_nationality_word
from generator.link.definitions import (
    abbreviations,
    birth_names,
    city_initials,
    defined_pairs,
    glosses,
    numbered_names,
    other_names,
    quoted_names,
    quoted_nicknames,
    state_abbreviations,
)
from generator.text.abbreviations import best_long_form


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("FAA", "said the Federal Aviation Administration", "Federal Aviation Administration"),
        (
            "Amsa",
            "the Australian Maritime Safety Authority",
            "Australian Maritime Safety Authority",
        ),
        ("DCA", "the Department of Civil Aviation", "Department of Civil Aviation"),
        ("AFP", "Kostas Tsironis", None),
    ],
)
def test_schwartz_hearst_finds_the_words_an_abbreviation_stands_for(short, long, expected):
    assert best_long_form(short, long) == expected


def test_abbreviations_in_either_order():
    text = (
        "The Federal Aviation Administration (FAA) said so. "
        "NASA (National Aeronautics and Space Administration) agreed."
    )
    assert abbreviations(text) == [
        ("Federal Aviation Administration", "FAA"),
        ("National Aeronautics and Space Administration", "NASA"),
    ]


def test_brackets_that_are_no_abbreviation_define_nothing():
    text = "Ahmed Salem (Reuters) said the man (aged 55) had left (ARC)."
    assert abbreviations(text) == []


def test_an_agency_after_a_dateline_abbreviates_nothing():
    # "Havana, Cuba (CNN)", "Chao Hu, Anhui, China (CNN)" (CNN/DailyMail): the first named
    # CNN's page "Cuba", the second's letters spell C, N, N in order.
    for text in ("Havana, Cuba (CNN)Photos were published.", "Chao Hu, Anhui, China (CNN)A boy"):
        assert abbreviations(text) == [], text
    # A name alone at a line's start, with no comma, still defines its initials.
    text = "Federal Aviation Administration (FAA) officials met.\nIn Washington, NASA met."
    assert abbreviations(text) == [("Federal Aviation Administration", "FAA")]


def test_also_known_as_and_formerly():
    text = (
        "Mumbai, also known as Bombay, flooded. Kyiv (formerly Kiev) is calm. "
        "Saigon, known locally as Ho Chi Minh City, grew. He was known as a writer."
    )
    assert other_names(text) == [
        ("Mumbai", "Bombay"),
        ("Kyiv", "Kiev"),
        ("Saigon", "Ho Chi Minh City"),
    ]


def test_each_way_of_giving_another_name_is_searched_alone():
    # `other_names` searches only texts with one of its pattern's words: each text here has
    # one of them, alone.
    for text in (
        "Mumbai, also known as Bombay, flooded.",
        "Nazrul, also called Nazu, was there.",
        "Nazrul, also named Nazu, was there.",
        "Kyiv (formerly Kiev) is calm.",
        "Kyiv (previously Kiev) is calm.",
        "Kyiv (once Kiev) is calm.",
        "Kyiv (aka Kiev) is calm.",
        "Kyiv (a.k.a. Kiev) is calm.",
        "Olivier Corel, nicknamed the White Emir, is here.",
        "Paris, dubbed the City of Light, is calm.",
    ):
        assert len(other_names(text)) == 1, text
    # Counter-example: without any of the words, no other name.
    assert other_names("Kyiv (Kiev) is calm. Mumbai, or Bombay, flooded.") == []


def test_a_gloss_in_square_brackets_after_a_name_is_another_name():
    text = "An act committed by a terrorist army, DAESH [ISIS], against what we are."
    assert glosses(text) == [("DAESH", "ISIS")]
    assert defined_pairs(text) == (("daesh", "isis", "a gloss in square brackets"),)
    # A gloss after a pronoun, and a note that is no name, define nothing.
    assert glosses("He [Obama] said Smith [sic] was there [in Paris].") == []
    # A country or a US state in brackets says where a place is (CNN/DailyMail: "we'll be
    # racing in Sepang [Malaysia]" made the Malaysian circuit a name of Malaysia).
    assert glosses("We'll be racing in Sepang [Malaysia], and in Springfield [Illinois].") == []


def test_a_gloss_after_a_quotation_names_the_one_name_it_quoted():
    # dev3 and dev4: the speaker's "Daesh" beside the writer's "Islamic State".
    text = (
        "“It is an act of war that was waged by a terrorist army, a jihadist army, by Daesh,"
        " against France,” Mr. Hollande said, using an Arabic name for Islamic State."
    )
    assert defined_pairs(text) == (("daesh", "islamic state", "a gloss after a quotation"),)
    # dev: a people ("Islamists") and the quotation's first word are names of no one.
    text = (
        "“Daesh has created young radical Islamists through complicity in Europe,” Mr."
        " Hollande told the gathering, using the Arabic acronym for the Islamic State."
    )
    assert quoted_names(text) == [("Daesh", "Islamic State")]


def test_a_gloss_after_a_quotation_of_two_names_or_after_the_sentence_says_nothing():
    two = "“Daesh and Boko Haram are armies,” he said, using an Arabic name for Islamic State."
    assert quoted_names(two) == []
    later = "“We fight Daesh,” he said. Later he spoke, using an Arabic name for Islamic State."
    assert quoted_names(later) == []
    assert quoted_names("Hollande said, using an Arabic name for Islamic State.") == []
    # CNN: a word qualifying a noun after "for" describes the body, and names nothing.
    described = (
        "“He sought to provide material support to ISIL,” Mr. Carlin said, using an"
        " alternate acronym for the Islamist terror group that controls territory."
    )
    assert quoted_names(described) == []
    # ... where a preposition follows the name, it is the name.
    located = described.replace("the Islamist terror group that", "Islamic State in Iraq, which")
    assert quoted_names(located) == [("ISIL", "Islamic State")]


def test_a_nickname_is_another_name_also_after_an_age():
    text = (
        "Olivier Corel, 69, nicknamed the White Emir, is suspected. Paris, dubbed the City of "
        "Light, is calm. John Smith, 45, said a plan dubbed Operation Storm had failed."
    )
    assert other_names(text) == [("Olivier Corel", "White Emir"), ("Paris", "City of Light")]


def test_a_dash_opens_the_clause_of_another_name_as_a_comma_does():
    # dev5: "Amarmandakh Sukhbaatar - who is known as Amraa and is the lead singer".
    text = "Amarmandakh Sukhbaatar - who is known as Amraa and is the lead singer - said so."
    assert other_names(text) == [("Amarmandakh Sukhbaatar", "Amraa")]
    # Counter-example: a dash before what someone is known for, or after no name, names
    # nothing.
    assert other_names("Jane Doe - who is known for Bach. The singer - known as Amraa.") == []


def test_also_called_after_a_comma_is_another_name():
    # dev5: "The police allege 28-year-old Nazrul, also called Nazu, was the man".
    text = "The police allege 28-year-old Nazrul, also called Nazu, was the man."
    assert other_names(text) == [("Nazrul", "Nazu")]
    # Counter-example: with no comma, or no "also", a call is a verb's.
    assert other_names("Obama also called Putin. Smith, who called Jones, left.") == []


def test_a_relative_clause_and_a_list_of_other_names():
    text = "They hit the Islamic State, which is also known as ISIS or ISIL, again."
    assert other_names(text) == [("Islamic State", "ISIS"), ("Islamic State", "ISIL")]
    # "and" after the other name goes on with the sentence, not the list.
    text = "Mumbai, also known as Bombay, and Delhi are big."
    assert other_names(text) == [("Mumbai", "Bombay")]


def test_a_name_before_a_noun_after_known_as_is_no_other_name():
    # ECB+: the other name describes the noun after it, which is what it is about.
    text = "Mark Felt, who was known as Watergate scandal informant 'Deep Throat', died."
    assert other_names(text) == []
    text = "It hit France, known as the Visconti cohort, again."
    assert other_names(text) == []
    # A function word, a verb of saying or a body's word after it: another name still.
    text = "Mumbai, also known as Bombay in the past, is big."
    assert other_names(text) == [("Mumbai", "Bombay")]
    text = (
        "He grew up in the Church of Jesus Christ of Latter-day Saints, also known as the "
        "Mormon church."
    )
    assert other_names(text) == [("Church of Jesus Christ of Latter-day Saints", "Mormon")]


def test_known_as_after_a_noun_and_where_it_is_names_the_noun():
    # CNN: "the powerful Shia militia in Iraq known as Hashid Shaabi" is the militia's name,
    # not Iraq's.
    text = "Iran backs the powerful Shia militia in Iraq known as Hashid Shaabi that fights."
    assert other_names(text) == []
    text = "They took a town near Mosul known as Bartella."
    assert other_names(text) == []
    # Counter-examples: a comma after the place may give it the other name; a capitalised
    # word before "in" is a name, and the name after "and" is the last one's.
    text = "He grew up in Kolkata, formerly known as Calcutta, and left."
    assert other_names(text) == [("Kolkata", "Calcutta")]
    text = "Mumbai in Maharashtra and Khambhat (also known as Cambay) were hit."
    assert other_names(text) == [("Maharashtra and Khambhat", "Cambay")]
    assert other_names("Mumbai, also known as Bombay, is big.") == [("Mumbai", "Bombay")]


def test_a_name_does_not_run_across_a_sentence_end():
    text = "They met the Director-General. Mumbai, also known as Bombay, is big."
    assert other_names(text) == [("Mumbai", "Bombay")]


def test_defined_pairs_are_name_keys():
    text = "The Federal Aviation Administration (FAA) said so."
    assert defined_pairs(text) == (("federal aviation administration", "faa", "abbreviation"),)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("US", "United States"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("United States", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("Korea", "South Korea"),
        ("S.C.", "South Carolina"),
        # What the official name is "of": the United States of America.
        ("America", "United States"),
        # A country that is no more, under its names (CNN: "the Soviet Union", the model's
        # ORG, was an organisation's page); a former name of a present country where the
        # table and ISO 3166-3 both say so.
        ("Soviet Union", "Soviet Union"),
        ("USSR", "Soviet Union"),
        ("Union of Soviet Socialist Republics", "Soviet Union"),
        ("Yugoslavia", "Yugoslavia"),
        ("Burma", "Myanmar"),
        ("Zaire", "DR Congo"),
        # Divided: no Czechia, whose pattern takes any name with "czech" in it.
        ("Czechoslovakia", "Czechoslovakia"),
    ],
)
def test_every_spelling_of_a_country_has_its_one_identity(name, country):
    assert country_of(name)[0] == country


@pytest.mark.parametrize(
    "name",
    # "North America", "Latin America": continents and regions, not the United States.
    # A US state's postal code undotted is no country's code (CNN/DailyMail: "VA", Veterans
    # Affairs, joined the Vatican's page; "NC" New Caledonia's).
    [
        "England",
        "us",
        "Bank of England",
        "Macadonia",
        "SCX",
        "North America",
        "Latin America",
        "VA",
        "NC",
        "LA",
        "CA",
        # A state of one word dotted is a degree ("Phil Smith, M.D."), not Maryland.
        "M.D.",
        "P.A.",
        # A former country's adjective and codes ("SUN" is a newspaper in capitals).
        "Soviet",
        "SUN",
    ],
)
def test_names_that_are_no_country(name):
    assert country_of(name) is None


@pytest.mark.parametrize("name", ["U.S.", "UK", "U.K.", "Palestine", "DR Congo", "Malvinas", "US"])
def test_names_and_initials_of_countries(name):
    assert is_country(name)


@pytest.mark.parametrize(
    "name",
    # US states and a city's dotted code are sides' names as often; "CAF" and "J.P." are
    # country codes that are no initials of the country's name.
    ["Kansas", "L.A.", "CAF", "J.P.", "GB", "Bank of England"],
)
def test_names_that_are_no_country_for_the_vote(name):
    assert not is_country(name)


@pytest.mark.parametrize(
    "name",
    [
        "Nigerian",
        "Australians",
        "South Korean",
        "Chinese",
        "Pakistani",
        "Turkish",
        "Montenegrin",
        "Argentine",
        # Peoples' words run together (CNN/DailyMail: "An African-American man" made a page
        # of 62 articles that took in "American" and the wrestling promotion AAA).
        "African-American",
        "An African-American",
        "Somali American",
        "Arab-Israeli",
        # Plurals of demonyms in "-i", which are no given names.
        "Israelis",
        "Iraqis",
    ],
)
def test_demonyms(name):
    assert is_demonym(name)


@pytest.mark.parametrize(
    "name",
    [
        "Jordan",
        "Brian",
        "Adrian",
        "Nigeria",
        "Samsung",
        "Malia",
        "Turin",
        "Latin",
        "Caroline",
        # A people's word and another ("Ocean" is among the made-up demonyms of Oceania).
        "Indian Ocean",
        "Latin American",
        "British American Tobacco",
        # No people's word is made of a former country's name: "Burn-s" of "Burm-a" made
        # "Rory Burns" (frank) a people's word after a given name.
        "Burns",
        # A given name that ends in "s" after a made-up people's word: "Franc-i" of France
        # (CNN 8-f: Pope Francis, a page of 6 reports, went as a nationality).
        "Francis",
    ],
)
def test_names_that_are_no_demonym(name):
    assert not is_demonym(name)


@pytest.mark.parametrize(
    "word", ["Ecuadorian", "French", "Dutch", "Welsh", "Englishman", "Irishwoman", "Spanish"]
)
def test_nationality_words(word):
    # Demonyms, and the peoples' adjectives that name their languages (ISO 639-1).
    assert is_nationality_word(word)


@pytest.mark.parametrize("word", ["Alan", "Roman", "Norman", "Chairman", "Woman", "Germany"])
def test_words_that_say_no_nationality(word):
    # Given names a demonym's ending makes, titles ending in "man", a country's name.
    assert not is_nationality_word(word)


def test_an_abbreviation_of_a_technical_term_is_no_name():
    # "Multi Format Codec (MFC)": a term, like "a micro control unit (MCU)".
    text = "It decodes video with the Multi Format Codec (MFC) at 4K."
    assert defined_pairs(text) == (("mfc", "", "an abbreviation of a technical term"),)
    # An organisation's name defines its abbreviation as before.
    text = "The Federal Processing Agency (FPA) said so."
    assert defined_pairs(text) == (("federal processing agency", "fpa", "abbreviation"),)


def test_a_us_state_written_after_a_town_in_the_agencies_style_is_that_state():
    text = "near Boulder, Colo. A car was stuck. Fans from Miami, Fla., and Madison, Wis. came."
    assert state_abbreviations(text) == [
        ("Colo", "Colorado"),
        ("Fla", "Florida"),
        ("Wis", "Wisconsin"),
    ]
    # "Ala." is Alabama's or Alaska's: the text that names Alabama says which.
    assert state_abbreviations("to Birmingham, Ala., to Chicago") == []
    both = "to Birmingham, Ala., to Chicago, near the Alabama border"
    assert state_abbreviations(both) == [("Ala", "Alabama")]
    assert ("ala", "alabama", "a US state's abbreviation") in defined_pairs(both)


def test_no_state_where_the_words_are_a_title_a_state_s_name_or_of_two_states():
    # A title after a comma and common words, a state's own name, "Miss." (Mississippi or
    # Missouri), a short word ("Pa.") are no abbreviation of one state.
    text = "the commander, Col. Smith; Austin, Texas; Jackson, Miss. and York, Pa. said"
    assert state_abbreviations(text) == []


def test_initials_geonames_writes_after_a_town_are_a_part_of_the_town_s_name():
    # "opening the doors of Washington, D.C., to folks"; "a Washington , D.C. Chipotle";
    # "Institution for Science in Washington, DC said".
    text = "the doors of Washington, D.C., to folks; a Washington , D.C. shop; Visit Washington, DC"
    assert city_initials(text) == [
        ("D.C.", "Washington"),
        ("Washington D.C.", "Washington"),
        ("D.C.", "Washington"),
        ("Washington D.C.", "Washington"),
        ("DC", "Washington"),
        ("Washington DC", "Washington"),
    ]
    assert ("d c", "washington", "a city's initials after its name") in defined_pairs(text)


def test_initials_geonames_does_not_write_after_the_town_define_nothing():
    # A US state's postal code, a person's degree: GeoNames spells no city so.
    text = "in Austin, TX and Boulder, CO; John Smith, J.D. said; Springfield, IL"
    assert city_initials(text) == []


def test_a_name_after_the_former_born_or_nee_is_a_person_s_name_before_marriage():
    # In brackets after the name now; else the one full name of the text with the same
    # given name and another surname.
    assert birth_names("he has known Michelle Obama (born Michelle Robinson) all her life") == [
        ("Michelle Obama", "Michelle Robinson")
    ]
    text = (
        "Priscilla Presley will serve as a witness. Singer Elvis Presley, 32, and his bride, "
        "21, the former Priscilla Beaulieu, appear at the Aladdin Hotel."
    )
    assert birth_names(text) == [("Priscilla Presley", "Priscilla Beaulieu")]


def test_no_birth_name_without_a_given_name_or_one_bearer():
    assert birth_names("the former Yugoslav Republic of Macedonia asked") == []
    assert birth_names("the former Miss Africa, Georgia Baddiel, and a first-born Prince") == []
    # Two women of the given name in the text: the cue says not which.
    text = "Mary Smith and Mary Jones met. The former Mary Brown spoke."
    assert birth_names(text) == []
    # No woman of the given name under another surname.
    assert birth_names("The former Michelle Robinson followed her plan.") == []


def test_a_nickname_in_quotation_marks_inside_a_name_names_the_person():
    text = 'Lance Corporal Trimaan "Harry" Dhillon stalked her. Dhillon, 26, denied murder.'
    assert quoted_nicknames(text) == [("Harry", "Dhillon"), ("Trimaan Dhillon", "Harry")]
    assert quoted_nicknames("June's daughter, Anna 'Chickadee' Cardwell, has") == [
        ("Chickadee", "Cardwell"),
        ("Anna Cardwell", "Chickadee"),
    ]


def test_a_nickname_in_brackets_inside_a_name_names_the_person():
    # ECB+: "slain Kimani (Kiki) Gray" in several reports of one shooting.
    text = "the vigil for Kimani (Kiki) Gray, 16, killed by police. Gray's mother spoke."
    assert quoted_nicknames(text) == [
        ("Kiki", "Gray"),
        ("Kimani Gray", "Kiki"),
    ]
    # Counter-examples: a country or a city in brackets between a driver's name and his
    # team's, or a paper's town and its state's.
    assert quoted_nicknames("1. Lewis Hamilton (Britain) Mercedes 1:32.4") == []
    assert quoted_nicknames("Hamilton (Britain) Mercedes, Rosberg (Germany) Mercedes") == []
    assert quoted_nicknames("the Dallas (Texas) Morning News reported") == []
    text = "Top scorers: 1 Harry Kane (Tottenham) Jamie Vardy (Leicester) Sergio Aguero"
    assert quoted_nicknames(text) == []
    # A quoted title before a common word is left alone, written again or not (ECB+).
    text = 'W. Mark Felt, or Mark "Deep Throat" Felt. Felt died at 95.'
    assert quoted_nicknames(text) == []


def test_a_nickname_of_several_words_names_the_full_name_only():
    # Brothers share the surname: "Sugar Bear" and "Uncle Poodle" are no "Thompson" alone.
    text = "Mike 'Sugar Bear' Thompson and Lee 'Uncle Poodle' Thompson. Thompson said"
    assert quoted_nicknames(text) == [
        ("Mike Thompson", "Sugar Bear"),
        ("Lee Thompson", "Uncle Poodle"),
    ]


def test_quoted_words_between_names_that_are_no_given_names_are_no_nickname():
    # No given name on either side of the quotation, or a common word after it.
    assert quoted_nicknames('They danced at Club "Tropicana" Marbella all night.') == []
    assert quoted_nicknames('The Bobby "Boots" Black shop closed.') == []


def test_a_name_the_model_cut_before_its_number_is_no_name():
    # CNN and ECB+: "Interstate 95", "Ligue 1", "North Dakota Highway 1806", the model's
    # name stopping before the number.
    text = "Traffic on Interstate 95 and North Dakota Highway 1806. The Ligue 1 side won."
    assert numbered_names(text) == [
        "Interstate",
        "North Dakota Highway",
        "Dakota Highway",
        "Highway",
        "Ligue",
    ]
    assert ("interstate", "", "a name cut before its number ('Interstate 95', 'Ligue 1')") in (
        defined_pairs(text)
    )
    # Counter-examples: a score or a time after the word, no numbering word, and a flight,
    # which is its airline's (`merge`).
    assert numbered_names("Terminal 2-1 Channel. The Route 1:30 run.") == []
    assert numbered_names("Chelsea 2 Arsenal 1. Malaysia Airlines Flight 17 fell.") == []
