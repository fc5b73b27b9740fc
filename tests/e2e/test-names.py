#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user on every screen: each area, the
search results, an advice page, the check's question and outcome, the
entry editor (and each choice in its drop-downs), the goal dialog, the exercises, the services list and the
appointment form; and every window and question the app opens: the main
menu, About (each of its pages), Keyboard Shortcuts, the question on
closing an entry with changes, deleting an entry, deleting them all,
opening a backup (the file chooser and the question after it), and, on a
shared computer, Finish and Clear. Every control on screen (scrolling down
the page as a reader does) must have a name a person can understand: not
empty, not a toolkit class name, no mnemonic underscore, not the same
words twice, and no description that only repeats the name."""

import os
import re
import shutil
import sys
import tempfile
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
# GTK 4.8's shortcuts window logs this about its own labels.
GTK_SHORTCUTS_WARNING = r"Gtk-WARNING \*\*: [0-9:.]+: GtkLabel 0x[0-9a-f]+ \(label\) " \
                        r"reported min width -\d+, but sizes must be >= 0$"
ESCAPE = 0xff1b
DOWN = 0xff54
TAB = 0xff09


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


def check_screen(tap, root, screen, seen=None, at_least=4):
    if seen is None:
        seen = read_screen(root)
    bad = sorted(f"{role} '{name}' (description '{description}', showing '{inner}') {why}"
                 for role, name, description, inner in seen
                 for why in [problem(name, description)] if why)
    tap.ok(len(seen) >= at_least and not bad,
           f"{screen}: each of {len(seen)} controls has a plain name, read once",
           "\n".join(bad) if bad else f"only {len(seen)} controls found")


def windows(root):
    out = []
    for i in range(root.get_child_count()):
        child = root.get_child_at_index(i)
        if child is not None:
            out.append(child)
    return out


def shown(window):
    """GTK 4.8 says SHOWING of few windows: one shown says VISIBLE and has
    a size."""
    box = at.extents(window)
    return at.window_showing(window) or (at.has_state(window, at.Atspi.StateType.VISIBLE)
                                         and box is not None and box[2] > 0 and box[3] > 0)


def shown_windows(root):
    return [w for w in windows(root) if shown(w)]


def new_window(root, before, timeout=10):
    """The window shown since @before was listed (a window may be hidden
    and shown again), once laid out."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for window in windows(root):
            if window not in before and shown(window):
                time.sleep(1)  # let it lay out
                return window
        time.sleep(0.2)
    raise RuntimeError("no new window opened")


def check_window(tap, window, screen, at_least=2):
    """A window's own controls, and its name: a window named after a
    class is what a reader says first."""
    if at.window_showing(window):
        seen = controls_on_screen(window)
    else:
        seen = controls_drawn(window)
    seen.add((at.role_of(window), at.name_of(window), "", "(the window)"))
    check_screen(tap, window, screen, seen, at_least)


def controls_drawn(node, out=None):
    """For a window GTK 4.8 does not say is showing (the entry editor, the
    file chooser): the controls that are visible, inside parts that are
    (a closed popover's items say they are visible too), and have a size."""
    out = set() if out is None else out
    if not at.has_state(node, at.Atspi.StateType.VISIBLE):
        return out
    box = at.extents(node)
    if at.role_of(node) in CONTROLS and box is not None and box[2] > 0 and box[3] > 0 \
            and (at.role_of(node) != "list item"
                 or at.has_state(node, at.Atspi.StateType.FOCUSABLE)):
        out.add((at.role_of(node), at.name_of(node), node.get_description() or "",
                 inner_text(node)))
    if at.role_of(node) == "combo box":
        # its list, in a popover GTK 4.8 lists under it even when closed
        return out
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            controls_drawn(child, out)
    return out


def close_window(root, window):
    at.do_named_action(window, "window.close")
    deadline = time.time() + 10
    while window in windows(root) and shown(window) and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(0.5)


def check_menu(tap, root):
    """The main menu, opened from its button; its items are in a popover,
    which GTK 4.8 says is visible but not that it is on screen."""
    at.activate(at.find(root, "push button", "Main menu", timeout=5))
    time.sleep(1)
    menu = at.find(root, "menu", None, timeout=5, hidden=True)
    if menu is None or not at.has_state(menu, at.Atspi.StateType.VISIBLE):
        raise RuntimeError("the Main menu button opened no menu")
    seen = {(at.role_of(menu), at.name_of(menu), "", "(the menu)")}
    for node in at.walk(menu):
        if at.role_of(node) in CONTROLS:
            seen.add((at.role_of(node), at.name_of(node), "", inner_text(node)))
    check_screen(tap, menu, "the main menu", seen, at_least=8)
    return menu


def check_about(tap, root):
    before = shown_windows(root)
    item = at.find(root, "menu item", "About Back Pain Guide", hidden=True, timeout=5)
    if item is None:
        raise RuntimeError("the main menu has no About Back Pain Guide")
    at.activate(item)
    about = new_window(root, before)
    check_window(tap, about, "About")
    for page in ("Details", "Credits", "Legal", "Acknowledgements"):
        row = at.find(about, "list item", page, timeout=5)
        if row is None:
            tap.ok(False, f"About has a {page} page")
            continue
        at.activate(row)
        time.sleep(1)
        check_window(tap, about, f"About's {page} page")
        at.activate(at.find(about, "push button", "Back", timeout=5))
        time.sleep(1)
    close_window(root, about)


def check_shortcuts(tap, root, frame):
    before = shown_windows(root)
    at.do_named_action(frame, "win.show-help-overlay")
    shortcuts = new_window(root, before)
    check_window(tap, shortcuts, "Keyboard Shortcuts")
    close_window(root, shortcuts)


def question(tap, root, before, screen):
    """Checks the question (a message dialog) that opened, then answers
    Escape, which means "no" in each of them."""
    dialog = new_window(root, before)
    check_window(tap, dialog, screen)
    at.press_key(ESCAPE)
    time.sleep(1)
    return dialog


def type_text(text):
    at.Atspi.generate_keyboard_event(0, text, at.Atspi.KeySynthType.STRING)
    time.sleep(0.3)


def check_editor_question(tap, root, frame):
    """Changing a new entry, then closing it, asks whether to save."""
    before = shown_windows(root)
    at.do_named_action(frame, "win.new-diary-entry")
    editor = new_window(root, before)
    # GTK 4.8 does not say the editor's window is showing, so the walk of
    # the screen above reads the diary behind it: read the editor's own
    check_window(tap, editor, "the entry editor's own window", at_least=10)
    # It opens on the back pain field: choose a level, as test-diary does
    at.press_key(at.RETURN)
    for _ in range(3):
        at.press_key(DOWN)
    at.press_key(at.RETURN)
    time.sleep(0.5)
    check_choices(tap, editor)
    before = shown_windows(root)
    at.do_named_action(editor, "window.close")
    dialog = new_window(root, before)
    check_window(tap, dialog, "the question on closing an entry with changes")
    save = at.find(dialog, "push button", "Save", timeout=5)
    tap.ok(save is not None, "the question's Save button is named \"Save\"")
    if save is not None:
        at.activate(save)
    time.sleep(1.5)


def popup_open(combo):
    """Whether the list of a drop-down is open: its popover says it is
    visible and has a size."""
    for node in at.walk(combo, max_depth=4):
        if at.role_of(node) != "filler" or not at.at_popup_layer(node):
            continue
        box = at.extents(node)
        if at.has_state(node, at.Atspi.StateType.VISIBLE) \
                and box is not None and box[2] > 0 and box[3] > 0:
            return True
    return False


def tab_to(node, tries=80):
    """Presses Tab until @node has the focus, as a keyboard user reaches it."""
    for _ in range(tries):
        if at.has_state(node, at.Atspi.StateType.FOCUSED):
            return True
        at.press_key(TAB)
    return at.has_state(node, at.Atspi.StateType.FOCUSED)


def check_choices(tap, editor):
    """Each drop-down of the entry editor, opened from the keyboard: every
    choice in its list has a plain name (GTK 4.8 reads a list's row by its
    own name, not the label inside it), and Escape closes the list again,
    leaving the editor open."""
    combos = [n for n in at.walk(editor) if at.role_of(n) == "combo box"]
    tap.ok(len(combos) >= 4, f"the entry editor has its drop-downs ({len(combos)})")
    for combo in combos:
        name = at.name_of(combo)
        if not tab_to(combo):
            tap.ok(False, f"Tab reaches the drop-down '{name}'")
            continue
        at.press_key(at.RETURN)
        deadline = time.time() + 5
        while not popup_open(combo) and time.time() < deadline:
            time.sleep(0.2)
        items = [n for n in at.walk(combo) if at.role_of(n) == "list item"
                 and at.has_state(n, at.Atspi.StateType.VISIBLE)]
        bad = sorted(f"choice showing '{inner_text(n)}' {why}" for n in items
                     for why in [problem(at.name_of(n), "")] if why)
        tap.ok(popup_open(combo) and len(items) >= 3 and not bad,
               f"the drop-down '{name}' opens and names each of its {len(items)} choices",
               "\n".join(bad) if bad else "its list did not open")
        at.press_key(ESCAPE)
        deadline = time.time() + 5
        while popup_open(combo) and time.time() < deadline:
            time.sleep(0.2)
        tap.ok(not popup_open(combo) and at.has_state(editor, at.Atspi.StateType.VISIBLE),
               f"Escape closes the list of '{name}', and only the list")


def check_delete_questions(tap, root):
    delete = at.find(root, "push button", contains="Delete the entry for", scroll=True,
                     timeout=10)
    if delete is None:
        raise RuntimeError("the saved entry has no Delete button")
    before = shown_windows(root)
    at.activate(delete)
    question(tap, root, before, "the question on deleting an entry")

    row = at.find(root, "list item", "Delete All My Diary Entries", scroll=True, timeout=10)
    if row is None:
        raise RuntimeError("the diary has no Delete All My Diary Entries")
    before = shown_windows(root)
    at.activate(row)
    question(tap, root, before, "the question on deleting every entry")


def check_open_backup(tap, root, data):
    """Opening a backup: the file chooser, then, with the diary's own file
    chosen, the question whether to add it or replace the diary."""
    backup = None
    for folder, _, files in os.walk(data):
        for name in files:
            if name.endswith(".json"):
                backup = os.path.join(folder, name)
    tap.ok(backup is not None, "the diary is saved, to open as a backup")
    row = at.find(root, "list item", "Open a Backup", scroll=True, timeout=10)
    if row is None:
        raise RuntimeError("the diary has no Open a Backup")
    before = shown_windows(root)
    at.activate(row)
    chooser = new_window(root, before)
    check_window(tap, chooser, "the file chooser for a backup", at_least=4)
    if backup is None:
        at.press_key(ESCAPE)
        return
    copy = os.path.join(data, "backup.json")
    shutil.copyfile(backup, copy)
    type_text(copy)  # a "/" opens the chooser's location field
    time.sleep(0.5)
    before = shown_windows(root)
    at.press_key(at.RETURN)
    question(tap, root, before, "the question on opening a backup")


def check_finish_and_clear(tap, home):
    """On a shared computer: the question before Finish and Clear."""
    app = at.App(extra_env={"HOME": home, "XDG_DATA_HOME": os.path.join(home, "data"),
                            "XDG_CONFIG_HOME": os.path.join(home, "config"),
                            "BPG_SHARED_COMPUTER": ""},
                 args=["--shared-computer"], upstream=[GTK_POPUP_CRITICAL])
    root = app.root
    frame = at.find(root, "frame", "Back Pain Guide", timeout=20)
    at.wait_for_text(root, "What is low back pain?", timeout=20)
    before = shown_windows(root)
    at.do_named_action(frame, "win.finish")
    question(tap, root, before, "the question before Finish and Clear")
    # Closing the window asks too, and then quits
    before = shown_windows(root)
    at.do_named_action(frame, "window.close")
    dialog = new_window(root, before)
    check_window(tap, dialog, "the question on closing a shared computer's window")
    button = at.find(dialog, "push button", "Clear and Close", timeout=5)
    tap.ok(button is not None, "its button is named \"Clear and Close\"")
    if button is not None:
        at.activate(button)
    app.proc.wait(30)


def go(root, role, name, scroll=False, timeout=10):
    node = at.find(root, role, name, scroll=scroll, timeout=timeout)
    if node is None:
        raise RuntimeError(f"no {role} '{name}' on screen")
    at.activate(node)
    time.sleep(1)


def run(tap):
    home = tempfile.mkdtemp(prefix="bpg-e2e-names-")
    # The file chooser lists the folder the app started in by its name: one
    # of the test's own, named plainly
    os.makedirs(os.path.join(home, "start"))
    os.chdir(os.path.join(home, "start"))
    try:
        walk_every_screen(tap, os.path.join(home, "data"))
        check_finish_and_clear(tap, home)
    finally:
        for app in at.App.started:
            app.close()  # its report comes at the end
        shutil.rmtree(home, ignore_errors=True)


def walk_every_screen(tap, data):
    # The diary is written to: in a folder of its own
    app = at.App(extra_env={"XDG_DATA_HOME": data},
                 upstream=[GTK_POPUP_CRITICAL, GTK_SHORTCUTS_WARNING])
    root = app.root
    frame = at.find(root, "frame", "Back Pain Guide", timeout=20)
    at.wait_for_text(root, "What is low back pain?", timeout=20)
    check_screen(tap, root, "the Advice home page")

    check_menu(tap, root)
    check_about(tap, root)
    check_shortcuts(tap, root, frame)

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
    check_editor_question(tap, root, frame)
    check_delete_questions(tap, root)
    check_open_backup(tap, root, data)
    at.do_named_action(frame, "win.show-exercises")
    time.sleep(1.5)
    check_screen(tap, root, "the exercises")
    go(root, "list item", "Get Help", timeout=5)

    at.wait_for_text(root, "999", timeout=20)
    check_screen(tap, root, "Get Help, with the services list and the appointment form")
    app.close()  # one app at a time: a second would hand over to it


at.main_guard(run)
