"""PyInstaller runtime hook of the app (runs before it): in portable mode, caches go beside
the executable too.

Qt's own files follow paths.portable_dir() (library, settings), but libraries below Qt write
caches of their own to $XDG_CACHE_HOME, by default ~/.cache: fontconfig, when the system's
font cache is missing or stale, writes one there. Pointing XDG_CACHE_HOME into data/ keeps
the promise that a portable install writes nothing to the home folder."""

import os

from pakru_desktop.paths import portable_dir

_data = portable_dir()
if _data is not None:
    os.environ["XDG_CACHE_HOME"] = str(_data / "cache")
