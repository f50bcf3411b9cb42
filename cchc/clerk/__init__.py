"""What a clerk types, read the way a clerk means it.

- `parse`: dates written day first (`31/3/2023`), numbers with a decimal comma and a `%`
  (`96,5%`), the Vietnamese status words (`hoàn thành`), each a pure function returning None
  for what it cannot read, so that the caller says why in the user's language;
- `names`: a unit given by its id, its name or an alias, and the closest ids for a name that
  matches nothing (`suggest`), for units, tasks, indicators and plans alike.

Nothing here imports the CLI framework; the command line calls these while parsing options.
"""
