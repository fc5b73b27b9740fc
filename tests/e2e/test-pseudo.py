#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: every word the app shows went through gettext. A
pseudo-translation is made from the template (each message wrapped in
⟦…⟧), the app is started in it, and the main screens are read as a screen
reader reads them; any text on screen outside the markers, other than
numbers, 999/111 and the patient's own data, was not translated.

Usage: test-pseudo.py SOURCE_ROOT BUILD_ROOT"""

import os
import re
import subprocess
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import bpgatspi as at  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)

SRC, BUILD = sys.argv[1], sys.argv[2]
DOMAIN = "back-pain-guide"
# A code no system has, so nothing else (GTK, the C library) is translated.
LANG = "xx"

KEYWORDS = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dcgettext:2", "g_dngettext:2,3",
            "g_dpgettext2:2c,3"]

# What may show outside the markers: numbers, dates' digits and punctuation,
# and the marks GTK draws itself.
EXEMPT = re.compile(r"^[\s\d.,:;/%()+\-–—•·…×=]*$")


WRAP = ("import sys; s = sys.stdin.read(); t = s.strip('\\n'); "
        "a = s[:len(s) - len(s.lstrip('\\n'))]; b = s[len(a) + len(t):]; "
        "sys.stdout.write(a + '⟦' + t + '⟧' + b if t else s)")


def make_pseudo(folder):
    """A .mo with every message of a template made now wrapped in ⟦…⟧."""
    pot = os.path.join(folder, "fresh.pot")
    args = ["xgettext", "--from-code=UTF-8", f"--package-name={DOMAIN}",
            f"--files-from={os.path.join(SRC, 'po', 'POTFILES.in')}",
            f"--directory={SRC}", f"--directory={BUILD}", "-o", pot]
    args += [f"--keyword={k}" for k in KEYWORDS]
    subprocess.run(args, check=True)
    with open(pot, encoding="utf-8") as f:
        text = f.read().replace("charset=CHARSET", "charset=UTF-8")
    text = text.replace('"Content-Transfer-Encoding: 8bit\\n"\n',
                        '"Content-Transfer-Encoding: 8bit\\n"\n'
                        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
                        # Reviewed, so no English is shown beside the signs.
                        '"X-Medical-Review: done\\n"\n', 1)
    with open(pot, "w", encoding="utf-8") as f:
        f.write(text)
    english = os.path.join(folder, "en.po")
    pseudo = os.path.join(folder, "pseudo.po")
    subprocess.run(["msgen", "-o", english, pot], check=True)
    # Wrapped as a whole (a message of several lines gets one pair of
    # marks), inside any newline it starts or ends with, as msgfmt wants.
    subprocess.run(["msgfilter", "--keep-header", "-i", english, "-o", pseudo,
                    sys.executable, "-c", WRAP], check=True)
    mo_dir = os.path.join(folder, LANG, "LC_MESSAGES")
    os.makedirs(mo_dir)
    subprocess.run(["msgfmt", "-o", os.path.join(mo_dir, DOMAIN + ".mo"), pseudo], check=True)


def on_screen_texts(root):
    """Each label, heading and text field on screen, whole (at.texts() joins
    them in lines, which would cut a label of two lines in two)."""
    base = at.ancestors(root)
    return [at.name_of(node) for node, path in at.walk_with_path(root, base)
            if at.role_of(node) in at.TEXT_ROLES and at.on_screen(node, path)]


def untranslated(root, user_data=()):
    """Lines on screen with words outside the markers."""
    bad = []
    for line in on_screen_texts(root):
        # A translation may hold another ("How soon: %s"): innermost first.
        rest, n = line, 1
        while n:
            rest, n = re.subn(r"⟦[^⟦⟧]*⟧", "", rest, flags=re.S)
        for data in user_data:
            rest = rest.replace(data, "")
        rest = re.sub(r"\b(999|111)\b", "", rest)
        if rest.strip() and not EXEMPT.match(rest) and "⟦" not in rest and "⟧" not in rest:
            bad.append(line)
        elif "⟦" in rest or "⟧" in rest:
            bad.append(line)  # broken marks: a translation cut up
    return bad


def run(tap):
    folder = tempfile.mkdtemp(prefix="bpg-pseudo-")
    make_pseudo(folder)
    app = at.App(extra_env={"BPG_LOCALEDIR": folder, "LANGUAGE": LANG})
    root = app.root
    frame = at.find(root, "frame", "⟦Back Pain Guide⟧", timeout=20)
    tap.ok(frame is not None and at.name_of(frame).startswith("⟦"),
           "the window's title is translated", at.name_of(frame) if frame else "no window")

    def screen(name, settle=1.5):
        time.sleep(settle)
        bad = untranslated(root)
        tap.ok(not bad, f"{name}: every text on screen went through gettext", "\n".join(bad))

    at.wait_for_text(root, "⟦", timeout=20)
    screen("home")
    at.activate(at.find(root, "list item", contains="What is sciatica", timeout=10, scroll=True))
    screen("an advice page")
    at.do_named_action(frame, "win.check-symptoms")
    start = at.find(root, "push button", contains="Start the Check", timeout=20)
    screen("the check's start")
    at.activate(start)
    screen("a question")
    no = at.find(root, "push button", "⟦No⟧", timeout=10)
    for _ in range(40):
        if no is None:
            break
        at.activate(no)
        time.sleep(0.2)
        no = at.find(root, "push button", "⟦No⟧", timeout=1)
    screen("the check's outcome")
    at.do_named_action(frame, "win.urgent-help")
    screen("Get Help")
    at.do_named_action(frame, "win.show-exercises")
    screen("the exercises")
    diary = at.find(root, "push button", contains="My Diary", timeout=5)
    if diary is None:  # wide: the sidebar's row
        diary = at.find(root, "list item", "⟦My Diary⟧", timeout=5)
    at.activate(diary)
    screen("the diary", settle=3)


at.main_guard(run)
