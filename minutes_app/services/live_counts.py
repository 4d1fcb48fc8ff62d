"""Whole counts of a table's live rows written so that SQLite reads them without visiting the rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select


def not_deleted_count(row: Any) -> ColumnElement[int]:
    """SQL: how many of `row`'s table's rows have no ``deleted_at``, as every row less the deleted ones.

    SQLite reads a table's whole count from the b-tree without visiting its rows, and the deleted
    ones are a short range of an index; counting the live ones as such walks every live entry.
    """
    every = select(func.count()).select_from(row).scalar_subquery()
    deleted = select(func.count()).select_from(row).where(row.deleted_at.is_not(None)).scalar_subquery()
    return every - deleted
