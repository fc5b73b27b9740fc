#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a libFuzzer target on a copy of the seed corpus, so the source tree is
# never written to. Extra arguments go to libFuzzer.
#
#   run-fuzz.sh BUILD/tests/fuzz/fuzz-diary-load tests/fuzz/corpus -runs=20000
#   run-fuzz.sh BUILD/tests/fuzz/fuzz-diary-import tests/fuzz/corpus -max_total_time=600
#
# New inputs found are kept in $BPG_FUZZ_KEEP if it is set; a crash is
# written to the current folder as crash-*, as libFuzzer does.
set -eu

target=$1
seeds=$2
shift 2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$seeds"/* "$work"/

# LeakSanitizer cannot tell GLib's type system, made once per process, from
# a leak, so it is off here; leaks in the diary code are found by the core
# GTest programs, which .ci/test runs in the sanitizer build with
# LeakSanitizer on (detect_leaks=1, suppressions in tests/lsan.supp).
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

"$target" "$work" -max_len=65536 "$@"

if [ -n "${BPG_FUZZ_KEEP:-}" ]; then
  mkdir -p "$BPG_FUZZ_KEEP"
  cp "$work"/* "$BPG_FUZZ_KEEP"/
fi
