"""The peers: the same progress records as one hledger journal and one Beancount ledger.

Each progress record of a benchmark repository becomes one transaction of two postings
(the unit's account receives one unit of the record's status, the task's account gives it),
dated as the record, with the task in its description: what a checker of plain-text
accounting must parse, check for balance and accounts, and sort by date, as `cchc check`
parses, validates and cross-checks records. hledger comes from the system's packages
(`apt-get install hledger` when missing and possible), Beancount 3 from the package index,
installed by `ensure_beancount` into a virtual environment of its own in the bench's folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml


def records(repo: Path) -> list[tuple[str, str, str, str]]:
    """(date, task, unit, status) of every progress record, in path order."""
    out: list[tuple[str, str, str, str]] = []
    for path in sorted(repo.glob("plans/*/updates/**/*.yaml")):
        with open(path, "rb") as f:
            data = yaml.load(f, Loader=yaml.CSafeLoader)
        for r in data if isinstance(data, list) else [data]:
            out.append((str(r["date"]), str(r["task"]), str(r["unit"]), str(r["status"])))
    return out


def _account(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text)


def write(repo: Path, folder: Path) -> tuple[Path, Path, int]:
    """Write `records.journal` (hledger) and `records.beancount`; return them and the count."""
    recs = records(repo)
    folder.mkdir(parents=True, exist_ok=True)
    journal, ledger = folder / "records.journal", folder / "records.beancount"
    units = sorted({u for _, _, u, _ in recs})
    tasks = sorted({t for _, t, _, _ in recs})
    statuses = sorted({s for _, _, _, s in recs})
    with open(journal, "w", encoding="utf-8") as j:
        for date, task, unit, status in recs:
            j.write(f"{date} task {task} {status}\n    units:{_account(unit)}  1 R\n"
                    f"    tasks:{_account(task)}\n\n")
    with open(ledger, "w", encoding="utf-8") as b:
        b.write('option "operating_currency" "R"\n')
        for u in units:
            b.write(f"2000-01-01 open Assets:U-{_account(u)}\n")
        for t in tasks:
            b.write(f"2000-01-01 open Equity:T-{_account(t)}\n")
        for s in statuses:
            b.write(f"2000-01-01 commodity {_commodity(s)}\n")
        for date, task, unit, status in recs:
            b.write(f'{date} * "task {task} {status}"\n  Assets:U-{_account(unit)}  1 '
                    f"{_commodity(status)}\n  Equity:T-{_account(task)}  -1 "
                    f"{_commodity(status)}\n\n")
    return journal, ledger, len(recs)


def _commodity(status: str) -> str:
    return "S" + "".join(c for c in status.upper() if c.isalpha())


def ensure_hledger(log: object = print) -> str | None:
    """The hledger executable, installed from the system's packages if missing and possible."""
    found = shutil.which("hledger")
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-q", "hledger"], capture_output=True,
                       check=False)
        found = shutil.which("hledger")
    return found


def ensure_beancount(folder: Path) -> Path | None:
    """`bean-check` of Beancount 3, in a virtual environment under `folder`."""
    venv = folder / "beancount-venv"
    exe = venv / ("Scripts" if os.name == "nt" else "bin") / "bean-check"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True,
                       check=False)
        pip = venv / ("Scripts" if os.name == "nt" else "bin") / "pip"
        subprocess.run([str(pip), "install", "-q", "beancount>=3,<4"], capture_output=True,
                       check=False)
    return exe if exe.exists() else None
