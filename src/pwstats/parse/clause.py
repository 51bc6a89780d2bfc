"""A figure in its clause: words after its noun and before its hedge that change what it says.

:class:`Scanner` is the top layer of the scanner: :meth:`Scanner.figure` reads one
figure at a token, with the not-a-count rules applied and what the clause says of it.
"""

from __future__ import annotations

from typing import Final

from pwstats.lexicon import Hedge
from pwstats.parse import context
from pwstats.parse.found import UNNAMED, Figure, Skip
from pwstats.parse.grammar import KIND_OF_SHAPE, Grammar
from pwstats.parse.not_counts import LOOK_BEHIND, STAGE_ORDINALS, STAGE_PREPOSITIONS, STAGES
from pwstats.parse.tokens import (
    CLAUSE_END,
    DASHES,
    MONTHS,
    SENTENCE_OPEN,
    phrase_text,
    plural_noun,
)

#: Words before a vague word that make it a band ("in the hundreds", "the low thousands").
#: Words that give a summary statistic its value ("the median household size was 7",
#: "mean size: 6"): the number after one is the statistic's, no count.
_STATISTIC_LINKS: Final = frozenset({"was", "is", "were", "are", ":", "="})
#: Words before "for" or "to hold" that make the number after them a capacity ("designed
#: for 20,000", "built to hold 1,000", "room for 300").
_CAPACITY_FOR: Final = frozenset(
    {"designed", "built", "intended", "meant", "planned", "room", "space", "able", "enough"}
)
#: Verbs of holding after which a number is a capacity when "to" and a word of
#: :data:`_CAPACITY_FOR`, or a modal of ability, stands before them ("can house 800").
_HOLDING: Final = frozenset({"hold", "house", "host", "shelter", "take", "fit", "sleep"})
#: Modals of ability before a verb of holding ("can house 800", "could take 300").
_CAPACITY_MODALS: Final = frozenset({"can", "could", "cannot"})
#: Comparatives said as prepositions right before a number ("nearer 3,000", "closer
#: 300"): the figure is compared with, not stated.
_COMPARATIVE_PREPOSITIONS: Final = frozenset({"nearer", "closer"})
#: Words before a level a summary statistic reaches or leaves ("the mean number of deaths
#: fell to 12", "stood at 5", "rose from 6").
_LEVEL_LINKS: Final = frozenset({"to", "at", "from", "reached", "hit", "remained", "remains"})
#: How many tokens back from "to" or "and" the "from" or "between" of the first level may
#: stand ("from 5 in the first round to 12").
_LEVEL_REACH: Final = 8
_BAND_WORDS: Final = frozenset({"the", *("low", "lower", "mid", "middle", "high", "upper")})


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
#: Words before the other side of a tally in words: its owner ("43 votes to her 38").
_TALLY_OWNERS: Final = frozenset({"her", "his", "their", "its", "our", "my", "your", "the"})
#: Words that close the other side of a tally in words ("300 for and 120 against").
_TALLY_CLOSING: Final = frozenset({"votes", "vote", "ballots", "against", "opposed", "no", "nays"})
#: No votes at all on the other side of a tally ("passed by 15 votes to none").
_NO_VOTES: Final = frozenset({"none", "nil", "zero", "nought", "naught"})
#: How many tokens before "by" a verb of change may stand, its object between them
#: ("cut the number of its troops by": the verb, then five).
_OBJECT_REACH: Final = 7
#: Words of :data:`pwstats.parse.context.CHANGE_WORDS` after which "by" names no change ("went
#: by 300", "by by").
_NOT_CHANGED_BY: Final = frozenset({"by", "up", "down", "went"})
#: One-letter suffixes that, spaced from the number, may be a unit as well as a scale ("300
#: m people": million or metres?): the figure is left unread.
_SPACED_SUFFIXES: Final = frozenset({"m", "k", "b"})
#: Words after a number that may be a scale word pwstats does not read as one ("15 thou":
#: a thousand, or thousandths of an inch? "15 mill": a million, or "3 mill workers"?): the
#: figure is left unread, never read as the bare number.
_UNSURE_SCALES: Final = frozenset({"thou", "mill"})


#: Words after "per" that make it no rate: a share ("per cent") or "according to" ("300
#: per the agreement").
_NOT_PER: Final = frozenset({"cent", "centum", ""}) | context.DETERMINERS


#: Quote marks glued to a word inside a figure's noun phrase ("50 or 100 ‘special’
#: individuals a month"): the scan for a hedge or a rate after the noun reads past them.
_WORD_QUOTES: Final = frozenset("‘’“”\"'")


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
INCREMENT_AFTER: Final = frozenset({"more", "additional", "extra", "further"})


#: How many words after a participle of belief the noun it is said of may come ("300
#: suspected cholera cases").
_BELIEF_NOUN_REACH: Final = 3
#: Forms of "be" before a participle of belief ("300 are feared dead").
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "now", "still"})
#: Pronouns after a verb, whose subject the figure is ("300 people feared it").
_PRONOUNS: Final = frozenset(
    {"it", "they", "them", "he", "him", "she", "her", "we", "us", "you", "i", "me", "this"}
    | {"that", "these", "those", "there", "their", "his", "its", "our", "my", "your"}
)


#: Words after a negator that make it no negation of the figure ("none of the 300",
#: "not all 300").
_PARTITIVE: Final = frozenset({"of", "all"})


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


#: Word roles that, right after a figure, would change its number ("1 trillion trillion").
NUMBER_ROLES: Final = frozenset({"scale", "plural", "suffix", "fraction", "percent"})


class Scanner(Grammar):
    """A figure in its clause: what is said of it after its noun and before its hedge."""

    __slots__ = ()

    def figure(self, i: int, *, leading: bool) -> Figure | Skip | None:
        """The figure starting at token ``i``, a stretch to skip, or None.

        ``leading`` is true for the first token of a text given to :func:`parse`,
        where a four-digit number is the figure, not a year. Ordinals, and numbers
        that name a thing, an age, a clock time or a measurement rather than a count
        (:meth:`not_a_count`), are stretches to skip.
        """
        got = self.candidate(i, leading=leading)
        if isinstance(got, Figure):
            return self.not_a_count(got) or self._after_noun(got)
        return got

    def _after_noun(self, fig: Figure) -> Figure:
        """``fig`` with a hedge said after the noun it counts ("300 people at most").

        Within a clause, a known after-hedge that follows the figure and a short noun
        phrase (at most :data:`_NOUN_WORDS` words, no number, no word of
        :data:`pwstats.parse.context.CLAUSE_WORDS`) is said of the figure as it would be
        right after the number: "300 civilians or more" is "300 or more", and so is one
        set off by commas, dashes or brackets, after the noun or the number ("300
        people, at least, were killed"; :meth:`_placed`). When it is
        not certain that it is (the figure has a hedge already, the hedge does not end
        the clause: "300 people at least partly"), or a word of doubt is set off after
        the noun ("300 people (unconfirmed)"), or an indefinite word is glued to the
        number ("300-something"), the words are the figure's :attr:`Figure.tail`:
        :func:`extract` marks the figure unread and :func:`parse` refuses it. A hedge
        that a number follows closely belongs to the next figure ("300 men and up
        to 40 women").
        """
        end, toks, kinds = fig.end, self.toks, self.kinds
        if end >= self.n:
            return fig
        if (
            toks[end] in DASHES
            and self.glued(end)
            and self.glued(end + 1)
            and self.tok(end + 1) in context.INDEFINITE
        ):
            return fig._replace(end=end + 2, tail=(end, phrase_text(self, end, end + 2)))
        rate = self._rate_in_clause(end)
        if rate is not None:  # "300 were killed per day", "300 fled each day"
            return fig._replace(end=rate, tail=(end, phrase_text(self, end, rate)))
        tally = self._tally_in_words(end)
        if tally is not None:  # "300 votes to 120", "300 for and 120 against"
            return fig._replace(end=tally, tail=(end, phrase_text(self, end, tally)))
        modal = self._modality_in_clause(end)
        if modal is not None:  # "300 feared dead", "300 people may have died"
            return fig._replace(end=modal, tail=(end, phrase_text(self, end, modal)))
        doubt = self._doubted_alternative(end)
        if doubt is not None:
            # "300 or perhaps 400", "hundreds, if not thousands": the figure may be the
            # other one, which is unread in its turn ("perhaps" or "not" before it)
            return fig._replace(end=doubt, tail=(end, phrase_text(self, end, doubt)))
        if (
            toks[end] == "or"
            and self.tok(end + 1) in ("two", "three")
            and self.role(end - 1) == "scale"
            and (self.closes(end + 2) or self.role(end + 2) is None)
        ):
            # "a dozen or two": from one of the scale to two of them, which pwstats
            # does not read; never the dozen alone and a count of 2
            return fig._replace(end=end + 2, tail=(end, phrase_text(self, end, end + 2)))
        if (
            kinds[end] == "w"
            and toks[end] in _SPACED_SUFFIXES
            and not self.glued(end)
            and self.name(end).end == end + 1
        ) or (kinds[end] == "w" and toks[end] in _UNSURE_SCALES and kinds[end - 1] == "n"):
            # "300 m people": million or metres? a one-letter suffix is read glued only;
            # with digits glued after it, it starts a code ("40 M777 howitzers")
            return fig._replace(end=end + 1, tail=(end, phrase_text(self, end, end + 1)))
        if (
            kinds[end] == "n"
            and toks[end].isdigit()
            and not self.glued(end)
            and self.role(end - 1) in ("scale", "suffix")
            and int(toks[end]) < self.word_value(end - 1)
        ):
            # "3 lakh 20 thousand", "12 thousand 500": one number said in two parts,
            # which pwstats does not add up; never two counts
            k = end + 1
            while self.role(k) in ("scale", "suffix") and not self.glued(k):
                k += 1
            return fig._replace(end=k, tail=(end, phrase_text(self, end, k)))
        compound = toks[end] in DASHES and self.glued(end) and self.glued(end + 1)
        noun = end + 1 if compound else end
        if self.tok(noun) in context.THRESHOLD_NOUNS:  # "the 300 mark", "the 300-mark"
            return fig._replace(end=noun + 1, tail=(noun, phrase_text(self, noun, noun + 1)))
        if (
            compound
            and kinds[noun] == "w"
            and toks[noun] not in context.COUNTED_NOUNS
            and self.lex.single(toks[noun]) is None
            and self._rate_or_difference(end) is None  # "300-per-day": a rate, below
        ):
            # "a 300-page report", "the 300-bed hospital": the number counts pages, beds
            return fig._replace(end=noun + 1, tail=(noun, phrase_text(self, noun, noun + 1)))
        k = end
        quotes = 0  # quote marks around a word of the noun phrase ("50 ‘special’ men")
        while True:
            other = self._rate_or_difference(k)
            if other is not None:
                if self.toks[other - 1] == "than" and self._counts_at(other):
                    # "four days more than 200 cases": a comparative
                    # that a number follows is that number's hedge, not a difference
                    return fig
                return fig._replace(end=other, tail=(k, phrase_text(self, k, other)))
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
            if kinds[k] != "w" or tok in context.CLAUSE_WORDS or self.role(k) in NUMBER_ROLES:
                return fig
            if self.role(k) in ("number", "article") or self.lex.vague(toks, k) is not None:
                return fig
            k += 1

    def _counts_at(self, k: int) -> bool:
        """Whether a number starts at token ``k`` (digits or a number word, not "a")."""
        return k < self.n and (self.kinds[k] == "n" or self.role(k) == "number")

    def _doubted_alternative(self, k: int) -> int | None:
        """Where the words at token ``k`` that offer a doubted other figure end, else None.

        A link (",", "or", "to", "and", a spaced dash) and a word of doubt
        (:data:`pwstats.parse.context.EPISTEMIC`) or "if not", then a number or vague word:
        "300 or perhaps 400", "300 – possibly 400", "hundreds, if not thousands". The
        figure before is then no more certain than the one after; the words end before
        "not", which leaves the next figure unread as a negated one.
        """
        tok = self.tok(k)
        if not (tok in (",", "or", "to", "and") or (tok in DASHES and not self.glued(k + 1))):
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
        """Where a rate or a mean said later in the figure's clause ends ("300 were killed
        per day", "300 fled each day", "300 entered on average"), else None.

        Reads on from token ``end`` over words (verbs among them) for at most
        :data:`_RATE_REACH` tokens, stopping at a mark, a number or a word that starts
        another clause (:data:`_RATE_STOP`); a rate there (:meth:`_rate_or_difference`,
        its rate half) is said of the figure.
        """
        toks, kinds = self.toks, self.kinds
        for k in range(end, min(self.n, end + _RATE_REACH)):
            if toks[k] == "on" and self.tok(k + 1) == "average":
                return k + 2  # "fewer than 100 trucks entered on average": a mean
            if kinds[k] != "w" or toks[k] in _RATE_STOP or self.role(k) in _COUNT_ROLES:
                return None
            found = self._rate_or_difference(k, difference=False)
            if found is not None:
                return found
        return None

    def increment(self, fig: Figure, floor: int) -> tuple[int, int] | None:
        """The words that make ``fig`` an increment over an earlier count, else None.

        Before the figure "another", "yet another", "a further", "an additional", "an
        extra" ("another 300 were freed"); after its number "more", "additional",
        "extra" or "further" ("300 more were freed", "300 additional troops"; "300 more
        than last year" is a difference, unread). The figure is read as the count of
        the increment, as said; these words say it is one (:attr:`Amount.increment`).
        Returns the tokens ``[start, end)`` the words take.
        """
        if fig.unit != UNNAMED:
            return None  # "300 per cent more": a change in a share, not a count added
        t = fig.start - 1
        if t >= floor and self.toks[t] in _INCREMENT_BEFORE and self.kinds[t] == "w":
            first = t
            if t - 1 >= floor and self.toks[t - 1] in ("a", "an", "yet"):
                first = t - 1
            return first, t + 1
        k = fig.end if fig.tail is None else fig.tail[0]  # "300 more are expected": unread
        if self.tok(k) in INCREMENT_AFTER and self.tok(k + 1) != "than":
            return k, k + 1
        return None

    def _tally_in_words(self, end: int) -> int | None:
        """Where a tally said in words after a figure ends ("300 votes to 120", "300 for
        and 120 against", "300 in favour, 120 against"), else None.

        The figure and the number in it count votes for and against, not the measure:
        both are left unread, in one mention, never read as two counts. The other side
        may be in words ("fifteen votes to twelve"), none ("15 votes to none") or owned
        ("43 votes to her 38"); owned or in words, it is no count of a noun after it ("300
        votes to her 38 rivals").
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
        owned = self.tok(k) in _TALLY_OWNERS
        if owned:
            k += 1  # "43 votes to her 38"
        if self.tok(k) in _NO_VOTES and voted:
            return k + 1  # "15 votes to none"
        other = self.number(k) if k < self.n and self.kinds[k] in ("n", "w") else None
        if other is None or other.share or other.ordinal or other.unit != UNNAMED:
            return None
        k = other.end  # "300 votes to 120", "15 votes to twelve"
        if (
            (owned or other.words)
            and self.kinds[k : k + 1] == ["w"]
            and self.toks[k] not in _TALLY_CLOSING
        ):
            return None  # "300 votes to her 38 rivals", "300 votes to one million voters"
        closing = self.tok(k) in _TALLY_CLOSING
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
        (:data:`_MODALITY_STOP`). A modal (:data:`pwstats.parse.context.MODALS`) before "have",
        "be" or another word of :data:`_EPISTEMIC_AFTER_MODAL`, or "might" ("300 people
        may apply" is a limit, "300 could not be saved" what happened), an adverb of doubt
        (:data:`pwstats.parse.context.DOUBT_ADVERBS`) or a participle of belief
        (:data:`pwstats.parse.context.BELIEFS`) after a form of "be" or before a word that is
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
                if tok == "may" and self.capital(k):
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
            if tok in context.BELIEFS and self._before_its_noun(k):
                return None  # "300 suspected cholera cases": what the count counts
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

    def _before_its_noun(self, k: int) -> bool:
        """True when the participle of belief at token ``k`` is said of the noun after it,
        not of the figure: "300 suspected cholera cases", "12 presumed cases", "40
        suspected militants" count cases and militants, as "300 confirmed cases" counts
        cases; "12 suspected of spying" counts suspects. Within
        :data:`_BELIEF_NOUN_REACH` words, with only words that may stand before a noun
        between (no function word, adverb or verb:
        :data:`pwstats.parse.context.NOT_NOUN_MODIFIERS`), a plural noun follows; "300
        feared dead" and "300 believed killed in the attack" have none."""
        if self.tok(k + 1) == "of":
            return True  # "12 suspected of spying": an accusation, not a doubt of the count
        for t in range(k + 1, min(self.n, k + 1 + _BELIEF_NOUN_REACH)):
            tok = self.toks[t]
            if self.kinds[t] != "w" or tok in context.NOT_NOUN_MODIFIERS or tok in _BE:
                return False
            if plural_noun(tok):
                return True
        return False

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
            if toks[t] == "average" and t - 1 >= floor and toks[t - 1] == "on":
                return t - 1  # "On average, 300 died": a mean, no count
            if (
                toks[t] in ("each", "every", "per")
                and t + 1 < start
                and toks[t + 1] in context.RATE_PERIODS
                and not (  # "KES 3,000 per month to 12,000": the rate of the amount
                    # just before, not of the count after it
                    t == floor
                    and t > 0
                    and (kinds[t - 1] == "n" or self.role(t - 1) in NUMBER_ROLES)
                )
            ):
                return t  # "Each day, 300 died", "every week some 300"
            t -= 1
        return None

    def _rate_or_difference(self, k: int, *, difference: bool = True) -> int | None:
        """Where words at token ``k``, after a figure or the noun it counts, that make it
        a rate or a difference end, else None.

        A rate: "per" and a word ("300 per week", "300 per 100,000"; "per cent" is a
        share, read before this), "a", "an", "each" or "every" and a period of
        :data:`pwstats.parse.context.RATE_PERIODS` ("300 a day", "300 people each week"; not
        after "in" or "within", and not before "ago", "after" and the like: "300 a day
        earlier" is a count), or an adverb of :data:`pwstats.parse.context.RATE_ADVERBS` ("300
        daily", "300 apiece"). A
        difference: a comparative and "than" within three words ("300 more than last
        year", "300 fewer deaths than in May"). :meth:`_after_noun` gives the words as
        the figure's tail, so :func:`extract` leaves it unread.
        """
        tok = self.tok(k)
        if (
            tok in DASHES
            and self.glued(k)
            and self.glued(k + 1)
            and self.tok(k + 1) in ("a", "an", "per")
            and self.tok(k + 2) in DASHES
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
        if tok == "each" and self.closes(k + 1):
            return k + 1  # "300 each": so many for every one of them
        if difference and (tok in context.COMPARATIVES or tok == "more"):
            for t in range(k + 1, min(k + 4, self.n)):
                if self.toks[t] == "than":
                    return t + 1  # "300 more than last year"
                if self.kinds[t] != "w" or self.closes(t):
                    break
        return None

    def _placed(self, fig: Figure, k: int) -> Figure | None:
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
        found = self.after_hedge(k) if k > fig.end else None
        if found is None and k == fig.end and fig.kind == "vague" and fig.tail is None:
            # "hundreds or more": the grammar reads no hedge after a vague word
            vague = self.after_hedge(k)
            if vague is not None:
                return self._vague_hedged(fig, k, *vague)
        if found is None and aside and inner < self.n:
            found = self.lex.suffix_hedge(toks, inner)
            if found is not None and self.tok(found[1]) == "than":
                found = None
        if found is not None:
            hedge, stop = found
            punctuated = self.punctuated(stop)
            if not punctuated and any(
                kinds[t] == "n" or self.role(t) in _COUNT_ROLES
                for t in (stop, stop + 1)
                if t < self.n
            ):
                return fig  # "300 men and up to 40 women": the hedge is the next figure's
            closes = punctuated or toks[stop] in context.CLAUSE_OPENERS
            if closes and fig.kind == "bare":
                kind = KIND_OF_SHAPE[hedge.shape]
                return fig._replace(end=stop, kind=kind, hedge=hedge, hedge_text=hedge.phrase)
            if hedge.shape == "exact":
                return fig  # "about 300 people in all": a sum; it widens nothing if dropped
            if not closes:
                stop += 1  # the word that leaves it open: "300 people at least partly"
            return fig._replace(end=stop, tail=(k, phrase_text(self, k, stop)))
        if toks[k] in ("(", "[", ",") and self.tok(k + 1) in context.EPISTEMIC:
            stop = k + 2 + (self.tok(k + 2) in (")", "]"))
            return fig._replace(end=stop, tail=(k, phrase_text(self, k, stop)))
        if inner >= self.n or kinds[inner] != "w":
            return None
        # "300 people at the very least.", "300 troops, roughly.": a hedge with no row
        # after a number; "300 people or thereabuots.": an after-hedge misspelt
        before = self.lex.prefix_hedge(toks, inner)
        if before is not None and (before[0].shape == "exact" or self.name_letter(inner)):
            before = None  # "70 families in Block C.": a name's letter, not "c." (circa)
        other = before or self.lex.misspelt(toks, inner, after=True)
        if other is not None and self.closes(other[1]):
            return fig._replace(end=other[1], tail=(k, phrase_text(self, k, other[1])))
        return None

    def _vague_hedged(self, fig: Figure, k: int, hedge: Hedge, stop: int) -> Figure:
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
            return fig._replace(end=stop, tail=(k, phrase_text(self, k, stop)))
        return self.hedge_span(fig.start, fig, hedge, hedge.phrase, end=stop)

    def unread(self, fig: Figure, floor: int) -> tuple[int, str, bool] | None:
        """Words before ``fig`` that modify its number but that the lexicon cannot read.

        Returns the token they start at (never before ``floor``), the words, and
        whether they might hedge either side (True) or only loosen a one-sided
        hedge's other side (False: "vastly more than 300" still entails more
        than 300). Such words are an unknown mathematical symbol ("≳ 300"), a short
        abbreviation ("abt. 300"), a comparative ("lower than" is read; "taller
        than" is not), a word of doubt ("perhaps 300", "a probable 300": see
        :data:`pwstats.parse.context.EPISTEMIC`), an adverb in -ly ("reportedly" and
        other attributions excepted: :data:`pwstats.parse.context.NOT_HEDGING`), an
        adjective between "a" and a number in digits ("a conservative 300"), and
        the look-behind of :meth:`modifier`: a negator, a second hedge, a verb of
        comparison, a hedge run together or a near miss of one.
        """
        t = fig.start - 1
        standard = self._standard(fig)
        if standard is not None:
            return max(standard, floor), phrase_text(self, standard, fig.start), True
        rate = self._rate_before(fig.start, floor)
        if rate is not None:
            return rate, phrase_text(self, rate, fig.start), True
        if t < floor:
            if t >= 0 and self.toks[t] in context.EPISTEMIC and self.kinds[t] == "w":
                # "hundreds, perhaps thousands": the word of doubt ended the figure before
                return fig.start, self.toks[t], True
            return None
        found = self.modifier(fig.start, floor)
        if found is None and fig.unit == UNNAMED:
            found = self.statistic_level(fig.start)  # "the median household size was 7"
            if found is not None and (found < floor or self.tok(found + 1) in ("age", "ages")):
                found = None
        if found is not None:
            return found, phrase_text(self, found, fig.start), True
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
        if self.lex.single(tok) is not None or tok in MONTHS:
            return None
        if tok.endswith("ly") and len(tok) > 4:
            return t, tok, fig.kind not in ("lower", "upper")
        if article and self.kinds[fig.start] == "n" and tok.isalpha():
            return t - 1, f"{self.toks[t - 1]} {tok}", True  # "a conservative 300"
        return None

    def statistic_level(self, start: int) -> int | None:
        """The token of the word of a summary statistic whose value the number at token
        ``start`` gives, else None: said after "was", "is" or a colon ("the median
        household size was 7", "mean size: 6"), or as a level it reaches or leaves ("the
        mean number of deaths fell to 12", "the average household size stood at 5",
        "the median stay rose from 6 to 9 days": both levels). A mean, median or average
        of a count is no count of it.
        """
        t = start - 1
        tok = self.tok(t)
        found = None
        if tok in _STATISTIC_LINKS or tok in _LEVEL_LINKS:
            found = self.statistic(start)
        if found is None and tok in ("to", "and"):
            opener = "from" if tok == "to" else "between"
            for o in range(t - 1, max(-1, t - 1 - _LEVEL_REACH), -1):
                if self.toks[o] == opener:
                    return self.statistic(o + 1)  # "rose from 5 to 12": the first level's
                if self.toks[o] in CLAUSE_END or self.toks[o] in SENTENCE_OPEN:
                    return None
        return found

    def _standard(self, fig: Figure) -> int | None:
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

    def _abbreviation(self, t: int) -> bool:
        """True when the word at ``t``, before a full stop and a number, is an abbreviation
        rather than a word ending a sentence: one of
        :data:`pwstats.parse.context.ABBREVIATIONS` ("abt. 300", "avg. 300", "tot. 300"), a
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

    def modifier(self, start: int, floor: int) -> int | None:
        """The token where unreadable words hedging the figure at ``start`` begin, or None.

        A clause-local look-behind of at most :data:`LOOK_BEHIND` tokens (none before
        ``floor``, none across a clause mark or a number), by word class, not by phrase:

        - a negator (:data:`pwstats.parse.context.NEGATORS`: "not even 300", "nowhere near
          300", "didn't exceed 300") reverses or denies what follows;
        - a second hedge of the lexicon right before the figure's own ("at least an
          estimated 300", "almost exactly 300"): :func:`parse` refuses stacked hedges;
        - another form of a one-sided participle hedge ("may exceed 300", "could top
          300": :meth:`pwstats.lexicon.Lexicon.comparison_verb`);
        - a hedge run together or hyphenated ("upto 300", "at-least 300":
          :meth:`pwstats.lexicon.Lexicon.run_together`) or misspelt ("arround 300",
          "aproximately 300", "fewer thna 300": :meth:`pwstats.lexicon.Lexicon.misspelt`);
        - a comparative (:data:`pwstats.parse.context.COMPARATIVES`) two or three tokens
          before the figure, with a linking word (:data:`pwstats.parse.context.LINKS`) right
          before it ("more like 3,000", "closer to 300", "an upper estimate of 300");
        - a near miss of a hedge: words that begin one and end in a linking word that
          the lexicon has no row for ("close upon 500", "a far cry from 300"), or a
          hedge's noun replaced by another noun of extent
          (:data:`pwstats.parse.context.EXTENT_NOUNS`: "in the ballpark of 500", after "in
          the region of"; "in the wake of 300" is no near miss).

        A negator before "of" or "all" ("none of the 300", "not all 300"), "without" more
        than a word before the figure ("held without charge grew from 400": it negates
        only its object) and words
        before a word that opens a clause (:data:`pwstats.parse.context.CLAUSE_OPENERS`:
        "not clear whether 300") do not count.
        """
        toks, kinds, lex = self.toks, self.kinds, self.lex
        low = start
        if start > 0 and toks[start - 1] == "as" and not self._hedge_ends_at(start):
            floor = start  # "demanded a truce as 32,000 died": "as" opens the clause
        while low > floor and start - low < LOOK_BEHIND:
            t = low - 1
            inside = toks[t] in "'’" and self.glued(t) and self.glued(t + 1)  # "didn't"
            if (
                kinds[t] == "n"
                or kinds[t] == "x"
                or (toks[t] in CLAUSE_END and not inside)
                or toks[t] in SENTENCE_OPEN
                or toks[t] in context.CLAUSE_OPENERS
            ):
                break
            low = t
        for t in range(max(floor, start - LOOK_BEHIND - 2), start):
            hedged = lex.prefix_hedge(toks, t)
            if (
                hedged is not None
                and hedged[1] >= start
                and not self.particle(t)
                and not self.name_letter(t)
                and not self.name_in_list(t, hedged[1])
            ):
                return t  # "at least about 300", "roughly around about 300": a second hedge
            if kinds[t] == "w" and toks[t] not in context.NOT_HEDGING:
                slip = lex.misspelt(toks, t)
                if slip is not None and slip[1] == start:
                    return t  # "arround 300", "aproximately 300": a hedge misspelt
        modal = None if lex.comparison_verb(toks[start - 1]) else self._modal(start, floor)
        if modal is not None:
            return modal
        capacity = self._capacity(start, floor)
        if capacity is not None:
            return capacity  # "designed for 20,000", "built to hold 1,000": no count
        if start - 1 >= floor and toks[start - 1] in _COMPARATIVE_PREPOSITIONS:
            return start - 1  # "put the figure nearer 3,000": a comparison, no count
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
        if start - 3 >= floor and toks[start - 1] == "by":
            verb = self._change_of_object(start - 2, floor)
            if verb is not None:
                return verb  # "cut its force by 3,000": a change of its object
        if low == start:
            return None
        for t in range(low, start):
            if (
                (toks[t] in context.AVERAGES and self.tok(t + 1) not in ("age", "ages"))
                or toks[t] in context.INTENTIONS
                or (
                    toks[t] in context.FORECASTS
                    and (self.tok(t + 1) == "to" or (t == start - 1 and toks[t].endswith("ed")))
                )
            ):
                return t  # "an average of 300" ("the average age of the 300 victims"
                # averages no 300), "plans to free 300", "feared 300"
            if (
                toks[t] in context.NEGATORS
                and not (t + 1 < start and toks[t + 1] in _PARTITIVE)
                and not (toks[t] == "without" and start - t > 2)  # "held without charge grew"
                and (toks[t] != "t" or (t > low and toks[t - 1] in "'’" and self.glued(t)))
                and not (self.capital(t) and t > 0 and self.capital(t - 1))
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
                and toks[t - 1] in DASHES
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
            if toks[s] in STAGES and s > 0 and toks[s - 1] in STAGE_PREPOSITIONS | STAGE_ORDINALS:
                continue  # "from 4.1% in round one to 11.7", "in the first round to 37": a
                # stage, no "round" (around)
            if any(toks[w] in context.CHANGE_WORDS for w in range(s + depth, t)):
                continue  # "nearly doubled to 4,300": the hedge is the change's, the level said
            words = toks[s : s + depth]
            rest = t - (s + depth)  # words between the hedge's start and the link
            if rest <= 2 and any(w not in _FUNCTION_WORDS for w in words):
                return s  # "more like 3,000", "close upon 500", "a far cry from 300"
            if depth >= 2 and rest == 1 and toks[s + depth] in context.EXTENT_NOUNS:
                return s  # "in the ballpark of 500", after "in the region of"
        return None

    def _capacity(self, start: int, floor: int) -> int | None:
        """Where words that make the figure at ``start`` a capacity begin, else None: "for"
        after a word of design or room ("designed for 20,000", "built for 500", "room for
        300"), a verb of holding after "to" and such a word or after "can" ("built to hold
        1,000", "can house 800"), or "accommodate" or "seat" ("can accommodate up to
        800"). How many a place may hold is no count of those it holds ("now hosts
        44,000" is)."""
        toks = self.toks
        t = start - 1
        if t < floor:
            return None
        if toks[t] == "for" and t - 1 >= floor and toks[t - 1] in _CAPACITY_FOR:
            return t - 1
        if toks[t] in ("accommodate", "accommodates", "seat", "seats") and self.kinds[t] == "w":
            return t - 1 if t - 1 >= floor and toks[t - 1] in _CAPACITY_MODALS else t
        if toks[t] in _HOLDING and t - 1 >= floor:
            if toks[t - 1] in _CAPACITY_MODALS:
                return t - 1  # "can house 800"
            if toks[t - 1] == "to" and t - 2 >= floor and toks[t - 2] in _CAPACITY_FOR:
                return t - 2  # "built to hold 1,000"
        return None

    def _hedge_ends_at(self, start: int) -> bool:
        """True when a hedge of the lexicon ends right before token ``start`` ("as few as")."""
        for t in range(max(0, start - LOOK_BEHIND - 2), start):
            hedged = self.lex.prefix_hedge(self.toks, t)
            if hedged is not None and hedged[1] == start:
                return True
        return False

    def _change_of_object(self, last: int, floor: int) -> int | None:
        """The verb of change (:data:`pwstats.parse.context.CHANGE_OBJECT_VERBS`) whose
        object ends at token ``last``, right before "by" ("cut its force by 3,000",
        "raised the number of troops by 300"), else None.

        The object is one to :data:`_OBJECT_REACH` words (a possessive's mark too), none
        a verb form that could make "by" a passive's agent ("-ed", "-ing", a form of
        *to be*), nor a word that opens a clause, nor a mark or a number: "the town was
        overrun by 3,000", "rose, and the town fell to 300 fighters led by" stay as they
        are. Never before ``floor``.
        """
        toks, kinds = self.toks, self.kinds
        t = last
        while t >= floor and last - t < _OBJECT_REACH:
            tok = toks[t]
            if tok in context.CHANGE_OBJECT_VERBS and t < last:
                return t
            if kinds[t] != "w":
                if tok in "'’" and self.glued(t):
                    t -= 1
                    continue  # "the army's strength"
                return None
            if (
                tok in context.CLAUSE_WORDS
                or tok in context.CHANGE_WORDS
                or tok in _AUXILIARY
                or (len(tok) > 4 and tok.endswith(("ed", "ing", "en")))
            ):
                return None
            t -= 1
        return None

    def _modal(self, start: int, floor: int) -> int | None:
        """Where a modal verb starts that governs the figure at ``start``, else None.

        Reading back from the figure over words of :data:`_AUXILIARY` ("have", "be",
        "well") and at most two other words (a verb and its particle), a modal of
        :data:`pwstats.parse.context.MODALS` makes the figure a possibility, not a count:
        "could reach 300", "may have killed 300", "might well rise to 300"; "would be
        fairer than picking out 50" is too far. "May" with a capital is the month ("in
        May 300 were freed").
        """
        toks, words = self.toks, 0
        j = start - 1
        while j >= floor and self.kinds[j] == "w":
            tok = toks[j]
            if tok in context.MODALS:
                return None if tok == "may" and self.capital(j) else j
            if tok not in _AUXILIARY:
                words += 1
                if words > 2 or tok in context.CLAUSE_OPENERS:
                    return None
            j -= 1
        return None
