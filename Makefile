# ctg developer entry points. Everything goes through CMakePresets.json.
#
#   make deps   install missing Debian build dependencies (no-op when present)
#   make build  configure + build the release preset        (build/release)
#   make run    build, then run examples/charente_financing
#   make test   dev build + ctest, release build + docs + package test,
#               asan build + ctest (what .ci/run executes)
#   make bench  release build + run all benchmarks
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
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

EXAMPLE ?= charente_financing

.PHONY: all deps venv build run docs test test-dev test-release test-asan test-package bench clean

all: build

# --- System dependencies ------------------------------------------------------
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  status="$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null || true)"; \
	  [[ "$$status" == "install ok installed" ]] || missing="$$missing $$pkg"; \
	done; \
	if [[ -n "$$missing" ]]; then \
	  echo "deps: installing$$missing"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# --- Python virtualenv (.venv) --------------------------------------------------
# Placeholder: the Python issue creates .venv here (and adds it as a
# prerequisite of build/run/test/bench where the bindings are needed).
venv:
	@:

# --- Build / run ----------------------------------------------------------------
build:
	cmake --preset release
	cmake --build --preset release

run: deps venv build
	./build/release/examples/$(EXAMPLE)

# --- Tests ----------------------------------------------------------------------
# Ordered so that the output ends with the asan ctest summary.
test: deps venv
	$(MAKE) --no-print-directory test-dev
	$(MAKE) --no-print-directory test-release
	$(MAKE) --no-print-directory test-asan

test-dev:
	cmake --preset dev
	cmake --build --preset dev
	cmake --build --preset dev --target all_verify_interface_header_sets
	ctest --preset dev

# Full release build (-O2 can raise warnings Debug does not), Doxygen with
# warnings as errors, then find_package(ctg) from an install of build/release.
test-release:
	cmake --preset release
	cmake --build --preset release
	cmake --build --preset release --target docs
	$(MAKE) --no-print-directory test-package

test-package:
	tests/package/run.sh build/release

test-asan:
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# --- Reference documentation (Doxygen, warnings as errors) --------------------
docs: deps build
	cmake --build --preset release --target docs
	@echo "docs: build/release/docs/html/index.html"

# --- Benchmarks -----------------------------------------------------------------
bench: deps venv build
	cmake --build --preset release --target bench

clean:
	rm -rf build
