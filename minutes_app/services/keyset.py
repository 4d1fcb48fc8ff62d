"""Pages read by key: the rows after the last row's sort value and id, in up to two queries (the tracker, the meetings page).

Rows with a sort value come first, by (value, id); the empty ones follow, by id. Splitting them
keeps `value IS NULL` out of the ORDER BY, where it would make the database sort every row for
every page; comparing (value, id) with the last row's seeks to the page instead of counting an
OFFSET's rows past.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, tuple_


@dataclass(frozen=True, slots=True)
class SortKey:
    """Where a page ended: whether its row's sort value was empty, that value, and the row's id."""

    empty: bool
    value: Any
    id: int


def keyset_parts(base: Select, column: Any, ident: Any, *, descending: bool, after: SortKey | None) -> list[Select]:  # type: ignore[type-arg]
    """`base` narrowed to the rows after `after` (None: from the first), as the valued part and the empty part, each ordered."""
    parts = []
    if after is None or not after.empty:
        valued = base.where(column.is_not(None))
        if after is not None:
            past = (
                tuple_(column, ident) < tuple_(after.value, after.id)
                if descending
                else (tuple_(column, ident) > tuple_(after.value, after.id))
            )
            valued = valued.where(past)
        order = (column.desc(), ident.desc()) if descending else (column.asc(), ident.asc())
        parts.append(valued.order_by(*order))
    empty = base.where(column.is_(None))
    if after is not None and after.empty:
        empty = empty.where(ident < after.id if descending else ident > after.id)
    parts.append(empty.order_by(ident.desc() if descending else ident.asc()))
    return parts


def key_of(row: Any) -> SortKey:
    """The key of a row selected with its sort value labelled `sort_value` and its id first."""
    return SortKey(row.sort_value is None, row.sort_value, row[0])
