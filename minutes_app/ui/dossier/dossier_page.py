"""The Counterpart dossier page: everything that happened with one country or organisation, and its briefing note."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.records import Dossier
from minutes_app.exports.progress import ProgressCallback
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.error_messages import show_error
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.common.row_table_model import RowTableModel
from minutes_app.ui.dossier.dossier_figures import follow_ups_text, meetings_text
from minutes_app.ui.dossier.dossier_models import (
    MEETING_ID_ROLE,
    DossierDecisionsTableModel,
    DossierFollowUpsTableModel,
    DossierMeetingsTableModel,
    DossierPeopleTableModel,
)
from minutes_app.ui.dossier.dossier_picker import CounterpartPicker
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind
from minutes_app.ui.export_actions.open_after import open_after_action
from minutes_app.ui.export_actions.pdf_export import export_pdf, pdf_available, pdf_kind
from minutes_app.ui.meetings.meeting_commands import MeetingCommands
from minutes_app.ui.widgets.table_setup import configure_table, set_column_widths

# The Word template's package (lxml) is imported by the first briefing, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

MEETINGS_TAB, PEOPLE_TAB, DECISIONS_TAB, FOLLOW_UPS_TAB = range(4)


class DossierPage(QWidget):
    """Pick a counterpart; see its meetings, people met, decisions, follow-ups and figures; write a briefing."""

    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        commands: MeetingCommands,
        ui_settings: QSettings,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._commands = commands
        self._fixed_today = today
        self._dossier: Dossier | None = None
        self.exporter = Exporter(self, ui_settings)

        self.picker = CounterpartPicker()
        self.title_label = QLabel()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.meetings_model = DossierMeetingsTableModel(self)
        self.people_model = DossierPeopleTableModel(self)
        self.decisions_model = DossierDecisionsTableModel(self)
        self.follow_ups_model = DossierFollowUpsTableModel(self)
        meetings, people = DossierMeetingsTableModel, DossierPeopleTableModel
        decisions, follow_ups = DossierDecisionsTableModel, DossierFollowUpsTableModel
        self.meetings_table = self._table(self.meetings_model, meetings.TITLE, meetings.DATE, descending=True)
        set_column_widths(
            self.meetings_table,
            {
                meetings.DATE: 11,
                meetings.KIND: 18,
                meetings.HOST_LEAD: 28,
                meetings.GUEST_LEAD: 28,
            },
        )
        self.people_table = self._table(self.people_model, people.POSITIONS, people.TIMES_MET, descending=True)
        set_column_widths(
            self.people_table,
            {
                people.NAME: 24,
                people.ORGANISATION: 34,
                people.TIMES_MET: 6,
                people.FIRST_MET: 11,
                people.LAST_MET: 11,
            },
        )
        self.decisions_table = self._table(self.decisions_model, decisions.TEXT, decisions.DATE, descending=True)
        set_column_widths(self.decisions_table, {decisions.DATE: 11, decisions.NUMBER: 4, decisions.MEETING: 36})
        self.follow_ups_table = self._table(self.follow_ups_model, follow_ups.ACTION, follow_ups.DUE)
        set_column_widths(
            self.follow_ups_table,
            {
                follow_ups.DUE: 11,
                follow_ups.STATUS: 24,  # room for "Overdue by 12 days" beside the status
                follow_ups.COMPLETED: 11,
                follow_ups.DEPARTMENT: 26,
                follow_ups.MEETING: 30,
            },
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meetings_table, "")
        self.tabs.addTab(self.people_table, "")
        self.tabs.addTab(self.decisions_table, "")
        self.tabs.addTab(self.follow_ups_table, "")

        self.language_combo = QComboBox()
        for value, text in vocabulary_labels.choices(vocabulary_labels.LANGUAGE):
            self.language_combo.addItem(text, value)
        minutes_language = services.settings.get().minutes_language
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(minutes_language), 0))
        self.language_combo.setToolTip(self.tr("The language of the briefing note"))
        self.briefing_button = QToolButton()
        self.briefing_button.setText(self.tr("&Briefing note (.docx)…"))
        self.briefing_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.briefing_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        briefing_menu = QMenu(self.briefing_button)
        self.briefing_pdf_action = briefing_menu.addAction(self.tr("Briefing note as &PDF…"))
        self.briefing_pdf_action.setVisible(pdf_available())  # only where Word or LibreOffice converts
        briefing_menu.addSeparator()
        self.open_after_action = open_after_action(ui_settings, briefing_menu)
        briefing_menu.addAction(self.open_after_action)
        self.briefing_button.setMenu(briefing_menu)

        self._lay_out()
        self.picker.country_chosen.connect(self.show_country)
        self.picker.organisation_chosen.connect(self.show_organisation)
        self.picker.cleared.connect(self._clear)
        self.briefing_button.clicked.connect(lambda _checked=False: self.export_briefing())
        self.briefing_pdf_action.triggered.connect(lambda _checked=False: self.export_briefing(as_pdf=True))
        self.exporter.status_reported.connect(self.status_reported)
        for table in (self.meetings_table, self.decisions_table, self.follow_ups_table):
            table.activated.connect(self._open_meeting_of_row)
        self._show(None)

    def _table(self, model: RowTableModel, stretch: int, sort_column: int, *, descending: bool = False) -> QTableView:
        table = QTableView()
        table.setModel(model)
        configure_table(table, stretch_column=stretch)
        table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        return table

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        heading.addWidget(language_label)
        heading.addWidget(self.language_combo)
        heading.addWidget(self.briefing_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.tabs, 1)

    # What the window asks -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the pick lists and the dossier on show."""
        self._load_pick_lists()
        dossier = self._dossier
        if dossier is None:
            return
        if dossier.kind == "organisation" and dossier.organisation_id is not None:
            self.show_organisation(dossier.organisation_id)
        else:
            self.show_country(dossier.country)

    def focus_search(self) -> None:
        """Put the keyboard on the country list."""
        self.picker.focus()

    def today(self) -> dt.date:
        """The day "overdue" is judged on (fixed in tests)."""
        return self._fixed_today or dt.date.today()

    def dossier(self) -> Dossier | None:
        """The dossier on show."""
        return self._dossier

    def show_country(self, code: str) -> bool:
        """Show the dossier of a country (ISO code); False when the code is refused."""
        try:
            dossier = self._services.dossier.for_country(code, today=self.today(), lang=display_language())
        except MinutesError as error:
            show_error(self, self.tr("Counterpart dossier"), error)
            return False
        if not self.picker.country_combo.count():
            self._load_pick_lists()  # asked before the page was ever shown
        self.picker.select_country(dossier.country)
        self._show(dossier)
        return True

    def show_organisation(self, organisation_id: int) -> bool:
        """Show the dossier of an organisation; False when it no longer exists."""
        try:
            dossier = self._services.dossier.for_organisation(
                organisation_id, today=self.today(), lang=display_language()
            )
        except MinutesError as error:
            show_error(self, self.tr("Counterpart dossier"), error)
            self._clear()
            return False
        if not self.picker.country_combo.count():
            self._load_pick_lists()
        self.picker.select_organisation(organisation_id)
        self._show(dossier)
        return True

    def export_briefing(self, *, as_pdf: bool = False) -> Path | None:
        """Ask where to save, then write the briefing note (or its PDF) on the counterpart shown; the path or None."""
        dossier = self._dossier
        if dossier is None:
            return None
        lang, today = str(self.language_combo.currentData()), self.today()
        organisation_id = dossier.organisation_id if dossier.kind == "organisation" else None
        subject = dossier.country if organisation_id is None else _file_part(dossier.name)
        stem = self.tr("briefing-note-%1-%2").replace("%1", subject).replace("%2", today.isoformat())
        kind = ExportKind(
            "briefing", self.tr("Save the briefing note"), self.tr("Word documents (*.docx)"), ".docx", stem + ".docx"
        )

        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            if organisation_id is not None:
                return self._services.documents.organisation_briefing(
                    organisation_id, path, lang=lang, today=today, template_warnings=removed
                )
            return self._services.documents.briefing(
                dossier.country, path, lang=lang, today=today, template_warnings=removed
            )

        if as_pdf:
            pdf = pdf_kind("briefing", self.tr("Save the briefing note as PDF"), stem)
            return export_pdf(self.exporter, pdf, write, template_warnings=removed)
        return self.exporter.export(kind, write, template_warnings=removed)

    # Showing ------------------------------------------------------------------------------

    def set_texts_language(self, lang: str) -> None:
        """Show the dossier's texts, names and words in `lang` ("" for the original)."""
        for model in (self.meetings_model, self.people_model, self.decisions_model, self.follow_ups_model):
            model.set_texts_language(lang)

    def _load_pick_lists(self) -> None:
        self.picker.set_counterparts(self._services.dossier.counterparts(lang=display_language()))
        self.picker.set_organisations(self._services.directory.organisations())

    def _clear(self) -> None:
        self._show(None)

    def _show(self, dossier: Dossier | None) -> None:
        self._dossier = dossier
        self.follow_ups_model.set_today(dossier.today if dossier else self.today())
        self.meetings_model.set_rows(dossier.meetings if dossier else [])
        self.people_model.set_rows(dossier.people if dossier else [])
        self.decisions_model.set_rows(dossier.decisions if dossier else [])
        self.follow_ups_model.set_rows([*dossier.open_follow_ups, *dossier.done_follow_ups] if dossier else [])
        self._update_texts()
        self.briefing_button.setEnabled(dossier is not None)
        self.language_combo.setEnabled(dossier is not None)
        if dossier is None:
            tip = self.tr("Choose a country or an organisation to write a briefing note on it.")
        elif dossier.kind == "organisation":
            tip = self.tr(
                "Write a briefing note before meeting this organisation again: earlier meetings in short, "
                "follow-ups open and completed, and its people met"
            )
        else:
            tip = self.tr(
                "Write a briefing note before meeting this country again: earlier meetings in short, "
                "follow-ups open and completed, and the people met"
            )
        self.briefing_button.setToolTip(tip)

    def _update_texts(self) -> None:
        dossier = self._dossier
        if dossier is None:
            self.title_label.setText(self.tr("Counterpart dossier"))
            self.figures_label.setText(
                self.tr("Choose a counterpart country or an organisation to see everything that happened with it.")
            )
        else:
            self.title_label.setText(dossier.name)
            self.figures_label.setText(meetings_text(dossier) + "\n" + follow_ups_text(dossier))
        meetings = len(dossier.meetings) if dossier else 0
        people = len(dossier.people) if dossier else 0
        decisions = len(dossier.decisions) if dossier else 0
        self.tabs.setTabText(MEETINGS_TAB, self.tr("Meetings (%1)").replace("%1", str(meetings)))
        self.tabs.setTabText(PEOPLE_TAB, self.tr("People met (%1)").replace("%1", str(people)))
        self.tabs.setTabText(DECISIONS_TAB, self.tr("Decisions (%1)").replace("%1", str(decisions)))
        self.tabs.setTabText(
            FOLLOW_UPS_TAB,
            self.tr("Follow-ups (%1 open, %2 overdue, %3 done)")
            .replace("%1", str(len(dossier.open_follow_ups) if dossier else 0))
            .replace("%2", str(len(dossier.overdue_follow_ups) if dossier else 0))
            .replace("%3", str(len(dossier.done_follow_ups) if dossier else 0)),
        )

    def _open_meeting_of_row(self, index: QModelIndex) -> None:
        meeting_id = index.data(MEETING_ID_ROLE) if index.isValid() else None
        if isinstance(meeting_id, int):
            self._commands.open_meeting(meeting_id)


def _file_part(name: str) -> str:
    """An organisation's name as part of a file name: letters and digits kept, the rest a single hyphen."""
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-")[:60] or "organisation"
