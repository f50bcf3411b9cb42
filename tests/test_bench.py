"""The benchmark harness works (bench/): a tiny size only; `make bench` runs the real sizes."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest

from bench.generate import FORMS, generate
from bench.run import BEGIN, END, BenchError, Cli, goals, main, render, run_set, write_out
from cchc.pipeline import load

TINY = {"communes": 5, "tasks": 30}


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("layout", ["monthly", "per-commune"])
def test_generated_repository_is_valid_and_counted(tmp_path: Path, layout: str) -> None:
    root = tmp_path / "repo"
    counts = generate(root, TINY["communes"], seed=3, tasks=TINY["tasks"],
                      readings_layout=layout)
    loaded = load(root)
    assert loaded.diagnostics == []  # no error and no warning
    assert counts["files"] == loaded.repo.files == len(list(root.rglob("*.yaml")))
    (plan,) = loaded.repo.plans.values()
    assert counts["records"] == len(plan.records)
    assert counts["readings"] == len(plan.readings)
    assert len(plan.tasks) == TINY["tasks"]
    assert sum(t.value.lead == ("cac-xa",) for t in plan.tasks) == TINY["tasks"] * 2 // 5
    assert counts["forms"] == sorted(name for name, _ in FORMS)  # every deadline form
    # A year of monthly data per commune: 12 update files, about 10 records each, 72 readings.
    assert counts["readings"] == 72 * TINY["communes"] + 4
    commune_records = [r for r in plan.records if r.value.unit.startswith("ubnd-")]
    assert 8 * 12 * TINY["communes"] <= len(commune_records) <= 12 * 12 * TINY["communes"]
    assert all(r.value.period is not None for r in plan.records)
    assert all(r.value.evidence for r in plan.records if r.value.status == "done")


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate(tmp_path / "a", 3, seed=7, tasks=24)
    generate(tmp_path / "b", 3, seed=7, tasks=24)
    generate(tmp_path / "c", 3, seed=8, tasks=24)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


def test_merged_communes_stop_reporting(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    generate(root, 50, tasks=10)
    loaded = load(root)
    assert loaded.errors == 0
    gone = [u.value for u in loaded.repo.units if u.value.until is not None]
    assert len(gone) == 1 and gone[0].successor is not None
    (plan,) = loaded.repo.plans.values()
    assert all(r.value.date <= gone[0].until for r in plan.records
               if r.value.unit == gone[0].id)


def test_cold_and_warm_use_the_cache_the_cli_offers(tmp_path: Path) -> None:
    """A fake cchc logs what it gets: cold runs start from an empty private cache folder."""
    log = tmp_path / "log"
    fake = tmp_path / "cchc"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "d = os.environ.get('CCHC_CACHE_DIR', '')\n"
        "entries = len(os.listdir(d)) if d else -1\n"
        f"open({str(log)!r}, 'a').write(repr((sys.argv[1:], d, entries)) + '\\n')\n"
        "if d and '--no-cache' not in sys.argv:\n"
        "    open(os.path.join(d, 'cache'), 'w').write('x')\n"
        "print('same output')\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    repo = tmp_path / "repo"
    python = Path(sys.executable)
    check = ["check", "--repo", str(repo)]
    status = ["status", "--as-of", "2023-09-30", "--repo", str(repo)]

    # A cache folder and --no-cache: cold (empty folder), warm (filled), --no-cache.
    times, out = run_set(Cli(fake, python, {"check": "command"}, cache_env=True), "check",
                         repo, "2023-09-30", 60)
    assert sorted(times) == ["cold", "new-date", "new-date-rss-mb", "no-cache", "repeat",
                             "warm", "warm-rss-mb"] and out == "same output\n"
    # A cache folder only: cold and warm (then the same again, and another date).
    assert sorted(run_set(Cli(fake, python, cache_env=True), "check", repo, "2023-09-30",
                          60)[0]) == ["cold", "new-date", "new-date-rss-mb", "repeat", "warm",
                                      "warm-rss-mb"]
    # --no-cache only (here a global option): cold passes it, warm does not.
    run_set(Cli(fake, python, {"status": "global"}), "status", repo, "2023-09-30", 60)
    runs = [eval(line) for line in log.read_text().splitlines()]  # our own log
    (a, d1, n1), (b, d2, n2), (r, _, _), (nd, _, _), (c, d3, _) = runs[:5]
    assert a == b == r == nd == check and c == [*check, "--no-cache"]
    assert d1 == d2 == d3 != "" and (n1, n2) == (0, 1) and not os.path.exists(d1)
    assert [r[0] for r in runs[5:9]] == [check] * 4 and runs[5][2] == 0
    assert runs[9][0] == ["--no-cache", *status] and runs[10][0] == status
    assert runs[9][1] != os.environ.get("CCHC_CACHE_DIR")  # never the user's cache


def test_a_cache_that_changes_the_output_fails_the_benchmark(tmp_path: Path) -> None:
    fake = tmp_path / "cchc"
    fake.write_text(f"#!{sys.executable}\nimport os\nd = os.environ['CCHC_CACHE_DIR']\n"
                    "print(len(os.listdir(d)))\nopen(os.path.join(d, 'c'), 'w').close()\n",
                    encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(BenchError, match="differs"):
        run_set(Cli(fake, Path(sys.executable), cache_env=True), "report", tmp_path,
                "2023-09-30", 60)


def test_render_ratios_and_scaling() -> None:
    info = dict.fromkeys(["date", "platform", "cpu", "cpus", "memory", "python", "pyyaml",
                          "cchc_loader", "cchc", "revision", "source", "load"], "x")
    counts = {n: {"files": 12 * n, "update_files": 12 * n, "measurement_files": 16,
                  "records": 120 * n, "readings": 72 * n, "bytes": 1000 * n}
              for n in (250, 1000)}
    samples = {n: {"floor": [n / 250, 9.0, 0.1], "floor-inproc": [n / 500] * 3,
                   "check/cold": [3 * n / 250] * 3, "check/warm": [2 * n / 250] * 3}
               for n in (250, 1000)}
    startup = {'`python -c "import typer"`': [0.1], "`cchc --version`": [0.3]}
    text = render(info, "none", [250, 1000], counts, {250: {}, 1000: {}}, samples,
                  startup, repeat=3, startup_repeat=1, commands=["check"],
                  as_of="2023-09-30", argv=[])
    assert "| `cchc check` | cold | 3.000 | 3.00 | 12.00 | 3.00 | 4.00 |" in text
    assert "| `cchc check` | warm | 2.000 | 2.00 | 8.000 | 2.00 | 4.00 |" in text
    assert "| `cchc --version` | 0.300 | 3.00 |" in text
    assert text.startswith(BEGIN) and text.rstrip().endswith(END)


def test_write_out_replaces_only_the_block(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text(f"# Title\n\nbefore\n\n{BEGIN}\nold\n{END}\n\nafter\n", encoding="utf-8")
    write_out(doc, f"{BEGIN}\nnew\n{END}\n")
    assert doc.read_text(encoding="utf-8") == f"# Title\n\nbefore\n\n{BEGIN}\nnew\n{END}\n\nafter\n"


def test_the_harness_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole harness against the real CLI, at a tiny size, once (the CI smoke test)."""
    out = tmp_path / "perf.md"
    code = main(["--sizes", "3", "--repeat", "1", "--startup-repeat", "1", "--warmup", "0",
                 "--tasks", "24", "--cache-dir", str(tmp_path / "cache"), "--out", str(out),
                 "--quiet", "--no-peers"])
    printed = capsys.readouterr().out
    assert code == 0
    assert out.read_text(encoding="utf-8").endswith(printed)
    for row in ("floor: parse every YAML file", "`cchc check` | cold", "`cchc status` | warm",
                "`cchc overdue --format json` | cold", "`cchc report` | warm",
                "`cchc --help`", "`cchc --version`", '`python -c "import typer"`'):
        assert row in printed
    assert "| 3 | " in printed
    assert "Goals of issue 15" in printed and "`cchc --version` × " in printed
    assert "0 lỗi, 0 cảnh báo" in printed  # the generated repository is in Vietnamese


def test_the_peers_get_the_same_records(tmp_path: Path) -> None:
    from bench import peers

    counts = generate(tmp_path / "r", 3, seed=2, tasks=24)
    journal, ledger, n = peers.write(tmp_path / "r", tmp_path / "peers")
    assert n == counts["records"]
    assert journal.read_text(encoding="utf-8").count(" task ") == n
    assert ledger.read_text(encoding="utf-8").count('* "task ') == n


def test_the_memory_goal_is_judged_at_its_size_and_growth_to_each_size() -> None:
    """Issue 15 sets the memory goal at 1,000 communes: a run that also has 3,300 judges it at
    1,000 (3,300 holds more and has no goal), and growth is shown from 250 to each size."""
    sizes = [250, 1000, 3300]
    counts: dict[int, dict[str, object]] = {n: {"records": 120 * n} for n in sizes}
    med = {n: {"floor": n / 100, "check/no-cache": n / 300, "status/warm-rss-mb": n / 10,
               "status/new-date-rss-mb": n / 5} for n in sizes}
    startup = {'`python -c "import typer"`': [0.1], "`cchc --version`": [0.1]}
    text = "\n".join(goals(sizes, counts, med, startup))
    assert "| resident memory of a warm `status` at a new as-of date (it computes), MB " \
        "(at 1,000) | 1,000 | 200.000 | 250 | yes |" in text
    assert "(at 3,300)" not in text
    assert "| 250 → 1,000 | 1.000 |" in text and "| 250 → 3,300 | 1.000 |" in text
    # a run without 1,000 communes shows the memory at its largest size, with no goal there
    text = "\n".join(goals([250, 3300], counts, med, startup))
    assert "(it computes), MB (at 3,300) | 3,300 | 660.000 | – | – |" in text


def test_the_site_benchmark_runs_and_shows_its_split_and_growth(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m bench.site` (issue 14's ratio) at a tiny size, once: the table and the user
    and system split of the computing runs; the growth from the first size to a larger one
    (printed when several sizes run) beside the records."""
    from bench import site

    code = site.main(["--sizes", "2", "--repeat", "1", "--tasks", "24",
                      "--cache-dir", str(tmp_path / "cache")])
    printed = capsys.readouterr().out
    assert code == 0
    assert "| 2 | " in printed and "≤ 3×" in printed
    assert "2 communes: medians of 1 interleaved runs" in printed
    assert "computing, user + system: site " in printed and ", report " in printed
    small = (250, {"site": 1.0, "report": 0.5}, 100)
    large = (1000, {"site": 4.4, "report": 2.0}, 400)
    assert site.growth(small, large) == ("growth from 250 to 1,000 communes: site ×4.40, "
                                         "report ×4.00, records ×4.00")


def test_the_site_benchmark_removes_no_site_between_its_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every site a run wrote is still there when the next `cchc site` starts (of any size):
    thousands of pages removed just before would make the next site's file creations slow on
    ext4 without a journal (the kernel skips recently freed inodes one by one), a cost of the
    benchmark."""
    from bench import site

    written: list[Path] = []
    real = site.timed

    def timed(argv: list[str], env: dict[str, str], timeout: float) -> tuple[float, str]:
        if "site" in argv:
            assert all(folder.is_dir() for folder in written), "a site removed between runs"
            written.append(Path(argv[argv.index("-o") + 1]))
        return real(argv, env, timeout)

    monkeypatch.setattr(site, "timed", timed)
    assert site.main(["--sizes", "2,3", "--repeat", "1", "--tasks", "12",
                      "--cache-dir", str(tmp_path / "cache")]) == 0
    # 2 sizes x (1 untimed + 1 timed round) x (computing, repeated): none removed before
    # the last, not even between sizes
    assert len(written) == 8
    assert not any(folder.exists() for folder in written)  # all removed at the end
