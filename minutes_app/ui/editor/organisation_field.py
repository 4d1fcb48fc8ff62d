"""Choosing an organisation of the directory by typing, or naming a new one with its kind and country."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QFormLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.vocab import OrganisationKind
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.country_combo import CountryCombo
from minutes_app.ui.directory.spelling_fields import OrganisationSpellings
from minutes_app.ui.editor.country_names import country_choices
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.widgets.field_errors import FieldErrors

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NEW = "new"  # the key of the "Add … as a new organisation" suggestion


class OrganisationCombo(QComboBox):
    """An editable combo over the directory; typing part of any spelling (name, English, Azerbaijani,
    Russian, in any script) suggests the organisations it finds, and, when `offers_new`, adding a new one."""

    organisation_changed = Signal()
    new_organisation_requested = Signal(str)  # the typed name, when "Add … as a new organisation" is taken

    def __init__(self, directory: Directory, parent: QWidget | None = None, *, offers_new: bool = False) -> None:
        super().__init__(parent)
        self._directory = directory
        self._filled_from = -1  # the directory's generation the list was filled from
        self._offers_new = offers_new
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        # Qt's own completer finds only the shown name; the directory's search finds every spelling.
        self.setCompleter(None)  # type: ignore[arg-type]  # Qt accepts None: no completer
        line = self.lineEdit()
        assert line is not None
        self._suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(line)
        self._completer.activated[QModelIndex].connect(self._on_suggestion_taken)  # type: ignore[index]
        line.textEdited.connect(self._suggest)
        if offers_new:  # elsewhere a name not found is a new organisation named in the same dialog
            line.returnPressed.connect(self._take_first_found)
        self.reload()
        self.currentTextChanged.connect(lambda _text: self.organisation_changed.emit())

    def popup(self) -> QAbstractItemView:
        """The list of suggestions shown while typing."""
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def _suggest(self, text: str) -> None:
        self._suggestions.clear()
        typed = text.strip()
        for hit in self._directory.search(typed, people=False):
            shown = f"{hit.name} ({hit.spelling})" if hit.spelling else hit.name
            self._add_suggestion(shown, hit.id)
        if self._offers_new and typed and self._directory.organisation_by_name(typed) is None:
            self._add_suggestion(
                QCoreApplication.translate("OrganisationCombo", "Add “%1” as a new organisation…").replace("%1", typed),
                NEW,
            )
        if self._suggestions.rowCount():
            self._completer.complete()
        else:
            self.popup().hide()

    def _take_first_found(self) -> None:
        """Enter on a partial name takes the first organisation found (never the offer to add one)."""
        if not self.typed_name() or self.organisation_id() is not None:
            return
        for row in range(self._suggestions.rowCount()):
            key = self._suggestions.index(row, 0).data(KEY_ROLE)
            if key != NEW:
                self.popup().hide()
                self.set_organisation_id(key)
                return

    def _add_suggestion(self, text: str, key: object) -> None:
        item = QStandardItem(text)
        item.setData(key, KEY_ROLE)
        item.setEditable(False)
        self._suggestions.appendRow(item)

    def _on_suggestion_taken(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key == NEW:
            self.new_organisation_requested.emit(self.typed_name())
        elif self._directory.organisation(key) is not None:
            self.set_organisation_id(key)

    def reload_if_changed(self) -> None:
        """Fill the list from the directory when it changed since the list was last filled."""
        if self._filled_from != self._directory.generation:
            self.reload()

    def reload(self) -> None:
        """Fill the list from the directory, keeping what is typed."""
        self._filled_from = self._directory.generation
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for organisation in self._directory.organisations():
            self.addItem(organisation.name, organisation.id)
        self.setCurrentText(typed)
        self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Organisations created meanwhile (in a dialog) join the list the next time it is used.
        if self.count() - 1 != len(self._directory.organisations()):
            self.reload()
        super().focusInEvent(event)

    def organisation_id(self) -> int | None:
        """The organisation whose name (any spelling) is typed, or None."""
        found = self._directory.organisation_by_name(self.currentText())
        return found.id if found else None

    def set_organisation_id(self, organisation_id: int | None) -> None:
        """Show the organisation with this id (empty for None)."""
        organisation = self._directory.organisation(organisation_id)
        self.setCurrentText(organisation.name if organisation else "")

    def typed_name(self) -> str:
        """The text typed, stripped."""
        return self.currentText().strip()

    def is_unresolved(self) -> bool:
        """True when a name is typed that no organisation of the directory has."""
        return bool(self.typed_name()) and self.organisation_id() is None


class NewOrganisationFields:
    """Its names in each language, kind and country: rows shown in a form only while the typed organisation is a new one."""

    def __init__(self, form: QFormLayout, combo: OrganisationCombo, parent: QWidget) -> None:
        self._form = form
        self._combo = combo
        self.errors = FieldErrors()
        self.spellings = OrganisationSpellings()  # the organisation dialog's fields
        self.spellings.add_rows(form, self.errors)
        self.kind = QComboBox(parent)
        for value, text in vocabulary_labels.choices(vocabulary_labels.ORGANISATION_KIND):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(self.kind.findData(OrganisationKind.OTHER.value))
        self.country = CountryCombo(parent)
        self.country.addItem("", "")
        for code, name, _others in country_choices():
            self.country.addItem(name, code)
        form.addRow(QCoreApplication.translate("NewOrganisationFields", "New organisation's &kind:"), self.kind)
        form.addRow(QCoreApplication.translate("NewOrganisationFields", "Its c&ountry:"), self.country)
        combo.organisation_changed.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self) -> None:
        """Show the rows only when the typed name is not in the directory."""
        visible = self._combo.is_unresolved()
        for edit in self.spellings.edits():
            if (row := edit.parentWidget()) is not None:
                self._form.setRowVisible(row, visible)  # the row holds the field with its error line
        for widget in (self.kind, self.country):
            self._form.setRowVisible(widget, visible)

    def keyboard_order(self) -> list[QWidget]:
        """The names, then kind and country."""
        return [*self.spellings.edits(), self.kind, self.country]

    def new_organisation(self) -> r.Organisation:
        """The organisation to create from the typed name, kind and country."""
        return self.spellings.apply(
            r.Organisation(
                name=self._combo.typed_name(),
                kind=self.kind.currentData(),
                country=self.country.currentData() or "",
            )
        )


def resolve_organisation(
    services: Services,
    directory: Directory,
    combo: OrganisationCombo,
    fields: NewOrganisationFields,
) -> r.Organisation | None:
    """The organisation typed in `combo`, created in the directory first when it is new; None when empty.

    Raises ValidationError (from the directory service) when the new organisation cannot be stored.
    """
    found = directory.organisation(combo.organisation_id())
    if found is not None or not combo.typed_name():
        return found
    created = services.directory.save_organisation(fields.new_organisation())
    directory.remember_organisation(created)
    combo.reload()
    combo.set_organisation_id(created.id)
    return created
