"""The search index: one ``search_entry`` row per searchable record, rewritten inside each write.

* Entries are derived data. Every write calls a hook (services/hooks.py) that deletes the
  record's entries and builds them afresh from the rows, in the writer's transaction, so the
  index never disagrees with committed data. Records in the trash have no entries.
* ``index_text`` is ``textfold.index_terms(title + detail)``: plain ``[a-z0-9]`` words, so
  neither database has to know about case, diacritics or scripts (the FTS5 trap in STYLE.md).
* SQLite: an external-content FTS5 table ``search_fts`` over ``search_entry.index_text``, kept
  in step by triggers on ``search_entry`` (migration 0002). PostgreSQL: a GIN index on the
  terms as a ``tsvector`` (``array_to_tsvector``, built in; no extension needed), queried with
  ``'term':*`` prefixes. Both compute textfold.matches(): every query term is a prefix of a term.
* An entry's id packs kind | sort key | record id, so "the first N hits of a kind, in order" is
  a walk along an id range that stops after N rows, however many records match (services/search.py).
* A meeting's entry also holds its texts' translations (``translations``, field -> language ->
  text) and every spelling of its attendees' names, so it is found in any of its languages and by
  whoever attended; a person's entry change rewrites the entries of the meetings they attended.
* What goes into entries is versioned (:data:`INDEX_VERSION`, with textfold.FOLD_VERSION); a store
  whose index was built by another version is rebuilt when it is opened (:func:`ensure_current`),
  so no migration has to import this module (which changes with the app).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Select,
    String,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    column,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    table,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.type_api import TypeDecorator
from sqlalchemy.sql.visitors import InternalTraversal

from minutes_app.domain import records as r
from minutes_app.domain.countries import country_name
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.textfold import FOLD_VERSION, fold_word, index_terms, query_terms
from minutes_app.services.meeting_countries import countries_by_meeting
from minutes_app.store import models as m

#: Kinds of entries, in the order search results are grouped.
KINDS: tuple[str, ...] = ("meeting", "person", "organisation", "agenda_item", "decision", "follow_up", "note")
# People and organisations are listed by name; everything else newest meeting first.
_BY_NAME = frozenset({"person", "organisation"})

#: What entries hold; raise it when that changes, and every store's index is rebuilt once at opening.
#: 2: translations of the texts and the attendees' names in meeting entries (issue 11).
#: 3: the names and the text of attached files in their meeting's or follow-up's entry (issue 16).
INDEX_VERSION = 3
#: The app_setting key holding the version the store's index was built with.
VERSION_SETTING = "search_index_version"
_REBUILD_LOCK = 0x4D494E5554  # a PostgreSQL advisory lock key of our own ("MINUT")

#: Only this much of any one text is indexed (and kept as snippet source).
MAX_TEXT_CHARS = 200_000
#: Index texts are cut at a term boundary to this length: a PostgreSQL tsvector must stay under 1 MB,
#: and 500 000 characters of terms make at most about 0.85 MB of tsvector.
MAX_INDEX_CHARS = 500_000
#: Display titles are cut to this length.
TITLE_CHARS = 300
_LANGS = ("en", "az", "ru")
_CHUNK = 500  # ids per IN list when rebuilding

# Entry id layout (63 bits, positive): kind (3) | sort key (22) | record id (38).
_RECORD_BITS = 38
_KEY_BITS = 22
_KIND_SHIFT = _RECORD_BITS + _KEY_BITS
_NAME_KEY_LETTERS = 4  # 37**4 < 2**22: the first four folded letters order people by name
_NAME_DIGITS = {c: i + 1 for i, c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz")}

#: The index table, and (SQLite) its FTS5 table.
ENTRY: Table = m.SearchEntryRow.__table__  # type: ignore[assignment]
FTS = table("search_fts", column("rowid", BigInteger()))
_SAFE_TERM = re.compile(r"[a-z0-9]+")
#: An entry's terms as a tsvector, written exactly as migration 0002's GIN indexes are.
PG_TERMS = func.array_to_tsvector(func.string_to_array(ENTRY.c.index_text, literal_column("' '")))

Executor = Session | Connection
Entry = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Entry ids


def entry_id(kind: str, sort_key: int, record_id: int) -> int:
    """The id of an entry: its kind, then its sort key, then the record's id, in 63 bits."""
    if not 0 <= record_id < 1 << _RECORD_BITS:
        raise ValueError(f"record id {record_id} is out of the search index's range")
    key = min(max(sort_key, 0), (1 << _KEY_BITS) - 1)
    return (KINDS.index(kind) << _KIND_SHIFT) | (key << _RECORD_BITS) | record_id


def kind_range(kind: str) -> tuple[int, int]:
    """The lowest and highest entry id of a kind."""
    code = KINDS.index(kind)
    return code << _KIND_SHIFT, ((code + 1) << _KIND_SHIFT) - 1


def newest_first(kind: str) -> bool:
    """True when a kind's entries are listed by descending id (newest meeting first)."""
    return kind not in _BY_NAME


def _date_key(date: Any) -> int:
    return int(date.toordinal()) if date is not None else 0


def _name_key(name: str) -> int:
    """Base-37 number of the first folded letters, so ids ascend in (rough) alphabetical order."""
    key = 0
    letters = fold_word(name[:200])[:_NAME_KEY_LETTERS]
    for i in range(_NAME_KEY_LETTERS):
        key = key * 37 + (_NAME_DIGITS.get(letters[i], 0) if i < len(letters) else 0)
    return key


# --------------------------------------------------------------------------------------------
# Building entries from the rows


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    """One line of at most `limit` characters, cut with an ellipsis."""
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _joined(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _distinct(values: Iterable[str | None], *, skip: str = "") -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value != skip:
            seen[value] = None
    return list(seen)


def _entry(
    kind: str,
    record_id: int,
    sort_key: int,
    title_text: str,
    detail: str,
    *,
    meeting_id: int | None = None,
    follow_up_id: int | None = None,
    date: Any = None,
    title_indexed: bool = True,
) -> Entry | None:
    title_text, detail = title_text[:MAX_TEXT_CHARS], detail[:MAX_TEXT_CHARS]
    terms = index_terms(title_text + "\n" + detail if title_indexed else detail)
    if len(terms) > MAX_INDEX_CHARS:
        terms = terms[: terms.rfind(" ", 0, MAX_INDEX_CHARS + 1)]
    if not terms:
        return None  # nothing any query could find
    return {
        "id": entry_id(kind, sort_key, record_id),
        "kind": kind,
        "record_id": record_id,
        "meeting_id": meeting_id,
        "follow_up_id": follow_up_id,
        "date": date,
        "title": shorten(title_text),
        "detail": detail,
        "index_text": terms,
    }


def _translations_column(model: Any) -> list[Any]:
    """The model's ``translations`` column to select, or nothing while the store has none."""
    # The column arrives with the store's migration 0003 (part F of issue 11); until then the
    # index simply has no translations to read.
    column_ = getattr(model, "translations", None)
    return [column_.label("translations")] if column_ is not None else []


def translated_texts(stored: Any, fields: Sequence[str]) -> list[str]:
    """Every translation of `fields` in a row's ``translations`` (JSON text or already a dict), in LANGUAGES order."""
    if isinstance(stored, str):
        try:
            stored = json.loads(stored or "{}")
        except ValueError:
            return []  # a damaged cell must not stop a write; the originals are still indexed
    if not isinstance(stored, dict):
        return []
    texts = []
    for field in fields:
        by_language = stored.get(field)
        if isinstance(by_language, dict):
            texts += [str(by_language[lang]) for lang in LANGUAGES if by_language.get(lang)]
    return texts


def _with_translations(row: Any, *fields: str) -> str:
    """The row's `fields`, then their translations, one per line."""
    originals = [str(getattr(row, f) or "") for f in fields]
    return _joined(*originals, *translated_texts(getattr(row, "translations", None), fields))


def _attendee_names(conn: Executor, meeting_ids: Sequence[int]) -> dict[int, list[str]]:
    """Per meeting, every spelling of its named attendees' names, in precedence order."""
    at, p = m.AttendanceRow, m.PersonRow
    names: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(
        select(at.meeting_id, p.name, p.name_en, p.name_az, p.name_ru)
        .join(p, p.id == at.person_id)
        .where(at.meeting_id.in_(meeting_ids))
        .order_by(at.meeting_id, at.precedence, at.id)
    ):
        names[row.meeting_id] += _spellings(row)
    return {meeting_id: _distinct(spellings) for meeting_id, spellings in names.items()}


def _spellings(person: Any) -> list[str]:
    """A person's name as recorded and in each language (a person row, or a person record), those given."""
    return [n for n in (person.name, person.name_en, person.name_az, person.name_ru) if n]


def _attachment_texts(conn: Executor, owner_kind: str, owner_ids: Sequence[int] | Select[Any]) -> dict[int, list[str]]:
    """Per owner, the names and extracted text of its live attachments."""
    a = m.AttachmentRow
    texts: dict[int, list[str]] = defaultdict(list)
    for owner_id, name, content in conn.execute(
        select(a.owner_id, a.file_name, a.text_content)
        .where(a.owner_kind == owner_kind, a.owner_id.in_(owner_ids), a.deleted_at.is_(None))
        .order_by(a.owner_id, a.sort_order, a.id)
    ):
        texts[owner_id] += [name, content]
    return texts


def _country_names(codes: Iterable[str]) -> str:
    return " · ".join(_distinct(country_name(code, lang) for code in codes for lang in _LANGS))


@dataclass
class _MeetingParts:
    """What the entries of some meetings are built from: read from their rows, or taken from a meeting just saved.

    Each item has the attributes of its row (a meeting's id, title, date, venue, reference_number and summary; an
    agenda item's id, meeting_id, title and notes; ...), and ``translations`` where the store has that column.
    """

    meetings: dict[int, Any]
    countries: Mapping[int, list[str]]
    attendees: Mapping[int, list[str]]  # every spelling of the named attendees' names, in precedence order
    attached: Mapping[int, list[str]]  # the meeting's files: name, then text
    agenda: list[Any] = dataclass_field(default_factory=list)
    decisions: list[Any] = dataclass_field(default_factory=list)
    follow_ups: list[Any] = dataclass_field(default_factory=list)
    follow_up_files: Mapping[int, list[str]] = dataclass_field(default_factory=dict)
    # each note's id, text, follow_up_id, meeting_id and description (its follow-up's)
    notes: list[Any] = dataclass_field(default_factory=list)


def _meeting_entries(conn: Executor, meeting_ids: Sequence[int], *, children: bool = True) -> list[Entry]:
    """Entries of live meetings and (unless `children` is False) of everything inside them."""
    parts = _read_meeting_parts(conn, meeting_ids, children=children)
    return _entries_of(parts) if parts is not None else []


def _read_meeting_parts(conn: Executor, meeting_ids: Sequence[int], *, children: bool) -> _MeetingParts | None:
    """The parts of the live meetings among `meeting_ids`, read from their rows (None when none is live)."""
    mt = m.MeetingRow
    meetings = {
        row.id: row
        for row in conn.execute(
            select(
                mt.id, mt.title, mt.date, mt.venue, mt.reference_number, mt.summary, *_translations_column(mt)
            ).where(mt.id.in_(meeting_ids), mt.deleted_at.is_(None))
        )
    }
    if not meetings:
        return None
    live = list(meetings)
    parts = _MeetingParts(
        meetings,
        countries_by_meeting(conn, live),
        _attendee_names(conn, live),
        _attachment_texts(conn, "meeting", live),
    )
    if not children:
        return parts
    a = m.AgendaItemRow
    parts.agenda = list(
        conn.execute(
            select(a.id, a.meeting_id, a.title, a.notes, *_translations_column(a)).where(a.meeting_id.in_(live))
        )
    )
    d = m.DecisionRow
    parts.decisions = list(
        conn.execute(
            select(d.id, d.meeting_id, d.number, d.text, *_translations_column(d)).where(d.meeting_id.in_(live))
        )
    )
    f = m.FollowUpRow
    parts.follow_ups = list(
        conn.execute(
            select(
                f.id, f.meeting_id, f.description, f.department, f.counterpart_contact, *_translations_column(f)
            ).where(f.meeting_id.in_(live), f.deleted_at.is_(None))
        )
    )
    parts.follow_up_files = _attachment_texts(
        conn,
        "follow_up",
        # deleted_at wrapped: a bare one let SQLite walk every live follow-up by its due-date index (7 ms a save at 1x)
        select(f.id).where(f.meeting_id.in_(live), func.coalesce(f.deleted_at, None).is_(None)),
    )
    n = m.FollowUpNoteRow
    parts.notes = list(
        conn.execute(
            select(n.id, n.text, f.id.label("follow_up_id"), f.meeting_id, f.description)
            .join(f, f.id == n.follow_up_id)
            .where(f.meeting_id.in_(live), f.deleted_at.is_(None), n.text != "")
        )
    )
    return parts


def _saved_meeting_parts(conn: Executor, meeting: r.Meeting) -> _MeetingParts:
    """The parts of a meeting as its save just stored it (read back whole by the save): only its files are read.

    A save read the meeting, its countries, attendees, agenda, decisions, follow-ups and notes once more for
    the index, seven round trips to a server; the record the save returns holds all of them.
    """
    meeting_id = meeting.id
    assert meeting_id is not None
    named = sorted((a for a in meeting.attendances if a.person is not None), key=lambda a: (a.precedence, a.id or 0))
    spellings = [n for a in named if a.person for n in _spellings(a.person)]
    follow_ups = [
        _Item(
            id=f.id,
            meeting_id=meeting_id,
            description=f.description,
            department=f.department,
            counterpart_contact=f.counterpart_contact,
            translations=f.translations,
        )
        for f in meeting.follow_ups
    ]
    return _MeetingParts(
        meetings={meeting_id: meeting},
        countries={meeting_id: list(meeting.countries)},
        attendees={meeting_id: _distinct(spellings)} if spellings else {},
        attached=_attachment_texts(conn, "meeting", [meeting_id]),
        agenda=[
            _Item(id=a.id, meeting_id=meeting_id, title=a.title, notes=a.notes, translations=a.translations)
            for a in meeting.agenda
        ],
        # numbered in their order, as the save numbered them
        decisions=[
            _Item(id=d.id, meeting_id=meeting_id, number=i + 1, text=d.text, translations=d.translations)
            for i, d in enumerate(meeting.decisions)
        ],
        follow_ups=follow_ups,
        follow_up_files=_attachment_texts(conn, "follow_up", [f.id for f in follow_ups]) if follow_ups else {},
        notes=[
            _Item(id=note.id, text=note.text, follow_up_id=f.id, meeting_id=meeting_id, description=f.description)
            for f in meeting.follow_ups
            for note in f.history
            if note.text != ""
        ],
    )


class _Item(SimpleNamespace):
    """A child of a saved meeting with its row's attribute names (what `_entries_of` reads)."""


def _entries_of(parts: _MeetingParts) -> list[Entry]:
    """The entries of the meetings in `parts` and of everything inside them that `parts` holds."""
    meetings = parts.meetings
    entries: list[Entry | None] = []
    for row in meetings.values():
        stored = getattr(row, "translations", None)
        detail = _joined(
            row.reference_number,
            _with_translations(row, "venue"),
            _country_names(parts.countries.get(row.id, [])),
            " · ".join(parts.attendees.get(row.id, [])),
            *translated_texts(stored, ["title"]),
            _with_translations(row, "summary"),
            *translated_texts(stored, ["prepared_by", "approved_by"]),
            *parts.attached.get(row.id, []),
        )
        entries.append(
            _entry("meeting", row.id, _date_key(row.date), row.title, detail, meeting_id=row.id, date=row.date)
        )

    def child(
        kind: str, record_id: int, meeting_id: int, title: str, detail: str, follow_up_id: int | None = None
    ) -> None:
        date = meetings[meeting_id].date
        entries.append(
            _entry(
                kind,
                record_id,
                _date_key(date),
                title,
                detail,
                meeting_id=meeting_id,
                follow_up_id=follow_up_id,
                date=date,
                # A note is titled by its follow-up, but found only by its own words: else every
                # note would turn up again whenever its follow-up does.
                title_indexed=kind != "note",
            )
        )

    for item in parts.agenda:
        child(
            "agenda_item",
            item.id,
            item.meeting_id,
            item.title,
            _joined(item.notes, *translated_texts(getattr(item, "translations", None), ["title", "notes"])),
        )
    for decision in parts.decisions:
        child(
            "decision",
            decision.id,
            decision.meeting_id,
            f"{decision.number}. {decision.text}",
            _with_translations(decision, "text"),
        )
    for fu in parts.follow_ups:
        child(
            "follow_up",
            fu.id,
            fu.meeting_id,
            fu.description,
            _joined(
                _with_translations(fu, "description", "department"),
                fu.counterpart_contact,
                *parts.follow_up_files.get(fu.id, []),
            ),
            fu.id,
        )
    for note in parts.notes:
        child("note", note.id, note.meeting_id, note.description, note.text, note.follow_up_id)
    return [e for e in entries if e is not None]


def _person_entries(conn: Executor, person_ids: Sequence[int]) -> list[Entry]:
    """Entries of live people: every spelling, every position, their organisation's names."""
    p, o = m.PersonRow, m.OrganisationRow
    rows = conn.execute(
        select(
            p.id,
            p.name,
            p.name_en,
            p.name_az,
            p.name_ru,
            p.position,
            p.position_en,
            p.position_az,
            p.position_ru,
            o.name.label("org"),
            o.name_en.label("org_en"),
            o.name_az.label("org_az"),
            o.name_ru.label("org_ru"),
        )
        .outerjoin(o, and_(o.id == p.organisation_id, o.deleted_at.is_(None)))
        .where(p.id.in_(person_ids), p.deleted_at.is_(None))
    )
    entries = []
    for row in rows:
        detail = " · ".join(
            _distinct((row.name_en, row.name_az, row.name_ru), skip=row.name)
            + _distinct((row.position, row.position_en, row.position_az, row.position_ru))
            + _distinct((row.org, row.org_en, row.org_az, row.org_ru))
        )
        entries.append(_entry("person", row.id, _name_key(row.name), row.name, detail))
    return [e for e in entries if e is not None]


def _organisation_entries(conn: Executor, organisation_ids: Sequence[int]) -> list[Entry]:
    """Entries of live organisations: every spelling and their country's names."""
    o = m.OrganisationRow
    rows = conn.execute(
        select(o.id, o.name, o.name_en, o.name_az, o.name_ru, o.country).where(
            o.id.in_(organisation_ids), o.deleted_at.is_(None)
        )
    )
    entries = []
    for row in rows:
        names = _distinct((row.name_en, row.name_az, row.name_ru), skip=row.name)
        detail = " · ".join(names + ([_country_names([row.country])] if row.country else []))
        entries.append(_entry("organisation", row.id, _name_key(row.name), row.name, detail))
    return [e for e in entries if e is not None]


def _insert(conn: Executor, entries: list[Entry]) -> None:
    if entries:
        conn.execute(insert(ENTRY), entries)


def _delete_kind(conn: Executor, kind: str, record_ids: Any) -> None:
    conn.execute(delete(ENTRY).where(ENTRY.c.kind == kind, ENTRY.c.record_id.in_(record_ids)))


# --------------------------------------------------------------------------------------------
# Hooks (called by every write, in its transaction)


_ENTRY_FIELDS = ("id", "kind", "record_id", "meeting_id", "follow_up_id", "date", "title", "detail", "index_text")


def reindex_meeting(session: Session, meeting_id: int, *, saved: r.Meeting | None = None) -> None:
    """Bring the index entries of one meeting and everything inside it up to date, rewriting only those that changed.

    Each entry written or removed is also written to or removed from the full-text index (SQLite's FTS5 through
    triggers, PostgreSQL's GIN indexes); a save that changed a title left twenty entries the same, and rewriting
    them was most of the save's index upkeep. `saved` is the meeting as its save just read it back from the
    store, in this transaction: its entries are built from it instead of reading it once more.
    """
    entries = _entries_of(_saved_meeting_parts(session, saved)) if saved else _meeting_entries(session, [meeting_id])
    wanted = {entry["id"]: entry for entry in entries}
    held = {
        row["id"]: dict(row)
        for row in session.execute(
            select(*(ENTRY.c[name] for name in _ENTRY_FIELDS)).where(ENTRY.c.meeting_id == meeting_id)
        ).mappings()
    }
    stale = [entry_id for entry_id, row in held.items() if wanted.get(entry_id) != row]
    if stale:
        session.execute(delete(ENTRY).where(ENTRY.c.id.in_(stale)))
    _insert(session, [entry for entry_id, entry in wanted.items() if held.get(entry_id) != entry])


def reindex_meetings(session: Session, meeting_ids: Sequence[int]) -> None:
    """Rewrite the index entries of many meetings at once (an import), a few queries per chunk of ids."""
    ids = list(meeting_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(delete(ENTRY).where(ENTRY.c.meeting_id.in_(chunk)))
        _insert(session, _meeting_entries(session, chunk))


def reindex_person(session: Session, person_id: int) -> None:
    """Rewrite the index entry of one person, and of the meetings they attended (those name them)."""
    _delete_kind(session, "person", [person_id])
    _insert(session, _person_entries(session, [person_id]))
    at = m.AttendanceRow
    attended = list(session.scalars(select(at.meeting_id).where(at.person_id == person_id).distinct()))
    for start in range(0, len(attended), _CHUNK):
        chunk = attended[start : start + _CHUNK]
        _delete_kind(session, "meeting", chunk)
        _insert(session, _meeting_entries(session, chunk, children=False))


def reindex_organisation(session: Session, organisation_id: int) -> None:
    """Rewrite the index entry of one organisation, and of its people (their entries name it)."""
    _delete_kind(session, "organisation", [organisation_id])
    _insert(session, _organisation_entries(session, [organisation_id]))
    people = list(session.scalars(select(m.PersonRow.id).where(m.PersonRow.organisation_id == organisation_id)))
    for start in range(0, len(people), _CHUNK):
        chunk = people[start : start + _CHUNK]
        _delete_kind(session, "person", chunk)
        _insert(session, _person_entries(session, chunk))


def _live_ids() -> dict[str, Select[Any]]:
    """Per kind, the ids of records that should have an entry (not in the trash, nor inside it)."""
    mt, f, n = m.MeetingRow, m.FollowUpRow, m.FollowUpNoteRow
    live_meeting = mt.deleted_at.is_(None)
    return {
        "meeting": select(mt.id).where(live_meeting),
        "person": select(m.PersonRow.id).where(m.PersonRow.deleted_at.is_(None)),
        "organisation": select(m.OrganisationRow.id).where(m.OrganisationRow.deleted_at.is_(None)),
        "agenda_item": select(m.AgendaItemRow.id).join(mt, mt.id == m.AgendaItemRow.meeting_id).where(live_meeting),
        "decision": select(m.DecisionRow.id).join(mt, mt.id == m.DecisionRow.meeting_id).where(live_meeting),
        "follow_up": select(f.id).join(mt, mt.id == f.meeting_id).where(live_meeting, f.deleted_at.is_(None)),
        "note": select(n.id)
        .join(f, f.id == n.follow_up_id)
        .join(mt, mt.id == f.meeting_id)
        .where(live_meeting, f.deleted_at.is_(None), n.text != ""),
    }


def drop_orphans(session: Session) -> None:
    """Remove index entries of records that no longer exist (or are in the trash)."""
    for kind, live in _live_ids().items():
        session.execute(delete(ENTRY).where(ENTRY.c.kind == kind, ENTRY.c.record_id.not_in(live)))


def built_version() -> str:
    """The version string of what this app writes into the index (entries and folding)."""
    return f"{INDEX_VERSION}.{FOLD_VERSION}"


def is_current(session: Session) -> bool:
    """True when the store's index was built by this version of the app."""
    stored = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == VERSION_SETTING))
    return stored == built_version()


def ensure_current(session: Session) -> bool:
    """Rebuild the index when the store's was built by another version; True when it rebuilt."""
    setting = m.SettingRow
    stored = session.scalar(select(setting.value).where(setting.key == VERSION_SETTING))
    if stored == built_version():
        return False
    if session.get_bind().dialect.name == "postgresql":
        # Two PCs opening the shared store at once must not rebuild side by side (their inserts
        # would collide): the second waits, then finds the index current.
        session.execute(select(func.pg_advisory_xact_lock(_REBUILD_LOCK)))
        stored = session.scalar(select(setting.value).where(setting.key == VERSION_SETTING))
        if stored == built_version():
            return False
    rebuild(session)
    _stamp(session, stamped=stored is not None)
    return True


def rebuild_and_stamp(session: Session) -> int:
    """Rebuild the index from every live record, whatever built it, and mark it as this version's; returns its entries."""
    stored = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == VERSION_SETTING))
    count = rebuild(session)
    _stamp(session, stamped=stored is not None)
    return count


def _stamp(session: Session, *, stamped: bool) -> None:
    # Without the mark, the next open of the store rebuilds the whole index again.
    setting = m.SettingRow
    if not stamped:
        session.add(setting(key=VERSION_SETTING, value=built_version()))
    else:
        session.execute(update(setting).where(setting.key == VERSION_SETTING).values(value=built_version()))


def rebuild(conn: Executor) -> int:
    """Empty the index and fill it from every live record; returns the number of entries.

    Reads only named columns, so it also runs inside migrations of older stores.
    """
    conn.execute(delete(ENTRY))
    count = 0
    sources = (
        (m.MeetingRow, _meeting_entries),
        (m.PersonRow, _person_entries),
        (m.OrganisationRow, _organisation_entries),
    )
    for model, build in sources:
        ids = list(conn.scalars(select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)))
        for start in range(0, len(ids), _CHUNK):
            entries = build(conn, ids[start : start + _CHUNK])
            _insert(conn, entries)
            count += len(entries)
    return count


# --------------------------------------------------------------------------------------------
# Queries
#
# Terms and id bounds are written into the SQL text (literal_execute) rather than bound: with
# bound values psycopg prepares a statement after five runs, and PostgreSQL then switches to a
# generic plan that cannot know how common a term is (measured: 11 ms became 150 ms a search).
# Terms are [a-z0-9] only, so writing them into SQL is safe.


def checked_terms(terms: Sequence[str]) -> tuple[str, ...]:
    """`terms` as a tuple, after making sure each is a folded ``[a-z0-9]`` term."""
    for term in terms:
        # query_terms() only makes [a-z0-9] terms; refuse anything else rather than quote it.
        if not _SAFE_TERM.fullmatch(term):
            raise ValueError(f"not a folded search term: {term!r}")
    return tuple(terms)


class PrefixQuery(TypeDecorator[Sequence[str]]):
    """Query terms as each database's AND of prefixes: ``"t"*`` for FTS5, ``'t':*`` for tsquery."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Sequence[str] | None, dialect: Dialect) -> str | None:
        """The terms in the syntax of `dialect`."""
        if value is None:
            return None
        if dialect.name == "sqlite":
            return " AND ".join(f'"{t}"*' for t in checked_terms(value))
        return " & ".join(f"'{t}':*" for t in checked_terms(value))

    def process_literal_param(self, value: Sequence[str] | None, dialect: Dialect) -> str:
        """The same, to be quoted into the SQL text."""
        return self.process_bind_param(value, dialect) or ""


def literal_value(value: Any, type_: Any) -> BindParameter[Any]:
    """A value written into the SQL text when the statement runs (see above why)."""
    return bindparam(None, value, type_=type_, unique=True, literal_execute=True)


class EntryMatches(ColumnElement[bool]):
    """WHERE condition on ``search_entry``: of `kind`, and every term starts one of its terms."""

    inherit_cache = True
    type = Boolean()
    # Rendered as IN / AND conditions, so a WHERE needs no "= 1" after it (which on SQLite
    # turned an indexed lookup into a scan of every index entry).
    _is_implicitly_boolean = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy reads this class attribute; nothing mutates it
        ("query", InternalTraversal.dp_clauseelement),
        ("kind", InternalTraversal.dp_clauseelement),
        ("low", InternalTraversal.dp_clauseelement),
        ("high", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, terms: Sequence[str], kind: str) -> None:
        low, high = kind_range(kind)
        self.query = literal_value(checked_terms(terms), PrefixQuery())
        self.kind = literal_value(kind, String())
        self.low = literal_value(low, BigInteger())
        self.high = literal_value(high, BigInteger())


def fts_match(query: Any) -> ColumnElement[bool]:
    """``search_fts MATCH query``."""
    return literal_column("search_fts").op("MATCH", return_type=Boolean())(query)


@compiles(EntryMatches, "sqlite")
def _entry_matches_sqlite(element: EntryMatches, compiler: SQLCompiler, **kw: Any) -> str:
    rowids = select(FTS.c.rowid).where(fts_match(element.query), FTS.c.rowid.between(element.low, element.high))
    return compiler.process(ENTRY.c.id.in_(rowids), **kw)


@compiles(EntryMatches)
def _entry_matches_postgresql(element: EntryMatches, compiler: SQLCompiler, **kw: Any) -> str:
    # The kind selects that kind's partial GIN index (migration 0002).
    condition = and_(
        ENTRY.c.kind == element.kind,
        ENTRY.c.id.between(element.low, element.high),
        tsquery_match(PG_TERMS, element.query),
    )
    return compiler.process(condition, **kw)


def tsquery_match(vector: ColumnElement[Any], query: BindParameter[Any]) -> ColumnElement[bool]:
    """``vector @@ CAST(query AS tsquery)``."""
    # Imported here: SQLAlchemy's PostgreSQL dialect (18 modules) is not needed to open an SQLite store.
    from sqlalchemy.dialects.postgresql import TSQUERY

    return vector.op("@@", return_type=Boolean())(cast(query, TSQUERY))


def restrict_follow_ups(stmt: Select, text: str) -> Select:  # type: ignore[type-arg]
    """Narrow a follow-up SELECT to rows whose search entry matches `text`, exactly as search does."""
    terms = query_terms(text)
    if not terms:
        return stmt  # punctuation only: like an empty box, no filter
    matching = select(ENTRY.c.record_id).where(EntryMatches(terms, "follow_up"))
    return stmt.where(m.FollowUpRow.id.in_(matching))


def restrict_follow_ups_per_row(stmt: Select, text: str) -> Select:  # type: ignore[type-arg]
    """`restrict_follow_ups` on SQLite, tested on each row's own entry: for a few rows, not the list of every match.

    An entry's index text is its terms joined by single spaces, so "every query term starts one of
    its terms" is " term" found in " " + index_text, as the FTS5 prefix query decides it.
    """
    terms = checked_terms(query_terms(text))
    if not terms:
        return stmt  # punctuation only: like an empty box, no filter
    spaced = literal(" ") + ENTRY.c.index_text
    own_entry = select(ENTRY.c.id).where(
        ENTRY.c.kind == "follow_up",
        ENTRY.c.record_id == m.FollowUpRow.id,
        *(func.instr(spaced, f" {term}") > 0 for term in terms),
    )
    return stmt.where(own_entry.exists())
