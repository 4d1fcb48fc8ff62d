"""The trash: deleted meetings, follow-ups, people, organisations and attachments, restorable until emptied."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Delete, delete, exists, select
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import audit, audit_diff, hooks
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import touch

TrashRow = m.MeetingRow | m.FollowUpRow | m.PersonRow | m.OrganisationRow
TRASH_KINDS: dict[str, type[TrashRow]] = {
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
            for meeting in session.scalars(select(m.MeetingRow).where(m.MeetingRow.deleted_at.is_not(None))):
                when = str(meeting.date or "")
                items.append(r.TrashItem("meeting", meeting.id, meeting.title, meeting.deleted_at, when))
            for follow_up in session.scalars(select(m.FollowUpRow).where(m.FollowUpRow.deleted_at.is_not(None))):
                items.append(
                    r.TrashItem(
                        "follow_up", follow_up.id, follow_up.description, follow_up.deleted_at, follow_up.meeting.title
                    )
                )
            for person in session.scalars(select(m.PersonRow).where(m.PersonRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("person", person.id, person.name, person.deleted_at, person.position))
            for org in session.scalars(select(m.OrganisationRow).where(m.OrganisationRow.deleted_at.is_not(None))):
                items.append(r.TrashItem("organisation", org.id, org.name, org.deleted_at, org.country))
            for attachment in session.scalars(select(m.AttachmentRow).where(m.AttachmentRow.deleted_at.is_not(None))):
                owner = _attachment_owner_title(session, attachment)
                items.append(
                    r.TrashItem("attachment", attachment.id, attachment.file_name, attachment.deleted_at, owner)
                )
        items.sort(key=lambda item: (item.deleted_at is not None, item.deleted_at), reverse=True)
        return items

    def restore(self, kind: str, record_id: int) -> None:
        """Bring a record back from the trash with everything attached."""
        if kind == "attachment":
            from minutes_app.services.attachments import AttachmentService

            AttachmentService(self.store).restore(record_id)
            return
        model = TRASH_KINDS.get(kind)
        if model is None:
            raise ValidationError("kind", f"{kind!r} is not a kind of record in the trash")
        with self.store.writing() as session:
            row = cast("TrashRow | None", session.get(model, record_id))  # one of the four kinds above
            if row is None or row.deleted_at is None:
                raise NotFoundError(f"{kind.replace('_', '-')} in the trash", record_id)
            row.deleted_at = None
            touch(row)
            session.flush()
            _reindex(session, row)
            meeting_id = row.id if kind == "meeting" else getattr(row, "meeting_id", None)
            audit.record(session, [audit_diff.Change(kind, record_id, audit_diff.RESTORED, meeting_id=meeting_id)])

    def empty(self) -> int:
        """Delete everything in the trash for good; returns how many records went.

        A person or organisation still named in the minutes of a live meeting stays in the
        trash: removing them would rewrite what those minutes say.
        """
        with self.store.writing() as session:
            gone = 0
            gone += _delete(session, delete(m.FollowUpRow).where(m.FollowUpRow.deleted_at.is_not(None)))
            gone += _delete(session, delete(m.MeetingRow).where(m.MeetingRow.deleted_at.is_not(None)))
            gone += _delete_attachments(session)
            referenced_person = exists().where(m.AttendanceRow.person_id == m.PersonRow.id)
            gone += _delete(session, delete(m.PersonRow).where(m.PersonRow.deleted_at.is_not(None), ~referenced_person))
            named_in_minutes = exists().where(m.AttendanceRow.organisation_id == m.OrganisationRow.id)
            hosted_a_meeting = exists().where(m.MeetingRow.host_organisation_id == m.OrganisationRow.id)
            gone += _delete(
                session,
                delete(m.OrganisationRow).where(
                    m.OrganisationRow.deleted_at.is_not(None), ~named_in_minutes, ~hosted_a_meeting
                ),
            )
            from minutes_app.services import search_index

            search_index.drop_orphans(session)
            return gone


def _delete(session: Session, statement: Delete) -> int:
    """Run a bulk DELETE; returns how many rows it removed."""
    return cast(CursorResult[Any], session.execute(statement)).rowcount or 0


def _attachment_owner_title(session: Session, attachment: m.AttachmentRow) -> str:
    """What an attachment in the trash belonged to: its meeting's title or its follow-up's action."""
    if attachment.owner_kind == "meeting":
        meeting = session.get(m.MeetingRow, attachment.owner_id)
        return meeting.title if meeting is not None else ""
    follow_up = session.get(m.FollowUpRow, attachment.owner_id)
    return follow_up.description if follow_up is not None else ""


def _delete_attachments(session: Session) -> int:
    """Delete attachments in the trash and those whose meeting or follow-up is gone for good (pieces cascade)."""
    a = m.AttachmentRow
    gone = _delete(session, delete(a).where(a.deleted_at.is_not(None)))
    meeting_gone = ~exists().where(m.MeetingRow.id == a.owner_id)
    follow_up_gone = ~exists().where(m.FollowUpRow.id == a.owner_id)
    _delete(session, delete(a).where(a.owner_kind == "meeting", meeting_gone))
    _delete(session, delete(a).where(a.owner_kind == "follow_up", follow_up_gone))
    return gone


def _reindex(session: Session, row: TrashRow) -> None:
    if isinstance(row, m.MeetingRow):
        hooks.meeting_written(session, row.id)
    elif isinstance(row, m.FollowUpRow):
        hooks.meeting_written(session, row.meeting_id)
    elif isinstance(row, m.PersonRow):
        hooks.person_written(session, row.id)
    else:
        hooks.organisation_written(session, row.id)
