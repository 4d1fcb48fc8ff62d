"""Start the desktop app: one QApplication, translations, the store (with its ways out), the main window."""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from minutes_app import APP_NAME, __version__
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services
from minutes_app.ui.backups.backup_actions import restore_and_report
from minutes_app.ui.common.focus_style import apply_focus_style
from minutes_app.ui.common.icons import app_icon
from minutes_app.ui.common.translations import install_translators, show_load_failures
from minutes_app.ui.common.ui_settings import ORGANISATION_NAME, default_ui_settings, interface_language
from minutes_app.ui.editor.recovery_dialog import offer_recovery
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.after_store_opens import offer_sample_meeting, show_follow_up_summary, start_daily_backup
from minutes_app.ui.startup.crash_reporting import install_crash_reporter
from minutes_app.ui.startup.network_warning_dialog import warn_about_network_store
from minutes_app.ui.startup.qt_start import create_application
from minutes_app.ui.startup.restart import report_failed_restart, start_again
from minutes_app.ui.startup.store_opening import open_services_interactively
from minutes_app.ui.team.server_opening import open_team_server

log = logging.getLogger(__name__)


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


def _after_start(services: Services, ui_settings: QSettings, window: MainWindow) -> None:
    """What follows the first paint: a catalogue that failed, the network warning, the sample meeting offer, the follow-up summary, recovery."""
    show_load_failures(window)
    if warn_about_network_store(services.paths, window) is not None:
        log.warning("the data file %s is on a network file system", services.paths.display_location())
    if offer_sample_meeting(services, window):
        window.announce_change()
    show_follow_up_summary(services, window, window.show_follow_ups_preset)
    offer_recovery(services, window.editor_area, window)  # last, so it is on top: unsaved work left by a crash


def _install_bench_probe(window: MainWindow) -> None:
    """The benchmarks' probe, imported only when they ask for it (it reads Unix-only memory figures)."""
    if os.environ.get("MINUTES_APP_BENCH_PROBE"):
        from minutes_app.ui.startup.bench_probe import install_if_requested

        install_if_requested(window)


def _open(paths: AppPaths, local: AppPaths) -> Services | None:
    """The services over `paths`; a team server that cannot be opened says why and the app opens My computer."""
    if paths.is_sqlite:
        return open_services_interactively(paths)
    services = open_team_server(paths, None)
    if services is not None:
        return services
    log.info("the team server %s was not opened; opening the store on this computer", paths.display_location())
    return open_services_interactively(local)


def run_gui(paths: AppPaths) -> int:
    """Run the desktop app on the store at `paths`; returns the process exit status."""
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
    while True:
        services = _open(paths, local)
        if services is None:
            return 1
        paths = services.paths  # the person may have picked another file
        if paths.is_sqlite:
            local = paths
        window = MainWindow(services, ui_settings)
        restore: list[Path] = []
        restart: list[bool] = []
        window.restore_requested.connect(restore.append)
        window.restart_requested.connect(partial(restart.append, True))
        switch: list[AppPaths | None] = []
        window.store_switch_requested.connect(switch.append)
        window.show()
        _install_bench_probe(window)
        backup = start_daily_backup(services, window.show_status)
        # The questions and the summary come once the window has painted, so the officer sees
        # the app at once; they build their own queries and dialogs.
        after_start = QTimer(window)
        after_start.setSingleShot(True)
        after_start.setInterval(AFTER_FIRST_PAINT_MS)
        after_start.timeout.connect(partial(_after_start, services, ui_settings, window))
        after_start.start()
        status = app.exec()
        after_start.stop()  # never run against a store that is about to close
        backup.join()
        services.close()
        if restart:
            if not start_again():
                report_failed_restart(None)
            return status
        if switch:
            paths = switch[0] or local
            continue
        if not restore:
            return status
        restore_and_report(None, paths, restore[0])
