"""A meeting's attendances read in one joined statement and built straight into records.

The ORM built five objects per participant (the attendance, its person, the person's organisation,
its own organisation, its role) through nested eager loads, then `convert` copied each into a record:
about 0.2 s for a 500-attendee meeting and most of what opening one in the editor cost. Here each
row of one statement becomes its records directly, the same records `convert.attendance` gives.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from minutes_app.domain import records as r
from minutes_app.domain.vocab import Side
from minutes_app.store import models as m

# The records' fields, in their dataclass order: each is built from its slice of a row, by position.
_ATTENDANCE = tuple(f.name for f in fields(r.Attendance) if f.name not in ("person", "organisation", "role_entry"))
_PERSON = tuple(f.name for f in fields(r.Person))
_ORGANISATION = tuple(f.name for f in fields(r.Organisation))
_ROLE = tuple(f.name for f in fields(r.RoleEntry))
_SIDE_ORDER = {side.value: i for i, side in enumerate(Side)}  # as convert orders them


def _statement() -> Any:
    a, p, o, ro = m.AttendanceRow, m.PersonRow, m.OrganisationRow, m.RoleRow
    person_organisation = aliased(o, name="person_organisation")
    person_columns = [
        # a person shows their organisation's name ("" without one), as convert.person gives it
        func.coalesce(person_organisation.name, "") if name == "organisation_name" else getattr(p, name)
        for name in _PERSON
    ]
    return (
        select(
            *(getattr(a, name) for name in _ATTENDANCE),
            *person_columns,
            *(getattr(o, name) for name in _ORGANISATION),
            *(getattr(ro, name) for name in _ROLE),
        )
        .select_from(a)
        .outerjoin(p, p.id == a.person_id)
        .outerjoin(person_organisation, person_organisation.id == p.organisation_id)
        .outerjoin(o, o.id == a.organisation_id)
        .outerjoin(ro, ro.key == a.role)
        .order_by(a.side, a.precedence, a.id)  # the relationship's order (and the id for ties)
    )


_STATEMENT = _statement()


def attendances_of(session: Session, meeting_id: int) -> list[r.Attendance]:
    """The meeting's attendances as `convert.meeting` lists them (side by side, then precedence), each with
    its person, organisation and role records."""
    rows = [tuple(row) for row in session.execute(_STATEMENT.where(m.AttendanceRow.meeting_id == meeting_id))]
    # Stable: within a side the statement's order stays (as convert's sort of the relationship's list).
    rows.sort(key=lambda row: (_SIDE_ORDER.get(row[_SIDE], len(_SIDE_ORDER)), row[_PRECEDENCE]))
    return [_attendance(row) for row in rows]


_SIDE, _PRECEDENCE, _TRANSLATIONS = (_ATTENDANCE.index(name) for name in ("side", "precedence", "translations"))
_P = len(_ATTENDANCE)  # where the person's columns start, then the organisation's, then the role's
_O = _P + len(_PERSON)
_R = _O + len(_ORGANISATION)


def _attendance(row: tuple[Any, ...]) -> r.Attendance:
    attendance = r.Attendance(*row[:_P])
    attendance.translations = {field: dict(texts) for field, texts in (row[_TRANSLATIONS] or {}).items()}
    if row[_P] is not None:
        attendance.person = r.Person(*row[_P:_O])
    if row[_O] is not None:
        attendance.organisation = r.Organisation(*row[_O:_R])
    if row[_R] is not None:
        attendance.role_entry = r.RoleEntry(*row[_R:])
    return attendance
