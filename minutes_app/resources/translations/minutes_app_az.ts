<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="17"/>
        <source>Data file</source>
        <translation>Məlumat faylı</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="18"/>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>Log files</source>
        <translation>Jurnal faylları</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Record official meetings, track what was agreed, and write the minutes.</source>
        <translation>Rəsmi görüşlərin qeydə alınması, razılaşmaların icrasına nəzarət və protokolların hazırlanması.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Everything stays on this computer or your organisation’s own server.</source>
        <translation>Bütün məlumatlar bu kompüterdə və ya təşkilatınızın öz serverində qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="39"/>
        <source>About %1</source>
        <translation>%1 haqqında</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../ui/editor/agenda.py" line="60"/>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="62"/>
        <source>Add agenda item</source>
        <translation>Gündəliyə məsələ əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="69"/>
        <source>What was discussed, e.g. Development of interregional relations</source>
        <translation>Nə müzakirə edildi, məsələn: regionlararası əlaqələrin inkişafı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="72"/>
        <source>The discussion of this item, as it goes into the minutes</source>
        <translation>Bu məsələnin protokola daxil ediləcək müzakirə mətni</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="74"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="75"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Müzakirənin gedişi:</translation>
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
        <translation>Gündəlik məsələsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/agenda.py" line="29"/>
        <source>Discussion notes</source>
        <translation>Müzakirənin gedişi</translation>
    </message>
</context>
<context>
    <name>AgreedMinutesDialog</name>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="28"/>
        <source>Agreed minutes</source>
        <translation>Razılaşdırılmış protokol</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="35"/>
        <source>Two &amp;columns side by side (each paragraph beside its translation)</source>
        <translation>Yan-yana iki &amp;sütun (hər abzas öz tərcüməsi ilə yanaşı)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="36"/>
        <source>Two &amp;consecutive texts in one file</source>
        <translation>Bir faylda ardıcıl iki &amp;mətn</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="41"/>
        <source>Both texts are equally authentic; each head of delegation signs both.</source>
        <translation>Hər iki mətn eyni qüvvəyə malikdir; nümayəndə heyətlərinin rəhbərlərinin hər biri hər iki mətni imzalayır.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="47"/>
        <source>&amp;First language:</source>
        <translation>&amp;Birinci dil:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="48"/>
        <source>&amp;Second language:</source>
        <translation>İ&amp;kinci dil:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="49"/>
        <source>Layout:</source>
        <translation>Tərtibat:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>&amp;İxrac et…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/agreed_minutes_dialog.py" line="76"/>
        <source>Choose two different languages.</source>
        <translation>İki müxtəlif dil seçin.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../ui/editor/ask.py" line="41"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="43"/>
        <source>Reload, dropping my changes</source>
        <translation>Yenidən yüklə, dəyişikliklərimi ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="47"/>
        <source>Overwrite with my version</source>
        <translation>Mənim versiyamla əvəz et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ask.py" line="50"/>
        <source>Save mine as a copy</source>
        <translation>Mənim versiyamı nüsxə kimi saxla</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="53"/>
        <source>Attach files</source>
        <translation>Faylları əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="60"/>
        <source>Save as</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Size</source>
        <translation>Həcm</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="93"/>
        <source>Added by</source>
        <translation>Əlavə edən</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="94"/>
        <source>Annex</source>
        <translation>Əlavə</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="95"/>
        <source>List the file as an annex at the end of the minutes</source>
        <translation>Faylı protokolun sonunda əlavə kimi göstərmək</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="104"/>
        <source>&amp;Add files…</source>
        <translation>Fayl &amp;əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="105"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="106"/>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Fərqli saxla…</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="134"/>
        <location filename="../../ui/common/attachments_box.py" line="205"/>
        <source>Save first: files can be attached once it is saved.</source>
        <translation>Əvvəlcə saxlayın: fayllar yalnız saxlandıqdan sonra əlavə edilə bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="136"/>
        <source>Drop files here or use Add files…; they are kept in the store.</source>
        <translation>Faylları bura sürükləyin və ya «Fayl əlavə et…» düyməsindən istifadə edin; onlar verilənlər bazasında saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="215"/>
        <source>{0} is larger than the limit of {1} MB for an attached file; it was not attached.</source>
        <translation>{0} əlavə edilən fayl üçün {1} MB həddindən böyükdür; əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="219"/>
        <source>The limit can be changed in Settings.</source>
        <translation>Həddi Tənzimləmələrdə dəyişmək olar.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="226"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} oxuna bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="248"/>
        <source>No program on this computer opens {0}.</source>
        <translation>Bu kompüterdə {0} faylını açan proqram yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="260"/>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} yazıla bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/attachments_box.py" line="288"/>
        <source>Attached files</source>
        <translation>Əlavə edilmiş fayllar</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../ui/common/audit_text.py" line="22"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="23"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="24"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="25"/>
        <source>Start time</source>
        <translation>Başlama vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="26"/>
        <source>End time</source>
        <translation>Bitmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="27"/>
        <source>Venue</source>
        <translation>Keçirildiyi yer</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="28"/>
        <source>Reference number</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="29"/>
        <source>Confidentiality</source>
        <translation>Məxfilik qrifi</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="31"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="32"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="33"/>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="34"/>
        <source>Approved by</source>
        <translation>Təsdiq edən</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="35"/>
        <source>Host signatory</source>
        <translation>Qəbul edən tərəfin imzalayanı</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="36"/>
        <source>Guest signatory</source>
        <translation>Qonaq tərəfin imzalayanı</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="37"/>
        <source>Host organisation</source>
        <translation>Qəbul edən təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="38"/>
        <source>Countries</source>
        <translation>Ölkələr</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="39"/>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="40"/>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="41"/>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="42"/>
        <source>number</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="43"/>
        <source>side</source>
        <translation>tərəf</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="44"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="45"/>
        <source>present</source>
        <translation>iştirak</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="46"/>
        <source>position</source>
        <translation>vəzifə</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="47"/>
        <source>order</source>
        <translation>sıra</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="48"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="49"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="50"/>
        <source>Counterpart contact</source>
        <translation>Qarşı tərəfin əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="51"/>
        <source>Due date</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="52"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="53"/>
        <source>Completed on</source>
        <translation>İcra tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="54"/>
        <source>Owner</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="55"/>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="66"/>
        <source>Decision %1</source>
        <translation>Qərar %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="68"/>
        <source>Agenda item %1</source>
        <translation>Gündəlik bəndi %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="73"/>
        <source>Participant %1</source>
        <translation>İştirakçı %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="84"/>
        <source>Follow-up %1</source>
        <translation>Tapşırıq %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="87"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="88"/>
        <source>Follow-up</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="89"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="91"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="98"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="112"/>
        <source>%1 created by %2 on %3</source>
        <translation>%1: %2 tərəfindən %3 tarixində yaradılıb</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="113"/>
        <source>%1 moved to the trash by %2 on %3</source>
        <translation>%1: %2 tərəfindən %3 tarixində zibil qutusuna köçürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="114"/>
        <source>%1 restored from the trash by %2 on %3</source>
        <translation>%1: %2 tərəfindən %3 tarixində zibil qutusundan bərpa edilib</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="117"/>
        <source>%1 changed by %2 on %3, was: %4, now: %5</source>
        <translation>%1: %2 tərəfindən %3 tarixində dəyişdirilib, əvvəl: %4, indi: %5</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_text.py" line="123"/>
        <source>unknown</source>
        <translation>naməlum</translation>
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
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="25"/>
        <source>Backups from the app are for a data file on this computer. A server database is backed up by its administrator.</source>
        <translation>Proqramdan ehtiyat nüsxə bu kompüterdəki məlumat faylı üçün yaradılır. Serverdəki verilənlər bazasının nüsxəsini onun administratoru çıxarır.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="35"/>
        <source>The backup failed: %1</source>
        <translation>Ehtiyat nüsxə yaradılmadı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="42"/>
        <location filename="../../ui/backups/backup_actions.py" line="74"/>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="47"/>
        <source>Restoring from the app is for a data file on this computer.</source>
        <translation>Proqramdan bərpa yalnız bu kompüterdəki məlumat faylı üçün mümkündür.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="57"/>
        <source>Replace all current data with the backup “%1”?

The current data is saved in the backups folder first. The app reopens on the restored data.</source>
        <translation>Bütün cari məlumatlar “%1” ehtiyat nüsxəsi ilə əvəz edilsin?

Cari məlumatlar əvvəlcə ehtiyat nüsxələr qovluğunda saxlanılacaq. Sonra proqram bərpa edilmiş məlumatlarla yenidən açılacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="78"/>
        <source>Nothing was restored: %1</source>
        <translation>Heç nə bərpa edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="81"/>
        <source>The data was restored from “%1”.</source>
        <translation>Məlumatlar “%1” nüsxəsindən bərpa edildi.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_actions.py" line="83"/>
        <source>The data as it was before is kept as “%1”.</source>
        <translation>Əvvəlki məlumatlar “%1” kimi saxlanılıb.</translation>
    </message>
</context>
<context>
    <name>CalendarOptionsDialog</name>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="34"/>
        <source>Calendar</source>
        <translation>Təqvim</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="35"/>
        <source>all dates</source>
        <translation>bütün tarixlər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="39"/>
        <source>Meetings, and the deadlines of the follow-ups the tracker shows now. Done and cancelled follow-ups are marked so; open ones remind their owner before the deadline.</source>
        <translation>Görüşlər, həmçinin siyahıda hazırda göstərilən tapşırıqların icra müddətləri. İcra edilmiş və ləğv edilmiş tapşırıqlar müvafiq qeydlə göstərilir; açıq tapşırıqlar üzrə icraçıya müddət bitməzdən əvvəl xatırlatma verilir.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="45"/>
        <source>&amp;From:</source>
        <translation>&amp;Başlanğıc tarixi:</translation>
    </message>
</context>
<context>
    <name>CarryForwardPanel</name>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="77"/>
        <source>These follow-ups were agreed at earlier meetings with the same counterpart and are not done yet. Review each one at this meeting: what you record here is stored on it at once. It is not part of this meeting&apos;s Save, and Undo does not take it back.</source>
        <translation>Bu tapşırıqlar həmin tərəfdaşla əvvəlki görüşlərdə razılaşdırılıb və hələ icra edilməyib. Hər birinə bu görüşdə baxın: burada qeyd etdiyiniz hər şey dərhal tapşırıqda saxlanılır. Bu, görüşün yadda saxlanmasına daxil deyil və “Geri qaytar” əmri ilə ləğv edilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="105"/>
        <source>Mark as discussed at this meeting</source>
        <translation>Bu görüşdə müzakirə edildi kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="107"/>
        <source>Adds a dated entry to its history saying it was discussed at this meeting</source>
        <translation>Tapşırığın tarixçəsinə onun bu görüşdə müzakirə edildiyi barədə tarixli qeyd əlavə edir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="109"/>
        <source>Change status</source>
        <translation>Vəziyyəti dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="115"/>
        <source>A note on its progress, e.g. what the other side said about it</source>
        <translation>İcra barədə qeyd, məsələn, qarşı tərəfin bu barədə dedikləri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="117"/>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="130"/>
        <source>Selected follow-up</source>
        <translation>Seçilmiş tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="135"/>
        <source>History:</source>
        <translation>Tarixçə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="233"/>
        <source>Choose the counterpart country on the Meeting tab to see what is still open from earlier meetings with it.</source>
        <translation>Onunla əvvəlki görüşlərdən hələ açıq qalanları görmək üçün “Görüş” bölməsində tərəfdaş ölkəni seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="238"/>
        <source>Nothing is open from earlier meetings with {0}.</source>
        <translation>{0} ilə əvvəlki görüşlərdən açıq tapşırıq yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="242"/>
        <source>Open from earlier meetings with {0}: {1}</source>
        <translation>{0} ilə əvvəlki görüşlərdən açıq qalanlar: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="255"/>
        <source>{0} · due {1} · {2} · {3}</source>
        <translation>{0} · müddət: {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="257"/>
        <source>no date</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="259"/>
        <source>no owner</source>
        <translation>icraçı göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="286"/>
        <source>Discussed at {0}</source>
        <translation>Görüşdə müzakirə edilib: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="287"/>
        <source>Discussed at {0} ({1})</source>
        <translation>Görüşdə müzakirə edilib: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="303"/>
        <source>Recorded as discussed at this meeting.</source>
        <translation>Bu görüşdə müzakirə edildiyi qeyd olundu.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="316"/>
        <source>Note added.</source>
        <translation>Qeyd əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="341"/>
        <source>Status changed to {0}.</source>
        <translation>Vəziyyət dəyişdirildi: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward.py" line="361"/>
        <source>This follow-up was changed elsewhere (in another window or by a colleague) since the list was read. The list now shows it as it stands; record your review again if it is still needed.</source>
        <translation>Siyahı yükləndikdən sonra bu tapşırıq başqa yerdə (başqa pəncərədə və ya həmkarınız tərəfindən) dəyişdirilib. Siyahıda indi onun cari vəziyyəti göstərilir; lazımdırsa, baxışın nəticəsini yenidən qeyd edin.</translation>
    </message>
</context>
<context>
    <name>CarryForwardTableModel</name>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="66"/>
        <source>Due</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="67"/>
        <source>Action</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="68"/>
        <source>From the meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="69"/>
        <source>Owner</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/carry_forward_model.py" line="70"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <location filename="../../ui/editor/change_history.py" line="25"/>
        <source>&amp;Field:</source>
        <translation>&amp;Sahə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="64"/>
        <source>The history could not be read: %1</source>
        <translation>Tarixçə oxuna bilmədi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="71"/>
        <source>All fields</source>
        <translation>Bütün sahələr</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="88"/>
        <source>The history starts when the meeting is first saved.</source>
        <translation>Tarixçə görüş ilk dəfə saxlanılandan başlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/change_history.py" line="90"/>
        <source>No changes recorded.</source>
        <translation>Heç bir dəyişiklik qeydə alınmayıb.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="25"/>
        <source>&amp;Reload</source>
        <translation>&amp;Yenidən yüklə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="26"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Müqayisə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="40"/>
        <source>Changed by %1 at %2.</source>
        <translation>%2-də %1 tərəfindən dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="42"/>
        <source>Changed elsewhere at %1.</source>
        <translation>%1-də başqa yerdə dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_elsewhere_bar.py" line="43"/>
        <source>Your unsaved changes are kept.</source>
        <translation>Saxlanılmamış dəyişiklikləriniz qorunur.</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="31"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="32"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="34"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="35"/>
        <source>Start time</source>
        <translation>Başlama vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="36"/>
        <source>End time</source>
        <translation>Bitmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="37"/>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="38"/>
        <source>Host organisation</source>
        <translation>Qəbul edən təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="39"/>
        <source>Counterpart countries</source>
        <translation>Tərəfdaş ölkələr</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="40"/>
        <source>Reference number</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="41"/>
        <source>Confidentiality</source>
        <translation>Məxfilik qrifi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="42"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="43"/>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="44"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="45"/>
        <source>Prepared by</source>
        <translation>Tərtib etdi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="46"/>
        <source>Approved by</source>
        <translation>Təsdiq etdi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="47"/>
        <source>Signatory (host)</source>
        <translation>İmzalayan (qəbul edən tərəf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="48"/>
        <source>Signatory (guest)</source>
        <translation>İmzalayan (qonaq tərəf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="49"/>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="50"/>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="51"/>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="52"/>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="53"/>
        <source>action</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="54"/>
        <source>owner</source>
        <translation>icraçı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="55"/>
        <source>department</source>
        <translation>şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="56"/>
        <source>counterpart contact</source>
        <translation>tərəfdaşın əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="57"/>
        <source>due date</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="58"/>
        <source>priority</source>
        <translation>prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="59"/>
        <source>topic</source>
        <translation>mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="130"/>
        <source>(removed)</source>
        <translation>(silinib)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="106"/>
        <source>Follow-up %1</source>
        <translation>Tapşırıq %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/changed_fields.py" line="109"/>
        <source>%1 added: %2</source>
        <translation>%1 əlavə edilib: %2</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../ui/common/choosers.py" line="26"/>
        <source>(no country)</source>
        <translation>(ölkə göstərilməyib)</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="83"/>
        <source>Not marked</source>
        <translation>Qrifsiz</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="84"/>
        <source>For official use only</source>
        <translation>Xidməti istifadə üçün</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="85"/>
        <source>Confidential</source>
        <translation>Konfidensial</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="86"/>
        <source>Secret</source>
        <translation>Məxfi</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="60"/>
        <source>Changed here and by a colleague</source>
        <translation>Həm burada, həm də həmkar tərəfindən dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="64"/>
        <source>Choose which value to save for each field. Everything else is merged by itself.</source>
        <translation>Hər sahə üçün hansı dəyərin saxlanacağını seçin. Qalan hər şey avtomatik birləşdirilir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="72"/>
        <source>Take theirs (saved by %1)</source>
        <translation>Onunkunu götür (%1 saxlayıb)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="72"/>
        <source>Take the saved value</source>
        <translation>Saxlanmış dəyəri götür</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="77"/>
        <source>Keep mine</source>
        <translation>Mənimkini saxla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="100"/>
        <source>Save with these choices</source>
        <translation>Bu seçimlərlə saxla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="104"/>
        <source>Save mine as a copy</source>
        <translation>Mənimkini surət kimi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/conflict_dialog.py" line="106"/>
        <source>Leave the stored meeting as it is and save your version as a new meeting</source>
        <translation>Saxlanmış görüşü olduğu kimi saxla, öz versiyanı yeni görüş kimi saxla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/conflict_dialog.py" line="121"/>
        <source>Choose a value for %n more field(s)</source>
        <translation>
            <numerusform>Daha %n sahə üçün dəyər seçin</numerusform>
            <numerusform>Daha %n sahə üçün dəyər seçin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="71"/>
        <source>Connect to a team server</source>
        <translation>Komanda serverinə qoşulma</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="71"/>
        <source>Edit team server</source>
        <translation>Komanda serverini düzəlt</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="78"/>
        <source>e.g. ministry server</source>
        <translation>məs. nazirlik serveri</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="80"/>
        <source>e.g. db.ministry.local</source>
        <translation>məs. db.ministry.local</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="88"/>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Parolu bu kompüterin açar saxlancında saxla</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="94"/>
        <source>This computer has no keyring: the password is asked at each connection and never saved.</source>
        <translation>Bu kompüterdə açar saxlancı yoxdur: parol hər qoşulmada soruşulur və heç vaxt saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="98"/>
        <source>Off (only on a trusted network)</source>
        <translation>Söndürülüb (yalnız etibarlı şəbəkədə)</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="99"/>
        <source>Use when the server offers it</source>
        <translation>Server təklif etdikdə istifadə et</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="100"/>
        <source>Required</source>
        <translation>Məcburi</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="101"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Məcburi, serverin sertifikatı yoxlanılsın</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="114"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="115"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="116"/>
        <source>&amp;Database:</source>
        <translation>&amp;Verilənlər bazası:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="117"/>
        <source>&amp;User:</source>
        <translation>İ&amp;stifadəçi:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="120"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>Ş&amp;ifrələmə (TLS):</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="122"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA sertifikatı:</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="131"/>
        <source>&amp;Test connection</source>
        <translation>Qoşulmanı &amp;yoxla</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="132"/>
        <source>&amp;Save</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="133"/>
        <source>&amp;Connect</source>
        <translation>&amp;Qoşul</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="170"/>
        <source>Unchanged (kept in the keyring): type to replace</source>
        <translation>Dəyişməyib (açar dəstində saxlanılır): əvəz etmək üçün yazın</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="172"/>
        <source>Not kept: asked at each connection</source>
        <translation>Saxlanmır: hər qoşulmada soruşulur</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="206"/>
        <source>CA certificate</source>
        <translation>CA sertifikatı</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="208"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikatlar (*.crt *.pem *.cer);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="217"/>
        <source>the host</source>
        <translation>hostu</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="218"/>
        <source>the database</source>
        <translation>verilənlər bazasını</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="219"/>
        <source>the user</source>
        <translation>istifadəçini</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="220"/>
        <source>the CA certificate</source>
        <translation>CA sertifikatını</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="224"/>
        <source>Fill in %1.</source>
        <translation>Doldurun: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="228"/>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>“%1” CA sertifikatı faylı mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="242"/>
        <source>Connecting to %1…</source>
        <translation>%1 ünvanına qoşulur…</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="251"/>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Qoşuldu: PostgreSQL %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="276"/>
        <location filename="../../ui/team/connect_dialog.py" line="302"/>
        <source>Saved as “%1”.</source>
        <translation>“%1” adı ilə yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="278"/>
        <source>The password was not saved: it will be asked at each connection.</source>
        <translation>Parol saxlanılmadı: hər qoşulmada soruşulacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connect_dialog.py" line="288"/>
        <source>A team server called “%1” is saved already: choose another name.</source>
        <translation>“%1” adlı komanda serveri artıq saxlanılıb: başqa ad seçin.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/team/connection_banner.py" line="57"/>
        <source>The database cannot be reached. Nothing is lost: unsaved changes are kept on this computer, and the app connects again at your next action.</source>
        <translation>Verilənlər bazası ilə əlaqə yoxdur. Heç nə itməyib: yadda saxlanılmamış dəyişikliklər bu kompüterdə saxlanılır və növbəti əməliyyatınızda proqram yenidən qoşulacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/team/connection_banner.py" line="62"/>
        <source>Try &amp;again</source>
        <translation>Yenidən &amp;cəhd et</translation>
    </message>
</context>
<context>
    <name>CounterpartPicker</name>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="31"/>
        <source>Type any spelling of an organisation</source>
        <translation>Təşkilatın adını istənilən yazılışla daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="34"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ölkə:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="36"/>
        <source>or &amp;organisation:</source>
        <translation>və ya &amp;təşkilat:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="56"/>
        <source>Choose a country…</source>
        <translation>Ölkə seçin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_picker.py" line="59"/>
        <source>%1 (meetings: %2)</source>
        <translation>%1 (görüşlər: %2)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="75"/>
        <source>Unexpected error</source>
        <translation>Gözlənilməz xəta</translation>
    </message>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="79"/>
        <source>Something went wrong: %1

The app keeps running; save your work. The details are in the log file:
%2
Please send it to your IT support.</source>
        <translation>Xəta baş verdi: %1

Proqram işləməyə davam edir; işinizi yadda saxlayın. Təfərrüatlar jurnal faylındadır:
%2
Onu İT dəstək xidmətinə göndərin.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/crash_reporting.py" line="87"/>
        <source>(the log file could not be written; the details went to the error output)</source>
        <translation>(jurnal faylını yazmaq alınmadı; təfərrüatlar standart xəta axınına yazıldı)</translation>
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
        <translation>Nöqtəli vergül (;): Azərbaycan və ya rus dilində Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="66"/>
        <source>Comma (,): Excel in English</source>
        <translation>Vergül (,): ingilis dilində Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="67"/>
        <source>Tab</source>
        <translation>Tabulyasiya</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="71"/>
        <source>Excel opens a CSV file in columns only when its separator is the one of the computer&apos;s regional settings.</source>
        <translation>Excel CSV faylını sütunlara yalnız onun ayırıcısı kompüterin regional parametrlərindəki ayırıcı ilə eyni olduqda bölür.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_options.py" line="77"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Ayırıcı:</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <location filename="../../ui/common/date_fields.py" line="26"/>
        <source>Type the date as %1 (or %2), or pick it from the calendar</source>
        <translation>Tarixi %1 kimi (və ya %2) yazın, yaxud təqvimdən seçin</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_fields.py" line="31"/>
        <source>; Delete clears it</source>
        <translation>; Delete düyməsi onu silir</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../ui/editor/decisions.py" line="82"/>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="84"/>
        <source>Add decision</source>
        <translation>Qərar əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="93"/>
        <source>What was agreed, e.g. To develop cooperation in tourism.</source>
        <translation>Nə razılaşdırıldı, məsələn: turizm sahəsində əməkdaşlığı inkişaf etdirmək.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="97"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Qərar:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="98"/>
        <source>A&amp;genda item:</source>
        <translation>Gü&amp;ndəlik məsələsi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="178"/>
        <source>(not tied to an agenda item)</source>
        <translation>(gündəlik məsələsinə aid deyil)</translation>
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
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/decisions.py" line="39"/>
        <source>Agenda item</source>
        <translation>Gündəlik məsələsi</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="59"/>
        <source>Search by any spelling of a name or organisation…</source>
        <translation>Ad və ya təşkilatın istənilən yazılışı ilə axtarın…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="80"/>
        <source>Add &amp;person…</source>
        <translation>&amp;Şəxs əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="81"/>
        <source>Add o&amp;rganisation…</source>
        <translation>&amp;Təşkilat əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="83"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="101"/>
        <source>Meetings attended</source>
        <translation>İştirak etdiyi görüşlər</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="110"/>
        <location filename="../../ui/directory/directory_page.py" line="257"/>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="111"/>
        <location filename="../../ui/directory/directory_page.py" line="263"/>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="191"/>
        <source>Delete “%1” from the directory?

Minutes of past meetings keep their attendance.</source>
        <translation>“%1” soraq kitabçasından silinsin?

Keçmiş görüşlərin protokollarında iştirak qeydi qalacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="193"/>
        <source>Delete the organisation “%1” from the directory?

Minutes of past meetings keep it.</source>
        <translation>“%1” təşkilatı soraq kitabçasından silinsin?

Keçmiş görüşlərin protokollarında qalacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="197"/>
        <location filename="../../ui/directory/directory_page.py" line="210"/>
        <source>Delete</source>
        <translation>Silinmə</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="212"/>
        <source>Deleted “%1”.</source>
        <translation>Silindi: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="230"/>
        <source>Saved “%1”.</source>
        <translation>Yadda saxlanıldı: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="257"/>
        <source>People (%1)</source>
        <translation>Şəxslər (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="261"/>
        <source>Organisations (%1)</source>
        <translation>Təşkilatlar (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="291"/>
        <source>Select a person to see the meetings they attended.</source>
        <translation>İştirak etdiyi görüşləri görmək üçün şəxsi seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="295"/>
        <source>Meetings attended by %1: %2</source>
        <translation>%1 — görüşlər: %2</translation>
    </message>
    <message>
        <location filename="../../ui/directory/directory_page.py" line="297"/>
        <source>%1 attended no recorded meeting.</source>
        <translation>%1 — qeydə alınmış görüş yoxdur.</translation>
    </message>
</context>
<context>
    <name>DossierDecisionsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="165"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="166"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="167"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="168"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
</context>
<context>
    <name>DossierFigures</name>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="12"/>
        <source>Meetings: %1.</source>
        <translation>Görüşlər: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="16"/>
        <source>Per year: %1</source>
        <translation>İllər üzrə: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="22"/>
        <source>Follow-ups: %1 open, %2 overdue, %3 done.</source>
        <translation>Tapşırıqlar: açıq — %1, müddəti keçmiş — %2, icra edilmiş — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="34"/>
        <source>Done on time: no completed follow-up with a due date yet.</source>
        <translation>Vaxtında icra: müddəti olan icra edilmiş tapşırıq hələ yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_figures.py" line="36"/>
        <source>Done on time: %1 of %2 (%3%).</source>
        <translation>Vaxtında icra: %2 tapşırıqdan %1 (%3%).</translation>
    </message>
</context>
<context>
    <name>DossierFollowUpsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="213"/>
        <source>Due</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="214"/>
        <source>Action</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="215"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="216"/>
        <source>Completed</source>
        <translation>İcra tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="217"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="218"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
</context>
<context>
    <name>DossierMeetingsTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="46"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="47"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="48"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="49"/>
        <source>Host side led by</source>
        <translation>Qəbul edən tərəfin rəhbəri</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="50"/>
        <source>Guest side led by</source>
        <translation>Qonaq tərəfin rəhbəri</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="139"/>
        <source>The language of the briefing note</source>
        <translation>Arayışın dili</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="141"/>
        <source>&amp;Briefing note (.docx)…</source>
        <translation>&amp;Arayış (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="179"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="221"/>
        <location filename="../../ui/dossier/dossier_page.py" line="236"/>
        <location filename="../../ui/dossier/dossier_page.py" line="313"/>
        <source>Counterpart dossier</source>
        <translation>Tərəfdaş dosyesi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="255"/>
        <source>Save the briefing note</source>
        <translation>Arayışın yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="255"/>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="253"/>
        <source>briefing-note-%1-%2</source>
        <translation>arayis-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="145"/>
        <source>Briefing note as &amp;PDF…</source>
        <translation>Arayış &amp;PDF kimi…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="268"/>
        <source>Save the briefing note as PDF</source>
        <translation>Arayışı PDF kimi saxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="297"/>
        <source>Choose a country or an organisation to write a briefing note on it.</source>
        <translation>Arayış hazırlamaq üçün ölkə və ya təşkilat seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="300"/>
        <source>Write a briefing note before meeting this organisation again: earlier meetings in short, follow-ups open and completed, and its people met</source>
        <translation>Bu təşkilatla növbəti görüşdən əvvəl arayış hazırlayın: əvvəlki görüşlər qısa şəkildə, açıq və icra edilmiş tapşırıqlar, həmçinin təşkilatın görüşülmüş nümayəndələri</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="305"/>
        <source>Write a briefing note before meeting this country again: earlier meetings in short, follow-ups open and completed, and the people met</source>
        <translation>Bu ölkə ilə növbəti görüşdən əvvəl arayış hazırlayın: əvvəlki görüşlər qısa şəkildə, açıq və icra edilmiş tapşırıqlar, həmçinin görüşülmüş şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="315"/>
        <source>Choose a counterpart country or an organisation to see everything that happened with it.</source>
        <translation>Onunla bağlı bütün görüş və tapşırıqları görmək üçün tərəfdaş ölkəni və ya təşkilatı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="323"/>
        <source>Meetings (%1)</source>
        <translation>Görüşlər (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="324"/>
        <source>People met (%1)</source>
        <translation>Görüşülmüş şəxslər (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="325"/>
        <source>Decisions (%1)</source>
        <translation>Qərarlar (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_page.py" line="328"/>
        <source>Follow-ups (%1 open, %2 overdue, %3 done)</source>
        <translation>Tapşırıqlar (açıq: %1, müddəti keçmiş: %2, icra edilmiş: %3)</translation>
    </message>
</context>
<context>
    <name>DossierPeopleTableModel</name>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="99"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="100"/>
        <source>Positions</source>
        <translation>Vəzifələr</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="101"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="102"/>
        <source>Times met</source>
        <translation>Görüş sayı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="103"/>
        <source>First met</source>
        <translation>İlk görüş</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_models.py" line="104"/>
        <source>Last met</source>
        <translation>Son görüş</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="28"/>
        <source>Edit the meeting&apos;s details</source>
        <translation>(görüş məlumatlarının redaktəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="29"/>
        <source>Add participant</source>
        <translation>(iştirakçının əlavə edilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="30"/>
        <source>Remove participant</source>
        <translation>(iştirakçının silinməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="31"/>
        <source>Move participant</source>
        <translation>(iştirakçının yerinin dəyişdirilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="32"/>
        <source>Edit participant</source>
        <translation>(iştirakçı məlumatlarının redaktəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="33"/>
        <source>Add agenda item</source>
        <translation>(gündəlik məsələsinin əlavə edilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="34"/>
        <source>Remove agenda item</source>
        <translation>(gündəlik məsələsinin silinməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="35"/>
        <source>Move agenda item</source>
        <translation>(gündəlik məsələsinin yerinin dəyişdirilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="36"/>
        <source>Edit agenda item</source>
        <translation>(gündəlik məsələsinin redaktəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="37"/>
        <source>Add decision</source>
        <translation>(qərarın əlavə edilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="38"/>
        <source>Remove decision</source>
        <translation>(qərarın silinməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="39"/>
        <source>Move decision</source>
        <translation>(qərarın yerinin dəyişdirilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="40"/>
        <source>Edit decision</source>
        <translation>(qərarın redaktəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="41"/>
        <source>Add follow-up</source>
        <translation>(tapşırığın əlavə edilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="42"/>
        <source>Remove follow-up</source>
        <translation>(tapşırığın silinməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="43"/>
        <source>Move follow-up</source>
        <translation>(tapşırığın yerinin dəyişdirilməsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="44"/>
        <source>Edit follow-up</source>
        <translation>(tapşırığın redaktəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/edit_history.py" line="46"/>
        <source>Edit</source>
        <translation>(redaktə)</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="36"/>
        <source>This cannot be left empty.</source>
        <translation>Bu sahə boş qala bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="38"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Görüş başlamazdan əvvəl bitə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="41"/>
        <source>This is too long.</source>
        <translation>Mətn çox uzundur.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="46"/>
        <source>This contains an invisible control character that cannot be stored; retype it.</source>
        <translation>Mətndə yadda saxlanıla bilməyən görünməz idarəedici simvol var; onu yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/refused_save_text.py" line="50"/>
        <source>This refers to a record that no longer exists ({0}).</source>
        <translation>Artıq mövcud olmayan qeydə istinad edilir ({0}).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="96"/>
        <source>Writing %1…</source>
        <translation>%1 yazılır…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="104"/>
        <source>Export cancelled; no file was written.</source>
        <translation>İxrac ləğv edildi; heç bir fayl yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="111"/>
        <source>Saved %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/exporter.py" line="118"/>
        <source>Saved %1, but no program opened it.</source>
        <translation>Saxlanıldı: %1, lakin heç bir proqram onu açmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="18"/>
        <location filename="../../ui/export_actions/no_program.py" line="42"/>
        <location filename="../../ui/export_actions/open_after.py" line="30"/>
        <source>Open after export</source>
        <translation>İxracdan sonra aç</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="20"/>
        <source>The file was saved, but no program on this computer opens “%1”.</source>
        <translation>Fayl saxlanıldı, lakin bu kompüterdə “%1” faylını açan proqram yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="24"/>
        <source>Show the folder that holds it?</source>
        <translation>Faylın saxlandığı qovluq göstərilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="25"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Qovluğu göstər</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/no_program.py" line="43"/>
        <source>The folder could not be shown. The file is saved here:</source>
        <translation>Qovluğu açmaq mümkün olmadı. Fayl burada saxlanılıb:</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/pdf_export.py" line="33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/pdf_export.py" line="42"/>
        <source>Saved %1. Converted with %2.</source>
        <translation>%1 saxlanıldı. %2 ilə çevrildi.</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="17"/>
        <source>“%1” is the Minutes App store itself (or one of its own files); choose another file.</source>
        <translation>“%1” Minutes App-in öz verilənlər bazasıdır (və ya onun fayllarından biridir); başqa fayl seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="23"/>
        <source>Permission was refused: the folder may be read-only, or the file may be open in another program.</source>
        <translation>Giriş rədd edildi: qovluq yalnız oxunmaq üçün ola bilər və ya fayl başqa proqramda açıqdır.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="28"/>
        <source>The disk is full.</source>
        <translation>Disk doludur.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="30"/>
        <source>The folder does not exist.</source>
        <translation>Qovluq mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="32"/>
        <source>Part of the path is a file, not a folder.</source>
        <translation>Yolun bir hissəsi qovluq deyil, fayldır.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="34"/>
        <source>A folder of that name is in the way.</source>
        <translation>Bu adda qovluq artıq var.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/export_errors.py" line="41"/>
        <source>“%1” was not written.

%2

Any file that was already there is unchanged.</source>
        <translation>“%1” yazılmadı.

%2

Əgər bu adda fayl əvvəlcədən var idisə, o dəyişdirilməyib.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/export_actions/progress_runner.py" line="49"/>
        <source>Exporting</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/progress_runner.py" line="56"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="51"/>
        <source>Tick several statuses to see them together; none ticked shows every status.</source>
        <translation>Bir neçə vəziyyəti birlikdə görmək üçün onları işarələyin; heç biri işarələnməyibsə, hamısı göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="54"/>
        <source>Any owner</source>
        <translation>İstənilən icraçı</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="61"/>
        <location filename="../../ui/tracker/filter_bar.py" line="62"/>
        <source>any date</source>
        <translation>istənilən tarix</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="63"/>
        <source>&amp;Overdue</source>
        <translation>Müddəti &amp;keçmiş</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="64"/>
        <source>Past their due date and neither done nor cancelled</source>
        <translation>Müddəti keçib, lakin icra və ya ləğv edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="47"/>
        <source>Search the action, department or counterpart contact (any spelling)</source>
        <translation>Tədbir, şöbə və ya qarşı tərəfin əlaqə şəxsi üzrə axtarış (istənilən yazılışla)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="65"/>
        <source>Due wit&amp;hin</source>
        <translation>&amp;Müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="69"/>
        <source> days</source>
        <translation> gün ərzində</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="71"/>
        <source>C&amp;lear filters</source>
        <translation>Filtrləri &amp;təmizlə</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="86"/>
        <source>Status:</source>
        <translation>Vəziyyət:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>&amp;İcraçı:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="88"/>
        <source>&amp;Department:</source>
        <translation>Şö&amp;bə:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="89"/>
        <source>&amp;Topic:</source>
        <translation>Mö&amp;vzu:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="90"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ölkə:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="91"/>
        <source>Due &amp;from:</source>
        <translation>Müddət &amp;aralığı:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="91"/>
        <source>to:</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="130"/>
        <source>Any department</source>
        <translation>İstənilən şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="134"/>
        <source>Any topic</source>
        <translation>İstənilən mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/filter_bar.py" line="138"/>
        <source>Any country</source>
        <translation>İstənilən ölkə</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPanel</name>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="46"/>
        <source>Select a follow-up to see its details and history.</source>
        <translation>Məlumatlarını və tarixçəsini görmək üçün tapşırığı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="53"/>
        <source>Change &amp;status</source>
        <translation>Vəziyyəti &amp;dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="57"/>
        <source>Open &amp;meeting</source>
        <translation>&amp;Görüşü aç</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="62"/>
        <source>A progress note: what was done, who was contacted…</source>
        <translation>İcra barədə qeyd: nə edilib, kimlə əlaqə saxlanılıb…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="65"/>
        <source>&amp;Add note</source>
        <translation>Qeyd &amp;əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="89"/>
        <source>Meeting:</source>
        <translation>Görüş:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="90"/>
        <source>Countries:</source>
        <translation>Ölkələr:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="91"/>
        <source>Owner:</source>
        <translation>İcraçı:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="92"/>
        <source>Department:</source>
        <translation>Şöbə:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="93"/>
        <source>Topic:</source>
        <translation>Mövzu:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="94"/>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="95"/>
        <source>Status:</source>
        <translation>Vəziyyət:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="96"/>
        <source>Due:</source>
        <translation>Müddət:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="97"/>
        <source>Completed on:</source>
        <translation>İcra tarixi:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="98"/>
        <source>Counterpart contact:</source>
        <translation>Qarşı tərəfin əlaqə şəxsi:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="113"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tarixçə&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="130"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/detail_panel.py" line="131"/>
        <source>Attached files</source>
        <translation>Əlavə edilmiş fayllar</translation>
    </message>
</context>
<context>
    <name>FollowUpHistory</name>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="26"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="33"/>
        <source>Recorded (status %1, due %2)</source>
        <translation>Qeydə alınıb (vəziyyət: %1, müddət: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="39"/>
        <source>Status: %1 → %2</source>
        <translation>Vəziyyət: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="45"/>
        <source>Due date: %1 → %2</source>
        <translation>Müddət: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="50"/>
        <source>Discussed at a meeting</source>
        <translation>Görüşdə müzakirə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="51"/>
        <source>Progress note</source>
        <translation>İcra barədə qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/history_text.py" line="56"/>
        <source>unknown officer</source>
        <translation>əməkdaş göstərilməyib</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker/history_text.py" line="94"/>
        <source>%n earlier entries are not shown.</source>
        <translation>
            <numerusform>Əvvəlki %n qeyd göstərilmir.</numerusform>
            <numerusform>Əvvəlki %n qeyd göstərilmir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="64"/>
        <source>Open</source>
        <translation>İcra edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="65"/>
        <source>In progress</source>
        <translation>İcradadır</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="66"/>
        <source>Done</source>
        <translation>İcra edilib</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="67"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="68"/>
        <source>Deferred</source>
        <translation>Təxirə salınıb</translation>
    </message>
</context>
<context>
    <name>FollowUpSummaryDialog</name>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="34"/>
        <source>Follow-ups to attend to</source>
        <translation>Diqqət tələb edən tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="43"/>
        <source>Show &amp;overdue</source>
        <translation>Müddəti &amp;keçmişləri göstər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="45"/>
        <source>Show due this &amp;week</source>
        <translation>Bu &amp;həftə müddəti çatanları göstər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="48"/>
        <source>Show this summary when the app starts</source>
        <translation>Proqram başlayanda bu xülasəni göstər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="54"/>
        <source>This data folder is read-only: the choice cannot be saved. Turn the summary off where the data can be written.</source>
        <translation>Bu məlumat qovluğu yalnız oxumaq üçündür: seçim yadda saxlanıla bilməz. Xülasəni məlumatların yazıla bildiyi yerdə söndürün.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="84"/>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Overdue: %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Müddəti keçib: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="87"/>
        <source>&lt;b style=&apos;color:#6b4a00&apos;&gt;Due within 7 days: %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6b4a00&apos;&gt;7 gün ərzində müddəti çatır: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/summary_dialog.py" line="106"/>
        <source>and %1 more</source>
        <translation>və daha %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="120"/>
        <source>E&amp;xport</source>
        <translation>İ&amp;xrac</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="127"/>
        <source>&lt;span style=&apos;background:%1; color:%2&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:%3; color:%4&apos;&gt;&amp;nbsp;Due within 7 days&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:%1; color:%2&apos;&gt;&amp;nbsp;Müddəti keçib&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:%3; color:%4&apos;&gt;&amp;nbsp;7 gün ərzində müddəti çatır&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="369"/>
        <source>Change status</source>
        <translation>Vəziyyətin dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="371"/>
        <source>Status changed: %1</source>
        <translation>Vəziyyət dəyişdirildi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="385"/>
        <source>Add note</source>
        <translation>Qeydin əlavə edilməsi</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="388"/>
        <source>Note added.</source>
        <translation>Qeyd əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="396"/>
        <source>Follow-up changed elsewhere</source>
        <translation>Tapşırıq başqa yerdə dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="397"/>
        <source>The tracker now shows the latest version.</source>
        <translation>İndi son versiya göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="405"/>
        <source>Open the &amp;meeting</source>
        <translation>&amp;Görüşü aç</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="411"/>
        <source>Change &amp;status</source>
        <translation>&amp;Vəziyyəti dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="413"/>
        <source>Add a progress &amp;note</source>
        <translation>İcra barədə &amp;qeyd əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="456"/>
        <source>Follow-ups: %1</source>
        <translation>Tapşırıqlar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_page.py" line="459"/>
        <source>Shown: %1 of %2</source>
        <translation>Göstərilir: %1 / %2</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="116"/>
        <source>Follow-up actions</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="118"/>
        <source>Add follow-up</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="161"/>
        <source>What must be done, e.g. Send information on the Alat Free Economic Zone</source>
        <translation>Nə edilməlidir, məsələn: Ələt Azad İqtisadi Zonası haqqında məlumat göndərmək</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="167"/>
        <source>Type any spelling of a name</source>
        <translation>Adı istənilən yazılışla daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="171"/>
        <source>e.g. Department of Foreign Economic Relations</source>
        <translation>məsələn, Xarici iqtisadi əlaqələr şöbəsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="176"/>
        <source>Who on the other side, e.g. Trade Representative Office</source>
        <translation>Qarşı tərəfdən kim, məsələn, Ticarət nümayəndəliyi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="177"/>
        <source>no deadline</source>
        <translation>müddətsiz</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="196"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="197"/>
        <source>Stat&amp;us:</source>
        <translation>Və&amp;ziyyət:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="207"/>
        <source>&amp;Action:</source>
        <translation>&amp;Tədbir:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="209"/>
        <source>&amp;Owner:</source>
        <translation>İ&amp;craçı:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="211"/>
        <source>Departmen&amp;t:</source>
        <translation>Şö&amp;bə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="213"/>
        <source>&amp;Counterpart contact:</source>
        <translation>&amp;Qarşı tərəfin əlaqə şəxsi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="214"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Müddət:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="215"/>
        <source>Top&amp;ic:</source>
        <translation>Mö&amp;vzu:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="216"/>
        <source>Deci&amp;sion:</source>
        <translation>Qər&amp;ar:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="217"/>
        <source>History:</source>
        <translation>Tarixçə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="254"/>
        <source>(no topic)</source>
        <translation>(mövzusuz)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="334"/>
        <source>New; its history starts when the meeting is saved.</source>
        <translation>Yeni tapşırıq; tarixçəsi görüş yadda saxlanıldıqdan sonra başlayacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="337"/>
        <source>History entries: {0}, the last on {1}. The follow-up tracker shows them all.</source>
        <translation>Tarixçədəki qeydlər: {0}, sonuncusu — {1}. Hamısı “Tapşırıqlar” səhifəsində göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="354"/>
        <source>(not tied to a decision)</source>
        <translation>(qərara aid deyil)</translation>
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
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="55"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="147"/>
        <source>Owner</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="56"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="148"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="57"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="143"/>
        <source>Due</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="58"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="150"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="59"/>
        <location filename="../../ui/tracker/followups_table_model.py" line="151"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="145"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="146"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="149"/>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/followups_table_model.py" line="152"/>
        <source>Last update</source>
        <translation>Son dəyişiklik</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search/global_search.py" line="72"/>
        <source>Search meetings, people, organisations, decisions, follow-ups and notes (%1)</source>
        <translation>Görüşlər, şəxslər, təşkilatlar, qərarlar, tapşırıqlar və qeydlər üzrə axtarış (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/search/global_search.py" line="74"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../ui/search/global_search.py" line="109"/>
        <source>Nothing matches “%1”.</source>
        <translation>“%1” üzrə heç nə tapılmadı.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../ui/editor/header_form.py" line="85"/>
        <source>e.g. Meeting of the Minister of Economy with the delegation of …</source>
        <translation>məsələn, İqtisadiyyat nazirinin … nümayəndə heyəti ilə görüşü</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="88"/>
        <source>no date</source>
        <translation>tarix göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="89"/>
        <location filename="../../ui/editor/header_form.py" line="90"/>
        <source>no time</source>
        <translation>vaxt göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="92"/>
        <source>Type hours and minutes, e.g. 11:00 or 1100; empty it for no time</source>
        <translation>Saatı və dəqiqəni yazın, məsələn, 11:00 və ya 1100; vaxt yoxdursa, sahəni boş qoyun</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="94"/>
        <source>Room, building, city</source>
        <translation>Otaq, bina, şəhər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="98"/>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Təşkilatın adının bir hissəsini daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="99"/>
        <source>Type a country, then Enter</source>
        <translation>Ölkəni daxil edib Enter düyməsini basın</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="107"/>
        <source>The department the meeting belongs to; on a team server only its officers and head change it</source>
        <translation>Görüşün aid olduğu şöbə; komanda serverində onu yalnız həmin şöbənin əməkdaşları və rəhbəri dəyişə bilər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="111"/>
        <source>On a team server, only colleagues cleared for this marking see the meeting</source>
        <translation>Komanda serverində görüşü yalnız bu qrifə buraxılışı olan həmkarlar görür</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="116"/>
        <source>The language the meeting is recorded in: its texts are typed in it, and its minutes are exported in it unless you choose a translation beside the export button</source>
        <translation>Görüşün qeydə alındığı dil: mətnlər bu dildə yazılır və protokol, ixrac düyməsinin yanında tərcümə seçilmədikcə, bu dildə ixrac olunur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="121"/>
        <source>Arrow keys move, Space ticks a topic</source>
        <translation>Ox düymələri ilə keçin, Boşluq düyməsi ilə mövzunu işarələyin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="124"/>
        <source>The discussion as a whole, in a few paragraphs</source>
        <translation>Müzakirənin ümumi məzmunu, bir neçə abzasda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="133"/>
        <source>The line over the head of delegation&apos;s signature in agreed minutes; leave it empty for the one shown</source>
        <translation>Razılaşdırılmış protokolda nümayəndə heyəti rəhbərinin imzası üzərindəki sətir; göstərilən mətndən istifadə üçün sahəni boş saxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="142"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="144"/>
        <source>&amp;Kind:</source>
        <translation>Nö&amp;v:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="147"/>
        <source>Stat&amp;us:</source>
        <translation>Və&amp;ziyyət:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="151"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarix:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="154"/>
        <source>&amp;Start:</source>
        <translation>Baş&amp;lama:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="155"/>
        <source>End:</source>
        <translation>Bitmə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="159"/>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Məkan:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="160"/>
        <source>Host &amp;organisation:</source>
        <translation>&amp;Qəbul edən təşkilat:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="161"/>
        <source>&amp;Counterpart:</source>
        <translation>Tərəfdaş &amp;ölkə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="162"/>
        <source>Department:</source>
        <translation>Şöbə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="164"/>
        <source>&amp;Reference No.:</source>
        <translation>&amp;Nömrə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="167"/>
        <source>Confidentialit&amp;y:</source>
        <translation>Məxfili&amp;k qrifi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="168"/>
        <source>Meeting &amp;language:</source>
        <translation>Görüşün &amp;dili:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="171"/>
        <source>To&amp;pics:</source>
        <translation>Mövz&amp;ular:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="172"/>
        <source>Su&amp;mmary:</source>
        <translation>X&amp;ülasə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="174"/>
        <source>Prepared &amp;by:</source>
        <translation>Tərtib &amp;etdi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="177"/>
        <source>&amp;Approved by:</source>
        <translation>Tə&amp;sdiq etdi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="181"/>
        <source>Signed for &amp;host side:</source>
        <translation>Qəbul edən tərəf adından &amp;imza:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/header_form.py" line="184"/>
        <source>Signed for gu&amp;est side:</source>
        <translation>Qon&amp;aq tərəf adından imza:</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="26"/>
        <source>Import from a spreadsheet</source>
        <translation>Cədvəldən idxal</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="27"/>
        <source>Imported %1 new meetings, %2 follow-ups and %3 new people. File &gt; Undo the last spreadsheet import takes them back.</source>
        <translation>%1 yeni görüş, %2 tapşırıq və %3 yeni şəxs idxal edildi. Fayl &gt; Son cədvəl idxalını geri qaytarın əmri onları geri götürür.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="40"/>
        <source>Undo the last spreadsheet import</source>
        <translation>Son cədvəl idxalını geri qaytarın</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="44"/>
        <source>There is no spreadsheet import to undo.</source>
        <translation>Geri qaytarılacaq cədvəl idxalı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_actions.py" line="48"/>
        <source>Move everything imported from “%1” to the trash: %2 new meetings with their follow-ups, and %3 follow-ups added to meetings that were already there?</source>
        <translation>“%1” faylından idxal edilən hər şey zibil qutusuna köçürülsün: tapşırıqları ilə birlikdə %2 yeni görüş və artıq mövcud görüşlərə əlavə edilmiş %3 tapşırıq?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="29"/>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="30"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="125"/>
        <source>Meeting date</source>
        <translation>Görüşün tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="31"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="126"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="32"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="127"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="33"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="128"/>
        <source>Meeting title</source>
        <translation>Görüşün adı</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="34"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="129"/>
        <source>Action</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="35"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="130"/>
        <source>Owner</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="36"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="131"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="37"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="132"/>
        <source>Due date</source>
        <translation>İcra müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="38"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="133"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="39"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="134"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="40"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="135"/>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="41"/>
        <location filename="../../ui/import_sheet/preview_model.py" line="136"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="42"/>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/preview_model.py" line="118"/>
        <source>(new)</source>
        <translation>(yeni)</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="60"/>
        <source>Import from a spreadsheet</source>
        <translation>Cədvəldən idxal</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="65"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Fayl seçin…</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="70"/>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="83"/>
        <source>Values this app does not know</source>
        <translation>Proqramın tanımadığı dəyərlər</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="95"/>
        <source>&amp;Leave out rows with errors</source>
        <translation>&amp;Səhvli sətirləri buraxın</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="97"/>
        <source>&amp;Import</source>
        <translation>&amp;İdxal edin</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="104"/>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="107"/>
        <source>Column names in &amp;row:</source>
        <translation>Sütun adları bu &amp;sətirdə:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Vərəq:</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="118"/>
        <source>Preview (the first rows as they will be stored):</source>
        <translation>Önizləmə (ilk sətirlər saxlanılacağı kimi):</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="146"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>Elektron cədvəllər (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="234"/>
        <source>(not imported)</source>
        <translation>(idxal edilmir)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="257"/>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="267"/>
        <source>%1 rows: %2 new meetings (and %3 already in the store), %4 new follow-ups, %5 already there.</source>
        <translation>%1 sətir: %2 yeni görüş (və artıq bazada olan %3), %4 yeni tapşırıq, %5 artıq mövcuddur.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="275"/>
        <source>New people for the directory: %1.</source>
        <translation>Kataloqa əlavə ediləcək yeni şəxslər: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="278"/>
        <source>New organisations for the directory: %1.</source>
        <translation>Kataloqa əlavə ediləcək yeni təşkilatlar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="280"/>
        <source>Columns: %1.</source>
        <translation>Sütunlar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="285"/>
        <source>%1 rows have errors: %2</source>
        <translation>%1 sətirdə səhv var: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="305"/>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="305"/>
        <source>Cancel</source>
        <translation>Ləğv edin</translation>
    </message>
    <message>
        <location filename="../../ui/import_sheet/import_sheet_dialog.py" line="325"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>İdxal ləğv edildi; heç nə əlavə edilmədi.</translation>
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
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="81"/>
        <source>Remove the selected row (Delete)</source>
        <translation>Seçilmiş sətri sil (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="82"/>
        <source>Move up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="83"/>
        <source>Move the selected row up (Ctrl+Up); rows can also be dragged</source>
        <translation>Seçilmiş sətri yuxarı köçür (Ctrl+Up); sətirləri sürükləməklə də köçürmək olar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="84"/>
        <source>Move down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="85"/>
        <source>Move the selected row down (Ctrl+Down); rows can also be dragged</source>
        <translation>Seçilmiş sətri aşağı köçür (Ctrl+Down); sətirləri sürükləməklə də köçürmək olar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="87"/>
        <source>In the table: Delete removes, Ctrl+Up / Ctrl+Down move</source>
        <translation>Cədvəldə: Delete silir, Ctrl+Up / Ctrl+Down yerini dəyişir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_controls.py" line="89"/>
        <source>In the table: Delete removes</source>
        <translation>Cədvəldə: Delete silir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Texts language</source>
        <translation>Mətnlərin dili</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>People &amp; organisations</source>
        <translation>Şəxslər və təşkilatlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Counterpart dossier</source>
        <translation>Tərəfdaş dosyesi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Trash</source>
        <translation>Zibil qutusu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Yeni görüş</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Save meeting</source>
        <translation>Görüşü &amp;yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>&amp;Close meeting</source>
        <translation>Görüşü &amp;bağla</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Import old minutes (.docx)…</source>
        <translation>Köhnə protokolları &amp;idxal et (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Ehtiyat nüsxə yarat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>&amp;Restore from backup…</source>
        <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Tənzimləmələr…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>F&amp;ilter this page</source>
        <translation>Bu səhifədə &amp;süz</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrar et</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Import from a s&amp;preadsheet…</source>
        <translation>Cədvəldən i&amp;dxal…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Undo the last spreadsheet import…</source>
        <translation>Son cədvəl idxalını &amp;geri qaytarın…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Görüşlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;People &amp;&amp; organisations</source>
        <translation>Şəxslər və &amp;təşkilatlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Open &amp;meeting</source>
        <translation>Açıq &amp;görüş</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Counterpart &amp;dossier</source>
        <translation>Tərəfdaş &amp;dosyesi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Trash</source>
        <translation>&amp;Zibil qutusu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>User &amp;guide</source>
        <translation>İstifadəçi &amp;təlimatı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Load the &amp;sample meeting</source>
        <translation>&amp;Nümunə görüşü yüklə</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>&amp;About Minutes App</source>
        <translation>Minutes App &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Follow-ups (%1 overdue)</source>
        <translation>Tapşırıqlar (gecikən: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>New meeting</source>
        <translation>Yeni görüş</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>Meeting saved.</source>
        <translation>Görüş yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639"/>
        <source>Settings saved.</source>
        <translation>Tənzimləmələr yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Backup saved: %1</source>
        <translation>Ehtiyat nüsxə saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677"/>
        <source>The last spreadsheet import was moved to the trash.</source>
        <translation>Son cədvəl idxalı zibil qutusuna köçürüldü.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688"/>
        <source>The sample meeting is already there.</source>
        <translation>Nümunə görüş artıq mövcuddur.</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="58"/>
        <source>Duplicate as next meeting</source>
        <translation>Növbəti görüş</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="68"/>
        <location filename="../../ui/meetings/meeting_commands.py" line="83"/>
        <source>Delete meeting</source>
        <translation>Görüşün silinməsi</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="70"/>
        <source>Delete the meeting “%1”?

Its participants, agenda, decisions and follow-ups go to the trash with it.</source>
        <translation>“%1” görüşü silinsin?

Onun iştirakçıları, gündəliyi, qərarları və tapşırıqları da onunla birlikdə zibil qutusuna keçəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_commands.py" line="85"/>
        <source>Deleted “%1”.</source>
        <translation>Silindi: “%1”.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="149"/>
        <location filename="../../ui/editor/meeting_editor.py" line="1041"/>
        <source>Unsaved changes</source>
        <translation>Yadda saxlanılmamış dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="152"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="153"/>
        <location filename="../../ui/editor/meeting_editor.py" line="378"/>
        <source>Save the whole meeting (Ctrl+S)</source>
        <translation>Bütün görüşü yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="154"/>
        <source>Duplicate as next meeting</source>
        <translation>Növbəti görüşü yarat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="156"/>
        <source>Start a new meeting with the same counterpart and participants, dated today</source>
        <translation>Həmin tərəfdaş və iştirakçılarla bugünkü tarixli yeni görüş yarat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="158"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="159"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="165"/>
        <source>Show beside each text its translation into this language, and count what is still untranslated</source>
        <translation>Hər mətnin yanında onun bu dilə tərcüməsini göstər və hələ tərcümə edilməmiş mətnləri say</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="167"/>
        <source>Translat&amp;ion:</source>
        <translation>Tə&amp;rcümə:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="220"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab move between the tabs</source>
        <translation>Bölmələr arasında keçid: Ctrl+Tab və Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="222"/>
        <source>Follow-ups of earlier meetings with the same counterpart that are not done yet</source>
        <translation>Həmin tərəfdaşla əvvəlki görüşlərin hələ icra edilməmiş tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="473"/>
        <source>Reload</source>
        <translation>Yenidən yüklə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="474"/>
        <source>Reloading shows the meeting as stored and drops your unsaved changes.</source>
        <translation>Yenidən yükləmə görüşü saxlanıldığı kimi göstərir və saxlanılmamış dəyişikliklərinizi ləğv edir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="494"/>
        <source>Changed by the other officer:</source>
        <translation>Digər əməkdaşın etdiyi dəyişikliklər:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="496"/>
        <source>(nothing you can see here)</source>
        <translation>(burada görünən dəyişiklik yoxdur)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="498"/>
        <source>Your unsaved changes:</source>
        <translation>Saxlanılmamış dəyişiklikləriniz:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="498"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="499"/>
        <source>Compare</source>
        <translation>Müqayisə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="523"/>
        <source>Follow-up {0} was also changed on the Follow-ups page of this window since you opened this meeting.</source>
        <translation>Siz bu görüşü açandan sonra {0} nömrəli tapşırıq bu pəncərənin “Tapşırıqlar” səhifəsində də dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="526"/>
        <source>Follow-up {0} was also changed on another page of this window since you opened this meeting.</source>
        <translation>Siz bu görüşü açandan sonra {0} nömrəli tapşırıq bu pəncərənin başqa səhifəsində də dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="544"/>
        <source>New meeting</source>
        <translation>Yeni görüş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="544"/>
        <source>Untitled meeting</source>
        <translation>Başlıqsız görüş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="596"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="597"/>
        <source>Participants ({0})</source>
        <translation>İştirakçılar ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="598"/>
        <source>Agenda ({0}) and decisions ({1})</source>
        <translation>Gündəlik ({0}) və qərarlar ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="601"/>
        <source>Follow-ups ({0})</source>
        <translation>Tapşırıqlar ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="605"/>
        <source>{0} · {1} untranslated</source>
        <translation>{0} · tərcüməsiz: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="606"/>
        <source>Open from earlier meetings ({0})</source>
        <translation>Əvvəlki görüşlərdən açıq qalanlar ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="607"/>
        <source>Attachments ({0})</source>
        <translation>Əlavələr ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="608"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="649"/>
        <source>None</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="774"/>
        <source>Pick the owner from the directory, or create the person.</source>
        <translation>İcraçını soraq kitabçasından seçin və ya yeni şəxs əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="799"/>
        <location filename="../../ui/editor/meeting_editor.py" line="887"/>
        <source>Not saved</source>
        <translation>Yadda saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="799"/>
        <location filename="../../ui/editor/meeting_editor.py" line="888"/>
        <source>The meeting could not be saved.</source>
        <translation>Görüşü yadda saxlamaq alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="954"/>
        <source>Reload shows the stored version and drops your changes. Overwrite keeps your value of these fields and the other changes made there. Save as a copy keeps both.</source>
        <translation>“Yenidən yüklə” saxlanılmış versiyanı göstərir, dəyişiklikləriniz isə ləğv olunur. “Əvəz et” bu sahələrdə sizin dəyərlərinizi və orada edilmiş digər dəyişiklikləri saxlayır. “Nüsxə kimi saxla” hər ikisini saxlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="964"/>
        <source>Changed elsewhere</source>
        <translation>Başqa yerdə dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="825"/>
        <location filename="../../ui/editor/meeting_editor.py" line="950"/>
        <source>This meeting was changed elsewhere (in another window or by another officer) since you opened it.</source>
        <translation>Siz açandan sonra bu görüş başqa yerdə (başqa pəncərədə və ya digər əməkdaş tərəfindən) dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="767"/>
        <source>No organisation in the directory has this name; pick one from the list, or add it there as a new organisation.</source>
        <translation>Kataloqda bu adda təşkilat yoxdur; siyahıdan birini seçin və ya orada yeni təşkilat kimi əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="959"/>
        <source>Reload shows the stored version and drops your changes. Overwrite replaces the stored version with yours. Save as a copy keeps both.</source>
        <translation>“Yenidən yüklə” saxlanılmış versiyanı göstərir, dəyişiklikləriniz isə ləğv olunur. “Əvəz et” saxlanılmış versiyanı sizinki ilə əvəz edir. “Nüsxə kimi saxla” hər ikisini saxlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="987"/>
        <source>Deleted elsewhere</source>
        <translation>Başqa yerdə silinib</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="988"/>
        <source>This meeting was deleted elsewhere since you opened it. Save your version as a new meeting?</source>
        <translation>Siz açandan sonra bu görüş başqa yerdə silinib. Versiyanız yeni görüş kimi yadda saxlanılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1029"/>
        <source>Not saved: {0}</source>
        <translation>Yadda saxlanılmadı: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1042"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>“{0}” görüşündə yadda saxlanılmamış dəyişikliklər var.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1045"/>
        <source>Save them before closing?</source>
        <translation>Bağlamazdan əvvəl yadda saxlanılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1083"/>
        <source>Discard new meeting</source>
        <translation>Yeni görüşdən imtina</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1084"/>
        <source>Discard this new meeting? It was never saved.</source>
        <translation>Bu yeni görüşdən imtina edilsin? O, heç vaxt yadda saxlanılmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1096"/>
        <source>Delete meeting</source>
        <translation>Görüşün silinməsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1097"/>
        <source>Delete “{0}” with its participants, agenda, decisions and follow-ups?</source>
        <translation>“{0}” görüşü iştirakçıları, gündəliyi, qərarları və tapşırıqları ilə birlikdə silinsin?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1102"/>
        <source>The meeting goes to the trash.</source>
        <translation>Görüş zibil qutusuna keçəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1112"/>
        <source>Not deleted</source>
        <translation>Silinmədi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1112"/>
        <source>The meeting could not be deleted.</source>
        <translation>Görüşü silmək alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1126"/>
        <source>Save first</source>
        <translation>Əvvəlcə yadda saxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/editor/meeting_editor.py" line="1127"/>
        <source>Save “{0}” before starting the next meeting from it?</source>
        <translation>Növbəti görüşü yaratmazdan əvvəl “{0}” görüşü yadda saxlanılsın?</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="24"/>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="25"/>
        <source>Delegation visit</source>
        <translation>Nümayəndə heyətinin səfəri</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="26"/>
        <source>Intergovernmental commission</source>
        <translation>Hökumətlərarası komissiya</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="27"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="28"/>
        <source>Video conference</source>
        <translation>Videokonfrans</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="29"/>
        <source>Courtesy call</source>
        <translation>Nəzakət görüşü</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="30"/>
        <source>Working group</source>
        <translation>İşçi qrup</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="31"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="34"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="35"/>
        <source>Held</source>
        <translation>Keçirilib</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="36"/>
        <source>Minutes drafted</source>
        <translation>Protokolun layihəsi hazırlanıb</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="37"/>
        <source>Minutes approved</source>
        <translation>Protokol təsdiq edilib</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="40"/>
        <source>Filter meetings: title, country, kind, status, reference…</source>
        <translation>Görüşləri süz: başlıq, ölkə, növ, vəziyyət, nömrə…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="53"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Yeni görüş</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="54"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="55"/>
        <source>Duplicate as ne&amp;xt meeting</source>
        <translation>Növbəti &amp;görüşü yarat</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="56"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="179"/>
        <source>Meetings: %1</source>
        <translation>Görüşlər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="181"/>
        <source>Shown: %1 of %2</source>
        <translation>Göstərilir: %1 / %2</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="80"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="81"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="82"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="83"/>
        <source>Counterpart country</source>
        <translation>Tərəfdaş ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="84"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_table_model.py" line="85"/>
        <source>Open follow-ups</source>
        <translation>Açıq tapşırıqlar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/common/error_messages.py" line="24"/>
        <source>This record no longer exists; it may have been deleted in another window or by a colleague.</source>
        <translation>Bu qeyd artıq mövcud deyil: ola bilsin, o başqa pəncərədə və ya həmkarınız tərəfindən silinib.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="28"/>
        <source>This record was changed elsewhere since you opened it. Reload it and make your change again.</source>
        <translation>Siz açandan sonra bu qeyd başqa yerdə dəyişdirilib. Onu yenidən yükləyin və dəyişikliyi təkrarlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="32"/>
        <source>Not saved: %1</source>
        <translation>Yadda saxlanılmadı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_messages.py" line="46"/>
        <source>This field is required.</source>
        <translation>Bu sahə mütləq doldurulmalıdır.</translation>
    </message>
</context>
<context>
    <name>MinutesExportBar</name>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="91"/>
        <source>E&amp;xport minutes (.docx)…</source>
        <translation>Protokolu i&amp;xrac et (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="100"/>
        <source>&amp;Agreed minutes in two languages (.docx)…</source>
        <translation>İki dildə &amp;razılaşdırılmış protokol (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="102"/>
        <source>The minutes in two languages, each text equally authentic, for both heads of delegation to sign</source>
        <translation>İki dildə protokol: hər iki mətn eyni qüvvəyə malikdir və hər iki nümayəndə heyətinin rəhbəri tərəfindən imzalanır</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="86"/>
        <source>The meeting&apos;s own language (set in its form), or another one for a translated export: labels, dates and the spelling of names</source>
        <translation>Görüşün öz dili (onun formasında seçilir) və ya tərcümə edilmiş ixrac üçün başqa dil: başlıqlar, tarixlər və adların yazılışı</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="96"/>
        <source>Minutes as &amp;PDF…</source>
        <translation>Protokol &amp;PDF kimi…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="97"/>
        <source>The same minutes converted to PDF, for sending or printing as they are</source>
        <translation>Göndərmək və ya olduğu kimi çap etmək üçün PDF-ə çevrilmiş eyni protokol</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="111"/>
        <source>Export in:</source>
        <translation>İxrac dili:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="131"/>
        <source>%1 (meeting&apos;s language)</source>
        <translation>%1 (görüşün dili)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="193"/>
        <source>Save the minutes as PDF</source>
        <translation>Protokolu PDF kimi saxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="196"/>
        <source>Save the minutes</source>
        <translation>Protokolun yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="196"/>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="221"/>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="183"/>
        <source>minutes-%1-%2</source>
        <translation>protokol-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="220"/>
        <source>Save the agreed minutes</source>
        <translation>Razılaşdırılmış protokolun yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="223"/>
        <source>agreed-minutes-%1-%2-%3</source>
        <translation>razilasdirilmis-protokol-%1-%2-%3</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="41"/>
        <source>Export minutes</source>
        <translation>Protokolun ixracı</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_export_bar.py" line="42"/>
        <source>The minutes are written from the saved meeting. Save your changes first?</source>
        <translation>Protokol yadda saxlanılmış görüş əsasında hazırlanır. Əvvəlcə dəyişiklikləriniz yadda saxlanılsın?</translation>
    </message>
</context>
<context>
    <name>NetworkWarning</name>
    <message>
        <location filename="../../ui/startup/network_warning_dialog.py" line="25"/>
        <source>The data file “%1” is on a network file system (%2).

SQLite data files get damaged there when more than one computer uses them. Keep the data file on this computer, or let your team share the minutes through the team server (PostgreSQL): ask your administrator for its address and start the app with --db postgresql+psycopg://user@server/minutes.</source>
        <translation>“%1” məlumat faylı şəbəkə fayl sistemində (%2) yerləşir.

Birdən çox kompüter istifadə etdikdə SQLite məlumat faylları orada zədələnir. Məlumat faylını bu kompüterdə saxlayın və ya protokollar üzərində həmkarlarınızla ümumi server (PostgreSQL) vasitəsilə birgə işləyin: onun ünvanını administratorunuzdan öyrənin və proqramı --db postgresql+psycopg://user@server/minutes parametri ilə başladın.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/network_warning_dialog.py" line="46"/>
        <source>Data file on a network drive</source>
        <translation>Məlumat faylı şəbəkə diskindədir</translation>
    </message>
</context>
<context>
    <name>NewOrganisationFields</name>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="159"/>
        <source>New organisation&apos;s &amp;kind:</source>
        <translation>Yeni təşkilatın &amp;növü:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="160"/>
        <source>Its c&amp;ountry:</source>
        <translation>Onun &amp;ölkəsi:</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="28"/>
        <source>New person</source>
        <translation>Yeni şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="45"/>
        <source>As it should appear in the minutes</source>
        <translation>Protokolda göstərilməli olduğu kimi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="46"/>
        <source>e.g. Mikayil Jabbarov</source>
        <translation>məsələn, Mikayil Jabbarov</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="47"/>
        <source>e.g. Mikayıl Cabbarov</source>
        <translation>məsələn, Mikayıl Cabbarov</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="48"/>
        <source>e.g. Микаил Джаббаров</source>
        <translation>məsələn, Микаил Джаббаров</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="49"/>
        <source>Current position, e.g. Minister of Economy</source>
        <translation>Hazırkı vəzifə, məsələn, İqtisadiyyat naziri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="50"/>
        <source>e.g. Minister of Economy</source>
        <translation>məsələn, Minister of Economy</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="51"/>
        <source>e.g. İqtisadiyyat naziri</source>
        <translation>məsələn, İqtisadiyyat naziri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="52"/>
        <source>e.g. Министр экономики</source>
        <translation>məsələn, Министр экономики</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="56"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Təşkilat:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/quick_person_dialog.py" line="77"/>
        <source>Type the person&apos;s name.</source>
        <translation>Şəxsin adını daxil edin.</translation>
    </message>
</context>
<context>
    <name>OldMinutesImport</name>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="46"/>
        <location filename="../../ui/meetings/old_minutes_import.py" line="59"/>
        <source>Import old minutes</source>
        <translation>Köhnə protokolların idxalı</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="48"/>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/old_minutes_import.py" line="71"/>
        <source>no date was found</source>
        <translation>tarix tapılmadı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/old_minutes_import.py" line="73"/>
        <source>Imported %1 with %n participant(s); check it and fill in the rest.</source>
        <translation>
            <numerusform>%1 idxal edildi, %n iştirakçı tapıldı; yoxlayın və qalanını doldurun.</numerusform>
            <numerusform>%1 idxal edildi, %n iştirakçı tapıldı; yoxlayın və qalanını doldurun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="270"/>
        <source>“%1” is not a time: type it as 11:00 or 1100.</source>
        <translation>“%1” vaxt deyil: 11:00 və ya 1100 kimi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="279"/>
        <source>A time takes digits only: type it as 11:00 or 1100.</source>
        <translation>Vaxt yalnız rəqəmlərlə yazılır: 11:00 və ya 1100 kimi yazın.</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <location filename="../../ui/editor/organisation_field.py" line="68"/>
        <source>Add “%1” as a new organisation…</source>
        <translation>“%1” təşkilatını yeni təşkilat kimi əlavə et…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="41"/>
        <source>Edit organisation</source>
        <translation>Təşkilatın redaktəsi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="41"/>
        <source>New organisation</source>
        <translation>Yeni təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="60"/>
        <source>&amp;Name (as usually written):</source>
        <translation>&amp;Ad (adətən yazıldığı kimi):</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="117"/>
        <source>In &amp;English:</source>
        <translation>&amp;İngiliscə:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="120"/>
        <source>In &amp;Azerbaijani:</source>
        <translation>&amp;Azərbaycanca:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="123"/>
        <source>In &amp;Russian:</source>
        <translation>&amp;Rusca:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="63"/>
        <source>&amp;Country:</source>
        <translation>Ö&amp;lkə:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisation_dialog.py" line="64"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Qeydlər:</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="71"/>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="72"/>
        <source>Embassy</source>
        <translation>Səfirlik</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="73"/>
        <source>Trade mission</source>
        <translation>Ticarət nümayəndəliyi</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="74"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="75"/>
        <source>Public body</source>
        <translation>Dövlət qurumu</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="76"/>
        <source>International organisation</source>
        <translation>Beynəlxalq təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="77"/>
        <source>Government office</source>
        <translation>Hökumət orqanı</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="78"/>
        <source>Regional body</source>
        <translation>Regional qurum</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="79"/>
        <source>Non-governmental organisation</source>
        <translation>Qeyri-hökumət təşkilatı</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="80"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="22"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="23"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="24"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/directory/organisations_table_model.py" line="25"/>
        <source>Other names</source>
        <translation>Digər adlar</translation>
    </message>
</context>
<context>
    <name>OverdueMark</name>
    <message numerus="yes">
        <location filename="../../ui/common/overdue_mark.py" line="35"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n gün gecikib</numerusform>
            <numerusform>%n gün gecikib</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="265"/>
        <source>Show other participants</source>
        <translation>Digər iştirakçıları göstər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="268"/>
        <source>Participants on neither side: observers, moderators, international organisations</source>
        <translation>Heç bir tərəfə aid olmayan iştirakçılar: müşahidəçilər, moderatorlar, beynəlxalq təşkilatlar</translation>
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
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="27"/>
        <source>Position at the meeting</source>
        <translation>Görüşdəki vəzifəsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="28"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="29"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="30"/>
        <source>Present</source>
        <translation>İştirak</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="31"/>
        <source>Position: {0}</source>
        <translation>Vəzifə: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="69"/>
        <source>Representative (unnamed)</source>
        <translation>Nümayəndə (adı göstərilməyib)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="71"/>
        <source>(unknown person)</source>
        <translation>(naməlum şəxs)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants_model.py" line="114"/>
        <source>Representative of {0}</source>
        <translation>{0} nümayəndəsi</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="28"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="29"/>
        <source>Other spellings</source>
        <translation>Digər yazılışlar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="30"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/people_table_model.py" line="33"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="43"/>
        <source>Edit person</source>
        <translation>Şəxsin redaktəsi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="43"/>
        <source>New person</source>
        <translation>Yeni şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="54"/>
        <source>Type any of its names…</source>
        <translation>Onun istənilən adını yazın…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="55"/>
        <source>New organisa&amp;tion…</source>
        <translation>Yeni &amp;təşkilat…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="31"/>
        <source>&lt;b&gt;Name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ad&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="32"/>
        <source>&lt;b&gt;Position&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vəzifə&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="35"/>
        <source>As usually &amp;written:</source>
        <translation>Adətən &amp;yazıldığı kimi:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="42"/>
        <source>&amp;English:</source>
        <translation>&amp;İngiliscə:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="49"/>
        <source>&amp;Azerbaijani:</source>
        <translation>&amp;Azərbaycanca:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/spelling_fields.py" line="56"/>
        <source>&amp;Russian:</source>
        <translation>&amp;Rusca:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="77"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Təşkilat:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="80"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;poçt:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="81"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="82"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Qeydlər:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/person_dialog.py" line="125"/>
        <source>No organisation of the directory has this name. Pick one from the list, or add it with “New organisation…”.</source>
        <translation>Soraq kitabçasında bu adda təşkilat yoxdur. Onu siyahıdan seçin və ya “Yeni təşkilat…” düyməsi ilə əlavə edin.</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="163"/>
        <source>Me</source>
        <translation>Mən</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="167"/>
        <source>Me ({0})</source>
        <translation>Mən ({0})</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="65"/>
        <source>New person “{0}”…</source>
        <translation>Yeni şəxs “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="68"/>
        <source>Representative of another organisation…</source>
        <translation>Başqa təşkilatın nümayəndəsi…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/person_picker.py" line="78"/>
        <source>Representative of {0}</source>
        <translation>{0} nümayəndəsi</translation>
    </message>
</context>
<context>
    <name>PresetsBox</name>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="23"/>
        <source>Overdue</source>
        <translation>Müddəti keçmiş</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="25"/>
        <source>Due this week</source>
        <translation>Bu həftə müddəti çatan</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="66"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>Filtri &amp;yadda saxla…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="67"/>
        <location filename="../../ui/tracker/presets_box.py" line="181"/>
        <location filename="../../ui/tracker/presets_box.py" line="191"/>
        <source>Delete preset</source>
        <translation>Saxlanmış filtri sil</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="68"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Saxlanmış filtr:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="94"/>
        <location filename="../../ui/tracker/presets_box.py" line="101"/>
        <source>Custom filter</source>
        <translation>Öz filtriniz</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="87"/>
        <source>Presets</source>
        <translation>Saxlanmış filtrlər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="146"/>
        <location filename="../../ui/tracker/presets_box.py" line="156"/>
        <location filename="../../ui/tracker/presets_box.py" line="166"/>
        <source>Save filter as preset</source>
        <translation>Filtrin yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="147"/>
        <source>Name of the preset:</source>
        <translation>Saxlanmış filtrin adı:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="157"/>
        <source>A preset named “%1” exists. Replace it with the current filter?</source>
        <translation>“%1” adlı saxlanmış filtr artıq var. Onu cari filtrlə əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="170"/>
        <source>Preset “%1” saved.</source>
        <translation>“%1” filtri yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="182"/>
        <source>Delete the preset “%1”? The follow-ups are not affected.</source>
        <translation>“%1” saxlanmış filtri silinsin? Tapşırıqların özlərinə bu təsir etmir.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="194"/>
        <source>Preset “%1” deleted.</source>
        <translation>“%1” saxlanmış filtri silindi.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/presets_box.py" line="206"/>
        <source>Built-in presets cannot be deleted.</source>
        <translation>Daxili filtrləri silmək olmaz.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="58"/>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="59"/>
        <source>Normal</source>
        <translation>Adi</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="60"/>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="61"/>
        <source>Urgent</source>
        <translation>Təcili</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="42"/>
        <source>Recover unsaved work</source>
        <translation>Yadda saxlanılmamış işin bərpası</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="46"/>
        <source>Minutes App did not close properly last time. It kept a copy of the changes that were not saved yet.
Recover opens one in the meeting editor, as unsaved changes for you to check and save. Discard deletes the copy for good. What you leave here is offered again at the next start.</source>
        <translation>Minutes App ötən dəfə düzgün bağlanmayıb. Proqram hələ yadda saxlanılmamış dəyişikliklərin nüsxəsini saxlayıb.
“Bərpa et” nüsxəni görüş redaktorunda yadda saxlanılmamış dəyişikliklər kimi açır ki, onları yoxlayıb yadda saxlayasınız. “Sil” nüsxəni həmişəlik silir. Burada qalan nüsxələr proqramın növbəti açılışında yenidən təklif olunacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Unsaved changes from</source>
        <translation>Dəyişikliklərin vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="67"/>
        <source>&amp;Recover</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="68"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="69"/>
        <source>Decide &amp;later</source>
        <translation>Sonra &amp;qərar ver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="88"/>
        <location filename="../../ui/editor/recovery_dialog.py" line="131"/>
        <source>(untitled meeting)</source>
        <translation>(başlıqsız görüş)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="90"/>
        <source>New meeting, never saved</source>
        <translation>Yeni görüş, heç vaxt yadda saxlanılmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="92"/>
        <source>Changes to a saved meeting</source>
        <translation>Saxlanılmış görüşdəki dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="116"/>
        <source>This copy could not be opened; the reason is in the log. It is kept.</source>
        <translation>Bu nüsxəni açmaq alınmadı; səbəbi jurnal faylındadır. Nüsxə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="129"/>
        <source>Discard unsaved work</source>
        <translation>Yadda saxlanılmamış işin silinməsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/recovery_dialog.py" line="130"/>
        <source>Delete the unsaved changes to “{0}” for good?</source>
        <translation>“{0}” görüşündəki yadda saxlanılmamış dəyişikliklər həmişəlik silinsin?</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="43"/>
        <source>Status report</source>
        <translation>İcra vəziyyəti haqqında hesabat</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="45"/>
        <source>Country, then topic</source>
        <translation>Ölkə, sonra mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="46"/>
        <source>Country, then department</source>
        <translation>Ölkə, sonra şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="55"/>
        <source>Also list follow-ups completed or cancelled &amp;before the period</source>
        <translation>Dövrdən ə&amp;vvəl icra və ya ləğv edilmiş tapşırıqları da göstər</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="56"/>
        <source>&amp;Summary only (one page, without the list of follow-ups)</source>
        <translation>Yalnız &amp;xülasə (bir səhifə, tapşırıqların siyahısı olmadan)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="65"/>
        <source>Period &amp;from:</source>
        <translation>Dövrün &amp;başlanğıcı:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="66"/>
        <source>Period &amp;to:</source>
        <translation>Dövrün &amp;sonu:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="82"/>
        <source>The period must start before it ends.</source>
        <translation>Dövrün başlanğıcı onun sonundan əvvəl olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="57"/>
        <source>The report lists the follow-ups the tracker shows now, with its current filter.</source>
        <translation>Hesabata siyahıda cari filtrlə indi göstərilən tapşırıqlar daxil edilir.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="63"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Qruplaşdırma:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/report_options.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="25"/>
        <source>Representative of an organisation</source>
        <translation>Təşkilatın nümayəndəsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="34"/>
        <source>Optional, e.g. Counsellor</source>
        <translation>İstəyə görə, məsələn, müşavir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="37"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Təşkilat:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="39"/>
        <source>&amp;Position at the meeting:</source>
        <translation>Görüşdəki &amp;vəzifəsi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/representative_dialog.py" line="54"/>
        <source>Choose or type the organisation.</source>
        <translation>Təşkilatı seçin və ya daxil edin.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <location filename="../../ui/startup/restart.py" line="38"/>
        <location filename="../../ui/startup/restart.py" line="61"/>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="40"/>
        <source>The menus and page names are now in %1. Restart the app to show every window in it?</source>
        <translation>Menyular və səhifələrin adları artıq “%1” dilindədir. Bütün pəncərələrin bu dildə göstərilməsi üçün proqram yenidən başladılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="45"/>
        <source>The window&apos;s size and page are kept; an open meeting is closed first, asking to save it.</source>
        <translation>Pəncərənin ölçüsü və açıq səhifə saxlanılacaq; açıq görüş əvvəlcə bağlanacaq və yadda saxlanmamış dəyişikliklərin saxlanması təklif ediləcək.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="49"/>
        <source>&amp;Restart now</source>
        <translation>İndi &amp;yenidən başlat</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="51"/>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <location filename="../../ui/startup/restart.py" line="62"/>
        <source>The app could not start again by itself. Start it again as usual to see the new language.</source>
        <translation>Proqram özü yenidən başlaya bilmədi. Yeni dili görmək üçün onu adi qaydada yenidən başladın.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="24"/>
        <source>Daily</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="25"/>
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="26"/>
        <source>Before an update</source>
        <translation>Yeniləmədən əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="27"/>
        <source>Before a restore</source>
        <translation>Bərpadan əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="37"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="43"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="44"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="52"/>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Made</source>
        <translation>Yaradılma vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="57"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="71"/>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 qovluğunda hələ ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="74"/>
        <source>The backup is checked before anything is replaced, and the current data is backed up first.</source>
        <translation>Məlumatlar əvəz edilməzdən əvvəl ehtiyat nüsxə yoxlanılır, cari məlumatların isə əvvəlcə ehtiyat nüsxəsi çıxarılır.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="78"/>
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="80"/>
        <source>&amp;Other file…</source>
        <translation>Başqa &amp;fayl…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="100"/>
        <source>Minutes App backups (*.db);;All files (*)</source>
        <translation>Minutes App ehtiyat nüsxələri (*.db);;Bütün fayllar (*)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="40"/>
        <source>Head of state</source>
        <translation>Dövlət başçısı</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="41"/>
        <source>Head of government</source>
        <translation>Hökumət başçısı</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="42"/>
        <source>Co-chair of the intergovernmental commission</source>
        <translation>Hökumətlərarası komissiyanın həmsədri</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="45"/>
        <source>Ambassador</source>
        <translation>Səfir</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="47"/>
        <source>Adviser</source>
        <translation>Müşavir</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="48"/>
        <source>Interpreter</source>
        <translation>Tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="43"/>
        <source>Chair</source>
        <translation>Sədr</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="44"/>
        <source>Head of delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="46"/>
        <source>Member of delegation</source>
        <translation>Nümayəndə heyətinin üzvü</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="49"/>
        <source>Note-taker</source>
        <translation>Protokolu aparan</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="50"/>
        <source>Observer</source>
        <translation>Müşahidəçi</translation>
    </message>
</context>
<context>
    <name>RoleLimits</name>
    <message>
        <location filename="../../ui/team/role_limits.py" line="24"/>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="25"/>
        <source>Head of department</source>
        <translation>Şöbə rəhbəri</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="26"/>
        <source>Reader</source>
        <translation>Oxucu</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="28"/>
        <source>No role</source>
        <translation>Rol yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="38"/>
        <source>cleared for: %1</source>
        <translation>buraxılış: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="40"/>
        <source>no clearance for marked meetings</source>
        <translation>qrifli görüşlərə buraxılış yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="49"/>
        <source>You are a reader on this team server: you can read, search and export, but not create or change records.</source>
        <translation>Bu komanda serverində siz oxucusunuz: qeydləri oxuya, axtara və ixrac edə bilərsiniz, lakin yarada və ya dəyişə bilməzsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="59"/>
        <source>Only a head of department changes the shared lists (topics, roles, people and organisations) on this team server.</source>
        <translation>Bu komanda serverində ümumi siyahıları (mövzular, rollar, şəxslər və təşkilatlar) yalnız şöbə rəhbəri dəyişir.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="75"/>
        <source>This meeting is marked above your clearance: you can read it, not change it.</source>
        <translation>Bu görüşün qrifi sizin buraxılışınızdan yüksəkdir: onu oxuya bilərsiniz, dəyişə bilməzsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="81"/>
        <source>This meeting belongs to no department: a head of department takes it into theirs before it can be changed.</source>
        <translation>Bu görüş heç bir şöbəyə aid deyil: dəyişdirilməzdən əvvəl onu şöbə rəhbəri öz şöbəsinə götürməlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/team/role_limits.py" line="85"/>
        <source>This meeting belongs to the department “%1”: only its officers and head change it. You can read and export it.</source>
        <translation>Bu görüş “%1” şöbəsinə aiddir: onu yalnız həmin şöbənin əməkdaşları və rəhbəri dəyişir. Siz onu oxuya və ixrac edə bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="27"/>
        <source>e.g. head of delegation; empty prints nothing</source>
        <translation>məsələn, head of delegation; boş qalsa, çap olunmur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="28"/>
        <source>&amp;Leads its side: listed first, signs agreed minutes</source>
        <translation>Tərəfə &amp;başçılıq edir: siyahıda birinci göstərilir, razılaşdırılmış protokolu imzalayır</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="29"/>
        <source>In &amp;use: offered for participants</source>
        <translation>İstifadə&amp;də: iştirakçılar üçün təklif olunur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="30"/>
        <source>&amp;New role</source>
        <translation>&amp;Yeni rol</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="31"/>
        <source>Sa&amp;ve role</source>
        <translation>Rolu yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="32"/>
        <source>&amp;Delete role</source>
        <translation>Rolu si&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="35"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="36"/>
        <source>Printed after a name, in brackets</source>
        <translation>Addan sonra mötərizədə çap olunur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;English:</source>
        <translation>&amp;İngiliscə:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;Azerbaijani:</source>
        <translation>&amp;Azərbaycanca:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="37"/>
        <source>&amp;Russian:</source>
        <translation>&amp;Rusca:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="49"/>
        <source>Documents print the role&apos;s wording in their language after a participant&apos;s name, or nothing where it is empty (a President receiving a delegation needs no mention). A role that meetings use can be taken out of use but not deleted; those meetings keep it. Each role is saved by “Save role”.</source>
        <translation>Sənədlərdə iştirakçının adından sonra rolun sənədin dilindəki mətni çap olunur, mətn boşdursa, heç nə çap olunmur (nümayəndə heyətini qəbul edən Prezident üçün əlavə qeyd tələb olunmur). Görüşlərdə istifadə olunan rol istifadədən çıxarıla bilər, lakin silinə bilməz; həmin görüşlərdə o saxlanılır. Hər rol “Rolu yadda saxla” düyməsi ilə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="65"/>
        <source>“%1” is built in.</source>
        <translation>“%1” daxili roldur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/roles_editor.py" line="67"/>
        <source>“%1” is the role of %n participant(s) in meetings.</source>
        <translation>
            <numerusform>“%1” görüşlərdə %n iştirakçının roludur.</numerusform>
            <numerusform>“%1” görüşlərdə %n iştirakçının roludur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="71"/>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="72"/>
        <source>It cannot be deleted; untick “In use” to stop offering it.</source>
        <translation>Onu silmək mümkün deyil; rolun təklif olunmasını dayandırmaq üçün “İstifadədə” qutusundan işarəni götürün.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/roles_editor.py" line="93"/>
        <source>(not in use)</source>
        <translation>(istifadə olunmur)</translation>
    </message>
</context>
<context>
    <name>SampleMeeting</name>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="16"/>
        <source>%n participant(s)</source>
        <translation>%n iştirakçı</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="17"/>
        <source>%n follow-up(s)</source>
        <translation>%n tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="19"/>
        <source>The sample meeting was loaded: 1 meeting, %1, %2.</source>
        <translation>Nümunə görüş yükləndi: 1 görüş, %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/sample_loading.py" line="30"/>
        <source>Sample meeting</source>
        <translation>Nümunə görüş</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search/results_model.py" line="31"/>
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="32"/>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="33"/>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="34"/>
        <source>Agenda items</source>
        <translation>Gündəlik məsələləri</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="35"/>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="36"/>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="37"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
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
        <translation>↓ nəticələrə keçir · Enter açır · Esc bağlayır</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="182"/>
        <source>&amp;General</source>
        <translation>&amp;Ümumi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="183"/>
        <source>&amp;Topics</source>
        <translation>&amp;Mövzular</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="56"/>
        <source>Settings</source>
        <translation>Tənzimləmələr</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="63"/>
        <source>Type any of its names…</source>
        <translation>Onun istənilən adını yazın…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="67"/>
        <source>Add “%1” as a new organisation…</source>
        <translation>“%1” təşkilatını yeni təşkilat kimi əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="74"/>
        <source>The bundled template</source>
        <translation>Daxili şablon</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="76"/>
        <source>Use &amp;bundled</source>
        <translation>&amp;Daxili şablon</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="77"/>
        <source>Remind me of follow-ups that are due soon or overdue</source>
        <translation>Müddəti yaxınlaşan və ya keçmiş tapşırıqları xatırlat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="84"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="86"/>
        <source>A larger file is refused when attached to a meeting or follow-up</source>
        <translation>Görüşə və ya tapşırığa bundan böyük fayl əlavə edilmir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="92"/>
        <source>No reminder</source>
        <translation>Xatırlatma olmadan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="93"/>
        <source> day(s) before</source>
        <translation> gün əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="96"/>
        <source>As the system</source>
        <translation>Sistemdəki kimi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="117"/>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="119"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="121"/>
        <source>Your &amp;position:</source>
        <translation>&amp;Vəzifəniz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="124"/>
        <source>Your &amp;organisation:</source>
        <translation>&amp;Təşkilatınız:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="129"/>
        <source>Your name and position sign the minutes as “prepared by” and are the Word documents&apos; author. Your organisation is the host side of new meetings.</source>
        <translation>Adınız və vəzifəniz protokolda “Tərtib etdi” kimi göstərilir və Word sənədlərinin müəllifi olur. Təşkilatınız yeni görüşlərdə qəbul edən tərəfdir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="134"/>
        <source>Minutes</source>
        <translation>Protokollar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="137"/>
        <source>Default &amp;language:</source>
        <translation>Standart &amp;dil:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="143"/>
        <source>&amp;Word template:</source>
        <translation>&amp;Word şablonu:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="146"/>
        <source>Reminders and backups</source>
        <translation>Xatırlatmalar və ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="149"/>
        <source>Backups to &amp;keep:</source>
        <translation>Saxlanılan ehtiyat &amp;nüsxələr:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="151"/>
        <source>Largest &amp;attached file:</source>
        <translation>Əlavə edilən faylın ən böyük &amp;həcmi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="153"/>
        <source>Calendar</source>
        <translation>Təqvim</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="155"/>
        <source>Time &amp;zone:</source>
        <translation>Saat &amp;qurşağı:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="157"/>
        <source>Deadline &amp;reminder:</source>
        <translation>Müddət barədə &amp;xatırlatma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="162"/>
        <source>The calendar export (.ics) gives meeting times in this time zone; Outlook and Thunderbird remind the owner of an open follow-up before its deadline.</source>
        <translation>Təqvim ixracında (.ics) görüşlərin vaxtı bu saat qurşağı üzrə göstərilir; Outlook və Thunderbird açıq tapşırığın icraçısına müddət bitməzdən əvvəl xatırladır.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="167"/>
        <source>Interface</source>
        <translation>İnterfeys</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="169"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;İnterfeys dili:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="173"/>
        <source>The menus and page names change at once; the app offers to restart to show every window in the new language.</source>
        <translation>Menyular və səhifələrin adları dərhal dəyişir; bütün pəncərələrin yeni dildə göstərilməsi üçün proqram yenidən başladılmağı təklif edir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="184"/>
        <source>R&amp;oles</source>
        <translation>R&amp;ollar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="212"/>
        <source>Pick your organisation from the list shown as you type, or add it there as a new organisation.</source>
        <translation>Təşkilatınızı yazdıqca açılan siyahıdan seçin və ya orada yeni təşkilat kimi əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="220"/>
        <source>Choose an existing Word file (.docx), or leave empty for the bundled template.</source>
        <translation>Mövcud Word faylını (.docx) seçin və ya daxili şablon üçün sahəni boş saxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="251"/>
        <source>Word template</source>
        <translation>Word şablonu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="251"/>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="53"/>
        <source>Host side</source>
        <translation>Qəbul edən tərəf</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="54"/>
        <source>Guest side</source>
        <translation>Qonaq tərəf</translation>
    </message>
    <message>
        <location filename="../../ui/common/vocabulary_labels.py" line="55"/>
        <source>Other participants</source>
        <translation>Digər iştirakçılar</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="63"/>
        <source>Add a participant: type any spelling of a name, or an organisation, then Enter</source>
        <translation>İştirakçı əlavə edin: adı istənilən yazılışla və ya təşkilatı daxil edib Enter düyməsini basın</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="69"/>
        <source>New person…</source>
        <translation>Yeni şəxs…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="70"/>
        <source>Add someone who is not in the directory yet</source>
        <translation>Soraq kitabçasında hələ olmayan şəxsi əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="72"/>
        <source>Representative…</source>
        <translation>Nümayəndə…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="73"/>
        <source>Add an unnamed representative of an organisation</source>
        <translation>Təşkilatın adı göstərilməyən nümayəndəsini əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="163"/>
        <source>{0} is already listed on this meeting.</source>
        <translation>{0} artıq bu görüşün iştirakçıları siyahısındadır.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="39"/>
        <source>The daily backup was not made: the disk is full. Free some space; your data is unchanged.</source>
        <translation>Gündəlik ehtiyat nüsxə yaradılmadı: disk doludur. Diskdə yer boşaldın; məlumatlarınız dəyişməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="42"/>
        <source>The daily backup failed: %1</source>
        <translation>Gündəlik ehtiyat nüsxə yaradılmadı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="46"/>
        <source>Daily backup saved: %1</source>
        <translation>Gündəlik ehtiyat nüsxə saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="97"/>
        <source>Welcome</source>
        <translation>Xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../ui/startup/after_store_opens.py" line="98"/>
        <source>There are no meetings yet.

Load a sample meeting (the Minister of Economy receiving a Russian delegation) to see how a complete record looks? You can delete it at any time.</source>
        <translation>Hələ heç bir görüş yoxdur.

Tam qeydin necə göründüyünü görmək üçün nümunə görüş (İqtisadiyyat naziri Rusiya nümayəndə heyətini qəbul edir) yüklənsin? Onu istənilən vaxt silə bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="51"/>
        <source>Change status</source>
        <translation>Vəziyyətin dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="56"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Status: %2 → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vəziyyət: %2 → &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="65"/>
        <source>choose a date</source>
        <translation>tarix seçin</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="70"/>
        <source>Why is this follow-up reopened? (required)</source>
        <translation>Tapşırıq niyə yenidən açılır? (mütləqdir)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="72"/>
        <source>What was done, or why the status changes (optional)</source>
        <translation>Nə edilib və ya vəziyyət niyə dəyişir (istəyə görə)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="80"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;İcra tarixi:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="84"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Yeni müddət:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="87"/>
        <source>Reason (&amp;required):</source>
        <translation>&amp;Səbəb (mütləqdir):</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="87"/>
        <source>&amp;Note:</source>
        <translation>&amp;Qeyd:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="117"/>
        <source>Choose the new due date.</source>
        <translation>Yeni müddəti seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="119"/>
        <source>The new due date cannot be in the past.</source>
        <translation>Yeni müddət keçmişdə ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/status_dialog.py" line="121"/>
        <source>Say why the follow-up is reopened.</source>
        <translation>Tapşırığın niyə yenidən açıldığını yazın.</translation>
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
        <translation>Mənim kompüterim</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_caption.py" line="17"/>
        <source>Team server: %1 (%2)</source>
        <translation>Komanda serveri: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_caption.py" line="28"/>
        <source>My computer: %1</source>
        <translation>Mənim kompüterim: %1</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="44"/>
        <source>%1 cannot open its data</source>
        <translation>%1 məlumatları aça bilmir</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="51"/>
        <source>&amp;Restore the backup of %1</source>
        <translation>%1 tarixli ehtiyat nüsxəni &amp;bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="54"/>
        <source>&amp;Open another data file…</source>
        <translation>Başqa məlumat faylını &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="55"/>
        <source>Start a &amp;new data file…</source>
        <translation>&amp;Yeni məlumat faylı yarat…</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="63"/>
        <source>The data file is not a Minutes App database.</source>
        <translation>Məlumat faylı Minutes App verilənlər bazası deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="65"/>
        <source>The data file cannot be read by this user (permission denied).</source>
        <translation>Məlumat faylı bu istifadəçi tərəfindən oxuna bilmir (icazə yoxdur).</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="67"/>
        <source>The data file is damaged.</source>
        <translation>Məlumat faylı zədələnib.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="69"/>
        <source>The data file was written by a newer version of Minutes App.</source>
        <translation>Məlumat faylı Minutes App-in daha yeni versiyası ilə yazılıb.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="71"/>
        <source>The data file or its folder cannot be written to.</source>
        <translation>Məlumat faylına və ya onun qovluğuna yazmaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="73"/>
        <source>The data file holds another program&apos;s database.</source>
        <translation>Məlumat faylında başqa proqramın verilənlər bazası var.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="75"/>
        <source>Updating the data file for this version of the app failed.</source>
        <translation>Məlumat faylını proqramın bu versiyası üçün yeniləmək alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="77"/>
        <source>The data file does not exist.</source>
        <translation>Məlumat faylı mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="79"/>
        <source>The disk is full: the data file could not be updated for this version of the app.</source>
        <translation>Disk doludur: məlumat faylını proqramın bu versiyası üçün yeniləmək alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="80"/>
        <source>The data cannot be opened.</source>
        <translation>Məlumatları açmaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="90"/>
        <source>File: %1</source>
        <translation>Fayl: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="91"/>
        <source>The file was not changed.</source>
        <translation>Fayl dəyişdirilməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="94"/>
        <source>Install the newer version of the app to open it, or work on another file.</source>
        <translation>Onu açmaq üçün proqramın yeni versiyasını quraşdırın və ya başqa faylla işləyin.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="96"/>
        <source>Check the folder&apos;s permissions or free disk space, or open a file elsewhere.</source>
        <translation>Qovluğa giriş hüquqlarını və ya diskdə boş yeri yoxlayın, yaxud başqa yerdəki faylı açın.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="100"/>
        <source>Nothing is wrong with the file itself: ask whoever owns it, or your IT support, to let you read it.</source>
        <translation>Faylın özündə problem yoxdur: onu oxumağınıza icazə vermək üçün faylın sahibinə və ya İT dəstəyinə müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="104"/>
        <source>Free some space on the disk, then open the app again.</source>
        <translation>Diskdə yer boşaldın, sonra proqramı yenidən açın.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="110"/>
        <source>You can restore the latest good backup (%1). The file as it is now is kept in the backups folder.</source>
        <translation>Son sağlam ehtiyat nüsxəni (%1) bərpa edə bilərsiniz. Faylın hazırkı halı ehtiyat nüsxələr qovluğunda saxlanılacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="114"/>
        <source>There is no backup to restore.</source>
        <translation>Bərpa üçün ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/startup/store_error_dialog.py" line="118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>və daha %n nüsxə</numerusform>
            <numerusform>və daha %n nüsxə</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="119"/>
        <source>Newer backups that cannot be restored, skipped:</source>
        <translation>Bərpa edilə bilmədiyi üçün ötürülmüş daha yeni ehtiyat nüsxələr:</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_error_dialog.py" line="121"/>
        <source>You can also open another data file, start a new one, or quit.</source>
        <translation>Həmçinin başqa məlumat faylını aça, yenisini yarada və ya çıxa bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="14"/>
        <source>The disk is full: nothing was saved; free some space and save again.</source>
        <translation>Disk doludur: heç nə yadda saxlanılmadı; diskdə yer boşaldın və yenidən yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="17"/>
        <source>The data is in use by another window, program or colleague and stayed locked for 30 seconds: nothing was saved; try again in a moment.</source>
        <translation>Məlumatlar başqa pəncərə, proqram və ya həmkarınız tərəfindən istifadə olunur və 30 saniyə ərzində kilidli qaldı: heç nə yadda saxlanılmadı; bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="22"/>
        <source>The data folder or file is read-only: nothing can be saved here. Ask for write access to the folder, or work on a copy in a folder you can write to.</source>
        <translation>Məlumat qovluğu və ya faylı yalnız oxunmaq üçündür: burada heç nə yadda saxlamaq mümkün deyil. Qovluğa yazma hüququ verilməsini xahiş edin və ya yazma hüququnuz olan qovluqdakı nüsxə ilə işləyin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="27"/>
        <source>The disk reported an error while reading or writing the data: nothing was saved. Check the disk or network drive, then save again.</source>
        <translation>Məlumatlar oxunarkən və ya yazılarkən disk xəta bildirdi: heç nə yadda saxlanılmadı. Diski və ya şəbəkə diskini yoxlayın, sonra yenidən yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="32"/>
        <source>The data file is damaged: nothing was saved. Close the app and open it again to restore a backup.</source>
        <translation>Məlumat faylı zədələnib: heç nə yadda saxlanılmadı. Ehtiyat nüsxəni bərpa etmək üçün proqramı bağlayıb yenidən açın.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="36"/>
        <source>The database cannot be reached: nothing was saved; check the network or the server, then save again.</source>
        <translation>Verilənlər bazası ilə əlaqə yoxdur: heç nə yadda saxlanılmadı; şəbəkəni və ya serveri yoxlayın, sonra yenidən yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="40"/>
        <source>The team server refused this change: your role does not allow it (a reader, a meeting of another department, a marking above your clearance, or a shared list only a head of department changes). Nothing was saved.</source>
        <translation>Komanda serveri bu dəyişikliyi rədd etdi: rolunuz buna icazə vermir (oxucu, başqa şöbənin görüşü, buraxılışınızdan yüksək qrif və ya yalnız şöbə rəhbərinin dəyişdiyi ümumi siyahı). Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/common/store_failure_text.py" line="57"/>
        <source>This data folder is read-only: you can browse, search and export, but nothing can be saved. Ask for write access to the folder, or work on a copy in a folder you can write to.</source>
        <translation>Bu məlumat qovluğu yalnız oxunmaq üçündür: məlumatlara baxa, axtarış apara və ixrac edə bilərsiniz, lakin heç nə yadda saxlanıla bilməz. Qovluğa yazma hüququ verilməsini xahiş edin və ya yazma hüququnuz olan qovluqdakı nüsxə ilə işləyin.</translation>
    </message>
</context>
<context>
    <name>StoreMenu</name>
    <message>
        <location filename="../../ui/team/store_menu.py" line="28"/>
        <source>C&amp;onnect to a team server…</source>
        <translation>Komanda serverinə &amp;qoşul…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="30"/>
        <source>S&amp;witch to</source>
        <translation>&amp;Keçid et</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="32"/>
        <source>Saved team ser&amp;vers</source>
        <translation>Saxlanmış komanda ser&amp;verləri</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="41"/>
        <source>My computer</source>
        <translation>Mənim kompüterim</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="51"/>
        <source>Team server: %1 (%2)</source>
        <translation>Komanda serveri: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="65"/>
        <source>No team server saved yet</source>
        <translation>Hələ heç bir komanda serveri saxlanılmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzəlt…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="89"/>
        <source>Delete team server</source>
        <translation>Komanda serverini sil</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="90"/>
        <source>Delete the saved team server “%1” (%2)?</source>
        <translation>Saxlanmış “%1” (%2) komanda serveri silinsin?</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="95"/>
        <source>Its password is removed from the keyring too. Nothing on the server itself is changed.</source>
        <translation>Onun parolu da açar dəstindən silinir. Serverin özündə heç nə dəyişmir.</translation>
    </message>
    <message>
        <location filename="../../ui/team/store_menu.py" line="97"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="12"/>
        <source>action</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="13"/>
        <source>owner</source>
        <translation>icraçı</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="14"/>
        <source>department</source>
        <translation>şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="15"/>
        <source>counterpart contact</source>
        <translation>qarşı tərəfin əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="16"/>
        <source>due date</source>
        <translation>müddət</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="17"/>
        <source>priority</source>
        <translation>prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="18"/>
        <source>topic</source>
        <translation>mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="19"/>
        <source>status</source>
        <translation>vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="52"/>
        <source>This meeting was changed on the Follow-ups page; the editor shows the current version.</source>
        <translation>Bu görüş “Tapşırıqlar” səhifəsində dəyişdirilib; redaktorda onun cari versiyası göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="56"/>
        <source>This meeting was changed elsewhere in the app; the editor shows the current version.</source>
        <translation>Bu görüş proqramın başqa yerində dəyişdirilib; redaktorda onun cari versiyası göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/store_notice.py" line="60"/>
        <source>Follow-up {0} was changed there and here: your unsaved version is kept, and saving will ask which to keep.</source>
        <translation>{0} nömrəli tapşırıq həm orada, həm də burada dəyişdirilib: yadda saxlanılmamış versiyanız qalır, yadda saxlayarkən hansı versiyanın saxlanılacağı soruşulacaq.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="73"/>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="79"/>
        <source>The backup could not be restored: %1</source>
        <translation>Ehtiyat nüsxəni bərpa etmək alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="84"/>
        <source>Restored from “%1”. The previous file is kept as “%2”.</source>
        <translation>“%1” nüsxəsindən bərpa edildi. Əvvəlki fayl “%2” kimi saxlanılıb.</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="91"/>
        <source>Open another data file</source>
        <translation>Başqa məlumat faylını aç</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="93"/>
        <source>Minutes App data (*.db);;All files (*)</source>
        <translation>Minutes App məlumatları (*.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="101"/>
        <location filename="../../ui/startup/store_opening.py" line="110"/>
        <source>Start a new data file</source>
        <translation>Yeni məlumat faylı</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="103"/>
        <source>Minutes App data (*.db)</source>
        <translation>Minutes App məlumatları (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/startup/store_opening.py" line="111"/>
        <source>“%1” already exists. Choose a new name, or open it as another data file.</source>
        <translation>“%1” artıq mövcuddur. Yeni ad seçin və ya onu başqa məlumat faylı kimi açın.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../../ui/team/server_opening.py" line="30"/>
        <source>Team server password</source>
        <translation>Komanda serverinin parolu</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="31"/>
        <source>Password for the team server “%1”:</source>
        <translation>“%1” komanda serverinin parolu:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="48"/>
        <source>The team server holds Minutes App data in an older format (schema %1). This version must update it before use; colleagues with an older version of the app cannot use it afterwards.</source>
        <translation>Komanda serverində Minutes App məlumatları köhnə formatdadır (sxem %1). Bu versiya istifadədən əvvəl onları yeniləməlidir; bundan sonra proqramın köhnə versiyası olan həmkarlar onlardan istifadə edə bilməyəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="54"/>
        <source>The server&apos;s backups are the database administrator&apos;s (DBA&apos;s) job: ask them to take one before you continue, for example:</source>
        <translation>Serverin ehtiyat nüsxələri verilənlər bazası administratorunun (DBA) işidir: davam etməzdən əvvəl ondan ehtiyat nüsxə çıxarmasını xahiş edin, məsələn:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="60"/>
        <source>Update the data on the team server now?</source>
        <translation>Komanda serverindəki məlumatlar indi yenilənsin?</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="66"/>
        <source>Team server</source>
        <translation>Komanda serveri</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="83"/>
        <source>The team server&apos;s data was updated by a newer version of Minutes App (schema %1). This version cannot use it: ask your administrator for the newer version.</source>
        <translation>Komanda serverindəki məlumatlar Minutes App-in daha yeni versiyası ilə yenilənib (sxem %1). Bu versiya onlardan istifadə edə bilməz: yeni versiyanı administratordan istəyin.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_opening.py" line="94"/>
        <source>The database holds other tables, not Minutes App data: ask your administrator which database to use.</source>
        <translation>Verilənlər bazasında Minutes App məlumatları deyil, başqa cədvəllər var: hansı bazadan istifadə edəcəyinizi administratordan soruşun.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="14"/>
        <source>The server refused the connection: check the host and port, and that PostgreSQL runs there.</source>
        <translation>Server qoşulmanı rədd etdi: hostu və portu, həmçinin orada PostgreSQL-in işlədiyini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="17"/>
        <source>The server did not answer in time: check the host, the port and the network (VPN, firewall).</source>
        <translation>Server vaxtında cavab vermədi: hostu, portu və şəbəkəni (VPN, firewall) yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="20"/>
        <source>No computer with this host name was found: check the host.</source>
        <translation>Bu host adı ilə kompüter tapılmadı: hostu yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="23"/>
        <source>The server refused the login: check the user and the password.</source>
        <translation>Server girişi rədd etdi: istifadəçini və parolu yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="26"/>
        <source>The server has no database of this name: check the database, or ask the administrator to create it.</source>
        <translation>Serverdə bu adda verilənlər bazası yoxdur: bazanın adını yoxlayın və ya administratordan onu yaratmasını xahiş edin.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="30"/>
        <source>The encrypted connection (TLS) failed: check the encryption setting and the CA certificate.</source>
        <translation>Şifrələnmiş qoşulma (TLS) alınmadı: şifrələmə parametrini və CA sertifikatını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="33"/>
        <source>The connection failed.</source>
        <translation>Qoşulma alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="42"/>
        <source>The database is empty: connecting creates the Minutes App tables in it.</source>
        <translation>Verilənlər bazası boşdur: qoşulduqda orada Minutes App cədvəlləri yaradılacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="45"/>
        <source>The database holds Minutes App data of this version.</source>
        <translation>Verilənlər bazasında bu versiyanın Minutes App məlumatları var.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="48"/>
        <source>The database holds Minutes App data of an older version: connecting offers to update it.</source>
        <translation>Verilənlər bazasında köhnə versiyanın Minutes App məlumatları var: qoşulduqda onları yeniləmək təklif olunacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="51"/>
        <source>The database was updated by a newer version of Minutes App: install that version to use it.</source>
        <translation>Verilənlər bazası Minutes App-in daha yeni versiyası ilə yenilənib: ondan istifadə üçün həmin versiyanı quraşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_words.py" line="54"/>
        <source>The database holds other tables, not Minutes App data: choose another database.</source>
        <translation>Verilənlər bazasında Minutes App məlumatları deyil, başqa cədvəllər var: başqa baza seçin.</translation>
    </message>
</context>
<context>
    <name>TemplateWarnings</name>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="24"/>
        <source>Your Word template links to files or addresses outside it (a template on a server, pictures from the web, links to network shares). Word would fetch them when the document is opened, so they were left out of the document.</source>
        <translation>Word şablonunuz ondan kənardakı fayllara və ya ünvanlara istinad edir (serverdəki şablon, internetdən şəkillər, şəbəkə qovluqlarına keçidlər). Sənəd açılarkən Word onları yükləyərdi, buna görə də onlar sənədə daxil edilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="33"/>
        <source>Your Word template contains macros; they were left out of the document.</source>
        <translation>Word şablonunuzda makroslar var; onlar sənədə daxil edilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/template_warnings.py" line="40"/>
        <source>Your Word template contains fields that fetch outside files or start other programs (such as INCLUDEPICTURE, LINK or DDE). They were replaced by the text or picture they last showed.</source>
        <translation>Word şablonunuzda kənar faylları yükləyən və ya başqa proqramları işə salan sahələr var (məsələn, INCLUDEPICTURE, LINK və ya DDE). Onlar sonuncu dəfə göstərdikləri mətn və ya şəkillə əvəz edildi.</translation>
    </message>
</context>
<context>
    <name>TextsIn</name>
    <message>
        <location filename="../../ui/common/texts_in.py" line="84"/>
        <source>Not translated into Azerbaijani: shown as written</source>
        <translation>Azərbaycan dilinə tərcümə edilməyib: yazıldığı kimi göstərilir</translation>
    </message>
    <message>
        <location filename="../../ui/common/texts_in.py" line="85"/>
        <source>Not translated into Russian: shown as written</source>
        <translation>Rus dilinə tərcümə edilməyib: yazıldığı kimi göstərilir</translation>
    </message>
    <message>
        <location filename="../../ui/common/texts_in.py" line="86"/>
        <source>Not translated into English: shown as written</source>
        <translation>İngilis dilinə tərcümə edilməyib: yazıldığı kimi göstərilir</translation>
    </message>
</context>
<context>
    <name>TextsLanguageChooser</name>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="58"/>
        <source>Original</source>
        <translation>Orijinal</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="63"/>
        <source>The language the lists show the meetings&apos; texts, names and words in. A text not translated into it shows as written, in italics.</source>
        <translation>Siyahılarda görüşlərin mətnlərinin, adların və sözlərin göstərildiyi dil. Bu dilə tərcümə edilməmiş mətn yazıldığı kimi, kursivlə göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="67"/>
        <source>Texts in:</source>
        <translation>Mətnlərin dili:</translation>
    </message>
    <message>
        <location filename="../../ui/texts_language_chooser.py" line="68"/>
        <source>Te&amp;xts in</source>
        <translation>&amp;Mətnlərin dili</translation>
    </message>
</context>
<context>
    <name>TokenEdit</name>
    <message>
        <location filename="../../ui/widgets/token_edit.py" line="121"/>
        <source>Remove {0}</source>
        <translation>Sil: {0}</translation>
    </message>
</context>
<context>
    <name>TopicsEditor</name>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="22"/>
        <source>In &amp;use: offered for meetings and follow-ups</source>
        <translation>İstifadə&amp;də: görüşlər və tapşırıqlar üçün təklif olunur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="23"/>
        <source>&amp;New topic</source>
        <translation>&amp;Yeni mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="24"/>
        <source>Sa&amp;ve topic</source>
        <translation>Mövzunu yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="26"/>
        <source>&amp;English:</source>
        <translation>&amp;İngiliscə:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="27"/>
        <source>&amp;Azerbaijani:</source>
        <translation>&amp;Azərbaycanca:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="28"/>
        <source>&amp;Russian:</source>
        <translation>&amp;Rusca:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="33"/>
        <source>Documents print a topic in their language. A renamed topic is renamed on every meeting filed under it; a topic no longer in use stays on those meetings. Each topic is saved by “Save topic”.</source>
        <translation>Sənədlərdə mövzu sənədin dilində çap olunur. Adı dəyişdirilmiş mövzu ona aid bütün görüşlərdə dəyişir; istifadədən çıxarılmış mövzu həmin görüşlərdə qalır. Hər mövzu “Mövzunu yadda saxla” düyməsi ilə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/topics_editor.py" line="48"/>
        <source>(not in use)</source>
        <translation>(istifadə olunmur)</translation>
    </message>
</context>
<context>
    <name>TrackerExportMenu</name>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="118"/>
        <source>E&amp;xport</source>
        <translation>İ&amp;xrac</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="119"/>
        <source>Status &amp;report (.docx)…</source>
        <translation>İcra &amp;hesabatı (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="120"/>
        <source>Status report as &amp;PDF…</source>
        <translation>İcra hesabatı İcra vəziyyəti haqqında hesabat &amp;PDF kimi…PDF kimi…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="122"/>
        <source>&amp;Spreadsheet (.xlsx)…</source>
        <translation>&amp;Excel cədvəli (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="123"/>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="124"/>
        <source>Ca&amp;lendar (.ics)…</source>
        <translation>&amp;Təqvim (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="169"/>
        <source>Save the status report as PDF</source>
        <translation>İcra hesabatını PDF kimi saxlayın</translation>
    </message>
</context>
<context>
    <name>TrackerExports</name>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="69"/>
        <source>Save the status report</source>
        <translation>İcra hesabatının yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="70"/>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="63"/>
        <location filename="../../ui/tracker/export_menu.py" line="168"/>
        <source>status-report-%1</source>
        <translation>icra-hesabati-%1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="76"/>
        <source>Save the follow-ups as a spreadsheet</source>
        <translation>Tapşırıqların Excel cədvəli kimi saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="77"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="64"/>
        <source>follow-ups-%1</source>
        <translation>tapsiriqlar-%1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="83"/>
        <source>Save the follow-ups as CSV</source>
        <translation>Tapşırıqların CSV kimi saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="90"/>
        <source>Save the calendar</source>
        <translation>Təqvimin yadda saxlanması</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="91"/>
        <source>Calendar files (*.ics)</source>
        <translation>Təqvim faylları (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker/export_menu.py" line="65"/>
        <source>meetings-and-deadlines-%1</source>
        <translation>gorusler-ve-muddetler-%1</translation>
    </message>
</context>
<context>
    <name>TranslationFields</name>
    <message>
        <location filename="../../ui/editor/translation_fields.py" line="90"/>
        <source>Translation: {0}</source>
        <translation>Tərcümə: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_fields.py" line="107"/>
        <source>The text in {0}; the field to the left holds the original</source>
        <translation>Mətnin tərcüməsi ({0}); orijinal mətn soldakı sahədədir</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../ui/common/translations.py" line="104"/>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../../ui/common/translations.py" line="105"/>
        <source>The interface could not be shown in the chosen language: this file is missing or damaged.
%1

The app continues in English. Reinstalling the app restores the file.</source>
        <translation>İnterfeysi seçilmiş dildə göstərmək mümkün olmadı: bu fayl yoxdur və ya zədələnib.
%1

Proqram ingilis dilində işləməyə davam edir. Proqram yenidən quraşdırıldıqda fayl bərpa olunur.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="30"/>
        <location filename="../../ui/trash/trash_page.py" line="153"/>
        <source>Empty the trash</source>
        <translation>Zibil qutusunun boşaldılması</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="31"/>
        <source>Records in the trash: %1. Delete them for good? This cannot be undone.

People and organisations still named in the minutes of a meeting are kept in the trash.</source>
        <translation>Zibil qutusundakı qeydlər: %1. Onlar həmişəlik silinsin? Bu əməliyyatı geri qaytarmaq olmaz.

Hər hansı görüşün protokolunda hələ də adı çəkilən şəxslər və təşkilatlar zibil qutusunda saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="60"/>
        <source>Deleted records wait here until the trash is emptied. A meeting comes back with its participants, agenda, decisions and follow-ups.</source>
        <translation>Silinmiş qeydlər zibil qutusu boşaldılana qədər burada qalır. Görüş iştirakçıları, gündəliyi, qərarları və tapşırıqları ilə birlikdə bərpa olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="69"/>
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="70"/>
        <source>Bring the selected records back, with everything attached</source>
        <translation>Seçilmiş qeydləri onlara aid hər şeylə birlikdə bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="71"/>
        <source>E&amp;mpty trash…</source>
        <translation>Zibil qutusunu b&amp;oşalt…</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="107"/>
        <source>In the trash: %1</source>
        <translation>Zibil qutusunda: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="107"/>
        <source>The trash is empty.</source>
        <translation>Zibil qutusu boşdur.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="133"/>
        <source>Restore</source>
        <translation>Bərpa</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="136"/>
        <source>Restored “%1”.</source>
        <translation>Bərpa edildi: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="138"/>
        <source>Restored %1 records.</source>
        <translation>Bərpa edilən qeydlər: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="157"/>
        <source>Deleted for good: %1.</source>
        <translation>Həmişəlik silindi: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_page.py" line="161"/>
        <source>Kept in the trash because the minutes of a meeting still name them: %1 (people and organisations).</source>
        <translation>Görüş protokollarında adları çəkildiyi üçün zibil qutusunda saxlanıldı: %1 (şəxslər və təşkilatlar).</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="18"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="19"/>
        <source>Follow-up</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="20"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="21"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="22"/>
        <source>Attached file</source>
        <translation>Əlavə edilmiş fayl</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="37"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="39"/>
        <source>Detail</source>
        <translation>Ətraflı</translation>
    </message>
    <message>
        <location filename="../../ui/trash/trash_table_model.py" line="40"/>
        <source>Deleted at</source>
        <translation>Silinmə vaxtı</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="83"/>
        <source>“%1” is not a date from %2 to %3.</source>
        <translation>“%1” %2 – %3 aralığında tarix deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/optional_datetime.py" line="117"/>
        <source>A date takes digits only, e.g. %1.</source>
        <translation>Tarix yalnız rəqəmlərlə yazılır, məsələn, %1.</translation>
    </message>
</context>
<context>
    <name>UntranslatedDialog</name>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="24"/>
        <source>title</source>
        <translation>başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="25"/>
        <source>venue</source>
        <translation>məkan</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="26"/>
        <source>summary</source>
        <translation>xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="27"/>
        <source>prepared by</source>
        <translation>tərtib etdi</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="28"/>
        <source>approved by</source>
        <translation>təsdiq etdi</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="29"/>
        <source>signature line of the host side</source>
        <translation>qəbul edən tərəfin imza sətri</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="30"/>
        <source>signature line of the guest side</source>
        <translation>qonaq tərəfin imza sətri</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="31"/>
        <source>notes</source>
        <translation>müzakirənin gedişi</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="32"/>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="33"/>
        <source>action</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="34"/>
        <source>department</source>
        <translation>şöbə</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="35"/>
        <source>position</source>
        <translation>vəzifə</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="54"/>
        <source>representative of {0}</source>
        <translation>{0} nümayəndəsi</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="62"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="66"/>
        <source>Participant {0} ({1})</source>
        <translation>İştirakçı {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="68"/>
        <source>Participant {0}</source>
        <translation>İştirakçı {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="70"/>
        <source>Agenda item {0}</source>
        <translation>Gündəlik məsələsi {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="72"/>
        <source>Decision {0}</source>
        <translation>Qərar {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="74"/>
        <source>Follow-up {0}</source>
        <translation>Tapşırıq {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="75"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="83"/>
        <source>Untranslated texts</source>
        <translation>Tərcümə edilməmiş mətnlər</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="90"/>
        <source>{0} texts of this meeting have no translation into {1}. The document will give them in the original language. Click a text to translate it now.</source>
        <translation>Bu görüşün tərcüməsi olmayan mətnləri ({1}): {0}. Sənəddə onlar orijinal dildə veriləcək. Mətni indi tərcümə etmək üçün onun üzərinə klikləyin.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="99"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions/untranslated_dialog.py" line="108"/>
        <source>&amp;Export anyway</source>
        <translation>Yenə də &amp;ixrac et</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/user_guide.py" line="31"/>
        <source>User guide</source>
        <translation>İstifadəçi təlimatı</translation>
    </message>
</context>
</TS>
