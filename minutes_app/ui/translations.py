"""Loading the interface translations: the app's own .qm files and Qt's for its standard dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minutes_app.paths import resources_dir

APP_CATALOGUE = "minutes_app"


def translations_dir() -> Path:
    """Where the app's compiled translations (.qm) are bundled."""
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language` into `app`; returns the translators installed."""
    if QLocale.system().name().split("_")[0] != language:
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    if language == "en":
        return []  # the source texts are English
    loaded: list[QTranslator] = []
    candidates = (
        (APP_CATALOGUE, translations_dir()),
        # Qt ships no Azerbaijani catalogue of its own; Russian it has.
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    for catalogue, folder in candidates:
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{language}", str(folder)):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded
