"""Every value of every vocabulary has a human label, and unknown values fall back to themselves."""

from __future__ import annotations

import pytest

from minutes_app.domain import vocab
from minutes_app.ui import labels

VOCABULARIES = {
    labels.MEETING_KIND: vocab.MeetingKind,
    labels.MEETING_STATUS: vocab.MeetingStatus,
    labels.ROLE: vocab.Role,
    labels.SIDE: vocab.Side,
    labels.PRIORITY: vocab.Priority,
    labels.FOLLOW_UP_STATUS: vocab.FollowUpStatus,
    labels.ORGANISATION_KIND: vocab.OrganisationKind,
    labels.CONFIDENTIALITY: vocab.Confidentiality,
    labels.LANGUAGE: vocab.Language,
}


@pytest.mark.parametrize("kind", sorted(VOCABULARIES))
def test_every_value_is_labelled_once(kind: str) -> None:
    values = [value for value, _ in labels.choices(kind)]
    assert values == [member.value for member in VOCABULARIES[kind]]
    texts = [text for _, text in labels.choices(kind)]
    assert len(set(texts)) == len(texts) and all(texts)


def test_all_vocabularies_are_covered() -> None:
    assert set(labels.vocabularies()) == set(VOCABULARIES)


def test_labels_read_as_words() -> None:
    assert labels.label(labels.MEETING_KIND, "bilateral_meeting") == "Bilateral meeting"
    assert labels.label(labels.ROLE, "head_of_delegation") == "Head of delegation"
    assert labels.label(labels.FOLLOW_UP_STATUS, "in_progress") == "In progress"
    assert labels.label(labels.PRIORITY, "no_such_priority") == "no_such_priority"
