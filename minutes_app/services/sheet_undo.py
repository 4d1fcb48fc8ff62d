"""Undoing the last spreadsheet import in one step: what it created goes to the trash, restorable from there."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.errors import ValidationError
from minutes_app.services import hooks
from minutes_app.services.sheet_plan import ImportResult
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import utcnow

LAST_IMPORT_KEY = "sheet_import.last"  # what the last import created, for undo (app_setting)


def ranges(ids: object) -> str:
    """Record ids as "1-500,702": an import's ids mostly follow each other, so the record stays short."""
    numbers = sorted(int(i) for i in ids)  # type: ignore[attr-defined]
    parts: list[str] = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:  # type: ignore[operator]
            prev = n
        else:
            parts.append(f"{start}-{prev}" if start != prev else str(start))
            start = prev = n
    if start is not None:
        parts.append(f"{start}-{prev}" if start != prev else str(start))
    return ",".join(parts)


def _ids(text: str) -> list[int]:
    result: list[int] = []
    for part in filter(None, text.split(",")):
        low, _, high = part.partition("-")
        result.extend(range(int(low), int(high or low) + 1))
    return result


@dataclass(slots=True)
class LastImport:
    """What the last spreadsheet import created, as recorded for its undo."""

    at: str
    file: str
    meetings: list[int]
    follow_ups: list[int]
    people: list[int]
    organisations: list[int]


def last_import(store: Store) -> LastImport | None:
    """The last import that can still be undone, or None."""
    with store.reading() as session:
        row = session.get(m.SettingRow, LAST_IMPORT_KEY)
        text = row.value if row is not None else ""
    if not text:
        return None
    data = json.loads(text)
    return LastImport(
        data.get("at", ""),
        data.get("file", ""),
        _ids(data.get("meetings", "")),
        _ids(data.get("follow_ups", "")),
        _ids(data.get("people", "")),
        _ids(data.get("organisations", "")),
    )


def undo_last_import(store: Store) -> ImportResult:
    """Move what the last import created to the trash (restorable from there), in one transaction.

    The trash rather than a hard delete: an undo made by mistake can itself be taken back, and
    follow-ups an officer added to an imported meeting since go with it, restorable with it.
    People the import created stay when another record has come to use them since.
    """
    batch = last_import(store)
    if batch is None:
        raise ValidationError("import", "there is no spreadsheet import to undo")
    result = ImportResult()
    now = utcnow()
    with store.writing() as session:
        touched: set[int] = set()
        for start in range(0, len(batch.meetings), 500):
            chunk = batch.meetings[start : start + 500]
            for meeting in session.scalars(
                select(m.MeetingRow).where(m.MeetingRow.id.in_(chunk), m.MeetingRow.deleted_at.is_(None))
            ):
                meeting.deleted_at = now
                result.meetings += 1
                touched.add(meeting.id)
        for start in range(0, len(batch.follow_ups), 500):
            chunk = batch.follow_ups[start : start + 500]
            for follow_up in session.scalars(
                select(m.FollowUpRow).where(m.FollowUpRow.id.in_(chunk), m.FollowUpRow.deleted_at.is_(None))
            ):
                follow_up.deleted_at = now
                result.follow_ups += 1
                touched.add(follow_up.meeting_id)
        session.flush()
        result.follow_ups += _count_follow_ups(session, batch.meetings)
        used = _people_in_use(session, batch.people)
        for start in range(0, len(batch.people), 500):
            for person in session.scalars(
                select(m.PersonRow).where(
                    m.PersonRow.id.in_(batch.people[start : start + 500]), m.PersonRow.deleted_at.is_(None)
                )
            ):
                if person.id not in used:
                    person.deleted_at = now
                    result.people += 1
        session.flush()
        used_organisations = _organisations_in_use(session, batch.organisations)
        for start in range(0, len(batch.organisations), 500):
            for organisation in session.scalars(
                select(m.OrganisationRow).where(
                    m.OrganisationRow.id.in_(batch.organisations[start : start + 500]),
                    m.OrganisationRow.deleted_at.is_(None),
                )
            ):
                if organisation.id not in used_organisations:
                    organisation.deleted_at = now
                    result.organisations += 1
        session.flush()
        hooks.meetings_written(session, sorted(touched))
        for person_id in batch.people:
            hooks.person_written(session, person_id)
        for organisation_id in batch.organisations:
            hooks.organisation_written(session, organisation_id)
        session.merge(m.SettingRow(key=LAST_IMPORT_KEY, value=""))
    return result


def _count_follow_ups(session: Session, meeting_ids: list[int]) -> int:
    total = 0
    for start in range(0, len(meeting_ids), 500):
        total += len(
            session.scalars(
                select(m.FollowUpRow.id).where(
                    m.FollowUpRow.meeting_id.in_(meeting_ids[start : start + 500]), m.FollowUpRow.deleted_at.is_(None)
                )
            ).all()
        )
    return total


def _people_in_use(session: Session, person_ids: list[int]) -> set[int | None]:
    """Which of these people a live follow-up or a meeting's participant list still names."""
    used: set[int | None] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        used.update(
            session.scalars(
                select(m.FollowUpRow.owner_id)
                .join(m.MeetingRow, m.MeetingRow.id == m.FollowUpRow.meeting_id)
                .where(
                    m.FollowUpRow.owner_id.in_(chunk),
                    m.FollowUpRow.deleted_at.is_(None),
                    m.MeetingRow.deleted_at.is_(None),
                )
            ).all()
        )
        used.update(session.scalars(select(m.AttendanceRow.person_id).where(m.AttendanceRow.person_id.in_(chunk))))
    return used


def _organisations_in_use(session: Session, organisation_ids: list[int]) -> set[int | None]:
    """Which of these organisations a live meeting, a person or a live meeting's participant still names."""
    used: set[int | None] = set()
    for start in range(0, len(organisation_ids), 500):
        chunk = organisation_ids[start : start + 500]
        used.update(
            session.scalars(
                select(m.AttendanceRow.organisation_id)
                .join(m.MeetingRow, m.MeetingRow.id == m.AttendanceRow.meeting_id)
                .where(m.AttendanceRow.organisation_id.in_(chunk), m.MeetingRow.deleted_at.is_(None))
            ).all()
        )
        used.update(
            session.scalars(
                select(m.PersonRow.organisation_id).where(
                    m.PersonRow.organisation_id.in_(chunk), m.PersonRow.deleted_at.is_(None)
                )
            ).all()
        )
        used.update(
            session.scalars(
                select(m.MeetingRow.host_organisation_id).where(
                    m.MeetingRow.host_organisation_id.in_(chunk), m.MeetingRow.deleted_at.is_(None)
                )
            ).all()
        )
    return used
