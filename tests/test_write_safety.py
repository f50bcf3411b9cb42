"""Writes that go where they must and nowhere else (issue 11, items 1, 3, 7, 8, 10, 11, 12,
14, 18): names in filing order and valid on Windows, no write or read through a link out of
the repository, generated files that keep devices, pipes, links and modes, bytes read back
before they are linked, a bounded wait for the writer lock, the pre-commit hook that always
runs, and folders that cannot be read."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cchc.cli import app
from cchc.errors import CchcError
from cchc.pipeline import load
from cchc.write import records as write_records
from cchc.write.atomic import create_inside, replace_file
from cchc.write.lock import writer_lock
from cchc.write.names import filed_name
from cchc.write.paths import Outside, portable, windows_problem
from tests.conftest import RepoWriter

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def written_names(root: Path) -> list[Path]:
    return sorted(p for p in (root / "plans").rglob("*") if p.is_file())


# --- 1: names sort in filing order -------------------------------------------------------


def test_the_record_filed_last_on_a_day_sorts_last(make_repo: RepoWriter) -> None:
    root = make_repo({})
    for i in range(12):  # with random names in the order, 12 in a row would be luck
        unit = ("ubnd-phuong-1", "ubnd-phuong-2", "ubnd-xa-binh-minh")[i % 3]
        for status in ("in-progress", "done"):
            code, _, err = invoke("update", "1.1.2", "--unit", unit, "--status", status,
                                  "--date", "2023-02-10", "--evidence", "CV 1",
                                  "--note", f"lần {i}", "--repo", str(root))
            assert code == 0, err
    paths = sorted(p.relative_to(root).as_posix() for p in written_names(root)
                   if "/updates/" in p.as_posix())
    statuses = [yaml.safe_load((root / p).read_text(encoding="utf-8"))["status"] for p in paths]
    assert statuses == ["in-progress", "done"] * 12
    from cchc.compute.obligations import obligations

    loaded = load(root)
    rows = obligations(loaded.repo, loaded.registry, dt.date(2023, 3, 31), plan="p")
    assert {r.status for r in rows if r.task == "1.1.2"} == {"done"}


def test_two_writers_in_the_same_instant_get_distinct_names(tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 1, 14, 25, 30, 123456, tzinfo=dt.UTC)
    names = {filed_name("2023-03-29", ["1.1.3", "phong-noi-vu"], now=now) for _ in range(200)}
    assert len(names) == 200
    first = next(iter(names))
    assert first.startswith("2023-03-29_20261201T142530123456Z_1.1.3_phong-noi-vu_")
    # in one folder the moment only grows, even with the clock standing still or going back
    (tmp_path / first).write_text("x", encoding="utf-8")
    later = filed_name("2023-03-29", ["1.1.3", "phong-noi-vu"], tmp_path,
                       now=now - dt.timedelta(seconds=5))
    assert later > first and "20261201T142530123457Z" in later


# --- 3: canonical periods, names valid on Windows --------------------------------------------


@pytest.mark.parametrize(("typed", "label"), [("tháng 3/2023", "2023-03"),
                                              ("Quý I năm 2023", "2023-Q1"),
                                              ("năm 2023", "2023")])
def test_measure_stores_the_canonical_period(make_repo: RepoWriter, typed: str,
                                             label: str) -> None:
    freq = {"2023-03": "monthly", "2023-Q1": "quarterly", "2023": "yearly"}[label]
    from tests.conftest import PLAN

    root = make_repo({"plans/p/plan.yaml": PLAN.replace("frequency: monthly",
                                                        f"frequency: {freq}")})
    code, out, err = invoke("measure", "hai-long", "96", "--period", typed, "--unit",
                            "ubnd-phuong-1", "--repo", str(root))
    assert code == 0, err
    [path] = [p for p in written_names(root) if "/measurements/" in p.as_posix()]
    rel = path.relative_to(root).as_posix()
    assert rel.startswith(f"plans/p/measurements/2023/{label}_"), rel
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["period"] == label
    assert all(windows_problem(part) is None for part in rel.split("/"))
    assert load(root).diagnostics == []


@pytest.mark.parametrize("name", ["CON", "con.md", "Aux.yaml", "nul", "COM1.md", "lpt9",
                                  "a:b", "a?b", 'a"b', "a<b", "a|b", "a*b", "a\\b", "end.",
                                  "end ", "tab\tname", "", "COM\u00b9.txt"])
def test_names_windows_cannot_hold(name: str) -> None:
    assert windows_problem(name) is not None
    assert windows_problem(portable(name) or "_") is None


@given(st.text(max_size=60))
def test_portable_names_are_valid_everywhere(text: str) -> None:
    name = portable(text)
    if len(name.encode("utf-8")) <= 255:
        assert windows_problem(name) is None, (text, name)


def test_every_name_written_is_valid_on_windows(make_repo: RepoWriter) -> None:
    from tests.conftest import PLAN, UNITS

    units = UNITS.replace("ubnd-phuong-1", "con").replace("ubnd-phuong-2", "aux")
    root = make_repo({"units/units.yaml": units, "plans/p/plan.yaml": PLAN})
    assert invoke("update", "1.1.2", "--unit", "con", "--status", "in-progress",
                  "--date", "2023-02-10", "--repo", str(root))[0] == 0
    assert invoke("measure", "hai-long", "96", "--period", "quý 1/2023".replace(
        "quý 1/2023", "tháng 1/2023"), "--unit", "aux", "--repo", str(root))[0] == 0
    for path in written_names(root):
        for part in path.relative_to(root).parts:
            assert windows_problem(part) is None, path


# --- 7: never through a link out of the repository -------------------------------------------


LEVELS = ["plans", "plans/p", "plans/p/updates", "plans/p/updates/2023"]


@pytest.mark.parametrize("level", LEVELS)
def test_a_write_never_goes_through_a_link_out(make_repo: RepoWriter, tmp_path: Path,
                                               level: str) -> None:
    root = make_repo({})
    outside = tmp_path / "outside"
    real = root / level
    if real.exists():  # move the real folder out and leave a link in its place
        real.rename(outside)
    else:
        outside.mkdir()
    real.parent.mkdir(parents=True, exist_ok=True)
    real.symlink_to(outside, target_is_directory=True)
    before = sorted(outside.rglob("*"))
    with pytest.raises(Outside):
        create_inside(root, "plans/p/updates/2023/2023-02-10_x.yaml", b"task: x\n")
    assert sorted(outside.rglob("*")) == before


def test_a_link_that_stays_inside_is_followed_for_writing(make_repo: RepoWriter) -> None:
    root = make_repo({})
    (root / "plans/p/archive").mkdir()
    (root / "plans/p/updates").symlink_to("archive", target_is_directory=True)
    path = create_inside(root, "plans/p/updates/2023/a.yaml", b"x: 1\n")
    assert path == (root / "plans/p/archive/2023/a.yaml").resolve()


@pytest.mark.parametrize("level", ["units", "plans/p", "plans/p/updates",
                                   "plans/p/updates/2023"])
def test_reading_warns_of_a_folder_link_out(make_repo: RepoWriter, tmp_path: Path,
                                            level: str) -> None:
    root = make_repo({"plans/p/updates/2023/r.yaml": 'task: "9.9"\n'})  # an error if read
    outside = tmp_path / "outside"
    (root / level).rename(outside)
    (root / level).symlink_to(outside, target_is_directory=True)
    diagnostics = load(root).diagnostics
    assert ("symlink-outside", level) in {(d.code, d.path) for d in diagnostics}
    assert not any(d.path.startswith(level + "/") for d in diagnostics)


def test_a_settings_file_linked_out_is_not_read_nor_quoted(make_repo: RepoWriter,
                                                           tmp_path: Path) -> None:
    root = make_repo({})
    secret = tmp_path / "secret.yaml"
    secret.write_text("language: [mật-khẩu-bí-mật\n", encoding="utf-8")
    (root / "cchc.yaml").unlink()
    (root / "cchc.yaml").symlink_to(secret)
    for args in (["check"], ["check", "--format", "json"], ["status"]):
        code, out, err = invoke(*args, "--repo", str(root), "--as-of", "2023-03-01")
        assert "mật-khẩu" not in out + err
    code, out, _ = invoke("check", "--repo", str(root))
    assert "cchc.yaml:1:1: warning" in out and "[symlink-outside]" in out and code == 0


# --- 8: generated files: devices, pipes, links, modes ----------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_output_to_dev_null_keeps_the_device(tmp_path: Path) -> None:
    replace_file(Path("/dev/null"), b"report\n", root=tmp_path)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_output_to_a_pipe_is_written_into(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    replace_file(fifo, b"# report\n", root=tmp_path)
    reader.join(10)
    assert got == [b"# report\n"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_link_inside_followed_outside_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "reports").mkdir(parents=True)
    (root / "reports/real.md").write_text("old", encoding="utf-8")
    (root / "latest.md").symlink_to("reports/real.md")
    replace_file(root / "latest.md", b"new", root=root)
    assert (root / "latest.md").is_symlink() and (root / "reports/real.md").read_text() == "new"
    outside = tmp_path / "elsewhere.md"
    outside.write_text("keep", encoding="utf-8")
    (root / "out.md").symlink_to(outside)
    with pytest.raises(Outside):
        replace_file(root / "out.md", b"new", root=root)
    (root / "reports2").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(Outside):
        replace_file(root / "reports2/r.md", b"new", root=root)
    assert outside.read_text() == "keep" and not (tmp_path / "r.md").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o600)
    replace_file(path, b"new", root=tmp_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and path.read_bytes() == b"new"


def test_a_folder_as_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CchcError) as info:
        replace_file(tmp_path, b"x", root=tmp_path.parent)
    assert info.value.key == "write.not-a-file"


def test_report_output_to_dev_null_via_cli(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, _, err = invoke("report", "-o", "/dev/null", "--repo", str(root),
                          "--as-of", "2023-03-01")
    assert code == 0, err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# --- 10: the bytes read back before they are linked ------------------------------------------


def test_text_that_is_not_unicode_is_refused(make_repo: RepoWriter) -> None:
    root = make_repo({})
    note = os.fsdecode(b"C\xf4ng v\xe3n")  # cp1258 bytes given as an argument on Linux
    code, _, err = invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status",
                          "in-progress", "--date", "2023-03-01", "--note", note,
                          "--repo", str(root))
    assert code == 1 and "[not-unicode]" in err and "0xf4" in err, err
    assert not (root / "plans/p/updates").exists()


def test_bytes_that_do_not_read_back_are_never_linked(make_repo: RepoWriter) -> None:
    root = make_repo({})
    rel = "plans/p/updates/2023/2023-03-01_x_ab12cd34.yaml"
    meant = {"task": "1.1.1", "note": "a"}
    with pytest.raises(CchcError) as info:  # bytes that mean something else
        write_records.write(root, rel, b'task: "1.1.1"\nnote: b\n', meant)
    assert info.value.key == "write.readback"
    assert list((root / "plans/p/updates").rglob("*")) == [root / "plans/p/updates/2023"]
    assert write_records.write(root, rel, b'task: "1.1.1"\nnote: a\n', meant) == rel


# --- 11: a bounded wait for the writer lock --------------------------------------------------


def test_a_writer_says_it_waits_and_gives_up(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    waited: list[Path] = []
    with writer_lock(root):
        with pytest.raises(CchcError) as info:
            with writer_lock(root, waited.append, wait=0.3):
                pytest.fail("two writers held the lock")
    assert info.value.key == "write.lock-timeout" and len(waited) == 1
    with writer_lock(root, waited.append, wait=0.3):  # free again
        pass
    assert len(waited) == 1
    assert list(root.iterdir()) == []  # the lock file is not in the repository


def test_a_lock_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / ".git/cchc.lock").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(CchcError) as info:
        with writer_lock(root, wait=0.1):
            pass
    assert info.value.key == "write.lock-unusable"
    assert not (tmp_path / "elsewhere").exists()


# --- 12: the pre-commit hook runs on every commit --------------------------------------------


def test_the_pre_commit_hook_always_runs() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["always_run"] is True and hook["pass_filenames"] is False
    assert "files" not in hook or hook.get("always_run") is True


# --- 14: bad readings are messages, never tracebacks ----------------------------------------


@pytest.mark.parametrize(("args", "code"), [
    (["hai-long", "nan"], "bad-value"), (["hai-long", "inf"], "bad-value"),
    (["hai-long", "1e309"], "bad-value"),
    (["Hai_Long", "90"], "bad-id"), (["hai-lon", "90"], "unknown-indicator"),
])
def test_bad_readings_get_messages(make_repo: RepoWriter, args: list[str], code: str) -> None:
    root = make_repo({})
    result = runner.invoke(app, ["measure", *args, "--period", "2023-03", "--unit",
                                 "ubnd-phuong-1", "--repo", str(root)])
    assert result.exit_code == 1 and result.exception is None or isinstance(
        result.exception, SystemExit), result.exception
    assert f"[{code}]" in result.stderr, result.stderr
    assert not (root / "plans/p/measurements").exists()


def test_a_group_as_the_unit_of_a_reading(make_repo: RepoWriter) -> None:
    root = make_repo({})
    code, _, err = invoke("measure", "hai-long", "90", "--period", "2023-03", "--unit",
                          "phuong-xa", "--repo", str(root))
    assert code == 1 and "[unit-is-group]" in err and "is a group" in err


# --- 18: folders that cannot be read ---------------------------------------------------------


@pytest.mark.parametrize("folder", ["plans", "plans/p", "units", "plans/p/updates"])
def test_an_unreadable_folder_is_named(make_repo: RepoWriter, monkeypatch: pytest.MonkeyPatch,
                                       folder: str) -> None:
    root = make_repo({"plans/p/updates/r.yaml": 'task: "1.1.1"\n'})
    target = os.path.realpath(root / folder)
    real = os.scandir

    def scandir(path: str | Path = ".") -> object:
        if os.path.realpath(path) == target:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    diagnostics = load(root).diagnostics
    assert [(d.path, d.code, dict(d.args)["reason"]) for d in diagnostics
            if d.code == "folder-unreadable"] == [(folder, "folder-unreadable",
                                                   "Permission denied")]
    assert any(d.is_error for d in diagnostics)


def test_plans_as_a_link_to_itself_is_an_error(make_repo: RepoWriter) -> None:
    root = make_repo({})
    import shutil

    shutil.rmtree(root / "plans")
    (root / "plans").symlink_to("plans", target_is_directory=True)
    code, out, _ = invoke("check", "--repo", str(root))
    assert code == 1 and "plans:1:1: error" in out and "[folder-unreadable]" in out, out
