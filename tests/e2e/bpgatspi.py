# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive Back Pain Guide as a screen reader does: over AT-SPI, by role and
name. Shared by the end-to-end tests.

The tests run inside a D-Bus session and an X server that the test command
starts; the app is started here with accessibility turned on.
"""

import os
import re
import subprocess
import sys
import threading
import time


def skip_all(reason):
    """Nothing can run here: a counted skip, or under CI a failure, since CI
    has every dependency and a test that vanished would go unseen."""
    if os.environ.get("CI") == "true":
        print(f"not ok 1 - {reason}", flush=True)
        print("1..1", flush=True)
        sys.exit(1)
    print(f"1..0 # SKIP {reason}", flush=True)
    sys.exit(0)


try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi  # noqa: E402
except (ImportError, ValueError) as e:
    skip_all(f"this python3 has no AT-SPI bindings (python3-gi, gir1.2-atspi-2.0): {e}")

if not os.environ.get("DISPLAY"):
    skip_all("no X display to run the app on (DISPLAY is not set)")


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
    """The app, started with accessibility on and G_DEBUG=fatal-warnings, its
    output collected. close() quits it as a user does, by closing its windows;
    main_guard() then reports whether it quit cleanly: exit status 0, no
    critical or warning, no sanitizer report.

    @upstream: patterns of warnings that GTK itself logs on the way through
    this test, which the app cannot prevent. They alone are let through, and
    then warnings are not made fatal (the output is still checked)."""

    started = []

    def __init__(self, extra_env=None, args=(), upstream=()):
        env = dict(os.environ)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("GTK_A11Y", None)
        env["G_DEBUG"] = "" if upstream else "fatal-warnings"
        env.update(extra_env or {})
        self.upstream = [re.compile(p) for p in upstream]
        self.output = []
        self.problems = []
        self.closed = False
        self.proc = subprocess.Popen([os.environ["BPG_APP"], *args], env=env,
                                     stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        # Read all the time: a full pipe would stop the app.
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        App.started.append(self)
        self.root = self._find_app()

    def _read(self):
        for line in self.proc.stdout:
            self.output.append(line.decode(errors="replace").rstrip("\n"))

    def _find_app(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                self.reader.join(5)
                out = "\n".join(self.output)
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

    def _close_windows(self):
        """Closes every window with its window.close action, the main
        window last: the app quits when its last window is gone."""
        windows = []
        try:
            for i in range(self.root.get_child_count()):
                window = self.root.get_child_at_index(i)
                if window is not None:
                    windows.append(window)
        except Exception:
            return
        windows.sort(key=lambda w: name_of(w) == "Back Pain Guide")
        for window in windows:
            try:
                do_named_action(window, "window.close")
            except Exception:
                pass  # gone already, or a window with nothing to close
            time.sleep(0.2)

    def close(self, expect_signal=None, timeout=30):
        """Quits the app and notes what went wrong; a test that kills the app
        on purpose says which signal it expects."""
        if self.closed:
            return
        self.closed = True
        if expect_signal is None and self.proc.poll() is None:
            self._close_windows()
        elif expect_signal is not None and self.proc.poll() is None:
            self.proc.send_signal(expect_signal)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.problems.append(f"the app did not quit within {timeout} s of its "
                                 "windows closing; killed it")
            self.proc.kill()
            self.proc.wait()
        self.reader.join(10)
        status = self.proc.returncode
        expected = -expect_signal if expect_signal is not None else 0
        if status != expected and not self.problems:
            how = f"signal {-status}" if status < 0 else f"status {status}"
            self.problems.append(f"the app ended with {how}, not "
                                 f"{'signal %d' % expect_signal if expect_signal else 'status 0'}")
        bad = [line for line in self.output if REPORT.search(line)
               and not any(p.search(line) for p in self.upstream)]
        if bad:
            self.problems.append("the app reported:\n" + "\n".join(bad[:20]))

    def report(self, tap):
        self.close()
        detail = "\n".join(self.problems)
        if self.problems:
            detail += "\nits output:\n" + "\n".join(self.output[-40:])
        tap.ok(not self.problems,
               "the app quit cleanly: status 0, no critical, warning or sanitizer report",
               detail)


# A GLib critical, warning or error, or a report from AddressSanitizer,
# LeakSanitizer or UndefinedBehaviorSanitizer.
REPORT = re.compile(r"(CRITICAL|WARNING|ERROR) \*\*|ERROR: \w+Sanitizer|"
                    r"SUMMARY: \w+Sanitizer|runtime error:")


def walk(node, depth=0, max_depth=60):
    for found, _ in walk_with_path(node, (), depth, max_depth):
        yield found


def walk_with_path(node, path=(), depth=0, max_depth=60):
    """Each node under @node with the nodes above it, from @node down."""
    if node is None or depth > max_depth:
        return
    yield node, path
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk_with_path(child, path + (node,), depth + 1, max_depth)


def ancestors(node):
    """The nodes above @node, from its application down."""
    out = []
    try:
        parent = node.get_parent()
        while parent is not None and len(out) < 100:
            out.append(parent)
            if role_of(parent) == "application":
                break
            parent = parent.get_parent()
    except Exception:
        pass
    return tuple(reversed(out))


def has_state(node, state):
    try:
        return node.get_state_set().contains(state)
    except Exception:
        return False


def extents(node):
    """@node's box in its window's coordinates, or None. GTK 4.8 has no
    screen coordinates (asking for them logs a warning); without a window
    manager, as under the test's X server, a window sits at 0, 0, so window
    coordinates are screen coordinates too."""
    try:
        component = node.get_component_iface()
        if component is None:
            return None
        box = component.get_extents(Atspi.CoordType.WINDOW)
        return box.x, box.y, box.width, box.height
    except Exception:
        return None


def _window_in(chain):
    """The top-level window in a chain of nodes from the application down."""
    for i, node in enumerate(chain):
        if role_of(node) == "application":
            return chain[i + 1] if i + 1 < len(chain) else None
    return None


def window_showing(window):
    """GTK 4.8 says SHOWING of a main window only; a dialog it lists is
    one that is shown, and says VISIBLE."""
    if has_state(window, Atspi.StateType.SHOWING):
        return True
    box = extents(window)
    return (role_of(window) in ("dialog", "alert") and box is not None and box[2] > 0
            and box[3] > 0 and has_state(window, Atspi.StateType.VISIBLE))


def _clip(box, area):
    x, y, w, h = box
    x0, y0 = max(x, area[0]), max(y, area[1])
    x1, y1 = min(x + w, area[0] + area[2]), min(y + h, area[1] + area[3])
    if w <= 0 or h <= 0 or x1 <= x0 or y1 <= y0:
        return None
    return x0, y0, x1 - x0, y1 - y0


def _hit(window, node, chain, x, y):
    """Whether a click at x, y would reach @node or a control inside it:
    True, False, or None when GTK cannot say. GTK 4.8 answers with
    gtk_widget_pick(), which sees only mapped widgets, the one drawn on top;
    it answers nothing when that widget is not listed on the bus (the text
    inside an entry, the icon inside a button)."""
    try:
        found = window.get_component_iface().get_accessible_at_point(
            x, y, Atspi.CoordType.WINDOW)
        if found is None:
            return None
        for _ in range(80):
            if found is None or found == window:
                return False
            if found == node:
                return True
            if found in chain:
                return False  # a control above @node: @node is not there
            found = found.get_parent()
    except Exception:
        return None
    return False


def _reached(window, node, chain, area=None):
    """Whether a click inside @node's part of @area (the window) reaches it:
    True, False, or None when GTK answered nothing at any point."""
    window_box, box = extents(window), extents(node)
    if window_box is None or box is None:
        return False
    part = _clip(box, area or (0, 0, window_box[2], window_box[3]))
    if part is None:
        return False
    x, y, w, h = part
    # The middle, then the edges: a control's own padding is there, where
    # a child GTK does not list may cover the middle.
    cx, cy = x + w // 2, y + h // 2
    points = [(cx, cy), (cx, y + 1), (x + 2, cy), (cx, y + h - 2), (x + w - 3, cy),
              (x + w // 4, cy), (x + 3 * w // 4, cy)]
    answers = [_hit(window, node, chain, px, py) for px, py in points]
    if True in answers:
        return True
    return None if all(a is None for a in answers) else False


def on_screen(node, chain=None):
    """Whether a user can see @node now. GTK 4.8 gives SHOWING to windows
    only and VISIBLE to every widget it lists, even on a stack page that is
    not shown, which keeps the extents it had when last shown. So: its
    window is SHOWING, every node above it VISIBLE, its box is not empty and
    overlaps the window, and a click inside that overlap reaches it. When
    GTK cannot say who a click reaches (an entry is all text inside), the
    control around it decides, a few levels up at most."""
    if chain is None:
        chain = ancestors(node)
    window = _window_in(chain + (node,))
    if window is None or not window_showing(window):
        return False
    if window == node:
        return True
    inside = chain[chain.index(window) + 1:] + (node,)
    if not all(has_state(n, Atspi.StateType.VISIBLE) for n in inside):
        return False
    popup = _popup_in(inside)
    if popup is not None:
        # A popover is a surface of its own, placed by the X server: its
        # extents are those of its place in the window, and GTK picks in it.
        window, area = popup, extents(popup)
        if area is None or area[2] <= 0 or area[3] <= 0:
            return False
    else:
        area = None
    for level in range(4):
        if level >= len(inside) or inside[len(inside) - 1 - level] == window:
            return False
        target = inside[len(inside) - 1 - level]
        if extents(target) is None:
            return False  # a stack page, which has no box: never look past one
        answer = _reached(window, target, chain[:len(chain) - level], area)
        if answer is not None:
            return answer
    return False


def at_popup_layer(node):
    """Whether @node is a popover's own surface (True), not one (False),
    or cannot say (None)."""
    try:
        component = node.get_component_iface()
        return component is not None and \
            component.get_layer() == Atspi.ComponentLayer.POPUP
    except Exception:
        return None


def _popup_in(nodes):
    """The innermost popover among @nodes, if any."""
    for node in reversed(nodes):
        if role_of(node) != "filler":
            continue
        try:
            component = node.get_component_iface()
            if component is not None and \
                    component.get_layer() == Atspi.ComponentLayer.POPUP:
                return node
        except Exception:
            continue
    return None


def scroll_into_view(node, tries=60):
    """Scrolls with the mouse wheel, over the middle of the window, until
    the top of @node is inside the window, as a user scrolls to read on."""
    chain = ancestors(node)
    window = _window_in(chain + (node,))
    window_box = extents(window) if window is not None else None
    if window_box is None:
        return False
    width, height = window_box[2], window_box[3]
    last = None
    still = 0
    for _ in range(tries):
        box = extents(node)
        if box is None or box[2] <= 0 or box[3] <= 0:
            return False
        # Inside the window is not enough: a bar below the scrolled page
        # (the diary's urgent-help bar) can hide it, so it must be reachable.
        if box[1] >= 0 and box[1] + min(box[3], height // 2) <= height \
                and on_screen(node, chain):
            return True
        # A busy app may take a while to scroll: only a page that stays
        # put through several turns of the wheel, each waited for longer,
        # has nothing to scroll here.
        still = still + 1 if box == last else 0
        if still >= 4:
            return False
        time.sleep(0.1 * still)
        last = box
        button = "b5c" if box[1] > 0 else "b4c"
        Atspi.generate_mouse_event(width // 2, height // 2, button)
        time.sleep(0.05)
    return False


def name_of(node):
    try:
        return node.get_name() or ""
    except Exception:
        return ""


_roles = {}


def role_of(node):
    """A node's role; a role never changes, so it is asked once."""
    try:
        role = _roles.get(node)
        if role is None:
            role = _roles[node] = node.get_role_name()
        return role
    except Exception:
        return ""


def _matches(node, role, name, contains):
    if role and role_of(node) != role:
        return False
    n = name_of(node)
    if name is not None and n != name:
        return False
    return contains is None or contains in n


def find(root, role=None, name=None, contains=None, timeout=10, hidden=False, scroll=False):
    """The first node with this role and name that is on screen; waits for
    it to appear. @scroll: scroll the page to bring it into the window.
    @hidden: any node in the tree, shown or not (say why when asking)."""
    deadline = time.time() + timeout
    while True:
        base = ancestors(root)
        for node, path in walk_with_path(root, base):
            if not _matches(node, role, name, contains):
                continue
            if hidden or on_screen(node, path):
                return node
            if scroll and scroll_into_view(node) and on_screen(node, path):
                return node
        if time.time() > deadline:
            return None
        time.sleep(0.2)


TEXT_ROLES = ("label", "heading", "text")


def texts(root, hidden=False):
    """What a user sees in the window now, as a screen reader reads it:
    the labels, headings and text fields on screen. @hidden: every one in
    the tree, on screen or not."""
    out = []
    base = ancestors(root)
    for node, path in walk_with_path(root, base):
        if role_of(node) in TEXT_ROLES and (hidden or on_screen(node, path)):
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


def wait_for_text(root, needle, timeout=10, scroll=False):
    """Waits until @needle is on screen; @scroll: scroll down the page to
    a label holding it, as a reader would."""
    deadline = time.time() + timeout
    while True:
        if needle in texts(root):
            return True
        if scroll and any(find(root, role, contains=needle, timeout=0, scroll=True)
                          for role in TEXT_ROLES):
            return True
        if time.time() > deadline:
            return False
        time.sleep(0.2)


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
    box = extents(node)
    if box is None or box[2] <= 0 or box[3] <= 0 or not on_screen(node):
        raise RuntimeError(f"{role_of(node)} '{name_of(node)}' is not on screen")
    x, y, w, h = box
    Atspi.generate_mouse_event(*_point_reaching(node, box), "b1c")
    time.sleep(0.3)
    return True


def _point_reaching(node, box):
    """The middle of @box, or, when something covers it (a bar below a
    scrolled page hides a row's lower half), another point of it that a
    click reaches."""
    x, y, w, h = box
    chain = ancestors(node)
    window = _window_in(chain + (node,))
    cx, cy = x + w // 2, y + h // 2
    if window is None or _popup_in(chain + (node,)) is not None:
        return cx, cy
    if _hit(window, node, chain, cx, cy) is not False:
        return cx, cy
    for px, py in [(cx, y + h // 4), (cx, y + 2), (x + w // 4, y + h // 4)]:
        if _hit(window, node, chain, px, py):
            return px, py
    return cx, cy


def main_guard(run):
    """Runs the test, then quits every app it started and checks each
    quit cleanly."""
    tap = Tap()
    try:
        run(tap)
    except Exception as e:  # report, never hang
        tap.ok(False, "the test ran to the end", repr(e))
    for app in App.started:
        app.report(tap)
    sys.exit(tap.finish())
