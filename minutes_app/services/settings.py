"""The officer's settings, kept in the store so the GUI and the command line share them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields

from sqlalchemy import select

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.vocab import Language
from minutes_app.services import validation as v
from minutes_app.services.settings_rules import check_setting
from minutes_app.store import models as m
from minutes_app.store.database import Store


@dataclass(slots=True)
class Settings:
    """What the officer sets once: who they are, defaults for minutes, reminders, backups."""

    officer_name: str = ""
    officer_position: str = ""
    own_organisation_id: int | None = None
    minutes_language: str = "en"
    minutes_template: str = ""  # a .docx path; "" = the bundled template
    reminders: bool = True
    backups_to_keep: int = 14
    calendar_time_zone: str = "Asia/Baku"  # meeting times in the .ics calendar
    calendar_reminder_days: int = 1  # the calendar reminds of a deadline this many days before; 0: never
    attachment_limit_mb: int = 100  # the largest file that can be attached, in megabytes


log = logging.getLogger(__name__)


def _text(value: object) -> str:
    """A setting's stored text form."""
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


def _read(key: str, text: str, default: object, reported: set[tuple[str, str]]) -> object:
    """A stored setting's value; its default (and one warning in the log) when the stored text is refused."""
    try:
        return check_setting(key, text)
    except ValidationError:
        if (key, text) not in reported:
            reported.add((key, text))
            # Names the setting, never the stored text (it may be a person's name).
            log.warning("the stored setting %s is not valid; using its default", key)
        return default


class SettingsService:
    """Read and write the settings as one record."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._reported: set[tuple[str, str]] = set()  # bad stored values already logged for this store

    def get(self) -> Settings:
        """The stored settings; defaults for anything never set, or stored in a form this app refuses."""
        with self.store.reading() as session:
            stored = {key: value for key, value in session.execute(select(m.SettingRow.key, m.SettingRow.value))}
        result = Settings()
        for f in fields(Settings):
            if f.name in stored:
                setattr(result, f.name, _read(f.name, stored[f.name], getattr(result, f.name), self._reported))
        return result

    def save(self, settings: Settings) -> Settings:
        """Check and store every setting in one transaction."""
        v.clean_text("officer_name", settings.officer_name, max_length=300)
        v.clean_text("officer_position", settings.officer_position, max_length=500)
        v.check_id("own_organisation", settings.own_organisation_id)
        v.check_choice("minutes_language", settings.minutes_language, Language)
        v.clean_text("minutes_template", settings.minutes_template, max_length=4000)
        if not 1 <= int(settings.backups_to_keep) <= 1000:
            raise ValidationError("backups_to_keep", "must be between 1 and 1000")
        texts = {f.name: _text(getattr(settings, f.name)) for f in fields(Settings)}
        for key, text in texts.items():
            check_setting(key, text)
        with self.store.writing() as session:
            for key, text in texts.items():
                row = session.get(m.SettingRow, key)
                if row is None:
                    session.add(m.SettingRow(key=key, value=text))
                else:
                    row.value = text
        return self.get()
