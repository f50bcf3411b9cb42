"""Every command has help text and appears in the README; the README opens with set-up."""

from __future__ import annotations

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
