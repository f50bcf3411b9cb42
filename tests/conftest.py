"""Shared test helpers: tiny repositories written from a dict of path -> YAML text."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

# The CLI picks the language of --help and usage errors from the environment when imported;
# the tests expect English whatever the locale of the machine that runs them.
os.environ["CCHC_LANG"] = "en"
# A bug raises in tests instead of becoming "this is a bug" and exit 3 (cchc/cli/boundary.py),
# so that no test can pass over one.
os.environ["CCHC_RAISE"] = "1"
# A message key missing from a catalogue, or a placeholder without its argument, raises in
# tests instead of printing the key (cchc/i18n/__init__.py); subprocesses inherit it.
os.environ["CCHC_STRICT_MESSAGES"] = "1"

ROOT = Path(__file__).resolve().parent.parent

UNITS = """\
units:
  - id: phong-noi-vu
    name: Phòng Nội vụ
    kind: department
  - id: phong-tu-phap
    name: Phòng Tư pháp
    kind: department
  - id: ubnd-phuong-1
    name: UBND Phường 1
    kind: ward
  - id: ubnd-phuong-2
    name: UBND Phường 2
    kind: ward
  - id: ubnd-xa-binh-minh
    name: UBND Xã Bình Minh
    kind: commune
groups:
  - id: phuong-xa
    name: UBND các phường, xã
    members: [ubnd-phuong-1, ubnd-phuong-2, ubnd-xa-binh-minh]
"""

PLAN = """\
number: 1/KH-UBND
title: Kế hoạch thử
period: 2023
coordinator: phong-noi-vu
sections:
  - id: "1.1"
    title: Mục một
tasks:
  - id: "1.1.1"
    section: "1.1"
    title: Việc một lần
    lead: phong-noi-vu
    due: 2023-03-15
  - id: "1.1.2"
    section: "1.1"
    title: Kế hoạch của từng đơn vị
    lead: phuong-xa
    support: [phong-tu-phap]
    due: trong tháng 02 năm 2023
  - id: "1.1.3"
    section: "1.1"
    title: Báo cáo hằng tháng
    lead: phong-noi-vu
    due: hàng tháng
indicators:
  - id: hai-long
    name: Chỉ số hài lòng
    target: "> 95%"
    per: unit
    units: [phuong-xa]
    frequency: monthly
    owner: phong-noi-vu
"""

# A small history worked by hand, shared by the tests of overdue, gaps, calendar and remind.
# As of 2023-03-31: 1.1.1 (one-off, 2023-03-15) phong-noi-vu in progress, so overdue;
# 1.1.2 (February, phuong-xa): phuong-1 done on time, phuong-2 done late, xa blocked;
# 1.1.3 (monthly, phong-noi-vu): January done (reported 2 February), February missed.
HAND_RECORDS = """\
- task: "1.1.1"
  unit: phong-noi-vu
  date: 2023-03-01
  status: in-progress
- task: "1.1.2"
  unit: ubnd-phuong-1
  date: 2023-02-20
  status: done
  evidence: [KH 1]
- task: "1.1.2"
  unit: ubnd-phuong-2
  date: 2023-03-03
  status: done
  evidence: [KH 2]
- task: "1.1.2"
  unit: ubnd-xa-binh-minh
  date: 2023-02-10
  status: blocked
- task: "1.1.3"
  unit: phong-noi-vu
  date: 2023-02-02
  status: done
  period: 2023-01
  evidence: [BC 1]
"""
# hai-long readings: phuong-1 falls short and worsens, phuong-2 meets and improves, xa none.
HAND_FEBRUARY = """\
period: 2023-02
values:
  - {indicator: hai-long, unit: ubnd-phuong-1, value: 94}
  - {indicator: hai-long, unit: ubnd-phuong-2, value: 97.5}
"""
HAND_MARCH = """\
period: 2023-03
values:
  - {indicator: hai-long, unit: ubnd-phuong-1, value: 93.456}
  - {indicator: hai-long, unit: ubnd-phuong-2, value: 98}
"""

RepoWriter = Callable[[dict[str, str]], Path]


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands cache validated files; in tests, never in the user's cache directory."""
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def write_files(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def make_repo(tmp_path: Path) -> RepoWriter:
    """Write a repository: the standard units and plan, overridden or extended by `files`."""

    def make(files: dict[str, str]) -> Path:
        base = {"cchc.yaml": "language: en\n", "units/units.yaml": UNITS,
                "plans/p/plan.yaml": PLAN}
        base.update(files)
        return write_files(tmp_path / "repo", {k: v for k, v in base.items() if v is not None})

    return make
