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


def language_name(code: str | None, default: str = "en") -> str | None:
    """The NLTK name for a code such as 'en', 'en-GB' or 'english'; None when unknown."""
    value = (code or default).strip().lower().replace("_", "-")
    if value in NAMES.values():
        return value
    return NAMES.get(value.split("-")[0])
