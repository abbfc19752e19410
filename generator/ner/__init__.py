"""Entity canonicalisation, type voting, gazetteer and editor rules.

Everything here is plain Python over names and counts, so the link stage can decide an
entity's name and type for the whole corpus without running spaCy again. Two modules correct
the model's spans per article before that: `boundaries` (names cut short) and `dateline`
(the story's dateline and byline).
"""
