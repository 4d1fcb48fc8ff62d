"""A deterministic store at ministry scale, written through a bulk path that makes the same rows as the services."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from minutes_app.paths import resolve_paths
from minutes_app.store import models as m
from minutes_app.store.database import open_store

FIRST = [
    ("Elvin", "Elvin", "Эльвин"),
    ("Rashad", "Rəşad", "Рашад"),
    ("Leyla", "Leyla", "Лейла"),
    ("Aygun", "Aygün", "Айгюн"),
    ("Farid", "Fərid", "Фарид"),
    ("Gunel", "Günel", "Гюнель"),
    ("Kamran", "Kamran", "Камран"),
    ("Nigar", "Nigar", "Нигяр"),
    ("Ilham", "İlham", "Ильхам"),
    ("Sevinj", "Sevinc", "Севиндж"),
    ("Ivan", "İvan", "Иван"),
    ("Olga", "Olqa", "Ольга"),
    ("Sergey", "Sergey", "Сергей"),
    ("Anna", "Anna", "Анна"),
    ("Mehmet", "Mehmet", "Мехмет"),
    ("John", "Con", "Джон"),
    ("Maria", "Mariya", "Мария"),
    ("Hans", "Hans", "Ханс"),
    ("Li", "Li", "Ли"),
    ("Ahmad", "Əhməd", "Ахмад"),
]
LAST = [
    ("Aliyev", "Əliyev", "Алиев"),
    ("Mammadov", "Məmmədov", "Мамедов"),
    ("Huseynov", "Hüseynov", "Гусейнов"),
    ("Hasanov", "Həsənov", "Гасанов"),
    ("Guliyev", "Quliyev", "Кулиев"),
    ("Jafarov", "Cəfərov", "Джафаров"),
    ("Ismayilov", "İsmayılov", "Исмаилов"),
    ("Karimov", "Kərimov", "Каримов"),
    ("Ivanov", "İvanov", "Иванов"),
    ("Petrov", "Petrov", "Петров"),
    ("Smirnova", "Smirnova", "Смирнова"),
    ("Yilmaz", "Yılmaz", "Йылмаз"),
    ("Smith", "Smit", "Смит"),
    ("Muller", "Müller", "Мюллер"),
    ("Wang", "Van", "Ван"),
    ("Khalilov", "Xəlilov", "Халилов"),
    ("Rahimov", "Rəhimov", "Рагимов"),
    ("Sokolov", "Sokolov", "Соколов"),
    ("Bakirov", "Bakirov", "Бакиров"),
    ("Garcia", "Qarsiya", "Гарсия"),
]
POSITIONS = [
    ("Minister", "Nazir", "Министр"),
    ("Deputy Minister", "Nazir müavini", "Заместитель министра"),
    ("Ambassador", "Səfir", "Посол"),
    ("Counsellor", "Müşavir", "Советник"),
    ("Trade Representative", "Ticarət nümayəndəsi", "Торговый представитель"),
    ("Head of department", "Şöbə müdiri", "Начальник отдела"),
    ("Chief adviser", "Baş məsləhətçi", "Главный советник"),
    ("Director", "Direktor", "Директор"),
    ("Chairman of the Board", "İdarə Heyətinin sədri", "Председатель правления"),
]
ORG_KINDS = [
    "ministry",
    "embassy",
    "trade_mission",
    "company",
    "public_body",
    "international_organisation",
    "regional_body",
]
ORG_NAMES = [
    ("Ministry of Economy", "İqtisadiyyat Nazirliyi", "Министерство экономики"),
    ("Ministry of Foreign Affairs", "Xarici İşlər Nazirliyi", "Министерство иностранных дел"),
    ("Embassy", "Səfirlik", "Посольство"),
    ("Trade Representative Office", "Ticarət Nümayəndəliyi", "Торговое представительство"),
    ("Chamber of Commerce", "Ticarət-Sənaye Palatası", "Торгово-промышленная палата"),
    ("Investment Agency", "İnvestisiya Agentliyi", "Инвестиционное агентство"),
    ("Railways", "Dəmir Yolları", "Железные дороги"),
    ("Energy Company", "Enerji Şirkəti", "Энергетическая компания"),
]
SUBJECTS = [
    "trade turnover",
    "investment protection",
    "the North-South transport corridor",
    "the Alat Free Economic Zone",
    "tourism promotion",
    "interregional cooperation",
    "energy transit",
    "agricultural exports",
    "industrial parks",
    "youth exchanges",
    "ticarət dövriyyəsi",
    "investisiyaların qorunması",
    "Şimal-Cənub nəqliyyat dəhlizi",
    "Ələt Azad İqtisadi Zonası",
    "turizmin təşviqi",
    "товарооборот",
    "защита инвестиций",
    "транспортный коридор Север-Юг",
    "межрегиональное сотрудничество",
    "энергетический транзит",
    "Şəki",
    "Gəncə",
    "Işıq",
]
ACTIONS = [
    "Prepare a note on",
    "Send proposals on",
    "Agree the agenda of the working group on",
    "Hazırlamaq:",
    "Təklif göndərmək:",
    "Подготовить справку о",
    "Направить предложения по",
    "Согласовать план мероприятий по",
]
COUNTRIES = [
    "RU",
    "TR",
    "GE",
    "KZ",
    "UZ",
    "TM",
    "IR",
    "CN",
    "DE",
    "FR",
    "IT",
    "GB",
    "US",
    "JP",
    "KR",
    "IN",
    "PK",
    "AE",
    "SA",
    "QA",
    "EG",
    "IL",
    "UA",
    "BY",
    "PL",
    "HU",
    "RO",
    "BG",
    "GR",
    "AT",
    "CH",
    "NL",
    "BE",
    "ES",
    "PT",
    "SE",
    "NO",
    "FI",
    "DK",
    "CZ",
    "SK",
    "SI",
    "HR",
    "RS",
    "LT",
    "LV",
    "EE",
    "MD",
    "AM",
    "KG",
    "TJ",
    "AF",
    "MN",
    "VN",
    "TH",
    "MY",
    "ID",
    "SG",
    "BR",
    "CA",
]
STATUSES = ["open", "open", "in_progress", "done", "done", "done", "cancelled", "deferred"]


LARGE_MEETING = 500  # attendees of the one large meeting (a conference, a forum)


@dataclass(frozen=True)
class Scale:
    """How many of each record to make."""

    meetings: int = 10_000
    people: int = 3_000
    organisations: int = 600
    attendances_per_meeting: int = 12
    agenda_per_meeting: int = 4
    decisions_per_meeting: int = 2
    follow_ups: int = 50_000
    notes_per_follow_up: int = 3

    notes_on_the_busiest: int = 10_000  # one follow-up with a long history (the detail pane's worst case)
    large_meeting_attendees: int = LARGE_MEETING  # one meeting with a crowd (the editor's worst case)

    @classmethod
    def quick(cls) -> Scale:
        """A small store that builds in seconds."""
        return cls(
            meetings=500,
            people=300,
            organisations=60,
            follow_ups=2_500,
            notes_on_the_busiest=500,
            large_meeting_attendees=200,
        )

    @classmethod
    def times(cls, n: int) -> Scale:
        """`n` times the ministry store: n × 10,000 meetings, n × 50,000 follow-ups, n × the directory."""
        one = cls()
        return cls(
            meetings=one.meetings * n,
            people=one.people * n,
            organisations=one.organisations * n,
            follow_ups=one.follow_ups * n,
        )


CHUNK = 50_000  # rows per bulk insert: memory stays flat however large the store


def generate(db: Path | str, scale: Scale = Scale(), seed: int = 20261127) -> Path | str:
    """Create `db` (deleting any old one) and fill it deterministically.

    `db` is an SQLite file, or a PostgreSQL URL whose database is dropped and made anew (see fresh_database).
    """
    if is_url(db):
        fresh_database(str(db))
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    store = open_store(resolve_paths(db=str(db)))
    now = dt.datetime(2026, 11, 1, 9, 0)
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    with store.writing() as s:
        topics = list(s.scalars(select(m.TopicRow.id)))
        orgs = []
        for i in range(1, scale.organisations + 1):
            country = COUNTRIES[i % len(COUNTRIES)]
            en, az, ru = ORG_NAMES[i % len(ORG_NAMES)]
            orgs.append(
                {
                    "id": i,
                    "name": f"{en} ({country}) {i}",
                    "name_en": f"{en} {i}",
                    "name_az": f"{az} {i}",
                    "name_ru": f"{ru} {i}",
                    "kind": ORG_KINDS[i % len(ORG_KINDS)],
                    "country": country,
                    "notes": "",
                    **stamps,
                }
            )
        s.execute(insert(m.OrganisationRow), orgs)
        people = []
        for i in range(1, scale.people + 1):
            f, last, p = rng.choice(FIRST), rng.choice(LAST), rng.choice(POSITIONS)
            people.append(
                {
                    "id": i,
                    "name": f"{f[0]} {last[0]}",
                    "name_en": f"{f[0]} {last[0]}",
                    "name_az": f"{f[1]} {last[1]}",
                    "name_ru": f"{f[2]} {last[2]}",
                    "position": p[0],
                    "position_en": p[0],
                    "position_az": p[1],
                    "position_ru": p[2],
                    "organisation_id": rng.randint(1, scale.organisations),
                    "email": f"person{i}@example.org",
                    "phone": "",
                    "notes": "",
                    **stamps,
                }
            )
        s.execute(insert(m.PersonRow), people)
        meetings: list[dict[str, object]] = []
        countries: list[dict[str, object]] = []
        mtopics: list[dict[str, object]] = []
        attendances: list[dict[str, object]] = []
        agenda: list[dict[str, object]] = []
        decisions: list[dict[str, object]] = []
        meeting_dates: list[dt.date] = []

        def flush_meetings() -> None:
            for table, rows in (
                (m.MeetingRow, meetings),
                (m.MeetingCountryRow, countries),
                (m.MeetingTopicRow, mtopics),
                (m.AttendanceRow, attendances),
                (m.AgendaItemRow, agenda),
                (m.DecisionRow, decisions),
            ):
                if rows:
                    s.execute(insert(table), rows)
                rows.clear()

        start = dt.date(2011, 12, 1)
        agenda_id = decision_id = attendance_id = 0
        agenda_by_meeting: dict[int, list[int]] = {}
        for i in range(1, scale.meetings + 1):
            country = COUNTRIES[rng.randrange(len(COUNTRIES))]
            subject = rng.choice(SUBJECTS)
            date = start + dt.timedelta(days=int(i * 5475 / scale.meetings))
            meeting_dates.append(date)
            meetings.append(
                {
                    "id": i,
                    "title": f"Meeting on {subject} with the delegation of {country} No. {i}",
                    "kind": "bilateral_meeting",
                    "date": date,
                    "start_time": dt.time(10, 0),
                    "end_time": dt.time(11, 30),
                    "venue": "Ministry of Economy, Baku",
                    "host_organisation_id": 1,
                    "reference_number": f"ME/{country}-{date.year}/{i:05d}",
                    "confidentiality": "",
                    "status": "minutes_approved" if date.year < 2026 else "held",
                    "language": "en",
                    "summary": f"The parties discussed {subject}. " * rng.randint(2, 10),
                    "prepared_by": "",
                    "approved_by": "",
                    **stamps,
                }
            )
            countries.append({"meeting_id": i, "country": country, "sort_order": 0})
            mtopics.append({"meeting_id": i, "topic_id": topics[i % len(topics)]})
            chosen = rng.sample(range(1, scale.people + 1), scale.attendances_per_meeting)
            for n, person_id in enumerate(chosen):
                attendance_id += 1
                side = "host" if n < scale.attendances_per_meeting // 2 else "guest"
                precedence = n if side == "host" else n - scale.attendances_per_meeting // 2
                attendances.append(
                    {
                        "id": attendance_id,
                        "meeting_id": i,
                        "person_id": person_id,
                        # as a save writes it: a named person's organisation at the meeting
                        "organisation_id": people[person_id - 1]["organisation_id"],
                        "side": side,
                        "role": "head_of_delegation" if precedence == 0 else "member",
                        "precedence": precedence,
                        "present": True,
                        "position": people[person_id - 1]["position"],
                    }
                )
            agenda_by_meeting[i] = []
            for n in range(scale.agenda_per_meeting):
                agenda_id += 1
                agenda_by_meeting[i].append(agenda_id)
                agenda.append(
                    {
                        "id": agenda_id,
                        "meeting_id": i,
                        "sort_order": n,
                        "title": f"{rng.choice(SUBJECTS).capitalize()}",
                        "notes": f"Views were exchanged on {rng.choice(SUBJECTS)}.",
                    }
                )
            for n in range(scale.decisions_per_meeting):
                decision_id += 1
                decisions.append(
                    {
                        "id": decision_id,
                        "meeting_id": i,
                        "number": n + 1,
                        "text": f"To continue work on {rng.choice(SUBJECTS)}.",
                        "agenda_item_id": agenda_by_meeting[i][n],
                    }
                )
            if len(attendances) >= CHUNK:
                flush_meetings()
        flush_meetings()
        follow_ups, notes = [], []
        note_id = 0
        for i in range(1, scale.follow_ups + 1):
            meeting_id = rng.randint(1, scale.meetings)
            meeting_date = meeting_dates[meeting_id - 1]
            due = meeting_date + dt.timedelta(days=rng.randint(14, 180))
            status = rng.choice(STATUSES)
            done = status == "done"
            follow_ups.append(
                {
                    "id": i,
                    "meeting_id": meeting_id,
                    "agenda_item_id": agenda_by_meeting[meeting_id][0],
                    "decision_id": None,
                    "description": f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)}",
                    "owner_id": rng.randint(1, scale.people),
                    "department": f"Department {rng.randint(1, 25)}",
                    "counterpart_contact": "",
                    "due_date": due,
                    "priority": rng.choice(["low", "normal", "normal", "high"]),
                    "topic_id": topics[i % len(topics)],
                    "status": status,
                    "completed_on": due - dt.timedelta(days=rng.randint(-20, 20)) if done else None,
                    **stamps,
                }
            )
            for n in range(scale.notes_per_follow_up):
                note_id += 1
                notes.append(
                    {
                        "id": note_id,
                        "follow_up_id": i,
                        "created_at": now,
                        "author": "generator",
                        "kind": "created" if n == 0 else "note",
                        "text": "" if n == 0 else f"Progress: {rng.choice(SUBJECTS)}",
                        "old_status": "",
                        "new_status": "open" if n == 0 else "",
                        "old_due_date": None,
                        "new_due_date": None,
                    }
                )
            if len(notes) >= CHUNK:
                s.execute(insert(m.FollowUpRow), follow_ups)
                s.execute(insert(m.FollowUpNoteRow), notes)
                follow_ups.clear()
                notes.clear()
        if follow_ups:
            s.execute(insert(m.FollowUpRow), follow_ups)
        for n in range(scale.notes_on_the_busiest):  # follow-up 1's long history, oldest first
            note_id += 1
            notes.append(
                {
                    "id": note_id,
                    "follow_up_id": 1,
                    "created_at": now,
                    "author": "generator",
                    "kind": "note",
                    "text": f"Reminder {n + 1}: {rng.choice(SUBJECTS)}",
                    "old_status": "",
                    "new_status": "",
                    "old_due_date": None,
                    "new_due_date": None,
                }
            )
            if len(notes) >= CHUNK:
                s.execute(insert(m.FollowUpNoteRow), notes)
                notes.clear()
        if notes:
            s.execute(insert(m.FollowUpNoteRow), notes)
        if scale.large_meeting_attendees:
            add_large_meeting(s, scale.large_meeting_attendees, seed=seed)
        _rebuild_search_index(s)
        if s.get_bind().dialect.name == "postgresql":
            _advance_sequences(s)
    if is_url(db):
        _analyse(str(db))
    store.close()
    return db


def add_large_meeting(session, attendees: int = LARGE_MEETING, *, seed: int = 20261127) -> int:  # type: ignore[no-untyped-def]
    """Add one meeting with `attendees` people from the directory (a fifth on the host side); returns its id.

    Written after every other row with a generator of its own, so the rest of the store is the same
    with or without it; the benchmark also adds it to a copy of a store generated before it existed.
    """
    from sqlalchemy import func

    rng = random.Random(seed + LARGE_MEETING)
    meeting_id = int(session.scalar(select(func.coalesce(func.max(m.MeetingRow.id), 0)))) + 1
    attendance_id = int(session.scalar(select(func.coalesce(func.max(m.AttendanceRow.id), 0))))
    people = list(
        session.execute(
            select(m.PersonRow.id, m.PersonRow.position, m.PersonRow.organisation_id).order_by(m.PersonRow.id)
        )
    )
    chosen = rng.sample(people, min(attendees, len(people)))
    hosts = len(chosen) // 5
    now = dt.datetime(2026, 11, 1, 9, 0)
    date = dt.date(2026, 10, 20)
    session.execute(
        insert(m.MeetingRow),
        [
            {
                "id": meeting_id,
                "title": f"International Investment Forum No. {meeting_id}",
                "kind": "bilateral_meeting",
                "date": date,
                "start_time": dt.time(9, 0),
                "end_time": dt.time(18, 0),
                "venue": "Baku Congress Centre",
                "host_organisation_id": 1,
                "reference_number": f"ME/FORUM-{date.year}/{meeting_id:05d}",
                "confidentiality": "",
                "status": "held",
                "language": "en",
                "summary": "The parties discussed investment protection. " * 5,
                "prepared_by": "",
                "approved_by": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        ],
    )
    session.execute(insert(m.MeetingCountryRow), [{"meeting_id": meeting_id, "country": "TR", "sort_order": 0}])
    rows = []
    for n, (person_id, position, organisation_id) in enumerate(chosen):
        side, precedence = ("host", n) if n < hosts else ("guest", n - hosts)
        rows.append(
            {
                "id": attendance_id + n + 1,
                "meeting_id": meeting_id,
                "person_id": person_id,
                "organisation_id": organisation_id,  # as a save writes it
                "side": side,
                "role": "head_of_delegation" if precedence == 0 else "member",
                "precedence": precedence,
                "present": True,
                "position": position,
            }
        )
    session.execute(insert(m.AttendanceRow), rows)
    return meeting_id


def _analyse(url: str) -> None:
    """Gather the planner's statistics, as autovacuum would soon after a bulk load (plans are wrong without them)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()


def is_url(db: Path | str) -> bool:
    """True for a database URL rather than an SQLite file."""
    return "://" in str(db)


def fresh_database(url: str) -> None:
    """Drop and create the PostgreSQL database `url` names, which must be a benchmark's own ("bench…").

    The name is checked so that a mistyped URL can never empty a real store.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    target = make_url(url)
    name = target.database or ""
    if not name.startswith("bench") or not name.replace("_", "").isalnum():
        raise SystemExit(f"{name!r}: the benchmark only builds its store in a database of its own named bench…")
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()


def _advance_sequences(session) -> None:  # type: ignore[no-untyped-def]
    """Move each id sequence past the ids written explicitly, so the services' own inserts get new ones."""
    from sqlalchemy import text

    for table in m.Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false) "
                f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
            )
        )


def _rebuild_search_index(session) -> None:  # type: ignore[no-untyped-def]
    """Index everything the bulk path wrote, as the services would have."""
    from minutes_app.services import meeting_list_text, search_index

    # Stamped as this version's, or the app's first open of the store rebuilds it all again
    # (about 20 minutes at 5x, which every GUI measure's fresh copy would pay).
    search_index.rebuild_and_stamp(session)
    meeting_list_text.ensure_current(session)


if __name__ == "__main__":
    import sys
    import time

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = args[0] if args else "/tmp/minutes-large.db"
    times = int(args[1]) if len(args) > 1 else 1
    began = time.perf_counter()
    generate(target if is_url(target) else Path(target), Scale.quick() if "--quick" in sys.argv else Scale.times(times))
    size = "" if is_url(target) else f"{Path(target).stat().st_size / 1e6:.0f} MB "
    print(f"{target}: {size}in {time.perf_counter() - began:.1f} s")
