#!/usr/bin/env bash
# From the bundle (make bundle) to what we hand out (make dist):
#   dist/pakru-desktop-VERSION-linux-x86_64.tar.gz   unpack anywhere and run; with a .desktop
#                                                    file, icon, AppStream metainfo, man
#                                                    pages and bash/zsh/fish completions
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
arch=$(dpkg --print-architecture)
name=pakru-desktop-$version
tarball=dist/$name-linux-x86_64.tar.gz
deb=dist/pakru-desktop_${version}_$arch.deb
if [ -f "$tarball" ] && [ -f "$deb" ] && [ -f build/dist-report.txt ] &&
   [ -z "$(find "$bundle" "$linux" "$0" packaging/gen_docs.py packaging/project_info.py \
            pyproject.toml src/pakru_desktop/cli*.py src/pakru_desktop/app.py \
            -newer "$deb" -print -quit)" ]; then
  echo "make-dist: $tarball and $deb are up to date"
  exit 0
fi

info() { python3 packaging/project_info.py "$1"; }
docs=build/docs  # man pages and completions, made from the parsers
rm -rf "$docs"
.venv/bin/python packaging/gen_docs.py "$docs" > /dev/null

share_files() {  # $1: a share/ folder to fill
  install -Dm644 "$linux/$app.desktop" "$1/applications/$app.desktop"
  install -Dm644 "$linux/$app.svg" "$1/icons/hicolor/scalable/apps/$app.svg"
  install -Dm644 "$linux/$app.xml" "$1/mime/packages/$app.xml"  # .pakru collections
  install -d "$1/metainfo" "$1/man/man1"
  info metainfo > "$1/metainfo/$app.metainfo.xml"
  for page in "$docs"/man/man1/*.1; do gzip -9n < "$page" > "$1/man/man1/$(basename "$page").gz"; done
  (cd "$docs/completions" && find . -type f -exec install -Dm644 {} "$OLDPWD/$1/{}" \;)
}

# -- the archive ------------------------------------------------------------------------
stage=build/dist-stage
rm -rf "$stage"
mkdir -p "$stage/$name"
cp -a "$bundle/." "$stage/$name/"
share_files "$stage/$name/share"
install -m755 "$linux/install-desktop-entry.sh" "$stage/$name/"
tar -C "$stage" --owner=0 --group=0 --sort=name -cf - "$name" | gzip -9n > "$tarball"

# -- the Debian package -----------------------------------------------------------------
root=build/deb-root
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/pakru-desktop"
ln -s /opt/pakru-desktop/pakru "$root/usr/bin/pakru"
ln -s /opt/pakru-desktop/pakru-desktop "$root/usr/bin/pakru-desktop"
share_files "$root/usr/share"
doc=$root/usr/share/doc/pakru-desktop
install -d "$doc" "$root/usr/share/lintian/overrides"
info copyright > "$doc/copyright"
info changelog | gzip -9n > "$doc/changelog.gz"  # a native package: changelog, not .Debian
overrides=$root/usr/share/lintian/overrides/pakru-desktop
install -m644 "$linux/lintian-overrides" "$overrides"
# Everything under /opt is there by design (the comment in lintian-overrides): each path is
# named, so the list is exactly what this package installs.
(cd "$root" && find opt -mindepth 1 \( -type d -printf '%p/\n' -o -print \) | sort |
   sed 's|^|pakru-desktop: dir-or-file-in-opt [|; s|$|]|') >> "$overrides"
# The DejaVu fonts are Debian's own, the very files of fonts-dejavu-core/-extra (lintian:
# duplicate-font-file): link them, don't copy them (those packages are 3 MB together).
# The Urdu font (Noto Naskh Arabic, 357 KB) ships in the package: linking it would make the
# .deb depend on fonts-noto-core, 42 MB of fonts for the one we use.
fonts=$root/opt/pakru-desktop/_internal/resources/fonts
for font in "$fonts"/DejaVu*.ttf; do
  ln -sf "/usr/share/fonts/truetype/dejavu/$(basename "$font")" "$font"
done
# Shared libraries need no execute bit (PySide6's wheel sets it on Qt's).
find "$root/opt" -type f -name '*.so*' -exec chmod 644 {} +
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum |
   sed 's|  \./|  |') > "$root/DEBIAN/md5sums"
depends=$(bash "$linux/depends.sh" "$bundle" | paste -sd, - | sed 's/,/, /g')
depends="$depends, fonts-dejavu-core, fonts-dejavu-extra"
cat > "$root/DEBIAN/control" <<CONTROL
Package: pakru-desktop
Version: $version
Architecture: $arch
Maintainer: $(info maintainer)
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: education
Priority: optional
Homepage: $(info homepage)
Description: offline library of news articles on Pakistan-Russia relations
 pakru-desktop turns a folder of news articles into a searchable library that
 never touches the network. This package carries its own Python and Qt (in
 /opt/pakru-desktop) and the prebuilt library of its articles.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null

# The sizes README and RESULTS state are written from this measurement (packaging/sizes.py).
.venv/bin/python packaging/sizes.py measure "$bundle" "$tarball" "$deb" > build/sizes.toml
.venv/bin/python packaging/sizes.py write build/sizes.toml
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
