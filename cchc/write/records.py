"""Building, validating and writing one progress record or one indicator reading.

A new entry is validated with the same model and the same rules as `check` applies to the
files already stored (`cchc.validate.records`), against the repository as loaded. Only when
it has no error is it written, as a new file whose name cannot collide with another writer's.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from cchc.diagnostics import Diagnostic, error
from cchc.load import schema
from cchc.load.repository import reading_period_label
from cchc.load.yamlread import Document
from cchc.model.records import MeasurementsFile, Record
from cchc.model.registry import Registry
from cchc.model.repository import Located, Measured, PlanData, Repository
from cchc.model.schemas import FOLDER, file_name, modeline
from cchc.validate.records import ReadingKey, check_reading, check_record
from cchc.write.atomic import create_new, unique_name

_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-") or "x"


def _dump(data: Any, repo: Repository, rel: str, kind: str) -> bytes:
    """The file's bytes; in a repository that ships schema/, the editor's schema line first."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=100)
    if (repo.root / FOLDER / file_name(kind)).is_file():
        text = modeline(rel, kind) + text
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], ())}


def new_record(repo: Repository, registry: Registry, pd: PlanData, data: dict[str, Any],
               ) -> tuple[str, bytes, list[Diagnostic]]:
    """The relative path and bytes of a new record file, and its diagnostics."""
    data = _clean(data)
    date = data["date"]
    stem = f"{date.isoformat()}_{_slug(str(data['task']))}_{_slug(str(data['unit']))}"
    rel = f"plans/{pd.handle}/updates/{date.year}/{unique_name(stem)}"
    content = _dump(data, repo, rel, "updates")
    doc = Document(rel, content.decode("utf-8"), data)
    record, _, problems = schema.validate(Record, data, doc)
    if record is not None:
        problems += check_record(pd, registry, repo.config, Located(record, doc, ()))
    return rel, content, problems


def new_reading(repo: Repository, registry: Registry, pd: PlanData, data: dict[str, Any],
                ) -> tuple[str, bytes, list[Diagnostic]]:
    """The relative path and bytes of a new measurements file with one reading."""
    value = _clean(data["value"])
    file_data = _clean({"period": data["period"], "source": data.get("source"),
                        "values": [value]})
    label = str(data["period"])
    rel = (f"plans/{pd.handle}/measurements/{label[:4]}/"
           + unique_name(f"{_slug(label)}_{_slug(str(value.get('indicator')))}"
                         + (f"_{_slug(str(value['unit']))}" if value.get("unit") else "")))
    content = _dump(file_data, repo, rel, "measurements")
    doc = Document(rel, content.decode("utf-8"), file_data)
    model, _, problems = schema.validate(MeasurementsFile, file_data, doc)
    if model is None:
        return rel, content, problems
    written, span = model.period
    period = reading_period_label(span)
    if period is None:
        line, col = doc.locate(("period",))
        return rel, content, [*problems, error(rel, line, col, "bad-reading-period",
                                              value=written)]
    seen: dict[ReadingKey, Measured] = {}
    for m in pd.readings:
        seen.setdefault((m.reading.value.indicator, m.reading.value.unit, m.period), m)
    new = Measured(Located(model.values[0], doc, ("values", 0)), period, span, model.source)
    problems += check_reading(pd, registry, new, seen)
    return rel, content, problems


def record_list(repo: Repository, pd: PlanData, items: list[dict[str, Any]], label: str,
                ) -> tuple[str, bytes]:
    """The path and bytes of one new updates file holding several records (docs/format.md,
    "Progress records", allows a list), for `cchc collect`; each item is checked with
    `new_record` first."""
    cleaned = [_clean(item) for item in items]
    date = max(item["date"] for item in cleaned)
    rel = (f"plans/{pd.handle}/updates/{date.year}/"
           + unique_name(f"{date.isoformat()}_{_slug(label)}"))
    return rel, _dump(cleaned, repo, rel, "updates")


def reading_list(repo: Repository, pd: PlanData, period: str, source: str | None,
                 values: list[dict[str, Any]], label: str) -> tuple[str, bytes]:
    """The path and bytes of one new measurements file holding several readings of one
    period, for `cchc collect`; each value is checked with `new_reading` first."""
    file_data = _clean({"period": period, "source": source,
                        "values": [_clean(v) for v in values]})
    rel = (f"plans/{pd.handle}/measurements/{period[:4]}/"
           + unique_name(f"{_slug(period)}_{_slug(label)}"))
    return rel, _dump(file_data, repo, rel, "measurements")


def write(root: Path, rel: str, content: bytes) -> None:
    create_new(root / rel, content)
