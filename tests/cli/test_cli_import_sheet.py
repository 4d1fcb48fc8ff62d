"""`minutes-app import-sheet` and `undo-import`: dry run, refusal on bad rows, skipping, repeat and undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks.sheet_files import RU_HEADERS, write_titled_sheet
from minutes_app.cli.main import main

D = dt.datetime


def _sheet(tmp_path: Path) -> Path:
    rows: list[list[object]] = [
        [D(2026, 3, 12), "Грузия", "Переговоры в Тбилиси", "Подготовить меморандум", "Рашад Алиев", "Отдел Европы",
         D(2026, 4, 30), "В работе", "Высокий", "Торговля", None],
        [D(2026, 3, 12), "Грузия", "Переговоры в Тбилиси", "Направить письмо", None, None, None, "Висит", None,
         None, None],
        ["32.13.2026", "Грузия", "Встреча", "Что-то", None, None, None, None, None, None, None],
    ]  # fmt: skip
    return write_titled_sheet(tmp_path / "sheet.xlsx", RU_HEADERS, rows)


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_dry_run_lists_meetings_and_every_error_then_import_and_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    sheet = _sheet(tmp_path)
    code, out = _run(capsys, data, "import-sheet", str(sheet), "--dry-run")
    assert code == 1
    assert "column names in row 4" in out and "column A 'Дата встречи'" in out
    assert "row 6: status: 'Висит' is not a status this app knows" in out
    assert "row 7: meeting date: '32.13.2026' is not a date" in out
    assert "New people for the directory: Рашад Алиев" in out
    assert "Would create 1 meetings" in out and "Georgia: Переговоры в Тбилиси (1 follow-ups)" in out

    code, out = _run(capsys, data, "import-sheet", str(sheet))
    assert code == 1 and "Nothing was imported" in out
    code, out = _run(capsys, data, "list", "meetings", "--json")
    assert json.loads(out) == []

    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"meeting_date": "A", "country": "B", "title": "C", "action": "D",
                                   "status": "Статус", "values": {"status": {"Висит": "deferred"}}}), "utf-8")  # fmt: skip
    code, out = _run(capsys, data, "import-sheet", str(sheet), "--mapping", str(mapping), "--skip-bad-rows")
    assert code == 0, out
    assert "Imported 1 new meetings, 2 follow-ups, 0 new people and 0 new organisations; 1 rows" in out
    code, out = _run(capsys, data, "import-sheet", str(sheet), "--mapping", str(mapping), "--skip-bad-rows")
    assert code == 0 and "Imported 0 new meetings, 0 follow-ups" in out and "2 rows were already in the store" in out

    code, out = _run(capsys, data, "undo-import")
    assert code == 0 and "Moved 1 meetings, 2 follow-ups, 0 people and 0 organisations to the trash" in out
    code, out = _run(capsys, data, "list", "meetings", "--json")
    assert json.loads(out) == []
    code, out = _run(capsys, data, "undo-import")
    assert code == 1 and "no spreadsheet import to undo" in out


def test_a_bad_mapping_file_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text("{not json", "utf-8")
    code, out = _run(capsys, tmp_path / "data", "import-sheet", str(_sheet(tmp_path)), "--mapping", str(mapping))
    assert code == 1 and "is not JSON" in out
