"""What the dashboard and the report list (issue 12, item 6), in both languages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from cchc.compute.summary import Blocked, summarise
from cchc.pipeline import load
from cchc.render import report as report_render
from cchc.render import status as status_render
from cchc.render.output import View
from cchc.render.table import Table
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, RepoWriter

D = dt.date


def _hand(make_repo: RepoWriter) -> Path:
    return make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS,
                      "plans/p/measurements/feb.yaml": HAND_FEBRUARY,
                      "plans/p/measurements/mar.yaml": HAND_MARCH})


def _report(root: Path, as_of: dt.date, lang: str, unit: str | None = None) -> str:
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, as_of, unit=unit)
    view = View(lang, as_of, loaded.registry, "Phường X", unit=unit)
    return report_render.report(status, view)


def _dashboard(root: Path, as_of: dt.date, lang: str) -> str:
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, as_of)
    parts = status_render.dashboard(status, View(lang, as_of, loaded.registry, "Phường X"))
    out: list[str] = []
    for part in parts.blocks:
        if isinstance(part, Table):
            out.append(part.title)
            out += [" | ".join(part.columns)] + [" | ".join(r) for r in part.rows]
        else:
            out.append(part)
    return "\n".join(out)


def test_blocked_work_is_listed_with_since_and_note(make_repo: RepoWriter) -> None:
    extra = ('- {task: "1.1.2", unit: ubnd-xa-binh-minh, date: 2023-03-05, status: blocked,'
             ' note: Chờ hướng dẫn của Sở}\n')
    root = make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS + extra})
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, D(2023, 3, 31))
    # blocked since the first record of its last run of blocked records, with the last note
    assert status.plans[0].blocked == [
        Blocked("1.1.2", "ubnd-xa-binh-minh", D(2023, 2, 10), "Chờ hướng dẫn của Sở")]
    vi = _report(root, D(2023, 3, 31), "vi")
    assert "## Nhiệm vụ vướng mắc (1)" in vi
    assert ("| 1.1.2 | Kế hoạch của từng đơn vị | UBND Xã Bình Minh | ngày 10/2/2023 | "
            "Chờ hướng dẫn của Sở |") in vi
    en = _report(root, D(2023, 3, 31), "en")
    assert "## Blocked work (1)" in en and "| 10 February 2023 |" in en
    board = _dashboard(root, D(2023, 3, 31), "vi")
    assert "Vướng mắc (1)" in board
    assert "UBND Xã Bình Minh (ubnd-xa-binh-minh) | 10/2/2023 | Chờ hướng dẫn của Sở" in board


@pytest.mark.parametrize(("lang", "row"), [
    ("vi", "| 1.1.2 | Kế hoạch của từng đơn vị | ngày 28/2/2023 | UBND Phường 1, UBND Phường 2,"
           " UBND Xã Bình Minh (3) | 31 | 1 | chưa thực hiện |"),
    ("en", "| 1.1.2 | Kế hoạch của từng đơn vị | 28 February 2023 | UBND Phường 1, UBND Phường 2,"
           " UBND Xã Bình Minh (3) | 31 | 1 | not started |"),
])
def test_overdue_for_many_units_is_one_row(make_repo: RepoWriter, lang: str, row: str) -> None:
    text = _report(make_repo({}), D(2023, 3, 31), lang)
    assert row in text
    assert text.count("| 1.1.2 |") == 1
    assert "### " not in text  # no table per unit


def test_header_is_a_list_and_names_the_units_of_a_unit_report(make_repo: RepoWriter) -> None:
    root = _hand(make_repo)
    vi = _report(root, D(2023, 3, 31), "vi", unit="phuong-xa")
    assert "|  |" not in vi.split("\n## ", 1)[0]  # the header: no table with an empty head
    assert "- Địa phương: Phường X" in vi
    assert ("- Đơn vị: UBND các phường, xã (3 đơn vị: UBND Phường 1, UBND Phường 2, "
            "UBND Xã Bình Minh)") in vi
    en = _report(root, D(2023, 3, 31), "en", unit="ubnd-phuong-1")
    assert "- Units: UBND Phường 1" in en
    assert "Units:" not in _report(root, D(2023, 3, 31), "en")


@pytest.mark.parametrize(("lang", "met", "short"), [
    ("vi", "| 98 | vượt 3 | đạt |", "| 93,46 | thiếu 1,54 | không đạt |"),
    ("en", "| 98 | beats it by 3 | yes |", "| 93.46 | short by 1.54 | no |"),
])
def test_a_met_target_reads_as_met(make_repo: RepoWriter, lang: str, met: str,
                                   short: str) -> None:
    text = _report(_hand(make_repo), D(2023, 3, 31), lang)
    assert met in text and short in text
    assert "| -3 |" not in text


def test_pie_colours_carry_meaning(make_repo: RepoWriter) -> None:
    text = _report(_hand(make_repo), D(2023, 3, 31), "vi")
    block = text.split("```mermaid\n", 1)[1].split("```", 1)[0].splitlines()
    slices = [line.split('"')[1] for line in block[2:]]
    colours = dict(re.findall(r'"(pie\d+)": "(#[0-9a-f]{6})"', block[0]))
    by_label = {label: colours[f"pie{i}"] for i, label in enumerate(slices, 1)}
    assert by_label["quá hạn"] == "#d62728"  # red
    assert by_label["hoàn thành trễ hạn"] == "#98df8a"  # green, lighter
    counts = [int(line.rsplit(":", 1)[1]) for line in block[2:]]
    assert counts == sorted(counts, reverse=True)  # the order Mermaid draws them in


@pytest.mark.parametrize(("lang", "ended", "final"), [
    ("vi", "**Kế hoạch đã kết thúc ngày 31/12/2023.", "| không hoàn thành | "),
    ("en", "**The plan ended on 31 December 2023.", "| never done | "),
])
def test_an_ended_plan_shows_its_final_account(make_repo: RepoWriter, lang: str, ended: str,
                                               final: str) -> None:
    root = _hand(make_repo)
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, D(2026, 11, 15))
    account = status.plans[0].final
    assert account is not None and account.end == D(2023, 12, 31)
    assert account.done + account.done_late + account.not_done == account.total
    # indicators at the end: December 2023, never November 2026
    assert {g.period for g in status.plans[0].gaps} == {"2023-12"}
    text = _report(root, D(2026, 11, 15), lang)
    assert ended in text and final in text
    # days overdue stop at the plan's end: 1.1.1 was due 15 March 2023
    row = next(line for line in text.splitlines() if line.startswith("| 1.1.1 |"))
    assert f"| {(D(2023, 12, 31) - D(2023, 3, 15)).days} |" in row
    assert summarise(loaded.repo, loaded.registry, D(2023, 12, 31)).plans[0].final is None


def test_the_dashboard_shows_ids_and_labels_totals(make_repo: RepoWriter) -> None:
    vi = _dashboard(_hand(make_repo), D(2023, 3, 31), "vi")
    assert "Phòng Nội vụ (phong-noi-vu)" in vi
    assert "Tổng số ngày quá hạn" in vi
    en = _dashboard(_hand(make_repo), D(2026, 1, 1), "en")
    assert "The plan ended on 31 December 2023: final account" in en
