# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make board   validate the content and build the board into site/
#   make test    run the whole test suite (installs Debian's chromium for the browser tests)
# Each creates the local virtual environment .venv when it is missing or out of date.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: board test lint bench browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

board: $(STAMP)
	$(BIN)/board validate
	$(BIN)/board build

browser:  # the browser tests drive a real Chromium: Debian's, or one already installed
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	command -v google-chrome >/dev/null 2>&1 || [ -n "$${CHROMIUM:-}" ] || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check tools tests bench/validate bench/build bench/intake bench/measures
	$(BIN)/ruff format --check tools tests bench/validate bench/build bench/intake bench/measures
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/validate
	$(BIN)/python bench/build
	$(BIN)/python bench/intake
	$(BIN)/python bench/measures

clean:
	rm -rf $(VENV) site
