"""Political parties under the names reports give them besides their own.

"The GOP" is the Republican Party, "the Lib Dems" the Liberal Democrats, "Ukip" the UK
Independence Party: a nickname or a short form that no report spells out beside the name,
as a politics desk's style guide keeps them. Every name of a party here is the party, an
organisation, wherever a report writes it, though the model reads "Liberal Democrats" as a
people's word (NORP); "Democrats", "Republicans" and "Tories", a party's members as often
as the party, are left out. A party known by one name is listed alone ("Syriza"): the name
is the party's wherever a report writes it.
"""

from __future__ import annotations

from generator.link.name_lists import names_by_line

# One party a line: its name, then its other names.
_PARTIES = """
Republican Party | GOP, Grand Old Party
Democratic Party | Democratic National Party
Conservative Party | Tory Party, Conservative and Unionist Party
Labour Party | Labour
Liberal Democrats | Lib Dems, Liberal Democrat Party
UK Independence Party | Ukip, UKIP
Scottish National Party | SNP
Alternative for Germany | AfD, Alternative für Deutschland
Five Star Movement | M5S, Five Stars Movement
Syriza
Podemos
Fidesz
Jobbik
Bharatiya Janata Party | BJP
African National Congress | ANC
Justice and Development Party | AKP
"""
_KEYS = names_by_line(_PARTIES)


def party_called(key: str) -> str | None:
    """The key of the party's name that the name key `key` names ("gop" → "republican
    party", "lib dems" → "liberal democrats"), or None."""
    return _KEYS.get(key)
