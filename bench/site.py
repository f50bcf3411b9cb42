"""Time `cchc site` against a warm `cchc report` that computes, on the benchmark repositories.

    python -m bench.site [--sizes 1000] [--repeat 3] [--as-of 2023-09-30] [--snapshot]

Issue 14 asks that the site of the 1,000-commune repository build in at most three times a
warm `cchc report`, history included. Like is compared with like:

- **computing** (the ratio of the issue): the files' cache is warm (filled by an untimed
  `cchc check`) and holds no answer, so `report` and `site` both read the cache and compute
  everything. Each such run starts from a fresh copy of that cache folder: no answer kept by
  an earlier run is reused (a repeated `cchc report` would be answered from the answers cache,
  `cchc/commands/_answers.py`, in a fraction of the time, which is not the computation the
  issue compares against).
- **repeated** (printed too, for honesty): the same command again in the cache the computing
  run left, as a user running it twice would. The report is then answered from the answers
  cache; the site takes the month-end summaries of its history from it (the pages themselves
  are always rendered).

Both run as subprocesses of the installed console script on the same generated repository
(`bench.run.repository`, reused from its cache folder). Each timed `cchc site` writes into a
new folder (the cost of writing every page, not of a rebuild that finds its files unchanged);
the folders are removed when every size has run, not between runs (see `main`): about
2.5 GB of disk at 250 and 1,000 communes and 5 runs.
Times are CPU seconds of the process and its children (`bench.run.timed`). Runs alternate
(site, report, site, report, ...), so a slow moment of the machine hits both alike; the first
round is untimed; the medians and their ratios are printed as Markdown. `--snapshot` measures
a copy of the package taken at the start (edits to the tree during the run change nothing).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.run import (
    _EXTRA_ENV,
    DEFAULT_AS_OF,
    LAST_CPU,
    _env,
    _sizes,
    find_cli,
    repository,
    snapshot,
    timed,
)

TARGET = 3.0
MODES = ("site", "report", "site-repeated", "report-repeated")
# the computing runs' CPU split into user and system time (the kernel's: mostly creating the
# site's files, whose cost varies widely from one machine and moment to another)
SPLIT = ("site-user", "site-system", "report-user", "report-system")


def measure(cchc: Path, repo: Path, as_of: str, repeat: int, timeout: float,
            work: Path) -> dict[str, list[float]]:
    """The samples of one size; every file it writes is left in `work` (see `main`)."""
    pristine = work / "cache"
    common = ["--as-of", as_of, "--repo", str(repo)]
    report = [str(cchc), "report", *common]
    samples: dict[str, list[float]] = {m: [] for m in (*MODES, *SPLIT)}
    # the files' cache, warm, with no answer in it
    timed([str(cchc), "check", "--repo", str(repo)], _env(CCHC_CACHE_DIR=str(pristine)),
          timeout)
    for i in range(repeat + 1):
        for name, argv in (("site", [str(cchc), "site", *common]), ("report", report)):
            cache = work / f"cache-{name}-{i}"
            shutil.copytree(pristine, cache)
            env = _env(CCHC_CACHE_DIR=str(cache))
            out = ["-o", str(work / f"site-{i}-a")] if name == "site" else []
            computing, _ = timed([*argv, *out], env, timeout)
            user, system = LAST_CPU[0]
            out = ["-o", str(work / f"site-{i}-b")] if name == "site" else []
            repeated, _ = timed([*argv, *out], env, timeout)
            if i:  # the first round warms the OS page cache for the program's files
                samples[name].append(computing)
                samples[f"{name}-user"].append(user)
                samples[f"{name}-system"].append(system)
                samples[f"{name}-repeated"].append(repeated)
    return samples


def _notes(size: int, repeat: int, samples: dict[str, list[float]],
           m: dict[str, float]) -> str:
    return (f"{size:,} communes: medians of {repeat} interleaved runs, CPU seconds; computing, "
            f"user + system: site {m['site-user']:.2f} + {m['site-system']:.2f}, report "
            f"{m['report-user']:.2f} + {m['report-system']:.2f}; every sample: "
            + "; ".join(f"{mode} " + ", ".join(f"{x:.2f}" for x in samples[mode])
                        for mode in MODES))


def growth(small: tuple[int, dict[str, float], int],
           large: tuple[int, dict[str, float], int]) -> str:
    """How the computing runs grew from the smallest size to a larger one, beside the
    records (issue 14: per-unit pages must not make the cost quadratic)."""
    (a, ma, ra), (b, mb, rb) = small, large
    return (f"growth from {a:,} to {b:,} communes: site ×{mb['site'] / ma['site']:.2f}, "
            f"report ×{mb['report'] / ma['report']:.2f}, records ×{rb / ra:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.site", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--as-of", default=DEFAULT_AS_OF)
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "cchc-bench")
    parser.add_argument("--cchc")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--snapshot", action="store_true",
                        help="measure a copy of the cchc package taken at the start")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    cli = find_cli(args.cchc)
    folder = Path(tempfile.mkdtemp(prefix="cchc-bench-snapshot-")) if args.snapshot else None
    runs = Path(tempfile.mkdtemp(prefix="cchc-bench-site-"))
    try:
        if folder is not None:
            snapshot(cli, folder)
        print("| communes | warm `report`, computing (s) | `site`, computing (s) | ratio "
              "| target | `report` repeated (s) | `site` repeated (s) | ratio |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        notes: list[str] = []
        first: tuple[int, dict[str, float], int] | None = None
        for size in args.sizes:
            repo, counts, _ = repository(args.cache_dir, size, seed=args.seed,
                                         tasks=args.tasks, layout="monthly", reuse=True)
            work = runs / f"{size}"
            work.mkdir()
            samples = measure(cli.cchc, repo, args.as_of, args.repeat, args.timeout, work)
            m = {mode: statistics.median(samples[mode]) for mode in (*MODES, *SPLIT)}
            print(f"| {size:,} | {m['report']:.2f} | {m['site']:.2f} | "
                  f"{m['site'] / m['report']:.2f}× | ≤ {TARGET:.0f}× | "
                  f"{m['report-repeated']:.2f} | {m['site-repeated']:.2f} | "
                  f"{m['site-repeated'] / m['report-repeated']:.1f}× |", flush=True)
            notes.append(_notes(size, args.repeat, samples, m))
            found = counts.get("records")
            records = found if isinstance(found, int) else 0
            if first is None:
                first = (size, m, records)
            elif records and first[2]:
                notes.append(growth(first, (size, m, records)))
        print("\n" + "\n\n".join(notes), flush=True)
    finally:
        # Every site is removed only now, after every size, not after each run: on ext4
        # without a journal (this project's benchmark machines) the kernel skips each inode
        # freed in the last minute (five, while its table is unwritten) when it allocates a
        # new one, one by one, so the thousands of pages of a site removed just before would
        # make the next site's file creations cost up to a millisecond each (seen with
        # `perf`: `find_inode_bit`, `recently_deleted`): a cost of the benchmark, not of
        # `cchc site`, which a user building into a new folder does not pay.
        shutil.rmtree(runs, ignore_errors=True)
        _EXTRA_ENV.clear()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
