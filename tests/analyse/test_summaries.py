"""The news summariser through `summarize` and the analyse stage: order, length control,
languages, and one build that shows front-matter lengths and language warnings."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer

from generator.analyse import AnalysisSettings, article_summary, summarise_article
from generator.analyse.summaries import ALGORITHMS, Length, build_document, summarize
from generator.analyse.summaries.coverage import choose, coverage, term_weights
from generator.analyse.summaries.news import NewsSummarizer
from generator.articles import Article, Block, Metadata
from generator.text.tokenize import tokenizer_for
from tests.helpers import build_dir, make_site

# Written for this test: a lead, a quotation without a speaker, a question, a caption
# prompt, a near-repeat of the lead and background further down.
ENGLISH = [
    "The city council approved a plan on Tuesday to rebuild the flooded river bridge by "
    "next summer.",
    "'It will be the best bridge in the region and everyone will be proud of it.'",
    "Will the money be enough?",
    "Scroll down for video Engineers inspect the damaged bridge supports after the flood",
    "The council approved the plan to rebuild the flooded bridge on Tuesday night.",
    "Work on the new bridge will start in March and cost about twelve million euros.",
    "Traffic will use a temporary crossing downstream while the old bridge is removed.",
    "Shops near the bridge said the closure had cut their trade by half since January.",
]

# Written for this test (German): the first three sentences carry the news.
GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die vom Hochwasser beschädigte Brücke bis "
    "zum nächsten Sommer neu zu bauen.",
    "Die Arbeiten sollen im März beginnen und etwa zwölf Millionen Euro kosten.",
    "Während des Abrisses der alten Brücke fährt der Verkehr über eine Behelfsbrücke flussabwärts.",
    "Die Geschäfte in der Nähe der Brücke klagen seit Januar über deutlich weniger Kunden.",
    "Der Bürgermeister versprach, die Händler mit einem Hilfsfonds zu unterstützen.",
]


def news(paragraphs, length=None, language="english"):
    return summarize(paragraphs, language, "news", length or Length(3))


def test_news_is_a_sumy_summarizer_and_every_stock_algorithm_stays_selectable():
    assert issubclass(NewsSummarizer, AbstractSummarizer)
    assert {"news", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "lead"} <= set(
        ALGORITHMS
    )
    document = build_document(ENGLISH, tokenizer_for("english"))
    chosen = NewsSummarizer(Stemmer("english"))(document, 2)
    assert [str(s) for s in chosen] == [ENGLISH[0], ENGLISH[5]]


def test_news_skips_filtered_and_redundant_sentences_and_keeps_article_order():
    summary = news(ENGLISH)
    assert summary == (ENGLISH[0], ENGLISH[5], ENGLISH[6])


def test_sentence_count_and_word_budget():
    assert len(news(ENGLISH, Length(2))) == 2
    # Four sentences pass the filters and the redundancy rule: asking for more pads nothing.
    assert (
        news(ENGLISH, Length(5))
        == news(ENGLISH, Length(4))
        == tuple(ENGLISH[i] for i in (0, 5, 6, 7))
    )
    budget = news(ENGLISH, Length(5, words=30))
    assert sum(len(tokenizer_for("english").to_words(s)) for s in budget) <= 30
    assert budget[0] == ENGLISH[0]
    # The first sentence is kept even when it alone is over the budget.
    assert news(ENGLISH, Length(3, words=3)) == (ENGLISH[0],)


def test_every_algorithm_returns_sentences_of_the_article_in_order():
    for algorithm in ALGORITHMS:
        summary = summarize(ENGLISH, "english", algorithm, Length(3))
        positions = [ENGLISH.index(s) for s in summary]
        assert positions == sorted(positions) and len(positions) == 3, algorithm


def article(paragraphs, **meta) -> Article:
    return Article(
        "a.md",
        "a",
        "A",
        datetime(2016, 12, 1, tzinfo=UTC),
        Metadata(**meta),
        tuple(Block(p) for p in paragraphs),
    )


SETTINGS = AnalysisSettings("en", "news", Length(3), model="")


def test_front_matter_length_overrides_the_site_setting():
    assert len(article_summary(article(ENGLISH), SETTINGS)) == 3
    assert len(article_summary(article(ENGLISH, summary_sentences=1), SETTINGS)) == 1
    limited = article_summary(article(ENGLISH, summary_sentences=4, summary_words=40), SETTINGS)
    assert 1 <= len(limited) < 4


def test_german_article_uses_german_rules():
    summary, warnings = summarise_article(article(GERMAN, lang="de"), SETTINGS)
    assert warnings == ()
    assert summary == tuple(GERMAN[:3])
    # German stop words: "die", "der" do not make sentences look alike to the redundancy rule.
    assert news(GERMAN, language="german") == tuple(GERMAN[:3])


def test_french_site_language_applies_to_articles_without_lang():
    french = [
        "Le conseil municipal a décidé mardi de reconstruire le pont détruit par la crue.",
        "Les travaux commenceront en mars et coûteront environ douze millions d'euros.",
        "Pendant la démolition, la circulation passera par un pont provisoire en aval.",
        "Les commerçants du quartier se plaignent d'une forte baisse de leur clientèle.",
    ]
    settings = AnalysisSettings("fr", "news", Length(2), model="")
    summary, warnings = summarise_article(article(french), settings)
    assert summary == tuple(french[:2]) and warnings == ()


def test_unsupported_language_falls_back_to_lead_with_a_warning():
    text = ["Câu thứ nhất nói về cây cầu mới. Câu thứ hai nói về chi phí xây dựng.", "Câu ba."]
    summary, warnings = summarise_article(article(text, lang="vi"), SETTINGS)
    assert summary == (
        "Câu thứ nhất nói về cây cầu mới.",
        "Câu thứ hai nói về chi phí xây dựng.",
        "Câu ba.",
    )
    assert len(warnings) == 1 and "'vi'" in warnings[0]
    # Estonian has a Punkt model but no sumy stemmer: also lead, also a warning.
    _, warnings = summarise_article(article(GERMAN, lang="et"), SETTINGS)
    assert warnings and "'et'" in warnings[0]


def test_build_honours_front_matter_length_and_reports_language_fallback(tmp_path):
    body = "\n\n".join(ENGLISH)
    files = {
        "short.md": f"---\ntitle: Short\ndate: 2016-12-01\nsummary_sentences: 1\n---\n\n{body}\n",
        "words.md": f"---\ntitle: Words\ndate: 2016-12-02\nsummary_words: 30\n---\n\n{body}\n",
        "default.md": f"---\ntitle: Default\ndate: 2016-12-03\n---\n\n{body}\n",
        "german.md": "---\ntitle: Brücke\ndate: 2016-12-04\nlang: de\n---\n\n"
        + "\n\n".join(GERMAN),
        "other.md": "---\ntitle: Other\ndate: 2016-12-05\nlang: xx\n---\n\n" + body,
    }
    make_site(tmp_path, files, "[summary]\nsentences = 2\n")
    result = build_dir(tmp_path)
    data = json.loads((tmp_path / "site/api/articles.json").read_text(encoding="utf-8"))
    summaries = {a["title"]: a["summary"] for a in data}
    assert summaries["Short"] == [ENGLISH[0]]
    assert summaries["Default"] == [ENGLISH[0], ENGLISH[5]]
    assert summaries["Words"] and sum(len(s.split()) for s in summaries["Words"]) <= 30
    assert summaries["Brücke"] == GERMAN[:2]
    assert summaries["Other"] == ENGLISH[:2]
    messages = [str(p) for p in result.warnings]
    assert any("other.md" in m and "'xx'" in m for m in messages), messages
    assert not any("german.md" in m for m in messages), messages


def test_boilerplate_lines_never_reach_a_news_summary():
    # Even when cleaning misses them, lines without a full stop cannot be chosen.
    junk = ["Share this article", "Irish Independent", "Post a Comment", "Read more: Bridge news"]
    summary = news([*junk, *ENGLISH, *junk], Length(5))
    assert summary and not set(summary) & set(junk)


def test_centrality_is_sumy_lexrank():
    summarizer = NewsSummarizer(Stemmer("english"))
    document = build_document(ENGLISH + GERMAN, tokenizer_for("english"))
    terms = [summarizer._to_words_set(s) for s in document.sentences]
    tf, idf = summarizer._compute_tf(terms), summarizer._compute_idf(terms)
    matrix = summarizer._create_matrix(terms, summarizer.threshold, tf, idf)
    expected = summarizer.power_method(matrix, summarizer.epsilon)
    assert summarizer.centrality(terms) == pytest.approx(list(expected))


def test_sentences_without_content_words_do_not_break_centrality():
    summarizer = NewsSummarizer(Stemmer("english"))
    summarizer.stop_words = ("it", "is", "what", "was", "and", "so")
    document = build_document(["It is what it was. And so it is."], tokenizer_for("english"))
    terms = [summarizer._to_words_set(s) for s in document.sentences]
    assert terms == [[], []]
    first, second = summarizer.centrality(terms)
    assert first == pytest.approx(second) and first > 0  # not NaN


def test_news_mends_sentence_splits_and_lead_keeps_the_tokenizer_s():
    paragraphs = [
        "Blues legend B.B. King was taken to hospital in Las Vegas on Friday night.",
        "His daughter said he was much better and would be home by the weekend.",
    ]
    summary = news(paragraphs, Length(1))
    assert summary == (
        "Blues legend B.B. King was taken to hospital in Las Vegas on Friday night.",
    )
    lead = summarize(paragraphs, "english", "lead", Length(1))
    assert lead != summary


# Written for this test: a hook that opens the article and shares no word with the rest,
# then sentences that keep coming back to the kite, the festival and its sections.
HOOK = [
    "As attempts to break records go, this one was pretty impressive.",
    "A kite measuring six kilometres flew over the festival in Chongqing on Saturday.",
    "Organisers said the kite was made of two thousand sections joined by hand.",
    "Only half of the sections flew because controllers worried about flights nearby.",
    "The festival in Chongqing draws kite makers from across China every spring.",
    "Rain meant the makers could barely see the sections flying over the festival.",
    "Organisers and controllers said flights nearby were never in danger.",
]


def test_a_hook_with_nothing_the_article_comes_back_to_gives_way_to_the_next_sentence():
    assert news(HOOK) == tuple(HOOK[1:4])
    # Lead-3 and the same sentences without the fourth keep the hook.
    assert summarize(HOOK, "english", "lead", Length(3)) == tuple(HOOK[:3])
    assert news(HOOK[:3] + HOOK[4:5]) == tuple(HOOK[:3])


def test_coverage_counts_recurring_terms_once():
    terms = [["kite", "hook"], ["kite", "festival"], ["festival", "kite", "rain"]]
    weights = term_weights(terms)
    assert set(weights) == {"kite", "festival"}  # "hook" and "rain" occur once
    assert weights["kite"] > weights["festival"]
    assert coverage([terms[1], terms[2]], weights) == pytest.approx(coverage([terms[1]], weights))
    assert coverage([terms[0]], weights) == pytest.approx(weights["kite"])


def test_choose_replaces_the_lead_only_by_a_clear_margin():
    terms = [["x"], ["a", "b"], ["c"], ["d", "e"], ["a", "d"], ["b", "e", "c"]]
    weights = term_weights(terms)
    ranked = [0, 1, 2, 3, 4, 5]
    # {1, 2, 3} covers a to e, five terms of equal weight; the lead {0, 1, 2} three.
    assert choose(ranked, terms, 3, weights) == [1, 2, 3, 0, 4, 5]
    assert choose(ranked, terms, 3, weights, margin=1.0) == ranked
    # The window reaches one sentence beyond the summary: sentence 4 is never considered.
    assert choose(ranked, terms, 2, weights, reach=0) == ranked
    assert choose(ranked[:3], terms, 3, weights) == ranked[:3]


def test_a_set_covering_a_fifth_more_than_the_lead_does_not_replace_it():
    terms = [["a"], ["b", "c"], ["d", "e"], ["f", "g"], ["a", "b", "c", "d"], ["e", "f", "g"]]
    weights = term_weights(terms)
    # The lead covers five terms of equal weight, {1, 2, 3} six: not a clear margin.
    assert choose([0, 1, 2, 3], terms, 3, weights) == [0, 1, 2, 3]
    assert choose([0, 1, 2, 3], terms, 3, weights, margin=0.1) == [1, 2, 3, 0]
