"""A meeting's attendances read in one joined statement and built straight into records.

The ORM built five objects per participant (the attendance, its person, the person's organisation,
its own organisation, its role) through nested eager loads, then `convert` copied each into a record:
about 0.2 s for a 500-attendee meeting and most of what opening one in the editor cost. Here each
row of one statement becomes its records directly, the same records `convert.attendance` gives.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, aliased

from minutes_app.domain import records as r
from minutes_app.domain.vocab import Side
from minutes_app.store import models as m

_PERSON = ("id", "name", "name_en", "name_az", "name_ru", "position", "position_en", "position_az", "position_ru")
_PERSON_MORE = ("organisation_id", "email", "phone", "notes", "version")
_ORGANISATION = ("id", "name", "kind", "country", "name_en", "name_az", "name_ru", "notes", "version")
_ROLE = ("id", "key", "name", "name_az", "name_ru", "after_name", "after_name_az", "after_name_ru", "leads", "active")
_ATTENDANCE = ("id", "person_id", "organisation_id", "side", "role", "precedence", "present", "position")
_SIDE_ORDER = {side.value: i for i, side in enumerate(Side)}  # as convert orders them


def _statement() -> Any:
    a, p, o, ro = m.AttendanceRow, m.PersonRow, m.OrganisationRow, m.RoleRow
    person_organisation = aliased(o, name="person_organisation")
    return (
        select(
            *(getattr(a, c) for c in _ATTENDANCE),
            a.translations,
            *(getattr(p, c).label(f"p_{c}") for c in (*_PERSON, *_PERSON_MORE)),
            person_organisation.name.label("p_organisation_name"),
            *(getattr(o, c).label(f"o_{c}") for c in _ORGANISATION),
            *(getattr(ro, c).label(f"r_{c}") for c in _ROLE),
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
    rows = list(session.execute(_STATEMENT.where(m.AttendanceRow.meeting_id == meeting_id)))
    # Stable: within a side the statement's order stays (as convert's sort of the relationship's list).
    rows.sort(key=lambda row: (_SIDE_ORDER.get(row.side, len(_SIDE_ORDER)), row.precedence))
    return [_attendance(row) for row in rows]


def _attendance(row: Row[Any]) -> r.Attendance:
    values = row._mapping
    return r.Attendance(
        **{c: values[c] for c in _ATTENDANCE},
        translations={field: dict(texts) for field, texts in (row.translations or {}).items()},
        person=_person(values) if values["p_id"] is not None else None,
        organisation=r.Organisation(**{c: values[f"o_{c}"] for c in _ORGANISATION})
        if values["o_id"] is not None
        else None,
        role_entry=r.RoleEntry(**{c: values[f"r_{c}"] for c in _ROLE}) if values["r_id"] is not None else None,
    )


def _person(values: Any) -> r.Person:
    return r.Person(
        **{c: values[f"p_{c}"] for c in (*_PERSON, *_PERSON_MORE)},
        organisation_name=values["p_organisation_name"] or "",
    )
