"""Named entities with spaCy: mentions found in one article, normalised within it.

Only the NER pipe is loaded (it carries its own tok2vec, so the entities are the same as
with the full pipeline at twice the speed). Linking mentions across the corpus is the
link stage's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from generator.model import Mention

LABEL_KINDS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

# Everything but the NER pipe; none of these changes what NER predicts.
_UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

_TITLES = re.compile(
    r"^(?:(?:the|president|prime minister|minister|foreign minister|secretary of state|"
    r"secretary|chancellor|king|queen|prince|princess|pope|general|gen\.?|colonel|col\.?|"
    r"senator|sen\.?|governor|gov\.?|mayor|judge|dr\.?|mr\.?|mrs\.?|ms\.?|sir|dame|lord|lady|"
    r"sheikh|imam|rev\.?|father|professor|prof\.?)\s+)+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


class ModelNotFound(Exception):
    """The configured spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_model(name: str):
    """Load an installed spaCy pipeline with only its NER component."""
    import spacy

    try:
        return spacy.load(name, exclude=_UNUSED_PIPES)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed ({exc}); install it with pip or set "
            "[entities] model in digest.toml to an installed pipeline"
        ) from None


def normalise_name(text: str) -> str | None:
    """The display form of a mention: no titles, possessive or stray punctuation.

    Returns None for text that cannot be a name (no letters, a single letter).
    """
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    name = _EDGE.sub("", name)
    name = _POSSESSIVE.sub("", name)
    name = _TITLES.sub("", name)
    name = _EDGE.sub("", name)
    if len(_LETTER.findall(name)) < 2:
        return None
    return name


def name_key(name: str) -> str:
    """A key under which spelling variants of one name meet (case, accents, punctuation)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


def mentions_from_entities(ents: Iterable[tuple[str, str]]) -> tuple[Mention, ...]:
    """Group one article's (text, label) pairs into mentions.

    Variants of a name share one mention; its kind is the most frequent label, its name the
    most frequent form. A one-word person mention that is the last word of a longer person
    name in the same article ("Putin" beside "Vladimir Putin") joins that name.
    """
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in ents:
        kind = LABEL_KINDS.get(label)
        name = normalise_name(text) if kind else None
        if not name:
            continue
        key = name_key(name)
        forms[key][name] += 1
        kinds[key][kind] += 1
    _join_surnames(forms, kinds)
    mentions = []
    for key in sorted(forms):
        name = _most_common(forms[key])
        mentions.append(
            Mention(
                name=name,
                kind=_most_common(kinds[key]),
                count=sum(forms[key].values()),
                aliases=tuple(sorted(f for f in forms[key] if f != name)),
            )
        )
    return tuple(mentions)


def _join_surnames(forms: dict[str, Counter[str]], kinds: dict[str, Counter[str]]) -> None:
    people = [k for k in forms if kinds[k].most_common(1)[0][0] == "person"]
    full = [k for k in people if " " in k]
    for key in [k for k in people if " " not in k]:
        owners = [f for f in full if f.split()[-1] == key]
        if len(owners) == 1:
            forms[owners[0]].update(forms.pop(key))
            kinds[owners[0]].update(kinds.pop(key))


def _most_common(counter: Counter[str]) -> str:
    # Ties go to the longer, then alphabetically first form, so results are deterministic.
    return min(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def extract_mentions(texts: Iterable[str], model: str) -> Iterator[tuple[Mention, ...]]:
    """Mentions for each text, in order, using spaCy's batched pipe."""
    nlp = load_model(model)
    for doc in nlp.pipe(texts, batch_size=32):
        yield mentions_from_entities((ent.text, ent.label_) for ent in doc.ents)
