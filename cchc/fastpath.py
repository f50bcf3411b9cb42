"""The console script's entry point: a repeated question answered before Typer is imported.

`main` first reads the command line the way Typer would for the read-only commands (`check`,
`status`, `report`, `overdue`, `gaps`: their own options and the shared ones, before or after
the command's name, `--opt value` or `--opt=value`, the later one winning), finds the
repository as `cchc.load.discover.find_root` does, and asks `cchc.load.quick` for the answer
kept for exactly that question (`site` is read too, and never answered: it writes a folder).
On a hit it prints the kept bytes and exits with the kept code: a repeated `cchc status`
imports neither Typer nor pydantic nor YAML nor the models.

On a miss, a command line read here exactly (`parse`: `--no-cache` and any date included) is
run without Typer by `cchc.cli.direct`, which gives it to `cchc.commands.<command>.run` inside
the same error boundary; a value Typer would refuse (an unknown `--format`) goes to Typer.

Anything this module does not recognise — another command, an unknown option, a value that
starts with `-`, `-o FILE`, `--help` — is not guessed at: the full command line goes to the
Typer app (`cchc.cli`). Only questions the full path answered and kept can be answered here,
so a command line the full path would refuse finds nothing.

At the end, after flushing, the process leaves with `os._exit` (the exit functions run first):
freeing hundreds of thousands of objects one by one at exit costs time and changes nothing.
"""

from __future__ import annotations

import os
import sys

# Options every command shares (cchc/cli/options.py): values, then flags.
SHARED_VALUES = {"--repo": "repo", "--as-of": "as_of", "--lang": "lang"}
SHARED_FLAGS = {"--no-cache": "no_cache", "--allow-errors": "allow_errors"}
LANGUAGES = ("vi", "en")  # cchc.i18n.LANGUAGES (a test keeps them equal)
# The as-of dates a command accepts (cchc.model.limits: FIRST_DAY, LAST_DAY), as ISO text.
FIRST_DAY, LAST_DAY = "1900-01-01", "2999-12-31"

# command → (its own options taking a value, its own flags, the default --format), as in
# cchc/cli/<command>.py; the question is built as cchc/commands/<command>.py builds it.
COMMANDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "check": (("--format",), ("--strict",), "text"),
    "status": (("--plan", "--unit", "--format"), (), "table"),
    "report": (("--plan", "--unit", "--format"), (), "markdown"),
    "overdue": (("--plan", "--unit", "--format"), ("--fail-on-overdue",), "table"),
    "gaps": (("--plan", "--unit", "--period", "--format"), (), "table"),
    "site": (("-o", "--output", "--format"), (), "html"),
}
# run without Typer (its imports and its parsing of the commands are a tenth of a second),
# never answered from a kept answer: they write a folder
WRITES = ("site",)


def _options(args: list[str], values: tuple[str, ...], flags: tuple[str, ...]
             ) -> dict[str, object] | None:
    """`args` as Click reads them for these options, or None for anything else."""
    found: dict[str, object] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, attached = arg.partition("=")
        if eq and not name.startswith("--"):
            return None  # Click reads `-o=x` as the value "=x": Typer decides
        if name in values:
            if eq:
                value = attached
            elif i + 1 < len(args):
                i += 1
                value = args[i]
            else:
                return None
            if not value or value.startswith("-"):
                return None
            found[name] = value
        elif not eq and arg in flags:
            found[arg] = True
        else:
            return None
        i += 1
    return found


def parse(argv: list[str]) -> tuple[str, dict[str, object]] | None:
    """The command and its options (the shared ones given before its name, overridden by
    those after it; flags add up) of a command line in a form read here exactly, else None.
    Values are as typed: a date or a format is judged by whoever uses it."""
    if os.name == "nt" and any(c in a for a in argv for c in "*?["):
        return None  # Click expands wildcards on Windows
    if os.environ.get("_CCHC_COMPLETE"):
        return None  # the shell asks Click for completions
    names = (*SHARED_VALUES, *SHARED_FLAGS)
    at = next((i for i, a in enumerate(argv) if a.partition("=")[0] not in names
               and (i == 0 or argv[i - 1] not in SHARED_VALUES)), len(argv))
    if at == len(argv) or argv[at] not in COMMANDS:
        return None
    command = argv[at]
    values, flags, _ = COMMANDS[command]
    before = _options(argv[:at], tuple(SHARED_VALUES), tuple(SHARED_FLAGS))
    after = _options(argv[at + 1:], (*values, *SHARED_VALUES), (*flags, *SHARED_FLAGS))
    if before is None or after is None:
        return None
    given = {**before, **after}  # after the command's name wins; flags add up
    if given.get("--lang", "en") not in LANGUAGES:
        return None
    return command, given


def question(argv: list[str]) -> tuple[str | None, tuple[object, ...]] | None:
    """`--repo` as given (or None) and the question (`cchc.commands._answers.question`, with
    the command's parts first) of a command line this path can answer, else None."""
    parsed = parse(argv)
    if parsed is None:
        return None
    command, given = parsed
    if given.get("--no-cache") or command in WRITES:
        return None
    default_format = COMMANDS[command][2]
    lang = given.get("--lang")
    allow_errors = bool(given.get("--allow-errors"))
    fmt = given.get("--format", default_format)
    repo = given.get("--repo")
    if command == "check":  # its answer does not depend on the date (a bad one is an error)
        if "--as-of" in given and _date(given["--as-of"]) is None:
            return None
        return _str(repo), ("check", fmt, bool(given.get("--strict")), lang, allow_errors)
    as_of = _date(given.get("--as-of"))
    if as_of is None:
        return None
    plan, unit = given.get("--plan"), given.get("--unit")
    parts: tuple[object, ...]
    if command == "overdue":
        parts = ("overdue", plan, unit, fmt, bool(given.get("--fail-on-overdue")))
    elif command == "gaps":
        parts = ("gaps", plan, unit, given.get("--period"), fmt)
    else:
        parts = (command, plan, unit, fmt)
    return _str(repo), (*parts, lang, allow_errors, as_of)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: object) -> str | None:
    """The as-of date as `_answers.question` keys it (`cchc.clerk.parse.parse_date`): today
    in Vietnam, or the date given; None for a date the command refuses."""
    if value is None:
        from cchc.load.quick import today

        return today()
    text = str(value)
    found = _plain_iso(text)
    if found is None:
        from cchc.clerk.parse import parse_date

        day = parse_date(text)
        found = day.isoformat() if day is not None else ""
    if not found or not FIRST_DAY <= found <= LAST_DAY:
        return None
    return found


def _plain_iso(text: str) -> str | None:
    """`YYYY-MM-DD` (the usual form) checked here, without loading the parser: the text if it
    is a real day, "" if it is not; None for any other form (the parser decides)."""
    digits = text[:4] + text[5:7] + text[8:]
    if not (len(text) == 10 and text[4] == text[7] == "-" and digits.isascii()
            and digits.isdigit()):
        return None
    year, month, day = int(text[:4]), int(text[5:7]), int(text[8:])
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return text if year >= 1 and 1 <= month <= 12 and 1 <= day <= days[month - 1] else ""


def find_root(repo: str | None, env: os._Environ[str] | dict[str, str]) -> str | None:
    """As `cchc.load.discover.find_root`, with `os.path` (a test holds them equal); None
    where that one would raise."""
    given = repo if repo is not None else env.get("CCHC_REPO") or None
    if given is not None:
        root = os.path.expanduser(given)
        return os.path.realpath(root) if os.path.isdir(root) else None
    try:
        here = os.path.realpath(os.getcwd())
    except OSError:
        return None
    ancestors = [here]
    while (parent := os.path.dirname(ancestors[-1])) != ancestors[-1]:
        ancestors.append(parent)
    for folder in ancestors:
        if (os.path.isfile(os.path.join(folder, "cchc.yaml"))
                or os.path.isfile(os.path.join(folder, "cchc.yml"))):
            return folder
    for folder in ancestors:
        if (os.path.isdir(os.path.join(folder, "plans"))
                and os.path.isdir(os.path.join(folder, "units"))):
            return folder
    return None


def answer(argv: list[str]) -> int | None:
    """Print the kept answer to this command line and return its exit code; None when there
    is none (nothing printed)."""
    asked = question(argv)
    if asked is None:
        return None
    root = find_root(asked[0], os.environ)
    if root is None:
        return None
    from cchc.load import quick

    found = quick.answer(quick.cache_dir(os.environ), root, asked[1])
    if found is None:
        return None
    code, out = found
    try:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return None
    view, written = memoryview(out), 0
    try:  # straight to the file descriptor: nothing stays in a buffer if this fails
        while written < len(view):
            written += os.write(fd, view[written:])
    except BrokenPipeError:  # the reader left: quiet, as the boundary does
        return 0
    except OSError:  # a full disk...: the full path says so in the user's language
        return None
    return code


def main() -> None:
    """Entry point of the `cchc` console script."""
    argv = sys.argv[1:]
    code = answer(argv)
    if code is None and (parsed := parse(argv)) is not None:
        from cchc.cli.direct import run

        code = run(*parsed, argv, COMMANDS[parsed[0]][2])
    if code is None:
        from cchc.cli.app import app

        try:
            app()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    _leave(code)


def _leave(code: int) -> None:
    """Exit without tearing down what was loaded: flush, run the exit functions, `os._exit`.
    With another thread still running, or output that cannot be flushed, exit as usual."""
    if "threading" in sys.modules and sys.modules["threading"].active_count() > 1:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        try:  # as Python does at exit: a reader that left is no error of ours
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        sys.exit(code)
    except (OSError, ValueError):
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
