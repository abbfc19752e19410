"""Language codes as users write them (ISO 639-1) and the names NLTK, Punkt and sumy use."""

from __future__ import annotations

NAMES = {
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "nb": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "sv": "swedish",
    "tr": "turkish",
}


def language_code(value: str | None, default: str) -> str:
    """The two- or three-letter code of 'en', 'en-GB', 'EN_us' (the default when empty)."""
    return _tag(value or default or "en").split("-")[0] or "en"


def language_name(code: str | None, default: str = "en") -> str | None:
    """The NLTK name for a code such as 'en', 'en-GB' or 'english'; None when unknown."""
    value = _tag(code or default)
    if value in NAMES.values():
        return value
    return NAMES.get(value.split("-")[0])


def _tag(value: str) -> str:
    # 'EN_gb ' → 'en-gb': how users write a language, as one spelling.
    return value.strip().lower().replace("_", "-")
