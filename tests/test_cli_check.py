"""`cchc check` and `cchc tasks` through typer's CliRunner: exit codes and output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from tests.conftest import PLAN, RepoWriter

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                       SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


BAD_PLAN = PLAN.replace("    lead: phuong-xa\n", "    lead: phong-ma\n")


def test_check_passes_on_a_valid_repository(make_repo: RepoWriter) -> None:
    code, out, _ = run("check", "--repo", str(make_repo({})))
    assert code == 0
    assert "0 error(s), 0 warning(s) in 3 file(s)" in out


def test_check_text_format(make_repo: RepoWriter) -> None:
    code, out, _ = run("check", "--repo", str(make_repo({"plans/p/plan.yaml": BAD_PLAN})))
    assert code == 1
    assert out.splitlines()[0] == (
        "plans/p/plan.yaml:17:11: error: lead: there is no unit or group 'phong-ma'; did you "
        "mean `UBND các phường, xã (phuong-xa)`? ('cchc units' lists the ids) [unknown-unit]")


def test_check_json_format_is_the_contract_shape(make_repo: RepoWriter) -> None:
    code, out, _ = run("check", "--repo", str(make_repo({"plans/p/plan.yaml": BAD_PLAN})),
                       "--format", "json")
    assert code == 1
    [d] = json.loads(out)
    assert set(d) == {"severity", "code", "path", "line", "column", "message"}
    assert (d["severity"], d["code"], d["path"], d["line"], d["column"]) == (
        "error", "unknown-unit", "plans/p/plan.yaml", 17, 11)


def test_check_github_format(make_repo: RepoWriter) -> None:
    _, out, _ = run("check", "--repo", str(make_repo({"plans/p/plan.yaml": BAD_PLAN})),
                    "--format", "github")
    assert out.startswith("::error file=plans/p/plan.yaml,line=17,col=11,title=unknown-unit::")


def test_check_in_vietnamese(make_repo: RepoWriter) -> None:
    _, out, _ = run("check", "--repo", str(make_repo({"plans/p/plan.yaml": BAD_PLAN})),
                    "--lang", "vi")
    assert "không có đơn vị hay nhóm nào mang mã 'phong-ma'; có phải ý bạn là" in out
    assert "khai báo" not in out  # never advise declaring a unit when a close one exists
    assert "1 lỗi, 0 cảnh báo trong 3 tệp" in out


def test_strict_makes_warnings_fail(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/a.yaml": """\
        task: "1.1.1"
        unit: phong-noi-vu
        date: 2023-03-01
        status: done
        """})
    assert run("check", "--repo", str(root))[0] == 0
    assert run("check", "--repo", str(root), "--strict")[0] == 1


def test_no_repository_is_exit_2_with_one_sentence(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", env={"CCHC_REPO": ""})
    assert code == 2
    assert "no cchc repository found" in err
    assert "Traceback" not in err


def test_repo_from_environment_and_from_a_subfolder(make_repo: RepoWriter,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_repo({})
    assert run("check", env={"CCHC_REPO": str(root)})[0] == 0
    monkeypatch.chdir(root / "plans" / "p")
    assert run("check", env={"CCHC_REPO": ""})[0] == 0


def test_bad_option_value_is_usage_error(make_repo: RepoWriter) -> None:
    code, _, err = run("tasks", "--repo", str(make_repo({})), "--due-before", "2023-13-01")
    assert code == 2
    assert "Traceback" not in err


def test_tasks_table_and_filters(make_repo: RepoWriter) -> None:
    root = str(make_repo({}))
    code, out, _ = run("tasks", "--repo", root, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["1.1.1", "1.1.2", "1.1.3"]
    assert rows[1]["lead"] == ["phuong-xa"] and rows[1]["first_due"] == "2023-02-28"
    _, out, _ = run("tasks", "--repo", root, "--format", "json", "--unit", "ubnd-phuong-1")
    assert [r["id"] for r in json.loads(out)] == ["1.1.2"]
    _, out, _ = run("tasks", "--repo", root, "--format", "json", "--due-before", "2023-02-28")
    assert [r["id"] for r in json.loads(out)] == ["1.1.2", "1.1.3"]
    code, out, _ = run("tasks", "--repo", root)
    assert code == 0 and "Việc một lần" in out and "3 task(s)" in out


def test_tasks_blocked_by_errors_unless_allowed(make_repo: RepoWriter) -> None:
    root = str(make_repo({"plans/p/plan.yaml": BAD_PLAN}))
    code, out, err = run("tasks", "--repo", root)
    assert code == 1 and out == ""
    assert "1 error(s)" in err and "[unknown-unit]" in err
    code, out, err = run("tasks", "--repo", root, "--allow-errors")
    assert code == 0 and "INCOMPLETE" in out


def test_unknown_unit_option_is_exit_2(make_repo: RepoWriter) -> None:
    code, _, err = run("tasks", "--repo", str(make_repo({})), "--unit", "nobody")
    assert code == 2 and "nobody" in err


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("cchc ")
