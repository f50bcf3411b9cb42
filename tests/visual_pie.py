"""`make visual-pie`: the report's Mermaid pies drawn by the real Mermaid, looked at and checked.

Not part of `make test` (it needs Node.js, npm and Chromium). It installs Mermaid's own
command line (`@mermaid-js/mermaid-cli`, from npm, into build/mermaid/, without the browser
puppeteer would download: Debian's Chromium draws), then

1. draws the pie of every golden report (tests/golden/report-*.md) into
   build/visual/pie-<report>.png, for a reviewer to look at;
2. draws `render.report.pie` for many sets of states present (each alone, every pair, all of
   them, ties, slices too small to be drawn beside a large one, random counts) as SVG, and
   reads back from each picture the colour of every slice and of every legend entry: each
   state must have its own colour (`PIE_COLOURS`: overdue red, done green, not started
   grey...), whatever else is in the chart.

`MERMAID_CLI=<version>` picks another version of the command line (the Mermaid it bundles):
`MERMAID_CLI=10.9.1 make visual-pie` checks the Mermaid 10 that many web views still draw with.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from cchc import i18n
from cchc.compute.obligations import STATES
from cchc.render.report import PIE_COLOURS, pie

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "visual"
VERSION = os.environ.get("MERMAID_CLI", "11.17.0")
TOOLS = ROOT / "build" / "mermaid" / VERSION
CHROMIUM = os.environ.get("CCHC_CHROMIUM", "/usr/bin/chromium")


def mmdc() -> Path:
    """The Mermaid command line, installed from npm when missing."""
    binary = TOOLS / "node_modules" / ".bin" / "mmdc"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS),
                        f"@mermaid-js/mermaid-cli@{VERSION}"], check=True, env=env)
    return binary


def draw(source: Path, target: Path, fmt: str) -> None:
    """Every Mermaid block of the Markdown file `source`, drawn into files beside `target`."""
    config = OUT / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": CHROMIUM,
                                  "args": ["--no-sandbox", "--disable-gpu"]}),
                      encoding="utf-8")
    subprocess.run([str(mmdc()), "-p", str(config), "-i", str(source), "-o", str(target),
                    "-e", fmt, "-b", "white", "-w", "900", "-q"], check=True)


def cases() -> list[dict[str, int]]:
    found: list[dict[str, int]] = [dict.fromkeys(STATES, 5)]
    for size in (1, 2):
        for present in itertools.combinations(STATES, size):
            found.append({s: i + 1 for i, s in enumerate(present)})
    found.append({s: 1000 if s == "not-started" else 1 for s in STATES})  # tiny beside large
    found.append({"done": 400, "overdue": 2, "not-started": 1})
    rng = random.Random(12)
    for _ in range(30):
        found.append({s: rng.choice([0, 0, 1, 2, 2, 5, 40]) for s in STATES})
    return [c for c in found if any(c.values())]


def _rgb(colour: str) -> str:
    """`#d62728` or `rgb(214, 39, 40)` as `#d62728`."""
    if m := re.fullmatch(r"rgb\((\d+), ?(\d+), ?(\d+)\)", colour.strip()):
        return "#" + "".join(f"{int(v):02x}" for v in m.groups())
    return colour.strip().lower()


def _span(d: str) -> float:
    """The share of the circle one slice's path covers: `M x0,y0 A r,r,0,large,1,x1,y1 ...`,
    with two arcs when the slice is the whole circle."""
    points = [tuple(float(v) for v in p) for p in re.findall(
        r"([-\d.e]+),([-\d.e]+)(?=A|L|Z|$)", d)]
    arcs = d.count("A")
    if arcs >= 2:
        return 1.0
    (x0, y0), (x1, y1) = points[0], points[1]
    turn = (math.atan2(x1, -y1) - math.atan2(x0, -y0)) % math.tau
    return turn / math.tau


def read(svg: str) -> tuple[dict[str, str], list[tuple[float, str]]]:
    """Label → legend colour, and (share, colour) of each slice drawn."""
    legend = {text.split(" [")[0]: _rgb(colour) for colour, text in re.findall(
        r'<g class="legend"[^>]*><rect[^>]*style="fill: ([^;]+);[^>]*/><text[^>]*>([^<]*)<',
        svg)}
    slices = [(_span(d), _rgb(fill)) for d, fill in re.findall(
        r'<path d="([^"]+)" fill="([^"]+)" class="pieCircle', svg)]
    return legend, slices


def check(counts: dict[str, int], svg: str) -> list[str]:
    """What is wrong in one drawn pie: a legend entry or a slice not in its state's colour."""
    wrong = []
    legend, slices = read(svg)
    label = {i18n.t("en", "state." + s): s for s in STATES}
    want = {i18n.t("en", "state." + s): PIE_COLOURS[s] for s in STATES if counts.get(s)}
    if legend != want:
        wrong.append(f"legend {legend} != {want}")
    total = sum(counts.values())
    # Mermaid 11 draws only the slices of 1% or more, over their own total
    drawn = sum(n for n in counts.values() if n * 100 >= total) or total
    # each slice's colour must be that of a state whose count covers that share
    for share, colour in slices:
        fits = [s for s in STATES if counts.get(s) and
                min(abs(counts[s] / t - share) for t in (total, drawn)) < 0.002]
        if colour not in {PIE_COLOURS[s] for s in fits}:
            wrong.append(f"a slice of {share:.3f} is {colour}, not one of "
                         f"{[label_ for label_ in label if label[label_] in fits]}")
    return wrong


def main() -> int:
    if not shutil.which("npm") or not Path(CHROMIUM).exists():
        sys.exit("make visual-pie needs npm (Node.js) and Chromium: "
                 "apt-get install nodejs npm chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    # 1. the golden reports' pies, as pictures
    for report in sorted((ROOT / "tests" / "golden").glob("report-*.md")):
        blocks = re.findall(r"```mermaid\n.*?```", report.read_text(encoding="utf-8"), re.S)
        source = OUT / f"pie-{report.stem}.md"
        source.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        draw(source, OUT / f"pie-{report.stem}-drawn.md", "png")
        for png in sorted(OUT.glob(f"pie-{report.stem}-drawn-*.png")):
            png.rename(OUT / f"pie-{report.stem}.png")
            print(OUT / f"pie-{report.stem}.png")
    # 2. every kind of chart, drawn as SVG and read back (ten to a batch: Mermaid 10's
    # command line gives a whole file 30 s)
    all_cases = cases()
    failures = 0
    for first in range(0, len(all_cases), 10):
        batch = all_cases[first:first + 10]
        source = OUT / f"pie-cases-{first}.md"
        source.write_text("\n".join(
            "\n".join(pie(f"case {first + i}", [(s, i18n.t("en", "state." + s), c.get(s, 0))
                                              for s in STATES]))
            for i, c in enumerate(batch, start=1)), encoding="utf-8")
        draw(source, OUT / f"pie-cases-{first}-drawn.md", "svg")
        for i, counts in enumerate(batch, start=1):
            svg = (OUT / f"pie-cases-{first}-drawn-{i}.svg").read_text(encoding="utf-8")
            for problem in check(counts, svg):
                failures += 1
                print(f"case {first + i} {counts}: {problem}")
    print(f"Mermaid CLI {VERSION}: {len(all_cases)} pies drawn, {failures} wrong colours")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
