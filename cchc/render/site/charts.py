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
from typing import NamedTuple, cast


def _f(x: float) -> str:
    """A coordinate as written in the SVG: one decimal, no negative zero, no trailing .0.

    `.1f` rounds the exact value of `x` to one decimal (as `round(x, 1)` does) and `z` turns
    a negative zero into 0."""
    text = f"{x:z.1f}"
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


class Bar(NamedTuple):
    key: str  # a state or series key: the CSS class that colours it
    label: str
    value: str  # as shown
    x: str
    y: str
    width: str
    height: str
    label_y: str
    value_x: str


class BarChart(NamedTuple):
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

    Negative values are drawn as empty bars: the charts of this site count things. Where the
    bars go depends on the numbers only (`_bar_geometry`, kept: a task's counts are drawn in
    both languages), the words are added per chart.
    """
    places, height = _bar_geometry(tuple(value for _, _, value, _ in items), width)
    bars = tuple(Bar(key, label, shown, *place)
                 for (key, label, _, shown), place in zip(items, places, strict=True))
    return BarChart(title, width, height, bars, _f(LABEL_WIDTH - 8))


@functools.lru_cache(maxsize=1024)
def _bar_geometry(values: tuple[float, ...], width: int
                  ) -> tuple[tuple[tuple[str, str, str, str, str, str], ...], int]:
    """Each bar's x, y, width, height, y of its label and x of its value; the chart's height."""
    top = max(values, default=0.0)
    room = width - LABEL_WIDTH - VALUE_WIDTH
    x, height = _f(LABEL_WIDTH), _f(BAR_HEIGHT)
    places = []
    for i, value in enumerate(values):
        y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP)
        length = room * max(value, 0.0) / top if top > 0 else 0.0
        places.append((x, _f(y), _f(length), height, _f(y + BAR_HEIGHT * 0.7),
                       _f(LABEL_WIDTH + length + 6)))
    return tuple(places), BAR_GAP + len(values) * (BAR_HEIGHT + BAR_GAP)


class Point(NamedTuple):  # a tuple: the template unpacks it
    x: str
    y: str
    value: float  # the number drawn there (the table beside the chart shows it in words)


class Line(NamedTuple):
    key: str  # CSS class: colour and dash pattern
    label: str
    points: str  # "x,y x,y ..." of every point, the segments joined
    segments: tuple[str, ...]  # one <polyline> each: a gap (None) starts a new one
    markers: tuple[Point, ...]


class LineChart(NamedTuple):
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
    # the lines as drawn, without their words: (key, segments, markers) per line, the same
    # object for the same numbers in every language (the page draws them once: `once`)
    marks: tuple[tuple[str, tuple[str, ...], tuple[Point, ...]], ...]


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
    unit whose history is another's, costs its labels alone. The points carry no words (the
    page writes none on them), so they are the geometry's, shared by every such chart.
    """
    show = fmt if callable(fmt) else _short
    g = _geometry(len(x_labels), tuple((key, tuple(vs)) for key, _, vs in series),
                  None if target is None else target[0], width, height, zero)
    x_ticks = tuple(Tick(at, x_labels[i]) for i, at in g.x_ticks)
    y_ticks = tuple(Tick(at, str(show(v))) for v, at in g.y_ticks)
    lines = tuple(Line(key, label, *drawn)
                  for (key, label, _), drawn in zip(series, g.lines, strict=True))
    target_tick = Tick(g.target, target[1]) if target is not None and g.target is not None else None
    legend_rows: list[tuple[str, str]] = [(key, label) for key, label, _ in series]
    if target is not None:
        legend_rows.append(("target", target[1]))
    return LineChart(title, width, height, g.left, g.right, g.top, g.bottom,
                     x_ticks, y_ticks, lines, target_tick, tuple(legend_rows), g.marks)


@dataclass(frozen=True)
class _Geometry:
    left: str
    right: str
    top: str
    bottom: str
    x_ticks: tuple[tuple[int, str], ...]  # (position of the label, x)
    y_ticks: tuple[tuple[float, str], ...]  # (value, y)
    # per series: its points, its segments, its markers
    lines: tuple[tuple[str, tuple[str, ...], tuple[Point, ...]], ...]
    target: str | None  # y of the target line
    marks: tuple[tuple[str, tuple[str, ...], tuple[Point, ...]], ...]  # (key, segments, markers)


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
    left, right = PAD_LEFT, width - PAD_RIGHT
    top, bottom = PAD_TOP, height - PAD_BOTTOM
    xs, x_ticks = _x_axis(n, left, right)
    y_ticks, ys = _y_axis(low, high, top, bottom)
    lines: list[tuple[str, tuple[str, ...], tuple[Point, ...]]] = []
    for _, vs in series:
        if vs and len(vs) == n and None not in vs:  # one polyline through every point
            full = cast(tuple[float, ...], vs)
            at = [ys[v] for v in full]
            points = " ".join(map(",".join, zip(xs, at, strict=True)))
            lines.append((points, (points,), tuple(map(Point, xs, at, full))))
            continue
        segments: list[str] = []
        current: list[str] = []
        markers: list[Point] = []
        for i, v in enumerate(vs):
            if v is None:
                if current:
                    segments.append(" ".join(current))
                current = []
                continue
            y = ys[v]
            current.append(f"{xs[i]},{y}")
            markers.append(Point(xs[i], y, v))
        if current:
            segments.append(" ".join(current))
        lines.append((" ".join(segments), tuple(segments), tuple(markers)))
    marks = tuple((key, segments, markers)
                  for (key, _), (_, segments, markers) in zip(series, lines, strict=True))
    return _Geometry(*_frame(left, right, top, bottom), x_ticks, y_ticks,
                     tuple(lines), ys[target] if target is not None else None, marks)


class _Places(dict[float, str]):
    """The y of each value on one y axis (ticks from y0 to y1 between top and bottom), as
    written: counts repeat along a line, across lines and across charts, so each is worked
    out when first asked, then looked up."""

    def __init__(self, y0: float, y1: float, top: int, bottom: int) -> None:
        super().__init__()
        self.y0, self.y1, self.top, self.bottom = y0, y1, top, bottom

    def __missing__(self, v: float) -> str:
        y0, y1, bottom = self.y0, self.y1, self.bottom
        found = self[v] = _f(bottom - (bottom - self.top) * ((v - y0) / (y1 - y0)
                                                             if y1 != y0 else 0.0))
        return found


@functools.lru_cache(maxsize=1024)
def _y_axis(low: float, high: float, top: int, bottom: int
            ) -> tuple[tuple[tuple[float, str], ...], _Places]:
    """The ticks of a y axis covering [low, high] (value, y), and the places of its values."""
    ticks = nice_ticks(low, high)
    places = _Places(ticks[0], ticks[-1], top, bottom)
    return tuple((v, places[v]) for v in ticks), places


@functools.lru_cache(maxsize=64)
def _frame(left: int, right: int, top: int, bottom: int) -> tuple[str, str, str, str]:
    return _f(left), _f(right), _f(top), _f(bottom)


@functools.lru_cache(maxsize=64)
def _x_axis(n: int, left: int, right: int
            ) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """The x of each of n steps, and the steps labelled on the axis (position, x)."""
    xs = tuple(_f(left + (right - left) * (i / (n - 1) if n > 1 else 0.5)) for i in range(n))
    every = max(1, math.ceil(n / MAX_X_LABELS))
    return xs, tuple((i, xs[i]) for i in range(n) if i % every == 0 or i == n - 1)


def _short(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
