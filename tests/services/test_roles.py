"""The role list: seeded with the built-in roles as the documents printed them, editable, hidden not deleted when in use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.vocab import Role
from minutes_app.exports.labels import role_after_name
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.documents import DocumentService
from minutes_app.services.json_io import export_document, export_json, import_json

ENVOY = r.RoleEntry(
    name="Special envoy",
    name_az="Xüsusi nümayəndə",
    name_ru="Специальный представитель",
    after_name="special envoy",
    after_name_az="xüsusi nümayəndə",
    after_name_ru="специальный представитель",
    leads=True,
)


def test_the_built_in_roles_are_seeded_with_the_wording_the_documents_printed(services: Services) -> None:
    roles = {role.key: role for role in services.roles.list_roles()}
    assert set(roles) == {role.value for role in Role}
    for key, role in roles.items():
        for lang in ("en", "az", "ru"):
            assert role.after_name_in(lang) == role_after_name(key, lang), (key, lang)
    assert roles["head_of_state"].name_ru == "Глава государства" and roles["head_of_state"].leads
    assert not roles["member"].leads and roles["member"].name_az == "Nümayəndə heyətinin üzvü"


def test_a_role_is_added_renamed_and_hidden_and_one_in_use_is_never_deleted(services: Services) -> None:
    envoy = services.roles.save(ENVOY)
    assert envoy.key == "special_envoy" and envoy.id is not None
    with pytest.raises(ValidationError, match="already exists"):
        services.roles.save(replace(ENVOY, name="special ENVOY"))
    person = services.directory.save_person(r.Person(name="Elchin Amirbayov"))
    meeting = services.meetings.save(
        r.Meeting(
            title="Consultations",
            attendances=[r.Attendance(person_id=person.id, side="host", role=envoy.key)],
        )
    )
    assert meeting.attendances[0].role_entry == envoy
    assert services.roles.uses(envoy.key) == 1
    with pytest.raises(ValidationError, match="hidden, not deleted"):
        services.roles.delete(envoy.id)
    with pytest.raises(ValidationError, match="built in"):
        services.roles.delete(next(role.id for role in services.roles.list_roles() if role.key == "observer"))
    hidden = services.roles.save(replace(envoy, name_ru="Спецпредставитель", active=False))
    assert hidden.key == "special_envoy"  # a key never changes
    assert "special_envoy" not in {role.key for role in services.roles.list_roles()}
    stored = services.meetings.get(meeting.id or 0)
    assert (
        stored.attendances[0].role == "special_envoy"
        and stored.attendances[0].role_entry.name_ru == "Спецпредставитель"
    )
    services.meetings.save(stored)  # a hidden role stays valid on the meetings that have it
    unused = services.roles.save(r.RoleEntry(name="Guest of honour"))
    services.roles.delete(unused.id or 0)
    assert "guest_of_honour" not in {role.key for role in services.roles.list_roles(include_inactive=True)}


def test_an_unknown_role_is_refused_on_saving(services: Services) -> None:
    person = services.directory.save_person(r.Person(name="Elchin Amirbayov"))
    for role, message in (("nobody_knows", "unknown role"), ("Not a key", "is not a role")):
        with pytest.raises(ValidationError, match=message):
            services.meetings.save(
                r.Meeting(
                    title="Consultations",
                    attendances=[r.Attendance(person_id=person.id, side="host", role=role)],
                )
            )


def test_a_role_that_leads_stands_first_and_signs(services: Services, tmp_path: Path) -> None:
    envoy = services.roles.save(ENVOY)
    meeting, _ = load_demo(services)
    stored = services.meetings.get(meeting.id or 0)
    host = stored.side("host")
    # The last member of the host side becomes the special envoy: they lead, so they stand first.
    last = host[-1]
    others = [replace(a, role="member") for a in stored.attendances if a is not last]
    saved = services.meetings.save(replace(stored, attendances=[*others, replace(last, role=envoy.key, precedence=99)]))
    assert saved.side("host")[0].role == envoy.key
    path = DocumentService(services).agreed_minutes(
        saved.id or 0, tmp_path / "agreed.docx", lang="az", second_lang="ru"
    )
    document = docx.Document(str(path))
    signatures = document.tables[0].rows[-1].cells[1].tables[0]
    name = saved.side("host")[0].person.name_in("ru")
    assert name in signatures.rows[1].cells[0].text


def test_json_carries_custom_roles_and_signature_lines(services: Services, tmp_path: Path) -> None:
    envoy = services.roles.save(ENVOY)
    services.roles.save(r.RoleEntry(name="Guest of honour", name_ru="Почётный гость", active=False))
    meeting, _ = load_demo(services)
    stored = services.meetings.get(meeting.id or 0)
    first = stored.attendances[0]
    assert stored.language == "en"
    saved = services.meetings.save(
        replace(
            stored,
            attendances=[replace(first, role=envoy.key), *stored.attendances[1:]],
            signatory_host="For the Ministry of Economy of the Republic of Azerbaijan",
            translations={
                **stored.translations,
                "signatory_host": {
                    "az": "Azərbaycan Respublikası İqtisadiyyat Nazirliyi adından",
                    "ru": "За Министерство экономики Азербайджанской Республики",
                },
            },
        )
    )
    exported = export_document(services)
    assert {"key": "special_envoy", "name_ru": "Специальный представитель", "leads": True}.items() <= exported["roles"][
        -2
    ].items()
    first_file = export_json(services, tmp_path / "one.json")

    fresh = open_services(resolve_paths(data_dir=str(tmp_path / "fresh")))
    try:
        import_json(fresh, first_file)
        again = fresh.meetings.get(fresh.meetings.list_meetings()[0].id)
        assert again.signatory_host == saved.signatory_host and again.translations == saved.translations
        assert (
            again.attendances[0].role == "special_envoy"
            and again.attendances[0].role_entry.after_name_ru == "специальный представитель"
        )
        honour = next(role for role in fresh.roles.list_roles(include_inactive=True) if role.key == "guest_of_honour")
        assert honour.name_ru == "Почётный гость" and not honour.active
        second_file = export_json(fresh, tmp_path / "two.json")
    finally:
        fresh.close()
    assert second_file.read_text(encoding="utf-8") == first_file.read_text(encoding="utf-8")


def test_an_import_naming_a_role_it_does_not_hold_is_refused(services: Services, tmp_path: Path) -> None:
    import json

    from minutes_app.domain.errors import ImportFormatError

    load_demo(services)
    document = export_document(services)
    document["roles"] = [role for role in document["roles"] if role["key"] != "member"] + [
        {"key": "Bad key", "name": "Bad"}
    ]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    fresh = open_services(resolve_paths(data_dir=str(tmp_path / "fresh")))
    try:
        with pytest.raises(ImportFormatError, match=r"roles\[\d+\]\.key"):
            import_json(fresh, path)
        document["roles"] = document["roles"][:-1]
        document["meetings"][0]["participants"][0]["role"] = "secret_agent"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(ImportFormatError, match=r"participants\[0\]\.role"):
            import_json(fresh, path)
        assert fresh.meetings.list_meetings() == []
    finally:
        fresh.close()
