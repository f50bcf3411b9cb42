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
}
