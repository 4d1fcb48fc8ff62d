"""The briefing note: previous meetings, decisions, open follow-ups, people met."""

from __future__ import annotations

import datetime as dt

from export_samples import body_blocks, follow_up_rows, seed_meeting, texts

from minutes_app.exports.briefing_docx import SUMMARISED_MEETINGS, BriefingData, discussion_in_short, write_briefing
from minutes_app.exports.short_text import first_sentences, sentences

TODAY = dt.date(2024, 6, 1)


def _data() -> BriefingData:
    earlier = seed_meeting()
    earlier.id, earlier.date, earlier.title = 2, dt.date(2023, 10, 5), "Working meeting on interregional cooperation"
    earlier.decisions = earlier.decisions[:1]
    earlier.reference_number = ""
    edelgeriev = next(a for a in earlier.attendances if a.person and a.person.id == 2)
    edelgeriev.position = "Deputy Chairman of the Government of the Chechen Republic"  # held then
    rows = [r for r in follow_up_rows(12, today=TODAY) if r.countries == ["RU"]]
    done = follow_up_rows(3, today=TODAY)[2]  # "done"
    done.countries, done.completed_on = ["RU"], dt.date(2024, 5, 31)
    rows.append(done)
    for row in rows:
        row.meeting_reference = "ME-2024/017"
    return BriefingData(counterpart="Russia", country="RU", meetings=[earlier, seed_meeting()], follow_ups=rows)


def test_briefing_sections_and_content(tmp_path):
    path = write_briefing(_data(), tmp_path / "b.docx", lang="en", today=TODAY)
    blocks = body_blocks(path)
    assert blocks[0] == ("Title", "BRIEFING NOTE")
    assert blocks[1] == ("Subtitle", "Russia")
    assert [t for s, t in blocks if s == "Heading 1"] == [
        "Previous meetings",
        "Matters discussed and agreed at earlier meetings",
        "Follow-up actions still open",
        "Follow-up actions completed",
        "People met before",
    ]
    tables = [c for s, c in blocks if s == "<table>"]
    meetings, open_rows, done_rows, people = tables
    assert meetings[0] == ["No.", "Date", "Meeting", "Host side led by", "Guest side led by"]
    assert meetings[1][1] == "12 March 2024\nME-2024/017" and meetings[2][1] == "5 October 2023"  # newest first
    # each position printed once: the minister's at his first row, the adviser's in the people met
    assert meetings[1][3:] == ["Mikayil Jabbarov, Minister of Economy", "Ruslan Edelgeriev"]
    assert meetings[2][3:] == ["Mikayil Jabbarov", "Ruslan Edelgeriev"]
    # each meeting in short, newest first: its discussion's first sentences, then its decisions
    heads = [t for s, t in blocks if s == "Heading 3"]
    assert heads[0].startswith("12 March 2024 — Meeting with the delegation")
    assert heads[1] == "5 October 2023 — Working meeting on interregional cooperation"
    after_first = [t for s, t in blocks[blocks.index(("Heading 3", heads[0])) + 1 :]][:2]
    assert after_first[0].startswith("Expressing his satisfaction with his visit, Ruslan Edelgeriev noted")
    assert "dynamism of mutual trade" not in after_first[0]  # the second sentence would pass the length aimed at
    assert after_first[1].startswith("1.\tTo continue joint work")
    # open follow-ups: closed ones left out, overdue first and marked, the meeting by reference and date
    assert all("Done" not in row[4] and "Cancelled" not in row[4] for row in open_rows[1:])
    assert open_rows[1][3:5] == ["9 May 2024", "Deferred"]  # past its old deadline, deferred: not overdue
    assert open_rows[1][5].startswith("ME-2024/017\n") and "Meeting" not in open_rows[1][5]
    assert [row[3] for row in done_rows[1:]] == ["31 May 2024"]  # the completed ones too
    # people of the counterpart's side, named ones only, with the position they last held
    assert people[1:] == [
        ["1", "Ruslan Edelgeriev", "Adviser to the President of the Russian Federation", "12 March 2024"]
    ]
    assert texts(path).count("Adviser to the President of the Russian Federation") == 1
    assert texts(path).count("Minister of Economy") == 1
    assert "Meetings held: 2; last meeting: 12 March 2024; open follow-up actions: 2, of which overdue: 0." in texts(
        path
    )


def test_a_long_history_is_summarised_for_the_latest_meetings_only(tmp_path):
    meetings = []
    for n in range(SUMMARISED_MEETINGS + 3):
        meeting = seed_meeting()
        meeting.id, meeting.date = n + 1, dt.date(2020, 1, 1) + dt.timedelta(days=30 * n)
        meetings.append(meeting)
    path = write_briefing(
        BriefingData(counterpart="", country="RU", meetings=meetings), tmp_path / "b.docx", lang="ru", today=TODAY
    )
    blocks = body_blocks(path)
    assert len([t for s, t in blocks if s == "Heading 3"]) == SUMMARISED_MEETINGS
    assert f"Приведены сведения о последних встречах: {SUMMARISED_MEETINGS} из {len(meetings)}." in texts(path)
    assert len(next(c for s, c in blocks if s == "<table>")) == len(meetings) + 1  # all in the list of meetings


def test_the_discussion_in_short_falls_back_to_the_agenda_notes():
    meeting = seed_meeting()
    meeting.summary = ""
    assert discussion_in_short(meeting, "en").startswith("Minister Mikayil Jabbarov stressed the positive dynamics")


def test_first_sentences_keep_initials_and_dates_whole():
    text = "Mr. A. Karimov met the Minister on 5 мая 2024 г. Они обсудили транзит. A third sentence follows here."
    assert sentences(text)[0] == "Mr. A. Karimov met the Minister on 5 мая 2024 г. Они обсудили транзит."
    assert first_sentences("One. " + "word " * 200, limit=100).endswith("…")
    assert len(first_sentences("One. " + "word " * 200, limit=100)) <= 101


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
    path = write_briefing(
        BriefingData(counterpart="Türkiyə", country="TR"), tmp_path / "b.docx", lang="az", today=TODAY
    )
    body = texts(path)
    assert "ARAYIŞ" in body and "Türkiyə" in body
    assert "Əvvəlki görüşlər qeydə alınmayıb." in body
    assert "Tarix:\t1 iyun 2024" in body
