"""The audit trail: who changed which field of which record, when, from what to what.

Written by the services inside the transaction of the change (docs/audit.md), so a save that fails
leaves no entry and a saved change always has its entries. Read back per record, newest first.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable

from sqlalchemy import Table, func, insert, or_, select, text
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.services import audit_diff
from minutes_app.services.audit_diff import Change
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import utcnow
from minutes_app.store.text_guard import check_values

KINDS = ("meeting", "follow_up", "person", "organisation")
# The longest stored value; a longer one (a pasted report in a summary) keeps its start.
MAX_VALUE = 20_000
_TABLE: Table = m.AuditEntryRow.__table__  # type: ignore[assignment]


def os_user() -> str:
    """The operating-system login of this process, or "unknown" where none can be read (no passwd entry)."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):  # getpass raises these when neither env nor passwd name the user
        return "unknown"


def actor(session: Session) -> str:
    """Who is changing: the database login on a server (it cannot be claimed by the client), the OS user on SQLite."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        # Asked once per server connection, and kept with it: its login stays what it was (the app never
        # sets another role), and every write after the first is spared a round trip.
        info = session.connection().info
        if _LOGIN not in info:
            info[_LOGIN] = str(session.execute(text("SELECT current_user")).scalar_one())
        return str(info[_LOGIN])
    return os_user()


_LOGIN = "minutes_app.current_user"  # the server's answer, kept in the connection's info


def record(session: Session, changes: Iterable[Change]) -> int:
    """Add the changes to the trail in the session's transaction; returns how many rows were added."""
    rows = list(changes)
    if not rows:
        return 0
    who, now = actor(session), utcnow()
    values = [
        {
            "changed_at": now,
            "changed_by": who,
            "record_kind": c.record_kind,
            "record_id": c.record_id,
            "meeting_id": c.meeting_id,
            "action": c.action,
            "field": c.field[:500],
            "old_value": c.old[:MAX_VALUE],
            "new_value": c.new[:MAX_VALUE],
        }
        # Written last field first: read newest first (by id), one save's fields come in the editor's order.
        for c in reversed(rows)
    ]
    for row in values:  # what the flush would check of ORM rows
        check_values(_TABLE, row)
    # One statement for a save's entries, in this order (the ORM sent one per entry, each returning its id).
    session.execute(insert(m.AuditEntryRow), values)
    return len(rows)


def _entry(row: m.AuditEntryRow) -> r.AuditEntry:
    return r.AuditEntry(
        id=row.id,
        changed_at=row.changed_at,
        changed_by=row.changed_by,
        record_kind=row.record_kind,
        record_id=row.record_id,
        action=row.action,
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
        meeting_id=row.meeting_id,
    )


class AuditService:
    """Reading the trail."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def history(self, kind: str, record_id: int) -> list[r.AuditEntry]:
        """Every entry of one record, newest first; a meeting's includes those of its follow-ups."""
        if kind not in KINDS:
            raise ValidationError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        own = (m.AuditEntryRow.record_kind == kind) & (m.AuditEntryRow.record_id == record_id)
        where = or_(own, m.AuditEntryRow.meeting_id == record_id) if kind == "meeting" else own
        # SQLite gives the id of a record deleted for good (trash emptied) to the next one: its history
        # starts at its own creation, not at that of the record that had the id before.
        born = select(func.coalesce(func.max(m.AuditEntryRow.id), 0)).where(own, m.AuditEntryRow.action == "created")
        with self.store.reading() as session:
            rows = session.scalars(
                select(m.AuditEntryRow)
                .where(where, m.AuditEntryRow.id >= born.scalar_subquery())
                .order_by(m.AuditEntryRow.id.desc())
            )
            return [_entry(row) for row in rows]

    def latest(self, kind: str, record_id: int) -> r.AuditEntry | None:
        """The newest entry of one record (a meeting's includes its follow-ups'), or None: who wrote it last."""
        if kind not in KINDS:
            raise ValidationError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        own = (m.AuditEntryRow.record_kind == kind) & (m.AuditEntryRow.record_id == record_id)
        where = or_(own, m.AuditEntryRow.meeting_id == record_id) if kind == "meeting" else own
        with self.store.reading() as session:
            row = session.scalars(
                select(m.AuditEntryRow).where(where).order_by(m.AuditEntryRow.id.desc()).limit(1)
            ).first()
            return None if row is None else _entry(row)

    def follow_up_field_changes(self, follow_up_id: int, *, limit: int = 200) -> list[r.AuditEntry]:
        """A follow-up's changes its dated notes do not already tell (description, owner…), newest first.

        The tracker's history shows the notes (status and due-date changes with their notes) and these
        beside them: each change once.
        """
        where = (
            (m.AuditEntryRow.record_kind == "follow_up")
            & (m.AuditEntryRow.record_id == follow_up_id)
            & (m.AuditEntryRow.action == audit_diff.CHANGED)
            & m.AuditEntryRow.field.not_in(audit_diff.TOLD_BY_FOLLOW_UP_NOTES)
        )
        born = select(func.coalesce(func.max(m.AuditEntryRow.id), 0)).where(
            m.AuditEntryRow.record_kind == "follow_up",
            m.AuditEntryRow.record_id == follow_up_id,
            m.AuditEntryRow.action == audit_diff.CREATED,
        )
        where = where & (m.AuditEntryRow.id >= born.scalar_subquery())
        with self.store.reading() as session:
            rows = session.scalars(
                select(m.AuditEntryRow).where(where).order_by(m.AuditEntryRow.id.desc()).limit(limit)
            )
            return [_entry(row) for row in rows]

    def count(self) -> int:
        """How many entries the trail holds (the load test counts them)."""
        with self.store.reading() as session:
            return int(session.scalar(select(func.count()).select_from(m.AuditEntryRow)) or 0)
