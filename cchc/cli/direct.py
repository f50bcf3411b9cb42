"""The read-only commands and `site` run without Typer (issues 15 and 14): a computing
`status`, `report`, `overdue`, `gaps`, `check` or `site` costs no import of Typer and Click
and no parsing of their signatures.

`cchc.fastpath.parse` reads the command line exactly as Typer would for these commands (their
own options and the shared ones, before or after the command's name, `--opt value` or
`--opt=value`, the later one winning) and gives up on anything else. Here the values are
checked as the Typer declarations check them (`cchc/cli/<command>.py`: `--format` among the
renderer's `FORMATS`, `--lang` among the languages); a value Typer would refuse goes back to
Typer (`run` returns None), which says what is wrong in its usual words. What passes is given
to `cchc.commands.<command>.run` as the Typer adapter gives it, inside the same boundary
(`cchc.cli.boundary.handle`): the same bytes, messages and exit codes (tests/test_fastpath.py
runs every form both ways).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from cchc.cli import boundary

# command → the renderer whose FORMATS its --format chooses from (as cchc/cli/<command>.py)
RENDERERS = {
    "check": "cchc.render.diagnostics", "status": "cchc.render.status",
    "report": "cchc.render.report", "overdue": "cchc.render.obligations",
    "gaps": "cchc.render.gaps", "site": "cchc.render.site.make",
}
# command → its own options as `run` names them (the shared ones are `Options`)
OWN: dict[str, dict[str, str]] = {
    "check": {"--strict": "strict"},
    "status": {"--plan": "plan", "--unit": "unit"},
    "report": {"--plan": "plan", "--unit": "unit"},
    "overdue": {"--plan": "plan", "--unit": "unit", "--fail-on-overdue": "fail_on_overdue"},
    "gaps": {"--plan": "plan", "--unit": "unit", "--period": "period"},
    "site": {"-o": "out", "--output": "out"},
}
# command → its parameter that must be given, as a path, by one spelling of its option
# (Typer says what is wrong otherwise)
PATHS = {"site": "out"}
FLAGS = ("--strict", "--fail-on-overdue")


def run(command: str, given: dict[str, object], argv: list[str], default_format: str
        ) -> int | None:
    """Run `command` with the options `given` (`cchc.fastpath.parse`; `--format` is
    `default_format` when not given) and return its exit code; None, having printed
    nothing, when Typer must judge the command line.

    The cyclic garbage collector is paused meanwhile: a run of these commands makes no
    reference cycle worth collecting (loading and computing pause it anyway), and its
    collections while the modules are imported cost a warm run a hundredth of its time."""
    from cchc.collector import paused

    with paused():
        return _run(command, given, argv, default_format)


def _run(command: str, given: dict[str, object], argv: list[str], default_format: str
         ) -> int | None:
    from cchc import i18n
    from cchc.session import Options

    if command not in RENDERERS or not all(isinstance(v, str | bool) for v in given.values()):
        return None
    lang = given.get("--lang")
    if lang is not None and lang not in i18n.LANGUAGES:
        return None
    try:
        formats = importlib.import_module(RENDERERS[command]).FORMATS
    except BaseException as exc:  # noqa: BLE001 - the boundary: as Typer's path would end
        return boundary.handle(exc, argv)
    fmt = given.get("--format")
    if fmt is not None and fmt not in formats:
        return None
    own: dict[str, object] = {name: given[option] for option, name in OWN[command].items()
                              if option in given}
    for option in FLAGS:
        if option in OWN[command]:
            own[OWN[command][option]] = bool(given.get(option))
    if command in PATHS:
        name = PATHS[command]
        spellings = [o for o, n in OWN[command].items() if n == name and o in given]
        if len(spellings) != 1:  # missing, or given in both spellings: Typer judges
            return None
        own[name] = Path(str(given[spellings[0]]))
    own["fmt"] = fmt if fmt is not None else default_format
    repo, as_of = given.get("--repo"), given.get("--as-of")
    options = Options(repo=Path(repo) if isinstance(repo, str) else None,
                      as_of=as_of if isinstance(as_of, str) else None,
                      lang=lang if isinstance(lang, str) else None,
                      no_cache=bool(given.get("--no-cache")),
                      allow_errors=bool(given.get("--allow-errors")))
    boundary.tolerate_encodings()
    try:
        module = importlib.import_module(f"cchc.commands.{command}")
        result = module.run(options, **own)
        return result if isinstance(result, int) else 0
    except BaseException as exc:  # noqa: BLE001 - the boundary: every ending has its code
        return boundary.handle(exc, argv)
