"""Every word the exported documents print, in English, Azerbaijani and Russian, and date formats.

One catalogue per language with the same keys; `label()` looks a key up and fills its
`{placeholders}`. Vocabulary words (statuses, priorities, ...) live under "<vocabulary>.<value>".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "az", "ru")

_EN: dict[str, str] = {
    # sides and signatories, named by country (exports/sides.py)
    "side.from_country": "From the {country} side",
    "side.from_organisation": "From the side of {org}",
    "side.from_organisation_plain": "From the side of {org}",
    "signatory.country": "For the Government of {state}",
    "signatory.organisation": "For {org}",
    "signatory.organisation_plain": "For {org}",
    # bilingual agreed minutes
    "agreed_minutes_title": "Agreed minutes",
    "language.az": "Azerbaijani",
    "language.ru": "Russian",
    "language.en": "English",
    "authentic": (
        "Done in {place} on {date} in two originals, each in the {first} and {second} languages, both texts "
        "being equally authentic."
    ),
    "authentic_no_place": (
        "Done on {date} in two originals, each in the {first} and {second} languages, both texts being equally "
        "authentic."
    ),
    # minutes
    "minutes_title": "Minutes of the meeting",
    "reference_no": "Reference No.",
    "date": "Date",
    "time": "Time",
    "venue": "Venue",
    "counterpart": "Partner country",
    "counterparts": "Partner countries",
    "participants": "Participants",
    "side.host": "Host side",
    "side.guest": "Guest side",
    "side.other": "Other participants",
    "representative": "Representative",
    "representative_of": "Representative of {org}",
    "agenda": "Agenda",
    "discussion": "Summary of the discussion",
    "general_discussion": "General discussion",
    "decisions": "Agreements reached",
    "follow_ups": "Follow-up actions",
    "follow_up_plan": "Follow-up actions",
    "col.no": "No.",
    "col.action": "Action",
    "col.responsible": "Responsible",
    "col.deadline": "Deadline",
    "col.status": "Status",
    "prepared_by": "Prepared by",
    "approved_by": "Approved by",
    "signature": "Signature",
    "signature_date": "Date",
    "annex": "Annex {number}",
    "page_of": "Page {page} of {pages}",
    "none_recorded": "None recorded.",
    # roles: the role's name
    "role.head_of_state": "head of state",
    "role.head_of_government": "head of government",
    "role.co_chair": "co-chair of the intergovernmental commission",
    "role.chair": "chair",
    "role.head_of_delegation": "head of delegation",
    "role.ambassador": "ambassador",
    "role.member": "member of delegation",
    "role.adviser": "adviser",
    "role.interpreter": "interpreter",
    "role.note_taker": "note-taker",
    "role.observer": "observer",
    # what is printed in brackets after a participant's name; a role with no entry prints nothing, as its
    # position says it all (a President receiving a delegation is not "chair", an ambassador paying a call
    # is not "head of delegation", a member or an adviser needs no mention)
    "role_after_name.co_chair": "co-chair of the intergovernmental commission",
    "role_after_name.chair": "chair",
    "role_after_name.head_of_delegation": "head of delegation",
    "role_after_name.interpreter": "interpreter",
    "role_after_name.note_taker": "note-taker",
    "role_after_name.observer": "observer",
    # vocabularies
    "status.open": "Open",
    "status.in_progress": "In progress",
    "status.done": "Done",
    "status.cancelled": "Cancelled",
    "status.deferred": "Deferred",
    "priority.low": "Low",
    "priority.normal": "Normal",
    "priority.high": "High",
    "priority.urgent": "Urgent",
    "kind.bilateral_meeting": "Bilateral meeting",
    "kind.delegation_visit": "Delegation visit",
    "kind.intergovernmental_commission": "Intergovernmental commission",
    "kind.forum": "Forum",
    "kind.video_call": "Video conference",
    "kind.courtesy_call": "Courtesy call",
    "kind.working_group": "Working group",
    "kind.other": "Other",
    "meeting_status.planned": "Planned",
    "meeting_status.held": "Held",
    "meeting_status.minutes_drafted": "Minutes drafted",
    "meeting_status.minutes_approved": "Minutes approved",
    "confidentiality.for_official_use": "For official use only",
    "confidentiality.confidential": "Confidential",
    "confidentiality.secret": "Secret",
    "org_kind.ministry": "Ministry",
    "org_kind.embassy": "Embassy",
    "org_kind.trade_mission": "Trade mission",
    "org_kind.company": "Company",
    "org_kind.public_body": "Public body",
    "org_kind.international_organisation": "International organisation",
    "org_kind.government_office": "Government office",
    "org_kind.regional_body": "Regional body",
    "org_kind.ngo": "Non-governmental organisation",
    "org_kind.other": "Other",
    # status report
    "report_title": "Status report on follow-up actions",
    "as_of": "As of {date}",
    "period": "Period",
    "selection": "Selection",
    "overdue_mark": "Overdue",
    "meeting": "Meeting",
    "last_note": "Last note",
    "no_country": "No country specified",
    "no_topic": "No topic specified",
    "no_department": "No department specified",
    "no_rows": "No follow-up actions match the selection.",
    # status report: the summary, the selection line, the detail (issue 12)
    "summary": "Summary",
    "summary.by_country": "By counterpart country",
    "summary.by_department": "By responsible department",
    "col.country": "Country",
    "col.open": "Open",
    "col.overdue": "of which overdue",
    "col.done_period": "Completed in the period",
    "col.done": "Completed",
    "total": "Total",
    "closed_left_out": "Actions completed or cancelled before {date} are not listed.",
    "selection_all": "all follow-up actions",
    "selection.or": "or",
    "selection.due_by": "due by {date}",
    "selection.due_from": "due from {date}",
    "selection.due_between": "due {start} – {end}",
    # briefing note: earlier meetings in short, completed actions
    "discussed_and_agreed": "Matters discussed and agreed at earlier meetings",
    "latest_of": "The {shown} most recent of {total} meetings are summarised.",
    "done_follow_ups": "Follow-up actions completed",
    "more_done": "Completed earlier and not listed: {count}.",
    # briefing note
    "briefing_title": "Briefing note",
    "prepared_on": "Prepared on {date}",
    "previous_meetings": "Previous meetings",
    "decisions_taken": "Agreements reached",
    "open_follow_ups": "Follow-up actions still open",
    "people_met": "People met before",
    "no_previous_meetings": "No previous meetings recorded.",
    "briefing_summary": (
        "Meetings held: {meetings}; last meeting: {last}; open follow-up actions: {open}, of which overdue: {overdue}."
    ),
    "col.name": "Name",
    "col.position": "Position, organisation",
    "col.last_met": "Last met",
    "col.host_head": "Host side led by",
    "col.guest_head": "Guest side led by",
    # tables (CSV/XLSX)
    "col.id": "ID",
    "col.owner": "Owner",
    "col.department": "Department",
    "col.priority": "Priority",
    "col.topic": "Topic",
    "col.countries": "Countries",
    "col.meeting": "Meeting",
    "col.meeting_date": "Meeting date",
    "col.completed_on": "Completed on",
    "col.last_note": "Last note",
    "col.counterpart_contact": "Counterpart contact",
    # calendar
    "ics.follow_up_due": "Deadline: {action}",
    "ics.meeting_ref": "Reference No. {ref}",
    "ics.responsible": "Responsible: {who}",
}

_AZ: dict[str, str] = {
    "side.from_country": "{country} tərəfindən",
    "side.from_organisation": "{org} tərəfindən",
    "side.from_organisation_plain": "{org} tərəfindən",
    "signatory.country": "{state} Hökuməti adından",
    "signatory.organisation": "{org} adından",
    "signatory.organisation_plain": "{org} adından",
    "agreed_minutes_title": "Razılaşdırılmış protokol",
    "language.az": "Azərbaycan",
    "language.ru": "rus",
    "language.en": "ingilis",
    "authentic": (
        "{place} şəhərində {date} tarixində, hər biri {first} və {second} dillərində olmaqla, iki əsl nüsxədə "
        "imzalanmışdır; hər iki mətn eyni qüvvəyə malikdir."
    ),
    "authentic_no_place": (
        "{date} tarixində, hər biri {first} və {second} dillərində olmaqla, iki əsl nüsxədə imzalanmışdır; "
        "hər iki mətn eyni qüvvəyə malikdir."
    ),
    "minutes_title": "Görüşün protokolu",
    "reference_no": "Qeydiyyat nömrəsi",
    "date": "Tarix",
    "time": "Vaxt",
    "venue": "Keçirildiyi yer",
    "counterpart": "Tərəfdaş ölkə",
    "counterparts": "Tərəfdaş ölkələr",
    "participants": "İştirakçılar",
    "side.host": "Qəbul edən tərəf",
    "side.guest": "Qonaq tərəf",
    "side.other": "Digər iştirakçılar",
    "representative": "Nümayəndə",
    "representative_of": "{org} nümayəndəsi",
    "agenda": "Gündəlik",
    "discussion": "Müzakirələrin xülasəsi",
    "general_discussion": "Ümumi müzakirə",
    "decisions": "Əldə olunmuş razılaşmalar",
    "follow_ups": "İcra ediləcək tədbirlər",
    "follow_up_plan": "Əldə olunmuş razılaşmaların icrası üzrə tədbirlər planı",
    "col.no": "№",
    "col.action": "Tədbir",
    "col.responsible": "Məsul icraçı",
    "col.deadline": "İcra müddəti",
    "col.status": "Vəziyyət",
    "prepared_by": "Tərtib etdi",
    "approved_by": "Təsdiq etdi",
    "signature": "İmza",
    "signature_date": "Tarix",
    "annex": "Əlavə {number}",
    "page_of": "Səhifə {page} / {pages}",
    "none_recorded": "Qeyd edilməyib.",
    "role.head_of_state": "dövlət başçısı",
    "role.head_of_government": "hökumət başçısı",
    "role.co_chair": "hökumətlərarası komissiyanın həmsədri",
    "role.chair": "sədr",
    "role.head_of_delegation": "nümayəndə heyətinin rəhbəri",
    "role.ambassador": "səfir",
    "role.member": "nümayəndə heyətinin üzvü",
    "role.adviser": "müşavir",
    "role.interpreter": "tərcüməçi",
    "role.note_taker": "protokolu aparan",
    "role.observer": "müşahidəçi",
    "role_after_name.co_chair": "hökumətlərarası komissiyanın həmsədri",
    "role_after_name.chair": "sədr",
    "role_after_name.head_of_delegation": "nümayəndə heyətinin rəhbəri",
    "role_after_name.interpreter": "tərcüməçi",
    "role_after_name.note_taker": "protokolu aparan",
    "role_after_name.observer": "müşahidəçi",
    "status.open": "İcra edilməyib",
    "status.in_progress": "İcradadır",
    "status.done": "İcra edilib",
    "status.cancelled": "Ləğv edilib",
    "status.deferred": "Təxirə salınıb",
    "priority.low": "Aşağı",
    "priority.normal": "Adi",
    "priority.high": "Yüksək",
    "priority.urgent": "Təcili",
    "kind.bilateral_meeting": "İkitərəfli görüş",
    "kind.delegation_visit": "Nümayəndə heyətinin səfəri",
    "kind.intergovernmental_commission": "Hökumətlərarası komissiya",
    "kind.forum": "Forum",
    "kind.video_call": "Videokonfrans",
    "kind.courtesy_call": "Nəzakət görüşü",
    "kind.working_group": "İşçi qrup",
    "kind.other": "Digər",
    "meeting_status.planned": "Planlaşdırılıb",
    "meeting_status.held": "Keçirilib",
    "meeting_status.minutes_drafted": "Protokolun layihəsi hazırlanıb",
    "meeting_status.minutes_approved": "Protokol təsdiq edilib",
    "confidentiality.for_official_use": "Xidməti istifadə üçün",
    "confidentiality.confidential": "Konfidensial",
    "confidentiality.secret": "Məxfi",
    "org_kind.ministry": "Nazirlik",
    "org_kind.embassy": "Səfirlik",
    "org_kind.trade_mission": "Ticarət nümayəndəliyi",
    "org_kind.company": "Şirkət",
    "org_kind.public_body": "Dövlət qurumu",
    "org_kind.international_organisation": "Beynəlxalq təşkilat",
    "org_kind.government_office": "Hökumət orqanı",
    "org_kind.regional_body": "Regional qurum",
    "org_kind.ngo": "Qeyri-hökumət təşkilatı",
    "org_kind.other": "Digər",
    "report_title": "İcra ediləcək tədbirlərin vəziyyəti haqqında hesabat",
    "as_of": "{date} tarixinə",
    "period": "Dövr",
    "selection": "Seçim meyarları",
    "overdue_mark": "Müddəti keçib",
    "meeting": "Görüş",
    "last_note": "Son qeyd",
    "no_country": "Ölkə göstərilməyib",
    "no_topic": "Mövzu göstərilməyib",
    "no_department": "Şöbə göstərilməyib",
    "no_rows": "Seçim meyarlarına uyğun tədbir yoxdur.",
    "summary": "Ümumi göstəricilər",
    "summary.by_country": "Tərəfdaş ölkələr üzrə",
    "summary.by_department": "Məsul struktur bölmələr üzrə",
    "col.country": "Ölkə",
    "col.open": "İcrası başa çatmamış",
    "col.overdue": "o cümlədən icra müddəti keçmiş",
    "col.done_period": "Dövr ərzində icra edilmiş",
    "col.done": "İcra edilmiş",
    "total": "Cəmi",
    "closed_left_out": "{date} tarixinədək icra edilmiş və ya ləğv edilmiş tədbirlər göstərilmir.",
    "selection_all": "bütün tədbirlər",
    "selection.or": "və ya",
    "selection.due_by": "icra müddəti {date} tarixinədək",
    "selection.due_from": "icra müddəti {date} tarixindən",
    "selection.due_between": "icra müddəti {start} – {end}",
    "discussed_and_agreed": "Əvvəlki görüşlərdə müzakirə olunmuş məsələlər və əldə olunmuş razılaşmalar",
    "latest_of": "{total} görüşdən sonuncu {shown} görüş üzrə qısa məlumat verilir.",
    "done_follow_ups": "İcra edilmiş tədbirlər",
    "more_done": "Daha əvvəl icra edilmiş və burada göstərilməyən tədbirlər: {count}.",
    "briefing_title": "Arayış",
    "prepared_on": "Tərtib tarixi: {date}",
    "previous_meetings": "Əvvəlki görüşlər",
    "decisions_taken": "Əldə olunmuş razılaşmalar",
    "open_follow_ups": "İcrası başa çatmamış tədbirlər",
    "people_met": "Əvvəllər görüşülmüş şəxslər",
    "no_previous_meetings": "Əvvəlki görüşlər qeydə alınmayıb.",
    "briefing_summary": (
        "Keçirilmiş görüşlər: {meetings}; son görüş: {last}; açıq tədbirlər: {open}, o cümlədən icra müddəti "
        "keçmiş: {overdue}."
    ),
    "col.name": "Adı, soyadı",
    "col.position": "Vəzifəsi, təşkilat",
    "col.last_met": "Son görüş",
    "col.host_head": "Qəbul edən tərəfin rəhbəri",
    "col.guest_head": "Qonaq tərəfin rəhbəri",
    "col.id": "ID",
    "col.owner": "İcraçı",
    "col.department": "Şöbə",
    "col.priority": "Prioritet",
    "col.topic": "Mövzu",
    "col.countries": "Ölkələr",
    "col.meeting": "Görüş",
    "col.meeting_date": "Görüşün tarixi",
    "col.completed_on": "İcra tarixi",
    "col.last_note": "Son qeyd",
    "col.counterpart_contact": "Qarşı tərəfin əlaqələndiricisi",
    "ics.follow_up_due": "İcra müddəti: {action}",
    "ics.meeting_ref": "Qeydiyyat nömrəsi {ref}",
    "ics.responsible": "Məsul: {who}",
}

_RU: dict[str, str] = {
    "side.from_country": "{country} стороны",  # country: «С азербайджанской», the preposition by euphony
    "side.from_organisation": "Со стороны {org}",
    "side.from_organisation_plain": "Со стороны: {org}",
    "signatory.country": "За Правительство {state}",
    "signatory.organisation": "От имени {org}",
    "signatory.organisation_plain": "От имени: {org}",
    "agreed_minutes_title": "Согласованный протокол",
    "language.az": "азербайджанском",
    "language.ru": "русском",
    "language.en": "английском",
    "authentic": (
        "Совершено в г. {place} {date} в двух подлинных экземплярах, каждый на {first} и {second} языках, "
        "причём оба текста имеют одинаковую силу."
    ),
    "authentic_no_place": (
        "Совершено {date} в двух подлинных экземплярах, каждый на {first} и {second} языках, причём оба "
        "текста имеют одинаковую силу."
    ),
    "minutes_title": "Протокол встречи",
    "reference_no": "Регистрационный №",
    "date": "Дата",
    "time": "Время",
    "venue": "Место проведения",
    "counterpart": "Страна-партнёр",
    "counterparts": "Страны-партнёры",
    "participants": "Участники",
    "side.host": "Принимающая сторона",
    "side.guest": "Гостевая сторона",
    "side.other": "Другие участники",
    "representative": "Представитель",
    "representative_of": "Представитель {org}",
    "agenda": "Повестка дня",
    "discussion": "Краткое содержание обсуждения",
    "general_discussion": "Общее обсуждение",
    "decisions": "Достигнутые договорённости",
    "follow_ups": "Дальнейшие действия",
    "follow_up_plan": "План мероприятий по выполнению договорённостей",
    "col.no": "№",
    "col.action": "Мероприятие",
    "col.responsible": "Ответственный исполнитель",
    "col.deadline": "Срок",
    "col.status": "Статус",
    "prepared_by": "Подготовил(а)",
    "approved_by": "Утвердил(а)",
    "signature": "Подпись",
    "signature_date": "Дата",
    "annex": "Приложение {number}",
    "page_of": "Страница {page} из {pages}",
    "none_recorded": "Не зафиксировано.",
    "role.head_of_state": "глава государства",
    "role.head_of_government": "глава правительства",
    "role.co_chair": "сопредседатель межправительственной комиссии",
    "role.chair": "председатель",
    "role.head_of_delegation": "глава делегации",
    "role.ambassador": "посол",
    "role.member": "член делегации",
    "role.adviser": "советник",
    "role.interpreter": "переводчик",
    "role.note_taker": "секретарь",
    "role.observer": "наблюдатель",
    "role_after_name.co_chair": "сопредседатель межправительственной комиссии",
    "role_after_name.chair": "председатель",
    "role_after_name.head_of_delegation": "глава делегации",
    "role_after_name.interpreter": "переводчик",
    "role_after_name.note_taker": "секретарь",
    "role_after_name.observer": "наблюдатель",
    "status.open": "Не выполнено",
    "status.in_progress": "На исполнении",
    "status.done": "Выполнено",
    "status.cancelled": "Отменено",
    "status.deferred": "Отложено",
    "priority.low": "Низкий",
    "priority.normal": "Обычный",
    "priority.high": "Высокий",
    "priority.urgent": "Срочный",
    "kind.bilateral_meeting": "Двусторонняя встреча",
    "kind.delegation_visit": "Визит делегации",
    "kind.intergovernmental_commission": "Межправительственная комиссия",
    "kind.forum": "Форум",
    "kind.video_call": "Видеоконференция",
    "kind.courtesy_call": "Визит вежливости",
    "kind.working_group": "Рабочая группа",
    "kind.other": "Другое",
    "meeting_status.planned": "Запланирована",
    "meeting_status.held": "Проведена",
    "meeting_status.minutes_drafted": "Проект протокола подготовлен",
    "meeting_status.minutes_approved": "Протокол утверждён",
    "confidentiality.for_official_use": "Для служебного пользования",
    "confidentiality.confidential": "Конфиденциально",
    "confidentiality.secret": "Секретно",
    "org_kind.ministry": "Министерство",
    "org_kind.embassy": "Посольство",
    "org_kind.trade_mission": "Торговое представительство",
    "org_kind.company": "Компания",
    "org_kind.public_body": "Государственный орган",
    "org_kind.international_organisation": "Международная организация",
    "org_kind.government_office": "Орган исполнительной власти",
    "org_kind.regional_body": "Региональный орган",
    "org_kind.ngo": "Неправительственная организация",
    "org_kind.other": "Другое",
    "report_title": "Отчёт о ходе выполнения договорённостей",
    "as_of": "По состоянию на {date}",
    "period": "Период",
    "selection": "Критерии отбора",
    "overdue_mark": "Просрочено",
    "meeting": "Встреча",
    "last_note": "Последняя запись",
    "no_country": "Страна не указана",
    "no_topic": "Тема не указана",
    "no_department": "Подразделение не указано",
    "no_rows": "Нет мероприятий, соответствующих критериям отбора.",
    "summary": "Сводные показатели",
    "summary.by_country": "По странам-партнёрам",
    "summary.by_department": "По ответственным подразделениям",
    "col.country": "Страна",
    "col.open": "Не выполнено",
    "col.overdue": "в том числе просрочено",
    "col.done_period": "Выполнено за период",
    "col.done": "Выполнено",
    "total": "Итого",
    "closed_left_out": "Мероприятия, выполненные или отменённые до {date}, не включены.",
    "selection_all": "все мероприятия",
    "selection.or": "или",
    "selection.due_by": "со сроком исполнения до {date}",
    "selection.due_from": "со сроком исполнения с {date}",
    "selection.due_between": "со сроком исполнения {start} – {end}",
    "discussed_and_agreed": "Вопросы, обсуждавшиеся на предыдущих встречах, и достигнутые договорённости",
    "latest_of": "Приведены сведения о последних встречах: {shown} из {total}.",
    "done_follow_ups": "Выполненные мероприятия",
    "more_done": "Выполнено ранее (в перечень не включены): {count}.",
    "briefing_title": "Справка",
    "prepared_on": "Дата составления: {date}",
    "previous_meetings": "Предыдущие встречи",
    "decisions_taken": "Достигнутые договорённости",
    "open_follow_ups": "Невыполненные мероприятия",
    "people_met": "Лица, с которыми проводились встречи",
    "no_previous_meetings": "Предыдущие встречи не зафиксированы.",
    "briefing_summary": (
        "Проведено встреч: {meetings}; последняя встреча: {last}; невыполненных мероприятий: {open}, в том числе "
        "просроченных: {overdue}."
    ),
    "col.name": "Имя, фамилия",
    "col.position": "Должность, организация",
    "col.last_met": "Последняя встреча",
    "col.host_head": "Глава принимающей стороны",
    "col.guest_head": "Глава гостевой стороны",
    "col.id": "ID",
    "col.owner": "Исполнитель",
    "col.department": "Подразделение",
    "col.priority": "Приоритет",
    "col.topic": "Тема",
    "col.countries": "Страны",
    "col.meeting": "Встреча",
    "col.meeting_date": "Дата встречи",
    "col.completed_on": "Дата выполнения",
    "col.last_note": "Последняя запись",
    "col.counterpart_contact": "Контактное лицо партнёра",
    "ics.follow_up_due": "Срок исполнения: {action}",
    "ics.meeting_ref": "Регистрационный № {ref}",
    "ics.responsible": "Ответственный: {who}",
}

_CATALOGUES: dict[str, dict[str, str]] = {"en": _EN, "az": _AZ, "ru": _RU}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    # genitive, as in "12 марта"
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}


def normal_lang(lang: str) -> str:
    """`lang` if we have a catalogue for it, else "en"."""
    return lang if lang in _CATALOGUES else "en"


def catalogue(lang: str) -> Mapping[str, str]:
    """The whole label catalogue of `lang` (English for an unknown language)."""
    return _CATALOGUES[normal_lang(lang)]


def label(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang` with its `{placeholders}` filled from `values`."""
    text = _CATALOGUES[normal_lang(lang)].get(key) or _EN.get(key, key)
    return text.format(**values) if values else text


def role_after_name(role: str, lang: str) -> str:
    """What is printed in brackets after a participant's name for `role` in `lang`; "" for nothing."""
    key = f"role_after_name.{role}"
    return label(key, lang) if key in _EN else ""


def vocab(kind: str, value: str, lang: str) -> str:
    """The word for a vocabulary `value` (e.g. kind "status", value "open"); unknown values as given."""
    key = f"{kind}.{value}"
    if key in _EN:
        return label(key, lang)
    return value


def upper(text: str, lang: str) -> str:
    """`text` in capitals, with Azerbaijani dotted and dotless i kept apart (i -> İ, ı -> I)."""
    if lang == "az":
        text = text.replace("i", "İ")
    return text.upper()


# The ordinal suffix of the last spoken number word, by vowel harmony: iki -> 2-ci, üç -> 3-cü, ...
_AZ_UNITS = ("", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu")  # bir iki üç dörd beş altı yeddi səkkiz doqquz
_AZ_TENS = (
    "",
    "cu",
    "ci",
    "cu",
    "cı",
    "ci",
    "cı",
    "ci",
    "ci",
    "cı",
)  # on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan


def az_ordinal_suffix(number: int) -> str:
    """The suffix of an Azerbaijani ordinal written in digits: 2026 -> "cı" (iki min iyirmi altı-cı)."""
    number = abs(number)
    if number % 10:
        return _AZ_UNITS[number % 10]
    if number % 100:
        return _AZ_TENS[number % 100 // 10]
    if number % 1000:
        return "cü"  # yüz
    return "ci"  # min (and 0, sıfır-cı, never a year)


def format_date(date: dt.date | None, lang: str) -> str:
    """A date as a ministry writes it: "12 March 2024", "12 mart 2024-cü il", "12 марта 2024 г."."""
    if date is None:
        return ""
    lang = normal_lang(lang)
    month = _MONTHS[lang][date.month - 1]
    if lang == "ru":
        return f"{date.day} {month} {date.year} г."
    if lang == "az":
        return f"{date.day} {month} {date.year}-{az_ordinal_suffix(date.year)} il"
    return f"{date.day} {month} {date.year}"


NO_BREAK_HYPHEN = "\u2011"  # written to Word as its own w:noBreakHyphen (docx_blocks.native_hyphens)


def unbreakable(text: str) -> str:
    """`text` with non-breaking spaces and hyphens, so a date ("2026-cı il") stays on one line."""
    return text.replace(" ", "\u00a0").replace("-", NO_BREAK_HYPHEN)


def format_time(time: dt.time | None) -> str:
    """A time of day as 24-hour "09:30" (the same in all three languages)."""
    return "" if time is None else f"{time.hour:02d}:{time.minute:02d}"


def format_time_range(start: dt.time | None, end: dt.time | None) -> str:
    """ "10:00–11:30", or just the start when the end is not known."""
    if start is None:
        return ""
    if end is None:
        return format_time(start)
    return f"{format_time(start)}–{format_time(end)}"
