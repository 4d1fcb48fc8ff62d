"""What the signed-in member's role on a team server does not allow, greyed out with the reason in words.

The server enforces the roles (docs/team-roles.md); this only spares the user a refused save. A control
disabled here carries the reason as its tooltip and status tip; the window's status bar names the role.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.domain import records as r
from minutes_app.services.team_policies import LEVELS
from minutes_app.services.team_roles import Access
from minutes_app.ui.common import vocabulary_labels


def role_name(role: str) -> str:
    """The role in the interface language."""
    names = {
        "officer": QCoreApplication.translate("RoleLimits", "Officer"),
        "head": QCoreApplication.translate("RoleLimits", "Head of department"),
        "reader": QCoreApplication.translate("RoleLimits", "Reader"),
    }
    return names.get(role, QCoreApplication.translate("RoleLimits", "No role"))


def caption(access: Access) -> str:
    """The status bar's line about the member: "Officer · Protocol · cleared for: Confidential"."""
    parts = [role_name(access.role)]
    if access.department:
        parts.append(access.department)
    cleared = vocabulary_labels.label(vocabulary_labels.CONFIDENTIALITY, access.clearance) if access.clearance else ""
    parts.append(
        QCoreApplication.translate("RoleLimits", "cleared for: %1").replace("%1", cleared)
        if cleared
        else QCoreApplication.translate("RoleLimits", "no clearance for marked meetings")
    )
    return " · ".join(parts)


def write_limit(access: Access) -> str:
    """Why this member cannot record anything ("" when they can)."""
    if access.can_write:
        return ""
    return QCoreApplication.translate(
        "RoleLimits",
        "You are a reader on this team server: you can read, search and export, but not create or change records.",
    )


def lists_limit(access: Access) -> str:
    """Why this member cannot change the shared lists ("" when they can)."""
    if access.can_manage_lists:
        return ""
    return QCoreApplication.translate(
        "RoleLimits",
        "Only a head of department changes the shared lists (topics, roles, people and organisations) on this team server.",
    )


def meeting_limit(access: Access, meeting: r.Meeting) -> str:
    """Why this member cannot change `meeting` ("" when they can); a new meeting is their own department's."""
    if not access.is_restricted:
        return ""
    if not access.can_write:
        return write_limit(access)
    if meeting.id is None:
        return ""
    rank = LEVELS.index(meeting.confidentiality) if meeting.confidentiality in LEVELS else len(LEVELS) - 1
    if rank > access.clearance_rank():
        return QCoreApplication.translate(
            "RoleLimits", "This meeting is marked above your clearance: you can read it, not change it."
        )
    if access.may_edit_meeting(meeting.department, meeting.confidentiality):
        return ""
    if not meeting.department:
        return QCoreApplication.translate(
            "RoleLimits",
            "This meeting belongs to no department: a head of department takes it into theirs before it can be changed.",
        )
    return QCoreApplication.translate(
        "RoleLimits",
        "This meeting belongs to the department “%1”: only its officers and head change it. "
        "You can read and export it.",
    ).replace("%1", meeting.department)


def limit(controls: Iterable[QWidget | QAction], reason: str) -> None:
    """Disable `controls` with `reason` as their tooltip and status tip ("" leaves them as they are)."""
    if not reason:
        return
    for control in controls:
        control.setEnabled(False)
        control.setToolTip(reason)
        control.setStatusTip(reason)


def limit_bar() -> QLabel:
    """A bar above a view that says what the role does not allow there (hidden while empty)."""
    bar = QLabel()
    bar.setObjectName("role_limit_bar")
    bar.setWordWrap(True)
    bar.setStyleSheet("QLabel#role_limit_bar { background: #eef3fb; border: 1px solid #9db4d8; padding: 6px; }")
    bar.hide()
    return bar


def show_limit(bar: QLabel, reason: str) -> None:
    """Show `reason` in `bar`, or hide it when there is none."""
    bar.setText(reason)
    bar.setVisible(bool(reason))
