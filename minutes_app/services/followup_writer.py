"""Writing follow-ups and their dated history: shared by the meeting editor and the tracker."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError
from minutes_app.domain.vocab import FollowUpStatus, NoteKind
from minutes_app.store import models as m
from minutes_app.store.models import touch, utcnow

FOLLOW_UP_FIELDS = (
    "description",
    "owner_id",
    "department",
    "counterpart_contact",
    "due_date",
    "priority",
    "topic_id",
    "status",
    "completed_on",
    "translations",
)


def sync_follow_ups(
    session: Session,
    meeting: m.MeetingRow,
    wanted: list[r.FollowUp],
    agenda_ids: list[int],
    decision_ids: list[int],
    *,
    author: str,
    force: bool,
) -> None:
    """Make the meeting's live follow-ups match `wanted`; removed ones go to the trash."""
    live = {f.id: f for f in meeting.follow_ups if f.deleted_at is None}
    for item in wanted:
        row = live.pop(item.id, None) if item.id is not None else None
        links = {
            "agenda_item_id": agenda_ids[item.agenda_index] if item.agenda_index is not None else None,
            "decision_id": decision_ids[item.decision_index] if item.decision_index is not None else None,
        }
        if row is None:
            row = m.FollowUpRow(**{name: getattr(item, name) for name in FOLLOW_UP_FIELDS}, **links)
            if row.status == FollowUpStatus.DONE.value and row.completed_on is None:
                row.completed_on = dt.date.today()
            row.notes.append(
                m.FollowUpNoteRow(
                    kind=NoteKind.CREATED.value, author=author, new_status=row.status, new_due_date=row.due_date
                )
            )
            meeting.follow_ups.append(row)
            continue
        if row.version != item.version and not force:
            raise ConflictError("follow-up", row.id, item.version, row.version)
        apply_changes(row, item, links, author=author)
    now = utcnow()
    for row in live.values():
        row.deleted_at = now


def apply_changes(
    row: m.FollowUpRow, item: r.FollowUp, links: dict[str, int | None], *, author: str, note: str = ""
) -> bool:
    """Copy changed fields onto `row`, recording status and due-date changes; True if anything changed."""
    changed = False
    if item.status != row.status:
        record_status_change(row, item.status, author=author, note=note, completed_on=item.completed_on)
        changed = True
    if item.due_date != row.due_date:
        row.notes.append(
            m.FollowUpNoteRow(
                kind=NoteKind.DUE_DATE.value,
                author=author,
                text=note if not changed else "",
                old_due_date=row.due_date,
                new_due_date=item.due_date,
            )
        )
        row.due_date = item.due_date
        changed = True
    for name in FOLLOW_UP_FIELDS:
        if name in ("status", "due_date", "completed_on"):
            continue
        if getattr(row, name) != getattr(item, name):
            setattr(row, name, getattr(item, name))
            changed = True
    for name, value in links.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if item.status == FollowUpStatus.DONE.value and item.completed_on and item.completed_on != row.completed_on:
        row.completed_on = item.completed_on
        changed = True
    if changed:
        touch(row)
    return changed


def record_status_change(
    row: m.FollowUpRow, new_status: str, *, author: str, note: str, completed_on: dt.date | None = None
) -> None:
    """Change the status and add a dated history entry; done records the completion date."""
    row.notes.append(
        m.FollowUpNoteRow(
            kind=NoteKind.STATUS.value, author=author, text=note, old_status=row.status, new_status=new_status
        )
    )
    row.status = new_status
    row.completed_on = (completed_on or dt.date.today()) if new_status == FollowUpStatus.DONE.value else None
    touch(row)
