"""Documents from the store: gathers the records and settings each export needs, then writes it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.multilingual import Untranslated, untranslated
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import Language
from minutes_app.services import Services
from minutes_app.services.document_texts import localised_rows, with_owner_spellings

if TYPE_CHECKING:
    from minutes_app.exports.briefing_docx import BriefingData
    from minutes_app.exports.template_package import TemplateWarning

Progress = Callable[[int, int], bool]


class DocumentService:
    """Minutes, status reports, briefing notes, calendars and spreadsheets."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def _language(self, lang: str | None) -> str:
        chosen = lang or self.services.settings.get().minutes_language
        if chosen not in {lang.value for lang in Language}:
            raise ValidationError("--lang", f"{chosen!r} is not one of: en, az, ru")
        return chosen

    def _template(self, template: str | os.PathLike[str] | None) -> str | None:
        if template:
            return str(template)
        return self.services.settings.get().minutes_template or None

    def untranslated_fields(self, meeting_id: int, lang: str, *, signatures: bool = True) -> list[Untranslated]:
        """The texts of a meeting that have no translation into `lang`, in document order."""
        return untranslated(self.services.meetings.get(meeting_id), self._language(lang), signatures=signatures)

    def minutes(
        self,
        meeting_id: int,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        template: str | os.PathLike[str] | None = None,
        template_warnings: set[TemplateWarning] | None = None,
        allow_untranslated: bool = True,
    ) -> Path:
        """The Word minutes of one meeting; what was left out of the template is added to `template_warnings`.

        With `allow_untranslated` False, UntranslatedError (nothing written) when a text lacks its translation;
        otherwise such texts are printed in the original language, tagged with it.
        """
        from minutes_app.exports.minutes_docx import write_minutes
        from minutes_app.exports.untranslated import refuse_untranslated

        settings = self.services.settings.get()
        meeting = with_owner_spellings(self.services, self.services.meetings.get(meeting_id))
        chosen = self._language(lang or meeting.language)
        if not allow_untranslated:
            refuse_untranslated(meeting, [chosen], signatures=False)  # the minutes print no signature lines
        return write_minutes(
            meeting,
            path,
            lang=chosen,
            template=self._template(template),
            prepared_by=meeting.prepared_by or settings.officer_name,
            prepared_by_position=settings.officer_position
            if not meeting.prepared_by or meeting.prepared_by == settings.officer_name
            else "",
            author=settings.officer_name,
            template_warnings=template_warnings,
        )

    def agreed_minutes(
        self,
        meeting_id: int,
        path: str | os.PathLike[str],
        *,
        lang: str | None,
        second_lang: str,
        layout: str = "columns",
        template: str | os.PathLike[str] | None = None,
        template_warnings: set[TemplateWarning] | None = None,
        allow_untranslated: bool = True,
    ) -> Path:
        """The bilingual agreed minutes of one meeting (`lang` left or first, `second_lang` right or second).

        With `allow_untranslated` False, UntranslatedError (nothing written) when a text lacks a translation
        into either language.
        """
        from minutes_app.exports.agreed_minutes_docx import LAYOUTS, write_agreed_minutes
        from minutes_app.exports.untranslated import refuse_untranslated

        meeting = with_owner_spellings(self.services, self.services.meetings.get(meeting_id))
        first, second = self._language(lang or meeting.language), self._language(second_lang)
        if first == second:
            raise ValidationError(
                "--second-lang", f"the agreed minutes need two different languages, not {first} twice"
            )
        if layout not in LAYOUTS:
            raise ValidationError("--layout", f"{layout!r} is not one of: {', '.join(LAYOUTS)}")
        if not allow_untranslated:
            refuse_untranslated(meeting, [first, second])
        return write_agreed_minutes(
            meeting,
            path,
            first=first,
            second=second,
            layout=layout,
            template=self._template(template),
            template_warnings=template_warnings,
            author=self.services.settings.get().officer_name,
        )

    def status_report(
        self,
        flt: FollowUpFilter,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        group_by: str = "topic",
        today: dt.date | None = None,
        period_start: dt.date | None = None,
        period_end: dt.date | None = None,
        all_closed: bool = False,
        summary_only: bool = False,
        template: str | os.PathLike[str] | None = None,
        filter_description: str | None = None,
        progress: Progress | None = None,
        template_warnings: set[TemplateWarning] | None = None,
    ) -> Path:
        """The follow-ups the filter selects as a Word status report: a one-page summary, then the detail.

        The period runs from `period_start` (default: twelve months before its end) to `period_end`
        (default: today); follow-ups finished before it are left out unless `all_closed`. Without
        `filter_description`, the filter is described in the report's language.
        """
        from minutes_app.exports.report_docx import write_status_report
        from minutes_app.exports.selection import can_hold_completed
        from minutes_app.services.report_counts import report_counts
        from minutes_app.services.report_scope import in_scope, report_period

        if group_by not in ("topic", "department"):
            raise ValidationError("--group-by", f"{group_by!r} is not one of: topic, department")
        today = today or dt.date.today()
        chosen = self._language(lang)
        period = report_period(today, period_start, period_end, all_closed=all_closed)
        closed_since = None if period.all_closed else period.start  # the rows left out are not even read
        counts = None
        rows: list[FollowUpRow] = []
        if summary_only:  # counted in SQL: the summary of a whole store does not list it
            counts = report_counts(
                self.services.store,
                flt,
                today=today,
                lang=chosen,
                period_start=period.start,
                period_end=period.end,
                closed_since=closed_since,
            )
        else:
            listed = self.services.follow_ups.list_follow_ups(flt, today=today, closed_since=closed_since)
            rows = localised_rows(self.services, [row for row in listed if in_scope(row, period)])
        if filter_description is None:
            filter_description = self._selection(flt, chosen, today)
        return write_status_report(
            rows,
            path,
            lang=chosen,
            group_by=group_by,
            today=today,
            period_start=period.start,
            period_end=period.end,
            closed_before_left_out=not all_closed,
            completed_possible=can_hold_completed(flt),
            summary_only=summary_only,
            counts=counts,
            template=self._template(template),
            author=self.services.settings.get().officer_name,
            filter_description=filter_description,
            progress=progress,
            template_warnings=template_warnings,
        )

    def _selection(self, flt: FollowUpFilter, lang: str, today: dt.date) -> str:
        """The filter in words in `lang`, its topic and owner named as they are spelled in that language."""
        from minutes_app.exports.selection import describe_selection

        topic = next((t for t in self.services.topics.list_topics(include_inactive=True) if t.id == flt.topic_id), None)
        owner = self.services.directory.person(flt.owner_id).name_in(lang) if flt.owner_id is not None else ""
        return describe_selection(
            flt,
            lang,
            today=today,
            owner_name=owner,
            topic_name=topic.name_in(lang) if topic else "",
        )

    def briefing(
        self,
        country: str,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        today: dt.date | None = None,
        template: str | os.PathLike[str] | None = None,
        template_warnings: set[TemplateWarning] | None = None,
    ) -> Path:
        """A briefing note before meeting a counterpart country again."""
        from minutes_app.domain.countries import is_country_code
        from minutes_app.exports.briefing_docx import BriefingData

        code = country.strip().upper()
        if not is_country_code(code):
            raise ValidationError("COUNTRY", f"{country!r} is not an ISO 3166 country code")
        today = today or dt.date.today()
        meetings = [self.services.meetings.get(s.id) for s in self.services.meetings.list_meetings(country=code)]
        rows = self.services.follow_ups.list_follow_ups(FollowUpFilter(country=code), today=today, with_last_note=False)
        data = BriefingData(
            counterpart="", country=code, meetings=meetings, follow_ups=localised_rows(self.services, rows)
        )
        return self._write_briefing(data, path, lang, today, template, template_warnings)

    def organisation_briefing(
        self,
        organisation_id: int,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        today: dt.date | None = None,
        template: str | os.PathLike[str] | None = None,
        template_warnings: set[TemplateWarning] | None = None,
    ) -> Path:
        """A briefing note before meeting an organisation again: meetings it hosted or its people attended."""
        from minutes_app.exports.briefing_docx import BriefingData

        today = today or dt.date.today()
        chosen = self._language(lang)
        organisation = self.services.directory.organisation(organisation_id)
        dossier = self.services.dossier.for_organisation(organisation_id, today=today, lang=chosen)
        meetings = [self.services.meetings.get(entry.meeting_id) for entry in dossier.meetings]
        rows = localised_rows(self.services, [*dossier.open_follow_ups, *dossier.done_follow_ups])
        data = BriefingData(
            counterpart=organisation.name_in(chosen),
            country=organisation.country,
            meetings=meetings,
            follow_ups=rows,
            organisation_id=organisation_id,
        )
        return self._write_briefing(data, path, chosen, today, template, template_warnings)

    def _write_briefing(
        self,
        data: BriefingData,
        path: str | os.PathLike[str],
        lang: str | None,
        today: dt.date,
        template: str | os.PathLike[str] | None,
        template_warnings: set[TemplateWarning] | None,
    ) -> Path:
        from minutes_app.exports.briefing_docx import write_briefing

        return write_briefing(
            data,
            path,
            lang=self._language(lang),
            today=today,
            template=self._template(template),
            author=self.services.settings.get().officer_name,
            template_warnings=template_warnings,
        )

    def calendar(
        self,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        flt: FollowUpFilter | None = None,
        period_start: dt.date | None = None,
        all_dates: bool = False,
        today: dt.date | None = None,
    ) -> Path:
        """Meetings and follow-up deadlines (done and cancelled ones marked so) as an .ics calendar.

        Only what is dated from `period_start` on (default: twelve months before today), unless `all_dates`;
        times in the Settings' time zone, deadlines reminded as Settings say.
        """
        from minutes_app.exports.calendar_ics import twelve_months_before, write_ics
        from minutes_app.services.installation import installation_id

        settings = self.services.settings.get()
        since = None if all_dates else period_start or twelve_months_before(today or dt.date.today())
        rows = self.services.follow_ups.list_follow_ups(flt or FollowUpFilter(), with_last_note=False)
        rows = localised_rows(self.services, [r for r in rows if since is None or (r.due_date and r.due_date >= since)])
        return write_ics(
            self.services.meetings.list_meetings(),
            rows,
            path,
            installation_id=installation_id(self.services.store),
            lang=self._language(lang),
            tz=settings.calendar_time_zone,
            reminder_days=settings.calendar_reminder_days,
            since=since,
        )

    def spreadsheet(
        self,
        flt: FollowUpFilter,
        path: str | os.PathLike[str],
        *,
        kind: str,
        lang: str | None = None,
        delimiter: str | None = None,
    ) -> Path:
        """The tracker's rows as .csv or .xlsx; a CSV is separated as Excel in its language expects unless `delimiter`."""
        from minutes_app.exports.tables import write_csv, write_xlsx

        language = self._language(lang)
        rows = localised_rows(self.services, self.services.follow_ups.list_follow_ups(flt))
        if kind == "csv":
            return write_csv(rows, path, lang=language, delimiter=delimiter)
        if kind == "xlsx":
            return write_xlsx(rows, path, lang=language)
        raise ValidationError("kind", f"{kind!r} is not csv or xlsx")
