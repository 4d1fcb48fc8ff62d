"""The minutes document: order of sections, participants, languages, robustness, properties, speed."""

from __future__ import annotations

import datetime as dt
import time
import zipfile

import pytest
from docx import Document
from export_samples import body_blocks, seed_meeting, texts
from translated_samples import translated_meeting

from minutes_app.domain.records import Attendance, FollowUp, Meeting, Organisation, Person
from minutes_app.exports.minutes_docx import write_minutes


def _headings(path, level: str = "Heading 1") -> list[str]:
    return [text for style, text in body_blocks(path) if style == level]


def _section(path, heading: str) -> list[str]:
    """Paragraph texts after `heading` up to the next Heading 1."""
    out, inside = [], False
    for style, text in body_blocks(path):
        if style == "Heading 1":
            inside = text == heading
            continue
        if inside and style != "<table>":
            out.append(text)
    return out


def test_sections_come_in_the_official_order(tmp_path, meeting):
    path = write_minutes(meeting, tmp_path / "m.docx", lang="en", prepared_by_position="Chief adviser")
    blocks = body_blocks(path)
    styles_texts = [(s, t) for s, t in blocks if s != "<table>"]
    assert styles_texts[0] == ("Minutes Marking", "FOR OFFICIAL USE ONLY")
    assert styles_texts[1] == ("Title", "MINUTES OF THE MEETING")
    assert styles_texts[2][1].startswith("Meeting with the delegation led by Ruslan Edelgeriev")
    meta = [t for s, t in styles_texts if s == "Minutes Meta"]
    assert meta[:5] == [
        "Reference No.:\tME-2024/017",
        "Date:\t12 March 2024",
        "Time:\t11:00–12:30",
        "Venue:\tMinistry of Economy, 84 Uzeyir Hajibeyov Street, Baku",
        "Partner country:\tRussian Federation",
    ]
    assert _headings(path) == [
        "Participants",
        "Agenda",
        "Summary of the discussion",
        "Agreements reached",
        "Follow-up actions",
    ]
    assert _headings(path, "Heading 2") == ["From the Azerbaijani side", "From the Russian side"]
    # the follow-up table comes after the decisions, and the signature block last
    kinds = [s for s, _ in blocks]
    follow_heading = blocks.index(("Heading 1", "Follow-up actions"))
    assert kinds[follow_heading + 1] == "<table>"
    signature = blocks[-1]
    assert signature[0] == "<table>"
    assert signature[1][0] == ["Prepared by:", "Approved by:"]
    assert "Leyla Mammadova\nChief adviser" in signature[1][1][0]


def test_participants_by_side_in_order_of_precedence(tmp_path, meeting):
    path = write_minutes(meeting, tmp_path / "m.docx", lang="en")
    participants = _section(path, "Participants")
    host = participants[1 : participants.index("From the Russian side")]
    guest = participants[participants.index("From the Russian side") + 1 :]
    assert host == [
        "1.\tMikayil Jabbarov, Minister of Economy, Ministry of Economy of the Republic of Azerbaijan "
        "(head of delegation)",
        "2.\tLeyla Mammadova, Chief adviser, Foreign Economic Relations Department, Ministry of Economy of the "
        "Republic of Azerbaijan (note-taker)",
    ]
    assert guest == [
        "1.\tRuslan Edelgeriev, Adviser to the President of the Russian Federation (head of delegation)",
        "2.\tRepresentative of the Ministry of Foreign Affairs of the Russian Federation",
        "3.\tRepresentative of the Embassy of the Russian Federation in the Republic of Azerbaijan",
        "4.\tRepresentative of the Trade Representative Office of the Russian Federation in the Republic of Azerbaijan",
        '5.\tRepresentative of the Regional Council of the "Movement of the First" of the Chechen Republic',
    ]


def test_absent_participants_are_left_out_and_other_side_shown_when_used(tmp_path, meeting):
    meeting.attendances.append(
        Attendance(side="guest", precedence=9, present=False, person=Person(name="Absent Person"), person_id=99)
    )
    meeting.attendances.append(Attendance(side="other", organisation=Organisation(name="World Bank")))
    path = write_minutes(meeting, tmp_path / "m.docx")
    body = texts(path)
    assert "Absent Person" not in body
    assert _headings(path, "Heading 2") == ["From the Azerbaijani side", "From the Russian side", "Other participants"]
    assert "1.\tRepresentative of the World Bank" in _section(path, "Participants")


def test_position_held_at_the_meeting_wins_over_a_later_one(tmp_path, meeting):
    jabbarov = meeting.side("host")[0]
    jabbarov.person.position = jabbarov.person.position_en = "Prime Minister"  # promoted since
    path = write_minutes(meeting, tmp_path / "m.docx")
    assert _section(path, "Participants")[1].startswith("1.\tMikayil Jabbarov, Minister of Economy,")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "az",
            [
                "GÖRÜŞÜN PROTOKOLU",
                "İştirakçılar",
                "Azərbaycan tərəfindən",
                "Rusiya tərəfindən",
                "Gündəlik",
                "Müzakirələrin xülasəsi",
                "Əldə olunmuş razılaşmalar",
                "Əldə olunmuş razılaşmaların icrası üzrə tədbirlər planı",
                "Tarix:\t12 mart 2024-cü il",
                "Mikayıl Cabbarov, iqtisadiyyat naziri, Azərbaycan Respublikasının "
                "İqtisadiyyat Nazirliyi (nümayəndə heyətinin rəhbəri)",
                "Ruslan Edelgeriyev, Rusiya Federasiyası Prezidentinin müşaviri",
                "Rusiya Federasiyası Xarici İşlər Nazirliyinin nümayəndəsi",
                "XİDMƏTİ İSTİFADƏ ÜÇÜN",
                "Tərəfdaş ölkə:\tRusiya Federasiyası",
                "İcra müddəti",
                "Məsul icraçı",
                "Səhifə",
            ],
        ),
        (
            "ru",
            [
                "ПРОТОКОЛ ВСТРЕЧИ",
                "Участники",
                "С азербайджанской стороны",
                "С российской стороны",
                "Повестка дня",
                "Краткое содержание обсуждения",
                "Достигнутые договорённости",
                "План мероприятий по выполнению договорённостей",
                "Дата:\t12 марта 2024 г.",
                "Микаил Джаббаров, министр экономики, Министерство экономики "
                "Азербайджанской Республики (глава делегации)",
                "Руслан Эдельгериев, советник Президента Российской Федерации",
                "Представитель Министерства иностранных дел Российской Федерации",
                "Представитель Посольства Российской Федерации в Азербайджанской Республике",
                "Представитель Торгового представительства Российской Федерации",
                "Представитель Регионального совета «Движения первых» Чеченской Республики",
                "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
                "Страна-партнёр:\tРоссийская Федерация",
                "Ответственный исполнитель",
                "Срок",
                "Страница",
                "Подготовил(а):",
                "Утвердил(а):",
            ],
        ),
        ("en", ["MINUTES OF THE MEETING", "Mikayil Jabbarov", "Ruslan Edelgeriev", "Deadline", "Page"]),
    ],
)
def test_labels_dates_and_spellings_follow_the_language(tmp_path, lang, expected):
    path = write_minutes(translated_meeting(), tmp_path / f"m-{lang}.docx", lang=lang)
    document = Document(str(path))
    footer = "".join(p.text for p in document.sections[0].footer.paragraphs)
    body = texts(path) + "\n" + footer
    for text in expected:
        assert text in body, text
    numbered = "\n".join(t for s, t in body_blocks(path) if s == "Minutes Numbered")
    for other in {"en": ("Cabbarov", "Джаббаров"), "az": ("Jabbarov", "Джаббаров"), "ru": ("Jabbarov", "Cabbarov")}[
        lang
    ]:
        assert other not in numbered


def test_follow_up_table_rows(tmp_path, meeting):
    path = write_minutes(meeting, tmp_path / "m.docx")
    tables = [content for style, content in body_blocks(path) if style == "<table>"]
    follow_ups = tables[0]
    # what was agreed, without the live status (that belongs to the report); dates do not break
    assert follow_ups[0] == ["No.", "Action", "Responsible", "Deadline"]
    assert follow_ups[1][0] == "1"
    assert follow_ups[1][1].startswith("Send the Russian side the presentation")
    assert follow_ups[1][2:] == ["Leyla Mammadova, Foreign Economic Relations Department", "15\u00a0April\u00a02024"]
    assert follow_ups[2][2:] == ["Regional Development Department", "31\u00a0May\u00a02024"]
    assert follow_ups[3][2:] == ["Leyla Mammadova", "29\u00a0March\u00a02024"]
    # the header row repeats on every page
    document = Document(str(path))
    assert document.tables[0].rows[0]._tr.xpath("./w:trPr/w:tblHeader")


def test_discussion_item_by_item_then_general(tmp_path, meeting):
    path = write_minutes(meeting, tmp_path / "m.docx")
    items = _headings(path, "Heading 3")
    assert items[0] == "1. Diversification of the economic partnership between Azerbaijan and Russia"
    assert items[-1] == "General discussion"
    assert len(items) == 5
    decisions = _section(path, "Agreements reached")
    assert decisions[0].startswith("1.\tTo continue joint work")
    assert decisions[2].startswith("3.\tTo present the opportunities")


def test_page_x_of_y_footer_uses_fields(tmp_path, meeting):
    path = write_minutes(meeting, tmp_path / "m.docx", lang="ru")
    footer = Document(str(path)).sections[0].footer._element
    instructions = [
        t.text.strip() for t in footer.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")
    ]
    assert [i.split()[0] for i in instructions] == ["PAGE", "NUMPAGES"]
    assert "Страница" in "".join(
        t.text or "" for t in footer.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
    )


def test_core_properties_are_ours(tmp_path, meeting):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None) - dt.timedelta(seconds=2)
    path = write_minutes(meeting, tmp_path / "m.docx", author="Leyla Mammadova")
    props = Document(str(path)).core_properties
    assert props.title.startswith("Minutes of the meeting: Meeting with the delegation")
    assert props.author == props.last_modified_by == "Leyla Mammadova"
    assert props.subject == meeting.title
    assert props.comments == "" and props.keywords == ""
    assert props.created.replace(tzinfo=None) >= before
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert b"python-docx" not in archive.read(name), name


def test_control_characters_are_dropped(tmp_path, meeting):
    meeting.title = "Talks\x00 on\x0b trade\x1f"
    meeting.summary = "Line one\x0c\nLine\ufffe two \ud800done"
    meeting.follow_ups[0].description = "Send\x08 the letter"
    meeting.attendances[0].person.name_en = "Mikayil\x01 Jabbarov"
    path = write_minutes(meeting, tmp_path / "m.docx")
    body = texts(path)
    assert "Talks on trade" in body
    assert "Line one" in body and "Line two done" in body
    assert "Send the letter" in body
    assert "Mikayil Jabbarov" in body
    for bad in ("\x00", "\x0b", "\x1f", "\x0c", "\ufffe", "\x08", "\x01"):
        assert bad not in body


def test_a_one_megabyte_summary_exports(tmp_path, meeting):
    line = "The parties reviewed the progress of the joint projects in detail, sector by sector. " * 2
    meeting.summary = "\n".join(f"{n}. {line}" for n in range(6000))
    assert len(meeting.summary) > 1_000_000
    path = write_minutes(meeting, tmp_path / "big.docx")
    paragraphs = [t for s, t in body_blocks(path) if s == "Normal" and t]
    assert len(paragraphs) >= 6000
    assert paragraphs[-1].startswith("5999. The parties")


def test_one_line_megabyte_summary_exports(tmp_path, meeting):
    meeting.summary = "x" * 1_100_000
    path = write_minutes(meeting, tmp_path / "big.docx")
    assert any(len(t) == 1_100_000 for _, t in body_blocks(path) if isinstance(t, str))


def test_empty_meeting_still_makes_a_document(tmp_path):
    path = write_minutes(Meeting(), tmp_path / "empty.docx", lang="az")
    blocks = body_blocks(path)
    assert blocks[0] == ("Title", "GÖRÜŞÜN PROTOKOLU")
    assert _headings(path) == []


def _big_meeting() -> Meeting:
    meeting = seed_meeting()
    organisation = Organisation(name="Ministry of Economy of the Republic of Azerbaijan")
    meeting.attendances = [
        Attendance(
            id=i,
            person_id=i,
            side="host" if i % 2 else "guest",
            precedence=i,
            person=Person(id=i, name=f"Person {i}", position="Head of department"),
            organisation=organisation,
        )
        for i in range(40)
    ]
    meeting.follow_ups = [
        FollowUp(
            id=i,
            description=f"Action {i}: prepare the draft memorandum",
            owner_name="Leyla Mammadova",
            department="Foreign Economic Relations Department",
            due_date=dt.date(2024, 5, 1 + i % 28),
        )
        for i in range(30)
    ]
    return meeting


def test_forty_attendees_and_thirty_follow_ups_are_fast(tmp_path):
    meeting = _big_meeting()
    write_minutes(meeting, tmp_path / "warm.docx")  # imports and the template cache warm up
    started = time.perf_counter()
    path = write_minutes(meeting, tmp_path / "big.docx")
    elapsed = time.perf_counter() - started
    tables = [c for s, c in body_blocks(path) if s == "<table>"]
    assert len(tables[0]) == 31
    assert elapsed < 1.0, f"{elapsed:.2f} s (target 0.3 s)"
