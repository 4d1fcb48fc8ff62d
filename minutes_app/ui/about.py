"""The Help > About box: the app, its version, and where its data, backups and logs live."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app import APP_NAME, __version__
from minutes_app.paths import AppPaths


def about_text(paths: AppPaths) -> str:
    """The About box's rich text."""
    rows = [
        (QCoreApplication.translate("About", "Data file"), paths.display_location()),
        (QCoreApplication.translate("About", "Backups"), str(paths.backups_dir)),
        (QCoreApplication.translate("About", "Log files"), str(paths.log_dir)),
    ]
    purpose = QCoreApplication.translate(
        "About", "Record official meetings, track what was agreed, and write the minutes."
    )
    privacy = QCoreApplication.translate(
        "About", "Everything stays on this computer or your organisation’s own server."
    )
    listing = "".join(f"<tr><td><b>{html.escape(k)}:</b>&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return (
        f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(purpose)}</p>"
        f"<table>{listing}</table>"
        f"<p>{html.escape(privacy)}</p>"
    )


def show_about(parent: QWidget | None, paths: AppPaths) -> None:
    """Show the About box."""
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About %1").replace("%1", APP_NAME), about_text(paths)
    )
