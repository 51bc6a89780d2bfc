"""Reported figures as words → exact intervals, under a reading.

:func:`parse` reads one figure ("almost 2,600", "more than 230", "hundreds",
"95%", "nearly two years", "[2500, 2600)") into an :class:`Amount`;
:func:`extract` finds every figure in a paragraph of prose. Every word comes
from the :mod:`pwstats.lexicon` table; this module only knows the grammar:
a figure is an optional hedge, a quantity (digits, number words, a share, a
range or a vague word), an optional hedge after it and an optional time unit.

Readings (see ``docs/lexicon.md``): ``"literal"`` is what the words entail,
``"pragmatic"`` what a careful reader takes them to mean, ``"lenient"`` the
hull of both.

>>> str(parse("almost 2,600").interval), str(parse("almost 2,600", reading="literal").interval)
('[2470, 2600)', '[0, 2600)')
>>> [(m.text, str(m.amount.interval)) for m in extract("the 49th. Exactly 230 returned at 5 p.m.")]
[('Exactly 230', '[230, 230]')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Final, Literal, NamedTuple, TypeAlias, get_args

import attrs

from pwstats import context
from pwstats.errors import ParseError
from pwstats.interval import Interval, Number
from pwstats.lexicon import (
    APPROXIMATE_AFTER,
    Hedge,
    Lexicon,
    Vague,
    granularity,
    halo,
    hedge_interval,
)
from pwstats.model import DEFAULT_CONFIDENCE
from pwstats.report import READINGS, Reading

__all__ = ["Amount", "AmountKind", "Locale", "Mention", "extract", "parse", "parse_each", "prepare"]

#: What kind of statement a figure is: a bare number ("2,600"), an exact one
#: ("exactly 230"), an approximate one ("about 3,000"), a lower or an upper
#: bound ("more than 230", "almost 2,600"), a range, a vague quantity
#: ("hundreds"), interval notation ("[2500, 2600)"), or, from :func:`extract`, a
#: number after words pwstats cannot read that might hedge it either way ("perhaps
#: 300"), which bounds nothing, or a statistical estimate with its confidence interval
#: ("480 (95% CI 350-610)"), which claims no hard bound.
AmountKind: TypeAlias = Literal[
    "bare",
    "exact",
    "approximate",
    "lower",
    "upper",
    "range",
    "vague",
    "interval",
    "unknown",
    "estimate",
]
#: How digits are grouped: ``"en"`` groups with ``,`` and marks decimals with
#: ``.``; ``"eu"`` (continental) groups with ``.`` and marks decimals with ``,``.
#: Both also group with a space, thin space, no-break space or apostrophe.
Locale: TypeAlias = Literal["en", "eu"]
LOCALES: Final[tuple[Locale, ...]] = get_args(Locale)

#: The longest digit run read as a number (longer runs are not figures).
MAX_DIGITS: Final = 30
#: Figures are below this in size ("1 trillion trillion trillion" is refused): the
#: magnitude limit, as many digits as :data:`MAX_DIGITS` allows.
MAX_MAGNITUDE: Final = 10**MAX_DIGITS
#: The longest text :func:`parse` reads: one figure never needs more (use :func:`extract`).
MAX_TEXT: Final = 10_000
#: Numbers said before a scale word are below this ("250 million"; a thousand million is
#: a billion), so a range's lower end below it that names no scale shares its upper end's
#: ("3-2 million" is inverted); "500,000-2 million" keeps its lower end as written.
_MANTISSA_BELOW: Final = 1000

_SPACES: Final = " \u00a0\u2009\u202f'’"
#: The mark that groups digits under each locale, and the one that marks decimals.
_GROUP_MARK: Final[dict[Locale, str]] = {"en": ",", "eu": "."}
_DECIMAL: Final[dict[Locale, str]] = {"en": ".", "eu": ","}
#: A number token: digits joined by the group mark however they are grouped, as one
#: token (a misgrouped "2,600,00" is one token that :meth:`_Scanner.digits` refuses, never
#: "2,600" and "00"); digits grouped in threes by a space-like mark; or plain digits.
_NUMBER: Final[dict[Locale, str]] = {
    loc: rf"[0-9]+(?:{re.escape(g)}[0-9]+)+(?:{re.escape(d)}[0-9]+)?"
    rf"|[0-9]{{1,3}}(?P<sep>[{_SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*(?![0-9])"
    rf"(?:{re.escape(d)}[0-9]+)?|[0-9]+(?:{re.escape(d)}[0-9]+)?"
    for loc, g, d in ((loc, _GROUP_MARK[loc], _DECIMAL[loc]) for loc in LOCALES)
}
#: The whole part of a number whose digits are grouped as pwstats reads them: in threes
#: (2,600,000; BIPM, The International System of Units, 9th ed. (2019), 5.4.4), or in
#: English the Indian way, the last three digits and then pairs (2,60,000 is 260,000, one
#: lakh is 1,00,000 and one crore 1,00,00,000: the Indian numbering system, as the Reserve
#: Bank of India and the Government of India print amounts). Any other grouping
#: ("2,600,00", "26,00") is a number pwstats cannot read.
_WELL_GROUPED: Final[dict[Locale, re.Pattern[str]]] = {
    "en": re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"),
    "eu": re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+"),
}
#: Superscript digits: a footnote marker after a number or a mark ("killed 300¹",
#: "displaced.²³"), which the tokens leave out; after a letter they stay part of its word
#: ("km²", "m³"), and no word starts with one.
_SUPERSCRIPTS: Final = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_TOKEN: Final[dict[Locale, re.Pattern[str]]] = {
    loc: re.compile(
        rf"(?P<n>{pattern})|(?P<w>[^\W\d_{_SUPERSCRIPTS}][^\W\d_]*)"
        rf"|(?P<f>[{_SUPERSCRIPTS}]+)|(?P<s>\S)"
    )
    for loc, pattern in _NUMBER.items()
}
_GROUPING: Final[dict[Locale, dict[int, int | None]]] = {
    "en": str.maketrans("", "", "," + _SPACES),
    "eu": str.maketrans("", "", "." + _SPACES),
}
#: Dates and times written with digits only: never figures.
#: Ratios, scores and clock times written with colons ("3:1", "10:30", "2:45:10") too.
_NUMERIC_DATE: Final = re.compile(
    r"(?<![0-9])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"
    r"|[0-9]+(?::[0-9]+)+)(?![0-9])"
)
_DATE_HINT: Final = re.compile(r"[0-9][-/.:][0-9]")
_EXACT: Final = r"[+-]?[0-9]{1,30}(?:\.[0-9]{1,30})?(?:/[0-9]{1,30})?"
#: The way :attr:`pwstats.Figure.statement` writes numbers and low/high figures:
#: "-5", "1/3", "200–250 (best 230)", "?–250", "200–?". Exact, like interval notation; a
#: "p/q" only as docs/lexicon.md reads a slash (a proper fraction up to tenths).
_STATEMENT: Final = re.compile(
    rf"\s*(?:(?P<one>{_EXACT})|(?P<lo>{_EXACT}|\?)\s*–\s*(?P<hi>{_EXACT}|\?)"
    rf"(?:\s*\(best\s+(?P<best>{_EXACT})\))?)\s*"
)
#: Interval notation, read by :meth:`Interval.parse` ("[2500, 2600)", "(230, +inf)").
_NOTATION: Final = re.compile(r"\s*[\[(]\s*[+-]?(?:inf|[0-9])[^\[\]()]*[\])]\s*")
_MONTH_NAMES: Final = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_MONTHS: Final = frozenset(_MONTH_NAMES.split())
_YEAR_WORDS: Final = (
    "in since of by until till from before after during early late mid year years the"
    " spring summer autumn fall winter end start beginning its their his her our this s"
)
#: Nouns after which a four-digit number from 1800 to 2100 is a year used as a modifier
#: ("below 2020 levels", "its 2024 report"), even after a hedge.
_YEAR_NOUNS: Final = frozenset(
    {
        *("levels", "level", "figures", "figure", "numbers", "rates", "rate", "report"),
        *("reports", "census", "election", "elections", "budget", "season", "war"),
        *("peak", "total", "totals", "estimate", "estimates", "survey", "data", "edition"),
        *("appeal", "invasion", "offensive", "campaign", "agreement", "deal", "accord"),
        *("plan", "policy", "summit", "protests", "uprising", "crisis", "floods"),
        *("earthquake", "strategy", "review", "study", "poll", "vote", "referendum"),
    }
)
#: Words after which a four-digit number from 1800 to 2100 is a year, not a count.
_YEAR_CONTEXT: Final = _MONTHS | frozenset(_YEAR_WORDS.split()) | {"through", "throughout"}
#: Words of time before a year that keep it a year before "to" and a count ("from 1,200
#: in 2022 to 3,000": the year of the first figure, never the range [2022, 3000]).
_TIME_BEFORE_YEAR: Final = _MONTHS | frozenset(
    {"in", "since", "by", "until", "till", "before", "after", "during", "through", "throughout"}
)
#: Words after a year that say it is one after "to" ("300 to 2023 in all").
_TIME_AFTER_YEAR: Final = _TIME_BEFORE_YEAR | frozenset({"when", "and", "or", "as", "at", "on"})
#: Verbs after which a four-digit number from 1800 to 2100 that starts a sentence, or
#: follows "for", is a year: "2022 was the worst year", "the figure for 2023 was 1,203".
_YEAR_VERBS: Final = frozenset(
    {"was", "saw", "has", "had", "is", "will", "brought", "marked", "became", "proved"}
    | {"remains", "remained", "ended", "began", "witnessed", "showed", "shows", "stood"}
)
#: Words after which a year, before a verb of :data:`_YEAR_VERBS`, is a clause's subject
#: or the year a figure is for ("said 2023 saw", "that 2022 was", "for 2023 was").
_YEAR_SUBJECT: Final = frozenset({"for", "said", "says", "say", "that"})
#: Hedge words that are also a particle of the verbs before them ("took over 200",
#: "came under 40 strikes"): after one of those verbs the figure is unread.
_PARTICLE_VERBS: Final = {"over": context.OVER_PARTICLE, "under": context.UNDER_PARTICLE}
#: Units of time: "over" before a duration may say "during" ("300 died over 3 days").
_TIME_UNITS: Final = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
#: Words after which "over" before a duration says "more than" ("held for over 3 days").
_OVER_A_TIME: Final = frozenset(
    {
        *("for", "after", "than", "in", "within", "of", "lasted", "lasting", "lasts", "last"),
        *("took", "takes", "take", "taken", "taking", "spent", "spend", "spends", "spending"),
    }
)
#: Words before a vague word that make it a band ("in the hundreds", "the low thousands").
_BAND_WORDS: Final = frozenset({"the", *("low", "lower", "mid", "middle", "high", "upper")})
#: The last word of a hedge that also says "until" before a year ("up to 2023").
_UNTIL: Final = frozenset({"to", "until", "till", "through"})
#: Words that join a year to the next in a list ("2019 and 2020", "2019, 2020").
_YEAR_LIST: Final = frozenset({"and", "or", "&", ",", "to"})
#: Marks after which a token starts a sentence or a clause.
_SENTENCE_START: Final = frozenset(".!?;:\"“‘'([")
#: The longest span a year and a later one in two digits name ("2023-24", "1939-45",
#: "1914-18"): as a range of counts each is inverted, so it can only be years.
_FISCAL_SPAN: Final = 30
#: Label words after which a number names a thing, not a count ("Article 5", "Resolution
#: 1325"), in any case; "Building" (also a verb: "building 4 houses") only with a capital.
_LABELS: Final = context.LABELS
_CAPITAL_LABELS: Final = context.CAPITAL_LABELS
#: Words after which digits grouped by a space are two numbers, not one: a day and a
#: count ("March 16 300 people"), a name and a count ("Brigade 72 300 men").
_SPLIT_AFTER: Final = _MONTHS | _LABELS | _CAPITAL_LABELS
#: Words before which a number, and a list of them ("aged 7 and 9"), is an age.
_AGE_BEFORE: Final = frozenset({"aged", "age", "ages"})
#: Words that join an age to the next in a list of ages or a span of them ("aged 7 and
#: 9", "aged 6 months to 15 years").
_AGE_JOINS: Final = frozenset({",", "and", "or", "to"})
#: Words before a lower-case "week" that make the number after it the week's number in a
#: calendar of reports ("epidemiological week 32", "in week 41", "weeks 30 to 32"), not
#: a count; "Last week 300 fled" and "a week 300 died" count.
_WEEK_OPENERS: Final = frozenset(
    {"epidemiological", "epi", "reporting", "iso", "calendar", "in", "during", "since"}
    | {"until", "till", "through", "from", "between", "by", "of", "to", "and", "("}
)
#: Words before a singular "week" that also make its number a week's ("compared with
#: week 40", "for week 32"); "for weeks 300 waited" counts.
_WEEK_COMPARED: Final = frozenset({"with", "than", "vs", "versus", "on", "at", "for", "over"})
#: The most tokens of a number in words that a number in brackets restates ("three
#: hundred and twenty-five (325)").
_RESTATE_REACH: Final = 8
#: Words that join a label's numbers in a list ("paragraphs 4, 5 and 6").
_LABEL_JOINS: Final = frozenset({",", "and", "or", "&"})
#: Words for a week before its number ("week 32", "weeks 30 to 32", "wk 12").
_WEEK_WORDS: Final = frozenset({"week", "weeks", "wk", "epiweek", "epiweeks"})
#: Eras written after a year ("1200 BC", "300 BCE", "70 AD", "70 CE"), in capitals.
_ERAS_AFTER: Final = frozenset({"bc", "bce", "ad", "ce"})
#: Events of a race after a distance in metres ("the 400m hurdles", "the 100m final"):
#: the m is metres, not million.
_RACES: Final = frozenset(
    {"hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay"}
    | {"relays", "sprint", "final", "finals", "race", "dash", "heat", "heats", "steeplechase"}
    | {"individual", "semifinal", "semi"}
)
#: Units of measurements that are not counts ("15 km", "-5 degrees", "30 kg").
_MEASURES: Final = frozenset(
    {
        *("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles"),
        *("metre", "metres", "meter", "meters", "cm", "mm", "ft", "foot", "feet"),
        *("kg", "kgs", "kilogram", "kilograms", "gram", "grams", "tonne", "tonnes", "ton", "tons"),
        *("degree", "degrees", "°", "litre", "litres", "liter", "liters", "hectare", "hectares"),
        *("km²", "km2", "m²", "m2", "m³", "m3", "sq", "square", "acres", "acre", "mph"),
        *("kph", "kmh", "ha"),
        # points of a score or a poll, and of a rate ("27 points", "50 basis points")
        *("points", "pts", "basis", "percentage", "bps", "pp"),
    }
)
#: How a clock time ends ("5 p.m.", "10 am", "5 o'clock"), as tokens.
_CLOCK: Final = (("a", ".", "m"), ("p", ".", "m"), ("am",), ("pm",), ("o", "'", "clock"))
_CLOCK_START: Final = frozenset(marker[0] for marker in _CLOCK)
#: Hyphens and dashes: hyphen-minus, en and em dash, and the Unicode hyphen, non-breaking
#: hyphen, figure dash, horizontal bar and minus sign, which typesetting also puts between
#: the ends of a range ("200−300", "200‒300"). A minus glued before a number alone is a
#: sign (:data:`_MINUS`).
_DASHES: Final = frozenset("-–—\u2010\u2011\u2012\u2015\u2212")
#: Signs that make the number glued after them negative ("-300", "−40").
_MINUS: Final = frozenset("-−")
#: Every token before or after a figure that can make it no count (a quick first test).
_BEFORE_NOT_COUNT: Final = (
    _LABELS
    | _CAPITAL_LABELS
    | _AGE_BEFORE
    | context.PEOPLE
    | context.CURRENCIES
    | context.PHONE_BEFORE
    | context.CALL
    | context.AGE_COPULAS
    | {"of", "minus", "day", "week", "as", "at", "are", "were", "youngest", "oldest", "eldest"}
    | {"a", "an", "no", "per", "ad", "counts"}
    | _WEEK_WORDS
    | {"ew"}
)
#: Types of a figure's numbers that a count without a scale word may have (none said, or
#: whole): one with decimals counts no whole thing ("the quake measured 7.8").
_WHOLE: Final = frozenset({int, type(None)})
#: Verbs of change that take no object: a number right after one is by how much ("rose
#: 24%", "fell 300"), not a level ("rose to 24%") nor what was changed ("cut 300 jobs").
_CHANGED: Final = frozenset(
    {
        *("rose", "risen", "rises", "rising", "fell", "fallen", "falls", "falling", "grew"),
        *("grown", "grows", "growing", "jumped", "climbed", "declined", "surged", "soared"),
        *("slumped", "plunged", "tumbled", "shrank", "shrunk", "swelled", "increased"),
        *("decreased", "spiked", "dipped", "edged", "contracted", "slipped", "slid", "sank"),
        *("widened", "narrowed"),
    }
)
#: Marks after which "up" or "down" before a number says a change ("…, up 55%").
_CHANGE_OPENERS: Final = frozenset({",", "(", "—", "–", ";"})
#: Words after "a" and a number in digits that make the article "one" ("a 1,000 of its
#: soldiers", "a 100 or so"): a count, not a name.
_ARTICLE_AS_ONE: Final = frozenset({"of", "or", "to", "plus", "odd"})
#: Nouns whose "of" and a number make the number a multiplier ("by a factor of 3").
_FACTOR_NOUNS: Final = frozenset({"factor", "multiple"})
_AFTER_NOT_COUNT: Final = (
    _DASHES
    | _MEASURES
    | _CLOCK_START
    | context.CURRENCIES
    | context.NAMED_AFTER
    | {"old", "olds", "of", "times", "y"}
    | _ERAS_AFTER
)
#: Words after "300m" that make the m metres, not million ("300m long", "300m from the
#: border", "a 300m-long convoy").
_DIMENSIONS: Final = frozenset(
    {"long", "wide", "high", "deep", "tall", "thick", "away", "from", "across", "along"}
    | {"below", "above", "beneath", "underground", "offshore", "inland", "ahead", "behind"}
    | {"apart", "radius", "short", "off", "north", "south", "east", "west", "up", "down"}
)
#: Every token right after a figure that can make it no count: the quick test's one set.
_AFTER_MAYBE_NOT_COUNT: Final = _AFTER_NOT_COUNT | _DIMENSIONS | _RACES | {"m"}
#: Words after "N times" that make it a multiplier ("three times as many", "five times
#: more than", "twice the"), not a count.
_MULTIPLIED: Final = frozenset(
    {"as", "more", "less", "fewer", "higher", "greater", "larger", "bigger", "the", "that"}
    | {"what", "over", "lower", "smaller", "bigger"}
)
#: Words after "half as" that make a share a multiplier ("half as many as 300").
_AS_MUCH: Final = frozenset({"many", "much", "few", "little", "large", "big", "high", "long"})
#: Nouns for a parent, after which "of n" is the number of their children ("a mother of
#: three"), not an age and not a count of the event.
_PARENTS: Final = frozenset({"mother", "father", "grandmother", "grandfather", "parent"})
#: Particles after "turned n" that make it a verb of moving a count ("turned 300 away").
_TURNED_PARTICLES: Final = frozenset({"away", "back", "over", "into", "out", "around", "down"})
#: Words after "a day", "a week" that make it a time, not a rate ("300 a day earlier").
_TIME_REFERENCE: Final = frozenset(
    {"after", "before", "earlier", "later", "ago", "prior", "previously", "since", "or"}
)
#: Words before "a day", "daily" that make it a time or a description, not a rate ("300
#: in a day", "300 within a week").
_NOT_RATE_BEFORE: Final = frozenset({"in", "within", "for", "during", "over", "inside", "of"})
#: Words between a modal and the verb before a figure ("may have killed 300", "could
#: well reach 300", "might not be 300").
_AUXILIARY: Final = frozenset(
    {"have", "be", "been", "also", "still", "even", "soon", "eventually", "well", "easily"}
    | {"yet", "now", "already", "ultimately", "quickly", "rise", "climb", "reach"}
)
#: Words of :data:`pwstats.context.CHANGE_WORDS` after which "by" names no change ("went
#: by 300", "by by").
_NOT_CHANGED_BY: Final = frozenset({"by", "up", "down", "went"})
#: One-letter suffixes that, spaced from the number, may be a unit as well as a scale ("300
#: m people": million or metres?): the figure is left unread.
_SPACED_SUFFIXES: Final = frozenset({"m", "k", "b"})
#: Time zones and words after four digits that make them a time of day ("1700 GMT").
_TIME_ZONES: Final = frozenset(
    {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt"}
    | {"pst", "pdt", "ist", "hours", "hrs", "zulu", "z"}
)
#: Prepositions before "15.30" that make it a time of day, not a decimal.
_AT_A_TIME: Final = frozenset({"at", "by", "until", "till", "before", "after", "from", "since"})
#: Words after "per" that make it no rate: a share ("per cent") or "according to" ("300
#: per the agreement").
_NOT_PER: Final = frozenset({"cent", "centum", ""}) | context.DETERMINERS
#: Characters after which a capitalised word may open a sentence, a quote, an item of a
#: list or a heading ("Killed: Three", "(Three of them)", "- Three soldiers").
_TITLE_OPENERS: Final = frozenset(".!?;:\"“”‘’'([{)]}\n\r-–—•*>|")
#: Quote marks glued to a word inside a figure's noun phrase ("50 or 100 ‘special’
#: individuals a month"): the scan for a hedge or a rate after the noun reads past them.
_WORD_QUOTES: Final = frozenset("‘’“”\"'")
#: Opening marks glued before a list number ("“49. Exactly 230", "(2) Russia").
_LIST_OPENERS: Final = frozenset("\"“‘'([")
#: How many tokens from a figure a rate said in its clause may stand ("300 people were
#: killed per day", "Every week some 300 die").
_RATE_REACH: Final = 6
#: Words that start another clause or a time reference, past which a rate is not the
#: figure's ("300 died and 40 fled each day", "300 died after a week").
_RATE_STOP: Final = frozenset(
    {"and", "but", "or", "while", "when", "whereas", "which", "who", "that", "after"}
    | {"before", "since", "until", "because", "if", "as", "than", "in", "within", "for"}
    | {"over", "during", "of", "on"}
)
#: Words that start another clause, past which a modal or a belief is not the figure's
#: ("300 died and 40 may have fled", "300 fled, which may explain ...").
_MODALITY_STOP: Final = frozenset(
    {"and", "but", "or", "while", "when", "whereas", "which", "who", "whom", "whose", "that"}
    | {"after", "before", "since", "until", "because", "if", "as", "than", "though"}
    | {"although", "where", "so", "nor"}
)
#: Words after a modal that make it say what may be so, not what is allowed or was
#: possible ("300 may have died", "300 could be dead"; "300 people may apply" is a limit).
_EPISTEMIC_AFTER_MODAL: Final = (
    frozenset({"have", "be", "well", "already", "still", "now", "yet", "also", "all"})
    | context.DOUBT_ADVERBS
)
#: Words before a figure that make it an increment ("another 300", "a further 300").
_INCREMENT_BEFORE: Final = frozenset({"another", "further", "additional", "extra"})
#: Words after a figure's number that make it an increment ("300 more", "300 extra").
_INCREMENT_AFTER: Final = frozenset({"more", "additional", "extra", "further"})
#: Words between a tally noun and the numbers it names ("the vote was 120-300", "a
#: margin of 3-2", "the final score stood at 1-2").
_TALLY_LINKS: Final = frozenset(
    {"of", "was", "is", "were", "stood", "at", "ended", "finished", "final", "being"}
)
#: Words after a tally that leave no noun for it to count ("passed 300-120 on Tuesday").
_TALLY_AFTER: Final = frozenset(
    {"on", "in", "at", "after", "before", "with", "against", "for", "over", "by", "to"}
    | {"last", "this", "yesterday", "today", "tonight", "earlier", "later", "overall"}
)
#: Forms of "be" before a participle of belief ("300 are feared dead").
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "now", "still"})
#: Pronouns after a verb, whose subject the figure is ("300 people feared it").
_PRONOUNS: Final = frozenset(
    {"it", "they", "them", "he", "him", "she", "her", "we", "us", "you", "i", "me", "this"}
    | {"that", "these", "those", "there", "their", "his", "its", "our", "my", "your"}
)
#: Superlatives of age whose number after a copula is an age ("the oldest was 64").
_AGE_SUPERLATIVES: Final = frozenset({"youngest", "oldest", "eldest"})
#: Pronouns after "At n," at a sentence's start that make n an age ("At 16, he enlisted").
_AGE_PRONOUNS: Final = frozenset({"he", "she", "i", "they", "we", "you"})
#: Closing marks after a number given as an age beside a name ("Jones, 64," "Smith (64)").
_AGE_CLOSE: Final = frozenset({",", ".", ";", ")", ":"})
_OPENERS: Final = frozenset("\"“”„‘’'«»‹›([{")
_NOT_COUNT_BEFORE: Final = frozenset("$€£¥₴₽₹/_#@=&?")
#: The scanner's unit for a number whose text names none; :func:`parse` replaces it with
#: its ``unit`` argument. Never a unit name: the lexicon's unit words are not empty.
_UNNAMED: Final = ""
_SHARE: Final = "dimensionless"


@attrs.frozen
class Amount:
    """A figure read under a reading: an interval in a unit, and what was said.

    ``interval`` is what the words mean under ``reading``; ``unit`` is
    ``"dimensionless"`` for shares (fractions of 1: "95%" is 19/20), a time
    unit ("day", "month", "year", ...) for durations, and for a number whose
    text names no unit the ``unit`` given to :func:`parse` (``"person"``
    unless told otherwise). ``text`` is the figure as given, ``hedge`` the
    hedge or vague word found (lower-case, e.g. ``"almost"``, ``"more than"``, ``"hundreds"``),
    ``nominal`` the number as said (2600 for "almost 2,600"; None for a range
    and for a vague word, which says no number, so a nominal always lies in the
    literal interval), ``code`` a vague word's point code, the conservative
    count conflict-data coders record for it (ACLED codes "hundreds" 100, below
    its interval [200, 999]; None for every other kind) and ``kind`` what sort
    of statement it is. ``increment`` names the words that make the figure
    an increment over an earlier count ("another", "a further", "an additional",
    "more" in "300 more"), else None: the interval is the increment's, never the
    running total's, and a user adding it to a total must know which total.

    >>> parse("another 300").increment, str(parse("300 more").interval)
    ('another', '[270, 330]')

    >>> a = parse("more than 230 prisoners")
    >>> a.interval, a.hedge, a.nominal, a.kind
    (Interval.parse('(230, 253]'), 'more than', 230, 'lower')
    >>> v = parse("dozens")
    >>> str(v.interval), v.nominal, v.code
    ('[24, 119]', None, 12)

    An estimate found by :func:`extract` ("480 (95% CI 350-610)") has ``kind``
    ``"estimate"``: ``nominal`` is its best value (None when only the interval is
    given), ``interval`` its interval ``[low, high]`` at ``confidence`` (an exact
    fraction; 19/20 when the words give no level). Its interval is what the
    estimate makes probable, not a hard bound, as for a figure of
    ``basis="estimate"``. ``confidence`` is None for every other kind.
    """

    interval: Interval
    unit: str
    text: str
    hedge: str | None
    nominal: Number | None
    reading: Reading
    kind: AmountKind = attrs.field(default="bare", kw_only=True)
    increment: str | None = attrs.field(default=None, kw_only=True)
    confidence: Fraction | None = attrs.field(default=None, kw_only=True)
    code: Number | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Mention:
    """One figure found in prose: its character span, its words, and what it reads as.

    >>> m = extract("Russia holds 3,000 defenders and 28,000 civilians.")[1]
    >>> m.span, m.text, m.amount.nominal
    ((33, 39), '28,000', 28000)
    """

    span: tuple[int, int]
    text: str
    amount: Amount
    #: Words before or after the figure, as written, that modify its number and that the
    #: lexicon cannot read ("perhaps", "a probable", "≳", "not even", "at least" in "300
    #: people at least partly"), or the figure itself when its digits cannot be read
    #: ("2,600,00"), else None; see :func:`extract`.
    unread: str | None = attrs.field(default=None, kw_only=True)
    #: The noun the figure counts, as written: the first plural noun (or known noun) in
    #: the few words right after its number, past "of" and a determiner, capitalised
    #: words, codes and "more" ("300 Ukrainian prisoners", "12 T-72 tanks", "hundreds of
    #: civilians" count "prisoners", "tanks", "civilians"); "" when none follows ("300
    #: fled", "300 in Kyiv"). What the text counts, where ``amount.unit`` for a number
    #: whose text names no unit is only the ``unit`` assumed (:func:`extract`).
    noun: str = attrs.field(default="", kw_only=True)


# -- estimates with a confidence interval ---------------------------------------------------

#: A confidence level said before an interval's name: "95%", "90 per cent".
_CI_LEVEL: Final = r"(?P<level>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:%|per\s?cent\b)\s*"
#: The names of a statistical interval: confidence, credible or uncertainty interval.
_CI_NAME: Final = (
    r"(?:CI|CrI|UI|C\.I\.|(?:confidence|credible|credibility|uncertainty)\s+(?:interval|int\.))"
)
#: A number in an interval: at most seven groups of digits, so that a run of "1,1,1,..."
#: with no bracket closing it cannot be split every way (the search stays linear).
_CI_NUMBER: Final = r"[0-9]+(?:[.,'\u00a0\u2009\u202f][0-9]+){0,6}"
#: An interval in brackets after an estimate's best value: "(95% CI 350-610)", "(95% CI:
#: 350 to 610)", "[95% confidence interval 793, 8498]", "(CI 350–610)".
_CI_BOUNDS: Final = re.compile(
    rf"[(\[]\s*(?:{_CI_LEVEL})?{_CI_NAME}\s*(?:[:,=]\s*|of\s+|from\s+)?"
    rf"(?P<low>{_CI_NUMBER})\s*(?:[-–—]|to\b|,)\s*(?P<high>{_CI_NUMBER})\s*[)\]]",
    re.IGNORECASE,
)
#: The name of an interval in brackets after a range: "between 350 and 610 (95% uncertainty
#: interval)".
_CI_AFTER_RANGE: Final = re.compile(rf"[(\[]\s*(?:{_CI_LEVEL})?{_CI_NAME}\s*[)\]]", re.IGNORECASE)
#: What may stand between an estimate's best value and its bracket: the noun it counts.
_CI_GAP: Final = re.compile(r"[^\S\n]*(?:[A-Za-z-]+[^\S\n]+){0,3}", re.IGNORECASE)


# -- the recogniser ---------------------------------------------------------------------


class _Quantity(NamedTuple):
    """A number, share or ratio read from tokens ``[start, end)``."""

    value: Number
    unit_g: Number | None  # granularity; None for ratios and fraction words
    end: int
    unit: str  # _UNNAMED or "dimensionless"
    whole: bool  # a part of a whole: never above 1
    scale: Number  # the multiplier of a scale word or suffix ("million"), else 1
    share: bool  # a percentage, ratio or fraction
    year: bool  # four plain digits from 1800 to 2100
    ordinal: bool
    words: bool  # written in words


class _Figure(NamedTuple):
    """A recognised figure: tokens ``[start, end)`` and what is needed to read it."""

    start: int
    end: int
    kind: AmountKind
    nominal: Number | None
    unit_g: Number | None
    unit: str
    whole: bool
    hedge: Hedge | None = None
    hedge_text: str | None = None
    vague: Vague | None = None
    low: Number | None = None
    high: Number | None = None
    #: A compound's readings: the hull of its parts ("roughly 1,000 to 2,000", "200-300+")
    #: or, with ``meet``, their intersection ("more than 40 but fewer than 60").
    parts: tuple[_Figure, ...] = ()
    meet: bool = False
    #: Set when the figure's number is ambiguous ("8-10,000": 8 or 8,000?): the words
    #: :func:`extract` names in :attr:`Mention.unread`, its interval bounding nothing.
    unread: str | None = None
    #: Words after the figure that may hedge it but that pwstats cannot place ("300
    #: people at least partly", "300-something"): the token they start at and the words.
    tail: tuple[int, str] | None = None
    #: Said with a scale word or suffix ("11.2 million", "3.75m"): rounded to its last
    #: digit's place of the scale however many digits it has, so a bare one has a halo.
    scaled: bool = False


class _Skip(NamedTuple):
    """Tokens ``[start, end)`` that look numeric but are not a figure (a date, a year, a name).

    ``unread`` is set for a figure pwstats cannot read ("2,600,00"): :func:`parse`
    refuses it and :func:`extract` gives it as a mention that bounds nothing,
    naming these words in :attr:`Mention.unread`.
    """

    start: int
    end: int
    why: str
    unread: str | None = None
    #: A scale given for the figures after it ("(thousands)", "(in millions)", "000s"):
    #: :func:`extract` marks those figures unread, :func:`parse` refuses them.
    header: bool = False


def _norm(x: Fraction) -> Number:
    return x.numerator if x.denominator == 1 else x


def _fraction_count(value: Fraction, scale: int, end: int, *, words: bool = True) -> _Quantity:
    """``value`` × ``scale`` said with a fraction word ("a third of a million"), ending at ``end``.

    ``words`` is false when the count starts with digits ("1 and a half million").

    A count that comes out whole is as precise as the same number in digits
    ("one and a half million" as "1.5 million"); one that does not is precise
    to the fraction of the scale it names (a third of a million, to a third of
    a million), and when that is a whole unit or coarser :func:`_interval`
    reads it as the whole numbers around it.
    """
    count = _norm(value * scale)
    step = granularity(count, 0) if isinstance(count, int) else Fraction(scale, value.denominator)
    return _Quantity(count, step, end, _UNNAMED, False, scale, False, False, False, words)


class _Scanner:
    """Tokens of one text and the grammar over them."""

    __slots__ = (
        *("dec", "ends", "gmark", "grp", "kinds", "lead", "lex", "n", "starts", "text"),
        *("decade_end", "prose", "toks", "well", "year_end"),
    )

    def __init__(self, text: str, lexicon: Lexicon, locale: Locale, *, prose: bool = False) -> None:
        self.text = text
        self.lex = lexicon
        self.prose = prose  # read for extract(): names and measures are skipped, not refused
        self.lead = -1  # the token a text given to parse() starts with: years are counts there
        self.dec = _DECIMAL[locale]
        self.grp = _GROUPING[locale]
        self.gmark = _GROUP_MARK[locale]
        self.well = _WELL_GROUPED[locale]
        self.year_end = -1  # the token after the last year skipped: a list of years goes on
        self.decade_end = -1  # the token after the last decade of counts: a list goes on
        kinds: list[str] = []
        toks: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        add_kind, add_tok, add_start, add_end = (
            kinds.append,
            toks.append,
            starts.append,
            ends.append,
        )
        excluded = _excluded_spans(text, prose=prose)
        for m in _TOKEN[locale].finditer(text):
            kind = m.lastgroup or "s"
            s, e = m.span()
            if kind == "f":
                continue  # a footnote marker: "300¹ people" is 300 people
            if excluded and _inside(excluded, s):
                kind = "x"  # part of a numeric date or time
            if kind == "n" and m.group("sep") and toks and toks[-1] in _SPLIT_AFTER:
                # "March 16 300 people", "Brigade 72 300 men": a day or a name, then a count
                cut = m.start("sep")
                for piece_start, piece_end in ((s, cut), (cut + 1, e)):
                    add_kind(kind)
                    add_tok(text[piece_start:piece_end])
                    add_start(piece_start)
                    add_end(piece_end)
                continue
            add_kind(kind)
            add_tok(m.group().lower() if kind == "w" else m.group())
            add_start(s)
            add_end(e)
        self.kinds = kinds
        self.toks = toks
        self.starts = starts
        self.ends = ends
        self.n = len(toks)

    # -- small helpers ---------------------------------------------------------------

    def glued(self, i: int) -> bool:
        """True when token ``i`` directly follows token ``i - 1`` (no space)."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def tok(self, i: int) -> str:
        return self.toks[i] if 0 <= i < self.n else ""

    def role(self, i: int) -> str | None:
        if i >= self.n or self.kinds[i] != "w":
            return None
        word = self.lex.single(self.toks[i])
        return None if word is None else word.role

    def word_value(self, i: int) -> Number:
        word = self.lex.single(self.toks[i])
        assert word is not None
        assert word.value is not None
        return word.value

    # -- numbers -----------------------------------------------------------------------

    def digits(self, i: int) -> _Quantity | None:
        """A number written with digits at token ``i``, with its scale or suffix."""
        raw = self.toks[i]
        if self.misgrouped(i):
            return None
        body = raw.translate(self.grp)
        whole, _, frac = body.partition(self.dec)
        if len(whole) + len(frac) > MAX_DIGITS:
            return None
        if len(whole) > 1 and whole[0] == "0":
            return None  # "0123", "007": a code; counts are not written with leading zeros
        mantissa = int(whole + frac)
        decimals = len(frac)
        scale: Number = 1
        j = i + 1
        ordinal = False
        if (
            j < self.n
            and self.kinds[j] == "s"
            and self.glued(j)
            and (
                self.toks[j] == "_"
                or (
                    self.toks[j] == "/" and self.kinds[j + 1 : j + 2] == ["n"] and self.glued(j + 1)
                )
            )
        ):
            return None  # "10_000", "9/11", "5-812/2019": a code, not a count
        hyphened = (
            j + 1 < self.n
            and self.toks[j] in _DASHES
            and self.glued(j)
            and self.glued(j + 1)
            and self.kinds[j + 1] == "w"
            and self.role(j + 1) == "scale"
        )
        if hyphened:
            j += 1  # "1.5-million", "a 2-million-strong army": the scale after a hyphen
        if j < self.n and self.kinds[j] == "w":
            role = self.role(j)
            if self.glued(j) and not hyphened:
                if role == "suffix":
                    scale, j = self.word_value(j), j + 1
                elif role == "ordinal" and decimals == 0:
                    j, ordinal = j + 1, True
                elif (
                    role != "percent"
                    and self._vulgar(j) is None
                    and self.lex.suffix_hedge(self.toks, j) is None
                ):
                    return None  # letters glued to digits: a name such as "2S19" or "25mm"
            else:
                last: Number = 0
                while j < self.n and (
                    self.role(j) == "scale" or (self.role(j) == "suffix" and len(self.toks[j]) > 1)
                ):
                    step = self.word_value(j)
                    if step <= last:
                        break  # "1 bn bn": each scale word is larger than the one before
                    scale, last = scale * step, step
                    j += 1
        if decimals == 0 and type(scale) is int:
            value: Number = mantissa * scale
        else:
            value = _norm(Fraction(mantissa * scale, 10**decimals))
        g = granularity(mantissa, decimals, scale)
        year = (
            scale == 1
            and not ordinal
            and decimals == 0
            and len(raw) == 4
            and raw.isdigit()
            and 1800 <= mantissa <= 2100
        )
        return _Quantity(value, g, j, _UNNAMED, False, scale, False, year, ordinal, False)

    def misgrouped(self, i: int) -> bool:
        """True when number token ``i`` joins digits with the group mark in no way pwstats
        reads (:data:`_WELL_GROUPED`): "2,600,00" or "26,00" in English."""
        raw = self.toks[i]
        if self.kinds[i] != "n" or self.gmark not in raw:
            return False
        return self.well.fullmatch(raw.partition(self.dec)[0]) is None

    def number_words(self, i: int, *, one: bool = False) -> _Quantity | None:
        """A number written in words at token ``i`` ("two hundred and thirty", "a dozen").

        ``one`` reads a scale word at ``i`` as one of it, as if "a" stood before it
        (the "dozen" of "some dozen").
        """
        total = 0
        group: int | None = 1 if one else None
        last = "article" if one else ""
        j = i
        best: tuple[int, int] | None = None  # (value, end) at the last complete number
        while j < self.n and self.kinds[j] == "w":
            word = self.lex.single(self.toks[j])
            if word is None or word.value is None:
                if (
                    self.toks[j] == "and"
                    and last in ("hundred", "scale")
                    and self._number_word_next(j)
                ):
                    last = "and"
                    j += 1
                    continue
                break
            v = word.value
            if word.role == "article":
                if j != i or self.role(j + 1) != "scale":
                    break
                group, last = 1, "article"
                j += 1
                continue
            if not isinstance(v, int):
                break  # a user's word with a fractional value is not counted with
            if word.role == "number":
                if v < 10 and last in ("", "tens", "hundred", "scale", "and"):
                    group, last = (group or 0) + v, "unit"
                elif 10 <= v < 20 and last in ("", "hundred", "scale", "and"):
                    group, last = (group or 0) + v, "teen"
                elif v >= 20 and last in ("", "hundred", "scale", "and"):
                    group, last = (group or 0) + v, "tens"
                else:
                    break
            elif word.role == "scale":
                if group is None or last in ("", "and"):
                    break
                if v < 1000:
                    if last in ("hundred", "dozen"):
                        break
                    # only "hundred" takes "and" ("a hundred and five"; "a dozen and
                    # fifteen" is two numbers)
                    group, last = group * v, "hundred" if v == 100 else "dozen"
                else:
                    if total and total < v * group:
                        break  # "a thousand million" is read as far as "a thousand"
                    total, group, last = total + group * v, None, "scale"
            else:
                break
            j += 1
            best = (total + (group or 0), j)
            if last == "tens" and self.tok(j) == "-" and self.glued(j) and self._unit_at(j + 1):
                j += 1  # "fifty-five"
            elif (
                last in ("unit", "teen", "tens")
                and self.tok(j) in _DASHES
                and self.glued(j)
                and self.glued(j + 1)
                and self.role(j + 1) == "scale"
            ):
                j += 1  # "three-hundred", "two-thousand": a scale word after a hyphen
        if best is None:
            return None
        value, j = best
        g = granularity(value, 0)
        return _Quantity(value, g, j, _UNNAMED, False, 1, False, False, False, True)

    def _number_word_next(self, j: int) -> bool:
        word = self.lex.single(self.tok(j + 1))
        return word is not None and word.role == "number"

    def _unit_at(self, j: int) -> bool:
        word = self.lex.single(self.tok(j))
        return (
            word is not None
            and word.role == "number"
            and word.value is not None
            and (0 < word.value < 10)
        )

    def number(self, i: int) -> _Quantity | None:
        if i >= self.n:
            return None
        kind = self.kinds[i]
        if kind == "n":
            if i == 0:
                return self.digits(i)
            before = self.toks[i - 1]
            if self.starts[i] == self.ends[i - 1]:
                if (
                    before in (",", ".")
                    and i >= 2
                    and self.kinds[i - 2] == "n"
                    and self.glued(i - 1)
                ):
                    return None  # "1.234,5", "1.234.567": the rest of a number read unread
                if (
                    before == "."
                    and i >= 2
                    and self.kinds[i - 2] == "w"
                    and self.glued(i - 1)
                    and self.toks[i - 2] not in context.ABBREVIATED_LABELS
                ):
                    return None  # "BA.5", "XBB.1.5": a code
                if self.kinds[i - 1] in ("w", "n") or (
                    before in _NOT_COUNT_BEFORE
                    and not (
                        before == "=" and (self.tok(i - 2) in ("<", ">") or not self.glued(i - 1))
                    )
                ):
                    return None  # "A320"; money, a path or an identifier ("$5", "/6437")
                if (
                    before in _DASHES
                    and i >= 2
                    and self.kinds[i - 2] == "w"
                    and self.glued(i - 1)
                    and self.role(i - 2) != "scale"
                    and not (
                        i >= 3
                        and self.role(i - 2) in ("suffix", "percent")
                        and self.kinds[i - 3] == "n"
                        and self.glued(i - 2)
                    )
                ):
                    return None  # "Su-25", "T-72": a model name; not "2 million-3 million"
            if before in ("№", "#") or (
                before == "." and self.tok(i - 2) in context.ABBREVIATED_LABELS
            ):
                return None  # "No. 2573", "p. 9", "pp. 3-7": a label, not a count
            return self.digits(i)
        if kind == "w":
            return self.number_words(i)
        return None

    def quantity(self, i: int, *, joined: bool = True) -> _Quantity | None:
        """A number, a percentage, a ratio ("10 out of 1,000") or a fraction ("a third").

        ``joined`` reads "and" and a fraction after a number as part of it ("one
        and a half million", :meth:`_mixed`); False where "and" joins the ends of
        a range ("between 200 and a quarter million").
        """
        if i >= self.n:
            return None
        role = None if self.kinds[i] == "n" else self.role(i)
        if role == "fraction":
            word = self.lex.single(self.toks[i])
            assert word is not None
            assert word.value is not None
            if word.standalone:
                after = joined and self.role(i - 1) == "article" and self._after_number_and(i - 1)
                return self._fraction(word.value, i + 1, after_number=after)
            return None
        if role == "article" and self.role(i + 1) == "fraction":
            after = joined and self._after_number_and(i)
            return self._fraction(self.word_value(i + 1), i + 2, after_number=after)
        if self.kinds[i] == "n" and self.tok(i + 1) == "/" and self.glued(i + 1):
            return self._slash(i)
        q = self.number(i)
        if q is None:
            return None
        if q.ordinal:
            return q
        if q.end < self.n and self.kinds[q.end] == "w":
            mixed = self._with_vulgar(q)
            if mixed is not None:
                return mixed
        if joined:
            q = self._mixed(i, q) or q
        j = q.end
        nxt = self.tok(j)
        found = self.lex.word(self.toks, j) if j < self.n else None
        if found is not None and found[0].role == "percent":
            word, end = found
            assert word.value is not None
            value = _norm(Fraction(q.value) * word.value)
            g = None if q.unit_g is None else _norm(Fraction(q.unit_g) * word.value)
            return _Quantity(value, g, end, _SHARE, False, 1, True, False, False, q.words)
        if (
            q.words
            and found is None
            and nxt == "-"
            and self.glued(j)
            and self.role(j + 1) == "fraction"
        ):
            j += 1
            nxt = self.tok(j)
            found = self.lex.word(self.toks, j)
        if found is not None and found[0].role == "fraction" and q.scale == 1:
            word, end = found
            assert word.value is not None
            value = _norm(Fraction(q.value) * word.value)
            if value <= 1:
                return self._fraction(value, end)
        if nxt == "-" and self.glued(j) and self.tok(j + 1) == "in" and self.glued(j + 1):
            j, nxt = j + 1, "in"  # "one-in-five"
        if nxt == "out" and self.tok(j + 1) == "of":
            k = j + 2
            ratio = self._ratio(q, k + 1 if self.tok(k) == "every" else k)
            if ratio is not None:
                return ratio
        if nxt == "in" and q.scale == 1:
            k = j + 1
            if self.tok(k) == "-" and self.glued(k):
                k += 1  # "one-in-five"
            ratio = self._ratio(q, k + 1 if self.tok(k) == "every" else k)
            if ratio is not None:
                return ratio
        if nxt == "of" and self.tok(j + 1) == "every" and q.scale == 1:
            ratio = self._ratio(q, j + 2)  # "one of every five"
            if ratio is not None:
                return ratio
        return q

    def _vulgar(self, j: int) -> Fraction | None:
        """The value of a one-character fraction at token ``j`` ("½", "¾"), else None."""
        if j >= self.n or self.kinds[j] != "w" or len(self.toks[j]) != 1:
            return None
        word = self.lex.single(self.toks[j])
        if word is None or word.role != "fraction" or not word.standalone:
            return None
        assert word.value is not None
        return Fraction(word.value)

    def _with_vulgar(self, q: _Quantity) -> _Quantity | None:
        """A whole number in digits and a one-character fraction: "1 ½ million", "1½"."""
        frac = self._vulgar(q.end)
        if frac is None or q.words or q.scale != 1 or type(q.value) is not int or q.year:
            return None
        scale, end = self._scales(q.end + 1, ("scale", "suffix"))
        return _fraction_count(q.value + frac, scale, end, words=False)

    def _slash(self, i: int) -> _Quantity | None:
        """A fraction written with a slash: "2/3", "3/4 million", "1/2 of them".

        Read when it is a proper fraction with a denominator of at most 10 (a
        share, or a count of the scale words after it); any other "p/q" ("9/11",
        "24/7", "5/2019") or one with a leading zero ("01/04") is a code, not a figure.
        """
        if self.kinds[i + 2 : i + 3] != ["n"] or not self.glued(i + 2):
            return None
        if self.dec in self.toks[i] or self.dec in self.toks[i + 2]:
            return None
        num, den = self.toks[i].translate(self.grp), self.toks[i + 2].translate(self.grp)
        if not (num.isdigit() and den.isdigit()) or len(num) > 2 or len(den) > 2:
            return None
        if num[0] == "0" or den[0] == "0":
            return None  # "01/04" (as in "ICC-01/04-01/06"): a code
        p, q = int(num), int(den)
        if not 0 < p < q <= 10 or self.tok(i + 3) == "/":
            return None
        return self._fraction(Fraction(p, q), i + 3)

    def _ratio(self, q: _Quantity, k: int) -> _Quantity | None:
        whole = self.number(k)
        if whole is None or (whole.year and self.lead < 0) or whole.ordinal or whole.value <= 0:
            return None
        if q.value > whole.value:
            return None
        value = _norm(Fraction(q.value) / Fraction(whole.value))
        return _Quantity(value, None, whole.end, _SHARE, True, 1, True, False, False, q.words)

    def _fraction(self, value: Number, end: int, *, after_number: bool = False) -> _Quantity | None:
        """A fraction word's share, or a count of scale words after it.

        "half a dozen" is 6, "half a million", "a quarter million" and "three
        quarters of a million" are counts; "half", "a third of them" are shares.
        ``after_number`` (the fraction follows "and" after a number, which it could
        not join: "2.5 and a half million") allows the share but no count.
        """
        j = end + 1 if self.tok(end) == "of" else end
        if self.role(j) == "article":
            j += 1
        elif self.tok(j) == "-" and self.glued(j) and self.glued(j + 1):
            j += 1  # "a half-dozen"
        scale, j = self._scales(j, ("scale",))
        if scale == 1:
            return _Quantity(value, None, end, _SHARE, True, 1, True, False, False, True)
        if after_number:
            return None
        return _fraction_count(Fraction(value), scale, j)

    def _mixed(self, i: int, q: _Quantity) -> _Quantity | None:
        """The number ``q`` from token ``i`` and a fraction after "and", read as one number.

        Before scale words, a whole number and a fraction are their sum counted in
        the scale ("two and a half thousand" is 2,500); with none, their sum ("one
        and a half" is 3/2). After a number that ends in a scale word, the
        fraction is that share of the scale ("a million and a half" is 1,500,000).
        None when no fraction follows "and", or one of something else follows ("300
        and a third of them"). A fraction that cannot join the
        number before it ("2.5 and a half million", "a million and a half
        million") is an error in a text given to :func:`parse`, and in prose no
        figure (see :meth:`_after_number_and`): never "a half million" alone.
        """
        j = q.end
        if self.tok(j) != "and":
            return None
        part = self._fraction_part(j + 1)
        if part is None:
            return None
        fraction, k = part
        if self.tok(k) == "of":
            return None  # "300 and a third of them": a share of something else
        scale, end = self._scales(k, ("scale",))
        last = self.word_value(j - 1) if self.role(j - 1) in ("scale", "suffix") else 1
        year = q.year and i != self.lead
        if type(q.value) is int and type(last) is int and not year:
            if last == 1:  # "one and a half million", "one and a half"
                return _fraction_count(q.value + fraction, scale, end, words=q.words)
            if q.value % last == 0 and scale == 1:  # "a million and a half"
                return _fraction_count(q.value // last + fraction, last, end, words=q.words)
        if self.lead < 0:
            return None
        shown = self.text[self.starts[i] : self.ends[end - 1]]
        raise ParseError(
            f"{shown!r} is no number pwstats reads: a fraction after 'and' joins a whole"
            " number before scale words ('one and a half million') or follows a scale"
            " word ('a million and a half')",
            text=self.text,
            position=self.starts[j],
        )

    def _fraction_part(self, k: int) -> tuple[Fraction, int] | None:
        """A fraction below 1 at token ``k`` ("a half", "three quarters") and the index after."""
        if self.role(k) == "article" and self.role(k + 1) == "fraction":
            return Fraction(self.word_value(k + 1)), k + 2
        if self.role(k) != "number":
            return None
        j = k + 1
        if self.tok(j) == "-" and self.glued(j) and self.glued(j + 1):
            j += 1  # "three-quarters"
        if self.role(j) != "fraction":
            return None
        value = Fraction(self.word_value(k)) * self.word_value(j)
        return (value, j + 1) if 0 < value < 1 else None

    def _after_number_and(self, k: int) -> bool:
        """True when the article at token ``k`` follows "and" after a number ("2.5 and a").

        A fraction there belongs to the number before it (:meth:`_mixed`), so it
        never starts a count of its own: "one and a half million" is never read
        as "a half million".
        """
        if k < 2 or self.toks[k - 1] != "and":
            return False
        return self.kinds[k - 2] == "n" or self.role(k - 2) in ("number", "scale", "suffix")

    def _scales(self, k: int, roles: tuple[str, ...]) -> tuple[int, int]:
        """The product of the scale words at token ``k`` on, and the index after them.

        Each word has one of ``roles`` and a whole value larger than the word
        before it ("hundred thousand"; "thousand hundred" is read as far as
        "thousand"); with ``"plural"`` among ``roles``, each may follow an "of"
        ("dozens of thousands"). 1 and ``k`` when no scale word is there.
        """
        product = 1
        last = 1
        while k < self.n:
            j = k + 1 if "plural" in roles and self.toks[k] == "of" else k
            if self.role(j) not in roles:
                break
            value = self.word_value(j)
            if type(value) is not int or value <= last:
                break  # not larger than the word before, or a user's fractional value
            product, last, k = product * value, value, j + 1
        return product, k

    # -- figures -----------------------------------------------------------------------

    def figure(self, i: int, *, leading: bool) -> _Figure | _Skip | None:
        """The figure starting at token ``i``, a stretch to skip, or None.

        ``leading`` is true for the first token of a text given to :func:`parse`,
        where a four-digit number is the figure, not a year. Ordinals, and numbers
        that name a thing, an age, a clock time or a measurement rather than a count
        (:meth:`_not_a_count`), are stretches to skip.
        """
        got = self._candidate(i, leading=leading)
        if isinstance(got, _Figure):
            return self._not_a_count(got) or self._after_noun(got)
        return got

    def _after_noun(self, fig: _Figure) -> _Figure:
        """``fig`` with a hedge said after the noun it counts ("300 people at most").

        Within a clause, a known after-hedge that follows the figure and a short noun
        phrase (at most :data:`_NOUN_WORDS` words, no number, no word of
        :data:`pwstats.context.CLAUSE_WORDS`) is said of the figure as it would be
        right after the number: "300 civilians or more" is "300 or more", and so is one
        set off by commas, dashes or brackets, after the noun or the number ("300
        people, at least, were killed"; :meth:`_placed`). When it is
        not certain that it is (the figure has a hedge already, the hedge does not end
        the clause: "300 people at least partly"), or a word of doubt is set off after
        the noun ("300 people (unconfirmed)"), or an indefinite word is glued to the
        number ("300-something"), the words are the figure's :attr:`_Figure.tail`:
        :func:`extract` marks the figure unread and :func:`parse` refuses it. A hedge
        that a number follows closely belongs to the next figure ("300 men and up
        to 40 women").
        """
        end, toks, kinds = fig.end, self.toks, self.kinds
        if end >= self.n:
            return fig
        if (
            toks[end] in _DASHES
            and self.glued(end)
            and self.glued(end + 1)
            and self.tok(end + 1) in context.INDEFINITE
        ):
            return fig._replace(end=end + 2, tail=(end, _phrase_text(self, end, end + 2)))
        rate = self._rate_in_clause(end)
        if rate is not None:  # "300 were killed per day", "300 fled each day"
            return fig._replace(end=rate, tail=(end, _phrase_text(self, end, rate)))
        tally = self._tally_in_words(end)
        if tally is not None:  # "300 votes to 120", "300 for and 120 against"
            return fig._replace(end=tally, tail=(end, _phrase_text(self, end, tally)))
        modal = self._modality_in_clause(end)
        if modal is not None:  # "300 feared dead", "300 people may have died"
            return fig._replace(end=modal, tail=(end, _phrase_text(self, end, modal)))
        doubt = self._doubted_alternative(end)
        if doubt is not None:
            # "300 or perhaps 400", "hundreds, if not thousands": the figure may be the
            # other one, which is unread in its turn ("perhaps" or "not" before it)
            return fig._replace(end=doubt, tail=(end, _phrase_text(self, end, doubt)))
        if (
            toks[end] == "or"
            and self.tok(end + 1) in ("two", "three")
            and self.role(end - 1) == "scale"
            and (self._closes(end + 2) or self.role(end + 2) is None)
        ):
            # "a dozen or two": from one of the scale to two of them, which pwstats
            # does not read; never the dozen alone and a count of 2
            return fig._replace(end=end + 2, tail=(end, _phrase_text(self, end, end + 2)))
        if (
            kinds[end] == "w"
            and toks[end] in _SPACED_SUFFIXES
            and not self.glued(end)
            and self._name(end).end == end + 1
        ):
            # "300 m people": million or metres? a one-letter suffix is read glued only;
            # with digits glued after it, it starts a code ("40 M777 howitzers")
            return fig._replace(end=end + 1, tail=(end, _phrase_text(self, end, end + 1)))
        compound = toks[end] in _DASHES and self.glued(end) and self.glued(end + 1)
        noun = end + 1 if compound else end
        if self.tok(noun) in context.THRESHOLD_NOUNS:  # "the 300 mark", "the 300-mark"
            return fig._replace(end=noun + 1, tail=(noun, _phrase_text(self, noun, noun + 1)))
        if (
            compound
            and kinds[noun] == "w"
            and toks[noun] not in context.COUNTED_NOUNS
            and self.lex.single(toks[noun]) is None
            and self._rate_or_difference(end) is None  # "300-per-day": a rate, below
        ):
            # "a 300-page report", "the 300-bed hospital": the number counts pages, beds
            return fig._replace(end=noun + 1, tail=(noun, _phrase_text(self, noun, noun + 1)))
        k = end
        quotes = 0  # quote marks around a word of the noun phrase ("50 ‘special’ men")
        while True:
            other = self._rate_or_difference(k)
            if other is not None:
                return fig._replace(end=other, tail=(k, _phrase_text(self, k, other)))
            placed = self._placed(fig, k)
            if placed is not None:
                return placed
            if k >= self.n or k - end - quotes >= _NOUN_WORDS:
                return fig
            tok = toks[k]
            opening = self.glued(k + 1) and not self.glued(k)  # "300 ‘special’ men"
            if tok in _WORD_QUOTES and (opening or (self.glued(k) and k > end)):
                quotes, k = quotes + 1, k + 1
                continue
            if kinds[k] != "w" or tok in context.CLAUSE_WORDS or self.role(k) in _NUMBER_ROLES:
                return fig
            if self.role(k) in ("number", "article") or self.lex.vague(toks, k) is not None:
                return fig
            k += 1

    def _doubted_alternative(self, k: int) -> int | None:
        """Where the words at token ``k`` that offer a doubted other figure end, else None.

        A link (",", "or", "to", "and", a spaced dash) and a word of doubt
        (:data:`pwstats.context.EPISTEMIC`) or "if not", then a number or vague word:
        "300 or perhaps 400", "300 – possibly 400", "hundreds, if not thousands". The
        figure before is then no more certain than the one after; the words end before
        "not", which leaves the next figure unread as a negated one.
        """
        tok = self.tok(k)
        if not (tok in (",", "or", "to", "and") or (tok in _DASHES and not self.glued(k + 1))):
            return None
        d = k + 1
        if self.tok(d) in context.EPISTEMIC:
            stop, after = d + 1, d + 1
        elif self.tok(d) == "if" and self.tok(d + 1) == "not":
            stop, after = d + 1, d + 2
        else:
            return None
        if after < self.n and (
            self.kinds[after] == "n"
            or self.role(after) in _COUNT_ROLES
            or self.lex.vague(self.toks, after) is not None
        ):
            return stop
        return None

    def _rate_in_clause(self, end: int) -> int | None:
        """Where a rate said later in the figure's clause ends ("300 were killed per day",
        "300 fled each day"), else None.

        Reads on from token ``end`` over words (verbs among them) for at most
        :data:`_RATE_REACH` tokens, stopping at a mark, a number or a word that starts
        another clause (:data:`_RATE_STOP`); a rate there (:meth:`_rate_or_difference`,
        its rate half) is said of the figure.
        """
        toks, kinds = self.toks, self.kinds
        for k in range(end, min(self.n, end + _RATE_REACH)):
            if kinds[k] != "w" or toks[k] in _RATE_STOP or self.role(k) in _COUNT_ROLES:
                return None
            found = self._rate_or_difference(k, difference=False)
            if found is not None:
                return found
        return None

    def increment(self, fig: _Figure, floor: int) -> tuple[int, int] | None:
        """The words that make ``fig`` an increment over an earlier count, else None.

        Before the figure "another", "yet another", "a further", "an additional", "an
        extra" ("another 300 were freed"); after its number "more", "additional",
        "extra" or "further" ("300 more were freed", "300 additional troops"; "300 more
        than last year" is a difference, unread). The figure is read as the count of
        the increment, as said; these words say it is one (:attr:`Amount.increment`).
        Returns the tokens ``[start, end)`` the words take.
        """
        if fig.unit != _UNNAMED:
            return None  # "300 per cent more": a change in a share, not a count added
        t = fig.start - 1
        if t >= floor and self.toks[t] in _INCREMENT_BEFORE and self.kinds[t] == "w":
            first = t
            if t - 1 >= floor and self.toks[t - 1] in ("a", "an", "yet"):
                first = t - 1
            return first, t + 1
        k = fig.end if fig.tail is None else fig.tail[0]  # "300 more are expected": unread
        if self.tok(k) in _INCREMENT_AFTER and self.tok(k + 1) != "than":
            return k, k + 1
        return None

    def _tally_in_words(self, end: int) -> int | None:
        """Where a tally said in words after a figure ends ("300 votes to 120", "300 for
        and 120 against", "300 in favour, 120 against"), else None.

        The figure and the number in it count votes for and against, not the measure:
        both are left unread, in one mention, never read as two counts.
        """
        toks, k = self.toks, end
        voted = self.tok(k) in ("votes", "vote", "ballots")
        if voted:
            k += 1
        if self.tok(k) in ("for", "yes", "aye", "ayes"):
            k += 1
        elif self.tok(k) == "in" and self.tok(k + 1) in ("favour", "favor"):
            k += 2
        elif not voted:
            return None
        if self.tok(k) not in ("to", "against", "and", ",", "with", "versus", "vs"):
            return None
        k += 1
        if k >= self.n or self.kinds[k] != "n":
            return None
        k += 1
        closing = self.tok(k) in ("votes", "vote", "ballots", "against", "opposed", "no", "nays")
        if not (voted or closing):
            return None  # "300 for and 120 more"
        while k < self.n and toks[k] in ("votes", "vote", "ballots", "against", "opposed"):
            k += 1
        return k

    def _modality_in_clause(self, end: int) -> int | None:
        """Where words later in the figure's clause that make it a possibility, a fear or
        a belief end ("300 feared dead", "300 people are believed killed", "300 may have
        died", "300 probably died"), else None.

        Reads on from token ``end`` over words for at most :data:`_RATE_REACH` tokens,
        stopping at a mark, a number or a word that starts another clause
        (:data:`_MODALITY_STOP`). A modal (:data:`pwstats.context.MODALS`) before "have",
        "be" or another word of :data:`_EPISTEMIC_AFTER_MODAL`, or "might" ("300 people
        may apply" is a limit, "300 could not be saved" what happened), an adverb of doubt
        (:data:`pwstats.context.DOUBT_ADVERBS`) or a participle of belief
        (:data:`pwstats.context.BELIEFS`) after a form of "be" or before a word that is
        not a determiner or pronoun ("300 feared dead"; "300 people feared the worst"
        are 300 who feared) makes the figure what may be, not what was counted: it is
        unread, as "may have killed 300" and "feared 300 had died" are. Words of
        attribution ("300 reported dead", "300 are said to have died") leave a count, and
        so does a belief about the fate of the missing ("300 missing, presumed dead", with
        or without the comma): they are counted missing; what is presumed is their fate.
        """
        toks, kinds = self.toks, self.kinds
        for k in range(end, min(self.n, end + _RATE_REACH)):
            tok = toks[k]
            if kinds[k] != "w" or tok in _MODALITY_STOP or self.role(k) in _COUNT_ROLES:
                return None
            if tok in context.MODALS:
                if tok == "may" and self._capital(k):
                    continue  # "300 freed May 3"
                if self.tok(k + 1) in _EPISTEMIC_AFTER_MODAL:
                    return k + 2  # "300 may have died", "300 could be dead"
                if tok == "might":
                    return k + 1  # "300 might die"
                return None  # "300 people may apply", "300 could not be saved": no doubt
            if tok in context.DOUBT_ADVERBS:
                return k + 1
            if tok in context.BELIEFS and self.tok(k - 1) == "missing":
                return None  # "300 missing presumed dead": a count of the missing, whose fate
            if tok in context.BELIEFS and self.tok(k - 1) in _BE:
                return k + 1  # "300 are feared dead"
            if (
                tok in context.BELIEFS
                and k + 1 < self.n
                and kinds[k + 1] == "w"
                and toks[k + 1] not in context.DETERMINERS
                and toks[k + 1] not in _PRONOUNS
                and toks[k + 1] not in _MODALITY_STOP
            ):
                return k + 2  # "300 feared dead", "300 believed killed"
        return None

    def _rate_before(self, start: int, floor: int) -> int | None:
        """Where a rate said before the figure at ``start`` in its sentence begins ("Each
        day, 300 died", "Every week some 300 die", "the daily toll was 300"), else None."""
        toks, kinds = self.toks, self.kinds
        t = start - 1
        if t >= floor and toks[t] == ",":
            t -= 1  # "Each day, 300 died"
        low = max(floor, start - _RATE_REACH)
        while t >= low and kinds[t] == "w" and toks[t] not in _RATE_STOP:
            if toks[t] in context.RATE_ADVERBS and toks[t] != "apiece":
                return t  # "the daily toll was 300"
            if (
                toks[t] in ("each", "every", "per")
                and t + 1 < start
                and toks[t + 1] in context.RATE_PERIODS
            ):
                return t  # "Each day, 300 died", "every week some 300"
            t -= 1
        return None

    def _rate_or_difference(self, k: int, *, difference: bool = True) -> int | None:
        """Where words at token ``k``, after a figure or the noun it counts, that make it
        a rate or a difference end, else None.

        A rate: "per" and a word ("300 per week", "300 per 100,000"; "per cent" is a
        share, read before this), "a", "an", "each" or "every" and a period of
        :data:`pwstats.context.RATE_PERIODS` ("300 a day", "300 people each week"; not
        after "in" or "within", and not before "ago", "after" and the like: "300 a day
        earlier" is a count), or an adverb of :data:`pwstats.context.RATE_ADVERBS` ("300
        daily", "300 apiece"). A
        difference: a comparative and "than" within three words ("300 more than last
        year", "300 fewer deaths than in May"). :meth:`_after_noun` gives the words as
        the figure's tail, so :func:`extract` leaves it unread.
        """
        tok = self.tok(k)
        if (
            tok in _DASHES
            and self.glued(k)
            and self.glued(k + 1)
            and self.tok(k + 1) in ("a", "an", "per")
            and self.tok(k + 2) in _DASHES
            and self.glued(k + 2)
            and self.tok(k + 3) in context.RATE_PERIODS
        ):
            return k + 4  # "300-a-day", "a 300-per-day rate"
        if tok == "per" and self.tok(k + 1) not in _NOT_PER:
            return k + 2  # "300 per week", "12 per 100,000"; "per the agreement" is no rate
        if tok in context.RATE_ADVERBS and self.tok(k - 1) not in context.DETERMINERS:
            return k + 1  # "300 daily", "300 people weekly"; "of the monthly target" is none
        if (
            tok in context.RATE_WORDS
            and self.tok(k + 1) in context.RATE_PERIODS
            and self.tok(k + 2) not in _TIME_REFERENCE
            and k > 0
            and self.toks[k - 1] not in _NOT_RATE_BEFORE
        ):
            return k + 2  # "300 a day", "300 people each week"
        if tok == "each" and self._closes(k + 1):
            return k + 1  # "300 each": so many for every one of them
        if difference and (tok in context.COMPARATIVES or tok == "more"):
            for t in range(k + 1, min(k + 4, self.n)):
                if self.toks[t] == "than":
                    return t + 1  # "300 more than last year"
                if self.kinds[t] != "w" or self._closes(t):
                    break
        return None

    def _placed(self, fig: _Figure, k: int) -> _Figure | None:
        """``fig`` with the hedge at token ``k`` after it (see :meth:`_after_noun`), or None.

        At ``k`` right after the number only a hedge set off by a comma, a dash or a
        bracket is looked for ("300, at least, were killed"): one said right after the
        number is the grammar's (:meth:`_finish`).
        """
        toks, kinds = self.toks, self.kinds
        if k >= self.n:
            return None
        aside = toks[k] in _ASIDE and not self.glued(k + 1)
        inner = k + 1 if aside else k
        found = self._after_hedge(k) if k > fig.end else None
        if found is None and k == fig.end and fig.kind == "vague" and fig.tail is None:
            # "hundreds or more": the grammar reads no hedge after a vague word
            vague = self._after_hedge(k)
            if vague is not None:
                return self._vague_hedged(fig, k, *vague)
        if found is None and aside and inner < self.n:
            found = self.lex.suffix_hedge(toks, inner)
            if found is not None and self.tok(found[1]) == "than":
                found = None
        if found is not None:
            hedge, stop = found
            punctuated = self._punctuated(stop)
            if not punctuated and any(
                kinds[t] == "n" or self.role(t) in _COUNT_ROLES
                for t in (stop, stop + 1)
                if t < self.n
            ):
                return fig  # "300 men and up to 40 women": the hedge is the next figure's
            closes = punctuated or toks[stop] in context.CLAUSE_OPENERS
            if closes and fig.kind == "bare":
                kind = _KIND_OF_SHAPE[hedge.shape]
                return fig._replace(end=stop, kind=kind, hedge=hedge, hedge_text=hedge.phrase)
            if hedge.shape == "exact":
                return fig  # "about 300 people in all": a sum; it widens nothing if dropped
            if not closes:
                stop += 1  # the word that leaves it open: "300 people at least partly"
            return fig._replace(end=stop, tail=(k, _phrase_text(self, k, stop)))
        if toks[k] in ("(", "[", ",") and self.tok(k + 1) in context.EPISTEMIC:
            stop = k + 2 + (self.tok(k + 2) in (")", "]"))
            return fig._replace(end=stop, tail=(k, _phrase_text(self, k, stop)))
        if inner >= self.n or kinds[inner] != "w":
            return None
        # "300 people at the very least.", "300 troops, roughly.": a hedge with no row
        # after a number; "300 people or thereabuots.": an after-hedge misspelt
        before = self.lex.prefix_hedge(toks, inner)
        if before is not None and (before[0].shape == "exact" or self._name_letter(inner)):
            before = None  # "70 families in Block C.": a name's letter, not "c." (circa)
        other = before or self.lex.misspelt(toks, inner, after=True)
        if other is not None and self._closes(other[1]):
            return fig._replace(end=other[1], tail=(k, _phrase_text(self, k, other[1])))
        return None

    def _vague_hedged(self, fig: _Figure, k: int, hedge: Hedge, stop: int) -> _Figure:
        """The vague ``fig`` with the hedge from token ``k`` to ``stop`` right after it.

        One-sided, it reads at both ends of the vague word's interval, as after a range
        ("hundreds or more" is at least 200, "dozens or fewer" at most 119; "the 300s or
        more" at least 300); an approximator adds nothing ("hundreds or so" is
        "hundreds"). After a band word ("in the hundreds or more": from 100 or 200?)
        the figure is unread.
        """
        if hedge.shape == "around" or hedge.shape == "exact":
            return fig
        if fig.hedge_text is not None and self.tok(fig.start - 1) in _BAND_WORDS:
            return fig._replace(end=stop, tail=(k, _phrase_text(self, k, stop)))
        return self._hedge_span(fig.start, fig, hedge, hedge.phrase, end=stop)

    def _candidate(self, i: int, *, leading: bool) -> _Figure | _Skip | None:
        """What :meth:`figure` finds at token ``i`` before asking whether it is a count."""
        kind = self.kinds[i]
        tok = self.toks[i]
        if kind == "x":
            return None
        header = self._scale_header(i)
        if header is not None:
            return header
        if kind == "w":
            if tok in _RANGE_JOINER or tok in _RANGE_LEAD:
                found = self._range_words(i)
                if found is not None:
                    return found
            got = self._prefixed(i)
            if got is not None:
                return got
            vague = self._vague(i)
            if vague is not None:
                return vague
            if tok in _MONTHS:
                return None
        elif kind == "s":
            return self._prefixed(i)
        if kind == "n" and self._signed(i):
            q = self.quantity(i)
            return _Skip(i - 1, i + 1 if q is None else q.end, "a negative number")
        if kind == "n" and self.tok(i + 1) in _PLURAL_S:
            decade = self._digit_decade(i)  # "the mid-300s", "in the 1,200s"
            if decade is not None:
                return decade
        if kind == "n" and self.tok(i + 1) == "s":
            plural = self._digit_plural(i)  # "100s of people"
            if plural is not None:
                return plural
            if self._decade(i):
                return _Skip(i, i + 2, "a decade")  # "in their 20s", "the 1990s", "the '80s"
        q = self.quantity(i)
        if q is None:
            if kind == "n":
                if self.misgrouped(i) and not (self.glued(i) and self.kinds[i - 1] in ("w", "n")):
                    why = "a number grouped neither in threes nor the Indian way (2,60,000)"
                    return _Skip(i, i + 1, why, unread=self.text[self.starts[i] : self.ends[i]])
                if sum(c.isdigit() for c in tok) > MAX_DIGITS:
                    return _Skip(i, i + 1, f"a number of more than {MAX_DIGITS} digits")
                return self._name(i)
            return None
        if (
            q.words
            and q.value == 1
            and q.end == i + 1
            and not leading
            and not (self.tok(q.end) in ("or", "to") and self.role(q.end + 1) == "number")
        ):
            return None  # a lone "one" in prose is a pronoun; "one or two hundred" a range
        date = self._date(i, q)
        if date is not None:
            return date
        if q.ordinal:
            return _Skip(i, q.end, "an ordinal")  # "the 3rd Brigade", "the 1,000th day"
        if q.year and not leading:
            year = self._year_after_to(q) if self.tok(i - 1) in _UNTIL else None
            if year == "ambiguous" or (year is not None and self._level_after(i - 1)):
                # "to 2023 in total", "rose to 2023.": a count, or the year it runs to?
                shown = _phrase_text(self, i, q.end)
                return _Skip(i, q.end, "a year or a count", unread=shown)
            if self._after_larger(i, q):
                self.year_end = q.end  # "3,000 to 2023 have been freed": no range is
                return _Skip(i, q.end, "a year")  # written high to low
            years = self._years_range(i, q)
            if years is not None:
                self.year_end = years.end
                return years
            if (
                self._range_tail(i, q) is None
                or (self.tok(i - 1) in _TIME_BEFORE_YEAR and self.tok(q.end) == "to")
            ) and self._is_year(i, q):  # "from 1,200 in 2022 to 3,000": no range
                self.year_end = q.end
                return _Skip(i, q.end, "a year")
        return self._finish(i, q, None, None)

    def _money(self, fig: _Figure) -> _Skip | None:
        """The stretch to skip when ``fig`` is an amount of money, else None.

        Money is a number after a currency sign, with or without a space ("$ 2.5
        million", "US$ 4.3 million", "£ 300"), a currency code in capitals ("INR 2
        crore") or abbreviation ("Rs. 5,000"); or a number before a currency word, sign
        or code ("5 million euros", "300 €", "300 KES"), also joined by a hyphen ("a
        500-dollar grant") or after a capitalised word ("5 million US dollars"). A sign
        glued before the number ("$5") makes it no figure at all (:meth:`number`).
        """
        start, end = fig.start, fig.end
        b = start - 1
        if self.tok(b) == "." and self.tok(b - 1) in context.CURRENCY_ABBREVIATIONS:
            b -= 1  # "Rs. 5,000"
        before = self.tok(b)
        if (
            context.is_currency_symbol(before)
            or before in context.CURRENCIES
            or before in context.CURRENCY_ABBREVIATIONS
            or self._code(b)
        ):
            return _Skip(b, end, "an amount of money")
        a = end
        if self.tok(a) in _DASHES and self.glued(a) and self.glued(a + 1):
            a += 1  # "a 500-dollar grant"
        elif (
            self.kinds[a : a + 1] == ["w"]
            and self._capital(a)
            and self.tok(a + 1) in context.CURRENCIES
        ):
            a += 1  # "5 million US dollars"
        after = self.tok(a)
        if context.is_currency_symbol(after) or after in context.CURRENCIES or self._code(a):
            return _Skip(start, a + 1, "an amount of money")
        if after == "in" and self.tok(a + 1) in context.MONEY_NOUNS:
            return _Skip(start, a + 2, "an amount of money")  # "300 million in aid"
        if before == "worth" or (before == "of" and self.tok(b - 1) in context.MONEY_NOUNS):
            return _Skip(start, end, "an amount of money")  # "a budget of 300 million"
        return None

    def _code(self, j: int) -> bool:
        """True when token ``j`` is an ISO 4217 currency code written in capitals ("INR")."""
        return (
            self.tok(j) in context.CURRENCY_CODES
            and self.text[self.starts[j] : self.ends[j]].isupper()
        )

    def _signed(self, i: int) -> bool:
        """True when the number at token ``i`` has a minus sign: "-300", "(−40)", "= -5".

        The sign is a hyphen-minus or U+2212 glued to the number and not itself glued to
        a word or number before it ("200-300" is a range, "Su-25" a name). A negative
        number is no count: :func:`extract` skips it, whatever ``nonnegative`` says (it
        does not read signs in prose), and :func:`parse` refuses it in a figure's words.
        """
        if not self.glued(i) or self.toks[i - 1] not in _MINUS:
            return False
        before = i - 2
        return not self.glued(i - 1) or (
            self.kinds[before] == "s" and self.toks[before] not in _DASHES
        )

    def _not_a_count(self, fig: _Figure) -> _Skip | None:
        """The stretch to skip when the figure ``fig`` is no count, else None.

        A number is an identifier after a label word ("Article 5", "Resolution
        1325": :data:`_LABELS`), an age after "aged" ("aged 7 and 9", with the
        list it starts) or before "old" ("a 45-year-old", "a 45 year old"), a clock
        time before "a.m.", "p.m.", "am", "pm" or "o'clock" ("5 p.m.", up to 12),
        and a measurement before a unit that is not a count ("15 km", "-5 degrees",
        "hundreds of kilometres": :data:`_MEASURES`).
        """
        start, end = fig.start, fig.end
        before = self.tok(start - 1)
        if before == "(" and fig.kind == "bare" and self.tok(end) == ")":
            restated = self._restated(fig)
            if restated is not None:
                return restated
        if before in (",", "(") and fig.kind == "bare":
            if self.tok(start - 2) in context.PHONE_BEFORE:
                return _Skip(start, end, "a phone number")  # "the helpline, 116 123,"
            age = self._age_beside_name(fig)
            if age is not None:
                return age
        if (
            fig.kind == "bare"
            and self.tok(end) in ("]", ")")
            and (before == "[" or (before == "(" and start >= 2 and self.glued(start - 1)))
            and self.tok(end) == ("]" if before == "[" else ")")
        ):
            return _Skip(start - 1, end + 1, "a reference")  # "died.[12]", "Section 3(2)"
        if fig.kind == "bare" and fig.unit == _SHARE and self.role(start) == "article":
            ordinal = self._ordinal_fraction(fig)
            if ordinal is not None:
                return ordinal
        if (
            self.tok(end + 1) in context.STREETS or self.tok(end + 2) in context.STREETS
        ) and self._address(fig):
            return _Skip(start, end + 1, "an address")  # "42 Shevchenko Street"
        money = (
            self._money(fig)
            or self._multiplier_share(fig)
            or self._clock_digits(fig)
            or self._list_number(fig)
        )
        if money is not None:
            return money
        if (
            self.tok(end) in context.FORMATIONS
            and fig.kind != "range"
            and self.kinds[end - 1] == "n"
            and self._capital(end)
        ):
            return _Skip(start, end + 1, "a formation's name")  # "3 Battalion", "1 Corps"
        if (
            self.prose
            and fig.unit == _UNNAMED
            and not (
                type(fig.nominal) in _WHOLE and type(fig.low) in _WHOLE and type(fig.high) in _WHOLE
            )
            and not fig.scaled
            and not any(self.role(t) in ("number", "fraction") for t in range(start, end))
            and _other_locale(self, fig) is None  # "2.600 prisoners": 2,600 or 2.6?
        ):
            return _Skip(start, end, "a number with decimals")  # "measured 7.8", "2.5 each"
        if fig.kind == "range" and end - start == 3 and self._model_range(start):
            return _Skip(start, end, "a model's name")  # "its 737-800 fleet"
        if fig.kind == "bare" and self.kinds[start] == "w" and self._named_by_word(fig):
            return _Skip(start, end, "a name")  # "the Group of Seven", "the Big Three"
        if (
            before not in _BEFORE_NOT_COUNT
            and self.tok(end) not in _AFTER_MAYBE_NOT_COUNT
            and self.tok(end + 2) not in _ERAS_AFTER  # "from 120 to 80 BC"
        ):
            return None  # the common case, decided by three set lookups
        era = self._era_or_week(fig) or self._race(fig)
        if era is not None:
            return era
        if fig.kind == "bare" and end - start == 1 and self.kinds[start] == "n":
            if (
                before == "of"
                and self.tok(start - 2) in context.NAMED_GROUPS
                and self._capital(start - 2)
            ):
                return _Skip(start - 2, end, "a name")  # "the Group of 7", "Gang of 8"
            if (
                self.tok(end) in context.NAMED_AFTER
                and self.kinds[start - 1 : start] == ["w"]
                and self._capital(start - 1)
                and not self._opens_sentence(start - 1)
                and before not in _MONTHS
            ):
                return _Skip(start - 1, end + 1, "a name")  # "the Minsk 2 agreement"
        if before == "of" and self.tok(start - 2) in _FACTOR_NOUNS and fig.kind == "bare":
            return _Skip(start - 2, end, "a multiplier")  # "rose by a factor of 3"
        if before == "no" and self._capital(start - 1) and not self._opens_sentence(start - 1):
            return _Skip(start - 1, end, "an identifier")  # "lives at No 10", "Gate No 4"
        if before in ("a", "an") and self.prose and self._after_article(fig):
            return _Skip(start, self._designation_end(end), "a name or a modifier")  # "a 737"
        if (
            before in context.PEOPLE
            and fig.kind in ("upper", "lower")
            and fig.unit == _UNNAMED
            and fig.nominal is not None
            and 0 <= fig.nominal <= context.AGE_MAX
        ):
            return _Skip(start, end, "an age limit")  # "children under ten", "men over 60"
        if (before in _LABELS or (before in _CAPITAL_LABELS and self._capital(start - 1))) and (
            fig.kind in ("bare", "range") or self._upper_word(start + 1)
        ):
            # with the code and capitals after it: "Boeing 737-300s", "Boeing 737 MAX 8"
            stop = max(end, self._designation_end(start + 1))
            return _Skip(start - 1, self._label_list(stop), "an identifier")
        if (
            fig.kind == "bare"
            and self.tok(end) in _DASHES
            and self.kinds[start] == "n"
            and self.tok(end + 2) == "s"
            and all(self.glued(k) for k in range(end, end + 3))
            and self.kinds[end + 1] == "n"
        ):
            return _Skip(start, self._name(start).end, "a name or code")  # "the 747-400s"
        if before == "minus" and fig.kind == "bare":
            return _Skip(start - 1, end, "a signed number")  # "minus 20" degrees
        if fig.kind == "bare" and (
            before in context.PHONE_BEFORE
            or (before in context.CALL and self.toks[start] in context.EMERGENCY_NUMBERS)
        ):
            return _Skip(start - 1, end, "a phone number")  # "Dial 911", "call 112"
        if before in ("day", "week") and self.tok(end) == "of" and fig.kind == "bare":
            return _Skip(start - 1, end, "an identifier")  # "day 3 of the trial"
        if before in _AGE_BEFORE or (before == "of" and self.tok(start - 2) in _AGE_BEFORE):
            plural = "ages" in (before, self.tok(start - 2))  # "between the ages of 18 and 60"
            return _Skip(start, self._age_list(end, plural=plural), "an age")
        age = self._age_in_prose(fig)
        if age is not None:
            return age
        after = end
        if self.tok(end) in _DASHES and self.glued(end) and self.glued(end + 1):
            after += 1  # "a 45-year-old", "a 10-km march"
        if fig.unit not in (_UNNAMED, _SHARE):
            if self.tok(after) in ("old", "olds"):
                return _Skip(start, after + 1, "an age")
            if fig.unit == "year" and (self.tok(end), self.tok(end + 1)) == ("of", "age"):
                return _Skip(start, end + 2, "an age")  # "16 years of age"
            return None
        if fig.unit != _UNNAMED:
            return None
        if self.tok(end) == "times" and self.tok(end + 1) in _MULTIPLIED and fig.kind == "bare":
            return _Skip(start, end + 1, "a multiplier")  # "three times as many"
        if fig.kind == "vague" and self.tok(after) == "of":
            after += 1  # "hundreds of kilometres"
        if self.tok(after) in _MEASURES:
            return _Skip(start, after + 1, "a measurement")
        if self.tok(end - 1) == "m" and self.glued(end - 1) and self.tok(after) in _DIMENSIONS:
            return _Skip(start, after + 1, "a measurement")  # "300m long": metres, no million
        top = fig.high if fig.kind == "range" else fig.nominal
        if self.tok(end) in _CLOCK_START and top is not None and 0 <= top <= 12:
            for marker in _CLOCK:
                stop = end + len(marker)
                if all(self.tok(end + k).replace("’", "'") == t for k, t in enumerate(marker)):
                    return _Skip(start, stop + (self.tok(stop) == "."), "a clock time")
        return None

    def _era_or_week(self, fig: _Figure) -> _Skip | None:
        """A year of an era ("1200 BC", "c. 300 BCE", "AD 70"), the number of a week in a
        calendar of reports ("epidemiological week 32", "in week 41", "EW 32", "weeks 30
        to 32") or the base of a rate after "per" ("3.4 per 1,000", "one doctor per 300
        people"): no count. The stretch to skip, else None."""
        start, end = fig.start, fig.end
        before = self.tok(start - 1)
        era = end
        if self.tok(end) in _YEAR_LIST and self.kinds[end + 1 : end + 2] == ["n"]:
            era = end + 2  # "from 120 to 80 BC", "300 and 200 BC": both years of the era
        if (self.tok(era) in _ERAS_AFTER and self._upper(era)) or (
            before == "ad" and self._upper(start - 1) and fig.kind in ("bare", "range")
        ):
            if self.tok(era) in _ERAS_AFTER:
                return _Skip(start, era + 1, "a year")
            return _Skip(start - 1, end, "a year")
        if fig.kind not in ("bare", "range") or fig.unit != _UNNAMED:
            return None
        if before == "per":
            return _Skip(start - 1, end, "a rate's base")
        if before in ("count", "counts") and self.tok(start - 2) in ("on", "under"):
            return _Skip(start - 1, self._label_list(end), "an identifier")  # "on counts 1, 3"
        opener = self.tok(start - 2)
        if (
            before in _WEEK_WORDS
            and (opener in _WEEK_OPENERS or (before == "week" and opener in _WEEK_COMPARED))
        ) or (before == "ew" and self._upper(start - 1)):
            return _Skip(start - 1, end, "a week's number")
        return None

    def _race(self, fig: _Figure) -> _Skip | None:
        """A race's distance in metres: "the 400m hurdles", "the 200 m backstroke" (an "m"
        glued or spaced after a whole number, before an event of :data:`_RACES`), never
        400 million. The stretch to skip, else None."""
        start, end = fig.start, fig.end
        m = end - 1 if self.tok(end - 1) == "m" and self.glued(end - 1) else end
        if (
            self.tok(m) != "m"
            or self.tok(m + 1) not in _RACES
            or fig.kind != "bare"
            or any(self.dec in self.toks[t] for t in range(start, m))
        ):
            return None
        return _Skip(start, m + 2, "a distance")

    def _restated(self, fig: _Figure) -> _Skip | None:
        """A number in brackets that restates the one right before them in the other
        writing: "300 (three hundred)", "three hundred (300)", as laws and contracts
        write numbers. The restatement is no second count: the stretch to skip, else
        None. Digits in brackets after digits ("Deaths: 12 (12)") restate nothing: a
        table gives an earlier period's figure so. Looks back at most
        :data:`_RESTATE_REACH` tokens."""
        start, end = fig.start, fig.end
        if fig.nominal is None or fig.scaled or fig.unit != _UNNAMED:
            return None
        last = start - 2
        if self.kinds[start] == "w":
            if last < 0 or self.kinds[last] != "n":
                return None
            first = last  # "300 (three hundred)"
        else:
            if last < 0 or self.kinds[last] != "w":
                return None  # "Deaths: 12 (12)": this week's and last week's, maybe
            first = last
            while (
                first >= 0
                and last - first < _RESTATE_REACH
                and (self.role(first) is not None or self.toks[first] in ("and", "-"))
            ):
                first -= 1  # "three hundred and twenty-five (325)": back over its words
            first += 1
        for j in range(first, last + 1):  # the longest number that ends at the bracket
            q = self.quantity(j) if self.kinds[j] == "n" or self.role(j) is not None else None
            if q is not None and q.end == start - 1:
                if q.share or q.value != fig.nominal:
                    return None
                return _Skip(start - 1, end + 1, "a number restated")
        return None

    def _label_list(self, end: int) -> int:
        """Where a list of numbers after a label ends whose first ends at token ``end``
        ("paragraphs 4, 5 and 6", "Articles 3 and 5 were", "on counts 1, 3 and 7"):
        plain numbers joined by ",", "and", "or" or "&", the last joined by a word and
        followed by no plural noun: "Article 4, 300 people" and "Article 4 and 300
        people" are an identifier and a count. Linear in the list's length."""
        k, last = end, end
        while (
            self.tok(k) in _LABEL_JOINS
            and self.kinds[k + 1 : k + 2] == ["n"]
            and self._plain(k + 1)
        ):
            if self.toks[k] != ",":
                last = k + 2
            k += 2
        if last == end or last != k:
            return end
        if self.kinds[last : last + 1] == ["w"] and _plural_noun(self.toks[last]):
            return end  # "Article 4 and 300 people": an identifier and a count
        return last

    def _plain(self, i: int) -> bool:
        """True when token ``i`` is digits alone, no group mark nor decimals ("5", "12")."""
        return self.toks[i].isdigit()

    def _upper(self, i: int) -> bool:
        """True when token ``i`` is written in capitals ("BC", "AD", "EW")."""
        return self.text[self.starts[i] : self.ends[i]].isupper()

    def _named_by_word(self, fig: _Figure) -> bool:
        """True when the number word of ``fig`` is capitalised inside a sentence and no
        capitalised word follows it: part of a name ("the Group of Seven", "the Big
        Three", "Formula One"). At a sentence's start, after a quote or a bracket, or
        in a title written in capitals ("Gunmen Kill Three In Raid") it is a count."""
        start, end = fig.start, fig.end
        if not self._capital(start) or (end < self.n and self._capital(end)):
            return False
        text, at = self.text, self.starts[start] - 1
        while at >= 0 and text[at] in " \t\u00a0":
            at -= 1  # only the spaces right before the word: linear over the text
        return at >= 0 and text[at] not in _TITLE_OPENERS

    def _model_range(self, start: int) -> bool:
        """True when tokens ``start`` to ``start + 2`` are a model and its variant written as
        a range ("737-800", "747-400", "777-300"): three digits and a dash glued to three
        more, the first no multiple of five and the second a multiple of a hundred. A
        range of counts has ends that are both round or neither ("200-300", "735-790")."""
        low, dash, high = self.toks[start : start + 3]
        return (
            dash in _DASHES
            and self.glued(start + 1)
            and self.glued(start + 2)
            and len(low) == len(high) == 3
            and low.isdigit()
            and high.isdigit()
            and int(low) % 5 != 0
            and high.endswith("00")
        )

    def _after_article(self, fig: _Figure) -> bool:
        """True when the number in digits right after "a" or "an" names or describes a
        thing rather than counting ("a 737 crashed", "a 300 page report", "a 7.8
        quake"): the article is the thing's, as no count of several takes one. A number
        with a scale word ("a 1.5 million"), a share ("a 20% rise"), a unit or a
        compound of people ("a 300 strong crowd", "a 1,000 man force") and one before a
        plural noun or "of" (the article taken for "one": "a 1,000 people", "a 1,000 of
        its POWs") stay counts."""
        start, end = fig.start, fig.end
        if (
            fig.kind not in ("bare", "range")
            or fig.unit != _UNNAMED
            or fig.tail is not None
            or fig.unread is not None
            or self.kinds[start] != "n"
            or (self.tok(end) in _DASHES and self.glued(end))  # "a 300-page report"
            or any(self.kinds[t] == "w" for t in range(start, end))
        ):
            return False
        nxt = self.tok(end)
        return not (
            nxt in _ARTICLE_AS_ONE
            or nxt in context.COUNTED_NOUNS
            or nxt in context.PLURAL_NOUNS
            or (len(nxt) > 3 and nxt.endswith("s") and nxt not in context.NOT_PLURAL)
        )

    def _clock_digits(self, fig: _Figure) -> _Skip | None:
        """A time of day in digits alone: "1700 GMT", "2330 hours", "1400 local time" (four
        digits that are an hour and its minutes, before a time zone, or before "hours"
        after "at", "by" and the like: "He spent 1200 hours" is a duration), or "at 15.30"
        (an hour, a full stop and its minutes after "at", "by", "until" and the like).
        Not a count: the stretch to skip, else None."""
        t = fig.start
        while t < fig.end and self.kinds[t] != "n":
            t += 1
        military = (  # "at 2330 hours": the hours a time of day, not a duration
            fig.unit == "hour"
            and t == fig.end - 2
            and self.tok(fig.start - 1) in _AT_A_TIME
            and fig.kind == "bare"
        )
        if not military and (t != fig.end - 1 or fig.unit != _UNNAMED):
            return None  # no number, or one with a scale, unit or other words after it
        raw = self.toks[t]
        digits = raw.replace(".", "")
        if not digits.isdigit() or len(digits) != 4 or raw.count(".") > 1:
            return None
        if int(digits[:2]) > 23 or int(digits[2:]) > 59:
            return None
        after = self.tok(t + 1)
        if military and "." not in raw:
            return _Skip(fig.start, fig.end, "a clock time")
        if "." not in raw and (
            after in _TIME_ZONES or (after, self.tok(t + 2)) == ("local", "time")
        ):
            return _Skip(fig.start, t + (3 if after == "local" else 2), "a clock time")
        if raw[2:3] == "." and self.tok(fig.start - 1) in _AT_A_TIME and fig.kind == "bare":
            return _Skip(fig.start, t + 1, "a clock time")  # "at 15.30"
        return None

    def _list_number(self, fig: _Figure) -> _Skip | None:
        """The number of an item in a list: "1. Ukraine returned 300", "2) Russia ...",
        "“49. Exactly 230 ...": a bare number below 100 in digits at the start of a line
        or sentence (or after an opening quote or bracket there), followed by a full stop
        or a closing bracket and a capitalised word. Not a count: the stretch to skip."""
        start, end = fig.start, fig.end
        if (
            fig.kind != "bare"
            or end != start + 1
            or self.kinds[start] != "n"
            or self.tok(end) not in (".", ")")
            or not self.glued(end)
            or end + 1 >= self.n
            or self.glued(end + 1)
            or not (
                (self._capital(end + 1) and self.kinds[end + 1] == "w")
                or self.kinds[end + 1] == "n"  # "1) 2,300 people reached"
            )
        ):
            return None
        if not isinstance(fig.nominal, int) or not 0 < fig.nominal < 100:
            return None
        t = start - 1
        quoted = t >= 0 and self.toks[t] in _LIST_OPENERS and self.glued(start)
        if quoted:
            t -= 1  # "(2)" at a line's start, "said: “49.": the mark opens a sentence
        line = t < 0 or "\n" in self.text[self.ends[t] : self.starts[t + 1]]
        if line or self.toks[t] in (".", "!", "?") or (quoted and self.toks[t] in (":", ",")):
            return _Skip(start, end + 1, "a list number")
        return None

    def _multiplier_share(self, fig: _Figure) -> _Skip | None:
        """ "half as many as", "a third as much": a share said as a multiplier, no share."""
        end = fig.end
        if (
            fig.kind == "bare"
            and fig.unit == _SHARE
            and self.tok(end) == "as"
            and self.tok(end + 1) in _AS_MUCH
        ):
            return _Skip(fig.start, end, "a multiplier")
        return None

    def unread(self, fig: _Figure, floor: int) -> tuple[int, str, bool] | None:
        """Words before ``fig`` that modify its number but that the lexicon cannot read.

        Returns the token they start at (never before ``floor``), the words, and
        whether they might hedge either side (True) or only loosen a one-sided
        hedge's other side (False: "vastly more than 300" still entails more
        than 300). Such words are an unknown mathematical symbol ("≳ 300"), a short
        abbreviation ("abt. 300"), a comparative ("lower than" is read; "taller
        than" is not), a word of doubt ("perhaps 300", "a probable 300": see
        :data:`pwstats.context.EPISTEMIC`), an adverb in -ly ("reportedly" and
        other attributions excepted: :data:`pwstats.context.NOT_HEDGING`), an
        adjective between "a" and a number in digits ("a conservative 300"), and
        the look-behind of :meth:`_modifier`: a negator, a second hedge, a verb of
        comparison, a hedge run together or a near miss of one.
        """
        t = fig.start - 1
        standard = self._standard(fig)
        if standard is not None:
            return max(standard, floor), _phrase_text(self, standard, fig.start), True
        rate = self._rate_before(fig.start, floor)
        if rate is not None:
            return rate, _phrase_text(self, rate, fig.start), True
        if t < floor:
            if t >= 0 and self.toks[t] in context.EPISTEMIC and self.kinds[t] == "w":
                # "hundreds, perhaps thousands": the word of doubt ended the figure before
                return fig.start, self.toks[t], True
            return None
        found = self._modifier(fig.start, floor)
        if found is not None:
            return found, _phrase_text(self, found, fig.start), True
        tok, kind = self.toks[t], self.kinds[t]
        if kind == "s":
            if (
                tok == "."
                and t - 1 >= floor
                and self.kinds[t - 1] == "w"
                and self.glued(t)
                and self.kinds[fig.start] == "n"
                and self._abbreviation(t - 1)
            ):
                return t - 1, self.toks[t - 1] + ".", True  # "abt. 300", "Abt. 300"
            if context.is_comparison_symbol(tok):
                return t, tok, True  # "≳ 300", "+300"
            return None
        if kind != "w" or tok in context.NOT_HEDGING:
            return None
        if tok == "than" and t - 1 >= floor and self.kinds[t - 1] == "w":
            return t - 1, f"{self.toks[t - 1]} than", True
        article = t - 1 >= floor and self.toks[t - 1] in ("a", "an")
        if tok in context.EPISTEMIC:
            return (t - 1, f"{self.toks[t - 1]} {tok}", True) if article else (t, tok, True)
        if self.lex.single(tok) is not None or tok in _MONTHS:
            return None
        if tok.endswith("ly") and len(tok) > 4:
            return t, tok, fig.kind not in ("lower", "upper")
        if article and self.kinds[fig.start] == "n" and tok.isalpha():
            return t - 1, f"{self.toks[t - 1]} {tok}", True  # "a conservative 300"
        return None

    def _standard(self, fig: _Figure) -> int | None:
        """Where a multiplier starts that makes ``fig`` the standard of a comparison, not
        the quantity compared ("twice as many as 300", "three times more than 300",
        "double the 300", "half as many as 300"), else None. The multiplier may lie
        before ``floor``: "three times" is skipped as no count before the figure."""
        t = fig.start - 1
        if self.tok(t) == "the":
            t -= 1
        tok = self.tok(t)
        if tok in context.MULTIPLIERS or (tok == "half" and fig.hedge is not None):
            return t - 1 if tok == "times" and t > 0 and self.kinds[t - 1] != "s" else t
        return None

    def _closes(self, k: int) -> bool:
        """True when a clause ends at token ``k``: the text ends, or a mark or a word that
        starts another clause (:data:`pwstats.context.CLAUSE_OPENERS`) stands there."""
        return self._punctuated(k) or self.toks[k] in context.CLAUSE_OPENERS

    def _punctuated(self, k: int) -> bool:
        """True when the text ends at token ``k`` or a mark that ends a clause stands
        there (a spaced hyphen is a dash: "300 people - at least - died")."""
        if k >= self.n:
            return True
        tok = self.toks[k]
        return tok in _CLAUSE_END or (tok in _DASHES and not self.glued(k + 1))

    def _abbreviation(self, t: int) -> bool:
        """True when the word at ``t``, before a full stop and a number, is an abbreviation
        rather than a word ending a sentence: one of
        :data:`pwstats.context.ABBREVIATIONS` ("abt. 300", "avg. 300", "tot. 300"), a
        dotted initial after another ("the U.S. 300", "J. R. 300") or a word in lower case
        without a vowel ("ttl. 300"; "the RSF. 300 died" ends a sentence). Any other word
        ends its sentence ("They went north. 300 stayed.", "found dead. 300 were
        missing", "in Block C. 300 were there"); an
        abbreviation the lexicon knows ("approx. 300") is read as its hedge before this
        is asked.
        """
        word = self.toks[t]
        if len(word) == 1:  # an initial after another: "U.S.", "J. R."; not "Block C."
            return self.tok(t - 1) == "." and len(self.tok(t - 2)) == 1 and t >= 2
        if word in context.ABBREVIATIONS:
            return True
        # "ttl.", "hrs.": no vowel, in lower case ("the RSF. 300 died": an acronym ends it)
        return not any(c in "aeiouy" for c in word) and self.text[self.starts[t]].islower()

    def _opens_sentence(self, t: int) -> bool:
        """True when token ``t`` starts the text or a sentence ("Abt. 300": an abbreviation)."""
        return t == 0 or self.toks[t - 1] in _SENTENCE_OPEN

    def _modifier(self, start: int, floor: int) -> int | None:
        """The token where unreadable words hedging the figure at ``start`` begin, or None.

        A clause-local look-behind of at most :data:`_LOOK_BEHIND` tokens (none before
        ``floor``, none across a clause mark or a number), by word class, not by phrase:

        - a negator (:data:`pwstats.context.NEGATORS`: "not even 300", "nowhere near
          300", "didn't exceed 300") reverses or denies what follows;
        - a second hedge of the lexicon right before the figure's own ("at least an
          estimated 300", "almost exactly 300"): :func:`parse` refuses stacked hedges;
        - another form of a one-sided participle hedge ("may exceed 300", "could top
          300": :meth:`pwstats.lexicon.Lexicon.comparison_verb`);
        - a hedge run together or hyphenated ("upto 300", "at-least 300":
          :meth:`pwstats.lexicon.Lexicon.run_together`) or misspelt ("arround 300",
          "aproximately 300", "fewer thna 300": :meth:`pwstats.lexicon.Lexicon.misspelt`);
        - a comparative (:data:`pwstats.context.COMPARATIVES`) two or three tokens
          before the figure, with a linking word (:data:`pwstats.context.LINKS`) right
          before it ("more like 3,000", "closer to 300", "an upper estimate of 300");
        - a near miss of a hedge: words that begin one and end in a linking word that
          the lexicon has no row for ("close upon 500", "a far cry from 300"), or a
          hedge's noun replaced by another noun of extent
          (:data:`pwstats.context.EXTENT_NOUNS`: "in the ballpark of 500", after "in
          the region of"; "in the wake of 300" is no near miss).

        A negator before "of" or "all" ("none of the 300", "not all 300") and words
        before a word that opens a clause (:data:`pwstats.context.CLAUSE_OPENERS`:
        "not clear whether 300") do not count.
        """
        toks, kinds, lex = self.toks, self.kinds, self.lex
        low = start
        if start > 0 and toks[start - 1] == "as" and not self._hedge_ends_at(start):
            floor = start  # "demanded a truce as 32,000 died": "as" opens the clause
        while low > floor and start - low < _LOOK_BEHIND:
            t = low - 1
            inside = toks[t] in "'’" and self.glued(t) and self.glued(t + 1)  # "didn't"
            if (
                kinds[t] == "n"
                or kinds[t] == "x"
                or (toks[t] in _CLAUSE_END and not inside)
                or toks[t] in _SENTENCE_OPEN
                or toks[t] in context.CLAUSE_OPENERS
            ):
                break
            low = t
        for t in range(max(floor, start - _LOOK_BEHIND - 2), start):
            hedged = lex.prefix_hedge(toks, t)
            if (
                hedged is not None
                and hedged[1] >= start
                and not self._particle(t)
                and not self._name_letter(t)
            ):
                return t  # "at least about 300", "roughly around about 300": a second hedge
            if kinds[t] == "w" and toks[t] not in context.NOT_HEDGING:
                slip = lex.misspelt(toks, t)
                if slip is not None and slip[1] == start:
                    return t  # "arround 300", "aproximately 300": a hedge misspelt
        modal = None if lex.comparison_verb(toks[start - 1]) else self._modal(start, floor)
        if modal is not None:
            return modal
        if start - 1 >= floor and toks[start - 1] in context.CONDITIONALS:
            return start - 1  # "if 300 are freed", "whether 300 were freed"
        if (
            start - 2 >= floor
            and toks[start - 1] == "of"
            and toks[start - 2] in context.THRESHOLD_NOUNS | context.CHANGE_NOUNS
        ):
            return start - 2  # "a target of 300", "an increase of 300"
        if start - 1 >= floor and toks[start - 1] in _CHANGED and self.kinds[start] == "n":
            return start - 1  # "the budget rose 24%", "deaths fell 300": by so much
        if (
            start - 2 >= floor
            and toks[start - 1] in ("up", "down")
            and (toks[start - 2] in _CHANGE_OPENERS or toks[start - 2] in _BE)
        ):
            return start - 1  # "…, up 55% on 2021", "deaths were down 12%": a change
        if (
            start - 2 >= floor
            and toks[start - 1] == "by"
            and toks[start - 2] in context.CHANGE_WORDS
            and toks[start - 2] not in _NOT_CHANGED_BY
        ):
            return start - 2  # "rose by 50", "was cut by 300": a change, not a level
        if low == start:
            return None
        for t in range(low, start):
            if (
                toks[t] in context.AVERAGES
                or toks[t] in context.INTENTIONS
                or (
                    toks[t] in context.FORECASTS
                    and (self.tok(t + 1) == "to" or (t == start - 1 and toks[t].endswith("ed")))
                )
            ):
                return t  # "an average of 300", "plans to free 300", "feared 300"
            if (
                toks[t] in context.NEGATORS
                and not (t + 1 < start and toks[t + 1] in _PARTITIVE)
                and (toks[t] != "t" or (t > low and toks[t - 1] in "'’" and self.glued(t)))
                and not (self._capital(t) and t > 0 and self._capital(t - 1))
            ):  # not in a name: "Doctors Without Borders treated 150"
                return t - 2 if toks[t] == "t" and t - 2 >= low else t
            if (
                toks[t] in context.COMPARATIVES
                and 2 <= start - t <= 3
                and toks[start - 1] in context.LINKS
            ):
                return t  # "more like 3,000", "an upper estimate of 300"
        t = start - 1
        tok = toks[t]
        if kinds[t] == "w":
            if (lex.comparison_verb(tok) is not None or tok in context.THRESHOLD_VERBS) and (
                t == 0 or toks[t - 1] not in context.DETERMINERS
            ):
                return t  # "may exceed 300", "topped 300", "passed 300", "pushing 300"
            if lex.run_together(tok) is not None:
                return t
            if (
                t - 2 >= low
                and toks[t - 1] in _DASHES
                and self.glued(t)
                and self.glued(t - 1)
                and lex.run_together(toks[t - 2] + tok) is not None
            ):
                return t - 2  # "at-least 300"
        if tok not in context.LINKS:
            return None
        for s in range(low, t):
            depth = lex.hedge_depth(toks, s)
            if depth == 0 or s + depth > t:
                continue
            words = toks[s : s + depth]
            rest = t - (s + depth)  # words between the hedge's start and the link
            if rest <= 2 and any(w not in _FUNCTION_WORDS for w in words):
                return s  # "more like 3,000", "close upon 500", "a far cry from 300"
            if depth >= 2 and rest == 1 and toks[s + depth] in context.EXTENT_NOUNS:
                return s  # "in the ballpark of 500", after "in the region of"
        return None

    def _hedge_ends_at(self, start: int) -> bool:
        """True when a hedge of the lexicon ends right before token ``start`` ("as few as")."""
        for t in range(max(0, start - _LOOK_BEHIND - 2), start):
            hedged = self.lex.prefix_hedge(self.toks, t)
            if hedged is not None and hedged[1] == start:
                return True
        return False

    def _modal(self, start: int, floor: int) -> int | None:
        """Where a modal verb starts that governs the figure at ``start``, else None.

        Reading back from the figure over words of :data:`_AUXILIARY` ("have", "be",
        "well") and at most two other words (a verb and its particle), a modal of
        :data:`pwstats.context.MODALS` makes the figure a possibility, not a count:
        "could reach 300", "may have killed 300", "might well rise to 300"; "would be
        fairer than picking out 50" is too far. "May" with a capital is the month ("in
        May 300 were freed").
        """
        toks, words = self.toks, 0
        j = start - 1
        while j >= floor and self.kinds[j] == "w":
            tok = toks[j]
            if tok in context.MODALS:
                return None if tok == "may" and self._capital(j) else j
            if tok not in _AUXILIARY:
                words += 1
                if words > 2 or tok in context.CLAUSE_OPENERS:
                    return None
            j -= 1
        return None

    def _address(self, fig: _Figure) -> bool:
        """True for a house number: "42 Shevchenko Street", "10 Downing St"."""
        end = fig.end
        if fig.kind != "bare" or end >= self.n or self.kinds[end] != "w" or not self._capital(end):
            return False
        return self.tok(end + 1) in context.STREETS or self.tok(end + 2) in context.STREETS

    def _age_beside_name(self, fig: _Figure) -> _Skip | None:
        """An age set off beside a name: "Jones, 64, said", "John Smith (64)".

        A whole number from 0 to :data:`pwstats.context.AGE_MAX` between a comma after
        a capitalised word and a closing mark (or in brackets after one) is an age.
        """
        start, end = fig.start, fig.end
        n = fig.nominal
        if fig.unit != _UNNAMED or not isinstance(n, int) or not 0 <= n <= context.AGE_MAX:
            return None
        name = start - 2
        if (
            name < 0
            or self.kinds[name] != "w"
            or not (
                self._capital(name)
                or self.toks[name] in context.PERSON_NOUNS
                or self.toks[name] in context.AGE_SUBJECTS  # "the teenager, 16, was freed"
            )
        ):
            return None
        opener = self.toks[start - 1]
        closer = self.tok(end)
        if opener == "," and (end >= self.n or closer in _AGE_CLOSE):
            return _Skip(start, end, "an age")
        if opener == "(" and closer == ")":
            return _Skip(start, end + 1, "an age")
        return None

    def _age_in_prose(self, fig: _Figure) -> _Skip | None:
        """An age said in a sentence rather than with "aged" or "-year-old", else None.

        A whole number from 0 to :data:`pwstats.context.AGE_MAX`, alone or after "just"
        or "only", is an age after *was*, *is* or *turned* said of one person (:data:`
        pwstats.context.AGE_SUBJECTS`: "the soldier was 16", "who is 19", "the youngest
        prisoner is 19", "he turned 16") when it ends its clause; after "of" and a word
        for a person ("a boy of 16", "men of 60"); after "as young as" or "as old as";
        before the suspended hyphen of an age range ("18- to 60-year-olds"); and in "At
        16, he ...". After a parent ("a mother of three") it is the number of children,
        a count of no event: skipped too.
        """
        start, end = fig.start, fig.end
        n = fig.nominal
        if (
            fig.unit != _UNNAMED
            or fig.kind not in ("bare", "exact")
            or (fig.kind == "exact" and fig.hedge_text not in ("just", "only"))
            or not isinstance(n, int)
            or not 0 <= n <= context.AGE_MAX
        ):
            return None
        before = self.tok(start - 1)
        ends = self._punctuated(end) or self.toks[end] in context.CLAUSE_WORDS
        if before.startswith("turn") and self.tok(end) not in _TURNED_PARTICLES:
            return _Skip(start, end, "an age")  # "she turned 16 in captivity"
        if before in context.AGE_COPULAS and ends:
            if self.tok(start - 2) in context.AGE_SUBJECTS:
                return _Skip(start, end, "an age")  # "he was 16", "who is 19"
            if self.tok(start - 3) in _AGE_SUPERLATIVES:
                return _Skip(start, end, "an age")  # "the youngest prisoner is 19"
        if before in ("were", "are") and ends and self.tok(start - 2) in _AGE_SUPERLATIVES:
            return _Skip(start, end, "an age")  # "the youngest were 18"
        if (
            before in _AGE_SUPERLATIVES
            and self._punctuated(end)
            and fig.kind == "bare"
            and self.tok(start - 2) == "the"
            and self.tok(start - 3) in ("and", ",", ";")
        ):
            return _Skip(start, end, "an age")  # "was 19 and the oldest 64"; "the youngest 40
            # were freed" counts them
        if before == "of" and fig.kind == "bare":
            person = self.tok(start - 2)
            if person in _PARENTS or (person.endswith("s") and person[:-1] in _PARENTS):
                return _Skip(start, end, "a number of children")  # "a father of five"
            if person in context.AGE_SUBJECTS or person in context.PEOPLE:
                return _Skip(start, self._age_list(end), "an age")  # "a boy of 16"
        if (
            before == "as"
            and self.tok(start - 2) in ("young", "old")
            and self.tok(start - 3) == "as"
            and fig.kind == "bare"
        ):
            return _Skip(start - 3, end, "an age limit")  # "children as young as 14"
        if [self.tok(end + k) for k in range(3)] == ["y", ".", "o"]:
            return _Skip(start, end + 3, "an age")  # "a 16 y.o. boy"
        if (
            before == "at"
            and self._opens_sentence(start - 1)
            and self.tok(end) == ","
            and self.tok(end + 1) in _AGE_PRONOUNS
        ):
            return _Skip(start - 1, end, "an age")  # "At 16, he enlisted"
        if (
            self.tok(end) in _DASHES
            and self.glued(end)
            and not self.glued(end + 1)
            and self.tok(end + 1) in ("to", "and", "or")
        ):
            q = self.quantity(end + 2, joined=False)
            if q is not None:
                k = self._unit(q.end)[1]
                if self.tok(k) in _DASHES and self.tok(k + 1) in ("old", "olds"):
                    return _Skip(start, end + 1, "an age")  # "18- to 60-year-olds"
        return None

    def _ordinal_fraction(self, fig: _Figure) -> _Skip | None:
        """ "a fourth consecutive day", "the third time": a fraction word used as an ordinal."""
        start, end = fig.start, fig.end
        if end != start + 2 or self.role(start + 1) != "fraction":
            return None
        nxt = self.tok(end)
        if nxt in context.ORDINAL_NEXT or (
            len(nxt) > 4 and nxt.endswith("est") and self.kinds[end] == "w"
        ):
            return _Skip(start, end + 1, "an ordinal")
        if self.toks[start] == "the" and nxt != "of":
            return _Skip(start, end, "an ordinal")
        return None

    def _age_list(self, end: int, *, plural: bool = False) -> int:
        """Where a list of ages ends whose first ends at token ``end`` ("aged 7, 8 and 9").

        Each further age follows ",", "and", "or" or "to", may name a unit ("aged 7
        months or 2 years", "aged 6 months to 15 years") and ends the list or the
        clause: in "aged 45 and 3 children" the word after 3 makes it a count of its own;
        a word that opens a clause ends the list ("aged 7 and 9 were freed"). After a plural
        ("between the ages of 18 and 60") every number of the list is an age.
        """
        while self.tok(end) in _AGE_JOINS:
            q = self.quantity(end + 1, joined=False)
            if q is None:
                break
            k = self._unit(q.end)[1]
            if (
                not plural
                and k < self.n
                and self.kinds[k] == "w"
                and self.toks[k] not in ("and", "or")
                and self.toks[k] not in context.CLAUSE_WORDS
            ):
                break
            end = k
        return end

    def _prefixed(self, i: int) -> _Figure | _Skip | None:
        """A figure that starts with a hedge at token ``i``: a number, range or vague word after it.

        "more than 230"; "roughly 1,000 to 2,000" and "about between 20 and 30" (the
        hedge read at each end of the range); "at least several thousand" (the hedge
        read at each end of the vague word's interval).
        """
        hedged = self.lex.prefix_hedge(self.toks, i)
        if hedged is None:
            return None
        hedge, k = hedged
        if self._particle(i):
            return None  # "handed over 2-3 bodies": two or three handed over
        if self._name_letter(i):
            return None  # "in Block C. 300 were there": a name's letter, not "c." (circa)
        text = _phrase_text(self, i, k)
        q = self._hedged_quantity(hedge, k)
        if q is not None and q.year and self.lead < 0 and self.tok(q.end) in _YEAR_NOUNS:
            return _Skip(i, q.end, "a year")  # "well below 2020 levels"
        if q is not None and self.lead < 0 and self.toks[k - 1] in _UNTIL:
            year = self._year_after_to(q)
            if year == "year" and self.tok(i - 1) in context.CHANGE_WORDS - {"by"}:
                year = "ambiguous"  # "went up to 2023.": a level, or until 2023?
            if year == "year":  # "up to 2023, 300 were freed": until 2023
                self.year_end = q.end
                return _Skip(i, q.end, "a year")
            if year == "ambiguous":  # "up to 2000.": at most 2,000, or until 2000?
                return _Skip(i, q.end, "a year or a count", unread=_phrase_text(self, i, q.end))
        if q is not None and not q.ordinal:
            fig = self._finish(i, q, hedge, text)
            if k != i + 1 or self.toks[i] not in _PARTICLE_VERBS or self.lead >= 0:
                return fig
            if fig.unit in _TIME_UNITS and self.toks[i] == "over":
                if self.tok(i - 1) in _OVER_A_TIME:
                    return fig  # "held for over 3 days", "took over 3 days"
                return fig._replace(unread="over")  # "died over 3 days": during them?
            if self.tok(i - 1) in _PARTICLE_VERBS[self.toks[i]]:
                # "took over 200 positions": seized 200, or took more than 200?
                return fig._replace(start=i - 1, unread=_phrase_text(self, i - 1, i + 1))
            return fig
        if q is not None or k >= self.n:
            return None
        inner = self._range_words(k) if self.toks[k] in _RANGE_START else None
        if inner is None:
            inner = self._vague(k)
        if isinstance(inner, _Figure) and (
            inner.kind == "vague" or (inner.low is not None and inner.high is not None)
        ):
            return self._hedge_span(i, inner, hedge, text)
        return None  # "exactly several - 230": no span to hedge; the hedge is left unread

    def _name_letter(self, i: int) -> bool:
        """True when token ``i`` is one capital letter after a capitalised word, the end of
        a name ("Block C", "Plan B"), never a hedge spelt with that letter ("c. 300")."""
        return (
            len(self.toks[i]) == 1
            and i > 0
            and self._capital(i)
            and self.kinds[i - 1] == "w"
            and self._capital(i - 1)
        )

    def _vague(self, i: int) -> _Figure | None:
        """A vague quantity at token ``i`` ("hundreds", "several dozen", "dozens of thousands"),
        with its time unit and a range to another ("dozens to hundreds")."""
        fig = self._vague_alone(i)
        if fig is None:
            return self._digit_plural(i)
        unit, k = self._unit(fig.end)
        fig = fig._replace(end=k, unit=unit)
        return self._vague_range(fig) or fig

    def _escalation(self, k: int) -> int | None:
        """Where the words at token ``k`` that go on from a vague word to a larger one end
        ("or", "or even", "if not", ", possibly", "— perhaps", "and likely"), else None.

        An optional comma or dash, then "or", "if not" or "and", then one of
        :data:`_ESCALATION_ADVERBS`; "and" needs the adverb ("dozens and hundreds" may
        be two counts), and a mark alone joins nothing ("hundreds, thousands").
        """
        j = k
        if self.tok(j) in _ESCALATION_MARKS:
            j += 1
        joined = False
        if self.tok(j) == "or":
            j, joined = j + 1, True
        elif self.tok(j) == "if" and self.tok(j + 1) == "not":
            j, joined = j + 2, True
        elif self.tok(j) == "and" and self.tok(j + 1) in _ESCALATION_ADVERBS:
            j += 1
        while self.tok(j) in _ESCALATION_ADVERBS and j - k < 4:
            j, joined = j + 1, True  # "or even", "maybe even"
        return j if joined and j < self.n else None

    def _vague_range(self, fig: _Figure) -> _Figure | None:
        """A vague word to another or to a number: "dozens to hundreds", "several hundred
        to a thousand". It reads as the hull of its ends, and so does a vague word that
        goes on to a larger one ("hundreds or thousands", "hundreds, if not thousands",
        "hundreds, possibly thousands": :meth:`_escalation`)."""
        k = fig.end
        joiner = "to"
        escalated = self._escalation(k)
        if escalated is not None:
            after, joiner = escalated, _phrase_text(self, k, escalated)
        elif self.tok(k) == "to" or self.tok(k) in _DASHES:
            after = k + 1
        else:
            return None
        if after >= self.n:
            return None
        other: _Figure | None = None
        if self.lex.vague(self.toks, after) is not None:
            found = self._vague_alone(after)
            other = found
        elif joiner == "to":
            q = self.quantity(after, joined=False)
            if q is not None and not q.ordinal and not q.year and q.unit == _UNNAMED:
                other = _Figure(after, q.end, "bare", q.value, q.unit_g, _UNNAMED, q.whole)
        if other is None or other.unit != fig.unit:
            return None
        assert fig.vague is not None
        top = other.vague.high if other.vague is not None else other.nominal
        if top is None or top < fig.vague.high:
            return None  # not a range upwards: "sent dozens to 2 hospitals"
        joiner = joiner if joiner[0] in _ESCALATION_MARKS else f" {joiner}"
        words = f"{fig.hedge_text}{joiner} {other.hedge_text or _covered(self, other)}"
        if escalated is not None and self.tok(other.end) == "," and other.vague is not None:
            # "tens, if not hundreds, of thousands": the scale set off after both is both's
            units, k = self._scales(other.end + 1, ("scale", "plural"))
            if units != 1 and self.tok(other.end + 1) == "of":
                scale = _phrase_text(self, other.end + 1, k)
                fig = fig._replace(vague=fig.vague.in_units(units, phrase=f"{words} {scale}"))
                other = other._replace(
                    end=k, vague=other.vague.in_units(units, phrase=f"{words} {scale}")
                )
                words = _phrase_text(self, fig.start, k)
        return _Figure(
            fig.start,
            other.end,
            "range",
            None,
            None,
            fig.unit,
            False,
            hedge_text=words,
            parts=(fig, other),
        )

    def _vague_alone(self, i: int) -> _Figure | None:
        """A vague quantity at token ``i``, repeated ("hundreds upon hundreds") or counted in
        scale words ("several dozen"), without a unit or a range after it."""
        vague = self.lex.vague(self.toks, i)
        if vague is None:
            return None
        entry, k = vague
        again = 2 * k + 1 - i  # where a repeat of the same words would end
        if (
            self.tok(k) in ("upon", "and", "on")
            and k + 1 < self.n
            and self.lex.vague(self.toks, k + 1) == (entry, again)
        ):
            k = again  # "hundreds upon hundreds", "dozens and dozens"
        units, k = self._scales(k, ("scale", "plural"))
        if units != 1:  # "several dozen", "dozens of thousands"
            entry = entry.in_units(units, phrase=_phrase_text(self, i, k))
        return _Figure(
            i, k, "vague", entry.code, None, _UNNAMED, False, vague=entry, hedge_text=entry.phrase
        )

    def _scale_header(self, i: int) -> _Skip | None:
        """A scale given once for the figures after it, as a table header gives it.

        A plural power of ten in brackets, "(in thousands)", or "(thousands)" before a
        colon, bar, comma, number, line end or the end of the text; or a run of zeros
        after a bracket, comma or "in" ("(000s)", "('000)", "IDPs, 000s").
        """
        tok = self.toks[i]
        if self.kinds[i] == "n":
            if len(tok) < 3 or tok.strip("0"):
                return None
            start = i - 1 if self.tok(i - 1) in ("'", "’") and self.glued(i) else i
            end = i + 2 if self.tok(i + 1) == "s" and self.glued(i + 1) else i + 1
            before = self.tok(start - 1)
            if before not in ("(", ",", "in", "|") and start > 0:
                return None
            if before == "(" and self.tok(end) == ")":
                start, end = start - 1, end + 1
            return _Skip(start, end, "a scale header", header=True)
        word = self.lex.single(tok) if self.kinds[i] == "w" else None
        if word is None or word.role != "plural" or str(word.value).rstrip("0") != "1":
            return None
        said_in = self.tok(i - 1) == "in"
        start = i - 2 if said_in else i - 1
        if self.tok(start) != "(" or self.tok(i + 1) != ")":
            return None
        end = i + 2
        if not said_in and end < self.n:
            gap = self.text[self.ends[i + 1] : self.starts[end]]
            if self.toks[end] not in (":", "|", ",") and self.kinds[end] != "n" and "\n" not in gap:
                return None  # "many (thousands) fled": a vague count in brackets
        return _Skip(start, end, "a scale header", header=True)

    def _decade(self, i: int) -> bool:
        """True for a decade or century in digits at token ``i``, "s" glued after it.

        "20s" to "90s" (ages, or years with "'80s"), and four digits ending in 0 from
        1000 to 2100 that are not a plural scale ("1990s", "1800s", "2000s"; "1000s"
        is thousands, :meth:`_digit_plural`).
        """
        if not self.glued(i + 1) or (
            i + 2 < self.n and self.glued(i + 2) and self.kinds[i + 2] == "w"
        ):
            return False
        raw = self.toks[i]
        if not raw.isdigit() or raw[-1] != "0":
            return False
        return (len(raw) == 2 and raw[0] != "1") or (len(raw) == 4 and 1000 <= int(raw) <= 2100)

    def _digit_decade(self, i: int, *, listed: bool = False) -> _Figure | _Skip | None:
        """A "decade" of counts in digits at token ``i``: "the 300s", "the mid-300s".

        A number of at least 100 ending in *z* zeros, with "s" or "'s" glued after it,
        names the numbers that share its digits before those zeros: "the 300s" are
        300 to 399, "the 1,250s" 1,250 to 1,259 (*w* = 10**z numbers). A part word
        before it names a third of them by the next digit, as a band of a plural
        scale word does (:func:`_proportion_or_band`): low, lower or early 0-3, mid or
        middle 4-6, high, upper or late 7-9 ("the mid-300s" is [340, 369], "the low
        200s" [200, 239], "upper 400s" [470, 499]); two joined by "to" their hull
        ("the mid-to-upper 300s" [340, 399]). It reads the same under every reading.

        It must come after "the" or a part word, or follow such a decade in a list after
        "and" or a comma ("the 300s and 400s", "the 300s, 400s and 500s": each its
        band): a bare "300s" is unread, never a count. Two joined by "or", "to" or a
        dash ("the 300s or 400s", "the high 300s to low 400s") are one figure, their hull,
        as "300 or 400" is one range, and so are several after commas whose last is
        joined by "or" ("the 300s, 400s or 500s" is [300, 599]). A power of ten ("the
        100s", "in the 1,000s") may also be the plural scale word ("hundreds"): after
        "the" alone it reads as the
        band of that scale word ([100, 999], [1000, 9999]), which holds both meanings;
        with a part word ("the mid-1,000s": 1,400 to 1,699, or 4,000 to 6,999?) it is
        unread. Four
        plain digits from 1000 to 2100 are years (:meth:`_decade`), and one or two
        digits other than a power of ten ("the 20s") ages or years, never counts.
        """
        j = i + 1
        if self.tok(j) in ("'", "’") and self.glued(j):
            j += 1
        if (
            self.tok(j) != "s"
            or not self.glued(j)
            or (j + 1 < self.n and self.glued(j + 1) and self.kinds[j + 1] in ("w", "n"))
        ):
            return None
        raw = self.toks[i]
        digits = raw.translate(self.grp)
        if not digits.isdigit() or digits[0] == "0" or len(digits) > MAX_DIGITS:
            return None
        zeros = len(digits) - len(digits.rstrip("0"))
        power = digits.rstrip("0") == "1"
        if zeros == 0 or (len(digits) < 3 and not power):
            return None  # "the 20s": ages or years (:meth:`_decade`)
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100 and not power:
            return None  # "the 1990s", "the mid-1800s": years (:meth:`_decade`)
        start = i
        thirds: list[int] = []
        t = i - 1
        if self.tok(t) in _DASHES and self.glued(i) and self.glued(t):
            t -= 1  # "mid-300s"
        if self.tok(t) in _DECADE_PART:
            thirds.append(_DECADE_PART[self.toks[t]])
            start = t
            k = t - 1
            if self.tok(k) in _DASHES and self.glued(t):
                k -= 1
            if self.tok(k) == "to":
                k -= 1
                if self.tok(k) in _DASHES and self.glued(k + 1):
                    k -= 1
                if self.tok(k) in _DECADE_PART:  # "mid-to-upper 300s", "low to mid 300s"
                    thirds.insert(0, _DECADE_PART[self.toks[k]])
                    start = k
        elif self.glued(i) and i > 0 and not listed:
            return None  # "737-300s", "A300s": a name
        if start == i and not listed:
            t = i - 1
            if self.tok(t) in _DECADE_LIST and self.tok(t - 1) == ",":
                t -= 1  # "the 300s, 400s, and 500s"
            listed = self.tok(t) in _DECADE_LIST and self.decade_end == t
        if self.tok(start - 1) == "the":
            start -= 1
            if self.tok(start - 1) in ("in", "into", "within"):
                start -= 1
        if not listed and start != i:
            # "the 300s, the 400s", "low 300s, low 400s": the list goes on before the
            # words of this decade too (else each would scan the rest of the list again)
            t = start - 1
            if self.tok(t) in _DECADE_LIST and self.tok(t - 1) == ",":
                t -= 1
            listed = self.tok(t) in _DECADE_LIST and self.decade_end == t
        end = j + 1
        said = self.text[self.starts[start] : self.ends[j]]
        value = int(digits)
        if start == i and power:
            return None  # "1,000s of people": the plural scale word (:meth:`_digit_plural`)
        if (start == i and not listed) or (power and thirds):
            # "300s" alone; "the mid-1,000s": a decade of the thousands or of 1,000 to 1,999?
            return _Skip(start, end, "a plural number pwstats cannot place", unread=said)
        width = 10 * value if power else 10**zeros
        low, high = (value, width - 1) if power else (value, value + width - 1)
        if thirds:
            if thirds[0] > thirds[-1]:
                return _Skip(start, end, "an inverted band", unread=said)  # "upper-to-low"
            step = width // 10
            low = value + _THIRD_DIGITS[thirds[0]][0] * step
            high = value + (_THIRD_DIGITS[thirds[-1]][1] + 1) * step - 1
        others = () if listed else self._other_decades(end)
        for other in others:  # "the 300s or 400s", "the 300s, 400s or 500s": the hull
            assert other.vague is not None
            low, high = min(low, int(other.vague.low)), max(high, int(other.vague.high))
            end = other.end
        words = _phrase_text(self, start, end)
        self.decade_end = end
        entry = Vague(words, low=low, high=high, code=low, source="pwstats convention")
        unit, k = self._unit(end)
        return _Figure(start, k, "vague", None, None, unit, False, vague=entry, hedge_text=words)

    def _other_decades(self, end: int) -> tuple[_Figure, ...]:
        """The decades of counts that with the one before token ``end`` are one figure.

        One after "or" or "to" ("the 300s or 400s", "the high 300s to low 400s"), with
        any more alternatives after commas or "or" ("the 300s or 400s, 500s"), or a list
        of them after commas that ends in "or" ("the 300s, 400s or 500s", with or
        without a comma before "or"); a list that ends in "and" or in neither is no
        figure of its own (each decade of "the 300s, 400s and 500s" is its band): ().
        """
        other = self._other_decade(end, ("or", "to"))
        if other is not None:
            # more alternatives after commas: "the 300s or 400s, 500s" is the hull too
            others = [other]
            while (more := self._other_decade(others[-1].end, (",", "or"))) is not None or (
                self.tok(others[-1].end) == ","
                and (more := self._other_decade(others[-1].end + 1, ("or",))) is not None
            ):
                others.append(more)
            return tuple(others)
        listed: list[_Figure] = []
        while (found := self._other_decade(end, (",",))) is not None:
            listed.append(found)
            end = found.end
        if listed:
            joiner = end + (self.tok(end) == ",")
            last = self._other_decade(joiner, ("or",))
            if last is not None:
                return (*listed, last)
            after = self.tok(joiner + 1)
            if after in _ESCALATION_ADVERBS:
                after = self.tok(joiner + 2)  # "the 300s, 400s or even more"
            if self.tok(joiner) == "or" and after in _LIST_HEDGES:
                return tuple(listed)  # "the 300s, 400s or more": the hedge is the list's
        return ()

    def _other_decade(self, end: int, joiners: tuple[str, ...]) -> _Figure | None:
        """The decade of counts after one of ``joiners`` (or a dash joining "or" and "to")
        at token ``end`` ("or 400s", "to low 400s", ", 400s"), else None."""
        dash = "to" in joiners and self.tok(end) in _DASHES and self.glued(end)
        if self.tok(end) not in joiners and not dash:
            return None
        m = end + 1
        if self.tok(end) == "or" and self.tok(m) in _ESCALATION_ADVERBS:
            m += 1  # "the 300s or even 400s", as "hundreds or even thousands"
        first = m
        if self.tok(m) == "the":
            m += 1  # "the 300s or the 400s"
        if self.tok(m) in _DECADE_PART:
            m += 1
            if self.tok(m) in _DASHES and self.glued(m) and self.glued(m + 1):
                m += 1  # "low-400s"
        if m >= self.n or self.kinds[m] != "n" or self.tok(m + 1) not in _PLURAL_S:
            return None
        found = self._digit_decade(m, listed=True)
        return found if isinstance(found, _Figure) and found.start == first else None

    def _digit_plural(self, i: int) -> _Figure | None:
        """A plural scale written in digits, read as the vague word: "100s" is "hundreds".

        "1000s of people", "10s of thousands": the digits must be a power of ten that
        is a plural scale word's value whose vague word the lexicon lists ("20s" is
        a decade, not scores; "12s" no dozens).
        """
        if (
            self.kinds[i] != "n"
            or self.tok(i + 1) != "s"
            or not self.glued(i + 1)
            or (i + 2 < self.n and self.glued(i + 2) and self.kinds[i + 2] != "s")
        ):
            return None
        digits = self.toks[i].translate(self.grp)
        if not digits.isdigit() or len(digits) > 13 or digits.rstrip("0") != "1":
            return None
        value = int(digits)
        for word in self.lex.plurals:
            if word.value == value:
                vague = self.lex.vague((word.phrase,), 0)
                if vague is None:
                    return None
                entry = vague[0]
                units, k = self._scales(i + 2, ("scale", "plural"))
                if units != 1:
                    entry = entry.in_units(
                        units, phrase=f"{word.phrase} {_phrase_text(self, i + 2, k)}"
                    )
                unit, k = self._unit(k)
                return _Figure(
                    i,
                    k,
                    "vague",
                    entry.code,
                    None,
                    unit,
                    False,
                    vague=entry,
                    hedge_text=entry.phrase,
                )
        return None

    def _hedge_span(
        self, i: int, inner: _Figure, hedge: Hedge, text: str | None, *, end: int | None = None
    ) -> _Figure:
        """``hedge`` said of a range or vague quantity ``inner``: the hull of it at both ends.

        "roughly 1,000 to 2,000" is "roughly 1,000" to "roughly 2,000"; "200-300+"
        is at least 200 (and, pragmatically, up to a little above 300); "at least
        several thousand" is at least 3,000. An exact hedge ("only a few") leaves
        ``inner`` as it is.
        """
        low, high = _ends(inner)
        start = min(i, inner.start)
        stop = max(inner.end, i + 1) if end is None else end
        if inner.hedge_text is None:
            words = text
        elif end is None:  # the hedge before: "roughly between ..."
            words = f"{text} {inner.hedge_text}"
        else:  # the hedge after: "between ..., possibly more"
            words = f"{inner.hedge_text} {text}"
        vague = inner.kind == "vague" or (
            inner.parts and all(p.kind == "vague" for p in inner.parts)
        )
        if hedge.shape == "exact" or (hedge.shape == "around" and vague):
            # "only a few"; "some tens of thousands": a vague word is already approximate
            return inner._replace(start=start, end=stop, hedge_text=words)
        kind: AmountKind = _KIND_OF_SHAPE[hedge.shape]
        ends = tuple(
            _Figure(i, stop, kind, n, _end_granularity(n), inner.unit, inner.whole, hedge, text)
            for n in (low, high)
        )
        return _Figure(
            *(start, stop, kind, None, None, inner.unit, inner.whole, hedge, words),
            parts=ends,
            unread=inner.unread,
        )

    def _particle(self, t: int) -> bool:
        """True when "over" at token ``t`` in prose is the particle of a verb of handing
        over (:data:`pwstats.context.HANDING_OVER`: "handed over 2-3 bodies"), no hedge."""
        return (
            self.lead < 0
            and self.toks[t] == "over"
            and self.tok(t - 1) in context.HANDING_OVER
            and self.tok(t + 1) != "to"  # "handed over to Kyiv"
        )

    def _hedged_quantity(self, hedge: Hedge, k: int) -> _Quantity | None:
        """The quantity after a hedge; after an approximator a scale word alone is one of it.

        "some dozen" is some 12 and "about hundred" about 100; "only hundred-year-old"
        is no figure.
        """
        q = self.quantity(k)
        if q is None and hedge.shape == "around" and self.role(k) == "scale":
            return self.number_words(k, one=True)
        return q

    def _upper_word(self, j: int) -> bool:
        """True when token ``j`` is a word of two or more capitals, not glued ("MAX", "NEO")."""
        word = self.text[self.starts[j] : self.ends[j]] if j < self.n else ""
        return len(word) > 1 and word.isalpha() and word.isupper() and not self.glued(j)

    def _designation_end(self, j: int) -> int:
        """Where a designation whose number ends before token ``j`` ends: past a code glued
        to it ("737-300s"), then a word in capitals and a number after that ("737 MAX 8")."""
        j = self._name(j - 1).end
        if self._upper_word(j):
            j += 1
            if self.kinds[j] == "n" if j < self.n else False:
                j = self._name(j).end
        return j

    def _name(self, i: int) -> _Skip:
        """A name or code with digits, as far as its glued letters, digits and joiners go.

        "A320", "10_000", "5-812/2019": a joiner ("_", "/", "-", ".") counts when
        letters or digits follow it without a space.
        """
        j = i + 1
        while j < self.n and self.glued(j):
            if self.kinds[j] in ("w", "n"):
                j += 1
            elif (
                self.toks[j] in _CODE_JOINERS
                and j + 1 < self.n
                and self.glued(j + 1)
                and self.kinds[j + 1] in ("w", "n")
            ):
                j += 2
            else:
                break
        if j == i + 2 and self.kinds[i] == "n" and self.toks[i + 1].lower() in _MEASURES:
            return _Skip(i, j, "a measurement")  # "5km", "12ft", as "5 km" is
        return _Skip(i, j, "a name or code")

    def _is_year(self, i: int, q: _Quantity) -> bool:
        """True when four plain digits from 1800 to 2100 at token ``i`` are a year.

        A year follows a word of time (:data:`_YEAR_CONTEXT`: "in 2023", "since
        2022"), comes before a noun it modifies (:data:`_YEAR_NOUNS`) or before no
        lower-case word ("2023." "2023, 300 fled"); after "for" or as a clause's
        subject (:data:`_YEAR_SUBJECT`) when a verb of :data:`_YEAR_VERBS` follows
        ("the figure for 2023 was", "2022 was the worst year"); or joins a list after
        a year ("2019 and 2020"); or follows a plural's possessive ("the Beatles' 1967
        album", as "the country's 1994 constitution").
        "2023 people" and "for 2000 people" stay counts.
        """
        before = self.tok(i - 1)
        if before in _YEAR_CONTEXT or self.tok(q.end) in _YEAR_NOUNS:
            return True
        if (
            before in ("'", "’")
            and self.glued(i - 1)
            and not self.glued(i)
            and self.tok(i - 2).endswith("s")
            and self.kinds[i - 2] == "w"
        ):
            return True  # after a plural's possessive: "the Beatles' 1967 album"
        if before in _YEAR_LIST and self.year_end == i - 1:
            return True  # "for 2019 and 2020", "in 2019, 2020 and 2021"
        after = q.end
        if after >= self.n or self.kinds[after] != "w":
            return True
        nxt = self.toks[after]
        subject = before in _YEAR_SUBJECT or i == 0 or before in _SENTENCE_START
        if subject and (nxt in _YEAR_VERBS or (nxt in _YEAR_LIST and before == "for")):
            return True
        word = self.text[self.starts[after] : self.ends[after]]
        return not word.islower()

    def _years_range(self, i: int, q: _Quantity) -> _Skip | None:
        """A span of years from year ``q``: "2019-2022", or a fiscal year "2023-24"."""
        j = q.end
        if self.tok(j) in _DASHES and j + 1 < self.n and self.kinds[j + 1] == "n":
            other = self.digits(j + 1)
            if other is not None and other.year:
                return _Skip(i, other.end, "a span of years")
            raw = self.toks[j + 1]
            if (
                len(raw) == 2
                and raw.isdigit()
                and self.glued(j)
                and self.glued(j + 1)
                and 0 < (int(raw) - q.value) % 100 <= _FISCAL_SPAN
            ):
                return _Skip(i, j + 2, "a span of years")  # "2023-24", "1999-00", "1939-45"
        return None

    def _date(self, i: int, q: _Quantity) -> _Skip | None:
        """A day of the month beside a month name ("7 August", "August 7th, 2023")."""
        if q.words or q.scale != 1 or q.share or not isinstance(q.value, int):
            return None
        if not 1 <= q.value <= 31:
            return None
        j = q.end
        month_after = self.tok(j) in _MONTHS or (self.tok(j) == "of" and self.tok(j + 1) in _MONTHS)
        before = i - 1
        if self.tok(before) == "." and self.tok(before - 1) in _MONTHS:
            before -= 1
        month_before = self.tok(before) in _MONTHS
        if month_after and self.toks[j] == "may" and not self._capital(j):
            month_after = False
        if month_before and self.tok(before) == "may" and not self._capital(before):
            month_before = False
        if not (month_after or month_before):
            return None
        end = j + (2 if self.tok(j) == "of" else 1) if month_after else j
        if self.tok(end) == ",":
            end += 1
        if end < self.n and self.kinds[end] == "n":
            year = self.digits(end)
            if year is not None and year.year:
                end = year.end
        return _Skip(i, end, "a date")

    def _capital(self, j: int) -> bool:
        return self.text[self.starts[j]].isupper()

    def _unit(self, k: int) -> tuple[str, int]:
        if self.tok(k) in _DASHES and self.glued(k) and self.glued(k + 1):
            k += 1  # "three-hour talks"
            word = self.lex.single(self.tok(k))
            if word is not None and word.role == "unit" and word.unit:
                return word.unit, k + 1
            return _UNNAMED, k - 1
        if k < self.n and self.kinds[k] == "w":
            word = self.lex.single(self.toks[k])
            if word is not None and word.role == "unit" and word.unit:
                return word.unit, k + 1
        return _UNNAMED, k

    def _finish(self, i: int, q: _Quantity, hedge: Hedge | None, hedge_text: str | None) -> _Figure:
        """Complete a figure after its first quantity: range, after-hedge, unit, other side.

        After a hedge: a range ("roughly 1,000 to 2,000") or the other side of a
        two-sided bound ("more than 40 but fewer than 60"). Without one: a stated
        spread ("300 ± 25"), an after-hedge ("230 or more"), a range, and a hedge
        after the range ("200-300+", "8,000-9,000 (est.)").
        """
        j = q.end
        if hedge is not None and not q.ordinal:
            found = self._range_tail(i, q)
            if found is not None:
                return self._hedge_span(i, found, hedge, hedge_text)
        if hedge is None and not q.ordinal:
            spread = self._plus_minus(i, q)
            if spread is not None:
                return spread
            after = self._after_hedge(j)
            if after is not None:
                hedge, k = after
                hedge_text = hedge.phrase
                if q.unit == _UNNAMED:
                    q, k = self._percent_at(q, k)  # "50-plus per cent"
                unit, k = self._unit(k) if q.unit == _UNNAMED else (q.unit, k)
                return self._hedged(i, k, q, hedge, hedge_text, unit)
            found = self._range_tail(i, q)
            if found is not None:
                after = self._after_hedge(found.end)
                if after is None:
                    return found
                h, k = after
                return self._hedge_span(i, found, h, h.phrase, end=k)
        unit = q.unit
        if q.unit == _UNNAMED and not q.ordinal:
            unit, j = self._unit(j)
            if hedge is None and unit != _UNNAMED:
                after = self._after_hedge(j)
                if after is not None:
                    hedge, j = after
                    hedge_text = hedge.phrase
        if hedge is None:
            return _Figure(i, j, "bare", q.value, q.unit_g, unit, q.whole, scaled=q.scale != 1)
        fig = self._hedged(i, j, q, hedge, hedge_text, unit)
        both = self._other_side(fig)
        if both is not None:
            return both
        after = self._after_hedge(j) if hedge.position == "before" else None
        if after is not None and after[0] != hedge:
            # "an estimated 20,000 or more", "about 200 or fewer": either reading may hold
            second, k = after
            other = self._hedged(i, k, q, second, second.phrase, unit)
            words = f"{hedge_text} … {second.phrase}"
            if hedge.shape == "around" and second.phrase in APPROXIMATE_AFTER:
                return other._replace(hedge_text=words)  # "some 300-odd" is "300-odd"
            kind = fig.kind if fig.kind == other.kind else "range"
            return _Figure(
                i, k, kind, None, None, unit, q.whole, hedge_text=words, parts=(fig, other)
            )
        return fig

    def _percent_at(self, q: _Quantity, k: int) -> tuple[_Quantity, int]:
        """``q`` as a percentage when a percent word stands at token ``k`` ("50-plus per
        cent"), and the index after it; else ``q`` and ``k`` unchanged."""
        found = self.lex.word(self.toks, k) if k < self.n else None
        if found is None or found[0].role != "percent":
            return q, k
        word, end = found
        assert word.value is not None
        value = _norm(Fraction(q.value) * word.value)
        g = None if q.unit_g is None else _norm(Fraction(q.unit_g) * word.value)
        return _Quantity(value, g, end, _SHARE, False, 1, True, False, False, q.words), end

    def _other_side(self, fig: _Figure) -> _Figure | None:
        """A one-sided bound and its opposite joined by "but"/"and": their intersection.

        "more than 40 but fewer than 60", "at least 40 and no more than 60",
        "fewer than 60, but more than 40".
        """
        assert fig.hedge is not None
        shape = fig.hedge.shape
        if shape in ("exact", "around"):
            return None
        k = fig.end
        if self.tok(k) == ",":
            k += 1
        if self.tok(k) not in ("but", "and", "yet"):
            return None
        k += 1
        hedged = self.lex.prefix_hedge(self.toks, k) if k < self.n else None
        if hedged is None:
            return None
        hedge, m = hedged
        if (hedge.shape in ("above", "at_least")) == (shape in ("above", "at_least")):
            return None
        if hedge.shape in ("exact", "around"):
            return None
        q = self.quantity(m)
        if q is None or q.ordinal or q.unit != fig.unit:
            return None
        unit, end = self._unit(q.end) if q.unit == _UNNAMED else (q.unit, q.end)
        if unit not in (fig.unit, _UNNAMED):
            return None
        other = self._hedged(k, end, q, hedge, _phrase_text(self, k, m), fig.unit)
        words = f"{fig.hedge_text} … {other.hedge_text}"
        return _Figure(
            fig.start,
            end,
            "range",
            None,
            None,
            fig.unit,
            fig.whole or q.whole,
            hedge_text=words,
            parts=(fig, other),
            meet=True,
        )

    def _plus_minus(self, i: int, q: _Quantity) -> _Figure | None:
        """A number and its stated spread: "300 ± 25", "300 +/- 25", "300 plus or minus 10%".

        The spread is in the number's unit, or a percentage of the number; the
        figure is the closed range between the two ends under every reading.
        """
        k = q.end
        if self.tok(k) not in _PLUS_MINUS_START:
            return None
        for marker in _PLUS_MINUS:
            if all(self.tok(k + t) == w for t, w in enumerate(marker)):
                k += len(marker)
                break
        else:
            return None
        e = self.quantity(k)
        if e is None or e.ordinal or e.whole:
            return None
        if e.unit == _SHARE and q.unit != _SHARE:
            spread = _norm(Fraction(q.value) * Fraction(e.value))
        elif e.unit == q.unit:
            spread = e.value
        else:
            return None
        unit, end = self._unit(e.end) if q.unit == _UNNAMED else (q.unit, e.end)
        return _Figure(
            i,
            end,
            "range",
            q.value,
            None,
            unit,
            q.whole,
            low=q.value - spread,
            high=q.value + spread,
            hedge_text="±",
        )

    def _after_hedge(self, j: int) -> tuple[Hedge, int] | None:
        """The hedge after a number or range at token ``j``, and the index after it.

        After a comma only one that goes on from the figure counts ("4,000, or more",
        "between 500 and 1,000, possibly more"): its first word is in
        :data:`_AFTER_COMMA`.
        """
        if j >= self.n:
            return None
        if self.toks[j] == "," and self.tok(j + 1) in _AFTER_COMMA:
            found = self.lex.suffix_hedge(self.toks, j + 1)
        else:
            found = self.lex.suffix_hedge(self.toks, j)
        if found is None or self.tok(found[1]) == "than":
            return None  # "and fewer than 60" starts the other side of a bound
        if found[1] == j + 1 and self.kinds[j] == "s" and not self.glued(j):
            return None  # "230 + 20" is arithmetic; "230+" is a bound
        if found[1] == j + 1 and self._upper_word(j) and self.text[self.starts[j]].isupper():
            return None  # "a 737 MAX 8": a model's name in capitals, not "at most"
        return found

    @staticmethod
    def _hedged(
        i: int, end: int, q: _Quantity, hedge: Hedge, text: str | None, unit: str
    ) -> _Figure:
        kind: AmountKind = _KIND_OF_SHAPE[hedge.shape]
        return _Figure(i, end, kind, q.value, q.unit_g, unit, q.whole, hedge, text)

    def _range_words(self, i: int) -> _Figure | _Skip | None:
        """ "between 200 and 250", "from 200 to 250", "anywhere from 20 to 40"."""
        lead = i
        if self.tok(i) in _RANGE_LEAD:
            i += 1
        word = self.tok(i)
        if word not in _RANGE_JOINER:
            return None
        joiner = _RANGE_JOINER[word]
        found = self._range_between(i, joiner)
        if isinstance(found, _Figure):
            if lead != i:
                found = found._replace(start=lead)
            after = self._after_hedge(found.end)
            if after is not None:  # "between 500 and 1,000, possibly more"
                return self._hedge_span(lead, found, after[0], after[0].phrase, end=after[1])
        return found

    def _range_between(self, i: int, joiner: str) -> _Figure | _Skip | None:
        if joiner == "to" and self.lead < 0 and self.tok(i - 1) in context.CHANGE_WORDS:
            return None  # "rose from 1,200 to 1,500": two figures of two times
        first = self.quantity(i + 1)
        if first is not None and self.tok(first.end) != joiner:
            first = self.quantity(i + 1, joined=False)  # "between 200 and a quarter million"
        if first is None or first.ordinal or self.tok(first.end) != joiner:
            return None
        second = self.quantity(first.end + 1, joined=False)
        if second is None or second.ordinal:
            return None
        if first.year and second.year and i != self.lead:
            return _Skip(i, second.end, "a span of years")  # "between 2022 and 2023"
        fig = self._range(i, first, second, self.toks[i])
        if fig is not None and i != self.lead and not first.year and self._year_after_to(second):
            # "between 300 and 2023.", "between 300 and 2023 in total": a count range, or
            # a span from a count to a year? Unread; "between 300 and 2023 people" is a range.
            return fig._replace(unread=_phrase_text(self, i, second.end))
        return fig

    def _range_tail(self, i: int, q: _Quantity) -> _Figure | None:
        """ "200-250", "200–250", "200 to 250", "50 or 100"."""
        j = q.end
        sep = self.tok(j)
        if sep not in _DASHES and sep not in ("to", "or"):
            return None
        if (
            sep == "to"
            and self.lead < 0
            and (
                self.tok(i - 1) in context.CHANGE_WORDS
                or (self.tok(i - 1) == "from" and self.tok(i - 2) in context.CHANGE_WORDS)
            )
            and not (self.tok(i - 1) == "by" and self._tallied_before(i - 1))
        ):
            return None  # "raised by 180,000 to 1.5 million": a change and a level
        second = self.quantity(j + 1)
        if second is None or second.ordinal or (q.year and second.year and i != self.lead):
            return None
        if sep == "to" and i != self.lead and not q.year:
            year = self._year_after_to(second)
            if year == "year":
                return None  # "freed 300 to 2023": a count and the year it runs to
            if year == "ambiguous":  # "300 to 2000.": a range, or a count to a year?
                fig = self._range(i, q, second, None)
                if fig is not None:
                    return fig._replace(unread=_phrase_text(self, i, second.end))
                return None
        return self._range(i, q, second, None)

    def _year_after_to(self, q: _Quantity) -> Literal["year", "ambiguous"] | None:
        """Whether ``q``, after "to" or "up to" in prose, is a year the figure runs to.

        Four plain digits from 1800 to 2100 that end the clause or come before a
        capital are a year ("freed 300 to 2023.", "up to 2023, 300 were freed"), or,
        when a whole hundred ("up to 2000."), a year or a count pwstats cannot tell:
        ``"ambiguous"``; so are they before a word of time (:data:`_TIME_AFTER_YEAR`:
        "300 to 2023 in total", "to 2023 by May"), and the caller makes a year after a
        word of change ambiguous too ("rose to 2023.", "went up to 2023.": a level,
        or until then?). Before another word they are a count ("up to 2023 people"):
        None.
        """
        if not q.year or q.words or q.scale != 1:
            return None
        after = q.end
        if after < self.n and self.kinds[after] == "n":
            return None
        if after < self.n and self.kinds[after] == "w":
            word = self.text[self.starts[after] : self.ends[after]]
            if word in _TIME_AFTER_YEAR:
                return "ambiguous"
            if word.islower():
                return None
        return "ambiguous" if q.value % 100 == 0 else "year"

    def _range(
        self, i: int, first: _Quantity, second: _Quantity, word: str | None
    ) -> _Figure | None:
        low, high = first.value, second.value
        chain = self._dash_chain(first, second)
        if chain is not None:  # "0-1-2-3", "a 4-4-2 formation", "120-3-5": no range
            shown = self.text[self.starts[i] : self.ends[chain - 1]]
            if self.lead >= 0:
                raise ParseError(
                    f"{shown!r} is a chain of numbers (a code, a score or a tally), not a"
                    " figure of one quantity: its numbers are no range",
                    text=self.text,
                    position=self.starts[i],
                )
            return _Figure(
                *(i, chain, "range", None, None, _UNNAMED, False),
                low=min(low, high),
                high=max(low, high),
                unread=shown,
            )
        unit = second.unit
        shared: int | None = None  # the token of the upper end's scale words, if shared
        if first.unit != second.unit:
            if first.unit == _UNNAMED and second.share and not second.whole:
                low = _norm(Fraction(low) / 100)  # "20-30%"
            else:
                return None
        else:
            scale, at = self._said_scale(second, first.end + 1)
            if (
                scale != 1
                and self._said_scale(first, i + 1 if word is not None else i)[0] == 1
                and self.role(first.end + 1) not in ("article", "fraction")
            ):
                scaled = _norm(Fraction(low) * scale)
                if scaled <= high or low < _MANTISSA_BELOW:
                    low, shared = scaled, at  # "2-3 million"; "3-2 million" is inverted
        if low > high:
            if i == self.lead and not self._year_or_date(first, second):
                raise self._inverted(i, first, second, word, shared=shared)  # say why
            tally = self._tally(i, first, second, word, descending=True)
            if tally is not None:  # "passed 300-120", "a 3-2 decision"
                return _Figure(
                    *(i, tally, "range", None, None, _UNNAMED, False),
                    low=high,
                    high=low,
                    unread=self.text[self.starts[i] : self.ends[tally - 1]],
                )
            return None  # in prose, "fell from 1,400 to 1,200" is two figures
        tally = self._tally(i, first, second, word, descending=False)
        if tally is not None and self.lead >= 0:
            shown = self.text[self.starts[i] : self.ends[min(tally, self.n - 1)]]
            raise ParseError(
                f"{shown!r} is a tally of votes or a score, not a figure of one quantity:"
                " its numbers are no range",
                text=self.text,
                position=self.starts[i],
            )
        if tally is not None:  # "a 2-3 defeat", "voted 120 to 300 against"
            return _Figure(
                *(i, tally, "range", None, None, _UNNAMED, False),
                low=low,
                high=high,
                unread=self.text[self.starts[i] : self.ends[tally - 1]],
            )
        end = second.end
        if unit == _UNNAMED:
            unit, end = self._unit(end)
        fig = _Figure(
            i, end, "range", None, None, unit, first.whole, low=low, high=high, hedge_text=word
        )
        if word is None and self._thousands_shared(first, second):
            shown = self.text[self.starts[first.end - 1] : self.ends[second.end - 1]]
            if self.lead >= 0:
                raise ParseError(
                    f"{shown!r} is ambiguous: its lower end may be said in the upper end's"
                    f" thousands ({_norm(Fraction(first.value) * 1000):,}) or be"
                    f" {first.value} as written; give both ends in full",
                    text=self.text,
                    position=self.starts[first.end - 1],
                )
            return fig._replace(unread=shown)
        if (
            low == high
            and word is None
            and self.tok(first.end) in _DASHES
            and self.glued(first.end)
            and self.glued(first.end + 1)
            and unit == _UNNAMED
            and self.lead < 0
        ):
            # in prose "a 50-50 split", "a 2-2 draw" is a split or a score, never a count
            # of 50; parse reads "50-50" as the range [50, 50] it writes
            return fig._replace(unread=self.text[self.starts[i] : self.ends[second.end - 1]])
        return fig

    def _dash_chain(self, first: _Quantity, second: _Quantity) -> int | None:
        """Where a chain of three or more numbers joined by glued dashes ends ("0-1-2",
        "a 4-4-2 formation", "120-3-5"), when ``first`` and ``second`` begin one; else None.

        No range has three ends: such a chain is a code, a score, a formation or a tally,
        whatever its order. The chain is read once, from its first number.
        """
        joiner = first.end
        if (
            second.end != joiner + 2
            or self.tok(joiner) not in _DASHES
            or not (self.glued(joiner) and self.glued(joiner + 1))
        ):
            return None
        end = self._dashed_parts(second.end)
        return end if end > second.end else None

    def _dashed_parts(self, end: int) -> int:
        """The token after the glued "-N" parts going on from token ``end`` (the "-3-5"
        of "120-3-5"); ``end`` itself when none does."""
        while (
            self.tok(end) in _DASHES
            and self.glued(end)
            and self.glued(end + 1)
            and self.kinds[end + 1 : end + 2] == ["n"]
        ):
            end += 2
        return end

    def _tally(
        self, i: int, first: _Quantity, second: _Quantity, word: str | None, *, descending: bool
    ) -> int | None:
        """Where a vote tally or a score in prose ends ("300-120", "a 3-2 decision", "voted
        300 to 120", "a 120-3-5 vote"), else None: its numbers count votes or points, not
        the measure, and it is no range of anything ([120, 300] would be a misreading).

        In parse, a tally noun after the numbers is an error ("2-3 defeat"), and "300-120"
        an inverted range. Two
        numbers joined by a glued dash, the first above the second, are a tally or a
        score whatever the words around them: no range is written high to low; so are
        two joined by "to", high to low, after no word of change ("approved the bill
        300 to 120"; "fell by 300 to 120" is a change and a level). Any two
        numbers joined by a dash or "to" are one when a word of
        :data:`pwstats.context.TALLY_NOUNS` follows ("a 2-3 defeat", "a 52-48 vote"), or
        a tally noun stands before, linked by words of :data:`_TALLY_LINKS` ("a vote of
        300-120", "the vote was 120-300"; "a majority of 120-300 seats" is a range), or a
        word of
        :data:`pwstats.context.TALLY_VERBS` stands right before (or before "by": "won by
        3-2") and no noun follows
        in the clause ("passed 300-120 on Tuesday"; "defeated 200-300 fighters" is a
        range of fighters). Further glued "-N" parts ("120-3-5": for, against,
        abstaining) belong to it.
        """
        if word is not None or self._year_or_date(first, second):
            return None  # "3,000 to 2023", "230 to 7 August": a number and a time
        if descending and self.lead >= 0:
            return None  # parse refuses an inverted range, or reads "3,000 to 2023" as 3,000
        if not (first.scale == 1 and second.scale == 1 and first.unit == second.unit == _UNNAMED):
            return None
        joiner = first.end
        glued = self.glued(joiner) and self.glued(joiner + 1)
        if self.tok(joiner) not in _DASHES and self.tok(joiner) != "to":
            return None
        end = self._dashed_parts(second.end)  # "120-3-5"
        after = self.tok(end)
        if self.tok(end) in _DASHES and self.glued(end) and self.glued(end + 1):
            after = self.tok(end + 1)  # "a 3-2-decision" hardly; "a 3-2-vote"
        if descending and glued and self.toks[joiner] in _DASHES:
            return end
        if descending and self.toks[joiner] == "to" and not self._changed_before(i):
            return end  # "approved the bill 300 to 120"; "fell by 300 to 120" is a change
        if after in context.TALLY_NOUNS:
            return end
        t = i - 1
        while t >= 0 and i - t <= _LOOK_BEHIND and self.toks[t] in _TALLY_LINKS:
            t -= 1
        if (
            t >= 0
            and t < i - 1
            and self.toks[t] in context.TALLY_NOUNS
            and (self._closes(end) or after in _TALLY_AFTER or after in context.TALLY_NOUNS)
        ):
            return end  # "a vote of 300-120", "the final score was 1-2", "the tally stood at"
        t = i - 1
        if self.tok(t) == "by":
            t -= 1
        if self.tok(t) in context.TALLY_VERBS and (self._closes(end) or after in _TALLY_AFTER):
            return end
        return None

    def _after_larger(self, i: int, q: _Quantity) -> bool:
        """True when "to" and a larger number in digits stand right before ``q`` at token
        ``i`` ("3,000 to 2023"): ``q`` is no range's upper end, so a year."""
        if self.tok(i - 1) != "to" or i < 2 or self.kinds[i - 2] != "n":
            return False
        before = self.digits(i - 2)
        return before is not None and before.end == i - 1 and before.value > q.value

    def _level_after(self, t: int) -> bool:
        """True when "to" at token ``t`` follows a word of change, right before it or
        before "from" and a number ("rose to 2023", "rose from 300 to 2023"): the number
        after it may be the new level."""
        if self.tok(t) != "to":
            return False
        if self.tok(t - 1) in context.CHANGE_WORDS - {"by"}:
            return True
        return t >= 1 and self.kinds[t - 1] == "n" and self._changed_before(t - 1)

    def _changed_before(self, i: int) -> bool:
        """True when a word of change, "by" or "from" stands shortly before token ``i`` in
        its clause ("fell sharply by 300 to 120"): two numbers after it are a change and
        a level, not a tally. A "by" after a verb of a tally is none ("passed its second
        reading by 310 to 203")."""
        for t in range(i - 1, max(-1, i - 1 - _LOOK_BEHIND), -1):
            tok = self.toks[t]
            if tok in _CLAUSE_END or tok in _SENTENCE_OPEN:
                return False
            if tok in context.CHANGE_WORDS or tok in ("by", "from"):
                return tok != "by" or not self._tallied_before(t)
        return False

    def _tallied_before(self, t: int) -> bool:
        """True when a verb of :data:`pwstats.context.TALLY_VERBS` stands shortly before
        the "by" at token ``t`` in its clause, with no word of change between ("passed
        its second reading by", "carried the motion by"); looks back at most
        :data:`_LOOK_BEHIND` tokens."""
        for u in range(t - 1, max(-1, t - 1 - _LOOK_BEHIND), -1):
            tok = self.toks[u]
            if tok in _CLAUSE_END or tok in _SENTENCE_OPEN or tok in context.CHANGE_WORDS:
                return False
            if tok in context.TALLY_VERBS:
                return True
        return False

    def _thousands_shared(self, first: _Quantity, second: _Quantity) -> bool:
        """True for a range whose lower end may share its upper end's thousands: "8-10,000".

        The ends are joined by a dash, the lower end is plain digits below 1,000 and at
        most the upper end's first group of digits, the upper end is grouped and a
        thousand times the lower end lies below it: "8-10,000" is 8,000-10,000 or
        8-10,000, pwstats cannot tell. "500-1,000" and "5-1,000" are read as written.
        """
        raw, upper = self.toks[first.end - 1], self.toks[second.end - 1]
        if self.tok(first.end) not in _DASHES:
            return False  # "1 to 1,001" is said in words, each end in full
        if first.words or second.words or first.scale != 1 or second.scale != 1:
            return False
        if self.kinds[second.end - 1] != "n" or self.gmark not in upper or not raw.isdigit():
            return False
        lead = int(upper.partition(self.gmark)[0])
        return int(raw) <= lead and int(raw) * 1000 < second.value

    def _said_scale(self, q: _Quantity, start: int) -> tuple[Number, int]:
        """The scale a number from token ``start`` is said in, and the token its words start at.

        10**6 for "2 million", "two million" and "two and a half million", 10**5
        for "two hundred thousand"; 1 (and ``q.end``) when it ends in no scale word.
        A range's lower end said in no scale shares its upper end's ("2-3 million",
        "one to two million"), unless the upper end starts with "a" or a fraction
        ("200 to a quarter million").
        """
        if q.scale != 1:
            k = start + 1
            while k < q.end and self.role(k) not in ("scale", "suffix"):
                k += 1  # "two and a half million": past the fraction to "million"
            return q.scale, k
        scale: Number = 1
        k = q.end
        while k - 1 > start and self.role(k - 1) == "scale":
            scale *= self.word_value(k - 1)
            k -= 1
        return scale, k

    def _year_or_date(self, first: _Quantity, second: _Quantity) -> bool:
        """True when ``second``, after ``first`` and a joiner, is a year or a day of a date.

        "3,000 to 2023" and "230 to 7 August" end in a time, not in the upper end of
        an inverted range, so parse() does not refuse them as one.
        """
        return (second.year and not first.year) or self._date(first.end + 1, second) is not None

    def _inverted(
        self, i: int, first: _Quantity, second: _Quantity, word: str | None, *, shared: int | None
    ) -> ParseError:
        """The error for a range from token ``i`` whose first number is above its second.

        ``shared``: the token of the upper end's scale words, when the lower end was
        read with them ("3-2 million").
        """
        low_at = i + 1 if word is not None else i  # after "between" or "from"
        high_at = first.end + 1  # after the dash, "to", "or" or "and"
        text = self.text
        low = text[self.starts[low_at] : self.ends[first.end - 1]]
        high = text[self.starts[high_at] : self.ends[second.end - 1]]
        if shared is not None:
            scale_words = text[self.ends[shared - 1] : self.ends[second.end - 1]]
            low = f"{low}, read as {low}{scale_words} like its upper end,"
        shown = text[self.starts[i] : self.ends[second.end - 1]]
        return ParseError(
            f"inverted range {shown!r}: its lower end {low} is above its upper end {high}"
            f" (as a figure's value, {shown!r} can only be a range); write the lower end"
            " first, or use extract() if the text holds two figures",
            text=text,
            position=self.starts[low_at],
        )


#: How many tokens before a figure :meth:`_Scanner._modifier` looks at.
_LOOK_BEHIND: Final = 4
#: Words after a negator that make it no negation of the figure ("none of the 300",
#: "not all 300").
_PARTITIVE: Final = frozenset({"of", "all"})
#: Marks after which a sentence starts.
_SENTENCE_OPEN: Final = frozenset(".!?\n")
#: Words that begin hedges but say nothing of a number alone ("in", "the"): a near miss
#: of a hedge needs one of its other words ("close upon", not "at the").
_FUNCTION_WORDS: Final = frozenset(
    {"a", "an", "the", "in", "on", "of", "at", "as", "to", "by", "for", "up", "and", "or"}
)
#: How many words of a noun phrase may stand between a figure and its hedge ("300
#: people at most", "300 of the detainees at least").
_NOUN_WORDS: Final = 4
#: Marks that set a hedge off after a figure ("300 people, at least, were killed").
_ASIDE: Final = frozenset(",—–-([")
#: Roles of words that start a count: a hedge right before one is that count's.
_COUNT_ROLES: Final = frozenset({"number", "article", "fraction"})
#: Marks that end a clause: a hedge before one is said of what precedes it.
_CLAUSE_END: Final = frozenset(".,;:!?)]—–\"”’'")
#: Symbols inside a code with digits ("10_000", "5-812/2019", "A-12.3").
_CODE_JOINERS: Final = frozenset({"_", "/", "-", "."})
#: First words of an after-hedge that may follow a comma ("4,000, or more").
_AFTER_COMMA: Final = frozenset(
    {"or", "and", "if", "possibly", "perhaps", "maybe", "probably", "likely", "give", "more"}
)
#: How a stated spread is written after a number ("300 ± 25", "300 +/- 25").
_PLUS_MINUS: Final = (
    ("±",),
    ("+", "/", "-"),
    ("+", "-"),
    ("plus", "or", "minus"),
    ("give", "or", "take"),
    (",", "give", "or", "take"),
    (",", "plus", "or", "minus"),
)
_PLUS_MINUS_START: Final = frozenset(marker[0] for marker in _PLUS_MINUS)
#: Marks before the words that go on from a vague word to a larger one ("hundreds,
#: possibly thousands", "hundreds — if not thousands").
_ESCALATION_MARKS: Final = frozenset({",", "—", "–"})
#: Adverbs that go on from a vague word to a larger one ("hundreds or even thousands",
#: "dozens, perhaps hundreds", "hundreds and likely thousands").
_ESCALATION_ADVERBS: Final = frozenset(
    {"even", "possibly", "perhaps", "maybe", "probably", "likely", "potentially", "conceivably"}
)
#: Words after "or" that hedge a whole list of decades before it ("the 300s, 400s or
#: more", "the 300s, 400s or so"), not only its last.
_LIST_HEDGES: Final = frozenset(
    {"more", "fewer", "less", "so", "thereabouts", "higher", "lower", "above", "below"}
)
#: Words that open a range, and the word that joins its ends ("between 20 and 40").
_RANGE_JOINER: Final = {"between": "and", "from": "to"}
#: Words before "between" or "from" that add nothing to the range ("anywhere from 20 to 40").
_RANGE_LEAD: Final = frozenset({"anywhere", "somewhere"})
_RANGE_START: Final = _RANGE_LEAD | set(_RANGE_JOINER)


def _ends(fig: _Figure) -> tuple[Number, Number]:
    """The lowest and highest value a range or vague figure states; of a compound
    ("hundreds - thousands", a vague word to another), the hull of its parts'."""
    if fig.kind == "vague" and fig.vague is not None:
        return fig.vague.low, fig.vague.high
    if fig.low is not None and fig.high is not None:
        return fig.low, fig.high
    assert fig.parts, "a range states its ends or is made of parts"
    ends = [_ends(part) for part in fig.parts]
    return min(lo for lo, _ in ends), max(hi for _, hi in ends)


def _end_granularity(n: Number) -> Number:
    """The granularity of a range's or vague word's end, as if written in digits."""
    if isinstance(n, int):
        return granularity(n, 0)
    return granularity(n.numerator, 0) if n.denominator == 1 else Fraction(1, n.denominator)


_KIND_OF_SHAPE: Final[dict[str, AmountKind]] = {
    "exact": "exact",
    "around": "approximate",
    "below": "upper",
    "at_most": "upper",
    "above": "lower",
    "at_least": "lower",
}


def _phrase_text(scanner: _Scanner, i: int, k: int) -> str:
    """The hedge as found, normalised: lower-case words joined by single spaces."""
    parts: list[str] = []
    for t in range(i, k):
        if parts and scanner.glued(t):
            parts[-1] += scanner.toks[t]
        else:
            parts.append(scanner.toks[t])
    return " ".join(parts)


def _excluded_spans(text: str, *, prose: bool = False) -> list[tuple[int, int]]:
    """Spans that are never figures: numeric dates, times and ratios, and in prose phone numbers.

    Sorted and disjoint. A phone number is :data:`pwstats.context.PHONE`, or a
    "555-0123" within a few words after "call", "phone", "hotline" and the like.
    """
    spans: list[tuple[int, int]] = []
    if _DATE_HINT.search(text) is not None:
        spans = [m.span() for m in _NUMERIC_DATE.finditer(text)]
    if not prose:
        return spans
    phones = [m.span() for m in context.PHONE.finditer(text)]
    for m in _SHORT_PHONE.finditer(text):
        if context.PHONE_WORDS.search(text, max(0, m.start() - 40), m.start()) is not None:
            phones.append(m.span())
    if not phones:
        return spans
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans + phones):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


#: A short phone number ("555-0123"), one only after a phone word (it is also a range).
_SHORT_PHONE: Final = re.compile(r"(?<![\w,.])[0-9]{3}[ .-][0-9]{4}(?![\w])")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` is in one of ``spans`` (sorted and disjoint, as finditer gives them).

    A binary search: a scan of every span per token made texts full of dates quadratic.
    """
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and pos < spans[k][1]


# -- readings ------------------------------------------------------------------------------


def _ceiling(fig: _Figure, n: Number, hedge: Hedge) -> Number | None:
    """1 for a share of a whole, whose readings never go past 100%; else None (no ceiling).

    "out of", "one in five" and fraction words are always parts of a whole; a
    percentage is one when it is at most 100% ("about 99%" reads [0.96, 1]),
    except "more than 100%", which says the share exceeds the whole: a
    percentage above 100 ("150%") is a ratio and keeps its readings.
    """
    if fig.whole:
        return 1
    if fig.unit == _SHARE and (n < 1 or (n == 1 and hedge.shape != "above")):
        return 1
    return None


def _interval(fig: _Figure, reading: Reading, lexicon: Lexicon, nonnegative: bool) -> Interval:
    if fig.parts:
        # The sides of a two-sided bound entail each other's far end, so it reads as the
        # meet of what each side entails under every reading: "more than 40 but fewer
        # than 60" is (40, 60), not the empty meet of (40, 45] and [54, 60).
        way: Reading = "literal" if fig.meet else reading
        readings = [_interval(part, way, lexicon, nonnegative) for part in fig.parts]
        out = readings[0]
        for iv in readings[1:]:
            out = (out & iv) if fig.meet else out.hull(iv)
        return out
    if fig.kind == "vague":
        assert fig.vague is not None
        return fig.vague.interval
    if fig.kind == "range":
        assert fig.low is not None
        low = max(fig.low, 0) if nonnegative else fig.low
        return Interval.closed(low, fig.high)
    n = fig.nominal
    assert n is not None
    if fig.hedge is not None:
        iv = hedge_interval(
            fig.hedge,
            n,
            fig.unit_g,
            reading,
            lexicon=lexicon,
            count=fig.unit == _UNNAMED,
            nonnegative=nonnegative,
            ceiling=_ceiling(fig, n, fig.hedge),
        )
    elif reading == "literal" or fig.unit_g is None:
        iv = Interval.point(n)
    elif fig.unit == _SHARE:
        iv = _rounded_share(n, fig.unit_g, nonnegative)
    else:
        iv = halo(n, fig.unit_g, lexicon=lexicon, scaled=fig.scaled)
    if fig.kind in ("bare", "exact") and _whole_count_of_fraction(fig, n):
        return Interval.closed(math.floor(iv.lo), math.ceil(iv.hi))
    return iv


def _rounded_share(n: Number, granularity: Number, nonnegative: bool) -> Interval:
    """A bare percentage read as every value that rounds to it: ``62%`` is [61.5%, 62.5%].

    A percentage is a quotient, and a report gives it rounded to its last digit
    (a whole percent unless decimals are written): 703 of 1,183 is "59%", not
    59.425...%. Read as a point it holds almost no quotient of whole counts, and
    a share relation with them would be a contradiction only because of the
    rounding. Half of the last digit's place either side (at most half a percent,
    however round the number: "60%" is [59.5%, 60.5%]); a part of a whole (at
    most 100%) never reads above 1, and a non-negative share never below 0.
    Fractions and ratios in words ("a third", "one in five") state exact values
    and keep them.

    >>> str(_rounded_share(Fraction(31, 50), Fraction(1, 100), True))
    '[0.615, 0.625]'
    >>> str(_rounded_share(1, 1, True))
    '[0.995, 1]'
    """
    half = min(Fraction(granularity), Fraction(1, 100)) / 2
    lo: Fraction = n - half
    hi: Fraction = n + half
    if nonnegative and lo < 0:
        lo = Fraction(0)
    if n <= 1 and hi > 1:
        hi = Fraction(1)
    return Interval.closed(_norm(lo), _norm(hi))


def _whole_count_of_fraction(fig: _Figure, n: Number) -> bool:
    """True for a count precise to whole units or coarser whose number is not whole.

    Only a fraction of a scale is one ("a third of a million" is 1000000/3,
    precise to a third of a million). As a point it would hold no whole number,
    so its bare or exact readings are widened to whole ends: literally it is the
    two whole numbers nearest it, ``[333333, 333334]``.
    """
    return (
        fig.unit == _UNNAMED
        and fig.unit_g is not None
        and fig.unit_g >= 1
        and not isinstance(n, int)
    )


def _amount(
    scanner: _Scanner,
    fig: _Figure,
    reading: Reading,
    lexicon: Lexicon,
    nonnegative: bool,
    text: str,
    unit: str,
) -> Amount:
    """The :class:`Amount` of a recognised figure; ``unit`` is for one whose text names none.

    A figure beyond the magnitude limit (an end of :data:`MAX_MAGNITUDE` or more,
    "1 trillion trillion trillion") is a :class:`~pwstats.ParseError`.
    """
    iv = _interval(fig, reading, lexicon, nonnegative)
    for end in (iv.lo, iv.hi):
        if isinstance(end, (int, Fraction)) and not -MAX_MAGNITUDE < end < MAX_MAGNITUDE:
            raise ParseError(
                f"{text.strip()!r} is beyond the magnitude limit: pwstats reads numbers"
                f" below 10**{MAX_DIGITS}",
                text=scanner.text,
                position=scanner.starts[fig.start],
            )
    if iv.is_empty:
        raise ParseError(
            f"{text.strip()!r} admits no value"
            + (" of a non-negative quantity" if nonnegative else ""),
            text=scanner.text,
            position=scanner.starts[fig.start],
        )
    named = unit if fig.unit == _UNNAMED else fig.unit
    if fig.kind == "vague":  # no number said: the point a coder records is its code
        return Amount(
            iv, named, text, fig.hedge_text, None, reading, kind="vague", code=fig.nominal
        )
    return Amount(iv, named, text, fig.hedge_text, fig.nominal, reading, kind=fig.kind)


# -- public functions ------------------------------------------------------------------------


def _check(reading: object, locale: object, lexicon: object, unit: object) -> Lexicon:
    """Validate the options of :func:`parse` and :func:`extract`; the lexicon to read with."""
    if not isinstance(unit, str):
        raise TypeError(
            f"unit must be a str naming a unit such as 'person' or 'percent',"
            f" not {type(unit).__name__} ({unit!r})"
        )
    if reading not in READINGS:
        raise ValueError(
            f"reading must be one of {', '.join(map(repr, READINGS))}, not {reading!r}"
        )
    if locale not in LOCALES:
        raise ValueError(f"locale must be 'en' (1,234.5) or 'eu' (1.234,5), not {locale!r}")
    if lexicon is None:
        return Lexicon.default()
    if not isinstance(lexicon, Lexicon):
        raise TypeError(f"lexicon must be a pwstats.lexicon.Lexicon, not {lexicon!r}")
    return lexicon


def _scan(scanner: _Scanner, *, parse_mode: bool) -> list[_Figure | _Skip]:
    """Every figure and skipped stretch, left to right; in parse mode, stop at the second figure."""
    found: list[_Figure | _Skip] = []
    figures = 0
    kinds = scanner.kinds
    toks = scanner.toks
    lex = scanner.lex
    first = 0
    if parse_mode:
        while first < scanner.n and toks[first] in _OPENERS:
            first += 1
        scanner.lead = first
    i = 0
    n = scanner.n
    starters = lex.starters
    while i < n:
        if kinds[i] != "n" and toks[i] not in starters:
            i += 1
            continue
        got = scanner.figure(i, leading=parse_mode and i == first)
        if got is None:
            i += 1
            continue
        found.append(got)
        i = max(got.end, i + 1)
        if parse_mode and isinstance(got, _Figure):
            figures += 1
            if figures == 2:
                break
    return found


def parse(
    text: str,
    *,
    reading: Reading = "pragmatic",
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> Amount:
    """Read one reported figure as an :class:`Amount` under ``reading``.

    The figure must start the text (after any opening quote); words after it
    ("2,828 defenders") are ignored, but a second figure is an error naming
    both. Interval notation ("[2500, 2600)") is an exact statement and reads
    as itself, so ``parse(str(amount.interval))`` gives the interval back.
    ``nonnegative`` (the default, right for every headcount) keeps every
    reading at or above 0: literal "almost 2,600" is ``[0, 2600)``, not
    ``(-inf, 2600)``. Anything unreadable is a :class:`~pwstats.ParseError`
    with the character position; a non-``str`` is a ``TypeError``.

    ``unit`` is the unit of a number whose text names none (no "%", "per
    cent", "out of", fraction word or time word): "30", "about 0.3", interval
    notation and "200–250" are in ``unit``, a headcount (``"person"``) unless
    told otherwise; reconciliation passes the measure's unit, so "30" on a
    percent measure is 30 percent. ``unit`` must be a non-blank ``str``; its
    name is checked where it is converted (:mod:`pwstats.units`), not here. A
    share of a whole ("95%", "10 out of 100", "one in five", "a third") is
    ``"dimensionless"`` whatever ``unit`` is, a fraction of 1 whose readings
    never go past 1 when it is at most 100% ("about 99%" is ``[0.96, 1]``),
    and a duration ("nearly two years") keeps its time unit. ``unit`` changes
    no interval: "about 5" reads ``[4, 6]`` in any unit.

    A fraction of a scale is a count: "one and a half million" reads as "1.5
    million" does. One that is no whole number ("a third of a million") reads
    as the whole numbers around it, literally the two nearest, pragmatically
    its halo widened to whole ends (``docs/lexicon.md``, "Fractions of a scale").
    A range's lower end said without a scale shares its upper end's ("2-3
    million", "one to two million"), and is an error when that puts it above
    the upper end ("3-2 million" is an inverted range); one of a thousand or
    more keeps its value ("500,000-2 million").

    >>> [str(parse("more than 230", reading=r).interval) for r in READINGS]
    ['(230, +inf)', '(230, 253]', '(230, +inf)']
    >>> str(parse("2,600").interval), str(parse("2,828").interval), str(parse("hundreds").interval)
    ('[2550, 2650]', '[2828, 2828]', '[200, 999]')
    >>> a = parse("95%"); a.unit, a.interval
    ('dimensionless', Interval.parse('[0.945, 0.955]'))
    >>> parse("30").unit, str(parse("about 99%").interval), str(parse("about 0.3").interval)
    ('person', '[0.96, 1]', '[0.27, 0.33]')
    >>> parse("30", unit="percent").unit, parse("95%", unit="percent").unit
    ('percent', 'dimensionless')
    >>> parse("2.600", locale="eu").nominal, parse("2.600").nominal
    (2600, Fraction(13, 5))
    >>> str(parse("one and a half million").interval), str(parse("1.5 million").interval)
    ('[1350000, 1650000]', '[1350000, 1650000]')
    >>> [str(parse("a third of a million", reading=r).interval) for r in READINGS[:2]]
    ['[333333, 333334]', '[300000, 366667]']

    Symbols, compounds and markers read as their words do (``docs/lexicon.md``,
    "Compounds and markers"): a hedge before a range reads at both ends, two
    one-sided bounds meet, a stated spread is its range, and a word after the
    figure that would change its number but cannot join it is an error.

    >>> [str(parse(t, reading="literal").interval) for t in
    ...  ("> 2,000", "roughly 1,000 to 2,000", "more than 40 but fewer than 60", "300 ± 25",
    ...   "200–300+", "1 ½ million")]
    ['(2000, +inf)', '[750, 2500]', '(40, 60)', '[275, 325]', '[200, +inf)', '[1500000, 1500000]']
    >>> parse("3,000 soldiers and 28,000 civilians")
    Traceback (most recent call last):
    ...
    pwstats.errors.ParseError: two figures, '3,000' and '28,000': parse reads one ...

    An estimate with its confidence interval ("480 (95% CI 350-610)") is no count, so
    ``parse`` refuses it rather than read one of its numbers; :func:`extract` gives it as
    one mention of kind ``"estimate"``, and a data file states it with ``basis``.

    >>> parse("480 (95% CI 350-610)")
    Traceback (most recent call last):
    ...
    pwstats.errors.ParseError: an estimate with its confidence interval is not a count, ...
    """
    _check(reading, locale, lexicon, unit)
    under = prepare(text, locale=locale, lexicon=lexicon, nonnegative=nonnegative, unit=unit)
    return under(reading)


def parse_each(
    text: str,
    readings: Sequence[Reading],
    *,
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> tuple[Amount, ...]:
    """:func:`parse` under each of ``readings``, reading the words once.

    The text is scanned and its figure found once (:func:`prepare`); only the last
    step, which applies a reading, runs per reading. ``parse_each(t, rs)[i]``
    equals ``parse(t, reading=rs[i])``.

    >>> [str(a.interval) for a in parse_each("almost 2,600", ("literal", "pragmatic"))]
    ['[0, 2600)', '[2470, 2600)']
    """
    if not readings:
        raise ValueError("parse_each() needs at least one reading")
    for r in readings:
        _check(r, locale, lexicon, unit)
    under = prepare(text, locale=locale, lexicon=lexicon, nonnegative=nonnegative, unit=unit)
    return tuple(under(r) for r in readings)


def prepare(
    text: str,
    *,
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> Callable[[Reading], Amount]:
    """The words of one figure read once: a function giving its :class:`Amount` under a reading.

    Raises :class:`~pwstats.ParseError` at once for words :func:`parse` cannot read;
    the function it returns then never fails.

    >>> under = prepare("more than 230")
    >>> str(under("literal").interval), str(under("pragmatic").interval)
    ('(230, +inf)', '(230, 253]')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects a str, not {type(text).__name__} ({text!r})")
    lex = _check("literal", locale, lexicon, unit)
    if len(text) > MAX_TEXT:
        raise ParseError(
            f"text of {len(text):,} characters is too long for one figure (at most"
            f" {MAX_TEXT:,}); use extract() to find the figures in prose",
            text=text,
            position=MAX_TEXT,
        )
    ci = _CI_BOUNDS.search(text) or _CI_AFTER_RANGE.search(text)
    if ci is not None:
        raise ParseError(
            "an estimate with its confidence interval is not a count, which parse reads:"
            " give it as basis 'estimate' with best, low, high and confidence"
            " (docs/data-format.md), or find it with extract() (one mention of kind"
            f" 'estimate'); found {ci.group()!r}",
            text=text,
            position=ci.start(),
        )
    head = text[:1]
    if not head.isalpha() or text.strip() in ("empty", "∅"):  # words never need these
        if _is_notation(text, locale):
            iv = Interval.parse(text)
            if iv.is_empty:
                raise ParseError("the empty interval states no value", text=text, position=0)
            return lambda r: Amount(iv, unit, text, None, None, r, kind="interval")
        if _statement(text, "literal", unit) is not None:
            negative = _NEGATIVE.search(text)
            if nonnegative and negative is not None:
                raise ParseError(
                    f"{text.strip()!r} states a negative number, and the quantity is"
                    " non-negative (nonnegative=True, as every headcount is); pass"
                    " nonnegative=False for a signed quantity",
                    text=text,
                    position=negative.start(),
                )
            return lambda r: _surely(_statement(text, r, unit))
    band = _proportion_or_band(text, "literal", unit)
    if band is not None:
        if band.kind == "vague" and band.hedge is not None:
            _check_band_tail(text, band.hedge, lex, locale)
        return lambda r: _surely(_proportion_or_band(text, r, unit))
    scanner = _Scanner(text, lex, locale)
    found = _scan(scanner, parse_mode=True)
    figures = [f for f in found if isinstance(f, _Figure)]
    if not figures:
        raise _nothing(scanner, found)
    header = next((f for f in found if isinstance(f, _Skip) and f.header), None)
    if header is not None:
        raise ParseError(
            f"{_covered(scanner, header)!r} gives a scale for the figures near it, which"
            " parse does not apply: give the figure scaled ('3,400 thousand', '41.2 million')",
            text=text,
            position=scanner.starts[header.start],
        )
    first = figures[0]
    lead = 0
    while lead < first.start and scanner.toks[lead] in _OPENERS:
        lead += 1
    while lead < first.start and (
        scanner.toks[lead] in context.ATTRIBUTIONS
        or (scanner.toks[lead] == "yet" and scanner.tok(lead + 1) == "another")
    ):
        lead += 1  # "a record 7.1 million", "reportedly 300": words that do not hedge
    if lead < first.start:
        s = scanner.starts[lead]
        e = scanner.ends[first.start - 1]
        if _RANGE_OPENER.fullmatch(text, s, scanner.starts[first.start]):
            raise ParseError(
                f"{text[s:]!r} is a range with a hedged end, which pwstats does not read:"
                " give its ends as numbers, as 'between 250 and 450' does, or the figure as"
                " low and high",
                text=text,
                position=scanner.starts[first.start],
            )
        raise ParseError(
            f"unexpected {text[s:e]!r} before the figure {_covered(scanner, first)!r};"
            " a figure must start the text (hedges the lexicon does not know are not skipped)",
            text=text,
            position=s,
        )
    _check_after(scanner, first)
    added = scanner.increment(first, 0)
    increment = None if added is None else _phrase_text(scanner, *added)
    if len(figures) > 1:
        second = figures[1]
        between = text[scanner.ends[first.end - 1] : scanner.starts[second.start]]
        if between in (",", ".") and first.end == first.start + 1:
            other = "eu" if locale == "en" else "en"
            raise ParseError(
                f"{text[scanner.starts[first.start] : scanner.ends[second.start]]!r} is not a"
                f" number under locale {locale!r}, where {between!r} groups digits in threes;"
                f" pass locale={other!r} if {between!r} marks decimals",
                text=text,
                position=scanner.ends[first.end - 1],
            )
        raise ParseError(
            f"two figures, {_covered(scanner, first)!r} and {_covered(scanner, second)!r}:"
            " parse reads one figure; pass each separately or use extract()",
            text=text,
            position=scanner.starts[second.start],
        )
    if increment is not None:
        return lambda r: attrs.evolve(
            _amount(scanner, first, r, lex, nonnegative, text, unit), increment=increment
        )
    return lambda r: _amount(scanner, first, r, lex, nonnegative, text, unit)


#: A minus sign in the forms :attr:`pwstats.Figure.statement` writes ("-5", "-10–-5").
_NEGATIVE: Final = re.compile(r"-\s*[0-9]")


def _surely(amount: Amount | None) -> Amount:
    """An amount a quick path gave under one reading, so it gives one under every reading."""
    assert amount is not None, "a quick path's match does not depend on the reading"
    return amount


#: Word roles that, right after a figure, would change its number ("1 trillion trillion").
_NUMBER_ROLES: Final = frozenset({"scale", "plural", "suffix", "fraction", "percent"})


def _check_after(scanner: _Scanner, fig: _Figure) -> None:
    """Refuse a word or symbol right after a figure that would change its number.

    Nouns after a figure are ignored ("230 prisoners"), but a scale word, fraction,
    percent word or mathematical symbol the grammar did not take ("1 trillion
    trillion", "300 ≈", "5 ⅔⅔") would be silently dropped: it is an error instead.
    """
    if fig.tail is not None:
        at = fig.tail[0]
        said = scanner.text[scanner.starts[fig.start] : scanner.ends[at - 1]]
        raise ParseError(
            f"{fig.tail[1]!r} after {said!r} may hedge the figure, say it is uncertain or"
            " make it another quantity (a rate, a difference, a threshold), in a way pwstats"
            " cannot read there; give the hedge before the number, or the figure without it",
            text=scanner.text,
            position=scanner.starts[at],
        )
    k = fig.end
    if k >= scanner.n:
        return
    tok = scanner.toks[k]
    if (
        tok in _DASHES
        and scanner.glued(k)
        and scanner.glued(k + 1)
        and scanner.kinds[k + 1 : k + 2] == ["n"]
    ):
        shown = scanner.text[scanner.starts[k] : scanner.ends[k + 1]]
        raise ParseError(
            f"unexpected {shown!r} after the figure {_covered(scanner, fig)!r}: a range"
            " whose ends pwstats cannot join",
            text=scanner.text,
            position=scanner.starts[k],
        )
    if scanner.role(k) in _NUMBER_ROLES or (
        scanner.kinds[k] == "s" and (context.is_comparison_symbol(tok) or tok in "~_/")
    ):
        shown = scanner.text[scanner.starts[k] : scanner.ends[k]]
        raise ParseError(
            f"unexpected {shown!r} after the figure {_covered(scanner, fig)!r}: it would"
            " change the number, and pwstats does not read it there",
            text=scanner.text,
            position=scanner.starts[k],
        )


#: "Most" and "the majority" say more than half (Hackl 2009): the share (1/2, 1].
_MAJORITY: Final = re.compile(
    r"""\s*["“']?(?P<w>most|(?:a|the)\s+(?:clear\s+|vast\s+|large\s+)?majority)"""
    r"(?:\s+of\b.*)?\s*",
    re.IGNORECASE | re.DOTALL,
)
#: "In the low thousands": a third of the decade a plural scale word names.
_BAND: Final = re.compile(
    r"\s*(?:in(?:to)?\s+the\s+(?:(?P<part>low|lower|mid|middle|high|upper)[\s-]+)?"
    r"|the\s+(?P<part2>low|lower|mid|middle|high|upper)[\s-]+)"
    r"(?P<scale>tens of thousands|hundreds of thousands|tens|hundreds|thousands|millions)\b.*",
    re.IGNORECASE | re.DOTALL,
)
#: A band in prose, ending at its scale word ("runs into the thousands").
_BAND_BEFORE: Final = re.compile(
    r"\b(?:in(?:to)?\s+the\s+(?:(?:low|lower|mid|middle|high|upper)[\s-]+)?"
    r"|the\s+(?:low|lower|mid|middle|high|upper)[\s-]+)"
    r"(?P<scale>tens of thousands|hundreds of thousands|tens|hundreds|thousands|millions)$",
    re.IGNORECASE,
)
_BAND_SCALE: Final = {
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 10**6,
    "tens of thousands": 10**4,
    "hundreds of thousands": 10**5,
}
_BAND_PART: Final = {"low": 0, "lower": 0, "mid": 1, "middle": 1, "high": 2, "upper": 2}
#: Words that list decades of counts, each its own band ("the 300s and 400s").
_DECADE_LIST: Final = frozenset({"and", ",", "&"})
#: The part words of a decade of counts in digits ("the early 300s", "the late 300s").
_DECADE_PART: Final = {**_BAND_PART, "early": 0, "late": 2}
#: The digits each third of a decade of counts holds after its shared digits.
_THIRD_DIGITS: Final = ((0, 3), (4, 6), (7, 9))
#: A plural "s" after digits, glued or after an apostrophe ("300s", "300's").
_PLURAL_S: Final = frozenset({"s", "'", "’"})


def _check_band_tail(text: str, words: str, lex: Lexicon, locale: Locale) -> None:
    """Refuse a hedge after a band ("in the low thousands or more"): its words were read
    as the band alone. ``words`` are the band's own, lower-cased, at the start of ``text``."""
    begin = len(text) - len(text.lstrip()) + len(words)
    rest = _Scanner(text[begin:], lex, locale)
    at = 1 if rest.tok(0) == "," else 0
    found = lex.suffix_hedge(rest.toks, at) if rest.n > at else None
    if found is not None and found[0].shape not in ("around", "exact"):  # "or so" adds nothing
        raise ParseError(
            f"{text[begin:].strip()!r} after the band {text[:begin].strip()!r} would change"
            " its interval (from its low end, or from the vague word's?), and pwstats does"
            " not read a hedge after a band; give the bound as a number",
            text=text,
            position=begin + rest.starts[at],
        )


def _proportion_or_band(text: str, reading: Reading, unit: str) -> Amount | None:
    """ "most", "the majority" → (1/2, 1]; "in the low thousands" → [1000, 3999].

    A band of a plural scale *m* ("in the thousands") is [m, 10m − 1]; its low, mid
    and high parts are its thirds by leading digit, 1–3, 4–6 and 7–9 ("in the low
    thousands" [1000, 3999], "in the high hundreds" [700, 999]). Every reading is the
    same: the words entail the interval and a careful reader takes nothing narrower.
    """
    if "he " not in text and "HE " not in text and "ost" not in text and "OST" not in text:
        return None  # neither "the ..." nor "most": the common case, without a regex
    m = _MAJORITY.fullmatch(text)
    if m is not None:
        iv = Interval.open_closed(Fraction(1, 2), 1)
        word = " ".join(m.group("w").lower().split())
        return Amount(iv, _SHARE, text, word, Fraction(1, 2), reading, kind="lower")
    m = _BAND.fullmatch(text)
    if m is None:
        return None
    scale = _BAND_SCALE[" ".join(m.group("scale").lower().split())]
    part = m.group("part") or m.group("part2")
    if part is None:
        low, high = scale, 10 * scale - 1
    else:
        third = _BAND_PART[part.lower()]
        low, high = (1 + 3 * third) * scale, (4 + 3 * third) * scale - 1
    words = text[: m.end("scale")].strip().lower()
    return Amount(Interval.closed(low, high), unit, text, words, None, reading, kind="vague")


def _statement(text: str, reading: Reading, unit: str) -> Amount | None:
    """Read :attr:`pwstats.Figure.statement` forms prose cannot: signs, p/q, "?" and "best".

    A plain "230" or "200–250" is left to the prose reader (same meaning, plus the
    round-number halo of a bare number).
    """
    m = _STATEMENT.fullmatch(text)
    if m is None:
        return None
    for name in ("one", "lo", "hi", "best"):
        _check_slash(m.group(name), text, m.start(name))
    one, lo, hi, best = m.group("one", "lo", "hi", "best")
    if one is not None:
        if one[0] not in "+-" and "/" not in one:
            return None
        value = _exact_number(one, text, m.start("one"))
        return Amount(Interval.point(value), unit, text, None, value, reading, kind="exact")
    if "?" not in (lo, hi) and best is None and "/" not in text and "-" not in text:
        return None
    low = None if lo == "?" else _exact_number(lo, text, m.start("lo"))
    high = None if hi == "?" else _exact_number(hi, text, m.start("hi"))
    nominal = None if best is None else _exact_number(best, text, m.start("best"))
    if low is None and high is None:
        raise ParseError("a range needs at least one known end", text=text, position=0)
    iv = Interval(-math.inf if low is None else low, math.inf if high is None else high)
    if iv.is_empty:
        raise ParseError(f"low {lo} is above high {hi}", text=text, position=m.start("lo"))
    if nominal is not None and nominal not in iv:
        raise ParseError(
            f"best {best} is outside the range {iv}", text=text, position=m.start("best")
        )
    return Amount(iv, unit, text, None, nominal, reading, kind="range")


def _check_slash(token: str | None, text: str, position: int) -> None:
    """Refuse a ``p/q`` that is not a proper fraction with a denominator of at most 10.

    ``docs/lexicon.md`` ("Fractions of a scale"): "3/4" and "2/3" are read; any other
    ``p/q`` ("9/11", "24/7", "12/5") or one with a leading zero ("01/04") is a code.
    """
    if token is None or "/" not in token:
        return
    num, _, den = token.lstrip("+-").partition("/")
    if (
        num.isdigit()
        and den.isdigit()
        and num[:1] != "0"
        and den[:1] != "0"
        and 0 < int(num) < int(den) <= 10
    ):
        return  # "1.0/1" has a decimal mark: a code, refused below, never a crash
    raise ParseError(
        f"{token!r} is a code or a date, not a figure: a number with a slash is read"
        " when it is a proper fraction with a denominator of at most 10 and no leading"
        " zero ('3/4', '2/3'); write any other value as a decimal or in interval"
        " notation ('[2.4, 2.4]')",
        text=text,
        position=position,
    )


def _exact_number(token: str, text: str, position: int) -> Number:
    num, _, den = token.partition("/")
    value = Fraction(num)
    if den:
        if int(den) == 0:
            raise ParseError("zero denominator", text=text, position=position)
        value /= int(den)
    return _norm(value)


def _is_notation(text: str, locale: Locale) -> bool:
    """True for interval notation; "(2,600)" is a number in brackets, not ``(2, 600)``."""
    stripped = text.strip()
    if stripped in ("empty", "∅"):
        return True
    if _NOTATION.fullmatch(text) is None:
        return False
    if stripped[0] == "(" and stripped[-1] == ")":
        return _ONE_NUMBER[locale].fullmatch(stripped[1:-1].strip()) is None
    return True


_ONE_NUMBER: Final[dict[Locale, re.Pattern[str]]] = {
    loc: re.compile(
        rf"(?:{well.pattern}|[0-9]{{1,3}}(?P<sep>[{_SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*"
        rf"|[0-9]+)(?:{re.escape(_DECIMAL[loc])}[0-9]+)?"
    )
    for loc, well in _WELL_GROUPED.items()
}


def _covered(scanner: _Scanner, fig: _Figure | _Skip) -> str:
    return scanner.text[scanner.starts[fig.start] : scanner.ends[fig.end - 1]]


def _nothing(scanner: _Scanner, found: list[_Figure | _Skip]) -> ParseError:
    """The error for a text with no figure: say what was found instead."""
    text = scanner.text
    expected = "expected a figure such as '2,828', 'almost 2,600', 'hundreds' or '95%'"
    if scanner.n == 0:
        return ParseError(f"no figure in an empty text: {expected}", text=text, position=0)
    if found:
        skip = found[0]
        assert isinstance(skip, _Skip)
        if skip.unread is not None and scanner.misgrouped(skip.start):
            return _misgrouped(scanner, skip.start)
        return ParseError(
            f"{_covered(scanner, skip)!r} is {skip.why}, not a figure: {expected}",
            text=text,
            position=scanner.starts[skip.start],
        )
    for i in range(scanner.n):
        if scanner.toks[i] in _OPENERS:
            continue
        hedged = scanner.lex.prefix_hedge(scanner.toks, i)
        if hedged is not None:
            k = hedged[1]
            pos = scanner.starts[k] if k < scanner.n else len(text)
            return ParseError(
                f"the hedge {_phrase_text(scanner, i, k)!r} must be followed by a number",
                text=text,
                position=pos,
            )
        if scanner.kinds[i] == "n":
            j = i + 1
            if j < scanner.n and scanner.glued(j) and scanner.kinds[j] == "w":
                return ParseError(
                    f"letters {scanner.toks[j]!r} glued to the number {scanner.toks[i]!r}:"
                    " not a scale suffix (k, m, bn), percent or ordinal the lexicon knows",
                    text=text,
                    position=scanner.starts[j],
                )
            return ParseError(
                f"the number {scanner.toks[i]!r} is too long (over {MAX_DIGITS} digits)"
                " or part of a name",
                text=text,
                position=scanner.starts[i],
            )
        shown = text[scanner.starts[i] : scanner.ends[i]]
        return ParseError(f"{expected}, not {shown!r}", text=text, position=scanner.starts[i])
    return ParseError(f"no figure: {expected}", text=text, position=0)


def _misgrouped(scanner: _Scanner, i: int) -> ParseError:
    """The error for a number token ``i`` whose digits are grouped in no way pwstats reads."""
    raw, mark = scanner.toks[i], scanner.gmark
    locale, other = ("en", "eu") if mark == "," else ("eu", "en")
    hint = ""
    if raw.count(mark) == 1 and scanner.dec not in raw:
        hint = f"; pass locale={other!r} if {mark!r} marks decimals"
    indian = " (or, in English, the Indian way: 2,60,000)" if locale == "en" else ""
    return ParseError(
        f"{raw!r} is not a number under locale {locale!r}, where {mark!r} groups digits in"
        f" threes{indian}: pwstats does not guess what a misgrouped number means{hint}",
        text=scanner.text,
        position=scanner.starts[i] + raw.index(mark),
    )


def extract(
    text: str,
    *,
    locale: Locale = "en",
    reading: Reading = "pragmatic",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> list[Mention]:
    """Every figure in a paragraph of prose, in order, with its span and its reading.

    A figure never spans two sentences. Not figures: years ("in 2023"), dates
    ("August 7", "2024-01-03"), clock times ("10:30", "5 p.m.", "10 am"), phone
    numbers ("+44 20 7946 0958", "(555) 123-4567", "call 555-0123"), names,
    codes and identifiers with digits ("Su-25", "A320", "10_000", "9/11", a chain
    of three or more dashed numbers ("0-1-2", "a 4-4-2 formation"), a
    number with a leading zero, "No. 2573", "case No. 5-812/2019", "see page 9",
    "pp. 3-7", a number after a label word such as article, page, room or
    paragraph, or a capitalised one such as Room, Court or Case:
    :mod:`pwstats.context`), ordinals ("3rd", "the 1,000th day", "a fourth
    consecutive day", "the third time"), ages ("a 45-year-old", "aged 7 and 9",
    "Jones, 64, said", "children under ten", "men over 60"), measurements in a
    unit that is not a count ("15 km", "-5 degrees", "30 kg"), amounts of money ("$
    2.5 million", "US$ 4.3 million", "Rs. 5,000", "INR 2 crore", "a 500-dollar
    grant": :func:`pwstats.context.is_currency_symbol`,
    :data:`pwstats.context.CURRENCY_CODES`), negative numbers and a lone "one".
    Each mention's amount is what :func:`parse` would give for its words with
    the same options (``unit`` for a number whose text names none), but for an
    estimate with its confidence interval, which :func:`parse` refuses (below). Never raises
    for any text; a figure that admits no value ("less than 0") or lies beyond the
    magnitude limit is left out. After a word of change ("rose from 1,200 to 1,500",
    "by 180,000 to 1.5 million") the two numbers are two figures, not a range.

    Ages said in a sentence ("the soldier was 16", "a boy of 16", "she turned 16", "At
    16, he", "between the ages of 18 and 60"), a capitalised military formation
    ("Brigade 72"), a multiplier ("three times as many") and a span of years ("1939-45")
    are no figures either, nor a number in a designation: after a capitalised maker,
    model, road or mission word ("Boeing 737-300s", "Boeing 737 MAX 8", "Leopard 2
    tanks", "Interstate 95", "Apollo 11": :data:`pwstats.context.CAPITAL_LABELS`), with
    letters glued before it ("Su-25", "an Mi-8"), with a dash, a number and "s" glued
    after it ("the 747-400s"), or in digits before a capitalised formation ("3
    Battalion", "1 Corps": :data:`pwstats.context.FORMATIONS`; "3 battalions" counts
    them). Nor is a number after "a" or "an" ("a 737 crashed"; "a 300 strong crowd" and
    "a 1,000 of its POWs" count), a model and its variant ("its 737-800 fleet"), a
    number in a name ("World War 2", "the Minsk 2 agreement", "the Group of 7", "the
    Group of Seven", "at No 10", "BA.5"), a multiplier ("a factor of 3") or a number with
    decimals and no scale word, unit or percent sign ("measured 7.8"); a code after a
    count is no scale suffix ("40 M777 howitzers" is 40). A figure that is another
    quantity than a count is unread
    (:attr:`Mention.unread` names the words, the amount bounds nothing): a threshold
    ("passed 300", "the 300 mark", "a target of 300"), a possibility or a forecast
    ("could reach 300", "expected to reach 300", "feared 300"), an intention or a
    condition ("plans to free 300", "if 300 are freed"), a mean ("an average of 300"),
    the standard of a comparison ("twice as many as 300"), a rate ("300 a day", "300 per
    week"), a difference ("300 more than last year", "rose by 50", "rose 24%", "…, up
    55%"), a number counting
    the noun it is hyphened to ("a 300-page report"), a fear or possibility said after
    the figure ("300 feared dead", "300 are believed killed", "300 may have died") and a
    vote tally or score ("passed 300-120", "a 3-2 decision", "won by 300 votes to 200"),
    one mention and never a range.

    A decade of counts reads as its documented band ("in the 300s" is [300, 399],
    "the mid-300s" [340, 369]: :meth:`_Scanner._digit_decade`); a decade of years
    ("the 1990s") is no figure. A decade of counts after "and" or a comma that follows
    one reads as its band too, and two joined by "or", "to" or a dash are one figure,
    their hull ("the 300s or 400s" is [300, 499]), as is a list whose last is joined by
    "or" ("the 300s, 400s or 500s" is [300, 599]) or that goes on after two so joined
    ("the 300s or 400s, 500s"). An increment ("another 300", "a further 300",
    "300 more") is read as the count of the increment, its words part of the mention
    and named in :attr:`Amount.increment`, unread or not.

    A year is never a count nor a count range's end ("from 1,200 in 2022 to 3,000" is
    1,200 and 3,000; "Up to 2023, 300 were freed" is 300); a year-like number after
    "to" that may be either ("rose to 2023.", "up to 2000.") is unread, and so is a
    range after "between" or "from" that ends in one ("between 300 and 2023."; before
    a noun, "between 300 and 2023 people" is a range). After "hand"
    or "turn", "over" is the verb's particle ("handed over 2-3 bodies" is [2, 3]);
    after a verb whose "over" or "under" may be a particle or a hedge ("took over 200
    positions", "came under 40 strikes"), and before a duration it may span ("300 died
    over 3 days"), the figure is unread.

    A figure after words that modify its number but that the lexicon cannot read
    ("perhaps 300", "a probable 300", "≳ 300", "abt. 300", "taller than 20") is
    never returned as exact: its mention includes those words, names them in
    :attr:`Mention.unread`, and its amount (kind ``"unknown"``) bounds nothing on
    the sides they might hedge — only 0 below a count and 1 above a share. An
    adverb before a one-sided hedge ("vastly more than 300") keeps the side the
    hedge entails, read literally. Attributions and emphasis do not hedge
    ("reportedly 300", "a record 300", "a further 300"). Such words are what
    :func:`parse` refuses before a figure. A number whose digits are grouped in no way
    pwstats reads ("2,600,00"; "2,60,000" is the Indian 260,000) is one such mention,
    named in :attr:`Mention.unread`, never a count of its first digits. The same holds
    for a negator shortly before a figure or its hedge ("not even 300", "nowhere near
    300"), a second hedge before its own ("at least an estimated 300"), a verb of
    comparison ("may exceed 300"), a hedge run together ("upto 300"), a comparative
    ("more like 3,000") or a near miss of a hedge ("close upon 500"), chosen by word
    class (:meth:`_Scanner._modifier`).

    A known hedge after the noun a figure counts reads as after the number, within the
    clause ("300 people at most" is "300 at most"); one that may not be said of the
    figure ("300 people at least partly") leaves it unread. A band reads as
    :func:`parse` reads it ("in the low hundreds" is [100, 399], not "hundreds").

    >>> [m.text for m in extract("3,767 people, of whom 168 civilians, since 2022; Su-25 jets")]
    ['3,767', '168']
    >>> [m.text for m in extract("On August 7, 2023, more than 200 soldiers and civilians.")]
    ['more than 200']
    >>> [m.text for m in extract("At 5 p.m. 12 men of the 3rd Brigade, aged 20, marched 15 km")]
    ['12']
    >>> [(m.text, m.unread, str(m.amount.interval)) for m in extract("perhaps 300 fled, see p. 4")]
    [('perhaps 300', 'perhaps', '[0, +inf)')]
    >>> [(m.text, m.unread, str(m.amount.interval)) for m in extract("nowhere near 300 fled")]
    [('nowhere near 300', 'nowhere', '[0, +inf)')]
    >>> [(m.text, str(m.amount.interval)) for m in extract("It killed 300 people at most.")]
    [('300 people at most', '[250, 300]')]

    An estimate and its confidence interval are one mention of kind ``"estimate"``
    ("480 (95% CI 350-610)", "4,645 [95% CI 793, 8498]", "between 350 and 610 (95%
    uncertainty interval)"): its ``nominal`` is the best value (None when none is said),
    its ``interval`` the confidence interval, its ``confidence`` the level (95% when
    the words give none), never a share of 0.95 beside two counts.

    >>> [(m.text, m.amount.kind, m.amount.nominal, str(m.amount.interval), m.amount.confidence)
    ...  for m in extract("an estimated 480 deaths (95% CI 350-610)")]
    [('an estimated 480 deaths (95% CI 350-610)', 'estimate', 480, '[350, 610]', Fraction(19, 20))]

    Each mention names the noun its figure counts (:attr:`Mention.noun`, by
    :func:`_counted_noun`); ``amount.unit`` of a number whose text names no unit is
    only the ``unit`` assumed:

    >>> [(m.text, m.amount.unit, m.noun) for m in extract("Three hospitals and 12 T-72 tanks")]
    [('Three', 'person', 'hospitals'), ('12', 'person', 'tanks')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() expects a str, not {type(text).__name__}")
    lex = _check(reading, locale, lexicon, unit)
    scanner = _Scanner(text, lex, locale, prose=True)
    mentions: list[Mention] = []
    floor = 0  # the first token not taken by an earlier figure or skipped stretch
    header: str | None = None  # a scale header the figures since are given in
    last = 0  # where the last figure or skipped stretch ended, in characters
    for fig in _scan(scanner, parse_mode=False):
        if header is not None and _BREAK.search(text, last, scanner.starts[fig.start]):
            header = None  # a header holds to the end of its sentence, row block or table
        last = scanner.ends[fig.end - 1]
        if not isinstance(fig, _Figure):
            floor = fig.end
            if fig.header:
                header = _covered(scanner, fig)
            elif fig.unread is not None:
                mentions.append(_unreadable(scanner, fig, fig.unread, reading, nonnegative, unit))
            continue
        words = fig.unread or _other_locale(scanner, fig)
        if words is not None:
            skip = _Skip(fig.start, fig.end, "an ambiguous figure", unread=words)
            named = fig.unit or unit  # "over 2 weeks", unread, is still in weeks
            mentions.append(_unreadable(scanner, skip, words, reading, nonnegative, named))
            floor = fig.end
            continue
        if header is not None and fig.unit == _UNNAMED:
            skip = _Skip(fig.start, fig.end, "a figure under a scale header", unread=header)
            mentions.append(_unreadable(scanner, skip, header, reading, nonnegative, unit))
            floor = fig.end
            continue
        band = _band_start(scanner, fig, floor)
        # an increment unread ("another 200 are expected") still says it is one, and
        # words before it hedge the figure ("perhaps another 300")
        added = scanner.increment(fig, floor)
        lead = fig.start if added is None else min(fig.start, added[0])
        unread = None if band is not None else scanner.unread(fig._replace(start=lead), floor)
        if unread is None and fig.tail is not None:
            unread = (fig.start, fig.tail[1], True)
        floor = fig.end
        first = fig.start if unread is None else unread[0]
        start, end = scanner.starts[first], scanner.ends[fig.end - 1]
        if band is not None:
            start = band
        if added is not None:  # "another 300", "300 more": the words belong to the figure
            start, end = min(start, scanner.starts[added[0]]), max(end, scanner.ends[added[1] - 1])
            floor = max(floor, added[1])
        words = text[start:end]
        try:
            amount = _amount(scanner, fig, reading, lex, nonnegative, words, unit)
            if band is not None:
                amount = _surely(_proportion_or_band(words, reading, unit))
            if unread is not None:
                amount = _unknown_hedged(scanner, fig, amount, unread, lex, nonnegative)
        except ParseError:
            continue
        if added is not None:
            amount = attrs.evolve(amount, increment=_phrase_text(scanner, *added))
        said = None
        if unread is not None:  # the words as written, before the figure or after it
            said = text[scanner.starts[first] : scanner.starts[lead]].strip()
            if not said and fig.tail is not None:
                said = text[scanner.starts[fig.tail[0]] : end].strip()
            said = said or f"({unread[1]})"
        stop = fig.end if added is None else added[1]
        if fig.tail is not None and any(scanner.kinds[t] == "n" for t in range(fig.tail[0], stop)):
            stop = fig.tail[0]  # "29 cases per 100,000 people": the figure's number is 29
        noun = _counted_noun(scanner, fig.start, stop)
        mentions.append(Mention((start, end), words, amount, unread=said, noun=noun))
    return _hedged_range_ends(text, _estimates(text, mentions, locale, reading, unit), nonnegative)


#: "between" right before a figure, and "and" or "to" (or a dash) between it and the
#: next: the two are the ends of one range. ("from ... to" is not: "rose from about 300
#: to 400" is a change, two figures of two times.)
_RANGE_OPENER: Final = re.compile(r"\bbetween[^\S\n]+$", re.IGNORECASE)
_RANGE_JOIN: Final = re.compile(r"[^\S\n]*(?:and|to|-|–|—)[^\S\n]*", re.IGNORECASE)


def _hedged_range_ends(text: str, mentions: list[Mention], nonnegative: bool) -> list[Mention]:
    """``mentions`` with two figures that are the hedged ends of one range made one unread
    mention: "between about 300 and 400" is neither "about 300" nor "400" (two counts
    that would contradict each other), and the lexicon reads no range of hedged ends.
    """
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        opener = _RANGE_OPENER.search(text, max(0, a.span[0] - 40), a.span[0])  # just before
        if (
            b is not None
            and opener is not None
            and opener.end() == a.span[0]
            and a.amount.kind not in ("range", "estimate")
            and _RANGE_JOIN.fullmatch(text, a.span[1], b.span[0])
            and (a.amount.hedge is not None or b.amount.hedge is not None)
        ):
            start, end = opener.start(), b.span[1]
            words = text[start:end]
            iv = Interval(0 if nonnegative else -math.inf, math.inf, lo_closed=nonnegative)
            amount = Amount(iv, a.amount.unit, words, None, None, a.amount.reading, kind="unknown")
            said = f"{text[start : opener.end()].strip()} ... {text[a.span[1] : b.span[0]].strip()}"
            out.append(Mention((start, end), words, amount, unread=said, noun=b.noun or a.noun))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _estimates(
    text: str, mentions: list[Mention], locale: Locale, reading: Reading, unit: str
) -> list[Mention]:
    """``mentions`` with each estimate and its confidence interval made one mention.

    "480 (95% CI 350-610)" is one estimate (best 480, interval [350, 610] at 95%), never
    three figures with "95%" a share; so is "between 350 and 610 (95% uncertainty
    interval)", which gives no best value. The level is 95% when the words give none
    ("(CI 350-610)"). An interval that does not hold its best value is left as found.
    ``mentions`` are in text order, and so is the result; each kind of bracket is found
    in one pass over them, however many estimates the text holds.
    """
    for pattern in (_CI_BOUNDS, _CI_AFTER_RANGE):
        out: list[Mention] = []  # the mentions before the bracket, estimates made so far
        rest = iter(mentions)
        pending = next(rest, None)
        for match in pattern.finditer(text):
            start, end = match.span()
            while pending is not None and pending.span[1] <= start:
                out.append(pending)
                pending = next(rest, None)
            made = _estimate(match, out[-1] if out else None, text, locale, reading, unit)
            if made is None:
                continue
            while out and out[-1].span[1] > made.span[0]:  # the best value, now inside
                out.pop()
            while pending is not None and pending.span[0] < end:  # the bracket's numbers
                pending = next(rest, None)
            out.append(made)
        if pending is not None:
            out.append(pending)
        out.extend(rest)
        mentions = out
    return mentions


def _estimate(
    match: re.Match[str],
    best_m: Mention | None,
    text: str,
    locale: Locale,
    reading: Reading,
    unit: str,
) -> Mention | None:
    """The estimate a bracket ``match`` makes with ``best_m``, the mention just before it.

    None when it makes none: bounds that cannot be read, or that do not hold the best
    value, or a level that is no probability.
    """
    start, end = match.span()
    if best_m is not None:
        gap = _CI_GAP.fullmatch(text, best_m.span[1], start)
        usable = best_m.unread is None and gap is not None
        if "low" in match.groupdict() and match["low"] is not None:
            usable = usable and best_m.amount.kind in ("bare", "exact", "approximate")
        else:
            usable = usable and best_m.amount.kind == "range"
        best_m = best_m if usable else None
    low: object
    high: object
    if match.re is _CI_BOUNDS:
        try:
            low = parse(match["low"], locale=locale, reading="literal").nominal
            high = parse(match["high"], locale=locale, reading="literal").nominal
        except ParseError:
            return None
        best = None if best_m is None else best_m.amount.nominal
    elif best_m is None:
        return None
    else:
        low, high, best = best_m.amount.interval.lo, best_m.amount.interval.hi, None
    if not isinstance(low, int | Fraction) or not isinstance(high, int | Fraction):
        return None
    if not low <= high or (best is not None and not low <= best <= high):
        return None
    first = start if best_m is None else best_m.span[0]
    level = match["level"]
    confidence = DEFAULT_CONFIDENCE if level is None else Fraction(level) / 100
    if not 0 < confidence < 1:
        return None
    words = text[first:end]
    amount = Amount(
        Interval.closed(low, high),
        unit if best_m is None else best_m.amount.unit,
        words,
        None if best_m is None else best_m.amount.hedge,
        best,
        reading,
        kind="estimate",
        confidence=confidence,
    )
    return Mention((first, end), words, amount, noun="" if best_m is None else best_m.noun)


#: Words of a compound after a number that name no counted noun ("a 300-strong unit").
_NOT_COUNTED: Final = frozenset({"strong", "strength"})
#: Words in "-men" that are no plural of a noun of people ("specimen", "regimen").
_NOT_PLURAL_MEN: Final = frozenset(
    {"specimen", "abdomen", "regimen", "acumen", "stamen", "hymen", "albumen", "bitumen"}
)
#: Adjectives with no telling ending that may stand between a figure and its noun ("300
#: more prisoners", "12 other soldiers", "40 dead civilians").
_ADJECTIVES: Final = frozenset(
    {
        *("more", "other", "new", "old", "young", "dead", "sick", "elderly", "missing"),
        *("further", "extra", "additional", "former", "fellow", "innocent", "foreign"),
        *("armed", "unarmed", "local", "civilian", "military", "senior", "junior", "top"),
        *("key", "small", "large", "big", "ill", "poor", "hungry", "homeless", "pregnant"),
        *("premature", "frail", "minor", "major", "alleged", "suspected", "presumed"),
    }
)
#: Endings of adjectives and participles ("wounded", "fleeing", "chemical", "Ukrainian").
_ADJECTIVE_ENDINGS: Final = (
    *("ed", "en", "ing", "al", "ive", "ous", "ful", "less", "ic", "ian", "ese", "ish"),
    *("ary", "ory", "ble", "ly"),
)
#: Prepositions and conjunctions with those endings ("300, including children").
_NOT_ADJECTIVES: Final = frozenset(
    {
        *("including", "excluding", "during", "following", "according", "regarding"),
        *("concerning", "considering", "pending", "barring", "notwithstanding", "given"),
        *("between", "when", "then", "than", "even", "often", "seven", "eleven", "only"),
        *("early", "nearly", "merely", "mostly", "roughly", "exactly", "daily", "weekly"),
        *("monthly", "yearly", "hourly", "nightly", "apply", "reply", "supply", "rally"),
    }
)
#: How many words :func:`_counted_noun` looks past for the noun a figure counts.
_NOUN_REACH: Final = 4
#: How many tokens it looks through at most (a word of glued parts, "T-72B3", is several).
_NOUN_TOKENS: Final = 32
#: Roles of the words a figure's number may end with ("three", "million", "hundreds").
_NOUN_AFTER: Final = _NUMBER_ROLES | {"number"}


def _counted_noun(scanner: _Scanner, start: int, end: int) -> str:
    """The noun the figure in tokens ``[start, end)`` counts, as written, or "".

    Linear and lexical, no parse: from the token after the figure's last number word,
    past "of" and a determiner ("hundreds of the detainees"), the first word that is a
    plural (ends in "s", not :data:`pwstats.context.NOT_PLURAL`) or a known noun
    (:data:`pwstats.context.PLURAL_NOUNS`, :data:`pwstats.context.COUNTED_NOUNS`,
    :data:`pwstats.context.PERSON_NOUNS`); up to :data:`_NOUN_REACH` capitalised words,
    numbers, glued joiners and increment words ("more") may stand before it ("300
    Ukrainian POWs", "12 T-72 tanks", "300 more prisoners"); a code made plural by a
    glued "s" is the noun itself ("12 T-72s", "two Su-25s"), and so may adjectives,
    participles and adverbs (:func:`_modifies_noun`: "200 wounded soldiers", "300
    seriously injured civilians"). Any other word or mark first means no noun ("300
    fled", "300, officials said"), and so does the word of a number's compound that
    counts no thing ("a 300-strong unit").
    """
    k = start
    for t in range(start, end):
        role = scanner.role(t)
        if (
            scanner.kinds[t] == "n"
            or scanner.toks[t] == "%"
            or role in _NOUN_AFTER
            or (scanner.toks[t] in _PLURAL_S and t > start and scanner.glued(t))
        ):
            k = t + 1  # the number ends here: "300", "three", "million", "hundreds", "%", "300s"
    if scanner.tok(k) == "of":
        k += 1
        if scanner.tok(k) in context.DETERMINERS:
            k += 1
    passed = 0
    code = k  # where a run of capitalised words and codes began ("Su-25s")
    last = min(scanner.n, k + _NOUN_TOKENS)  # glued parts pass no word: bound them too
    while k < last and passed <= _NOUN_REACH:
        token = scanner.toks[k]
        if scanner.kinds[k] == "w":
            word = scanner.text[scanner.starts[k] : scanner.ends[k]]
            if token == "s" and scanner.glued(k) and scanner.kinds[k - 1] == "n" and k > code:
                return scanner.text[scanner.starts[code] : scanner.ends[k]]  # "12 T-72s"
            if _plural_noun(token):
                if not (
                    (word[0].isupper() or not token.endswith("s"))
                    and _plural_noun(scanner.tok(k + 1))
                ):
                    return word
                # a noun before the noun counted: "M1 Abrams tanks", "civilian deaths"
            elif not (
                word[0].isupper()
                or token in _INCREMENT_AFTER
                or scanner.glued(k)
                or _modifies_noun(token)
            ):
                return ""
            if token in _INCREMENT_AFTER and not scanner.glued(k):
                code = k + 1  # "300 more Su-25s"
        elif not (
            scanner.kinds[k] == "n"
            or (token in _CODE_JOINERS and scanner.glued(k) and scanner.glued(k + 1))
        ):
            return ""
        if not scanner.glued(k):
            passed += 1  # a code's glued parts ("T-72B3") are one word
        k += 1
    return ""


def _plural_noun(token: str) -> bool:
    """True when the lower-case ``token`` may be a plural noun or a noun of people that a
    figure counts ("soldiers", "people", "policemen", "crew")."""
    return (
        (len(token) > 3 and token.endswith("s") and token not in context.NOT_PLURAL)
        or (len(token) > 4 and token.endswith("men") and token not in _NOT_PLURAL_MEN)
        or token in context.PLURAL_NOUNS
        or (token in context.COUNTED_NOUNS and token not in _NOT_COUNTED)
        or token in context.PERSON_NOUNS
    ) and not token.endswith(("ss", "us", "is"))


def _modifies_noun(token: str) -> bool:
    """True when the lower-case ``token`` may be an adjective, a participle or an adverb
    before the noun a figure counts ("200 wounded soldiers", "40 unarmed protesters",
    "300 seriously injured civilians", "12 foreign nationals"): a word of
    :data:`_ADJECTIVES` or one with an ending of adjectives and participles
    (:data:`_ADJECTIVE_ENDINGS`), other than a preposition in -ing ("including")."""
    return token in _ADJECTIVES or (
        len(token) > 4 and token.endswith(_ADJECTIVE_ENDINGS) and token not in _NOT_ADJECTIVES
    )


def _band_start(scanner: _Scanner, fig: _Figure, floor: int) -> int | None:
    """Where a band said of the vague word ``fig`` starts ("in the low hundreds"), or None.

    :func:`parse` reads "in the thousands" as [1000, 9999] and "in the low hundreds" as
    [100, 399] (:func:`_proportion_or_band`); in prose the same words read the same,
    never as the vague word alone ("hundreds" is [200, 999]).
    """
    if fig.kind != "vague" or fig.tail is not None or fig.hedge is not None:
        return None
    text = scanner.text
    end = scanner.ends[fig.end - 1]
    begin = scanner.starts[max(floor, fig.start - 4)]
    m = _BAND_BEFORE.search(text, begin, end)
    if m is None or m.end() != end or m.start("scale") != scanner.starts[fig.start]:
        return None
    return m.start()


def _unknown_hedged(
    scanner: _Scanner,
    fig: _Figure,
    amount: Amount,
    unread: tuple[int, str, bool],
    lexicon: Lexicon,
    nonnegative: bool,
) -> Amount:
    """``amount`` after words pwstats cannot read: open on every side they might hedge.

    Words that might hedge either way leave the figure bounded only by what no
    reading can cross (0 for a non-negative quantity, 1 for a share of a whole);
    an intensifier before a one-sided hedge keeps the side the hedge entails and
    reads it literally ("vastly more than 300" is more than 300), under every reading.
    """
    _, words, both = unread
    hedge = words if amount.hedge is None else f"{words} {amount.hedge}"
    if not both:
        iv = _interval(fig, "literal", lexicon, nonnegative)
        return attrs.evolve(amount, interval=iv, hedge=hedge)
    top: Number | float = math.inf
    if fig.whole or (fig.unit == _SHARE and fig.nominal is not None and fig.nominal <= 1):
        top = 1
    iv = Interval(0 if nonnegative else -math.inf, top, lo_closed=nonnegative, hi_closed=top == 1)
    return attrs.evolve(amount, interval=iv, hedge=hedge, kind="unknown")


#: A number that reads as thousands under the other locale: one to three digits, the
#: decimal mark and exactly three digits ("2.600" is 2.6 in English, 2,600 in German).
_THREE_DECIMALS: Final[dict[Locale, re.Pattern[str]]] = {
    loc: re.compile(rf"[1-9][0-9]{{0,2}}{re.escape(_DECIMAL[loc])}[0-9]{{3}}") for loc in LOCALES
}


def _other_locale(scanner: _Scanner, fig: _Figure) -> str | None:
    """The number of a count in prose that reads a thousand times larger under the other
    locale ("2.600 prisoners" in English), else None: :func:`extract` leaves it unread.

    A count is a figure whose text names no unit; a number before a scale word ("1.250
    million") is left to the scale.
    """
    if fig.unit != _UNNAMED:
        return None
    pattern = _THREE_DECIMALS["en" if scanner.dec == "." else "eu"]
    for t in range(fig.start, fig.end):
        if (
            scanner.kinds[t] == "n"
            and pattern.fullmatch(scanner.toks[t])
            and scanner.role(t + 1) not in ("scale", "suffix", "plural")
        ):
            return scanner.toks[t]
    return None


#: Where a scale header stops holding: a sentence's end or a blank line.
_BREAK: Final = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _unreadable(
    scanner: _Scanner, skip: _Skip, words: str, reading: Reading, nonnegative: bool, unit: str
) -> Mention:
    """A figure pwstats cannot read ("2,600,00", "3,400" under "(thousands)"): a mention
    that bounds nothing but 0, naming ``words`` in :attr:`Mention.unread`."""
    start, end = scanner.starts[skip.start], scanner.ends[skip.end - 1]
    text = scanner.text[start:end]
    iv = Interval(0 if nonnegative else -math.inf, math.inf, lo_closed=nonnegative)
    amount = Amount(iv, unit, text, None, None, reading, kind="unknown")
    noun = _counted_noun(scanner, skip.start, skip.end)
    return Mention((start, end), text, amount, unread=words, noun=noun)
