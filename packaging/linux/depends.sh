#!/usr/bin/env bash
# The Debian packages the bundle needs from the system, one per line: measured, not guessed.
#   packaging/linux/depends.sh [BUNDLE_DIR]          (default dist/pakru-desktop)
# Every ELF file of the bundle (both executables, every library, extension module and Qt
# plugin) names the libraries it links (DT_NEEDED); those the bundle does not carry are
# resolved where the loader finds them (ldd, with the bundle's own libraries on the path)
# and each file is mapped to its package (dpkg -S). Their own dependencies are dpkg's
# business. Essential packages are left out (always installed); libc6 gets the newest
# GLIBC_ symbol version the bundle uses as its minimum. `fontconfig` (fc-cache, so that no
# start scans every font) is added as Debian's own libqt6gui6 does. `make test-bare` checks
# that a Debian with only these packages runs the bundle.
set -euo pipefail
bundle=$(realpath "${1:-dist/pakru-desktop}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
libdirs="$bundle/_internal:$bundle/_internal/PySide6/Qt/lib"
find "$bundle" -type f -printf '%f\n' | sort -u > "$work/carried"

find "$bundle" -type f -print0 | while IFS= read -r -d '' file; do
  [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  echo "$file" >> "$work/elf"
  readelf -d "$file" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' |
    grep -vxFf "$work/carried" > "$work/needed" || true
  [ -s "$work/needed" ] || continue
  resolved=$(LD_LIBRARY_PATH="$libdirs" ldd "$file" 2>/dev/null || true)
  while read -r name; do
    # "libfoo.so.1 => /usr/lib/…/libfoo.so.1 (0x…)", or for the loader "/lib64/ld-linux….so.2 (0x…)"
    path=$(awk -v n="$name" '($1 == n && $2 == "=>") { print $3 }
                             (substr($1, 1, 1) == "/" && $1 ~ ("/" n "$")) { print $1 }' <<< "$resolved")
    if [ -z "$path" ] || [ "$path" = "not" ]; then
      echo "depends: $name (needed by ${file#"$bundle"/}) is not on this machine" >&2
      exit 1
    fi
    echo "$path"
  done < "$work/needed" >> "$work/paths"
done

sort -u "$work/paths" | while read -r path; do
  dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null ||
    { echo "depends: no package owns $path" >&2; exit 1; }
done | cut -d: -f1 | sort -u > "$work/packages"
echo fontconfig >> "$work/packages"

glibc=$(while read -r f; do objdump -T "$f" 2>/dev/null; done < "$work/elf" |
        grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
sort -u "$work/packages" | while read -r package; do
  [ "$(dpkg-query -W -f='${Essential}' "$package" 2>/dev/null)" = yes ] && continue
  if [ "$package" = libc6 ]; then echo "libc6 (>= $glibc)"; else echo "$package"; fi
done
