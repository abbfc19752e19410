"""ROUGE of every summariser on a JSON Lines file of articles with reference summaries.

Each line is `{"id", "article", "summary"}`. Every article goes through the build's own
path: the plain-text reader, the clean stage (with boilerplate counted over the whole
file, as over a content folder) and `analyse.article_summary` with the same settings a
`digest.toml` would give. Scores are ROUGE F1 from the `rouge-score` package with
stemming; RLsum compares sentence lists (one sentence per line, references split by the
same Punkt tokenizer). Time is the summary step alone, per article.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.analyse import AnalysisSettings, article_summary
from generator.analyse.summaries import ALGORITHMS, DEFAULT_ALGORITHM, Length
from generator.articles import Article
from generator.clean import prepare_articles
from generator.evaluate import SHARED_DATA, json_lines, missing_default_set
from generator.load.readers import Source
from generator.load.readers.text import read_text
from generator.problems import Problems
from generator.text.languages import language_name
from generator.text.plural import counted
from generator.text.tokenize import tokenizer_for

METRICS = ("rouge1", "rouge2", "rougeLsum")
# The set the figures in docs/summaries.md are measured on, and the repository's own
# small set of original articles (what to use without ../shared).
DEFAULT_SET = SHARED_DATA / "summarization" / "cnndm_test_frank.jsonl"
FIXTURE = "tests/fixtures/summaries.jsonl"
SHAPE = '{"id", "article", "summary"}'


@dataclass(frozen=True)
class Row:
    """One summariser's scores (F1, in percent) and its speed."""

    algorithm: str
    rouge1: float
    rouge2: float
    rouge_lsum: float
    ms_per_article: float


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m generator.evaluate summaries`."""
    parser.add_argument(
        "path",
        type=Path,
        nargs="?",
        default=DEFAULT_SET,
        help='JSON Lines file of {"id","article","summary"} (default: the CNN/DailyMail '
        "development set in ../shared/data)",
    )
    parser.add_argument(
        "--algorithms",
        nargs="+",
        choices=ALGORITHMS,
        default=list(ALGORITHMS),
        metavar="NAME",
        help=f"summarisers to score (default: all of {', '.join(ALGORITHMS)})",
    )
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    parser.add_argument("--words", type=int, default=0, help="word budget (default none)")
    parser.add_argument("--language", default="en", help="site language (default en)")


def run(args: argparse.Namespace) -> int:
    """Print the table; 2 when the input cannot be used."""
    if args.path == DEFAULT_SET and not DEFAULT_SET.is_file():
        print(missing_default_set(DEFAULT_SET, "summaries", SHAPE, FIXTURE), file=sys.stderr)
        return 2
    try:
        rows = read_rows(args.path, args.limit)
    except (OSError, ValueError) as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return 2
    if importlib.util.find_spec("rouge_score") is None:
        print("error: needs rouge-score: pip install 'news-digest[eval]'", file=sys.stderr)
        return 2
    language = language_name(args.language)
    if language is None:
        print(f"error: unknown language {args.language!r}", file=sys.stderr)
        return 2
    articles, references = prepare(rows, args.language)
    reference_sentences = [sentence_lines(r, language) for r in references]
    length = Length(args.sentences, args.words)
    print(
        f"{counted(len(articles), 'article')} from {args.path}, "
        f"{counted(args.sentences, 'sentence')}"
    )
    print(table_header())
    for algorithm in args.algorithms:
        row = score(algorithm, articles, reference_sentences, args.language, length)
        print(table_line(row, args.sentences))
        sys.stdout.flush()
    return 0


def read_rows(path: Path, limit: int = 0) -> list[dict]:
    """The JSON objects of a JSON Lines file; ValueError names the first bad line."""
    rows = []
    for _, row in json_lines(path, ("id", "article", "summary")):
        rows.append(row)
        if limit and len(rows) == limit:
            break
    return rows


def prepare(rows: Sequence[dict], language: str) -> tuple[list[Article], list[str]]:
    """Articles as the clean stage leaves them, with their references, in file order."""
    raw = []
    for index, row in enumerate(rows):
        # The index keeps paths unique and in file order even when ids repeat.
        source = Source(f"{index:06d}-{row['id']}.txt", str(row["article"]), 0.0)
        raw.extend(read_text(source))
    by_path = {a.path: a for a in prepare_articles(raw, language, Problems())}
    kept = [(by_path[r.path], row) for r, row in zip(raw, rows, strict=True) if r.path in by_path]
    return [a for a, _ in kept], [str(row["summary"]) for _, row in kept]


def sentence_lines(text: str, language: str) -> str:
    """A text as one sentence per line, the form ROUGE-Lsum compares."""
    tokenizer = tokenizer_for(language)
    return "\n".join(s for line in text.splitlines() for s in tokenizer.to_sentences(line))


def score(
    algorithm: str,
    articles: Sequence[Article],
    references: Sequence[str],
    language: str,
    length: Length,
) -> Row:
    """Summarise every article with `algorithm` and score it against its reference."""
    # rouge-score is the optional `eval` extra, so it is imported only when scoring.
    from rouge_score import rouge_scorer

    settings = AnalysisSettings(language, algorithm, length, model="")
    if articles:
        # Loading stop words and building the summariser happen once per build, not per
        # article: keep them out of the per-article time.
        article_summary(articles[0], settings)
    summaries = []
    started = time.perf_counter()
    for article in articles:
        summaries.append("\n".join(article_summary(article, settings)))
    elapsed = time.perf_counter() - started
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = dict.fromkeys(METRICS, 0.0)
    for reference, summary in zip(references, summaries, strict=True):
        scores = scorer.score(reference, summary)
        for metric in METRICS:
            totals[metric] += scores[metric].fmeasure
    n = max(len(articles), 1)
    r1, r2, rl = (100 * totals[m] / n for m in METRICS)
    return Row(algorithm, r1, r2, rl, 1000 * elapsed / n)


def table_header() -> str:
    """The Markdown table's header."""
    return "| algorithm | R1 | R2 | RLsum | ms/article |\n|---|---|---|---|---|"


def table_line(row: Row, sentences: int = 3) -> str:
    """One row of the Markdown table."""
    name = f"lead (Lead-{sentences})" if row.algorithm == "lead" else row.algorithm
    if row.algorithm == DEFAULT_ALGORITHM:
        name += " (default)"
    return (
        f"| {name} | {row.rouge1:.2f} | {row.rouge2:.2f} | {row.rouge_lsum:.2f} "
        f"| {row.ms_per_article:.1f} |"
    )
