"""Names the model cut short are widened to the whole capitalised name, and no further."""

import pytest

from generator.analyse.mentions import doc_spans
from generator.analyse.mentions.boundaries import (
    complete,
    cut_lists,
    cut_outlets_told,
    cut_possessives,
    cut_runs,
    lowercase_words,
    people_after_titles,
    saints_places,
    titled_people,
    with_nicknames,
    without_compound_halves,
    without_roles,
    without_section_labels,
    without_sentence_openers,
)
from generator.text.names import canonical_forms


def widened(text: str, part: str, label: str = "PERSON") -> str:
    start = text.index(part)
    ((s, e, _),) = complete(text, [(start, start + len(part), label)], lowercase_words(text))
    return text[s:e]


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Austria's skier Renate Goetschl won the race.", "Goetschl", "Renate Goetschl"),
        ("The striker Hwang Sun Hong scored twice.", "Hwang Sun", "Hwang Sun Hong"),
        ("He joined Maccabi Petah Tikva in May.", "Maccabi Petah", "Maccabi Petah Tikva"),
    ],
)
def test_a_cut_name_is_completed(text, part, whole):
    assert widened(text, part) == whole


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        # ECB+: the model's "Office of the Press", on a line of its own.
        (
            "Office of the Press Secretary\nFOR RELEASE",
            "Office of the Press",
            "Office of the Press Secretary",
        ),
        (
            "the Office of the Prime Minister said",
            "Office of the Prime",
            "Office of the Prime Minister",
        ),
        # Counter-example: the title of the person named next.
        (
            "the Ministry of the Interior Minister Bernard Cazeneuve said",
            "Ministry of the Interior",
            "Ministry of the Interior",
        ),
    ],
)
def test_a_title_after_of_the_ends_an_office_s_name(text, part, whole):
    assert widened(text, part, "ORG") == whole


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Talks with Russian President Vladimir Putin ended.", "Vladimir Putin"),  # a title
        ("Officials met Vice-President Oswaldo Saldanha.", "Oswaldo Saldanha"),
        ("It rained. Police Smith said so.", "Smith"),  # a word after a full stop
        ("But Putin said no.", "Putin"),  # a stop word
        ("Putin Monday said no.", "Putin"),  # a weekday
        ("LEEDS BOWYER FINED", "BOWYER"),  # all capitals: a headline
        ("President Putin's Russia declared a pause.", "Putin's"),  # a possessive ends it
        ("Kerry Home said he would go home.", "Kerry"),  # written in lower case here
    ],
)
def test_a_name_is_not_widened_over_other_words(text, part):
    assert widened(text, part) == part


@pytest.mark.parametrize(
    ("text", "part", "label"),
    [
        # dev3: an FT page's row of columnists after a place; "Gideon Rachman" has a line
        # of its own.
        (
            "Comment on the attacks in Paris Gideon Rachman François Heisbourg\nGideon "
            "Rachman\nTerrorists strike at a sensitive moment",
            "Paris",
            "GPE",
        ),
        # dev3: the same page's link list, an author's name before his headline; the
        # widening would take the surname.
        (
            "More on this story\nGideon Rachman Paris attacks – The global consequences\n"
            "Gideon Rachman\nTerrorists strike",
            "Paris",
            "GPE",
        ),
        # CNN/DailyMail: a club before its player, in a team-news row.
        (
            "Team news West Brom Craig Dawson is set to return for West Brom after a ban.",
            "Craig Dawson",
            "PERSON",
        ),
    ],
)
def test_a_name_is_not_widened_over_two_words_written_alone_elsewhere(text, part, label):
    assert widened(text, part, label) == part


@pytest.mark.parametrize(
    ("text", "part", "label", "whole"),
    [
        # The two words are written nowhere else alone.
        ("Maccabi Petah Tikva won the cup.", "Maccabi", "PERSON", "Maccabi Petah Tikva"),
        # A person's surnames after the given names, written alone too (CoNLL++).
        (
            "Aung San Suu Kyi spoke on Friday. Suu Kyi said she would go.",
            "Aung San",
            "PERSON",
            "Aung San Suu Kyi",
        ),
        # A club's place after its sponsor's name, written alone too.
        (
            "The champions Red Bull Salzburg won. Red Bull owns the club.",
            "Salzburg",
            "ORG",
            "Red Bull Salzburg",
        ),
        # The model's span is no name by itself.
        (
            "the rise of the neo-Nazi Golden Dawn party. Golden Dawn denies it.",
            "the neo-Nazi",
            "ORG",
            "the neo-Nazi Golden Dawn",
        ),
    ],
)
def test_a_name_is_widened_over_two_words_otherwise(text, part, label, whole):
    assert widened(text, part, label) == whole


def test_an_organisation_is_widened_over_a_word_and_a_word_for_a_body():
    # "air" is written in lower case by the article, and "Air" opens the title "Air
    # Marshal": the widening word by word stops at it, the body's name goes on.
    text = "It flew by air.\n\nA Royal New Zealand Air Force Orion first spotted it."
    assert widened(text, "Royal New Zealand", "ORG") == "Royal New Zealand Air Force"
    # Counter-examples: one word after the span ("BBC" and "BBC News" are two pages), a
    # person's span, and a function word.
    text = "The news came. He told BBC News that the Air Force was ready."
    assert widened(text, "BBC", "ORG") == "BBC"
    text = "It flew by air. Royal New Zealand Air Force planes flew."
    assert widened(text, "Royal New Zealand", "PERSON") == "Royal New Zealand"
    text = "The Royal New Zealand The Club said it would help."
    assert widened(text, "Royal New Zealand", "ORG") == "Royal New Zealand"


def test_a_name_is_widened_over_a_possessive_word_that_ends_it():
    # dev7: "at Sergio Asenjo's near post", the model's "Sergio" alone, a place.
    text = "after the break at Sergio Asenjo's near post."
    assert widened(text, "Sergio", "GPE") == "Sergio Asenjo"
    # Counter-example: a possessive inside a body's name, a capitalised word after it.
    text = "for the Bristol County District Attorney's Office, said"
    assert widened(text, "Bristol County District", "GPE") == "Bristol County District"


def test_widening_stops_at_the_next_entity_and_the_line():
    text = "Dynamo Kiev\nSporting Lisbon"
    spans = [(0, 6, "ORG"), (12, 20, "ORG")]
    assert complete(text, spans) == [(0, 11, "ORG"), (12, 27, "ORG")]
    assert complete("Sporting Lisbon", [(0, 8, "ORG"), (9, 15, "GPE")]) == [
        (0, 8, "ORG"),
        (9, 15, "GPE"),
    ]


def test_nationalities_are_not_widened():
    assert widened("The Italian President spoke.", "Italian", "NORP") == "Italian"


def test_a_family_name_s_particle_joins_the_person_and_the_name_after_it():
    text = "German Defence Minister Ursula von der Leyen said Berlin would help."
    ursula, leyen = text.index("Ursula"), text.index("Leyen")
    spans = [(ursula, ursula + 6, "PERSON"), (leyen, leyen + 5, "GPE")]
    assert complete(text, spans) == [(ursula, leyen + 5, "PERSON")]
    assert widened("A statue of Charles de Gaulle stands here.", "Charles") == "Charles de Gaulle"


@pytest.mark.parametrize(
    ("text", "part", "label"),
    [
        ("They flew from Rio de Janeiro on Monday.", "Rio", "GPE"),  # no person
        ("Smith de facto ran the firm.", "Smith", "PERSON"),  # no capitalised word after
        ("Smith da\nSilva", "Smith", "PERSON"),  # not across a line
    ],
)
def test_a_particle_joins_nothing_else(text, part, label):
    assert widened(text, part, label) == part


def test_a_particle_that_ends_the_model_s_span_joins_the_name_after_it_too():
    text = "Minister Ursula von der Leyen said so."
    start, leyen = text.index("Ursula"), text.index("Leyen")
    spans = [(start, text.index(" der"), "PERSON"), (leyen, leyen + 5, "GPE")]
    assert complete(text, spans) == [(start, leyen + 5, "PERSON")]


def _organisations(text: str, *parts: str) -> list[str]:
    spans = [(text.index(p), text.index(p) + len(p), "ORG") for p in parts]
    return [text[s:e] for s, e, _ in complete(text, spans)]


@pytest.mark.parametrize(
    ("text", "first", "second", "whole"),
    [
        (
            "The Maritime and Coastguard Agency said a container was lost.",
            "Maritime",
            "Coastguard Agency",
            "Maritime and Coastguard Agency",
        ),
        (
            "They were born at the old Kapiolani Maternity and Gynecological Hospital.",
            "Kapiolani Maternity",
            "Gynecological Hospital",
            "Kapiolani Maternity and Gynecological Hospital",
        ),
        (
            "a tax demand from HM Revenue and Customs (HMRC).",
            "HM Revenue",
            "Customs",
            "HM Revenue and Customs",
        ),
    ],
)
def test_two_halves_of_a_name_with_and_are_one_organisation(text, first, second, whole):
    assert _organisations(text, first, second) == [whole]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # Two clubs: "United" is a club's word, not an organisation's.
        ("Fans of Arsenal and Manchester United clashed.", "Arsenal", "Manchester United"),
        # The first is an organisation's name of its own.
        (
            "Cornwall Council and Devon County Council met.",
            "Cornwall Council",
            "Devon County Council",
        ),
        # No organisation word ends the second, and no abbreviation follows.
        ("Sky and BT Sport have paid a record sum.", "Sky", "BT Sport"),
        # The article names the first alone too: two organisations.
        ("Harvard and Yale University sued. Harvard said so.", "Harvard", "Yale University"),
        # The bracket abbreviates the second only.
        ("Talks between Oxfam and Save Children (SC) ended.", "Oxfam", "Save Children"),
    ],
)
def test_two_organisations_joined_by_and_stay_two(text, first, second):
    assert _organisations(text, first, second) == [first, second]


@pytest.mark.parametrize(
    ("text", "first", "second", "whole"),
    [
        # The model's first half takes the "and" (dev6); dictionary words either side.
        (
            "When Principal Kim Sims of the Bouchet Math and Science Academy used to talk",
            "Bouchet Math and",
            "Science Academy",
            "Bouchet Math and Science Academy",
        ),
        # CNN/DailyMail: a dam's name.
        (
            "his owner at the Clarence J. Brown Dam and Reservoir in Springfield, Ohio",
            "the Clarence J. Brown Dam and",
            "Reservoir",
            "the Clarence J. Brown Dam and Reservoir",
        ),
    ],
)
def test_a_first_half_that_takes_the_and_joins_its_rest(text, first, second, whole):
    assert _organisations(text, first, second) == [whole]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The first half names a body of its own.
        (
            "worked for the Federal Aviation Administration and Department of Justice, said",
            "the Federal Aviation Administration and",
            "Department of Justice",
        ),
        # A word before the "and" that is no dictionary word: two groups listed.
        (
            "are the Ukrainian Cyber Troops, the Cyber Berkut and Anonymous International.",
            "the Cyber Berkut and",
            "Anonymous International",
        ),
    ],
)
def test_a_first_half_that_takes_the_and_before_another_name_stays_apart(text, first, second):
    assert _organisations(text, first, second) == [first, second]


def compounded(text: str, raw: str, label: str = "ORG") -> str:
    start = text.index(raw)
    ((s, e, _),) = without_compound_halves(text, [(start, start + len(raw), label)])
    return text[s:e]


@pytest.mark.parametrize(
    ("text", "raw", "label", "name"),
    [
        # dev6: "web site", "smart watch", compound nouns written in two.
        (
            "The American Federation of Teachers Web site already features lesson plans",
            "The American Federation of Teachers Web",
            "ORG",
            "The American Federation of Teachers",
        ),
        (
            "the Garmin chest strap and the Adidas Smart watch. After a series of tests",
            "the Adidas Smart",
            "PERSON",
            "the Adidas",
        ),
    ],
)
def test_a_compound_noun_s_first_half_is_cut_off_a_name(text, raw, label, name):
    assert compounded(text, raw, label) == name


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        # An event's word for its kind ("warship").
        ("the sunken Civil War ship was found", "Civil War", "EVENT"),
        # A function word after the name ("parkin").
        ("a concert at Hyde Park in July", "Hyde Park", "FAC"),
        # No one word: "times" and "reporter" stay two.
        ("a New York Times reporter said", "New York Times", "ORG"),
        # A name of one word is left to the model.
        ("a Super hero film", "Super", "ORG"),
    ],
)
def test_a_name_before_a_lower_case_word_is_otherwise_left_whole(text, raw, label):
    assert compounded(text, raw, label) == raw


def told(text: str, raw: str, others: tuple[tuple[str, str], ...], label: str = "ORG") -> list:
    """The pieces `cut_outlets_told` makes of the model's `raw`, beside the article's other
    (name, label) spans `others`, written after it in `text`."""
    start = text.index(raw)
    spans = [(start, start + len(raw), label)]
    for other, other_label in others:
        at = text.index(other, start + len(raw))
        spans.append((at, at + len(other), other_label))
    return [(text[s:e], lab) for s, e, lab in cut_outlets_told(text, spans)][: -len(others)]


@pytest.mark.parametrize(
    ("text", "raw", "others", "pieces"),
    [
        # dev3: an outlet, then the clause's subject (an age after it; a verb).
        (
            "A teacher told the Telegraph Hadfi, 20, was a loner. Bilal Hadfi died.",
            "the Telegraph Hadfi",
            (("Bilal Hadfi", "PERSON"),),
            [("the Telegraph", "ORG"), ("Hadfi", "PERSON")],
        ),
        (
            "Officials told the Korea Herald Samsung would exit the market. Samsung said",
            "the Korea Herald Samsung",
            (("Samsung", "ORG"),),
            [("the Korea Herald", "ORG"), ("Samsung", "ORG")],
        ),
    ],
)
def test_an_outlet_told_is_cut_off_the_clause_s_subject(text, raw, others, pieces):
    assert told(text, raw, others) == pieces


@pytest.mark.parametrize(
    ("text", "raw", "others"),
    [
        # CNN/DailyMail: the newspaper's own word, which the article writes alone too.
        (
            "one client told the New York Post was like a novel. The Post said",
            "the New York Post",
            (("Post", "ORG"),),
        ),
        # The last word is a place the article names alone.
        (
            "McMuir told BBC Scotland her studies had ended. Scotland is",
            "BBC Scotland",
            (("Scotland", "GPE"),),
        ),
        # A colon after the outlet: no clause runs into it.
        (
            "Tom told BBC Radio Leeds: it is over. Leeds won.",
            "BBC Radio Leeds",
            (("Leeds", "ORG"),),
        ),
        # Not after "told".
        (
            "Officials at the Korea Herald Samsung would exit. Samsung said",
            "the Korea Herald Samsung",
            (("Samsung", "ORG"),),
        ),
    ],
)
def test_an_outlet_told_is_otherwise_left_whole(text, raw, others):
    assert told(text, raw, others) == [(raw, "ORG")]


def placed(text: str, spans) -> list[tuple[int, int, str]]:
    """The (name, label) `spans` as (start, end, label), each found after the one before it
    in `text`."""
    found, at = [], 0
    for name, label in spans:
        at = text.index(name, at)
        found.append((at, at + len(name), label))
        at += len(name)
    return found


def relabelled(text: str, spans: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The (name, label) spans `titled_people` gives for the (name, label) `spans`."""
    return [(text[s:e], label) for s, e, label in titled_people(text, placed(text, spans))]


@pytest.mark.parametrize(
    ("text", "spans", "labels"),
    [
        # dev7: the biologist's title and surname, read as an organisation.
        (
            "said Dr Pengfei Fan of Dali University. Dr Fan said the species",
            (("Pengfei Fan", "PERSON"), ("Dali University", "ORG"), ("Dr Fan", "ORG")),
            ["PERSON", "ORG", "PERSON"],
        ),
        # CNN: a general's title before the whole name the article gives him.
        (
            "Grenville Dodge led the survey. Later General Grenville Dodge wrote",
            (("Grenville Dodge", "PERSON"), ("General Grenville Dodge", "ORG")),
            ["PERSON", "PERSON"],
        ),
        # No person of that name in the article: the drink stays the model's.
        (
            "Jane Smith drank a Dr Pepper.",
            (("Jane Smith", "PERSON"), ("Dr Pepper", "ORG")),
            ["PERSON", "ORG"],
        ),
        # The model's person of one word is no sign (CNN: "the Captain America movie").
        (
            "dressed as Captain America. the America movie",
            (("Captain America", "LOC"), ("America", "PERSON")),
            ["LOC", "PERSON"],
        ),
        # Nor the same words read both ways (CNN: "Queen Bee Productions").
        (
            "a deal with Queen Bee Productions, and Queen Bee Productions made",
            (("Queen Bee Productions", "ORG"), ("Queen Bee Productions", "PERSON")),
            ["ORG", "PERSON"],
        ),
    ],
)
def test_a_title_before_a_person_s_name_makes_the_span_the_person(text, spans, labels):
    assert [label for _, label in relabelled(text, spans)] == labels


def cut(raw: str, label: str = "PERSON") -> list[str]:
    return [raw[s:e] for s, e, _ in cut_runs(raw, [(0, len(raw), label)])]


@pytest.mark.parametrize(
    ("raw", "pieces"),
    [
        # A quotation's end glued to the next sentence (dev5), a list's comma (dev5, and a
        # squad list on the CNN/DailyMail pages), a dateline and its agency in brackets
        # (dev2), the dateline "(CNN)" glued to the first sentence.
        ('Chris Boardman"Latham', ["Chris Boardman", "Latham"]),
        ("Braley, Atkinson", ["Braley", "Atkinson"]),
        ("Schmeichel, Schwarzer", ["Schmeichel", "Schwarzer"]),
        ("WASHINGTON (Kyodo) Kurt Campbell", ["WASHINGTON", "Kyodo", "Kurt Campbell"]),
        ("CNN)Sofia Vergara", ["CNN", "Sofia Vergara"]),
        # The function word that opens the sentence after the cut is no name.
        ("CNN)An", ["CNN"]),
        # A sentence's end inside the span: no name of it is kept (dev, dev2, dev3).
        ("Moto X. I'm", []),
        ("Galaxy S. While", []),
        ("Moto X. The S5", []),
    ],
)
def test_a_span_run_over_punctuation_is_cut(raw, pieces):
    assert cut(raw) == pieces


@pytest.mark.parametrize(
    "raw",
    [
        'Susan "Nunu" Bell',  # a nickname's quotes are spaced
        "Technology, Entertainment and Design",  # a name listing its founders
        "Washington, D.C",
        "Martin Luther King, Jr.",
        "George A. Papandreou",  # an initial's dot
        "U.S. Senate",
        "Dr. Who",  # a title's dot
        "Australian Maritime Safety Authority (Amsa",  # an abbreviation in brackets
        "Midwifery Council (NMC",  # an opening bracket the span does not close
        "Jose) Mourinho",  # "Mr (Jose) Mourinho": an editor completed the name
    ],
)
def test_a_name_with_punctuation_of_its_own_stays_whole(raw):
    assert cut(raw) == [raw]


def test_the_pieces_of_a_cut_span_are_names_with_their_own_offsets():
    text = 'Olympic gold medallist Chris Boardman"Latham had a fantastic final charge.'
    start = text.index("Chris")
    spans = doc_spans(text, [(start, text.index(" had"), "PERSON")])
    assert [(s.name, text[s.start : s.end]) for s in spans] == [
        ("Chris Boardman", "Chris Boardman"),
        ("Latham", "Latham"),
    ]


def listed(text: str, raw: str, label: str = "ORG", before: str = "") -> list[str]:
    """The pieces of `raw` cut by `cut_lists`, with the model's span `before` ahead of it."""
    start = text.index(raw)
    spans = [(start, start + len(raw), label)]
    if before:
        at = text.index(before)
        spans.insert(0, (at, at + len(before), "EVENT"))
    return [text[s:e] for s, e, _ in cut_lists(text, spans) if s >= start]


@pytest.mark.parametrize(
    ("text", "raw", "before", "pieces"),
    [
        # "between" (dev5), a list's comma right after another name of the model (dev6),
        # "between" before a list of three (dev4).
        (
            "The gap between Caley Thistle and Motherwell also stands at four points.",
            "Caley Thistle and Motherwell",
            "",
            ["Caley Thistle", "Motherwell"],
        ),
        (
            "competitions, such as the World Cup, Women’s World Cup and Champions League.",
            "Women’s World Cup and Champions League",
            "the World Cup",
            ["Women’s World Cup", "Champions League"],
        ),
        (
            'an imbalance between Championship and League One and League Two," added Ryan.',
            "Championship and League One and League Two",
            "",
            ["Championship", "League One", "League Two"],
        ),
    ],
)
def test_a_list_the_model_reads_as_one_name_is_cut(text, raw, before, pieces):
    assert listed(text, raw, before=before) == pieces


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        # Names with "and" inside, written after no list's opener.
        (
            "a ship. The Maritime and Coastguard Agency said",
            "Maritime and Coastguard Agency",
            "ORG",
        ),
        ("the demand from HM Revenue and Customs (HMRC).", "HM Revenue and Customs", "ORG"),
        # A list's comma after no name of the model: a list of common words (dev4's apps),
        # a sentence's first word.
        (
            "apps (Phone, Calculator, Google+, Memo and Voice Recorder).",
            "Memo and Voice Recorder",
            "ORG",
        ),
        (
            'hours".\nAlready, the US National Oceanic and Atmospheric Administration said',
            "US National Oceanic and Atmospheric Administration",
            "ORG",
        ),
        # "such as" opens lists of anything: a camera's modes (dev6).
        (
            "old modes, such as Animated Photo, Sports Shot and Sound & Shot, and make",
            "Animated Photo, Sports Shot and Sound",
            "ORG",
        ),
        # Another "and" of the list after the span: the span's "and" is a name's.
        ("a gap between Marks and Spencer and Tesco", "Marks and Spencer", "ORG"),
        # The model's places: countries are named with "and".
        ("the talks between Trinidad and Tobago and Jamaica.", "Trinidad and Tobago", "GPE"),
        ("the border between Bosnia and Herzegovina.", "Bosnia and Herzegovina", "GPE"),
        # A body's portfolio after a list's opener (dev8: "Regina M. Benjamin as Surgeon
        # General, Department of Health and Human Services", a comma after the model's
        # "Surgeon General").
        (
            "a row between the Department of Health and Human Services, which",
            "Department of Health and Human Services",
            "ORG",
        ),
        ("between the Ministry of Trade and Industry and", "Ministry of Trade and Industry", "ORG"),
    ],
)
def test_a_name_with_and_inside_is_left_whole(text, raw, label):
    assert listed(text, raw, label) == [raw]


@pytest.mark.parametrize(
    ("text", "raw", "pieces"),
    [
        # Two bodies: a body's word after "and", or a name no dictionary has.
        (
            "talks between the Ministry of Defence and the Foreign Office",
            "the Ministry of Defence and the Foreign Office",
            ["Ministry of Defence", "Foreign Office"],
        ),
        (
            "shares between the Bank of England and Barclays",
            "the Bank of England and Barclays",
            ["Bank of England", "Barclays"],
        ),
    ],
)
def test_two_bodies_after_a_list_s_opener_are_cut_though_one_has_of(text, raw, pieces):
    assert listed(text, raw) == pieces


def test_a_list_after_another_name_of_the_model_is_cut_only_right_after_it():
    text = "the World Cup, and then, Women’s World Cup and Champions League."
    assert listed(text, "Women’s World Cup and Champions League", before="the World Cup") == [
        "Women’s World Cup and Champions League"
    ]


def test_the_analysis_names_a_list_s_names_apart():
    text = "The gap between Caley Thistle and Motherwell also stands at four points."
    start = text.index("Caley")
    spans = doc_spans(text, [(start, start + len("Caley Thistle and Motherwell"), "ORG")])
    assert [s.name for s in spans] == ["Caley Thistle", "Motherwell"]


def with_person_after(text: str, raw: str, person: str, label: str = "ORG") -> list[str]:
    """The spans `without_roles` keeps of the model's `raw` and the person's span after it."""
    start, at = text.index(raw), text.index(person)
    spans = [(start, start + len(raw), label), (at, at + len(person), "PERSON")]
    return [text[s:e] for s, e, _ in without_roles(text, spans)]


@pytest.mark.parametrize(
    ("text", "raw", "person", "kept"),
    [
        # A role before the person's name: the body's words before it are no name (dev4, dev6;
        # on the unseen set "House Speaker John Boehner").
        (
            "BBC Business Reporter Rebecca Marston said",
            "BBC Business Reporter",
            "Rebecca Marston",
            ["Rebecca Marston"],
        ),
        (
            "to analyse them, Australian Air Commodore John McGarry said.",
            "Australian Air Commodore",
            "John McGarry",
            ["John McGarry"],
        ),
        (
            "Meanwhile, EU Enlargement Commissioner Johannes Hahn said",
            "EU Enlargement Commissioner",
            "Johannes Hahn",
            ["Johannes Hahn"],
        ),
        # A courtesy title is the person's: the court's name before it is whole (CNN/DailyMail).
        (
            "Speaking outside of the Court of Appeal Mr Beavis said",
            "the Court of Appeal Mr",
            "Beavis",
            ["the Court of Appeal", "Beavis"],
        ),
        # Counter-examples: no role at the end, a role with no person right after, a lone word.
        ("between Barcelona and Real Madrid Neymar is", "Real Madrid", "Neymar", None),
        (
            "the BBC Business Reporter, Rebecca Marston, said",
            "BBC Business Reporter",
            "Rebecca Marston",
            None,
        ),
        ("Manager Tony Pulis said", "Manager", "Tony Pulis", None),
    ],
)
def test_a_role_before_a_person_is_no_body_s_name(text, raw, person, kept):
    assert with_person_after(text, raw, person) == (kept or [raw, person])


def owned(text: str, raw: str, label: str = "PERSON", others: tuple[str, ...] = ()) -> list[str]:
    """The pieces `cut_possessives` keeps of the model's `raw`, beside the article's other
    spans `others` (written after it in `text`)."""
    start = text.index(raw)
    spans = [(start, start + len(raw), label)]
    for other in others:
        at = text.index(other, start + len(raw))
        spans.append((at, at + len(other), "ORG"))
    return [text[s:e] for s, e, _ in cut_possessives(text, spans) if s < start + len(raw)]


@pytest.mark.parametrize(
    ("text", "raw", "others", "pieces"),
    [
        # A writer's possessive before his work (dev3); a club's before its player's country
        # (CNN/DailyMail): the owner stays, what is owned goes.
        (
            "immortalized in Émile Zola’s Rougon-Macquart cycle of novels.",
            "Zola’s Rougon-Macquart",
            (),
            ["Zola"],
        ),
        (
            "Meanwhile, Atletico’s Croatia forward Mario Mandzukic",
            "Atletico’s Croatia",
            (),
            ["Atletico"],
        ),
        # What is owned is kept where the article tags it elsewhere (dev4).
        (
            "in which Harry Redknapp’s Portsmouth won the FA Cup. Portsmouth were",
            "Harry Redknapp’s Portsmouth",
            ("Portsmouth",),
            ["Harry Redknapp", "Portsmouth"],
        ),
    ],
)
def test_a_person_s_possessive_is_cut_off_what_they_own(text, raw, others, pieces):
    assert owned(text, raw, others=others) == pieces


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        # A title opened by a function word (a novel, dev5); an organisation's possessive,
        # left to the link stage (`merge._owned_things`); a possessive ending the span.
        ("she said. Someone Else's Skin, a thriller", "Someone Else's Skin", "PERSON"),
        ("features to Samsung’s S Health app", "Samsung’s S Health", "ORG"),
        ("at Putin's dacha", "Putin's", "PERSON"),
    ],
)
def test_a_name_with_a_possessive_is_otherwise_left_whole(text, raw, label):
    assert owned(text, raw, label) == [raw]


@pytest.mark.parametrize(
    ("text", "raw", "label", "names"),
    [
        # The name before "'s Day" is the feast's (CNN/DailyMail: "wed Koridze on
        # Valentine's Day").
        ("Barrientos wed Koridze on Valentine's Day, before she left.", "Valentine", "PERSON", []),
        ("The St Patrick’s Day parade was cancelled.", "St Patrick", "PERSON", []),
        # A possessive before a lower-case "day", or before another noun, is the owner's.
        ("It was Obama's day in Chicago.", "Obama", "PERSON", ["Obama"]),
        ("Valentine's Night Club closed.", "Valentine", "ORG", ["Valentine"]),
        ("Valentine's lawyer spoke on Monday.", "Valentine", "PERSON", ["Valentine"]),
    ],
)
def test_a_name_before_a_feast_s_day_is_no_mention(text, raw, label, names):
    start = text.index(raw)
    spans = doc_spans(text, [(start, start + len(raw), label)])
    assert [span.name for span in spans] == names


@pytest.mark.parametrize(
    ("text", "raw", "kept"),
    [
        # A caption or a paragraph run into the next sentence without its full stop
        # (CNN/DailyMail): the sentence's first word goes.
        (
            "took the children to Disney World However, the court heard",
            "Disney World However",
            "Disney World",
        ),
        ("the contest at Leeds United The club said", "Leeds United The", "Leeds United"),
        ("next season Swansea Meanwhile are safe", "Swansea Meanwhile", "Swansea"),
        # Counter-examples: a letter, a number word, a noun spaCy counts a stop word, "Now",
        # and a word after a colon (a caption's label, left as the model says).
        ("goals in Serie A this season", "Serie A", "Serie A"),
        ("promoted from League One last May", "League One", "League One"),
        ("fighters of the Al-Nusra Front said", "Al-Nusra Front", "Al-Nusra Front"),
        ("There's no Google Now on the phone", "Google Now", "Google Now"),
        (
            "known as DC Martial Arts Fugitive: The man",
            "DC Martial Arts Fugitive: The",
            "DC Martial Arts Fugitive: The",
        ),
    ],
)
def test_a_sentence_s_first_word_run_into_a_name_is_cut_off(text, raw, kept):
    start = text.index(raw)
    ((s, e, _),) = without_sentence_openers(text, [(start, start + len(raw), "ORG")])
    assert text[s:e] == kept


@pytest.mark.parametrize(
    ("text", "parts", "name"),
    [
        # The model's two organisations split at the quotation marks.
        (
            "husband Mike 'Sugar Bear' Thompson have filed",
            ["Mike 'Sugar Bear'", "Thompson"],
            "Mike Thompson",
        ),
        ('Actor Dwayne "The Rock" Johnson stars', ['Dwayne "', "Johnson"], "Dwayne Johnson"),
        ('Joaquin "El Chapo" Guzman escaped', ['Joaquin "El Chapo" Guzman'], "Joaquin Guzman"),
    ],
)
def test_a_nickname_in_quotation_marks_inside_a_person_s_name_joins_it(text, parts, name):
    ents = [(text.index(p), text.index(p) + len(p), "ORG") for p in parts]
    ((start, end, label),) = with_nicknames(text, ents)
    first, last = name.split()
    assert label == "PERSON"
    assert text[start:end].startswith(first + " ")
    assert text[start:end].endswith(" " + last)
    assert [s.name for s in doc_spans(text, ents)] == [name]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # A title-case headline quotes a work between dictionary words.
        ("New 'Tomorrowland' Trailer Shows", "Trailer"),
        ("Drama 'Outcast' Lands on TV", "Outcast"),
        # The model tagged nothing of it.
        ("Bob 'Boots' Black", None),
    ],
)
def test_quoted_words_between_dictionary_words_join_nothing(text, part):
    ents = [(text.index(part), text.index(part) + len(part), "WORK_OF_ART")] if part else []
    assert with_nicknames(text, ents) == ents


def test_a_site_s_label_of_the_kind_of_piece_opening_a_line_is_no_part_of_the_name():
    # dev3: a related link, "Analysis Isis – Boots on the ground?".
    text = (
        "Related\n    Analysis Isis – Boots on the ground?\nThe Opinion Research Corporation said"
    )
    link, firm = text.index("Analysis Isis"), text.index("Opinion Research Corporation")
    spans = [(link, link + 13, "ORG"), (firm, firm + 28, "ORG")]
    # Counter-example: inside a sentence the word is the name's own.
    assert [text[s:e] for s, e, _ in without_section_labels(text, spans)] == [
        "Isis",
        "Opinion Research Corporation",
    ]
    # The model's span run over the line break from the line before (its form on that line).
    assert [f for f, _ in canonical_forms("Isis\n    Analysis Isis – Boots", "ORG")][:2] == [
        "Isis",
        "Isis",
    ]


def _saints(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in saints_places(text, placed(text, spans))]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # dev7: the model's "St James'" a person, before "Park".
        (
            "supporters stayed away from St James' Park for the game",
            [("St James'", "PERSON")],
            [("St James' Park", "FAC")],
        ),
        # frank: the whole the model's person, which the possessive's cut would split.
        (
            "St Botolph's Church, known as Boston Stump,",
            [("St Botolph's Church", "PERSON")],
            [("St Botolph's Church", "FAC")],
        ),
        # A hospital or a school is a body; the model's own label otherwise stays.
        (
            "to give birth at St Mary's Hospital in London",
            [("St Mary's", "PERSON")],
            [("St Mary's Hospital", "ORG")],
        ),
        (
            "at St. James' Park, since he",
            [("St. James'", "GPE")],
            [("St. James' Park", "GPE")],
        ),
        # The model's span from the building's word on joins the saint's.
        (
            "St James's Park Tube station was shut",
            [("St James's", "PERSON"), ("Park Tube", "FAC")],
            [("St James's Park Tube", "FAC")],
        ),
    ],
)
def test_a_saint_s_possessive_before_a_place_named_after_the_saint_is_one_name(
    text, spans, expected
):
    assert _saints(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # No place's word after the possessive: the saint, as the model says.
        ("St Paul's words to the Corinthians", [("St Paul's", "PERSON")]),
        # No saint: an owner's possessive before a park ("Obama's Park" is cut as before).
        ("Mr Obama's Park Avenue flat", [("Obama's", "PERSON")]),
        # A word that opens with the place's word is none ("Parkinson").
        ("St Luke's Parkinson clinic", [("St Luke's", "PERSON")]),
    ],
)
def test_no_saint_s_place_after_a_possessive_leaves_the_span(text, spans):
    assert _saints(text, *spans) == spans


def _after_titles(text: str, raw: str, label: str = "ORG") -> list[tuple[str, str]]:
    start = text.index(raw)
    spans = people_after_titles(text, [(start, start + len(raw), label)])
    return [(text[s:e], label) for s, e, label in spans]


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # CNN/DailyMail: a service or a police force, its officer's rank, and the name.
        (
            "her boyfriend, Army Spc Caleb Barnes (right)",
            "Army Spc Caleb Barnes",
            [("Army", "ORG"), ("Caleb Barnes", "PERSON")],
        ),
        (
            "Cottonwood Police Sgt Jeremy Daniels said",
            "Cottonwood Police Sgt Jeremy Daniels",
            [("Cottonwood Police", "ORG"), ("Jeremy Daniels", "PERSON")],
        ),
        # Titles one after another ("Rear Adm.", "Lt Gen").
        (
            "Navy Rear Adm. Sinclair Harris told reporters",
            "Navy Rear Adm. Sinclair Harris",
            [("Navy", "ORG"), ("Sinclair Harris", "PERSON")],
        ),
        (
            "The Russian Army Lt Gen Viktor Poznikhir said",
            "Russian Army Lt Gen Viktor Poznikhir",
            [("Russian Army", "ORG"), ("Viktor Poznikhir", "PERSON")],
        ),
    ],
)
def test_a_body_s_span_run_on_over_an_officer_s_title_is_cut(text, raw, expected):
    assert _after_titles(text, raw) == expected


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        # A name of a body's words after the title.
        (
            "the Texas Governor Rick Perry Foundation gave",
            "Texas Governor Rick Perry Foundation",
            "ORG",
        ),
        (
            "The Department of Justice Civil Rights Division opened",
            "Department of Justice Civil Rights Division",
            "ORG",
        ),
        # A title naming a thing after a sovereign ("King Power", the Thai retailer).
        (
            "bought by Thai King Power International last year",
            "Thai King Power International",
            "ORG",
        ),
        # A title opening the span, and one word after the title.
        ("in Prince William County Schools", "Prince William County Schools", "GPE"),
        ("at the Geneva Hotel President Wilson", "Geneva Hotel President Wilson", "FAC"),
        # The model's person is left to the title's removal.
        ("Det Insp Marnie Rome said", "Det Insp Marnie Rome", "PERSON"),
    ],
)
def test_no_officer_s_name_after_a_title_leaves_the_span(text, raw, label):
    assert _after_titles(text, raw, label) == [(raw, label)]
