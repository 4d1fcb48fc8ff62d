"""The directory of people and organisations, reused across meetings."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.collation import sort_names
from minutes_app.domain.directory_fields import ORGANISATION_FIELDS, PERSON_FIELDS
from minutes_app.domain.errors import ConflictError, NotFoundError, ValidationError
from minutes_app.domain.vocab import OrganisationKind
from minutes_app.services import audit, audit_diff, convert, hooks
from minutes_app.services import validation as v
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import touch, utcnow


def validate_person(p: r.Person) -> r.Person:
    """A checked copy of a person; ValidationError names the bad field."""
    return replace(
        p,
        id=v.check_id("id", p.id),
        name=v.clean_text("name", p.name, max_length=300, required=True),
        name_en=v.clean_text("name_en", p.name_en, max_length=300),
        name_az=v.clean_text("name_az", p.name_az, max_length=300),
        name_ru=v.clean_text("name_ru", p.name_ru, max_length=300),
        position=v.clean_text("position", p.position, max_length=500),
        position_en=v.clean_text("position_en", p.position_en, max_length=500),
        position_az=v.clean_text("position_az", p.position_az, max_length=500),
        position_ru=v.clean_text("position_ru", p.position_ru, max_length=500),
        organisation_id=v.check_id("organisation", p.organisation_id),
        email=v.clean_text("email", p.email, max_length=300),
        phone=v.clean_text("phone", p.phone, max_length=100),
        notes=v.clean_text("notes", p.notes, max_length=100_000),
    )


def validate_organisation(o: r.Organisation) -> r.Organisation:
    """A checked copy of an organisation; ValidationError names the bad field."""
    return replace(
        o,
        id=v.check_id("id", o.id),
        name=v.clean_text("name", o.name, max_length=500, required=True),
        kind=v.check_choice("kind", o.kind, OrganisationKind),
        country=v.check_country("country", o.country),
        name_en=v.clean_text("name_en", o.name_en, max_length=500),
        name_az=v.clean_text("name_az", o.name_az, max_length=500),
        name_ru=v.clean_text("name_ru", o.name_ru, max_length=500),
        notes=v.clean_text("notes", o.notes, max_length=100_000),
    )


class DirectoryService:
    """People and organisations: list, read, save, delete, and who attended what."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # The last lists read and the change stamp they were read at: the editor asks for the whole
        # directory each time a meeting opens; reading it again only when it changed saves most of that.
        self._people: tuple[tuple[object, ...], list[r.Person]] | None = None
        self._organisations: tuple[tuple[object, ...], list[r.Organisation]] | None = None

    def people(self) -> list[r.Person]:
        """Every person not in the trash, by name in Azerbaijani alphabetical order (records to read, not change)."""
        with self.store.reading() as session:
            # a person shows their organisation's name, so a renamed organisation changes the people too
            stamp = _change_stamp(session, m.PersonRow) + _change_stamp(session, m.OrganisationRow)
            if self._people is None or self._people[0] != stamp:
                rows = session.scalars(
                    select(m.PersonRow).where(m.PersonRow.deleted_at.is_(None)).order_by(m.PersonRow.id)
                )
                self._people = (stamp, sort_names([convert.person(p) for p in rows], lambda p: p.name))
            # the records are shared between calls (copying 15,000 of them costs more than reading them): read-only
            return list(self._people[1])

    def person(self, person_id: int) -> r.Person:
        """One person, or NotFoundError."""
        with self.store.reading() as session:
            return convert.person(_live(session, m.PersonRow, person_id, "person"))

    def save_person(self, person: r.Person, *, force: bool = False) -> r.Person:
        """Create or update a person; returns them as stored."""
        clean = validate_person(person)
        with self.store.writing() as session:
            organisation = None
            if clean.organisation_id is not None:
                organisation = _live(
                    session, m.OrganisationRow, clean.organisation_id, "organisation", field="organisation"
                )
            before = convert.person(_live(session, m.PersonRow, clean.id, "person")) if clean.id is not None else None
            row = _upsert(session, m.PersonRow, clean, PERSON_FIELDS, "person", force=force)
            hooks.person_written(session, row.id)
            # the relationship still holds the organisation loaded before the change
            after = replace(convert.person(row), organisation_name=organisation.name if organisation else "")
            audit.record(session, audit_diff.directory_changes("person", before, after))
            return after

    def officer_person(self, *, name: str, position: str = "", organisation_id: int | None = None) -> r.Person:
        """The directory's person for the officer (as named in Settings), created on first use.

        A follow-up's owner is a person of the directory, so the officer becomes one, found again
        by any spelling equal to the name; finding and creating happen in one transaction.
        """
        clean = validate_person(r.Person(name=name, position=position, organisation_id=organisation_id))
        with self.store.writing() as session:
            row = session.scalars(
                select(m.PersonRow)
                .where(
                    m.PersonRow.deleted_at.is_(None),
                    (m.PersonRow.name == clean.name)
                    | (m.PersonRow.name_en == clean.name)
                    | (m.PersonRow.name_az == clean.name)
                    | (m.PersonRow.name_ru == clean.name),
                )
                .order_by(m.PersonRow.id)
            ).first()
            if row is not None:
                return convert.person(row)
            if clean.organisation_id is not None:
                organisation = session.get(m.OrganisationRow, clean.organisation_id)
                if organisation is None or organisation.deleted_at is not None:
                    clean = replace(clean, organisation_id=None)  # Settings may name a trashed organisation
            row = _upsert(session, m.PersonRow, clean, PERSON_FIELDS, "person", force=False)
            hooks.person_written(session, row.id)
            audit.record(session, audit_diff.directory_changes("person", None, convert.person(row)))
            return convert.person(row)

    def delete_person(self, person_id: int) -> None:
        """Move a person to the trash (past minutes keep their attendance)."""
        with self.store.writing() as session:
            row = _live(session, m.PersonRow, person_id, "person")
            row.deleted_at = utcnow()
            hooks.person_written(session, person_id)
            audit.record(session, [audit_diff.Change("person", person_id, audit_diff.DELETED, "", row.name, "")])

    def organisations(self) -> list[r.Organisation]:
        """Every organisation not in the trash, by name in Azerbaijani alphabetical order (records to read, not change)."""
        with self.store.reading() as session:
            stamp = _change_stamp(session, m.OrganisationRow)
            if self._organisations is None or self._organisations[0] != stamp:
                rows = session.scalars(
                    select(m.OrganisationRow)
                    .where(m.OrganisationRow.deleted_at.is_(None))
                    .order_by(m.OrganisationRow.id)
                )
                self._organisations = (stamp, sort_names([convert.organisation(o) for o in rows], lambda o: o.name))
            return list(self._organisations[1])

    def organisation(self, organisation_id: int) -> r.Organisation:
        """One organisation, or NotFoundError."""
        with self.store.reading() as session:
            return convert.organisation(_live(session, m.OrganisationRow, organisation_id, "organisation"))

    def save_organisation(self, organisation: r.Organisation, *, force: bool = False) -> r.Organisation:
        """Create or update an organisation; returns it as stored."""
        clean = validate_organisation(organisation)
        with self.store.writing() as session:
            before = None
            if clean.id is not None:
                before = convert.organisation(_live(session, m.OrganisationRow, clean.id, "organisation"))
            row = _upsert(session, m.OrganisationRow, clean, ORGANISATION_FIELDS, "organisation", force=force)
            hooks.organisation_written(session, row.id)
            after = convert.organisation(row)
            audit.record(session, audit_diff.directory_changes("organisation", before, after))
            return after

    def delete_organisation(self, organisation_id: int) -> None:
        """Move an organisation to the trash."""
        with self.store.writing() as session:
            row = _live(session, m.OrganisationRow, organisation_id, "organisation")
            row.deleted_at = utcnow()
            hooks.organisation_written(session, organisation_id)
            deleted = audit_diff.Change("organisation", organisation_id, audit_diff.DELETED, "", row.name, "")
            audit.record(session, [deleted])

    def meetings_of_person(self, person_id: int) -> list[r.MeetingSummary]:
        """The meetings a person attended (present or not), newest first."""
        with self.store.reading() as session:
            rows = session.execute(
                select(
                    m.MeetingRow.id,
                    m.MeetingRow.date,
                    m.MeetingRow.title,
                    m.MeetingRow.kind,
                    m.MeetingRow.status,
                    m.MeetingRow.reference_number,
                )
                .join(m.AttendanceRow, m.AttendanceRow.meeting_id == m.MeetingRow.id)
                .where(m.AttendanceRow.person_id == person_id, m.MeetingRow.deleted_at.is_(None))
                .distinct()
                .order_by(m.MeetingRow.date.desc(), m.MeetingRow.id.desc())
            ).all()
            return [
                r.MeetingSummary(
                    id=row[0],
                    date=row[1],
                    title=row[2],
                    kind=row[3],
                    status=row[4],
                    reference_number=row[5],
                    countries=[],
                    open_follow_ups=0,
                )
                for row in rows
            ]

    def find_person(self, name: str) -> r.Person | None:
        """The live person with any spelling equal to `name`, if there is one."""
        with self.store.reading() as session:
            row = session.scalars(
                select(m.PersonRow)
                .where(
                    m.PersonRow.deleted_at.is_(None),
                    (m.PersonRow.name == name)
                    | (m.PersonRow.name_en == name)
                    | (m.PersonRow.name_az == name)
                    | (m.PersonRow.name_ru == name),
                )
                .order_by(m.PersonRow.id)
            ).first()
            return convert.person(row) if row else None

    def find_organisation(self, name: str) -> r.Organisation | None:
        """The live organisation with any spelling equal to `name`, if there is one."""
        with self.store.reading() as session:
            row = session.scalars(
                select(m.OrganisationRow)
                .where(
                    m.OrganisationRow.deleted_at.is_(None),
                    (m.OrganisationRow.name == name)
                    | (m.OrganisationRow.name_en == name)
                    | (m.OrganisationRow.name_az == name)
                    | (m.OrganisationRow.name_ru == name),
                )
                .order_by(m.OrganisationRow.id)
            ).first()
            return convert.organisation(row) if row else None

    def count_people(self) -> int:
        """How many live people the directory holds."""
        with self.store.reading() as session:
            return session.scalar(select(func.count(m.PersonRow.id)).where(m.PersonRow.deleted_at.is_(None))) or 0


def _change_stamp(session: Session, model) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What changes whenever a row of `model`'s table is added, changed, trashed, restored or purged.

    Read on every call rather than kept per process, so changes made by another window, another
    program or another user of a shared PostgreSQL store are seen too.
    """
    stamp = session.execute(
        select(
            func.count(),
            func.max(model.updated_at),
            func.sum(model.version),
            func.count(model.deleted_at),
            func.max(model.id),
        )
    ).one()
    return tuple(stamp)


def _live(session: Session, model, record_id: int, kind: str, *, field: str = "id"):  # type: ignore[no-untyped-def]
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        if field != "id":
            raise ValidationError(field, f"unknown {kind} {record_id}")
        raise NotFoundError(kind, record_id)
    return row


def _upsert(session: Session, model, record, fields: tuple[str, ...], kind: str, *, force: bool):  # type: ignore[no-untyped-def]
    if record.id is None:
        row = model(**{name: getattr(record, name) for name in fields})
        session.add(row)
    else:
        row = _live(session, model, record.id, kind)
        if row.version != record.version and not force:
            raise ConflictError(kind, record.id, record.version, row.version)
        for name in fields:
            setattr(row, name, getattr(record, name))
        touch(row)
    session.flush()
    return row
