"""The number reader: digits, number words, shares, fractions and ratios as a :class:`Quantity`."""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from pwstats.errors import ParseError
from pwstats.interval import Number
from pwstats.lexicon import Word, granularity
from pwstats.parse import context
from pwstats.parse.found import UNNAMED, Quantity, fraction_count, norm
from pwstats.parse.tokens import DASHES, Tokens

#: The longest digit run read as a number (longer runs are not figures).
MAX_DIGITS: Final = 30


_NOT_COUNT_BEFORE: Final = frozenset("$€£¥₴₽₹/_#@=&?")


SHARE: Final = "dimensionless"


#: Marks after which a number ends its clause ("killed 300 in 1500.").
_CLOSERS: Final = frozenset({".", ",", ";", ":", ")", "!", "?", "—", "–"})


class Numbers(Tokens):
    """Numbers over the tokens: digits, number words, shares, fractions and ratios."""

    __slots__ = ()

    def digits(self, i: int) -> Quantity | None:
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
            and self.toks[j] in DASHES
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
                    self.role(j) in ("scale", "plural")
                    or (self.role(j) == "suffix" and len(self.toks[j]) > 1)
                ):
                    step = self.word_value(j)
                    if step <= last:
                        break  # "1 bn bn": each scale word is larger than the one before
                    scale, last = scale * step, step
                    j += 1
                    if self.role(j - 1) == "plural":
                        break  # "3 lakhs", "15 millions": a plural scale ends the number
        if decimals == 0 and type(scale) is int:
            value: Number = mantissa * scale
        else:
            value = norm(Fraction(mantissa * scale, 10**decimals))
        g = granularity(mantissa, decimals, scale)
        year = (
            scale == 1
            and not ordinal
            and decimals == 0
            and len(raw) == 4
            and raw.isdigit()
            and 1800 <= mantissa <= 2100
        )
        return Quantity(value, g, j, UNNAMED, False, scale, False, year, ordinal, False)

    def misgrouped(self, i: int) -> bool:
        """True when number token ``i`` joins digits with the group mark in no way pwstats
        reads (:data:`WELL_GROUPED`): "2,600,00" or "26,00" in English, or with the decimal
        mark twice or more, as the other locale groups ("4.200.000" in English)."""
        raw = self.toks[i]
        if self.kinds[i] == "n" and raw.count(self.dec) > 1:
            return True
        if self.kinds[i] != "n" or self.gmark not in raw:
            return False
        return self.well.fullmatch(raw.partition(self.dec)[0]) is None

    def number_words(self, i: int, *, one: bool = False) -> Quantity | None:
        """A number written in words at token ``i`` ("two hundred and thirty", "a dozen").

        ``one`` reads a scale word at ``i`` as one of it, as if "a" stood before it
        (the "dozen" of "some dozen").
        """
        total = 0
        group: int | None = 1 if one else None
        last = "article" if one else ""
        j = i
        best: tuple[int, int] | None = None  # (value, end) at the last complete number
        lot: Number = 0  # the precision of a number ending in a lot other than a hundred
        lot_end = last_lot = -1
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
            elif word.role == "scale" or (word.role == "plural" and last != "article"):
                if group is None or last in ("", "and"):
                    break
                if v < 1000:
                    if last in ("hundred", "dozen"):
                        break
                    # only "hundred" takes "and" ("a hundred and five"; "a dozen and
                    # fifteen" is two numbers)
                    if v != 100:  # "two dozen" is precise to the dozen, as "2 dozen" is
                        lot, last_lot = granularity(group, 0, v), v
                    group, last = group * v, "hundred" if v == 100 else "dozen"
                else:
                    if total and total < v * group:
                        break  # "a thousand million" is read as far as "a thousand"
                    total, group, last = total + group * v, None, "scale"
            else:
                break
            j += 1
            best = (total + (group or 0), j)
            if last == "dozen" and not total:
                lot_end = j
            if word.role == "plural":
                break  # "two lakhs", "three millions": a plural scale ends the number
            if last == "tens" and self.tok(j) == "-" and self.glued(j) and self._unit_at(j + 1):
                j += 1  # "fifty-five"
            elif (
                last in ("unit", "teen", "tens")
                and self.tok(j) in DASHES
                and self.glued(j)
                and self.glued(j + 1)
                and self.role(j + 1) == "scale"
            ):
                j += 1  # "three-hundred", "two-thousand": a scale word after a hyphen
        if best is None:
            return None
        value, j = best
        if j == lot_end:  # "nine dozen" reads as "9 dozen": scaled, precise to the dozen
            return Quantity(value, lot, j, UNNAMED, False, last_lot, False, False, False, True)
        return Quantity(
            value, granularity(value, 0), j, UNNAMED, False, 1, False, False, False, True
        )

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

    def number(self, i: int) -> Quantity | None:
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
                    if self.lead >= 0:  # parse() reads the whole text: never a part of it
                        shown = self.text[self.starts[i - 2] : self.ends[i]]
                        raise ParseError(
                            f"{shown!r} is no number pwstats reads: {self.toks[i - 2]!r} is"
                            f" followed by {before + self.toks[i]!r}; write the number once"
                            " with one decimal mark ('1234.5', or pass locale='eu' for"
                            " '1.234,5')",
                            text=self.text,
                            position=self.starts[i - 1],
                        )
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
                    before in DASHES
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

    def quantity(self, i: int, *, joined: bool = True) -> Quantity | None:
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
            if mixed is not None:  # "1½ million"; "2½%" is a share
                return self._percent(mixed, self._word(mixed.end)) or mixed
        if joined:
            q = self._mixed(i, q) or q
        j = q.end
        nxt = self.tok(j)
        found = self.lex.word(self.toks, j) if j < self.n else None
        if nxt == "(" and q.words and q.scale == 1:
            k = self._restated_digits(q)  # "Fifty (50) per cent": the percent after the digits
            pct = self.lex.word(self.toks, k) if k is not None else None
            if pct is not None and pct[0].role == "percent":
                found = pct
        percent = self._percent(q, found)
        if percent is not None:
            return percent
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
            value = norm(Fraction(q.value) * word.value)
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

    def _word(self, j: int) -> tuple[Word, int] | None:
        """The longest lexicon word at token ``j`` and the token after it, else None."""
        return self.lex.word(self.toks, j) if j < self.n else None

    @staticmethod
    def _percent(q: Quantity, found: tuple[Word, int] | None) -> Quantity | None:
        """``q`` as the share a percent word ``found`` after it makes ("95%", "3‰",
        "2½%"; ``found`` is that word and the token after it), else None."""
        if found is None or found[0].role != "percent":
            return None
        word, end = found
        assert word.value is not None
        value = norm(Fraction(q.value) * word.value)
        g = None if q.unit_g is None else norm(Fraction(q.unit_g) * word.value)
        # its scale stays the one its words were said in ("10-20 thousand percent")
        return Quantity(value, g, end, SHARE, False, q.scale, True, False, False, q.words)

    def _restated_digits(self, q: Quantity) -> int | None:
        """The token after the digits in brackets that restate ``q``, a number in words
        ("fifty (50)"), else None."""
        j = q.end
        if self.kinds[j + 1 : j + 2] != ["n"] or self.tok(j + 2) != ")":
            return None
        digits = self.toks[j + 1].translate(self.grp)
        if not digits.isdigit() or int(digits) != q.value:
            return None
        return j + 3

    def _vulgar(self, j: int) -> Fraction | None:
        """The value of a one-character fraction at token ``j`` ("½", "¾"), else None."""
        if j >= self.n or self.kinds[j] != "w" or len(self.toks[j]) != 1:
            return None
        word = self.lex.single(self.toks[j])
        if word is None or word.role != "fraction" or not word.standalone:
            return None
        assert word.value is not None
        return Fraction(word.value)

    def _with_vulgar(self, q: Quantity) -> Quantity | None:
        """A whole number in digits and a one-character fraction: "1 ½ million", "1½"."""
        frac = self._vulgar(q.end)
        if frac is None or q.words or q.scale != 1 or type(q.value) is not int or q.year:
            return None
        scale, end = self.scales(q.end + 1, ("scale", "suffix"))
        return fraction_count(q.value + frac, scale, end, words=False)

    def _slash(self, i: int) -> Quantity | None:
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

    def _ratio(self, q: Quantity, k: int) -> Quantity | None:
        """ "one in five", "3 out of 10", "one of every five": a share, else None.

        None when the whole is a year ("in 2023"), not more than the part ("1500 in
        1500"), or four plain digits from 1001 to 1799 after a part other than one, at
        a clause's end or before a clause ("killed 300 in 1500.", "300 in 1648 the
        town"): a count and the year it was in (:meth:`Years.old_year`). The end of a
        text given to :func:`parse` is no clause's end: its words are one figure, so
        "Only 3 in 1500" reads as the share :func:`extract` found in "Only 3 in 1500
        survive." (whose mention those words are)."""
        whole = self.number(k)
        if whole is None or (whole.year and self.lead < 0) or whole.ordinal or whole.value <= 0:
            return None
        if q.value >= whole.value:
            return None
        raw = self.toks[k] if k < self.n else ""
        after = self.tok(whole.end)
        if (
            q.value != 1
            and whole.end == k + 1
            and raw.isdigit()
            and len(raw) == 4
            and 1000 < int(raw) < 1800
            and (
                (whole.end >= self.n and self.lead < 0)
                or after in _CLOSERS
                or after in context.DETERMINERS
                or after in context.CLAUSE_OPENERS
            )
        ):
            return None
        value = norm(Fraction(q.value) / Fraction(whole.value))
        return Quantity(value, None, whole.end, SHARE, True, 1, True, False, False, q.words)

    def _fraction(self, value: Number, end: int, *, after_number: bool = False) -> Quantity | None:
        """A fraction word's share, or a count of scale words after it.

        "half a dozen" is 6, "half a million", "a quarter million" and "three
        quarters of a million" are counts; "half", "a third of them" are shares.
        ``after_number`` (the fraction follows "and" after a number, which it could
        not join: "2.5 and a half million") allows the share but no count.
        """
        j = self._hyphen(end)  # "a half-dozen", "half-a-million", "half-of-a-million"
        if self.tok(j) == "of":
            j = self._hyphen(j + 1)
        if self.role(j) == "article":
            j = self._hyphen(j + 1)
        share = Quantity(value, None, end, SHARE, True, 1, True, False, False, True)
        percent = self._percent(share, self._word(j))
        if percent is not None:
            return percent  # "half a percent", "a quarter of a per cent": 0.005, 0.0025
        scale, j = self.scales(j, ("scale",))
        if scale == 1:
            return share
        if after_number:
            return None
        return fraction_count(Fraction(value), scale, j)

    def _hyphen(self, j: int) -> int:
        """The token after a hyphen glued on both sides at token ``j``, else ``j``."""
        return j + 1 if self.tok(j) == "-" and self.glued(j) and self.glued(j + 1) else j

    def _mixed(self, i: int, q: Quantity) -> Quantity | None:
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
        scale, end = self.scales(k, ("scale",))
        last = self.word_value(j - 1) if self.role(j - 1) in ("scale", "suffix") else 1
        year = q.year and i != self.lead
        if type(q.value) is int and type(last) is int and not year:
            if last == 1:  # "one and a half million", "one and a half"
                return fraction_count(q.value + fraction, scale, end, words=q.words)
            if q.value % last == 0 and scale == 1:  # "a million and a half"
                return fraction_count(q.value // last + fraction, last, end, words=q.words)
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

    def scales(self, k: int, roles: tuple[str, ...]) -> tuple[int, int]:
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

    def said_scale(self, q: Quantity, start: int) -> tuple[Number, int]:
        """The scale a number from token ``start`` is said in, and the token its words start at.

        10**6 for "2 million", "two million" and "two and a half million", 10**5
        for "two hundred thousand"; 1 (and ``q.end``) when it ends in no scale word.
        A range's lower end said in no scale shares its upper end's ("2-3 million",
        "one to two million"), unless the upper end starts with "a" or a fraction
        ("200 to a quarter million").
        """
        if q.scale != 1:
            k = start + 1
            while k < q.end and self.role(k) not in ("scale", "suffix", "plural"):
                k += 1  # "two and a half million": past the fraction to "million"
            return q.scale, k
        scale: Number = 1
        k = q.end
        while k - 1 > start and self.role(k - 1) in ("scale", "plural"):
            scale *= self.word_value(k - 1)
            k -= 1
        return scale, k
