"""Migration 0004: the topics officers asked for reach new and existing stores once, "Other" staying last."""

from __future__ import annotations

from minutes_app.domain import records as r
from minutes_app.domain.vocab import DEFAULT_TOPICS
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from tests.store.test_migrations import at_revision


def names(services: Services) -> list[str]:
    """The topics' English names in display order."""
    return [t.name for t in services.topics.list_topics(include_inactive=True)]


def test_a_new_store_starts_with_the_default_topics_other_last(services: Services) -> None:
    assert names(services) == [en for en, _, _ in DEFAULT_TOPICS]
    smes = services.topics.by_name("Малое и среднее предпринимательство")
    assert smes is not None and (smes.name, smes.name_az) == ("SMEs", "Kiçik və orta sahibkarlıq")


def test_an_existing_store_gets_only_the_topics_it_lacks(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    services.close()
    at_revision(any_paths, "0002_search_index")
    services = open_services(any_paths)  # the migrations are undone, the topics of 0004 stay: remove them
    for topic in services.topics.list_topics(include_inactive=True):
        if topic.name in ("SMEs", "Infrastructure", "Green energy"):
            services.topics.save(r.Topic(id=topic.id, name=f"old {topic.id}", active=False))
    # An officer had added one of them already, under its Russian name.
    services.topics.save(r.Topic(name="Зелёная энергетика (ВИЭ)", name_ru="ЗЕЛЁНАЯ ЭНЕРГЕТИКА"))
    services.close()
    at_revision(any_paths, "0002_search_index")
    services = open_services(any_paths)
    try:
        listed = names(services)
        assert listed.count("SMEs") == 1 and listed.count("Infrastructure") == 1 and "Green energy" not in listed
        # "Other" is no longer last (the officer's topic is): the new ones follow the officer's.
        assert listed[-3:] == ["Зелёная энергетика (ВИЭ)", "SMEs", "Infrastructure"]
    finally:
        services.close()
