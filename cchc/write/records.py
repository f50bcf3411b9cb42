"""Building, validating and writing one progress record or one indicator reading.

A new entry is validated with the same model and the same rules as `check` applies to the
files already stored (`cchc.validate.records`), against the repository as loaded, and on the
bytes that will be stored, read back with the repository reader (`cchc.load.yamlread`): what
`check` will read is what the clerk meant, or nothing is written. Only when it has no error is
it written, as a new file whose name sorts in filing order (`cchc.write.names`) inside a
folder that stays in the repository (`cchc.write.paths`).
"""

from __future__ import annotations

import math
import re
import secrets
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cchc.diagnostics import Diagnostic, error
from cchc.errors import CchcError
from cchc.load import schema
from cchc.load.readfile import reading_period_label
from cchc.load.yamlread import Document, parse
from cchc.model.deadlines import DeadlineError, period_label
from cchc.model.records import MeasurementsFile, Record
from cchc.model.registry import Registry
from cchc.model.repository import Located, Measured, PlanData, Repository
from cchc.model.schemas import FOLDER, file_name, modeline
from cchc.validate.records import ReadingKey, check_reading, check_record
from cchc.write.atomic import create_inside
from cchc.write.names import filed_name

_SURROGATE = re.compile("[\ud800-\udfff]")
_TOKEN = re.compile(r"_[0-9a-f]{8}(\.ya?ml)$")


@dataclass
class Entry:
    """A new entry, ready to be written: where, its bytes, its problems, and what it means.

    `meant` is the data the repository reader must read back from `content`; `already`, the
    place (`path:line`) of the same entry recorded before, when there is one: nothing to write.
    """

    rel: str
    content: bytes
    problems: list[Diagnostic]
    meant: Any = None
    already: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Any]:  # `rel, content, problems = entry`
        return iter((self.rel, self.content, self.problems))


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def _not_text(rel: str, value: Any, where: str = "") -> list[Diagnostic]:
    """Text that is not Unicode: lone surrogates, which is what Python makes of argument
    bytes that are not UTF-8 (a note typed in a legacy code page)."""
    if isinstance(value, str):
        m = _SURROGATE.search(value)
        if m is None:
            return []
        code = ord(m.group())
        # surrogateescape keeps an undecodable byte b as the code point U+DC00 + b
        shown = f"0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"U+{code:04X}"
        return [error(rel, 1, 1, "not-unicode", field=where or "-", byte=shown)]
    if isinstance(value, list | tuple):
        return [d for v in value for d in _not_text(rel, v, where)]
    if isinstance(value, dict):
        return [d for k, v in value.items() for d in _not_text(rel, v, where or str(k))]
    return []


def _dump(data: Any, repo: Repository, rel: str, kind: str) -> bytes:
    """The file's bytes; in a repository that ships schema/, the editor's schema line first.
    `data` is already NFC: normalising the text after dumping could change its YAML."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=100)
    if (repo.root / FOLDER / file_name(kind)).is_file():
        text = modeline(rel, kind) + text
    return text.encode("utf-8")


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], ())}


def _read_back(rel: str, content: bytes) -> tuple[Document | None, list[Diagnostic]]:
    """The bytes as the repository reader reads them, or why it cannot."""
    doc, problems = parse(rel, content)
    if doc is None or problems:
        return None, problems or [error(rel, 1, 1, "write-roundtrip")]
    return doc, []


def _same(doc: Document, meant: Any) -> bool:
    return bool(doc.data == meant)


def _canonical_period(value: Any) -> Any:
    """A period as its canonical label (`quý 1/2023` → `2023-Q1`); left as given when it is
    no period, for the model to say so."""
    if value is None:
        return None
    try:
        return period_label(value)
    except (DeadlineError, TypeError, ValueError):
        return value


def new_record(repo: Repository, registry: Registry, pd: PlanData, data: dict[str, Any],
               ) -> Entry:
    """The relative path and bytes of a new record file, and its diagnostics."""
    data = _clean(data)
    if "period" in data:
        data["period"] = _canonical_period(data["period"])
    date = data["date"]
    folder = f"plans/{pd.handle}/updates/{date.year}"
    name = filed_name(date.isoformat(), [str(data["task"]), str(data["unit"])],
                      repo.root / folder)
    rel = f"{folder}/{name}"
    bad = _not_text(rel, data)
    if bad:
        return Entry(rel, b"", bad)
    meant = _nfc(data)
    content = _dump(meant, repo, rel, "updates")
    doc, problems = _read_back(rel, content)
    if doc is None:
        return Entry(rel, content, problems, meant)
    record, _, problems = schema.validate(Record, doc.data, doc)
    if record is not None:
        problems += check_record(pd, registry, repo.config, Located(record, doc, ()))
    if not any(d.is_error for d in problems) and not _same(doc, meant):
        problems.append(error(rel, 1, 1, "write-roundtrip"))
    entry = Entry(rel, content, problems, meant)
    if record is not None and not any(d.is_error for d in problems):
        entry.already = _recorded(pd, record, rel)
    return entry


def _recorded(pd: PlanData, new: Record, rel: str) -> str | None:
    """Where the same record already stands last for its task and unit (so filing it again
    changes nothing), or None."""
    same_place = [r for r in pd.records if r.value.task == new.task and r.value.unit == new.unit]
    def order(r: Located[Record]) -> tuple[Any, ...]:
        return (r.value.date, r.where()[0], r.keys)

    before = [r for r in same_place if (r.value.date, r.where()[0]) <= (new.date, rel)]
    if not before:
        return None
    last = max(before, key=order)
    old = last.value
    if (old.status, old.span, old.note, tuple(old.evidence)) != (
            new.status, new.span, new.note, tuple(new.evidence)) or old.date != new.date:
        return None
    if (old.period is None) != (new.period is None):
        return None
    path, line, _ = last.where()
    return f"{path}:{line}"


def new_reading(repo: Repository, registry: Registry, pd: PlanData, data: dict[str, Any],
                typed: str | None = None) -> Entry:
    """The relative path and bytes of a new measurements file with one reading (`typed`: the
    value as the clerk typed it, for messages)."""
    value = _clean(data["value"])
    label = _canonical_period(data["period"])
    file_data = _clean({"period": label, "source": data.get("source"), "values": [value]})
    year = str(label).split("-", 1)[0] if isinstance(label, str) else ""
    folder = (f"plans/{pd.handle}/measurements/{year}" if year.isdigit()
              else f"plans/{pd.handle}/measurements")
    parts = [str(value.get("indicator"))] + ([str(value["unit"])] if value.get("unit") else [])
    rel = f"{folder}/{filed_name(str(label), parts, repo.root / folder)}"
    bad = _not_text(rel, file_data)
    if bad:
        return Entry(rel, b"", bad)
    number = value.get("value")
    if isinstance(number, float) and not math.isfinite(number):
        return Entry(rel, b"", [error(rel, 1, 1, "bad-value", field="value",
                                      value=typed or str(number))])
    meant = _nfc(file_data)
    content = _dump(meant, repo, rel, "measurements")
    doc, problems = _read_back(rel, content)
    if doc is None:
        return Entry(rel, content, problems, meant)
    model, _, problems = schema.validate(MeasurementsFile, doc.data, doc)
    if model is None or not model.values:  # the reading itself was refused: said above
        return Entry(rel, content, problems, meant)
    written, span = model.period
    period = reading_period_label(span)
    if period is None:
        line, col = doc.locate(("period",))
        return Entry(rel, content, [*problems, error(rel, line, col, "bad-reading-period",
                                                     value=written)], meant)
    seen: dict[ReadingKey, Measured] = {}
    for m in pd.readings:
        seen.setdefault((m.reading.value.indicator, m.reading.value.unit, m.period), m)
    new = Measured(Located(model.values[0], doc, ("values", 0)), period, span, model.source)
    earlier = seen.get((new.reading.value.indicator, new.reading.value.unit, period))
    found = list(check_reading(pd, registry, new, seen))
    if earlier is not None and earlier.reading.value.value == new.reading.value.value:
        path, line, _ = earlier.reading.where()
        found = [d for d in found if d.code != "duplicate-reading"]
        entry = Entry(rel, content, problems + found, meant)
        entry.already = f"{path}:{line}"
        return entry
    problems += found
    if not any(d.is_error for d in problems) and not _same(doc, meant):
        problems.append(error(rel, 1, 1, "write-roundtrip"))
    return Entry(rel, content, problems, meant)


def record_list(repo: Repository, pd: PlanData, items: list[dict[str, Any]], label: str,
                ) -> tuple[str, bytes]:
    """The path and bytes of one new updates file holding several records (docs/format.md,
    "Progress records", allows a list), for `cchc collect`; each item is checked with
    `new_record` first."""
    cleaned = [_nfc(_clean(item)) for item in items]
    date = max(item["date"] for item in cleaned)
    folder = f"plans/{pd.handle}/updates/{date.year}"
    rel = f"{folder}/{filed_name(date.isoformat(), [label], repo.root / folder)}"
    return rel, _dump(cleaned, repo, rel, "updates")


def reading_list(repo: Repository, pd: PlanData, period: str, source: str | None,
                 values: list[dict[str, Any]], label: str) -> tuple[str, bytes]:
    """The path and bytes of one new measurements file holding several readings of one
    period, for `cchc collect`; each value is checked with `new_reading` first."""
    canonical = _canonical_period(period)
    file_data = _nfc(_clean({"period": canonical, "source": source,
                             "values": [_clean(v) for v in values]}))
    year = str(canonical).split("-", 1)[0]
    folder = (f"plans/{pd.handle}/measurements/{year}" if year.isdigit()
              else f"plans/{pd.handle}/measurements")
    rel = f"{folder}/{filed_name(str(canonical), [label], repo.root / folder)}"
    return rel, _dump(file_data, repo, rel, "measurements")


def write(root: Path, rel: str, content: bytes, meant: Any = None) -> str:
    """Create the new file `rel`; returns the path written (relative, `/` separators).

    Before the file gets its name, its bytes are read back from the disk with the repository
    reader and must be exactly `content` and mean `meant`. On the (astronomically rare) clash
    of two writers' names, a new token is drawn.
    """
    for _ in range(5):
        try:
            create_inside(root, rel, content, _verifier(rel, content, meant))
            return rel
        except FileExistsError:
            rel = _TOKEN.sub(lambda m: f"_{secrets.token_hex(4)}{m.group(1)}", rel)
    raise CchcError("write.failed", 1, path=rel, reason="name taken")


def _verifier(rel: str, content: bytes, meant: Any) -> Any:
    def verify(temp: Path) -> None:
        raw = temp.read_bytes()
        doc, problems = parse(rel, raw)
        if raw != content or doc is None or problems or (meant is not None
                                                         and not _same(doc, meant)):
            raise CchcError("write.readback", 1, path=rel)
    return verify
