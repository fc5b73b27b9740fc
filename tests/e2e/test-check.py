#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user with a keyboard: open Check My
Symptoms, answer with the Y, N and S keys, go back, change an answer and
see the outcome change, start again, and meet an emergency answer."""

import os
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

KEY_Y, KEY_N, KEY_S, KEY_LEFT = 0x79, 0x6e, 0x73, 0xff51
MOD1_MASK = 1 << 3


def press_alt(keysym):
    """Presses a key with Alt held, as Alt+Left."""
    at.Atspi.generate_keyboard_event(MOD1_MASK, None, at.Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        at.press_key(keysym)
    finally:
        at.Atspi.generate_keyboard_event(MOD1_MASK, None, at.Atspi.KeySynthType.UNLOCKMODIFIERS)


def area_of(node):
    """The check area's page stack, eight levels above a question group:
    searching there rather than the whole window keeps each step quick."""
    for _ in range(8):
        parent = node.get_parent() if node is not None else None
        if parent is None:
            break
        node = parent
    return node


def question(root, timeout=5):
    """The question a screen reader is on: the group named "Question N of M: …"."""
    node = at.find(root, "panel", contains="Question ", timeout=timeout)
    name = at.name_of(node) if node is not None else ""
    return node, name


def wait_for_question(root, prefix, timeout=5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        _, name = question(root, timeout=0.2)
        if name.startswith(prefix):
            return name
        time.sleep(0.1)
    return question(root, timeout=0.2)[1]


def result(root, timeout=5):
    node = at.find(root, "panel", contains="Your result.", timeout=timeout)
    return at.name_of(node) if node is not None else ""


def answer_all(root, key):
    """Presses @key at each question until the result shows; returns how many."""
    n = 0
    while n < 40:
        _, name = question(root, timeout=0.5)
        if not name or result(root, timeout=0):
            break
        at.press_key(key)
        n += 1
        deadline = time.time() + 3
        while time.time() < deadline and question(root, timeout=0.1)[1] == name:
            time.sleep(0.1)
    return n


def run(tap):
    app = at.App()
    try:
        root = app.root
        frame = at.find(root, "frame", "Back Pain Guide")
        tap.ok(frame is not None, "the main window is on the accessibility bus")

        at.do_named_action(frame, "win.check-symptoms")
        tap.ok(at.wait_for_title(root, "Check My Symptoms"),
               "win.check-symptoms opens the area, and the title says so", at.window_title(root))
        tap.ok(at.wait_for_text(root, "not saved"), "the start page says answers are not saved")

        start = at.find(root, "push button", "Start the Check", timeout=20)
        tap.ok(start is not None, "a 'Start the Check' button a screen reader can name")
        at.activate(start)

        node, name = question(root)
        area = area_of(node) or root
        tap.ok(name.startswith("Question 1 of 23: Do you have pain, pins and needles"),
               "the first question is a group named with the progress and the question", name)
        tap.ok(node is not None and "both legs" in (node.get_description() or ""),
               "its 'what this means' note is its description")
        for label in ("Yes", "No", "Not sure"):
            tap.ok(at.find(area, "push button", label, timeout=2) is not None,
                   f"there is a '{label}' button")

        # The keyboard from here on: the window needs the X focus first.
        at.click(node)
        at.press_key(KEY_N)
        name = wait_for_question(area, "Question 2 of 23")
        tap.ok(name.startswith("Question 2 of 23: Is the skin around your private parts"),
               "pressing N answers No and moves to the next question", name)

        press_alt(KEY_LEFT)
        name = wait_for_question(area, "Question 1 of 23")
        tap.ok(name.startswith("Question 1 of 23"), "Alt+Left returns to the question before", name)
        no = at.find(area, "push button", "No")
        tap.ok(no is not None and (no.get_description() or "") == "Your answer so far",
               "the earlier answer is kept, and said to be the answer so far")

        n = answer_all(area, KEY_N)
        tap.ok(n == 23, "N all the way answers every question but the follow-ups", f"{n} answered")
        outcome = result(area)
        tap.ok(outcome.startswith("Your result. Self-care: Look after yourself"),
               "all No: look after yourself", outcome)
        words = at.texts(area)
        tap.ok("111" in words and "999" in words,
               "the result has the safety net: check again or call 111, and 999 in an emergency")

        row = at.find(area, "list item", "Keep moving")
        tap.ok(row is not None, "the result offers the self-help page 'Keep moving'")
        if row is not None:
            at.activate(row)
            tap.ok(at.wait_for_title(root, "Keep moving"), "activating it opens the advice page",
                   at.window_title(root))
            at.do_named_action(frame, "win.check-symptoms")
            tap.ok(result(area).startswith("Your result. Self-care"),
                   "coming back to the check shows the same result", result(area, 0))

        at.activate(at.find(area, "push button", "Change My Answers", scroll=True))
        name = wait_for_question(area, "Question 23 of 23")
        tap.ok("more than 6 weeks" in name, "Change My Answers goes back to the last question", name)
        at.activate(at.find(area, "push button", "Back"))
        name = wait_for_question(area, "Question 22 of 23")
        tap.ok("fall, an injury" in name, "the Back button goes back one more question", name)
        at.press_key(KEY_N)
        name = wait_for_question(area, "Question 23 of 23")
        tap.ok("more than 6 weeks" in name, "and N answers it again", name)
        at.press_key(KEY_Y)
        name = wait_for_question(area, "Question 24 of 24")
        tap.ok("stayed the same or got worse" in name, "Yes brings the follow-up question, counted in", name)
        at.press_key(KEY_S)
        outcome = result(area)
        tap.ok(outcome.startswith("Your result. See someone soon: See your GP soon"),
               "not sure it is not getting better, after 6 weeks: the outcome changes to soon", outcome)
        words = at.texts(area)
        tap.ok("Pain for more than 6 weeks that is not getting better" in words,
               "the result says why")
        tap.ok("You Were Not Sure About" in words and "Pain that is not getting better" in words,
               "and which answer was uncertain")

        at.activate(at.find(area, "push button", "Start Again", scroll=True))
        tap.ok(at.wait_for_text(root, "Your answers have been cleared", 20),
               "Start Again says the answers have been cleared")
        at.activate(at.find(area, "push button", "Start the Check"))
        node, name = question(area)
        yes = at.find(area, "push button", "Yes")
        no = at.find(area, "push button", "No")
        tap.ok(name.startswith("Question 1 of 23") and not (no.get_description() or ""),
               "after starting again, no answer is kept", name)

        at.click(node)
        at.press_key(KEY_Y)
        outcome = result(area)
        tap.ok(outcome == "Your result. Emergency: Go to A&E now",
               "Yes to an emergency sign shows the emergency advice at once", outcome)
        tap.ok(at.wait_for_text(root, "call 999"), "it says to call 999 if you cannot get there")
        tap.ok(yes is not None, "the Yes button was there to press")
    finally:
        app.close()


at.main_guard(run)
