"""overdue, gaps, status and report through the CLI, on a repository worked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, RepoWriter

runner = CliRunner()

FILES = {"plans/p/updates/a.yaml": HAND_RECORDS,
         "plans/p/measurements/2023-02.yaml": HAND_FEBRUARY,
         "plans/p/measurements/2023-03.yaml": HAND_MARCH}


@pytest.fixture
def repo(make_repo: RepoWriter) -> str:
    return str(make_repo(FILES))


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_overdue_json_by_hand(repo: str) -> None:
    code, out, _ = invoke("overdue", "--repo", repo, "--as-of", "2023-03-31", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"plan": "p", "task": "1.1.2", "unit": "ubnd-xa-binh-minh", "due": "2023-02-28",
         "days_overdue": 31, "occurrences": 1, "status": "blocked"},
        {"plan": "p", "task": "1.1.3", "unit": "phong-noi-vu", "due": "2023-02-28",
         "days_overdue": 31, "occurrences": 1, "status": "not-started"},
        {"plan": "p", "task": "1.1.1", "unit": "phong-noi-vu", "due": "2023-03-15",
         "days_overdue": 16, "occurrences": 1, "status": "in-progress"},
    ]


def test_fail_on_overdue_and_unit_filter(repo: str) -> None:
    assert invoke("overdue", "--repo", repo, "--as-of", "2023-03-31",
                  "--fail-on-overdue")[0] == 1
    code, out, _ = invoke("overdue", "--repo", repo, "--as-of", "2023-03-31", "--format",
                          "json", "--unit", "phuong-xa", "--fail-on-overdue")
    assert code == 1 and [r["unit"] for r in json.loads(out)] == ["ubnd-xa-binh-minh"]
    assert invoke("overdue", "--repo", repo, "--as-of", "2023-01-15",
                  "--fail-on-overdue")[0] == 0


def test_gaps_json_by_hand(repo: str) -> None:
    code, out, _ = invoke("gaps", "--repo", repo, "--as-of", "2023-04-02", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"plan": "p", "indicator": "hai-long", "unit": "ubnd-phuong-1", "period": "2023-03",
         "target": "> 95%", "value": 93.46, "gap": 1.54, "met": False, "previous": 94.0},
        {"plan": "p", "indicator": "hai-long", "unit": "ubnd-phuong-2", "period": "2023-03",
         "target": "> 95%", "value": 98.0, "gap": -3.0, "met": True, "previous": 97.5},
        {"plan": "p", "indicator": "hai-long", "unit": "ubnd-xa-binh-minh",
         "period": "2023-03", "target": "> 95%", "value": None, "gap": None, "met": None,
         "previous": None},
    ]
    code, out, _ = invoke("gaps", "--repo", repo, "--as-of", "2023-04-02", "--format", "json",
                          "--period", "2023-02")
    assert [r["value"] for r in json.loads(out)] == [94.0, 97.5, None]
    assert invoke("gaps", "--repo", repo, "--period", "2023-13")[0] == 2


def test_status_json_has_every_part(repo: str) -> None:
    code, out, _ = invoke("status", "--repo", repo, "--as-of", "2023-03-31", "--format",
                          "json")
    assert code == 0
    data = json.loads(out)
    [plan] = data["plans"]
    assert data["as_of"] == "2023-03-31" and data["incomplete"] is False
    assert plan["counts"] == {"overdue": 3, "due-soon": 0, "stale": 0, "blocked": 0,
                              "in-progress": 0, "not-started": 0, "done-late": 1, "done": 1}
    assert [r["task"] for r in plan["overdue"]] == ["1.1.2", "1.1.3", "1.1.1"]
    assert plan["worst_units"][0] == {"unit": "phong-noi-vu", "overdue": 2, "days_overdue": 47,
                                      "days_overdue_at_end": None}


def test_status_table_reads_without_colour(repo: str) -> None:
    code, out, _ = invoke("status", "--repo", repo, "--as-of", "2023-03-31", "--lang", "vi")
    assert code == 0
    assert "\x1b[" not in out
    assert "tính đến ngày 31/3/2023" in out and "UBND Xã Bình Minh" in out


def test_report_is_byte_identical_and_written_with_o(repo: str, tmp_path: Path) -> None:
    first = invoke("report", "--repo", repo, "--as-of", "2023-03-31", "--lang", "vi")[1]
    second = invoke("report", "--repo", repo, "--as-of", "2023-03-31", "--lang", "vi")[1]
    assert first == second
    assert "ngày 31/3/2023" in first and "```mermaid" in first
    target = tmp_path / "reports" / "p" / "2023-Q1.md"
    code, _, _ = invoke("report", "--repo", repo, "--as-of", "2023-03-31", "--lang", "vi",
                        "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8") == first


def test_errors_block_every_computing_command(make_repo: RepoWriter) -> None:
    root = str(make_repo({**FILES, "plans/p/updates/bad.yaml": "task: [\n"}))
    for command in ("status", "overdue", "gaps", "report"):
        code, out, err = invoke(command, "--repo", root, "--as-of", "2023-03-31")
        assert code == 1 and out == "", command
        assert "yaml-syntax" in err
    code, out, _ = invoke("status", "--repo", root, "--as-of", "2023-03-31", "--format",
                          "json", "--allow-errors")
    assert code == 0 and json.loads(out)["incomplete"] is True


def test_csv_has_a_bom_crlf_and_localised_headers(repo: str) -> None:
    import csv
    import io

    for command, first_column in (("overdue", "Kế hoạch"), ("gaps", "Kế hoạch"),
                                  ("tasks", "Kế hoạch")):
        result = runner.invoke(app, [command, "--repo", repo, "--as-of", "2023-03-31",
                                     "--format", "csv", "--lang", "vi"])
        assert result.exit_code == 0, command
        raw = result.stdout_bytes
        assert raw.startswith(("\ufeff" + first_column).encode()) and b"\r\n" in raw
    _, out, _ = invoke("overdue", "--repo", repo, "--as-of", "2023-03-31", "--format", "csv",
                       "--lang", "en")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0] == ["Plan", "Task", "Title", "Unit", "Unit name", "Deadline",
                       "Days overdue", "Occurrences", "Status"]
    assert rows[1] == ["p", "1.1.2", "Kế hoạch của từng đơn vị", "ubnd-xa-binh-minh",
                       "UBND Xã Bình Minh", "2023-02-28", "31", "1", "blocked"]
    assert len(rows) == 4
