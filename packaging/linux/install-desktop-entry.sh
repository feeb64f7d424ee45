#!/bin/sh
# Adds pakru-desktop to your desktop's application menu (for the .tar.gz; the .deb does this
# itself). Run it from the unpacked folder; nothing outside ~/.local/share is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$share/applications" "$share/icons/hicolor/scalable/apps" "$share/metainfo"
sed "s|^Exec=pakru-desktop|Exec=\"$here/pakru-desktop\"|" \
  "$here/share/applications/org.pakru.PakruDesktop.desktop" \
  > "$share/applications/org.pakru.PakruDesktop.desktop"
cp "$here/share/icons/hicolor/scalable/apps/org.pakru.PakruDesktop.svg" \
  "$share/icons/hicolor/scalable/apps/"
echo "pakru-desktop is in your application menu; it runs from $here"
