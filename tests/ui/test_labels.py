"""Every value of every vocabulary has a human label, and unknown values fall back to themselves."""

from __future__ import annotations

import pytest

from minutes_app.domain import vocab
from minutes_app.ui.common import vocabulary_labels

VOCABULARIES = {
    vocabulary_labels.MEETING_KIND: vocab.MeetingKind,
    vocabulary_labels.MEETING_STATUS: vocab.MeetingStatus,
    vocabulary_labels.ROLE: vocab.Role,
    vocabulary_labels.SIDE: vocab.Side,
    vocabulary_labels.PRIORITY: vocab.Priority,
    vocabulary_labels.FOLLOW_UP_STATUS: vocab.FollowUpStatus,
    vocabulary_labels.ORGANISATION_KIND: vocab.OrganisationKind,
    vocabulary_labels.CONFIDENTIALITY: vocab.Confidentiality,
    vocabulary_labels.LANGUAGE: vocab.Language,
}


@pytest.mark.parametrize("kind", sorted(VOCABULARIES))
def test_every_value_is_labelled_once(kind: str) -> None:
    values = [value for value, _ in vocabulary_labels.choices(kind)]
    assert values == [member.value for member in VOCABULARIES[kind]]
    texts = [text for _, text in vocabulary_labels.choices(kind)]
    assert len(set(texts)) == len(texts) and all(texts)


def test_all_vocabularies_are_covered() -> None:
    assert set(vocabulary_labels.vocabularies()) == set(VOCABULARIES)


def test_labels_read_as_words() -> None:
    assert vocabulary_labels.label(vocabulary_labels.MEETING_KIND, "bilateral_meeting") == "Bilateral meeting"
    assert vocabulary_labels.label(vocabulary_labels.ROLE, "head_of_delegation") == "Head of delegation"
    assert vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, "in_progress") == "In progress"
    assert vocabulary_labels.label(vocabulary_labels.PRIORITY, "no_such_priority") == "no_such_priority"
