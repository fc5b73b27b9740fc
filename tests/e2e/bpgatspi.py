# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive Back Pain Guide as a screen reader does: over AT-SPI, by role and
name. Shared by the end-to-end tests.

The tests run inside a D-Bus session and an X server that the test command
starts; the app is started here with accessibility turned on.
"""

import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


class Tap:
    """Minimal TAP output that keeps going after a failed check."""

    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, condition, name, detail=""):
        self.n += 1
        if condition:
            print(f"ok {self.n} - {name}", flush=True)
        else:
            self.failed += 1
            print(f"not ok {self.n} - {name}", flush=True)
            if detail:
                for line in str(detail).splitlines():
                    print(f"# {line}", flush=True)
        return condition

    def finish(self):
        print(f"1..{self.n}", flush=True)
        return 1 if self.failed else 0


class App:
    def __init__(self, extra_env=None, args=()):
        env = dict(os.environ)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("GTK_A11Y", None)
        env.update(extra_env or {})
        self.proc = subprocess.Popen([os.environ["BPG_APP"], *args], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.root = self._find_app()

    def _find_app(self, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace")
                raise RuntimeError(f"the app exited early ({self.proc.returncode}):\n{out}")
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                if app is None:
                    continue
                try:
                    pid = app.get_process_id()
                except Exception:
                    continue
                if pid == self.proc.pid and app.get_child_count() > 0:
                    return app
            time.sleep(0.2)
        raise RuntimeError("the app did not appear on the accessibility bus")

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def walk(node, depth=0, max_depth=60):
    if node is None or depth > max_depth:
        return
    yield node
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def showing(node):
    """GTK 4.8 reports VISIBLE (the widget's own visibility), not SHOWING."""
    try:
        return node.get_state_set().contains(Atspi.StateType.VISIBLE)
    except Exception:
        return False


def name_of(node):
    try:
        return node.get_name() or ""
    except Exception:
        return ""


def role_of(node):
    try:
        return node.get_role_name()
    except Exception:
        return ""


def find(root, role=None, name=None, contains=None, timeout=10, visible=True):
    """The first node with this role and name; waits for it to appear."""
    deadline = time.time() + timeout
    while True:
        for node in walk(root):
            if role and role_of(node) != role:
                continue
            n = name_of(node)
            if name is not None and n != name:
                continue
            if contains is not None and contains not in n:
                continue
            if visible and not showing(node):
                continue
            return node
        if time.time() > deadline:
            return None
        time.sleep(0.2)


def texts(root):
    """What a screen reader could read on screen now."""
    out = []
    for node in walk(root):
        if showing(node) and role_of(node) in ("label", "heading", "text"):
            out.append(name_of(node))
    return "\n".join(out)


def window_title(root):
    """The "you are here" title: the labels of the header's window title."""
    for node in walk(root):
        if role_of(node) == "filler" and name_of(node) == "AdwWindowTitle":
            return [name_of(c) for c in walk(node) if role_of(c) == "label"]
    return []


def wait_for_title(root, title, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        current = window_title(root)
        if current and current[0] == title:
            return True
        time.sleep(0.2)
    return False


def do_named_action(node, name):
    """Runs one of the node's actions by name (a window's 'win.home', …)."""
    action = node.get_action_iface()
    for i in range(action.get_n_actions() if action else 0):
        if action.get_action_name(i) == name:
            return action.do_action(i)
    raise RuntimeError(f"{role_of(node)} '{name_of(node)}' has no action {name}")


def wait_for_text(root, needle, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if needle in texts(root):
            return True
        time.sleep(0.2)
    return False


RETURN = 0xff0d


def press_key(keysym):
    """Presses and releases a key, as the keyboard would."""
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.3)


def activate(node):
    """Does what pressing the control does: its action, or, for a row that
    has none (GTK 4.8 list rows), focus and the Return key."""
    action = node.get_action_iface()
    if action is not None and action.get_n_actions() > 0:
        return action.do_action(0)
    return click(node)


def click(node):
    """Clicks the middle of a control, as a screen reader's "click" does for
    a control with no action (GTK 4.8 list rows have none)."""
    component = node.get_component_iface()
    if component is None:
        raise RuntimeError(f"{role_of(node)} '{name_of(node)}' has no position")
    box = component.get_extents(Atspi.CoordType.SCREEN)
    if box.width <= 0 or box.height <= 0:
        raise RuntimeError(f"{role_of(node)} '{name_of(node)}' is not on screen")
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    time.sleep(0.3)
    return True


def main_guard(run):
    tap = Tap()
    try:
        run(tap)
    except Exception as e:  # report, never hang
        tap.ok(False, "the test ran to the end", repr(e))
    sys.exit(tap.finish())
