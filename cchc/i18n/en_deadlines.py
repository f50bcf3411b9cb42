"""English messages of the deadline grammar (`cchc.model.deadlines`): why a value is refused.

`{value}` is the value as written, already quoted; `{reason}` and `{hint}` are other messages of
this catalogue, said first with the same arguments; `{in_month:period}` is a period label
(`2023-02`) said as the language says periods (`February 2023`).
"""

from __future__ import annotations

_DEADLINES = (
    "a date (2023-03-15), a month (2023-02), a quarter (2023-Q1), a half-year (2023-H1), "
    "a year (2023), ongoing, daily, weekly, monthly, quarterly, half-yearly, yearly, "
    "an RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'trong tháng 2/2023', 'hết quý II năm 2023', '6 tháng cuối năm 2023', "
    "'cuối năm 2023', 'thường xuyên', 'hàng tháng', 'định kỳ 6 tháng' or "
    "'trước ngày 20 hằng tháng'"
)
_PERIODS = (
    "a day (2023-03-15), an ISO week (2023-W05), a month (2023-03), a quarter (2023-Q1), "
    "a half-year (2023-H1) or a year (2023), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'tháng 3/2023', 'quý I/2023', '6 tháng đầu năm 2023' or 'năm 2023'"
)
_RRULE = "write an RFC 5545 rule such as RRULE:FREQ=MONTHLY;BYMONTHDAY=25"

MESSAGES: dict[str, str] = {
    "deadline.missing": "missing deadline: write " + _DEADLINES,
    "deadline.unrecognised": "unrecognised deadline {value}: write " + _DEADLINES,
    "deadline.unrecognised-because": "unrecognised deadline {value} ({hint}): write "
                                     + _DEADLINES,
    "deadline.impossible": "impossible deadline {value}: {reason}",
    "deadline.bad-rrule": "invalid RRULE {value}: {reason}; " + _RRULE,
    "period.missing": "missing period: write " + _PERIODS,
    "period.unrecognised": "unrecognised period {value}: write " + _PERIODS,
    "period.unrecognised-because": "unrecognised period {value} ({hint}): write " + _PERIODS,
    "period.impossible": "impossible period {value}: {reason}; write " + _PERIODS,
    # hints: why a value is no text to read
    "deadline.hint.yes-no": "a yes/no value",
    "deadline.hint.moment": "a moment in time; a day is needed",
    "deadline.hint.type": "a {type}",
    "deadline.hint.too-long": "longer than {limit} characters",
    # reasons: the value has a known shape but names no real day
    "deadline.reason.year-range": "the year {year} is outside the accepted years, {min_year} "
                                  "to {max_year}",
    "deadline.reason.month-range": "there is no month {month} (months run from 1 to 12)",
    "deadline.reason.days-in-month": "{in_month:period} has {days} days",
    "deadline.reason.week-range": "{year} has ISO weeks 1 to {weeks}, not week {week}",
    "deadline.reason.quarter-range": "there is no quarter {quarter} (quarters run from Q1 to "
                                     "Q4)",
    "deadline.reason.quarter-word": "there is no quarter '{text}' (quarters run from I to IV)",
    "deadline.reason.month-day": "there is no day {day} in a month",
    "deadline.reason.half-range": "there is no half-year {half} (half-years are H1 and H2)",
    # reasons an RRULE is refused
    "deadline.rrule.too-long": "it is longer than {limit} characters",
    "deadline.rrule.not-a-pair": "'{part}' is not of the form KEY=VALUE",
    "deadline.rrule.twice": "{key} is given twice",
    "deadline.rrule.no-freq": "it has no FREQ",
    "deadline.rrule.whole-days": "deadlines are whole days, so FREQ must be YEARLY, MONTHLY, "
                                 "WEEKLY or DAILY and BYHOUR, BYMINUTE and BYSECOND are not "
                                 "used",
    "deadline.rrule.count-and-until": "RFC 5545 allows COUNT or UNTIL, not both",
    "deadline.rrule.not-positive": "{key} must be a positive whole number",
    "deadline.rrule.out-of-range": "{key} takes numbers from 1 to {limit}, not '{item}'",
    "deadline.rrule.not-single": "it is not a single rule",
    "deadline.rrule.never": "the rule never gives a date",
    "deadline.rrule.library": "{detail}",
}
