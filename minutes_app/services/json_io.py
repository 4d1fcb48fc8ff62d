"""The whole store as a versioned JSON document (docs/json-format.md): export and validated import."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from minutes_app import live_store
from minutes_app.domain import records as r
from minutes_app.domain.directory_fields import ORGANISATION_FIELDS, PERSON_VALUE_FIELDS
from minutes_app.domain.errors import ImportFormatError, ValidationError
from minutes_app.domain.vocab import FollowUpStatus, NoteKind
from minutes_app.fsutil import write_atomically
from minutes_app.services import Services, audit, hooks, json_attachments
from minutes_app.services import validation as v
from minutes_app.services.audit_diff import CREATED, Change
from minutes_app.services.directory import validate_organisation, validate_person
from minutes_app.services.installation import INSTALLATION_ID_KEY
from minutes_app.services.json_checks import ROLE_KEYS, at, check_roles, check_topics, checked, name_records, stamp
from minutes_app.services.meetings import validate_meeting
from minutes_app.services.roles import BUILT_IN_KEYS
from minutes_app.services.settings_rules import check_setting
from minutes_app.store import models as m

FORMAT_NAME = "minutes-app"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024

_MEETING_KEYS = (
    "title",
    "kind",
    "venue",
    "reference_number",
    "confidentiality",
    "department",
    "status",
    "language",
    "summary",
    "prepared_by",
    "approved_by",
    "signatory_host",
    "signatory_guest",
)
_FOLLOW_UP_KEYS = ("description", "department", "counterpart_contact", "priority", "status")


def _iso(value: dt.date | dt.time | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- export


def export_document(services: Services) -> dict[str, Any]:
    """The whole store as a JSON-ready dict (attachments without their content); ids are renumbered 1..n."""
    return _export_parts(services)[0]


def _export_parts(services: Services) -> tuple[dict[str, Any], list[int]]:
    """The document and the store ids of its attachments, in the order of its ``attachments`` list."""
    with services.store.reading() as session:
        topics = list(session.scalars(select(m.TopicRow).order_by(m.TopicRow.sort_order, m.TopicRow.id)))
        roles = list(session.scalars(select(m.RoleRow).order_by(m.RoleRow.sort_order, m.RoleRow.id)))
        orgs = list(session.scalars(select(m.OrganisationRow).order_by(m.OrganisationRow.id)))
        people = list(session.scalars(select(m.PersonRow).order_by(m.PersonRow.id)))
        meetings = list(
            session.scalars(
                select(m.MeetingRow)
                .order_by(m.MeetingRow.id)
                .options(
                    selectinload(m.MeetingRow.attendances),
                    selectinload(m.MeetingRow.agenda_items),
                    selectinload(m.MeetingRow.decisions),
                    selectinload(m.MeetingRow.countries),
                    selectinload(m.MeetingRow.topics),
                    selectinload(m.MeetingRow.follow_ups).selectinload(m.FollowUpRow.notes),
                )
            )
        )
        # A value this app refuses (stored by an older version) is left out: the store reads it as its default.
        settings = {
            row.key: row.value
            for row in session.scalars(select(m.SettingRow).order_by(m.SettingRow.key))
            if _valid_setting(row.key, row.value)
        }
        topic_ref = {t.id: i + 1 for i, t in enumerate(topics)}
        org_ref = {o.id: i + 1 for i, o in enumerate(orgs)}
        person_ref = {p.id: i + 1 for i, p in enumerate(people)}
        meeting_ref = {mt.id: i + 1 for i, mt in enumerate(meetings)}
        follow_up_ref = {f.id: (meeting_ref[mt.id], j) for mt in meetings for j, f in enumerate(mt.follow_ups)}
        attachments, attachment_ids = json_attachments.export_entries(session, meeting_ref, follow_up_ref)
        document = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "topics": [
                {"id": topic_ref[t.id], "name": t.name, "name_az": t.name_az, "name_ru": t.name_ru, "active": t.active}
                for t in topics
            ],
            "roles": [
                {**{k: getattr(role, k) for k in ROLE_KEYS}, "leads": role.leads, "active": role.active}
                for role in roles
            ],
            "organisations": [
                {"id": org_ref[o.id], **{k: getattr(o, k) for k in ORGANISATION_FIELDS}, **_stamps(o)} for o in orgs
            ],
            "people": [
                {
                    "id": person_ref[p.id],
                    **{k: getattr(p, k) for k in PERSON_VALUE_FIELDS},
                    "organisation_id": org_ref.get(p.organisation_id) if p.organisation_id else None,
                    **_stamps(p),
                }
                for p in people
            ],
            "meetings": [_export_meeting(i + 1, mt, topic_ref, org_ref, person_ref) for i, mt in enumerate(meetings)],
            # The installation id stays with its store: the records are renumbered on import, and
            # calendar UIDs built from the same id and new numbers would collide with the old ones.
            "settings": {k: val for k, val in settings.items() if k not in ("own_organisation_id", INSTALLATION_ID_KEY)}
            | (
                {"own_organisation_id": str(org_ref.get(int(settings["own_organisation_id"]), ""))}
                if _is_number(settings.get("own_organisation_id", ""))
                else {}
            ),
            json_attachments.KEY: attachments,
        }
        return document, attachment_ids


def _valid_setting(key: str, value: str) -> bool:
    try:
        check_setting(key, value)
    except ValidationError:
        return False
    return True


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()  # "²".isdigit() is True, and int("²") fails


def _stamps(row: Any) -> dict[str, Any]:
    return {"created_at": _iso(row.created_at), "updated_at": _iso(row.updated_at), "deleted_at": _iso(row.deleted_at)}


def _export_meeting(
    ref: int, mt: m.MeetingRow, topic_ref: dict[int, int], org_ref: dict[int, int], person_ref: dict[int, int]
) -> dict[str, Any]:
    agenda_ids = [a.id for a in mt.agenda_items]
    decision_ids = [d.id for d in mt.decisions]
    side_order = {"host": 0, "guest": 1, "other": 2}
    return {
        "id": ref,
        **{k: getattr(mt, k) for k in _MEETING_KEYS},
        "translations": mt.translations,
        "date": _iso(mt.date),
        "start_time": _iso(mt.start_time),
        "end_time": _iso(mt.end_time),
        "host_organisation_id": org_ref.get(mt.host_organisation_id) if mt.host_organisation_id else None,
        "countries": [c.country for c in mt.countries],
        "topic_ids": sorted(topic_ref[t.topic_id] for t in mt.topics),
        "participants": [
            {
                "person_id": person_ref.get(a.person_id) if a.person_id else None,
                "organisation_id": org_ref.get(a.organisation_id) if a.organisation_id else None,
                "side": a.side,
                "role": a.role,
                "precedence": a.precedence,
                "present": a.present,
                "position": a.position,
                "translations": a.translations,
            }
            for a in sorted(mt.attendances, key=lambda a: (side_order.get(a.side, 3), a.precedence))
        ],
        "agenda": [{"title": a.title, "notes": a.notes, "translations": a.translations} for a in mt.agenda_items],
        "decisions": [
            {
                "text": d.text,
                "agenda_index": agenda_ids.index(d.agenda_item_id) if d.agenda_item_id in agenda_ids else None,
                "translations": d.translations,
            }
            for d in mt.decisions
        ],
        "follow_ups": [
            {
                **{k: getattr(f, k) for k in _FOLLOW_UP_KEYS},
                "translations": f.translations,
                "agenda_index": agenda_ids.index(f.agenda_item_id) if f.agenda_item_id in agenda_ids else None,
                "decision_index": decision_ids.index(f.decision_id) if f.decision_id in decision_ids else None,
                "owner_id": person_ref.get(f.owner_id) if f.owner_id else None,
                "topic_id": topic_ref.get(f.topic_id) if f.topic_id else None,
                "due_date": _iso(f.due_date),
                "completed_on": _iso(f.completed_on),
                **_stamps(f),
                "history": [
                    {
                        "created_at": _iso(n.created_at),
                        "author": n.author,
                        "kind": n.kind,
                        "text": n.text,
                        "old_status": n.old_status,
                        "new_status": n.new_status,
                        "old_due_date": _iso(n.old_due_date),
                        "new_due_date": _iso(n.new_due_date),
                    }
                    for n in f.notes
                ],
            }
            for f in mt.follow_ups
        ],
        **_stamps(mt),
    }


def export_json(services: Services, path: str | os.PathLike[str]) -> Path:
    """Write the whole store to `path` (atomically), readable by its owner only, as the store itself is.

    Attachments' content is streamed from the store into the file, a piece at a time.
    """
    document, attachment_ids = _export_parts(services)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as out:
            json_attachments.write_document(out, document, services.store.reading, attachment_ids)

    return write_atomically(path, write, private=True)


# ---------------------------------------------------------------- import


def import_json(services: Services, path: str | os.PathLike[str]) -> dict[str, int]:
    """Validate the whole file, then write it in one transaction into an empty store; counts added."""
    doc = read_document(Path(path))
    try:
        plan = _validate_document(doc)
    except ImportFormatError as exc:
        raise ImportFormatError(exc.where, exc.message, record=name_records(doc, exc.where)) from exc
    with services.store.writing() as session:
        _require_empty(session)
        return _write(session, plan)


def read_document(path: Path) -> dict[str, Any]:
    """Parse the file; ImportFormatError when it is not our JSON."""
    refused = live_store.refusal(path)  # read with open(), the store would lose this process's locks
    if refused:
        raise ImportFormatError("", refused)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFormatError(str(path), f"cannot be read: {exc.strerror}") from exc
    if size > MAX_IMPORT_BYTES:
        raise ImportFormatError(str(path), f"is too large ({size:,} bytes)")
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportFormatError(str(path), f"is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{path} line {exc.lineno} column {exc.colno}", f"is not valid JSON: {exc.msg}"
        ) from exc
    except RecursionError:
        raise ImportFormatError(str(path), "is nested too deeply to be a Minutes App export") from None
    except OSError as exc:
        raise ImportFormatError(str(path), f"cannot be read: {exc.strerror}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ImportFormatError("format", f'this is not a Minutes App export (expected "format": "{FORMAT_NAME}")')
    if doc.get("format_version") != FORMAT_VERSION:
        raise ImportFormatError(
            "format_version",
            f"{doc.get('format_version')!r} is not supported (this app reads version {FORMAT_VERSION})",
        )
    return doc


def _list(doc: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise ImportFormatError(f"{where}{key}", "must be a list of objects")
    return value


def _ids(items: list[dict[str, Any]], where: str) -> set[int]:
    seen: set[int] = set()
    for i, item in enumerate(items):
        ref = item.get("id")
        if isinstance(ref, bool) or not isinstance(ref, int) or ref in seen:
            raise ImportFormatError(f"{where}[{i}].id", f"{ref!r} is missing, not a number, or repeated")
        seen.add(ref)
    return seen


def _ref(item: dict[str, Any], key: str, known: set[int], where: str) -> int | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in known:
        raise ImportFormatError(f"{where}.{key}", f"{value!r} does not name a record in the file")
    return int(value)


_stamp = stamp


def _validate_document(doc: dict[str, Any]) -> dict[str, Any]:
    topics = _list(doc, "topics", "")
    orgs = _list(doc, "organisations", "")
    people = _list(doc, "people", "")
    meetings = _list(doc, "meetings", "")
    topic_ids, org_ids, person_ids = _ids(topics, "topics"), _ids(orgs, "organisations"), _ids(people, "people")
    _ids(meetings, "meetings")
    plan_topics = list(zip(topics, check_topics(topics)))
    plan_roles = check_roles(_list(doc, "roles", ""))
    role_keys = BUILT_IN_KEYS | {role.key for role in plan_roles}  # files written before roles hold built-in ones
    for kind, items in (("organisations", orgs), ("people", people), ("meetings", meetings)):
        for i, item in enumerate(items):
            for key in ("created_at", "updated_at", "deleted_at"):
                _stamp(item, key, f"{kind}[{i}]")
    plan_orgs = [
        (
            o["id"],
            checked(
                f"organisations[{i}]",
                lambda o=o: validate_organisation(r.Organisation(**{k: o.get(k, "") for k in ORGANISATION_FIELDS})),
            ),
            o,
        )
        for i, o in enumerate(orgs)
    ]
    plan_people = [
        (
            p["id"],
            checked(
                f"people[{i}]",
                lambda p=p, i=i: validate_person(
                    r.Person(
                        **{k: p.get(k, "") for k in PERSON_VALUE_FIELDS},
                        organisation_id=_ref(p, "organisation_id", org_ids, f"people[{i}]"),
                    )
                ),
            ),
            p,
        )
        for i, p in enumerate(people)
    ]
    plan_meetings = [
        (
            mt["id"],
            checked(
                f"meetings[{i}]",
                lambda mt=mt, i=i: _meeting_record(mt, f"meetings[{i}]", topic_ids, org_ids, person_ids, role_keys),
            ),
            mt,
        )
        for i, mt in enumerate(meetings)
    ]
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(
        isinstance(k, str) and isinstance(val, str) for k, val in settings.items()
    ):
        raise ImportFormatError("settings", "must be an object of text values")
    for key, value in settings.items():
        checked("settings", lambda key=key, value=value: check_setting(key, value))
    follow_up_counts = {mt["id"]: len(meeting.follow_ups) for _ref_id, meeting, mt in plan_meetings}
    return {
        "attachments": json_attachments.check_entries(doc, follow_up_counts),
        "topics": plan_topics,
        "roles": plan_roles,
        "orgs": plan_orgs,
        "people": plan_people,
        "meetings": plan_meetings,
        "settings": settings,
    }


def _check_note(n: dict[str, Any], nw: str) -> r.FollowUpNote:
    """One history entry checked like the tracker checks one; fields named by their full path."""
    return r.FollowUpNote(
        kind=v.check_choice(f"{nw}.kind", n.get("kind"), NoteKind),
        old_status=_status_or_blank(f"{nw}.old_status", n.get("old_status")),
        new_status=_status_or_blank(f"{nw}.new_status", n.get("new_status")),
        old_due_date=v.parse_date(f"{nw}.old_due_date", n.get("old_due_date")),
        new_due_date=v.parse_date(f"{nw}.new_due_date", n.get("new_due_date")),
        text=v.clean_text(f"{nw}.text", n.get("text", "")),
        author=v.clean_text(f"{nw}.author", n.get("author", ""), max_length=300),
    )


def _status_or_blank(field: str, value: object) -> str:
    return "" if value in (None, "") else v.check_choice(field, value, FollowUpStatus)


def _meeting_record(
    mt: dict[str, Any],
    where: str,
    topic_ids: set[int],
    org_ids: set[int],
    person_ids: set[int],
    role_keys: Collection[str],
) -> r.Meeting:
    participants = mt.get("participants", [])
    follow_ups = mt.get("follow_ups", [])
    for key, value in (
        ("participants", participants),
        ("agenda", mt.get("agenda", [])),
        ("decisions", mt.get("decisions", [])),
        ("follow_ups", follow_ups),
    ):
        if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
            raise ImportFormatError(f"{where}.{key}", "must be a list of objects")
    for j, f in enumerate(follow_ups):
        history = f.get("history", [])
        if not isinstance(history, list) or not all(isinstance(x, dict) for x in history):
            raise ImportFormatError(f"{where}.follow_ups[{j}].history", "must be a list of objects")
        for k, n in enumerate(history):
            nw = f"{where}.follow_ups[{j}].history[{k}]"
            _stamp(n, "created_at", nw)
            at(lambda n=n, nw=nw: _check_note(n, nw))
        for key in ("created_at", "updated_at", "deleted_at"):
            _stamp(f, key, f"{where}.follow_ups[{j}]")
    countries = mt.get("countries", [])
    if not isinstance(countries, list):
        raise ImportFormatError(f"{where}.countries", "must be a list")
    topic_refs = mt.get("topic_ids", [])
    if not isinstance(topic_refs, list) or any(
        isinstance(t, bool) or not isinstance(t, int) or t not in topic_ids for t in topic_refs
    ):
        raise ImportFormatError(f"{where}.topic_ids", "names a topic that is not in the file")
    for j, a in enumerate(participants):
        if isinstance(a.get("role"), str) and a["role"] not in role_keys:
            raise ImportFormatError(f"{where}.participants[{j}].role", f"{a['role']!r} is not a role in the file")
    meeting = r.Meeting(
        **{k: mt.get(k, "") for k in _MEETING_KEYS},
        translations=mt.get("translations", {}),
        date=mt.get("date"),
        start_time=mt.get("start_time"),
        end_time=mt.get("end_time"),
        host_organisation_id=_ref(mt, "host_organisation_id", org_ids, where),
        countries=countries,
        topic_ids=list(topic_refs),
        attendances=[
            r.Attendance(
                person_id=_ref(a, "person_id", person_ids, f"{where}.participants[{j}]"),
                organisation_id=_ref(a, "organisation_id", org_ids, f"{where}.participants[{j}]"),
                side=a.get("side"),
                role=a.get("role"),
                precedence=a.get("precedence", j) if isinstance(a.get("precedence", j), int) else j,
                present=a.get("present", True) is not False,
                position=a.get("position", ""),
                translations=a.get("translations", {}),
            )
            for j, a in enumerate(participants)
        ],
        agenda=[
            r.AgendaItem(title=a.get("title"), notes=a.get("notes", ""), translations=a.get("translations", {}))
            for a in mt.get("agenda", [])
        ],
        decisions=[
            r.Decision(text=d.get("text"), agenda_index=d.get("agenda_index"), translations=d.get("translations", {}))
            for d in mt.get("decisions", [])
        ],
        follow_ups=[
            r.FollowUp(
                **{k: f.get(k, "") for k in _FOLLOW_UP_KEYS},
                agenda_index=f.get("agenda_index"),
                decision_index=f.get("decision_index"),
                owner_id=_ref(f, "owner_id", person_ids, f"{where}.follow_ups[{j}]"),
                topic_id=_ref(f, "topic_id", topic_ids, f"{where}.follow_ups[{j}]"),
                due_date=f.get("due_date"),
                completed_on=f.get("completed_on"),
                translations=f.get("translations", {}),
            )
            for j, f in enumerate(follow_ups)
        ],
    )
    return validate_meeting(meeting)


def _require_empty(session: Session) -> None:
    for model, what in ((m.MeetingRow, "meetings"), (m.PersonRow, "people"), (m.OrganisationRow, "organisations")):
        if session.scalar(select(func.count()).select_from(model)):
            raise ImportFormatError("", f"the store already holds {what}: import into a new, empty store (--db NEW.db)")


def _apply_stamps(row: Any, item: dict[str, Any]) -> None:
    for key in ("created_at", "updated_at", "deleted_at"):
        if key in item:
            setattr(row, key, _stamp(item, key, ""))


def _write(session: Session, plan: dict[str, Any]) -> dict[str, int]:
    existing = {t.name.lower(): t for t in session.scalars(select(m.TopicRow))}
    topic_map: dict[int, int] = {}
    for order, (t, topic) in enumerate(plan["topics"]):
        row = existing.get(topic.name.lower()) or m.TopicRow(name=topic.name)
        row.name_az, row.name_ru = topic.name_az, topic.name_ru
        row.sort_order, row.active = order, topic.active
        session.add(row)
        session.flush()
        topic_map[t["id"]] = row.id
    _write_roles(session, plan["roles"])
    org_map: dict[int, int] = {}
    for ref, org, raw in plan["orgs"]:
        org_row = m.OrganisationRow(**{k: getattr(org, k) for k in ORGANISATION_FIELDS})
        _apply_stamps(org_row, raw)
        session.add(org_row)
        session.flush()
        org_map[ref] = org_row.id
    person_map: dict[int, int] = {}
    for ref, person, raw in plan["people"]:
        person_row = m.PersonRow(
            **{k: getattr(person, k) for k in PERSON_VALUE_FIELDS},
            organisation_id=org_map.get(person.organisation_id) if person.organisation_id else None,
        )
        _apply_stamps(person_row, raw)
        session.add(person_row)
        session.flush()
        person_map[ref] = person_row.id
    follow_up_count = 0
    meeting_rows: dict[int, m.MeetingRow] = {}
    # The trail does not travel in the file: each record imported is recorded as created by whoever imports it.
    created = [
        Change("organisation", i, CREATED, "", "", org.name) for (_, org, _), i in zip(plan["orgs"], org_map.values())
    ]
    created += [
        Change("person", i, CREATED, "", "", p.name) for (_, p, _), i in zip(plan["people"], person_map.values())
    ]
    for ref_id, meeting, raw in plan["meetings"]:
        meeting_row = _write_meeting(session, meeting, raw, topic_map, org_map, person_map)
        meeting_rows[ref_id] = meeting_row
        follow_up_count += len(meeting.follow_ups)
        hooks.meeting_written(session, meeting_row.id)
        created += [
            Change("follow_up", f.id, CREATED, "", "", f.description, meeting_row.id) for f in meeting_row.follow_ups
        ]
        created.append(Change("meeting", meeting_row.id, CREATED, "", "", meeting_row.title, meeting_row.id))
    audit.record(session, created)
    for meeting_id in json_attachments.write_entries(session, plan["attachments"], meeting_rows):
        hooks.meeting_written(session, meeting_id)  # its entries now name its files
    for key, value in plan["settings"].items():
        if key == INSTALLATION_ID_KEY:  # this store keeps its own (see the export above)
            continue
        if key == "own_organisation_id":
            value = str(org_map.get(int(value), "")) if value.isdigit() else ""
        session.merge(m.SettingRow(key=key, value=value))
    for person_id in person_map.values():
        hooks.person_written(session, person_id)
    for org_id in org_map.values():
        hooks.organisation_written(session, org_id)
    return {
        "organisations": len(org_map),
        "people": len(person_map),
        "meetings": len(plan["meetings"]),
        "follow_ups": follow_up_count,
        "attachments": len(plan["attachments"]),
    }


def _write_roles(session: Session, roles: list[r.RoleEntry]) -> None:
    """The file's roles over the store's by key (the built-in ones are there already), in the file's order."""
    existing = {row.key: row for row in session.scalars(select(m.RoleRow))}
    for row in existing.values():
        row.sort_order += len(roles)  # roles the file does not name follow its own
    for order, role in enumerate(roles):
        row = existing.get(role.key) or m.RoleRow(key=role.key)
        for name in ROLE_KEYS[1:]:
            setattr(row, name, getattr(role, name))
        row.leads, row.active, row.sort_order = role.leads, role.active, order
        session.add(row)
    session.flush()


def _write_meeting(
    session: Session,
    meeting: r.Meeting,
    raw: dict[str, Any],
    topic_map: dict[int, int],
    org_map: dict[int, int],
    person_map: dict[int, int],
) -> m.MeetingRow:
    row = m.MeetingRow(
        **{k: getattr(meeting, k) for k in _MEETING_KEYS},
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        host_organisation_id=org_map.get(meeting.host_organisation_id) if meeting.host_organisation_id else None,
        translations=meeting.translations,
    )
    _apply_stamps(row, raw)
    row.countries = [m.MeetingCountryRow(country=c, sort_order=i) for i, c in enumerate(meeting.countries)]
    row.topics = [m.MeetingTopicRow(topic_id=topic_map[t]) for t in meeting.topic_ids]
    row.attendances = [
        m.AttendanceRow(
            person_id=person_map.get(a.person_id) if a.person_id else None,
            organisation_id=org_map.get(a.organisation_id) if a.organisation_id else None,
            side=a.side,
            role=a.role,
            precedence=a.precedence,
            present=a.present,
            position=a.position,
            translations=a.translations,
        )
        for a in meeting.attendances
    ]
    row.agenda_items = [
        m.AgendaItemRow(title=a.title, notes=a.notes, sort_order=i, translations=a.translations)
        for i, a in enumerate(meeting.agenda)
    ]
    session.add(row)
    session.flush()
    row.decisions = [
        m.DecisionRow(
            number=i + 1,
            text=d.text,
            translations=d.translations,
            agenda_item_id=row.agenda_items[d.agenda_index].id if d.agenda_index is not None else None,
        )
        for i, d in enumerate(meeting.decisions)
    ]
    session.flush()
    for f, raw_f in zip(meeting.follow_ups, raw.get("follow_ups", [])):
        fu = m.FollowUpRow(
            **{k: getattr(f, k) for k in _FOLLOW_UP_KEYS},
            agenda_item_id=row.agenda_items[f.agenda_index].id if f.agenda_index is not None else None,
            decision_id=row.decisions[f.decision_index].id if f.decision_index is not None else None,
            owner_id=person_map.get(f.owner_id) if f.owner_id else None,
            topic_id=topic_map.get(f.topic_id) if f.topic_id else None,
            due_date=f.due_date,
            completed_on=f.completed_on,
            translations=f.translations,
        )
        _apply_stamps(fu, raw_f)
        notes = [(_stamp(n, "created_at", ""), _check_note(n, "history")) for n in raw_f.get("history", [])]
        fu.notes = [
            m.FollowUpNoteRow(
                created_at=created,
                author=n.author,
                kind=n.kind,
                text=n.text,
                old_status=n.old_status,
                new_status=n.new_status,
                old_due_date=n.old_due_date,
                new_due_date=n.new_due_date,
            )
            for created, n in notes
        ]
        row.follow_ups.append(fu)
    session.flush()
    return row
