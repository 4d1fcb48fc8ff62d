"""`python -m minutes_app` is `minutes-app`."""

import sys

from minutes_app.cli.main import main

sys.exit(main())
