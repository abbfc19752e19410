"""Steps 1 and 2 of the entity resolution: each article's records."""

from generator.articles import Mention
from generator.link.records import article_step
from generator.link.rules import EditorRules


def _said(*labels: tuple[str, int]) -> Mention:
    return Mention("Geneva", "place", 2, forms=(("Geneva", 2),), labels=labels)


def test_the_records_of_one_call_share_equal_counts_in_the_same_order():
    shared: dict = {}
    first = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), shared))["geneva"]
    second = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), shared))["geneva"]
    assert first is not second
    assert first.forms is second.forms and first.labels is second.labels
    assert first.keys is second.keys and first.cues is second.cues
    # Equal labels counted in another order stay apart: which of two tied labels comes
    # first decides ties.
    other = article_step((_said(("ORG", 1), ("GPE", 1)),), (EditorRules(), shared))["geneva"]
    assert other.labels == first.labels and other.labels is not first.labels
    assert list(other.labels) == ["ORG", "GPE"]
    # Another call's dictionary shares nothing with this one's.
    apart = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), {}))["geneva"]
    assert apart.labels == first.labels and apart.labels is not first.labels


def test_records_that_say_the_same_share_one_evidence_worked_out_once():
    shared: dict = {}
    first = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), shared))["geneva"]
    second = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), shared))["geneva"]
    other = article_step((_said(("GPE", 2)),), (EditorRules(), shared))["geneva"]
    evidence = second.evidence()
    assert first.evidence() is evidence
    assert evidence.shares == (("GPE", "place", 0.5), ("ORG", "organisation", 0.5))
    assert other.evidence() is not evidence
    assert other.evidence().shares == (("GPE", "place", 1.0),)
    # Another call's records work out their own.
    apart = article_step((_said(("GPE", 1), ("ORG", 1)),), (EditorRules(), {}))["geneva"]
    assert apart.evidence() == evidence and apart.evidence() is not evidence
