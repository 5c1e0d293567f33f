"""Event extraction: what happened (trigger words), where (the places the trigger governs), when (the
nearest time expression, or the report's date for what was said that day), and who (people, organisations
and the country that acts).

Rules, per sentence:
- a trigger inside "after/before/during/following ... X" is a time reference, not an event;
- a statement verb only carries a more specific event in the same sentence ("Kuleba highlighted the
  humanitarian situation in Mariupol" is a humanitarian event, not a statement);
- places after "in/at/near/through..." or before "-hosted/-based", and the objects of attacks and visits,
  are where it *occurred* (not where fire came "from", nor the home of a meeting's participants: "ministers
  from Armenia", who are actors); places a statement or a humanitarian call is about, objects such as
  "recognized ... Luhansk", and events planned or dated after the report are *mentioned*; of nested places
  ("Turkey's city of Antalya") the most specific is kept;
- a meeting or statement with no place in its sentence happened at the dateline place, if the article has
  one; a country-level place on the report's date becomes the dateline city when it lies in that country;
  any other event of a sentence with no place, dated by it to a day close to the report, happened at the
  story's scene (the place of the last event of today's news told with a place; never the dateline);
- the date is the time expression the trigger claims (the nearest in its clause; a statement verb claims
  what follows it, "said on Monday"), else the day the sentence's statement was made, else the dateline's
  date; "since/until ..." dates nothing (but "since September 9, when clashes erupted" dates the clashes),
  and "the talks" take no date but their own. Without one, what was
  *said* is dated to the report's date (date_span null) unless the sentence points to the past ("earlier",
  "previously"); what happened (not a meeting or statement, which are told of apart) in a sentence with no
  time expression continues the story told last and takes the date of the article's last dated event, with
  a place or not (its date_span points there); anything else is left undated (precision "unknown") rather than guessed;
- within an article, events of the same type at the same place are merged (an undated "the meeting" joins
  the dated meeting), except ones marked as earlier.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geomap.actors import ActorFinder
from geomap.event_types import (
    AIRCRAFT_MAKER_RE,
    APART_RE,
    ARMED_NAMES_RE,
    ARMED_RE,
    ARMED_STORMING_RE,
    ARSON_RE,
    BY_PROTESTERS_RE,
    CLASH_RE,
    CLAUSE_VERB_RE,
    COUNCIL_VOTE,
    DAYS_RE,
    ERUPTED_SUBJECT_RE,
    JOURNEY_TO_RE,
    JOURNEY_VERBS,
    LEISURE_VISIT_RE,
    LONG_AGO_RE,
    MARKET_MOVE_RE,
    MARKET_SUBJECT_RE,
    MILITARY_TARGET,
    MILITARY_TARGET_RE,
    OFFICIAL_RE,
    PAST_CUE_RE,
    PROTEST_VIOLENCE_RE,
    RAID_RE,
    RAIDERS_RE,
    RIOT_PARTIES_RE,
    SCALE_OPERATION_RE,
    STRIKERS_RE,
    SUBJECT_OF_RE,
    SUBORDINATE_RE,
    SUNK_BY_WEAPON_RE,
    TRIGGERS,
    WAR_TOPIC_RE,
    WEAPONS,
)
from geomap.models import Article, Event, Evidence, Place, Timex, Toponym
from geomap.names import ADMIN_SUFFIXES, fold
from geomap.needles import Haystack, Needles
from geomap.seats import is_seat
from geomap.sentences import sentence_spans
from geomap.spans import SpanIndex
from geomap.temporal_lexicon import MONTH_FULL, WEEKDAY
from geomap.tokens import demonym_matches, demonyms, sentence_initial

LOCATIVE_RE = re.compile(r"\b(?:(in|at|near|outside|inside|across|around|throughout|through|over|within|into|from|"
                         r"above|below|beside|off|along|"
                         r"(?:north|south|east|west|northeast|northwest|southeast|southwest) of|"  # "north of Shire"
                         # "travelled to Bucharest for talks"
                         rf"(?:{JOURNEY_VERBS}|headed|arrived|returned) to|(?:left|departed|leaves|leaving) for|"
                         r"reached|spread (?:to|into)|"
                         r"(?:set|scheduled|slated|planned) for|"  # "the leaders' summit set for Shenzhen"
                         r"(?:road|highway|route|railway|motorway)\s+between)"  # "on the highway between Kirkuk and
                         # Tikrit"
                         r"\s+(?:(?:the|an?)\s+)?(?:(?:(?:(?:north|south)-?)?(?:east|west)?(?:ern)?|(?:north|south|east|west)-central|central|downtown|greater|upstate|"
                         r"rural|coastal|occupied|besieged|old|midtown|uptown|lower|upper)\s+)?"  # "in eastern
                         # Ukraine", "through downtown London", "in Midtown Manhattan"
                         r"(?:(?:(?:regional|provincial|state|district|county|border|frontline|front-line|coastal)\s+)?"
                         r"(?:capital|port city|city|town|village),?\s+)?"  # "in the capital Sanaa", "in the
                         # regional capital, Zaporizhzhia"
                         r"|(?:cit(?:y|ies)|towns?|villages?|regions?|provinces?|capital|port|territory|republics?|streets|"
                         r"outskirts|"
                         r"suburbs?|centre|center|heart|districts?|neighbou?rhoods?|parts?|side|areas?|edge|hills|"
                         r"countryside|coast|banks?|state|county|municipality|residents|inhabitants|villagers)"
                         r"\s+of\s+(?:the\s+)?)$",
                         re.I)
ON_THE_RE = re.compile(r"\b(?<!night )(?:on|onto)\s+the\s+$", re.I)  # "rain fell on the city": where the city is
OWNED_RE = re.compile(r"['’]s\b")  # a possessive: "the city's budget", "Sunday's election", "Cambodia's envoy"
HOMETOWN_BEFORE_RE = re.compile(  # "a 34-year-old man from", "two tourists from"
    r"\b(?:man|woman|boy|girl|teenager|teen|youth|person|couple|driver|student|worker|tourist|national|citizen|"
    r"native|suspect|father|mother|son|daughter)s?(?:,? aged \d+,?)? from $")  # (not "evacuated 2,000 people
# from Pokrovsk to Dnipro")
NAMER_RE = re.compile(r" (?:calls|called|call) (?=[A-Z])")  # who names a place says nothing of where
COORDINATED_RE = re.compile(r"(?:,\s+and|;)\s")  # a clause joined to the one before
FORECAST_WORD_RE = re.compile(r"\b(?:could|may|might|will|would|warn\w*|expected|forecast\w*|threaten\w*)\b")  # ...
# that tells what may come, not what came ("…, and experts warn that floods could reach Kumasi")
SEA_NAME_RE = re.compile(r"\b(?:Sea|Seas|Strait|Straits|Gulf|Bay|Ocean|Channel|Sound|Bight|Canal|Bosporus|Bosphorus|"
                         r"Dardanelles|Bab)\b")  # waters ships sail
RULED_BY_RE = re.compile(r"['’]s (?:(?!city|regional|municipal|local)[a-z-]+ )?(?:troops|forces|army|military|soldiers|"
                         r"government|allies|offensive|"
                         r"invasion|war|envoys?|ambassadors?|embassy|regime|diplomats)\b")  # a capital for its state
HOSTED_RE = re.compile(r"^-hosted\b", re.I)  # not "U.S.-led talks" nor "the Britain-based Syrian Observatory"
WHERE_AFTER_RE = re.compile(r",?\s+where\s")  # "The worst-hit district is Feni, where rivers burst their banks"
_DATE_WORD = rf"\s+(?:in|on)\s+(?:{MONTH_FULL}|{WEEKDAY}|\d{{4}})"
DATED_RE = re.compile(_DATE_WORD)  # "Goma in January and Bukavu in February": a list of places, each with its date
LIST_GAP_RE = re.compile(rf"^(?P<dated>{_DATE_WORD}(?:\s+\d{{1,2}})?)?"
                         r"(?:,\s*|\s+and\s+|,\s+and\s+|\s*/\s*|,?\s+as\s+well\s+as\s+"
                         r"|['’]s\s+(?:city|town|village|region|province|capital|port)\s+of\s+"
                         # "in Indonesia's (restive) Papua region": the owner's place goes on to the owned one
                         r"|(?P<owned>['’]s\s+)(?:(?!(?:the|an?|on|in|at|to|of|for|with|by|from|and|or|but|said|says|"
                         r"was|were|is|are|has|have|had|will|would)\b)[a-z][a-z-]*\s+){0,3})$")
REFERENCE_GAP_RE = re.compile(  # a town named to say where the place before it lies: "Zelene near Pokrovsk", "New
    # York, a village south of Toretsk"
    r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:village|town|city|settlement|hamlet|suburb|district)(?:\s+of\s+[\d,]+"
    r"(?:\s+people)?)?)?\s+(?:near|outside|(?:(?:about|some|just)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?")
QUARTER_RE = re.compile(r"^[0-9]{4}-Q[1-4]$")
ISO_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2}|-(SP|SU|FA|WI))?$|^[0-9]{3}X$")
SPECIFICITY = {"city": 0, "admin2": 1, "admin1": 2, "water": 3, "region": 3, "country": 4, "continent": 5, "other": 3}
DATELINE_TYPES = frozenset({"meeting", "statement"})
LEAD_TYPES = frozenset({"crime", "disaster", "protests", "riots", "strategic_developments", "humanitarian"})  # what
# a lead sentence that names no place tells of the dateline's town ("BERLIN, N.H. — A fire destroyed a mill")
UNSAID_RE = re.compile(r"(?:\b[Nn]o (?:[\w-]+ )?(?:group|one|organi[sz]ation|faction|party|official)s? |\b[Nn]obody |"
                       r"\b[Nn]one of (?:\w+ ){1,2})(?:has |had |have )?(?:yet |immediately )?$|"
                       r"\b(?:not|never|declined to|refused to) (?:yet |immediately )?$")
ATTRIBUTION_RE = re.compile(r"[,\"”] (?:[^\s,;:\"“”]+ ){0,6}$")  # "..., police said.", '"...," Hale said'
REPORTED_RE = re.compile(r"\W*(?:\S+\s+){3}")  # what the source reports has three words or more (not "However,")
SPOKEN_IN_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")  # '"...," Maduro said in Caracas': said somewhere
SPEAKER_FIRST_RE = re.compile(  # a sentence that opens with its speaker: "Sen. Jon Ossoff, D-Ga.," (then "said ...")
    r"(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*,(?: [\w.'’-]+){1,4},")
DATELINE_DASH_RE = re.compile(r"[^\n]{0,60}?\s[-—–]+\s")  # "GENEVA (Wire) - ", before a sentence's first words
LIST_NEXT_RE = re.compile(r",? (?:and|or) ")
JOIN_GAP = 30
OBJECT_TYPES = frozenset({"military", "battles", "explosions_remote_violence", "violence_against_civilians",
                          "strategic_developments", "disaster"})
LEAVING_RE = re.compile(r"fled|flee|evacuat|withdr|retreat|pull(?:ed|ing)? out|left|escaped|displaced|rescue|airlift|"
                        r"test-", re.I)  # "fled from Homs", "withdrew from Kherson", "test-fired a missile from near
# Pyongyang": where it happened; not "an incursion from"
WANTED_BY_RE = re.compile(r"\bwanted\s+by\s+(?:the\s+)?$", re.I)
POLICE_OF_RE = re.compile(r"(?:['’]s)?\s+(?:city\s+|state\s+|county\s+|metropolitan\s+)?(?:police|(?:grand\s+)?jury|"
                          r"judge|magistrate)\b", re.I)  # "Mumbai police arrested", "a Sangamon County jury
# convicted": the town (county) whose police or court act is where a crime is dealt with
COUNCIL_OF_RE = re.compile(  # "Cambridge City Council voted", "the Boston City Council met": a town's own body
    r"(?:['’]s)?\s+(?:(?:city|town|borough|village|municipal|county)\s+)?(?:council|commission)\b(?!\s+(?:of|for|on)\b)",
    re.I)  # meets and speaks in that town (not "the Council of Europe", "the UN Commission on …")
FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
ROUTE_BEFORE_RE = re.compile(r"\b(?:travell?ing|bound|heading|headed|en route|on (?:its|their) way|running|sailing)"
                             r"\s+(?:from\s+(?:[A-Z][\w'’.-]*\s+){1,3})?(?:from|to|for)\s+$")  # a vehicle's route
ROAD_AFTER_RE = re.compile(r"(?:[-–][A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)?\s+(?:highway|road|motorway|expressway|railway|"
                           r"rail line|pipeline|corridor|route)\b", re.I)
CHOICE_BEFORE_RE = re.compile(r"\bchoice\s+between\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:and|or)\s+(?:the\s+)?$"
                              r"|\bchoice\s+between\s+(?:the\s+)?$")  # "a choice between the European Union and Russia"
FORECAST_OFFICE_RE = re.compile(  # where forecasters sit is not where the storm was: "The National Weather Service
    r"\b(?:(?:[Ww]eather [Ss]ervice|Met Office|[Ff]orecast|[Ww]eather|Hurricane|Typhoon|Storm|Prediction|Warning) "
    r"(?:[Oo]ffice|[Bb]ureau|[Cc]entre|[Cc]enter)s?|[Ww]eather [Ss]ervice|Met Office) in\s+$")  # office in
# Birmingham rated the tornado an EF-2", "the National Weather Service in Wilmington rated the twister"
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
TOURED_RE = re.compile(r"toured", re.I)
WANTED_IN_RE = re.compile(r"\bwanted\s+in\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)?$")  # where a suspect is
# wanted is not where the arrest happened ("a man wanted in London, England, was arrested at a motel")
OVER_RE = re.compile(r"\bover\s+(?:the\s+)?$", re.I)
HABIT_SAID_RE = re.compile(r"\bha(?:d|ve|s)\s+(long\s+|repeatedly\s+|often\s+)?$", re.I)  # ... warned (for years)
FOR_YEARS_RE = re.compile(r"\s+for\s+(?:many\s+|several\s+)?(?:years|decades|months)\b", re.I)
LOST_AT_RE = re.compile(r"\b(?:to|in|at|near|into)\s+(?:the\s+)?$")  # an unplaced name as a place: no dateline
# fallback ("flew to Jajarkot" is no meeting in Kathmandu)
PARTICIPANTS_RE = re.compile(  # "foreign ministers from Armenia and Azerbaijan": who meets, not where
    r"\b(?:ministers?|officials?|leaders?|delegat(?:es|ions?)|representatives?|envoys?|diplomats?|negotiators?|mediators?|"
    r"counterparts?|presidents?|heads? of (?:state|government))\s+(?:from|of)\s+(?:the\s+)?$"
    r"|\bbetween\s+(?:the\s+)?$", re.I)  # the parties: "talks between Russia and Ukraine"
DIPLOMATS_RE = re.compile(  # who are never where anything happens: "mediators from Egypt and Qatar said aid …"
    r"\b(?:mediators?|envoys?|diplomats?|delegat(?:es|ions?)|negotiators?|foreign ministers?)\s+(?:from|of)\s+"
    r"(?:the\s+)?$", re.I)
# ... and the parties to a truce or deal: "a truce between Israel and Hezbollah" (but shelling "between Bakhmut and
# Soledar" is there)
PARTIES_RE = re.compile(DIPLOMATS_RE.pattern + r"|(?<!road )(?<!highway )(?<!route )(?<!railway )(?<!motorway )"
                        r"\bbetween\s+(?:the\s+)?$", re.I)  # (not "on the highway between Kirkuk and Tikrit")
WHO_PATTERNS = {"meeting": PARTICIPANTS_RE, "strategic_developments": PARTIES_RE}
IMPACT_RE = re.compile(  # "riots hit Grenoble", "protests rocked Tehran", "aid trucks entered Gaza": where it went
    r"\s+(?:\w+\s+){0,2}(?:hit|struck|rocked|swept(?: through| across)?|engulfed|shook|paralys|paralyz|gripped|"
    r"spread to|entered|reached|arrived in|crossed into)\w*\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
SUFFERED_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians", "disaster",
                            "strategic_developments", "military"})
PASSIVE_SUBJECT_RE = re.compile(  # between a place and the event it suffered: "Kharkiv was shelled", "Derna was hit
    r"(?:,\s+(?:an?|the)\s+[^,;.]{1,60},)?"  # (after an apposition: "Kupiansk, a railway junction …, was")
    r"\s+(?:(?:was|were|had been)\s+(?:also\s+|again\s+|heavily\s+|repeatedly\s+)?"  # by floods"
    r"(?:(?:hit|struck|battered|pounded|lashed|swamped|inundated|rocked|devastated|ravaged|targeted)\s+by\s+"
    r"(?:[\w-]+\s+){0,4}?)?|came\s+under\s+(?:[\w-]+\s+){0,2}?)", re.I)  # (not "has been hit by": a habit)
STRUCK_LATER_RE = re.compile(  # "A typhoon killed more than 6,300 people when it struck Tacloban": where it struck
    r"[^.;]{0,100}?\b(?:when|as|after|before)\s+(?:it|they)\s+(?:hit|struck|slammed into|swept (?:through|across)|"
    r"tore through|ripped through|battered|lashed|pounded|crossed)\s+(?:the\s+)?(?:[\w-]+\s+)?")
OBJECT_WORD_RE = re.compile(r"visit|tour|travel|trip|fled|flee|evacuat|landed|ashore|reached|crossed|disembarked",
                            re.I)  # object = where: "fled Homs", "migrants landed on Lesbos"
ABOUT_RE = re.compile(  # "the humanitarian situation in Mariupol": what is talked about (not "humanitarian aid")
    r"humanitarian (?:situation|crisis|catastrophe|disaster|emergency|needs|conditions)", re.I)
RECOGNITION_RE = re.compile(r"recogni|sanction|annex", re.I)  # what is recognised is not where (Luhansk)
ABOARD_RE = re.compile(r"\b(?:aboard|on board)\b", re.I)
DIPLOMATIC_RE = re.compile(r"\b(?:recalled|expelled|sever|severed|severing|broke off|cut|closed)\b", re.I)
PARTNER_RE = re.compile(r"\b(?:to|from|with|of|against)\s+(?:the\s+)?$", re.I)
SHELTERING_RE = re.compile(r"evacuat|shelters|relief camps|evacuation cent", re.I)  # a country moving its people
EMERGENCY_RE = re.compile(r"state of (?:emergency|disaster|calamity)|curfew|lockdown|martial law|prohibitory orders",
                          re.I)
DENIED_RE = re.compile(r"\b(?:not|never|no|may|might|could|would|threatened to|considering|consider)\b")
RULER_RE = re.compile(r"\b(?:President|Prime Minister|[Gg]overnment|[Cc]abinet|[Jj]unta|[Pp]residency)\b")
GOVERNOR_RE = re.compile(r"\b(?:Gov\.|Governor|Premier) (?-i:[A-Z])")
RULER_AFTER_RE = re.compile(r"(?:['’]s)? (?:Gov\.|(?:Governor|President|Prime Minister|Premier|[Gg]overnment|"
                            r"[Cc]abinet|[Pp]arliament|[Aa]uthorities|[Jj]unta|State Government)\b)")
RULER_BEFORE_RE = re.compile(r"\b(?:[Gg]overnment|[Gg]overnor|[Pp]resident|[Aa]uthorities|[Cc]abinet|[Pp]arliament|"
                             r"[Jj]unta|[Pp]remier) of (?:the )?(?:[a-z]+ )?$")  # "the government of neighbouring X"
CAPTURE_RE = re.compile(r"captur|seiz|retook|retaken|liberat|control|took over|takeover", re.I)  # its object is where
# A statement happened where its speaker was, not at the places it is about ("said ... in Hyderabad and Chennai")
SUBJECT_VERB_RE = re.compile(  # an event word that holds its clause's subject and verb: "after a minibus collided"
    r"[\w-]+(?:\s+\w+){0,4}\s+(?:\w+ed|sank|struck|hit|broke|burst|fell|tore|swept)", re.I)
UNDER_FIRE_RE = re.compile(  # "under heavy Russian fire", "exchanged near-daily fire": gunfire, no blaze
    r"\b(?:under|exchanged|exchanging|traded|trading|returned|opened) (?:[\w-]+ ){1,2}$", re.I)
AFTER_SUBJECT_RE = re.compile(  # "after gunmen abducted", "after masked men stormed": a clause's subject and its verb
    r"\b(?:after|before)\s+(?!(?:the|a|an|its|his|her|their|this|that)\s)(?:[\w-]+\s+){1,2}$", re.I)
AFTER_CLAUSE_RE = re.compile(  # ... the event word; not "after a week of talks", which ended then
    r"\b(?:after|before|following)\s+(?!(?:an?|one|two|three|four|five|six|several|\d+|many|few)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|hours?|years?|nights?)\s+of\b)(?:[\w'’-]+\s+){0,5}$", re.I)
LEAD_RE = re.compile(r"\W*(?:(?:on|in|at|by|early|late|earlier|later|last|this)\s+)*", re.I)  # opens the sentence
SAID_WHEN_RE = re.compile(  # between a statement verb and its own date: "said on Tuesday", "told reporters in
    # Ankara on Monday", "said in a post on X late on Friday"; not "said cuts were likely in June" (a clause of its own)
    r"(?:\s*,?\s+(?!(?:is|are|was|were|will|would|could|can|may|might|had|has|have|be|been|being|should|must|did|"
    r"do|does|that)\b)[\w'’.-]+){0,8}\s*,?\s*$", re.I)
SPOKEN_AT_RE = re.compile(  # "told a news conference in X", "said in X"; not "said prices rose in X"
    r"^(?:\s+(?:reporters|journalists|lawmakers|parliament|supporters|a|an|the|news|press|conference|briefing|"
    r"rally|statement|television|radio|interview|crowd|meeting|issued|released|posted|published)){0,4}\s+"
    r"(?:in|at|from)\s+"  # ("said in a statement from Melbourne")
    r"(?:the\s+)?$", re.I)
SPEAKING_AT_RE = re.compile(  # "Tusk, speaking in Bialystok on Wednesday, said", "Speaking to reporters in Kyiv, …",
    # "according to the Health Ministry in Gaza": where a source is
    r"(?:\b[Ss]peaking\s+(?:(?:to|with)\s+(?:\w+\s+){1,2})?(?:in|at|from)"
    r"|\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}(?:in|at))\s+(?:the\s+)?$")
OWNED_CITY_RE = re.compile(r"['’]s (?:(?:largest|biggest|main|second|second-largest|commercial|economic|financial)"
                           r" (?:city|capital|port|hub)|(?P<capital>capital))\b")  # "Ivory Coast's largest city"
SOURCE_NAMED_RE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")  # a source named for its country: "according to
# the U.S. Geological Survey" (the quake struck near Herat)
SPEAKING_OPENER_RE = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+){0,4}?[Ss]peaking\s+(?:in|at|from|to|after|during)\b[^,;]*,")
SPEAKERS_AT_RE = re.compile(r"\b(?:officials?|authorities|police|spokes(?:man|woman|person)|governor|mayor|ministry|"
                            r"government|residents|witnesses|sources|UN|U\.N\.|agency|mission|office|embassy|"
                            r"scientists|researchers|analysts|experts|doctors|diplomats|prosecutors|investigators|"
                            r"organi[sz]ers|activists|lawyers|traders|economists)"
                            r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
OWN_DAY_AFTER_RE = re.compile(  # an event's own day, month or year after it in its clause
    r"[^.;,]{0,80}?\b(?:on (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|"
    r"in (?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )?(?:1[89]|20)\d\d\b)", re.I)
YEAR_BEFORE_RE = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:[\w-]+\s+)?$")  # ... or its year before it
RALLY_RE = re.compile(r"(?:campaign|election) rall", re.I)
DISPERSED_RE = re.compile(r"disperse|tear ?gas|rubber bullets|water cannon|live (?:bullets|rounds|ammunition)", re.I)
OWNS_EVENT_RE = re.compile(r"['’]s(?:\s+(?-i:[a-z])[\w-]*){0,2}\s+")  # "Britain's biggest rail strike"
OWNED_TYPES = frozenset({"protests", "riots", "disaster", "humanitarian"})  # events a land has, not does
YEAR_NAMES_RE = re.compile(r"(?:1[89]|20)\d\d")  # a bare year ...
ARTICLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")  # ... after "the": it names a thing ("the 2023 Allen mall shooting")
NAMED_EVENT_GAP_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+")  # ... the event word a few words on, within its name
TARGET_NEAR_RE = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:near|outside|in)\s+(?:the\s+)?")
TARGET_BEFORE_RE = re.compile(r"\b(?:on|against|near|in|attacked)\s+(?:the\s+)?$")  # a target in the event's words
COURT_RULED_RE = re.compile(r"(?:Court|Tribunal)(?: [\w'’-]+){0,6} ruled(?! out\b)")
TAKEOFF_RE = re.compile(r"\b(?:take-?off|taking off|took off)\s*$", re.I)  # "after takeoff from X": near X
BLOCKED_RE = re.compile(r"\bblock(?:ed|ing) ")  # a protest that blocked a named road or crossing
VOLCANO_NAME_RE = re.compile(r"(?:Mount|Mt\.?|Volc[aá]n|Volcano|Gunung) ")
BURNED_RE = re.compile(r"(?:set|setting) (?:[\w-]+ ){0,4}(?:ablaze|on fire)", re.I)
WATER_SUBJECT_RE = re.compile(r"\s+(?:(?:also|has|had|was|were|again|then|finally)\s+){0,2}")  # "River (also) rose"
FRONTED_AT_RE = re.compile(r"(?:On [\w.]+(?: \d+)?,? )?(?:In|At) ")  # a sentence set in a place: "In New Delhi, the"
SPEECH_AFTER_RE = re.compile(r"(?:\s+[\w,]+){0,3}?\s+(?:said|says|told|stated|claimed|confirmed|warned|announced|"
                             r"condemned|urged|called for|reiterated|denied|welcomed|critici[sz]ed)\b")  # ("the
# UN office in Geneva condemned the attack": in Geneva)
SPEAKS_NEXT_RE = re.compile(r"\s+(?:(?:officials|authorities|sources|officers|spokes(?:man|woman|person))\s+)?"
                            r"(?:said|says|told|stated|claimed|confirmed|warned|announced)\b")  # "Warsaw said",
# "Tel Aviv officials said"
COUNCIL_VOTE_RE = re.compile(COUNCIL_VOTE, re.I)
WEAPON_BEFORE_RE = re.compile(WEAPONS, re.I)
SEAT_SPEAKS_RE = re.compile(rf"(?:['’]s)?{SPEECH_AFTER_RE.pattern}")  # "the Kremlin's spokesman, Dmitry Peskov, said"
CAPITAL_SPEAKS_RE = re.compile(  # a capital that speaks for its government: "Beijing on Monday urged", "Moscow said"
    r"(?:\s+(?:on|late|early|earlier|later)(?:\s+on)?\s+\w+)?,?\s+(?:said|says|told|stated|claimed|confirmed|warned|"
    r"announced|urged|called for|reiterated)\b")
OBJECT_BEFORE_RE = re.compile(r"\b(?:in|at|of|from|to|for|with|by|on|into|near)\s+$", re.I)
JOURNEY_RE = re.compile(r"\b(?:drove|driven|flew|flown|travell?ed|came|arrived|moved|returned|walked|sailed|"
                        r"commuted|relocated)(?:\s+\w+){0,3}\s*$"  # "… drove from Austin": not where it happened
                        r"|\b(?:protesters|demonstrators|supporters|students|workers|farmers|residents|delegates|"
                        r"delegations?|fans|pilgrims|activists|volunteers|people|teams?|crews?|rescuers|experts|doctors|"
                        r"troops|soldiers|fighters|reinforcements)\s*$", re.I)  # "protesters from Lyon"
PLACE_DATE_RE = re.compile(r"^(?:['’]s)?(?:\s+(?:camp|city|town|village|district|province|region|area|"
                           r"neighbou?rhood|county|state))?,?\s*(?:(?:on|in|early|late)(?:\s+on)?\s+)?$", re.I)
NEXT_DAY_RE = re.compile(r",?\s+(?:the next day|the following day|a day later|the day after)\b", re.I)
PLACE_DATE_REACH = 40  # characters between a place and its own date
# "in the city", "near the town", "the city's airport" (not "the city of X", "the city council")
BARE_REGION_RE = re.compile(r"\s+(?:regions?|provinces?|states?|oblasts?|governorates?|counties|county|districts?|"
                            r"departments?|prefectures?)\b", re.I)
THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?$")
ANAPHORS = ("city", "town", "village", "capital")
ANAPHORA_RE = re.compile(r"\b(?:in|at|near|across|around|outside|inside|into|of|through|over|onto|(?<!night )on)"
                         rf"\s+the\s+({'|'.join(ANAPHORS)})\b"
                         r"(?!\s+(?:of|council|hall|government|authorities|police|officials?|mayor)\b)",
                         re.I)
SEAT_RE = re.compile(  # a town's hall is in the town, a parliament in the capital: "rallied outside City Hall"
    r"\b(?:in|at|near|outside|inside|into|to|in front of|on the steps of)\s+(?:the\s+)?"
    r"(?P<place>(?P<word>city|town)\s+hall|(?P<capital>parliament)(?:\s+building)?)\b", re.I)
COUNTRY_RE = re.compile(  # "in the Pacific territory", "across the West African nation": the country told of (not
    r"\b(?:in|across|throughout|around|all over)\s+the\s+"  # "the neighbouring country")
    r"((?:(?!(?:neighbou?ring|other|host|home|adjacent|bordering|next|rival|mother|origin)\b)[\w-]+\s+){0,2}?"
    r"(?:country|nation|territory))\b", re.I)
OWNED_CAPITAL_RE = re.compile(  # "in Somalia's capital", "near the Kenyan capital"
    r"\b(?i:in|at|near|across|around|outside|inside|into|of|through)\s+(?:(?P<owner>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"['’]s|the\s+(?P<people>[A-Z][a-z]+))\s+(?P<word>capital)\b(?!\s+(?:of|council|hall|government|authorities)\b)")
_GOVERNMENT = (r"(?:government|(?:foreign|defen[cs]e|health|interior|finance|trade|commerce|information) ministry|"
               r"ministry|presidency|army|military|cabinet|junta|authorities)\b")  # institutions, which stay home (a
# minister abroad speaks where he is: "Russian Foreign Minister Sergey Lavrov spoke to the press" in Antalya)
OWNED_SPEAKER_RE = re.compile(rf"['’]s (?:[a-z-]+ ){{0,2}}(?i:{_GOVERNMENT})")  # "Congo's government said"
GOVERNMENT_RE = re.compile(rf"(?i:{_GOVERNMENT})")
GOVERNMENT_AFTER_RE = re.compile(rf" (?:[a-z-]+ ){{0,2}}(?i:{_GOVERNMENT})")  # "[Indian] foreign ministry"
LATER_RE = re.compile(r"\b(?:(?P<n>an?|one|two|three|four|five|six|\d+) (?P<unit>days?|weeks?) (?P<way>later|earlier)|"
                      r"the (?:next|following) (?:day|morning|evening|night)|"  # after the story's day, or before it:
                      r"(?P<before>the previous (?:day|morning|evening|night)|the (?:day|night) before"
                      r"(?!\s+(?:the|a|an|his|her|its|their|last|yesterday|[A-Z\d])\b)))\b", re.I)  # (not "the day
# before the election")
TOPIC = "topic"  # a word of fighting named as a topic: it keeps its places but makes no event
TOPIC_PLACE_RE = re.compile(r"\s+(?:in|across|around|near|along)\s+(?:the\s+)?(?:[a-z]+\s+)?")
CONDEMNED_RE = re.compile(  # an event a statement condemns (welcomes…): told of, not happening where it is said
    r"\b(?:condemn|denounc|deplor|decr(?:y|ie)|criticis|criticiz|welcom|hail|prais)\w* "
    r"(?:the |this |that |these |those |its |their |his |her |an? )?(?!\w*(?:day|night)['’]s )(?:[\w'’-]+ ){0,2}$",
    re.I)  # (one with a day of its own is told anew: "condemned Sunday's attack on Goma", "condemned Iraq's invasion of
# Kuwait on Aug. 2"; a weekday after it is the statement's: "condemned the offensive on Monday")
PLACED_AFTER_RE = re.compile(  # ... unless it is told with a place of its own: "condemned the shelling of a hospital in
    r"[^,;.]{0,60}?\b(?:in|on|at|near|outside)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)(?-i:[A-Z])", re.I)  # El Fasher", "welcomed the deal signed in Addis Ababa" (not "on Monday")
TOPIC_WORDS = frozenset({"war", "fighting", "violence", "conflict", "hostilities"})  # "to end fighting": a topic
OFFICIALS_RE = re.compile(r"\b(?:ministers?|officials|leaders|delegates|diplomats|lawmakers|senators|envoys|"
                          r"presidents|heads of state)\b", re.I)
TOWARDS_RE = re.compile(r"\btowards?\s+(?:the\s+)?$", re.I)
MISSILE_FIRED_RE = re.compile(r"(?:fired|launched) (?:an? |two |three |several )?(?:new )?(?:[\w-]+ ){0,2}"
                              r"(?:ballistic|cruise|hypersonic|intercontinental) missiles?")
AIMED_AFTER_RE = re.compile(r"(?: [\w-]+){0,3}? (?:at|towards?|against|on|into)\b(?! the sea\b)")
ANNIVERSARY_OF_RE = re.compile(r"\banniversary of (?:the )?(?:[\w-]+ ){0,3}$")
ROAD_BETWEEN_RE = re.compile(r"\b(?:road|highway|route|railway|motorway)\s+between\b")
TO_RE = re.compile(r"\s+to\s+(?:the\s+)?")  # "deployed to Joshimath"
GATHERED_RE = re.compile(r"gathered\b.*\bto\s", re.I | re.S)
AFTER_WORD_RE = re.compile(r"\b(?:after|following)\b", re.I)
APPOSITION_RE = re.compile(r",\s+(?=(?:the|a|an)\s)")
RELATIVE_CLAUSE_RE = re.compile(r",\s+(which|who)\s[^,;.]+,")  # a relative clause between commas
_SPAN_VERBS = r"began|started|ended|broke|erupted|lasted|continued"
SPAN_VERB_RE = re.compile(rf"\s+(?:{_SPAN_VERBS})\b")  # what starts or ends
# the thing it tells of ("the floods, which began on Tuesday,": the floods' day)
CLAUSE_END_RE = re.compile(r"[,;]")  # where a purpose or a background phrase ends
BACKGROUND_RE = re.compile(  # an earlier or later event told as a time reference, not a time ("after midnight")
    r"\b(?:after|before|following|ahead of|prior to|since)\s+(?!(?:\d|midnight|noon|dawn|dusk|sunset|sunrise|"
    r"nightfall|daybreak|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!['’]s)|(?:last|this|next) (?:week|month|year|"
    r"night|weekend|spring|summer|autumn|fall|winter)\b(?!['’]s)|the (?:weekend|morning|evening|night|afternoon)|"
    r"an? (?:hour|day|week|month)|(?:two|three|four|five|six|several|many) (?:hours|days|weeks|months)))", re.I)
QUAKE_RE = re.compile(r"quake|tremor|aftershock", re.I)
IN_GAP_RE = re.compile(r",? in (?:the )?|, ")  # a place qualifying the one before: "Lucknow in India"
FELT_RE = re.compile(r"\bfelt\s+(?:as far (?:away )?as|in|across|throughout)\s+(?:the\s+)?$", re.I)  # "tremors were
# felt as far away as Cyprus": not where the quake struck
PURPOSE_RE = re.compile(r"\bto (?:discuss|review|assess|address|examine|consider|coordinate|negotiate|seek|secure|"
                        r"ensure|support|help|boost|bolster|strengthen|restore|resolve|end|ease|defuse|tackle|counter|"
                        r"combat|curb|prepare|plan|mediate|broker|finalise|finalize|monitor|oversee|push for|"
                        r"press for|demand|call for)\b|,\s+(?:demanding|calling for|seeking|urging)\b|"
                        r"\b(?:promised|pledged|vowed|threatened|planned|hoped|intends|intended|offered) to\b",
                        re.I)  # a purpose: what an event is for, not where ("protested in Karachi, demanding
# inspections across Punjab"), nor what was promised there ("met farm leaders in Kraków and promised to raise the
# issue in Brussels")
AFTERMATH_RE = re.compile(r"(?:['’]s)? (?:case|trial|inquiry|inquest|anniversary|memorial|victims' families)\b")
COURT_WORD_RE = re.compile(r"(?:the )?(?:trial|case|court|charged|convicted|sentenc|jailed)", re.I)  # (the case's
# own word: "the trial of the gunman")
PURPOSE_CLAUSE_RE = re.compile(r"\bto (?:reach|help|rescue|evacuate|search for|deliver|bring|assist|protest|demand|"
                               r"mark|mourn|honou?r|support)\b")  # an infinitive of purpose opens a clause of its own
DESTINATION_RE = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")  # "fly to (the city of) Legazpi",
# "left for Tokyo"
VISIT_RE = re.compile(r"visit|tour", re.I)
VENUE_TYPES = frozenset({"statement", "meeting"})  # where people met or spoke is no scene for what happens next
RALLY_TYPES = frozenset({"protests", "riots"})  # where people rallied is a scene only for more rallies
QUOTE_RE = re.compile(r"[\"“”]")  # a quoted sentence tells no scene
STORY_DAYS = 14  # a dated event this close to the report is the news the next sentences go on telling
STORY_BREAK_RE = re.compile(r"(?:Elsewhere|Separately|Meanwhile|In other news|In a separate)\b")  # another story
STORY_CUT_RE = re.compile(  # a sentence that tells no event of the story: a negation, a habit, background, the present
    r"\b(?:no|not|never|nor|none|often|usually|frequently|regularly|routinely|repeatedly|frequent|years? ago|"
    r"decades? ago|has seen|have seen|veteran|every (?:year|week|month)|each year|is expected|are expected|"
    r"(?:is|are|am) \w+ing)\b", re.I)
HABIT_AFTER_RE = re.compile(r"\s+(?:are|is|remain|remains)\s+(?:\w+\s+)?(?:common|frequent|rare|routine|"
                            r"commonplace)\b", re.I)
NEGATED_RE = re.compile(r"(?:\bnever|\bnot|n't|\bno longer)\s+(?:[\w-]+\s+)?$"
                        r"|\bno\s+(?:[\w-]+\s+){1,2}(?:were|was|(?:had|have|has)\s+been)\s+$"
                        r"|\bno\s+(?:immediate\s+)?(?:reports?|signs?|word|sign|evidence)\s+of\s+(?:any\s+)?$", re.I)
# "No civilians were killed in the strike", "no reports of flooding in Suva"
CALLED_OFF_RE = re.compile(r"(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}\s+(?:were|was|has been|have been|had been)\s+"
                           r"(?:called off|cancell?ed|scrapped|averted)\b")
NEGATION_RE = re.compile(r"\b(?:never|not)\b|n't", re.I)  # inside an event's words: "troops never left"
OVERNIGHT_RE = re.compile(r"\bovernight\b(?! (?:stays?|trains?|flights?|buses|bags?|shifts?|camps?))", re.I)
ONGOING_RE = re.compile(r"\b(?:since|have|has)\b", re.I)  # a longer event, going on: not one day's
KNOWN_EVENT_RE = re.compile(r"\b(?:the|this|that|last)\s+(?:[\w-]+\s+)?$", re.I)  # "the deadly
# fire": an event told as known, not one of this clause
MILITARY_TARGET_AFTER_RE = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{MILITARY_TARGET}")  # "stormed a police post"
PURPOSE_OF_RE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}$", re.I)  # "met … for talks", "for a summit"
CASUALTIES_AFTER_RE = re.compile(  # the toll a cause brought: "Two people are dead after a shooting in Frayser"
    r"\b(?:dead|died|killed|injured|hurt|wounded|in hospital|hospitali[sz]ed|missing|trapped|homeless|stranded)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:after|following)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
HABIT_BEFORE_RE = re.compile(
    r"\b(?:(?:prone|vulnerable|susceptible) to|(?:regularly|frequently|often|routinely|periodically|repeatedly) "
    r"(?:hit|struck|battered|affected|lashed|ravaged) by|(?:(?:struggled|grappled|contended|coped) with|(?:plagued|"
    r"beset) by) (?:a |an )?(?:wave|spate|rise|surge|string|series|epidemic) of) (?:[\w-]+ ){0,3}$", re.I)  # ("Sweden
# has struggled with a wave of gang shootings and bombings")
DEFINITE_RE = re.compile(r"\bthe\s+$", re.I)
DETERMINER_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)  # "the recognized president": no verb
LISTED_RE = re.compile(r"(?:(?:in|at|near|to)\s+(?:the\s+)?)?")
_EFFECTS = r"spawning|prompting|triggering|sparking|forcing|causing|unleashing|starting|igniting"  # what an event
# set off: a clause of its own, whose places before it are the event's ("struck … in Zaporizhzhia, starting a fire")
SET_OFF_RE = re.compile(rf",\s+(?:{_EFFECTS})\s+(?:the\s+)?(?:[\w-]+\s+)?$")  # ", forcing the evacuation": what
# the event before it set off (not a known event: "the deadly fire")
PARTICIPLE_RE = re.compile(  # a participle clause, which tells what the event before it did or set off: "struck …
    # on Monday, toppling houses and setting off a fire" (the day is the quake's; "made landfall … on Wednesday
    # night, spawning tornadoes": the tornadoes share it). Not what a speaker adds, asks or promises, which is told
    # as of the report ("…, adding that fighting continued", "…, calling for a ceasefire in Gaza"), nor "making it
    # the deadliest storm to hit the U.S." (a comparison) or "joining soldiers already deployed in Sinaloa" (others)
    r",\s+(?!(?:during|including|according|morning|evening|following|pending|concerning|regarding|considering|"
    r"excluding|beginning|building|nothing|something|anything|everything|"
    r"adding|saying|noting|telling|citing|claiming|warning|stressing|insisting|arguing|urging|calling|demanding|"
    r"asking|promising|pledging|vowing|threatening|accusing|blaming|describing|denying|welcoming|condemning|"
    r"making|joining)\b)[a-z]+ing\s")
CLAUSE_BREAK_RE = re.compile(r";\s*|,\s+(?:and|but|whereas|(?P<shared>when|as|while)|after|before)\s+|"
                             rf",\s+(?P<effect>{_EFFECTS})\s+|"  # what it set off:
                             # "struck … in Tonga's Vava'u group, prompting tsunami warnings across the Pacific"
                             r",\s+(?:(?:an?|one|two|three|\d+)\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)\s+")
WHEN_CLAUSE_RE = re.compile(r"\b[Ww]hen\s+[^,;.]+,\s+")  # a "when" clause ends at its comma
JOIN_BREAK_RE = re.compile(r",| and | but ")  # two event words of one type across these are two mentions
AND_BEFORE_RE = re.compile(r",?\s+and\s+$")  # a second verb of the clause's subject: "…, and brought rain"
SENT_FROM_RE = re.compile(  # people sent from a place ("Firefighters from Santiago were sent to help"): not where
    r"\b(?:firefighters|rescuers|rescue teams?|troops|soldiers|doctors|medics|volunteers|police(?:men)?|officers|"
    r"crews|experts|engineers|delegations?|delegates|observers|aid workers|reinforcements|units|teams)\s+$", re.I)
THAT_DAY_RE = re.compile(r"\b(?:that (?:night|day|evening|morning|afternoon)|the same (?:day|night)|later that day|"
                         r"hours later)\b", re.I)  # the day told last
SIDES_BEFORE_RE = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fights?|battles?|skirmish(?:es)?|gunfights?|firefights?)"
                             r" (?:\w+ )?between (?:[\w'’-]+ ){0,8}$", re.I)
NAME_GOES_ON_RE = re.compile(r"\s+(?-i:[A-Z])")
STORM_NAME_RE = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone|Depression) (?!(?:Shadows?|Center|Centre|Seasons?|"
                           r"Warning|Watch|Hunters?|Relief|Preparedness|Week)\b)[A-Z][a-z]+\b(?! (?:[Jj]ets?|"
                           r"[Ff]ighters?|[Mm]issiles?|[Aa]ircraft|[Ww]arplanes?|[Ss]quadron|[Cc]enter|[Cc]entre)\b)")
DEPLOYED_RE = re.compile(r"(?:re)?deploy", re.I)
RESCUERS_RE = re.compile(r"\b(?:[Rr]escuers|[Rr]escue (?:teams|workers|personnel|crews)|NDRF|SDRF|[Ff]irefighters|"
                         r"[Rr]elief (?:teams|workers)|[Dd]isaster [Rr]esponse (?:[Ff]orce|teams))"
                         r"\b(?: [\w,'’-]+){0,10} $")  # who was deployed, when no troops: a rescue
OBSERVERS_RE = re.compile(r"\b(?:[Oo]bservers|[Mm]onitors|[Ii]nspectors|[Ee]xperts|[Vv]olunteers|[Dd]octors|[Mm]edics)"
                          r"\b(?: [\w,'’-]+){0,10} $")  # who was deployed, when no troops
SETTING_GAP_RE = re.compile(  # violence at a gathering: "was shot in the ear at a campaign rally", "a bomb exploded
    r"[^.;:]{0,60}\b(?:at|during) (?:an? |the |his |her |their |its )?(?:[\w-]+ ){0,2}")  # during the summit"
GATHERING_RE = re.compile(r"(?:(?:campaign|election) )?(?:rall(?:y|ies)|meetings?|summit|conferences?|forums?|"
                          r"talks|visits?)", re.I)
FORCES_BEFORE_RE = re.compile(r"\b(?:police|policemen|officers|security forces|troops|soldiers|riot police)\b[^.;]*$",
                              re.I)
VIOLENT_TYPES = frozenset({"crime", "violence_against_civilians", "explosions_remote_violence", "battles", "riots"})
PLACES_GAP_RE = re.compile(  # ... unless only the first one's places lie between: "Protesters in Kisumu and Nairobi"
    r"\s+(?:in|from|across)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|,\s+|,?\s+and\s+)[A-Z][\w'’.-]*){0,8}\s+")
CLAUSE_RE = re.compile(r"\bthat\b")  # a reported clause begins: "said on Monday that ..."
APART_FROM_RE = re.compile(r"\b(?:ahead of|before|after|following|since|until)\s+$", re.I)
NOT_A_DATE_RE = re.compile(  # "since last month": a duration's start; "by Friday" a deadline (but a sentence set
    r"\b(?i:since|until|till|(?-i:by))\s+(?i:the\s+)?$")  # on a day: "By Monday, 3,000 people had fled to Pemba")
RELATIVE_TIME_RE = re.compile(  # the own day of a relative clause about a place: "New York, a village south of
    # Toretsk that Ukraine renamed in 2021" (not "the floods, which began on Tuesday")
    r"(?:\b(?:village|town|city|settlement|region|area|district|province|country|state|island|port)s?|"
    rf"(?-i:[A-Z])[\w'’-]+),?\s+(?:that|which)\s+(?!(?:{_SPAN_VERBS})\b)"
    r"[^,.;:()\"“”]{0,50}?\s(?:in|on|since|during)\s+(?:the\s+)?$")  # (but "a battle in Khan Younis that ended …
# on April 7"; "houses in Wajima and Suzu that had been damaged in the 2024 New Year's Day quake")
WHEN_AFTER_RE = re.compile(r",? when\b")  # ... unless what happened then follows ("since September 9, when clashes
# erupted")
FUTURE_AFTER_RE = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+){0,2}\w+)?"  # "lightning and flash flooding are possible"
                             r"\s+(?:(?:is|are|was|were|has been|have been)\s+"
                             r"(?:planned|scheduled|due|expected|possible|likely|forecast)|"
                             r"will (?:be held|take place)|"
                             r"(?:warnings?|alerts?|watch(?:es)?)(?!\s+(?:system|centre|center)))\b", re.I)  # "a
# tsunami warning was issued": the tsunami is to come
NOT_HERE_RE = re.compile(  # "outside the U.S. embassy", "fired at US and British warships" (not "Kenya forces
    # thousands from their homes"), "at Russia's request",
    # "the Black Sea port of Odesa"
    r"(?:\s+and\s+\w+)?\s+(?:embass(?:y|ies)|consulates?|warships?|vessels?|troops|soldiers|bases?|"
    r"aircraft|jets|diplomats|nationals|citizens)\b|['’]s\s+(?:request|behest|invitation|initiative)\b|"
    r"['’]s\s+(?:[\w-]+\s+)?(?:embassy|consulate|consular|mission|compound)\b|"  # "Iran's consular building in
    # Damascus" is in Damascus
    r"-(?:aligned|backed|allied|funded|sponsored|supported|linked|affiliated|armed|trained|made|built)\b"  # "the
    # Iran-aligned Kataib Hezbollah group": whose ally, not where
    r"|\s+(?:port|city|town|village|capital|coast|resort)\s+of\s"
    r"|['’]s\s+(?:(?:second|third)-)?\w+est\s*[,;)]", re.I)  # ... nor what a place is the biggest of: "the
# Zaporizhzhia plant, Europe's largest,"
LAUNCHER_BEFORE_RE = re.compile(r"\b(?:drones|missiles|rockets|shells)\s+(?:that\s+)?$")  # who launched them: "shot
LAUNCHED_AFTER_RE = re.compile(r"\s+(?:had\s+)?(?:launched|fired)\b")  # down 45 of the 72 drones Russia launched"
# Reference points, not where it happened: "on the border with (neighbouring) Algeria", "the Syrian Observatory,
# based in Britain, said"
BORDER_RE = re.compile(r"\b(?:borders?\s+with|based\s+in)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
MEASURED_FROM_RE = re.compile(  # a place a distance is measured from: "a winery 60 km from Transnistria", "about
    # 100 km (60 miles) southwest of the provincial capital Lanzhou"
    r"\b(?P<n>\d[\d,]*(?:\.\d+)?|an?|one|(?:a\s+)?(?:couple\s+of|few)|several|two|three|four|five|ten|dozens\s+of|"
    r"hundreds\s+of)\s*(?P<unit>km|kilomet(?:re|er)s?|(?:nautical\s+)?miles?)(?:\s+\([^()]{0,20}\))?"
    r"(?:\s+(?:north|south|east|west)\w*(?:-(?:east|west)\w*)?)?\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:capital|city|town|port)\s+(?:of\s+)?)?(?:neighbou?ring\s+)?$", re.I)
COUNT_WORDS = {"couple of": 2, "few": 3, "several": 5, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
               "dozens of": 36, "hundreds of": 300}  # (else one)
NEAR_KM = 50  # a place measured from stands for the event only when it is this near and the only one (review 26:
# a pin 90 km from a quake's epicentre says the city was struck); at sea, measured in nautical miles, a port is the
SEA_NEAR_KM = 100  # only mark there is ("50 nautical miles southwest of the port of Hodeidah": 93 km)
# "Windsor, north-west of Sydney", "Wakefield, a former coal-mining city in West Yorkshire": the second place says
# where the first lies; it is no place of the event
REFERENCE_AFTER_RE = re.compile(
    r",\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|suburb|district|port|community|municipality|"
    r"hamlet|township)\s+(?:in|of|near|on)\s+(?:the\s+)?")
SPEECH_RE = re.compile(r"\b(?:said|says|stated|told|highlighted|outlined|urged|called for|reiterated|warned|claimed|"
                       r"confirmed|reported(?=[.,;]|\s+(?:on|that|late|earlier)\b))\b")  # not "the first reported case"
MODAL_RE = re.compile(r"\b(?:need for|needs? to|call(?:ed|s|ing)? for|urged|demand(?:ed|s)?|proposal|plans? to|"
                      r"(?:planned|plotted|plotting) to|"
                      r"call(?:ed|s|ing)? an? (?:[\w-]+ ){0,3}(?:march|rally|protest|strike|demonstration|sit-in|"
                      r"boycott|shutdown|vigil)|"
                      r"(?:is|are) (?:due|set|expected|scheduled) to|(?:is|are) (?:forecast|possible|likely|expected)|"
                      r"(?:has|have|had) (?:forecast|predicted)|forecasts?|warn(?:ed|s|ing)? of|warnings? of|"
                      r"would|"
                      r"could|might|will|(?-i:may)|if|hopes?|should|risks?|threaten(?:ed|s)?)\b", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    type: str


def _triggers(text: str, s: int, e: int, body_start: int = 0) -> list[Trigger]:
    """Event words of a sentence, statement verbs included; words of one type close together are one trigger
    ("protesters rallied")."""
    found: list[Trigger] = []
    first = max(s, body_start)  # the sentence's first word, after any dateline
    for m in TRIGGERS.finditer(text, s, e):
        named = (m.group()[0].isupper() and m.start() != first and not sentence_initial(text, m.start())
                 and not COUNCIL_VOTE_RE.match(m.group())  # ("The City Council voted": the council is the subject)
                 and not (m.group() == "Fire" and not NAME_GOES_ON_RE.match(text, m.end()))  # a
                 # wildfire's name: "the Cram Fire near Madras" (not "the Hall County Fire Department")
                 and not (m.lastgroup == "disaster" and STORM_NAME_RE.match(text, m.start()))  # a storm's:
                 # "Tropical Storm Chantal dumped rain on Durham" (not "Storm Shadow missiles", "Typhoon jets")
                 and not DAYS_RE.match(m.group()) and not STRIKERS_RE.match(m.group())
                 and not ARMED_NAMES_RE.match(m.group())  # ("Boko Haram fighters attacked": no name's part)
                 and not AIRCRAFT_MAKER_RE.match(m.group())  # ("a Boeing 787 crashed": the plane)
                 and not COURT_RULED_RE.fullmatch(m.group()))  # ("Kenya's High Court ruled": what the court did)
        if (SUBORDINATE_RE.search(text[s: m.start()])
                and not (CLAUSE_VERB_RE.match(m.group()) and APART_RE.search(text, s, m.start())
                         and not DETERMINER_RE.search(text, max(s, m.start() - 8), m.start()))
                and not (SUBJECT_OF_RE.match(text, m.end(), e) and not LONG_AGO_RE.search(text, s, m.start()))
                and not (CLAUSE_VERB_RE.fullmatch(m.group()) and AFTER_SUBJECT_RE.search(text, s, m.start())
                         and not LONG_AGO_RE.search(text, s, m.start()))
                and not (SUBJECT_VERB_RE.fullmatch(m.group()) and not LONG_AGO_RE.search(text, s, m.start()))
                and not (CASUALTIES_AFTER_RE.search(text, s, m.start())  # (when the toll is all the clause before
                         and all(t.type == "statement" for t in found))  # tells: no event word of its own)
                and not OWN_DAY_AFTER_RE.match(text, m.end(), e)  # (nor one with a day of its own: "weeks after an
                # Israeli strike on a residential compound in the Qatari capital on Sept. 9, 2025", "since a military
                # coup in Niamey in 2023", "since Ukraine's 2023 counteroffensive stalled")
                and not YEAR_BEFORE_RE.search(text, max(s, m.start() - 30), m.start())
                ) or named:
            continue  # a time reference ("after the talks"), or part of a name ("Hall County Fire Department")
        if m.group().lower() == "erupted" and not ERUPTED_SUBJECT_RE.search(text, max(s, m.start() - 100), m.start()):
            continue  # only a volcano erupts as a disaster ("violence erupted" is a riot's words)
        if AFTERMATH_RE.match(text, m.end()) and not COURT_WORD_RE.match(m.group()):
            continue  # the event word names a case or a memorial, not an event now: "the Lockerbie bombing case
            # resumed in Washington", "the shooting's anniversary"
        if m.group().lower() in ("gunman", "gunmen") and SIDES_BEFORE_RE.search(text, max(s, m.start() - 90),
                                                                                   m.start()):
            continue  # a side of the fight: "Clashes between government forces and local Druze gunmen erupted"
        if HABIT_BEFORE_RE.search(text, max(s, m.start() - 60), m.start()) or HABIT_AFTER_RE.match(text, m.end()):
            continue  # what a place is prone to: "regularly hit by earthquakes", "earthquakes are common in Japan"
        if NEGATED_RE.search(text, max(s, m.start() - 25), m.start()) or NEGATION_RE.search(m.group()):
            continue  # what did not happen: "peacekeepers never left their base"
        if CALLED_OFF_RE.match(text, m.end(), e):
            continue  # nor will: "Planned rail strikes in Britain next week were called off on Wednesday"
        if (m.group().lower() in TOPIC_WORDS and WAR_TOPIC_RE.search(text, max(s, m.start() - 40), m.start())) or (
                CONDEMNED_RE.search(text, max(s, m.start() - 50), m.start())
                and not PLACED_AFTER_RE.match(text, m.end(), e) and not OWN_DAY_AFTER_RE.match(text, m.end(), e)):
            found.append(Trigger(m.start(), m.end(), TOPIC))  # "pledging to end fighting in eastern Congo"; what
            continue  # a speaker condemns happened elsewhere: "In Kinshasa, a spokesman condemned the offensive"
        if m.lastgroup == "meeting" and (JOURNEY_TO_RE.match(m.group()) or TOURED_RE.fullmatch(m.group())) and not (
                OFFICIAL_RE.search(text, max(s, m.start() - 200), m.start())):
            continue  # a journey or a tour is a visit only when an official makes it (not "the Rolling Stones toured")
        kind = m.lastgroup or "statement"
        if kind == "crime" and BURNED_RE.match(m.group()) and any(t.type == "disaster" for t in found):
            continue  # what a disaster set on fire: "Hot ash rained on the villages, where two houses were set ablaze"
        if kind == "protests" and m.group().lower().startswith("gathered") and OFFICIALS_RE.search(
                text, max(s, m.start() - 60), m.start()):
            kind = "meeting"  # ministers who gathered to condemn an attack met; they did not protest
        found.append(Trigger(m.start(), m.end(), kind))
    found = _joined(text, found)
    for i, t in enumerate(found):  # "militants stormed a health centre": violence; "police stormed": no riot;
        # "troops raided Jenin": a military operation, not police work; "militants ... stole sheep": no burglary
        if t.type == "riots" and (armed := ARMED_STORMING_RE.search(text, max(s, t.start - 60), t.start)):
            kind = "battles" if MILITARY_TARGET_AFTER_RE.match(text, t.end) else "violence_against_civilians"
            found[i] = replace(t, type=kind) if armed.group(1) else replace(t, type="")  # ("stormed a police
            # post": a fight with its guards)
        elif t.type == "crime" and (raid := RAID_RE.search(text, t.start, t.end)) and (
                raiders := RAIDERS_RE.search(text, max(s, raid.start() - 60), raid.start())):
            found[i] = replace(t, type=_raid_type(raiders, bool(MILITARY_TARGET_RE.match(text, t.end)),
                                                  raid.group().lower() == "stole"))
        elif MARKET_MOVE_RE.match(text, t.start) and MARKET_SUBJECT_RE.search(text, max(s, t.start - 50), t.start):
            found[i] = replace(t, type="")  # "stocks rallied in Tokyo", "oil prices exploded higher"
        elif ((t.type == "disaster" and text.startswith(("explosion", "fire"), t.start))
              or (t.type == "crime" and ARSON_RE.match(text, t.start))) and WEAPON_BEFORE_RE.search(
                text, max(s, t.start - 80), t.start):
            found[i] = replace(t, type="explosions_remote_violence")  # "a drone caused an explosion at a factory",
            # "an airstrike set off a fire in a camp", "the strikes … set fuel tanks ablaze"
        elif t.type == "statement" and (habit := HABIT_SAID_RE.search(text, max(s, t.start - 20), t.start)) and (
                habit.group(1) or FOR_YEARS_RE.match(text, t.end)):
            found[i] = replace(t, type="")  # "experts had warned for years", "have long said": no statement made then
        elif t.type == "disaster" and text.startswith("sank", t.end - 4) and SUNK_BY_WEAPON_RE.match(text, t.end):
            found[i] = replace(t, type="explosions_remote_violence")  # a warship sunk by missiles
        elif t.type == "meeting" and RALLY_RE.match(text, t.start) and any(
                u.type == "protests" and DISPERSED_RE.search(text, u.start, u.end) for u in found):
            found[i] = replace(t, type="protests")  # a rally that security forces dispersed: "fired tear gas to
            # disperse supporters … at a campaign rally in Gulu" (ACLED's excessive force against protesters)
        elif t.type == "meeting" and VISIT_RE.match(text, t.start) and LEISURE_VISIT_RE.search(
                text, max(s, t.start - 40), t.start):
            found[i] = replace(t, type="")  # "the band's tour visits Berlin"
        elif t.type == "disaster" and text.startswith("fire", t.start) and UNDER_FIRE_RE.search(
                text, max(s, t.start - 40), t.start):
            found[i] = replace(t, type="")  # "under near-constant fire since Russian troops crossed": no blaze
        elif t.type == "military" and SCALE_OPERATION_RE.match(text, t.start) and not ARMED_RE.search(
                text, max(s, t.start - 80), t.start):
            found[i] = replace(t, type="")  # "rescuers launched a large-scale operation": no military one
        elif t.type == "military" and DEPLOYED_RE.match(text, t.start) and OBSERVERS_RE.search(
                text, max(s, t.start - 100), t.start):
            found[i] = replace(t, type="")  # "Observers from New Zealand were deployed": no troops
        elif (t.type == "explosions_remote_violence" and MISSILE_FIRED_RE.fullmatch(text, t.start, t.end)
              and not AIMED_AFTER_RE.match(text, t.end)):
            found[i] = replace(t, type="strategic_developments")  # a launch aimed at nothing is a test: "North Korea
            # fired a ballistic missile off its east coast" (not "fired ballistic missiles at Israel")
        elif t.type == "military" and DEPLOYED_RE.match(text, t.start) and RESCUERS_RE.search(
                text, max(s, t.start - 100), t.start):
            found[i] = replace(t, type="humanitarian")  # "teams of the NDRF have been deployed in Darbhanga"
    found = [t for t in found if t.type]
    if RIOT_PARTIES_RE.search(text, s, e):  # students clashing with police: a riot, not a battle
        found = [replace(t, type="riots") if t.type == "battles" and CLASH_RE.match(text, t.start) else t
                 for t in found]
    if any(t.type in ("protests", "riots") for t in found):  # protesters setting fire, clashing with police: a riot
        found = [replace(t, type="riots") if ARSON_RE.match(text, t.start) else
                 Trigger(t.start, m.end(), "riots") if t.type == "protests" and (
                     m := PROTEST_VIOLENCE_RE.match(text, t.end, e)) else t for t in found]
        for i in range(len(found) - 1, 0, -1):  # ... of which the protesters are part, also in the passive
            a, b = found[i - 1], found[i]
            if ((a.type, b.type) == ("protests", "riots") and b.start - a.end <= 3) or (
                    (a.type, b.type) == ("riots", "protests") and BY_PROTESTERS_RE.fullmatch(text, a.end, b.start)):
                found[i - 1: i + 1] = [Trigger(a.start, b.end, "riots")]
    return _settings(text, _joined(text, found))  # "mobs torched": one riot, now that arson beside a mob is one


def _settings(text: str, words: list[Trigger]) -> list[Trigger]:
    """A gathering where violence struck is its setting, one trigger with it: "Donald Trump was shot in the ear at
    a campaign rally in Butler" is a shooting in Butler, not a rally there."""
    out: list[Trigger] = []
    for trig in words:
        if (out and (trig.type == "meeting" or (trig.type == "protests" and not FORCES_BEFORE_RE.search(
                text, max(0, out[-1].start - 60), out[-1].start))) and out[-1].type in VIOLENT_TYPES
                and GATHERING_RE.fullmatch(text, trig.start, trig.end)
                and SETTING_GAP_RE.fullmatch(text, out[-1].end, trig.start)):  # (a rally too: "was shot in the
            # ear at a rally in Butler"; but police who shot at a rally broke up a protest)
            violent = out.pop()
            trig = Trigger(violent.start, trig.end, violent.type)
        out.append(trig)
    return out


def _raid_type(raiders: re.Match[str], military_target: bool, theft: bool) -> str:
    """The event a raid or theft is, by who made it (`RAIDERS_RE`) and what it hit: militants who steal sheep
    from a village, like soldiers who do, harm civilians."""
    def who(kind: str) -> bool:
        return bool(raiders.group(kind) or raiders.group("x" + kind))
    if who("aircraft"):
        return "explosions_remote_violence"
    if who("mob"):
        return "riots"
    if who("armed") or (theft and who("troops")):
        return "battles" if military_target else "violence_against_civilians"
    return "military"


def _joined(text: str, words: list[Trigger]) -> list[Trigger]:
    """Words of one type close together are one trigger ("protesters rallied"), unless a comma or "and"
    parts them; so are two that only the places of the first part ("Protesters in Kisumu and Nairobi took to
    the streets")."""
    out: list[Trigger] = []
    for trig in words:
        if out and out[-1].type == trig.type and (
                (trig.start - out[-1].end <= JOIN_GAP and not JOIN_BREAK_RE.search(text, out[-1].end, trig.start))
                or PLACES_GAP_RE.fullmatch(text, out[-1].end, trig.start)):
            trig = Trigger(out.pop().start, trig.end, trig.type)
        out.append(trig)
    return out


def _listed(text: str, s: int, top: Toponym, tops: Sequence[Toponym], opens: Callable[[Toponym], bool]) -> bool:
    """Whether `opens` holds for the place, or for the place of the sentence (from s) it is listed after
    ("in Kharkiv and Sumy", "ministers from Armenia and Azerbaijan")."""
    if opens(top):
        return True
    earlier = [t for t in tops if s <= t.start and t.end <= top.start]
    gap = LIST_GAP_RE.match(text[earlier[-1].end: top.start]) if earlier else None
    return bool(gap and (not gap.group("dated") or DATED_RE.match(text, top.end))
                and (not gap.group("owned") or (top.place and earlier[-1].place
                                                and _contains(earlier[-1].place, top.place)))
                and _listed(text, s, earlier[-1], tops, opens))


def _locative(text: str, s: int, top: Toponym, tops: Sequence[Toponym], origin: bool = True) -> bool:
    """Whether a place is introduced as a location: "in X", "X-hosted", "X, where …", or listed after one that is;
    "from X" too, unless `origin` is off (where goods, fire or troops came from is not where it happened)."""
    def opens(t: Toponym) -> bool:
        m = LOCATIVE_RE.search(text[s: t.start])
        start = bool(m and (m.group(1) or "").lower() == "from")  # where fire came from, or travellers came from
        sent = start and m is not None and bool(SENT_FROM_RE.search(text, max(s, s + m.start() - 30), s + m.start()))
        if start and m is not None and TAKEOFF_RE.search(text, max(s, s + m.start() - 24), s + m.start()):
            return True  # a plane that crashed "shortly after takeoff from Ahmedabad" crashed there
        return bool(m and not (start and (not origin or sent or JOURNEY_RE.search(text, s, s + m.start())))) or bool(
            HOSTED_RE.match(text[t.end: t.end + 12]) or WHERE_AFTER_RE.match(text, t.end)) or (
                t.text.lower() in ANAPHORS and bool(ON_THE_RE.search(text, s, t.start)) and not OWNED_RE.match(
                    text, t.end))
    return _listed(text, s, top, tops, opens)


def _road_end(text: str, t: Toponym) -> bool:
    """The place is an end of a road or line named after its two ends ("the Chandigarh-Manali highway", "the
    Druzhba-Adamowo pipeline"), or of a vehicle's route ("a bus travelling from Quetta to Karachi"): the road may
    run hundreds of kilometres from it."""
    dashes = ("-", "–")
    return bool(ROAD_AFTER_RE.match(text, t.end) and (text[t.end: t.end + 1] in dashes or (
        text[t.start - 1: t.start] in dashes and text[t.start - 2: t.start - 1].isalpha()))) or bool(
        ROUTE_BEFORE_RE.search(text, max(0, t.start - 60), t.start))  # "a bus travelling from Quetta to Karachi"


def _elsewhere(text: str, s: int, tops: Sequence[Toponym]) -> list[Toponym]:
    """The places of the sentence (from s) that say nothing of where it happened: where people were sent from
    ("firefighters from Reno and Clarksville helped battle the blaze"), and the sides of a choice ("an election
    seen as a choice between the European Union and Russia")."""
    def sends(u: Toponym) -> bool:
        m = FROM_RE.search(text, max(s, u.start - 12), u.start)
        return bool(m and SENT_FROM_RE.search(text, max(s, m.start() - 30), m.start()))
    return [t for t in tops if _listed(text, s, t, tops, sends) or CHOICE_BEFORE_RE.search(text, max(s, t.start - 80),
                                                                                           t.start)]


def participants(text: str, s: int, tops: Sequence[Toponym], pattern: re.Pattern[str] = PARTICIPANTS_RE
                 ) -> list[Toponym]:
    """The places of the sentence (from s) that name who takes part rather than where, as `pattern` tells:
    who meets ("foreign ministers from Armenia and Azerbaijan met in Geneva"), mediates or agrees a truce."""
    return [t for t in tops if _listed(text, s, t, tops, lambda u: bool(pattern.search(text[s: u.start])))]


def _crossed(clauses: Sequence[int], a: int, b: int) -> int:
    """How many of the (sorted) clause starts lie in (a, b]: the clause breaks between two spans."""
    return bisect_right(clauses, b) - bisect_right(clauses, a)


def _nearest(start: int, end: int, triggers: Sequence[Trigger], breaks: Sequence[int] = ()) -> Trigger:
    """The trigger closest to a span, preferring one in the same clause (no clause start in `breaks` between)."""
    def gap(t: Trigger) -> tuple[int, int, int]:
        a, b = (end, t.start) if end <= t.start else (t.end, start)
        return _crossed(breaks, a, b), max(b - a, 0), t.start
    return min(triggers, key=gap)


def _clause_breaks(text: str, s: int, e: int, tops: Sequence[Toponym], timed: bool = False) -> list[int]:
    """Where a new clause starts after "; " or ", and unions said" (not ", and Sumy", which goes on a list), or
    after a "when" clause ends; for time expressions (`timed`) not after ", when", ", as" or what an event set
    off (", prompting"), whose clause shares the time of the one before."""
    starts = {t.start for t in tops}
    return sorted([m.end() for m in CLAUSE_BREAK_RE.finditer(text, s, e)
                   if m.end() + len(LISTED_RE.match(text, m.end()).group()) not in starts  # ", and (in) Sumy"
                   and not (timed and (m.group("shared") or m.group("effect")))]  # (what it set off, then too)
                  + [m.end() for m in WHEN_CLAUSE_RE.finditer(text, s, e)]  # "when protesters stormed parliament in
                  # Nairobi, police arrested ...": Nairobi is the storming's
                  + ([m.start() for m in PURPOSE_CLAUSE_RE.finditer(text, s, e)] if timed else []))  # "fanned out
    # across Feni on Saturday to reach people stranded by floods": Saturday is the rescuers'


def _claims(timex: Timex, words: Sequence[Trigger], clauses: Sequence[int]) -> Trigger:
    """The event word a time expression belongs to: the nearest one in its own clause ("told reporters on
    Tuesday that the talks ...": Tuesday is when it was told; `clauses` are where the clauses after the
    sentence's "that"s and clause breaks start), else the nearest. A statement verb claims only what follows
    it ("said on Tuesday"; "rallied on 6 March, organisers said" is the rally's date)."""
    words = [w for w in words if w.type != "statement" or w.end <= timex.start] or words

    def gap(t: Trigger) -> tuple[bool, int, int]:
        a, b = (timex.end, t.start) if timex.end <= t.start else (t.end, timex.start)
        return _crossed(clauses, a, b) > 0, max(b - a, 0), t.start
    return min(words, key=gap)


Claims = tuple[tuple[Timex, ...], dict[Timex, Trigger], dict[Timex, Trigger], tuple[int, ...]]  # see `_claimed`


def _claimed(article: Article, s: int, e: int, words: Sequence[Trigger], timexes: Sequence[Timex],
             idle: frozenset[Trigger], tops: Sequence[Toponym]) -> Claims:
    """A sentence's time expressions that give a date ("since last month" gives none), the event word each
    one of the body belongs to (`_claims`), for one whose word makes no event (`idle`) the next nearest word
    that does, and where the sentence's clauses start. Worked out once per sentence, not per event word."""
    text = article.text
    lead = any(LEAD_RE.fullmatch(text, max(s, article.body_start), t.start) for t in timexes)
    starts = {t.start for t in timexes}
    clauses = sorted([m.end() for m in CLAUSE_RE.finditer(text, s, e)] + _clause_breaks(text, s, e, tops, timed=True)
                     + [m.end() for t in timexes if (m := APPOSITION_RE.match(text, t.end))]  # "met … on Thursday,
                     # the first talks since the war": Thursday is the meeting's; the apposition has none of its own
                     + [i for m in RELATIVE_CLAUSE_RE.finditer(text, s, e) for i in m.span()]  # "The RSF, which
                     # overran a base in Babanusa last week, said its fighters had taken Heglig": the clause's week
                     + ([] if lead else [m.start() for m in AFTER_WORD_RE.finditer(text, s, e)
                                         if m.end() + 1 not in starts]))  # nor has an "after" clause the day
    # before it ("recalled its ambassador on Saturday after shells landed"), unless the sentence opens with the day
    # ("On Monday, troops killed 12 after clashes erupted"); "after 4 p.m. on Monday" is a time, no clause
    since_when = {t: clause.start() if (clause := CLAUSE_END_RE.search(text, when.end(), e)) else e
                  for t in timexes if NOT_A_DATE_RE.search(text, max(s, t.start - 24), t.start)
                  and (when := WHEN_AFTER_RE.match(text, t.end))}  # "since May 10, when fighting erupted, ...": the
    # fighting's date only, not what follows

    relative = {t: m.start() for t in timexes if (m := RELATIVE_TIME_RE.search(text, max(s, t.start - 60), t.start))}
    relative |= {t: a for a, b in (m.span() for m in RELATIVE_CLAUSE_RE.finditer(text, s, e)
                                   if not SPAN_VERB_RE.match(text, m.end(1)))
                 for t in timexes if a <= t.start and t.end <= b and t not in relative
                 and (when := event_date(t)) and when[1] != "day"}
    # ... and a relative clause's day dates only what the clause tells ("captured … New York, a village that Ukraine
    # renamed in 2021": no capture in 2021; "Mayor John Horhn, who took office last year, said": no statement then;
    # but "Ramaphosa, who voted in Soweto on Wednesday, said" spoke that day)

    def claimants(t: Timex, pool: Sequence[Trigger]) -> list[Trigger]:
        if t in relative:  # (and the event word it names: "that burned in the August 2023 fire")
            return [w for w in pool if relative[t] <= w.start < t.start or (
                t.end <= w.start and not text[t.end: w.start].strip())]
        return [w for w in pool if t.end <= w.start < since_when[t]] if t in since_when else list(pool)
    dated = tuple(t for t in timexes if event_date(t)
                  and (claimants(t, words) if t in since_when  # "since last month" dates nothing
                       else (t not in relative or claimants(t, words))
                       and not NOT_A_DATE_RE.search(text, max(s, t.start - 24), t.start))
                  and not (OWNED_RE.match(text, t.end)  # "ahead of Sunday's election": the election's day
                           and APART_FROM_RE.search(text, max(s, t.start - 24), t.start)))
    body = [t for t in dated if t.start >= article.body_start]
    def causes(t: Timex, pool: list[Trigger]) -> list[Trigger]:  # not what the event set off after the time
        effects = [w for w in pool if t.end <= w.start and PARTICIPLE_RE.search(text, t.end, w.end)]
        return [w for w in pool if w not in effects] or pool
    owner = {t: _claims(t, causes(t, claimants(t, words)), clauses) for t in body}
    busy = [w for w in words if w not in idle]
    handed = {t: _claims(t, claimants(t, busy), clauses) for t in body if owner[t] in idle and claimants(t, busy)}
    return dated, owner, handed, tuple(clauses)


def _contains(outer: Place, inner: Place) -> bool:
    """A country or admin-1 region holds the other, more specific place (Turkey around Antalya)."""
    if outer.id == inner.id or SPECIFICITY[outer.kind] <= SPECIFICITY[inner.kind]:
        return False
    if outer.kind == "admin1":
        return outer.country_code == inner.country_code and outer.admin1 == inner.admin1
    return outer.kind == "country" and outer.country_code == inner.country_code


def _most_specific(tops: list[Toponym], text: str) -> list[Toponym]:
    """Drop places that contain another place of the list (Turkey around Antalya), that the text writes
    as another's region ("In Beledweyne, Hirshabelle State": a region the gazetteer gives no admin-1 code), or
    as the point another lies off ("Windsor, north-west of Sydney")."""
    out: dict[str, Toponym] = {}
    for t in tops:
        if t.place and t.place.id not in out and not any(o.place and (_contains(t.place, o.place) or _qualifies(
                t, o, text) or REFERENCE_AFTER_RE.fullmatch(text, o.end, t.start)) for o in tops):
            out[t.place.id] = t
    return list(out.values())


def _qualifies(outer: Toponym, inner: Toponym, text: str) -> bool:
    """The text writes a named region of no known extent, or a county of the place's state, right after the
    place, as its region ("Beledweyne, Hirshabelle State,", "Boston, Lincolnshire"), not as the next name of a
    list ("Mogadishu, Jubaland and Puntland")."""
    return bool(outer.place and inner.place and outer.place.kind in ("region", "admin2")
                and inner.place.kind not in ("region", "admin2", "admin1", "country")
                and text[inner.end: outer.start] == ", " and not LIST_NEXT_RE.match(text, outer.end)
                and outer.place.country_code == inner.place.country_code is not None
                and (outer.place.kind == "region" or outer.place.admin1 == inner.place.admin1))


def event_date(timex: Timex) -> tuple[str, str] | None:
    """(date, precision) of an event dated by this time expression: a clock time gives its day, a weekend
    its week, a quarter its year; references (PRESENT_REF) and centuries give no date."""
    value = timex.value
    if timex.precision == "time":
        return value[:10], "day"
    if value.endswith("-WE"):
        return value[:-3], "week"
    if QUARTER_RE.match(value):
        return value[:4], "year"
    if ISO_DATE_RE.match(value) and timex.precision in ("day", "week", "month", "season", "year", "decade"):
        return value, timex.precision
    return None


def after_report(when: tuple[str, str] | None, published: date | None) -> bool:
    """Whether an event's (date, precision) lies after the report's date: it has not happened yet."""
    if when is None or published is None:
        return False
    value, precision = when
    year, week, _ = published.isocalendar()
    reported = {"day": published.isoformat(), "month": published.isoformat()[:7], "year": str(published.year),
                "week": f"{year}-W{week:02d}"}.get(precision)
    return reported is not None and value > reported


def _date(sent: _Sentence, trigger: Trigger) -> Timex | None:
    """The time expression that dates the trigger: the nearest of those it claims (`_claims`); else, for an
    event a statement reports, the day of the statement ("shelled Kharkiv, the governor said on Monday");
    else the dateline's date. "the talks" (a meeting told of before) take only a date of their own; the
    start of a duration ("since last month") dates nothing."""
    text = sent.text
    dated, owner, handed, clauses = sent.claims
    body = list(owner)
    if named := next((t for t in sent.timexes if t.end <= trigger.start and not text[t.end: trigger.start].strip()
                      and event_date(t)), None):
        return named  # a date right before the event word names it, whatever else claims it: "marking 15 years
        # since the 22 February 2011 earthquake" (not the memorial's Sunday)
    if (opener := SPEAKING_OPENER_RE.match(text, sent.start)) and trigger.end <= opener.end():
        return next((t for t in body if t.end <= opener.end()), None)  # "Speaking in Washington at the NATO
        # summit, Scholz said Germany would host missiles from 2026": the summit is not in 2026
    pool = [t for t in body if owner[t] == trigger]
    if not pool and trigger not in sent.idle:  # one claimed by a word that makes no event goes to the next nearest:
        pool = [t for t in handed if handed[t] == trigger]  # "threw fireworks … late Sunday, and a fire broke out"
    if not pool and not (trigger.type == "meeting" and DEFINITE_RE.search(text, sent.start, trigger.start)):
        verb = bool(AND_BEFORE_RE.search(text, sent.start, trigger.start))  # a second verb of the same subject
        pool = ([t for t in body if owner[t].type == "statement"]
                or [t for t in body if trigger.type != "statement" and owner[t].type != "statement"
                    and (owner[t].type != trigger.type or (verb and t.end <= trigger.start))
                    and not NOT_A_DATE_RE.search(text, max(sent.start, t.start - 24), t.start)  # ("since May 10")
                    and not (KNOWN_EVENT_RE.search(text, max(sent.start, trigger.start - 30), trigger.start)
                             and not SET_OFF_RE.search(text, max(sent.start, trigger.start - 40), trigger.start))
                    # (not "jailed two men on Monday over the deadly fire in Mati": a known event, dated apart)
                    and (verb or not _crossed(
                        clauses, *((trigger.end, t.start) if trigger.end <= t.start else (t.end, trigger.start))))]
                or [t for t in body if owner[t].type == trigger.type and t.end <= trigger.start
                    and trigger.type not in DATELINE_TYPES and APPOSITION_RE.match(text, t.end)
                    and not CLAUSE_END_RE.search(text, t.end + 1, trigger.start)]  # an apposition after the day
                # names the event again: "rallied … on Sunday, the fourth weekend of demonstrations" (not the
                # dateline's day)
                or [t for t in dated if t not in owner]
                or [t for t in body if owner[t].type == trigger.type and owner[t].start < trigger.start
                    and t.end <= trigger.start and trigger.type not in DATELINE_TYPES
                    and (COORDINATED_RE.search(text, t.end, trigger.start)
                         or PARTICIPLE_RE.search(text, t.end, trigger.end))
                    and not FORECAST_WORD_RE.search(text, t.end, trigger.start)
                    and not NOT_A_DATE_RE.search(text, max(sent.start, t.start - 24), t.start)])
        # another kind of event word's of the same clause is shared: "attacked homes in Kenscoff … on Saturday,
        # killing eight and setting fire to a clinic" (not "today's meeting … was separate from the Belarus-hosted
        # peace talks"), and so is one of the same kind with a verb of the same subject ("made landfall … on
        # Saturday …, and brought torrential rain to Hanoi"); else one of the same kind before it in another
        # clause joined by ", and" or ";" ("The Rhine flooded Cologne on Tuesday, and the water also reached Bonn";
        # not "…, calling for a ceasefire in Gaza"), bar meetings and statements, which "the first such meeting
        # since…" only repeats
    pool = [t for t in pool if not ((marked := ANNIVERSARY_OF_RE.search(text, max(sent.start, t.start - 40), t.start))
                                    and trigger.start < marked.start())  # what is commemorated dates no march:
            # "marched in Bangkok to mark the anniversary of the October 1976 massacre"
            and not (YEAR_NAMES_RE.fullmatch(t.text) and ARTICLE_BEFORE_RE.search(text, max(sent.start, t.start - 4),
                                                                                   t.start)
                     and not NAMED_EVENT_GAP_RE.fullmatch(text, t.end, trigger.start))]  # nor a year that names
    # something else: "sentenced the gunman in the 2023 Allen mall shooting's copycat case" (not in 2023)
    best = min(pool, key=lambda t: max(trigger.start - t.end, t.start - trigger.end, 0)) if pool else None
    if best and trigger.type == "statement" and trigger.end <= best.start and not SAID_WHEN_RE.fullmatch(
            text, trigger.end, best.start):
        return None  # "economists said cuts were likely in June": June is the cuts', not the saying's
    if best and best.end <= trigger.start and AFTER_CLAUSE_RE.search(text, best.end, trigger.start) and (
            not LEAD_RE.fullmatch(text, max(sent.start, sent.article.body_start), best.start)):
        return None  # "vowed on Tuesday to free the pupils after gunmen abducted them": not Tuesday (unless the
    return best  # sentence opens with it: "On Monday, troops killed 12 after clashes erupted")


def _event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _summary(article: Article, s: int, e: int) -> str:
    """The sentence without the dateline (a headline before it is its own summary), whitespace collapsed, at
    most 160 characters."""
    text = " ".join(article.text[s if e <= article.body_start else max(s, article.body_start): e].split())
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"


Dated = tuple[str | None, str, tuple[int, int] | None]  # date, precision, the span of the expression
Scene = tuple[Place, str]  # where the story goes on, and the type of the event that put it there


@dataclass(frozen=True, slots=True)
class _Draft:
    event: Event
    earlier: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence and what it says about time: speech verbs, past cues, modality."""

    article: Article
    start: int
    end: int
    words: tuple[Trigger, ...]  # every event word, statement verbs included (they claim their own dates)
    timexes: tuple[Timex, ...]
    speech: bool  # "said", "stated", ...: what was said is dated to the report
    earlier: bool  # "earlier", "previously": never dated to the report
    modal: bool  # "would", "plans to": not (yet) happened, never dated to the report
    story: Dated | None  # the date of the article's last dated event before this sentence
    scene: Scene | None  # where the story's last event of today's news took place
    placeless: bool  # the sentence names no place (resolved or not)
    idle: frozenset[Trigger]  # event words that make no event (no place of their own), and so date none
    claims: Claims  # which words the time expressions date
    speakers: tuple[Toponym, ...] = ()  # the countries whose governments speak here (`_speaking_countries`)
    lost: tuple[int, ...] = ()  # where names the gazetteer could not place are introduced as places ("to Jajarkot")
    lead: bool = False  # the sentence opens the body of a story filed from a town (its dateline)

    @property
    def text(self) -> str:
        return self.article.text


def _roles(sent: _Sentence, trig: Trigger, mine: list[Toponym], tops: list[Toponym],
           joining: list[Toponym]) -> list[tuple[Toponym, str]]:
    """The places a trigger governs, each with its role: where it occurred, or what it is about (`joining`:
    the places that name who takes part, a meeting's participants or mediators' countries, never where)."""
    text, s = sent.text, sent.start
    wished = _wished(text, s, trig)
    if trig.type in DATELINE_TYPES and not ABOARD_RE.search(text, s, sent.end):  # meetings and statements are
        # held on land, unless aboard a ship: "the summit on the banks of the Volga" is no summit on the river
        mine = [t for t in mine if not (t.place and t.place.kind == "water") and not OVER_RE.search(
            text, max(s, t.start - 9), t.start)]  # (nor what talks are over: "collapsed over Israel's demand")
    if any(t.place and t.place.kind in ("city", "admin2") for t in mine):  # a river or lake beside a town: the
        mine = [t for t in mine if not (t.place and t.place.kind == "water" and not SEA_NAME_RE.search(
            t.place.name))]  # town is where it happened ("the Ohio flooded Paducah", "reached Homa Bay on the shore of
        # Lake Victoria": a river's one point can lie far off); a sea or strait stays ("seized a ship in the Red Sea
        # and took it to Hodeidah")
    if DIPLOMATIC_RE.search(text, trig.start, trig.end):  # the partner is not where: "Niger recalled its
        mine = [t for t in mine if not PARTNER_RE.search(  # ambassador to France", "closed all crossings with
            text, max(s, t.start - 40), t.start)]  # Afghanistan near Chaman", "recalled … from Phnom Penh"
    felt = [t for t in mine if QUAKE_RE.search(text, trig.start, trig.end) and _listed(
        text, s, t, tops, lambda u: bool(FELT_RE.search(text, s, u.start)))]
    felt += [t for t in mine if any(f.end <= t.start and IN_GAP_RE.fullmatch(text, f.end, t.start) for f in felt)]
    mine = [t for t in mine if not (NOT_HERE_RE.match(text, t.end) or BORDER_RE.search(text[s: t.start])
                                    or (LAUNCHED_AFTER_RE.match(text, t.end)
                                        and LAUNCHER_BEFORE_RE.search(text, max(s, t.start - 20), t.start))
                                    or _road_end(text, t)  # ("blocked the Chandigarh-Manali highway near Mandi")
                                    or NAMER_RE.match(text, t.end)  # ("the city Russia calls Bakhmut")
                                    or SOURCE_NAMED_RE.search(text, max(s, t.start - 20), t.start)
                                    or WANTED_IN_RE.search(text, max(s, t.start - 40), t.start) or t in felt
                                    or (trig.type != "statement" and FORECAST_OFFICE_RE.search(
                                        text, max(s, t.start - 40), t.start)))]
    measured = {t: far for t in mine if (far := _measured_from(text, s, t)) is not None}  # "struck 50 km west of
    if measured:  # Kabul": Kabul, when no other place says where (not the dateline's, nor the town's land)
        told = [t for t in mine if t not in measured and t.start >= sent.article.body_start
                and not any(t.place and m.place and _contains(t.place, m.place) for m in measured)]
        mine = [t for t in mine if t not in measured or (measured[t] <= 1 and not told)]
    home = [t for t in mine if HOMETOWN_BEFORE_RE.search(text, max(s, t.start - 40), t.start)]
    home += [t for t in mine if any(text[h.end: t.start] == ", " for h in home)]  # ... and its state or country
    if home and len(home) < len(mine):  # a person's hometown is not where, when the event has a place besides:
        mine = [t for t in mine if t not in home]  # "a man from New York was arrested in Kyiv"
    def linked(t: Toponym) -> bool:  # towns a road runs between are where, the countries it links not
        return bool(t.place and t.place.kind in ("country", "admin1") and ROAD_BETWEEN_RE.search(text, s, t.start))

    located = [t for t in mine if t not in joining  # "from" a place after the event word: only flight, withdrawal
               and _locative(text, s, t, tops, origin=t.start < trig.start or trig.type == "statement" or bool(
                   LEAVING_RE.search(text, trig.start, trig.end)))  # ("said in a statement from Melbourne")
               and not linked(t)]
    if trig.type in SUFFERED_TYPES:  # the place is what suffered it: "Kharkiv was shelled", "Derna was hit by
        located += [t for t in mine if t not in located and t not in joining  # floods", "Gao came under attack"
                    and t.end <= trig.start and PASSIVE_SUBJECT_RE.fullmatch(text, t.end, trig.start)]
    if trig.type == "crime" and not located:  # "the Mumbai police arrested a man": not "wanted by Karachi police"
        located = [t for t in mine if POLICE_OF_RE.match(text, t.end) and not WANTED_BY_RE.search(text, s, t.start)
                   and t.place and t.place.kind in ("city", "admin2")]
    if trig.type in DATELINE_TYPES:  # a town's council meets and speaks there, also "in Ontario"
        council = [t for t in mine if t.end <= trig.start and t not in located and COUNCIL_OF_RE.match(text, t.end)
                   and t.place and t.place.kind in ("city", "admin2")]
        if council and all(_contains(t.place, c.place) for t in located if t.place for c in council):
            located = council + [t for t in located if not any(_contains(t.place, c.place) for c in council)]
    word = text[trig.start: trig.end]
    if trig.type == "disaster" and not located:  # a river or lake that does it: "The Brisbane River peaked"
        located = [t for t in mine if t.place and t.place.kind == "water" and t.end <= trig.start
                   and WATER_SUBJECT_RE.fullmatch(text, t.end, trig.start)]
    if trig.type == "disaster" and not located and word.lower() == "erupted":  # the volcano that erupted: "Mount
        located = [t for t in mine if t.end <= trig.start and VOLCANO_NAME_RE.match(t.text)][:1]  # Lewotobi … erupted"
    if trig.type in ("military", "humanitarian"):  # "convoys moving towards Sennar", "fled towards Deir ez-Zor",
        # "rescue teams were deployed to Joshimath"
        deployed = DEPLOYED_RE.search(text, trig.start, trig.end)
        located += [t for t in mine if t not in located and t not in joining and (
            TOWARDS_RE.search(text, s, t.start) or (deployed and t.start > trig.end and TO_RE.fullmatch(
                text, trig.end, t.start)))]
    if trig.type in OWNED_TYPES and not located:  # a land whose event it is: "Britain's biggest rail strike in
        located = [t for t in mine if t.end <= trig.start and t.place and t.place.kind in ("country", "admin1")
                   and OWNS_EVENT_RE.fullmatch(text, t.end, trig.start)]  # 30 years" (an attack's owner attacks)
    inside = [t for t in mine if trig.start < t.start < trig.end and t not in located]  # named within the event's
    targets: list[Toponym] = []
    if BLOCKED_RE.search(word):  # words: what protesters blocked ("blocked the Dorohusk and Medyka border
        located += inside  # crossings"), or a strike's target ("Israel's strike on Beirut killed three")
    elif trig.type in ("explosions_remote_violence", "violence_against_civilians") and (targets := [
            t for t in inside if TARGET_BEFORE_RE.search(text, trig.start, t.start)]):  # ("attacked the Zamzam camp")
        located = targets + [t for t in located if not TARGET_NEAR_RE.fullmatch(text, trig.end, t.start)]
    if GATHERED_RE.match(word):  # "gathered in Brussels to condemn the attack in Gaza": Gaza is what they condemned
        located = [t for t in located if t.start < trig.end]
    if (trig.type != "humanitarian" and (purpose := PURPOSE_RE.search(text, trig.end, sent.end))
            and any(t.start < purpose.start() for t in located)):  # "met in Islamabad to review security in Khyber
        # Pakhtunkhwa": what they met about is not where (up to the purpose clause's end: ", and in Haifa" is)
        end = m.start() if (m := CLAUSE_END_RE.search(text, purpose.end(), sent.end)) else sent.end
        located = [t for t in located if not purpose.start() <= t.start < end]
    if trig.type == "meeting" and not (VISIT_RE.match(word) or JOURNEY_TO_RE.match(word) or word.lower() in (
            "met", "meet", "meets")) and (named := [t for t in mine if t.place and text[t.end: trig.start] == " "
                                                    and t.place.kind in ("city", "admin2")]):
        located = named  # a town named right before the meeting word is where it meets: "Israeli strike kills 14 in
        # Khan Younis as Cairo talks resume" (the talks are Cairo's)
    if trig.type == "meeting" and (journey := JOURNEY_TO_RE.match(word)):  # a visit happens at the journey's end
        end = trig.start + journey.end()
        located = [t for t in located if _listed(text, s, t, tops, lambda u: u.start >= end and bool(
            DESTINATION_RE.fullmatch(text, end, u.start)))]
    def speaks_next(t: Toponym) -> bool:  # "…, Warsaw said", "…, Lincolnshire County Council said"
        council = COUNCIL_OF_RE.match(text, t.end)
        return bool(SPEAKS_NEXT_RE.match(text, council.end() if council else t.end))

    speakers = [t for t in mine if speaks_next(t) and text[s: t.start].rstrip().endswith(",")]
    if len(speakers) == len(mine):
        speakers = []  # (a speaker that is the only place is where: "shot down 20 drones overnight, Kyiv said")
    located = [t for t in located if t not in speakers]  # (nor listed after one: "struck a refinery near
    # Kherson, Kyiv said")
    objects = [t for t in mine if t.start > trig.end and t not in located and t not in joining
               and t not in speakers and not linked(t) and not WITH_BEFORE_RE.search(text, max(s, t.start - 8), t.start)
               and not CLAUSE_BREAK_RE.search(text, trig.end, t.start) and (  # (not a speaker: "…, Warsaw said"; nor
        # the other side: "Georgia fought a brief war with Russia"; nor a place past the clause: "declared an
        # emergency along its border, and China closed its embassy")
        (len(text[trig.end: t.start]) <= 40
         and (trig.type == "humanitarian" or not FROM_RE.search(text[trig.end: t.start]))
         and (trig.type in OBJECT_TYPES or OBJECT_WORD_RE.search(word) or IMPACT_RE.match(text, trig.end, t.start)))
        or (trig.type == "disaster" and STRUCK_LATER_RE.fullmatch(text, trig.end, t.start)))]
    objects += [t for t in mine if t.start > trig.end and t not in objects and t not in located and t not in joining
                and _listed(text, s, t, tops, objects.__contains__)]  # and those listed after one: "dumped heavy
    # rain on Chapel Hill and Durham"
    if targets:  # (not the town that says where a target lies: "the Zamzam displacement camp near El Fasher")
        objects = [t for t in objects if not TARGET_NEAR_RE.fullmatch(text, trig.end, t.start)]

    def role(t: Toponym) -> str:
        about = (ABOUT_RE.match(text, trig.start) or wished
                 or (trig.type == "strategic_developments" and t.start > trig.end and not CAPTURE_RE.search(word)
                     and (t in objects or RECOGNITION_RE.match(word))))
        return "mentioned" if about else "occurred"

    def fronted(t: Toponym) -> bool:  # the sentence is set there: "In Kyiv, ..."
        return bool(FRONTED_AT_RE.fullmatch(text, s, t.start)) and text.startswith(",", t.end)

    def speakers_at(t: Toponym) -> bool:  # "officials in Nairobi (on Monday) said", "In Kyiv, officials said"
        if fronted(t):
            return bool(SPEECH_AFTER_RE.match(text, t.end + 1))
        return bool(SPEAKERS_AT_RE.search(text[s: t.start]) and SPEECH_AFTER_RE.match(text, t.end))

    def spoken_at(t: Toponym) -> bool:  # "told reporters in Ankara that Russian forces shelled Kharkiv", "gunmen
        # killed 12 in Zamfara, the UN said in Geneva"
        return any(w.type == "statement" and w.end <= t.start and SPOKEN_AT_RE.match(text[w.end: t.start])
                   for w in sent.words)

    if trig.type == "statement":  # where it was said ("told reporters in Ankara", "officials in Nairobi said",
        # "In New Delhi, the minister announced"), else in the country whose government said it
        said = [(t, "occurred") for t in _most_specific(located, text) if SPOKEN_AT_RE.match(text[trig.end: t.start])
                or (t.end <= trig.start and (speakers_at(t) or fronted(t) or COUNCIL_OF_RE.match(text, t.end)
                                             or SPEAKING_AT_RE.search(text, max(s, t.start - 40), t.start)))]
        based = [(t, "occurred") for t in mine if t.end <= trig.start and text.startswith("-based", t.end)
                 and t.place and t.place.kind in ("city", "admin2")]  # "The Tripoli-based government said"
        return said or based[-1:] or [(t, "occurred") for t in sent.speakers if t.end <= trig.start][-1:]
    places = [t for t in located if not spoken_at(t)] + objects
    if trig.type != "meeting" and (elsewhere := [t for t in places if not SPEAKING_AT_RE.search(
            text, max(s, t.start - 40), t.start)]):  # "Speaking in Kyiv, Zelensky said Russia shelled Kharkiv":
        places = elsewhere  # Kharkiv only (not "Speaking in Kazan at the BRICS summit", nor "Speaking in Rafah,
        # an official said aid deliveries had stopped", which names no other place)
    others = [t for t in places if not speakers_at(t)]  # "witnesses in Gaza said the strike hit Rafah": Rafah only
    if others and not any(t.place and u.place and _contains(t.place, u.place) for t in others for u in places
                          if speakers_at(u)):  # (but "in Belgium, police in Brussels said"; not "in northern Iraq
        places = others  # ..., the defence ministry in Ankara said")
    places = [t for t in places if not any(u.place and u.place.kind in ("city", "admin2") and u.end <= t.start
                                           and REFERENCE_GAP_RE.fullmatch(text, u.end, t.start) for u in places)]
    # a town that says where the town before it lies is not where (but "in Nepal near Pokhara" is Pokhara's)
    return [(t, role(t)) for t in _most_specific(places, text)]


def _measured_from(text: str, s: int, top: Toponym) -> float | None:
    """The distance at which the sentence (from s) puts something from the place, if it measures one: in km, as
    a share of how near it must be to stand for the event (NEAR_KM, or SEA_NEAR_KM in nautical miles)."""
    m = MEASURED_FROM_RE.search(text, max(s, top.start - 80), top.start)
    if m is None:
        return None
    word = " ".join(m["n"].lower().split())
    n = float(word.replace(",", "")) if word[0].isdigit() else COUNT_WORDS.get(word.removeprefix("a "), 1)
    unit = m["unit"].lower()
    if unit.startswith("nautical"):
        return n * 1.852 / SEA_NEAR_KM
    return n * (1.609 if unit.startswith("mile") else 1) / NEAR_KM


def _attribution(text: str, s: int, trig: Trigger, body_start: int) -> bool:
    """The statement verb only names the source of what its sentence (from s) reports: "Most of the injuries
    were minor, a spokeswoman said." (not "However, the envoy said …", "… Maduro said in Caracas", nor a
    sentence that opens with its speaker: "Sen. Jon Ossoff, D-Ga., said …")."""
    source = ATTRIBUTION_RE.search(text, max(s, trig.start - 80), trig.start)
    if source is None or SPOKEN_IN_RE.match(text, trig.end):
        return False
    words = _after_dateline(text, s, body_start)
    return bool(REPORTED_RE.match(text, words, source.start())) and not SPEAKER_FIRST_RE.fullmatch(
        text, words, source.start() + 1)


def _after_dateline(text: str, s: int, body_start: int) -> int:
    """Where the words of the sentence starting at s begin, past a dateline and its dash (the article's, or
    one that opens its first sentence)."""
    if s or body_start:
        return max(s, body_start)
    m = DATELINE_DASH_RE.match(text)
    return m.end() if m else s


def _wished(text: str, s: int, trig: Trigger) -> bool:
    """Whether the sentence (from s) tells the event as wished, planned or forecast ("would", "plans to"), by a
    word before the event word (not "gathered to demand action": what a protest wants)."""
    return (any(m.start() < trig.start for m in MODAL_RE.finditer(text, s, trig.end))
            or bool(FUTURE_AFTER_RE.match(text, trig.end)))


def _speaking_countries(text: str, s: int, e: int, tops: list[Toponym], countries: dict[str, Place]
                        ) -> list[Toponym]:
    """The countries whose governments speak in a sentence: "Congo's government", "the Indian foreign
    ministry", "the Sri Lankan army" (a country the article names), the seats of government that speak
    ("the Kremlin said", "the White House's press secretary said"), and a national capital that is the subject
    of a speech verb ("Beijing on Monday urged both sides"; not "residents of Kyiv said"), in text order."""
    out = [t for t in tops if t.place and ((t.place.kind == "country" and OWNED_SPEAKER_RE.match(text, t.end))
                                           or (is_seat(t.text) and SEAT_SPEAKS_RE.match(text, t.end))
                                           or (t.place.feature_code == "PPLC" and CAPITAL_SPEAKS_RE.match(text, t.end)
                                               and not OBJECT_BEFORE_RE.search(text, max(s, t.start - 8), t.start)))]
    for start, end, code in demonym_matches(text, s, e) if GOVERNMENT_RE.search(text, s, e) else ():
        if GOVERNMENT_AFTER_RE.match(text, end) and (place := countries.get(code)):
            out.append(Toponym(start, end, text[start:end], place))
    return sorted(out, key=lambda t: t.start)


def _sentence_events(article: Article, s: int, e: int, tops: list[Toponym], timexes: list[Timex],
                     dateline: Place | None, actors: ActorFinder, story: Dated | None, scene: Scene | None,
                     countries: dict[str, Place]) -> tuple[list[_Draft], Dated | None]:
    """The events of sentence s..e, and the day of today's news it tells (see `_word_events`). A statement verb
    only carries the other events of its sentence, unless they make none ("Congo's government said on Wednesday
    that the town would be retaken": the statement)."""
    words = _triggers(article.text, s, e, article.body_start)
    acts = [t for t in words if t.type not in ("statement", TOPIC)]
    said = [t for t in words if t.type == "statement"]
    context = (article, s, e, tops, timexes, dateline, actors, story, scene, countries, words)
    drafts, day = _word_events(*context, acts or said) if acts or said else ([], None)
    return (_word_events(*context, said)[0] if acts and said and not drafts else drafts), day


def _word_events(article: Article, s: int, e: int, tops: list[Toponym], timexes: list[Timex],
                 dateline: Place | None, actors: ActorFinder, story: Dated | None, scene: Scene | None,
                 countries: dict[str, Place], words: list[Trigger], triggers: list[Trigger]
                 ) -> tuple[list[_Draft], Dated | None]:
    """The events the `triggers` among a sentence's event words make, and the day of today's news that one of
    them (not a statement) takes from the sentence, even with no place: "At least 16 people were killed on
    Wednesday as police clashed with protesters" dates the story that goes on ("Protests were also reported in
    Mombasa")."""
    text = article.text
    topics = [t for t in words if t.type == TOPIC]
    breaks = _clause_breaks(text, s, e, tops)
    candidates = triggers + topics

    subordinate = {trig: sub.start() for trig in candidates if (sub := SUBORDINATE_RE.search(text, s, trig.start))}

    def owner(t: Toponym) -> Trigger:  # a topic keeps the place it names: "to end fighting in eastern Congo"
        return next((w for w in topics if TOPIC_PLACE_RE.fullmatch(text, w.end, t.start)), None) or _nearest(
            t.start, t.end, [w for w in triggers if t.start >= subordinate.get(w, s)] or triggers, breaks)
    owners = {t: owner(t) for t in tops if t.place}
    background = [(m.start(), end.start() if (end := CLAUSE_END_RE.search(text, m.end(), e)) else e)
                  for m in BACKGROUND_RE.finditer(text, s, e)]  # "after the death of a blogger in Mombasa"
    governed = {trig: [t for t in owners if owners[t] == trig and t.start >= subordinate.get(trig, s)]
                for trig in candidates}  # a clause after "after" has its places after "after"
    for trig, mine in governed.items():  # ... and a word with a place of its own has none of the background's:
        # "protesters rallied in Nairobi after the death of a blogger in Mombasa" is Nairobi only; a told town's
        # state is told too ("arrested a man after a standoff in Lakeland, Florida": Lakeland)
        told = [t for t in mine if any(trig.end <= a <= t.start < b for a, b in background)]
        told += [t for t in mine if t not in told and any(
            u in told and text[u.end: t.start] == ", " and _contains(t.place, u.place) for u in mine)]
        if told and any(t.start > trig.end and t not in told for t in mine):
            governed[trig] = [t for t in mine if t not in told]
    for trig in triggers:  # a visit whose object holds another event word visits that word's place too:
        # "visited displaced families in Nsanje" (Nsanje is nearer "displaced")
        if trig.type == "meeting" and VISIT_RE.match(text, trig.start) and not governed[trig]:
            stop = next((b for b in breaks if b > trig.end), e)
            governed[trig] = [t for t in owners if trig.end < t.start < stop and owners[t].type != "meeting"]
    lead = s <= article.body_start < e
    elsewhere = _elsewhere(text, s, tops)
    placeless = not COUNTRY_RE.search(text, s, e) and all(  # (a lead may name the dateline's town: "KATHMANDU - A
        lead and t.place and dateline and t.place.id == dateline.id  # plane crashed after take-off from
        for t in tops if t.start >= article.body_start and t not in elsewhere)  # Kathmandu's airport"; nor
    # do firefighters sent from elsewhere place the fire: "PARIS, Texas — A fire destroyed …, and firefighters from
    # Reno and Clarksville helped")
    sent = _Sentence(article, s, e, tuple(words), tuple(timexes), bool(SPEECH_RE.search(text[s:e])),
                     bool(PAST_CUE_RE.search(text[s:e])), bool(MODAL_RE.search(text[s:e])), story, scene,
                     placeless, frozenset(), ((), {}, {}, ()), tuple(_speaking_countries(text, s, e, tops, countries)),
                     tuple(t.start for t in tops if t.place is None and t.start >= article.body_start
                           and LOST_AT_RE.search(text, max(s, t.start - 8), t.start)),
                     dateline is not None and dateline.kind == "city" and lead)
    who_by_pattern: dict[re.Pattern[str], list[Toponym]] = {}
    roles = {}
    for trig in triggers:
        pattern = WHO_PATTERNS.get(trig.type, DIPLOMATS_RE)
        if pattern not in who_by_pattern:
            who_by_pattern[pattern] = participants(text, s, tops, pattern)
        roles[trig] = (_roles(sent, trig, governed[trig], tops, who_by_pattern[pattern]), who_by_pattern[pattern])
    for trig in triggers:  # an evacuation (displacement…) an event forced, with no place of its own, happened
        # where the event did: "flooded streets in Paiporta and Catarroja on Monday, forcing the evacuation of 1,200
        # residents" (not Spain, the dateline's country)
        before = [o for o in triggers if o.end <= trig.start and roles[o][0]]
        if (trig.type == "humanitarian" and not roles[trig][0] and before
                and SET_OFF_RE.search(text, before[-1].end, trig.start)
                and all(t.end <= trig.start for t, _ in roles[before[-1]][0])):
            roles[trig] = ([(t, "occurred") for t, _ in roles[before[-1]][0]], roles[trig][1])
    home = countries.get(dateline.country_code or "") if dateline else None  # the dateline's country, if named,
    lands = _ruled_lands(text, s, triggers, roles, governed, tops, home or (  # else a capital dateline (not
        dateline if dateline and dateline.feature_code == "PPLC" else None), countries, dateline)  # "NEW YORK -
    # President Noboa declared")
    idle = frozenset([*topics, *(t for t in triggers if not roles[t][0] and t.type not in DATELINE_TYPES
                                 and not (placeless and (scene or (sent.lead and t.type in LEAD_TYPES))))])  # words
    # that make no event date none
    sent = replace(sent, idle=idle, claims=_claimed(article, s, e, words, timexes, idle, tops))
    drafts = []
    for trig in triggers:
        places, joining = roles[trig]
        if (not places and trig not in lands and PURPOSE_OF_RE.search(text, max(s, trig.start - 30), trig.start)
                and any(roles[o][0] for o in triggers if o.type == trig.type and o.end <= trig.start)):
            continue  # the purpose of the event told before it: "met in Alexandria on Saturday for talks"
        who = tuple(actors.actors(s, e, trig.start, reported=trig.type != "statement",
                                  joining=joining if trig.type == "meeting" else []))
        drafts += _drafts(sent, trig, places, dateline, who, lands.get(trig))
    owner = sent.claims[1]
    day = next(((when[0], "day", (t.start, t.end)) for t in owner if owner[t].type not in ("statement", TOPIC)
                and (when := event_date(t)) and _today(when[0], when[1], article.published)
                and not after_report(when, article.published)), None)
    return drafts, day


def _ruled_lands(text: str, s: int, triggers: list[Trigger], roles: dict, governed: dict[Trigger, list[Toponym]],
                 tops: list[Toponym], home: Place | None, countries: dict[str, Place], dateline: Place | None
                 ) -> dict[Trigger, Place]:
    """A recall, expulsion or closure with no place of its own happens in the country that acts (named before it,
    else the dateline's). A state of emergency, curfew or lockdown that its sentence gives no place is declared
    over its ruler's land: the place the ruler is named for ("Kentucky Gov. Andy Beshear", "the government of Vanuatu",
    which joins the trigger's places), else a president's or government's country: the one its people's name
    or the sentence says ("Tanzanian President Samia Suluhu Hassan"), if the article names it, else the
    dateline's country (or the dateline, if it is a national capital). Not what is denied ("would not declare
    a state of emergency")."""
    lands: dict[Trigger, Place] = {}
    first = next((t.start for t in triggers if DIPLOMATIC_RE.search(text, t.start, t.end)), s)
    for trig in triggers:  # a country that recalls, expels, severs or closes acts at home: "Niger recalled its
        if DIPLOMATIC_RE.search(text, trig.start, trig.end) and not roles[trig][0]:  # ambassador to France" (the
            acting = [t.place for t in tops if t.place and t.place.kind == "country"  # subject, before the first
                      and s <= t.start < first and not OWNED_RE.match(text, t.end)]  # such word)
            if land := acting[-1] if acting else home:
                lands[trig] = land
        elif (trig.type == "humanitarian" and SHELTERING_RE.search(text, trig.start, trig.end) and not roles[trig][0]
              and home is not None):  # so does one that moves its people to shelters, in a story filed there:
            acting = [t.place for t in tops if t.place and t.place.kind == "country"  # "DHAKA — Bangladesh moved
                      and s <= t.start < trig.start and not OWNED_RE.match(text, t.end)]  # 800,000 people to
            if acting and acting[-1].country_code == home.country_code:  # cyclone shelters"
                lands[trig] = acting[-1]
    declared = [t for t in triggers if EMERGENCY_RE.search(text, t.start, t.end) and not roles[t][0]
                and not DENIED_RE.search(text, max(s, t.start - 30), t.start)]
    busy = any(roles[t][0] for t in triggers if not EMERGENCY_RE.search(text, t.start, t.end))
    for trig in declared:
        ruled = [t for t in governed[trig] if RULER_AFTER_RE.match(text, t.end)
                 or RULER_BEFORE_RE.search(text, max(s, t.start - 30), t.start)]
        if ruled and not busy:  # (when the sentence's other events have places, the declaration takes no date
            roles[trig] = ([(t, "occurred") for t in _most_specific(ruled, text)], roles[trig][1])  # from them)
        elif ruled and (place := ruled[-1].place) is not None:
            lands[trig] = place
        elif GOVERNOR_RE.search(text, s, trig.start) and (states := [
                t.place for t in tops if t.place and t.place.kind == "admin1" and t.start < trig.start
                and (home is None or t.place.country_code == home.country_code)] or [
                p for p in ([countries.get(f"{dateline.country_code}.{dateline.admin1}")] if dateline else []) if p]):
            lands[trig] = states[-1]  # a governor's: the state the sentence named last ("RALEIGH, N.C. — Gov. Josh
            # Stein declared a state of emergency"), else the dateline's, if the article names it ("LINCOLN, Neb.
            # — … Gov. Jim Pillen declared a state of emergency and toured the damage in Hickman")
        elif ruler := RULER_RE.search(text, s, trig.start):
            peoples = [code for _, _, code in demonym_matches(text, s, ruler.end())]  # "Tanzanian", "Sri Lankan"
            peoples += [t.place.country_code for t in tops if t.place and t.place.kind == "country" and t.start
                        < trig.start and t.place.country_code not in (None, home.country_code if home else None)]
            land = (countries.get(peoples[-1]) if peoples and (home is None or peoples[-1] != home.country_code)
                    else home)
            if land is not None:
                lands[trig] = land
    return lands


def _when(sent: _Sentence, trig: Trigger) -> Dated:
    """(date, precision, date span) of the event a trigger names."""
    timex = _date(sent, trig)
    published = sent.article.published
    later = LATER_RE.search(sent.text, sent.start, sent.end)
    if sent.story and timex and later and timex.start < later.end() and later.start() < timex.end:
        timex = None  # "two days earlier" counts from the story's day, not the report's
    owner = sent.claims[1].get(timex) if timex is not None else None  # the word the day belongs to
    said = trig.type != "statement" and owner is not None and owner.type == "statement"  # a report's day
    if said and later and later.end() <= timex.start and (day := event_date(timex)) and day[1] == "day":
        return _later((day[0], "day", None), later, published)  # "The day before, a car bomb had exploded in
        # Kabul, the ministry said on Monday": Sunday
    if timex and not (trig.type == "statement" and after_report(event_date(timex), published)):
        date, precision = event_date(timex) or (None, "unknown")
        return date, precision, (timex.start, timex.end)
    if trig.type == "meeting" and DEFINITE_RE.search(sent.text, sent.start, trig.start):
        return None, "unknown", None  # "the talks were constructive": the talks told of before
    if sent.story and later:
        return _later(sent.story, later, published)  # "A day later, a missile strike on Odesa killed 10 people"
    if sent.story and trig.type not in DATELINE_TYPES and not (sent.timexes or sent.earlier or sent.modal):
        return sent.story  # the story goes on: "The storm also flooded Al-Bayda, officials said" after "… struck
    # Derna on Sunday": Sunday, whoever tells it
    if (night := OVERNIGHT_RE.search(sent.text, sent.start, sent.end)) and published and trig.type != "statement":
        return published.isoformat(), "day", night.span()  # "Drones hit Kharkiv overnight": the night the
        # morning's report tells of
    return _reported(sent, trig)


def _later(story: Dated, later: re.Match[str], published: date | None) -> Dated:
    """The story's day moved by "a day later", "two days earlier", "the next day", "the day before" (not past
    the report)."""
    n = 1 if later.group("n") is None else _COUNTS.get(later.group("n").lower()) or int(later.group("n"))
    days = n * (7 if (later.group("unit") or "").lower().startswith("week") else 1)
    earlier = later.group("way") == "earlier" or later.group("before")
    shifted = date.fromisoformat(story[0] or "") + timedelta(days=-days if earlier else days)
    if published and shifted > published:
        return None, "unknown", None
    return shifted.isoformat(), "day", (later.start(), later.end())


def _reported(sent: _Sentence, trig: Trigger) -> Dated:
    """What was said, undated, is dated to the report: unless the sentence points to the past or is modal."""
    published = sent.article.published
    if (sent.speech or trig.type == "statement") and not sent.earlier and not sent.modal and published:
        return published.isoformat(), "day", None
    return None, "unknown", None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _apart(sent: _Sentence, trig: Trigger, when: Dated) -> Dated:
    """The date of an event told "a day after" or "two days before" the day the sentence names before it:
    "said on Tuesday they had reached Homs, a day after they seized Hama" (Monday); "hours after" is that day."""
    m = APART_RE.search(sent.text, sent.start, trig.start)
    if m and m.group("unit").lower().startswith("day") and m.group("n") is None:  # "days after": how many is not
        end = c.start() if (c := CLAUSE_END_RE.search(sent.text, trig.end, sent.end)) else sent.end  # said, and
        return when if when[2] and m.start() <= when[2][0] < end else (None, "unknown", None)  # the other clause's
        # day is not the event's ("Days after a bus plunged near Mestre, the mayor declared … on Tuesday")
    days = [(t, when_) for t in sent.timexes if m and t.end <= m.start() and (when_ := event_date(t))
            and when_[1] == "day"]
    if not days:
        return when
    timex, (day, _) = days[-1]
    n = 0 if m.group("n") is None else _COUNTS.get(m.group("n").lower()) or int(m.group("n"))  # hours: that day
    shifted = date.fromisoformat(day) + timedelta(days=-n if m.group("way").lower() == "after" else n)
    return shifted.isoformat(), "day", (timex.start, timex.end)


def _own_date(sent: _Sentence, top: Toponym) -> Dated | None:
    """The date written right after a place, which dates what happened there: "seized Goma in January and
    Bukavu in February", "shelling killed 15 in the Abu Shouk camp on Sunday", "Kumasi the next day"."""
    for t in sent.timexes:
        if (top.end < t.start <= top.end + PLACE_DATE_REACH and PLACE_DATE_RE.match(sent.text[top.end: t.start])
                and (when := event_date(t))):
            return when[0], when[1], (t.start, t.end)
    if NEXT_DAY_RE.match(sent.text, top.end):  # "hit Accra on Friday and Kumasi the next day": Saturday
        days = [(t, when) for t in sent.timexes if t.end <= top.start and (when := event_date(t)) and when[1] == "day"]
        if days:
            timex, (day, _) = days[-1]
            return (date.fromisoformat(day) + timedelta(days=1)).isoformat(), "day", (timex.start, timex.end)
    return None


def _drafts(sent: _Sentence, trig: Trigger, places: list[tuple[Toponym, str]], dateline: Place | None,
            actors: tuple[str, ...], land: Place | None = None) -> list[_Draft]:
    article, s, e = sent.article, sent.start, sent.end
    when = _apart(sent, trig, _when(sent, trig))
    text = article.text
    if when[0] and when[2] is None and SUBORDINATE_RE.search(text, s, trig.start):
        when = None, "unknown", None  # "floods swept Maiduguri after the dam collapsed, officials said": the
        # report's day is not the collapse's
    if trig.type == "statement" and (
            when[0] is None or UNSAID_RE.search(text, max(s, trig.start - 40), trig.start)
            or (when[2] is None and _attribution(text, s, trig, article.body_start))):
        return []  # what someone said on no day the text gives is no event on the map ("Earlier, the mayor
        # said"), nor is what nobody said ("No group has claimed responsibility", "declined to say"), nor the
        # source of a fact the sentence reports, named with no day of its own ("..., a spokeswoman said.")
    past = text[trig.start: trig.end].endswith("ed")  # "arrested": happened, whatever the date

    def draft(place: Place, role: str, span: tuple[int, int] | None, dated: Dated, speaker: bool = False) -> _Draft:
        date, precision, date_span = dated if role == "occurred" or dated is not sent.story else _reported(sent, trig)
        if after_report((date, precision) if date else None, article.published) and not past:
            role = "mentioned"  # planned, not yet happened
        if speaker and dateline and dateline.feature_code == "PPLC" and dateline.country_code == place.country_code:
            place = dateline  # a government speaks in its capital ("KYIV - Ukraine's army said"), not in Goma
        elif trig.type in DATELINE_TYPES and not speaker:  # "southern Turkey" hit by a quake is not the dateline's
            place = _refine(place, date, article, dateline)  # Istanbul
        return _Draft(Event(_event_id(article.id, s, trig.start, place.id, role), article.id, date, precision,
                            trig.type, _summary(article, s, e), actors, place, role, article.text[s:e],
                            Evidence(s, e, date_span, span), article.source, article.url, article.title),
                      sent.earlier)

    named = when[0] is not None and when[2] is not None and when[2][1] <= trig.start and not text[
        when[2][1]: trig.start].strip()  # "the 2004 tsunami": its day, not its place's another ("Survivors of the 2004
    # tsunami gathered in Phuket on …"), though a place's day within it is more precise ("the 2026 summit will be
    # held near Miami in December 2026")

    def dated_at(t: Toponym) -> Dated:
        own = _own_date(sent, t)
        return when if named and own and own[0] and not own[0].startswith(when[0]) else own or when
    drafts = [draft(_city_of(t, text, dateline), role, (t.start, t.end), dated_at(t), t in sent.speakers)
              for t, role in places if t.place]
    word = sent.text[trig.start: trig.end]
    if (drafts and sent.lead and dateline is not None and trig.type == "strategic_developments"
            and all(d.event.role == "mentioned" and d.event.place.id != dateline.id for d in drafts)):  # "BRUSSELS —
        drafts.append(draft(dateline, "occurred", None, when))  # EU ministers agreed to extend sanctions on Russia":
        # decided in Brussels
    lost = trig.type == "meeting" and bool(JOURNEY_TO_RE.match(word) or VISIT_RE.match(word)) and any(
        p > trig.end for p in sent.lost)  # "flew to Jajarkot" is no meeting at the dateline
    if not drafts and land is not None:  # "President Gabriel Boric declared a state of emergency" in a story
        drafts = [draft(land, "occurred", None, when)]  # from Chile: over Chile (`_ruled_lands`)
    elif (not drafts and dateline and not lost
          and not (after_report(when[:2] if when[0] else None, article.published) and not _names_dateline(sent))
          and not (EMERGENCY_RE.search(text, trig.start, trig.end) and RULER_RE.search(text, s, trig.start))
          and not (trig.type == "statement" and _foreign_government(text, s, trig.start, dateline))
          and (trig.type in DATELINE_TYPES or (trig.type in LEAD_TYPES and sent.placeless and sent.lead))):
        drafts = [draft(dateline, "occurred", None, when)]  # the lead of a story filed from a town, naming no place
        # (not what is yet to come, unless the sentence names the dateline's town: "China will host next year's
        # APEC meetings" is no meeting at GYEONGJU, "CAIRO — talks would resume in Cairo on Sunday" is Cairo's; nor
        # a ruler's declaration over a land `_ruled_lands` did not find: "NEW YORK - President Noboa declared"; nor
        # what another country's government says: "BEIRUT — The Israeli military said")
    elif (not drafts and sent.scene and sent.placeless and _current(sent, when) and trig.type != "statement"
          and (trig.type != "meeting" or VISIT_RE.match(sent.text, trig.start))  # "visited the site on Friday"
          and (sent.scene[1] not in RALLY_TYPES or trig.type in RALLY_TYPES)):
        drafts = [draft(sent.scene[0], "mentioned" if _wished(sent.text, s, trig) else "occurred", None, when)]
    return drafts


def _foreign_government(text: str, s: int, end: int, dateline: Place) -> bool:
    """A government, ministry or army of another country than the dateline's speaks before `end`: "The Israeli
    military said" in a story from Beirut does not speak there."""
    return dateline.country_code is not None and any(
        code != dateline.country_code and GOVERNMENT_AFTER_RE.match(text, stop)
        for _, stop, code in demonym_matches(text, s, end))


def _names_dateline(sent: _Sentence) -> bool:
    """Whether the sentence's words (past a dateline) name the dateline's town again."""
    article = sent.article
    if article.dateline_span is None:
        return False
    town = fold(article.text[slice(*article.dateline_span)])
    return bool(town) and f" {town} " in f" {fold(article.text[max(sent.start, article.body_start): sent.end])} "


def _city_of(top: Toponym, text: str, dateline: Place | None) -> Place:
    """The place a toponym gives an event: itself, or, for a country written as the owner of the dateline's
    city ("in Ivory Coast's largest city" in a story from Abidjan), that city."""
    place = top.place
    assert place is not None
    if (dateline is not None and dateline.kind == "city" and place.kind in ("country", "admin1")
            and dateline.country_code == place.country_code and (owned := OWNED_CITY_RE.match(text, top.end))
            and not (owned.group("capital") and dateline.feature_code != ("PPLC" if place.kind == "country"
                                                                          else "PPLA"))):
        return dateline  # (a capital only when the dateline is one: not "Nigeria's capital" from Lagos)
    return place


def _current(sent: _Sentence, when: Dated) -> bool:
    """Whether a sentence dates its event itself, to a day within STORY_DAYS of the report: an event of the
    story ("Detectives arrested the owner on Friday"), not background ("a similar fire in 2019")."""
    date_, precision, span = when
    return bool(span and sent.start <= span[0] < sent.end and not sent.earlier
                and _today(date_, precision, sent.article.published))


def _refine(place: Place, date: str | None, article: Article, dateline: Place | None) -> Place:
    """A country-level place of a meeting or statement on the report's date, in the dateline's country, is the
    dateline city."""
    if (dateline and place.kind == "country" and dateline.country_code == place.country_code
            and article.published and date == article.published.isoformat()):
        return dateline
    return place


def _seat_and_region(a: Place, b: Place) -> bool:
    """A town and the district (region, province…) of its name in its admin-1 region: "Hailstorm leaves 3,000
    homeless in Mzimba" (the town) tells "destroyed 600 houses in Mzimba District on Wednesday"."""
    town, region = (a, b) if a.kind == "city" else (b, a)
    return (town.kind == "city" and region.kind in ("admin1", "admin2")
            and (region.country_code, region.admin1) == (town.country_code, town.admin1)
            and fold(region.name).rsplit(" ", 1)[0] == fold(town.name)
            and fold(region.name).rsplit(" ", 1)[-1] in ADMIN_SUFFIXES)


def _told_once(event: Event) -> bool:
    """Whether an undated event is one of the story's told again (a headline, "Storm hits Libya"; a sentence
    with no stop at its end), not a longer one it is part of ("Floods have killed 1,000 across Pakistan since
    June", "Protests have swept Iran since …")."""
    return (not event.sentence.rstrip().endswith((".", "!", "?", '"', "”"))
            or not ONGOING_RE.search(event.sentence))


def _weight(event: Event) -> tuple[bool, bool]:
    """Which of two reports of one event speaks for it: a dated one, and of those one whose sentence gives the
    date (not a headline dated by its dateline: the body's sentence shows the date and the summary)."""
    return event.date is not None, event.evidence.date_span is not None


def _merge(drafts: list[_Draft]) -> list[Event]:
    """Same type, place and role within one article: one event (dated wins, with its role, and a date its
    sentence gives over one it does not; actors united). An
    undated one in a country or region, told once (`_told_once`), is the dated one in a place inside it ("Storm
    hits Libya" over "Storm Daniel struck Derna on Sunday"; not "Floods have killed 1,000 across Pakistan since
    June"). Statements of different speakers stay apart ("The Israeli military said …" and "President Joseph Aoun
    said …" at the Beirut dateline)."""
    kept: list[_Draft] = []

    def same(a: Event, b: Event) -> bool:
        if a.type == "statement" and a.actors and b.actors and not set(a.actors) & set(b.actors):
            return False
        if a.place.id == b.place.id:
            return ((a.date == b.date and a.role == b.role) or None in (a.date, b.date)
                    or (a.evidence.start == b.evidence.start  # one sentence, one of them dated by default only:
                        and None in (a.evidence.date_span, b.evidence.date_span)))  # "met on Thursday for talks"
        return a.evidence.start != b.evidence.start and (  # (told in two sentences: in one, two events)
            (a.date is None and b.date is not None and _told_once(a) and (
                _contains(a.place, b.place) or _seat_and_region(a.place, b.place)))
            or (b.date is None and a.date is not None and _told_once(b) and (
                _contains(b.place, a.place) or _seat_and_region(a.place, b.place))))
    for d in drafts:
        ev = d.event
        match = next((k for k in kept if k.event.type == ev.type and k.earlier == d.earlier and same(k.event, ev)),
                     None)
        if match is None:
            kept.append(d)
            continue
        base, other = (match.event, ev) if _weight(match.event) >= _weight(ev) else (ev, match.event)
        actors = tuple(dict.fromkeys([*base.actors, *other.actors]))
        kept[kept.index(match)] = _Draft(replace(base, actors=actors), match.earlier)
    return [k.event for k in kept]


def extract_events(article: Article, toponyms: Sequence[Toponym], timexes: Sequence[Timex],
                   dateline: Place | None = None, seats: Sequence[Toponym] = ()) -> list[Event]:
    """Events of one article, in text order (`seats`: seats of government at their cities, see geomap.seats)."""
    drafts: list[_Draft] = []
    actors = ActorFinder(article.text, toponyms, article.body_start)
    countries = {t.place.country_code: t.place for t in toponyms
                 if t.place and t.place.kind == "country" and t.place.country_code}  # for a demonym's government
    countries |= {f"{t.place.country_code}.{t.place.admin1}": t.place for t in toponyms  # ... and, keyed
                  if t.place and t.place.kind == "admin1" and t.place.admin1}  # "US.NE", for a governor's state
    story: Dated | None = None
    last: Dated | None = None  # the day of the last event dated to a day, today's news or not
    scene: Scene | None = None
    places = SpanIndex([*toponyms, *seats], lambda t: (t.start, t.end))
    named = SpanIndex(toponyms, lambda t: (t.start, t.end))
    times_at = SpanIndex(timexes, lambda t: (t.start, t.end))
    for s, e in sentence_spans(article.text):
        tops = sorted(places.between(s, e) + _anaphora(article.text, s, e, named, dateline, article.body_start),
                      key=lambda t: t.start)
        times = times_at.between(s, e)
        if STORY_BREAK_RE.match(article.text, s):
            story, scene = None, None  # "Elsewhere, …", "In other news, …": another story
        told = STORY_CUT_RE.search(article.text, s, e) is None  # not "no", "often", "years ago", "is rallying"
        then = last if THAT_DAY_RE.search(article.text, s, e) and not times else story  # "that night": the day
        # told last, however long ago
        mine, day = _sentence_events(article, s, e, tops, times, dateline, actors, then if told else None,
                                     scene if told else None, countries)
        story = next((when for d in mine if (when := _news(d.event, article.published, s))),
                     day if told and day else story)
        last = next((when for d in mine if (when := _news(d.event, article.published, s, today=False))), last)
        scene = _scene(article, s, e, mine, tops, scene)
        drafts += mine
    return _merge(_headline_dated(article, drafts))


HEADLINE_DAYS = 31  # a body event this close to the publication date is the news a headline tells again


def _headline_dated(article: Article, drafts: list[_Draft]) -> list[_Draft]:
    """An undated event of the headline takes the date of the body's first event of the news (dated within
    HEADLINE_DAYS of publication) at its place, or at one inside or around it: the headline tells the lead again
    ("Floods displace thousands in Garissa" is the body's "displaced … on Tuesday" in Garissa County)."""
    if article.published is None:
        return drafts
    news = [d.event for d in drafts if d.event.date and _near_day(d.event.date, article.published)]

    def lead(ev: Event) -> Event | None:
        return next((b for b in news if b.evidence.start > ev.evidence.start and (
            b.place.id == ev.place.id or _contains(ev.place, b.place) or _contains(b.place, ev.place)
            or _seat_and_region(ev.place, b.place) or _seat_and_region(b.place, ev.place))), None)
    return [_Draft(replace(d.event, date=told.date, date_precision=told.date_precision), d.earlier)
            if d.event.date is None and _headline(article, d.event) and (told := lead(d.event))
            and told.type != d.event.type else d  # (one of its type merges with it: see `_merge`)
            for d in drafts]


def _headline(article: Article, event: Event) -> bool:
    """The event is told in the article's headline: its title, or a first line with no stop at its end."""
    line = " ".join(event.sentence.split())
    return (bool(article.title) and line == " ".join((article.title or "").split())) or (
        event.evidence.start == 0 and not line.endswith((".", "!", "?", '"', "”")))


def _near_day(value: str, published: date) -> bool:
    """A date (at any precision, read at its first day) within HEADLINE_DAYS of the publication date."""
    try:  # (a week, a season or a year is no news day: "2024-W09", "2024-SU", "2024")
        day = date.fromisoformat(value[:10] if len(value) >= 10 else f"{value}-01" if len(value) == 7 else "")
    except ValueError:
        return False
    return abs((day - published).days) <= HEADLINE_DAYS


def _scene(article: Article, s: int, e: int, drafts: list[_Draft], tops: list[Toponym], scene: Scene | None
           ) -> Scene | None:
    """Where the story goes on after a sentence: the place of its last event of today's news told with a place
    of its own (not in a quote); none once a sentence names a place in another country and tells no such
    event."""
    quoted = QUOTE_RE.search(article.text, s, e)
    news = [(d.event.place, d.event.type) for d in drafts if d.event.evidence.place_span
            and d.event.type not in VENUE_TYPES
            and d.event.role == "occurred" and _today(d.event.date, d.event.date_precision, article.published)
            and not quoted]
    if news:
        return news[-1]
    abroad = scene and any(t.place and t.place.country_code != scene[0].country_code for t in tops
                           if t.start >= article.body_start)
    return None if abroad else scene  # a sentence about another country ends the scene


def _today(value: str | None, precision: str, published: date | None) -> bool:
    """Whether a date is a day within STORY_DAYS of the report: today's news, not background."""
    return bool(published and value and precision == "day"
                and abs((published - date.fromisoformat(value)).days) <= STORY_DAYS)


def _news(event: Event, published: date | None, s: int, today: bool = True) -> Dated | None:
    """An event's date as the date of the story that goes on, if it is today's news: dated by an expression
    of its own sentence, to the day, within STORY_DAYS before the report (not "in February 2022"); with
    `today` off, a day of any age (what "that night" points back to)."""
    span = event.evidence.date_span
    if not (event.role == "occurred" and span and span[0] >= s and event.date and event.date_precision == "day"
            and (not today or _today(event.date, event.date_precision, published))
            and not after_report((event.date or "", "day"), published)):
        return None
    return event.date, event.date_precision, span


_ANAPHORA_NEEDLES = {p: Needles.of(p) for p in (OWNED_CAPITAL_RE, ANAPHORA_RE, SEAT_RE, COUNTRY_RE)}


def _matches(pattern: re.Pattern[str], hay: Haystack, text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, s, e)`, not run when the sentence (`hay`) lacks every string its matches hold."""
    return pattern.finditer(text, s, e) if _ANAPHORA_NEEDLES[pattern].may_match(hay) else iter(())


def _anaphora(text: str, s: int, e: int, named: SpanIndex[Toponym], dateline: Place | None,
              body_start: int = 0) -> list[Toponym]:
    """"In the city", "the town's airport", "outside City Hall": the town the article named last before this
    sentence (or its dateline town), as a place of this sentence; "the capital" (and "outside the parliament
    building") is the last national capital named, and
    "Somalia's capital", "the Kenyan capital" that country's capital, if the article names it anywhere;
    "across the country": the country of the place named last (or of the dateline), if the article names it
    (`named`: the article's toponyms)."""
    out = []
    toponyms = named.items
    hay = Haystack.of(text[s:e])  # most sentences hold none of the words these patterns need
    for m in _matches(OWNED_CAPITAL_RE, hay, text, s, e):
        owner = next((t.place for t in toponyms if t.place and t.place.kind == "country" and t.end == m.end("owner")),
                     None)
        code = owner.country_code if owner else demonyms().get(m.group("people") or "")
        capitals = [p for p in [dateline, *(t.place for t in toponyms)]
                    if p and p.feature_code == "PPLC" and code and p.country_code == code]
        if capitals:
            start = m.start("owner") if m.group("owner") else m.start("people")
            out.append(Toponym(start, m.end("word"), text[start: m.end("word")], capitals[0]))
    for m in [*_matches(ANAPHORA_RE, hay, text, s, e), *_matches(SEAT_RE, hay, text, s, e)]:
        group = "place" if m.re is SEAT_RE else 1
        word = (m.group("word") or "capital").lower() if m.re is SEAT_RE else m.group(1).lower()
        capital = word == "capital"
        last = named.last_before(m.start(), lambda t, word=word, capital=capital: (  # "the town of Barsalogho", a
            t.place.kind == "city" if t.place else text.lower().endswith(f"{word} of ", 0, t.start))  # town the
            and (not capital or t.place.feature_code == "PPLC")  # gazetteer lacks: "around the town" is nowhere
            and not (t.place and t.place.feature_code == "PPLC" and RULED_BY_RE.match(text, t.end)))  # (nor a
        # capital standing for its state: "Moscow's troops"; but "Kharkiv's military administration")
        unsure = any(t.end <= m.start() and t.place and t.place.kind in ("admin1", "admin2")
                     and not BARE_REGION_RE.match(text, t.end)
                     and not THE_BEFORE_RE.search(text, max(0, t.start - 30), t.start)
                     for t in named.between(last.start + 1 if last else body_start, m.start())
                     if t.start >= body_start)  # a region named since by a
        # bare name, which may be a town's too ("Kidal"; not "the occupied West Bank", "the Centre-Nord region"): not
        # the dateline's town then
        place = (last.place if last and not (unsure and last.place == dateline)
                 else dateline if not last and not unsure and dateline and dateline.kind == "city" and (
                     not capital or dateline.feature_code == "PPLC") else None)
        if m.re is SEAT_RE and not capital and dateline and dateline.kind == "city":
            place = dateline  # "outside City Hall" in a story filed from Los Angeles: its own city hall
        if place is not None:
            out.append(Toponym(m.start(group), m.end(group), m.group(group), place))
    for m in _matches(COUNTRY_RE, hay, text, s, e):
        home = near.place if (near := named.last_before(m.start(), lambda t: t.place is not None)) else dateline
        country = next((t.place for t in toponyms if home and t.place and t.place.kind == "country"
                        and t.place.country_code == home.country_code), None)
        if country is not None:
            out.append(Toponym(m.start(1), m.end(1), m.group(1), country))
    return out
