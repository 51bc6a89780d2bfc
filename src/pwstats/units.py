"""Units of measures: the one pint registry of pwstats, created on first use.

pwstats counts people, shares and durations, and things that are not people: a
household, a family and a dwelling (a home) are each a unit of its own kind, never
converted to or from persons. Common unit names are known without pint (so ``import
pwstats`` and loading a data set stay fast); any other name is looked up in pint's
registry, which is built the first time it is needed and extended with those units
(:data:`_THINGS`).

>>> dimension("people") == dimension("person")
True
>>> dimension("percent")
'dimensionless'
>>> is_headcount("persons"), is_headcount("percent")
(True, False)
>>> compatible("household", "person"), factor("kilohousehold", "households")
(False, Fraction(1000, 1))
"""

from __future__ import annotations

import functools
import math
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

from pwstats.errors import UnitError

if TYPE_CHECKING:
    import pint

__all__ = [
    "compatible",
    "counted_in",
    "counts_people",
    "counts_things",
    "dimension",
    "factor",
    "is_countable",
    "is_headcount",
    "is_share",
    "one_of",
    "registry",
]

#: A date in a unit's text (a unit column holding a date): pint reads 2023-01-01 as 2021.
_DATE_LIKE: Final = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")

#: Units known without pint: name -> (pint dimensionality, exact size in the base unit).
#: Base units: person for headcounts, 1 for shares, day for durations (a year is
#: 365.25 days and a month a twelfth of it, as in pint).
#: The countable things (:data:`_THINGS`: person, household, ...) are added below.
_KNOWN: Final[dict[str, tuple[str, Fraction]]] = {
    "dimensionless": ("dimensionless", Fraction(1)),
    "share": ("dimensionless", Fraction(1)),
    "": ("dimensionless", Fraction(1)),
    "percent": ("dimensionless", Fraction(1, 100)),
    "%": ("dimensionless", Fraction(1, 100)),
    "day": ("[time]", Fraction(1)),
    "days": ("[time]", Fraction(1)),
    "week": ("[time]", Fraction(7)),
    "weeks": ("[time]", Fraction(7)),
    "month": ("[time]", Fraction(36525, 1200)),
    "months": ("[time]", Fraction(36525, 1200)),
    "year": ("[time]", Fraction(36525, 100)),
    "years": ("[time]", Fraction(36525, 100)),
    "hour": ("[time]", Fraction(1, 24)),
    "hours": ("[time]", Fraction(1, 24)),
}

#: Countable things, each its own kind (pint dimension), with the other names of one: a
#: household, a family and a dwelling hold people but are not persons ("2,000
#: households" is no headcount, and no factor turns one into the other).
_THINGS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "person": ("[headcount]", ("persons", "people")),
    "household": ("[household]", ("households",)),
    "family": ("[family]", ("families",)),
    "dwelling": ("[dwelling]", ("dwellings",)),
}
_KNOWN.update(
    (name, (kind, Fraction(1)))
    for thing, (kind, others) in _THINGS.items()
    for name in (thing, *others)
)

#: Nouns a figure's words may count, by the unit they name (as :func:`pwstats.parse` reads
#: "12,000 people" in ``person`` whatever unit it is given). Only nouns that surely name
#: the unit's things: "deaths", "cases" or "victims' families" are left out.
_NOUNS_OF: Final[dict[str, frozenset[str]]] = {
    "person": frozenset(
        {
            *("person", "persons", "people", "individual", "individuals", "man", "men"),
            *("woman", "women", "child", "children", "boy", "boys", "girl", "girls"),
            *("adult", "adults", "minor", "minors", "infant", "infants", "baby", "babies"),
            *("soldier", "soldiers", "civilian", "civilians", "troops", "serviceman"),
            *("servicemen", "servicewomen", "servicemembers", "prisoner", "prisoners"),
            *("pow", "pows", "detainee", "detainees", "captive", "captives", "hostage"),
            *("hostages", "internees", "defender", "defenders", "fighter", "fighters"),
            *("combatant", "combatants", "militants", "rebels", "insurgents", "officers"),
            *("policemen", "marines", "sailors", "pilots", "conscripts", "recruits"),
            *("reservists", "volunteers", "mercenaries", "refugee", "refugees", "migrants"),
            *("evacuees", "returnees", "asylum-seekers", "idps", "residents", "inhabitants"),
            *("citizens", "nationals", "patients", "survivors", "casualties", "workers"),
            *("journalists", "students", "teachers", "doctors", "nurses", "medics"),
            *("passengers", "protesters", "demonstrators", "activists", "pensioners"),
        }
    ),
    "household": frozenset({"household", "households"}),
    "family": frozenset({"family", "families"}),
    "dwelling": frozenset(
        {"dwelling", "dwellings", "home", "homes", "house", "houses", "apartments"}
    ),
}
#: Each noun of :data:`_NOUNS_OF` with the unit it names.
_NOUN_UNITS: Final[dict[str, str]] = {
    noun: unit for unit, nouns in _NOUNS_OF.items() for noun in nouns
}

_HEADCOUNT: Final = "[headcount]"


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """The pint registry every pwstats unit lives in (built once, on first call)."""
    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry()
    for thing, (kind, others) in _THINGS.items():
        reg.define(" = ".join((thing, kind, "_", *others)))
    return reg


@functools.cache
def dimension(unit: str) -> str:
    """The dimensionality of ``unit`` as pint writes it; :class:`UnitError` if unknown.

    >>> dimension("parsec per fortnight")
    '[length] / [time]'
    >>> dimension("furlongs of cheese")
    Traceback (most recent call last):
    ...
    pwstats.errors.UnitError: unknown unit 'furlongs of cheese': ...
    """
    if not isinstance(unit, str):
        raise TypeError(f"a unit is a str, not {type(unit).__name__}")
    known = _KNOWN.get(unit.strip())
    if known is not None:
        return known[0]
    if _DATE_LIKE.search(unit):
        raise UnitError(
            f"unknown unit {unit!r}: it is a date, not a unit (pint would read it as"
            " arithmetic); use a pint unit name such as 'person', 'percent' or 'day'"
        )
    reg = registry()
    try:
        quantity: Any = reg.parse_expression(unit)
    except Exception as exc:  # pint raises many kinds: undefined, syntax, tokenizer
        raise UnitError(
            f"unknown unit {unit!r}: pint cannot read it ({type(exc).__name__});"
            " use a pint unit name such as 'person', 'percent' or 'day'"
        ) from None
    size: Any = getattr(quantity, "magnitude", quantity)
    if not isinstance(size, int | float) or not math.isfinite(size) or size <= 0:
        raise UnitError(
            f"unit {unit!r} scales its base unit by {size!r}: a unit is a positive, finite"
            " amount such as 'person' or '1000 * person'"
        )
    dims = quantity.dimensionality if hasattr(quantity, "dimensionality") else None
    if dims is None or not dims:
        return "dimensionless"
    return str(dims)


def is_headcount(unit: str) -> bool:
    """True when ``unit`` counts people (whole numbers, never negative)."""
    return dimension(unit) == _HEADCOUNT


@functools.cache
def counts_people(unit: str) -> bool:
    """True when ``unit`` is a headcount of single people: one unit is one person.

    Such a measure is whole-numbered by default. A headcount kept in thousands or
    millions ("kiloperson", "megaperson", "1000 * person") is not: its people are
    whole, but 3.207 million is 3,207,000 whole people, not a fraction of one.

    >>> counts_people("people"), counts_people("megaperson"), counts_people("percent")
    (True, False, False)
    """
    return is_headcount(unit) and factor(unit, "person") == 1


@functools.cache
def is_countable(unit: str) -> bool:
    """True when ``unit`` counts things, one by one or in lots: people, households, ...

    >>> is_countable("kiloperson"), is_countable("family"), is_countable("percent")
    (True, True, False)
    """
    return any(dimension(unit) == dimension(thing) for thing in _THINGS)


@functools.cache
def counts_things(unit: str) -> bool:
    """True when one ``unit`` is one whole thing: a person, a household, a family, a dwelling.

    Such a measure is whole-numbered by default (:func:`counts_people` for people).

    >>> counts_things("households"), counts_things("kiloperson"), counts_things("day")
    (True, False, False)
    """
    kind = dimension(unit)
    return any(kind == dimension(thing) and factor(unit, thing) == 1 for thing in _THINGS)


def counted_in(noun: str, unit: str) -> str:
    """The unit of a number that counts ``noun`` on a measure in ``unit``.

    A noun that names a countable thing (:data:`_NOUNS_OF`: "people", "soldiers",
    "households", "homes") names its unit, as "%" names a share: ``unit`` itself when
    one ``unit`` is one such thing, the thing's unit when ``unit`` keeps them in lots
    ("12,000 people" on ``kiloperson`` is 12,000 persons) or measures something else
    ("12,000 people" on ``percent`` is in ``person``, which a check of units then
    refuses). A rate of the thing (``person / day``) keeps ``unit``. Any other noun, and
    an unknown ``unit``, give ``unit``.

    >>> counted_in("people", "persons"), counted_in("people", "kiloperson")
    ('persons', 'person')
    >>> counted_in("soldiers", "percent"), counted_in("households", "person")
    ('person', 'household')
    >>> counted_in("tanks", "percent"), counted_in("people", "person / day")
    ('percent', 'person / day')
    """
    thing = _NOUN_UNITS.get(noun.strip().casefold())
    if thing is None:
        return unit
    try:
        kind, own = dimension(unit), dimension(thing)
    except UnitError:
        return unit
    if kind == own:
        return unit if factor(unit, thing) == 1 else thing
    if own in kind:  # a rate of the thing ("person / day") counts it per something
        return unit
    return thing


@functools.cache
def is_share(unit: str) -> bool:
    """True when ``unit`` is surely a share: named so, or a fraction of 1 ("percent").

    A plain ``"dimensionless"`` unit may count things other than people, so it is
    not taken for a share, nor is a lot of things ("1000": a count kept in lots).

    >>> is_share("percent"), is_share("share"), is_share("dimensionless"), is_share("person")
    (True, True, False, False)
    >>> is_share("1000"), is_share("permille")
    (False, True)
    """
    if dimension(unit) != "dimensionless":
        return False
    return unit.strip() == "share" or factor(unit, "dimensionless") < 1


@functools.cache
def one_of(unit: str) -> str:
    """The unit of one of the things ``unit`` counts in scaled lots: ``unit`` itself if none.

    A number said with a scale word ("1.5 million", "tens of thousands") counts single
    things, whatever unit its measure keeps them in: 1.5 million displaced people are
    1.5 million persons, which on a measure in ``"megaperson"`` is 1.5. A headcount's
    one is ``"person"``; a plain count kept in lots ("1000", a dimensionless unit above
    1) has ``"dimensionless"``. A share or a rate ("percent", ``"person / day"``) and a
    duration ("year") count in their own unit: "30 thousand" on a rate is 30,000 of it
    (on a share :func:`pwstats.parse` refuses it, a count typed where a share was meant).
    :class:`UnitError` if ``unit`` is unknown.

    >>> one_of("megaperson"), one_of("1000 * person"), one_of("people"), one_of("percent")
    ('person', 'person', 'people', 'percent')
    """
    if is_headcount(unit):
        return unit if factor(unit, "person") == 1 else "person"
    if dimension(unit) == "dimensionless" and factor(unit, "dimensionless") > 1:
        return "dimensionless"
    return unit


def compatible(a: str, b: str) -> bool:
    """True when quantities in units ``a`` and ``b`` can be compared or added."""
    return dimension(a) == dimension(b)


def factor(unit: str, to: str) -> Fraction:
    """The exact number to multiply a value in ``unit`` by to express it in ``to``.

    :class:`UnitError` when the units measure different things: a share is
    never converted into a headcount.

    >>> factor("percent", "dimensionless"), factor("years", "months")
    (Fraction(1, 100), Fraction(12, 1))
    >>> factor("1000 * person", "person"), factor("kiloperson", "1000 * person")
    (Fraction(1000, 1), Fraction(1, 1))
    >>> factor("person", "percent")
    Traceback (most recent call last):
    ...
    pwstats.errors.UnitError: cannot convert 'person' ([headcount]) to 'percent' (dimensionless)
    """
    if not compatible(unit, to):
        raise UnitError(f"cannot convert {unit!r} ({dimension(unit)}) to {to!r} ({dimension(to)})")
    a, b = _KNOWN.get(unit.strip()), _KNOWN.get(to.strip())
    if a is not None and b is not None:
        return a[1] / b[1]
    # Each unit read as an expression, so a scaled one ("1000 * person", a population in
    # thousands) converts by its factor as a named one ("kiloperson") does.
    reg = registry()
    ratio: Any = reg.parse_expression(unit) / reg.parse_expression(to)
    magnitude = ratio.to("dimensionless").magnitude
    return Fraction(str(magnitude))
