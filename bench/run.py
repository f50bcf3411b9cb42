"""Time the real `cchc` command line on synthetic repositories against the YAML floor.

    python -m bench.run [--sizes 250,1000] [--repeat 3] [--out docs/performance.md]

For each size (communes), a repository is generated with `bench.generate` (or reused from the
cache folder when one was generated with the same parameters and generator), then, `--repeat`
times, interleaved so that a slow moment of the machine hits every row alike:

- the floor: a subprocess that parses every YAML file with `yaml.load(f, Loader=CSafeLoader)`
  and nothing else (`bench/floor.py`), so it pays the interpreter start-up the CLI pays; and
  the same loop in this process (no start-up), for reference;
- `cchc check`, `cchc status`, `cchc overdue --format json` and `cchc report` (with
  `--as-of`), cold, warm and (when offered) with `--no-cache`, as subprocesses of the
  installed console script.

Cold and warm: the harness reads the CLI's help. If cchc keeps a cache in `CCHC_CACHE_DIR`, a
cold run gets a fresh empty cache folder (and fills it), the warm run follows with the same
folder, and with `--no-cache` a third run bypasses the cache; if only `--no-cache` exists, the
cold run passes it and the warm run does not; if cchc keeps no cache, cold and warm are two
plain runs in a row. Every run has a private cache folder (the user's is never touched), and
the outputs of all modes must be equal. The OS page cache is warm in every case (an untimed
floor run reads every file first): "cold" is about cchc's own cache only.

`--snapshot` measures a copy of the cchc package taken at the start, for a working tree that
others edit during the run.

It prints Markdown: the machine, the repositories' sizes, the median times, each as a ratio to
the floor at the same size, the scaling ratio from the smallest to the largest size, and the
start-up rows (`cchc --help`, `cchc --version` against `python -c "import typer"`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import floor as floor_module
from bench.generate import GENERATOR_VERSION, generate

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
FLOOR_SCRIPT = HERE / "floor.py"
BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"
DEFAULT_AS_OF = "2023-09-30"
NEW_AS_OF = "2023-10-15"  # a warm run at a date not asked before
MEMORY_GOAL_AT = 1000  # communes: the size issue 15 sets the memory goal at

COMMANDS: dict[str, list[str]] = {
    "check": ["check"],
    "status": ["status", "--as-of", "{as_of}"],
    "overdue": ["overdue", "--as-of", "{as_of}", "--format", "json"],
    "report": ["report", "--as-of", "{as_of}"],
}


# ------------------------------------------------------------------------- the CLI under test

@dataclass
class Cli:
    cchc: Path
    python: Path
    no_cache: dict[str, str] = field(default_factory=dict)  # command -> "global" | "command"
    cache_env: bool = False

    @property
    def mode(self) -> str:
        if self.cache_env:
            return "cache-dir+flag" if self.no_cache else "cache-dir"
        return "flag" if self.no_cache else "none"

    def argv(self, command: str, repo: Path, as_of: str, no_cache: bool = False) -> list[str]:
        args = [a.format(as_of=as_of) for a in COMMANDS[command]]
        where = self.no_cache.get(command) if no_cache else None
        head = [str(self.cchc)] + (["--no-cache"] if where == "global" else [])
        tail = ["--no-cache"] if where == "command" else []
        return [*head, *args, "--repo", str(repo), *tail]


def find_cli(cchc: str | None) -> Cli:
    path = Path(cchc) if cchc else Path(sys.executable).parent / "cchc"
    if not path.exists():
        found = shutil.which("cchc")
        if found is None:
            raise SystemExit("bench: cannot find the cchc console script (use --cchc PATH)")
        path = Path(found)
    python = path.parent / "python"
    return Cli(path, python if python.exists() else Path(sys.executable))


_EXTRA_ENV: dict[str, str] = {}  # PYTHONPATH of a snapshot (--snapshot)
# Every subprocess runs from a neutral folder: `python -c` puts its working folder first on
# sys.path, which from the project root would import ./cchc whatever PYTHONPATH says.
_CWD = tempfile.gettempdir()


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CCHC_")}
    env.update({"COLUMNS": "120", "PYTHONHASHSEED": "0"}, **_EXTRA_ENV, **extra)
    return env


PROBE = """
import json, os, platform, sys
import yaml
info = {"python": platform.python_version(), "implementation": platform.python_implementation(),
        "pyyaml": yaml.__version__, "libyaml": bool(getattr(yaml, "__with_libyaml__", False))}
try:
    import cchc
    info["cchc"] = "cchc " + str(getattr(cchc, "__version__", "?"))
    folder = os.path.dirname(cchc.__file__)
    info["cchc_dir"] = folder
    info["cache_env_in_source"] = any(
        "CCHC_CACHE_DIR" in open(os.path.join(d, n), encoding="utf-8", errors="ignore").read()
        for d, _, names in os.walk(folder) for n in names if n.endswith(".py"))
except Exception as exc:
    info["cchc"] = "unknown (" + type(exc).__name__ + ")"
try:
    from cchc.load import yamlread
    info["cchc_loader"] = yamlread._BaseLoader.__name__
except Exception as exc:
    info["cchc_loader"] = "unknown (" + type(exc).__name__ + ")"
try:  # the help texts, in one process rather than one process per command
    from typer.testing import CliRunner
    from cchc.cli import app
    runner = CliRunner()
    info["help"] = {c: runner.invoke(app, ([c] if c else []) + ["--help"],
                                     env={"COLUMNS": "250"}).output for c in sys.argv[1:]}
except Exception:
    info["help"] = None
print(json.dumps(info))
"""


def snapshot(cli: Cli, folder: Path) -> str:
    """Copy the cchc package the CLI imports into `folder` and make every subprocess import
    the copy (PYTHONPATH comes before the editable install), so that edits made to the tree
    during the run do not change the program measured. Returns the source folder."""
    src = subprocess.run([str(cli.python), "-c", "import cchc, os; "
                          "print(os.path.dirname(cchc.__file__))"], capture_output=True,
                         text=True, env=_env(), cwd=_CWD, check=True).stdout.strip()
    shutil.copytree(src, folder / "cchc", ignore=shutil.ignore_patterns("__pycache__"))
    # Compiled once, as an installation is (pip compiles what it installs): otherwise, with
    # PYTHONDONTWRITEBYTECODE set, every run would compile cchc's modules again.
    subprocess.run([str(cli.python), "-m", "compileall", "-q", str(folder / "cchc")],
                   capture_output=True, env=_env(), cwd=_CWD, check=True)
    _EXTRA_ENV["PYTHONPATH"] = os.pathsep.join(
        [str(folder), *([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])])
    return src


def probe(cli: Cli, commands: list[str]) -> dict[str, object]:
    """What the CLI's Python reports: versions, cchc's loader, help texts, cache support."""
    out = subprocess.run([str(cli.python), "-c", PROBE, "", *commands], capture_output=True,
                         text=True, env=_env(), cwd=_CWD, check=True).stdout
    info: dict[str, object] = json.loads(out)
    texts = info.get("help")
    if not isinstance(texts, dict) or not all(texts.get(c) for c in ["", *commands]):
        # Fall back on the console script itself, one process per command.
        env = _env(COLUMNS="250")
        procs = {command: subprocess.Popen(
            [str(cli.cchc), *([command] if command else []), "--help"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=_CWD)
            for command in ["", *commands]}
        texts = {command: proc.communicate()[0] for command, proc in procs.items()}
    for command in commands:
        if "--no-cache" in texts[command]:
            cli.no_cache[command] = "command"
        elif "--no-cache" in texts[""]:
            cli.no_cache[command] = "global"
    cli.cache_env = (any("CCHC_CACHE_DIR" in str(t) for t in texts.values())
                     or bool(info.get("cache_env_in_source")))
    return info


# ------------------------------------------------------------------------- the machine

def machine(probed: dict[str, object]) -> dict[str, str]:
    info = {k: str(v) for k, v in probed.items()}
    cpu = platform.processor() or ""
    memory = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        cpu = found.group(1).strip() if found else cpu
        meminfo = Path("/proc/meminfo").read_text()
        kb = re.search(r"^MemTotal:\s*(\d+)", meminfo, re.MULTILINE)
        memory = f"{int(kb.group(1)) / 1024 / 1024:.1f} GiB" if kb else ""
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z"),
        "platform": platform.platform(),
        "cpu": cpu or "unknown",
        "cpus": f"{os.cpu_count()}" + (f" ({usable} usable)" if usable else ""),
        "memory": memory or "unknown",
        "python": f"{info['implementation']} {info['python']}",
        "pyyaml": f"{info['pyyaml']}, libyaml {'yes' if info['libyaml'] == 'True' else 'NO'}",
        "cchc_loader": info["cchc_loader"],
        "cchc": info["cchc"],
        "revision": _revision() or "unknown",
        "source": source_digest(probed.get("cchc_dir")) or "unknown",
        "load": _load_average(),
    }


def _load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def source_digest(folder: object) -> str | None:
    """A digest of cchc's source files: a run during which it changes measured two programs."""
    if not isinstance(folder, str) or not os.path.isdir(folder):
        return None
    h = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*.py")):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def _revision() -> str | None:
    """The commit checked out (read from .git; the working tree may hold more changes)."""
    git = PROJECT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text().strip()[:12]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:12]
    except OSError:
        return None
    return None


# ------------------------------------------------------------------------- repositories

def repository(cache: Path, communes: int, *, seed: int, tasks: int, layout: str,
               reuse: bool) -> tuple[Path, dict[str, object], float | None]:
    """A generated repository, reused when the cache holds one made the same way.

    Returns (root, counts, seconds spent generating or None when reused)."""
    params = {"communes": communes, "seed": seed, "tasks": tasks, "layout": layout,
              "generator_version": GENERATOR_VERSION}
    digest = hashlib.sha256(json.dumps(params, sort_keys=True).encode()
                            + (HERE / "generate.py").read_bytes()).hexdigest()[:12]
    root = cache / f"{communes}c-{tasks}t-s{seed}-{layout}-{digest}"
    manifest = root.with_name(root.name + ".json")
    if reuse and manifest.is_file() and root.is_dir():
        return root, json.loads(manifest.read_text(encoding="utf-8")), None
    if root.exists():
        shutil.rmtree(root)
    manifest.unlink(missing_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    counts = generate(root, communes, seed, tasks=tasks, readings_layout=layout)
    spent = time.perf_counter() - start
    manifest.write_text(json.dumps(counts, ensure_ascii=False, indent=1), encoding="utf-8")
    return root, counts, spent


# ------------------------------------------------------------------------- timing

class BenchError(RuntimeError):
    pass


# The peak resident memory (KiB on Linux) of the last process `timed` ran, when known.
LAST_RSS: list[int] = [0]
# The user and system CPU seconds of that process (0, 0 where `os.wait4` is missing).
LAST_CPU: list[tuple[float, float]] = [(0.0, 0.0)]


def timed(argv: list[str], env: dict[str, str], timeout: float,
          expect: int = 0) -> tuple[float, str]:
    """Run `argv`; return the CPU seconds (user + system) of the whole process and its output.

    CPU time rather than wall time: the machine is shared, and a process waiting for the CPU
    is not slower. Where `os.wait4` is missing (Windows), wall time is the fallback."""
    start = time.perf_counter()
    if not hasattr(os, "wait4"):
        try:
            done = subprocess.run(argv, capture_output=True, env=env, timeout=timeout,
                                  cwd=_CWD)
        except subprocess.TimeoutExpired:
            raise BenchError(f"timed out after {timeout:.0f} s: {' '.join(argv)}") from None
        seconds, code, stdout, stderr = (time.perf_counter() - start, done.returncode,
                                         done.stdout, done.stderr)
    else:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=_CWD)
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - start > timeout:
                    proc.kill()
                    os.wait4(proc.pid, 0)
                    raise BenchError(f"timed out after {timeout:.0f} s: {' '.join(argv)}")
                time.sleep(0.002)
            proc.returncode = code = os.waitstatus_to_exitcode(status)
            seconds = usage.ru_utime + usage.ru_stime
            LAST_RSS[0] = usage.ru_maxrss
            LAST_CPU[0] = (usage.ru_utime, usage.ru_stime)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
    if code != expect:
        text = stderr.decode("utf-8", "replace").strip()[-2000:]
        raise BenchError(f"exit {code} (expected {expect}): {' '.join(argv)}\n{text}")
    return seconds, stdout.decode("utf-8", "replace")


Samples = dict[str, list[float]]


def run_set(cli: Cli, command: str, repo: Path, as_of: str,
            timeout: float) -> tuple[dict[str, float], str]:
    """One cold run, the warm run after it and, when cchc has both a cache folder and
    `--no-cache`, a run bypassing the cache. Returns the seconds by mode and the output.

    Every run gets a private cache folder (`CCHC_CACHE_DIR`), so the user's cache is never
    touched. The outputs of all modes must be the same: a cache that changes the result fails
    the benchmark."""
    folder = tempfile.mkdtemp(prefix="cchc-bench-cache-")
    env = _env(CCHC_CACHE_DIR=folder)
    seconds: dict[str, float] = {}
    outputs: dict[str, str] = {}
    try:
        if cli.cache_env:
            seconds["cold"], outputs["cold"] = timed(cli.argv(command, repo, as_of), env,
                                                     timeout)
            seconds["warm"], outputs["warm"] = timed(cli.argv(command, repo, as_of), env,
                                                     timeout)
            seconds["warm-rss-mb"] = LAST_RSS[0] / 1024
            # The same command again: warm, and the results of this exact question cached.
            seconds["repeat"], outputs["repeat"] = timed(cli.argv(command, repo, as_of), env,
                                                         timeout)
            # A new as-of date: the files are cached, the results of that date are not.
            seconds["new-date"], _ = timed(cli.argv(command, repo, NEW_AS_OF), env, timeout)
            seconds["new-date-rss-mb"] = LAST_RSS[0] / 1024  # a warm run that computes
            if command in cli.no_cache:
                seconds["no-cache"], outputs["no-cache"] = timed(
                    cli.argv(command, repo, as_of, no_cache=True), env, timeout)
        else:
            seconds["cold"], outputs["cold"] = timed(
                cli.argv(command, repo, as_of, no_cache=command in cli.no_cache), env, timeout)
            seconds["warm"], outputs["warm"] = timed(cli.argv(command, repo, as_of), env,
                                                     timeout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    differ = [m for m in outputs if outputs[m] != outputs["warm"]]
    if differ:
        raise BenchError(f"cchc {command}: the output of the {differ[0]} run differs from the "
                         "warm run's")
    return seconds, outputs["warm"]


def measure_size(cli: Cli, repo: Path, files: int, commands: list[str], repeat: int,
                 warmup: int, as_of: str, timeout: float, log: Log,
                 peer_argvs: dict[str, list[str]] | None = None,
                 ) -> tuple[Samples, dict[str, str]]:
    samples: Samples = {}
    outputs: dict[str, str] = {}
    floor_argv = [str(cli.python), str(FLOOR_SCRIPT), str(repo)]
    # Untimed first runs: the floor's fills the OS page cache; the commands' fill cchc's
    # default cache when it has one (`--no-cache` mode), else they would only cost time.
    auto = warmup < 0
    for _ in range(1 if auto else warmup):
        timed(floor_argv, _env(), timeout)
    for _ in range((1 if cli.mode == "flag" else 0) if auto else warmup):
        for command in commands:
            run_set(cli, command, repo, as_of, timeout)
    for i in range(repeat):
        seconds, out = timed(floor_argv, _env(), timeout)
        if int(out.strip()) != files:
            raise BenchError(f"the floor parsed {out.strip()} files, the generator wrote "
                             f"{files}")
        samples.setdefault("floor", []).append(seconds)
        start = time.process_time()
        floor_module.floor(str(repo))
        samples.setdefault("floor-inproc", []).append(time.process_time() - start)
        log(f"    run {i + 1}/{repeat}: floor {seconds:.3f} s")
        for name, argv in (peer_argvs or {}).items():
            seconds, _ = timed(argv, _env(), timeout)
            samples.setdefault(name, []).append(seconds)
            log(f"    run {i + 1}/{repeat}: {name} {seconds:.3f} s")
        for command in commands:
            seconds, outputs[command] = run_set(cli, command, repo, as_of, timeout)
            for mode, t in seconds.items():
                samples.setdefault(f"{command}/{mode}", []).append(t)
            log(f"    run {i + 1}/{repeat}: {command} " + ", ".join(
                f"{mode} {t:.3f} s" for mode, t in seconds.items()))
    facts: dict[str, str] = {}
    if "check" in outputs:
        lines = [line.strip() for line in outputs["check"].splitlines() if line.strip()]
        facts["check"] = lines[-1] if lines else ""
    if "overdue" in outputs:
        facts["overdue"] = str(len(json.loads(outputs["overdue"])))
    return samples, facts


STARTUP = [
    ("`cchc --help`", ["{cchc}", "--help"]),
    ("`cchc --version`", ["{cchc}", "--version"]),
    ('`python -c "import typer"`', ["{python}", "-c", "import typer"]),
    ('`python -c "pass"` (the interpreter alone)', ["{python}", "-c", "pass"]),
]


def measure_startup(cli: Cli, repeat: int, warmup: int, timeout: float) -> Samples:
    argvs = {name: [a.format(cchc=cli.cchc, python=cli.python) for a in argv]
             for name, argv in STARTUP}
    for _ in range(1 if warmup < 0 else warmup):
        for argv in argvs.values():
            timed(argv, _env(), timeout)
    samples: Samples = {name: [] for name in argvs}
    for _ in range(repeat):
        for name, argv in argvs.items():
            samples[name].append(timed(argv, _env(), timeout)[0])
    return samples


# ------------------------------------------------------------------------- Markdown

def _s(seconds: float) -> str:
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.2f}" if seconds < 100 \
        else f"{seconds:.1f}"


def _n(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


ROWS = [("floor", "floor: parse every YAML file, subprocess", "–"),
        ("floor-inproc", "floor, in-process (no interpreter start-up)", "–"),
        ("hledger", "`hledger check`, the same progress records as one journal", "–"),
        ("beancount", "`bean-check -C` (Beancount 3), the same records as one ledger", "–")]
MODES = {"cold": "cold", "warm": "warm", "repeat": "warm, same question again",
         "new-date": f"warm, new `--as-of` ({NEW_AS_OF})", "no-cache": "`--no-cache`"}
LABELS = {"check": "`cchc check`", "status": "`cchc status`",
          "overdue": "`cchc overdue --format json`", "report": "`cchc report`"}


def render(info: dict[str, str], cli_mode: str, sizes: list[int],
           counts: dict[int, dict[str, object]], facts: dict[int, dict[str, str]],
           samples: dict[int, Samples], startup: Samples, *, repeat: int,
           startup_repeat: int, commands: list[str], as_of: str, argv: list[str]) -> str:
    med = {size: {k: statistics.median(v) for k, v in s.items()} for size, s in samples.items()}
    out = [BEGIN, "",
           f"Measured {info['date']} with `python -m bench.run {' '.join(argv)}`.", "",
           "| machine | |", "|---|---|"]
    for key, label in [("platform", "platform"), ("cpu", "CPU"), ("cpus", "CPU count"),
                       ("memory", "memory"), ("python", "Python"), ("pyyaml", "PyYAML"),
                       ("cchc_loader", "cchc's YAML loader"), ("cchc", "cchc"),
                       ("revision", "commit (HEAD; the working tree may differ)"),
                       ("source", "digest of cchc/**/*.py (sha256, 12 digits)"),
                       ("load", "load average (1, 5, 15 min) at the start → at the end")]:
        out.append(f"| {label} | {info[key]} |")
    out += ["", "Repositories (`bench/generate.py`):", "",
            "| communes | files | update files | measurement files | records | readings | "
            "MB | `cchc check` says | overdue (task, unit) rows |",
            "|---:|---:|---:|---:|---:|---:|---:|---|---:|"]
    for size in sizes:
        c = counts[size]
        mb = int(str(c["bytes"])) / 1e6
        out.append(f"| {size:,} | {_n(c['files'])} | {_n(c['update_files'])} | "
                   f"{_n(c['measurement_files'])} | {_n(c['records'])} | {_n(c['readings'])} | "
                   f"{mb:.1f} | {facts[size].get('check', '–')} | "
                   f"{_n(int(facts[size]['overdue'])) if 'overdue' in facts[size] else '–'} |")
    first, last = sizes[0], sizes[-1]
    scale = len(sizes) > 1
    head = "| command | cache |"
    rule = "|---|---|"
    for size in sizes:
        head += f" {size:,} communes (s) | × floor |"
        rule += "---:|---:|"
    if scale:
        head += f" {last:,} ÷ {first:,} |"
        rule += "---:|"
    mode_text = {
        "cache-dir+flag": "cchc keeps a cache in `CCHC_CACHE_DIR` and has `--no-cache`: "
                          "*cold* runs with a fresh empty cache folder (and fills it), *warm* "
                          "runs right after with the filled folder, *--no-cache* bypasses "
                          "the cache.",
        "cache-dir": "cchc keeps a cache in `CCHC_CACHE_DIR`: *cold* runs with a fresh empty "
                     "cache folder (and fills it), *warm* runs right after with the filled "
                     "folder.",
        "flag": "cchc has `--no-cache`: *cold* passes it, *warm* does not (the cache was "
                "filled by an untimed run first).",
        "none": "cchc keeps no cache (no `--no-cache` option, no `CCHC_CACHE_DIR`): *cold* "
                "and *warm* are two plain runs in a row, so they differ only by noise.",
    }[cli_mode]
    out += ["", f"Median of {repeat} run(s), CPU time (user + system) of the whole "
            "process, seconds; "
            "× floor = the time over the floor subprocess at the same size"
            + (f"; the last column is the time at {last:,} communes over the time at "
               f"{first:,} (the data grows ×{last / first:.2f} in communes)" if scale else "")
            + f". `--as-of {as_of}` for status, overdue and report. {mode_text} The OS page "
            "cache is warm in every run.", "", head, rule]
    present = set.intersection(*(set(s) for s in samples.values()))
    keys = [(k, label, "–") for k, label, _ in ROWS if k in present]
    keys += [(f"{c}/{m}", LABELS[c], MODES[m])
             for c in commands for m in MODES if f"{c}/{m}" in present]
    for key, label, mode in keys:
        row = f"| {label} | {mode} |"
        for size in sizes:
            t = med[size][key]
            row += f" {_s(t)} | {t / med[size]['floor']:.2f} |"
        if scale:
            row += f" {med[last][key] / med[first][key]:.2f} |"
        out.append(row)
    if scale:
        growth = ", ".join(
            f"×{int(str(counts[last][k])) / int(str(counts[first][k])):.2f} in {k}"
            for k in ("files", "records", "readings"))
        out += ["", f"From {first:,} to {last:,} communes the data grows {growth}."]
    base = statistics.median(startup['`python -c "import typer"`'])
    out += ["", f"Start-up (median of {startup_repeat} runs, seconds; × typer = over "
            '`python -c "import typer"`):', "", "| command | s | × typer |", "|---|---:|---:|"]
    for name, values in startup.items():
        t = statistics.median(values)
        out.append(f"| {name} | {_s(t)} | {t / base:.2f} |")
    out += goals(sizes, counts, med, startup)
    out += ["", END]
    return "\n".join(out) + "\n"


def goals(sizes: list[int], counts: dict[int, dict[str, object]],
          med: dict[int, dict[str, float]], startup: Samples) -> list[str]:
    """Issue 15's goals, each with the ratio this run measured and whether it is met."""
    rows: list[tuple[str, str, float, float]] = []  # goal, size, measured, limit

    def ratio(size: int, key: str, base: str = "floor") -> float | None:
        m = med[size]
        return m[key] / m[base] if key in m and base in m and m[base] > 0 else None

    for size in sizes:
        at = f"{size:,}"
        for key, limit, text in [
                ("check/no-cache", 0.5, "`check --no-cache` × floor"),
                ("report/no-cache", 0.8, "`report --no-cache` × floor"),
                ("check/warm", 0.03, "warm `check` × floor"),
                ("report/new-date", 0.2, "warm `report`, new as-of date × floor"),
                ("status/new-date", 0.2, "warm `status`, new as-of date × floor"),
                ("report/repeat", 0.06, "warm `report`, same question × floor"),
                ("status/repeat", 0.06, "warm `status`, same question × floor")]:
            r = ratio(size, key)
            if r is not None:
                rows.append((text, at, r, limit))
        m = med[size]
        n = counts[size].get("peer_records")
        if "check/no-cache" in m and isinstance(n, int) and n:
            own = m["check/no-cache"] / int(str(counts[size]["records"]))
            if "hledger" in m:
                rows.append(("`check --no-cache` per record ÷ `hledger check` per record", at,
                             own / (m["hledger"] / n), 1.0))
            if "beancount" in m:
                rows.append(("`check --no-cache` per record ÷ `bean-check` per record", at,
                             own / (m["beancount"] / n), 1 / 3))
    last = sizes[-1]
    # The memory goal is set at 1,000 communes (issue 15): measured there when the run has
    # that size (a larger one, 3,300, holds more and has no goal), else at the largest
    held = MEMORY_GOAL_AT if MEMORY_GOAL_AT in sizes else last
    memory = 250.0 if held == MEMORY_GOAL_AT else float("nan")  # no goal at another size
    if "status/warm-rss-mb" in med[held]:
        rows.append((f"resident memory of a warm `status`, MB (at {held:,})", f"{held:,}",
                     med[held]["status/warm-rss-mb"], memory))
    if "status/new-date-rss-mb" in med[held]:
        rows.append(("resident memory of a warm `status` at a new as-of date (it computes), "
                     f"MB (at {held:,})", f"{held:,}", med[held]["status/new-date-rss-mb"],
                     memory))
    first = sizes[0]
    for later in sizes[1:]:  # from the smallest to each larger size: 250 → 1,000, → 3,300
        grow = int(str(counts[later]["records"])) / int(str(counts[first]["records"]))
        for key in ("check/no-cache", "report/no-cache"):
            if key in med[first] and key in med[later]:
                rows.append((f"growth of {LABELS[key.split('/')[0]]} --no-cache ÷ growth of "
                             "the records (linear: about 1)", f"{first:,} → {later:,}",
                             med[later][key] / med[first][key] / grow, 1.15))
    typer_s = statistics.median(startup['`python -c "import typer"`'])
    version = statistics.median(startup["`cchc --version`"])
    rows.append(("`cchc --version` × `python -c \"import typer\"`", "–", version / typer_s,
                 1.5))
    out = ["", "Goals of issue 15 (CPU time ratios of this run):", "",
           "| goal | size | measured | at most | met |", "|---|---|---:|---:|---|"]
    for text, at, value, limit in rows:
        if limit != limit:  # NaN: shown for information, no goal at this size
            out.append(f"| {text} | {at} | {value:.3f} | – | – |")
            continue
        out.append(f"| {text} | {at} | {value:.3f} | {limit:.3g} | "
                   f"{'yes' if value <= limit else '**no**'} |")
    return out


def write_out(path: Path, block: str) -> None:
    """Replace the block between the markers of `path`, or write a new file with the block."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if BEGIN not in text or END not in text:
            raise SystemExit(f"bench: {path} has no {BEGIN} … {END} block to replace")
        before, rest = text.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        path.write_text(before + block.rstrip("\n") + after, encoding="utf-8")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# cchc performance\n\n" + block, encoding="utf-8")


# ------------------------------------------------------------------------- main

class Log:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.perf_counter()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            elapsed = time.perf_counter() - self.start
            print(f"[{elapsed:7.1f} s] {message}", file=sys.stderr, flush=True)


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or any(s < 1 for s in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive numbers of communes")
    return sorted(set(sizes))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_sizes, default=[250, 1000],
                        help="numbers of communes, comma-separated (default: 250,1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per row (median)")
    parser.add_argument("--startup-repeat", type=int, default=None,
                        help="timed runs per start-up row (default: max(5, --repeat))")
    parser.add_argument("--warmup", type=int, default=-1,
                        help="untimed runs of every row before the timed ones (default: one "
                        "of the floor and of the start-up rows, and one of each command when "
                        "cchc has a --no-cache option, whose warm runs need a filled cache)")
    parser.add_argument("--tasks", type=int, default=200, help="tasks in the plan")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--readings-layout", choices=["monthly", "per-commune"],
                        default="monthly", help="one readings file per month, or per "
                        "commune and month")
    parser.add_argument("--commands", default=",".join(COMMANDS),
                        help=f"commands to time (default: {','.join(COMMANDS)})")
    parser.add_argument("--as-of", default=DEFAULT_AS_OF)
    parser.add_argument("--cache-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "cchc-bench",
                        help="where generated repositories are kept for reuse")
    parser.add_argument("--no-reuse", action="store_true",
                        help="generate the repositories again even if cached")
    parser.add_argument("--cchc", help="the cchc console script (default: next to this "
                        "Python, else on PATH)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per process")
    parser.add_argument("--out", type=Path, help="also write the results into this Markdown "
                        f"file, between {BEGIN} and {END}")
    parser.add_argument("--json", type=Path, help="also write every sample as JSON")
    parser.add_argument("--snapshot", action="store_true", help="measure a copy of the cchc "
                        "package taken at the start, not the working tree, which others may "
                        "edit during the run")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument("--no-peers", action="store_true", help="do not time hledger and "
                        "Beancount on the same records (they are installed when missing)")
    args = parser.parse_args(argv)
    commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    unknown = [c for c in commands if c not in COMMANDS]
    if unknown or not commands:
        parser.error(f"unknown command(s) {unknown}; choose among {', '.join(COMMANDS)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    startup_repeat = args.startup_repeat or max(5, args.repeat)
    log = Log(args.quiet)

    cli = find_cli(args.cchc)
    snapshot_dir = Path(tempfile.mkdtemp(prefix="cchc-bench-snapshot-")) if args.snapshot \
        else None
    try:
        return _run(args, cli, commands, startup_repeat, snapshot_dir, argv, log)
    finally:
        _EXTRA_ENV.clear()
        if snapshot_dir is not None:
            shutil.rmtree(snapshot_dir, ignore_errors=True)


def _peers(root: Path, cache: Path, counts: dict[str, object],
           log: Log) -> dict[str, list[str]]:
    """The peers' commands on the same records (installing them when missing)."""
    from bench import peers

    journal, ledger, n = peers.write(root, root.parent / f"{root.name}-peers")
    counts["peer_records"] = n
    out: dict[str, list[str]] = {}
    hledger = peers.ensure_hledger()
    if hledger is not None:
        out["hledger"] = [hledger, "check", "-f", str(journal)]
    else:
        log("hledger: not installed and cannot be (apt-get as root); its row is left out")
    bean = peers.ensure_beancount(cache)
    if bean is not None:
        out["beancount"] = [str(bean), "-C", str(ledger)]
    else:
        log("Beancount: cannot be installed from the package index; its row is left out")
    return out


def _run(args: argparse.Namespace, cli: Cli, commands: list[str], startup_repeat: int,
         snapshot_dir: Path | None, argv: list[str], log: Log) -> int:
    origin = snapshot(cli, snapshot_dir) if snapshot_dir is not None else None
    probed = probe(cli, commands)
    info = machine(probed)
    before = info["source"]
    if origin is not None:
        info["source"] += f" (a copy of {origin} taken at the start)"
    log(f"cchc: {cli.cchc}; cache mode: {cli.mode}")
    counts: dict[int, dict[str, object]] = {}
    facts: dict[int, dict[str, str]] = {}
    samples: dict[int, Samples] = {}
    try:
        log("start-up rows")
        startup = measure_startup(cli, startup_repeat, args.warmup, args.timeout)
        for size in args.sizes:
            root, counts[size], spent = repository(
                args.cache_dir, size, seed=args.seed, tasks=args.tasks,
                layout=args.readings_layout, reuse=not args.no_reuse)
            how = "reused" if spent is None else f"generated in {spent:.1f} s"
            log(f"{size} communes: {root} ({how}; {counts[size]['files']} files, "
                f"{counts[size]['records']} records, {counts[size]['readings']} readings)")
            peer_argvs: dict[str, list[str]] = {}
            if not args.no_peers:
                peer_argvs = _peers(root, args.cache_dir, counts[size], log)
            samples[size], facts[size] = measure_size(
                cli, root, int(str(counts[size]["files"])), commands, args.repeat, args.warmup,
                args.as_of, args.timeout, log, peer_argvs)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    info["load"] += f" → {_load_average()}"
    after = source_digest(probed.get("cchc_dir")) or "unknown"
    if after != before:
        info["source"] += (f" at the start, {after} at the end: **cchc's source changed during "
                           "the run; these numbers mix two programs**")
        log("warning: cchc's source changed during the run")
    text = render(info, cli.mode, args.sizes, counts, facts, samples, startup,
                  repeat=args.repeat, startup_repeat=startup_repeat, commands=commands,
                  as_of=args.as_of, argv=argv)
    sys.stdout.write(text)
    if args.out is not None:
        write_out(args.out, text)
        log(f"wrote {args.out}")
    if args.json is not None:
        args.json.write_text(json.dumps(
            {"machine": info, "cache_mode": cli.mode, "counts": counts, "facts": facts,
             "samples": samples, "startup": startup}, ensure_ascii=False, indent=1),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
