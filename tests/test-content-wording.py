#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app says things in its own words: no run of six or more words may be
copied from the source leaflets. Prints TAP.

Usage: test-content-wording.py CONTENT_DIR UI_DIR
Every *.json file in CONTENT_DIR is read, and every string in it is checked,
whatever its key, so a new content file is covered without changing this test.
Every translatable string of every *.ui file under UI_DIR is checked too.
The leaflets are read from $BPG_LEAFLETS_DIR (the shared seeds folder).

A run is a sequence of RUN words, compared after folding case, apostrophes
and "&", with web addresses taken out (a link is not copied prose). A run is
let through only when it lies inside one of the phrases in ALLOWED below.
"""

import collections
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

RUN = 6

# Phrases that may appear in the leaflets' own words, each with the reason.
# Keep this short: anything else is rewritten, not added here.
ALLOWED = {
    # Names of places.
    "you live in leicester leicestershire or rutland":
        "who can refer themselves to MSK physiotherapy: three place names",
    # Names of the leaflets' subject and of resources the app links to or
    # names, which a patient must be able to find by their own titles.
    "nerve related back and leg pain":
        "the title of the sciatica leaflet, and the name of the condition",
    "back pain separating fact from fiction": "the title of a guide the app names",
    "guide for people with back pain": "the title of a guide the app names",
    "10 facts about exercise and back pain": "the title of a guide the app names",
    "patient stories behind the 10 back pain facts every person should know":
        "the title of a guide the app names",
}

URL = re.compile(r"(https?://|www\.)\S+")


def words(text):
    text = URL.sub(" ", text)
    text = text.lower().replace("\u2019", "'").replace("&", " and ")
    return re.findall(r"[a-z0-9%']+", text)


def runs(w):
    return [tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)]


def json_strings(node, where=""):
    """Every string in a JSON document, with the place it was found."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from json_strings(item, f"{where}[{i}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from json_strings(value, f"{where}.{key}" if where else key)


def ui_strings(path):
    """Every translatable string in a GtkBuilder file."""
    for element in ET.parse(path).iter():
        if element.get("translatable") == "yes" and element.text:
            yield f"{element.tag} {element.get('name', '')}".strip(), element.text


def read_leaflets(leaflets_dir):
    texts = {}
    for path in sorted(glob.glob(os.path.join(leaflets_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            texts[os.path.basename(path)] = f.read()
    return texts


def leaflet_runs(leaflets):
    grams = {}
    for name, text in leaflets.items():
        for gram in runs(words(text)):
            grams.setdefault(gram, name)
    return grams


def allowed_runs():
    allowed = set()
    for phrase in ALLOWED:
        allowed.update(runs(phrase.split()))
    return allowed


def find_copied(strings, grams, allowed):
    """The copied runs in @strings, a list of (where, text): a list of
    (where, run, leaflet)."""
    copied = []
    for where, text in strings:
        for gram in runs(words(text)):
            if gram in grams and gram not in allowed:
                copied.append((where, " ".join(gram), grams[gram]))
    return copied


def sentences(text):
    """The leaflet's sentences, roughly: lines split at full stops."""
    for line in text.splitlines():
        line = re.sub(r"^[\s\u2022\u00b7]+", "", line)
        for sentence in re.split(r"(?<=[.?!])\s+", line):
            yield sentence.strip()


def read_sources(content_dir, ui_dir):
    sources = []
    for path in sorted(glob.glob(os.path.join(content_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            sources.append((os.path.basename(path), list(json_strings(json.load(f)))))
    ui = []
    for path in sorted(glob.glob(os.path.join(ui_dir, "**", "*.ui"), recursive=True)):
        rel = os.path.relpath(path, ui_dir)
        ui.extend((f"{rel}: {where}", text) for where, text in ui_strings(path))
    sources.append(("interface (.ui files)", ui))
    return sources


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = False

    def check(self, ok, name, notes=()):
        self.n += 1
        self.failed |= not ok
        print(f"{'ok' if ok else 'not ok'} {self.n} - {name}")
        for note in notes:
            print(f"# {note}")


def check_planting(tap, sources, leaflets, grams, allowed):
    """The check must be able to fail: plant each leaflet sentence of RUN
    words or more into a copy of the real content (in the middle of a real
    string) and run the same detection. Every run of every planted sentence
    must be reported."""
    name, strings = next((n, s) for n, s in sources if n == "advice.json")
    host = max(range(len(strings)), key=lambda i: len(strings[i][1]))
    where, text = strings[host]
    half = len(text) // 2
    before = collections.Counter(find_copied(strings, grams, allowed))
    planted = 0
    missed = []
    for leaflet, leaflet_text in leaflets.items():
        for sentence in sentences(leaflet_text):
            sentence_runs = [g for g in runs(words(sentence)) if g not in allowed]
            if not sentence_runs:
                continue
            copy = list(strings)
            copy[host] = (where, f"{text[:half]} {sentence} {text[half:]}")
            found = {gram for _, gram, _ in collections.Counter(find_copied(copy, grams, allowed)) - before}
            planted += 1
            if not {" ".join(g) for g in sentence_runs} <= found:
                missed.append(f"{leaflet}: {sentence!r}")
    tap.check(planted > 100 and not missed,
              f"a leaflet sentence planted into {name} ({where}) is caught "
              f"({planted} sentences planted, {len(missed)} missed)",
              [f"not caught: {m}" for m in missed[:20]])

    # The quoted sentences of the review, by name, planted the same way.
    for sentence in ("Remember, hurt does not always mean harm.",
                     "Having poor posture does not cause back pain.",
                     "Low back braces are not recommended as they can reduce the movement "
                     "in your back and symptoms may last longer."):
        assert any(sentence.lower()[:30] in t.lower() for t in leaflets.values()), sentence
        copy = list(strings)
        copy[host] = (where, f"{text[:half]} {sentence} {text[half:]}")
        found = collections.Counter(find_copied(copy, grams, allowed)) - before
        tap.check(bool(found), f"planting {sentence!r} is caught",
                  [f"reported: \"{gram}\"" for _, gram, _ in found])


def main():
    content_dir, ui_dir = sys.argv[1:3]
    leaflets_dir = os.environ.get("BPG_LEAFLETS_DIR", "")
    leaflets = read_leaflets(leaflets_dir) if os.path.isdir(leaflets_dir) else {}
    if not leaflets:
        print("1..0 # SKIP the source leaflets are not available in " + repr(leaflets_dir))
        return 0

    grams = leaflet_runs(leaflets)
    allowed = allowed_runs()
    sources = read_sources(content_dir, ui_dir)
    tap = Tap()

    for phrase in ALLOWED:
        tap.check(len(phrase.split()) >= RUN and bool(set(runs(phrase.split())) & set(grams)),
                  f"the allowed phrase \"{phrase}\" is in a leaflet")

    total = 0
    for name, strings in sources:
        copied = find_copied(strings, grams, allowed)
        total += len(copied)
        tap.check(len(strings) > 0 and not copied,
                  f"{name}: no run of {RUN} words copied from a leaflet "
                  f"({len(strings)} strings, {len(copied)} copied runs)",
                  [f"{where}: \"{gram}\" (from {leaflet})" for where, gram, leaflet in copied])
    print(f"# {total} copied runs of {RUN} words in all")
    used = {gram for _, strings in sources for _, text in strings for gram in runs(words(text))}
    for phrase in ALLOWED:
        if not set(runs(phrase.split())) & used & set(grams):
            print(f"# the allowed phrase \"{phrase}\" is not used: take it off ALLOWED")

    check_planting(tap, sources, leaflets, grams, allowed)
    print(f"1..{tap.n}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
