#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, with a real screen reader: Orca runs (its speech written to
its debug file, no sound needed) while the keyboard tabs through each of
the four areas. Nothing Orca says may name a toolkit class ("GtkButton",
"GtkStackPage panel", "GtkImage …"), and a button's tooltip must not be
read as if it were its name."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

TAB = 0xff09
CLASS_NAME = re.compile(r"\b(Gtk|Adw|Bpg)[A-Z]\w*")
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*)'\s*\{")
# Orca asks GTK 4.8 for screen coordinates, which GTK warns it cannot give:
# Orca's question, not the app's doing.
GTK_SCREEN_WARNING = r"Gtk-WARNING \*\*: [0-9:.]+: Screen coordinates not supported"

if shutil.which("orca") is None:
    at.skip_all("Orca is not installed (Debian package orca)")


def start_orca(folder):
    log = os.path.join(folder, "orca.debug")
    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    proc = subprocess.Popen(["orca", "--replace", "-u", folder, "--debug-file", log],
                            env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, log


def spoken(log):
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            return [m.group(1) for m in map(SPEECH.search, f) if m]
    except OSError:
        return []


def wait_for_speech(log, needle, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if any(needle in s for s in spoken(log)):
            return True
        time.sleep(0.3)
    return False


def run(tap):
    folder = tempfile.mkdtemp(prefix="bpg-e2e-orca-")
    app = at.App(extra_env={"XDG_DATA_HOME": folder}, upstream=[GTK_SCREEN_WARNING])
    root = app.root
    frame = at.find(root, "frame", "Back Pain Guide", timeout=20)
    orca, log = start_orca(folder)
    try:
        tap.ok(wait_for_speech(log, "Screen reader on"), "Orca runs and speaks to its log")
        for area in ["win.home", "win.check-symptoms", "win.urgent-help"]:
            at.do_named_action(frame, area)
            time.sleep(1.5)
            for _ in range(14):
                at.press_key(TAB)
        # My Diary, through its place in the sidebar: Tab from the list.
        at.activate(at.find(root, "list item", "My Diary"))
        time.sleep(1.5)
        for _ in range(14):
            at.press_key(TAB)
        time.sleep(1)
        said = spoken(log)
        tap.ok(len(said) > 20, f"Orca said {len(said)} things while tabbing through the areas")
        bad = [" / ".join(said[max(0, i - 2):i + 1])
               for i, s in enumerate(said) if CLASS_NAME.search(s)]
        tap.ok(not bad, "Orca never names a toolkit class", "\n".join(bad[:20]))
    finally:
        orca.terminate()
        try:
            orca.wait(10)
        except subprocess.TimeoutExpired:
            orca.kill()
        shutil.rmtree(folder, ignore_errors=True)


at.main_guard(run)
