"""Documents and files made from plain records: minutes, status report, briefing note, calendar, tables.

No Qt here: these functions read only `minutes_app.domain.records` and write files atomically.
Import the module you need (minutes_docx, report_docx, briefing_docx, calendar_ics, tables):
this package imports nothing itself, so the app does not load python-docx, icalendar and
openpyxl before the first export.
"""
