"""The Settings page of roles: each role's name and what the minutes print after a name, in three languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.roles import BUILT_IN_KEYS
from minutes_app.ui.common.error_messages import save_reporting_errors
from minutes_app.ui.settings.list_editor import ENTRY_ROLE, ListEditor

_LANGUAGES = ("", "_az", "_ru")  # field suffixes: English, Azerbaijani, Russian


class RolesEditor(ListEditor):
    """The role list with a form for the chosen (or a new) role; a role some meeting uses is hidden, never deleted."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.name_edits = {suffix: QLineEdit() for suffix in _LANGUAGES}
        self.after_name_edits = {suffix: QLineEdit() for suffix in _LANGUAGES}
        self.name_edit, self.name_az_edit, self.name_ru_edit = self.name_edits.values()
        self.after_name_edit, self.after_name_az_edit, self.after_name_ru_edit = self.after_name_edits.values()
        self.after_name_edit.setPlaceholderText(self.tr("e.g. head of delegation; empty prints nothing"))
        self.leads_check = QCheckBox(self.tr("&Leads its side: listed first, signs agreed minutes"))
        self.active_check = QCheckBox(self.tr("In &use: offered for participants"))
        self.new_button.setText(self.tr("&New role"))
        self.save_button.setText(self.tr("Sa&ve role"))
        self.delete_button = QPushButton(self.tr("&Delete role"))
        self.delete_button.clicked.connect(self.delete_role)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Name")), 0, 1)
        form.addWidget(QLabel(self.tr("Printed after a name, in brackets")), 0, 2)
        captions = (self.tr("&English:"), self.tr("&Azerbaijani:"), self.tr("&Russian:"))
        for row, (suffix, caption) in enumerate(zip(_LANGUAGES, captions), start=1):
            label = QLabel(caption)
            label.setBuddy(self.name_edits[suffix])
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(self.errors.wrap(f"name{suffix}", self.name_edits[suffix]), row, 1)
            form.addWidget(self.errors.wrap(f"after_name{suffix}", self.after_name_edits[suffix]), row, 2)
        form.addWidget(self.leads_check, 4, 1, 1, 2)
        form.addWidget(self.active_check, 5, 1, 1, 2)
        self._set_up(
            form,
            self.tr(
                "Documents print the role's wording in their language after a participant's name, or nothing where it "
                "is empty (a President receiving a delegation needs no mention). A role that meetings use can be taken "
                "out of use but not deleted; those meetings keep it. Each role is saved by “Save role”."
            ),
            (self.delete_button,),
        )

    def delete_role(self) -> bool:
        """Delete the chosen role, unless it is built in or some meeting uses it (then say to take it out of use)."""
        items = self.list.selectedItems()
        if not items:
            return False
        role: r.RoleEntry = items[0].data(ENTRY_ROLE)
        uses = self._services.roles.uses(role.key)
        if role.key in BUILT_IN_KEYS or uses:
            reason = (
                self.tr("“%1” is built in.")
                if role.key in BUILT_IN_KEYS
                else self.tr("“%1” is the role of %n participant(s) in meetings.", "", uses)
            ).replace("%1", role.name)
            QMessageBox.information(
                self,
                self.tr("Roles"),
                reason + " " + self.tr("It cannot be deleted; untick “In use” to stop offering it."),
            )
            return False
        if save_reporting_errors(self, self.errors, lambda: self._delete(role.id or 0)) is None:
            return False
        self.reload()
        self.start_new()
        self.changed.emit()
        return True

    def _delete(self, role_id: int) -> bool:
        self._services.roles.delete(role_id)
        return True  # save_reporting_errors reads None as "refused"

    def _entries(self) -> list[r.RoleEntry]:
        return self._services.roles.list_roles(include_inactive=True)

    def _item_text(self, role: r.RoleEntry) -> str:
        text = " · ".join(name for name in (role.name, role.name_az, role.name_ru) if name)
        if role.after_name:
            text += f" — ({role.after_name})"
        return text if role.active else text + " " + self.tr("(not in use)")

    def _blank(self) -> r.RoleEntry:
        return r.RoleEntry()

    def _from_form(self, entry_id: int | None) -> r.RoleEntry:
        # No key: a new role's key is made from its English name, and a stored role's never changes.
        texts = {f"name{s}": self.name_edits[s].text().strip() for s in _LANGUAGES}
        texts |= {f"after_name{s}": self.after_name_edits[s].text().strip() for s in _LANGUAGES}
        return r.RoleEntry(
            id=entry_id,
            leads=self.leads_check.isChecked(),
            active=self.active_check.isChecked(),
            **texts,
        )

    def _store(self, role: r.RoleEntry) -> r.RoleEntry:
        return self._services.roles.save(role)

    def _show(self, role: r.RoleEntry) -> None:
        for suffix in _LANGUAGES:
            self.name_edits[suffix].setText(getattr(role, f"name{suffix}"))
            self.after_name_edits[suffix].setText(getattr(role, f"after_name{suffix}"))
        self.leads_check.setChecked(role.leads)
        self.active_check.setChecked(role.active)
        self.delete_button.setEnabled(role.id is not None and not self.read_only_reason)

    def _first_field(self) -> QWidget:
        return self.name_edit
