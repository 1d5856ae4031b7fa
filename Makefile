# ctg developer entry points. Everything goes through CMakePresets.json.
#
#   make deps   install missing Debian build dependencies (no-op when present)
#   make venv   .venv with the Python dependencies (every extra) and the ctg package built from
#               this tree
#   make build  configure + build the release preset        (build/release)
#   make run    the main job: `ctg report` on the embedded Charente 2021 dataset, through the
#               installed Python package (.venv): writes $(REPORT_HTML) and the synthèse for
#               elected officials $(SYNTHESE_HTML), prints the Markdown
#   make example  build, then run the C++ example $(EXAMPLE) (default charente_report)
#   make test   release build + ctest + docs + package test, pytest of the Python
#               package, asan build + ctest (what .ci/run executes)
#   make test-dev  debug build + ctest (quicker to iterate on)
#   make test-python  pytest of the Python package only (rebuilds it when needed)
#   make lint   the style gate: ruff (lint and format), mypy --strict, clang-format (run by test)
#   make stubs  regenerate bindings/python/ctg/_ctg.pyi after a change of the bindings
#   make bench  release build + run all benchmarks
#   make bench-report  `ctg report` rendering time without and with ctg's cache
#   make bench-startup  `import ctg` over bare Python and `ctg report` (json, html) in new
#               processes pinned to one core, against the targets of docs/pages/benchmarks.md
#   make bench-national  the synthetic national set: load + validate time and `ctg national`
#               JSON time, with peak memory (docs/pages/benchmarks.md)
#   make bench-peers  ctg's Python batch side by side with numpy, OpenFisca-core, Decimal and
#               pandas on the same rows, in its own virtualenv build/bench-peers-venv (issue 14)
#   make territories  derive the territorial catalogue (src/data/territories/YEAR.tsv) again
#               from the pinned versions of @etalab/decoupage-administratif (npm pack, checked
#               against their integrity hashes); `make territories-check` compares instead
#   make docs   Doxygen reference of include/ctg
#   make clean  remove build/

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

# The machine has 2 cores: build and test presets already use 2 jobs.
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
export CTEST_PARALLEL_LEVEL ?= 2

APT_PACKAGES := build-essential cmake ninja-build libboost-dev nlohmann-json3-dev \
                libgtest-dev libbenchmark-dev doxygen git
# Only the tests need a browser (the HTML report is opened in Debian's headless Chromium),
# clang-format (Debian's, version 14: `make lint` checks the C++ layout with it) and Clang 14 with
# its runtime (libFuzzer and the sanitizers of the fuzz targets, tests/fuzz).
TEST_APT_PACKAGES := chromium clang-format clang-14 libclang-rt-14-dev
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

EXAMPLE ?= charente_report
REPORT_HTML ?= build/report/charente-2021.html
# The synthèse for elected officials, written beside the full report.
SYNTHESE_HTML ?= build/report/charente-2021-synthese.html

.PHONY: all deps deps-test venv build run example docs lint test test-dev test-release test-asan \
        fuzz fuzz-build fuzz-smoke test-tsan hostile \
        test-package test-python stubs bench bench-report bench-national bench-peers territories \
        territories-check clean

all: build

# --- System dependencies ------------------------------------------------------
# The Debian packages of $(1) not yet installed ("install ok installed"), as a word list.
missing-packages = $$(for pkg in $(1); do \
	  [[ "$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null || true)" == "install ok installed" ]] \
	    || echo "$$pkg"; done)
# Installs the packages of the shell variable `missing` (if any); $(1) names the step.
install-missing = if [[ -n "$${missing// /}" ]]; then \
	  echo "$(1): installing" $$missing; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# Python: `python3 -m venv` needs ensurepip (Debian: python3-venv) and the build needs
# Python.h (Debian: python3-dev). They are checked on the python3 found on PATH, so an
# interpreter that already has both (pyenv, a CI image) needs no Debian package.
deps:
	@missing="$(call missing-packages,$(APT_PACKAGES))"; \
	if ! command -v python3 >/dev/null 2>&1; then \
	  missing="$$missing python3 python3-venv python3-dev"; \
	else \
	  python3 -c 'import ensurepip, venv' 2>/dev/null || missing="$$missing python3-venv"; \
	  python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_path("include"), "Python.h")))' \
	    || missing="$$missing python3-dev"; \
	fi; \
	$(call install-missing,deps)

# Chromium (Debian's, /usr/bin/chromium) for the headless check of the HTML report.
deps-test:
	@missing="$(call missing-packages,$(TEST_APT_PACKAGES))"; \
	$(call install-missing,deps-test)

# --- Python virtualenv (.venv) --------------------------------------------------
# .venv holds the Python dependencies read from pyproject.toml (build requirements, runtime
# dependencies, every extra: report, excel, frames and test) and the ctg package itself, built
# by scikit-build-core from
# this CMake tree. Both steps are stamped: a second `make venv` does nothing unless
# pyproject.toml (dependencies) or a source of the package (rebuild) has changed. The build tree
# build/python/venv is kept between builds, so a rebuild only recompiles what changed;
# --no-build-isolation uses the venv's scikit-build-core and pybind11, whose paths stay the same
# from one build to the next (a plain `pip install .`, isolated, uses build/python/<wheel tag>).
VENV := .venv
VENV_PY := $(VENV)/bin/python
PY_PACKAGE_SOURCES := CMakeLists.txt pyproject.toml \
  $(shell find include src cmake bindings/python/CMakeLists.txt bindings/python/src \
               bindings/python/tools bindings/python/ctg -type f \
               ! -name '*.pyc' ! -path '*/__pycache__/*' 2>/dev/null)

venv: deps $(VENV)/.stamp-ctg

$(VENV_PY):
	python3 -m venv $(VENV)

$(VENV)/.stamp-deps: pyproject.toml | $(VENV_PY)
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(VENV_PY) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb")); \
	  extras = p["project"]["optional-dependencies"].values(); \
	  print("\n".join(p["build-system"]["requires"] + p["project"]["dependencies"] \
	                  + [r for e in extras for r in e if not r.startswith("ctg[")]))' \
	  > $(VENV)/requirements.txt
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements.txt
	touch $@

$(VENV)/.stamp-ctg: $(VENV)/.stamp-deps $(PY_PACKAGE_SOURCES)
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check --no-build-isolation \
	  --no-deps --config-settings=build-dir=build/python/venv .
	touch $@

# --- Build / run ----------------------------------------------------------------
build:
	cmake --preset release
	cmake --build --preset release

# The main job goes through the installed package, as a reporting pipeline would.
run: venv
	@mkdir -p $(dir $(REPORT_HTML))
	$(VENV)/bin/ctg report --dataset charente-2021 --on 2021-06-30 --html $(REPORT_HTML)
	$(VENV)/bin/ctg -q report --dataset charente-2021 --on 2021-06-30 --audience elus \
	  --format html -o $(SYNTHESE_HTML)

example: deps build
	./build/release/examples/$(EXAMPLE)

# --- Tests ----------------------------------------------------------------------
# The C++ suite runs twice: optimised (release, the build `make run` uses, with the header check,
# Doxygen and the package test) and under ASan+UBSan; then pytest. A debug build adds nothing the
# sanitizer build does not already check, so `make test` leaves it to `make test-dev`.
# Ordered so that the output ends with the asan ctest summary.
test: deps deps-test venv
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-release
	$(MAKE) --no-print-directory test-python
	$(MAKE) --no-print-directory test-asan
	$(MAKE) --no-print-directory fuzz-smoke

test-dev:
	cmake --preset dev
	cmake --build --preset dev
	cmake --build --preset dev --target all_verify_interface_header_sets
	ctest --preset dev

# Full release build (-O2 can raise warnings Debug does not), every public header compiled on its
# own, the C++ suite, Doxygen with warnings as errors, then find_package(ctg) from an install of
# build/release.
test-release:
	cmake --preset release
	cmake --build --preset release
	cmake --build --preset release --target all_verify_interface_header_sets
	ctest --preset release
	cmake --build --preset release --target docs
	$(MAKE) --no-print-directory test-package

test-package:
	tests/package/run.sh build/release

# pytest of the installed package (settings in pyproject.toml: warnings are errors, strict
# xfail); includes the check that the committed stub ctg/_ctg.pyi matches the module. The tests
# run in PYTEST_WORKERS processes (pytest-xdist; 1 runs them in this process).
PYTEST_WORKERS ?= 2
test-python: deps-test venv
	$(VENV_PY) -m pytest bindings/python/tests -q $(if $(filter 1,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS))
	$(MAKE) --no-print-directory hostile

# The hostile-input campaign (tests/hostile/run.py): 919 crafted inputs through the `ctg`
# command (and ctg.finance_batch's columns through a driver), counted by class as clear error /
# accepted / crash / silent wrong; fails on any crash or silent wrong.
hostile: venv
	$(VENV_PY) tests/hostile/run.py

stubs: venv
	$(VENV_PY) bindings/python/tools/gen_stubs.py

test-asan:
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# The C++ suite under ThreadSanitizer (8 threads finance and report one dataset). Not part of
# `make test` (the build alone takes minutes on 2 cores); run before touching shared state.
test-tsan: deps
	cmake --preset tsan
	cmake --build --preset tsan
	ctest --preset tsan

# --- Fuzzing (libFuzzer, Clang 14, ASan+UBSan) ----------------------------------------
# Each target of tests/fuzz (the dataset, rulebook, grid and evaluation JSON loaders, the CSV
# readers) runs FUZZ_SECONDS from a seed corpus of the project's data; `make test` runs them
# briefly (12 s each), `make fuzz` for ten minutes each. Findings land in build/fuzz/findings.
FUZZ_SECONDS ?= 600
fuzz-build: deps deps-test
	cmake --preset fuzz
	cmake --build --preset fuzz

fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	tests/fuzz/run.sh 12

# --- Style gate ---------------------------------------------------------------------
# Settings: pyproject.toml ([tool.ruff], [tool.mypy]) and .clang-format. ruff and mypy (with the
# type stubs of pandas and openpyxl) are pinned in the [test] extra, clang-format is Debian's.
# Fix what the first two commands report with `.venv/bin/ruff check --fix $(PY_LINT_PATHS)` and
# `.venv/bin/ruff format $(PY_LINT_PATHS)`, the last one with `clang-format -i FILE…`.
PY_LINT_PATHS := bindings/python examples/python tests/bench tests/hostile
CPP_FORMAT_FILES = $(shell find include src tests examples bindings/python/src -type f \
                             \( -name '*.hpp' -o -name '*.cpp' \) | LC_ALL=C sort)

lint: deps-test venv
	$(VENV)/bin/ruff check $(PY_LINT_PATHS)
	$(VENV)/bin/ruff format --check $(PY_LINT_PATHS)
	$(VENV)/bin/mypy
	@echo "clang-format --dry-run -Werror: $(words $(CPP_FORMAT_FILES)) C++ files"
	@clang-format --dry-run -Werror $(CPP_FORMAT_FILES)

# --- Reference documentation (Doxygen, warnings as errors) --------------------
docs: deps build
	cmake --build --preset release --target docs
	@echo "docs: build/release/docs/html/index.html"

# --- Benchmarks -----------------------------------------------------------------
bench: deps build
	cmake --build --preset release --target bench

# `ctg report` in md, html and synthèse, each run in a new process without ctg's cache (before)
# and with it (after), side by side, with the ratio.
bench-report: venv
	$(VENV_PY) tests/bench/report_render_bench.py

# `import ctg` over bare Python and `ctg report --format json|html` on the Charente dataset, each
# the best of 15 runs of the whole command in a new process pinned to one core, with the target.
.PHONY: bench-startup
bench-startup: venv
	$(VENV_PY) tests/bench/startup_bench.py

# The synthetic national set (every department, every EPCI of the territorial catalogue, about
# 6,000 posts, all illustrative, fixed seed) written to build/national, then measured.
# NATIONAL_TERRITORIES: a catalogue file other than src/data/territories/2024.tsv.
NATIONAL_SET ?= build/national
NATIONAL_TERRITORIES ?=
bench-national: venv
	$(VENV_PY) tests/bench/national_set.py --out $(NATIONAL_SET) \
	  $(if $(NATIONAL_TERRITORIES),--territories $(NATIONAL_TERRITORIES))
	$(VENV_PY) tests/bench/national_bench.py --set $(NATIONAL_SET)

# ctg's finance_batch beside the hand-written numpy int64 lines, numpy float64, OpenFisca-core
# (a minimal tax-benefit system of the same rule), a Decimal loop, pandas apply and a finance()
# loop, on the same rows, one core (tests/bench/peers_bench.py; BENCH_PEERS_ARGS, e.g.
# `--rows 100000 --repeat 3`). OpenFisca never goes into .venv: the benchmark has its own
# virtualenv, stamped like .venv: the tools of tests/bench/peers_requirements.txt, then ctg as
# the wheel of .venv's build tree (build/python/venv, same interpreter and settings as `make
# venv`: nothing is recompiled, the wheel is only packed).
BENCH_PEERS_VENV := build/bench-peers-venv
BENCH_PEERS_PY := $(BENCH_PEERS_VENV)/bin/python
BENCH_PEERS_WHEEL := build/bench-peers-wheel
BENCH_PEERS_ARGS ?=

$(BENCH_PEERS_PY):
	python3 -m venv $(BENCH_PEERS_VENV)

$(BENCH_PEERS_VENV)/.stamp-deps: tests/bench/peers_requirements.txt | $(BENCH_PEERS_PY)
	$(BENCH_PEERS_PY) -m pip install --quiet --disable-pip-version-check -r $<
	touch $@

$(BENCH_PEERS_VENV)/.stamp-ctg: $(VENV)/.stamp-ctg $(BENCH_PEERS_VENV)/.stamp-deps
	rm -rf $(BENCH_PEERS_WHEEL)
	$(VENV_PY) -m pip wheel --quiet --disable-pip-version-check --no-build-isolation --no-deps \
	  --config-settings=build-dir=build/python/venv --wheel-dir $(BENCH_PEERS_WHEEL) .
	$(BENCH_PEERS_PY) -m pip install --quiet --disable-pip-version-check --no-deps \
	  --force-reinstall $(BENCH_PEERS_WHEEL)/ctg-*.whl
	touch $@

# The pybind11 floor of the finance() loop (tests/bench/pybind11_floor): the same loop on a
# module bound like ctg's that does no work, compiled for the benchmark's interpreter with the
# pybind11 of .venv (the one ctg is built with).
BENCH_FLOOR_BUILD := build/bench-peers-floor

$(BENCH_FLOOR_BUILD)/.stamp: tests/bench/pybind11_floor/CMakeLists.txt \
  tests/bench/pybind11_floor/floor.cpp $(VENV)/.stamp-deps | $(BENCH_PEERS_PY)
	cmake -S tests/bench/pybind11_floor -B $(BENCH_FLOOR_BUILD) -DCMAKE_BUILD_TYPE=Release \
	  -DPython_EXECUTABLE=$(abspath $(BENCH_PEERS_PY)) \
	  -Dpybind11_DIR="$$($(VENV_PY) -m pybind11 --cmakedir)" > /dev/null
	cmake --build $(BENCH_FLOOR_BUILD) > /dev/null
	touch $@

bench-peers: venv $(BENCH_PEERS_VENV)/.stamp-ctg $(BENCH_FLOOR_BUILD)/.stamp
	$(BENCH_PEERS_PY) tests/bench/peers_bench.py --floor $(BENCH_FLOOR_BUILD) $(BENCH_PEERS_ARGS)

# --- Official territorial data ------------------------------------------------------------
# src/data/territories/packages.tsv pins one version of @etalab/decoupage-administratif per year;
# derive.py fetches each with `npm pack` into build/territories/packages (kept), checks its
# SHA-512 and writes YEAR.tsv. The files are committed: no build or test needs the network
# (pytest compares them with the packages when the registry answers, and skips otherwise).
territories:
	python3 src/data/territories/derive.py

territories-check:
	python3 src/data/territories/derive.py --check

clean:
	rm -rf build
