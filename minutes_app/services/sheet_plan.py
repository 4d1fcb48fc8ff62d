"""Checking every row of a spreadsheet against the store before anything is written: what each row will become."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.sheet_columns import FIELDS, REQUIRED_FIELDS, guess_mapping, header_signature, resolve_mapping
from minutes_app.domain.sheet_values import (
    PRIORITY_BY_WORD,
    STATUS_BY_WORD,
    fold_text,
    parse_cell_date,
    parse_countries,
)
from minutes_app.domain.vocab import FollowUpStatus, Priority
from minutes_app.services import validation as v
from minutes_app.services.sheet_reader import SheetData, detect_header_row, header_names, read_sheet
from minutes_app.store import models as m

# Fields whose unknown values a person maps once for all rows (a value map), instead of fixing each row.
MAPPED_VALUES = ("status", "priority", "topic")
_TEXT_LIMITS = {
    "organisation": 500,
    "title": 1000,
    "action": v.MAX_LONG_TEXT,
    "department": 500,
    "owner": 300,
    "notes": v.MAX_LONG_TEXT,
}
_FIELD_WORDS = {
    "meeting_date": "meeting date",
    "country": "counterpart country",
    "organisation": "counterpart organisation",
    "title": "meeting title",
    "action": "action",
    "owner": "owner",
    "department": "department",
    "due_date": "due date",
    "status": "status",
    "priority": "priority",
    "topic": "topic",
    "notes": "notes",
}


@dataclass(slots=True)
class ImportOptions:
    """What the person chose: the sheet, the header row, the columns and how to read unknown values."""

    sheet: str | None = None  # None: the first sheet
    header_row: int | None = None  # 1-based; None: the first row with three text cells
    mapping: dict[str, str] = field(default_factory=dict)  # field -> header name or column letter; guessed if empty
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {value as written: stored value}


@dataclass(slots=True)
class RowError:
    """Why a row cannot be imported: its number in the spreadsheet, the field and the reason."""

    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {_FIELD_WORDS.get(self.field, self.field)}: {self.reason}"


@dataclass(slots=True)
class PlannedRow:
    """One spreadsheet row as it will be stored."""

    row: int  # the row's number in the spreadsheet
    meeting_date: dt.date | None = None
    countries: list[str] = field(default_factory=list)
    organisation: str = ""  # as written; matched to the directory by any spelling
    organisation_id: int | None = None  # None with an organisation: a new one
    title: str = ""
    action: str = ""
    owner: str = ""  # as written; matched to the directory by any spelling
    owner_id: int | None = None  # None with an owner: a new person
    department: str = ""
    due_date: dt.date | None = None
    status: str = FollowUpStatus.OPEN.value
    priority: str = Priority.NORMAL.value
    topic_id: int | None = None
    topic: str = ""  # the topic's stored (English) name
    notes: str = ""
    errors: list[RowError] = field(default_factory=list)

    def meeting_key(self) -> tuple[dt.date | None, tuple[str, ...], str]:
        """What makes two rows one meeting: the same date, counterpart countries and title."""
        return (self.meeting_date, tuple(sorted(self.countries)), fold_text(self.title))


@dataclass(slots=True)
class SheetPlan:
    """The whole sheet checked: the rows as they will be stored, every error, and what is new."""

    sheet_names: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    columns: dict[str, int]  # field -> 0-based column index
    rows: list[PlannedRow]
    mapping_problems: list[str] = field(default_factory=list)
    unknown: dict[str, list[str]] = field(default_factory=dict)  # field -> values not recognised, as written
    new_people: list[str] = field(default_factory=list)  # owners not in the directory, created on import
    new_organisations: list[str] = field(default_factory=list)  # counterparts not in the directory, created too
    meetings_new: int = 0
    meetings_existing: int = 0  # rows' meetings already in the store (their new follow-ups are added to them)
    follow_ups_new: int = 0
    follow_ups_existing: int = 0  # rows already in the store (an earlier import): left alone

    @property
    def errors(self) -> list[RowError]:
        """Every row's errors in row order."""
        return [e for r in self.rows for e in r.errors]

    @property
    def good_rows(self) -> list[PlannedRow]:
        """The rows without errors."""
        return [r for r in self.rows if not r.errors]

    @property
    def signature(self) -> str:
        """What identifies this sheet's layout, to remember its mapping."""
        return header_signature(self.headers)


@dataclass(slots=True)
class ImportResult:
    """What an import (or its undo) created or removed."""

    meetings: int = 0
    follow_ups: int = 0
    people: int = 0
    organisations: int = 0
    skipped_rows: int = 0  # rows with errors left out
    already_there: int = 0  # rows whose follow-up the store already held


class _Vocabulary:
    """The store's people and topics, looked up by any spelling."""

    def __init__(self, session: Session) -> None:
        self.people: dict[str, int] = {}
        for row in session.execute(
            select(m.PersonRow.id, m.PersonRow.name, m.PersonRow.name_en, m.PersonRow.name_az, m.PersonRow.name_ru)
            .where(m.PersonRow.deleted_at.is_(None))
            .order_by(m.PersonRow.id)
        ):
            for spelling in row[1:]:
                if spelling:
                    self.people.setdefault(fold_text(spelling), row[0])
        self.organisations: dict[str, int] = {}
        o = m.OrganisationRow
        for row in session.execute(
            select(o.id, o.name, o.name_en, o.name_az, o.name_ru).where(o.deleted_at.is_(None)).order_by(o.id)
        ):
            for spelling in row[1:]:
                if spelling:
                    self.organisations.setdefault(fold_text(spelling), row[0])
        self.topics: dict[str, tuple[int, str]] = {}
        for topic in session.scalars(select(m.TopicRow).order_by(m.TopicRow.sort_order, m.TopicRow.id)):
            for name in (topic.name, topic.name_az, topic.name_ru):
                if name:
                    self.topics.setdefault(fold_text(name), (topic.id, topic.name))


def plan_sheet(session: Session, data: SheetData, options: ImportOptions) -> SheetPlan:
    """Every row of `data` checked against the store in `session`, nothing written."""
    header_row = options.header_row or detect_header_row(data.rows)
    if not 1 <= header_row <= max(len(data.rows), 1):
        raise ValidationError("header_row", f"must be a row of the sheet (1 to {len(data.rows)})")
    headers = header_names(data, header_row)
    if options.mapping:
        columns, problems = resolve_mapping(options.mapping, headers)
    else:
        columns, problems = guess_mapping(headers), []
    missing = [f for f in FIELDS if f in REQUIRED_FIELDS and f not in columns]
    problems += [f"no column for the {_FIELD_WORDS[f]}" for f in missing]
    plan = SheetPlan(data.sheet_names, data.sheet, header_row, headers, columns, [], problems)
    vocabulary = _Vocabulary(session)
    values = {f: {fold_text(k): str(val) for k, val in table.items()} for f, table in options.values.items()}
    unknown: dict[str, dict[str, str]] = {}
    new_people: dict[str, str] = {}
    new_organisations: dict[str, str] = {}
    for number, cells in enumerate(data.rows[header_row:], start=header_row + 1):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue  # an empty row separates groups; it is not an error
        row = _plan_row(number, cells, columns, vocabulary, values, unknown)
        if row.owner and row.owner_id is None:
            new_people.setdefault(fold_text(row.owner), row.owner)
        if row.organisation and row.organisation_id is None:
            new_organisations.setdefault(fold_text(row.organisation), row.organisation)
        plan.rows.append(row)
    plan.unknown = {f: list(found.values()) for f, found in unknown.items()}
    plan.new_people = list(new_people.values())
    plan.new_organisations = list(new_organisations.values())
    _count_existing(session, plan)
    return plan


def read_and_plan(session: Session, path: str, options: ImportOptions) -> SheetPlan:
    """Read the file and check it (the command line's and the wizard's first step)."""
    return plan_sheet(session, read_sheet(path, options.sheet), options)


def _cell(cells: list[object], columns: dict[str, int], name: str) -> object:
    index = columns.get(name)
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _plan_row(
    number: int,
    cells: list[object],
    columns: dict[str, int],
    vocabulary: _Vocabulary,
    values: dict[str, dict[str, str]],
    unknown: dict[str, dict[str, str]],
) -> PlannedRow:
    row = PlannedRow(row=number)

    def fail(name: str, reason: str) -> None:
        row.errors.append(RowError(number, name, reason))

    texts: dict[str, str] = {}
    for name in (
        "title",
        "action",
        "owner",
        "organisation",
        "department",
        "notes",
        "country",
        "status",
        "priority",
        "topic",
    ):
        raw = _cell(cells, columns, name)
        text = _as_text(raw)
        try:
            texts[name] = v.clean_text(name, text, max_length=_TEXT_LIMITS.get(name, 500))
        except ValidationError as exc:
            fail(name, exc.message)
            texts[name] = ""
    row.title, row.action, row.owner = texts["title"], texts["action"], texts["owner"]
    row.department, row.notes, row.organisation = texts["department"], texts["notes"], texts["organisation"]
    for name in ("meeting_date", "due_date"):
        try:
            setattr(row, name, parse_cell_date(_cell(cells, columns, name)))
        except ValueError:
            fail(name, f"{_as_text(_cell(cells, columns, name))!r} is not a date")
    if row.meeting_date is None and not any(e.field == "meeting_date" for e in row.errors):
        fail("meeting_date", "is empty")
    for name in ("title", "action"):
        if not texts[name] and not any(e.field == name for e in row.errors):
            fail(name, "is empty")
    if texts["country"]:
        row.countries, not_countries = parse_countries(texts["country"])
        for part in not_countries:
            fail("country", f"{part!r} is not a country this app knows")
    if row.owner:
        row.owner_id = vocabulary.people.get(fold_text(row.owner))
    if row.organisation:
        row.organisation_id = vocabulary.organisations.get(fold_text(row.organisation))
    for name, table in (("status", STATUS_BY_WORD), ("priority", PRIORITY_BY_WORD)):
        if texts[name]:
            value = _mapped(texts[name], values.get(name, {}), table)
            if value is None:
                unknown.setdefault(name, {}).setdefault(fold_text(texts[name]), texts[name])
                fail(name, f"{texts[name]!r} is not a {name} this app knows")
            else:
                setattr(row, name, value)
    if texts["topic"]:
        target = values.get("topic", {}).get(fold_text(texts["topic"]), texts["topic"])
        found = vocabulary.topics.get(fold_text(target)) if target else (None, "")
        if found is None:
            unknown.setdefault("topic", {}).setdefault(fold_text(texts["topic"]), texts["topic"])
            fail("topic", f"{texts['topic']!r} is not a topic of this store")
        else:
            row.topic_id, row.topic = found
    return row


def _mapped(text: str, chosen: dict[str, str], table: dict[str, str]) -> str | None:
    """A status or priority: the person's choice for this value first, then the words of the three languages."""
    key = fold_text(text)
    if key in chosen:
        return table.get(fold_text(chosen[key]))
    return table.get(key)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


MeetingKey = tuple[dt.date | None, tuple[str, ...], str]


def existing_meetings(session: Session, dates: list[dt.date]) -> dict[MeetingKey, int]:
    """The live meetings on the dates given, by (date, countries, folded title)."""
    if not dates:
        return {}
    found = session.execute(
        select(m.MeetingRow.id, m.MeetingRow.date, m.MeetingRow.title).where(
            m.MeetingRow.deleted_at.is_(None), m.MeetingRow.date.between(min(dates), max(dates))
        )
    ).all()
    countries: dict[int, list[str]] = {}
    ids = [row[0] for row in found]
    for start in range(0, len(ids), 500):
        for meeting_id, code in session.execute(
            select(m.MeetingCountryRow.meeting_id, m.MeetingCountryRow.country).where(
                m.MeetingCountryRow.meeting_id.in_(ids[start : start + 500])
            )
        ):
            countries.setdefault(meeting_id, []).append(code)
    return {
        (date, tuple(sorted(countries.get(meeting_id, []))), fold_text(title)): meeting_id
        for meeting_id, date, title in found
    }


def existing_actions(session: Session, meeting_ids: list[int]) -> set[tuple[int, str]]:
    """(meeting id, folded description) of the live follow-ups of these meetings."""
    result: set[tuple[int, str]] = set()
    for start in range(0, len(meeting_ids), 500):
        for meeting_id, text in session.execute(
            select(m.FollowUpRow.meeting_id, m.FollowUpRow.description).where(
                m.FollowUpRow.deleted_at.is_(None), m.FollowUpRow.meeting_id.in_(meeting_ids[start : start + 500])
            )
        ):
            result.add((meeting_id, fold_text(text)))
    return result


def _count_existing(session: Session, plan: SheetPlan) -> None:
    """How many of the good rows' meetings and follow-ups the store already holds."""
    good = plan.good_rows
    known = existing_meetings(session, [r.meeting_date for r in good if r.meeting_date])
    actions = existing_actions(session, sorted(set(known.values())))
    meetings: set[MeetingKey] = set()
    seen: set[tuple[MeetingKey, str]] = set()
    for row in good:
        key = row.meeting_key()
        action = (key, fold_text(row.action))
        meeting_id = known.get(key)
        if action in seen or (meeting_id is not None and (meeting_id, action[1]) in actions):
            plan.follow_ups_existing += 1
        else:
            plan.follow_ups_new += 1
        seen.add(action)
        if key not in meetings:
            meetings.add(key)
            if meeting_id is None:
                plan.meetings_new += 1
            else:
                plan.meetings_existing += 1


ProgressCallback = Callable[[int, int], bool]  # (rows done, rows in all) -> go on
