"""Regenerate the golden outputs of tests/golden/ (`make golden`); review them in the diff.

Each case is a command line run on examples/demo; its output is stored byte for byte and
`tests/test_golden.py` compares the program's output with it.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cchc.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
DEMO = ["--repo", str(ROOT / "examples" / "demo"), "--as-of", "2023-03-31"]

CASES: dict[str, list[str]] = {
    "report-vi.md": ["report", *DEMO, "--lang", "vi"],
    "report-en.md": ["report", *DEMO, "--lang", "en"],
    "status-vi.json": ["status", *DEMO, "--lang", "vi", "--format", "json"],
    "overdue.json": ["overdue", *DEMO, "--format", "json"],
    "gaps.json": ["gaps", *DEMO, "--format", "json"],
    "report-shipped-2023-03-31-vi.md": ["report", "--repo", str(ROOT), "--as-of",
                                        "2023-03-31", "--lang", "vi"],
    # plan 188 ended on 31 December 2023: its final account, days overdue to its last day
    "report-shipped-2026-12-01-vi.md": ["report", "--repo", str(ROOT), "--as-of",
                                        "2026-12-01", "--lang", "vi"],
}


def run(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    if result.exit_code != 0:
        raise SystemExit(f"{' '.join(args)}: exit {result.exit_code}\n{result.stderr}")
    return result.stdout


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, args in CASES.items():
        (GOLDEN / name).write_text(run(args), encoding="utf-8")
        print(f"wrote tests/golden/{name}")


if __name__ == "__main__":
    main()
