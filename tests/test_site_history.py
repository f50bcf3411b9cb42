"""The history of `cchc site`: every point is `status` run as of that day, and nothing else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc.compute.gaps import gaps
from cchc.compute.history import history, indicator_history, month_ends, periods_so_far
from cchc.compute.summary import summarise
from cchc.model.deadlines import Span
from cchc.pipeline import load
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, ROOT, RepoWriter

D = dt.date
DEMO = ROOT / "examples" / "demo"
YEAR = Span(D(2023, 1, 1), D(2023, 12, 31))


def test_month_ends_before_as_of_then_as_of() -> None:
    assert month_ends(YEAR, D(2023, 3, 31)) == [D(2023, 1, 31), D(2023, 2, 28), D(2023, 3, 31)]
    assert month_ends(YEAR, D(2023, 3, 15)) == [D(2023, 1, 31), D(2023, 2, 28), D(2023, 3, 15)]
    assert month_ends(YEAR, D(2023, 1, 1)) == [D(2023, 1, 1)]


def test_month_ends_stop_at_the_period_end_and_start_at_its_month() -> None:
    days = month_ends(YEAR, D(2026, 12, 1))
    assert days[0] == D(2023, 1, 31) and days[-2] == D(2023, 12, 31) and days[-1] == D(2026, 12, 1)
    assert len(days) == 13
    mid = Span(D(2023, 2, 15), D(2023, 5, 10))
    assert month_ends(mid, D(2023, 9, 1)) == [D(2023, 2, 28), D(2023, 3, 31), D(2023, 4, 30),
                                              D(2023, 9, 1)]
    assert month_ends(YEAR, D(2022, 6, 1)) == [D(2022, 6, 1)]  # before the plan: one point


@pytest.mark.parametrize("as_of", [D(2023, 3, 31), D(2023, 7, 14), D(2024, 2, 1)])
def test_every_point_is_status_as_of_that_day(as_of: dt.date) -> None:
    loaded = load(DEMO)
    repo, registry = loaded.repo, loaded.registry
    final = summarise(repo, registry, as_of)
    found = history(repo, registry, as_of, [o for p in final.plans for o in p.obligations])
    for handle, h in found.items():
        assert h.days[-1] == as_of
        for day, totals in zip(h.days, h.totals, strict=True):
            then = summarise(repo, registry, day, plan=handle).plans[0]
            assert totals == then.counts, day
            by_unit = {s.unit: s.counts for s in then.scorecard}
            for unit, series in h.units.items():
                assert series[h.days.index(day)] == by_unit.get(
                    unit, {s: 0 for s in then.counts}), (day, unit)
            assert set(by_unit) <= set(h.units)


def test_history_by_hand(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/2023/all.yaml": HAND_RECORDS})
    loaded = load(root)
    as_of = D(2023, 3, 31)
    status = summarise(loaded.repo, loaded.registry, as_of)
    h = history(loaded.repo, loaded.registry, as_of, status.plans[0].obligations)["p"]
    assert h.days == (D(2023, 1, 31), D(2023, 2, 28), D(2023, 3, 31))
    # 31 January: 1.1.1 not started (due 15 March, 43 days away), the three wards not started
    # (due 28 February, 28 days away), 1.1.3's January occurrence due that very day: due soon.
    jan = h.totals[0]
    assert jan == {**dict.fromkeys(jan, 0), "not-started": 4, "due-soon": 1}
    # 28 February: 1.1.1 15 days away (not started); phuong-1 done on 20 February; phuong-2
    # (its record comes on 3 March) and xa (blocked) due that day: due soon; 1.1.3 January
    # satisfied on 2 February, February due that day: due soon.
    feb = h.totals[1]
    assert feb == {**dict.fromkeys(feb, 0), "not-started": 1, "done": 1, "due-soon": 3}
    assert h.totals[2] == status.plans[0].counts
    assert h.unit("ubnd-phuong-1")[1]["done"] == 1
    assert h.unit("nobody") == tuple({s: 0 for s in jan} for _ in h.days)


def test_indicator_history_equals_gaps_of_each_period(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/measurements/2023-02.yaml": HAND_FEBRUARY,
                      "plans/p/measurements/2023-03.yaml": HAND_MARCH})
    loaded = load(root)
    as_of = D(2023, 4, 10)
    (ih,) = indicator_history(loaded.repo, loaded.registry, as_of)["p"]
    assert [p.period for p in ih.periods] == ["2023-01", "2023-02", "2023-03"]
    for pr in ih.periods:
        rows = gaps(loaded.repo, loaded.registry, as_of, period=pr.period)
        assert pr.values == {g.unit: g.value for g in rows if g.value is not None}
        assert pr.met == sum(1 for g in rows if g.met)
        assert pr.expected == len(rows)
    march = ih.periods[-1]
    assert march.values == {"ubnd-phuong-1": 93.46, "ubnd-phuong-2": 98.0}
    assert march.median == 95.73 and march.lowest == 93.46 and march.highest == 98.0


def test_periods_so_far_leave_out_the_period_not_yet_over(make_repo: RepoWriter) -> None:
    loaded = load(make_repo({}))
    ind = loaded.repo.plans["p"].indicators[0].value
    assert periods_so_far(ind, YEAR, D(2023, 3, 30)) == ["2023-01", "2023-02"]
    assert periods_so_far(ind, YEAR, D(2022, 12, 31)) == []
    assert len(periods_so_far(ind, YEAR, D(2025, 1, 1))) == 12


def test_history_leaves_out_units_a_filter_does_not_name(tmp_path: Path) -> None:
    loaded = load(DEMO)
    as_of = D(2023, 3, 31)
    unit = sorted(loaded.registry.units)[0]
    status = summarise(loaded.repo, loaded.registry, as_of, unit=unit)
    h = history(loaded.repo, loaded.registry, as_of,
                [o for p in status.plans for o in p.obligations], unit=unit)
    for plan_history in h.values():
        assert set(plan_history.units) <= {unit}
