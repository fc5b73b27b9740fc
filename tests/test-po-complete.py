#!/usr/bin/env python3
# Every translation is complete against a template made now from the
# sources (not the committed one), with no fuzzy message, and msgfmt -c is
# clean. What is missing is printed, message by message.
# Usage: test-po-complete.py SOURCE_ROOT BUILD_ROOT
import os
import subprocess
import sys
import tempfile

src, build = sys.argv[1], sys.argv[2]
po_dir = os.path.join(src, 'po')
languages = [l.strip() for l in open(os.path.join(po_dir, 'LINGUAS'))
             if l.strip() and not l.startswith('#')]
print(f'1..{len(languages)}')

# The keywords of meson's glib preset.
KEYWORDS = ['_', 'N_', 'C_:1c,2', 'NC_:1c,2', 'g_dcgettext:2', 'g_dngettext:2,3',
            'g_dpgettext2:2c,3']

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'fresh.pot')
    args = ['xgettext', '--from-code=UTF-8', '--add-comments', '--package-name=back-pain-guide',
            f'--files-from={os.path.join(po_dir, "POTFILES.in")}',
            f'--directory={src}', f'--directory={build}', '-o', pot]
    args += [f'--keyword={k}' for k in KEYWORDS]
    subprocess.run(args, check=True)

    for n, lang in enumerate(languages, 1):
        po = os.path.join(po_dir, f'{lang}.po')
        merged = os.path.join(tmp, f'{lang}.po')
        problems = []
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True)
        for flag, what in (('--untranslated', 'untranslated'), ('--only-fuzzy', 'fuzzy')):
            out = subprocess.run(['msgattrib', flag, '--no-obsolete', '--no-wrap', merged],
                                 capture_output=True, text=True, check=True).stdout
            for block in out.split('\n\n'):
                ids = [l for l in block.splitlines() if l.startswith(('msgctxt', 'msgid '))]
                if ids and ids[-1] != 'msgid ""':
                    problems.append(f'{what}: ' + ' '.join(ids))
                elif ids and len(ids) > 1:
                    problems.append(f'{what}: ' + ' '.join(ids))
        check = subprocess.run(['msgfmt', '-c', '-o', os.devnull, po],
                               capture_output=True, text=True)
        if check.returncode != 0:
            problems.append('msgfmt -c: ' + check.stderr.strip())
        for p in problems:
            print(f'# {lang}: {p}')
        print(f'{"ok" if not problems else "not ok"} {n} - {lang}.po complete '
              f'({len(problems)} problems)')
