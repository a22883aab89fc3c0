# ExpertReader: `make run` to use it, `make test` to check it. Everything installs itself.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages Qt needs to run (offscreen and on a desktop) and the tests' outside tools.
DEB_RUNTIME := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core
DEB_TEST := poppler-utils desktop-file-utils appstream binutils

.PHONY: run test lint typecheck install system-deps package package-onefile deb bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

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

package: install system-deps
	packaging/build.sh onedir

package-onefile: install system-deps
	packaging/build.sh onefile

deb: install system-deps
	packaging/build.sh deb

bench: install
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
