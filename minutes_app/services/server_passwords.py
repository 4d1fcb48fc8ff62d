"""Team server passwords in the operating system's keyring, and nowhere else.

Where no keyring works (a headless Linux: keyring falls back to its "fail" backend, priority below 1),
nothing is kept: the app asks at each connection. No function here logs or raises the password.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "Minutes App team server"  # the keyring entry's service; the saved connection's name is its user


def _keyring() -> Any | None:
    """The keyring module when it has a real backend, else None."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration means "no keyring", never a crash
        return None
    return keyring if getattr(backend, "priority", 0) >= 1 else None


def keyring_available() -> bool:
    """True when the system has a keyring the password can be kept in."""
    return _keyring() is not None


def stored_password(name: str) -> str | None:
    """The password kept for the team server `name`, or None (no keyring, nothing kept, keyring locked)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, name)
    except Exception as exc:  # noqa: BLE001 - a locked or failing keyring: ask the officer instead
        log.warning("the keyring could not be read (%s)", type(exc).__name__)
        return None
    return str(found) if found else None


def remember_password(name: str, password: str) -> bool:
    """Keep `password` for the team server `name` in the keyring; False when there is none or it refused."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(SERVICE, name, password)
    except Exception as exc:  # noqa: BLE001 - the keyring's own errors; the password is simply asked for next time
        log.warning("the keyring refused the password (%s)", type(exc).__name__)
        return False
    return True


def forget_password(name: str) -> None:
    """Remove any password kept for the team server `name`."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - nothing was kept, or the keyring is locked: nothing more to do
        return


def move_password(old_name: str, new_name: str) -> None:
    """Keep the password of the team server `old_name` under its new name `new_name` (a renamed connection)."""
    if old_name == new_name:
        return
    password = stored_password(old_name)
    if password is not None and remember_password(new_name, password):
        forget_password(old_name)
