"""News outlets by name: the agencies, papers, broadcasters and sites that reports credit,
and the social networks and platforms they quote from.

"Yonhap reported", "told France Info", "according to Rotten Tomatoes", "wrote on Weibo": a
report names its sources, and the model reads an outlet's name by its words (a person's
"France", a place's "New Republic", the Chinese town Xinhua, a place's "Reddit"). An
outlet is an organisation wherever a report names it, as a newsroom's list of the outlets
it quotes keeps them. Names that are common words ("Variety", "Metro", "the Sun", "Dawn",
"Vine", "Tinder") or people's ("Bloomberg") are left out: the text must say which they are.
"""

from __future__ import annotations

from generator.link.name_lists import name_keys

_OUTLETS = (
    # News agencies known by their names (`agencies` has those known by their initials).
    "Xinhua|Xinhua News Agency|Interfax|Itar-Tass|RIA Novosti|Anadolu|Anadolu Agency|"
    "Yonhap|Kyodo|Kyodo News|Jiji|Jiji Press|Bernama|Notimex|EFE|Prensa Latina|"
    # Papers and magazines.
    "Le Monde|Le Figaro|Le Parisien|Libération|Der Spiegel|Die Welt|Süddeutsche Zeitung|"
    "El Pais|El Mundo|Corriere della Sera|La Repubblica|La Stampa|Gazzetta dello Sport|"
    "L'Equipe|Haaretz|Yedioth Ahronoth|Asahi Shimbun|Yomiuri Shimbun|"
    "South China Morning Post|Straits Times|Sydney Morning Herald|Times of India|"
    "Mail on Sunday|Daily Mirror|Daily Star|Daily Express|Daily Telegraph|Evening Standard|"
    "Financial Times|Sunday Times|Sportsmail|New Republic|Vanity Fair|Rolling Stone|"
    "Us Weekly|Entertainment Weekly|Hollywood Reporter|"
    # Broadcasters.
    "Al Jazeera|Al Arabiya|France Info|France 24|Euronews|Deutsche Welle|Sky News|"
    "Sky Sports|BT Sport|talkSPORT|Eurosport|beIN Sports|Newsnight|"
    # Sites.
    "Politico|Axios|HuffPost|Huffington Post|BuzzFeed|Breitbart|Drudge Report|TMZ|"
    "Radar Online|Rotten Tomatoes|Metacritic|IMDb|Mashable|TechCrunch|Engadget|CNET|"
    "Gizmodo|Ars Technica|"
    # Social networks and platforms, which reports quote ("posted on Instagram") and the
    # model reads as people and places.
    "Facebook|Twitter|Instagram|YouTube|WhatsApp|Snapchat|LinkedIn|Reddit|TikTok|Pinterest|"
    "Tumblr|Weibo|WeChat|Flickr|Myspace|SoundCloud|Spotify|Netflix|Twitch|Airbnb|Uber|Lyft|"
    "eBay|PayPal|Etsy|Craigslist"
)
_KEYS = name_keys(_OUTLETS)


def is_outlet(key: str) -> bool:
    """Whether the name key `key` is a news outlet's name ("yonhap", "france info")."""
    return key in _KEYS
