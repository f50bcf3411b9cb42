"""Chart geometry for the site: numbers in, positions out; the SVG itself is a template.

These functions decide where every bar, point, tick and label goes, and nothing else: the
markup is written by `templates/site/_charts.html.j2` with autoescaping, so a name from the
data can never become markup. Coordinates are rounded to one decimal and written with a fixed
format, so the same numbers always give the same bytes. Every chart has a `table` beside it
in the page, built from the same values, for screen readers and printing.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple


def _f(x: float) -> str:
    """A coordinate as written in the SVG: one decimal, no negative zero, no trailing .0."""
    text = f"{round(x, 1) + 0.0:.1f}"
    return text[:-2] if text.endswith(".0") else text


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]: steps of 1, 2 or 5 times a power of ten.

    The first tick is at or below `low`, the last at or above `high`; `low == high` widens to
    a range of one step around the value (or 0..1 for zero).
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError("ticks of a non-finite range")
    if low > high:
        low, high = high, low
    if low == high:
        if low == 0:
            high = 1.0
        else:
            pad = abs(low) / 2
            low, high = low - pad, high + pad
    raw = (high - low) / max(count - 1, 1)
    exponent = math.floor(math.log10(raw))
    power = 10.0 ** exponent
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-12))
    digits = max(0, 1 - exponent)  # enough decimals for the step, so 0.1 + 0.2 shows 0.3
    first = math.floor(low / step + 1e-9)
    ticks: list[float] = []
    k = first
    while True:
        value = round(k * step, digits) + 0.0
        ticks.append(value)
        if value >= high - step * 1e-9:
            break
        k += 1
    return ticks


class Tick(NamedTuple):  # a tuple: the template unpacks it
    at: str  # coordinate along its axis
    label: str


@dataclass(frozen=True)
class Bar:
    key: str  # a state or series key: the CSS class that colours it
    label: str
    value: str  # as shown
    x: str
    y: str
    width: str
    height: str
    label_y: str
    value_x: str


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per item, with its label on the left and its value on the right."""

    title: str
    width: int
    height: int
    bars: tuple[Bar, ...]
    label_x: str  # labels are right-aligned at this x


BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 150
VALUE_WIDTH = 60


def bar_chart(title: str, items: Sequence[tuple[str, str, float, str]],
              width: int = 560) -> BarChart:
    """Bars for (key, label, value, value as shown); lengths are proportional to the largest.

    Negative values are drawn as empty bars: the charts of this site count things.
    """
    top = max((v for _, _, v, _ in items), default=0.0)
    room = width - LABEL_WIDTH - VALUE_WIDTH
    bars: list[Bar] = []
    for i, (key, label, value, shown) in enumerate(items):
        y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP)
        length = room * max(value, 0.0) / top if top > 0 else 0.0
        bars.append(Bar(key, label, shown, _f(LABEL_WIDTH), _f(y), _f(length),
                        _f(BAR_HEIGHT), _f(y + BAR_HEIGHT * 0.7),
                        _f(LABEL_WIDTH + length + 6)))
    height = BAR_GAP + len(items) * (BAR_HEIGHT + BAR_GAP)
    return BarChart(title, width, height, tuple(bars), _f(LABEL_WIDTH - 8))


class Point(NamedTuple):  # a tuple: the template unpacks it
    x: str
    y: str
    label: str  # the x label and the value, for a tooltip (<title>)


@dataclass(frozen=True)
class Line:
    key: str  # CSS class: colour and dash pattern
    label: str
    points: str  # "x,y x,y ..." for <polyline>; a gap (None) starts a new polyline
    segments: tuple[str, ...]
    markers: tuple[Point, ...]


@dataclass(frozen=True)
class LineChart:
    """Lines over a shared x axis of labelled steps, with a y axis and an optional target."""

    title: str
    width: int
    height: int
    left: str
    right: str
    top: str
    bottom: str
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    lines: tuple[Line, ...]
    target: Tick | None  # y of the target line and its label
    legend: tuple[tuple[str, str], ...]  # (key, label): drawn in HTML under the chart


PAD_LEFT = 52
PAD_RIGHT = 40
PAD_TOP = 12
PAD_BOTTOM = 40
MAX_X_LABELS = 12


def line_chart(title: str, x_labels: Sequence[str],
               series: Sequence[tuple[str, str, Sequence[float | None]]],
               *, target: tuple[float, str] | None = None, fmt: object = None,
               width: int = 640, height: int = 260, zero: bool = True) -> LineChart:
    """Lines for (key, label, values) over `x_labels`; a None value leaves a gap.

    `target` is (value, label) of a horizontal target line. `fmt` formats tick values (a
    function of a float; default: the shortest decimal). With `zero` the y axis starts at 0
    when every value is positive.

    The geometry depends on the numbers only, not on the words: it is computed once for the
    same numbers (`_geometry`, kept), so a chart drawn again in the other language, or for a
    unit whose history is another's, costs its labels alone.
    """
    show = fmt if callable(fmt) else _short
    g = _geometry(len(x_labels), tuple((key, tuple(vs)) for key, _, vs in series),
                  None if target is None else target[0], width, height, zero)
    x_ticks = tuple(Tick(at, x_labels[i]) for i, at in g.x_ticks)
    y_ticks = tuple(Tick(at, str(show(v))) for v, at in g.y_ticks)
    lines = tuple(
        Line(key, label, points, segments,
             tuple(Point(x, y, f"{x_labels[i]}: {show(v)}") for x, y, i, v in markers))
        for (key, label, _), (points, segments, markers) in zip(series, g.lines, strict=True))
    target_tick = Tick(g.target, target[1]) if target is not None and g.target is not None else None
    legend_rows: list[tuple[str, str]] = [(key, label) for key, label, _ in series]
    if target is not None:
        legend_rows.append(("target", target[1]))
    return LineChart(title, width, height, g.left, g.right, g.top, g.bottom,
                     x_ticks, y_ticks, lines, target_tick, tuple(legend_rows))


@dataclass(frozen=True)
class _Geometry:
    left: str
    right: str
    top: str
    bottom: str
    x_ticks: tuple[tuple[int, str], ...]  # (position of the label, x)
    y_ticks: tuple[tuple[float, str], ...]  # (value, y)
    # per series: its points, its segments, its markers (x, y, position, value)
    lines: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str, int, float], ...]], ...]
    target: str | None  # y of the target line


@functools.lru_cache(maxsize=4096)
def _geometry(n: int, series: tuple[tuple[str, tuple[float | None, ...]], ...],
              target: float | None, width: int, height: int, zero: bool) -> _Geometry:
    values = [v for _, vs in series for v in vs if v is not None]
    if target is not None:
        values.append(target)
    low = min(values, default=0.0)
    high = max(values, default=1.0)
    if zero and low > 0:
        low = 0.0
    ticks = nice_ticks(low, high)
    y0, y1 = ticks[0], ticks[-1]
    left, right = PAD_LEFT, width - PAD_RIGHT
    top, bottom = PAD_TOP, height - PAD_BOTTOM

    def x_at(i: int) -> float:
        return left + (right - left) * (i / (n - 1) if n > 1 else 0.5)

    def y_at(v: float) -> float:
        return bottom - (bottom - top) * ((v - y0) / (y1 - y0) if y1 != y0 else 0.0)

    every = max(1, math.ceil(n / MAX_X_LABELS))
    xs = [_f(x_at(i)) for i in range(n)]
    x_ticks = tuple((i, xs[i]) for i in range(n) if i % every == 0 or i == n - 1)
    y_ticks = tuple((v, _f(y_at(v))) for v in ticks)
    ys: dict[float, str] = {}  # counts repeat along a line and across lines
    lines = []
    for _, vs in series:
        segments: list[str] = []
        current: list[str] = []
        markers: list[tuple[str, str, int, float]] = []
        for i, v in enumerate(vs):
            if v is None:
                if current:
                    segments.append(" ".join(current))
                current = []
                continue
            y = ys.get(v)
            if y is None:
                y = ys[v] = _f(y_at(v))
            current.append(f"{xs[i]},{y}")
            markers.append((xs[i], y, i, v))
        if current:
            segments.append(" ".join(current))
        lines.append((" ".join(segments), tuple(segments), tuple(markers)))
    return _Geometry(_f(left), _f(right), _f(top), _f(bottom), x_ticks, y_ticks,
                     tuple(lines), _f(y_at(target)) if target is not None else None)


def _short(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
