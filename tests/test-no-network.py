#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app never uses the network itself: no networking API in its code, and
no network permission in its Flatpak manifest. Web links are handed to the
user's browser (through the OpenURI portal under Flatpak). Prints TAP.

Usage: test-no-network.py SOURCE_ROOT
"""

import json
import os
import re
import sys

FORBIDDEN = [
    r"\bg_socket", r"GSocket", r"g_network_", r"GNetwork", r"g_resolver", r"GResolver",
    r"soup_", r"libsoup", r"curl_", r"<curl/", r"\bconnect\s*\(", r"getaddrinfo",
    r"webkit", r"g_dbus_proxy_new_for_bus.*NetworkManager",
]


def main():
    root = sys.argv[1]
    tests = []

    hits = []
    for folder, _, names in os.walk(os.path.join(root, "src")):
        for name in names:
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    for pattern in FORBIDDEN:
                        if re.search(pattern, line):
                            hits.append(f"{os.path.relpath(path, root)}:{number}: {line.strip()}")
    tests.append(("no networking API in src/", hits))

    with open(os.path.join(root, "meson.build"), encoding="utf-8") as f:
        build = f.read()
    deps = re.findall(r"dependency\('([^']+)'", build)
    net = [d for d in deps if re.search(r"soup|curl|webkit|nm", d)]
    tests.append(("no networking library linked", net))

    manifest = os.path.join(root, "flatpak", "io.github.backpainguide.BackPainGuide.json")
    with open(manifest, encoding="utf-8") as f:
        args = json.load(f).get("finish-args", [])
    tests.append(("Flatpak sandbox has no network", [a for a in args if "network" in a]))

    print(f"1..{len(tests)}")
    failed = False
    for n, (name, problems) in enumerate(tests, 1):
        if problems:
            failed = True
            print(f"not ok {n} - {name}")
            for p in problems:
                print(f"# {p}")
        else:
            print(f"ok {n} - {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
