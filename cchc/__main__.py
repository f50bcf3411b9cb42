"""`python -m cchc` runs the command-line interface."""

from cchc.fastpath import main

main()
