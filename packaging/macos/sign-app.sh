#!/usr/bin/env bash
# Sign the .app from the inside out, each piece once, as Apple asks (no `codesign --deep`:
# it signs nested code with the outer code's options and entitlements, and hides which piece
# fails). With MACOS_CERTIFICATE (a base64 .p12), MACOS_CERTIFICATE_PASSWORD and
# MACOS_SIGNING_IDENTITY the project's identity signs, with the hardened runtime and a secure
# timestamp (notarisation needs both); without them the app is signed ad hoc.
#   packaging/macos/sign-app.sh dist/pakru-desktop.app        (the installers workflow)
# The identity lives in a temporary keychain made for this run. Its key's partition list is
# set (`security set-key-partition-list`) so that codesign may use the key without a dialog:
# without it, codesign waits forever for a click nobody can give on a CI machine.
set -euo pipefail
app=${1:?usage: sign-app.sh APP}
identity=-
options=()
if [ -n "${MACOS_CERTIFICATE:-}" ]; then
  keychain="$RUNNER_TEMP/pakru-signing.keychain-db"
  password=$(uuidgen)
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/pakru-cert.p12"
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"  # locks again after an hour
  security unlock-keychain -p "$password" "$keychain"
  security import "$RUNNER_TEMP/pakru-cert.p12" -k "$keychain" \
    -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign -T /usr/bin/security
  rm -f "$RUNNER_TEMP/pakru-cert.p12"
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain" \
    > /dev/null
  # the temporary keychain first, the user's own after it
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  identity=$MACOS_SIGNING_IDENTITY
  options=(--options runtime --timestamp)
fi
# (the ${…+…} form: bash 3.2, macOS's own, calls an empty array unbound under set -u)
sign() { codesign --force --sign "$identity" ${options[@]+"${options[@]}"} "$1"; }
# every Mach-O file inside (libraries, Python extensions, Qt plugins, the two programs),
# deepest first, then the .app itself
find "$app/Contents" -type f -print0 | while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q 'Mach-O'; then
    printf '%s\t%s\n' "$(tr -cd / <<< "$file" | wc -c)" "$file"
  fi
done | sort -rn | cut -f2- | while IFS= read -r file; do sign "$file"; done
sign "$app"
codesign --verify --strict --verbose=2 "$app"
