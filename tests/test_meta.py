"""Meta-analysis maths: checked against statsmodels on published meta-analyses, and by laws.

The oracle is ``statsmodels.stats.meta_analysis.combine_effects`` with the
DerSimonian–Laird estimator (``method_re="dl"``) and normal intervals; scipy's
``chi2.sf`` and ``norm`` check the pure-Python tails.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pwstats import Figure, Interval
from pwstats.errors import DatasetError
from pwstats.meta import (
    Study,
    chi2_sf,
    compare,
    outside,
    pool,
    standard_errors,
    sum_of,
    z_value,
)

np = pytest.importorskip("numpy")
meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
scipy_stats = pytest.importorskip("scipy.stats")
scipy_special = pytest.importorskip("scipy.special")

# -- three published meta-analyses ------------------------------------------------------------

#: BCG vaccine against tuberculosis, 13 trials: Colditz et al. (1994), "Efficacy of BCG
#: vaccine in the prevention of tuberculosis", JAMA 271(9), 698-702 (metafor's dat.bcg):
#: (vaccinated TB+, vaccinated TB-, control TB+, control TB-). Effect: log risk ratio.
BCG = (
    (4, 119, 11, 128),
    (6, 300, 29, 274),
    (3, 228, 11, 209),
    (62, 13536, 248, 12619),
    (33, 5036, 47, 5761),
    (180, 1361, 372, 1079),
    (8, 2537, 10, 619),
    (505, 87886, 499, 87892),
    (29, 7470, 45, 7232),
    (17, 1699, 65, 1600),
    (186, 50448, 141, 27197),
    (5, 2493, 3, 2338),
    (27, 16886, 29, 17825),
)

#: Length of hospital stay (days) of stroke patients, specialist vs routine care, 9 studies:
#: Normand (1999), "Meta-analysis: formulating, evaluating, combining, and reporting",
#: Statistics in Medicine 18(3), 321-359 (metafor's dat.normand1999):
#: (n1, mean1, sd1, n2, mean2, sd2). Effect: mean difference, variance sd1²/n1 + sd2²/n2.
NORMAND = (
    (155, 55, 47, 156, 75, 64),
    (31, 27, 7, 32, 29, 4),
    (75, 64, 17, 71, 119, 29),
    (18, 66, 20, 18, 137, 48),
    (8, 14, 8, 13, 18, 11),
    (57, 19, 7, 52, 18, 4),
    (34, 52, 45, 33, 41, 34),
    (110, 21, 16, 183, 31, 27),
    (60, 30, 27, 52, 23, 20),
)

#: Six studies of a treatment's effect on a test score (Carroll, Grant, Peck, Donat, Stewart,
#: Young) from Borenstein et al. (2009), Introduction to Meta-Analysis, and Chen & Peace
#: (2013), Applied Meta-Analysis with R, the example of statsmodels' meta-analysis tests:
#: (mean_t, sd_t, n_t, mean_c, sd_c, n_c). Effect: mean difference.
BORENSTEIN = (
    (94, 22, 60, 92, 20, 60),
    (98, 21, 65, 92, 22, 65),
    (98, 28, 40, 88, 26, 40),
    (94, 19, 200, 82, 17, 200),
    (98, 21, 50, 88, 22, 45),
    (96, 21, 85, 92, 22, 85),
)


def bcg_effects() -> tuple[list[float], list[float]]:
    y = [math.log((a / (a + b)) / (c / (c + d))) for a, b, c, d in BCG]
    v = [1 / a - 1 / (a + b) + 1 / c - 1 / (c + d) for a, b, c, d in BCG]
    return y, v


def normand_effects() -> tuple[list[float], list[float]]:
    y = [float(m1 - m2) for _, m1, _, _, m2, _ in NORMAND]
    v = [s1**2 / n1 + s2**2 / n2 for n1, _, s1, n2, _, s2 in NORMAND]
    return y, v


def borenstein_effects() -> tuple[list[float], list[float]]:
    y = [float(mt - mc) for mt, _, _, mc, _, _ in BORENSTEIN]
    v = [st_**2 / nt + sc**2 / nc for _, st_, nt, _, sc, nc in BORENSTEIN]
    return y, v


def symmetric(y: list[float], v: list[float]) -> list[Study]:
    return [Study(yi, math.sqrt(vi), math.sqrt(vi)) for yi, vi in zip(y, v, strict=True)]


def assert_matches_statsmodels(y: list[float], v: list[float], *, rel: float = 1e-9) -> None:
    ours = pool(symmetric(y, v))
    with np.errstate(all="ignore"):  # statsmodels divides by its untruncated τ² (see below)
        theirs = meta_analysis.combine_effects(np.array(y), np.array(v), method_re="dl")
        (fe_low, fe_high), (re_low, re_high) = theirs.conf_int(use_t=False)[:2]
    assert ours.fixed == pytest.approx(theirs.mean_effect_fe, rel=rel, abs=1e-12)
    assert (ours.fixed_low, ours.fixed_high) == pytest.approx((fe_low, fe_high), rel=rel)
    assert ours.q == pytest.approx(theirs.q, rel=rel)
    assert ours.df == theirs.df
    # statsmodels leaves I² = 1 - df/Q negative (-inf at Q = 0); Higgins & Thompson truncate at 0
    assert ours.i2 == pytest.approx(max(0.0, theirs.i2), rel=rel, abs=1e-12)
    if theirs.tau2 > 0:
        assert ours.tau2 == pytest.approx(theirs.tau2, rel=rel, abs=1e-12)
        assert ours.random == pytest.approx(theirs.mean_effect_re, rel=rel, abs=1e-12)
        assert (ours.random_low, ours.random_high) == pytest.approx((re_low, re_high), rel=rel)
    else:  # statsmodels leaves DL's moment estimate negative; DerSimonian-Laird truncate at 0
        assert ours.tau2 == 0
        assert (ours.random, ours.random_low, ours.random_high) == (
            ours.fixed, ours.fixed_low, ours.fixed_high,
        )  # fmt: skip
    assert ours.p_value == pytest.approx(scipy_stats.chi2.sf(theirs.q, theirs.df), rel=1e-9)


def test_bcg_trials_match_statsmodels_and_metafor() -> None:
    """The 13 BCG trials pool as statsmodels pools them; Q is metafor's published 152.2330."""
    y, v = bcg_effects()
    assert_matches_statsmodels(y, v)
    p = pool(symmetric(y, v))
    assert round(p.q, 4) == 152.2330  # metafor, rma(yi, vi, data = dat.bcg)
    assert round(p.i2, 4) == 0.9212  # I² 92.12% (DerSimonian-Laird)
    assert (round(p.fixed, 4), round(p.random, 4), round(p.tau2, 4)) == (-0.4303, -0.7141, 0.3088)
    assert p.model == "random"


def test_normand_stroke_stays_match_statsmodels() -> None:
    """Normand's nine stroke-care studies pool as statsmodels pools them, random effects."""
    y, v = normand_effects()
    assert_matches_statsmodels(y, v)
    assert pool(symmetric(y, v)).model == "random"


def test_borenstein_example_matches_statsmodels() -> None:
    """Borenstein's six studies pool as statsmodels pools them; mild heterogeneity: fixed."""
    y, v = borenstein_effects()
    assert_matches_statsmodels(y, v)
    p = pool(symmetric(y, v))
    assert p.tau2 > 0  # Q exceeds its df a little ...
    assert p.p_value is not None
    assert p.p_value >= 0.10  # ... but not significantly,
    assert p.i2 < 0.5  # and I² is below "moderate": the fixed-effect model is reported
    assert (p.model, p.best, p.low, p.high) == ("fixed", p.fixed, p.fixed_low, p.fixed_high)


def test_confidence_intervals_come_from_the_interval_given() -> None:
    """Studies given as 95% intervals pool as their standard errors do (BCG as intervals)."""
    y, v = bcg_effects()
    z = z_value(0.95)
    from_intervals = [
        Study.from_interval(yi - z * math.sqrt(vi), yi, yi + z * math.sqrt(vi))
        for yi, vi in zip(y, v, strict=True)
    ]
    a, b = pool(from_intervals), pool(symmetric(y, v))
    assert a.fixed == pytest.approx(b.fixed, rel=1e-12)
    assert a.random_high == pytest.approx(b.random_high, rel=1e-12)
    assert a.q == pytest.approx(b.q, rel=1e-12)


# -- the chi-square tail and z -----------------------------------------------------------------


@given(
    x=st.floats(min_value=0, max_value=2000, allow_nan=False),
    df=st.integers(min_value=1, max_value=500),
)
def test_chi2_sf_matches_scipy(x: float, df: int) -> None:
    """chi2_sf agrees with scipy.stats.chi2.sf to 1e-10 relative (or 1e-300 absolute)."""
    assert chi2_sf(x, df) == pytest.approx(scipy_stats.chi2.sf(x, df), rel=1e-10, abs=1e-300)


@pytest.mark.parametrize(
    ("x", "df"), [(0.0, 1), (1e-12, 3), (12.0, 12), (11.0, 12), (13.0, 12), (1e5, 7), (0.5, 0.5)]
)
def test_chi2_sf_at_the_edges(x: float, df: float) -> None:
    """chi2_sf is right at 0, near the mean (series/fraction switch), far tail, half df."""
    assert chi2_sf(x, df) == pytest.approx(scipy_stats.chi2.sf(x, df), rel=1e-10, abs=1e-300)


def test_chi2_sf_rejects_bad_arguments() -> None:
    """Non-positive degrees of freedom and a NaN statistic are errors; infinity has tail 0."""
    with pytest.raises(ValueError, match="degrees of freedom"):
        chi2_sf(1.0, 0)
    with pytest.raises(ValueError, match="not a number"):
        chi2_sf(math.nan, 2)
    assert chi2_sf(math.inf, 3) == 0.0


@given(st.floats(min_value=0.01, max_value=0.999))
def test_z_value_is_the_normal_quantile(c: float) -> None:
    """z_value(c) is scipy's norm.ppf((1 + c) / 2)."""
    assert z_value(c) == pytest.approx(scipy_stats.norm.ppf((1 + c) / 2), rel=1e-9)


@given(
    st.one_of(
        st.floats(min_value=1e-300, max_value=0.999999999),
        st.integers(1, 300).map(lambda k: Fraction(1, 10**k)),
        st.integers(1, 300).map(lambda k: 1 - Fraction(1, 10**k)),
    )
)
def test_z_value_is_the_normal_quantile_to_either_end(c: float | Fraction) -> None:
    """z_value(c) is √2·erfinv(c) (scipy) for every level whose quantile a float holds: near 0,
    where ½ + c/2 rounds to ½ (a level of 1e-20 gave z = 0, then a division by zero), and
    near 1, from the exact tail (a level of 1 − 1e-17 was refused as not in (0, 1))."""
    if c < Fraction(1, 2):
        expected = math.sqrt(2) * float(scipy_special.erfinv(float(c)))
    else:  # erfinv of a float near 1 has lost the tail: the tail's own quantile
        expected = float(scipy_stats.norm.isf(float((1 - Fraction(c)) / 2)))
    assert z_value(c) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("c", "said", "figure_said"),
    [
        # a figure refuses a level below 50% before its quantile is sought
        (Fraction(1, 10**400), "too close to 0 .* quantile is 0", "confidence 1e-400 is below"),
        (
            1 - Fraction(1, 10**400),
            "1 − 1e-400 is too close to 1 .* quantile is infinite",
            "a confidence level of 1 − 1e-400 is too close to 1 .* quantile is infinite",
        ),
    ],
)
def test_z_value_of_a_level_beyond_floats_says_so(c: Fraction, said: str, figure_said: str) -> None:
    """A level whose quantile no float holds is a ValueError naming it in a few characters."""
    with pytest.raises(ValueError, match=said):
        z_value(c)
    with pytest.raises(DatasetError, match=f"figure 'e': {figure_said}"):
        Figure(id="e", measure="m", basis="estimate", low=1, best=2, high=3, confidence=c,
               as_of="2024")  # fmt: skip


def test_an_estimate_out_of_range_for_its_level_names_the_level() -> None:
    """At a level of 1e-300 the standard errors (half-width / z) pass 1e150: the message
    names the level and its quantile, not only the unit, as the cause. A figure refuses
    such a level before (below 50%: no reported interval's)."""
    with pytest.raises(ValueError, match=r"confidence level nearer 0.95.*1.25e-300 at 1e-300"):
        Study.from_interval(1, 2, 3, confidence=Fraction(1, 10**300))
    with pytest.raises(DatasetError, match=r"figure 'e': confidence 1e-300 is below 0.5"):
        Figure(id="e", measure="m", basis="estimate", low=1, best=2, high=3,
               confidence=1e-300, as_of="2024")  # fmt: skip


@pytest.mark.parametrize("c", [0, 1, 1.5, -0.1])
def test_z_value_rejects_levels_outside_0_1(c: float) -> None:
    """A confidence level must lie strictly between 0 and 1."""
    with pytest.raises(ValueError, match=r"in \(0, 1\)"):
        z_value(c)


# -- standard errors and studies ---------------------------------------------------------------


def test_standard_errors_are_one_per_side() -> None:
    """An asymmetric interval gives se_low = (best - low)/z and se_high = (high - best)/z."""
    z = z_value(Fraction(9, 10))
    assert standard_errors(80, 100, 130, confidence=Fraction(9, 10)) == pytest.approx(
        (20 / z, 30 / z)
    )


def test_an_interval_too_wide_for_floats_is_refused() -> None:
    """An exact interval whose width overflows a float is a ValueError, not infinity."""
    with pytest.raises(ValueError, match=r"too large for pwstats\.meta"):
        Study.from_interval(-(10**400), 0, 10**400)


def test_study_from_an_estimate_figure_uses_its_confidence() -> None:
    """Study.of reads low/best/high at the figure's own confidence level."""
    f = Figure(
        id="f", measure="m", basis="estimate", low=80, best=100, high=130, confidence="90%",
        as_of="2024",
    )  # fmt: skip
    s = Study.of(f)
    assert (s.id, s.best) == ("f", 100.0)
    assert s.interval(Fraction(9, 10)) == pytest.approx((80, 130))
    with pytest.raises(ValueError, match="is a count, not an estimate"):
        Study.of(Figure(id="c", measure="m", value=3, as_of="2024"))


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"best": math.nan, "se_low": 1, "se_high": 1}, "best must be a finite number"),
        ({"best": 1, "se_low": -1, "se_high": 1}, "se_low must be a finite number ≥ 0"),
        ({"best": 1, "se_low": 1, "se_high": math.inf}, "se_high must be a finite number"),
        ({"best": 1e200, "se_low": 1, "se_high": 1}, "best 1e.200 is beyond ±1e.150"),
        ({"best": 1, "se_low": 1e-200, "se_high": 1}, "se_low 1e-200 is outside 1e-150 to"),
    ],
)
def test_a_study_rejects_impossible_numbers(kw: dict[str, float], message: str) -> None:
    """NaN or infinite bests and negative or infinite standard errors are refused."""
    with pytest.raises(ValueError, match=message):
        Study(**kw, id="s1")


# -- laws of pooling ----------------------------------------------------------------------------

bests = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)
ses = st.floats(min_value=1e-2, max_value=1e3, allow_nan=False)
asymmetric = st.builds(Study, best=bests, se_low=ses, se_high=ses)
symmetric_studies = st.builds(lambda y, s: Study(y, s, s), bests, ses)


def mirror(s: Study) -> Study:
    return Study(best=-s.best, se_low=s.se_high, se_high=s.se_low)


@given(st.lists(asymmetric, min_size=1, max_size=12))
def test_pooled_means_lie_between_the_extreme_bests(studies: list[Study]) -> None:
    """Fixed and random pooled means lie between the smallest and largest best."""
    p = pool(studies)
    lo, hi = min(s.best for s in studies), max(s.best for s in studies)
    assert lo <= p.fixed <= hi
    assert lo <= p.random <= hi
    assert p.fixed_low <= p.fixed <= p.fixed_high
    assert p.random_low <= p.random <= p.random_high


@given(st.lists(asymmetric, min_size=1, max_size=12))
def test_i2_lies_in_0_1_and_tau2_is_non_negative(studies: list[Study]) -> None:
    """I² is in [0, 1), τ² ≥ 0, and both are 0 exactly when Q ≤ df."""
    p = pool(studies)
    assert 0 <= p.i2 < 1
    assert p.tau2 >= 0
    if p.q <= p.df:
        assert p.i2 == 0
        assert p.tau2 == 0


@given(st.lists(symmetric_studies, min_size=2, max_size=10))
def test_symmetric_studies_pool_by_the_textbook_formulas(studies: list[Study]) -> None:
    """With symmetric intervals, pooling is Σwy/Σw, Q = Σw(y-θ)², and DerSimonian-Laird."""
    w = [1 / s.se_low**2 for s in studies]
    fixed = sum(wi * s.best for wi, s in zip(w, studies, strict=True)) / sum(w)
    q = sum(wi * (s.best - fixed) ** 2 for wi, s in zip(w, studies, strict=True))
    df = len(studies) - 1
    c = sum(w) - sum(x * x for x in w) / sum(w)
    tau2 = max(0.0, (q - df) / c)
    wr = [1 / (s.se_low**2 + tau2) for s in studies]
    random = sum(wi * s.best for wi, s in zip(wr, studies, strict=True)) / sum(wr)
    p = pool(studies)
    scale = max(abs(s.best) for s in studies) + 1
    assert p.fixed == pytest.approx(fixed, rel=1e-9, abs=1e-9 * scale)
    assert p.q == pytest.approx(q, rel=1e-6, abs=1e-9)
    assert p.tau2 == pytest.approx(tau2, rel=1e-6, abs=1e-9 * scale**2)
    assert p.random == pytest.approx(random, rel=1e-6, abs=1e-6 * scale)
    half = z_value(0.95) / math.sqrt(sum(wr))
    assert p.random_high - p.random == pytest.approx(half, rel=1e-6)


#: Well-conditioned studies for the statsmodels oracle, which computes Q as
#: Σwy² - (Σwy)²/Σw and so loses every digit when weights or bests differ wildly.
conditioned = st.builds(
    lambda y, s: Study(y, s, s),
    st.floats(min_value=-100, max_value=100),
    st.floats(min_value=0.5, max_value=20),
)


@given(st.lists(conditioned, min_size=2, max_size=8))
def test_symmetric_studies_match_statsmodels(studies: list[Study]) -> None:
    """On symmetric studies, every number agrees with statsmodels' combine_effects."""
    assume(max(s.best for s in studies) - min(s.best for s in studies) > 0.01)
    assert_matches_statsmodels([s.best for s in studies], [s.se_low**2 for s in studies], rel=1e-6)


@given(st.lists(asymmetric, min_size=2, max_size=8))
def test_fixed_mean_minimises_the_one_sided_chi_square(studies: list[Study]) -> None:
    """The fixed mean minimises Σ (y - θ)² / s(θ)², s facing θ (checked by brute force)."""

    def objective(theta: float) -> float:
        return sum((s.best - theta) ** 2 / s.se_facing(theta) ** 2 for s in studies)

    p = pool(studies)
    lo, hi = min(s.best for s in studies), max(s.best for s in studies)
    grid = [lo + (hi - lo) * i / 400 for i in range(401)]
    best_on_grid = min(objective(t) for t in grid)
    assert objective(p.fixed) <= best_on_grid * (1 + 1e-9) + 1e-9
    assert p.q == pytest.approx(objective(p.fixed), rel=1e-9, abs=1e-12)


@given(st.lists(asymmetric, min_size=1, max_size=8))
def test_mirroring_the_studies_mirrors_the_pooling(studies: list[Study]) -> None:
    """Negating every best and swapping sides negates the means and swaps the ends."""
    p, m = pool(studies), pool([mirror(s) for s in studies])
    scale = max(abs(s.best) for s in studies) + max(s.se_high + s.se_low for s in studies)
    tol = 1e-9 * scale
    assert m.fixed == pytest.approx(-p.fixed, abs=tol)
    assert (m.fixed_low, m.fixed_high) == pytest.approx((-p.fixed_high, -p.fixed_low), abs=tol)
    assert m.random_low == pytest.approx(-p.random_high, abs=1e-6 * scale)
    assert m.q == pytest.approx(p.q, rel=1e-9, abs=1e-12)


@given(st.lists(asymmetric, min_size=1, max_size=8), st.randoms())
def test_pooling_ignores_the_order_of_studies(studies: list[Study], rnd: object) -> None:
    """Shuffling the studies changes no pooled number (beyond rounding)."""
    shuffled = list(studies)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    p, s = pool(studies), pool(shuffled)
    assert s.fixed == pytest.approx(p.fixed, rel=1e-9, abs=1e-9)
    assert s.q == pytest.approx(p.q, rel=1e-9, abs=1e-9)
    assert s.model == p.model or abs(s.i2 - 0.5) < 1e-9 or abs(s.p_value - 0.1) < 1e-9  # type: ignore[operator]


@given(asymmetric, asymmetric)
def test_two_studies_q_test_is_their_z_test(a: Study, b: Study) -> None:
    """For two studies, Q = z² of compare(), so Q's p-value is compare()'s p-value."""
    p, d = pool([a, b]), compare(a, b)
    assert p.q == pytest.approx(d.z**2, rel=1e-9, abs=1e-12)
    assert p.p_value == pytest.approx(d.p_value, rel=1e-6, abs=1e-12)


# -- choice of model and degenerate inputs -----------------------------------------------------


def test_the_model_is_random_only_when_heterogeneous() -> None:
    """Random effects are reported when Q's p < 0.10 or I² ≥ 50%, and fixed otherwise."""
    close = pool([Study(0, 1, 1), Study(1, 1, 1)])
    assert close.p_value is not None
    assert close.p_value > 0.1
    assert (close.model, close.best) == ("fixed", close.fixed)
    far = pool([Study(0, 1, 1), Study(10, 1, 1)])
    assert (far.model, far.best, far.low, far.high) == (
        "random", far.random, far.random_low, far.random_high,
    )  # fmt: skip
    assert far.heterogeneous
    strict = pool([Study(0, 1, 1), Study(3, 1, 1)], alpha=0.01)
    assert strict.p_value is not None
    assert 0.01 < strict.p_value < 0.1
    assert strict.i2 >= 0.5  # I² alone makes it heterogeneous
    assert strict.model == "random"


def test_one_study_is_its_own_pooling() -> None:
    """One study pools to itself: Q = 0 on 0 df (no p-value), I² = τ² = 0, fixed model."""
    s = Study.from_interval(793, 4645, 8498)
    p = pool([s])
    assert (p.fixed, p.q, p.df, p.p_value, p.i2, p.tau2, p.model) == (
        4645.0, 0.0, 0, None, 0.0, 0.0, "fixed",
    )  # fmt: skip
    assert (p.low, p.high) == pytest.approx((793, 8498))


def test_identical_studies_are_homogeneous() -> None:
    """Identical studies: Q = 0, τ² = 0, the pooled mean is their best, the interval narrows."""
    p = pool([Study(5, 2, 2)] * 4)
    assert (p.fixed, p.q, p.tau2, p.i2, p.p_value) == (5.0, 0.0, 0.0, 0.0, 1.0)
    assert p.high - p.fixed == pytest.approx(z_value() * 1.0)  # se 2 / sqrt(4)


def test_an_exact_study_fixes_the_pooled_value() -> None:
    """A zero-width interval is a value known exactly: the pooling is that value, fixed model."""
    p = pool([Study(10, 0, 0), Study(0, 1, 1), Study(30, 2, 2)])
    assert (p.fixed, p.low, p.high, p.model, p.tau2) == (10.0, 10.0, 10.0, "fixed", 0.0)
    assert p.q == pytest.approx(10**2 / 1 + 20**2 / 2**2)


def test_a_zero_side_bounds_the_pooled_value() -> None:
    """A study with low == best bounds the pooled mean and interval from below."""
    p = pool([Study(10, 0, 5), Study(0, 1, 1)])
    assert p.fixed == 10.0
    assert p.fixed_low == 10.0
    assert p.fixed_high == pytest.approx(10 + z_value() / math.sqrt(1 / 25 + 1))


def test_exact_studies_that_differ_cannot_be_pooled() -> None:
    """Two values known exactly that differ raise a ValueError naming both studies."""
    with pytest.raises(ValueError, match=r"'a' and 'b' cannot be pooled"):
        pool([Study(3, 0, 1, id="a"), Study(2, 1, 0, id="b")])
    d = compare(Study(3, 0, 0), Study(2, 0, 0))
    assert (d.significant, d.p_value) == (True, 0.0)


def test_pool_rejects_bad_arguments() -> None:
    """No studies, a non-Study, or a level outside (0, 1) is an error saying so."""
    with pytest.raises(ValueError, match="at least one study"):
        pool([])
    with pytest.raises(TypeError, match="expected Study values, found float"):
        pool([1.0])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="alpha"):
        pool([Study(1, 1, 1)], alpha=1)


# -- compare, sums, counts ---------------------------------------------------------------------


@given(symmetric_studies, symmetric_studies)
def test_compare_is_the_textbook_z_test_when_symmetric(a: Study, b: Study) -> None:
    """compare(a, b) is the z-test of a - b with se √(sa² + sb²), and is symmetric."""
    d, r = compare(a, b), compare(b, a)
    se = math.hypot(a.se_low, b.se_low)
    z = (a.best - b.best) / se
    assert d.z == pytest.approx(z, rel=1e-12, abs=1e-12)
    assert d.p_value == pytest.approx(2 * scipy_stats.norm.sf(abs(z)), rel=1e-9, abs=1e-300)
    assert (r.p_value, r.significant) == (d.p_value, d.significant)


def test_compare_uses_the_facing_sides() -> None:
    """When a is above b, a's low side and b's high side make the standard error."""
    a, b = Study(10, 1, 100), Study(0, 100, 2)
    assert compare(a, b).se == pytest.approx(math.hypot(1, 2))
    assert compare(a, b).significant


def test_maria_estimates_do_not_differ_significantly() -> None:
    """Kishore et al. 2018 (4,645; 793-8,498) and GWU 2018 (2,975; 2,658-3,290) agree at 95%."""
    d = compare(Study.from_interval(793, 4645, 8498), Study.from_interval(2658, 2975, 3290))
    assert not d.significant
    assert d.p_value == pytest.approx(0.397, abs=1e-3)


@given(st.lists(asymmetric, min_size=1, max_size=10))
def test_a_sum_adds_bests_and_standard_errors_in_quadrature(studies: list[Study]) -> None:
    """sum_of: best = Σ best; each side's half-width at c is z·√(Σ se_side²)."""
    s = sum_of(studies)
    z = z_value(0.9)
    low, high = s.interval(0.9)
    assert s.best == pytest.approx(math.fsum(t.best for t in studies))
    assert s.best - low == pytest.approx(z * math.sqrt(sum(t.se_low**2 for t in studies)))
    assert high - s.best == pytest.approx(z * math.sqrt(sum(t.se_high**2 for t in studies)))


@given(asymmetric, asymmetric, asymmetric)
def test_sums_group_freely(a: Study, b: Study, c: Study) -> None:
    """Summing in two steps equals summing at once (associativity)."""
    once, twice = sum_of([a, b, c]), sum_of([sum_of([a, b]), c])
    assert twice.best == pytest.approx(once.best, abs=1e-9 * (abs(once.best) + 1))
    assert twice.se_low == pytest.approx(once.se_low, rel=1e-12)
    assert twice.se_high == pytest.approx(once.se_high, rel=1e-12)


def test_sum_of_nothing_is_an_error() -> None:
    """A sum needs at least one estimate."""
    with pytest.raises(ValueError, match="at least one"):
        sum_of([])


def test_outside_compares_a_count_with_an_interval_exactly() -> None:
    """A count is outside when none of it lies in [low, high]; ends count as inside."""
    assert outside(793, 793, 8498) is None
    assert outside(Fraction(1585, 2), 793, 8498) == "below"
    assert outside(Interval.open(8498, 9000), 793, 8498) == "above"
    assert outside(Interval.closed(100, 900), 793, 8498) is None
    with pytest.raises(ValueError, match="empty"):
        outside(5, 6, 1)


with_zero_sides = st.builds(
    Study,
    best=st.integers(-100, 100).map(float),
    se_low=st.sampled_from((0.0, 1.0, 5.0)),
    se_high=st.sampled_from((0.0, 1.0, 5.0)),
)


@given(st.lists(with_zero_sides, min_size=1, max_size=6))
def test_zero_sides_bound_the_pooling_or_refuse_it(studies: list[Study]) -> None:
    """With zero sides, pooling respects every certain bound, or raises if they conflict."""
    floor = max((s.best for s in studies if s.se_low == 0), default=-math.inf)
    ceiling = min((s.best for s in studies if s.se_high == 0), default=math.inf)
    if floor > ceiling:
        with pytest.raises(ValueError, match="cannot be pooled"):
            pool(studies)
        return
    p = pool(studies)
    assert floor <= p.fixed_low <= p.fixed <= p.fixed_high <= ceiling
    assert min(s.best for s in studies) <= p.fixed <= max(s.best for s in studies)
    assert 0 <= p.i2 < 1
    assert math.isfinite(p.q)
    assert floor <= p.random_low <= p.random <= p.random_high <= ceiling
    assert floor <= p.low <= p.best <= p.high <= ceiling
    if floor == ceiling:  # a value known exactly: no model moves it
        assert (p.model, p.tau2, p.best) == ("fixed", 0.0, floor)
    else:
        assert p.model == ("random" if p.p_value is not None and p.heterogeneous else "fixed")


def test_heterogeneous_studies_with_a_certain_side_pool_with_random_effects() -> None:
    """A study certain on one side (low == best) no longer forces fixed effects on
    studies that disagree (I² of 98%): the pooling is DerSimonian-Laird's, as statsmodels
    computes it with each study's other side, clipped at the certain floor."""
    np = pytest.importorskip("numpy")
    floor = Study.from_interval(100, 100, 200, id="certain floor")
    studies = [floor, Study.from_interval(450, 500, 550), Study.from_interval(150, 200, 250)]
    p = pool(studies)
    z = z_value(0.95)
    se = [(200 - 100) / z, (550 - 500) / z, (250 - 200) / z]
    oracle = meta_analysis.combine_effects(
        np.array([100.0, 500.0, 200.0]), np.array([x * x for x in se]), method_re="dl"
    )
    frame = oracle.summary_frame()
    assert p.i2 > 0.95
    assert p.model == "random"  # before: "fixed", 322 (287-356), a precision the studies lack
    assert p.tau2 == pytest.approx(oracle.tau2, rel=1e-9)
    assert p.best == pytest.approx(frame.loc["random effect", "eff"], rel=1e-9)
    assert p.high == pytest.approx(frame.loc["random effect", "ci_upp"], rel=1e-9)
    assert frame.loc["random effect", "ci_low"] < 100
    assert p.low == 100  # the oracle's low end, cut at the study's certain floor
