#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, with the keyboard alone: add a diary entry for today, change
it, and delete it, in the real window, checking what a screen reader reads
and what is saved on disk. Then the date moved a day at a time, and a day that already
has an entry: moving a new entry to it opens that entry instead or, with
something written, says the day is taken and saves nothing. The diary lives in a folder of its own."""

import datetime
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402
from bpgatspi import Atspi  # noqa: E402

TAB = 0xff09
DOWN = 0xff54
UP = 0xff52
RIGHT = 0xff53
SPACE = 0x20
ESCAPE = 0xff1b
CONTROL_MASK = 1 << 2


def press_with_control(keysym):
    """Ctrl plus a key, as a keyboard user presses it."""
    Atspi.generate_keyboard_event(CONTROL_MASK, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(CONTROL_MASK, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.5)


def type_text(text):
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    time.sleep(0.3)


def has_state(node, state):
    try:
        return node.get_state_set().contains(state)
    except Exception:
        return False


def focused(root):
    """The focused control of the active window: each window keeps its own
    focus, so a dialog's parent still has one too."""
    windows = [root.get_child_at_index(i) for i in range(root.get_child_count())]
    windows = [w for w in windows if w is not None and has_state(w, Atspi.StateType.VISIBLE)]
    active = [w for w in windows if has_state(w, Atspi.StateType.ACTIVE)]
    # Without a window manager no window may say it is active: the newest,
    # listed last, is the one on top.
    for window in active or reversed(windows):
        for node in at.walk(window):
            if has_state(node, Atspi.StateType.FOCUSED):
                return node
    return None


def tab_to(root, predicate, limit=80):
    """Presses Tab until the focused control is the one wanted."""
    for _ in range(limit):
        node = focused(root)
        if node is not None and predicate(node):
            return node
        at.press_key(TAB)
    return None


def read_diary(folder):
    path = os.path.join(folder, "back-pain-guide", "diary.json")
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            time.sleep(0.2)
    return None


def wait_for_diary(folder, check, timeout=10):
    deadline = time.time() + timeout
    diary = None
    while time.time() < deadline:
        diary = read_diary(folder)
        if diary is not None and check(diary):
            return diary
        time.sleep(0.3)
    return diary


def day_label(day):
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def choose_back_pain(steps):
    """On the back pain field: opens its list, which starts at "Not
    recorded", and picks the level @steps down (4 is five down)."""
    at.press_key(at.RETURN)
    for _ in range(steps):
        at.press_key(DOWN)
    at.press_key(at.RETURN)


def choose_first_day_shown(tap, root, today_name):
    """Tab to the date button (named by its date), open its calendar and
    choose a day with the keyboard alone: in GTK 4.8 no day of the calendar
    has the keyboard's focus when it opens, and Right moves it to the first
    day shown, the last days of the month before. Space chooses it. Returns
    the date button's name then, or None."""
    button = tab_to(root, lambda n: at.role_of(n) == "push button"
                    and at.name_of(n) == today_name)
    tap.ok(button is not None, f"Tab reaches the date button, read as \"{today_name}\"")
    if button is None:
        return None
    at.press_key(at.RETURN)
    time.sleep(0.5)
    at.press_key(RIGHT)
    at.press_key(SPACE)
    time.sleep(0.5)
    return at.name_of(button)


def editor_window(root, title, timeout=5):
    """The entry editor's window, by its title. GTK 4.8 does not say the
    editor's window is showing, so its text is read from the window itself
    rather than from what is on screen."""
    deadline = time.time() + timeout
    while True:
        for i in range(root.get_child_count()):
            window = root.get_child_at_index(i)
            if window is not None and at.name_of(window) == title:
                return window
        if time.time() > deadline:
            return None
        time.sleep(0.2)


def editor_says(root, title, needle, role="label", timeout=5):
    """Whether the editor titled @title shows a @role holding @needle (a
    problem is an "alert", which a screen reader reads as it appears)."""
    deadline = time.time() + timeout
    while True:
        editor = editor_window(root, title, timeout=0)
        if editor is not None and any(at.role_of(node) == role and needle in at.name_of(node)
                                      for node in at.walk(editor)):
            return True
        if time.time() > deadline:
            return False
        time.sleep(0.2)


def check_day_buttons(tap, root, today):
    """The buttons beside the date move it a day at a time, read by their
    names, with the date button then read as the new day."""
    yesterday = today - datetime.timedelta(days=1)
    press_with_control(ord("n"))
    time.sleep(0.5)
    editor = editor_window(root, "New Diary Entry")
    before = tab_to(root, lambda n: at.role_of(n) == "push button"
                    and at.name_of(n) == "Day before")
    tap.ok(before is not None, "Tab reaches the \"Day before\" button")
    tap.ok(before is not None and before.get_description() == "Today",
           "which a screen reader reads with the date, \"Today\"",
           before.get_description() if before is not None else "")
    if before is not None:
        at.press_key(at.RETURN)
    # hidden: the editor's window is not said to be showing (above)
    tap.ok(editor is not None and at.find(editor, "push button", day_label(yesterday),
                                          timeout=5, hidden=True) is not None,
           f"the date button then reads \"{day_label(yesterday)}\"")
    after = tab_to(root, lambda n: at.role_of(n) == "push button"
                   and at.name_of(n) == "Day after")
    tap.ok(after is not None, "Tab reaches the \"Day after\" button")
    if after is not None:
        at.press_key(at.RETURN)
    tap.ok(editor is not None and at.find(editor, "push button", "Today",
                                          timeout=5, hidden=True) is not None,
           "and back to \"Today\"")
    tap.ok(after is not None and not has_state(after, Atspi.StateType.SENSITIVE),
           "where \"Day after\" is unavailable: no entry for a day to come")
    at.press_key(ESCAPE)  # nothing written, so it closes
    time.sleep(1)


def check_day_taken(tap, root, data, today):
    """A new entry moved to a day that has one never adds a second entry
    for that day, nor writes over the first."""
    # An entry for a past day: a new one, moved to the first day shown
    press_with_control(ord("n"))
    choose_back_pain(5)
    name = choose_first_day_shown(tap, root, "Today")
    day = None
    for back in range(1, 45):
        earlier = today - datetime.timedelta(days=back)
        if name == day_label(earlier):
            day = earlier
    tap.ok(day is not None and day.month != today.month,
           "the date button reads the day chosen, in the month before", name)
    if day is None:
        raise RuntimeError(f"no day chosen in the calendar: the date button reads {name!r}")
    press_with_control(at.RETURN)
    diary = wait_for_diary(data, lambda d: len(d["entries"]) == 1)
    entry = diary["entries"][0] if diary and diary["entries"] else {}
    tap.ok(entry.get("date") == day.isoformat() and entry.get("back_pain") == 4,
           "an entry for that day is saved", json.dumps(diary)[:400])

    # Nothing written yet: moved to that day, the editor opens its entry
    press_with_control(ord("n"))
    time.sleep(0.5)
    choose_first_day_shown(tap, root, "Today")
    tap.ok(editor_says(root, "Change Diary Entry",
                       f"You already have an entry for {day_label(day)}. Change it here"),
           "with nothing written, the editor opens that day's entry and says so")
    at.press_key(ESCAPE)  # nothing changed, so it closes
    time.sleep(1)

    # Something written: the day is taken, and saving does nothing
    press_with_control(ord("n"))
    choose_back_pain(9)
    choose_first_day_shown(tap, root, "Today")
    tap.ok(editor_says(root, "New Diary Entry",
                       f"You already have an entry for {day_label(day)}. Choose another day",
                       role="alert"),
           "with something written, the new entry stays new and says the day is taken")
    press_with_control(at.RETURN)
    time.sleep(1.5)
    diary = read_diary(data)
    tap.ok(diary is not None and len(diary["entries"]) == 1
           and diary["entries"][0].get("back_pain") == 4,
           "Ctrl+Enter saves nothing over that day's entry", json.dumps(diary)[:400])
    tap.ok(editor_window(root, "New Diary Entry", timeout=0) is not None,
           "and the new entry stays open")

    # Closing it asks whether to save; Discard closes it
    at.press_key(ESCAPE)
    tap.ok(at.wait_for_text(root, "Save This Entry?", 5), "closing it asks first")
    discard = tab_to(root, lambda n: at.role_of(n) == "push button"
                     and at.name_of(n).endswith("Discard"), limit=6)
    tap.ok(discard is not None, "Tab reaches the question's Discard button")
    if discard is not None:
        at.press_key(at.RETURN)
    time.sleep(1)
    tap.ok(editor_window(root, "New Diary Entry", timeout=0) is None,
           "Discard closes the editor")
    diary = read_diary(data)
    tap.ok(diary is not None and len(diary["entries"]) == 1
           and diary["entries"][0].get("date") == day.isoformat()
           and diary["entries"][0].get("back_pain") == 4,
           "and that day's entry is as it was", json.dumps(diary)[:400])


def run(tap):
    data = tempfile.mkdtemp(prefix="bpg-e2e-diary-")
    app = at.App(extra_env={"XDG_DATA_HOME": data})
    today = datetime.date.today()
    date_label = day_label(today)
    try:
        root = app.root
        tap.ok(at.find(root, "push button", "Urgent Help") is not None,
               "the urgent-help button is there")

        # Add: Ctrl+N opens a new entry with the back-pain field focused.
        press_with_control(ord("n"))
        node = focused(root)
        tap.ok(node is not None and "Back pain" in at.name_of(node),
               "Ctrl+N opens a new entry, on the back pain field",
               at.name_of(node) if node else "nothing focused")
        choose_back_pain(5)

        walking = tab_to(root, lambda n: at.name_of(n) == "Walking, in minutes")
        tap.ok(walking is not None, "Tab reaches the minutes of walking")
        press_with_control(ord("a"))
        type_text("20")
        press_with_control(at.RETURN)

        tap.ok(at.wait_for_text(root, "Back pain 4 out of 10", 10, scroll=True),
               "the new entry is listed with its back pain", at.texts(root)[-800:])
        tap.ok(at.wait_for_text(root, "20 active minutes", 5, scroll=True), "and its minutes")
        diary = wait_for_diary(data, lambda d: len(d["entries"]) == 1)
        entry = diary["entries"][0] if diary and diary["entries"] else {}
        tap.ok(entry.get("back_pain") == 4 and entry.get("date") == today.isoformat()
               and entry.get("activities") == [{"kind": "walking", "minutes": 20}],
               "the entry is saved on disk", json.dumps(diary)[:400])
        mode = os.stat(os.path.join(data, "back-pain-guide", "diary.json")).st_mode & 0o777
        tap.ok(mode == 0o600, f"the diary file is private (mode {mode:o})")

        # Change: Tab to the entry's change button, then lower the pain.
        change = tab_to(root, lambda n: at.name_of(n) == f"Change the entry for {date_label}")
        tap.ok(change is not None, "Tab reaches the entry's change button")
        if change is not None:
            at.press_key(at.RETURN)
            time.sleep(0.5)
            choose_back_pain(4)  # 3 is four down
            press_with_control(at.RETURN)
        tap.ok(at.wait_for_text(root, "Back pain 3 out of 10", 10, scroll=True),
               "the changed entry is listed with its new back pain")
        diary = wait_for_diary(data, lambda d: d["entries"] and d["entries"][0].get("back_pain") == 3)
        tap.ok(diary is not None and len(diary["entries"]) == 1
               and diary["entries"][0].get("back_pain") == 3,
               "the change is saved, and still one entry")

        # Delete: the button next to it, then confirm in the dialog.
        delete = tab_to(root, lambda n: at.name_of(n) == f"Delete the entry for {date_label}")
        tap.ok(delete is not None, "Tab reaches the entry's delete button")
        if delete is not None:
            at.press_key(at.RETURN)
            time.sleep(0.5)
            tap.ok(at.wait_for_text(root, "This cannot be undone", 5),
                   "deleting asks first")
            # libadwaita 1.2 names a response button "_Delete Delete".
            button = tab_to(root, lambda n: at.role_of(n) == "push button"
                            and at.name_of(n).endswith("Delete"), limit=6)
            tap.ok(button is not None, "Tab reaches the Delete button of the question")
            at.press_key(at.RETURN)
        tap.ok(at.wait_for_text(root, "No entries yet", 10, scroll=True), "the diary is empty again")
        diary = wait_for_diary(data, lambda d: d["entries"] == [])
        tap.ok(diary is not None and diary["entries"] == [], "and so is the file")

        check_day_buttons(tap, root, today)
        check_day_taken(tap, root, data, today)
    finally:
        app.close()
        shutil.rmtree(data, ignore_errors=True)


at.main_guard(run)
