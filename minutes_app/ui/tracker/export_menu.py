"""The tracker's Export menu: status report (.docx), spreadsheet (.xlsx), CSV and calendar (.ics) of its filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.exports.progress import ProgressCallback
from minutes_app.services import Services
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind
from minutes_app.ui.export_actions.open_after import open_after_action
from minutes_app.ui.export_actions.pdf_export import export_pdf, pdf_available, pdf_kind
from minutes_app.ui.tracker.export_options import CalendarOptionsDialog, CalendarPeriod, CsvOptionsDialog
from minutes_app.ui.tracker.report_options import ReportOptions, ReportOptionsDialog

# The Word template's package (lxml) is imported by the first export, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

# Describes the filter in a language, for the report's "Selection" line.
SelectionDescriber = Callable[[FollowUpFilter, str], str]


def ask_report_options(parent: QWidget | None, lang: str, today: dt.date | None = None) -> ReportOptions | None:
    """Ask how to lay out the status report; None when cancelled."""
    dialog = ReportOptionsDialog(lang=lang, today=today, parent=parent)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_calendar_period(parent: QWidget | None, today: dt.date) -> CalendarPeriod | None:
    """Ask from which date the calendar starts; None when cancelled."""
    dialog = CalendarOptionsDialog(today=today, parent=parent)
    try:
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_csv_delimiter(parent: QWidget | None, lang: str) -> str | None:
    """Ask which separator the CSV uses; None when cancelled."""
    dialog = CsvOptionsDialog(lang=lang, parent=parent)
    try:
        return dialog.delimiter() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _kinds(today: dt.date) -> dict[str, ExportKind]:
    """Each export's save dialog: caption, file types, suffix and a dated file name."""
    stamp = today.isoformat()
    report_name = QCoreApplication.translate("TrackerExports", "status-report-%1").replace("%1", stamp)
    table_name = QCoreApplication.translate("TrackerExports", "follow-ups-%1").replace("%1", stamp)
    calendar_name = QCoreApplication.translate("TrackerExports", "meetings-and-deadlines-%1").replace("%1", stamp)
    return {
        "report": ExportKind(
            "report",
            QCoreApplication.translate("TrackerExports", "Save the status report"),
            QCoreApplication.translate("TrackerExports", "Word documents (*.docx)"),
            ".docx",
            report_name + ".docx",
        ),
        "xlsx": ExportKind(
            "xlsx",
            QCoreApplication.translate("TrackerExports", "Save the follow-ups as a spreadsheet"),
            QCoreApplication.translate("TrackerExports", "Excel workbooks (*.xlsx)"),
            ".xlsx",
            table_name + ".xlsx",
        ),
        "csv": ExportKind(
            "csv",
            QCoreApplication.translate("TrackerExports", "Save the follow-ups as CSV"),
            QCoreApplication.translate("TrackerExports", "CSV files (*.csv)"),
            ".csv",
            table_name + ".csv",
        ),
        "ics": ExportKind(
            "ics",
            QCoreApplication.translate("TrackerExports", "Save the calendar"),
            QCoreApplication.translate("TrackerExports", "Calendar files (*.ics)"),
            ".ics",
            calendar_name + ".ics",
        ),
    }


class TrackerExportMenu(QMenu):
    """Exports of what the tracker shows; each asks where to save and can open the file afterwards."""

    def __init__(
        self,
        services: Services,
        ui_settings: QSettings,
        current_filter: Callable[[], FollowUpFilter],
        describe: SelectionDescriber,
        parent: QWidget,
        *,
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._current_filter = current_filter
        self._describe = describe
        self._today = today
        self._parent_widget = parent
        self.exporter = Exporter(parent, ui_settings)
        self.setTitle(self.tr("E&xport"))
        self.report_action = self.addAction(self.tr("Status &report (.docx)…"))
        self.report_pdf_action = self.addAction(self.tr("Status report as &PDF…"))
        self.report_pdf_action.setVisible(pdf_available())  # only where Word or LibreOffice converts
        self.xlsx_action = self.addAction(self.tr("&Spreadsheet (.xlsx)…"))
        self.csv_action = self.addAction(self.tr("&CSV…"))
        self.ics_action = self.addAction(self.tr("Ca&lendar (.ics)…"))
        self.addSeparator()
        self.open_after_action = open_after_action(ui_settings, self)
        self.addAction(self.open_after_action)
        self.report_action.triggered.connect(lambda: self.export_report())
        self.report_pdf_action.triggered.connect(lambda: self.export_report(as_pdf=True))
        self.xlsx_action.triggered.connect(lambda: self.export_table("xlsx"))
        self.csv_action.triggered.connect(lambda: self.export_table("csv"))
        self.ics_action.triggered.connect(self.export_calendar)

    def export_report(self, *, as_pdf: bool = False) -> Path | None:
        """The current filter as a Word status report (or its PDF), with progress and Cancel."""
        today = self._today()
        options = ask_report_options(self._parent_widget, self._services.settings.get().minutes_language, today)
        if options is None:
            return None
        flt = self._current_filter()
        selection = self._describe(flt, options.lang)

        removed: set[TemplateWarning] = set()

        def write(path: Path, progress: ProgressCallback) -> Path:
            return self._services.documents.status_report(
                flt,
                path,
                lang=options.lang,
                group_by=options.group_by,
                today=today,
                period_start=options.period_start,
                period_end=options.period_end,
                all_closed=options.all_closed,
                summary_only=options.summary_only,
                filter_description=selection,
                progress=progress,
                template_warnings=removed,
            )

        if as_pdf:
            stem = QCoreApplication.translate("TrackerExports", "status-report-%1").replace("%1", today.isoformat())
            kind = pdf_kind("report", self.tr("Save the status report as PDF"), stem)
            return export_pdf(self.exporter, kind, write, cancellable=True, template_warnings=removed)
        return self.exporter.export(_kinds(today)["report"], write, cancellable=True, template_warnings=removed)

    def export_table(self, kind: str) -> Path | None:
        """The current filter's rows as .xlsx or .csv, with the column headings in the interface language."""
        flt, lang = self._current_filter(), display_language()
        delimiter = None
        if kind == "csv":
            delimiter = ask_csv_delimiter(self._parent_widget, lang)
            if delimiter is None:
                return None

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return self._services.documents.spreadsheet(flt, path, kind=kind, lang=lang, delimiter=delimiter)

        return self.exporter.export(_kinds(self._today())[kind], write)

    def export_calendar(self) -> Path | None:
        """The meetings and the deadlines the filter selects, from the chosen date on, as an .ics calendar."""
        flt, lang, today = self._current_filter(), display_language(), self._today()
        period = ask_calendar_period(self._parent_widget, today)
        if period is None:
            return None

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return self._services.documents.calendar(
                path,
                lang=lang,
                flt=flt,
                period_start=period.start,
                all_dates=period.start is None,
                today=today,
            )

        return self.exporter.export(_kinds(today)["ics"], write)
