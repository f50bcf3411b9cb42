"""`cchc --help` and `cchc --version` do not import what they do not use."""

from __future__ import annotations

import subprocess
import sys


def test_the_cli_module_does_not_import_the_pipeline() -> None:
    code = ("import sys, cchc.cli; "
            "print(' '.join(sorted(m for m in ('pydantic', 'yaml', 'dateutil', 'icalendar', "
            "'docx', 'jsonschema', 'cchc.pipeline') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""
