#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The GNOME Shell search provider, called as GNOME Shell calls it: the app is
started as a D-Bus service (as the D-Bus service file does when the
Activities overview first asks it), then org.gnome.Shell.SearchProvider2 is
called over the session bus of the private session the test command runs.
Opening a result is checked as a screen reader would read it.

Usage: test-search-provider.py SEARCH_PROVIDER_INI
"""

import configparser
import os
import subprocess
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

from gi.repository import Gio, GLib  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

APP_ID = "io.github.backpainguide.BackPainGuide"
OBJECT_PATH = "/io/github/backpainguide/BackPainGuide/SearchProvider"
INTERFACE = "org.gnome.Shell.SearchProvider2"


def wait_for_name(bus, proc, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace")
            raise RuntimeError(f"the app exited early ({proc.returncode}):\n{out}")
        owned = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                              "org.freedesktop.DBus", "NameHasOwner",
                              GLib.Variant("(s)", (APP_ID,)), GLib.VariantType("(b)"),
                              Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
        if owned:
            return True
        time.sleep(0.2)
    return False


def call(bus, method, args, reply):
    result = bus.call_sync(APP_ID, OBJECT_PATH, INTERFACE, method, args,
                           GLib.VariantType(reply) if reply else None,
                           Gio.DBusCallFlags.NONE, 20000, None)
    return result.unpack() if result is not None else None


def initial(bus, terms):
    return call(bus, "GetInitialResultSet", GLib.Variant("(as)", (terms,)), "(as)")[0]


def find_app_on_atspi(pid, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = at.Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    return None


def check_ini(tap, path):
    ini = configparser.ConfigParser()
    ini.optionxform = str
    tap.ok(ini.read(path, encoding="utf-8") == [path], "the .search-provider.ini file reads")
    section = ini["Shell Search Provider"] if ini.has_section("Shell Search Provider") else {}
    tap.ok(section.get("DesktopId") == APP_ID + ".desktop", "its DesktopId is the app's",
           section.get("DesktopId"))
    tap.ok(section.get("BusName") == APP_ID, "its BusName is the app ID", section.get("BusName"))
    tap.ok(section.get("ObjectPath") == OBJECT_PATH, "its ObjectPath is where the provider is",
           section.get("ObjectPath"))
    tap.ok(section.get("Version") == "2", "it speaks version 2", section.get("Version"))


def check_searches(tap, bus):
    xml = bus.call_sync(APP_ID, OBJECT_PATH, "org.freedesktop.DBus.Introspectable",
                        "Introspect", None, GLib.VariantType("(s)"),
                        Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
    tap.ok(INTERFACE in xml, f"{OBJECT_PATH} implements {INTERFACE}")

    results = initial(bus, ["numb", "bum"])
    tap.ok(results[:2] == ["page:urgent-help", "check"],
           "'numb bum' puts urgent help and the symptom check first", results)
    results = initial(bus, ["bridge"])
    tap.ok(results[:1] == ["exercise:bridge"], "'bridge' finds the exercise first", results)
    results = initial(bus, ["xylophone"])
    tap.ok(results == [], "a word found nowhere gives no results", results)

    previous = initial(bus, ["sleep"])
    results = call(bus, "GetSubsearchResultSet",
                   GLib.Variant("(asas)", (previous, ["sleep", "stress"])), "(as)")[0]
    tap.ok(results[:1] == ["page:sleep-and-stress"],
           "typing more ('sleep stress') refines the search", results)
    results = call(bus, "GetSubsearchResultSet",
                   GLib.Variant("(asas)", (previous, ["cant", "pee"])), "(as)")[0]
    tap.ok(results[:2] == ["page:urgent-help", "check"],
           "a subsearch that touches a warning sign still puts urgent help first", results)

    initial(bus, ["wee"])
    ids = ["page:urgent-help", "check", "exercise:bridge", "service:nhs-111", "page:nothing"]
    metas = call(bus, "GetResultMetas", GLib.Variant("(as)", (ids,)), "(aa{sv})")[0]
    by_id = {m.get("id"): m for m in metas}
    tap.ok(sorted(by_id) == sorted(ids[:4]), "GetResultMetas describes each known result",
           sorted(by_id))
    tap.ok(all(m.get("name") and m.get("description") and "icon" in m for m in metas),
           "each has a name, a description and an icon", metas)
    tap.ok(by_id.get("exercise:bridge", {}).get("name") == "Bridge", "the exercise is named",
           by_id.get("exercise:bridge"))
    description = by_id.get("page:urgent-help", {}).get("description", "")
    tap.ok(any(w in description.lower() for w in ("urine", "bladder", "pee")),
           "the description shows why urgent help matched 'wee'", description)


def check_activate(tap, bus, proc):
    call(bus, "ActivateResult", GLib.Variant("(sasu)", ("page:work", ["off", "sick"], 0)), None)
    root = find_app_on_atspi(proc.pid)
    tap.ok(root is not None, "ActivateResult opens the app's window")
    if root is None:
        return
    tap.ok(at.wait_for_title(root, "Work", timeout=20),
           "ActivateResult opens the page in the app", at.window_title(root))

    call(bus, "ActivateResult", GLib.Variant("(sasu)", ("page:urgent-help", ["wee"], 0)), None)
    tap.ok(at.wait_for_title(root, "Get urgent help", timeout=20),
           "a second result opens in the same window", at.window_title(root))

    call(bus, "LaunchSearch", GLib.Variant("(asu)", (["sleep"], 0)), None)
    tap.ok(at.wait_for_title(root, "Search Results", timeout=20),
           "LaunchSearch shows the app's own search results", at.window_title(root))
    tap.ok(at.wait_for_text(root, "Sleep and stress", timeout=10),
           "and they are for the words typed in the overview")
    check_empty_page(tap, bus, root)


def check_empty_page(tap, bus, root):
    """No dead ends, as a screen reader finds them: a search that finds
    nothing offers urgent help and the symptom check on the page it shows."""
    call(bus, "LaunchSearch", GLib.Variant("(asu)", (["xylophone"], 0)), None)
    lead = at.find(root, "label", "If you are worried about your symptoms:", timeout=20)
    tap.ok(lead is not None, "a search that finds nothing says what to do if worried")
    if lead is None:
        return
    page = lead.get_parent()
    buttons = {at.name_of(n): n for n in at.walk(page) if at.role_of(n) == "push button"}
    tap.ok("When to get urgent help" in buttons, "it offers urgent help", sorted(buttons))
    tap.ok("Check my symptoms" in buttons, "it offers the symptom check", sorted(buttons))
    if "When to get urgent help" in buttons:
        at.activate(buttons["When to get urgent help"])
        tap.ok(at.wait_for_title(root, "Get Help"), "the urgent-help button opens Get Help",
               at.window_title(root))


def set_language(bus, code):
    """Chooses a language as the app's language menu does: its app.language
    action, over the session bus."""
    bus.call_sync(APP_ID, "/" + APP_ID.replace(".", "/"), "org.gtk.Actions", "Activate",
                  GLib.Variant("(sava{sv})", ("language", [GLib.Variant("s", code)], {})),
                  None, Gio.DBusCallFlags.NONE, 20000, None)


def check_language(tap, bus):
    """After a change of language in the app, the overview searches the
    translated text and names its results in the new language."""
    results = initial(bus, ["kulszowa"])
    tap.ok("page:what-is-sciatica" not in results,
           "in English, a Polish word does not find the page", results)
    set_language(bus, "pl")
    results = initial(bus, ["kulszowa"])
    tap.ok("page:what-is-sciatica" in results[:3],
           "after switching the app to Polish, 'kulszowa' finds the sciatica page", results)
    metas = call(bus, "GetResultMetas", GLib.Variant("(as)", (["page:what-is-sciatica"],)),
                 "(aa{sv})")[0]
    name = metas[0].get("name", "") if metas else ""
    tap.ok(name and name != "What is sciatica?" and "kulszow" in name.lower(),
           "and names it in Polish", metas)
    set_language(bus, "en")
    results = initial(bus, ["sciatica"])
    tap.ok("page:what-is-sciatica" in results[:3], "back in English, 'sciatica' finds it",
           results)
    metas = call(bus, "GetResultMetas", GLib.Variant("(as)", (["page:what-is-sciatica"],)),
                 "(aa{sv})")[0]
    tap.ok(metas and metas[0].get("name") == "What is sciatica?", "named in English again",
           metas)


def run(tap):
    check_ini(tap, sys.argv[1])

    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.pop("GTK_A11Y", None)
    # The translations as built, for the change of language.
    env["BPG_LOCALEDIR"] = os.path.join(os.path.dirname(os.path.dirname(os.environ["BPG_APP"])),
                                        "po")
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    proc = subprocess.Popen([os.environ["BPG_APP"], "--gapplication-service"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        tap.ok(wait_for_name(bus, proc), f"the app started as a service owns {APP_ID}")
        check_searches(tap, bus)
        check_activate(tap, bus, proc)
        check_language(tap, bus)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    at.main_guard(run)
