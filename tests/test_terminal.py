"""The terminal renderer: the program's own line breaks kept, data's control characters shown."""

from __future__ import annotations

import io

from rich.console import Console

from cchc.render.table import Table
from cchc.render.terminal import print_dashboard


def drawn(blocks: list[str | Table]) -> str:
    out = io.StringIO()
    print_dashboard(blocks, Console(file=out, width=200, no_color=True, highlight=False))
    return out.getvalue()


def test_a_heading_on_two_lines_prints_on_two_lines() -> None:
    text = drawn(["Tây Ninh", "Kế hoạch đã kết thúc\n0 hoàn thành đúng hạn",
                  Table("t", ("a",), (("1",),), ("ghi chú\ndòng hai",))])
    assert "\\n" not in text
    assert "Kế hoạch đã kết thúc\n0 hoàn thành đúng hạn" in text
    assert "ghi chú\ndòng hai" in text


def test_control_characters_in_a_heading_stay_visible() -> None:
    text = drawn(["Kế hoạch \x1b[2J xoá màn hình"])
    assert "\x1b" not in text
