"""`python -m pakru_desktop` opens the desktop app (also the PyInstaller entry point)."""

import multiprocessing
import sys

# Absolute: PyInstaller runs this file as a script, with no package to be relative to.
from pakru_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app's import workers start through here
    sys.exit(main())
