"""Reading a plan document into raw lines: .txt and .md as text, .docx through python-docx.

Nothing is interpreted here beyond decoding; `cchc.importing.lines` cleans what is read. A file
that cannot be read raises `ReadError`, the one condition that stops an import (exit code 2).
"""

from __future__ import annotations

from pathlib import Path

from cchc.importing.errors import ReadError as ReadError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
WORD_SUFFIXES = (".docx",)
SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES


def read_lines(path: Path) -> tuple[list[str], list[str]]:
    """The document's lines, and notes on how it was read (message keys, e.g. a legacy
    encoding)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError("import.bad-suffix", path=str(path), suffix=suffix or "-",
                        known=", ".join(SUFFIXES))
    if not path.is_file():
        raise ReadError("import.no-file", path=str(path))
    if suffix in WORD_SUFFIXES:
        from cchc.importing.wordfile import docx_lines

        return docx_lines(path), []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError("import.unreadable", path=str(path),
                        reason=exc.strerror or type(exc).__name__) from None
    text, notes = decode(raw, str(path))
    return text.splitlines(), notes


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1258 (Vietnamese legacy
    office text), said in a note. Bytes with NUL characters are not text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            raise ReadError("import.not-text", path=name) from None
    if b"\x00" in raw:
        raise ReadError("import.not-text", path=name)
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1258"), ["import.note.cp1258"]
    except UnicodeDecodeError:
        raise ReadError("import.not-text", path=name) from None
