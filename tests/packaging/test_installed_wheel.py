"""The built wheel, installed away from the source tree, finds its templates, translations, icon and sample data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import minutes_app

SOURCE_ROOT = Path(minutes_app.__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the sources and installed (without its dependencies) into a folder of its own."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"  # a copy: the build's own build/ and egg-info stay out of the checkout
    shutil.copytree(SOURCE_ROOT / "minutes_app", source / "minutes_app", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(SOURCE_ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(root / "dist"), str(source)], check=True, timeout=300)
    (wheel,) = (root / "dist").glob("minutes_app-*.whl")
    target = root / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True, timeout=300)
    return target


def _run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run with the installed copy first on the path, from `cwd` (far from the checkout); the dependencies come from this venv."""
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=120, env=env, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done


def test_the_wheel_ships_the_resources_and_not_their_sources(installed: Path) -> None:
    resources = installed / "minutes_app" / "resources"
    shipped = {p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()}
    assert {
        "guide/guide_az.html",
        "guide/guide_en.html",
        "guide/guide_ru.html",
        "icons/minutes-app.svg",
        "icons/overdue.svg",
        "sample/demo_meeting.json",
        "templates/minutes-default.docx",
        "translations/minutes_app_az.qm",
        "translations/minutes_app_ru.qm",
        "translations/qtwidgets_az.qm",
        "translations/qtwidgets_ru.qm",
    } <= shipped
    assert not [name for name in shipped if name.endswith((".ts", ".py"))]


def test_resources_are_found_in_the_installed_package(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import minutes_app; from minutes_app.resource_files import resources_dir; "
        "from minutes_app.exports.docx_common import default_template_path; "
        "print(minutes_app.__file__); print(resources_dir()); print(default_template_path().is_file())"
    )
    module, resources, template_found = _run(installed, tmp_path, sys.executable, "-c", probe).stdout.split()
    assert Path(module).is_relative_to(installed)  # the installed copy, not the checkout
    assert Path(resources) == installed / "minutes_app" / "resources"
    assert template_found == "True"


def test_the_installed_app_works_from_another_folder(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = [sys.executable, "-m", "minutes_app", "--data-dir", str(data)]
    assert "Sample meeting loaded" in _run(installed, tmp_path, *cli, "demo").stdout
    _run(installed, tmp_path, *cli, "export-docx", "--lang", "az", "1", "minutes-az.docx")
    with zipfile.ZipFile(tmp_path / "minutes-az.docx") as docx:
        assert b'w:val="az-Latn-AZ"' in docx.read("word/styles.xml")
    _run(installed, tmp_path, *cli, "briefing", "--lang", "ru", "RU", "briefing.docx")
    assert (tmp_path / "briefing.docx").stat().st_size > 10_000
    # The GUI launcher the wheel installed, with the option given as two words.
    gui = installed / "bin" / "minutes-app-gui"
    checked = _run(installed, tmp_path, sys.executable, str(gui), "--data-dir", str(data), "--self-check", "az")
    assert "self-check ok" in checked.stdout and "'Görüşlər'" in checked.stdout
