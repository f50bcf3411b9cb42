"""The commands, one module each: a typed function `run(options, ...) -> exit code`.

A command turns plain values into a result by calling the pipeline (`cchc.session`,
`cchc.pipeline`, `cchc.compute`), picks a renderer from its module's `FORMATS`, and writes
through the session. It never imports the command-line framework: `cchc/cli/` parses the
options and calls it (see docs/contributing.md, "Adding a command").
"""
