"""English messages of `cchc init`. Keys and placeholders match `vi_init.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "init.not-empty": "{path} is not empty ({count} item(s), such as '{first}'): cchc init "
                      "never writes into a folder that holds files; choose a new or empty folder",
    "init.not-a-folder": "{path} exists and is not a folder: choose a new or empty folder",
    "init.exists": "{path} appeared while the repository was being written: it was not "
                   "overwritten; remove what was created and run cchc init again",
    "init.failed": "could not write {path}: {reason}",
    "init.bad-handle": "'{plan}' is not a valid plan handle: use lowercase ASCII letters, "
                       "digits and hyphens (kh-cchc-2026)",
    "init.bad-name": "the locality's name is empty: give it with --name",
    "init.created": "created {path}",
    "init.done": "A new cchc repository for {name} is ready in {path}.\n"
                 "Next: replace the example units in {units}, copy the plan into {plan}, "
                 "then run: cchc check --repo {path}",
}
