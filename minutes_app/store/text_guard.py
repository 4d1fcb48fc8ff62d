"""The store's own check before every flush: no text that one of the two engines cannot hold.

SQLite stores a NUL, a lone surrogate or a 5,000-character "String(300)" without a word;
PostgreSQL refuses them. Refusing them on both engines keeps every SQLite store movable to
PostgreSQL. The services validate first with the editor's field names; this is the backstop.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, Table, event, inspect
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from minutes_app.domain.errors import ValidationError
from minutes_app.store.models import TranslationsText

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


def check_translations(table: Table, value: object) -> None:
    """Refuse translations of a column `table` lacks, or one its original column could not hold.

    The JSON text column has no length of its own: each translation obeys its original's.
    """
    if value is None:
        return  # not set yet: the column's default, no translations
    if not isinstance(value, dict):
        raise ValidationError(f"{table.name}.translations", "must map fields to their translations")
    for field, texts in value.items():
        column = table.columns.get(field) if isinstance(field, str) and field != "translations" else None
        if column is None or not isinstance(column.type, String) or not isinstance(texts, dict):
            raise ValidationError(f"{table.name}.translations", f"{field!r} is not a text of this record")
        for lang, text in texts.items():
            if not isinstance(text, str):
                raise ValidationError(f"{table.name}.{field} ({lang})", "must be text")
            check_text(f"{table.name}.{field} ({lang})", text, column.type.length)
            check_text(f"{table.name}.{field} ({lang})", str(lang), 2)


def check_values(table: Table, values: dict[str, Any]) -> None:
    """What the flush check does for a row written without the ORM (an insert of many rows at once)."""
    texts = _TEXT_COLUMNS.get(table)
    if texts is None:  # per table once: which columns hold text, and how much
        texts = _TEXT_COLUMNS[table] = {
            c.name: (isinstance(c.type, TranslationsText), c.type.length)
            for c in table.columns
            if isinstance(c.type, String | TranslationsText)
        }
    for name, value in values.items():
        kind = texts.get(name)
        if kind is None:
            continue
        translations, length = kind
        if translations:
            check_translations(table, value)
        elif isinstance(value, str):
            check_text(f"{table.name}.{name}", value, length)


_TEXT_COLUMNS: dict[Table, dict[str, tuple[bool, int | None]]] = {}


def _check_row(obj: object, *, changed_only: bool) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        translations = isinstance(column.type, TranslationsText)
        if not translations and not isinstance(column.type, String):
            continue
        history = state.attrs[attr.key].history
        values = history.added if changed_only else [getattr(obj, attr.key)]
        for value in values:
            if translations:
                check_translations(column.table, value)
            elif isinstance(value, str):
                check_text(f"{column.table.name}.{column.name}", value, column.type.length)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.new:
        _check_row(obj, changed_only=False)
    for obj in session.dirty:
        _check_row(obj, changed_only=True)


def install(factory: sessionmaker[Session]) -> None:
    """Check every flush of sessions from `factory`."""
    event.listen(factory, "before_flush", _before_flush)
