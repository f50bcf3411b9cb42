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
    "final.indicators": "Indicators at the plan's last period: {met} met the target, {unmet} "
                        "not met, {missing} without a reading.",
    "doc.report-final": "The plan ended on {date}. The final account of its {total} "
                        "obligations: {done} done on time, {late} done late, {not_done} never "
                        "done; the days overdue below are counted to the plan's last day.",
    "report.overdue-by-task": "Overdue tasks",
    "report.not-done": "Tasks not done when the plan ended",
    "report.blocked": "Blocked work",
    "col.units": "Units",
    "col.since": "Blocked since",
    "col.note": "Note",
    "col.days-overdue-end": "Days overdue at the plan's end",
    "col.total-days-overdue-end": "Total days overdue at the plan's end",
    "col.counted-to": "Counted to",
    "word.open-day": "{count} day",
    "word.open-days": "{count} days",
    "overdue.ended-note": "Plan {plan} ended on {date}: its days overdue are counted to "
                          "that day",
    "overdue.days-at-end": "{days} (at its end)",
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
    "item.task": "task {id}", "item.indicator": "indicator {id}", "item.section": "section {id}",
    "item.unit": "unit {id}", "item.group": "group {id}", "item.record": "record {id}",
    "item.reading": "reading {id}",
    "diag.unknown-unit.close": "{field}: there is no unit or group '{id}'; did you mean "
                               "{close}? ('cchc units' lists the ids)",
    "diag.unknown-task.close": "task '{id}' is not in plan {plan}; did you mean {close}? "
                               "('cchc tasks --plan {plan}' lists its tasks)",
    "diag.unknown-indicator.close": "indicator '{id}' is not in this plan; did you mean "
                                    "{close}?",
    "diag.unknown-field.close": "unknown field '{field}'; did you mean {close}? (the fields "
                                "here are {allowed})",
    "diag.unknown-section.close": "section '{id}' does not exist in this plan; did you mean "
                                  "{close}? (sections: {known})",
    "diag.yaml-syntax.why": "YAML syntax error: {why} (the YAML parser says: {problem})",
    "yaml.hint.quote": "a quote (\" or ') is opened and never closed: close it at the end of "
                       "the value",
    "yaml.hint.colon": "a colon is missing after a field's name (write `name: value`), or a "
                       "line is broken in the middle",
    "yaml.hint.colon-in-text": "a colon inside a value that is not in quotes, or this line is "
                               "indented wrongly: put the value in quotes (\"...\") or fix the "
                               "indentation",
    "yaml.hint.bracket": "a [ or {{ is not closed, or a comma is missing between items",
    "yaml.hint.start-char": "the value starts with a character YAML reserves (@, `, %): put it "
                            "in quotes",
    "yaml.hint.indent": "the indentation is uneven: fields of one level must line up, indented "
                        "with spaces, and each list item starts with \"- \"",
    "init.bad-period": "--period {period}: write a year, e.g. 2024",
    "severity.error": "error",
    "severity.warning": "warning",
    "warn.label": "warning",
    # --- cchc units ---------------------------------------------------------------------
    "help.units": "List the units and groups: the id to type after --unit, name, kind, other "
                  "names, a group's members. A search term filters by part of a name or id, "
                  "diacritics optional.",
    "help.units.search": "Only units whose id, name or another name contains this (case and "
                         "diacritics optional): phuong, noi vu.",
    "units.title": "Units and groups",
    "units.col.id": "Id", "units.col.name": "Name", "units.col.kind": "Kind",
    "units.col.more": "Notes", "units.col.aliases": "Other names",
    "units.col.members": "Members", "units.col.until": "Until",
    "units.col.successor": "Successor",
    "units.aliases": "also called {names}",
    "units.members": "{count} members: {names}",
    "units.until": "ceased after {date}",
    "units.successor": ", succeeded by {unit}",
    "units.count": "{units} units, {groups} groups",
    "units.hint": "After --unit type an id, a name or another name (diacritics optional when "
                  "only one unit matches); a group selects all its members.",
    "unit-kind.department": "department", "unit-kind.agency": "agency",
    "unit-kind.service-unit": "service unit", "unit-kind.ward": "ward",
    "unit-kind.commune": "commune", "unit-kind.township": "township",
    "unit-kind.other": "other", "unit-kind.group": "group",
    # --- names that match nothing, suggestions ------------------------------------------
    "clerk.text": "{text}",
    "error.unit-not-found": "there is no unit or group '{unit}'",
    "error.unit-ambiguous": "'{unit}' matches several units: {matches}. Type the id of one; "
                            "nothing was written",
    "error.did-you-mean": "; did you mean {ids}?",
    "error.unit-list-hint": " 'cchc units' lists every unit and its id.",
    "error.task-not-found": "plan {plan} has no task '{task}'",
    "error.task-list-hint": " 'cchc tasks --plan {plan}' lists its tasks.",
    "error.indicator-not-found": "plan {plan} has no indicator '{indicator}'",
    "error.indicator-ambiguous": "'{indicator}' matches several indicators: {matches}. Type "
                                 "the id of one; nothing was written",
    "error.indicator-list-hint": " The plan's indicators: {known}.",
    "error.plan-not-found": "there is no plan '{plan}' (plans: {known})",
    "error.measure-group": "'{unit}' is a group ({name}), not a unit: readings are given per "
                           "unit. Its members: {members}",
    "error.bad-number": "'{value}' is not a number: write e.g. 96.5, 96,5 or 96,5%",
    "error.bad-status-word": "status '{value}' is not one of in-progress, done, blocked (or "
                             "đang thực hiện, hoàn thành, vướng mắc)",
    # --- usage errors (Click's words replaced) -----------------------------------------
    "usage.prefix": "Usage: ",
    "usage.options": "[OPTIONS]",
    "usage.try": "Try '{command} {option}' for help.",
    "usage.error": "Error: {message}",
    "usage.missing-option": "missing option {name}",
    "usage.missing-argument": "missing argument {name}",
    "usage.missing-parameter": "missing {name}",
    "usage.bad-value": "invalid value for {name}: {reason}",
    "usage.no-such-option": "no such option {name}",
    "usage.no-such-command": "no such command '{name}'",
    "usage.did-you-mean": "; did you mean {names}?",
    "usage.needs-value": "option {name} needs a value after it",
    "usage.takes-no-value": "option {name} takes no value",
    "usage.extra": "unexpected extra argument(s): {args}",
}
