"""``python -m desktop_app`` and the PyInstaller entry point."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the index build uses worker processes, also when frozen
    sys.exit(main())
