"""The one domain exception: raised only where the program cannot go on at all."""

from __future__ import annotations


class CchcError(Exception):
    """A condition that stops a command (no repository found, a bad option value).

    `key` and `args` name a message of the catalogue, so that the CLI can say it in the
    user's language; `exit_code` is what the process returns.
    """

    def __init__(self, key: str, exit_code: int = 2, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.exit_code = exit_code
        self.args_ = args
