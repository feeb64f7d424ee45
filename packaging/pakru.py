"""The `pakru` console executable of the bundle (PyInstaller needs a script, not a module).

Its Analysis excludes PySide6, so the command line can never load Qt."""

import multiprocessing
import sys

from pakru_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the import's reader workers start through here
    sys.exit(main())
