"""Keeps the full-text search index in step with the data (filled in by the search feature)."""

from __future__ import annotations

from sqlalchemy import Select, func, or_
from sqlalchemy.orm import Session

from minutes_app.store import models as m


def reindex_meeting(session: Session, meeting_id: int) -> None:
    """Rewrite the index entries of one meeting and everything inside it."""


def reindex_person(session: Session, person_id: int) -> None:
    """Rewrite the index entry of one person."""


def reindex_organisation(session: Session, organisation_id: int) -> None:
    """Rewrite the index entry of one organisation."""


def restrict_follow_ups(stmt: Select, text: str) -> Select:  # type: ignore[type-arg]
    """Narrow a follow-up SELECT to rows whose text matches `text`."""
    pattern = f"%{text.strip().lower()}%"
    return stmt.where(or_(func.lower(m.FollowUpRow.description).like(pattern), func.lower(m.FollowUpRow.department).like(pattern)))


def drop_orphans(session: Session) -> None:
    """Remove index entries of records that no longer exist."""
