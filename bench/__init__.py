"""The benchmark harness: synthetic repositories (`bench.generate`) and timings (`bench.run`).

Not part of the `cchc` package and not installed with it; run from the project root with
`make bench` or `python -m bench.run`. See docs/performance.md.
"""
