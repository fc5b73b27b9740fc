#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen reader user in the Get help area: the urgent
ladder comes first and in order, a rung opens its advice page, a bad local
services file is named while the built-in services still show, the area
choice changes the services, and the appointment form's summary says what
was typed."""

import os
import shutil
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

DOWN = 0xff54
TAB = 0xff09
SPACE = 0x20

RUNGS = [
    "Emergency: go to A&E or call 999",
    "Urgent: call 111 now",
    "Soon: see your GP",
    "Look after yourself, and refer yourself if it is not settling",
]

BAD_FILE = """{
  "schema": 1,
  "services": [
    {
      "id": "clinic",
      "name": "Clinic",
      "areas": "essex",
      "for": "Anyone.",
      "referral": "self",
      "reach": "Ask at the desk.",
      "expect": "Help.",
      "not-if": "Call 111 if you are not sure.",
      "source": "A clinic"
    }
  ]
}
"""


# GTK 4.8 logs this under the test's X server (Xvfb, no window manager) when
# the area choice's list, a popover, opens. It comes from GTK: the app never
# asks for a monitor.
GTK_POPUP_CRITICAL = r"Gdk-CRITICAL \*\*: [0-9:.]+: gdk_monitor_get_geometry: " \
                     r"assertion 'GDK_IS_MONITOR \(monitor\)' failed$"


def focus_by_tab(node, presses=150):
    """Moves the keyboard focus with Tab until @node has it."""
    for _ in range(presses):
        if node.get_state_set().contains(at.Atspi.StateType.FOCUSED):
            return True
        at.Atspi.generate_keyboard_event(TAB, None, at.Atspi.KeySynthType.SYM)
        time.sleep(0.05)
    return False


def top(node):
    return at.extents(node)[1]


def open_help(root):
    at.activate(at.find(root, "push button", "Urgent Help"))
    return at.wait_for_title(root, "Get Help")


def check_ladder(tap, root):
    # What the top of the page says, before scrolling down to the rungs.
    words = at.texts(root)
    tap.ok("Go to A&E now, or call 999 if you cannot get there" in words,
           "the emergency rung says A&E, or 999 if you cannot get there")
    tap.ok("treat it as a yes" in words, "not sure counts as yes")

    rungs = [at.find(root, None, name, scroll=True) for name in RUNGS]
    tap.ok(all(r is not None for r in rungs), "the four rungs of the ladder are named groups",
           [name for name, r in zip(RUNGS, rungs) if r is None])
    if all(r is not None for r in rungs):
        tops = [top(r) for r in rungs]
        tap.ok(tops == sorted(tops), "emergency comes first, then urgent, soon and self-care",
               tops)


def check_rung_link(tap, root):
    link = at.find(root, "push button", "About Cauda Equina Syndrome", scroll=True)
    tap.ok(link is not None, "the emergency rung links to its advice page")
    if link is None:
        return
    at.activate(link)
    tap.ok(at.wait_for_title(root, "Cauda equina syndrome"),
           "the link opens the advice page", at.window_title(root))
    tap.ok(open_help(root), "the urgent button brings Get help back")

    check = at.find(root, "push button", "Check My Symptoms", scroll=True)
    tap.ok(check is not None, "a rung offers the symptom check")
    if check is not None:
        at.activate(check)
        tap.ok(at.wait_for_title(root, "Check My Symptoms"),
               "it opens the symptom check", at.window_title(root))
        open_help(root)


def check_services(tap, root, bad_path):
    tap.ok(at.wait_for_text(root, "Services for Everyone in England", 20, scroll=True),
           "before an area is chosen, services for all of England are listed")
    tap.ok(at.wait_for_text(root, f"{bad_path}, line 7: services[0].areas must be a list",
                             scroll=True),
           "the bad local file is named on screen with its line and field",
           at.texts(root)[-2000:])
    tap.ok(at.find(root, None, "NHS 111", scroll=True) is not None,
           "the built-in services still show")

    combo = at.find(root, None, contains="Where do you live?", scroll=True)
    tap.ok(combo is not None, "the area choice has a name", [at.role_of(n) + ":" + at.name_of(n)
                                                            for n in at.walk(root)
                                                            if "live" in at.name_of(n)])
    if combo is None:
        return
    # A screen reader user opens the list with the keyboard and picks an
    # area: Not chosen, Essex, Anywhere else in East of England, …
    tap.ok(focus_by_tab(combo), "the area choice can be reached with the Tab key")
    at.press_key(at.RETURN)
    essex = at.find(root, None, "Essex", timeout=5)
    tap.ok(essex is not None, "opening the choice offers Essex",
           [at.role_of(n) + ":" + at.name_of(n) for n in at.walk(root) if at.name_of(n) == "Essex"])
    at.press_key(DOWN)
    at.press_key(at.RETURN)
    tap.ok(at.wait_for_text(root, "Services for People in Essex", scroll=True),
           "choosing Essex lists the services there")
    tap.ok(at.wait_for_text(root, "Stop smoking help in Essex", scroll=True),
           "including the Essex stop smoking service")


def check_appointment(tap, root):
    better = at.find(root, "text", "What makes it better?", scroll=True)
    tap.ok(better is not None, "the form's fields are named by their questions",
           [at.role_of(n) + ":" + at.name_of(n) for n in at.walk(root) if at.role_of(n) == "text"])
    if better is not None:
        better.get_editable_text_iface().insert_text(0, "Short walks", len("Short walks"))

    cancer = at.find(root, "check box", contains="Cancer", scroll=True)
    tap.ok(cancer is not None, "the leaflets' 'tell them about' items are check boxes")
    if cancer is not None:
        # GTK 4.8 gives check boxes no action: use the keyboard, as a person would.
        tap.ok(focus_by_tab(cancer), "the check box can be reached with the Tab key")
        at.press_key(SPACE)
        tap.ok(at.wait_for_text(root, "call 111 now. Do not wait for your appointment",
                                 scroll=True),
               "ticking cancer brings up the 111 advice at once")

    names = ["Print…", "Save as PDF…", "Clear Form"]
    missing = [n for n in names if at.find(root, "push button", n, timeout=5, scroll=True) is None]
    tap.ok(not missing, "the other summary buttons are named as shown, nothing read twice",
           missing)
    show = at.find(root, "push button", "Show Summary", scroll=True)
    tap.ok(show is not None, "the summary can be shown on screen")
    if show is None:
        return
    at.activate(show)
    summary = None
    deadline = time.time() + 10
    while summary is None and time.time() < deadline:
        for i in range(root.get_child_count()):
            child = root.get_child_at_index(i)
            if child is not None and at.name_of(child) == "Summary for Your Appointment":
                summary = child
        time.sleep(0.2)
    tap.ok(summary is not None, "the summary opens in its own window")
    if summary is not None:
        tap.ok(at.wait_for_text(summary, "What makes it better: Short walks", scroll=True),
               "the summary says what was typed", at.texts(summary, hidden=True)[:500])
        tap.ok(at.wait_for_text(summary, "Go to A&E now", scroll=True),
               "the summary ends with the urgent advice")


def run(tap):
    config = tempfile.mkdtemp(prefix="bpg-e2e-help-")
    services = os.path.join(config, "back-pain-guide", "services.d")
    os.makedirs(services)
    bad_path = os.path.join(services, "clinic.json")
    with open(bad_path, "w", encoding="utf-8") as f:
        f.write(BAD_FILE)

    app = at.App({"XDG_CONFIG_HOME": config,
                  "XDG_CONFIG_DIRS": os.path.join(config, "none")},
                 upstream=[GTK_POPUP_CRITICAL])
    try:
        root = app.root
        tap.ok(at.find(root, "frame", "Back Pain Guide") is not None, "the app is on the bus")
        tap.ok(open_help(root), "the urgent button opens Get help", at.window_title(root))
        check_ladder(tap, root)
        check_rung_link(tap, root)
        check_services(tap, root, bad_path)
        check_appointment(tap, root)
    finally:
        app.close()
        shutil.rmtree(config, ignore_errors=True)


at.main_guard(run)
