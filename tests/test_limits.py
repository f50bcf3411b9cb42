"""Bounds on hostile data: deep groups, huge numbers, long texts, dates at the edges.

Each test here is the regression test of one fault found by attacking cchc (issue 11): a
valid-looking repository that made a command crash, run for minutes or exhaust memory. The
bounds themselves are listed in `docs/robustness.md`.
"""

from __future__ import annotations

import time
from pathlib import Path

from cchc.pipeline import load
from tests.conftest import RepoWriter


def codes(root: Path) -> list[tuple[str, int, int, str]]:
    return [(d.path, d.line, d.column, d.code) for d in load(root).diagnostics]


# --- group nesting -------------------------------------------------------------------------


def _chain(depth: int, *, loop: bool) -> str:
    """Groups g0 ⊃ g1 ⊃ ... ⊃ g(depth-1), the last holding a unit (or g0, closing a loop)."""
    lines = ["groups:"]
    for i in range(depth):
        last = "g0" if loop else "ubnd-phuong-1"
        member = f"g{i + 1}" if i + 1 < depth else last
        lines += [f"  - id: g{i}", f"    name: Nhóm {i}", f"    members: [{member}]"]
    return "\n".join(lines) + "\n"


def test_deep_group_nesting_is_checked_in_linear_time(make_repo: RepoWriter) -> None:
    # 6,000 levels took 72 s in `_find_cycle` (a search from every group, copying its path).
    root = make_repo({"units/deep.yaml": _chain(6000, loop=False)})
    started = time.perf_counter()
    assert codes(root) == []
    assert time.perf_counter() - started < 5


def test_a_deep_loop_of_groups_is_one_error(make_repo: RepoWriter) -> None:
    root = make_repo({"units/deep.yaml": _chain(6000, loop=True)})
    started = time.perf_counter()
    [d] = load(root).diagnostics
    assert time.perf_counter() - started < 5
    assert (d.path, d.line, d.code) == ("units/deep.yaml", 4, "group-cycle")
    cycle = dict(d.args)["cycle"].split(" → ")
    assert cycle[0] == cycle[-1] == "g0" and len(cycle) == 6001


def test_each_tangle_of_groups_is_reported_once_at_its_first_group(
        make_repo: RepoWriter) -> None:
    # a and b reach each other, b and c too: one tangle {a, b, c}; d only points into it;
    # e holds itself.
    root = make_repo({"units/zz.yaml": """\
        groups:
          - id: d
            name: D
            members: [b]
          - id: a
            name: A
            members: [b, ubnd-phuong-1]
          - id: b
            name: B
            members: [c, a]
          - id: c
            name: C
            members: [b]
          - id: e
            name: E
            members: [e]
        """})
    found = [(d.line, dict(d.args)["cycle"]) for d in load(root).diagnostics]
    assert found == [(7, "a → b → a"), (16, "e → e")]
