"""Stop PySide6 reading the source of every module imported after it (PYSIDE-2029).

Importing PySide6 replaces Python's import with one that, after each import, reads the new
module's whole source (`inspect.getsource`, kept in `linecache`) to find out whether it mentions
PySide6: a module that does gets the `from __feature__ import ...` switching. The app never
selects a feature, so every module may simply count as a PySide module with no feature selected,
which is what the scan concludes for the app's Qt modules anyway. Without the scan the start
saves the reading of about 400 source files (tens of milliseconds, ~17 MiB of cached lines).
PySide6 6.11 offers no option for this; when its internals differ, nothing is changed.
"""

from __future__ import annotations

import sys


def _uses_pyside(module: object) -> bool:
    return True  # "no feature selected": the app never imports __feature__


def skip_source_scan() -> bool:
    """Answer PySide6's per-import question without reading the module's source; True when it applied."""
    import PySide6.QtCore  # noqa: F401  # installs the import hook and its support module

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
