"""The distinct values of an indexed column read by skipping through its index, not by scanning it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def distinct_values(session: Session, column: InstrumentedAttribute[Any]) -> list[Any]:
    """Every distinct non-null value of `column`, in the column's order.

    `SELECT DISTINCT` reads the whole index (9 ms at 50,000 follow-ups, five times that at five times the
    rows, on every opening of a meeting); here each next value is the smallest one above the last, one
    index seek per distinct value, on SQLite and PostgreSQL alike.
    """
    first = select(func.min(column).label("value")).scalar_subquery()
    walk = select(first.label("value")).cte("walk", recursive=True)
    following = select(func.min(column)).where(column > walk.c.value).scalar_subquery()
    walk = walk.union_all(select(following.label("value")).where(walk.c.value.is_not(None)))
    return list(session.scalars(select(walk.c.value).where(walk.c.value.is_not(None))))
