"""`render/pipe` draws for a pipe exactly what rich draws there, without rich.

Held to rich itself (`terminal.drawn_by_rich`, the console `render/terminal` used for a pipe
before): every table and dashboard the table-drawing commands print for the demo repository
and the shipped data, in both languages, at several dates and with a unit; and generated
tables (long Vietnamese text that wraps, words longer than a column that fold, many columns
that collapse, empty tables and cells, runs of spaces, notes and headings beyond the width).
Where `pipe` declines (None) rich draws: the cases it must not decline are asserted too, so
that a `pipe` that always declined would fail here.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from rich._unicode_data._versions import VERSIONS
from rich.cells import get_character_cell_size
from typer.testing import CliRunner

from cchc.cli import app
from cchc.render import pipe, terminal
from cchc.render.table import Table

ROOT = Path(__file__).resolve().parent.parent
DEMO = str(ROOT / "examples" / "demo")


def same_as_rich(output: Table | list[str | Table]) -> bool:
    """pipe draws `output` (not declining) as rich does."""
    ours = pipe.drawn(output)
    assert ours is not None, "pipe declined a table it should draw"
    theirs = terminal.drawn_by_rich(output)
    assert ours == theirs
    return True


def test_every_one_cell_character_is_one_cell_for_rich() -> None:
    chars = [chr(c) for c in range(0x110000) if pipe._ONE_CELL.fullmatch(chr(c))]
    assert len(chars) > 1500 and "ự" in chars and "đ" in chars and "━" in chars
    for version in VERSIONS:
        wrong = [c for c in chars if get_character_cell_size(c, version) != 1]
        assert wrong == [], f"Unicode {version}: {[hex(ord(c)) for c in wrong]}"
    for c in ("\u0301", "\u00ad", "\u200b", "\u200d", "\ufe0f", "\u4e00", "\n", "\x1b"):
        assert not pipe._ONE_CELL.fullmatch(c)


COMMANDS = [["status"], ["overdue"], ["gaps"], ["tasks"], ["units"],
            ["status", "--unit", "phong-noi-vu"]]


@pytest.mark.parametrize(("repo", "group"), [(DEMO, "co-quan-chuyen-mon"),
                                             (str(ROOT), "phuong-xa")], ids=["demo", "shipped"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_table_of_the_commands_is_drawn_as_rich_draws_it(
        repo: str, group: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[Any] = []
    draw = terminal.draw

    def recording(output: Any, *, plain: bool = False) -> str | None:
        shown.append(output)
        return draw(output, plain=plain)

    monkeypatch.setattr(terminal, "draw", recording)
    runner = CliRunner()
    for as_of in ("2023-03-31", "2023-10-19", "2026-12-01"):
        for command in [*COMMANDS, ["overdue", "--unit", group], ["status", "--unit", group]]:
            result = runner.invoke(app, [*command, "--repo", repo, "--as-of", as_of,
                                         "--lang", lang, "--no-cache"])
            assert result.exit_code in (0, 1), result.output
    assert len(shown) >= 15
    for output in shown:
        assert same_as_rich(output)


WORDS = ["Báo", "cáo", "kết", "quả", "thực", "hiện", "nhiệm", "vụ", "UBND", "Phường",
         "Cẩm", "Đình", "(ubnd-phuong-cam-dinh)", "—", "…", "1.2.20", "31/3/2023", "x" * 45,
         "đường-dẫn-rất-dài-không-có-khoảng-trắng-nào-ở-giữa-cả-" * 3, "a", "", "  ",
         "\xa0", "Nâng cao chất lượng", "→", "≥", "«", "»", "[x]", ":cá:"]


def text(rng: random.Random, most: int) -> str:
    parts = [rng.choice(WORDS) for _ in range(rng.randrange(most + 1))]
    return rng.choice([" ", "  ", " \xa0"]).join(parts)


def table(rng: random.Random) -> Table:
    n = rng.randrange(1, 10)
    rows = tuple(tuple(text(rng, rng.choice([0, 1, 3, 12, 40])) for _ in range(n))
                 for _ in range(rng.choice([0, 1, 2, 5, 30])))
    notes = tuple(text(rng, rng.choice([1, 60])) + rng.choice(["", "\ndòng hai"])
                  for _ in range(rng.choice([0, 0, 1, 2])))
    return Table(text(rng, rng.choice([0, 3, 50])), tuple(text(rng, 3) or "c" for _ in
                                                          range(n)), rows, notes)


def test_generated_tables_are_drawn_as_rich_draws_them() -> None:
    rng = random.Random(15)
    drawn_by_us = 0
    for _ in range(400):
        output: Table | list[str | Table]
        if rng.random() < 0.3:
            output = [text(rng, rng.choice([3, 80])) + rng.choice(["", "\nthứ hai", "\n"]),
                      *(table(rng) if rng.random() < 0.7 else text(rng, 40)
                        for _ in range(rng.randrange(4)))]
        else:
            output = table(rng)
        ours = pipe.drawn(output)
        if ours is not None:
            drawn_by_us += 1
            assert ours == terminal.drawn_by_rich(output), output
    assert drawn_by_us > 250  # most are ours; the rest have markup or emoji in a heading


@pytest.mark.parametrize("output", [
    Table("", ("a",), ()),
    Table("t", ("a", "b"), ()),
    Table("Tiêu đề rất dài " * 20, ("a",), (("1",),)),
    Table("t", ("Nhiệm vụ", "Tên"), (("1.1", "Việc " * 120),), ("ghi chú " * 60,)),
    Table("t", tuple(f"c{i}" for i in range(12)), (tuple("chữ " * 30 for _ in range(12)),)),
    Table("t", ("a", "b", "c"), (("", " ", "   x   "),) * 3),
    Table("t", ("a",), (("x" * 500,),)),
    ["Tình hình " * 30, "Kế hoạch\nhai dòng", Table("t", ("a",), (("1",),))],
    ["", ""],
])
def test_shapes_that_wrap_fold_and_collapse(output: Table | list[str | Table]) -> None:
    assert same_as_rich(output)


@pytest.mark.parametrize("output", [
    Table("t", ("a",), (("漢字",),)),          # two cells a character
    Table("t", ("a",), (("e\u0301",),)),       # a combining mark: no cell
    Table("t", ("a", "b"), (("1",),)),         # a short row: rich pads it
    ["Kế hoạch [x]", Table("t", ("a",), ())],  # markup in a heading
    ["Kế hoạch :cá:"],                         # an emoji code in a heading
    Table("t", ("",), (("",),)),               # a column with nothing to pad
])
def test_what_pipe_leaves_to_rich(output: Table | list[str | Table]) -> None:
    assert pipe.drawn(output) is None
    assert terminal.drawn_for_a_pipe(output) == terminal.drawn_by_rich(output)


def test_drawing_for_a_pipe_does_not_import_rich() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom cchc.render.terminal import drawn_for_a_pipe\n"
            "from cchc.render.table import Table\n"
            "drawn_for_a_pipe(['Kế hoạch', Table('t', ('a', 'b'), (('1', 'hai ' * 80),))])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
