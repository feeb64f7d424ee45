"""Packaging helpers that run without a bundle: the Windows/macOS icons and the sizes text."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402
import sizes  # noqa: E402


def test_icons_hold_png_images_of_the_desktop_entrys_svg(qapp, tmp_path: Path) -> None:
    make_icons.main(tmp_path)
    ico = (tmp_path / "pakru-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert width == 16 and ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (tmp_path / "pakru-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns[8:12] == b"ic07" and icns[16:24] == b"\x89PNG\r\n\x1a\n"


def test_sizes_text_follows_the_measurement() -> None:
    measured = {"bundle_bytes": 95_988_860, "bundle_files": 345, "tarball_bytes": 42_483_235,
                "deb_bytes": 27_804_184, "qt_bytes": 1, "libpython_bytes": 1,
                "fonts_bytes": 1, "executable_bytes": 1}  # fmt: skip
    text = "a <!-- sizes:sentence -->STALE<!-- /sizes:sentence --> b"
    new = sizes.rewrite(text, sizes.figures(measured))
    assert "91.5 MiB (345 files)" in new and "STALE" not in new and new.startswith("a ")
    assert sizes.rewrite(new, sizes.figures(measured)) == new
