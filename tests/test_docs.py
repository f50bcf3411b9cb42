"""Every command has help text and appears in the README; the README opens with set-up; the
README's examples print what it shows."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest
import typer.main

from cchc.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README[:400]
    assert "make run" in head and "make test" in head


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help, f"cchc {name} has no help text"
    assert f"`cchc {name}" in README, f"cchc {name} is missing from README.md"


def _tour_examples() -> list[tuple[str, list[str]]]:
    """The README's read-only examples that name their repository (`--repo`) or run on this
    one (`cchc check`): the command line and the lines shown under it."""
    examples: list[tuple[str, list[str]]] = []
    for block in README.split("```console\n")[1:]:
        for part in block.split("```", 1)[0].split("$ cchc ")[1:]:
            line, *shown = part.rstrip("\n").split("\n")
            words = shlex.split(line)
            if words[0] in {"check", "status", "overdue", "gaps", "tasks", "units"} and (
                    "--repo" in words or words == ["check"]):
                examples.append((line, shown))
    return examples


@pytest.mark.parametrize(("line", "shown"), _tour_examples(), ids=lambda x: str(x)[:60])
def test_the_readme_shows_what_the_command_prints(line: str, shown: list[str]) -> None:
    # each line shown is printed, in that order; `...` leaves lines out, `text ...` cuts one
    done = subprocess.run([sys.executable, "-m", "cchc", *shlex.split(line)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "COLUMNS": ""}, check=False)
    printed = [text.rstrip() for text in done.stdout.splitlines()]
    at = 0
    for want in shown:
        if want == "...":
            continue
        cut = want.endswith(" ...")
        head = want[:-4] if cut else want.rstrip()
        found = next((i for i in range(at, len(printed))
                      if (printed[i].startswith(head) if cut else printed[i] == head)), None)
        assert found is not None, f"README shows under `cchc {line}`:\n{want}\nnot printed:\n" \
                                  + done.stdout
        at = found + 1
