"""Creating the QApplication: where Qt would abort (no display, a broken platform plugin), one line a person can act on."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from minutes_app import APP_ID, APP_NAME

EXIT_NO_DISPLAY = 2


def no_display_reason() -> str | None:
    """Why no window can be opened on this Linux session before Qt is asked, or None when one may be."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform not in ("", "xcb", "wayland"):
        return None  # a platform that needs no display server (offscreen, vnc...), or one Qt will judge itself
    if platform == "wayland":
        return None if os.environ.get("WAYLAND_DISPLAY") else "no Wayland display (WAYLAND_DISPLAY is not set)"
    if os.environ.get("DISPLAY") or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return None
    return "no display (DISPLAY is not set)"


def start_failure_line(qt_message: str, warnings: list[str] | None = None) -> str:
    """The one line that replaces Qt's abort: what is wrong and what to do."""
    reason = no_display_reason()
    if reason:
        return (
            f"{APP_ID}: cannot open the {APP_NAME} window: {reason}; start it from a desktop session "
            f"(or over ssh -X), or use the command line: {APP_ID} --help"
        )
    # Qt names a missing system library in a warning ("xcb-cursor0 or libxcb-cursor0 is needed"): the
    # most useful thing to show; otherwise the first sentence of its fatal message.
    needed = [w for w in warnings or [] if "needed" in w]
    first = " ".join((needed[0] if needed else qt_message.split(".")[0]).split())
    return (
        f"{APP_ID}: cannot open the {APP_NAME} window: Qt could not load its display plugin ({first}); "
        f"install the system library it names or reinstall the app, or use the command line: {APP_ID} --help"
    )


def _say_and_exit(line: str) -> None:
    """Print the line (a message box on Windows, where the launcher has no console) and end the process."""
    if sys.stderr is not None:
        print(line, file=sys.stderr, flush=True)
    elif os.name == "nt":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, line, APP_NAME, 0x10)  # type: ignore[attr-defined]
    # os._exit: Qt calls abort() as soon as this handler returns, so the process ends here.
    os._exit(EXIT_NO_DISPLAY)


class _StartUpMessages:
    """Qt's messages while the QApplication is created: warnings held back, a fatal error turned into our line."""

    def __init__(self) -> None:
        self.held: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            _say_and_exit(start_failure_line(message, self.held))
        self.held.append(message)


def create_application(argv: list[str]) -> QApplication:
    """A new QApplication; without a usable display, one line on stderr and exit status 2 instead of Qt's abort."""
    reason = no_display_reason()
    if reason:
        _say_and_exit(start_failure_line(""))
    messages = _StartUpMessages()
    previous: Callable[..., None] | None = qInstallMessageHandler(messages)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
    if sys.stderr is not None:
        for message in messages.held:  # the start worked: Qt's warnings are shown as Qt would have
            print(message, file=sys.stderr)
    return app
