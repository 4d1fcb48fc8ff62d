"""Spreadsheets of follow-ups as officers keep them, built with openpyxl for the tests and the benchmark."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl

RU_HEADERS = [
    "Дата встречи",
    "Страна",
    "Название встречи",
    "Содержание поручения",
    "Ответственный",
    "Отдел",
    "Срок исполнения",
    "Статус",
    "Приоритет",
    "Тема",
    "Примечание",
    "Организация",
]
AZ_HEADERS = [
    "Görüşün tarixi",
    "Ölkə",
    "Görüşün adı",
    "Tapşırıq",
    "Məsul şəxs",
    "Şöbə",
    "İcra müddəti",
    "Vəziyyət",
    "Prioritet",
    "Mövzu",
    "Qeyd",
    "Təşkilat",
]


def write_titled_sheet(path: Path, headers: list[str], rows: list[list[object]], *, sheet: str = "Sheet") -> Path:
    """A sheet as ministries keep them: a merged title, a blank row, group headers merged over two header rows."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    width = len(headers)
    ws.cell(1, 1, "Реестр поручений по итогам встреч / Görüşlərin nəticələri üzrə tapşırıqlar")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    # Row 3 groups the columns; the date's header spans rows 3 and 4 (a vertical merge).
    ws.cell(3, 1, headers[0])
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    ws.cell(3, 2, "Встреча / Görüş")
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=3)
    ws.cell(3, 4, "Поручение / Tapşırıq")
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=width)
    for col, name in enumerate(headers[1:], start=2):
        ws.cell(4, col, name)
    for r, values in enumerate(rows, start=5):
        for c, value in enumerate(values, start=1):
            if value is not None:
                cell = ws.cell(r, c, value)
                if isinstance(value, dt.date | dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
    book.save(path)
    return path


def set_cached_value(path: Path, cell: str, value: float) -> None:
    """Give a formula cell the value Excel would have saved with it (openpyxl writes formulas without one)."""
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    xml = contents[member].decode("utf-8")
    pattern = re.compile(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
    xml, count = pattern.subn(lambda mt: f"{mt[1]}{mt[2]}<v>{value}</v>", xml)
    if count != 1:
        raise ValueError(f"no formula cell {cell}")
    contents[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


_COUNTRIES = ["Грузия", "Türkiyə", "Germany", "ОАЭ", "Kazakhstan", "Франция", "Italy", "Китай"]
_STATUSES = ["Выполнено", "в работе", "open", "icra edilib", "Отложено"]
_PRIORITIES = ["Высокий", "normal", "təcili", "Низкий"]
_TOPICS = ["Торговля", "Energy", "Nəqliyyat və logistika", "Инвестиции", "Туризм"]
_OWNERS = ["Рашад Алиев", "Leyla Məmmədova", "Орхан Гасанов", "Nigar Huseynova", "Эльчин Керимов"]


def write_big_sheet(path: Path, rows: int, *, per_meeting: int = 10) -> Path:
    """`rows` follow-ups, `per_meeting` to a meeting, with Russian headers in a plain one-row header (write-only)."""
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Поручения")
    ws.append(RU_HEADERS)
    start = dt.date(2019, 1, 10)
    for i in range(rows):
        meeting = i // per_meeting
        date = start + dt.timedelta(days=meeting * 3)
        ws.append(
            [
                dt.datetime.combine(date, dt.time()),
                _COUNTRIES[meeting % len(_COUNTRIES)],
                f"Переговоры о сотрудничестве № {meeting + 1}",
                f"Подготовить проект соглашения, пункт {i % per_meeting + 1} (встреча {meeting + 1})",
                _OWNERS[i % len(_OWNERS)],
                "Отдел внешнеэкономических связей",
                date + dt.timedelta(days=30 + i % 60),
                _STATUSES[i % len(_STATUSES)],
                _PRIORITIES[i % len(_PRIORITIES)],
                _TOPICS[meeting % len(_TOPICS)],
                "Согласовать с МИД" if i % 7 == 0 else None,
            ]
        )
    book.save(path)
    return path
