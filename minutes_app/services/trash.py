"""The trash: deleted meetings, follow-ups, people and organisations, restorable until emptied."""

from __future__ import annotations

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import hooks
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import touch

TRASH_KINDS = {
    "meeting": m.MeetingRow,
    "follow_up": m.FollowUpRow,
    "person": m.PersonRow,
    "organisation": m.OrganisationRow,
}


class TrashService:
    """List, restore and empty the trash."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_deleted(self) -> list[r.TrashItem]:
        """Everything in the trash, most recently deleted first."""
        items: list[r.TrashItem] = []
        with self.store.reading() as session:
            for row in session.scalars(select(m.MeetingRow).where(m.MeetingRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("meeting", row.id, row.title, row.deleted_at, str(row.date or "")))
            for row in session.scalars(select(m.FollowUpRow).where(m.FollowUpRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("follow_up", row.id, row.description, row.deleted_at, row.meeting.title))
            for row in session.scalars(select(m.PersonRow).where(m.PersonRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("person", row.id, row.name, row.deleted_at, row.position))
            for row in session.scalars(select(m.OrganisationRow).where(m.OrganisationRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("organisation", row.id, row.name, row.deleted_at, row.country))
        items.sort(key=lambda item: (item.deleted_at is not None, item.deleted_at), reverse=True)
        return items

    def restore(self, kind: str, record_id: int) -> None:
        """Bring a record back from the trash with everything attached."""
        model = TRASH_KINDS.get(kind)
        if model is None:
            raise ValidationError("kind", f"{kind!r} is not a kind of record in the trash")
        with self.store.writing() as session:
            row = session.get(model, record_id)
            if row is None or row.deleted_at is None:
                raise NotFoundError(f"{kind.replace('_', '-')} in the trash", record_id)
            row.deleted_at = None
            touch(row)
            session.flush()
            _reindex(session, kind, row)

    def empty(self) -> int:
        """Delete everything in the trash for good; returns how many records went.

        A person or organisation still named in the minutes of a live meeting stays in the
        trash: removing them would rewrite what those minutes say.
        """
        with self.store.writing() as session:
            gone = 0
            gone += session.execute(delete(m.FollowUpRow).where(m.FollowUpRow.deleted_at.is_not(None))).rowcount or 0
            gone += session.execute(delete(m.MeetingRow).where(m.MeetingRow.deleted_at.is_not(None))).rowcount or 0
            referenced_person = exists().where(m.AttendanceRow.person_id == m.PersonRow.id)
            gone += session.execute(
                delete(m.PersonRow).where(m.PersonRow.deleted_at.is_not(None), ~referenced_person)
            ).rowcount or 0
            named_in_minutes = exists().where(m.AttendanceRow.organisation_id == m.OrganisationRow.id)
            hosted_a_meeting = exists().where(m.MeetingRow.host_organisation_id == m.OrganisationRow.id)
            gone += session.execute(
                delete(m.OrganisationRow).where(
                    m.OrganisationRow.deleted_at.is_not(None), ~named_in_minutes, ~hosted_a_meeting
                )
            ).rowcount or 0
            from minutes_app.services import search_index

            search_index.drop_orphans(session)
            return gone


def _reindex(session: Session, kind: str, row: object) -> None:
    if kind == "meeting":
        hooks.meeting_written(session, row.id)  # type: ignore[attr-defined]
    elif kind == "follow_up":
        hooks.meeting_written(session, row.meeting_id)  # type: ignore[attr-defined]
    elif kind == "person":
        hooks.person_written(session, row.id)  # type: ignore[attr-defined]
    else:
        hooks.organisation_written(session, row.id)  # type: ignore[attr-defined]
