"""Every module of the package imports, and the app starts, where Unix-only modules do not exist (Windows)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import minutes_app

UNIX_ONLY = ("resource", "fcntl", "pwd", "grp", "termios")

# Run in a fresh interpreter: a meta path finder refuses the Unix-only modules as Windows would, then
# every module of the package is imported and the GUI start-up path is run offscreen.
PROBE = """
import importlib, pkgutil, sys
BLOCKED = set(sys.argv[1].split(","))

class RefuseUnixOnly:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"No module named {name!r} (blocked: Unix-only)")
        return None

for name in BLOCKED:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, RefuseUnixOnly())
import minutes_app
failed = []
count = 0
for info in pkgutil.walk_packages(minutes_app.__path__, "minutes_app."):
    if info.name.endswith(".__main__"):
        continue  # `python -m minutes_app` runs the app when imported; its import is main()'s, below
    try:
        importlib.import_module(info.name)
        count += 1
    except ImportError as exc:
        failed.append(f"{info.name}: {exc}")
print(f"imported {count}")
if failed:
    sys.exit("\\n".join(failed))
from minutes_app.cli.main import main
sys.exit(main(["--data-dir", sys.argv[2], "--self-check", "en"]))
"""


def test_every_module_imports_and_the_gui_starts_without_unix_only_modules(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(minutes_app.__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(UNIX_ONLY), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split("imported ")[1].split()[0]) > 100  # the whole package, not a stray subset
    assert "self-check ok" in done.stdout


def test_the_blocker_really_blocks(tmp_path: Path) -> None:
    """The check above would prove nothing if the finder let the modules through."""
    probe = PROBE.replace("import minutes_app\n", "import resource\n", 1)
    done = subprocess.run(
        [sys.executable, "-c", probe, ",".join(UNIX_ONLY), str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "blocked: Unix-only" in done.stderr
