"""`cchc diff`: changes between git revisions, on small git repositories built per test."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.compute.diff import compare_due, compare_target, diff
from cchc.load.revisions import build_snapshot
from cchc.model.deadlines import Span, parse_deadline
from cchc.model.target import Target
from tests.conftest import PLAN, UNITS

runner = CliRunner()

RECORD = """\
task: "1.1.1"
unit: phong-noi-vu
date: 2023-03-01
status: done
evidence: [Kế hoạch 45/KH-UBND]
"""

READING = """\
period: 2023-02
values:
  - {indicator: hai-long, unit: ubnd-phuong-1, value: 94}
"""

BASE = {
    "cchc.yaml": "language: en\n",
    "units/units.yaml": UNITS,
    "plans/p/plan.yaml": PLAN,
    "plans/p/updates/2023-03-01-phong-noi-vu.yaml": RECORD,
    "plans/p/measurements/2023-02.yaml": READING,
}

# Commits must not depend on the machine's git configuration (signing, hooks, names).
GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Clerk", "GIT_AUTHOR_EMAIL": "clerk@example.org",
           "GIT_COMMITTER_NAME": "Clerk", "GIT_COMMITTER_EMAIL": "clerk@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


class Repo:
    """A cchc repository at `root`, inside the git work tree at `top` (maybe the same)."""

    def __init__(self, top: Path, root: Path) -> None:
        self.top, self.root = top, root

    def git(self, *args: str) -> str:
        return subprocess.run(["git", "-C", str(self.top), *args], env=GIT_ENV, check=True,
                              capture_output=True, text=True).stdout.strip()

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def edit(self, rel: str, old: str, new: str) -> None:
        text = (self.root / rel).read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        (self.root / rel).write_text(text.replace(old, new), encoding="utf-8")

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def commit(self) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "--no-verify", "-m", "change")

    def run(self, *args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, ["diff", *args, "--repo", str(self.root)])
        return result.exit_code, result.stdout, result.stderr

    def changes(self, *args: str) -> list[dict[str, Any]]:
        code, out, err = self.run(*args, "--format", "json")
        assert code == 0, err
        data: list[dict[str, Any]] = json.loads(out)
        return data


def make(tmp_path: Path, sub: str = "", replace: dict[str, str] | None = None) -> Repo:
    """The standard repository, committed; `replace` edits the plan first (old=new)."""
    top = tmp_path / "work"
    repo = Repo(top, top / sub if sub else top)
    for rel, text in BASE.items():
        for old, new in (replace or {}).items() if rel.endswith("plan.yaml") else ():
            text = text.replace(old, new)
        repo.write(rel, text)
    repo.git("init", "-q", "--template=")
    repo.commit()
    return repo


@pytest.fixture(scope="module")
def standard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(tmp_path_factory.mktemp("standard")).top


@pytest.fixture
def repo(tmp_path: Path, standard: Path) -> Repo:
    """The standard repository, committed once per module and copied (git and all)."""
    shutil.copytree(standard, tmp_path / "work", symlinks=True)
    return Repo(tmp_path / "work", tmp_path / "work")


def brief(changes: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(c["kind"], c["id"], c["change"]) for c in changes]


NEW_TASK = """\
  - id: "1.1.10"
    section: "1.1"
    title: Việc mới
    lead: phong-tu-phap
    due: 2023-09-30
"""


# --- tasks ----------------------------------------------------------------------------------


def test_task_added_between_two_revisions(repo: Repo) -> None:
    first = repo.git("rev-parse", "HEAD")
    repo.edit("plans/p/plan.yaml", "indicators:\n", NEW_TASK + "indicators:\n")
    repo.commit()
    second = repo.git("rev-parse", "HEAD")
    changes = repo.changes(first, second)
    assert changes == [{"plan": "p", "kind": "task", "id": "1.1.10", "change": "added",
                        "before": None,
                        "after": {"id": "1.1.10", "section": "1.1", "title": "Việc mới",
                                  "lead": "phong-tu-phap", "due": "2023-09-30"}}]
    assert repo.run(first, second, "--fail-on-loosening")[0] == 0


def test_task_removed_is_a_loosening(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", '  - id: "1.1.1"\n    section: "1.1"\n    title: Việc một '
              'lần\n    lead: phong-noi-vu\n    due: 2023-03-15\n', "")
    repo.commit()
    changes = repo.changes("HEAD~1", "HEAD")
    assert brief(changes) == [("task", "1.1.1", "removed")]
    assert changes[0]["before"]["due"] == "2023-03-15" and changes[0]["after"] is None
    code, _, _ = repo.run("HEAD~1", "HEAD", "--fail-on-loosening")
    assert code == 1


def test_due_later_and_due_earlier(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: quý II năm 2023")
    repo.edit("plans/p/plan.yaml", "due: hàng tháng", "due: hàng ngày")
    repo.commit()
    changes = repo.changes("HEAD~1", "HEAD")
    assert [(c["id"], c["change"], c["before"], c["after"]) for c in changes] == [
        ("1.1.1", "due-later", "2023-03-15", "quý II năm 2023"),
        ("1.1.3", "due-earlier", "hàng tháng", "hàng ngày"),
    ]
    assert repo.run("HEAD~1", "HEAD", "--fail-on-loosening")[0] == 1


def test_earlier_only_passes_the_gate(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-03-01")
    assert brief(repo.changes("HEAD")) == [("task", "1.1.1", "due-earlier")]
    assert repo.run("HEAD", "--fail-on-loosening")[0] == 0


def test_rewording_the_same_date_is_no_change(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: trong tháng 02 năm 2023", "due: 2023-02")
    repo.edit("plans/p/plan.yaml", "due: hàng tháng", "due: monthly")
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: ngày 15/3/2023")
    repo.commit()
    assert repo.changes("HEAD~1", "HEAD") == []


def test_lead_changed_and_lead_reordered(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "lead: phuong-xa", "lead: [phuong-xa, phong-tu-phap]")
    repo.commit()
    changes = repo.changes("HEAD~1", "HEAD")
    assert [(c["id"], c["change"], c["before"], c["after"]) for c in changes] == [
        ("1.1.2", "lead-changed", "phuong-xa", ["phuong-xa", "phong-tu-phap"])]
    assert repo.run("HEAD~1", "HEAD", "--fail-on-loosening")[0] == 0
    repo.edit("plans/p/plan.yaml", "lead: [phuong-xa, phong-tu-phap]",
              "lead: [phong-tu-phap, phuong-xa]")
    assert repo.changes("HEAD") == []


def test_other_fields_are_one_changed_entry_beside_the_due(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "title: Báo cáo hằng tháng", "title: Báo cáo hằng quý")
    repo.edit("plans/p/plan.yaml", "due: hàng tháng", "due: hàng quý")
    changes = repo.changes("HEAD")
    assert brief(changes) == [("task", "1.1.3", "due-later"), ("task", "1.1.3", "changed")]
    assert changes[1]["before"]["title"] == "Báo cáo hằng tháng"
    assert changes[1]["after"]["title"] == "Báo cáo hằng quý"


def test_tasks_sort_in_natural_order(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "indicators:\n",
              NEW_TASK + NEW_TASK.replace("1.1.10", "1.1.9") + "indicators:\n")
    assert [c["id"] for c in repo.changes("HEAD")] == ["1.1.9", "1.1.10"]


def test_a_new_plan_reports_its_tasks_added(repo: Repo) -> None:
    repo.write("plans/q/plan.yaml", PLAN)
    changes = repo.changes("HEAD")
    assert brief(changes) == [("task", "1.1.1", "added"), ("task", "1.1.2", "added"),
                              ("task", "1.1.3", "added"), ("indicator", "hai-long", "added")]
    assert {c["plan"] for c in changes} == {"q"}
    assert [c["id"] for c in repo.changes("HEAD", "--plan", "p")] == []


# --- indicators -----------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "after", "change"), [
    ("> 95%", ">= 95%", "target-loosened"),
    (">= 95%", "> 95%", "target-tightened"),
    ("> 95%", "> 97%", "target-tightened"),
    ("> 95%", "> 90,5%", "target-loosened"),
    ("< 5%", "< 3%", "target-tightened"),
    ("< 5%", "<= 5%", "target-loosened"),
    ("<= 5%", "< 8%", "target-loosened"),
    ("> 95%", "< 5%", "changed"),
    ("> 95%", "= 95%", "changed"),
])
def test_indicator_targets(tmp_path: Path, before: str, after: str, change: str) -> None:
    repo = make(tmp_path, replace={'target: "> 95%"': f'target: "{before}"'})
    repo.edit("plans/p/plan.yaml", f'target: "{before}"', f'target: "{after}"')
    changes = repo.changes("HEAD")
    assert brief(changes) == [("indicator", "hai-long", change)]
    if change != "changed":
        assert (changes[0]["before"], changes[0]["after"]) == (before, after)
    code, _, _ = repo.run("HEAD", "--fail-on-loosening")
    assert code == (1 if change == "target-loosened" else 0)


def test_same_target_written_differently_is_no_change(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", 'target: "> 95%"', 'target: ">95.0 %"')
    assert repo.changes("HEAD") == []


# --- records and readings -------------------------------------------------------------------

RECORD_PATH = "plans/p/updates/2023-03-01-phong-noi-vu.yaml"
READING_PATH = "plans/p/measurements/2023-02.yaml"


def test_record_deleted_fails_the_gate(repo: Repo) -> None:
    repo.remove(RECORD_PATH)
    repo.commit()
    changes = repo.changes("HEAD~1", "HEAD")
    assert brief(changes) == [("record", RECORD_PATH, "removed")]
    assert changes[0]["before"] == {"task": "1.1.1", "unit": "phong-noi-vu",
                                    "date": "2023-03-01", "status": "done",
                                    "evidence": ["Kế hoạch 45/KH-UBND"]}
    assert repo.run("HEAD~1", "HEAD", "--fail-on-loosening")[0] == 1


def test_record_rewritten_fails_the_gate(repo: Repo) -> None:
    repo.edit(RECORD_PATH, "date: 2023-03-01", "date: 2023-02-01")
    changes = repo.changes("HEAD")
    assert brief(changes) == [("record", RECORD_PATH, "changed")]
    assert (changes[0]["before"]["date"], changes[0]["after"]["date"]) == ("2023-03-01",
                                                                           "2023-02-01")
    assert repo.run("HEAD", "--fail-on-loosening")[0] == 1


def test_record_reindented_is_no_change(repo: Repo) -> None:
    repo.write(RECORD_PATH, '{task: "1.1.1", unit: phong-noi-vu, date: 2023-03-01,\n'
               '  status: done, evidence: ["Kế hoạch 45/KH-UBND"]}\r\n')
    assert repo.changes("HEAD") == []


def test_record_added_is_not_a_loosening(repo: Repo) -> None:
    repo.write("plans/p/updates/2023-04-02-phong-noi-vu.yaml",
               RECORD.replace("2023-03-01", "2023-04-02"))
    changes = repo.changes("HEAD")
    assert brief(changes) == [("record", "plans/p/updates/2023-04-02-phong-noi-vu.yaml",
                               "added")]
    assert repo.run("HEAD", "--fail-on-loosening")[0] == 0


def test_reading_changed_fails_the_gate(repo: Repo) -> None:
    repo.edit(READING_PATH, "value: 94", "value: 96")
    repo.commit()
    changes = repo.changes("HEAD~1")
    assert brief(changes) == [("reading", READING_PATH, "changed")]
    assert changes[0]["after"]["values"][0]["value"] == 96
    assert repo.run("HEAD~1", "--fail-on-loosening")[0] == 1


# --- revisions, the working tree, folders ---------------------------------------------------


def test_rev2_omitted_reads_the_working_tree_untracked_files_included(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-04-15")
    repo.commit()
    repo.write("plans/p/updates/new.yaml", RECORD)  # not added to git
    assert brief(repo.changes("HEAD~1")) == [("task", "1.1.1", "due-later"),
                                             ("record", "plans/p/updates/new.yaml", "added")]
    assert brief(repo.changes("HEAD~1", "HEAD")) == [("task", "1.1.1", "due-later")]
    assert brief(repo.changes("HEAD")) == [("record", "plans/p/updates/new.yaml", "added")]


def test_repository_in_a_subfolder_of_the_work_tree(tmp_path: Path) -> None:
    repo = make(tmp_path, sub="data/cchc")
    (repo.top / "README.md").write_text("not ours\n")
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-12-31")
    repo.remove(RECORD_PATH)
    repo.commit()
    changes = repo.changes("HEAD~1", "HEAD")
    assert brief(changes) == [("task", "1.1.1", "due-later"), ("record", RECORD_PATH, "removed")]


def test_bad_revision_exits_2_with_one_sentence(repo: Repo) -> None:
    code, out, err = repo.run("no-such-branch")
    assert code == 2 and out == ""
    assert err == ("'no-such-branch' is not a revision of this git repository: give a branch, "
                   "tag or commit (origin/main, HEAD~1)\n")
    code, _, err = repo.run("--format", "json", "--", "--output=x")
    assert code == 2 and "Traceback" not in err


def test_not_a_git_repository_exits_2(tmp_path: Path) -> None:
    root = tmp_path / "plain"
    for rel, text in BASE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    env = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    result = runner.invoke(app, ["diff", "HEAD", "--repo", str(root), "--lang", "vi"], env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{root} không nằm trong một thư mục làm việc git")
    assert result.stderr.count("\n") == 1


def test_a_record_that_became_unreadable_is_a_changed_record(repo: Repo) -> None:
    # It was skipped with a warning, and --fail-on-loosening let it pass: the record the
    # clerk filed no longer counts.
    repo.write(RECORD_PATH, "task: [unclosed\n")
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-01-15")
    code, out, err = repo.run("HEAD", "--format", "json", "--fail-on-loosening")
    assert code == 1
    changes = json.loads(out)
    assert brief(changes) == [("task", "1.1.1", "due-earlier"),
                              ("record", RECORD_PATH, "changed")]
    assert changes[1]["before"]["status"] == "done" and changes[1]["after"] is None
    assert err.startswith(f"warning: {RECORD_PATH} at the working tree cannot be read (line 2")


@pytest.mark.parametrize("damage", [b"\xff\xfe bad bytes\n", b"status: done\n\tx: 1\n",
                                    b"<<<<<<< HEAD\nstatus: done\n=======\n>>>>>>> x\n"])
def test_bad_bytes_in_a_readings_file_fail_the_gate(repo: Repo, damage: bytes) -> None:
    (repo.root / READING_PATH).write_bytes(damage)
    code, out, _ = repo.run("HEAD", "--format", "json", "--fail-on-loosening")
    assert (code, brief(json.loads(out))) == (1, [("reading", READING_PATH, "changed")])


def test_a_record_unreadable_before_and_mended_is_added(repo: Repo) -> None:
    repo.write(RECORD_PATH, "task: [unclosed\n")
    repo.commit()
    repo.write(RECORD_PATH, RECORD)
    code, out, _ = repo.run("HEAD", "--format", "json", "--fail-on-loosening")
    assert (code, brief(json.loads(out))) == (0, [("record", RECORD_PATH, "added")])


def test_an_unreadable_plan_file_is_still_left_out_with_a_warning(repo: Repo) -> None:
    repo.write("plans/p/plan.yaml", "tasks: [unclosed\n")
    code, out, err = repo.run("HEAD", "--format", "json")
    assert (code, json.loads(out)) == (0, [])
    assert err.startswith("warning: plans/p/plan.yaml at the working tree cannot be read")


def test_a_record_moved_with_git_mv_is_no_change(repo: Repo) -> None:
    moved = "plans/p/updates/2023/03/2023-03-01-phong-noi-vu.yaml"
    (repo.root / moved).parent.mkdir(parents=True)
    repo.git("mv", RECORD_PATH, moved)
    (repo.root / "plans/p/measurements/2023").mkdir()
    repo.git("mv", READING_PATH, "plans/p/measurements/2023/2023-02.yaml")
    repo.commit()
    assert repo.changes("HEAD~1", "HEAD") == []
    assert repo.run("HEAD~1", "HEAD", "--fail-on-loosening")[0] == 0
    # renamed in the working tree, reindented on the way: the same records
    repo.remove(moved)
    repo.write("plans/p/updates/khac-ten.yaml", '{task: "1.1.1", unit: phong-noi-vu, '
               'date: 2023-03-01, status: done, evidence: ["Kế hoạch 45/KH-UBND"]}\n')
    assert repo.changes("HEAD") == []


def test_a_record_moved_and_changed_is_removed_and_added(repo: Repo) -> None:
    repo.remove(RECORD_PATH)
    repo.write("plans/p/updates/moi.yaml", RECORD.replace("status: done", "status: blocked"))
    code, out, _ = repo.run("HEAD", "--format", "json", "--fail-on-loosening")
    assert code == 1
    assert brief(json.loads(out)) == [("record", RECORD_PATH, "removed"),
                                      ("record", "plans/p/updates/moi.yaml", "added")]


def test_a_record_moved_to_another_plan_is_not_a_move() -> None:
    files = {k: v.encode() for k, v in BASE.items()}
    other = {**files, "plans/q/plan.yaml": PLAN.encode()}
    moved = {k.replace("plans/p/updates", "plans/q/updates"): v for k, v in other.items()}
    changes = diff(build_snapshot(other), build_snapshot(moved))
    assert [(c.plan, c.id, c.change) for c in changes if c.kind == "record"] == [
        ("p", RECORD_PATH, "removed"),
        ("q", RECORD_PATH.replace("plans/p/", "plans/q/"), "added")]


def test_two_identical_records_one_moved_one_deleted() -> None:
    files = {k: v.encode() for k, v in BASE.items()}
    two = {**files, "plans/p/updates/b.yaml": RECORD.encode()}
    after = {k: v for k, v in files.items() if k != RECORD_PATH}
    after["plans/p/updates/c.yaml"] = RECORD.encode()
    changes = [(c.id, c.change) for c in diff(build_snapshot(two), build_snapshot(after))]
    # two identical records, one left: one removal (pairs are taken in path order)
    assert changes == [("plans/p/updates/b.yaml", "removed")]


def test_unknown_plan_exits_2(repo: Repo) -> None:
    code, _, err = repo.run("HEAD", "--plan", "nope")
    assert code == 2 and "nope" in err


# --- output ---------------------------------------------------------------------------------


def test_json_shape_exactly(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-Q2")
    repo.edit("plans/p/plan.yaml", 'target: "> 95%"', 'target: ">= 95%"')
    repo.remove(RECORD_PATH)
    code, out, _ = repo.run("HEAD", "--format", "json")
    assert code == 0 and out.endswith("]\n") and "Kế hoạch" in out  # ensure_ascii=False
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(out) == [
        {"plan": "p", "kind": "task", "id": "1.1.1", "change": "due-later",
         "before": "2023-03-15", "after": "2023-Q2"},
        {"plan": "p", "kind": "indicator", "id": "hai-long", "change": "target-loosened",
         "before": "> 95%", "after": ">= 95%"},
        {"plan": "p", "kind": "record", "id": RECORD_PATH, "change": "removed",
         "before": {"task": "1.1.1", "unit": "phong-noi-vu", "date": "2023-03-01",
                    "status": "done", "evidence": ["Kế hoạch 45/KH-UBND"]},
         "after": None},
    ]


def test_table_in_both_languages(repo: Repo) -> None:
    repo.edit("plans/p/plan.yaml", "due: 2023-03-15", "due: 2023-04-15")
    code, out, _ = repo.run("HEAD", "--lang", "vi")
    assert code == 0
    assert "Thay đổi trong kế hoạch từ HEAD đến thư mục làm việc" in out
    assert "nhiệm vụ" in out and "lùi hạn !" in out and "2023-04-15" in out
    assert "1 thay đổi." in out
    code, out, _ = repo.run("HEAD", "--lang", "en")
    assert "task" in out and "due later !" in out and "1 of them loosen the plan" in out
    code, out, _ = repo.run("HEAD", "HEAD")
    assert "No changes." in out


# --- the comparisons themselves -------------------------------------------------------------

YEAR = Span(dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("2023-03-15", "2023-03", 1),
    ("2023-03", "tháng 3/2023", 0),
    ("monthly", "daily", -1),
    ("daily", "monthly", 1),
    ("weekly", "yearly", 1),
    ("monthly", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1", 0),
    ("monthly", "RRULE:FREQ=MONTHLY;BYMONTHDAY=25", -1),
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=25", "RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=25", 1),
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=10", "RRULE:FREQ=MONTHLY;BYMONTHDAY=20", 1),
    ("monthly", "2023-12-31", 1),
    ("ongoing", "quarterly", -1),
    ("2023-12-31", "ongoing", None),
    ("2023-06-30", "ongoing", 1),
])
def test_compare_due(before: str, after: str, expected: int | None) -> None:
    assert compare_due(parse_deadline(before), YEAR, parse_deadline(after), YEAR) == expected


def test_ongoing_follows_the_plan_period() -> None:
    longer = Span(YEAR.start, dt.date(2024, 6, 30))
    ongoing = parse_deadline("thường xuyên")
    assert compare_due(ongoing, YEAR, ongoing, longer) == 1


def target(text: str) -> Target:
    from cchc.model.plan import Indicator

    return Indicator.model_validate({"id": "x", "target": text, "owner": "u"}).target


def test_compare_target_percent_against_plain_number_is_a_change() -> None:
    assert compare_target(target("> 95%"), target("> 95")) is None
    assert compare_target(target("> 95,0%"), target(">95%")) == 0


def test_snapshots_compare_without_git() -> None:
    before = build_snapshot({k: v.encode() for k, v in BASE.items()})
    after = build_snapshot({**{k: v.encode() for k, v in BASE.items()},
                            "plans/p/plan.yaml": PLAN.replace("phong-tu-phap]",
                                                              "phong-noi-vu]").encode()})
    assert [(c.id, c.change) for c in diff(before, after)] == [("1.1.2", "changed")]
    assert set(before.plans["p"].tasks) == {"1.1.1", "1.1.2", "1.1.3"}
    assert list(before.records) == [RECORD_PATH]
