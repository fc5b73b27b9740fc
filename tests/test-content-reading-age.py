#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's words are plain: every advice page, every exercise and every
question of the symptom check reads at Flesch-Kincaid grade 7 or below (a
reading age of about 12). A page and an exercise are measured as a whole; a
question's title and its note each on their own, as a patient reads them.
Prints TAP, and every figure.

Usage: test-content-reading-age.py CONTENT_DIR

    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59

How the text is counted:
- Each string (a title, a paragraph, a list item, a step) is read on its own,
  and each string ends at least one sentence, as a heading or a list item
  ends a thought on screen. Inside a string, a sentence ends at ".", "?" or
  "!" followed by a space.
- A word is a run of letters or digits; "nerve-related" and "don't" are one
  word each. "A&E" is one word.
- Syllables are guessed from spelling (see syllables()): each group of
  vowels (a, e, i, o, u, y) is one, a silent final "e" and the endings "-es"
  and "-ed" after most letters are not counted, a final consonant + "le"
  ("trouble") is, and every word has at least one. A number is read as one
  syllable per digit, and "%" adds two ("per cent"). The guess is within a
  syllable for almost all everyday words, which is enough for a grade.
"""

import glob
import json
import os
import re
import sys

MAX_GRADE = 7.0

# Questions known to read above grade 7, reported as expected failures (TAP
# TODO) at the same threshold. The test fails when one of them reads within
# grade 7 or is gone, so that this list can only shrink. Empty: keep it so.
EXPECTED_TO_CHANGE = {}

# Where a question's words are. A question may carry its own title and note,
# or refer to a warning sign by ID; the sign's wording is then found in any
# content file with a top-level "signs" list, under one of these keys.
QUESTION_TITLE_KEYS = ("title", "question")
QUESTION_NOTE_KEYS = ("text", "note", "question-note")
SIGN_REF_KEYS = ("sign", "signs")

WORD = re.compile(r"[A-Za-z0-9%]+(?:['\u2019&-][A-Za-z0-9%]+)*")


def syllables(word):
    word = word.lower().replace("\u2019", "'")
    count = 0
    for number in re.findall(r"[0-9]+%?", word):
        count += len(number.rstrip("%")) + (2 if number.endswith("%") else 0)
    for part in re.split(r"[-&']", re.sub(r"[0-9%]+", " ", word)):
        part = part.strip()
        if not part:
            continue
        count += part_syllables(part)
    return max(count, 1)


def part_syllables(part):
    if len(part) <= 3:
        return 1
    stem = part
    if re.search(r"[^aeiouy]le$", stem):
        extra = 1
        stem = stem[:-2]
    else:
        extra = 0
        if re.search(r"[^aeiouy](es|ed)$", stem) and not re.search(r"(ted|ded|ses|xes|zes|ches|shes|ces|ges)$", stem):
            stem = stem[:-2]
        elif stem.endswith("e") and not stem.endswith(("ee", "ye")):
            stem = stem[:-1]
    groups = len(re.findall(r"[aeiouy]+", stem))
    return max(groups + extra, 1)


def measure(strings):
    """The words, sentences and syllables of a list of strings."""
    n_words = n_sentences = n_syllables = 0
    for text in strings:
        if not text or not text.strip():
            continue
        parts = [p for p in re.split(r"(?<=[.?!])\s+", text.strip()) if WORD.search(p)]
        n_sentences += max(len(parts), 1)
        for word in WORD.findall(text):
            n_words += 1
            n_syllables += syllables(word)
    return n_words, n_sentences, n_syllables


def grade(strings):
    n_words, n_sentences, n_syllables = measure(strings)
    if n_words == 0:
        return None
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59


def block_strings(block):
    for key in ("title", "text"):
        if isinstance(block.get(key), str):
            yield block[key]
    for item in block.get("items", []):
        yield item


def read(content_dir, name):
    with open(os.path.join(content_dir, name), encoding="utf-8") as f:
        return json.load(f)


def pages(content_dir):
    for page in read(content_dir, "advice.json")["pages"]:
        strings = [page["title"], page.get("summary", "")]
        for block in page["blocks"]:
            strings.extend(block_strings(block))
        yield f"advice page {page['id']}", strings


def exercises(content_dir):
    data = read(content_dir, "exercises.json")
    for advice in data["advice"]:
        yield f"exercise advice {advice['id']}", list(block_strings(advice))
    for exercise in data["exercises"]:
        strings = [exercise["title"], exercise["summary"], *exercise["steps"],
                   exercise["amount"], exercise["feel"], exercise["alt"]]
        yield f"exercise {exercise['id']}", strings


def signs(content_dir):
    """Every warning sign in any content file with a top-level "signs" list,
    by ID."""
    found = {}
    for path in sorted(glob.glob(os.path.join(content_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict) and isinstance(data.get("signs"), list):
            found.update((sign["id"], sign) for sign in data["signs"] if "id" in sign)
    return found


def first(node, keys):
    for key in keys:
        value = node.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, dict):  # {"title": …, "text": …} kept under one key
            return value
    return None


def question_strings(question, all_signs):
    """A question's title and note, as (part, text) pairs, from the question
    or from the sign it refers to."""
    title = first(question, QUESTION_TITLE_KEYS)
    note = first(question, QUESTION_NOTE_KEYS)
    if title is None:
        refs = next((question[k] for k in SIGN_REF_KEYS if k in question), [])
        for ref in [refs] if isinstance(refs, str) else refs:
            sign = all_signs.get(ref, {})
            wording = first(sign, QUESTION_TITLE_KEYS)
            if isinstance(wording, dict):
                sign = wording
                wording = first(wording, QUESTION_TITLE_KEYS)
            title = title or wording
            note = note or first(sign, QUESTION_NOTE_KEYS)
    return [(part, text) for part, text in (("title", title), ("note", note))
            if isinstance(text, str)]


def questions(content_dir):
    all_signs = signs(content_dir)
    for question in read(content_dir, "questions.json")["questions"]:
        yield question.get("id") or question["sign"], question_strings(question, all_signs)


def main():
    content_dir = sys.argv[1]
    n = 0
    failed = False
    figures = []

    def report(ok, name, todo=None):
        nonlocal n, failed
        n += 1
        failed |= not ok and todo is None
        print(f"{'ok' if ok else 'not ok'} {n} - {name}" + (f" # TODO {todo}" if todo else ""))

    for name, strings in [*pages(content_dir), *exercises(content_dir)]:
        value = grade(strings)
        figures.append((value, name))
        report(value is not None and value <= MAX_GRADE,
               f"{name}: grade {value:.1f} (at most {MAX_GRADE:g})")

    # A question is read one part at a time: its title, then its note.
    seen = set()
    for qid, parts in questions(content_dir):
        seen.add(qid)
        over = False
        for part, text in parts:
            value = grade([text])
            name = f"question {qid} {part}"
            figures.append((value, name))
            ok = value is not None and value <= MAX_GRADE
            over |= not ok
            todo = EXPECTED_TO_CHANGE.get(qid) if not ok else None
            report(ok, f"{name}: grade {value:.1f} (at most {MAX_GRADE:g})"
                   if value is not None else f"{name}: has no words", todo=todo)
        if qid in EXPECTED_TO_CHANGE and not over:
            report(False, f"question {qid} now reads within grade {MAX_GRADE:g}: "
                   "take it off EXPECTED_TO_CHANGE")
    for qid in sorted(set(EXPECTED_TO_CHANGE) - seen):
        report(False, f"EXPECTED_TO_CHANGE names {qid}, which is not a question")

    # The measure itself must be able to fail: a sentence any reader would
    # call hard reads above the limit, and a plain one below it.
    hard = grade(["Inflammatory arthritis, rheumatoid arthritis and ankylosing spondylitis "
                  "are conditions affecting the immune system and the musculoskeletal system."])
    plain = grade(["Your back is strong. Keep moving. It will get better."])
    report(hard > MAX_GRADE and plain < MAX_GRADE,
           f"the measure tells hard from plain words ({hard:.1f} and {plain:.1f})")
    report(syllables("trouble") == 2 and syllables("inflammation") == 4
           and syllables("bridge") == 1 and syllables("nerve-related") == 4,
           "the syllable guess counts known words right")

    figures = [f for f in figures if f[0] is not None]
    figures.sort(reverse=True)
    print(f"# highest: {', '.join(f'{name} {value:.1f}' for value, name in figures[:5])}")
    print(f"1..{n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
