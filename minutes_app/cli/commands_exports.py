"""Subcommands writing documents: Word minutes, reports, briefings, calendar and spreadsheets."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the export subcommands (they arrive with the exports feature)."""
