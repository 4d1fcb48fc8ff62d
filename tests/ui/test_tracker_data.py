"""A tracker store of our own making: 320 follow-ups over 40 meetings, 5 countries, 6 owners, 4 departments.

The follow-ups are made through the services (so the search index is filled as in the app) from a
plain Python specification; tests compute what a filter should select from that specification,
independently of the SQL under test. The store itself is the `tracker_store` fixture (tests/ui/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutes_app.domain.records import FollowUp, Meeting, Person
from minutes_app.services import Services
from tests.ui.conftest import TODAY

COUNTRIES = ("RU", "TR", "GE", "KZ", "DE")
OWNERS = ("Əli Əliyev", "Leyla Məmmədova", "Ivan Petrov", "Иван Смирнов", "Gunel Hasanova", "Kamran Işıqlı")
DEPARTMENTS = (
    "Department of Trade Policy",
    "Department of Investment Policy",
    "Protocol Department",
    "Regional Department",
)
TOPICS = ("Trade", "Investment", "Tourism", "Energy")
STATUSES = ("open", "in_progress", "done", "cancelled", "deferred", "open", "in_progress", "open")
PRIORITIES = ("low", "normal", "high", "urgent")
SUBJECTS = (
    "the Şəki silk festival",
    "Gəncə logistics centre",
    "grain exports",
    "the Alat free zone",
    "транспортный коридор",
    "tourism fairs",
    "energy transit",
    "investment protection",
)
MEETINGS = 40
PER_MEETING = 8


@dataclass(frozen=True, slots=True)
class Spec:
    """One generated follow-up as the tests know it."""

    meeting: int  # 0-based meeting number
    description: str
    country: str
    owner: str
    department: str
    topic: str
    priority: str
    status: str
    due_date: dt.date | None

    @property
    def closed(self) -> bool:
        """Done or cancelled."""
        return self.status in ("done", "cancelled")

    def overdue(self, today: dt.date) -> bool:
        """Past due, not finished and not deferred (a deferred one waits for its new date by agreement)."""
        return self.due_date is not None and self.due_date < today and not self.closed and self.status != "deferred"


def specification() -> list[Spec]:
    """The 320 follow-ups, deterministic; due dates spread from 40 days late to 60 days ahead (some undated)."""
    specs = []
    for meeting in range(MEETINGS):
        for i in range(PER_MEETING):
            n = meeting * PER_MEETING + i
            offset = (n * 7) % 101 - 40
            specs.append(
                Spec(
                    meeting=meeting,
                    description=f"Follow-up {n:03d}: send a note on {SUBJECTS[n % len(SUBJECTS)]}",
                    country=COUNTRIES[meeting % len(COUNTRIES)],
                    owner=OWNERS[n % len(OWNERS)],
                    department=DEPARTMENTS[(n // 2) % len(DEPARTMENTS)],
                    topic=TOPICS[(n // 3) % len(TOPICS)],
                    priority=PRIORITIES[n % len(PRIORITIES)],
                    status=STATUSES[n % len(STATUSES)],
                    due_date=None if n % 23 == 0 else TODAY + dt.timedelta(days=offset),
                )
            )
    return specs


def fill(services: Services) -> None:
    """Write the specification into a store through the services."""
    owners = {name: services.directory.save_person(Person(name=name)).id for name in OWNERS}
    topics = {t.name: t.id for t in services.topics.list_topics(include_inactive=True)}
    specs = specification()
    for meeting in range(MEETINGS):
        mine = [s for s in specs if s.meeting == meeting]
        services.meetings.save(
            Meeting(
                title=f"Meeting {meeting:02d} with {mine[0].country}",
                date=TODAY - dt.timedelta(days=200 - meeting),
                countries=[mine[0].country],
                status="held",
                follow_ups=[
                    FollowUp(
                        description=s.description,
                        owner_id=owners[s.owner],
                        department=s.department,
                        topic_id=topics[s.topic],
                        priority=s.priority,
                        status=s.status,
                        due_date=s.due_date,
                        completed_on=TODAY - dt.timedelta(days=3) if s.status == "done" else None,
                    )
                    for s in mine
                ],
            ),
            author="generator",
        )


def test_the_specification_covers_every_case() -> None:
    specs = specification()
    assert len(specs) == MEETINGS * PER_MEETING == 320
    assert {s.status for s in specs} == {"open", "in_progress", "done", "cancelled", "deferred"}
    overdue = [s for s in specs if s.due_date and s.due_date < TODAY and not s.closed]
    soon = [s for s in specs if s.due_date and TODAY <= s.due_date <= TODAY + dt.timedelta(days=7) and not s.closed]
    assert len(overdue) > 50 and len(soon) > 10
    assert any(s.due_date is None for s in specs)


def test_the_store_holds_the_specification(tracker_store: Services) -> None:
    rows = tracker_store.follow_ups.list_follow_ups(today=TODAY)
    assert len(rows) == 320
    assert {r.description for r in rows} == {s.description for s in specification()}
