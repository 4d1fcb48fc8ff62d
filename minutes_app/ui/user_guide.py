"""Help > User guide (F1): the short guide bundled as HTML, one file per interface language, shown in a browser pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from minutes_app.resource_files import resources_dir

GUIDE_LANGUAGES = ("en", "az", "ru")


def guide_file(language: str) -> Path:
    """The guide in `language`, or in English when there is none in that language."""
    chosen = language if language in GUIDE_LANGUAGES else "en"
    return resources_dir() / "guide" / f"guide_{chosen}.html"


def interface_guide_language() -> str:
    """The language the interface speaks: install_translators makes it the default locale's."""
    return QLocale().name().split("_")[0]


class UserGuideDialog(QDialog):
    """The user guide beside the main window (not modal: the officer can follow it while working)."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setObjectName("user_guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.show_language(language or interface_guide_language())
        self.resize(720, 640)

    def show_language(self, language: str) -> None:
        """Show the guide in `language` (English when there is none in it)."""
        self.language = language if language in GUIDE_LANGUAGES else "en"
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(self.language))))
