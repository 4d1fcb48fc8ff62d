"""The counterpart dossier on both engines: timeline, people met, decisions, follow-ups, figures."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import Services

TODAY = dt.date(2025, 1, 10)


def build(services: Services) -> dict[str, int]:
    """Meetings with Russia and Türkiye, at home and abroad, with a range of follow-ups."""
    save_org, save_person = services.directory.save_organisation, services.directory.save_person
    ministry = save_org(r.Organisation(name="Ministry of Economy", country="AZ"))
    ru_ministry = save_org(r.Organisation(name="Ministry of Economic Development", country="RU"))
    tr_ministry = save_org(r.Organisation(name="Ministry of Trade", country="TR"))
    minister = save_person(r.Person(name="Mikayıl Cabbarov", position="Minister", organisation_id=ministry.id))
    deputy = save_person(r.Person(name="Ivan Petrov", position="Deputy Minister", organisation_id=ru_ministry.id))
    adviser = save_person(r.Person(name="Oleg Sidorov", position="Adviser"))  # no organisation recorded
    turk = save_person(r.Person(name="Ömer Bolat", position="Minister of Trade", organisation_id=tr_ministry.id))

    def attend(person: r.Person, side: str, role: str = "member", position: str = "") -> r.Attendance:
        return r.Attendance(person_id=person.id, side=side, role=role, position=position)

    first = services.meetings.save(
        r.Meeting(
            title="Talks in Baku",
            date=dt.date(2024, 3, 1),
            countries=["RU"],
            attendances=[
                attend(minister, "host", "chair"),
                attend(deputy, "guest", "head_of_delegation", "Deputy Minister"),
            ],
            decisions=[r.Decision(text="To prepare a trade roadmap"), r.Decision(text="To meet again in Moscow")],
            follow_ups=[
                r.FollowUp(
                    description="Roadmap draft",
                    due_date=dt.date(2024, 4, 1),
                    status="done",
                    completed_on=dt.date(2024, 4, 1),
                ),
                r.FollowUp(
                    description="Statistics exchange",
                    due_date=dt.date(2024, 4, 1),
                    status="done",
                    completed_on=dt.date(2024, 5, 1),
                ),
                r.FollowUp(description="Customs working group", due_date=dt.date(2024, 6, 1), status="in_progress"),
                r.FollowUp(description="Business forum", due_date=dt.date(2025, 6, 1)),
                r.FollowUp(description="Dropped idea", due_date=dt.date(2024, 6, 1), status="cancelled"),
            ],
        )
    )
    forum = services.meetings.save(
        r.Meeting(
            title="Trilateral forum",
            date=dt.date(2025, 5, 1),
            countries=["RU", "TR"],
            attendances=[
                attend(minister, "host", "chair"),
                attend(deputy, "guest"),
                attend(adviser, "guest"),
                attend(turk, "guest"),
            ],
            decisions=[r.Decision(text="To study a transit corridor")],
        )
    )
    services.meetings.save(
        r.Meeting(
            title="Talks in Ankara",
            date=dt.date(2025, 9, 1),
            countries=["TR"],
            attendances=[attend(turk, "host", "chair"), attend(minister, "guest", "head_of_delegation")],
        )
    )
    abroad = services.meetings.save(
        r.Meeting(
            title="Talks in Moscow",
            date=dt.date(2026, 1, 10),
            countries=["RU"],
            attendances=[
                attend(deputy, "host", "chair", "First Deputy Minister"),
                attend(minister, "guest", "head_of_delegation"),
            ],
        )
    )
    trashed = services.meetings.save(
        r.Meeting(
            title="Cancelled visit", date=dt.date(2026, 2, 1), countries=["RU"], attendances=[attend(turk, "guest")]
        )
    )
    services.meetings.delete(trashed.id or 0)
    return {
        "first": first.id or 0,
        "forum": forum.id or 0,
        "abroad": abroad.id or 0,
        "deputy": deputy.id or 0,
        "adviser": adviser.id or 0,
        "turk": turk.id or 0,
        "ru_ministry": ru_ministry.id or 0,
    }


def test_country_dossier(services: Services) -> None:
    ids = build(services)
    d = services.dossier.for_country("ru", today=TODAY)
    assert (d.kind, d.country, d.name, d.today) == ("country", "RU", "Russia", TODAY)
    assert [x.meeting_id for x in d.meetings] == [ids["abroad"], ids["forum"], ids["first"]]
    moscow, _, baku = d.meetings
    assert (baku.host_lead, baku.host_lead_position) == ("Mikayıl Cabbarov", "Minister")
    assert (baku.guest_lead, baku.guest_lead_position) == ("Ivan Petrov", "Deputy Minister")
    assert (moscow.host_lead, moscow.host_lead_position, moscow.guest_lead) == (
        "Ivan Petrov",
        "First Deputy Minister",
        "Mikayıl Cabbarov",
    )
    assert moscow.countries == ["RU"] and d.meetings[1].countries == ["RU", "TR"]
    # Abroad, the Russian side hosts: still the person met. Our own minister never is; nor is a
    # Turkish minister met at a forum that also had Russians.
    people = {p.person_id: p for p in d.people}
    assert list(people) == [ids["deputy"], ids["adviser"]]
    deputy = people[ids["deputy"]]
    assert (deputy.meetings, deputy.first_met, deputy.last_met) == (3, dt.date(2024, 3, 1), dt.date(2026, 1, 10))
    assert deputy.positions == ["First Deputy Minister", "Deputy Minister"]
    assert deputy.organisation_name == "Ministry of Economic Development"
    assert [(x.meeting_id, x.number, x.text) for x in d.decisions] == [
        (ids["forum"], 1, "To study a transit corridor"),
        (ids["first"], 1, "To prepare a trade roadmap"),
        (ids["first"], 2, "To meet again in Moscow"),
    ]
    assert [f.description for f in d.open_follow_ups] == ["Customs working group", "Business forum"]
    assert [f.description for f in d.overdue_follow_ups] == ["Customs working group"]
    assert sorted(f.description for f in d.done_follow_ups) == ["Roadmap draft", "Statistics exchange"]
    assert (d.done_on_time, d.done_late, d.on_time_share) == (1, 1, 0.5)
    assert d.meetings_per_year == {2024: 1, 2025: 1, 2026: 1}


def test_organisation_dossier(services: Services) -> None:
    ids = build(services)
    d = services.dossier.for_organisation(ids["ru_ministry"], today=TODAY)
    assert (d.kind, d.country, d.organisation_id, d.name) == (
        "organisation",
        "RU",
        ids["ru_ministry"],
        "Ministry of Economic Development",
    )
    assert [x.meeting_id for x in d.meetings] == [ids["abroad"], ids["forum"], ids["first"]]
    # Someone of another organisation is not this organisation's; someone of none may be.
    assert [p.person_id for p in d.people] == [ids["deputy"], ids["adviser"]]
    assert len(d.open_follow_ups) == 2 and d.on_time_share == 0.5


def test_counterparts_for_a_picker(services: Services) -> None:
    build(services)
    assert [(code, count) for code, _name, count in services.dossier.counterparts()] == [("RU", 3), ("TR", 2)]
    assert services.dossier.counterparts(lang="ru")[0][1] == "Россия"


def test_empty_and_wrong_subjects(services: Services) -> None:
    d = services.dossier.for_country("FR", today=TODAY)
    assert d.meetings == [] and d.people == [] and d.on_time_share is None and d.meetings_per_year == {}
    for bad in ("XX", "", "France"):
        with pytest.raises(ValidationError):
            services.dossier.for_country(bad)
    with pytest.raises(NotFoundError):
        services.dossier.for_organisation(987654)


def test_own_organisation_setting_decides_our_side(services: Services) -> None:
    home = services.directory.save_organisation(r.Organisation(name="Protocol Office"))  # no country recorded
    guest_org = services.directory.save_organisation(r.Organisation(name="Visiting Chamber"))
    ours = services.directory.save_person(r.Person(name="Leyla Məmmədova", organisation_id=home.id))
    theirs = services.directory.save_person(r.Person(name="Anna Ivanova", organisation_id=guest_org.id))
    services.meetings.save(
        r.Meeting(
            title="Courtesy call",
            date=dt.date(2024, 1, 1),
            countries=["RU"],
            attendances=[r.Attendance(person_id=theirs.id, side="host"), r.Attendance(person_id=ours.id, side="guest")],
        )
    )
    # Without the setting the host side is taken for ours.
    assert [p.name for p in services.dossier.for_country("RU").people] == ["Leyla Məmmədova"]
    settings = services.settings.get()
    settings.own_organisation_id = home.id
    services.settings.save(settings)
    assert [p.name for p in services.dossier.for_country("RU").people] == ["Anna Ivanova"]
