"""PySide6's import hook no longer reads the source of each module imported after it (PYSIDE-2029)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import linecache, sys
import minutes_app.ui
from minutes_app.ui import app  # the app's own Qt modules, imported after the hook
read = [name for name in linecache.cache if "minutes_app" in name and name.endswith(".py")]
print(len(read))
"""


def test_the_app_modules_are_imported_without_reading_their_source() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) == 0


def test_pyside_still_works_for_the_app_after_the_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from minutes_app.ui.pyside_source_scan import skip_source_scan

    assert skip_source_scan()
    label = QLabel("ok")
    qtbot.addWidget(label)
    assert label.text() == "ok"  # camelCase methods, as without any feature
