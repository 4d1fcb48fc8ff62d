"""The officer becomes a person of the directory on first use as a follow-up's owner, once."""

from __future__ import annotations

from minutes_app.domain import records as r
from minutes_app.services import Services


def test_the_officer_is_created_once_then_found_by_any_spelling(services: Services) -> None:
    ministry = services.directory.save_organisation(r.Organisation(name="Ministry of Economy"))
    made = services.directory.officer_person(
        name="Leyla Mammadova", position="Head of Division", organisation_id=ministry.id
    )
    assert (made.name, made.position, made.organisation_id) == ("Leyla Mammadova", "Head of Division", ministry.id)
    again = services.directory.officer_person(name="Leyla Mammadova")
    assert again.id == made.id and services.directory.count_people() == 1
    services.directory.save_person(r.Person(name="Лейла Мамедова", name_az="Leyla Məmmədova"))
    assert services.directory.officer_person(name="Leyla Məmmədova").name == "Лейла Мамедова"
    assert services.directory.count_people() == 2


def test_a_trashed_own_organisation_is_left_out(services: Services) -> None:
    gone = services.directory.save_organisation(r.Organisation(name="Old Ministry"))
    assert gone.id is not None
    services.directory.delete_organisation(gone.id)
    made = services.directory.officer_person(name="Leyla Mammadova", organisation_id=gone.id)
    assert made.organisation_id is None
