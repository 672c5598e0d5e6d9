# Everything runs from a virtual environment made from requirements.txt.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# A browser of your own for the tests: make test CHROMIUM=/path/to/chrome
export CHROMIUM

.PHONY: setup browser serve test build offline outputs translations figures bench clean

$(BIN)/activate: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(BIN)/activate

setup: $(BIN)/activate

## A Chromium for the browser tests: $(CHROMIUM), Debian's, Playwright's; installed if none.
browser: setup
	$(BIN)/python -m doctools.commands.get_browser

## Serve the site with live reload (the address is printed; it ends in the path of site_url).
serve: setup
	$(BIN)/mkdocs serve

## Every test: examples and their outputs, guards, the strict build of both languages, browsers.
test: browser
	$(BIN)/python -m pytest -n 2 --dist worksteal

## Build the site into site/.
build: setup
	$(BIN)/mkdocs build --strict

## A site to browse from a folder (file://): open site/index.html.
offline: setup
	OFFLINE=true $(BIN)/mkdocs build --strict

## Rerun every example as the tests do and rewrite the outputs shown under them.
outputs: setup
	$(BIN)/python -m pytest snippets --update-outputs -q

## Bring locales/*.po up to date with the examples' comments (then translate the new entries).
translations: setup
	$(BIN)/python -m doctools.commands.update_translations

## Regenerate the figures made from code (docs/assets/figures/ and each language's copy).
figures: setup
	$(BIN)/python -m doctools.commands.write_figures

## Wall times of the examples and of the strict build.
bench: setup
	$(BIN)/python -m doctools.commands.benchmark $(ARGS)

clean:
	rm -rf site $(VENV)
