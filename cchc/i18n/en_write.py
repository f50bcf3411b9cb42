"""English messages of the writers (`update`, `measure`, `-o`, `remind --out`, the lock).
Same keys and placeholders as `vi_write.py`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "write.outside": "not written: {path} leads out of the repository (to {target}) through "
                     "a symbolic link; cchc writes inside the repository only",
    "write.link-loop": "not written: {path} is a symbolic link that loops",
    "write.bad-path": "not written: '{path}' is not a path inside the repository",
    "write.not-a-folder": "not written: {path} is in the way: it is not a folder",
    "write.not-a-file": "not written: {path} is a folder, a socket or a disk, not a file: "
                        "give the name of a file",
    "write.readback": "not written: {path} would not read back as it was meant; nothing was "
                      "stored",
    "write.already": "already recorded in {place}: nothing written",
    "write.lock-wait": "waiting for another writer to finish (lock {path})...",
    "write.lock-timeout": "gave up after {seconds} s: another writer still holds the lock "
                          "{path}. Try again later; a cchc suspended with Ctrl-Z holds it "
                          "until resumed (fg) or ended",
    "write.lock-unusable": "cannot use the lock file {path} ({reason}): remove it and run "
                           "the command again",
    "write.kept": "left as it is: {path} was not written by cchc or was changed since; "
                  "--force replaces it",
    "write.empty-out": "--out is empty: give the folder for the letters (--out reminders)",
    "update.period-required": "task {task} recurs ({due}): give the period this record "
                              "covers with --period. Open periods of {unit}: {periods}. "
                              "For example: {command}",
    "update.period-none-open": "task {task} recurs ({due}): give the period this record "
                               "covers with --period (such as {example}); {unit} has no open "
                               "period. For example: {command}",
    "update.overdue-days": "{period} (overdue {days} days)",
    "update.overdue-day": "{period} (overdue 1 day)",
    "init.name-line-break": "--name holds a line break or a control character: give the "
                            "locality's name on one line",
    "diag.not-unicode": "{field}: the text holds bytes that are not UTF-8 ({byte}): type it "
                        "again in UTF-8 (the terminal may use a legacy code page)",
    "diag.write-roundtrip": "the new file would not read back as typed: change the text "
                            "(a character YAML cannot hold as written)",
    "diag.folder-unreadable": "the folder cannot be read ({reason}): check its permissions; "
                              "nothing in it is counted",
    "help.remind.force": "Replace letters even where the folder holds files cchc did not "
                         "write or that were changed since (a clerk's edits are lost)",
    "measure.bad-number": "VALUE '{value}' is not a number: write it as 96.2 or 96,2 (a "
                          "trailing % is allowed)",
    "diag.unit-is-group": "{field}: '{id}' is a group: a reading is for one unit, name it",
}
