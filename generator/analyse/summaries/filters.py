"""Sentence filters: sentences of an article that never make a good summary sentence.

Each filter looks at one sentence's text (the quote filter also at the sentences before
it, because a quotation can run over several sentences). They are about the form of a
sentence, not its topic, so they hold for any news text; the word lists are English and
the structural rules (length, punctuation, quotation marks) work in every language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A sentence shorter than this is a fragment ("It's a fantastic opportunity.").
MIN_WORDS = 6
# Longer than this, a "sentence" is photo captions run together by the scraper: captions
# have no final full stop, so Punkt joins them with the sentence that follows.
MAX_WORDS = 55

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"""^\W*(?:
        (?:published|updated|last\ updated|posted|created)\b[\s:]*.*\d |
        (?:\d{{1,2}}:\d{{2}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}).{{0,60}}\d{{4}}\W*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(
    r"""^\W*[Bb][Yy]\s*\.?\s+
        (?:[A-Z][\w'’.-]*|and|&|de|van|von|\.|,|\s)+
        (?:\s*(?:for|in)\s+[A-Z][\w\s]+)?\W*$""",
    re.VERBOSE,
)
_OUTLET_BYLINE = re.compile(
    r"^\W*(?:by\s+)?(?:daily\s+mail|mailonline|associated\s+press|reuters|afp|cnn)"
    r"\s+(?:reporter|staff|correspondent|wire)s?\W*$",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"\b(?:scroll\s+down\s+for|click\s+here|watch\s+(?:the\s+)?video|see\s+(?:the\s+)?video|"
    r"video\s*:|read\s+more\s*:|pictured\s+(?:above|below)|see\s+below)",
    re.IGNORECASE,
)
# How a caption points at its picture. "(pictured)" inside a sentence is only tidied
# away (see `tidy`): news sites use it in ordinary sentences too.
_PHOTO_CUE = re.compile(
    r"^\W*(?:photo|picture|image|file\s+photo)\s*:|\b(?:photo|picture|image)\s*(?:credit|copyright)\b"
    r"|\((?:photo|picture|image)\s*:[^)]*\)|\bpictured\s*(?:above|below|left|right)?\W*$",
    re.IGNORECASE,
)
# A caption's own verb: "Jane Roe is pictured in London", "The couple are pictured at".
# ("He was pictured leaving court" tells what happened and stays.)
_PICTURED = re.compile(r"\b(?:is|are)\s+pictured\b", re.IGNORECASE)
# A photo credit: "Credit: Jane Roe/Reuters", "Photograph: AFP/Getty Images", "EPA/JOHN DOE",
# "Jane Roe/AP", "(AP Photo/Jane Roe)", "©EPA", "Getty Images". A name after the agency's
# slash has two capitalised words ("AP/NORC poll" is a poll).
_CREDIT = re.compile(
    r"\b(?i:credit|photo|photograph|picture|image)s?\s*(?i:by\b|:)?\s*[A-Z][\w.'’ -]*/\s*[A-Z]"
    r"|\b(?i:credit|photograph)\s*:"
    r"|\b(?:AP|AFP|EPA|Reuters|Getty)\s*/\s*[A-Z][\w.'’-]*\s+[A-Z]"
    r"|\b[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*\s*/\s*(?:AP|AFP|EPA|Reuters)\b"
    r"|\bGetty\s+Images\b|\bAP\s+Photo\b|©",
)
# A paragraph of at most this many words with a credit in it is a caption and its credit.
CAPTION_WORDS = 60
# A sentence ends with a full stop, ! or ?, perhaps inside closing quotes or brackets.
_FINAL = re.compile(r"[.!?…][\s'’\"”»)\]]*$")
# A caption's label: a few words and a colon opening the sentence ("Short and sweet: ...").
_LABEL = re.compile(r"^([^:.!?'\"‘’“”]{2,40}):\s+\S")
_SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adds|explained|explains|wrote|writes|insisted|"
    r"claimed|claims|stated|states|warned|asked|according|statement|tweeted|posted|reads?|"
    r"admitted|admits|recalled|recalls|revealed|announced|replied|continued|advised|advises)\b",
    re.IGNORECASE,
)
_OPEN_QUOTE = "'‘\"“«„`"
# An opening mark starts a word. An apostrophe that starts a clitic or a decade ("it 's"
# in tokenised text, "the '90s") is not one. Tokenised (PTB) text opens with `` or `,
# standing alone before the first word.
_OPENING = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))(?:['‘\"“«„](?=\w)(?!(?:s|re|ve|ll|d|m|t|n|em|tis|\d0s)\b)"
    r"|``?(?=\s?\w))",
    re.IGNORECASE,
)
# A closing mark follows a word or punctuation and precedes a space, punctuation or the
# end. In tokenised text it stands alone, after a word or punctuation and a space
# ("branded 'eccentric ' by pundits", "cyclists , ' Wiggins said", "`` thing '' he").
_CLOSE_QUOTE = re.compile(
    r"(?<=[\w.,!?…-])['’\"”»](?=[\s,.;:!?)—–-]|$)"
    r"|(?<=[\w.,!?…]\s)(?:['’”»]|'')(?=[\s,.;:!?)—–-]|$)|(?<=[.,!?…]\s)\"(?=\s|$)"
)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def words(text: str) -> list[str]:
    """The words of a sentence, as the filters count them."""
    return _WORD.findall(text)


def is_dateline(sentence: str) -> bool:
    """A publication stamp ("PUBLISHED: 12:01 EST, 3 April 2015") or a bare date line."""
    return bool(_DATELINE.match(sentence.strip())) and len(words(sentence)) <= 25


def is_byline(sentence: str) -> bool:
    """A byline: "By John Smith and Jane Doe", "By . Daily Mail Reporter ."."""
    text = sentence.strip()
    return len(words(text)) <= 12 and bool(_BYLINE.match(text) or _OUTLET_BYLINE.match(text))


def is_prompt(sentence: str) -> bool:
    """A reader prompt such as "Scroll down for video", wherever it stands in the sentence."""
    return bool(_PROMPT.search(sentence))


def is_caption(sentence: str) -> bool:
    """A photo caption: no final full stop, a short label and a colon ("Short and sweet:
    ..."), a photo cue, the caption's verb ("... is pictured in ..."), a photo credit, or
    captions run together (longer than `MAX_WORDS`)."""
    text = sentence.strip()
    if not _FINAL.search(text) or len(words(text)) > MAX_WORDS:
        return True
    label = _LABEL.match(text)
    if label and not _SPEECH.search(label.group(1)) and len(words(label.group(1))) <= 6:
        return True
    return bool(_PHOTO_CUE.search(text) or _PICTURED.search(text) or is_credit(text))


def is_credit(sentence: str) -> bool:
    """Names a photo's author or agency ("Credit: Jane Roe/Reuters", "EPA/JOHN DOE",
    "(AP Photo)", "©2015 The Hollywood Reporter")."""
    return bool(_CREDIT.search(sentence))


def is_caption_paragraph(sentences: Sequence[str]) -> bool:
    """A short paragraph with a photo credit in it: a caption, every sentence of it
    ("Voters queue in Athens on Sunday. Credit: Jane Roe/Reuters")."""
    size = sum(len(words(s)) for s in sentences)
    return size <= CAPTION_WORDS and any(is_credit(s) for s in sentences)


def is_question(sentence: str) -> bool:
    """A question: summaries state what happened, they do not ask."""
    return sentence.rstrip(" '’\"”»)").endswith("?")


def is_fragment(sentence: str, cased: bool = True) -> bool:
    """Too short to stand alone, or starting mid-sentence with a lower-case word (a
    continuation the splitter cut off). `cased=False` is for text that was lower-cased as
    a whole, where the second rule means nothing."""
    text = sentence.strip()
    if len(words(text)) < MIN_WORDS:
        return True
    first = text.lstrip(_OPEN_QUOTE + " (-–—•*`")[:1]
    return cased and first.islower()


def is_cased(sentences: Sequence[str]) -> bool:
    """Whether the text keeps capital letters: most sentences start with one."""
    starts = [t.lstrip(_OPEN_QUOTE + " (-–—•*`")[:1] for t in sentences]
    letters = [c for c in starts if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) * 2 >= len(letters)


def opens_quote(sentence: str) -> bool:
    """Starts with a quotation mark."""
    return bool(_OPENING.match(sentence.lstrip()))


def is_bare_quote(sentence: str, in_quote: bool = False) -> bool:
    """Quoted speech with no one saying it: the sentence is all quotation, or it continues a
    quotation opened in an earlier sentence (`in_quote`) and does not say who is speaking."""
    text = sentence.strip()
    if not (in_quote or opens_quote(text)):
        return False
    outside = _outside_quotes(text)
    return len(words(outside)) < 2 or not _SPEECH.search(outside)


def _outside_quotes(text: str) -> str:
    """The words of a sentence that opens inside a quotation and are not quoted: after the
    quotation closes, up to the next opening mark, and so on ("'...,' Pfeiffer told 'Fox
    News Sunday.'" leaves "Pfeiffer told")."""
    marks = sorted(
        [(m.start(), m.end(), False) for m in _CLOSE_QUOTE.finditer(text)]
        + [(m.start(), m.end(), True) for m in _OPENING.finditer(text) if m.start() > 0]
    )
    parts, inside, start = [], True, 0
    for begin, end, opening in marks:
        if inside and not opening:
            inside, start = False, end
        elif not inside and opening:
            parts.append(text[start:begin])
            inside = True
    if not inside:
        parts.append(text[start:])
    return " ".join(parts)


def quote_states(sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it starts inside a quotation opened by an earlier one.

    A sentence whose last quotation mark opens a quotation leaves it open for the next
    one: "He said: 'I had a taste of it. I'm fortunate. It's a fantastic opportunity.'"
    """
    states, open_ = [], False
    for sentence in sentences:
        states.append(open_)
        last_open = max((m.end() for m in _OPENING.finditer(sentence)), default=-1)
        last_close = max((m.end() for m in _CLOSE_QUOTE.finditer(sentence)), default=-1)
        if last_open >= 0 or last_close >= 0:
            open_ = last_open > last_close
    return states


def rejects(sentence: str, in_quote: bool = False, cased: bool = True) -> str | None:
    """The name of the first filter that rejects `sentence`, or None when it may be used.

    `in_quote`: the sentence starts inside a quotation (see `quote_states`); `cased`: the
    article keeps capital letters (see `is_cased`).
    """
    for name, test in (
        ("dateline", is_dateline),
        ("byline", is_byline),
        ("prompt", is_prompt),
        ("caption", is_caption),
        ("question", is_question),
    ):
        if test(sentence):
            return name
    if is_fragment(sentence, cased):
        return "fragment"
    if is_bare_quote(sentence, in_quote):
        return "quote"
    return None
