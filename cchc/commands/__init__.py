"""Commands for the ecosystem around the repository, one module each.

Each module registers its command on `cchc.cli.app` when imported (the last lines of
`cchc/cli.py` import them) and imports what it needs inside the command function, so that
`cchc --help` stays fast.
"""
