"""Numbers that are times, not counts: years, dates, decades and clock times."""

from __future__ import annotations

from typing import Final, Literal

from pwstats.lexicon import Vague
from pwstats.parse import context
from pwstats.parse.found import UNNAMED, Figure, Quantity, Skip
from pwstats.parse.numbers import MAX_DIGITS, Numbers
from pwstats.parse.tokens import DASHES, MONTHS, phrase_text, plural_noun

_YEAR_WORDS: Final = (
    "in since of by until till from before after during early late mid year years the"
    " spring summer autumn fall winter end start beginning its their his her our this s"
)
#: Nouns after which a four-digit number from 1800 to 2100 is a year used as a modifier
#: ("below 2020 levels", "its 2024 report"), even after a hedge.
YEAR_NOUNS: Final = frozenset(
    {
        *("levels", "level", "figures", "figure", "numbers", "rates", "rate", "report"),
        *("reports", "census", "election", "elections", "budget", "season", "war"),
        *("peak", "total", "totals", "estimate", "estimates", "survey", "data", "edition"),
        *("appeal", "invasion", "offensive", "campaign", "agreement", "deal", "accord"),
        *("plan", "policy", "summit", "protests", "uprising", "crisis", "floods"),
        *("earthquake", "strategy", "review", "study", "poll", "vote", "referendum"),
    }
)
#: Events named with the year they happened in ("the 1415 battle", "the 1648 treaty"): a
#: number from 1000 to 1799 before one, after a determiner, is a year.
_EVENT_NOUNS: Final = YEAR_NOUNS | frozenset(
    {
        *("battle", "battles", "treaty", "siege", "revolution", "rebellion", "revolt"),
        *("massacre", "fire", "plague", "famine", "charter", "constitution", "conquest"),
        *("crusade", "council", "flood", "edict", "peace", "expedition", "voyage", "raid"),
    }
)
#: Plural nouns for people with no "s" to take off (see :meth:`Years._people_after`).
_PEOPLE: Final = frozenset(
    {"people", "men", "women", "children", "personnel", "staff", "police", "servicemen"}
    | {"servicewomen", "militiamen", "policemen", "policewomen", "crew", "persons"}
)
#: Words that join the first and last days of a span of dates ("20-26 January").
_DAY_JOINERS: Final = DASHES | {"to", "and", "until", "till", "through", "thru"}
#: Words that join a year to the one before it in a list ("in 1415 and 1416").
_OLD_YEAR_LIST: Final = frozenset({"and", "or", "&", ","})
#: Marks after which a number is no count of a noun ("in 1648.", "in 1648, 300 died").
_YEAR_CLOSERS: Final = frozenset({".", ",", ";", ":", ")", "!", "?", "—", "–"})
#: Words after which a four-digit number from 1800 to 2100 is a year, not a count.
_YEAR_CONTEXT: Final = MONTHS | frozenset(_YEAR_WORDS.split()) | {"through", "throughout"}
#: Words of time before a year that keep it a year before "to" and a count ("from 1,200
#: in 2022 to 3,000": the year of the first figure, never the range [2022, 3000]).
TIME_BEFORE_YEAR: Final = MONTHS | frozenset(
    {"in", "since", "by", "until", "till", "before", "after", "during", "through", "throughout"}
)
#: Words after a year that say it is one after "to" ("300 to 2023 in all").
_TIME_AFTER_YEAR: Final = TIME_BEFORE_YEAR | frozenset({"when", "and", "or", "as", "at", "on"})
#: Verbs after which a four-digit number from 1800 to 2100 that starts a sentence, or
#: follows "for", is a year: "2022 was the worst year", "the figure for 2023 was 1,203".
_YEAR_VERBS: Final = frozenset(
    {"was", "saw", "has", "had", "is", "will", "brought", "marked", "became", "proved"}
    | {"remains", "remained", "ended", "began", "witnessed", "showed", "shows", "stood"}
)
#: Words after which a year, before a verb of :data:`_YEAR_VERBS`, is a clause's subject
#: or the year a figure is for ("said 2023 saw", "that 2022 was", "for 2023 was").
_YEAR_SUBJECT: Final = frozenset({"for", "said", "says", "say", "that"})


#: Words that join a year to the next in a list ("2019 and 2020", "2019, 2020").
YEAR_LIST: Final = frozenset({"and", "or", "&", ",", "to"})
#: Marks after which a token starts a sentence or a clause.
_SENTENCE_START: Final = frozenset(".!?;:\"“‘'([")
#: The longest span a year and a later one in two digits name ("2023-24", "1939-45",
#: "1914-18"): as a range of counts each is inverted, so it can only be years.
_FISCAL_SPAN: Final = 30


#: Time zones and words after four digits that make them a time of day ("1700 GMT").
_TIME_ZONES: Final = frozenset(
    {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt"}
    | {"pst", "pdt", "ist", "hours", "hrs", "zulu", "z"}
)
#: Prepositions before "15.30" that make it a time of day, not a decimal.
_AT_A_TIME: Final = frozenset({"at", "by", "until", "till", "before", "after", "from", "since"})


#: Adverbs that go on from a vague word to a larger one ("hundreds or even thousands",
#: "dozens, perhaps hundreds", "hundreds and likely thousands").
ESCALATION_ADVERBS: Final = frozenset(
    {"even", "possibly", "perhaps", "maybe", "probably", "likely", "potentially", "conceivably"}
)
#: Words after "or" that hedge a whole list of decades before it ("the 300s, 400s or
#: more", "the 300s, 400s or so"), not only its last.
_LIST_HEDGES: Final = frozenset(
    {"more", "fewer", "less", "so", "thereabouts", "higher", "lower", "above", "below"}
)


BAND_PART: Final = {"low": 0, "lower": 0, "mid": 1, "middle": 1, "high": 2, "upper": 2}
#: Words that list decades of counts, each its own band ("the 300s and 400s").
_DECADE_LIST: Final = frozenset({"and", ",", "&"})
#: The part words of a decade of counts in digits ("the early 300s", "the late 300s").
_DECADE_PART: Final = {**BAND_PART, "early": 0, "late": 2}
#: The digits each third of a decade of counts holds after its shared digits.
_THIRD_DIGITS: Final = ((0, 3), (4, 6), (7, 9))
#: A plural "s" after digits, glued or after an apostrophe ("300s", "300's").
PLURAL_S: Final = frozenset({"s", "'", "’"})


class Years(Numbers):
    """Numbers that are years, dates and decades rather than counts."""

    __slots__ = ()

    def clock_digits(self, fig: Figure) -> Skip | None:
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
        if not military and (t != fig.end - 1 or fig.unit != UNNAMED):
            return None  # no number, or one with a scale, unit or other words after it
        raw = self.toks[t]
        digits = raw.replace(".", "")
        if not digits.isdigit() or len(digits) != 4 or raw.count(".") > 1:
            return None
        if int(digits[:2]) > 23 or int(digits[2:]) > 59:
            return None
        after = self.tok(t + 1)
        if military and "." not in raw:
            return Skip(fig.start, fig.end, "a clock time")
        if "." not in raw and (
            after in _TIME_ZONES or (after, self.tok(t + 2)) == ("local", "time")
        ):
            return Skip(fig.start, t + (3 if after == "local" else 2), "a clock time")
        if raw[2:3] == "." and self.tok(fig.start - 1) in _AT_A_TIME and fig.kind == "bare":
            return Skip(fig.start, t + 1, "a clock time")  # "at 15.30"
        return None

    def decade(self, i: int) -> bool:
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

    def digit_decade(self, i: int, *, listed: bool = False) -> Figure | Skip | None:
        """A "decade" of counts in digits at token ``i``: "the 300s", "the mid-300s".

        A number of at least 100 ending in *z* zeros, with "s" or "'s" glued after it,
        names the numbers that share its digits before those zeros: "the 300s" are
        300 to 399, "the 1,250s" 1,250 to 1,259 (*w* = 10**z numbers). A part word
        before it names a third of them by the next digit, as a band of a plural
        scale word does (:func:`proportion_or_band`): low, lower or early 0-3, mid or
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
        plain digits from 1000 to 2100 are years (:meth:`decade`), and one or two
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
            return None  # "the 20s": ages or years (:meth:`decade`)
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100 and not power:
            return None  # "the 1990s", "the mid-1800s": years (:meth:`decade`)
        start = i
        thirds: list[int] = []
        t = i - 1
        if self.tok(t) in DASHES and self.glued(i) and self.glued(t):
            t -= 1  # "mid-300s"
        if self.tok(t) in _DECADE_PART:
            thirds.append(_DECADE_PART[self.toks[t]])
            start = t
            k = t - 1
            if self.tok(k) in DASHES and self.glued(t):
                k -= 1
            if self.tok(k) == "to":
                k -= 1
                if self.tok(k) in DASHES and self.glued(k + 1):
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
            return Skip(start, end, "a plural number pwstats cannot place", unread=said)
        width = 10 * value if power else 10**zeros
        low, high = (value, width - 1) if power else (value, value + width - 1)
        if thirds:
            if thirds[0] > thirds[-1]:
                return Skip(start, end, "an inverted band", unread=said)  # "upper-to-low"
            step = width // 10
            low = value + _THIRD_DIGITS[thirds[0]][0] * step
            high = value + (_THIRD_DIGITS[thirds[-1]][1] + 1) * step - 1
        others = () if listed else self._other_decades(end)
        for other in others:  # "the 300s or 400s", "the 300s, 400s or 500s": the hull
            assert other.vague is not None
            low, high = min(low, int(other.vague.low)), max(high, int(other.vague.high))
            end = other.end
        words = phrase_text(self, start, end)
        self.decade_end = end
        entry = Vague(words, low=low, high=high, code=low, source="pwstats convention")
        unit, k = self.unit(end)
        return Figure(start, k, "vague", None, None, unit, False, vague=entry, hedge_text=words)

    def _other_decades(self, end: int) -> tuple[Figure, ...]:
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
        listed: list[Figure] = []
        while (found := self._other_decade(end, (",",))) is not None:
            listed.append(found)
            end = found.end
        if listed:
            joiner = end + (self.tok(end) == ",")
            last = self._other_decade(joiner, ("or",))
            if last is not None:
                return (*listed, last)
            after = self.tok(joiner + 1)
            if after in ESCALATION_ADVERBS:
                after = self.tok(joiner + 2)  # "the 300s, 400s or even more"
            if self.tok(joiner) == "or" and after in _LIST_HEDGES:
                return tuple(listed)  # "the 300s, 400s or more": the hedge is the list's
        return ()

    def _other_decade(self, end: int, joiners: tuple[str, ...]) -> Figure | None:
        """The decade of counts after one of ``joiners`` (or a dash joining "or" and "to")
        at token ``end`` ("or 400s", "to low 400s", ", 400s"), else None."""
        dash = "to" in joiners and self.tok(end) in DASHES and self.glued(end)
        if self.tok(end) not in joiners and not dash:
            return None
        m = end + 1
        if self.tok(end) == "or" and self.tok(m) in ESCALATION_ADVERBS:
            m += 1  # "the 300s or even 400s", as "hundreds or even thousands"
        first = m
        if self.tok(m) == "the":
            m += 1  # "the 300s or the 400s"
        if self.tok(m) in _DECADE_PART:
            m += 1
            if self.tok(m) in DASHES and self.glued(m) and self.glued(m + 1):
                m += 1  # "low-400s"
        if m >= self.n or self.kinds[m] != "n" or self.tok(m + 1) not in PLURAL_S:
            return None
        found = self.digit_decade(m, listed=True)
        return found if isinstance(found, Figure) and found.start == first else None

    def is_year(self, i: int, q: Quantity) -> bool:
        """True when four plain digits from 1800 to 2100 at token ``i`` are a year.

        A year follows a word of time (:data:`_YEAR_CONTEXT`: "in 2023", "since
        2022"), comes before a noun it modifies (:data:`YEAR_NOUNS`) or before no
        lower-case word ("2023." "2023, 300 fled"); after "for" or as a clause's
        subject (:data:`_YEAR_SUBJECT`) when a verb of :data:`_YEAR_VERBS` follows
        ("the figure for 2023 was", "2022 was the worst year"); or joins a list after
        a year ("2019 and 2020"); or follows a plural's possessive ("the Beatles' 1967
        album", as "the country's 1994 constitution").
        "2023 people" and "for 2000 people" stay counts.
        """
        before = self.tok(i - 1)
        if self.tok(q.end) in YEAR_NOUNS:
            return True
        if self.people_after_determiner(i, q):
            return False  # "the 2000 soldiers", "its 1800 captured troops": a count
        if before in _YEAR_CONTEXT:
            return True
        if (
            before in ("'", "’")
            and self.glued(i - 1)
            and not self.glued(i)
            and self.tok(i - 2).endswith("s")
            and self.kinds[i - 2] == "w"
        ):
            return True  # after a plural's possessive: "the Beatles' 1967 album"
        if before in YEAR_LIST and self.year_end == i - 1:
            return True  # "for 2019 and 2020", "in 2019, 2020 and 2021"
        after = q.end
        if after >= self.n or self.kinds[after] != "w":
            return True
        nxt = self.toks[after]
        subject = before in _YEAR_SUBJECT or i == 0 or before in _SENTENCE_START
        if subject and (nxt in _YEAR_VERBS or (nxt in YEAR_LIST and before == "for")):
            return True
        word = self.text[self.starts[after] : self.ends[after]]
        return not word.islower()

    def people_after_determiner(self, i: int, q: Quantity) -> bool:
        """True when the four digits ``q`` at token ``i`` come after a determiner and before
        a plural noun for people ("the 2000 soldiers"): a count, as no year is said so
        of people, when a whole hundred; else a year or a count (:meth:`year_or_count`)."""
        return self.tok(i - 1) in context.DETERMINERS and self._people_after(q.end)

    def year_or_count(self, i: int, q: Quantity) -> bool:
        """True when a year ``q`` at token ``i`` before people may be either: "the 2015
        refugees" (those of 2015, or 2,015 of them?); "the 2000 soldiers" is a count."""
        return q.value % 100 != 0 and self.people_after_determiner(i, q)

    def _people_after(self, k: int) -> bool:
        """True when token ``k``, or the one after a lower-case word there, is a plural
        noun for people (:data:`_PEOPLE`, or the plural of a word of
        :data:`pwstats.parse.context.COUNTED_NOUNS`): "soldiers", "captured troops"."""
        for t in (k, k + 1):
            if t >= self.n or self.kinds[t] != "w":
                return False
            token = self.toks[t]
            if token in _PEOPLE or (
                token.endswith("s")
                and (
                    token[:-1] in context.COUNTED_NOUNS
                    or (token.endswith("ies") and token[:-3] + "y" in context.COUNTED_NOUNS)
                )
            ):
                return True
            word = self.text[self.starts[t] : self.ends[t]]
            if not word.islower() or token in YEAR_NOUNS or token in _EVENT_NOUNS:
                return False
        return False

    def old_year(self, i: int, q: Quantity) -> bool:
        """True when four plain digits from 1000 to 1799 at token ``i`` are a year.

        Such a number is a count as often as a year ("1500 people"), so it is a year only
        where a count cannot stand: after a word of time (:data:`TIME_BEFORE_YEAR`, "in
        1648", or after a year before it in a list: "in 1415 and 1416") when no lower-case
        word follows but a determiner or a word that opens a clause ("in 1648.", "In 1648,
        300 died", "by 1750 the city had 300"); after "of" and a word of
        :data:`_EVENT_NOUNS` before no plural ("the treaty of 1648 ended it"); or after a
        determiner before a noun of :data:`_EVENT_NOUNS` ("the 1415 battle"). "in 1500
        attacks", "by 1500 soldiers" and a range ("in 1200-1300") are left as they are.
        """
        raw = self.toks[i]
        if not (
            q.end == i + 1
            and len(raw) == 4
            and raw.isdigit()
            and "1000" <= raw < "1800"
            and q.scale == 1
            and not q.ordinal
            and not q.share
        ):
            return False
        before, after = self.tok(i - 1), self.tok(q.end)
        if before in context.DETERMINERS and after in _EVENT_NOUNS:
            return True  # "the 1415 battle"
        if before == "of" and self.tok(i - 2) in _EVENT_NOUNS:
            return not plural_noun(after)  # "the treaty of 1648 ended it"
        if not (
            before in TIME_BEFORE_YEAR
            or (before in _OLD_YEAR_LIST and self.year_end == i - 1)  # "in 1415 and 1416"
        ):
            return False
        if q.end >= self.n or after in _YEAR_CLOSERS:
            return True  # "in 1648.", "In 1648, 300 died"
        if self.kinds[q.end] != "w":
            return False  # "in 1200-1300": a range
        return (
            after in context.DETERMINERS or after in context.CLAUSE_OPENERS or self.capital(q.end)
        )  # "by 1750 the city", "in 1415 and", "in 1648 Sweden"

    def years_range(self, i: int, q: Quantity) -> Skip | None:
        """A span of years from year ``q``: "2019-2022", or a fiscal year "2023-24"."""
        j = q.end
        if self.tok(j) in DASHES and j + 1 < self.n and self.kinds[j + 1] == "n":
            other = self.digits(j + 1)
            if other is not None and other.year:
                return Skip(i, other.end, "a span of years")
            raw = self.toks[j + 1]
            if (
                len(raw) == 2
                and raw.isdigit()
                and self.glued(j)
                and self.glued(j + 1)
                and 0 < (int(raw) - q.value) % 100 <= _FISCAL_SPAN
            ):
                return Skip(i, j + 2, "a span of years")  # "2023-24", "1999-00", "1939-45"
        return None

    def date(self, i: int, q: Quantity) -> Skip | None:
        """A day of the month beside a month name ("7 August", "August 7th, 2023")."""
        if q.words or q.scale != 1 or q.share or not isinstance(q.value, int):
            return None
        if not 1 <= q.value <= 31:
            return None
        j = q.end
        month_after = self.tok(j) in MONTHS or (self.tok(j) == "of" and self.tok(j + 1) in MONTHS)
        before = i - 1
        if self.tok(before) == "." and self.tok(before - 1) in MONTHS:
            before -= 1
        month_before = self.tok(before) in MONTHS
        if month_after and self.toks[j] == "may" and not self.capital(j):
            month_after = False
        if month_before and self.tok(before) == "may" and not self.capital(before):
            month_before = False
        if not (month_after or month_before):
            return None
        end = j + (2 if self.tok(j) == "of" else 1) if month_after else j
        if (
            month_before
            and self.tok(end) in _DAY_JOINERS
            and self.kinds[end + 1 : end + 2] == ["n"]
        ):
            last = self.digits(end + 1)  # "January 20 to 26": the span's last day
            if (
                last is not None
                and isinstance(last.value, int)
                and q.value < last.value <= 31
                and not plural_noun(self.tok(last.end))
            ):
                end = last.end
        if self.tok(end) == ",":
            end += 1
        if end < self.n and self.kinds[end] == "n":
            year = self.digits(end)
            if year is not None and year.year:
                end = year.end
        return Skip(i, end, "a date")

    def date_span(self, i: int, q: Quantity) -> Skip | None:
        """Days of one month joined before its name: "20-26 January", "from 3 to 7
        March", "between 20 and 26 January 2024". Not counts: the stretch to skip (a
        count range keeps its noun: "between 20 and 26 people in January")."""
        if q.words or q.scale != 1 or q.share or not isinstance(q.value, int):
            return None
        if not 1 <= q.value <= 31 or self.tok(q.end) not in _DAY_JOINERS:
            return None
        j = q.end + 1
        if j >= self.n or self.kinds[j] != "n":
            return None
        day = self.digits(j)
        if day is None or not isinstance(day.value, int) or not q.value < day.value <= 31:
            return None
        found = self.date(j, day)
        if found is None or found.start != j or self.tok(day.end) not in MONTHS:
            return None  # the month must follow: "March 3 to 7" is read from the month
        return Skip(i, found.end, "a span of dates")

    def year_after_to(self, q: Quantity) -> Literal["year", "ambiguous"] | None:
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

    def year_or_date(self, first: Quantity, second: Quantity) -> bool:
        """True when ``second``, after ``first`` and a joiner, is a year or a day of a date.

        "3,000 to 2023" and "230 to 7 August" end in a time, not in the upper end of
        an inverted range, so parse() does not refuse them as one.
        """
        return (second.year and not first.year) or self.date(first.end + 1, second) is not None
