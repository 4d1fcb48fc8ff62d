"""What the meetings page filters and sorts titles by: one ``meeting_list_text`` row per meeting, rewritten inside each write.

The page's quick filter finds a meeting by its title (as written and in each translation), its
reference and its counterpart countries' names in every language, folded (textfold) so that neither
database has to know about case, diacritics or scripts; its kind, status and date are matched on
the meeting's own columns (services/meeting_list.py). The title column sorts by the title as shown
in the texts language, case-folded, kept here per language so that a page is read from an index.

Like the search index, the rows are derived data: written by the hooks in the writer's transaction,
versioned (:data:`LIST_TEXT_VERSION` with textfold.FOLD_VERSION) and rebuilt when a store opened
was built by another version (:func:`ensure_current`), so migration 0010 runs none of this code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.countries import country_name
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.textfold import FOLD_VERSION, index_terms
from minutes_app.services.meeting_countries import countries_by_meeting
from minutes_app.services.search_index import translated_texts
from minutes_app.store import models as m

#: What the rows hold; raise it when that changes, and every store's rows are rebuilt once at opening.
LIST_TEXT_VERSION = 3  # 2: the meeting's department among the terms; 3: the first country
#: The app_setting key holding the version the store's rows were built with.
VERSION_SETTING = "meeting_list_text_version"
KEY_CHARS = 200  # a title sorts by its first 200 characters (then by id)
_NAME_LANGUAGES = ("en", "az", "ru")
_CHUNK = 500
_REBUILD_LOCK = 0x4D4C495354  # a PostgreSQL advisory lock key of our own ("MLIST")

Executor = Session | Connection
TABLE: Table = m.MeetingListTextRow.__table__  # type: ignore[assignment]


def shown_title(title: str, language: str, translations: Any, lang: str) -> str:
    """The title as the page shows it in `lang` (ui.common.texts_in.record_text's rule): its translation, else as written."""
    if not lang or lang == language:
        return title
    forms = translations.get("title", {}) if isinstance(translations, dict) else {}
    translated = str(forms.get(lang, "") or "")
    return translated if translated.strip() else title


def sort_key(text: str) -> str:
    """A title's sort key: case-folded, cut to KEY_CHARS."""
    return text.casefold()[:KEY_CHARS]


def _rows(conn: Executor, meeting_ids: Sequence[int]) -> list[dict[str, Any]]:
    mt = m.MeetingRow
    codes = countries_by_meeting(conn, meeting_ids)
    made = []
    for row in conn.execute(
        select(mt.id, mt.title, mt.reference_number, mt.language, mt.translations, mt.department).where(
            mt.id.in_(meeting_ids)
        )
    ):
        translations = row.translations if isinstance(row.translations, dict) else {}
        names = [country_name(code, lang) for code in codes.get(row.id, []) for lang in _NAME_LANGUAGES]
        # the department is not a column (the list fits a laptop as it is): typing it filters
        parts = [
            row.title,
            *translated_texts(translations, ["title"]),
            row.reference_number or "",
            row.department or "",
        ]
        text = " ".join([*parts, *names])
        title = row.title or ""
        made.append(
            {
                "meeting_id": row.id,
                "terms": index_terms(text),
                "title_key": sort_key(title),
                "first_country": codes[row.id][0] if codes.get(row.id) else None,
                **{
                    f"title_key_{lang}": sort_key(shown_title(title, row.language, translations, lang))
                    for lang in LANGUAGES
                },
            }
        )
    return made


def rewrite(conn: Executor, meeting_ids: Sequence[int]) -> None:
    """Write the rows of these meetings afresh (in the caller's transaction)."""
    ids = list(meeting_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        conn.execute(delete(TABLE).where(TABLE.c.meeting_id.in_(chunk)))
        rows = _rows(conn, chunk)
        if rows:
            conn.execute(insert(TABLE), rows)


def rebuild(conn: Executor) -> int:
    """Empty the table and fill it for every meeting; returns the number of rows."""
    conn.execute(delete(TABLE))
    ids = list(conn.scalars(select(m.MeetingRow.id).order_by(m.MeetingRow.id)))
    rewrite(conn, ids)
    return len(ids)


def built_version() -> str:
    """The version string of what this app writes into the rows (content and folding)."""
    return f"{LIST_TEXT_VERSION}.{FOLD_VERSION}"


def is_current(session: Session) -> bool:
    """True when the store's rows were built by this version of the app."""
    stored = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == VERSION_SETTING))
    return stored == built_version()


def ensure_current(conn: Executor) -> bool:
    """Rebuild the rows when the store's were built by another version; True when it rebuilt."""
    setting = m.SettingRow
    stored = conn.scalar(select(setting.value).where(setting.key == VERSION_SETTING))
    if stored == built_version():
        return False
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    if dialect == "postgresql":
        # Two PCs opening the shared store at once must not rebuild side by side.
        conn.execute(select(func.pg_advisory_xact_lock(_REBUILD_LOCK)))
        stored = conn.scalar(select(setting.value).where(setting.key == VERSION_SETTING))
        if stored == built_version():
            return False
    rebuild(conn)
    if stored is None:
        conn.execute(insert(setting).values(key=VERSION_SETTING, value=built_version()))
    else:
        conn.execute(update(setting).where(setting.key == VERSION_SETTING).values(value=built_version()))
    return True
