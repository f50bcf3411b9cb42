"""The pipeline in one call: find → load → validate. Commands start here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cchc.diagnostics import Diagnostic, count_errors
from cchc.load.repository import load_repository
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.validate import validate


@dataclass
class Loaded:
    repo: Repository
    registry: Registry
    diagnostics: list[Diagnostic]  # sorted by path, line, column

    @property
    def errors(self) -> int:
        return count_errors(self.diagnostics)


def load(root: Path) -> Loaded:
    repo = load_repository(root)
    registry = Registry(repo.units, repo.groups, repo.declared_units)
    return Loaded(repo, registry, validate(repo, registry))


def today_in_vietnam(now: dt.datetime | None = None) -> dt.date:
    """Today in Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam keeps no daylight saving)."""
    now = now or dt.datetime.now(dt.UTC)
    return (now.astimezone(dt.UTC) + dt.timedelta(hours=7)).date()
