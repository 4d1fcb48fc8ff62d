"""The GUI launcher: the same options as `minutes-app` in both forms, and one actionable line without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import minutes_app
import minutes_app.ui.app
from minutes_app.cli.main import gui_main
from minutes_app.paths import AppPaths

SOURCE_ROOT = str(Path(minutes_app.__file__).resolve().parent.parent)


@pytest.fixture
def gui_started_with(monkeypatch: pytest.MonkeyPatch) -> list[AppPaths]:
    """The store locations the GUI was started on, instead of starting it."""
    started: list[AppPaths] = []
    monkeypatch.setattr(minutes_app.ui.app, "run_gui", lambda paths: started.append(paths) or 0)
    return started


@pytest.mark.parametrize("form", ["separate", "joined"])
def test_gui_launcher_takes_the_data_dir_in_both_forms(
    gui_started_with: list[AppPaths], tmp_path: Path, form: str
) -> None:
    folder = tmp_path / "my data"
    args = ["--data-dir", str(folder)] if form == "separate" else [f"--data-dir={folder}"]
    assert gui_main(args) == 0
    assert [p.data_dir for p in gui_started_with] == [folder.resolve()]


def test_gui_launcher_takes_the_db_option(gui_started_with: list[AppPaths], tmp_path: Path) -> None:
    store = tmp_path / "office.db"
    assert gui_main(["--db", str(store), "--data-dir", str(tmp_path)]) == 0
    assert gui_started_with[0].db_file == store.resolve()


def test_gui_launcher_refuses_a_subcommand(
    gui_started_with: list[AppPaths], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        gui_main(["demo"])
    assert ended.value.code == 2
    assert "run `demo` with minutes-app" in capsys.readouterr().err
    assert gui_started_with == []


def _start_gui(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Start the desktop app the way the README says, in a fresh process with the given Qt environment."""
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    clean.update(PYTHONPATH=SOURCE_ROOT, **env)
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean,
        cwd=tmp_path,
    )


def test_no_display_gives_one_line_and_a_clean_exit(tmp_path: Path) -> None:
    done = _start_gui(tmp_path, QT_QPA_PLATFORM="xcb")
    assert done.returncode == 2  # not Qt's abort (134)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display (DISPLAY is not set)" in lines[0] and "minutes-app --help" in lines[0]


def test_a_broken_platform_plugin_gives_one_line_and_a_clean_exit(tmp_path: Path) -> None:
    done = _start_gui(tmp_path, QT_QPA_PLATFORM="no-such-plugin", DISPLAY=":0")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Qt could not load its display plugin" in lines[0]
