"""cchc: a compliance tracker for Vietnamese administrative-reform (CCHC) plans.

The package is a one-way pipeline over plain data:

    load/      find the repository, read YAML safely, keep positions
    model/     the strict pydantic models of every kind of file, and the deadline grammar
    validate/  cross-file checks, each a small function returning diagnostics
    compute/   obligations and indicator gaps, as of a date
    render/    text, JSON, GitHub, Markdown: pure functions from results to strings
    session.py, commands/   one module per command, over the session
    cli/       the thin Typer layer on top, with the one error boundary

Errors are values (`cchc.diagnostics.Diagnostic`); nothing in the core raises for bad data.
"""

__version__ = "0.1.0"
