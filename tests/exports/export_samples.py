"""Realistic records for the export tests (the seed meeting of DOMAIN.md, follow-up rows) and docx readers."""

from __future__ import annotations

import copy
import datetime as dt

from minutes_app.domain.records import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    FollowUpRow,
    Meeting,
    Organisation,
    Person,
)

MINISTRY_OF_ECONOMY = Organisation(
    id=1,
    name="Ministry of Economy of the Republic of Azerbaijan",
    kind="ministry",
    country="AZ",
    name_en="Ministry of Economy of the Republic of Azerbaijan",
    name_az="Azərbaycan Respublikasının İqtisadiyyat Nazirliyi",
    name_ru="Министерство экономики Азербайджанской Республики",
)
RUSSIAN_MFA = Organisation(
    id=2,
    name="Ministry of Foreign Affairs of the Russian Federation",
    kind="ministry",
    country="RU",
    name_en="Ministry of Foreign Affairs of the Russian Federation",
    name_az="Rusiya Federasiyası Xarici İşlər Nazirliyi",
    name_ru="Министерство иностранных дел Российской Федерации",
)
RUSSIAN_EMBASSY = Organisation(
    id=3,
    name="Embassy of the Russian Federation in the Republic of Azerbaijan",
    kind="embassy",
    country="RU",
    name_en="Embassy of the Russian Federation in the Republic of Azerbaijan",
    name_az="Rusiya Federasiyasının Azərbaycan Respublikasındakı Səfirliyi",
    name_ru="Посольство Российской Федерации в Азербайджанской Республике",
)
TRADE_OFFICE = Organisation(
    id=4,
    name="Trade Representative Office of the Russian Federation in the Republic of Azerbaijan",
    kind="trade_mission",
    country="RU",
    name_en="Trade Representative Office of the Russian Federation in the Republic of Azerbaijan",
    name_az="Rusiya Federasiyasının Azərbaycan Respublikasındakı Ticarət Nümayəndəliyi",
    name_ru="Торговое представительство Российской Федерации в Азербайджанской Республике",
)
MOVEMENT_OF_THE_FIRST = Organisation(
    id=5,
    name='Regional Council of the "Movement of the First" of the Chechen Republic',
    kind="ngo",
    country="RU",
    name_en='Regional Council of the "Movement of the First" of the Chechen Republic',
    name_az='Çeçenistan Respublikasının "Birincilərin Hərəkatı" regional şurası',
    name_ru="Региональный совет «Движения первых» Чеченской Республики",
)

JABBAROV = Person(
    id=1,
    name="Mikayil Jabbarov",
    name_en="Mikayil Jabbarov",
    name_az="Mikayıl Cabbarov",
    name_ru="Микаил Джаббаров",
    position="Minister of Economy",
    position_en="Minister of Economy",
    position_az="iqtisadiyyat naziri",
    position_ru="министр экономики",
    organisation_id=1,
    organisation_name=MINISTRY_OF_ECONOMY.name,
)
EDELGERIEV = Person(
    id=2,
    name="Ruslan Edelgeriev",
    name_en="Ruslan Edelgeriev",
    name_az="Ruslan Edelgeriyev",
    name_ru="Руслан Эдельгериев",
    position="Adviser to the President of the Russian Federation",
    position_en="Adviser to the President of the Russian Federation",
    position_az="Rusiya Federasiyası Prezidentinin müşaviri",
    position_ru="советник Президента Российской Федерации",
)
DESK_OFFICER = Person(
    id=3,
    name="Leyla Mammadova",
    name_en="Leyla Mammadova",
    name_az="Leyla Məmmədova",
    name_ru="Лейла Мамедова",
    position="Chief adviser, Foreign Economic Relations Department",
    position_az="Xarici iqtisadi əlaqələr şöbəsinin baş məsləhətçisi",
    position_ru="главный советник отдела внешнеэкономических связей",
    organisation_id=1,
    organisation_name=MINISTRY_OF_ECONOMY.name,
)

AGENDA = [
    (
        "Diversification of the economic partnership between Azerbaijan and Russia",
        "Minister Mikayil Jabbarov stressed the positive dynamics in the development of relations with the "
        "Russian Federation and the importance of intensifying the partnership of business circles in realising "
        "the economic potential and strengthening trade and investment relations.",
    ),
    (
        "Development of interregional relations",
        "The parties discussed the development of relations in the interregional, tourism and other fields, and "
        "the possibility of implementing various socio-economic projects.",
    ),
    (
        "Investment opportunities, including the liberated territories and the Alat Free Economic Zone",
        "The favourable business and investment environment of Azerbaijan and the wide potential of the lands "
        "liberated from occupation open new perspectives for regional cooperation. Russian investors can take "
        "advantage of the transport and logistics opportunities of the Alat Free Economic Zone, located at the "
        "intersection of international corridors.",
    ),
    (
        "The North–South International Transport Corridor",
        "The Minister stressed the importance of using the resources of the North–South international transport "
        "route for the growth of bilateral trade.",
    ),
]

SUMMARY = (
    "Expressing his satisfaction with his visit, Ruslan Edelgeriev noted that the Russian Federation attaches "
    "special importance to the partnership with Azerbaijan and to the role of the private sector in mutually "
    "beneficial development.\n"
    "The parties also discussed the forthcoming work to maintain the dynamism of mutual trade."
)


def seed_meeting() -> Meeting:
    """The meeting of seeds/000: Minister Jabbarov receives the delegation led by Ruslan Edelgeriev."""
    attendances = [
        Attendance(
            id=1,
            person_id=1,
            organisation_id=1,
            side="host",
            role="head_of_delegation",
            precedence=0,
            position="Minister of Economy",
            person=JABBAROV,
            organisation=MINISTRY_OF_ECONOMY,
        ),
        Attendance(
            id=2,
            person_id=3,
            organisation_id=1,
            side="host",
            role="note_taker",
            precedence=1,
            person=DESK_OFFICER,
            organisation=MINISTRY_OF_ECONOMY,
        ),
        # listed out of order on purpose: precedence, not list order, decides
        Attendance(id=6, organisation_id=5, side="guest", precedence=4, organisation=MOVEMENT_OF_THE_FIRST),
        Attendance(id=4, organisation_id=3, side="guest", precedence=2, organisation=RUSSIAN_EMBASSY),
        Attendance(id=3, organisation_id=2, side="guest", precedence=1, organisation=RUSSIAN_MFA),
        Attendance(id=5, organisation_id=4, side="guest", precedence=3, organisation=TRADE_OFFICE),
        Attendance(id=7, person_id=2, side="guest", role="head_of_delegation", precedence=0, person=EDELGERIEV),
    ]
    follow_ups = [
        FollowUp(
            id=1,
            meeting_id=1,
            description="Send the Russian side the presentation of investment "
            "opportunities in the liberated territories and the Alat Free Economic Zone",
            department="Foreign Economic Relations Department",
            owner_name="Leyla Mammadova",
            due_date=dt.date(2024, 4, 15),
            status="open",
            topic_name="Investment",
        ),
        FollowUp(
            id=2,
            meeting_id=1,
            description="Prepare proposals for socio-economic projects with the Chechen Republic",
            department="Regional Development Department",
            due_date=dt.date(2024, 5, 31),
            status="in_progress",
            topic_name="Interregional cooperation",
        ),
        FollowUp(
            id=3,
            meeting_id=1,
            description="Agree the date of the next meeting of the working group on transport and logistics",
            owner_name="Leyla Mammadova",
            due_date=dt.date(2024, 3, 29),
            status="done",
            completed_on=dt.date(2024, 3, 27),
            topic_name="Transport and logistics",
        ),
    ]
    meeting = Meeting(
        id=1,
        title="Meeting with the delegation led by Ruslan Edelgeriev, adviser to the President of the "
        "Russian Federation",
        kind="delegation_visit",
        date=dt.date(2024, 3, 12),
        start_time=dt.time(11, 0),
        end_time=dt.time(12, 30),
        venue="Ministry of Economy, 84 Uzeyir Hajibeyov Street, Baku",
        host_organisation_id=1,
        countries=["RU"],
        reference_number="ME-2024/017",
        confidentiality="for_official_use",
        status="held",
        summary=SUMMARY,
        prepared_by="Leyla Mammadova",
        approved_by="",
        attendances=attendances,
        agenda=[AgendaItem(id=i, title=t, notes=n) for i, (t, n) in enumerate(AGENDA, start=1)],
        decisions=[
            Decision(
                id=1,
                text="To continue joint work on diversifying the economic partnership and keeping "
                "mutual trade dynamic.",
                agenda_index=0,
            ),
            Decision(
                id=2,
                text="To examine socio-economic projects for interregional cooperation with the Chechen Republic.",
                agenda_index=1,
            ),
            Decision(
                id=3,
                text="To present the opportunities of the Alat Free Economic Zone to Russian investors.",
                agenda_index=2,
            ),
        ],
        follow_ups=follow_ups,
        host_organisation=MINISTRY_OF_ECONOMY,
    )
    return copy.deepcopy(meeting)  # tests may change it; the module's people must stay as they are


def follow_up_rows(count: int = 12, *, today: dt.date = dt.date(2024, 6, 1)) -> list[FollowUpRow]:
    """`count` follow-up rows over several countries, topics and departments, some overdue, some done."""
    countries = (["RU"], ["TR"], ["KZ", "UZ"], [], ["GE"])
    topics = ("Trade", "Investment", "Transport and logistics", "Tourism", "")
    departments = ("Foreign Economic Relations Department", "Investment Department", "")
    statuses = ("open", "in_progress", "done", "open", "deferred", "cancelled")
    rows = []
    for i in range(count):
        status = statuses[i % len(statuses)]
        due = today + dt.timedelta(days=(i % 9) * 7 - 30)
        rows.append(
            FollowUpRow(
                id=i + 1,
                meeting_id=i % 7 + 1,
                meeting_title=f"Meeting {i % 7 + 1} with the delegation",
                meeting_date=dt.date(2024, 1, 10) + dt.timedelta(days=i % 7 * 9),
                countries=countries[i % 5],
                description=f"Follow-up action number {i + 1}: send the draft agreement",
                owner_id=None,
                owner_name="Leyla Mammadova" if i % 2 else "",
                department=departments[i % 3],
                topic_id=None,
                topic_name=topics[i % 5],
                priority=("normal", "high", "urgent")[i % 3],
                status=status,
                due_date=due if i % 11 else None,
                completed_on=today - dt.timedelta(days=i % 40) if status == "done" else None,
                updated_at=dt.datetime(2024, 5, 1, 10, 0),
                last_note=f"Reminder sent on {i % 28 + 1} May",
            )
        )
    return rows


def body_blocks(path) -> list[tuple[str, object]]:
    """The body of a .docx in order: (style name, text) for paragraphs, ("<table>", rows of cell texts)."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    blocks: list[tuple[str, object]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append((item.style.name if item.style is not None else "", item.text))
        elif isinstance(item, Table):
            blocks.append(("<table>", [[cell.text for cell in row.cells] for row in item.rows]))
    return blocks


def texts(path) -> str:
    """All paragraph and table text of a .docx body, one block a line."""
    lines = []
    for style, content in body_blocks(path):
        if style == "<table>":
            lines.extend(" | ".join(row) for row in content)  # type: ignore[union-attr]
        else:
            lines.append(content)  # type: ignore[arg-type]
    return "\n".join(lines)
