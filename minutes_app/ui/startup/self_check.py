"""A hidden start-up self-check for installers and CI: the icon, the interface catalogue and the main window load."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from minutes_app import APP_ID
from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.ui.app import make_application
from minutes_app.ui.common.icons import APP_ICON_FILE
from minutes_app.ui.common.translations import APP_CATALOGUE, WIDGETS_CATALOGUE, install_translators, translations_dir

# A message every catalogue translates, and the text the main window shows for it.
PROBE_CONTEXT, PROBE_TEXT = "MainWindow", "Meetings"
# A standard button Qt's widgets show: Azerbaijani only our widgets catalogue translates, Russian Qt's too.
BUTTON_CONTEXT, BUTTON_TEXT = "QPlatformTheme", "Cancel"


def run_self_check(paths: AppPaths, language: str) -> int:
    """Start the GUI on `paths` in `language`, check what an installation can lose, print one line; 0 when all is there."""
    app = make_application(sys.argv[:1])
    problems: list[str] = []
    if app.windowIcon().pixmap(64, 64).isNull():
        problems.append(f"the app icon {APP_ICON_FILE} did not load")
    translators = install_translators(app, language)
    translated = QCoreApplication.translate(PROBE_CONTEXT, PROBE_TEXT)
    if language != "en" and translated == PROBE_TEXT:
        problems.append(f"the catalogue {APP_CATALOGUE}_{language}.qm did not load from {translations_dir()}")
    if language != "en" and QCoreApplication.translate(BUTTON_CONTEXT, BUTTON_TEXT) == BUTTON_TEXT:
        widgets = translations_dir() / f"{WIDGETS_CATALOGUE}_{language}.qm"
        problems.append(f"the standard buttons are not translated (the catalogue {widgets} did not load)")
    services = open_services(paths)
    try:
        with tempfile.TemporaryDirectory() as folder:
            # The person's own preferences are neither read nor changed.
            settings = QSettings(str(Path(folder) / "ui-settings.ini"), QSettings.Format.IniFormat)
            from minutes_app.ui.main_window import MainWindow

            window = MainWindow(services, settings)
            window.show()
            QApplication.processEvents()
            shown = window.navigation.item(0).text()
            if language != "en" and shown == PROBE_TEXT:
                problems.append("the main window is not translated")
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    finally:
        services.close()
    if problems:
        print(f"{APP_ID}: self-check failed: {'; '.join(problems)}", file=sys.stderr)
        return 1
    print(
        f"self-check ok: icon {APP_ICON_FILE}, {len(translators)} catalogue(s) for {language} "
        f"({PROBE_TEXT!r} -> {shown!r}), platform {QApplication.platformName()}, store {paths.display_location()}"
    )
    return 0
