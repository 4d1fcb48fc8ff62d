"""The counterpart dossier: everything that happened with one country or organisation, in SQL.

Who counts as "met": at each meeting one side is ours, the side holding the officer's own
organisation (settings), else the side with the most Azerbaijani participants, else the host
side. The people on the other sides were met, unless they are known to belong elsewhere
(an organisation of another country, for a country dossier; another organisation, for an
organisation dossier): a multilateral forum does not put a Turkish minister in a Russian dossier.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from minutes_app.domain import records as r
from minutes_app.domain.collation import collation_key
from minutes_app.domain.countries import country_name
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.vocab import CLOSED_STATUSES, NEVER_OVERDUE_STATUSES, FollowUpStatus, Side
from minutes_app.services import validation as v
from minutes_app.services.followups import filtered_statement, tracker_row
from minutes_app.services.meeting_countries import countries_by_meeting
from minutes_app.services.translated_sql import parse_list_translations, translations_of
from minutes_app.store import models as m
from minutes_app.store.database import Store

OWN_COUNTRY = "AZ"
_CLOSED = {s.value for s in CLOSED_STATUSES}
# (person's organisation id, that organisation's country) -> True when the person is someone else's.
BelongsElsewhere = Callable[[int | None, str], bool]


class DossierService:
    """Dossiers per counterpart country or organisation, each one read transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def counterparts(self, *, lang: str = "en") -> list[tuple[str, str, int]]:
        """(code, name, meeting count) of every counterpart country, most met first, for a picker."""
        mc, mt = m.MeetingCountryRow, m.MeetingRow
        with self.store.reading() as session:
            rows = session.execute(
                select(mc.country, func.count(distinct(mc.meeting_id)))
                .join(mt, mt.id == mc.meeting_id)
                .where(mt.deleted_at.is_(None))
                .group_by(mc.country)
            ).all()
        found = [(code, country_name(code, lang), count) for code, count in rows]
        return sorted(found, key=lambda item: (-item[2], item[1]))

    def for_country(self, code: str, *, today: dt.date | None = None, lang: str = "en") -> r.Dossier:
        """The dossier of a counterpart country (ISO code, any case); empty when never met."""
        country = v.check_country("country", code)
        if not country:
            raise ValidationError("country", "is required")
        mc = m.MeetingCountryRow
        meetings = m.MeetingRow.id.in_(select(mc.meeting_id).where(mc.country == country))
        dossier = r.Dossier(
            kind="country",
            country=country,
            organisation_id=None,
            name=country_name(country, lang),
            today=today or dt.date.today(),
        )
        with self.store.reading() as session:
            _fill(session, dossier, meetings, lambda _org, org_country: bool(org_country) and org_country != country)
        return dossier

    def for_organisation(self, organisation_id: int, *, today: dt.date | None = None, lang: str = "en") -> r.Dossier:
        """The dossier of an organisation: meetings it hosted or attended, or its people attended."""
        a, p = m.AttendanceRow, m.PersonRow
        meetings = or_(
            m.MeetingRow.host_organisation_id == organisation_id,
            m.MeetingRow.id.in_(select(a.meeting_id).where(a.organisation_id == organisation_id)),
            m.MeetingRow.id.in_(
                select(a.meeting_id).join(p, p.id == a.person_id).where(p.organisation_id == organisation_id)
            ),
        )
        with self.store.reading() as session:
            org = session.get(m.OrganisationRow, organisation_id)
            if org is None or org.deleted_at is not None:
                raise NotFoundError("organisation", organisation_id)
            name = getattr(org, f"name_{lang}", "") or org.name
            dossier = r.Dossier(
                kind="organisation",
                country=org.country,
                organisation_id=org.id,
                name=name,
                today=today or dt.date.today(),
            )
            _fill(session, dossier, meetings, lambda org_id, _country: org_id is not None and org_id != organisation_id)
        return dossier


@dataclass(slots=True)
class _Participant:
    side: str
    name: str
    position: str
    person_id: int | None
    org_id: int | None  # the attendance's organisation, else the person's
    org_name: str
    org_country: str
    names: dict[str, str] = field(default_factory=dict)  # the name per language, where it has a form
    positions: dict[str, str] = field(default_factory=dict)  # the position per language, where it has a form
    org_names: dict[str, str] = field(default_factory=dict)


def _forms(texts: Any) -> dict[str, str]:
    """language -> text for the non-blank `texts`, given in LANGUAGES order."""
    return {lang: text for lang, text in zip(LANGUAGES, texts, strict=True) if text and text.strip()}


@dataclass(slots=True)
class _Met:
    name: str
    org_name: str
    meeting_ids: set[int] = field(default_factory=set)
    dates: list[dt.date] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)
    positions_in: dict[str, list[str]] = field(default_factory=dict)  # parallel to positions; "" for no form


def _fill(session: Session, dossier: r.Dossier, condition: ColumnElement[bool], elsewhere: BelongsElsewhere) -> None:
    """Fill `dossier` from the live meetings matching `condition`."""
    mt = m.MeetingRow
    ids = select(mt.id).where(mt.deleted_at.is_(None), condition)
    rows = session.execute(
        select(
            mt.id,
            mt.date,
            mt.title,
            mt.kind,
            mt.status,
            mt.language,
            translations_of(mt.translations, "meeting", "title").label("translations"),
        )
        .where(mt.id.in_(ids))
        .order_by(mt.date.is_(None), mt.date.desc(), mt.id.desc())
    ).all()
    countries = countries_by_meeting(session, ids)
    participants = _participants(session, ids, {row.id: row.language for row in rows})
    own_org = _own_organisation(session)
    met: dict[int, _Met] = {}
    for row in rows:
        people = participants.get(row.id, [])
        entry = r.DossierMeeting(
            meeting_id=row.id,
            date=row.date,
            title=row.title,
            kind=row.kind,
            status=row.status,
            countries=countries.get(row.id, []),
            language=row.language,
            translations=parse_list_translations(row.translations),
        )
        host, guest = _lead(people, Side.HOST.value), _lead(people, Side.GUEST.value)
        if host is not None:
            entry.host_lead, entry.host_lead_position = host.name, host.position
            entry.host_lead_names, entry.host_lead_positions = host.names, host.positions
        if guest is not None:
            entry.guest_lead, entry.guest_lead_position = guest.name, guest.position
            entry.guest_lead_names, entry.guest_lead_positions = guest.names, guest.positions
        dossier.meetings.append(entry)
        ours = _our_side(people, own_org)
        for who in people:
            if who.person_id is None or who.side == ours or elsewhere(who.org_id, who.org_country):
                continue
            record = met.setdefault(
                who.person_id, _Met(who.name, who.org_name, names=who.names, org_names=who.org_names)
            )
            record.meeting_ids.add(row.id)
            if row.date is not None:
                record.dates.append(row.date)
            if who.position and who.position not in record.positions:
                record.positions.append(who.position)  # meetings come newest first
                for lang in LANGUAGES:
                    record.positions_in.setdefault(lang, []).append(who.positions.get(lang, ""))
        if row.date is not None:
            dossier.meetings_per_year[row.date.year] = dossier.meetings_per_year.get(row.date.year, 0) + 1
    dossier.people = sorted(
        (
            r.DossierPerson(
                person_id=pid,
                name=p.name,
                organisation_name=p.org_name,
                positions=p.positions,
                meetings=len(p.meeting_ids),
                first_met=min(p.dates, default=None),
                last_met=max(p.dates, default=None),
                names=p.names,
                organisation_names=p.org_names,
                positions_in=p.positions_in,
            )
            for pid, p in met.items()
        ),
        key=lambda p: (-p.meetings, -(p.last_met.toordinal() if p.last_met else 0), collation_key(p.name)),
    )
    dossier.decisions = _decisions(session, ids)
    _follow_ups(session, dossier, ids, countries)


def _participants(session: Session, ids: Select[Any], languages: dict[int, str]) -> dict[int, list[_Participant]]:
    """Participants of each meeting, by side and precedence, with names and positions per language.

    `languages` gives each meeting's original language: the position held at a meeting is written
    in it, and its translations sit with the attendance.
    """
    a, p = m.AttendanceRow, m.PersonRow
    person_org, attendance_org = aliased(m.OrganisationRow), aliased(m.OrganisationRow)
    result: dict[int, list[_Participant]] = defaultdict(list)
    for row in session.execute(
        select(
            a.meeting_id,
            a.side,
            a.position,
            a.person_id,
            p.name,
            p.position.label("person_position"),
            p.organisation_id,
            person_org.name.label("person_org"),
            person_org.country.label("person_org_country"),
            a.organisation_id.label("attendance_org_id"),
            attendance_org.name.label("org"),
            attendance_org.country.label("org_country"),
            a.translations,
            # from column _FORMS on, each in LANGUAGES order: name, position, person's and attendance's organisation
            *(getattr(p, f"name_{lang}") for lang in LANGUAGES),
            *(getattr(p, f"position_{lang}") for lang in LANGUAGES),
            *(getattr(person_org, f"name_{lang}") for lang in LANGUAGES),
            *(getattr(attendance_org, f"name_{lang}") for lang in LANGUAGES),
        )
        .outerjoin(p, p.id == a.person_id)
        .outerjoin(person_org, person_org.id == p.organisation_id)
        .outerjoin(attendance_org, attendance_org.id == a.organisation_id)
        .where(a.meeting_id.in_(ids))
        .order_by(a.meeting_id, a.side, a.precedence)
    ):
        n = len(LANGUAGES)
        names_at, positions_at, person_orgs_at, orgs_at = (row[_FORMS + i * n : _FORMS + (i + 1) * n] for i in range(4))
        original = languages.get(row.meeting_id, "en")
        attendance_org_names = _forms(orgs_at)
        if row.person_id is not None:
            org_id, org_name, org_country = row.organisation_id, row.person_org or "", row.person_org_country or ""
            org_names = _forms(person_orgs_at)
            if row.org is not None:  # the attendance names the organisation they came for
                org_id, org_name, org_country = row.attendance_org_id, row.org, row.org_country or ""
                org_names = attendance_org_names
            name, position = row.name or "", row.position or row.person_position or ""
            names = _forms(names_at)
        else:
            org_id, org_name, org_country = row.attendance_org_id, row.org or "", row.org_country or ""
            name, position = org_name, row.position or ""
            org_names = names = attendance_org_names
        if row.position:  # the position held at the meeting, in its language and its translations
            positions = {original: row.position, **row.translations.get("position", {})}
        else:  # none recorded at the meeting: the directory's, per language
            positions = _forms(positions_at)
        result[row.meeting_id].append(
            _Participant(
                row.side,
                name,
                position,
                row.person_id,
                org_id,
                org_name,
                org_country,
                names=names,
                positions=positions,
                org_names=org_names,
            )
        )
    return result


_FORMS = 13  # the first per-language column of _participants' query


def _own_organisation(session: Session) -> int | None:
    raw = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == "own_organisation_id")) or ""
    return int(raw) if raw.isascii() and raw.isdigit() else None  # "²".isdigit() is True


def _our_side(people: list[_Participant], own_org: int | None) -> str:
    """The side our officials sat on: the own organisation's, else the most Azerbaijani, else host."""
    for who in people:
        if own_org is not None and who.org_id == own_org:
            return who.side
    local = Counter(who.side for who in people if who.org_country == OWN_COUNTRY)
    return local.most_common(1)[0][0] if local else Side.HOST.value


def _lead(people: list[_Participant], side: str) -> _Participant | None:
    """Whoever stands first on a side (heads are saved first); None when nobody."""
    return next((who for who in people if who.side == side), None)


def _decisions(session: Session, ids: Select[Any]) -> list[r.DossierDecision]:
    d, mt = m.DecisionRow, m.MeetingRow
    rows = session.execute(
        select(
            d.meeting_id,
            mt.date,
            mt.title,
            d.number,
            d.text,
            mt.language,
            d.translations,
            translations_of(mt.translations, "meeting", "title"),
        )
        .join(mt, mt.id == d.meeting_id)
        .where(d.meeting_id.in_(ids))
        .order_by(mt.date.is_(None), mt.date.desc(), mt.id.desc(), d.number)
    )
    return [
        r.DossierDecision(
            meeting_id=x[0],
            meeting_date=x[1],
            meeting_title=x[2],
            number=x[3],
            text=x[4],
            language=x[5],
            translations=x[6],
            meeting_titles=dict(parse_list_translations(x[7]).get("title", {})),
        )
        for x in rows
    ]


def _follow_ups(session: Session, dossier: r.Dossier, ids: Select[Any], countries: dict[int, list[str]]) -> None:
    """Sort the meetings' follow-ups into open, overdue and done, and count the punctual ones."""
    stmt = filtered_statement(FollowUpFilter(), dossier.today).where(m.FollowUpRow.meeting_id.in_(ids))
    for x in session.execute(stmt):
        row = tracker_row(x, countries.get(x[1], []))
        if row.status == FollowUpStatus.DONE.value:
            dossier.done_follow_ups.append(row)
            if row.due_date is not None and row.completed_on is not None:
                if row.completed_on <= row.due_date:
                    dossier.done_on_time += 1
                else:
                    dossier.done_late += 1
        elif row.status not in _CLOSED:
            dossier.open_follow_ups.append(row)
            if row.due_date is not None and row.due_date < dossier.today and row.status not in NEVER_OVERDUE_STATUSES:
                dossier.overdue_follow_ups.append(row)
    judged = dossier.done_on_time + dossier.done_late
    dossier.on_time_share = dossier.done_on_time / judged if judged else None
