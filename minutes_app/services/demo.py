"""Loads the sample meeting (resources/sample/demo_meeting.json) through the real services, once."""

from __future__ import annotations

import json
from typing import Any

from minutes_app.domain import records as r
from minutes_app.paths import resources_dir
from minutes_app.services import Services

DEMO_FILE = "sample/demo_meeting.json"


def load_demo_data() -> dict[str, Any]:
    """The sample meeting's description as bundled with the app."""
    with open(resources_dir() / DEMO_FILE, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_demo(services: Services) -> tuple[r.Meeting, bool]:
    """Add the sample meeting and everyone in it; returns (meeting, created). Idempotent."""
    data = load_demo_data()
    spec = data["meeting"]
    for summary in services.meetings.list():
        if summary.reference_number == spec["reference_number"]:
            return services.meetings.get(summary.id), False
    orgs = {o["key"]: _organisation(services, o) for o in data["organisations"]}
    people = {p["key"]: _person(services, p, orgs) for p in data["people"]}
    topics = {t.name: t.id for t in services.topics.list(include_inactive=True)}
    meeting = r.Meeting(
        title=spec["title"], kind=spec["kind"], date=spec["date"], start_time=spec["start_time"],
        end_time=spec["end_time"], venue=spec["venue"], host_organisation_id=orgs[spec["host_organisation"]].id,
        countries=spec["countries"], reference_number=spec["reference_number"],
        confidentiality=spec["confidentiality"], status=spec["status"], language=spec["language"],
        topic_ids=[topics[name] for name in spec["topics"]], summary=spec["summary"],
        prepared_by=services.settings.get().officer_name,
        attendances=[
            r.Attendance(
                person_id=people[p["person"]].id if "person" in p else None,
                organisation_id=orgs[p["organisation"]].id if "organisation" in p else None,
                side=p["side"], role=p["role"], precedence=i,
            )
            for i, p in enumerate(spec["participants"])
        ],
        agenda=[r.AgendaItem(title=a["title"], notes=a["notes"]) for a in spec["agenda"]],
        decisions=[r.Decision(text=d["text"], agenda_index=d["agenda"] - 1) for d in spec["decisions"]],
        follow_ups=[
            r.FollowUp(
                description=f["description"], decision_index=f["decision"] - 1,
                agenda_index=spec["decisions"][f["decision"] - 1]["agenda"] - 1,
                department=f["department"],
                counterpart_contact=orgs[f["counterpart"]].name if "counterpart" in f else "",
                due_date=f["due_date"], priority=f["priority"], topic_id=topics[f["topic"]],
                status=f["status"],
            )
            for f in spec["follow_ups"]
        ],
    )
    return services.meetings.save(meeting, author="demo"), True


def _organisation(services: Services, spec: dict[str, str]) -> r.Organisation:
    found = services.directory.find_organisation(spec["name"])
    if found is not None:
        return found
    fields = {k: v for k, v in spec.items() if k != "key"}
    return services.directory.save_organisation(r.Organisation(**fields))


def _person(services: Services, spec: dict[str, str], orgs: dict[str, r.Organisation]) -> r.Person:
    found = services.directory.find_person(spec["name"])
    if found is not None:
        return found
    fields = {k: v for k, v in spec.items() if k not in ("key", "organisation")}
    return services.directory.save_person(r.Person(**fields, organisation_id=orgs[spec["organisation"]].id))
