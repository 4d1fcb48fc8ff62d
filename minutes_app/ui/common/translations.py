"""Loading the interface translations: the app's own .qm files, Qt's, and ours for Qt's standard widgets."""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.resource_files import resources_dir

APP_CATALOGUE = "minutes_app"
# Our translations of Qt's own widgets (standard buttons, file dialogs, context menus): all of them in
# Azerbaijani, for which Qt ships no catalogue; in Russian only what Qt's qtbase_ru lacks or words
# otherwise. Installed after Qt's, so its messages win.
WIDGETS_CATALOGUE = "qtwidgets"
QT_CATALOGUE = "qtbase"
OUR_CATALOGUES = (APP_CATALOGUE, WIDGETS_CATALOGUE)

log = logging.getLogger(__name__)

# The app's catalogues that failed to load since the last time they were shown to the person.
_unshown_failures: list[Path] = []
# The translators switch_language installed last, so a later switch removes them.
_switched: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the app's compiled translations (.qm) are bundled."""
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's configured folder, then PySide6's own (a bundle may not configure Qt)."""
    package = Path(PySide6.__file__).resolve().parent
    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",  # the Linux and macOS wheels, and a PyInstaller bundle of them
        package / "translations",  # the Windows wheel
    ]
    return list(dict.fromkeys(folder for folder in folders if str(folder) not in ("", ".")))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language` into `app`; returns the translators installed."""
    if QLocale.system().name().split("_")[0] != language:
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    else:
        QLocale.setDefault(QLocale.system())  # the system's own (its country's forms), also after a switch back
    if language == "en":
        return []  # the source texts are English
    loaded: list[QTranslator] = []
    # Qt looks in the translator installed last first: ours for the widgets must come after Qt's.
    candidates = (
        (APP_CATALOGUE, [translations_dir()]),
        (QT_CATALOGUE, qt_translations_dirs()),  # Qt ships no Azerbaijani catalogue of its own; Russian it has
        (WIDGETS_CATALOGUE, [translations_dir()]),
    )
    for catalogue, folders in candidates:
        translator = QTranslator(app)
        if any(translator.load(f"{catalogue}_{language}", str(folder)) for folder in folders):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
            _note_failure(catalogue, folders[0] / f"{catalogue}_{language}.qm")
    return loaded


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the interface translations at run time: remove the app's installed translators, install `language`'s.

    Installing and removing translators sends every widget a LanguageChange event: the windows that
    handle it (changeEvent) set their texts again at once.
    """
    for translator in [*_switched, *app.findChildren(QTranslator)]:
        app.removeTranslator(translator)
        translator.setParent(None)  # dropped with the last reference to it
    _switched.clear()
    _switched.extend(install_translators(app, language))
    return list(_switched)


def _note_failure(catalogue: str, file: Path) -> None:
    """Log a catalogue that did not load; the app's own are also kept to be shown (Qt's is optional)."""
    if catalogue not in OUR_CATALOGUES:
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
