"""The files of the site as a mapping whose pages are rendered when read, one at a time.

A province's site is thousands of pages and some 155 MB of text: held all at once (with
the strings they were encoded from) they took `cchc site` to a peak of 417 MB against
the report's 146 MB, and every page of memory first touched costs system time here (132k
minor page faults against the report's 44k). `Pages` knows every path up front, in sorted
order, and makes a file only when asked for it (`pages[path]`), keeping nothing: the writer
(`cchc.write.site.write_site`) asks for each once and writes it, so a page's text is freed
before the next is made.

A page's values are computed from the whole site's data and from caches that pages share
(the words of a language, a plan's rows, its navigation): those caches hold what their
arguments alone decide, so a page reads the same bytes whichever pages were read before it
(tests/test_site_build.py reads a site backwards). A template error is raised by the read,
that is, while the site is being written (`write_site` says what the folder keeps then).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping


class Pages(Mapping[str, bytes]):
    """Path (with / separators) -> bytes, sorted by path; a value is made on each read and
    not kept. `in`, `len` and iterating the paths make nothing."""

    def __init__(self, makers: Mapping[str, bytes | Callable[[], bytes]]) -> None:
        self._makers = dict(sorted(makers.items()))

    def __getitem__(self, path: str) -> bytes:
        made = self._makers[path]
        return made if isinstance(made, bytes) else made()

    def __contains__(self, path: object) -> bool:  # Mapping's own would make the page
        return path in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)
