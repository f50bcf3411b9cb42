"""Time `cchc site` against a warm `cchc report` on the benchmark repositories.

    python -m bench.site [--sizes 1000] [--repeat 3] [--as-of 2023-09-30]

Issue 14 asks that the site of the 1,000-commune repository build in at most three times a
warm `cchc report`, history included. Both run as subprocesses of the installed console
script on the same generated repository (`bench.run.repository`, reused from its cache
folder), with a private cache folder filled by an untimed run of each first, so both are
warm. Each timed `cchc site` writes into a new folder (the cost of writing every page, not of
a rebuild that finds its files unchanged). Runs alternate, so a slow moment of the machine
hits both alike; the medians and their ratio are printed as Markdown.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.run import DEFAULT_AS_OF, _env, _sizes, find_cli, repository, timed

TARGET = 3.0


def measure(cchc: Path, repo: Path, as_of: str, repeat: int,
            timeout: float) -> dict[str, list[float]]:
    cache = tempfile.mkdtemp(prefix="cchc-bench-cache-")
    out = Path(tempfile.mkdtemp(prefix="cchc-bench-site-"))
    env = _env(CCHC_CACHE_DIR=cache)
    report = [str(cchc), "report", "--as-of", as_of, "--repo", str(repo)]
    samples: dict[str, list[float]] = {"report": [], "site": []}
    try:
        timed(report, env, timeout)  # fills the cache: every timed run is warm
        for i in range(repeat + 1):
            target = out / f"site-{i}"
            seconds, _ = timed([str(cchc), "site", "--as-of", as_of, "--repo", str(repo),
                                "-o", str(target)], env, timeout)
            if i:  # the first, untimed, warms the OS page cache for the templates
                samples["site"].append(seconds)
                samples["report"].append(timed(report, env, timeout)[0])
            shutil.rmtree(target, ignore_errors=True)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return samples


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
    args = parser.parse_args(argv)
    cli = find_cli(args.cchc)
    print("| communes | warm `cchc report` (s) | `cchc site` (s) | ratio | target |")
    print("|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        repo, _, _ = repository(args.cache_dir, size, seed=args.seed, tasks=args.tasks,
                                layout="monthly", reuse=True)
        samples = measure(cli.cchc, repo, args.as_of, args.repeat, args.timeout)
        report = statistics.median(samples["report"])
        site = statistics.median(samples["site"])
        print(f"| {size:,} | {report:.2f} | {site:.2f} | {site / report:.2f}× | "
              f"≤ {TARGET:.0f}× |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
