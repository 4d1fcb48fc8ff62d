"""The editor's copy of the role list (Settings > Roles): names to show, choices to offer, which roles lead a side."""

from __future__ import annotations

from minutes_app.domain import records as r
from minutes_app.domain import vocab
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import display_language

# Until the list is loaded (and for a key the store lacks), the vocabulary's heads lead.
_BUILT_IN_HEADS = frozenset(role.value for role in vocab.HEAD_ROLES)


class RoleList:
    """Roles loaded once per open meeting, each with its name in the interface language."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._roles: dict[str, r.RoleEntry] = {}

    def refresh(self) -> None:
        """Reload the roles from the store (those hidden too: past meetings still name them)."""
        self._roles = {role.key: role for role in self._services.roles.list_roles(include_inactive=True)}

    def name(self, key: str) -> str:
        """The role's name as the officer reads it (the interface's language where the role has that form)."""
        role = self._roles.get(key)
        return (
            role.name_in(display_language())
            if role is not None
            else vocabulary_labels.label(vocabulary_labels.ROLE, key)
        )

    def leads(self, key: str) -> bool:
        """True when the role leads its side (listed first, signs agreed minutes)."""
        role = self._roles.get(key)
        return role.leads if role is not None else key in _BUILT_IN_HEADS

    def entry(self, key: str) -> r.RoleEntry | None:
        """The stored role with this key, if any."""
        return self._roles.get(key)

    def choices(self, keep: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str]]:
        """(key, name) of the roles in use, and of the hidden ones in `keep` (a row that already holds one)."""
        if not self._roles:
            return vocabulary_labels.choices(vocabulary_labels.ROLE)
        return [(key, self.name(key)) for key, role in self._roles.items() if role.active or key in keep]
