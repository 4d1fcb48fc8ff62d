"""The app on small screens: a 1366×768 laptop in every interface language, and the same laptop at 150 % scaling.

Each screen is the offscreen platform's, set from a file when the application starts, so the checks of
screens_at_size.py run in a pytest process of their own for each screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication

from minutes_app.services import Services
from minutes_app.ui.common.ui_settings import GEOMETRY_KEY
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, FakeMeetingEditor

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}


def _run_checks(tmp_path: Path, scale: str | None, screen: str, selection: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", MINUTES_TEST_SCREEN=screen, PYTHONPATH=str(ROOT))
    if scale is not None:
        env["QT_SCALE_FACTOR"] = scale
    # -n 0: these few checks run in the one process started here, not on workers of their own (addopts says -n auto).
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", "-k", selection]
    command += ["tests/ui/screens_at_size.py", "--basetemp", str(tmp_path / "run")]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize(
    ("scale", "screen", "selection"),
    [
        (None, "1366x768", "texts_whole or settings_error"),
        ("1.5", "911x512", "scaled_screen or settings_error"),
    ],
    ids=["laptop", "laptop-150-percent"],
)
def test_pages_editor_and_settings_fit_a_small_screen(
    tmp_path: Path, scale: str | None, screen: str, selection: str
) -> None:
    run = _run_checks(tmp_path, scale, screen, selection)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]


def _frame_inside_screen(window: MainWindow) -> bool:
    return window.screen().availableGeometry().contains(window.frameGeometry())


def test_the_first_window_fits_the_screen(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert QGuiApplication.primaryScreen().availableGeometry().width() < 1280  # the offscreen screen: 800×800
    assert _frame_inside_screen(window)


def test_a_layout_saved_on_a_bigger_screen_is_brought_inside(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    bigger = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
    qtbot.addWidget(bigger)
    bigger.setMaximumSize(5000, 5000)
    bigger.setGeometry(400, 300, 1600, 1000)  # as saved on a desktop monitor
    ui_settings.setValue(GEOMETRY_KEY, bigger.saveGeometry())
    assert isinstance(ui_settings.value(GEOMETRY_KEY), QByteArray)
    window = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _frame_inside_screen(window)
    window.resize(3000, 3000)  # contents or a person cannot grow it past the screen either
    assert _frame_inside_screen(window)
