"""Toponym resolution: pick each mention's place from its candidates using the whole article as context.

Score of a candidate = its prior (kind, population, capital/seat, own name vs alternate; see
`geomap.gazetteer.prior`) plus evidence from the article:
- "City, State" / "City, Country": the next mention names the region or country the candidate lies in
  (and the region's own reading is the one that holds the city: "Albany, New York" is the state), and so
  does a possessive before it ("Iraq's semi-autonomous Kurdistan region", "Turkey's city of Antalya"); a
  politician's or a region's words ("a Washington Democrat", "the New York border", "upstate New York")
  and a list of states ("California, Oregon and Washington") ask for the state, a list of countries for the
  country ("Benin and Togo"); an administrative word asks for the region ("the Donetsk region", "Idlib
  province", "the province of Cagayan"), "city" for the town, and "the" for a sea or river when the name is
  no country ("the Red Sea", not Egypt's governorate); a dateline is a town
  ("NEW YORK (AP) -" is the city); a mention the text puts in a region takes the name's reading there
  even when its other mentions mean another place ("rallies in Manchester ... a volunteer from
  Manchester, England"), and a town the text puts in a region where the gazetteer has none of that name
  ("Avon, Conn.") is left unresolved rather than placed in another state;
- containment: the article's other places lie in the candidate's country, or in its admin-1 region; a
  country or admin-1 candidate is supported by the places the article names inside it ("Georgia" with
  Atlanta is the state, with Tbilisi the country); demonyms count as half a place of their country
  ("Georgian troops");
- proximity: another name of the article has a reading near the candidate, the nearer the stronger, one
  share of evidence per name;
- world cities: a big city or national capital outside the article's main country gathers the other names'
  belief in such cities (a markets story naming London, Paris and Milan), unless the name is also a world
  city inside that country (Valencia in a story from Venezuela);
and one sense per document: every mention of the same name gets the same place, unless the text tells
two places of the name apart ("PARIS, Texas" ... "Paris, France"; "Buenos Aires province" and the city).

The names of an article are resolved jointly. Proximity counts the nearest reading of each other name
whatever its prior, because the coincidence is the evidence: that "Huntsville" and "Walker County" both
have a reading in the same Texas county is unlikely by chance, so the pair pulls each other there although
Huntsville, Alabama is the bigger town. Containment is settled by relaxation: every name starts as a
spread of belief over its readings, each reading gathers the other names' belief mass in its country and
region, and the beliefs are updated from the new scores for a few rounds, so no early guess locks the
article into the wrong state. Two names for one place ("Dublin", "Dublin City") are not two witnesses,
and a reading far less likely than its name's best (WITNESS_GAP) witnesses nothing: Ohio's London,
Frankfort and Geneva must not vouch for each other in a story about world markets.

A bare name is also read as the county the article names in full ("DeKalb County ... DeKalb"). A
feature named after a place ("Madison Township", "Lake Norman", see `geomap.recognize`) is placed only
at a namesake near the article's other places, a river or valley named after one ("the Naugatuck River")
at its namesake unless that lies over 300 km from them (`_far_valleys`), and a street named after one
("Dublin Road") in the town the text puts it in (`_streets`). A name whose best candidate is weak, or a small town that
nothing else in the article supports, is left unresolved with a reason rather than guessed; so is a small
town abroad, or in another region, in an article set in one country or region, that names nothing else there
(`_strays`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import accumulate

import numpy as np

from geomap.gazetteer.index import CUSTOM_BONUS, MEGACITY
from geomap.models import Candidate, Mention, Place, Toponym
from geomap.names import ADMIN_SUFFIXES, CALLS_GAP_RE, fold, province_town, spelled_alike
from geomap.tokens import (
    ARABIC_GENERIC,
    KIN_GENERIC,
    common_rank,
    common_words,
    demonym_countries,
    demonyms,
    irish_county_before,
)

MAX_CANDIDATES = 25
PATTERN_BONUS = 3.0
COUNTRY_BONUS = 1.5
ADMIN1_BONUS = 1.5
REGION_BONUS = 2.5  # a country or admin-1 region naming places inside it
NEAR_BONUS = 1.0  # per other name with a reading right next to the candidate
NEAR_KM = 60.0  # proximity evidence decays over this distance
WITNESS_GAP = 1.5  # a reading this far below its name's best (prior and patterns) witnesses nothing
WORLD_CITY = 500_000
METROPOLIS = 1_000_000  # a city this big is what its own name means even beside an alternate's neighbours
NEIGHBOUR_STATES = 2  # a country named like a state, in a story naming this many other states, is the state
BIG_OWN = 100_000  # a city this big is what its own name means, unless the article places an alternate reading
FAME_BONUS = 1.5  # a world city, in an article that names other world cities
DEMONYM_WEIGHT = 0.5  # a demonym ("Syrian forces") counts as half a place of its country for containment
ROUNDS = 4  # relaxation rounds (the beliefs settle in three)
SHORT_WORDS = ("county", "parish", "borough")  # "DeKalb" may be short for "DeKalb County"
AROUND_KM = 150.0  # "the Kyiv region" (the oblast) lies around Kyiv; "the Washington region" is no state
CITY_REGION_KM = 50.0  # a region named like the capital and this close to it is the city's own region
SPELLING_BONUS = 0.5  # for a reading whose own name the text writes letter for letter, accents and all
SHORT_FORM_BONUS = 1.0  # for the county reading of a bare name whose county the article names in full
MIN_SCORE = 0.9
SUPPORT = 0.3  # context evidence below this counts as none
SMALL_TOWN = 50_000
VILLAGE = 10_000  # a place this small with no neighbour in the article yields to a big city of its name
RIVER_KM = 500.0  # a state's own river this far from all the article's other places is another state's namesake
NEIGHBOUR_KM = 50.0  # a place read this close to a small town vouches for it (see `_lonely`)
BORDER_KM = 100.0  # a small town this close to one of the article's is no stray from another region
SPELLING = 0.8  # how alike two spellings of one name are (SequenceMatcher's ratio: "marrakech", "marrakesh" 0.89)
SEAT_KM = 75.0  # a town this near a district's point, of the district's name, is what the bare name means,
SEAT_SHARE = 10  # if it holds at least this share (1/10) of the district's people
VALLEY_KM = 300.0  # a river or valley named after a place this far from all the article's towns is not there
STRAY_SHARE = 0.75  # an article with this share of its placed names in one country is set there
SETTING_NAMES = 3  # ... and this many of them
WORD_TOWN = 3000  # a town abroad named by an English word this common ("Enterprise") needs a neighbour there
NAMESAKE_NEAR = 0.4  # a namesake needs another place of the article within about 55 km
POINT_KINDS = ("city", "admin2")
SITE_KINDS = (*POINT_KINDS, "admin1")  # a point, or a state/province
ISLAND_KINDS = ("region", "admin1")  # an island's own reading: a curated island or an island province ("Bali")
EARTH_KM = 6371.0088
STREET_GAPS = (", ", " in ", ", in ")  # "2517 Memphis St., Alexandria", "Dunlap St. in Paris"
NEAR_LIMIT_KM = 250.0  # "Hindon air base near New Delhi": a reading farther than this is not near
OWNER_KM = 500.0  # a small town this far from the region that owns it in the text ("Florida's Big Bend") is no answer
ISLAND_KM = 150.0  # "Town, Region" with a named region that has only a point: the town lies this close to it
INSIDE_KM = 60.0  # "the port of Kituku in Goma": a place in a city lies this close to it
_NEAR_GAP = re.compile(  # between a place and the town it is said to be near
    r"(?:\s+(?:air ?base|airbase|airport|camp|refugee camp|border crossing|crossing|village|town|district|area))?,?"
    r"\s+(?:near|outside|close to|on the outskirts of|(?:about |some )?(?P<n>\d[\d,.]*) ?"
    r"(?P<unit>km|kilometres|kilometers|miles)(?: \(\d+ (?:miles|km)\))? "
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest) of|from))\s+"
    r"(?:the (?:city|town|capital) of )?$")
_BLOCK = 256  # rows of the distance matrix computed at once


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class _Name:
    """One distinct name of the article (folded key), its mentions and its candidate readings."""

    key: str
    mentions: int
    cands: list[Candidate]
    pattern: list[float]  # the text's cues per candidate (patterns, possessives, region and kind words),
    # averaged over the name's mentions
    kinds: list[float] = field(default_factory=list)  # the part of `pattern` that only tells the kind of place
    # ("the town of"), not where it lies
    namesake: str | None = None  # the name of the place a feature is named after ("madison" for "Madison
    # Township"): its candidates are namesakes
    qualifiers: dict[int, tuple[str, bool]] = field(default_factory=dict)  # mention -> its region's key, and
    # whether the region is a qualifier after it ("Avon, Conn.") rather than a possessive ("Iraq's Kurdistan")


def _contains(region: Place, cand: Candidate) -> bool:
    """The candidate lies in the country or admin-1 region, or is a town within ISLAND_KM of a named region
    of the same country (a curated island or valley has a point, not an outline: "Kilauea, Kauai")."""
    place = cand.place
    if region.kind == "country":
        return region.country_code == place.country_code and place.kind != "country"
    if region.kind == "region":
        return (place.kind in POINT_KINDS and region.country_code in (None, place.country_code)
                and km(region.lat, region.lon, place.lat, place.lon) <= ISLAND_KM)
    return (region.kind == "admin1" and region.country_code == place.country_code and region.admin1 == place.admin1
            and place.kind not in ("admin1", "country"))


def _pattern_regions(text: str, mentions: Sequence[Mention], k: int) -> list[Candidate]:
    """Region readings of the name right after mention k in a "City, Region" or "City in Region" pattern."""
    if k + 1 >= len(mentions):
        return []
    nxt = mentions[k + 1]
    gap = text[mentions[k].end: nxt.start]
    if gap not in REGION_GAPS and not _IN_GAP.fullmatch(gap):  # (but "Times Square in New York" is
        return []  # no "City, Region": New York is the city there)
    return [c for c in nxt.candidates if c.place.kind in ("admin1", "country", "region")]


def _owner_regions(text: str, mentions: Sequence[Mention], k: int) -> list[Candidate]:
    """Country and admin-1 readings of the name that owns mention k in the possessive: "Iraq's
    semi-autonomous Kurdistan region", "Turkey's city of Antalya", "Russia's Kursk region"."""
    if k == 0 or not _OWNED.fullmatch(text, mentions[k - 1].end, mentions[k].start):
        return []
    return [c for c in mentions[k - 1].candidates if c.place.kind in ("admin1", "country")]


_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)In\s+(?:(?:the\s+)?(?:north|south|east|west|central|"
                             r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                             r"south-?western)\s+)?$")
_FRONTED_GAP = re.compile(r",[^.;!?\n]{1,80}$")


def _fronted_regions(text: str, mentions: Sequence[Mention], k: int) -> list[Candidate]:
    """Country and admin-1 readings of the region a sentence opens with, for a place later in it: "In northern
    Kosovo, Serbs in Mitrovica lit candles" (Kosovo's Mitrovica, not Serbia's)."""
    if k == 0:
        return []
    region = mentions[k - 1]
    if not (_FRONTED_BEFORE.search(text, max(0, region.start - 30), region.start)
            and _FRONTED_GAP.fullmatch(text, region.end, mentions[k].start)):
        return []
    return [c for c in region.candidates if c.place.kind in ("admin1", "country")]


_NATION_KIND_BEFORE = re.compile(  # "the Canadian city of Kingston", "the Spanish island of La Palma"
    r"\bthe\s+(?P<people>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:city|town|village|island|port|province|region|"
    r"state|capital|district|municipality|county|resort|border town|port city)\s+of\s+$")


def _nation_before(text: str, m: Mention) -> str | None:
    """The country whose people's name comes before the mention with the kind of place it is: "the Canadian
    city of Kingston" is Canada's."""
    found = _NATION_KIND_BEFORE.search(text, max(0, m.start - 50), m.start)
    return demonyms().get(found.group("people")) if found else None


def _pattern_towns(text: str, mentions: Sequence[Mention], k: int) -> Sequence[Candidate]:
    """Readings of the name right before mention k in a "City, Region" pattern: mention k is the region
    ("Albany, New York" is the state, not the city)."""
    if k == 0 or text[mentions[k - 1].end: mentions[k].start] not in REGION_GAPS:
        return ()
    return mentions[k - 1].candidates


def _region_readings(text: str, mentions: Sequence[Mention], k: int) -> tuple[bool, set[str | None]]:
    """Whether the text asks for a country or admin-1 reading of mention k, by a politician's or a
    region's words ("a Washington Democrat", "Republican of New York", "the Mexico border", "New York
    Gov.", "upstate New York", "the Ontario Premier", "Ontario's transportation ministry"; not for a
    capital: "Kabul's interior ministry" is the Afghan government's, in the city); and the countries whose
    admin-1 reading it asks for, by a list of states the name stands in ("Missouri, New York, North
    Carolina", "California, Oregon and Washington"), with "" for a country reading, by a list of countries
    ("Benin and Togo", not Benin City)."""
    m = mentions[k]
    words = bool(_REGION_WORDS.match(text, m.end) or _REGION_WORDS_BEFORE.search(text, max(0, m.start - 20), m.start)
                 or (_GOVERNMENT_WORDS.match(text, m.end)
                     and not any(c.primary and c.place.feature_code == "PPLC" for c in m.candidates)))
    out: set[str | None] = set()
    for a, b in ((k - 1, k), (k, k + 1)):
        if a >= 0 and b < len(mentions) and text[mentions[a].end: mentions[b].start] in LIST_GAPS:
            other = mentions[a if b == k else b]
            if other.candidates and (top := other.candidates[0]).place.kind == "admin1":
                out.add(top.place.country_code)
            elif other.candidates and top.place.kind == "country" and top.primary:
                out.add("")
    return words, out


def _polity(cand: Candidate) -> bool:
    """A country or admin-1 reading under its own name ("Georgia", not Gaza Province as "Gaza")."""
    return cand.place.kind in ("country", "admin1") and fold(cand.place.name) == cand.matched_name


_NEIGHBOUR_BEFORE = re.compile(r"\b[Nn]eighbou?ring\s+$")


def _kind_asked(text: str, m: Mention) -> str | None:
    """The kind of place the words around a mention ask for: a region ("the Donetsk region"), an admin
    region ("Idlib province", "Kherson oblast", "the province of Cagayan"), a town ("Zaporizhzhia city", "the
    city of Valencia"), after "the", a sea or river ("the Red Sea", not Egypt's Red Sea governorate), or after
    "neighbouring", a country."""
    given = _admin_word(text, m)
    if given and not given[1]:
        return "region" if given[0] == "region" else "admin"
    if _STATE_APPOSITION_AFTER.match(text, m.end):
        return "admin"  # "Georgia, the US state"
    if given or irish_county_before(text, m.start):  # "the province of Cagayan",
        return "admin"  # "Tralee, Co Kerry"
    if (text.endswith(("the ", "The "), 0, m.start) and _STATE_CITY_AFTER.match(text, m.end)
            and any(c.primary and c.place.kind in ("admin1", "country") for c in m.candidates)):
        return "admin"  # "the Colorado city said": a city in that state
    if _VILLAGE_AFTER.match(text, m.end) or _VILLAGE_BEFORE.search(text, max(0, m.start - 16), m.start):
        return "village"  # "captured New York, a village south of Toretsk": no New York City
    if (_TOWN_WORD_AFTER.match(text, m.end) or _TOWN_WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
            or (text.endswith(", ", 0, m.start) and _ADDRESS_BEFORE.search(text, max(0, m.start - 60), m.start))):
        return "town"
    if text[max(0, m.start - 4): m.start] in ("the ", "The "):
        return "water"
    if _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 14), m.start) and any(
            c.place.kind == "country" for c in m.candidates):
        return "country"  # "the border with neighbouring Niger" (not Nigeria's Niger State)
    return None


def _answers(asked: str, cand: Candidate, capital: Place | None) -> bool:
    """The candidate is the kind of place the text asks for (`_kind_asked`): a region (admin or named:
    "the Kurdistan region", "the Sahel region") by its own name or by its name without the
    administrative word ("Sagaing Region", "Province of Cagayan"); a "region" named like a national
    capital lies around it, within AROUND_KM ("the Dakar region", "the Kyiv region"; "the Washington
    region" is the capital's, not the state; but "Buenos Aires province"); a town; or a sea or river."""
    if asked == "village":
        return cand.place.kind == "city" and cand.place.population < SMALL_TOWN
    if asked in ("town", "water", "country"):
        return cand.place.kind == {"town": "city"}.get(asked, asked)
    own = fold(cand.place.name)
    around = asked != "region" or capital is None or (
        km(cand.place.lat, cand.place.lon, capital.lat, capital.lon) <= AROUND_KM)
    head, _, word = own.rpartition(" ")
    return around and cand.place.kind in ("admin1", "admin2", "region") and (
        own in (cand.matched_name, "county " + cand.matched_name) or own.endswith(" of " + cand.matched_name)
        or (asked == "admin" and province_town(own) == cand.matched_name)  # "Málaga province": Provincia de
        # Málaga (but "the Valparaíso region" is Chile's region, not its province)
        or (head == cand.matched_name and word in ADMIN_SUFFIXES))  # "Sagaing Region", not "Mexico City"


def _admin_word(text: str, m: Mention) -> tuple[str, bool] | None:
    """The administrative word the text gives the name, singular and lower case, and whether it comes before it
    ("department", True for "the department of Beni"; "province", False for "Idlib province"), if any."""
    word = _ADMIN_WORD_AFTER.match(text, m.end) or _LISTED_ADMIN_AFTER.match(text, m.end)
    before = word is None and text.endswith((" of ", " of the "), 0, m.start)
    if before:
        word = _ADMIN_WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    if not word:
        return None
    plural = word.group(1).lower()
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-2] if plural.endswith("shes") else (
        plural.removesuffix("s")), before


def _same_word(word: str | None, cands: Sequence[Candidate], answers: list[bool]) -> list[bool]:
    """Of several regions the text's administrative word asks for, those whose own name has that word ("the department
    of Beni" is Bolivia's Beni Department, not the Congolese district of Beni)."""
    same = [ok and word is not None and word in fold(c.place.name).split() for ok, c in zip(answers, cands)]
    return same if any(same) else answers


def _answering(asked: str | None, cands: Sequence[Candidate], capital: Place | None) -> list[bool]:
    """Which readings are the kind of place the text asks for (`_answers`). Of two regions named like a
    capital, the capital's own city region ("Moscow") is not "the Moscow region" (Moscow Oblast)."""
    out = [asked is not None and _answers(asked, c, capital) for c in cands]
    if asked == "region" and capital is not None and sum(out) > 1:
        out = [ok and not (fold(c.place.name) == c.matched_name and km(
            c.place.lat, c.place.lon, capital.lat, capital.lon) <= CITY_REGION_KM) for ok, c in zip(out, cands)]
    return out


def _in_list(text: str, mentions: Sequence[Mention], k: int) -> bool:
    """Mention k is followed by another name of a list ("Sydney, Singapore and Hong Kong")."""
    return k + 1 < len(mentions) and text[mentions[k].end: mentions[k + 1].start] in LIST_GAPS


_NOT_DESCRIPTIVE = (  # words that end a description of the place: verbs, prepositions, conjunctions, articles
    "with|to|over|from|for|on|in|at|by|into|onto|against|about|after|before|under|between|across|through|toward|"
    "towards|near|and|or|but|is|was|are|were|has|have|had|will|would|said|says|the|a|an|its|their|his|her")
_OWNED = re.compile(  # "Iraq's semi-autonomous Kurdistan", "Venezuela's industrial city of Valencia", "Cuba's
    # second city Santiago"; not "Mexico's border with Texas", "Maine's lobster exports to China"
    rf"['’]s (?:(?!(?:{_NOT_DESCRIPTIVE}) )[a-z0-9][a-z0-9-]* ){{0,4}}")
REGION_GAPS = (", ", ",", ", in ")  # "Springfield, Illinois", "Perry, in Florida's Big Bend region"
_IN_GAP = re.compile(  # a place in a country, state or town: "Perth in Australia", "Georgia in the United States",
    r"(?: (?:City|Town|Borough|County) (?:Council|Hall)| (?:Police|Fire) Department)?"  # its offices: "Kingston City
    # Council in Ontario"
    r" in (?:the |(?P<part>(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)? ))?")  # "Bangor in
# north Wales", "Richmond in south-west London" (a part of the region asks less: see `_qualified`)
_PART_OF_GAP = re.compile(r" (?:neighbou?rhood|district|suburb|section|quarter) of (?:the city of )?"
                          r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|downtown) )?")
LIST_GAPS = (", ", " and ", ", and ", " or ", ", or ")  # between the names of a list
_REGION_WORDS = re.compile(  # "State" too, unless it starts a name ("Moscow State University", not "State Police")
    r" (?:Democrats?|Republicans?|border|state|State(?= Police| Legislature)|State(?! [A-Z])|[Gg]overnor|Gov\."
    r"|[Ll]egislature|[Ss]tatehouse|lawmakers|primary)(?!\w)|['’]s governor\b")  # ("Gov." before a space too)
_STATE_WORDS = re.compile(  # a state's, not a country's: "Georgia Gov. Brian Kemp", "the Georgia Legislature"
    r" (?:[Gg]overnor|(?:Lt\. )?Gov\.|[Ll]egislature|[Ss]tatehouse|state (?:senator|lawmakers|legislature|capitol))"
    r"(?!\w)")
_STATE_APPOSITION_AFTER = re.compile(  # "Georgia, the US state", "Punjab, the Indian state" (not "Katsina, the
    # state capital")
    r",? (?:the|a) (?:[A-Z][\w.]*\.? )?(?:state|province)\b(?! (?:capital|government|police|governor|assembly|"
    r"house|legislature|media|broadcaster|election|border|line)\b)")
_GOVERNORS_OF = re.compile(r"\b[Gg]overnors? of $")  # "the governors of Georgia, Washington and Oregon"
_GOVERNMENT_WORDS = re.compile(  # a region's or a country's, but a capital's name stands for its country's
    r" Premier(?= [A-Z][a-z]+ [A-Z]|,| said| says)| [Pp]arliament\b|['’]s (?:premier(?=,| [A-Z])|parliament\b"
    r"|(?:interior|defen[cs]e|foreign|health|finance|transport(?:ation)?|education|justice|agriculture|environment"
    r"|energy|economy|trade|home|labou?r|culture|water|information) ministry)")
_ADMIN_WORD_AFTER = re.compile(  # lower-case "department" and "state": not "the Los Angeles Department of Water"
    r" (regions?|provinces?|oblasts?|governorates?|prefectures?|(?-i:departments?(?! stores?\b)|states?"
    r"|county(?! courts?\b)|districts?(?! (?:attorneys?|courts?|judges?|councils?)\b)))\b", re.IGNORECASE)  # (not
# "a Tokyo department store", "Oxford county court", "the Manhattan district attorney")
_LISTED_ADMIN_AFTER = re.compile(  # "the Odesa and Mykolaiv regions": the first names of the list too
    r"(?:(?:, |,? and )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)+ "
    r"(regions|provinces|oblasts|governorates|prefectures|states|counties|parishes|districts)\b")
_TOWN_WORD_AFTER = re.compile(r" (?:city\b(?! of)|[Mm]ayor\b)")  # lower-case "city" ("Kansas City" is a name;
# "the Oregon city of"); a mayor's town ("Moscow Mayor Sergei Sobyanin" is the city, not its oblast)
_ADMIN_WORD_BEFORE = re.compile(r"\b(province|state|region|county|parish|department|governorate|prefecture|oblast"
                                r"|(?<=\bthe )district|(?-i:District)) of (?:the )?$", re.IGNORECASE)  # ("the district
# of Swat"; but "a residential district of Kharkiv" is part of the city)
_STATE_CITY_AFTER = re.compile(  # "the Colorado city said" (not "the Kyiv city council")
    r" city\b(?! (?:of|council|hall|police|officials?|authorities|administration|government|manager)\b)")
_TOWN_WORD_BEFORE = re.compile(r"\b(?:city|town) of $")
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet) of $")
_VILLAGE_AFTER = re.compile(r",? (?:a|the) (?:[\w-]+ )?(?:village|hamlet)\b")  # ", a frontline village"
_STATE_ENDS = re.compile(r"\s*(?:[,.;:)—–]|-\s|$)")  # the state ends its phrase: "Ireland, Ind., on Sunday"
_ADDRESS_BEFORE = re.compile(  # "the funeral home, 400 S. Locust St., Lebanon": an address's town
    r"\b\d+[A-Za-z]? (?:[NSEW]\. )?(?:[A-Z][\w'’]* ){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\."
    r"|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Highway|Hwy\.|Pike|Parkway|Pkwy\.), $")
_AT_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from)\s+$", re.IGNORECASE)  # not "a pass to Evans"
_REGION_WORDS_BEFORE = re.compile(r"\b(?:(?:Democrat|Republican)s? (?:of|from)|upstate|downstate|[Gg]overnors? of) $")


def _senses(text: str, mentions: Sequence[Mention], asked: Sequence[str | None], filed: int | None = None) -> list[str]:
    """The sense key of each mention: its folded name, one sense per document, unless the text tells two
    places of the name apart. Mentions qualified in two ways ("PARIS, Texas" ... "Paris, France") are two
    senses, and so is a name written both with an administrative word and without ("Buenos Aires
    province" ... "marched in Buenos Aires"); a bare mention then keeps the bare key, or takes the sense of
    the dateline (`filed`), when that is the name qualified ("LONDON, Ont." ... "London, England" ...
    "London never forgets" is Ontario's; `asked`: each mention's `_kind_asked`). One qualifier for
    all ("Springfield, Ill." ... "Springfield, Illinois" ... "Springfield": a qualifier is the region it
    names, however spelled) is still one sense, and so is "the city of Antalya" with a bare "Antalya" (a
    bare name is the city already)."""
    keys = [fold(m.text) for m in mentions]
    quals: list[str | None] = []
    for k, kind in enumerate(asked):
        region = _pattern_regions(text, mentions, k) if not _in_list(text, mentions, k + 1) else []
        quals.append("#region" if kind in ("region", "admin") else region[0].place.id if region else None)
    seen: dict[str, set[str | None]] = {}
    for key, qual in zip(keys, quals):
        seen.setdefault(key, set()).add(qual)
    senses = [f"{key}|{qual}" if qual and (len(seen[key] - {None}) > 1 or (qual == "#region" and None in seen[key]))
              else key for key, qual in zip(keys, quals)]
    if filed is not None and quals[filed] not in (None, "#region"):
        home = senses[filed]
        senses = [home if key == keys[filed] and qual is None else sense
                  for key, qual, sense in zip(keys, quals, senses, strict=True)]
    return senses


def _spelled(written: str, cands: Sequence[Candidate]) -> list[bool]:
    """Which towns' own names the text writes letter for letter, accents and all, when another town's own name is
    the same but for them (Münster and Munster); none otherwise (a region's name in GeoNames has no accents)."""
    exact = [c.place.kind == "city" and c.place.name == written for c in cands]
    rival = any(c.place.kind == "city" and not e and fold(c.place.name) == fold(written) for c, e in zip(cands, exact))
    return exact if rival else [False] * len(cands)


def _names(text: str, mentions: Sequence[Mention], keys: Sequence[str], kinds_asked: Sequence[str | None],
           filed: int | None = None) -> list[_Name]:
    """The article's distinct names (by sense key, see `_senses`) with their readings and pattern bonuses
    (`kinds_asked`: each mention's `_kind_asked`; `filed`: the index of the dateline mention, which names the town the
    story was filed from: "NEW YORK (AP) -")."""
    names: dict[str, _Name] = {}
    for k, m in enumerate(mentions):
        if not m.candidates:
            continue
        key = keys[k]
        name = names.get(key)
        if name is None:
            cands = list(m.candidates[:MAX_CANDIDATES])
            namesake = None if m.street else _namesake(m.text, cands)
            name = names[key] = _Name(key, 0, cands, [0.0] * len(cands), [0.0] * len(cands), namesake)
        name.mentions += 1
        regions = _pattern_regions(text, mentions, k)
        towns = _pattern_towns(text, mentions, k)
        owners = _owner_regions(text, mentions, k)
        fronted = _fronted_regions(text, mentions, k)
        nation = _nation_before(text, m)
        words, states = _region_readings(text, mentions, k)
        asked = kinds_asked[k]
        if asked == "water" and any(c.place.kind == "country" for c in name.cands):
            asked = None  # "the Congo", "the Gambia": the country
        capital = next((c.place for c in name.cands if c.primary and c.place.feature_code == "PPLC"), None)
        if not m.text.isascii() and asked is None:  # written with its accents: of towns by that name, the one so
            # spelled ("Münster" is North Rhine-Westphalia's city, not Lower Saxony's Munster)
            name.pattern = [b + SPELLING_BONUS * spelled for b, spelled in zip(name.pattern, _spelled(m.text,
                                                                                                       name.cands))]
        if not (regions or towns or owners or fronted or nation or words or states or asked):
            continue
        inside = [c for c in name.cands for r in regions
                  if _contains(r.place, c)]
        if regions and not _in_list(text, mentions, k + 1) and (
                all(c.place.kind in POINT_KINDS or (c.place.kind == "country" and all(
                    r.place.kind == "admin1" for r in regions) and _STATE_ENDS.match(text, mentions[k + 1].end))
                    for c in name.cands)  # ("Ireland, Ind." is a town; not "from Canada, Michigan farmers said")
                or any(c.place.kind in SITE_KINDS for c in inside)
                or (not inside and all(c.place.kind in ("region", "water") for c in name.cands)
                    and all(r.place.kind == "admin1" for r in regions))):  # (a feature not in the state: "Ebro,
            # Florida" is no Spanish river)
            part = (gap := _IN_GAP.fullmatch(text, m.end, mentions[k + 1].start)) and gap.group("part")
            name.qualifiers[k] = (keys[k + 1], not part or all(r.place.kind == "country" for r in regions))
            # "Avon, Conn.", "Manchester, England": a town there; "Victoria, Australia": the state there, whatever
            # "Victoria" means elsewhere in the article; "the village of Banjska in northern Kosovo" is none in
            # Bulgaria (a part of a state asks less: "Bangor in north Wales")
        elif owners:
            name.qualifiers[k] = (keys[k - 1], False)  # "India's Punjab", "Pakistan's Punjab", "Florida's Big Bend"
        answers = _same_word(given[0] if (given := _admin_word(text, m)) else None, name.cands,
                             _answering(asked, name.cands, capital))
        top = name.cands[0].place
        if (states - {""} and top.kind == "city" and not any(c.place.kind == "admin1" and c.place.country_code in states
                                                             for c in name.cands)):
            states = states | {c.place.country_code for c in name.cands if c.place.kind == "admin1" and (
                c.place.country_code, c.place.admin1) == (top.country_code, top.admin1)}  # "Maine and Quebec": the
            # province around its namesake city (not Senegal's Saint-Louis region for "W. Va., and St. Louis")
        state_only = _state_only(text, m)
        for i, cand in enumerate(name.cands):  # where it lies, and what kind of place it is, add up
            where = any(_contains(r.place, cand)
                        for r in (*regions, *owners, *fronted)) or any(
                _contains(cand.place, t) for t in towns) or (nation is not None and cand.place.country_code == nation)
            kind = (_polity(cand) and (words or cand.place.country_code in states
                                       or (cand.place.kind == "country" and "" in states))
                    and not (cand.place.kind == "country" and state_only)) or answers[i]
            name.pattern[i] += PATTERN_BONUS * (where + kind)
            name.kinds[i] += PATTERN_BONUS * kind
    for name in names.values():
        name.pattern = [b / name.mentions for b in name.pattern]
        name.kinds = [b / name.mentions for b in name.kinds]
    if filed is not None and (town := names.get(keys[filed])):
        settled = _pattern_regions(text, mentions, filed) if filed in town.qualifiers else []  # "LONDON, Ont.":
        # the dateline's region holds for the bare mentions too, undiluted by them
        town.pattern = [b + PATTERN_BONUS * (c.place.kind == "city") + PATTERN_BONUS * (1 - 1 / town.mentions) * any(
            _contains(r.place, c) for r in settled) for b, c in zip(town.pattern, town.cands)]
    _short_forms(names)
    return list(names.values())


def _state_only(text: str, m: Mention) -> bool:
    """The words around mention m are a state's, not a country's: "Georgia Gov. Brian Kemp", "the Georgia
    statehouse", "the governors of Georgia, Washington and Oregon" (not "the National Bank of Georgia Governor")."""
    return bool((_STATE_WORDS.match(text, m.end) and not text.endswith(" of ", 0, m.start))
                or (_GOVERNORS_OF.search(text, max(0, m.start - 16), m.start)
                    and "central bank" not in text[m.end: m.end + 80]))  # ("the governors of Georgia, Armenia and
    # Azerbaijan's central banks")


def _namesake(written: str, cands: Sequence[Candidate]) -> str | None:
    """The name the candidates answer to, when the mention is longer ("Madison Township" -> "madison"). A name
    with "island" in lower case is the island itself when the name's likeliest reading is a region: "Siargao
    island" is Siargao, "Bali island" the province ("Delft island", off Sri Lanka, is named like the Dutch town;
    "Sagar Island" is no district of Madhya Pradesh, nor "the Indian Ocean island" the ocean)."""
    key = fold(written)
    if any(c.matched_name == key for c in cands) or (
            written.endswith((" island", " islands")) and cands and cands[0].place.kind in ISLAND_KINDS):
        return None
    return next((c.matched_name for c in cands
                 if key.startswith(c.matched_name + " ") or key.endswith(" " + c.matched_name)), None)


def _short_forms(names: dict[str, _Name]) -> None:
    """A bare name whose "X County" (or Parish, Borough) the article also names may be that county
    ("DeKalb County ... in DeKalb"): the county's readings join the bare name's own."""
    for key, name in names.items():
        for word in SHORT_WORDS:
            full = names.get(f"{key} {word}")
            if full is None:
                continue
            have = {c.place.id for c in name.cands}
            extra = [c for c in full.cands if c.place.kind == "admin2" and c.place.id not in have]
            name.cands += extra
            name.pattern += [SHORT_FORM_BONUS] * len(extra)
            name.kinds += [0.0] * len(extra)


def _graded(mentions: np.ndarray) -> np.ndarray:
    """Evidence from other mentions: half the bonus for one, most of it for several."""
    return 1 - 0.5 ** np.maximum(mentions, 0.0)


def _codes(values: Sequence[object]) -> np.ndarray:
    index: dict[object, int] = {}
    return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int64)


def _run_starts(owner: np.ndarray) -> np.ndarray:
    """Where each run of equal owners begins (the owners are sorted)."""
    return np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))


def _infer(names: Sequence[_Name], peoples: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scores of every candidate (flattened, name by name), their priors, their proximity evidence, and
    that evidence without megacities' witness (`_own_first`).

    Proximity: for each other name, its reading nearest to the candidate (any plausible reading, see WITNESS_GAP:
    the coincidence that two ambiguous names have readings a few kilometres apart is itself the evidence), decaying
    over NEAR_KM; readings of the same place by two names do not count (one place, not two witnesses); a world
    city's homonym outside the article's main country counts only the other names' likeliest readings, and one at
    home no other world city's homonym but a likeliest reading (Kentucky's Glasgow and Edmonton vouch not for each
    other). Containment: the other names' belief mass (of plausible readings) in the candidate's country and admin-1
    region, updated by relaxation; a country or admin-1 candidate is supported by the places the article names
    inside it. World cities: a big city or national capital outside the article's main country is supported by the
    other names' belief in such cities, unless the name also has a world city inside that country. A town under
    SMALL_TOWN named like a world city abroad takes no country support unless a neighbour or its admin-1 region
    supports it too ("Blinken will travel to Rome" from Washington is no Rome, Georgia).
    """
    cands = [c for n in names for c in n.cands]
    places = [c.place for c in cands]
    owner = np.array([i for i, n in enumerate(names) for _ in n.cands], dtype=np.int64)
    sizes = np.array([len(n.cands) for n in names], dtype=np.int64)  # (every name has readings)
    starts = np.array(list(accumulate(sizes.tolist(), initial=0))[:-1], dtype=np.int64)
    prior = np.array([c.score for c in cands])
    base = prior + np.array([b for n in names for b in n.pattern])
    weight = np.array([names[i].mentions for i in owner], dtype=float)
    witness = base >= np.maximum.reduceat(base, starts).repeat(sizes) - WITNESS_GAP
    group = _codes([n.namesake or n.key.partition("|")[0] for n in names])[owner]  # senses of one name vouch
    # for none, nor does a feature named after a place for that place ("the River Medina ... Medina Leisure Centre")
    famous_own = np.array([c.primary and c.place.kind == "city" and c.place.population >= WORLD_CITY for c in cands])
    contested = np.maximum.reduceat(famous_own, starts).repeat(sizes) & ~famous_own
    witnesses = [witness]  # the readings that may witness, for each closeness below (one distance matrix for all)
    mega = np.array([p.kind == "city" and p.population >= MEGACITY for p in places])
    satellites = bool(mega.any()) and any(_own_rivals(n) for n in names)
    if satellites:  # a megacity's suburbs hold old names of famous places (Korolev, by Moscow, was Kaliningrad): its
        # closeness vouches for no alternate reading against a big city's own name
        witnesses.append(witness & ~mega)
    if contested.any():  # a world city's homonym abroad is vouched for only by the likeliest readings of other
        # names, not by a coincidence among unlikely ones (Coahuila's Los Ángeles, Azteca and Monterrey)
        best = base >= np.maximum.reduceat(base, starts).repeat(sizes)
        witnesses += [witness & best, witness & (best | ~contested)]
    nears = [NEAR_BONUS * closeness for closeness in _proximity(places, owner, group, witnesses)]
    near = near_all = nears[0]  # (a lone name keeps it)
    satellite = nears[1] if satellites else near_all
    near_likeliest, near_homonyms = nears[-2:] if contested.any() else (near_all, near_all)
    in_region = [p.admin1 is not None and p.kind != "country" for p in places]
    cc = _codes([p.country_code for p in places])
    a1 = _codes([(p.country_code, p.admin1) if inside else None for p, inside in zip(places, in_region)])
    own_cc = group * (cc.max() + 1) + cc
    own_a1 = group * (a1.max() + 1) + a1
    kinds = np.array([p.kind for p in places])
    has_cc = np.array([p.country_code is not None for p in places])
    country_w = np.where(kinds == "country", REGION_BONUS, COUNTRY_BONUS) * has_cc
    famous_at = {(owner[i], places[i].country_code) for i in np.flatnonzero(famous_own)}
    namesake = contested & np.array([p.kind == "city" and p.population < SMALL_TOWN
                                     and (o, p.country_code) not in famous_at for p, o in zip(places, owner)])
    seats = np.array([_regions_seat(n, c) for n in names for c in n.cands])  # "São Paulo" the city, beside Campinas
    admin1_w = np.where((kinds == "admin1") | seats, REGION_BONUS, ADMIN1_BONUS) * np.array(in_region)
    pid = _codes([p.id for p in places])
    told = DEMONYM_WEIGHT * np.array([peoples.get(p.country_code or "", 0) for p in places], dtype=float)
    famous = np.array([p.kind == "city" and (p.population >= WORLD_CITY or p.feature_code == "PPLC") for p in places])
    score = base + near
    own_pid = group * (pid.max() + 1) + pid
    any_famous = bool(famous.any())  # (a contested reading is a famous one's namesake: none without one)
    for _ in range(ROUNDS if len(names) > 1 or peoples else 0):  # a lone name has no context to relax against
        belief = np.exp(score - np.maximum.reduceat(score, starts).repeat(sizes))
        belief /= np.add.reduceat(belief, starts).repeat(sizes)
        mass = belief * weight * witness
        same = np.bincount(pid, mass)[pid] - np.bincount(own_pid, mass)[own_pid]  # other names' belief in this
        # very place is no witness (the name's own belief is already left out)
        in_cc = np.bincount(cc, mass)[cc] - np.bincount(own_cc, mass)[own_cc] - same + told
        in_a1 = np.bincount(a1, mass)[a1] - np.bincount(own_a1, mass)[own_a1] - same
        if not any_famous:  # no world city nor capital among the readings: nothing abroad is famous, no reading is
            # contested (the fame term below would add 0.0, and the namesake mask keep every country term)
            score = base + near + country_w * _graded(in_cc) + admin1_w * _graded(in_a1)
            continue
        home = cc == np.argmax(np.bincount(cc, mass * has_cc))  # in the article's main country
        rival = np.maximum.reduceat(famous & home, starts).repeat(sizes)  # the name is a world city at home too
        abroad = famous & ~home & ~rival
        fame = mass * abroad
        in_fame = fame.sum() - np.add.reduceat(fame, starts).repeat(sizes) - (np.bincount(pid, fame)[pid] - fame)
        near = np.where(contested & ~home, near_likeliest, np.where(contested, near_homonyms, near_all))
        local = (near >= SUPPORT) | (in_a1 >= SUPPORT)
        score = (base + near + country_w * _graded(in_cc) * ~(namesake & ~local) + admin1_w * _graded(in_a1)
                 + FAME_BONUS * abroad * _graded(in_fame))
    return score, prior, near, np.minimum(near, satellite)


def _regions_seat(name: _Name, cand: Candidate) -> bool:
    """The candidate is the seat of an admin-1 region that the name also reads as ("São Paulo", "Kano"): the
    towns the article names in the region support the city as much as the region."""
    place = cand.place
    return place.kind == "city" and place.feature_code in ("PPLA", "PPLC") and any(
        c.place.kind == "admin1" and (c.place.country_code, c.place.admin1) == (place.country_code, place.admin1)
        for c in name.cands)


def _proximity(places: Sequence[Place], owner: np.ndarray, group: np.ndarray,
               witnesses: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Per candidate: summed over the other names (`owner`; senses of one name, `group`, are not other
    names), the closeness of their nearest reading (0..1 each) among the readings that may witness
    (`witnesses[0]`: not far less likely than the name's best reading, so Ohio's London, Frankfort and Geneva
    do not vouch for each other in a story about world markets); likewise for each further mask of `witnesses`
    (each within the first), from the same distances. Computed in row blocks, so an article with hundreds of
    readings stays small in memory."""
    out = [np.zeros(len(places)) for _ in witnesses]
    point = np.array([p.kind in POINT_KINDS for p in places])
    cols = np.flatnonzero(point & witnesses[0])
    if point.sum() < 2 or not cols.size:
        return out
    lat = np.radians([p.lat for p in places])
    lon = np.radians([p.lon for p in places])
    ids = _codes([p.id for p in places])
    picks = [None] + [np.flatnonzero(mask[cols]) for mask in witnesses[1:]]  # each mask's columns (None: all)
    col_starts = [_run_starts(owner[cols if pick is None else cols[pick]]) for pick in picks]
    points = np.flatnonzero(point)
    for lo in range(0, len(points), _BLOCK):
        rows = points[lo: lo + _BLOCK]
        h = (np.sin((lat[rows, None] - lat[None, cols]) / 2) ** 2
             + np.cos(lat[rows, None]) * np.cos(lat[None, cols]) * np.sin((lon[rows, None] - lon[None, cols]) / 2) ** 2)
        closeness = np.exp(-2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))) / NEAR_KM)
        closeness *= (group[rows, None] != group[None, cols]) & (ids[rows, None] != ids[None, cols])
        for near, pick, starts in zip(out, picks, col_starts, strict=True):
            if pick is None:
                near[rows] = np.maximum.reduceat(closeness, starts, axis=1).sum(axis=1)
            elif pick.size:
                near[rows] = np.maximum.reduceat(closeness[:, pick], starts, axis=1).sum(axis=1)
    return out


def _generic(key: str) -> bool:
    """A name made of common words ("Western District", "Far North"): many places have it."""
    words = key.partition("|")[0].split()
    return len(words) > 1 and all(w in common_words() for w in words)


def _top_readings(names: Sequence[_Name], score: np.ndarray) -> Counter[str]:
    """How many of the names have each place as their best-scored reading (a name asked as a region, "the
    Shaab district", is the same name as "Shaab")."""
    seen: set[tuple[str, str]] = set()
    offset = 0
    for name in names:
        size = len(name.cands)
        seen.add((name.cands[int(np.argmax(score[offset: offset + size]))].place.id, name.key.split("|")[0]))
        offset += size
    return Counter(place for place, _ in seen)


def _isolated(cand: Candidate, evidence: float, n_places: int, alias: bool, generic: bool = False,
              stray_alias: bool = False) -> bool:
    """A small town, or a town short of a world city that answers to the name only as an alternate
    (`alias`: "Hamas" is listed for Hamm, "Julia" for Plovdiv; "Kiev" is Kyiv's), or any town read from an
    alternate made of common words that is no short form of its name (`stray_alias`: "Old Town" is listed for
    Las Vegas), or a region named by
    common words or without its administrative word while a place has the name as its own (`generic`:
    "Western District"; "Meta" for Colombia's Meta Department, beside an Italian Meta), that nothing else in
    the article points to (no pattern, country, region or nearby place), in an article that does name other
    places: more likely a homonym or a stray alternate than the place."""
    place = cand.place
    capital = place.feature_code == "PPLC"  # a national capital is no small town: Nuku‘alofa, Valletta
    nickname = alias and not spelled_alike(cand.matched_name, place.name)  # no spelling of the city's own name,
    # not even a world city's or a capital's: "Tana", which GeoNames lists for Antananarivo, is a river in a Kenyan
    # story ("Kiev" is Kyiv's, "Hodeidah" Al Ḩudaydah's)
    return evidence < SUPPORT and n_places > 1 and (
        (place.kind in POINT_KINDS and ((place.population < SMALL_TOWN and not capital) or stray_alias or nickname or (
            alias and place.population < WORLD_CITY and not capital)))
        or (generic and place.kind in ("admin1", "admin2")))


def _short_form(cand: Candidate) -> bool:
    """Whether the name matched is whole words of the place's own name ("New York" of New York City)."""
    return f" {cand.matched_name} " in f" {fold(cand.place.name)} "


def _world_short_form(cand: Candidate, key: str) -> bool:
    """The name, as written, is a short form of a world city's name ("New York" of New York City)."""
    return cand.matched_name == key and cand.place.population >= WORLD_CITY and _short_form(cand)


def _own_rivals(name: _Name) -> bool:
    """Whether a town answers to the name only as an alternate while a big city has it as its own."""
    return any(not c.primary and c.place.kind == "city" for c in name.cands) and any(
        c.primary and c.place.kind == "city" and c.place.population >= BIG_OWN for c in name.cands)


def _own_first(name: _Name, order: list[int], near: np.ndarray, own_named: set[str]) -> list[int]:
    """`order` (best first), except that a town that answers to the name only as an alternate, winning on
    nothing but the article's country or region, yields to a big city whose own name it is: "Manchester" in a
    story that names Texas is England's city, not a neighbourhood of Richmond, Virginia, that GeoNames lists
    under that name; where no town has the name as its own and the text names the alternate by its own name
    elsewhere (`own_named`), a world city's name shortened counts as such ("came from New York" in a story
    about Niu-York, Ukraine, which GeoNames also calls New York; not "captured New York, a village"). A pattern
    that fits it better ("Manchester, Va."; not "Russia's Kaliningrad", which fits both) or a neighbour of the
    article keeps the alternate, unless the big city is a metropolis ("Durban" in a story that names
    Durbanville, which GeoNames lists as "Durban") or lies in the alternate's own admin-1 region (`_same_region`).
    `near` leaves out megacities' witness: "Kaliningrad" beside Moscow is still Kaliningrad."""
    best = name.cands[order[0]]
    if best.primary or best.place.kind != "city" or _short_form(best):
        return order  # (a short form of its own name is no other name: "Santiago", "Newcastle"; but "Durban" is
        # no short form of Durbanville)
    short = not any(c.primary and c.place.kind == "city" for c in name.cands) and best.place.id in own_named
    own = [i for i in order if (name.cands[i].primary or (short and _world_short_form(name.cands[i], name.key)))
           and name.cands[i].place.kind == "city" and name.cands[i].place.population >= BIG_OWN
           and name.pattern[i] >= name.pattern[order[0]] and (
               near[order[0]] < NAMESAKE_NEAR or name.cands[i].place.population >= METROPOLIS
               or _same_region(name.cands[i].place, best.place))]
    return [own[0], *(i for i in order if i != own[0])] if own else order


def _same_region(a: Place, b: Place) -> bool:
    """Both in one admin-1 region: a neighbour there vouches for the alternate no more than for the own name
    ("the University of Oregon in Eugene" beside Portland is Eugene, not Gresham, which GeoNames also lists so)."""
    return a.country_code == b.country_code and a.admin1 is not None and a.admin1 == b.admin1


def _one_place_two_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two names the text gives one place ("Derry, which unionists call Londonderry", "Mumbai (Bombay)") keep
    only the readings they share, when they share any (not Derry and Londonderry, New Hampshire, a town beside
    another)."""
    for k, j in [(i, i + step) for i in range(len(mentions)) for step in (1, 2) if i + step < len(mentions)]:
        a, b = mentions[k], mentions[j]  # (a name may stand between: "the city Russia calls")
        if not (a.candidates and b.candidates and CALLS_GAP_RE.fullmatch(text, a.end, b.start)):
            continue
        shared = {c.place.id for c in a.candidates} & {c.place.id for c in b.candidates}
        if shared:
            mentions[k] = replace(a, candidates=tuple(c for c in a.candidates if c.place.id in shared))
            mentions[j] = replace(b, candidates=tuple(c for c in b.candidates if c.place.id in shared))
    return mentions


def _confidence(best: float, second: float) -> float:
    margin = best - second if second > -math.inf else 3.0
    return round(1 / (1 + math.exp(-(margin + best - 2) / 1.5)), 2)


def resolve(text: str, mentions: Sequence[Mention], dateline: Mention | None = None) -> list[Toponym]:
    """A place (or a reason it has none) for every mention; the dateline mention, when given, is resolved
    too and lends its evidence to the rest of the article."""
    everything = _one_place_two_names(text, list(mentions))
    filed = None  # the dateline's index in `everything` (the pipeline passes it among the mentions too)
    if dateline is not None:
        filed = next((k for k, m in enumerate(mentions) if (m.start, m.end) == (dateline.start, dateline.end)), None)
        if filed is None:
            everything.insert(0, dateline)
            filed = 0
    asked = [_kind_asked(text, m) for m in everything]  # (what each mention's words ask for, told once)
    keys = _senses(text, everything, asked, filed)
    names = _names(text, everything, keys, asked, filed)
    chosen: dict[str, _Choice] = {}
    ranked: dict[str, list[Candidate]] = {}
    unsupported: dict[str, bool] = {}
    bare: dict[str, bool] = {}  # no pattern vouches for the reading
    valleys: dict[str, str] = {}  # rivers and valleys named after a place (`_valley`): the place's name
    streets = {keys[k] for k, m in enumerate(everything) if m.street}
    weights: dict[str, int] = {}
    countries_asked = {name.key for name in names  # "neighbouring Niger": a country, whatever the article's states
                       if any(k and c.place.kind == "country" for k, c in zip(name.kinds, name.cands))}
    qualifiers = {k: q for name in names for k, q in name.qualifiers.items()}
    nears = {k: (keys[k + 1], _near_limit(gap) if gap else INSIDE_KM, not gap) for k in range(len(everything) - 1)
             if (gap := _NEAR_GAP.fullmatch(text, everything[k].end, everything[k + 1].start))
             or _IN_GAP.fullmatch(text, everything[k].end, everything[k + 1].start)  # (town's key, km, "in" a town)
             or _PART_OF_GAP.fullmatch(text, everything[k].end, everything[k + 1].start)}  # "the Madison
    # neighborhood of north Nashville" lies in Nashville
    for k in range(1, len(everything)):  # a town's own part: "Nairobi's Eastleigh district" lies in Nairobi
        if _OWNED.fullmatch(text, everything[k - 1].end, everything[k].start):
            nears.setdefault(k, (keys[k - 1], INSIDE_KM, True))
    if names:
        peoples = demonym_countries(text, [(m.start, m.end) for m in everything])
        score, prior, near, near_own = _infer(names, peoples)
        located = {keys[k] for k, m in enumerate(everything)  # written as places: "in Tulum", "near Vovchansk"
                   if _AT_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
                   and any(c.primary for c in m.candidates)}  # (by a place's own name, not an alternate one)
        regions = {name.key for name in names if any(  # called the region it is: "visited flood-hit Nsanje and
            k and c.place.kind in ("admin1", "admin2") for k, c in zip(name.kinds, name.cands))}  # Chikwawa districts"
        located |= regions  # (is written as a place)
        n_points = sum(1 for n in names if any(c.place.kind in SITE_KINDS for c in n.cands[:1]))
        named = _top_readings(names, score)  # what each name reads as, before the checks below
        own_named = {c.place.id for n in names for c in n.cands if c.primary}  # places named by their own name
        offset = 0
        for name in names:
            size = len(name.cands)
            local = score[offset: offset + size]
            order = _own_first(name, sorted(range(size), key=lambda i: (-local[i], name.cands[i].place.id)),
                               near_own[offset: offset + size], own_named)
            best = order[0]
            second = float(local[order[1]]) if size > 1 else -math.inf
            cand = name.cands[best]
            reason = None
            alias = not any(c.primary for c in name.cands)
            generic = _generic(name.key)
            stray_alias = (generic and not cand.primary  # "Old Town" is listed for Las Vegas ("New York" is a
                           and not _short_form(cand))  # short form of New York City's name)
            shortened = (cand.shortened and any(c.own_name for c in name.cands)  # "Meta": an Italian town's own name
                         and not name.kinds[best])  # (but "the Kursk region" gives its administrative word)
            if (filed is not None and name.key == keys[filed] and all(c.place.kind == "admin2" for c in name.cands)
                    and local[best] - prior[offset + best] < SUPPORT):
                reason = (f"a dateline names a town; the gazetteer has none of this name, and the district "
                          f"{cand.place.name} ({cand.place.id}) lies far from the article's other places")
                # ("HUME –" in an Illinois story is no district of Melbourne)
            elif local[best] < MIN_SCORE:
                reason = f"weak evidence: best candidate {cand.place.name} ({cand.place.id}) scored {local[best]:.2f}"
            elif name.namesake and not _by_namesake(name, cand.place) and near[offset + best] < NAMESAKE_NEAR:
                reason = (f"named after a place, but no namesake lies near the article's other places (best "
                          f"reading {cand.place.name}, {cand.place.id})")
            elif cand.score < CUSTOM_BONUS and named[cand.place.id] < 2 and _isolated(  # (a user's own place is
                # trusted, and so is one that another name reads as: "MYKOLAIV … Residents of Nikolaev")
                    cand, float(local[best] - prior[offset + best] - name.kinds[best] * (n_points >= 3)), n_points,
                    alias, generic or shortened, stray_alias):
                what = ("answers to the name only as an alternate and lies" if alias or stray_alias
                        else "has a name made of common words and lies" if generic
                        else "is named without its administrative word, another place has the name, and it lies"
                        if shortened else "is a small place")
                reason = (f"no supporting context: {cand.place.name} ({cand.place.id}) {what} far from "
                          "the article's other places")
            chosen[name.key] = _Choice(cand, _confidence(float(local[best]), second), reason)
            ranked[name.key] = [name.cands[i] for i in order]
            bare[name.key] = cand.score < CUSTOM_BONUS and name.pattern[best] <= name.kinds[best]  # (a user's own
            # place is trusted)
            unsupported[name.key] = bare[name.key] and bool(near[offset + best] < NAMESAKE_NEAR)
            if name.namesake and _valley(name.key):
                valleys[name.key] = name.namesake
            weights[name.key] = name.mentions * (name.key not in streets)  # a street's town is settled later
            offset += size
        _home_states(chosen, ranked, set(peoples), countries_asked)
        _towns_not_districts(chosen, ranked)
        if foreign := _foreign_counties(chosen):  # resolved again without them: their readings vouched for others
            spans = {(m.start, m.end): foreign[keys[k]] for k, m in enumerate(everything) if keys[k] in foreign}

            def drop(m: Mention) -> Mention:
                return replace(m, candidates=()) if (m.start, m.end) in spans else m
            again = resolve(text, [drop(m) for m in mentions], dateline and drop(dateline))
            return [replace(t, reason=spans[(t.start, t.end)]) if (t.start, t.end) in spans else t for t in again]
        lonely = _lonely(chosen, bare)
        _strays(chosen, unsupported | {k: True for k in lonely}, weights, valleys, set(peoples), located,
                keys[filed] if filed is not None else None)
        _big_namesakes(chosen, ranked, lonely)
        _far_valleys(chosen, valleys, keys[filed] if filed is not None else None)
        listed = [(keys[k], keys[k + 1]) for k in range(len(everything) - 1)
                  if text[everything[k].end: everything[k + 1].start] in LIST_GAPS]
        _seats_not_districts(chosen, ranked, regions, listed)  # (once the district has passed the checks above)
    out = []
    for k in range(len(everything) - len(mentions), len(everything)):
        m, choice = everything[k], chosen.get(keys[k])
        if choice is not None and k in qualifiers:
            region, strict = qualifiers[k]
            choice = _qualified(choice, ranked[keys[k]], chosen.get(region), strict, ranked.get(region, ()))
        if choice is not None and k in nears:
            key, limit, inside = nears[k]
            town = chosen.get(key)
            if town is not None and (not inside or town.cand.place.kind == "city"):  # in a county: no limit
                choice = _near(choice, ranked[keys[k]], town, limit, inside)
        elif (choice is not None and k + 1 < len(everything) and text[m.end: everything[k + 1].start] == ", "
              and not _in_list(text, everything, k + 1)):
            choice = _district(choice, ranked[keys[k]], chosen.get(keys[k + 1]))
        if choice is None:
            out.append(Toponym(m.start, m.end, m.text, None, 0.0, "no candidate in the gazetteer"))
        elif choice.reason:
            out.append(Toponym(m.start, m.end, m.text, None, 0.0, choice.reason))
        else:
            out.append(Toponym(m.start, m.end, m.text, choice.cand.place, choice.confidence))
    town = chosen.get(keys[filed]) if filed is not None else None
    return _streets(text, mentions, out, town.cand.place if town and not town.reason else None)


_HIGHWAY = re.compile(r"\b(?:Highway|Hwy\.|Freeway|Motorway|Expressway|Turnpike)$")  # runs between towns


def _streets(text: str, mentions: Sequence[Mention], toponyms: list[Toponym], dateline: Place | None) -> list[Toponym]:
    """Streets named after a place ("Dublin Road"; the gazetteer holds no streets) placed at the town the text
    puts them in ("2517 Memphis St., Alexandria", "Dunlap St. in Paris"), else (unless a highway, which runs
    between towns: "the Highlands Highway between Wabag and Porgera") at the dateline's town, else at the town
    the article names most often, if it names one more than once and more often than any other,
    else left unresolved: the namesake town is never the answer."""
    counts: dict[Place, int] = {}
    for m, t in zip(mentions, toponyms):
        if t.place and t.place.kind == "city" and not m.street:
            counts[t.place] = counts.get(t.place, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    focus = (next(p for p, n in counts.items() if n == ranked[0])
             if ranked and ranked[0] > 1 and ranked[1:2] != ranked[:1] else None)
    if dateline is not None and dateline.kind == "city":
        focus = dateline
    out = []
    for k, (m, t) in enumerate(zip(mentions, toponyms)):
        if m.street:
            town = toponyms[k + 1] if k + 1 < len(toponyms) and not mentions[k + 1].street else None
            if town and town.place and town.place.kind in POINT_KINDS and text[m.end: town.start] in STREET_GAPS:
                t = replace(t, place=town.place, score=town.score, reason=None)
            elif focus is not None and not _HIGHWAY.search(text, m.start, m.end):
                t = replace(t, place=focus, score=1.0, reason=None)
            else:
                t = replace(t, place=None, score=0.0,
                            reason="a street named after a place; the text does not say which town it is in")
        out.append(t)
    return out


def _valley(key: str) -> bool:
    """A river, valley or island, which the gazetteer lacks, named after a place ("the Hunter River", "the River
    Medina", "the Hunter Valley", "Capri island"): it runs through, lies near or holds its namesake (an island a town,
    see `_by_namesake`). So does a feature named with a generic word of Arabic place names ("Wadi Derna", "Jebel
    Amman", "Ras Beirut")."""
    name = key.partition("|")[0]
    return (name.endswith((" river", " valley", " island")) or name.startswith("river ")
            or name.partition(" ")[0] in _GENERIC_KEYS)


def _by_namesake(name: _Name, place: Place) -> bool:
    """A feature of `_valley` at its namesake reading `place`; an island only at a town that is the one place of
    its name ("Capri island", "Ishigaki island"; not "an Indian Ocean island", nor "Miyako island" or "Tsushima
    island", whose names Japan gives to other towns too, nor "Santa Cruz island")."""
    if not name.key.partition("|")[0].endswith(" island"):
        return _valley(name.key)
    return place.kind in POINT_KINDS and all(km(place.lat, place.lon, c.place.lat, c.place.lon) <= VALLEY_KM
                                             for c in name.cands)


_GENERIC_KEYS = frozenset(fold(w) for w in ARABIC_GENERIC - KIN_GENERIC)


def _towns_not_districts(chosen: dict[str, _Choice], ranked: dict[str, list[Candidate]]) -> None:
    """A name read as a district that another name of the article reads as its town of the same name is that
    town too: "arrested in Mysuru … a robbery in Mysore's market" is the city twice, not the city and the
    Mysore district around it (whose point lies next to the city, so it had drawn the other name's support)."""
    towns = {c.cand.place.id: c.cand.place for c in chosen.values() if not c.reason and c.cand.place.kind == "city"}
    for key, choice in list(chosen.items()):
        district = choice.cand.place
        if choice.reason or district.kind != "admin2" or "|" in key:  # (not a sense the text asks a region of:
            continue  # "Churachandpur and Kangpokpi districts")
        town = next((c for c in ranked[key] if c.place.id in towns and fold(c.place.name) == fold(district.name)
                     and c.place.admin1 == district.admin1), None)
        if town is not None:
            chosen[key] = _Choice(town, choice.confidence, None)
            ranked[key] = [town, *(c for c in ranked[key] if c is not town)]


def _seats_not_districts(chosen: dict[str, _Choice], ranked: dict[str, list[Candidate]], regions: set[str],
                         listed: list[tuple[str, str]]) -> None:
    """A name read as a district (province, prefecture) that is also the name of a town near the district's point,
    in its region, is the town when the text does not call it a district (`regions`): "in front of the Generalitat
    in Barcelona" is the city, not the Province of Barcelona around it, whose point lies nearer the article's
    Girona and Lleida. Not when it is listed with another district, which no town's name reads ("across Cork and
    Kerry" are counties)."""
    towns = {}
    for key, choice in chosen.items():
        district = choice.cand.place
        if choice.reason or district.kind != "admin2" or "|" in key or key in regions:
            continue
        towns[key] = max((c for c in ranked[key] if c.place.kind == "city"  # (the biggest named so: "Marrakech"
                          and SequenceMatcher(None, key, fold(c.place.name)).ratio() >= SPELLING  # is Marrakesh
                          and c.place.country_code == district.country_code  # too, but "Kanawha" no Charleston)
                          and c.place.admin1 == district.admin1
                          and c.place.population * SEAT_SHARE >= district.population  # (not "Otter Tail" County's
                          # hamlet of Ottertail)
                          and km(c.place.lat, c.place.lon, district.lat, district.lon) <= SEAT_KM),
                         key=lambda c: (c.place.population, c.place.id), default=None)
    districts = {k for k, c in chosen.items()
                 if not c.reason and c.cand.place.kind == "admin2" and towns.get(k) is None}
    beside = {a for a, b in listed if b in districts} | {b for a, b in listed if a in districts}
    for key, town in towns.items():
        if town is not None and key not in beside:
            chosen[key] = _Choice(town, chosen[key].confidence, None)
            ranked[key] = [town, *(c for c in ranked[key] if c is not town)]


def _foreign_counties(chosen: dict[str, _Choice]) -> dict[str, str]:
    """Counties named after a town that the article places in another country, with why they are no county
    there but a name taken from the town: "Newport County's home game" in a story about Newport, Wales, is the
    football club, not Rhode Island's county."""
    out = {}
    for key, choice in chosen.items():
        name = key.partition("|")[0]
        if choice.reason or not name.endswith(" county"):
            continue
        towns = [c.cand.place for k, c in chosen.items() if k.partition("|")[0] == name[: -len(" county")]
                 and c.reason is None]
        county = choice.cand.place
        if towns and all(t.country_code != county.country_code for t in towns):
            out[key] = (f"named after {towns[0].name} ({towns[0].id}), which the article places in another "
                        f"country than {county.name} ({county.id})")
    return out


def _home_states(chosen: dict[str, _Choice], ranked: dict[str, list[Candidate]], peoples: set[str],
                 countries_asked: set[str]) -> None:
    """A country named like another country's state is that state when the article's other places lie in the
    state, or the article names two other states of its country (NEIGHBOUR_STATES), and none in the country,
    nor does it name the country's people, nor call it a country (`countries_asked`: "neighbouring Niger"):
    "Savannah … the Georgia coast", "from Florida … through Georgia … to North Carolina" and "Florida … Georgia,
    the National Hurricane Center said" (one other state, and a body of its country) are the US state, not the
    Caucasus ("Georgian troops" keep the country)."""
    for key, choice in list(chosen.items()):
        country = choice.cand.place
        if (country.kind != "country" or choice.reason or country.country_code in peoples
                or key in countries_asked):
            continue
        others = [c.cand.place for k, c in chosen.items() if k != key and c.reason is None]
        if any(o.country_code == country.country_code for o in others):
            continue
        inside = {(o.country_code, o.admin1) for o in others if o.kind != "admin1"}
        states = Counter(o.country_code for o in others if o.kind in ("admin1", "region"))  # the states (and
        # regions of states: "the Carolinas") the article names
        state = next((c for c in ranked[key] if c.place.kind == "admin1"
                      and c.place.country_code != country.country_code
                      and ((c.place.country_code, c.place.admin1) in inside
                           or states[c.place.country_code] >= NEIGHBOUR_STATES - (c.place.country_code in peoples))),
                     None)  # (one other state will do where the article names its country's people or bodies)
        if state is not None:
            chosen[key] = replace(choice, cand=state)
            ranked[key] = [state, *(c for c in ranked[key] if c is not state)]


def _strays(chosen: dict[str, _Choice], unsupported: dict[str, bool], weights: dict[str, int],
            valleys: dict[str, str], peoples: set[str], located: set[str], filed: str | None) -> None:
    """Leave unresolved a small town far from the article's setting that nothing vouches for but other such
    towns. A town under SMALL_TOWN with no pattern and no nearby place (`unsupported`) is weak. The article is
    set in the country of three or more and STRAY_SHARE of its other placed names, and likewise in an admin-1
    region of that country. A weak town in another country where the article names nothing else that is not
    weak, nor the country's people ("Mexican prosecutors"), is a stray: "councillors of townships such as
    Woolwich and Wilmot" in a story about Kitchener and Cambridge, Ontario, are not Maine's and New Hampshire's
    towns, though the two vouch for each other's country. So is one in another region of the country, unless
    the text writes it after "in", "at", "near", "from"... (`located`): "Tanner" in a story from Minnesota is
    no town in Washington state, but "wanted in Paducah" in a story from Tennessee is Kentucky's. Rivers and
    valleys named after a place (`valleys`) are left to `_far_valleys`; a river curated with its state, far from
    all the article's places but the dateline (`filed`: a story may be filed from far away), is left unresolved
    here too (`_other_state`)."""
    placed = {k: c.cand.place for k, c in chosen.items()
              if not c.reason and c.cand.place.country_code and weights[k]}  # (streets weigh nothing)
    weak = {k for k, p in placed.items() if unsupported[k] and p.kind in POINT_KINDS and p.population < SMALL_TOWN}
    solid = {k: p for k, p in placed.items() if k not in weak and k not in valleys}
    home = _setting({k: p.country_code for k, p in solid.items()}, weights)
    for k, p in placed.items():  # a state's own river, far from everything else the article names
        if p.kind == "water" and p.feature_code == "CURATED" and unsupported[k] and _other_state(
                p, k, {j: q for j, q in solid.items() if j != filed}):
            chosen[k] = replace(chosen[k], reason=f"no supporting context: {p.name} ({p.id}) is a river of another "
                                                  "state, far from the article's other places")
    countries = {p.country_code for p in solid.values()} | peoples  # "Mexican prosecutors in Tulum"
    if home is None:  # an article set in several countries: a weak town in none of them ("Sandy Bay", Rockport's
        # other name, in a story from St. Vincent, Barbados and St. Lucia)
        if len(solid) >= SETTING_NAMES:
            for k in weak:
                if placed[k].country_code not in countries:
                    chosen[k] = _stray(chosen[k], "country")
        return
    worded = {k for k, p in placed.items() if k not in weak and unsupported[k] and p.kind == "city"
              and p.population < WORLD_CITY
              and (common_rank(chosen[k].cand.matched_name) or WORD_TOWN + 1) <= WORD_TOWN}
    for k in worded:  # a town named by a common word, in a country the article names nothing else of ("near
        # Enterprise" in a story from Hay River is no Nevada town of 108,481)
        if placed[k].country_code not in {q.country_code for j, q in solid.items() if j != k} | peoples:
            chosen[k] = _stray(chosen[k], "country")
    region = _setting({k: p.admin1 for k, p in solid.items()
                       if p.country_code == home and p.admin1 and p.kind != "country"}, weights)
    regions = {p.admin1 for p in solid.values() if p.country_code == home}
    for k in weak:
        p = placed[k]
        if p.country_code not in countries or (region is not None and p.country_code == home
                                               and p.admin1 not in regions and k not in located
                                               and not _borders(p, [q for q in placed.values() if (
                                                   q.country_code == home and q.admin1 in regions)])):
            chosen[k] = _stray(chosen[k], "country" if p.country_code not in countries else "region")


def _stray(choice: _Choice, where: str) -> _Choice:
    p = choice.cand.place
    return replace(choice, reason=f"no supporting context: {p.name} ({p.id}) is a small place in another {where} "
                                  "than the article's, which names nothing else there")


def _borders(town: Place, neighbours: Iterable[Place]) -> bool:
    """A town or district of the article's regions (`neighbours`) lies within BORDER_KM of the town, across the
    regional border: no stray ("the Akosombo Dam" in a story from Sogakope, in the next region)."""
    return any(q.kind in POINT_KINDS and km(town.lat, town.lon, q.lat, q.lon) <= BORDER_KM for q in neighbours)


def _lonely(chosen: dict[str, _Choice], bare: dict[str, bool]) -> list[str]:
    """Small towns no pattern vouches for with no place the article reads within NEIGHBOUR_KM: what supported
    them was a coincidence among readings the article does not take ("Saxton Field in Stoke" in a story from
    Nelson, New Zealand, is no English village of 592 people, whatever England's Wakefield and Richmond say)."""
    placed = {k: c.cand.place for k, c in chosen.items() if not c.reason}
    return [k for k, p in placed.items() if bare.get(k) and p.kind in POINT_KINDS and p.population < SMALL_TOWN
            and not _valley(k)  # (rivers and valleys: `_far_valleys`)
            and not any(j != k and km(p.lat, p.lon, q.lat, q.lon) <= NEIGHBOUR_KM for j, q in placed.items())]


def _big_namesakes(chosen: dict[str, _Choice], ranked: dict[str, list[Candidate]], lonely: list[str]) -> None:
    """A village (under VILLAGE people) with no place of the article near it, yet no stray (`_strays`), named
    like a city of BIG_OWN or more of its country, is that city: its region's support was a coincidence ("the
    National Hurricane Center in Miami", in a story from Louisiana that names Texas, is no Miami, Texas, of 589
    people)."""
    for k in lonely:
        place = chosen[k].cand.place
        if not chosen[k].reason and place.kind == "city" and place.population < VILLAGE and (city := next((
                c for c in ranked[k] if c.primary and c.own_name and c.place.kind == "city"
                and c.place.country_code == place.country_code and c.place.population >= BIG_OWN), None)):
            chosen[k] = replace(chosen[k], cand=city)


def _other_state(river: Place, key: str, solid: dict[str, Place]) -> bool:
    """A river curated with its state (a one-state river, or one that marks a border) whose state the article
    does not name, while every other place it names lies over RIVER_KM from it: "The James River flooded
    Mitchell, South Dakota" is not Virginia's James River (but the Red River "in southern Oklahoma" is the
    Texas border's)."""
    if river.admin1 is None:
        return False
    others = [p for k, p in solid.items() if k != key and p.kind != "country"]
    return bool(others) and all(p.admin1 != river.admin1 and km(river.lat, river.lon, p.lat, p.lon) > RIVER_KM
                                for p in others)


def _far_valleys(chosen: dict[str, _Choice], valleys: dict[str, str], filed: str | None) -> None:
    """Leave unresolved a river or valley named after a place whose namesake lies over VALLEY_KM from all the
    article's other towns and the dateline, when it names other towns than the dateline (`filed`: a story may be
    filed from far away, but the dateline near the namesake vouches for it: "BENGHAZI — … two dams burst in Wadi
    Derna … In Tripoli, …" keeps Derna, 250 km from Benghazi): the Hunter River in
    a story from Newcastle, New South Wales, is not at Hunter, Ohio, nor the Juba River in a story from Somalia
    at Juba, South Sudan, nor Canaan Valley near Marlinton, West Virginia, at Canaan, Maine; "NEW DELHI - An
    earthquake shook the Kathmandu Valley" stays. A valley named after a river ("the Euphrates Valley") stays at
    the river. The namesake's bare name, where the article uses it too, is the river's and vouches for nothing:
    "the River Medina ... the Medina Leisure Centre" on the Isle of Wight is not Medina, Saudi Arabia, twice."""
    for k, base in valleys.items():
        p = chosen[k].cand.place
        kin = [o for o, c in chosen.items() if o.partition("|")[0] == base and c.cand.place.id == p.id]
        others = [c.cand.place for o, c in chosen.items()  # (towns: a state's or country's point says little)
                  if not c.reason and o not in valleys and o not in kin and o != filed
                  and c.cand.place.kind in POINT_KINDS]
        home = filed is not None and filed in chosen and chosen[filed].cand.place.id == p.id  # "KATHMANDU - … the
        # Kathmandu valley": the dateline's own valley
        if any(chosen[o].cand.score >= CUSTOM_BONUS for o in [k, *kin]):
            continue  # a user's own place is trusted (QA 15: a custom Derna stayed unresolved)
        dateline = [chosen[filed].cand.place] if filed is not None and filed in chosen else []
        if (not chosen[k].reason and p.kind in SITE_KINDS and others and not home  # (not a river
                and all(km(p.lat, p.lon, o.lat, o.lon) > VALLEY_KM for o in others + dateline)):  # it is named
            # after)
            read = (f"{p.name} ({p.id})" if fold(p.name) == base  # ("Ain Zara": Zara, read as Zadar)
                    else f"{base.title()} (read as {p.name}, {p.id})")
            far = f"its namesake {read} lies over {VALLEY_KM:,.0f} km from the article's other places"
            chosen[k] = replace(chosen[k], reason=f"a river, valley or other feature named after a place, but {far}")
            for o in kin:
                chosen[o] = replace(chosen[o], reason=f"the name of the article's river or valley, and {far}")


def _setting(where: dict[str, str | None], weights: dict[str, int]) -> str | None:
    """The country (or region) the article is set in: that of SETTING_NAMES or more and STRAY_SHARE of its
    names."""
    counts: dict[str | None, int] = {}
    for k, w in where.items():
        counts[w] = counts.get(w, 0) + weights[k]
    top = max(counts, key=lambda c: (counts[c], c or ""), default=None)
    return top if top is not None and counts[top] >= SETTING_NAMES and counts[top] >= STRAY_SHARE * sum(
        counts.values()) else None


@dataclass(frozen=True, slots=True)
class _Choice:
    cand: Candidate
    confidence: float
    reason: str | None


def _near_limit(gap: re.Match[str]) -> float:
    """How far from the town a place said to be near it may lie: NEAR_LIMIT_KM, or half as much again as a
    distance the text states ("about 250 kilometers west of Derna")."""
    if not gap.group("n"):
        return NEAR_LIMIT_KM
    stated = float(gap.group("n").replace(",", "")) * (1.609 if gap.group("unit") == "miles" else 1.0)
    return max(NEAR_LIMIT_KM, 1.5 * stated)


def _district(place: _Choice, ranked: Sequence[Candidate], city: _Choice | None) -> _Choice:
    """A place written before a metropolis ("Kingston, London", "Brooklyn, New York") is its reading within
    INSIDE_KM of that city when it has one; else the name keeps its choice (a list or an apposition)."""
    if place.reason or city is None or city.reason or city.cand.place.kind != "city" or (
            city.cand.place.population < METROPOLIS):
        return place
    there = city.cand.place
    inside = next((c for c in ranked if c.place.kind in POINT_KINDS
                   and km(c.place.lat, c.place.lon, there.lat, there.lon) <= INSIDE_KM), None)
    return place if inside is None or inside is place.cand else _Choice(inside, place.confidence, None)


def _near(place: _Choice, ranked: Sequence[Candidate], town: _Choice | None, limit: float,
          inside: bool = False) -> _Choice:
    """The place of a town the text puts near or in another town ("the Hindon air base near New Delhi", "Sake,
    25 km west of Goma", "the port of Kituku in Goma"): the name's choice if it lies within `limit` km of the
    town, else its best reading that does, else none: the gazetteer lacks the place, and a namesake far away is
    no answer. (Seas, forests and regions reach far beyond the town they are said to be near.)"""
    if (place.reason or place.cand.place.kind not in POINT_KINDS or town is None or town.reason
            or town.cand.place.kind not in POINT_KINDS):
        return place
    there = town.cand.place
    close = [c for c in ranked if c.place.kind in POINT_KINDS
             and km(c.place.lat, c.place.lon, there.lat, there.lon) <= limit]
    if place.cand in close:
        return place
    if close:
        return _Choice(close[0], place.confidence, None)
    if (not inside and place.cand.place.country_code == there.country_code
            and km(place.cand.place.lat, place.cand.place.lon, there.lat, there.lon) <= 2 * limit):
        return place  # "Jasper, near Edmonton" (316 km): far for "near", but in the same country (not for "in":
        # "the fire at Notre-Dame in Paris" is no Notre-Dame-de-Bondeville, 110 km off)
    return _Choice(place.cand, 0.0, f"the text puts it {'in' if inside else 'near'} {there.name}, where the "
                                    f"gazetteer has {_none_of(place.cand)}")


def _none_of(cand: Candidate) -> str:
    """What the gazetteer lacks where the text puts a name, said by the name as read ("no Avon"; "no place of that
    name" when only another place's alternate name matched), and the reading it has elsewhere."""
    here = cand.place
    lacks = f"no {here.name}" if cand.own_name else "no place of that name"
    return f"{lacks} (its reading elsewhere: {here.name}, {here.country_code or '?'}, {here.id})"


def _qualified(town: _Choice, ranked: Sequence[Candidate], region: _Choice | None, strict: bool,
               regions: Sequence[Candidate] = ()) -> _Choice:
    """The place of a mention the text puts in a region ("Avon, Conn.", "from Manchester, England",
    "India's Punjab"): the name's choice if it lies there, else the name's best reading that does (the
    article's other Manchesters may be New Hampshire's), else, after a "City, Region" pattern (`strict`),
    none, for the gazetteer lacks that region's town of the name and another state's is no answer. (When
    the name after the comma is read as a town, as in "Crockett, Palestine", it is no qualifier.) The
    region's other readings (`regions`) count when the town's choice lies in one of them, though the article
    reads the region otherwise: "Tbilisi, Georgia's capital" in a story about the US state."""
    if town.reason or region is None or region.reason or region.cand.place.kind not in ("admin1", "country"):
        return town
    place = region.cand.place
    inside = [c for c in ranked if _contains(place, c)]
    if town.cand in inside or any(r.place.kind in ("admin1", "country") and r.place.kind != place.kind
                                  and _contains(r.place, town.cand) for r in regions):
        return town
    if not strict:  # a possessive asks for a plausible reading only ("Ohio's Jordan" is no town that lists it)
        inside = [c for c in inside if c.score >= max(c.score for c in ranked) - WITNESS_GAP]
        if inside:
            return _Choice(inside[0], town.confidence, None)
        here = town.cand.place
        if here.kind in POINT_KINDS and here.population < SMALL_TOWN and km(
                here.lat, here.lon, place.lat, place.lon) > OWNER_KM:  # (St. Petersburg's Pulkovo lies just outside)
            return _Choice(town.cand, 0.0, f"the text places it in {place.name}, where the gazetteer has "
                                           f"{_none_of(town.cand)}")  # "Florida's Big Bend": not Wisconsin's
        return town
    if inside:
        return _Choice(inside[0], town.confidence, None)
    return _Choice(town.cand, 0.0, f"the text places it in {place.name}, where the gazetteer has {_none_of(town.cand)}")
