# Everything a developer or CI needs: each target sets up .venv itself (idempotently).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench venv clean screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

run: venv
	bash packaging/system-deps.sh gui
	$(BIN)/pakru-desktop $(ARGS)

test: venv
	bash packaging/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: venv
	$(BIN)/python benchmarks/search_bench.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/app_bench.py $(APP_BENCH_ARGS)
	$(BIN)/python benchmarks/knowledge_bench.py $(KNOWLEDGE_BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

screenshots: venv
	bash packaging/system-deps.sh screenshots
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x860x24" $(BIN)/python packaging/screenshots.py screenshots
