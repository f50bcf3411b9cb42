"""`cchc import`: a plan document (.txt, .md, .docx) turned into a draft `plan.yaml`.

One direction, one module per stage, each a function from data to data:

- `text` (and `wordfile` for .docx): the file → raw lines;
- `lines`: raw lines → clean paragraphs (markup, clutter, page breaks, footnotes);
- `header`: paragraphs → number, issuer, place and date, title, bases;
- `body` (with `tables` and `inline`): paragraphs → the `structure` of parts, items, tasks, and
  the "Thời gian" / "Cơ quan" lines that cover them;
- `names`: bodies named in the document → unit and group ids of the repository;
- `dues`, `targets`: deadlines as written → a `due`; targets in a task → indicators;
- `assemble`: all of the above → the draft as data, with the importer's comments and problems;
- `draft`: the draft → YAML text (block style, comments, the line of every problem);
- `verify`: the YAML text → the repository's own checks, run on a temporary copy;
- `run`: the stages wired together.

`shapes` and `vn` hold the patterns and the Vietnamese text helpers the stages share.
`cchc.commands.import_` is the only caller that touches the terminal.
"""
