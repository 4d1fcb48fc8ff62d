"""The meeting header's fields are named once (domain.meeting_header): the editor's undo history, the save and
the audit trail all read that list, so a field added to the meeting is classified there and nowhere else."""

from __future__ import annotations

import dataclasses
import datetime as dt

from minutes_app.domain import records as r
from minutes_app.domain.meeting_header import HEADER_FIELDS, PLAIN_HEADER_FIELDS, ROW_HEADER_FIELDS
from minutes_app.services import audit_diff
from minutes_app.store import models as m

# The meeting's fields that are not its header: its lists, its bookkeeping and names looked up for it.
_NOT_HEADER = {
    "id",
    "version",
    "attendances",
    "agenda",
    "decisions",
    "follow_ups",
    "host_organisation",
    "topics",
    "created_at",
    "updated_at",
    "annexes",
}


def test_every_field_of_a_meeting_is_header_or_named_otherwise() -> None:
    names = {f.name for f in dataclasses.fields(r.Meeting)}
    assert set(HEADER_FIELDS) == names - _NOT_HEADER
    assert set(ROW_HEADER_FIELDS) <= set(m.MeetingRow.__table__.columns.keys())
    assert set(HEADER_FIELDS) - set(ROW_HEADER_FIELDS) == {"countries", "topic_ids"}


def test_the_audit_trail_names_the_plain_header_changes_in_the_forms_order() -> None:
    before = r.Meeting(id=7, title="Talks", status="planned", date=dt.date(2027, 3, 12), venue="Baku")
    after = dataclasses.replace(before, status="held", date=dt.date(2027, 3, 13), venue="Ganja", title="Talks 2")
    changed = [c.field for c in audit_diff.meeting_changes(before, after)]
    assert changed == ["title", "status", "date", "venue"]
    assert [n for n in HEADER_FIELDS if n in changed] == changed
    assert all(n in PLAIN_HEADER_FIELDS for n in changed)
