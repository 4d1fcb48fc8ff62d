"""The dossier's simple figures in words: meetings per year and how many follow-ups were done on time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.records import Dossier


def meetings_text(dossier: Dossier) -> str:
    """ "Meetings: 4. Per year: 2025: 1 · 2026: 3" (undated meetings count only in the total)."""
    total = QCoreApplication.translate("DossierFigures", "Meetings: %1.").replace("%1", str(len(dossier.meetings)))
    if not dossier.meetings_per_year:
        return total
    years = " · ".join(f"{year}: {count}" for year, count in sorted(dossier.meetings_per_year.items()))
    return total + " " + QCoreApplication.translate("DossierFigures", "Per year: %1").replace("%1", years)


def follow_ups_text(dossier: Dossier) -> str:
    """Open, overdue and done follow-ups, and the share done by their due date."""
    counts = (
        QCoreApplication.translate("DossierFigures", "Follow-ups: %1 open, %2 overdue, %3 done.")
        .replace("%1", str(len(dossier.open_follow_ups)))
        .replace("%2", str(len(dossier.overdue_follow_ups)))
        .replace("%3", str(len(dossier.done_follow_ups)))
    )
    return counts + " " + on_time_text(dossier)


def on_time_text(dossier: Dossier) -> str:
    """ "Done on time: 2 of 3 (67%)", or why there is no share yet."""
    judged = dossier.done_on_time + dossier.done_late
    if not judged or dossier.on_time_share is None:
        return QCoreApplication.translate("DossierFigures", "Done on time: no completed follow-up with a due date yet.")
    return (
        QCoreApplication.translate("DossierFigures", "Done on time: %1 of %2 (%3%).")
        .replace("%1", str(dossier.done_on_time))
        .replace("%2", str(judged))
        .replace("%3", str(round(dossier.on_time_share * 100)))
    )
