"""The news agencies whose initials reports write as often as their names.

A news digest credits the wires in every other report: "AFP reported", "(AP Photo)", "the
Associated Press contributed". One report writes the initials, another the name, and no
text spells one out beside the other, so the corpus alone cannot join them, and two
letters ("AP", "PA") are too many bodies' initials to join by their letters. This is
general knowledge of the trade, as a newsroom's style guide keeps it: the national and
international agencies by the initials under which they file.
"""

from __future__ import annotations

from generator.text.names import name_key

_AGENCIES = {
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "PA": "Press Association",
    "AAP": "Australian Associated Press",
    "CP": "Canadian Press",
    "DPA": "Deutsche Presse-Agentur",
    "ANSA": "Agenzia Nazionale Stampa Associata",
    "APA": "Austria Presse Agentur",
    "ANP": "Algemeen Nederlands Persbureau",
    "PTI": "Press Trust of India",
    "IANS": "Indo-Asian News Service",
    "APP": "Associated Press of Pakistan",
    "BSS": "Bangladesh Sangbad Sangstha",
    "PNA": "Philippine News Agency",
    "NAN": "News Agency of Nigeria",
    "KCNA": "Korean Central News Agency",
    "IRNA": "Islamic Republic News Agency",
    "ISNA": "Iranian Students' News Agency",
    "SANA": "Syrian Arab News Agency",
    "SPA": "Saudi Press Agency",
    "MENA": "Middle East News Agency",
    "KUNA": "Kuwait News Agency",
    "QNA": "Qatar News Agency",
    "NNA": "National News Agency",
}
_BY_INITIALS = {name_key(initials): name_key(name) for initials, name in _AGENCIES.items()}


def agency_name(initials_key: str) -> str | None:
    """The name key of the news agency whose initials have the name key `initials_key`
    ("afp" → "agence france presse"), or None."""
    return _BY_INITIALS.get(initials_key)
