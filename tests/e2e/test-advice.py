#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user: find the urgent help, open an advice
page from the home page, go back, and search — checking after each step the
"you are here" title a screen reader reads out."""

import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)


def run(tap):
    app = at.App()
    try:
        root = app.root
        frame = at.find(root, "frame", "Back Pain Guide")
        tap.ok(frame is not None, "the main window is on the accessibility bus")

        urgent = at.find(root, "push button", "Urgent Help")
        tap.ok(urgent is not None, "an 'Urgent Help' button is there from the start")
        tap.ok(at.wait_for_title(root, "Advice"), "the app opens on the Advice home page",
               at.window_title(root))
        tap.ok(at.find(root, "label", "Understanding back pain", timeout=20) is not None,
               "the home page lists the topics")

        at.activate(urgent)
        tap.ok(at.wait_for_title(root, "Get Help"), "the urgent button opens Get help",
               at.window_title(root))
        emergency = at.find(root, "panel", contains="Emergency")
        tap.ok(emergency is not None, "urgent help has an emergency section a screen reader names")
        words = at.texts(root)
        tap.ok("999" in words and "A&E" in words,
               "urgent help opens on 999 and A&E", words)
        tap.ok(at.find(root, contains="Call 111 now", scroll=True) is not None,
               "and, scrolling down, 111")

        at.do_named_action(frame, "win.home")
        tap.ok(at.wait_for_title(root, "Advice"), "Alt+Home's action returns to the advice home page")

        row = None
        for node in at.walk(root):
            if at.role_of(node) == "list item" and "What is low back pain" in at.name_of(node):
                row = node
                break
        tap.ok(row is not None, "the page 'What is low back pain?' is listed as a list item")
        if row is not None:
            at.activate(row)
            tap.ok(at.wait_for_title(root, "What is low back pain?"),
                   "activating it opens the page, and the title says where you are",
                   at.window_title(root))
            back = at.find(root, "push button", "Back")
            tap.ok(back is not None, "a Back button is there on a page")
            if back is not None:
                at.activate(back)
                tap.ok(at.wait_for_title(root, "Advice"), "Back returns to the home page",
                       at.window_title(root))

        at.activate(at.find(root, "push button", "Search the advice"))
        entry = at.find(root, "entry", "Search the advice")
        tap.ok(entry is not None, "the search field has a name")
        if entry is not None:
            entry.get_editable_text_iface().insert_text(0, "paracetamol", len("paracetamol"))
            match = at.find(root, "label", contains="matches", timeout=10) or \
                at.find(root, "label", contains="match “paracetamol”", timeout=1)
            tap.ok(match is not None, "typing a word says how many pages match")
            tap.ok(at.wait_for_title(root, "Search Results"), "the title says these are search results",
                   at.window_title(root))
            at.click(entry)
            at.press_key(at.RETURN)
            tap.ok(at.wait_for_title(root, "Painkillers", 5) or
                   any("ainkiller" in t for t in at.window_title(root)),
                   "Enter opens the best match", at.window_title(root))
    finally:
        app.close()


at.main_guard(run)
