"""Products by name: the operating systems, devices, consoles and programs reports review,
and the weapons they name by their makers' names.

"Tizen", "TouchWiz", "the Nexus 7", "Siri", "an Xbox": a technology desk writes of them
as a body's products, and the model reads their names as bodies', places' or people's. A
product is no tag (the issue's "Starliner", "iPhone"), wherever a report names it, as a
technology desk's style guide lists them. Names that are a firm's as often ("BlackBerry",
"Flipboard") or common words in another sense ("Galaxy" is a club, "Surface", "Alexa" and
"Echo" other things) are left to the text.
"""

from __future__ import annotations

from generator.link.name_lists import name_keys

_PRODUCTS = (
    # Operating systems and their skins.
    "Android|iOS|Tizen|TouchWiz|Bada|Symbian|Windows|Windows Phone|Windows Mobile|Chrome OS|"
    "Mac OS|OS X|macOS|watchOS|Android Wear|Firefox OS|"
    # Devices and consoles.
    "iPhone|iPad|iPad Air|iPad Mini|iPod|iPod Touch|iMac|MacBook|MacBook Air|MacBook Pro|"
    "Apple Watch|Nexus|Chromebook|Kindle|Kindle Fire|Google Glass|Xbox|Xbox One|Xbox 360|"
    "PlayStation|PlayStation Vita|Wii|Wii U|Game Boy|Nintendo DS|Nintendo 3DS|Oculus Rift|"
    # Assistants, programs and services of a device.
    "Siri|Cortana|Google Now|Google Assistant|S Voice|Bixby|Gmail|iTunes|iCloud|iMessage|"
    "FaceTime|App Store|Google Play|Google Maps|Google Chrome|Google Drive|OneDrive|"
    "Internet Explorer|Skype|"
    "ChatON|Hangouts|Apple Pay|Samsung Pay|Google Wallet|Android Pay|"
    # Weapons by their makers' or designers' names ("armed with Kalashnikovs", dev3: a
    # person to the model).
    "Kalashnikov|AK-47|Uzi|Taser"
)
_KEYS = name_keys(_PRODUCTS)


def is_product(key: str) -> bool:
    """Whether the name key `key` is a product's name ("tizen", "google now"), also in the
    plural ("macbooks") or as its site's address ("gmail com" of "Gmail.com")."""
    return any(form in _KEYS for form in (key, key.removesuffix("s"), key.removesuffix(" com")))
