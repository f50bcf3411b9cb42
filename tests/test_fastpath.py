"""The console script's fast path (`cchc.fastpath`, `cchc.load.quick`): a repeated question is
answered with exactly the bytes and exit code of the full path, without importing Typer,
pydantic, YAML, rich or the models, and never from before an edit."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc import fastpath, i18n
from cchc.load import quick

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"
HEAVY = ("typer", "click", "pydantic", "pydantic_core", "yaml", "rich")
# The fast path alone: what it printed on stdout, then on stderr whether it answered and
# which heavy modules it imported.
FAST = ("import sys\nfrom cchc.fastpath import answer\ncode = answer(sys.argv[1:])\n"
        "sys.stdout.flush()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in " + repr(HEAVY)
        + " or m.startswith('cchc.model') or m.startswith('cchc.cli'))\n"
        "sys.stderr.write(f'\\nFAST {code} ' + ' '.join(heavy))\n")
FULL = "from cchc.cli import main\nmain()\n"  # Typer, and cache.py's answers


def env(cache: Path, **more: str) -> dict[str, str]:
    return {**os.environ, "CCHC_CACHE_DIR": str(cache), **more}


def full(args: list[str], cache: Path, **more: str) -> tuple[int, bytes]:
    run = subprocess.run([sys.executable, "-c", FULL, *args], capture_output=True,
                         env=env(cache, **more))
    # the fast path prints nothing on stderr: neither may an answer it keeps
    assert run.stderr == b"", run.stderr.decode()
    return run.returncode, run.stdout


def fast(args: list[str], cache: Path, **more: str) -> tuple[int | None, bytes, list[str]]:
    run = subprocess.run([sys.executable, "-c", FAST, *args], capture_output=True,
                         env=env(cache, **more))
    assert run.returncode == 0, run.stderr.decode()
    words = run.stderr.decode().rpartition("\nFAST ")[2].split()
    code = None if words[0] == "None" else int(words[0])
    return code, run.stdout, words[1:]


def script(args: list[str], cache: Path, cwd: Path | None = None) -> tuple[int, bytes]:
    """The console script as installed: `python -m cchc` (the same `main`)."""
    run = subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True,
                         env=env(cache), cwd=cwd)
    return run.returncode, run.stdout


def settled(root: Path) -> Path:
    """Wait until every file of `root` is older than what `quick.keep` trusts."""
    time.sleep(quick.RACY_NS / 1e9 + 0.2)
    return root


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fast") / "demo"
    shutil.copytree(DEMO, root)
    return settled(root)


def forms(root: Path) -> list[list[str]]:
    r = str(root)
    return [
        ["status", "--repo", r, "--as-of", "2023-09-30"],
        ["--repo", r, "status", "--as-of", "2023-09-30"],  # the same question
        [f"--repo={r}", "--as-of=30/9/2023", "status"],  # day first: the same again
        ["--repo", "/nonexistent", "--as-of", "2023-01-01", "status", "--repo", r,
         "--as-of", "2023-09-30", "--lang", "en"],  # after the command's name wins
        ["--lang", "vi", "status", "--repo", r, "--format", "json", "--as-of", "2023-9-30"],
        ["report", "--repo", r, "--as-of", "2023-09-30"],
        ["report", "--repo", r, "--as-of", "2023-09-30", "--format", "markdown", "--lang", "en"],
        ["--allow-errors", "report", "--repo", r, "--as-of", "2023-06-30"],
        ["overdue", "--repo", r, "--as-of", "2023-09-30", "--fail-on-overdue"],
        ["overdue", "--repo", r, "--as-of", "2023-09-30", "--format", "csv"],
        ["gaps", "--repo", r, "--as-of", "2023-09-30"],
        ["check", "--repo", r],
        ["--repo", r, "check", "--format", "json", "--lang", "en"],
        ["check", "--repo", r, "--strict", "--format=github"],
        ["check", "--repo", r, "--strict", "--format=github", "--as-of", "1/1/2024"],
        ["status", "--repo", r],  # today
    ]


def test_the_fast_path_prints_what_the_full_path_prints(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    codes = set()
    for args in forms(demo):
        expected = full(args, cache)  # computed (or recalled), and kept
        code, out, heavy = fast(args, cache)
        assert code is not None, args
        assert (code, out) == expected, args
        assert heavy == [], (args, heavy)
        assert script(args, cache) == expected, args
        codes.add(code)
    assert codes == {0, 1}  # some answers exit 1 (overdue, --strict), and keep their code


def test_the_tree_listed_with_the_loads_stamps_is_the_tree_listed_afresh(
        demo: Path, tmp_path: Path) -> None:
    """`quick.keep` lists the tree with the stamps the load took before reading each file
    (`Loaded.entries`), without a second stat of each: the same digest as a listing of its
    own (whichever objects the stamps share), and another once a file changed after the load."""
    from cchc.pipeline import load

    root = tmp_path / "demo"
    shutil.copytree(demo, root)
    loaded = load(root, tmp_path / "cache")
    assert loaded.entries is not None and len(loaded.entries) > 10
    assert quick.listing(str(root), loaded.entries) == quick.listing(str(root))
    record = root / next(p for p in loaded.entries if "/updates/" in p)
    record.write_bytes(record.read_bytes() + b"\n")
    before, now = quick.listing(str(root), loaded.entries), quick.listing(str(root))
    assert before is not None and now is not None and before[0] != now[0]


def test_the_answer_is_the_uncached_one(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for args in (["status", "--repo", str(demo), "--as-of", "2023-09-30"],
                 ["check", "--repo", str(demo), "--strict"]):
        fresh = full([*args, "--no-cache"], cache)
        full(args, cache)
        code, out, _ = fast(args, cache)
        assert (code, out) == fresh


def test_what_it_does_not_recognise_goes_to_typer(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    r = str(demo)
    base = ["status", "--repo", r, "--as-of", "2023-09-30"]
    full(base, cache)
    assert fast(base, cache)[0] == 0
    for args in ([*base, "--help"], [*base, "--no-cache"], [*base, "-o", str(tmp_path / "x")],
                 [*base, "--format", "bogus"], [*base, "--lang", "fr"], [*base, "extra"],
                 [*base, "--"], ["--version", *base], [*base, "--plan"],
                 [*base, "--plan", "-x"], ["status", "--repo", r, "--as-of", "31/2/2023"],
                 ["check", "--repo", r, "--as-of", "1899-12-31"],
                 ["check", "--repo", r, "--as-of", "20230930"],
                 ["check", "--repo", r, "--strict=1"],
                 ["tasks", "--repo", r], [], ["--repo", r]):
        code, out, heavy = fast(args, cache)
        assert (code, out) == (None, b""), args


def test_a_repeated_check_or_status_imports_nothing_heavy(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for args in (["check", "--repo", str(demo)], ["status", "--repo", str(demo)]):
        full(args, cache)
        code = ("import runpy, sys\nsys.argv = ['cchc', *sys.argv[1:]]\n"
                "import cchc.fastpath as f\n"
                "f._leave = lambda code: (sys.stdout.flush(), sys.stderr.write('\\nMODULES ' + "
                "' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
                f"{HEAVY!r} or m.startswith(('cchc.model', 'cchc.cli', 'cchc.load.cache'))))))\n"
                "f.main()\n")
        run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             env=env(cache), check=True)
        assert run.stderr.decode().rpartition("MODULES")[2].strip() == "", args


def test_stale_data_is_never_answered(demo: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(demo, root)
    settled(root)
    cache = tmp_path / "cache"
    updates = sorted((root / "plans").glob("*/updates/**/*.yaml"))
    assert len(updates) >= 3
    args = ["status", "--repo", str(root), "--as-of", "2023-09-30", "--format", "json"]

    def edit_keeping_size_and_times() -> None:
        path = updates[0]
        st = path.stat()
        text = path.read_bytes()
        path.write_bytes(text.replace(b"done", b"DONE", 1) if b"done" in text else text)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))

    def add() -> None:
        (updates[1].parent / "zz-new.yaml").write_bytes(updates[1].read_bytes())

    def remove() -> None:
        updates[1].unlink()

    def rename() -> None:
        updates[2].rename(updates[2].with_name("renamed-" + updates[2].name))

    def settings() -> None:
        path = root / "cchc.yaml"
        st = path.stat()
        path.write_bytes(path.read_bytes())  # the same bytes, written again
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))

    for change in (edit_keeping_size_and_times, add, remove, rename, settings):
        full(args, cache)
        assert fast(args, cache)[0] == 0, change.__name__  # kept
        change()
        assert fast(args, cache)[:2] == (None, b""), change.__name__
        assert full(args, cache) == full([*args, "--no-cache"], cache), change.__name__
        settled(root)


def test_another_setting_or_terminal_is_another_question(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ["status", "--repo", str(demo), "--as-of", "2023-09-30"]
    full(args, cache)
    assert fast(args, cache)[0] == 0
    assert fast(args, cache, CCHC_LANG="vi")[0] is None
    assert fast(args, cache, FORCE_COLOR="1")[0] is None
    # drawn with colours forced: kept in cache.py, never as bytes for the fast path
    coloured = full(args, cache, FORCE_COLOR="1")
    assert b"\x1b[" in coloured[1]
    assert fast(args, cache, FORCE_COLOR="1")[0] is None


def test_an_answer_is_not_kept_while_a_file_is_fresh(demo: Path, tmp_path: Path) -> None:
    """A file as new as the command (here: dated a minute ahead, as an edit made while it
    runs would be) keeps the answer out of the fast path; cache.py's answer serves."""
    root = tmp_path / "demo"
    shutil.copytree(demo, root)
    settled(root)
    path = next((root / "plans").glob("*/plan.yaml"))
    ahead = time.time_ns() + 60 * 10**9
    os.utime(path, ns=(ahead, ahead))
    cache = tmp_path / "cache"
    args = ["status", "--repo", str(root), "--as-of", "2023-09-30"]
    expected = full(args, cache)
    assert full(args, cache) == expected  # recalled from cache.py's answers
    assert fast(args, cache)[0] is None
    assert not list(cache.glob("quick-*"))


def test_the_repository_is_found_as_the_full_path_finds_it(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from cchc.errors import CchcError
    from cchc.load.discover import find_root

    top = tmp_path / "top"
    (top / "plans").mkdir(parents=True)
    (top / "units").mkdir()
    nested = top / "a" / "b"
    nested.mkdir(parents=True)
    (top / "a" / "cchc.yaml").write_text("")
    (tmp_path / "link").symlink_to(top / "a", target_is_directory=True)
    cases: list[tuple[str | None, dict[str, str], Path]] = [
        (None, {}, nested), (None, {}, top), (None, {}, tmp_path / "link" / "b"),
        (None, {"CCHC_REPO": str(top)}, nested), (str(nested), {"CCHC_REPO": str(top)}, top),
        ("~", {}, top), (str(tmp_path / "missing"), {}, top), (None, {}, tmp_path),
        (None, {"CCHC_REPO": ""}, nested), (f"{top}//a/./b/..", {}, tmp_path),
    ]
    for repo, environ, cwd in cases:
        monkeypatch.chdir(cwd)
        try:
            expected: str | None = str(find_root(Path(repo) if repo is not None else None,
                                                 environ, Path.cwd()))
        except CchcError:
            expected = None
        assert fastpath.find_root(repo, environ) == expected, (repo, environ, cwd)


def test_its_copies_agree_with_the_originals() -> None:
    from cchc.cli.app import load_command
    from cchc.load.cache import default_dir
    from cchc.model.limits import FIRST_DAY, LAST_DAY
    from cchc.pipeline import today_in_vietnam

    assert fastpath.LANGUAGES == tuple(i18n.LANGUAGES)
    assert (fastpath.FIRST_DAY, fastpath.LAST_DAY) == (FIRST_DAY.isoformat(),
                                                       LAST_DAY.isoformat())
    for environ in ({"CCHC_CACHE_DIR": "~/x"}, {}):
        assert quick.cache_dir(environ) == str(default_dir(environ))
    assert quick.today() == today_in_vietnam(dt.datetime.now(dt.UTC)).isoformat()
    shared = {*fastpath.SHARED_VALUES, *fastpath.SHARED_FLAGS}
    for name, (values, flags, default) in fastpath.COMMANDS.items():
        params = load_command(name).params
        takes = {o for p in params if not getattr(p, "is_flag", False) for o in p.opts}
        switches = {o for p in params if getattr(p, "is_flag", False) for o in p.opts}
        assert {*values, *fastpath.SHARED_VALUES} <= takes, name
        assert {*flags, *fastpath.SHARED_FLAGS} <= switches, name
        # what the fast path leaves out it never answers (-o writes a file)
        assert takes - {*values, *fastpath.SHARED_VALUES} <= {"-o", "--output"}, name
        assert switches - {*flags, *shared} <= {"--help"}, name
        fmt = next(p for p in params if "--format" in p.opts)
        assert fmt.default == default, name


def test_dates_are_read_as_the_command_reads_them() -> None:
    from cchc.clerk.parse import parse_date
    from cchc.model.limits import FIRST_DAY, LAST_DAY

    texts = ["2023-09-30", "2023-9-30", "30/9/2023", "30/09/2023", "ngày 30/9/2023",
             " 2023-09-30 ", "2023-02-29", "2024-02-29", "1900-02-29", "2000-02-29",
             "2023-13-01", "2023-00-10", "2023-04-31", "0000-01-01", "1899-12-31",
             "1900-01-01", "2999-12-31", "3000-01-01", "20230930", "2023-W39-6",
             "２０２３-09-30", "2023-09-3x", "2023/09/30", "", "x", "2023-09-30T00:00"]
    texts += [f"{y}-{m:02}-{d:02}" for y in (1900, 1996, 2023, 2100) for m in range(1, 13)
              for d in (1, 28, 29, 30, 31)]
    for text in texts:
        day = parse_date(text)
        expected = (day.isoformat() if day is not None and FIRST_DAY <= day <= LAST_DAY
                    else None)
        assert fastpath._date(text) == expected, text


def test_output_that_cannot_be_written_is_said_as_the_full_path_says_it(
        demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ["status", "--repo", str(demo), "--as-of", "2023-09-30", "--lang", "en"]
    full(args, cache)
    assert fast(args, cache)[0] == 0
    runs: list[subprocess.CompletedProcess[bytes]] = []
    for how in (["-m", "cchc"], ["-c", FULL]):
        with open("/dev/full", "wb") as sink:
            runs.append(subprocess.run([sys.executable, *how, *args], stdout=sink,
                                       stderr=subprocess.PIPE, env=env(cache)))
    assert [r.returncode for r in runs] == [1, 1]
    assert runs[0].stderr == runs[1].stderr and b"Traceback" not in runs[0].stderr
    line = shlex.join([sys.executable, "-m", "cchc", *args])
    closed = subprocess.run(["bash", "-c", f"set -o pipefail; {line} | head -c 10"],
                            capture_output=True, env=env(cache))
    assert closed.returncode == 0 and closed.stderr == b"" and len(closed.stdout) == 10


# --- a computing run without Typer (cchc/cli/direct.py) ---------------------------------------

# The console script's `main`, reporting on stderr (after its own output) whether Typer, Click
# or the Typer adapter's modules were imported.
SCRIPT = ("import sys\nsys.argv = ['cchc', *sys.argv[1:]]\nimport cchc.fastpath as f\n"
          "leave = f._leave\n"
          "def report(code):\n"
          "    sys.stdout.flush()\n"
          "    typer = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')"
          " or m in ('cchc.cli.app', 'cchc.cli.options', 'cchc.cli.help'))\n"
          "    sys.stderr.write('\\nTYPER ' + ' '.join(typer))\n"
          "    leave(code)\n"
          "f._leave = report\nf.main()\n")


def both(args: list[str], tmp_path: Path, cwd: Path | None = None,
         **more: str) -> tuple[tuple[int, bytes, bytes], tuple[int, bytes, bytes], list[str]]:
    """The same command line through Typer and through the console script, each with a cache
    of its own (both compute): (exit code, stdout, stderr) of each, and what the script
    imported of Typer."""
    runs = []
    for how, code in (("typer", FULL), ("script", SCRIPT)):
        cache = tmp_path / f"cache-{how}-{len(list(tmp_path.iterdir()))}"
        run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             env=env(cache, **more), cwd=cwd)
        runs.append(run)
    typer, script = runs
    err, _, words = script.stderr.rpartition(b"\nTYPER")
    return ((typer.returncode, typer.stdout, typer.stderr), (script.returncode, script.stdout, err),
            words.decode().split())


def computing_forms(root: Path) -> list[list[str]]:
    r = str(root)
    return [*forms(root),
            ["status", "--repo", r, "--as-of", "2023-09-30", "--no-cache"],
            ["--no-cache", "report", "--repo", r, "--as-of", "2023-09-30", "--format", "markdown"],
            ["gaps", "--repo", r, "--as-of", "2023-09-30", "--format", "csv", "--lang", "vi"],
            ["status", "--repo", r, "--as-of", "2023-09-30", "--plan", "nope"],  # exit 2
            ["status", "--repo", r, "--as-of", "2023-09-30", "--unit", "nowhere"],
            ["overdue", "--repo", r, "--as-of", "2023-09-30", "--unit", "nowhere",
             "--lang", "vi"],
            ["gaps", "--repo", r, "--as-of", "2023-09-30", "--period", "2023-13"],
            ["gaps", "--repo", r, "--as-of", "2023-09-30", "--period", "2023-Q3",
             "--format", "json"],
            ["status", "--repo", r, "--as-of", "31/2/2023"],  # a date the command refuses
            ["report", "--repo", r, "--as-of", "1899-12-31", "--lang", "vi"],
            ["check", "--repo", r, "--as-of", "20230930"],
            ["status", "--repo", str(root / "missing"), "--as-of", "2023-09-30"],
            ["status", "--repo", "x" * 5000],
            ["overdue", "--as-of", "2023-09-30", "--format", "json"],  # found from the cwd
            ]


def test_a_computing_run_prints_through_the_script_what_typer_prints(demo: Path,
                                                                     tmp_path: Path) -> None:
    """Every command line of these forms, computed (no kept answer): byte for byte the same
    output, messages and exit code through Typer and through the console script, which does
    not import Typer for them."""
    codes = set()
    for args in computing_forms(demo):
        typer, script, imported = both(args, tmp_path, cwd=demo)
        assert script == typer, args
        assert imported == [], (args, imported)
        codes.add(typer[0])
    assert codes == {0, 1, 2}


def test_what_typer_must_judge_still_goes_to_typer(demo: Path, tmp_path: Path) -> None:
    r = str(demo)
    base = ["status", "--repo", r, "--as-of", "2023-09-30"]
    for args in ([*base, "--format", "bogus"], [*base, "--lang", "fr"], [*base, "extra"],
                 [*base, "--plan"], [*base, "--help"], [*base, "-o", str(tmp_path / "o.json"),
                                                          "--format", "json"],
                 ["check", "--repo", r, "--strict=1"], ["tasks", "--repo", r]):
        typer, script, imported = both(args, tmp_path)
        assert script == typer, args
        assert "typer" in imported, args
    # the shell asking for completions (Click's protocol): Typer answers, not the command
    typer, script, imported = both(base, tmp_path, _CCHC_COMPLETE="complete_bash",
                                   COMP_WORDS="cchc status --f", COMP_CWORD="2")
    assert script == typer and b"--format" in typer[1] and "typer" in imported


def test_a_bug_in_a_run_without_typer_is_said_and_logged(tmp_path: Path) -> None:
    code = ("import cchc.commands.status as s\n"
            "def broken(*a, **k):\n    raise ZeroDivisionError('boom')\n"
            "s.run = broken\n" + SCRIPT)
    environ = {k: v for k, v in env(tmp_path).items() if k != "CCHC_RAISE"}
    run = subprocess.run([sys.executable, "-c", code, "status", "--repo", str(DEMO),
                          "--lang", "en"], capture_output=True, env=environ)
    err, _, imported = run.stderr.decode().rpartition("\nTYPER")
    assert run.returncode == 3 and imported.split() == []
    assert "bug in cchc (ZeroDivisionError)" in err and "Traceback" not in err
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError: boom" in logs[0].read_text(encoding="utf-8")


def test_the_direct_run_gives_every_option_the_fast_path_reads() -> None:
    """An option `cchc.fastpath` reads for a command reaches `cchc.commands.<name>.run` by the
    name the Typer adapter gives it: none is read and then dropped."""
    import importlib
    import inspect

    from cchc.cli import direct
    from cchc.cli.app import load_command

    for name, (values, flags, _) in fastpath.COMMANDS.items():
        assert set(direct.OWN[name]) == {*values, *flags} - {"--format"}, name
        assert set(direct.FLAGS) & {*values, *flags} == set(flags), name
        run = inspect.signature(importlib.import_module(f"cchc.commands.{name}").run)
        adapter = inspect.signature(getattr(importlib.import_module(f"cchc.cli.{name}"),
                                            name).__wrapped__)
        for option, parameter in direct.OWN[name].items():
            assert parameter in run.parameters and parameter in adapter.parameters, option
        assert "fmt" in run.parameters, name
        # --format chooses among the same renderer's FORMATS
        fmt = next(p for p in load_command(name).params if "--format" in p.opts)
        formats = importlib.import_module(direct.RENDERERS[name]).FORMATS
        assert fmt.metavar == "|".join(formats), name


def test_a_site_is_built_without_typer_as_typer_builds_it(demo: Path, tmp_path: Path) -> None:
    """`cchc site` through the console script imports no Typer and writes what it writes
    through Typer: the same files, byte for byte, the same message (the folders aside) and
    exit code; what Typer must judge (no folder, `-o=x`, both spellings, a bad format) goes
    to Typer."""
    r = str(demo)
    sites = []
    for args in (["site", "--repo", r, "--as-of", "2023-09-30", "-o", "{out}"],
                 ["--lang", "en", "site", "--output", "{out}", "--repo", r, "--as-of",
                  "30/9/2023", "--format", "html"]):
        runs = []
        for how, code in (("typer", FULL), ("script", SCRIPT)):
            out = tmp_path / f"site-{how}-{len(sites)}"
            run = subprocess.run([sys.executable, "-c", code,
                                  *(a.format(out=out) for a in args)],
                                 capture_output=True, env=env(tmp_path / f"cache-{how}"))
            err, _, imported = run.stderr.rpartition(b"\nTYPER")
            said = (err if how == "script" else run.stderr).replace(str(out).encode(), b"OUT")
            runs.append((run.returncode, run.stdout, said, imported.decode().split(),
                         {p.relative_to(out).as_posix(): p.read_bytes()
                          for p in sorted(out.rglob("*")) if p.is_file()}))
        (typer_code, typer_out, typer_err, _, typer_files), (code, out_, err, imported,
                                                             files) = runs
        assert (code, out_, err) == (typer_code, typer_out, typer_err) and code == 0, args
        assert imported == [], imported
        assert files == typer_files and "index.html" in files and b"OUT" in err
        sites.append(files)
    assert sites[0] != sites[1]  # the repository's language, then English
    base = ["site", "--repo", r, "--as-of", "2023-09-30"]
    out = str(tmp_path / "judged")
    for args in (base, [*base, "-o", out, "--format", "pdf"], [*base, "-o"]):
        typer, script, imported = both(args, tmp_path)
        assert script == typer and typer[0] == 2, args
        assert "typer" in imported, args
    # both spellings (Click takes the last): left to Typer, nothing done here
    from cchc.cli import direct

    argv = [*base, "-o", out, "--output", out + "2"]
    parsed = fastpath.parse(argv)
    assert parsed is not None and direct.run(*parsed, argv, "html") is None
    assert not Path(out).exists() and not Path(out + "2").exists()
    # Click reads `-o=x` as the folder "=x" (a short option takes what follows it)
    assert fastpath.parse([*base, f"-o={out}"]) is None
    assert fastpath.parse([*base, "-o", out]) == ("site", {"--repo": r, "--as-of": "2023-09-30",
                                                          "-o": out})
