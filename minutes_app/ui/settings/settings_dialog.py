"""The Settings dialog: who the officer is, defaults for new minutes, reminders, backups, calendar, interface language, topics, roles."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.textfold import matches
from minutes_app.services import Services
from minutes_app.services.settings import Settings
from minutes_app.services.settings_rules import MAX_ATTACHMENT_LIMIT_MB, MAX_REMINDER_DAYS
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.choosers import fill_vocabulary_combo, organisation_choices, select_data
from minutes_app.ui.common.error_messages import save_reporting_errors
from minutes_app.ui.common.screen_fit import fit_dialog_on_screen
from minutes_app.ui.common.ui_settings import LANGUAGE_KEY, interface_language
from minutes_app.ui.directory.organisation_dialog import add_organisation_named
from minutes_app.ui.settings.roles_editor import RolesEditor
from minutes_app.ui.settings.topics_editor import TopicsEditor
from minutes_app.ui.team import role_limits
from minutes_app.ui.widgets.field_errors import FieldErrors
from minutes_app.ui.widgets.lookup_edit import LookupEdit
from minutes_app.ui.widgets.scrolling_page import scrolling_page


class SettingsDialog(QDialog):
    """Edits the officer's settings (kept in the store) and the interface language (kept per computer)."""

    saved = Signal(object)  # the Settings as stored
    interface_language_changed = Signal(str)  # the language the interface is now to speak ("en", "az", "ru")

    def __init__(self, services: Services, ui_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui_settings = ui_settings
        self.saved_settings: Settings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.errors = FieldErrors()
        current = services.settings.get()

        self.officer_name_edit = QLineEdit(current.officer_name)
        self.officer_position_edit = QLineEdit(current.officer_position)
        self.own_organisation_edit = LookupEdit(matcher=matches)
        self.own_organisation_edit.setPlaceholderText(self.tr("Type any of its names…"))
        self.own_organisation_edit.set_choices(organisation_choices(services.directory.organisations()))
        self.own_organisation_edit.set_current_key(current.own_organisation_id)
        self.own_organisation_edit.set_offer(
            lambda typed: self.tr("Add “%1” as a new organisation…").replace("%1", typed)
        )
        self.own_organisation_edit.offer_taken.connect(self._add_own_organisation)
        self.minutes_language_combo = QComboBox()
        fill_vocabulary_combo(self.minutes_language_combo, vocabulary_labels.LANGUAGE)
        select_data(self.minutes_language_combo, current.minutes_language)
        self.template_edit = QLineEdit(current.minutes_template)
        self.template_edit.setPlaceholderText(self.tr("The bundled template"))
        self.browse_template_button = QPushButton(self.tr("&Browse…"))
        self.bundled_template_button = QPushButton(self.tr("Use &bundled"))
        self.reminders_check = QCheckBox(self.tr("Remind me of follow-ups that are due soon or overdue"))
        self.reminders_check.setChecked(current.reminders)
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(1, 1000)
        self.backups_spin.setValue(current.backups_to_keep)
        self.attachment_limit_spin = QSpinBox()
        self.attachment_limit_spin.setRange(1, MAX_ATTACHMENT_LIMIT_MB)
        self.attachment_limit_spin.setSuffix(self.tr(" MB"))
        self.attachment_limit_spin.setToolTip(
            self.tr("A larger file is refused when attached to a meeting or follow-up")
        )
        self.attachment_limit_spin.setValue(current.attachment_limit_mb)
        self.time_zone_combo = time_zone_combo(current.calendar_time_zone)
        self.reminder_days_spin = QSpinBox()
        self.reminder_days_spin.setRange(0, MAX_REMINDER_DAYS)
        self.reminder_days_spin.setSpecialValueText(self.tr("No reminder"))
        self.reminder_days_spin.setSuffix(self.tr(" day(s) before"))
        self.reminder_days_spin.setValue(current.calendar_reminder_days)
        self.interface_language_combo = QComboBox()
        self.interface_language_combo.addItem(self.tr("As the system"), "")
        for value, text in vocabulary_labels.choices(vocabulary_labels.LANGUAGE):
            self.interface_language_combo.addItem(text, value)
        select_data(self.interface_language_combo, str(ui_settings.value(LANGUAGE_KEY, "") or ""))
        self.topics_editor = TopicsEditor(services)
        self.roles_editor = RolesEditor(services)
        shared_lists = role_limits.lists_limit(services.access())  # a team server's officer or reader: browse only
        self.topics_editor.set_read_only(shared_lists)
        self.roles_editor.set_read_only(shared_lists)
        self.tabs = QTabWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        self._lay_out()
        self.browse_template_button.clicked.connect(self._browse_template)
        self.bundled_template_button.clicked.connect(self.template_edit.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, self.sizeHint().height())
        fit_dialog_on_screen(self)

    def _lay_out(self) -> None:
        officer = QGroupBox(self.tr("You"))
        officer_form = QFormLayout(officer)
        officer_form.addRow(self.tr("Your &name:"), self.errors.wrap("officer_name", self.officer_name_edit))
        officer_form.addRow(
            self.tr("Your &position:"), self.errors.wrap("officer_position", self.officer_position_edit)
        )
        officer_form.addRow(
            self.tr("Your &organisation:"), self.errors.wrap("own_organisation", self.own_organisation_edit)
        )
        officer_form.addRow(
            _note(
                self.tr(
                    "Your name and position sign the minutes as “prepared by” and are the Word "
                    "documents' author. Your organisation is the host side of new meetings."
                )
            )
        )
        minutes = QGroupBox(self.tr("Minutes"))
        minutes_form = QFormLayout(minutes)
        minutes_form.addRow(
            self.tr("Default &language:"), self.errors.wrap("minutes_language", self.minutes_language_combo)
        )
        template_row = QHBoxLayout()
        template_row.addWidget(self.errors.wrap("minutes_template", self.template_edit), 1)
        template_row.addWidget(self.browse_template_button)
        template_row.addWidget(self.bundled_template_button)
        template_label = QLabel(self.tr("&Word template:"))
        template_label.setBuddy(self.template_edit)  # a row holding a layout gets no buddy by itself
        minutes_form.addRow(template_label, template_row)
        upkeep = QGroupBox(self.tr("Reminders and backups"))
        upkeep_form = QFormLayout(upkeep)
        upkeep_form.addRow(self.reminders_check)
        upkeep_form.addRow(self.tr("Backups to &keep:"), self.errors.wrap("backups_to_keep", self.backups_spin))
        upkeep_form.addRow(
            self.tr("Largest &attached file:"), self.errors.wrap("attachment_limit_mb", self.attachment_limit_spin)
        )
        calendar = QGroupBox(self.tr("Calendar"))
        calendar_form = QFormLayout(calendar)
        calendar_form.addRow(self.tr("Time &zone:"), self.errors.wrap("calendar_time_zone", self.time_zone_combo))
        calendar_form.addRow(
            self.tr("Deadline &reminder:"), self.errors.wrap("calendar_reminder_days", self.reminder_days_spin)
        )
        calendar_form.addRow(
            _note(
                self.tr(
                    "The calendar export (.ics) gives meeting times in this time zone; Outlook "
                    "and Thunderbird remind the owner of an open follow-up before its deadline."
                )
            )
        )
        interface = QGroupBox(self.tr("Interface"))
        interface_form = QFormLayout(interface)
        interface_form.addRow(self.tr("&Interface language:"), self.interface_language_combo)
        interface_form.addRow(
            _note(
                self.tr(
                    "The menus and page names change at once; the app offers to restart to show every window in the new language."
                )
            )
        )
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for box in (officer, minutes, upkeep, calendar, interface):
            general_layout.addWidget(box)
        # Scrolls on a low screen, and lets an error's wrapped text push the rows below down instead of overlapping.
        self.tabs.addTab(scrolling_page(general), self.tr("&General"))
        self.tabs.addTab(self.topics_editor, self.tr("&Topics"))
        self.tabs.addTab(self.roles_editor, self.tr("R&oles"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def settings(self) -> Settings:
        """The settings as the form shows them (not yet checked)."""
        key = self.own_organisation_edit.current_key()
        return Settings(
            officer_name=self.officer_name_edit.text().strip(),
            officer_position=self.officer_position_edit.text().strip(),
            own_organisation_id=key if isinstance(key, int) else None,
            minutes_language=self.minutes_language_combo.currentData(),
            minutes_template=self.template_edit.text().strip(),
            reminders=self.reminders_check.isChecked(),
            backups_to_keep=self.backups_spin.value(),
            calendar_time_zone=self.time_zone_combo.currentText().strip(),
            calendar_reminder_days=self.reminder_days_spin.value(),
            attachment_limit_mb=self.attachment_limit_spin.value(),
        )

    def accept(self) -> None:
        """Save, or show what is wrong next to the field and stay open."""
        self.errors.clear()
        if self.own_organisation_edit.text().strip() and self.own_organisation_edit.current_key() is None:
            self.errors.show(
                "own_organisation",
                self.tr(
                    "Pick your organisation from the list shown as you type, or add it there as a new organisation."
                ),
            )
            return
        template = self.template_edit.text().strip()
        if template and not (Path(template).is_file() and template.lower().endswith(".docx")):
            self.errors.show(
                "minutes_template",
                self.tr("Choose an existing Word file (.docx), or leave empty for the bundled template."),
            )
            return
        wanted = self.settings()
        if wanted == self._services.settings.get():
            stored: Settings | None = wanted  # nothing to write (a team server's officer changes only the language)
        else:
            stored = save_reporting_errors(self, self.errors, lambda: self._services.settings.save(wanted))
        if stored is None:
            return
        before = interface_language(self._ui_settings)
        self._ui_settings.setValue(LANGUAGE_KEY, self.interface_language_combo.currentData())
        after = interface_language(self._ui_settings)
        self.saved_settings = stored
        self.saved.emit(stored)
        super().accept()
        if after != before:
            self.interface_language_changed.emit(after)

    def _add_own_organisation(self, name: str) -> None:
        """Create the organisation typed (with its spellings, kind and country) and make it the officer's."""
        created = add_organisation_named(self._services, name, self)
        if created is None:
            return
        self.own_organisation_edit.set_choices(organisation_choices(self._services.directory.organisations()))
        self.own_organisation_edit.set_current_key(created.id)
        self.errors.clear()

    def _browse_template(self) -> None:
        start = self.template_edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), start, self.tr("Word documents (*.docx)")
        )
        if chosen:
            self.template_edit.setText(chosen)


def time_zone_combo(current: str) -> QComboBox:
    """An editable list of the time zones this computer knows, showing `current`."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed name is checked on Save, not added
    combo.addItems(sorted(zoneinfo.available_timezones()))
    completer = combo.completer()
    if completer is not None:  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCurrentText(current)
    return combo


def _note(text: str) -> QLabel:
    """An explanatory line under a form's fields."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setEnabled(False)  # drawn greyed: it explains, it is not a field
    return note
