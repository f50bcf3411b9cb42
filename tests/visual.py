"""`make visual`: the generated documents as a person sees them, for a reviewer to look at.

Writes the demo's Word report and a reminder letter, the status workbook and a unit's form,
and the shipped plan 188's Word report and workbook long after it ended, into build/visual/;
converts each to PDF with LibreOffice (headless, under a Vietnamese locale, so the
workbooks show decimal commas as a Vietnamese Excel user sees them) and each PDF's pages
to PNG with pdftoppm. With `--docs`, the first page of the report and of
the letter are copied to docs/images/, where the README shows them.

Times New Roman is not free to install on Linux; LibreOffice then draws Liberation Serif,
which has the same metrics (the same line breaks and page breaks), so the pictures show
the layout Word shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cchc.cli import app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "visual"
DEMO = ["--repo", str(ROOT / "examples" / "demo"), "--as-of", "2023-04-05", "--lang", "vi"]


def run(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    if result.exit_code != 0:
        sys.exit(f"cchc {' '.join(args)} failed ({result.exit_code}):\n{result.output}")


def generate() -> list[Path]:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    run(["report", *DEMO, "--format", "docx", "-o", str(OUT / "report-vi.docx")])
    run(["remind", *DEMO, "--format", "docx", "--out", str(OUT / "letters")])
    run(["status", *DEMO, "--format", "xlsx", "-o", str(OUT / "status-vi.xlsx")])
    run(["form", *DEMO, "--unit", "ubnd-xa-tan-lap", "-o", str(OUT / "form-vi.xlsx")])
    # plan 188 (shipped) long after it ended: the final account, days to its last day
    ended = ["--repo", str(ROOT), "--as-of", "2026-12-01", "--lang", "vi"]
    run(["report", *ended, "--format", "docx", "-o", str(OUT / "report-ended-vi.docx")])
    run(["status", *ended, "--format", "xlsx", "-o", str(OUT / "status-ended-vi.xlsx")])
    letter = OUT / "letters" / "ubnd-xa-tan-lap.docx"
    shutil.copy(letter, OUT / "letter-vi.docx")
    return [OUT / n for n in ("report-vi.docx", "letter-vi.docx", "status-vi.xlsx",
                              "form-vi.xlsx", "report-ended-vi.docx", "status-ended-vi.xlsx")]


def convert(files: list[Path]) -> None:
    env = {**os.environ, "LC_ALL": "vi_VN.UTF-8", "LANG": "vi_VN.UTF-8",
           "LANGUAGE": "vi"}
    profile = (OUT / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), *map(str, files)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    for f in files:
        pdf = f.with_suffix(".pdf")
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(OUT / f.stem)],
                       check=True)


def main() -> None:
    convert(generate())
    pages = sorted(p.name for p in OUT.glob("*.png"))
    print(f"{len(pages)} pages in {OUT.relative_to(ROOT)}: {', '.join(pages)}")
    if "--docs" in sys.argv:
        images = ROOT / "docs" / "images"
        images.mkdir(parents=True, exist_ok=True)
        for stem in ("report-vi", "letter-vi"):
            first = min(OUT.glob(f"{stem}-*.png"))
            shutil.copy(first, images / f"{stem}.png")
            print(f"docs/images/{stem}.png")


if __name__ == "__main__":
    main()
