"""Importing a checked spreadsheet in one transaction (its undo is services/sheet_undo.py).

Rows with the same (date, countries, title) become one meeting. A row whose meeting is already in
the store (matched the same way) adds its follow-up to that meeting, unless the meeting already has
a follow-up with the same action: so the same file imported twice adds nothing, and neither do
rows that an officer had already typed in by hand. The match is on the records' own fields rather
than a stored fingerprint, so no new column is needed and a renamed record is imported afresh.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.errors import MinutesError, ValidationError
from minutes_app.domain.sheet_values import fold_text, guess_language
from minutes_app.domain.vocab import FollowUpStatus, MeetingKind, MeetingStatus, NoteKind, Role, Side
from minutes_app.services import hooks
from minutes_app.services.sheet_plan import (
    ImportOptions,
    ImportResult,
    MeetingKey,
    PlannedRow,
    ProgressCallback,
    SheetPlan,
    existing_actions,
    existing_meetings,
    plan_sheet,
    read_and_plan,
)
from minutes_app.services.sheet_reader import SheetData, read_sheet
from minutes_app.services.sheet_undo import LAST_IMPORT_KEY, ranges
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import utcnow

_PROGRESS_EVERY = 100  # rows between two progress reports


class ImportCancelledError(MinutesError):
    """The person cancelled the import: nothing was written."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was written")


class BadRowsError(MinutesError):
    """Rows have errors and skipping them was not asked for: nothing was written."""

    def __init__(self, plan: SheetPlan) -> None:
        super().__init__(
            f"{len({e.row for e in plan.errors})} rows have errors; fix them or skip them (nothing was written)"
        )
        self.plan = plan


def plan_import(store: Store, path: str | Path, options: ImportOptions) -> SheetPlan:
    """Read and check the sheet against the store; nothing is written."""
    with store.reading() as session:
        return read_and_plan(session, str(path), options)


def read_file(path: str | Path, sheet: str | None = None) -> SheetData:
    """The cells of one sheet of a spreadsheet file, read once for checking again and again (the wizard)."""
    return read_sheet(path, sheet)


def plan_data(store: Store, data: SheetData, options: ImportOptions) -> SheetPlan:
    """Check cells already read against the store; nothing is written."""
    with store.reading() as session:
        return plan_sheet(session, data, options)


def import_plan(
    store: Store,
    plan: SheetPlan,
    *,
    skip_bad_rows: bool = False,
    author: str = "",
    source: str = "",
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction; refused (BadRowsError) when rows have errors unless skipped.

    `progress(done, total)` is called as rows are written; returning False cancels and rolls everything back.
    """
    if plan.mapping_problems:
        raise ValidationError("mapping", "; ".join(plan.mapping_problems))
    if plan.errors and not skip_bad_rows:
        raise BadRowsError(plan)
    rows = plan.good_rows
    result = ImportResult(skipped_rows=len(plan.rows) - len(rows))
    with store.writing() as session:
        batch = _write_rows(session, rows, result, author=author, progress=progress)
        if any(batch.values()):  # an import that added nothing leaves the previous one to undo
            record = {"at": utcnow().isoformat(timespec="seconds"), "file": source, **batch}
            session.merge(m.SettingRow(key=LAST_IMPORT_KEY, value=json.dumps(record)))
    return result


def _write_rows(
    session: Session, rows: list[PlannedRow], result: ImportResult, *, author: str, progress: ProgressCallback | None
) -> dict[str, str]:
    known = existing_meetings(session, [r.meeting_date for r in rows if r.meeting_date])
    actions = existing_actions(session, sorted(set(known.values())))
    people, created = _people(session, rows)
    organisations, created_organisations = _organisations(session, rows)
    result.people, result.organisations = len(created), len(created_organisations)
    new_meetings: dict[MeetingKey, m.MeetingRow] = {}
    new_follow_ups: list[m.FollowUpRow] = []  # added to meetings that were already there
    touched: set[int] = set()
    seen: set[tuple[MeetingKey, str]] = set()
    today = dt.date.today()
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % _PROGRESS_EVERY == 1 and not progress(done - 1, len(rows)):
            raise ImportCancelledError()
        key = row.meeting_key()
        action = fold_text(row.action)
        meeting_id = known.get(key)
        if (key, action) in seen or (meeting_id is not None and (meeting_id, action) in actions):
            result.already_there += 1
            continue
        seen.add((key, action))
        follow_up = _follow_up(row, people, author=author)
        if meeting_id is not None:
            follow_up.meeting_id = meeting_id
            session.add(follow_up)
            new_follow_ups.append(follow_up)
            touched.add(meeting_id)
        else:
            meeting = new_meetings.get(key)
            if meeting is None:
                meeting = new_meetings[key] = _meeting(row, today)
                session.add(meeting)
            meeting.follow_ups.append(follow_up)
            _add_counterpart(meeting, organisations.get(fold_text(row.organisation)) if row.organisation else None)
            if row.topic_id is not None and all(t.topic_id != row.topic_id for t in meeting.topics):
                meeting.topics.append(m.MeetingTopicRow(topic_id=row.topic_id))
        result.follow_ups += 1
    session.flush()
    result.meetings = len(new_meetings)
    hooks.meetings_written(session, sorted(touched | {mt.id for mt in new_meetings.values()}))
    created_people = [p.id for p in created]
    for person_id in created_people:
        hooks.person_written(session, person_id)
    for organisation in created_organisations:
        hooks.organisation_written(session, organisation.id)
    if progress is not None and not progress(len(rows), len(rows)):
        raise ImportCancelledError()
    return {
        "meetings": ranges(mt.id for mt in new_meetings.values()),
        "follow_ups": ranges(f.id for f in new_follow_ups),
        "people": ranges(created_people),
        "organisations": ranges(o.id for o in created_organisations),
    }


def _people(session: Session, rows: list[PlannedRow]) -> tuple[dict[str, m.PersonRow], list[m.PersonRow]]:
    """The owners by folded spelling (the directory's, and new people for the rest), and the new ones."""
    wanted_ids = {r.owner_id for r in rows if r.owner_id is not None}
    found: dict[int, m.PersonRow] = {}
    ids = sorted(wanted_ids)
    for start in range(0, len(ids), 500):
        for person in session.scalars(select(m.PersonRow).where(m.PersonRow.id.in_(ids[start : start + 500]))):
            found[person.id] = person
    people: dict[str, m.PersonRow] = {}
    created: list[m.PersonRow] = []
    for row in rows:
        if not row.owner:
            continue
        key = fold_text(row.owner)
        if key in people:
            continue
        if row.owner_id is not None and row.owner_id in found:
            people[key] = found[row.owner_id]
        else:
            person = m.PersonRow(name=row.owner, **{f"name_{guess_language(row.owner)}": row.owner})
            session.add(person)
            people[key] = created_person = person
            created.append(created_person)
    session.flush()
    return people, created


def _organisations(
    session: Session, rows: list[PlannedRow]
) -> tuple[dict[str, m.OrganisationRow], list[m.OrganisationRow]]:
    """The counterpart organisations by folded spelling (the directory's, and new ones), and the new ones."""
    ids = sorted({r.organisation_id for r in rows if r.organisation_id is not None})
    found: dict[int, m.OrganisationRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            (o.id, o) for o in session.scalars(select(m.OrganisationRow).where(m.OrganisationRow.id.in_(chunk)))
        )
    organisations: dict[str, m.OrganisationRow] = {}
    created: list[m.OrganisationRow] = []
    for row in rows:
        key = fold_text(row.organisation)
        if not row.organisation or key in organisations:
            continue
        if row.organisation_id is not None and row.organisation_id in found:
            organisations[key] = found[row.organisation_id]
            continue
        language = guess_language(row.organisation)
        country = row.countries[0] if len(row.countries) == 1 else ""
        organisation = m.OrganisationRow(
            name=row.organisation, country=country, **{f"name_{language}": row.organisation}
        )
        session.add(organisation)
        organisations[key] = organisation
        created.append(organisation)
    session.flush()
    return organisations, created


def _add_counterpart(meeting: m.MeetingRow, organisation: m.OrganisationRow | None) -> None:
    """The counterpart organisation as an unnamed representative on the guest side, once per meeting."""
    if organisation is None or any(a.organisation_id == organisation.id for a in meeting.attendances):
        return
    meeting.attendances.append(
        m.AttendanceRow(
            organisation_id=organisation.id,
            side=Side.GUEST.value,
            role=Role.MEMBER.value,
            precedence=len(meeting.attendances),
            translations={},
        )
    )


def _meeting(row: PlannedRow, today: dt.date) -> m.MeetingRow:
    held = row.meeting_date is not None and row.meeting_date <= today
    meeting = m.MeetingRow(
        title=row.title,
        kind=MeetingKind.BILATERAL.value,
        date=row.meeting_date,
        status=(MeetingStatus.HELD if held else MeetingStatus.PLANNED).value,
        language=guess_language(row.title, row.action),
        translations={},
    )
    meeting.countries = [m.MeetingCountryRow(country=code, sort_order=i) for i, code in enumerate(row.countries)]
    return meeting


def _follow_up(row: PlannedRow, people: dict[str, m.PersonRow], *, author: str) -> m.FollowUpRow:
    completed = None
    if row.status == FollowUpStatus.DONE.value:
        # The sheet does not say when it was done: its due date is the best the officer recorded.
        completed = row.due_date or row.meeting_date or dt.date.today()
    owner = people[fold_text(row.owner)].id if row.owner else None
    follow_up = m.FollowUpRow(
        description=row.action,
        owner_id=owner,
        department=row.department,
        due_date=row.due_date,
        priority=row.priority,
        topic_id=row.topic_id,
        status=row.status,
        completed_on=completed,
        translations={},
    )
    follow_up.notes.append(
        m.FollowUpNoteRow(
            kind=NoteKind.CREATED.value,
            author=author,
            new_status=row.status,
            new_due_date=row.due_date,
        )
    )
    if row.notes:
        follow_up.notes.append(m.FollowUpNoteRow(kind=NoteKind.NOTE.value, author=author, text=row.notes))
    return follow_up


def import_file(
    store: Store,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    skip_bad_rows: bool = False,
    author: str = "",
    progress: ProgressCallback | None = None,
) -> tuple[SheetPlan, ImportResult]:
    """Check and import a spreadsheet in one go (tests, benchmarks and scripts)."""
    plan = plan_import(store, path, options or ImportOptions())
    result = import_plan(
        store, plan, skip_bad_rows=skip_bad_rows, author=author, source=Path(path).name, progress=progress
    )
    return plan, result


def group_counts(plan: SheetPlan) -> dict[MeetingKey, int]:
    """How many good rows each meeting of the plan has (for a dry run's listing)."""
    counts: dict[MeetingKey, int] = defaultdict(int)
    for row in plan.good_rows:
        counts[row.meeting_key()] += 1
    return counts
