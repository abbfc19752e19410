"""Boilerplate removal: every rule that decides a line of scraped text is not article text.

The rules run before anything else reads the text, so no summary, entity or page ever sees
junk. Three kinds:

* junk lines anywhere (share and advertisement lines, cookie and newsletter prompts);
* the trailing block after the last line of prose: blog-platform comment and share footers
  in any language, and an outlet line ("Irish Independent"), which becomes the source;
* lines repeated verbatim across many articles of the corpus.

Structural rules (position, length, punctuation, capitalisation) carry most of the weight so
that footers in languages missing from the phrase list are still caught.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.articles import Block

# Whole-line phrases of blog and CMS footers. Matched case-insensitively against the line
# with surrounding punctuation removed.
FOOTER_PHRASES = frozenset(
    s.casefold()
    for s in (
        # Blogger's "No comments:" / "Post a Comment" in its most used languages
        "No comments",
        "Post a Comment",
        "Không có nhận xét nào",
        "Đăng nhận xét",
        "Keine Kommentare",
        "Kommentar veröffentlichen",
        "Aucun commentaire",
        "Publier un commentaire",
        "No hay comentarios",
        "Publicar un comentario",
        "Nenhum comentário",
        "Postar um comentário",
        "Nessun commento",
        "Posta un commento",
        "Geen opmerkingen",
        "Een reactie posten",
        "Tidak ada komentar",
        "Posting Komentar",
        "Нет комментариев",
        "Отправить комментарий",
        "Yorum yok",
        "Yorum Gönder",
        "Brak komentarzy",
        "Prześlij komentarz",
        "Inga kommentarer",
        "Skicka en kommentar",
        "Ingen kommentarer",
        "コメントはありません",
        "没有评论",
        # WordPress and generic share footers
        "Share this",
        "Like this",
        "Like Loading",
        "Related",
        "Share",
        "Tweet",
        "Email",
        "Print",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "Pinterest",
        "LinkedIn",
        "Reddit",
        "Telegram",
        "Comments",
        "Leave a comment",
        "Leave a Reply",
        "Advertisement",
        "Sponsored",
        "Read more",
        "Continue reading",
        "Back to top",
    )
)

# Junk lines that can stand anywhere in scraped text.
JUNK_LINE = re.compile(
    r"""^(?:
        advertisement|advertising|sponsored(?:\ content)?|
        share\ (?:this|on\ \w+)(?:\ (?:article|story|page))?|
        (?:read|see)\ more\b[^.!?]{0,80}|
        scroll\ down\ for\ (?:video|more)|
        (?:sign\ up|subscribe)\b[^.!?]{0,120}|
        [^.!?]{0,80}\b(?:newsletter|subscribe|subscription)\b[^.!?]{0,80}|
        (?:this\ (?:site|website)|we)\ uses?\ cookies\b.*|
        [^.!?]{0,80}\baccept\ (?:all\ )?cookies\b.*|
        click\ here\b[^.!?]{0,80}|
        follow\ us\ on\b[^.!?]{0,80}|
        (?:image|photo|picture)\ (?:copyright|credit)\b[^.!?]{0,80}
    )[.!:…]*$""",
    re.IGNORECASE | re.VERBOSE,
)

_SENTENCE_END = re.compile(r"[.!?…\"”’»)\]]$")
_SMALL_WORDS = frozenset(
    "a an and at de der des di du el for in la le of on the to y al bin ibn van von".split()
)


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one article body."""

    blocks: tuple[Block, ...]
    source: str | None  # an outlet line found at the end
    removed: int  # how many lines were dropped


def _bare(line: str) -> str:
    return re.sub(r"^[\W_]+|[\W_]+$", "", line).casefold()


def is_footer_phrase(line: str) -> bool:
    """A known comment, share or navigation footer line, in any of the listed languages."""
    return _bare(line) in FOOTER_PHRASES


def is_junk_line(line: str) -> bool:
    """A share, advertisement, cookie, newsletter or 'read more' line."""
    return bool(JUNK_LINE.match(line.strip())) or is_footer_phrase(line)


def is_prose(line: str) -> bool:
    """Ends like a sentence, or is too long to be a label."""
    text = line.strip()
    return bool(_SENTENCE_END.search(text)) or len(text.split()) > 8


def is_outlet_line(line: str) -> bool:
    """A short, title-cased line without final punctuation: a publication's name."""
    text = line.strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or text.endswith(":") or _SENTENCE_END.search(text):
        return False
    if is_footer_phrase(text):
        return False
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def split_trailing_block(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split lines into the body and the trailing non-prose lines after the last prose line."""
    end = len(lines)
    while end > 0 and not is_prose(lines[end - 1]):
        end -= 1
    return list(lines[:end]), list(lines[end:])


def clean_blocks(blocks: Sequence[Block], boilerplate: frozenset[str] = frozenset()) -> Cleaned:
    """Remove junk from one article's blocks and find its outlet line.

    `boilerplate` holds normalised lines (see `line_key`) repeated across the corpus.
    """
    kept = [b for b in blocks if b.text.strip()]
    body_texts, tail = split_trailing_block([b.text for b in kept])
    source = None
    if tail and is_outlet_line(tail[0]):
        source = " ".join(tail[0].split())
    body = [b for b in kept[: len(body_texts)] if not is_junk_line(b.text)]
    cleaned = tuple(b for b in body if line_key(b.text) not in boilerplate)
    # An article made mostly of lines found elsewhere is syndicated copy, not boilerplate:
    # keep its text rather than lose the article.
    if len(cleaned) * 2 < len(body):
        cleaned = tuple(body)
    return Cleaned(cleaned, source, len(blocks) - len(cleaned))


def line_key(line: str) -> str:
    """The form under which repeated lines are compared: case and spacing folded."""
    return " ".join(line.split()).casefold()


def corpus_boilerplate(bodies: Iterable[Sequence[str]], max_words: int = 40) -> frozenset[str]:
    """Lines that stand verbatim in many articles: at least 3, and at least 1 % of them.

    Long lines are left alone: syndicated copy repeats whole paragraphs that are still
    the article's text.
    """
    counts: Counter[str] = Counter()
    total = 0
    for lines in bodies:
        total += 1
        counts.update(short_line_keys(lines, max_words))
    return boilerplate_from_counts(counts, total)


def short_line_keys(lines: Sequence[str], max_words: int = 40) -> frozenset[str]:
    """One article's candidates for boilerplate: its short lines, as `line_key`s."""
    return frozenset(line_key(t) for t in lines if t.strip() and len(t.split()) <= max_words)


def boilerplate_from_counts(counts: Counter[str], total: int) -> frozenset[str]:
    """The boilerplate among line keys counted once per article, over `total` articles."""
    threshold = max(3, math.ceil(total / 100))
    return frozenset(k for k, n in counts.items() if n >= threshold)
