"""`python -m pakru_desktop` opens the desktop app (also the PyInstaller entry point)."""

import sys

from .app import main

if __name__ == "__main__":
    sys.exit(main())
