"""Named tracker filters: two built in, the officer's own kept as JSON in the store's app_setting table."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from typing import Any

from sqlalchemy import delete, select

from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import validation as v
from minutes_app.store import models as m
from minutes_app.store.database import Store

PRESET_PREFIX = "tracker_preset:"
MAX_NAME_LENGTH = 100 - len(PRESET_PREFIX)  # app_setting.key holds 100 characters
OVERDUE = "overdue"
DUE_THIS_WEEK = "due_this_week"
DUE_THIS_WEEK_DAYS = 7

# The sort order is the table's business, not the preset's.
_NOT_SAVED = {"sort", "descending"}
_DATES = {"due_from", "due_to"}
_NUMBERS = {"owner_id", "topic_id", "meeting_id", "due_within_days"}


def built_in_presets() -> dict[str, FollowUpFilter]:
    """The presets every store has, by key (the interface names them in its own language)."""
    return {
        OVERDUE: FollowUpFilter(overdue=True),
        DUE_THIS_WEEK: FollowUpFilter(due_within_days=DUE_THIS_WEEK_DAYS),
    }


def filter_to_json(flt: FollowUpFilter) -> str:
    """The filter's conditions (not its sort order) as a JSON object."""
    data: dict[str, Any] = {}
    for f in fields(FollowUpFilter):
        if f.name in _NOT_SAVED:
            continue
        value = getattr(flt, f.name)
        data[f.name] = value.isoformat() if isinstance(value, dt.date) else value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> FollowUpFilter:
    """A filter from `filter_to_json`'s output; unknown or ill-typed entries are left at their defaults."""
    try:
        data = json.loads(text)
    except ValueError:
        data = {}
    result = FollowUpFilter()
    if not isinstance(data, dict):
        return result
    defaults = {f.name: getattr(result, f.name) for f in fields(FollowUpFilter) if f.name not in _NOT_SAVED}
    for name, default in defaults.items():
        value = data.get(name)
        if value is None:
            continue
        if name in _DATES:
            try:
                setattr(result, name, dt.date.fromisoformat(str(value)))
            except ValueError:
                continue
        elif name == "statuses" and isinstance(value, list):
            result.statuses = [str(s) for s in value if isinstance(s, str)]
        elif isinstance(default, bool) and isinstance(value, bool):
            setattr(result, name, value)
        elif isinstance(default, str) and isinstance(value, str):
            setattr(result, name, value)
        elif name in _NUMBERS and isinstance(value, int) and not isinstance(value, bool):
            setattr(result, name, value)
    return result


class PresetService:
    """The officer's saved tracker filters: list, save (replacing one of the same name), delete."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_presets(self) -> list[tuple[str, FollowUpFilter]]:
        """Every saved preset as (name, filter), by name regardless of case."""
        with self.store.reading() as session:
            mine = m.SettingRow.key.startswith(PRESET_PREFIX, autoescape=True)
            stored = session.execute(select(m.SettingRow.key, m.SettingRow.value).where(mine)).all()
        presets = [(key[len(PRESET_PREFIX) :], filter_from_json(value)) for key, value in stored]
        return sorted(presets, key=lambda item: item[0].casefold())

    def get(self, name: str) -> FollowUpFilter:
        """The filter saved under `name`, or NotFoundError."""
        with self.store.reading() as session:
            row = session.get(m.SettingRow, PRESET_PREFIX + name.strip())
            if row is None:
                raise NotFoundError("preset", name)
            return filter_from_json(row.value)

    def save(self, name: str, flt: FollowUpFilter) -> str:
        """Save `flt` under `name` (replacing any preset of that name); returns the cleaned name."""
        cleaned = v.clean_text("name", name, max_length=MAX_NAME_LENGTH, required=True)
        if "\n" in cleaned or "\r" in cleaned:
            raise ValidationError("name", "must be one line")
        with self.store.writing() as session:
            key = PRESET_PREFIX + cleaned
            row = session.get(m.SettingRow, key)
            if row is None:
                session.add(m.SettingRow(key=key, value=filter_to_json(flt)))
            else:
                row.value = filter_to_json(flt)
        return cleaned

    def exists(self, name: str) -> bool:
        """True when a preset is saved under `name`."""
        with self.store.reading() as session:
            return session.get(m.SettingRow, PRESET_PREFIX + name.strip()) is not None

    def delete(self, name: str) -> None:
        """Remove the preset saved under `name` (NotFoundError when there is none)."""
        with self.store.writing() as session:
            deleted = session.execute(delete(m.SettingRow).where(m.SettingRow.key == PRESET_PREFIX + name.strip()))
            if not deleted.rowcount:  # type: ignore[attr-defined]
                raise NotFoundError("preset", name)
