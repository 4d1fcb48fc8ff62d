"""The tracker's filter in words, in the language of the report it heads ("Selection: Status: Open; ...")."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain.countries import country_name
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.exports.labels import format_date, label, vocab


def due_range(flt: FollowUpFilter, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The deadlines the filter's date conditions let through, as one range (None: open-ended)."""
    start, end = flt.due_from, flt.due_to
    if flt.due_within_days is not None:
        window_end = today + dt.timedelta(days=flt.due_within_days)
        start = max(start, today) if start else today
        end = min(end, window_end) if end else window_end
    return start, end


def describe_selection(
    flt: FollowUpFilter, lang: str, *, today: dt.date, owner_name: str = "", topic_name: str = "",
) -> str:
    """Every condition of `flt` in `lang`, separated by semicolons ("" when it selects everything)."""
    parts: list[str] = []
    if flt.statuses:
        parts.append(f"{label('col.status', lang)}: " + ", ".join(vocab("status", s, lang) for s in flt.statuses))
    if flt.overdue:
        parts.append(label("overdue_mark", lang))
    start, end = due_range(flt, today)
    if start or end:
        shown = f"{format_date(start, lang) if start else '…'} – {format_date(end, lang) if end else '…'}"
        parts.append(f"{label('col.deadline', lang)}: {shown}")
    if flt.country:
        parts.append(f"{label('col.countries', lang)}: {country_name(flt.country, lang)}")
    if flt.topic_id is not None and topic_name:
        parts.append(f"{label('col.topic', lang)}: {topic_name}")
    if flt.department:
        parts.append(f"{label('col.department', lang)}: {flt.department}")
    if flt.owner_id is not None and owner_name:
        parts.append(f"{label('col.owner', lang)}: {owner_name}")
    if flt.text.strip():
        parts.append(f"«{flt.text.strip()}»")
    return "; ".join(parts)
