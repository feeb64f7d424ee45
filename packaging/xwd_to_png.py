"""Screenshots without screenshot tools: Xvfb -fbdir keeps its screen as an XWD file; this turns
it into a PNG and says how much of it is ink (for "does text render?").

    python3 packaging/xwd_to_png.py XWD_FILE PNG_FILE     → prints "drawn=FRACTION ink=FRACTION"

Standard library only, so it runs beside a bare Debian root as well as in the test suite.
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path


def read_xwd(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, RGB rows) of a 24/32-bit ZPixmap XWD file (what Xvfb writes)."""
    data = path.read_bytes()
    fields = struct.unpack(">25I", data[:100])
    header_size, _version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = (
        fields[7],
        fields[11],
        fields[12],
        fields[19],
    )
    if pixmap_format != 2 or depth != 24 or bits_per_pixel != 32:
        raise ValueError(
            f"unsupported XWD: format {pixmap_format}, depth {depth}, {bits_per_pixel} bpp"
        )
    start = header_size + ncolors * 12
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line : start + y * bytes_per_line + width * 4]
        if byte_order == 0:  # LSBFirst: B, G, R, unused
            blue, green, red = line[0::4], line[1::4], line[2::4]
        else:
            red, green, blue = line[1::4], line[2::4], line[3::4]
        row = bytearray(width * 3)
        row[0::3], row[1::3], row[2::3] = red, green, blue
        rows.append(bytes(row))
    return width, height, rows


def write_png(path: Path, width: int, height: int, rows: list[bytes]) -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    raw = b"".join(b"\x00" + row for row in rows)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def measure(rows: list[bytes]) -> tuple[float, float]:
    """(drawn, ink): the share of the screen that windows cover (X's empty screen is pure
    black), and the share of that which is dark: text, frame lines, icons."""
    drawn = dark = total = 0
    for row in rows:
        for r, g, b in zip(row[0::3], row[1::3], row[2::3], strict=True):
            if r or g or b:
                drawn += 1
                dark += r + g + b < 300
        total += len(row) // 3
    return (drawn / total if total else 0.0), (dark / drawn if drawn else 0.0)


def convert(xwd: Path, png: Path) -> tuple[float, float]:
    width, height, rows = read_xwd(xwd)
    write_png(png, width, height, rows)
    return measure(rows)


if __name__ == "__main__":
    drawn, ink = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"drawn={drawn:.4f} ink={ink:.4f}")
