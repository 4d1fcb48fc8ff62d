"""The import dialog: file, sheet, header row, a column per field, unknown values, preview, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.sheet_columns import FIELDS, REQUIRED_FIELDS, column_letter
from minutes_app.services import Services
from minutes_app.services.sheet_import import ImportCancelledError, import_plan, plan_data, read_file
from minutes_app.services.sheet_plan import ImportOptions, ImportResult, SheetPlan
from minutes_app.services.sheet_reader import SheetData
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.common.vocabulary_labels import FOLLOW_UP_STATUS, PRIORITY, choices
from minutes_app.ui.import_sheet.mapping_memory import remember, remembered
from minutes_app.ui.import_sheet.preview_model import ImportPreviewModel, field_label

NOT_IMPORTED = -1  # a mapping combo's data when the field is not imported


class ImportSheetDialog(QDialog):
    """Choose a spreadsheet, check how its columns map and what its rows become, and import it."""

    checked = Signal()  # the sheet was checked again and the preview shows the result

    def __init__(self, services: Services, ui_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui_settings = ui_settings
        self.result_counts: ImportResult | None = None
        self._data: SheetData | None = None
        self._plan: SheetPlan | None = None
        self._path = ""
        self._values: dict[str, dict[str, str]] = {}
        self._loading = False  # widgets being filled from a plan: their change signals are not the person's
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(1100, 720)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1)
        self.mapping_combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_grid = QGridLayout(mapping_box)
        for i, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            self.mapping_combos[field] = combo
            caption = field_label(field) + (" *" if field in REQUIRED_FIELDS else "")
            name = QLabel(caption)
            name.setBuddy(combo)
            mapping_grid.addWidget(name, i // 3, (i % 3) * 2)
            mapping_grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.values_box = QGroupBox(self.tr("Values this app does not know"))
        self.values_form = QFormLayout(self.values_box)
        self.value_combos: dict[tuple[str, str], QComboBox] = {}
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_check = QCheckBox(self.tr("&Leave out rows with errors"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        top.addRow(self.tr("File:"), file_row)
        where = QHBoxLayout()
        where.addWidget(self.sheet_combo, 1)
        header_label = QLabel(self.tr("Column names in &row:"))
        header_label.setBuddy(self.header_spin)
        where.addWidget(header_label)
        where.addWidget(self.header_spin)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        top.addRow(sheet_label, where)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(self.values_box)
        layout.addWidget(QLabel(self.tr("Preview (the first rows as they will be stored):")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_check)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.values_box.setVisible(False)

        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.header_spin.valueChanged.connect(self._on_header_row_changed)
        for combo in self.mapping_combos.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        self.skip_check.toggled.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)

    def current_plan(self) -> SheetPlan | None:
        """The sheet as last checked with the current choices."""
        return self._plan

    # Choosing what to read -------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a spreadsheet file and read it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.windowTitle(), self._path, self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)")
        )
        if chosen:
            self.load_file(chosen)

    def load_file(self, path: str, sheet: str | None = None) -> None:
        """Read `path` (its first sheet unless named) and check it with the remembered or guessed mapping."""
        try:
            data = read_file(path, sheet)
        except MinutesError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        self._path, self._data = path, data
        self.file_edit.setText(str(Path(path)))
        self._loading = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(data.sheet_names)
        self.sheet_combo.setCurrentText(data.sheet)
        self.header_spin.setRange(1, max(len(data.rows), 1))
        self._loading = False
        self._check(header_row=None, mapping=None)

    def _on_sheet_changed(self, index: int) -> None:
        if self._loading or index < 0 or not self._path:
            return
        self.load_file(self._path, self.sheet_combo.itemText(index))

    def _on_header_row_changed(self, row: int) -> None:
        if not self._loading and self._data is not None:
            self._check(header_row=row, mapping=None)

    def _on_mapping_changed(self) -> None:
        if not self._loading and self._plan is not None:
            # After the combo's own event: checking again refills the combos, which must not happen inside it.
            QTimer.singleShot(0, self._check_again)

    def _on_value_chosen(self) -> None:
        if self._loading or self._plan is None:
            return
        for (field, raw), combo in self.value_combos.items():
            value = combo.currentData()
            if value:
                self._values.setdefault(field, {})[raw] = str(value)
        QTimer.singleShot(0, self._check_again)  # the value combos are rebuilt: not while one is handling a click

    def _check_again(self) -> None:
        if self._plan is not None:
            self._check(header_row=self._plan.header_row, mapping=self._chosen_mapping())

    def _chosen_mapping(self) -> dict[str, str]:
        """The columns the combos name, as letters; an empty mapping means "guess"."""
        mapping: dict[str, str] = {}
        for field, combo in self.mapping_combos.items():
            index = combo.currentData()
            mapping[field] = "" if index is None or index == NOT_IMPORTED else column_letter(int(index))
        return mapping

    # Checking --------------------------------------------------------------------------

    def _check(self, *, header_row: int | None, mapping: dict[str, str] | None) -> None:
        """Check every row with these choices and show the result; None mapping: remembered, else guessed."""
        if self._data is None:
            return
        options = ImportOptions(sheet=self._data.sheet, header_row=header_row, values=self._values)
        if mapping is not None:
            options.mapping = mapping
        try:
            plan = plan_data(self.services.store, self._data, options)
            if mapping is None:
                memory, values = remembered(self.ui_settings, plan.signature)
                if memory:
                    for field, table in values.items():
                        self._values.setdefault(field, {}).update(table)
                    options.mapping, options.values = memory, self._values
                    options.header_row = plan.header_row
                    plan = plan_data(self.services.store, self._data, options)
        except MinutesError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        self._show(plan)

    def _show(self, plan: SheetPlan) -> None:
        self._plan = plan
        self._loading = True
        try:
            self.header_spin.setValue(plan.header_row)
            for field, combo in self.mapping_combos.items():
                combo.clear()
                combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
                for index, header in enumerate(plan.headers):
                    combo.addItem(f"{column_letter(index)}: {header}", index)
                chosen = plan.columns.get(field, NOT_IMPORTED)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self._show_unknown_values(plan)
        finally:
            self._loading = False
        self.preview_model.set_rows(plan.rows)
        self.summary_label.setText(self._summary(plan))
        self._update_buttons()
        self.checked.emit()

    def _show_unknown_values(self, plan: SheetPlan) -> None:
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self.value_combos.clear()
        topics = [(t.name, t.name_in(display_language())) for t in self.services.topics.list_topics()]
        options = {"status": choices(FOLLOW_UP_STATUS), "priority": choices(PRIORITY), "topic": topics}
        for field, raws in plan.unknown.items():
            for raw in raws:
                combo = QComboBox()
                combo.setObjectName(f"value_{field}_{raw}")
                combo.addItem(self.tr("(choose)"), "")
                for value, caption in options.get(field, []):
                    combo.addItem(caption, value)
                combo.currentIndexChanged.connect(self._on_value_chosen)
                self.value_combos[(field, raw)] = combo
                self.values_form.addRow(f"{field_label(field)}: “{raw}”", combo)
        self.values_box.setVisible(bool(self.value_combos))

    def _summary(self, plan: SheetPlan) -> str:
        parts = [
            self.tr("%1 rows: %2 new meetings (and %3 already in the store), %4 new follow-ups, %5 already there.")
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(plan.meetings_new))
            .replace("%3", str(plan.meetings_existing))
            .replace("%4", str(plan.follow_ups_new))
            .replace("%5", str(plan.follow_ups_existing))
        ]
        if plan.new_people:
            parts.append(self.tr("New people for the directory: %1.").replace("%1", ", ".join(plan.new_people)))
        if plan.new_organisations:
            names = ", ".join(plan.new_organisations)
            parts.append(self.tr("New organisations for the directory: %1.").replace("%1", names))
        for problem in plan.mapping_problems:
            parts.append(self.tr("Columns: %1.").replace("%1", problem))
        errors = plan.errors
        if errors:
            rows = len({e.row for e in errors})
            listed = "; ".join(str(e) for e in errors[:20]) + ("…" if len(errors) > 20 else "")
            parts.append(self.tr("%1 rows have errors: %2").replace("%1", str(rows)).replace("%2", listed))
        return "\n".join(parts)

    def _update_buttons(self) -> None:
        plan = self._plan
        ready = (
            plan is not None
            and not plan.mapping_problems
            and bool(plan.good_rows)
            and (not plan.errors or self.skip_check.isChecked())
        )
        self.import_button.setEnabled(ready)

    # Importing -------------------------------------------------------------------------

    def run_import(self) -> None:
        """Import the good rows with a progress bar that can be cancelled (nothing is then written)."""
        plan = self._plan
        if plan is None:
            return
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, max(len(plan.good_rows), 1), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)  # a window-modal progress dialog processes events here
            return not progress.wasCanceled()

        try:
            result = import_plan(
                self.services.store,
                plan,
                skip_bad_rows=self.skip_check.isChecked(),
                author=self.services.settings.get().officer_name,
                source=Path(self._path).name,
                progress=report,
            )
        except ImportCancelledError:
            progress.close()
            QMessageBox.information(self, self.windowTitle(), self.tr("The import was cancelled; nothing was added."))
            return
        except MinutesError as error:
            progress.close()
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        progress.close()
        mapping = {field: plan.headers[index] for field, index in plan.columns.items()}
        remember(self.ui_settings, plan.signature, mapping, self._values)
        self.result_counts = result
        self.accept()
