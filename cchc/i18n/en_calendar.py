"""English messages of `cchc calendar`. Same keys and placeholders as `vi_calendar.py`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Unit names, task titles and plan numbers are data and stay as written.
    "calendar.summary": "[{number}] {task} — {unit}: {title}",
    "calendar.summary-untitled": "[{number}] {task} — {unit}",
    "calendar.summary-period": "{summary} ({period})",
    "calendar.week": "week {week} of {year}",
    "calendar.desc-plan": "Plan {number}: {title}",
    "calendar.desc-task": "Task {task}: {title}",
    "calendar.desc-unit": "Accountable unit: {unit}",
    "calendar.desc-deadline": "Deadline as written in the plan: {written}",
    "calendar.desc-occurrence": "This occurrence covers {start} to {end}",
    "calendar.desc-overdue": "As of {date}: overdue by {days} day(s)",
    "calendar.desc-due-today": "As of {date}: due today",
    "calendar.desc-due-in": "As of {date}: due in {days} day(s)",
    "calendar.name": "{locality}: plan {plans}",
    "calendar.name-unit": "{name} — {unit}",
    "calendar.caldesc": "{count} deadline(s) still open as of {date}, from the cchc plan "
                        "files.",
    "calendar.category": "Administrative reform",
}
