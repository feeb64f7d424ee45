#!/usr/bin/env bash
# Debian packages Qt needs at run time, installed only when missing.
#   system-deps.sh test         offscreen Qt (the test suite, CI), plus for the screen-reader
#                               test a real X server, D-Bus, the AT-SPI bus and pyatspi
#   system-deps.sh gui          a real window (xcb), for `make run`
#   system-deps.sh screenshots  gui + Xvfb, for `make screenshots`
#   system-deps.sh bundle       gui + Xvfb + what building and checking the bundle uses
#                               (PyInstaller's objdump, icupkg and gcc for the ICU subset,
#                               libcups2 for the print plugin, desktop-file-validate)
set -euo pipefail
mode=${1:-test}
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
# xcb: a real window (tests/test_accessibility.py runs the app under Xvfb like `make run`)
pkgs+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
       libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libx11-xcb1)
[ "$mode" = test ] && pkgs+=(xvfb dbus at-spi2-core python3-pyatspi)
[ "$mode" = screenshots ] || [ "$mode" = bundle ] && pkgs+=(xvfb x11-utils)
[ "$mode" = bundle ] && pkgs+=(binutils gcc icu-devtools libcups2 desktop-file-utils xauth)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "system-deps: not a Debian system; make sure Qt's libraries are present: ${missing[*]}" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
