"""Which store is open, in words: for the window title and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app import APP_NAME
from minutes_app.paths import AppPaths


def store_caption(paths: AppPaths) -> str:
    """ "My computer" or "Team server: NAME (host:port/database)"."""
    if paths.is_sqlite:
        return QCoreApplication.translate("StoreCaption", "My computer")
    where = paths.display_location().split("://", 1)[-1].split("@", 1)[-1].split("?", 1)[0]
    name = paths.server_name or where
    return QCoreApplication.translate("StoreCaption", "Team server: %1 (%2)").replace("%1", name).replace("%2", where)


def app_title(paths: AppPaths) -> str:
    """ "Minutes App — My computer" or "Minutes App — Team server: NAME (host:port/database)"."""
    return f"{APP_NAME} — {store_caption(paths)}"


def status_caption(paths: AppPaths) -> str:
    """The status bar's permanent text: the caption, and the file on My computer."""
    if paths.db_file is not None:
        return QCoreApplication.translate("StoreCaption", "My computer: %1").replace("%1", str(paths.db_file))
    return store_caption(paths)
