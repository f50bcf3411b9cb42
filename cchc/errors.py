"""The program's exceptions: raised only where a command cannot go on, caught in one place.

`cchc/cli/boundary.py` is that place: it turns a `CchcError` into its sentence and exit code,
a `Stop` into its exit code alone, and anything else into a one-sentence bug report.
"""

from __future__ import annotations


class CchcError(Exception):
    """A condition that stops a command (no repository found, a bad option value).

    `key` and `args` name a message of the catalogue, so that it is said in the user's
    language (`lang`, when the raiser knows it); `exit_code` is what the process returns.
    """

    def __init__(self, key: str, exit_code: int = 2, *, lang: str | None = None,
                 **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.exit_code = exit_code
        self.lang = lang
        self.args_ = args


class Stop(Exception):  # noqa: N818 (not an error: the command has said what it had to say)
    """End the command with this exit code; everything the user needs was already printed."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


class ClosedOutput(Exception):  # noqa: N818 (the reader left: not an error of anyone's)
    """Standard output was closed by its reader (`cchc status | head -1`): stop quietly."""
