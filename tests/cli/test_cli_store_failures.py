"""Store failures on the command line: one line in words, exit 1, never a driver traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.store import failures

REPO = Path(__file__).resolve().parents[2]
# The CLI in a process where SQLite itself reports SQLITE_FULL once the file would have to grow.
ON_A_FULL_DISK = """
import sys
from sqlalchemy import Engine, event

@event.listens_for(Engine, "connect")
def _cap(dbapi_connection, _record):
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

from minutes_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_is_one_line_in_words(sqlite_paths: AppPaths) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", ON_A_FULL_DISK, "--data-dir", str(sqlite_paths.data_dir), "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == f"minutes-app: {failures.SENTENCES[failures.DISK_FULL]}\n", done.stderr[-3000:]
