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
