"""The words around a number that decide whether it is a count, and how sure it is.

Data for :mod:`pwstats.parse`'s prose reader (:func:`pwstats.parse.extract`), kept
apart from its grammar as the lexicon is: which words before a number make it a
label ("page 9", "Room 12", "No. 5"), an age ("Jones, 64,", "children under
ten"), a phone number or an ordinal ("a fourth consecutive day"), and which words
modify a number in ways the lexicon does not read ("perhaps 300", "a probable 300",
"≳ 300", "abt. 300"): a mention after such words is *unknown-hedged*.

>>> "page" in LABELS, "court" in CAPITAL_LABELS, "children" in PEOPLE
(True, True, True)
>>> bool(PHONE.search("call +44 20 7946 0958 now")), bool(PHONE.search("in 2,000 homes"))
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = [
    "ABBREVIATED_LABELS",
    "ABBREVIATIONS",
    "AGE_COPULAS",
    "AGE_MAX",
    "AGE_SUBJECTS",
    "ATTRIBUTIONS",
    "AVERAGES",
    "BELIEFS",
    "CALL",
    "CAPITAL_LABELS",
    "CASE_QUALIFIERS",
    "CASUALTY_PARTICIPLES",
    "CASUALTY_VERBS",
    "CHANGE_NOUNS",
    "CHANGE_WORDS",
    "CLAUSE_OPENERS",
    "CLAUSE_WORDS",
    "COMPARATIVES",
    "CONDITIONALS",
    "COUNTED_NOUNS",
    "CURRENCIES",
    "CURRENCY_ABBREVIATIONS",
    "CURRENCY_CODES",
    "DETERMINERS",
    "DOUBT_ADVERBS",
    "EMERGENCY_NUMBERS",
    "EPISTEMIC",
    "EXTENT_NOUNS",
    "FORECASTS",
    "FORMATIONS",
    "GIVING_VERBS",
    "HANDING_OVER",
    "INDEFINITE",
    "INTENTIONS",
    "LABELS",
    "LINKS",
    "MODALS",
    "MONEY_NOUNS",
    "MULTIPLIERS",
    "NAMED_AFTER",
    "NAMED_GROUPS",
    "NEGATORS",
    "NOT_HEDGING",
    "NOT_NOUN_MODIFIERS",
    "NOT_PLURAL",
    "ORDINAL_NEXT",
    "OVER_PARTICLE",
    "PEOPLE",
    "PERSON_NOUNS",
    "PHONE",
    "PHONE_BEFORE",
    "PHONE_WORDS",
    "PLURAL_NOUNS",
    "RATE_ADVERBS",
    "RATE_PERIODS",
    "RATE_WORDS",
    "STREETS",
    "STREETS_BEFORE",
    "TALLY_NOUNS",
    "TALLY_VERBS",
    "THRESHOLD_NOUNS",
    "THRESHOLD_VERBS",
    "UNDER_PARTICLE",
    "is_comparison_symbol",
    "is_currency_symbol",
]

#: Words after which a number names a thing, not a count, in any case ("see page 9",
#: "pages 3-7", "Article 5", "Resolution 1325", "paragraph 4", "room 12").
LABELS: Final = frozenset(
    {
        *("article", "resolution", "route", "section", "chapter", "highway", "page", "pages"),
        *("paragraph", "paragraphs", "para", "clause", "clauses", "annex", "appendix"),
        *("footnote", "exhibit", "item", "items", "volume", "room", "rooms", "courtroom"),
        *("docket", "platform", "flight", "ward", "precinct", "subsection", "schedule"),
        *("magnitude", "category", "version", "model", "type", "class", "covid", "unscr"),
        *("articles", "resolutions", "sections", "chapters", "annexes", "footnotes"),
        # parliamentary questions and answers ("Written answer 154321", "UIN 20345")
        *("answer", "uin"),
        # references ("ref 88213", "serial 4471") and places along a road by their
        # kilometre ("the checkpoint at km 20"); "log", "ticket" and "reference" are
        # verbs too ("guards log 5,000 arrivals"): capitalised, or after "quoting"
        *("ref", "serial", "km"),
    }
)
#: Nouns after "top" and a number that make the number a rank, not a count: "the Top 10
#: list", "a top 10 finish", "a top 5 spot" ("the top 3 officials" stays a count).
RANK_NOUNS: Final = frozenset(
    {
        *("list", "lists", "chart", "charts", "ranking", "rankings", "finish", "finishes"),
        *("spot", "spots", "place", "places", "placings", "position", "positions", "seed"),
        *("seeds", "pick", "picks", "hit", "hits", "tier", "slot", "slots", "ranks", "placing"),
    }
)
#: Words that name a thing before a number only when capitalised ("Case 12", "Court 3",
#: "Building 4"); lower-case they are also ordinary words ("building 4 houses").
CAPITAL_LABELS: Final = frozenset(
    {
        *("building", "case", "court", "file", "unit", "block", "cell", "gate", "camp"),
        *("colony", "district", "sector", "zone", "line", "bus", "apartment", "apt"),
        *("figure", "fig", "table", "part", "phase", "stage", "level", "floor", "day"),
        *("week", "grade"),
        # military formations and positions named by number ("Brigade 72", "Hill 203")
        *("brigade", "battalion", "regiment", "division", "squadron", "corps", "platoon"),
        *("detachment", "fleet", "flotilla", "hill", "height", "checkpoint", "outpost"),
        *("object", "reactor", "round"),
        *("station", "terminal", "track", "lot", "plot", "bay", "pier", "berth", "dock"),
        *("lane", "street", "road", "avenue", "facility", "prison", "hospital"),
        *("school", "number", "episode", "season", "act", "protocol", "decree", "law"),
        *("bill", "order", "rule", "count", "exhibit", "hall", "tower", "wing", "square"),
        *("log", "ticket", "reference", "incident", "crime"),
        # call signs and code names in the ICAO spelling alphabet (ICAO Annex 10): "Bravo 7"
        *("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "sierra", "tango", "zulu"),
        # numbered roads and missions ("Interstate 95", "Apollo 11", "Formula 1")
        *("interstate", "motorway", "freeway", "expressway", "apollo", "soyuz", "formula"),
        # numbered wars and projects ("World War 2", "Nord Stream 2", "Vision 2030")
        *("war", "stream", "vision"),
        # makers and models of aircraft, vehicles and weapons named by a number ("Boeing
        # 787", "Leopard 2 tanks", "Challenger 2", "Shahed 136 drones")
        *("boeing", "airbus", "embraer", "bombardier", "cessna", "antonov", "ilyushin"),
        *("tupolev", "sukhoi", "leopard", "challenger", "merkava", "mirage", "shahed"),
        *("geran", "kalibr", "tornado", "luna", "voyager", "kosmos", "cosmos"),
        # numbered units and centres ("Task Force 88", "SEAL Team 6", "Detention Centre
        # 2", "Kindergarten 5")
        *("force", "team", "centre", "center", "kindergarten"),
        # numbered places and aims ("Area 51", "Exit 4", "Goal 3", "Objective 2")
        *("area", "exit", "junction", "post", "base", "site", "goal", "target", "objective"),
    }
)
#: Capitalised nouns whose "of" and a number name a club of that many members ("the
#: Group of 7", "the Gang of 8"): a name, not a count.
NAMED_GROUPS: Final = frozenset({"group", "gang", "club"})
#: Nouns after a capitalised word and a number that make the two a name of an accord,
#: a meeting or a project ("the Minsk 2 agreement", "Nord Stream 2 pipeline", "Geneva 2
#: talks"), not a count of what the word names.
NAMED_AFTER: Final = frozenset(
    {
        *("agreement", "agreements", "accord", "accords", "deal", "treaty", "format"),
        *("summit", "talks", "protocol", "process", "ceasefire", "truce", "conference"),
        *("mission", "programme", "program", "project", "pipeline", "plan", "initiative"),
        *("memorandum", "framework", "package", "resolution", "round", "negotiations"),
    }
)
#: Formations that a number in digits right before them names when they are capitalised
#: ("3 Battalion fought", "1 Corps"); "3 battalions" counts them. Words that also name
#: a service before its people ("300 Army soldiers") are left out.
FORMATIONS: Final = frozenset(
    {"brigade", "battalion", "regiment", "division", "squadron", "corps", "platoon"}
    | {"detachment", "flotilla"}
)
#: Abbreviations that label the number after their full stop ("No. 5", "p. 9", "pp. 3-7").
ABBREVIATED_LABELS: Final = frozenset(
    {"no", "nos", "p", "pp", "art", "fig", "figs", "vol", "para", "sec", "ch", "chap"}
    | {"tel", "ph", "rm", "ext", "apt", "bldg", "ref", "reg", "st", "nr", "op", "cf"}
)
#: Abbreviations that, with their full stop, may modify the number after them ("abt.
#: 300", "avg. 300", "est. 300", "max. 300"), or stand in a name before one ("Mr.",
#: "Gen."): a number after one is unread, as after dotted initials ("the U.S. 300").
#: After any other word a full stop ends a sentence ("They went north. 300 stayed.").
ABBREVIATIONS: Final = frozenset(
    {"abt", "abut", "appr", "apprx", "appx", "aprx", "aprox", "approx", "approxim", "avg"}
    | {"av", "ave", "avge", "est", "estd", "estim", "tot", "ttl", "max", "min", "ca", "cca"}
    | {"circ", "incl", "excl", "betw", "abv", "poss", "prob", "resp", "esp", "orig"}
    | {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen"}
    | {"rep", "pres", "prof", "rev", "hon", "jr", "sr", "mt", "ft", "pt", "cpl", "pvt"}
)
#: Street words after a capitalised name that make the number before it a house number.
STREETS: Final = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "prospekt"}
    | {"square", "drive", "way", "place", "embankment", "highway", "alley"}
)
#: Street words said before the street's name in other languages, after the house number
#: ("25 Rue de Rivoli", "12 Via Roma", "7 Calle Mayor"), capitalised.
STREETS_BEFORE: Final = frozenset(
    {"rue", "via", "calle", "avenida", "rua", "piazza", "plaza", "quai", "chemin", "ulitsa"}
    | {"vulytsia", "vul", "ul", "ulica", "boulevard", "avenue", "allee", "viale", "corso"}
)
#: Words for groups of people before which "under n"/"over n" is an age limit ("children
#: under ten", "men over 60"), when n is a possible age.
PEOPLE: Final = frozenset(
    {
        *("children", "child", "kids", "boys", "girls", "men", "women", "people", "persons"),
        *("those", "anyone", "everyone", "adults", "youths", "minors", "teenagers", "teens"),
        *("males", "females", "citizens", "residents", "pensioners", "students", "infants"),
        *("babies", "patients", "voters", "individuals", "conscripts", "recruits"),
    }
)
#: Words for one person (or a pronoun for one) that a number after *was*, *is* or *turned*
#: describes as an age ("the soldier was 16", "who is 19", "the youngest prisoner is 19").
AGE_SUBJECTS: Final = frozenset(
    {"he", "she", "i", "who", "youngest", "oldest", "eldest"}
    | {
        *("mother", "father", "son", "daughter", "wife", "husband", "brother", "sister"),
        *("grandmother", "grandfather", "man", "woman", "boy", "girl", "child", "resident"),
        *("soldier", "driver", "teacher", "doctor", "nurse", "farmer", "pensioner", "widow"),
        *("friend", "neighbour", "neighbor", "colleague", "partner", "owner", "victim"),
        *("prisoner", "captive", "detainee", "hostage", "son", "teenager", "student"),
    }
)
#: Verbs linking a person to an age: "he was 16", "she turned 16", "who is 19".
AGE_COPULAS: Final = frozenset({"was", "is", "turned", "turns", "turning", "became", "becomes"})
#: Nouns after a number and a hyphen that count people, so the compound is a count ("a
#: 300-strong unit", "a 12-member delegation", "a 300-prisoner exchange"); after any other
#: word the number counts that word ("a 300-page report", "the 300-bed hospital").
COUNTED_NOUNS: Final = frozenset(
    {
        *("strong", "member", "person", "people", "man", "men", "woman", "women", "child"),
        *("prisoner", "soldier", "troop", "detainee", "captive", "hostage", "pow", "civilian"),
        *("fighter", "crew", "family", "body", "victim", "casualty", "refugee", "migrant"),
        *("passenger", "worker", "student", "patient", "resident", "citizen", "officer"),
        *("serviceman", "servicemen", "marine", "sailor", "pilot", "defender", "combatant"),
        *("mercenary", "recruit", "conscript", "reservist", "volunteer", "evacuee", "strength"),
    }
)
#: Plural nouns that do not end in "s", which a figure may count ("300 people", "40
#: aircraft"); see :data:`NOT_PLURAL` for words that end in "s" and are no plural noun.
PLURAL_NOUNS: Final = frozenset(
    {
        *("people", "men", "women", "children", "police", "personnel", "staff", "crew"),
        *("aircraft", "livestock", "cattle", "infantry", "servicemen", "servicewomen"),
        *("militia", "clergy", "sheep", "deer", "fish", "offspring", "youth", "geese"),
        *("spacecraft", "watercraft", "hovercraft", "materiel", "data", "media"),
    }
)
#: Words ending in "s" that are no plural noun ("300 was", "300 has", "300 as well").
NOT_PLURAL: Final = frozenset(
    {"was", "has", "is", "does", "goes", "says", "its", "this", "thus", "his", "hers"}
    | {"ours", "yours", "theirs", "whereas", "perhaps", "always", "besides", "unless"}
    | {"across", "towards", "afterwards", "plus", "minus", "versus", "times", "whose"}
    | {"seems", "remains", "means", "becomes", "includes", "stands", "lies", "dies"}
    # diseases named in the plural form, one noun each ("1,870 measles cases")
    | {"measles", "mumps", "rabies", "scabies", "diabetes", "herpes", "rickets", "shingles"}
)
#: Nouns for one person, beside which a number set off by commas is an age ("her
#: mother, 34, was hurt").
PERSON_NOUNS: Final = frozenset(
    {
        *("mother", "father", "son", "daughter", "wife", "husband", "brother", "sister"),
        *("grandmother", "grandfather", "man", "woman", "boy", "girl", "child", "resident"),
        *("soldier", "driver", "teacher", "doctor", "nurse", "farmer", "pensioner", "widow"),
        *("friend", "neighbour", "neighbor", "colleague", "partner", "owner", "victim"),
        # people named in court and crime reports ("the suspect, 34, was charged"); no
        # word a source is named by ("according to an official, 45, including ...")
        *("suspect", "accused", "defendant", "gunman", "attacker", "assailant", "officer"),
        *("journalist", "reporter", "photographer", "activist", "lawyer", "survivor"),
        *("patient", "refugee", "migrant", "pilot", "passenger", "student", "teenager"),
        *("prisoner", "detainee", "hostage", "worker", "guard", "militant", "protester"),
        *("policeman", "policewoman", "paramedic", "medic", "infant", "baby", "fighter"),
        *("commander", "leader", "mayor", "governor", "priest", "imam", "chief"),
    }
)
#: Verbs that take the people harmed, held or saved as their object: after one, a lone
#: "one" ending its clause is a count of one ("killed one and wounded 14", "injuring one").
CASUALTY_VERBS: Final = frozenset(
    {
        *("killed", "killing", "kills", "wounded", "wounding", "wounds", "injured"),
        *("injuring", "injures", "hurt", "hurting", "abducted", "abducting", "kidnapped"),
        *("kidnapping", "arrested", "arresting", "detained", "detaining", "rescued"),
        *("rescuing", "freed", "freeing", "released", "releasing", "executed", "shot"),
        *("evacuated", "captured", "capturing", "displaced", "hospitalised", "hospitalized"),
    }
)
#: Participles and adjectives of harm after which a lone "one" is a count of one ("one
#: dead and 14 wounded", "One killed, two wounded", "one was killed").
CASUALTY_PARTICIPLES: Final = frozenset(
    {
        *("dead", "killed", "died", "wounded", "injured", "hurt", "missing", "abducted"),
        *("kidnapped", "arrested", "detained", "rescued", "freed", "released", "executed"),
        *("shot", "evacuated", "captured", "hospitalised", "hospitalized", "drowned"),
    }
)
#: Words before "from X to Y" or "X to Y" that make them two figures, a change and a
#: level ("rose from 1,200 to 1,500", "raised by 180,000 to 1.5 million").
CHANGE_WORDS: Final = frozenset(
    {
        *("by", "rose", "risen", "rising", "fell", "fallen", "falling", "increased"),
        *("increasing", "decreased", "decreasing", "grew", "grown", "growing", "dropped"),
        *("jumped", "climbed", "declined", "surged", "soared", "doubled", "tripled"),
        *("trebled", "quadrupled"),
        *("halved", "up", "down", "raised", "raising", "reduced", "reducing", "cut"),
        *("slashed", "boosted", "lowered", "expanded", "shrank", "swelled", "went"),
        *("contracted", "widened", "narrowed", "slipped", "slid", "sank"),
        # the verb's other forms ("will rise from 4,000 to 6,500", "rises", "a fall from")
        *("rise", "rises", "fall", "falls", "increase", "increases", "decrease", "grow"),
        *("grows", "drop", "drops", "climb", "climbs", "decline", "declines", "jump"),
        *("jumps", "double", "doubles", "shrink", "shrinks", "climbing", "dropping"),
    }
)
#: Verbs of change that take an object: after one and its object, "by" gives the size of
#: the change ("cut its force by 3,000", "raised the number of troops by 300"), since an
#: active verb with its object has no agent for "by" to name.
CHANGE_OBJECT_VERBS: Final = frozenset(
    {
        *("cut", "cuts", "cutting", "raised", "raises", "raising", "reduced", "reduces"),
        *("reducing", "increased", "increases", "increasing", "decreased", "decreases"),
        *("decreasing", "boosted", "boosts", "boosting", "lowered", "lowers", "lowering"),
        *("expanded", "expands", "expanding", "slashed", "slashes", "slashing", "trimmed"),
        *("trims", "trimming", "widened", "widens", "widening", "narrowed", "narrows"),
        *("narrowing", "grew", "grows", "growing", "shrank", "shrinks", "shrinking"),
    }
)
#: Words that may stand between a number and its time unit, saying which days or what
#: kind of them: "212 trial days", "10 working days", "3 consecutive days" are durations,
#: as "212 days" is, never counts of people.
DURATION_MODIFIERS: Final = frozenset(
    {
        *("trial", "working", "work", "business", "school", "calendar", "court", "sitting"),
        *("hearing", "full", "straight", "consecutive", "successive", "long", "whole"),
        *("entire", "solid"),
    }
)
#: Nouns of change: "an increase of 300" is a difference between two levels, not a
#: level or a count of its own ("the loss of 300 lives" is a count: not listed).
CHANGE_NOUNS: Final = frozenset(
    {
        *("increase", "rise", "jump", "drop", "fall", "decrease", "decline", "growth"),
        *("reduction", "surge", "spike", "gain", "uptick", "downturn", "shortfall"),
    }
)
#: The oldest age a number beside a name or after a group of people is read as.
AGE_MAX: Final = 120
#: Words after "a"/"the" + a fraction word that make it an ordinal ("a fourth consecutive
#: day", "the third time", "a fifth round"), not a share.
ORDINAL_NEXT: Final = frozenset(
    {
        *("consecutive", "straight", "successive", "time", "times", "day", "week", "month"),
        *("year", "round", "night", "term", "wave", "attempt", "stage", "phase", "place"),
        *("exchange", "swap", "session", "meeting", "visit", "trip", "attack", "strike"),
        *("person", "man", "woman", "child", "victim", "prisoner", "soldier", "body"),
        *("instance", "occasion", "case", "incident", "sitting", "generation", "anniversary"),
    }
)
#: Words that make a number uncertain without saying which way ("perhaps 300", "a
#: probable 300"): every side of the figure is open.
EPISTEMIC: Final = frozenset(
    {
        *("perhaps", "maybe", "possibly", "probably", "likely", "potentially", "conceivably"),
        *("arguably", "apparently", "presumably", "seemingly", "supposedly", "possible"),
        *("probable", "likely", "unconfirmed", "preliminary", "provisional", "tentative"),
        *("unverified", "uncertain", "unknown", "undetermined", "disputed", "guessed"),
    }
)
#: Words before a number that do not hedge it: attribution, emphasis or addition
#: ("reportedly 300", "a record 300", "a further 300", "another 300").
NOT_HEDGING: Final = frozenset(
    {
        *("reportedly", "allegedly", "officially", "reported", "alleged", "official"),
        *("claimed", "confirmed", "further", "additional", "extra", "record", "whopping"),
        *("staggering", "massive", "full", "total", "combined", "meagre", "meager"),
        *("paltry", "remarkable", "mere", "only", "another", "other", "new", "last", "first"),
        *("all", "family", "assembly", "rally", "supply", "ally", "reply", "july", "italy"),
        *("daily", "weekly", "monthly", "yearly", "early", "fly", "nearly", "only", "roughly"),
        *("totally", "finally", "initially", "originally", "previously", "recently"),
        *("altogether", "respectively", "together", "each", "per", "every", "latest"),
        *("currently", "additionally", "overall", "separately", "eventually", "publicly"),
        *("subsequently", "nationally", "locally", "globally", "annually", "collectively"),
        *("directly", "immediately", "simultaneously", "similarly", "formally", "legally"),
        *("successfully", "safely", "reportedly", "newly", "recently", "lately", "only"),
        *("exactly", "precisely", "fully", "jointly", "personally", "officially"),
    }
)
#: Words that :func:`pwstats.parse` skips before a figure: articles and words of
#: attribution, emphasis or addition, which do not hedge ("a record 7.1 million",
#: "reportedly 300", "a further 300").
ATTRIBUTIONS: Final = frozenset(
    {
        *("a", "an", "the", "reportedly", "allegedly", "officially", "reported", "alleged"),
        *("official", "claimed", "confirmed", "further", "additional", "extra", "record"),
        *("whopping", "staggering", "massive", "another", "total", "combined", "full"),
    }
)
#: Negators: before a figure (or before its hedge) they deny or reverse what it says
#: ("not even 300", "nowhere near 300", "hardly 300", "didn't exceed 300"); the token
#: "t" is the end of a contraction ("didn't" is "didn", "'", "t").
NEGATORS: Final = frozenset(
    {
        *("not", "no", "never", "nowhere", "nothing", "none", "neither", "nor", "hardly"),
        *("scarcely", "barely", "without", "nobody", "cannot", "t"),
    }
)
#: Comparatives of size and nearness: a figure shortly after one is the standard of a
#: comparison the lexicon does not read ("more like 3,000", "closer to 300", "an upper
#: estimate of 300"); "more than" and the like are read by the lexicon itself.
COMPARATIVES: Final = frozenset(
    {
        *("more", "less", "fewer", "closer", "nearer", "higher", "lower", "greater"),
        *("larger", "bigger", "smaller", "upper"),
    }
)
#: Prepositions that link a hedge-like word to the number it measures against ("close
#: upon 500", "a far cry from 300", "in the ballpark of 500"); "then" is "than" misspelt.
LINKS: Final = frozenset(
    {"to", "of", "on", "upon", "from", "like", "than", "then", "toward", "towards", "at"}
)
#: Determiners before which a word is an adjective, not a verb ("the top 300", not
#: "could top 300").
DETERMINERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these"}
)
#: Words that start a new predicate or clause: a hedge right before one ends its own
#: clause and is said of what precedes it ("300 people at most were freed"), and a
#: hedge after one is not said of a figure before it ("300 people who were at least 18").
CLAUSE_OPENERS: Final = frozenset(
    {
        *("and", "or", "but", "nor", "who", "which", "that", "whom", "whose"),
        *("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will"),
        *("would", "shall", "should", "can", "could", "may", "might", "must", "do", "does"),
        *("did", "said", "says", "say", "whether"),
    }
)
#: Words that end the short noun phrase after a figure (:data:`CLAUSE_OPENERS`, and
#: prepositions and conjunctions that start a phrase of their own: a hedge right before
#: one may be said of it, "300 refugees at least until March").
CLAUSE_WORDS: Final = CLAUSE_OPENERS | frozenset(
    {
        *("where", "when", "while", "as", "if", "because", "since", "although", "though"),
        *("until", "to", "than", "then", "so", "yet", "after", "before", "during", "per"),
        *("each", "unless", "once"),
    }
)
#: Words that never stand as a noun before the noun a figure counts ("health" in "12
#: health workers", "cholera" in "300 cholera cases"): function words, adverbs and the
#: verbs a count is often the subject of before a plural object ("300 lost homes", "12
#: face charges", "40 need beds"), after which the plural is no noun the figure counts.
NOT_NOUN_MODIFIERS: Final = (
    CLAUSE_WORDS
    | DETERMINERS
    | LINKS
    | frozenset(
        {
            *("in", "at", "by", "for", "with", "without", "into", "onto", "from", "off"),
            *("out", "up", "down", "over", "under", "about", "across", "along", "around"),
            *("among", "amid", "against", "near", "inside", "outside", "within", "via"),
            *("it", "they", "them", "he", "him", "she", "we", "us", "you", "i", "me"),
            *("those", "there", "here", "what", "who", "all", "both", "some", "any", "no"),
            *("not", "also", "still", "now", "just", "even", "only", "again", "never"),
            *("ever", "too", "already", "soon", "later", "ago", "then", "last", "next"),
            *("today", "yesterday", "tonight", "overnight", "alone", "apiece", "each"),
            *("other", "another", "such", "own", "same", "many", "much", "few", "more"),
            *("most", "less", "least", "very", "almost", "nearly", "about", "like"),
            *("lost", "left", "took", "take", "takes", "had", "got", "get", "gets", "gave"),
            *("give", "made", "make", "won", "win", "saw", "see", "held", "hold", "holds"),
            *("face", "need", "lack", "own", "run", "ran", "sought", "seek", "keep", "kept"),
            *("bring", "brought", "buy", "bought", "sold", "sell", "lose", "spent", "spend"),
            *("found", "find", "fought", "suffer", "remain", "became", "become", "went"),
            *("go", "come", "came", "died", "die", "fled", "flee", "stay", "live", "depend"),
            *("rely", "receive", "require", "carry", "use", "used", "wear", "wore", "pay"),
            *("paid", "sent", "send", "read", "wrote"),
        }
    )
)
#: Verbs that take two objects, the receivers before the thing given: after one, two
#: plurals after a figure are two nouns, the first the one counted ("gave 300 families
#: blankets"), not a noun said before the noun counted ("1,208 firearms offences").
GIVING_VERBS: Final = frozenset(
    {
        *("give", "gives", "gave", "given", "giving", "send", "sends", "sent", "sending"),
        *("offer", "offers", "offered", "hand", "hands", "handed", "handing", "bring"),
        *("brought", "show", "showed", "shown", "teach", "taught", "lend", "lent", "owe"),
        *("owed", "promise", "promised", "grant", "granted", "issue", "issued", "pay"),
        *("paid", "deny", "denied", "tell", "told"),
    }
)
#: Words that sort the cases or deaths of a count by how sure or how new they are: in a
#: list of counts so qualified, the noun said after the last is that of each ("41,000
#: suspected and 8,900 confirmed cases", "120 confirmed, 340 suspected and 18 probable
#: cases" count cases, all three).
CASE_QUALIFIERS: Final = frozenset(
    {
        *("suspected", "confirmed", "probable", "possible", "presumptive", "presumed"),
        *("unconfirmed", "verified", "unverified", "new", "imported", "local", "fatal"),
        *("severe", "mild", "active", "recovered", "asymptomatic", "symptomatic"),
    }
)
#: Modal verbs of possibility: a figure shortly after one is a possibility, not a count
#: ("could reach 300", "may have killed 300", "might rise to 300"). "Will" is left out:
#: "Russia will free 300 prisoners" announces a figure as news reports it.
MODALS: Final = frozenset({"could", "may", "might", "would", "should"})
#: Words of forecast, plan or fear: a figure right after one, or after one and "to" in its
#: clause, is what was expected, not what was counted ("feared 300 had died", "the
#: expected 300", "is expected to reach 300", "set to free 300").
FORECASTS: Final = frozenset(
    {
        *("expected", "projected", "predicted", "forecast", "forecasted", "anticipated"),
        *("feared", "planned", "targeted", "promised", "intended", "hoped", "envisaged"),
        *("set", "poised", "due", "tipped", "likely", "unlikely", "bound", "going"),
    }
)
#: Participles of belief, fear or estimate said of a figure after it ("300 feared dead",
#: "300 people are believed killed", "300 are thought to have died", "300 presumed
#: dead"): the figure is what is feared or believed, not a count, as "feared 300 had
#: died" is. Attributions ("300 reported dead", "300 are said to have died") are not
#: among them: they say who counted, not that the count is uncertain.
BELIEFS: Final = frozenset(
    {
        *("feared", "presumed", "believed", "thought", "suspected", "assumed", "estimated"),
        *("expected", "projected", "predicted", "forecast", "anticipated", "rumoured"),
        *("rumored", "likely", "unlikely", "guessed", "reckoned"),
    }
)
#: Adverbs of doubt after a figure ("300 probably died", "300 people possibly killed").
DOUBT_ADVERBS: Final = frozenset(
    {
        *("perhaps", "maybe", "possibly", "probably", "likely", "potentially", "conceivably"),
        *("presumably", "apparently", "seemingly", "supposedly"),
    }
)
#: Nouns after two numbers that make them a tally of votes or a score, not a range
#: ("a 3-2 decision", "a 52-48 vote", "a 2-0 win"; :meth:`pwstats.parse` "_tally").
TALLY_NOUNS: Final = frozenset(
    {
        *("vote", "votes", "voting", "ballot", "decision", "decisions", "ruling", "verdict"),
        *("majority", "margin", "win", "wins", "victory", "defeat", "loss", "draw", "tie"),
        *("score", "scoreline", "tally", "split", "decree", "judgment", "judgement"),
        *("opinion", "thrashing", "rout", "drubbing"),
    }
)
#: Verbs right before two numbers, with no noun after them, that make them a tally or a
#: score ("passed 300-120", "won 3-2", "voted 300 to 120", "ruled 5-4").
TALLY_VERBS: Final = frozenset(
    {
        *("won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat"),
        *("beats", "beaten", "defeated", "defeats", "drew", "draws", "tied", "voted"),
        *("votes", "vote", "ruled", "rules", "passed", "passes", "approved", "approves"),
        *("adopted", "adopts", "rejected", "rejects", "carried", "upheld", "overturned"),
        *("confirmed", "endorsed", "backed", "elected", "led", "leads", "trailed", "trails"),
        *("trailing", "leading", "finished", "ended"),
    }
)
#: Verbs of intention, attempt, demand or offer: a figure shortly after one in its
#: clause is what was wanted, tried or asked, not what happened ("plans to free 300",
#: "failed to free 300", "demanded the release of 300", "offered 300").
INTENTIONS: Final = frozenset(
    {
        *("plan", "plans", "planning", "aim", "aims", "aimed", "aiming", "want", "wants"),
        *("wanted", "hope", "hopes", "hoping", "propose", "proposes", "proposed"),
        *("proposing", "offer", "offers", "offered", "offering", "demand", "demands"),
        *("demanded", "demanding", "seek", "seeks", "sought", "seeking", "request"),
        *("requests", "requested", "requesting", "try", "tries", "tried", "trying"),
        *("attempt", "attempts", "attempted", "attempting", "fail", "fails", "failed"),
        *("failing", "intend", "intends", "intending", "threaten", "threatens"),
        *("threatened", "threatening", "urge", "urges", "urged", "urging", "wish"),
    }
)
#: Words that make the clause after them a condition or a question: a figure right
#: after one is supposed, not reported ("if 300 are freed", "whether 300 were freed").
CONDITIONALS: Final = frozenset({"if", "unless", "whether", "provided", "suppose", "supposing"})
#: Words that make a figure a mean, not a count ("an average of 300", "averaging 300").
AVERAGES: Final = frozenset({"average", "averages", "averaging", "averaged", "mean", "median"})
#: Multipliers: a figure after one is the standard of a comparison, not the quantity
#: ("twice as many as 300", "three times more than 300", "double the 300").
MULTIPLIERS: Final = frozenset(
    {"twice", "thrice", "times", "double", "triple", "treble", "quadruple", "tenfold"}
)
#: Verbs of passing a threshold, whose number is the threshold, not the quantity: the
#: lexicon reads none of them ("passed 300", "pushing 300", "climbed past 300"), and each
#: also takes a count as its object ("passed 300 laws"), so the figure is left unread.
THRESHOLD_VERBS: Final = frozenset(
    {
        *("pass", "passes", "passed", "passing", "past", "cross", "crosses", "crossed"),
        *("crossing", "push", "pushes", "pushed", "pushing", "breach", "breaches"),
        *("breached", "breaching", "break", "breaks", "broke", "breaking", "eclipse"),
        *("eclipses", "eclipsed", "eclipsing", "overtake", "overtakes", "overtook"),
        *("overtaken", "overtaking", "outnumber", "outnumbers", "outnumbered", "beat"),
        *("beats", "beating", "touch", "touched", "touching"),
    }
)
#: Verbs of handing over whose "over" is their particle, never "more than", before a
#: count: "handed over 2-3 bodies" hands over two or three, "turned over 40 documents"
#: forty (neither verb takes a count without it; "handed back over 200" keeps the hedge).
HANDING_OVER: Final = frozenset(
    {*("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning")}
)
#: Verbs whose "over" before a count may be their particle or "more than": "took over 200
#: positions" (seized 200, or took more than 200?), "sent over 300 troops", "gave over
#: 300", "signed over 40", "went over 300 files", "ran over 12 people". pwstats cannot
#: tell, so the figure is unread.
OVER_PARTICLE: Final = frozenset(
    {
        *("take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given"),
        *("giving", "send", "sends", "sent", "sending", "sign", "signs", "signed"),
        *("signing", "go", "goes", "went", "gone", "going", "look", "looks", "looked"),
        *("looking", "run", "runs", "ran", "running", "bring", "brings", "brought"),
        *("bringing", "carry", "carries", "carried", "carrying", "ship", "ships"),
        *("shipped", "shipping", "fly", "flies", "flew", "flown", "flying"),
    }
)
#: Verbs whose "under" before a count may be their particle or "fewer than": "came under
#: 40 missile strikes" (struck 40 times) or "the toll came under 300" (below 300).
UNDER_PARTICLE: Final = frozenset({"come", "comes", "came", "coming"})
#: Nouns of a threshold, target or capacity: a number naming one ("the 300 mark", "a
#: target of 300", "a capacity of 300") is not a count of anything that happened.
THRESHOLD_NOUNS: Final = frozenset(
    {
        *("mark", "threshold", "milestone", "barrier", "benchmark", "ceiling", "cap"),
        *("limit", "target", "quota", "capacity", "goal", "objective", "aim", "cutoff"),
    }
)
#: Words after a figure, or after the noun it counts, that make it a rate ("300 a day",
#: "300 people per week", "300 each month") with a period of :data:`RATE_PERIODS`; "per"
#: makes a rate of anything ("300 per 100,000", "300 per household").
RATE_WORDS: Final = frozenset({"a", "an", "per", "each", "every", "a-day"})
RATE_PERIODS: Final = frozenset(
    {
        *("second", "minute", "hour", "day", "night", "week", "fortnight", "month"),
        *("year", "decade", "shift", "session", "weekday", "weekend"),
    }
)
#: Adverbs after a figure or its noun that make it a rate ("300 daily", "300 apiece").
RATE_ADVERBS: Final = frozenset(
    {"daily", "nightly", "weekly", "fortnightly", "monthly", "yearly", "annually", "hourly"}
    | {"apiece"}
)
#: Nouns of extent that make "in the ... of" an approximator, as "in the region of" is
#: (SNACS Approximator: "in the vicinity of", "on the order of"): "in the ballpark of
#: 500", "in the range of 300"; "in the wake of 300" names no extent.
EXTENT_NOUNS: Final = frozenset(
    {
        *("ballpark", "range", "area", "realm", "region", "vicinity", "neighbourhood"),
        *("neighborhood", "order", "zone", "territory", "magnitude", "scale", "bracket"),
        *("band", "environs", "scope"),
    }
)
#: Indefinite words glued to a number by a hyphen that make it vague in a way the
#: lexicon does not read ("300-something", "thirty-odd" is read: "-odd" is a marker).
INDEFINITE: Final = frozenset({"something", "somethings", "whatever", "some"})
#: Currencies: a number before one ("3.4 bln hryvnias", "5 million euros", "a 500-dollar
#: grant") or after a currency code ("USD 5 million") is an amount of money, not a count.
CURRENCIES: Final = frozenset(
    {
        *("dollar", "dollars", "euro", "euros", "pound", "pounds", "hryvnia", "hryvnias"),
        *("hryvnas", "rouble", "roubles", "ruble", "rubles", "yuan", "yen", "rupee"),
        *("rupees", "franc", "francs", "dinar", "dinars", "peso", "pesos", "lira"),
        *("usd", "eur", "gbp", "uah", "rub", "cny", "jpy", "chf", "bucks", "cents", "cent"),
        *("shekel", "shekels", "rial", "rials", "riyal", "riyals", "dirham", "dirhams"),
        *("naira", "rand", "kwacha", "shilling", "shillings", "taka", "baht", "lari"),
        *("manat", "tenge", "zloty", "zlotys", "zlotych", "zł", "koruna", "korun", "kč"),
        *("forint", "forints", "krona", "kronor", "krone", "kroner", "ringgit", "rupiah"),
        *("afghani", "afghanis", "cedi", "cedis", "birr", "leone", "leones", "quetzal"),
        *("quetzales", "reais", "sterling", "pence", "kopecks", "kopeks", "kopiyok"),
        *("centimes", "paise", "renminbi", "kyat", "riel", "lei", "leu", "denar", "denars"),
        *("bolivar", "bolivares", "guilder", "guilders", "lempira", "lempiras", "euro-cent"),
    }
)
#: Nouns of money after "in" ("300 million in aid", "5 billion in damages") and of a
#: price or sum before "of" ("a budget of 300 million", "a ransom of 300,000"): the
#: figure is an amount of money with its currency left unsaid, not a count. "Cost",
#: "price" and "value" are left out: "at the cost of 300 lives" is a count.
MONEY_NOUNS: Final = frozenset(
    {
        *("aid", "funding", "funds", "loans", "loan", "grants", "grant", "damages"),
        *("compensation", "reparations", "revenue", "revenues", "sales", "assistance"),
        *("investment", "investments", "cash", "credit", "credits", "bonds", "debt"),
        *("fines", "fine", "bail", "ransom", "wages", "pensions", "subsidies", "donations"),
        *("taxes", "tax", "budget", "salary", "payment"),
        *("payments", "spending", "financing", "profit", "profits", "bribes", "bribe"),
    }
)
#: ISO 4217 alphabetic codes of current currencies (ISO 4217:2015, "Codes for the
#: representation of currencies", list one as maintained by SIX), read as money before or
#: after a number when written in capitals ("INR 2 crore", "300 KES"). Codes that are
#: also English words or common abbreviations in capitals (ALL, CUP, TOP, TRY, PEN, ...)
#: are left out: "ALL 300 PASSENGERS" is a count.
CURRENCY_CODES: Final = frozenset(
    """AED AFN AMD ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN
    BZD CDF CHF CLP CNY COP CRC CUC CVE CZK DJF DKK DZD EGP ERN ETB EUR FJD FKP GBP GHS
    GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK
    MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PKR PLN PYG QAR RON RSD RUB RWF SAR
    SBD SCR SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TTD TWD TZS
    UAH UGX USD UYU UZS VES VND VUV XAF XCD XOF XPF YER ZAR ZMW ZWL""".lower().split()
)
#: Abbreviations of currencies written before the number, with or without a full stop
#: ("Rs. 5,000", "Rs 5,000", "Rp 50,000", "Tk 500", "KSh 300", "NIS 200").
CURRENCY_ABBREVIATIONS: Final = frozenset(
    {"rs", "rp", "tk", "ksh", "kshs", "dhs", "sfr", "kr", "nis", "inr", "rmb"}
)
#: Words near a short group of digits that make it a phone number ("call 555-0123").
PHONE_WORDS: Final = re.compile(
    r"(?i)\b(?:phone|telephone|tel|call|calls|called|hotline|helpline|fax|dial|mobile"
    r"|cell|contact|whatsapp|sms|text|number|line)\b[^.!?\n]{0,24}$"
)
#: Phone numbers: an international "+code", an area code in brackets, a group with a
#: leading zero, or three dash/dot-separated groups ("555-867-5309"), after a North
#: American trunk prefix 1 too ("1-800-555-0199": NANP, ITU-T E.164 country code 1).
PHONE: Final = re.compile(
    r"(?<![\w,.])(?:"
    r"\+[0-9]{1,3}(?:[ .-]?\(?[0-9]{1,4}\)?)(?:[ .-]?[0-9]{2,4}){2,4}"
    r"|\([0-9]{2,5}\)[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}"
    r"|0[0-9]{2,4}(?:[ .-][0-9]{3,4}){1,3}"
    r"|(?:1[ .-])?[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}"
    r")(?![\w])"
)
#: Words right before which a number is a phone number ("Dial 911", "hotline 1545").
PHONE_BEFORE: Final = frozenset(
    {"dial", "dials", "dialed", "dialled", "dialing", "dialling", "hotline", "helpline"}
    | {"telephone", "phone", "fax", "whatsapp", "sms", "tel"}
)
#: After "call", only an emergency number is a phone number ("call 911"; "call 300
#: reservists" is a count): ITU-T E.161.1 recommends 112 and 911; 999 is the UK's.
CALL: Final = frozenset({"call", "calls", "called", "calling", "ring"})
EMERGENCY_NUMBERS: Final = frozenset({"911", "112", "999"})


def is_currency_symbol(token: str) -> bool:
    """True for a one-character currency sign ("$", "£", "€", "₹"), Unicode category Sc.

    >>> is_currency_symbol("£"), is_currency_symbol("₴"), is_currency_symbol("%")
    (True, True, False)
    """
    return len(token) == 1 and unicodedata.category(token) == "Sc"


def is_comparison_symbol(token: str) -> bool:
    """True for a one-character mathematical symbol ("≳", "≪", "⩾"), Unicode category Sm.

    >>> is_comparison_symbol("≳"), is_comparison_symbol("a"), is_comparison_symbol("$")
    (True, False, False)
    """
    return len(token) == 1 and unicodedata.category(token) == "Sm"
