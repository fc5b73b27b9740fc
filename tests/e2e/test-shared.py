#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, on a shared computer: a patient runs the app with
--shared-computer in a fresh home folder, writes in the diary, does the
symptom check, fills in the appointment form, makes the
text larger, searches and saves the summary as a PDF where they choose;
then Finish and Clear must leave the screen as a fresh start shows it, and
quitting (Ctrl+Q asks first) must leave no file in the home folder but the
PDF and caches of fonts and shaders. A second run clears itself when left
alone. Settings are kept in a file in the home folder (the keyfile back end,
as dconf would), so a setting written would be seen."""

import os
import shutil
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402
from bpgatspi import Atspi  # noqa: E402
from gi.repository import Gio, GLib  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

DOWN = 0xff54
TAB = 0xff09
SPACE = 0x20
PLUS = 0x2b
CONTROL_MASK = 1 << 2

NO_CHECK = "No symptom check done yet."
APP_ID = "io.github.backpainguide.BackPainGuide"
APP_PATH = "/io/github/backpainguide/BackPainGuide"
POLISH_TITLE = "Poradnik bólu pleców"
POLISH_FINISH = "Zakończ i wyczyść"

# Short, for the test: the idle time long enough for a step to finish
# unwarned, the countdown long enough to answer it.
IDLE_SECONDS = 10
COUNTDOWN_SECONDS = 20
BANNER = "This is a shared computer. Nothing you enter is kept after you finish."

# Caches that hold nothing of the patient's: compiled shaders and fonts.
HARMLESS = ("mesa_shader_cache", "fontconfig")

# GTK 4.8 logs this under Xvfb (no window manager) when a popover opens.
GTK_POPUP_CRITICAL = r"Gdk-CRITICAL \*\*: [0-9:.]+: gdk_monitor_get_geometry: " \
                     r"assertion 'GDK_IS_MONITOR \(monitor\)' failed$"


def press_with_control(keysym):
    Atspi.generate_keyboard_event(CONTROL_MASK, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(CONTROL_MASK, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.5)


def type_text(text):
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    time.sleep(0.3)


def focus_by_tab(node, presses=150):
    for _ in range(presses):
        if node.get_state_set().contains(Atspi.StateType.FOCUSED):
            return True
        at.press_key(TAB)
    return False


def windows(root):
    out = []
    for i in range(root.get_child_count()):
        child = root.get_child_at_index(i)
        if child is not None:
            out.append(child)
    return out


def main_window(root):
    return at.find(root, "frame", "Back Pain Guide", timeout=10)


def dialog_with(root, text, timeout=10):
    """The window, other than the main one, that shows @text; with no
    @timeout, whether one shows now."""
    deadline = time.time() + timeout
    while True:
        for window in windows(root):
            if at.role_of(window) != "frame" and text in at.texts(window, hidden=True):
                return window
        if time.time() >= deadline:
            return None
        time.sleep(0.2)


def wait_until_gone(root, text, timeout):
    deadline = time.time() + timeout
    while dialog_with(root, text, timeout=0) is not None:
        if time.time() >= deadline:
            return False
        time.sleep(0.5)
    return True


def respond(dialog, label):
    """Presses a dialog's response button; libadwaita 1.2 names each
    "_Label Label"."""
    button = None
    # The first: libadwaita 1.2 keeps a second, hidden row of the same buttons.
    for node in at.walk(dialog):
        if at.role_of(node) == "push button" and at.name_of(node).endswith(label):
            button = node
            break
    if button is not None:
        at.activate(button)
    return button is not None


def reading(root):
    """What a screen reader reads in the main window: its title and text."""
    frame = main_window(root)
    time.sleep(1)
    return "\n".join(at.window_title(frame)) + "\n" + at.texts(frame)


def fresh_start(root):
    at.wait_for_text(root, "Understanding back pain", 20)
    return reading(root)


def traces(home, keep):
    """Every file under @home but @keep and the harmless caches."""
    found = []
    for folder, _, files in os.walk(home):
        for name in files:
            path = os.path.join(folder, name)
            if path == keep or any(part in HARMLESS for part in path.split(os.sep)):
                continue
            found.append(os.path.relpath(path, home))
    return sorted(found)


def all_files(home):
    return sorted(os.path.relpath(os.path.join(f, n), home)
                  for f, _, names in os.walk(home) for n in names)


def env_for(home):
    return {"HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "GSETTINGS_BACKEND": "keyfile",
            "BPG_SHARED_COMPUTER": ""}


def editor_open(root, timeout=20):
    """Whether a diary entry's editor shows, its back pain field focused."""
    deadline = time.time() + timeout
    while True:
        for window in windows(root):
            if at.role_of(window) == "frame":
                continue
            for node in at.walk(window):
                if at.has_state(node, Atspi.StateType.FOCUSED) and \
                        "Back pain" in at.name_of(node):
                    return True
        if time.time() >= deadline:
            return False
        time.sleep(0.3)


def add_diary_entry(tap, root, scroll=True):
    """@scroll: scroll down to the entry, as a reader would; not while a
    countdown may show, which takes the wheel: then any entry listed."""
    press_with_control(ord("n"))
    # The diary is read when first opened: type only once its editor shows.
    if not editor_open(root):
        tap.ok(False, "a diary entry is added", "Ctrl+N opened no editor")
        return
    at.press_key(at.RETURN)
    for _ in range(6):
        at.press_key(DOWN)
    at.press_key(at.RETURN)
    press_with_control(at.RETURN)
    if scroll:
        added = at.wait_for_text(root, "Back pain 5 out of 10", 20, scroll=True)
    else:
        deadline = time.time() + 20
        added = False
        while not added and time.time() < deadline:
            added = "Back pain 5 out of 10" in at.texts(main_window(root), hidden=True)
            time.sleep(0.3)
    tap.ok(added, "a diary entry is added", at.texts(root)[-600:])


def do_check(tap, root):
    frame = main_window(root)
    at.do_named_action(frame, "win.check-symptoms")
    start = at.find(root, "push button", "Start the Check", timeout=20)
    if start is not None:
        at.activate(start)
    yes = at.find(root, "push button", "Yes", timeout=10)
    if yes is not None:
        at.activate(yes)  # the first question is an emergency sign
    tap.ok(at.wait_for_text(root, "Go to A&E now", 10, scroll=True),
           "the check ends with its outcome")


def fill_form(tap, root):
    frame = main_window(root)
    at.do_named_action(frame, "win.urgent-help")
    at.wait_for_text(root, "Your latest symptom check", 20)
    time.sleep(1)
    tap.ok(NO_CHECK not in at.texts(main_window(root), hidden=True),
           "Get Help shows the latest symptom check")
    better = at.find(root, "text", "What makes it better?", timeout=30, scroll=True)
    if better is not None:
        better.get_editable_text_iface().insert_text(0, "Short walks", len("Short walks"))
    tap.ok(better is not None, "the appointment form is filled in")


def save_pdf(tap, root, path):
    save = at.find(root, "push button", "Save as PDF…", timeout=30, scroll=True)
    if save is None:
        tap.ok(False, "the summary can be saved as a PDF")
        return
    at.activate(save)
    chooser = None
    deadline = time.time() + 15
    while chooser is None and time.time() < deadline:
        chooser = next((w for w in windows(root)
                        if at.name_of(w) == "Save the Summary as a PDF"), None)
        time.sleep(0.3)
    tap.ok(chooser is not None, "Save as PDF asks where, in a file dialog")
    if chooser is None:
        return
    time.sleep(1)
    # The name field has the focus: a whole path chooses the folder too.
    press_with_control(ord("a"))
    type_text(path)
    at.press_key(at.RETURN)
    deadline = time.time() + 15
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.3)
    tap.ok(os.path.exists(path), "the PDF is saved where the patient chose", path)


def finish_and_clear(tap, root, before):
    finish = at.find(main_window(root), "push button", "Finish and Clear", timeout=10,
                     hidden=True)
    tap.ok(finish is not None and at.on_screen(finish),
           "Finish and Clear is under the shared-computer banner, named once")
    if finish is None:
        return
    at.activate(finish)
    dialog = dialog_with(root, "Finish and Clear Everything?")
    tap.ok(dialog is not None, "Finish and Clear asks once")
    if dialog is None:
        return
    respond(dialog, "Finish and Clear")
    done = dialog_with(root, "Everything Is Cleared")
    tap.ok(done is not None, "and then says it did")
    if done is not None:
        respond(done, "OK")
    after = reading(root)
    tap.ok(after == before, "after clearing, a screen reader reads what a fresh start shows",
           f"fresh start:\n{before[:1500]}\nafter clearing:\n{after[:1500]}")
    at.do_named_action(main_window(root), "win.urgent-help")
    at.wait_for_text(root, "Your latest symptom check", 20)
    time.sleep(1)
    tap.ok(NO_CHECK in at.texts(main_window(root), hidden=True),
           "the latest symptom check is gone from Get Help too")


def quit_asking(tap, root, app):
    press_with_control(ord("q"))
    dialog = dialog_with(root, "Finish and Clear Everything?")
    tap.ok(dialog is not None, "Ctrl+Q asks first on a shared computer")
    tap.ok(app.proc.poll() is None, "and the app is still open while it asks")
    if dialog is not None:
        respond(dialog, "Clear and Close")
    try:
        app.proc.wait(20)
    except Exception:
        pass
    app.close()


def patient_session(tap, home, pdf):
    app = at.App(extra_env=env_for(home), args=["--shared-computer"],
                 upstream=[GTK_POPUP_CRITICAL])
    root = app.root
    before = fresh_start(root)
    tap.ok(BANNER in before, "the shared-computer banner is on the home screen")

    add_diary_entry(tap, root)
    tap.ok(BANNER in at.texts(main_window(root)), "and on the diary's")
    do_check(tap, root)
    tap.ok(BANNER in at.texts(main_window(root)), "and on the check's")
    fill_form(tap, root)
    press_with_control(PLUS)
    press_with_control(PLUS)
    at.do_named_action(main_window(root), "win.search")
    type_text("sciatica")
    time.sleep(1)
    at.do_named_action(main_window(root), "win.urgent-help")
    save_pdf(tap, root, pdf)

    finish_and_clear(tap, root, before)
    quit_asking(tap, root, app)

    found = traces(home, pdf)
    tap.ok(not found, "no file of the patient's is left in the home folder",
           "found:\n" + "\n".join(found))
    print("# files under the home folder after the session:", flush=True)
    for name in all_files(home):
        print(f"#   {name}", flush=True)
    for name in found:
        with open(os.path.join(home, name), errors="replace") as f:
            print(f"# {name} holds:\n# " + f.read(600).replace("\n", "\n# "), flush=True)


def choose_language(code):
    """Runs the app's language action, the one its Language menu runs."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    actions = Gio.DBusActionGroup.get(bus, APP_ID, APP_PATH)
    actions.activate_action("language", GLib.Variant("s", code))
    bus.flush_sync(None)


def finish_in_another_language(tap, root, before):
    """Finish and Clear goes back to the machine's language, which builds
    the window again under the dialog that asked."""
    choose_language("pl")
    frame = at.find(root, "frame", POLISH_TITLE, timeout=20)
    if frame is None:
        tap.ok(False, "Finish and Clear in another language", "the language did not change")
        return
    at.do_named_action(frame, "win.finish")
    asking = None
    deadline = time.time() + 20
    while asking is None and time.time() < deadline:
        asking = next((w for w in windows(root) if at.role_of(w) != "frame"), None)
        time.sleep(0.2)
    tap.ok(asking is not None and respond(asking, POLISH_FINISH),
           "Finish and Clear asks in the language chosen, and is answered")
    done = dialog_with(root, "Everything Is Cleared", timeout=20)
    tap.ok(done is not None, "then says it did, in the machine's language")
    if done is not None:
        respond(done, "OK")
        wait_until_gone(root, "Everything Is Cleared", 20)
    after = reading(root)
    tap.ok(after == before, "and a screen reader reads a fresh start",
           f"fresh start:\n{before[:1500]}\nafter:\n{after[:1500]}")


def left_alone(tap, home):
    """Left alone, the app warns with a countdown; Keep Going keeps it all.
    Then, in another language (which builds the window again), left alone
    once more and not answered, it clears itself: the screen reads as a
    fresh start does, in the machine's language."""
    locales = os.path.join(os.path.dirname(os.path.dirname(os.environ["BPG_APP"])), "po")
    app = at.App(extra_env={**env_for(home), "BPG_LOCALEDIR": locales,
                            "BPG_IDLE_SECONDS": str(IDLE_SECONDS),
                            "BPG_IDLE_COUNTDOWN_SECONDS": str(COUNTDOWN_SECONDS)},
                 args=["--shared-computer"])
    root = app.root
    before = fresh_start(root)
    # Keys go to the window under the pointer when no window manager gives
    # one the focus: the patient's mouse is over the app.
    frame = main_window(root)
    box = at.extents(frame) if frame is not None else None
    if box is not None:
        Atspi.generate_mouse_event(box[0] + box[2] // 2, box[1] + box[3] // 2, "abs")
    add_diary_entry(tap, root, scroll=False)

    warning = dialog_with(root, "Are You Still There?", timeout=IDLE_SECONDS + 60)
    tap.ok(warning is not None, "left alone, the app warns before clearing")
    if warning is not None:
        tap.ok("everything entered will be cleared" in at.texts(warning, hidden=True),
               "with a countdown", at.texts(warning, hidden=True))
        respond(warning, "Keep Going")
        tap.ok(wait_until_gone(root, "Are You Still There?", 20),
               "Keep Going closes the warning")
        kept = at.texts(main_window(root), hidden=True)
        tap.ok("Back pain 5 out of 10" in kept
               and at.window_title(main_window(root))[:1] == ["My Diary"],
               "and keeps everything: the diary, with its entry, still shows", kept[-600:])

    choose_language("pl")
    polish = at.find(root, "frame", POLISH_TITLE, timeout=20)
    tap.ok(polish is not None, "the window is built again in the language chosen")
    # Not answered this time: it warns in that language, then clears.
    warning = None
    deadline = time.time() + IDLE_SECONDS + 60
    while warning is None and time.time() < deadline:
        warning = next((w for w in windows(root) if at.role_of(w) != "frame"), None)
        time.sleep(0.2)
    tap.ok(warning is not None, "after a change of language, left alone, it warns again")
    if warning is not None:
        tap.ok(wait_until_gone(root, at.texts(warning, hidden=True).split("\n")[0],
                               COUNTDOWN_SECONDS + 60),
               "and when nobody answers, the warning goes")
    frame = at.find(root, "frame", "Back Pain Guide", timeout=20)
    tap.ok(frame is not None and at.window_showing(frame),
           "a window is shown after clearing, in the machine's language")
    after = reading(root) if frame is not None else ""
    tap.ok(after == before, "when nobody answers, it clears: a screen reader reads a fresh start",
           f"fresh start:\n{before[:1500]}\nafter:\n{after[:1500]}")
    tap.ok(len([w for w in windows(root) if at.role_of(w) == "frame"]) == 1,
           "one main window, not the one it replaced as well")
    finish_in_another_language(tap, root, before)
    quit_asking(tap, root, app)
    found = traces(home, None)
    tap.ok(not found, "and leaves no file behind", "found:\n" + "\n".join(found))


def run(tap):
    home = tempfile.mkdtemp(prefix="bpg-e2e-shared-")
    pdf = os.path.join(home, "usb-stick", "summary.pdf")
    os.makedirs(os.path.dirname(pdf))
    try:
        patient_session(tap, home, pdf)
        if os.path.exists(pdf):
            os.remove(pdf)
        left_alone(tap, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


at.main_guard(run)
