"""One export from start to end: where to save, the work behind a progress dialog, errors, opening the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.exports.progress import ProgressCallback
from minutes_app.ui.export_actions.export_errors import show_export_error
from minutes_app.ui.export_actions.no_program import offer_folder
from minutes_app.ui.export_actions.open_after import open_after_export, open_exported_file
from minutes_app.ui.export_actions.progress_runner import ExportProgressRunner
from minutes_app.ui.export_actions.save_dialog import choose_export_path
from minutes_app.ui.export_actions.template_warnings import show_template_warnings

# The Word template's package (and lxml) is imported by the export itself, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

# The work of an export: write to the path given, reporting progress; returns the path written.
WriteJob = Callable[[Path, ProgressCallback], Path]
# The status bar's message once the file is written (default "Saved <path>").
SavedMessage = Callable[[Path], str]


@dataclass(frozen=True, slots=True)
class ExportKind:
    """A kind of file: its settings key, the dialog's caption and file types, the suffix and a suggested name."""

    key: str
    caption: str
    file_types: str
    suffix: str
    suggested_name: str


class Exporter(QObject):
    """Runs exports for one page; reports what happened in the status bar."""

    exported = Signal(Path)  # the file written
    status_reported = Signal(str)

    def __init__(self, parent_widget: QWidget, ui_settings: QSettings) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._settings = ui_settings
        self.runner = ExportProgressRunner(parent_widget)

    def export(
        self,
        kind: ExportKind,
        write: WriteJob,
        *,
        cancellable: bool = False,
        template_warnings: set[TemplateWarning] | None = None,
        saved_message: SavedMessage | None = None,
    ) -> Path | None:
        """Ask for a file name and write it; the path written, or None when cancelled or failed."""
        path = choose_export_path(
            self._parent_widget,
            self._settings,
            kind=kind.key,
            caption=kind.caption,
            file_types=kind.file_types,
            suggested_name=kind.suggested_name,
            suffix=kind.suffix,
        )
        if path is None:
            return None
        return self.write_to(
            path,
            kind,
            write,
            cancellable=cancellable,
            template_warnings=template_warnings,
            saved_message=saved_message,
        )

    def write_to(
        self,
        path: Path,
        kind: ExportKind,
        write: WriteJob,
        *,
        cancellable: bool = False,
        template_warnings: set[TemplateWarning] | None = None,
        saved_message: SavedMessage | None = None,
    ) -> Path | None:
        """Write the export to `path` (already chosen) behind the progress dialog; `template_warnings` collects and shows what the template lost."""
        label = QCoreApplication.translate("ExportActions", "Writing %1…").replace("%1", path.name)
        try:
            written = self.runner.run(lambda progress: write(path, progress), label=label, cancellable=cancellable)
        except (MinutesError, OSError) as error:
            show_export_error(self._parent_widget, kind.caption, path, error)
            return None
        if written is None:
            self.status_reported.emit(
                QCoreApplication.translate("ExportActions", "Export cancelled; no file was written.")
            )
            return None
        if saved_message is not None:
            self.status_reported.emit(saved_message(written))
        else:
            self.status_reported.emit(
                QCoreApplication.translate("ExportActions", "Saved %1").replace("%1", str(written))
            )
        if template_warnings:
            show_template_warnings(self._parent_widget, kind.caption, template_warnings)
        self.exported.emit(written)
        if open_after_export(self._settings) and not open_exported_file(written):
            self.status_reported.emit(
                QCoreApplication.translate("ExportActions", "Saved %1, but no program opened it.").replace(
                    "%1", str(written)
                )
            )
            offer_folder(self._parent_widget, written)
        return written
