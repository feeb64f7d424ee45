#!/usr/bin/env bash
# Build the one-folder bundle dist/pakru-desktop (both executables) from SEEDS (default seeds/).
#   packaging/build-bundle.sh [SEEDS]      (make bundle [SEEDS=DIR])
# The seeds' library is built first by `pakru build-collection`, the same code path as any
# import, and goes into the bundle prebuilt: the first start copies it instead of indexing.
# An up-to-date bundle (same seeds, no input newer than it) is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=$(realpath "${1:-seeds}")
[ -d "$seeds" ] || { echo "build-bundle: no seeds folder at $seeds" >&2; exit 2; }
bin=.venv/bin
stamp=build/bundle.stamp
want="seeds=$seeds full_icu=${PAKRU_FULL_ICU:-0} debug=${PAKRU_BUNDLE_DEBUG:-0}"
if [ -f "$stamp" ] && [ -x dist/pakru-desktop/pakru-desktop ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -z "$(find src resources packaging "$seeds" pyproject.toml -newer "$stamp" -type f \
            -not -name '*.pyc' -print -quit)" ]; then
  echo "build-bundle: dist/pakru-desktop is up to date ($want)"
  exit 0
fi
rm -f "$stamp"
start=$(date +%s.%N)
rm -rf build/prebuilt
$bin/pakru build-collection "$seeds" -o build/prebuilt/library.sqlite3 | tail -n 1
PAKRU_SEEDS="$seeds" PAKRU_PREBUILT="$PWD/build/prebuilt/library.sqlite3" \
  $bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/pakru-desktop.spec
end=$(date +%s.%N)
seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")
printf '%s\n' "$seconds" > build/bundle-seconds.txt
echo "$want" > "$stamp"
echo "build-bundle: dist/pakru-desktop in ${seconds%.*} s, $(du -sm dist/pakru-desktop | cut -f1) MiB"
