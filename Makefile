# One command, same as CI: `make check`. While working: `make quick` (under a minute).
# The project's virtualenv when there is one (as the README makes it), else the python on PATH.
PYTHON ?= $(if $(wildcard .venv/bin/python),.venv/bin/python,python)
SITE_DIR ?= build/site

.PHONY: check quick format lint type test docs dist wheel-test bench clean

check: lint type test docs dist wheel-test

lint:
	$(PYTHON) -m ruff format --check .
	$(PYTHON) -m ruff check .

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .

type:
	$(PYTHON) -m mypy

test:
	HYPOTHESIS_PROFILE=ci $(PYTHON) -m pytest -q --cov=mttq --cov-branch --cov-report=term --cov-fail-under=95

quick:
	$(PYTHON) -m ruff format --check .
	$(PYTHON) -m ruff check .
	HYPOTHESIS_PROFILE=quick $(PYTHON) -m pytest -q -x -m "not slow"

docs:
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m mkdocs build --strict --site-dir $(SITE_DIR)

dist:
	rm -rf dist
	$(PYTHON) -m build --outdir dist .
	$(PYTHON) -m twine check --strict dist/*

# The built wheel in a clean virtualenv, tested by the suite of the unpacked sdist: a file missing
# from either fails here before a release. Only the `test` extra is installed beside the wheel.
WHEEL_TEST ?= build/wheel-test
wheel-test:
	rm -rf $(WHEEL_TEST) && mkdir -p $(WHEEL_TEST)
	$(PYTHON) -m venv $(WHEEL_TEST)/venv
	$(WHEEL_TEST)/venv/bin/python -m pip install -q --disable-pip-version-check \
		"$$(ls dist/*.whl)[test]"
	tar -xzf dist/*.tar.gz -C $(WHEEL_TEST)
	cd $(WHEEL_TEST)/mttq-* && MTTQ_WHEEL_TEST=1 HYPOTHESIS_PROFILE=ci \
		../venv/bin/python -m pytest -q tests docs

bench:
	$(PYTHON) benchmarks/vi_bench.py
	$(PYTHON) benchmarks/rotation_bench.py
	$(PYTHON) benchmarks/scoring_bench.py
	$(PYTHON) benchmarks/awards_bench.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .coverage htmlcov
