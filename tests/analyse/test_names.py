"""One rule per test: how a model span becomes a canonical name (or nothing)."""

import random
import re

import pytest

from generator.analyse.mentions import Span, _whole_words, doc_spans, mentions_from_spans
from generator.analyse.mentions.cues import (
    A_BRAND,
    AFTER_A,
    AFTER_THE,
    NAMED_PRODUCT,
    ORGANISATION_AFTER,
    QUOTED,
    SIDE_FACED,
    SIDES_AROUND,
    TIME_ZONE,
    WEAK_PLACE,
    capital_says_nothing,
    context_cues,
)
from generator.text.names import canonical_forms, is_name, name_key


def names(text: str, label: str = "PERSON") -> list[str]:
    return [name for name, _ in canonical_forms(text, label)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Putin's", "Putin"), ("Putin’s", "Putin"), ("Putin 's", "Putin"), ("Reuters'", "Reuters")],
)
def test_possessives_are_removed(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # CNN: a sentence's opening article, which the model took into the span.
        ("An Indiana", "PERSON", ["Indiana"]),
        ("An Army National Guard", "ORG", ["Army National Guard"]),
        ("The Hague", "GPE", ["Hague"]),
        # The Irish and the Arabic "An" opens names, before a consonant.
        ("An Post", "ORG", ["An Post"]),
        ("An Garda Síochána", "ORG", ["An Garda Síochána"]),
        ("An Nahar", "ORG", ["An Nahar"]),
        # A span opened by "an" in lower case is a phrase the model ran over ("win an
        # Academy Award Other top selling items").
        ("an Academy Award Other", "ORG", []),
    ],
)
def test_an_opening_article_is_removed(text, label, expected):
    assert names(text, label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Putin", "Putin"),
        ("Mr. Lavrov", "Lavrov"),
        ("Mr Lavrov", "Lavrov"),
        ("foreign minister Sergei Lavrov", "Sergei Lavrov"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("President Putin's", "Putin"),
        ("CEO Ahmad Jauhari Yahya", "Ahmad Jauhari Yahya"),
        ("chief executive Tim Clark", "Tim Clark"),
        # A dictionary word that says which officer before the title (ECB+: "Senior Trooper
        # William Hakim"; CNN/DailyMail: "Crown Prince Mohammed Bin Zayed Al Nahyan").
        ("Senior Trooper William Hakim", "William Hakim"),
        ("Former President Bill Clinton", "Bill Clinton"),
        ("Crown Prince Mohammed Bin Zayed", "Mohammed Bin Zayed"),
    ],
)
def test_titles_and_roles_are_removed_from_people(text, expected):
    assert names(text) == [expected]
    assert canonical_forms(text, "PERSON")[0][1] is True  # and recorded as a person cue


def test_a_dictionary_word_before_no_title_stays_in_a_person_s_name():
    # Counter-examples: no title after the word ("Little Richard", "Young Frederick"), and
    # a first word that is a title only as a name's ("Marshall Mathers").
    assert names("Little Richard") == ["Little Richard"]
    assert names("Young Frederick") == ["Young Frederick"]
    assert names("Marshall Mathers") == ["Marshall Mathers"]


def test_titles_stay_in_names_that_are_not_people():
    assert names("General Motors", "ORG") == ["General Motors"]
    assert names("Founder Institute", "ORG") == ["Founder Institute"]
    assert names("Prince Edward Island", "GPE") == ["Prince Edward Island"]
    assert names("Dr Pepper", "ORG") == ["Dr Pepper"]
    assert names("Miss World", "ORG") == ["Miss World"]
    assert names("Sheriff Court", "ORG") == ["Sheriff Court"]
    assert names("Chief Keef", "ORG") == ["Chief Keef"]


def test_a_chief_after_a_body_s_word_is_a_title():
    assert names("Police Chief Bill Bratton") == ["Bill Bratton"]


@pytest.mark.parametrize(
    ("rank", "name"),
    [
        ("Cmdr.", "William Marks"),
        ("Adm.", "Mike Mullen"),
        ("Det. Supt.", "John Smith"),
        ("Rear Admiral", "Tom Jones"),
        ("Chief Inspector", "Ann Lee"),
        # US police and local officials (dev7, CNN/DailyMail).
        ("Sheriff", "Joe Arpaio"),
        ("Trooper", "James Schmidt"),
        ("Officer", "Darren Wilson"),
        ("Councilman", "Charles Barron"),
        # A deputy or a chief alone (ECB+: "Deputy Ortiz", "Chief Russell").
        ("Deputy", "Ortiz"),
        ("Chief", "Russell"),
    ],
)
def test_ranks_of_armed_forces_and_police_are_titles(rank, name):
    assert names(f"{rank} {name}") == [name]
    # ... and one alone is no name ("said Cmdr. William Marks": the model's "Cmdr").
    assert names(rank) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Datuk Seri Najib Razak", "Najib Razak"),
        ("Prime Minister Datuk Seri Najib Razak", "Najib Razak"),
        ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),
        ("Dato' Sri Hishammuddin Hussein", "Hishammuddin Hussein"),
    ],
)
def test_malaysian_honorifics_are_titles(text, expected):
    assert names(text) == [expected]


def test_malaysian_honorifics_stay_in_names_that_are_not_people():
    # Counter-example: a place or a body named with the word keeps it.
    assert names("Taman Tun Dr Ismail", "GPE") == ["Taman Tun Dr Ismail"]
    assert names("Datuk Keramat", "GPE") == ["Datuk Keramat"]


def test_ranks_stay_in_names_that_are_not_people():
    # Counter-examples: only person spans lose their titles.
    assert names("Inspector Gadget Ltd", "ORG") == ["Inspector Gadget Ltd"]
    assert names("Admiral Insurance", "ORG") == ["Admiral Insurance"]


def test_a_form_of_address_makes_a_person_whatever_the_model_says():
    # "Mr Hollande" (the model's organisation), "Mr Millichip" (its place).
    assert canonical_forms("Mr Hollande", "ORG") == [("Hollande", True)]
    assert canonical_forms("Mrs. McCain", "GPE") == [("McCain", True)]
    assert canonical_forms("Mrs", "ORG") == []


def test_a_leading_the_is_removed():
    assert names("the United States", "GPE") == ["United States"]
    assert names("The Syrian Observatory for Human Rights", "ORG") == [
        "Syrian Observatory for Human Rights"
    ]


def test_numbers_and_punctuation_at_the_ends_are_removed():
    assert names("Andrew Park 72") == ["Andrew Park"]
    assert names("Austria 1996-12-07", "GPE") == ["Austria"]
    assert names('"Aleppo,', "GPE") == ["Aleppo"]


def test_dotted_abbreviations_keep_their_dot():
    assert names("U.S.", "GPE") == ["U.S."]
    assert names("the U.N.'s", "ORG") == ["U.N."]


def test_a_span_across_a_line_break_or_a_spaced_dash_becomes_separate_names():
    assert names("Afridi 88\nC. Cairns") == ["Afridi", "C. Cairns"]
    assert names("CRICKET - SHEFFIELD SHIELD", "ORG") == ["CRICKET", "SHEFFIELD SHIELD"]


def test_a_full_stop_glued_to_the_next_sentence_ends_the_name():
    # dev5, BBC pages run together: "told the BBC.On the other side", "(HMRC).An offer".
    assert names("BBC.On", "ORG")[0] == "BBC"
    assert names("HMRC).An", "ORG")[0] == "HMRC"
    assert names("Hamilton Academical).Greg Tansey", "ORG") == [
        "Hamilton Academical",
        "Greg Tansey",
    ]
    # Counter-example: after one capital the dot is an abbreviation's.
    assert names("U.S.Army", "ORG") == ["U.S.Army"]
    assert names("St.Louis", "GPE") == ["St.Louis"]


def test_a_number_s_full_stop_or_a_sentence_word_glued_to_a_name_ends_it():
    # CNN/DailyMail pages run together: "2016.Aldred Drummond", "2012.Portsmouth Crown
    # Court"; "Cornelius LysaghtThe", "AbujaThe APC", "AleppoWhat".
    assert names("2016.Aldred Drummond", "PERSON") == ["Aldred Drummond"]
    assert names("Cornelius LysaghtThe", "PERSON")[0] == "Cornelius Lysaght"
    assert names("AbujaThe APC", "ORG") == ["Abuja", "APC"]
    assert names("AleppoWhat", "GPE")[0] == "Aleppo"
    # A fixtures table run together: a month before a name, a weekday after one.
    assert names("AprilDelhi Daredevils", "ORG") == ["Delhi Daredevils"]
    assert names("Sunrisers HyderabadMonday", "ORG") == ["Sunrisers Hyderabad"]
    assert names("Theresa May", "PERSON") == ["Theresa May"]
    assert names("Mayfair", "GPE") == ["Mayfair"]
    # Counter-examples: brands' capitals inside a word before other words or shorter ones.
    assert names("LinkedIn", "ORG") == ["LinkedIn"]
    assert names("WhatsApp", "ORG") == ["WhatsApp"]
    assert names("SeaWorld", "ORG") == ["SeaWorld"]


@pytest.mark.parametrize(
    "text",
    [
        "1996",
        "288",
        "A",
        "Mr",
        "Mr.",
        "President",
        "Prime Minister",
        "January",
        "Monday",
        "GMT",
        "gunmen",
        "Victoria at Bellerive Oval",
        "W L T GF GA",
    ],
)
def test_junk_is_not_a_name(text):
    assert names(text, "ORG") == []


def test_names_may_contain_connectors_and_particles():
    assert is_name("Syrian Observatory for Human Rights")
    assert is_name("Abdulkafi al-Hamdo")
    assert is_name("Staffan de Mistura")
    assert not is_name("said on Monday")


def test_a_two_letter_function_word_with_a_capital_is_no_name():
    # CNN: "she told Us." (Us Weekly) had joined the United States under the key "us".
    assert not is_name("Us")
    assert not is_name("It")
    # Counter-examples: the country's code in capitals, and two-letter surnames.
    assert is_name("US")
    assert is_name("Xi")
    assert is_name("Ma")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ISIL", "Isil"),
        ("al-Hamdo", "al Hamdo"),
        ("Abdulkafi al-Hamdo", "Abdulkafi al Hamdo"),
        ("Zürich", "Zurich"),
        ("O’Neill", "O'Neill"),
        ("U.S.", "U S"),
    ],
)
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_have_different_keys():
    assert name_key("Homs") != name_key("Hama")


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("within two miles of ", " lies", "place"),
        ("in the province of ", ",", "place"),
        ("the ", "-based Syrian Observatory", "place"),
        # Where something is or someone lives (dev8: "a Woodburn-area bank", "her
        # Lawncrest neighbors").
        ("a bomb explosion at a ", "-area bank killed", "place"),
        ("She thought her ", " neighbors were running", "place"),
        ("", " residents were evacuated", "place"),
        ("rains along the coast of ", ", but", "place"),
        ("the southern ", " state, bringing rain", "place"),
        ("at the conference in ", " last year", "place?"),
        ("", " fighters had begun", "organisation"),
        ("a spokesperson for the ", " rebel group", "organisation"),
        ("Russian foreign minister ", " and", "person"),
        ("The organisation's director-general, ", ", said", "person"),
        ("", ", a teacher and activist, said", "person"),
    ],
)
def test_context_cues(before, after, kind):
    assert kind in context_cues(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A word that only begins as one of them: no place.
        ("the ", " residential tower"),
        ("a ", "-areas manager"),
        # "-born" follows nationalities (CoNLL++: "East Timorese-born activist").
        ("with East ", "-born activist"),
    ],
)
def test_words_that_only_begin_as_a_place_s_are_no_place_cue(before, after):
    assert "place" not in context_cues(before, after)


def test_the_body_s_head_before_a_comma_is_no_role_of_the_name_after_it():
    # dev5 (a CNN article): "Officer Matt Kenny suffered a blow to the head, Madison Police
    # Chief Mike Koval said": the head is the officer's, not a role of the police.
    before = "Officer Matt Kenny suffered a blow to the head, "
    assert "person" not in context_cues(before, " Chief Mike Koval said.", "Madison Police")
    assert "person" not in context_cues("he was shot in his head, ", " said", "Madison Police")
    # A head of something, and other roles, before the comma keep the cue.
    assert "person" in context_cues("its head, ", ", said", "John Smith")
    assert "person" in context_cues("the department's head, ", ", said", "John Smith")
    assert "person" in context_cues("the team's coach, ", ", said", "John Smith")


def test_a_radio_band_is_no_band_of_musicians():
    # "quad-band GSM/EDGE", "dual-band WiFi" in a phone's specifications (dev6).
    assert "organisation" not in context_cues("and quad-band ", " support")
    assert "organisation" not in context_cues("a 5GHz-band ", " link")
    # Counter-examples: a compound naming a group, and the band itself.
    assert "organisation" in context_cues("the boy-band ", " split")
    assert "organisation" in context_cues("the band ", " played")


def test_in_is_no_cue_before_the():
    # "in the Zimbabwe Open", "in the Holocaust": events, not places (the "the" is noted).
    assert context_cues("played in the ", " last week") == (AFTER_THE,)


def test_in_is_no_cue_before_an_owners_possessive():
    # "served in Patton's army": where the army is, not what Patton is.
    assert WEAK_PLACE not in context_cues("his grandfather, who served in ", "'s army, and")
    assert WEAK_PLACE in context_cues("his grandfather, who served in ", " during the war")


def test_a_name_alone_in_quotation_marks_is_noted():
    # ECB+: "to helm "New Moon," the sequel", "for 'New Moon,' she wrote".
    for before, after in [('to helm "', '," the sequel'), ("for '", ", ' she wrote")]:
        assert QUOTED in context_cues(before, after, "New Moon")
    # A quotation that opens or goes on with the name, or a possessive's apostrophe.
    assert QUOTED not in context_cues('"', ' is great," he said', "New Moon")
    assert QUOTED not in context_cues("'", "'s director", "New Moon")
    assert QUOTED not in context_cues("said ", " that", "New Moon")


def test_a_time_zone_after_a_clock_time_is_noted():
    # ECB+: "began at 11am IST", "15: 01 IST", "about 1100 hrs IST", "around 11 am (IST)".
    for before in ("began at 11am ", "2013 15: 01 ", "about 1100 hrs ", "around 11 am ("):
        assert TIME_ZONE in context_cues(before, " when", "IST")
    # Not a count before a name, nor a name that is no zone's shape.
    assert TIME_ZONE not in context_cues("the 2013 ", " Awards", "BET")
    assert TIME_ZONE not in context_cues("at 11am ", " said", "NATO")


def test_in_is_no_cue_after_an_interest_or_a_belief():
    # ECB+: "the Yankees have interest in Teixeira" (a small town to the gazetteer).
    for before in ("the Yankees have interest in ", "their faith in ", "a 10% stake in "):
        assert WEAK_PLACE not in context_cues(before, ". When Boras spoke")
    assert WEAK_PLACE in context_cues("the Yankees have a camp in ", ". When Boras spoke")


def test_at_is_a_weak_place_cue_but_not_where_one_studies_works_or_plays():
    # "at Wembley", "at Roissy": where something happens.
    assert WEAK_PLACE in context_cues("A 3-2 defeat against Croatia at ", " sees England fail")
    assert WEAK_PLACE in context_cues("police searched two locations at ", ", including")
    # Where one studies, works or plays is an organisation; a name cut short before another
    # capitalised word ("at Sergio Asenjo's near post") says nothing.
    assert WEAK_PLACE not in context_cues("as a Rhodes scholar at ", " he smoked")
    assert WEAK_PLACE not in context_cues("nine first-team players at ", " — Manuel Pascali")
    assert WEAK_PLACE not in context_cues("after the break at ", " Asenjo's near post")


def test_where_a_journey_goes_is_a_place():
    assert "place" in context_cues("during a cruise to ", " in 2002")
    assert "place" in context_cues("ordered U.S. airlines to avoid airspace over ", ", the Black")
    # Sides travel to their opponents, and a spacecraft's flight goes to its station.
    assert "place" not in context_cues("the Frenchman will miss league trips to ", " and")
    assert "place" not in context_cues("its next supply flight to the ", " and expects")
    assert "place" not in context_cues("on Tuesday, travel to ", " Doetinchem")


def test_where_a_journey_goes_back_or_home_is_a_place():
    assert "place" in context_cues("Lubitz flew back to ", " on Monday", "Frankfurt")
    assert "place" in context_cues("the crew headed home to ", " after", "Lyon")
    # Not a journey: a side that comes back to a score, a person written back to.
    assert "place" not in context_cues("Chelsea came back to ", " in the second half", "Leeds")
    assert "place" not in context_cues("she wrote back to ", " on Monday", "Jenkins")


def test_an_age_in_years_or_in_square_brackets_after_a_name_is_a_person_s():
    after = ", 9 years old, and Sasha"
    assert "person" in context_cues("daughters [", after, "Malia")
    assert "person" in context_cues("daughters [Malia, 9 years old, and ", ", 6]", "Sasha")
    # A distance or a time in years is no age: "Paris, 200 years after".
    assert "person" not in context_cues("the storming of ", ", 200 years after", "Paris")


def test_nearby_and_a_mountain_s_parts_before_a_name_say_a_place():
    assert "place" in context_cues("Nimrud and nearby ", " are the sites")
    assert "place" in context_cues("Ash and rock spewed from the crater of ", " on Kyushu")
    assert "place" in context_cues("villages on the slopes of ", ", the volcano")
    # A summit is a meeting too.
    assert "place" not in context_cues("a summit of ", " leaders")


def test_a_saint_s_name_cut_from_a_church_or_a_ground_is_a_place():
    # The model tags "St Patrick" of "St Patrick's Cathedral", "St James" of "St James' Park".
    assert "place" in context_cues('a "concert" at ', "'s Cathedral in Dublin", "St Patrick")
    assert "place" in context_cues("losing 2-1 to Sunderland at ", "' Park", "St James")
    # A saint's day, and a person's possession, are no building.
    assert "place" not in context_cues("celebrations on ", "'s Day", "St Patrick")
    assert "place" not in context_cues("a visit to ", "'s Palace", "Saddam")


def test_a_compass_word_and_a_bigger_place_after_a_name_say_a_place():
    assert "place" in context_cues("the alleged failure of Ms Rose, of ", ", east London, to")
    assert "place" in context_cues("an animal shelter in ", ", northern Poland, where")
    assert "place" in context_cues("Cato, of Robert Street, ", ", south-east London, was")
    # A capitalised compass word opens a name of its own.
    assert "place" not in context_cues("fans of ", ", West Ham and Spurs")


def test_where_one_eats_or_drinks_is_a_place():
    # A bar or a restaurant the model calls ORG: "at" alone is a weak cue, which loses.
    assert "place" in context_cues("a crowd of young people who were sipping beer at ", ". By")
    assert "place" in context_cues("a decidedly unhurried lunch at ", ", one of her favorite")
    assert "place" in context_cues("we had dinner at the ", " on Friday")
    # Elsewhere "at" stays weak, and "celebrate at" is no meal.
    assert "place" not in context_cues("a conference at ", " on Friday")
    assert "place" not in context_cues("to celebrate at ", " on Friday")
    assert "place" not in context_cues("a quick lunch at ", " Asenjo's house")


def test_a_slash_marks_a_credit_where_the_names_stand_alone():
    # dev: "... sworn in. Credit Kostas Tsironis/Associated Press"; dev3: "EPA/CHRISTOPHE".
    assert "furniture" in context_cues("was sworn in as prime minister. Credit ", "/Associated")
    assert "furniture" in context_cues("officers, police said. EPA/", " PETIT TESSON")
    # In a sentence a slash joins two names of one thing (CNN 8-f: "were canceled at
    # Dallas/Fort Worth International Airport", "Party of Russia/Party of People's Freedom").
    assert "furniture" not in context_cues(
        "640 arrivals and departures were canceled at Dallas/", " on Wednesday"
    )
    assert "furniture" not in context_cues(
        "was a top official with the Republican ", "/Party of People's Freedom, a"
    )


def test_no_cue_from_plain_context():
    assert context_cues("said ", " on Monday") == ()
    # An agency in apposition is no person's role, but it is what an organisation is.
    assert context_cues("Xinhua", ", the official news agency") == ("organisation", "organisation!")
    # A restaurant's owner and a chain are no restaurant; a bearing of a time is no place's.
    assert "place" not in context_cues("the restaurant's owner, ", ", said")
    assert "place" not in context_cues("a restaurant chain ", " said")
    assert "place" not in context_cues("said ", ", north of 50 percent")


def test_spans_are_narrowed_to_the_name_and_carry_their_cues():
    text = "On Thursday, President Putin's Russia declared a pause."
    start = text.index("President")
    end = text.index("'s") + 2
    (span,) = doc_spans(text, [(start, end, "PERSON")])
    assert text[span.start : span.end] == "Putin"
    assert "person" in span.cues


def test_a_title_tail_is_not_a_name():
    text = "US Secretary of State John Kerry met him."
    start = text.index("State")
    assert doc_spans(text, [(start, start + 5, "ORG")]) == []


def test_an_office_s_portfolio_is_not_a_name():
    # "Associate Dean of Student Services", "Vice President of Community and External Affairs".
    text = "As Associate Dean of Student Services, she led. Minister of Finance Yanis left."
    ents = [(text.index("Student"), text.index(","), "ORG")]
    ents.append((text.index("Finance"), text.index("Finance") + 7, "ORG"))
    assert doc_spans(text, ents) == []
    # A place the model tags and a body named after "the" are kept.
    text = "He was Vice President of the United States and director of the Global Strategy Project."
    at = text.index
    ents = [(at("United"), at(" and"), "GPE"), (at("Global"), at("."), "ORG")]
    assert [span.name for span in doc_spans(text, ents)] == [
        "United States",
        "Global Strategy Project",
    ]


def test_dates_and_numbers_are_not_evidence():
    text = "On Thursday 300 people left."
    assert doc_spans(text, [(3, 11, "DATE"), (12, 15, "CARDINAL")]) == []


def test_mentions_group_spellings_labels_and_cues_per_key():
    spans = [
        Span(0, 4, "Isil", "PERSON", ()),
        Span(10, 14, "ISIL", "GPE", ("organisation",)),
        Span(20, 24, "Isil", "PERSON", ()),
        Span(30, 36, "Aleppo", "NORP", ()),
    ]
    isil = next(m for m in mentions_from_spans(spans) if m.name == "Isil")
    assert isil.count == 3
    assert isil.aliases == ("ISIL",)
    assert dict(isil.forms) == {"Isil": 2, "ISIL": 1}
    assert dict(isil.labels) == {"PERSON": 2, "GPE": 1}
    assert dict(isil.cues) == {"organisation": 1}
    assert isil.kind == "person"  # the article's own majority; the link stage decides


@pytest.mark.parametrize(
    ("raw", "label", "names"),
    [
        # A name and its abbreviation in brackets are two names, also a body's initials in
        # another language (CNN 8-f); a bracket that abbreviates nothing is the model running
        # on, and its label says nothing of either side (frank: "Marwood (Gateshead", a
        # player and his club; CNN 8-f: "George (Jason Alexander", a part and its actor).
        (
            "Australian Maritime Safety Authority (Amsa",
            "ORG",
            ["Australian Maritime Safety Authority", "Amsa"],
        ),
        (
            "Party of Industrialists and Entrepreneurs (PPPT",
            "ORG",
            ["Party of Industrialists and Entrepreneurs", "PPPT"],
        ),
        ("Megan Gerety ( U.S.", "PERSON", []),
        ("Marwood (Gateshead", "ORG", []),
        ("George (Jason Alexander", "PERSON", []),
        ("Tindal et al (ITALICISE", "ORG", []),
        # A slash between names of capitalised words parts them (frank: "Lux/ Quick-Step");
        # not one name's own slash ("AC/DC", "Division of HIV/AIDS Prevention").
        ("Lux/ Quick-Step", "ORG", ["Lux", "Quick-Step"]),
        ("Washington Times/CPAC", "ORG", ["Washington Times", "CPAC"]),
        # An editor's square bracket cut in half by the span is no part of the name (CNN
        # 8-f: "[Marilyn] Tavenner", "the [East] Coast").
        ("Marilyn] Tavenner", "PERSON", ["Marilyn Tavenner"]),
        ("East] Coast", "LOC", ["East Coast"]),
        (
            "CDC Division of HIV/AIDS Prevention",
            "ORG",
            ["CDC Division of HIV/AIDS Prevention"],
        ),
        # An em dash without spaces and a slash between names split them (a photo credit).
        (
            "Les Bleus—French Football Federation",
            "ORG",
            ["Les Bleus", "French Football Federation"],
        ),
        ("Credit Kostas Tsironis/Associated Press", "ORG", ["Kostas Tsironis", "Associated Press"]),
        ("AC/DC", "ORG", ["AC/DC"]),
        # A word the scraper glued to the name goes; "iPhone" is no glued word.
        ("saidBarack Obama", "PERSON", ["Barack Obama"]),
        ("iPhone", "ORG", ["iPhone"]),
        # A stance for or against a name is no part of a name, nor one; "Pro Evolution
        # Soccer" and "Anti-Defamation League" are names.
        ("pro-Kremlin Liberal Democratic Party", "ORG", ["Liberal Democratic Party"]),
        ("pro-Europe", "GPE", []),
        ("Anti-Defamation League", "ORG", ["Anti-Defamation League"]),
        ("Pro Evolution Soccer", "ORG", ["Pro Evolution Soccer"]),
        # A connector left at the end, the button word of "Follow Jane Doe", more titles.
        ("Blue Oyster Cult and", "ORG", ["Blue Oyster Cult"]),
        ("Follow Jane Doe", "PERSON", ["Jane Doe"]),
        ("Air Chief Marshal Angus Houston", "PERSON", ["Angus Houston"]),
        ("Rabbi Capers Funnye", "PERSON", ["Capers Funnye"]),
    ],
)
def test_spans_of_real_pages(raw, label, names):
    assert [name for name, _ in canonical_forms(raw, label)] == names


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        ("satirical magazine ", " said", "organisation"),
        ("the band ", " played", "organisation"),
        ("analyst firm ", " said", "organisation"),
        ("said ", ", the Irish airline, would", "organisation"),
        ("destroyed the temples of Baal Shamin and ", " and", "place"),
        ("the ", " concert hall", "place"),
        # A club's grounds (dev7: "the club's Valdebebas training ground").
        ("at the club's ", " training ground on Monday", "place"),
        ("at ", " racecourse", "place"),
        ("the ", " golf course", "place"),
        ("Photo: ", "\n", "furniture"),
        ("AFP/", " said", "furniture"),
        ("in Paris. (", ")\n", "furniture"),
        ("Follow ", "\n", "furniture"),
        ("\nShare on ", "\n", "furniture"),
        # A hashtag and a handle (CNN/DailyMail: "Using the hashtag #BringBackClarkson").
        ("Using the hashtag #", ", which is trending", "furniture"),
        ("a tweet by @", " said", "furniture"),
        ("", " ( Spain ) 9 4 5 13\n", "team"),
        ("INDIANAPOLIS 37 ", " 10\n", "team"),
        ("\n", " in Court After Devastating Storm\nThe", "headline"),
        ("Caption text.\n", "\nMore text", "furniture"),  # a name alone on its line
        ("WASHINGTON (", ") — The agency said", "furniture"),  # the dateline's agency
        # People: an age or a birth after the name, family in apposition.
        ("children ", ", 10, and Sasha", "person"),
        ("and ", ", 7\nHow do you", "person"),
        ("two daughters, ", " (born 1999) and", "person"),
        ("said ", ", our 10-year-old, said", "person"),
        ("her daughters, ", " and Sasha, came", "person"),
        # A town's club: a player or manager after it, a result before it.
        ("claims from ", " manager Kevin Keegan", "club"),
        ("his side's 2-0 defeat to ", " on Sunday", "club"),
        # A place by its kind or its bearing: "the Athens neighbourhood of Exarhia", "a
        # Cambodian restaurant, Le Petit Cambodge", "Stade de France, St Denis, just north of".
        ("in the Athens neighbourhood of ", ", a haven", "place"),
        ("a pizza restaurant and a Cambodian restaurant, ", ". We heard", "place"),
        ("Stade de France, ", ", just north of Paris", "place"),
        # A team: a position before a player's name ("Kansas forward Danny Manning").
        ("the No. 1 pick on ", " forward Danny Manning.", "club"),
        ("the rights to ", " guard Penny Hardaway and", "club"),
        # A side by what it plays or by a player's move ("... and Cologne": the pair's cue).
        ("scheduled friendlies against Bayer Leverkusen and ", ".", "club"),
        ("the addition of expansion teams ", " and Vancouver", "club"),
        ("a goalkeeper signed from ", " - whose", "club"),
        # A side as a plural subject, in British English ("Bradford were", "Liverpool have").
        ("the Premier League in 1999, ", " were hotly tipped", "club"),
        ("for relegation.\n", " have signed striker Andy Carroll", "club"),
        # A player or the news's own people by what they do; a spectator in apposition.
        ("the signing of Brazilian forward ", " from Real", "person"),
        ("Liverpool midfielder ", " told BBC", "person"),
        ("Another spectator, ", ", was in the crowd", "person"),
        # Products and technical terms: a version, a component word, "stock X".
        ("While this is ", " 4.4.2, it's", "product"),
        ("feeding the data into the ", " app.", "product"),
        ("it's nowhere near stock ", ".", "product"),
        ("The ", " modem supports", "product"),
        ("a big ", " 3.0 port", "product"),
        # A ship named after what it is.
        ("Australian ship ", " is first investigating", "product"),
        ("The Chinese patrol ship ", " 01 is in the search area", "product"),
    ],
)
def test_cues_of_real_pages(before, after, cue):
    assert cue in context_cues(before, after)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("2GB of ", " and 16GB", "RAM"),
        ("a 2.5GHz quad-core ", ", 2GB", "CPU"),
        ("more ", ".", "RAM"),
        ("it comes with faster ", ", GPU, and memory bus speeds", "CPU"),
        ("let the Galaxy S5 use higher ", " sensitivity settings", "ISO"),
        ("graduated with a ", " in Sociology", "B.A."),
        ("Samsung will have an ", " so third parties", "SDK"),
    ],
)
def test_an_abbreviation_used_as_a_common_noun_is_a_technical_term(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("a group of ", " officials", "NATO"),  # no measure before the "of"
        ("the so-called ", " group", "ISIS"),
        ("more ", " troops", "Samsung"),  # only abbreviations take "more X"
        ("at a ", " summit in Wales", "NATO"),  # a body named before what it holds
        ("an ", " agent said", "FBI"),
        ("a former ", " official", "CIA"),  # an adjective, no comparative of rate
    ],
)
def test_an_organisation_is_no_technical_term(before, after, name):
    assert "product" not in context_cues(before, after, name)


def test_a_shipping_company_is_no_ship():
    assert "product" not in context_cues("the shipping company ", " said", "Maersk")
    assert "product" not in context_cues("the Ship ", " Inn", "Anchor")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Bowling: ", " 21.4 - 5 - 60 - 3\n"),  # figures of a table are no version
        ("Canola ", " 4.50 4.75\n"),
        ("shares of ", " 3.5 percent higher"),  # an amount is no version
        ("standard ", " 802.11 b/g/n"),  # a standard's number is no version
        ("", " look to Filippo Inzaghi"),  # a verb after the name
        ("the mayor of ", ", 1968, said"),  # a year is no age
        ("the capital of ", ", where"),
        ("the ", " agreed to tone down"),
        ("a ", " center for the arts"),  # no player's name after the position word
        ("moving ", " forward in the"),
        ("the war against ", " began"),  # no match, game or goal against it
        ("he moved from ", " to Chicago"),  # no player's transfer
        ("Berlin and ", " are twinned"),  # only the pair is plural
        ("people in ", " were evacuated"),  # the subject is the people
        ("as if ", " were a village"),  # a mood, no plural
    ],
)
def test_no_person_product_or_club_cue_from_ordinary_prose(before, after):
    assert not set(context_cues(before, after, "Paris")) & {"person", "product", "club"}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the group's leader ", " said"),  # "group" is no name's kind here
        ("a photo of ", " in Paris"),  # a photo of someone is no credit
        ("the agency (", ") said"),  # an abbreviation in brackets is no credit
        ("Port Loading Waiting\n", " 5 7\n"),  # two numbers are no standings row
        ("Many people follow ", " on Twitter"),
        ("The man told the Court that ", " Appears Here was fine."),  # no headline
        ("said ", ", a spokeswoman for the agency"),  # a person's role, no organisation's
        ("the agency (", ") said on Monday"),  # an abbreviation, no wire credit
        ("Caption text.\n", " said on Monday"),  # a line that goes on
        ("ranked No. 1 in the # ", " list"),  # a number sign apart from the name
    ],
)
def test_no_such_cue_from_ordinary_prose(before, after):
    found = set(context_cues(before, after))
    assert not found & {"organisation", "furniture", "team", "headline"}


def test_a_building_word_capitalised_is_part_of_the_name_not_a_cue():
    assert "place" in context_cues("the ", " bar said")
    assert "place" not in context_cues("the ", " Bar Association said")


def test_a_title_case_headline_says_nothing_with_its_capitals():
    text = "Okafor Appears in Court After Devastating Storm\nThe court heard Okafor Appears."
    assert capital_says_nothing(text, 0, 6)
    start = text.rindex("Okafor")
    assert not capital_says_nothing(text, start, start + 6)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("featured in ", " magazine as one of"),
        ("who voted for the ", " party in 2012"),
        ("criticized ", " chief Alexis Tsipras for"),
        ("", "'s leader Nigel Farage said"),
    ],
)
def test_what_follows_a_name_may_say_it_is_an_organisation(before, after):
    found = context_cues(before, after)
    assert "organisation?" in found
    # "in X magazine": the "in" is said of the magazine, not of a place.
    assert "place?" not in found


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the ", " chief of staff said"),  # a role of someone, no leader named
        ("a ", " party on Saturday night"),
        ("", "'s chief spokesman Dmitry Peskov"),  # the person's spokesman
        ("in ", " on Monday"),
    ],
)
def test_no_organisation_cue_after_a_name_in_ordinary_prose(before, after):
    assert "organisation?" not in context_cues(before, after)


def test_a_plural_kind_of_organisation_before_a_name_is_an_organisation_cue():
    assert "organisation" in context_cues("responding to parties such as ", " who argue")
    assert "organisation" in context_cues("carriers including ", " and Sprint")
    assert "organisation" in context_cues("and even Chinese outfits like ", " are doing")
    # Countries and cities are no kind of organisation.
    assert "organisation" not in context_cues("countries such as ", " and Spain")


def test_a_role_at_an_organisation_in_apposition_is_no_organisation_cue():
    # "Ahmad Jauhari Yahya, the airline's CEO, said": the person, not the airline.
    assert "organisation" not in context_cues("", ", the airline's CEO, said")
    assert "organisation" in context_cues("", ", the Irish airline, said")


def test_an_occupation_in_lower_case_before_a_name_is_a_person_cue():
    assert "person" in context_cues("would phone U2 singer ", " for advice")
    assert "person" in context_cues("said journalist ", " on Monday")
    # Capitalised, the word is part of a name; a kind of firm is no occupation.
    assert "person" not in context_cues("the Student ", " said")
    assert "person" not in context_cues("analyst firm ", " said")


def test_what_happened_to_someone_in_apposition_is_a_person_cue():
    assert "person" in context_cues('back?" ', ", an MH370 next-of-kin, said in an email")
    assert "person" in context_cues("said aid worker ", " on Monday")
    # An adjective before a name is no role ("the official Facebook page").
    assert "person" not in context_cues("the official ", " page")


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # What the text calls it: in apposition, after "is", or before "called".
        ("pushing ", ", their own UI layer, onto", "TouchWiz"),
        ("", " is Samsung's version of Flipboard", "My Magazine"),
        ("Apple's implementation, called ", ", locks out", "Touch ID"),
        ("a new app named ", " that", "Zorbex"),
        # A part's abbreviation, a part word after a modifier, a resolution in brackets.
        ("the Galaxy S5's ", " UI", "TouchWiz"),
        ("two ", " image sensors, an", "CMOS"),
        ("such as ", " (2560 x 1440) and", "WQHD"),
        ("to change the ", " setting.", "Touch ID"),
        ("than in previous ", " models. Due", "Exynos Octa"),
        ("image sensors, an ", " and a Wi-Fi chipset", "NFC IC"),
        # A work: dev5, "Someone Else's Skin, a thriller that tackles domestic violence".
        ("winning book. ", ", a thriller that tackles", "Someone Else's Skin"),
        ("aired a documentary called ", ", detailing", "I Hate Smith"),
        # One of a plural kind of product, any of a list (dev6).
        ("third-party editing apps, such as ", " or Snapseed, that", "Pixlr Express"),
        ("the old modes, such as Animated Photo, ", " and Sound & Shot", "Sports Shot"),
    ],
)
def test_what_the_text_calls_a_product_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("said ", ", the company's chief technology officer,", "Zorbex"),  # no product's head
        ("a company called ", " said", "Zorbex"),  # a company is no product
        ("", ", the Irish airline, said", "Ryanair"),
        ("", " is a version of the truth", "Smith"),  # "a version" of no name's kind
        ("", " makes chips for phones", "Intel"),  # a verb before the part word
        ("", " (1990 to 2000) was", "Zorbex"),  # years, no resolution
        # A work's word before the noun it qualifies: a person's trade.
        ("said ", ", a thriller writer, said", "Jane Doe"),
        ("said ", ", a film producer from Leeds", "Jane Doe"),
        # A firm's one-word name as an example of its products stays the firm's (CNN:
        # Facebook, tagged in two of its 41 reports); a kind of body or place is none.
        ("social apps like ", " and Twitter", "Facebook"),
        ("parties such as ", " who argue", "Ukip Party"),
        ("in cities such as ", " and Lyon", "Le Mans"),
    ],
)
def test_a_company_or_a_person_described_in_prose_is_no_product(before, after, name):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # A colour before a maker's name and a model's: a car.
        ("gunmen in a black ", " attacked three", "Seat Leon"),
        ("arrived in a black or grey ", " registered in", "Volkswagen Polo"),
        # A weapon or a car after the name.
        ("the car contained three ", " rifles, and", "Kalashnikov"),
        ("Gunmen using ", "-type assault rifles killed", "Kalashnikov"),
        ("a rented ", " hatchback was found", "Renault Clio"),
    ],
)
def test_a_car_or_a_weapon_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("more vibrant than the ", " screens I'm used to", "LCD"),
        ("conceals a ", " slot and a removable battery", "SIM"),
        ("a sensor that features ", " recording capability", "UHD"),
        ("carries a heartier ", "-spec 810G rating", "MIL"),
    ],
)
def test_a_technical_term_s_own_noun_after_it_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("and websites blocked. They hijack ", " cameras, electronic billboards", "CCTV"),
        ("have also hacked into public ", " systems in rebel-held areas", "CCTV"),
        ("Category 4 LTE from Qualcomm allows ", " speeds of up to 150Mbps", "LTE"),
        ("Samsung’s new ", " connectivity solution, S5N2120,", "Wi-Fi"),  # a hyphen inside
        ("forces ", " clocks down over the duration", "GPU"),
        ("used by all other mobile phone camera ", " systems, and it", "AF"),
        ("the promised ", " technology, which physically separates", "ISOCELL"),
    ],
)
def test_a_thing_an_abbreviation_names_after_it_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("told ", " network.", "VRT"),  # a body's network, radio, footage, files
        ("said on ", " radio today", "RTL"),
        ("the ", " files show", "FBI"),
        ("the ", " systems were hacked", "Siemens"),  # no abbreviation
        ("", " hospitals are full", "NHS"),
        ("the ", " message warned", "ISIS"),
        ("With her former ", " connections opening doors", "CCTV"),
        ("inside the LA ", " system corroborate", "VA"),
    ],
)
def test_a_body_s_noun_after_its_abbreviation_is_no_product_cue(before, after, name):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # The noun shared with a second term over "and" or "or".
        ("other types of ", " or M2M applications. Samsung’s", "IoT"),
        ("it comes with faster CPU, ", ", and memory bus speeds, a bone", "GPU"),
        # A message or a connection counted with "a" or "an".
        ("they were killed – via an ", " message.", "SMS"),
        ("so if a ", " connection is available, we'd", "Wi-Fi"),
    ],
)
def test_a_term_s_noun_shared_or_counted_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("the ", " and CIA files show", "FBI"),  # no term's noun after the pair
        ("claims of ", " and Nusra connections", "ISIS"),  # in the plural, no "a"
        ("a ", " and police cameras", "Smith"),  # no abbreviation
        ("the ", " message warned", "ISIS"),  # "the": a body's message
        ("the suspect's ", " connection", "ISIS"),
        ("a ", " spokesman and camera crews", "BBC"),  # a word of its own between
    ],
)
def test_a_body_s_abbreviation_before_a_shared_noun_or_message_is_no_product_cue(
    before, after, name
):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("Our guess is that this is probably a ", " 801 or 805. That", "Snapdragon"),  # dev2
        ("a decent step up from the ", " 600 in the Galaxy S4", "Snapdragon"),  # dev2
        ("I definitely have to point to Anand's piece on the ", " 801 for anyone", "Snapdragon"),
        ("thanks to the ", " 801 platform. The move", "Snapdragon"),  # dev4
        ("remind us of the original ", " 7. Though the sides", "Nexus"),  # dev2
        ("but phones like the ", " 5 and G3 have catapulted", "Nexus"),  # dev2
        ("reminiscent of the 2012 ", " 7. It should", "Nexus"),  # dev2
    ],
)
def test_a_common_word_counted_before_a_model_number_is_a_product_cue(before, after, name):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("the search for the missing ", " 777 goes on", "Boeing"),  # a maker: no common word
        ("video obtained from Britain's ", " 4. It shows", "Channel"),  # no "a" or "the"
        ("a bill that would give ", " 60 days to back", "Congress"),  # no "a" or "the"
        ("the ", " 60 days it took", "Congress"),  # an amount after the number
        ("Match ends, ", " 2, Hibs 0", "Rangers"),  # a score
        ("the ", " 2015 collection", "Spring"),  # a year, no model
        ("the ", " 2-1 win", "Rangers"),
        ("a ", " 20% rise", "Market"),
        ("the ", " Note 3", "Galaxy"),  # no number right after the name
        ("the ", " 7 was", "Nexus Player"),  # two words: left to other cues
    ],
)
def test_a_name_before_a_number_that_is_no_model_is_no_product_cue(before, after, name):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("according to ", " footage aired on", "CNN"),  # a broadcaster's footage
        ("a ", " video showed the", "BBC"),
    ],
)
def test_a_company_s_footage_or_video_is_no_product_cue(before, after, name):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("sailed into the ", " on Monday", "Black Sea"),  # the colour is in the name
        ("jumped out of a black ", " and stormed", "VW"),  # the maker alone
        ("a gun at ", " headquarters", "Smith Wesson"),  # no weapon word after the name
    ],
)
def test_a_colour_in_a_name_or_before_a_maker_alone_is_no_product_cue(before, after, name):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("drove the 500 yards to the ", " pizzeria and opened fire"),
        ("the kosher supermarket ", " in January"),
        ("an explosion at the ", " nuclear power plant, raising fears"),
        ("lunch at ", ", one of her favorite Hyde Park restaurants."),
    ],
)
def test_a_restaurant_a_shop_or_a_power_plant_is_a_place_cue(before, after):
    assert "place" in context_cues(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("shares of ", ", one of the biggest companies in"),  # one of a kind of organisation
        ("a song by ", ", one of her favourite singers,"),  # one of a kind of people
        ("the ", " plant in Vietnam makes phones"),  # a company's plant is the company's
    ],
)
def test_one_of_a_kind_of_organisation_or_a_company_s_plant_is_no_place_cue(before, after):
    assert "place" not in context_cues(before, after)


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (", a Frenchman who targeted Jews at", "Mehdi Nemmouche"),
        (", 31, a Frenchman living in Molenbeek", "Ali O"),
        (", a Moroccan who tried to attack", "Ayoub el Khazzani"),
        (", a Democrat from Ohio, said", "Jane Doe"),
        (" who currently leads the division", "Boo-Keun Yoon"),
        (", who was a Liverpool player,", "Alan Kennedy"),
    ],
)
def test_a_people_word_in_apposition_or_who_after_a_full_name_is_a_person_cue(after, name):
    assert "person" in context_cues("said ", after, name)


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (", a Finnish company, said", "Nokia"),  # a nationality before a kind of thing
        (", a Frenchman company", "Zorbex"),  # a word after the people-word
        (", who beat Chelsea on Saturday,", "Wigan"),  # one word: a team, a party
        (" which was founded in", "Blue Origin"),  # which is said of things
    ],
)
def test_a_kind_of_thing_or_who_after_one_word_is_no_person_cue(after, name):
    assert "person" not in context_cues("said ", after, name)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the French National Police posted on ", " a picture without a name"),
        ("Griezmann later wrote on ", " that his sister"),
        ("several of the players said in ", " posts."),
        ("according to her ", " account, the"),
    ],
)
def test_what_is_posted_on_a_network_says_it_is_an_organisation(before, after):
    assert ORGANISATION_AFTER in context_cues(before, after)


def test_a_shop_after_a_name_says_a_firm():
    # ECB+: "the Harry Winston store", "a Harry Winston boutique", "at Harry Winston
    # jewellers" (a firm named after its founder, the model's PERSON).
    for before, after in [
        ("robbery of the ", " store in central Paris"),
        ("from the ", " jewellery store."),
        ("from a ", " boutique on a posh Paris street"),
        ("on display at ", " jewellers on the Avenue"),
    ]:
        assert ORGANISATION_AFTER in context_cues(before, after, "Harry Winston")
    # Not what a person owns of many ("the stores of Harry Winston" aside) or a street.
    assert ORGANISATION_AFTER not in context_cues("one of the ", " stores of the chain")
    assert ORGANISATION_AFTER not in context_cues("he walked down ", " Street")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the senator said on ", " that the bill"),  # "said on Capitol Hill": a place
        ("the photo was posted near ", " on Friday"),
        ("a cheque ", " posted to the tax office"),
    ],
)
def test_saying_something_on_a_place_is_no_organisation_cue(before, after):
    assert ORGANISATION_AFTER not in context_cues(before, after)


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("BT", " chief executive] Ian Livingstone and his colleagues"),
        ("EDF", " shareholders will vote on"),
        ("JetBlue", " customers were stranded"),
        ("Verizon", "'s subscribers"),
        ("Facebook", " chief operating officer Sheryl Sandberg"),
        ("Fox", " executives"),
    ],
)
def test_a_firm_s_officers_or_customers_after_a_name_say_it_is_an_organisation(name, after):
    assert ORGANISATION_AFTER in context_cues("said that ", after, name)


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("Putin", " shares his view"),  # a verb, not a firm's shares
        ("McCurry", " stock"),
        ("Smith", ", chief executive of the bank"),  # a role in apposition: the person
        ("Smith", " and the customers"),
        ("BT", " board"),  # "On board", "the Conference board"
    ],
)
def test_shares_stock_a_board_or_an_apposed_role_are_no_firm_s_people(name, after):
    assert ORGANISATION_AFTER not in context_cues("said that ", after, name)


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        # A party named by where it stands.
        ("parties including the leftist ", ", which has", "organisation"),
        ("a victory over the more radical ", ", which had", "organisation"),
        # A place named by what it is, before the name or in apposition.
        ("dining at the hip Cambodian eatery ", " when", "place"),
        ("2,800 at ", " - the site outside Paris where", "place"),
        ("fled to ", ", a town in the east,", "place"),
    ],
)
def test_a_party_s_stance_and_a_place_s_kind_are_cues(before, after, cue):
    assert cue in context_cues(before, after)


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        ("young radical ", " through", "organisation"),  # no "the": a plural, a people
        ("the Liberal ", " Party", "organisation"),  # a capitalised word is the name's own
        ("according to the news site ", ", which", "place"),  # a website is no place
        ("said ", ", the site's editor,", "place"),
        ("said ", ", a town councillor,", "place"),  # no place after the noun
        ("ships in the ", ", the agency said.", "organisation"),  # a reporting clause
    ],
)
def test_no_stance_or_place_kind_cue_from_other_prose(before, after, cue):
    assert cue not in context_cues(before, after)


def test_uses_of_a_name_the_model_did_not_tag_are_counted_with_their_product_cues():
    text = (
        "Samsung has pushed Zorbex, their own UI layer, onto phones. "
        "Critics disliked Zorbex. The Zorbex interface is slow; Zorbexia is not. Zorbex said no."
    )
    start = text.index("Zorbex.")
    (mention,) = mentions_from_spans(doc_spans(text, [(start, start + 6, "ORG")]))
    # Three more uses (not "Zorbexia"), two of them as a product.
    assert dict(mention.cues) == {"product": 2, "seen": 3}
    # A use inside a span the model tagged is that span's.
    text = "Zorbex Bank said so. Zorbex Bank grew."
    spans = doc_spans(text, [(0, 11, "ORG"), (21, 32, "ORG")])
    assert all("seen" not in span.cues for span in spans)


def test_a_name_listed_among_names_of_one_kind_is_noted_as_that_kind():
    from generator.analyse.mentions.cues import listed_kinds
    from generator.analyse.mentions.labels import LABEL_KINDS

    text = "including AT&T, Sprint, T-Mobile, MetroPCS, and U.S. Cellular in the U.S."
    names = ["AT&T", "Sprint", "T-Mobile", "MetroPCS", "U.S. Cellular"]
    labels = ["ORG", "ORG", "ORG", "PERSON", "ORG"]
    spans = [
        (text.index(n), text.index(n) + len(n), lab) for n, lab in zip(names, labels, strict=True)
    ]
    assert listed_kinds(text, spans, LABEL_KINDS) == {3: "organisation"}
    # Three names are too few to call a person anything else ("Aerosmith, Blue Oyster Cult
    # and Stevie Wonder"), others of mixed kinds say nothing, and names apart are no list.
    assert listed_kinds(text, spans[2:], LABEL_KINDS) == {}
    mixed = [*spans[:2], (spans[2][0], spans[2][1], "GPE"), *spans[3:]]
    assert listed_kinds(text, mixed, LABEL_KINDS) == {}
    apart = "AT&T grew. Sprint fell; T-Mobile rose while MetroPCS and U.S. Cellular"
    spans = [
        (apart.index(n), apart.index(n) + len(n), lab) for n, lab in zip(names, labels, strict=True)
    ]
    assert listed_kinds(apart, spans, LABEL_KINDS) == {}


def test_a_place_after_an_organisation_and_and_is_noted_paired():
    from generator.analyse.mentions.cues import paired_with_an_organisation
    from generator.analyse.mentions.labels import LABEL_KINDS

    def paired(text, named):
        spans = [(text.index(n), text.index(n) + len(n), lab) for n, lab in named]
        return paired_with_an_organisation(text, spans, LABEL_KINDS)

    text = "accounts held in electronic payment systems such as PayPal and WebMoney."
    assert paired(text, [("PayPal", "ORG"), ("WebMoney", "GPE")]) == {1}
    # Not the first of the pair, nor a person, nor a comma's pair, nor a list of three.
    assert paired("WebMoney and PayPal", [("WebMoney", "GPE"), ("PayPal", "ORG")]) == set()
    assert (
        paired("the State Department and Kerry", [("State Department", "ORG"), ("Kerry", "PERSON")])
        == set()
    )
    assert paired("Google, Mountain View", [("Google", "ORG"), ("Mountain View", "GPE")]) == set()
    three = "Sony, Apple and Utopia"
    assert paired(three, [("Sony", "ORG"), ("Apple", "ORG"), ("Utopia", "GPE")]) == set()


def test_a_place_listed_with_two_organisations_is_noted_an_organisation():
    from generator.analyse.mentions.cues import listed_kinds
    from generator.analyse.mentions.labels import LABEL_KINDS

    def listed(text, named):
        spans = [(text.index(n), text.index(n) + len(n), lab) for n, lab in named]
        return listed_kinds(text, spans, LABEL_KINDS)

    # "Verizon" is the model's GPE between two carriers.
    text = "we have confirmation that AT&T, Sprint, and Verizon have all shipped the S5"
    named = [("AT&T", "ORG"), ("Sprint", "ORG"), ("Verizon", "GPE")]
    assert listed(text, named) == {2: "organisation"}
    # Not a person the model calls so, nor a place beside two places.
    text = "CNN's Justin Lear, Sara Weisfeldt and AnneClaire Stapleton contributed"
    named = [("Justin Lear", "ORG"), ("Sara Weisfeldt", "PERSON"), ("AnneClaire Stapleton", "ORG")]
    assert listed(text, named) == {}
    text = "flights to Paris, Lyon and Verizon"
    assert listed(text, [("Paris", "GPE"), ("Lyon", "GPE"), ("Verizon", "ORG")]) == {}


def test_a_town_listed_with_a_club_is_a_side():
    # "the likes of Leeds United, Southampton and Leicester City": the model's GPE is the
    # club; so in "Wrexham, Newport County, Colwyn Bay and Merthyr Town", two names ending in
    # "County" and "Town", one of which the model calls no place (its PERSON).
    text = "joining the likes of Leeds United, Southampton and Leicester City to suffer"
    spans = doc_spans(
        text,
        [
            (text.index(n), text.index(n) + len(n), label)
            for n, label in [
                ("Leeds United", "ORG"),
                ("Southampton", "GPE"),
                ("Leicester City", "ORG"),
            ]
        ],
    )
    assert [s.name for s in spans if "club" in s.cues] == ["Southampton", "Leicester City"]
    text = "also including Wrexham, Newport County, Colwyn Bay and Merthyr Town, the carrot"
    names = [
        ("Wrexham", "GPE"),
        ("Newport County", "GPE"),
        ("Colwyn Bay", "LOC"),
        ("Merthyr Town", "PERSON"),
    ]
    spans = doc_spans(text, [(text.index(n), text.index(n) + len(n), lab) for n, lab in names])
    assert [s.name for s in spans if "club" in s.cues] == [n for n, _ in names]


def test_a_town_listed_with_a_city_or_apart_from_a_club_is_no_side():
    # "Mexico City" and "Newport County" are the model's places: a place's name as often.
    text = "flights to Mexico City, Houston and Newport County."
    names = [("Mexico City", "GPE"), ("Houston", "GPE"), ("Newport County", "GPE")]
    spans = doc_spans(text, [(text.index(n), text.index(n) + len(n), lab) for n, lab in names])
    assert not any("club" in s.cues for s in spans)
    # One name ending in "City" that the model calls an organisation is no club's name: "the
    # Melbourne, Sydney and Adelaide City stores".
    text = "at each of the Melbourne, Sydney, Perth and Adelaide City stores"
    names = [("Melbourne", "GPE"), ("Sydney", "GPE"), ("Perth", "GPE"), ("Adelaide City", "ORG")]
    spans = doc_spans(text, [(text.index(n), text.index(n) + len(n), lab) for n, lab in names])
    assert not any("club" in s.cues for s in spans)
    # A club's name in the sentence but not in the list.
    text = "Leeds United fans in Southampton and Bristol."
    names = [("Leeds United", "ORG"), ("Southampton", "GPE"), ("Bristol", "GPE")]
    spans = doc_spans(text, [(text.index(n), text.index(n) + len(n), lab) for n, lab in names])
    assert not any("club" in s.cues for s in spans[1:])


def _spans_in_order(text, names):
    return doc_spans(text, [(text.index(n), text.index(n) + len(n), lab) for n, lab in names])


def test_a_town_named_bare_in_a_report_of_a_sport_is_noted_a_side():
    # "Chelsea" and "Barcelona" are sides by their own cues; "Leeds" has none.
    text = (
        "Chelsea manager Jose Mourinho was pleased. He scored in a 4-0 win over Barcelona. "
        "It beats the fee Manchester United gave Leeds in 2002."
    )
    names = [("Chelsea", "ORG"), ("Barcelona", "GPE"), ("Leeds", "GPE")]
    spans = _spans_in_order(text, names)
    assert [s.name for s in spans if SIDES_AROUND in s.cues] == ["Leeds"]


def test_a_side_s_possessive_before_a_player_in_a_report_of_a_sport_is_noted_a_side():
    # "In 2003, Detroit's Ben Wallace and Indiana's Brad Miller became the first undrafted
    # players to make the All-Star team" (an NBA draft history): the possessive before a
    # person's name says "organisation" of a name the gazetteer does not know only, and a
    # town's or a state's name so written in a report of a sport is its side's.
    text = (
        "Chelsea manager Jose Mourinho was pleased. He scored in a 4-0 win over Barcelona. "
        "In 2003, Detroit's Ben Wallace and Indiana's Brad Miller made the team."
    )
    names = [
        ("Chelsea", "ORG"),
        ("Barcelona", "GPE"),
        ("Detroit", "GPE"),
        ("Ben Wallace", "PERSON"),
        ("Indiana", "GPE"),
        ("Brad Miller", "PERSON"),
    ]
    spans = _spans_in_order(text, names)
    assert [s.name for s in spans if SIDES_AROUND in s.cues] == ["Detroit", "Indiana"]
    # In a story with no sides it is the city's or the state's man ("Indiana's Mike Pence").
    text = "Chicago's Rahm Emanuel spoke. Indiana's Mike Pence signed the law."
    names = [
        ("Chicago", "GPE"),
        ("Rahm Emanuel", "PERSON"),
        ("Indiana", "GPE"),
        ("Mike Pence", "PERSON"),
    ]
    assert not any(SIDES_AROUND in s.cues for s in _spans_in_order(text, names))


def test_a_one_word_person_faced_in_a_report_of_a_sport_is_noted_the_other_side():
    # "McLeish, whose side visit Everton on Saturday" (the model's PERSON), "his strike
    # against Lazio": in a report of a sport, the other side of a fixture.
    text = (
        "Chelsea manager Jose Mourinho was pleased. He scored in a 4-0 win over Barcelona. "
        'McLeish, whose side visit Everton on Saturday, added: "Nobody knows." '
        "Ronaldo's strike against Lazio was his first."
    )
    names = [
        ("Chelsea", "ORG"),
        ("Barcelona", "GPE"),
        ("McLeish", "PERSON"),
        ("Everton", "PERSON"),
        ("Ronaldo", "PERSON"),
        ("Lazio", "PERSON"),
    ]
    spans = _spans_in_order(text, names)
    assert [s.name for s in spans if SIDE_FACED in s.cues] == ["Everton", "Lazio"]
    # Not a name the model calls a place or a firm (those are sides by the note alone), not
    # one after another word, and not in a story with no sides ("a case against Durst").
    text = "Prosecutors built a case against Durst. Police visit Hutton on Monday."
    names = [("Durst", "PERSON"), ("Hutton", "PERSON")]
    assert not any(SIDE_FACED in s.cues for s in _spans_in_order(text, names))


def test_a_ground_or_a_region_in_a_report_of_a_sport_is_not_noted_a_side():
    # "Neymar helped Brazil beat Chile 1-0 at the Emirates" (SummEval), "his community
    # work on Merseyside" (SummEval): where sides play, in every use the article makes.
    text = (
        "Chelsea manager Jose Mourinho was pleased. He scored in a 4-0 win over Barcelona. "
        "Brazil beat Chile at the Emirates on Sunday. The Emirates was full. Carragher works "
        "on Merseyside, in schools of Merseyside. Manchester United gave Leeds a fee."
    )
    names = ["Chelsea", "Barcelona", "Emirates", "Merseyside", "Merseyside", "Leeds"]
    found, at = [], 0
    for name in names:
        start = text.index(name, at if name == "Merseyside" else 0)
        found.append((start, start + len(name), "ORG" if name == "Chelsea" else "GPE"))
        at = start + len(name)
    spans = doc_spans(text, found)
    assert [s.name for s in spans if SIDES_AROUND in s.cues] == ["Leeds"]


def test_a_town_in_a_story_with_few_sides_or_with_a_cue_is_not_noted_a_side():
    # Two sides among many other names make no report of a sport.
    towns = "Ashford Bury Crewe Derby Ely Frome Goole Hythe Ilkley Jarrow Kendal Louth Malton "
    others = [(n, "GPE") for n in (towns + "Nelson Otley Penrith Ripon Selby Thirsk Ware").split()]
    text = (
        "Chelsea manager Jose Mourinho spoke after a 4-0 win over Barcelona. "
        + " ".join(f"{n} grew." for n, _ in others)
        + " Leeds spoke."
    )
    names = [("Chelsea", "ORG"), ("Barcelona", "GPE"), *others, ("Leeds", "GPE")]
    assert not any(SIDES_AROUND in s.cues for s in _spans_in_order(text, names))
    # In a report of a sport: a town with its own cue, a club's town, a hometown, a surname.
    text = (
        "Chelsea manager Jose Mourinho spoke after a 4-0 win over Barcelona. He was born in "
        "Leeds, played for CSKA Moscow and Juventus (Turin) beside Les Ferdinand. Smith, from "
        "Brooklyn, said Ferdinand was there."
    )
    names = [
        ("Chelsea", "ORG"),
        ("Barcelona", "GPE"),
        ("Leeds", "GPE"),
        ("Moscow", "GPE"),
        ("Juventus", "ORG"),
        ("Turin", "GPE"),
        ("Les Ferdinand", "PERSON"),
        ("Brooklyn", "GPE"),
        ("Ferdinand", "GPE"),
    ]
    spans = _spans_in_order(text, names)
    assert [s.name for s in spans if SIDES_AROUND in s.cues] == ["Juventus"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("if they finish seventh, qualify for the ", ", a possible"),
        ("a sixth-place finish will then earn a ", " spot."),
        ("That's 1 million euros more than ", " holders Chelsea received."),
        ("reaching the semi-finals of the 2001 ", ". It was there"),
        ("could also earn ", " qualification through"),
    ],
)
def test_a_side_qualifying_for_it_or_holding_it_is_a_competition_cue(before, after):
    assert "competition" in context_cues(before, after, "Europa League")


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        # An award or a race won, or a nomination for it (CNN: "Oscar" in 12 reports had
        # joined Oscar Hammerstein II as his first name).
        ("Her husband, ", "-winning actor Brad Pitt", True),
        ("designed by three-time ", "-winner Colleen Atwood", True),
        ("", "-nominated director, dies at 58", True),
        ("grace and goodness. ", " winner Cate Blanchett provides", True),
        # Counter-examples: a goal is a winner too, and a firm's place is "-based".
        ("Drogba scored the ", " winner.", False),
        ("the ", "-based firm", False),
    ],
)
def test_an_award_won_is_a_competition_cue(before, after, cue):
    assert ("competition" in context_cues(before, after, "Oscar")) is cue


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Spurs, who are third in the ", ", qualify for"),
        ("promoted to the ", " last season"),
        ("a late ", " spot-kick"),
        ("3. LAST SPELL OF COMMENTARY IN ENGLAND ", "'s final commentary duties"),
    ],
)
def test_a_league_played_in_is_no_competition_cue(before, after):
    assert "competition" not in context_cues(before, after, "Premier League")


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A competition or a race won where its phrase ends, or its titles counted (dev2,
        # dev5; CNN/DailyMail "won the Grand National in 2009").
        ("when Real Madrid won the ", "Champions League", " but finished outside"),
        ("then won the ", "Champions League", " will never be repeated."),
        ("you can win the ", "Champions League", ", you can win championships"),
        ("For a man who has won three ", "European Champions League", " titles, his"),
        ("He won the ", "Grand National", " in 2009, when steering"),
    ],
)
def test_a_competition_won_is_a_competition_cue(before, name, after):
    assert "competition" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A league's title is won (CNN/DailyMail), a count is no count of titles, and a
        # side is beaten, not won.
        ("success at Dortmund and won the ", "Bundesliga", " title twice"),
        ("has won three ", "Premier League", " medals"),
        ("before they won ", "Chelsea", "'s backing"),
        ("a win over the ", "New York Knicks", " on Friday"),
        # What an election wins is a body, not a competition.
        ("Republicans won the ", "Senate", " in 2014."),
        ("before Obama won the ", "White House", ", he"),
    ],
)
def test_a_league_title_won_is_no_competition_cue(before, name, after):
    assert "competition" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # An event's edition named by its year (dev5).
        ("fellow Briton Becky James at ", "Rio", " 2016, was the only female sprinter"),
        ("in his bid to be at ", "London", " 2012."),
    ],
)
def test_an_event_named_by_its_year_is_a_competition_cue(before, name, after):
    assert "competition" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # The name goes on with a word of its own, or the year is a date's or before the
        # name (CNN/DailyMail: a film's year, a car's model year; dev5: "the 2012 Games").
        ("the makers of the 2013 ", "Tom Hanks", " and Emma Thompson hit"),
        ("a hapless thief likely stole the 2001 ", "Toyota", ", similar to the model"),
        ("She won four golds at the 2012 ", "Games", " in London and has now"),
        ("", "London", " 2012 Olympian Andrew Lawrence scored"),
        ("ahead of the ", "Qatar", " 2022 World Cup"),
        ("said that in October 2014 ", "Turkey", " had received a request"),
        ("On 27 January 2014 ", "Google", " and Samsung signed"),
    ],
)
def test_a_year_before_a_name_that_goes_on_or_a_date_is_no_competition_cue(before, name, after):
    assert "competition" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("She has said that she carries two ", "BlackBerries"),
        ("neither of us goes anywhere without our ", "Blackberries"),
        ("a bar were targeted by gunmen armed with ", "Kalashnikovs"),
    ],
)
def test_a_name_in_the_plural_counted_or_owned_is_a_product(before, name):
    assert "product" in context_cues(before, " while out", name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("Osman said 217 ", "Yazidis", " were released."),
        ("unable to cope with 3.6 million ", "Britons", " applying for documents"),
        ("could infect up to 200,000 ", "Britons", " and kill 80,000"),
        ("Over two hundred ", "Yazidis", " were let go"),
        ("no secret that, for many ", "Latinos", " who might vote"),
        ("with a quarter of ", "Britons", " coming from a"),
    ],
)
def test_people_counted_as_a_group_are_no_one_entity(before, name, after):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A noun after the plural: the name qualifies it (the club, the town).
        ("thousands of ", "Rangers", " fans"),
        ("two ", "Columbus", " schools were"),
        # A year is no count.
        ("since the 2012 ", "Olympics", ", when"),
        # A score line.
        ("Bolton 2 ", "Wolves", ", Hull 1"),
        # Not counted.
        ("a 2-0 win over the ", "Foxes", ", who"),
    ],
)
def test_a_plural_name_not_counted_as_people_is_no_group(before, name, after):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # A score line: "Bolton 2 Wolves 1".
        ("Bolton 2 ", "Wolves"),
        # No plural: a name ending in "ss", "us" or "is".
        ("two ", "Columbus"),
        ("our ", "Paris"),
        # A plural a side goes by, not counted.
        ("a 2-0 win over ", "Spurs"),
    ],
)
def test_a_plural_name_not_counted_is_no_product(before, name):
    assert "product" not in context_cues(before, " 1", name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("Robinho is a regular in the Brazil side and helped ", "Santos", " win their first"),
        ("O'Neal helped ", "Orlando", " make a 20-win improvement"),
        ("He joined Real from ", "Santos", " in August 2005"),
        ("just 10 points behind fifth-placed ", "Chelsea", ", while Cardiff"),
    ],
)
def test_a_player_s_move_a_result_helped_to_or_a_place_in_a_table_is_a_club_cue(
    before, name, after
):
    assert "club" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("She moved from ", "Paris", " in 2005"),
        ("The aid helped ", "Haiti", " after the earthquake"),
        ("One well-placed ", "Emirates", " source told me"),
    ],
)
def test_a_move_help_or_placing_that_says_no_side_is_no_club_cue(before, name, after):
    assert "club" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("with Well behind Hamilton on goal difference after losing to ", "Ross County", "."),
        ("Blackburn lost 1-0 to ", "Liverpool", " on Wednesday"),
        ("Harlequins campaign will be over if they lose to ", "Sale", "."),
        ("It faces ", "Barcelona", " on Wednesday needing to overturn a 2-1 deficit"),
        ("his side's trip to face ", "Mainz", " in the Bundesliga"),
        ("This means they could face ", "Everton", " in the third qualifying round"),
        ("Preparing for their weekend clash at home to ", "West Ham", " United"),
        ("will be relegated if they lose and Port Vale (away to ", "Yeovil", ") avoid defeat"),
        ("we are only thinking about the visit of ", "Valencia", "."),
    ],
)
def test_a_side_lost_to_faced_or_played_at_home_or_away_is_a_club_cue(before, name, after):
    assert "club" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # Real places of sports articles, and the noun "face".
        ("The 33-year-old was born in ", "Barcelona", " and moved"),
        ("the club's training ground in ", "Salisbury", "."),
        ("grabbed her by the face ", "Brenda", " Burns (right) has fled"),
        ("a towel on her face ", "Salisbury", " police said"),
        ("The flight took off from ", "Barcelona", ", Spain"),
        ("The region has lost ", "Norwich", " jobs"),
        ("It is massive that we're going away to ", "Dublin", " first"),
        ("during a state visit of ", "France", " last year"),
    ],
)
def test_a_place_in_a_sports_article_or_a_face_is_no_club_cue(before, name, after):
    assert "club" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("Neymar has scored seven goals in 18 league appearances for ", "Barcelona", " this"),
        ("most famously during his time playing for ", "Barcelona", ". In 2006"),
        ("He scored 12 goals for ", "Sunderland", " last season"),
        ("The striker signed for ", "Leeds", " in 2002"),
        ("Ecuadorian Felipe Caicedo scored twice for ", "Espanyol", " in the 3-0 defeat"),
        ("He scored a hat-trick for ", "Leeds", " on Saturday"),
    ],
)
def test_a_club_played_for_is_a_club_cue(before, name, after):
    assert "club" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("The council will pay for ", "Norwich", " schools"),
        ("They gathered to pray for ", "Paris", " on Sunday"),
        ("The decision scored twice as high for ", "Denver", " voters"),
        ("The band played in ", "Barcelona", " on Friday"),
    ],
)
def test_paying_praying_or_playing_in_a_town_is_no_club_cue(before, name, after):
    assert "club" not in context_cues(before, after, name)


def test_a_town_the_model_calls_a_person_in_a_report_of_a_sport_is_noted_a_side():
    # "I know Norwich and Burnley have done it" (the model's PERSON) beside "Bournemouth
    # manager" and "beat Swansea"; a full name is no town.
    text = (
        "Bournemouth manager Eddie Howe was pleased after they beat Swansea. "
        "I know Norwich and Burnley have done it, said Bob Bradley."
    )
    names = [
        ("Bournemouth", "ORG"),
        ("Eddie Howe", "PERSON"),
        ("Swansea", "ORG"),
        ("Norwich", "PERSON"),
        ("Burnley", "ORG"),
        ("Bob Bradley", "PERSON"),
    ]
    spans = _spans_in_order(text, names)
    assert [s.name for s in spans if SIDES_AROUND in s.cues] == ["Norwich", "Burnley"]


def test_an_age_before_a_name_is_a_person_cue():
    assert "person" in context_cues("revealed 19-year-old ", " and Delavar")
    assert "person" not in context_cues("the 150-year-old ", " was restored")


@pytest.mark.parametrize(
    ("before", "after", "name", "cue"),
    [
        ("the area while the ", " (elite police unit) was", "BRI", "organisation!"),
        ("The ", ", the first of three ships that will", "GO Phoenix", "product"),
    ],
)
def test_a_gloss_in_brackets_and_a_vehicle_in_apposition_say_what_a_name_is(
    before, after, name, cue
):
    assert cue in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name", "cue"),
    [
        ("said ", " (a former company director)", "Zorbex", "organisation!"),
        ("", ", the plane maker, said", "Boeing", "product"),
        ("", ", a European aircraft manufacturer,", "Airbus", "product"),
    ],
)
def test_a_person_s_gloss_and_a_maker_of_vehicles_are_no_such_cue(before, after, name, cue):
    assert cue not in context_cues(before, after, name)


def test_the_names_of_a_football_line_up_are_players():
    # "Swansea City (4-2-3-1): Vorm; Rangel, ... Dyer, Routledge (Dobbie, 75)": the model
    # calls the surnames towns and clubs, and runs two of them together.
    text = "Swansea City (4-2-3-1): Vorm; Rangel, Caulker; Dyer, Routledge (Dobbie, 75).\n"
    at = text.index
    ents = [
        (0, 12, "ORG"),
        (at("Rangel"), at("Rangel") + 6, "GPE"),
        (at("Dyer"), at("Routledge") + 9, "ORG"),
    ]
    spans = doc_spans(text, ents)
    assert [(s.name, "person" in s.cues) for s in spans] == [
        ("Swansea City", False),
        ("Rangel", True),
        ("Dyer", True),
        ("Routledge", True),
    ]
    # Names in prose with a score in brackets are no line-up ("Chelsea (2-1): Rangel").
    text = "Liverpool beat Chelsea (2-1) in Rangel, Texas, on Sunday.\n"
    (span,) = doc_spans(text, [(text.index("Rangel"), text.index("Rangel") + 6, "GPE")])
    assert "person" not in span.cues


def _spans_of(text, *named):
    ents = [(text.index(name), text.index(name) + len(name), label) for name, label in named]
    return {span.name: span for span in doc_spans(text, ents)}


def test_a_possessive_before_a_person_s_full_name_may_name_an_employer():
    text = "It was a coup for Vogue's Anna Wintour, who chose the dress."
    found = _spans_of(text, ("Vogue", "PERSON"), ("Anna Wintour", "PERSON"))
    assert ORGANISATION_AFTER in found["Vogue"].cues
    assert ORGANISATION_AFTER not in found["Anna Wintour"].cues


def test_a_possessive_before_a_first_name_or_a_thing_is_no_employer():
    text = "Obama's Michelle spoke, and Samsung's Galaxy S5 sold well."
    found = _spans_of(
        text,
        ("Obama", "PERSON"),
        ("Michelle", "PERSON"),
        ("Samsung", "ORG"),
        ("Galaxy S5", "PRODUCT"),
    )
    assert ORGANISATION_AFTER not in found["Obama"].cues
    assert ORGANISATION_AFTER not in found["Samsung"].cues


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("off-the-rack American brands like ", " and Gap."),
        ("department stores such as Le Printemps and ", " closed Saturday"),
    ],
)
def test_one_of_a_plural_kind_of_company_also_second_of_two_is_an_organisation_cue(before, after):
    assert "organisation" in context_cues(before, after)


def test_one_of_a_kind_of_people_or_things_is_no_organisation_cue():
    assert "organisation" not in context_cues("ethnic groups such as ", " and the Yazidis")
    assert "organisation" not in context_cues("cities like ", " and Lyon")


@pytest.mark.parametrize(
    "after",
    [
        ", editor, newscientist.com",
        ", reporter\n\nBrian Baptie, a seismologist",
        " and his brother Joel had owned it",
        " and her younger sister were there",
    ],
)
def test_a_bare_occupation_or_a_relative_after_and_is_a_person_cue(after):
    assert "person" in context_cues("", after)


@pytest.mark.parametrize(
    "after",
    [
        " and its subsidiary Zorbex said",  # a company's family is "its"
        ", editor-in-chief Jane Doe said",  # the occupation is the next name's
        " and his party won",  # no relative
    ],
)
def test_a_company_s_subsidiary_or_the_next_name_s_occupation_is_no_person_cue(after):
    assert "person" not in context_cues("", after)


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        (
            "Deputy Minister of Citizen Protection Nikos Toskas said.",
            "Citizen",
            "PERSON",
            "Nikos Toskas",
        ),
        ("Speaker of the House Nancy Pelosi, the co-chair, said", "House", "ORG", "Nancy Pelosi"),
    ],
)
def test_a_person_s_span_begun_inside_an_office_s_portfolio_starts_at_the_name(
    text, name, label, expected
):
    start = text.index(name)
    end = text.index(expected) + len(expected)
    (span,) = doc_spans(text, [(start, end, label)])
    assert (span.name, span.label) == (expected, "PERSON")


def test_a_body_or_a_country_after_an_office_keeps_its_name():
    text = "Secretary of the House Intelligence Committee, said"
    start = text.index("House")
    (span,) = doc_spans(text, [(start, text.index(","), "ORG")])
    assert (span.name, span.label) == ("House Intelligence Committee", "ORG")
    text = "Vice President of the United States of America, said"
    start = text.index("United")
    (span,) = doc_spans(text, [(start, text.index(","), "GPE")])
    assert span.name == "United States of America"


def test_a_place_s_feature_after_a_name_is_a_place_cue_unless_the_model_says_nationality():
    text = "Waves hit the Honshu coast and the Western Australian coast."
    found = _spans_of(text, ("Honshu", "PERSON"), ("Western Australian", "NORP"))
    assert "place" in found["Honshu"].cues
    assert "place" not in found["Western Australian"].cues
    # A border or an area follows people and companies too.
    text = "He defended the Trump border wall in the Disney area."
    found = _spans_of(text, ("Trump", "PERSON"), ("Disney", "ORG"))
    assert "place" not in found["Trump"].cues
    assert "place" not in found["Disney"].cues


@pytest.mark.parametrize(
    "before",
    ["chief rabbi at the ", "outside The ", "a report by the "],
)
def test_the_right_before_a_name_is_noted(before):
    assert AFTER_THE in context_cues(before, " store said", "Louis Vuitton")


@pytest.mark.parametrize("before", ["A ", "wearing a ", "an "])
def test_a_or_an_right_before_a_name_is_noted(before):
    # "A Darwin woman has become", "a Zara biker coat".
    assert AFTER_A in context_cues(before, " woman has become", "Darwin")


@pytest.mark.parametrize("before", ["his partner ", "Obama and a local ", "Canada "])
def test_no_a_right_before_a_name_is_not_noted(before):
    # "Canada" ends in "a", "a local Anna" has a word between.
    assert AFTER_A not in context_cues(before, " beat them", "Anna")


@pytest.mark.parametrize(
    "before",
    ["the late ", "where ", "then-", "other "],
)
def test_a_word_between_the_and_a_name_or_no_the_is_not_noted(before):
    # "the late Alfred Dreyfus": a person after an adjective; "other" ends in "the".
    assert AFTER_THE not in context_cues(before, " and his wife", "Alfred Dreyfus")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("his 26-year-old cousin ", " did not"),
        ("the ringleader's cousin ", " died"),
        ("", ", her father, worked"),
        ("said his uncle ", " on Monday"),
    ],
)
def test_a_relative_before_or_in_apposition_is_a_person_cue(before, after):
    assert "person" in context_cues(before, after)


def test_a_capitalised_family_word_is_part_of_a_name_not_a_cue():
    # "the Uncle Ho Restaurant", "Cousin Itt": capitalised, the word is the name's ("Father"
    # before a name is a priest's title, a person cue of its own).
    assert "person" not in context_cues("at the Uncle ", " Restaurant")
    assert "person" not in context_cues("played Cousin ", " in")


def test_a_short_heading_counts_the_name_s_own_words():
    # "McCain Defends Homes" on a line of its own: three capitalised words with the name's.
    assert "headline" in context_cues("Obama's.\n\n", " Homes\n\nMeanwhile", "McCain Defends")
    # A name on a line of prose, or with one short word, is no heading.
    assert "headline" not in context_cues("\n", " said on Monday", "McCain Defends")
    assert "headline" not in context_cues("\n", " Now\n", "McCain")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("an oil refinery in Ichihara city, ", " prefecture\nSome 1,800 homes"),
        ("the crater of Shinmoedake on ", " island, 950 miles from"),
        ("airlines avoid the ", " peninsula and the Black Sea"),
    ],
)
def test_a_kind_of_place_in_lower_case_after_the_name_is_a_place_cue(before, after):
    assert "place" in context_cues(before, after)


@pytest.mark.parametrize(
    "after",
    [
        " City beat Stoke",  # capitalised: part of the name ("Manchester City")
        " Island Red hens",  # "Rhode Island"
        " city council said",  # the council, an organisation
        " town hall",
    ],
)
def test_a_kind_of_place_in_a_name_or_before_a_body_is_no_place_cue(after):
    assert "place" not in context_cues("the ", after)


def _cues_of(text, first, first_label, second):
    ents = []
    for name, label in ((first, first_label), (second, "GPE")):
        start = text.index(name)
        ents.append((start, start + len(name), label))
    return {span.name: span.cues for span in doc_spans(text, ents)}[first]


def test_a_town_before_its_country_is_a_place():
    text = "The quake devastated Christchurch, New Zealand, last month."
    assert "place" in _cues_of(text, "Christchurch", "ORG", "New Zealand")


@pytest.mark.parametrize(
    ("text", "first", "label", "second"),
    [
        ("He has played for Everton, Chelsea, Arsenal and Spurs.", "Everton", "ORG", "Chelsea"),
        ("Fares rose at Ryanair, Ireland's biggest airline.", "Ryanair", "ORG", "Ireland"),
        ("The winner was Greg Norman, Australia.", "Greg Norman", "PERSON", "Australia"),
        ("Scientology, Hollywood, and the Prison", "Scientology", "ORG", "Hollywood"),
    ],
)
def test_a_list_a_possessive_or_a_person_before_a_country_is_no_place(text, first, label, second):
    assert "place" not in _cues_of(text, first, label, second)


@pytest.mark.parametrize(
    ("text", "town", "name", "place"),
    [
        # A town the model names after "of" or "in", then the county it lies in (dev7,
        # CNN/DailyMail: the model's ORG).
        ("Dr Ram Manohar, 38, of Barnston, Wirral, has denied it.", "Barnston", "Wirral", True),
        ("and in Knowsley, Merseyside, 3.4 per cent were", "Knowsley", "Merseyside", True),
        # Counter-examples: a list with no preposition before it, a list going on, and a
        # person after the comma.
        ("He has played for Everton, Chelsea, Arsenal and Spurs.", "Everton", "Chelsea", False),
        ("fans in Manchester, Liverpool, Leeds and London", "Manchester", "Liverpool", False),
        ("born in Paris, Smith, 40, said", "Paris", "Smith", False),
    ],
)
def test_a_name_after_a_town_and_a_comma_is_the_place_it_lies_in(text, town, name, place):
    label = "PERSON" if name == "Smith" else "ORG"
    found = _spans_of(text, (town, "GPE"), (name, label))
    assert ("place" in found[name].cues) is place


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A thing of a make, counted and ending its phrase (dev, dev4).
        ("in a ", "Renault Clio", " which was later used in the attacks"),
        ("He is believed to have rented a ", "VW Polo", " car in Belgium"),
        ("driving him back to Brussels in a ", "Volkswagen Golf", "."),
    ],
)
def test_a_name_of_two_words_counted_with_a_and_ending_its_phrase_is_a_product(before, name, after):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("a ", "Paris", " court ruled"),  # one word, and a noun of its own after it
        ("a ", "Samsung Electronics", " spokesman said"),  # a noun of its own after it
        ("She, a ", "French Jew", " survivor, said"),
        ("met ", "Renault Clio", " owners in"),  # no "a" before it
    ],
)
def test_a_name_that_goes_on_with_a_noun_or_is_not_counted_is_no_product(before, name, after):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A title and the kind of work it is (dev, dev2, dev3, dev4).
        ("The rights cover the Saturday evening ", "Match of the Day", " programme, the"),
        ("The ", "TV Watch", " column on June 19, about"),
        ("have read all of the ", "Harry Potter", " books together"),
        ("It shares our ", "Editors' Choice", " award with its"),
        ("The BBC's ", "Price of Football", " survey showed"),
        ("Zola’s Rougon-Macquart cycle of ", "Second Empire", " novels."),
    ],
)
def test_a_title_before_the_kind_of_work_it_is_is_a_product_cue(before, name, after):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("a new ", "BBC", " programme on"),  # one word: the maker of the work
        ("a ", "Gallup", " survey found"),
        ("military historian ", "Mark Felton", "'s book about"),  # the author's
        ("the ", "United Nations", " programme of aid"),  # "programme of": the body's own
        ("in his ", "New York Times", " column, he"),  # an organisation's word ends it
        ("a ", "Pew Research Center", " survey found"),
    ],
)
def test_a_maker_or_owner_before_a_work_is_no_product_cue(before, name, after):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # A title after the kind of work it is, or a song's after singing it (dev5, dev3).
        ("Judd Apatow's latest comedy ", "Trainwreck", " and Marvel's new film"),
        ("Trainwreck and Marvel's new film ", "Ultron", " were shown during"),
        ('The voice of the hit songs "', "Peggy Sue", '" and "That\'ll Be the Day"'),
        ("someone near the front of the crowd started singing ", "La Marseillaise", "."),
        ("in the 1987 hit movie “", "La Bamba", ".” Gary Busey"),
    ],
)
def test_a_title_after_the_kind_of_work_it_is_is_a_product_cue(before, name, after):
    assert "product" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        # People and bodies in the same kind of sentence: a word between the kind and the name.
        ("Gladiator, the film's director ", "Ridley Scott", ", said"),
        ("the veteran film director ", "Ridley Scott", " said"),
        ("Shetland, a ", "BBC", " drama,"),
        ("the novelist ", "Ann Cleeves", " said"),
        ("the singer ", "Buddy Holly", " died"),
        # Verbs and sport: "show", "play", "series" are left out.
        ("Ming-Chi Kuo’s research shows ", "Apple", " is on target"),
        ("that sees them progress to play ", "La Rochelle", " - a side"),
        ("to level the Test series ", "England", " lead 2-1"),
        # A possessive after the name: the work's maker (CNN/DailyMail).
        ("Mr Garza performed a rendition, singing ", "Lauren Hill", "'s Can't Take My Eyes"),
    ],
)
def test_a_name_after_a_work_with_a_word_between_or_a_verb_is_no_product_cue(before, name, after):
    assert "product" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # Where one studies is a school (dev3, dev4: the model's PERSON).
        ("Barack, who had just finished his first year at ", ", was a summer associate"),
        ("her full person–the Princeton and ", " grad, the corporate attorney"),
        ("After graduating from ", " in 1988, she joined"),
        ("She had a law degree from ", ", had worked for the mayor"),
        # Who teaches or researches there (dev7: "a 50-year-old Drexel professor").
        ("Lisa McElroy, a 50-year-old ", " professor, appeared on the show"),
        ("Wishes she was a millionaire: ", " law professor Lisa McElroy"),
        ("The study by ", " researchers found that"),
    ],
)
def test_where_one_studies_is_an_organisation_cue(before, after):
    assert "organisation" in context_cues(before, after, "Harvard Law")


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("Craig Huffman, a graduate student from the ", " whom Michelle took", "Southside"),
        ("He won it last year at ", ", he said", "Wimbledon"),  # no year of a school's count
        ("She studied in ", " for a semester", "Paris"),
        ("a ", " professorship was created", "Harvard"),  # no staff, a post's name
        ("temperatures reached 30 degrees at ", " on Monday", "Heathrow"),
    ],
)
def test_where_one_comes_from_or_was_last_year_is_no_school(before, after, name):
    assert "organisation" not in context_cues(before, after, name)


def test_a_hospital_after_a_name_says_organisation():
    # "At the Georges Pompidou hospital a long queue" (dev3: the model's FAC).
    assert "organisation?" in context_cues("At the ", " hospital a long queue", "Georges Pompidou")
    assert "organisation?" not in context_cues("At the ", " Hospital, a queue", "Georges Pompidou")


def _span_cues(text: str, name: str, label: str) -> tuple[str, ...]:
    start = text.index(name)
    (span,) = doc_spans(text, [(start, start + len(name), label)])
    return span.cues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev2: a newspaper's banner headline, quoted.
        (
            "The paper ran a banner headline that read, “U.S. Court Bans Segregation in"
            " Diners and Higher Education.” The court had ruled.",
            "U.S. Court Bans Segregation",
        ),
        # dev4: a book's title, quoted.
        (
            'In "American Grown: The Story of the White House Kitchen Garden and Gardens'
            ' Across America," Obama holds out the beds.',
            "Gardens Across America",
        ),
    ],
)
def test_a_name_in_a_quoted_title_in_title_case_is_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_a_name_quoted_in_speech_or_alone_or_a_person_in_a_title_is_no_product_use():
    # dev4: speech leaves words in lower case that a title capitalises.
    assert "product" not in _span_cues(
        "“This is not Iraq or Afghanistan,” she said.", "Iraq", "GPE"
    )
    # The quotation is the name and no more.
    text = "He joined “Global Alliance Partners” last year."
    assert "product" not in _span_cues(text, "Global Alliance Partners", "ORG")
    # dev2: a person the model sees in a show's title is the person.
    text = "Mrs. Obama said on CNN’s “Larry King Live.”"
    assert "product" not in _span_cues(text, "Larry King", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev: the article names the contracts in lower case before it abbreviates them.
        (
            "The payment of the financial contracts known as credit default swaps went "
            "through. But the CDS horror scenario has failed to become reality.",
            "CDS",
        ),
        # dev2: the abbreviation glossed after a dash.
        (
            "The so-called “PNR” – or passenger names records system – has been in the "
            "works for years.",
            "PNR",
        ),
        # dev4: a phone's mode, spelt out in another sentence.
        (
            "Switching into ultra power saving mode gives you a day. Also in UPSM, Samsung "
            "disables two cores.",
            "UPSM",
        ),
    ],
)
def test_an_abbreviation_spelt_out_in_lower_case_is_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_an_abbreviation_spelt_out_with_capitals_or_by_chance_is_no_product_use():
    # A body's name is spelt out with capitals.
    text = "The European Central Bank (ECB) held rates. The ECB said so."
    assert "product" not in _span_cues(text, "ECB", "ORG")
    # dev4: initials matched by small words ("a foiled plot"), or two of them ("little
    # girl" for LG), spell nothing out.
    text = "Police spoke of a foiled plot, AFP reported. A little girl was using her LG phone."
    assert "product" not in _span_cues(text, "AFP", "ORG")
    assert "product" not in _span_cues(text, "LG", "ORG")
    # CNN/DailyMail: a body spelt out in lower case says what kind of body it is.
    text = "The nation's largest lesbian political action committee. The group, LPAC, said so."
    assert "product" not in _span_cues(text, "LPAC", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev4: a phone's variant after its model code, then alone.
        (
            "But the Galaxy S5 Sport is even less different from the S5 Active than the Active "
            "was from the original.",
            "Active",
        ),
        # dev6: the same, the word alone first.
        (
            "The Sport lacks the convenience key of AT&T's S5 Active. The Samsung Galaxy S5 "
            "Sport has a grippy backing.",
            "Sport",
        ),
    ],
)
def test_a_word_written_after_a_model_code_is_the_device_alone_too(text, name):
    start = text.index(name)
    (span,) = doc_spans(text, [(start, start + len(name), "ORG")])
    assert "product" in span.cues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: an abbreviation in brackets glossed as a database.
        (
            "Checks against the Schengen Information System (SIS), a database which should "
            "alert authorities, are rare.",
            "SIS",
        ),
        # SummEval/Newsroom: glossed as a virus.
        ("Pap smears and tests for HPV , a virus that causes most cervical cancers.", "HPV"),
    ],
)
def test_an_abbreviation_glossed_as_a_database_or_a_virus_is_a_thing(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_a_name_glossed_as_a_body_or_a_drug_s_maker_is_no_thing():
    text = "Pfizer, the drug maker that sells it, declined to comment."
    assert "product" not in _span_cues(text, "Pfizer", "ORG")
    text = "Fighters of ISIS, the terror group that holds Raqqa, fled."
    assert "product" not in _span_cues(text, "ISIS", "ORG")
    text = "The European Commission (EC), the bloc's executive, said so."
    assert "product" not in _span_cues(text, "EC", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: a camera counted with "a", "without" after it.
        ("In this example from a DSLR without edge enhancement, sharpness seems equal.", "DSLR"),
        # SummEval/Newsroom: counted with "an" before a quotation's end.
        ("Got out of the taxi to 'use an ATM ' before running away.", "ATM"),
    ],
)
def test_an_abbreviation_counted_with_a_before_without_or_a_quote_s_end_is_a_thing(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_an_abbreviation_counted_with_a_before_its_own_noun_or_a_quote_is_a_body():
    # A noun after the abbreviation names the body's agent or partner; a quotation that
    # opens after it starts the noun.
    text = "He met an FBI agent without a badge."
    assert "product" not in _span_cues(text, "FBI", "ORG")
    text = "Kyiv wants to be a NATO ‘partner’ soon."
    assert "product" not in _span_cues(text, "NATO", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: a camera's sensitivity before its values, and alone in the same review.
        (
            "The S5 raised the ISO to keep the shutter fast. The ISO 320 image shows some "
            "loss of detail, and at ISO 1250 noise creeps in.",
            "ISO",
        ),
        # CNN/DailyMail: sun creams' protection factors.
        ("Our SPF test: SPF 30 suncream costs less than SPF 50 lotion.", "SPF"),
    ],
)
def test_an_abbreviation_before_two_different_numbers_is_a_setting(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_an_abbreviation_before_one_number_a_year_or_a_score_is_left_alone():
    # A station's or a tier's own number ("CBS 13 reported"), the same number twice, a
    # body's years, and sides' scores in a results line keep their bodies.
    text = "CBS 13 reported it first. CBS said the CBS 13 crew was there."
    assert "product" not in _span_cues(text, "CBS", "ORG")
    text = "The GOP 2012 race and the GOP 2016 race differ; the GOP said so."
    assert "product" not in _span_cues(text, "GOP", "ORG")
    text = "Results: UCLA 78, Kentucky 65. UCLA 80, Duke 70. UCLA won twice."
    assert "product" not in _span_cues(text, "UCLA", "ORG")


def test_a_word_after_no_model_code_or_a_person_is_no_device():
    # A code's second capitalised word makes a longer name; a body's word names a body; a
    # word never written after a code is no variant; a person keeps the name.
    text = "He starred in T6 Fight Club. Fight won, and the V8 Group said no. Group stays."
    assert "product" not in _span_cues(text, "Fight", "ORG")
    assert "product" not in _span_cues(text, "Group", "ORG")
    text = "The Sport section of the paper ran it; Sport was sold."
    assert "product" not in _span_cues(text, "Sport", "ORG")
    text = "Galaxy S5 Will was seen. Will said so."
    assert "product" not in _span_cues(text, "Will", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev3: a part measured in the sentence.
        (
            "What really matters though, is that GPU goes from 450 MHz to 578 MHz from 8974 "
            "to 8974AC.",
            "GPU",
        ),
        # dev3: a video feature before its resolution and frame rate.
        (
            "Both the S5 and the new Alpha have UHD 4K video at 30 frames per second, "
            "although the main camera on the Alpha is 12 megapixels.",
            "UHD",
        ),
        # dev3: a slot beside a battery's charge.
        (
            "The back still peels off to reveal the SIM and microSD card slots as well as "
            "the removable 2,800mAh battery.",
            "SIM",
        ),
        # dev2: one of a phone's features listed after its processor.
        (
            "The GS5 offers a top-of-the-line 2.5GHz Snapdragon 801 processor with 2GB of "
            "RAM, an IR remote, NFC, Bluetooth 4.0 BLE/ANT+.",
            "NFC",
        ),
        # dev4: a setting of a part.
        (
            "The former offers the usual control over the CPU governor, limiting max "
            "frequency to 1.5GHz but keeping all four cores plugged in.",
            "CPU",
        ),
    ],
)
def test_an_abbreviation_in_a_sentence_measuring_a_device_is_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev: a standards body, its standard's number after it.
        (
            "This solution supports IEEE 802.11 b/g/n Wi-Fi 2.4 GHz, and has an extremely "
            "small footprint.",
            "IEEE",
        ),
        # A maker, with its possessive.
        ("HTC's new phone has a 4MP camera and a 2,600mAh battery.", "HTC"),
        # dev5: pence are money, no measurement of a device.
        ("UKIP's campaign spending works out at 68p for each of their votes.", "UKIP"),
        ("UKIP spent 68p for each of their 4,376,635 votes.", "UKIP"),
        # Lengths are no device's measurements ("an FBI agent" with a pistol).
        ("An FBI agent found a 9mm pistol and 6 inches of snow.", "FBI"),
        # The measurement in another sentence.
        ("The FBI set up a command post. The phone runs at 2.5GHz.", "FBI"),
        # A network measured in another sentence.
        ("The BBC reported the fault.\nSpeeds reached 150Mbps.", "BBC"),
    ],
)
def test_an_organisation_beside_no_device_s_measurement_is_no_product_use(text, name):
    assert "product" not in _span_cues(text, name, "ORG")


def test_an_untagged_use_in_a_measured_sentence_counts_as_a_product_use():
    # dev4: the uses the model did not tag count too (`cues.SEEN`).
    text = "We hammered the CPU in a test. The CPU governor limits the clock to 1.5GHz."
    start = text.index("CPU")
    spans = doc_spans(text, [(start, start + 3, "ORG")])
    assert spans[0].cues.count("product") == 1
    assert spans[0].cues.count("seen") == 1


def test_an_untagged_use_with_a_person_s_or_a_body_s_cue_counts():
    # dev2: "the signing of Brazilian forward Robinho", the one use the model did not tag;
    # it calls the other uses organisations.
    text = "City signed Brazilian forward Robinho on Monday. Chelsea missed out on Robinho."
    start = text.rindex("Robinho")
    spans = doc_spans(text, [(start, start + 7, "ORG")])
    robinho = next(span for span in spans if span.name == "Robinho")
    assert "person" in robinho.cues
    # An organisation's cue likewise (frank: "Southwest spokesperson Thais Conway Hanson",
    # the airline the model tagged only as a person).
    text = "Southwest spokesperson Thais Conway Hanson told CNN. Southwest said"
    start = text.rindex("Southwest")
    spans = doc_spans(text, [(start, start + 9, "PERSON")])
    assert "organisation" in next(span for span in spans if span.name == "Southwest").cues
    # Without the cue, the untagged use adds nothing.
    text = "City signed Robinho on Monday. Chelsea missed out on Robinho."
    start = text.rindex("Robinho")
    spans = doc_spans(text, [(start, start + 7, "ORG")])
    assert "person" not in next(span for span in spans if span.name == "Robinho").cues


def test_an_abbreviation_s_plural_uses_count_as_a_common_noun_s():
    # dev2: "The Korean OEM might have to change", then "top-tier OEMs" and "Chinese OEMs
    # are finding": each plural is a use of a kind of firm, no one body's.
    text = "The Korean OEM might change. Top-tier OEMs and Chinese OEMs, even OEMs' rivals."
    start = text.index("OEM")
    spans = doc_spans(text, [(start, start + 3, "ORG")])
    assert spans[0].cues.count("product") == 3
    assert spans[0].cues.count("seen") == 3
    # A possessive, a longer word and a name in lower case are no plurals.
    for other in ("the FBI's agents", "the FBIS archive", "the fbis", "FBIs2"):
        text = f"The FBI said so. Then {other} were read."
        spans = doc_spans(text, [(4, 7, "ORG")])
        assert "product" not in spans[0].cues, other
    # Only an abbreviation's plural: "the Obamas" is a family, "Mr Obama" one of it.
    text = "Mr Obama spoke. The Obamas left."
    spans = doc_spans(text, [(3, 8, "PERSON")])
    assert "product" not in spans[0].cues


def test_whole_words_finds_what_the_alternation_of_the_names_finds():
    # `_with_untagged_uses` looked for an article's names with one regular expression of
    # them all, compiled per article; `_whole_words` must find the same places.
    rnd = random.Random(20261205)
    letters = "aAbB _-.é1"
    for _ in range(20_000):
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 30)))
        names = list(
            dict.fromkeys(
                "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 5)))
                for _ in range(rnd.randint(1, 4))
            )
        )
        longest_first = sorted(names, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")
        assert _whole_words(text, names) == [m.span() for m in pattern.finditer(text)], (
            text,
            names,
        )


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("A report in a Serbian newspaper, ", ", said a passport bearing", "Blic"),
        ("expected to take to a rival British TV channel, ", " or Amazon. They", "Netflix"),
        ("the Doppler effect, the company, ", ", analyzed tiny shifts", "Inmarsat"),
    ],
)
def test_an_organisation_s_kind_and_a_comma_before_its_name_say_what_it_is(before, after, name):
    assert "organisation!" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # A phrase opening the sentence, then its subject; or a verb after the name.
        ("in 2002. According to the newspaper, ", ", 39, married six men", "Barrientos"),
        ("nearly four years with the group, ", " set fund-raising marks", "Michelle"),
        ("his post at the newspaper, ", " said", "Jones"),
        ("In a statement, ", ", 45, said", "Smith"),
        # A name ending in an organisation's word says so itself.
        ("In 1958, Freberg opened his own ad agency, ", ". His slogan", "Freberg Ltd"),
    ],
)
def test_a_clause_after_an_organisation_s_kind_and_a_comma_is_no_such_cue(before, after, name):
    assert "organisation!" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        (
            "On Saturday, the owner of the Comptoir Voltaire told ",
            " that the terrorist",
            "L’Express",
        ),
        ("AT&T was quoted by ", ' as saying, "We are', "FierceWirelessTech"),
        ("between May 5 and May 7, according to ", ". The Progress vehicle", "Roscosmos"),
        ("Racing team managing director told ", ": 'We are all pleased", "Bild"),
        ("'Bring your pitch forks', the ", " reported. Fellow guard", "Guardian Australia"),
        ("estimates by defense analysts and costs reported by the ", ".", "Pentagon"),
    ],
)
def test_a_report_s_source_or_whom_one_told_is_noted(before, after, name):
    assert "source" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # The name goes on into a noun, a clause or a longer name cut by the model.
        ("possible additional charges. According to ", " police, the", "Montgomery County"),
        ("A day later, the teenager told ", " she wanted her parents dead", "Barnes"),
        ("were on their way to see Les Misérables on Broadway, DNA ", " reports, and", "Info"),
        ("said ", " on Monday", "Roscosmos"),
    ],
)
def test_no_source_note_where_the_name_goes_on(before, after, name):
    assert "source" not in context_cues(before, after, name)


def test_a_side_s_name_before_a_person_s_surname_in_a_squad_goes():
    text = (
        "Alex Cuthbert and Steven Shingler scored after Gloucester Josh Hohneck was yellow "
        "carded. Gloucester: Marshall; Sharples, Hohneck, Cuthbert, Shingler, Moriarty."
    )
    side, span, surname = (text.rindex("Gloucester"), "Gloucester Josh Hohneck", "Hohneck")
    at, alone = text.index(span), text.rindex(surname)
    ents = [
        (0, len("Alex Cuthbert"), "PERSON"),
        (text.index("Steven Shingler"), text.index("Steven Shingler") + 15, "PERSON"),
        (at, at + len(span), "PERSON"),
        (side, side + len("Gloucester"), "ORG"),
        (alone, alone + len(surname), "GPE"),
    ]
    assert "Josh Hohneck" in [span.name for span in doc_spans(text, ents)]


@pytest.mark.parametrize(
    ("text", "side", "span", "names"),
    [
        # CNN/DailyMail: a preview's heading ("Team news West Brom") run into its first
        # sentence; dev5: "after Gloucester Josh Hohneck was yellow carded".
        (
            "West Brom host Leicester. Team news West Brom Craig Dawson is set to return. "
            "Craig Dawson was banned.",
            "West Brom",
            "West Brom Craig Dawson",
            ["West Brom", "Craig Dawson", "Craig Dawson"],
        ),
        (
            "Burnley away. Olivier Giroud scored. Before the tie with Burnley Olivier Giroud "
            "selected Coldplay.",
            "Burnley",
            "Burnley Olivier Giroud",
            ["Burnley", "Olivier Giroud", "Olivier Giroud"],
        ),
        # The rest tagged nowhere else on its own keeps the side's word ("outside Sydney
        # Harbour Waves of nine metres", CNN/DailyMail; dev5's "after Gloucester Josh
        # Hohneck was yellow carded", whose team sheet below has "Hohneck").
        (
            "Gloucester won. Blues led after Gloucester Josh Hohneck was yellow carded.",
            "Gloucester",
            "Gloucester Josh Hohneck",
            ["Gloucester", "Gloucester Josh Hohneck"],
        ),
        (
            "Sydney is shut. The ship is outside Sydney Harbour Waves of nine metres.",
            "Sydney",
            "Sydney Harbour Waves",
            ["Sydney", "Sydney Harbour Waves"],
        ),
        # A person named after a place is two words: "Paris Hilton" stays.
        (
            "Paris is busy. Paris Hilton arrived.",
            "Paris",
            "Paris Hilton",
            ["Paris", "Paris Hilton"],
        ),
        # An opening word the article does not tag as a side or a town stays.
        (
            "Jersey City voted. Jersey Joe Walcott boxed.",
            "Jersey City",
            "Jersey Joe Walcott",
            ["Jersey City", "Jersey Joe Walcott"],
        ),
    ],
)
def test_a_side_s_name_before_a_person_s_full_name_goes(text, side, span, names):
    at = text.index(span)
    ents = [(0, len(side), "ORG"), (at, at + len(span), "PERSON")]
    # The person's full name tagged on its own elsewhere in the article, where it is.
    person = " ".join(span.split()[len(side.split()) :])
    for found in re.finditer(person, text):
        if not at <= found.start() < at + len(span):
            ents.append((found.start(), found.end(), "PERSON"))
    ents.sort()
    spans = doc_spans(text, ents)
    assert [span.name for span in spans] == names
    assert [text[span.start : span.end] for span in spans] == names


@pytest.mark.parametrize(
    ("text", "first", "other", "names"),
    [
        # dev5: the model took the quotation's first word into the name ...
        (
            'Elinor Barker won silver. "Until Elinor Barker joined the team, we had four.',
            "Until Elinor Barker",
            "Elinor Barker",
            ["Elinor Barker", "Elinor Barker"],
        ),
        # ... dev2: a time-line's first word.
        (
            "Premier League is born.\nFirst Premier League season begins in August.",
            "First Premier League",
            "Premier League",
            ["Premier League", "Premier League"],
        ),
        # A preposition spaCy counts no stop word (the unseen set's resort review).
        (
            "Punta Cana is busy. Unlike Punta Cana, the bay is quiet.",
            "Unlike Punta Cana",
            "Punta Cana",
            ["Punta Cana", "Punta Cana"],
        ),
        # A given name that is a function word too, before a surname alone: one name.
        (
            "Stevens was fined. Will Stevens, forced to sit out, said so.",
            "Will Stevens",
            "Stevens",
            ["Stevens", "Will Stevens"],
        ),
        # A word that is no function word: "Real Madrid CF" beside "Madrid CF".
        (
            "Madrid CF lost. Real Madrid CF won.",
            "Real Madrid CF",
            "Madrid CF",
            ["Madrid CF", "Real Madrid CF"],
        ),
    ],
)
def test_a_sentence_s_first_word_before_a_full_name_of_the_article_goes(text, first, other, names):
    # `other` opens the text; `first` is the model's span further on.
    at = text.index(first)
    ents = [(0, len(other), "PERSON"), (at, at + len(first), "PERSON")]
    spans = doc_spans(text, ents)
    assert [span.name for span in spans] == names
    assert [text[span.start : span.end] for span in spans] == names


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # dev3: a quotation, then its speaker.
        (
            "“We could get extraordinarily lucky and find it very early,” ",
            " told reporters",
            "Foley",
        ),
        # dev5: the speaker, then a colon and the quotation.
        ("carrying his wife, Neringa Kirliauskiene. ", ' said: "We put in', "Rich"),
        ('"He wasn\'t going to let his fans down," ', " said.", "Moore"),
    ],
)
def test_whom_a_quotation_is_put_to_is_noted(before, after, name):
    assert "speaker" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("On Monday ", " said it would send troops", "Russia"),  # no quotation
        ("", " said the team", "Rich"),
        ("“We will win,” the ", " coach said", "Foley"),  # the name goes on
        ("“We will win,” ", " said.", "Blackburn Rovers"),  # longer names are left alone
    ],
)
def test_no_speaker_note_without_a_quotation_or_on_a_longer_name(before, after, name):
    assert "speaker" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # The model cut an institution's name and tagged its person-like part (dev, dev5).
        ("Michelle graduated in 1981 from ", " Magnet High School in Chicago", "Whitney M. Young"),
        ("the military capital of Assyria, Encyclopedia ", "'s website says.", "Britannica"),
    ],
)
def test_a_name_cut_from_an_institution_s_is_an_organisation(before, after, name):
    assert "organisation!" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # The noun on the next line, after a lower-case word, or no institution's noun.
        ("Pictured: ", "\nSchool children were", "John Smith"),
        ("He met ", " at the school in May.", "John Smith"),
        ("She taught ", " at Harvard University", "John Smith"),
        ("The school's head, ", ", said", "Mary Jones"),
    ],
)
def test_a_person_near_an_institution_s_noun_is_no_such_cue(before, after, name):
    assert "organisation!" not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # dev6: a car by its model's name, in a colour.
        ("On 17 November, a black Clio with Belgian number plates was found.", "Clio", "PERSON"),
        # dev2: a figure of speech in a colour.
        ("André Leon Talley declared the dawn of “a black Camelot” — and more.", "Camelot", "LOC"),
    ],
)
def test_a_one_word_person_or_place_in_a_colour_is_a_thing(text, name, label):
    assert "product" in _span_cues(text, name, label)


def test_a_maker_or_a_place_before_a_noun_in_a_colour_is_no_thing():
    # A maker's name is the model's organisation ("a black VW and stormed the theater"); a
    # town or a building before a noun is a place ("a white Ferguson police officer", "the
    # red Kremlin walls", CNN/DailyMail); no colour, no thing.
    assert "product" not in _span_cues("out of a black VW and stormed in.", "VW", "ORG")
    text = "He was shot by a white Ferguson police officer."
    assert "product" not in _span_cues(text, "Ferguson", "GPE")
    assert "product" not in _span_cues("in sight of the red Kremlin walls.", "Kremlin", "FAC")
    assert "product" not in _span_cues("He met a Clio with Belgian friends.", "Clio", "PERSON")


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("Andreas Berten, a reporter for publishers ", ", told the", "Funke Mediengruppe"),
        ("the price for the broadcasters ", " and Sky", "BT"),
        ("Nokia, Sony and even Chinese outfits like ", " are doing", "Oppo"),
    ],
)
def test_a_plural_kind_of_organisation_right_before_a_name_names_one(before, after, name):
    assert "organisation" in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("directed by film-makers ", " and Ethan Coen", "Joel"),  # makers of films: people
        ("a reporter for the ", ", told the", "Funke Mediengruppe"),
        ("Chinese outfits ", " are doing", "Oppo"),  # no "like" or "such as"
    ],
)
def test_no_plural_kind_of_organisation_before_a_name(before, after, name):
    assert "organisation" not in context_cues(before, after, name)


def test_who_after_a_club_s_name_is_no_person_cue():
    after = ", who had player assets valued at"
    assert "person" not in context_cues("They were followed by ", after, "Leeds United")
    assert "person" not in context_cues("followed by ", ", who lost", "Bristol Rovers")
    # Counter-example: a person's full name.
    assert "person" in context_cues("They were followed by ", after, "Alan Kennedy")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: a camera's setting, scored in a list and named in lower case in prose.
        (
            "You get good white balance and low noise.\n"
            "    4.5 out of 5 for White Balance accuracy\n",
            "White Balance",
        ),
        # dev6: a section of an app, beside the sensor's name in lower case.
        (
            "Samsung installed a heart rate monitor. To get started, go to the Heart Rate "
            "section of S Health; the app's been able to monitor heart rate and steps.",
            "Heart Rate",
        ),
    ],
)
def test_common_words_also_written_as_a_common_noun_are_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_a_body_or_a_person_of_common_words_in_lower_case_is_no_product_use():
    # CNN/DailyMail and unseen: a body in lower case stays a definite thing, after "the",
    # a possessive or a capitalised word.
    text = "Coast Guard official Filippo Marini said the Italian coast guard rescued them."
    assert "product" not in _span_cues(text, "Coast Guard", "ORG")
    text = "She and the First Family hiked, near where the first family had gone."
    assert "product" not in _span_cues(text, "First Family", "ORG")
    # A body's word says what kind of body the phrase names.
    text = "The Justice Department said a former justice department official spoke."
    assert "product" not in _span_cues(text, "Justice Department", "ORG")
    # Written only with capitals; one word ("Apple", "apple pie"); a person's name.
    text = "Background Defocus works like Nokia's app. The Apple store sold apple pie."
    assert "product" not in _span_cues(text, "Background Defocus", "ORG")
    assert "product" not in _span_cues(text, "Apple", "ORG")
    text = "Will Young sang, and people will young at heart."
    assert "product" not in _span_cues(text, "Will Young", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: a list of a camera's modes before their shared noun.
        ("What's more, Eraser, Drama and Best photo modes have merged into one.", "Drama"),
        (
            "The Shot & More mode combines the Best Photo, Best Face, Drama Shot and Eraser "
            "features we already know.",
            "Best Photo",
        ),
        # dev6: a list of a screen's modes after their noun and a colon.
        (
            "The GS5 has five screen modes: Professional Photo, Cinema, Dynamic, Adapt and "
            "Standard. They all differ.",
            "Adapt",
        ),
    ],
)
def test_a_list_of_names_sharing_a_feature_s_noun_is_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


def test_a_list_of_bodies_before_their_products_or_news_is_no_product_use():
    # Companies' apps, phones and services are theirs: only a feature's, a mode's or a
    # setting's noun makes the list one of features.
    text = "Apple, Google and Samsung phones sold well, as did the Facebook and Twitter apps."
    assert "product" not in _span_cues(text, "Google", "ORG")
    assert "product" not in _span_cues(text, "Facebook", "ORG")
    text = "Channels: BBC, ITV and Sky reported the modes of transport."
    assert "product" not in _span_cues(text, "ITV", "ORG")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("elements of stock Android (4.4.2 ", ") sprinkled in as well."),  # dev6
        ("The S5 is launching with Android 4.4.2 ", " with Samsung's interface."),  # dev6
        ("Android OS, v4.4.2 (", ")"),  # dev4
    ],
)
def test_a_code_name_after_a_version_number_is_a_product_cue(before, after):
    assert "product" in context_cues(before, after, "KitKat")


def test_a_name_after_a_figure_of_a_table_is_no_version():
    assert "product" not in context_cues("Malik 21.4 - 5 ", " 60", "Smith")
    assert "product" not in context_cues("He scored 8.5 and ", " won", "Smith")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dev6: a standard among versioned standards in a list of a device's features.
        (
            "Finally, you'll also get Bluetooth 4.0 + LE, GPS/GLONASS, DLNA, USB OTG, "
            "MHL 2.0 and WiFi Direct.",
            "DLNA",
        ),
        # dev6: two standards joined by a slash, in a sentence of a network's speed.
        ("Most variants feature quad-band GSM/EDGE, quad-band HSPA+ 42.2 Mbps.", "GSM/EDGE"),
    ],
)
def test_a_standard_beside_a_version_or_a_slash_joined_standard_is_a_product_use(text, name):
    assert "product" in _span_cues(text, name, "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An amount, a share or a size after a name and a number is no version.
        ("The NHS Trust 2.5 per cent rise was agreed by the BMA today.", "BMA"),
        ("The BBC said Britain 1.5 billion pounds were spent.", "BBC"),
        ("The FBI said the Samsung 5.1-inch phone was found.", "FBI"),
        # A body's initials joined by a slash, with no measurement in the sentence.
        ("The report by the AFP/AP pool was read out.", "AFP/AP"),
    ],
)
def test_no_version_and_no_measure_make_no_product_use(text, name):
    assert "product" not in _span_cues(text, name, "ORG")


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("is powered by a ", " quad-core 2.5 GHz Snapdragon S801 processor", "Qualcomm"),
        ("Her mother, Marian, was a ", "'s secretary", "Spiegel"),
        ("who would have guessed Giroud was a ", " fan?", "Coldplay"),
        ("houses close to a ", " cost 2 per cent less", "Lidl"),
    ],
)
def test_a_name_between_a_and_the_noun_it_qualifies_is_noted_a_brand(before, after, name):
    assert A_BRAND in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # The name ends its phrase: an award, a subject, a verb after it.
        ("Taylor also won a ", " in the Camerawork category", "Walkley"),
        ("country. A ", " is recognition for the team", "Walkley"),
        ("she married a ", ", who", "Smith"),
        # No "a" before it.
        ("powered by the ", " quad-core processor", "Qualcomm"),
        ("a Snapdragon 801 from ", " allows", "Qualcomm"),
    ],
)
def test_a_name_that_ends_its_phrase_after_a_is_no_brand(before, after, name):
    assert A_BRAND not in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # dev6: a name ending in a program's abbreviation.
        ("TouchWiz UI looks better, but is still confusing.", "TouchWiz UI", "ORG"),
        # dev6: a software assistant.
        (
            "There are S-branded apps, including the S Voice personal assistant, and more.",
            "S Voice",
            "ORG",
        ),
        # dev6: a charging port's standard.
        (
            "The Sport has a single Micro-USB charging port rather than a combo port.",
            "Micro-USB",
            "ORG",
        ),
        # dev6: a screen's part named after "menu called".
        ("A new menu called Overview shows running apps as a stack of cards.", "Overview", "LOC"),
        # dev6: a program's feature after a software noun.
        (
            "Carriers blocked the iPhone's video chat feature FaceTime when it first launched.",
            "FaceTime",
            "ORG",
        ),
        # dev6: a common word tagged alone before a screen technology's abbreviation.
        (
            "It's still a 1080p, Super AMOLED panel that doesn't look very different.",
            "Super",
            "ORG",
        ),
        # dev6: a vessel's word written with a hyphen.
        ("China's ice-breaker Xue Long (Snow Dragon) joined the search.", "Xue Long", "PERSON"),
    ],
)
def test_software_features_and_a_screen_s_technology_are_things(text, name, label):
    assert "product" in _span_cues(text, name, label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A person's assistant: a name follows the noun.
        ("The Obama personal assistant Valerie Jarrett said so.", "Obama", "ORG"),
        # "feature" as a verb, with no program's noun before it.
        ("The app will feature Mary Anning in its first episode.", "Mary Anning", "PERSON"),
        # A maker before a screen technology: no common word.
        ("Samsung OLED panels are in most of its phones.", "Samsung", "ORG"),
        # A body whose name ends in a word, not a program's abbreviation.
        ("The Google Now team said so.", "Google Now", "ORG"),
    ],
)
def test_bodies_beside_software_words_are_no_things(text, name, label):
    assert "product" not in _span_cues(text, name, label)


def test_an_item_of_a_list_beside_two_versions_is_a_specification():
    text = (
        "Finally, you'll also get Bluetooth 4.0 + LE, GPS/GLONASS, DLNA, USB OTG, MHL 2.0 "
        "and WiFi Direct. There's more."
    )
    for name in ("DLNA", "USB OTG", "WiFi Direct"):
        assert "product" in _span_cues(text, name, "ORG")


def test_a_list_with_one_version_or_a_name_in_no_list_is_no_specification():
    # One version only.
    text = "The phone runs Android 4.4 and comes from Samsung, LG and Sony."
    assert "product" not in _span_cues(text, "LG", "ORG")
    # Two versions, but the name is no item of a list.
    text = "Apple released iOS 8.1 and OS X 10.10 on Monday."
    assert "product" not in _span_cues(text, "Apple", "ORG")


def test_two_abbreviations_joined_by_a_slash_in_a_measured_sentence_are_a_standard():
    # dev6: a radio standard's pair in a sentence that measures the phone.
    text = "Most variants feature quad-band GSM/EDGE, quad-band HSPA+ 42.2 Mbps and LTE."
    assert "product" in _span_cues(text, "GSM/EDGE", "ORG")
    # No measurement in the sentence: two bodies named together stay bodies.
    text = "The merger of AOL/TW was announced on Monday."
    assert "product" not in _span_cues(text, "AOL/TW", "ORG")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # dev6: a line of devices its maker owns.
        ("Samsung has managed to shift one million of its Wave smartphones.", "Wave", "ORG"),
        (
            "Motorola started deploying Android 5.0 for its Moto X and Moto G phones.",
            "Moto X",
            "ORG",
        ),
        # dev6: a feature on a device named with its model code.
        (
            "The speakers aren't as loud or clear as BoomSound on the One M8. Worse, it rattled.",
            "BoomSound",
            "ORG",
        ),
        (
            "It is similar to Background Defocus on the Sony Xperia Z2 or Refocus.",
            "Background Defocus",
            "ORG",
        ),
        # dev6: a program's launcher and a version's rollout.
        ("It's not even part of the TouchWiz launcher, but, rather, an app.", "TouchWiz", "ORG"),
        ('A post said that "the Android Lollipop rollout has started".', "Android Lollipop", "ORG"),
    ],
)
def test_a_maker_s_line_a_device_s_feature_and_a_program_s_rollout_are_things(text, name, label):
    assert "product" in _span_cues(text, name, label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The maker itself before its devices: no "its" before the name.
        ("Samsung smartphones sold well in Europe.", "Samsung", "ORG"),
        # A road after "on the", with no capitalised word before its code.
        ("Police on the M6 closed two lanes.", "Police", "ORG"),
        # An airliner's code has three digits.
        ("Qantas on the Airbus A380 flies to Dallas.", "Qantas", "ORG"),
        # A weapon's launcher after a body: "rocket" is no program's word.
        ("A Hamas rocket launcher was hit on Monday.", "Hamas", "ORG"),
    ],
)
def test_a_maker_a_road_or_a_weapon_s_owner_is_no_thing(text, name, label):
    assert "product" not in _span_cues(text, name, label)


def test_a_satellite_named_before_its_noun_is_a_thing():
    # dev6: a satellite, the phrase going on after its noun.
    text = "The images, taken by the Thaichote satellite on 24 March, show objects."
    assert "product" in _span_cues(text, "Thaichote", "ORG")
    # CNN/DailyMail validation: the company's data, a noun after "satellite".
    text = "They misread a key component of the Inmarsat satellite data, experts said."
    assert "product" not in _span_cues(text, "Inmarsat", "ORG")
    # Satellite radio is a broadcaster's.
    text = "She told Howard Stern on his SiriusXM satellite radio program."
    assert "product" not in _span_cues(text, "SiriusXM", "ORG")


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("the device is the first to run Samsung's ", " operating system. Putting", "Bada"),
        ("Android 5.0 ", " has apparently begun its worldwide tour", "Lollipop"),
        ("pre-loaded with Google’s ", " app, which", "Field Trip"),
    ],
)
def test_a_product_named_by_its_version_or_its_maker_and_kind_is_noted_so(before, after, name):
    assert NAMED_PRODUCT in context_cues(before, after, name)


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # A body's service or network, a maker's product with more of its name after it, a
        # company's phones without its owner, an owner's possessive before a person.
        ("he joined the BBC's ", " service in 2009", "Persian"),
        ("Samsung's ", " app store is", "Galaxy"),
        ("sales of ", " smartphones fell", "Samsung"),
        ("Obama's ", " said on Monday", "Michelle"),
    ],
)
def test_other_names_before_a_kind_of_product_are_not_noted_named_products(before, after, name):
    assert NAMED_PRODUCT not in context_cues(before, after, name)


def test_a_product_named_plainly_where_the_model_tagged_nothing_is_noted_so():
    # dev6: the model tags "Lollipop" only where the article writes it bare.
    text = "Android 5.0 Lollipop has begun its tour. Owners got a bite of Lollipop."
    start = text.rindex("Lollipop")
    (span,) = doc_spans(text, [(start, start + len("Lollipop"), "GPE")])
    assert NAMED_PRODUCT in span.cues
    assert (
        NAMED_PRODUCT
        not in doc_spans(text.replace("5.0 ", ""), [(start - 4, start + 4, "GPE")])[0].cues
    )


def test_one_held_by_the_police_or_a_court_is_a_person():
    # "Police said on Thursday that Mahesh had been remanded until 12 April" (the model's
    # ORG once), "Kent was bailed with strict conditions", "Barrientos has been arrested".
    for before, after in [
        ("Police said on Thursday that ", " had been remanded until 12 April."),
        ("plea offer. ", " was bailed with strict conditions."),
        ("", " has been arrested on charges of fraud."),
        ("The court heard that ", " was jailed in 2010."),
        # Dying (ECB+: "Pinup icon Bettie Page died Thursday", the model's ORG).
        ("Pinup icon ", " died Thursday evening."),
        ("It was announced that ", " has died."),
    ]:
        assert "person" in context_cues(before, after, "Mahesh")
    # Not after a preposition or a capitalised word ("A taxi driver in India has been
    # arrested", "Kevin Rebbie of Pennsylvania was arrested", "Singer Angie Stone was
    # arrested"), not in the plural, and not of what firms undergo too ("was charged").
    for before, after in [
        ("A taxi driver in ", " has been arrested after"),
        ("Kevin Rebbie of ", " was arrested after"),
        ("Singer Angie ", " was arrested Tuesday"),
        ("Two men from ", " were arrested on Friday"),
        ("", " was charged with fraud."),
        ("Three people in ", " died in the flood."),
    ]:
        assert "person" not in context_cues(before, after, "India")


def test_a_tomb_is_named_after_whom_it_holds_not_a_place():
    # "ISIS has blown up shrines such as the tomb of Jonah" (the model's GPE): the prophet.
    before = "Officials have said ISIS has blown up shrines such as the tomb of "
    assert "place" not in context_cues(before, ". Opinion: Destruction", "Jonah")
    # A temple, a shrine or a church is named after someone and is the building.
    for before in ("the temples of Baal Shamin and ", "the shrine of ", "the church of "):
        assert "place" in context_cues(before, " were destroyed.", "Bel")


def test_who_after_the_and_a_plural_name_is_said_of_a_group():
    # "the Conservatives 79p and the Lib Dems, who lost 11 of their 12 MEPs, £1.45" (the
    # model's PERSON), "With the possible exception of the New York Mets, who just
    # exercised their contract option": a party, a side.
    for before, name in (("and the ", "Lib Dems"), ("exception of the ", "New York Mets")):
        cues = context_cues(before, ", who lost 11 of their 12 MEPs", name)
        assert "organisation" in cues and "person" not in cues
    # A person's name of two words keeps the person's "who", with "the" before it or not;
    # so does a plural name with no "the" ("Lib Dems, who" opening a sentence).
    for before, name in (("said ", "Alan Kennedy"), ("the late ", "Alan Kennedy")):
        assert "person" in context_cues(before, ", who was", name)
    assert "organisation" not in context_cues(". ", ", who lost", "Lib Dems")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # dev4: a phone's specifications, the features' shared first word tagged alone.
        (
            "- S-Voice natural language commands - Smart stay, Smart pause, Smart scroll - Air",
            "PERSON",
        ),
        # dev6: the same features in a sentence.
        (
            "Older Samsung features like Air browse, Air view, Smart stay, Smart scroll and "
            "Smart rotation are all still here.",
            "ORG",
        ),
    ],
)
def test_the_shared_first_word_of_three_listed_features_is_a_product_use(text, label):
    assert "product" in _span_cues(text, "Smart", label)


def test_a_word_opening_two_items_or_none_before_lower_case_is_left_alone():
    # Two items are a people's adjective or a person ("Brad hurts, Brad wants to play"); a
    # mention of the word before a capitalised one is a name of its own.
    text = "'The reverse comes in the cup. Brad hurts, Brad wants to play at Wembley.'"
    assert "product" not in _span_cues(text, "Brad", "PERSON")
    text = "Smart stay, Smart pause, Smart scroll and the Adidas Smart Watch were shown."
    start = text.index("Smart Watch")
    (span,) = doc_spans(text, [(start, start + len("Smart"), "ORG")])
    assert "product" not in span.cues


def test_a_quality_given_a_score_out_of_a_scale_is_a_product_use():
    # dev6: a camera review's scores.
    text = "3.0 out of 5 for Color Rendering in low light, 4.5 out of 5 for Exposure."
    assert "product" in _span_cues(text, "Color Rendering", "ORG")
    assert "product" in _span_cues(text, "Exposure", "ORG")


def test_a_person_given_a_score_out_of_a_scale_keeps_the_name():
    # A player's rating names the player; only names of common words are qualities.
    text = "The ratings: 7 out of 10 for Rooney, who ran all game."
    assert "product" not in _span_cues(text, "Rooney", "PERSON")
    assert "product" not in _span_cues(text, "Rooney", "ORG")


@pytest.mark.parametrize(
    ("text", "span", "regnal"),
    [
        # CNN validation: the title is stripped from the name, and noted.
        ("On Sunday Pope Francis urged peace.", "Pope Francis", True),
        ("Saudi Arabia's King Salman met him.", "Salman", True),
        # Counter-examples: another title, and a longer name after a monarch's title.
        ("On Sunday Senator Francis urged peace.", "Senator Francis", False),
        ("On Sunday Prince Harry Windsor spoke.", "Prince Harry Windsor", False),
    ],
)
def test_a_name_after_a_monarch_s_or_a_pope_s_title_is_noted(text, span, regnal):
    start = text.index(span)
    (found,) = doc_spans(text, [(start, start + len(span), "PERSON")])
    assert ("regnal" in found.cues) is regnal


def _two_people(text, first, second):
    a, b = text.index(first), text.index(second)
    ents = [(a, a + len(first), "PERSON"), (b, b + len(second), "PERSON")]
    return [span.name for span in doc_spans(text, ents)]


def test_a_long_name_the_model_split_in_two_people_is_one():
    # CNN: "Abdu Rabu" and "Mansour Hadi" (a place page of 7 reports), the article calling
    # him "Hadi" alone.
    text = "Yemen's President Abdu Rabu Mansour Hadi fled. Hadi went to Riyadh."
    assert "Abdu Rabu Mansour Hadi" in _two_people(text, "Abdu Rabu", "Mansour Hadi")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The first is someone's own name, used alone too.
        (
            "The show starred Joan Rivers Fox Network bosses. Rivers said no.",
            "Joan Rivers",
            "Fox Network",
        ),
        # The second's last word is never used alone: no one's name.
        (
            "In the 1948 Chuck Jones Looney Tunes cartoon, and another Looney Tunes classic.",
            "Chuck Jones",
            "Looney Tunes",
        ),
    ],
)
def test_two_names_run_together_stay_two(text, first, second):
    assert f"{first} {second}" not in _two_people(text, first, second)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # CNN 0-7 and frank: "Princes William" a page of 3; CNN 8-f: "Officers Wenjian Liu".
        ("Princes William", "William"),
        ("Officers Wenjian Liu", "Wenjian Liu"),
        ("Senators John McCain", "John McCain"),
        # Counter-examples: "Kings" and "Queens" open other names.
        ("Queens Park Rangers", "Queens Park Rangers"),
        ("Kings XI Punjab", "Kings XI Punjab"),
    ],
)
def test_a_title_in_the_plural_before_a_name_is_stripped(text, name):
    assert [form for form, _ in canonical_forms(text, "PERSON")] == [name]


@pytest.mark.parametrize(
    ("cue", "before", "name", "after", "noted"),
    [
        # A land taken or held (CNN: "Crimea", the model's ORG in 5 reports).
        ("place", "the anniversary of the annexation of ", "Crimea", ". NATO", True),
        ("place", "annexation of the Ukrainian territory of ", "Crimea", ", an act", True),
        ("place", "the occupied territories of ", "Golan Heights", ", an act", True),
        ("place", "the annexation plans of ", "Likud", ", an act", False),  # a body's
        # A club said of what kind or whose (CNN: the model's FAC; dev5: a person).
        ("organisation", "signed for French club ", "Paris Saint-Germain", " in 2013", True),
        ("organisation", "McGurk captained his club ", "Lavey", " to a title", True),
        # ... not after an article alone: a caption run into the text (the Daily Mail's).
        ("organisation", "his spell with the club ", "Bueno", " celebrates scoring", False),
        # A disease.
        ("disease", "The ", "Ebola", " outbreak has killed 10,000 people", True),
        ("disease", "a nurse infected with ", "Ebola", " was flown home", True),
        ("disease", "after a battle with ", "Lou Gehrig", "'s disease, also known as", True),
        ("disease", "waiting lists for ", "NHS", " patients grew", False),  # a service's
        ("disease", "along with the Malaysian-contracted ", "GO Phoenix", ". The ship", False),
        # A fixture's two sides (CNN: the model's FAC; frank: rugby sides, place pages).
        ("club", "before the ", "Paris Saint-Germain", " v Chelsea Champions League fixture", True),
        ("club", "before the Chelsea v ", "Paris Saint-Germain", " fixture on Tuesday", True),
        ("club", "Saturday: ", "Exeter", " vs. Bath (15:00)", True),
        ("club", "the 1989 ruling in ", "Texas", " v. Johnson struck down", False),  # a court's
        # A league's standings (frank: the model's GPE in 5 reports).
        ("organisation", "whose side are 10th in the ", "Bundesliga", " table, will", True),
        ("organisation", "Last season's ", "Bundesliga", " runners-up Dortmund", True),
        ("organisation", "the view from the top of the ", "Shard", " is", False),  # a tower's
        # A team's drivers and players (CNN: Formula One teams; frank: "Crystal Palace").
        ("organisation", "Massa's ", "Williams", " teammate Valtteri Bottas", True),
        ("organisation", "Murray is mobbed by his ", "Crystal Palace", " team-mates", True),
        ("organisation", "his F1 debut for ", "Toro Rosso", " in ninth", True),
        ("organisation", "Ericsson, who drives for ", "Sauber", ", said", True),
        ("organisation", "The ", "Williams", " team won", False),  # "team" alone
        ("organisation", "a food drive for ", "Newtown", " families", False),  # a cause's
        # A side in apposition, after a comma or a dash (dev5: the model's person).
        ("organisation", "progress to play ", "La Rochelle", " - a side they met twice", True),
        ("organisation", "beat Roma and ", "Lazio", ", the Italian club", True),
        ("organisation", "the buy of ", "Neoware", ", a maker of hardware", True),
        ("organisation", "working with ", "Tom Smith", ", a team of doctors", False),
        ("organisation", "and ", "Jane Doe", ", a side effect of the drug", False),
        # A side's goal (dev5: "Salisbury", a place page).
        ("club", "a ", "Salisbury", " equaliser at Chester kept the Bulls up", True),
        ("club", "a late ", "Hereford", " winning goal at Aldershot", True),
        ("club", "", "Oscar", " winner Cate Blanchett", False),  # a prize's
        # A title stands apart from the name: a rider's country and team (frank: "Col", no
        # colonel).
        ("person", "Nairo Quintana (Col/", "Movistar", ")8. Bauke Mollema", False),
        ("person", "the regiment's Col ", "Tim Collins", " said", True),
        # A street: its number before it, or a corner (dev2: the model's person).
        ("place", "the high-rise at 1617 ", "S. Beretania", ", a mile and a half", True),
        ("place", "on the corner of ", "Beretania", " and Punahou", True),
        ("place", "a statue from 1100 ", "BC", " and a painting", False),  # a date
        ("place", "The shirts on 2015 ", "Chelsea", " kits", False),  # a year
        # A character and the actor who plays the part (dev8, CNN: person pages).
        ("product", "In New Moon, ", "Bella", " (Kristen Stewart) recovers from", True),
        ("product", "followed by nemesis ", "Hansel McDonald", ", played by Wilson,", True),
        # Not a line-up's substitute, a commentary's side, or a person's film.
        ("product", "Sub: ", "Porter", " (Sean Murray), Smith", False),
        ("product", "Foul by Chris ", "Porter", " (Colchester United) wins a free", False),
        ("product", "", "Simon Beaufoy", " (Slumdog Millionaire) won the", False),
    ],
)
def test_the_words_around_a_name_say_what_it_is(cue, before, name, after, noted):
    assert (cue in context_cues(before, after, name)) is noted


@pytest.mark.parametrize(
    ("before", "name", "relative"),
    [
        # dev7, dev4, CNN: a given name after a relative's noun, its owner's word before it.
        ("to Hong Kong with his family - his wife ", "Amanda", True),
        ("went into lockdown and his brother, ", "Mohamed", True),
        ("Obama's half-sister ", "Auma", True),
        ("without his glamorous wife ", "Kate", True),
        # Counter-examples: no owner's word, a relative's noun after "of", a full name.
        ("Husband ", "Barack", False),
        ("the wife of ", "Barack", False),
        ("with his wife ", "Michelle Obama", False),
    ],
)
def test_a_given_name_after_a_relative_s_noun_is_noted_as_a_relative(before, name, relative):
    assert ("relative" in context_cues(before, ", who", name)) is relative
