import pytest

from generator.link.name_lists import name_keys, names_by_line
from generator.link.organisations import organisation_called


def test_a_body_s_other_names_name_its_own():
    assert organisation_called("isil") == organisation_called("daesh") == "islamic state"
    assert organisation_called("islamic state") == "islamic state"
    assert organisation_called("vw") == "volkswagen"
    # Initials spelt with stops ("W. H. O", ECB+, a person to the model) are the initials.
    assert organisation_called("w h o") == organisation_called("who")
    # Initials that are other things' as often are not listed.
    assert organisation_called("ira") is None
    assert organisation_called("gm") is None


def test_a_name_on_two_lines_of_a_table_is_an_error():
    assert names_by_line("Camp Nou | Nou Camp\nAnfield") == {
        "camp nou": "camp nou",
        "nou camp": "camp nou",
        "anfield": "anfield",
    }
    with pytest.raises(ValueError, match="'Nou Camp' names two entities"):
        names_by_line("Camp Nou | Nou Camp\nMini Estadi | Nou Camp")


def test_a_list_of_names_gives_their_keys():
    assert name_keys("Sky News|BT Sport|Le Monde") == {"sky news", "bt sport", "le monde"}
