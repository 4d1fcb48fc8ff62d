"""Fixtures of the export tests; the records themselves are built in export_samples.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # export_samples, beside this file

from export_samples import follow_up_rows, seed_meeting

from minutes_app.domain.records import FollowUpRow, Meeting


@pytest.fixture
def meeting() -> Meeting:
    return seed_meeting()


@pytest.fixture
def rows() -> list[FollowUpRow]:
    return follow_up_rows()
