# Every target creates .venv when missing and installs the package into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-browser check lint golden schema bench bench-docs fuzz visual visual-docs visual-pie clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cchc status

test: $(STAMP)
	$(BIN)/python -m pytest

# The site in a real browser (tests/browser, docs/site.md): headless Chromium and its driver
# from the system's packages (installed with apt-get when missing), Selenium from PyPI; nothing
# is downloaded when the tests run. Screenshots go to build/screenshots/.
CHROMIUM ?= /usr/bin/chromium
CHROMEDRIVER ?= /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

test-browser: $(STAMP)
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  echo "installing chromium and chromium-driver with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi
	$(BIN)/python -m pip install --quiet -e '.[test,browser]'
	CCHC_BROWSER_TESTS=1 CCHC_CHROMIUM=$(CHROMIUM) CCHC_CHROMEDRIVER=$(CHROMEDRIVER) \
	  $(BIN)/python -m pytest tests/browser

check: $(STAMP)
	$(BIN)/cchc check

# Regenerate the golden reports of tests/golden/ from examples/demo; review them in the diff.
# Regenerate schema/ from the models (a test keeps them in sync).
schema: $(STAMP)
	$(BIN)/python -m cchc.write.schemas schema

golden: $(STAMP)
	$(BIN)/python -m tests.regen_golden
	$(BIN)/python -m tests.test_remind --regen
	$(BIN)/python -m tests.test_site_compiled --regen

# Benchmark on synthetic repositories at 250 and 1,000 communes; not part of `make test`
# (tests/test_bench.py runs it at a tiny size). `make bench-docs` also refreshes the table
# of docs/performance.md. See docs/performance.md.
bench: $(STAMP)
	$(BIN)/python -m bench.run --sizes 250,1000,3300
	$(BIN)/python -m bench.site --sizes 250,1000 --repeat 5

bench-docs: $(STAMP)
	$(BIN)/python -m bench.run --sizes 250,1000,3300 --snapshot --out docs/performance.md

# Long fuzzing (docs/robustness.md): many more hypothesis examples, 25 waves of killed writers.
fuzz: $(STAMP)
	CCHC_FUZZ=1 CCHC_KILL_WAVES=25 $(BIN)/python -m pytest tests/test_fuzz.py tests/test_fuzz_writes.py tests/test_kill_writers.py

# The Word and Excel documents as a person sees them (docs/documents.md): LibreOffice turns
# them into PDF, pdftoppm into PNG, under build/visual/. Installs what it needs when missing
# (Debian/Ubuntu, as root). `make visual-docs` also refreshes the two pictures of docs/images/.
VISUAL_TOOLS := command -v soffice >/dev/null && command -v pdftoppm >/dev/null || \
	(apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	 --no-install-recommends libreoffice-writer libreoffice-calc poppler-utils \
	 fonts-liberation fonts-liberation2)

visual: $(STAMP)
	@$(VISUAL_TOOLS)
	$(BIN)/python -m tests.visual

visual-docs: $(STAMP)
	@$(VISUAL_TOOLS)
	$(BIN)/python -m tests.visual --docs

# The report's Mermaid pies drawn by the real Mermaid (its command line from npm, into
# build/mermaid/; Debian's Chromium draws): the golden reports' pies as build/visual/pie-*.png,
# and many sets of states drawn and read back, each state in its colour (tests/visual_pie.py).
# MERMAID_CLI=10.9.1 make visual-pie checks Mermaid 10. Not part of `make test`.
visual-pie: $(STAMP)
	@if [ ! -x $(CHROMIUM) ] || ! command -v npm >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium npm; \
	fi
	CCHC_CHROMIUM=$(CHROMIUM) $(BIN)/python -m tests.visual_pie

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/ruff check cchc tests bench
	$(BIN)/mypy cchc

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
