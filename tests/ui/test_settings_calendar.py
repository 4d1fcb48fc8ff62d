"""Settings > Calendar: the time zone and the deadline reminder of the .ics export, kept in the store."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from minutes_app.services import Services
from minutes_app.ui.settings.settings_dialog import SettingsDialog


def test_time_zone_and_reminder_are_saved(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.time_zone_combo.currentText() == "Asia/Baku"
    assert dialog.reminder_days_spin.value() == 1 and dialog.reminder_days_spin.text() == "1 day(s) before"
    assert dialog.time_zone_combo.findText("Europe/Istanbul") >= 0  # the computer's zones are offered
    dialog.time_zone_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.time_zone_combo.lineEdit(), "Europe/Istanbul")
    dialog.reminder_days_spin.setValue(0)
    assert dialog.reminder_days_spin.text() == "No reminder"
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = demo_store.settings.get()
    assert (stored.calendar_time_zone, stored.calendar_reminder_days) == ("Europe/Istanbul", 0)
    again = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(again)
    assert again.time_zone_combo.currentText() == "Europe/Istanbul" and again.reminder_days_spin.value() == 0


def test_an_unknown_time_zone_is_refused_next_to_its_field(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time_zone_combo.setCurrentText("Baku time")
    qtbot.keyClick(dialog.time_zone_combo.lineEdit(), Qt.Key.Key_End)
    dialog.accept()
    assert dialog.isVisible()
    assert "not a time zone" in dialog.errors.message("calendar_time_zone")
    assert demo_store.settings.get().calendar_time_zone == "Asia/Baku"
