"""Hand-worked indicator gaps (cchc.compute.gaps): docs/format.md, "Indicator readings", and
`cchc gaps`."""

from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path

import pytest

from cchc.compute.gaps import Gap, gaps, round2
from cchc.pipeline import load
from cchc.render.gaps import gap_item
from tests.conftest import RepoWriter

D = date

UNITS = """\
units:
  - {id: phong-noi-vu, name: Phòng Nội vụ, kind: department}
  - {id: ubnd-phuong-1, name: UBND Phường 1, kind: ward}
  - {id: ubnd-phuong-2, name: UBND Phường 2, kind: ward}
  - {id: ubnd-phuong-3, name: UBND Phường 3, kind: ward, until: 2023-03-15}
groups:
  - {id: phuong-xa, name: UBND các phường, members: [ubnd-phuong-1, ubnd-phuong-2,
     ubnd-phuong-3]}
"""


def indicator(ident: str, target: str, *, per: str = "unit", units: str | None = None,
              frequency: str = "monthly") -> str:
    extra = f", units: {units}" if units else ""
    return (f'  - {{id: {ident}, target: "{target}", per: {per}, frequency: {frequency}, '
            f"owner: phong-noi-vu{extra}}}\n")


def plan(*indicators: str) -> str:
    return ("number: 1/KH-UBND\ntitle: Thử\nperiod: 2023\ncoordinator: phong-noi-vu\n"
            "indicators:\n" + "".join(indicators))


def readings(period: str, *values: tuple[str, str | None, float]) -> str:
    lines = [f'period: "{period}"\nvalues:\n']
    for ind, unit, value in values:
        where = f", unit: {unit}" if unit else ""
        lines.append(f"  - {{indicator: {ind}{where}, value: {value!r}}}\n")
    return "".join(lines)


def compute(make_repo: RepoWriter, indicators: list[str], measurements: dict[str, str],
            as_of: date, **filters: str) -> list[Gap]:
    files = {"units/units.yaml": UNITS, "plans/p/plan.yaml": plan(*indicators)}
    for name, text in measurements.items():
        files[f"plans/p/measurements/{name}"] = text
    shutil.rmtree(make_repo({}))
    root: Path = make_repo(files)
    loaded = load(root)
    assert loaded.errors == 0, loaded.diagnostics
    return gaps(loaded.repo, loaded.registry, as_of, **filters)


def locality(make_repo: RepoWriter, target: str, value: float) -> Gap:
    """The row of one per-locality monthly indicator with one reading for March 2023."""
    rows = compute(make_repo, [indicator("x", target, per="locality")],
                   {"m.yaml": readings("2023-03", ("x", None, value))}, D(2023, 4, 1))
    assert len(rows) == 1
    return rows[0]


# --- each comparison: met, and the sign of the gap (positive = shortfall) ---


@pytest.mark.parametrize(("target", "value", "gap", "met"), [
    ("> 95%", 93.5, 1.5, False),
    ("> 95%", 96.2, -1.2, True),
    ("> 95%", 95.0, 0.0, False),  # strictly greater
    (">= 95%", 95.0, 0.0, True),
    (">= 95", 94.99, 0.01, False),
    ("< 10", 12.0, 2.0, False),
    ("< 10", 10.0, 0.0, False),
    ("< 10", 7.5, -2.5, True),
    ("<= 10", 10.0, 0.0, True),
    ("<= 10", 10.5, 0.5, False),
    ("= 100%", 100.0, 0.0, True),
    ("= 100%", 98.0, 2.0, False),
    ("= 100%", 102.5, 2.5, False),  # |value - target|
    ("=100", 100.0, 0.0, True),
])
def test_comparisons(make_repo: RepoWriter, target: str, value: float, gap: float,
                     met: bool) -> None:
    row = locality(make_repo, target, value)
    assert (row.target, row.value, row.gap, row.met) == (target, value, gap, met)


# --- rounding to 2 decimals, half away from zero ---


@pytest.mark.parametrize(("target", "value", "rounded", "gap"), [
    ("> 95", 93.456, 93.46, 1.54),  # 1.544
    ("> 95", 93.995, 94.0, 1.01),  # 1.005 in decimal, not 1.0049999... in binary
    ("> 95", 1.005, 1.01, 94.0),  # round(1.005, 2) gives 1.0; 93.995 -> 94.00
    ("< 10", 9.995, 10.0, -0.01),  # -0.005: away from zero
    ("< 10", 12.345, 12.35, 2.35),
    ("> 95", 95.001, 95.0, 0.0),  # -0.001 rounds to 0.0, not -0.0
])
def test_rounding(make_repo: RepoWriter, target: str, value: float, rounded: float,
                  gap: float) -> None:
    row = locality(make_repo, target, value)
    assert (row.value, row.gap) == (rounded, gap)
    assert row.gap is not None and math.copysign(1.0, row.gap) == math.copysign(1.0, gap)


def test_round2_never_gives_negative_zero() -> None:
    assert str(round2(-0.001)) == "0.0"
    assert round2(2.675) == 2.68  # 2.675 is 2.67499... in binary; as written it is 2.675


def test_met_is_decided_before_rounding(make_repo: RepoWriter) -> None:
    row = locality(make_repo, "> 95", 95.001)
    assert (row.value, row.gap, row.met) == (95.0, 0.0, True)


# --- rows: missing readings, previous, units, order ---


def test_per_unit_rows_missing_readings_and_previous(make_repo: RepoWriter) -> None:
    rows = compute(make_repo, [indicator("hai-long", "> 95%", units="[phuong-xa]")], {
        "feb.yaml": readings("2023-02", ("hai-long", "ubnd-phuong-1", 92.0)),
        "mar.yaml": readings("2023-03", ("hai-long", "ubnd-phuong-1", 93.5),
                             ("hai-long", "ubnd-phuong-2", 97.0)),
    }, D(2023, 4, 1))
    # phuong-3 ceased on 15 March, before March ended: not measured for March
    assert rows == [
        Gap("p", "hai-long", "ubnd-phuong-1", "2023-03", "> 95%", 93.5, 1.5, False, 92.0,
            "better"),
        Gap("p", "hai-long", "ubnd-phuong-2", "2023-03", "> 95%", 97.0, -2.0, True, None),
    ]
    assert gap_item(rows[0]) == {
        "plan": "p", "indicator": "hai-long", "unit": "ubnd-phuong-1", "period": "2023-03",
        "target": "> 95%", "value": 93.5, "gap": 1.5, "met": False, "previous": 92.0}


def test_a_unit_with_until_is_measured_for_periods_ending_by_then(
        make_repo: RepoWriter) -> None:
    rows = compute(make_repo, [indicator("hai-long", "> 95%", units="[phuong-xa]")], {},
                   D(2023, 3, 1))
    assert [(g.unit, g.period, g.value, g.gap, g.met, g.previous) for g in rows] == [
        (u, "2023-02", None, None, None, None)
        for u in ("ubnd-phuong-1", "ubnd-phuong-2", "ubnd-phuong-3")]


def test_without_units_every_unit_is_measured(make_repo: RepoWriter) -> None:
    rows = compute(make_repo, [indicator("x", "> 1")], {}, D(2023, 2, 1))
    assert [g.unit for g in rows] == ["phong-noi-vu", "ubnd-phuong-1", "ubnd-phuong-2",
                                      "ubnd-phuong-3"]


def test_order_locality_rows_first_and_unit_filter(make_repo: RepoWriter) -> None:
    inds = [indicator("b", "> 1", units="[ubnd-phuong-2, ubnd-phuong-1]"),
            indicator("a", "> 1", per="locality"),
            indicator("c", "> 1", per="locality")]
    rows = compute(make_repo, inds, {}, D(2023, 2, 1))
    assert [(g.indicator, g.unit) for g in rows] == [
        ("a", None), ("b", "ubnd-phuong-1"), ("b", "ubnd-phuong-2"), ("c", None)]
    # a unit filter keeps that unit's rows (a group: its members'), never locality rows
    rows = compute(make_repo, inds, {}, D(2023, 2, 1), unit="ubnd-phuong-2")
    assert [(g.indicator, g.unit) for g in rows] == [("b", "ubnd-phuong-2")]
    rows = compute(make_repo, inds, {}, D(2023, 2, 1), unit="phuong-xa")
    assert [(g.indicator, g.unit) for g in rows] == [("b", "ubnd-phuong-1"),
                                                      ("b", "ubnd-phuong-2")]
    assert compute(make_repo, inds, {}, D(2023, 2, 1), plan="other") == []


def test_a_duplicate_reading_with_the_same_value_counts_once(make_repo: RepoWriter) -> None:
    rows = compute(make_repo, [indicator("x", ">= 90", per="locality")], {
        "a.yaml": readings("2023-03", ("x", None, 91.0)),
        "b.yaml": readings("2023-03", ("x", None, 91.0)),
    }, D(2023, 4, 1))
    assert [(g.value, g.gap, g.met) for g in rows] == [(91.0, -1.0, True)]


# --- which period ---


@pytest.mark.parametrize(("frequency", "as_of", "period", "previous"), [
    ("monthly", D(2023, 3, 31), "2023-03", "2023-02"),  # March ends on the as-of date
    ("monthly", D(2023, 3, 30), "2023-02", "2023-01"),
    ("quarterly", D(2023, 4, 15), "2023-Q1", "2022-Q4"),
    ("yearly", D(2023, 12, 31), "2023", "2022"),
    # once the 2023 plan has ended, its last reading: not November 2026
    ("monthly", D(2026, 11, 15), "2023-12", "2023-11"),
    ("quarterly", D(2024, 5, 1), "2023-Q4", "2023-Q3"),
    ("yearly", D(2030, 1, 1), "2023", "2022"),
])
def test_latest_period_ended(make_repo: RepoWriter, frequency: str, as_of: date,
                             period: str, previous: str) -> None:
    inds = [indicator("x", "> 1", per="locality", frequency=frequency)]
    rows = compute(make_repo, inds, {"now.yaml": readings(period, ("x", None, 5.0)),
                                     "before.yaml": readings(previous, ("x", None, 4.0))},
                   as_of)
    assert rows == [Gap("p", "x", None, period, "> 1", 5.0, -4.0, True, 4.0, "better")]


def test_period_override_keeps_indicators_of_its_frequency(make_repo: RepoWriter) -> None:
    inds = [indicator("m", ">= 50", per="locality"),
            indicator("q", ">= 50", per="locality", frequency="quarterly"),
            indicator("y", ">= 50", per="locality", frequency="yearly")]
    files = {"feb.yaml": readings("2023-02", ("m", None, 40.0)),
             "jan.yaml": readings("2023-01", ("m", None, 60.0)),
             "q1.yaml": readings("2023-Q1", ("q", None, 55.0))}
    as_of = D(2023, 12, 31)
    assert compute(make_repo, inds, files, as_of, period="2023-02") == [
        Gap("p", "m", None, "2023-02", ">= 50", 40.0, 10.0, False, 60.0, "worse")]
    assert compute(make_repo, inds, files, as_of, period="tháng 2/2023") == [
        Gap("p", "m", None, "2023-02", ">= 50", 40.0, 10.0, False, 60.0, "worse")]
    assert compute(make_repo, inds, files, as_of, period="2023-Q1") == [
        Gap("p", "q", None, "2023-Q1", ">= 50", 55.0, -5.0, True, None)]
    assert [g.indicator for g in compute(make_repo, inds, files, as_of, period="2023")] == ["y"]
    assert compute(make_repo, inds, files, as_of, period="2022") == []  # before the plan
    # a half-year, a week or nonsense matches no indicator frequency
    for label in ("2023-H1", "2023-W05", "soon"):
        assert compute(make_repo, inds, files, as_of, period=label) == []


def test_trend_follows_the_target_not_the_direction() -> None:
    from cchc.compute.gaps import trend
    from cchc.model.target import read_target as _target

    assert trend(_target("> 95%"), 96, 94) == "better"
    assert trend(_target("<= 0"), 4, 2) == "worse"  # more late dossiers
    assert trend(_target("<= 0"), 0, 1) == "better"
    assert trend(_target("= 50"), 52, 47) == "better"  # closer to 50
    assert trend(_target("> 95%"), 96, 96) == "same"
    assert trend(_target("> 95%"), 96, None) is None


@pytest.mark.parametrize(("frequency", "as_of"), [
    ("monthly", D(2023, 1, 15)),  # December 2022 ended before the 2023 plan began
    ("yearly", D(2023, 12, 30)),  # 2022 likewise; 2023 has not ended yet
    ("quarterly", D(2023, 2, 1)),
])
def test_no_reading_is_owed_outside_the_plan_period(make_repo: RepoWriter, frequency: str,
                                                    as_of: date) -> None:
    inds = [indicator("x", "> 1", per="locality", frequency=frequency)]
    assert compute(make_repo, inds, {}, as_of) == []
    assert compute(make_repo, inds, {}, as_of, period="2022") == []
