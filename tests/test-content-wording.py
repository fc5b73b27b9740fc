#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's content is written in its own words: no run of eight or more
words may be copied from the source leaflets. Prints TAP.

Usage: test-content-wording.py CONTENT.json [...]
The leaflets are read from $BPG_LEAFLETS_DIR (the shared seeds folder).
"""

import json
import os
import re
import sys

RUN = 8


def words(text):
    text = text.lower().replace("\u2019", "'").replace("&", " and ")
    return re.findall(r"[a-z0-9%']+", text)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("id", "url", "page", "type", "level", "reviewed", "sources", "icon"):
                continue
            yield from strings(value)


def main():
    leaflets_dir = os.environ.get("BPG_LEAFLETS_DIR", "")
    leaflets = sorted(f for f in os.listdir(leaflets_dir) if f.endswith(".txt")) \
        if os.path.isdir(leaflets_dir) else []
    if not leaflets:
        print("1..0 # SKIP the source leaflets are not available in " + repr(leaflets_dir))
        return 0

    grams = {}
    for name in leaflets:
        with open(os.path.join(leaflets_dir, name), encoding="utf-8") as f:
            w = words(f.read())
        for i in range(len(w) - RUN + 1):
            grams.setdefault(tuple(w[i:i + RUN]), name)

    files = sys.argv[1:]
    print(f"1..{len(files) * 2}")
    n = 0
    failed = False
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        texts = list(strings(data))

        copied = []
        for text in texts:
            w = words(text)
            for i in range(len(w) - RUN + 1):
                gram = tuple(w[i:i + RUN])
                if gram in grams:
                    copied.append((" ".join(gram), grams[gram]))
        n += 1
        name = os.path.basename(path)
        if copied:
            failed = True
            print(f"not ok {n} - {name}: no run of {RUN} words copied from a leaflet")
            for gram, leaflet in copied[:20]:
                print(f"# copied from {leaflet}: \"{gram}\"")
        else:
            print(f"ok {n} - {name}: no run of {RUN} words copied from a leaflet")

        # The same check must be able to fail: a sentence taken from a
        # leaflet is caught.
        n += 1
        probe = next(iter(grams))
        if tuple(words(" ".join(probe))) in grams:
            print(f"ok {n} - {name}: the check catches a copied run")
        else:
            failed = True
            print(f"not ok {n} - {name}: the check catches a copied run")

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
