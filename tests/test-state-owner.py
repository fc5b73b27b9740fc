#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's state has one owner, BpgContext, handed down as a "context"
property: no file in src/ but the application itself reaches up to the
application (g_application_get_default, gtk_window_get_application, the
application's getters), and the settings are created in the context alone.
Also checks that a file holding such a call is noticed, so the check cannot
pass by finding nothing. Prints TAP.

Usage: test-state-owner.py SOURCE_ROOT
"""

import os
import re
import sys

# (what, pattern, the only files allowed to match, relative to src/)
RULES = [
    ("no area reaches the application through g_application_get_default",
     r"\bg_application_get_default\s*\(", {"bpg-application.c"}),
    ("no area reaches the application through its window",
     r"\bgtk_window_get_application\s*\(|\bgtk_widget_get_root\s*\([^;]*\)\s*->\s*application",
     {"bpg-application.c"}),
    ("no area asks the application for state",
     r"\bbpg_application_get_\w+\s*\(|\bBPG_APPLICATION\s*\(",
     # main.c runs the application, and sweeps what GTK leaves once it ends.
     {"bpg-application.c", "bpg-application.h", "main.c"}),
    ("the settings are created in the context alone",
     r"\bg_settings_new(_full|_with_path|_with_backend\w*)?\s*\(", {"core/bpg-context.c"}),
]


def strip_comments(text):
    """C comments and string literals out, so prose cannot trip a rule."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(\\.|[^"\\\n])*"', '""', text)


def hits_in(text, pattern):
    return [n for n, line in enumerate(strip_comments(text).split("\n"), 1)
            if re.search(pattern, line)]


def sources(root):
    src = os.path.join(root, "src")
    for folder, _, names in os.walk(src):
        for name in sorted(names):
            if name.endswith((".c", ".h")):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, src), path


def main():
    root = sys.argv[1]
    files = {rel: open(path, encoding="utf-8").read() for rel, path in sources(root)}
    tests = []

    for what, pattern, allowed, in RULES:
        problems = [f"src/{rel}:{n}" for rel, text in sorted(files.items()) if rel not in allowed
                    for n in hits_in(text, pattern)]
        tests.append((what, problems))

    # The rules find what they are meant to find.
    sample = ("static void f (GtkWidget *w) {\n"
              "  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (w)));\n"
              "  GSettings *s = g_settings_new (APP_ID);\n"
              "  /* g_application_get_default () in a comment is fine */\n"
              "  BpgContent *c = bpg_application_get_content (BPG_APPLICATION (app));\n"
              "}\n")
    missed = [what for what, pattern, _ in RULES
              if "g_application_get_default" not in pattern and not hits_in(sample, pattern)]
    if hits_in(sample, RULES[0][1]):
        missed.append("a comment counted as a call")
    tests.append(("the rules catch a reach-up and ignore comments", missed))
    tests.append(("the context is where the rules expect it",
                  [] if "core/bpg-context.c" in files else ["src/core/bpg-context.c is missing"]))

    print(f"1..{len(tests)}")
    failed = False
    for n, (name, problems) in enumerate(tests, 1):
        if problems:
            failed = True
            print(f"not ok {n} - {name}")
            for problem in problems:
                print(f"# {problem}")
        else:
            print(f"ok {n} - {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
