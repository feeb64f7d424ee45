#!/usr/bin/env bash
# From the bundle (make bundle) to what we hand out (make dist):
#   dist/pakru-desktop-VERSION-linux-x86_64.tar.gz   unpack anywhere and run; with a .desktop
#                                                    file, icon and AppStream metainfo
#   dist/pakru-desktop_VERSION_ARCH.deb               installs to /opt/pakru-desktop, with
#                                                    pakru and pakru-desktop in /usr/bin
# Sizes and the measured Depends go to build/dist-report.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/pakru-desktop
linux=packaging/linux
app=org.pakru.PakruDesktop
[ -x "$bundle/pakru" ] || { echo "make-dist: no bundle at $bundle (make bundle)" >&2; exit 2; }
version=$("$bundle/pakru" --version | awk '{ print $2 }')
today=$(date -u +%Y-%m-%d)
arch=$(dpkg --print-architecture)
name=pakru-desktop-$version
tarball=dist/$name-linux-x86_64.tar.gz
deb=dist/pakru-desktop_${version}_$arch.deb
if [ -f "$tarball" ] && [ -f "$deb" ] && [ -f build/dist-report.txt ] &&
   [ -z "$(find "$bundle" "$linux" "$0" -newer "$deb" -print -quit)" ]; then
  echo "make-dist: $tarball and $deb are up to date"
  exit 0
fi

desktop_files() {  # $1: a share/ folder to fill
  install -Dm644 "$linux/$app.desktop" "$1/applications/$app.desktop"
  install -Dm644 "$linux/$app.svg" "$1/icons/hicolor/scalable/apps/$app.svg"
  install -d "$1/metainfo"
  sed "s/@VERSION@/$version/; s/@DATE@/$today/" "$linux/$app.metainfo.xml" \
    > "$1/metainfo/$app.metainfo.xml"
}

# -- the archive ------------------------------------------------------------------------
stage=build/dist-stage
rm -rf "$stage"
mkdir -p "$stage/$name"
cp -a "$bundle/." "$stage/$name/"
desktop_files "$stage/$name/share"
install -m755 "$linux/install-desktop-entry.sh" "$stage/$name/"
tar -C "$stage" --owner=0 --group=0 --sort=name -cf - "$name" | gzip -9n > "$tarball"

# -- the Debian package -----------------------------------------------------------------
root=build/deb-root
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/pakru-desktop"
ln -s /opt/pakru-desktop/pakru "$root/usr/bin/pakru"
ln -s /opt/pakru-desktop/pakru-desktop "$root/usr/bin/pakru-desktop"
desktop_files "$root/usr/share"
depends=$(bash "$linux/depends.sh" "$bundle" | paste -sd, - | sed 's/,/, /g')
cat > "$root/DEBIAN/control" <<CONTROL
Package: pakru-desktop
Version: $version
Architecture: $arch
Maintainer: pakru-desktop developers <pakru-desktop@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: education
Priority: optional
Description: offline library of news articles on Pakistan–Russia relations
 pakru-desktop turns a folder of news articles into a searchable library that
 never touches the network. This package carries its own Python and Qt (in
 /opt/pakru-desktop) and the prebuilt library of its articles.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null

mib() { du -s --apparent-size --block-size=1 "$1" | awk '{ printf "%.1f", $1 / 1048576 }'; }
{
  echo "bundle_mib=$(mib "$bundle")"
  echo "tarball_mib=$(mib "$tarball")"
  echo "deb_mib=$(mib "$deb")"
  echo "depends=$depends"
} > build/dist-report.txt
echo "make-dist: $tarball ($(mib "$tarball") MiB), $deb ($(mib "$deb") MiB);" \
     "bundle $(mib "$bundle") MiB"
echo "make-dist: Depends: $depends"
