"""The figure grammar: an optional hedge, a quantity, a range or a vague word, a unit.

Every word comes from the :mod:`pwstats.lexicon` table; this module only knows the
grammar: a figure is an optional hedge, a quantity (digits, number words, a share, a
range or a vague word), an optional hedge after it and an optional time unit.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from pwstats.errors import ParseError
from pwstats.lexicon import APPROXIMATE_AFTER, Hedge
from pwstats.parse import context
from pwstats.parse.amounts import AmountKind
from pwstats.parse.found import UNNAMED, Figure, Quantity, Skip, end_granularity, figure_ends, norm
from pwstats.parse.not_counts import STAGE_ORDINALS, STAGE_PREPOSITIONS, STAGES, NotCounts
from pwstats.parse.numbers import MAX_DIGITS, SHARE
from pwstats.parse.tokens import DASHES, MONTHS, covered, phrase_text, plural_noun
from pwstats.parse.years import ESCALATION_ADVERBS, PLURAL_S, TIME_BEFORE_YEAR, YEAR_NOUNS

#: Numbers said before a scale word are below this ("250 million"; a thousand million is
#: a billion), so a range's lower end below it that names no scale shares its upper end's
#: ("3-2 million" is inverted); "500,000-2 million" keeps its lower end as written.
_MANTISSA_BELOW: Final = 1000


#: Hedge words that are also a particle of the verbs before them ("took over 200",
#: "came under 40 strikes"): after one of those verbs the figure is unread.
_PARTICLE_VERBS: Final = {"over": context.OVER_PARTICLE, "under": context.UNDER_PARTICLE}
#: Units of time: "over" before a duration may say "during" ("300 died over 3 days"); a
#: range in brackets after a duration is its spread, no interval ("6 days (2-30)").
TIME_UNITS: Final = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
#: Hedges that are abbreviations written without their full stop ("est 300", "ca 300"):
#: capitalised in a list they may be names (:meth:`Grammar.name_in_list`).
_SHORT_HEDGES: Final = frozenset({"est", "ca", "approx", "appr", "abt"})
#: Words after which "over" before a duration says "more than" ("held for over 3 days").
_OVER_A_TIME: Final = frozenset(
    {
        *("for", "after", "than", "in", "within", "of", "lasted", "lasting", "lasts", "last"),
        *("took", "takes", "take", "taken", "taking", "spent", "spend", "spends", "spending"),
    }
)


#: The last word of a hedge that also says "until" before a year ("up to 2023").
_UNTIL: Final = frozenset({"to", "until", "till", "through"})


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


#: How many tokens back from ", up from" the level it is compared with may be said ("70% of
#: homes have been destroyed or damaged, up from 55").
_UP_FROM_REACH: Final = 12
#: Prepositions of a time said between the two levels of a change ("from 71% in 2019 to 52").
_TIME_PREPOSITIONS: Final = frozenset({"in", "on", "by", "during", "at", "of"})
#: Prepositions of a survey's stage said between the two levels of a change ("from 4.1% in
#: round one to 11.7", "from 9% at baseline to 14").
_STAGE_AT: Final = frozenset({"in", "at", "during", "by", "after"})
#: How many words the thing a share is of may take between "of" and the next level of a
#: change ("from 5% of all reported cases to 12", "from 5% of the 1,200 detainees held to 12").
_BASE_WORDS: Final = 5
#: Words that end the thing a share is of: another clause or level begins.
_BASE_STOPS: Final = frozenset({"to", "from", "and", "or", "than", "which", "who", "whom"})
#: How many tokens back from "to" the "from" of a level said with its base may stand.
_FROM_REACH: Final = 12
#: Words after "scores" opening its clause that make it the vague quantity ("Scores were
#: hurt", "scores fled", "scores more"), beside the participles of harm.
_SCORES_AFTER: Final = frozenset(
    {"were", "are", "have", "had", "remain", "remained", "fled", "more"}
)
#: Words that open a range, and the word that joins its ends ("between 20 and 40").
_RANGE_JOINER: Final = {"between": "and", "from": "to"}
#: Words before "between" or "from" that add nothing to the range ("anywhere from 20 to 40").
_RANGE_LEAD: Final = frozenset({"anywhere", "somewhere"})
_RANGE_START: Final = _RANGE_LEAD | set(_RANGE_JOINER)


KIND_OF_SHAPE: Final[dict[str, AmountKind]] = {
    "exact": "exact",
    "around": "approximate",
    "below": "upper",
    "at_most": "upper",
    "above": "lower",
    "at_least": "lower",
}


#: Nouns for one person after "one" that make it a count ("one person died"); "one man
#: said", "one resident told reporters" name a speaker, no count: left out as the pronoun is.
_ONE_PERSON: Final = frozenset(
    {"person", "civilian", "child", "prisoner", "detainee", "hostage", "soldier"}
    | {"fighter", "militant", "protester", "policeman", "paramedic", "infant", "baby"}
)


#: Words before "one" that make it no count of one ("no one was hurt", "not one died", "the
#: one killed", "each one").
_ONE_PRONOUN_BEFORE: Final = frozenset(
    {"no", "any", "every", "not", "the", "this", "that", "each", "which", "no-one"}
)
#: Words before "one" and a noun for one person that make it no count of one ("not one
#: civilian", "any one person"); after "that" or "the" it counts ("that one civilian was
#: killed").
_NO_ONE_BEFORE: Final = frozenset({"no", "not", "any", "every", "each", "no-one"})
#: Tokens that may end the clause of "one" after a casualty verb ("killed one and ...",
#: "killed one, wounding 14", "killed one in Kyiv"); "killed one another" is no count.
_CLAUSE_AFTER_ONE: Final = frozenset(
    {"and", ",", ".", ";", ":", ")", "—", "–", "in", "on", "at", "near", "during", "when"}
    | {"after", "while", "as", "but", "outside", "inside", "overnight", "today", "yesterday"}
)


#: Words joining a range's ends that, as a dash does, may leave the lower end in the upper
#: end's thousands ("8 to 10,000": eight to ten thousand?).
_SHARED_JOINS: Final = frozenset({"to", "and", "or"})


class Grammar(NotCounts):
    """The figure grammar: hedges, quantities, ranges and vague words."""

    __slots__ = ()

    def candidate(self, i: int, *, leading: bool) -> Figure | Skip | None:
        """What :meth:`figure` finds at token ``i`` before asking whether it is a count."""
        kind = self.kinds[i]
        tok = self.toks[i]
        if kind == "x":
            return None
        if kind == "u":  # "2٦00", "2،600": digits of two scripts, or a mark of no known role
            why = "digits of two scripts or with a mark between them that pwstats does not read"
            return Skip(i, i + 1, why, unread=tok)
        header = self.scale_header(i)
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
            if tok in MONTHS:
                return None
        elif kind == "s":
            return self._prefixed(i)
        if kind == "n" and self.signed(i):
            q = self.quantity(i)
            return Skip(i - 1, i + 1 if q is None else q.end, "a negative number")
        if kind == "n" and self.tok(i + 1) in PLURAL_S:
            decade = self.digit_decade(i)  # "the mid-300s", "in the 1,200s"
            if decade is not None:
                return decade
        if kind == "n" and self.tok(i + 1) == "s":
            plural = self._digit_plural(i)  # "100s of people"
            if plural is not None:
                return plural
            if self.decade(i):
                return Skip(i, i + 2, "a decade")  # "in their 20s", "the 1990s", "the '80s"
        q = self.quantity(i)
        if q is None:
            if kind == "n":
                if self.misgrouped(i) and not (self.glued(i) and self.kinds[i - 1] in ("w", "n")):
                    why = "a number grouped neither in threes nor the Indian way (2,60,000)"
                    return Skip(i, i + 1, why, unread=self.text[self.starts[i] : self.ends[i]])
                if sum(c.isdigit() for c in tok) > MAX_DIGITS:
                    return Skip(i, i + 1, f"a number of more than {MAX_DIGITS} digits")
                return self.name(i)
            return None
        if (
            q.words
            and q.value == 1
            and q.end == i + 1
            and not leading
            and not (self.tok(q.end) in ("or", "to") and self.role(q.end + 1) == "number")
            and not (
                self._one_person(q.end) and self.tok(i - 1) not in _NO_ONE_BEFORE
            )  # "conceded that one civilian was killed", "the one child who survived"
            and not (self._one_harmed(i, q.end) and self.tok(i - 1) not in _ONE_PRONOUN_BEFORE)
        ):
            return None  # a lone "one" in prose is a pronoun; "one or two hundred" a range
        date = self.date(i, q) or self.date_span(i, q)
        if date is not None:
            return date
        if q.ordinal:
            return Skip(i, q.end, "an ordinal")  # "the 3rd Brigade", "the 1,000th day"
        if q.year and not leading:
            year = self.year_after_to(q) if self.tok(i - 1) in _UNTIL else None
            if year == "ambiguous" or (year is not None and self.level_after(i - 1)):
                # "to 2023 in total", "rose to 2023.": a count, or the year it runs to?
                shown = phrase_text(self, i, q.end)
                return Skip(i, q.end, "a year or a count", unread=shown)
            if self.year_or_count(i, q):  # "the 2015 refugees": of 2015, or 2,015 of them?
                return Skip(i, q.end, "a year or a count", unread=phrase_text(self, i, q.end))
            if self._after_larger(i, q):
                self.year_end = q.end  # "3,000 to 2023 have been freed": no range is
                return Skip(i, q.end, "a year")  # written high to low
            years = self.years_range(i, q)
            if years is not None:
                self.year_end = years.end
                return years
            if (
                self._range_tail(i, q) is None
                or (self.tok(i - 1) in TIME_BEFORE_YEAR and self.tok(q.end) == "to")
            ) and self.is_year(i, q):  # "from 1,200 in 2022 to 3,000": no range
                self.year_end = q.end
                return Skip(i, q.end, "a year")
        elif not leading and self.kinds[i] == "n" and self.old_year(i, q):
            self.year_end = q.end
            return Skip(i, q.end, "a year")  # "in 1648", "the 1415 battle"
        return self._finish(i, q, None, None)

    def _one_harmed(self, i: int, k: int) -> bool:
        """True when "one" at token ``i`` (its next token ``k``) is the count of one harmed,
        held or saved: the object of a casualty verb ending its clause or before a noun for
        one person ("killed one and wounded 14", "injuring one.", "shot one man"), or the
        subject of a participle of harm ("one dead and 14 wounded", "One killed, two
        wounded", "one was killed"). "killed one another", "one by one" and "one of the
        victims" stay pronouns."""
        after = self.tok(k)
        if after in ("was", "is") and self.tok(k + 1) in context.CASUALTY_PARTICIPLES:
            return True
        if after in context.CASUALTY_PARTICIPLES:
            return True
        return self.tok(i - 1) in context.CASUALTY_VERBS and (
            k >= self.n or after in _CLAUSE_AFTER_ONE or after in context.PERSON_NOUNS
        )

    def _one_person(self, k: int) -> bool:
        """True when token ``k``, after "one", is a noun for one person ("one person died",
        "one civilian", "one child"): "one" counts them, no pronoun."""
        return self.tok(k) in _ONE_PERSON

    def name_in_list(self, i: int, k: int) -> bool:
        """True when the one-word hedge at token ``i`` (ending before ``k``) is a capitalised
        abbreviation written without its full stop right after a comma, a semicolon or a
        colon ("Sud 892; Est 310", "Ca 12"): in such a list it is a name before its number,
        as "Nord" and "Sud" are, not the abbreviation of a hedge ("est. 310")."""
        return (
            self.lead < 0
            and k == i + 1
            and self.kinds[i] == "w"
            and self.toks[i] in _SHORT_HEDGES
            and self.capital(i)
            and i > 0
            and self.toks[i - 1] in (",", ";", ":")
        )

    def _prefixed(self, i: int) -> Figure | Skip | None:
        """A figure that starts with a hedge at token ``i``: a number, range or vague word after it.

        "more than 230"; "roughly 1,000 to 2,000" and "about between 20 and 30" (the
        hedge read at each end of the range); "at least several thousand" (the hedge
        read at each end of the vague word's interval).
        """
        hedged = self.lex.prefix_hedge(self.toks, i)
        if hedged is None:
            return None
        hedge, k = hedged
        if self.particle(i):
            return None  # "handed over 2-3 bodies": two or three handed over
        if self.name_letter(i):
            return None  # "in Block C. 300 were there": a name's letter, not "c." (circa)
        if self.name_in_list(i, k):
            return None  # "Nord 1,245; Sud 892; Est 310": a region, not "est." (estimated)
        if k == i + 1 and self.toks[i] in STAGES and self.tok(i - 1) in STAGE_PREPOSITIONS:
            return None  # "in round one": a stage's name, not "round" (around) one
        text = phrase_text(self, i, k)
        q = self._hedged_quantity(hedge, k)
        if q is not None and q.year and self.lead < 0 and self.tok(q.end) in YEAR_NOUNS:
            return Skip(i, q.end, "a year")  # "well below 2020 levels"
        if q is not None and self.lead < 0 and self.toks[k - 1] in _UNTIL:
            year = self.year_after_to(q)
            if year == "year" and self.tok(i - 1) in context.CHANGE_WORDS - {"by"}:
                year = "ambiguous"  # "went up to 2023.": a level, or until 2023?
            if year == "year":  # "up to 2023, 300 were freed": until 2023
                self.year_end = q.end
                return Skip(i, q.end, "a year")
            if year == "ambiguous":  # "up to 2000.": at most 2,000, or until 2000?
                return Skip(i, q.end, "a year or a count", unread=phrase_text(self, i, q.end))
        if q is not None and self.lead < 0 and self.kinds[k] == "n":
            dates = self.date(k, q) or self.date_span(k, q)
            if dates is not None:  # "over 3–9 March", "by 7 March": a preposition of time
                return dates
        if q is not None and not q.ordinal:
            fig = self._finish(i, q, hedge, text)
            if k != i + 1 or self.toks[i] not in _PARTICLE_VERBS or self.lead >= 0:
                return fig
            if fig.unit in TIME_UNITS and self.toks[i] == "over":
                if self.tok(i - 1) in _OVER_A_TIME:
                    return fig  # "held for over 3 days", "took over 3 days"
                return fig._replace(unread="over")  # "died over 3 days": during them?
            if self.tok(i - 1) in _PARTICLE_VERBS[self.toks[i]]:
                # "took over 200 positions": seized 200, or took more than 200?
                return fig._replace(start=i - 1, unread=phrase_text(self, i - 1, i + 1))
            return fig
        if q is not None or k >= self.n:
            return None
        inner = self._range_words(k) if self.toks[k] in _RANGE_START else None
        if inner is None:
            inner = self._vague(k)
        if isinstance(inner, Figure) and (
            inner.kind == "vague" or (inner.low is not None and inner.high is not None)
        ):
            return self.hedge_span(i, inner, hedge, text)
        return None  # "exactly several - 230": no span to hedge; the hedge is left unread

    def _vague(self, i: int) -> Figure | None:
        """A vague quantity at token ``i`` ("hundreds", "several dozen", "dozens of thousands"),
        with its time unit and a range to another ("dozens to hundreds")."""
        fig = self._vague_alone(i)
        if fig is None:
            return self._digit_plural(i)
        if (
            self.lead < 0
            and self.toks[i] == "scores"
            and fig.end == i + 1
            and not self._scores_counted(i)
        ):
            return None  # "test scores fell", "their scores", "z-scores": the noun
        unit, k = self.unit(fig.end)
        fig = fig._replace(end=k, unit=unit)
        return self._vague_range(fig) or fig

    def _scores_counted(self, i: int) -> bool:
        """True when "scores" at token ``i`` is the vague quantity, not the plural noun:
        before "of" or "more" ("scores of people", "scores more"), after a verb of harm
        ("injuring scores", "left scores dead") or opening its clause before a verb of
        harm or of being ("Scores were killed", ", and scores injured"). "test scores
        fell", "their scores" and "z-scores" are the noun."""
        after, before = self.tok(i + 1), self.tok(i - 1)
        if after in ("of", "more"):
            return True
        if before in context.CASUALTY_VERBS or before in ("left", "leaving"):
            return True
        opens = i == 0 or before in _CLAUSE_AFTER_ONE or before in ("but", "while", "with")
        return (
            opens
            and before not in DASHES
            and (after in context.CASUALTY_PARTICIPLES or after in _SCORES_AFTER)
        )

    def _escalation(self, k: int) -> int | None:
        """Where the words at token ``k`` that go on from a vague word to a larger one end
        ("or", "or even", "if not", ", possibly", "— perhaps", "and likely"), else None.

        An optional comma or dash, then "or", "if not" or "and", then one of
        :data:`ESCALATION_ADVERBS`; "and" needs the adverb ("dozens and hundreds" may
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
        elif self.tok(j) == "and" and self.tok(j + 1) in ESCALATION_ADVERBS:
            j += 1
        while self.tok(j) in ESCALATION_ADVERBS and j - k < 4:
            j, joined = j + 1, True  # "or even", "maybe even"
        return j if joined and j < self.n else None

    def _vague_range(self, fig: Figure) -> Figure | None:
        """A vague word to another or to a number: "dozens to hundreds", "several hundred
        to a thousand". It reads as the hull of its ends, and so does a vague word that
        goes on to a larger one ("hundreds or thousands", "hundreds, if not thousands",
        "hundreds, possibly thousands": :meth:`_escalation`)."""
        k = fig.end
        joiner = "to"
        escalated = self._escalation(k)
        if escalated is not None:
            after, joiner = escalated, phrase_text(self, k, escalated)
        elif self.tok(k) == "to" or self.tok(k) in DASHES:
            after = k + 1
        else:
            return None
        if after >= self.n:
            return None
        other: Figure | None = None
        if self.lex.vague(self.toks, after) is not None:
            found = self._vague_alone(after)
            other = found
        elif joiner == "to":
            q = self.quantity(after, joined=False)
            if q is not None and not q.ordinal and not q.year and q.unit == UNNAMED:
                other = Figure(after, q.end, "bare", q.value, q.unit_g, UNNAMED, q.whole)
        if other is None or other.unit != fig.unit:
            return None
        assert fig.vague is not None
        top = other.vague.high if other.vague is not None else other.nominal
        if top is None or top < fig.vague.high:
            return None  # not a range upwards: "sent dozens to 2 hospitals"
        joiner = joiner if joiner[0] in _ESCALATION_MARKS else f" {joiner}"
        words = f"{fig.hedge_text}{joiner} {other.hedge_text or covered(self, other)}"
        if escalated is not None and self.tok(other.end) == "," and other.vague is not None:
            # "tens, if not hundreds, of thousands": the scale set off after both is both's
            units, k = self.scales(other.end + 1, ("scale", "plural"))
            if units != 1 and self.tok(other.end + 1) == "of":
                scale = phrase_text(self, other.end + 1, k)
                fig = fig._replace(vague=fig.vague.in_units(units, phrase=f"{words} {scale}"))
                other = other._replace(
                    end=k, vague=other.vague.in_units(units, phrase=f"{words} {scale}")
                )
                words = phrase_text(self, fig.start, k)
        return Figure(
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

    def _vague_alone(self, i: int) -> Figure | None:
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
        units, k = self.scales(k, ("scale", "plural"))
        if units != 1:  # "several dozen", "dozens of thousands"
            entry = entry.in_units(units, phrase=phrase_text(self, i, k))
        return Figure(
            i, k, "vague", entry.code, None, UNNAMED, False, vague=entry, hedge_text=entry.phrase
        )

    def _digit_plural(self, i: int) -> Figure | None:
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
                units, k = self.scales(i + 2, ("scale", "plural"))
                if units != 1:
                    entry = entry.in_units(
                        units, phrase=f"{word.phrase} {phrase_text(self, i + 2, k)}"
                    )
                unit, k = self.unit(k)
                return Figure(
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

    def hedge_span(
        self, i: int, inner: Figure, hedge: Hedge, text: str | None, *, end: int | None = None
    ) -> Figure:
        """``hedge`` said of a range or vague quantity ``inner``: the hull of it at both ends.

        "roughly 1,000 to 2,000" is "roughly 1,000" to "roughly 2,000"; "200-300+"
        is at least 200 (and, pragmatically, up to a little above 300); "at least
        several thousand" is at least 3,000. An exact hedge ("only a few") leaves
        ``inner`` as it is.
        """
        low, high = figure_ends(inner)
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
        kind: AmountKind = KIND_OF_SHAPE[hedge.shape]
        ends = tuple(
            Figure(i, stop, kind, n, end_granularity(n), inner.unit, inner.whole, hedge, text)
            for n in (low, high)
        )
        return Figure(
            *(start, stop, kind, None, None, inner.unit, inner.whole, hedge, words),
            parts=ends,
            unread=inner.unread,
        )

    def _hedged_quantity(self, hedge: Hedge, k: int) -> Quantity | None:
        """The quantity after a hedge; after an approximator a scale word alone is one of it.

        "some dozen" is some 12 and "about hundred" about 100; "only hundred-year-old"
        is no figure.
        """
        q = self.quantity(k)
        if q is None and hedge.shape == "around" and self.role(k) == "scale":
            return self.number_words(k, one=True)
        return q

    def _finish(self, i: int, q: Quantity, hedge: Hedge | None, hedge_text: str | None) -> Figure:
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
                return self.hedge_span(i, found, hedge, hedge_text)
        if hedge is None and not q.ordinal:
            spread = self._plus_minus(i, q)
            if spread is not None:
                return spread
            after = self.after_hedge(j)
            if after is not None:
                hedge, k = after
                hedge_text = hedge.phrase
                if q.unit == UNNAMED:
                    q, k = self._percent_at(q, k)  # "50-plus per cent"
                unit, k = self.unit(k) if q.unit == UNNAMED else (q.unit, k)
                return self._hedged(i, k, q, hedge, hedge_text, unit)
            found = self._range_tail(i, q)
            if found is not None:
                after = self.after_hedge(found.end)
                if after is None:
                    return found
                h, k = after
                return self.hedge_span(i, found, h, h.phrase, end=k)
        if not q.ordinal:
            q = self._percent_of_change(i, q)
            j = q.end
        unit = q.unit
        if q.unit == UNNAMED and not q.ordinal:
            unit, j = self.unit(j)
            if unit == UNNAMED:
                unit, j = self._restated_unit(j, q)
            if hedge is None and unit != UNNAMED:
                after = self.after_hedge(j)
                if after is not None:
                    hedge, j = after
                    hedge_text = hedge.phrase
        if hedge is None:
            return Figure(i, j, "bare", q.value, q.unit_g, unit, q.whole, scaled=q.scale != 1)
        fig = self._hedged(i, j, q, hedge, hedge_text, unit)
        both = self._other_side(fig)
        if both is not None:
            return both
        after = self.after_hedge(j) if hedge.position == "before" else None
        if after is not None and after[0] != hedge:
            # "an estimated 20,000 or more", "about 200 or fewer": either reading may hold
            second, k = after
            other = self._hedged(i, k, q, second, second.phrase, unit)
            words = f"{hedge_text} … {second.phrase}"
            if hedge.shape == "around" and second.phrase in APPROXIMATE_AFTER:
                return other._replace(hedge_text=words)  # "some 300-odd" is "300-odd"
            kind = fig.kind if fig.kind == other.kind else "range"
            return Figure(
                i, k, kind, None, None, unit, q.whole, hedge_text=words, parts=(fig, other)
            )
        return fig

    def _percent_at(self, q: Quantity, k: int) -> tuple[Quantity, int]:
        """``q`` as a percentage when a percent word stands at token ``k`` ("50-plus per
        cent"), and the index after it; else ``q`` and ``k`` unchanged."""
        found = self.lex.word(self.toks, k) if k < self.n else None
        if found is None or found[0].role != "percent":
            return q, k
        word, end = found
        assert word.value is not None
        value = norm(Fraction(q.value) * word.value)
        g = None if q.unit_g is None else norm(Fraction(q.unit_g) * word.value)
        return Quantity(value, g, end, SHARE, False, 1, True, False, False, q.words), end

    def _other_side(self, fig: Figure) -> Figure | None:
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
        unit, end = self.unit(q.end) if q.unit == UNNAMED else (q.unit, q.end)
        if unit not in (fig.unit, UNNAMED):
            return None
        other = self._hedged(k, end, q, hedge, phrase_text(self, k, m), fig.unit)
        words = f"{fig.hedge_text} … {other.hedge_text}"
        return Figure(
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

    def _percent_of_change(self, i: int, q: Quantity) -> Quantity:
        """``q`` as a percentage when it is one of the two levels of a change and the other
        says the percent sign once for both: "rose from 12 to 15 per cent", "from about 40
        to 67%", "from 40 to nearly 67%" (the sign said after the level it goes to), "from
        3.1% to nearly 5", "fell to 48% from 61", "48%, down from 61" (said after the other
        level). Else ``q`` as it is: never 12 persons beside 15%. A hedge stays with the
        level it is said of. ``i`` is where ``q``'s figure starts, its hedge included."""
        if q.unit != UNNAMED or q.scale != 1 or q.words or q.ordinal:
            return q
        pct = self._percent_after(i, q)
        if pct is None:
            pct = self._percent_before(i, q)
        if pct is None:
            return q
        g = None if q.unit_g is None else norm(Fraction(q.unit_g) * pct)
        return q._replace(value=norm(Fraction(q.value) * pct), unit_g=g, unit=SHARE, share=True)

    def _percent_after(self, i: int, q: Quantity) -> Fraction | None:
        """The percent word's value of the level a change goes to, when ``q`` (whose figure
        starts at token ``i``) is the level it starts from: "from 12 to 15 per cent"."""
        to = self._past_stage(self._past_time(q.end))  # "from 71 in 2019 to 52%"
        if self.tok(i - 1) != "from" or self.tok(to) != "to":
            return None
        t = to + 1
        hedged = self.lex.prefix_hedge(self.toks, t) if t < self.n else None
        if hedged is not None:
            t = hedged[1]  # "from 40 to nearly 67%"
        if t >= self.n or self.kinds[t] != "n":
            return None
        return self._said_percent(t)

    def _percent_before(self, i: int, q: Quantity) -> Fraction | None:
        """The percent word's value of the other level of a change said before ``q`` (whose
        figure starts at token ``i``): "from 3.1% to 5", "to 48% from 61", "48%, down from
        61", "70% of homes were hit, up from 55" (the last number of the clause before ",
        up from"); None when no such level stands there, or when a unit or a noun follows
        ``q`` ("from 12% to 5 regions")."""
        before = self.tok(i - 1)
        if before not in ("to", "from") or (q.end < self.n and self._names_its_thing(q.end)):
            return None
        end = self._time_before(i - 1)  # where the other level's words end
        opener: tuple[str, ...] = ("from",) if before == "to" else ("to",)
        reach = 4  # tokens back past the percent word ("3.1 per cent") to the digits
        if before == "from" and self.tok(i - 2) in ("up", "down") and self.tok(i - 3) == ",":
            # "48%, down from 61", "70% of homes were hit, up from 55": the last level said
            # in the clause before the comma, any way said
            end, opener, reach = self._time_before(i - 3), (), _UP_FROM_REACH
        s = end - 1
        while s > max(end - reach, 0) and self.kinds[s] != "n" and self.toks[s] not in ".;!?":
            s -= 1
        if s < 0 or self.kinds[s] != "n":
            return self._percent_from(i) if before == "to" else None
        other = self.quantity(s)
        if other is None or (other.end != end if opener else other.end > end):
            return self._percent_from(i) if before == "to" else None
        if opener and not self._opened_by(s, opener):
            return self._percent_from(i) if before == "to" else None
        return self._said_percent(s)

    def _percent_from(self, i: int) -> Fraction | None:
        """The percent word's value of the level a change starts from, said with what it is a
        share of or a stage between it and "to" before token ``i``: "from 5% of cases to
        12", "from 4.1% in round one to 11.7", "from 9% of households in the first round to
        14". None when no "from" opens such a level in the clause."""
        for o in range(i - 2, max(i - 2 - _FROM_REACH, -1), -1):
            tok = self.toks[o]
            if tok in ".;!?,":
                return None
            if tok != "from":
                continue
            s = o + 1
            hedged = self.lex.prefix_hedge(self.toks, s) if s < self.n else None
            if hedged is not None:
                s = hedged[1]  # "from about 5% of cases"
            if s >= self.n or self.kinds[s] != "n":
                return None
            other = self.quantity(s)
            if other is None or self._past_base(other.end, i - 1) != i - 1:
                return None
            return self._said_percent(s)
        return None

    def _past_base(self, k: int, stop: int) -> int:
        """The token after the thing a share is of ("of cases", "of all households"), then
        a time or a stage, said at token ``k`` after a level and before token ``stop``;
        else ``k``."""
        t = k
        if self.tok(t) == "of":
            t += 1
            while (
                t < stop
                and t - k <= _BASE_WORDS
                and self.kinds[t] in ("w", "n")  # "of the 300 detainees": counted
                and self.toks[t] not in _BASE_STOPS
                and self.toks[t] not in _STAGE_AT
            ):
                t += 1
            if t == k + 1:
                return k
        return self._past_stage(self._past_time(t))

    def _past_stage(self, k: int) -> int:
        """The token after a stage of a survey or trial said at token ``k`` after a level
        ("in round one", "in wave 2", "in the first round", "at baseline"), else ``k``."""
        if self.tok(k) not in _STAGE_AT:
            return k
        t = k + 1
        if self.tok(t) == "baseline":
            return t + 1
        if self.tok(t) == "the":
            if self.tok(t + 1) in STAGE_ORDINALS and self.tok(t + 2) in STAGES:
                return t + 3  # "in the first round"
            return k
        if self.tok(t) not in STAGES or t + 1 >= self.n:
            return k
        q = self.quantity(t + 1)
        return k if q is None or q.unit != UNNAMED else q.end

    def _past_time(self, k: int) -> int:
        """The token after a time said at token ``k`` after a level ("in 2019", "in March
        2020", "by June"), else ``k``."""
        if self.tok(k) not in _TIME_PREPOSITIONS:
            return k
        t = k + 1
        while t < k + 3 and self._time_word(t):
            t += 1
        return t if t > k + 1 else k

    def _time_before(self, k: int) -> int:
        """Where a time said right before token ``k`` starts ("71% in 2019 | to"), else ``k``."""
        t = k
        while t > k - 2 and t > 0 and self._time_word(t - 1):
            t -= 1
        if t < k and self.tok(t - 1) in _TIME_PREPOSITIONS:
            return t - 1
        return k

    def _time_word(self, t: int) -> bool:
        """True for a month's name or a year in digits at token ``t``."""
        if self.tok(t) in MONTHS:
            return True
        q = self.quantity(t) if t < self.n and self.kinds[t] == "n" else None
        return q is not None and q.year and q.end == t + 1

    def _opened_by(self, s: int, words: tuple[str, ...]) -> bool:
        """True when one of ``words`` stands just before token ``s``, or before a hedge
        that ends there ("from about 40")."""
        if self.tok(s - 1) in words:
            return True
        for h in range(max(0, s - 3), s):
            hedged = self.lex.prefix_hedge(self.toks, h)
            if hedged is not None and hedged[1] == s and self.tok(h - 1) in words:
                return True
        return False

    def _said_percent(self, t: int) -> Fraction | None:
        """The value of the percent word or sign of a share in digits at token ``t`` ("15
        per cent", "67%"), None for any other quantity there (a ratio, "one in five")."""
        other = self.quantity(t)
        if other is None or other.unit != SHARE or other.whole or not other.share:
            return None
        while t < other.end and self.kinds[t] == "n":
            t += 1  # the percent word or sign after the digits
        found = self.lex.word(self.toks, t) if t < other.end else None
        if found is None or found[0].role != "percent" or found[0].value is None:
            return None
        return Fraction(found[0].value)

    def _names_its_thing(self, k: int) -> bool:
        """True when token ``k``, right after a number, names what it counts: a unit or a
        plural noun ("5 regions", "5 days")."""
        return self.unit(k)[0] != UNNAMED or plural_noun(self.toks[k])

    def _restated_unit(self, j: int, q: Quantity) -> tuple[str, int]:
        """The time unit after ``q`` restated in brackets at token ``j`` and the token
        after it ("three hundred and twenty-five (325) days", "ten (10) years", as laws
        and contracts write numbers), else ``UNNAMED`` and ``j``: the figure is a
        duration, never a count beside a lone restatement."""
        if self.tok(j) != "(" or j + 1 >= self.n:
            return UNNAMED, j
        again = self.quantity(j + 1)
        if (
            again is None
            or again.value != q.value
            or again.share
            or again.ordinal
            or self.tok(again.end) != ")"
            or (self.kinds[j + 1] == "n") == (self.kinds[q.end - 1] == "n")
        ):
            return UNNAMED, j
        unit, k = self.unit(again.end + 1)
        return (unit, k) if unit != UNNAMED else (UNNAMED, j)

    def _plus_minus(self, i: int, q: Quantity) -> Figure | None:
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
        if e.unit == SHARE and q.unit != SHARE:
            spread = norm(Fraction(q.value) * Fraction(e.value))
        elif e.unit == q.unit:
            spread = e.value
        else:
            return None
        unit, end = self.unit(e.end) if q.unit == UNNAMED else (q.unit, e.end)
        return Figure(
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

    def after_hedge(self, j: int) -> tuple[Hedge, int] | None:
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
        if found[1] == j + 1 and self.upper_word(j) and self.text[self.starts[j]].isupper():
            return None  # "a 737 MAX 8": a model's name in capitals, not "at most"
        return found

    @staticmethod
    def _hedged(i: int, end: int, q: Quantity, hedge: Hedge, text: str | None, unit: str) -> Figure:
        kind: AmountKind = KIND_OF_SHAPE[hedge.shape]
        return Figure(i, end, kind, q.value, q.unit_g, unit, q.whole, hedge, text)

    def _range_words(self, i: int) -> Figure | Skip | None:
        """ "between 200 and 250", "from 200 to 250", "anywhere from 20 to 40"."""
        lead = i
        if self.tok(i) in _RANGE_LEAD:
            i += 1
        word = self.tok(i)
        if word not in _RANGE_JOINER:
            return None
        joiner = _RANGE_JOINER[word]
        found = self._range_between(i, joiner)
        if isinstance(found, Figure):
            if lead != i:
                found = found._replace(start=lead)
            after = self.after_hedge(found.end)
            if after is not None:  # "between 500 and 1,000, possibly more"
                return self.hedge_span(lead, found, after[0], after[0].phrase, end=after[1])
        return found

    def _range_between(self, i: int, joiner: str) -> Figure | Skip | None:
        if joiner == "to" and self.lead < 0 and self._after_change(i):
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
            return Skip(i, second.end, "a span of years")  # "between 2022 and 2023"
        dates = self.date_span(i + 1, first) if i != self.lead else None
        if dates is not None:
            return dates._replace(start=i)  # "between 20 and 26 January"
        fig = self._range(i, first, second, self.toks[i])
        if fig is not None and i != self.lead and not first.year and self.year_after_to(second):
            # "between 300 and 2023.", "between 300 and 2023 in total": a count range, or
            # a span from a count to a year? Unread; "between 300 and 2023 people" is a range.
            return fig._replace(unread=phrase_text(self, i, second.end))
        return fig

    def _after_change(self, i: int) -> bool:
        """True when a word of change stands right before token ``i``, or before a comma
        there ("doubled, from 1.5% to 3%")."""
        before = self.tok(i - 1)
        if before == ",":
            before = self.tok(i - 2)
        return before in context.CHANGE_WORDS

    def _range_tail(self, i: int, q: Quantity) -> Figure | None:
        """ "200-250", "200–250", "200 to 250", "50 or 100"."""
        j = q.end
        sep = self.tok(j)
        if sep not in DASHES and sep not in ("to", "or"):
            return None
        if (
            sep == "to"
            and self.lead < 0
            and (
                self.tok(i - 1) in context.CHANGE_WORDS
                or (self.tok(i - 1) == "from" and self._after_change(i - 1))
            )
            and not (self.tok(i - 1) == "by" and self.tallied_before(i - 1))
        ):
            return None  # "raised by 180,000 to 1.5 million": a change and a level
        if sep == "to" and self.lead < 0 and self._stage_of_level(i):
            return None  # "from 4.1% in round 1 to 11.7": a stage's name, then the next level
        second = self.quantity(j + 1)
        if second is None or second.ordinal or (q.year and second.year and i != self.lead):
            return None
        if sep == "to" and i != self.lead and not q.year:
            year = self.year_after_to(second)
            if year == "year":
                return None  # "freed 300 to 2023": a count and the year it runs to
            if year == "ambiguous":  # "300 to 2000.": a range, or a count to a year?
                fig = self._range(i, q, second, None)
                if fig is not None:
                    return fig._replace(unread=phrase_text(self, i, second.end))
                return None
        return self._range(i, q, second, None)

    def _stage_of_level(self, i: int) -> bool:
        """True when the number at token ``i`` names a stage said after the level a change
        starts from ("from 4.1% in round 1 to 11.7", "from 9% in wave 2 to 14"): a singular
        stage word after a preposition, a "from" before it in the clause."""
        if self.tok(i - 1) not in STAGES or self.tok(i - 1).endswith("s"):
            return False
        if self.tok(i - 2) not in _STAGE_AT:
            return False
        for o in range(i - 3, max(i - 3 - _FROM_REACH, -1), -1):
            if self.toks[o] in ".;!?,":
                return False
            if self.toks[o] == "from":
                return True
        return False

    def _range(self, i: int, first: Quantity, second: Quantity, word: str | None) -> Figure | None:
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
            return Figure(
                *(i, chain, "range", None, None, UNNAMED, False),
                low=min(low, high),
                high=max(low, high),
                unread=shown,
            )
        unit = second.unit
        shared: int | None = None  # the token of the upper end's scale words, if shared
        if first.unit != second.unit:
            if first.unit == UNNAMED and second.share and not second.whole:
                low = norm(Fraction(low) / 100)  # "20-30%"
            else:
                return None
        scale, at = self.said_scale(second, first.end + 1)
        if (
            scale != 1
            and self.said_scale(first, i + 1 if word is not None else i)[0] == 1
            and self.role(first.end + 1) not in ("article", "fraction")
        ):
            # "2-3 million"; "10-20 thousand percent" ("3-2 million" is inverted)
            scaled = norm(Fraction(low) * scale)
            if scaled <= high or first.value < _MANTISSA_BELOW:
                low, shared = scaled, at
        if low > high:
            if i == self.lead and not self.year_or_date(first, second):
                raise self._inverted(i, first, second, word, shared=shared)  # say why
            tally = self.tally(i, first, second, word, descending=True)
            if tally is not None:  # "passed 300-120", "a 3-2 decision"
                return Figure(
                    *(i, tally, "range", None, None, UNNAMED, False),
                    low=high,
                    high=low,
                    unread=self.text[self.starts[i] : self.ends[tally - 1]],
                )
            return None  # in prose, "fell from 1,400 to 1,200" is two figures
        tally = self.tally(i, first, second, word, descending=False)
        if tally is not None and self.lead >= 0:
            shown = self.text[self.starts[i] : self.ends[min(tally, self.n - 1)]]
            raise ParseError(
                f"{shown!r} is a tally of votes or a score, not a figure of one quantity:"
                " its numbers are no range",
                text=self.text,
                position=self.starts[i],
            )
        if tally is not None:  # "a 2-3 defeat", "voted 120 to 300 against"
            return Figure(
                *(i, tally, "range", None, None, UNNAMED, False),
                low=low,
                high=high,
                unread=self.text[self.starts[i] : self.ends[tally - 1]],
            )
        end = second.end
        if unit == UNNAMED:
            unit, end = self.unit(end)
        fig = Figure(
            i, end, "range", None, None, unit, first.whole, low=low, high=high, hedge_text=word
        )
        if self._thousands_shared(first, second):
            shown = self.text[self.starts[first.end - 1] : self.ends[second.end - 1]]
            if self.lead >= 0:
                raise ParseError(
                    f"{shown!r} is ambiguous: its lower end may be said in the upper end's"
                    f" thousands ({norm(Fraction(first.value) * 1000):,}) or be"
                    f" {first.value} as written; give both ends in full",
                    text=self.text,
                    position=self.starts[first.end - 1],
                )
            return fig._replace(unread=shown)
        if (
            low == high
            and word is None
            and self.tok(first.end) in DASHES
            and self.glued(first.end)
            and self.glued(first.end + 1)
            and unit == UNNAMED
            and self.lead < 0
        ):
            # in prose "a 50-50 split", "a 2-2 draw" is a split or a score, never a count
            # of 50; parse reads "50-50" as the range [50, 50] it writes
            return fig._replace(unread=self.text[self.starts[i] : self.ends[second.end - 1]])
        return fig

    def _dash_chain(self, first: Quantity, second: Quantity) -> int | None:
        """Where a chain of three or more numbers joined by glued dashes ends ("0-1-2",
        "a 4-4-2 formation", "120-3-5"), when ``first`` and ``second`` begin one; else None.

        No range has three ends: such a chain is a code, a score, a formation or a tally,
        whatever its order. The chain is read once, from its first number.
        """
        joiner = first.end
        if (
            second.end != joiner + 2
            or self.tok(joiner) not in DASHES
            or not (self.glued(joiner) and self.glued(joiner + 1))
        ):
            return None
        end = self.dashed_parts(second.end)
        return end if end > second.end else None

    def _after_larger(self, i: int, q: Quantity) -> bool:
        """True when "to" and a larger number in digits stand right before ``q`` at token
        ``i`` ("3,000 to 2023"): ``q`` is no range's upper end, so a year."""
        if self.tok(i - 1) != "to" or i < 2 or self.kinds[i - 2] != "n":
            return False
        before = self.digits(i - 2)
        return before is not None and before.end == i - 1 and before.value > q.value

    def _thousands_shared(self, first: Quantity, second: Quantity) -> bool:
        """True for a range whose lower end may share its upper end's thousands: "8-10,000".

        The ends are joined by a dash, "to", "and" or "or", the lower end is plain digits
        below 1,000 and at most the upper end's first group of digits, the upper end is
        grouped and a thousand times the lower end lies below it: "8-10,000", "8 to
        10,000", "between 15 and 20,000" and "2 or 3,000" may each be said in thousands
        ("eight to ten thousand") or as written, pwstats cannot tell. "500-1,000",
        "5-1,000" and "5 to 1,000" are read as written.
        """
        raw, upper = self.toks[first.end - 1], self.toks[second.end - 1]
        if self.tok(first.end) not in DASHES and self.tok(first.end) not in _SHARED_JOINS:
            return False
        if first.words or second.words or first.scale != 1 or second.scale != 1:
            return False
        if self.kinds[second.end - 1] != "n" or self.gmark not in upper or not raw.isdigit():
            return False
        lead = int(upper.partition(self.gmark)[0])
        return 0 < int(raw) <= lead and int(raw) * 1000 < second.value  # "0 to 1,000" is 0

    def _inverted(
        self, i: int, first: Quantity, second: Quantity, word: str | None, *, shared: int | None
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
