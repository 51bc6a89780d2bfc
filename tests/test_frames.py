"""from_frame: pandas frames in, with pwstats' own columns or a published data set's."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import warnings
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pwstats import (
    Dataset,
    DatasetError,
    DatasetErrors,
    DateSpan,
    Figure,
    Measure,
    Rejected,
    from_frame,
)
from pwstats.errors import DataQualityWarning, PwstatsWarning

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

FIXTURES = Path(__file__).parent / "fixtures"


def _quiet(frame: object, **options: object) -> Dataset:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return from_frame(frame, **options)  # type: ignore[arg-type]


def _ged() -> object:
    return pd.read_csv(FIXTURES / "ged_sample.csv")


# -- UCDP GED -----------------------------------------------------------------------------


def test_ged_rows_become_event_measures_with_their_own_dims() -> None:
    """Each GED event is an event measure whose dims are GED's grouping columns, by name."""
    data = _quiet(_ged(), preset="ucdp-ged", on_bad_records="skip")
    m = data.measure("ged-900001")
    assert m.kind == "event"
    assert dict(m.dims) == {
        "country": "Exampleland",
        "year": "2017",
        "region": "Africa",
        "conflict_new_id": "100",
        "dyad_new_id": "200",
        "type_of_violence": "1",
    }
    assert "Exampleland: Government" in m.label


def test_ged_figure_has_low_best_high_span_and_split_sources() -> None:
    """low/best/high, the date_start..date_end span, and ;-separated sources become a Figure."""
    data = _quiet(_ged(), preset="ucdp-ged", on_bad_records="skip")
    f = data.figure("ged-900001")
    assert (f.low, f.best, f.high) == (5, 5, 7)
    assert str(f.as_of) == "2017-01-03"
    assert f.source is not None
    assert f.source.name == "Military; Local residents"
    assert f.source.via == ("Agency One", "Agency Two")
    assert f.source.published == dt.date(2017, 1, 5)  # the latest article
    assert "Clashes in the north" in f.note  # source_article
    assert str(data.figure("ged-900002").as_of) == "2017-02-01/2017-02-07"


def test_ged_without_a_speaker_names_the_outlets_and_repeats_are_dropped() -> None:
    """No source_original: the outlets are the source; an outlet listed twice counts once."""
    data = _quiet(_ged(), preset="ucdp-ged", on_bad_records="skip")
    source = data.figure("ged-900007").source
    assert source is not None
    assert (source.name, source.via) == ("Agency One", ())
    assert data.figure("ged-900008").source is None  # no source columns at all


def _ged_without_end(starts: list[str], precisions: list[int]) -> list[str]:
    """The as_of spans from_frame gives GED rows with these date_start and date_prec only."""
    frame = _ged().iloc[:1].copy()
    frame = pd.concat([frame] * len(starts), ignore_index=True)
    frame["id"] = range(1, len(starts) + 1)
    frame["date_start"] = starts
    frame["date_prec"] = precisions
    frame["date_end"] = None
    data = _quiet(frame, preset="ucdp-ged")
    return [str(data.figure(f"ged-{i}").as_of) for i in range(1, len(starts) + 1)]


def test_ged_date_precision_gives_the_span_when_date_end_is_missing() -> None:
    """Without date_end, date_prec sets the span (GED codebook, date_prec), codes 1 to 5."""
    spans = _ged_without_end(["2017-01-03"] * 5, [1, 2, 3, 4, 5])
    assert spans == [
        "2017-01-03",  # 1: the exact day
        "2017-01-03/2017-01-08",  # 2: more than a day, at most six
        "2017-01-03/2017-01-09",  # 3: the week
        "2017-01-03/2017-02-01",  # 4: a range of up to 30 days (or the month)
        "2017-01-03/2017-12-31",  # 5: more than 30 days, or the year
    ]


def test_ged_date_precision_4_is_a_range_of_up_to_30_days_or_the_month() -> None:
    """Code 4 is "8 to 30 days, or the month": a range from the 25th runs into the next month.

    Read as the month alone (as before), an event of 25 January to 20 February with
    date_prec 4 would have been dated 25 to 31 January: a span that misses its days.
    """
    spans = _ged_without_end(["2017-01-25", "2017-01-01", "2017-02-01"], [4, 4, 4])
    assert spans == ["2017-01-25/2017-02-23", "2017-01", "2017-02-01/2017-03-02"]


def test_ged_date_precision_outside_the_codebook_is_refused_not_read_as_a_year() -> None:
    """A date_prec of 7, 0, -3 or 2.5 was read as code 5 (the rest of the year), silently."""
    frame = _ged().iloc[:1].copy()
    frame = pd.concat([frame] * 5, ignore_index=True)
    frame["id"] = range(1, 6)
    frame["date_start"] = "2016-03-10"
    frame["date_end"] = None
    frame["date_prec"] = [7, 0, -3, 2.5, None]
    rejected: list[Rejected] = []
    data = _quiet(frame, preset="ucdp-ged", on_bad_records=rejected.append)
    assert [f.id for f in data.figures] == ["ged-5"]
    assert str(data.figure("ged-5").as_of) == "2016-03-10"  # empty: by the day, as ACLED's
    assert [str(r.errors[0]).split(", ", 1)[1] for r in rejected] == [
        f"date_prec: expected 1, 2, 3, 4 or 5, found {x}" for x in ("7", "0", "-3", "2.5")
    ]


def test_bad_rows_are_raised_all_at_once() -> None:
    """The default raises every problem of every bad row together, each naming row and id."""
    with pytest.raises(DatasetErrors) as caught:
        _quiet(_ged(), preset="ucdp-ged")
    messages = [str(e) for e in caught.value.exceptions]
    assert len(messages) == 2
    assert messages[0].startswith("row 4 (id 900005), best: best 30 is outside [low, high]")
    assert messages[1] == "row 5 (id 900006): no number: low, best, high are empty"


def test_skip_keeps_the_good_rows() -> None:
    """on_bad_records='skip' keeps every good row and leaves out the bad ones."""
    data = _quiet(_ged(), preset="ucdp-ged", on_bad_records="skip")
    assert [f.id for f in data.figures] == [
        f"ged-{i}" for i in (900001, 900002, 900003, 900004, 900007, 900008)
    ]


def test_a_callable_receives_each_rejected_row() -> None:
    """A callable gets one Rejected per bad row, with its position, id and errors."""
    seen: list[Rejected] = []
    data = _quiet(_ged(), preset="ucdp-ged", on_bad_records=seen.append)
    assert len(data.figures) == 6
    assert [(r.file, r.line, r.record) for r in seen] == [(None, 4, "900005"), (None, 5, "900006")]
    assert all(isinstance(e, DatasetError) for r in seen for e in r.errors)


def test_quirks_keep_their_rows_with_one_warning_naming_them() -> None:
    """An article dated before its event and a placeholder date: rows kept, one warning."""
    with pytest.warns(DataQualityWarning) as record:
        data = from_frame(_ged(), preset="ucdp-ged", on_bad_records="skip")
    assert len(record) == 1
    message = str(record[0].message)
    assert "article dated before the event it reports" in message
    assert "row 2 (id 900003)" in message
    assert "row 6 (id 900007)" in message
    placeholder = "placeholder date '1900-01-01 00:00:00.000' in source_date: row 3 (id 900004)"
    assert placeholder in message
    assert data.figure("ged-900003").source.published is None  # type: ignore[union-attr]
    assert data.figure("ged-900004").source.published is None  # type: ignore[union-attr]
    assert issubclass(DataQualityWarning, PwstatsWarning)
    assert issubclass(DataQualityWarning, UserWarning)


def test_clean_frames_give_no_warning() -> None:
    """Rows without quirks load without any warning."""
    frame = _ged().iloc[:2]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(from_frame(frame, preset="ucdp-ged").figures) == 2


def test_missing_preset_columns_are_named_together() -> None:
    """A frame without a column the preset needs gets one error per column, with a hint."""
    frame = _ged().drop(columns=["best", "date_start"])
    with pytest.raises(DatasetErrors) as caught:
        from_frame(frame, preset="ucdp-ged")
    messages = [str(e) for e in caught.value.exceptions]
    assert len(messages) == 2
    assert all("pass columns=" in m for m in messages)
    assert any("no column 'best'" in m for m in messages)


def test_columns_renames_a_preset_column() -> None:
    """columns maps a field to the frame's name for it, even under a preset."""
    frame = _ged().rename(columns={"best": "best_est"})
    data = _quiet(frame, preset="ucdp-ged", columns={"best": "best_est"}, on_bad_records="skip")
    assert data.figure("ged-900001").best == 5


# -- ACLED --------------------------------------------------------------------------------


def _acled() -> Dataset:
    frame = pd.read_csv(FIXTURES / "acled_sample.csv")
    return _quiet(frame, preset="acled", on_bad_records="skip")


def test_acled_time_precision_sets_the_span() -> None:
    """time_precision 1 is the day, 2 the week around it, 3 its month."""
    data = _acled()
    assert str(data.figure("acled-XYZ1001").as_of) == "2024-01-03"
    assert str(data.figure("acled-XYZ1002").as_of) == "2024-01-07/2024-01-13"
    assert str(data.figure("acled-XYZ1003").as_of) == "2024-02"


def _acled_dated(days: list[str], precision: int) -> list[str]:
    """The as_of spans from_frame gives ACLED rows with these event dates and precision."""
    frame = pd.read_csv(FIXTURES / "acled_sample.csv").iloc[:1]
    frame = pd.concat([frame] * len(days), ignore_index=True)
    frame["event_id_cnty"] = [f"T{i}" for i in range(len(days))]
    frame["event_date"] = days
    frame["time_precision"] = precision
    data = _quiet(frame, preset="acled")
    return [str(data.figure(f"acled-T{i}").as_of) for i in range(len(days))]


def test_acled_month_precision_coded_at_a_month_end_is_that_month() -> None:
    """Precision 3 coded on the 1st or the last day (the month's beginning or end) is the month."""
    assert _acled_dated(["2024-03-01", "2024-03-31", "2024-02-15"], 3) == [
        "2024-03",
        "2024-03",
        "2024-02",
    ]


def test_acled_week_precision_covers_a_weekend_coded_at_its_middle() -> None:
    """Precision 2 of a weekend (coded Saturday or Sunday) covers both its days."""
    saturday, sunday = dt.date(2024, 1, 13), dt.date(2024, 1, 14)
    spans = _acled_dated([str(saturday), str(sunday)], 2)
    assert spans == ["2024-01-10/2024-01-16", "2024-01-11/2024-01-17"]
    for span in spans:
        start, end = (dt.date.fromisoformat(d) for d in span.split("/"))
        assert start <= saturday
        assert sunday <= end


@pytest.mark.parametrize(("precision", "shown"), [(2.5, "2.5"), (4, "4"), ("0.5", "0.5")])
def test_an_acled_time_precision_out_of_range_is_shown_as_written(
    precision: object, shown: str
) -> None:
    """A time_precision that is no code is refused at its cell, shown as the cell says it."""
    frame = pd.DataFrame(
        {
            "event_id_cnty": ["A1"],
            "fatalities": [1],
            "event_date": ["2024-01-03"],
            "time_precision": [precision],
        }
    )
    with pytest.raises(
        DatasetErrors, match=rf"time_precision: expected 1, 2 or 3, found {shown}\)$"
    ):
        _quiet(frame, preset="acled")


def _slash_dated(days: list[str], **options: object) -> tuple[list[str], list[str], list[str]]:
    """The as_of of ACLED rows with these event dates, the rejected rows' reasons and warnings."""
    frame = pd.DataFrame(
        {
            "event_id_cnty": [f"T{i}" for i in range(len(days))],
            "event_date": days,
            "time_precision": 1,
            "fatalities": 1,
            "country": "S",
        }
    )
    rejected: list[Rejected] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = from_frame(frame, preset="acled", on_bad_records=rejected.append, **options)  # type: ignore[arg-type]
    return (
        [str(f.as_of) for f in data.figures],
        [str(e) for r in rejected for e in r.errors],
        [str(w.message) for w in caught if w.category is DataQualityWarning],
    )


def test_ambiguous_slash_date_is_not_read_day_first_silently() -> None:
    """A month-first column (1/13/2023 says so) reads 01/02/2023 as 2 January, not 1 February.

    It was read day-first, silently, and 1/13/2023 was rejected as "no such day".
    """
    assert _slash_dated(["01/02/2023", "1/13/2023"]) == (["2023-01-02", "2023-01-13"], [], [])


def test_day_first_column_is_read_day_first_without_a_warning() -> None:
    """A first part above 12 (13.01.2023) makes the column day-first: 01.02.2023 is 1 February."""
    assert _slash_dated(["01.02.2023", "13.01.2023"]) == (["2023-02-01", "2023-01-13"], [], [])


def test_all_ambiguous_slash_dates_are_read_day_first_with_one_warning() -> None:
    """Dates either order reads are read day-first, and one warning names column, rows, choice."""
    spans, reasons, caught = _slash_dated(["01/02/2023", "02/03/2023", "01/02/2023", "05/05/2023"])
    assert spans == ["2023-02-01", "2023-03-02", "2023-02-01", "2023-05-05"]
    assert reasons == []
    assert len(caught) == 1
    assert "3 rows of event_date day-first ('01/02/2023' as 2023-02-01)" in caught[0]
    assert "date_order='month-first'" in caught[0]


def test_slash_dates_of_both_orders_in_one_column_are_rejected_not_guessed() -> None:
    """13/01/2023 and 1/13/2023 in one column: its numeric dates are errors naming the clash."""
    spans, reasons, caught = _slash_dated(["13/01/2023", "1/13/2023", "01/02/2023", "2023-01-05"])
    assert spans == ["2023-01-05"]
    assert len(reasons) == 3
    assert all("event_date: " in r and "only day-first reads ('13/01/2023')" in r for r in reasons)
    assert "only month-first reads ('1/13/2023')" in reasons[0]
    assert caught == []


def test_date_order_chooses_the_order_of_numeric_dates() -> None:
    """date_order='month-first' reads 01/02/2023 as 2 January; 13/01/2023 is then no day."""
    spans, reasons, caught = _slash_dated(["01/02/2023", "13/01/2023"], date_order="month-first")
    assert spans == ["2023-01-02"]
    assert reasons == ["row 1 (id T1), event_date: no such day '13/01/2023' read month-first"]
    assert caught == []
    with pytest.raises(ValueError, match="date_order must be 'day-first', 'month-first'"):
        from_frame(pd.DataFrame({"measure": ["m"]}), date_order="us")  # type: ignore[arg-type]


def test_acled_fatalities_are_the_best_value_with_notes_and_sources() -> None:
    """fatalities is best; notes the note; ;-separated outlets the source; admin areas dims."""
    data = _acled()
    f = data.figure("acled-XYZ1001")
    assert (f.low, f.best, f.high) == (None, 5, None)
    assert f.note.startswith("On 3 January 2024")
    assert f.source is not None
    assert f.source.name == "Agency One; Radio Four"
    dims = data.measure("acled-XYZ1002").dims
    assert (dims["admin1"], dims["admin3"], dims["event_type"]) == (
        "Central",
        "Central Sub",
        "Violence against civilians",
    )
    assert "admin3" not in data.measure("acled-XYZ1001").dims  # empty cells are no dims


def test_acled_placeholder_date_is_dated_by_its_year() -> None:
    """A 1900 event date with a year column keeps the row, dated by that year, with a warning."""
    frame = pd.read_csv(FIXTURES / "acled_sample.csv")
    with pytest.warns(DataQualityWarning, match=r"01 January 1900.*dated by its year column"):
        data = from_frame(frame, preset="acled", on_bad_records="skip")
    assert str(data.figure("acled-XYZ1005").as_of) == "2024"


def test_acled_rejects_what_cannot_be_a_count() -> None:
    """No fatalities and negative fatalities are rejected; the rest are kept."""
    seen: list[Rejected] = []
    frame = pd.read_csv(FIXTURES / "acled_sample.csv")
    _quiet(frame, preset="acled", on_bad_records=seen.append)
    assert {r.record: str(r.errors[0]) for r in seen} == {
        "XYZ1004": "row 3 (id XYZ1004): no number: fatalities is empty",
        "XYZ1006": "row 5 (id XYZ1006), fatalities: -1 is negative, and a count cannot be",
    }


# -- HXL ----------------------------------------------------------------------------------


def test_hxl_hashtag_row_below_the_header() -> None:
    """The hashtag row may be the frame's first row; +min/+max are low/high; dims by hashtag
    (``#adm1+name`` as ``adm1_name``, a dimension name)."""
    frame = pd.read_csv(FIXTURES / "hxl_sample.csv")
    data = _quiet(frame, preset="hxl", on_bad_records="skip")
    f = data.figure("hxl-inc-1-affected+killed")
    assert (f.low, f.best, f.high) == (10, 12, 15)
    assert data.figure("hxl-inc-1-affected+injured").best == 30
    assert data.figure("hxl-inc-3-affected+killed").statement == "3–8"
    assert dict(data.measure(f.measure).dims) == {
        "country_name": "Exampleland",
        "adm1_name": "North",
        "hashtag": "#affected+killed",
    }
    assert f.source is not None
    assert f.source.name == "Agency One"


def test_hxl_hashtags_as_the_header() -> None:
    """A frame whose columns are the hashtags reads the same, attribute order aside."""
    frame = pd.read_csv(FIXTURES / "hxl_sample.csv", skiprows=[0])
    frame.columns = [c.replace("+killed+min", "+min+killed") for c in frame.columns]
    data = _quiet(frame, preset="hxl", on_bad_records="skip")
    assert data.figure("hxl-inc-1-affected+killed").low == 10


def test_hxl_rejections_say_why() -> None:
    """A broken range, a missing date and a European thousands separator are rejected."""
    seen: list[Rejected] = []
    _quiet(pd.read_csv(FIXTURES / "hxl_sample.csv"), preset="hxl", on_bad_records=seen.append)
    reasons = {r.record: str(r.errors[0]) for r in seen}
    assert "best 20 is outside [low, high] = [25, 30]" in reasons["inc-4"]
    assert "no date" in reasons["inc-5"]
    assert "European thousands separator, write 1517" in reasons["inc-6"]


def test_hxl_rows_are_named_by_their_place_in_the_frame_given() -> None:
    """With the hashtag row as the frame's first row, the row after it is row 1 of the frame
    the caller holds: an error named it row 0 (and the next row 1), one row off."""
    header = ["Admin 1", "Date", "IDPs", "Source"]
    tags = ["#adm1+name", "#date", "#affected+idps", "#meta+source"]
    body = [["Khartoum", "2024-06-30", "3593000", "DTM"], ["Darfur", "2024-06-30", "lots", "DTM"]]
    below = pd.DataFrame([tags, *body], columns=header)
    above = pd.DataFrame(body, columns=tags)
    for frame, darfur in ((below, 2), (above, 1)):
        assert frame.iloc[darfur, 0] == "Darfur"
        with pytest.raises(DatasetErrors, match=rf"^1 problem in the data set \(row {darfur}, "):
            from_frame(frame, preset="hxl")
        seen: list[Rejected] = []
        data = from_frame(frame, preset="hxl", on_bad_records=seen.append)
        assert [r.line for r in seen] == [darfur]
        assert [f.id for f in data.figures] == [f"hxl-row{darfur - 1}-affected+idps"]


def test_hxl_without_hashtags_says_so() -> None:
    """A frame with no hashtag row is refused with a message naming HXL hashtags."""
    with pytest.raises(DatasetErrors, match="no HXL hashtag row"):
        from_frame(pd.DataFrame({"a": [1]}), preset="hxl")


# -- pwstats' own columns -------------------------------------------------------------------


def test_own_columns_read_like_a_csv_file() -> None:
    """Without a preset, columns carry pwstats CSV names; measures are defined by their rows."""
    frame = pd.DataFrame(
        {
            "id": ["f1", "f2"],
            "measure": ["held", "held"],
            "measure_label": ["people held", "people held"],
            "value": ["almost 2,600", None],
            "number": [None, 2828],
            "as_of": ["2023-12", "2024-01-03"],
            "source_name": ["Ombudsman", None],
            "country": ["UA", "UA"],
        }
    )
    data = from_frame(frame, columns={"dims": ["country"]})
    assert data.figure("f1").value == "almost 2,600"
    assert data.figure("f2").value == 2828
    assert data.measure("held").label == "people held"
    assert dict(data.measure("held").dims) == {"country": "UA"}
    assert data.figure("f1").source.name == "Ombudsman"  # type: ignore[union-attr]


def test_columns_maps_fields_to_other_names() -> None:
    """columns={'best': 'deaths', ...} reads fields from differently named columns."""
    frame = pd.DataFrame({"event": ["e1"], "deaths": [4], "day": ["2024-01-03"]})
    data = from_frame(frame, columns={"measure": "event", "best": "deaths", "as_of": "day"})
    assert data.figures[0].best == 4
    assert str(data.figures[0].as_of) == "2024-01-03"


def test_a_date_column_suggests_as_of() -> None:
    """A 'date' column and no 'as_of': the error says to map it to as_of."""
    frame = pd.DataFrame({"measure": ["m"], "best": [1], "date": ["2024"]})
    with pytest.raises(DatasetErrors, match=r"'date' column but no 'as_of'.*columns=\{'as_of'"):
        from_frame(frame)


def test_value_with_estimates_says_to_use_best() -> None:
    """value and low/best/high on one row: the error says to put the point estimate in best."""
    frame = pd.DataFrame(
        {"measure": ["m"], "value": ["230"], "low": [200], "high": [250], "as_of": ["2024"]}
    )
    with pytest.raises(DatasetErrors, match="put the point estimate in best"):
        from_frame(frame)


def test_a_measure_defined_two_ways_and_a_duplicate_id_are_row_errors() -> None:
    """Rows that contradict an earlier row's measure or reuse its id are rejected."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "a"],
            "measure": ["m", "m", "n"],
            "measure_kind": ["level", "event", "level"],
            "best": [1, 2, 3],
            "as_of": ["2024", "2024", "2024"],
        }
    )
    seen: list[Rejected] = []
    data = from_frame(frame, on_bad_records=seen.append)
    assert [f.id for f in data.figures] == ["a"]
    assert "defined differently on row 0" in str(seen[0].errors[0])
    assert "duplicate id 'a' (first on row 0)" in str(seen[1].errors[0])


def test_numpy_columns_are_exact() -> None:
    """int64, uint32 and float64 columns give exact numbers; 2.5 is 5/2, not a float."""
    frame = pd.DataFrame(
        {
            "measure": ["m", "m"],
            "low": np.array([1, 2], dtype=np.uint32),
            "best": np.array([2.0, 2.5]),
            "high": np.array([3, 4], dtype=np.int64),
            "measure_unit": ["percent", "percent"],
            "as_of": ["2024", "2025"],
        }
    )
    data = from_frame(frame)
    assert [f.best for f in data.figures] == [2, Fraction(5, 2)]
    assert all(type(f.low) is int for f in data.figures)


def test_timestamps_are_dates() -> None:
    """A datetime column (pandas Timestamps) is read as days."""
    frame = pd.DataFrame({"measure": ["m"], "best": [1], "as_of": pd.to_datetime(["2024-01-03"])})
    assert str(from_frame(frame).figures[0].as_of) == "2024-01-03"


def test_own_columns_refuse_a_fractional_or_negative_low_best_high() -> None:
    """A frame's low/best/high fit a headcount by the data set's own rule, each at its
    column: best 1.2 persons, text "1.000" (maybe 1,000) and low -2 are refused."""
    frame = pd.DataFrame(
        {
            "id": ["f1", "f2", "f3"],
            "measure": ["m", "m", "m"],
            "low": [1.0, "1.000", -2],
            "best": [1.2, "2", 5],
            "high": [2, "3", 6],
            "as_of": ["2024-01-03"] * 3,
        }
    )
    with pytest.raises(DatasetErrors) as caught:
        from_frame(frame)
    assert [str(e) for e in caught.value.exceptions] == [
        "row 0 (id f1), best: figure 'f1' states best 1.2 for 'm', which counts whole persons;"
        " give a whole number",
        "row 1 (id f2), low: figure 'f2' states low '1.000' for 'm', which counts whole"
        " persons: pwstats does not guess whether '1.000' is 1 with three decimals or 1,000"
        " written with a European thousands separator; write 1000, or 1",
        "row 2 (id f3), low: figure 'f3' states low -2 for 'm', which cannot be negative; for"
        " a signed quantity, set the measure's nonnegative to false",
    ]


@given(
    st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6), st.dates()),
        min_size=1,
        max_size=20,
    )
)
def test_from_frame_equals_the_data_set_built_by_hand(
    rows: list[tuple[int, int, int, dt.date]],
) -> None:
    """For any rows of ordered low/best/high numbers, from_frame builds the same data set."""
    cells = [[*sorted(r[:3]), r[3]] for r in rows]
    frame = pd.DataFrame(
        {
            "id": [f"f{i}" for i in range(len(cells))],
            "measure": [f"m{i}" for i in range(len(cells))],
            "low": [c[0] for c in cells],
            "best": [c[1] for c in cells],
            "high": [c[2] for c in cells],
            "as_of": [c[3].isoformat() for c in cells],
        }
    )
    expected = Dataset(
        measures=[Measure(id=f"m{i}", label=f"m{i}") for i in range(len(cells))],
        figures=[
            Figure(id=f"f{i}", measure=f"m{i}", low=c[0], best=c[1], high=c[2], as_of=c[3])
            for i, c in enumerate(cells)
        ],
    )
    assert from_frame(frame) == expected


# -- arguments --------------------------------------------------------------------------------


def test_arguments_are_checked() -> None:
    """A non-frame, an unknown preset and an unknown policy are refused with what is accepted."""
    with pytest.raises(TypeError, match="reads a pandas DataFrame, not list"):
        from_frame([])
    with pytest.raises(ValueError, match=r"unknown preset 'ucdp'.*did you mean 'ucdp-ged'"):
        from_frame(pd.DataFrame(), preset="ucdp")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_bad_records must be 'raise', 'skip' or a callable"):
        from_frame(pd.DataFrame(), on_bad_records="ignore")  # type: ignore[arg-type]
    with pytest.raises(DatasetErrors, match=r"unknown field 'bset'.*did you mean 'best'"):
        from_frame(pd.DataFrame({"measure": ["m"], "best": [1]}), columns={"bset": "x"})


def test_without_pandas_one_line_says_what_to_install() -> None:
    """With pandas missing, from_frame raises ImportError naming the pwstats[pandas] extra."""
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import pwstats\n"
        "try:\n    pwstats.from_frame(None)\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "from_frame needs pandas: pip install 'pwstats[pandas]'"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was(enabled: bool) -> None:
    """from_frame pauses the cycle collector and restores its state, also after an error."""
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        _quiet(_ged(), preset="ucdp-ged", on_bad_records="skip")
        assert gc.isenabled() is enabled
        with pytest.raises(DatasetErrors):
            _quiet(_ged(), preset="ucdp-ged")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_frame_is_not_changed() -> None:
    """Reading a frame (HXL's hashtag row included) leaves the caller's frame as it was."""
    frame = pd.read_csv(FIXTURES / "hxl_sample.csv")
    before = frame.copy()
    _quiet(frame, preset="hxl", on_bad_records="skip")
    pd.testing.assert_frame_equal(frame, before)


def test_the_clean_row_path_equals_the_checked_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GED rows read on the clean-row fast path give what the checked getters give."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.frames import write_ged

    write_ged(tmp_path / "ged.csv", 300, seed=5)
    frames = [_ged(), pd.read_csv(tmp_path / "ged.csv")]
    fast = [_quiet(f, preset="ucdp-ged", on_bad_records="skip") for f in frames]
    monkeypatch.delattr(sys.modules["pwstats.frames"]._GED, "read_rows")  # row by row
    checked = [_quiet(f, preset="ucdp-ged", on_bad_records="skip") for f in frames]
    assert fast == checked
    assert [[m.dims for m in d.measures] for d in fast] == [
        [m.dims for m in d.measures] for d in checked
    ]


def test_dims_that_are_not_dimension_names_are_refused_with_a_mapping_to_use() -> None:
    """A dims column whose name is no dimension name: the error shows the mapping to pass."""
    frame = pd.DataFrame({"measure": ["m"], "best": [1], "as_of": ["2024"], "Country": ["UA"]})
    with pytest.raises(DatasetErrors, match=r"columns=\{'dims': \{'country': 'Country'\}\}"):
        from_frame(frame, columns={"dims": ["Country"]})
    data = from_frame(frame, columns={"dims": {"country": "Country"}})
    assert dict(data.measures[0].dims) == {"country": "UA"}


def test_a_dims_value_the_model_refuses_rejects_its_rows() -> None:
    """A grouping cell Dims refuses (a line break inside) rejects that row, not the frame."""
    frame = pd.DataFrame(
        {"measure": ["m1", "m2"], "best": [1, 2], "as_of": ["2024"] * 2, "c": ["a", "x\ny"]}
    )
    seen: list[Rejected] = []
    data = from_frame(frame, columns={"dims": ["c"]}, on_bad_records=seen.append)
    assert [m.id for m in data.measures] == ["m1"]
    assert "dims:" in str(seen[0].errors[0])


def test_words_the_data_set_refuses_are_a_rejected_row() -> None:
    """A row whose words Dataset(...) would refuse is rejected with load's message, and the
    other rows are kept (not the whole frame failing when the data set is made)."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "measure": ["m", "m"],
            "value": ["30%", "about 300"],
            "as_of": ["2024", "2024"],
        }
    )
    seen: list[Rejected] = []
    data = from_frame(frame, on_bad_records=seen.append)
    assert [f.id for f in data.figures] == ["b"]
    (rejected,) = seen
    assert rejected.record == "a"
    assert "a figure's unit must convert to its measure's" in str(rejected.errors[0])


@pytest.mark.parametrize("year", ["²⁰²⁴", "99999", "１８００"])
def test_a_placeholder_date_beside_a_year_no_calendar_has_is_rejected_not_crashed(
    year: str,
) -> None:
    """A year column of superscript digits or past year 9999 beside a placeholder date
    crashed in ``int`` or ``date``; the row is rejected as undated, the rest kept."""
    frame = pd.read_csv(FIXTURES / "acled_sample.csv", dtype={"year": str})
    placeholder = frame.index[frame["event_date"].astype(str).str.contains("1900")][0]
    frame.loc[placeholder, "year"] = year
    seen: list[Rejected] = []
    data = _quiet(frame, preset="acled", on_bad_records=seen.append)
    rejected = {r.record: str(r.errors[0]) for r in seen}
    ident = frame.loc[placeholder, "event_id_cnty"]
    assert "no date" in rejected[ident]
    assert len(data.figures) == len(frame) - len(rejected)


# -- every column of a CSV file's figure rows ---------------------------------------------------

#: Figure rows of a pwstats CSV file that use every column a figure row may have.
_FIGURE_ROWS = """\
id,measure,value,number,interval,low,best,high,basis,confidence,as_of,source,source_name,\
source_role,source_affiliation,source_via,source_url,source_published,quote,cites,revises,note,\
measure_label,measure_kind,measure_unit,measure_whole,measure_nonnegative,measure_note,\
dim_country,record
survey,deaths,,,,2100,3050,4400,estimate,0.9,2023,ngo-1,NGO,survey team,,Reuters | AFP,\
https://x.org,2024-03-15,"3,050 deaths",,,a survey,Deaths in 2023,flow,person,true,true,\
registry and survey,XL,figure
press,deaths,"some 3,000",,,,,,,,2023,,Daily Planet,,,"[""a | b""]",,2024-03-16,,survey,,,,,,,,,,
registry,deaths,,,"[1240, +inf)",,,,count,,2023,,Civil Registry,,,,,2024-02-01,,,,,,,,,,,,
registry2,deaths,,1300,,,,,,,2023,,Civil Registry,,,,,2024-04-01,,,registry,,,,,,,,,
"""


def test_a_frame_of_a_csv_files_figure_rows_reads_as_load_reads_the_file() -> None:
    """A frame with the columns of a pwstats CSV file's figure rows gives the data set
    pwstats.load gives for the file: cites, revises, interval, the source's id and the
    outlet list's '|' were dropped or misread (a repeat counted as independent evidence)."""
    import io

    from pwstats.io import loads

    frame = pd.read_csv(io.StringIO(_FIGURE_ROWS), dtype=str)
    assert from_frame(frame) == loads(_FIGURE_ROWS, format="csv", name="figures.csv")
    press = from_frame(frame).figure("press")
    assert press.cites == "survey"
    assert press.source is not None
    assert press.source.via == ("a | b",)


def test_a_citation_in_a_frame_is_a_repeat_not_independent_evidence() -> None:
    """A press figure that cites a survey counts once with it and is no conflict with it."""
    import pwstats

    frame = pd.DataFrame(
        {
            "id": ["survey", "press"],
            "measure": ["deaths"] * 2,
            "measure_kind": ["flow", None],
            "basis": ["estimate", "count"],
            "low": [2100, None],
            "best": [3050, None],
            "high": [4400, None],
            "value": [None, "some 3,000"],
            "as_of": ["2023"] * 2,
            "source_name": ["NGO", "Daily Planet"],
            "cites": [None, "survey"],
        }
    )
    (finding,) = pwstats.reconcile(from_frame(frame)).findings
    assert finding.independent_sources == 1
    assert finding.conflicts == ()


def test_bad_links_in_a_frame_are_row_errors_and_skip_rejects_what_depends_on_them() -> None:
    """A link to no figure (with its nearest id) or a cycle is an error at its row and
    column; with on_bad_records a row linking to a rejected row is rejected with it."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "measure": ["m"] * 3,
            "number": [3, 3, 4],
            "as_of": ["2024"] * 3,
            "cites": [None, "aa", None],
        }
    )
    with pytest.raises(DatasetErrors) as caught:
        from_frame(frame)
    (error,) = caught.value.exceptions
    assert "row 1 (id b), cites" in str(error)
    assert "'aa'" in str(error)
    assert "did you mean 'a'" in str(error)
    cycle = frame.assign(cites=["c", "a", "b"])
    with pytest.raises(DatasetErrors, match="closing a cycle"):
        from_frame(cycle)
    rejected: list[Rejected] = []
    chain = frame.assign(number=[-3, 3, 4], cites=[None, "a", "b"])
    assert from_frame(chain, on_bad_records=rejected.append).figures == ()
    assert [r.record for r in rejected] == ["a", "b", "c"]
    assert "whose row was rejected" in str(rejected[2])


def test_a_source_column_without_source_name_is_refused_not_dropped() -> None:
    """A 'source' column of names was silently not read: every figure had no source."""
    frame = pd.DataFrame({"measure": ["m"], "number": [3], "as_of": ["2024"], "source": ["UN"]})
    with pytest.raises(DatasetErrors, match="columns=\\{'source_name': 'source'\\}"):
        from_frame(frame)
    named = from_frame(frame, columns={"source_name": "source"})
    assert named.figures[0].source is not None
    assert named.figures[0].source.name == "UN"


def test_rows_of_other_records_are_refused_naming_load() -> None:
    """A frame read from a dumped CSV file holds measure and relation rows: refused."""
    frame = pd.DataFrame(
        {
            "record": ["measure", "figure"],
            "measure": ["m", "m"],
            "number": [None, 3],
            "as_of": [None, "2024"],
        }
    )
    with pytest.raises(DatasetErrors, match=r"row 0, record: a 'measure' row.*pwstats\.load"):
        from_frame(frame)


def test_an_interval_cell_is_read_as_interval_notation() -> None:
    """'(2, +inf)' is the interval; text that is none is refused at its cell."""
    frame = pd.DataFrame(
        {"measure": ["m"] * 2, "interval": ["(2, +inf)", "[9, 3]"], "as_of": ["2024"] * 2}
    )
    with pytest.raises(DatasetErrors, match="row 1, interval: lower end 9 is above"):
        from_frame(frame)
    data = from_frame(frame.iloc[:1])
    assert str(data.figures[0].value) == "(2, +inf)"


@st.composite
def _shared_rows(draw: st.DrawFn) -> list[dict[str, object]]:
    """Rows of a few measures and sources, each measure or source cell given or left empty."""
    rows = []
    for i in range(draw(st.integers(1, 14))):
        m = draw(st.sampled_from(["a", "b"]))

        def maybe(value: object) -> object:
            return draw(st.sampled_from([value, None]))

        rows.append(
            {
                "id": f"f{i}",
                "measure": m,
                "measure_label": maybe(f"label of {m}"),
                "measure_kind": draw(st.sampled_from([None, "level", "cumulative", "stock"])),
                "measure_unit": maybe("person"),
                "measure_whole": draw(st.sampled_from([None, "true", "false", "maybe"])),
                "dim_country": draw(st.sampled_from([None, "UA", "RU"])),
                "number": draw(st.integers(0, 50)),
                "as_of": draw(st.sampled_from(["2024", "2024-01", "2024-01-03", "2024-13", None])),
                "source_name": maybe(draw(st.sampled_from(["Ombudsman", "Ministry"]))),
                "source_via": maybe("Agency|Radio"),
                "source_published": maybe(draw(st.sampled_from(["2024-02-01", "soon"]))),
            }
        )
    return rows


class _Forgetful(dict[object, object]):
    """A dict that keeps nothing: each row's measure and source built afresh."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


def _row(i: int, kind: str | None) -> dict[str, object]:
    return {"id": f"f{i}", "measure": "a", "measure_kind": kind, "number": i, "as_of": "2024"}


@given(rows=_shared_rows())
# A row that leaves the kind empty takes the earlier row's; one that says "level" (the
# default) clashes with it: equal measures built from cells that differ.
@example(rows=[_row(0, "cumulative"), _row(1, None), _row(2, "level")])
@settings(max_examples=150)
def test_rows_sharing_measures_and_sources_equal_each_row_built_afresh(
    rows: list[dict[str, object]],
) -> None:
    """Each distinct measure and source is built once and shared by the rows that repeat its
    cells: the same data set, and the same rows rejected for the same reasons, as building
    every row's afresh."""
    from pwstats import frames

    frame = pd.DataFrame(rows)
    shared: list[Rejected] = []
    got = _quiet(frame, on_bad_records=shared.append)
    real = frames._Own.__init__

    def forgetful(self: frames._Own, *args: object) -> None:
        real(self, *args)  # type: ignore[arg-type]
        self._measures = self._sources = self._merged = _Forgetful()  # type: ignore[assignment]

    afresh: list[Rejected] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(frames._Own, "__init__", forgetful)
        expected = _quiet(frame, on_bad_records=afresh.append)
    assert got == expected
    assert [str(m) for m in got.measures] == [str(m) for m in expected.measures]
    assert [(r.record, [str(e) for e in r.errors]) for r in shared] == [
        (r.record, [str(e) for e in r.errors]) for r in afresh
    ]


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("source", "source without source_name"),
        ("source_via", "source_via without source_name"),
        ("source_role", "source_role without source_name"),
        ("quote", "a quote needs a source"),
    ],
)
def test_a_rows_source_cells_without_its_name_are_refused_at_the_cell(
    field: str, said: str
) -> None:
    """As a data file refuses them: the source would otherwise vanish without a word."""
    frame = pd.DataFrame(
        [
            {"measure": "m", "number": 5, "as_of": "2020-01-01", "source_name": "s", field: "x"},
            {"measure": "m", "number": 6, "as_of": "2020-01-02", "source_name": None, field: "y"},
        ]
    )
    with pytest.raises(DatasetErrors) as caught:
        from_frame(frame)
    assert f"row 1, {field}: {said}" in str(caught.value)


def test_rows_linking_to_a_rejected_row_are_rejected_down_a_long_chain() -> None:
    """Each revision of a chain whose first row is bad goes with it, naming the row it
    revises (one pass through the links reversed, not a round a link)."""
    n = 300
    frame = pd.DataFrame(
        {
            "id": [f"f{i}" for i in range(n)],
            "measure": "m",
            "number": ["x", *range(1, n)],
            "as_of": "2020-01-01",
            "source_name": "s",
            "revises": [None, *(f"f{i - 1}" for i in range(1, n))],
        }
    )
    frame.loc[n - 1, "revises"] = None  # the last row stands on its own and is kept
    seen: list[Rejected] = []
    data = from_frame(frame, on_bad_records=seen.append)
    assert [f.id for f in data.figures] == [f"f{n - 1}"]
    assert [r.record for r in seen] == [f"f{i}" for i in range(n - 1)]
    assert all(
        f"it revises 'f{i - 1}', whose row was rejected" in str(r.errors[0])
        for i, r in enumerate(seen)
        if i
    )


# -- cells no data file could hold --------------------------------------------------------

#: Values a pandas object column may hold that no cell of a data file can: each is
#: refused at its row and column, never read as the text ``str()`` makes of it.
_FOREIGN_CELLS = {
    "list": [1, 2],
    "dict": {"a": 1},
    "set": {3},
    "tuple": (1,),
    "array": np.array([1, 2]),
    "bytes": b"12",
    "object": object(),
    "complex": 1j,
    "timedelta": dt.timedelta(days=2),
}
#: Every column from_frame reads without a preset, with a cell that reads well.
_GOOD_ROW = {
    "id": "f1",
    "measure": "m",
    "measure_label": "people held",
    "measure_kind": "level",
    "measure_unit": "person",
    "value": "about 300",
    "as_of": "2023-01-01",
    "source_name": "Ministry",
    "source_published": "2023-01-02",
    "source_via": "AFP",
    "note": "n",
    "dim_country": "A",
}


def _own_frame(column: str, cell: object) -> object:
    cells: dict[str, object] = {**_GOOD_ROW, column: cell}
    if column in ("number", "low", "best", "high"):
        del cells["value"]
    return pd.DataFrame(
        {k: pd.Series([v, _GOOD_ROW.get(k, 7)], dtype=object) for k, v in cells.items()}
    ).assign(id=pd.Series([cells["id"], "f2"], dtype=object))


@pytest.mark.parametrize("kind", _FOREIGN_CELLS)
@pytest.mark.parametrize("column", [*_GOOD_ROW, "number", "best"])
def test_a_cell_no_data_file_could_hold_is_refused_at_its_row_and_column(
    column: str, kind: str
) -> None:
    """A list, bytes, an array, an object or a duration in any column read is one problem
    naming that row and column and what was found, and the other row is kept."""
    frame = _own_frame(column, _FOREIGN_CELLS[kind])
    with pytest.raises(DatasetErrors) as caught:
        _quiet(frame)
    (problem,) = caught.value.exceptions
    assert isinstance(problem, DatasetError)
    assert problem.field == ("row 0, id" if column == "id" else f"row 0 (id f1), {column}")
    assert problem.message.startswith("expected")
    assert "found" in problem.message
    rejected: list[Rejected] = []
    kept = _quiet(frame, on_bad_records=rejected.append)
    assert [f.id for f in kept.figures] == ["f2"]
    assert [r.line for r in rejected] == [0]


@pytest.mark.parametrize("kind", ["list", "bytes", "array"])
def test_a_foreign_cell_in_a_preset_frame_rejects_its_row_not_the_fast_path(kind: str) -> None:
    """A GED row with a list in a column read is refused at that column, though its numbers
    and dates would take the fast path; the clean rows are kept."""
    frame = _ged().astype({"conflict_name": object})
    frame.at[0, "conflict_name"] = _FOREIGN_CELLS[kind]
    rejected: list[Rejected] = []
    data = _quiet(frame, preset="ucdp-ged", on_bad_records=rejected.append)
    first = rejected[0]
    assert first.line == 0
    assert [e.field for e in first.errors] == ["row 0 (id 900001), conflict_name"]
    assert "ged-900001" not in {f.id for f in data.figures}


def test_a_categorical_column_of_bytes_is_refused_and_of_text_read() -> None:
    """Categories are checked as cells are: bytes refused, text read as text."""
    frame = pd.DataFrame(
        {"id": ["f1", "f2"], "measure": ["m", "m"], "number": [1, 2], "as_of": ["2023"] * 2}
    )
    frame["dim_x"] = pd.Categorical(["a", "a"])
    assert {dict(m.dims)["x"] for m in _quiet(frame).measures} == {"a"}
    frame["dim_x"] = pd.Categorical([b"a", b"a"])
    with pytest.raises(DatasetErrors, match=r"row 0 \(id f1\), dim_x: expected text, found b'a'"):
        _quiet(frame)


@pytest.mark.parametrize("key", ["cites", "revises"])
def test_a_row_linking_to_itself_is_refused_at_its_link_column(key: str) -> None:
    """A figure that cites or revises its own id is refused at that column of its row."""
    frame = pd.DataFrame(
        {"id": ["f1"], "measure": ["m"], "number": [3], "as_of": ["2023"], key: ["f1"]}
    )
    with pytest.raises(DatasetErrors) as caught:
        _quiet(frame)
    (problem,) = caught.value.exceptions
    assert isinstance(problem, DatasetError)
    assert problem.field == f"row 0 (id f1), {key}"
    assert f"{key} itself" in problem.message


def test_link_problems_are_placed_by_the_figure_and_key_they_carry() -> None:
    """An id whose repr holds quotes and the words of a link message is still placed at its
    row and column: the place comes from the problem, not from its message's text."""
    odd = "f \"x\" cites 'y'"
    frame = pd.DataFrame(
        {
            "id": [odd, "g"],
            "measure": ["m", "m"],
            "number": [3, 4],
            "as_of": ["2023", "2023"],
            "revises": ["g", odd],
        }
    )
    with pytest.raises(DatasetErrors) as caught:
        _quiet(frame)
    fields = sorted(e.field or "" for e in caught.value.exceptions)
    assert fields == ["row 1 (id g), revises"]
    rejected: list[Rejected] = []
    assert _quiet(frame, on_bad_records=rejected.append).figures == ()
    assert sorted(r.line or 0 for r in rejected) == [0, 1]


@pytest.mark.parametrize(
    ("cell", "hint"),
    [
        (20230105, "if it is YYYYMMDD, write 2023-01-05"),
        (45000, "serial day number it is 2023-03-15"),
        ("10000-01-01", "years run from 1 to 9999"),
    ],
)
def test_a_date_given_as_a_number_says_what_to_write(cell: object, hint: str) -> None:
    """An as_of of digits is refused at its cell with the date it may be."""
    frame = pd.DataFrame({"id": ["f1"], "measure": ["m"], "number": [3], "as_of": [cell]})
    with pytest.raises(DatasetErrors, match=r"row 0 \(id f1\), as_of: .*" + hint):
        _quiet(frame)


@pytest.mark.parametrize("text", ["1e3", "2.5E2", "1e+03"])
def test_a_value_in_scientific_notation_points_to_the_number_column(text: str) -> None:
    """value holds words as reported: '1e3' there is refused, naming the number column."""
    frame = pd.DataFrame({"id": ["f1"], "measure": ["m"], "value": [text], "as_of": ["2023"]})
    with pytest.raises(DatasetErrors, match=f"give {re.escape(text)} as number instead"):
        _quiet(frame)
    assert _quiet(frame.rename(columns={"value": "number"})).figures[0].value is not None


def test_a_frame_with_two_levels_of_columns_is_refused_with_how_to_flatten() -> None:
    """A MultiIndex of columns is one problem saying to flatten it, not a missing column."""
    frame = pd.DataFrame({("a", "measure"): ["m"], ("a", "number"): [3]})
    with pytest.raises(DatasetErrors, match=r"columns have 2 levels .*flatten them first"):
        _quiet(frame)


def test_a_field_held_in_the_index_says_to_reset_it() -> None:
    """A frame whose measure column was moved into its index says where it is."""
    frame = pd.DataFrame({"measure": ["m"], "number": [3], "as_of": ["2023"]})
    with pytest.raises(DatasetErrors, match=r"index holds 'measure'.*reset_index"):
        _quiet(frame.set_index("measure"))
    assert len(_quiet(frame.set_index("measure").reset_index()).figures) == 1


def test_an_id_with_a_nul_is_refused_at_its_column() -> None:
    """An id holding a NUL is refused at the id column of its row, as a data file's is."""
    frame = pd.DataFrame({"id": ["f\x001"], "measure": ["m"], "number": [3], "as_of": ["2023"]})
    with pytest.raises(DatasetErrors) as caught:
        _quiet(frame)
    (problem,) = caught.value.exceptions
    assert isinstance(problem, DatasetError)
    assert (problem.field or "").endswith(", id")
    assert "NUL" in problem.message


def test_measure_ids_that_differ_only_by_case_are_named_in_one_warning() -> None:
    """'held' and 'Held' are two measures as written, and one warning names both rows."""
    frame = pd.DataFrame(
        {"id": ["f1", "f2", "f3"], "measure": ["held", "Held", "held"], "number": [3, 4, 5]}
    )
    frame["as_of"] = "2023"
    with pytest.warns(DataQualityWarning, match=r"'held' \(row 0\) and 'Held' \(row 1\)"):
        data = from_frame(frame)
    assert sorted(m.id for m in data.measures) == ["Held", "held"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        from_frame(frame.assign(measure="held"))


@pytest.mark.parametrize(
    ("cells", "spans"),
    [
        (pd.period_range("2023-01", periods=2, freq="M"), ["2023-01", "2023-02"]),
        (pd.period_range("2023Q1", periods=2, freq="Q"), ["2023-01/2023-03", "2023-04/2023-06"]),
        (
            pd.Series([np.datetime64("2023-01"), np.datetime64("2023-02-03")], dtype=object),
            ["2023-01", "2023-02-03"],
        ),
    ],
)
def test_an_as_of_of_periods_or_datetime64_is_the_days_they_cover(
    cells: object, spans: list[str]
) -> None:
    """A Period or datetime64 as_of is its span at its own precision, as Figure takes it."""
    frame = pd.DataFrame({"id": ["a", "b"], "measure": ["m", "m"], "number": [1, 2]})
    frame["as_of"] = cells
    assert [f.as_of for f in _quiet(frame).figures] == [DateSpan.parse(s) for s in spans]


@pytest.mark.parametrize(
    ("day", "hint"),
    [("10000-01-01", "years run from 1 to 9999"), ("20170103", "write 2017-01-03")],
)
def test_a_preset_date_past_the_calendar_or_of_digits_says_what_to_write(
    day: str, hint: str
) -> None:
    """A GED date_start of year 10000 or of eight digits is refused at its cell with a hint."""
    frame = pd.DataFrame(
        {"id": [1], "best": [5], "low": [4], "high": [6], "date_start": [day], "date_end": [day]}
    )
    with pytest.raises(DatasetErrors, match=r"row 0 \(id 1\), date_start: .*" + hint):
        _quiet(frame, preset="ucdp-ged")


def test_an_interval_with_european_ends_on_a_count_is_refused_as_a_number_is() -> None:
    """ "[12.000, 15.000]" people in a frame: 12 or 12,000? Refused at the interval column,
    as a number "12.000" is; "[12.5, 15]" stands (an interval need only meet the domain)."""
    frame = pd.DataFrame(
        {"id": ["f1", "f2"], "measure": ["m", "m"], "as_of": ["2024", "2024"],
         "interval": ["[12.000, 15.000]", "[12.5, 15]"]}
    )  # fmt: skip
    with pytest.raises(DatasetErrors, match=r"row 0 \(id f1\), interval: .* '12.000' is 12"):
        from_frame(frame)
    assert len(from_frame(frame.iloc[1:]).figures) == 1


# -- float32 and float16 columns --------------------------------------------------------------


def _share_frame(number: object) -> object:
    return pd.DataFrame(
        {
            "measure": ["share"],
            "measure_unit": ["dimensionless"],
            "number": number,
            "as_of": ["2024-03"],
        }
    )


@given(st.floats(width=32, allow_nan=False, allow_infinity=False, min_value=0))
@example(0.35)
@example(1e20)
def test_a_float32_number_is_read_by_its_shortest_decimal_at_its_own_precision(
    x: float,
) -> None:
    """A float32 cell is the decimal numpy prints for it (0.35, not 0.3499999940395355),
    as a float64 cell is its shortest repr: whether in a float32 column, a float32
    object column or a nullable Float32 column."""
    written = Fraction(str(np.float32(x)))
    for number in (
        np.array([x], dtype=np.float32),
        pd.array([x], dtype="Float32"),
        pd.Series([np.float32(x)], dtype=object),
    ):
        assert _quiet(_share_frame(number)).figures[0].value == written


def test_a_float16_number_is_read_by_its_shortest_decimal() -> None:
    """A float16 0.1 is 0.1, not 0.0999755859375."""
    data = _quiet(_share_frame(np.array([0.1], dtype=np.float16)))
    assert data.figures[0].value == Fraction(1, 10)


def test_a_float32_low_best_high_and_confidence_are_read_as_printed() -> None:
    """Every numeric column of a float32 frame reads as printed: low, best, high, confidence."""
    frame = pd.DataFrame(
        {
            "measure": ["share"],
            "measure_unit": ["percent"],
            "low": np.array([30.1], dtype=np.float32),
            "best": np.array([35.3], dtype=np.float32),
            "high": np.array([40.7], dtype=np.float32),
            "confidence": np.array([0.9], dtype=np.float32),
            "basis": ["estimate"],
            "as_of": ["2024-03"],
        }
    )
    f = _quiet(frame).figures[0]
    assert (f.low, f.best, f.high, f.confidence) == (
        Fraction("30.1"),
        Fraction("35.3"),
        Fraction("40.7"),
        Fraction("0.9"),
    )


def test_a_float32_share_agrees_with_the_same_share_in_words() -> None:
    """0.35 from a float32 column and 'exactly 35%' are one value, not a contradiction."""
    from pwstats import reconcile

    frame = pd.DataFrame(
        {
            "id": ["survey", "ministry"],
            "measure": ["share", "share"],
            "measure_unit": ["dimensionless", None],
            "number": np.array([0.35, np.nan], dtype=np.float32),
            "value": [None, "exactly 35%"],
            "as_of": ["2024-03", "2024-03"],
            "source_name": ["Survey", "Ministry"],
        }
    )
    assert reconcile(_quiet(frame)).findings[0].status == "consistent"


# -- misspelt and unread ends ------------------------------------------------------------------


def _ends(**columns: object) -> object:
    return pd.DataFrame(
        {"id": ["a"], "measure": ["m"], "measure_kind": ["flow"], "as_of": ["2024"], **columns}
    )


@pytest.mark.parametrize(
    ("columns", "meant"),
    [
        ({"low": [5], "best": [10], "hihg": [20]}, "high"),
        ({"low": [5], "best": [10], "hgih": [20]}, "high"),
        ({"lwo": [5], "best": [10], "high": [20]}, "low"),
        ({"low": [5], "bset": [10], "high": [20]}, "best"),
    ],
)
def test_a_transposed_low_best_or_high_column_is_named_in_a_warning(
    columns: dict[str, object], meant: str
) -> None:
    """A column with two letters swapped ('hihg') was dropped silently, so low 5, best 10
    read [5, +inf); it is named with the field it looks like, as 'hight' is."""
    with pytest.warns(DataQualityWarning, match=rf"did you mean '{meant}'\?"):
        from_frame(_ends(**columns))


@pytest.mark.parametrize(
    ("columns", "unread"),
    [
        ({"low": [5], "best": [10], "max": [20]}, "max"),
        ({"best": [10], "upper": [20]}, "upper"),
        ({"low": [5], "hi": [20]}, "hi"),
        ({"low": [5], "high_estimate": [20]}, "high_estimate"),
        ({"best": [10], "high": [20], "minimum": [5]}, "minimum"),
        ({"best": [10], "high": [20], "Reported Minimum": [5]}, "Reported Minimum"),
        ({"high": [20], "lower": [5]}, "lower"),
    ],
)
def test_a_column_named_like_a_missing_end_is_said_to_be_unread(
    columns: dict[str, object], unread: str
) -> None:
    """A frame with one end of an estimate and a column named like the other end (IBC's
    minimum and maximum) warns that the column is not read."""
    with pytest.warns(DataQualityWarning, match=rf"{unread!r} is not read"):
        from_frame(_ends(**columns))


def test_a_frame_with_both_ends_warns_of_no_min_or_max_column() -> None:
    """With low and high both read, columns named max, min or max_age warn of nothing."""
    frame = _ends(low=[5], best=[10], high=[20], max=[30], min=[1], max_age=[3])
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        assert from_frame(frame).figures[0].high == 20
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        from_frame(_ends(best=[10], max_age=[3]))


# -- the id in the index -------------------------------------------------------------------------


def test_an_id_kept_as_the_index_is_read_as_the_id_column() -> None:
    """frame.set_index('id') gave invented ids row-0...; a cites column then failed with
    "figure 'row-1' cites unknown figure 'a'". The index named id is the id column."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "measure": ["m", "m"],
            "best": [10, 12],
            "as_of": ["2024-01", "2024-01"],
            "cites": [None, "a"],
            "source_name": ["A", "B"],
        }
    )
    data = from_frame(frame.set_index("id"))
    assert [f.id for f in data.figures] == ["a", "b"]
    assert data.figure("b").cites == "a"
    levels = frame.set_index("id", append=True)  # a MultiIndex: (0, 'a'), (1, 'b')
    assert [f.id for f in from_frame(levels).figures] == ["a", "b"]


# -- a time of day in as_of ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "as_of",
    [
        pd.Timestamp("2024-01-03 10:00"),
        "2024-01-03T10:00:00",
        np.datetime64("2024-01-03T10:00"),
        pd.Timestamp("2024-01-03 00:00:01"),
    ],
    ids=["Timestamp", "text", "datetime64", "a second past midnight"],
)
def test_as_of_with_a_time_of_day_is_refused_as_timestamp_and_text_alike(as_of: object) -> None:
    """A Timestamp at 10:00 was read as its day, the time dropped, while the text
    '2024-01-03T10:00:00' was refused: both (and a datetime64) are refused at their cell."""
    frame = pd.DataFrame({"measure": ["m"], "best": [1], "as_of": pd.Series([as_of], dtype=object)})
    with pytest.raises(
        DatasetErrors, match=r"row 0, as_of: write the day without its time of day, 2024-01-03"
    ):
        _quiet(frame)


@pytest.mark.parametrize(
    "as_of",
    [
        pd.Timestamp("2024-01-03"),
        pd.Timestamp("2024-01-03", tz="US/Eastern"),
        "2024-01-03T00:00:00",
        "2024-01-03 00:00",
        np.datetime64("2024-01-03T00:00"),
    ],
)
def test_as_of_at_midnight_is_its_day(as_of: object) -> None:
    """A time of exactly midnight, as read_csv(parse_dates=...) gives, is the day."""
    frame = pd.DataFrame({"measure": ["m"], "best": [1], "as_of": pd.Series([as_of], dtype=object)})
    assert str(_quiet(frame).figures[0].as_of) == "2024-01-03"


# -- counts a float64 column may have rounded ------------------------------------------------


def test_a_whole_float64_count_from_two_to_the_53_on_warns_it_may_have_lost_digits() -> None:
    """read_csv reads a count column with an empty cell as float64, so 2**53 + 1 arrives as
    2**53: such a count is named, row and column, in one warning; smaller ones are not."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "measure": ["m", "m", "m"],
            "best": [float(2**53 + 1), np.nan, 12.0],
            "high": [float(2**60), 13.0, 14.0],
            "low": [1.0, 2.0, 3.0],
            "as_of": ["2024-01", "2024-02", "2024-03"],
        }
    )
    with pytest.warns(DataQualityWarning, match=r"may have lost digits") as caught:
        from_frame(frame)
    (message,) = [str(w.message) for w in caught if "lost digits" in str(w.message)]
    assert "best, float64: row 0 (id a) 9007199254740992" in message
    assert "high, float64: row 0 (id a) 1152921504606847000" in message
    assert "dtype=str" in message
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        from_frame(frame.assign(best=[2.0**53 - 1, np.nan, 12.0], high=[2.0**53 - 1, 13, 14]))


def test_a_whole_float32_count_from_two_to_the_24_on_warns_it_may_have_lost_digits() -> None:
    """A float32 column holds whole numbers exactly only below 2**24: 16,777,217 is stored
    as 16,777,216, and 123,456,789 as 123,456,792 — read without a word before (review)."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "measure": ["m", "m"],
            "number": np.array([16_777_217, 12], dtype="float32"),
            "as_of": ["2024-01", "2024-02"],
        }
    )
    with pytest.warns(DataQualityWarning, match=r"may have lost digits") as caught:
        from_frame(frame)
    (message,) = [str(w.message) for w in caught if "lost digits" in str(w.message)]
    assert "number, float32: row 0 (id a) 16777216" in message
    assert "2**24" in message
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        from_frame(frame.assign(number=np.array([16_777_215, 12], dtype="float32")))
