"""GUI test fixtures: per-test QSettings, a stand-in meeting editor honouring the editor contract, a main window."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTranslator, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from minutes_app.domain.records import Meeting
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.settings import Settings
from minutes_app.ui.common.translations import install_translators
from minutes_app.ui.editor import conflict_dialog

REAL_CHOOSE = conflict_dialog.choose  # for the tests that drive the real dialog

TODAY = dt.date(2026, 11, 27)  # fixed so overdue / due-soon colours do not depend on the calendar
UI_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail the GUI tests (except the offscreen platform's own notices)."""
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key (QTest's keyClicks only types Latin-1: no Cyrillic, no ə)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


class FakeMeetingEditor(QWidget):
    """A test double of minutes_app.ui.editor.MeetingEditor: a title field, saved through the services."""

    saved = Signal(int)
    closed = Signal()
    dirty_changed = Signal(bool)
    title_changed = Signal(str)

    def __init__(
        self, services: Services, settings_provider: Callable[[], Settings], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings_provider = settings_provider
        self.meeting: Meeting | None = None
        self.close_answer = "discard"  # what the save / discard / cancel question answers when dirty
        self.questions_asked = 0
        self.title_edit = QLineEdit()
        QVBoxLayout(self).addWidget(self.title_edit)
        self._dirty = False
        self.title_edit.textEdited.connect(self._on_edited)

    def open_meeting(self, meeting_id: int) -> None:
        self._show(self.services.meetings.get(meeting_id))

    def open_draft(self, meeting: Meeting) -> None:
        self._show(meeting)

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        assert self.meeting is not None
        self.meeting.title = self.title_edit.text()
        self.meeting = self.services.meetings.save(self.meeting)
        self._set_dirty(False)
        assert self.meeting.id is not None
        self.saved.emit(self.meeting.id)
        return True

    def maybe_close(self) -> bool:
        if not self._dirty:
            return True
        self.questions_asked += 1
        if self.close_answer == "cancel":
            return False
        if self.close_answer == "save":
            return self.save()
        self._set_dirty(False)
        return True

    def current_meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None

    def _show(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.title_edit.setText(meeting.title)
        self._set_dirty(False)
        self.title_changed.emit(meeting.title)

    def _on_edited(self, text: str) -> None:
        self._set_dirty(True)
        self.title_changed.emit(text)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


@pytest.fixture(autouse=True)
def app_log_handlers_restored() -> Iterator[None]:
    """Log files a test opened (run_gui, the crash reporter) are closed and detached afterwards."""
    logger = logging.getLogger("minutes_app")
    before = list(logger.handlers)
    yield
    for handler in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def demo(sqlite_services: Services) -> tuple[Services, Meeting]:
    """A store holding the sample meeting (loaded into the test's SQLite store), and the meeting."""
    meeting, _ = load_demo(sqlite_services)
    return sqlite_services, meeting


@pytest.fixture
def no_unplanned_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody planned for fails the test instead of blocking on a modal box (the editor's tests)."""
    from tests.ui.editor_helpers import refuse_unplanned_questions  # it reads this module's TODAY

    refuse_unplanned_questions(monkeypatch)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Interface preferences in this test's own ini file."""
    return QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A store holding the sample meeting, loaded once per session by load_demo and copied for each test."""
    return _filled_template(tmp_path_factory.mktemp("demo"), migrated_template, load_demo)


def _filled_template(folder: Path, migrated_template: Path, fill: Callable[[Services], object]) -> Path:
    """A copy of the migrated store in `folder`, filled by `fill` through the services, closed (no -wal beside it)."""
    shutil.copy(migrated_template, folder / "minutes.db")
    services = open_services(resolve_paths(data_dir=str(folder)))
    try:
        fill(services)
    finally:
        services.close()
    assert not (folder / "minutes.db-wal").exists(), "closing the store checkpoints its log into the file"
    return folder / "minutes.db"


@pytest.fixture
def demo_store(request: pytest.FixtureRequest, sqlite_paths: AppPaths, demo_template: Path) -> Services:
    """A fresh SQLite store holding the sample meeting (the sqlite_services of the test, opened on a copy)."""
    assert sqlite_paths.db_file is not None
    # The copy must land before sqlite_services opens the file: an open store leaves its -wal beside it.
    assert not sqlite_paths.db_file.with_name("minutes.db-wal").exists(), "demo_store asked for after sqlite_services"
    shutil.copy(demo_template, sqlite_paths.db_file)
    return request.getfixturevalue("sqlite_services")  # type: ignore[no-any-return]


@pytest.fixture
def make_window(qtbot, ui_settings: QSettings):  # type: ignore[no-untyped-def]
    """Build (and show) a MainWindow over a store, with the stand-in editor and a fixed today."""
    from minutes_app.ui.main_window import MainWindow

    def make(services: Services, settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(services, settings or ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def demo_window(make_window, demo_store: Services):  # type: ignore[no-untyped-def]
    """A main window over a store holding the sample meeting."""
    return make_window(demo_store)


@pytest.fixture
def interface_in(qapp) -> Iterator:  # type: ignore[no-untyped-def]
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


@pytest.fixture(scope="session")
def tracker_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """The tracker store of tests/ui/test_tracker_data.py, made once per session and copied for each test."""
    from tests.ui.test_tracker_data import fill  # that module reads TODAY from here

    return _filled_template(tmp_path_factory.mktemp("tracker"), migrated_template, fill)


@pytest.fixture
def tracker_store(tmp_path: Path, tracker_template: Path) -> Iterator[Services]:
    """A fresh copy of the tracker store."""
    data = tmp_path / "tracker-data"
    data.mkdir(mode=0o700)
    shutil.copy(tracker_template, data / "minutes.db")
    services = open_services(resolve_paths(data_dir=str(data)))
    yield services
    services.close()


@pytest.fixture
def english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test that switches the interface language (Settings) leaves the app in English."""
    from minutes_app.ui.common.translations import switch_language

    before = QLocale()
    yield
    switch_language(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def no_program_opens_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Exports' "Open after export" never starts a real program in a test; it reports the file as opened.

    A test about what happens when nothing opens the file patches openUrl itself (test_open_after_export.py).
    """
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString()) or True)
    return opened


@pytest.fixture(autouse=True)
def no_unplanned_conflict_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A save's side-by-side question nobody planned for fails the test instead of blocking on a modal dialog."""

    def unexpected(_parent: object, intro: str, _writer: str, rows: list[conflict_dialog.ConflictRow]) -> None:
        raise AssertionError(f"unexpected conflict dialog: {intro} {rows}")

    monkeypatch.setattr(conflict_dialog, "choose", unexpected)
