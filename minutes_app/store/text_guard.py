"""The store's own check before every flush: no text that one of the two engines cannot hold.

SQLite stores a NUL, a lone surrogate or a 5,000-character "String(300)" without a word;
PostgreSQL refuses them. Refusing them on both engines keeps every SQLite store movable to
PostgreSQL. The services validate first with the editor's field names; this is the backstop.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from minutes_app.domain.errors import ValidationError

UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def column_length(attribute: InstrumentedAttribute[Any]) -> int | None:
    """The most characters a model's String column holds (None for unbounded Text)."""
    length = attribute.property.columns[0].type.length
    return int(length) if length is not None else None


def check_text(field: str, value: str, length: int | None) -> None:
    """Refuse `value` when it is longer than `length` or holds NUL or a lone surrogate."""
    if length is not None and len(value) > length:
        raise ValidationError(field, f"is too long ({len(value):,} characters; at most {length:,})")
    bad = UNSTORABLE.search(value)
    if bad:
        raise ValidationError(field, f"contains a character (U+{ord(bad.group()):04X}) that cannot be stored")


def _check_row(obj: object, *, changed_only: bool) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):
            continue
        history = state.attrs[attr.key].history
        values = history.added if changed_only else [getattr(obj, attr.key)]
        for value in values:
            if isinstance(value, str):
                check_text(f"{column.table.name}.{column.name}", value, column.type.length)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.new:
        _check_row(obj, changed_only=False)
    for obj in session.dirty:
        _check_row(obj, changed_only=True)


def install(factory: sessionmaker[Session]) -> None:
    """Check every flush of sessions from `factory`."""
    event.listen(factory, "before_flush", _before_flush)
