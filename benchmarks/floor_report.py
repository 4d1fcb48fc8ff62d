"""The floor for the status report: the same cells written with plain python-docx (add_table + row.cells)."""

from __future__ import annotations

from pathlib import Path

import docx

from minutes_app.domain.records import FollowUpRow


def write_plain_report(rows: list[FollowUpRow], path: Path) -> None:
    """One table of the rows' cells, nothing else."""
    document = docx.Document()
    table = document.add_table(rows=len(rows) + 1, cols=7)
    header = table.rows[0].cells
    for cell, text in zip(header, ("No.", "Action", "Responsible", "Deadline", "Status", "Meeting", "Last note")):
        cell.text = text
    for n, (row, table_row) in enumerate(zip(rows, table.rows[1:]), 1):
        cells = table_row.cells
        values = (
            str(n),
            row.description,
            row.owner_name or row.department,
            str(row.due_date or ""),
            row.status,
            f"{row.meeting_title}\n{row.meeting_date or ''}",
            row.last_note,
        )
        for cell, text in zip(cells, values):
            cell.text = text
    document.save(str(path))
