"""What happens once the store is open: the daily backup, the sample meeting on an empty store, the
summary of follow-ups to attend to."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.records import FollowUpRow
from minutes_app.services import Services
from minutes_app.services.backups import daily_backup, is_disk_full
from minutes_app.services.presets import DUE_THIS_WEEK, OVERDUE, built_in_presets

# The summary dialog and the sample meeting are imported when shown, not before the window's first paint.
if TYPE_CHECKING:
    from minutes_app.ui.tracker.summary_dialog import FollowUpSummaryDialog

log = logging.getLogger(__name__)


def run_daily_backup(services: Services) -> str:
    """Back the store up at the first start of a day; returns a status-bar message ("" when none needed)."""
    if services.store.read_only:
        return ""  # its folder cannot hold a backup; the banner says the store is read-only
    try:
        made = daily_backup(services.paths, keep=services.settings.get().backups_to_keep)
    except (MinutesError, OSError, sqlite3.Error) as error:
        log.warning("daily backup failed: %s", error)
        if is_disk_full(error):
            return QCoreApplication.translate(
                "StartUp", "The daily backup was not made: the disk is full. Free some space; your data is unchanged."
            )
        return QCoreApplication.translate("StartUp", "The daily backup failed: %1").replace("%1", str(error))
    if made is None:
        return ""
    log.info("daily backup %s", made)
    return QCoreApplication.translate("StartUp", "Daily backup saved: %1").replace("%1", made.name)


class _BackupReporter(QObject):
    """Carries the backup thread's message to the GUI thread.

    It lives in the GUI thread, so its own slot runs there: a signal emitted from another thread
    to a QObject's slot is queued.
    """

    finished = Signal(str)

    def __init__(self, report: Callable[[str], None]) -> None:
        super().__init__()
        self._report = report
        self.finished.connect(self._deliver)

    @Slot(str)
    def _deliver(self, message: str) -> None:
        if message:
            self._report(message)


def start_daily_backup(services: Services, report: Callable[[str], None]) -> threading.Thread:
    """Run the daily backup beside the open window, so a large store does not delay the start.

    The thread is not a daemon: the process waits for it at exit rather than leave a partial file.
    """
    reporter = _BackupReporter(report)

    def work() -> None:
        reporter.finished.emit(run_daily_backup(services))

    thread = threading.Thread(target=work, name="daily-backup")
    thread.reporter = reporter  # type: ignore[attr-defined]  # keep the QObject alive with the thread
    thread.start()
    return thread


def offer_sample_meeting(services: Services, parent: QWidget | None) -> bool:
    """On a data folder (or file, or database) this start created, welcome the officer and offer the sample meeting; True when it was loaded.

    It follows the store, not the person: every new data folder is welcomed once, and one that
    already existed (even empty) never is.
    """
    if services.store.read_only or not services.store.created:
        return False  # read-only: nothing can be written; not created now: welcomed when it was
    if services.meetings.any_exist():
        return False
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
    from minutes_app.ui.startup.sample_loading import load_sample_and_confirm

    load_sample_and_confirm(services, parent)
    return True


@dataclasses.dataclass(frozen=True)
class SummaryRows:
    """What the follow-up summary shows: the first rows and the counts of overdue and due-this-week follow-ups."""

    rows: dict[str, list[FollowUpRow]]
    counts: dict[str, int]


def read_follow_up_summary(services: Services, *, today: dt.date | None = None) -> SummaryRows | None:
    """The summary's rows and counts; None when reminders are off or nothing is overdue or due this week."""
    if not services.settings.get().reminders:
        return None
    from minutes_app.ui.tracker.summary_dialog import SHOWN_PER_GROUP

    presets = built_in_presets()
    rows: dict[str, list[FollowUpRow]] = {}
    counts: dict[str, int] = {}
    for key in (OVERDUE, DUE_THIS_WEEK):
        counts[key] = services.follow_ups.count(presets[key], today=today)
        rows[key] = services.follow_ups.list_follow_ups(
            presets[key], today=today, with_last_note=False, limit=SHOWN_PER_GROUP
        )
    if not counts[OVERDUE] and not counts[DUE_THIS_WEEK]:
        return None
    return SummaryRows(rows, counts)


def show_follow_up_summary(
    services: Services,
    parent: QWidget,
    show_preset: Callable[[str], None],
    *,
    today: dt.date | None = None,
) -> FollowUpSummaryDialog | None:
    """Unless turned off, a non-modal summary of overdue and due-this-week follow-ups (None when there are none)."""
    summary = read_follow_up_summary(services, today=today)
    return None if summary is None else show_summary_dialog(services, summary, parent, show_preset)


def show_summary_dialog(
    services: Services, summary: SummaryRows, parent: QWidget, show_preset: Callable[[str], None]
) -> FollowUpSummaryDialog:
    """Show the non-modal summary of `summary`'s follow-ups."""
    from minutes_app.ui.tracker.summary_dialog import FollowUpSummaryDialog

    rows, counts = summary.rows, summary.counts
    dialog = FollowUpSummaryDialog(
        overdue=rows[OVERDUE],
        overdue_count=counts[OVERDUE],
        due_soon=rows[DUE_THIS_WEEK],
        due_soon_count=counts[DUE_THIS_WEEK],
        parent=parent,
        read_only=services.store.read_only,
    )

    def switch_reminders(on: bool) -> None:
        if services.store.read_only:
            return  # the box is disabled there: nothing can be saved
        services.settings.save(dataclasses.replace(services.settings.get(), reminders=on))

    dialog.reminders_switched.connect(switch_reminders)
    dialog.preset_requested.connect(show_preset)
    dialog.show()
    return dialog


class _SummaryCarrier(QObject):
    """Carries the summary read in a thread to the GUI thread, where its dialog is built.

    It lives in the GUI thread, so its own slot runs there (see _BackupReporter).
    """

    arrived = Signal(object)

    def __init__(self, parent: QWidget, show: Callable[[SummaryRows], object]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show = show
        self.arrived.connect(self._deliver)

    @Slot(object)
    def _deliver(self, summary: object) -> None:
        if not isinstance(summary, SummaryRows) or not self._parent.isVisible():
            return  # nothing to attend to, or the window closed while the summary was read
        self._show(summary)
        asking = QApplication.activeModalWidget()
        if asking is not None:  # a question asked meanwhile (the recovery offer) stays on top
            asking.raise_()
            asking.activateWindow()


def start_follow_up_summary(
    services: Services, parent: QWidget, show_preset: Callable[[str], None]
) -> threading.Thread:
    """Read the summary beside the open window and show it when it arrives: the start-up never blocks on its queries."""
    # The dialog's module is imported here, in the GUI thread, so the reading thread finds it loaded.
    from minutes_app.ui.tracker import summary_dialog  # noqa: F401

    carrier = _SummaryCarrier(parent, lambda summary: show_summary_dialog(services, summary, parent, show_preset))

    def work() -> None:
        summary: SummaryRows | None = None
        try:
            summary = read_follow_up_summary(services)
        except MinutesError as error:  # a store that went away: the summary is a courtesy, not a failure
            log.warning("the follow-up summary could not be read: %s", error)
        try:
            carrier.arrived.emit(summary)
        except RuntimeError:  # the window closed meanwhile
            log.debug("the follow-up summary arrived after its window closed")

    thread = threading.Thread(target=work, name="follow-up-summary")
    thread.start()
    return thread
