#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test results from meson's testlog.json files: each TAP subtest
counts once; a test without TAP output counts once by its result; a TAP test
that died before finishing counts one failure more. Prints a line per build
and the total as "N passed, N failed"."""

import json
import re
import sys


def count(path):
    passed = failed = skipped = 0
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        print(f"{path}: no test log", file=sys.stderr)
        return 0, 1, 0
    for line in lines:
        test = json.loads(line)
        out = test.get("stdout") or ""
        oks = re.findall(r"^(ok|not ok)\b[^\n]*", out, re.M)
        results = [(m, "# SKIP" in line) for m, line in
                   ((m.group(1), m.group(0)) for m in re.finditer(r"^(ok|not ok)\b[^\n]*", out, re.M))]
        if not oks:
            if test["result"] in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif test["result"] == "SKIP":
                skipped += 1
            else:
                failed += 1
            continue
        for result, skip in results:
            if skip:
                skipped += 1
            elif result == "ok":
                passed += 1
            else:
                failed += 1
        if test["result"] not in ("OK", "EXPECTEDFAIL", "SKIP") and \
                not any(r == "not ok" for r, _ in results):
            failed += 1
    return passed, failed, skipped


def main():
    total = [0, 0, 0]
    for path in sys.argv[1:]:
        p, f, s = count(path)
        print(f"{path}: {p} passed, {f} failed, {s} skipped")
        total = [total[0] + p, total[1] + f, total[2] + s]
    print(f"{total[0]} passed, {total[1]} failed, {total[2]} skipped")


if __name__ == "__main__":
    main()
