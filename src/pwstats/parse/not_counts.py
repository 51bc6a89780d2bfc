"""The not-a-count rules: money, ages, names and labels, list numbers, measures, tallies.

Each rule looks at a figure the grammar found and, when the number is another
quantity than a count of its noun, returns a :class:`Skip` saying why.
"""

from __future__ import annotations

import re
from typing import Final

from pwstats.parse import context
from pwstats.parse.amounts import LOCALES, Locale
from pwstats.parse.found import UNNAMED, Figure, Quantity, Skip
from pwstats.parse.numbers import SHARE
from pwstats.parse.tokens import (
    CAPITAL_LABELS,
    CLAUSE_END,
    DASHES,
    DECIMAL,
    LABELS,
    MONTHS,
    SENTENCE_OPEN,
    phrase_text,
    plural_noun,
)
from pwstats.parse.years import YEAR_LIST, Years

#: Words before which a number, and a list of them ("aged 7 and 9"), is an age.
_AGE_BEFORE: Final = frozenset({"aged", "age", "ages"})
#: Words of a reference quoted to the public ("quoting log 1174", "quote reference
#: 88213", "citing crime 4471"), which are also verbs or nouns counted ("guards log 5,000
#: arrivals"): a label lower-case only after these.
_QUOTED_LABELS: Final = frozenset({"log", "ticket", "reference", "incident", "crime", "case"})
_QUOTING: Final = frozenset({"quoting", "quote", "citing", "cite"})
#: Words between a name's comma and an age set off beside it ("Jones, then 34, said").
_AGE_WHEN: Final = frozenset({"then", "now"})
#: Singular verbs after "and a third", "and a fourth"... that make it the next one of a
#: count, not a fraction of it ("two soldiers were killed and a third was wounded"); "a
#: third were" and "A quarter is spent on food" are fractions.
_NEXT_ONE_AFTER: Final = frozenset({"was", "has", "remains", "remained", "is"})
#: Ordinals before "half" or "quarter" that make them a part of a period, no share ("in the
#: first half of the year", "the second quarter").
_PERIOD_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "last", "latter"})
_PARTS: Final = frozenset({"half", "quarter"})
#: Words naming a stage of a survey, a trial or talks: a number right after one is its
#: name ("in round two", "of wave 3", "Phase 3 trials") after a preposition or in
#: capitals; "in the first round 300 were swapped" counts 300.
STAGES: Final = frozenset({"round", "phase", "phases", "wave", "stage", "cycle"})
STAGE_PREPOSITIONS: Final = frozenset(
    {"in", "of", "during", "after", "before", "for", "from", "since", "until", "by"}
)
#: Ordinals of a stage named with "the" ("from 4% in the first round to 9").
STAGE_ORDINALS: Final = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "latest", "final", "previous"}
)
#: The oldest age "under" a number names after a word for people and a verb ("the
#: patients were under five": a child's age group, as "under-fives" in health reports).
_CHILD_AGE: Final = 18
#: Words right before an age that a statistic or a record gives ("the median age was 28").
_AGE_STAT_VERBS: Final = frozenset({"was", "is", "were", "of", ":", "="})
#: How many words back "age" may stand before them ("the mean age of the victims was 34").
_AGE_STAT_REACH: Final = 6
#: How many tokens back a word of a summary statistic may stand before its number ("the
#: median household size in the camps was 7").
_STATISTIC_REACH: Final = 8
#: How many tokens a duration's number may take before its unit word ("1 200 days").
_DURATION_TOKENS: Final = 4
#: How many times a duration's number the lower end of a range in brackets after it must
#: be to be a count of its own, not the duration's spread ("three days (120–150)").
_COUNT_ABOVE_DURATION: Final = 10
#: Words that open the spread of a statistic in brackets ("(range 2-71)", "(IQR 32-60)").
_SPREAD_WORDS: Final = frozenset(
    {"range", "iqr", "interquartile", "sd", "s", "standard", "min", "minimum"}
)
#: Words that name a statistic's dispersion, never an interval of an estimate: the numbers
#: after one in brackets ("6 days (IQR 3–11)", "(SD 4.2)") are no figures.
_DISPERSION: Final = frozenset({"iqr", "interquartile", "sd", "std"})
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
        *("kph", "kmh", "ha", "g", "mg", "mcg", "µg", "ml", "mmol", "kcal"),
        # points of a score or a poll, and of a rate ("27 points", "50 basis points")
        *("points", "pts", "basis", "percentage", "bps", "pp"),
    }
)
#: How a clock time ends ("5 p.m.", "10 am", "5 o'clock"), as tokens.
_CLOCK: Final = (("a", ".", "m"), ("p", ".", "m"), ("am",), ("pm",), ("o", "'", "clock"))
_CLOCK_START: Final = frozenset(marker[0] for marker in _CLOCK)


#: Every token before or after a figure that can make it no count (a quick first test).
_BEFORE_NOT_COUNT: Final = (
    LABELS
    | CAPITAL_LABELS
    | _AGE_BEFORE
    | _AGE_STAT_VERBS
    | context.PEOPLE
    | context.CURRENCIES
    | context.PHONE_BEFORE
    | context.CALL
    | context.AGE_COPULAS
    | {"of", "minus", "day", "week", "as", "at", "are", "were", "youngest", "oldest", "eldest"}
    | {"a", "an", "no", "per", "ad", "counts", "top", "nearest", "both"}
    | _WEEK_WORDS
    | {"ew"}
    | STAGES
    | _AGE_WHEN
)
#: Types of a figure's numbers that a count without a scale word may have (none said, or
#: whole): one with decimals counts no whole thing ("the quake measured 7.8").
_WHOLE: Final = frozenset({int, type(None)})


#: Words after "a" and a number in digits that make the article "one" ("a 1,000 of its
#: soldiers", "a 100 or so"): a count, not a name.
_ARTICLE_AS_ONE: Final = frozenset({"of", "or", "to", "plus", "odd"})
#: Nouns whose "of" and a number make the number a multiplier ("by a factor of 3").
_FACTOR_NOUNS: Final = frozenset({"factor", "multiple"})
_AFTER_NOT_COUNT: Final = (
    DASHES
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
#: more than", "twice the", "3 times its capacity"), not a count.
_MULTIPLIED: Final = frozenset(
    {"as", "more", "less", "fewer", "higher", "greater", "larger", "bigger", "the", "that"}
    | {"what", "over", "lower", "smaller", "bigger", "its", "their", "his", "her", "our"}
)
#: Words after "half as" that make a share a multiplier ("half as many as 300").
_AS_MUCH: Final = frozenset({"many", "much", "few", "little", "large", "big", "high", "long"})
#: Nouns for a parent, after which "of n" is the number of their children ("a mother of
#: three"), not an age and not a count of the event.
_PARENTS: Final = frozenset({"mother", "father", "grandmother", "grandfather", "parent"})
#: Particles after "turned n" that make it a verb of moving a count ("turned 300 away").
_TURNED_PARTICLES: Final = frozenset({"away", "back", "over", "into", "out", "around", "down"})


#: Characters after which a capitalised word may open a sentence, a quote, an item of a
#: list or a heading ("Killed: Three", "(Three of them)", "- Three soldiers").
_TITLE_OPENERS: Final = frozenset(".!?;:\"“”‘’'([{)]}\n\r-–—•*>|")


#: Opening marks glued before a list number ("“49. Exactly 230", "(2) Russia").
_LIST_OPENERS: Final = frozenset("\"“‘'([")


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


#: Superlatives of age whose number after a copula is an age ("the oldest was 64").
_AGE_SUPERLATIVES: Final = frozenset({"youngest", "oldest", "eldest"})
#: Pronouns after "At n," at a sentence's start that make n an age ("At 16, he enlisted").
_AGE_PRONOUNS: Final = frozenset({"he", "she", "i", "they", "we", "you"})
#: Closing marks after a number given as an age beside a name ("Jones, 64," "Smith (64)").
_AGE_CLOSE: Final = frozenset({",", ".", ";", ")", ":"})


#: How many tokens before a figure :meth:`Scanner.modifier` looks at.
LOOK_BEHIND: Final = 4


#: Symbols inside a code with digits ("10_000", "5-812/2019", "A-12.3").
CODE_JOINERS: Final = frozenset({"_", "/", "-", "."})


#: A number that reads as thousands under the other locale: one to three digits, the
#: decimal mark and exactly three digits ("2.600" is 2.6 in English, 2,600 in German).
THREE_DECIMALS: Final[dict[Locale, re.Pattern[str]]] = {
    loc: re.compile(rf"[1-9][0-9]{{0,2}}{re.escape(DECIMAL[loc])}[0-9]{{3}}") for loc in LOCALES
}


def other_locale(scanner: NotCounts, fig: Figure) -> str | None:
    """The number of a count in prose that reads a thousand times larger under the other
    locale ("2.600 prisoners" in English), else None: :func:`extract` leaves it unread.

    A count is a figure whose text names no unit; a number before a scale word ("1.250
    million") is left to the scale.
    """
    if fig.unit != UNNAMED:
        return None
    return three_decimals(scanner, fig.start, fig.end)


def three_decimals(scanner: NotCounts, start: int, end: int) -> str | None:
    """The first number token from ``start`` to ``end`` that reads a thousand times larger
    under the other locale ("2.600", "12.000" in English), not before a scale word ("1.250
    million" is left to the scale); None if there is none. The one rule behind
    :func:`other_locale` and the check of a whole-numbered figure's words."""
    pattern = THREE_DECIMALS["en" if scanner.dec == "." else "eu"]
    scaled = ("scale", "suffix", "plural")
    for t in range(start, end):
        if (
            scanner.kinds[t] == "n"
            and pattern.fullmatch(scanner.toks[t])
            and scanner.role(t + 1) not in scaled
            # a range's first end shares the scale word after its second ("1.500 to 2.000
            # million", "between 1.250 and 1.500 million")
            and not (
                scanner.tok(t + 1) in _RANGE_JOINS
                and t + 3 < end  # the scale word is the figure's own
                and scanner.kinds[t + 2] == "n"
                and scanner.role(t + 3) in scaled
            )
        ):
            return scanner.toks[t]
    return None


#: The words and dashes that join a range's two ends ("1.5 to 2 million", "1.5-2 million").
_RANGE_JOINS: Final = frozenset({"to", "and", "-", "–", "—", "−"})


class NotCounts(Years):
    """Numbers that are another quantity than a count: money, ages, names, labels, tallies."""

    __slots__ = ()

    def _money(self, fig: Figure) -> Skip | None:
        """The stretch to skip when ``fig`` is an amount of money, else None.

        Money is a number after a currency sign, with or without a space ("$ 2.5
        million", "US$ 4.3 million", "£ 300"), a currency code in capitals ("INR 2
        crore") or abbreviation ("Rs. 5,000"); or a number before a currency word, sign
        or code ("5 million euros", "300 €", "300 KES"), also joined by a hyphen ("a
        500-dollar grant"), after a capitalised word ("5 million US dollars") or after
        the number restated in brackets ("two thousand (2,000) dollars"). A sign
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
            or self.code(b)
        ):
            return Skip(b, end, "an amount of money")
        a = end
        if self.tok(a) == "(" and fig.nominal is not None:
            q = self.quantity(a + 1) if a + 1 < self.n else None
            if q is not None and q.value == fig.nominal and self.tok(q.end) == ")":
                a = q.end + 1  # "two thousand (2,000) dollars": the number restated
        if self.tok(a) in DASHES and self.glued(a) and self.glued(a + 1):
            a += 1  # "a 500-dollar grant"
        elif (
            self.kinds[a : a + 1] == ["w"]
            and self.capital(a)
            and self.tok(a + 1) in context.CURRENCIES
        ):
            a += 1  # "5 million US dollars"
        after = self.tok(a)
        if context.is_currency_symbol(after) or after in context.CURRENCIES or self.code(a):
            return Skip(start, a + 1, "an amount of money")
        if after == "in" and self.tok(a + 1) in context.MONEY_NOUNS:
            return Skip(start, a + 2, "an amount of money")  # "300 million in aid"
        if before == "worth" or (before == "of" and self.tok(b - 1) in context.MONEY_NOUNS):
            return Skip(start, end, "an amount of money")  # "a budget of 300 million"
        return None

    def not_a_count(self, fig: Figure) -> Skip | None:
        """The stretch to skip when the figure ``fig`` is no count, else None.

        A number is an identifier after a label word ("Article 5", "Resolution
        1325": :data:`LABELS`), an age after "aged" ("aged 7 and 9", with the
        list it starts) or before "old" ("a 45-year-old", "a 45 year old"), a clock
        time before "a.m.", "p.m.", "am", "pm" or "o'clock" ("5 p.m.", up to 12),
        and a measurement before a unit that is not a count ("15 km", "-5 degrees",
        "hundreds of kilometres": :data:`_MEASURES`), and a rank after "top" before a
        noun of :data:`pwstats.parse.context.RANK_NOUNS` ("the Top 10 list").
        """
        start, end = fig.start, fig.end
        before = self.tok(start - 1)
        if before in _PERIOD_ORDINALS and fig.kind == "bare" and self.toks[start] in _PARTS:
            return Skip(start - 1, end, "a period")  # "in the first half of the year"
        spread = start - 2 if before == ":" else start - 1
        if self.tok(spread) in _DISPERSION and self.tok(spread - 1) in ("(", "[", ","):
            return Skip(spread, end, "a spread")  # "6 days (IQR 3–11)", "(SD 4.2)"
        spread_of = self._spread_of_statistic(fig)
        if spread_of is not None:
            return spread_of
        if before == "(" and fig.kind == "bare" and self.tok(end) == ")":
            restated = self._restated(fig)
            if restated is not None:
                return restated
        if before in _AGE_WHEN and self.tok(start - 2) in (",", "(") and fig.kind == "bare":
            age = self._age_beside_name(fig)  # "The commander, then 34, ordered"
            if age is not None:
                return age
        if before in (",", "(") and fig.kind == "bare":
            if self.tok(start - 2) in context.PHONE_BEFORE:
                return Skip(start, end, "a phone number")  # "the helpline, 116 123,"
            age = self._age_beside_name(fig)
            if age is not None:
                return age
        if (
            fig.kind == "bare"
            and self.tok(end) in ("]", ")")
            and (before == "[" or (before == "(" and start >= 2 and self.glued(start - 1)))
            and self.tok(end) == ("]" if before == "[" else ")")
        ):
            return Skip(start - 1, end + 1, "a reference")  # "died.[12]", "Section 3(2)"
        if fig.kind == "bare" and fig.unit == SHARE and self.role(start) == "article":
            ordinal = self._ordinal_fraction(fig)
            if ordinal is not None:
                return ordinal
        if (
            self.tok(end + 1) in context.STREETS
            or self.tok(end + 2) in context.STREETS
            or self.tok(end) in context.STREETS_BEFORE
        ) and self._address(fig):
            return Skip(start, end + 1, "an address")  # "42 Shevchenko Street"
        money = (
            self._money(fig)
            or self._multiplier_share(fig)
            or self.clock_digits(fig)
            or self._list_number(fig)
        )
        if money is not None:
            return money
        if (
            self.tok(end) in context.FORMATIONS
            and fig.kind != "range"
            and self.kinds[end - 1] == "n"
            and self.capital(end)
        ):
            return Skip(start, end + 1, "a formation's name")  # "3 Battalion", "1 Corps"
        if (
            self.prose
            and fig.unit == UNNAMED
            and not (
                type(fig.nominal) in _WHOLE and type(fig.low) in _WHOLE and type(fig.high) in _WHOLE
            )
            and not fig.scaled
            and not any(self.role(t) in ("number", "fraction") for t in range(start, end))
            and other_locale(self, fig) is None  # "2.600 prisoners": 2,600 or 2.6?
        ):
            return Skip(start, end, "a number with decimals")  # "measured 7.8", "2.5 each"
        if fig.kind == "range" and end - start == 3 and self._model_range(start):
            return Skip(start, end, "a model's name")  # "its 737-800 fleet"
        if fig.kind == "bare" and self.kinds[start] == "w" and self._named_by_word(fig):
            return Skip(start, end, "a name")  # "the Group of Seven", "the Big Three"
        if (
            before not in _BEFORE_NOT_COUNT
            and self.tok(end) not in _AFTER_MAYBE_NOT_COUNT
            and self.tok(end + 2) not in _ERAS_AFTER  # "from 120 to 80 BC"
        ):
            return None  # the common case, decided by three set lookups
        era = self._era_or_week(fig) or self._race(fig)
        if era is not None:
            return era
        if before == "top" and fig.kind == "bare" and self.tok(end) in context.RANK_NOUNS:
            return Skip(start - 1, end + 1, "a rank")  # "the Top 10 list", "a top 10 finish"
        if fig.kind == "bare" and end - start == 1 and self.kinds[start] == "n":
            if (
                before == "of"
                and self.tok(start - 2) in context.NAMED_GROUPS
                and self.capital(start - 2)
            ):
                return Skip(start - 2, end, "a name")  # "the Group of 7", "Gang of 8"
            if (
                self.tok(end) in context.NAMED_AFTER
                and self.kinds[start - 1 : start] == ["w"]
                and self.capital(start - 1)
                and not self.opens_sentence(start - 1)
                and before not in MONTHS
            ):
                return Skip(start - 1, end + 1, "a name")  # "the Minsk 2 agreement"
        if before == "of" and self.tok(start - 2) in _FACTOR_NOUNS and fig.kind == "bare":
            return Skip(start - 2, end, "a multiplier")  # "rose by a factor of 3"
        if before == "no" and self.capital(start - 1) and not self.opens_sentence(start - 1):
            return Skip(start - 1, end, "an identifier")  # "lives at No 10", "Gate No 4"
        letter = (  # "Region A 120 340": a capital letter naming a row, not an article
            before == "a"
            and self.capital(start - 1)
            and not self.opens_sentence(start - 1)
            and self.kinds[start - 2 : start - 1] == ["w"]
            and self.capital(start - 2)
        )
        if before in ("a", "an") and self.prose and not letter and self._after_article(fig):
            return Skip(start, self._designation_end(end), "a name or a modifier")  # "a 737"
        if (
            before in context.PEOPLE
            and fig.kind in ("upper", "lower")
            and fig.unit == UNNAMED
            and fig.nominal is not None
            and 0 <= fig.nominal <= context.AGE_MAX
        ):
            return Skip(start, end, "an age limit")  # "children under ten", "men over 60"
        if (
            before in ("were", "are", "was", "is")
            and self.toks[start] in ("under", "below")
            and fig.kind == "upper"
            and fig.unit == UNNAMED
            and fig.nominal is not None
            and 0 < fig.nominal <= _CHILD_AGE
            and self._people(start - 2)
            and (self.punctuated(end) or end >= self.n)
        ):
            return Skip(start, end, "an age limit")  # "half of the patients were under five"
        if (
            before in STAGES
            and fig.kind != "vague"
            and (self.tok(start - 2) in STAGE_PREPOSITIONS or self.capital(start - 1))
        ):
            return Skip(start - 1, end, "an identifier")  # "in round two", "Phase 4 or above"
        quoted = before in _QUOTED_LABELS and self.tok(start - 2) in _QUOTING
        if (
            before in LABELS or (before in CAPITAL_LABELS and (self.capital(start - 1) or quoted))
        ) and (fig.kind in ("bare", "range") or self.upper_word(start + 1)):
            # with the code and capitals after it: "Boeing 737-300s", "Boeing 737 MAX 8"
            stop = max(end, self._designation_end(start + 1))
            return Skip(start - 1, self._label_list(stop), "an identifier")
        if (
            fig.kind == "bare"
            and self.tok(end) in DASHES
            and self.kinds[start] == "n"
            and self.tok(end + 2) == "s"
            and all(self.glued(k) for k in range(end, end + 3))
            and self.kinds[end + 1] == "n"
        ):
            return Skip(start, self.name(start).end, "a name or code")  # "the 747-400s"
        if before == "minus" and fig.kind == "bare":
            return Skip(start - 1, end, "a signed number")  # "minus 20" degrees
        if fig.kind == "bare" and (
            before in context.PHONE_BEFORE
            or (before in context.CALL and self.toks[start] in context.EMERGENCY_NUMBERS)
        ):
            return Skip(start - 1, end, "a phone number")  # "Dial 911", "call 112"
        if before == "nearest" and fig.kind == "bare":
            return Skip(start - 1, end, "a precision")  # "rounded to the nearest 100"
        if before in ("day", "week") and self.tok(end) == "of" and fig.kind == "bare":
            return Skip(start - 1, end, "an identifier")  # "day 3 of the trial"
        if before in _AGE_BEFORE or (before == "of" and self.tok(start - 2) in _AGE_BEFORE):
            plural = "ages" in (before, self.tok(start - 2))  # "between the ages of 18 and 60"
            return Skip(start, self._spread_after(self._age_list(end, plural=plural)), "an age")
        age = self._age_in_prose(fig) or self._age_statistic(fig)
        if age is not None:
            return age
        after = end
        if self.tok(end) in DASHES and self.glued(end) and self.glued(end + 1):
            after += 1  # "a 45-year-old", "a 10-km march"
        if fig.unit not in (UNNAMED, SHARE):
            if self.tok(after) in ("old", "olds"):
                return Skip(start, after + 1, "an age")
            if fig.unit == "year" and (self.tok(end), self.tok(end + 1)) == ("of", "age"):
                return Skip(start, end + 2, "an age")  # "16 years of age"
            return None
        if fig.unit != UNNAMED:
            return None
        if self.tok(end) == "times" and self.tok(end + 1) in _MULTIPLIED and fig.kind == "bare":
            return Skip(start, end + 1, "a multiplier")  # "three times as many"
        if fig.kind == "vague" and self.tok(after) == "of":
            after += 1  # "hundreds of kilometres"
        if self.tok(after) in _MEASURES:
            return Skip(start, after + 1, "a measurement")
        if self.tok(end - 1) == "m" and self.glued(end - 1) and self.tok(after) in _DIMENSIONS:
            return Skip(start, after + 1, "a measurement")  # "300m long": metres, no million
        top = fig.high if fig.kind == "range" else fig.nominal
        if self.tok(end) in _CLOCK_START and top is not None and 0 <= top <= 12:
            for marker in _CLOCK:
                stop = end + len(marker)
                if all(self.tok(end + k).replace("’", "'") == t for k, t in enumerate(marker)):
                    return Skip(start, stop + (self.tok(stop) == "."), "a clock time")
        return None

    def _era_or_week(self, fig: Figure) -> Skip | None:
        """A year of an era ("1200 BC", "c. 300 BCE", "AD 70"), the number of a week in a
        calendar of reports ("epidemiological week 32", "in week 41", "EW 32", "weeks 30
        to 32") or the base of a rate after "per" ("3.4 per 1,000", "one doctor per 300
        people"): no count. The stretch to skip, else None."""
        start, end = fig.start, fig.end
        before = self.tok(start - 1)
        era = end
        if self.tok(end) in YEAR_LIST and self.kinds[end + 1 : end + 2] == ["n"]:
            era = end + 2  # "from 120 to 80 BC", "300 and 200 BC": both years of the era
        if (self.tok(era) in _ERAS_AFTER and self.upper(era)) or (
            before == "ad" and self.upper(start - 1) and fig.kind in ("bare", "range")
        ):
            if self.tok(era) in _ERAS_AFTER:
                return Skip(start, era + 1, "a year")
            return Skip(start - 1, end, "a year")
        if fig.kind not in ("bare", "range") or fig.unit != UNNAMED:
            return None
        if before == "per":
            return Skip(start - 1, end, "a rate's base")
        if before in ("count", "counts") and self.tok(start - 2) in ("on", "under"):
            return Skip(start - 1, self._label_list(end), "an identifier")  # "on counts 1, 3"
        opener = self.tok(start - 2)
        if (
            before in _WEEK_WORDS
            and (opener in _WEEK_OPENERS or (before == "week" and opener in _WEEK_COMPARED))
        ) or (before == "ew" and self.upper(start - 1)):
            return Skip(start - 1, end, "a week's number")
        return None

    def _race(self, fig: Figure) -> Skip | None:
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
        return Skip(start, m + 2, "a distance")

    def _restated(self, fig: Figure) -> Skip | None:
        """A number in brackets that restates the one right before them in the other
        writing: "300 (three hundred)", "three hundred (300)", as laws and contracts
        write numbers. The restatement is no second count: the stretch to skip, else
        None. Digits in brackets after digits ("Deaths: 12 (12)") restate nothing: a
        table gives an earlier period's figure so. Looks back at most
        :data:`_RESTATE_REACH` tokens."""
        start, end = fig.start, fig.end
        if fig.nominal is None or fig.scaled or fig.unit != UNNAMED:
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
                return Skip(start - 1, end + 1, "a number restated")
        return None

    def _label_list(self, end: int) -> int:
        """Where a list of numbers after a label ends whose first ends at token ``end``
        ("paragraphs 4, 5 and 6", "Articles 3 and 5 were", "on counts 1, 3 and 7"):
        plain numbers joined by ",", "and", "or" or "&", the last joined by a word and
        followed by no plural noun: "Article 4, 300 people" and "Article 4 and 300
        people" are an identifier and a count. Linear in the list's length."""
        k, last = end, end
        while (
            self.tok(k) in _LABEL_JOINS and self.kinds[k + 1 : k + 2] == ["n"] and self.plain(k + 1)
        ):
            if self.toks[k] != ",":
                last = k + 2
            k += 2
        if last == end or last != k:
            return end
        if self.kinds[last : last + 1] == ["w"] and plural_noun(self.toks[last]):
            return end  # "Article 4 and 300 people": an identifier and a count
        return last

    def _named_by_word(self, fig: Figure) -> bool:
        """True when the number word of ``fig`` is capitalised inside a sentence and no
        capitalised word follows it: part of a name ("the Group of Seven", "the Big
        Three", "Formula One"). At a sentence's start, after a quote or a bracket, or
        in a title written in capitals ("Gunmen Kill Three In Raid") it is a count."""
        start, end = fig.start, fig.end
        if not self.capital(start) or (end < self.n and self.capital(end)):
            return False
        text, at = self.text, self.starts[start] - 1
        while at >= 0 and text[at] in " \t\u00a0":
            at -= 1  # only the spaces right before the word: linear over the text
        return at >= 0 and text[at] not in _TITLE_OPENERS

    def _model_range(self, start: int) -> bool:
        """True when tokens ``start`` to ``start + 2`` are a model and its variant written as
        a range ("737-800", "747-400", "777-300"): three digits and a dash glued to three
        more, the first no multiple of five and the second a multiple of a hundred. A
        range of counts has ends that are both round or neither ("200-300", "735-790").
        A variant of one digit after a determiner is a model too ("a 787-9", "its 737-8
        fleet"): "a" or "its" before a range of counts written so ("121-9") is no English."""
        low, dash, high = self.toks[start : start + 3]
        return (
            dash in DASHES
            and self.glued(start + 1)
            and self.glued(start + 2)
            and len(low) == 3
            and low.isdigit()
            and high.isdigit()
            and int(low) % 5 != 0
            and (
                (len(high) == 3 and high.endswith("00"))
                or (len(high) == 1 and self.tok(start - 1) in context.DETERMINERS)
            )
        )

    def _after_article(self, fig: Figure) -> bool:
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
            or fig.unit != UNNAMED
            or fig.tail is not None
            or fig.unread is not None
            or self.kinds[start] != "n"
            or (self.tok(end) in DASHES and self.glued(end))  # "a 300-page report"
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

    def _list_number(self, fig: Figure) -> Skip | None:
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
                (self.capital(end + 1) and self.kinds[end + 1] == "w")
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
            return Skip(start, end + 1, "a list number")
        return None

    def _multiplier_share(self, fig: Figure) -> Skip | None:
        """ "half as many as", "a third as much": a share said as a multiplier, no share."""
        end = fig.end
        if (
            fig.kind == "bare"
            and fig.unit == SHARE
            and self.tok(end) == "as"
            and self.tok(end + 1) in _AS_MUCH
        ):
            return Skip(fig.start, end, "a multiplier")
        return None

    def _address(self, fig: Figure) -> bool:
        """True for a house number: "42 Shevchenko Street", "10 Downing St"."""
        end = fig.end
        if fig.kind != "bare" or end >= self.n or self.kinds[end] != "w" or not self.capital(end):
            return False
        return (
            self.tok(end + 1) in context.STREETS
            or self.tok(end + 2) in context.STREETS
            or self.toks[end] in context.STREETS_BEFORE  # "25 Rue de Rivoli"
        )

    def _age_beside_name(self, fig: Figure) -> Skip | None:
        """An age set off beside a name: "Jones, 64, said", "John Smith (64)".

        A whole number from 0 to :data:`pwstats.parse.context.AGE_MAX` between a comma after
        a capitalised word and a closing mark (or in brackets after one) is an age, also
        after "then" or "now" ("The commander, then 34, ordered").
        """
        start, end = fig.start, fig.end
        n = fig.nominal
        if fig.unit != UNNAMED or not isinstance(n, int) or not 0 <= n <= context.AGE_MAX:
            return None
        when = fig.kind == "bare" and self.tok(start - 1) in _AGE_WHEN
        if when:
            start -= 1  # "The commander, then 34, ordered", "the victim, now 71,"
        name = start - 2
        if (
            name < 0
            or self.kinds[name] != "w"
            or not (
                # a capital that opens a sentence names no one after "now": "Casualties,
                # now 71, are rising" counts them
                (self.capital(name) and not (when and self.opens_sentence(name)))
                or self.toks[name] in context.PERSON_NOUNS
                or self.toks[name] in context.AGE_SUBJECTS  # "the teenager, 16, was freed"
            )
        ):
            return None
        opener = self.toks[start - 1]
        closer = self.tok(end)
        if opener == "," and (end >= self.n or closer in _AGE_CLOSE):
            return Skip(start, end, "an age")
        if opener == "(" and closer == ")":
            return Skip(start, end + 1, "an age")
        return None

    def _age_in_prose(self, fig: Figure) -> Skip | None:
        """An age said in a sentence rather than with "aged" or "-year-old", else None.

        A whole number from 0 to :data:`pwstats.parse.context.AGE_MAX`, alone or after "just"
        or "only", is an age after *was*, *is* or *turned* said of one person (:data:`
        pwstats.parse.context.AGE_SUBJECTS`: "the soldier was 16", "who is 19", "the youngest
        prisoner is 19", "he turned 16") when it ends its clause; after "of" and a word
        for a person ("a boy of 16", "men of 60"); after "as young as" or "as old as";
        before the suspended hyphen of an age range ("18- to 60-year-olds"); and in "At
        16, he ...". After a parent ("a mother of three") it is the number of children,
        a count of no event: skipped too.
        """
        start, end = fig.start, fig.end
        n = fig.nominal
        if (
            fig.unit != UNNAMED
            or fig.kind not in ("bare", "exact")
            or (fig.kind == "exact" and fig.hedge_text not in ("just", "only"))
            or not isinstance(n, int)
            or not 0 <= n <= context.AGE_MAX
        ):
            return None
        before = self.tok(start - 1)
        ends = self.punctuated(end) or self.toks[end] in context.CLAUSE_WORDS
        if before.startswith("turn") and self.tok(end) not in _TURNED_PARTICLES:
            return Skip(start, end, "an age")  # "she turned 16 in captivity"
        if before in context.AGE_COPULAS and ends:
            if self.tok(start - 2) in context.AGE_SUBJECTS:
                return Skip(start, end, "an age")  # "he was 16", "who is 19"
            if self.tok(start - 3) in _AGE_SUPERLATIVES:
                return Skip(start, end, "an age")  # "the youngest prisoner is 19"
        if (
            before == "both"
            and fig.kind == "bare"
            and self.tok(start - 2) == ","
            and self._people(start - 3)
            and self.punctuated(end)
        ):
            return Skip(start, end, "an age")  # "twin sisters, both 8, were rescued"
        if before in ("were", "are") and ends and self.tok(start - 2) in _AGE_SUPERLATIVES:
            return Skip(start, end, "an age")  # "the youngest were 18"
        if (
            before in _AGE_SUPERLATIVES
            and self.punctuated(end)
            and fig.kind == "bare"
            and self.tok(start - 2) == "the"
            and self.tok(start - 3) in ("and", ",", ";")
        ):
            return Skip(start, end, "an age")  # "was 19 and the oldest 64"; "the youngest 40
            # were freed" counts them
        if before == "of" and fig.kind == "bare":
            person = self.tok(start - 2)
            if person in _PARENTS or (person.endswith("s") and person[:-1] in _PARENTS):
                return Skip(start, end, "a number of children")  # "a father of five"
            if person in context.AGE_SUBJECTS or person in context.PEOPLE:
                return Skip(start, self._age_list(end), "an age")  # "a boy of 16"
        if (
            before == "as"
            and self.tok(start - 2) in ("young", "old")
            and self.tok(start - 3) == "as"
            and fig.kind == "bare"
        ):
            return Skip(start - 3, end, "an age limit")  # "children as young as 14"
        if [self.tok(end + k) for k in range(3)] == ["y", ".", "o"]:
            return Skip(start, end + 3, "an age")  # "a 16 y.o. boy"
        if (
            before == "at"
            and self.opens_sentence(start - 1)
            and self.tok(end) == ","
            and self.tok(end + 1) in _AGE_PRONOUNS
        ):
            return Skip(start - 1, end, "an age")  # "At 16, he enlisted"
        if (
            self.tok(end) in DASHES
            and self.glued(end)
            and not self.glued(end + 1)
            and self.tok(end + 1) in ("to", "and", "or")
        ):
            q = self.quantity(end + 2, joined=False)
            if q is not None:
                k = self.unit(q.end)[1]
                if self.tok(k) in DASHES and self.tok(k + 1) in ("old", "olds"):
                    return Skip(start, end + 1, "an age")  # "18- to 60-year-olds"
        return None

    def _people(self, t: int) -> bool:
        """True when token ``t`` is a word for people ("children", "patients", "victims")."""
        token = self.tok(t)
        return token in context.PEOPLE or (
            token.endswith("s") and token[:-1] in context.COUNTED_NOUNS | context.PERSON_NOUNS
        )

    def _age_statistic(self, fig: Figure) -> Skip | None:
        """An age a statistic or a record gives after a verb: "the median age was 28 years
        (range 2-71)", "the mean age of the 300 victims was 34", "median age: 45 (IQR
        32-60)":
        "age" or "ages" at most :data:`_AGE_STAT_REACH` words back in the clause, then
        "was", "is", "were", "of", ":" or "=" right before the number. The spread in
        brackets after it ("(range 2-71)", "(IQR 32-60)", "(SD 12.1)") is of ages too.
        Not counts: the stretch to skip, else None."""
        start, end = fig.start, fig.end
        if fig.kind != "bare" or fig.unit not in (UNNAMED, "year", "month"):
            return None
        if self.tok(start - 1) not in _AGE_STAT_VERBS:
            return None
        for t in range(start - 2, max(-1, start - 2 - _AGE_STAT_REACH), -1):
            if self.toks[t] in ("age", "ages"):
                break
            if self.kinds[t] == "s":
                return None  # "age" in another clause
        else:
            return None
        return Skip(start, self._spread_after(end), "an age")

    def _spread_of_statistic(self, fig: Figure) -> Skip | None:
        """A range alone in brackets, or after "range", right after a duration or a summary
        statistic ("a median stay of 6 days (2–30)", "the median household size was 7
        (range 2–15)", "mean age 34 years (18–70)"): the spread of what the statistic
        summarises, no count. The stretch to skip, else None."""
        start, end = fig.start, fig.end
        if fig.kind != "range" or self.tok(end) != ")":
            return None
        p = start - 1
        if self.tok(p) == ":":
            p -= 1
        if self.tok(p) == "range":
            p -= 1
        if self.tok(p) != "(" or p < 2:
            return None
        if fig.unit != UNNAMED:
            return None  # "2 weeks (10–14 days)": a duration restated
        k = p - 1  # the last token of what the bracket is said of
        if self.unit(k) != (UNNAMED, k):
            return self._after_duration(fig, p, k)
        if self.kinds[k] != "n":
            return None
        while k > 0 and self.kinds[k - 1] == "n":
            k -= 1  # the number's own digits ("1 200")
        if self.statistic(k) is None:
            return None
        return Skip(p, end + 1, "a spread")  # "averaged 7 (range 2–15)"

    def _after_duration(self, fig: Figure, p: int, k: int) -> Skip | None:
        """The range ``fig`` alone in the brackets at token ``p``, right after a duration
        whose unit word is token ``k``: the duration's spread when it holds the duration's
        number ("6 days (2–30)", "a median stay of 6 days (2–30)"); a count of what the
        clause counts when it lies an order of magnitude or more above it ("killed over
        three days (120–150)": 120 to 150, not a spread of three days); else unread, since
        pwstats cannot tell which ("for 30 days (45–60)"). The stretch to skip, or None
        when the range is a figure of its own."""
        end = fig.end
        length = None
        for s in range(max(0, k - _DURATION_TOKENS), k):
            q = self.quantity(s)
            if q is not None and q.end == k:
                length = q.value
                break
        if length is None or fig.low is None or fig.high is None:
            return Skip(p, end + 1, "a spread")  # "for days (2–30)": no number to weigh
        if fig.low <= length <= fig.high:
            return Skip(p, end + 1, "a spread")  # "6 days (2–30)": a duration's spread
        if fig.low >= _COUNT_ABOVE_DURATION * length:
            return None  # "killed over three days (120–150)": the clause's count
        words = phrase_text(self, p, end + 1)
        return Skip(p, end + 1, "a spread or a count", unread=words)

    def statistic(self, t: int) -> int | None:
        """The token of the word that makes the number starting at token ``t`` a summary
        statistic ("the median household size was 7", "averaged 6.2", "a mean of 12"),
        within :data:`_STATISTIC_REACH` tokens back in its clause; else None."""
        if self.tok(t - 1) in (":", "="):
            t -= 1  # "median household size: 7"
        for s in range(t - 1, max(-1, t - 1 - _STATISTIC_REACH), -1):
            tok = self.toks[s]
            if tok in context.AVERAGES:
                return s
            if self.kinds[s] == "n" or tok in CLAUSE_END or tok in SENTENCE_OPEN:
                return None
        return None

    def _spread_after(self, k: int) -> int:
        """The token after the spread in brackets at token ``k`` of a statistic ("(range
        2-71)", "(IQR 32-60)"), else ``k``."""
        if self.tok(k) == "(" and self.tok(k + 1) in _SPREAD_WORDS:
            for t in range(k + 2, min(self.n, k + 12)):
                if self.toks[t] == ")":
                    return t + 1
        return k

    def _ordinal_fraction(self, fig: Figure) -> Skip | None:
        """ "a fourth consecutive day", "the third time", "and a third was wounded", "wounded a
        third.": a fraction word used as an ordinal ("a third of them", "a third were" stay
        fractions)."""
        start, end = fig.start, fig.end
        if end != start + 2 or self.role(start + 1) != "fraction":
            return None
        nxt = self.tok(end)
        if nxt in context.ORDINAL_NEXT or (
            len(nxt) > 4 and nxt.endswith("est") and self.kinds[end] == "w"
        ):
            return Skip(start, end + 1, "an ordinal")
        if self.toks[start] == "the" and nxt != "of":
            return Skip(start, end, "an ordinal")
        if nxt in _NEXT_ONE_AFTER and self.tok(start - 1) == "and":
            return Skip(start, end, "an ordinal")  # "two were killed and a third was wounded"
        if self.tok(start - 1) in context.CASUALTY_VERBS and (end >= self.n or nxt in ".,;"):
            return Skip(start, end, "an ordinal")  # "left two dead and wounded a third."
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
            k = self.unit(q.end)[1]
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

    def scale_header(self, i: int) -> Skip | None:
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
            return Skip(start, end, "a scale header", header=True)
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
        return Skip(start, end, "a scale header", header=True)

    def _designation_end(self, j: int) -> int:
        """Where a designation whose number ends before token ``j`` ends: past a code glued
        to it ("737-300s"), then a word in capitals and a number after that ("737 MAX 8")."""
        j = self.name(j - 1).end
        if self.upper_word(j):
            j += 1
            if self.kinds[j] == "n" if j < self.n else False:
                j = self.name(j).end
        return j

    def name(self, i: int) -> Skip:
        """A name or code with digits, as far as its glued letters, digits and joiners go.

        "A320", "10_000", "5-812/2019": a joiner ("_", "/", "-", ".") counts when
        letters or digits follow it without a space.
        """
        j = i + 1
        while j < self.n and self.glued(j):
            if self.kinds[j] in ("w", "n"):
                j += 1
            elif (
                self.toks[j] in CODE_JOINERS
                and j + 1 < self.n
                and self.glued(j + 1)
                and self.kinds[j + 1] in ("w", "n")
            ):
                j += 2
            else:
                break
        if j == i + 2 and self.kinds[i] == "n" and self.toks[i + 1].lower() in _MEASURES:
            return Skip(i, j, "a measurement")  # "5km", "12ft", as "5 km" is
        return Skip(i, j, "a name or code")

    def dashed_parts(self, end: int) -> int:
        """The token after the glued "-N" parts going on from token ``end`` (the "-3-5"
        of "120-3-5"); ``end`` itself when none does."""
        while (
            self.tok(end) in DASHES
            and self.glued(end)
            and self.glued(end + 1)
            and self.kinds[end + 1 : end + 2] == ["n"]
        ):
            end += 2
        return end

    def tally(
        self, i: int, first: Quantity, second: Quantity, word: str | None, *, descending: bool
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
        :data:`pwstats.parse.context.TALLY_NOUNS` follows ("a 2-3 defeat", "a 52-48 vote"), or
        a tally noun stands before, linked by words of :data:`_TALLY_LINKS` ("a vote of
        300-120", "the vote was 120-300"; "a majority of 120-300 seats" is a range), or a
        word of
        :data:`pwstats.parse.context.TALLY_VERBS` stands right before (or before "by": "won by
        3-2") and no noun follows
        in the clause ("passed 300-120 on Tuesday"; "defeated 200-300 fighters" is a
        range of fighters). Further glued "-N" parts ("120-3-5": for, against,
        abstaining) belong to it.
        """
        if word is not None or self.year_or_date(first, second):
            return None  # "3,000 to 2023", "230 to 7 August": a number and a time
        if descending and self.lead >= 0:
            return None  # parse refuses an inverted range, or reads "3,000 to 2023" as 3,000
        if not (first.scale == 1 and second.scale == 1 and first.unit == second.unit == UNNAMED):
            return None
        joiner = first.end
        glued = self.glued(joiner) and self.glued(joiner + 1)
        if self.tok(joiner) not in DASHES and self.tok(joiner) != "to":
            return None
        end = self.dashed_parts(second.end)  # "120-3-5"
        after = self.tok(end)
        if self.tok(end) in DASHES and self.glued(end) and self.glued(end + 1):
            after = self.tok(end + 1)  # "a 3-2-decision" hardly; "a 3-2-vote"
        if descending and glued and self.toks[joiner] in DASHES:
            return end
        if descending and self.toks[joiner] == "to" and not self._changed_before(i):
            return end  # "approved the bill 300 to 120"; "fell by 300 to 120" is a change
        if after in context.TALLY_NOUNS:
            return end
        t = i - 1
        while t >= 0 and i - t <= LOOK_BEHIND and self.toks[t] in _TALLY_LINKS:
            t -= 1
        if (
            t >= 0
            and t < i - 1
            and self.toks[t] in context.TALLY_NOUNS
            and (self.closes(end) or after in _TALLY_AFTER or after in context.TALLY_NOUNS)
        ):
            return end  # "a vote of 300-120", "the final score was 1-2", "the tally stood at"
        t = i - 1
        if self.tok(t) == "by":
            t -= 1
        if self.tok(t) in context.TALLY_VERBS and (self.closes(end) or after in _TALLY_AFTER):
            return end
        return None

    def level_after(self, t: int) -> bool:
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
        for t in range(i - 1, max(-1, i - 1 - LOOK_BEHIND), -1):
            tok = self.toks[t]
            if tok in CLAUSE_END or tok in SENTENCE_OPEN:
                return False
            if tok in context.CHANGE_WORDS or tok in ("by", "from"):
                return tok != "by" or not self.tallied_before(t)
        return False

    def tallied_before(self, t: int) -> bool:
        """True when a verb of :data:`pwstats.parse.context.TALLY_VERBS` stands shortly before
        the "by" at token ``t`` in its clause, with no word of change between ("passed
        its second reading by", "carried the motion by"); looks back at most
        :data:`LOOK_BEHIND` tokens."""
        for u in range(t - 1, max(-1, t - 1 - LOOK_BEHIND), -1):
            tok = self.toks[u]
            if tok in CLAUSE_END or tok in SENTENCE_OPEN or tok in context.CHANGE_WORDS:
                return False
            if tok in context.TALLY_VERBS:
                return True
        return False
