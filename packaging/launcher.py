"""The bundle's entry point: `minutes-app-gui` opens the desktop app, `minutes-app` is the command line.

Both executables of the PyInstaller bundle run this one script (one analysis, one set of libraries);
the executable's own name says which entry point it is.
"""

import sys
from pathlib import Path

from minutes_app import start_gc

start_gc.hold()  # until the window has painted, or the command line's parsing (minutes_app/start_gc.py)

from minutes_app.cli.main import gui_main, main  # noqa: E402 - after hold(): the imports are most of what it saves

if __name__ == "__main__":
    entry = gui_main if Path(sys.executable).stem.endswith("-gui") else main
    sys.exit(entry())
