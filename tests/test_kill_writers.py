"""Writes that lose nothing: `cchc update` and `cchc measure` killed at any instant.

A writer killed at any moment leaves either its whole new file or none, plus at most a hidden
temporary file that `check` reports as a warning (`leftover-temp`) and never reads as a record.
Writers never overwrite each other. A write validates its own entry even when other files of
the repository are broken. (`tests/test_write.py` already runs 24 writers at once, unkilled.)

Writers run as real processes (`python -m cchc`) and are killed with SIGKILL: at each step of
`cchc.write.atomic.create_new` in turn (a small harness stops the process there), then at
random moments of their whole life, many at a time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import statistics
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cchc.cli import app
from cchc.pipeline import load
from tests.conftest import RepoWriter

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parent.parent
UNITS = ("ubnd-phuong-1", "ubnd-phuong-2", "ubnd-xa-binh-minh")

# Runs the CLI with `cchc.write.atomic` seeing an `os` that kills the process right after one
# step of the write; the rest of the program (the cache included) keeps the real `os`.
HARNESS = textwrap.dedent("""\
    import os, signal, sys, types
    import cchc.write.atomic as atomic

    step = sys.argv[1]
    fsyncs = []

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def after(name, real):
        def wrapped(*args, **kwargs):
            result = real(*args, **kwargs)
            if name == "fsync":
                fsyncs.append(1)
                if (step, len(fsyncs)) in (("fsync", 1), ("dirsync", 2)):
                    die()
            elif name == step:
                die()
            return result
        return wrapped

    class Half:
        def __init__(self, f):
            self.f = f
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.f.close()
        def write(self, data):
            self.f.write(data[: len(data) // 2])
            self.f.flush()
            die()

    class Written(Half):
        def write(self, data):
            self.f.write(data)
            self.f.flush()
            die()

    def fdopen(fd, *args, **kwargs):
        f = os.fdopen(fd, *args, **kwargs)
        return {"write": Half, "written": Written}.get(step, lambda f: f)(f)

    proxy = types.SimpleNamespace(**{k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
    proxy.open = after("open", os.open)
    proxy.fsync = after("fsync", os.fsync)
    proxy.link = after("link", os.link)
    proxy.fdopen = fdopen
    atomic.os = proxy

    from cchc.cli import app
    sys.argv = ["cchc", *sys.argv[2:]]
    app()
""")
# the state each kill leaves: (final file present, temporary file present)
STEPS = {"open": (False, True), "write": (False, True), "written": (False, True),
         "fsync": (False, True), "link": (True, True), "dirsync": (True, True)}


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CCHC_CACHE_DIR": str(tmp_path / "cache"),
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def update_args(root: Path, i: int) -> list[str]:
    return ["update", "1.1.2", "--unit", UNITS[i % 3], "--status", "in-progress",
            "--date", "2023-02-01", "--note", f"writer {i}", "--evidence", f"Công văn {i}",
            "--repo", str(root)]


def measure_args(root: Path, i: int) -> list[str]:
    # each writer its own (unit, month): two readings never conflict
    return ["measure", "hai-long", f"{90 + i % 10}.5", "--period", f"{2023 + i // 36}-"
            f"{i // 3 % 12 + 1:02d}", "--unit", UNITS[i % 3], "--source", f"writer {i}",
            "--repo", str(root)]


def entries(root: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Every record and reading file under the plan, parsed in full (a partial file fails)."""
    def read(folder: str) -> list[dict[str, object]]:
        found = []
        for path in sorted((root / "plans/p" / folder).rglob("*.yaml")):
            assert not path.name.startswith("."), path
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            assert isinstance(data, dict), (path, data)
            found.append(data)
        return found
    return read("updates"), read("measurements")


def temporaries(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob(".*.tmp"))


def assert_only_leftovers(root: Path) -> None:
    """The repository loads with no error; its only diagnostics are the leftover temps."""
    diagnostics = load(root).diagnostics
    assert [(d.path, d.severity.value, d.code) for d in diagnostics] == [
        (t, "warning", "leftover-temp") for t in temporaries(root)]


@pytest.mark.parametrize("command", ["update", "measure"])
def test_killed_at_each_step_of_the_write(make_repo: RepoWriter, tmp_path: Path,
                                          command: str) -> None:
    root = make_repo({})
    build = update_args if command == "update" else measure_args

    def run(item: tuple[int, str]) -> tuple[str, int]:
        i, step = item
        done = subprocess.run([sys.executable, "-c", HARNESS, step, *build(root, i)],
                              capture_output=True, text=True, env=env(tmp_path), timeout=60)
        return step, done.returncode

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, enumerate(STEPS)))
    assert results == [(step, -signal.SIGKILL) for step in STEPS]
    records, readings = entries(root)
    written = records if command == "update" else readings
    survivors = {i for i, step in enumerate(STEPS) if STEPS[step][0]}
    # whole files, each exactly what its writer meant, and only from writers past the link
    if command == "update":
        assert sorted(str(r["note"]) for r in written) == sorted(f"writer {i}" for i in survivors)
        for r in written:
            i = int(str(r["note"]).split()[1])
            assert r == {"task": "1.1.2", "unit": UNITS[i % 3], "date": dt.date(2023, 2, 1),
                         "status": "in-progress", "note": f"writer {i}",
                         "evidence": [f"Công văn {i}"]}
    else:
        assert sorted(str(r["source"]) for r in written) == sorted(f"writer {i}"
                                                                    for i in survivors)
        for r in written:
            i = int(str(r["source"]).split()[1])
            assert r["values"] == [{"indicator": "hai-long", "unit": UNITS[i % 3],
                                    "value": 90 + i % 10 + 0.5}]
    assert len(temporaries(root)) == len(STEPS)  # every kill left its temporary file
    assert_only_leftovers(root)
    assert len(load(root).repo.plans["p"].records) == (len(survivors) if command == "update"
                                                        else 0)


def _run_and_kill(args: list[str], delay: float, environ: dict[str, str]) -> tuple[int, str]:
    proc = subprocess.Popen([sys.executable, "-m", "cchc", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=environ)
    if delay >= 0:
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    return proc.returncode, out


def test_writers_killed_at_random_moments_lose_nothing(make_repo: RepoWriter,
                                                       tmp_path: Path) -> None:
    root = make_repo({})
    environ = env(tmp_path)
    seed = int(os.environ.get("CCHC_KILL_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    seed_note = f"(rerun with CCHC_KILL_SEED={seed})"
    waves, width = int(os.environ.get("CCHC_KILL_WAVES", "4")), 8
    jobs = [(update_args if i % 2 else measure_args)(root, i) for i in range(waves * width)]

    with ThreadPoolExecutor(width) as pool:
        start = time.perf_counter()
        # one unkilled wave first: how long a writer lives here, under this load
        lives = []

        def timed(args: list[str]) -> tuple[int, str]:
            t = time.perf_counter()
            result = _run_and_kill(args, -1, environ)
            lives.append(time.perf_counter() - t)
            return result

        results = list(pool.map(timed, jobs[:width]))
        life = statistics.median(lives)
        # then kill at random moments: half over the whole life (0-200 ms and on), half near
        # its end, where the validated entry is written
        delays = [rng.uniform(0, 1.3 * life) if k % 2 else rng.uniform(0.7 * life, 1.15 * life)
                  for k in range(len(jobs) - width)]
        results += list(pool.map(lambda a: _run_and_kill(a[0], a[1], environ),
                                 zip(jobs[width:], delays, strict=True)))
        elapsed = time.perf_counter() - start

    records, readings = entries(root)
    notes = [str(r["note"]) for r in records] + [str(r["source"]) for r in readings]
    assert len(notes) == len(set(notes)), "a writer's entry was written twice or overwritten"
    for i, (code, out) in enumerate(results):
        mine = f"writer {i}"
        if code == 0:  # finished: its file is there, whole
            assert mine in notes, (i, out, seed_note)
            assert (root / out.split("written: ", 1)[1].strip()).is_file()
        else:  # killed: its whole entry or nothing
            assert code == -signal.SIGKILL, (i, code, out, seed_note)
            assert notes.count(mine) <= 1
    assert all(code == 0 for code, _ in results[:width])
    assert_only_leftovers(root)
    # the cache the killed writers shared gives the same answer as a fresh read
    cached = subprocess.run([sys.executable, "-m", "cchc", "check", "--format", "json",
                             "--repo", str(root)], capture_output=True, text=True, env=environ)
    fresh = subprocess.run([sys.executable, "-m", "cchc", "check", "--format", "json",
                            "--no-cache", "--repo", str(root)], capture_output=True, text=True,
                           env=environ)
    assert cached.stdout == fresh.stdout, seed_note
    assert cached.returncode == fresh.returncode == 0, seed_note
    killed = sum(1 for code, _ in results if code != 0)
    print(f"\n{len(jobs)} writers, {killed} killed, {len(notes)} entries kept, "
          f"{len(temporaries(root))} temporary files left, writer life {life * 1000:.0f} ms, "
          f"{elapsed:.1f} s {seed_note}")


# --- a write into a repository with errors elsewhere ------------------------------------------

BROKEN = {
    "plans/q/plan.yaml": "period: 2023\ntasks: [\n",                       # another plan
    "plans/p/measurements/2023-01.yaml": "period: 2023-01\nvalues:\n\t- x\n",  # readings
    "plans/p/updates/2023/bad.yaml": 'task: "1.1.1"\nunit: [phong-noi-vu]\n',  # a record
    "units/extra.yaml": "units:\n  - id: Phong-Sai\n",                       # the registry
}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--no-cache", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_a_valid_write_succeeds_beside_broken_files(make_repo: RepoWriter) -> None:
    root = make_repo(BROKEN)
    before = {d.path for d in load(root).diagnostics if d.is_error}
    assert before == set(BROKEN)
    code, out, err = invoke("update", "1.1.2", "--unit", "ubnd-phuong-1", "--status", "done",
                            "--date", "2023-02-20", "--evidence", "KH 12", "--plan", "p",
                            "--repo", str(root))
    assert code == 0, err
    code, out2, err = invoke("measure", "hai-long", "96.5", "--period", "2023-03", "--unit",
                             "ubnd-phuong-2", "--plan", "p", "--repo", str(root))
    assert code == 0, err
    loaded = load(root)
    assert {d.path for d in loaded.diagnostics if d.is_error} == before  # nothing new
    new = [out.split("written: ")[1].strip(), out2.split("written: ")[1].strip()]
    assert not [d for d in loaded.diagnostics if d.path in new]
    assert [r.value.note for r in loaded.repo.plans["p"].records] == [None]  # the bad one drops


@pytest.mark.parametrize("args, code", [
    (["update", "9.9", "--unit", "phong-noi-vu", "--status", "done"], "unknown-task"),
    (["update", "1.1.1", "--unit", "ubnd-phuong-1", "--status", "done"], "unit-not-in-task"),
    (["update", "1.1.3", "--unit", "phong-noi-vu", "--status", "done", "--period", "2023-13"],
     "bad-period"),
    (["measure", "hai-long", "96", "--period", "2023-03"], "reading-needs-unit"),
    (["measure", "hai-long", "96", "--period", "2023-03-15", "--unit", "ubnd-phuong-1"],
     "bad-reading-period"),
    (["measure", "khong-co", "96", "--period", "2023-03"], "unknown-indicator"),
])
def test_an_invalid_write_is_refused_beside_broken_files(make_repo: RepoWriter,
                                                         args: list[str], code: str) -> None:
    root = make_repo(BROKEN)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    exit_code, _, err = invoke(*args, "--plan", "p", "--repo", str(root))
    assert exit_code == 1 and f"[{code}]" in err, err
    assert sorted(p for p in root.rglob("*") if p.is_file()) == files  # nothing written


def test_a_write_without_plan_is_not_guessed_when_another_plan_is_broken(
        make_repo: RepoWriter) -> None:
    root = make_repo({"plans/q/plan.yaml": "period: 2023\ntasks: [\n"})
    code, _, _ = invoke("update", "1.1.1", "--unit", "phong-noi-vu", "--status",
                        "in-progress", "--repo", str(root))
    assert code != 0
    assert not list((root / "plans/p").rglob("updates/**/*.yaml"))
