#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test results from meson's testlog.json files, one file per build
(or per run of a build).

- Each TAP subtest counts once: "ok" passed, "not ok" failed.
- "# SKIP" (any case) on an "ok" line is a skip; on a "not ok" line it is a
  failure, since a check that failed must not pass for skipped.
- "# TODO" (any case) is a failure, on "ok" or "not ok": the project keeps no
  known-broken checks, and a TODO would hide one.
- A TAP program that skipped as a whole ("1..0 # SKIP why") counts as one
  skip; a test without TAP output counts once, by meson's result.
- A program that ended badly (crash, timeout, wrong plan) without a failing
  subtest counts one failure more.

Prints, per file, how many test programs ran and how many subtests they
reported, then the total as "N passed, N failed, N skipped". The total adds
subtests of every build, so the same check run in two builds counts twice.
"""

import json
import re
import sys

RESULT = re.compile(r"^(ok|not ok)\b([^\n]*)", re.M)
DIRECTIVE = re.compile(r"#\s*(skip|todo)\b", re.I)
SKIPPED_PLAN = re.compile(r"^1\.\.0\s*#\s*skip\b", re.I | re.M)
GOOD = ("OK", "EXPECTEDFAIL", "SKIP")


def count_program(test):
    """passed, failed, skipped, subtests for one test program."""
    out = test.get("stdout") or ""
    passed = failed = skipped = subtests = 0
    for match in RESULT.finditer(out):
        subtests += 1
        directive = DIRECTIVE.search(match.group(2))
        kind = directive.group(1).lower() if directive else None
        if kind == "todo" or match.group(1) == "not ok":
            failed += 1
        elif kind == "skip":
            skipped += 1
        else:
            passed += 1

    if subtests == 0:
        if test["result"] == "SKIP" or SKIPPED_PLAN.search(out):
            skipped += 1
        elif test["result"] in GOOD:
            passed += 1
        else:
            failed += 1
    elif test["result"] not in GOOD and failed == 0:
        failed += 1
    return passed, failed, skipped, subtests


def count(path):
    """passed, failed, skipped, subtests, programs for one testlog.json."""
    totals = [0, 0, 0, 0, 0]
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        print(f"{path}: no test log", file=sys.stderr)
        return 0, 1, 0, 0, 0
    for line in lines:
        if not line.strip():
            continue
        result = count_program(json.loads(line))
        for i, n in enumerate(result):
            totals[i] += n
        totals[4] += 1
    return tuple(totals)


def main():
    total = [0, 0, 0]
    for path in sys.argv[1:]:
        p, f, s, subtests, programs = count(path)
        print(f"{path}: {programs} test programs, {subtests} subtests: "
              f"{p} passed, {f} failed, {s} skipped")
        total = [total[0] + p, total[1] + f, total[2] + s]
    if len(sys.argv) > 2:
        print("(the total adds up every log above: a check run in both builds counts twice)")
    print(f"{total[0]} passed, {total[1]} failed, {total[2]} skipped")


if __name__ == "__main__":
    main()
