"""The report's Mermaid pie: each state keeps its colour whatever slices are present (issue 12).

Mermaid gives a pie's slices the theme's colours `pie1`, `pie2`, ... by position, never by
label, and its versions count positions differently (read in their sources, and seen drawn by
`make visual-pie`, `tests/visual_pie.py`):

- Mermaid 10 sorts the slices by value, largest first (a stable sort), and colours them in
  that order;
- Mermaid 11 keeps the order the slices are written in and colours them in that order (slices
  under 1% are not drawn but keep their place).

So `render.report.pie` writes the slices largest first, ties in the order of the states, and
numbers the colours in that order: both readings give every state its own colour (overdue red,
done green, not started grey...). These tests read the chart as each version does.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest

from cchc import i18n
from cchc.compute.obligations import STATES
from cchc.render.report import PIE_COLOURS, pie

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "tests" / "golden").glob("report-*.md"))
SLICE = re.compile(r'^    "(?P<label>[^"]*)" : (?P<value>\d+)$')


def charts(markdown: str) -> list[tuple[dict[str, str], list[tuple[str, int]]]]:
    """Each Mermaid pie of a Markdown text: its theme's colours and its slices as written."""
    found = []
    for block in re.findall(r"```mermaid\n(.*?)```", markdown, re.S):
        lines = block.splitlines()
        init = re.fullmatch(r"%%\{init: (.*)\}%%", lines[0])
        assert init is not None, lines[0]
        theme = json.loads(init.group(1))
        assert theme["theme"] == "base"
        assert theme["themeVariables"].pop("pieOpacity") == "1"  # the colours as they are
        slices = [(m["label"], int(m["value"])) for line in lines[2:]
                  if (m := SLICE.match(line))]
        assert len(slices) == len(lines) - 2, block
        found.append((theme["themeVariables"], slices))
    return found


def mermaid_10(colours: dict[str, str], slices: list[tuple[str, int]]) -> dict[str, str]:
    """Label → colour as Mermaid 10 draws it: sorted by value, largest first (stable)."""
    ordered = sorted(slices, key=lambda s: -s[1])
    return {label: colours[f"pie{i}"] for i, (label, _) in enumerate(ordered, start=1)}


def mermaid_11(colours: dict[str, str], slices: list[tuple[str, int]]) -> dict[str, str]:
    """Label → colour as Mermaid 11 draws it: in the order written."""
    return {label: colours[f"pie{i}"] for i, (label, _) in enumerate(slices, start=1)}


def drawn(counts: dict[str, int], lang: str = "en") -> list[tuple[dict[str, str],
                                                                    list[tuple[str, int]]]]:
    text = "\n".join(pie("t", [(s, i18n.t(lang, "state." + s), counts.get(s, 0))
                               for s in STATES]))
    return charts(text)


def expected(counts: dict[str, int], lang: str = "en") -> dict[str, str]:
    return {i18n.t(lang, "state." + s): PIE_COLOURS[s] for s in STATES if counts.get(s, 0)}


def cases() -> list[dict[str, int]]:
    """Every set of states present, with equal counts, distinct counts and counts too small
    to be drawn beside a large one; and random counts with ties."""
    found: list[dict[str, int]] = []
    for size in range(1, len(STATES) + 1):
        for present in itertools.combinations(STATES, size):
            found.append(dict.fromkeys(present, 3))
            found.append({s: i + 1 for i, s in enumerate(present)})
            found.append({s: 1000 if i == size - 1 else 1 for i, s in enumerate(present)})
    rng = random.Random(12)
    for _ in range(300):
        found.append({s: rng.choice([0, 0, 1, 2, 2, 5, 40]) for s in STATES})
    return [c for c in found if any(c.values())]


def test_the_colours_carry_meaning() -> None:
    assert PIE_COLOURS["overdue"] == "#d62728"  # red
    assert PIE_COLOURS["done"] == "#2ca02c"  # green
    assert PIE_COLOURS["not-started"] == "#9e9e9e"  # grey
    assert set(PIE_COLOURS) == set(STATES) and len(set(PIE_COLOURS.values())) == len(STATES)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_state_keeps_its_colour_whatever_slices_are_present(lang: str) -> None:
    for counts in cases():
        [(colours, slices)] = drawn(counts, lang)
        assert all(value > 0 for _, value in slices), counts  # a zero never takes a colour
        assert len(colours) == len(slices) <= 12  # Mermaid has pie1..pie12
        assert mermaid_10(colours, slices) == expected(counts, lang), counts
        assert mermaid_11(colours, slices) == expected(counts, lang), counts


def test_nothing_to_draw_draws_nothing() -> None:
    assert pie("t", [(s, s, 0) for s in STATES]) == []


def test_written_in_state_order_the_colours_would_be_wrong() -> None:
    """What the order guards against: written in the states' order, Mermaid 10 (which sorts)
    would give the largest slice the first state's colour."""
    counts = {"overdue": 1, "not-started": 9}
    colours = {"pie1": PIE_COLOURS["overdue"], "pie2": PIE_COLOURS["not-started"]}
    slices = [("overdue", 1), ("not-started", 9)]
    assert mermaid_10(colours, slices)["not-started"] == PIE_COLOURS["overdue"]
    [(colours, slices)] = drawn(counts)
    assert mermaid_10(colours, slices) == mermaid_11(colours, slices) == expected(counts)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_golden_reports_colour_each_state(path: Path) -> None:
    lang = "vi" if path.stem.endswith("-vi") else "en"
    labels = {i18n.t(lang, "state." + s): s for s in STATES}
    found = charts(path.read_text(encoding="utf-8"))
    assert found, path
    for colours, slices in found:
        for read in (mermaid_10, mermaid_11):
            assert {label: PIE_COLOURS[labels[label]] for label, _ in slices} == \
                read(colours, slices), (path.name, read.__name__)
