"""Work that must happen inside the same transaction as a write: keeping the search index and the meetings
page's list texts in step, and telling other connections what changed (PostgreSQL NOTIFY, delivered only if the write commits)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from minutes_app.domain.records import Meeting
from minutes_app.services.write_lock import keep_meeting_locked

CHANGES_CHANNEL = "minutes_app_changes"  # services/change_watch.py listens on it


def meeting_written(session: Session, meeting_id: int, *, saved: Meeting | None = None) -> None:
    """Called after a meeting or anything inside it (follow-ups included) was written, in the same transaction;
    `saved` is the whole meeting as read back after the write, when the writer has it (a save)."""
    from minutes_app.services import meeting_list_text, search_index

    # The services' own writers locked it first (write_lock); any other writer queues here, before the rewrite.
    keep_meeting_locked(session, meeting_id)
    search_index.reindex_meeting(session, meeting_id, saved=saved)
    meeting_list_text.rewrite(session, [meeting_id])
    _notify(session, "meeting", meeting_id)


def meetings_written(session: Session, meeting_ids: list[int]) -> None:
    """Called after many meetings were written at once (an import or its undo), in the same transaction."""
    from minutes_app.services import meeting_list_text, search_index

    search_index.reindex_meetings(session, meeting_ids)
    meeting_list_text.rewrite(session, meeting_ids)


def person_written(session: Session, person_id: int) -> None:
    """Called after a person was written, in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_person(session, person_id)
    _notify(session, "person", person_id)


def organisation_written(session: Session, organisation_id: int) -> None:
    """Called after an organisation was written, in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_organisation(session, organisation_id)
    _notify(session, "organisation", organisation_id)


def _notify(session: Session, kind: str, record_id: int) -> None:
    """On PostgreSQL, queue `<kind>:<id>:<login>` for the listeners; the server sends it at commit (once per payload)."""
    if session.get_bind().dialect.name == "postgresql":
        # The login comes from the server (current_user), so the bar names who really wrote.
        session.execute(
            text("SELECT pg_notify(:channel, :payload || ':' || current_user)"),
            {"channel": CHANGES_CHANNEL, "payload": f"{kind}:{record_id}"},
        )
