#!/usr/bin/env bash
# Build the one-folder bundle dist/pakru-desktop (both executables) from SEEDS (default seeds/).
#   packaging/build-bundle.sh [SEEDS]      (make bundle [SEEDS=DIR])
#   PAKRU_DIST=DIR                         put the bundle in DIR/pakru-desktop instead of dist/
#   PAKRU_VENV_BIN=DIR                     the venv's programs (default .venv/bin; Windows:
#                                          .venv/Scripts). Runs on Linux, macOS and Windows
#                                          (Git Bash): the installers workflow uses it too.
# The seeds' library is built first by `pakru build-collection`, the same code path as any
# import, and goes into the bundle prebuilt: the first start copies it instead of indexing.
# With PAKRU_COLLECTION=FILE (make dist COLLECTION=FILE) the bundle carries that signed
# collection instead: it must verify, it becomes the prebuilt library as it is (no seeds are
# added to it), and its signer's key is pinned (resources/trusted-keys/ of the bundle), so the
# installed app reports any other or unsigned collection as untrusted.
# An up-to-date bundle (same seeds, no input newer than it) is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PAKRU_VENV_BIN:-$PWD/.venv/bin}
abspath() { "$bin/python" -c 'import os, sys; print(os.path.abspath(sys.argv[1]))' "$1"; }
seeds=$(abspath "${1:-seeds}")
[ -d "$seeds" ] || { echo "build-bundle: no seeds folder at $seeds" >&2; exit 2; }
out=$(abspath "${PAKRU_DIST:-dist}")
work=build/$(echo "$out" | cksum | cut -d' ' -f1)  # one work folder per output folder
stamp=$work/bundle.stamp
collection=${PAKRU_COLLECTION:+$(abspath "$PAKRU_COLLECTION")}
want="seeds=$seeds collection=$collection full_icu=${PAKRU_FULL_ICU:-0} debug=${PAKRU_BUNDLE_DEBUG:-0}"
if [ -f "$stamp" ] && [ -x "$out/pakru-desktop/pakru-desktop" ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -z "$(find src resources packaging "$seeds" pyproject.toml -newer "$stamp" -type f \
            -not -name '*.pyc' -print -quit)" ]; then
  echo "build-bundle: $out/pakru-desktop is up to date ($want)"
  exit 0
fi
rm -f "$stamp"
mkdir -p "$work"
start=$SECONDS
rm -rf "$work/prebuilt"
$bin/python packaging/translations.py release  # the interface's .qm files
rm -rf "$work/trusted-keys" "$work/no-seeds"
if [ -n "$collection" ]; then
  # the librarian's signed collection, checked as a reader would check it, and its key pinned
  "$bin/pakru" verify "$collection" || { echo "build-bundle: $collection does not verify" >&2; exit 2; }
  mkdir -p "$work/prebuilt" "$work/trusted-keys" "$work/no-seeds"
  cp "$collection" "$work/prebuilt/library.sqlite3"
  "$bin/python" -c 'import sqlite3, sys
from pakru_desktop.pipeline.signing import signer_public_file
row = sqlite3.connect(sys.argv[1]).execute("SELECT value FROM meta WHERE key = ?", ("signature",)).fetchone()
open(sys.argv[2], "w", encoding="utf-8").write(signer_public_file(row[0] if row else None))' \
    "$collection" "$work/trusted-keys/librarian.pub"
  seeds=$(abspath "$work/no-seeds")  # nothing is added to the librarian's collection
else
  # the seeds' library, by the same code path as any import (and its manifest)
  $bin/pakru build-collection "$seeds" -o "$work/prebuilt/library.sqlite3" | tail -n 1
fi
# the Windows and macOS icons, drawn from the desktop entry's SVG
icons=$(abspath "$work/icons")  # a path Python reads on Windows too
QT_QPA_PLATFORM=offscreen $bin/python packaging/make_icons.py "$icons"
PAKRU_SEEDS="$seeds" PAKRU_PREBUILT="$PWD/$work/prebuilt/library.sqlite3" \
  PAKRU_ICONS="$icons" \
  PAKRU_TRUSTED_KEYS_DIR="${collection:+$PWD/$work/trusted-keys}" \
  $bin/pyinstaller --noconfirm --log-level WARN --distpath "$out" \
  --workpath "$work/pyinstaller" packaging/pakru-desktop.spec
# Python built by pyenv or in a CI image keeps its build folder in its RUNPATH; a shipped
# library must not search the build machine's folders (lintian: custom-library-search-path).
find "$out/pakru-desktop" -type f -name '*.so*' -print0 |
  while IFS= read -r -d '' lib; do
    runpath=$({ readelf -d "$lib" 2>/dev/null || true; } | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
    [ -n "$runpath" ] || continue
    IFS=: read -ra entries <<< "$runpath"
    keep=() outside=0
    for entry in "${entries[@]}"; do
      if [[ $entry == '$ORIGIN'* ]]; then keep+=("$entry"); else outside=1; fi
    done
    [ "$outside" = 1 ] || continue
    if [ ${#keep[@]} -gt 0 ]; then
      patchelf --set-rpath "$(IFS=:; echo "${keep[*]}")" "$lib"
    else
      patchelf --remove-rpath "$lib"
    fi
  done
# our licence and every bundled component's (LICENSE, THIRD-PARTY-NOTICES.md, licenses/):
# only the components PyInstaller's tables of contents show in the bundle
$bin/python packaging/notices.py "$out/pakru-desktop" "$work/pyinstaller"
seconds=$((SECONDS - start))
printf '%s\n' "$seconds" > "$work/bundle-seconds.txt"
echo "$want" > "$stamp"
echo "build-bundle: $out/pakru-desktop in $seconds s, $(du -sm "$out/pakru-desktop" | cut -f1) MiB"
