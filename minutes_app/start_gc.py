"""The garbage collector held off while the app starts, then the objects made by then set aside for good.

A start makes a few hundred thousand objects that live as long as the app (modules, classes, widgets):
before the first paint the collector walked them about 230 times (70-130 ms of a start of about a
second), and every later full collection would walk them all again. It is held off until the window
has painted; then `gc.freeze()` moves what exists out of its sight (as a forking server does) and it
collects what is made afterwards as usual. Reference counting frees everything else meanwhile.
"""

from __future__ import annotations

import gc

_held = [False]  # whether hold() turned the collector off (a test that turned it off itself keeps it off)


def hold() -> None:
    """Stop automatic collection until release(); nothing when it is already off."""
    if gc.isenabled():
        gc.disable()
        _held[0] = True


def release() -> None:
    """Set aside every object made so far and collect automatically again; undoes hold() only."""
    if not _held[0]:
        return
    _held[0] = False
    gc.freeze()
    gc.enable()
