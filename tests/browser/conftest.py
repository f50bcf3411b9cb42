"""The site in a real browser: headless Chromium of the system's packages, driven by Selenium.

Run by `make test-browser` (which installs what is missing), not by `make test`: set
CCHC_BROWSER_TESTS=1 to collect these tests. Nothing is downloaded at run time: the browser is
/usr/bin/chromium and the driver /usr/bin/chromedriver (Debian's `chromium` and
`chromium-driver`), and Selenium's own driver manager is kept offline.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cchc.pipeline import load
from cchc.render.site.make import site_files
from cchc.write.site import write_site

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "demo"
AS_OF = dt.date(2023, 3, 31)
CHROMIUM = os.environ.get("CCHC_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CCHC_CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOTS = Path(os.environ.get("CCHC_SCREENSHOTS", ROOT / "build" / "screenshots"))
# Flags that work in a container as root, with no display and no network use of the browser's
# own (no updates, no sync, no QUIC probes).
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--lang=en-US")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if not os.environ.get("CCHC_BROWSER_TESTS"):
        return True
    return None


def build_site(root: Path, as_of: dt.date, folder: Path) -> Path:
    """`cchc site` of the repository `root` as of `as_of`, written into `folder/site`."""
    loaded = load(root)
    files = site_files(loaded.repo, loaded.registry, as_of,
                       locality=loaded.repo.config.name or root.name,
                       language=loaded.repo.config.language)
    out = folder / "site"
    write_site(out, files)
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(DEMO, AS_OF, tmp_path_factory.mktemp("site"))


class Server:
    """http.server on 127.0.0.1, remembering every request that did not succeed."""

    def __init__(self, folder: Path) -> None:
        failures: list[str] = []
        self.failures = failures

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_request(self, code: Any = "-", size: Any = "-") -> None:
                if str(code).isdigit() and int(code) >= 400:
                    failures.append(f"{code} {self.path}")

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        handler = functools.partial(Handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[Server]:
    s = Server(site)
    yield s
    s.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for program in (CHROMIUM, CHROMEDRIVER):
        assert shutil.which(program), f"{program} is missing: run `make test-browser`"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
