"""`cchc site`: the status as a static web site in a folder (docs/site.md)."""

from __future__ import annotations

from pathlib import Path

from cchc.errors import CchcError
from cchc.session import Options, Session


def run(options: Options, *, out: Path, fmt: str = "html") -> int:
    from cchc.render.site.make import FORMATS, site_data
    from cchc.write.site import write_site

    s = Session(options)
    status = s.summary(None, None)
    view = s.view(incomplete=status.incomplete)
    files = FORMATS[fmt](site_data(s.loaded.repo, s.loaded.registry, status, view), view)
    try:
        changed = write_site(out, files)
    except CchcError as exc:  # said in the repository's language
        s.fail(exc.key, exc.exit_code, **exc.args_)
    s.say("site.done", path=str(out / "index.html"), files=len(files), changed=changed)
    return 0
