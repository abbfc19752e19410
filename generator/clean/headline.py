"""Headlines for articles that came without one (scraped text has no title line)."""

from __future__ import annotations

import re

from generator.text.tokenize import tokenizer_for

MAX_WORDS = 12
MIN_WORDS = 4

# Where a long opening sentence can be cut and still read as a headline: before a
# subordinate clause, a participle phrase after a comma, a dash or a colon.
_CLAUSE_BREAK = re.compile(
    r",\s+(?=\w+ing\b)|\s+[–—-]\s+|;\s+|:\s+|,\s+(?:while|as|after|before|when|which|who|but|"
    r"although|though|because|where|despite|amid)\b|\s+(?:while|as|after|amid|despite)\s+",
    re.IGNORECASE,
)


def derive_headline(text: str, language: str = "english") -> str:
    """A headline from the opening of an article: its first sentence, cut to a readable length.

    A sentence of up to 12 words is used whole (without its final full stop). A longer one is
    cut at its first clause break that leaves at least 4 words, else after 12 words with an
    ellipsis.
    """
    sentences = tokenizer_for(language).to_sentences(" ".join(text.split()))
    if not sentences:
        return ""
    first = sentences[0].strip().strip("\"“”'‘’")
    if len(first.split()) > MAX_WORDS:
        for match in _CLAUSE_BREAK.finditer(first):
            head = first[: match.start()]
            if MIN_WORDS <= len(head.split()) <= MAX_WORDS:
                return head.rstrip(" ,;:")
        return " ".join(first.split()[:MAX_WORDS]).rstrip(" ,;:") + "…"
    return first.rstrip(".").strip()
