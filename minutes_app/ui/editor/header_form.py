"""The meeting's own fields, laid out to be filled top to bottom with the keyboard alone."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from minutes_app.domain import multilingual
from minutes_app.domain import records as r
from minutes_app.domain.multilingual import Translations
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.choosers import find_country_codes
from minutes_app.ui.common.date_fields import optional_date_edit
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.editor.country_names import country_choices
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.organisation_field import OrganisationCombo
from minutes_app.ui.editor.translation_fields import TranslationFields
from minutes_app.ui.widgets.check_list import CheckList
from minutes_app.ui.widgets.field_errors import FieldErrors
from minutes_app.ui.widgets.optional_datetime import OptionalTimeEdit
from minutes_app.ui.widgets.token_edit import TokenEdit


def vocabulary_combo(kind: str) -> QComboBox:
    """A combo offering a vocabulary's translated labels, each holding its stored value."""
    combo = QComboBox()
    for value, text in vocabulary_labels.choices(kind):
        combo.addItem(text, value)
    return combo


def _set_text(line: QLineEdit, text: str) -> None:
    """Show `text`, leaving the cursor where it is when the text is already there (undo of another field)."""
    if line.text() != text:
        line.setText(text)
        line.setCursorPosition(0)  # a long title shows its beginning, not its end


def set_combo_value(combo: QComboBox, value: object) -> None:
    """Select the item holding `value` (the first item when none does)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


@dataclass
class MeetingTexts:
    """The meeting's translations while the form edits them (the form's own copy)."""

    translations: Translations = dataclasses.field(default_factory=dict)


class HeaderForm(QWidget):
    """Title, kind, status, date and times, venue, host, counterpart, reference, marking, language,
    topics, summary, who prepared and approved the minutes, and the agreed minutes' signature lines."""

    edited = Signal()
    title_edited = Signal(str)
    language_changed = Signal(str)  # the meeting's language, whether typed, loaded or undone

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._directory = directory
        self.errors = FieldErrors()
        self.texts = MeetingTexts()
        self.translated = TranslationFields(lambda: self.texts, self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Meeting of the Minister of Economy with the delegation of …"))
        self.kind = vocabulary_combo(vocabulary_labels.MEETING_KIND)
        self.status = vocabulary_combo(vocabulary_labels.MEETING_STATUS)
        self.date = optional_date_edit(empty_text=self.tr("no date"))
        self.start_time = OptionalTimeEdit(empty_text=self.tr("no time"))
        self.end_time = OptionalTimeEdit(empty_text=self.tr("no time"))
        for edit in (self.start_time, self.end_time):
            edit.setToolTip(self.tr("Type hours and minutes, e.g. 11:00 or 1100; empty it for no time"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("Room, building, city"))
        self.host = OrganisationCombo(self._directory, offers_new=True)
        host_line = self.host.lineEdit()
        assert host_line is not None
        host_line.setPlaceholderText(self.tr("Type part of the organisation's name"))
        self.countries = TokenEdit(placeholder=self.tr("Type a country, then Enter"), finder=find_country_codes)
        self.countries.set_choices(country_choices())
        self.reference_number = QLineEdit()
        # The department the meeting belongs to: on a team server, whose officers may change it.
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.setToolTip(
            self.tr("The department the meeting belongs to; on a team server only its officers and head change it")
        )
        self.confidentiality = vocabulary_combo(vocabulary_labels.CONFIDENTIALITY)
        self.confidentiality.setToolTip(
            self.tr("On a team server, only colleagues cleared for this marking see the meeting")
        )
        self.language = vocabulary_combo(vocabulary_labels.LANGUAGE)
        self.language.setToolTip(
            self.tr(
                "The language the meeting is recorded in: its texts are typed in it, and its minutes are "
                "exported in it unless you choose a translation beside the export button"
            )
        )
        self.topics = CheckList(rows=3)
        self.topics.setToolTip(self.tr("Arrow keys move, Space ticks a topic"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("The discussion as a whole, in a few paragraphs"))
        self.prepared_by = QLineEdit()
        self.approved_by = QLineEdit()
        # Over each head of delegation's signature in agreed minutes; the placeholder shows the default.
        self.signatory_host = QLineEdit()
        self.signatory_guest = QLineEdit()
        for line in (self.signatory_host, self.signatory_guest):
            line.setToolTip(
                self.tr(
                    "The line over the head of delegation's signature in agreed minutes; leave it empty for the one shown"
                )
            )
        wrap = self.errors.wrap
        beside = self.translated.add

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Title:"), wrap("title", beside("title", self.title)))
        form.addRow(
            self.tr("&Kind:"),
            self._row(
                ("", "kind", self.kind, 2),
                (self.tr("Stat&us:"), "status", self.status, 2),
            ),
        )
        form.addRow(
            self.tr("&Date:"),
            self._row(
                ("", "date", self.date, 0),
                (self.tr("&Start:"), "start_time", self.start_time, 0),
                (self.tr("End:"), "end_time", self.end_time, 0),
                ("", "", None, 1),
            ),
        )
        form.addRow(self.tr("Ve&nue:"), wrap("venue", beside("venue", self.venue)))
        form.addRow(self.tr("Host &organisation:"), wrap("host_organisation", self.host))
        form.addRow(self.tr("&Counterpart:"), wrap("countries", self.countries))
        form.addRow(self.tr("Department:"), wrap("department", self.department))
        form.addRow(
            self.tr("&Reference No.:"),
            self._row(
                ("", "reference_number", self.reference_number, 2),
                (self.tr("Confidentialit&y:"), "confidentiality", self.confidentiality, 2),
                (self.tr("Meeting &language:"), "language", self.language, 1),
            ),
        )
        form.addRow(self.tr("To&pics:"), wrap("topics", self.topics))
        form.addRow(self.tr("Su&mmary:"), wrap("summary", beside("summary", self.summary)))
        form.addRow(
            self.tr("Prepared &by:"),
            self._row(
                ("", "prepared_by", beside("prepared_by", self.prepared_by), 1),
                (self.tr("&Approved by:"), "approved_by", beside("approved_by", self.approved_by), 1),
            ),
        )
        form.addRow(
            self.tr("Signed for &host side:"), wrap("signatory_host", beside("signatory_host", self.signatory_host))
        )
        form.addRow(
            self.tr("Signed for gu&est side:"), wrap("signatory_guest", beside("signatory_guest", self.signatory_guest))
        )
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 6)
        self.translated.editors["summary"].setMinimumHeight(self.summary.minimumHeight())
        chain = [
            self.title,
            self.kind,
            self.status,
            self.date,
            self.start_time,
            self.end_time,
            self.venue,
            self.host,
            self.countries.line_edit(),
            self.department,
            self.reference_number,
            self.confidentiality,
            self.language,
            self.topics,
            self.summary,
            self.prepared_by,
            self.approved_by,
            self.signatory_host,
            self.signatory_guest,
        ]
        # Each translation follows its original, so the keyboard goes original, translation, next field.
        for name in multilingual.MEETING_FIELDS:
            original = chain.index(getattr(self, name))
            chain.insert(original + 1, self.translated.editors[name])
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)

    def _row(self, *parts: tuple[str, str, QWidget | None, int]) -> QWidget:
        """Several fields on one form row, each (caption, error name, field, stretch); no field means spacing."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for caption, name, field, stretch in parts:
            if field is None:
                row.addStretch(stretch)
                continue
            if caption:
                label = QLabel(caption)
                label.setBuddy(field)
                label.setMinimumHeight(field.sizeHint().height())  # level with the field when an error shows
                row.addSpacing(12)
                row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            wrapped = self.errors.wrap(name, field)
            if stretch == 0:  # a compact field keeps its width when an error shows beneath it
                field.setSizePolicy(QSizePolicy.Policy.Fixed, field.sizePolicy().verticalPolicy())
                stack = wrapped.layout()
                assert stack is not None
                stack.setAlignment(field, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(wrapped, stretch, Qt.AlignmentFlag.AlignTop)
        return box

    def _connect(self) -> None:
        changed = self._changed
        for line in (
            self.title,
            self.venue,
            self.reference_number,
            self.prepared_by,
            self.approved_by,
            self.signatory_host,
            self.signatory_guest,
        ):
            line.textEdited.connect(changed)
        for combo in (self.kind, self.status, self.confidentiality, self.language, self.department):
            combo.activated.connect(changed)
        department_line = self.department.lineEdit()
        assert department_line is not None
        department_line.textEdited.connect(changed)
        self.host.organisation_changed.connect(changed)
        self.date.value_changed.connect(changed)
        self.start_time.value_changed.connect(changed)
        self.end_time.value_changed.connect(changed)
        for name in ("date", "start_time", "end_time"):
            problem = getattr(self, name).typing_problem
            problem.connect(lambda text, name=name: self.errors.note(name, text))
        self.countries.changed.connect(changed)
        self.topics.changed.connect(changed)
        self.summary.textChanged.connect(changed)
        self.title.textEdited.connect(self.title_edited)
        self.language.currentIndexChanged.connect(lambda _index: self.language_changed.emit(self.meeting_language()))
        self.translated.edited.connect(changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def meeting_language(self) -> str:
        """The language the meeting is recorded in, as chosen."""
        return str(self.language.currentData() or "")

    def set_choices(self, topics: list[r.Topic]) -> None:
        """The topics to tick and the directory's organisations to host (offered anew with each meeting
        when the directory changed)."""
        language = display_language()
        self.topics.set_items([(t.id, t.name_in(language)) for t in topics])
        self.countries.set_choices(country_choices())  # in the interface language as it is now
        self.host.reload_if_changed()

    def set_departments(self, names: list[str]) -> None:
        """The departments offered (the text typed or shown stays)."""
        shown = self.department.currentText()
        self.department.clear()
        self.department.addItems(names)
        self.department.setEditText(shown)

    def load(self, meeting: r.Meeting) -> None:
        """Show the meeting's fields (not an edit)."""
        self._loading = True
        try:
            self.errors.clear()
            _set_text(self.title, meeting.title)
            set_combo_value(self.kind, meeting.kind)
            set_combo_value(self.status, meeting.status)
            self.date.set_value(meeting.date)
            self.start_time.set_value(meeting.start_time)
            self.end_time.set_value(meeting.end_time)
            _set_text(self.venue, meeting.venue)
            self.host.set_organisation_id(meeting.host_organisation_id)
            self.countries.set_chosen_keys(meeting.countries)
            _set_text(self.reference_number, meeting.reference_number)
            if self.department.currentText() != meeting.department:
                self.department.setEditText(meeting.department)
            set_combo_value(self.confidentiality, meeting.confidentiality or "")
            set_combo_value(self.language, meeting.language)
            self.topics.set_checked_keys(meeting.topic_ids)
            if self.summary.toPlainText() != meeting.summary:
                self.summary.setPlainText(meeting.summary)
            _set_text(self.prepared_by, meeting.prepared_by)
            _set_text(self.approved_by, meeting.approved_by)
            _set_text(self.signatory_host, meeting.signatory_host)
            _set_text(self.signatory_guest, meeting.signatory_guest)
            self.texts.translations = copy.deepcopy(meeting.translations)
            self.translated.load()
        finally:
            self._loading = False

    def apply(self, meeting: r.Meeting) -> r.Meeting:
        """A copy of `meeting` carrying the values of these fields."""
        return replace(
            meeting,
            title=self.title.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            date=self.date.value(),
            start_time=self.start_time.value(),
            end_time=self.end_time.value(),
            venue=self.venue.text(),
            host_organisation_id=self.host.organisation_id(),
            countries=[str(k) for k in self.countries.chosen_keys()],
            reference_number=self.reference_number.text(),
            department=self.department.currentText().strip(),
            confidentiality=self.confidentiality.currentData(),
            language=self.language.currentData(),
            topic_ids=[int(k) for k in self.topics.checked_keys()],  # type: ignore[call-overload]
            summary=self.summary.toPlainText(),
            prepared_by=self.prepared_by.text(),
            approved_by=self.approved_by.text(),
            signatory_host=self.signatory_host.text(),
            signatory_guest=self.signatory_guest.text(),
            translations=copy.deepcopy(self.texts.translations),
        )

    def set_signatory_defaults(self, defaults: dict[str, dict[str, str]]) -> None:
        """Show each side's default signature line (side -> language -> line) where its field is empty."""
        original = self.language.currentData()
        for side, line in (("host", self.signatory_host), ("guest", self.signatory_guest)):
            line.setPlaceholderText(defaults.get(side, {}).get(original, ""))
        self.translated.set_hints({f"signatory_{side}": texts for side, texts in defaults.items()})

    def host_is_unresolved(self) -> bool:
        """True when a host organisation is typed that the directory does not hold."""
        return self.host.is_unresolved()

    def show_error(self, field: str, text: str) -> bool:
        """Show `text` under the field and focus it; False when the form has no such field."""
        return self.errors.show(field, text)

    def clear_errors(self) -> None:
        """Hide every error."""
        self.errors.clear()
