"""Importing old Word minutes: the app's own minutes come back, and a hand-made file gives what its structure shows."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from minutes_app.domain.errors import ImportFormatError
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.services.old_minutes import OldMinutesImporter
from minutes_app.services.old_minutes_reader import read_old_minutes
from minutes_app.services.text_dates import first_date, month_number

DEMO_DATE = dt.date(2026, 10, 15)


@pytest.mark.parametrize(
    ("lang", "title_start", "host", "guest"),
    [
        ("en", "Meeting of Minister of Economy Mikayil Jabbarov", "Mikayil Jabbarov", "Ruslan Edelgeriev"),
        ("ru", "Встреча министра экономики Микаила Джаббарова", "Микаил Джаббаров", "Руслан Эдельгериев"),
        ("az", "İqtisadiyyat naziri Mikayıl Cabbarovun", "Mikayıl Cabbarov", "Ruslan Edelgeriyev"),
    ],
)
def test_the_apps_own_minutes_come_back(
    tmp_path: Path, demo_services: Services, lang: str, title_start: str, host: str, guest: str
) -> None:
    source = DocumentService(demo_services).minutes(1, tmp_path / f"minutes-{lang}.docx", lang=lang)
    people_before = demo_services.directory.count_people()
    imported = OldMinutesImporter(demo_services).import_file(source)
    meeting = demo_services.meetings.get(imported.meeting.id)  # as stored
    assert meeting.title.startswith(title_start)
    assert meeting.date == DEMO_DATE and meeting.language == lang and meeting.countries == ["RU"]
    assert meeting.status == "minutes_drafted"
    sides = {a.side: a for a in meeting.attendances}
    assert [a.side for a in meeting.attendances] == ["host", "guest"]
    assert sides["host"].person is not None and sides["host"].person.name_in(lang) == host
    assert sides["guest"].person is not None and sides["guest"].person.name_in(lang) == guest
    # the people are the directory's own, found by their spelling in that language: nobody is added twice
    assert imported.new_people == [] and demo_services.directory.count_people() == people_before
    assert len(imported.found.representatives) == 4  # unnamed representatives are left for the officer
    # the original file is kept with the meeting, byte for byte
    [original] = demo_services.attachments.list_for("meeting", imported.meeting.id)
    assert imported.attached and original.file_name == source.name and not original.annex
    assert original.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()


def _bold(document: docx.document.Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def test_a_hand_made_file_with_bold_lines_and_a_table(tmp_path: Path, services: Services) -> None:
    document = docx.Document()
    document.add_paragraph("Для служебного пользования")
    _bold(document, "ПРОТОКОЛ")
    _bold(document, "совещания по вопросам торгового сотрудничества с Турецкой Республикой")
    document.add_paragraph("г. Баку, «3» марта 2025 г.")
    _bold(document, "Присутствовали:")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [("№", "ФИО", "Должность"), ("1", "Ахмедов Рашад", "начальник отдела"), ("2", "Мехмет Йылмаз", "советник")],
    ):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    _bold(document, "Повестка дня")
    document.add_paragraph("1. О торговом обороте за 2024 год (отчёт от 12.01.2025)")
    path = tmp_path / "старый протокол.docx"
    document.save(str(path))

    found = read_old_minutes(path)
    assert found.title == "совещания по вопросам торгового сотрудничества с Турецкой Республикой"
    assert found.date == dt.date(2025, 3, 3)  # the first date; the one in the agenda is a document's
    assert found.language == "ru"
    assert [(p.name, p.position) for p in found.participants] == [
        ("Ахмедов Рашад", "начальник отдела"),
        ("Мехмет Йылмаз", "советник"),
    ]
    imported = OldMinutesImporter(services).import_file(path)
    assert imported.new_people == ["Ахмедов Рашад", "Мехмет Йылмаз"]
    stored = services.meetings.get(imported.meeting.id)
    assert [a.person.name for a in stored.attendances if a.person] == ["Ахмедов Рашад", "Мехмет Йылмаз"]
    assert services.directory.find_person("Ахмедов Рашад") is not None


def test_a_hand_made_azerbaijani_file_with_headings_and_sides(tmp_path: Path, services: Services) -> None:
    document = docx.Document()
    document.add_paragraph("Görüşün protokolu", style="Title")
    document.add_paragraph("Gürcüstan nümayəndə heyəti ilə işçi görüş", style="Subtitle")
    document.add_paragraph("Tarix: 15.10.2026")
    document.add_heading("İştirakçılar", level=1)
    document.add_heading("Azərbaycan tərəfindən", level=2)
    document.add_paragraph("Əli Həsənov, şöbə müdiri (sədr)", style="List Number")
    document.add_heading("Gürcüstan tərəfindən", level=2)
    document.add_paragraph("Giorgi Beridze, səfir", style="List Number")
    document.add_paragraph("Gürcüstan Xarici İşlər Nazirliyinin nümayəndəsi", style="List Number")
    document.add_heading("Gündəlik", level=1)
    run = document.add_paragraph().add_run("Tranzit daşımalar")
    run.font.size = Pt(12)
    path = tmp_path / "protokol.docx"
    document.save(str(path))
    imported = OldMinutesImporter(services).import_file(path)
    meeting = services.meetings.get(imported.meeting.id)
    assert meeting.title == "Gürcüstan nümayəndə heyəti ilə işçi görüş"
    assert meeting.date == DEMO_DATE and meeting.language == "az"
    assert [(a.side, a.person.name if a.person else "", a.position) for a in meeting.attendances] == [
        ("host", "Əli Həsənov", "şöbə müdiri"),
        ("guest", "Giorgi Beridze", "səfir"),
    ]
    assert imported.found.representatives == ["Gürcüstan Xarici İşlər Nazirliyinin nümayəndəsi"]


def test_a_file_with_nothing_to_find_still_makes_a_meeting(tmp_path: Path, services: Services) -> None:
    document = docx.Document()
    path = tmp_path / "notes from the visit.docx"
    document.save(str(path))
    imported = OldMinutesImporter(services).import_file(path)
    assert imported.meeting.title == "notes from the visit" and imported.meeting.date is None
    assert "Date: (not found)" in imported.lines()


def test_the_original_is_attached_where_the_app_keeps_attachments(tmp_path: Path, demo_services: Services) -> None:
    source = DocumentService(demo_services).minutes(1, tmp_path / "m.docx", lang="en")
    kept: list[tuple[int, Path]] = []
    imported = OldMinutesImporter(demo_services, attach_original=lambda mid, f: kept.append((mid, f))).import_file(
        source
    )
    assert kept == [(imported.meeting.id, source)] and imported.attached


def test_not_a_word_file_is_refused(tmp_path: Path, services: Services) -> None:
    path = tmp_path / "minutes.docx"
    path.write_text("just text")
    with pytest.raises(ImportFormatError, match="not a Word document"):
        OldMinutesImporter(services).import_file(path)
    assert services.meetings.list_meetings() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 15 October 2026", DEMO_DATE),
        ("October 15, 2026", DEMO_DATE),
        ("Дата: 15\u00a0октября 2026 г.", DEMO_DATE),
        ("«15» окт. 2026 г.", DEMO_DATE),
        ("Tarix: 15 oktyabr 2026-cı il", DEMO_DATE),
        ("15-ci oktyabr 2026", DEMO_DATE),
        ("held on 15.10.2026 in Baku", DEMO_DATE),
        ("15/10/2026", DEMO_DATE),
        ("2026-10-15", DEMO_DATE),
        ("1 мая 2026", dt.date(2026, 5, 1)),
        ("12 iyun 2026", dt.date(2026, 6, 12)),
        ("12 iyul 2026", dt.date(2026, 7, 12)),
        ("31.02.2026, then 1 March 2026", dt.date(2026, 3, 1)),
        ("Room 2026", None),
    ],
)
def test_dates_in_the_three_languages(text: str, expected: dt.date | None) -> None:
    assert first_date(text) == expected


def test_month_names() -> None:
    assert [month_number(w) for w in ("Mar", "марта", "mart", "май", "may", "мастер", "iyun", "iyul")] == [
        3,
        3,
        3,
        5,
        5,
        None,
        6,
        7,
    ]
