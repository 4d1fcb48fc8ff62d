"""Before exporting in a language the meeting is not complete in: which texts are untranslated, and whether to go on.

Each text is listed as the officer knows it ("Agenda item 2: notes"); clicking one goes to it in the
editor instead of exporting. "Export anyway" writes the document with the original text for those
fields. `ask_untranslated` is the one entry point, so tests can answer it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minutes_app.domain import multilingual as ml
from minutes_app.ui.common import vocabulary_labels

EXPORT, CANCEL, GO_TO = "export", "cancel", "go_to"
_GO_TO_CODE = 2  # the dialog's result when an entry was clicked

# How each translatable field is named in the list.
_FIELD_NAMES: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("UntranslatedDialog", "title"),
    "venue": QT_TRANSLATE_NOOP("UntranslatedDialog", "venue"),
    "summary": QT_TRANSLATE_NOOP("UntranslatedDialog", "summary"),
    "prepared_by": QT_TRANSLATE_NOOP("UntranslatedDialog", "prepared by"),
    "approved_by": QT_TRANSLATE_NOOP("UntranslatedDialog", "approved by"),
    "signatory_host": QT_TRANSLATE_NOOP("UntranslatedDialog", "signature line of the host side"),
    "signatory_guest": QT_TRANSLATE_NOOP("UntranslatedDialog", "signature line of the guest side"),
    "notes": QT_TRANSLATE_NOOP("UntranslatedDialog", "notes"),
    "text": QT_TRANSLATE_NOOP("UntranslatedDialog", "text"),
    "description": QT_TRANSLATE_NOOP("UntranslatedDialog", "action"),
    "department": QT_TRANSLATE_NOOP("UntranslatedDialog", "department"),
    "position": QT_TRANSLATE_NOOP("UntranslatedDialog", "position"),
}


@dataclass(frozen=True, slots=True)
class Missing:
    """One untranslated text of the meeting, in one language."""

    item: ml.Untranslated
    lang: str


def _participant(meeting: Any, index: int) -> str:
    attendance = meeting.attendances[index]
    if attendance.person is not None and attendance.person.name:
        return str(attendance.person.name)
    organisation = attendance.organisation
    if organisation is None:
        return ""
    return QCoreApplication.translate("UntranslatedDialog", "representative of {0}").format(organisation.name)


def describe(meeting: Any, item: ml.Untranslated) -> str:
    """The text as the officer finds it in the editor: "Agenda item 2: notes", "Meeting: title"."""
    field = QCoreApplication.translate("UntranslatedDialog", str(_FIELD_NAMES.get(item.field, item.field)))
    number = (item.index or 0) + 1
    if item.kind == "meeting":
        where = QCoreApplication.translate("UntranslatedDialog", "Meeting")
    elif item.kind == "attendance":
        name = _participant(meeting, item.index or 0)
        if name:
            where = QCoreApplication.translate("UntranslatedDialog", "Participant {0} ({1})").format(number, name)
        else:
            where = QCoreApplication.translate("UntranslatedDialog", "Participant {0}").format(number)
    elif item.kind == "agenda":
        where = QCoreApplication.translate("UntranslatedDialog", "Agenda item {0}").format(number)
    elif item.kind == "decision":
        where = QCoreApplication.translate("UntranslatedDialog", "Decision {0}").format(number)
    else:
        where = QCoreApplication.translate("UntranslatedDialog", "Follow-up {0}").format(number)
    return QCoreApplication.translate("UntranslatedDialog", "{0}: {1}").format(where, field)


class UntranslatedDialog(QDialog):
    """The untranslated texts as a clickable list, with "Export anyway" and "Cancel"."""

    def __init__(self, meeting: Any, missing: list[Missing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Untranslated texts"))
        self.chosen: Missing | None = None
        languages = sorted({m.lang for m in missing}, key=ml.LANGUAGES.index)
        several = len(languages) > 1
        names = ", ".join(vocabulary_labels.label(vocabulary_labels.LANGUAGE, lang) for lang in languages)
        intro = QLabel(
            self.tr(
                "{0} texts of this meeting have no translation into {1}. The document will give them in the original "
                "language. Click a text to translate it now."
            ).format(len(missing), names)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for entry in missing:
            text = describe(meeting, entry.item)
            if several:
                text = self.tr("{0} — {1}").format(
                    vocabulary_labels.label(vocabulary_labels.LANGUAGE, entry.lang), text
                )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(row)
        self.list.itemClicked.connect(self._go_to)
        self.list.itemActivated.connect(self._go_to)  # Enter on an entry, for the keyboard
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def _go_to(self, row: QListWidgetItem) -> None:
        self.chosen = row.data(Qt.ItemDataRole.UserRole)
        self.done(_GO_TO_CODE)


def ask_untranslated(parent: QWidget | None, meeting: Any, missing: list[Missing]) -> tuple[str, Missing | None]:
    """Show the untranslated texts; (EXPORT, None), (CANCEL, None) or (GO_TO, the text clicked)."""
    dialog = UntranslatedDialog(meeting, missing, parent)
    try:
        result = dialog.exec()
        if result == _GO_TO_CODE and dialog.chosen is not None:
            return GO_TO, dialog.chosen
        return (EXPORT, None) if result == QDialog.DialogCode.Accepted else (CANCEL, None)
    finally:
        dialog.deleteLater()


def missing_in(meeting: Any, languages: list[str], *, signatures: bool = True) -> list[Missing]:
    """Every text of `meeting` untranslated into any of `languages`, language by language.

    `signatures` False leaves out the agreed minutes' signature lines (the other documents do not print them).
    """
    return [Missing(item, lang) for lang in languages for item in ml.untranslated(meeting, lang, signatures=signatures)]
