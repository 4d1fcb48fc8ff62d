"""Reading a record's translations inside SQL: only the fields a list shows, one language's text to sort by.

The `translations` columns hold JSON text (field -> language -> text). Lists read only the fields
they show, so a meeting's long translated summary is never loaded to print its title; the tracker
sorts by a text as displayed in a chosen language. SQLite and PostgreSQL spell JSON access
differently, hence one construct compiled per dialect.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, case, func, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from minutes_app.domain.multilingual import LANGUAGES, TRANSLATABLE
from minutes_app.store.models import parse_translations

_FIELDS = {name for fields in TRANSLATABLE.values() for name in fields}


class _JsonPart(FunctionElement[str]):
    """The translation of one field into one language, NULL when there is none."""

    type = String()
    inherit_cache = True  # the path travels as literal columns, so it is part of the cache key

    def __init__(self, column: Any, field: str, lang: str) -> None:
        # The path is written into the SQL, so it may only hold our own field and language names.
        if field not in _FIELDS or lang not in LANGUAGES:
            raise ValueError(f"not a translatable field or language: {field!r}, {lang!r}")
        super().__init__(column, literal_column(f"'{field}'"), literal_column(f"'{lang}'"))


def _parts(element: FunctionElement[str], compiler: Any, **kw: Any) -> tuple[str, list[str]]:
    column, *path = list(element.clauses)
    return compiler.process(column, **kw), [str(part.name).strip("'") for part in path]


@compiles(_JsonPart)
def _sqlite(element: _JsonPart, compiler: Any, **kw: Any) -> str:
    column, path = _parts(element, compiler, **kw)
    json_path = "$" + "".join(f'."{part}"' for part in path)
    # A cell damaged outside the app reads as no translation rather than failing the whole list.
    return f"CASE WHEN json_valid({column}) THEN json_extract({column}, '{json_path}') END"


@compiles(_JsonPart, "postgresql")
def _postgresql(element: _JsonPart, compiler: Any, **kw: Any) -> str:
    column, (field, lang) = _parts(element, compiler, **kw)
    return f"((({column})::jsonb -> '{field}') ->> '{lang}')"


class _JsonWithout(FunctionElement[str]):
    """The translations JSON without some of its fields."""

    type = String()
    inherit_cache = True

    def __init__(self, column: Any, removed: tuple[str, ...]) -> None:
        if not removed or any(name not in _FIELDS for name in removed):
            raise ValueError(f"not translatable fields: {removed!r}")
        super().__init__(column, *(literal_column(f"'{name}'") for name in removed))


@compiles(_JsonWithout)
def _sqlite_without(element: _JsonWithout, compiler: Any, **kw: Any) -> str:
    column, removed = _parts(element, compiler, **kw)
    paths = ", ".join(f"'$.\"{name}\"'" for name in removed)
    return f"CASE WHEN json_valid({column}) THEN json_remove({column}, {paths}) END"


@compiles(_JsonWithout, "postgresql")
def _postgresql_without(element: _JsonWithout, compiler: Any, **kw: Any) -> str:
    column, removed = _parts(element, compiler, **kw)
    return f"((({column})::jsonb" + "".join(f" - '{name}'" for name in removed) + ")::text)"


def translations_of(translations: Any, kind: str, *fields: str) -> ColumnElement[str]:
    """SQL: a record's translations JSON holding only `fields` (a list need not read a long translated summary)."""
    removed = tuple(name for name in TRANSLATABLE[kind] if name not in fields)
    return _JsonWithout(translations, removed) if removed else translations


def parse_list_translations(value: object) -> dict[str, dict[str, str]]:
    """What `translations_of` returned, as field -> language -> text; "{}" and NULL cost nothing."""
    if not value or value == "{}":
        return {}
    if isinstance(value, dict):  # the column itself, already read through its type
        return value
    return parse_translations(value)


def translation_in(translations: Any, field: str, lang: str) -> ColumnElement[str]:
    """SQL: the stored translation of `field` into `lang`, NULL when there is none."""
    return _JsonPart(translations, field, lang)


def text_in(original: Any, translations: Any, language: Any, field: str, lang: str) -> ColumnElement[str]:
    """SQL: the field as shown in `lang`: its translation, else the original (also when `lang` is the original's)."""
    translated = func.nullif(_JsonPart(translations, field, lang), "")
    return case((language == lang, original), else_=func.coalesce(translated, original))
