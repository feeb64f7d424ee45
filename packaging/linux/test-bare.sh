#!/usr/bin/env bash
# make test-bare: the .deb on a bare Debian. A minimal Debian 12 root (debootstrap
# --variant=minbase: no X, no fonts, no Qt, no Python beyond what dpkg needs) gets the .deb
# and, through apt, only the packages its Depends name. Then, inside that root and with
# `env -i`: `pakru search`, `pakru-desktop --self-test` (offscreen), and the app on an X
# display whose screen is saved as build/screenshots/bare-xcb.png (text must be drawn).
# The X server (Xvfb) runs outside the root, so the root holds nothing X-related of its own
# beyond the client libraries the .deb declares.
# Needs root, debootstrap and Debian's package mirror (the first run downloads ~40 MB; the
# minimal root is kept in build/bare-base and copied afresh for every run).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" -eq 0 ] || { echo "test-bare: needs root (debootstrap, chroot)" >&2; exit 2; }
deb=$(ls dist/pakru-desktop_*.deb 2> /dev/null | head -n 1)
[ -n "$deb" ] || { echo "test-bare: no .deb in dist/ (make dist)" >&2; exit 2; }
command -v debootstrap > /dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null; }
command -v Xvfb > /dev/null || bash packaging/system-deps.sh screenshots
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=build/bare-base
root=build/bare-root

if [ ! -f "$base/.complete" ]; then
  rm -rf "$base"
  echo "test-bare: debootstrap --variant=minbase bookworm (once)"
  debootstrap --variant=minbase bookworm "$base" "$mirror" > build/bare-debootstrap.log 2>&1 ||
    { tail -n 20 build/bare-debootstrap.log >&2; exit 1; }
  touch "$base/.complete"
fi
rm -rf "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/pakru-desktop.deb"

# Xvfb outside the root; its socket is bound into it, its screen is a file here.
screen=$(mktemp -d)
mkdir -p build/screenshots
Xvfb -displayfd 3 -screen 0 1280x800x24 -fbdir "$screen" -nolisten tcp 3> "$screen/display" \
  2> /dev/null &
xvfb=$!
trap 'kill $xvfb 2> /dev/null || true; rm -rf "$screen"' EXIT
for _ in $(seq 1 40); do [ -s "$screen/display" ] && break; sleep 0.25; done
display=":$(head -n 1 "$screen/display")"

inside() {  # run a script inside the root, with /proc, /dev and the X socket
  unshare -m --propagation private bash -c '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    exec chroot "$root" /bin/sh -c "$1"' inside "$root" "$1"
}

echo "test-bare: installing the .deb with only its Depends"
inside "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends /tmp/pakru-desktop.deb > /tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }"
inside "dpkg-query -W -f='\${Package}\n'" | sort > build/bare-packages.txt
echo "test-bare: $(wc -l < build/bare-packages.txt) packages in the root (build/bare-packages.txt)"
inside "! python3 --version 2> /dev/null" || { echo "test-bare: the root has a python3" >&2; exit 1; }

run() { inside "mkdir -p /tmp/home && env -i PATH=/usr/bin:/bin HOME=/tmp/home $1"; }
echo "test-bare: pakru search"
run "pakru search pipeline" | head -n 1 | grep "2 article(s) match 'pipeline'"
echo "test-bare: pakru-desktop --self-test (offscreen)"
run "pakru-desktop --self-test" | grep "^self-test ok: .*platform offscreen"
echo "test-bare: pakru-desktop --self-test (xcb)"
run "DISPLAY=$display pakru-desktop --self-test" | grep "^self-test ok: .*platform xcb"

echo "test-bare: the window on $display"
run "DISPLAY=$display sh -c 'pakru-desktop & echo \$! > /tmp/app.pid; wait'" > /dev/null 2>&1 &
job=$!
shot=build/screenshots/bare-xcb.png
last="" seen=""
for _ in $(seq 1 60); do  # until a window is drawn and stops changing
  sleep 0.5
  seen=$(python3 packaging/xwd_to_png.py "$screen/Xvfb_screen0" "$shot")
  awk -v s="$seen" 'BEGIN { split(s, f, /[= ]/); exit !(f[2] > 0.2) }' && [ "$seen" = "$last" ] && break
  last=$seen
done
kill "$(cat "$root/tmp/app.pid")"  # the app's own id (one PID namespace with the host)
wait "$job" || true
echo "test-bare: screen $seen ($shot)"
awk -v s="$seen" 'BEGIN { split(s, f, /[= ]/); exit !(f[2] > 0.2 && f[4] > 0.01 && f[4] < 0.5) }' ||
  { echo "test-bare: no window with text drawn; see $shot" >&2; exit 1; }
echo "test-bare: passed"
