"""Filter presets: the two built in, saving the current filter under a name, restoring it, deleting it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.services.presets import PRESET_PREFIX, PresetService, filter_from_json, filter_to_json
from minutes_app.store import models as m
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker.followups_page import FollowUpsPage
from minutes_app.ui.tracker.presets_box import BUILT_IN, USER
from tests.ui.conftest import TODAY
from tests.ui.test_tracker_data import specification


@pytest.fixture
def page(make_window, tracker_store: Services) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(tracker_store)
    window.show_page(FOLLOW_UPS)
    return window.follow_ups_page


def shown(page: FollowUpsPage) -> set[str]:
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    return {r.description for r in page.model.records()}


def combo_texts(page: FollowUpsPage) -> list[str]:
    combo = page.presets_box.combo
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]  # separators have no text


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str, accepted: bool = True) -> list[str]:
    asked: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return name, accepted

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_built_in_presets_come_first_and_cannot_be_deleted(page: FollowUpsPage) -> None:
    assert combo_texts(page) == ["Custom filter", "Overdue", "Due this week"]
    assert not page.presets_box.delete_button.isEnabled()
    page.presets_box.choose(BUILT_IN, "overdue")
    assert page.presets_box.combo.currentText() == "Overdue"
    assert not page.presets_box.delete_button.isEnabled()
    assert page.presets_box.delete_selected() is False


def test_overdue_preset(page: FollowUpsPage) -> None:
    combo = page.presets_box.combo
    combo.setCurrentIndex(combo.findText("Overdue"))
    combo.activated.emit(combo.currentIndex())  # as when the officer picks it
    assert page.filter_bar.overdue_check.isChecked()
    assert shown(page) == {s.description for s in specification() if s.overdue(TODAY)}


def test_due_this_week_preset(page: FollowUpsPage) -> None:
    assert page.apply_built_in_preset("due_this_week")
    assert page.filter_bar.due_within_check.isChecked() and page.filter_bar.due_within_spin.value() == 7
    week = TODAY + dt.timedelta(days=7)
    assert shown(page) == {
        s.description for s in specification() if s.due_date and TODAY <= s.due_date <= week and not s.closed
    }
    assert not page.apply_built_in_preset("nonsense")


def test_save_restore_and_delete_a_preset(
    monkeypatch: pytest.MonkeyPatch, page: FollowUpsPage, tracker_store: Services
) -> None:
    bar = page.filter_bar
    bar.status_checks.boxes["open"].click()
    bar.country_combo.setCurrentIndex(bar.country_combo.findText("Russia"))
    bar.due_from_edit.set_value(TODAY - dt.timedelta(days=30))
    russia_open = shown(page)
    assert russia_open and russia_open == {
        s.description
        for s in specification()
        if s.status == "open" and s.country == "RU" and s.due_date and s.due_date >= TODAY - dt.timedelta(days=30)
    }
    answer_name(monkeypatch, "  Russia, open  ")
    page.presets_box.save_button.click()
    assert combo_texts(page) == ["Custom filter", "Overdue", "Due this week", "Russia, open"]
    assert page.presets_box.combo.currentText() == "Russia, open"
    assert page.presets_box.delete_button.isEnabled()

    bar.clear_button.click()  # another filter: the list says so
    assert page.presets_box.combo.currentText() == "Custom filter"
    assert len(shown(page)) == 320

    assert page.presets_box.choose(USER, "Russia, open")
    assert bar.status_checks.checked() == ["open"]
    assert bar.country_combo.currentText() == "Russia"
    assert bar.due_from_edit.value() == TODAY - dt.timedelta(days=30)
    assert shown(page) == russia_open

    stored = PresetService(tracker_store.store).list_presets()  # kept in the store, not in this window
    assert [name for name, _ in stored] == ["Russia, open"]
    with tracker_store.store.reading() as session:
        keys = list(session.scalars(select(m.SettingRow.key).where(m.SettingRow.key.like("tracker_preset:%"))))
    assert keys == [PRESET_PREFIX + "Russia, open"]

    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    page.presets_box.delete_button.click()
    assert asked and "Russia, open" in asked[0]
    assert combo_texts(page) == ["Custom filter", "Overdue", "Due this week"]
    assert PresetService(tracker_store.store).list_presets() == []


def test_saving_under_an_existing_name_asks_first(
    monkeypatch: pytest.MonkeyPatch, page: FollowUpsPage, tracker_store: Services
) -> None:
    presets = PresetService(tracker_store.store)
    presets.save("Mine", FollowUpFilter(country="DE"))
    page.refresh()
    page.filter_bar.overdue_check.click()
    answer_name(monkeypatch, "Mine")
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert page.presets_box.save_current() is False
    assert asked and presets.get("Mine") == FollowUpFilter(country="DE")
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.presets_box.save_current() is True
    assert presets.get("Mine") == FollowUpFilter(overdue=True)


def test_a_cancelled_name_saves_nothing(
    monkeypatch: pytest.MonkeyPatch, page: FollowUpsPage, tracker_store: Services
) -> None:
    answer_name(monkeypatch, "Something", accepted=False)
    assert page.presets_box.save_current() is False
    answer_name(monkeypatch, "   ")
    assert page.presets_box.save_current() is False
    assert PresetService(tracker_store.store).list_presets() == []


def test_presets_keep_every_condition_but_not_the_sort_order() -> None:
    flt = FollowUpFilter(
        statuses=["open", "deferred"],
        owner_id=3,
        department="Protocol",
        topic_id=2,
        country="RU",
        due_from=dt.date(2026, 1, 1),
        due_to=dt.date(2026, 12, 31),
        overdue=True,
        due_within_days=14,
        text="Şəki коридор",
        sort="priority_rank",
        descending=True,
    )
    restored = filter_from_json(filter_to_json(flt))
    assert restored == FollowUpFilter(
        statuses=["open", "deferred"],
        owner_id=3,
        department="Protocol",
        topic_id=2,
        country="RU",
        due_from=dt.date(2026, 1, 1),
        due_to=dt.date(2026, 12, 31),
        overdue=True,
        due_within_days=14,
        text="Şəki коридор",
    )
    assert filter_from_json("not json") == FollowUpFilter()
    assert filter_from_json(
        '{"overdue": "yes", "due_from": "31.12.2026", "owner_id": true, "statuses": [1, "done"]}'
    ) == (FollowUpFilter(statuses=["done"]))


def test_preset_names_are_checked(tracker_store: Services) -> None:
    presets = PresetService(tracker_store.store)
    with pytest.raises(ValidationError):
        presets.save("   ", FollowUpFilter())
    with pytest.raises(ValidationError):
        presets.save("x" * 200, FollowUpFilter())
    with pytest.raises(NotFoundError):
        presets.delete("never saved")
    assert presets.save(" Ölkə: Rusiya ", FollowUpFilter(country="RU")) == "Ölkə: Rusiya"
    assert presets.exists("Ölkə: Rusiya") and presets.get("Ölkə: Rusiya").country == "RU"
    assert tracker_store.settings.get().officer_name == ""  # presets do not disturb the settings
