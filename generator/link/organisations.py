"""Armed groups, companies and public bodies under the names reports give them besides
their own.

"Isis", "Isil" and "Daesh" are the Islamic State, "VW" is Volkswagen, "MI6" the Secret
Intelligence Service, "Doctors Without Borders" Médecins Sans Frontières: an old name, a
translation, a short form or initials that one report uses and another spells out, often
with no report defining one by the other, as a foreign desk's style guide keeps them.
Every name here is the body, an organisation, wherever a report writes it. Left out are
other names that are ordinary words or other things's initials as often ("IRA" is a
retirement account to a money desk, "GM" genetically modified, "SEC" a college sports
conference, "ETA" a time of arrival, "Goldman" a surname, "J.P. Morgan" a man).
"""

from __future__ import annotations

from generator.link.name_lists import legal_stem, names_by_line

# One body a line: its name, then its other names (a body of many names on several lines).
_ORGANISATIONS = """
Islamic State | Isis, Isil, Daesh, Daish, Islamic State group, Islamic State of Iraq
Islamic State | Islamic State of Iraq and the Levant, Islamic State of Iraq and al-Sham
Islamic State | Islamic State of Iraq and Syria, Islamic State in Iraq and Syria
al-Qaeda in the Arabian Peninsula | AQAP
al-Qaeda in the Islamic Maghreb | AQIM
al-Shabab | al-Shabaab, al Shabaab, al Shabab, Harakat al-Shabaab al-Mujahideen
Hezbollah | Hizbollah, Hizballah, Hizbullah
al-Nusra Front | Nusra Front, Jabhat al-Nusra, al-Nusra
Pakistani Taliban | TTP, Tehrik-i-Taliban Pakistan, Tehrik-e-Taliban Pakistan
Pakistani Taliban | Tehreek-e-Taliban Pakistan
Kurdistan Workers' Party | PKK
Revolutionary Armed Forces of Colombia | Farc
Lord's Resistance Army | LRA
Lashkar-e-Taiba | Lashkar-e-Toiba, LeT
Mafia | Cosa Nostra, Sicilian Mafia
Volkswagen | VW, Volkswagen Group
British Sky Broadcasting | BSkyB, British Sky Broadcasting Group, Sky
Marks & Spencer | M&S, Marks and Spencer
Procter & Gamble | P&G, Procter and Gamble
Royal Bank of Scotland | RBS
Malaysia Airlines | Malaysian Airlines, Malaysian Airline System, Malaysia Airline System
JPMorgan Chase | JPMorgan, JP Morgan Chase, J.P. Morgan Chase
Walmart | Wal-Mart
Roscosmos | Russian Federal Space Agency, Russian Space Agency
Médecins Sans Frontières | Medecins Sans Frontieres, MSF, Doctors Without Borders
International Committee of the Red Cross | ICRC
Unicef | UN Children's Fund, United Nations Children's Fund
UNHCR | UN Refugee Agency, UN refugee agency, United Nations High Commissioner for Refugees
World Health Organization | World Health Organisation, WHO
Interpol | International Criminal Police Organization
Federal Reserve | Fed, US Federal Reserve, Federal Reserve Board
Opec | Organization of the Petroleum Exporting Countries
Nato | North Atlantic Treaty Organization, North Atlantic Treaty Organisation
Metropolitan Police | Met, Met Police, Metropolitan Police Service, Scotland Yard
Secret Intelligence Service | MI6
Government Communications Headquarters | GCHQ
Fifa | Fédération Internationale de Football Association
Uefa | Union of European Football Associations
"""
_KEYS = names_by_line(_ORGANISATIONS)


def organisation_called(key: str) -> str | None:
    """The key of the body's name that the name key `key` names ("isil" → "islamic state",
    "vw" → "volkswagen"; "british sky broadcasting group plc" without its legal form), or
    None."""
    return _KEYS.get(key) or _KEYS.get(legal_stem(key))
