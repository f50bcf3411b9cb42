"""English help of the command line (`cchc --help`, `cchc COMMAND --help`).

`help.<command>` is a command's help: its first paragraph is the summary in the list of
commands; paragraphs are separated by a blank line ("\\n\\n"). `help.<command>.<option>` is
the help of one option or argument, `help.opt.<option>` of an option several commands share.
Keys match `vi_help.py` exactly. Typer renders these as Rich markup: write no square
brackets, and no braces (they would be read as placeholders).
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the program and the options many commands share --------------------------------
    "help.app": "Track administrative-reform (CCHC) plans kept as YAML in git: who is late, "
                "on what.",
    "help.opt.version": "Show the version and exit.",
    "help.opt.repo": "Repository root (default: CCHC_REPO, else the nearest folder upwards "
                     "with cchc.yaml).",
    "help.opt.as-of": "Compute as of this date (2023-03-31 or 31/3/2023; default: today in "
                      "Asia/Ho_Chi_Minh).",
    "help.opt.lang": "Language of the output (default: cchc.yaml's language, else en).",
    "help.opt.plan": "Plan handle (may be left out when the repository holds one plan).",
    "help.opt.unit": "A unit or group: its id, name or another name (\"UBND Phường 1\", "
                     "ubnd-phuong-1; diacritics optional when one unit matches); a group keeps "
                     "its members. cchc units lists the ids and names.",
    "help.opt.no-cache": "Read every file afresh, bypassing the cache of validated files "
                         "(CCHC_CACHE_DIR).",
    "help.opt.allow-errors": "Compute over the valid part of a repository with errors; the "
                             "output says it is incomplete.",
    "help.opt.list-format": "table, json, csv (UTF-8 with a BOM), or xlsx (an Excel workbook: "
                            "numbers, dates, a frozen header with filters; use -o FILE).",
    "help.opt.table-output": "Write the output (xlsx, csv, json) to this file instead of "
                             "printing it.",
    # --- check ------------------------------------------------------------------------------
    "help.check": "Validate everything: syntax, schema, references, the rules of the format.",
    "help.check.format": "text, json, or github (workflow commands that annotate the pull "
                         "request).",
    "help.check.strict": "Warnings fail too.",
    # --- tasks, overdue, gaps, status, report ---------------------------------------------
    "help.tasks": "List the tasks of the plans: id, title, lead, deadline.",
    "help.tasks.due-before": "Only tasks first due on or before this date (2023-03-31 or "
                             "31/3/2023).",
    "help.overdue": "Every (task, unit) with an obligation past due and not done.",
    "help.overdue.fail-on-overdue": "Exit 1 when anything is overdue.",
    "help.gaps": "Indicator readings against their targets, including missing readings.",
    "help.gaps.period": "The period to show (2023-03, 2023-Q1, 2023; default: the latest ended "
                        "as of the date).",
    "help.status": "The clerk's dashboard: counts by state, overdue, due soon, stale, worst "
                   "units, gaps.",
    "help.status.format": "table (the dashboard), json (the same content as data), or xlsx "
                          "(an Excel workbook, one sheet per table; use -o FILE).",
    "help.report": "The Markdown status report, for the People's Committee and the git web "
                   "view.",
    "help.report.output": "Write the report to this file (e.g. "
                          "reports/188-kh-ubnd-2022/2023-Q1.md) instead of printing it.",
    "help.report.format": "markdown (the report for the git web view) or docx (a Word document "
                          "in the layout of Decree 30/2020/NĐ-CP; use -o FILE.docx).",
    "help.remind.format": "markdown (one letter per unit, and their list) or docx (Word "
                          "letters in the layout of Decree 30/2020/NĐ-CP).",
    # --- update, measure --------------------------------------------------------------------
    "help.update": "Record progress on a task, as a new file under updates/.",
    "help.update.task": "The task id, e.g. 1.2.4.",
    "help.update.unit": "The unit reporting: its id, name or another name (cchc units lists them).",
    "help.update.status": "in-progress, done or blocked (or đang thực hiện, hoàn thành, vướng "
                          "mắc; case and diacritics optional).",
    "help.update.date": "Date of the report, 2023-03-31 or 31/3/2023 (default: the as-of date).",
    "help.update.period": "For recurring tasks: the period covered (2023-03 or \"tháng 3/2023\", "
                          "2023-Q1, 2023-H1, 2023). For a daily task, a month (2023-03) covers "
                          "every day of it.",
    "help.update.note": "A short note on the progress, e.g. what is blocking it.",
    "help.update.evidence": "A document that proves the work; repeat for several.",
    "help.measure": "Record an indicator reading, as a new file under measurements/.",
    "help.measure.indicator": "The indicator id or name (without diacritics if only one matches).",
    "help.measure.value": "The value: 96.2, 96,2 or 96,2% (percent points for % targets); a "
                          "negative value as it is, e.g. -3.",
    "help.measure.period": "The month, quarter or year measured (2023-03, 2023-Q1, 2023).",
    "help.measure.unit": "The unit measured (for indicators measured per unit): its id, name or "
                         "another name (cchc units lists them); not a group.",
    "help.measure.source": "Where the value comes from.",
    # --- calendar ---------------------------------------------------------------------------
    "help.calendar": "An iCalendar (.ics) file of the deadlines still open, to import into a "
                     "calendar.\n\n"
                     "One all-day event per open deadline and per open occurrence of a "
                     "recurring task, for each accountable unit. UIDs are stable: importing a "
                     "newer file updates the events instead of duplicating them.",
    "help.calendar.output": "Write the calendar to this file (e.g. cchc.ics) instead of "
                            "printing it.",
    # --- diff -------------------------------------------------------------------------------
    "help.diff": "What changed in the plans between two git revisions: tasks, deadlines, "
                 "leads, targets, records and readings.\n\n"
                 "The reviewer's view, and with --fail-on-loosening the pull-request gate.",
    "help.diff.rev1": "The revision to compare from (origin/main, HEAD~1, a tag, a commit id).",
    "help.diff.rev2": "The revision to compare to (default: the working tree, the files on "
                      "disk).",
    "help.diff.plan": "Only this plan (default: every plan).",
    "help.diff.format": "table or json.",
    "help.diff.fail-on-loosening": "Exit 1 when a deadline moved later, a target was loosened, "
                                   "a task was removed, or an existing record or reading was "
                                   "changed or deleted: the pull-request gate.",
    # --- import -----------------------------------------------------------------------------
    "help.import": "Turn a plan document (.txt, .md, .docx) into a draft plan.yaml for a clerk "
                   "to review.\n\n"
                   "Reads the header, the items and tasks, their deadlines, bodies and "
                   "targets.\n\n"
                   "Names are resolved against the repository's units; the draft is checked "
                   "as cchc check would.\n\n"
                   "Exit 0: the draft passes the check; 1: it lists what to fix, with line "
                   "numbers; 2: unreadable.",
    "help.import.file": "The plan document: .txt, .md or .docx.",
    "help.import.output": "Write the draft to this new file (e.g. "
                          "plans/188-kh-ubnd-2022/plan.yaml) instead of printing it; an "
                          "existing file is never overwritten.",
    # --- init -------------------------------------------------------------------------------
    "help.init": "Create a new, valid repository for another locality, in a new or empty "
                 "folder.\n\n"
                 "It holds settings, units, a plan skeleton, a README for clerks, .gitignore, "
                 "JSON Schemas.\n\n"
                 "Nothing is ever overwritten: a folder that holds files is refused.",
    "help.init.dir": "The folder of the new repository: new, or empty.",
    "help.init.name": "The locality, as report headers name it (default: the folder's name).",
    "help.init.lang": "Language of the repository: its settings, comments, README and messages "
                      "(default: vi, Vietnamese; --lang en for English).",
    "help.init.plan": "Handle of the plan skeleton (default: kh-cchc-YEAR).",
    "help.init.period": "The year of the plan skeleton, e.g. 2024 (default: this year).",
    # --- remind -----------------------------------------------------------------------------
    "help.remind": "Reminder letters (công văn đôn đốc), one Markdown or Word file per unit "
                   "that owes something.\n\n"
                   "A unit gets a letter when it has overdue tasks, tasks due soon, or "
                   "indicator readings missing for the latest period. The folder also gets "
                   "README.md, the list of letters. Prints each file written, one per line.",
    "help.remind.out": "The folder to write the letters to (created if missing), e.g. "
                       "reports/nhac-nho/2023-03.",
    # --- form, collect ----------------------------------------------------------------------
    "help.form": "An Excel form for a unit to fill in: its open tasks, or a grid of indicator "
                 "readings.\n\n"
                 "cchc form --unit U -o FILE.xlsx: one row per open obligation of the unit, with "
                 "status (a drop-down), date, evidence and note to fill in.\n\n"
                 "cchc form --readings --period P -o FILE.xlsx: units by indicators of that "
                 "period.\n\n"
                 "cchc collect reads the filled form back (docs/documents.md).",
    "help.form.unit": "The unit whose progress form this is (with --readings: keep the "
                      "indicators this unit owns).",
    "help.form.readings": "A readings grid (units by indicators) instead of a progress form.",
    "help.form.period": "With --readings: the period (2023-03, 2023-Q1, 2023).",
    "help.form.output": "The .xlsx file to write.",
    "help.collect": "Read filled Excel forms of cchc form back into new record files.\n\n"
                    "Every row is checked with the rules of update and measure; each problem "
                    "names its sheet, row and column. One new file per form; nothing of a form "
                    "is written when any row is wrong (unless --skip-bad). Rows left unchanged, "
                    "and entries already in the repository, are skipped.",
    "help.collect.files": "The filled forms (.xlsx).",
    "help.collect.unit": "Refuse forms made for any other unit (or group member).",
    "help.collect.skip-bad": "Write the good rows of a form and list the rows skipped.",
    "help.collect.dry-run": "Show what would be written; write nothing.",
    # --- schema -----------------------------------------------------------------------------
    "help.schema": "Print the JSON Schema (draft 2020-12) of one kind of file, for editors and "
                   "CI.\n\n"
                   "No repository is read: the schema is the same for every one.\n\n"
                   "The copies under schema/ are this output: cchc schema plan > "
                   "schema/plan.schema.json",
    "help.schema.kind": "The kind of file: plan, units, updates, measurements or config.",
    "help.schema.lang": "Language of the titles and descriptions (default: en; no repository "
                        "is read).",
    "help.site": "The status as a static web site in a folder: overview, a page per unit, task "
                 "and indicator, history charts; opens from file:// with no server.",
    "help.site.output": "The folder to write the site in (new, empty, or an earlier site), e.g. "
                        "site/.",
    "help.site.format": "html (HTML pages, CSS and a small script, every file local).",
    # --- Typer's and Click's own words on a help page (cchc/cli/help.py) ------------------
    "cli.arguments": "Arguments",
    "cli.options": "Options",
    "cli.commands": "Commands",
    "cli.required": "[required]",
    "cli.default": "[default: {value}]",
    "cli.envvar": "[env var: {name}]",
    "cli.deprecated": "(deprecated)",
    "cli.help-option": "Show this message and exit.",
    "cli.install-completion": "Install completion for the current shell.",
    "cli.show-completion": "Show completion for the current shell, to copy it or customize "
                           "the installation.",
    "cli.subcommand": "COMMAND [ARGS]...",
    # what to type after an option (`--date DATE`), an argument's name
    "cli.metavar.DATE": "DATE",
    "cli.metavar.DIR": "DIR",
    "cli.metavar.FILE": "FILE",
    "cli.metavar.FILE.xlsx": "FILE.xlsx",
    "cli.metavar.INDICATOR": "INDICATOR",
    "cli.metavar.KIND": "KIND",
    "cli.metavar.NAME": "NAME",
    "cli.metavar.PATH": "PATH",
    "cli.metavar.PERIOD": "PERIOD",
    "cli.metavar.PLAN": "PLAN",
    "cli.metavar.REV1": "REV1",
    "cli.metavar.REV2": "REV2",
    "cli.metavar.SEARCH": "SEARCH",
    "cli.metavar.STATUS": "STATUS",
    "cli.metavar.TASK": "TASK",
    "cli.metavar.TEXT": "TEXT",
    "cli.metavar.UNIT": "UNIT",
    "cli.metavar.VALUE": "VALUE",
    "cli.metavar.YEAR": "YEAR",
}
