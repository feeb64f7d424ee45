#!/bin/sh
# Adds pakru-desktop to your desktop's application menu (for the .tar.gz; the .deb does this
# itself). Run it from the unpacked folder; nothing outside ~/.local/share is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$share/applications" "$share/icons/hicolor/scalable/apps" "$share/metainfo" \
  "$share/mime/packages"
sed "s|^Exec=pakru-desktop|Exec=\"$here/pakru-desktop\"|" \
  "$here/share/applications/org.pakru.PakruDesktop.desktop" \
  > "$share/applications/org.pakru.PakruDesktop.desktop"
cp "$here/share/icons/hicolor/scalable/apps/org.pakru.PakruDesktop.svg" \
  "$share/icons/hicolor/scalable/apps/"
# .pakru collections open in pakru-desktop on a double-click
cp "$here/share/mime/packages/org.pakru.PakruDesktop.xml" "$share/mime/packages/"
if command -v update-mime-database > /dev/null; then update-mime-database "$share/mime"; fi
if command -v update-desktop-database > /dev/null; then
  update-desktop-database "$share/applications"
fi
echo "pakru-desktop is in your application menu; it runs from $here"
