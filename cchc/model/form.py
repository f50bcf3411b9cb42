"""The shape of a cchc Excel form, shared by its writer (`cchc.render.xlsx_form`) and its
reader (`cchc.load.forms`): where things are, what the form was made for, its checksum.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

META_SHEET = "cchc"
MAGIC = "cchc-form"
VERSION = "1"
HEADER_ROW = 5
FIRST_ROW = HEADER_ROW + 1
META_KEYS = ("kind", "repository", "plan", "unit", "as_of", "period", "lang")
COPY_ROW = 20  # first row of the copy of the protected cells on the hidden sheet
COPY_MARK = "#"
STATUS_COL, DATE_COL, EVIDENCE_COL, NOTE_COL = 6, 7, 8, 9
STATUSES = ("in-progress", "done", "blocked")
SOURCE_CELL = "B3"


@dataclass(frozen=True)
class FormMeta:
    """What a form was made for."""

    kind: str  # "tasks" or "readings"
    repository: str
    plan: str
    unit: str  # the unit (tasks), the owner or "" (readings)
    as_of: dt.date
    period: str  # readings only, else ""
    lang: str

    def values(self) -> dict[str, str]:
        return {"kind": self.kind, "repository": self.repository, "plan": self.plan,
                "unit": self.unit, "as_of": self.as_of.isoformat(), "period": self.period,
                "lang": self.lang}


def checksum(meta: dict[str, str], copy: Sequence[Sequence[str]]) -> str:
    """A checksum over what the form was made for and every protected cell (rows compared
    without their trailing blanks, which a sheet does not keep)."""
    rows = []
    for r in copy:
        row = list(r)
        while row and row[-1] == "":
            row.pop()
        rows.append(row)
    text = json.dumps([meta, rows], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
