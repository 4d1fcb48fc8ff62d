"""The status report: counts, grouping, overdue marks, progress and cancellation, size."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from docx import Document
from export_samples import body_blocks, follow_up_rows, texts

from minutes_app.domain.records import FollowUpRow
from minutes_app.exports.labels import format_date
from minutes_app.exports.progress import ExportCancelled
from minutes_app.exports.report_docx import is_overdue, report_counts, write_status_report

TODAY = dt.date(2024, 6, 1)


def _row(
    id_: int,
    *,
    countries=("RU",),
    topic="Trade",
    department="",
    status="open",
    due=None,
    done_on=None,
    meeting="Talks in Moscow",
    note="",
) -> FollowUpRow:
    return FollowUpRow(
        id=id_,
        meeting_id=1,
        meeting_title=meeting,
        meeting_date=dt.date(2024, 3, 12),
        countries=list(countries),
        description=f"Action {id_}",
        owner_id=None,
        owner_name="Leyla Mammadova",
        department=department,
        topic_id=None,
        topic_name=topic,
        priority="normal",
        status=status,
        due_date=due,
        completed_on=done_on,
        updated_at=None,
        last_note=note,
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


def test_deferred_follow_ups_are_never_overdue():
    deferred = _row(9, status="deferred", due=dt.date(2024, 5, 1))
    assert not is_overdue(deferred, TODAY)
    assert report_counts([deferred], TODAY, None) == (1, 0, 0)


def summary_tables(path) -> list[list[list[str]]]:
    """The summary's tables (nested in the first page's layout tables), each as rows of cell texts."""
    found = []
    for layout in Document(str(path)).tables:
        for cell in layout.rows[0].cells:
            for table in cell.tables:
                found.append([[c.text for c in row.cells] for row in table.rows])
    return found


def _with_references(rows: list[FollowUpRow]) -> list[FollowUpRow]:
    for row in rows:
        row.meeting_reference = "ME-2024/017"
    return rows


def test_report_opens_with_the_summary_then_lists_by_country_and_topic(tmp_path):
    path = write_status_report(
        _with_references(_sample()),
        tmp_path / "r.docx",
        lang="en",
        today=TODAY,
        period_start=dt.date(2024, 5, 1),
        filter_description="open, Russia",
    )
    blocks = body_blocks(path)
    assert blocks[0] == ("Title", "STATUS REPORT ON FOLLOW-UP ACTIONS")
    assert blocks[1] == ("Subtitle", "As of 1 June 2024")
    meta = [t for s, t in blocks if s == "Minutes Meta"]
    assert meta == ["Period:\t1 May 2024 – 1 June 2024", "Selection:\topen, Russia"]
    by_country, by_department = summary_tables(path)
    assert by_country[0] == ["Country", "Open", "of which overdue", "Completed in the period"]
    # a follow-up of two countries counts under each of them, once in the total; no country last
    assert by_country[1:] == [
        ["Kazakhstan", "1", "0", "0"],
        ["Russia", "2", "1", "1"],
        ["Türkiye", "1", "1", "0"],
        ["Uzbekistan", "1", "0", "0"],
        ["No country specified", "0", "0", "0"],
        ["Total", "4", "2", "1"],
    ]
    assert by_department[0][0] == "Department"
    assert by_department[1:] == [
        ["Investment Department", "1", "1", "0"],
        ["No department specified", "3", "1", "1"],
        ["Total", "4", "2", "1"],
    ]
    structure = [(s, t) for s, t in blocks if s in ("Heading 1", "Heading 2")]
    assert [t for _, t in structure] == [
        "Kazakhstan",
        "Transport and logistics",
        "Russia",
        "Investment",
        "Trade",
        "Türkiye",
        "No topic specified",
        "Uzbekistan",
        "Transport and logistics",
        "No country specified",
        "Trade",
    ]
    first_country = next(p for p in Document(str(path)).paragraphs if p.text == "Kazakhstan")
    assert first_country.paragraph_format.page_break_before  # the summary keeps the first page to itself
    tables = [c for s, c in blocks if s == "<table>"]
    trade = tables[-4]  # after the summary's layout table: Kazakhstan, then Russia's Investment and Trade
    assert trade[0] == ["No.", "Action", "Responsible", "Priority", "Deadline", "Status", "Meeting", "Last note"]
    assert [r[1] for r in trade[1:]] == ["Action 1", "Action 3", "Action 4"]  # overdue first, then the finished
    assert trade[1][3:] == [
        "Normal",
        "1 May 2024",
        "Open\nOverdue",
        "ME-2024/017\n12 March 2024",
        "Reminder sent to the embassy",
    ]
    assert trade[2][5] == "Done\n20 May 2024"  # done late is not overdue; the day it was done is shown


def test_overdue_come_first_and_deferred_are_not_marked(tmp_path):
    rows = [
        _row(1, due=dt.date(2024, 5, 20)),
        _row(2, due=dt.date(2024, 4, 1), status="deferred"),
        _row(3, due=dt.date(2024, 5, 25), status="in_progress"),
        _row(4, due=dt.date(2024, 3, 1)),
    ]
    path = write_status_report(rows, tmp_path / "r.docx", lang="en", today=TODAY)
    detail = [c for s, c in body_blocks(path) if s == "<table>"][-1]
    assert [r[1] for r in detail[1:]] == ["Action 4", "Action 1", "Action 3", "Action 2"]
    assert [r[5] for r in detail[1:]] == ["Open\nOverdue", "Open\nOverdue", "In progress\nOverdue", "Deferred"]
    (by_country, _) = summary_tables(path)
    assert by_country[-1] == ["Total", "4", "3", "0"]


def test_a_meeting_without_reference_is_cited_by_its_title_cut_short(tmp_path):
    long_title = "Meeting with the delegation led by the Deputy Prime Minister on trade and economic cooperation"
    path = write_status_report([_row(1, meeting=long_title)], tmp_path / "r.docx", lang="ru", today=TODAY)
    cell = [c for s, c in body_blocks(path) if s == "<table>"][-1][1][6]
    first, date = cell.split("\n")
    assert first.endswith("…") and len(first) <= 60 and long_title.startswith(first[:-1])
    assert date.replace("\xa0", " ") == format_date(dt.date(2024, 3, 12), "ru")


def test_no_completed_column_for_a_selection_of_unfinished_follow_ups(tmp_path):
    unfinished = [r for r in _sample() if r.status not in ("done", "cancelled")]
    path = write_status_report(
        unfinished,
        tmp_path / "r.docx",
        lang="az",
        today=TODAY,
        period_start=dt.date(2024, 5, 1),
        completed_possible=False,
        filter_description="açıq",
    )
    by_country, by_department = summary_tables(path)
    assert by_country[0] == ["Ölkə", "İcrası başa çatmamış", "o cümlədən icra müddəti keçmiş"]
    assert all(len(row) == 3 for row in by_country + by_department)
    assert "icra edilmiş" not in texts(path).casefold()


def test_summary_only_leaves_out_the_detail(tmp_path):
    path = write_status_report(_sample(), tmp_path / "r.docx", lang="en", today=TODAY, summary_only=True)
    blocks = body_blocks(path)
    assert not [t for s, t in blocks if s.startswith("Heading")]
    assert len(Document(str(path)).tables) == 1  # the summary's layout table alone
    assert summary_tables(path)[0][-1] == ["Total", "4", "2", "2"]


def test_the_summary_of_sixty_countries_stands_in_three_columns(tmp_path):
    from benchmarks.generate import COUNTRIES

    rows = [_row(i, countries=(code,), department=f"Department {i % 25 + 1}") for i, code in enumerate(COUNTRIES)]
    path = write_status_report(rows, tmp_path / "r.docx", lang="en", today=TODAY, summary_only=True)
    layouts = Document(str(path)).tables
    assert len(layouts) == 1 and len(layouts[0].columns) == 3  # side by side: one row of tables, one page
    tables = summary_tables(path)
    names = [row[0] for table in tables[:2] for row in table[1:]]
    assert len(names) == 61 and names[-1] == "Total"
    departments = [row[0] for row in tables[2][1:-1]]
    assert departments[:3] == ["Department 1", "Department 2", "Department 3"]  # 2 before 10
    assert departments[-1] == "Department 25"


def test_overdue_cells_are_emphasised(tmp_path):
    path = write_status_report([_row(1, due=dt.date(2024, 5, 1))], tmp_path / "r.docx", lang="en", today=TODAY)
    row = Document(str(path)).tables[-1].rows[1]
    runs = row.cells[5].paragraphs[0].runs
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
    detail = document.tables[1:]  # after the summary
    assert sum(len(t.rows) - 1 for t in detail) == 5000 + sum(1 for r in rows if len(r.countries) > 1)
