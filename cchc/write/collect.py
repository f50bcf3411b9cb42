"""`cchc collect`: what a filled form asks to record, checked as `update` and `measure` check.

Writes nothing itself: it builds, with `cchc.write.records` (which makes, without writing,
the file `update`/`measure` would write, and checks it with the rules of `check`), what
`cchc collect` will write; so it sits with the writers (tests/test_layers.py).

For a form (`cchc.load.forms.Form`) and the repository, `plan` gives either the entries to
write or the problems, each at its sheet, row and column:

- the form must have been made for this repository (its name), a plan of it and a unit of
  it (and the unit asked for with `--unit`, if any): else `form-other-repository`,
  `form-other-plan`, `form-other-unit`, and nothing of the form is read further;
- progress rows: a row whose four cells to fill are empty is unchanged and skipped; a row
  with something filled needs a status (`form-status-required`) in the form's words, its
  English or Vietnamese word, or the canonical one (`form-bad-status`); the date is a date
  cell, `31/3/2023` or `2023-03-31` (`form-bad-date`), blank meaning the as-of date of the
  collection; evidence items are separated by `;` or line breaks. The record then goes
  through `new_record` (the rules of `cchc update`), its problems placed on the cell of the
  field they are about;
- readings: a cell left as the form had it is unchanged; a number (`96,5` and `96.5%` are
  read too, else `form-bad-number`) goes through `new_reading` (the rules of `cchc measure`);
  a cell emptied is not a deletion and is skipped;
- an entry the repository already holds (the same record, or a reading of the same value)
  is skipped, so collecting the same form twice writes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from cchc import i18n
from cchc.diagnostics import Diagnostic, error, warning
from cchc.load.forms import FilledCell, FilledRow, Form, Value
from cchc.model.form import DATE_COL, EVIDENCE_COL, NOTE_COL, STATUS_COL, STATUSES
from cchc.model.registry import Registry
from cchc.model.repository import PlanData, Repository
from cchc.write.records import new_reading, new_record

# Which cell a problem of a record's field belongs on.
_RECORD_COLUMNS = {"status": STATUS_COL, "date": DATE_COL, "evidence": EVIDENCE_COL,
                   "note": NOTE_COL}


@dataclass
class Plan:
    """What one form will write, and what is wrong with it."""

    form: Form
    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row, record)
    readings: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    skipped: int = 0  # rows or cells unchanged, or already recorded
    bad_rows: set[int] = field(default_factory=set)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.problems if d.is_error]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def status_of(value: str) -> str | None:
    """A status from the words of either language, or the canonical word."""
    wanted = _fold(value).replace("_", "-")
    for status in STATUSES:
        words = {status, status.replace("-", " ")} | {
            _fold(i18n.t(lang, "status." + status)) for lang in i18n.LANGUAGES}
        if wanted in words:
            return status
    return None


def date_of(value: Value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    found = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if found:
        try:
            return dt.date(int(found[3]), int(found[2]), int(found[1]))
        except ValueError:
            return None
    return None


def number_of(value: Value) -> float | None:
    if isinstance(value, float):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip("%").strip().replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _evidence(value: Value) -> list[str]:
    if value is None:
        return []
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def _text(value: Value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return value


def check_target(form: Form, repo: Repository, registry: Registry, repository: str,
                 unit: str | None) -> list[Diagnostic]:
    """The form's metadata against the repository: made for it, its plan, its unit."""
    meta = form.meta
    where = (form.path, 1, 1)
    if meta.repository != repository:
        return [error(*where, "form-other-repository", made=meta.repository, here=repository)]
    if meta.plan not in repo.plans:
        return [error(*where, "form-other-plan", plan=meta.plan,
                      known=", ".join(sorted(repo.plans)) or "-")]
    if meta.unit and not registry.exists(meta.unit):
        return [error(*where, "form-other-unit", unit=meta.unit, wanted="-")]
    if unit is not None and meta.unit and meta.unit not in registry.expand(unit) \
            and meta.unit != unit:
        return [error(*where, "form-other-unit", unit=meta.unit, wanted=unit)]
    return []


def _placed(form: Form, row: int, column_of: dict[str, int], default: int, rel_content: bytes,
            problems: list[Diagnostic]) -> list[Diagnostic]:
    """Problems of a record or reading file moved onto the form's cells."""
    lines = rel_content.decode("utf-8").splitlines()
    out = []
    for d in problems:
        key = ""
        if 0 < d.line <= len(lines):
            key = lines[d.line - 1].strip().lstrip("- ").split(":", 1)[0]
        column = column_of.get(key, default)
        make = error if d.is_error else warning
        out.append(make(form.path, row, column, d.code, **dict(d.args)))
    return out


def _known_records(pd: PlanData) -> set[tuple[Any, ...]]:
    return {(r.value.task, r.value.unit, r.value.date, r.value.status, _period_text(r.value),
             r.value.note or None, tuple(r.value.evidence)) for r in pd.records}


def _period_text(record: Any) -> str | None:
    period = getattr(record, "period", None)
    if period is None:
        return None
    if isinstance(period, tuple):
        return str(period[0])
    return str(period)


def plan_records(form: Form, repo: Repository, registry: Registry, as_of: dt.date) -> Plan:
    """The records a progress form asks for (see the module doc)."""
    out = Plan(form)
    pd = repo.plans[form.meta.plan]
    known = _known_records(pd)
    for r in form.rows:
        out.problems += _row(out, r, pd, repo, registry, as_of, known)
    return out


def _row(out: Plan, r: FilledRow, pd: PlanData, repo: Repository, registry: Registry,
         as_of: dt.date, known: set[tuple[Any, ...]]) -> list[Diagnostic]:
    form = out.form
    if r.status is None and r.date is None and r.evidence is None and r.note is None:
        out.skipped += 1
        return []
    problems: list[Diagnostic] = []
    status = status_of(str(r.status)) if isinstance(r.status, str) else None
    if r.status is None:
        problems.append(error(form.path, r.row, STATUS_COL, "form-status-required",
                              sheet=form.sheet, cell=f"F{r.row}"))
    elif status is None:
        problems.append(error(form.path, r.row, STATUS_COL, "form-bad-status",
                              value=_text(r.status) or "", sheet=form.sheet, cell=f"F{r.row}",
                              choices=", ".join(i18n.t(form.meta.lang, "status." + s)
                                                for s in STATUSES)))
    day = as_of if r.date is None else date_of(r.date)
    if day is None:
        problems.append(error(form.path, r.row, DATE_COL, "form-bad-date",
                              value=_text(r.date) or "", sheet=form.sheet, cell=f"G{r.row}"))
    if problems:
        out.bad_rows.add(r.row)
        return problems
    assert status is not None and day is not None
    data: dict[str, Any] = {"task": r.task, "unit": form.meta.unit, "date": day,
                            "status": status, "period": r.period or None,
                            "note": _text(r.note), "evidence": _evidence(r.evidence)}
    _, content, found = new_record(repo, registry, pd, data)
    placed = _placed(form, r.row, _RECORD_COLUMNS, STATUS_COL, content, found)
    if any(d.is_error for d in placed):
        out.bad_rows.add(r.row)
        return placed
    key = (r.task, form.meta.unit, day, status, r.period or None, data["note"],
           tuple(data["evidence"]))
    if key in known or (r.date is None and _recorded_since(pd, key, form.meta.as_of)):
        out.skipped += 1
        return []
    out.records.append((r.row, data))
    return placed


def _recorded_since(pd: PlanData, key: tuple[Any, ...], since: dt.date) -> bool:
    """A row without a date is dated the day it is collected: already recorded when the
    same record, dated on or after the form was made, is in the repository."""
    task, unit, _, status, period, note, evidence = key
    for r in pd.records:
        v = r.value
        if (v.task, v.unit, v.status, _period_text(v), v.note or None, tuple(v.evidence)) == (
                task, unit, status, period, note, evidence) and v.date >= since:
            return True
    return False


def plan_readings(form: Form, repo: Repository, registry: Registry) -> Plan:
    """The readings a grid asks for (see the module doc)."""
    out = Plan(form)
    pd = repo.plans[form.meta.plan]
    current = {(m.reading.value.indicator, m.reading.value.unit, m.period): m.reading.value.value
               for m in pd.readings}
    period = form.meta.period
    for c in form.cells:
        out.problems += _cell(out, c, pd, repo, registry, period, current)
    return out


def _cell(out: Plan, c: FilledCell, pd: PlanData, repo: Repository, registry: Registry,
          period: str, current: dict[tuple[str, str | None, str], float]) -> list[Diagnostic]:
    form = out.form
    if c.value is None:
        out.skipped += 1
        return []
    value = number_of(c.value)
    if value is None:
        out.bad_rows.add(c.row)
        return [error(form.path, c.row, c.column, "form-bad-number", value=_text(c.value) or "",
                      sheet=form.sheet, cell=_address(c.row, c.column))]
    if c.before is not None and value == c.before:
        out.skipped += 1
        return []
    if current.get((c.indicator, c.unit, period)) == value:
        out.skipped += 1
        return []
    data = {"period": period, "source": form.source,
            "value": {"indicator": c.indicator, "unit": c.unit, "value": value}}
    _, content, found = new_reading(repo, registry, pd, data)
    placed = _placed(form, c.row, {}, c.column, content, found)
    if any(d.is_error for d in placed):
        out.bad_rows.add(c.row)
        return placed
    out.readings.append((c.row, c.column, {"indicator": c.indicator, "unit": c.unit,
                                           "value": value}))
    return placed


def _address(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"
