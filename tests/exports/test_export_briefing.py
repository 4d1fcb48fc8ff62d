"""The briefing note: previous meetings, decisions, open follow-ups, people met."""

from __future__ import annotations

import datetime as dt

from export_samples import body_blocks, follow_up_rows, seed_meeting, texts
from minutes_app.exports.briefing_docx import BriefingData, write_briefing

TODAY = dt.date(2024, 6, 1)


def _data() -> BriefingData:
    earlier = seed_meeting()
    earlier.id, earlier.date, earlier.title = 2, dt.date(2023, 10, 5), "Working meeting on interregional cooperation"
    earlier.decisions = earlier.decisions[:1]
    edelgeriev = next(a for a in earlier.attendances if a.person and a.person.id == 2)
    edelgeriev.position = "Deputy Chairman of the Government of the Chechen Republic"  # held then
    rows = [r for r in follow_up_rows(12, today=TODAY) if r.countries == ["RU"]]
    return BriefingData(counterpart="Russia", country="RU", meetings=[earlier, seed_meeting()], open_follow_ups=rows)


def test_briefing_sections_and_content(tmp_path):
    path = write_briefing(_data(), tmp_path / "b.docx", lang="en", today=TODAY)
    blocks = body_blocks(path)
    assert blocks[0] == ("Title", "BRIEFING NOTE")
    assert blocks[1] == ("Subtitle", "Russia")
    assert [t for s, t in blocks if s == "Heading 1"] == [
        "Previous meetings", "Agreements reached", "Follow-up actions still open", "People met before"]
    tables = [c for s, c in blocks if s == "<table>"]
    meetings, open_rows, people = tables
    assert meetings[0] == ["No.", "Date", "Meeting", "Host side led by", "Guest side led by"]
    assert meetings[1][1] == "12 March 2024" and meetings[2][1] == "5 October 2023"  # newest first
    assert meetings[1][3] == "Mikayil Jabbarov, Minister of Economy"
    assert meetings[1][4] == "Ruslan Edelgeriev, Adviser to the President of the Russian Federation"
    # decisions grouped under each meeting, newest first
    decision_heads = [t for s, t in blocks if s == "Heading 3"]
    assert decision_heads[0].startswith("12 March 2024 — Meeting with the delegation")
    assert decision_heads[1] == "5 October 2023 — Working meeting on interregional cooperation"
    # open follow-ups: closed ones left out, overdue first and marked
    assert all("Done" not in row[4] and "Cancelled" not in row[4] for row in open_rows[1:])
    assert open_rows[1][4].endswith("\nOverdue")
    # people of the counterpart's side, named ones only, with the position they last held
    assert people[1:] == [["1", "Ruslan Edelgeriev", "Adviser to the President of the Russian Federation",
                           "12 March 2024"]]
    assert "Meetings held: 2; last meeting: 12 March 2024; open follow-up actions: 2, of which overdue: 1." in texts(path)


def test_people_met_count_meetings_and_follow_the_country_side():
    data = _data()
    people = data.people_met("ru")
    assert [(p.name, p.meetings) for p in people] == [("Руслан Эдельгериев", 2)]
    # when the counterpart hosted, its people are on the host side
    for meeting in data.meetings:
        for attendance in meeting.attendances:
            attendance.side = {"host": "guest", "guest": "host"}[attendance.side]
    assert [p.name for p in data.people_met("en")] == ["Ruslan Edelgeriev"]


def test_briefing_in_azerbaijani_without_meetings(tmp_path):
    path = write_briefing(BriefingData(counterpart="Türkiyə", country="TR"), tmp_path / "b.docx", lang="az",
                          today=TODAY)
    body = texts(path)
    assert "ARAYIŞ" in body and "Türkiyə" in body
    assert "Əvvəlki görüşlər qeydə alınmayıb." in body
    assert "Tarix:\t1 iyun 2024" in body
