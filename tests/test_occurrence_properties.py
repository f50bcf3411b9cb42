"""Properties of occurrences and their satisfaction (docs/format.md, "Deadlines" and
"Progress records"), by hypothesis."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.compute.obligations import assess, first_done, satisfied
from cchc.model.deadlines import Span, occurrences, parse_deadline
from cchc.model.domain import Config, Task
from cchc.model.records import Record

DAY = timedelta(days=1)
NAMED = ["daily", "weekly", "monthly", "quarterly", "yearly"]
RRULES = [
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=25",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1",
    "RRULE:FREQ=MONTHLY;BYDAY=1MO",
    "RRULE:FREQ=WEEKLY;BYDAY=FR",
    "RRULE:FREQ=DAILY;INTERVAL=3",
    "RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1",
    "RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30",
]
PERIOD_LABELS = ["2023", "2023-H2", "2023-Q1", "2023-Q4", "2023-02", "2023-07", "2023-W05",
                 "2023-W52", "2023-03-31", "2023-06-30", "2024-01-01"]
PLAN_2023 = Span(date(2023, 1, 1), date(2023, 12, 31))

plan_spans = st.builds(
    lambda start, length: Span(start, start + length * DAY),
    st.dates(date(2020, 1, 1), date(2026, 12, 31)), st.integers(0, 800))
days_2023 = st.dates(date(2023, 1, 1), date(2023, 12, 31))

FAST = settings(max_examples=60, deadline=None)


def holders(spans: list[Span], day: date) -> int:
    return sum(day in s for s in spans[max(0, bisect_left([s.end for s in spans], day) - 1):][:3])


@FAST
@given(frequency=st.sampled_from(NAMED), period=plan_spans)
def test_named_frequencies_tile_the_plan_period(frequency: str, period: Span) -> None:
    spans = occurrences(parse_deadline(frequency), period)
    assert spans[0].start == period.start and spans[-1].end == period.end
    for before, after in zip(spans, spans[1:], strict=False):
        assert after.start == before.end + DAY  # contiguous, hence disjoint and complete
    day = period.start
    while day <= period.end:
        assert holders(spans, day) == 1
        day += DAY


@FAST
@given(rule=st.sampled_from(RRULES), period=plan_spans)
def test_rrule_days_lie_in_one_occurrence_up_to_the_last_date(rule: str,
                                                              period: Span) -> None:
    spans = occurrences(parse_deadline(rule), period)
    last = spans[-1].end if spans else period.start - DAY
    day = period.start
    while day <= period.end:
        assert holders(spans, day) == (1 if day <= last else 0)
        day += DAY


@FAST
@given(due=st.sampled_from(NAMED + RRULES), year=st.integers(2000, 2030))
def test_a_year_record_satisfies_every_occurrence_of_its_year(due: str, year: int) -> None:
    plan = Span(date(year, 1, 1), date(year, 12, 31))
    spans = occurrences(parse_deadline(due), plan)
    assert all(satisfied(spans, [plan]))


@FAST
@given(due=st.sampled_from(NAMED + RRULES),
       done=st.lists(st.tuples(st.sampled_from(PERIOD_LABELS), days_2023), max_size=8))
def test_first_done_is_the_earliest_overlapping_record(due: str,
                                                       done: list[tuple[str, date]]) -> None:
    spans = occurrences(parse_deadline(due), PLAN_2023)
    records = [(Record(task="1", unit="u", date=day, status="done", period=label).span, day)
               for label, day in done]
    expected = [min((d for s, d in records if s.overlaps(occ)), default=None) for occ in spans]
    assert first_done(spans, records) == expected
    assert satisfied(spans, [s for s, _ in records]) == [d is not None for d in expected]


statuses = st.sampled_from(["in-progress", "done", "blocked"])
records = st.lists(st.builds(
    lambda day, status, label: Record(task="1", unit="u", date=day, status=status,
                                      period=label),
    days_2023, statuses, st.none() | st.sampled_from(PERIOD_LABELS)), max_size=10)


@settings(max_examples=100, deadline=None)
@given(due=st.sampled_from([*NAMED, *RRULES, "2023-03-15", "2023-Q2", "ongoing"]),
       recs=records, as_of=st.dates(date(2022, 12, 1), date(2024, 2, 1)),
       until=st.none() | days_2023, soon=st.integers(0, 40), stale=st.integers(1, 120))
def test_an_obligation_is_never_both_done_and_overdue(
        due: str, recs: list[Record], as_of: date, until: date | None, soon: int,
        stale: int) -> None:
    task = Task(id="1", lead=("u",), due=parse_deadline(due))
    recs.sort(key=lambda r: r.date)
    config = Config(due_soon_days=soon, stale_after_days=stale)
    o = assess("p", task, "u", recs, period=PLAN_2023, as_of=as_of, config=config, until=until)
    if o is None:
        assert until is not None
        return
    assert 0 <= o.done_occurrences <= o.total_occurrences
    if o.state == "overdue":
        assert o.due is not None and o.due < as_of
        assert o.days_overdue == (as_of - o.due).days > 0 and o.occurrences >= 1
        assert o.done_occurrences < o.total_occurrences
        assert o.status != "done" and o.days_late == 0
    else:
        assert o.days_overdue == 0 and o.occurrences == 0
    if o.state in ("done", "done-late"):
        assert o.due is None and o.done_occurrences == o.total_occurrences
        assert (o.days_late > 0) == (o.state == "done-late")
