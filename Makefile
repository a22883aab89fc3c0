# ExpertReader: `make run` to use it, `make test` to check it. Everything installs itself.
#
# Every Python package comes from requirements/lock.txt: exact versions, checked by hash, the
# versions the test suite verified. `make lock` regenerates it (and requirements/package.txt,
# what the packaged build needs) from pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt

# Debian packages Qt needs to run (offscreen and on a desktop) and the tests' outside tools.
DEB_RUNTIME := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core
DEB_TEST := poppler-utils desktop-file-utils appstream binutils xvfb openbox xdotool dbus-daemon dbus-bin at-spi2-core python3-pyatspi

.PHONY: run test lint typecheck install translations update-translations system-deps package package-onefile deb bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The lock first (hashes required, nothing else resolved), then the program itself, editable,
# built with the locked hatchling: a new release anywhere cannot change what we test.
$(STAMP): $(LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# The bundled articles' content index, prebuilt as the package and wheel ship it, so the source
# tree starts without parsing too (it is only read: a stale one is ignored, never trusted).
PREBUILT_INDEX := resources/content.index.sqlite
# Rebuilt when an article or any of the parser's and index's modules changes (the index records
# a hash of them and is not trusted by a program whose parser differs).
$(PREBUILT_INDEX): $(wildcard resources/content/*) $(wildcard src/expertreader/content/*.py) | $(STAMP)
	$(BIN)/python -m expertreader.content.index build $@ resources/content

# Translations: our Qt Linguist sources (.ts, in git) compiled to .qm, and Qt's own Spanish for
# its standard dialogs copied from the PySide6 we test with (LGPL: see
# resources/translations/README.md). Both are build products. After changing the program's words:
# `make update-translations`, translate the new entries in Qt Linguist
# ($(BIN)/pyside6-linguist resources/translations/expertreader_es.ts), then `make`.
TRANSLATIONS := resources/translations
TS_FILES := $(wildcard $(TRANSLATIONS)/expertreader_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm) $(TRANSLATIONS)/qtbase_es.qm $(TRANSLATIONS)/qtgaps_es.qm

translations: $(QM_FILES)

$(TRANSLATIONS)/expertreader_%.qm: $(TRANSLATIONS)/expertreader_%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Qt's own words its Spanish catalogue lacks (see resources/translations/README.md).
$(TRANSLATIONS)/qtgaps_%.qm: $(TRANSLATIONS)/qtgaps_%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(TRANSLATIONS)/qtbase_%.qm: $(STAMP)
	cp "$$($(BIN)/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt" / "translations")')/qtbase_$*.qm" $@

# Every tr() and words.translate() in the code into the .ts files (Spanish: all messages; English:
# only the plural forms, "%n notes"). Kept translations stay; gone ones are kept as "vanished".
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations relative src/expertreader \
		-ts $(TRANSLATIONS)/expertreader_es.ts
	$(BIN)/pyside6-lupdate -silent -extensions py -locations relative -pluralonly src/expertreader \
		-ts $(TRANSLATIONS)/expertreader_en.ts

install: $(STAMP) $(PREBUILT_INDEX) translations

# Installs Debian packages only when running as root and only those missing.
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		missing=$$(for p in $(DEB_RUNTIME) $(DEB_TEST); do \
			dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			echo "Installing Debian packages: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		fi; \
	fi

run: install system-deps
	$(BIN)/expertreader

lint: install
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

typecheck: install
	$(BIN)/mypy

test: install system-deps lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The packaged build uses its own environment (.venv-package, Python 3.12+ when the machine has
# it: None and True are immortal there, a defence against reference-count bugs in bindings).
package: install system-deps
	packaging/build.sh onedir

package-onefile: install system-deps
	packaging/build.sh onefile

deb: install system-deps
	packaging/build.sh deb

bench: install
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# Regenerate the locks (needs the network). Review the diff, run `make test`, commit both files.
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet 'uv==0.13.9'
	.venv-lock/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --no-emit-package expertreader -o $(LOCK)
	.venv-lock/bin/uv pip compile requirements/package.in --universal --python-version 3.11 \
		--generate-hashes -o requirements/package.txt

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .venv-package .venv-lock
