"""Minutes App: record official meetings, track follow-ups, write the minutes."""

__version__ = "0.1.0"
APP_NAME = "Minutes App"
APP_ID = "minutes-app"
