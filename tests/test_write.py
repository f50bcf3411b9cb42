"""`cchc update` and `cchc measure`: validated first, then a new file, atomically."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import yaml
from typer.testing import CliRunner

from cchc.cli import app
from cchc.pipeline import load
from cchc.write.atomic import create_new
from tests.conftest import RepoWriter

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def records(root: Path) -> list[Path]:
    return sorted((root / "plans/p/updates").rglob("*.yaml"))


def test_update_writes_one_valid_record(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, out, err = invoke("update", "1.1.2", "--unit", "ubnd-phuong-1", "--status", "done",
                            "--date", "2023-02-20", "--evidence", "KH 12/KH-UBND",
                            "--note", "Đã gửi kế hoạch", "--repo", str(root))
    assert code == 0, err
    [path] = records(root)
    # what the write did, as the dashboard shows it, then where
    assert out.splitlines() == ["1.1.2 — UBND Phường 1: done on time",
                                "written: " + path.relative_to(root).as_posix()]
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {
        "task": "1.1.2", "unit": "ubnd-phuong-1", "date": __import__("datetime").date(2023, 2, 20),
        "status": "done", "note": "Đã gửi kế hoạch", "evidence": ["KH 12/KH-UBND"]}
    assert [d for d in load(root).diagnostics] == []


def test_update_date_defaults_to_as_of(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, _, _ = invoke("update", "1.1.3", "--unit", "phong-noi-vu", "--status", "in-progress",
                        "--period", "2023-03", "--as-of", "2023-03-05", "--repo", str(root))
    assert code == 0
    [path] = records(root)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert str(data["date"]) == "2023-03-05" and data["period"] == "2023-03"


def test_invalid_update_writes_nothing_and_exits_1(make_repo: RepoWriter) -> None:
    root = make_repo({})
    for args in (["9.9", "--unit", "phong-noi-vu"],              # no such task
                 ["1.1.1", "--unit", "ubnd-phuong-1"],           # no part in the task
                 ["1.1.1", "--unit", "phuong-xa"],               # a group, not a unit
                 ["1.1.3", "--unit", "phong-noi-vu", "--period", "2023-13"]):
        code, _, err = invoke("update", *args, "--status", "in-progress", "--repo", str(root))
        assert code == 1, args
        assert "nothing written" in err
    assert records(root) == []


def test_require_evidence_refuses_done_without_it(make_repo: RepoWriter) -> None:
    root = make_repo({"cchc.yaml": "require_evidence: true\n"})
    code, _, err = invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status", "done",
                          "--repo", str(root))
    assert code == 1 and "missing-evidence" in err
    assert records(root) == []


def test_measure_writes_a_reading_and_refuses_a_conflict(make_repo: RepoWriter) -> None:
    root = make_repo({})
    base = ["measure", "hai-long", "--period", "2023-03", "--unit", "ubnd-phuong-1",
            "--repo", str(root)]
    assert invoke(base[0], base[1], "96.5", *base[2:])[0] == 0
    [path] = sorted((root / "plans/p/measurements").rglob("*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data == {"period": "2023-03", "values": [
        {"indicator": "hai-long", "unit": "ubnd-phuong-1", "value": 96.5}]}
    code, _, err = invoke(base[0], base[1], "90", *base[2:])
    assert code == 1 and "conflicting-reading" in err
    code, _, err = invoke("measure", "hai-long", "96", "--period", "2023-03",
                          "--repo", str(root))
    assert code == 1 and "reading-needs-unit" in err
    assert len(list((root / "plans/p/measurements").rglob("*.yaml"))) == 1


def test_create_new_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    create_new(target, b"first\n")
    try:
        create_new(target, b"second\n")
    except FileExistsError:
        pass
    else:
        raise AssertionError("an existing file was replaced")
    assert target.read_bytes() == b"first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left


def _writer(args: tuple[str, int]) -> int:
    root, i = args
    from cchc.cli import app as cli_app

    result = CliRunner().invoke(cli_app, [
        "update", "1.1.2", "--unit", ["ubnd-phuong-1", "ubnd-phuong-2"][i % 2],
        "--status", "in-progress", "--date", "2023-02-01", "--note", f"writer {i}",
        "--repo", root])
    return result.exit_code


def test_many_writers_at_once_all_keep_their_record(make_repo: RepoWriter) -> None:
    root = make_repo({})
    n = 24
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(8) as pool:
        codes = pool.map(_writer, [(str(root), i) for i in range(n)])
    assert codes == [0] * n
    notes = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["note"] for p in records(root))
    assert notes == sorted(f"writer {i}" for i in range(n))
    assert [d for d in load(root).diagnostics] == []


def test_records_name_the_schema_when_the_repository_ships_it(make_repo: RepoWriter) -> None:
    import json

    from cchc.model.schemas import build

    root = make_repo({"schema/updates.schema.json": json.dumps(build("updates"))})
    assert invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status", "in-progress",
                  "--date", "2023-03-01", "--repo", str(root))[0] == 0
    [path] = records(root)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../../../schema/updates.schema.json"
    assert (path.parent / "../../../../schema/updates.schema.json").resolve().is_file()


def test_a_leftover_temporary_file_is_a_warning_not_a_record(make_repo: RepoWriter) -> None:
    root = make_repo({})
    folder = root / "plans/p/updates/2023"
    folder.mkdir(parents=True)
    # what a writer killed between creating and linking leaves: half a record
    (folder / ".2023-03-01_1.1.1_phong-noi-vu_ab12cd34.yaml.0011aa22bb33.tmp").write_text(
        "task: \"1.1.1\"\nunit: phong-no", encoding="utf-8")
    found = load(root)
    assert [(d.code, d.severity.value) for d in found.diagnostics] == [("leftover-temp",
                                                                         "warning")]
    assert found.repo.plans["p"].records == []


def _measurer(args: tuple[str, int]) -> int:
    root, i = args
    from cchc.cli import app as cli_app

    return CliRunner().invoke(cli_app, ["measure", "hai-long", str(90 + i), "--period",
                                        "2023-03", "--unit", "ubnd-phuong-1",
                                        "--repo", root]).exit_code


def test_concurrent_conflicting_readings_keep_exactly_one(make_repo: RepoWriter) -> None:
    root = make_repo({})
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(8) as pool:
        codes = pool.map(_measurer, [(str(root), i) for i in range(8)])
    assert sorted(codes) == [0] + [1] * 7  # the first wins; the others see it and refuse
    assert [d for d in load(root).diagnostics] == []
    assert len(list((root / "plans/p/measurements").rglob("*.yaml"))) == 1
