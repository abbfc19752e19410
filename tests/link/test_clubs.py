from generator.link import clubs
from generator.text.names import name_key


def test_each_name_a_club_is_called_by_names_one_club_only():
    # A town two clubs share ("Sheffield", "Bristol") would name whichever came last: the
    # table lists such clubs under their full names only.
    seen: dict[str, str] = {}
    for line in clubs._CLUBS.strip().splitlines():
        full, called, _ = (part.strip() for part in line.split("|"))
        for name in (full, *filter(None, map(str.strip, called.split(",")))):
            assert seen.setdefault(name_key(name), full) == full, name


def test_a_nickname_names_its_clubs_and_a_club_s_names_its_full_name():
    assert clubs.clubs_of_nickname("foxes") == ("leicester city",)
    assert set(clubs.clubs_of_nickname("blues")) == {"chelsea", "everton", "birmingham city"}
    assert clubs.clubs_of_nickname("chelsea") == ()
    assert clubs.club_called("man city") == clubs.club_called("manchester city")
    assert clubs.club_called("foxes") is None
