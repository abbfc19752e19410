"""The model's labels and the tag kinds they stand for.

A module of its own so that extraction (whose code is part of the analysis cache key) and
the link-stage voting share it without one importing the other.
"""

from __future__ import annotations

KINDS = ("person", "organisation", "place")
OTHER = "other"

LABEL_KINDS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def kind_of_label(label: str) -> str:
    """The tag kind of a model label ("other" for NORP, EVENT, ...)."""
    return LABEL_KINDS.get(label, OTHER)
