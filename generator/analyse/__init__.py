"""The analyse stage: summary and entity mentions for each article.

`analyse_article` is a pure function of an article's cleaned text, its metadata and the
settings, so its results can be cached by content hash and computed in any order or process.
`analyse_articles` runs it over many articles, batching the spaCy calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.analyse.length import Length
from generator.analyse.mentions import extract_mentions
from generator.articles import Analysis, Article, Mention
from generator.config import Config
from generator.text.languages import language_name
from generator.text.tokenize import tokenizer_for


@dataclass(frozen=True)
class AnalysisSettings:
    """Every setting that changes what analysis produces (and so belongs in a cache key)."""

    language: str
    algorithm: str
    length: Length
    model: str

    @classmethod
    def from_config(cls, config: Config) -> AnalysisSettings:
        return cls(
            language=config.site.language,
            algorithm=config.summary.algorithm,
            length=Length(config.summary.sentences, config.summary.words),
            model=config.entities.model,
        )


def analysis_input(article: Article) -> tuple:
    """Everything of an article that its analysis reads: the paragraphs' text, the language
    and the summary settings of its metadata. Its title, date, tags, source and file are
    not among them, so editing those keeps its cached analysis."""
    meta = article.meta
    paragraphs = tuple(b.text for b in article.blocks)
    return (paragraphs, meta.lang, meta.summary, meta.summary_sentences, meta.summary_words)


def article_summary(article: Article, settings: AnalysisSettings) -> tuple[str, ...]:
    """The summary sentences: the article's own `summary` when it has one, else extracted."""
    return summarise_article(article, settings)[0]


def summarise_article(
    article: Article, settings: AnalysisSettings
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The summary sentences and the warnings about them.

    An article in a language sumy has no stemmer and stop words for (or an unknown code)
    gets its first sentences, with a warning, rather than a summary made with English rules.
    """
    # Imported here: sumy and NLTK take a good part of a second to import, and a build
    # whose analyses all come from the cache never needs them.
    from generator.analyse.summaries import summarize, supports

    language = language_name(article.meta.lang, settings.language)
    tokenizer = tokenizer_for(language or "english")
    if article.meta.summary:
        summary = tuple(
            s for p in article.meta.summary.splitlines() for s in tokenizer.to_sentences(p)
        )
        return summary, ()
    length = Length(
        article.meta.summary_sentences or settings.length.sentences,
        article.meta.summary_words
        if article.meta.summary_words is not None
        else settings.length.words,
    )
    algorithm, warnings = settings.algorithm, ()
    if algorithm != "lead" and (language is None or not supports(language)):
        code = article.meta.lang or settings.language
        algorithm = "lead"
        warnings = (f"no summariser for language '{code}'; the summary is the first sentences",)
    paragraphs = [b.text for b in article.blocks]
    if sum(map(len, paragraphs)) > SUMMARY_CHARS:
        paragraphs = _opening(paragraphs, SUMMARY_CHARS)
        warnings = (
            *warnings,
            f"article longer than {SUMMARY_CHARS:,} characters; its summary is chosen "
            f"from the first {SUMMARY_CHARS:,}",
        )
    return summarize(paragraphs, language or "english", algorithm, length), warnings


# The summarisers compare sentences pairwise, so their time and memory grow with the square
# of an article's length (docs/reliability.md has the figures): a summary is chosen among
# the sentences of an article's first this many characters.
SUMMARY_CHARS = 100_000


def _opening(paragraphs: list[str], limit: int) -> list[str]:
    """The paragraphs that fit in `limit` characters, the last one cut at a space."""
    kept, room = [], limit
    for paragraph in paragraphs:
        if len(paragraph) > room:
            cut = paragraph.rfind(" ", 0, room)
            if cut > 0:
                kept.append(paragraph[:cut])
            break
        kept.append(paragraph)
        room -= len(paragraph)
    return kept


def analyse_article(
    article: Article, settings: AnalysisSettings, mentions: tuple[Mention, ...]
) -> Analysis:
    """Combine the summary with entity mentions already extracted from the article's text."""
    summary, warnings = summarise_article(article, settings)
    return Analysis(summary=summary, mentions=mentions, warnings=warnings)


def analyse_articles(
    articles: Sequence[Article],
    settings: AnalysisSettings,
    progress: Callable[[int], None] | None = None,
) -> list[Analysis]:
    """Analyse every article, in order; `progress` is called with the count done so far."""
    results = []
    texts = (a.text for a in articles)
    for done, (article, mentions) in enumerate(
        zip(articles, extract_mentions(texts, settings.model), strict=True), start=1
    ):
        results.append(analyse_article(article, settings, mentions))
        if progress:
            progress(done)
    return results
