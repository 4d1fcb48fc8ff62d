"""Status reports, briefing notes and spreadsheets in the chosen language: actions, departments, owners, topics."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
from export_samples import follow_up_rows, texts
from language_checks import body_runs
from translated_samples import translated_meeting

from minutes_app.exports.briefing_docx import BriefingData, write_briefing
from minutes_app.exports.report_docx import write_status_report
from minutes_app.exports.tables import write_csv, write_xlsx

TODAY = dt.date(2024, 6, 1)


def _russian_row():
    row = follow_up_rows(1)[0]
    row.countries = ["RU"]
    row.topic_name, row.topic_names = "Agriculture", {"ru": "Сельское хозяйство", "az": "Kənd təsərrüfatı"}
    row.owner_name = "Mikayil Jabbarov"
    row.owner_names = {"ru": "Микаил Джаббаров", "az": "Mikayıl Cabbarov", "en": "Mikayil Jabbarov"}
    row.description, row.department = "Send the draft agreement", "Foreign Economic Relations Department"
    row.translations = {
        "description": {"ru": "Направить проект соглашения"},
        "department": {"ru": "Отдел внешнеэкономических связей"},
    }
    row.meeting_title, row.meeting_titles = "Meeting on agriculture", {"ru": "Встреча по вопросам сельского хозяйства"}
    return row


def test_report_in_russian_uses_translations_spellings_and_topic_names(tmp_path):
    row = _russian_row()
    path = write_status_report([row], tmp_path / "r.docx", lang="ru", today=TODAY)
    body = texts(path)
    for expected in (
        "Сельское хозяйство",
        "Направить проект соглашения",
        "Микаил Джаббаров, Отдел внешнеэкономических связей",
        "Встреча по вопросам сельского хозяйства",
    ):
        assert expected in body
    for english in ("Agriculture", "Send the draft", "Mikayil", "Foreign Economic", "Meeting on"):
        assert english not in body
    grouped = write_status_report([row], tmp_path / "d.docx", lang="ru", today=TODAY, group_by="department")
    assert "Отдел внешнеэкономических связей" in texts(grouped).splitlines()


def test_report_falls_back_to_the_original_tagged_with_its_language(tmp_path):
    row = _russian_row()
    row.translations = {}
    path = write_status_report([row], tmp_path / "r.docx", lang="ru", today=TODAY)
    runs = dict(body_runs(path))
    assert runs["Send the draft agreement"] == "en-GB"
    assert runs["Сельское хозяйство"] == "ru-RU"


def test_spreadsheets_in_russian(tmp_path):
    row = _russian_row()
    write_csv([row], tmp_path / "t.csv", lang="ru")
    data = list(csv.reader((tmp_path / "t.csv").read_text("utf-8-sig").splitlines(), delimiter=";"))[1]
    assert data[1:4] == ["Направить проект соглашения", "Микаил Джаббаров", "Отдел внешнеэкономических связей"]
    assert "Сельское хозяйство" in data and "Встреча по вопросам сельского хозяйства" in data
    write_xlsx([row], tmp_path / "t.xlsx", lang="az")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    values = [cell.value for cell in sheet[2]]
    assert "Mikayıl Cabbarov" in values and "Kənd təsərrüfatı" in values


def test_briefing_in_russian_prints_the_meetings_in_russian(tmp_path):
    meeting = translated_meeting()
    data = BriefingData(counterpart="", country="RU", meetings=[meeting], follow_ups=[_russian_row()])
    path = write_briefing(data, tmp_path / "b.docx", lang="ru", today=TODAY)
    body = texts(path)
    assert "Встреча с делегацией во главе с советником Президента Российской Федерации" in body
    assert "Изучить социально-экономические проекты межрегионального сотрудничества" in body
    assert "Микаил Джаббаров, министр экономики" in body
    assert "Meeting with" not in body and "To examine" not in body


def test_calendar_deadlines_in_russian(tmp_path):
    from icalendar import Calendar

    from minutes_app.exports.calendar_ics import write_ics

    row = _russian_row()
    row.status, row.due_date = "open", dt.date(2024, 7, 1)
    path = write_ics([], [row], tmp_path / "c.ics", lang="ru", installation_id="0123456789abcdef0123456789abcdef")
    event = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["summary"]) == "Срок исполнения: Направить проект соглашения"
    description = str(event["description"])
    assert "Микаил Джаббаров, Отдел внешнеэкономических связей" in description
    assert "Встреча по вопросам сельского хозяйства" in description
