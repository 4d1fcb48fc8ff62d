"""Human, translatable labels for the domain's vocabularies, shared by every screen and the editor.

Each vocabulary has its own translation context, so one English word ("Other") can take a
different form per vocabulary in Azerbaijani and Russian.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MEETING_KIND = "MeetingKind"
MEETING_STATUS = "MeetingStatus"
ROLE = "Role"
SIDE = "Side"
PRIORITY = "Priority"
FOLLOW_UP_STATUS = "FollowUpStatus"
ORGANISATION_KIND = "OrganisationKind"
CONFIDENTIALITY = "Confidentiality"
LANGUAGE = "Language"

# (value, English label) per vocabulary, in the order a person expects them in a list.
_LABELS: dict[str, tuple[tuple[str, object], ...]] = {
    MEETING_KIND: (
        ("bilateral_meeting", QT_TRANSLATE_NOOP("MeetingKind", "Bilateral meeting")),
        ("delegation_visit", QT_TRANSLATE_NOOP("MeetingKind", "Delegation visit")),
        ("intergovernmental_commission", QT_TRANSLATE_NOOP("MeetingKind", "Intergovernmental commission")),
        ("forum", QT_TRANSLATE_NOOP("MeetingKind", "Forum")),
        ("video_call", QT_TRANSLATE_NOOP("MeetingKind", "Video conference")),
        ("courtesy_call", QT_TRANSLATE_NOOP("MeetingKind", "Courtesy call")),
        ("working_group", QT_TRANSLATE_NOOP("MeetingKind", "Working group")),
        ("other", QT_TRANSLATE_NOOP("MeetingKind", "Other")),
    ),
    MEETING_STATUS: (
        ("planned", QT_TRANSLATE_NOOP("MeetingStatus", "Planned")),
        ("held", QT_TRANSLATE_NOOP("MeetingStatus", "Held")),
        ("minutes_drafted", QT_TRANSLATE_NOOP("MeetingStatus", "Minutes drafted")),
        ("minutes_approved", QT_TRANSLATE_NOOP("MeetingStatus", "Minutes approved")),
    ),
    ROLE: (
        ("head_of_state", QT_TRANSLATE_NOOP("Role", "Head of state")),
        ("head_of_government", QT_TRANSLATE_NOOP("Role", "Head of government")),
        ("co_chair", QT_TRANSLATE_NOOP("Role", "Co-chair of the intergovernmental commission")),
        ("chair", QT_TRANSLATE_NOOP("Role", "Chair")),
        ("head_of_delegation", QT_TRANSLATE_NOOP("Role", "Head of delegation")),
        ("ambassador", QT_TRANSLATE_NOOP("Role", "Ambassador")),
        ("member", QT_TRANSLATE_NOOP("Role", "Member of delegation")),
        ("adviser", QT_TRANSLATE_NOOP("Role", "Adviser")),
        ("interpreter", QT_TRANSLATE_NOOP("Role", "Interpreter")),
        ("note_taker", QT_TRANSLATE_NOOP("Role", "Note-taker")),
        ("observer", QT_TRANSLATE_NOOP("Role", "Observer")),
    ),
    SIDE: (
        ("host", QT_TRANSLATE_NOOP("Side", "Host side")),
        ("guest", QT_TRANSLATE_NOOP("Side", "Guest side")),
        ("other", QT_TRANSLATE_NOOP("Side", "Other participants")),
    ),
    PRIORITY: (
        ("low", QT_TRANSLATE_NOOP("Priority", "Low")),
        ("normal", QT_TRANSLATE_NOOP("Priority", "Normal")),
        ("high", QT_TRANSLATE_NOOP("Priority", "High")),
        ("urgent", QT_TRANSLATE_NOOP("Priority", "Urgent")),
    ),
    FOLLOW_UP_STATUS: (
        ("open", QT_TRANSLATE_NOOP("FollowUpStatus", "Open")),
        ("in_progress", QT_TRANSLATE_NOOP("FollowUpStatus", "In progress")),
        ("done", QT_TRANSLATE_NOOP("FollowUpStatus", "Done")),
        ("cancelled", QT_TRANSLATE_NOOP("FollowUpStatus", "Cancelled")),
        ("deferred", QT_TRANSLATE_NOOP("FollowUpStatus", "Deferred")),
    ),
    ORGANISATION_KIND: (
        ("ministry", QT_TRANSLATE_NOOP("OrganisationKind", "Ministry")),
        ("embassy", QT_TRANSLATE_NOOP("OrganisationKind", "Embassy")),
        ("trade_mission", QT_TRANSLATE_NOOP("OrganisationKind", "Trade mission")),
        ("company", QT_TRANSLATE_NOOP("OrganisationKind", "Company")),
        ("public_body", QT_TRANSLATE_NOOP("OrganisationKind", "Public body")),
        ("international_organisation", QT_TRANSLATE_NOOP("OrganisationKind", "International organisation")),
        ("government_office", QT_TRANSLATE_NOOP("OrganisationKind", "Government office")),
        ("regional_body", QT_TRANSLATE_NOOP("OrganisationKind", "Regional body")),
        ("ngo", QT_TRANSLATE_NOOP("OrganisationKind", "Non-governmental organisation")),
        ("other", QT_TRANSLATE_NOOP("OrganisationKind", "Other")),
    ),
    CONFIDENTIALITY: (
        ("", QT_TRANSLATE_NOOP("Confidentiality", "Not marked")),
        ("for_official_use", QT_TRANSLATE_NOOP("Confidentiality", "For official use only")),
        ("confidential", QT_TRANSLATE_NOOP("Confidentiality", "Confidential")),
        ("secret", QT_TRANSLATE_NOOP("Confidentiality", "Secret")),
    ),
    # A language is named in itself, so an officer finds their own whatever the interface shows.
    LANGUAGE: (
        ("en", QT_TRANSLATE_NOOP("Language", "English")),
        ("az", QT_TRANSLATE_NOOP("Language", "Azərbaycanca")),
        ("ru", QT_TRANSLATE_NOOP("Language", "Русский")),
    ),
}
_BY_VALUE: dict[str, dict[str, str]] = {kind: {v: str(s) for v, s in pairs} for kind, pairs in _LABELS.items()}


def label(kind: str, value: str) -> str:
    """The translated label of `value` in the vocabulary `kind`; the raw value when unknown."""
    source = _BY_VALUE[kind].get(value)
    if source is None:
        return value
    return QCoreApplication.translate(kind, source)


def choices(kind: str) -> list[tuple[str, str]]:
    """Every (value, translated label) of the vocabulary `kind`, in display order."""
    return [(value, QCoreApplication.translate(kind, str(source))) for value, source in _LABELS[kind]]


def vocabularies() -> tuple[str, ...]:
    """The names of every vocabulary this module labels."""
    return tuple(_LABELS)
