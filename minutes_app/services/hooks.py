"""Work that must happen inside the same transaction as a write (keeping the search index in step)."""

from __future__ import annotations

from sqlalchemy.orm import Session


def meeting_written(session: Session, meeting_id: int) -> None:
    """Called after a meeting or anything inside it was written, in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_meeting(session, meeting_id)


def meetings_written(session: Session, meeting_ids: list[int]) -> None:
    """Called after many meetings were written at once (an import or its undo), in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_meetings(session, meeting_ids)


def person_written(session: Session, person_id: int) -> None:
    """Called after a person was written, in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_person(session, person_id)


def organisation_written(session: Session, organisation_id: int) -> None:
    """Called after an organisation was written, in the same transaction."""
    from minutes_app.services import search_index

    search_index.reindex_organisation(session, organisation_id)
