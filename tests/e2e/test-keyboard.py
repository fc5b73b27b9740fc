#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a keyboard user: Down from the search box reaches the
first result, where the focus can be seen; Escape from there ends the
search; Alt+Home leaves the results for the topics; after moving
through the sidebar, its highlight stays on the area that is shown; and F10
opens the main menu, which Escape closes."""

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
F10 = 0xffc7
HOME = 0xff50
TAB = 0xff09
ALT_MASK = 1 << 3
CONTROL_MASK = 1 << 2
TOPIC = "What is low back pain?"


def press_with(mask, keysym):
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.5)


def focused(root):
    for node in at.walk(root):
        if at.has_state(node, Atspi.StateType.FOCUSED) and at.role_of(node) not in ("frame",):
            return node
    return None


def search(root, words):
    press_with(CONTROL_MASK, ord("f"))
    Atspi.generate_keyboard_event(0, words, Atspi.KeySynthType.STRING)
    time.sleep(1.5)
    return at.wait_for_text(root, "match “" + words + "”", timeout=10)


def menu_open(menu):
    """Whether a menu is open: it says it is visible and has a size."""
    box = at.extents(menu) if menu is not None else None
    return (menu is not None and at.has_state(menu, Atspi.StateType.VISIBLE)
            and box is not None and box[2] > 0 and box[3] > 0)


def topics_shown(root):
    return at.find(root, "list item", TOPIC, timeout=5) is not None


def run(tap):
    app = at.App()
    root = app.root
    at.find(root, "list item", TOPIC, timeout=20)

    tap.ok(search(root, "sleep"), "Ctrl+F and typing shows search results")
    at.press_key(DOWN)
    node = focused(root)
    tap.ok(node is not None and at.role_of(node) == "list item" and at.on_screen(node),
           "Down from the search box puts the focus on a result, on screen",
           f"{at.role_of(node)} '{at.name_of(node)}'" if node else "nothing focused")
    at.press_key(ESCAPE)
    tap.ok(topics_shown(root) and "match “sleep”" not in at.texts(root),
           "Escape from a result ends the search and shows the topics")

    search(root, "sleep")
    at.press_key(DOWN)
    press_with(ALT_MASK, HOME)
    tap.ok(topics_shown(root) and "match “sleep”" not in at.texts(root),
           "Alt+Home from a result leaves the results for the topics")

    # Into the sidebar, down its rows to Get Help without opening it, out again.
    advice = at.find(root, "list item", "Advice")
    for _ in range(60):
        node = focused(root)
        if node is not None and at.name_of(node) == "Advice" and at.role_of(node) == "list item":
            break
        at.press_key(TAB)
    for _ in range(3):
        at.press_key(DOWN)
    at.press_key(TAB)
    time.sleep(0.5)
    selected = [at.name_of(n) for n in at.walk(advice.get_parent())
                if at.role_of(n) == "list item" and at.has_state(n, Atspi.StateType.SELECTED)]
    tap.ok(at.window_title(root)[:1] != ["Get Help"] and selected == ["Advice"],
           "after moving through the sidebar, its highlight is on the area shown",
           f"highlighted: {selected}, title: {at.window_title(root)}")

    # F10 opens the window's primary menu, the main menu.
    at.press_key(F10)
    menu = None
    deadline = time.time() + 5
    while not menu_open(menu) and time.time() < deadline:
        time.sleep(0.2)
        menu = at.find(root, "menu", None, timeout=0, hidden=True)
    items = [at.name_of(n) for n in at.walk(menu)] if menu is not None else []
    tap.ok(menu_open(menu) and "About Back Pain Guide" in items,
           "F10 opens the main menu", f"menu: {menu}, items: {items[:6]}")
    at.press_key(ESCAPE)
    deadline = time.time() + 5
    while menu_open(menu) and time.time() < deadline:
        time.sleep(0.2)
    tap.ok(menu is not None and not menu_open(menu), "Escape closes the main menu")


at.main_guard(run)
