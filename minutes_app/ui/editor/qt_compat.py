"""A stopgap for PySide6 6.12.0 on Python 3.11: its calls hand back None and True without a reference.

That wheel behaves as if None, True and False were immortal (as they are from Python 3.12 on):
every `setText()`, `setFocus()`, `emit()` ... takes one reference from None or True, and after
enough calls the interpreter aborts ("none_dealloc" / "bool_dealloc: deallocating ..."). PySide6
6.11.3 does not do this. The real fix is to keep PySide6 below 6.12 (or run Python 3.12+);
until then `install()` detects the fault and, only when present, gives these three objects a
reference count they cannot run out of, which is what the wheel assumes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_ENOUGH = 1 << 40  # more references than a process can ever take away


class _Probe(QObject):
    fired = Signal()


def references_lost() -> dict[str, int]:
    """How many references to None and True a few harmless PySide calls take away (0 and 0 when sound)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")  # returns None
        probe.fired.emit()  # returns True
    return {"None": none_before - sys.getrefcount(None), "True": true_before - sys.getrefcount(True)}


def _immortalise(value: object) -> None:
    # ob_refcnt is the first field of every object in CPython's release builds.
    ctypes.c_ssize_t.from_address(id(value)).value += _ENOUGH


def install() -> bool:
    """Apply the stopgap when this PySide loses references (never on Python 3.12+); True when applied now."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _ENOUGH:
        return False
    lost = references_lost()
    if lost["None"] < _PROBES and lost["True"] < _PROBES:
        return False
    for value in (None, True, False):
        _immortalise(value)
    return True
