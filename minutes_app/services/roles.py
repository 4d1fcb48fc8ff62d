"""The editable list of roles participants play, with their names and printed wording in each language."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.domain.textfold import fold_word
from minutes_app.domain.vocab import Role
from minutes_app.services import convert
from minutes_app.services import validation as v
from minutes_app.store import models as m
from minutes_app.store.database import Store

KEY_PATTERN = re.compile(r"[a-z0-9_]{1,40}")
# The roles the app itself names (a new participant's default, the heads it proposes): hidden, never deleted.
BUILT_IN_KEYS = frozenset(role.value for role in Role)


def validate_role(role: r.RoleEntry) -> r.RoleEntry:
    """A checked copy of a role; ValidationError names the bad field."""
    key = role.key.strip()
    if key and not KEY_PATTERN.fullmatch(key):
        raise ValidationError("key", f"{key!r} is not a role key (lower-case letters, digits and _, at most 40)")
    return r.RoleEntry(
        id=v.check_id("id", role.id),
        key=key,
        name=v.clean_text("name", role.name, max_length=200, required=True),
        name_az=v.clean_text("name_az", role.name_az, max_length=200),
        name_ru=v.clean_text("name_ru", role.name_ru, max_length=200),
        after_name=v.clean_text("after_name", role.after_name, max_length=200),
        after_name_az=v.clean_text("after_name_az", role.after_name_az, max_length=200),
        after_name_ru=v.clean_text("after_name_ru", role.after_name_ru, max_length=200),
        leads=bool(role.leads),
        active=bool(role.active),
    )


def key_for(name: str, taken: set[str]) -> str:
    """A new role's key made from its English name ("Special envoy" -> "special_envoy"), unique among `taken`."""
    base = "_".join(w for w in (fold_word(word) for word in name.split()) if w)[:32].strip("_") or "role"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


_FIELDS = ("name", "name_az", "name_ru", "after_name", "after_name_az", "after_name_ru", "leads", "active")


class RoleService:
    """List, add, rename, hide and delete roles; a role some meeting uses is only ever hidden."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_roles(self, *, include_inactive: bool = False) -> list[r.RoleEntry]:
        """Roles in their display order."""
        with self.store.reading() as session:
            stmt = select(m.RoleRow).order_by(m.RoleRow.sort_order, m.RoleRow.name)
            if not include_inactive:
                stmt = stmt.where(m.RoleRow.active.is_(True))
            return [convert.role(row) for row in session.scalars(stmt)]

    def save(self, role: r.RoleEntry) -> r.RoleEntry:
        """Add a role (its key made from its English name) or change one; names are unique, keys never change."""
        role = validate_role(role)
        with self.store.writing() as session:
            clash = session.scalar(select(m.RoleRow.id).where(func.lower(m.RoleRow.name) == role.name.lower()))
            if clash is not None and clash != role.id:
                raise ValidationError("name", f"a role named {role.name!r} already exists")
            if role.id is None:
                taken = set(session.scalars(select(m.RoleRow.key)))
                if role.key and role.key in taken:
                    raise ValidationError("key", f"a role with the key {role.key!r} already exists")
                last = session.scalar(select(func.max(m.RoleRow.sort_order))) or 0
                row = m.RoleRow(key=role.key or key_for(role.name, taken), sort_order=last + 1)
                session.add(row)
            else:
                found = session.get(m.RoleRow, role.id)
                if found is None:
                    raise NotFoundError("role", role.id)
                row = found
            for name in _FIELDS:
                setattr(row, name, getattr(role, name))
            session.flush()
            return convert.role(row)

    def uses(self, key: str) -> int:
        """How many participants of meetings (those in the trash too) have the role `key`."""
        with self.store.reading() as session:
            return (
                session.scalar(select(func.count()).select_from(m.AttendanceRow).where(m.AttendanceRow.role == key))
                or 0
            )

    def delete(self, role_id: int) -> None:
        """Delete a role no meeting uses; a built-in role or one in use is refused (hide it instead)."""
        with self.store.writing() as session:
            row = session.get(m.RoleRow, role_id)
            if row is None:
                raise NotFoundError("role", role_id)
            if row.key in BUILT_IN_KEYS:
                raise ValidationError("role", f"{row.name!r} is built in: it can be hidden, not deleted")
            used = session.scalar(
                select(func.count()).select_from(m.AttendanceRow).where(m.AttendanceRow.role == row.key)
            )
            if used:
                raise ValidationError(
                    "role", f"{row.name!r} is used by {used} participant(s): it can be hidden, not deleted"
                )
            session.delete(row)

    def leading_keys(self) -> set[str]:
        """The keys of the roles that lead their side (listed first, sign agreed minutes)."""
        with self.store.reading() as session:
            return set(session.scalars(select(m.RoleRow.key).where(m.RoleRow.leads.is_(True))))
