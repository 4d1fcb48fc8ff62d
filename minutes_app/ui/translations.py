"""Loading the interface translations: the app's own .qm files and Qt's for its standard dialogs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.paths import resources_dir

APP_CATALOGUE = "minutes_app"

log = logging.getLogger(__name__)

# The app's catalogues that failed to load since the last time they were shown to the person.
_unshown_failures: list[Path] = []


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
            _note_failure(catalogue, folder / f"{catalogue}_{language}.qm")
    return loaded


def _note_failure(catalogue: str, file: Path) -> None:
    """Log a catalogue that did not load; the app's own is also kept to be shown (Qt's is optional)."""
    if catalogue != APP_CATALOGUE:
        log.info("Qt has no catalogue %s for its standard dialogs; they stay in English", file.name)
        return
    log.warning("the interface catalogue %s is missing or damaged; the interface stays in English", file)
    if file not in _unshown_failures:
        _unshown_failures.append(file)


def show_load_failures(parent: QWidget | None) -> bool:
    """Tell the person, once, which interface catalogues failed to load; True when a message was shown."""
    if not _unshown_failures:
        return False
    files = "\n".join(str(f) for f in _unshown_failures)
    _unshown_failures.clear()
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Translations", "Interface language"),
        QCoreApplication.translate(
            "Translations",
            "The interface could not be shown in the chosen language: this file is missing or damaged.\n%1\n\n"
            "The app continues in English. Reinstalling the app restores the file.",
        ).replace("%1", files),
    )
    return True
