"""The follow-up tracker's filter, shared by the GUI, the command line, reports and exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class FollowUpFilter:
    """A combination of conditions on follow-ups; empty fields do not restrict."""

    statuses: list[str] = field(default_factory=list)
    owner_id: int | None = None
    department: str = ""
    topic_id: int | None = None
    country: str = ""
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    overdue: bool = False
    due_within_days: int | None = None
    text: str = ""
    meeting_id: int | None = None
    sort: str = "due_date"  # a FollowUpRow field name
    descending: bool = False

    def is_empty(self) -> bool:
        """True when the filter lets every follow-up through."""
        return self == FollowUpFilter(sort=self.sort, descending=self.descending)


@dataclass(frozen=True, slots=True)
class MeetingWord:
    """One folded word of the meetings page's quick filter, and the kinds and statuses whose shown name it starts.

    Kind and status names depend on the interface and texts languages, which the interface knows; the
    store matches the word in the meeting's texts and date itself (services/meeting_list.py).
    """

    term: str
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingQuery:
    """What the meetings page lists: the meetings every word finds, in a column's order.

    `sort` is date, title, kind, status, country or open_follow_ups; `lang` is the texts language the
    titles are shown (and sorted) in, "" for each as written; for kind, status and country, `order`
    holds their values in the order their shown names sort.
    """

    words: tuple[MeetingWord, ...] = ()
    sort: str = "date"
    descending: bool = True
    lang: str = ""
    order: tuple[str, ...] = ()
