"""Documents and files made from plain records: minutes, status report, briefing note, calendar, tables.

No Qt here: these functions read only `minutes_app.domain.records` and write files atomically.
"""

from minutes_app.exports.briefing_docx import BriefingData, PersonMet, write_briefing
from minutes_app.exports.calendar_ics import write_ics
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.progress import ExportCancelled
from minutes_app.exports.report_docx import write_status_report
from minutes_app.exports.tables import write_csv, write_xlsx

__all__ = [
    "BriefingData",
    "ExportCancelled",
    "PersonMet",
    "write_briefing",
    "write_csv",
    "write_ics",
    "write_minutes",
    "write_status_report",
    "write_xlsx",
]
