"""The history of `cchc site`: every point is `status` run as of that day, and nothing else."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.compute import history as history_module
from cchc.compute.gaps import gaps
from cchc.compute.history import (
    _Packing,
    history,
    indicator_history,
    month_end_counts,
    month_ends,
    periods_so_far,
)
from cchc.compute.obligations import STATES, Obligation, obligations
from cchc.compute.summary import summarise
from cchc.model.deadlines import Span
from cchc.pipeline import load
from tests.conftest import (
    HAND_FEBRUARY,
    HAND_MARCH,
    HAND_RECORDS,
    ROOT,
    RepoWriter,
    write_files,
)

D = dt.date
DEMO = ROOT / "examples" / "demo"
YEAR = Span(D(2023, 1, 1), D(2023, 12, 31))
HISTORY = settings(max_examples=200, deadline=None)


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


# --- against the direct computation, on random repositories ---------------------------------

PERIODS = ["2023", "2023-H2", "{start: 2023-02-15, end: 2023-11-20}",
           "{start: 2022-11-10, end: 2024-02-05}"]
DUES = ["2023-01-31", "2023-03-15", "2023-06-30", "2023-12-31", "2024-01-20", "2023-02",
        "2023-Q3", "ongoing", "daily", "weekly", "monthly", "quarterly", "yearly",
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=25", "RRULE:FREQ=WEEKLY;BYDAY=FR"]
RECORD_PERIODS = [None, None, "2023-01", "2023-02", "2023-06", "2023-Q1", "2023-Q3",
                  "2023-H1", "2023", "2023-W05"]

MONTH_ENDS = [D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
              for y, m in [(2022, 11), (2022, 12)] + [(2023, m) for m in range(1, 13)]
              + [(2024, 1), (2024, 2), (2024, 3)]]
# the days where a rule changes its answer: month ends (the history's days, and due days),
# the day after, and the day a window of `stale_after_days` opens before a month end
EDGES = sorted({d + dt.timedelta(days=k) for d in MONTH_ENDS for k in (0, 1, -1, -20, -90)}
               | {D(2023, 3, 15), D(2023, 3, 16), D(2024, 1, 20), D(2023, 1, 27)})
some_day = st.one_of(st.sampled_from(EDGES), st.dates(D(2022, 11, 1), D(2024, 3, 31)))
# a one-off deadline's day, where done on it is on time and a day later is late
DUE_DAYS = {"2023-01-31": D(2023, 1, 31), "2023-03-15": D(2023, 3, 15),
            "2023-06-30": D(2023, 6, 30), "2023-12-31": D(2023, 12, 31),
            "2024-01-20": D(2024, 1, 20), "2023-02": D(2023, 2, 28), "2023-Q3": D(2023, 9, 30)}


@st.composite
def random_repositories(draw: st.DrawFn) -> dict[str, str]:
    """Units (some ceasing: `until`, `successor`), tasks of every kind of deadline led by
    a unit, a group or co-leads, and records of every status in and around the period."""
    n_units = draw(st.integers(2, 6))
    ids = [f"don-vi-{i}" for i in range(n_units)]
    units = ["units:"]
    for i, u in enumerate(ids):
        units += [f"  - id: {u}", f"    name: Đơn vị {i}", "    kind: commune"]
        if i and draw(st.integers(0, 3)) == 0:
            units.append(f"    until: {draw(st.dates(D(2023, 1, 1), D(2023, 12, 31)))}")
            if draw(st.booleans()):
                units.append(f"    successor: {ids[0]}")
    units += ["groups:", "  - id: tat-ca", "    name: Tất cả", f"    members: [{', '.join(ids)}]"]
    plan = ["number: 1/KH-UBND", "title: Kế hoạch", f"period: {draw(st.sampled_from(PERIODS))}",
            f"coordinator: {ids[0]}", "tasks:"]
    tasks: list[tuple[str, list[str]]] = []
    near = [st.sampled_from(EDGES), st.sampled_from(EDGES)]  # mostly days where rules turn
    for i in range(1, draw(st.integers(1, 6)) + 1):
        lead = draw(st.sampled_from(["tat-ca", ids[0], f"[{ids[0]}, {ids[-1]}]"]))
        due = draw(st.sampled_from(DUES))
        plan += [f'  - id: "1.{i}"', f"    title: Việc {i}", f"    lead: {lead}",
                 f"    due: {json.dumps(due) if due.startswith('RRULE') else due}"]
        tasks.append((f"1.{i}", ids if lead == "tat-ca" else
                      [ids[0]] if lead == ids[0] else [ids[0], ids[-1]]))
        if due in DUE_DAYS:
            near.append(st.sampled_from([DUE_DAYS[due], DUE_DAYS[due] + dt.timedelta(days=1)]))
    records: list[str] = []
    # a few (task, units) filed for again and again: runs of done, done then reopened
    owners = draw(st.lists(st.sampled_from(tasks), min_size=1, max_size=4))
    for _ in range(draw(st.integers(0, 30))):
        task, accountable = draw(st.sampled_from(owners))
        period = draw(st.sampled_from(RECORD_PERIODS))
        records.append(
            f'- task: "{task}"\n  unit: {draw(st.sampled_from(accountable))}\n'
            f"  date: {draw(st.one_of(*near, some_day))}\n"
            f"  status: {draw(st.sampled_from(['in-progress', 'done', 'blocked']))}\n"
            + (f"  period: {period}\n" if period is not None else ""))
    settings_ = (f"language: en\ndue_soon_days: {draw(st.sampled_from([0, 1, 14, 45]))}\n"
                 f"stale_after_days: {draw(st.sampled_from([1, 20, 90, 400]))}\n")
    files = {"cchc.yaml": settings_, "units/units.yaml": "\n".join(units) + "\n",
             "plans/p/plan.yaml": "\n".join(plan) + "\n"}
    # in two files: the contract's order among the records of one day is path order
    half = draw(st.integers(0, len(records)))
    for name, part in (("a", records[:half]), ("b", records[half:])):
        if part:
            files[f"plans/p/updates/{name}.yaml"] = "".join(part)
    return files


def _counts_by_unit(obls: list[Obligation]) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    totals = dict.fromkeys(STATES, 0)
    units: dict[str, dict[str, int]] = {}
    for o in obls:
        totals[o.state] += 1
        units.setdefault(o.unit, dict.fromkeys(STATES, 0))[o.state] += 1
    return totals, units


@HISTORY
@given(files=random_repositories(), as_of=some_day,
       days=st.lists(some_day, max_size=12, unique=True), filtered=st.booleans())
def test_history_is_obligations_run_as_of_each_day(files: dict[str, str], as_of: dt.date,
                                                   days: list[dt.date],
                                                   filtered: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        loaded = load(write_files(Path(tmp), files))
    repo, registry = loaded.repo, loaded.registry
    assert not [d for d in loaded.diagnostics if d.severity == "error"], loaded.diagnostics
    unit = sorted(registry.units)[-1] if filtered else None
    final = obligations(repo, registry, as_of, unit=unit)
    (h,) = history(repo, registry, as_of, final, unit=unit).values()
    pd = repo.plans["p"]
    # the days of the history, and any other days (month_end_counts takes any ascending days)
    wanted = set(registry.expand(unit)) if unit is not None else None
    found = month_end_counts(pd, registry, repo, sorted(days), wanted=wanted)
    for day, totals, point in [(d, t, None) for d, t in zip(h.days, h.totals, strict=True)] + [
            (d, m.totals, m) for d, m in found.items()]:
        expected, by_unit = _counts_by_unit(obligations(repo, registry, day, unit=unit))
        assert totals == expected, day
        if point is None:
            i = h.days.index(day)
            assert {u: s[i] for u, s in h.units.items() if sum(s[i].values())} == by_unit, day
        else:
            assert point.units == by_unit, day


EDGE_UNITS = """\
units:
  - {id: a, name: A, kind: commune}
  - {id: b, name: B, kind: commune, until: 2023-04-30, successor: a}
  - {id: c, name: C, kind: commune}
groups:
  - {id: all, name: All, members: [a, b, c]}
"""
EDGE_PLAN = """\
number: 1/KH-UBND
title: Edges
period: 2023
coordinator: a
tasks:
  - {id: "1.1", title: One-off, lead: all, due: 2023-03-31}
  - {id: "1.2", title: After b ceased, lead: all, due: 2023-06-30}
  - {id: "1.3", title: Ongoing, lead: all, due: ongoing}
  - {id: "1.4", title: Monthly, lead: all, due: monthly}
  - {id: "1.5", title: Weekly, lead: [a, c], due: weekly}
  - {id: "1.6", title: Daily, lead: b, due: daily}
  - {id: "1.7", title: Due on the last day of b, lead: all, due: 2023-04-30}
"""
EDGE_RECORDS = """\
# done on the due day, a month end: on time; a day later: late; a second done adds evidence
- {task: "1.1", unit: a, date: 2023-03-31, status: done}
- {task: "1.1", unit: b, date: 2023-04-01, status: done}
- {task: "1.1", unit: c, date: 2023-02-10, status: done}
- {task: "1.1", unit: c, date: 2023-04-05, status: done}
# done, reopened, done late; b owes nothing due after its `until`
- {task: "1.2", unit: c, date: 2023-03-01, status: done}
- {task: "1.2", unit: c, date: 2023-04-01, status: in-progress}
- {task: "1.2", unit: c, date: 2023-07-31, status: done}
- {task: "1.2", unit: b, date: 2023-03-01, status: in-progress}
# ongoing: the last record exactly `stale_after_days` before a month end, and a day after
- {task: "1.3", unit: a, date: 2023-01-01, status: in-progress}
- {task: "1.3", unit: b, date: 2023-01-29, status: in-progress}
- {task: "1.3", unit: c, date: 2023-03-01, status: blocked}
- {task: "1.3", unit: c, date: 2023-10-02, status: done}
# recurring: done on the month end it is due, late, a quarter at once, on `until`
- {task: "1.4", unit: a, date: 2023-01-31, status: done, period: 2023-01}
- {task: "1.4", unit: a, date: 2023-03-01, status: done, period: 2023-02}
- {task: "1.4", unit: b, date: 2023-04-30, status: done, period: 2023-Q1}
- {task: "1.4", unit: c, date: 2023-05-31, status: blocked, period: 2023-05}
- {task: "1.4", unit: c, date: 2023-05-31, status: done, period: 2023}
- {task: "1.5", unit: a, date: 2023-02-28, status: done}
- {task: "1.5", unit: c, date: 2023-01-31, status: done, period: 2023-01}
- {task: "1.6", unit: b, date: 2023-04-30, status: done, period: 2023-H1}
"""


def test_history_on_every_day_where_the_rules_turn(make_repo: RepoWriter) -> None:
    """Done on the due day or a day after, a second done, reopened work, a unit ceasing
    (with a successor), staleness starting on a month end, occurrences satisfied on the day
    they are due: every day of the year and around it, as `obligations` computes it."""
    root = make_repo({"cchc.yaml": "language: en\ndue_soon_days: 10\nstale_after_days: 30\n",
                      "units/units.yaml": EDGE_UNITS, "plans/p/plan.yaml": EDGE_PLAN,
                      "plans/p/updates/2023/all.yaml": EDGE_RECORDS})
    loaded = load(root)
    assert {d.code for d in loaded.diagnostics} <= {"missing-evidence"}
    repo, registry = loaded.repo, loaded.registry
    days = [D(2022, 12, 1) + dt.timedelta(days=k) for k in range(450)]
    found = month_end_counts(repo.plans["p"], registry, repo, days)
    states = set()
    for day in days:
        obls = obligations(repo, registry, day)
        states |= {o.state for o in obls}
        assert (found[day].totals, found[day].units) == _counts_by_unit(obls), day
    assert states == set(STATES)  # every state occurs on some day
    h = history(repo, registry, D(2023, 12, 31), obligations(repo, registry, D(2023, 12, 31)))
    assert h["p"].days == tuple(MONTH_ENDS[2:14])
    for i, day in enumerate(h["p"].days):
        assert h["p"].totals[i] == found[day].totals


@pytest.mark.parametrize("most", [1, 2**16 - 1, 2**16, 2**32 - 1, 2**32, 2**40])
def test_packed_counts_hold_up_to_the_most_obligations(most: int) -> None:
    packing = _Packing(3, most)
    code = (most * packing.one[0]["overdue"] + packing.one[0]["done"]
            + most * packing.one[2]["done"] + (most - 1) * packing.one[2]["stale"])
    days = packing.unpack(code)
    assert days[0] == {**dict.fromkeys(STATES, 0), "overdue": most, "done": 1}
    assert days[1] == dict.fromkeys(STATES, 0)
    assert days[2] == {**dict.fromkeys(STATES, 0), "done": most, "stale": most - 1}
    assert packing.width == (16 if most < 2**16 else 32 if most < 2**32 else 64)


def test_packed_totals_add_more_numbers_than_a_field_holds() -> None:
    """A field holds one unit's counts (at most one obligation a task); the plan's totals,
    here five numbers of 40,000 each in 16-bit fields, are summed a few numbers at a time."""
    packing = _Packing(2, 40_000)
    assert packing.width == 16
    codes = [40_000 * packing.one[0]["overdue"] + k * packing.one[1]["done"] for k in range(5)]
    days = packing.total(codes)
    assert days == [{**dict.fromkeys(STATES, 0), "overdue": 200_000},
                    {**dict.fromkeys(STATES, 0), "done": 10}]
    assert [list(day) for day in days] == [list(STATES)] * 2
    assert packing.total([]) == [dict.fromkeys(STATES, 0)] * 2


@pytest.mark.parametrize("as_of", [D(2023, 3, 31), D(2023, 7, 14), D(2024, 2, 1)])
def test_history_from_the_status_counts_is_history_from_its_obligations(
        as_of: dt.date) -> None:
    """`cchc site` gives the status's counts (`counted`) for the day of `as_of`, not its
    obligations to be counted again: the same history, to the order of every dict."""
    loaded = load(DEMO)
    repo, registry = loaded.repo, loaded.registry
    status = summarise(repo, registry, as_of)
    given = history(repo, registry, as_of, history_module.counted(status))
    assert repr(given) == repr(history(repo, registry, as_of,
                                       [o for p in status.plans for o in p.obligations]))


SHARED_UNITS = """\
units:
  - {id: a, name: A, kind: commune}
  - {id: b, name: B, kind: commune, until: 2023-05-15}
  - {id: c, name: C, kind: commune}
groups:
  - {id: all, name: All, members: [a, b, c]}
"""
# tasks with the same deadline share their sweeps: the same due date (written two ways),
# one-off and ongoing on the same day (the period's end), and the same recurring deadline
# owed by units with and without `until` (cut at different occurrences)
SHARED_PLAN = """\
number: 1/KH-UBND
title: Shared sweeps
period: 2023
coordinator: a
tasks:
  - {id: "1.1", title: One-off, lead: all, due: 2023-12-31}
  - {id: "1.2", title: Ongoing, lead: all, due: ongoing}
  - {id: "1.3", title: Same day another lead, lead: [a, c], due: 2023-12}
  - {id: "1.4", title: Monthly, lead: all, due: monthly}
  - {id: "1.5", title: Monthly another lead, lead: [b, c], due: monthly}
  - {id: "1.6", title: Due soon, lead: all, due: 2023-05-20}
  - {id: "1.7", title: Due soon as well, lead: [b, c], due: 2023-05-20}
  - {id: "1.8", title: Weekly, lead: all, due: weekly}
"""


def test_tasks_with_the_same_deadline_share_sweeps_not_states(
        make_repo: RepoWriter, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same records for units of tasks whose sweeps are shared (the same due day
    written two ways, other leads) or not (one-off and ongoing due the same day, a recurring
    deadline cut by a unit's `until`, two recurring deadlines) give each obligation its own
    states on every day, as `obligations` computes them."""
    same = ("  - {{task: \"{t}\", unit: {u}, date: 2023-01-10, status: in-progress}}\n"
            "  - {{task: \"{t}\", unit: {u}, date: 2023-03-20, status: done, period: 2023-H1}}\n"
            "  - {{task: \"{t}\", unit: {u}, date: 2023-04-02, status: blocked}}\n")
    owed = {"1.1": "abc", "1.2": "abc", "1.3": "ac", "1.4": "abc", "1.5": "bc", "1.6": "abc",
            "1.7": "bc", "1.8": "abc"}
    records = "".join(same.format(t=t, u=u).replace("  - ", "- ", 1)
                      .replace("\n  - ", "\n- ") for t, us in owed.items() for u in us)
    root = make_repo({"cchc.yaml": "language: en\ndue_soon_days: 10\nstale_after_days: 30\n",
                      "units/units.yaml": SHARED_UNITS, "plans/p/plan.yaml": SHARED_PLAN,
                      "plans/p/updates/2023/all.yaml": records})
    loaded = load(root)
    assert not [d for d in loaded.diagnostics if d.severity == "error"], loaded.diagnostics
    repo, registry = loaded.repo, loaded.registry
    made: list[str] = []
    for name in ("_Single", "_Recurring"):
        cls = getattr(history_module, name)
        real = cls.__init__

        def counted(self: object, *args: object, _real: Any = real, _name: str = name,
                    **kwargs: object) -> None:
            made.append(_name)
            _real(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counted)
    days = [D(2022, 12, 1) + dt.timedelta(days=k) for k in range(450)]
    found = month_end_counts(repo.plans["p"], registry, repo, days)
    # one-off due 2023-12-31 (two tasks), ongoing, due 2023-05-20 (two tasks); monthly for
    # the units without `until` and for b (two tasks each), weekly for them and for b
    assert sorted(made) == ["_Recurring"] * 4 + ["_Single"] * 3
    for day in days:
        obls = obligations(repo, registry, day)
        assert (found[day].totals, found[day].units) == _counts_by_unit(obls), day
