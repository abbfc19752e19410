"""Companies and other bodies the news names bare that no stock index of `name_lists` lists.

The indices pytickersymbols ships are Europe's, the US's and Japan's: Samsung, Huawei,
Gazprom, Ryanair, SpaceX, Ikea, Deloitte are on none (other markets, private firms), nor
are bodies known by a name of no organisation's word (Greenpeace, Ofsted). The news names
them bare and once ("launched by SpaceX", "told Ofsted"), where the model's label is as
often a person's or a place's. Their names are evidence of an organisation as a listed
firm's are (`voting._listed_company`, which leaves out names that are words or places),
not a decision: the text still has its say. Firms named like a sports ground ("Etihad",
"Emirates": Manchester City's and Arsenal's) are left out, and so are bodies whose every name
`organisations` makes an organisation already ("Fifa", "Unicef").
"""

from __future__ import annotations

_FIRMS = frozenset(
    (
        # Asia.
        "Samsung|Hyundai|Kia|LG|SK Hynix|Lotte|Alibaba|Tencent|Baidu|JD.com|Huawei|Xiaomi|"
        "ZTE|Lenovo|Foxconn|TSMC|ByteDance|Haier|BYD|Geely|Tata|Infosys|Wipro|Mahindra|"
        "Adani|SoftBank|Rakuten|Uniqlo|Petronas|Temasek|"
        # Russia and the Gulf.
        "Gazprom|Rosneft|Lukoil|Sberbank|Aeroflot|Aramco|Saudi Aramco|Qatar Airways|"
        # Airlines and railways.
        "Ryanair|easyJet|Wizz Air|Flybe|Vueling|KLM|Germanwings|Alitalia|Qantas|AirAsia|"
        "Cathay Pacific|Virgin Atlantic|Eurostar|"
        # Private firms.
        "SpaceX|Blue Origin|Virgin Galactic|Ikea|Lego|Aldi|Lidl|Bosch|Deloitte|KPMG|PwC|"
        "McKinsey|Cargill|Bechtel|Koch Industries|WeWork|Theranos|Palantir|OpenAI|"
        # Shops, restaurants and brands of fuel.
        "Asda|Argos|Primark|Waitrose|Morrisons|Harrods|Selfridges|Zara|Chipotle|Esso|Texaco|"
        # Bodies of no organisation's word.
        "Greenpeace|Oxfam|WikiLeaks|Europol|Frontex|Ofsted|Ofcom|Ofgem|Ofwat|Unesco|Mencap|"
        "Barnardo's|Wada|Rusada|Usada|Stasi"
    ).split("|")
)


def is_known_firm(name: str) -> bool:
    """Whether `name`, as written, is one of the companies or bodies above ("SpaceX",
    "Ofsted")."""
    return name.replace("’", "'") in _FIRMS
