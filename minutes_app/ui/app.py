"""Start the desktop app: one QApplication, translations, the store (with its ways out), the main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from minutes_app import APP_NAME, __version__, start_gc
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services
from minutes_app.services.session_marker import mark_closed, mark_open
from minutes_app.ui.common.focus_style import apply_focus_style
from minutes_app.ui.common.icons import app_icon
from minutes_app.ui.common.translations import install_translators, show_load_failures
from minutes_app.ui.common.ui_settings import ORGANISATION_NAME, default_ui_settings, interface_language
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.after_store_opens import offer_sample_meeting, start_daily_backup, start_follow_up_summary
from minutes_app.ui.startup.crash_reporting import install_crash_reporter
from minutes_app.ui.startup.integrity_watch import IntegrityWatch
from minutes_app.ui.startup.qt_start import create_application
from minutes_app.ui.startup.store_opening import open_services_interactively

log = logging.getLogger(__name__)
# What only a restore, a restart, a team server or the steps after the first paint need is imported there,
# not before the window's first paint.


def make_application(argv: list[str]) -> QApplication:
    """The one QApplication, named so QSettings finds the app's preferences."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = create_application(argv)
    app.setWindowIcon(app_icon())
    apply_focus_style(app)
    return app


AFTER_FIRST_PAINT_MS = 200


def _after_start(
    services: Services, ui_settings: QSettings, window: MainWindow, threads: list[threading.Thread]
) -> None:
    """What follows the first paint: the integrity check, the overdue count, a catalogue that failed, the network
    warning, the sample meeting offer, the follow-up summary, recovery."""
    start_gc.release()  # the window has painted: what the start made is set aside, collection goes on as usual
    from minutes_app.ui.startup.network_warning_dialog import warn_about_network_store

    if services.store.integrity is not None:
        services.store.integrity.start()  # beside the window; writes wait for it
    window.update_overdue_count()
    show_load_failures(window)
    if warn_about_network_store(services.paths, window) is not None:
        log.warning("the data file %s is on a network file system", services.paths.display_location())
    if offer_sample_meeting(services, window):
        window.announce_change()
    # The summary is read in a thread and comes under the recovery offer (unsaved work left by a crash).
    threads.append(start_follow_up_summary(services, window, window.show_follow_ups_preset))
    _offer_recovery(services, window)


def _offer_recovery(services: Services, window: MainWindow) -> None:
    """Offer the unsaved work a crash left; the editor is imported only when there is some."""
    from minutes_app.services.recovery import abandoned_recoveries

    if not abandoned_recoveries(services.paths):
        return
    from minutes_app.ui.editor.recovery_dialog import offer_recovery

    offer_recovery(services, window.editor_area, window)


def _install_bench_probe(window: MainWindow) -> None:
    """The benchmarks' probe, imported only when they ask for it (it reads Unix-only memory figures)."""
    if os.environ.get("MINUTES_APP_BENCH_PROBE"):
        from minutes_app.ui.startup.bench_probe import install_if_requested

        install_if_requested(window)


def _open(paths: AppPaths, local: AppPaths, *, defer_check: bool) -> Services | None:
    """The services over `paths`; a team server that cannot be opened says why and the app opens My computer."""
    if paths.is_sqlite:
        return open_services_interactively(paths, defer_check=defer_check)
    from minutes_app.ui.team.server_opening import open_team_server

    services = open_team_server(paths, None)
    if services is not None:
        return services
    log.info("the team server %s was not opened; opening the store on this computer", paths.display_location())
    return open_services_interactively(local, defer_check=defer_check)


def run_gui(paths: AppPaths) -> int:
    """Run the desktop app on the store at `paths`; returns the process exit status."""
    start_gc.hold()  # released once the window has painted (_after_start), or when the app ends before
    try:
        return _run_gui(paths)
    finally:
        start_gc.release()


def _run_gui(paths: AppPaths) -> int:
    app = make_application(sys.argv[:1])
    install_crash_reporter(paths.log_dir)
    ui_settings = default_ui_settings()
    language = interface_language(ui_settings)
    loaded = install_translators(app, language)
    log.info(
        "%s %s starting on %s (interface %s, %d catalogue(s))",
        APP_NAME,
        __version__,
        paths.display_location(),
        language,
        len(loaded),
    )
    # "My computer": the SQLite file the app started on, else the one in the data folder.
    local = paths if paths.is_sqlite else resolve_paths(data_dir=str(paths.data_dir))
    check_first = False  # the integrity check runs beside the window unless the last session ended uncleanly
    while True:
        services = _open(paths, local, defer_check=not check_first)
        if services is None:
            return 1
        paths = services.paths  # the person may have picked another file
        if paths.is_sqlite:
            local = paths
        if not services.store.read_only:
            mark_open(paths)
        window = MainWindow(services, ui_settings, fast_start=True)
        restore: list[Path] = []
        restart: list[bool] = []
        window.restore_requested.connect(restore.append)
        window.restart_requested.connect(partial(restart.append, True))
        switch: list[AppPaths | None] = []
        window.store_switch_requested.connect(switch.append)
        integrity = IntegrityWatch(services.store.integrity, window) if services.store.integrity else None
        window.show()
        _install_bench_probe(window)
        threads = [start_daily_backup(services, window.show_status)]
        # The integrity check, the questions and the summary come once the window has painted, so
        # the officer sees the app at once; they build their own queries and dialogs.
        after_start = QTimer(window)
        after_start.setSingleShot(True)
        after_start.setInterval(AFTER_FIRST_PAINT_MS)
        after_start.timeout.connect(partial(_after_start, services, ui_settings, window, threads))
        after_start.start()
        status = app.exec()
        after_start.stop()  # never run against a store that is about to close
        for thread in threads:
            thread.join()
        services.close()
        if integrity is not None and integrity.failed:
            window.deleteLater()
            check_first = True  # open it again with the check in front: the store error dialog and its ways out
            continue
        mark_closed(paths)
        check_first = False
        if restart:
            from minutes_app.ui.startup.restart import report_failed_restart, start_again

            if not start_again():
                report_failed_restart(None)
            return status
        if switch:
            paths = switch[0] or local
            continue
        if not restore:
            return status
        from minutes_app.ui.backups.backup_actions import restore_and_report

        restore_and_report(None, paths, restore[0])
