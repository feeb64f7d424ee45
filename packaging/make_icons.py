"""The app icon for Windows (.ico) and macOS (.icns), drawn from the one SVG the Linux desktop
entry uses (packaging/linux/org.pakru.PakruDesktop.svg), so the three platforms show one icon.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py OUT_DIR   (build-bundle.sh)

Both formats may hold PNG images, which Qt's SVG renderer writes; the containers are a few
bytes of header each (ICO: Microsoft's ICONDIR; ICNS: Apple's `icns` with ic07…ic10 PNG
entries), written here so that no icon tool is needed on any build machine.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "packaging/linux/org.pakru.PakruDesktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(size: int) -> bytes:
    """The SVG drawn as a size×size PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An .icns holding PNG images (macOS 10.7 and later read them)."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
                    for size, png in sorted(images.items()))  # fmt: skip
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841 (QPainter)
    out.mkdir(parents=True, exist_ok=True)
    (out / "pakru-desktop.ico").write_bytes(ico({s: render_png(s) for s in ICO_SIZES}))
    (out / "pakru-desktop.icns").write_bytes(icns({s: render_png(s) for s in ICNS_TYPES}))
    print(f"make_icons: {out}/pakru-desktop.ico and .icns from {SVG.name}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_DIR")
    main(Path(sys.argv[1]))
