"""`python -m cchc` runs the command-line interface."""

from cchc.cli import main

main()
