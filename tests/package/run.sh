#!/usr/bin/env bash
# Usage: tests/package/run.sh <ctg build dir>
# Installs the (already built) ctg build dir into a temporary prefix, then
# configures, builds and runs the consumer project in tests/package against it.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <ctg build dir>" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="$(cd "$1" && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ctg-package.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "-- package test: installing ${build_dir} into ${tmp}/prefix"
cmake --install "$build_dir" --prefix "$tmp/prefix" >/dev/null
# The private helpers (src/detail) are not part of the installed interface.
if [[ -e "$tmp/prefix/include/ctg/detail" ]]; then
  echo "package test: include/ctg/detail was installed; it is private to src/" >&2
  exit 1
fi

echo "-- package test: configuring and building consumer"
cmake -S "$here" -B "$tmp/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/build"

echo "-- package test: running consumer"
"$tmp/build/ctg_package_test"
