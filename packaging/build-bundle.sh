#!/usr/bin/env bash
# Build the one-folder bundle dist/pakru-desktop (both executables) from SEEDS (default seeds/).
#   packaging/build-bundle.sh [SEEDS]      (make bundle [SEEDS=DIR])
#   PAKRU_DIST=DIR                         put the bundle in DIR/pakru-desktop instead of dist/
# The seeds' library is built first by `pakru build-collection`, the same code path as any
# import, and goes into the bundle prebuilt: the first start copies it instead of indexing.
# An up-to-date bundle (same seeds, no input newer than it) is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=$(realpath "${1:-seeds}")
[ -d "$seeds" ] || { echo "build-bundle: no seeds folder at $seeds" >&2; exit 2; }
bin=$PWD/.venv/bin
out=$(realpath -m "${PAKRU_DIST:-dist}")
work=build/$(echo "$out" | md5sum | cut -c1-8)  # one work folder per output folder
stamp=$work/bundle.stamp
want="seeds=$seeds full_icu=${PAKRU_FULL_ICU:-0} debug=${PAKRU_BUNDLE_DEBUG:-0}"
if [ -f "$stamp" ] && [ -x "$out/pakru-desktop/pakru-desktop" ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -z "$(find src resources packaging "$seeds" pyproject.toml -newer "$stamp" -type f \
            -not -name '*.pyc' -print -quit)" ]; then
  echo "build-bundle: $out/pakru-desktop is up to date ($want)"
  exit 0
fi
rm -f "$stamp"
mkdir -p "$work"
start=$(date +%s.%N)
rm -rf "$work/prebuilt"
$bin/python packaging/translations.py release  # the interface's .qm files
# the seeds' library, by the same code path as any import (and its manifest)
$bin/pakru build-collection "$seeds" -o "$work/prebuilt/library.sqlite3" | tail -n 1
PAKRU_SEEDS="$seeds" PAKRU_PREBUILT="$PWD/$work/prebuilt/library.sqlite3" \
  $bin/pyinstaller --noconfirm --log-level WARN --distpath "$out" \
  --workpath "$work/pyinstaller" packaging/pakru-desktop.spec
end=$(date +%s.%N)
seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")
printf '%s\n' "$seconds" > "$work/bundle-seconds.txt"
echo "$want" > "$stamp"
echo "build-bundle: $out/pakru-desktop in $seconds s, $(du -sm "$out/pakru-desktop" | cut -f1) MiB"
