"""`cchc --help` and `cchc --version` do not import what they do not use."""

from __future__ import annotations

import subprocess
import sys


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
