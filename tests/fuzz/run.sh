#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs every libFuzzer target of build/fuzz for SECONDS each (default 20), under ASan+UBSan,
# from a seed corpus made of the project's own data files; prints the executions and the time of
# each target. A crash, a leak, a sanitizer report, an exception that is not a ctg::error, a run
# over 10 s or over 2 GiB stops with the input saved in build/fuzz/findings.
#   tests/fuzz/run.sh [SECONDS]        (make fuzz-smoke: 20 s each; make fuzz: 600 s each)
set -eu
seconds=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
seeds="$build/seeds"
findings="$build/findings"
rm -rf "$seeds"
mkdir -p "$seeds" "$findings"

seed() {  # seed TARGET FILE...
    target=$1
    shift
    mkdir -p "$seeds/$target" "$build/corpus/$target"
    cp "$@" "$seeds/$target/"
}
seed fuzz_dataset_json "$root"/src/data/datasets/*.json "$root"/tests/data/dataset/*.json \
    "$root"/bindings/python/tests/data/*.json
seed fuzz_rulebook_json "$root"/src/data/rulebooks/*.json
seed fuzz_grid_json "$root"/src/data/grids/*.json
seed fuzz_csv "$root"/tests/data/posts/*.csv
# The evaluations: the Charente dataset's, as a ctg.evaluations/1 document.
mkdir -p "$seeds/fuzz_evaluations_json" "$build/corpus/fuzz_evaluations_json"
python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
doc = {"format": "ctg.evaluations/1", "evaluations": d["evaluations"][:2]}
json.dump(doc, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
' "$root/src/data/datasets/charente-2021.json" "$seeds/fuzz_evaluations_json/charente.json"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in fuzz_dataset_json fuzz_rulebook_json fuzz_grid_json fuzz_evaluations_json fuzz_csv; do
    log="$build/$target.log"
    if "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -artifact_prefix="$findings/$target-" -print_final_stats=1 \
        "$build/corpus/$target" "$seeds/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
        echo "$target: $runs executions in ${seconds} s, peak $peak MB, corpus $(ls "$build/corpus/$target" | wc -l) inputs"
    else
        echo "$target: FINDING (see $log and $findings)"
        tail -40 "$log"
        status=1
    fi
done
exit $status
