"""Reading old Word minutes: the title, date, counterpart country and participants their structure gives away.

Only what the file shows plainly is taken: a "Title"-styled, heading or bold paragraph for the title; a
date written in the usual forms of the three languages (a "Date:" line first); the numbered lines or the
table under a "Participants" heading, split by the "From the ... side" subheadings. Everything else is
left for the officer to fill in.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes_app.domain.countries import all_countries
from minutes_app.domain.errors import ImportFormatError
from minutes_app.exports.country_forms import FORMS, RU_OFFICIAL, official_name
from minutes_app.services.text_dates import first_date


@dataclass(slots=True)
class FoundParticipant:
    """A participant line: the name, the position and organisation as written, and the side (host/guest)."""

    name: str
    position: str = ""
    side: str = "host"


@dataclass(slots=True)
class FoundMinutes:
    """What an old minutes file gave away; empty values were not found."""

    title: str = ""
    date: dt.date | None = None
    language: str = "en"
    country: str = ""  # ISO code of the counterpart, when a "Partner country:" line names one
    participants: list[FoundParticipant] = field(default_factory=list)
    representatives: list[str] = field(default_factory=list)  # unnamed "Representative of ..." lines, not taken


# Headings over the list of participants, folded to lower case.
_PARTICIPANT_HEADINGS = (
    "participants",
    "attendees",
    "present",
    "list of participants",
    "участники",
    "присутствовали",
    "состав участников",
    "список участников",
    "iştirakçılar",
    "iştirak edənlər",
    "iştirakçıların siyahısı",
)
# A title that only says what the document is; the real subject follows it.
_GENERIC_TITLE_WORDS = {"minutes", "protocol", "record", "протокол", "протокола", "protokol", "protokolu"}
_REPRESENTATIVE = re.compile(r"^(representatives? of|представител[ьи]|.*\bnümayəndə(si|ləri)\b)", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|[-–—•·*])\s*")
_ROLE_NOTE = re.compile(r"\s*\([^)]*\)\s*$")  # "(chair)", «(глава делегации)»
_SIDE = re.compile(r"\bside\b|сторон|tərəf", re.IGNORECASE)  # "From the Russian side", «С российской стороны»
_META = re.compile(r"^\s*([^:\t]{2,40}):\s*(.+)$")  # "Date:\t15 October 2026"
_DATE_LABELS = ("date", "дата", "tarix")
_COUNTRY_LABELS = ("partner country", "country", "counterpart", "страна", "страна-партнёр", "tərəfdaş ölkə", "ölkə")
_AZ_LETTERS = set("əğıöüşçƏĞİÖÜŞÇ")


def _fold(text: str) -> str:
    """Lower case for comparing labels; Azerbaijani İ becomes i (Python's lower() adds a combining dot)."""
    return text.strip().replace("İ", "i").lower().rstrip(":").strip()


def _is_heading(paragraph: Any) -> bool:
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    return style.startswith(("Heading", "Title", "Subtitle"))


def _heading_level(paragraph: Any) -> int:
    """1 for Heading 1 (and Title), 2 for Heading 2...; 9 for a bold line that is not a heading."""
    style = paragraph.style.name if paragraph.style is not None else ""
    match = re.match(r"Heading (\d)", style or "")
    if match:
        return int(match.group(1))
    return 1 if style in ("Title", "Subtitle") else 9


def _is_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _language(text: str) -> str:
    """ru for Cyrillic, az for Azerbaijani letters, else en."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cyrillic > latin:
        return "ru"
    return "az" if sum(1 for ch in text if ch in _AZ_LETTERS) * 50 > max(latin, 1) else "en"


def _countries() -> dict[str, str]:
    """Every short and official name of a country in the three languages, lower case, to its code."""
    names: dict[str, str] = {}
    for lang in ("en", "az", "ru"):
        for code, name in all_countries(lang):
            names[_fold(name)] = code
        for code in {*FORMS, *RU_OFFICIAL}:
            names[_fold(official_name(code, lang))] = code
    return names


def _blocks(document: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in document order."""
    yield from document.iter_inner_content()


def _title(paragraphs: list[Any], stop: int) -> str:
    """The first title-like paragraph before `stop`; after a generic "MINUTES", the subject that follows it."""
    candidates: list[str] = [
        str(p.text).strip()
        for p in paragraphs[:stop]
        if p.text.strip() and (_is_heading(p) or _is_bold(p)) and not _META.match(p.text)
    ]
    for index, text in enumerate(candidates):
        words = text.lower().split()
        if len(words) <= 4 and _GENERIC_TITLE_WORDS & set(words) and index + 1 < len(candidates):
            return candidates[index + 1]
        return text
    plain: list[str] = [str(p.text).strip() for p in paragraphs if p.text.strip()]
    return plain[0] if plain else ""


def _participant(line: str, side: str) -> FoundParticipant:
    """Name before the first comma, the rest as the position; a trailing "(chair)" is dropped."""
    text = _ROLE_NOTE.sub("", _NUMBERING.sub("", line)).strip()
    name, _, position = text.partition(",")
    return FoundParticipant(name=name.strip(), position=position.strip(), side=side)


def _from_table(table: Any, side: str) -> list[FoundParticipant]:
    """Participants from a table: the first cell of each row that is not a number is the name, the next the position."""
    found = []
    for row_index, row in enumerate(table.rows):
        cells = [cell.text.strip() for cell in row.cells]
        cells = [c for c in cells if c and not c.rstrip(".").isdigit()]
        if not cells or (row_index == 0 and any(_fold(c) in _TABLE_HEADERS for c in cells)):
            continue
        found.append(FoundParticipant(name=cells[0], position=", ".join(cells[1:3]), side=side))
    return found


_TABLE_HEADERS = {
    "name",
    "full name",
    "position",
    "фио",
    "ф.и.о.",
    "должность",
    "ad, soyad",
    "adı",
    "vəzifə",
    "№",
    "no.",
}


def read_old_minutes(path: str | os.PathLike[str]) -> FoundMinutes:
    """What the .docx at `path` gives away; ImportFormatError when it is not a Word document."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportFormatError(Path(path).name, "not a Word document (.docx)") from exc
    found = FoundMinutes()
    paragraphs: list[Paragraph] = []
    in_participants = 0  # the participants heading's level while reading under it, else 0
    subheadings = 0
    for block in _blocks(document):
        if isinstance(block, Table):
            if in_participants:
                found.participants += _from_table(block, "guest" if subheadings > 1 else "host")
            continue
        paragraphs.append(block)
        text = block.text.strip()
        if not text:
            continue
        heading = _is_heading(block) or _is_bold(block)
        if heading and _fold(text) in _PARTICIPANT_HEADINGS:
            in_participants = _heading_level(block)
            subheadings = 0
            continue
        if in_participants and heading:
            if _heading_level(block) <= in_participants and not _SIDE.search(text):
                in_participants = 0  # the next section (the agenda)
            else:
                subheadings += 1  # "From the Azerbaijani side", then "From the Russian side"
                continue
        if in_participants:
            if _REPRESENTATIVE.match(_NUMBERING.sub("", text)):
                found.representatives.append(_NUMBERING.sub("", text))
            else:
                found.participants.append(_participant(text, "guest" if subheadings > 1 else "host"))
            continue
        meta = _META.match(text)
        if meta:
            label, value = _fold(meta.group(1)), meta.group(2).strip()
            if label in _DATE_LABELS and found.date is None:
                found.date = first_date(value)
            elif label in _COUNTRY_LABELS and not found.country:
                found.country = _countries().get(_fold(value).removeprefix("the "), "")
    body = "\n".join(p.text for p in paragraphs)
    if found.date is None:
        found.date = first_date(body)
    first_section = next(
        (i for i, p in enumerate(paragraphs) if _fold(p.text) in _PARTICIPANT_HEADINGS),
        len(paragraphs),
    )
    found.title = _title(paragraphs, first_section)
    found.language = _language(body)
    found.participants = [p for p in found.participants if p.name]
    return found
