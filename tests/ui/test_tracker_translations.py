"""The tracker speaks Russian and Azerbaijani: filters, presets, the panel, the status dialog, the exports."""

from __future__ import annotations

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow


def _page(make_window, services: Services):  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(services)
    window.show_page(FOLLOW_UPS)
    return window.follow_ups_page


def test_the_tracker_in_russian(interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    interface_in("ru")
    page = _page(make_window, demo_store)
    bar = page.filter_bar
    assert bar.overdue_check.text() == "&Просроченные"
    assert bar.country_combo.itemText(0) == "Любая страна" and bar.country_combo.itemText(1) == "Россия"
    assert [b.text() for b in bar.status_checks.boxes.values()] == [
        "Не выполнено",
        "На исполнении",
        "Выполнено",
        "Отменено",
        "Отложено",
    ]
    combo = page.presets_box.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Свой фильтр", "Просроченные", "Срок на этой неделе"]
    assert next(a.text() for a in page.export_menu.actions() if a.text()) == "&Отчёт об исполнении (.docx)…"
    page.table.selectRow(0)
    assert page.detail_panel.open_meeting_button.text() == "Открыть &встречу"
    assert "Создано (статус: На исполнении" in page.detail_panel.history_text()
    dialog = page.change_status("done")
    assert dialog is not None and dialog.windowTitle() == "Смена статуса"
    assert "Статус: На исполнении → " in dialog.findChildren(type(page.count_label))[0].text()
    dialog.reject()


def test_the_tracker_in_azerbaijani(interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    interface_in("az")
    page = _page(make_window, demo_store)
    assert page.filter_bar.topic_combo.itemText(0) == "İstənilən mövzu"
    assert page.filter_bar.topic_combo.findText("Ticarət") > 0  # topics in the interface language
    assert page.presets_box.combo.itemText(1) == "Müddəti keçmiş"
    assert page.count_label.text() == "Tapşırıqlar: 7"
    page.table.selectRow(0)
    assert page.detail_panel.fields["status"].text() == "İcradadır"
