"""The tracker's filter controls: text, statuses, owner, department, topic, country, due dates, overdue, due soon."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from minutes_app.domain.countries import all_countries
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.textfold import matches
from minutes_app.ui.common.country_combo import CountryCombo
from minutes_app.ui.common.date_fields import optional_date_edit
from minutes_app.ui.tracker.flow_layout import FlowLayout
from minutes_app.ui.tracker.status_checks import StatusChecks
from minutes_app.ui.widgets.lookup_edit import Choice, LookupEdit
from minutes_app.ui.widgets.search_box import SearchBox

TEXT_DELAY_MS = 300  # typing pauses this long before the query runs
DEFAULT_DUE_WITHIN_DAYS = 7


@dataclass(slots=True)
class FilterChoices:
    """What the pick lists offer: owners (id, name, other spellings), departments, topics (id, name), country codes."""

    owners: list[tuple[int, str, str]] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    topics: list[tuple[int, str]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    language: str = "en"


class FilterBar(QWidget):
    """Every tracker condition at once; `current_filter()` combines them, `filter_changed` says when."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = 0
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)

        self.text_box = SearchBox(self.tr("Search the action, department or counterpart contact (any spelling)"))
        self.text_box.setToolTip(self.text_box.placeholderText())
        self.status_checks = StatusChecks()
        self.status_checks.setToolTip(
            self.tr("Tick several statuses to see them together; none ticked shows every status.")
        )
        self.owner_edit = LookupEdit(matcher=matches)
        self.owner_edit.setPlaceholderText(self.tr("Any owner"))
        self.owner_edit.setClearButtonEnabled(True)
        self.department_combo = QComboBox()
        self.topic_combo = QComboBox()
        self.country_combo = CountryCombo()
        for combo in (self.department_combo, self.topic_combo, self.country_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.due_from_edit = optional_date_edit(empty_text=self.tr("any date"))
        self.due_to_edit = optional_date_edit(empty_text=self.tr("any date"))
        self.overdue_check = QCheckBox(self.tr("&Overdue"))
        self.overdue_check.setToolTip(self.tr("Past their due date and neither done nor cancelled"))
        self.due_within_check = QCheckBox(self.tr("Due wit&hin"))
        self.due_within_spin = QSpinBox()
        self.due_within_spin.setRange(0, 3650)
        self.due_within_spin.setValue(DEFAULT_DUE_WITHIN_DAYS)
        self.due_within_spin.setSuffix(self.tr(" days"))
        self.due_within_spin.setEnabled(False)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self._fill_combos(FilterChoices())
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        """Labelled groups in a flow: two or three lines in a wide window, more in a narrow one."""
        metrics = self.fontMetrics()
        self.text_box.setMinimumWidth(metrics.horizontalAdvance("0") * 44)
        self.owner_edit.setMinimumWidth(metrics.horizontalAdvance("0") * 22)
        self.department_combo.setMinimumContentsLength(18)
        self.topic_combo.setMinimumContentsLength(12)
        self.country_combo.setMinimumContentsLength(12)
        flow = FlowLayout(self)
        flow.addWidget(self.text_box)
        flow.addWidget(_group(self.tr("Status:"), self.status_checks))
        flow.addWidget(_group(self.tr("O&wner:"), self.owner_edit))
        flow.addWidget(_group(self.tr("&Department:"), self.department_combo))
        flow.addWidget(_group(self.tr("&Topic:"), self.topic_combo))
        flow.addWidget(_group(self.tr("&Country:"), self.country_combo))
        flow.addWidget(_group(self.tr("Due &from:"), self.due_from_edit, self.tr("to:"), self.due_to_edit))
        flow.addWidget(self.overdue_check)
        flow.addWidget(_group("", self.due_within_check, "", self.due_within_spin))
        flow.addWidget(self.clear_button)

    def _connect(self) -> None:
        self.text_box.textChanged.connect(lambda _text: None if self._quiet else self._text_timer.start())
        self.text_box.returnPressed.connect(self._apply_text_now)
        self._text_timer.timeout.connect(self._announce)
        self.status_checks.changed.connect(self._announce)
        self.owner_edit.picked.connect(lambda _key: self._announce())
        self.owner_edit.editingFinished.connect(self._announce)
        self.owner_edit.textChanged.connect(lambda text: self._announce() if not text else None)
        for combo in (self.department_combo, self.topic_combo, self.country_combo):
            combo.currentIndexChanged.connect(lambda _i: self._announce())
        self.due_from_edit.value_changed.connect(self._announce)
        self.due_to_edit.value_changed.connect(self._announce)
        self.overdue_check.toggled.connect(lambda _on: self._announce())
        self.due_within_check.toggled.connect(self._on_due_within_toggled)
        self.due_within_spin.valueChanged.connect(
            lambda _v: self._announce() if self.due_within_check.isChecked() else None
        )
        self.clear_button.clicked.connect(lambda: self.set_filter(FollowUpFilter()))

    # Choices ----------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        """Refill the pick lists, keeping what is chosen (without announcing a change)."""
        kept = self.current_filter()
        self._quiet += 1
        try:
            self.owner_edit.set_choices([Choice(pid, name, other) for pid, name, other in choices.owners])
            self._fill_combos(choices)
            self._show(kept)
        finally:
            self._quiet -= 1

    def _fill_combos(self, choices: FilterChoices) -> None:
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("Any department"), "")
        for name in choices.departments:
            self.department_combo.addItem(name, name)
        self.topic_combo.clear()
        self.topic_combo.addItem(self.tr("Any topic"), 0)  # topic ids start at 1
        for topic_id, name in choices.topics:
            self.topic_combo.addItem(name, topic_id)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("Any country"), "")
        used = {code.upper() for code in choices.countries}
        for code, name in all_countries(choices.language):
            if code in used:
                self.country_combo.addItem(name, code)

    # The filter -------------------------------------------------------------------------

    def current_filter(self) -> FollowUpFilter:
        """The conditions shown, combined."""
        owner = self.owner_edit.current_key()
        topic = self.topic_combo.currentData()
        return FollowUpFilter(
            statuses=self.status_checks.checked(),
            owner_id=int(owner) if isinstance(owner, int) else None,
            department=str(self.department_combo.currentData() or ""),
            topic_id=int(topic) if isinstance(topic, int) and topic else None,
            country=str(self.country_combo.currentData() or ""),
            due_from=self.due_from_edit.value(),
            due_to=self.due_to_edit.value(),
            overdue=self.overdue_check.isChecked(),
            due_within_days=self.due_within_spin.value() if self.due_within_check.isChecked() else None,
            text=self.text_box.text().strip(),
        )

    def set_filter(self, flt: FollowUpFilter) -> None:
        """Show `flt`'s conditions (a preset, or none to clear), then announce the change once."""
        self._quiet += 1
        try:
            self._show(flt)
        finally:
            self._quiet -= 1
        self._text_timer.stop()
        self.filter_changed.emit()

    def _show(self, flt: FollowUpFilter) -> None:
        self.text_box.setText(flt.text)
        self.status_checks.set_checked(flt.statuses)
        self.owner_edit.set_current_key(flt.owner_id)
        _select_data(self.department_combo, flt.department, add_missing=True)
        _select_data(self.topic_combo, flt.topic_id or 0)
        _select_data(self.country_combo, flt.country.upper())
        self.due_from_edit.set_value(flt.due_from)
        self.due_to_edit.set_value(flt.due_to)
        self.overdue_check.setChecked(flt.overdue)
        self.due_within_check.setChecked(flt.due_within_days is not None)
        if flt.due_within_days is not None:
            self.due_within_spin.setValue(flt.due_within_days)
        self.due_within_spin.setEnabled(flt.due_within_days is not None)

    def focus_text(self) -> None:
        """Put the keyboard in the text box with its words selected."""
        self.text_box.focus_and_select()

    def _on_due_within_toggled(self, on: bool) -> None:
        self.due_within_spin.setEnabled(on)
        self._announce()

    def _apply_text_now(self) -> None:
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._announce()

    def _announce(self) -> None:
        if not self._quiet:
            self.filter_changed.emit()


def _group(*parts: str | QWidget) -> QWidget:
    """Captions and controls side by side as one item of the flow; a caption labels the control after it."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    caption: QLabel | None = None
    for part in parts:
        if isinstance(part, str):
            caption = QLabel(part) if part else None
            if caption is not None:
                row.addWidget(caption)
            continue
        if caption is not None:
            caption.setBuddy(part)
            caption = None
        row.addWidget(part)
    return box


def _select_data(combo: QComboBox, value: object, *, add_missing: bool = False) -> None:
    """Select the item holding `value`; an unknown department is added so a preset keeps it."""
    found = combo.findData(value, Qt.ItemDataRole.UserRole)
    if found < 0 and add_missing and value:
        combo.addItem(str(value), value)
        found = combo.count() - 1
    combo.setCurrentIndex(max(found, 0))
