"""The one condition that stops an import: the document cannot be read (exit code 2).

Its own module, so that the readers of each kind of document (`text`, `wordfile`) share it
without importing each other.
"""

from __future__ import annotations


class ReadError(Exception):
    """The document cannot be read; `key` and `args` name a message of the catalogue."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args
