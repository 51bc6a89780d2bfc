"""Meta-analysis of estimates: standard errors, pooling, heterogeneity, comparisons, sums.

When figures are statistical estimates (``Figure.basis == "estimate"``), pwstats
compares them the way a meta-analysis compares studies. This module holds that
arithmetic, in pure Python on :class:`statistics.NormalDist`. Its quantities
are statistical — standard errors, weights, p-values — so they are ``float``,
unlike the exact numbers of counts and bounds elsewhere in pwstats.

**Standard errors from an interval.** An estimate ``best`` with interval
[``low``, ``high``] at confidence level ``c`` has, on a normal approximation,
z = Φ⁻¹((1 + c) / 2) (1.959963… at 95%) and one standard error per side:
``se_low = (best − low) / z`` and ``se_high = (high − best) / z``. A symmetric
interval gives two equal ones.

**One side at a time.** An asymmetric interval says the quantity is less
certain on one side of ``best`` than on the other. Whenever a study is set
against a value θ (the pooled mean, another study), it uses the standard error
of the side *facing* θ: ``se_high`` if θ > best, ``se_low`` if θ < best. For a
study whose best equals θ, its deviation is zero and its weight is the mean
of its two sides' weights. The ends of a pooled interval use one side of every
study: the low end low-side standard errors, the high end high-side ones.
With symmetric intervals every rule below is the textbook formula.

**Pooling** (:func:`pool`), for studies i with best yᵢ and facing standard
error sᵢ(θ), weight wᵢ(θ) = 1 / sᵢ(θ)²:

- fixed effect (inverse variance): θ̂ solves Σ wᵢ(θ)(yᵢ − θ) = 0. Each term
  is continuous and strictly decreasing in θ, so the root is unique and lies
  between the smallest and largest yᵢ; it is found exactly, segment by segment
  between consecutive yᵢ, where the weights are constant and θ̂ = Σwᵢyᵢ / Σwᵢ.
  With symmetric studies this is the usual weighted mean. Its interval is
  θ̂ − z / √(Σ 1/se_lowᵢ²) to θ̂ + z / √(Σ 1/se_highᵢ²);
- Cochran's Q = Σ wᵢ(θ̂)(yᵢ − θ̂)² on k − 1 degrees of freedom, its p-value
  the chi-square survival function (:func:`chi2_sf`), and
  I² = max(0, (Q − df) / Q) (Higgins & Thompson 2002), in [0, 1);
- DerSimonian–Laird (1986): τ² = max(0, (Q − df) / (Σwᵢ − Σwᵢ² / Σwᵢ)), the
  weights taken at θ̂; random effects use weights 1 / (sᵢ(μ)² + τ²), μ̂ solving
  Σ (yᵢ − μ) / (sᵢ(μ)² + τ²) = 0 the same way, and the interval adds τ² to
  each side's squared standard errors;
- the model reported (:attr:`Pooled.model`) is ``"random"`` when the studies
  are heterogeneous — Q's p-value below ``alpha`` (default 0.10: Q has little
  power with few studies, the level the Cochrane Handbook suggests) or I² at
  least 50% ("moderate" heterogeneity in Higgins et al. 2003) — and
  ``"fixed"`` otherwise. When τ² is 0 both models give the same numbers.

**Degenerate inputs.** One study: it is the pooled estimate, Q = 0 on 0
degrees of freedom (p-value None), I² = τ² = 0. Identical studies: Q = 0,
τ² = 0, and the pooled mean is their common best. A zero standard error on a
side (``low == best`` or ``best == high``) is an infinite weight: the study
is certain the quantity is not beyond ``best`` on that side. Such sides do
not enter the weights (the study weighs with its other side); they bound the
pooled mean, which is the pooling of the other sides clipped to those bounds,
and its interval is clipped likewise — in both models: heterogeneous studies
are pooled with random effects, clipped, whether or not one of them is certain
on one side (a fixed-effect mean of studies that disagree would claim a
precision they do not have). A zero-width interval (``low == best == high``)
is a value known exactly: the pooled mean is that value, and random effects
cannot move it, so such a pooling reports the fixed-effect model. Studies
whose certain sides exclude each other (two exact values that differ) cannot
be pooled: :func:`pool` raises ``ValueError``; :func:`compare` reports such a
pair as significantly different.

References: R. DerSimonian and N. Laird (1986), "Meta-analysis in clinical
trials", *Controlled Clinical Trials* 7(3), 177–188. J. P. T. Higgins and
S. G. Thompson (2002), "Quantifying heterogeneity in a meta-analysis",
*Statistics in Medicine* 21(11), 1539–1558. J. P. T. Higgins, S. G. Thompson,
J. J. Deeks and D. G. Altman (2003), "Measuring inconsistency in
meta-analyses", *BMJ* 327, 557–560. M. Abramowitz and I. A. Stegun (1964),
*Handbook of Mathematical Functions*, 6.5.29 and 6.5.31 (incomplete gamma).

Excess deaths in Puerto Rico after Hurricane Maria (2017), two published
estimates: Kishore et al. (2018, *NEJM*), 4,645 (95% CI 793–8,498), and the
Milken Institute School of Public Health, George Washington University
(2018), 2,975 (95% CI 2,658–3,290):

>>> harvard = Study.from_interval(793, 4645, 8498, id="Kishore et al. 2018")
>>> gwu = Study.from_interval(2658, 2975, 3290, id="GWU 2018")
>>> round(harvard.se_low), round(harvard.se_high)
(1965, 1966)
>>> d = compare(harvard, gwu)
>>> round(d.p_value, 3), d.significant
(0.397, False)
>>> p = pool([harvard, gwu])
>>> p.model, round(p.best), round(p.low), round(p.high)
('fixed', 2986, 2670, 3300)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from statistics import NormalDist
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from pwstats.interval import Interval, Number

if TYPE_CHECKING:
    from pwstats.model import Figure

__all__ = [
    "Difference",
    "Model",
    "Pooled",
    "Study",
    "chi2_sf",
    "compare",
    "outside",
    "pool",
    "standard_errors",
    "sum_of",
    "z_value",
]

#: Which pooling a :class:`Pooled` result reports.
Model: TypeAlias = Literal["fixed", "random"]
#: A confidence level: an exact fraction (as :class:`~pwstats.Figure` stores it) or a float.
Level: TypeAlias = Fraction | float

_NORMAL: Final = NormalDist()
#: Q's p-value below this makes the studies heterogeneous (Cochrane Handbook, 10.10.2).
HETEROGENEITY_ALPHA: Final = 0.10
#: I² at or above this makes the studies heterogeneous (Higgins et al. 2003: "moderate").
HETEROGENEITY_I2: Final = 0.5
_DEFAULT_LEVEL: Final = Fraction(19, 20)


# -- standard errors ------------------------------------------------------------------------


#: Quantiles of levels from about 0.1% to 1 − 1e-23: outside them, a standard error out of
#: range is said to come from the level.
_ORDINARY_Z: Final = (1e-3, 10.0)
#: Levels closer than this to 0 or 1 take their quantile another way: (1 + c) / 2 in
#: floating point would lose c's digits (near 0) or the tail's (near 1).
_EXTREME_LEVEL: Final = 1e-6


def z_value(confidence: Level = _DEFAULT_LEVEL) -> float:
    """The two-sided normal quantile of a confidence level: Φ⁻¹((1 + c) / 2).

    Every level in (0, 1) whose quantile a float holds is computed to full precision:
    near 1 as −Φ⁻¹((1 − c) / 2), the tail taken exactly from an exact level; near 0 by
    the series √(2π)·x·(1 + πx²/3), x = c / 2, as ½ + x would round to ½. A level so
    close to 0 or 1 that its quantile is 0 or beyond a float (1 − 10⁻⁴⁰⁰) is a
    ``ValueError`` saying so, not a division by zero later.

    >>> round(z_value(0.95), 6), round(z_value(Fraction(9, 10)), 6)
    (1.959964, 1.644854)
    >>> z_value(Fraction(1, 10**20)) > 0, round(z_value(1 - Fraction(1, 10**20)), 4)
    (True, 9.336)
    """
    if not 0 < confidence < 1:
        raise ValueError(f"a confidence level must be in (0, 1), not {confidence!r}")
    c = float(confidence)
    if c < _EXTREME_LEVEL:
        x = c / 2
        z = math.sqrt(2 * math.pi) * x * (1 + math.pi * x * x / 3)
    elif c > 1 - _EXTREME_LEVEL:
        tail = float((1 - confidence) / 2)  # exact for a Fraction, then rounded once
        z = -_NORMAL.inv_cdf(tail) if tail > 0 else math.inf
    else:
        z = _NORMAL.inv_cdf((1 + c) / 2)
    if not 0 < z < math.inf:
        near, quantile = ("0", "0") if c < 0.5 else ("1", "infinite")
        raise ValueError(
            f"a confidence level of {_level(confidence)} is too close to {near} for"
            f" floating-point arithmetic (its normal quantile is {quantile}); give a level"
            " such as 0.95"
        )
    return z


def _level(confidence: Level) -> str:
    """A confidence level as text a reader can take in: 1e-400 as ``1e-400``, not 401 digits;
    one within 1e-10 of 1 as ``1 − 1e-400``."""
    if not isinstance(confidence, Fraction) or len(str(confidence)) <= 24:
        return str(confidence)
    near_one = confidence > Fraction(1, 2)
    gap = 1 - confidence if near_one else confidence
    text = f"{Decimal(gap.numerator) / Decimal(gap.denominator):.3g}"
    return f"1 − {text}" if near_one else text


def standard_errors(
    low: Number | float, best: Number | float, high: Number | float, *, confidence: Level = 0.95
) -> tuple[float, float]:
    """The standard errors (low side, high side) of ``best`` with interval [low, high].

    ``se_low = (best − low) / z`` and ``se_high = (high − best) / z`` with
    z = :func:`z_value` (``confidence``): one per side, equal for a symmetric
    interval.

    >>> [round(s, 4) for s in standard_errors(80, 100, 130, confidence=0.95)]
    [10.2043, 15.3064]
    >>> standard_errors(5, 4, 6)
    Traceback (most recent call last):
    ...
    ValueError: best 4 is outside the interval [5, 6]
    """
    if not low <= best <= high:
        raise ValueError(f"best {best} is outside the interval [{low}, {high}]")
    z = z_value(confidence)
    return _float(best - low) / z, _float(high - best) / z


def _float(x: Number | float) -> float:
    try:
        return float(x)
    except OverflowError:
        raise ValueError(f"{x} is too large for pwstats.meta's floating-point arithmetic") from None


#: Bests and standard errors beyond this magnitude (or, for standard errors, below its
#: inverse) would overflow or underflow when squared; they are refused, not miscomputed.
_LIMIT: Final = 1e150
_RESCALE: Final = "express the estimates in a larger or smaller unit"


@attrs.frozen
class Study:
    """One estimate as a meta-analysis sees it: ``best`` and a standard error per side.

    ``id`` names it in messages (a figure id, a study name). Make one from an
    interval with :meth:`from_interval`, from an estimate figure with
    :meth:`of`, or give the standard errors directly. Numbers are floats; a
    best beyond ±1e150 or a nonzero standard error outside 1e-150 to 1e150 is
    refused (its square would overflow), with a ``ValueError`` saying so.

    >>> s = Study(best=10.0, se_low=1.0, se_high=2.0)
    >>> [round(x, 3) for x in s.interval(0.95)]
    [8.04, 13.92]
    """

    best: float = attrs.field(converter=float)
    se_low: float = attrs.field(converter=float)
    se_high: float = attrs.field(converter=float)
    id: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        name = f"study {self.id!r}" if self.id is not None else "a study"
        if not math.isfinite(self.best):
            raise ValueError(f"{name}: best must be a finite number, not {self.best}")
        if abs(self.best) > _LIMIT:
            raise ValueError(f"{name}: best {self.best} is beyond ±{_LIMIT:g}; {_RESCALE}")
        for side in ("se_low", "se_high"):
            se = getattr(self, side)
            if not (math.isfinite(se) and se >= 0):
                raise ValueError(f"{name}: {side} must be a finite number ≥ 0, not {se}")
            if se != 0 and not 1 / _LIMIT < se < _LIMIT:
                raise ValueError(
                    f"{name}: {side} {se} is outside {1 / _LIMIT:g} to {_LIMIT:g}; {_RESCALE}"
                )

    @classmethod
    def from_interval(
        cls,
        low: Number | float,
        best: Number | float,
        high: Number | float,
        *,
        confidence: Level = 0.95,
        id: str | None = None,
    ) -> Study:
        """The study of ``best`` with interval [low, high] at ``confidence``.

        >>> Study.from_interval(8, 10, 12, confidence=0.95).se_high == 2 / z_value(0.95)
        True
        """
        se_low, se_high = standard_errors(low, best, high, confidence=confidence)
        try:
            return cls(best=float(best), se_low=se_low, se_high=se_high, id=id)
        except ValueError as error:
            z = z_value(confidence)
            if _ORDINARY_Z[0] <= z <= _ORDINARY_Z[1]:
                raise
            raise ValueError(  # the level, not the unit, is what puts them out of range
                f"{error}, or a confidence level nearer 0.95: the standard errors are the"
                f" interval's half-widths over the level's quantile, {z:.3g} at"
                f" {_level(confidence)}"
            ) from None

    @classmethod
    def of(cls, figure: Figure) -> Study:
        """The study of an estimate figure (``basis="estimate"``), at its confidence.

        >>> from pwstats import Figure
        >>> f = Figure(id="f", measure="m", basis="estimate", low=8, best=10, high=12,
        ...            as_of="2024")
        >>> Study.of(f).id, round(Study.of(f).se_low, 4)
        ('f', 1.0204)
        """
        if figure.basis != "estimate":
            raise ValueError(f"figure {figure.id!r} is a count, not an estimate")
        low, best, high = figure.low, figure.best, figure.high
        assert low is not None, "Figure checks that an estimate has low, best and high"
        assert best is not None, "Figure checks that an estimate has low, best and high"
        assert high is not None, "Figure checks that an estimate has low, best and high"
        return cls.from_interval(low, best, high, confidence=figure.confidence, id=figure.id)

    def se_facing(self, value: float) -> float:
        """The standard error of the side facing ``value``: high side above best, low below.

        At ``value == best`` there is no facing side; this returns the low side's.

        >>> s = Study(best=10, se_low=1, se_high=2)
        >>> s.se_facing(12), s.se_facing(8)
        (2.0, 1.0)
        """
        return self.se_high if value > self.best else self.se_low

    def interval(self, confidence: Level = 0.95) -> tuple[float, float]:
        """The interval (low, high) at ``confidence``: best ∓ z·se of each side.

        The inverse of :meth:`from_interval` at the same level:

        >>> [round(x, 9) for x in Study.from_interval(793, 4645, 8498).interval(0.95)]
        [793.0, 8498.0]
        """
        z = z_value(confidence)
        return self.best - z * self.se_low, self.best + z * self.se_high


def _studies(studies: Iterable[Study]) -> tuple[Study, ...]:
    items = tuple(studies)
    for s in items:
        if not isinstance(s, Study):
            raise TypeError(f"expected Study values, found {type(s).__name__}")
    return items


def _label(s: Study, i: int) -> str:
    return repr(s.id) if s.id is not None else f"#{i + 1}"


# -- the chi-square tail --------------------------------------------------------------------

_EPSILON: Final = 1e-15
_MAX_TERMS: Final = 10_000


def _upper_gamma(a: float, x: float) -> float:
    """The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a)."""
    if x <= 0:
        return 1.0
    log_prefix = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1:
        # series for P(a, x) (Abramowitz & Stegun 6.5.29): e^-x x^a Σ x^n / Γ(a + n + 1)
        term = total = 1.0 / a
        n = a
        for _ in range(_MAX_TERMS):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * _EPSILON:
                break
        return max(0.0, 1.0 - total * math.exp(log_prefix))
    # continued fraction for Q(a, x) (A&S 6.5.31), evaluated by the modified Lentz method
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, _MAX_TERMS):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < _EPSILON:
            break
    return math.exp(log_prefix) * h


def chi2_sf(x: float, df: float) -> float:
    """P(X ≥ x) for X chi-square with ``df`` > 0 degrees of freedom: Q(df/2, x/2).

    Computed in pure Python from the regularized incomplete gamma function
    (series or continued fraction, to about 1e-14 relative accuracy).

    >>> round(chi2_sf(3.841458820694124, 1), 6), round(chi2_sf(2.0, 2), 6)  # e^-1
    (0.05, 0.367879)
    """
    if not df > 0:
        raise ValueError(f"degrees of freedom must be positive, not {df}")
    if math.isnan(x):
        raise ValueError("the chi-square statistic is not a number")
    if x == math.inf:
        return 0.0
    return _upper_gamma(df / 2, x / 2)


# -- pooling --------------------------------------------------------------------------------


@attrs.frozen
class Pooled:
    """The pooling of several estimates of one quantity; see the module's rules.

    ``fixed``/``fixed_low``/``fixed_high`` are the fixed-effect (inverse
    variance) mean and interval, ``random``/``random_low``/``random_high`` the
    DerSimonian–Laird random-effects ones; ``q``, ``df``, ``p_value`` (None
    when ``df`` is 0), ``i2`` and ``tau2`` measure heterogeneity; ``model``
    says which pooling :attr:`best`, :attr:`low` and :attr:`high` report.

    >>> p = pool([Study(0, 1, 1), Study(10, 1, 1)])
    >>> p.model, p.heterogeneous, p.best == p.random, round(p.tau2, 1)
    ('random', True, True, 49.0)
    """

    k: int
    confidence: float
    fixed: float
    fixed_low: float
    fixed_high: float
    q: float
    df: int
    p_value: float | None
    i2: float
    tau2: float
    random: float
    random_low: float
    random_high: float
    model: Model

    @property
    def best(self) -> float:
        """The pooled mean of the reported model."""
        return self.fixed if self.model == "fixed" else self.random

    @property
    def low(self) -> float:
        """The low end of the reported model's interval."""
        return self.fixed_low if self.model == "fixed" else self.random_low

    @property
    def high(self) -> float:
        """The high end of the reported model's interval."""
        return self.fixed_high if self.model == "fixed" else self.random_high

    @property
    def heterogeneous(self) -> bool:
        """Whether the studies disagree beyond chance (then ``model`` is ``"random"``)."""
        return self.model == "random"


def _weight(s: Study, theta: float, tau2: float) -> float:
    """1 / (s(θ)² + τ²) with the facing side; at θ = best, the mean of both sides'."""
    if theta == s.best:
        return (1 / (s.se_low**2 + tau2) + 1 / (s.se_high**2 + tau2)) / 2
    return 1 / (s.se_facing(theta) ** 2 + tau2)


def _root(studies: Sequence[Study], tau2: float) -> float:
    """The θ with Σ (yᵢ − θ) / (sᵢ(θ)² + τ²) = 0, every facing variance positive.

    Between consecutive distinct bests the facing sides, hence the weights, are
    constant, and the root of that segment's linear function is its weighted
    mean; the one segment whose weighted mean lies inside it holds the root.
    """
    ordered = sorted(studies, key=lambda s: s.best)
    bests = sorted({s.best for s in ordered})
    if len(bests) == 1:
        return bests[0]
    # suffix sums of the low sides' Σw, Σwy (studies above a segment face it with their
    # low side), built by additions only: running subtraction would leave rounding residue
    n = len(ordered)
    above_w, above_wy = [0.0] * (n + 1), [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        w = 1 / (ordered[i].se_low ** 2 + tau2)
        above_w[i] = above_w[i + 1] + w
        above_wy[i] = above_wy[i + 1] + w * ordered[i].best
    below_w = below_wy = 0.0  # the high sides of the studies below the segment
    i = 0
    for j in range(len(bests) - 1):
        lo, hi = bests[j], bests[j + 1]
        while i < n and ordered[i].best <= lo:
            w = 1 / (ordered[i].se_high ** 2 + tau2)
            below_w += w
            below_wy += w * ordered[i].best
            i += 1
        theta = (below_wy + above_wy[i]) / (below_w + above_w[i])
        if theta <= hi or j == len(bests) - 2:
            return min(max(theta, lo), hi)
    raise AssertionError("unreachable: the last segment returns")  # pragma: no cover


def _side_se(studies: Sequence[Study], side: Literal["se_low", "se_high"], tau2: float) -> float:
    total = sum(1 / (getattr(s, side) ** 2 + tau2) for s in studies if getattr(s, side) > 0)
    return math.inf if total == 0 else 1 / math.sqrt(total)


def _certain_bounds(studies: Sequence[Study]) -> tuple[float, float]:
    """The pooled mean's hard bounds from zero sides; ValueError when they exclude each other."""
    floor, ceiling = -math.inf, math.inf
    floor_by = ceiling_by = -1
    for i, s in enumerate(studies):
        if s.se_low == 0 and s.best > floor:
            floor, floor_by = s.best, i
        if s.se_high == 0 and s.best < ceiling:
            ceiling, ceiling_by = s.best, i
    if floor > ceiling:
        a, b = studies[floor_by], studies[ceiling_by]
        raise ValueError(
            f"studies {_label(a, floor_by)} and {_label(b, ceiling_by)} cannot be pooled: the"
            f" first is certain the value is at least {a.best}, the second at most {b.best}"
            " (zero-width sides of their intervals)"
        )
    return floor, ceiling


def pool(
    studies: Iterable[Study],
    *,
    confidence: Level = 0.95,
    alpha: float = HETEROGENEITY_ALPHA,
) -> Pooled:
    """Pool estimates of one quantity: fixed and random effects, Q, I², τ².

    The rules (one side at a time, the choice of model, degenerate inputs) are
    in this module's docstring. ``confidence`` is the level of the pooled
    intervals; ``alpha`` the level of Q's test in the choice of model.

    >>> studies = [Study.from_interval(90, 100, 110), Study.from_interval(112, 125, 140),
    ...            Study.from_interval(95, 104, 113)]
    >>> p = pool(studies)
    >>> round(p.fixed, 2), round(p.q, 2), p.df, round(p.i2, 2), p.model
    (106.98, 9.67, 2, 0.79, 'random')
    >>> round(p.random, 2), round(p.low, 2), round(p.high, 2)
    (108.98, 95.59, 122.56)
    """
    items = _studies(studies)
    if not items:
        raise ValueError("pool() needs at least one study")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), not {alpha!r}")
    z = z_value(confidence)
    floor, ceiling = _certain_bounds(items)
    known = floor == ceiling  # a value known exactly: no model can move the pooled mean
    # a zero side only bounds; in the weights it takes its other side (or is dropped if both are 0)
    weighed = [
        Study(best=s.best, se_low=s.se_low or s.se_high, se_high=s.se_high or s.se_low)
        for s in items
        if s.se_low > 0 or s.se_high > 0
    ]
    fixed = min(max(_root(weighed, 0.0), floor), ceiling) if weighed else floor
    q = sum(_weight(s, fixed, 0.0) * (s.best - fixed) ** 2 for s in weighed if s.best != fixed)
    df = len(items) - 1
    p_value = chi2_sf(q, df) if df > 0 else None
    i2 = max(0.0, (q - df) / q) if q > 0 else 0.0
    tau2 = 0.0
    if not known and df > 0:
        w = [_weight(s, fixed, 0.0) for s in weighed]
        scale = sum(w) - sum(x * x for x in w) / sum(w)
        tau2 = max(0.0, (q - df) / scale) if scale > 0 else 0.0
    fixed_low = max(fixed - z * _side_se(items, "se_low", 0.0), floor)
    fixed_high = min(fixed + z * _side_se(items, "se_high", 0.0), ceiling)
    if tau2 > 0:
        random = min(max(_root(weighed, tau2), floor), ceiling)
        random_low = max(random - z * _side_se(items, "se_low", tau2), floor)
        random_high = min(random + z * _side_se(items, "se_high", tau2), ceiling)
    else:
        random, random_low, random_high = fixed, fixed_low, fixed_high
    heterogeneous = p_value is not None and (p_value < alpha or i2 >= HETEROGENEITY_I2)
    return Pooled(
        k=len(items),
        confidence=float(confidence),
        fixed=fixed,
        fixed_low=fixed_low,
        fixed_high=fixed_high,
        q=q,
        df=df,
        p_value=p_value,
        i2=i2,
        tau2=tau2,
        random=random,
        random_low=random_low,
        random_high=random_high,
        model="random" if heterogeneous and not known else "fixed",
    )


# -- two estimates, sums, counts ---------------------------------------------------------------


@attrs.frozen
class Difference:
    """A z-test of two estimates: ``difference`` = a.best − b.best and its ``se``.

    ``se`` combines the facing sides: when a is above b, a's low side and b's
    high side. ``p_value`` is two-sided; ``significant`` says it is below
    1 − ``confidence``.

    >>> d = compare(Study(10, 1, 1), Study(7, 1, 1))
    >>> round(d.se, 4), round(d.z, 4), round(d.p_value, 4), d.significant
    (1.4142, 2.1213, 0.0339, True)
    """

    difference: float
    se: float
    z: float
    p_value: float
    significant: bool


def compare(a: Study, b: Study, *, confidence: Level = 0.95) -> Difference:
    """Whether two estimates differ significantly at ``confidence`` (two-sided z-test).

    z = (a.best − b.best) / √(s_a² + s_b²), each s the side facing the other
    best. Two estimates with equal bests never differ; with a zero combined
    standard error, any difference is significant (p = 0).

    >>> compare(Study.from_interval(90, 100, 110), Study.from_interval(112, 125, 140)).significant
    True
    >>> round(compare(Study(0, 1, 1), Study(1, 1, 1)).p_value, 4)
    0.4795
    """
    for s in (a, b):
        if not isinstance(s, Study):
            raise TypeError(f"compare() takes two Study values, found {type(s).__name__}")
    alpha = 1 - float(confidence)
    z_value(confidence)  # checks the level
    d = a.best - b.best
    if d == 0:
        return Difference(difference=0.0, se=0.0, z=0.0, p_value=1.0, significant=False)
    se = math.hypot(a.se_facing(b.best), b.se_facing(a.best))
    if se == 0:
        return Difference(
            difference=d, se=0.0, z=math.copysign(math.inf, d), p_value=0.0, significant=True
        )
    z = d / se
    p = math.erfc(abs(z) / math.sqrt(2))  # 2·Φ(−|z|), accurate far in the tail
    return Difference(difference=d, se=se, z=z, p_value=p, significant=p < alpha)


def sum_of(studies: Iterable[Study], *, id: str | None = None) -> Study:
    """The sum of independent estimates: best = Σ best, each side's se = √(Σ se_side²).

    At any confidence level each side's half-width is then z·√(Σ se_side²):
    standard errors of independent estimates add in quadrature, side by side.
    This is how totals of estimates are formed.

    >>> s = sum_of([Study.from_interval(0, 10, 20), Study.from_interval(5, 20, 35)])
    >>> [round(x, 3) for x in (s.best, *s.interval(0.95))]
    [30.0, 11.972, 48.028]
    """
    items = _studies(studies)
    if not items:
        raise ValueError("sum_of() needs at least one study")
    return Study(
        best=math.fsum(s.best for s in items),
        se_low=math.sqrt(math.fsum(s.se_low**2 for s in items)),
        se_high=math.sqrt(math.fsum(s.se_high**2 for s in items)),
        id=id,
    )


def outside(
    value: Number | Interval, low: Number, high: Number
) -> Literal["below", "above"] | None:
    """Where a count lies relative to an estimate's interval [low, high], exactly.

    ``value`` is a number or the interval a count reads as; it is ``"below"``
    or ``"above"`` when none of it lies in [low, high], else None.

    >>> outside(2975, 793, 8498), outside(64, 793, 8498), outside(Interval.at_least(9000), 1, 5)
    (None, 'below', 'above')
    """
    if low > high:
        raise ValueError(f"the interval [{low}, {high}] is empty: low is above high")
    iv = value if isinstance(value, Interval) else Interval.point(value)
    if iv.is_empty:
        raise ValueError("the count's interval is empty")
    estimate = Interval.closed(low, high)
    if iv.overlaps(estimate):
        return None
    return "below" if iv.hi <= low else "above"
