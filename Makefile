# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make board   validate the content and build the board into site/
#   make test    run the whole test suite (installs Debian's chromium for the browser tests)
# Both also install the GC Design System pinned in package-lock.json (npm ci), which the build
# copies into the board; Debian's nodejs and npm are installed when npm is missing.
# Each creates the local virtual environment .venv when it is missing or out of date.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GCDS := node_modules/.installed

.PHONY: board test lint bench browser clean

# The GC Design System (@gcds-core/components) and its typefaces (@fontsource/lato,
# @fontsource/noto-sans), exactly as package-lock.json pins them and checks
# their integrity; --ignore-scripts: no install script of any package runs.
$(GCDS): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing Debian's nodejs and npm for the GC Design System"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(GCDS)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

board: $(STAMP) $(GCDS)
	$(BIN)/board validate
	$(BIN)/board build

browser:  # the browser tests drive a real Chromium: Debian's, or one already installed
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	command -v google-chrome >/dev/null 2>&1 || [ -n "$${CHROMIUM:-}" ] || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) $(GCDS) browser
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check tools tests bench/validate bench/build bench/intake bench/regression bench/measures
	$(BIN)/ruff format --check tools tests bench/validate bench/build bench/intake bench/regression bench/measures
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/validate
	$(BIN)/python bench/build
	$(BIN)/python bench/intake
	$(BIN)/python bench/measures

clean:
	rm -rf $(VENV) site node_modules
