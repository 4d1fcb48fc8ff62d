"""One writer at a time per meeting on a server: a write to a meeting, or to anything inside it, first locks the meeting's row.

On PostgreSQL (READ COMMITTED) two transactions writing the same meeting otherwise interleave: a save
and a tracker change both rewrite the meeting's search entries (the second insert meets the first's
keys), a save re-reads the meeting after its writes and takes a colleague's status change, committed
meanwhile, for its own in the audit trail, and two saves that touch the meeting's row and its
participants in different orders deadlock. Taking the meeting's row first (FOR NO KEY UPDATE, the lock
an UPDATE of it takes) makes them queue, and what each then reads is what it is about to change.
SQLite needs nothing: its writers already queue at BEGIN IMMEDIATE (store/engine.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.store import models as m

_HELD = "minutes_app.meetings_locked"  # session.info: (the transaction, the meetings it locked)


def lock_meeting(session: Session, meeting_id: int) -> int | None:
    """Wait for, then hold until commit, the right to write meeting `meeting_id`; returns its version then.

    None on SQLite (nothing to do) and for a meeting that is not there or in the trash.
    """
    if session.get_bind().dialect.name != "postgresql":
        return None
    row = m.MeetingRow
    version = session.scalar(
        select(row.version).where(row.id == meeting_id, row.deleted_at.is_(None)).with_for_update(key_share=True)
    )
    if version is not None:
        _held(session).add(meeting_id)
    return version


def keep_meeting_locked(session: Session, meeting_id: int) -> None:
    """lock_meeting, unless this transaction holds the meeting's lock already (a save's hooks: one round trip less)."""
    if session.get_bind().dialect.name == "postgresql" and meeting_id not in _held(session):
        lock_meeting(session, meeting_id)


def _held(session: Session) -> set[int]:
    """The meetings the session's current transaction has locked (a lock lasts until its transaction ends)."""
    transaction = session.get_transaction()
    held = session.info.get(_HELD)
    if held is None or held[0] is not transaction:
        held = session.info[_HELD] = (transaction, set())
    ids: set[int] = held[1]
    return ids


def lock_meeting_of_follow_up(session: Session, follow_up_id: int) -> None:
    """lock_meeting for the meeting a follow-up belongs to (a follow-up never moves to another meeting)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    meeting_id = session.scalar(select(m.FollowUpRow.meeting_id).where(m.FollowUpRow.id == follow_up_id))
    if meeting_id is not None:
        lock_meeting(session, meeting_id)
