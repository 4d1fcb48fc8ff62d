"""A read beside the window waits for the repaint it would compete with, then runs in a thread; only the latest counts."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.ui.common import background_call
from minutes_app.ui.common.background_call import BackgroundCall


def _shown(qtbot) -> tuple[QWidget, QLabel]:  # type: ignore[no-untyped-def]
    window = QWidget()
    label = QLabel("rows", window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the first paint is over
    return window, label


def test_the_thread_starts_once_the_widget_has_repainted(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, label = _shown(qtbot)
    delivered: list[object] = []
    call = BackgroundCall(delivered.append, window, name="test-read", after_paint=window)
    started = threading.Event()

    def work() -> str:
        started.set()
        return "read"

    label.setText("rows again")  # a change on screen: a repaint is due
    call.start(work)
    assert call.is_waiting() and not started.is_set()  # nothing competes with the repaint
    qtbot.waitUntil(lambda: delivered == ["read"], timeout=5_000)
    assert not call.is_waiting()


def test_a_call_waiting_for_the_repaint_is_replaced_by_a_later_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, label = _shown(qtbot)
    delivered: list[object] = []
    ran: list[str] = []
    call = BackgroundCall(delivered.append, window, name="test-read", after_paint=window)
    label.setText("first change")
    call.start(lambda: ran.append("first") or "first")
    call.start(lambda: ran.append("second") or "second")
    qtbot.waitUntil(lambda: delivered == ["second"], timeout=5_000)
    qtbot.wait(50)
    assert ran == ["second"]  # the first would have been stale: it was never read


def test_a_hidden_widget_does_not_hold_the_read_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    hidden = QWidget()
    qtbot.addWidget(hidden)
    delivered: list[object] = []
    call = BackgroundCall(delivered.append, hidden, name="test-read", after_paint=hidden)
    call.start(lambda: "read")
    assert not call.is_waiting()
    qtbot.waitUntil(lambda: delivered == ["read"], timeout=5_000)


def test_a_window_that_does_not_repaint_starts_the_read_after_a_while(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(background_call, "PAINT_WAIT_MS", 50)
    window, _label = _shown(qtbot)
    window.setUpdatesEnabled(False)  # as a minimised window: no paint comes
    delivered: list[object] = []
    call = BackgroundCall(delivered.append, window, name="test-read", after_paint=window)
    call.start(lambda: "read")
    assert call.is_waiting()
    qtbot.waitUntil(lambda: delivered == ["read"], timeout=5_000)
    window.setUpdatesEnabled(True)
