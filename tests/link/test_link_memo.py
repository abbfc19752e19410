"""The link stage remembers per-article work between calls; results must not change by it.

Every test links a corpus after some edit twice: incrementally (the memo warm from the
corpus before the edit) and from a cold start, and the two `Site`s must be equal.
"""

import dataclasses
import itertools
import random
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest

from generator.analyse.mentions.labels import kind_of_label
from generator.articles import Analysis, Article, Block, Mention, Metadata
from generator.config import parse_config
from generator.link import Linker, groups, rescan
from generator.link import memo as memos
from generator.link import text_state as memo
from generator.link.saved import SavedArticle, SavedLink, SavedWords
from generator.link.text_state import CorpusText, lower_words
from tests.helpers import record_word_counts

CONFIG = parse_config({}, Path("/site/digest.toml"))


# The linker of the running test, kept from call to call as `digest serve` keeps its one.
_linker: list[Linker] = []


@pytest.fixture(autouse=True)
def cold_start():
    start_cold()
    yield
    _linker.clear()


def start_cold() -> None:
    """Link with a new linker from now on: a cold start."""
    _linker[:] = [Linker()]


def link_site(articles, analyses, config=CONFIG):
    """The site linked by the test's linker, warm from its earlier calls."""
    return _linker[0].link(articles, analyses, config)


def mention(name, label="ORG", n=1):
    return Mention(name, kind_of_label(label), n, forms=((name, n),), labels=((label, n),))


def article(i: int, text: str) -> Article:
    date = datetime(2016, 12, 1 + i % 28, i % 24, tzinfo=UTC)
    meta = Metadata(title=f"Article {i}", date=date)
    return Article(f"a{i}.md", f"a{i}", f"Article {i}", date, meta, (Block(text),))


def linked_warm_and_cold(articles, analyses, config=CONFIG):
    """The site linked with the memo as the previous calls left it, then from a cold start."""
    warm = link_site(articles, analyses, config)
    start_cold()
    cold = link_site(articles, analyses, config)
    return warm, cold


def pages(site) -> dict[str, list[str]]:
    return {e.name: [entry.slug for entry in e.entries] for e in site.entities}


def corpus():
    texts = [
        "Vireo Steel opened a plant in Lower Pioneer on Monday.",
        "Workers at Vireo Steel went on strike.",
        "Tomas Abara visited Lower Pioneer.",
        "Prices rose in Lower Pioneer, the report said.",
    ]
    found = [
        [mention("Vireo Steel"), mention("Lower Pioneer", "GPE")],
        [mention("Vireo Steel")],
        [mention("Tomas Abara", "PERSON"), mention("Lower Pioneer", "GPE")],
        [],
    ]
    articles = [article(i, t) for i, t in enumerate(texts)]
    analyses = [Analysis(summary=(), mentions=tuple(m)) for m in found]
    return articles, analyses


def test_an_edit_without_new_names_links_as_a_cold_start_does():
    articles, analyses = corpus()
    before = link_site(articles, analyses, CONFIG)
    articles[3] = article(3, "Prices rose in Lower Pioneer. Vireo Steel raised wages.")
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert pages(warm)["Vireo Steel"] == ["a3", "a1", "a0"]
    assert pages(before)["Vireo Steel"] == ["a1", "a0"]


def test_a_name_new_to_the_corpus_is_found_in_the_other_articles_text():
    articles, analyses = corpus()
    articles[3] = article(3, "Quartz Institute said prices rose in Lower Pioneer.")
    articles[1] = article(1, "Workers at Vireo Steel went on strike, Quartz Institute said.")
    before = link_site(articles, analyses, CONFIG)
    assert "Quartz Institute" not in pages(before)
    # Article 0 now names it and the model tagged it there; the others only have the text.
    articles[0] = article(0, "Vireo Steel and Quartz Institute opened a plant in Lower Pioneer.")
    analyses[0] = Analysis((), (*analyses[0].mentions, mention("Quartz Institute")))
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert pages(warm)["Quartz Institute"] == ["a3", "a1", "a0"]


def test_a_name_the_corpus_starts_writing_in_lower_case_is_no_longer_looked_for():
    articles, analyses = corpus()
    articles[3] = article(3, "Steel prices rose, Quartz said.")
    analyses[1] = Analysis((), (*analyses[1].mentions, mention("Quartz")))
    before = link_site(articles, analyses, CONFIG)
    assert pages(before)["Quartz"] == ["a3", "a1"]
    # Two lower-case uses outnumber the one tagged mention: a common word, not a name.
    articles[2] = article(2, "Tomas Abara visited a quartz mine and a quartz shop.")
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert "Quartz" not in pages(warm)


def test_removing_an_article_and_changing_the_rules_link_as_a_cold_start_does():
    articles, analyses = corpus()
    link_site(articles, analyses, CONFIG)
    del articles[1], analyses[1]
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert pages(warm)["Vireo Steel"] == ["a0"]
    ruled = parse_config(
        {"entities": {"aliases": {"Pioneer": ["Lower Pioneer"]}, "blocklist": ["Vireo Steel"]}},
        Path("/site/digest.toml"),
    )
    warm, cold = linked_warm_and_cold(articles, analyses, ruled)
    assert warm == cold
    assert pages(warm) == {"Pioneer": ["a3", "a2", "a0"], "Tomas Abara": ["a2"]}


@pytest.fixture
def votes(monkeypatch) -> list[str]:
    """The names of the groups voted on, in order."""
    voted: list[str] = []
    vote = groups.vote_on_evidence
    monkeypatch.setattr(
        groups,
        "vote_on_evidence",
        lambda name, *rest, **kw: voted.append(name) or vote(name, *rest, **kw),
    )
    return voted


def test_a_surname_joined_across_the_corpus_is_not_joined_twice(votes):
    # "Jordan" is a place in article 0, beside "Michael Jordan": not joined there; the
    # corpus joins it to him (a person elsewhere), which must not change article 0's
    # remembered record.
    texts = ["The Chicago Bulls and Michael Jordan flew to Jordan.", "Jordan scored.", "Again."]
    found = [
        [
            mention("Chicago Bulls", n=2),
            mention("Michael Jordan", "PERSON"),
            mention("Jordan", "GPE"),
        ],
        [mention("Jordan", "PERSON")],
        [mention("Jordan", "PERSON")],
    ]
    articles = [article(i, t) for i, t in enumerate(texts)]
    analyses = [Analysis(summary=(), mentions=tuple(m)) for m in found]
    before = link_site(articles, analyses, CONFIG)
    articles[2] = article(2, "Jordan scored twice.")
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert pages(before) == pages(warm)
    assert pages(warm)["Michael Jordan"] == ["a2", "a1", "a0"]
    # Two mentions each in article 0 ("Michael Jordan" and "Jordan"; "Chicago Bulls" twice).
    first = warm.entries[-1]
    assert [ref.name for ref in first.entities] == ["Chicago Bulls", "Michael Jordan"]
    # The joined group is the same records as last call: an edit elsewhere does not vote it.
    assert_edit_votes_on_nothing(articles, analyses, 2, "Jordan scored twice again.", votes)


def copied(analysis: Analysis) -> Analysis:
    """An equal analysis made of new objects, as re-analysing an edited article gives."""
    return Analysis(analysis.summary, tuple(dataclasses.replace(m) for m in analysis.mentions))


def assert_edit_votes_on_nothing(articles, analyses, k: int, text: str, votes: list[str]):
    """Article `k` edited to `text` without a change to its names: no group is voted on
    again, and the site is the one a cold start links."""
    votes.clear()
    articles[k] = article(k, text)
    analyses[k] = copied(analyses[k])
    warm = link_site(articles, analyses, CONFIG)
    assert votes == []
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)


def count_naming(monkeypatch) -> list[int]:
    """A list that grows by one each time the test's linker names the pages afresh."""
    named: list[int] = []
    naming = _linker[0]._naming
    name = naming._name
    monkeypatch.setattr(naming, "_name", lambda *args: named.append(1) or name(*args))
    return named


def test_an_edit_that_keeps_its_names_keeps_every_page_name_and_ranking(monkeypatch):
    articles, analyses = corpus()
    link_site(articles, analyses, CONFIG)
    named = count_naming(monkeypatch)
    articles[1] = article(1, "Workers at Vireo Steel went on strike again.")
    analyses[1] = copied(analyses[1])
    warm = link_site(articles, analyses, CONFIG)
    assert named == []
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)
    # A new tag is a new topic: pages are named again.
    named = count_naming(monkeypatch)
    articles[1] = dataclasses.replace(
        articles[1], meta=dataclasses.replace(articles[1].meta, tags=("Strikes",))
    )
    warm = link_site(articles, analyses, CONFIG)
    assert named == [1]
    assert "Strikes" in pages(warm)


def test_an_edit_that_keeps_its_names_votes_on_no_group_again(votes):
    articles, analyses = corpus()
    link_site(articles, analyses, CONFIG)
    text = "Vireo Steel opened a plant in Lower Pioneer on Monday morning."
    assert_edit_votes_on_nothing(articles, analyses, 0, text, votes)
    # A name new to the article changes its records: that group alone is voted on.
    analyses[0] = Analysis((), (*analyses[0].mentions, mention("Quartz Institute")))
    votes.clear()
    warm = link_site(articles, analyses, CONFIG)
    assert votes == ["Quartz Institute", "Quartz Institute"]  # without and with given names
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)


NAMES = [
    ("Vireo Steel", "ORG"),
    ("Lower Pioneer", "GPE"),
    ("Pioneer", "GPE"),
    ("Tomas Abara", "PERSON"),
    ("Abara", "PERSON"),
    ("Sofia Sharma", "PERSON"),
    ("Sharma", "ORG"),
    ("Quartz", "ORG"),
    ("Quartz Institute", "ORG"),
    ("North Kingsway", "GPE"),
]
# Lower-case words the names also use, so that the corpus may write a name or a joined
# surname ("abara") as a common word.
WORDS = "said the report in on prices quartz pioneer abara rose strike and".split()


def random_article(rng: random.Random, i: int) -> tuple[Article, Analysis]:
    parts = [rng.choice(NAMES)[0] if rng.random() < 0.4 else rng.choice(WORDS) for _ in range(12)]
    text = " ".join(parts) + "."
    # The model tags some of the names in the text, not all.
    tagged = Counter(p for p in parts if any(p == n for n, _ in NAMES) and rng.random() < 0.6)
    labels = dict(NAMES)
    mentions = tuple(
        mention(n, labels[n] if rng.random() < 0.8 else "PERSON", k) for n, k in tagged.items()
    )
    return article(i, text), Analysis((), mentions)


def renamed(made: Article, path: str) -> Article:
    return dataclasses.replace(made, path=path)


def test_random_edits_link_as_a_cold_start_does():
    rng = random.Random(5)
    pairs = [random_article(rng, i) for i in range(12)]
    made = len(pairs)
    for _ in range(80):
        action = rng.random()
        k = rng.randrange(len(pairs))
        if action < 0.3:
            # Another article's path: two articles may share one (a feed's entries do).
            pairs[k] = random_article(rng, rng.randrange(made))
        elif action < 0.4:
            # Re-analysed after an edit that kept its names: equal records, new objects.
            edited, analysis = pairs[k]
            pairs[k] = (article(int(edited.slug[1:]), edited.text + " Again."), copied(analysis))
        elif action < 0.5:
            pairs.append(random_article(rng, made))
            made += 1
        elif action < 0.65 or len(pairs) < 4:
            pairs.insert(k, random_article(rng, made))
            made += 1
        elif action < 0.8:
            del pairs[k]
        elif action < 0.9:
            # Renamed: the same article and analysis under a new path, where it was or
            # elsewhere in the list.
            moved, analysis = pairs.pop(k)
            pairs.insert(rng.randrange(len(pairs) + 1), (renamed(moved, f"r{made}.md"), analysis))
            made += 1
        else:
            # The same articles in another order (each keeps its path).
            rng.shuffle(pairs)
        articles = [a for a, _ in pairs]
        analyses = [a for _, a in pairs]
        warm, cold = linked_warm_and_cold(articles, analyses)
        assert warm == cold


TAGS = ["Economy", "economy", "Quartz Institute", "Pioneer", "Lower Pioneer", "Strikes", ""]


def test_random_edits_with_tags_and_a_minimum_link_as_a_cold_start_does():
    rng = random.Random(8)
    config = parse_config({"entities": {"min_articles": 2}}, Path("/site/digest.toml"))

    def tagged(i: int) -> tuple[Article, Analysis]:
        made, analysis = random_article(rng, i)
        tags = tuple(rng.sample(TAGS, rng.randrange(3)))
        meta = dataclasses.replace(made.meta, tags=tags)
        return dataclasses.replace(made, meta=meta), analysis

    pairs = [tagged(i) for i in range(12)]
    made = len(pairs)
    for _ in range(60):
        action = rng.random()
        k = rng.randrange(len(pairs))
        if action < 0.3:
            pairs[k] = tagged(rng.randrange(made))
        elif action < 0.45:
            edited, analysis = pairs[k]
            pairs[k] = (
                dataclasses.replace(edited, blocks=(Block(edited.text + " Again."),)),
                copied(analysis),
            )
        elif action < 0.7 or len(pairs) < 4:
            pairs.insert(k, tagged(made))
            made += 1
        elif action < 0.85:
            del pairs[k]
        else:
            moved, analysis = pairs.pop(k)
            pairs.insert(rng.randrange(len(pairs) + 1), (renamed(moved, f"r{made}.md"), analysis))
            made += 1
        warm, cold = linked_warm_and_cold([a for a, _ in pairs], [a for _, a in pairs], config)
        assert warm == cold


def test_the_remembered_word_counts_and_spans_equal_fresh_ones():
    rng = random.Random(7)
    texts = [
        " ".join(rng.choice([*WORDS, "Quartz", "Pioneer"]) for _ in range(9)) for _ in range(6)
    ]
    index = rescan.build_index([("Quartz",), ("Lower", "Pioneer"), ("Pioneer",)])
    kept = CorpusText()
    for step in range(10):
        texts[step % len(texts)] = texts[(step * 3) % len(texts)] + " Lower Pioneer quartz"
        if step == 5:
            index = rescan.build_index([("Quartz", "Institute"), ("Pioneer",)])
        counts = kept.lowercase_words(texts)
        spans = kept.find_spellings(texts, index)
        assert counts == Counter(w for t in texts for w in lower_words(t))
        assert [[s[:3] for s in found] for found in spans] == [rescan.find(t, index) for t in texts]


def test_the_remembered_untagged_spans_equal_fresh_ones():
    rng = random.Random(11)
    spellings = [("Quartz",), ("Lower", "Pioneer"), ("Pioneer",), ("Vireo", "Steel")]
    texts = [" ".join(rng.choice([*WORDS, "Quartz"]) for _ in range(9)) for _ in range(6)]
    tagged = [frozenset() for _ in texts]
    owners = {s: " ".join(s).lower() for s in spellings}
    moved = 0
    warm = CorpusText()
    for step in range(12):
        texts[step % len(texts)] += " Pioneer and Vireo Steel"
        if step % 3 == 1:
            # A spelling changes entity, and an article's tagged keys change.
            owners = {**owners, ("Pioneer",): f"entity {step}"}
            tagged[step % len(tagged)] = frozenset({"vireo steel"})
        index = rescan.build_index(owners)
        remembered = warm.untagged_spans(warm.find_spellings(texts, index), tagged, owners)
        cold = CorpusText()
        fresh = cold.untagged_spans(cold.find_spellings(texts, index), tagged, owners)
        assert remembered == fresh
        for kept, keys in zip(fresh, tagged, strict=True):
            assert all(key not in keys for *_, key in kept)
        moved += sum(
            owner == owners[("Pioneer",)] != "pioneer" for k in fresh for _, _, owner, _ in k
        )
    assert moved > 0


def test_stable_values_keep_last_calls_object_only_for_the_same_id_and_an_equal_value():
    keep = memos.Stable()
    first = keep([1, 2], [tuple("ab"), tuple("c")])
    again = keep([1, 2], [tuple("ab"), tuple("cd")])
    assert again[0] is first[0]  # equal value, same id: last call's object
    assert again[1] == ("c", "d")
    other = keep([0, 2, 3], [tuple("ab"), tuple("cd"), tuple("ab")])
    assert other[0] is not first[0]  # another id: its own object
    assert other[1] is again[1]
    assert other[2] is not first[0]


def test_inverted_maps_equal_a_fresh_inversion_and_keep_untouched_keys():
    rng = random.Random(11)
    keep = memos.Inverted()

    def fresh(maps):
        out: dict = {}
        for i, found in enumerate(maps):
            for key, value in found.items():
                out.setdefault(key, {})[i] = value
        return out

    maps = [{rng.choice("abcdef"): rng.randrange(3) for _ in range(3)} for _ in range(20)]
    last = keep(maps)
    kept = 0
    for _ in range(60):
        maps = list(maps)
        k = rng.randrange(len(maps))
        before = maps[k]
        action = rng.random()
        if action < 0.6:
            maps[k] = {rng.choice("abcdefg"): rng.randrange(3) for _ in range(rng.randrange(4))}
        elif action < 0.8:
            maps.insert(k, {rng.choice("abc"): 1})
        elif len(maps) > 2:
            del maps[k]
        now = keep(maps)
        expected = fresh(maps)
        assert now == expected
        assert all(list(now[key]) == list(expected[key]) for key in now)  # positions in order
        if action < 0.6:
            # One map replaced: the keys it did not hold, before or now, keep their dicts.
            for key in now.keys() - before.keys() - maps[k].keys():
                assert now[key] is last[key]
                kept += 1
        last = now
    assert kept > 20


def test_adding_or_deleting_an_article_redoes_only_the_groups_it_names(votes):
    articles, analyses = corpus()
    extra = article(9, "Tomas Abara spoke.")
    link_site(articles, analyses, CONFIG)
    before = {e.name: e for e in link_site(articles, analyses, CONFIG).entities}
    # Inserted first, so every other article's position moves; their numbers do not.
    articles.insert(0, extra)
    analyses.insert(0, Analysis((), (mention("Tomas Abara", "PERSON"),)))
    votes.clear()
    warm = link_site(articles, analyses, CONFIG)
    assert set(votes) == {"Tomas Abara"}
    after = {e.name: e for e in warm.entities}
    assert after["Vireo Steel"] is before["Vireo Steel"]
    assert after["Tomas Abara"] is not before["Tomas Abara"]
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)
    link_site(articles, analyses, CONFIG)
    del articles[0], analyses[0]
    votes.clear()
    warm = link_site(articles, analyses, CONFIG)
    assert set(votes) == {"Tomas Abara"}
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)


def test_numbers_follow_the_keys_and_increase_along_them():
    rng = random.Random(3)
    number = memos.Numbering()
    keys = [f"k{i}" for i in range(8)]
    assert number(keys) == list(range(8))
    made = len(keys)
    afresh = 0
    for step in range(200):
        last = dict(zip(keys, number(keys), strict=True))
        keys = list(keys)
        action = rng.random()
        if step < 80 or action < 0.6:
            # Many additions at one place use up the room between two numbers.
            where = 3 if step < 80 else rng.randrange(len(keys) + 1)
            keys[where:where] = [f"k{made + j}" for j in range(rng.randrange(1, 3))]
            made += 3
        elif action < 0.95 and len(keys) > 2:
            del keys[rng.randrange(len(keys))]
        else:
            rng.shuffle(keys)
        numbers = number(keys)
        assert all(a < b for a, b in itertools.pairwise(numbers))
        if numbers == list(range(len(keys))):
            afresh += 1
        else:
            # Every key that was there keeps its number.
            assert all(last[key] == n for key, n in zip(keys, numbers, strict=True) if key in last)
        if step == 79:
            assert afresh > 0


def test_per_id_results_equal_fresh_ones_and_redo_only_what_changed():
    computed = []
    keep = memos.PerId(lambda item, given: computed.append(item) or (item, given))
    items = [object() for _ in range(5)]
    ids = [0, 1, 2, 3, 4]
    assert keep(ids, items, "g", "g") == [(item, "g") for item in items]
    computed.clear()
    items[2] = object()
    moved_ids = [0, 1, 2, 3.5, 4]  # article 3 deleted, one added
    items[3] = object()
    assert keep(moved_ids, items, "g", "g") == [(item, "g") for item in items]
    assert computed == [items[2], items[3]] or computed == [items[3], items[2]]
    computed.clear()
    assert keep(moved_ids, items, "g", "g", redo=[0]) == [(item, "g") for item in items]
    assert computed == [items[0]]
    assert keep(moved_ids, items, "h", "h") == [(item, "h") for item in items]


def test_remembered_lower_case_counts_follow_texts_that_come_and_go():
    rng = random.Random(4)
    texts = {i: " ".join(rng.choice(WORDS) for _ in range(6)) for i in range(6)}
    made = len(texts)
    kept = CorpusText()
    for _ in range(40):
        action = rng.random()
        if action < 0.4 or len(texts) < 3:
            texts[made] = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8)))
            made += 1
        elif action < 0.7:
            del texts[rng.choice(list(texts))]
        else:
            texts[rng.choice(list(texts))] += " quartz Rose and"
        ids = sorted(texts)
        counts = kept.lowercase_words([texts[i] for i in ids], ids)
        assert counts == Counter(w for i in ids for w in lower_words(texts[i]))


def test_unchanged_gives_last_result_only_while_every_input_is_the_same():
    calls = []
    keep = memos.Unchanged(lambda ids, columns, given: calls.append(1) or (list(ids), given))
    values = [object(), object(), object()]
    assert keep(["a", "b", "c"], (values,), 1, 1) == (["a", "b", "c"], 1)
    assert keep(["a", "b", "c"], (list(values),), 1, 1) == (["a", "b", "c"], 1)
    assert len(calls) == 1
    assert keep(["a", "c"], ([values[0], values[2]],), 1, 1) == (["a", "c"], 1)
    assert keep(["a", "c"], ([values[0], object()],), 1, 1) == (["a", "c"], 1)
    assert keep(["a", "c"], ([values[0], values[2]],), 2, 2) == (["a", "c"], 2)
    assert len(calls) == 4


def test_a_surname_the_corpus_starts_writing_in_lower_case_is_no_longer_looked_for():
    texts = ["Tomas Abara visited Lower Pioneer. Abara said.", "Abara spoke again.", "Prices rose."]
    found = [[mention("Tomas Abara", "PERSON"), mention("Abara", "PERSON")], [], []]
    articles = [article(i, t) for i, t in enumerate(texts)]
    analyses = [Analysis(summary=(), mentions=tuple(m)) for m in found]
    before = link_site(articles, analyses, CONFIG)
    assert pages(before)["Tomas Abara"] == ["a1", "a0"]
    # Nothing the model tagged changes; the spelling "Abara" is now a common word too.
    articles[2] = article(2, "Prices rose, abara said.")
    warm, cold = linked_warm_and_cold(articles, analyses)
    assert warm == cold
    assert pages(warm)["Tomas Abara"] == ["a0"]


def test_articles_prepared_again_with_the_same_text_are_not_read_again(monkeypatch):
    articles, analyses = corpus()
    link_site(articles, analyses, CONFIG)
    read = []
    find, words = rescan.find, memo._LOWER_WORD
    monkeypatch.setattr(rescan, "find", lambda text, index: read.append(text) or find(text, index))
    monkeypatch.setattr(memo, "_LOWER_WORD", Counted(words, read))
    # Equal articles, new objects: their texts are new strings with the same words.
    articles = [
        dataclasses.replace(a, blocks=tuple(Block("".join(list(b.text))) for b in a.blocks))
        for a in articles
    ]
    warm = link_site(articles, analyses, CONFIG)
    assert read == []
    start_cold()
    assert warm == link_site(articles, analyses, CONFIG)
    assert len(read) == 2 * len(articles)  # scanned and counted by the cold start


class Counted:
    """A compiled pattern whose `findall` notes the texts it reads."""

    def __init__(self, pattern, read: list):
        self._pattern, self._read = pattern, read

    def findall(self, text):
        self._read.append(text)
        return self._pattern.findall(text)


def _through_json(value, kind):
    """`value` as the build state gives it back to the next process (msgspec JSON)."""
    return msgspec.json.decode(msgspec.json.encode(value), type=kind)


def test_a_new_linker_from_saved_parts_counts_only_the_texts_that_changed(monkeypatch):
    # A new process's first call starts the corpus's lower-case word count from the saved
    # one: texts gone or edited since come out by their saved counts, and only new texts
    # are counted. Copies (one digest, several articles) count once each.
    rng = random.Random(11)
    pairs = [random_article(rng, i) for i in range(10)]
    pairs.append((renamed(pairs[0][0], "copy-a.md"), pairs[0][1]))
    pairs.append((renamed(pairs[0][0], "copy-b.md"), pairs[0][1]))
    first = Linker()
    first.link([a for a, _ in pairs], [a for _, a in pairs], CONFIG)
    changes = first.stored()
    saved = SavedLink(
        changes.index,
        {d: _through_json(part, SavedArticle) for d, part in changes.parts.items()},
        changes.votes,
        _through_json(changes.words, SavedWords),
    )
    rows = _through_json(dict(changes.word_counts), dict[str, dict[str, int]])
    assert set(rows) == {a.digest for a, _ in pairs}

    edited, analysis = pairs[3]
    pairs[3] = (article(3, edited.text + " the strike rose again."), copied(analysis))
    deleted = pairs.pop(5)[0]
    del pairs[-2:]  # both copies: their digest's counts come out twice
    pairs.append(random_article(rng, 20))
    articles, analyses = [a for a, _ in pairs], [a for _, a in pairs]

    read = []

    def word_counts(digests):
        read.append(set(digests))
        return {d: rows[d] for d in digests}

    counted = record_word_counts(monkeypatch)
    second = Linker()
    second.restore(saved, word_counts)
    warm = second.link(articles, analyses, CONFIG)
    assert sorted(counted) == sorted([articles[3].text, articles[-1].text])
    # What went: the edited article's last version, the deleted one, the copies.
    assert read == [{edited.digest, deleted.digest, articles[0].digest}]
    cold = Linker()
    assert warm == cold.link(articles, analyses, CONFIG)
    assert second._resolver.lowercase_total() == cold._resolver.lowercase_total()


def _saved(linker: Linker) -> SavedLink:
    """What `linker` saved, as the next process reads it back."""
    changes = linker.stored()
    return SavedLink(
        changes.index,
        {d: _through_json(part, SavedArticle) for d, part in changes.parts.items()},
        changes.votes,
        _through_json(changes.words, SavedWords),
    )


def test_a_new_linker_from_saved_parts_files_a_surname_under_the_first_named_as_a_cold_one():
    # "Alessandra Mussolini ... her grandfather Benito Mussolini ... Mussolini": the surname
    # alone is the person the article names first (`fragments.first_named`, without which
    # it would have a page of its own), a part saved per article. A new process seeded with
    # the parts, after an edit of another article, links as a cold start.
    texts = [
        "Alessandra Mussolini spoke first. Her grandfather Benito Mussolini ruled Italy for"
        " years. The old regime fell. Mussolini spoke again in 2004.",
        "Alessandra Mussolini, a politician, spoke in Rome. Her party lost.",
        "Prices rose in Rome on Monday.",
    ]
    articles = [article(i, text) for i, text in enumerate(texts)]
    people = [("Alessandra Mussolini", "Benito Mussolini", "Mussolini"), ("Alessandra Mussolini",)]
    analyses = [Analysis((), tuple(mention(name, "PERSON") for name in names)) for names in people]
    analyses.append(Analysis((), (mention("Rome", "GPE"),)))
    first = Linker()
    first.link(articles, analyses, CONFIG)
    saved = _saved(first)
    assert any(part.first_named for part in saved.articles.values())
    articles[2] = article(2, "Prices rose in Rome on Tuesday.")
    second = Linker()
    second.restore(saved)
    warm = second.link(articles, analyses, CONFIG)
    assert warm == Linker().link(articles, analyses, CONFIG)
    named = {e.name: sorted(entry.slug for entry in e.entries) for e in warm.entities}
    assert named == {
        "Alessandra Mussolini": ["a0", "a1"],
        "Benito Mussolini": ["a0"],
        "Rome": ["a1", "a2"],
    }
