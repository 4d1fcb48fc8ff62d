"""Per-computer interface preferences kept with QSettings (window layout, interface language, hints)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from minutes_app import APP_NAME

ORGANISATION_NAME = "MinutesApp"
LANGUAGE_KEY = "ui/language"  # "", "en", "az" or "ru"; "" follows the system
GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"
TEXTS_LANGUAGE_KEY = "lists/texts_language"  # "" (each text as written), "az", "ru" or "en": the lists' texts
INTERFACE_LANGUAGES = ("en", "az", "ru")


def default_ui_settings() -> QSettings:
    """The app's QSettings in the platform's usual place (registry, plist or ini file)."""
    return QSettings(ORGANISATION_NAME, APP_NAME)


def interface_language(settings: QSettings) -> str:
    """The interface language to load: the chosen one, else the system's when we have it, else English."""
    chosen = str(settings.value(LANGUAGE_KEY, "") or "")
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in INTERFACE_LANGUAGES else "en"
