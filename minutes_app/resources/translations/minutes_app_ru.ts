<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="17"/>
        <source>Data file</source>
        <translation>Файл данных</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="18"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>Log files</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Record official meetings, track what was agreed, and write the minutes.</source>
        <translation>Запись официальных встреч, контроль выполнения договорённостей и подготовка протоколов.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Everything stays on this computer or your organisation’s own server.</source>
        <translation>Все данные остаются на этом компьютере или на сервере вашей организации.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="39"/>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../ui/editor/agenda.py" line="60"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="62"/>
        <source>Add agenda item</source>
        <translation>Добавить вопрос повестки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="69"/>
        <source>What was discussed, e.g. Development of interregional relations</source>
        <translation>Что обсуждалось, например: развитие межрегиональных связей</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="72"/>
        <source>The discussion of this item, as it goes into the minutes</source>
        <translation>Обсуждение вопроса в том виде, в каком оно войдёт в протокол</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="74"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="75"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ход обсуждения:</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../ui/editor/agenda.py" line="27"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="28"/>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="29"/>
        <source>Discussion notes</source>
        <translation>Ход обсуждения</translation>
    </message>
</context>
<context>
    <name>AgreedMinutesDialog</name>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="28"/>
        <source>Agreed minutes</source>
        <translation>Согласованный протокол</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="35"/>
        <source>Two &amp;columns side by side (each paragraph beside its translation)</source>
        <translation>Две &amp;колонки рядом (каждый абзац рядом с его переводом)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="36"/>
        <source>Two &amp;consecutive texts in one file</source>
        <translation>Два &amp;текста подряд в одном файле</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="41"/>
        <source>Both texts are equally authentic; each head of delegation signs both.</source>
        <translation>Оба текста имеют одинаковую силу; каждый глава делегации подписывает оба текста.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="47"/>
        <source>&amp;First language:</source>
        <translation>&amp;Первый язык:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="48"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Второй язык:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="49"/>
        <source>Layout:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="76"/>
        <source>Choose two different languages.</source>
        <translation>Выберите два разных языка.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../ui/editor/ask.py" line="41"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="43"/>
        <source>Reload, dropping my changes</source>
        <translation>Загрузить заново, отменив мои изменения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="47"/>
        <source>Overwrite with my version</source>
        <translation>Заменить моей версией</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="50"/>
        <source>Save mine as a copy</source>
        <translation>Сохранить мою версию как копию</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="53"/>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="60"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Added by</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="94"/>
        <source>Annex</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="95"/>
        <source>List the file as an annex at the end of the minutes</source>
        <translation>Указать файл как приложение в конце протокола</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="104"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="105"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="106"/>
        <source>Sa&amp;ve as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="134"/>
        <location filename="../../ui/common/attachments_box.py" line="205"/>
        <source>Save first: files can be attached once it is saved.</source>
        <translation>Сначала сохраните: файлы можно вложить только после сохранения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="136"/>
        <source>Drop files here or use Add files…; they are kept in the store.</source>
        <translation>Перетащите файлы сюда или нажмите «Добавить файлы…»; они хранятся в базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="215"/>
        <source>{0} is larger than the limit of {1} MB for an attached file; it was not attached.</source>
        <translation>{0} больше допустимого размера вложенного файла ({1} МБ); файл не вложен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="219"/>
        <source>The limit can be changed in Settings.</source>
        <translation>Ограничение можно изменить в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="226"/>
        <source>{0} cannot be read: {1}</source>
        <translation>Не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="248"/>
        <source>No program on this computer opens {0}.</source>
        <translation>На этом компьютере нет программы, которая открывает {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="260"/>
        <source>{0} cannot be written: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="288"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../ui/common/audit_text.py" line="22"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="23"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="24"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="25"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="26"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="27"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="28"/>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="29"/>
        <source>Confidentiality</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="30"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="31"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="32"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="33"/>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="34"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="35"/>
        <source>Host signatory</source>
        <translation>Подписант принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="36"/>
        <source>Guest signatory</source>
        <translation>Подписант гостевой стороны</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="37"/>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="38"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="39"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="40"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="41"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="42"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="43"/>
        <source>side</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="44"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="45"/>
        <source>present</source>
        <translation>присутствие</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="46"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="47"/>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="48"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="49"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="50"/>
        <source>Counterpart contact</source>
        <translation>Контакт с другой стороны</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="51"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="52"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="53"/>
        <source>Completed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="54"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="55"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="66"/>
        <source>Decision %1</source>
        <translation>Решение %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="68"/>
        <source>Agenda item %1</source>
        <translation>Пункт повестки %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="73"/>
        <source>Participant %1</source>
        <translation>Участник %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="84"/>
        <source>Follow-up %1</source>
        <translation>Поручение %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="87"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="88"/>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="89"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="91"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="98"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="112"/>
        <source>%1 created by %2 on %3</source>
        <translation>%1: создано пользователем %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="113"/>
        <source>%1 moved to the trash by %2 on %3</source>
        <translation>%1: перемещено в корзину пользователем %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="114"/>
        <source>%1 restored from the trash by %2 on %3</source>
        <translation>%1: восстановлено из корзины пользователем %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="117"/>
        <source>%1 changed by %2 on %3, was: %4, now: %5</source>
        <translation>%1: изменено пользователем %2 %3, было: %4, стало: %5</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="123"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="140"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="20"/>
        <source>Back up now</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="25"/>
        <source>Backups from the app are for a data file on this computer. A server database is backed up by its administrator.</source>
        <translation>Резервные копии из программы создаются для файла данных на этом компьютере. Базу данных на сервере копирует её администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="35"/>
        <source>The backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="42"/>
        <location filename="../../ui/backups/backup_actions.py" line="74"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="47"/>
        <source>Restoring from the app is for a data file on this computer.</source>
        <translation>Восстановление из программы возможно только для файла данных на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="57"/>
        <source>Replace all current data with the backup “%1”?

The current data is saved in the backups folder first. The app reopens on the restored data.</source>
        <translation>Заменить все текущие данные резервной копией «%1»?

Сначала текущие данные будут сохранены в папке резервных копий. Затем программа откроется заново с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="78"/>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="81"/>
        <source>The data was restored from “%1”.</source>
        <translation>Данные восстановлены из «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="83"/>
        <source>The data as it was before is kept as “%1”.</source>
        <translation>Прежние данные сохранены как «%1».</translation>
    </message>
</context>
<context>
    <name>CalendarOptionsDialog</name>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="34"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="35"/>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="39"/>
        <source>Meetings, and the deadlines of the follow-ups the tracker shows now. Done and cancelled follow-ups are marked so; open ones remind their owner before the deadline.</source>
        <translation>Встречи, а также сроки поручений, которые сейчас показаны в списке. Выполненные и отменённые поручения отмечаются соответственно; по открытым поручениям исполнитель получает напоминание до наступления срока.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="45"/>
        <source>&amp;From:</source>
        <translation>&amp;С даты:</translation>
    </message>
</context>
<context>
    <name>CarryForwardPanel</name>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="77"/>
        <source>These follow-ups were agreed at earlier meetings with the same counterpart and are not done yet. Review each one at this meeting: what you record here is stored on it at once. It is not part of this meeting&apos;s Save, and Undo does not take it back.</source>
        <translation>Эти поручения были согласованы на прошлых встречах с тем же партнёром и ещё не выполнены. Рассмотрите каждое из них на этой встрече: всё, что вы здесь отметите, сразу сохраняется в поручении. Это не входит в сохранение встречи и не отменяется командой «Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="105"/>
        <source>Mark as discussed at this meeting</source>
        <translation>Отметить как обсуждённое на этой встрече</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="107"/>
        <source>Adds a dated entry to its history saying it was discussed at this meeting</source>
        <translation>Добавляет в историю поручения датированную запись о том, что оно обсуждалось на этой встрече</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="109"/>
        <source>Change status</source>
        <translation>Сменить статус</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="115"/>
        <source>A note on its progress, e.g. what the other side said about it</source>
        <translation>Заметка о ходе работы, например, что сказала о нём другая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="117"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="130"/>
        <source>Selected follow-up</source>
        <translation>Выбранное поручение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="135"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="233"/>
        <source>Choose the counterpart country on the Meeting tab to see what is still open from earlier meetings with it.</source>
        <translation>Выберите страну-партнёра на вкладке «Встреча», чтобы увидеть, что осталось открытым с прошлых встреч с ней.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="238"/>
        <source>Nothing is open from earlier meetings with {0}.</source>
        <translation>Открытых поручений с прошлых встреч ({0}) нет.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="242"/>
        <source>Open from earlier meetings with {0}: {1}</source>
        <translation>Открытые поручения с прошлых встреч ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="255"/>
        <source>{0} · due {1} · {2} · {3}</source>
        <translation>{0} · срок: {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="257"/>
        <source>no date</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="259"/>
        <source>no owner</source>
        <translation>исполнитель не указан</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="286"/>
        <source>Discussed at {0}</source>
        <translation>Обсуждено на встрече: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="287"/>
        <source>Discussed at {0} ({1})</source>
        <translation>Обсуждено на встрече: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="303"/>
        <source>Recorded as discussed at this meeting.</source>
        <translation>Отмечено как обсуждённое на этой встрече.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="316"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="341"/>
        <source>Status changed to {0}.</source>
        <translation>Статус изменён: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="361"/>
        <source>This follow-up was changed elsewhere (in another window or by a colleague) since the list was read. The list now shows it as it stands; record your review again if it is still needed.</source>
        <translation>После загрузки списка это поручение изменили в другом месте (в другом окне или это сделал коллега). Теперь в списке показано его текущее состояние; при необходимости отметьте рассмотрение ещё раз.</translation>
    </message>
</context>
<context>
    <name>CarryForwardTableModel</name>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="66"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="67"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="68"/>
        <source>From the meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="69"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="70"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <location filename="../../ui/editor/change_history.py" line="25"/>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="64"/>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="71"/>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="88"/>
        <source>The history starts when the meeting is first saved.</source>
        <translation>История начинается с первого сохранения встречи.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="90"/>
        <source>No changes recorded.</source>
        <translation>Изменения не зарегистрированы.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="25"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="26"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="40"/>
        <source>Changed by %1 at %2.</source>
        <translation>Изменено пользователем %1 в %2.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="42"/>
        <source>Changed elsewhere at %1.</source>
        <translation>Изменено в другом месте в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="43"/>
        <source>Your unsaved changes are kept.</source>
        <translation>Ваши несохранённые изменения сохранены в редакторе.</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="31"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="32"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="34"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="35"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="36"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="37"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="38"/>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="39"/>
        <source>Counterpart countries</source>
        <translation>Страны-партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="40"/>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="41"/>
        <source>Confidentiality</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="42"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="43"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="44"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="45"/>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="46"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="47"/>
        <source>Signatory (host)</source>
        <translation>Подписант (принимающая сторона)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="48"/>
        <source>Signatory (guest)</source>
        <translation>Подписант (гостевая сторона)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="49"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="50"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="51"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="52"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="53"/>
        <source>action</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="54"/>
        <source>owner</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="55"/>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="56"/>
        <source>counterpart contact</source>
        <translation>контактное лицо партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="57"/>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="58"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="59"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="130"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="106"/>
        <source>Follow-up %1</source>
        <translation>Поручение %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="109"/>
        <source>%1 added: %2</source>
        <translation>%1 добавлено: %2</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../ui/common/choosers.py" line="26"/>
        <source>(no country)</source>
        <translation>(страна не указана)</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="83"/>
        <source>Not marked</source>
        <translation>Без грифа</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="84"/>
        <source>For official use only</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="85"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="86"/>
        <source>Secret</source>
        <translation>Секретно</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="60"/>
        <source>Changed here and by a colleague</source>
        <translation>Изменено здесь и коллегой</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="64"/>
        <source>Choose which value to save for each field. Everything else is merged by itself.</source>
        <translation>Выберите, какое значение сохранить для каждого поля. Всё остальное объединяется само.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="72"/>
        <source>Take theirs (saved by %1)</source>
        <translation>Взять их значение (сохранил %1)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="72"/>
        <source>Take the saved value</source>
        <translation>Взять сохранённое значение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="77"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="100"/>
        <source>Save with these choices</source>
        <translation>Сохранить с этим выбором</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="104"/>
        <source>Save mine as a copy</source>
        <translation>Сохранить моё как копию</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="106"/>
        <source>Leave the stored meeting as it is and save your version as a new meeting</source>
        <translation>Оставить сохранённую встречу как есть и сохранить вашу версию как новую встречу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/conflict_dialog.py" line="121"/>
        <source>Choose a value for %n more field(s)</source>
        <translation>
            <numerusform>Выберите значение ещё для %n поля</numerusform>
            <numerusform>Выберите значение ещё для %n полей</numerusform>
            <numerusform>Выберите значение ещё для %n полей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="71"/>
        <source>Connect to a team server</source>
        <translation>Подключение к серверу команды</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="71"/>
        <source>Edit team server</source>
        <translation>Изменить командный сервер</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="78"/>
        <source>e.g. ministry server</source>
        <translation>напр. сервер министерства</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="80"/>
        <source>e.g. db.ministry.local</source>
        <translation>напр. db.ministry.local</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="88"/>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Хранить пароль в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="94"/>
        <source>This computer has no keyring: the password is asked at each connection and never saved.</source>
        <translation>На этом компьютере нет хранилища ключей: пароль запрашивается при каждом подключении и нигде не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="98"/>
        <source>Off (only on a trusted network)</source>
        <translation>Выключено (только в доверенной сети)</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="99"/>
        <source>Use when the server offers it</source>
        <translation>Использовать, если сервер поддерживает</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="100"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="101"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Обязательно, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="114"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="115"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="116"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="117"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="120"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="122"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Сертификат ЦС:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="131"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="132"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="133"/>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="170"/>
        <source>Unchanged (kept in the keyring): type to replace</source>
        <translation>Без изменений (хранится в связке ключей): введите, чтобы заменить</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="172"/>
        <source>Not kept: asked at each connection</source>
        <translation>Не хранится: запрашивается при каждом подключении</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="206"/>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="208"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="217"/>
        <source>the host</source>
        <translation>хост</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="218"/>
        <source>the database</source>
        <translation>базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="219"/>
        <source>the user</source>
        <translation>пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="220"/>
        <source>the CA certificate</source>
        <translation>сертификат ЦС</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="224"/>
        <source>Fill in %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="228"/>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>Файл сертификата ЦС «%1» не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="242"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="251"/>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Подключено: PostgreSQL %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="276"/>
        <location filename="../../ui/team/connect_dialog.py" line="302"/>
        <source>Saved as “%1”.</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="278"/>
        <source>The password was not saved: it will be asked at each connection.</source>
        <translation>Пароль не сохранён: он будет запрашиваться при каждом подключении.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="288"/>
        <source>A team server called “%1” is saved already: choose another name.</source>
        <translation>Командный сервер «%1» уже сохранён: выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/team/connection_banner.py" line="57"/>
        <source>The database cannot be reached. Nothing is lost: unsaved changes are kept on this computer, and the app connects again at your next action.</source>
        <translation>База данных недоступна. Ничего не потеряно: несохранённые изменения хранятся на этом компьютере, и при следующем вашем действии программа подключится снова.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connection_banner.py" line="62"/>
        <source>Try &amp;again</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>CounterpartPicker</name>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="31"/>
        <source>Type any spelling of an organisation</source>
        <translation>Введите любое написание названия организации</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="34"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="36"/>
        <source>or &amp;organisation:</source>
        <translation>или &amp;организация:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="56"/>
        <source>Choose a country…</source>
        <translation>Выберите страну…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="59"/>
        <source>%1 (meetings: %2)</source>
        <translation>%1 (встреч: %2)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="75"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="79"/>
        <source>Something went wrong: %1

The app keeps running; save your work. The details are in the log file:
%2
Please send it to your IT support.</source>
        <translation>Произошла ошибка: %1

Программа продолжает работать; сохраните свою работу. Подробности записаны в журнал:
%2
Отправьте его в службу ИТ-поддержки.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="87"/>
        <source>(the log file could not be written; the details went to the error output)</source>
        <translation>(не удалось записать журнал; подробности выведены в стандартный поток ошибок)</translation>
    </message>
</context>
<context>
    <name>CsvOptionsDialog</name>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="63"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="65"/>
        <source>Semicolon (;): Excel in Azerbaijani or Russian</source>
        <translation>Точка с запятой (;): Excel на азербайджанском или русском языке</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="66"/>
        <source>Comma (,): Excel in English</source>
        <translation>Запятая (,): Excel на английском языке</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="67"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="71"/>
        <source>Excel opens a CSV file in columns only when its separator is the one of the computer&apos;s regional settings.</source>
        <translation>Excel разбивает CSV-файл на столбцы, только если его разделитель совпадает с разделителем, заданным в региональных настройках компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="77"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <location filename="../../ui/common/date_fields.py" line="26"/>
        <source>Type the date as %1 (or %2), or pick it from the calendar</source>
        <translation>Введите дату как %1 (или %2) либо выберите её в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_fields.py" line="31"/>
        <source>; Delete clears it</source>
        <translation>; клавиша Delete очищает поле</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../ui/editor/decisions.py" line="82"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="84"/>
        <source>Add decision</source>
        <translation>Добавить решение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="93"/>
        <source>What was agreed, e.g. To develop cooperation in tourism.</source>
        <translation>Что согласовано, например: развивать сотрудничество в сфере туризма.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="97"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="98"/>
        <source>A&amp;genda item:</source>
        <translation>В&amp;опрос повестки дня:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="178"/>
        <source>(not tied to an agenda item)</source>
        <translation>(не относится к вопросу повестки)</translation>
    </message>
</context>
<context>
    <name>DecisionsTableModel</name>
    <message>
        <location filename="../../ui/editor/decisions.py" line="37"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="38"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="39"/>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="59"/>
        <source>Search by any spelling of a name or organisation…</source>
        <translation>Поиск по любому написанию имени или организации…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="80"/>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="81"/>
        <source>Add o&amp;rganisation…</source>
        <translation>Добавить о&amp;рганизацию…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="83"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="101"/>
        <source>Meetings attended</source>
        <translation>Участие во встречах</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="110"/>
        <location filename="../../ui/directory/directory_page.py" line="257"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="111"/>
        <location filename="../../ui/directory/directory_page.py" line="263"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="191"/>
        <source>Delete “%1” from the directory?

Minutes of past meetings keep their attendance.</source>
        <translation>Удалить «%1» из справочника?

В протоколах прошедших встреч участие сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="193"/>
        <source>Delete the organisation “%1” from the directory?

Minutes of past meetings keep it.</source>
        <translation>Удалить организацию «%1» из справочника?

В протоколах прошедших встреч она сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="197"/>
        <location filename="../../ui/directory/directory_page.py" line="210"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="212"/>
        <source>Deleted “%1”.</source>
        <translation>Удалено: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="230"/>
        <source>Saved “%1”.</source>
        <translation>Сохранено: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="257"/>
        <source>People (%1)</source>
        <translation>Люди (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="261"/>
        <source>Organisations (%1)</source>
        <translation>Организации (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="291"/>
        <source>Select a person to see the meetings they attended.</source>
        <translation>Выберите человека, чтобы увидеть встречи с его участием.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="295"/>
        <source>Meetings attended by %1: %2</source>
        <translation>%1 — встреч: %2</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="297"/>
        <source>%1 attended no recorded meeting.</source>
        <translation>%1 — записанных встреч нет.</translation>
    </message>
</context>
<context>
    <name>DossierDecisionsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="165"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="166"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="167"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="168"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
</context>
<context>
    <name>DossierFigures</name>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="12"/>
        <source>Meetings: %1.</source>
        <translation>Встреч: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="16"/>
        <source>Per year: %1</source>
        <translation>По годам: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="22"/>
        <source>Follow-ups: %1 open, %2 overdue, %3 done.</source>
        <translation>Поручения: открыто — %1, просрочено — %2, выполнено — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="34"/>
        <source>Done on time: no completed follow-up with a due date yet.</source>
        <translation>Выполнено в срок: выполненных поручений со сроком пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="36"/>
        <source>Done on time: %1 of %2 (%3%).</source>
        <translation>Выполнено в срок: %1 из %2 (%3%).</translation>
    </message>
</context>
<context>
    <name>DossierFollowUpsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="213"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="214"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="215"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="216"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="217"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="218"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
</context>
<context>
    <name>DossierMeetingsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="46"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="47"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="48"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="49"/>
        <source>Host side led by</source>
        <translation>Глава принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="50"/>
        <source>Guest side led by</source>
        <translation>Глава гостевой стороны</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="139"/>
        <source>The language of the briefing note</source>
        <translation>Язык справки</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="141"/>
        <source>&amp;Briefing note (.docx)…</source>
        <translation>Сп&amp;равка (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="179"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="221"/>
        <location filename="../../ui/dossier/dossier_page.py" line="236"/>
        <location filename="../../ui/dossier/dossier_page.py" line="313"/>
        <source>Counterpart dossier</source>
        <translation>Досье партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="255"/>
        <source>Save the briefing note</source>
        <translation>Сохранение справки</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="255"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="253"/>
        <source>briefing-note-%1-%2</source>
        <translation>справка-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="145"/>
        <source>Briefing note as &amp;PDF…</source>
        <translation>Справка в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="268"/>
        <source>Save the briefing note as PDF</source>
        <translation>Сохранить справку в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="297"/>
        <source>Choose a country or an organisation to write a briefing note on it.</source>
        <translation>Выберите страну или организацию, чтобы подготовить по ней справку.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="300"/>
        <source>Write a briefing note before meeting this organisation again: earlier meetings in short, follow-ups open and completed, and its people met</source>
        <translation>Подготовить справку перед новой встречей с этой организацией: прошлые встречи вкратце, открытые и выполненные поручения, а также её представители, с которыми встречались</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="305"/>
        <source>Write a briefing note before meeting this country again: earlier meetings in short, follow-ups open and completed, and the people met</source>
        <translation>Подготовить справку перед новой встречей с этой страной: прошлые встречи вкратце, открытые и выполненные поручения, а также лица, с которыми встречались</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="315"/>
        <source>Choose a counterpart country or an organisation to see everything that happened with it.</source>
        <translation>Выберите страну-партнёра или организацию, чтобы увидеть всё, что с ней связано.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="323"/>
        <source>Meetings (%1)</source>
        <translation>Встречи (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="324"/>
        <source>People met (%1)</source>
        <translation>С кем встречались (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="325"/>
        <source>Decisions (%1)</source>
        <translation>Решения (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="328"/>
        <source>Follow-ups (%1 open, %2 overdue, %3 done)</source>
        <translation>Поручения (открыто: %1, просрочено: %2, выполнено: %3)</translation>
    </message>
</context>
<context>
    <name>DossierPeopleTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="99"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="100"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="101"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="102"/>
        <source>Times met</source>
        <translation>Число встреч</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="103"/>
        <source>First met</source>
        <translation>Первая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="104"/>
        <source>Last met</source>
        <translation>Последняя встреча</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="28"/>
        <source>Edit the meeting&apos;s details</source>
        <translation>изменение сведений о встрече</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="29"/>
        <source>Add participant</source>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="30"/>
        <source>Remove participant</source>
        <translation>удаление участника</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="31"/>
        <source>Move participant</source>
        <translation>перемещение участника</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="32"/>
        <source>Edit participant</source>
        <translation>изменение данных участника</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="33"/>
        <source>Add agenda item</source>
        <translation>добавление вопроса повестки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="34"/>
        <source>Remove agenda item</source>
        <translation>удаление вопроса повестки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="35"/>
        <source>Move agenda item</source>
        <translation>перемещение вопроса повестки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="36"/>
        <source>Edit agenda item</source>
        <translation>изменение вопроса повестки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="37"/>
        <source>Add decision</source>
        <translation>добавление решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="38"/>
        <source>Remove decision</source>
        <translation>удаление решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="39"/>
        <source>Move decision</source>
        <translation>перемещение решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="40"/>
        <source>Edit decision</source>
        <translation>изменение решения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="41"/>
        <source>Add follow-up</source>
        <translation>добавление поручения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="42"/>
        <source>Remove follow-up</source>
        <translation>удаление поручения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="43"/>
        <source>Move follow-up</source>
        <translation>перемещение поручения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="44"/>
        <source>Edit follow-up</source>
        <translation>изменение поручения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="46"/>
        <source>Edit</source>
        <translation>изменение</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="36"/>
        <source>This cannot be left empty.</source>
        <translation>Это поле не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="38"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Встреча не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="41"/>
        <source>This is too long.</source>
        <translation>Слишком длинный текст.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="46"/>
        <source>This contains an invisible control character that cannot be stored; retype it.</source>
        <translation>Текст содержит невидимый управляющий символ, который нельзя сохранить; наберите его заново.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="50"/>
        <source>This refers to a record that no longer exists ({0}).</source>
        <translation>Ссылка на запись, которой больше нет ({0}).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="96"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="104"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="111"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="118"/>
        <source>Saved %1, but no program opened it.</source>
        <translation>Сохранено: %1, но ни одна программа его не открыла.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="18"/>
        <location filename="../../ui/export_actions/no_program.py" line="42"/>
        <location filename="../../ui/export_actions/open_after.py" line="30"/>
        <source>Open after export</source>
        <translation>Открыть после экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="20"/>
        <source>The file was saved, but no program on this computer opens “%1”.</source>
        <translation>Файл сохранён, но на этом компьютере нет программы, которая открывает «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="24"/>
        <source>Show the folder that holds it?</source>
        <translation>Показать папку, в которой он сохранён?</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="25"/>
        <source>Show &amp;folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="43"/>
        <source>The folder could not be shown. The file is saved here:</source>
        <translation>Не удалось открыть папку. Файл сохранён здесь:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/pdf_export.py" line="33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/pdf_export.py" line="42"/>
        <source>Saved %1. Converted with %2.</source>
        <translation>Сохранено: %1. Преобразовано с помощью %2.</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="17"/>
        <source>“%1” is the Minutes App store itself (or one of its own files); choose another file.</source>
        <translation>«%1» — это сама база данных Minutes App (или один из её файлов); выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="23"/>
        <source>Permission was refused: the folder may be read-only, or the file may be open in another program.</source>
        <translation>Нет доступа: папка может быть доступна только для чтения, или файл открыт в другой программе.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="28"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="30"/>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="32"/>
        <source>Part of the path is a file, not a folder.</source>
        <translation>Часть пути — файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="34"/>
        <source>A folder of that name is in the way.</source>
        <translation>Уже есть папка с таким именем.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="41"/>
        <source>“%1” was not written.

%2

Any file that was already there is unchanged.</source>
        <translation>Файл «%1» не записан.

%2

Прежний файл с этим именем, если он был, не изменён.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/export_actions/progress_runner.py" line="49"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/progress_runner.py" line="56"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="51"/>
        <source>Tick several statuses to see them together; none ticked shows every status.</source>
        <translation>Отметьте несколько статусов, чтобы видеть их вместе; если ничего не отмечено, показываются все.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="54"/>
        <source>Any owner</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="61"/>
        <location filename="../../ui/tracker/filter_bar.py" line="62"/>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="63"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="64"/>
        <source>Past their due date and neither done nor cancelled</source>
        <translation>Срок прошёл, а поручение не выполнено и не отменено</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="47"/>
        <source>Search the action, department or counterpart contact (any spelling)</source>
        <translation>Поиск по мероприятию, подразделению или контакту партнёра (в любом написании)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="65"/>
        <source>Due wit&amp;hin</source>
        <translation>Срок в теч&amp;ение</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="69"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="71"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="86"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="88"/>
        <source>&amp;Department:</source>
        <translation>По&amp;дразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="89"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="90"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="91"/>
        <source>Due &amp;from:</source>
        <translation>Срок &amp;от:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="91"/>
        <source>to:</source>
        <translation>до:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="130"/>
        <source>Any department</source>
        <translation>Любое подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="134"/>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="138"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPanel</name>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="46"/>
        <source>Select a follow-up to see its details and history.</source>
        <translation>Выберите поручение, чтобы увидеть его данные и историю.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="53"/>
        <source>Change &amp;status</source>
        <translation>Сменить стат&amp;ус</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="57"/>
        <source>Open &amp;meeting</source>
        <translation>Открыть &amp;встречу</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="62"/>
        <source>A progress note: what was done, who was contacted…</source>
        <translation>Заметка о ходе работы: что сделано, с кем связались…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="65"/>
        <source>&amp;Add note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="89"/>
        <source>Meeting:</source>
        <translation>Встреча:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="90"/>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="91"/>
        <source>Owner:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="92"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="93"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="94"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="95"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="96"/>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="97"/>
        <source>Completed on:</source>
        <translation>Выполнено:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="98"/>
        <source>Counterpart contact:</source>
        <translation>Контакт партнёра:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="113"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;История&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="130"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="131"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
</context>
<context>
    <name>FollowUpHistory</name>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="26"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="33"/>
        <source>Recorded (status %1, due %2)</source>
        <translation>Создано (статус: %1, срок: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="39"/>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="45"/>
        <source>Due date: %1 → %2</source>
        <translation>Срок: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="50"/>
        <source>Discussed at a meeting</source>
        <translation>Обсуждено на встрече</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="51"/>
        <source>Progress note</source>
        <translation>Заметка о ходе работы</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="56"/>
        <source>unknown officer</source>
        <translation>сотрудник не указан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker/history_text.py" line="94"/>
        <source>%n earlier entries are not shown.</source>
        <translation>
            <numerusform>%n более ранняя запись не показана.</numerusform>
            <numerusform>%n более ранние записи не показаны.</numerusform>
            <numerusform>%n более ранних записей не показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="64"/>
        <source>Open</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="65"/>
        <source>In progress</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="66"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="67"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="68"/>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
</context>
<context>
    <name>FollowUpSummaryDialog</name>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="34"/>
        <source>Follow-ups to attend to</source>
        <translation>Поручения, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="43"/>
        <source>Show &amp;overdue</source>
        <translation>Показать &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="45"/>
        <source>Show due this &amp;week</source>
        <translation>Показать со сроком на этой &amp;неделе</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="48"/>
        <source>Show this summary when the app starts</source>
        <translation>Показывать эту сводку при запуске программы</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="54"/>
        <source>This data folder is read-only: the choice cannot be saved. Turn the summary off where the data can be written.</source>
        <translation>Эта папка с данными доступна только для чтения: выбор нельзя сохранить. Отключите сводку там, где данные можно записывать.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="84"/>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Overdue: %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Просрочено: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="87"/>
        <source>&lt;b style=&apos;color:#6b4a00&apos;&gt;Due within 7 days: %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6b4a00&apos;&gt;Срок в ближайшие 7 дней: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="106"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="120"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="127"/>
        <source>&lt;span style=&apos;background:%1; color:%2&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:%3; color:%4&apos;&gt;&amp;nbsp;Due within 7 days&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:%1; color:%2&apos;&gt;&amp;nbsp;Просрочено&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:%3; color:%4&apos;&gt;&amp;nbsp;Срок в ближайшие 7 дней&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="369"/>
        <source>Change status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="371"/>
        <source>Status changed: %1</source>
        <translation>Статус изменён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="385"/>
        <source>Add note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="388"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="396"/>
        <source>Follow-up changed elsewhere</source>
        <translation>Поручение изменено в другом месте</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="397"/>
        <source>The tracker now shows the latest version.</source>
        <translation>Сейчас показана последняя версия.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="405"/>
        <source>Open the &amp;meeting</source>
        <translation>Открыть &amp;встречу</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="411"/>
        <source>Change &amp;status</source>
        <translation>Сменить &amp;статус</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="413"/>
        <source>Add a progress &amp;note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="456"/>
        <source>Follow-ups: %1</source>
        <translation>Поручений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="459"/>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="116"/>
        <source>Follow-up actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="118"/>
        <source>Add follow-up</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="161"/>
        <source>What must be done, e.g. Send information on the Alat Free Economic Zone</source>
        <translation>Что нужно сделать, например: направить информацию об Алятской свободной экономической зоне</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="167"/>
        <source>Type any spelling of a name</source>
        <translation>Введите имя в любом написании</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="171"/>
        <source>e.g. Department of Foreign Economic Relations</source>
        <translation>например, Департамент внешнеэкономических связей</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="176"/>
        <source>Who on the other side, e.g. Trade Representative Office</source>
        <translation>Кто с другой стороны, например, Торговое представительство</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="177"/>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="196"/>
        <source>P&amp;riority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="197"/>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="207"/>
        <source>&amp;Action:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="209"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="211"/>
        <source>Departmen&amp;t:</source>
        <translation>По&amp;дразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="213"/>
        <source>&amp;Counterpart contact:</source>
        <translation>&amp;Контакт партнёра:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="214"/>
        <source>&amp;Due date:</source>
        <translation>Ср&amp;ок:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="215"/>
        <source>Top&amp;ic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="216"/>
        <source>Deci&amp;sion:</source>
        <translation>Реш&amp;ение:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="217"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="254"/>
        <source>(no topic)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="334"/>
        <source>New; its history starts when the meeting is saved.</source>
        <translation>Новое поручение; история начнётся после сохранения встречи.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="337"/>
        <source>History entries: {0}, the last on {1}. The follow-up tracker shows them all.</source>
        <translation>Записей в истории: {0}, последняя — {1}. Все они показаны на странице «Поручения».</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="354"/>
        <source>(not tied to a decision)</source>
        <translation>(не относится к решению)</translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="54"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="144"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="55"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="147"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="56"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="148"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="57"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="143"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="58"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="150"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="59"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="151"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="145"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="146"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="149"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="152"/>
        <source>Last update</source>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search/global_search.py" line="72"/>
        <source>Search meetings, people, organisations, decisions, follow-ups and notes (%1)</source>
        <translation>Поиск по встречам, людям, организациям, решениям, поручениям и заметкам (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/search/global_search.py" line="74"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/search/global_search.py" line="109"/>
        <source>Nothing matches “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../ui/editor/header_form.py" line="85"/>
        <source>e.g. Meeting of the Minister of Economy with the delegation of …</source>
        <translation>например, Встреча министра экономики с делегацией …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="88"/>
        <source>no date</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="89"/>
        <location filename="../../ui/editor/header_form.py" line="90"/>
        <source>no time</source>
        <translation>время не указано</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="92"/>
        <source>Type hours and minutes, e.g. 11:00 or 1100; empty it for no time</source>
        <translation>Введите часы и минуты, например 11:00 или 1100; оставьте поле пустым, если времени нет</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="94"/>
        <source>Room, building, city</source>
        <translation>Помещение, здание, город</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="98"/>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Введите часть названия организации</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="99"/>
        <source>Type a country, then Enter</source>
        <translation>Введите страну и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="107"/>
        <source>The department the meeting belongs to; on a team server only its officers and head change it</source>
        <translation>Подразделение, к которому относится встреча; на командном сервере изменять её могут только сотрудники и руководитель этого подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="111"/>
        <source>On a team server, only colleagues cleared for this marking see the meeting</source>
        <translation>На командном сервере встречу видят только коллеги с допуском к этому грифу</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="116"/>
        <source>The language the meeting is recorded in: its texts are typed in it, and its minutes are exported in it unless you choose a translation beside the export button</source>
        <translation>Язык, на котором ведётся запись встречи: тексты вводятся на нём, и протокол экспортируется на нём, если рядом с кнопкой экспорта не выбран перевод</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="121"/>
        <source>Arrow keys move, Space ticks a topic</source>
        <translation>Стрелки — переход, пробел — отметить тему</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="124"/>
        <source>The discussion as a whole, in a few paragraphs</source>
        <translation>Общий ход обсуждения в нескольких абзацах</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="133"/>
        <source>The line over the head of delegation&apos;s signature in agreed minutes; leave it empty for the one shown</source>
        <translation>Строка над подписью главы делегации в согласованном протоколе; оставьте поле пустым, чтобы использовать показанный текст</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="142"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="144"/>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="147"/>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="151"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="154"/>
        <source>&amp;Start:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="155"/>
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="159"/>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="160"/>
        <source>Host &amp;organisation:</source>
        <translation>Принимающая &amp;организация:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="161"/>
        <source>&amp;Counterpart:</source>
        <translation>С&amp;трана-партнёр:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="162"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="164"/>
        <source>&amp;Reference No.:</source>
        <translation>Номе&amp;р:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="167"/>
        <source>Confidentialit&amp;y:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="168"/>
        <source>Meeting &amp;language:</source>
        <translation>&amp;Язык встречи:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="171"/>
        <source>To&amp;pics:</source>
        <translation>Т&amp;емы:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="172"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="174"/>
        <source>Prepared &amp;by:</source>
        <translation>Подготови&amp;л:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="177"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Утвердил:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="181"/>
        <source>Signed for &amp;host side:</source>
        <translation>&amp;Подпись за принимающую сторону:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="184"/>
        <source>Signed for gu&amp;est side:</source>
        <translation>Подпись за гостевую &amp;сторону:</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="26"/>
        <source>Import from a spreadsheet</source>
        <translation>Импорт из электронной таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="27"/>
        <source>Imported %1 new meetings, %2 follow-ups and %3 new people. File &gt; Undo the last spreadsheet import takes them back.</source>
        <translation>Импортировано новых встреч: %1, поручений: %2, новых лиц: %3. Отменить можно командой Файл &gt; Отменить последний импорт из таблицы.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="40"/>
        <source>Undo the last spreadsheet import</source>
        <translation>Отменить последний импорт из таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="44"/>
        <source>There is no spreadsheet import to undo.</source>
        <translation>Нет импорта из таблицы, который можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="48"/>
        <source>Move everything imported from “%1” to the trash: %2 new meetings with their follow-ups, and %3 follow-ups added to meetings that were already there?</source>
        <translation>Переместить в корзину всё, что импортировано из «%1»: новые встречи с их поручениями (%2) и поручения, добавленные к уже существующим встречам (%3)?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="29"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="30"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="125"/>
        <source>Meeting date</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="31"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="126"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="32"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="127"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="33"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="128"/>
        <source>Meeting title</source>
        <translation>Название встречи</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="34"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="129"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="35"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="130"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="36"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="131"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="37"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="132"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="38"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="133"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="39"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="134"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="40"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="135"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="41"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="136"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="42"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="118"/>
        <source>(new)</source>
        <translation>(новый)</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="60"/>
        <source>Import from a spreadsheet</source>
        <translation>Импорт из электронной таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="65"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="70"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="83"/>
        <source>Values this app does not know</source>
        <translation>Значения, неизвестные программе</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="95"/>
        <source>&amp;Leave out rows with errors</source>
        <translation>&amp;Пропустить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="97"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="104"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="107"/>
        <source>Column names in &amp;row:</source>
        <translation>Названия столбцов в &amp;строке:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="118"/>
        <source>Preview (the first rows as they will be stored):</source>
        <translation>Предварительный просмотр (первые строки в том виде, в каком они будут сохранены):</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="146"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>Электронные таблицы (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="234"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="257"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="267"/>
        <source>%1 rows: %2 new meetings (and %3 already in the store), %4 new follow-ups, %5 already there.</source>
        <translation>Строк: %1; новых встреч: %2 (и %3 уже в базе), новых поручений: %4, уже есть: %5.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="275"/>
        <source>New people for the directory: %1.</source>
        <translation>Новые лица для справочника: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="278"/>
        <source>New organisations for the directory: %1.</source>
        <translation>Новые организации для справочника: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="280"/>
        <source>Columns: %1.</source>
        <translation>Столбцы: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="285"/>
        <source>%1 rows have errors: %2</source>
        <translation>Строк с ошибками: %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="305"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="305"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="325"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Импорт отменён; ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="90"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="91"/>
        <source>Azərbaycanca</source>
        <translation>Azərbaycanca</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="92"/>
        <source>Русский</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>ListControls</name>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="80"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="81"/>
        <source>Remove the selected row (Delete)</source>
        <translation>Удалить выбранную строку (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="82"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="83"/>
        <source>Move the selected row up (Ctrl+Up); rows can also be dragged</source>
        <translation>Переместить выбранную строку вверх (Ctrl+Up); строки можно также перетаскивать</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="84"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="85"/>
        <source>Move the selected row down (Ctrl+Down); rows can also be dragged</source>
        <translation>Переместить выбранную строку вниз (Ctrl+Down); строки можно также перетаскивать</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="87"/>
        <source>In the table: Delete removes, Ctrl+Up / Ctrl+Down move</source>
        <translation>В таблице: Delete удаляет, Ctrl+Up / Ctrl+Down перемещают</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="89"/>
        <source>In the table: Delete removes</source>
        <translation>В таблице: Delete удаляет</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Texts language</source>
        <translation>Язык текстов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>People &amp; organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Counterpart dossier</source>
        <translation>Досье партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Сохранить встречу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>&amp;Close meeting</source>
        <translation>&amp;Закрыть встречу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Import old minutes (.docx)…</source>
        <translation>&amp;Импорт старых протоколов (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>F&amp;ilter this page</source>
        <translation>Фильтр &amp;на этой странице</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Import from a s&amp;preadsheet…</source>
        <translation>Импорт из &amp;электронной таблицы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Undo the last spreadsheet import…</source>
        <translation>&amp;Отменить последний импорт из таблицы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Встречи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;People &amp;&amp; organisations</source>
        <translation>&amp;Люди и организации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Open &amp;meeting</source>
        <translation>&amp;Открытая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Counterpart &amp;dossier</source>
        <translation>&amp;Досье партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Trash</source>
        <translation>&amp;Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Load the &amp;sample meeting</source>
        <translation>Загрузить &amp;пример встречи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>&amp;About Minutes App</source>
        <translation>&amp;О программе Minutes App</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Follow-ups (%1 overdue)</source>
        <translation>Поручения (просрочено: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>Meeting saved.</source>
        <translation>Встреча сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677"/>
        <source>The last spreadsheet import was moved to the trash.</source>
        <translation>Последний импорт из таблицы перемещён в корзину.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688"/>
        <source>The sample meeting is already there.</source>
        <translation>Пример встречи уже загружен.</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="58"/>
        <source>Duplicate as next meeting</source>
        <translation>Следующая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="68"/>
        <location filename="../../ui/meetings/meeting_commands.py" line="83"/>
        <source>Delete meeting</source>
        <translation>Удаление встречи</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="70"/>
        <source>Delete the meeting “%1”?

Its participants, agenda, decisions and follow-ups go to the trash with it.</source>
        <translation>Удалить встречу «%1»?

Её участники, повестка дня, решения и поручения будут перемещены в корзину вместе с ней.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="85"/>
        <source>Deleted “%1”.</source>
        <translation>Удалено: «%1».</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="149"/>
        <location filename="../../ui/editor/meeting_editor.py" line="1041"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="152"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="153"/>
        <location filename="../../ui/editor/meeting_editor.py" line="378"/>
        <source>Save the whole meeting (Ctrl+S)</source>
        <translation>Сохранить всю встречу (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="154"/>
        <source>Duplicate as next meeting</source>
        <translation>Создать следующую встречу</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="156"/>
        <source>Start a new meeting with the same counterpart and participants, dated today</source>
        <translation>Создать новую встречу с тем же партнёром и участниками, датированную сегодняшним днём</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="158"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="159"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="165"/>
        <source>Show beside each text its translation into this language, and count what is still untranslated</source>
        <translation>Показывать рядом с каждым текстом его перевод на этот язык и подсчитывать ещё не переведённые тексты</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="167"/>
        <source>Translat&amp;ion:</source>
        <translation>&amp;Перевод:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="220"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab move between the tabs</source>
        <translation>Переход между вкладками: Ctrl+Tab и Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="222"/>
        <source>Follow-ups of earlier meetings with the same counterpart that are not done yet</source>
        <translation>Ещё не выполненные поручения прошлых встреч с тем же партнёром</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="473"/>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="474"/>
        <source>Reloading shows the meeting as stored and drops your unsaved changes.</source>
        <translation>При перезагрузке встреча будет показана в сохранённом виде, а ваши несохранённые изменения будут отброшены.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="494"/>
        <source>Changed by the other officer:</source>
        <translation>Изменения другого сотрудника:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="496"/>
        <source>(nothing you can see here)</source>
        <translation>(здесь нет видимых изменений)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="498"/>
        <source>Your unsaved changes:</source>
        <translation>Ваши несохранённые изменения:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="498"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="499"/>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="523"/>
        <source>Follow-up {0} was also changed on the Follow-ups page of this window since you opened this meeting.</source>
        <translation>После того как вы открыли эту встречу, поручение № {0} было изменено также на странице «Поручения» этого окна.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="526"/>
        <source>Follow-up {0} was also changed on another page of this window since you opened this meeting.</source>
        <translation>После того как вы открыли эту встречу, поручение № {0} было изменено также на другой странице этого окна.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="544"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="544"/>
        <source>Untitled meeting</source>
        <translation>Встреча без названия</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="596"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="597"/>
        <source>Participants ({0})</source>
        <translation>Участники ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="598"/>
        <source>Agenda ({0}) and decisions ({1})</source>
        <translation>Повестка дня ({0}) и решения ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="601"/>
        <source>Follow-ups ({0})</source>
        <translation>Поручения ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="605"/>
        <source>{0} · {1} untranslated</source>
        <translation>{0} · без перевода: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="606"/>
        <source>Open from earlier meetings ({0})</source>
        <translation>Открытые с прошлых встреч ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="607"/>
        <source>Attachments ({0})</source>
        <translation>Вложения ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="608"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="649"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="774"/>
        <source>Pick the owner from the directory, or create the person.</source>
        <translation>Выберите исполнителя из справочника или добавьте нового человека.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="799"/>
        <location filename="../../ui/editor/meeting_editor.py" line="887"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="799"/>
        <location filename="../../ui/editor/meeting_editor.py" line="888"/>
        <source>The meeting could not be saved.</source>
        <translation>Не удалось сохранить встречу.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="954"/>
        <source>Reload shows the stored version and drops your changes. Overwrite keeps your value of these fields and the other changes made there. Save as a copy keeps both.</source>
        <translation>«Загрузить заново» покажет сохранённую версию, а ваши изменения будут отменены. «Заменить» сохранит ваши значения этих полей и остальные изменения, сделанные там. «Сохранить как копию» сохранит обе версии.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="964"/>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="825"/>
        <location filename="../../ui/editor/meeting_editor.py" line="950"/>
        <source>This meeting was changed elsewhere (in another window or by another officer) since you opened it.</source>
        <translation>После того как вы открыли эту встречу, её изменили в другом месте (в другом окне или это сделал другой сотрудник).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="767"/>
        <source>No organisation in the directory has this name; pick one from the list, or add it there as a new organisation.</source>
        <translation>В справочнике нет организации с таким названием; выберите её из списка или добавьте там как новую организацию.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="959"/>
        <source>Reload shows the stored version and drops your changes. Overwrite replaces the stored version with yours. Save as a copy keeps both.</source>
        <translation>«Загрузить заново» покажет сохранённую версию, а ваши изменения будут отменены. «Заменить» запишет вашу версию вместо сохранённой. «Сохранить как копию» сохранит обе.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="987"/>
        <source>Deleted elsewhere</source>
        <translation>Удалено в другом месте</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="988"/>
        <source>This meeting was deleted elsewhere since you opened it. Save your version as a new meeting?</source>
        <translation>После того как вы открыли эту встречу, её удалили в другом месте. Сохранить вашу версию как новую встречу?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1029"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1042"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>Во встрече «{0}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1045"/>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1083"/>
        <source>Discard new meeting</source>
        <translation>Отказ от новой встречи</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1084"/>
        <source>Discard this new meeting? It was never saved.</source>
        <translation>Отказаться от этой новой встречи? Она ни разу не сохранялась.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1096"/>
        <source>Delete meeting</source>
        <translation>Удаление встречи</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1097"/>
        <source>Delete “{0}” with its participants, agenda, decisions and follow-ups?</source>
        <translation>Удалить встречу «{0}» вместе с участниками, повесткой дня, решениями и поручениями?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1102"/>
        <source>The meeting goes to the trash.</source>
        <translation>Встреча будет перемещена в корзину.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1112"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1112"/>
        <source>The meeting could not be deleted.</source>
        <translation>Не удалось удалить встречу.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1126"/>
        <source>Save first</source>
        <translation>Требуется сохранение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1127"/>
        <source>Save “{0}” before starting the next meeting from it?</source>
        <translation>Сохранить встречу «{0}», прежде чем создавать на её основе следующую?</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="24"/>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="25"/>
        <source>Delegation visit</source>
        <translation>Визит делегации</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="26"/>
        <source>Intergovernmental commission</source>
        <translation>Межправительственная комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="27"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="28"/>
        <source>Video conference</source>
        <translation>Видеоконференция</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="29"/>
        <source>Courtesy call</source>
        <translation>Визит вежливости</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="30"/>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="31"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="34"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="35"/>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="36"/>
        <source>Minutes drafted</source>
        <translation>Проект протокола подготовлен</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="37"/>
        <source>Minutes approved</source>
        <translation>Протокол утверждён</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="40"/>
        <source>Filter meetings: title, country, kind, status, reference…</source>
        <translation>Фильтр встреч: название, страна, вид, статус, номер…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="53"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="54"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="55"/>
        <source>Duplicate as ne&amp;xt meeting</source>
        <translation>Создать &amp;следующую встречу</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="56"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="179"/>
        <source>Meetings: %1</source>
        <translation>Встреч: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="181"/>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="80"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="81"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="82"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="83"/>
        <source>Counterpart country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="85"/>
        <source>Open follow-ups</source>
        <translation>Открытые поручения</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/common/error_messages.py" line="24"/>
        <source>This record no longer exists; it may have been deleted in another window or by a colleague.</source>
        <translation>Этой записи больше нет: возможно, её удалили в другом окне или это сделал коллега.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="28"/>
        <source>This record was changed elsewhere since you opened it. Reload it and make your change again.</source>
        <translation>После того как вы открыли эту запись, её изменили в другом месте. Загрузите её заново и повторите изменение.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="32"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="46"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
</context>
<context>
    <name>MinutesExportBar</name>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="91"/>
        <source>E&amp;xport minutes (.docx)…</source>
        <translation>&amp;Экспорт протокола (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="100"/>
        <source>&amp;Agreed minutes in two languages (.docx)…</source>
        <translation>&amp;Согласованный протокол на двух языках (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="102"/>
        <source>The minutes in two languages, each text equally authentic, for both heads of delegation to sign</source>
        <translation>Протокол на двух языках, оба текста имеют одинаковую силу; подписывается главами обеих делегаций</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="86"/>
        <source>The meeting&apos;s own language (set in its form), or another one for a translated export: labels, dates and the spelling of names</source>
        <translation>Собственный язык встречи (задаётся в её форме) или другой язык для экспорта перевода: подписи, даты и написание имён</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="96"/>
        <source>Minutes as &amp;PDF…</source>
        <translation>Протокол в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="97"/>
        <source>The same minutes converted to PDF, for sending or printing as they are</source>
        <translation>Тот же протокол, преобразованный в PDF, для отправки или печати без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="111"/>
        <source>Export in:</source>
        <translation>Экспорт на:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="131"/>
        <source>%1 (meeting&apos;s language)</source>
        <translation>%1 (язык встречи)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="193"/>
        <source>Save the minutes as PDF</source>
        <translation>Сохранить протокол в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="196"/>
        <source>Save the minutes</source>
        <translation>Сохранение протокола</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="196"/>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="221"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="183"/>
        <source>minutes-%1-%2</source>
        <translation>протокол-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="220"/>
        <source>Save the agreed minutes</source>
        <translation>Сохранение согласованного протокола</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="223"/>
        <source>agreed-minutes-%1-%2-%3</source>
        <translation>согласованный-протокол-%1-%2-%3</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="41"/>
        <source>Export minutes</source>
        <translation>Экспорт протокола</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="42"/>
        <source>The minutes are written from the saved meeting. Save your changes first?</source>
        <translation>Протокол формируется из сохранённой встречи. Сначала сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>NetworkWarning</name>
    <message>
        <location filename="../../ui/startup/network_warning_dialog.py" line="25"/>
        <source>The data file “%1” is on a network file system (%2).

SQLite data files get damaged there when more than one computer uses them. Keep the data file on this computer, or let your team share the minutes through the team server (PostgreSQL): ask your administrator for its address and start the app with --db postgresql+psycopg://user@server/minutes.</source>
        <translation>Файл данных «%1» находится в сетевой файловой системе (%2).

Если с файлом данных SQLite в такой системе работают несколько компьютеров, он повреждается. Храните файл данных на этом компьютере или работайте с протоколами вместе с коллегами через общий сервер (PostgreSQL): узнайте его адрес у администратора и запустите программу с параметром --db postgresql+psycopg://user@server/minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/network_warning_dialog.py" line="46"/>
        <source>Data file on a network drive</source>
        <translation>Файл данных на сетевом диске</translation>
    </message>
</context>
<context>
    <name>NewOrganisationFields</name>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="159"/>
        <source>New organisation&apos;s &amp;kind:</source>
        <translation>&amp;Вид новой организации:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="160"/>
        <source>Its c&amp;ountry:</source>
        <translation>Её &amp;страна:</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="28"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="45"/>
        <source>As it should appear in the minutes</source>
        <translation>Как должно быть указано в протоколе</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="46"/>
        <source>e.g. Mikayil Jabbarov</source>
        <translation>например, Mikayil Jabbarov</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="47"/>
        <source>e.g. Mikayıl Cabbarov</source>
        <translation>например, Mikayıl Cabbarov</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="48"/>
        <source>e.g. Микаил Джаббаров</source>
        <translation>например, Микаил Джаббаров</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="49"/>
        <source>Current position, e.g. Minister of Economy</source>
        <translation>Текущая должность, например, министр экономики</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="50"/>
        <source>e.g. Minister of Economy</source>
        <translation>например, Minister of Economy</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="51"/>
        <source>e.g. İqtisadiyyat naziri</source>
        <translation>например, İqtisadiyyat naziri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="52"/>
        <source>e.g. Министр экономики</source>
        <translation>например, Министр экономики</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="56"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="77"/>
        <source>Type the person&apos;s name.</source>
        <translation>Введите имя человека.</translation>
    </message>
</context>
<context>
    <name>OldMinutesImport</name>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="46"/>
        <location filename="../../ui/meetings/old_minutes_import.py" line="59"/>
        <source>Import old minutes</source>
        <translation>Импорт старых протоколов</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="48"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="71"/>
        <source>no date was found</source>
        <translation>дата не найдена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/old_minutes_import.py" line="73"/>
        <source>Imported %1 with %n participant(s); check it and fill in the rest.</source>
        <translation>
            <numerusform>Импортирован файл %1, найден %n участник; проверьте его и заполните остальное.</numerusform>
            <numerusform>Импортирован файл %1, найдено %n участника; проверьте его и заполните остальное.</numerusform>
            <numerusform>Импортирован файл %1, найдено %n участников; проверьте его и заполните остальное.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="270"/>
        <source>“%1” is not a time: type it as 11:00 or 1100.</source>
        <translation>«%1» — не время: введите его как 11:00 или 1100.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="279"/>
        <source>A time takes digits only: type it as 11:00 or 1100.</source>
        <translation>Время вводится только цифрами: введите его как 11:00 или 1100.</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="68"/>
        <source>Add “%1” as a new organisation…</source>
        <translation>Добавить «%1» как новую организацию…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="41"/>
        <source>Edit organisation</source>
        <translation>Изменение организации</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="41"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="60"/>
        <source>&amp;Name (as usually written):</source>
        <translation>&amp;Название (как обычно пишется):</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="117"/>
        <source>In &amp;English:</source>
        <translation>По-&amp;английски:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="120"/>
        <source>In &amp;Azerbaijani:</source>
        <translation>По-&amp;азербайджански:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="123"/>
        <source>In &amp;Russian:</source>
        <translation>По-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="64"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="71"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="72"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="73"/>
        <source>Trade mission</source>
        <translation>Торговое представительство</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="74"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="75"/>
        <source>Public body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="76"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="77"/>
        <source>Government office</source>
        <translation>Орган исполнительной власти</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="78"/>
        <source>Regional body</source>
        <translation>Региональный орган</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="79"/>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="80"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="22"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="23"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="24"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="25"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
</context>
<context>
    <name>OverdueMark</name>
    <message numerus="yes">
        <location filename="../../ui/common/overdue_mark.py" line="35"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n дн.</numerusform>
            <numerusform>Просрочено на %n дн.</numerusform>
            <numerusform>Просрочено на %n дн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="265"/>
        <source>Show other participants</source>
        <translation>Показать других участников</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="268"/>
        <source>Participants on neither side: observers, moderators, international organisations</source>
        <translation>Участники, не относящиеся ни к одной из сторон: наблюдатели, модераторы, международные организации</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="25"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="26"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="27"/>
        <source>Position at the meeting</source>
        <translation>Должность на встрече</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="28"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="29"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="30"/>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="31"/>
        <source>Position: {0}</source>
        <translation>Должность: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="69"/>
        <source>Representative (unnamed)</source>
        <translation>Представитель (без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="71"/>
        <source>(unknown person)</source>
        <translation>(неизвестное лицо)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="114"/>
        <source>Representative of {0}</source>
        <translation>Представитель: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="28"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="29"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="30"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="33"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="43"/>
        <source>Edit person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="43"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="54"/>
        <source>Type any of its names…</source>
        <translation>Введите любое из её названий…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="55"/>
        <source>New organisa&amp;tion…</source>
        <translation>Новая &amp;организация…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="31"/>
        <source>&lt;b&gt;Name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Имя&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="32"/>
        <source>&lt;b&gt;Position&lt;/b&gt;</source>
        <translation>&lt;b&gt;Должность&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="35"/>
        <source>As usually &amp;written:</source>
        <translation>Как обычно &amp;пишется:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="42"/>
        <source>&amp;English:</source>
        <translation>По-&amp;английски:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="49"/>
        <source>&amp;Azerbaijani:</source>
        <translation>По-&amp;азербайджански:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="56"/>
        <source>&amp;Russian:</source>
        <translation>По-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="77"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="80"/>
        <source>E-&amp;mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="81"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="82"/>
        <source>N&amp;otes:</source>
        <translation>П&amp;римечания:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="125"/>
        <source>No organisation of the directory has this name. Pick one from the list, or add it with “New organisation…”.</source>
        <translation>В справочнике нет организации с таким названием. Выберите её из списка или добавьте кнопкой «Новая организация…».</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="163"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="167"/>
        <source>Me ({0})</source>
        <translation>Я ({0})</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="65"/>
        <source>New person “{0}”…</source>
        <translation>Новый человек «{0}»…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="68"/>
        <source>Representative of another organisation…</source>
        <translation>Представитель другой организации…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="78"/>
        <source>Representative of {0}</source>
        <translation>Представитель: {0}</translation>
    </message>
</context>
<context>
    <name>PresetsBox</name>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="23"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="25"/>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="66"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>Со&amp;хранить как набор…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="67"/>
        <location filename="../../ui/tracker/presets_box.py" line="181"/>
        <location filename="../../ui/tracker/presets_box.py" line="191"/>
        <source>Delete preset</source>
        <translation>Удалить набор</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="68"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Набор фильтров:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="94"/>
        <location filename="../../ui/tracker/presets_box.py" line="101"/>
        <source>Custom filter</source>
        <translation>Свой фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="87"/>
        <source>Presets</source>
        <translation>Наборы фильтров</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="146"/>
        <location filename="../../ui/tracker/presets_box.py" line="156"/>
        <location filename="../../ui/tracker/presets_box.py" line="166"/>
        <source>Save filter as preset</source>
        <translation>Сохранение набора фильтров</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="147"/>
        <source>Name of the preset:</source>
        <translation>Название набора:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="157"/>
        <source>A preset named “%1” exists. Replace it with the current filter?</source>
        <translation>Набор «%1» уже есть. Заменить его текущим фильтром?</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="170"/>
        <source>Preset “%1” saved.</source>
        <translation>Набор «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="182"/>
        <source>Delete the preset “%1”? The follow-ups are not affected.</source>
        <translation>Удалить набор «%1»? Сами поручения не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="194"/>
        <source>Preset “%1” deleted.</source>
        <translation>Набор «%1» удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="206"/>
        <source>Built-in presets cannot be deleted.</source>
        <translation>Встроенные наборы удалить нельзя.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="58"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="59"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="60"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="61"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="42"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="46"/>
        <source>Minutes App did not close properly last time. It kept a copy of the changes that were not saved yet.
Recover opens one in the meeting editor, as unsaved changes for you to check and save. Discard deletes the copy for good. What you leave here is offered again at the next start.</source>
        <translation>Прошлый сеанс Minutes App завершился некорректно. Программа сохранила копию изменений, которые ещё не были сохранены.
«Восстановить» открывает копию в редакторе встречи как несохранённые изменения, чтобы вы их проверили и сохранили. «Удалить» безвозвратно удаляет копию. Оставленные здесь копии будут предложены снова при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Unsaved changes from</source>
        <translation>Изменения от</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="67"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="68"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="69"/>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="88"/>
        <location filename="../../ui/editor/recovery_dialog.py" line="131"/>
        <source>(untitled meeting)</source>
        <translation>(встреча без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="90"/>
        <source>New meeting, never saved</source>
        <translation>Новая встреча, ни разу не сохранялась</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="92"/>
        <source>Changes to a saved meeting</source>
        <translation>Изменения сохранённой встречи</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="116"/>
        <source>This copy could not be opened; the reason is in the log. It is kept.</source>
        <translation>Не удалось открыть эту копию; причина записана в журнал. Копия сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="129"/>
        <source>Discard unsaved work</source>
        <translation>Удаление несохранённой работы</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="130"/>
        <source>Delete the unsaved changes to “{0}” for good?</source>
        <translation>Безвозвратно удалить несохранённые изменения встречи «{0}»?</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="43"/>
        <source>Status report</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="45"/>
        <source>Country, then topic</source>
        <translation>Страна, затем тема</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="46"/>
        <source>Country, then department</source>
        <translation>Страна, затем подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="55"/>
        <source>Also list follow-ups completed or cancelled &amp;before the period</source>
        <translation>Включить также поручения, выполненные или отменённые &amp;до начала периода</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="56"/>
        <source>&amp;Summary only (one page, without the list of follow-ups)</source>
        <translation>&amp;Только сводка (одна страница, без списка поручений)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="65"/>
        <source>Period &amp;from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="66"/>
        <source>Period &amp;to:</source>
        <translation>Период &amp;по:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="82"/>
        <source>The period must start before it ends.</source>
        <translation>Дата начала периода должна быть не позже даты его окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="57"/>
        <source>The report lists the follow-ups the tracker shows now, with its current filter.</source>
        <translation>В отчёт войдут поручения, которые сейчас показаны в списке с текущим фильтром.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="63"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="25"/>
        <source>Representative of an organisation</source>
        <translation>Представитель организации</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="34"/>
        <source>Optional, e.g. Counsellor</source>
        <translation>Необязательно, например, советник</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="37"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="39"/>
        <source>&amp;Position at the meeting:</source>
        <translation>&amp;Должность на встрече:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="54"/>
        <source>Choose or type the organisation.</source>
        <translation>Выберите или введите организацию.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <location filename="../../ui/startup/restart.py" line="38"/>
        <location filename="../../ui/startup/restart.py" line="61"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="40"/>
        <source>The menus and page names are now in %1. Restart the app to show every window in it?</source>
        <translation>Меню и названия страниц уже отображаются на языке «%1». Перезапустить программу, чтобы на нём отображались все окна?</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="45"/>
        <source>The window&apos;s size and page are kept; an open meeting is closed first, asking to save it.</source>
        <translation>Размер окна и открытая страница сохранятся; открытая встреча будет сначала закрыта с предложением сохранить изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="49"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="51"/>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="62"/>
        <source>The app could not start again by itself. Start it again as usual to see the new language.</source>
        <translation>Программе не удалось перезапуститься самостоятельно. Запустите её обычным способом, чтобы увидеть новый язык.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="24"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="25"/>
        <source>Manual</source>
        <translation>Ручная</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="26"/>
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="27"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="37"/>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="43"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="44"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="52"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Made</source>
        <translation>Время создания</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="71"/>
        <source>There are no backups in %1 yet.</source>
        <translation>В папке %1 пока нет резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="74"/>
        <source>The backup is checked before anything is replaced, and the current data is backed up first.</source>
        <translation>Перед заменой данных резервная копия проверяется, а для текущих данных сначала создаётся резервная копия.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="78"/>
        <source>&amp;Restore</source>
        <translation>Вос&amp;становить</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="80"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="100"/>
        <source>Minutes App backups (*.db);;All files (*)</source>
        <translation>Резервные копии Minutes App (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="40"/>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="41"/>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="42"/>
        <source>Co-chair of the intergovernmental commission</source>
        <translation>Сопредседатель межправительственной комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="45"/>
        <source>Ambassador</source>
        <translation>Посол</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="47"/>
        <source>Adviser</source>
        <translation>Советник</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="48"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="43"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="44"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="46"/>
        <source>Member of delegation</source>
        <translation>Член делегации</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="49"/>
        <source>Note-taker</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="50"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>RoleLimits</name>
    <message>
        <location filename="../../ui/team/role_limits.py" line="24"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="25"/>
        <source>Head of department</source>
        <translation>Руководитель подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="26"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="28"/>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="38"/>
        <source>cleared for: %1</source>
        <translation>допуск: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="40"/>
        <source>no clearance for marked meetings</source>
        <translation>нет допуска к встречам с грифом</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="49"/>
        <source>You are a reader on this team server: you can read, search and export, but not create or change records.</source>
        <translation>На этом командном сервере у вас роль читателя: вы можете читать, искать и экспортировать, но не создавать и не изменять записи.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="59"/>
        <source>Only a head of department changes the shared lists (topics, roles, people and organisations) on this team server.</source>
        <translation>На этом командном сервере общие списки (темы, роли, люди и организации) изменяет только руководитель подразделения.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="75"/>
        <source>This meeting is marked above your clearance: you can read it, not change it.</source>
        <translation>Гриф этой встречи выше вашего допуска: вы можете её читать, но не изменять.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="81"/>
        <source>This meeting belongs to no department: a head of department takes it into theirs before it can be changed.</source>
        <translation>Эта встреча не относится ни к одному подразделению: прежде чем её изменять, руководитель подразделения должен взять её в своё подразделение.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="85"/>
        <source>This meeting belongs to the department “%1”: only its officers and head change it. You can read and export it.</source>
        <translation>Эта встреча относится к подразделению «%1»: изменяют её только его сотрудники и руководитель. Вы можете её читать и экспортировать.</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="27"/>
        <source>e.g. head of delegation; empty prints nothing</source>
        <translation>например, head of delegation; пустое не печатается</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="28"/>
        <source>&amp;Leads its side: listed first, signs agreed minutes</source>
        <translation>&amp;Возглавляет свою сторону: указывается первым, подписывает согласованный протокол</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="29"/>
        <source>In &amp;use: offered for participants</source>
        <translation>&amp;Используется: предлагается для участников</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="30"/>
        <source>&amp;New role</source>
        <translation>&amp;Новая роль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="31"/>
        <source>Sa&amp;ve role</source>
        <translation>&amp;Сохранить роль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="32"/>
        <source>&amp;Delete role</source>
        <translation>&amp;Удалить роль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="35"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="36"/>
        <source>Printed after a name, in brackets</source>
        <translation>Печатается после имени в скобках</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;English:</source>
        <translation>На &amp;английском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;Azerbaijani:</source>
        <translation>На а&amp;зербайджанском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;Russian:</source>
        <translation>На &amp;русском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="49"/>
        <source>Documents print the role&apos;s wording in their language after a participant&apos;s name, or nothing where it is empty (a President receiving a delegation needs no mention). A role that meetings use can be taken out of use but not deleted; those meetings keep it. Each role is saved by “Save role”.</source>
        <translation>В документах после имени участника печатается формулировка роли на языке документа, а если она пуста — ничего (при приёме делегации Президентом упоминание роли не требуется). Роль, используемую во встречах, можно вывести из употребления, но нельзя удалить; в этих встречах она сохраняется. Каждая роль сохраняется кнопкой «Сохранить роль».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="65"/>
        <source>“%1” is built in.</source>
        <translation>«%1» — встроенная роль.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/roles_editor.py" line="67"/>
        <source>“%1” is the role of %n participant(s) in meetings.</source>
        <translation>
            <numerusform>«%1» — роль %n участника встреч.</numerusform>
            <numerusform>«%1» — роль %n участников встреч.</numerusform>
            <numerusform>«%1» — роль %n участников встреч.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="71"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="72"/>
        <source>It cannot be deleted; untick “In use” to stop offering it.</source>
        <translation>Её нельзя удалить; чтобы она больше не предлагалась, снимите флажок «Используется».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="93"/>
        <source>(not in use)</source>
        <translation>(не используется)</translation>
    </message>
</context>
<context>
    <name>SampleMeeting</name>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="16"/>
        <source>%n participant(s)</source>
        <translation>%n участник</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="17"/>
        <source>%n follow-up(s)</source>
        <translation>%n поручение</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="19"/>
        <source>The sample meeting was loaded: 1 meeting, %1, %2.</source>
        <translation>Пример встречи загружен: 1 встреча, %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="30"/>
        <source>Sample meeting</source>
        <translation>Пример встречи</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search/results_model.py" line="31"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="32"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="33"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="34"/>
        <source>Agenda items</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="35"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="36"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="37"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location filename="../../ui/search/results_panel.py" line="110"/>
        <source>↓ moves into the results · Enter opens · Esc closes</source>
        <translation>↓ — к результатам · Enter — открыть · Esc — закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="182"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="183"/>
        <source>&amp;Topics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="56"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="63"/>
        <source>Type any of its names…</source>
        <translation>Введите любое из её названий…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="67"/>
        <source>Add “%1” as a new organisation…</source>
        <translation>Добавить «%1» как новую организацию…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="74"/>
        <source>The bundled template</source>
        <translation>Встроенный шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="76"/>
        <source>Use &amp;bundled</source>
        <translation>&amp;Встроенный</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="77"/>
        <source>Remind me of follow-ups that are due soon or overdue</source>
        <translation>Напоминать о поручениях, срок которых подходит или истёк</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="84"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="86"/>
        <source>A larger file is refused when attached to a meeting or follow-up</source>
        <translation>Файл большего размера не будет вложен во встречу или поручение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="92"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="93"/>
        <source> day(s) before</source>
        <translation> дн. до срока</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="96"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="117"/>
        <source>You</source>
        <translation>О вас</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="119"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="121"/>
        <source>Your &amp;position:</source>
        <translation>Ваша &amp;должность:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="124"/>
        <source>Your &amp;organisation:</source>
        <translation>Ваша &amp;организация:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="129"/>
        <source>Your name and position sign the minutes as “prepared by” and are the Word documents&apos; author. Your organisation is the host side of new meetings.</source>
        <translation>Ваши имя и должность ставятся в протоколе в графе «Подготовил» и указываются автором документов Word. Ваша организация становится принимающей стороной новых встреч.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="134"/>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="137"/>
        <source>Default &amp;language:</source>
        <translation>&amp;Язык по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="143"/>
        <source>&amp;Word template:</source>
        <translation>&amp;Шаблон Word:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="146"/>
        <source>Reminders and backups</source>
        <translation>Напоминания и резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="149"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Хранить резервных копий:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="151"/>
        <source>Largest &amp;attached file:</source>
        <translation>Наибольший &amp;вложенный файл:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="153"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="155"/>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="157"/>
        <source>Deadline &amp;reminder:</source>
        <translation>&amp;Напоминание о сроке:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="162"/>
        <source>The calendar export (.ics) gives meeting times in this time zone; Outlook and Thunderbird remind the owner of an open follow-up before its deadline.</source>
        <translation>При экспорте календаря (.ics) время встреч указывается в этом часовом поясе; Outlook и Thunderbird напоминают исполнителю об открытом поручении до наступления срока.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="167"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="169"/>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="173"/>
        <source>The menus and page names change at once; the app offers to restart to show every window in the new language.</source>
        <translation>Меню и названия страниц меняются сразу; чтобы все окна отображались на новом языке, программа предложит перезапуск.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="184"/>
        <source>R&amp;oles</source>
        <translation>Ро&amp;ли</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="212"/>
        <source>Pick your organisation from the list shown as you type, or add it there as a new organisation.</source>
        <translation>Выберите свою организацию из списка, появляющегося при вводе, или добавьте её там как новую организацию.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="220"/>
        <source>Choose an existing Word file (.docx), or leave empty for the bundled template.</source>
        <translation>Выберите существующий файл Word (.docx) или оставьте поле пустым, чтобы использовать встроенный шаблон.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="251"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="251"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="53"/>
        <source>Host side</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="54"/>
        <source>Guest side</source>
        <translation>Гостевая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="55"/>
        <source>Other participants</source>
        <translation>Другие участники</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="63"/>
        <source>Add a participant: type any spelling of a name, or an organisation, then Enter</source>
        <translation>Добавить участника: введите имя в любом написании или организацию и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="69"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="70"/>
        <source>Add someone who is not in the directory yet</source>
        <translation>Добавить человека, которого ещё нет в справочнике</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="72"/>
        <source>Representative…</source>
        <translation>Представитель…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="73"/>
        <source>Add an unnamed representative of an organisation</source>
        <translation>Добавить представителя организации без указания имени</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="163"/>
        <source>{0} is already listed on this meeting.</source>
        <translation>{0} уже есть в списке участников этой встречи.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="39"/>
        <source>The daily backup was not made: the disk is full. Free some space; your data is unchanged.</source>
        <translation>Ежедневная резервная копия не создана: диск заполнен. Освободите место на диске; ваши данные не изменены.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="42"/>
        <source>The daily backup failed: %1</source>
        <translation>Не удалось создать ежедневную резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="46"/>
        <source>Daily backup saved: %1</source>
        <translation>Ежедневная резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="97"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="98"/>
        <source>There are no meetings yet.

Load a sample meeting (the Minister of Economy receiving a Russian delegation) to see how a complete record looks? You can delete it at any time.</source>
        <translation>Встреч пока нет.

Загрузить пример встречи (министр экономики принимает российскую делегацию), чтобы увидеть, как выглядит полная запись? Его можно удалить в любой момент.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="51"/>
        <source>Change status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="56"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Status: %2 → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Статус: %2 → &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="65"/>
        <source>choose a date</source>
        <translation>выберите дату</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="70"/>
        <source>Why is this follow-up reopened? (required)</source>
        <translation>Почему поручение открывается снова? (обязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="72"/>
        <source>What was done, or why the status changes (optional)</source>
        <translation>Что сделано или почему меняется статус (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="80"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Дата выполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="84"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="87"/>
        <source>Reason (&amp;required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="87"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="117"/>
        <source>Choose the new due date.</source>
        <translation>Выберите новый срок.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="119"/>
        <source>The new due date cannot be in the past.</source>
        <translation>Новый срок не может быть в прошлом.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="121"/>
        <source>Say why the follow-up is reopened.</source>
        <translation>Укажите, почему поручение открывается снова.</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <location filename="../../ui/tracker/status_menu.py" line="18"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>StoreCaption</name>
    <message>
        <location filename="../../ui/team/store_caption.py" line="14"/>
        <source>My computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_caption.py" line="17"/>
        <source>Team server: %1 (%2)</source>
        <translation>Сервер команды: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_caption.py" line="28"/>
        <source>My computer: %1</source>
        <translation>Мой компьютер: %1</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="44"/>
        <source>%1 cannot open its data</source>
        <translation>%1 не может открыть данные</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="51"/>
        <source>&amp;Restore the backup of %1</source>
        <translation>&amp;Восстановить резервную копию от %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="54"/>
        <source>&amp;Open another data file…</source>
        <translation>&amp;Открыть другой файл данных…</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="55"/>
        <source>Start a &amp;new data file…</source>
        <translation>Создать &amp;новый файл данных…</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="63"/>
        <source>The data file is not a Minutes App database.</source>
        <translation>Файл данных не является базой данных Minutes App.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="65"/>
        <source>The data file cannot be read by this user (permission denied).</source>
        <translation>Файл данных не может быть прочитан этим пользователем (доступ запрещён).</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="67"/>
        <source>The data file is damaged.</source>
        <translation>Файл данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="69"/>
        <source>The data file was written by a newer version of Minutes App.</source>
        <translation>Файл данных записан более новой версией Minutes App.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="71"/>
        <source>The data file or its folder cannot be written to.</source>
        <translation>Невозможно записать в файл данных или в его папку.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="73"/>
        <source>The data file holds another program&apos;s database.</source>
        <translation>Файл данных содержит базу данных другой программы.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="75"/>
        <source>Updating the data file for this version of the app failed.</source>
        <translation>Не удалось обновить файл данных для этой версии программы.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="77"/>
        <source>The data file does not exist.</source>
        <translation>Файл данных не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="79"/>
        <source>The disk is full: the data file could not be updated for this version of the app.</source>
        <translation>Диск заполнен: не удалось обновить файл данных для этой версии программы.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="80"/>
        <source>The data cannot be opened.</source>
        <translation>Данные не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="90"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="91"/>
        <source>The file was not changed.</source>
        <translation>Файл не был изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="94"/>
        <source>Install the newer version of the app to open it, or work on another file.</source>
        <translation>Чтобы открыть его, установите более новую версию программы или работайте с другим файлом.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="96"/>
        <source>Check the folder&apos;s permissions or free disk space, or open a file elsewhere.</source>
        <translation>Проверьте права доступа к папке или свободное место на диске либо откройте файл в другом месте.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="100"/>
        <source>Nothing is wrong with the file itself: ask whoever owns it, or your IT support, to let you read it.</source>
        <translation>С самим файлом всё в порядке: попросите его владельца или службу ИТ-поддержки дать вам доступ на чтение.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="104"/>
        <source>Free some space on the disk, then open the app again.</source>
        <translation>Освободите место на диске, затем снова откройте программу.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="110"/>
        <source>You can restore the latest good backup (%1). The file as it is now is kept in the backups folder.</source>
        <translation>Можно восстановить последнюю исправную резервную копию (%1). Текущий файл будет сохранён в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="114"/>
        <source>There is no backup to restore.</source>
        <translation>Резервной копии для восстановления нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/startup/store_error_dialog.py" line="118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n копия</numerusform>
            <numerusform>и ещё %n копии</numerusform>
            <numerusform>и ещё %n копий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="119"/>
        <source>Newer backups that cannot be restored, skipped:</source>
        <translation>Пропущены более новые резервные копии, которые нельзя восстановить:</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="121"/>
        <source>You can also open another data file, start a new one, or quit.</source>
        <translation>Также можно открыть другой файл данных, создать новый или выйти.</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="14"/>
        <source>The disk is full: nothing was saved; free some space and save again.</source>
        <translation>Диск заполнен: ничего не сохранено; освободите место и сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="17"/>
        <source>The data is in use by another window, program or colleague and stayed locked for 30 seconds: nothing was saved; try again in a moment.</source>
        <translation>Данные заняты другим окном, программой или коллегой и оставались заблокированными 30 секунд: ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="22"/>
        <source>The data folder or file is read-only: nothing can be saved here. Ask for write access to the folder, or work on a copy in a folder you can write to.</source>
        <translation>Папка или файл данных доступны только для чтения: здесь ничего нельзя сохранить. Запросите право записи в папку или работайте с копией в папке, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="27"/>
        <source>The disk reported an error while reading or writing the data: nothing was saved. Check the disk or network drive, then save again.</source>
        <translation>При чтении или записи данных диск сообщил об ошибке: ничего не сохранено. Проверьте диск или сетевой диск, затем сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="32"/>
        <source>The data file is damaged: nothing was saved. Close the app and open it again to restore a backup.</source>
        <translation>Файл данных повреждён: ничего не сохранено. Закройте программу и откройте её снова, чтобы восстановить резервную копию.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="36"/>
        <source>The database cannot be reached: nothing was saved; check the network or the server, then save again.</source>
        <translation>Нет связи с базой данных: ничего не сохранено; проверьте сеть или сервер, затем сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="40"/>
        <source>The team server refused this change: your role does not allow it (a reader, a meeting of another department, a marking above your clearance, or a shared list only a head of department changes). Nothing was saved.</source>
        <translation>Командный сервер отклонил это изменение: ваша роль этого не позволяет (читатель, встреча другого подразделения, гриф выше вашего допуска или общий список, который изменяет только руководитель подразделения). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="57"/>
        <source>This data folder is read-only: you can browse, search and export, but nothing can be saved. Ask for write access to the folder, or work on a copy in a folder you can write to.</source>
        <translation>Эта папка данных доступна только для чтения: можно просматривать, искать и экспортировать, но ничего нельзя сохранить. Запросите право записи в папку или работайте с копией в папке, в которую у вас есть право записи.</translation>
    </message>
</context>
<context>
    <name>StoreMenu</name>
    <message>
        <location filename="../../ui/team/store_menu.py" line="28"/>
        <source>C&amp;onnect to a team server…</source>
        <translation>По&amp;дключиться к серверу команды…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="30"/>
        <source>S&amp;witch to</source>
        <translation>&amp;Переключиться на</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="32"/>
        <source>Saved team ser&amp;vers</source>
        <translation>Сохранённые командные сер&amp;веры</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="41"/>
        <source>My computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="51"/>
        <source>Team server: %1 (%2)</source>
        <translation>Сервер команды: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="65"/>
        <source>No team server saved yet</source>
        <translation>Командные серверы ещё не сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="89"/>
        <source>Delete team server</source>
        <translation>Удалить командный сервер</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="90"/>
        <source>Delete the saved team server “%1” (%2)?</source>
        <translation>Удалить сохранённый командный сервер «%1» (%2)?</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="95"/>
        <source>Its password is removed from the keyring too. Nothing on the server itself is changed.</source>
        <translation>Его пароль тоже удаляется из связки ключей. На самом сервере ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="97"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="12"/>
        <source>action</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="13"/>
        <source>owner</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="14"/>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="15"/>
        <source>counterpart contact</source>
        <translation>контакт партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="16"/>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="17"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="18"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="19"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="52"/>
        <source>This meeting was changed on the Follow-ups page; the editor shows the current version.</source>
        <translation>Эта встреча изменена на странице «Поручения»; в редакторе показана её текущая версия.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="56"/>
        <source>This meeting was changed elsewhere in the app; the editor shows the current version.</source>
        <translation>Эта встреча изменена в другом месте программы; в редакторе показана её текущая версия.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="60"/>
        <source>Follow-up {0} was changed there and here: your unsaved version is kept, and saving will ask which to keep.</source>
        <translation>Поручение № {0} изменено и там, и здесь: ваша несохранённая версия оставлена, а при сохранении программа спросит, какую версию оставить.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="73"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="79"/>
        <source>The backup could not be restored: %1</source>
        <translation>Не удалось восстановить резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="84"/>
        <source>Restored from “%1”. The previous file is kept as “%2”.</source>
        <translation>Восстановлено из «%1». Прежний файл сохранён как «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="91"/>
        <source>Open another data file</source>
        <translation>Открыть другой файл данных</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="93"/>
        <source>Minutes App data (*.db);;All files (*)</source>
        <translation>Данные Minutes App (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="101"/>
        <location filename="../../ui/startup/store_opening.py" line="110"/>
        <source>Start a new data file</source>
        <translation>Новый файл данных</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="103"/>
        <source>Minutes App data (*.db)</source>
        <translation>Данные Minutes App (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="111"/>
        <source>“%1” already exists. Choose a new name, or open it as another data file.</source>
        <translation>«%1» уже существует. Выберите новое имя или откройте его как другой файл данных.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../../ui/team/server_opening.py" line="30"/>
        <source>Team server password</source>
        <translation>Пароль сервера команды</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="31"/>
        <source>Password for the team server “%1”:</source>
        <translation>Пароль сервера команды «%1»:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="48"/>
        <source>The team server holds Minutes App data in an older format (schema %1). This version must update it before use; colleagues with an older version of the app cannot use it afterwards.</source>
        <translation>Данные Minutes App на сервере команды хранятся в старом формате (схема %1). Эта версия должна обновить их перед работой; после этого коллеги со старой версией программы не смогут с ними работать.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="54"/>
        <source>The server&apos;s backups are the database administrator&apos;s (DBA&apos;s) job: ask them to take one before you continue, for example:</source>
        <translation>Резервные копии сервера делает администратор баз данных (DBA): попросите его сделать копию, прежде чем продолжить, например:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="60"/>
        <source>Update the data on the team server now?</source>
        <translation>Обновить данные на сервере команды сейчас?</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="66"/>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="83"/>
        <source>The team server&apos;s data was updated by a newer version of Minutes App (schema %1). This version cannot use it: ask your administrator for the newer version.</source>
        <translation>Данные на сервере команды обновлены более новой версией Minutes App (схема %1). Эта версия не может с ними работать: запросите новую версию у администратора.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="94"/>
        <source>The database holds other tables, not Minutes App data: ask your administrator which database to use.</source>
        <translation>В базе данных другие таблицы, а не данные Minutes App: уточните у администратора, какую базу использовать.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="14"/>
        <source>The server refused the connection: check the host and port, and that PostgreSQL runs there.</source>
        <translation>Сервер отклонил подключение: проверьте хост и порт и что на нём работает PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="17"/>
        <source>The server did not answer in time: check the host, the port and the network (VPN, firewall).</source>
        <translation>Сервер не ответил вовремя: проверьте хост, порт и сеть (VPN, межсетевой экран).</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="20"/>
        <source>No computer with this host name was found: check the host.</source>
        <translation>Компьютер с таким именем хоста не найден: проверьте хост.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="23"/>
        <source>The server refused the login: check the user and the password.</source>
        <translation>Сервер отклонил вход: проверьте пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="26"/>
        <source>The server has no database of this name: check the database, or ask the administrator to create it.</source>
        <translation>На сервере нет базы данных с таким именем: проверьте название или попросите администратора её создать.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="30"/>
        <source>The encrypted connection (TLS) failed: check the encryption setting and the CA certificate.</source>
        <translation>Не удалось установить зашифрованное подключение (TLS): проверьте настройку шифрования и сертификат ЦС.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="33"/>
        <source>The connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="42"/>
        <source>The database is empty: connecting creates the Minutes App tables in it.</source>
        <translation>База данных пуста: при подключении в ней будут созданы таблицы Minutes App.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="45"/>
        <source>The database holds Minutes App data of this version.</source>
        <translation>В базе данных хранятся данные Minutes App этой версии.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="48"/>
        <source>The database holds Minutes App data of an older version: connecting offers to update it.</source>
        <translation>В базе данных хранятся данные Minutes App старой версии: при подключении будет предложено их обновить.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="51"/>
        <source>The database was updated by a newer version of Minutes App: install that version to use it.</source>
        <translation>База данных обновлена более новой версией Minutes App: чтобы работать с ней, установите эту версию.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="54"/>
        <source>The database holds other tables, not Minutes App data: choose another database.</source>
        <translation>В базе данных другие таблицы, а не данные Minutes App: выберите другую базу.</translation>
    </message>
</context>
<context>
    <name>TemplateWarnings</name>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="24"/>
        <source>Your Word template links to files or addresses outside it (a template on a server, pictures from the web, links to network shares). Word would fetch them when the document is opened, so they were left out of the document.</source>
        <translation>Ваш шаблон Word ссылается на внешние файлы или адреса (шаблон на сервере, изображения из интернета, ссылки на сетевые папки). Word загружал бы их при открытии документа, поэтому они не включены в документ.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="33"/>
        <source>Your Word template contains macros; they were left out of the document.</source>
        <translation>Ваш шаблон Word содержит макросы; они не включены в документ.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="40"/>
        <source>Your Word template contains fields that fetch outside files or start other programs (such as INCLUDEPICTURE, LINK or DDE). They were replaced by the text or picture they last showed.</source>
        <translation>Ваш шаблон Word содержит поля, которые загружают внешние файлы или запускают другие программы (например, INCLUDEPICTURE, LINK или DDE). Они заменены текстом или изображением, которые в них отображались последними.</translation>
    </message>
</context>
<context>
    <name>TextsIn</name>
    <message>
        <location filename="../../ui/common/texts_in.py" line="84"/>
        <source>Not translated into Azerbaijani: shown as written</source>
        <translation>Не переведено на азербайджанский язык: показано в исходном виде</translation>
    </message>
    <message>
        <location filename="../../ui/common/texts_in.py" line="85"/>
        <source>Not translated into Russian: shown as written</source>
        <translation>Не переведено на русский язык: показано в исходном виде</translation>
    </message>
    <message>
        <location filename="../../ui/common/texts_in.py" line="86"/>
        <source>Not translated into English: shown as written</source>
        <translation>Не переведено на английский язык: показано в исходном виде</translation>
    </message>
</context>
<context>
    <name>TextsLanguageChooser</name>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="58"/>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="63"/>
        <source>The language the lists show the meetings&apos; texts, names and words in. A text not translated into it shows as written, in italics.</source>
        <translation>Язык, на котором в списках показываются тексты встреч, имена, названия и термины. Текст, не переведённый на этот язык, показывается в исходном виде курсивом.</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="67"/>
        <source>Texts in:</source>
        <translation>Тексты на языке:</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="68"/>
        <source>Te&amp;xts in</source>
        <translation>Тексты на &amp;языке</translation>
    </message>
</context>
<context>
    <name>TokenEdit</name>
    <message>
        <location filename="../../ui/widgets/token_edit.py" line="121"/>
        <source>Remove {0}</source>
        <translation>Удалить: {0}</translation>
    </message>
</context>
<context>
    <name>TopicsEditor</name>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="22"/>
        <source>In &amp;use: offered for meetings and follow-ups</source>
        <translation>&amp;Используется: предлагается для встреч и поручений</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="23"/>
        <source>&amp;New topic</source>
        <translation>&amp;Новая тема</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="24"/>
        <source>Sa&amp;ve topic</source>
        <translation>&amp;Сохранить тему</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="26"/>
        <source>&amp;English:</source>
        <translation>На &amp;английском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="27"/>
        <source>&amp;Azerbaijani:</source>
        <translation>На а&amp;зербайджанском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="28"/>
        <source>&amp;Russian:</source>
        <translation>На &amp;русском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="33"/>
        <source>Documents print a topic in their language. A renamed topic is renamed on every meeting filed under it; a topic no longer in use stays on those meetings. Each topic is saved by “Save topic”.</source>
        <translation>В документах тема печатается на языке документа. Переименованная тема меняется во всех встречах, отнесённых к ней; тема, выведенная из употребления, остаётся в этих встречах. Каждая тема сохраняется кнопкой «Сохранить тему».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="48"/>
        <source>(not in use)</source>
        <translation>(не используется)</translation>
    </message>
</context>
<context>
    <name>TrackerExportMenu</name>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="118"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="119"/>
        <source>Status &amp;report (.docx)…</source>
        <translation>&amp;Отчёт об исполнении (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="120"/>
        <source>Status report as &amp;PDF…</source>
        <translation>Отчёт об исполнении в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="122"/>
        <source>&amp;Spreadsheet (.xlsx)…</source>
        <translation>&amp;Таблица Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="123"/>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="124"/>
        <source>Ca&amp;lendar (.ics)…</source>
        <translation>&amp;Календарь (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="169"/>
        <source>Save the status report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
</context>
<context>
    <name>TrackerExports</name>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="69"/>
        <source>Save the status report</source>
        <translation>Сохранение отчёта об исполнении</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="70"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="63"/>
        <location filename="../../ui/tracker/export_menu.py" line="168"/>
        <source>status-report-%1</source>
        <translation>отчет-об-исполнении-%1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="76"/>
        <source>Save the follow-ups as a spreadsheet</source>
        <translation>Сохранение поручений в таблицу Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="77"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="64"/>
        <source>follow-ups-%1</source>
        <translation>поручения-%1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="83"/>
        <source>Save the follow-ups as CSV</source>
        <translation>Сохранение поручений в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="90"/>
        <source>Save the calendar</source>
        <translation>Сохранение календаря</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="91"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="65"/>
        <source>meetings-and-deadlines-%1</source>
        <translation>встречи-и-сроки-%1</translation>
    </message>
</context>
<context>
    <name>TranslationFields</name>
    <message>
        <location filename="../../ui/editor/translation_fields.py" line="90"/>
        <source>Translation: {0}</source>
        <translation>Перевод: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_fields.py" line="107"/>
        <source>The text in {0}; the field to the left holds the original</source>
        <translation>Текст на языке: {0}; оригинал — в поле слева</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../ui/common/translations.py" line="104"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/common/translations.py" line="105"/>
        <source>The interface could not be shown in the chosen language: this file is missing or damaged.
%1

The app continues in English. Reinstalling the app restores the file.</source>
        <translation>Не удалось показать интерфейс на выбранном языке: этот файл отсутствует или повреждён.
%1

Программа продолжит работу на английском языке. Файл будет восстановлен при переустановке программы.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="30"/>
        <location filename="../../ui/trash/trash_page.py" line="153"/>
        <source>Empty the trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="31"/>
        <source>Records in the trash: %1. Delete them for good? This cannot be undone.

People and organisations still named in the minutes of a meeting are kept in the trash.</source>
        <translation>Записей в корзине: %1. Удалить их навсегда? Это действие нельзя отменить.

Люди и организации, которые ещё упоминаются в протоколе какой-либо встречи, останутся в корзине.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="60"/>
        <source>Deleted records wait here until the trash is emptied. A meeting comes back with its participants, agenda, decisions and follow-ups.</source>
        <translation>Удалённые записи хранятся здесь, пока корзина не очищена. Встреча восстанавливается вместе с участниками, повесткой, решениями и поручениями.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="69"/>
        <source>&amp;Restore</source>
        <translation>Вос&amp;становить</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="70"/>
        <source>Bring the selected records back, with everything attached</source>
        <translation>Восстановить выбранные записи вместе со всем, что к ним относится</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="71"/>
        <source>E&amp;mpty trash…</source>
        <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="107"/>
        <source>In the trash: %1</source>
        <translation>В корзине: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="107"/>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="133"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="136"/>
        <source>Restored “%1”.</source>
        <translation>Восстановлено: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="138"/>
        <source>Restored %1 records.</source>
        <translation>Восстановлено записей: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="157"/>
        <source>Deleted for good: %1.</source>
        <translation>Удалено навсегда: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="161"/>
        <source>Kept in the trash because the minutes of a meeting still name them: %1 (people and organisations).</source>
        <translation>Оставлено в корзине, так как упоминаются в протоколах встреч: %1 (люди и организации).</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="18"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="19"/>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="20"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="21"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="22"/>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="37"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="39"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="40"/>
        <source>Deleted at</source>
        <translation>Время удаления</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="83"/>
        <source>“%1” is not a date from %2 to %3.</source>
        <translation>«%1» — не дата в пределах с %2 по %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="117"/>
        <source>A date takes digits only, e.g. %1.</source>
        <translation>Дата вводится только цифрами, например %1.</translation>
    </message>
</context>
<context>
    <name>UntranslatedDialog</name>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="24"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="25"/>
        <source>venue</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="26"/>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="27"/>
        <source>prepared by</source>
        <translation>подготовил</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="28"/>
        <source>approved by</source>
        <translation>утвердил</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="29"/>
        <source>signature line of the host side</source>
        <translation>строка подписи принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="30"/>
        <source>signature line of the guest side</source>
        <translation>строка подписи гостевой стороны</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="31"/>
        <source>notes</source>
        <translation>ход обсуждения</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="32"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="33"/>
        <source>action</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="34"/>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="35"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="54"/>
        <source>representative of {0}</source>
        <translation>представитель: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="62"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="66"/>
        <source>Participant {0} ({1})</source>
        <translation>Участник {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="68"/>
        <source>Participant {0}</source>
        <translation>Участник {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="70"/>
        <source>Agenda item {0}</source>
        <translation>Вопрос повестки дня {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="72"/>
        <source>Decision {0}</source>
        <translation>Решение {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="74"/>
        <source>Follow-up {0}</source>
        <translation>Поручение {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="75"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="83"/>
        <source>Untranslated texts</source>
        <translation>Непереведённые тексты</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="90"/>
        <source>{0} texts of this meeting have no translation into {1}. The document will give them in the original language. Click a text to translate it now.</source>
        <translation>Тексты этой встречи без перевода ({1}): {0}. В документе они будут приведены на языке оригинала. Щёлкните текст, чтобы перевести его сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="99"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="108"/>
        <source>&amp;Export anyway</source>
        <translation>&amp;Всё равно экспортировать</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/user_guide.py" line="31"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
</TS>
