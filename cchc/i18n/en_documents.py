"""English messages of the Word documents, Excel tables and forms (`--format docx|xlsx`,
`cchc form`, `cchc collect`). Same keys and placeholders as `vi_documents.py`.

An English document keeps the layout of Decree 30/2020/NĐ-CP Appendix I, in English words.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- layout (Appendix I) -------------------------------------------------------------------
    "doc.national": "SOCIALIST REPUBLIC OF VIETNAM",
    "doc.motto": "Independence - Freedom - Happiness",
    "doc.blank": "      ",
    "doc.number-report": "No.: {blank}/BC-{abbr}",
    "doc.number-letter": "No.: {blank}/{abbr}",
    "doc.abbr-blank": "……",
    "doc.recipients": "Recipients:",
    "doc.as-above": "- As above;",
    "doc.copy": "- {name};",
    "doc.report-to": "- {issuer} (for its information);",
    "doc.archive": "- Archive: VT, {abbr}.",
    "doc.archive-plain": "- Archive: VT.",
    "doc.to": "To: {unit}.",
    "doc.signer-blank": "…………………………",
    # --- report --------------------------------------------------------------------------------
    "doc.report-kind": "Report",
    "doc.report-subject": "Progress of Plan No. {number}",
    "doc.report-intro": "Under Plan No. {number}{issued} of {issuer}{about}, {office} reports "
                        "its progress as of {date} as follows:",
    "doc.report-counts": "The plan holds {total} obligations (each a task of one accountable "
                         "unit); {done} are done, {overdue} are overdue.",
    "doc.report-closing": "This is the report of {office} on the progress of Plan No. {number} "
                          "as of {date}./.",
    "doc.section": "{n}. {title}",
    "doc.unit-heading": "{unit} ({count})",
    "doc.incomplete": "INCOMPLETE: the repository has errors; this document counts only its "
                      "valid part.",
    # --- Excel tables ---------------------------------------------------------------------
    "xlsx.sheet-tasks": "Tasks",
    "xlsx.sheet-overdue": "Overdue",
    "xlsx.sheet-gaps": "Indicators",
    "xlsx.sheet-units": "Units",
    "xlsx.sheet-counts": "By state",
    "xlsx.sheet-due-soon": "Due soon",
    "xlsx.sheet-stale": "Stale",
    "xlsx.sheet-worst": "Units owing most",
    "xlsx.sheet-scorecard": "By unit",
    "xlsx.date-format": "yyyy-mm-dd",
    "col.unit-kind": "Kind",
    "col.members": "Members",
    "col.aliases": "Aliases",
    "col.until": "Until",
    "col.successor": "Successor",
    "col.group": "Group",
    "col.state-key": "State code",
    "col.status-key": "Status code",
    "col.state-overdue": "Overdue",
    "col.state-due-soon": "Due soon",
    "col.state-stale": "Stale",
    "col.state-blocked": "Blocked",
    "col.state-in-progress": "In progress",
    "col.state-not-started": "Not started",
    "col.state-done-late": "Done late",
    "col.state-done": "Done",
    # --- forms (cchc form, cchc collect) ---------------------------------------------------
    "form.sheet-tasks": "Progress",
    "form.sheet-readings": "Readings",
    "form.title-tasks": "Progress form: {unit}",
    "form.title-readings": "Indicator readings form, period {period}",
    "form.subtitle": "Plan No. {number}; as of {date}.",
    "form.help-tasks": "Fill in the yellow cells: Status (pick from the list), Date, Evidence "
                       "(separated by ;), Note. Leave a row empty when nothing is new. Do not "
                       "change the other cells.",
    "form.source": "Source of the readings:",
    "form.col-task": "Task",
    "form.col-title": "Title",
    "form.col-due": "Deadline",
    "form.col-period": "Period",
    "form.col-state": "Current state",
    "form.col-status": "Status",
    "form.col-date": "Date",
    "form.col-evidence": "Evidence",
    "form.col-note": "Note",
    "form.col-unit": "Unit id",
    "form.col-unit-name": "Unit",
    "form.col-value": "Value",
    "form.bad-choice": "Pick a status from the list.",
    "form.bad-date": "Enter a date (2023-03-31).",
    "form.bad-number": "Enter a number.",
    "diag.form-unreadable": "cannot read this Excel file ({reason}): save it as .xlsx",
    "diag.form-unknown": "not a cchc form: use a file made by cchc form",
    "diag.form-tampered": "the form's hidden data (sheet {sheet}) was changed: make the form "
                          "again with cchc form",
    "diag.form-protected-changed": "a protected cell was changed "
                                   "(was '{was}', now '{now}'): put it back; fill in only the "
                                   "yellow cells",
    "diag.form-closed-cell": "this cell belongs to no indicator of "
                             "the unit: leave it empty",
    "diag.form-extra-row": "a row added below the form is not "
                           "read: delete it, or make a new form",
    "diag.form-other-repository": "the form was made for repository '{made}', not '{here}'",
    "diag.form-other-plan": "the form was made for plan '{plan}', which this repository does "
                            "not hold (it has: {known})",
    "diag.form-other-unit": "the form was made for unit '{unit}', not for the unit collected "
                            "({wanted})",
    "collect.where": "sheet {sheet}, cell {cell}",
    "diag.form-status-required": "the row has something filled in "
                                 "but no Status",
    "diag.form-bad-status": "status '{value}' is not valid: pick "
                            "{choices}",
    "diag.form-bad-date": "'{value}' is not a date: enter "
                          "2023-03-31 or 31/3/2023",
    "diag.form-bad-number": "'{value}' is not a number: enter "
                            "96.5",
    "collect.plan": "{path}: {count} new entries to write; {skipped} rows or cells unchanged "
                    "or already in the repository",
    "collect.record": "  task {task}{period}: {status}, dated {date}",
    "collect.reading": "  indicator {indicator}, {unit}: {value}",
    "collect.refused": "{path}: nothing written, the form has {errors} error(s) (--skip-bad "
                       "writes the good rows and skips the bad ones)",
    "collect.skipped-bad": "{path}: rows skipped for their errors: {rows}",
    "collect.nothing": "{path}: nothing new to write",
    "collect.dry-run": "{path}: --dry-run: nothing written",
    "collect.read-failed": "{path}: cannot read the file ({reason})",
    "collect.period-of": " (period {period})",
    "form.unit-required": "cchc form needs --unit UNIT (a progress form) or --readings "
                          "--period PERIOD (a readings grid)",
    "form.period-required": "cchc form --readings needs --period PERIOD (2023-03, 2023-Q1, "
                            "2023)",
    "form.group-not-unit": "'{unit}' is a group: a progress form is made for one unit; pick a "
                           "unit of the group ({members})",
}
