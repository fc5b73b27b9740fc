#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write data/content/signs.json, the one list of warning signs, as a C table
compiled into the app.

Every screen that names a warning sign (the symptom check, the Get Help
ladder, the urgent-help pages, the built-in urgent card, the appointment
summary) reads it from this table, so the signs cannot drift apart, and the
urgent card needs no file at run time. The file is checked here, so a
mistake in it stops the build.

Usage: gen-warning-signs.py signs.json OUTPUT.c
"""

import json
import sys

LEVELS = ("emergency", "urgent", "soon")
GROUPS = ("cauda-equina",)
SIGN_MEMBERS = {"id", "level", "group", "list", "question", "note", "when", "sources",
                "decision"}


class Invalid(Exception):
    pass


def text(obj, where, member, required=True):
    value = obj.get(member)
    if value is None:
        if required:
            raise Invalid(f"{where}.{member} is missing")
        return None
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"{where}.{member} must be text that is not empty")
    return value


def check_members(obj, where, allowed):
    if not isinstance(obj, dict):
        raise Invalid(f"{where} must be an object")
    for key in obj:
        if key not in allowed:
            raise Invalid(f"{where} has an unknown member \"{key}\"")


def check_sign(sign, where, sources, ids):
    check_members(sign, where, SIGN_MEMBERS)
    ident = text(sign, where, "id")
    if ident in ids:
        raise Invalid(f"{where}.id \"{ident}\" is used twice")
    level = sign.get("level")
    if level is not None and level not in LEVELS:
        raise Invalid(f"{where}.level \"{level}\" must be one of {', '.join(LEVELS)}")
    if sign.get("group") is not None and sign["group"] not in GROUPS:
        raise Invalid(f"{where}.group \"{sign['group']}\" is not a known group")
    text(sign, where, "list")
    text(sign, where, "decision")
    if "when" in sign:
        # A sign made of two answers has no question of its own.
        if level is None or "question" in sign or "note" in sign:
            raise Invalid(f"{where} has \"when\": it needs a level, and no question or note")
        if not isinstance(sign["when"], list) or len(sign["when"]) != 2:
            raise Invalid(f"{where}.when must name two signs")
    else:
        text(sign, where, "question")
        text(sign, where, "note")
        if not sign["question"].endswith("?"):
            raise Invalid(f"{where}.question must end with a question mark")
    if not sign.get("sources"):
        raise Invalid(f"{where}.sources is missing")
    for source in sign["sources"]:
        if source not in sources:
            raise Invalid(f"{where}.sources names \"{source}\", which is not a known source")
    return ident


def check(data):
    check_members(data, "signs.json", {"schema", "reviewed", "sources", "levels", "signs", "tell"})
    if data.get("schema") != 1:
        raise Invalid("signs.json.schema must be 1")
    text(data, "signs.json", "reviewed")
    sources = {}
    for i, source in enumerate(data.get("sources", [])):
        check_members(source, f"sources[{i}]", {"id", "title"})
        sources[text(source, f"sources[{i}]", "id")] = text(source, f"sources[{i}]", "title")
    levels = [level.get("id") for level in data.get("levels", [])]
    if levels != list(LEVELS):
        raise Invalid(f"signs.json.levels must be {', '.join(LEVELS)}, in that order")
    for i, level in enumerate(data["levels"]):
        check_members(level, f"levels[{i}]", {"id", "title", "summary", "text"})
        text(level, f"levels[{i}]", "title")
        text(level, f"levels[{i}]", "summary")
        text(level, f"levels[{i}]", "text", required=False)
    ids = {}
    for i, sign in enumerate(data.get("signs", [])):
        ids[check_sign(sign, f"signs[{i}]", sources, ids)] = sign
    for i, sign in enumerate(data["signs"]):
        for part in sign.get("when", []):
            if part not in ids or "question" not in ids[part]:
                raise Invalid(f"signs[{i}].when names \"{part}\", which is not a question")
    for ident, sign in ids.items():
        used = any(ident in other.get("when", []) for other in data["signs"])
        if sign.get("level") is None and not used:
            raise Invalid(f"the sign \"{ident}\" has no level and no sign uses it")
    for i, tell in enumerate(data.get("tell", [])):
        check_members(tell, f"tell[{i}]", {"id", "sign", "text"})
        text(tell, f"tell[{i}]", "id")
        text(tell, f"tell[{i}]", "text")
        if tell.get("sign") not in ids or ids[tell["sign"]].get("level") is None:
            raise Invalid(f"tell[{i}].sign must name a sign with a level")


def c_string(value):
    if value is None:
        return "NULL"
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + out + '"'


def c_strv(values):
    return "(const char * const[]) { " + "".join(c_string(v) + ", " for v in values) + "NULL }"


def generate(data):
    level_enum = {
        None: "BPG_CHECK_LEVEL_SELF_CARE",
        "emergency": "BPG_CHECK_LEVEL_EMERGENCY",
        "urgent": "BPG_CHECK_LEVEL_URGENT",
        "soon": "BPG_CHECK_LEVEL_SOON",
    }
    out = ["/* Generated by src/core/gen-warning-signs.py from data/content/signs.json.",
           " * Do not edit: change the data file. */",
           "",
           '#include "config.h"',
           "",
           '#include "bpg-warning-sign-private.h"',
           "",
           "const BpgWarningSourceData _bpg_warning_sources[] = {"]
    for source in data["sources"]:
        out.append(f"  {{ {c_string(source['id'])}, {c_string(source['title'])} }},")
    out += ["  { NULL, NULL }", "};", "", "const BpgWarningLevelData _bpg_warning_levels[] = {"]
    for level in data["levels"]:
        out.append(f"  {{ {level_enum[level['id']]}, {c_string(level['id'])}, "
                   f"{c_string(level['title'])}, {c_string(level['summary'])}, "
                   f"{c_string(level.get('text'))} }},")
    out += ["  { 0, NULL, NULL, NULL, NULL }", "};", "",
            "const BpgWarningSignData _bpg_warning_signs[] = {"]
    for sign in data["signs"]:
        out += [f"  {{ {c_string(sign['id'])}, {level_enum[sign.get('level')]},",
                f"    {c_string(sign.get('group'))},",
                f"    {c_string(sign['list'])},",
                f"    {c_string(sign.get('question'))},",
                f"    {c_string(sign.get('note'))},",
                f"    {c_strv(sign['when']) if 'when' in sign else 'NULL'},",
                f"    {c_strv(sign['sources'])},",
                f"    {c_string(sign['decision'])} }},"]
    out += ["  { NULL }", "};", "", "const BpgWarningTellData _bpg_warning_tell[] = {"]
    for tell in data.get("tell", []):
        out.append(f"  {{ {c_string(tell['id'])}, {c_string(tell['sign'])}, "
                   f"{c_string(tell['text'])} }},")
    out += ["  { NULL, NULL, NULL }", "};", ""]
    return "\n".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    try:
        check(data)
    except Invalid as problem:
        sys.exit(f"{sys.argv[1]}: {problem}")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(generate(data))


if __name__ == "__main__":
    main()
