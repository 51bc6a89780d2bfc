"""The tokeniser: a text cut into tokens (words, digit runs, marks) with their kinds and places.

The lowest layer of the scanner: :class:`Tokens` holds one text's tokens and answers
questions about single tokens (glued to the one before? capitalised? a unit word?).
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from pwstats.interval import Number
from pwstats.lexicon import Lexicon
from pwstats.parse import context
from pwstats.parse.amounts import LOCALES, Locale
from pwstats.parse.found import UNNAMED, Figure, Skip

SPACES: Final = " \u00a0\u2009\u202f'’"
#: The mark that groups digits under each locale, and the one that marks decimals.
_GROUP_MARK: Final[dict[Locale, str]] = {"en": ",", "eu": "."}
DECIMAL: Final[dict[Locale, str]] = {"en": ".", "eu": ","}
#: A number token: digits joined by the group mark however they are grouped, as one
#: token (a misgrouped "2,600,00" is one token that :meth:`Scanner.digits` refuses, never
#: "2,600" and "00"); digits grouped in threes by a space-like mark; or plain digits.
_NUMBER: Final[dict[Locale, str]] = {
    # digits grouped in threes by the other locale's group mark, twice or more ("4.200.000"
    # in English): one token, which no decimal mark can make, never "4.200" and "000"
    loc: rf"[0-9]{{1,3}}(?:{re.escape(d)}[0-9]{{3}}){{2,}}(?![0-9])"
    rf"|[0-9]+(?:{re.escape(g)}[0-9]+)+(?:{re.escape(d)}[0-9]+)?"
    rf"|[0-9]{{1,3}}(?P<sep>[{SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*(?![0-9])"
    rf"(?:{re.escape(d)}[0-9]+)?|[0-9]+(?:{re.escape(d)}[0-9]+)?"
    for loc, g, d in ((loc, _GROUP_MARK[loc], DECIMAL[loc]) for loc in LOCALES)
}
#: The whole part of a number whose digits are grouped as pwstats reads them: in threes
#: (2,600,000; BIPM, The International System of Units, 9th ed. (2019), 5.4.4), or in
#: English the Indian way, the last three digits and then pairs (2,60,000 is 260,000, one
#: lakh is 1,00,000 and one crore 1,00,00,000: the Indian numbering system, as the Reserve
#: Bank of India and the Government of India print amounts). Any other grouping
#: ("2,600,00", "26,00") is a number pwstats cannot read.
WELL_GROUPED: Final[dict[Locale, re.Pattern[str]]] = {
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
#: Digits and the single marks between them, as a text may write a number in any script
#: ("٢٬٦٠٠", "２，６００", "2·5", "2\u2007600"): what :func:`read_digits` reads.
_DIGIT_RUN: Final = re.compile(r"\d+(?:(?:[^\w\s]|[\u02bc\u2000-\u200a\u205f])\d+)*")
#: A date written with slashes, day or month first or year first ("١٢/٠٣/٢٠٢٤"): in
#: another script's digits it is read as the date it is, not as a Persian decimal.
_SLASHED_DATE: Final = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2}")
#: Marks between digits that name their role whatever their look, by locale: the Arabic
#: thousands and decimal signs (Unicode, U+066C and U+066B), and the raised decimal point
#: of British typesetting that The Lancet prints ("2·5%", "13·3 (10·9–16·1)").
_GROUP_SIGNS: Final = frozenset("\u066c")
_DECIMAL_SIGNS: Final = frozenset("\u066b\u00b7")
#: Spaces between digits that group them as a thin space does: the figure space (U+2007),
#: made to group digits, and the other fixed-width spaces.
_GROUP_SPACES: Final = frozenset("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u205f")


def read_digits(text: str, locale: Locale) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with every number written in another script or with another mark between
    its digits written in ASCII as ``locale`` writes it, character for character, and the
    spans of the numbers pwstats cannot read so.

    A run of decimal digits of one script (Arabic-Indic "٢٦٠٠", Persian "۲۶۰۰",
    Devanagari "२,६०,०००", full-width "２６００") is its ASCII digits: positions do not
    move, so a span of the result is the same span of ``text``. Between digits, the Arabic
    thousands sign is the locale's group mark, the Arabic decimal sign and the middle dot
    its decimal mark, a mark that is a comma or full stop in another width ("，", "․")
    that comma or stop (which the locale reads as it reads them), and a fixed-width space
    a thin space. A run that mixes the digits of two scripts ("2٦00"), or has another
    punctuation or invisible mark between digits ("2،600", "2\u200b600"), or a slash
    between digits of another script ("۲/۵", a Persian decimal; a date such as
    "١٢/٠٣/٢٠٢٤" is read), is left as written and its span returned: one figure pwstats
    does not read, never two counts.

    >>> read_digits("Officials said ٢٬٦٠٠ people, 2·5%", "en")
    ('Officials said 2,600 people, 2.5%', ())
    >>> read_digits("2٦00 and 2،600", "en")
    ('2٦00 and 2،600', ((0, 4), (9, 14)))
    """
    if text.isascii():
        return text, ()
    chars: list[str] | None = None
    odd: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        if run.isascii():
            continue
        start = m.start()
        scripts = {ord(c) - int(c) for c in run if c.isdecimal()}
        native = scripts != {ord("0")}
        marks: dict[int, str] = {}
        unread = len(scripts) > 1
        for k, c in enumerate(run):
            if c.isdecimal() or unread:
                continue
            if c == "/" and native:
                unread = _SLASHED_DATE.fullmatch(run) is None  # "١٢/٠٣/٢٠٢٤" is a date
            elif c.isascii() or c in SPACES:
                continue
            elif c in _GROUP_SIGNS:
                marks[k] = _GROUP_MARK[locale]
            elif c in _DECIMAL_SIGNS:
                marks[k] = DECIMAL[locale]
            elif c in _GROUP_SPACES:
                marks[k] = "\u2009"
            elif c == "\u02bc":
                marks[k] = "'"  # the modifier letter apostrophe: Swiss "2ʼ600"
            elif (wide := unicodedata.normalize("NFKC", c)) in (",", "."):
                marks[k] = wide
            elif unicodedata.category(c) in ("Po", "Cf"):
                unread = True  # "2،600", "2\u200b600": a comma, a stop or nothing?
        if unread:
            odd.append(m.span())
            continue
        if chars is None:
            chars = list(text)
        for k, c in enumerate(run):
            if c.isdecimal():
                chars[start + k] = str(int(c))
            elif k in marks:
                chars[start + k] = marks[k]
    read = text if chars is None else "".join(chars)
    return (text if read == text else read), tuple(odd)


_GROUPING: Final[dict[Locale, dict[int, int | None]]] = {
    "en": str.maketrans("", "", "," + SPACES),
    "eu": str.maketrans("", "", "." + SPACES),
}
#: Dates and times written with digits only: never figures.
#: Ratios, scores and clock times written with colons ("3:1", "10:30", "2:45:10") too.
_NUMERIC_DATE: Final = re.compile(
    r"(?<![0-9])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"
    r"|[0-9]+(?::[0-9]+)+)(?![0-9])"
)
_DATE_HINT: Final = re.compile(r"[0-9][-/.:][0-9]")


_MONTH_NAMES: Final = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
MONTHS: Final = frozenset(_MONTH_NAMES.split())


#: Label words after which a number names a thing, not a count ("Article 5", "Resolution
#: 1325"), in any case; "Building" (also a verb: "building 4 houses") only with a capital.
LABELS: Final = context.LABELS
CAPITAL_LABELS: Final = context.CAPITAL_LABELS
#: Words after which digits grouped by a space are two numbers, not one: a day and a
#: count ("March 16 300 people"), a name and a count ("Brigade 72 300 men").
_SPLIT_AFTER: Final = MONTHS | LABELS | CAPITAL_LABELS


#: Hyphens and dashes: hyphen-minus, en and em dash, and the Unicode hyphen, non-breaking
#: hyphen, figure dash, horizontal bar and minus sign, which typesetting also puts between
#: the ends of a range ("200−300", "200‒300"). A minus glued before a number alone is a
#: sign (:data:`_MINUS`).
DASHES: Final = frozenset("-–—\u2010\u2011\u2012\u2015\u2212")
#: Signs that make the number glued after them negative ("-300", "−40").
_MINUS: Final = frozenset("-−")


#: Marks after which a sentence starts.
SENTENCE_OPEN: Final = frozenset(".!?\n")


#: Marks that end a clause: a hedge before one is said of what precedes it.
CLAUSE_END: Final = frozenset(".,;:!?)]—–\"”’'")


#: Blanks and then a digit: the next cell of a table's row.
_NEXT_CELL: Final = re.compile(r"[ \t]+[0-9]")
#: Only blanks between two numbers.
_BLANKS: Final = re.compile(r"[ \t]+")


def _in_a_row(text: str, start: int, end: int, last_kind: str, last: str, ends: list[int]) -> bool:
    """True when the number ``text[start:end]``, grouped by plain spaces ("12 340"), stands
    in a row of numbers set off by blanks: a number before it or after it ("Kassala 12 340
    3.5%", a table flattened to text). In prose a count grouped so comes before a word
    ("12 500 people"); beside another number its groups are the row's cells, never one
    number of them (12,340). A year before it (``last``, four plain digits) starts no
    row: "In 2023 12 500 people" is 12,500."""
    if _NEXT_CELL.match(text, end) is not None:
        return True
    year = len(last) == 4 and last.isdigit() and "1000" <= last <= "2100"
    return (
        last_kind == "n"
        and not year
        and bool(ends)
        and _BLANKS.fullmatch(text, ends[-1], start) is not None
    )


def phrase_text(scanner: Tokens, i: int, k: int) -> str:
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

    Sorted and disjoint. A phone number is :data:`pwstats.parse.context.PHONE`, or a
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


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` is in one of ``spans`` (sorted and disjoint, as finditer gives them).

    A binary search: a scan of every span per token made texts full of dates quadratic.
    """
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and pos < spans[k][1]


def covered(scanner: Tokens, fig: Figure | Skip) -> str:
    return scanner.text[scanner.starts[fig.start] : scanner.ends[fig.end - 1]]


#: Words of a compound after a number that name no counted noun ("a 300-strong unit").
_NOT_COUNTED: Final = frozenset({"strong", "strength"})
#: Words in "-men" that are no plural of a noun of people ("specimen", "regimen").
_NOT_PLURAL_MEN: Final = frozenset(
    {"specimen", "abdomen", "regimen", "acumen", "stamen", "hymen", "albumen", "bitumen"}
)


def plural_noun(token: str) -> bool:
    """True when the lower-case ``token`` may be a plural noun or a noun of people that a
    figure counts ("soldiers", "people", "policemen", "crew")."""
    return (
        (len(token) > 3 and token.endswith("s") and token not in context.NOT_PLURAL)
        or (len(token) > 4 and token.endswith("men") and token not in _NOT_PLURAL_MEN)
        or token in context.PLURAL_NOUNS
        or (token in context.COUNTED_NOUNS and token not in _NOT_COUNTED)
        or token in context.PERSON_NOUNS
    ) and not token.endswith(("ss", "us", "is"))


class Tokens:
    """The tokens of one text, their kinds and places, and what single tokens are.

    The scanner is built in layers, each a subclass of the one below:
    :class:`Tokens`, then the number reader (:class:`~pwstats.parse.numbers.Numbers`),
    years and dates (:class:`~pwstats.parse.years.Years`), the not-a-count rules
    (:class:`~pwstats.parse.not_counts.NotCounts`), the figure grammar
    (:class:`~pwstats.parse.grammar.Grammar`) and the clause around a figure
    (:class:`~pwstats.parse.clause.Scanner`). A layer calls only its own methods and
    those below it, on ``self``, so a token costs no more calls than in one class.
    """

    __slots__ = (
        *("dec", "ends", "gmark", "grp", "kinds", "lead", "lex", "n", "starts", "text"),
        *("decade_end", "prose", "toks", "well", "year_end"),
    )

    def __init__(self, text: str, lexicon: Lexicon, locale: Locale, *, prose: bool = False) -> None:
        text, odd = read_digits(text, locale)
        self.text = text  # as read: digits in ASCII, at the places they are written
        self.lex = lexicon
        self.prose = prose  # read for extract(): names and measures are skipped, not refused
        self.lead = -1  # the token a text given to parse() starts with: years are counts there
        self.dec = DECIMAL[locale]
        self.grp = _GROUPING[locale]
        self.gmark = _GROUP_MARK[locale]
        self.well = WELL_GROUPED[locale]
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
            if odd and _inside(odd, s):
                k = bisect.bisect_right(odd, (s, math.inf)) - 1
                if odd[k][0] == s:  # digits pwstats does not read: one token of kind "u"
                    add_kind("u")
                    add_tok(text[s : odd[k][1]])
                    add_start(s)
                    add_end(odd[k][1])
                continue
            if kind == "f":
                continue  # a footnote marker: "300¹ people" is 300 people
            if excluded and _inside(excluded, s):
                kind = "x"  # part of a numeric date or time
            sep = m.group("sep") if kind == "n" else None
            if sep and (
                (toks and toks[-1] in _SPLIT_AFTER)
                or (
                    sep == " "
                    and _in_a_row(
                        text, s, e, kinds[-1] if kinds else "", toks[-1] if toks else "", ends
                    )
                )
            ):
                # "March 16 300 people", "Brigade 72 300 men": a day or a name, then a
                # count; "Kassala 12 340 3.5%": a table's row, each number its cell's
                cuts = [k for k in range(s, e) if text[k] == sep]
                if toks and toks[-1] in _SPLIT_AFTER:
                    cuts = cuts[:1]  # "March 16 300 000 people": the rest is the count
                for piece_start, piece_end in zip(
                    (s, *(c + 1 for c in cuts)), (*cuts, e), strict=True
                ):
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

    def code(self, j: int) -> bool:
        """True when token ``j`` is an ISO 4217 currency code written in capitals ("INR")."""
        return (
            self.tok(j) in context.CURRENCY_CODES
            and self.text[self.starts[j] : self.ends[j]].isupper()
        )

    def signed(self, i: int) -> bool:
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
            self.kinds[before] == "s" and self.toks[before] not in DASHES
        )

    def plain(self, i: int) -> bool:
        """True when token ``i`` is digits alone, no group mark nor decimals ("5", "12")."""
        return self.toks[i].isdigit()

    def upper(self, i: int) -> bool:
        """True when token ``i`` is written in capitals ("BC", "AD", "EW")."""
        return self.text[self.starts[i] : self.ends[i]].isupper()

    def closes(self, k: int) -> bool:
        """True when a clause ends at token ``k``: the text ends, or a mark or a word that
        starts another clause (:data:`pwstats.parse.context.CLAUSE_OPENERS`) stands there."""
        return self.punctuated(k) or self.toks[k] in context.CLAUSE_OPENERS

    def punctuated(self, k: int) -> bool:
        """True when the text ends at token ``k`` or a mark that ends a clause stands
        there (a spaced hyphen is a dash: "300 people - at least - died")."""
        if k >= self.n:
            return True
        tok = self.toks[k]
        return tok in CLAUSE_END or (tok in DASHES and not self.glued(k + 1))

    def opens_sentence(self, t: int) -> bool:
        """True when token ``t`` starts the text or a sentence ("Abt. 300": an abbreviation)."""
        return t == 0 or self.toks[t - 1] in SENTENCE_OPEN

    def name_letter(self, i: int) -> bool:
        """True when token ``i`` is one capital letter after a capitalised word, the end of
        a name ("Block C", "Plan B"), never a hedge spelt with that letter ("c. 300")."""
        return (
            len(self.toks[i]) == 1
            and i > 0
            and self.capital(i)
            and self.kinds[i - 1] == "w"
            and self.capital(i - 1)
        )

    def particle(self, t: int) -> bool:
        """True when "over" at token ``t`` in prose is the particle of a verb of handing
        over (:data:`pwstats.parse.context.HANDING_OVER`: "handed over 2-3 bodies"), no hedge."""
        return (
            self.lead < 0
            and self.toks[t] == "over"
            and self.tok(t - 1) in context.HANDING_OVER
            and self.tok(t + 1) != "to"  # "handed over to Kyiv"
        )

    def upper_word(self, j: int) -> bool:
        """True when token ``j`` is a word of two or more capitals, not glued ("MAX", "NEO")."""
        word = self.text[self.starts[j] : self.ends[j]] if j < self.n else ""
        return len(word) > 1 and word.isalpha() and word.isupper() and not self.glued(j)

    def capital(self, j: int) -> bool:
        return self.text[self.starts[j]].isupper()

    def unit(self, k: int) -> tuple[str, int]:
        """The time unit at token ``k`` and the token after it, else ``UNNAMED`` and ``k``.

        The unit may be hyphened ("three-hour talks") or follow a word of
        :data:`pwstats.parse.context.DURATION_MODIFIERS` ("212 trial days").
        """
        if self.tok(k) in DASHES and self.glued(k) and self.glued(k + 1):
            k += 1  # "three-hour talks"
            word = self.lex.single(self.tok(k))
            if word is not None and word.role == "unit" and word.unit:
                return word.unit, k + 1
            return UNNAMED, k - 1
        if k < self.n and self.kinds[k] == "w":
            word = self.lex.single(self.toks[k])
            if word is not None and word.role == "unit" and word.unit:
                return word.unit, k + 1
            if self.toks[k] in context.DURATION_MODIFIERS and self.kinds[k + 1 : k + 2] == ["w"]:
                word = self.lex.single(self.toks[k + 1])
                if word is not None and word.role == "unit" and word.unit:
                    return word.unit, k + 2  # "212 trial days", "3 consecutive days"
        return UNNAMED, k
