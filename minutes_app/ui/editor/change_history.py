"""The editor's History tab: who changed which field of the meeting (and its follow-ups), when, from what."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError
from minutes_app.services import Services
from minutes_app.ui.common.formatting import format_utc_timestamp

# How much of a long old value (a summary) a line shows; the item's tooltip holds the whole.
SHOWN_CHARS = 120
_NUMBERED = re.compile(r"^(decision|agenda item) (\d+)(?: (\w+))?(?: \((\w\w)\))?$")
_ATTENDANCE = re.compile(r"^attendance: (.+?)(?: (side|role|present|position|precedence))?(?: \((\w\w)\))?$")
_TRANSLATED = re.compile(r"^(\w+) \((\w\w)\)$")


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditFields", text)


def _field_names() -> dict[str, str]:
    """The trail's field names in the interface language (built per call: the language can change)."""
    return {
        "title": _t("Title"),
        "kind": _t("Kind"),
        "date": _t("Date"),
        "start_time": _t("Start time"),
        "end_time": _t("End time"),
        "venue": _t("Venue"),
        "reference_number": _t("Reference number"),
        "confidentiality": _t("Confidentiality"),
        "status": _t("Status"),
        "language": _t("Language"),
        "summary": _t("Summary"),
        "prepared_by": _t("Prepared by"),
        "approved_by": _t("Approved by"),
        "signatory_host": _t("Host signatory"),
        "signatory_guest": _t("Guest signatory"),
        "host organisation": _t("Host organisation"),
        "countries": _t("Countries"),
        "topics": _t("Topics"),
        "text": _t("text"),
        "notes": _t("notes"),
        "number": _t("number"),
        "side": _t("side"),
        "role": _t("role"),
        "present": _t("present"),
        "position": _t("position"),
        "precedence": _t("order"),
        "description": _t("Description"),
        "department": _t("Department"),
        "counterpart_contact": _t("Counterpart contact"),
        "due_date": _t("Due date"),
        "priority": _t("Priority"),
        "completed_on": _t("Completed on"),
        "owner": _t("Owner"),
        "topic": _t("Topic"),
    }


def field_label(entry: r.AuditEntry) -> str:
    """What an entry is about, in words: "Decision 3 text", "Participant Mikayil Jabbarov: role", "Follow-up 12: Status"."""
    names = _field_names()
    field = entry.field
    if numbered := _NUMBERED.match(field):
        noun, number, part, lang = numbered.groups()
        label = (_t("Decision %1") if noun == "decision" else _t("Agenda item %1")).replace("%1", number)
        label += f" {names.get(part, part)}" if part else ""
    elif attendance := _ATTENDANCE.match(field):
        who, part, lang = attendance.groups()
        label = _t("Participant %1").replace("%1", who) + (f": {names.get(part, part)}" if part else "")
    elif translated := _TRANSLATED.match(field):
        part, lang = translated.groups()
        label = names.get(part, part)
    else:
        label, lang = names.get(field, field.replace("_", " ")), None
    if lang:
        label += f" ({lang})"
    if entry.record_kind == "follow_up":
        prefix = _t("Follow-up %1").replace("%1", str(entry.record_id))
        return f"{prefix}: {label}" if label else prefix
    return label or _t("Meeting")


def _quoted(value: str) -> str:
    value = value.replace("\n", " ")
    if not value:
        return _t("(empty)")
    return "“" + (value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…") + "”"


def entry_sentence(entry: r.AuditEntry) -> str:
    """ "Decision 3 text changed by a.mammadov on 12.03.2027 14:05, was: “…”, now: “…”"."""
    templates = {
        "created": _t("%1 created by %2 on %3"),
        "deleted": _t("%1 moved to the trash by %2 on %3"),
        "restored": _t("%1 restored from the trash by %2 on %3"),
    }
    template = templates.get(entry.action, _t("%1 changed by %2 on %3, was: %4, now: %5"))
    # Placeholders replaced in one pass from the end: a value holding "%1" stays as typed.
    values = {
        "%1": field_label(entry),
        "%2": entry.changed_by or _t("unknown"),
        "%3": format_utc_timestamp(entry.changed_at),
        "%4": _quoted(entry.old_value),
        "%5": _quoted(entry.new_value),
    }
    return re.sub(r"%[1-5]", lambda match: values[match.group(0)], template)


class ChangeHistoryPanel(QWidget):
    """The recorded changes of the open meeting, newest first, filterable by field."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id: int | None = None
        self._entries: list[r.AuditEntry] = []
        self._stale = True
        self.field_filter = QComboBox()
        self.field_filter.setMinimumContentsLength(24)
        self.field_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filter_label = QLabel(self.tr("&Field:"))
        filter_label.setBuddy(self.field_filter)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.field_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.entries, 1)
        self.field_filter.activated.connect(lambda _index: self._fill())

    def set_meeting(self, meeting_id: int | None) -> None:
        """Follow another meeting (or a new, unsaved one); read when next shown."""
        self._meeting_id = meeting_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """The meeting was written: read the trail again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the trail if it may have changed since last read."""
        if not self._stale:
            return
        self._stale = False
        self._entries = []
        if self._meeting_id is not None:
            try:
                self._entries = self._services.audit.history("meeting", self._meeting_id)
            except MinutesError as error:  # a store gone away: say so in the panel, keep the editor usable
                self._entries = []
                self.empty_label.setText(self.tr("The history could not be read: %1").replace("%1", str(error)))
                self.empty_label.show()
                self.entries.clear()
                return
        chosen = self.field_filter.currentData()
        labels = sorted({field_label(e) for e in self._entries})
        self.field_filter.clear()
        self.field_filter.addItem(self.tr("All fields"), "")
        for label in labels:
            self.field_filter.addItem(label, label)
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(chosen)) if chosen else 0)
        self._fill()

    def _fill(self) -> None:
        chosen = self.field_filter.currentData() or ""
        self.entries.clear()
        for entry in self._entries:
            if chosen and field_label(entry) != chosen:
                continue
            item = QListWidgetItem(entry_sentence(entry))
            whole = f"{entry.old_value}\n→\n{entry.new_value}" if entry.action == "changed" else entry.new_value
            item.setToolTip(whole[:2000])
            self.entries.addItem(item)
        if self._meeting_id is None:
            self.empty_label.setText(self.tr("The history starts when the meeting is first saved."))
        elif not self._entries:
            self.empty_label.setText(self.tr("No changes recorded."))
        self.empty_label.setVisible(self._meeting_id is None or not self._entries)

    def lines(self) -> list[str]:
        """The entries as shown, top first."""
        return [self.entries.item(i).text() for i in range(self.entries.count())]

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Read the trail when the tab is shown, not on every save while it is hidden."""
        super().showEvent(event)
        self.refresh()
