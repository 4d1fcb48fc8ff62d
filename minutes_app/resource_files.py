"""Where the files shipped inside the package (templates, translations, sample data, icons) are found.

Kept apart from `paths` (which knows the store's location) so that exports can find their template without
reaching the store layer.
"""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The app's bundled resources (templates, translations, sample data, icons): the one place they are looked up."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        # A PyInstaller bundle: the spec collects the folder to <bundle>/_internal/minutes_app/resources.
        return Path(frozen_root) / "minutes_app" / "resources"
    # Inside the package, so a source checkout, an editable install and a wheel all find the same files.
    return Path(str(importlib.resources.files("minutes_app") / "resources"))
