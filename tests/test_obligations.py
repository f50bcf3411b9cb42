"""Hand-worked obligations (cchc.compute.obligations): each case a tiny repository.

Every expected value below was worked out by hand from docs/format.md, "Units and groups",
"Deadlines" and "Progress records"; the comments show the arithmetic.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from cchc.compute.obligations import STATES, Obligation, obligations, overdue
from cchc.pipeline import load
from cchc.render.obligations import overdue_item, overdue_items
from tests.conftest import RepoWriter

D = date

UNITS = """\
units:
  - {id: phong-noi-vu, name: Phòng Nội vụ, kind: department}
  - {id: phong-tu-phap, name: Phòng Tư pháp, kind: department}
  - {id: ubnd-phuong-1, name: UBND Phường 1, kind: ward}
  - {id: ubnd-phuong-2, name: UBND Phường 2, kind: ward}
  - {id: ubnd-phuong-3, name: UBND Phường 3, kind: ward, until: 2023-06-30,
     successor: ubnd-phuong-2}
groups:
  - {id: phuong-xa, name: UBND các phường, members: [ubnd-phuong-1, ubnd-phuong-2,
     ubnd-phuong-3]}
"""


def task(ident: str, lead: str, due: str, support: str | None = None) -> str:
    extra = f", support: {support}" if support else ""
    return f'  - {{id: "{ident}", lead: {lead}, due: {json.dumps(due)}{extra}}}\n'


def plan(*tasks: str, period: str = "2023") -> str:
    return (f"number: 1/KH-UBND\ntitle: Thử\nperiod: {period}\ncoordinator: phong-noi-vu\n"
            "tasks:\n" + "".join(tasks))


def rec(ident: str, unit: str, day: str, status: str, period: str | None = None) -> str:
    extra = f', period: "{period}"' if period else ""
    return (f'- {{task: "{ident}", unit: {unit}, date: {day}, status: {status}{extra}, '
            "evidence: [x]}\n")


def fresh(make_repo: RepoWriter, files: dict[str, str]) -> Path:
    """make_repo into an emptied directory, so a test may build several repositories."""
    shutil.rmtree(make_repo({}))
    return make_repo(files)


def compute(make_repo: RepoWriter, tasks: list[str], records: dict[str, list[str]],
            as_of: date, *, config: str = "", period: str = "2023",
            plan_filter: str | None = None, unit: str | None = None) -> list[Obligation]:
    files = {"cchc.yaml": "language: en\n" + config, "units/units.yaml": UNITS,
             "plans/p/plan.yaml": plan(*tasks, period=period)}
    for name, recs in records.items():
        files[f"plans/p/updates/{name}"] = "".join(recs)
    loaded = load(fresh(make_repo, files))
    assert loaded.errors == 0, loaded.diagnostics
    return obligations(loaded.repo, loaded.registry, as_of, plan=plan_filter, unit=unit)


def ob(task: str, unit: str, state: str, status: str, due: date | None, *,
       kind: str = "one-off", days_overdue: int = 0, occurrences: int = 0, total: int = 1,
       done: int = 0, last: date | None = None, days_late: int = 0) -> Obligation:
    return Obligation("p", task, unit, kind, state, status, due,  # type: ignore[arg-type]
                      days_overdue, occurrences, total, done, last, days_late)


def one(make_repo: RepoWriter, due: str, recs: list[str], as_of: date,
        config: str = "") -> Obligation:
    """The single obligation of task 1, led by phong-noi-vu."""
    found = compute(make_repo, [task("1", "phong-noi-vu", due)], {"a.yaml": recs} if recs
                    else {}, as_of, config=config)
    assert len(found) == 1
    return found[0]


PNV = "phong-noi-vu"


def test_states_most_urgent_first() -> None:
    assert STATES == ("overdue", "due-soon", "stale", "blocked", "in-progress", "not-started",
                      "done-late", "done")


# --- who is accountable ---


def test_a_group_lead_fans_out_to_its_members(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", "phuong-xa", "2023-02", support="[phong-tu-phap]")],
                    {}, D(2023, 1, 10))
    # due 28 Feb, 49 days away: not started; phuong-3 (until 30 June) still owes it
    assert found == [ob("1", u, "not-started", "not-started", D(2023, 2, 28))
                     for u in ("ubnd-phuong-1", "ubnd-phuong-2", "ubnd-phuong-3")]


def test_co_leads_each_answer_once(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", "[phong-noi-vu, phuong-xa, ubnd-phuong-1]",
                                     "2023-03-15")], {}, D(2023, 1, 1))
    assert [o.unit for o in found] == [PNV, "ubnd-phuong-1", "ubnd-phuong-2", "ubnd-phuong-3"]


def test_supporting_units_owe_nothing_and_their_records_do_not_count(
        make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", PNV, "2023-03-15", support="[phong-tu-phap]")],
                    {"a.yaml": [rec("1", "phong-tu-phap", "2023-03-01", "done")]},
                    D(2023, 3, 20))
    assert found == [ob("1", PNV, "overdue", "not-started", D(2023, 3, 15), days_overdue=5,
                        occurrences=1)]


# --- a unit that ceased (until: 2023-06-30) ---


def test_until_drops_a_one_off_due_after_it(make_repo: RepoWriter) -> None:
    tasks = [task("1", "phuong-xa", "2023-Q3"), task("2", "phuong-xa", "2023-06-30")]
    found = compute(make_repo, tasks, {}, D(2023, 10, 5))
    # task 1 (due 30 Sept) is owed by phuong-1 and phuong-2 only; task 2, due on the day
    # phuong-3 ceased, is still owed by it
    assert [(o.task, o.unit) for o in found] == [
        ("1", "ubnd-phuong-1"), ("1", "ubnd-phuong-2"),
        ("2", "ubnd-phuong-1"), ("2", "ubnd-phuong-2"), ("2", "ubnd-phuong-3")]
    assert found[-1] == ob("2", "ubnd-phuong-3", "overdue", "not-started", D(2023, 6, 30),
                           days_overdue=97, occurrences=1)  # 1 + 31 + 31 + 30 + 4


def test_until_drops_later_occurrences_and_ongoing_work(make_repo: RepoWriter) -> None:
    recs = [rec("1", "ubnd-phuong-3", f"2023-{m:02d}-28", "done") for m in range(1, 7)]
    found = compute(make_repo, [task("1", "ubnd-phuong-3", "monthly"),
                                task("2", "ubnd-phuong-3", "ongoing")],
                    {"a.yaml": recs}, D(2023, 9, 15))
    # six monthly occurrences remain (January to June), all done on time; the ongoing
    # task, due 31 December, falls after until and is no obligation
    assert found == [ob("1", "ubnd-phuong-3", "done", "done", None, kind="recurring",
                        total=6, done=6, last=D(2023, 6, 28))]


def test_until_before_the_first_occurrence_means_no_obligation(
        make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", "ubnd-phuong-3", "quarterly")], {}, D(2023, 7, 1),
                    period="{start: 2023-07-01, end: 2024-06-30}")
    assert found == []


# --- one-off deadlines of every form ---


@pytest.mark.parametrize(("due", "expected"), [
    ("2023-03-15", D(2023, 3, 15)),
    ("ngày 15/3/2023", D(2023, 3, 15)),
    ("2023-02", D(2023, 2, 28)),
    ("trong tháng 02 năm 2023", D(2023, 2, 28)),
    ("2023-Q1", D(2023, 3, 31)),
    ("Quý I năm 2023", D(2023, 3, 31)),
    ("6 tháng đầu năm 2023", D(2023, 6, 30)),
    ("năm 2023", D(2023, 12, 31)),
])
def test_one_off_due_dates(make_repo: RepoWriter, due: str, expected: date) -> None:
    o = one(make_repo, due, [], D(2024, 1, 1))
    assert o == ob("1", PNV, "overdue", "not-started", expected,
                   days_overdue=(D(2024, 1, 1) - expected).days, occurrences=1)


def test_days_overdue_counts_calendar_days_across_a_leap_day(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", PNV, "2024-02-28")], {}, D(2024, 3, 1),
                    period="2024")
    assert found[0].days_overdue == 2  # 29 Feb, 1 March
    assert found[0].due == D(2024, 2, 28)


def test_status_of_an_overdue_one_off_is_the_latest_status(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-03-01", "in-progress"), rec("1", PNV, "2023-03-10", "blocked")]
    o = one(make_repo, "2023-03-15", recs, D(2023, 4, 1))
    assert o == ob("1", PNV, "overdue", "blocked", D(2023, 3, 15), days_overdue=17,
                   occurrences=1, last=D(2023, 3, 10))


# --- due soon: the window's edges (due_soon_days 14) ---


@pytest.mark.parametrize(("as_of", "state"), [
    (D(2023, 2, 28), "not-started"),  # 15 days before
    (D(2023, 3, 1), "due-soon"),  # exactly 14 days before
    (D(2023, 3, 15), "due-soon"),  # due today
    (D(2023, 3, 16), "overdue"),  # one day late
])
def test_due_soon_window(make_repo: RepoWriter, as_of: date, state: str) -> None:
    assert one(make_repo, "2023-03-15", [], as_of).state == state


def test_due_soon_days_from_the_settings(make_repo: RepoWriter) -> None:
    assert one(make_repo, "2023-03-15", [], D(2023, 3, 14), "due_soon_days: 0\n").state \
        == "not-started"
    assert one(make_repo, "2023-03-15", [], D(2023, 3, 15), "due_soon_days: 0\n").state \
        == "due-soon"
    assert one(make_repo, "2023-03-15", [], D(2023, 2, 13), "due_soon_days: 30\n").state \
        == "due-soon"


def test_a_blocked_task_far_from_its_deadline_is_blocked(make_repo: RepoWriter) -> None:
    o = one(make_repo, "2023-06-30", [rec("1", PNV, "2023-02-01", "blocked")], D(2023, 3, 1))
    assert o == ob("1", PNV, "blocked", "blocked", D(2023, 6, 30), last=D(2023, 2, 1))


# --- done, done late, and which record is the latest ---


def test_done_on_the_due_date_is_done(make_repo: RepoWriter) -> None:
    o = one(make_repo, "2023-03-15", [rec("1", PNV, "2023-03-15", "done")], D(2023, 4, 1))
    assert o == ob("1", PNV, "done", "done", None, done=1, last=D(2023, 3, 15))


def test_done_after_the_due_date_is_done_late_not_overdue(make_repo: RepoWriter) -> None:
    o = one(make_repo, "2023-03-15", [rec("1", PNV, "2023-03-20", "done")], D(2023, 4, 1))
    assert o == ob("1", PNV, "done-late", "done", None, done=1, last=D(2023, 3, 20),
                   days_late=5)


def test_records_after_the_as_of_date_are_ignored(make_repo: RepoWriter) -> None:
    o = one(make_repo, "2023-03-15", [rec("1", PNV, "2023-03-20", "done")], D(2023, 3, 19))
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 3, 15), days_overdue=4,
                   occurrences=1)


def test_a_later_record_overrides_done(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-03-01", "done"), rec("1", PNV, "2023-03-05", "in-progress")]
    assert one(make_repo, "2023-03-15", recs, D(2023, 3, 20)) == ob(
        "1", PNV, "overdue", "in-progress", D(2023, 3, 15), days_overdue=5, occurrences=1,
        last=D(2023, 3, 5))
    # ... and as of 3 March the done record is still the latest
    assert one(make_repo, "2023-03-15", recs, D(2023, 3, 3)).state == "done"


def test_a_second_done_record_keeps_the_first_completion_date(make_repo: RepoWriter) -> None:
    # done on time, then done again later (more evidence): completed on 10 March
    recs = [rec("1", PNV, "2023-03-10", "done"), rec("1", PNV, "2023-03-25", "done")]
    assert one(make_repo, "2023-03-15", recs, D(2023, 4, 1)) == ob(
        "1", PNV, "done", "done", None, done=1, last=D(2023, 3, 25))
    # reopened in between: completed again on 25 March, 10 days late
    recs.insert(1, rec("1", PNV, "2023-03-12", "in-progress"))
    assert one(make_repo, "2023-03-15", recs, D(2023, 4, 1)) == ob(
        "1", PNV, "done-late", "done", None, done=1, last=D(2023, 3, 25), days_late=10)


def test_same_date_the_later_path_wins(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", PNV, "2023-06-30")],
                    {"b.yaml": [rec("1", PNV, "2023-03-01", "blocked")],
                     "a.yaml": [rec("1", PNV, "2023-03-01", "done")]}, D(2023, 3, 2))
    assert found[0].status == "blocked"  # updates/b.yaml sorts after updates/a.yaml


def test_same_date_and_file_the_later_position_wins(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-03-01", "blocked"), rec("1", PNV, "2023-03-01", "done")]
    assert one(make_repo, "2023-06-30", recs, D(2023, 3, 2)).state == "done"
    assert one(make_repo, "2023-06-30", recs[::-1], D(2023, 3, 2)).state == "blocked"


def test_date_beats_path_and_position(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", PNV, "2023-06-30")],
                    {"a.yaml": [rec("1", PNV, "2023-03-02", "blocked")],
                     "z.yaml": [rec("1", PNV, "2023-03-01", "in-progress")]}, D(2023, 3, 5))
    assert found[0].status == "blocked"


# --- ongoing: due at the end of the period, stale before that (stale_after_days 90) ---


def test_ongoing_is_not_stale_before_90_days_of_the_plan(make_repo: RepoWriter) -> None:
    # 31 March 2023 is day 89 after 1 January
    assert one(make_repo, "thường xuyên", [], D(2023, 3, 31)) == ob(
        "1", PNV, "not-started", "not-started", D(2023, 12, 31), kind="ongoing")
    assert one(make_repo, "thường xuyên", [], D(2023, 4, 1)) == ob(
        "1", PNV, "stale", "not-started", D(2023, 12, 31), kind="ongoing")


@pytest.mark.parametrize(("day", "state"), [
    ("2023-05-01", "stale"),  # exactly 90 days before 30 July: outside the last 90 days
    ("2023-05-02", "in-progress"),  # 89 days before: within them
])
def test_stale_window_edge(make_repo: RepoWriter, day: str, state: str) -> None:
    o = one(make_repo, "ongoing", [rec("1", PNV, day, "in-progress")], D(2023, 7, 30))
    assert (o.state, o.status, o.last_record) == (state, "in-progress", D.fromisoformat(day))


def test_stale_after_days_from_the_settings(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-01-20", "in-progress")]
    assert one(make_repo, "ongoing", recs, D(2023, 1, 31), "stale_after_days: 10\n").state \
        == "stale"
    assert one(make_repo, "ongoing", recs, D(2023, 1, 29), "stale_after_days: 10\n").state \
        == "in-progress"


def test_ongoing_at_the_end_of_the_period(make_repo: RepoWriter) -> None:
    assert one(make_repo, "liên tục", [], D(2023, 12, 17)).state == "due-soon"
    assert one(make_repo, "ongoing", [], D(2024, 1, 10)) == ob(
        "1", PNV, "overdue", "not-started", D(2023, 12, 31), kind="ongoing", days_overdue=10,
        occurrences=1)
    o = one(make_repo, "ongoing", [rec("1", PNV, "2023-12-30", "done")], D(2024, 1, 10))
    assert (o.state, o.due, o.done_occurrences) == ("done", None, 1)


# --- recurring: named frequencies ---


def test_daily(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, f"2023-01-0{d}", "done") for d in (1, 2, 3, 4, 5, 8)]
    o = one(make_repo, "hàng ngày", recs, D(2023, 1, 10))
    # 6, 7 and 9 January are unsatisfied and past; 10 January is due today
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 1, 6), kind="recurring",
                   days_overdue=4, occurrences=3, total=365, done=6, last=D(2023, 1, 8))


def test_daily_all_done_by_one_quarter_record(make_repo: RepoWriter) -> None:
    o = one(make_repo, "daily", [rec("1", PNV, "2023-01-01", "done", "2023-Q1")],
            D(2023, 3, 31))
    # 1 January to 31 March (90 days) satisfied; 1 April is the next, 1 day away
    assert o == ob("1", PNV, "due-soon", "done", D(2023, 4, 1), kind="recurring", total=365,
                   done=90, last=D(2023, 1, 1))


def test_weekly_iso_weeks_clipped_to_the_plan(make_repo: RepoWriter) -> None:
    # 1 January 2023 is a Sunday: the first occurrence is that single day (the end of ISO
    # week 2022-W52), the second 2-8 January, ... the last 25-31 December: 53 in all
    o = one(make_repo, "hàng tuần", [], D(2023, 1, 10))
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 1, 1), kind="recurring",
                   days_overdue=9, occurrences=2, total=53)


def test_monthly_satisfied_by_a_quarter_record(make_repo: RepoWriter) -> None:
    o = one(make_repo, "hàng tháng", [rec("1", PNV, "2023-03-31", "done", "2023-Q1")],
            D(2023, 4, 10))
    # January and February were satisfied late (31 March), but nothing is overdue; April is
    # due in 20 days, outside the 14-day window; the unit is keeping up: in-progress
    assert o == ob("1", PNV, "in-progress", "done", D(2023, 4, 30), kind="recurring",
                   total=12, done=3, last=D(2023, 3, 31))


def test_monthly_satisfied_by_a_year_record(make_repo: RepoWriter) -> None:
    o = one(make_repo, "monthly", [rec("1", PNV, "2023-01-20", "done", "2023")],
            D(2023, 2, 1))
    assert o == ob("1", PNV, "done", "done", None, kind="recurring", total=12, done=12,
                   last=D(2023, 1, 20))


def test_monthly_done_late_reports_the_most_late(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-02-10", "done", "2023-01"),  # 10 days late
            rec("1", PNV, "2023-02-20", "done", "2023-02-01"),  # on time for February
            rec("1", PNV, "2023-04-05", "done", "2023-Q1"),  # March: 5 days late
            rec("1", PNV, "2023-04-06", "done", "2023")]  # April to December, on time
    o = one(make_repo, "monthly", recs, D(2023, 4, 10))
    assert o == ob("1", PNV, "done-late", "done", None, kind="recurring", total=12, done=12,
                   last=D(2023, 4, 6), days_late=10)


@pytest.mark.parametrize(("due", "total", "first_due"), [
    ("hằng quý", 4, D(2023, 3, 31)),
    ("hàng năm", 1, D(2023, 12, 31)),
])
def test_quarterly_and_yearly(make_repo: RepoWriter, due: str, total: int,
                              first_due: date) -> None:
    o = one(make_repo, due, [], D(2023, 1, 2))
    assert (o.kind, o.state, o.due, o.total_occurrences) == (
        "recurring", "not-started", first_due, total)


def test_recurring_overdue_status_is_the_latest_record_on_the_earliest_occurrence(
        make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-01-20", "in-progress"),  # overlaps January
            rec("1", PNV, "2023-02-02", "blocked")]  # a day of February: not January
    o = one(make_repo, "monthly", recs, D(2023, 2, 5))
    assert o == ob("1", PNV, "overdue", "in-progress", D(2023, 1, 31), kind="recurring",
                   days_overdue=5, occurrences=1, total=12, last=D(2023, 2, 2))
    recs.append(rec("1", PNV, "2023-02-03", "blocked", "2023-01"))  # about January
    assert one(make_repo, "monthly", recs, D(2023, 2, 5)).status == "blocked"
    assert one(make_repo, "monthly", [], D(2023, 2, 5)).status == "not-started"


def test_recurring_overdue_counts_and_earliest(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-03-01", "done", "2023-02")]
    o = one(make_repo, "monthly", recs, D(2023, 5, 3))
    # January, March and April are past and unsatisfied
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 1, 31), kind="recurring",
                   days_overdue=92, occurrences=3, total=12, done=1, last=D(2023, 3, 1))


def test_recurring_due_soon_and_not_started(make_repo: RepoWriter) -> None:
    assert one(make_repo, "monthly", [], D(2023, 1, 17)).state == "due-soon"  # 14 days
    assert one(make_repo, "monthly", [], D(2023, 1, 16)).state == "not-started"  # 15 days
    o = one(make_repo, "monthly", [rec("1", PNV, "2023-01-03", "blocked")], D(2023, 1, 10))
    assert (o.state, o.status, o.due) == ("blocked", "blocked", D(2023, 1, 31))


# --- recurring: RRULE ---

RRULE_25 = "RRULE:FREQ=MONTHLY;BYMONTHDAY=25"


def test_rrule_occurrences_run_from_day_after_to_the_date(make_repo: RepoWriter) -> None:
    # [1 Jan, 25 Jan], (25 Jan, 25 Feb], ..., (25 Nov, 25 Dec]; 26-31 December owe nothing
    o = one(make_repo, RRULE_25, [], D(2023, 1, 26))
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 1, 25), kind="recurring",
                   days_overdue=1, occurrences=1, total=12)


def test_rrule_a_record_on_the_25th_satisfies_that_occurrence(make_repo: RepoWriter) -> None:
    o = one(make_repo, RRULE_25, [rec("1", PNV, "2023-01-25", "done")], D(2023, 2, 1))
    assert o == ob("1", PNV, "in-progress", "done", D(2023, 2, 25), kind="recurring",
                   total=12, done=1, last=D(2023, 1, 25))


def test_rrule_a_record_on_the_26th_belongs_to_the_next(make_repo: RepoWriter) -> None:
    o = one(make_repo, RRULE_25, [rec("1", PNV, "2023-01-26", "done")], D(2023, 2, 1))
    # it satisfies (25 Jan, 25 Feb]; the first occurrence stays overdue, and no record
    # overlaps it
    assert o == ob("1", PNV, "overdue", "not-started", D(2023, 1, 25), kind="recurring",
                   days_overdue=7, occurrences=1, total=12, done=1, last=D(2023, 1, 26))


def test_rrule_a_month_record_overlaps_two_occurrences(make_repo: RepoWriter) -> None:
    recs = [rec("1", PNV, "2023-01-26", "done", "2023-01"),
            rec("1", PNV, "2023-01-27", "done", "2023")]
    o = one(make_repo, RRULE_25, recs, D(2023, 2, 1))
    # January overlaps the first two occurrences; the first is late by one day
    assert o == ob("1", PNV, "done-late", "done", None, kind="recurring", total=12, done=12,
                   last=D(2023, 1, 27), days_late=1)


def test_rrule_with_no_date_in_the_period_owes_nothing(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("1", PNV, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")],
                    {}, D(2023, 6, 1))
    assert found == []


# --- filters and order ---


def test_filters_and_natural_order(make_repo: RepoWriter) -> None:
    tasks = [task("1.10", PNV, "2023-02"), task("1.2", "phuong-xa", "2023-03"),
             task("1.9", "ubnd-phuong-1", "2023-02")]
    as_of = D(2023, 4, 5)
    found = compute(make_repo, tasks, {}, as_of)
    assert [(o.task, o.unit) for o in found] == [
        ("1.2", "ubnd-phuong-1"), ("1.2", "ubnd-phuong-2"), ("1.2", "ubnd-phuong-3"),
        ("1.9", "ubnd-phuong-1"), ("1.10", PNV)]
    assert [(o.task, o.unit) for o in overdue(found)] == [
        ("1.9", "ubnd-phuong-1"), ("1.10", PNV),  # due 28 February
        ("1.2", "ubnd-phuong-1"), ("1.2", "ubnd-phuong-2"), ("1.2", "ubnd-phuong-3")]
    by_group = compute(make_repo, tasks, {}, as_of, unit="phuong-xa")
    assert [(o.task, o.unit) for o in by_group] == [
        ("1.2", "ubnd-phuong-1"), ("1.2", "ubnd-phuong-2"), ("1.2", "ubnd-phuong-3"),
        ("1.9", "ubnd-phuong-1")]
    assert [o.task for o in compute(make_repo, tasks, {}, as_of, unit="ubnd-phuong-1")] \
        == ["1.2", "1.9"]
    assert compute(make_repo, tasks, {}, as_of, plan_filter="other") == []
    assert compute(make_repo, tasks, {}, as_of, unit="no-such-unit") == []


def test_overdue_json_shape(make_repo: RepoWriter) -> None:
    found = compute(make_repo, [task("III.2", "ubnd-phuong-1", "2023-02")], {}, D(2023, 3, 31))
    assert [overdue_item(o) for o in overdue(found)] == [
        {"plan": "p", "task": "III.2", "unit": "ubnd-phuong-1", "due": "2023-02-28",
         "days_overdue": 31, "occurrences": 1, "status": "not-started"}]


def test_overdue_items_make_a_dates_text_once(make_repo: RepoWriter) -> None:
    found = overdue(compute(make_repo, [task("III.2", "phuong-xa", "2023-02")], {},
                            D(2023, 3, 31)))
    rows = [*found, found[0]._replace(due=None), found[0]._replace(due=D(2023, 1, 31))]
    items = overdue_items(rows)
    assert items == [{"plan": o.plan, "task": o.task, "unit": o.unit,
                      "due": o.due.isoformat() if o.due else None,
                      "days_overdue": o.days_overdue, "occurrences": o.occurrences,
                      "status": o.status} for o in rows]
    assert len(found) == 3 and items[0]["due"] is items[1]["due"] is items[2]["due"]
    assert [overdue_item(o) for o in rows] == items
    assert overdue_items([]) == []


def test_many_daily_obligations_are_fast(make_repo: RepoWriter) -> None:
    recs = [rec("1", u, f"2023-{m:02d}-{d:02d}", "done")
            for u in ("ubnd-phuong-1", "ubnd-phuong-2") for m in range(1, 13)
            for d in range(1, 29)]
    found = compute(make_repo, [task("1", "phuong-xa", "daily")], {"a.yaml": recs},
                    D(2023, 12, 31))
    # 28 days of each month done: 365 - 336 = 29 missed, of which 31 Dec is due today
    assert [(o.unit, o.occurrences, o.done_occurrences) for o in found] == [
        ("ubnd-phuong-1", 28, 336), ("ubnd-phuong-2", 28, 336), ("ubnd-phuong-3", 181, 0)]


# --- the fast path against the plain one (issue 15) -------------------------------------

def _reference(repo: object, registry: object, as_of: date) -> list[Obligation]:
    """Every obligation the plain way: each (task, unit) on its own through `assess`, its
    records filtered and sorted for it alone, then one sort of all (the order of the
    contract); no index shared between units, no assessment shared."""
    from cchc.compute.obligations import assess
    from cchc.sorting import natural_key

    out: list[Obligation] = []
    for handle, pd in sorted(repo.plans.items()):  # type: ignore[attr-defined]
        for located_task in pd.tasks:
            t = located_task.value
            for u in registry.expand_all(t.lead):  # type: ignore[attr-defined]
                mine = [loc.value for loc in pd.records
                        if loc.value.task == t.id and loc.value.unit == u]
                mine.sort(key=lambda r: r.date)
                found = assess(handle, t, u, mine, period=pd.plan.span, as_of=as_of,
                               config=repo.config,  # type: ignore[attr-defined]
                               until=registry.units[u].until)  # type: ignore[attr-defined]
                if found is not None:
                    out.append(found)
    out.sort(key=lambda o: (o.plan, natural_key(o.task), o.unit))
    return out


@pytest.mark.parametrize("as_of", [D(2022, 12, 31), D(2023, 1, 31), D(2023, 3, 31),
                                   D(2023, 6, 30), D(2023, 7, 1), D(2023, 10, 15),
                                   D(2023, 12, 31), D(2024, 3, 1)])
def test_obligations_agree_with_each_unit_assessed_alone(tmp_path: Path, as_of: date) -> None:
    """A generated province (every deadline form, units merged on 30 June, units that filed
    nothing, several records a day): `obligations` gives what assessing each (task, unit) on
    its own gives, in the same order."""
    from bench.generate import generate

    root = tmp_path / "repo"
    generate(root, 12, seed=5, tasks=60)
    loaded = load(root)
    assert loaded.errors == 0
    found = obligations(loaded.repo, loaded.registry, as_of)
    assert found == _reference(loaded.repo, loaded.registry, as_of)
    assert len({o.state for o in found}) > 1 or as_of < D(2023, 1, 1)
