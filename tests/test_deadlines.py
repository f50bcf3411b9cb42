"""Tests of the deadline grammar and period arithmetic (cchc.model.deadlines)."""

from __future__ import annotations

import time
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.model.deadlines import (
    Deadline,
    DeadlineError,
    Frequency,
    IndicatorFrequency,
    Span,
    latest_period_ended,
    occurrences,
    parse_deadline,
    parse_period,
    period_frequency,
    period_key,
    period_label,
    period_span,
    previous_period,
)

D = date
DAY = timedelta(days=1)
YEAR_2023 = Span(D(2023, 1, 1), D(2023, 12, 31))

# --- parse_deadline: one-off forms ---

ONE_OFF = [
    # canonical
    ("2023-03-15", "2023-03-15", D(2023, 3, 15)),
    ("2023-02", "2023-02", D(2023, 2, 28)),
    ("2024-02", "2024-02", D(2024, 2, 29)),
    ("2023-Q1", "2023-Q1", D(2023, 3, 31)),
    ("2023-q2", "2023-Q2", D(2023, 6, 30)),
    ("2023-Q3", "2023-Q3", D(2023, 9, 30)),
    ("2023-Q4", "2023-Q4", D(2023, 12, 31)),
    ("2023-H1", "2023-H1", D(2023, 6, 30)),
    ("2023-h2", "2023-H2", D(2023, 12, 31)),
    ("2023", "2023", D(2023, 12, 31)),
    (" 2023-03-15 ", "2023-03-15", D(2023, 3, 15)),
    # Vietnamese: days
    ("ngày 15/3/2023", "2023-03-15", D(2023, 3, 15)),
    ("ngày 15/03/2023", "2023-03-15", D(2023, 3, 15)),
    ("15/3/2023", "2023-03-15", D(2023, 3, 15)),
    ("ngày 15 tháng 3 năm 2023", "2023-03-15", D(2023, 3, 15)),
    ("ngày 15-3-2023", "2023-03-15", D(2023, 3, 15)),
    ("ngày 15 / 3 / 2023", "2023-03-15", D(2023, 3, 15)),
    ("trước ngày 15/03/2023", "2023-03-15", D(2023, 3, 15)),
    ("chậm nhất đến ngày 15/3/2023", "2023-03-15", D(2023, 3, 15)),
    ("chậm nhất là ngày 15/3/2023", "2023-03-15", D(2023, 3, 15)),
    # months
    ("tháng 02 năm 2023", "2023-02", D(2023, 2, 28)),
    ("tháng 2/2023", "2023-02", D(2023, 2, 28)),
    ("tháng 02/2023", "2023-02", D(2023, 2, 28)),
    ("trong tháng 2 năm 2023", "2023-02", D(2023, 2, 28)),
    ("trong tháng 2/2023", "2023-02", D(2023, 2, 28)),
    ("tháng 12-2023", "2023-12", D(2023, 12, 31)),
    # quarters
    ("Quý I năm 2023", "2023-Q1", D(2023, 3, 31)),
    ("quý 1/2023", "2023-Q1", D(2023, 3, 31)),
    ("quý I/2023", "2023-Q1", D(2023, 3, 31)),
    ("quý II năm 2023", "2023-Q2", D(2023, 6, 30)),
    ("quý III/2023", "2023-Q3", D(2023, 9, 30)),
    ("quý IV năm 2023", "2023-Q4", D(2023, 12, 31)),
    ("quý 4 năm 2023", "2023-Q4", D(2023, 12, 31)),
    ("quí II/2023", "2023-Q2", D(2023, 6, 30)),
    ("trong Quý I năm 2023", "2023-Q1", D(2023, 3, 31)),
    # halves and years
    ("6 tháng đầu năm 2023", "2023-H1", D(2023, 6, 30)),
    ("6 tháng cuối năm 2023", "2023-H2", D(2023, 12, 31)),
    ("năm 2023", "2023", D(2023, 12, 31)),
    ("trong năm 2023", "2023", D(2023, 12, 31)),
    ("đến hết năm 2023", "2023", D(2023, 12, 31)),
    # footnote marks and a closing full stop, as copied from documents
    ("quý I/2023³", "2023-Q1", D(2023, 3, 31)),
    ("trong tháng 2/2023.", "2023-02", D(2023, 2, 28)),
    ("năm 2023*", "2023", D(2023, 12, 31)),
]

ONGOING = ["ongoing", "Ongoing", "ONGOING", "thường xuyên", "liên tục", "thường xuyên, liên tục",
           "Thường xuyên.", "thường xuyên và liên tục"]

NAMED: list[tuple[str, Frequency]] = [
    ("daily", "daily"), ("weekly", "weekly"), ("monthly", "monthly"),
    ("quarterly", "quarterly"), ("yearly", "yearly"), ("Monthly", "monthly"),
    ("hàng ngày", "daily"), ("hằng ngày", "daily"), ("hàng tuần", "weekly"),
    ("hằng tuần", "weekly"), ("hàng tháng", "monthly"), ("hằng tháng", "monthly"),
    ("hàng quý", "quarterly"), ("hằng quý", "quarterly"), ("hàng năm", "yearly"),
    ("hằng năm", "yearly"), ("Hằng tháng.", "monthly"), ("định kỳ hàng quý", "quarterly"),
]

PREFIXES = ["", "trong ", "trước ", "chậm nhất ", "đến ", "chậm nhất đến ", "TRƯỚC "]


def _variants(text: str) -> list[str]:
    """The same value as clerks paste it: decomposed, shouted, spread out."""
    spaced = "  " + text.replace(" ", "   ") + " "
    return [text, unicodedata.normalize("NFD", text), text.upper(), spaced,
            unicodedata.normalize("NFD", spaced.upper()), text.replace(" ", "\u00a0")]


@pytest.mark.parametrize(("text", "canonical", "due"), ONE_OFF)
def test_one_off_forms(text: str, canonical: str, due: date) -> None:
    for variant in _variants(text):
        deadline = parse_deadline(variant)
        assert deadline == Deadline(variant, "one-off", canonical, due=due)


@pytest.mark.parametrize(("text", "canonical", "due"),
                         [case for case in ONE_OFF if not case[0][0].isdigit()])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_vietnamese_prefixes(prefix: str, text: str, canonical: str, due: date) -> None:
    deadline = parse_deadline(prefix + text)
    assert (deadline.canonical, deadline.due) == (canonical, due)


def test_prefix_before_bare_day() -> None:
    assert parse_deadline("trước ngày 15/3/2023").due == D(2023, 3, 15)
    assert parse_deadline("Trước 15/3/2023").due == D(2023, 3, 15)


@pytest.mark.parametrize("text", ONGOING)
def test_ongoing_forms(text: str) -> None:
    for variant in _variants(text):
        assert parse_deadline(variant) == Deadline(variant, "ongoing", "ongoing")


@pytest.mark.parametrize(("text", "frequency"), NAMED)
def test_named_frequency_forms(text: str, frequency: Frequency) -> None:
    for variant in _variants(text):
        assert parse_deadline(variant) == Deadline(variant, "recurring", frequency,
                                                   frequency=frequency)


def test_diacritic_free_and_old_tone_placement_are_accepted() -> None:
    assert parse_deadline("hang thang").frequency == "monthly"
    assert parse_deadline("qúy I năm 2023").canonical == "2023-Q1"  # old-style tone mark
    assert parse_deadline("thuong xuyen").kind == "ongoing"


def test_non_string_values() -> None:
    assert parse_deadline(2023) == Deadline("2023", "one-off", "2023", due=D(2023, 12, 31))
    assert parse_deadline(D(2023, 3, 15)) == Deadline("2023-03-15", "one-off", "2023-03-15",
                                                      due=D(2023, 3, 15))
    midnight = parse_deadline(datetime(2023, 3, 15))
    assert (midnight.written, midnight.due) == ("2023-03-15", D(2023, 3, 15))


@pytest.mark.parametrize("value", [2.5, 2023.0, True, False, None, [2023], {"a": 1},
                                   datetime(2023, 3, 15, 9, 30),
                                   datetime(2023, 3, 15, tzinfo=UTC)])
def test_other_types_are_rejected(value: object) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(value)
    assert "2023-Q1" in caught.value.message  # the accepted forms are listed
    assert not caught.value.impossible


@pytest.mark.parametrize(("text", "reason"), [
    ("2023-02-30", "February 2023 has 28 days"),
    ("2024-02-30", "February 2024 has 29 days"),
    ("ngày 31/4/2023", "April 2023 has 30 days"),
    ("ngày 0/4/2023", "April 2023 has 30 days"),
    ("2023-13", "month 13"),
    ("tháng 13/2023", "month 13"),
    ("2023-13-01", "month 13"),
    ("2023-Q5", "quarter 5"),
    ("2023-Q0", "quarter 0"),
    ("quý V năm 2023", "quarter 5"),
    ("2023-H3", "half-year 3"),
    ("0000", "1900 to 2999"),
    ("1899-12-31", "1900 to 2999"),
    ("năm 3000", "1900 to 2999"),
    ("ngày 15/3/23", "1900 to 2999"),
])
def test_impossible_dates(text: str, reason: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(text)
    message = caught.value.message
    assert caught.value.impossible
    assert message.startswith(f"impossible deadline '{text}'")
    assert reason in message
    assert str(caught.value) == message


@pytest.mark.parametrize("value", [0, 1899, 3000, -2023])
def test_int_years_out_of_range(value: int) -> None:
    with pytest.raises(DeadlineError, match="1900 to 2999") as caught:
        parse_deadline(value)
    assert caught.value.impossible


@pytest.mark.parametrize("text", [
    "", "   ", "xyz", "soon", "asap", "tháng", "hàng", "năm", "ngày 15/3", "quý I",
    "6 tháng đầu năm", "2023-Q", "2023-W05", "2023/03/15", "15/3/2023/1", "tháng năm 2023",
    "thường", "hàng giờ", "every month", "RRULE", "2023-03-15T10:00", "20230315",
])
def test_garbage_is_unrecognised(text: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(text)
    message = caught.value.message
    assert f"'{text}'" in message
    assert not caught.value.impossible
    for form in ("2023-03-15", "2023-02", "2023-Q1", "2023-H1", "ongoing", "daily", "RRULE:",
                 "thường xuyên", "hàng tháng"):
        assert form in message


def test_long_values_are_quoted_shortened() -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline("x" * 5000)
    assert "'xxxx" in caught.value.message
    assert len(caught.value.message) < 1000


# --- parse_deadline: RRULE ---


@pytest.mark.parametrize(("text", "canonical"), [
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=25", "RRULE:FREQ=MONTHLY;BYMONTHDAY=25"),
    ("rrule:freq=MONTHLY;bymonthday=25", "RRULE:FREQ=MONTHLY;BYMONTHDAY=25"),
    ("RRULE: FREQ=WEEKLY ; BYDAY=MO,FR;", "RRULE:FREQ=WEEKLY;BYDAY=MO,FR"),
    ("RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=6", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"),
    ("RRULE:FREQ=MONTHLY;UNTIL=20231231T000000Z", "RRULE:FREQ=MONTHLY;UNTIL=20231231T000000Z"),
    ("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"),
])
def test_rrule_forms(text: str, canonical: str) -> None:
    deadline = parse_deadline(text)
    assert (deadline.written, deadline.kind, deadline.canonical) == (text, "recurring", canonical)
    assert deadline.rrule == canonical.removeprefix("RRULE:")
    assert deadline.due is None and deadline.frequency is None


@pytest.mark.parametrize(("text", "reason"), [
    ("RRULE:", "FREQ"),
    ("RRULE:FREQ", "KEY=VALUE"),
    ("RRULE:BYMONTHDAY=25", "no FREQ"),
    ("RRULE:FREQ=FORTNIGHTLY", "FREQ"),
    ("RRULE:FREQ=HOURLY", "whole days"),
    ("RRULE:FREQ=MINUTELY", "whole days"),
    ("RRULE:FREQ=SECONDLY", "whole days"),
    ("RRULE:FREQ=DAILY;BYHOUR=9", "whole days"),
    ("RRULE:FREQ=DAILY;INTERVAL=0", "INTERVAL"),
    ("RRULE:FREQ=DAILY;COUNT=0", "COUNT"),
    ("RRULE:FREQ=DAILY;COUNT=2;UNTIL=20231231", "not both"),
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY"),
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY"),
    ("RRULE:FREQ=MONTHLY;BYMONTH=13", "BYMONTH"),
    ("RRULE:FREQ=MONTHLY;BYDAY=XX", "BYDAY"),
    ("RRULE:FREQ=MONTHLY;FREQ=DAILY", "twice"),
    ("RRULE:FREQ=MONTHLY;COLOUR=RED", "COLOUR"),
    ("RRULE:FREQ=MONTHLY;UNTIL=someday", "UNTIL"),
    ("RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never"),
    ("RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "never"),
])
def test_bad_rrules(text: str, reason: str) -> None:
    started = time.process_time()
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(text)
    assert time.process_time() - started < 0.5
    assert caught.value.message.startswith(f"invalid RRULE '{text}'")
    assert reason in caught.value.message
    assert "RRULE:FREQ=MONTHLY;BYMONTHDAY=25" in caught.value.message
    assert not caught.value.impossible


# --- occurrences ---


def test_one_off_inside_and_outside_the_period() -> None:
    assert occurrences(parse_deadline("2023-03-15"), YEAR_2023) == [Span(D(2023, 1, 1),
                                                                         D(2023, 3, 15))]
    assert occurrences(parse_deadline("2024-Q1"), YEAR_2023) == [Span(D(2023, 1, 1),
                                                                      D(2024, 3, 31))]
    assert occurrences(parse_deadline("2022-06"), YEAR_2023) == [Span(D(2022, 6, 30),
                                                                      D(2022, 6, 30))]


def test_ongoing_covers_the_period() -> None:
    period = Span(D(2023, 3, 1), D(2024, 2, 29))
    assert occurrences(parse_deadline("thường xuyên"), period) == [period]


@pytest.mark.parametrize(("freq", "count", "first", "second", "last"), [
    ("daily", 365, Span(D(2023, 1, 1), D(2023, 1, 1)), Span(D(2023, 1, 2), D(2023, 1, 2)),
     Span(D(2023, 12, 31), D(2023, 12, 31))),
    # 1 January 2023 is a Sunday: the tail of ISO week 2022-W52, then 52 whole weeks
    ("weekly", 53, Span(D(2023, 1, 1), D(2023, 1, 1)), Span(D(2023, 1, 2), D(2023, 1, 8)),
     Span(D(2023, 12, 25), D(2023, 12, 31))),
    ("monthly", 12, Span(D(2023, 1, 1), D(2023, 1, 31)), Span(D(2023, 2, 1), D(2023, 2, 28)),
     Span(D(2023, 12, 1), D(2023, 12, 31))),
    ("quarterly", 4, Span(D(2023, 1, 1), D(2023, 3, 31)), Span(D(2023, 4, 1), D(2023, 6, 30)),
     Span(D(2023, 10, 1), D(2023, 12, 31))),
])
def test_named_frequencies_over_2023(freq: str, count: int, first: Span, second: Span,
                                     last: Span) -> None:
    spans = occurrences(parse_deadline(freq), YEAR_2023)
    assert len(spans) == count
    assert (spans[0], spans[1], spans[-1]) == (first, second, last)


def test_yearly_over_2023() -> None:
    assert occurrences(parse_deadline("hàng năm"), YEAR_2023) == [YEAR_2023]


def test_weekly_over_2024_clips_both_ends() -> None:
    spans = occurrences(parse_deadline("weekly"), Span(D(2024, 1, 1), D(2024, 12, 31)))
    # 2024 starts on a Monday and ends on a Tuesday (inside 2025-W01)
    assert len(spans) == 53
    assert spans[0] == Span(D(2024, 1, 1), D(2024, 1, 7))
    assert spans[-1] == Span(D(2024, 12, 30), D(2024, 12, 31))


def test_monthly_over_a_partial_period_is_clipped() -> None:
    spans = occurrences(parse_deadline("monthly"), Span(D(2023, 3, 15), D(2023, 12, 20)))
    assert len(spans) == 10
    assert spans[0] == Span(D(2023, 3, 15), D(2023, 3, 31))
    assert spans[1] == Span(D(2023, 4, 1), D(2023, 4, 30))
    assert spans[-1] == Span(D(2023, 12, 1), D(2023, 12, 20))


def test_daily_over_a_century_is_fast() -> None:
    started = time.process_time()
    spans = occurrences(parse_deadline("daily"), Span(D(2000, 1, 1), D(2099, 12, 31)))
    assert len(spans) == 36525
    assert time.process_time() - started < 1.0


def test_rrule_monthly_on_the_25th() -> None:
    spans = occurrences(parse_deadline("RRULE:FREQ=MONTHLY;BYMONTHDAY=25"), YEAR_2023)
    assert len(spans) == 12
    assert spans[0] == Span(D(2023, 1, 1), D(2023, 1, 25))
    assert spans[1] == Span(D(2023, 1, 26), D(2023, 2, 25))
    assert spans[-1] == Span(D(2023, 11, 26), D(2023, 12, 25))  # 26-31 Dec owe nothing


def test_rrule_with_byday() -> None:
    spans = occurrences(parse_deadline("RRULE:FREQ=WEEKLY;BYDAY=FR"), YEAR_2023)
    assert len(spans) == 52
    assert spans[0] == Span(D(2023, 1, 1), D(2023, 1, 6))
    assert spans[1] == Span(D(2023, 1, 7), D(2023, 1, 13))
    assert spans[-1].end == D(2023, 12, 29)
    last_fridays = occurrences(parse_deadline("RRULE:FREQ=MONTHLY;BYDAY=-1FR"), YEAR_2023)
    assert [s.end for s in last_fridays[:3]] == [D(2023, 1, 27), D(2023, 2, 24), D(2023, 3, 31)]


def test_rrule_with_count_and_until() -> None:
    counted = occurrences(parse_deadline("RRULE:FREQ=MONTHLY;BYMONTHDAY=25;COUNT=3"), YEAR_2023)
    assert [s.end for s in counted] == [D(2023, 1, 25), D(2023, 2, 25), D(2023, 3, 25)]
    for until in ("20230601", "20230601T000000Z"):
        rule = f"RRULE:FREQ=MONTHLY;BYMONTHDAY=25;UNTIL={until}"
        spans = occurrences(parse_deadline(rule), YEAR_2023)
        assert len(spans) == 5
        assert spans[-1] == Span(D(2023, 4, 26), D(2023, 5, 25))


def test_rrule_starts_at_the_plan_start() -> None:
    # Without BYMONTHDAY, dateutil repeats the start's own day of the month.
    spans = occurrences(parse_deadline("RRULE:FREQ=MONTHLY"), Span(D(2023, 3, 15),
                                                                   D(2023, 12, 20)))
    assert spans[0] == Span(D(2023, 3, 15), D(2023, 3, 15))
    assert spans[1] == Span(D(2023, 3, 16), D(2023, 4, 15))
    assert spans[-1].end == D(2023, 12, 15)


def test_rrule_with_no_date_in_the_period() -> None:
    rule = parse_deadline("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")
    assert occurrences(rule, YEAR_2023) == []
    assert occurrences(rule, Span(D(2024, 1, 1), D(2024, 12, 31))) == [
        Span(D(2024, 1, 1), D(2024, 2, 29))]


# --- Span ---


def test_span() -> None:
    span = Span(D(2023, 1, 1), D(2023, 1, 31))
    assert D(2023, 1, 1) in span and D(2023, 1, 31) in span
    assert D(2022, 12, 31) not in span and D(2023, 2, 1) not in span
    assert span.overlaps(Span(D(2023, 1, 31), D(2023, 2, 5)))
    assert span.overlaps(Span(D(2022, 1, 31), D(2023, 1, 1)))
    assert span.overlaps(Span(D(2023, 1, 10), D(2023, 1, 10)))
    assert not span.overlaps(Span(D(2023, 2, 1), D(2023, 2, 5)))
    with pytest.raises(ValueError):
        Span(D(2023, 1, 2), D(2023, 1, 1))


# --- parse_period and labels ---


@pytest.mark.parametrize(("value", "label", "start", "end"), [
    ("2023-03-15", "2023-03-15", D(2023, 3, 15), D(2023, 3, 15)),
    (D(2023, 3, 15), "2023-03-15", D(2023, 3, 15), D(2023, 3, 15)),
    ("2023-03", "2023-03", D(2023, 3, 1), D(2023, 3, 31)),
    ("2023-Q1", "2023-Q1", D(2023, 1, 1), D(2023, 3, 31)),
    ("2023-q4", "2023-Q4", D(2023, 10, 1), D(2023, 12, 31)),
    ("2023-H1", "2023-H1", D(2023, 1, 1), D(2023, 6, 30)),
    ("2023-H2", "2023-H2", D(2023, 7, 1), D(2023, 12, 31)),
    ("2023", "2023", D(2023, 1, 1), D(2023, 12, 31)),
    (2023, "2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("2023-W05", "2023-W05", D(2023, 1, 30), D(2023, 2, 5)),
    ("2023-w1", "2023-W01", D(2023, 1, 2), D(2023, 1, 8)),
    ("2020-W53", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
    ("tháng 3/2023", "2023-03", D(2023, 3, 1), D(2023, 3, 31)),
    ("quý I năm 2023", "2023-Q1", D(2023, 1, 1), D(2023, 3, 31)),
    ("6 tháng cuối năm 2023", "2023-H2", D(2023, 7, 1), D(2023, 12, 31)),
    ("năm 2023", "2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("ngày 15/3/2023", "2023-03-15", D(2023, 3, 15), D(2023, 3, 15)),
    ("tuần 5/2023", "2023-W05", D(2023, 1, 30), D(2023, 2, 5)),
])
def test_parse_period(value: object, label: str, start: date, end: date) -> None:
    assert parse_period(value) == Span(start, end)
    assert period_label(value) == label


@pytest.mark.parametrize("value", ["ongoing", "monthly", "hàng tháng", "xyz", "",
                                   "RRULE:FREQ=DAILY", None, 2.5, True, "2023-W"])
def test_bad_periods(value: object) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_period(value)
    assert "2023-W05" in caught.value.message and "2023-Q1" in caught.value.message
    assert not caught.value.impossible


@pytest.mark.parametrize("value", ["2023-W53", "2023-W00", "2023-02-29", "2023-Q5", "1800",
                                   "2023-00"])
def test_impossible_periods(value: str) -> None:
    with pytest.raises(DeadlineError, match=f"impossible period '{value}'") as caught:
        parse_period(value)
    assert caught.value.impossible
    assert "2023-W05" in caught.value.message  # the forms are listed


@pytest.mark.parametrize(("freq", "d", "key"), [
    ("monthly", D(2023, 3, 1), "2023-03"), ("monthly", D(2023, 12, 31), "2023-12"),
    ("quarterly", D(2023, 3, 31), "2023-Q1"), ("quarterly", D(2023, 4, 1), "2023-Q2"),
    ("yearly", D(2023, 7, 1), "2023"),
])
def test_period_key(freq: IndicatorFrequency, d: date, key: str) -> None:
    assert period_key(freq, d) == key


@pytest.mark.parametrize(("freq", "as_of", "label"), [
    ("monthly", D(2023, 3, 31), "2023-03"), ("monthly", D(2023, 3, 30), "2023-02"),
    ("monthly", D(2023, 1, 15), "2022-12"), ("quarterly", D(2023, 3, 31), "2023-Q1"),
    ("quarterly", D(2023, 3, 30), "2022-Q4"), ("quarterly", D(2023, 7, 1), "2023-Q2"),
    ("yearly", D(2023, 12, 31), "2023"), ("yearly", D(2023, 12, 30), "2022"),
])
def test_latest_period_ended(freq: IndicatorFrequency, as_of: date, label: str) -> None:
    assert latest_period_ended(freq, as_of) == label


@pytest.mark.parametrize(("label", "previous"), [
    ("2023-01", "2022-12"), ("2023-03", "2023-02"), ("2023-Q1", "2022-Q4"),
    ("2023-Q3", "2023-Q2"), ("2023", "2022"), ("2023-H1", "2022-H2"), ("2023-H2", "2023-H1"),
    ("2023-W01", "2022-W52"), ("2021-W01", "2020-W53"), ("2023-03-01", "2023-02-28"),
])
def test_previous_period(label: str, previous: str) -> None:
    assert previous_period(label) == previous


def test_period_frequency() -> None:
    assert period_frequency("2023-03") == "monthly"
    assert period_frequency("2023-Q2") == "quarterly"
    assert period_frequency("2023") == "yearly"
    for other in ("2023-H1", "2023-W05", "2023-03-15", "xyz", "ongoing", "2023-13"):
        assert period_frequency(other) is None


def test_period_span_is_parse_period() -> None:
    assert period_span("2023-Q2") == Span(D(2023, 4, 1), D(2023, 6, 30))


# --- properties ---

NAMED_FREQUENCIES: list[Frequency] = ["daily", "weekly", "monthly", "quarterly", "yearly"]
RULES = [
    "FREQ=MONTHLY;BYMONTHDAY=25",
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5",
    "FREQ=WEEKLY;INTERVAL=2;UNTIL=20500101",
    "FREQ=MONTHLY",
]


@st.composite
def plan_periods(draw: st.DrawFn) -> Span:
    start = draw(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)))
    length = draw(st.integers(min_value=1, max_value=800))
    return Span(start, start + (length - 1) * DAY)


def _assert_contiguous(spans: list[Span], period: Span) -> None:
    if not spans:
        return
    assert spans[0].start == period.start
    assert spans[-1].end <= period.end
    for before, after in zip(spans, spans[1:], strict=False):
        assert before.end < after.start  # sorted and disjoint
        assert after.start == before.end + DAY  # no day left out between them


@settings(max_examples=150, deadline=None)
@given(period=plan_periods(), freq=st.sampled_from(NAMED_FREQUENCIES))
def test_named_frequencies_tile_the_period(period: Span, freq: Frequency) -> None:
    spans = occurrences(parse_deadline(freq), period)
    _assert_contiguous(spans, period)
    assert spans[-1].end == period.end
    assert sum((s.end - s.start).days + 1 for s in spans) == (period.end - period.start).days + 1
    for span in spans:
        # each occurrence lies inside one calendar day, ISO week, month, quarter or year
        assert {
            "daily": span.start == span.end,
            "weekly": span.start.isocalendar()[:2] == span.end.isocalendar()[:2],
            "monthly": (span.start.year, span.start.month) == (span.end.year, span.end.month),
            "quarterly": period_key("quarterly", span.start) == period_key("quarterly",
                                                                           span.end),
            "yearly": span.start.year == span.end.year,
        }[freq]
    # only the first and last can be clipped
    for span in spans[1:-1]:
        assert span == _whole(freq, span.start)


def _whole(freq: Frequency, d: date) -> Span:
    """The unclipped calendar period of `freq` holding `d`, computed independently."""
    if freq == "daily":
        return Span(d, d)
    if freq == "weekly":
        monday = d - d.weekday() * DAY
        return Span(monday, monday + 6 * DAY)
    return period_span(period_key(freq, d))


@settings(max_examples=120, deadline=None)
@given(period=plan_periods(), rule=st.sampled_from(RULES))
def test_rrule_occurrences_end_on_the_rule_dates(period: Span, rule: str) -> None:
    spans = occurrences(parse_deadline(f"RRULE:{rule}"), period)
    _assert_contiguous(spans, period)
    start = datetime(period.start.year, period.start.month, period.start.day)
    end = datetime(period.end.year, period.end.month, period.end.day)
    expected = [moment.date() for moment in rrulestr(rule, dtstart=start).between(
        start, end, inc=True)]
    assert [span.end for span in spans] == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60) | st.builds(
    lambda prefix, body: prefix + body,
    st.sampled_from(["", "trong ", "ngày ", "quý ", "tháng ", "RRULE:", "RRULE:FREQ=DAILY;",
                     "6 tháng đầu năm ", "hàng ", "2023-"]),
    st.text(alphabet="0123456789/-.,:;= QWHIVXquýnămtháng*³", max_size=30)))
def test_parse_deadline_only_raises_deadline_error(text: str) -> None:
    started = time.process_time()
    try:
        deadline = parse_deadline(text)
    except DeadlineError as exc:
        assert exc.message
    else:
        assert deadline.written == text
        assert deadline.kind in ("one-off", "ongoing", "recurring")
    assert time.process_time() - started < 0.5


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=60))
def test_parse_period_only_raises_deadline_error(text: str) -> None:
    try:
        parse_period(text)
    except DeadlineError:
        pass


INDICATOR_FREQUENCIES: list[IndicatorFrequency] = ["monthly", "quarterly", "yearly"]
dates = st.dates(min_value=D(1901, 1, 1), max_value=D(2998, 12, 31))


@settings(max_examples=200, deadline=None)
@given(freq=st.sampled_from(INDICATOR_FREQUENCIES), d=dates)
def test_period_key_round_trips(freq: IndicatorFrequency, d: date) -> None:
    label = period_key(freq, d)
    span = period_span(label)
    assert d in span
    assert period_key(freq, span.end) == label
    assert period_key(freq, span.start) == label
    assert period_frequency(label) == freq
    assert period_label(label) == label
    previous = previous_period(label)
    assert period_span(previous).end + DAY == span.start
    assert period_frequency(previous) == freq


@settings(max_examples=200, deadline=None)
@given(freq=st.sampled_from(INDICATOR_FREQUENCIES), d=dates)
def test_latest_period_ended_is_the_latest(freq: IndicatorFrequency, d: date) -> None:
    label = latest_period_ended(freq, d)
    span = period_span(label)
    assert span.end <= d
    following = period_span(period_key(freq, span.end + DAY))
    assert following.end > d


# --- the documents' own phrases (docs/format.md, "Deadlines"; issue 12) ---


@pytest.mark.parametrize(("text", "canonical", "due"), [
    ("cuối năm 2023", "2023", date(2023, 12, 31)),
    ("Cuối năm 2023", "2023", date(2023, 12, 31)),
    ("hết quý II năm 2023", "2023-Q2", date(2023, 6, 30)),
    ("hết Quý 2/2023", "2023-Q2", date(2023, 6, 30)),
    ("6 tháng cuối năm 2023", "2023-H2", date(2023, 12, 31)),
    ("cuối tháng 6/2023", "2023-06", date(2023, 6, 30)),
    ("hết tháng 3 năm 2023", "2023-03", date(2023, 3, 31)),
    ("trước cuối quý 3/2023", "2023-Q3", date(2023, 9, 30)),
])
def test_end_of_period_phrases(text: str, canonical: str, due: date) -> None:
    d = parse_deadline(text)
    assert (d.kind, d.canonical, d.due) == ("one-off", canonical, due)


@pytest.mark.parametrize("text", ["định kỳ 6 tháng", "Định kỳ 06 tháng", "6 tháng một lần",
                                  "hằng 6 tháng", "mỗi 6 tháng", "half-yearly",
                                  "dinh ky 6 thang"])
def test_half_yearly(text: str) -> None:
    d = parse_deadline(text)
    assert (d.kind, d.frequency) == ("recurring", "half-yearly")
    spans = occurrences(d, Span(date(2023, 1, 1), date(2023, 12, 31)))
    assert [s.end for s in spans] == [date(2023, 6, 30), date(2023, 12, 31)]
    clipped = occurrences(d, Span(date(2023, 3, 1), date(2023, 10, 31)))
    assert clipped == [Span(date(2023, 3, 1), date(2023, 6, 30)),
                       Span(date(2023, 7, 1), date(2023, 10, 31))]


@pytest.mark.parametrize(("text", "day"), [
    ("trước ngày 20 hằng tháng", 20), ("Trước ngày 20 hàng tháng", 20),
    ("ngày 25 hàng tháng", 25), ("chậm nhất ngày 5 hằng tháng", 5),
    ("truoc ngay 20 hang thang", 20),
])
def test_monthly_on_a_day(text: str, day: int) -> None:
    d = parse_deadline(text)
    assert (d.kind, d.canonical) == ("recurring", f"RRULE:FREQ=MONTHLY;BYMONTHDAY={day}")
    spans = occurrences(d, Span(date(2023, 1, 1), date(2023, 12, 31)))
    assert len(spans) == 12 and spans[0] == Span(date(2023, 1, 1), date(2023, 1, day))


def test_monthly_on_the_30th_falls_on_the_end_of_february() -> None:
    d = parse_deadline("trước ngày 30 hằng tháng")
    ends = [s.end for s in occurrences(d, Span(date(2023, 1, 1), date(2023, 12, 31)))]
    assert ends[:3] == [date(2023, 1, 30), date(2023, 2, 28), date(2023, 3, 30)]
    assert len(ends) == 12


def test_no_day_32_in_a_month() -> None:
    with pytest.raises(DeadlineError, match="impossible"):
        parse_deadline("trước ngày 32 hằng tháng")
