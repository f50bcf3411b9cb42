"""Odd text in the writers' arguments (issue 11, item 10's class): any note, evidence or
source, lone surrogates, control characters, line separators, BOMs and combining marks
included, is either written so that `check` reads back exactly the NFC of what was typed, or
refused with a diagnostic; never a file that fails `check`, never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import textwrap
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.load.discover import SourceFile
from cchc.load.repository import read_file
from cchc.model.records import MeasurementsFile, Record
from cchc.pipeline import load
from cchc.write.records import new_reading, new_record, write
from tests.conftest import PLAN, UNITS

EXAMPLES = 3000 if os.environ.get("CCHC_FUZZ") else 150
ANY = st.text(st.characters(exclude_categories=()), max_size=30)  # surrogates too
TRICKY = st.lists(st.sampled_from(["\u2028", "\u2029", "\x85", "\ufeff", "\u0301", "\x00",
                                  "\t", "\r", "\n", "\x1b", "#", ":", "- ", "'", '"', "*",
                                  "&", "!", "%", "@", "`", "|", ">", "{", "[", "?", " ",
                                  "\udcff", "\ud800", "a", "ư", "010", "1:30", "0x1F",
                                  "~", "null", "no", "2023-02-30"]), max_size=12).map("".join)
TEXT = st.one_of(ANY, TRICKY)


def _repo() -> Path:
    root = Path(tempfile.mkdtemp(prefix="cchc-fuzz-writes-"))
    for rel, text in {"cchc.yaml": "language: en\n", "units/units.yaml": UNITS,
                      "plans/p/plan.yaml": PLAN}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


ROOT = _repo()
LOADED = load(ROOT)


def _text_kept(value: str) -> bool:
    return not any(d for d in value if 0xD800 <= ord(d) <= 0xDFFF)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=TEXT, evidence=st.lists(TEXT, max_size=2))
def test_any_note_is_written_as_typed_or_refused(note: str, evidence: list[str]) -> None:
    pd = LOADED.repo.plans["p"]
    data = {"task": "1.1.1", "unit": "phong-noi-vu", "date": dt.date(2023, 3, 1),
            "status": "in-progress", "note": note, "evidence": evidence}
    entry = new_record(LOADED.repo, LOADED.registry, pd, data)
    errors = [d for d in entry.problems if d.is_error]
    if errors:
        # a refusal with its message (an empty note is `empty-text`, a long one too long...)
        if not (_text_kept(note) and all(_text_kept(e) for e in evidence)):
            assert "not-unicode" in {d.code for d in errors}
        return
    assert _text_kept(note) and all(_text_kept(e) for e in evidence)
    rel = write(ROOT, entry.rel, entry.content, entry.meant)
    result = read_file(ROOT, SourceFile(rel, "updates", "p"))
    assert [d for d in result.diagnostics if d.is_error] == []
    [record] = result.records
    # what the model makes of the text as typed (NFC, stripped), read back from the disk
    assert record.value == Record.model_validate(entry.meant)
    assert entry.meant.get("note", "") == unicodedata.normalize("NFC", note) or not note
    (ROOT / rel).unlink()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=TEXT)
def test_any_source_of_a_reading_is_written_as_typed_or_refused(source: str) -> None:
    pd = LOADED.repo.plans["p"]
    data = {"period": "2023-03", "source": source,
            "value": {"indicator": "hai-long", "unit": "ubnd-phuong-1", "value": 96.5}}
    entry = new_reading(LOADED.repo, LOADED.registry, pd, data)
    errors = [d for d in entry.problems if d.is_error]
    if errors:
        assert not _text_kept(source) or {d.code for d in errors} - {"not-unicode"}, errors
        return
    rel = write(ROOT, entry.rel, entry.content, entry.meant)
    result = read_file(ROOT, SourceFile(rel, "measurements", "p"))
    assert [d for d in result.diagnostics if d.is_error] == []
    [reading] = result.readings
    assert reading.source == MeasurementsFile.model_validate(entry.meant).source
    (ROOT / rel).unlink()
