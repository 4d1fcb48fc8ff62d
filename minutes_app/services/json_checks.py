"""Checks of an import file that the record validators do not make: topics, roles, timestamps, and where a problem lies."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.errors import ImportFormatError, ValidationError
from minutes_app.services import validation as v
from minutes_app.services.roles import validate_role
from minutes_app.services.topics import validate_topic

# The services name fields as the editor shows them; the file names them by its keys.
_FILE_KEYS = {
    "organisation": "organisation_id",
    "host_organisation": "host_organisation_id",
    "topics": "topic_ids",
    "person": "person_id",
    "owner": "owner_id",
    "topic": "topic_id",
    "agenda_item": "agenda_index",
    "decision": "decision_index",
}
_SEGMENT = re.compile(r"^(\w+)(?:\[(\d+)\])?$")
# A translation as the services name it, "title (ru)"; the file holds it at translations.title.ru.
_TRANSLATION = re.compile(r"^(\w+) \((\w+)\)$")
LABEL_LENGTH = 40


def file_field(field: str) -> str:
    """A service's field name (1-based items, editor names) as the file's path (0-based items, file keys)."""
    parts = []
    for segment in field.split("."):
        translated = _TRANSLATION.match(segment)
        if translated is not None:
            parts.append(f"translations.{translated.group(1)}.{translated.group(2)}")
            continue
        match = _SEGMENT.match(segment)
        if match is None:
            parts.append(segment)
            continue
        name, index = match.group(1), match.group(2)
        name = _FILE_KEYS.get(name, name)
        parts.append(f"{name}[{int(index) - 1}]" if index is not None else name)
    return ".".join(parts)


def checked(where: str, build: Any) -> Any:
    """`build()`, with a ValidationError of a record validator reported at its place in the file."""
    try:
        return build()
    except ValidationError as exc:
        raise ImportFormatError(f"{where}.{file_field(exc.field)}", exc.message) from exc
    except (TypeError, AttributeError) as exc:
        raise ImportFormatError(where, f"has a value of the wrong kind ({type(exc).__name__})") from exc


def at(check: Any) -> Any:
    """`check()`, whose ValidationError already names the full path in the file."""
    try:
        return check()
    except ValidationError as exc:
        raise ImportFormatError(exc.field, exc.message) from exc


def check_topics(topics: list[dict[str, Any]]) -> list[r.Topic]:
    """Each topic validated like one typed in the app; names unique regardless of case."""
    result: list[r.Topic] = []
    seen: dict[str, int] = {}
    for i, t in enumerate(topics):
        active = t.get("active", True)
        if not isinstance(active, bool):
            raise ImportFormatError(f"topics[{i}].active", f"{active!r} is not true or false")
        topic = checked(
            f"topics[{i}]",
            lambda t=t, active=active: validate_topic(
                r.Topic(name=t.get("name"), name_az=t.get("name_az", ""), name_ru=t.get("name_ru", ""), active=active)
            ),
        )
        key = topic.name.lower()
        if key in seen:
            raise ImportFormatError(
                f"topics[{i}].name", f"repeats the name of topics[{seen[key]}]; topic names must differ"
            )
        seen[key] = i
        result.append(topic)
    return result


ROLE_KEYS = ("key", "name", "name_az", "name_ru", "after_name", "after_name_az", "after_name_ru")


def check_roles(roles: list[dict[str, Any]]) -> list[r.RoleEntry]:
    """Each role validated like one typed in Settings; keys present and unique, names unique regardless of case."""
    result: list[r.RoleEntry] = []
    keys: dict[str, int] = {}
    names: dict[str, int] = {}
    for i, item in enumerate(roles):
        for flag in ("leads", "active"):
            if not isinstance(item.get(flag, flag == "active"), bool):
                raise ImportFormatError(f"roles[{i}].{flag}", f"{item.get(flag)!r} is not true or false")
        role = checked(
            f"roles[{i}]",
            lambda item=item: validate_role(
                r.RoleEntry(
                    **{k: item.get(k, "") for k in ROLE_KEYS},
                    leads=item.get("leads", False),
                    active=item.get("active", True),
                )
            ),
        )
        if not role.key:
            raise ImportFormatError(f"roles[{i}].key", "is missing")
        for seen, value, what in ((keys, role.key, "key"), (names, role.name.lower(), "name")):
            if value in seen:
                raise ImportFormatError(
                    f"roles[{i}].{what}", f"repeats the {what} of roles[{seen[value]}]; role {what}s must differ"
                )
            seen[value] = i
        result.append(role)
    return result


def stamp(item: dict[str, Any], key: str, where: str) -> dt.datetime | None:
    """A timestamp in UTC without tzinfo (as stored); one with an offset is converted, one without is UTC."""
    value = item.get(key)
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportFormatError(f"{where}.{key}", f"{value!r} is not a date and time") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    at(lambda: v.check_year(f"{where}.{key}", parsed))
    return parsed


def _short(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    text = " ".join(value.split())
    text = text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"
    # Control characters and lone surrogates are what is often wrong: show them as escapes.
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text) + '"'


def _named(what: str, value: object, field: str) -> str:
    short = _short(value)
    return f"{what} {short}" if short else f"{what} with no readable {field}"


def _label(kind: str, item: dict[str, Any], doc: dict[str, Any]) -> str:
    if kind in ("topics", "organisations", "people"):
        return _named(
            {"topics": "topic", "organisations": "organisation", "people": "person"}[kind], item.get("name"), "name"
        )
    if kind == "meetings":
        date = f" of {item['date']}" if isinstance(item.get("date"), str) and item["date"].isprintable() else ""
        return _named("meeting", item.get("title"), "title") + date
    if kind == "participants":
        person = _by_id(doc.get("people"), item.get("person_id"))
        if person is not None:
            return _named("participant", person.get("name"), "name")
        org = _by_id(doc.get("organisations"), item.get("organisation_id"))
        return _named("representative of", org.get("name") if org else None, "organisation")
    if kind == "agenda":
        return _named("agenda item", item.get("title"), "title")
    if kind == "decisions":
        return _named("decision", item.get("text"), "text")
    if kind == "follow_ups":
        return _named("follow-up", item.get("description"), "action")
    if kind == "history":
        return _named("history entry", item.get("created_at"), "date")
    return ""


def _by_id(items: object, ref: object) -> dict[str, Any] | None:
    if not isinstance(items, list) or isinstance(ref, bool) or not isinstance(ref, int):
        return None
    return next((x for x in items if isinstance(x, dict) and x.get("id") == ref), None)


def name_records(doc: dict[str, Any], where: str) -> str:
    """The records a path passes through, named for a person: 'meeting "Visit of…", follow-up "Send…"'."""
    names: list[str] = []
    node: object = doc
    for segment in where.split("."):
        match = _SEGMENT.match(segment)
        if match is None or match.group(2) is None or not isinstance(node, dict):
            break
        items = node.get(match.group(1))
        index = int(match.group(2))
        if not isinstance(items, list) or index >= len(items):
            break
        node = items[index]
        if not isinstance(node, dict):
            break
        names.append(_label(match.group(1), node, doc).strip())
    return ", ".join(n for n in names if n)
