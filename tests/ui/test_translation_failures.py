"""A translation catalogue that fails to load is logged and shown to the person, once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from minutes_app.ui.common import translations
from minutes_app.ui.common.translations import install_translators, show_load_failures


def test_a_missing_catalogue_is_logged_and_shown_once(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)  # an installation that lost its .qm files
    (tmp_path / "minutes_app_ru.qm").write_bytes(b"not a catalogue")  # and one that is damaged
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    installed: list = []  # type: ignore[type-arg]
    before = QLocale()
    try:
        with caplog.at_level(logging.WARNING, logger="minutes_app"):
            installed += install_translators(qapp, "az")
            installed += install_translators(qapp, "ru")
        assert QCoreApplication.translate("MainWindow", "Meetings") == "Meetings"  # English, as the message says
        assert str(tmp_path / "minutes_app_az.qm") in caplog.text
        assert str(tmp_path / "minutes_app_ru.qm") in caplog.text
        assert show_load_failures(None) is True
        assert show_load_failures(None) is False  # once, not on every later start of a window
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)  # install_translators set the language's locale
    assert len(shown) == 1
    assert "minutes_app_az.qm" in shown[0] and "minutes_app_ru.qm" in shown[0]


def test_a_catalogue_that_loads_is_not_reported(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = QLocale()
    installed = install_translators(qapp, "az")
    try:
        assert installed
        assert show_load_failures(None) is False
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert shown == []
