"""The kinds of file of a repository: a plain enum, cheap to import (the CLI's start-up)."""

from __future__ import annotations

from enum import StrEnum


class SchemaKind(StrEnum):
    """The kinds of file of a repository (the same names as `cchc.load.discover.FileKind`)."""

    plan = "plan"
    units = "units"
    updates = "updates"
    measurements = "measurements"
    config = "config"
