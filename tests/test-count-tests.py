#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the CI's test counter (.ci/count-tests.py) on made-up meson test
logs: skips in any case are counted, a failure marked SKIP or a TODO is a
failure, a whole program skipped counts once, a crash without a failing
subtest still fails, and programs and subtests are reported per build.

Usage: test-count-tests.py COUNT-TESTS.PY"""

import json
import os
import subprocess
import sys
import tempfile

n = 0
failed = 0


def check(condition, name, detail=""):
    global n, failed
    n += 1
    print(f"{'ok' if condition else 'not ok'} {n} - {name}")
    if not condition:
        failed += 1
        for line in str(detail).splitlines():
            print(f"# {line}")


def program(name, result, stdout):
    return json.dumps({"name": name, "result": result, "stdout": stdout})


def run(counter, *logs):
    paths = []
    folder = tempfile.mkdtemp(prefix="bpg-count-")
    for i, log in enumerate(logs):
        path = os.path.join(folder, f"build{i}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(log) + "\n")
        paths.append(path)
    done = subprocess.run([sys.executable, counter, *paths], capture_output=True, text=True)
    for path in paths:
        os.unlink(path)
    os.rmdir(folder)
    return done.stdout.splitlines()


def main():
    counter = sys.argv[1]

    lines = run(counter, [
        program("plain", "OK", "ok 1 - a\nok 2 - b\n1..2\n"),
        program("skips", "OK", "ok 1 /x # SKIP no display\nok 2 - y # skip lower case\n"
                "ok 3 - z #Skip\n1..3\n"),
        program("lying-skip", "FAIL", "not ok 1 - broken # SKIP but it failed\n1..1\n"),
        program("todo", "OK", "not ok 1 - known bug # TODO later\nok 2 - fixed # todo\n1..2\n"),
        program("skipped-whole", "SKIP", "1..0 # SKIP python3 has no gi\n"),
        program("crashed", "ERROR", "ok 1 - a\n"),
        program("no-tap", "OK", ""),
        program("no-tap-failed", "FAIL", ""),
    ])
    check(lines[-1] == "4 passed, 5 failed, 4 skipped",
          "skips, TODOs, failures marked SKIP and crashes are counted as they should be",
          "\n".join(lines))
    check(lines[0].endswith("8 test programs, 9 subtests: 4 passed, 5 failed, 4 skipped"),
          "each build's line says how many programs and subtests ran", lines[0])

    lines = run(counter, [program("a", "OK", "ok 1 - a\n1..1\n")],
                [program("a", "OK", "ok 1 - a\n1..1\n"), program("b", "SKIP", "")])
    check(lines[-1] == "2 passed, 0 failed, 1 skipped", "the total adds every build",
          "\n".join(lines))
    check(len(lines) == 4 and "1 test programs, 1 subtests" in lines[0]
          and "2 test programs, 1 subtests" in lines[1],
          "and each build is reported on its own line", "\n".join(lines))
    check(any("counts twice" in line for line in lines),
          "the total says a check run in both builds counts twice", "\n".join(lines))

    print(f"1..{n}")
    return 1 if failed else 0


sys.exit(main())
