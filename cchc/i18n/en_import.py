"""English messages of `cchc import`: the command's own, and the comments it writes into the
draft. Keys and placeholders match `vi_import.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command ---
    "import.bad-suffix": "{path}: cannot import a '{suffix}' file: give one of {known}",
    "import.no-file": "{path}: no such file",
    "import.unreadable": "{path}: cannot be read: {reason}",
    "import.not-text": "{path}: this is not text (UTF-8, UTF-16 or Windows-1258): save the "
                       "document as .txt (UTF-8) or .docx and import that",
    "import.bad-docx": "{path}: not a Word document that can be opened ({reason}): open it in "
                       "Word or LibreOffice and save it again as .docx",
    "import.note.cp1258": "the file is not UTF-8: it was read as Windows-1258 (Vietnamese); "
                          "check the diacritics of the draft",
    "import.exists": "{path} already exists: cchc import never overwrites a file; choose a "
                     "new name or remove the old draft first",
    "import.write-failed": "could not write {path}: {reason}",
    "import.no-repo": "no repository found ({reason}): names of bodies are left unresolved; "
                      "give --repo to resolve them against units/",
    "import.written": "draft written to {path}",
    "import.summary": "{source}: {tasks} task(s) in {sections} section(s), {indicators} "
                      "indicator(s)",
    "import.problems": "{count} thing(s) for the clerk to fix in {path} before it passes "
                       "cchc check:",
    "import.passes": "the draft passes cchc check; read it through against the document, "
                     "starting with the comments that begin with 'cchc import:'",
    "import.stdout": "<stdout>",
    # --- what the header lacks or where it came from ---
    "import.missing.field": "{field}: not found in the document: write it from the original",
    "import.missing.number-blank": "{field}: the document's number is blank ('{written}'): "
                                   "write it once the document is numbered",
    "import.missing.date-incomplete": "{field}: the date of issue is incomplete ('{written}'): "
                                      "write it once the document is dated",
    "import.note.number-differs": "cchc import: the header says {number}, the page's "
                                  "metadata {other}: the header was taken",
    "import.note.date-differs": "cchc import: the header says {date}, the page's metadata "
                                "{other}: the header was taken",
    "import.note.from-metadata": "cchc import: {field} taken from the page's metadata "
                                 "('{label}'): the document's own header does not give it",
    "import.note.issuer-from-body": "cchc import: issuer taken from the body ('{text} ban "
                                    "hành ...'): the document has no issuer block",
    # --- comments in the draft ---
    "import.comment.header": "Draft imported by cchc import from {source}. Review every line "
                             "against the document, then save it as plans/{handle}/plan.yaml "
                             "and run cchc check.",
    "import.comment.conventions": "Conventions: task ids follow the document's numbering (the "
                                  "n-th bullet of item 1.2 is 1.2.n; an item written as a "
                                  "paragraph is x.y.1; part III is III.n); a 'Thời gian thực "
                                  "hiện' or 'Cơ quan thực hiện' line covers the tasks above it, "
                                  "back to the previous such line; chủ trì is lead, phối hợp is "
                                  "support, bodies listed with neither are co-leads; titles are "
                                  "drafts (the first clause of the text); text is the "
                                  "document's wording. Comments starting with 'cchc import:' "
                                  "mark the importer's choices.",
    "import.comment.stray-footnote": "Footnote {n}, cited outside any task: {text}",
    "import.comment.excluded": "cchc import: not taken as a task (source line {line}: a "
                               "condition, with no deadline): {text}",
    "import.comment.place": "Place of issue: {place}.",
    "import.comment.field-missing": "{field}: not found in the document: write it here.",
    "import.comment.item": "---- {id}: {heading}",
    "import.comment.generic-heading": "cchc import: the document heads this item only "
                                      "'{heading}': say what it is about.",
    "import.comment.assignment": "As written: {written}",
    "import.comment.co-leads": "cchc import: the line names no chủ trì / phối hợp: all "
                               "bodies are co-leads.",
    "import.comment.related": "cchc import: '{written}' names no unit: the nearest group, "
                              "{id}, stands for it.",
    "import.comment.generic": "cchc import: '{written}' is generic: read as the group {id}.",
    "import.comment.variant": "cchc import: '{written}' read as {id} (a variant of its name).",
    "import.comment.unresolved": "cchc import: '{written}' is no unit or group of units/: add "
                                 "it (or an alias) there, or write the id here.",
    "import.comment.lead-from-text": "cchc import: no 'Cơ quan thực hiện' line covers this "
                                     "task: lead taken from the bodies its text starts with.",
    "import.comment.lead-from-heading": "cchc import: lead taken from the heading '{heading}'.",
    "import.comment.due-partial": "cchc import: written '{written}': only this part is a "
                                  "deadline.",
    "import.comment.due-from-text": "cchc import: no 'Thời gian thực hiện' line covers this "
                                    "task: deadline taken from its text.",
    "import.comment.duty": "cchc import: footnote {n} of task {task} sets a recurring duty: "
                           "a task of its own.",
    "import.comment.indicator": "cchc import: a target of task {task}: '{name}'.",
    "import.comment.frequency-task": "cchc import: frequency {frequency}, as the task's "
                                     "deadline.",
    "import.comment.frequency-duty": "cchc import: frequency {frequency}, as the recurring "
                                     "duty of its footnote.",
    "import.comment.frequency-default": "cchc import: the document sets no frequency: "
                                        "{frequency} (check).",
    "import.comment.coordinator": "cchc import: the body that monitors the plan (task {task}: "
                                  "theo dõi, kiểm tra, đôn đốc).",
    "import.comment.no-coordinator": "cchc import: no body is said to monitor the plan (theo "
                                     "dõi, kiểm tra, đôn đốc): write coordinator: <unit id> if "
                                     "one does.",
    "import.comment.period-span": "cchc import: period from the title's 'giai đoạn'.",
    "import.comment.period-title": "cchc import: period from the title (năm {years}).",
    "import.comment.period-title-latest": "cchc import: the title names {years}: the period "
                                          "is the latest.",
    "import.comment.period-deadlines": "cchc import: the title names no year: the period is "
                                       "the year most deadlines fall in.",
    "import.comment.period-issued": "cchc import: no year in the title or the deadlines: the "
                                    "year of issue (the next year for a plan issued in "
                                    "December).",
    "import.footnote": "Footnote {n}: {text}",
    # --- problems for the clerk ---
    "import.problem.unresolved": "task {task}: '{written}' ({field}) is no unit or group of "
                                 "the repository",
    "import.problem.no-lead": "task {task}: no body to lead it was found: write lead",
    "import.problem.bad-due": "task {task}: the time of implementation '{written}' is no "
                              "deadline cchc reads: write due",
    "import.problem.no-due": "task {task}: the document gives no deadline: write due",
    "import.problem.no-owner": "indicator {id}: its task has no lead: write owner",
    "import.problem.no-period": "period: no year found in the title, the deadlines or the "
                                "date of issue: write period",
}
