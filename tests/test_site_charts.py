"""The chart geometry of the site: ticks, bars and lines land where the numbers say."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.render.site import charts


def test_nice_ticks_examples() -> None:
    assert charts.nice_ticks(0, 35) == [0, 10, 20, 30, 40]
    assert charts.nice_ticks(0, 6) == [0, 2, 4, 6]
    assert charts.nice_ticks(93.46, 98) == [92, 94, 96, 98]
    assert charts.nice_ticks(0.1, 0.3) == [0.1, 0.15, 0.2, 0.25, 0.3]
    assert charts.nice_ticks(0, 0) == [0, 0.5, 1]
    assert charts.nice_ticks(-3, 2) == [-4, -2, 0, 2]
    with pytest.raises(ValueError):
        charts.nice_ticks(0, math.inf)


@given(st.floats(-1e6, 1e6).map(lambda x: round(x, 3)),
       st.floats(-1e6, 1e6).map(lambda x: round(x, 3)))
def test_nice_ticks_cover_the_range_in_equal_round_steps(a: float, b: float) -> None:
    ticks = charts.nice_ticks(a, b)
    low, high = min(a, b), max(a, b)
    assert ticks[0] <= low + 1e-6 and ticks[-1] >= high - 1e-6
    assert 2 <= len(ticks) <= 12
    steps = {round(y - x, 6) for x, y in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1
    (step,) = steps
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m, rel_tol=1e-6) for m in (1, 2, 5, 10))


def test_bars_are_proportional_to_the_largest() -> None:
    c = charts.bar_chart("t", [("overdue", "quá hạn", 6, "6"), ("done", "hoàn thành", 3, "3"),
                               ("stale", "chậm", 0, "0")], width=560)
    room = 560 - charts.LABEL_WIDTH - charts.VALUE_WIDTH
    assert [b.width for b in c.bars] == [str(room), str(room // 2), "0"]
    assert [b.label for b in c.bars] == ["quá hạn", "hoàn thành", "chậm"]
    ys = [float(b.y) for b in c.bars]
    assert ys == sorted(ys) and c.height > ys[-1]
    empty = charts.bar_chart("t", [("done", "done", 0, "0")])
    assert empty.bars[0].width == "0"


def test_line_chart_points_gaps_and_target() -> None:
    c = charts.line_chart("t", ["a", "b", "c"], [("value", "v", [0.0, None, 10.0])],
                          target=(5.0, "target 5"), width=640, height=260)
    (line,) = c.lines
    assert len(line.segments) == 2  # the gap splits the line
    first, last = line.markers
    assert float(first.x) == charts.PAD_LEFT and float(last.x) == 640 - charts.PAD_RIGHT
    assert float(first.y) == 260 - charts.PAD_BOTTOM  # 0 at the bottom
    assert float(last.y) == charts.PAD_TOP  # 10 at the top (ticks 0..10)
    assert c.target is not None and float(c.target.at) == (float(first.y) + float(last.y)) / 2
    assert [t.label for t in c.x_ticks] == ["a", "b", "c"]
    assert c.legend == (("value", "v"), ("target", "target 5"))
    assert first.value == 0.0 and last.value == 10.0


def test_line_chart_of_one_point_and_of_many() -> None:
    one = charts.line_chart("t", ["x"], [("done", "d", [3.0])])
    assert one.lines[0].markers[0].x == charts._f((charts.PAD_LEFT + 640 - charts.PAD_RIGHT)
                                                    / 2)
    many = charts.line_chart("t", [str(i) for i in range(40)], [("done", "d", [1.0] * 40)])
    assert len(many.x_ticks) <= charts.MAX_X_LABELS + 1
    assert many.x_ticks[-1].label == "39"


def test_coordinates_are_written_the_same_way_every_time() -> None:
    assert charts._f(0.04) == "0" and charts._f(-0.04) == "0" and charts._f(12.25) == "12.2"
    args = ("t", ["a", "b"], [("overdue", "o", [1 / 3, 2 / 3])])
    assert charts.line_chart(*args) == charts.line_chart(*args)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
       | st.integers(-200_000, 200_000).map(lambda k: k / 20))
def test_coordinates_are_rounded_as_round_does(x: float) -> None:
    # `_f` writes `f"{x:z.1f}"`: the same text as rounding first and dropping the sign of zero
    text = f"{round(x, 1) + 0.0:.1f}"
    assert charts._f(x) == (text[:-2] if text.endswith(".0") else text)


def test_a_line_with_gaps_is_placed_as_one_without() -> None:
    whole = charts.line_chart("t", ["a", "b", "c", "d"], [("v", "v", [4.0, 1.0, 2.0, 3.0])])
    gaps = charts.line_chart("t", ["a", "b", "c", "d"], [("v", "v", [4.0, None, 2.0, 3.0])])
    (line,) = whole.lines
    assert line.segments == (line.points,) and len(line.markers) == 4
    kept = [m for m in line.markers if m.value != 1.0]
    assert gaps.lines[0].markers == tuple(kept)
    assert gaps.lines[0].segments == (line.points.split(" ")[0], " ".join(
        line.points.split(" ")[2:]))


def test_bars_of_the_same_numbers_share_their_places_not_their_words() -> None:
    items = [("done", "done", 3.0, "3"), ("overdue", "overdue", 1.0, "1")]
    en = charts.bar_chart("t", items)
    vi = charts.bar_chart("t", [("done", "xong", 3.0, "3"), ("overdue", "quá hạn", 1.0, "1")])
    assert [b.label for b in vi.bars] == ["xong", "quá hạn"]
    assert [b[3:] for b in en.bars] == [b[3:] for b in vi.bars]
