"""What `cchc collect` prints: each problem at its form's sheet and cell, each entry to write."""

from __future__ import annotations

from typing import Any

from cchc import i18n
from cchc.diagnostics import Diagnostic
from cchc.model.registry import Registry

# Problems of the whole file, with no cell to name.
FILE_LEVEL = frozenset({"form-unreadable", "form-unknown", "form-tampered",
                        "form-other-repository", "form-other-plan", "form-other-unit"})


def problem(d: Diagnostic, sheet: str | None, lang: str) -> str:
    """`tan-lap.xlsx: trang Tiến độ, ô F7: lỗi: ... [form-bad-status]`"""
    from openpyxl.utils import get_column_letter

    where = ""
    if sheet is not None and d.code not in FILE_LEVEL:
        cell = f"{get_column_letter(d.column)}{d.line}"
        where = i18n.t(lang, "collect.where", sheet=sheet, cell=cell) + ": "
    # `error`/`warning` stay as written in every language, as in `cchc check`'s lines.
    return f"{d.path}: {where}{d.severity.value}: {d.message(lang)} [{d.code}]"


def record(data: dict[str, Any], lang: str) -> str:
    period = (i18n.t(lang, "collect.period-of", period=data["period"])
              if data.get("period") else "")
    return i18n.t(lang, "collect.record", task=data["task"], period=period,
                  status=i18n.t(lang, "status." + data["status"]),
                  date=i18n.format_date_short(lang, data["date"]))


def reading(data: dict[str, Any], registry: Registry, lang: str) -> str:
    unit = registry.name(data["unit"]) if data.get("unit") else i18n.t(lang, "word.locality")
    return i18n.t(lang, "collect.reading", indicator=data["indicator"], unit=unit,
                  value=i18n.format_number(lang, data["value"]))
