"""The status report: counts, grouping, overdue marks, progress and cancellation, size."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from docx import Document

from export_samples import body_blocks, follow_up_rows, texts
from minutes_app.domain.records import FollowUpRow
from minutes_app.exports.progress import ExportCancelled
from minutes_app.exports.report_docx import write_status_report
from minutes_app.exports.report_docx import report_counts

TODAY = dt.date(2024, 6, 1)


def _row(id_: int, *, countries=("RU",), topic="Trade", department="", status="open", due=None, done_on=None,
         meeting="Talks in Moscow", note="") -> FollowUpRow:
    return FollowUpRow(
        id=id_, meeting_id=1, meeting_title=meeting, meeting_date=dt.date(2024, 3, 12), countries=list(countries),
        description=f"Action {id_}", owner_id=None, owner_name="Leyla Mammadova", department=department,
        topic_id=None, topic_name=topic, priority="normal", status=status, due_date=due, completed_on=done_on,
        updated_at=None, last_note=note,
    )


def _sample() -> list[FollowUpRow]:
    return [
        _row(1, due=dt.date(2024, 5, 1), note="Reminder sent to the embassy"),  # overdue
        _row(2, due=dt.date(2024, 7, 1), topic="Investment"),
        _row(3, status="done", due=dt.date(2024, 5, 1), done_on=dt.date(2024, 5, 20)),  # done in the period
        _row(4, status="done", done_on=dt.date(2024, 1, 5)),  # done before the period
        _row(5, countries=("TR",), due=dt.date(2024, 5, 30), topic="", department="Investment Department"),
        _row(6, countries=(), status="cancelled", due=dt.date(2024, 1, 1)),  # closed: never overdue
        _row(7, countries=("KZ", "UZ"), due=dt.date(2024, 8, 1), topic="Transport and logistics"),
    ]


def test_counts_open_overdue_and_done_in_period():
    assert report_counts(_sample(), TODAY, dt.date(2024, 5, 1)) == (4, 2, 1)
    assert report_counts(_sample(), TODAY, None) == (4, 2, 2)


def test_report_counts_then_groups_by_country_then_topic(tmp_path):
    path = write_status_report(_sample(), tmp_path / "r.docx", lang="en", today=TODAY,
                               period_start=dt.date(2024, 5, 1), filter_description="All follow-ups")
    blocks = body_blocks(path)
    assert blocks[0] == ("Title", "STATUS REPORT ON FOLLOW-UP ACTIONS")
    assert blocks[1] == ("Subtitle", "As of 1 June 2024")
    meta = [t for s, t in blocks if s == "Minutes Meta"]
    assert meta == [
        "Period:\t1 May 2024 – 1 June 2024",
        "Selection:\tAll follow-ups",
        "Open follow-up actions:\t4",
        "of which overdue:\t2",
        "Completed in the period:\t1",
    ]
    structure = [t for s, t in blocks if s in ("Heading 1", "Heading 2")]
    assert structure == [
        "Kazakhstan", "Transport and logistics",
        "Russia", "Investment", "Trade",
        "Türkiye", "No topic specified",
        "Uzbekistan", "Transport and logistics",
        "No country specified", "Trade",
    ]
    # the Russia / Trade table: deadline order, overdue marked, meeting and last note shown
    tables = [c for s, c in blocks if s == "<table>"]
    trade = tables[2]
    assert trade[0] == ["No.", "Action", "Responsible", "Deadline", "Status", "Meeting", "Last note"]
    assert [r[1] for r in trade[1:]] == ["Action 1", "Action 3", "Action 4"]
    assert trade[1][3:] == ["1 May 2024", "Open\nOverdue", "Talks in Moscow\n12 March 2024",
                            "Reminder sent to the embassy"]
    assert trade[2][4] == "Done"  # done late is not overdue


def test_overdue_cells_are_emphasised(tmp_path):
    path = write_status_report([_row(1, due=dt.date(2024, 5, 1))], tmp_path / "r.docx", lang="en", today=TODAY)
    row = Document(str(path)).tables[0].rows[1]
    runs = row.cells[4].paragraphs[0].runs
    assert runs and all(run.bold for run in runs)
    assert str(runs[0].font.color.rgb) == "9C0006"
    assert not row.cells[1].paragraphs[0].runs[0].bold


def test_group_by_department_in_russian(tmp_path):
    path = write_status_report(_sample(), tmp_path / "r.docx", lang="ru", today=TODAY, group_by="department")
    body = texts(path)
    assert "ОТЧЁТ О ХОДЕ ВЫПОЛНЕНИЯ ДОГОВОРЁННОСТЕЙ" in body
    assert "По состоянию на 1 июня 2024 г." in body
    assert "Подразделение не указано" in body and "Investment Department" in body
    assert "Россия" in body and "Турция" in body
    assert "Просрочено" in body
    assert "Страна не указана" in body


def test_empty_report_says_so(tmp_path):
    body = texts(write_status_report([], tmp_path / "r.docx", lang="az", today=TODAY))
    assert "Seçim meyarlarına uyğun tədbir yoxdur." in body


def test_bad_grouping_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_status_report([], tmp_path / "r.docx", lang="en", today=TODAY, group_by="colour")


def test_progress_is_reported_and_cancel_leaves_nothing(tmp_path):
    rows = follow_up_rows(450, today=TODAY)
    target = tmp_path / "report.docx"
    target.write_bytes(b"last month's report")
    calls: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(ExportCancelled):
        write_status_report(rows, target, lang="en", today=TODAY, progress=cancel_halfway)
    assert target.read_bytes() == b"last month's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"]
    assert calls and calls[-1][0] >= calls[-1][1] // 2 and calls[-1][0] < calls[-1][1]

    seen: list[tuple[int, int]] = []
    write_status_report(rows, target, lang="en", today=TODAY, progress=lambda d, t: seen.append((d, t)) or True)
    total = seen[-1][1]
    assert total >= 450 and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_five_thousand_rows_take_seconds(tmp_path):
    rows = follow_up_rows(5000, today=TODAY)
    started = time.perf_counter()
    path = write_status_report(rows, tmp_path / "big.docx", lang="en", today=TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"{elapsed:.1f} s"
    document = Document(str(path))
    assert sum(len(t.rows) - 1 for t in document.tables) == 5000 + sum(1 for r in rows if len(r.countries) > 1)
