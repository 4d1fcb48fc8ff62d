"""DocumentService gives the exports the directory's spellings and topic names in each language (a real store)."""

from __future__ import annotations

import csv
import datetime as dt

from export_samples import body_blocks

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.records import Attendance, FollowUp, Meeting, Person, Topic
from minutes_app.services.documents import DocumentService


def _store_meeting(services) -> int:
    person = services.directory.save_person(
        Person(
            name="Mikayil Jabbarov", name_en="Mikayil Jabbarov", name_az="Mikayıl Cabbarov", name_ru="Микаил Джаббаров"
        )
    )
    topic = services.topics.by_name("Agriculture") or services.topics.save(Topic(name="Agriculture"))
    topic.name_az, topic.name_ru = "Kənd təsərrüfatı", "Сельское хозяйство"
    topic = services.topics.save(topic)
    meeting = services.meetings.save(
        Meeting(
            title="Meeting on agriculture",
            date=dt.date(2024, 3, 12),
            countries=["RU"],
            language="en",
            attendances=[Attendance(person_id=person.id, side="host", role="head_of_delegation")],
            follow_ups=[
                FollowUp(
                    description="Send the draft", owner_id=person.id, topic_id=topic.id, due_date=dt.date(2024, 4, 1)
                )
            ],
        )
    )
    return meeting.id


def test_spreadsheet_and_minutes_spell_the_owner_and_topic_in_russian(sqlite_services, tmp_path):
    meeting_id = _store_meeting(sqlite_services)
    documents = DocumentService(sqlite_services)
    out = documents.spreadsheet(FollowUpFilter(), tmp_path / "t.csv", kind="csv", lang="ru")
    row = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))[1]  # Excel in Russian
    assert "Микаил Джаббаров" in row and "Сельское хозяйство" in row
    path = documents.minutes(meeting_id, tmp_path / "m.docx", lang="az")
    table = next(content for style, content in body_blocks(path) if style == "<table>")
    assert table[1][2] == "Mikayıl Cabbarov"
    assert [u.field for u in documents.untranslated_fields(meeting_id, "az")] == ["title", "description"]
