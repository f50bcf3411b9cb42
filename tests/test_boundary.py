"""The command line as a thin adapter: one error boundary, shared options, formats from the
renderers (cchc/cli/). No Python traceback reaches a user in any case below."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app, boundary
from cchc.errors import CchcError, Stop

ROOT = Path(__file__).resolve().parent.parent
DEMO = str(ROOT / "examples" / "demo")
AS_OF = "2023-03-31"


def cchc(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
         shell: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """The real program in a process of its own, the boundary active (CCHC_RAISE unset)."""
    full = {k: v for k, v in os.environ.items() if k != "CCHC_RAISE"}
    full.update(env or {})
    if shell is not None:
        return subprocess.run(["bash", "-c", shell], capture_output=True, env=full, cwd=cwd)
    return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, env=full,
                          cwd=cwd)


def no_traceback(run: subprocess.CompletedProcess[bytes]) -> str:
    err = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and 'File "' not in err, err
    return err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="a system without /dev/full")
def test_no_space_left_on_stdout_is_one_sentence_and_exit_1() -> None:
    run = cchc(shell=f'"{sys.executable}" -m cchc status --repo "{DEMO}" --as-of {AS_OF} '
               "> /dev/full")
    err = no_traceback(run)
    assert run.returncode == 1
    assert err.count("\n") == 1 and "No space left on device" in err


def test_an_ascii_terminal_gets_text_not_a_traceback() -> None:
    run = cchc("status", "--repo", DEMO, "--as-of", AS_OF, "--lang", "vi",
               env={"PYTHONIOENCODING": "ascii"})
    no_traceback(run)
    assert run.returncode == 0
    assert b"UBND" in run.stdout
    # the data formats are UTF-8 whatever the terminal: a redirected file is right
    run = cchc("status", "--repo", DEMO, "--as-of", AS_OF, "--format", "json",
               env={"PYTHONIOENCODING": "ascii"})
    assert run.returncode == 0
    assert '"locality": "UBND huyện Minh An (hư cấu)"' in run.stdout.decode("utf-8")


def test_a_deleted_working_folder(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    run = cchc(shell=f'cd "{gone}" && rmdir "{gone}" && "{sys.executable}" -m cchc status',
               cwd=tmp_path)
    err = no_traceback(run)
    assert run.returncode == 2
    assert "no longer exists" in err


def test_a_100_kb_repo_path_is_cut_in_the_message() -> None:
    run = cchc("status", "--repo", "x" * 100_000)
    err = no_traceback(run)
    assert run.returncode == 2
    assert len(err) < 1_000 and err.count("\n") == 1


def test_a_closed_pipe_exits_0_quietly() -> None:
    run = cchc(shell=f'set -o pipefail; "{sys.executable}" -m cchc tasks --repo "{ROOT}" '
               "--format json | true")
    assert run.returncode == 0, run.stderr
    assert run.stderr == b""


def test_a_bug_says_so_writes_a_log_and_exits_3(tmp_path: Path) -> None:
    code = ("import cchc.commands.status as s\n"
            "def broken(*a, **k):\n    raise ZeroDivisionError('boom')\n"
            "s.run = broken\n"
            "from cchc.cli import main\nmain()\n")
    full = {k: v for k, v in os.environ.items() if k != "CCHC_RAISE"}
    full["CCHC_CACHE_DIR"] = str(tmp_path)
    run = subprocess.run([sys.executable, "-c", code, "status", "--repo", DEMO, "--lang", "en"],
                         capture_output=True, env=full)
    err = no_traceback(run)
    assert run.returncode == 3
    assert "bug in cchc (ZeroDivisionError)" in err
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    assert "ZeroDivisionError: boom" in logs[0].read_text(encoding="utf-8")


def test_in_tests_a_bug_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    import cchc.commands.status as status

    def broken(*args: object, **kwargs: object) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(status, "run", broken)
    result = CliRunner().invoke(app, ["status", "--repo", DEMO])
    assert isinstance(result.exception, ZeroDivisionError)


def test_the_boundary_maps_each_ending_to_its_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert boundary.handle(Stop(1), []) == 1
    assert boundary.handle(KeyboardInterrupt(), ["--lang", "vi"]) == 130
    assert "đã dừng" in capsys.readouterr().err
    assert boundary.handle(CchcError("error.unknown-unit", 2, lang="vi", unit="x"), []) == 2
    assert capsys.readouterr().err == "không có đơn vị hay nhóm 'x' trong kho này\n"
    assert boundary.handle(BrokenPipeError(), []) == 0
    denied = PermissionError(13, "Permission denied", "/r/a.md")
    assert boundary.handle(denied, ["--lang", "en"]) == 1
    assert capsys.readouterr().err == "cannot read or write /r/a.md: Permission denied\n"


def test_shared_options_before_or_after_the_command() -> None:
    runner = CliRunner()
    after = runner.invoke(app, ["overdue", "--repo", DEMO, "--as-of", AS_OF, "--format", "json"])
    before = runner.invoke(app, ["--repo", DEMO, "--as-of", AS_OF, "overdue", "--format", "json"])
    assert after.exit_code == before.exit_code == 0
    assert after.stdout == before.stdout and after.stdout.startswith("[")
    # given on both sides, the command's own wins
    both = runner.invoke(app, ["--lang", "vi", "--repo", DEMO, "status", "--as-of", AS_OF,
                               "--lang", "en"])
    assert both.exit_code == 0 and "status as of 31 March 2023" in both.stdout


@pytest.mark.parametrize(("command", "renderer"), [
    ("check", "cchc.render.diagnostics"), ("tasks", "cchc.render.tasks"),
    ("overdue", "cchc.render.obligations"), ("gaps", "cchc.render.gaps"),
    ("status", "cchc.render.status"), ("report", "cchc.render.report"),
    ("diff", "cchc.render.diff"), ("remind", "cchc.render.remind"),
])
def test_format_choices_are_the_renderers_formats(command: str, renderer: str) -> None:
    import importlib

    names = list(importlib.import_module(renderer).FORMATS)
    extra = {"diff": ["HEAD"], "remind": ["--out", "x"]}.get(command, [])
    result = CliRunner().invoke(app, [command, *extra, "--repo", DEMO, "--format", "nope",
                                      "--lang", "en"])  # the demo is vi: its words otherwise
    assert result.exit_code == 2
    assert f"choose one of {', '.join(names)}" in result.output


def test_a_missing_library_says_how_to_install_it(capsys: pytest.CaptureFixture[str]) -> None:
    """An installation older than the code (a `git pull` without reinstalling) is not a bug."""
    missing = ModuleNotFoundError("No module named 'platformdirs'", name="platformdirs")
    assert boundary.handle(missing, ["--lang", "vi"]) == 1
    err = capsys.readouterr().err
    assert "chưa cài thư viện 'platformdirs'" in err and "make run" in err
    # one of cchc's own modules missing is a bug, and raises in tests
    with pytest.raises(ModuleNotFoundError):
        boundary.handle(ModuleNotFoundError("x", name="cchc.nothing"), [])
