"""Loads the sample meeting (minutes_app/resources/sample/demo_meeting.json) through the real services, once.

The sample holds its texts in English (the original) with Azerbaijani and Russian translations in
the records' ``translations`` shape. A store holding the older, English-only sample gets the
translations its texts are missing, and nothing else.
"""

from __future__ import annotations

import json
from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.multilingual import TRANSLATABLE, is_translated, set_translation
from minutes_app.resource_files import resources_dir
from minutes_app.services import Services

DEMO_FILE = "sample/demo_meeting.json"


def load_demo_data() -> dict[str, Any]:
    """The sample meeting's description as bundled with the app."""
    with open(resources_dir() / DEMO_FILE, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_demo(services: Services) -> tuple[r.Meeting, bool]:
    """Add the sample meeting and everyone in it; returns (meeting, created). Idempotent.

    When the sample is already there, only the translations it lacks are added (one save, or none).
    """
    data = load_demo_data()
    spec = data["meeting"]
    for summary in services.meetings.list_meetings():
        if summary.reference_number == spec["reference_number"]:
            meeting = services.meetings.get(summary.id)
            if add_missing_translations(meeting, spec):
                meeting = services.meetings.save(meeting, author="demo")
            return meeting, False
    orgs = {o["key"]: _organisation(services, o) for o in data["organisations"]}
    people = {p["key"]: _person(services, p, orgs) for p in data["people"]}
    topics = {t.name: t.id or 0 for t in services.topics.list_topics(include_inactive=True)}
    meeting = sample_meeting(
        spec,
        {key: o.id or 0 for key, o in orgs.items()},
        {key: p.id or 0 for key, p in people.items()},
        {key: o.name for key, o in orgs.items()},
        topics,
        prepared_by=services.settings.get().officer_name,
    )
    return services.meetings.save(meeting, author="demo"), True


def sample_meeting(
    spec: dict[str, Any],
    org_ids: dict[str, int],
    person_ids: dict[str, int],
    org_names: dict[str, str],
    topic_ids: dict[str, int],
    *,
    prepared_by: str = "",
) -> r.Meeting:
    """The sample meeting as a record, its people, organisations and topics given by their ids."""
    return r.Meeting(
        title=spec["title"],
        kind=spec["kind"],
        date=spec["date"],
        start_time=spec["start_time"],
        end_time=spec["end_time"],
        venue=spec["venue"],
        host_organisation_id=org_ids[spec["host_organisation"]],
        countries=spec["countries"],
        reference_number=spec["reference_number"],
        confidentiality=spec["confidentiality"],
        status=spec["status"],
        language=spec["language"],
        translations=_copy(spec),
        topic_ids=[topic_ids[name] for name in spec["topics"]],
        summary=spec["summary"],
        prepared_by=prepared_by,
        attendances=[
            r.Attendance(
                person_id=person_ids[p["person"]] if "person" in p else None,
                organisation_id=org_ids[p["organisation"]] if "organisation" in p else None,
                side=p["side"],
                role=p["role"],
                precedence=i,
                position=p.get("position", ""),
                translations=_copy(p),
            )
            for i, p in enumerate(spec["participants"])
        ],
        agenda=[r.AgendaItem(title=a["title"], notes=a["notes"], translations=_copy(a)) for a in spec["agenda"]],
        decisions=[
            r.Decision(text=d["text"], agenda_index=d["agenda"] - 1, translations=_copy(d)) for d in spec["decisions"]
        ],
        follow_ups=[
            r.FollowUp(
                description=f["description"],
                decision_index=f["decision"] - 1,
                agenda_index=spec["decisions"][f["decision"] - 1]["agenda"] - 1,
                department=f["department"],
                counterpart_contact=org_names[f["counterpart"]] if "counterpart" in f else "",
                due_date=f["due_date"],
                priority=f["priority"],
                topic_id=topic_ids[f["topic"]],
                status=f["status"],
                translations=_copy(f),
            )
            for f in spec["follow_ups"]
        ],
    )


def _copy(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The spec's translations as a fresh mapping (records must not share the loaded JSON's dicts)."""
    return {field: dict(texts) for field, texts in spec.get("translations", {}).items()}


def add_missing_translations(meeting: r.Meeting, spec: dict[str, Any]) -> bool:
    """Give the stored sample the sample's translations of every text still as shipped; True when any was added.

    A text the officer has changed since is left alone: the shipped translation is of another text.
    """
    if meeting.language != spec["language"]:
        return False
    original = meeting.language
    added = _fill(meeting, spec, "meeting", original)
    for kind, items, specs, key in (
        ("agenda", meeting.agenda, spec["agenda"], "title"),
        ("decision", meeting.decisions, spec["decisions"], "text"),
        ("follow_up", meeting.follow_ups, spec["follow_ups"], "description"),
    ):
        by_text = {s[key]: s for s in specs}
        for item in items:
            if getattr(item, key) in by_text:
                added |= _fill(item, by_text[getattr(item, key)], kind, original)
    positions = {p["position"]: p for p in spec["participants"] if p.get("position")}
    for attendance in meeting.attendances:
        if attendance.position in positions:
            added |= _fill(attendance, positions[attendance.position], "attendance", original)
        elif attendance.person is not None and attendance.position == attendance.person.position:
            # The older sample kept the directory's position at the meeting: its forms are in the directory.
            directory = {lang: attendance.person.position_in(lang) for lang in ("az", "ru")}
            shipped = {"position": attendance.position, "translations": {"position": directory}}
            added |= _fill(attendance, shipped, "attendance", original)
    return added


def _fill(record: Any, spec: dict[str, Any], kind: str, original: str) -> bool:
    """Set the spec's translations of `record`'s fields whose text is the spec's and which lack one."""
    added = False
    for field in TRANSLATABLE[kind]:
        if field not in spec or getattr(record, field) != spec[field]:
            continue
        for lang, text in spec.get("translations", {}).get(field, {}).items():
            if text.strip() and text != spec[field] and not is_translated(record, field, lang, original):
                set_translation(record, field, lang, text)
                added = True
    return added


def _organisation(services: Services, spec: dict[str, Any]) -> r.Organisation:
    found = services.directory.find_organisation(spec["name"])
    if found is not None:
        return found
    fields = {k: v for k, v in spec.items() if k != "key"}
    return services.directory.save_organisation(r.Organisation(**fields))


def _person(services: Services, spec: dict[str, Any], orgs: dict[str, r.Organisation]) -> r.Person:
    found = services.directory.find_person(spec["name"])
    if found is not None:
        return found
    fields = {k: v for k, v in spec.items() if k not in ("key", "organisation")}
    return services.directory.save_person(r.Person(**fields, organisation_id=orgs[spec["organisation"]].id))
