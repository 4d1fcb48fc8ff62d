"""A read beside the window waits for the repaint it would compete with, then runs in a thread; only the latest counts."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

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


def _two_pages(qtbot) -> tuple[QStackedWidget, QLabel, QLabel]:  # type: ignore[no-untyped-def]
    stack = QStackedWidget()
    first, second = QLabel("first page"), QLabel("second page")
    stack.addWidget(first)
    stack.addWidget(second)
    qtbot.addWidget(stack)
    stack.show()
    qtbot.waitExposed(stack)
    qtbot.wait(20)
    return stack, first, second


def test_a_page_left_before_its_read_started_holds_the_read_until_shown_again(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(background_call, "PAINT_WAIT_MS", 20)
    stack, first, second = _two_pages(qtbot)
    delivered: list[object] = []
    started = threading.Event()
    call = BackgroundCall(delivered.append, first, name="test-read", after_paint=first)
    first.setText("rows again")  # the page repaints: the read would start after it
    call.start(lambda: started.set() or "read")
    stack.setCurrentWidget(second)  # the officer opens another page at once
    qtbot.wait(150)  # its paint, and the time a window that does not repaint is given
    assert not started.is_set() and call.is_held() and not call.is_waiting()
    stack.setCurrentWidget(first)
    qtbot.waitUntil(lambda: delivered == ["read"], timeout=5_000)
    assert not call.is_held()


def test_a_read_started_for_a_hidden_page_waits_for_it_and_the_latest_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    stack, first, second = _two_pages(qtbot)
    stack.setCurrentWidget(second)
    delivered: list[object] = []
    ran: list[str] = []
    call = BackgroundCall(delivered.append, first, name="test-read", after_paint=first)
    call.start(lambda: ran.append("first") or "first")
    call.start(lambda: ran.append("second") or "second")
    qtbot.wait(100)
    assert ran == [] and call.is_held()
    stack.setCurrentWidget(first)
    qtbot.waitUntil(lambda: delivered == ["second"], timeout=5_000)
    assert ran == ["second"]
