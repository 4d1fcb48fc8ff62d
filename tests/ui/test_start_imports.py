"""The desktop app's start imports what its first paint needs, not the dialogs, editor and libraries behind the menus.

Guards the start-up time (issue 15): each of these, imported before the window painted, made the
start slower for every officer; a timing test would be noise on a shared machine, the module list is not.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import minutes_app
from minutes_app import start_gc
from minutes_app.services import Services
from minutes_app.services.demo import load_demo

# The real `python -m minutes_app` in a fresh interpreter; the benchmarks' probe quits once the meeting list has painted.
PROBE = """
import gc, runpy, sys
sys.argv = ["minutes_app", "--data-dir", sys.argv[1]]
try:
    runpy.run_module("minutes_app", run_name="__main__")
except SystemExit:
    pass
print("LOADED", " ".join(sorted(sys.modules)))
print("GC", gc.isenabled(), gc.get_freeze_count() > 0)
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    "alembic",  # the schema is current: nothing to migrate
    "docx",
    "openpyxl",
    "psycopg",
    "keyring",
    "minutes_app.ui.editor",  # the editor opens with a meeting
    "minutes_app.ui.settings.settings_dialog",
    "minutes_app.ui.backups.restore_dialog",
    "minutes_app.ui.import_sheet.import_actions",
    "minutes_app.ui.about",
    "minutes_app.ui.user_guide",
    "minutes_app.services.old_minutes",
    "minutes_app.services.demo",
    "minutes_app.exports.minutes_docx",
    "lxml",  # the Word template's package: the first export imports it
    "sqlalchemy.dialects.postgresql",  # an SQLite store
    "minutes_app.cli.commands_exports",  # the subcommands: the desktop app's options are parsed without them
    "minutes_app.services.sheet_import",
)


def test_the_start_imports_nothing_the_first_paint_does_not_need(sqlite_services: Services, tmp_path: Path) -> None:
    load_demo(sqlite_services)  # a meeting for the list to paint
    sqlite_services.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(minutes_app.__file__).parent.parent),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # no preference of the person running the tests
        "MINUTES_APP_BENCH_PROBE": "ready",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(sqlite_services.paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "READY" in lines, done.stderr  # the meeting list painted
    loaded = set(lines["LOADED"].split())
    assert "minutes_app.ui.main_window" in loaded  # the probe did run the desktop app
    assert [name for name in NOT_BEFORE_THE_FIRST_PAINT if name in loaded] == []
    assert lines["GC"] == "True True"  # collecting again once the window painted, the start's objects set aside


def test_release_undoes_hold_only() -> None:
    assert gc.isenabled()
    try:
        start_gc.hold()
        assert not gc.isenabled()
        start_gc.release()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        gc.unfreeze()
        gc.disable()  # turned off by someone else: hold() and release() leave it off
        start_gc.hold()
        start_gc.release()
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
