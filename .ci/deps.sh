#!/usr/bin/env bash
# Installs what building, running and testing Back Pain Guide needs on
# Debian 12, with apt-get; does nothing for packages already there.
set -euo pipefail

packages=(
  # build
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  # data validation
  desktop-file-utils appstream
  # running, and the tests: X server, D-Bus, accessibility bus, fonts, icons
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-gi gir1.2-atspi-2.0
  fonts-cantarell adwaita-icon-theme librsvg2-common
  # Gujarati script (DejaVu Sans, which GTK brings, has Arabic; fonts-noto-core
  # would make Noto Sans the default and move the chart and PDF tests' text)
  fonts-lohit-gujr
  # tests: PDF text, a non-C locale for translation tests, sanitizers, fuzzing
  poppler-utils locales clang
  # the screen-reader test: Orca itself, its speech written to a debug file
  orca
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" < /dev/null
fi

# A non-C locale, so tests can load a translation (gettext ignores them in C).
if ! locale -a 2>/dev/null | grep -qi '^en_GB\.utf-\?8$'; then
  sed -i 's/^# *\(en_GB.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  locale-gen >/dev/null
fi

# Each shipped language's locale, so dates use its month names (the app
# switches LC_TIME with the language; without them dates stay in English).
for l in pl_PL gu_IN ar_EG; do
  # localedef, not locale-gen: Debian lists some of them (gu_IN) without
  # ".UTF-8", and then locale-gen names them in a way setlocale() does not
  # find under "$l.UTF-8".
  if ! locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$"; then
    localedef -i "$l" -f UTF-8 "$l.UTF-8"
  fi
done
