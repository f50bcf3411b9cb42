"""English messages of issue 12 (units by name, fuller reports, what a write did).

Same keys and placeholders as `vi_clerk.py`.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- report and dashboard -----------------------------------------------------------
    "report.units": "Units",
    "report.units-group": "{name} ({count} units: {members})",
    "report.ended": "The plan ended on {date}. The figures below are its final account; days "
                    "overdue are counted to the plan's last day.",
    "report.final": "Final account",
    "final.done": "done on time",
    "final.done-late": "done late",
    "final.not-done": "never done",
    "final.total": "obligations in all",
    "report.overdue-by-task": "Overdue tasks",
    "report.not-done": "Tasks not done when the plan ended",
    "report.blocked": "Blocked work",
    "col.units": "Units",
    "col.since": "Blocked since",
    "col.note": "Note",
    "col.days-overdue-end": "Days overdue (to the plan's end)",
    "col.total-days-overdue": "Total days overdue",
    "col.total-obligations": "Total obligations",
    "col.against-target": "Against target",
    "gap.over": "beats it by {value}",
    "gap.short": "short by {value}",
    "gap.under-ceiling": "under the ceiling by {value}",
    "gap.over-ceiling": "over the ceiling by {value}",
    "gap.off": "off by {value}",
    "gap.at-target": "on target",
    "gap.at-bound": "at the bound, not met",
    "status.ended": "The plan ended on {date}: final account",
    "status.final-line": "{done} done on time, {late} done late, {not_done} never done, "
                         "of {total} obligations",
    "status.blocked-title": "Blocked",
    # --- what a write did ------------------------------------------------------------------
    "outcome.record": "{task} — {unit}: {state}",
    "outcome.support": "{task} — {unit}: a supporting unit; the record is filed",
    "outcome.done": "done on time",
    "outcome.done-late": "done {days} days late",
    "outcome.overdue": "overdue by {days} days (due {due})",
    "outcome.overdue-many": "{count} periods overdue, the earliest due {due} ({days} days)",
    "outcome.due-soon": "due soon ({due})",
    "outcome.progress": "; {done} of {total} periods done",
    "outcome.reading": "{indicator} — {unit}, {period}: {value} ({met}, target {target})",
    "outcome.met": "met",
    "outcome.unmet": "not met",
    "outcome.reading-outside": "{indicator} — {unit}, {period}: filed; the period is outside "
                               "the plan period, so it does not count",
    "warn.after-as-of": "the record is dated {date}, after the as-of date ({as_of}): it counts "
                        "only from that day on",
    "warn.before-plan": "the record is dated {date}, before the plan starts ({start})",
    "warn.after-plan": "the record is dated {date}, after the plan ends ({end})",
    "warn.period-outside": "the period lies outside the plan period ({start} to {end})",
    "warn.percent-range": "the value {value}% is outside 0 to 100",
    "warn.count-fraction": "the target '{target}' is a count but the value {value} has a "
                           "fraction",
    "warn.label": "warning",
}
