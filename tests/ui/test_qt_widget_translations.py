"""Qt's own widgets (standard buttons, the file dialog, context menus) speak the interface language too.

Qt ships no Azerbaijani catalogue, so ours (qtwidgets_az) translates them; in Russian Qt's qtbase_ru does,
with ours adding what it lacks for Qt 6 and the wording this app needs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from minutes_app.ui.common import translations
from minutes_app.ui.common.translations import QT_CATALOGUE, WIDGETS_CATALOGUE, install_translators, translations_dir

Button = QDialogButtonBox.StandardButton
Switch = Callable[[str], list[QTranslator]]  # installs a language's catalogues

BUTTONS = {
    "az": {
        Button.Save: "Yadda saxla",
        Button.Cancel: "Ləğv et",
        Button.Discard: "Yadda saxlama",
        Button.Ok: "OK",
        Button.Yes: "&Bəli",
        Button.No: "&Xeyr",
        Button.Close: "Bağla",
        Button.Apply: "Tətbiq et",
        Button.Open: "Aç",
        Button.Reset: "Sıfırla",
        Button.RestoreDefaults: "Standart ayarları bərpa et",
        Button.Help: "Kömək",
        Button.SaveAll: "Hamısını yadda saxla",
        Button.YesToAll: "&Hamısına bəli",
        Button.NoToAll: "Hamısına x&eyr",
        Button.Abort: "Dayandır",
        Button.Retry: "Yenidən cəhd et",
        Button.Ignore: "Nəzərə alma",
    },
    "ru": {
        # Qt's "Отклонить" reads as "reject"; the app's only Discard answers "Save the changes?".
        Button.Save: "Сохранить",
        Button.Cancel: "Отмена",
        Button.Discard: "Не сохранять",
        Button.Ok: "OK",
        Button.Yes: "&Да",
        Button.No: "&Нет",
        Button.Close: "Закрыть",
        Button.Apply: "Применить",
    },
}


@pytest.fixture
def interface_in(qapp: QApplication) -> Iterator[Switch]:
    """Switch the interface language for one test, then back to English."""
    installed: list[QTranslator] = []
    before = QLocale()

    def switch(language: str) -> list[QTranslator]:
        installed.extend(install_translators(qapp, language))
        return installed

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _file_dialog(mode: QFileDialog.AcceptMode, folder: Path) -> QFileDialog:
    """Qt's own file dialog, as the app gets it where the system offers none (Linux without a desktop theme)."""
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    return dialog


def _shown_texts(widget: QWidget) -> set[str]:
    """Every word the widget shows a person: labels, buttons, tooltips, column headers, menu entries."""
    texts: set[str] = set()
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QPushButton)):
            texts.add(child.text())
        if isinstance(child, QToolButton):
            texts.add(child.toolTip())
        if isinstance(child, QAbstractItemView) and child.model() is not None and child.objectName() == "treeView":
            model = child.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
    texts.update(action.text() for action in widget.findChildren(QAction))  # the file list's right-click menu
    return {text for text in texts if text.strip()}


def _save_question() -> QMessageBox:
    """The editor's "Save the changes?" box (Save, Discard, Cancel), with details to show."""
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.NoButton)
    for button in (Button.Save, Button.Discard, Button.Cancel):
        box.addButton(QMessageBox.StandardButton(button.value))
    box.setDetailedText("details")
    return box


def _menu(widget: QLineEdit | QPlainTextEdit | QTextBrowser) -> list[str]:
    """The entries of the widget's right-click menu, without their shortcuts."""
    if isinstance(widget, QTextBrowser):
        menu = widget.createStandardContextMenu(QPoint(0, 0))
    else:
        menu = widget.createStandardContextMenu()
    entries = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return entries


@pytest.mark.parametrize("language", ["az", "ru"])
def test_standard_buttons(interface_in: Switch, language: str) -> None:
    interface_in(language)
    box = QDialogButtonBox()
    for button in BUTTONS[language]:
        box.addButton(button)
    assert {button: box.button(button).text() for button in BUTTONS[language]} == BUTTONS[language]


@pytest.mark.parametrize(("language", "show_details"), [("az", "Ətraflı göstər..."), ("ru", "Показать подробности...")])
def test_message_box_buttons(interface_in: Switch, language: str, show_details: str) -> None:
    interface_in(language)
    box = _save_question()
    shown = {button.text() for button in box.buttons()}
    words = BUTTONS[language]
    assert shown == {words[Button.Save], words[Button.Discard], words[Button.Cancel], show_details}


def test_azerbaijani_file_dialog(interface_in: Switch, tmp_path: Path) -> None:
    interface_in("az")
    dialog = _file_dialog(QFileDialog.AcceptMode.AcceptSave, tmp_path)
    shown = _shown_texts(dialog)
    assert {"&Yer:", "Faylın &adı:", "Faylların &növü:", "&Yadda saxla", "Ləğv et"} <= shown
    assert {"Geri", "İrəli", "Yuxarı qovluq", "Yeni qovluq yarat", "Siyahı", "Ətraflı görünüş"} <= shown
    assert {"Ad", "Ölçü", "Növ", "Dəyişdirilmə tarixi"} <= shown
    assert {"&Yeni qovluq", "&Adını dəyiş", "&Sil", "&Gizli faylları göstər"} <= shown
    opening = _shown_texts(_file_dialog(QFileDialog.AcceptMode.AcceptOpen, tmp_path))
    assert "&Aç" in opening


def test_russian_file_dialog(interface_in: Switch, tmp_path: Path) -> None:
    interface_in("ru")
    shown = _shown_texts(_file_dialog(QFileDialog.AcceptMode.AcceptSave, tmp_path))
    # Qt 6 added accelerators to two labels; qtbase_ru still translates only the old texts.
    assert {"Перейти &к:", "&Типы файлов:", "&Имя файла:", "&Сохранить", "Отмена", "Имя", "Размер"} <= shown


@pytest.mark.parametrize("language", ["az", "ru"])
def test_no_english_left_in_the_standard_widgets(interface_in: Switch, tmp_path: Path, language: str) -> None:
    """Every word these widgets show in English is shown otherwise in the interface language."""

    def everything() -> set[str]:
        box = _save_question()
        buttons = QDialogButtonBox()
        for button in BUTTONS["az"]:
            buttons.addButton(button)
        shown = _shown_texts(box) | _shown_texts(buttons)
        for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            shown |= _shown_texts(_file_dialog(mode, tmp_path))
        for widget in (QLineEdit(), QPlainTextEdit(), QTextBrowser()):
            shown.update(_menu(widget))
        return shown

    english = everything()
    interface_in(language)
    # "OK" is written so in both languages; "1" is a column Qt hides; the rest is the path and our own empty title.
    same_everywhere = {"OK", "1", "details"}
    left = (english & everything()) - same_everywhere - {str(tmp_path)}
    assert not left, f"still in English in the {language} interface: {sorted(left)}"


@pytest.mark.parametrize(
    ("language", "menu"),
    [
        ("az", ["&Geri qaytar", "&Təkrarla", "&Kəs", "K&opyala", "&Yapışdır", "Sil", "Hamısını seç"]),
        (
            "ru",
            [
                "&Отменить действие",
                "&Повторить действие",
                "&Вырезать",
                "&Копировать",
                "В&ставить",
                "Удалить",
                "Выделить всё",
            ],
        ),
    ],
)
def test_text_field_menus(interface_in: Switch, language: str, menu: list[str]) -> None:
    interface_in(language)
    assert _menu(QLineEdit()) == menu
    assert _menu(QPlainTextEdit()) == menu


def test_each_language_loads_its_widget_catalogues(interface_in: Switch) -> None:
    assert len(interface_in("az")) == 2  # the app's and ours for Qt's widgets: Qt ships no Azerbaijani catalogue
    assert len(interface_in("ru")) == 5  # plus the three for Russian: the app's, Qt's and ours


def test_qt_russian_catalogue_is_found_where_qt_does_not_say(
    interface_in: Switch, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle may leave Qt's translations folder unconfigured; qtbase_ru is then found in PySide6's own."""

    class Unconfigured:
        LibraryPath = translations.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_: object) -> str:
            return str(tmp_path / "nowhere")

    monkeypatch.setattr(translations, "QLibraryInfo", Unconfigured)
    assert len(interface_in("ru")) == 3
    assert QCoreApplication.translate("QPlatformTheme", "Apply") == "Применить"  # only Qt's catalogue has it


def _ts_messages(file: Path) -> set[tuple[str, str]]:
    root = ET.parse(file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.usefixtures("qapp")
def test_russian_covers_every_widget_message_azerbaijani_does() -> None:
    """What we translate into Azerbaijani is a message Qt asks for, so Qt's Russian (or ours) translates it too."""
    russian = []
    places = ((QT_CATALOGUE, translations.qt_translations_dirs()), (WIDGETS_CATALOGUE, [translations_dir()]))
    for catalogue, folders in places:
        translator = QTranslator()
        assert any(translator.load(f"{catalogue}_ru", str(folder)) for folder in folders)
        russian.append(translator)
    messages = _ts_messages(translations_dir() / f"{WIDGETS_CATALOGUE}_az.ts")
    assert len(messages) > 100
    untranslated = {key for key in messages if not any(t.translate(key[0], key[1]) for t in russian)}
    assert not untranslated


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_compiled_widget_catalogue_matches_its_source(language: str) -> None:
    """pyside6-lrelease was run after the last change to the .ts."""
    translator = QTranslator()
    assert translator.load(f"{WIDGETS_CATALOGUE}_{language}", str(translations_dir()))
    root = ET.parse(translations_dir() / f"{WIDGETS_CATALOGUE}_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            name, source = context.findtext("name") or "", message.findtext("source") or ""
            assert translator.translate(name, source) == message.findtext("translation"), (name, source)
