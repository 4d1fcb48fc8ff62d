"""The officer's settings, kept in the store so the GUI and the command line share them."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from minutes_app.domain.vocab import Language
from minutes_app.services import validation as v
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


class SettingsService:
    """Read and write the settings as one record."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self) -> Settings:
        """The stored settings, defaults for anything never set."""
        with self.store.reading() as session:
            stored = {key: value for key, value in session.execute(select(m.SettingRow.key, m.SettingRow.value))}
        result = Settings()
        for f in fields(Settings):
            if f.name not in stored:
                continue
            raw = stored[f.name]
            default = getattr(result, f.name)
            if isinstance(default, bool):
                setattr(result, f.name, raw == "1")
            elif f.name == "own_organisation_id":
                setattr(result, f.name, int(raw) if raw.isdigit() else None)
            elif isinstance(default, int):
                setattr(result, f.name, int(raw) if raw.lstrip("-").isdigit() else default)
            else:
                setattr(result, f.name, raw)
        return result

    def save(self, settings: Settings) -> Settings:
        """Check and store every setting in one transaction."""
        v.clean_text("officer_name", settings.officer_name, max_length=300)
        v.clean_text("officer_position", settings.officer_position, max_length=500)
        v.check_id("own_organisation", settings.own_organisation_id)
        v.check_choice("minutes_language", settings.minutes_language, Language)
        v.clean_text("minutes_template", settings.minutes_template, max_length=4000)
        if not 1 <= int(settings.backups_to_keep) <= 1000:
            from minutes_app.domain.errors import ValidationError

            raise ValidationError("backups_to_keep", "must be between 1 and 1000")
        with self.store.writing() as session:
            for f in fields(Settings):
                value = getattr(settings, f.name)
                text = ("1" if value else "0") if isinstance(value, bool) else ("" if value is None else str(value))
                row = session.get(m.SettingRow, f.name)
                if row is None:
                    session.add(m.SettingRow(key=f.name, value=text))
                else:
                    row.value = text
        return self.get()
