"""`python -m minutes_app` is `minutes-app`."""

import sys

from minutes_app import start_gc

start_gc.hold()  # until the window has painted (ui/app.py), or the command line's parsing (cli/main.py)

from minutes_app.cli.main import main  # noqa: E402 - after hold(): the imports are most of what it saves

sys.exit(main())
