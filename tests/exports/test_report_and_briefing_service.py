"""The status report and the briefing note from a real store: period, selection, references, organisations."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from export_samples import body_blocks, texts

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.records import Attendance, FollowUp, Meeting, Organisation, Person
from minutes_app.services.documents import DocumentService
from minutes_app.services.report_scope import report_period, year_before

TODAY = dt.date(2026, 11, 27)
SUMMARY = (
    "The parties reviewed the cargo volumes carried on the Baku–Tashkent route in the first half of the year. "
    "They agreed to simplify the border procedures for transit wagons. "
    "The Uzbek side presented its plans for a new logistics centre in Termez, and asked for data on tariffs. "
    "Finally, the parties exchanged views on the forthcoming session of the intergovernmental commission."
)


def _summary_tables(path) -> list[list[list[str]]]:
    found = []
    for layout in Document(str(path)).tables:
        for cell in layout.rows[0].cells:
            found.extend([[c.text for c in row.cells] for row in table.rows] for table in cell.tables)
    return found


@pytest.fixture
def store(sqlite_services):
    """Two meetings with Uzbekistan, one hosted by Uzbek Railways, whose deputy chairman came to both."""
    services = sqlite_services
    railways = services.directory.save_organisation(
        Organisation(
            name="Uzbek Railways",
            name_en="Uzbek Railways",
            name_az="Özbəkistan Dəmir Yolları",
            name_ru="Узбекские железные дороги",
            kind="company",
            country="UZ",
        )
    )
    deputy = services.directory.save_person(
        Person(
            name="Akmal Karimov",
            name_en="Akmal Karimov",
            name_az="Akmal Kərimov",
            name_ru="Акмаль Каримов",
            position="Deputy Chairman of the Board",
            organisation_id=railways.id,
        )
    )
    minister = services.directory.save_person(Person(name="Mikayil Jabbarov", position="Minister of Economy"))
    people = [
        Attendance(person_id=minister.id, side="host", role="head_of_delegation", position="Minister of Economy"),
        Attendance(
            person_id=deputy.id, side="guest", role="head_of_delegation", position="Deputy Chairman of the Board"
        ),
    ]
    services.meetings.save(
        Meeting(
            title="Talks on transit cargo between Azerbaijan and Uzbekistan",
            date=dt.date(2025, 5, 10),
            countries=["UZ"],
            reference_number="ME/UZ-2025/101",
            language="en",
            summary=SUMMARY,
            attendances=[
                Attendance(**{k: getattr(a, k) for k in ("person_id", "side", "role", "position")}) for a in people
            ],
            follow_ups=[
                FollowUp(description="Send the tariff data", due_date=dt.date(2026, 1, 10)),  # overdue
                FollowUp(description="Draft the transit protocol", due_date=dt.date(2027, 2, 1)),
                FollowUp(
                    description="Agree the wagon inspection rules", due_date=dt.date(2026, 3, 1), status="deferred"
                ),
                FollowUp(description="Exchange contact points", status="done", completed_on=dt.date(2024, 1, 5)),
                FollowUp(description="Share the cargo statistics", status="done", completed_on=dt.date(2026, 3, 1)),
            ],
        )
    )
    services.meetings.save(
        Meeting(
            title="Working group on transport",
            date=dt.date(2026, 9, 15),
            countries=["UZ"],
            language="en",
            reference_number="ME/UZ-2026/044",
            host_organisation_id=railways.id,
            summary="The working group met in Tashkent. It discussed the timetable of container trains.",
            attendances=people,
            follow_ups=[
                FollowUp(
                    description="Publish the container timetable", status="done", completed_on=dt.date(2026, 10, 1)
                )
            ],
        )
    )
    return services


def test_the_default_period_is_the_last_twelve_months():
    period = report_period(TODAY)
    assert (period.start, period.end) == (dt.date(2025, 11, 27), TODAY)
    assert year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    with pytest.raises(ValidationError):
        report_period(TODAY, dt.date(2026, 12, 1))


def test_old_finished_follow_ups_are_left_out_unless_asked_for(store, tmp_path):
    documents = DocumentService(store)
    path = documents.status_report(FollowUpFilter(), tmp_path / "r.docx", lang="en", today=TODAY)
    body = texts(path)
    assert "Period:\t27 November 2025 – 27 November 2026" in body
    assert "Selection:\tall follow-up actions" in body
    assert "Actions completed or cancelled before 27 November 2025 are not listed." in body
    assert "Exchange contact points" not in body and "Share the cargo statistics" in body
    by_country = _summary_tables(path)[0]
    assert by_country[1:] == [["Uzbekistan", "3", "1", "2"], ["Total", "3", "1", "2"]]  # deferred is not overdue

    path = documents.status_report(FollowUpFilter(), tmp_path / "all.docx", lang="en", today=TODAY, all_closed=True)
    body = texts(path)
    assert "Exchange contact points" in body and "are not listed" not in body
    assert _summary_tables(path)[0][-1] == ["Total", "3", "1", "2"]  # still done in the period only


def test_rows_cite_the_meeting_by_reference_and_date_overdue_first(store, tmp_path):
    path = DocumentService(store).status_report(FollowUpFilter(), tmp_path / "r.docx", lang="en", today=TODAY)
    detail = [c for s, c in body_blocks(path) if s == "<table>"][-1]
    assert detail[1][1] == "Send the tariff data" and detail[1][5] == "Open\nOverdue"
    assert detail[1][6] == "ME/UZ-2025/101\n10 May 2025"
    assert all("Talks on transit cargo" not in cell for row in detail for cell in row)
    deferred = next(row for row in detail if row[1] == "Agree the wagon inspection rules")
    assert deferred[5] == "Deferred"


def test_the_selection_is_printed_in_the_report_language_without_an_impossible_completed_count(store, tmp_path):
    flt = FollowUpFilter(statuses=["open"], country="UZ", due_to=dt.date(2027, 1, 1))
    documents = DocumentService(store)
    body = texts(documents.status_report(flt, tmp_path / "en.docx", lang="en", today=TODAY))
    assert "Selection:\topen, Uzbekistan, due by 1 January 2027" in body
    assert "Completed" not in body
    ru = documents.status_report(flt, tmp_path / "ru.docx", lang="ru", today=TODAY)
    assert "Критерии отбора:\tне выполнено, Узбекистан, со сроком исполнения до 1 января 2027" in texts(ru).replace(
        "\xa0", " "
    )
    assert all(len(row) == 3 for table in _summary_tables(ru) for row in table)


def test_summary_only(store, tmp_path):
    path = DocumentService(store).status_report(
        FollowUpFilter(), tmp_path / "r.docx", lang="az", today=TODAY, summary_only=True
    )
    assert len(Document(str(path)).tables) == 1
    assert _summary_tables(path)[0][1] == ["Özbəkistan", "3", "1", "2"]


def test_country_briefing_summarises_earlier_meetings_and_lists_completed_follow_ups(store, tmp_path):
    path = DocumentService(store).briefing("UZ", tmp_path / "b.docx", lang="en", today=TODAY)
    blocks = body_blocks(path)
    body = texts(path)
    assert [t for s, t in blocks if s == "Heading 1"] == [
        "Previous meetings",
        "Matters discussed and agreed at earlier meetings",
        "Follow-up actions still open",
        "Follow-up actions completed",
        "People met before",
    ]
    # the first sentences of the summary, not all of it
    assert "The parties reviewed the cargo volumes" in body and "logistics centre in Termez" in body
    assert "Finally" not in body
    assert "The working group met in Tashkent. It discussed the timetable of container trains." in body
    tables = [c for s, c in blocks if s == "<table>"]
    meetings, open_rows, done_rows, people = tables
    assert meetings[1][1] == "15 September 2026\nME/UZ-2026/044"
    assert meetings[1][3:] == ["Mikayil Jabbarov, Minister of Economy", "Akmal Karimov"]  # positions once
    assert meetings[2][3:] == ["Mikayil Jabbarov", "Akmal Karimov"]
    assert open_rows[1][5] == "ME/UZ-2025/101\n10 May 2025"
    assert [r[1] for r in done_rows[1:]] == [
        "Publish the container timetable",
        "Share the cargo statistics",
        "Exchange contact points",
    ]
    assert done_rows[1][3:] == ["1 October 2026", "ME/UZ-2026/044\n15 September 2026"]
    assert people[1:] == [["1", "Akmal Karimov", "Deputy Chairman of the Board, Uzbek Railways", "15 September 2026"]]
    assert body.count("Deputy Chairman of the Board") == 1 and body.count("Minister of Economy") == 1


def test_organisation_briefing(store, tmp_path):
    railways = store.directory.find_organisation("Uzbek Railways")
    path = DocumentService(store).organisation_briefing(railways.id, tmp_path / "b.docx", lang="ru", today=TODAY)
    blocks = body_blocks(path)
    assert blocks[1] == ("Subtitle", "Узбекские железные дороги")
    body = texts(path)
    assert "Проведено встреч: 2" in body
    assert "Акмаль Каримов" in body
    tables = [c for s, c in blocks if s == "<table>"]
    assert [r[1] for r in tables[1][1:]] == [
        "Send the tariff data",
        "Agree the wagon inspection rules",
        "Draft the transit protocol",
    ]
    assert len(tables[2]) == 4  # three completed
