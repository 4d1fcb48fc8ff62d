"""The seed meeting of export_samples with its whole content translated into Russian and Azerbaijani."""

from __future__ import annotations

from export_samples import seed_meeting

from minutes_app.domain.multilingual import set_translation
from minutes_app.domain.records import Meeting

MEETING = {
    "title": {
        "ru": "Встреча с делегацией во главе с советником Президента Российской Федерации Русланом Эдельгериевым",
        "az": "Rusiya Federasiyası Prezidentinin müşaviri Ruslan Edelgeriyevin rəhbərlik etdiyi nümayəndə heyəti "
        "ilə görüş",
    },
    "venue": {
        "ru": "Министерство экономики, ул. Узеира Гаджибекова, 84, Баку",
        "az": "İqtisadiyyat Nazirliyi, Üzeyir Hacıbəyov küçəsi 84, Bakı",
    },
    "summary": {
        "ru": "Выразив удовлетворение своим визитом, Руслан Эдельгериев отметил, что Российская Федерация придаёт "
        "особое значение партнёрству с Азербайджаном и роли частного сектора во взаимовыгодном развитии.\n"
        "Стороны также обсудили предстоящую работу по сохранению динамики взаимной торговли.",
        "az": "Səfərindən məmnunluğunu ifadə edən Ruslan Edelgeriyev Rusiya Federasiyasının Azərbaycanla "
        "tərəfdaşlığa və qarşılıqlı faydalı inkişafda özəl sektorun roluna xüsusi əhəmiyyət verdiyini qeyd "
        "edib.\nTərəflər həmçinin qarşılıqlı ticarətin dinamikasının qorunması istiqamətində qarşıdakı "
        "işləri müzakirə ediblər.",
    },
    "prepared_by": {"ru": "Лейла Мамедова", "az": "Leyla Məmmədova"},
}

AGENDA = [
    {
        "title": {
            "ru": "Диверсификация экономического партнёрства между Азербайджаном и Россией",
            "az": "Azərbaycan ilə Rusiya arasında iqtisadi tərəfdaşlığın şaxələndirilməsi",
        },
        "notes": {
            "ru": "Министр Микаил Джаббаров подчеркнул положительную динамику развития отношений с Российской "
            "Федерацией и важность активизации партнёрства деловых кругов в реализации экономического "
            "потенциала и укреплении торгово-инвестиционных связей.",
            "az": "Nazir Mikayıl Cabbarov Rusiya Federasiyası ilə münasibətlərin inkişafında müsbət dinamikanı, "
            "iqtisadi potensialın reallaşdırılmasında, ticarət və investisiya əlaqələrinin "
            "möhkəmləndirilməsində işgüzar dairələrin tərəfdaşlığının fəallaşdırılmasının əhəmiyyətini "
            "vurğulayıb.",
        },
    },
    {
        "title": {"ru": "Развитие межрегиональных связей", "az": "Regionlararası əlaqələrin inkişafı"},
        "notes": {
            "ru": "Стороны обсудили развитие отношений в межрегиональной, туристической и других сферах, а "
            "также возможности реализации различных социально-экономических проектов.",
            "az": "Tərəflər regionlararası, turizm və digər sahələrdə münasibətlərin inkişafını, müxtəlif "
            "sosial-iqtisadi layihələrin həyata keçirilməsi imkanlarını müzakirə ediblər.",
        },
    },
    {
        "title": {
            "ru": "Инвестиционные возможности, в том числе на освобождённых территориях и в Свободной "
            "экономической зоне Алят",
            "az": "İnvestisiya imkanları, o cümlədən işğaldan azad edilmiş ərazilər və Ələt Azad İqtisadi Zonası",
        },
        "notes": {
            "ru": "Благоприятная деловая и инвестиционная среда Азербайджана и широкий потенциал освобождённых "
            "от оккупации земель открывают новые перспективы для регионального сотрудничества. "
            "Российские инвесторы могут воспользоваться транспортно-логистическими возможностями "
            "Свободной экономической зоны Алят, расположенной на пересечении международных коридоров.",
            "az": "Azərbaycanın əlverişli biznes və investisiya mühiti, işğaldan azad edilmiş torpaqların geniş "
            "potensialı regional əməkdaşlıq üçün yeni perspektivlər açır. Rusiya investorları "
            "beynəlxalq dəhlizlərin kəsişməsində yerləşən Ələt Azad İqtisadi Zonasının "
            "nəqliyyat-logistika imkanlarından yararlana bilərlər.",
        },
    },
    {
        "title": {
            "ru": "Международный транспортный коридор «Север — Юг»",
            "az": "Şimal–Cənub Beynəlxalq Nəqliyyat Dəhlizi",
        },
        "notes": {
            "ru": "Министр подчеркнул важность использования ресурсов международного транспортного маршрута "
            "«Север — Юг» для роста двусторонней торговли.",
            "az": "Nazir ikitərəfli ticarətin artımı üçün Şimal–Cənub beynəlxalq nəqliyyat marşrutunun "
            "imkanlarından istifadənin əhəmiyyətini vurğulayıb.",
        },
    },
]

DECISIONS = [
    {
        "ru": "Продолжить совместную работу по диверсификации экономического партнёрства и сохранению динамики "
        "взаимной торговли.",
        "az": "İqtisadi tərəfdaşlığın şaxələndirilməsi və qarşılıqlı ticarətin dinamikasının qorunması üzrə birgə "
        "işin davam etdirilməsi.",
    },
    {
        "ru": "Изучить социально-экономические проекты межрегионального сотрудничества с Чеченской Республикой.",
        "az": "Çeçenistan Respublikası ilə regionlararası əməkdaşlıq üzrə sosial-iqtisadi layihələrin araşdırılması.",
    },
    {
        "ru": "Представить российским инвесторам возможности Свободной экономической зоны Алят.",
        "az": "Ələt Azad İqtisadi Zonasının imkanlarının Rusiya investorlarına təqdim edilməsi.",
    },
]

FOLLOW_UPS = [
    {
        "description": {
            "ru": "Направить российской стороне презентацию инвестиционных возможностей на освобождённых "
            "территориях и в Свободной экономической зоне Алят",
            "az": "İşğaldan azad edilmiş ərazilərdə və Ələt Azad İqtisadi Zonasında investisiya "
            "imkanlarına dair təqdimatın Rusiya tərəfinə göndərilməsi",
        },
        "department": {"ru": "Отдел внешнеэкономических связей", "az": "Xarici iqtisadi əlaqələr şöbəsi"},
    },
    {
        "description": {
            "ru": "Подготовить предложения по социально-экономическим проектам с Чеченской Республикой",
            "az": "Çeçenistan Respublikası ilə sosial-iqtisadi layihələr üzrə təkliflərin hazırlanması",
        },
        "department": {"ru": "Отдел регионального развития", "az": "Regional inkişaf şöbəsi"},
    },
    {
        "description": {
            "ru": "Согласовать дату следующего заседания рабочей группы по транспорту и логистике",
            "az": "Nəqliyyat və logistika üzrə işçi qrupunun növbəti iclasının tarixinin razılaşdırılması",
        }
    },
]

POSITIONS = {1: {"ru": "министр экономики", "az": "iqtisadiyyat naziri"}}  # attendance id -> position


def _fill(record: object, texts: dict[str, dict[str, str]], languages: tuple[str, ...]) -> None:
    for field, by_lang in texts.items():
        for lang in languages:
            if lang in by_lang:
                set_translation(record, field, lang, by_lang[lang])


def translated_meeting(languages: tuple[str, ...] = ("ru", "az")) -> Meeting:
    """The seed meeting (English original) with every text translated into `languages`."""
    meeting = seed_meeting()
    _fill(meeting, MEETING, languages)
    for item, texts in zip(meeting.agenda, AGENDA):
        _fill(item, texts, languages)
    for decision, text in zip(meeting.decisions, DECISIONS):
        _fill(decision, {"text": text}, languages)
    for follow_up, texts in zip(meeting.follow_ups, FOLLOW_UPS):
        _fill(follow_up, texts, languages)
        if follow_up.owner_name == "Leyla Mammadova":
            follow_up.owner_id = 3  # the desk officer, who attended
    for attendance in meeting.attendances:
        _fill(attendance, {"position": POSITIONS.get(attendance.id, {})}, languages)
    return meeting
