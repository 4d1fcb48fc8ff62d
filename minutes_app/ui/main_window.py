"""The main window: navigation between pages, the menus, the status bar, and refreshing pages after changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import StoreError
from minutes_app.services import Services
from minutes_app.services.change_watch import Change
from minutes_app.services.settings import Settings
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.background_call import BackgroundCall
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.common.icons import app_icon
from minutes_app.ui.common.model_texts import retranslate_models
from minutes_app.ui.common.screen_fit import default_size, fit_on_screen
from minutes_app.ui.common.store_failure_text import read_only_banner_label
from minutes_app.ui.common.store_watch import StoreWatch
from minutes_app.ui.common.translations import switch_language
from minutes_app.ui.common.ui_settings import GEOMETRY_KEY, PAGE_KEY
from minutes_app.ui.common.view_positions import scroll_kept
from minutes_app.ui.directory.directory_page import DirectoryPage
from minutes_app.ui.dossier.dossier_page import DossierPage
from minutes_app.ui.meetings.editor_area import EditorArea, EditorFactory, real_editor_factory
from minutes_app.ui.meetings.meeting_commands import MeetingCommands
from minutes_app.ui.meetings.meetings_page import MeetingsPage
from minutes_app.ui.meetings.old_minutes_import import OldMinutesImport
from minutes_app.ui.search.global_search import GlobalSearch
from minutes_app.ui.startup.restart import ask_to_restart
from minutes_app.ui.team import role_limits
from minutes_app.ui.team.connection_banner import ConnectionBanner, report_if_lost
from minutes_app.ui.team.store_caption import app_title, status_caption
from minutes_app.ui.team.store_menu import StoreMenu
from minutes_app.ui.texts_language_chooser import TextsLanguageChooser
from minutes_app.ui.tracker.followups_page import FollowUpsPage
from minutes_app.ui.trash.trash_page import TrashPage

# The dialogs and actions of the menus are imported when first used, not before the window's first paint.
if TYPE_CHECKING:
    from minutes_app.ui.settings.settings_dialog import SettingsDialog
    from minutes_app.ui.user_guide import UserGuideDialog

MEETINGS, FOLLOW_UPS, DIRECTORY, EDITOR = "meetings", "follow_ups", "directory", "editor"
DOSSIER, TRASH = "dossier", "trash"
BROWSING_PAGES = (MEETINGS, FOLLOW_UPS, DIRECTORY, DOSSIER, TRASH)
STATUS_TIMEOUT_MS = 8000
NAVIGATION_MIN_WIDTH, NAVIGATION_MAX_WIDTH = 200, 340


class Page(Protocol):
    """What the main window asks of a browsing page."""

    def refresh(self) -> None: ...
    def focus_search(self) -> None: ...


class MainWindow(QMainWindow):
    """Pages on the left, the current page on the right; re-broadcasts every change as `data_changed`."""

    data_changed = Signal()
    restore_requested = Signal(Path)  # a backup to restore once the window has closed
    restart_requested = Signal()  # start the app again once the window has closed (a new interface language)
    store_switch_requested = Signal(object)  # AppPaths of a team server, or None for My computer, once closed

    def __init__(
        self,
        services: Services,
        ui_settings: QSettings,
        *,
        editor_factory: EditorFactory = real_editor_factory,
        today: dt.date | None = None,
        fast_start: bool = False,
    ) -> None:
        """`fast_start` (run_gui) leaves the overdue count to `update_overdue_count()` after the first paint and
        fills the meeting list a screenful first, the rest from a thread."""
        super().__init__()
        self.services = services
        self._ui_settings = ui_settings
        self._today = today
        self._settings = services.settings.get()
        self._stale: set[str] = set(BROWSING_PAGES)
        # On a fast start the count (which grows with the overdue follow-ups) never holds up a save or a refresh.
        self._last_overdue = 0  # the last count shown: a new interface language words it again without a query
        self._overdue_counter = (
            BackgroundCall(self._show_overdue_count, self, name="overdue-count", after_paint=self)
            if fast_start
            else None
        )
        self._last_browsing_page = MEETINGS
        self._guide: UserGuideDialog | None = None
        self._app_title = app_title(services.paths)  # always says which store is open
        self.setWindowTitle(self._app_title)
        self.setWindowIcon(app_icon())

        self.editor_area = EditorArea(services, self.current_settings, editor_factory, self, ui_settings=ui_settings)
        self.editor_area.status_reported.connect(self.show_status)
        self.commands = MeetingCommands(services, self.editor_area, self.current_settings, self)
        self.meetings_page = MeetingsPage(services, self.commands)
        self.follow_ups_page = FollowUpsPage(
            services, self.commands, today=today, ui_settings=ui_settings, background_choices=fast_start
        )
        self.directory_page = DirectoryPage(services, self.commands)
        self.dossier_page = DossierPage(services, self.commands, ui_settings, today=today)
        self.trash_page = TrashPage(services)
        self._pages: dict[str, QWidget] = {
            MEETINGS: self.meetings_page,
            FOLLOW_UPS: self.follow_ups_page,
            DIRECTORY: self.directory_page,
            DOSSIER: self.dossier_page,
            TRASH: self.trash_page,
            EDITOR: self.editor_area,
        }
        self.search = GlobalSearch(services.search, self)
        self.addToolBar(self.search.toolbar)
        # One choice for every list (meetings, follow-ups, dossier), as a view setting beside the search.
        self.texts_language = TextsLanguageChooser(ui_settings, self)
        self.texts_toolbar = QToolBar()
        self.texts_toolbar.setObjectName("texts_language_toolbar")
        self.texts_toolbar.setMovable(False)
        self.texts_toolbar.addWidget(self.texts_language)
        self.addToolBar(self.texts_toolbar)
        self._show_texts_in(self.texts_language.language())
        self.navigation = QListWidget()
        self.stack = QStackedWidget()
        self.edit_history = QUndoGroup(self)  # Edit > Undo / Redo act on the open meeting's history
        self._editor_wired = False
        self._editor_follows_store = False
        self._follows_screen = False
        self._closing_unsaved = False  # close_unsaved(): the store can take no write, ask nothing
        self._build_navigation()
        self._build_actions()
        self._build_menus()
        self.location_label = QLabel()
        self.statusBar().addPermanentWidget(self.location_label)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = read_only_banner_label(services.store.read_only)
        outer.addWidget(self.read_only_banner)
        self.connection_banner = ConnectionBanner()
        self.connection_banner.retry_requested.connect(self.refresh_current_page)
        outer.addWidget(self.connection_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        # Another officer's save (another process or connection) reaches the lists and the editor.
        self.store_watch = StoreWatch(services, self)
        self._connect()
        self.retranslate()
        self._restore_layout()
        self._apply_role()
        if fast_start:
            self._fit_navigation_width()
        else:
            self.update_overdue_count()
        self._update_actions()

    # Building ---------------------------------------------------------------------------

    def _apply_role(self) -> None:
        """On a team server, name the member's role in the status bar and grey out what it does not allow."""
        access = self.services.access()
        self.role_label = QLabel(role_limits.caption(access) if access.is_restricted else "")
        self.role_label.setVisible(access.is_restricted)
        self.statusBar().addPermanentWidget(self.role_label)
        writes = role_limits.write_limit(access)
        self.meetings_page.write_limit = writes
        self.follow_ups_page.write_limit = writes
        if self.follow_ups_page.detail_panel.attachments is not None:
            self.follow_ups_page.detail_panel.attachments.set_write_limit(writes)
        role_limits.limit(
            (
                self.new_meeting_action,
                self.import_old_minutes_action,
                self.import_sheet_action,
                self.undo_import_action,
                self.sample_action,
                self.meetings_page.new_button,
                self.follow_ups_page.detail_panel.status_button,
                self.follow_ups_page.detail_panel.note_edit,
            ),
            writes,
        )
        lists = role_limits.lists_limit(access)
        self.directory_page.write_limit = lists
        pages = self.directory_page
        role_limits.limit(
            (pages.add_person_button, pages.add_organisation_button, pages.edit_button, pages.delete_button), lists
        )

    def _build_navigation(self) -> None:
        for key, page in self._pages.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        self._nav_item(EDITOR).setHidden(True)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget#navigation { font-size: 11pt; padding-top: 6px; }")

    def _build_actions(self) -> None:
        self.new_meeting_action = self._action(QKeySequence.StandardKey.New, lambda: self.commands.new_meeting())
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.editor_area.save)
        self.close_meeting_action = self._action(QKeySequence("Ctrl+W"), self.editor_area.close_editor)
        self.old_minutes_import = OldMinutesImport(self.services, self._ui_settings, self)
        self.import_old_minutes_action = self._action(None, lambda: self.old_minutes_import.run())
        self.backup_action = self._action(None, self._back_up_now)
        self.restore_action = self._action(None, self._restore_from_backup)
        self.import_sheet_action = self._action(None, self._import_sheet)
        self.undo_import_action = self._action(None, self._undo_sheet_import)
        self.store_menu = StoreMenu(self.services.paths, self)
        self.store_menu.switch_requested.connect(self.switch_store)
        self.settings_action = self._action(QKeySequence("Ctrl+,"), self.open_settings)
        self.quit_action = self._action(QKeySequence("Ctrl+Q"), self.close)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.search.focus)
        self.filter_action = self._action(QKeySequence("Ctrl+Shift+F"), self.focus_search)
        self.undo_action, self.redo_action = self._undo_actions()
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(self._pages, start=1):
            self.page_actions[key] = self._action(
                QKeySequence(f"Ctrl+{number}"), lambda _=False, k=key: self.show_page(k)
            )
        self.refresh_action = self._action(QKeySequence.StandardKey.Refresh, self.refresh_current_page)
        self.guide_action = self._action(QKeySequence("F1"), self.open_user_guide)
        self.sample_action = self._action(None, self._load_sample_meeting)
        self.about_action = self._action(None, self._show_about)
        is_file = self.services.paths.db_file is not None
        self.backup_action.setEnabled(is_file)
        self.restore_action.setEnabled(is_file)
        for writes in (self.import_sheet_action, self.undo_import_action):
            writes.setEnabled(not self.services.store.read_only)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Edit > Undo and Redo; Qt keeps their prefix ("&Undo") from creation, so a new language makes new ones."""
        undo = self.edit_history.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.edit_history.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return undo, redo

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[..., object]) -> QAction:
        """An action of the window; its text is set by retranslate."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        _add(
            file_menu,
            self.new_meeting_action,
            self.save_action,
            self.close_meeting_action,
            None,
            self.import_old_minutes_action,
            self.import_sheet_action,
            self.undo_import_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.store_menu.connect_action,
        )
        file_menu.addMenu(self.store_menu.switch_menu)
        file_menu.addMenu(self.store_menu.manage_menu)
        _add(
            file_menu,
            None,
            self.settings_action,
            None,
            self.quit_action,
        )
        self.edit_menu = edit_menu = bar.addMenu("")
        _add(edit_menu, self.undo_action, self.redo_action, None, self.find_action, self.filter_action)
        self.view_menu = view_menu = bar.addMenu("")
        _add(view_menu, *self.page_actions.values(), None, self.refresh_action)
        view_menu.addSeparator()
        view_menu.addMenu(self.texts_language.menu)
        self.help_menu = help_menu = bar.addMenu("")
        _add(help_menu, self.guide_action, None, self.sample_action, None, self.about_action)

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        self.texts_language.language_changed.connect(self._show_texts_in)
        self.commands.data_changed.connect(self.announce_change)
        self.commands.status_reported.connect(self.show_status)
        self.follow_ups_page.data_changed.connect(self.announce_change)
        self.follow_ups_page.status_reported.connect(self.show_status)
        self.directory_page.data_changed.connect(self.announce_change)
        self.directory_page.status_reported.connect(self.show_status)
        self.dossier_page.status_reported.connect(self.show_status)
        self.old_minutes_import.status_reported.connect(self.show_status)
        self.old_minutes_import.imported.connect(self._on_old_minutes_imported)
        self.trash_page.data_changed.connect(self.announce_change)
        self.trash_page.status_reported.connect(self.show_status)
        self.search.meeting_chosen.connect(self.commands.open_meeting)
        self.search.person_chosen.connect(lambda person_id: self.show_in_directory("person", person_id))
        self.search.organisation_chosen.connect(lambda org_id: self.show_in_directory("organisation", org_id))
        self.data_changed.connect(self.search.refresh)
        self.editor_area.opened.connect(self._on_editor_opened)
        self.editor_area.closed.connect(self._on_editor_closed)
        self.editor_area.saved.connect(self._on_meeting_saved)
        self.editor_area.deleted.connect(lambda _meeting_id: self.announce_change())
        self.editor_area.title_changed.connect(self._on_editor_title_changed)
        self.editor_area.dirty_changed.connect(self._on_editor_dirty_changed)
        self.store_watch.changed_elsewhere.connect(self._on_changed_elsewhere)

    # The interface language -------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the window's texts in the interface language: at start, and again whenever the language changes."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_meeting_action: self.tr("&New meeting"),
            self.save_action: self.tr("&Save meeting"),
            self.close_meeting_action: self.tr("&Close meeting"),
            self.import_old_minutes_action: self.tr("&Import old minutes (.docx)…"),
            self.import_sheet_action: self.tr("Import from a s&preadsheet…"),
            self.undo_import_action: self.tr("&Undo the last spreadsheet import…"),
            self.backup_action: self.tr("&Back up now"),
            self.restore_action: self.tr("&Restore from backup…"),
            self.settings_action: self.tr("Se&ttings…"),
            self.quit_action: self.tr("&Quit"),
            self.find_action: self.tr("&Find"),
            self.filter_action: self.tr("F&ilter this page"),
            self.page_actions[MEETINGS]: self.tr("&Meetings"),
            self.page_actions[FOLLOW_UPS]: self.tr("&Follow-ups"),
            self.page_actions[DIRECTORY]: self.tr("&People && organisations"),
            self.page_actions[EDITOR]: self.tr("Open &meeting"),
            self.page_actions[DOSSIER]: self.tr("Counterpart &dossier"),
            self.page_actions[TRASH]: self.tr("&Trash"),
            self.refresh_action: self.tr("&Refresh"),
            self.guide_action: self.tr("User &guide"),
            self.sample_action: self.tr("Load the &sample meeting"),
            self.about_action: self.tr("&About Minutes App"),
        }
        for action, text in texts.items():
            action.setText(text)
        captions = {
            MEETINGS: self.tr("Meetings"),
            DIRECTORY: self.tr("People & organisations"),
            EDITOR: self.tr("Meeting"),
            DOSSIER: self.tr("Counterpart dossier"),
            TRASH: self.tr("Trash"),
        }
        for key, caption in captions.items():
            self._nav_item(key).setText(caption)
        if self.editor_area.is_open():
            self._on_editor_title_changed(self.editor_area.title())
        self.texts_toolbar.setWindowTitle(self.tr("Texts language"))
        self.location_label.setText(status_caption(self.services.paths))
        self._show_overdue_count(self._last_overdue)  # the Follow-ups caption, and the width the new names need

    def _renew_undo_actions(self) -> None:
        """Replace Undo and Redo with actions in the new language, in the same place in the Edit menu."""
        renewed = self._undo_actions()
        for old, new in zip((self.undo_action, self.redo_action), renewed, strict=True):
            self.edit_menu.insertAction(old, new)
            self.edit_menu.removeAction(old)
            old.deleteLater()
        self.undo_action, self.redo_action = renewed

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._renew_undo_actions()
            self.retranslate()
            self.search.retranslate()
            retranslate_models(self)
            self._stale.update(BROWSING_PAGES)  # their rows' words (statuses, kinds, countries) are read again
            try:
                self.refresh_current_page()
            except StoreError as error:  # the server does not answer: the words change now, the rows once it does
                report_if_lost(error)  # the lost-connection banner, as a failed save shows it
                self.show_status(describe_error(error))
        super().changeEvent(event)

    # Pages ------------------------------------------------------------------------------

    def _show_texts_in(self, lang: str) -> None:
        """Show every list's texts in `lang` ("" for the original)."""
        self.meetings_page.set_texts_language(lang)
        self.follow_ups_page.set_texts_language(lang)
        self.dossier_page.set_texts_language(lang)

    def current_page_key(self) -> str:
        """The key of the page on show."""
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else MEETINGS

    def show_page(self, key: str) -> None:
        """Switch to a page (the editor only while a meeting is open)."""
        if key == EDITOR and not self.editor_area.is_open():
            return
        self.navigation.setCurrentItem(self._nav_item(key))

    def page(self, key: str) -> QWidget:
        """The page widget of a key."""
        return self._pages[key]

    def show_follow_ups_preset(self, key: str) -> None:
        """Show the tracker with a built-in preset ("overdue", "due_this_week") applied."""
        self.show_page(FOLLOW_UPS)
        self.follow_ups_page.apply_built_in_preset(key)

    def show_in_directory(self, kind: str, record_id: int) -> None:
        """Show a person or an organisation ("person" / "organisation") on the People & organisations page."""
        self.show_page(DIRECTORY)
        self.directory_page.reveal(kind, record_id)

    def refresh_current_page(self) -> None:
        """Reload the page on show from the store."""
        key = self.current_page_key()
        if key in BROWSING_PAGES:
            cast(Page, self._pages[key]).refresh()
            self._stale.discard(key)
        self.update_overdue_count()

    def focus_search(self) -> None:
        """Ctrl+Shift+F: put the keyboard in the current page's own filter box."""
        key = self.current_page_key()
        if key in BROWSING_PAGES:
            cast(Page, self._pages[key]).focus_search()

    def announce_change(self) -> None:
        """Something was written: refresh the page on show now, the others when they are shown."""
        self.store_watch.acknowledge()  # before the refresh: what it reads includes any commit until now
        self._stale.update(BROWSING_PAGES)
        self.refresh_current_page()
        self.data_changed.emit()

    def _on_changed_elsewhere(self, changes: list[Change]) -> None:
        """Another officer saved: the open meeting says so at once; the lists reload keeping selection and scroll."""
        follow = getattr(self.editor_area.editor(), "follow_change_elsewhere", None)
        if follow is not None:
            follow(changes)
        self._stale.update(BROWSING_PAGES)
        key = self.current_page_key()
        if key in BROWSING_PAGES:
            with scroll_kept(self._pages[key]):
                self.refresh_current_page()
        else:
            self.update_overdue_count()
        self.data_changed.emit()

    def _on_navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.current_page_key()
        self.stack.setCurrentWidget(self._pages[key])
        if key in BROWSING_PAGES:
            self._last_browsing_page = key
            if key in self._stale:
                cast(Page, self._pages[key]).refresh()
                self._stale.discard(key)
        self._update_actions()

    def _nav_item(self, key: str) -> QListWidgetItem:
        return self.navigation.item(list(self._pages).index(key))

    def update_overdue_count(self) -> None:
        """Show how many follow-ups are overdue beside the tracker's page name (counted in a thread on a fast start)."""
        if self._overdue_counter is not None:
            follow_ups, today = self.services.follow_ups, self._today
            self._overdue_counter.start(lambda: follow_ups.count_overdue(today=today))
            return
        self._show_overdue_count(self.services.follow_ups.count_overdue(today=self._today))

    def _show_overdue_count(self, overdue: int) -> None:
        self._last_overdue = overdue
        item = self._nav_item(FOLLOW_UPS)
        item.setText(
            self.tr("Follow-ups (%1 overdue)").replace("%1", str(overdue)) if overdue else self.tr("Follow-ups")
        )
        item.setForeground(QBrush(QColor("#a61b1b")) if overdue else self.navigation.palette().text())
        self._fit_navigation_width()

    def _fit_navigation_width(self) -> None:
        """Wide enough for the page names in the interface language (the open meeting's title elides)."""
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._nav_item(key).text()) for key in BROWSING_PAGES)
        self.navigation.setFixedWidth(min(max(widest + 40, NAVIGATION_MIN_WIDTH), NAVIGATION_MAX_WIDTH))

    def _update_actions(self) -> None:
        is_open = self.editor_area.is_open()
        for action in (self.save_action, self.close_meeting_action, self.page_actions[EDITOR]):
            action.setEnabled(is_open)
        self.filter_action.setEnabled(self.current_page_key() in BROWSING_PAGES)
        self._follow_edit_history()

    def _follow_edit_history(self) -> None:
        """Undo and Redo follow the open meeting's history while the editor is on show, and do nothing elsewhere."""
        stack = getattr(self.editor_area.editor(), "undo_stack", None)
        if not isinstance(stack, QUndoStack):
            return
        if stack not in self.edit_history.stacks():
            self.edit_history.addStack(stack)
        showing = self.editor_area.is_open() and self.current_page_key() == EDITOR
        self.edit_history.setActiveStack(stack if showing else None)  # type: ignore[arg-type]  # None is allowed; the stubs omit it

    # The editor -------------------------------------------------------------------------

    def current_settings(self) -> Settings:
        """The officer's settings as last saved (given to the editor and to new meetings)."""
        return self._settings

    def _on_editor_opened(self) -> None:
        reviewed = getattr(self.editor_area.editor(), "follow_ups_changed", None)
        if reviewed is not None and not self._editor_wired:  # follow-ups of earlier meetings reviewed in the editor
            reviewed.connect(self.announce_change)
            self._editor_wired = True
        follow_store = getattr(self.editor_area.editor(), "follow_store", None)
        if follow_store is not None and not self._editor_follows_store:  # every page shows the current record
            self.data_changed.connect(follow_store)
            self._editor_follows_store = True
        self._nav_item(EDITOR).setHidden(False)
        self._on_editor_title_changed(self.editor_area.title())
        self.show_page(EDITOR)
        self._update_actions()

    def _on_editor_closed(self) -> None:
        self._nav_item(EDITOR).setHidden(True)
        self.setWindowModified(False)
        self.setWindowTitle(self._app_title)
        if self.current_page_key() == EDITOR:
            self.show_page(self._last_browsing_page)
        self._update_actions()

    def _on_editor_title_changed(self, title: str) -> None:
        shown = title.strip() or self.tr("New meeting")
        item = self._nav_item(EDITOR)
        item.setText("✎ " + (shown if len(shown) <= 40 else shown[:39] + "…"))
        item.setToolTip(shown)
        self.setWindowTitle(f"{shown}[*] — {self._app_title}")

    def _on_editor_dirty_changed(self, dirty: bool) -> None:
        if "[*]" not in self.windowTitle():  # a draft that opens with unsaved work (duplicated, recovered)
            self._on_editor_title_changed(self.editor_area.title())
        self.setWindowModified(dirty)

    def _on_meeting_saved(self, meeting_id: int) -> None:
        self.show_status(self.tr("Meeting saved."))
        self.announce_change()
        self.meetings_page.select_meeting(meeting_id)

    # Menu commands ----------------------------------------------------------------------

    def switch_store(self, target: object) -> bool:
        """Close the window (asking about unsaved work) and ask the app to open `target` (None: My computer)."""
        if not self.close():
            return False
        self.store_switch_requested.emit(target)
        return True

    def show_status(self, message: str) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def open_settings(self) -> SettingsDialog:
        """Open the Settings dialog (window-modal); its result applies at once."""
        from minutes_app.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self._ui_settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_settings_saved)
        dialog.interface_language_changed.connect(self.switch_interface_language)
        # Topics are saved one by one from the dialog: pages and the editor reload their choices.
        dialog.topics_editor.topics_changed.connect(self.announce_change)
        dialog.roles_editor.changed.connect(self.announce_change)
        dialog.open()
        return dialog

    def open_user_guide(self) -> UserGuideDialog:
        """Show the user guide in the interface language (one window, brought to the front when already open)."""
        from minutes_app.ui.user_guide import UserGuideDialog, interface_guide_language

        if self._guide is None:
            self._guide = UserGuideDialog(self)
        else:
            self._guide.show_language(interface_guide_language())
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def switch_interface_language(self, language: str) -> None:
        """Speak `language` at once (this window retranslates itself), then offer a restart for every other text."""
        app = QCoreApplication.instance()
        if app is not None:
            switch_language(app, language)
        names = dict(vocabulary_labels.choices(vocabulary_labels.LANGUAGE))
        if ask_to_restart(self, names.get(language, language)):
            self.restart()

    def restart(self) -> bool:
        """Close the window as Quit does (the open meeting asks to be saved; the layout is kept) and ask for a restart."""
        if not self.close():
            return False
        self.restart_requested.emit()
        return True

    def _on_settings_saved(self, settings: Settings) -> None:
        self._settings = settings
        self.show_status(self.tr("Settings saved."))
        self.data_changed.emit()

    def _show_about(self) -> None:
        from minutes_app.ui.about import show_about

        show_about(self, self.services.paths)

    def _back_up_now(self) -> None:
        from minutes_app.ui.backups.backup_actions import back_up_now

        made = back_up_now(self, self.services)
        if made is not None:
            self.show_status(self.tr("Backup saved: %1").replace("%1", str(made)))

    def _restore_from_backup(self) -> None:
        from minutes_app.ui.backups.backup_actions import choose_backup_to_restore

        backup = choose_backup_to_restore(self, self.services.paths)
        if backup is not None and self.close():
            self.restore_requested.emit(backup)

    def _on_old_minutes_imported(self, meeting_id: int) -> None:
        """Show the imported meeting in the lists and open it for the officer to complete."""
        self.announce_change()
        self.commands.open_meeting(meeting_id)

    def _import_sheet(self) -> None:
        from minutes_app.ui.import_sheet.import_actions import import_from_spreadsheet

        if import_from_spreadsheet(self, self.services, self._ui_settings):
            self.announce_change()

    def _undo_sheet_import(self) -> None:
        from minutes_app.ui.import_sheet.import_actions import undo_last_spreadsheet_import

        if undo_last_spreadsheet_import(self, self.services):
            self.announce_change()
            self.show_status(self.tr("The last spreadsheet import was moved to the trash."))

    def _load_sample_meeting(self) -> None:
        from minutes_app.ui.startup.sample_loading import load_sample_and_confirm

        meeting, created = load_sample_and_confirm(self.services, self)
        self.announce_change()
        if meeting.id is not None:
            self.show_page(MEETINGS)
            self.meetings_page.select_meeting(meeting.id)
        if not created:
            self.show_status(self.tr("The sample meeting is already there."))

    # Window state -----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._ui_settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(default_size(self))
        fit_on_screen(self)  # a layout saved on a bigger screen, or a default bigger than a laptop's
        page = str(self._ui_settings.value(PAGE_KEY, MEETINGS))
        self.show_page(page if page in BROWSING_PAGES else MEETINGS)

    def save_layout(self) -> None:
        """Remember the window's size, position and page for the next start."""
        self._ui_settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._ui_settings.setValue(PAGE_KEY, self._last_browsing_page)
        self._ui_settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The frame is only known once shown; the screen can change when the window is dragged to another one.
        fit_on_screen(self)
        handle = self.windowHandle()
        if handle is not None and not self._follows_screen:
            self._follows_screen = True
            handle.screenChanged.connect(lambda _screen: fit_on_screen(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Growing (contents asking for more room, a restored layout) moves the window back inside the screen.
        if (
            self.isVisible()
            and event.size().width() + event.size().height() > event.oldSize().width() + event.oldSize().height()
        ):
            fit_on_screen(self)

    def close_unsaved(self) -> None:
        """Close without asking about the open meeting: the store can take no write (its recovery copy stays)."""
        self._closing_unsaved = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Refused until the editor has closed: a save that fails in any way, even by raising, keeps the window open.
        event.ignore()
        if not self._closing_unsaved and not self.editor_area.close_editor():
            return
        self.save_layout()
        self.store_watch.stop()
        event.accept()


def _add(menu: QMenu, *actions: QAction | None) -> None:
    """Add actions to a menu; None adds a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
