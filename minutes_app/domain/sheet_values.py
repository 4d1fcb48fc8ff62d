"""Reading a spreadsheet cell as a date, a status, a priority or a country, in English, Azerbaijani or Russian."""

from __future__ import annotations

import datetime as dt
import re

from minutes_app.domain.countries import country_named
from minutes_app.domain.textfold import fold_word
from minutes_app.domain.vocab import FollowUpStatus, Priority

# Excel counts days from 1899-12-30 (its 1900 leap-year bug included), which is what openpyxl uses too.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serial numbers of plausible meeting and due dates (1990-01-01 .. 2100-12-31): a number outside is no date.
_SERIAL_RANGE = (32874, 73415)

# Month-name beginnings, folded (fold_word): enough letters to tell the months apart in each language.
_MONTHS: tuple[tuple[str, int], ...] = (
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    # Azerbaijani: yanvar, fevral, mart, aprel, may, iyun, iyul, avqust, sentyabr, oktyabr, noyabr, dekabr
    ("yan", 1), ("fev", 2), ("iyun", 6), ("iyul", 7), ("avq", 8), ("sent", 9), ("okt", 10), ("noy", 11),
    ("dek", 12),
    # Russian month names fold to yanvarya, fevralya, marta, ..., avgusta, sentyabrya
    ("avg", 8), ("sen", 9),
)  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_TIME_AFTER = re.compile(r"(?<=\d)[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
# What follows a year in running text, folded: the Russian abbreviation for "year" and its full form, "-ci il".
_YEAR_WORDS = {"g", "goda", "god", "il", "ci", "cu", "cı", "cü", "ildə"}


def parse_cell_date(value: object) -> dt.date | None:
    """The date a cell holds (a date cell, an Excel serial number, or text in the usual forms); None if none.

    Raises ValueError when the cell holds something that is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, int | float):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(f"{value!r} is not a date")
    text = str(value).strip()
    if not text:
        return None
    return _parse_text_date(text)


def _parse_text_date(text: str) -> dt.date:
    text = _TIME_AFTER.sub("", text)  # "2026-10-15 00:00:00", as a CSV export writes a date cell
    compact = text.replace(" ", "")
    try:
        if match := _YEAR_MONTH_DAY.match(compact):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_MONTH_YEAR.match(compact):
            year = int(match[3])
            return dt.date(year + 2000 if year < 100 else year, int(match[2]), int(match[1]))
        if compact.isdigit() and _SERIAL_RANGE[0] <= int(compact) <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(compact))
        return _parse_words_date(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None


def _parse_words_date(text: str) -> dt.date:
    """ "15 окт. 2026", "15 oktyabr 2026-ci il", "15 October 2026", "October 15, 2026"."""
    day = year = month = None
    for word in _WORDS.findall(text):
        if word.isdigit():
            if len(word) == 4 and year is None:
                year = int(word)
            elif len(word) <= 2 and day is None:
                day = int(word)
            else:
                raise ValueError(text)
            continue
        folded = fold_word(word)
        if folded in _YEAR_WORDS or word.casefold() in _YEAR_WORDS:
            continue
        found = month_of(folded)
        if found is None or month is not None:
            raise ValueError(text)
        month = found
    if day is None or month is None or year is None:
        raise ValueError(text)
    return dt.date(year, month, day)


def month_of(folded: str) -> int | None:
    """The month a folded month name (or its beginning of three letters or more) names."""
    if len(folded) < 3:
        return None
    best: tuple[int, int] | None = None  # (length of the matched beginning, month)
    for start, month in _MONTHS:
        if folded.startswith(start) and (best is None or len(start) > best[0]):
            best = (len(start), month)
    return best[1] if best else None


def fold_text(text: str) -> str:
    """`text` folded word by word (case, diacritics, script), for comparing spellings."""
    return " ".join(fold_word(w) for w in _WORDS.findall(str(text)))


# The words for each status and priority in the three languages, folded when the table is built.
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    FollowUpStatus.OPEN: ("open", "new", "not started", "to do", "открыто", "открыт", "новое", "не начато",
                          "açıq", "yeni", "başlanmayıb"),
    FollowUpStatus.IN_PROGRESS: ("in progress", "in_progress", "ongoing", "started", "в работе", "выполняется",
                                 "в процессе", "в исполнении", "icrada", "icra olunur", "davam edir", "icra edilir"),
    FollowUpStatus.DONE: ("done", "completed", "complete", "closed", "finished", "выполнено", "исполнено",
                          "завершено", "сделано", "icra edilib", "icra olunub", "tamamlanıb", "yerinə yetirilib",
                          "bitib"),
    FollowUpStatus.CANCELLED: ("cancelled", "canceled", "dropped", "отменено", "отменён", "снято", "ləğv edilib",
                               "ləğv olunub"),
    FollowUpStatus.DEFERRED: ("deferred", "postponed", "on hold", "отложено", "перенесено", "təxirə salınıb",
                              "təxirə salınıb"),
}  # fmt: skip
_PRIORITY_WORDS: dict[str, tuple[str, ...]] = {
    Priority.LOW: ("low", "низкий", "низкая", "низкое", "aşağı"),
    Priority.NORMAL: ("normal", "medium", "обычный", "обычная", "средний", "средняя", "orta", "adi"),
    Priority.HIGH: ("high", "высокий", "высокая", "важно", "yüksək", "vacib"),
    Priority.URGENT: ("urgent", "срочно", "срочный", "срочная", "təcili"),
}  # fmt: skip


def _folded_table(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, names in words.items():
        for name in (str(value), *names):
            table.setdefault(fold_text(name), str(value))
    return table


STATUS_BY_WORD = _folded_table(_STATUS_WORDS)
PRIORITY_BY_WORD = _folded_table(_PRIORITY_WORDS)

# Short forms seen in ministry sheets beyond the country table's own names and abbreviations
# (countries.country_named knows "США", "ABŞ", "UAE", "Российская Федерация" and the rest).
_SHEET_COUNTRY_NAMES: dict[str, str] = {"roc": "TW", "англия": "GB", "korea": "KR", "kazakstan": "KZ"}
_SHEET_COUNTRY_BY_NAME = {fold_text(name): code for name, code in _SHEET_COUNTRY_NAMES.items()}
_COUNTRY_SEPARATORS = re.compile(r"\s*[;,/\n]\s*|\s+(?:and|и|və)\s+")


def parse_countries(text: str) -> tuple[list[str], list[str]]:
    """The ISO codes of the countries a cell names (by name, short form or code, any language), and what is not one."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in _COUNTRY_SEPARATORS.split(str(text).strip()):
        part = part.strip(" .")
        if not part:
            continue
        code = country_named(part) or _SHEET_COUNTRY_BY_NAME.get(fold_text(part))
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def guess_language(*texts: str) -> str:
    """The language texts are most likely written in: Cyrillic is Russian, Azerbaijani letters Azerbaijani."""
    joined = " ".join(texts)
    if re.search(r"[\u0400-\u04ff]", joined):  # the Cyrillic block
        return "ru"
    if re.search(r"[ƏəĞğİıŞşÇçÖöÜü]", joined):
        return "az"
    return "en"
