"""The tracker's filter in words, in the language of the report it heads ("open, Uzbekistan, due by …")."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain.countries import country_name
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.vocab import FollowUpStatus
from minutes_app.exports.labels import format_date, label, vocab


def due_range(flt: FollowUpFilter, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The deadlines the filter's date conditions let through, as one range (None: open-ended)."""
    start, end = flt.due_from, flt.due_to
    if flt.due_within_days is not None:
        window_end = today + dt.timedelta(days=flt.due_within_days)
        start = max(start, today) if start else today
        end = min(end, window_end) if end else window_end
    return start, end


def can_hold_completed(flt: FollowUpFilter) -> bool:
    """False when the filter lets no completed follow-up through (a "Completed" count would always be 0)."""
    if flt.overdue or flt.due_within_days is not None:
        return False  # both conditions keep unfinished follow-ups only
    return not flt.statuses or FollowUpStatus.DONE.value in flt.statuses


def lower(text: str, lang: str) -> str:
    """`text` in small letters, with Azerbaijani dotted and dotless I kept apart (İ -> i, I -> ı)."""
    if lang == "az":
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def _due(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    if start and end:
        return label("selection.due_between", lang, start=format_date(start, lang), end=format_date(end, lang))
    if end:
        return label("selection.due_by", lang, date=format_date(end, lang))
    return label("selection.due_from", lang, date=format_date(start, lang))


def describe_selection(
    flt: FollowUpFilter,
    lang: str,
    *,
    today: dt.date,
    owner_name: str = "",
    topic_name: str = "",
) -> str:
    """Every condition of `flt` in `lang`, separated by commas ("" when it selects everything)."""
    parts: list[str] = []
    if flt.statuses:
        either = f" {label('selection.or', lang)} "
        parts.append(either.join(lower(vocab("status", s, lang), lang) for s in flt.statuses))
    if flt.overdue:
        parts.append(lower(label("overdue_mark", lang), lang))
    if flt.country:
        parts.append(country_name(flt.country, lang))
    start, end = due_range(flt, today)
    if start or end:
        parts.append(_due(start, end, lang))
    if flt.topic_id is not None and topic_name:
        parts.append(f"{lower(label('col.topic', lang), lang)}: {topic_name}")
    if flt.department:
        parts.append(f"{lower(label('col.department', lang), lang)}: {flt.department}")
    if flt.owner_id is not None and owner_name:
        parts.append(f"{lower(label('col.owner', lang), lang)}: {owner_name}")
    if flt.text.strip():
        parts.append(f"«{flt.text.strip()}»")
    return ", ".join(parts)
