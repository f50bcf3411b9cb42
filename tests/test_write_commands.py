"""The writers' refusals and messages on the command line (issue 11, items 2, 7, 8, 9, 11, 13,
24): a recurring task needs --period, a reading or record filed twice is said and not
written, writes through links out of the repository are refused with a sentence, `remind
--out` replaces only its own unchanged letters, writers wait for the lock a bounded time, and
`init --name` refuses a line break."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.pipeline import load
from cchc.write.lock import writer_lock
from tests.conftest import HAND_RECORDS, PLAN, RepoWriter

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
QUARTERLY = PLAN.replace("indicators:\n", """\
  - id: "III.3"
    section: "1.1"
    title: Báo cáo quý
    lead: phong-noi-vu
    due: hằng quý
indicators:
""", 1)


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# --- 2: a recurring task needs --period ------------------------------------------------------


@pytest.mark.parametrize(("lang", "shown"), [
    ("vi", "2023-Q1 (quá hạn 5 ngày), 2023-Q2"), ("en", "2023-Q1 (overdue 5 days), 2023-Q2")])
def test_a_recurring_task_without_period_names_the_open_ones(make_repo: RepoWriter, lang: str,
                                                             shown: str) -> None:
    root = make_repo({"plans/p/plan.yaml": QUARTERLY})
    code, out, err = invoke("update", "III.3", "--unit", "phong-noi-vu", "--status", "done",
                            "--date", "2023-04-05", "--evidence", "BC 1", "--lang", lang,
                            "--repo", str(root))
    assert code == 2 and out == ""
    assert shown in err, err
    assert ("cchc update III.3 --unit phong-noi-vu --status done --date 2023-04-05 "
            "--period 2023-Q1 --evidence 'BC 1'") in err
    assert files_under(root / "plans/p/updates") == []
    # as told, the record credits Q1, and Q2 alone stays open
    assert invoke("update", "III.3", "--unit", "phong-noi-vu", "--status", "done", "--date",
                  "2023-04-05", "--evidence", "BC 1", "--period", "2023-Q1",
                  "--repo", str(root))[0] == 0
    code, _, err = invoke("update", "III.3", "--unit", "phong-noi-vu", "--status", "done",
                          "--date", "2023-04-05", "--lang", lang, "--repo", str(root))
    assert code == 2 and "2023-Q2" in err and "2023-Q1" not in err.split("--period")[0]


def test_a_record_of_a_one_off_task_needs_no_period(make_repo: RepoWriter) -> None:
    root = make_repo({})
    assert invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status", "in-progress",
                  "--date", "2023-03-01", "--repo", str(root))[0] == 0


# --- 13: the same entry twice ----------------------------------------------------------------


def test_the_same_reading_twice_is_already_recorded(make_repo: RepoWriter) -> None:
    root = make_repo({})
    args = ["measure", "hai-long", "96.5", "--period", "2023-03", "--unit", "ubnd-phuong-1",
            "--repo", str(root)]
    assert invoke(*args)[0] == 0
    before = files_under(root / "plans/p/measurements")
    code, out, err = invoke(*args)
    assert code == 0 and "already recorded in plans/p/measurements/2023/" in err, err
    assert "written" not in out
    assert files_under(root / "plans/p/measurements") == before
    code, _, err = invoke(*args[:2], "97", *args[3:])  # another value: still a conflict
    assert code == 1 and "[conflicting-reading]" in err


def test_the_same_record_twice_is_already_recorded(make_repo: RepoWriter) -> None:
    root = make_repo({})
    args = ["update", "1.1.1", "--unit", "phong-noi-vu", "--status", "in-progress",
            "--date", "2023-03-01", "--note", "đang làm", "--repo", str(root)]
    assert invoke(*args)[0] == 0
    code, _, err = invoke(*args)
    assert code == 0 and "already recorded" in err
    assert len(files_under(root / "plans/p/updates")) == 1
    # once something else was filed after it, the same words are news again
    assert invoke(*args[:5], "done", *args[6:], "--evidence", "KH 1")[0] == 0
    assert invoke(*args)[0] == 0
    assert len(files_under(root / "plans/p/updates")) == 3


# --- 7 and 8: refusals are sentences ---------------------------------------------------------


def test_update_through_a_link_out_is_refused_with_a_sentence(make_repo: RepoWriter,
                                                              tmp_path: Path) -> None:
    root = make_repo({})
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "plans/p/updates").symlink_to(outside, target_is_directory=True)
    code, out, err = invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status",
                            "in-progress", "--date", "2023-03-01", "--repo", str(root))
    assert code == 1 and "not written" in err and "Traceback" not in err, err
    assert "symbolic link" in err and files_under(outside) == []


def test_report_through_a_link_out_is_refused(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({})
    target = tmp_path / "elsewhere.md"
    target.write_text("keep\n", encoding="utf-8")
    (root / "report.md").symlink_to(target)
    code, _, err = invoke("report", "-o", str(root / "report.md"), "--as-of", "2023-03-01",
                          "--repo", str(root))
    assert code == 1 and "leads out of the repository" in err, err
    assert target.read_text(encoding="utf-8") == "keep\n"


# --- 9: remind --out replaces only its own letters --------------------------------------------


def test_remind_leaves_what_it_did_not_write(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS,
                      "README.md": "# Kho dữ liệu của phường\n"})
    base = ["remind", "--as-of", "2023-03-31", "--repo", str(root)]
    code, _, err = invoke(*base, "--out", str(root))
    assert code == 0
    assert (root / "README.md").read_text(encoding="utf-8") == "# Kho dữ liệu của phường\n"
    assert "left as it is" in err and "README.md" in err
    out = root / "letters"
    assert invoke(*base, "--out", str(out))[0] == 0
    letters = sorted(p for p in out.iterdir() if p.name.endswith(".md") and p.name != "README.md")
    letter = letters[0]
    first = letter.read_bytes()
    assert invoke(*base, "--out", str(out))[0] == 0  # cchc's own, unchanged: replaced
    assert letter.read_bytes() == first
    letter.write_bytes(first + "Đã ký.\n".encode())  # the clerk edits the letter
    code, _, err = invoke(*base, "--out", str(out))
    assert code == 0 and "left as it is" in err and letter.name in err
    assert letter.read_bytes().endswith("Đã ký.\n".encode())
    assert invoke(*base, "--out", str(out), "--force")[0] == 0
    assert letter.read_bytes() == first
    manifest = json.loads((out / ".cchc-generated.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"README.md", *(p.name for p in letters)}


def test_remind_with_an_empty_out_is_a_usage_error(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, out, err = invoke("remind", "--out", "", "--repo", str(root))
    assert code == 2 and "--out" in err
    assert not (root / "README.md").exists()


# --- 11: a writer waits, says so, and gives up -------------------------------------------------


def test_measure_waits_for_another_writer_then_gives_up(make_repo: RepoWriter,
                                                       tmp_path: Path) -> None:
    root = make_repo({})
    env = {**os.environ, "CCHC_LOCK_TIMEOUT": "1", "CCHC_LANG": "en",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with writer_lock(root):  # another writer (a cchc suspended with Ctrl-Z) holds it
        done = subprocess.run([sys.executable, "-m", "cchc", "measure", "hai-long", "96",
                               "--period", "2023-03", "--unit", "ubnd-phuong-1",
                               "--repo", str(root)], capture_output=True, text=True,
                              env=env, timeout=30)
    assert done.returncode == 1, done.stderr
    assert "waiting for another writer" in done.stderr and "gave up after 1 s" in done.stderr
    assert "Traceback" not in done.stderr
    assert files_under(root / "plans/p/measurements") == []
    assert load(root).diagnostics == []


# --- 24: init --name on one line ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["UBND phường\nTân Ninh", "UBND\rX", "A\u2028B", "A\x1b[31m"])
def test_init_refuses_a_name_with_a_line_break(tmp_path: Path, name: str) -> None:
    code, _, err = invoke("init", str(tmp_path / "new"), "--name", name)
    assert code == 2 and "--name" in err
    assert not (tmp_path / "new").exists() or list((tmp_path / "new").iterdir()) == []


# --- 14: the value as typed --------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [("96,5", 96.5), ("96.5%", 96.5), ("97", 97.0)])
def test_measure_takes_the_decimal_comma(make_repo: RepoWriter, typed: str,
                                         stored: float) -> None:
    root = make_repo({})
    assert invoke("measure", "hai-long", typed, "--period", "2023-03", "--unit",
                  "ubnd-phuong-1", "--repo", str(root))[0] == 0
    [path] = files_under(root / "plans/p/measurements")
    import yaml

    assert yaml.safe_load(path.read_text(encoding="utf-8"))["values"][0]["value"] == stored


def test_measure_says_the_value_as_typed(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, _, err = invoke("measure", "hai-long", "1e309", "--period", "2023-03", "--unit",
                          "ubnd-phuong-1", "--repo", str(root))
    assert code == 1 and "'1e309' is not a finite number" in err, err
    code, _, err = invoke("measure", "hai-long", "chín mươi", "--period", "2023-03",
                          "--unit", "ubnd-phuong-1", "--repo", str(root))
    assert code == 2 and "'chín mươi' is not a number" in err, err
    assert files_under(root / "plans/p/measurements") == []
