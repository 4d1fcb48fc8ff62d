"""The fields a spreadsheet column can feed, and guessing them from header names in three languages."""

from __future__ import annotations

import re

from minutes_app.domain.sheet_values import fold_text

# Every field an imported row can fill, in the order a wizard lists them.
FIELDS: tuple[str, ...] = (
    "meeting_date",
    "country",
    "organisation",
    "title",
    "action",
    "owner",
    "department",
    "due_date",
    "status",
    "priority",
    "topic",
    "notes",
)
REQUIRED_FIELDS = frozenset({"meeting_date", "title", "action"})

# Header words per field (en, az, ru), tried in this order so that "due date" is not taken for the
# meeting's date and "Тема встречи" (the meeting's title) not for the topic. A word matches the
# beginning of a header word; several words must all be there.
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("due_date", ("due", "deadline", "срок", "müddət", "son tarix", "icra tarixi")),
    ("meeting_date", ("meeting date", "date", "дата", "tarix", "когда")),
    ("owner", ("owner", "responsible", "ответствен", "исполнитель", "məsul", "icraçı", "assignee")),
    ("department", ("department", "unit", "division", "отдел", "департамент", "управлен", "şöbə", "departament",
                    "idarə", "struktur")),
    ("status", ("status", "статус", "состояни", "vəziyyət", "state")),
    ("priority", ("priority", "приоритет", "важност", "prioritet", "vaciblik", "urgency")),
    ("notes", ("note", "comment", "remark", "примечан", "комментар", "qeyd", "şərh")),
    ("organisation", ("organisation", "organization", "организац", "ведомств", "təşkilat", "qurum")),
    ("country", ("country", "counterpart", "страна", "партн", "ölkə", "tərəf")),
    ("action", ("action", "task", "follow", "поручен", "задач", "действи", "мероприят", "tapşırıq", "tədbir",
                "icra olunacaq")),
    ("title", ("title", "meeting", "event", "встреч", "мероприятие", "названи", "наименован", "görüş", "başlıq")),
    ("topic", ("topic", "area", "sector", "subject", "тема", "направлен", "сфера", "mövzu", "sahə", "istiqamət")),
)  # fmt: skip
_FOLDED_WORDS = tuple((field, tuple(fold_text(w).split() for w in words)) for field, words in _HEADER_WORDS)
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def field_of_header(header: str) -> str | None:
    """The field a header name most likely means, or None."""
    words = fold_text(header).split()
    if not words:
        return None
    for field, options in _FOLDED_WORDS:
        for option in options:
            if all(any(w.startswith(part) for w in words) for part in option):
                return field
    return None


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index guessed from the header names; each field and each column used once."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = field_of_header(header)
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based column index of a spreadsheet letter (A -> 0)."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - ord("A") + 1
    return index - 1


def resolve_mapping(wanted: dict[str, str], headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """A user's mapping {"field": "header name or column letter"} as column indexes, and what could not be resolved.

    A header name wins over a letter ("A" could be both); an empty value means the field is not imported.
    """
    folded = [fold_text(h) for h in headers]
    resolved: dict[str, int] = {}
    problems: list[str] = []
    for field, column in wanted.items():
        if field not in FIELDS:
            problems.append(f"{field!r} is not a field (fields: {', '.join(FIELDS)})")
            continue
        column = str(column).strip()
        if not column:
            continue
        key = fold_text(column)
        if key and key in folded:
            resolved[field] = folded.index(key)
        elif _LETTERS.match(column) and column_index(column) < max(len(headers), 1):
            resolved[field] = column_index(column)
        else:
            problems.append(f"{field}: no column {column!r}")
    return resolved, problems


def header_signature(headers: list[str]) -> str:
    """What identifies a sheet's layout (its folded header names), to remember a mapping for next time."""
    return "|".join(fold_text(h) for h in headers)
