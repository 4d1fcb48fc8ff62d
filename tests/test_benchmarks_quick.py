"""The benchmark must keep running: `python -m benchmarks --quick` completes and prints every measure.

Targets are not asserted here (speed goals live in the benchmark, not in timed tests).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_every_measure(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--runs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr[-3000:]  # 1 = a target missed, which is reported, not failed
    table = result.stdout
    for name in (
        "1. cold start",
        "2. tracker",
        "3. search",
        "4. save",
        "5a. minutes",
        "5b. status report",
        "5c. report summary",
        "7. tracker page",
        "8. overdue count",
        "9. open a meeting",
        "10. select a follow-up",
        "11. import a 500-row spreadsheet",
        "11. open the meetings page",
        "12. meetings filter",
        "13. tracker refresh",
        "14. Ctrl+S in the editor",
        "15. open a 12-attendee meeting in the editor",
        "15b. open a 200-attendee meeting in the editor",
        "15c. its participants tab",
        "16. tracker sorted by a header click",
        "16b. tracker sorted the other way",
        "10b. click the follow-up with",
        "6. peak memory",
        "1b. cold start",
    ):
        assert name in table, table
    assert not list(tmp_path.glob("minutes-bench-*")), "the run left its working copies behind"
