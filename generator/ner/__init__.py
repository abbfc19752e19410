"""Entity canonicalisation, type voting, gazetteer and editor rules.

Everything here is plain Python over names and counts, so the link stage can decide an
entity's name and type for the whole corpus without running spaCy again.
"""
