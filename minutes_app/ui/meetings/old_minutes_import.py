"""File > Import old minutes: choose a .docx, make a meeting of it, and say what was found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.services import Services
from minutes_app.ui.common.error_messages import show_error
from minutes_app.ui.export_actions.save_dialog import last_folder, remember_folder

# The importer (and its readers of dates and names) is imported when a file is chosen, not at start.
if TYPE_CHECKING:
    from minutes_app.services.old_minutes import AttachOriginal, ImportedMinutes

FOLDER_KIND = "old_minutes"  # the folder of the last import, remembered as exports remember theirs


class OldMinutesImport(QObject):
    """Asks for the file, imports it, reports in the status bar; `imported` gives the new meeting's id."""

    imported = Signal(int)
    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        ui_settings: QSettings,
        parent_widget: QWidget,
        attach_original: AttachOriginal | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._services = services
        self._settings = ui_settings
        self._parent_widget = parent_widget
        self._attach_original = attach_original

    def run(self) -> int | None:
        """The whole action; the new meeting's id, or None when cancelled or refused."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent_widget,
            self.tr("Import old minutes"),
            str(last_folder(self._settings, FOLDER_KIND)),
            self.tr("Word documents (*.docx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        remember_folder(self._settings, FOLDER_KIND, path.parent)
        try:
            from minutes_app.services.old_minutes import OldMinutesImporter

            result = OldMinutesImporter(self._services, self._attach_original).import_file(path)
        except MinutesError as error:
            show_error(self._parent_widget, self.tr("Import old minutes"), error)
            return None
        meeting_id = result.meeting.id
        if meeting_id is None:
            return None
        self.status_reported.emit(self.summary(path, result))
        self.imported.emit(meeting_id)
        return meeting_id

    def summary(self, path: Path, result: ImportedMinutes) -> str:
        """What was found, for the status bar: the officer checks the meeting and fills in the rest."""
        found = result.found
        missing = [] if found.date else [self.tr("no date was found")]
        text = self.tr(
            "Imported %1 with %n participant(s); check it and fill in the rest.", "", len(found.participants)
        )
        text = text.replace("%1", path.name)
        return " ".join([text, *(m[:1].upper() + m[1:] + "." for m in missing)])
