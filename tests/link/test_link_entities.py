"""The link stage's entity decisions, from hand-made mentions (no model needed)."""

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from generator.analyse.mentions.labels import kind_of_label
from generator.articles import Analysis, Article, Block, Mention, Metadata
from generator.config import ConfigError, parse_config
from generator.link import link_site
from generator.link.resolve import _findable, resolve
from generator.link.rules import EditorRules, editor_rules

REPO = Path(__file__).resolve().parents[2]


def mention(name, label="PERSON", n=1, cues=(), forms=None):
    return Mention(
        name=name,
        kind=kind_of_label(label),
        count=n,
        forms=tuple(forms or ((name, n),)),
        labels=((label, n),),
        cues=tuple(cues),
    )


NO_RULES = EditorRules()


def entities(articles, rules=NO_RULES, texts=()):
    resolution = resolve(articles, rules, texts)
    return {e.name: e for e in resolution.entities if e.kind != "other"}


# A mention capitalised where any word is: the start of a sentence, after a colon.
AT_START = (("capital?", 1),)


def test_a_participle_or_a_plural_noun_opening_a_sentence_is_no_part_of_a_person_s_name():
    # "Joining Michelle on the list", "Break even: Champions Chelsea could miss out".
    found = entities(
        [
            [mention("Michelle Obama"), mention("Joining Michelle", cues=AT_START)],
            [mention("Champions Chelsea", cues=AT_START)],
            [mention("Chelsea", "ORG", n=3)],
        ]
    )
    assert set(found) == {"Michelle Obama", "Chelsea"}
    assert found["Chelsea"].articles == {1: 1, 2: 3}


def test_a_conjunction_or_a_preposition_opening_a_sentence_is_no_part_of_a_name():
    # CNN: "Hence Vib" (the model's organisation); CNN/DailyMail: "With Brexit" (a person).
    found = entities(
        [
            [mention("Hence Vib", "ORG", cues=AT_START)],
            [mention("With Zorbex", cues=AT_START), mention("Zorbex", "ORG", n=2)],
        ]
    )
    assert {"Vib", "Zorbex"} <= set(found)
    assert not {"Hence Vib", "With Zorbex"} & set(found)
    # Counter-example: mid-sentence the capital says it is a name's ("the With Trust").
    kept = entities([[mention("With Trust", "ORG")]])
    assert set(kept) == {"With Trust"}


def test_a_word_opening_a_person_s_name_mid_sentence_or_a_name_stays():
    # Counter-examples: a capital where it says something; a surname or a place.
    found = entities(
        [
            [mention("Champions Chelsea")],
            [mention("Miles Davis", cues=AT_START)],
            [mention("Reading Jones", cues=AT_START)],
            [mention("Joining Michelle", "ORG", cues=AT_START)],
        ]
    )
    assert {"Champions Chelsea", "Miles Davis", "Reading Jones"} <= set(found)
    assert "Michelle" not in found


def test_a_nationality_before_a_person_s_full_name_is_no_part_of_it():
    # "Ecuadorian Felipe Caicedo scored twice for Espanyol" (the model's ORG), "Englishman
    # Mark Cairns", "Colombian Camilo Villegas" beside "Camilo Villegas".
    found = entities(
        [
            [mention("Ecuadorian Felipe Caicedo", "ORG"), mention("Caicedo", n=2)],
            [mention("Englishman Mark Cairns")],
            [mention("Colombian Camilo Villegas"), mention("Camilo Villegas")],
        ]
    )
    assert set(found) == {"Felipe Caicedo", "Mark Cairns", "Camilo Villegas"}
    assert found["Felipe Caicedo"].kind == "person"
    assert found["Camilo Villegas"].articles == {2: 2}


def test_a_noun_for_someone_of_a_nation_is_cut_before_any_name_shape():
    # CNN/DailyMail and frank: "Scotsman Mark Connor" (the model's ORG), "Briton
    # Ennis-Hill", "Dutchman Sjaak Rijke" (no given name of the lists),
    # "Frenchman Jonathan Dasnieres de Veigy" (four words).
    found = entities(
        [
            [mention("Scotsman Mark Connor", "ORG")],
            [mention("Briton Ennis-Hill", "ORG"), mention("Ennis-Hill", n=2)],
            [mention("Dutchman Sjaak Rijke")],
            [mention("Frenchman Jonathan Dasnieres de Veigy")],
        ]
    )
    assert set(found) == {
        "Mark Connor",
        "Ennis-Hill",
        "Sjaak Rijke",
        "Jonathan Dasnieres de Veigy",
    }
    # Counter-examples: a people's adjective before a name that opens with no given name,
    # and a noun before a body's word.
    kept = entities([[mention("Russian Sjaak Rijke")], [mention("Briton Bank", "ORG")]])
    assert set(kept) == {"Russian Sjaak Rijke", "Briton Bank"}
    # Nor a people's adjective whose letters end as a plural noun does (ECB+).
    assert set(entities([[mention("Turkmen Mejlis", "ORG")]])) == {"Turkmen Mejlis"}


def test_a_big_city_s_people_word_is_no_part_of_a_name_nor_a_tag():
    # CNN: "Londoner Tony Francis", "Beijinger Robert Zhao"; "Londoners" alone was a place
    # and "Londoner" a person of three reports.
    found = entities(
        [
            [mention("Londoner Tony Francis"), mention("Beijinger Robert Zhao")],
            [mention("Londoners", "GPE"), mention("Londoner")],
        ]
    )
    assert set(found) == {"Tony Francis", "Robert Zhao"}
    # Counter-examples: no big city's name before "-er" ("Manchester", "Chester") or a
    # given name ("Christian").
    kept = entities([[mention("Christian Pulisic")], [mention("Manchester", "GPE")]])
    assert set(kept) == {"Christian Pulisic", "Manchester"}


def test_an_office_ending_in_a_title_before_a_full_name_is_cut_whatever_the_model_says():
    # ECB+: "Homicide Detective Dominic Mangoni", the model's organisation.
    found = entities([[mention("Homicide Detective Dominic Mangoni", "ORG")]])
    assert set(found) == {"Dominic Mangoni"}
    # Without a title last, an organisation's opening words stay ("Major League Baseball"
    # has no given name after the title; "Homicide Unit Dominic" no surname shape).
    kept = entities([[mention("Major League Baseball", "ORG")]])
    assert set(kept) == {"Major League Baseball"}
    plain = entities([[mention("Homicide Squad Dominic Mangoni", "ORG")]])
    assert set(plain) == {"Homicide Squad Dominic Mangoni"}


def test_a_people_s_noun_no_ending_makes_is_a_nationality_too():
    # CNN: "Swede Marcus Ericsson" (the model's ORG), "Briton Alex Dowsett"; "the Brits" and
    # "two Spaniards" are no tags. A given name stays one ("Dane Cook").
    found = entities(
        [
            [mention("Swede Marcus Ericsson", "ORG")],
            [mention("Briton Alex Dowsett")],
            [mention("Brits", "NORP", 2), mention("Spaniards", "ORG")],
            [mention("Dane Cook")],
        ]
    )
    assert set(found) == {"Marcus Ericsson", "Alex Dowsett", "Dane Cook"}
    # CNN 8-f: "British", "Scottish", "Emirati" are a people's words no ending makes
    # ("Emirati" was a place page).
    found = entities(
        [
            [mention("British", "NORP"), mention("Scottish", "NORP"), mention("Emirati", "GPE")],
        ]
    )
    assert set(found) == set()


def test_a_nationality_opening_a_body_s_or_a_place_s_name_stays():
    # Counter-examples: no given name after it, a body's or a place's word, a given name
    # that a demonym's ending makes ("Alan", "Roman"), one word after it.
    found = entities(
        [
            [mention("German Marshall Fund", "ORG")],
            [mention("American Eagle Outfitters", "ORG")],
            [mention("Alan Mark Davey")],
            [mention("Roman Paul Abramovich")],
            [mention("French Montana")],
            [mention("Australian Grace Hospital", "ORG")],
        ]
    )
    assert set(found) == {
        "German Marshall Fund",
        "American Eagle Outfitters",
        "Alan Mark Davey",
        "Roman Paul Abramovich",
        "French Montana",
        "Australian Grace Hospital",
    }


def test_a_dictionary_word_before_a_person_s_full_name_is_no_part_of_it():
    # "Holidaymaker David Meadwell", "Commissioner Adam Silver", a sentence's "Beneath Rick
    # Santorum's sweater vest": the word says who someone is, or opens the sentence.
    found = entities(
        [
            [mention("Holidaymaker David Meadwell"), mention("Meadwell", n=2)],
            [mention("Commissioner Adam Silver")],
            [mention("Beneath Rick Santorum", cues=AT_START)],
            # An office of several words (ECB+).
            [mention("Deputy District Attorney Phil Stirling")],
        ]
    )
    assert set(found) == {"David Meadwell", "Adam Silver", "Rick Santorum", "Phil Stirling"}
    assert found["David Meadwell"].articles == {0: 3}


def test_a_dictionary_word_opening_a_body_s_a_place_s_or_a_surname_s_name_stays():
    # Counter-examples: the model's organisation or place ("United Paris St Germain", "Air
    # France Flight"), a surname that is a dictionary word ("Young Ray Smith", a family
    # name first), a town ("Reading Ray Parlour"), one word after it.
    found = entities(
        [
            [mention("United Paris St Germain", "ORG")],
            [mention("Air France Flight", "ORG")],
            [mention("Young Ray Smith")],
            [mention("Reading Ray Parlour")],
            [mention("Comedian Elton")],
        ]
    )
    assert {
        "United Paris St Germain",
        "Air France Flight",
        "Young Ray Smith",
        "Reading Ray Parlour",
    } <= set(found)
    assert "Elton" not in found


def test_a_surname_joins_the_person_not_a_run_opened_by_a_place():
    # "at Anfield Henderson's ..." (a caption run into the text) beside "Jordan Henderson":
    # the run opens with a name the article writes alone as a place.
    found = entities(
        [
            [
                mention("Jordan Henderson"),
                mention("Anfield Henderson"),
                mention("Anfield", "GPE", n=2),
                mention("Henderson", n=2),
            ]
        ]
    )
    assert "Henderson" in found["Jordan Henderson"].forms
    # Two people of the surname: whose it is stays open.
    two = entities([[mention("Jordan Henderson"), mention("Ella Henderson"), mention("Henderson")]])
    assert "Henderson" not in two["Jordan Henderson"].forms


def test_a_surname_joins_the_full_name_in_the_same_article():
    found = entities([[mention("Vladimir Putin"), mention("Putin", n=3)]])
    assert list(found) == ["Vladimir Putin"]
    assert found["Vladimir Putin"].forms == ("Putin", "Vladimir Putin")
    assert found["Vladimir Putin"].articles == {0: 4}


def test_a_surname_the_model_mistyped_still_joins_the_person():
    found = entities([[mention("Igor Shkvyrin"), mention("Shkvyrin", "ORG")]])
    assert list(found) == ["Igor Shkvyrin"]


def test_a_surname_joins_the_only_matching_person_across_the_corpus():
    found = entities([[mention("Sergei Lavrov")], [mention("Lavrov")], [mention("Lavrov")]])
    assert list(found) == ["Sergei Lavrov"]
    assert found["Sergei Lavrov"].articles == {0: 1, 1: 1, 2: 1}


def test_a_surname_the_model_calls_an_organisation_elsewhere_keeps_the_person():
    # The model reads "Trump" alone as an organisation in two articles that never say
    # "Donald Trump"; joined to the corpus's one Trump, those labels do not outvote the
    # full name's, and the vote is on the full name ("Trump" is a dictionary word).
    found = entities(
        [[mention("Donald Trump")], [mention("Trump", "ORG", 2)], [mention("Trump", "GPE")]]
    )
    assert list(found) == ["Donald Trump"]
    assert found["Donald Trump"].kind == "person"
    assert found["Donald Trump"].forms == ("Trump", "Donald Trump")
    found = entities([[mention("Elon Musk")], [mention("Musk", "ORG")], [mention("Musk", "ORG")]])
    assert found["Elon Musk"].kind == "person"


def _trump_alone_twice(label: str, cue: str) -> dict:
    # Donald Trump in one article, "Trump" alone with a cue of `cue` in two others.
    alone = [mention("Trump", label, cues=((cue, 1),))]
    return entities([[mention("Donald Trump")], alone, list(alone)])


def test_a_joined_surnames_context_cues_still_count():
    # What the text says around the surname alone ("in Trump") still votes: only the
    # model's own organisation and place labels of it are set aside.
    assert _trump_alone_twice("GPE", "place")["Donald Trump"].kind == "place"


def test_a_surname_alone_with_a_body_s_cue_is_the_body():
    # "Trump's shares", "the Trump company": a body named after the man (`resolve`'s step
    # 4 leaves it apart), so his page stays a person's.
    found = _trump_alone_twice("ORG", "organisation")
    assert found["Donald Trump"].kind == "person"
    assert found["Trump"].kind == "organisation"


def test_a_joined_surnames_set_aside_labels_still_count_as_mentions():
    # "said Hank Note, chief dealer" in one document, "NOTE" opening a line in another
    # (ORG to the model, capitalised only where any word is): setting its label aside does
    # not make every labelled mention of the group an unmarked capital, so no junk.
    found = entities([[mention("Hank Note")], [mention("NOTE", "ORG", cues=(("capital?", 1),))]])
    assert found["Hank Note"].kind == "person"
    assert found["Hank Note"].articles == {0: 1, 1: 1}


def test_a_country_code_is_no_surname():
    found = entities([[mention("John Lewis UK", "ORG"), mention("UK", "GPE")]])
    assert found["UK"].kind == "place"
    assert found["John Lewis UK"].forms == ("John Lewis UK",)


def test_a_country_with_a_person_cue_joins_no_name_the_model_calls_a_place():
    # "Germany was playing France" gives France a person cue in an article that also names
    # the "Stade de France" (GPE to the model): the country is no surname of the stadium.
    team = (("person", 1),)
    found = entities([[mention("France", "GPE", 8, cues=team), mention("Stade de France", "GPE")]])
    assert set(found) == {"France", "Stade de France"}
    assert found["France"].forms == ("France",)
    # Counter-example: a country's name still ends the person the model names so.
    found = entities([[mention("Michael Jordan"), mention("Jordan", "PERSON", 2)]])
    assert list(found) == ["Michael Jordan"]


def test_a_surname_joins_the_full_name_it_ends_before_a_generation():
    # dev5: "Robinson" beside "Tony Terrell Robinson Jr" in one article.
    found = entities([[mention("Tony Terrell Robinson Jr"), mention("Robinson", n=2)]])
    assert list(found) == ["Tony Terrell Robinson Jr"]
    assert found["Tony Terrell Robinson Jr"].articles == {0: 3}
    # Counter-example: beside two people of the surname, whose it is stays open.
    found = entities([[mention("Bob Jones III"), mention("Eddie Jones"), mention("Jones", n=2)]])
    assert "Jones" not in found["Bob Jones III"].forms


def test_an_ambiguous_surname_stays_on_its_own():
    found = entities([[mention("John Smith")], [mention("Jane Smith")], [mention("Smith")]])
    assert set(found) == {"John Smith", "Jane Smith", "Smith"}


def test_a_known_place_does_not_join_a_person_of_that_surname():
    found = entities([[mention("George Washington"), mention("Washington", "GPE")]])
    assert set(found) == {"George Washington", "Washington"}
    assert found["Washington"].kind == "place"


def test_the_page_name_is_the_most_common_full_spelling():
    found = entities(
        [
            [mention("ISIL", "ORG", forms=(("ISIL", 1), ("Isil", 4)))],
            [mention("Isil", "ORG", 2)],
        ]
    )
    assert list(found) == ["Isil"]
    assert found["Isil"].forms == ("Isil", "ISIL")


def test_type_is_voted_over_the_corpus():
    found = entities(
        [[mention("Homs", "GPE")], [mention("Homs", "PERSON")], [mention("Homs", "GPE")]]
    )
    assert found["Homs"].kind == "place"


def test_a_common_word_the_model_capitalised_is_not_an_entity():
    texts = ["The State said.", "the state of things", "a state visit"]
    assert "State" not in entities([[mention("State", "ORG")], [], []], texts=texts)
    # Never in lower case, and named more than once (a lone dictionary word named once with
    # nothing around it is no name either: test_merge.py).
    texts = ["The State said.", "y", "The State agreed."]
    assert "State" in entities([[mention("State", "ORG")], [], []], texts=texts)


def test_a_text_in_lower_case_throughout_says_nothing_of_a_name_s_case():
    # CNN/DailyMail rows lower-cased by the data set ("the munich beer festival"): 88 of 565
    # CNN reports had made "Germany" (29 reports), "Facebook" (40) and "Munich" common words.
    lowered = "she met him at the munich beer festival in germany 15 years ago ."
    texts = ["Fans flew to Munich on Friday.", lowered]
    assert "Munich" in entities([[mention("Munich", "GPE")], []], texts=texts)
    # A text with the capitals of prose counts ("the state of things").
    texts = ["Fans flew to Munich on Friday.", "The munich beer was cold, Anna said."]
    assert "Munich" not in entities([[mention("Munich", "GPE")], []], texts=texts)


def test_names_the_model_missed_are_found_in_other_articles_text():
    texts = ["Fighting in Aleppo.", "Buses left Aleppo today.", "Aleppots and Aleppo-based"]
    resolution = resolve([[mention("Aleppo", "GPE")], [], []], EditorRules(), texts)
    (aleppo,) = resolution.entities
    assert aleppo.articles == {0: 1, 1: 1}
    (span,) = resolution.found[1]
    assert texts[1][span[0] : span[1]] == "Aleppo"


def test_a_spelling_two_entities_share_is_not_looked_for_in_other_articles():
    # CNN: "John" of Elton John was found in three reports of other Johns; "America" of a
    # "Captain America" whose article joined it, in reports of the United States.
    texts = [
        "Cecil Smith spoke. Smith left.",
        "Sam Smith sang. Smith bowed.",
        "Smith said no. Then Kowalski came.",
    ]
    found = [
        [mention("Cecil Smith"), mention("Smith")],
        [mention("Sam Smith"), mention("Smith")],
        [mention("Kowalski")],
    ]
    resolution = resolve(found, EditorRules(), texts)
    assert all(2 not in e.articles for e in resolution.entities if e.name != "Kowalski")
    # Counter-example: one Smith's surname is found where the model missed it.
    resolution = resolve([found[0], [], found[2]], EditorRules(), texts)
    (smith,) = [e for e in resolution.entities if e.name == "Cecil Smith"]
    assert 2 in smith.articles


def test_a_language_or_a_people_s_word_is_not_looked_for_in_other_articles():
    # CNN/DailyMail: "Davis High School English teacher" (the model's person) made
    # "English" an alias of the school's page in its article, and the re-scan found it in
    # 16 other reports.
    texts = [
        "Davis High School English teacher Brianne Altice. English lessons stopped.",
        "She speaks English well.",
        "A full English breakfast in Aleppo.",
    ]
    found = [[mention("Davis High School English"), mention("English", "NORP")], [], []]
    resolution = resolve(found, EditorRules(), texts)
    (school,) = [e for e in resolution.entities if e.name == "Davis High School English"]
    assert school.articles == {0: 2}
    # Counter-example: a one-word spelling that is no people's word is looked for.
    assert not _findable("english", {})
    assert _findable("altice", {})


def test_a_name_after_an_initial_or_dotted_letters_is_part_of_the_longer_name():
    from generator.link import rescan

    index = rescan.build_index([("O'Connor",), ("Navy",), ("John", "D", "O'Connor")])
    text = "said John D. O'Connor, who served in the U.S. Navy. O'Connor said"
    # "John D. O'Connor" is found whole, and "O'Connor" and "Navy" not inside longer names.
    found = [text[start:end] for start, end, _ in rescan.find(text, index)]
    assert found == ["John D. O'Connor", "O'Connor"]
    # A full stop after a word of more than one letter ends a sentence.
    text = "He joined the Navy. O'Connor did not."
    assert [text[s:e] for s, e, _ in rescan.find(text, index)] == ["Navy", "O'Connor"]


def rules(toml: dict):
    config = parse_config({"entities": toml}, Path("/site/digest.toml"))
    return editor_rules(config.entities)


def test_an_alias_rule_merges_two_entities_under_the_editors_name():
    editor, conflicts = rules({"aliases": {"Islamic State": ["Isil", "ISIS", "Daesh"]}})
    assert conflicts == []
    found = entities([[mention("Isil", "ORG")], [mention("Daesh", "ORG")]], editor)
    assert list(found) == ["Islamic State"]
    assert set(found["Islamic State"].forms) == {"Isil", "Daesh"}
    assert found["Islamic State"].articles == {0: 1, 1: 1}


def test_the_blocklist_removes_a_spelling():
    editor, _ = rules({"blocklist": ["Irish Independent"]})
    found = entities([[mention("Irish Independent", "ORG"), mention("Geneva", "GPE")]], editor)
    assert list(found) == ["Geneva"]


def test_a_type_override_wins_over_the_vote():
    editor, _ = rules({"types": {"Isil": "organisation"}})
    found = entities([[mention("Isil", "PERSON", 5)]], editor)
    assert found["Isil"].kind == "organisation"


def test_an_alias_listed_under_two_names_is_reported():
    _, conflicts = rules({"aliases": {"Islamic State": ["IS"], "Iceland": ["IS"]}})
    assert conflicts == [
        "entities.aliases.Iceland: 'IS' is already an alias of 'Islamic State'; it stays there"
    ]


def test_a_bad_type_override_names_the_file_key_and_choices():
    allowed = "allowed: person, organisation, place"
    with pytest.raises(
        ConfigError, match=rf"digest.toml: entities.types: 'org' is not allowed; {allowed}"
    ):
        rules({"types": {"Isil": "org"}})


def article(i: int, text: str, tags=()) -> Article:
    date = datetime(2016, 12, 1 + i, tzinfo=UTC)
    return Article(
        path=f"a{i}.md",
        slug=f"a{i}",
        title=f"Article {i}",
        date=date,
        meta=Metadata(title=f"Article {i}", date=date, tags=tuple(tags)),
        blocks=(Block(text),),
    )


def site(mentions, config_toml=None, tags=None):
    config = parse_config(config_toml or {}, Path("/site/digest.toml"))
    arts = [article(i, "text", (tags or {}).get(i, ())) for i in range(len(mentions))]
    analyses = [Analysis(summary=(), mentions=tuple(m)) for m in mentions]
    return link_site(arts, analyses, config)


def test_link_site_pages_carry_aliases_dates_and_co_mentions():
    s = site(
        [
            [mention("Vladimir Putin"), mention("Putin"), mention("Aleppo", "GPE")],
            [mention("Putin", n=2), mention("Aleppo", "GPE")],
        ]
    )
    putin = next(e for e in s.entities if e.name == "Vladimir Putin")
    assert putin.kind == "person" and putin.aliases == ("Putin",)
    assert [e.slug for e in putin.entries] == ["a1", "a0"]  # newest first
    assert putin.first_seen.day == 1 and putin.last_seen.day == 2
    assert [(ref.name, n) for ref, n in putin.co_mentions] == [("Aleppo", 2)]


def test_a_surname_two_people_named_together_share_is_no_alias_of_either_page():
    # "Mrs. Obama" in an article that names Michelle Obama alone is hers there, but another
    # article names Barack Obama beside her: the family's name is no page's alias.
    s = site(
        [
            [mention("Michelle Obama"), mention("Obama", n=2)],
            [mention("Barack Obama"), mention("Obama")],
            [mention("Barack Obama"), mention("Michelle Obama")],
        ]
    )
    pages = {e.name: e for e in s.entities}
    assert pages["Michelle Obama"].aliases == ()
    assert pages["Barack Obama"].aliases == ()
    assert {e.slug for e in pages["Michelle Obama"].entries} == {"a0", "a2"}


def test_a_first_name_two_people_named_together_share_is_no_alias_of_either_page():
    # "A third brother, Mohamed" where the article names Mohamed Abrini and Mohamed Amri.
    s = site(
        [
            [mention("Mohamed Abrini"), mention("Mohamed Amri", n=2), mention("Mohamed")],
            [mention("Mohamed Amri"), mention("Amri")],
        ]
    )
    pages = {e.name: e for e in s.entities}
    assert pages["Mohamed Amri"].aliases == ("Amri",)
    assert pages["Mohamed Abrini"].aliases == ()


def test_a_surname_of_one_person_or_of_namesakes_never_named_together_stays_an_alias():
    # Counter-examples: one Obama and two Michelles (a first name); two Hamiltons who are
    # never named in one article.
    s = site(
        [
            [mention("Michelle Obama"), mention("Obama", n=2), mention("Michelle")],
            [mention("Michelle Cottle")],
            [mention("Lewis Hamilton"), mention("Hamilton")],
            [mention("Amanda Hamilton")],
        ]
    )
    pages = {e.name: e for e in s.entities}
    assert pages["Michelle Obama"].aliases == ("Michelle", "Obama")
    assert pages["Lewis Hamilton"].aliases == ("Hamilton",)


def test_min_articles_and_tag_types():
    mentions = [[mention("Homs", "GPE"), mention("Unesco", "ORG")], [mention("Homs", "GPE")]]
    s = site(mentions, {"entities": {"min_articles": 2}})
    assert [e.name for e in s.entities] == ["Homs"]
    s = site(mentions, {"entities": {"tag_types": ["organisation"]}})
    assert [e.name for e in s.entities] == ["Unesco"]


def test_front_matter_tags_join_entities_by_any_spelling_or_become_topics():
    s = site([[mention("Isil", "ORG")], []], tags={1: ["ISIL", "Cultural heritage"]})
    by_name = {e.name: e for e in s.entities}
    assert len(by_name["Isil"].entries) == 2
    assert by_name["Cultural heritage"].kind == "topic"


def test_editor_rule_conflicts_become_build_warnings():
    s = site([[]], {"entities": {"aliases": {"A B": ["IS"], "C D": ["IS"]}}})
    assert [str(p) for p in s.problems] == [
        "warning: digest.toml: entities.aliases.C D: 'IS' is already an alias of 'A B'; "
        "it stays there"
    ]


def test_an_entity_called_by_count_does_not_take_the_index_folder():
    s = site([[mention("By Count", "ORG")]])
    assert [e.slug for e in s.entities] == ["by-count-2"]


def test_the_ten_most_co_mentioned_break_ties_by_name():
    # Twelve entities in one article with "Hub", six more in a second: the tenth place is
    # a tie between entities seen once, decided by name.
    names = [f"Place {c}" for c in "LKJIHGFEDCBA"]
    s = site(
        [
            [mention("Hub Corp", "ORG"), *(mention(n, "GPE") for n in names)],
            [mention("Hub Corp", "ORG"), *(mention(n, "GPE") for n in names[:6])],
        ]
    )
    hub = next(e for e in s.entities if e.name == "Hub Corp")
    assert [(ref.name, n) for ref, n in hub.co_mentions] == [
        *((f"Place {c}", 2) for c in "GHIJKL"),
        *((f"Place {c}", 1) for c in "ABCD"),
    ]


def test_a_given_name_most_of_the_corpus_uses_for_people_counts_despite_one_mistype():
    # Two Nicks are people and one, in a results table, an organisation to the model:
    # "nick" is still a given name, and it makes "Nick Price" a person.
    articles = [
        [mention("Nick Faldo")],
        [mention("Nick Leeson")],
        # Twice in its article, so the package's given names add nothing (`voting`).
        [mention("Nick Price", "ORG", 2)],
    ]
    assert {name: e.kind for name, e in entities(articles).items()} == {
        "Nick Faldo": "person",
        "Nick Leeson": "person",
        "Nick Price": "person",
    }
    # Used as often for something else, it is no given name of the corpus.
    articles.append([mention("Nick Holdings Plc", "ORG")])
    articles.append([mention("Nick Price", "ORG", 2)])
    assert entities(articles)["Nick Price"].kind == "organisation"


def test_a_name_that_is_no_entity_hides_the_surname_it_opens_from_the_re_scan():
    # "Lawrence of Arabia" is a film (the product cue of "classic film X"), no page; the
    # re-scan does not find the surname of the article's Jennifer Lawrence at its start (as
    # Alan Lawrence's was, CNN/DailyMail).
    texts = [
        "The actress Jennifer Lawrence won the award. Lawrence said she was thrilled.",
        "O'Toole, the star of 1962 classic film Lawrence of Arabia, can be seen laughing.",
    ]
    film = mention("Lawrence of Arabia", "ORG", cues=(("product", 1),))
    resolution = resolve(
        [[mention("Jennifer Lawrence"), mention("Lawrence")], [film]], EditorRules(), texts
    )
    (lawrence,) = [e for e in resolution.entities if e.kind != "other"]
    assert lawrence.name == "Jennifer Lawrence"
    assert lawrence.articles == {0: 2}


def test_a_name_with_a_word_in_lower_case_inside_that_is_an_entity_is_found_whole():
    texts = ["The Bank of England raised rates.", "Rates rose at the Bank of England today."]
    resolution = resolve([[mention("Bank of England", "ORG")], []], EditorRules(), texts)
    (bank,) = resolution.entities
    assert bank.articles == {0: 1, 1: 1}


def test_a_page_s_aliases_equal_but_for_case_come_in_one_order_in_every_process():
    # "US" and "Us" on the United States' page (CNN/DailyMail) swapped places from one
    # `digest entities` run to the next: the set they came from is ordered by string
    # hashes, which Python seeds afresh in each process.
    script = (
        "from generator.link.naming import _spelling_keys\n"
        "from generator.link.resolve import ResolvedEntity\n"
        "forms = ('United States', 'US', 'Us', 'USA', 'uS', 'America')\n"
        "entity = ResolvedEntity('united states', 'United States', 'place', forms, {0: 1})\n"
        "print(_spelling_keys(entity, None)[0])\n"
    )
    orders = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(REPO)},
        ).stdout
        for seed in range(8)
    }
    assert orders == {"('America', 'US', 'Us', 'uS', 'USA')\n"}
