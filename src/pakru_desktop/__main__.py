"""`python -m pakru_desktop` opens the desktop app (also the PyInstaller entry point)."""

import sys

# Absolute: PyInstaller runs this file as a script, where a relative import has no package.
from pakru_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
