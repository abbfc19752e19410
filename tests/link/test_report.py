"""`digest entities --review`'s list of merges to check (`report.unlike_aliases`)."""

import pytest

from generator.link.report import _unlike


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        # A dateline read as a definition named CNN's page "Cuba" (CNN/DailyMail).
        ("Cuba", "CNN"),
        ("Washington", "DC Comics"),
        ("United Kingdom", "Britain"),
        # Capitals that are not the name's initials.
        ("Vatican", "VA"),
        ("United States", "IQ"),
    ],
)
def test_an_alias_of_other_words_that_are_not_its_initials_is_listed(name, alias):
    assert _unlike(name, alias)


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        # A word in common, initials (dotted or of a dotted word), a near spelling of the
        # name or of one of its words.
        ("Barclays Premier League", "Premier League"),
        ("Federal Aviation Administration", "FAA"),
        ("United States", "U.S."),
        ("U.N.", "UN"),
        ("U.S. Geological Survey", "USGS"),
        ("Abbottabad", "Abottabad"),
        ("Avigdor Lieberman", "Leiberman"),
        ("California", "Calif"),
        ("Benjamin David Banky", "Ben"),
    ],
)
def test_an_alias_like_its_page_s_name_is_not_listed(name, alias):
    assert not _unlike(name, alias)
