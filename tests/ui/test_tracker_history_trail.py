"""The tracker's follow-up history: the dated notes and, beside them, the audit trail's other field changes, each once."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from minutes_app.services import Services, audit
from minutes_app.ui.main_window import FOLLOW_UPS
from tests.ui.test_tracker_status import ok_button, select_due


def test_history_shows_field_changes_and_each_status_change_once(qtbot, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    demo_store.settings.save(dataclasses.replace(demo_store.settings.get(), officer_name="Rashad Aliyev"))
    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    index = next(i for i, f in enumerate(meeting.follow_ups) if f.due_date == dt.date(2026, 11, 16))
    old_department = meeting.follow_ups[index].department
    follow_ups = list(meeting.follow_ups)
    follow_ups[index] = dataclasses.replace(follow_ups[index], department="Investment policy department")
    demo_store.meetings.save(dataclasses.replace(meeting, follow_ups=follow_ups))

    window = make_window(demo_store)
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    select_due(page, "2026-11-16")
    page.detail_panel.status_menu.findChild(type(page.detail_panel.status_menu.actions()[0]), "status_done").trigger()
    dialog = page.status_dialog
    qtbot.keyClicks(dialog.note_edit, "Sent")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    history = page.detail_panel.history_text()
    old = f"“{old_department}”" if old_department else "(empty)"
    assert history.count(f"Department: {old} → “Investment policy department”") == 1
    assert history.count("Status: In progress → Done") == 1  # the note's line; the trail's entry is not repeated
    assert "completed_on" not in history and "Completed on" not in history
    assert f"· {audit.os_user()}" in history  # the trail's entry names the login
