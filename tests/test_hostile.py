"""Damaged and hostile input: every problem a diagnostic with a place, never a traceback.

`tests/hostile/<case>/` holds repositories with an `expected.txt` in the format of
`tests/examples/invalid` (`path:line:column: severity code`, `#` for comments): exactly the
diagnostics the repository must give. They complement the examples (see each file's comment).
What git cannot hold or should not (symbolic links, unreadable files, named pipes, a 20 MB
file, nesting deeper than libyaml allows) is built here in `tmp_path`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc import i18n
from cchc.cli import app
from cchc.diagnostics import Diagnostic
from cchc.pipeline import load
from cchc.render.diagnostics import REPORTERS
from tests.conftest import RepoWriter

HERE = Path(__file__).parent / "hostile"
CASES = sorted(p for p in HERE.iterdir() if p.is_dir())
ROOT = Path(__file__).resolve().parent.parent
REC = 'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-10\nstatus: in-progress\n'

runner = CliRunner()


def found(root: Path) -> list[str]:
    return sorted(f"{d.path}:{d.line}:{d.column}: {d.severity.value} {d.code}"
                  for d in load(root).diagnostics)


def expected(case: Path) -> list[str]:
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    return sorted(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def assert_well_formed(root: Path, diagnostics: list[Diagnostic]) -> None:
    """What every diagnostic owes its reader, whatever the input."""
    for d in diagnostics:
        assert d.line >= 1 and d.column >= 1, d
        assert (root / d.path).exists() or (root / d.path).is_symlink(), d
        for lang in ("en", "vi"):
            assert "diag." + d.code in i18n.CATALOGUES[lang], d.code
            message = d.message(lang)
            assert "\n" not in message and "\r" not in message, (d, message)
    for name, render in REPORTERS.items():
        for lang in ("en", "vi"):
            out = render(diagnostics, lang)
            if name == "json":
                assert len(json.loads(out)) == len(diagnostics)
            else:  # one line per diagnostic, for editors and CI annotations
                assert out.count("\n") == len(diagnostics)


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_hostile_case_gives_exactly_its_diagnostics(case: Path) -> None:
    assert found(case) == expected(case)


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_hostile_case_renders_in_every_format(case: Path) -> None:
    assert_well_formed(case, load(case).diagnostics)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_check_command_on_the_corpus_exits_1_without_traceback(fmt: str) -> None:
    for case in CASES:
        result = runner.invoke(app, ["check", "--repo", str(case), "--format", fmt,
                                     "--no-cache"])
        errors = [line for line in expected(case) if " error " in line]
        assert result.exit_code == (1 if errors else 0), (case.name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), case.name


def test_values_with_line_breaks_stay_on_one_line_of_output(make_repo: RepoWriter) -> None:
    # A value quoted in a message must not break the `path:line:col: ...` line, nor forge one.
    forged = "x\\nunits/units.yaml:1:1: error: all good [ok]"
    root = make_repo({"plans/p/updates/a.yaml":
                      f'task: "1.1.1"\nunit: "{forged}"\ndate: 2023-03-10\nstatus: "done\\r\\n"\n'
                      f'"ghi\\nchu": 1\n"a\\u2028b": 1\n"a\\u2028b": 2\nnote: [{"x" * 200}]\n'})
    loaded = load(root)
    assert_well_formed(root, loaded.diagnostics)
    assert found(root) == ["plans/p/updates/a.yaml:2:7: error bad-id",
                           "plans/p/updates/a.yaml:4:9: error bad-choice",
                           "plans/p/updates/a.yaml:5:1: error unknown-field",
                           "plans/p/updates/a.yaml:7:1: error duplicate-key",
                           "plans/p/updates/a.yaml:7:1: error unknown-field",
                           "plans/p/updates/a.yaml:8:7: error wrong-type"]
    assert all(len(d.message()) < 400 for d in loaded.diagnostics)  # long values are cut


def test_an_id_with_a_final_line_break_is_a_bad_id(make_repo: RepoWriter) -> None:
    root = make_repo({"units/extra.yaml": 'units:\n  - id: "phong-moi\\n"\n    name: Phòng mới\n'
                                          "    kind: department\n",
                      "plans/p/updates/a.yaml": REC.replace('"1.1.1"', '"1.1.1\\n"')})
    assert found(root) == ["plans/p/updates/a.yaml:1:7: error bad-task-id",
                           "units/extra.yaml:2:9: error bad-id"]


# --- files git cannot hold, built in tmp_path -------------------------------------------------


def test_links_out_of_the_repository_are_not_followed(make_repo: RepoWriter,
                                                       tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("units: [\n", encoding="utf-8")  # would be a syntax error if read
    root = make_repo({})
    (root / "units/out.yaml").symlink_to(secret)
    (root / "plans/p/updates").mkdir(parents=True)
    (root / "plans/p/updates/etc.yaml").symlink_to("/etc/passwd")
    (root / "plans/p/updates/dir").symlink_to(tmp_path / "outside", target_is_directory=True)
    (root / "plans/p/updates/inside.yaml").symlink_to("../../../units/units.yaml")
    loaded = load(root)
    assert_well_formed(root, loaded.diagnostics)
    # a link inside the repository is read like the file it names: here, a units file
    # where a record belongs
    assert [(d.path, d.line, d.severity.value, d.code) for d in loaded.diagnostics
            if d.code != "unknown-field" and d.code != "missing-field"] == [
        ("plans/p/updates/dir", 1, "warning", "symlink-outside"),  # a folder link is said too
        ("plans/p/updates/etc.yaml", 1, "warning", "symlink-outside"),
        ("units/out.yaml", 1, "warning", "symlink-outside"),
    ]
    assert {d.path for d in loaded.diagnostics if d.is_error} == {"plans/p/updates/inside.yaml"}


def test_a_dangling_link_is_unreadable(make_repo: RepoWriter) -> None:
    root = make_repo({})
    (root / "units/gone.yaml").symlink_to("no-such-file.yaml")
    assert found(root) == ["units/gone.yaml:1:1: error unreadable"]


def test_a_link_that_points_to_itself_is_a_diagnostic(make_repo: RepoWriter) -> None:
    root = make_repo({})
    (root / "units/loop.yaml").symlink_to("loop.yaml")
    assert_well_formed(root, load(root).diagnostics)
    assert [line for line in found(root) if "loop.yaml" in line]


@pytest.mark.parametrize("error", [PermissionError(13, "Permission denied"),
                                   IsADirectoryError(21, "Is a directory")])
def test_an_unreadable_file_is_a_diagnostic(make_repo: RepoWriter,
                                            monkeypatch: pytest.MonkeyPatch,
                                            error: OSError) -> None:
    # Tests may run as root, which reads through chmod 000: the refusal is simulated.
    root = make_repo({"plans/p/updates/a.yaml": REC, "plans/p/updates/b.yaml": REC})
    target = root / "plans/p/updates/a.yaml"
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == target:
            raise error
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    loaded = load(root)
    assert [(d.path, d.line, d.column, d.code, dict(d.args)["reason"])
            for d in loaded.diagnostics] == [
        ("plans/p/updates/a.yaml", 1, 1, "unreadable", error.strerror)]
    assert len(loaded.repo.plans["p"].records) == 1  # the readable file still counts


def test_folders_named_like_yaml_files(make_repo: RepoWriter) -> None:
    root = make_repo({"units/more.yaml/inside.yaml": "units: [\n",
                      "plans/q/plan.yaml/README.md": "not a file\n"})
    # a folder is never read as a file; the YAML files inside it are
    assert found(root) == ["plans/q:1:1: error missing-plan-file",
                           "units/more.yaml/inside.yaml:2:1: error yaml-syntax"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang_check(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({})
    os.mkfifo(root / "units/pipe.yaml")
    try:
        result = subprocess.run([sys.executable, "-m", "cchc", "check", "--no-cache",
                                 "--repo", str(root)], capture_output=True, text=True,
                                timeout=4, env=_env(tmp_path))
    except subprocess.TimeoutExpired:
        pytest.fail("check was still waiting on the pipe after 4 s")
    assert "units/pipe.yaml" in result.stdout


def test_a_file_name_that_is_not_utf8(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({})
    (root / os.fsdecode(b"units/ph\xf2ng.yaml")).write_bytes(b"units: [\n")
    # not read: named with U+FFFD where the name is not UTF-8, so every output can carry it
    assert found(root) == ["units/ph\ufffdng.yaml:1:1: error unreadable"]
    result = subprocess.run([sys.executable, "-m", "cchc", "check", "--no-cache",
                             "--repo", str(root)], capture_output=True, timeout=60,
                            env={**_env(tmp_path), "PYTHONIOENCODING": "utf-8"})
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    assert result.returncode == 1


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CCHC_CACHE_DIR": str(tmp_path / "cache"),
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


# --- nesting ----------------------------------------------------------------------------------

DEEP: dict[str, Callable[[int], str]] = {
    "flow sequences": lambda n: "[" * n + "]" * n,
    "flow mappings": lambda n: "{a: " * n + "1" + "}" * n,
    "block mappings": lambda n: "".join("  " * i + "k:\n" for i in range(n)) + "  " * n + "1\n",
    "block sequences": lambda n: "".join("  " * i + "-\n" for i in range(n)) + "  " * n + "1\n",
}


def under(key: str, deep: str, indent: str = "  ") -> str:
    return f"{key}:\n" + textwrap.indent(deep, indent)


@pytest.mark.parametrize("shape", list(DEEP))
def test_nesting_beyond_libyamls_limit_is_a_syntax_error(make_repo: RepoWriter,
                                                         shape: str) -> None:
    # libyaml stops at 1,000 levels; block nesting costs its indentation in bytes, so less
    deep = DEEP[shape](1500 if shape.startswith("block") else 20_000)
    root = make_repo({"cchc.yaml": under("name", deep),
                      "units/deep.yaml": "units:\n  - " + under("name", deep, "      "),
                      "plans/p/updates/deep.yaml": REC + under("note", deep),
                      "plans/p/measurements/deep.yaml": deep})
    loaded = load(root)
    assert_well_formed(root, loaded.diagnostics)
    assert sorted((d.path, d.code) for d in loaded.diagnostics) == [
        ("cchc.yaml", "yaml-syntax"), ("plans/p/measurements/deep.yaml", "yaml-syntax"),
        ("plans/p/updates/deep.yaml", "yaml-syntax"), ("units/deep.yaml", "yaml-syntax")]
    # reported where the limit is crossed, about 1,000 levels in
    assert all(d.line > 900 or d.column > 900 for d in loaded.diagnostics), loaded.diagnostics


@pytest.mark.parametrize("shape", list(DEEP))
def test_nesting_just_within_libyamls_limit_is_a_type_error(make_repo: RepoWriter,
                                                            shape: str) -> None:
    deep = DEEP[shape](900)
    root = make_repo({"plans/p/updates/deep.yaml": REC + under("note", deep),
                      "plans/p/measurements/deep.yaml": "period: 2023-03\nvalues:\n"
                      "  - indicator: hai-long\n    unit: ubnd-phuong-1\n"
                      + under("    value", deep, "      ")})
    loaded = load(root)
    assert_well_formed(root, loaded.diagnostics)
    assert [(d.path, d.line, d.code) for d in loaded.diagnostics] == [
        ("plans/p/measurements/deep.yaml", 6, "bad-value"),
        ("plans/p/updates/deep.yaml", 6, "wrong-type")]


# --- size -------------------------------------------------------------------------------------

BIG_MB = float(os.environ.get("CCHC_BIG_MB", "20"))
# Bounds asserted, about 5 times what docs/robustness.md measured, for slower CI machines.
SECONDS_PER_MB = 3
PEAK_BYTES_PER_BYTE = 100

_MEASURE = textwrap.dedent("""\
    import json, resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": usage.ru_utime + usage.ru_stime, "code": done.returncode,
                      "out": done.stdout.decode(errors="replace")[-2000:],
                      "err": done.stderr.decode(errors="replace")[-2000:],
                      "peak_kb": usage.ru_maxrss}))
""")


def measure(args: list[str], env: dict[str, str]) -> dict[str, object]:
    """CPU time (user + system) and peak memory of one command, in a fresh process
    (resource.getrusage): CPU time, so a machine busy with other work does not fail the bound."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True,
                         text=True, env=env, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def big_records(path: Path, size: int) -> int:
    """Valid records, one file, about `size` bytes; returns how many."""
    units = ("ubnd-phuong-1", "ubnd-phuong-2", "ubnd-xa-binh-minh")
    chunk = []
    for i in range(3000):
        chunk.append(f'- task: "1.1.2"\n  unit: {units[i % 3]}\n  date: 2023-02-{1 + i % 28:02d}\n'
                     f"  status: in-progress\n  note: Đã gửi kế hoạch số {i}/KH-UBND của đơn vị\n")
    block = "".join(chunk).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        written = 0
        while written < size:
            f.write(block)
            written += len(block)
    return 3000 * (written // len(block))


def test_a_very_large_file_is_checked_in_bounded_time_and_memory(make_repo: RepoWriter,
                                                                 tmp_path: Path) -> None:
    root = make_repo({})
    size = int(BIG_MB * 1_000_000)
    count = big_records(root / "plans/p/updates/2023/big.yaml", size)
    actual = (root / "plans/p/updates/2023/big.yaml").stat().st_size
    m = measure([sys.executable, "-m", "cchc", "check", "--no-cache", "--repo", str(root)],
                _env(tmp_path))
    assert m["code"] == 0, m
    assert "0 error(s), 0 warning(s) in 4 file(s)" in str(m["out"])
    seconds, peak = float(str(m["seconds"])), int(str(m["peak_kb"])) * 1024
    print(f"\n{actual / 1e6:.1f} MB, {count} records: {seconds:.1f} s, "
          f"peak {peak / 1e6:.0f} MB")
    assert seconds < 5 + SECONDS_PER_MB * actual / 1e6, m
    assert peak < 100e6 + PEAK_BYTES_PER_BYTE * actual, m


def test_an_alias_bomb_costs_nothing(make_repo: RepoWriter, tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghijklmnopqrstuvwxyz"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{'abcdefghijklmnopqrstuvwxyz'[i]}"] * 9)
                     + "]")
    root = make_repo({"plans/p/measurements/bomb.yaml": "\n".join(lines) + "\n"})
    m = measure([sys.executable, "-m", "cchc", "check", "--no-cache", "--repo", str(root)],
                _env(tmp_path))
    assert m["code"] == 1 and "[yaml-alias-bomb]" in str(m["out"]), m
    assert float(str(m["seconds"])) < 10 and int(str(m["peak_kb"])) < 300_000, m


def test_many_diagnostics_in_one_mapping_cost_linear_time(make_repo: RepoWriter) -> None:
    # each unknown key is located in the mapping: once indexed, not by a scan per key
    n = 40_000
    root = make_repo({"cchc.yaml": "".join(f"k{i}: 1\n" for i in range(n)),
                      "plans/p/updates/keys.yaml": REC + "".join(f"0x{i:x}0: 1\n"
                                                                  for i in range(1, n))})
    start = time.process_time()
    loaded = load(root)
    elapsed = time.process_time() - start
    assert len(loaded.diagnostics) == 2 * n - 1
    bad = [d for d in loaded.diagnostics if d.code == "bad-key"]
    assert [(d.line, d.column) for d in bad[:2]] == [(5, 1), (6, 1)]  # each at its own key
    assert elapsed < 20, f"{elapsed:.1f} s for {2 * n} diagnostics"


def test_a_very_long_line_and_many_files(make_repo: RepoWriter) -> None:
    files = {f"plans/p/updates/{i:04d}.yaml": REC for i in range(1500)}
    files["plans/p/updates/long.yaml"] = REC + "note: " + "Đã xong " * 500_000 + "\n"
    root = make_repo(files)
    start = time.process_time()
    # read whole, then refused for its length (notes hold at most 10,000 characters)
    assert found(root) == ["plans/p/updates/long.yaml:5:7: error text-too-long"]
    assert time.process_time() - start < 30
