"""`cchc --help`, `cchc --version` and a warm computing run do not import what they do not
use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DEMO = str(Path(__file__).resolve().parent.parent / "examples" / "demo")


def test_the_cli_module_does_not_import_the_pipeline() -> None:
    code = ("import sys, cchc.cli; "
            "print(' '.join(sorted(m for m in ('pydantic', 'yaml', 'dateutil', 'icalendar', "
            "'docx', 'jsonschema', 'cchc.pipeline', 'rich') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""


def test_version_imports_neither_pydantic_nor_yaml_nor_models() -> None:
    """Typer coerces options through pydantic: `--version` answers before that happens."""
    code = ("import sys\nsys.argv = ['cchc', '--version']\nfrom cchc.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pydantic', 'yaml', 'pydantic_core') or m.startswith('cchc.model'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()
    assert out[0].startswith("cchc ") and out[1:] == []


def test_help_lists_the_commands_without_building_them() -> None:
    """`cchc --help` lists every command from stand-ins (no renderer, no model imported)."""
    code = ("import sys\nsys.argv = ['cchc', '--help']\nfrom cchc.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('MODULES', ' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pydantic', 'yaml', 'openpyxl', 'docx') or m.startswith(('cchc.model', "
            "'cchc.render')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "status" in out and "report" in out
    assert out.rstrip().rpartition("MODULES")[2] == "", out[-300:]


def test_the_stand_ins_say_what_the_commands_say() -> None:
    from cchc.cli.app import COMMANDS, _listed, load_command

    for name in COMMANDS:
        real, listed = load_command(name), _listed(name)
        for attribute in ("name", "help", "short_help", "hidden", "deprecated", "epilog",
                          "rich_help_panel"):
            assert getattr(listed, attribute, None) == getattr(real, attribute, None), (
                name, attribute)
        assert type(listed) is type(real), name
        assert listed.get_short_help_str(45) == real.get_short_help_str(45), name


def test_library_versions_are_read_without_importlib_metadata() -> None:
    """The files' cache is keyed by the libraries' versions, read from the names of their
    `.dist-info` folders: the same as `importlib.metadata` gives."""
    from importlib.metadata import version

    from cchc.load import cache

    names = ("pydantic", "pydantic-core", "PyYAML", "pyuca")
    found = cache._installed(names)
    assert [found[cache._normal(n)] for n in names] == [version(n) for n in names]


# The console script's `main` (as installed: `cchc = cchc.fastpath:main`), printing on stderr
# after its own output the modules of these it imported.
WATCHED = ("pydantic", "pydantic_core", "annotated_types", "yaml", "typer", "click",
           "importlib.metadata", "pydantic.plugin._loader", "cchc.model.config",
           "cchc.model.plan", "cchc.model.units", "cchc.model.records", "cchc.model.base",
           "cchc.load.readfile", "cchc.load.schema", "cchc.compute.obligations",
           "cchc.compute.gaps", "cchc.pipeline")
# The console script's run, which says at its end which of `watched` (a module, or a package
# and all of its modules) the process had imported.
SCRIPT = ("import sys\nwatched = sys.argv[1].split()\nsys.argv = ['cchc', *sys.argv[2:]]\n"
          "import cchc.fastpath as f\n"
          "leave = f._leave\n"
          "def report(code):\n"
          "    sys.stdout.flush()\n"
          "    found = (m for m in sys.modules if m in watched or m.split('.')[0] in watched)\n"
          "    sys.stderr.write('\\nMODULES ' + ' '.join(sorted(found)))\n"
          "    leave(code)\n"
          "f._leave = report\nf.main()\n")
# What a computing run imports, read from the files' cache or not (the proof that it computed).
COMPUTING = {"status": "cchc.compute.obligations", "report": "cchc.compute.obligations",
             "overdue": "cchc.compute.obligations", "gaps": "cchc.compute.gaps",
             "check": "cchc.pipeline"}


def imported(args: list[str], environ: dict[str, str], watched: tuple[str, ...] = WATCHED,
             codes: tuple[int, ...] = (0, 1)) -> tuple[bytes, set[str]]:
    """What `cchc ARGS` printed, and which of `watched` it imported."""
    run = subprocess.run([sys.executable, "-c", SCRIPT, " ".join(watched), *args],
                         env=environ, capture_output=True)
    assert run.returncode in codes, run.stderr.decode()
    return run.stdout, set(run.stderr.decode().rpartition("MODULES")[2].split())


def test_a_warm_computing_run_imports_neither_pydantic_nor_yaml_nor_the_models(
        tmp_path: Path) -> None:
    """Every computing command, at a date not asked before, on a repository whose files are
    all in the files' cache: it computes (no kept answer) from the settings, units, plans and
    rows the cache holds as plain objects, and imports neither pydantic nor PyYAML nor the
    models that validate a file, nor Typer, nor the installed packages' metadata. A file
    read afresh is validated by pydantic (the first run)."""
    environ = {**os.environ, "CCHC_CACHE_DIR": str(tmp_path / "cache")}
    _, first = imported(["status", "--repo", DEMO, "--as-of", "2023-05-31"], environ)
    assert {"pydantic", "yaml", "cchc.model.plan", "cchc.load.readfile"} <= first
    for day, (command, proof) in enumerate(COMPUTING.items(), start=1):
        out, found = imported([command, "--repo", DEMO, "--as-of", f"2023-06-{day:02}"],
                              environ)
        assert out, command
        assert proof in found and found <= set(COMPUTING.values()), (command, sorted(found))


def test_a_computing_run_imports_only_what_it_uses(tmp_path: Path) -> None:
    """A warm `status` and `report` at a date not asked before, in Vietnamese: only the
    Vietnamese catalogues, no OpenSSL (the cache hashes with Python's own blake2b), and
    nothing only another output or an error needs (JSON, CSV, the checks, the diagnostics'
    renderer, the crash log's traceback, the suggestions' difflib)."""
    environ = {**os.environ, "CCHC_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-m", "cchc", "check", "--repo", DEMO], env=environ,
                   capture_output=True, check=True)
    unwanted = ("cchc.i18n.en", "cchc.i18n.en_site", "_hashlib", "hashlib", "platform",
                "secrets", "json", "csv", "cchc.validate", "cchc.render.diagnostics",
                "cchc.compute.tasks", "traceback", "difflib")
    for command, day in (("status", "2023-05-30"), ("report", "2023-05-29")):
        out, found = imported([command, "--repo", DEMO, "--lang", "vi", "--as-of", day],
                              environ, watched=unwanted, codes=(0,))
        assert b"2023" in out
        assert found == set(), command
