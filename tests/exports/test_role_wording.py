"""What a participant's role prints after their name, per role and language (exports/labels.py)."""

from __future__ import annotations

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.vocab import HEAD_ROLES, Role
from minutes_app.exports.people import participant_line, present

PRESIDENT = r.Person(
    id=1,
    name="Ilham Aliyev",
    name_en="Ilham Aliyev",
    name_az="İlham Əliyev",
    name_ru="Ильхам Алиев",
    position="President of the Republic of Azerbaijan",
    position_az="Azərbaycan Respublikasının Prezidenti",
    position_ru="Президент Азербайджанской Республики",
)


def line(role: str, lang: str) -> str:
    """The participant line of the President in `role`."""
    return participant_line(r.Attendance(person_id=1, person=PRESIDENT, role=role), lang)


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("role", ["head_of_state", "head_of_government", "ambassador", "member", "adviser"])
def test_roles_the_position_already_says_print_nothing_after_the_name(role: str, lang: str) -> None:
    assert "(" not in line(role, lang)


@pytest.mark.parametrize(
    ("role", "lang", "printed"),
    [
        ("co_chair", "en", "(co-chair of the intergovernmental commission)"),
        ("co_chair", "az", "(hökumətlərarası komissiyanın həmsədri)"),
        ("co_chair", "ru", "(сопредседатель межправительственной комиссии)"),
        ("interpreter", "en", "(interpreter)"),
        ("interpreter", "az", "(tərcüməçi)"),
        ("interpreter", "ru", "(переводчик)"),
        ("head_of_delegation", "ru", "(глава делегации)"),
        ("chair", "az", "(sədr)"),
    ],
)
def test_roles_worth_naming_print_their_wording(role: str, lang: str, printed: str) -> None:
    assert line(role, lang).endswith(printed)


def test_every_role_is_known_and_heads_are_listed_first() -> None:
    assert {"head_of_state", "head_of_government", "co_chair", "ambassador", "adviser", "interpreter"} <= {
        x.value for x in Role
    }
    meeting = r.Meeting(
        attendances=[
            r.Attendance(person_id=2, role="member", side="host", precedence=0),
            r.Attendance(person_id=1, person=PRESIDENT, role="head_of_state", side="host", precedence=1),
        ]
    )
    assert [a.person_id for a in present(meeting, "host")] == [1, 2]
    assert Role.AMBASSADOR in HEAD_ROLES and Role.ADVISER not in HEAD_ROLES
