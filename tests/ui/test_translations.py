"""The interface in Russian and Azerbaijani: the catalogues load and the main labels change language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt

from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.common.translations import translations_dir
from minutes_app.ui.common.ui_settings import LANGUAGE_KEY, interface_language
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings.meetings_table_model import COUNTRY


def test_the_compiled_catalogues_are_bundled() -> None:
    for language in ("az", "ru"):
        assert (translations_dir() / f"minutes_app_{language}.qm").stat().st_size > 1000
        assert (translations_dir() / f"qtwidgets_{language}.qm").stat().st_size > 100


def test_russian_interface(interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    installed = interface_in("ru")
    assert len(installed) == 3  # the app's catalogue, Qt's own and ours for what Qt's lacks
    assert display_language() == "ru"
    window: MainWindow = make_window(demo_store)
    nav = [window.navigation.item(i).text() for i in range(3)]
    assert nav == ["Встречи", "Поручения (просрочено: 2)", "Люди и организации"]
    assert [a.text() for a in window.menuBar().actions()] == ["&Файл", "&Правка", "&Вид", "&Справка"]
    model = window.meetings_page.model
    assert model.headerData(COUNTRY, Qt.Orientation.Horizontal) == "Страна-партнёр"
    assert model.index(0, COUNTRY).data() == "Россия"
    assert (
        vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, "in_progress") == "На исполнении"
    )  # as in the documents


def test_azerbaijani_interface_without_a_qt_catalogue(interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    installed = interface_in("az")
    assert len(installed) == 2  # the app's and ours for Qt's widgets: Qt ships no Azerbaijani catalogue
    window: MainWindow = make_window(demo_store)
    assert window.navigation.item(0).text() == "Görüşlər"
    assert window.meetings_page.model.index(0, COUNTRY).data() == "Rusiya"
    assert vocabulary_labels.label(vocabulary_labels.MEETING_KIND, "bilateral_meeting") == "İkitərəfli görüş"


def test_the_language_setting(ui_settings: QSettings) -> None:
    ui_settings.setValue(LANGUAGE_KEY, "az")
    assert interface_language(ui_settings) == "az"
    ui_settings.setValue(LANGUAGE_KEY, "")
    assert interface_language(ui_settings) in ("en", "az", "ru")  # follows the system
    assert QCoreApplication.translate("MainWindow", "Meetings") == "Meetings"  # English unless installed
