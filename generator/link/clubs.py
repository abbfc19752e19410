"""The football clubs that sports reports call by a nickname as often as by their names, the
leagues they play in (their grounds are in `landmarks`), and the teams of other sports and
the national sides that reports name (`is_team`).

A match report names the club once and then calls it "the Foxes", "the Gunners", "Barca",
"Los Blancos": a writer avoids repeating the name, and the nickname is no form of it that
the corpus could find (no initials, no clipped word, no "also known as"). Readers know the
nicknames as general knowledge of the sport, as a sports desk's style guide keeps them.

Each line: the club's full name; the names a report may call the club itself by ("Leicester",
its town; not a town's name that is also an event's, as Wimbledon's); the nicknames and
clipped forms that join the club where a report names it. A nickname several clubs share
("Blues": Chelsea, Everton, Birmingham City) joins the one of them its report names
(`merge._nicknames`), and none where the report names none or two.
"""

from __future__ import annotations

from collections import defaultdict

from generator.link.name_lists import name_keys, names_by_line
from generator.text.names import name_key

_CLUBS = """
Arsenal | | Gunners
Aston Villa | Villa | Villans
AFC Bournemouth | Bournemouth | Cherries
Brentford | | Bees
Brighton & Hove Albion | Brighton, Brighton and Hove Albion | Seagulls
Burnley | | Clarets
Chelsea | | Blues
Crystal Palace | Palace | Eagles
Everton | | Toffees, Blues
Fulham | | Cottagers
Liverpool | Liverpool FC | Reds
Manchester City | Man City | Citizens, Cityzens, Sky Blues
Manchester United | Man United, Man Utd | Red Devils, Reds
Newcastle United | Newcastle | Magpies, Toon
Norwich City | Norwich | Canaries
Southampton | | Saints
Stoke City | Stoke | Potters
Sunderland | | Black Cats
Swansea City | Swansea | Swans
Tottenham Hotspur | Tottenham | Spurs, Lilywhites
Watford | | Hornets
West Bromwich Albion | West Brom | Baggies, Throstles
West Ham United | West Ham | Hammers
Wolverhampton Wanderers | Wolverhampton | Wolves
Leicester City | Leicester | Foxes
Hull City | Hull | Tigers
Queens Park Rangers | QPR | Hoops
Cardiff City | Cardiff | Bluebirds
Charlton Athletic | Charlton | Addicks
Derby County | Derby | Rams
Leeds United | Leeds | Whites, Peacocks
Middlesbrough | | Boro
Nottingham Forest | Forest | Tricky Trees
Sheffield United | | Blades
Sheffield Wednesday | | Owls
Huddersfield Town | Huddersfield | Terriers
Reading | | Royals
Bolton Wanderers | Bolton | Trotters
Blackburn Rovers | Blackburn | Rovers
Blackpool | | Seasiders, Tangerines
Birmingham City | Birmingham | Blues
Ipswich Town | Ipswich | Tractor Boys
Millwall | | Lions
Wigan Athletic | Wigan | Latics
Oldham Athletic | Oldham | Latics
Bristol City | | Robins
Bristol Rovers | | Pirates
Coventry City | Coventry | Sky Blues
Portsmouth | | Pompey
Preston North End | Preston | Lilywhites
Peterborough United | Peterborough | Posh
Southend United | Southend | Shrimpers
Northampton Town | Northampton | Cobblers
Hereford United | Hereford | Bulls
Milton Keynes Dons | MK Dons | Dons
AFC Wimbledon | | Dons, Wombles
Celtic | | Bhoys, Hoops
Rangers | | Gers, Light Blues
Aberdeen | | Dons
Heart of Midlothian | Hearts | Jambos
Hibernian | Hibs | Hibees
Inverness Caledonian Thistle | Inverness CT, Inverness, Caley Thistle | Caley Jags
Dundee United | | Terrors
St Johnstone | | Saints
St Mirren | | Buddies, Saints
Motherwell | | Steelmen
Kilmarnock | | Killie
Dunfermline Athletic | Dunfermline | Pars
Partick Thistle | Partick | Jags
Ross County | | Staggies
Barcelona | FC Barcelona | Barca, Blaugrana
Real Madrid | | Los Blancos, Merengues, Los Merengues
Atletico Madrid | Atletico | Atleti, Rojiblancos, Los Rojiblancos, Colchoneros
Athletic Bilbao | Athletic Club | Los Leones
Valencia | | Los Che
Villarreal | | Yellow Submarine
Real Betis | Betis |
Juventus | | Juve, Bianconeri, Old Lady
AC Milan | Milan | Rossoneri
Inter Milan | Inter, Internazionale | Nerazzurri
Roma | AS Roma | Giallorossi
Lazio | | Biancocelesti
Napoli | | Partenopei
Fiorentina | | Viola
Bayern Munich | Bayern | Bavarians
Borussia Dortmund | Dortmund, BVB | Die Schwarzgelben
Paris Saint-Germain | PSG, Paris St-Germain, Paris St Germain | Les Parisiens
Benfica | | Eagles
FC Porto | Porto | Dragons
Boca Juniors | | Boca, Xeneizes
River Plate | | Millonarios
Ajax | Ajax Amsterdam |
PSV Eindhoven | PSV |
Feyenoord | |
Galatasaray | | Cimbom
Fenerbahce | |
Besiktas | |
Olympiacos | |
Panathinaikos | |
Anderlecht | |
Club Brugge | |
Shakhtar Donetsk | Shakhtar |
Dynamo Kiev | Dynamo Kyiv |
Zenit St Petersburg | Zenit |
CSKA Moscow | |
Spartak Moscow | |
Sporting Lisbon | Sporting CP |
Midtjylland | FC Midtjylland |
Schalke 04 | Schalke |
Bayer Leverkusen | |
Celta Vigo | |
Espanyol | |
"""


# Leagues under their other names: an initialism no text spells out beside the name ("EPL"),
# a sponsor's name of another season ("Barclays Premiership", "Liga BBVA"), the Spanish
# name. "Premiership" alone is left out: Scotland's league and English rugby's are called so.
_LEAGUES = """
Premier League | EPL, English Premier League, Barclays Premier League, Barclays Premiership
La Liga | Primera Division, Spanish Primera Division, Liga BBVA, La Liga Santander
Scottish Premiership | SPL, Scottish Premier League
Major League Soccer | MLS
"""


# Teams that are no football club of the table, by the names reports call them: a national
# side by its nickname, men's or women's ("Les Bleus", "Les Bleues", "the Azzurri": the
# side of a country is no page under the country's name, which is the place), a
# motor-racing team, a rugby club, a US team by its nickname. The model reads them as
# places or people ("Sauber", "Saracens"). Nicknames that are a people's, a club's or a
# common word too ("Lions", "Eagles", "Wasps", "Giants", "Jets", "Bulls") are left out,
# and so are teams named after a town or a person ("Gloucester", "Williams").
_TEAMS = name_keys(
    # National sides.
    "Les Bleus|Azzurri|Selecao|Seleção|La Roja|Oranje|Die Mannschaft|Three Lions|"
    "Socceroos|Matildas|Super Eagles|Black Stars|Bafana Bafana|El Tri|Albiceleste|"
    "All Blacks|Wallabies|Springboks|Pumas|Brave Blossoms|Black Caps|Proteas|"
    "Lionesses|Red Dragons|Boks|Samurai Blue|"
    # Women's national sides.
    "Les Bleues|Azzurre|Black Ferns|Football Ferns|Banyana Banyana|Super Falcons|Nadeshiko|"
    # Motor racing.
    "Sauber|Marussia|Force India|Toro Rosso|Scuderia Ferrari|Red Bull Racing|Haas|"
    "Manor Marussia|Caterham F1|Lotus F1|"
    # Rugby clubs.
    "Saracens|Harlequins|Leicester Tigers|Northampton Saints|Exeter Chiefs|"
    "Sale Sharks|Bath Rugby|Gloucester Rugby|London Irish|Ospreys|Scarlets|"
    "Cardiff Blues|Glasgow Warriors|"
    # US teams by their nicknames.
    "Yankees|Red Sox|Dodgers|Mets|Cubs|Lakers|Knicks|Celtics|Clippers|Cavaliers|"
    "Steelers|Packers|Seahawks|Broncos|49ers|Buckeyes"
)


def _table() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    names: dict[str, str] = {}  # a name key the club is called by → the club's full name key
    nicknames: dict[str, list[str]] = defaultdict(list)
    for line in _CLUBS.strip().splitlines():
        full, called, nicks = (part.strip() for part in line.split("|"))
        club = name_key(full)
        for name in (full, *called.split(",")):
            if name.strip():
                names[name_key(name)] = club
        for nick in nicks.split(","):
            if nick.strip():
                nicknames[name_key(nick)].append(club)
    return names, {nick: tuple(clubs) for nick, clubs in nicknames.items()}


_NAMES, _NICKNAMES = _table()
_LEAGUE_NAMES = names_by_line(_LEAGUES)


def clubs_of_nickname(key: str) -> tuple[str, ...]:
    """The full-name keys of the clubs called by the nickname whose name key is `key`
    ("blues" → chelsea, everton, birmingham city), or ()."""
    return _NICKNAMES.get(key, ())


def club_called(key: str) -> str | None:
    """The full-name key of the club that the name key `key` names ("leicester city",
    "leicester", "man city" → its club), or None."""
    return _NAMES.get(key)


def is_team(key: str) -> bool:
    """Whether the name key `key` is a team's that no football club of the table has: a
    national side's nickname ("les bleus"), another sport's team ("sauber", "saracens")."""
    return key in _TEAMS


def league_called(key: str) -> str | None:
    """The key of the league's name that the name key `key` names ("epl" → "premier
    league"), or None."""
    return _LEAGUE_NAMES.get(key)
