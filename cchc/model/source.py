"""Where a value was written: the keys leading to it, and the file that can say its line.

The models hold positions without knowing how files are read: `Source` is what a model object
needs of its file (`cchc.load.yamlread.Document` is one), so that `model/` imports nothing from
`load/` (docs/contributing.md, the layers).
"""

from __future__ import annotations

from typing import Protocol

Key = str | int
Keys = tuple[Key, ...]


class Source(Protocol):
    """A file that turns the keys of a value into (path, line, column), found on demand."""

    def where(self, keys: Keys, *, key: bool = False) -> tuple[str, int, int]: ...
