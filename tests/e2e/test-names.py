#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user on every screen: each area, the
search results, an advice page, the check's question and outcome, the
entry editor, the goal dialog, the exercises, the services list and the
appointment form. Every control on screen (scrolling down the page as a
reader does) must have a name a person can understand: not empty, not a
toolkit class name, no mnemonic underscore, not the same words twice, and
no description that only repeats the name."""

import os
import re
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "list item",
    "combo box", "text", "entry", "spin button", "slider", "link", "menu item",
    "page tab", "password text", "switch", "expander", "tree item",
    "radio menu item", "check menu item", "menu",
}

CLASS_NAME = re.compile(r"\b(Gtk|Adw|Bpg)[A-Z]\w*")
MNEMONIC = re.compile(r"(^|\s|\w)_\w")

# GTK 4.8 logs this under the test's X server (no window manager) when a
# popover opens; the app never asks for a monitor.
GTK_POPUP_CRITICAL = r"Gdk-CRITICAL \*\*: [0-9:.]+: gdk_monitor_get_geometry: " \
                     r"assertion 'GDK_IS_MONITOR \(monitor\)' failed$"


def problem(name, description):
    """What is wrong with a control's name, or None."""
    if not name.strip():
        return "has no name"
    if CLASS_NAME.search(name):
        return "is named after a toolkit class"
    if MNEMONIC.search(name):
        return "has a mnemonic underscore in its name"
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "says its name twice"
    if description and description.strip().casefold() == name.strip().casefold():
        return "has a description that repeats its name"
    if description and CLASS_NAME.search(description):
        return "has a description naming a toolkit class"
    return None


def controls_on_screen(root):
    """(role, name, description) of every control on screen now."""
    out = set()
    for node, path in at.walk_with_path(root, at.ancestors(root)):
        if at.role_of(node) not in CONTROLS or not at.on_screen(node, path):
            continue
        if at.role_of(node) == "list item" and \
                not at.has_state(node, at.Atspi.StateType.FOCUSABLE):
            continue  # a bullet point of a text, read as text
        try:
            description = node.get_description() or ""
        except Exception:
            description = ""
        out.add((at.role_of(node), at.name_of(node), description, inner_text(node)))
    return out


def inner_text(node):
    """The words shown inside a control, to say which one is wrong."""
    words = [at.name_of(n) for n in at.walk(node, max_depth=6)
             if at.role_of(n) in at.TEXT_ROLES and at.name_of(n)]
    return " / ".join(words)[:80]


def window_box(root):
    for node in at.walk(root, max_depth=1):
        if at.role_of(node) in ("frame", "dialog") and at.window_showing(node):
            return at.extents(node)
    return None


def read_screen(root):
    """Every control of the screen, scrolling down to the end as a reader
    does, then back up."""
    seen = controls_on_screen(root)
    box = window_box(root)
    if box is None:
        return seen
    x, y = box[2] * 2 // 3, box[3] // 2
    for _ in range(12):
        before = len(seen)
        for _ in range(5):
            at.Atspi.generate_mouse_event(x, y, "b5c")
            time.sleep(0.03)
        time.sleep(0.2)
        seen |= controls_on_screen(root)
        if len(seen) == before:
            break
    for _ in range(70):
        at.Atspi.generate_mouse_event(x, y, "b4c")
    time.sleep(0.2)
    return seen


def check_screen(tap, root, screen):
    seen = read_screen(root)
    bad = sorted(f"{role} '{name}' (description '{description}', showing '{inner}') {why}"
                 for role, name, description, inner in seen
                 for why in [problem(name, description)] if why)
    tap.ok(len(seen) > 3 and not bad,
           f"{screen}: each of {len(seen)} controls has a plain name, read once",
           "\n".join(bad) if bad else f"only {len(seen)} controls found")


def go(root, role, name, scroll=False, timeout=10):
    node = at.find(root, role, name, scroll=scroll, timeout=timeout)
    if node is None:
        raise RuntimeError(f"no {role} '{name}' on screen")
    at.activate(node)
    time.sleep(1)


def run(tap):
    app = at.App(upstream=[GTK_POPUP_CRITICAL])
    root = app.root
    frame = at.find(root, "frame", "Back Pain Guide", timeout=20)
    at.wait_for_text(root, "What is low back pain?", timeout=20)
    check_screen(tap, root, "the Advice home page")

    go(root, "list item", "What is low back pain?")
    check_screen(tap, root, "an advice page")

    at.do_named_action(frame, "win.search")
    time.sleep(0.5)
    for ch in "sciatica":
        at.Atspi.generate_keyboard_event(ord(ch), None, at.Atspi.KeySynthType.SYM)
        time.sleep(0.05)
    time.sleep(1.5)
    check_screen(tap, root, "the search results")
    at.press_key(0xff1b)  # Escape

    at.do_named_action(frame, "win.check-symptoms")
    at.find(root, "push button", "Start the Check", timeout=20)
    check_screen(tap, root, "the check's start")
    go(root, "push button", "Start the Check")
    check_screen(tap, root, "the check's first question")
    go(root, "push button", "Yes")
    at.wait_for_text(root, "999", timeout=10)
    check_screen(tap, root, "the check's outcome")

    go(root, "list item", "My Diary")
    at.find(root, "push button", "Set a Goal…", timeout=20, scroll=True)
    check_screen(tap, root, "My Diary")
    at.do_named_action(frame, "win.new-diary-entry")
    time.sleep(1.5)
    check_screen(tap, root, "the entry editor")
    at.press_key(0xff1b)  # Escape: nothing typed, so it closes
    time.sleep(1)
    go(root, "push button", "Set a Goal…", scroll=True)
    check_screen(tap, root, "the goal dialog")
    at.press_key(0xff1b)
    time.sleep(1)
    at.do_named_action(frame, "win.show-exercises")
    time.sleep(1.5)
    check_screen(tap, root, "the exercises")
    go(root, "list item", "Get Help", timeout=5)

    at.wait_for_text(root, "999", timeout=20)
    check_screen(tap, root, "Get Help, with the services list and the appointment form")


at.main_guard(run)
