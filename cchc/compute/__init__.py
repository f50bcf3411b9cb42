"""Computation over a validated repository, as of a date: pure functions, no I/O."""
