"""Text cells a spreadsheet would run as formulas, and how pwstats writes them in CSV.

Excel, LibreOffice and Google Sheets read a CSV cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return as a formula (OWASP, "CSV
Injection"): a source named ``=HYPERLINK("http://x", "click")`` or a quote
``-2+3+cmd|' /C calc'!A0`` would run when an analyst opens the file. pwstats
writes such a text cell with a leading ``'``, which a spreadsheet shows as
text; a number stays as it is (``-5``, ``+3.5``, ``-2,600``, ``-1/3``,
``-inf``), so numbers stay numbers.

The CSV that pwstats reads back (:func:`pwstats.dump` and :func:`pwstats.load`)
escapes exactly and reverses it: :func:`escape` also gives a text that already
starts with ``'`` and then a formula character one more ``'``, and
:func:`unescape` takes one off, so every text comes back as it was. The display
CSVs (``tabulate(..., fmt="csv")``, ``pwstats ... --format csv``) escape
unless told ``formulas="raw"`` (``--formulas raw``).

>>> escape("=1+2"), escape("-5"), escape("Ministry"), escape("'=1+2")
("'=1+2", '-5', 'Ministry', "''=1+2")
>>> all(unescape(escape(t)) == t for t in ("=1+2", "-5", "'=1+2", "'", "@x", "\\tx"))
True
"""

from __future__ import annotations

import re
from typing import Final, Literal, TypeAlias

__all__ = ["FORMULA_STARTS", "Formulas", "escape", "needs_escape", "unescape"]

#: How text cells that would be formulas are written: with a leading ``'``, or as they are.
Formulas: TypeAlias = Literal["escape", "raw"]
#: The first characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS: Final = "=+-@\t\r"
#: A cell that is a number as pwstats writes numbers: never a formula to escape.
_NUMBER: Final = re.compile(r"[+-]?(?:(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:/\d+)?|inf)")
#: Text :func:`escape` changes: a formula start, after any number of ``'``.
_ESCAPED: Final = re.compile(r"'*[=+\-@\t\r]")


def needs_escape(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula: a formula start, not a number.

    >>> needs_escape("+380 44 000"), needs_escape("+380"), needs_escape("@AFP")
    (True, False, True)
    """
    return text[:1] in FORMULA_STARTS and text != "" and _NUMBER.fullmatch(text) is None


def escape(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text: a formula gets a leading ``'``.

    A text that starts with ``'`` before a formula character gets one more, so that
    :func:`unescape` gives back exactly ``text``.
    """
    if text[:1] == "'":
        return "'" + text if _ESCAPED.match(text) else text
    return "'" + text if needs_escape(text) else text


def unescape(text: str) -> str:
    """The text :func:`escape` wrote as ``text``: one leading ``'`` off before a formula.

    >>> unescape("'=1+2"), unescape("''=1"), unescape("'quoted'"), unescape("-5")
    ('=1+2', "'=1", "'quoted'", '-5')
    """
    if text[:1] == "'" and _ESCAPED.match(text, 1):
        return text[1:]
    return text
