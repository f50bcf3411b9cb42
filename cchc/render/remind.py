"""The formats of `cchc remind`: the letters as Markdown (`cchc.render.letter`) or as Word
documents (`cchc.render.docx_letter`), each with the index `README.md`.

Its own module, so that the Markdown letters and the Word letters, which share `Context` and
`Owed`, do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable

from cchc.render.docx_letter import letter_docx
from cchc.render.letter import INDEX, Context, Reminders, index, markdown


def docx(batch: Reminders, ctx: Context) -> dict[str, bytes]:
    """The letters as Word documents, `<unit id>.docx`, and their index `README.md`."""
    files = {f"{w.unit}.docx": letter_docx(w, ctx, ctx.letterhead) for w in batch.letters}
    files[INDEX] = index(batch.letters, batch.own, ctx, ".docx").encode("utf-8")
    return files


# File name → content, in the order they are written (the index last).
FORMATS: dict[str, Callable[[Reminders, Context], dict[str, bytes]]] = {
    "markdown": markdown, "docx": docx}
# The suffix of each format's letters, for the files of an earlier run.
SUFFIXES = {"markdown": ".md", "docx": ".docx"}
