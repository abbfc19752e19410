"""Places whose names do not say they are places: sports grounds, landmarks and theme parks.

A ground is named after a person ("Vicente Calderon"), a district ("Old Trafford",
"Pittodrie") or a sponsor; a landmark by a word of its own ("Big Ben", "the Colosseum",
"Champs-Élysées"); a theme park after its firm ("Disney World"). The model reads such a name
by its words: a person, an organisation. The grounds of the clubs of `clubs` and the
sports' national grounds, and the landmarks and parks a reader knows, are places under
each of their names ("Camp Nou", "Nou Camp"), as general knowledge. Left out: a sponsor's
name alone ("Etihad", "Emirates": the firm's too), a ground or a landmark named like a
town or an event ("Hillsborough"), and the buildings that name the body in them ("the
Kremlin said", "the Pentagon", "Capitol Hill", "Downing Street"): reports mean the body.
"""

from __future__ import annotations

from generator.link.name_lists import names_by_line

# One place a line: its name, then its other names.
_GROUNDS = """
Old Trafford
Anfield
Stamford Bridge
Emirates Stadium
White Hart Lane
Tottenham Hotspur Stadium
Goodison Park
Villa Park
St James' Park
Etihad Stadium | City of Manchester Stadium
Selhurst Park
Loftus Road
Craven Cottage
Molineux | Molineux Stadium
Turf Moor
St Mary's Stadium
Carrow Road
The Hawthorns | Hawthorns
Upton Park | Boleyn Ground
London Stadium
King Power Stadium
Liberty Stadium
Britannia Stadium | bet365 Stadium
Stadium of Light
Elland Road
Ewood Park
Bramall Lane
Portman Road
Vicarage Road
Madejski Stadium
Fratton Park
Riverside Stadium
Pride Park | Pride Park Stadium
City Ground
Dean Court | Vitality Stadium
Amex Stadium | Falmer Stadium
KC Stadium | KCOM Stadium
Deepdale
Bloomfield Road
Ashton Gate
DW Stadium
Kenilworth Road
Griffin Park
St Andrew's Stadium
Celtic Park | Parkhead
Ibrox | Ibrox Stadium
Hampden Park | Hampden
Pittodrie | Pittodrie Stadium
Tynecastle | Tynecastle Park
Easter Road
Tannadice | Tannadice Park
Dens Park
Rugby Park
Fir Park
McDiarmid Park
Murrayfield | Murrayfield Stadium
Wembley | Wembley Stadium
Twickenham | Twickenham Stadium
Millennium Stadium | Principality Stadium
Aviva Stadium | Lansdowne Road
Croke Park
Stade de France
Parc des Princes
Stade Velodrome
Camp Nou | Nou Camp
Santiago Bernabeu | Bernabeu, Estadio Santiago Bernabeu
Vicente Calderon | Estadio Vicente Calderon
Wanda Metropolitano | Metropolitano
Mestalla
El Madrigal | Estadio de la Ceramica
Ramon Sanchez Pizjuan | Sanchez Pizjuan
San Mames
San Siro | Giuseppe Meazza, Stadio Giuseppe Meazza
Stadio Olimpico
Juventus Stadium | Allianz Stadium
Allianz Arena
Signal Iduna Park | Westfalenstadion
Veltins-Arena
Olympiastadion
Estadio da Luz
Estadio do Dragao
Amsterdam Arena | Johan Cruyff Arena
La Bombonera
Maracana
Estadio Azteca
Edgbaston
Headingley
Trent Bridge
Melbourne Cricket Ground | MCG
Eden Gardens
Augusta National
Aintree | Aintree Racecourse
Silverstone
Flushing Meadows
Madison Square Garden
Pepsi Center
Staples Center
Yankee Stadium
Fenway Park
Wrigley Field
Lambeau Field
"""
_LANDMARKS = """
Big Ben
Colosseum
Champs-Élysées | Champs-Elysees, Champs Elysees
Acropolis | Athens Acropolis
Parthenon
Stonehenge
Machu Picchu
Taj Mahal
Alhambra
Sagrada Familia
Arc de Triomphe
Great Wall of China | Great Wall
Niagara Falls
Grand Canyon
Ground Zero
Alcatraz
Uluru | Ayers Rock
Angkor Wat
Kilimanjaro | Mount Kilimanjaro
Matterhorn
Temple Mount
Western Wall | Wailing Wall
Dome of the Rock
Tiananmen Square | Tiananmen
Red Square
Times Square
Trafalgar Square
Piccadilly Circus
Disneyland | Disneyland Resort
Disney World | Walt Disney World
Disneyland Paris
Legoland
Epcot
"""
_KEYS = names_by_line(_GROUNDS) | names_by_line(_LANDMARKS)


def landmark_called(key: str) -> str | None:
    """The key of the place's first name in the lists that the name key `key` names ("nou
    camp" → "camp nou", "champs elysees" → "champs elysees"), or None."""
    return _KEYS.get(key)
