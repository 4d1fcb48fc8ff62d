"""A person's and an organisation's fields are named once (domain.directory_fields) for the directory's save,
the audit trail and the JSON file: a field added to either record is classified there."""

from __future__ import annotations

import dataclasses

from minutes_app.domain import records as r
from minutes_app.domain.directory_fields import ORGANISATION_FIELDS, PERSON_FIELDS, PERSON_VALUE_FIELDS
from minutes_app.store import models as m


def test_every_field_of_a_person_and_an_organisation_is_named() -> None:
    person = {f.name for f in dataclasses.fields(r.Person)}
    assert set(PERSON_FIELDS) == person - {"id", "version", "organisation_name"}
    assert set(PERSON_FIELDS) - set(PERSON_VALUE_FIELDS) == {"organisation_id"}
    assert set(ORGANISATION_FIELDS) == {f.name for f in dataclasses.fields(r.Organisation)} - {"id", "version"}
    assert set(PERSON_FIELDS) <= set(m.PersonRow.__table__.columns.keys())
    assert set(ORGANISATION_FIELDS) <= set(m.OrganisationRow.__table__.columns.keys())
