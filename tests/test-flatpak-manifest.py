#!/usr/bin/env python3
# Checks the Flatpak manifest against what the meson build installs, so the
# bundle keeps the app's identity, starts the right program, exports its
# desktop file, metainfo, schema and icons, and asks for no more access than
# a reading app needs.
#
# Usage: test-flatpak-manifest.py MANIFEST BUILDDIR
# Prints TAP; exits 1 if any check fails.

import json
import os
import sys

APP_ID = 'io.github.backpainguide.BackPainGuide'
RUNTIME = 'org.gnome.Platform'
SDK = 'org.gnome.Sdk'
REQUIRED_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']
FORBIDDEN_ARGS = ['--share=network', '--socket=session-bus', '--socket=system-bus',
                  '--device=all']
FORBIDDEN_PREFIXES = ['--filesystem=']

# GNOME runtimes still given security fixes: GNOME keeps its latest two
# stable releases, each for about a year. 47 reached its end of life in
# 2025, 48 in March 2026 and 49 with the release of 51. Update this list
# when GNOME releases (March and September); a manifest left on an old
# runtime then fails here.
SUPPORTED_RUNTIME_VERSIONS = ['50', '51']

# Where Flatpak looks for each exported file, relative to the prefix (/app).
EXPORTED_FILES = [
    ('desktop file', f'share/applications/{APP_ID}.desktop'),
    ('metainfo', f'share/metainfo/{APP_ID}.metainfo.xml'),
    ('GSettings schema', f'share/glib-2.0/schemas/{APP_ID}.gschema.xml'),
    ('app icon', f'share/icons/hicolor/scalable/apps/{APP_ID}.svg'),
    ('symbolic icon', f'share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg'),
    ('GNOME Shell search provider',
     f'share/gnome-shell/search-providers/{APP_ID}.search-provider.ini'),
    ('D-Bus service', f'share/dbus-1/services/{APP_ID}.service'),
]


class CheckFailed(Exception):
    pass


def load_json(path, what):
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise CheckFailed(f'cannot read {what} {path}: {e}')


class Context:
    def __init__(self, manifest_path, builddir):
        self.manifest_path = manifest_path
        self.builddir = builddir
        self._manifest = None
        self._build = None

    @property
    def manifest(self):
        if self._manifest is None:
            data = load_json(self.manifest_path, 'manifest')
            if not isinstance(data, dict):
                raise CheckFailed('the manifest is not a JSON object')
            self._manifest = data
        return self._manifest

    @property
    def build(self):
        """Prefix, bindir, source dir and installed paths (relative to the prefix)."""
        if self._build is None:
            info = os.path.join(self.builddir, 'meson-info')
            installed = load_json(os.path.join(info, 'intro-installed.json'), 'install list')
            options = load_json(os.path.join(info, 'intro-buildoptions.json'), 'build options')
            dirs = load_json(os.path.join(info, 'meson-info.json'), 'meson info')['directories']
            values = {o['name']: o['value'] for o in options}
            prefix = values['prefix']
            self._build = {
                'bindir': values['bindir'],
                'source': dirs['source'],
                'installed': {os.path.relpath(p, prefix) for p in installed.values()},
            }
        return self._build


def check_json(ctx):
    ctx.manifest


def check_app_id(ctx):
    app_id = ctx.manifest.get('app-id', ctx.manifest.get('id'))
    if app_id != APP_ID:
        raise CheckFailed(f'app id is {app_id!r}, expected {APP_ID!r}')


def check_command(ctx):
    command = ctx.manifest.get('command')
    if not command:
        raise CheckFailed('no command')
    build = ctx.build
    wanted = os.path.normpath(os.path.join(build['bindir'], command))
    if wanted not in build['installed']:
        programs = sorted(p for p in build['installed']
                          if os.path.dirname(p) == os.path.normpath(build['bindir']))
        raise CheckFailed(f'command {command!r} is not installed to bindir '
                          f'(meson installs there: {programs or "nothing"})')


def split_ref(ref):
    name, _, version = (ref or '').partition('//')
    return name, version


def check_runtime(ctx):
    m = ctx.manifest
    runtime, runtime_version = split_ref(m.get('runtime'))
    sdk, sdk_version = split_ref(m.get('sdk'))
    version = m.get('runtime-version') or runtime_version
    if runtime != RUNTIME:
        raise CheckFailed(f'runtime is {runtime!r}, expected {RUNTIME!r}')
    if sdk != SDK:
        raise CheckFailed(f'sdk is {sdk!r}, expected {SDK!r}')
    if not version:
        raise CheckFailed('no runtime-version')
    if sdk_version and sdk_version != version:
        raise CheckFailed(f'sdk version {sdk_version} differs from runtime version {version}')


def check_supported_runtime(ctx):
    m = ctx.manifest
    version = m.get('runtime-version') or split_ref(m.get('runtime'))[1]
    if version not in SUPPORTED_RUNTIME_VERSIONS:
        raise CheckFailed(f'runtime version {version!r} is not one GNOME still supports '
                          f'({", ".join(SUPPORTED_RUNTIME_VERSIONS)})')


def finish_args(ctx):
    args = ctx.manifest.get('finish-args', [])
    if not isinstance(args, list):
        raise CheckFailed('finish-args is not a list')
    return args


def check_required_args(ctx):
    missing = [a for a in REQUIRED_ARGS if a not in finish_args(ctx)]
    if missing:
        raise CheckFailed(f'finish-args lack {missing}')


def check_forbidden_args(ctx):
    extra = [a for a in finish_args(ctx)
             if a in FORBIDDEN_ARGS or any(a.startswith(p) for p in FORBIDDEN_PREFIXES)]
    if extra:
        raise CheckFailed(f'finish-args grant too much: {extra}')


def check_separate_locales(ctx):
    value = ctx.manifest.get('separate-locales')
    if value is not False:
        raise CheckFailed(f'separate-locales is {value!r}, expected false')


def check_last_module(ctx):
    modules = ctx.manifest.get('modules') or []
    if not modules or not isinstance(modules[-1], dict):
        raise CheckFailed('no modules, or the last one is only a file name')
    module = modules[-1]
    if module.get('buildsystem') != 'meson':
        raise CheckFailed(f'last module builds with {module.get("buildsystem")!r}, not meson')
    if '-Dtests=false' not in module.get('config-opts', []):
        raise CheckFailed('last module does not pass -Dtests=false')
    here = os.path.dirname(os.path.abspath(ctx.manifest_path))
    source = os.path.realpath(ctx.build['source'])
    dirs = [os.path.realpath(os.path.join(here, s.get('path', '')))
            for s in module.get('sources', []) if s.get('type') == 'dir']
    if source not in dirs:
        raise CheckFailed(f'last module does not build from the source tree {source} '
                          f'(its dir sources: {dirs})')


def check_sources_pinned(ctx):
    """Every download is checked against a SHA-256, so a changed file stops the build."""
    unpinned = []
    for module in ctx.manifest.get('modules') or []:
        if not isinstance(module, dict):
            continue
        for source in module.get('sources', []):
            if source.get('type') in ('archive', 'file') and 'url' in source:
                sha = source.get('sha256', '')
                if len(sha) != 64 or any(c not in '0123456789abcdef' for c in sha):
                    unpinned.append(source['url'])
    if unpinned:
        raise CheckFailed(f'downloads without a SHA-256: {unpinned}')


def check_gujarati_font(ctx):
    """The GNOME runtime covers Gujarati only in a serif face: the app brings one."""
    for module in ctx.manifest.get('modules') or []:
        if not isinstance(module, dict):
            continue
        commands = ' '.join(module.get('build-commands', []))
        if 'Gujarati' in commands and '/app/share/fonts/' in commands:
            return
    raise CheckFailed('no module installs a Gujarati font into /app/share/fonts')


def check_exported(relpath):
    def check(ctx):
        if relpath not in ctx.build['installed']:
            raise CheckFailed(f'meson does not install PREFIX/{relpath}')
    return check


CHECKS = [
    ('manifest is valid JSON', check_json),
    (f'app id is {APP_ID}', check_app_id),
    ('command is the program meson installs to bindir', check_command),
    (f'runtime {RUNTIME} and sdk {SDK} of one version', check_runtime),
    ('the runtime is one GNOME still supports', check_supported_runtime),
    ('finish-args grant display, GPU and IPC', check_required_args),
    ('finish-args grant no network, files or buses', check_forbidden_args),
    ('separate-locales is false', check_separate_locales),
    ('last module builds the source tree with meson', check_last_module),
    ('every download is pinned by its SHA-256', check_sources_pinned),
    ('a Gujarati font is installed where fontconfig looks in the sandbox', check_gujarati_font),
] + [(f'{what} is installed as PREFIX/{path}', check_exported(path))
     for what, path in EXPORTED_FILES]


def main(argv):
    if len(argv) != 3:
        print(f'usage: {argv[0]} MANIFEST BUILDDIR', file=sys.stderr)
        return 2
    ctx = Context(argv[1], argv[2])
    print(f'1..{len(CHECKS)}')
    failed = 0
    for number, (name, check) in enumerate(CHECKS, start=1):
        try:
            check(ctx)
        except CheckFailed as e:
            failed += 1
            print(f'not ok {number} - {name} # {e}')
        except (KeyError, TypeError, AttributeError) as e:
            failed += 1
            print(f'not ok {number} - {name} # unexpected structure: {e!r}')
        else:
            print(f'ok {number} - {name}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
