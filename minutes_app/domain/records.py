"""Plain records the services return and accept; the UI, CLI and exports read only these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minutes_app.domain.multilingual import Translations


@dataclass(slots=True)
class Organisation:
    """An organisation a person belongs to or a meeting is hosted by."""

    id: int | None = None
    name: str = ""
    kind: str = "other"
    country: str = ""  # ISO 3166-1 alpha-2, upper case; "" when not known
    name_en: str = ""
    name_az: str = ""
    name_ru: str = ""
    notes: str = ""
    version: int = 0

    def name_in(self, lang: str) -> str:
        """The name in `lang`, falling back to the recorded name."""
        return getattr(self, f"name_{lang}", "") or self.name


@dataclass(slots=True)
class Person:
    """A person recorded once in the directory and reused across meetings."""

    id: int | None = None
    name: str = ""  # as recorded
    name_en: str = ""
    name_az: str = ""
    name_ru: str = ""
    position: str = ""
    position_en: str = ""
    position_az: str = ""
    position_ru: str = ""
    organisation_id: int | None = None
    organisation_name: str = ""  # read-only convenience, filled by the services
    email: str = ""
    phone: str = ""
    notes: str = ""
    version: int = 0

    def name_in(self, lang: str) -> str:
        """The name spelled for `lang`, falling back to the recorded spelling."""
        return getattr(self, f"name_{lang}", "") or self.name

    def position_in(self, lang: str) -> str:
        """The position in `lang`, falling back to the recorded position."""
        return getattr(self, f"position_{lang}", "") or self.position

    def spellings(self) -> list[str]:
        """Every distinct spelling of the name."""
        seen: list[str] = []
        for s in (self.name, self.name_en, self.name_az, self.name_ru):
            if s and s not in seen:
                seen.append(s)
        return seen


@dataclass(slots=True)
class RoleEntry:
    """A role a participant can play: its name and what the minutes print after a name, per language."""

    id: int | None = None
    key: str = ""  # what an attendance's `role` holds; made from the English name when a role is added
    name: str = ""  # English
    name_az: str = ""
    name_ru: str = ""
    after_name: str = ""  # English; "" prints nothing after the name
    after_name_az: str = ""
    after_name_ru: str = ""
    leads: bool = False  # leads its side: listed first, and signs agreed minutes
    active: bool = True

    def name_in(self, lang: str) -> str:
        """The role's name in `lang` (English is the recorded name)."""
        translated = {"az": self.name_az, "ru": self.name_ru}.get(lang, "")
        return translated or self.name

    def after_name_in(self, lang: str) -> str:
        """What is printed in brackets after a participant's name in `lang` ("" for nothing)."""
        return {"az": self.after_name_az, "ru": self.after_name_ru}.get(lang, self.after_name)


@dataclass(slots=True)
class Attendance:
    """One participant of a meeting: a person, or an unnamed representative of an organisation."""

    id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    side: str = "host"
    role: str = "member"
    precedence: int = 0  # order within the side, 0 first
    present: bool = True
    position: str = ""  # the position held at the meeting, kept when the person's changes
    translations: Translations = field(default_factory=dict)  # position in the other languages
    # read-only, filled by the services for display and export
    person: Person | None = None
    organisation: Organisation | None = None
    role_entry: RoleEntry | None = None  # the stored role's wording (None: the built-in catalogue's)

    @property
    def is_representative(self) -> bool:
        """True for an unnamed "representative of organisation X"."""
        return self.person_id is None


@dataclass(slots=True)
class AgendaItem:
    """One agenda item with its discussion notes; order is its place in the meeting's list."""

    id: int | None = None
    title: str = ""
    notes: str = ""
    translations: Translations = field(default_factory=dict)  # title, notes in the other languages


@dataclass(slots=True)
class Decision:
    """One numbered decision; `agenda_index` ties it to an agenda item of the same meeting."""

    id: int | None = None
    text: str = ""
    agenda_index: int | None = None
    translations: Translations = field(default_factory=dict)  # text in the other languages


@dataclass(slots=True)
class FollowUpNote:
    """One dated entry in a follow-up's history."""

    id: int | None = None
    created_at: dt.datetime | None = None
    author: str = ""
    kind: str = "note"
    text: str = ""
    old_status: str = ""
    new_status: str = ""
    old_due_date: dt.date | None = None
    new_due_date: dt.date | None = None


@dataclass(slots=True)
class FollowUp:
    """An action agreed at a meeting that someone must do by a date."""

    id: int | None = None
    meeting_id: int | None = None
    description: str = ""
    agenda_index: int | None = None
    decision_index: int | None = None
    owner_id: int | None = None
    department: str = ""
    counterpart_contact: str = ""
    due_date: dt.date | None = None
    priority: str = "normal"
    topic_id: int | None = None
    status: str = "open"
    completed_on: dt.date | None = None
    version: int = 0
    translations: Translations = field(default_factory=dict)  # description, department in the other languages
    # read-only, filled by the services
    owner_name: str = ""
    topic_name: str = ""
    updated_at: dt.datetime | None = None
    history: list[FollowUpNote] = field(default_factory=list)
    owner_names: dict[str, str] = field(default_factory=dict)  # the owner's name spelled per language


@dataclass(slots=True)
class Topic:
    """A subject meetings and follow-ups are filed under."""

    id: int | None = None
    name: str = ""
    name_az: str = ""
    name_ru: str = ""
    active: bool = True

    def name_in(self, lang: str) -> str:
        """The topic's name in `lang` (English is the recorded name)."""
        translated = {"az": self.name_az, "ru": self.name_ru}.get(lang, "")
        return translated or self.name


@dataclass(slots=True)
class Meeting:
    """A whole meeting: its fields, participants, agenda, decisions and follow-ups."""

    id: int | None = None
    title: str = ""
    kind: str = "bilateral_meeting"
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    host_organisation_id: int | None = None
    countries: list[str] = field(default_factory=list)  # counterpart ISO codes
    reference_number: str = ""
    confidentiality: str = ""
    department: str = ""  # the department the meeting belongs to; on a team server, who may edit it
    status: str = "planned"
    language: str = "en"  # the original language of the texts; others are in `translations`
    translations: Translations = field(default_factory=dict)  # title, venue, summary, prepared/approved by
    topic_ids: list[int] = field(default_factory=list)
    summary: str = ""
    prepared_by: str = ""
    approved_by: str = ""
    signatory_host: str = ""  # over the host head's signature in agreed minutes; "" for the country's default
    signatory_guest: str = ""
    attendances: list[Attendance] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    version: int = 0
    # read-only, filled by the services
    host_organisation: Organisation | None = None
    topics: list[Topic] = field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    annexes: list[str] = field(default_factory=list)  # names of attachments ticked "annex", in order

    def side(self, side: str) -> list[Attendance]:
        """The participants of one side in order of precedence."""
        return sorted((a for a in self.attendances if a.side == side), key=lambda a: a.precedence)


@dataclass(slots=True)
class MeetingSummary:
    """One row of the meetings list."""

    id: int
    date: dt.date | None
    title: str
    kind: str
    countries: list[str]
    status: str
    open_follow_ups: int
    reference_number: str = ""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    version: int = 0  # the record's version (the calendar's SEQUENCE)
    language: str = "en"  # the original language of the title and venue
    translations: Translations = field(default_factory=dict)  # title, venue in the other languages
    department: str = ""  # the department it belongs to (the list's filter finds it)


@dataclass(slots=True)
class FollowUpRow:
    """One row of the follow-up tracker, with the meeting it came from."""

    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date | None
    countries: list[str]
    description: str
    owner_id: int | None
    owner_name: str
    department: str
    topic_id: int | None
    topic_name: str
    priority: str
    status: str
    due_date: dt.date | None
    completed_on: dt.date | None
    updated_at: dt.datetime | None
    last_note: str = ""
    counterpart_contact: str = ""
    version: int = 0
    # for documents in another language; defaults keep the English-only behaviour
    language: str = "en"  # the original language of the meeting's texts (description, department, title)
    translations: Translations = field(default_factory=dict)  # description, department in the other languages
    meeting_titles: dict[str, str] = field(default_factory=dict)  # the meeting's title translated, per language
    owner_names: dict[str, str] = field(default_factory=dict)  # the owner's name spelled per language
    topic_names: dict[str, str] = field(default_factory=dict)  # the topic's name per language
    meeting_reference: str = ""  # the meeting's reference number, what documents cite it by


@dataclass(slots=True)
class Attachment:
    """A file attached to a meeting or a follow-up (its content stays in the store)."""

    id: int
    owner_kind: str  # "meeting" or "follow_up"
    owner_id: int
    file_name: str
    size: int
    media_type: str
    sha256: str
    annex: bool
    created_by: str
    created_at: dt.datetime | None
    deleted_at: dt.datetime | None = None


@dataclass(slots=True)
class TrashItem:
    """A record in the trash, restorable with everything attached."""

    kind: str  # "meeting", "follow_up", "person", "organisation", "attachment"
    id: int
    label: str
    deleted_at: dt.datetime | None
    detail: str = ""


@dataclass(slots=True)
class SearchHit:
    """One search result: the record found, the meeting to open it in, and text to show."""

    kind: str  # "meeting", "person", "organisation", "agenda_item", "decision", "follow_up", "note"
    record_id: int
    meeting_id: int | None  # the meeting to open; None for people and organisations
    title: str
    snippet: str  # a short excerpt around the first match ("" when there is nothing to show)
    date: dt.date | None = None  # the meeting's date; None for people and organisations
    follow_up_id: int | None = None  # for a follow-up or a note: the follow-up to open
    detail: str = ""  # the text to cut the snippet from, when the search left that to its caller (snippets=False)


@dataclass(slots=True)
class DossierMeeting:
    """One meeting on a counterpart's timeline, with who led each side."""

    meeting_id: int
    date: dt.date | None
    title: str
    kind: str
    status: str
    countries: list[str]
    host_lead: str = ""  # name (or organisation, for an unnamed representative); "" when nobody
    host_lead_position: str = ""
    guest_lead: str = ""
    guest_lead_position: str = ""
    language: str = "en"  # the original language of the title
    translations: Translations = field(default_factory=dict)  # title in the other languages
    # the leads' names and positions per language (only the languages that have their own form)
    host_lead_names: dict[str, str] = field(default_factory=dict)
    host_lead_positions: dict[str, str] = field(default_factory=dict)
    guest_lead_names: dict[str, str] = field(default_factory=dict)
    guest_lead_positions: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class DossierPerson:
    """A counterpart met at one or more meetings."""

    person_id: int
    name: str
    organisation_name: str
    positions: list[str]  # positions held at those meetings, most recent first
    meetings: int  # how many meetings they attended
    first_met: dt.date | None
    last_met: dt.date | None
    names: dict[str, str] = field(default_factory=dict)  # the name spelled per language (directory)
    organisation_names: dict[str, str] = field(default_factory=dict)  # the organisation's name per language
    # the positions per language, most recent first; a position with no form in a language is left out
    positions_in: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class DossierDecision:
    """A decision taken at a meeting with the counterpart."""

    meeting_id: int
    meeting_date: dt.date | None
    meeting_title: str
    number: int
    text: str
    language: str = "en"  # the original language of the text and the meeting's title
    translations: Translations = field(default_factory=dict)  # text in the other languages
    meeting_titles: dict[str, str] = field(default_factory=dict)  # the meeting's title translated, per language


@dataclass(slots=True)
class Dossier:
    """Everything that happened with one counterpart country or organisation."""

    kind: str  # "country" or "organisation"
    country: str  # the country's ISO code; for an organisation, its country ("" when unknown)
    organisation_id: int | None
    name: str
    today: dt.date  # the day "overdue" was judged on
    meetings: list[DossierMeeting] = field(default_factory=list)  # newest first
    people: list[DossierPerson] = field(default_factory=list)  # most met first
    decisions: list[DossierDecision] = field(default_factory=list)  # newest meeting first
    open_follow_ups: list[FollowUpRow] = field(default_factory=list)  # not done nor cancelled
    overdue_follow_ups: list[FollowUpRow] = field(default_factory=list)  # open and past due
    done_follow_ups: list[FollowUpRow] = field(default_factory=list)
    meetings_per_year: dict[int, int] = field(default_factory=dict)  # undated meetings left out
    done_on_time: int = 0  # done with completed_on <= due_date
    done_late: int = 0  # done with completed_on > due_date
    on_time_share: float | None = None  # done_on_time / (done_on_time + done_late); None when 0/0


@dataclass(slots=True)
class AuditEntry:
    """One recorded change of a record's field: who made it, when (UTC), the value before and after."""

    id: int
    changed_at: dt.datetime
    changed_by: str
    record_kind: str  # meeting, follow_up, person, organisation
    record_id: int
    action: str  # created, changed, deleted, restored
    field: str = ""  # "title", "decision 3 text", "attendance: Mikayil Jabbarov role"; "" for the whole record
    old_value: str = ""
    new_value: str = ""
    meeting_id: int | None = None
