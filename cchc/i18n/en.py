"""English messages. Keys and placeholders match `vi.py` exactly."""

from __future__ import annotations

_FORMS = ("a date (2023-03-15), a month (2023-02), a quarter (2023-Q1), a half-year (2023-H1), "
          "a year (2023), ongoing, daily, weekly, monthly, quarterly, half-yearly, yearly, an "
          "RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), or a Vietnamese form such as "
          "'trong tháng 2/2023', 'hết quý II năm 2023', 'cuối năm 2023', 'thường xuyên', "
          "'hàng tháng', 'định kỳ 6 tháng', 'trước ngày 20 hằng tháng'")

MESSAGES: dict[str, str] = {
    # --- diagnostics: what is wrong, and what would be right -------------------------------
    "diag.merge-conflict": "git left a merge-conflict marker here: keep the lines that are "
                           "right and delete the <<<<<<<, ======= and >>>>>>> lines",
    "diag.not-utf8": "the file is not UTF-8 (byte {byte} here): save it as UTF-8",
    "diag.yaml-syntax": "YAML syntax error: {problem}",
    "diag.yaml-tab": "a tab character here: indent YAML with spaces, not tabs",
    "diag.yaml-number-form": "`{form}` is a number form that YAML versions read differently "
                             "(YAML 1.1 takes `010` as 8, `1:30` as 90): write {write} for the "
                             "number, or put it in quotes (\"{form}\") for text",
    "diag.yaml-too-deep": "the YAML nests too deeply to be read: flatten the structure",
    "diag.yaml-tag": "the tag '{tag}' is not allowed: tags that build objects are refused; "
                     "write plain values (text, numbers, dates, lists, mappings)",
    "diag.yaml-alias-cycle": "this alias refers to a node that contains it: write the values out",
    "diag.yaml-alias-bomb": "aliases here expand to {expanded} values from {written} written: "
                            "write the values out instead of nesting aliases",
    "diag.duplicate-key": "key '{key}' is given twice in this mapping (first on line {first}): "
                          "keep one; YAML would silently use only the last",
    "diag.unreadable": "the file cannot be read ({reason}): check its permissions",
    "diag.empty-file": "the file is empty: write the {expected} it should hold, or delete it",
    "diag.not-a-record": "a progress-record file holds one record (a mapping) or a list of "
                         "records, not {got}",
    "diag.not-a-mapping": "a {expected} file holds a mapping (key: value lines), not {got}",
    "diag.missing-plan-file": "the plan folder '{plan}' has no plan.yaml: add one or remove "
                              "the folder",
    "diag.bad-plan-handle": "plan folder name '{plan}' is not a valid handle: use lowercase "
                            "ASCII letters, digits and hyphens (188-kh-ubnd-2022)",
    "diag.stray-file": "this YAML file is not read: plan records go under updates/, readings "
                       "under measurements/",
    "diag.symlink-outside": "this link points outside the repository and is not followed",
    "diag.missing-field": "required field '{field}' is missing in {where}",
    "diag.unknown-field": "unknown field '{field}': the fields here are {allowed}",
    "diag.bad-choice": "{field}: '{value}' is not allowed: use one of {expected}",
    "diag.bad-date": "{field}: '{value}' is not a valid date: write YYYY-MM-DD (2023-03-15)",
    "diag.bad-choice.meant": "{field}: '{value}' is not allowed: use one of {expected}; in a "
                             "file, '{value}' is written {meant}",
    "diag.bad-date.meant": "{field}: '{value}' is not a valid date: a file writes YYYY-MM-DD, "
                           "here {meant}",
    "diag.wrong-type": "{field}: expected {expected}, found '{value}'",
    "diag.empty-list": "{field}: the list is empty: give at least one value",
    "diag.out-of-range": "{field}: {value} is out of range: it must be {op} {limit}",
    "diag.invalid": "{field}: {detail}",
    "diag.bad-id": "{field}: '{value}' is not a valid id: use lowercase ASCII letters, digits "
                   "and single hyphens (phong-noi-vu)",
    "diag.bad-id.meant": "{field}: '{value}' is not a valid id: a file names a unit by its id, "
                         "here {meant}",
    "diag.unquoted-id": "{field}: {value} was read as a number: put the id in quotes "
                        "(\"{value}\") so that 1.10 stays 1.10",
    "diag.bad-task-id": "{field}: '{value}' is not a valid task id: use letters and digits "
                        "joined by dots or hyphens (1.2.7, III.2)",
    "diag.empty-text": "{field}: the text is empty: write a value or remove the field",
    "diag.bad-deadline": "{field}: unrecognised deadline '{value}': write " + _FORMS,
    "diag.impossible-date": "{field}: '{value}' names a day or period that does not exist "
                            "(a day past the end of its month, month 13, quarter V): check "
                            "the numbers",
    "diag.impossible-date.why": "{field}: '{value}' names a day or period that does not "
                                "exist: {why}",
    "diag.bad-deadline.why": "{field}: invalid RRULE '{value}': {why}; write an RFC 5545 rule "
                             "such as RRULE:FREQ=MONTHLY;BYMONTHDAY=25",
    "diag.bad-target": "{field}: target '{value}' is not understood: write one of > >= < <= = "
                       "(or trên, từ, dưới, không quá, tối đa, tối thiểu, đạt) then a number, "
                       "optionally %, e.g. '> 95%', 'trên 80%', 'không quá 10'",
    "diag.bad-period": "{field}: '{value}' is not a period: write a day (2023-03-15), a month "
                       "(2023-03), a quarter (2023-Q1), a half-year (2023-H1) or a year (2023)",
    "diag.bad-period.why": "{field}: '{value}' is not a period: {why}",
    "diag.bad-value": "{field}: '{value}' is not a finite number: write a number such as "
                      "96.2",
    "diag.bad-plan-period": "{field}: '{value}' is not a plan period: write a year (2023) or "
                            "start and end dates (start: 2023-01-01, end: 2023-12-31), the "
                            "end not before the start",
    "diag.bad-reading-period": "period '{value}' is not a month, quarter or year: readings "
                               "are for 2023-03, 2023-Q1 or 2023",
    "diag.duplicate-id": "id '{id}' is defined twice (first at {first}): ids of units and "
                         "groups must be unique",
    "diag.unknown-unit": "{field}: no unit or group has the id '{id}': define it under units/ "
                         "or correct the id",
    "diag.group-cycle": "groups contain each other in a cycle ({cycle}): remove one membership",
    "diag.successor-without-until": "unit '{id}' has a successor but no 'until' date: say when "
                                    "it ceased",
    "diag.duplicate-name": "the name '{name}' is also used by unit '{other}': names must tell "
                           "units apart",
    "diag.duplicate-section": "section '{id}' is defined twice (first at {first})",
    "diag.duplicate-task": "task '{id}' is defined twice (first at {first}): task ids are "
                           "unique within a plan",
    "diag.duplicate-indicator": "indicator '{id}' is defined twice (first at {first})",
    "diag.unknown-section": "section '{id}' does not exist in this plan (sections: {known})",
    "diag.unknown-indicator": "indicator '{id}' does not exist in this plan: define it under "
                              "indicators or correct the id",
    "diag.empty-lead": "task {task} has no accountable unit: its lead names only empty groups",
    "diag.units-ignored": "indicator '{id}' is measured for the locality: 'units' is ignored",
    "diag.unknown-task": "task '{id}' does not exist in plan {plan}: check the task id",
    "diag.group-not-unit": "{field}: '{id}' is a group: a record is made by one unit, name it",
    "diag.unit-not-in-task": "unit '{id}' has no part in task {task}: it is neither "
                             "accountable for it nor supporting it",
    "diag.missing-evidence": "a done record of task {task} without evidence: add the "
                             "document that proves it (evidence: [...])",
    "diag.reading-period-mismatch": "indicator '{id}' is measured {frequency}, but this "
                                    "reading is for {period}",
    "diag.reading-needs-unit": "indicator '{id}' is measured per unit: give the unit of this "
                               "reading",
    "diag.reading-unexpected-unit": "indicator '{id}' is measured for the whole locality: a "
                                    "reading has no unit",
    "diag.unit-not-measured": "unit '{id}' is not among the units measured by indicator "
                              "'{indicator}'",
    "diag.duplicate-reading": "the reading of {indicator} for {unit}, {period} is given twice "
                              "with the same value (first at {first})",
    "diag.conflicting-reading": "the reading of {indicator} for {unit}, {period} is given "
                                "twice with different values (first at {first}): keep the "
                                "right one",
    "diag.leftover-temp": "an unfinished write left this temporary file: it is not a record; "
                          "delete it",
    "diag.bad-key": "key '{key}' is not a field name: keys are words such as task, unit, date",
    # words used inside messages
    "word.text": "text", "word.integer": "a whole number", "word.number": "a number",
    "word.bool": "true or false", "word.mapping": "a mapping", "word.list": "a list",
    "word.date": "a date", "word.config": "settings", "word.units": "units and groups",
    "word.plan": "plan", "word.updates": "progress records",
    "word.measurements": "readings",
    "word.str": "text", "word.int": "a number", "word.float": "a number",
    "word.dict": "a mapping", "word.NoneType": "nothing",
    # --- command line -------------------------------------------------------------------
    "error.no-repo": "no cchc repository found from {path} upwards: run inside one, pass "
                     "--repo PATH, or set CCHC_REPO (a repository holds cchc.yaml, or both "
                     "plans/ and units/)",
    "error.repo-not-dir": "--repo {path}: no such folder",
    "error.unknown-plan": "no plan '{plan}' in this repository (plans: {known})",
    "error.plan-required": "this repository holds several plans: choose one with --plan "
                           "({known})",
    "error.unknown-unit": "no unit or group '{unit}' in this repository",
    "cli.blocked": "the repository has {errors} error(s): nothing computed, because a wrong "
                   "report is worse than none. Run 'cchc check' to see them all, or pass "
                   "--allow-errors to compute over the valid part.",
    "cli.more-errors": "... and {count} more",
    "cli.incomplete": "warning: the repository has {errors} error(s); the result covers only "
                      "its valid part and is incomplete",
    "cli.incomplete-note": "INCOMPLETE: computed over the valid part of a repository with "
                           "errors",
    "check.summary": "{errors} error(s), {warnings} warning(s) in {files} file(s)",
    "tasks.title": "Tasks",
    "tasks.count": "{count} task(s)",
    "col.task": "Task", "col.title": "Title", "col.lead": "Lead", "col.due": "Deadline",
    "col.first-due": "First due",
    "write.done": "written: {path}",
    "write.refused": "nothing written: correct the values above and run the command again",
    "write.failed": "could not write {path}: {reason}",
    # --- states and statuses -------------------------------------------------------------
    "state.overdue": "overdue", "state.due-soon": "due soon", "state.stale": "stale",
    "state.blocked": "blocked", "state.in-progress": "in progress",
    "state.not-started": "not started", "state.done-late": "done late", "state.done": "done",
    "status.not-started": "not started", "status.in-progress": "in progress",
    "status.blocked": "blocked", "status.done": "done",
    "kind.one-off": "one-off", "kind.ongoing": "ongoing", "kind.recurring": "recurring",
    # --- columns ----------------------------------------------------------------------------
    "col.plan": "Plan", "col.unit": "Unit", "col.days-overdue": "Days overdue",
    "col.occurrences": "Occurrences", "col.status": "Status", "col.state": "State",
    "col.count": "Count", "col.indicator": "Indicator", "col.period": "Period",
    "col.target": "Target", "col.value": "Value", "col.gap": "Gap", "col.met": "Met",
    "col.previous": "Previous", "col.trend": "Trend", "col.last-record": "Last update",
    "col.days-left": "Days left", "col.total": "Total", "col.done-share": "Done share",
    "col.days-since": "Days since",
    "word.yes": "yes", "word.no": "no", "word.no-reading": "no reading",
    "word.locality": "whole locality", "word.never": "never", "word.none": "None.",
    "word.days": "{days} days", "word.percent": "{value}%",
    # --- overdue, gaps, status --------------------------------------------------------------
    "overdue.title": "Overdue as of {date}",
    "overdue.count": "{count} overdue obligation(s)",
    "gaps.title": "Indicators against targets as of {date}",
    "gaps.count": "{count} row(s), {missing} without a reading, {unmet} not meeting the target",
    "status.title": "{locality}: status as of {date}",
    "status.plan": "{number}: {title}",
    "status.counts": "Obligations by state",
    "status.overdue": "Overdue",
    "status.due-soon": "Due within {days} days",
    "status.stale": "Ongoing work without an update for {days} days",
    "status.worst": "Units that owe the most",
    "status.gaps": "Indicators missing their target or their reading",
    "status.unit-filter": "Only unit {unit}",
    "status.none": "nothing",
    # --- report -----------------------------------------------------------------------------
    "report.title": "Status report: plan {number}",
    "report.locality": "Locality",
    "report.plan": "Plan",
    "report.period": "Period",
    "report.as-of": "As of",
    "report.period-range": "{start} to {end}",
    "report.summary": "Summary by state",
    "report.chart-title": "Obligations by state",
    "report.overdue": "Overdue, by unit",
    "report.due-soon": "Due within {days} days",
    "report.stale": "Ongoing work without an update for {days} days",
    "report.indicators": "Indicators",
    "report.scorecard": "Scorecard by unit",
    "report.obligation-note": "An obligation is one task for one accountable unit: a task led "
                              "by a group of ten units is ten obligations.",
    "report.incomplete": "**Incomplete**: the repository has errors; this report covers only "
                         "its valid part.",
    "report.generated": "Generated by cchc from the plan files of this repository.",
    "error.bad-period": "--period {period}: write a month (2023-03), a quarter (2023-Q1) or "
                        "a year (2023)",
    "word.file": "the file",
    "trend.better": "better", "trend.worse": "worse", "trend.same": "same",
    "col.lead-names": "Lead (names)", "col.support": "Support", "col.kind": "Kind",
    "col.unit-name": "Unit name", "col.indicator-name": "Indicator name",
    "status.units-more": "{total} units: {names} and {count} more",
    "status.more-rows": "... and {count} more rows: {command} lists them all",
    "error.plan-invalid": "the plan file of '{plan}' has errors, so nothing can be checked "
                          "against it: run 'cchc check' and correct it first",
    "error.bad-date": "'{value}' is not a date: write YYYY-MM-DD (2023-03-31) or day first "
                      "(31/3/2023)",
    "error.bad-choice": "{option} {value}: choose one of {known}",
    "error.bad-status": "--status {status}: write one of {known}",
    "error.no-cwd": "the current folder no longer exists: go to a folder that does, or pass --repo",
    "error.repo-unreadable": "cannot read the repository folder {path}: {reason}",
    "error.os-path": "cannot read or write {path}: {reason}",
    "error.os-output": "cannot write the output: {reason}",
    "error.encoding": "the terminal cannot show this text ({encoding}): set "
                      "PYTHONIOENCODING=utf-8, or write to a file with -o",
    "error.interrupted": "interrupted",
    "error.missing-library": "the library '{name}' that cchc needs is not installed (the "
                             "installation is older than the program): run make run, or "
                             "pip install -e . in the cchc folder",
    "error.bug": "this is a bug in cchc ({kind}), not a mistake of yours: please report it with "
                 "the file {log}",
    "error.bug-no-log": "this is a bug in cchc ({kind}), not a mistake of yours: please report it "
                        "with the command you ran",
}
