"""Type-ahead over the directory: any spelling of a name, or the organisation, finds a person.

`PersonPicker` adds participants (people, or unnamed representatives of an organisation) and
offers to create a new person or organisation when nothing fits. `PersonField` holds one chosen
person (a follow-up's owner).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from minutes_app.ui.editor import folded_match
from minutes_app.ui.editor.directory_copy import ORGANISATION, PERSON, Directory, Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_NEW_PERSON = "new_person"
_NEW_REPRESENTATIVE = "new_representative"
_OFFICER = "officer"


class PersonPicker(QLineEdit):
    """Type part of any spelling; Enter or a click on a suggestion picks it, then the box empties."""

    person_picked = Signal(int)
    organisation_picked = Signal(int)
    new_person_requested = Signal(str)  # the text typed, to start the new person's name
    new_representative_requested = Signal(str)  # the text typed, to start the organisation's name

    def __init__(self, directory: Directory, parent: QWidget | None = None, *, organisations: bool = True) -> None:
        super().__init__(parent)
        self._directory = directory
        self._organisations = organisations
        self._popup_model = QStandardItemModel(self)
        self._completer = QCompleter(self._popup_model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        popup = self._completer.popup()
        assert popup is not None
        self._popup = popup
        self._completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self.textEdited.connect(self._suggest)
        self.returnPressed.connect(self._on_return)
        self.setClearButtonEnabled(True)

    def suggestions(self) -> list[str]:
        """The texts the popup offers now (for tests and accessibility)."""
        return [self._popup_model.item(i).text() for i in range(self._popup_model.rowCount())]

    def _hits(self, text: str) -> list[Hit]:
        return self._directory.search(text, organisations=self._organisations)

    def _suggest(self, text: str) -> None:
        self._popup_model.clear()
        query = text.strip()
        if not query:
            self._popup.hide()
            return
        for item in self._first_items(query):
            self._popup_model.appendRow(item)
        for hit in self._hits(query):
            self._popup_model.appendRow(self._hit_item(hit))
        self._popup_model.appendRow(self._action_item(self.tr("New person “{0}”…").format(query), _NEW_PERSON))
        if self._organisations:
            self._popup_model.appendRow(
                self._action_item(self.tr("Representative of another organisation…"), _NEW_REPRESENTATIVE)
            )
        self._completer.complete()

    def _first_items(self, query: str) -> list[QStandardItem]:
        """Suggestions offered before the directory's hits (none here)."""
        return []

    def _hit_item(self, hit: Hit) -> QStandardItem:
        if hit.kind == ORGANISATION:
            text = self.tr("Representative of {0}").format(hit.name)
            if hit.spelling:
                text += f" ({hit.spelling})"
        else:
            text = hit.name + (f" ({hit.spelling})" if hit.spelling else "")
            if hit.detail:
                text += f" \u2014 {hit.detail}"
        item = QStandardItem(text)
        item.setToolTip(text)
        item.setData(hit, HIT_ROLE)
        item.setEditable(False)
        return item

    def _action_item(self, text: str, action: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(action, HIT_ROLE)
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
        item.setEditable(False)
        return item

    def _on_activated(self, index: QModelIndex) -> None:
        self._take(index.data(HIT_ROLE))

    def _on_return(self) -> None:
        popup = self._popup
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer takes the highlighted suggestion itself
        query = self.text().strip()
        if not query:
            return
        hits = self._hits(query)
        self._take(hits[0] if hits else _NEW_PERSON)

    def _take(self, choice: Hit | str | None) -> None:
        query = self.text().strip()
        self._popup.hide()
        if isinstance(choice, Hit):
            self.picked(choice)
        elif choice == _NEW_PERSON:
            self.clear()
            self.new_person_requested.emit(query)
        elif choice == _NEW_REPRESENTATIVE:
            self.clear()
            self.new_representative_requested.emit(query)
        elif choice == _OFFICER:
            self.chosen_officer()

    def chosen_officer(self) -> None:
        """The officer was chosen (only a PersonField offers them)."""

    def picked(self, hit: Hit) -> None:
        """Announce the pick and empty the box for the next participant."""
        self.clear()
        if hit.kind == PERSON:
            self.person_picked.emit(hit.id)
        else:
            self.organisation_picked.emit(hit.id)


class PersonField(PersonPicker):
    """Holds one person of the directory; typing searches again, an empty box means nobody."""

    person_changed = Signal()
    officer_requested = Signal()  # "Me (name)" was chosen: the officer, perhaps not yet in the directory

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(directory, parent, organisations=False)
        self._person_id: int | None = None
        self._officer_name = ""
        self.textEdited.connect(self._forget)
        self.editingFinished.connect(self._resolve_typed)

    def person_id(self) -> int | None:
        """The chosen person's id, or None."""
        return self._person_id

    def set_officer_name(self, name: str) -> None:
        """Offer "Me (name)" among the suggestions; "" offers nobody (no name in Settings)."""
        self._officer_name = name.strip()

    def _first_items(self, query: str) -> list[QStandardItem]:
        if not self._officer_name:
            return []
        me = self.tr("Me")
        wanted = folded_match.query_of(query)
        if not (folded_match.matches(query, self._officer_name) or folded_match.query_of(me[: len(query)]) == wanted):
            return []
        return [self._action_item(self.tr("Me ({0})").format(self._officer_name), _OFFICER)]

    def chosen_officer(self) -> None:
        """Ask for the officer's person (the section finds or creates it, then shows it here)."""
        self.clear()
        self.officer_requested.emit()

    def is_unresolved(self) -> bool:
        """True when text is typed but no person of the directory is chosen."""
        return self._person_id is None and bool(self.text().strip())

    def set_person_id(self, person_id: int | None) -> None:
        """Show the person with this id (nobody for None)."""
        self._person_id = person_id
        person = self._directory.person(person_id)
        self.setText(person.name if person else "")

    def picked(self, hit: Hit) -> None:
        """Keep the picked person and show their name."""
        self.set_person_id(hit.id)
        self.person_changed.emit()

    def _resolve_typed(self) -> None:
        # A name typed out in full (any spelling) counts as picked, without using the popup.
        if not self.is_unresolved():
            return
        typed = folded_match.query_of(self.text())
        for hit in self._hits(self.text()):
            person = self._directory.person(hit.id)
            if person and any(folded_match.query_of(s) == typed for s in person.spellings()):
                self.picked(hit)
                return

    def _forget(self, _text: str) -> None:
        if self._person_id is not None:
            self._person_id = None
            self.person_changed.emit()
