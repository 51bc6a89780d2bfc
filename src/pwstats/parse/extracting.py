"""The entry point for prose: :func:`extract` finds every figure in a paragraph."""

from __future__ import annotations

import bisect
import math
import re
from typing import Final

import attrs

from pwstats.errors import ParseError
from pwstats.interval import Interval, Number
from pwstats.lexicon import Lexicon
from pwstats.parse import context
from pwstats.parse.amounts import Amount, Locale, Mention
from pwstats.parse.clause import INCREMENT_AFTER, NUMBER_ROLES, Scanner
from pwstats.parse.estimates import estimates
from pwstats.parse.found import UNNAMED, Figure, Skip
from pwstats.parse.grammar import TIME_UNITS
from pwstats.parse.intervals import figure_amount, figure_interval, surely
from pwstats.parse.not_counts import CODE_JOINERS, other_locale
from pwstats.parse.numbers import SHARE
from pwstats.parse.reading import RANGE_OPENER, check_options, proportion_or_band, scan
from pwstats.parse.tokens import DASHES, covered, phrase_text, plural_noun
from pwstats.parse.years import PLURAL_S
from pwstats.report import Reading

#: A band in prose, ending at its scale word ("runs into the thousands").
_BAND_BEFORE: Final = re.compile(
    r"\b(?:in(?:to)?\s+the\s+(?:(?:low|lower|mid|middle|high|upper)[\s-]+)?"
    r"|the\s+(?:low|lower|mid|middle|high|upper)[\s-]+)"
    r"(?P<scale>tens of thousands|hundreds of thousands|tens|hundreds|thousands|millions)$",
    re.IGNORECASE,
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
    :mod:`pwstats.parse.context`), ordinals ("3rd", "the 1,000th day", "a fourth
    consecutive day", "the third time"), ages ("a 45-year-old", "aged 7 and 9",
    "Jones, 64, said", "children under ten", "men over 60"), measurements in a
    unit that is not a count ("15 km", "-5 degrees", "30 kg"), amounts of money ("$
    2.5 million", "US$ 4.3 million", "Rs. 5,000", "INR 2 crore", "a 500-dollar
    grant": :func:`pwstats.parse.context.is_currency_symbol`,
    :data:`pwstats.parse.context.CURRENCY_CODES`), negative numbers and a lone "one".
    Each mention's amount is what :func:`parse` would give for its words with
    the same options (``unit`` for a number whose text names none), but for an
    estimate with its confidence interval, which :func:`parse` refuses (below). Never raises
    for any text; a figure that admits no value ("less than 0") or lies beyond the
    magnitude limit is left out. After a word of change ("rose from 1,200 to 1,500",
    "by 180,000 to 1.5 million") the two numbers are two figures, not a range.

    Ages said in a sentence ("the soldier was 16", "a boy of 16", "she turned 16", "At 16,
    he", "between the ages of 18 and 60", "the median age was 28 years (range 2-71)", "the
    patients were under five", "twin sisters, both 8,"), a span of dates ("between 20 and 26
    January", "20-26 January"), a precision ("to the nearest 100"), a capitalised military
    formation ("Brigade 72"), a multiplier ("three times as many") and a span of years
    ("1939-45") are no figures either, nor a number in a designation: after a capitalised
    maker, model, road or mission word ("Boeing 737-300s", "Boeing 737 MAX 8", "Leopard 2
    tanks", "Interstate 95", "Apollo 11": :data:`pwstats.parse.context.CAPITAL_LABELS`),
    with letters glued before it ("Su-25", "an Mi-8"), with a dash, a number and "s" glued
    after it ("the 747-400s"), or in digits before a capitalised formation ("3 Battalion",
    "1 Corps": :data:`pwstats.parse.context.FORMATIONS`; "3 battalions" counts them). Nor is
    a number after "a" or "an" ("a 737 crashed"; "a 300 strong crowd" and "a 1,000 of its
    POWs" count), a model and its variant ("its 737-800 fleet"), a number in a name ("World
    War 2", "the Minsk 2 agreement", "the Group of 7", "the Group of Seven", "at No 10",
    "BA.5"), a multiplier ("a factor of 3") or a number with decimals and no scale word,
    unit or percent sign ("measured 7.8"); a code after a count is no scale suffix ("40 M777
    howitzers" is 40). A figure that is another quantity than a count is unread
    (:attr:`Mention.unread` names the words, the amount bounds nothing): a threshold
    ("passed 300", "the 300 mark", "a target of 300"), a possibility or a forecast ("could
    reach 300", "expected to reach 300", "feared 300"), an intention or a condition ("plans
    to free 300", "if 300 are freed"), a mean ("an average of 300"), the standard of a
    comparison ("twice as many as 300"), a rate ("300 a day", "300 per week"), a difference
    ("300 more than last year", "rose by 50", "rose 24%", "…, up 55%"), a summary
    statistic said after "was" or a colon ("the median household size was 7") or as a level
    it reaches or leaves ("the mean number of deaths fell to 12", both levels of "rose from
    5 to 12"), a mean said with "on average", a capacity ("designed for 20,000", "room for
    300", "can accommodate up to 800"), a comparison ("nearer 3,000"), a number counting
    the noun it is hyphened to ("a 300-page report"), a fear or possibility said after the
    figure ("300 feared dead", "300 are believed killed", "300 may have died") and a vote
    tally or score ("passed 300-120", "a 3-2 decision", "won by 300 votes to 200"), one
    mention and never a range.

    A decade of counts reads as its documented band ("in the 300s" is [300, 399],
    "the mid-300s" [340, 369]: :meth:`Scanner.digit_decade`); a decade of years
    ("the 1990s") is no figure. A decade of counts after "and" or a comma that follows
    one reads as its band too, and two joined by "or", "to" or a dash are one figure,
    their hull ("the 300s or 400s" is [300, 499]), as is a list whose last is joined by
    "or" ("the 300s, 400s or 500s" is [300, 599]) or that goes on after two so joined
    ("the 300s or 400s, 500s"). An increment ("another 300", "a further 300",
    "300 more") is read as the count of the increment, its words part of the mention
    and named in :attr:`Amount.increment`, unread or not.

    A number restated in brackets keeps the unit after them ("thirty (30) days" is a
    duration, "Fifty (50) per cent" a share). Numbers set off by single spaces beside
    another number are a table's cells ("Kassala 12 340 3.5%" is 12, 340 and 3.5%),
    not one space-grouped number. A figure that a correction retracts ("an earlier
    version of this story said 40", "misstated the number as 3,000") is unread, the
    correction's words in :attr:`Mention.unread`. A range alone in brackets, or after
    "range", right after a duration or a summary statistic is its spread, no figure ("6
    days (2–30)", "averaged 6.2 (range 1–14)", "mean age 34 years (18–70)"); after a
    duration only when it holds the duration's number: ten times above it or more it is a
    count, of the noun of the count said before the duration ("killed 130 people over
    three days (120–150)"), and otherwise unread ("for 30 days (45–60)").

    A year is never a count nor a count range's end ("from 1,200 in 2022 to 3,000" is
    1,200 and 3,000; "Up to 2023, 300 were freed" is 300); a year-like number after
    "to" that may be either ("rose to 2023.", "up to 2000.") is unread, and so is a
    range after "between" or "from" that ends in one ("between 300 and 2023."; before
    a noun, "between 300 and 2023 people" is a range). Four digits after "the" before
    people are a count when a whole hundred ("the 2000 soldiers") and unread otherwise
    ("the 2015 refugees"); "killed 1500 in 1500" is a count and a year. After "hand"
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
    class (:meth:`Scanner.modifier`).

    A range with a hedged end is one unread mention: "between about 300 and 400", and
    after "from" with no word of change before it "from about 40 to 67%" (the hedge is
    said of the first end only) and "from 300 to about 400"; "rose from about 40 to 67%"
    is two levels.

    >>> [(m.text, m.unread, str(m.amount.interval)) for m in extract("from about 40 to 67% of it")]
    [('from about 40 to 67%', 'from about', '[0, 1]')]

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
    uncertainty interval)", "4,645, with a 95% confidence interval of 793 to 8,498", "(95%
    uncertainty range, 104,000 to 223,000)", "34%, with a margin of error of ±3 points",
    "1.4 (95% CI 1.1-1.8)"): its ``nominal`` is the best value (None when none is said),
    its ``interval`` the confidence interval, its ``confidence`` the level (95% when
    the words name the interval but give no level), never a share of 0.95 beside two
    counts. A range in brackets with no name right after an estimate is its interval
    too ("601,027 (426,369–793,663) excess deaths"), its ``confidence`` None: the words
    say no level. A noun after the closing bracket is the noun the figure counts.

    >>> [(m.text, m.amount.kind, m.amount.nominal, str(m.amount.interval), m.amount.confidence)
    ...  for m in extract("an estimated 480 deaths (95% CI 350-610)")]
    [('an estimated 480 deaths (95% CI 350-610)', 'estimate', 480, '[350, 610]', Fraction(19, 20))]

    Each mention names the noun its figure counts (:attr:`Mention.noun`, by
    :func:`counted_noun`); ``amount.unit`` of a number whose text names no unit is
    only the ``unit`` assumed:

    >>> [(m.text, m.amount.unit, m.noun) for m in extract("Three hospitals and 12 T-72 tanks")]
    [('Three', 'person', 'hospitals'), ('12', 'person', 'tanks')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() expects a str, not {type(text).__name__}")
    lex = check_options(reading, locale, lexicon, unit)
    scanner = Scanner(text, lex, locale, prose=True)
    written, text = text, scanner.text  # digits read in ASCII (read_digits), in place
    mentions: list[Mention] = []
    floor = 0  # the first token not taken by an earlier figure or skipped stretch
    header: str | None = None  # a scale header the figures since are given in
    last = 0  # where the last figure or skipped stretch ended, in characters
    for fig in scan(scanner, parse_mode=False):
        if header is not None and _BREAK.search(text, last, scanner.starts[fig.start]):
            header = None  # a header holds to the end of its sentence, row block or table
        last = scanner.ends[fig.end - 1]
        if not isinstance(fig, Figure):
            floor = fig.end
            if fig.header:
                header = covered(scanner, fig)
            elif fig.unread is not None:
                mentions.append(_unreadable(scanner, fig, fig.unread, reading, nonnegative, unit))
            continue
        words = fig.unread or other_locale(scanner, fig)
        if words is not None:
            skip = Skip(fig.start, fig.end, "an ambiguous figure", unread=words)
            named = fig.unit or unit  # "over 2 weeks", unread, is still in weeks
            mentions.append(_unreadable(scanner, skip, words, reading, nonnegative, named))
            floor = fig.end
            continue
        if header is not None and fig.unit == UNNAMED:
            skip = Skip(fig.start, fig.end, "a figure under a scale header", unread=header)
            mentions.append(_unreadable(scanner, skip, header, reading, nonnegative, unit))
            floor = fig.end
            continue
        opener = _hedged_range_opener(scanner, fig, floor)
        if opener is not None:  # "from about 40 to 67%": a hedged end, not a hedged range
            mentions.append(_hedged_end_range(scanner, fig, opener, reading, nonnegative, unit))
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
        reason = None  # the words that make the figure unread, when they are not its own
        if unread is None and band is None:
            stat = _second_level_of_statistic(scanner, fig, floor)
            if stat is not None:  # "the mean number of deaths rose from 5 to 12": 12 too
                reason = f"{phrase_text(scanner, *stat)} ... {scanner.toks[fig.start - 1]}"
                unread = (fig.start - 1, reason, True)
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
            amount = figure_amount(scanner, fig, reading, lex, nonnegative, words, unit)
            if band is not None:
                amount = surely(proportion_or_band(words, reading, unit))
            if unread is not None:
                amount = _unknown_hedged(scanner, fig, amount, unread, lex, nonnegative)
        except ParseError:
            continue
        if added is not None:
            amount = attrs.evolve(amount, increment=phrase_text(scanner, *added))
        said = None
        if unread is not None:  # the words as written, before the figure or after it
            said = text[scanner.starts[first] : scanner.starts[lead]].strip()
            if not said and fig.tail is not None:
                said = text[scanner.starts[fig.tail[0]] : end].strip()
            said = reason or said or f"({unread[1]})"
        stop = fig.end if added is None else added[1]
        if fig.tail is not None and any(scanner.kinds[t] == "n" for t in range(fig.tail[0], stop)):
            stop = fig.tail[0]  # "29 cases per 100,000 people": the figure's number is 29
        noun = counted_noun(scanner, fig.start, stop, vague=fig.kind == "vague")
        mentions.append(Mention((start, end), words, amount, unread=said, noun=noun))
    found = estimates(text, mentions, locale, reading, unit)
    found = _hedged_range_ends(scanner, found, nonnegative)
    found = _counts_after_durations(text, _nouns_after_brackets(scanner, found))
    found = _shared_nouns(text, found)
    return as_written(written, text, _retracted(text, found, nonnegative))


def as_written(written: str, read: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` found in ``read`` (``written`` with its digits in ASCII,
    :func:`~pwstats.parse.tokens.read_digits`) with their words as ``written`` has them.

    The two texts have the same length and differ only in digits and the marks between
    them, so a span is the same in both: "٢٬٦٠٠ people" is the mention "٢٬٦٠٠", read as
    2600.
    """
    if written is read:
        return mentions

    def back(words: str | None, start: int, end: int) -> str | None:
        at = -1 if words is None else read.find(words, start, end)
        return words if words is None or at < 0 else written[at : at + len(words)]

    out: list[Mention] = []
    for m in mentions:
        start, end = m.span
        if written[start:end] == read[start:end]:
            out.append(m)
            continue
        amount = attrs.evolve(m.amount, text=back(m.amount.text, start, end) or m.amount.text)
        said = back(m.text, start, end) or m.text
        out.append(attrs.evolve(m, text=said, amount=amount, unread=back(m.unread, start, end)))
    return out


#: Words that open a range whose ends are said apart, and the word that joins them.
_RANGE_OPENERS: Final = {"from": "to", "between": "and"}


def _hedged_range_opener(scanner: Scanner, fig: Figure, floor: int) -> int | None:
    """The token of "from" or "between" right before ``fig`` when ``fig`` is a range read
    with one hedge before it ("from about 40 to 67%", "between roughly 300-400"), else None.

    After the word that opens a range, the hedge is said of the range's first end, not of
    the range ("from about 40 to 67% of households": about 40, and 67%): the lexicon reads
    no range with a hedged end, so the figure is unread, as "between about 300 and 400"
    is. Not after a word of change ("rose from about 40 to 67%" is two levels).
    """
    if fig.hedge_text is None or not fig.parts or fig.meet or fig.vague is not None:
        return None
    o = fig.start - 1
    if o < floor or scanner.tok(o) not in _RANGE_OPENERS or _after_change_word(scanner, o):
        return None
    return o


#: How many words before "from" a word of change may stand and still make the numbers
#: after it the levels of a change ("rose sharply from 300 to about 400").
_CHANGE_REACH: Final = 3


def _after_change_word(scanner: Scanner, o: int) -> bool:
    """True when a word of change stands at most :data:`_CHANGE_REACH` words before the
    "from" at token ``o`` in its clause ("fell from", "rose steadily from", "went, from")."""
    for t in range(o - 1, max(-1, o - 1 - _CHANGE_REACH), -1):
        tok = scanner.toks[t]
        if tok in context.CHANGE_WORDS:
            return True
        if scanner.kinds[t] != "w" and tok != ",":
            return False
    return False


def _hedged_end_range(
    scanner: Scanner, fig: Figure, opener: int, reading: Reading, nonnegative: bool, unit: str
) -> Mention:
    """The unread mention of the range ``fig`` whose first end alone is hedged, from the
    word at token ``opener`` that opens it: it bounds nothing but 0 below, and 1 above a
    share ("from about 40 to 67% of households")."""
    text = scanner.text
    start, end = scanner.starts[opener], scanner.ends[fig.end - 1]
    words = text[start:end]
    share = fig.unit == SHARE
    top: Number | float = 1 if share else math.inf
    iv = Interval(0 if nonnegative else -math.inf, top, lo_closed=nonnegative, hi_closed=share)
    named = fig.unit or unit
    amount = Amount(iv, named, words, None, None, reading, kind="unknown")
    said = f"{scanner.toks[opener]} {fig.hedge_text}"
    noun = counted_noun(scanner, fig.start, fig.end)
    return Mention((start, end), words, amount, unread=said, noun=noun)


def _second_level_of_statistic(scanner: Scanner, fig: Figure, floor: int) -> tuple[int, int] | None:
    """The tokens from the word of a summary statistic to the "from" or "between" after it,
    when ``fig`` is the second level said of that statistic ("the mean number of deaths
    rose from 5 to 12": 12 is a mean too); else None. The first level ends before
    ``floor``."""
    joiner = scanner.tok(fig.start - 1)
    if fig.unit != UNNAMED or joiner not in ("to", "and") or fig.start - 1 < floor:
        return None
    stat = scanner.statistic_level(fig.start)
    if stat is None or stat >= floor:
        return None
    opener = "from" if joiner == "to" else "between"
    for o in range(fig.start - 2, stat, -1):
        if scanner.toks[o] == opener:
            return stat, o + 1
    return None


def _nouns_after_brackets(scanner: Scanner, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the noun said after a closing bracket that ends one: "45 (low 38,
    high 60) people" and "601,027 (426,369–793,663) excess deaths" count "people" and
    "deaths", as "45 people" does. A mention that names its noun before the bracket
    keeps it."""
    out: list[Mention] = []
    for m in mentions:
        if not m.noun and m.text.endswith((")", "]")):
            after = bisect.bisect_left(scanner.starts, m.span[1])
            noun = counted_noun(scanner, after, after)
            if noun:
                m = attrs.evolve(m, noun=noun)
        out.append(m)
    return out


#: What stands between two counts of a list whose noun is said once, after the last: a
#: word sorting cases (:data:`pwstats.parse.context.CASE_QUALIFIERS`, perhaps with a part
#: glued before it, "laboratory-confirmed") and a comma, "and" or "or".
_SHARED_NOUN_GAP: Final = re.compile(
    r"[^\S\n]+(?:[a-z]+-)?(?P<word>[a-z]+)[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+|or[^\S\n]+)?"
    r"|(?:and|or)[^\S\n]+)",
    re.IGNORECASE,
)


def _shared_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each count of a list that names its noun once, after the last,
    counting that noun: "41,000 suspected and 8,900 confirmed cases", "120 confirmed, 340
    suspected and 18 probable cases" count cases, all of them. Only a word sorting cases
    (:data:`pwstats.parse.context.CASE_QUALIFIERS`) may follow each count before the
    comma or "and": "300 killed and 40 prisoners" leaves 300 with no noun. So do the
    parts so sorted in brackets after a total and its noun: "2,345 cases (1,200
    suspected, 1,145 confirmed)" count cases, all three. One pass from the last mention
    back, one from the first on."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, after = out[i], out[i + 1]
        if m.noun or not after.noun or m.amount.unit != after.amount.unit:
            continue
        if not _sorted_by_qualifier(text, after):
            continue  # "38 confirmed, 12 probable, 27 deaths": the deaths are no such list's
        gap = _SHARED_NOUN_GAP.fullmatch(text, m.span[1], after.span[0])
        if gap is not None and gap.group("word").lower() in context.CASE_QUALIFIERS:
            out[i] = attrs.evolve(m, noun=after.noun)
    # "2,345 cases (1,200 suspected, 1,145 confirmed)": the parts in brackets count the
    # noun of the total before them
    for i in range(1, len(out)):
        m, before = out[i], out[i - 1]
        if m.noun or not before.noun or m.amount.unit != before.amount.unit:
            continue
        if not _sorted_by_qualifier(text, m):
            continue
        opened = _BRACKET_AFTER_NOUN.fullmatch(text, before.span[1], m.span[0])
        if (opened is not None and opened.group("noun") == before.noun) or (
            i >= 2 and before.noun == out[i - 2].noun and _in_list(text, before, m)
        ):
            out[i] = attrs.evolve(m, noun=before.noun)
    return out


#: A word sorting cases right after a count ("1,200 suspected").
_QUALIFIER_AFTER: Final = re.compile(r"[^\S\n]+(?:[a-z]+-)?(?P<word>[a-z]+)\b", re.IGNORECASE)
#: A noun and an opening bracket between a total and its first part ("cases (").
_BRACKET_AFTER_NOUN: Final = re.compile(r"[^\S\n]+(?P<noun>[^\s(\[]+)[^\S\n]*[(\[][^\S\n]*")
#: A word sorting cases and a comma or "and" between two parts in brackets.
_PART_GAP: Final = re.compile(
    r"[^\S\n]+(?:[a-z]+-)?(?P<word>[a-z]+)[^\S\n]*(?:[,;][^\S\n]*(?:and[^\S\n]+)?"
    r"|and[^\S\n]+)",
    re.IGNORECASE,
)


def _sorted_by_qualifier(text: str, m: Mention) -> bool:
    """True when a word of :data:`pwstats.parse.context.CASE_QUALIFIERS` follows the
    mention ``m`` ("1,200 suspected", "8,900 confirmed cases")."""
    sorted_by = _QUALIFIER_AFTER.match(text, m.span[1])
    return sorted_by is not None and sorted_by.group("word").lower() in context.CASE_QUALIFIERS


def _in_list(text: str, part: Mention, m: Mention) -> bool:
    """True when ``m`` follows ``part`` in one bracketed list of parts sorted by words of
    :data:`pwstats.parse.context.CASE_QUALIFIERS` ("1,200 suspected, 1,145 confirmed")."""
    gap = _PART_GAP.fullmatch(text, part.span[1], m.span[0])
    return gap is not None and gap.group("word").lower() in context.CASE_QUALIFIERS


#: What stands between a duration and the bracket that holds a count after it.
_OPENING_BRACKET: Final = re.compile(r"[^\S\n]*[(\[][^\S\n]*")


def _counts_after_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a count in brackets right after a duration ("killed at least 130
    people over three days (120–150)") counting the noun of the count said before the
    duration in its sentence ("people"), when it names none of its own: the bracket gives
    that count's range, not the duration's (whose spread is no figure)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.noun or m.amount.unit in TIME_UNITS or i < 2:
            out.append(m)
            continue
        duration = mentions[i - 1]
        if duration.amount.unit in TIME_UNITS and _OPENING_BRACKET.fullmatch(
            text, duration.span[1], m.span[0]
        ):
            for earlier in reversed(out[: i - 1]):
                if _BREAK.search(text, earlier.span[1], m.span[0]):
                    break  # another sentence
                if earlier.noun and earlier.amount.unit == m.amount.unit:
                    m = attrs.evolve(m, noun=earlier.noun)
                    break
        out.append(m)
    return out


#: Words of a correction that say the figures after them in their clause were wrong: "An
#: earlier version of this story said 40", "misstated the number as 3,000", "incorrectly
#: reported 40" (the wire agencies' correction notes).
_RETRACTION: Final = re.compile(
    r"\b(?:an?|the)[^\S\n]+(?:earlier|previous|prior)[^\S\n]+version\b|\bmisstated\b"
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly)[^\S\n]+"
    r"(?:said|stated|reported|gave|put|listed|described|quoted)\b",
    re.IGNORECASE,
)
#: What ends a clause for :func:`_retracted`.
_CLAUSE_BREAK: Final = re.compile(r"[.;!?](?:\s|$)|\n")


def _retracted(text: str, mentions: list[Mention], nonnegative: bool) -> list[Mention]:
    """``mentions`` with each figure a correction says was wrong made unread: after "an
    earlier version of this story said", "misstated ... as", "incorrectly reported" in
    its clause, the figure is the retracted one, never a count (the corrected figure,
    in the next clause or sentence, stays). One pass over the corrections and the
    clause breaks, in text order."""
    retractions = list(_RETRACTION.finditer(text))
    if not retractions:
        return mentions
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    out: list[Mention] = []
    r = b = 0
    for m in mentions:
        while r + 1 < len(retractions) and retractions[r + 1].end() <= m.span[0]:
            r += 1
        while b < len(breaks) and breaks[b] < m.span[0]:
            b += 1
        said = retractions[r]
        # the last clause break before the mention must come before the correction's words
        last_break = breaks[b - 1] if b > 0 else -1
        if said.end() <= m.span[0] and last_break < said.start() and m.unread is None:
            iv = Interval(0 if nonnegative else -math.inf, math.inf, lo_closed=nonnegative)
            amount = attrs.evolve(m.amount, interval=iv, kind="unknown")
            m = attrs.evolve(m, amount=amount, unread=said.group())
        out.append(m)
    return out


#: "from" right before a range's first end ("from 300 to about 400").
_FROM_BEFORE: Final = re.compile(r"\b(?P<word>from)[^\S\n]+$", re.IGNORECASE)
_RANGE_JOIN: Final = re.compile(r"[^\S\n]*(?:and|to|-|–|—)[^\S\n]*", re.IGNORECASE)


def _hedged_range_ends(
    scanner: Scanner, mentions: list[Mention], nonnegative: bool
) -> list[Mention]:
    """``mentions`` with two figures that are the hedged ends of one range made one unread
    mention: "between about 300 and 400" is neither "about 300" nor "400" (two counts
    that would contradict each other), and the lexicon reads no range of hedged ends.
    So is "from 300 to about 400" when no word of change makes its numbers two levels
    ("rose from 300 to about 400" stays two). When the upper end is a share ("between
    about 12 and 15 per cent"), so is the unread mention, bounded by 1 as any unread
    share is.
    """
    text = scanner.text
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        opener = RANGE_OPENER.search(text, max(0, a.span[0] - 40), a.span[0])  # just before
        if opener is None:
            opener = _FROM_BEFORE.search(text, max(0, a.span[0] - 40), a.span[0])
            if opener is not None:
                o = bisect.bisect_left(scanner.starts, opener.start("word"))
                if _after_change_word(scanner, o):
                    opener = None
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
            unit = a.amount.unit
            if b.amount.unit == "dimensionless" and b.amount.interval.hi <= 1:
                # "between about 12 and 15 per cent": a share, whatever its ends
                unit, iv = b.amount.unit, Interval(iv.lo, 1, lo_closed=nonnegative, hi_closed=True)
            amount = Amount(iv, unit, words, None, None, a.amount.reading, kind="unknown")
            said = f"{text[start : opener.end()].strip()} ... {text[a.span[1] : b.span[0]].strip()}"
            out.append(Mention((start, end), words, amount, unread=said, noun=b.noun or a.noun))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: Adjectives with no telling ending that may stand between a figure and its noun ("300
#: more prisoners", "12 other soldiers", "40 dead civilians").
_ADJECTIVES: Final = frozenset(
    {
        *("more", "other", "new", "old", "young", "dead", "sick", "elderly", "missing"),
        *("further", "extra", "additional", "former", "fellow", "innocent", "foreign"),
        *("armed", "unarmed", "local", "civilian", "military", "senior", "junior", "top"),
        *("key", "small", "large", "big", "ill", "poor", "hungry", "homeless", "pregnant"),
        *("premature", "frail", "minor", "major", "alleged", "suspected", "presumed"),
        *("excess", "total", "net", "direct", "indirect", "violent", "overall", "adult"),
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
#: How many words :func:`counted_noun` looks past for the noun a figure counts.
_NOUN_REACH: Final = 4
#: How many tokens it looks through at most (a word of glued parts, "T-72B3", is several).
_NOUN_TOKENS: Final = 32
#: Roles of the words a figure's number may end with ("three", "million", "hundreds").
_NOUN_AFTER: Final = NUMBER_ROLES | {"number"}


def counted_noun(scanner: Scanner, start: int, end: int, *, vague: bool = False) -> str:
    """The noun the figure in tokens ``[start, end)`` counts, as written, or "".

    Linear and lexical, no parse: from the token after the figure's last number word,
    past "of" and a determiner ("hundreds of the detainees"), the first word that is a
    plural (ends in "s", not :data:`pwstats.parse.context.NOT_PLURAL`) or a known noun
    (:data:`pwstats.parse.context.PLURAL_NOUNS`, :data:`pwstats.parse.context.COUNTED_NOUNS`,
    :data:`pwstats.parse.context.PERSON_NOUNS`); up to :data:`_NOUN_REACH` capitalised words,
    numbers, glued joiners and increment words ("more") may stand before it ("300
    Ukrainian POWs", "12 T-72 tanks", "300 more prisoners"); a code made plural by a
    glued "s" is the noun itself ("12 T-72s", "two Su-25s"), and so may adjectives,
    participles and adverbs (:func:`_modifies_noun`: "200 wounded soldiers", "300
    seriously injured civilians") and nouns said before the noun counted
    (:func:`_noun_before_noun`: "12 health workers", "40 civil defence volunteers",
    "300 suspected cholera cases" count workers, volunteers and cases), but for a verb
    said of such a noun ("70% of the population lacks access" counts no "lacks"). Any
    other word or mark first means no noun ("300 fled", "300, officials said", "300 lost
    homes"), and so does the word of a number's compound that
    counts no thing ("a 300-strong unit"). A ``vague`` figure's words all come before
    its noun ("a handful of journalists").
    """
    k = end if vague else start
    for t in range(start, end):
        role = scanner.role(t)
        if (
            scanner.kinds[t] == "n"
            or scanner.toks[t] == "%"
            or role in _NOUN_AFTER
            or (scanner.toks[t] in PLURAL_S and t > start and scanner.glued(t))
        ):
            k = t + 1  # the number ends here: "300", "three", "million", "hundreds", "%", "300s"
    k = _past_restatement(scanner, k)
    if scanner.tok(k) == "of":
        k += 1
        if scanner.tok(k) in context.DETERMINERS:
            k += 1
    passed = 0
    first = k
    before_noun = False  # a noun before the noun counted was passed ("health workers")
    given = start > 0 and scanner.toks[start - 1] in context.GIVING_VERBS
    code = k  # where a run of capitalised words and codes began ("Su-25s")
    last = min(scanner.n, k + _NOUN_TOKENS)  # glued parts pass no word: bound them too
    while k < last and passed <= _NOUN_REACH:
        token = scanner.toks[k]
        if scanner.kinds[k] == "w":
            word = scanner.text[scanner.starts[k] : scanner.ends[k]]
            if token == "s" and scanner.glued(k) and scanner.kinds[k - 1] == "n" and k > code:
                return scanner.text[scanner.starts[code] : scanner.ends[k]]  # "12 T-72s"
            if plural_noun(token) or _plural_initials(word):
                if before_noun and (_verb_form(token) or _object_after(scanner, k + 1)):
                    return ""  # "70% of the population lacks access", "a report lists 40"
                after = scanner.tok(k + 1)
                if not (
                    plural_noun(after)
                    and (
                        word[0].isupper()
                        or not token.endswith("s")
                        # "firearms offences"; "28,000 civilians captive" is said of
                        # civilians, "gave 300 families blankets" gives families
                        or (not given and (after.endswith("s") or after in context.PLURAL_NOUNS))
                    )
                    and not scanner.glued(k + 1)
                    and after.removesuffix("s") not in TIME_UNITS  # "300 civilians days later"
                ):
                    return _compound(scanner, k, first)  # "workers", "16-year-olds"
                # a noun before the noun counted: "M1 Abrams tanks", "civilian deaths",
                # "1,208 firearms offences" ("gave 300 families blankets" gives families)
                before_noun = True
            elif not before_noun and (
                word[0].isupper()
                or token in INCREMENT_AFTER
                or scanner.glued(k)
                or _modifies_noun(token)
                or token in context.DURATION_MODIFIERS  # "3 straight days"
                or _starts_compound(scanner, k)  # "120 election-related incidents"
            ):
                pass
            elif _noun_before_noun(scanner, k):
                before_noun = True  # "12 health workers"
            else:
                return ""  # "300 fled", "a 72-hour ceasefire allowed 400 civilians"
            if token in INCREMENT_AFTER and not scanner.glued(k):
                code = k + 1  # "300 more Su-25s"
        elif (
            before_noun
            or not (
                scanner.kinds[k] == "n"
                or (token in CODE_JOINERS and scanner.glued(k) and scanner.glued(k + 1))
            )
            or (scanner.kinds[k] == "n" and k - 1 > first and _after_lower_word(scanner, k))
        ):
            return ""  # "the 500-bed hospital treated 2,300 patients": another figure's
        if not scanner.glued(k):
            passed += 1  # a code's glued parts ("T-72B3") are one word
        k += 1
    return ""


#: The most tokens a number restated in brackets takes ("(three hundred and twenty-five)").
_RESTATED_TOKENS: Final = 8


def _past_restatement(scanner: Scanner, k: int) -> int:
    """The token after a number restated in brackets at or just before token ``k``
    ("Twelve (12) people", "thirty (30) days"), else ``k``: the noun comes after it."""
    if scanner.tok(k) == ")" and k > 0 and scanner.kinds[k - 1] == "n":
        return k + 1  # the figure took the restatement: "thirty (30)| days"
    if scanner.tok(k) != "(":
        return k
    for t in range(k + 1, min(scanner.n, k + 1 + _RESTATED_TOKENS)):
        if scanner.toks[t] == ")":
            return t + 1 if t > k + 1 else k
        if not (
            scanner.kinds[t] == "n"
            or scanner.role(t) in _NOUN_AFTER
            or scanner.toks[t] in ("and", "-")
        ):
            return k
    return k


def _compound(scanner: Scanner, k: int, floor: int) -> str:
    """The word at token ``k`` as written, with the parts glued before it by joiners, from
    token ``floor`` on, when it ends a compound ("16-year-olds", "non-combatants")."""
    j = k
    while (
        j - 2 >= floor
        and scanner.glued(j)
        and scanner.glued(j - 1)
        and scanner.toks[j - 1] in CODE_JOINERS
    ):
        j -= 2
    if j < k and not scanner.glued(j):
        return scanner.text[scanner.starts[j] : scanner.ends[k]]
    return scanner.text[scanner.starts[k] : scanner.ends[k]]


def _object_after(scanner: Scanner, k: int) -> bool:
    """True when token ``k`` may start the object of a verb before it: a number or a
    determiner with a space before it ("a 300-page report lists 40 cases", "the
    population needs the ..."): the word before is that verb, no plural noun."""
    if k >= scanner.n or scanner.glued(k):
        return False
    return scanner.kinds[k] == "n" or scanner.toks[k] in context.DETERMINERS


def _plural_initials(word: str) -> bool:
    """True when ``word`` as written is initials made plural ("MPs", "IDPs", "NGOs")."""
    return len(word) >= 3 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()


def _starts_compound(scanner: Scanner, k: int) -> bool:
    """True when the word at token ``k`` starts a compound joined by a dash to a word glued
    after it ("election-related", "conflict-affected", "health-care"): before a noun such
    a compound says what kind, as an adjective does."""
    return (
        scanner.tok(k + 1) in DASHES
        and scanner.glued(k + 1)
        and scanner.glued(k + 2)
        and scanner.kinds[k + 2] == "w"
    )


def _after_lower_word(scanner: Scanner, k: int) -> bool:
    """True when the number at token ``k`` follows a lower-case word with a space between:
    it is another figure ("the 500-bed hospital treated 2,300 patients"), not part of a
    name or a code before the noun ("two Boeing 787 jets", "12 T-72 tanks"). The caller
    lets the one word right after "of the" pass ("a third of the estimated 90,000
    residents")."""
    before = k - 1
    if scanner.glued(k) or scanner.kinds[before] != "w":
        return False
    return scanner.text[scanner.starts[before]].islower()


def _noun_before_noun(scanner: Scanner, k: int) -> bool:
    """True when the word at token ``k`` may be a noun said before the noun a figure
    counts ("health" in "12 health workers", "cholera" in "300 cholera cases", "defence"
    in "40 civil defence volunteers"): a word of letters, glued to nothing, that is no
    function word, adverb or verb a count is the subject of
    (:data:`pwstats.parse.context.NOT_NOUN_MODIFIERS`) nor a word in -ed (a participle,
    or the verb of the noun before it: "a 72-hour ceasefire allowed civilians" counts no
    civilians), with a word after it. The noun
    counted is still the plural that ends the phrase: with none, there is no noun."""
    token = scanner.toks[k]
    return (
        token.isalpha()
        and not token.endswith("ed")  # a participle or a verb: "a ceasefire allowed civilians"
        and token not in context.NOT_NOUN_MODIFIERS
        and token not in _NOT_ADJECTIVES
        and not scanner.glued(k)
        and k + 1 < scanner.n
        and scanner.kinds[k + 1] == "w"
        and not scanner.glued(k + 1)
    )


def _verb_form(token: str) -> bool:
    """True when the lower-case ``token`` ending in "s" is a verb of
    :data:`pwstats.parse.context.NOT_NOUN_MODIFIERS` said of one ("lacks", "needs",
    "faces", "relies"): after a noun said before it, it is that noun's verb, no plural."""
    verbs = context.NOT_NOUN_MODIFIERS
    return token.endswith("s") and (
        token[:-1] in verbs
        or (token.endswith("es") and token[:-2] in verbs)
        or (token.endswith("ies") and token[:-3] + "y" in verbs)
    )


def _modifies_noun(token: str) -> bool:
    """True when the lower-case ``token`` may be an adjective, a participle or an adverb
    before the noun a figure counts ("200 wounded soldiers", "40 unarmed protesters",
    "300 seriously injured civilians", "12 foreign nationals"): a word of
    :data:`_ADJECTIVES` or one with an ending of adjectives and participles
    (:data:`_ADJECTIVE_ENDINGS`), other than a preposition in -ing ("including")."""
    return token in _ADJECTIVES or (
        len(token) > 4 and token.endswith(_ADJECTIVE_ENDINGS) and token not in _NOT_ADJECTIVES
    )


def _band_start(scanner: Scanner, fig: Figure, floor: int) -> int | None:
    """Where a band said of the vague word ``fig`` starts ("in the low hundreds"), or None.

    :func:`parse` reads "in the thousands" as [1000, 9999] and "in the low hundreds" as
    [100, 399] (:func:`proportion_or_band`); in prose the same words read the same,
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
    scanner: Scanner,
    fig: Figure,
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
        iv = figure_interval(fig, "literal", lexicon, nonnegative)
        return attrs.evolve(amount, interval=iv, hedge=hedge)
    top: Number | float = math.inf
    if fig.whole or (fig.unit == SHARE and fig.nominal is not None and fig.nominal <= 1):
        top = 1
    iv = Interval(0 if nonnegative else -math.inf, top, lo_closed=nonnegative, hi_closed=top == 1)
    return attrs.evolve(amount, interval=iv, hedge=hedge, kind="unknown")


#: Where a scale header stops holding: a sentence's end or a blank line.
_BREAK: Final = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _unreadable(
    scanner: Scanner, skip: Skip, words: str, reading: Reading, nonnegative: bool, unit: str
) -> Mention:
    """A figure pwstats cannot read ("2,600,00", "3,400" under "(thousands)"): a mention
    that bounds nothing but 0, naming ``words`` in :attr:`Mention.unread`."""
    start, end = scanner.starts[skip.start], scanner.ends[skip.end - 1]
    text = scanner.text[start:end]
    iv = Interval(0 if nonnegative else -math.inf, math.inf, lo_closed=nonnegative)
    amount = Amount(iv, unit, text, None, None, reading, kind="unknown")
    noun = counted_noun(scanner, skip.start, skip.end)
    return Mention((start, end), text, amount, unread=words, noun=noun)
