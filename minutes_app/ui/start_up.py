"""What happens once the store is open: the daily backup and, on an empty store, the sample meeting."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.store.database import daily_backup
from minutes_app.ui.ui_settings import SAMPLE_OFFERED_KEY

log = logging.getLogger(__name__)


def run_daily_backup(services: Services) -> str:
    """Back the store up at the first start of a day; returns a status-bar message ("" when none needed)."""
    try:
        made = daily_backup(services.paths, keep=services.settings.get().backups_to_keep)
    except (MinutesError, OSError, sqlite3.Error) as error:
        log.warning("daily backup failed: %s", error)
        return QCoreApplication.translate("StartUp", "The daily backup failed: %1").replace("%1", str(error))
    if made is None:
        return ""
    log.info("daily backup %s", made)
    return QCoreApplication.translate("StartUp", "Daily backup saved: %1").replace("%1", made.name)


def offer_sample_meeting(services: Services, ui_settings: QSettings, parent: QWidget | None) -> bool:
    """On a store without meetings, offer the sample meeting once; True when it was loaded."""
    if services.meetings.list() or ui_settings.value(SAMPLE_OFFERED_KEY, False, type=bool):
        return False
    ui_settings.setValue(SAMPLE_OFFERED_KEY, True)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("StartUp", "Welcome"),
        QCoreApplication.translate(
            "StartUp",
            "There are no meetings yet.\n\nLoad a sample meeting (the Minister of Economy receiving a Russian "
            "delegation) to see how a complete record looks? You can delete it at any time.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    load_demo(services)
    return True
