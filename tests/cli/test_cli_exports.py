"""The export subcommands end to end: each file is opened again and checked."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
from icalendar import Calendar

from tests.cli.test_cli import run


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_every_export_of_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    for lang, name, label in (
        ("en", "Mikayil Jabbarov", "Participants"),
        ("az", "Mikayıl Cabbarov", "İştirakçılar"),
        ("ru", "Микаил Джаббаров", "Участники"),
    ):
        out = tmp_path / f"minutes-{lang}.docx"
        # the sample may still be English only: its texts are then printed as written (issue 11)
        result = run("export-docx", "1", str(out), "--lang", lang, "--allow-untranslated", data=data)
        assert result.returncode == 0, result.stderr
        text = _text(out)
        assert name in text and label in text
    assert run("report", str(tmp_path / "r.docx"), "--overdue", data=data).returncode == 0
    assert "Prepare a presentation of investment projects" in _text(tmp_path / "r.docx")
    assert run("briefing", "RU", str(tmp_path / "b.docx"), data=data).returncode == 0
    assert "Ruslan Edelgeriev" in _text(tmp_path / "b.docx")
    assert run("export-ics", str(tmp_path / "c.ics"), "--all", data=data).returncode == 0  # whenever the test runs
    calendar = Calendar.from_ical((tmp_path / "c.ics").read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == 1 + 7
    assert run("export-csv", str(tmp_path / "t.csv"), "--topic", "Trade", data=data).returncode == 0
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 2
    assert run("export-xlsx", str(tmp_path / "t.xlsx"), data=data).returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet.max_row == 8


def test_failed_export_leaves_the_old_file_and_says_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"precious earlier version")
    bad_template = tmp_path / "letterhead.docx"
    bad_template.write_bytes(b"PK\x03\x04 truncated")
    result = run("export-docx", "1", str(out), "--template", str(bad_template), data=data)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "template" in result.stderr.lower()
    assert out.read_bytes() == b"precious earlier version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "letterhead.docx", "minutes.docx"]
    unknown = run("export-docx", "99", str(tmp_path / "x.docx"), data=data)
    assert unknown.returncode == 1 and "meeting 99 does not exist" in unknown.stderr


def test_calendar_period_and_csv_delimiter_options(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    # the sample meeting is on 15 October 2026; five of its seven deadlines are from 30 November 2026 on
    result = run("export-ics", str(tmp_path / "c.ics"), "--since", "2026-11-30", "--lang", "az", data=data)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical((tmp_path / "c.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 5 and all(str(e["SUMMARY"]).startswith("İcra müddəti: ") for e in events)
    assert all(e.walk("VALARM")[0].decoded("TRIGGER").days == -1 for e in events)
    assert "minutes-app.invalid" not in (tmp_path / "c.ics").read_text(encoding="utf-8")
    refused = run("export-ics", str(tmp_path / "d.ics"), "--since", "2026-11-30", "--all", data=data)
    assert refused.returncode == 2 and "not allowed with" in refused.stderr and not (tmp_path / "d.ics").exists()

    assert run("export-csv", str(tmp_path / "ru.csv"), "--lang", "ru", data=data).returncode == 0
    assert (tmp_path / "ru.csv").read_text(encoding="utf-8-sig").startswith("ID;Мероприятие;")
    assert (
        run("export-csv", str(tmp_path / "comma.csv"), "--lang", "ru", "--delimiter", "comma", data=data).returncode
        == 0
    )
    assert (tmp_path / "comma.csv").read_text(encoding="utf-8-sig").startswith("ID,Мероприятие,")
    bad = run("export-csv", str(tmp_path / "bad.csv"), "--delimiter", "pipe", data=data)
    assert bad.returncode == 2 and "'pipe' is not comma, semicolon or tab" in bad.stderr
    assert not (tmp_path / "bad.csv").exists()


def test_report_options_and_organisation_briefing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    out = tmp_path / "summary.docx"
    result = run(
        "report",
        str(out),
        "--status",
        "open",
        "--country",
        "RU",
        "--summary-only",
        "--lang",
        "ru",
        "--since",
        "2026-01-01",
        "--until",
        "2026-12-31",
        data=data,
    )
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Период:\t1 января 2026 г. – 31 декабря 2026 г." in [p.replace("\xa0", " ") for p in paragraphs]
    assert "Критерии отбора:\tне выполнено, Россия" in paragraphs
    assert len(document.tables) == 1 and not any(p.style.name.startswith("Heading") for p in document.paragraphs)
    assert "Выполнено" not in _text(out)  # a selection of open follow-ups has nothing completed to count

    bad = run("report", str(tmp_path / "bad.docx"), "--since", "2026-12-31", "--until", "2026-01-01", data=data)
    assert bad.returncode != 0 and "period" in bad.stderr and not (tmp_path / "bad.docx").exists()

    briefing = tmp_path / "office.docx"
    result = run(
        "briefing",
        "--organisation",
        "Executive Office of the President of the Russian Federation",
        str(briefing),
        data=data,
    )
    assert result.returncode == 0, result.stderr
    text = _text(briefing)
    assert "Executive Office of the President of the Russian Federation" in text and "Ruslan Edelgeriev" in text
    neither = run("briefing", str(tmp_path / "x.docx"), data=data)
    assert neither.returncode != 0 and "--organisation" in neither.stderr
    unknown = run("briefing", "--organisation", "No such office", str(tmp_path / "x.docx"), data=data)
    assert unknown.returncode != 0 and "No such office" in unknown.stderr


def test_export_commands_use_the_services_one_document_service(tmp_path: Path) -> None:
    """The commands reach the documents through `services.documents`, so the export code loads only when one runs."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import minutes_app.cli as cli\n"
        "for module in pkgutil.iter_modules(cli.__path__):\n"
        "    importlib.import_module('minutes_app.cli.' + module.name)\n"
        "print('minutes_app.services.documents' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
