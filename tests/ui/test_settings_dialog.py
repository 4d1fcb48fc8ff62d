"""The Settings dialog: typed values reach the store; wrong input shows next to its field; interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from minutes_app.services import Services
from minutes_app.ui import main_window
from minutes_app.ui.common.ui_settings import LANGUAGE_KEY
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import type_text


def test_settings_typed_in_are_saved_to_the_store(
    qtbot,
    monkeypatch,
    demo_window: MainWindow,
    demo_store: Services,
    ui_settings: QSettings,
    tmp_path: Path,
    english_again,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "ask_to_restart", lambda parent, name: False)  # tests/ui/test_language_switch.py
    template = tmp_path / "letterhead.docx"
    template.write_bytes(b"PK")
    dialog = demo_window.open_settings()
    qtbot.keyClicks(dialog.officer_name_edit, "Leyla Mammadova")
    qtbot.keyClicks(dialog.officer_position_edit, "Chief adviser, Protocol Department")
    type_text(dialog.own_organisation_edit, "İqtisadiyyat")  # the ministry's Azerbaijani name finds it
    popup = dialog.own_organisation_edit._completer.popup()
    assert popup.isVisible() and popup.model().rowCount() == 2  # the ministry, then "Add … as a new organisation"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.own_organisation_edit.text() == "Ministry of Economy of the Republic of Azerbaijan"
    dialog.minutes_language_combo.setCurrentIndex(dialog.minutes_language_combo.findData("ru"))
    dialog.template_edit.setText(str(template))
    dialog.reminders_check.setChecked(False)
    dialog.backups_spin.setValue(30)
    dialog.interface_language_combo.setCurrentIndex(dialog.interface_language_combo.findData("az"))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = demo_store.settings.get()
    ministry = demo_store.directory.find_organisation("Ministry of Economy of the Republic of Azerbaijan")
    assert ministry is not None
    assert stored.officer_name == "Leyla Mammadova"
    assert stored.officer_position == "Chief adviser, Protocol Department"
    assert stored.own_organisation_id == ministry.id
    assert (stored.minutes_language, stored.minutes_template) == ("ru", str(template))
    assert (stored.reminders, stored.backups_to_keep) == (False, 30)
    assert ui_settings.value(LANGUAGE_KEY) == "az"
    assert demo_window.current_settings() == stored  # new meetings and the editor use it at once


def test_the_dialog_shows_the_stored_settings(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    settings = demo_store.settings.get()
    settings.officer_name, settings.backups_to_keep, settings.reminders = "Rashad Aliyev", 7, False
    demo_store.settings.save(settings)
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.officer_name_edit.text() == "Rashad Aliyev"
    assert dialog.backups_spin.value() == 7 and not dialog.reminders_check.isChecked()


def test_a_missing_template_is_refused_next_to_its_field(
    qtbot, demo_store: Services, ui_settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template_edit.setText(str(tmp_path / "missing.docx"))
    dialog.accept()
    assert dialog.isVisible()
    assert "Word file" in dialog.errors.message("minutes_template")
    assert demo_store.settings.get().minutes_template == ""


def test_an_unknown_organisation_is_refused_next_to_its_field(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.own_organisation_edit, "Ministry of Magic")
    dialog.accept()
    assert dialog.isVisible()
    assert "Pick your organisation" in dialog.errors.message("own_organisation")
    assert demo_store.settings.get().own_organisation_id is None
