#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a physiotherapist with a patient, keyboard only: Ctrl+K
opens Go To with its box named and focused; a few letters list the
sciatica pages, Enter opens the first; an exercise's name finds it, Down
and Enter open it; F11 makes the text larger and Escape puts it back."""

import os
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402
from bpgatspi import Atspi  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

DOWN = 0xff54
ESCAPE = 0xff1b
F11 = 0xffc8
CONTROL_MASK = 1 << 2
JUMP = "Go To"
BOX = "Go to a topic, an exercise or the symptom check"


def press_with(mask, keysym):
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.5)


def focused(root):
    for node in at.walk(root):
        if at.has_state(node, Atspi.StateType.FOCUSED) and at.role_of(node) != "frame":
            return node
    return None


def jump_window(root, showing=True, timeout=10):
    """The Go To window while it is shown (or, @showing False, once it is not)."""
    deadline = time.time() + timeout
    while True:
        found = None
        for i in range(root.get_child_count()):
            window = root.get_child_at_index(i)
            if window is not None and at.name_of(window) == JUMP and at.window_showing(window):
                found = window
        if (found is not None) == showing or time.time() > deadline:
            return found if showing else found is None
        time.sleep(0.2)


def open_jump(tap, root, words):
    press_with(CONTROL_MASK, ord("k"))
    window = jump_window(root)
    tap.ok(window is not None, "Ctrl+K opens Go To")
    if window is None:
        return None
    node = focused(window)
    tap.ok(node is not None and at.name_of(node) == BOX,
           "the focus is in its box, which a screen reader names",
           f"{at.role_of(node)} '{at.name_of(node)}'" if node else "nothing focused")
    Atspi.generate_keyboard_event(0, words, Atspi.KeySynthType.STRING)
    return window


def title_height(root):
    """How tall the header's title is drawn: it follows the text size."""
    for node in at.walk(root):
        if at.role_of(node) == "filler" and at.name_of(node) == "AdwWindowTitle":
            for child in at.walk(node):
                box = at.extents(child)
                if at.role_of(child) == "label" and box is not None:
                    return box[3]
    return None


def run(tap):
    app = at.App()
    root = app.root
    at.find(root, "list item", "What is low back pain?", timeout=20)

    window = open_jump(tap, root, "sci")
    if window is not None:
        row = at.find(window, "list item", "What is sciatica?", timeout=10)
        tap.ok(row is not None, "typing 'sci' lists the page 'What is sciatica?'",
               at.texts(window))
        at.press_key(at.RETURN)
        tap.ok(at.wait_for_title(root, "What is sciatica?"),
               "Enter opens the first match, and Go To closes",
               at.window_title(root))
        tap.ok(jump_window(root, showing=False), "Go To is gone after opening a page")

    window = open_jump(tap, root, "knee rolls")
    if window is not None:
        row = at.find(window, "list item", "Knee rolls", timeout=15)
        tap.ok(row is not None and row.get_description() == "Exercise",
               "typing an exercise's name lists it, described as an exercise",
               at.texts(window))
        at.press_key(DOWN)
        node = focused(window)
        tap.ok(node is not None and at.role_of(node) == "list item",
               "Down from the box puts the focus on a match",
               f"{at.role_of(node)} '{at.name_of(node)}'" if node else "nothing focused")
        at.press_key(at.RETURN)
        tap.ok(at.wait_for_text(root, "Knee rolls", timeout=10) and
               jump_window(root, showing=False),
               "Enter on it opens the exercise", at.texts(root))

    window = open_jump(tap, root, "")
    if window is not None:
        at.press_key(ESCAPE)
        tap.ok(jump_window(root, showing=False), "Escape closes Go To")

    before = title_height(root)
    at.press_key(F11)
    time.sleep(1)
    larger = title_height(root)
    tap.ok(before is not None and larger is not None and larger > before,
           "F11 starts presentation: the text is larger", f"{before} then {larger}")
    at.press_key(ESCAPE)
    time.sleep(1)
    after = title_height(root)
    tap.ok(after == before, "Escape ends it: the text is back to its own size",
           f"{before}, {larger}, then {after}")


if __name__ == "__main__":
    at.main_guard(run)
