"""The report's and the dashboard's rows made in fewer steps, the same as made cell by cell.

`markdown.table` writes a row whose cells need no escape in one step; the dashboard's
unit cells look for the first few names only; both are held here to the plain definitions
they replace (every cell through `markdown.cell`; every unit named, sorted, then cut).
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc import i18n
from cchc.clerk.names import labelled
from cchc.i18n.collate import sorted_names
from cchc.render import markdown
from cchc.render.status import UNITS_SHOWN, _by_name, _units_cell

EVERY = "".join(map(chr, range(0x110000)))


def test_other_space_is_every_white_space_but_the_space() -> None:
    listed = set(re.findall(f"[{markdown.OTHER_SPACE}]", EVERY))
    assert listed == {c for c in EVERY if c.isspace()} - {" "}
    assert listed == set(re.findall(r"\s", EVERY)) - {" "}


def cell_by_cell(columns: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    out = ["| " + " | ".join(markdown.cell(c) for c in columns) + " |", "|" + "|".join(align)
           + "|"]
    return out + ["| " + " | ".join(markdown.cell(c) for c in row) + " |" for row in rows]


PIECES = ["a", "Phường", "1.2.3", " ", "  ", "\t", "\n", "\xa0", "\u2003", "\x00", "|", "*",
          "_", "`", "[", "]", "~", "\\", "<b>", "< 5", "&amp;", "TN&MT", "#", "—", "đ", ""]
# most cells of a report need no escape: many rows here are of those and spaces only
PLAIN = ["a", "Phường", "1.2.3", " ", "  ", "đ", "—", "\x00", ""]
CELL = st.one_of(st.lists(st.sampled_from(PLAIN), max_size=5).map("".join),
                 st.lists(st.sampled_from(PIECES), max_size=6).map("".join))


@settings(max_examples=400)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=4))
def test_a_table_is_its_cells_escaped_one_by_one(rows: list[list[str]]) -> None:
    columns, align = ["Nhiệm vụ", "Đơn vị", "Ghi chú"], ["---", "---:", ":---:"]
    assert markdown.table(columns, rows, align) == cell_by_cell(columns, rows, align)


def test_plain_rows_are_kept_and_others_escaped() -> None:
    lines = markdown.table(["a", "b"], [["UBND Phường 1", "2"], ["x|y", " z"], ["", ""]])
    assert lines[2:] == ["| UBND Phường 1 | 2 |", "| x\\|y | z |", "|  |  |"]


class Names:
    """A registry as `labelled` and the cells use it: ids to names, an unknown id itself."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def name(self, ident: str) -> str:
        return self.names.get(ident, ident)


def unit_cell_by_definition(units: list[str], registry: Names, lang: str) -> str:
    names = [labelled(registry, u) for u in sorted_names(units, registry.name)]  # type: ignore[arg-type]
    if len(names) <= UNITS_SHOWN:
        return ", ".join(names)
    return i18n.t(lang, "status.units-more", names=", ".join(names[:UNITS_SHOWN]),
                  count=len(names) - UNITS_SHOWN, total=len(names))


NAMES = {"a": "UBND Phường 1", "b": "UBND Phường 10", "c": "UBND Phường 2",
         "d": "UBND Xã Bình Minh", "e": "UBND Phường 1",
         "f": unicodedata.normalize("NFD", "UBND Phường 1"), "g": "Phòng Nội vụ",
         "h": "phòng nội vụ", "i": "Ban Dân tộc"}


@settings(deadline=None)  # the first example loads the collation table
@given(st.lists(st.sampled_from([*NAMES, "unknown-1", "zz"]), max_size=12),
       st.sampled_from(["vi", "en"]))
def test_a_unit_cell_is_the_sorted_names_cut(units: list[str], lang: str) -> None:
    registry = Names(NAMES)
    assert (_units_cell(units, registry, lang, _by_name(registry))  # type: ignore[arg-type]
            == unit_cell_by_definition(units, registry, lang))


def test_a_number_written_once_is_written_as_each_equal_number_would_be() -> None:
    """`gaps._number` keeps the text of a number by value: 1 and 1.0 (equal, one key) and
    -0.0 and 0 must be written alike by `format_number` for that to hold."""
    from cchc.render import gaps

    for lang in ("vi", "en"):
        for values in ((1, 1.0), (0, -0.0, 0.0), (12345.5, 12345.50), (-3, -3.0), (2.005,)):
            gaps._number.cache_clear()
            first = gaps._number(lang, values[0])
            for v in values:
                assert i18n.format_number(lang, v) == first == gaps._number(lang, v)
