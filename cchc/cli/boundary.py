"""The one error boundary: every way a command can end, turned into an exit code and at most
one sentence, in the user's language. Entered once, by `LazyGroup.main` (`cchc/cli/app.py`),
or by `cchc/cli/direct.py` for a command run without Typer (then no ending of Typer's or
Click's can occur, and neither is imported).

- `CchcError` (a domain error): its sentence, its exit code.
- `Stop`: its exit code; the command already said what it had to.
- A usage error of the parser (missing option, bad value): its sentence, exit 2.
- A closed pipe on stdout (`cchc status | head -1`): quiet, exit 0.
- Any other `OSError` (no space left, permission, a name too long): one sentence naming the
  path (or standard output), exit 1.
- Ctrl-C: exit 130.
- A library cchc needs is not installed (a `git pull` without reinstalling): the command
  that installs it, exit 1.
- Anything else is a bug: one sentence saying so and where the traceback was written (a log
  file in the cache folder), exit 3. With `CCHC_RAISE=1` (the test suite sets it) the
  exception propagates instead, so a bug can never hide behind exit 3.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cchc import i18n
from cchc.cli.language import language_of
from cchc.errors import CchcError, ClosedOutput, Stop

BUG_EXIT = 3
INTERRUPTED_EXIT = 130


def handle(exc: BaseException, argv: Sequence[str]) -> int:
    """Say what `exc` means to the user (on stderr) and return the exit code."""
    if isinstance(exc, Stop):
        return exc.exit_code
    if isinstance(exc, CchcError):
        _say(i18n.t(exc.lang or language_of(argv), exc.key, **exc.args_))
        return exc.exit_code
    if "typer" in sys.modules:  # Typer's and Click's endings (none without them: cli/direct.py)
        code = _parser_ending(exc, argv)
        if code is not None:
            return code
    if isinstance(exc, KeyboardInterrupt):
        _say(i18n.t(language_of(argv), "error.interrupted"))
        return INTERRUPTED_EXIT
    if isinstance(exc, ClosedOutput | BrokenPipeError) or (isinstance(exc, OSError)
                                             and exc.errno == errno.EPIPE):
        _silence_stdout()
        return 0
    if isinstance(exc, OSError):
        lang = language_of(argv)
        reason = exc.strerror or type(exc).__name__
        if exc.filename is not None:
            _say(i18n.t(lang, "error.os-path", path=_short(os.fsdecode(exc.filename)),
                        reason=reason))
        else:
            _say(i18n.t(lang, "error.os-output", reason=reason))
        return 1
    if isinstance(exc, ModuleNotFoundError) and not (exc.name or "cchc").startswith("cchc"):
        # a library cchc needs is missing: an installation older than the code (a `git pull`
        # without reinstalling), not a bug of the program
        _say(i18n.t(language_of(argv), "error.missing-library", name=exc.name))
        return 1
    if isinstance(exc, UnicodeEncodeError):
        _say(i18n.t(language_of(argv), "error.encoding", encoding=exc.encoding))
        return 1
    if os.environ.get("CCHC_RAISE") == "1":
        raise exc
    log = _write_log(exc, argv)
    lang = language_of(argv)
    _say(i18n.t(lang, "error.bug", kind=type(exc).__name__, log=str(log)) if log else
         i18n.t(lang, "error.bug-no-log", kind=type(exc).__name__))
    return BUG_EXIT


def _parser_ending(exc: BaseException, argv: Sequence[str]) -> int | None:
    """The exit code of an ending of Typer's or Click's, said as the catalogue says it."""
    from typer import Abort, Exit

    # The parser's usage errors: Typer 0.29 carries its own copy of Click's (`typer._click`);
    # pyproject.toml pins Typer to the versions that do.
    from typer._click.exceptions import ClickException, UsageError

    if isinstance(exc, Exit):
        return exc.exit_code
    if isinstance(exc, UsageError):  # Click's words replaced by the catalogue's (cli/usage.py)
        from cchc.cli import usage

        if said := usage.show(exc, language_of(argv)):
            _say(said)
        return exc.exit_code
    if isinstance(exc, ClickException):
        exc.show()
        return exc.exit_code
    if isinstance(exc, Abort):
        _say(i18n.t(language_of(argv), "error.interrupted"))
        return INTERRUPTED_EXIT
    return None


def tolerate_encodings() -> None:
    """On a terminal that cannot show Vietnamese (PYTHONIOENCODING=ascii, an old Windows
    code page), text shows with `?` instead of failing; files and pipes of data formats get
    UTF-8 bytes anyway (`cchc.session.write_out`)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr itself is gone: nothing more can be said
        pass


def _silence_stdout() -> None:
    """After a closed pipe, the interpreter's final flush of stdout would fail again:
    point stdout at the null device (the recipe of Python's `signal` documentation)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests): nothing to do
        pass


def _write_log(exc: BaseException, argv: Sequence[str]) -> Path | None:
    """The traceback, in `crash-<time>.log` of the cache folder; None when it cannot be."""
    import traceback

    from cchc import __version__
    from cchc.load.cache import default_dir

    try:
        folder = default_dir(os.environ)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"crash-{stamp}.log"
        text = (f"cchc {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
                f"argv: {list(argv)!r}\n\n"
                + "".join(traceback.format_exception(exc)))
        with open(path, "x", encoding="utf-8") as f:
            f.write(text)
        return path
    except Exception:  # noqa: BLE001 - the log is a courtesy; the sentence is said anyway
        return None
