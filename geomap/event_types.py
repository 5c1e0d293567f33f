"""The event taxonomy and the trigger words that signal each type.

Types follow ACLED's event types where one fits (battles, explosions_remote_violence,
violence_against_civilians, protests, riots, strategic_developments), plus meeting (diplomacy), statement,
humanitarian, military (operations, invasions, troop movements; ACLED files these under strategic
developments or battles), crime and disaster for local news. `ACLED_TYPE` documents the correspondence.
"""

from __future__ import annotations

import re

from geomap.dispatch import WordAlternation

ACLED_TYPE = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
    "military": "Strategic developments",
    "meeting": None,
    "statement": None,
    "humanitarian": None,
    "crime": None,
    "disaster": None,
}

_WORKS = (r"(?:factory|plant|refinery|mine|colliery|warehouse|elevator|smelter|depot|mill|pipeline|well|"
          r"facility|workshop|industrial park)s?")
WEAPONS = (r"\b(?:drones?|missiles?|air ?strikes?|strikes?|(?-i:shell)(?:s|ing)?|(?-i:Shells|Shelling)|rockets?|"
           r"attacks?|bombs?|sabotage)\b")  # (not the oil company: "Shell said a fire broke out at its refinery")
_WORKS_AFTER = (rf" (?:at|in) (?:an? |the )?(?:[\w-]+ ){{0,3}}{_WORKS}\b"  # "an explosion at a grain elevator"
                rf"(?![^.]{{0,100}}{WEAPONS})")  # (not "an explosion at a factory after a drone strike")
COUNCIL_VOTE = (r"(?:council|committee|board|commission|commissioners|supervisors|trustees|aldermen|council(?:l)?ors|"
                r"selectmen|legislature|assembly|parliament|senate|lawmakers)(?: [\w,'’-]+){0,4} "
                r"(?:voted|(?:will|to) vote|approved|passed|rejected(?= (?:an? |the )?(?:[\w-]+ )?(?:plans?|proposals?|"
                r"bills?|motions?|budget|measures?|applications?|ordinances?|amendments?|schemes?)\b))\b")  # (not
# "rejected Russian claims")
_POLL = r"(?:(?:presidential|parliamentary|general|national|local|regional|provincial|state|municipal|mayoral|" \
        r"legislative|snap|special) )?(?:elections?|by-elections?|polls|referendum|run-?off)(?![\w-])"
_DAYS = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday)['’]s) "
DAYS_RE = re.compile(_DAYS)  # a capitalised event word that starts with a day is no name: "Sunday's election"
_ELECTION = (  # an election held: "Sunday's general election", "voters went to the polls", "won the by-election"
    rf"{_DAYS}(?:[\w-]+ ){{0,2}}?{_POLL}|"  # "in Tuesday's local government elections"
    rf"(?<!will )(?<!to )(?:voted|cast (?:their |his |her )?ballots?) (?:on \w+ )?in (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
    rf"{_POLL}|"  # "Samoans voted on Friday in a snap general election" (not "will vote in")
    r"(?:went|go|goes|going|head(?:ed|s)?) to the polls|"
    r"(?-i:[Vv]oters) (?:in [\w ,'’-]{2,80}? )?(?:on \w+ )?(?:elected|rejected|approved|chose|backed|re-elected)|"
    rf"won (?:a |the |an )?(?:[\w-]+ ){{0,3}}?{_POLL}|"
    rf"{_POLL} (?:was|were) held|took [\d.]+ ?(?:%|per ?cent) of the vote")
_COUNT = (r"(?:at least |more than |about |some )?"
          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of) ")
_FORCES_KILLED = (  # state forces that killed a number: "soldiers killed 10 people", "troops killed 12 militants"
    rf"(?:soldiers|troops|forces|army|police|policemen|security forces|officers) (?:\w+ ){{0,2}}(?:killed|shot dead) "
    rf"{_COUNT}(?:[\w'’-]+ ){{0,3}}?")
_LEADER_KILLED = (  # troops that killed an armed group's leader: "Israeli troops killed Hamas leader Yahya Sinwar"
    r"(?:soldiers|troops|forces|commandos|special forces) (?:\w+ ){0,2}killed (?:the |a |its )?(?-i:[A-Z])[\w'’-]*"
    r" (?:[\w'’-]+ ){0,2}?(?:leader|commander|chief|emir|founder)s?(?![\w'’-])")
_VICTIMS = r"(?:people|civilians|villagers|residents|worshippers|students|farmers|herders|passengers|mourners|women)"
_ARMED = (r"(?<!between )(?<!between rival )(?<!and )"  # not "clashes between rival militias ... killed": a battle
          r"(?:fighters|rebels|insurgents|jihadis|extremists|militias?|assailants|raiders|terrorists|gangs?|"
          r"gang members)")
_TROOPS = r"(?:soldiers|troops|servicemen|policemen|police officers|security personnel)(?![\w'’])"
_ARMED_KILLED = (  # armed groups that killed a number of people: "Jihadi fighters linked to al-Qaida killed scores of
    # people" (a number of soldiers is a battle)
    rf"{_ARMED}(?: [\w'’-]+){{0,4}} killed {_COUNT}(?:[\w'’-]+ ){{0,2}}?{_VICTIMS}(?![\w'’])")

# Where words of several types start at one position, the earlier type wins ("air strikes" before a strike by
# workers); a statement verb only carries the other events of its sentence ("Kuleba highlighted the humanitarian
# situation in Mariupol"). Figurative and sporting uses are excluded where news often has them ("a landslide
# victory", "stormed to victory", "meet EU standards"; "rail strikes hit commuters" is a workers' strike, no air
# strike).
_STRUCTURE = (r"(?:building|bridge|roof|mine|dam|wall|house|home|tower|block|stand|ceiling|shaft|tunnel|structure|"
              r"hospital|school|castle|canopy|market|church|mosque|factory|hotel|stadium|warehouse|temple|pier|crane|"
              r"balcony|balconies|scaffolding|grandstand|billboard|hoarding|stage|overpass|flyover)s?")
_CONTRABAND = (r"(?:(?-i:[a-z0-9])[\w,-]* ){0,3}(?:(?:hand)?guns?|rifles?|weapons?|firearms?|drugs?|narcotics|"
               r"cocaine|heroin|methamphetamine|cannabis|marijuana|cash|money|vehicles?|cars?|phones?|documents?|assets?|"
               r"passports?|contraband|ammunition|explosives|tonnes|kilograms|kg|pounds|shipments?|"
               r"containers?(?! ship| vessel)|"
               r"goods|cigarettes)\b")  # what police seize: no territory
_PRIZE = (r"(?:the |a |an |his |her |their |its )?(?:[\w-]+ ){0,2}(?:title|crown|championship|trophy|cup|lead|pennant|"
          r"medal|gold|silver|bronze|seats?|votes?|imagination|attention|hearts?|moment|initiative|momentum|"
          r"shares?|stakes?|customers|audiences?|markets?)\b")
AIRCRAFT_MAKERS = ("Boeing|Airbus|Cessna|Embraer|Bombardier|ATR|Antonov|Tupolev|Ilyushin|Sukhoi|Beechcraft|Piper|"
                   "Dornier|Fokker")  # a plane by its maker's name: "an Air India Boeing 787 crashed"
AIRCRAFT_MAKER_RE = re.compile(rf"(?:{AIRCRAFT_MAKERS})\b")  # (capitalised: an event word, no name's part)
JOURNEY_VERBS = r"(?:travel(?:l?ed|s|l?ing)?|fly|flew|flying|flown)"
_FESTIVE = (r"(?!(?: [\w'’.-]+){0,8} (?:parade|carnival|pride|festival|marathon|race|celebrations?|walk|"
            r"procession|pilgrimage|match|game|"
            r"to (?:watch|see|celebrate|welcome|greet|cheer|enjoy|hear|"
            r"mark(?! (?:the )?(?:[\w-]+ )?(?:anniversary|years?|months?) ))))")  # not "to watch the eclipse" (but "to
# mark the anniversary of the collapse", "to mark one year since": a commemoration, a protest's kind)
ARMED_NAMES = r"(?-i:[Aa]l[- ]Shabaa?b|Boko Haram|ISWAP|JNIM|Islamic State|ISIS|ISIL)\b"  # groups by their names
_ATTACKERS = (r"(?-i:[Jj]ihadists|[Mm]ilitants|[Rr]ebels|[Ii]nsurgents|[Bb]andits|[Ff]ighters|[Tt]errorists|"
              rf"[Ee]xtremists|[Mm]ilitiamen|[Mm]ilitias?|[Ss]eparatists|{ARMED_NAMES})")  # armed groups, also by
# their names ("Al Shabaab attacked a beach restaurant"; gunmen and gangs: crime)
MILITARY_TARGET = (r"(?:military|army|police|soldiers|troops|forces|guards?|National Guard|bases?|barracks|"
                    r"checkpoints?|garrisons?|outposts?|positions|convoys?|towns?|city|cities|district headquarters|"
                    r"rebels|fighters|militants|militias?|militiamen|each other|one another)\b")  # (a town is
# defended; a displacement camp is not)
_SHELTER_AFTER = r"(?! (?:shelters?|cellars?|season|preparedness|drills?|sirens?|insurance)\b)"  # what is kept
_STRIKERS = (r"(?:Russian|Israeli|Ukrainian|American|U\.S\.|US|Syrian|Turkish|Saudi|Houthi|Iranian|Pakistani|Indian|"
             r"Sudanese|Azerbaijani|Armenian|Chinese)")  # whose strikes: "Russian strikes on Kharkiv"
STRIKERS_RE = re.compile(_STRIKERS + " ")  # a capitalised event word that starts so is no name's part
ARMED_NAMES_RE = re.compile(ARMED_NAMES)  # nor one that starts with a group's name ("Boko Haram fighters attacked")
# ready for a storm is no storm
_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("humanitarian", r"humanitarian|evacuat\w*|refugees?(?! camps?\b)|civilian corridors?|aid convoys?|"
                     r"(?<!sheltering )(?<!housing )(?<!hosting )(?<!for )(?<!for the )displaced|"  # (not "a school
                     # sheltering displaced people": where the strike hit)
                     r"famine|malnutrition|airdrops?(?: of aid)?|aid (?:trucks?|deliveries|shipments?|flights?)|"
                     r"rescue(?:d|s)?|rescuers|airlifted|pulled (?:\w+ ){0,2}(?:out )?alive|"
                     r"pulled (?:\d+|\w+) (?:people|survivors|passengers) from|"
                     r"(?<!cordon and )(?<!cordon-and-)search (?:and rescue )?operations?|"
                     r"(?:medical|relief|food|emergency) (?:supplies|aid)|"
                     r"(?<!police )(?<!military )(?<!army )convoys? (?:of (?:\w+ ){0,3}(?:trucks|lorries|vehicles) )?"
                     r"(?:carrying|loaded with|with) (?:[\w,]+ ){0,3}(?:food|aid|medicine|medical supplies|sorghum|"
                     r"flour|wheat|tents|relief)|"
                     r"(?:people|residents|civilians|families|villagers|thousands|hundreds|survivors|refugees|children|"
                     r"women|evacuees)(?: [\w,]+){0,4} (?:took|taking|sought|seeking|found) (?:refuge|shelter)|"
                     r"distribut(?:ed|ing) (?:\w+ ){0,2}(?:food aid|aid|relief|rations|tents|food parcels|"
                     r"emergency supplies|blankets|hot meals|(?:drinking |bottled )?water(?!(?: and \w+)? to (?:its )?"
                     r"(?:stores|shops|customers|outlets))|"
                     r"food to (?:\d[\d,.]*|thousands|hundreds|families|people|displaced|refugees))|"
                     r"(?:opened|set up) (?:\w+ ){0,3}(?:emergency |temporary |evacuation )?shelters?\b|"
                     r"(?<!animal )(?<!dog )shelters? (?:was |were )?opened|"
                     r"(?:emergency|evacuation|temporary|cyclone|flood|storm|typhoon|hurricane) shelters?|"
                     r"(?:moved|relocated|took|shifted) (?:[\w,]+ ){0,3}(?:people|residents|families|villagers) to "
                     r"(?:[\w-]+ ){0,2}shelters|evacuation cent(?:er|re)s|rest cent(?:er|re)s?|"
                     r"relief camps?|"
                     r"(?:migrants|asylum[ -]seekers|boat people)(?: [\w,-]+){0,3} (?:landed|arrived|came ashore|"
                     r"reached|crossed|were intercepted|disembarked)|"  # "200 migrants landed on Lesbos"
                     r"(?:tourists|passengers|travell?ers|residents|villagers|motorists|families|people) (?:\w+ ){0,2}"
                     r"(?:were |are |remained |remain )?stranded|"
                     r"stranding (?:\w+ ){0,2}(?:tourists|passengers|travell?ers|residents|people)|"
                     r"dropped (?:food|water|aid|supplies|relief)|"
                     r"ordered (?:\w+ ){0,2}(?:residents|families|people|civilians|villagers|households|thousands)"
                     r"(?: \w+){0,3} to (?:leave|evacuate)|"
                     r"(?:people|residents|civilians|families|thousands|hundreds|villagers)"
                     r"(?: (?!before\b|after\b|then\b)\w+){0,5} (?:fled|flee(?:ing)?)"),  # (not "fired at people
    # drinking before fleeing": the gunmen fled)
    ("explosions_remote_violence",
     r"shell(?:ed|ing)|air ?strikes?|airstrikes?|(?:air|drone|bombing) raids?|missile (?:strikes?|attacks?)|"
     r"(?:launched|fired) (?:[\w,-]+ ){0,6}(?:drones|missiles|rockets)(?: and (?:[\w-]+ )?(?:drones|missiles|"
     r"rockets))? (?:at|on|towards|into)(?= (?:the )?(?-i:[A-Z]))|"  # "Iran launched more than 300 drones and
     # missiles at Israel"
     r"bomb(?:ed|ing|ings|s)?|"
     rf"explosions?(?! of (?:interest|demand|growth|colou?r|creativity|joy|sales|orders))(?!{_WORKS_AFTER})|"
     r"exploded(?! (?:higher|lower|in popularity|onto|into (?:the )?(?:spotlight|mainstream)))|"
     r"(?:shells?|bombs?|mines?|landmines?|devices?|ordnance|munitions?|grenades?|rockets?|explosives?) "
     r"(?:\w+ ){0,3}detonated|detonated (?:an? |the )?(?:\w+ ){0,2}(?:bombs?|devices?|explosives?|mines?|vests?)|"
     r"blasts?(?! from the past)|"
     r"drone (?:strikes?|attacks?)|rocket (?:fire|attacks?)|"
     r"suicide (?:bombers?|attacks?|bombings?)|explosives?-laden|improvised explosive|IEDs?|"
     r"artillery|(?<!through the )(?<!at the )(?<!of the )barrages?"  # (not a dam: "through the barrage on the Indus")
     r"(?! of (?:criticism|questions|complaints|abuse))(?! (?:on|across) the)|mortars?|"
     # weapons as the subject of an attack verb, fire at a target, air defence
     r"(?:drones?|missiles?|rockets?|shells?|warplanes?|warships?|aircraft|helicopters?|jets|bombers?|"
     r"(?<!rail )(?<!labour )(?<!labor )(?<!hunger )(?<!general )(?<!lightning )(?<!nurses' )strikes?) "
     r"(?:(?:on|against|near) (?:[\w'’-]+ ){1,6})?"  # "an Israeli strike on a tent camp (in Rafah) killed 45"
     r"(?:(?:overnight|overnight into \w+|also|again|later|then|early on \w+) )*(?:had |have |has )?(?:also )?"
     r"(?:struck|hit|attacked|pounded|targeted|slammed into|killed|destroyed|damaged|flattened|wounded|knocked out|"
     r"sank|kills?|hits|pounds?|destroys?)|"  # (a headline's present: "Israeli strike kills 14 in Khan Younis")
     r"(?<!rail )(?<!labour )(?<!labor )(?<!hunger )(?<!general )strikes? on (?:[\w'’-]+ ){1,4}left|"  # "strikes on
     # power infrastructure left about 200,000 people without electricity" ("drones
     # overnight into Thursday also struck", "an Israeli strike destroyed the consulate"
     r"(?:fired|fires|fire|firing) (?:[\w-]+ ){0,4}(?:rockets?|missiles?|shells?|drones?)|shot down|grenades?|"
     r"carried out (?:an? |the )?(?:[\w-]+ ){0,2}(?:strikes?|airstrikes?|air strikes?|raids?) (?:on|against)|"
     r"(?:rockets?|missiles?|shells?|mortars?) (?:were|was) (?:also )?fired|"
     r"(?:rockets?|missiles?|drones?|shells?) (?:fired|launched) (?:from (?:[\w'’-]+ ){1,3}|by (?:[\w'’-]+ ){1,6})"
     r"(?:hit|struck|landed)|"  # ("drones launched by the paramilitary Rapid Support Forces struck")
     r"struck (?:[\w'’-]+ ){0,3}(?:targets|(?:military |nuclear |energy |oil )?(?:facilities|sites|infrastructure)|"
     r"positions|bases|air ?bases|airfields?|(?:energy |power )grid|(?:ammunition |fuel |weapons )?depots?)\b|"
     # "Israel struck Iran's nuclear facilities at Natanz", "Russia struck energy infrastructure in Kharkiv"
     r"(?:(?<=came under )|(?<=come under )|(?<=comes under )|(?<=coming under ))(?:heavy |intense |renewed )?"
     r"(?:[A-Z][a-z]+ )?(?:artillery |rocket |mortar |sniper |missile |drone )?"
     r"(?:fire|attack|bombardment|assault)(?![^.;]{0,60}?\b(?:for|over|after)\b)"
     r"(?! from (?:the )?(?:critics|lawmakers|opposition|rights groups|activists|fans|unions|residents|parents))|"
     # "Kherson came under fire again" (not "came under fire again on Sunday over its migration policy")
     r"(?:(?<=was )|(?<=were )|(?<=been ))(?:also |again )?(?:hit|struck|targeted|attacked|pounded) by "  # "a hospital
     r"(?:an? |the )?(?:[\w-]+ ){0,2}(?:missiles?|drones?|rockets?|shells?|shellfire|air ?strikes?|airstrikes?|"  # in
     r"bombs?|artillery|warplanes?)\b|"  # Kharkiv was hit by a missile"
     r"(?:shells?|rockets?|mortar rounds?|missiles?) (?:\w+ ){0,6}(?:landed|fell|exploded)|"
     r"(?:destroyed|intercepted|downed) (?:\d+ |dozens of |several )?(?:\w+ )?(?:drones|missiles|rockets)|"
     rf"{_STRIKERS} strikes? (?:on|against|targeting|in|near)(?= (?-i:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az)-)|"
     r" (?:an? |the )(?:[\w-]+ ){0,2}(?:compound|building|house|home|camp|tent|school|hospital|car|vehicle|convoy|"
     r"apartment|residence|site|base|depot|headquarters|facility|port|airport|bridge|market)s?\b)|"
     # ("an Israeli strike on al-Mawasi", "an Israeli strike in Beit Lahia", "an Israeli strike on a residential
     # compound")
     # deaths in a strike: "five people were killed in a strike on Rafah", "In a separate strike early Friday, two
     # people were killed" (not a hunger, general or rail strike)
     r"(?:killed|wounded|injured) in (?:an? |the )?(?:(?!hunger |general |labou?r |rail |token |strike)[\w-]+ ){0,2}"
     r"strikes?\b|(?<=\ban )(?:separate|another|earlier|later) strike(?=[^.;!?]{0,60}\b(?:were|was) killed\b)|"
     r"(?<=\ba )(?:separate|second|third|further) strike(?=[^.;!?]{0,60}\b(?:were|was) killed\b)"),
    ("violence_against_civilians", r"massacred?|abduct(?:ed|ion)|kidnapp(?:ed|ing)|assassinat(?:ed|ion)|"
                                   rf"{_ATTACKERS}(?: [\w-]+){{0,2}} attacked(?! (?:[\w-]+ ){{0,4}}{MILITARY_TARGET})|"
                                   r"(?:rammed|drove|ploughed|plowed) (?:[\w-]+ ){0,4}(?:into )?(?:an? |the )?"
                                   r"(?:crowds?|pedestrians|people|shoppers|revell?ers|worshippers|protesters|"
                                   r"passers-by|Christmas market)\b|"  # "rammed his car into
                                   # a crowd"
                                   r"executed(?<!warrants were executed)(?<!warrant was executed)"
                                   r"(?! (?:\w+ )?(?:search )?warrants?)|"
                                   r"killed (?:[\w,]+ ){0,3}civilians|"
                                   r"(?<![Nn]o )civilians (?:\w+ )?(?:were|have been|had been) killed|"
                                   r"(?:bandits|gunmen|militants|attackers) (?:\w+ ){0,2}shot dead|"
                                   rf"{_FORCES_KILLED}(?:people|civilians|villagers|students|worshippers)"
                                   r"(?![\w'’])|"  # (not "five protesters": excessive force against a protest)
                                   rf"{_ARMED_KILLED}|"
                                   r"(?:gunmen|armed men|militants|jihadists|attackers|militiamen|bandits)"
                                   r"(?: (?!was|were|been)\w+){0,2}"
                                   rf" killed(?! {_COUNT}(?:[\w'’-]+ ){{0,2}}?{_TROOPS})|"  # (soldiers: a battle)
                                   r"(?:gunmen|armed men|militants|jihadists|attackers|militiamen|bandits)"
                                   rf"(?: [\w'’-]+){{0,6}},? killing (?:[\w,-]+ ){{0,3}}{_VICTIMS}(?![\w'’])|"  # "armed
                                   # men went house to house on Friday, killing several people"
                                   r"opened fire on (?:\w+ )?(?:protesters|demonstrators|civilians|crowds?|"
                                   r"worshippers|candidates?|voters|students|children|passengers|villagers|"
                                   r"residents|traders|farmers|mourners|shoppers|pupils|commuters|congregation|"
                                   r"churchgoers|pilgrims|herders|fishermen|patrons|customers|guests|diners|drinkers|"
                                   r"revellers|revelers|bystanders|motorists|partygoers)|"
                                   r"(?<!bomber )(?<!bombers )attacked (?:\w+ ){0,2}(?:students|civilians|villagers|"
                                   r"worshippers|protesters|"
                                   r"journalists|passengers|villages?|voters|polling (?:stations?|centres?|"
                                   r"centers?|booths?|units?)|(?:hotels?|markets?|churche?s?|mosques?|"
                                   r"restaurants?|buses|bus|(?<!army )(?<!military )(?<!police )(?<!rebel )camps?)"
                                   r"(?=,? (?:[\w,'’-]+ ){0,8}?killing\b))\b|"  # "youths
                                   # attacked a polling station", "the group attacked a hotel on Lido Beach, killing
                                   # six people"
                                   r"(?:killed|wounded|injured|shot) by (?:an? )?(?:\w+ )?snipers?(?: fire)?|"  # "a
                                   # child was killed by sniper fire"
                                   r"(?:fans|supporters|worshippers|tourists|migrants|journalists|civilians|"
                                   r"pilgrims|Jews|Muslims|Christians|passers-by)(?: [\w-]+){0,2} (?:were|was) "
                                   r"(?:\w+ )?(?:attacked|assaulted|beaten|stabbed)(?! by (?:police|security forces|"
                                   r"troops|soldiers|(?:an? |a swarm of )?(?:bees|wasps|hornets|dogs?|bears?|sharks?|"
                                   r"crocodiles?|elephants?|tigers?|leopards?|wolves|wolf|lions?|monkeys?)\b))|"
                                   # "Israeli football fans were attacked in Amsterdam" (not "attacked by bees")
                                   r"attacked (?:the |a )?(?:[\w-]+ ){0,2}(?:displacement|displaced|refugee|IDP) "
                                   r"camps?\b|"
                                   rf"(?:gunmen|bandits|jihadists|attackers) (?:\w+ ){{0,2}}attacked(?= (?-i:[A-Z]))"
                                   rf"(?! (?:[\w-]+ ){{0,4}}{MILITARY_TARGET})|"  # a
                                   # town ("Gunmen attacked Mopti"; not a military target, see battles)
                                   r"(?:gangs?|gang members) (?:[\w,]+ ){0,3}(?:attacked|stormed|overran) (?:the |a )?"
                                   r"(?:[\w-]+ )?(?:towns?|villages?|city|neighbou?rhoods?|communes?)\b"),  # "the
                                   # central town of Mirebalais"  # (Haiti's gangs)
    ("battles", r"fighting(?! (?:the |a )?(?:[\w-]+ ){0,2}(?:fires?|blazes?|flames|wildfires?|bushfires?)\b)|"
                r"(?:forces|troops|soldiers|army|fighters|rebels) pushed (?:[\w-]+ ){1,3}back (?:from|across|to|"
                r"towards?|out of)\b|"  # "Ukrainian forces pushed Russian troops back from the outskirts of Kharkiv"
                r"clash(?:es|ed)|(?:wounded|killed|injured) by (?:\w+ )?fire from|"  # "a soldier was
                # wounded by fire from Azerbaijani positions"
                rf"{_FORCES_KILLED}(?:militants|insurgents|fighters|rebels|jihadists|terrorists|gunmen|bandits)|"
                rf"{_LEADER_KILLED}|"
                rf"(?:{_ARMED}|gunmen|militants|jihadists|attackers|militiamen|bandits)(?: [\w'’-]+){{0,4}} killed "
                rf"{_COUNT}(?:[\w'’-]+ ){{0,2}}?{_TROOPS}|"
                r"(?<!legal )(?<!court )(?<!custody )(?<!political )(?<!uphill )(?<!budget )(?<!election )"
                r"battles?(?! (?:the |a )?(?:[\w-]+ )?(?:flames|fires?|blazes?|wildfires?|bushfires?|cancer|illness)\b)"
                r"(?! for (?:market|customers|subscribers|viewers|votes|the (?:title|crown|championship|nomination|"
                r"leadership|presidency)))|fought|"
                r"offensive|counter-?offensive|ambush(?:ed)?|(?<!-)war(?!-)(?! (?:drama|films?|movies?|novels?|games?|"
                r"museum|memorials?|veterans?|crimes?|criminals?|chest|room|cabinet|footing|of words|bonds?|"
                r"correspondents?|reporters?|graves?|widows?|poets?|stories|epic|thriller|series)\b)|"  # (not "a new
                # war drama", "war crimes")
                r"gunfire|gunfights?|gun battles?|"
                r"firefights?|"
                r"shootouts?|exchanges? of fire|"
                r"(?:troops|forces|soldiers|rebels|fighters|militants|police|reservists|gunmen|bandits|guards|"
                r"servicemen|sides|units|patrols)(?: [\w,]+){0,7} "  # "border guards exchanged fire"
                r"(?:traded|exchanged) (?:heavy )?(?:[\w-]+ )?fire|"
                r"(?:in|during) an? (?:\w+ )?clash with (?:\w+ ){0,4}(?:militants|rebels|gunmen|bandits|insurgents|"
                r"fighters|troops|soldiers|police|forces|members)|"
                r"(?:tribal|clan|ethnic|communal) (?:fights?|fighting|clashes)|"
                r"(?:repelled|pushed back) (?:an? |the )?(?:\w+ ){0,2}(?:attacks?|assaults?|advances?|offensive|"
                r"incursions?|attempts?|forces|troops|fighters|rebels|militants)|"
                r"(?:attacked|attacks? on|assaults? on) (?:an? |the )?(?:[\w-]+ ){0,2}(?:army|military|police|rebel|"
                r"junta|regime|government|enemy|gendarmerie|security) (?:[\w-]+ )?(?:positions|posts?|bases?|camps?|"
                r"barracks|outposts?|patrols?|checkpoints?|check ?posts?|stations?|convoys?|(?:training )?schools?|"
                r"academy|headquarters)|"  # "launched coordinated attacks on army posts in Kayes", "attacked a
                # gendarmerie training school"
                r"attacked (?:the )?(?:(?!(?-i:Democratic|Republican|Labour|Conservative|Liberal|Senate))"
                r"(?-i:[A-Z])\w+ )?"
                r"(?:positions|front ?lines?|trenches|garrisons?) (?=(?:near|in|along|around|outside|at|north|south|"
                r"east|west)\b)|"  # "attacked Ukrainian positions near Chasiv Yar" (not a candidate who "attacked
                # Democratic positions along party lines", nor rioters who "attacked police lines")
                # armed men attacking a town (not villagers, civilians or a school: violence against civilians)
                r"(?:insurgents|militants|rebels|jihadists|extremists|fighters|militiamen)(?: \w+){0,2} attacked "
                r"(?:the |a )?(?:\w+ )?(?:town|city|towns|cities|district headquarters|garrison)\b|"
                r"(?:troops|soldiers|forces|army|military)(?: [\w'’-]+){0,4} (?:attacked|ambushed|raided) "
                r"(?=(?:[\w-]+ ){0,2}(?:rebels|militants|insurgents|jihadists|fighters|militias?|militiamen|"
                r"gunmen|bandits)\b)|"  # "Soldiers attacked militants in Borno" (troops who attack villagers: a
                # raid, see `_raid_type`)
                rf"{_ATTACKERS}(?: [\w-]+){{0,2}} attacked (?=(?:[\w-]+ ){{0,4}}{MILITARY_TARGET})|"  # "Jihadists
                # attacked a military training school": on troops, a battle; on anyone else, violence against civilians
                r"(?:(?<=was )|(?<=were ))(?:also |again )?attacked by (?:[\w-]+ ){0,2}(?:insurgents|militants|rebels|"
                r"jihadists|extremists|fighters|militiamen|gunmen|bandits|terrorists)\b"),  # "Gao was attacked by
    # jihadists" (the town, as when they "attacked the town")
    ("military", r"military operation|launched (?:an? |the )?(?:[\w-]+ ){0,3}(?:security|clearance|counter-?\w+|"
                 r"anti-\w+|military|ground|combing|cordon-and-search) operation|"
                 r"launched (?:an? |the )?(?:[\w-]+ ){0,2}(?:wide|large|full)-scale operation|"
                 r"launched (?:an? |the )?(?:large|major|massive|sweeping) (?:military |ground |security )?operation|"
                 r"launched (?:an? |the )?(?:[\w-]+ ){0,3}operation against|"
                 r"invaded|invasion|invade|"
                 r"(?:troops|forces|rebels|fighters|soldiers|militants|insurgents|army)(?: [\w,]+){0,5} "
                 r"(?:had |have )?reached the outskirts of|"
                 r"(?<!attacked a )(?<!attacked the )(?<!ambushed a )(?<!ambushed the )"  # (the object of an attack)
                 r"(?:convoys?|columns?) of (?:\w+ ){0,3}(?:fighters|troops|soldiers|tanks|armou?red vehicles)|"
                 r"(?:troops|soldiers|forces|peacekeepers|rebels|fighters|insurgents|jihadists|militants)"
                 r"(?: [\w,]+){0,4} (?:entered|crossed (?:into)?|withdrew|"
                 r"left (?:their |the |a )?(?:\w+ )?(?:bases?|camps?))|"
                 r"withdrawal of (?:\w+ )?troops|mobili[sz]ation|(?:re)?deployed|deployment|reinforcements|"
                 r"(?:troops|forces|soldiers|army)(?: [\w,]+){0,3} reinforced|"
                 r"(?:forces|troops|soldiers|commandos)(?: [\w,]+){0,6} (?:in|during) an? (?:[\w-]+ )?raid on|"
                 r"(?:troops|soldiers|tanks|forces|rebels|fighters|militiamen)(?: [\w,]+){0,6} "
                 r"(?:moved|pushed|advanced|rolled|swept) (?:deeper |further )?into|incursions?|"
                 r"(?:troops|soldiers)(?: [\w,]+){0,6} (?:had |have )?(?:landed|arrived) (?:at|in)|"
                 r"(?:troops|soldiers|forces|police|reinforcements|companies)(?: [\w,]+){0,8} (?:were |was )?"
                 r"(?:flown|airlifted|sent|dispatched|rushed) (?:in)?to"),
    ("protests", r"protest(?:s|ed|ers)?(?! (?:the |a )?(?:referee|umpire|linesman|red card))"
                 r"(?! (?:leaders|organi[sz]ers|groups?)\b)|"  # (those who lead protests are no protest: "met
                 # protest leaders in Zhanaozen")
                 r"demonstrat(?:ion|ions|ors|ed)|"
                 r"(?<!comeback )(?<!relief )(?<!market )(?<!stock )(?<!year-end )(?<!second-half )"
                 r"(?<!fourth-quarter )(?<!ninth-inning )(?<!campaign )(?<!election )rall(?:y|ies|ied)"
                 r"(?! (?:from|to (?:win|beat|victory|draw)\b))"
                 r"(?! in (?-i:(?:\w+ )?(?:stocks|shares|bonds|oil|gold|prices|markets?|equities|"
                 r"the (?:dollar|euro|yen))))|"
                 r"took to the streets|"
                 r"(?:protesters|demonstrators|crowds|students|supporters|workers|thousands|hundreds|farmers|teachers|"
                 r"nurses|doctors|activists|unionists|pensioners|miners|truckers|tractors)"
                 r"(?: (?!troops|soldiers|fans|tourists|shoppers)\w+){0,5} (?:(?-i:march(?:ed|es)?)|gathered)"
                 rf"{_FESTIVE}|"
                 r"(?:residents|villagers|activists|mourners|relatives|women|people|survivors|families|victims|others)"
                 r"(?: (?!troops|soldiers)\w+){0,5} "
                 rf"(?-i:marched){_FESTIVE}|went on strike|walkouts?|sit-ins?|vigils?|"
                 r"(?:dumped|tipped) (?:\w+ ){0,2}(?:manure|slurry|hay|straw|tyres|tires|potatoes|"
                 r"vegetables|produce)\b|"  # farmers' protests: "dumped manure outside the prefecture in Agen"
                 r"gathered (?:[\w'-]+ ){0,12}to (?:protest|condemn|demand|denounce|demonstrate|call for|press for)|"
                 r"(?:observed|staged|held) (?:an? |the )?(?:[\w\"“”-]+ ){0,3}strike|"
                 r"(?:doctors|nurses|teachers|workers|staff|employees|miners|drivers|pilots|lawyers|students|dockers)"
                 r"(?: [\w,]+){0,4} walk(?:ed|ing|s)? out(?! (?:of|to|into|onto|through|after)\b)|"
                 r"picket(?:ed|ing|s|ers)?(?! fences?)|picket lines?|"
                 r"(?:rail|railway|train|tube|metro|subway|bus|postal|port|dock|airport|transport)(?: workers['’]?)? "
                 r"strikes?\b|"  # "Britain's biggest rail strike in 30 years shut most of the network"
                 r"(?:youths|residents|protesters|demonstrators|villagers|farmers|drivers|traders|workers|students|"
                 r"activists|teachers|truckers|fishermen|miners|vendors|hawkers|tractors) "  # ("another column of
                 # tractors blocked the N-240 road outside Lleida")
                 r"(?:(?!said\b|police\b)\w+ ){0,7}block(?:ed|ing) (?:an? |the )?(?:[\w-]+ ){0,4}"
                 r"(?:roads?|highways?|motorways?|bridges?|"
                 r"railway|border crossings?)|"  # ("blocked the Dorohusk and Medyka border crossings")
                 r"(?:a|peace|peaceful|protest|mass|silent) (?-i:march(?:es)?)|"
                 r"(?-i:march(?:es)?)(?: in solidarity)? (?:were|was) (?:also )?held|"  # "Smaller marches in
                 # solidarity were held on Wednesday evening in Córdoba, Rosario and Mendoza"
                 r"(?:banged|banging) (?:\w+ )?pots|pot-banging|cacerolazos?|"
                 r"(?:fired|firing|fires|used|lobbed) (?:\w+ ){0,3}?tear ?gas|"  # police breaking up a protest
                 r"(?:peaceful|protest|candlelight) processions?|"
                 # strikes by workers, not air strikes
                 r"(?:general|national|nationwide|rural|indefinite|token|\d+-hour|(?:one|two|three|\d+)-day|doctors'?|"
                 r"workers'?|teachers'?) strike|"
                 r"(?:(?:to )?disperse|dispersed) (?:\w+ ){0,2}(?:protesters|demonstrators|farmers|students|workers|"
                 r"supporters|marchers)|"  # "Riot police in Dakar dispersed opposition supporters"
                 r"striking (?:\w+ )?(?:doctors|workers|nurses|teachers|miners|drivers|employees|staff)|"
                 r"(?<!forced )(?<!forced a )(?<!-day )(?<!-hour )(?:complete )?shutdown(?! of)|hartal|bandh"),  # a
    # strike's shutdown (not "forced a four-day shutdown of Port Hedland")
    ("riots", r"riot(?:s|ed|ing|ers?)?(?! (?:police|gear|squads?|shields?|control|units?|officers|troops|vans?|act)\b)|"
              r"looting|looted|looters|mobs?(?! of (?:fans|reporters|photographers))|"
              r"(?:fans|supporters|hooligans|ultras) (?:\w+ ){0,3}(?:fought|clashed|brawled|scuffled)|"
              r"stormed(?! (?:their|his|her|its|our) way| to | into (?:the |a |an )?(?:\d+-\d+ |early |commanding )?"
              r"(?:lead|quarter-?finals?|semi-?finals?|finals?|last (?:four|eight|16)|next round|knockout|"
              r"play-?offs?)\b| off| out| back)|"
              r"(?:tried|attempted) to storm|(?:protesters|demonstrators|crowds|rioters|mobs?|supporters) storm\b|"
              r"smashed (?:\w+ ){0,2}(?:windows|cars|shops|shopfronts|vehicles)|"
              r"(?:hurl(?:ed|ing)|threw|throwing) (?:rocks|stones|petrol bombs|molotov cocktails|fireworks)|"
              r"(?:broke|breaking|burst) through (?:the )?(?:\w+ )?(?:gates|barricades|police lines|cordons?)|"
              r"overwhelmed (?:the )?police lines|(?:violence|rioting) (?:erupted|broke out|flared)|"
              r"barricades of burning (?:tyres|tires)|burning barricades"),
    ("strategic_developments",
     r"(?<!internationally )(?<!internationally-)(?<!officially )(?<!widely )recogni[sz](?:ed|es|ing)"
     r"(?! (?:government|authorities|administration|borders?|leaders?|expert|as)\b)|"  # (not "the internationally
     # recognised government": what it is)
     r"recognition|signed|ceasefire agreement|sanctions|annex(?:ed|ation)|"
     r"test-(?:fired|launched|firing|launch)|missile tests?|"  # "North Korea test-fired an ICBM from near Pyongyang"
     r"(?:fired|launched|tested) (?:an? |two |three |several )?(?:new )?(?:[\w-]+ ){0,2}(?:ballistic|cruise|"
     r"hypersonic|intercontinental) missiles?(?! (?:at|towards?|into Israel|on)\b)|"  # (not fired at a target)
     r"(?<!anti-)(?<!failed )(?<!foiled )(?<!alleged )(?<!attempted )(?<!thwarted )"
     r"coup(?: d['’][ée]tat)?(?! (?:plots?|plotters|rumou?rs?|"
     r"attempts?)\b)(?!-)|seized power|"  # "a coup in Niamey" (not a foiled one, nor "coups have toppled")
     r"(?<=was )liberated|(?<=were )liberated|(?<=been )liberated|liberated(?= (?-i:[A-Z]))|"  # "Kupiansk was
     r"liberated(?= (?:the )?(?:villages?|towns?|city|settlements?) of\b)|"  # (… "liberated the village of Ivanivka")
     # liberated in September 2022", "troops liberated Kherson" (not "liberated hostages")
     rf"(?:(?:re)?captur(?:ed|ing|es)|seiz(?:ed|ing|es)|(?<=[Rr]ebels )(?:seize|capture))(?! {_PRIZE})"
     rf"(?! {_CONTRABAND})(?! on\b)|retook|retaken|"  # (a headline's present: "Rebels seize Aleppo")
     r"(?<!cost )(?<!costs )overr(?:an|un|unning)(?! (?:its |their |the |a )?(?:budgets?|schedule|deadline|time|"
     r"costs?|estimates?)\b)|"  # "the RSF overran the Zamzam camp"
     r"(?:took|taken|taking) (?:the )?(?:strategic |key |eastern |western |northern |southern |frontline |"
     r"front-line )?(?:city|town|village|settlement|port|base|airport|airfield|district|stronghold) of "
     r"(?=(?-i:[A-Z]))(?![^.,;]{0,40}\bby (?:surprise|storm)\b)|"  # "Russia took the city of Avdiivka"
     r"(?:militants|rebels|fighters|soldiers|troops|insurgents|gunmen|militiamen|bandits|commanders)(?: [\w,-]+){0,4} "
     r"surrendered|surrendered to (?:the )?(?:\w+ )?(?:army|troops|police|marines|military|forces|authorities)|"
     r"lost (?:full |complete |total )?control of (?:the )?(?:(?:strategic |key |border |northern |southern |"
     r"eastern |western )?(?:towns?|city|cities|villages?|districts?|provinces?|regions?|areas?|bases?|territory|"
     r"crossings?|ports?)\b|(?-i:[A-Z]))|"  # "the military lost control of the town of Lashio" (not "of the car")
     r"(?:took over|(?:took|taken|taking|regained|wrested|seized|assumed) (?:full |complete |total )?control)"
     r"(?! of (?:the )?(?:race|game|match|company|board|ball|situation|proceedings))|"
     r"(?:reintroduced|reinstated|imposed|introduced|tightened) (?:\w+ )?(?:border )?(?:checks|controls) "
     r"(?:at|on) (?:its|their|the) (?:\w+ )?borders?|"
     r"(?:reintroduced|reinstated|imposed|introduced|tightened) (?:\w+ )?border (?:checks|controls)|"  # "Germany
     # reintroduced checks at its border with Poland", "Poland reintroduced border checks"
     r"curfew|state of (?:local |national |public health )?(?:emergency|disaster|calamity)|ceasefire|truce|"
     r"prohibitory orders|shoot-at-sight|"
     r"declared (?:an? )?(?:statewide |nationwide |national |local |regional |public health |"
     r"water |drought |disaster |major )?(?:emergency|disaster)(?! (?:room|services?|department|workers|crews|"
     r"responders|vehicles|meeting|session|funds?|funding|management|plans?|declaration)\b)|"  # "declared a
     # statewide emergency" (also "declared a disaster")
     r"agreed (?:on \w+ )?to (?:an? )?(?:[\w,-]+ ){0,4}(?:pauses?|ceasefire|truce)(?: in (?:the )?fighting)?|"
     r"(?:agreed to|brokered) (?:an? )?(?:stop|halt|end|pause)(?: to)?(?: the)? fighting|"
     r"(?:government|authorities|ministry|junta|governor|administration|officials) (?:\w+ ){0,2}ordered "
     r"(?:[\w,]+ ){0,6}to (?:close|shut)|"
     r"(?:announced|imposed) a ban on (?:\w+ ){0,2}(?:traffic|gatherings|protests|rallies|demonstrations|movement|"
     r"vehicles|motorcycles|travel|flights|entry|assembly)|"
     r"(?:sever(?:ed|ing)?|cut|broke off) (?:its |their )?diplomatic (?:relations|ties)|"
     r"(?:sever(?:ed|ing)?|broke off) (?:its |their )?(?:relations|ties) with|"
     r"internet (?:shutdown|blackout)|"
     r"(?:mobile internet|internet (?:services|access|connections?))(?: services)?,?(?: \w+){0,4} "
     r"(?:were |was |had been )?(?:suspended|shut down|cut off)|"
     r"(?:suspended|shut down|cut off|blocked) (?:mobile )?internet(?! regulator)|"
     r"adopted (?:an? |the )?(?:[\w-]+ ){0,2}(?:declaration|resolution|treaty|charter)|"
     r"(?:minister|president|premier|governor|mayor|chancellor|government|cabinet|speaker|leader|general|"
     r"commander|chief of staff)s?(?: [\w-]+){0,3} resigned|"
     r"sworn in(?= as (?:the )?(?:[\w'’-]+ ){0,3}(?:president|prime minister|premier|chancellor|head of state|king|"
     r"queen|emperor|chief minister|governor|mayor|leader)\b)|"  # (not a board member, police chief or new citizens)
     r"(?:lost|survived|won) (?:a |the )?(?:parliamentary )?(?:vote of (?:no[- ])?confidence|"
     r"(?:no-)?confidence vote)|recalled (?:its|their|his|her) ambassador|"
     r"expelled (?:[\w'’]+ ){0,2}(?:ambassador|envoy|diplomats?)|"
     r"closed (?:all |the |its |their )?(?:[\w-]+ )?(?:borders?|(?:border|land|frontier) crossings?|"
     r"(?<=all )crossings|airspace)"
     r"(?! (?:deal|sale|store|shop|office|branch|town|agency|post|patrol|wall|fence|force))|"  # (not "the rail
     # crossing on Main Street")
     r"(?:imposed|declared|ordered|enforced) (?:an? )?(?:[\w-]+ )?lockdown"
     r"(?! (?:at|on|of) (?:an? |the )?(?:[\w-]+ ){0,2}(?:school|campus|prison|jail|hospital|building|mall|base|"
     r"office|plant|factory)s?\b)|"  # (not "a lockdown at a school")
     r"concluded (?:an? |the )?(?:[\w-]+ ){0,3}(?:agreement|deal|treaty|accord)|"
     rf"{_ELECTION}"),
    ("crime", rf"(?:arrested|detained|(?:began|begun|started) detaining)(?! (?:[\w-]+ ){{0,2}}(?:protesters|"
              rf"demonstrators|marchers|rioters)\b)|"  # (protesters taken away: the protest's, see `protests`)
              rf"ordered (?:\w+ ){{0,3}}(?:the )?(?:arrest|detention)|seized {_CONTRABAND}|"
              r"(?:executed|served) (?:\w+ )?(?:search )?warrants?|"
              r"(?:search )?warrants? (?:were|was) (?:executed|served)|"
              r"bod(?:y|ies) (?:were |was |had been )?dumped|bullet-riddled bod(?:y|ies)|"  # "found four bodies dumped"
              r"charged with|convicted|sentenced|sentencing(?! (?:reform|guidelines|laws?|rules|policy|commission))|"
              r"(?<!the )(?<!of )(?<!an )(?<!a )(?<!'s )(?<!’s )(?<!his )(?<!her )(?<!their )(?<!its )(?<!with )"
              r"(?<!for )(?<!by )(?<!to )(?<!from )jailed|"  # (not "the party of jailed former prime minister")
              r"verdict|pleaded|in court|(?:court|judges?|justices|tribunal)(?: [\w'’-]+){0,6} ruled(?! out\b)|"
              r"(?:found guilty|acquitted)(?! (?:himself|herself|themselves|of (?:a )?(?:doping|violent conduct|"
              r"misconduct|bringing the game)))|"
              r"remanded (?:in|into) (?:\w+ )?custody|"
              r"appear(?:ed|s|ing)? (?:at|in|before) (?:a |the )?(?:[\w'’.-]+ ){0,3}"
              r"(?:(?-i:(?:High|Crown|Supreme|District|Magistrates['’]?|Federal|Superior|Circuit|County|Youth|"
              r"Criminal|Family|Sheriff|Municipal|Military|Special|Anti-Terrorism|Sessions) Court)|(?-i:court)|"
              r"(?-i:[Mm]agistrates)['’]?|(?-i:tribunal))|"
              r"(?<!air )(?<!air-)(?<!bear )(?<!bombing )(?<!drone )raid(?:s|ed)?"
              r"(?! (?:on |of )?(?:the |its |their |his |her )?(?:\w+ )?(?:fridge|pantry|wardrobe|reserves|pension|"
              r"funds?|coffers|savings|budget|piggy bank))|"
              r"(?:stand|on|face[sd]?|murder|rape|criminal|jury) trial|"
              r"(?<!clinical )(?<!vaccine )(?<!drug )(?<!pilot )(?<!field )(?<![Pp]hase \w )(?<![Pp]hase \w\w )"
              r"trial (?:of|began|begins|opened|resumed)(?! (?:the |a |an |its |their )?(?:new |experimental )?"
              r"(?:vaccines?|drugs?|treatments?|therap(?:y|ies)|medicines?|pills?|jabs?)(?:[,.;:]|$| (?:began|begins|"
              r"opened|showed|shows|found|finds|enrolled|involving|of|in|at|on|for|was|is|were|has|had|results?)\b))|"
              r"(?<!film was )(?<!movie was )(?<!series was )(?<!scenes were )(?<!video was )"
              r"shot(?! (?:a |the |his |her |their )?(?:film|movie|video|scenes?|footage|episode|photos?)|"
              r" on location)|"
              r"(?<!film )(?<!photo )shooting(?! (?:for|of|on) (?:the |a |an |his |her |their )?(?:[\w-]+ )?"
              r"(?:film|movie|series|season|scenes?|video|documentary|episode|pilot|album|campaign))|opened fire|"
              r"gunman|gunmen|shooters? (?:\w+ ){0,2}(?:killed|opened fire|shot|wounded)|"
              r"armed (?:men|assailants|attackers|robbers) (?:(?!said |says )[\w-]+ ){0,3}"
              r"(?:(?:burst|broke|forced their way) into|stormed)|"
              r"(?:machete|knife|gun|acid) attacks?|"
              r"stabb(?:ed|ing)|robb(?:ed|ery)|murder(?:ed)?|homicide|arson|(?:set|setting) fire to|"
              r"stole(?! (?:the |a |an )?(?:late )?(?:show|march|limelight|headlines|spotlight|ball|bases?|hearts?|win|"
              r"victory|points?|glance|kiss|market share|share|election|goal|lead|title)\b)|"
              r"(?<=a )burglary(?! rate)|carjack(?:ed|ing)(?! rates?| figures| statistics)|"
              r"bod(?:y|ies) (?:\w+ ){0,3}(?:were |was )?found|found (?:shot |stabbed )?dead|"
              r"(?:set|setting) (?:[\w-]+ ){0,4}(?:ablaze|on fire)|torched|jailbreak|prison ?break|mass breakout|"
              r"(?:inmates|prisoners) (?:\w+ ){0,2}escaped|"
              r"charged (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) (?:more )?"
              r"(?:people|men|women|suspects|persons|individuals|teenagers)"),
    ("disaster", r"(?:gas|boiler|chemical|industrial|methane|coal dust|fireworks|pipeline|tanker) explosions?|"
                 r"(?<!in )(?<!inside )(?<!into )(?:an?|the) (?:(?!booby|bomb|rigged|explosive)[\w-]+ ){0,2}(?:gas|"
                 r"boilers?|chemicals?|methane|"
                 r"fireworks?|pipelines?|tankers?|cylinders?|transformers?|trucks?)(?: (?!bombs?\b|explosives?\b|"
                 r"that\b|which\b)"
                 rf"[\w-]+){{0,4}} (?:exploded|blew up)(?![^.]{{0,100}}{WEAPONS})|"  # "a petrol tanker overturned and
                 # exploded" (not "a bomb hidden in a gas cylinder", "a truck bomb", "a truck loaded with
                 # explosives", "a tanker caught fire and exploded … after a Houthi missile strike")
                 r"(?<!political )(?:bushfires?|brush ?fires?|grass ?fires?)"
                 r"(?! (?:season|risk|danger|warnings?|threat))|"
                 r"(?:dams?|levees?|dykes?|dikes?|embankments?) (?:\w+ )?(?:burst|broke|failed|collapsed|gave way|"
                 r"to (?:collapse|burst|fail|give way))|"  # ("caused the Arbaat dam to collapse")
                 r"burst (?:\w+ ){0,2}(?:dams?|levees?|embankments?)\b|"  # "Floodwaters burst two dams above Derna"
                 r"(?:burst|broke|overflowed|overtopped) (?:its|their) banks|"  # "rivers burst their banks"
                 r"(?:ship|vessel|freighter|barge|tanker|ferry) (?:[\w-]+ ){0,5}(?:hit|struck|rammed|crashed into|"
                 r"slammed into) (?:an? |the )?(?:[\w-]+ ){0,4}bridge\b|"  # "the Dali hit the Francis Scott Key Bridge"
                 rf"explosions?{_WORKS_AFTER}|"  # an accident, no attack
                 r"fire(?<!artillery fire)(?<!rocket fire)(?<!mortar fire)(?<!tank fire)(?<!sniper fire)"
                 r"(?<!traded fire)(?<!exchanged fire)"
                 r"(?<!heavy fire)(?<!under fire)(?<!returned fire)(?<!of fire)s?\b"
                 r"(?! (?:marshal|department|chief|station|brigade|service|officials?|inspectors?|safety|alarms?|"
                 r"hydrants?|engines?|trucks?|escapes?|codes?|district|protection|commissioner|crews|dept|season)\b)"
                 r"(?! (?:an? |the |\d+ |two |three |several |more |dozens of )?(?:[\w-]+ )?(?:missiles?|rockets?|"
                 r"shells?|drones?|shots|mortars?|torpedo(?:es)?|tear ?gas|rubber bullets|water cannon)\b)"  # a verb:
                 # "Houthis fire missile at tanker off Hodeidah"
                 r"|blazes?|(?<!from )(?<!from rising )(?<!from the rising )flood ?waters?|"
                 r"(?:villages|towns|communities|hamlets|homes|roads|islands?)(?: [\w-]+){0,3} "
                 r"(?:were|was|have been|had been|remained|remain|are) cut off(?! (?:by|from) (?:the )?(?:\w+ )?"
                 r"(?:forces|troops|army|fighting|rebels|militants|fighters|siege|blockade)\b)|"  # "villages near
                 # Newark were cut off" (not by troops)
                 r"flood(?:s|ed|ing)?(?! of)(?![ -](?:defen[cs]es?|barriers?|walls?|gates?|risks?|"
                 r"insurance|plains?|zones?|maps?|schemes?|prevention|protection|management|resilience)\b)|"
                 # (not "a scheme to raise flood defences"; a flood warning is a flood to come)
                 r"(?:hail|thunder|snow|rain|wind|dust|sand|ice)storms?|droughts?|"
                 r"hail(?:stones)?(?: the size of (?:[\w-]+ ){1,2}| )(?:fell|pelted|battered|smashed|shattered|"
                 r"damaged)|"  # "Hail the size of baseballs fell" (not "fans hail the striker who smashed")
                 r"(?:rains?|downpours?|snowfall|blizzards?|heat ?waves?)(?: [\w-]+){0,2} (?:killed|(?:have|has) "
                 r"killed)|"  # "Heavy monsoon rains killed at least 10 people"
                 r"straight-line winds|(?:winds|gusts) (?:(?!of\b)[\w-]+ ){0,3}(?:knocked down|brought down|toppled|"
                 r"downed|uprooted)|"  # "winds knocked down power lines across Gage County" (not "the winds of change
                 # toppled")
                 r"(?<!an )(?<!the )(?:volcanic )?eruptions?(?! of)|volcano(?:es)?(?: [\w,]+){0,5} erupted|"
                 r"erupted|"  # (a volcano's only: see ERUPTED_SUBJECT_RE)
                 r"pyroclastic flows?|lava flows?|(?:hot |volcanic )?ash(?: and [\w-]+)? (?:fell|rained|covered|"
                 r"blanketed)|ashfall|spew(?:ed|s|ing) (?:[\w-]+ ){0,2}(?:ash|lava|clouds)|"
                 r"earthquakes?|quakes?|tremors?|aftershocks?(?! of)|liquefaction|"
                 r"(?<!by )storms?(?! of (?:criticism|protests?|outrage|controversy|anger|condemnation|complaints"
                 r"|abuse|questions|speculation|publicity|applause|emotions?"
                 r"|tweets|posts|comments|ridicule|indignation))"
                 r"(?! (?:the |a |an )?(?:[\w-]+ )?(?:parliament|building|palace|compound|embassy|capitol|congress|"
                 r"headquarters|offices?|stage|pitch|field|prison|jail|airport|station|legislature|assembly|base)\b)|"
                 # (a verb: "Protesters storm parliament in Nairobi")
                 rf"(?:tornado(?:e?s)?|hurricanes?|cyclones?|typhoons?|twisters?|nor['’]?easters?){_SHELTER_AFTER}|"
                 r"wildfires?|"  # no
                 # "cyclone shelter"
                 r"tsunami(?! of)|(?<!won a )(?<!win a )landslides?(?! (?:victory|win|majority|defeat))|"
                 r"mudslides?|"  # (not "Labour won a landslide in Britain's general election")
                 r"avalanche(?! of)|derailed|derailment|gave way|caved in|heatstroke|heat ?waves?|drowned|capsized|"
                 r"stampedes?|crowd crush|derechos?|"  # "a stampede at a religious gathering killed 121"
                 rf"{_STRUCTURE}(?: [\w-]+){{0,7}} collapsed|(?:made|makes|making) landfall|"  # "a canopy at the
                 # railway station in Novi Sad collapsed"
                 r"(?:building|bridge|roof|wall|house|tower|block|ceiling|structure|church|mosque|school|hospital|hotel)"
                 r"s?(?: \w+){0,3} came down|"
                 r"(?:floods?|floodwaters?|torrents?|rivers?|rains|mudslides?|landslides?|cloudbursts?)(?: \w+){0,4} "
                 r"(?:washed|swept) away|cloudbursts?(?! of)|"
                 r"(?:(?<=[Rr]iver )|(?<=[Tt]he water )|(?<=floodwaters )|(?<=[Ff]lood waters )|(?<=water level )"
                 r"|(?<=water levels ))"
                 r"(?:(?:also|then|soon|later|already|eventually|quickly) )?"
                 r"(?:rose|reached|crested)(?! in (?:price|value|cost))|"  # "the water (also) reached the outskirts of
                 # Sogakope", "The Hawkesbury River reached 12.9 metres at Windsor" (not "water bills rose", "sales of
                 # bottled water rose", "the water rose in price")
                 r"(?<!villagers )(?<!residents )(?<!farmers )(?<!workers )(?<!protesters )(?<!officials )"
                 r"(?<!authorities )(?<!engineers )(?<!crews )(?<!they )(?<!who )"  # a river did it: "The Barak
                 r"breached (?:an? |the |its )?(?:embankment|levee|dyke|dike|dam)s?\b|"  # breached an embankment"
                 # (not "villagers breached the embankment to divert water")
                 r"(?:washed|swept) away by (?:the )?(?:\w+ )?(?:floods?|floodwaters|river|torrents?)|"
                 rf"collapse of (?:an? |the )?(?:[\w-]+ ){{0,3}}{_STRUCTURE}|"
                 r"submerged (?:at least |more than |about |some )?(?:\d+ |dozens of |hundreds of )?(?:\w+ )?"
                 r"(?:villages|communities|homes|houses|towns|farmland|roads|neighbou?rhoods|districts|fields)|"
                 r"(?<!the )lightning(?![\w-])(?! (?:fast|speed|quick|round|rods?|bolt of inspiration|beat|won|lost|"
                 r"defeated|rallied|edged|topped|fell|host|visit|face|play|offensive|counter-?offensive|advance|"
                 r"campaign|raid|war|assault|strikes?)\b)|"  # (not "Azerbaijan's lightning offensive")
                 r"(?:broke|burst) its banks|overflowed|inundated|"
                 r"(?<=was )submerged|(?<=were )submerged|"  # "the village was submerged on Sunday"
                 r"(?:heavy|torrential|monsoon|incessant) rains? (?:\w+ ){0,2}(?:lashed|pounded|battered|swamped|"
                 r"flooded)|rains? (?:\w+ ){0,2}(?:caused|triggered) (?:\w+ ){0,3}(?:floods?|flooding|landslides?|"
                 r"mudslides?|damage|havoc|chaos|deaths|collapses?)\b|"
                 r"(?:boat|ferry|ship|vessel|cruiser|warship|frigate|submarine|tanker|freighter|trawler|yacht|dinghy|"
                 r"barge|bus|truck|lorry|minibus)(?:,? [\w-]+){0,6},? (?:sank|plunged|overturned)|"
                 r"(?:planes?|jets?|airliners?|aircraft|helicopters?|trains?|ships?|vessels?|ferry|tankers?|buses?) "
                 r"(?:[\w-]+ ){0,3}collided|(?:mid-?air|runway) collision|"  # "a passenger jet collided with an
                 # Army helicopter"
                 r"(?:plane|train|bus|helicopter|car|road|traffic|head-on|fatal|highway|motorcycle|multi-vehicle) "
                 r"crash(?:es)?|"
                 r"(?:cars?|vehicles?|trucks?|lorry|lorries|bus|buses|minibus(?:es)?|coach(?:es)?|trains?|vans?|"
                 r"motorcycles?|pickup(?: truck)?|SUV|planes?|helicopters?|jets?|aircraft|airliners?|jetliners?|"
                 rf"airplanes?|aeroplanes?|turboprops?|{AIRCRAFT_MAKERS})(?: [\w-]+){{0,6}} crashed"
                 r"(?! (?:by |more than |nearly |almost |about )?\d[\d.,]*\s*(?:%|per ?cent|points?\b))|"  # "A
                 # twin-engine turboprop operated by regional airline Voepass crashed", "crashed 10 km north of Pokhara"
                 # (not "Shares of Boeing crashed 10%")
                 r"(?:skidded|veered|ran) off (?:an? |the )?(?:[\w-]+ ){0,2}runway|"
                 r"overshot (?:an? |the )?(?:[\w-]+ ){0,2}runway|"  # "an Air India Express jet skidded off a
                 # tabletop runway in Kozhikode"
                 r"(?:train|bus|boat|ferry|plane|air|road|rail) collisions?|"  # "a train collision in Balasore"
                 r"brought (?:[\w-]+ ){0,2}(?:rains?|rainfall|flooding|floods|snow|snowfall|winds)(?= to\b)|"
                 r"(?:(?<=hit by )|(?<=battered by )|(?<=lashed by )|(?<=pounded by ))(?:strong|high|gale-force|"
                 r"hurricane-force|storm-force|powerful|fierce) winds|"  # "brought torrential rain to Chennai", "was
                 # hit by strong winds" (not "fanned by strong winds")
                 r"head-on collision|"
                 r"(?:bus|buses|car|cars|truck|trucks|lorry|lorries|train|trains|minibus|vehicles?|vans?|boats?|ships?|"
                 r"ferry|ferries|planes?|aircraft|tankers?|coach|coaches)(?: \w+){0,3} collided|"
                 r"collided (?:head-on )?with (?:an? |the )?(?:\w+ ){0,2}(?:bus|car|truck|lorry|train|minibus|vehicle|"
                 r"van|boat|ship|ferry|tanker|coach)|came off the tracks|"
                 r"(?<=river )peaked|(?<=creek )peaked|(?<=floodwaters )peaked"),
    ("meeting", r"meetings?|met|talks|summit|jirga|negotiations?|consultations|visit(?:ed)?|"
                r"(?<!\d )(?<!million )(?<!thousand )(?<!billion )(?<!tourist )(?<!hospital )(?<!home )(?<!site )"
                r"(?<!room )(?<!doctor )(?<!clinic )(?<!patient )"
                r"visits|convene[sd]?|"  # (not "recorded 2.1 million visits")
                r"(?:campaign|election) rall(?:y|ies)|"  # a candidate's rally is no protest
                rf"{COUNCIL_VOTE}|"  # a council's vote: "The City Council voted 6-3 on Monday"
                r"(?:(?:official|state|diplomatic|first|foreign|overseas) |(?<=['’]s ))trips? to|held talks|"
                r"joined by(?= (?:[\w'’-]+ ){0,3}(?:[Mm]inisters?|[Pp]residents?|[Ss]ecretary|[Cc]hancellor|[Ee]nvoys?|"
                r"[Dd]elegations?|counterparts?|[Pp]remier|King|Queen|Pope|leaders))|"
                r"toured(?= (?-i:[A-Z]))|"  # "Erdogan toured Kahramanmaras" (a band's tour: see LEISURE_VISIT_RE)
                r"(?:tour(?:ed|s)?|surveyed|inspected) the (?:damage|affected|flood(?:ed|-hit)?|disaster|devastat\w+|"
                r"stricken|destroyed|ravaged|(?:quake|storm|cyclone|typhoon|hurricane|fire|flood|war)[- ]"
                r"(?:hit|ravaged|damaged|affected))|"
                rf"{JOURNEY_VERBS} to(?= (?-i:[A-Z]))|"
                r"(?:left|departed|leaves|leaving) for(?= (?-i:[A-Z]))|"  # an official's journey ("flew to Tokyo",
                # "left for Tokyo … for talks")
                r"(?<!online )(?<!internet )(?<!web )(?<!discussion )(?<!message )"
                r"(?:peace |diplomacy |security |economic )?forums?(?! (?:for|of) (?:discussion|debate|ideas))|"
                r"meet (?:student |community |union |tribal |opposition )?(?:representatives|delegates|envoys?)|"
                r"meet (?:the )?(?:[\w-]+ )?(?:chiefs|officials|councillors|police|leaders|ministers|residents|"
                r"families|governors?|delegations?|commanders|elders)\b|"
                r"(?:special|emergency|extraordinary|plenary) sessions?|"
                r"(?:peace|donors?['’]?|pledging|reconstruction|climate|security|ministerial|investment|national "
                r"dialogue) conferences?|"  # a gathering, not a news conference nor a sports league
                r"host(?:s|ed|ing)? (?:an? |the )?(?:(?!press\b|news\b)\w+ ){0,2}conference (?:on|for)|"
                r"hosted (?:\w+ ){0,2}(?:talks|summit|meeting|negotiations|leaders|delegations?|ministers?|president|"
                r"prime minister|counterparts?)|"
                # "will meet in Geneva", "to meet Putin"; not "meet demands", "meet EU standards", a sports meet
                r"(?<!the )(?<!a )(?<!championship )(?<!track )(?<!swim )"
                r"meets?(?=\s+(?:with|in|at|on|next|later|again|today|tomorrow)\b|\s+(?-i:[A-Z]))"
                r"(?!\s+(?:\w+\s+){0,2}(?:standards|targets|conditions|requirements|criteria|goals|deadlines?|"
                r"expectations|demands|needs)\b)"),
    ("statement", r"said|says|stated|told|announced|spoke to|(?:press|news) conference|highlighted|outlined|urged|"
                  r"condemned|"
                  r"called for|reiterated|warned|declared|statement|claimed(?! by\b)|confirmed"),  # ("were
    # claimed by the rebels": taken)
)
# the event words at word starts: as re.compile(r"\b(?=\w)(?:(?P<humanitarian>(?:...)\b)|...)", re.IGNORECASE), and
# as fast as if each word were matched against only the words that begin with its letter
TRIGGERS = WordAlternation(_TRIGGERS, r"\b", re.IGNORECASE)
SUNK_BY_WEAPON_RE = re.compile(  # "the cruiser Moskva sank on April 14 after being hit by two Neptune missiles"
    rf"(?=[^.]{{0,80}}\b(?:after|when|following) (?:being |it was )?(?:hit|struck|targeted|attacked) by (?:\w+ ){{0,3}}"
    rf"{WEAPONS})", re.I)
# beside protesters: a riot
ARSON_RE = re.compile(r"arson|(?:set|setting) fire|(?:set|setting) (?:\w+ ){0,3}(?:ablaze|on fire)|torched|clash",
                      re.IGNORECASE)
JOURNEY_TO_RE = re.compile(rf"{JOURNEY_VERBS}|(?:left|departed|leaves|leaving)(?= for)", re.I)  # "will travel to
# Legazpi", "left for Tokyo": a visit, if an official travels:
OFFICIAL_RE = re.compile(r"\b(?:President|Prime Minister|Premier|[Mm]inisters?|Secretary|[Ee]nvoys?|Pope|King|Queen|"
                         r"[Gg]overnor|Chancellor|[Dd]elegations?|[Mm]ayor)\b(?!['’])"  # the subject, not "the
                         r"(?:(?!\b(?:that|said|says|told)\s+(?!(?:he|she|they|in|on|at|that|during)\b))[^;.]){0,160}$")
# (not "the Minister said that tourists flew"; "Biden said in his address that he would travel" is his journey)
# militants who storm a place attack those in it; troops or police who storm one are no rioters
ARMED_STORMING_RE = re.compile(r"\b(?:(militants|gunmen|jihadists|bandits|attackers|insurgents|fighters|rebels|"
                               r"terrorists)|troops|soldiers|forces|police|commandos|officers)(?: [\w,]+){0,3} $",
                               re.IGNORECASE)
# a raid is police work unless soldiers make it ("troops raided Jenin"), gunmen ("bandits raided a village"; an army
# camp: a battle), aircraft (an air strike) or looters (a riot)
_RAIDERS = (r"\b(?:(?P<armed>militants|gunmen|jihadists|bandits|attackers|insurgents|fighters|rebels|terrorists|"
            r"militiamen|armed men)|(?P<troops>troops|soldiers|forces|army|commandos|marines|paratroopers)|"
            r"(?P<aircraft>warplanes|jets|aircraft|drones|helicopters|bombers)|(?P<mob>looters|mobs?|rioters))")
RAIDERS_RE = re.compile(rf"{_RAIDERS}(?: [\w,-]+){{0,4}} $|{_RAIDERS.replace('?P<', '?P<x')}(?: [\w,-]+){{0,3}} "
                        r"(?:carried out|conducted|launched|staged|mounted) (?:an? |the )?(?:\w+ )?$", re.IGNORECASE)
MILITARY_TARGET_RE = re.compile(r"(?: on)? (?:an? |the |two |three |several )?(?:\w+ )?(?:army|military|police|"
                                r"security) (?:camps?|bases?|posts?|stations?|checkpoints?|barracks|positions|"
                                r"outposts?)", re.IGNORECASE)
RAID_RE = re.compile(r"raid|stole", re.IGNORECASE)  # raiders and thieves: who they are tells the event
# what markets do is no protest or blast: "stocks rallied", "oil prices exploded higher"
MARKET_MOVE_RE = re.compile(r"rall|explo", re.IGNORECASE)
MARKET_SUBJECT_RE = re.compile(  # the word right before the verb, bar an adverb: not "oil workers rallied"
    r"\b(?:(?:stocks?|shares|markets?|index|indexes|indices|dollar|euro|yen|pound|sterling|rupee|yuan|peso|lira|"
    r"bonds?|yields?|bitcoin|crypto|currency|currencies|futures|equities|Nasdaq|Dow|S&P 500|FTSE(?: 100)?|Nikkei|DAX|"
    r"Sensex|Hang Seng)|(?:oil|gold|food|fuel|commodity|stock|share|house|bond) (?:prices|futures|stocks|shares))"
    r"(?: [a-z]+ly)? $"
    r"|\b(?:demand|sales|popularity|interest|prices|costs|numbers|traffic)(?: (?:for|of) (?:[\w-]+ ){1,3}| )$",
    re.IGNORECASE)
# who visits in a tour or as tourists makes no diplomatic visit
LEISURE_VISIT_RE = re.compile(r"\b(?:band|exhibition|circus|tourists|fans|singer|orchestra|club|cruise ship)"
                              r"[\w'’-]*(?: [\w'’-]+){0,2} (?:will |would )?$", re.IGNORECASE)
SCALE_OPERATION_RE = re.compile(r"launched .*(?:-scale|large|major|massive|sweeping)", re.IGNORECASE)  # ... by the
# armed: not rescuers' or a firm's
ARMED_RE = re.compile(r"\b(?:troops|army|military|forces|soldiers|police|command|commandos|security)\b", re.IGNORECASE)
CLASH_RE = re.compile(r"clash", re.IGNORECASE)
# clashes that involve protesters, students or police are riots, not battles
RIOT_PARTIES_RE = re.compile(r"\b(?:protesters|demonstrators|students|police|rioters|activists|supporters)\b",
                             re.IGNORECASE)
# protesters who go on to violence: a riot ("protesters angered by the ruling attacked the embassies")
PROTEST_VIOLENCE_RE = re.compile(  # ... in their own clause: not "protesters said soldiers attacked the village"
    r"(?:(?!,|;|\.|\b(?:and|but|that|which|who|said|says|police|troops|soldiers|forces|officers)\b).){0,60}?"
    r"\b(?:attacked|stormed|smashed|ransacked|vandali[sz]ed|pelted)\b", re.IGNORECASE)
BY_PROTESTERS_RE = re.compile(r"\s+by\s+(?:\w+\s+)?", re.IGNORECASE)  # "shops were looted by (angry) protesters"
# A trigger in these phrases names a reference point in time, not a new event ("after consultations").
SUBORDINATE_RE = re.compile(r"\b(?:after|before|following|ahead of|prior to|since|during|until|anniversary of)\s+"
                            r"(?:the\s+|its\s+|his\s+|her\s+|their\s+|these\s+|this\s+)?(?:[\w'’-]+\s+){0,2}"
                            r"(?:(?:days|weeks|months|hours|years|nights) of\s+(?:\w+\s+)?)?$", re.IGNORECASE)
# ... unless a clause follows, with a verb of its own, told so many days or hours apart: "a day after they seized
# Hama", "hours after taking control of Goma" (not "since Russia invaded Ukraine": a time reference)
APART_RE = re.compile(r"\b(?:(?P<n>an?|one|two|three|four|five|six|\d+) )?"  # (the count dates it: events._apart)
                      r"(?P<unit>days?|hours?|shortly|moments|minutes) (?P<way>after|before)\s+(?:[\w'-]+\s+){0,6}$",
                      re.I)
ERUPTED_SUBJECT_RE = re.compile(  # what erupted is a volcano: "Mount Lewotobi Laki-laki on the island of Flores
    # erupted" (not "clashes erupted", "a row erupted")
    r"(?:\b(?-i:Mount|Mt\.?|Volc[aá]n|Volcano|Gunung)\s+(?:(?-i:de|del|de la|of)\s+)?(?-i:[A-Z])"
    r"|\bvolcano(?:es)?\b)[^.;!?]{0,80}$", re.IGNORECASE)
# ("The Volcán de Fuego erupted on Monday", "Gunung Marapi")
# ... or the event word is the subject of a clause that tells what it did: "killed after flash floods swept through
# villages", "after a bomb exploded"
SUBJECT_OF_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:swept|hit|struck|tore|ripped|broke out|erupted|killed|destroyed|"
                           r"damaged|flooded|battered|devastated|dumped|lashed|pounded|inundated|submerged|toppled|"
                           r"uprooted|exploded|collapsed|razed|engulfed|stormed|attacked|"
                           r"abducted|kidnapped|shelled|bombed|raided|opened fire|torched|clashed|set off|sparked|"
                           r"ignited|set fire)\b", re.I)
LONG_AGO_RE = re.compile(r"\b(?:weeks?|months?|years?|decades?) (?:after|before|since)\s+(?:[\w'-]+\s+){0,3}$", re.I)
CLAUSE_VERB_RE = re.compile(r"(?:\w+ed|took|taking|(?:re)?taken|seizing|storming|fought|struck|hit|set|fled|"
                            r"broke|threw|shot)\b", re.IGNORECASE)
# A war named as a topic, not fighting told of: "talks aimed at ending Sudan's 16-month war"; "to discuss the war"
# ("met in Geneva to discuss the war in Ukraine"); "urged both sides to stop fighting"
WAR_TOPIC_RE = re.compile(r"(?:\b(?:end(?:s|ed|ing)?|stop|halt|since|discuss(?:es|ed|ing)?)|['’]s)"
                          r"(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
PAST_CUE_RE = re.compile(r"\b(?:earlier|previously|prior to this|before that|in the past|had been|already)\b",
                         re.IGNORECASE)
