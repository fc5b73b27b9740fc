#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, in the real window: answer some of the symptom check, open an
advice page, start a diary entry and type a note, then choose Polish from
the main menu's Language submenu, as a patient does. The same page, the
answers and the note are still there, in Polish. Arabic turns the window
right to left (the sidebar and the header's buttons change sides), and
English turns it back.

What the app should say in each language is read from the translations as
built (BUILD/po), with Python's own gettext."""

import gettext
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

from gi.repository import GLib  # noqa: E402

BUILD = os.path.dirname(os.path.dirname(os.environ.get("BPG_APP", "")))
LOCALEDIR = os.path.join(BUILD, "po")
DOMAIN = "back-pain-guide"
PAGE = ("advice:what-is-back-pain", "What is low back pain?")
NOTE = "Walked to the shop"
KEY_RIGHT = 0xff53
ALT_MASK = 1 << 3


def translation(code):
    if code == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALEDIR, languages=[code])


def main_window(root, title, timeout=60):
    """The main window, named by the app's name in the language in use."""
    return at.find(root, "frame", title, timeout=timeout)


def editor_window(root, tr=gettext.NullTranslations()):
    """The diary entry editor, and its Notes field: the window other than
    the main one with a text field of that name."""
    for i in range(root.get_child_count()):
        window = root.get_child_at_index(i)
        if window is None or at.role_of(window) == "frame":
            continue
        for node in at.walk(window):
            if at.role_of(node) == "text" and at.name_of(node) == tr.gettext("Notes"):
                return window, node
    return None, None


def text_of(node):
    try:
        text = node.get_text_iface()
        return text.get_text(0, text.get_character_count())
    except Exception:
        return ""


def open_language_menu(root, frame, tr):
    """Main menu, then its Language submenu. Returns what went wrong."""
    menu = at.find(frame, "push button", tr.gettext("Main menu"), timeout=10)
    if menu is None:
        return "no main menu button"
    at.activate(menu)
    submenu = at.find(root, "menu item", tr.gettext("_Language").replace("_", ""),
                      timeout=10, hidden=True)
    if submenu is None:
        return "no Language submenu"
    at.activate(submenu)
    time.sleep(0.5)
    return ""


def choose_language(root, name):
    """The language, by its own name, in the open Language submenu."""
    item = at.find(root, "radio menu item", contains=name, timeout=10, hidden=True)
    if item is None:
        return f"no {name} in the Language submenu"
    try:
        at.activate(item)
    except GLib.Error:
        # The whole window is built again before the click returns, which
        # can take longer than AT-SPI waits for its answer; the new window
        # is waited for next.
        pass
    return ""


def question_name(root, tr, timeout=10):
    node = at.find(root, "panel", contains=tr.gettext("Question %u of %u").split("%u")[0],
                   timeout=timeout)
    return at.name_of(node) if node is not None else ""


def sidebar_row(frame, tr):
    """The sidebar's row for Advice (a list item named after the area)."""
    return at.find(frame, "list item", contains=tr.gettext("Advice"), timeout=5)


def left_of(a, b):
    """Whether @a's box lies wholly to the left of @b's."""
    box_a, box_b = at.extents(a), at.extents(b)
    if box_a is None or box_b is None:
        return None
    return box_a[0] + box_a[2] <= box_b[0]


def check_draft(tap, root, tr, code):
    """The diary entry being written, still open in the new language with its
    note; then put aside (Cancel, Discard), as the patient may, to go on."""
    editor, notes = editor_window(root, tr)
    tap.ok(editor is not None and at.name_of(editor) == tr.gettext("New Diary Entry"),
           f"[{code}] the diary entry being written is still open, its title translated",
           at.name_of(editor) if editor is not None else "no editor")
    tap.ok(notes is not None and text_of(notes) == NOTE,
           f"[{code}] and its note is still there, unsaved, in the field named in the language", text_of(notes) if notes else "")
    if editor is None:
        return
    at.do_named_action(editor, "window.close")
    discard = tr.gettext("_Discard").replace("_", "")
    button = None
    deadline = time.time() + 5
    while button is None and time.time() < deadline and editor_window(root, tr)[0] is not None:
        for i in range(root.get_child_count()):
            window = root.get_child_at_index(i)
            for node in at.walk(window) if window is not None else ():
                if at.role_of(node) == "push button" and at.name_of(node).endswith(discard):
                    button = node
                    break
        time.sleep(0.2)
    if button is not None:
        at.activate(button)
    deadline = time.time() + 5
    while editor_window(root, tr)[0] is not None and time.time() < deadline:
        time.sleep(0.2)
    tap.ok(editor_window(root, tr)[0] is None, f"[{code}] the entry can be put aside unsaved")


def check_state(tap, root, code, rtl, with_draft=False):
    """After switching to @code: the window, the draft, the page and the
    answers, each in that language. Returns the main window."""
    tr = translation(code)
    title = tr.gettext("Back Pain Guide")
    started = time.time()
    frame = main_window(root, title)
    print(f"# the new window was found after {time.time() - started:.1f} s", flush=True)
    tap.ok(frame is not None, f"[{code}] a new main window, named in the language: {title}")
    if frame is None:
        return None

    if with_draft:
        check_draft(tap, root, tr, code)

    row = sidebar_row(frame, tr)
    if row is not None:
        at.activate(row)
    page_title = tr.pgettext(*PAGE)
    tap.ok(at.wait_for_title(frame, page_title, 10),
           f"[{code}] Advice still shows the page that was open: {page_title}",
           at.window_title(frame))
    check_direction(tap, frame, tr, code, rtl)

    at.do_named_action(frame, "win.check-symptoms")
    name = question_name(frame, tr)
    progress = tr.gettext("Question %u of %u") % (3, 23)
    tap.ok(name.startswith(progress),
           f"[{code}] the symptom check is still on the third question: {progress}",
           f"{name}\n{at.texts(frame)[:600]}")
    return frame


def check_direction(tap, frame, tr, code, rtl):
    """Right to left, the sidebar is on the right of the page, and the
    header's Back button on the right of its main menu button."""
    row = sidebar_row(frame, tr)
    title = at.find(frame, "filler", "AdwWindowTitle", timeout=5)
    order = left_of(title, row) if rtl else left_of(row, title)
    tap.ok(order is True,
           f"[{code}] the sidebar is on the {'right' if rtl else 'left'} of the content",
           f"sidebar {at.extents(row) if row else None}, title {at.extents(title) if title else None}")
    back = at.find(frame, "push button", tr.gettext("Back"), timeout=5, hidden=True)
    menu = at.find(frame, "push button", tr.gettext("Main menu"), timeout=5)
    order = left_of(menu, back) if rtl else left_of(back, menu)
    tap.ok(order is True,
           f"[{code}] the Back button is on the {'right' if rtl else 'left'} of the main menu",
           f"back {at.extents(back) if back else None}, menu {at.extents(menu) if menu else None}")


def check_back_key(tap, frame, tr, code):
    """Right to left, Alt and the arrow that points back (the right one)
    goes back a page; then the page is opened again."""
    row = sidebar_row(frame, tr)
    if row is not None:
        at.activate(row)
    page_title = tr.pgettext(*PAGE)
    at.wait_for_title(frame, page_title, 10)
    heading = at.find(frame, "heading", page_title, timeout=5) or \
        at.find(frame, "label", page_title, timeout=5)
    if heading is not None:
        at.click(heading)
    at.Atspi.generate_keyboard_event(ALT_MASK, None, at.Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        at.press_key(KEY_RIGHT)
    finally:
        at.Atspi.generate_keyboard_event(ALT_MASK, None, at.Atspi.KeySynthType.UNLOCKMODIFIERS)
    tap.ok(at.wait_for_title(frame, tr.gettext("Advice"), 10),
           f"[{code}] Alt+Right goes back from the page to Advice", at.window_title(frame))
    row = at.find(frame, "list item", contains=page_title, timeout=10)
    if row is not None:
        at.activate(row)
    at.wait_for_title(frame, page_title, 10)


def prepare(tap, root):
    """In English: two answers, a page, and a note being written."""
    frame = main_window(root, "Back Pain Guide")
    tap.ok(frame is not None, "the main window is on the accessibility bus")

    at.do_named_action(frame, "win.check-symptoms")
    start = at.find(frame, "push button", "Start the Check", timeout=20)
    if start is not None:
        at.activate(start)
    for n in (1, 2):
        no = at.find(frame, "push button", "No", timeout=10)
        if no is not None:
            at.activate(no)
        question_name(frame, gettext.NullTranslations())
    name = question_name(frame, gettext.NullTranslations())
    tap.ok(name.startswith("Question 3 of 23"), "two questions answered", name)

    at.do_named_action(frame, "win.home")
    row = at.find(frame, "list item", contains=PAGE[1], timeout=20)
    if row is not None:
        at.activate(row)
    tap.ok(at.wait_for_title(frame, PAGE[1]), "an advice page is open", at.window_title(frame))
    check_direction(tap, frame, gettext.NullTranslations(), "en", False)

    # The entry editor is modal, so the main menu is opened first and the
    # entry started with the Language submenu showing.
    problem = open_language_menu(root, frame, gettext.NullTranslations())
    tap.ok(not problem, "the main menu has a Language submenu", problem)
    # The menu is made when it first opens, after its window; its choices
    # must still be read as choices, with the one in force checked.
    styles = [at.find(root, "radio menu item", name, timeout=5, hidden=True)
              for name in ("Follow the System", "Light", "Dark")]
    presentation = at.find(root, "check menu item", "Presentation Mode", timeout=5, hidden=True)
    checked = [s for s in styles if s is not None and at.has_state(s, at.Atspi.StateType.CHECKED)]
    tap.ok(all(s is not None for s in styles) and presentation is not None and len(checked) == 1,
           "the main menu's styles are radio items, one checked, and Presentation Mode a check item",
           f"styles {[s is not None for s in styles]}, checked {len(checked)}, "
           f"presentation {presentation is not None}")
    at.do_named_action(frame, "win.new-diary-entry")
    deadline = time.time() + 10
    editor, notes = editor_window(root)
    while notes is None and time.time() < deadline:
        time.sleep(0.3)
        editor, notes = editor_window(root)
    if notes is not None:
        notes.get_editable_text_iface().insert_text(0, NOTE, len(NOTE.encode()))
    tap.ok(notes is not None and text_of(notes) == NOTE, "a diary entry is started, with a note",
           text_of(notes) if notes else "no editor")
    return frame


def run(tap):
    data = tempfile.mkdtemp(prefix="bpg-e2e-language-")
    app = at.App(extra_env={"XDG_DATA_HOME": data, "BPG_LOCALEDIR": LOCALEDIR})
    try:
        root = app.root
        frame = prepare(tap, root)
        if frame is None:
            return

        tr = gettext.NullTranslations()
        for code, name, rtl in (("pl", "Polski", False), ("ar", "العربية", True),
                                ("en", "English", False)):
            problem = "" if code == "pl" else open_language_menu(root, frame, tr)
            problem = problem or choose_language(root, name)
            tap.ok(not problem, f"the main menu offers {name} under Language", problem)
            tr = translation(code)
            frame = check_state(tap, root, code, rtl, with_draft=code == "pl")
            if frame is None:
                return
            if rtl:
                check_back_key(tap, frame, tr, code)

        saved = os.path.join(data, "back-pain-guide", "diary.json")
        tap.ok(not os.path.exists(saved) or NOTE not in open(saved, encoding="utf-8").read(),
               "the note was not saved without the patient saying so")
    finally:
        app.close()
        shutil.rmtree(data, ignore_errors=True)


at.main_guard(run)
