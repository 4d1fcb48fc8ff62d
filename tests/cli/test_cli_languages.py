"""export-docx in a language the meeting is not fully translated into: refused with the list, or allowed."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from lxml import etree

from minutes_app.domain.records import AgendaItem, Decision, FollowUp, Meeting
from minutes_app.paths import resolve_paths
from minutes_app.services import open_services
from tests.cli.test_cli import run

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _english_meeting(data: Path) -> int:
    """A meeting entered in English only, saved in a real store under `data`."""
    services = open_services(resolve_paths(data_dir=str(data)))
    try:
        saved = services.meetings.save(
            Meeting(
                title="Working meeting on customs procedures",
                date=dt.date(2026, 10, 15),
                venue="Baku",
                language="en",
                countries=["RU"],
                status="held",
                agenda=[
                    AgendaItem(title="Customs procedures", notes="The parties reviewed the pilot."),
                    AgendaItem(title="Next steps", notes="The parties agreed to meet again."),
                ],
                decisions=[Decision(text="To extend the pilot to the Yalama checkpoint.")],
                follow_ups=[
                    FollowUp(
                        description="Send the draft protocol",
                        department="Customs Department",
                        due_date=dt.date(2026, 11, 1),
                    )
                ],
            )
        )
        assert saved.id is not None
        return saved.id
    finally:
        services.close()


def _runs(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    found = {}
    for run_element in root.iter(f"{_W}r"):
        text = "".join(t.text or "" for t in run_element.iter(f"{_W}t"))
        language = run_element.find(f"{_W}rPr/{_W}lang")
        if text.strip():
            found[text] = language.get(f"{_W}val") if language is not None else ""
    return found


def test_untranslated_meeting_is_refused_with_the_list_and_nothing_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = _english_meeting(data)
    out = tmp_path / "ru.docx"
    result = run("export-docx", str(meeting_id), str(out), "--lang", "ru", data=data)
    assert result.returncode == 3, result.stderr
    lines = [line.strip() for line in result.stderr.splitlines()]
    for expected in (
        "meeting: title",
        "meeting: venue",
        "agenda item 2: notes",
        "decision 1",
        "follow-up 1: action",
        "follow-up 1: department",
    ):
        assert expected in lines, result.stderr
    assert "--allow-untranslated" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_allow_untranslated_exports_with_english_tagged_as_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = _english_meeting(data)
    out = tmp_path / "ru.docx"
    result = run("export-docx", str(meeting_id), str(out), "--lang", "ru", "--allow-untranslated", data=data)
    assert result.returncode == 0, result.stderr
    runs = _runs(out)
    assert runs["Working meeting on customs procedures"] == "en-GB"
    assert runs["The parties reviewed the pilot."] == "en-GB"
    assert runs["ПРОТОКОЛ ВСТРЕЧИ"] == "ru-RU"
    assert runs["Send the draft protocol"] == "en-GB"


def test_agreed_minutes_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = _english_meeting(data)
    out = tmp_path / "agreed.docx"
    refused = run("export-docx", str(meeting_id), str(out), "--lang", "az", "--second-lang", "ru", data=data)
    assert refused.returncode == 3 and not out.exists()
    lines = [line.strip() for line in refused.stderr.splitlines()]
    assert "Azerbaijani: meeting: title" in lines and "Russian: decision 1" in lines
    same = run("export-docx", str(meeting_id), str(out), "--lang", "ru", "--second-lang", "ru", data=data)
    assert same.returncode == 1 and "two different languages" in same.stderr and not out.exists()
    for layout in ("columns", "consecutive"):
        result = run(
            "export-docx",
            str(meeting_id),
            str(out),
            "--lang",
            "az",
            "--second-lang",
            "en",
            "--layout",
            layout,
            "--allow-untranslated",
            data=data,
        )
        assert result.returncode == 0, result.stderr
        assert "agreed minutes" in result.stdout
        runs = _runs(out)
        assert runs["RAZILAŞDIRILMIŞ PROTOKOL"] == "az-Latn-AZ" and runs["AGREED MINUTES"] == "en-GB"
        assert runs["To extend the pilot to the Yalama checkpoint."] == "en-GB"
