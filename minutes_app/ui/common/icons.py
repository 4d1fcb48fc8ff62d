"""The app's icons, from the SVG files bundled in minutes_app/resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from minutes_app.resource_files import resources_dir

APP_ICON_FILE = "minutes-app.svg"


def app_icon() -> QIcon:
    """The application and window icon."""
    return QIcon(str(resources_dir() / "icons" / APP_ICON_FILE))
